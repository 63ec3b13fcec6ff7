package tohtml

import (
	"sort"
	"strconv"
	"strings"
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

// A piece is one inline rendered, with the marks around it.
type piece struct {
	html  string
	marks []mark
}

// marks lists the marks of a style. In code blocks the code mark is the
// block's own and is not written.
func (w *writer) marks(st model.Style, code bool) []mark {
	var ms []mark
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
	return ms
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
	var stack []mark
	for i, p := range ps {
		k := 0
		for k < len(stack) && hasMark(p.marks, stack[k]) {
			k++
		}
		for j := len(stack) - 1; j >= k; j-- {
			w.raw(closeTags[stack[j].kind])
		}
		stack = stack[:k]
		var open []mark
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
		sort.SliceStable(open, func(a, b int) bool {
			if ea, eb := extent(open[a]), extent(open[b]); ea != eb {
				return ea > eb
			}
			if open[a].kind != open[b].kind {
				return open[a].kind < open[b].kind
			}
			return open[a].level < open[b].level
		})
		for _, m := range open {
			w.openTag(m)
			stack = append(stack, m)
		}
		w.raw(p.html)
	}
	for j := len(stack) - 1; j >= 0; j-- {
		w.raw(closeTags[stack[j].kind])
	}
}

// pieces renders each inline on its own.
func (w *writer) pieces(ins model.Inlines, code bool) []piece {
	ps := make([]piece, 0, len(ins))
	var b strings.Builder
	for i, in := range ins {
		w.path.Push("inlines", i)
		b.Reset()
		st, _ := model.StyleOf(in)
		switch in := in.(type) {
		case *model.Text:
			if !code && collapses(ins, i) {
				// Whitespace a browser would collapse or drop: kept as it is.
				b.WriteString(`<span style="white-space:pre-wrap">`)
				b.Write(appendEscaped(nil, in.Value, false))
				b.WriteString("</span>")
			} else {
				b.Write(appendEscaped(nil, in.Value, false))
			}
		case *model.Break:
			if code {
				b.WriteString("\n")
			} else {
				b.WriteString("<br>\n")
			}
		case *model.SoftBreak:
			b.WriteString("\n")
		case *model.Mention:
			w.mention(&b, in)
		case *model.Math:
			b.WriteString(`<span data-rt="math" class="rt-math">`)
			b.Write(appendEscaped(nil, in.TeX, false))
			b.WriteString("</span>")
		case *model.Reminder:
			w.reminder(&b, in)
		case *model.InlineImage:
			w.inlineImage(&b, in)
		case *model.InlineFile:
			b.WriteString(`<span data-rt="file" class="rt-file"`)
			attrTo(&b, "data-token", in.Token)
			if in.SourceBlockID != "" {
				attrTo(&b, "data-source-block-id", in.SourceBlockID)
			}
			if in.Name != "" {
				attrTo(&b, "data-name", in.Name)
			}
			b.WriteString(">")
			name := in.Name
			if name == "" {
				name = in.Token
			}
			b.Write(appendEscaped(nil, "📎 "+name, false))
			b.WriteString("</span>")
		case *model.RawInline:
			switch {
			case in.Format == "html" && w.cfg.unsafe:
				b.WriteString(in.Content)
			case in.Format == "html":
				w.warn(diag.Dropped, "raw HTML is left out (WithUnsafe writes it)")
			default:
				w.warn(diag.Dropped, "raw %s content cannot be written in HTML", in.Format)
			}
		default:
			w.warn(diag.Unsupported, "%T is not a model inline; left out", in)
		}
		if b.Len() > 0 {
			ps = append(ps, piece{html: b.String(), marks: w.marks(st, code)})
		}
		w.path.Pop()
	}
	return ps
}

func attrTo(b *strings.Builder, name, value string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	b.Write(appendEscaped(nil, value, true))
	b.WriteByte('"')
}

func (w *writer) mention(b *strings.Builder, m *model.Mention) {
	label := model.MentionLabel(m)
	if m.Kind == model.MentionUser {
		b.WriteString(`<span data-rt="mention" class="rt-mention"`)
		attrTo(b, "data-user-id", m.UserID)
	} else {
		if m.URL != "" && safeurl.Allowed(m.URL) {
			b.WriteString(`<a data-rt="mention" class="rt-mention"`)
			attrTo(b, "href", m.URL)
		} else {
			if m.URL != "" {
				w.warn(diag.Dropped, "document URL %q is not http, https, mailto, tel or relative; left out", m.URL)
			}
			b.WriteString(`<span data-rt="mention" class="rt-mention"`)
		}
		if m.Token != "" {
			attrTo(b, "data-token", m.Token)
		}
		if m.DocType != "" {
			attrTo(b, "data-type", m.DocType)
		}
	}
	if m.Title != "" {
		attrTo(b, "data-title", m.Title)
	}
	b.WriteString(">")
	b.Write(appendEscaped(nil, label, false))
	if m.Kind != model.MentionUser && m.URL != "" && safeurl.Allowed(m.URL) {
		b.WriteString("</a>")
	} else {
		b.WriteString("</span>")
	}
}

func (w *writer) reminder(b *strings.Builder, r *model.Reminder) {
	b.WriteString(`<time data-rt="reminder" class="rt-reminder"`)
	attrTo(b, "datetime", time.UnixMilli(r.ExpireTime).UTC().Format(time.RFC3339))
	attrTo(b, "data-expire-time", strconv.FormatInt(r.ExpireTime, 10))
	if r.NotifyTime != 0 {
		attrTo(b, "data-notify-time", strconv.FormatInt(r.NotifyTime, 10))
	}
	if r.UserID != "" {
		attrTo(b, "data-user-id", r.UserID)
	}
	if r.Notify {
		attrTo(b, "data-notify", "true")
	}
	if r.WholeDay {
		attrTo(b, "data-whole-day", "true")
	}
	b.WriteString(">⏰ ")
	b.Write(appendEscaped(nil, model.ReminderText(r), false))
	b.WriteString("</time>")
}

func (w *writer) inlineImage(b *strings.Builder, im *model.InlineImage) {
	b.WriteString("<img")
	if im.URL != "" {
		if safeurl.Allowed(im.URL) {
			attrTo(b, "src", im.URL)
		} else {
			w.warn(diag.Dropped, "image URL %q is not http, https, mailto, tel or relative; left out", im.URL)
		}
	}
	attrTo(b, "alt", im.Alt)
	if im.Title != "" {
		attrTo(b, "title", im.Title)
	}
	if im.Width > 0 {
		attrTo(b, "width", strconv.FormatFloat(im.Width, 'g', -1, 64))
	}
	if im.Height > 0 {
		attrTo(b, "height", strconv.FormatFloat(im.Height, 'g', -1, 64))
	}
	b.WriteString(">")
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
