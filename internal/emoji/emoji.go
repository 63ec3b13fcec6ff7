// Package emoji maps Feishu emoji ids (gemoji short names such as "bulb")
// to emoji characters and back, for callouts.
package emoji

// Callout emoji ids are gemoji short names ("bulb"); Feishu's Markdown
// writes the character. These are the ones callouts use; an id without a
// character here is kept as the id.
var emojis = [...]struct{ id, char string }{
	{"bulb", "💡"}, {"warning", "⚠️"}, {"information_source", "ℹ️"}, {"exclamation", "❗"},
	{"grey_exclamation", "❕"}, {"question", "❓"}, {"grey_question", "❔"}, {"bangbang", "‼️"},
	{"interrobang", "⁉️"}, {"x", "❌"}, {"no_entry", "⛔"}, {"no_entry_sign", "🚫"},
	{"white_check_mark", "✅"}, {"heavy_check_mark", "✔️"}, {"ballot_box_with_check", "☑️"},
	{"negative_squared_cross_mark", "❎"}, {"pushpin", "📌"}, {"round_pushpin", "📍"}, {"paperclip", "📎"},
	{"memo", "📝"}, {"pencil2", "✏️"}, {"book", "📖"}, {"books", "📚"}, {"bookmark", "🔖"},
	{"clipboard", "📋"}, {"calendar", "📆"}, {"date", "📅"}, {"link", "🔗"}, {"lock", "🔒"},
	{"unlock", "🔓"}, {"key", "🔑"}, {"bell", "🔔"}, {"no_bell", "🔕"}, {"loudspeaker", "📢"},
	{"mega", "📣"}, {"speech_balloon", "💬"}, {"thought_balloon", "💭"}, {"mag", "🔍"},
	{"triangular_flag_on_post", "🚩"}, {"checkered_flag", "🏁"}, {"rocket", "🚀"}, {"fire", "🔥"},
	{"star", "⭐"}, {"star2", "🌟"}, {"sparkles", "✨"}, {"zap", "⚡"}, {"boom", "💥"}, {"dizzy", "💫"},
	{"heart", "❤️"}, {"yellow_heart", "💛"}, {"green_heart", "💚"}, {"blue_heart", "💙"},
	{"purple_heart", "💜"}, {"broken_heart", "💔"}, {"gift", "🎁"}, {"tada", "🎉"}, {"confetti_ball", "🎊"},
	{"trophy", "🏆"}, {"medal", "🏅"}, {"dart", "🎯"}, {"bar_chart", "📊"}, {"chart_with_upwards_trend", "📈"},
	{"chart_with_downwards_trend", "📉"}, {"hourglass", "⌛"}, {"hourglass_flowing_sand", "⏳"},
	{"alarm_clock", "⏰"}, {"stopwatch", "⏱️"}, {"gear", "⚙️"}, {"wrench", "🔧"}, {"hammer", "🔨"},
	{"hammer_and_wrench", "🛠️"}, {"construction", "🚧"}, {"rotating_light", "🚨"}, {"sos", "🆘"},
	{"new", "🆕"}, {"up", "🆙"}, {"cool", "🆒"}, {"free", "🆓"}, {"ok", "🆗"}, {"100", "💯"},
	{"thumbsup", "👍"}, {"thumbsdown", "👎"}, {"ok_hand", "👌"}, {"clap", "👏"}, {"pray", "🙏"},
	{"muscle", "💪"}, {"wave", "👋"}, {"raised_hands", "🙌"}, {"point_right", "👉"}, {"point_left", "👈"},
	{"point_up", "☝️"}, {"point_down", "👇"}, {"eyes", "👀"}, {"brain", "🧠"}, {"smile", "😄"},
	{"smiley", "😃"}, {"grinning", "😀"}, {"blush", "😊"}, {"wink", "😉"}, {"joy", "😂"},
	{"sunglasses", "😎"}, {"thinking", "🤔"}, {"neutral_face", "😐"}, {"confused", "😕"}, {"cry", "😢"},
	{"sob", "😭"}, {"scream", "😱"}, {"angry", "😠"}, {"rage", "😡"}, {"sweat_smile", "😅"},
	{"innocent", "😇"}, {"nerd_face", "🤓"}, {"partying_face", "🥳"}, {"sunny", "☀️"},
	{"cloud", "☁️"}, {"umbrella", "☔"}, {"snowflake", "❄️"}, {"rainbow", "🌈"}, {"earth_asia", "🌏"},
	{"globe_with_meridians", "🌐"}, {"house", "🏠"}, {"office", "🏢"}, {"bank", "🏦"}, {"computer", "💻"},
	{"desktop_computer", "🖥️"}, {"keyboard", "⌨️"}, {"iphone", "📱"}, {"email", "📧"}, {"envelope", "✉️"},
	{"inbox_tray", "📥"}, {"outbox_tray", "📤"}, {"package", "📦"}, {"file_folder", "📁"},
	{"open_file_folder", "📂"}, {"page_facing_up", "📄"}, {"scroll", "📜"}, {"moneybag", "💰"},
	{"dollar", "💵"}, {"credit_card", "💳"}, {"bug", "🐛"}, {"seedling", "🌱"}, {"four_leaf_clover", "🍀"},
	{"coffee", "☕"}, {"pizza", "🍕"}, {"cake", "🍰"}, {"birthday", "🎂"}, {"art", "🎨"}, {"bulb2", "🔦"},
	{"red_circle", "🔴"}, {"orange_circle", "🟠"}, {"yellow_circle", "🟡"}, {"green_circle", "🟢"},
	{"blue_circle", "🔵"}, {"purple_circle", "🟣"}, {"white_circle", "⚪"}, {"black_circle", "⚫"},
	{"heavy_plus_sign", "➕"}, {"heavy_minus_sign", "➖"}, {"arrow_right", "➡️"}, {"arrow_left", "⬅️"},
	{"arrow_up", "⬆️"}, {"arrow_down", "⬇️"}, {"repeat", "🔁"}, {"recycle", "♻️"},
}

// Char returns the character of a callout emoji id, and false when the
// id is not one this package knows.
func Char(id string) (string, bool) {
	for _, e := range emojis {
		if e.id == id {
			return e.char, true
		}
	}
	return "", false
}

// ID returns the id of an emoji character; variation selectors do not
// matter ("⚠" and "⚠️" are the same emoji).
func ID(char string) (string, bool) {
	want := stripVS(char)
	for _, e := range emojis {
		if stripVS(e.char) == want {
			return e.id, true
		}
	}
	return "", false
}

func stripVS(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r != 0xFE0F && r != 0xFE0E {
			out = append(out, r)
		}
	}
	return string(out)
}
