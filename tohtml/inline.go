package tohtml

import (
	"slices"
	"strconv"
	"time"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/safeurl"
	"github.com/richtext-go/richtext/model"
)

// A mark is formatting that spans runs, written as one element. The kinds
// are in nesting order: marks that open together and last equally long
// nest in this order, the first outside.
type markKind uint8

const (
	mLink markKind = iota
	mSpan          // color, background, comment ids: one <span style>
	mStrike
	mItalic
	mBold
	mUnderline
	mCode
	mSub
	mSup
)

type mark struct {
	kind        markKind
	level       uint8 // nested marks of one kind (bold in bold)
	link, title string
	fg, bg      color.RGBA
	comments    string
}

var closeTags = [...]string{mLink: "</a>", mSpan: "</span>", mStrike: "</s>", mItalic: "</em>", mBold: "</strong>",
	mUnderline: "</u>", mCode: "</code>", mSub: "</sub>", mSup: "</sup>"}

// A piece is one inline to render, with the marks around it.
type piece struct {
	i     int // index in the inlines
	marks []mark
}

// marks lists the marks of a style. In code blocks the code mark is the
// block's own and is not written.
func (w *writer) marks(st model.Style, code bool) []mark {
	start := len(w.markBuf)
	ms := w.markBuf
	if st.Link != "" {
		if safeurl.Allowed(st.Link) {
			ms = append(ms, mark{kind: mLink, link: st.Link, title: st.LinkTitle})
		} else {
			w.warn(diag.Dropped, "link URL %q is not http, https, mailto, tel or relative; the text is kept without it", st.Link)
		}
	}
	if !st.Color.IsZero() || !st.Background.IsZero() || st.CommentIDs != "" {
		ms = append(ms, mark{kind: mSpan, fg: st.Color, bg: st.Background, comments: st.CommentIDs})
	}
	if st.Strikethrough {
		ms = append(ms, mark{kind: mStrike})
	}
	if st.Italic {
		for l := 0; l <= int(st.ExtraItalic); l++ {
			ms = append(ms, mark{kind: mItalic, level: uint8(l)})
		}
	}
	if st.Bold {
		for l := 0; l <= int(st.ExtraBold); l++ {
			ms = append(ms, mark{kind: mBold, level: uint8(l)})
		}
	}
	if st.Underline {
		ms = append(ms, mark{kind: mUnderline})
	}
	if st.Code && !code {
		ms = append(ms, mark{kind: mCode})
	}
	switch st.Script {
	case model.Subscript:
		ms = append(ms, mark{kind: mSub})
	case model.Superscript:
		ms = append(ms, mark{kind: mSup})
	}
	w.markBuf = ms
	return ms[start:len(ms):len(ms)]
}

func (w *writer) openTag(m mark) {
	switch m.kind {
	case mLink:
		w.raw("<a")
		w.attr("href", m.link)
		if m.title != "" {
			w.attr("title", m.title)
		}
		w.raw(">")
	case mSpan:
		w.raw("<span")
		var c css
		if !m.fg.IsZero() {
			c.add("color", colorCSS(m.fg))
		}
		if !m.bg.IsZero() {
			c.add("background-color", colorCSS(m.bg))
		}
		w.style(c)
		if m.comments != "" {
			w.attr("data-comment-ids", m.comments)
		}
		w.raw(">")
	case mStrike:
		w.raw("<s>")
	case mItalic:
		w.raw("<em>")
	case mBold:
		w.raw("<strong>")
	case mUnderline:
		w.raw("<u>")
	case mCode:
		w.raw("<code>")
	case mSub:
		w.raw("<sub>")
	case mSup:
		w.raw("<sup>")
	}
}

func hasMark(ms []mark, m mark) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// inlines writes runs, opening and closing marks with a stack: a mark that
// goes on stays open, and marks opening together nest by how long they last.
func (w *writer) inlines(ins model.Inlines, code bool) {
	ps := w.pieces(ins, code)
	stack := w.stackBuf[:0]
	defer func() { w.stackBuf = stack[:0] }()
	for i, p := range ps {
		k := 0
		for k < len(stack) && hasMark(p.marks, stack[k]) {
			k++
		}
		for j := len(stack) - 1; j >= k; j-- {
			w.raw(closeTags[stack[j].kind])
		}
		stack = stack[:k]
		open := w.openBuf[:0]
		for _, m := range p.marks {
			if !hasMark(stack, m) {
				open = append(open, m)
			}
		}
		extent := func(m mark) int {
			n := 0
			for i+n < len(ps) && hasMark(ps[i+n].marks, m) {
				n++
			}
			return n
		}
		slices.SortStableFunc(open, func(a, b mark) int {
			if ea, eb := extent(a), extent(b); ea != eb {
				return eb - ea
			}
			if a.kind != b.kind {
				return int(a.kind) - int(b.kind)
			}
			return int(a.level) - int(b.level)
		})
		for _, m := range open {
			w.openTag(m)
			stack = append(stack, m)
		}
		w.openBuf = open[:0]
		w.path.Push("inlines", p.i)
		w.inline(ins, p.i, code)
		w.path.Pop()
	}
	for j := len(stack) - 1; j >= 0; j-- {
		w.raw(closeTags[stack[j].kind])
	}
}

// pieces lists the inlines that write something, each with its marks. The
// marks live in w.markBuf until the next paragraph.
func (w *writer) pieces(ins model.Inlines, code bool) []piece {
	w.markBuf = w.markBuf[:0]
	ps := w.pieceBuf[:0]
	for i, in := range ins {
		w.path.Push("inlines", i)
		empty := false
		switch in := in.(type) {
		case *model.Text:
			empty = in.Value == ""
		case *model.RawInline:
			switch {
			case in.Format == "html" && w.cfg.unsafe:
				empty = in.Content == ""
			case in.Format == "html":
				w.warn(diag.Dropped, "raw HTML is left out (WithUnsafe writes it)")
				empty = true
			default:
				w.warn(diag.Dropped, "raw %s content cannot be written in HTML", in.Format)
				empty = true
			}
		case *model.Break, *model.SoftBreak, *model.Mention, *model.Math, *model.Reminder,
			*model.InlineImage, *model.InlineFile:
		default:
			w.warn(diag.Unsupported, "%T is not a model inline; left out", in)
			empty = true
		}
		if !empty {
			st, _ := model.StyleOf(in)
			ps = append(ps, piece{i: i, marks: w.marks(st, code)})
		}
		w.path.Pop()
	}
	w.pieceBuf = ps
	return ps
}

// inline writes inline i of ins, one that pieces kept.
func (w *writer) inline(ins model.Inlines, i int, code bool) {
	switch in := ins[i].(type) {
	case *model.Text:
		if !code && collapses(ins, i) {
			// Whitespace a browser would collapse or drop: kept as it is.
			w.raw(`<span style="white-space:pre-wrap">`)
			w.text(in.Value)
			w.raw("</span>")
		} else {
			w.text(in.Value)
		}
	case *model.Break:
		if code {
			w.raw("\n")
		} else {
			w.raw("<br>\n")
		}
	case *model.SoftBreak:
		w.raw("\n")
	case *model.Mention:
		w.mention(in)
	case *model.Math:
		w.raw(`<span data-rt="math" class="rt-math">`)
		w.text(in.TeX)
		w.raw("</span>")
	case *model.Reminder:
		w.reminder(in)
	case *model.InlineImage:
		w.inlineImage(in)
	case *model.InlineFile:
		w.raw(`<span data-rt="file" class="rt-file"`)
		w.attr("data-token", in.Token)
		if in.SourceBlockID != "" {
			w.attr("data-source-block-id", in.SourceBlockID)
		}
		if in.Name != "" {
			w.attr("data-name", in.Name)
		}
		w.raw(">")
		name := in.Name
		if name == "" {
			name = in.Token
		}
		w.text("📎 " + name)
		w.raw("</span>")
	case *model.RawInline:
		w.raw(in.Content) // pieces kept it: the unsafe option is on
	}
}

func (w *writer) mention(m *model.Mention) {
	label := model.MentionLabel(m)
	if m.Kind == model.MentionUser {
		w.raw(`<span data-rt="mention" class="rt-mention"`)
		w.attr("data-user-id", m.UserID)
	} else {
		if m.URL != "" && safeurl.Allowed(m.URL) {
			w.raw(`<a data-rt="mention" class="rt-mention"`)
			w.attr("href", m.URL)
		} else {
			if m.URL != "" {
				w.warn(diag.Dropped, "document URL %q is not http, https, mailto, tel or relative; left out", m.URL)
			}
			w.raw(`<span data-rt="mention" class="rt-mention"`)
		}
		if m.Token != "" {
			w.attr("data-token", m.Token)
		}
		if m.DocType != "" {
			w.attr("data-type", m.DocType)
		}
	}
	if m.Title != "" {
		w.attr("data-title", m.Title)
	}
	w.raw(">")
	w.text(label)
	if m.Kind != model.MentionUser && m.URL != "" && safeurl.Allowed(m.URL) {
		w.raw("</a>")
	} else {
		w.raw("</span>")
	}
}

func (w *writer) reminder(r *model.Reminder) {
	w.raw(`<time data-rt="reminder" class="rt-reminder"`)
	w.attr("datetime", time.UnixMilli(r.ExpireTime).UTC().Format(time.RFC3339))
	w.attr("data-expire-time", strconv.FormatInt(r.ExpireTime, 10))
	if r.NotifyTime != 0 {
		w.attr("data-notify-time", strconv.FormatInt(r.NotifyTime, 10))
	}
	if r.UserID != "" {
		w.attr("data-user-id", r.UserID)
	}
	if r.Notify {
		w.attr("data-notify", "true")
	}
	if r.WholeDay {
		w.attr("data-whole-day", "true")
	}
	w.raw(">⏰ ")
	w.text(model.ReminderText(r))
	w.raw("</time>")
}

func (w *writer) inlineImage(im *model.InlineImage) {
	w.raw("<img")
	if im.URL != "" {
		w.url("src", im.URL, "image")
	}
	w.imgRest(im.Alt, im.Title, im.Width, im.Height)
}

// appendEscaped appends s with &, < and > escaped, and in attributes " and
// ' too.
func appendEscaped(dst []byte, s string, attr bool) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			if !attr {
				continue
			}
			rep = "&quot;"
		case '\'':
			if !attr {
				continue
			}
			rep = "&#39;"
		case 0:
			rep = "\uFFFD"
		default:
			continue
		}
		dst = append(dst, s[last:i]...)
		dst = append(dst, rep...)
		last = i + 1
	}
	return append(dst, s[last:]...)
}

// collapses reports whether text inline i holds whitespace that HTML would
// not show as it is: anything but a single space between two visible
// characters of one line (tabs, newlines, runs of spaces, spaces at a
// line's start or end).
func collapses(ins model.Inlines, i int) bool {
	v := ins[i].(*model.Text).Value
	// edge is a space-like boundary: the paragraph's ends, a line break,
	// or whitespace in the text next door.
	edgeBefore, edgeAfter := true, true
	if i > 0 {
		edgeBefore = wsEdge(ins[i-1], true)
	}
	if i+1 < len(ins) {
		edgeAfter = wsEdge(ins[i+1], false)
	}
	for j := 0; j < len(v); j++ {
		c := v[j]
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			continue
		}
		if c != ' ' {
			return true
		}
		if (j == 0 && edgeBefore) || (j > 0 && isWS(v[j-1])) || (j == len(v)-1 && edgeAfter) || (j+1 < len(v) && isWS(v[j+1])) {
			return true
		}
	}
	return false
}

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// wsEdge reports whether in, next to a text (before it when before is true),
// ends a line or brings whitespace of its own.
func wsEdge(in model.Inline, before bool) bool {
	switch in := in.(type) {
	case *model.Break, *model.SoftBreak:
		return true
	case *model.Text:
		if in.Value == "" {
			return true
		}
		if before {
			return isWS(in.Value[len(in.Value)-1])
		}
		return isWS(in.Value[0])
	case *model.RawInline:
		return in.Format != "html"
	}
	return false
}
