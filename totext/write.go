// Package totext writes the document model as plain text, as a person would
// type it: headings underlined, list markers and indentation, task boxes
// [ ] and [x], tables as aligned columns, links as "text (url)", mentions as
// @name, code blocks indented. An option wraps paragraphs at a line width,
// counting East Asian characters as two columns.
//
// Plain text has no formatting by definition, so styles, colors and markup
// go without a warning; what is lost as content (raw Docx or OKR JSON) is
// reported. Task builds the body of the Feishu task update API from a
// document: its title or first line as the summary, the rest as the
// description.
package totext

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/emoji"
	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
	"golang.org/x/net/html"
)

// An Option configures Write and Task.
type Option func(*config)

type config struct {
	width    int
	maxDepth int
	err      error
}

// WithWidth wraps paragraphs, list items and quotes at n columns (East
// Asian characters count two); 0, the default, does not wrap. Words longer
// than a line, code and tables are never broken.
func WithWidth(n int) Option {
	return func(c *config) {
		if n < 0 {
			c.err = fmt.Errorf("totext: WithWidth(%d): the width must be 0 (no wrapping) or more", n)
			return
		}
		c.width = n
	}
}

// DefaultMaxDepth bounds the nesting the writer descends into.
const DefaultMaxDepth = 1000

func configure(opts []Option) (*config, error) {
	cfg := &config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		if o != nil {
			o(cfg)
		}
	}
	return cfg, cfg.err
}

// Write renders doc as plain text.
func Write(doc *model.Document, opts ...Option) ([]byte, []diag.Warning, error) {
	cfg, err := configure(opts)
	if err != nil {
		return nil, nil, err
	}
	if d := model.Depth(doc.Blocks); d > cfg.maxDepth {
		return nil, nil, fmt.Errorf("totext: blocks nest %d levels deep, more than %d", d, cfg.maxDepth)
	}
	w := &writer{cfg: cfg}
	if doc.Title != "" {
		w.out.WriteString(doc.Title + "\n" + strings.Repeat("=", max(textutil.Width(doc.Title), 3)) + "\n")
		if len(doc.Blocks) > 0 {
			w.out.WriteString("\n")
		}
	}
	w.path.Push("blocks", -1)
	w.blocks(doc.Blocks, "", "", false)
	w.path.Pop()
	return []byte(w.out.String()), w.warns.Warnings(), nil
}

type writer struct {
	cfg   *config
	out   strings.Builder
	warns diag.List
	path  diag.Path
}

// emit writes lines, the first after first, the others after rest (the
// prefixes of the containers they are in: indentation, "> ").
func (w *writer) emit(lines []string, first, rest string) {
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		line := p + l
		w.out.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}

// blocks writes blocks separated by blank lines, or by nothing in a tight
// list item.
func (w *writer) blocks(bs model.Blocks, first, rest string, tight bool) {
	wrote := false
	for i, b := range bs {
		// An empty paragraph is spacing, which blank lines already give.
		if p, ok := b.(*model.Paragraph); ok && len(p.Inlines) == 0 && len(p.Children) == 0 {
			continue
		}
		if wrote && !tight {
			w.out.WriteString(strings.TrimRight(rest, " ") + "\n")
		}
		p := rest
		if !wrote {
			p = first
		}
		w.path.Push("", i)
		w.block(b, p, rest)
		w.path.Pop()
		wrote = true
	}
}

func (w *writer) block(b model.Block, first, rest string) {
	switch b := b.(type) {
	case *model.Paragraph:
		ind := strings.Repeat("  ", b.Indent)
		w.emit(w.wrap(w.inlines(b.Inlines), first+ind), first+ind, rest+ind)
		if len(b.Children) > 0 {
			// Nested blocks go below, one step further in.
			w.out.WriteString(strings.TrimRight(rest, " ") + "\n")
			w.path.Push("children", -1)
			w.blocks(b.Children, rest+ind+"  ", rest+ind+"  ", false)
			w.path.Pop()
		}
	case *model.Heading:
		text := w.inlines(b.Inlines)
		lines := w.wrap(text, first)
		width := 0
		for _, l := range lines {
			width = max(width, textutil.Width(l))
		}
		switch b.Level {
		case 1:
			lines = append(lines, strings.Repeat("=", max(width, 3)))
		case 2:
			lines = append(lines, strings.Repeat("-", max(width, 3)))
		}
		w.emit(lines, first, rest)
		if len(b.Children) > 0 {
			w.out.WriteString(strings.TrimRight(rest, " ") + "\n")
			w.path.Push("children", -1)
			w.blocks(b.Children, rest, rest, false)
			w.path.Pop()
		}
	case *model.List:
		w.list(b, first, rest)
	case *model.CodeBlock:
		w.emit(strings.Split(model.CodeText(b), "\n"), first+"    ", rest+"    ")
	case *model.Quote:
		w.path.Push("blocks", -1)
		w.blocks(b.Blocks, first+"> ", rest+"> ", false)
		w.path.Pop()
	case *model.Callout:
		mark := b.Emoji
		if c, ok := emoji.Char(mark); ok {
			mark = c
		}
		if mark == "" {
			mark = "!"
		}
		pad := strings.Repeat(" ", textutil.Width(mark)+1)
		w.path.Push("blocks", -1)
		if len(b.Blocks) == 0 {
			w.emit([]string{mark}, first, rest)
		} else {
			w.blocks(b.Blocks, first+mark+" ", rest+pad, false)
		}
		w.path.Pop()
	case *model.Divider:
		w.emit([]string{"----------"}, first, rest)
	case *model.Image:
		w.emit(w.image(b), first, rest)
	case *model.Gallery:
		var lines []string
		for i := range b.Images {
			lines = append(lines, w.image(&b.Images[i])...)
		}
		w.emit(lines, first, rest)
	case *model.Table:
		w.emit(table(w, b), first, rest)
	case *model.Grid:
		for i := range b.Columns {
			w.path.Push("columns", i)
			w.path.Push("blocks", -1)
			if i > 0 {
				w.out.WriteString(strings.TrimRight(rest, " ") + "\n")
			}
			w.blocks(b.Columns[i].Blocks, first, rest, false)
			first = rest
			w.path.Pop()
			w.path.Pop()
		}
	case *model.Equation:
		w.emit(strings.Split(b.TeX, "\n"), first+"    ", rest+"    ")
	case *model.Embed:
		label := "[" + model.EmbedLabel(b) + "]"
		w.emit([]string{label}, first, rest)
		if len(b.Blocks) > 0 {
			w.path.Push("blocks", -1)
			w.out.WriteString(strings.TrimRight(rest, " ") + "\n")
			w.blocks(b.Blocks, rest, rest, false)
			w.path.Pop()
		}
	case *model.Raw:
		if b.Format == "html" {
			// Markup goes; its text stays.
			if t := htmlText(b.Content); t != "" {
				w.emit(w.wrap(t, first), first, rest)
			}
			return
		}
		w.warns.Add(diag.Dropped, w.path.String(), "raw %s content cannot be written as text", b.Format)
	default:
		w.warns.Add(diag.Unsupported, w.path.String(), "%T is not a model block; left out", b)
	}
}

func (w *writer) list(l *model.List, first, rest string) {
	n := l.Start
	for i := range l.Items {
		it := &l.Items[i]
		marker := "- "
		if l.Ordered {
			marker = strconv.Itoa(n+i) + ". "
		}
		if it.Task {
			if it.Checked {
				marker += "[x] "
			} else {
				marker += "[ ] "
			}
		}
		p := rest
		if i == 0 {
			p = first
		}
		if i > 0 && l.Loose {
			w.out.WriteString(strings.TrimRight(rest, " ") + "\n")
		}
		pad := rest + strings.Repeat(" ", textutil.Width(marker))
		w.path.Push("items", i)
		if len(it.Blocks) == 0 {
			w.emit([]string{strings.TrimRight(marker, " ")}, p, rest)
		} else {
			w.path.Push("blocks", -1)
			w.blocks(it.Blocks, p+marker, pad, !l.Loose)
			w.path.Pop()
		}
		w.path.Pop()
	}
}

func (w *writer) image(im *model.Image) []string {
	label := im.Alt
	if label == "" {
		label = "image"
	}
	line := "[" + label + "]"
	if im.URL != "" {
		line += " (" + im.URL + ")"
	}
	lines := []string{line}
	if im.Caption != "" {
		lines = append(lines, im.Caption)
	}
	return lines
}

// inlines renders runs as text, with hard breaks as newlines.
func (w *writer) inlines(ins model.Inlines) string {
	var b strings.Builder
	for i := 0; i < len(ins); i++ {
		in := ins[i]
		st, _ := model.StyleOf(in)
		// A link: its whole text, then the URL when the text does not say it.
		if st.Link != "" {
			j := i
			var text strings.Builder
			for j < len(ins) {
				s, _ := model.StyleOf(ins[j])
				if s.Link != st.Link {
					break
				}
				w.atom(&text, ins, j)
				j++
			}
			t := text.String()
			b.WriteString(t)
			u := st.Link
			if t != u && t != strings.TrimPrefix(u, "mailto:") && !strings.HasPrefix(u, "#") {
				b.WriteString(" (" + u + ")")
			}
			i = j - 1
			continue
		}
		w.atom(&b, ins, i)
	}
	return b.String()
}

// atom writes inline i as text.
func (w *writer) atom(b *strings.Builder, ins model.Inlines, i int) {
	switch in := ins[i].(type) {
	case *model.Text:
		b.WriteString(in.Value)
	case *model.Break:
		b.WriteString("\n")
	case *model.SoftBreak:
		b.WriteString(model.SoftBreakText(ins, i))
	case *model.Mention:
		label := model.MentionLabel(in)
		b.WriteString(label)
		if in.Kind == model.MentionDoc && in.URL != "" && in.URL != label {
			b.WriteString(" (" + in.URL + ")")
		}
	case *model.Math:
		b.WriteString(in.TeX)
	case *model.Reminder:
		b.WriteString(model.ReminderText(in))
	case *model.InlineImage:
		label := in.Alt
		if label == "" {
			label = "image"
		}
		b.WriteString("[" + label + "]")
		if in.URL != "" && in.Style.Link == "" {
			b.WriteString(" (" + in.URL + ")")
		}
	case *model.InlineFile:
		name := in.Name
		if name == "" {
			name = in.Token
		}
		b.WriteString("[" + name + "]")
	case *model.RawInline:
		if in.Format != "html" && in.Format != "text" {
			w.warns.Add(diag.Dropped, w.path.String(), "raw %s content cannot be written as text", in.Format)
		} else if in.Format == "text" {
			b.WriteString(in.Content)
		}
		// Inline HTML is markup around text the document already has.
	}
}

// htmlText returns the text of an HTML fragment, its whitespace collapsed.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			b.Write(z.Text())
			b.WriteByte(' ')
		}
	}
}

// wrap splits text into lines at its newlines and, with a width, between
// words and East Asian characters so that each line, after prefix, fits.
func (w *writer) wrap(text, prefix string) []string {
	lines := strings.Split(text, "\n")
	if w.cfg.width == 0 {
		return lines
	}
	avail := max(w.cfg.width-textutil.Width(prefix), 10)
	var out []string
	for _, l := range lines {
		out = append(out, wrapLine(l, avail)...)
	}
	return out
}

// wrapLine breaks one line into lines of at most width columns, where it
// can: at spaces, and before or after an East Asian character.
func wrapLine(s string, width int) []string {
	if textutil.Width(s) <= width {
		return []string{s}
	}
	var out []string
	var line strings.Builder
	lineW := 0
	// Tokens: a word (no spaces, no East Asian characters), one East Asian
	// character, or a run of spaces.
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i + 1
		switch {
		case rs[i] == ' ':
			for j < len(rs) && rs[j] == ' ' {
				j++
			}
		case !textutil.IsEastAsian(rs[i]):
			for j < len(rs) && rs[j] != ' ' && !textutil.IsEastAsian(rs[j]) {
				j++
			}
		}
		tok := string(rs[i:j])
		tw := textutil.Width(tok)
		if rs[i] == ' ' {
			if lineW+tw <= width {
				line.WriteString(tok)
				lineW += tw
			} else {
				out = append(out, strings.TrimRight(line.String(), " "))
				line.Reset()
				lineW = 0
			}
			i = j
			continue
		}
		// East Asian punctuation never starts a line.
		if lineW+tw > width && lineW > 0 && !(tw == 2 && isClosing(rs[i]) && lineW+tw <= width+2) {
			out = append(out, strings.TrimRight(line.String(), " "))
			line.Reset()
			lineW = 0
		}
		line.WriteString(tok)
		lineW += tw
		i = j
	}
	if line.Len() > 0 {
		out = append(out, strings.TrimRight(line.String(), " "))
	}
	return out
}

// isClosing reports East Asian punctuation that must not begin a line.
func isClosing(r rune) bool {
	return strings.ContainsRune("，。、；：！？）》」』】〉”’", r)
}
