package model

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/richtext-go/richtext/internal/textutil"
)

// PlainText returns the characters of inlines as plain text: breaks become
// newlines, soft breaks spaces, mentions their title (or "@" and the user id),
// math its TeX, images their alt text.
func PlainText(is Inlines) string {
	var b strings.Builder
	AppendPlainText(&b, is)
	return b.String()
}

// AppendPlainText writes PlainText(is) to b.
func AppendPlainText(b *strings.Builder, is Inlines) {
	for _, in := range is {
		switch in := in.(type) {
		case *Text:
			b.WriteString(in.Value)
		case *Break:
			b.WriteByte('\n')
		case *SoftBreak:
			b.WriteByte(' ')
		case *Mention:
			b.WriteString(MentionLabel(in))
		case *Math:
			b.WriteString(in.TeX)
		case *InlineImage:
			b.WriteString(in.Alt)
		case *InlineFile:
			b.WriteString(in.Name)
		case *Reminder:
			b.WriteString(ReminderText(in))
		case *RawInline:
			if in.Format == "text" {
				b.WriteString(in.Content)
			}
		}
	}
}

// MentionLabel is how a mention reads as text: a document's title (or URL, or
// token), a user's "@" and id.
func MentionLabel(m *Mention) string {
	if m.Kind == MentionUser {
		if m.Title != "" {
			return "@" + m.Title
		}
		return "@" + m.UserID
	}
	switch {
	case m.Title != "":
		return m.Title
	case m.URL != "":
		return m.URL
	}
	return m.Token
}

// CodeText returns the text of a code block. A document mention in code
// stands for the URL someone typed there (Feishu turns pasted document links
// into mentions even in code), so it gives its URL rather than its title.
func CodeText(c *CodeBlock) string {
	if len(c.Inlines) == 1 {
		if t, ok := c.Inlines[0].(*Text); ok {
			return t.Value
		}
	}
	var b strings.Builder
	for _, in := range c.Inlines {
		if m, ok := in.(*Mention); ok && m.Kind != MentionUser && m.URL != "" {
			b.WriteString(m.URL)
			continue
		}
		b.WriteString(PlainText(Inlines{in}))
	}
	return b.String()
}

// NewCode returns a code block holding text as one plain run.
func NewCode(language, text string) *CodeBlock {
	c := &CodeBlock{Language: language}
	if text != "" {
		c.Inlines = Inlines{&Text{Value: text}}
	}
	return c
}

// ReminderText is how a reminder reads as text: its date, and its time in
// UTC unless it is for the whole day ("2025-12-31 10:00 UTC").
func ReminderText(r *Reminder) string {
	t := time.UnixMilli(r.ExpireTime).UTC()
	if r.WholeDay {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 UTC")
}

// SoftBreakText is what the soft break ins[i] shows as in running text: a
// space, or nothing between two East Asian characters, whose lines join
// without one (as pandoc's east_asian_line_breaks does).
func SoftBreakText(ins Inlines, i int) string {
	var before, after rune
	if i > 0 {
		if t, ok := ins[i-1].(*Text); ok {
			before, _ = utf8.DecodeLastRuneInString(t.Value)
		}
	}
	if i+1 < len(ins) {
		if t, ok := ins[i+1].(*Text); ok {
			after, _ = utf8.DecodeRuneInString(t.Value)
		}
	}
	if textutil.IsEastAsian(before) && textutil.IsEastAsian(after) {
		return ""
	}
	return " "
}

// BlocksText returns the text of blocks, one line per paragraph, heading,
// code line or list item, for formats that can only say text: captions,
// table cells flattened to a line, alt text.
func BlocksText(bs Blocks) string {
	var lines []string
	for _, b := range bs {
		Walk(b, func(n Node) WalkStatus {
			switch n := n.(type) {
			case *Paragraph:
				lines = append(lines, PlainText(n.Inlines))
			case *Heading:
				lines = append(lines, PlainText(n.Inlines))
			case *CodeBlock:
				lines = append(lines, CodeText(n))
				return WalkSkipChildren
			case *Equation:
				lines = append(lines, n.TeX)
			case *Image:
				if n.Alt != "" {
					lines = append(lines, n.Alt)
				}
			case *Embed:
				lines = append(lines, EmbedLabel(n))
			default:
				return WalkContinue
			}
			return WalkContinue
		})
	}
	return strings.Join(lines, "\n")
}

// EmbedLabel names an embed in text: its kind and its most telling
// attribute ("file 报告.pdf", "sheet shtcnAbc").
func EmbedLabel(e *Embed) string {
	for _, k := range []string{"name", "title", "url", "token", "id"} {
		if v := e.Attrs[k]; v != "" {
			return e.Kind + " " + v
		}
	}
	if len(e.Attrs) > 0 {
		keys := make([]string, 0, len(e.Attrs))
		for k := range e.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return e.Kind + " " + e.Attrs[keys[0]]
	}
	return e.Kind
}

// AppendText appends v as Text runs of style st, each "\n" in it a Break
// of that style: how the Feishu formats, whose runs carry newlines, say a
// line break.
func AppendText(ins Inlines, v string, st Style) Inlines {
	for {
		line, rest, more := strings.Cut(v, "\n")
		if line != "" {
			ins = append(ins, &Text{Value: line, Style: st})
		}
		if !more {
			return ins
		}
		ins = append(ins, &Break{Style: st})
		v = rest
	}
}

// ResolveSoftBreaks replaces every soft break in d by what it shows as (see
// SoftBreakText): the document as a format without soft breaks holds it.
// Soft breaks only record where a Markdown source wrapped its lines, so
// writers turn them into spaces without a warning, and comparisons across
// such formats resolve them first.
func ResolveSoftBreaks(d *Document) {
	Walk(d, func(n Node) WalkStatus {
		var ins *Inlines
		switch n := n.(type) {
		case *Paragraph:
			ins = &n.Inlines
		case *Heading:
			ins = &n.Inlines
		default:
			return WalkContinue
		}
		for i, in := range *ins {
			if sb, ok := in.(*SoftBreak); ok {
				(*ins)[i] = &Text{Value: SoftBreakText(*ins, i), Style: sb.Style}
			}
		}
		*ins = NormalizeInlines(*ins)
		return WalkContinue
	})
}

// TextParagraphs returns s as paragraphs of plain text: one per run of
// non-blank lines, its lines (without their leading spaces) joined by soft
// breaks. It is how raw markup that cannot stay raw is kept as text.
func TextParagraphs(s string) Blocks {
	var out Blocks
	var p *Paragraph
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimLeft(strings.TrimRight(line, "\r"), " \t")
		if strings.TrimSpace(line) == "" {
			p = nil
			continue
		}
		if p == nil {
			p = &Paragraph{}
			out = append(out, p)
		} else {
			p.Inlines = append(p.Inlines, &SoftBreak{})
		}
		p.Inlines = append(p.Inlines, &Text{Value: line})
	}
	return out
}
