package model

import "github.com/richtext-go/richtext/color"

// An alert is a GitHub alert kind and the callout it stands for.
type alert struct {
	kind       string
	emoji      string
	background int // CalloutBackground index
	border     int // CalloutBorder index
}

// The GitHub alerts as callouts, in the colors GitHub shows them.
var alerts = [...]alert{
	{"NOTE", "ℹ️", 5, 5},
	{"TIP", "💡", 4, 4},
	{"IMPORTANT", "❗", 6, 6},
	{"WARNING", "⚠️", 3, 3},
	{"CAUTION", "⛔", 1, 1},
}

// AlertKinds returns the GitHub alert kinds: NOTE, TIP, IMPORTANT, WARNING,
// CAUTION.
func AlertKinds() []string {
	out := make([]string, len(alerts))
	for i, a := range alerts {
		out[i] = a.kind
	}
	return out
}

// AlertCallout returns an empty callout styled as the GitHub alert kind
// (upper case), and false for an unknown kind.
func AlertCallout(kind string) (*Callout, bool) {
	for _, a := range alerts {
		if a.kind == kind {
			bg, _ := color.CalloutBackground.Color(a.background)
			border, _ := color.CalloutBorder.Color(a.border)
			return &Callout{Emoji: a.emoji, Background: bg, Border: border}, true
		}
	}
	return nil, false
}

// CalloutAlert returns the GitHub alert kind that c is styled as exactly,
// or "" when it is a callout of its own.
func CalloutAlert(c *Callout) string {
	for _, a := range alerts {
		if ac, _ := AlertCallout(a.kind); ac.Emoji == c.Emoji && ac.Background == c.Background &&
			ac.Border == c.Border && c.Color.IsZero() {
			return a.kind
		}
	}
	return ""
}
