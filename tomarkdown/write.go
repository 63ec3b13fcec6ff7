// Package tomarkdown writes the document model as Markdown: CommonMark with
// GFM, $…$ math, GitHub alerts, and Feishu's own tag dialect for what plain
// Markdown cannot hold (colors, underline, mentions, callouts, grids, merged
// cells, files, reminders). WithPlain writes only CommonMark and GFM and
// reports everything it had to leave out.
//
// The output re-reads (with package frommarkdown) to the same document, and
// renders the same as the model says: runs are re-nested into the fewest
// delimiters, spaces at run edges move outside them, and a character is
// escaped only where it would otherwise start syntax.
package tomarkdown

import (
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
)

// HeadingMode says how headings of levels 7 to 9 are written.
type HeadingMode uint8

// The heading modes.
const (
	// HeadingsTag writes Feishu's <h7>…</h7> tags (the default; plain
	// Markdown falls back to HeadingsClamp).
	HeadingsTag HeadingMode = iota
	// HeadingsClamp writes them as level-6 headings, with a warning.
	HeadingsClamp
	// HeadingsHTML writes them as <p role="heading" aria-level="7">, which
	// any HTML renderer accepts.
	HeadingsHTML
)

// TableMode says how tables are written.
type TableMode uint8

// The table modes.
const (
	// TablesGFM writes GFM pipe tables where GFM can hold the table (no
	// spans, at most one paragraph per cell) and falls back to <lark-table>
	// (or HTML in plain Markdown) otherwise. The default.
	TablesGFM TableMode = iota
	// TablesLark writes every table as Feishu's <lark-table>, which keeps
	// spans, header column and column widths.
	TablesLark
	// TablesHTML writes tables that GFM cannot hold as HTML <table>s.
	TablesHTML
)

// An Option configures Write.
type Option func(*config)

type config struct {
	plain    bool
	headings HeadingMode
	tables   TableMode
	maxDepth int
	err      error
}

// WithPlain writes plain CommonMark and GFM: no Feishu tags. What they would
// have carried (colors, mentions, callout colors, grids, merged cells,
// embeds, ...) is approximated or left out, each with a warning.
func WithPlain() Option { return func(c *config) { c.plain = true } }

// WithHeadings chooses how headings 7–9 are written.
func WithHeadings(m HeadingMode) Option {
	return func(c *config) {
		if m > HeadingsHTML {
			c.err = fmt.Errorf("tomarkdown: WithHeadings(%d): unknown heading mode", m)
			return
		}
		c.headings = m
	}
}

// WithTables chooses how tables are written.
func WithTables(m TableMode) Option {
	return func(c *config) {
		if m > TablesHTML {
			c.err = fmt.Errorf("tomarkdown: WithTables(%d): unknown table mode", m)
			return
		}
		c.tables = m
	}
}

// DefaultMaxDepth bounds the nesting the writer descends into.
const DefaultMaxDepth = 1000

// Write renders doc as Markdown. The error is for invalid options and for
// documents nested deeper than the writer descends.
func Write(doc *model.Document, opts ...Option) ([]byte, []diag.Warning, error) {
	cfg := config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.err != nil {
		return nil, nil, cfg.err
	}
	if d := model.Depth(doc.Blocks); d > cfg.maxDepth {
		return nil, nil, fmt.Errorf("tomarkdown: blocks nest %d levels deep, more than %d", d, cfg.maxDepth)
	}
	w := &writer{cfg: &cfg}
	w.out = make([]byte, 0, model.TextSize(doc)*3/2+1024)
	if doc.Title != "" {
		w.title(doc.Title)
	}
	w.path.Push("blocks", -1)
	w.blocks(doc.Blocks, false, true)
	w.path.Pop()
	return w.out, w.warns.Warnings(), nil
}

// A writer writes blocks line by line. Each line starts with the prefixes of
// the containers it is in: "> " for quotes, the list marker on an item's
// first line and spaces on its other lines.
type writer struct {
	cfg   *config
	out   []byte
	warns diag.List
	path  diag.Path
	pre   []prefix
	// started is false until the first block is written, so that blocks
	// are separated by exactly one blank line.
	started bool
	// toks, ps, marks and esc are scratch space of inlines, reused from
	// paragraph to paragraph.
	toks  []token
	ps    []piece
	marks []mark
	esc   escapeState
	// lastInContainer is true while the block being written is the last
	// of a Markdown container (see blocks).
	lastInContainer bool
	// lastList is the list written last and lastMarker its bullet or
	// delimiter, so that a run of adjacent lists alternates them.
	para       []byte // scratch of a paragraph's text
	lastList   *model.List
	lastMarker string
}

type prefix struct {
	first, rest string
	used        bool
}

func (w *writer) warn(code diag.Code, format string, args ...any) {
	w.warns.Add(code, w.path.String(), format, args...)
}

// startLine writes the prefixes of a new line.
func (w *writer) startLine() {
	for i := range w.pre {
		p := &w.pre[i]
		if !p.used {
			w.out = append(w.out, p.first...)
			p.used = true
		} else {
			w.out = append(w.out, p.rest...)
		}
	}
}

// markerLine writes a list marker that is still due on a line of its own:
// after a marker, leading spaces of the content would be taken as the
// marker's padding. "-\n   <b>" keeps the space of " <b>".
func (w *writer) markerLine() {
	for i := range w.pre {
		if p := &w.pre[i]; !p.used && p.first != p.rest {
			w.blankLine()
			return
		}
	}
}

// blankLine writes an empty line inside the current containers.
func (w *writer) blankLine() {
	start := len(w.out)
	w.startLine()
	// A blank line keeps only the quote markers, without trailing spaces.
	line := strings.TrimRight(string(w.out[start:]), " ")
	w.out = append(w.out[:start], line...)
	w.out = append(w.out, '\n')
}

// lines writes s, whose lines end with '\n' (a final newline is added when
// missing), each after the prefixes.
func (w *writer) lines(s string) { writeLines(w, s) }

// writeLines is lines for a string or for bytes.
func writeLines[T string | []byte](w *writer, s T) {
	for len(s) > 0 {
		line, rest := s, s[len(s):]
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' {
				line, rest = s[:i], s[i+1:]
				break
			}
		}
		if len(line) == 0 {
			w.blankLine()
		} else {
			if line[0] == ' ' || line[0] == '\t' {
				w.markerLine()
			}
			w.startLine()
			w.out = append(w.out, line...)
			w.out = append(w.out, '\n')
		}
		s = rest
	}
}

func (w *writer) push(first, rest string) { w.pre = append(w.pre, prefix{first: first, rest: rest}) }
func (w *writer) pop()                    { w.pre = w.pre[:len(w.pre)-1] }

func (w *writer) title(t string) {
	if w.cfg.plain {
		w.lines("# " + w.headingText(model.Inlines{&model.Text{Value: t}}) + "\n")
	} else {
		// <title> starts an HTML block, whose text is raw HTML.
		w.lines("<title>" + html.EscapeString(strings.ReplaceAll(t, "\n", " ")) + "</title>\n")
	}
	w.started = true
}

// blocks writes a sequence of blocks. In a tight list item, blocks follow
// each other directly where Markdown allows it. closes says that the
// Markdown container they are in (the document, a list item, a quote) ends
// right after them, which also ends an HTML block left open by the last.
func (w *writer) blocks(bs model.Blocks, tight, closes bool) {
	var prev model.Block
	for i, b := range bs {
		w.lastInContainer = closes && i == len(bs)-1
		if r, ok := b.(*model.Raw); ok && (r.Format != "html" || strings.TrimSpace(r.Content) == "") {
			// Writes nothing, so it must not leave a blank line behind.
			w.path.Push("", i)
			w.raw(r)
			w.path.Pop()
			continue
		}
		if prev != nil || (w.started && len(w.pre) == 0) {
			if prev == nil || !tight || w.needsBlank(prev, b) {
				if prev != nil && tight {
					w.warn(diag.Approximated, "a %s cannot follow a %s directly in a tight list item; the blank line makes the list loose",
						model.BlockType(b), model.BlockType(prev))
				}
				w.blankLine()
			}
		}
		w.path.Push("", i)
		w.block(b, prev)
		w.path.Pop()
		w.started = true
		prev = b
	}
}

// needsBlank reports whether next, following prev in a tight list item,
// needs a blank line to stay a block of its own. Without one, a paragraph
// line after a paragraph, a list or a quote would continue it, and what
// cannot interrupt a paragraph would be read as its text.
func (w *writer) needsBlank(prev, next model.Block) bool {
	// Headings 7–9 written as "######" (clamped, or plain Markdown) can
	// interrupt a paragraph; model.TightPair assumes the <h7> tag.
	if h, ok := next.(*model.Heading); ok && h.Level > 6 && w.atx(h) {
		switch prev.(type) {
		case *model.Paragraph, *model.Quote, *model.List:
			return false
		}
	}
	return !model.TightPair(prev, next)
}

// atx reports whether a heading is written as an ATX heading (# Title),
// which can interrupt a paragraph.
func (w *writer) atx(h *model.Heading) bool {
	if h.Level <= 2 && hasBreak(h.Inlines) {
		return false // setext
	}
	return h.Level <= 6 || w.cfg.plain || w.cfg.headings == HeadingsClamp
}

func (w *writer) block(b model.Block, prev model.Block) {
	switch b := b.(type) {
	case *model.Paragraph:
		w.paragraph(b)
	case *model.Heading:
		w.heading(b)
	case *model.List:
		w.list(b, prev)
	case *model.CodeBlock:
		w.code(b)
	case *model.Quote:
		w.quote(b)
	case *model.Callout:
		w.callout(b)
	case *model.Divider:
		w.lines("---\n")
	case *model.Image:
		w.image(b)
	case *model.Gallery:
		w.gallery(b)
	case *model.Table:
		w.table(b)
	case *model.Grid:
		w.grid(b)
	case *model.Equation:
		w.equation(b)
	case *model.Embed:
		w.embed(b)
	case *model.Raw:
		w.raw(b)
	default:
		w.warn(diag.Unsupported, "%T is not a model block; left out", b)
	}
}

// equation writes a display equation between lines of "$$". A line of TeX
// that ends with "$$" would close the block there: one line of TeX is then
// written "$$…$$" on one line, whose last "$$" is the one that closes.
func (w *writer) equation(e *model.Equation) {
	tex := strings.TrimRight(e.TeX, "\n")
	lines := strings.Split(tex, "\n")
	// The reader trims goldmark's util.TrimRightSpace set, which holds the
	// vertical tab and form feed too.
	endsWithFence := func(line string) bool { return strings.HasSuffix(strings.TrimRight(line, " \t\n\v\f\r"), "$$") }
	for i, line := range lines {
		if !endsWithFence(line) {
			continue
		}
		switch {
		case i < len(lines)-1:
			w.warn(diag.Approximated, "a line of the equation ends with $$, which closes it when read back")
		default:
			// The last line goes on the closing line, which the reader
			// reads up to its final $$: "$$x$$$$", or "$$\n…\nx$$$$".
			if len(lines) == 1 {
				w.lines("$$" + tex + "$$\n")
			} else {
				w.lines("$$\n" + tex + "$$\n")
			}
			return
		}
		break
	}
	w.lines("$$\n" + tex + "\n$$\n")
}

func (w *writer) paragraph(p *model.Paragraph) {
	p = w.containerTagsAsText(p)
	// Each round writes the head that reads back as an HTML block, then
	// goes on with the rest as a paragraph of its own.
	for {
		k, ok := htmlBlockSplit(p.Inlines)
		if !ok {
			break
		}
		w.paragraphText(&model.Paragraph{Inlines: p.Inlines[:k]})
		w.blankLine()
		rest := *p
		rest.Inlines = p.Inlines[k+1:]
		p = &rest
	}
	w.paragraphText(p)
}

// htmlBlockSplit reports where a paragraph splits when it starts with raw
// HTML that opens an HTML block of conditions 1–5 (a comment, a
// declaration, <pre>…) whose end marker comes before the paragraph's last
// line: Markdown reads the lines up to the marker as the HTML block and the
// lines after it as a new paragraph. The writer writes the paragraph that
// way at once, the head, a blank line, the rest as a paragraph, so that a
// second pass writes the same; keepParagraph warns on the head. k is the
// index of the line break after the head. A head that holds another
// multi-line inline does not split: where its lines end is not known here.
func htmlBlockSplit(ins model.Inlines) (k int, ok bool) {
	if len(ins) == 0 {
		return 0, false
	}
	r, raw := ins[0].(*model.RawInline)
	if !raw || r.Format != "html" {
		return 0, false
	}
	first := textutil.FirstLine(r.Content)
	marker, skip := textutil.HTMLBlockEnd(first)
	if marker == "" || !textutil.InterruptsParagraph(first) {
		return 0, false // conditions 6 and 7 run to the blank line
	}
	content := strings.ToLower(r.Content)
	at := strings.Index(content[skip:], marker)
	if strings.Contains(content, "\n") && (at < 0 || at+skip < strings.LastIndexByte(content, '\n')) {
		return 0, false
	}
	found := at >= 0
	for i := 1; i < len(ins); i++ {
		var s string
		lines := false // written with its new lines (text writes "&#10;")
		switch in := ins[i].(type) {
		case *model.SoftBreak, *model.Break:
			if found {
				return i, i+1 < len(ins)
			}
			continue
		case *model.Text:
			s = in.Value + in.Style.Link
		case *model.RawInline:
			s, lines = in.Content, true
		case *model.Math:
			s, lines = in.TeX, true
		case *model.Mention:
			s = in.Title
		default:
			continue
		}
		if lines && strings.Contains(s, "\n") {
			return 0, false
		}
		found = found || strings.Contains(strings.ToLower(s), marker)
	}
	return 0, false
}

// paragraphText writes a paragraph whose text does not split.
func (w *writer) paragraphText(p *model.Paragraph) {
	ins, fg := w.uniformColor(p.Inlines)
	// The text is built in scratch space: most paragraphs need no string.
	text := w.appendInlines(w.para[:0], ins, ctxParagraph)
	suffix := w.blockAttrs(p.Align, p.Background, p.Indent, "paragraph", fg)
	if p.Folded {
		w.warn(diag.Unsupported, "the folded state of a paragraph is not kept in Markdown")
	}
	if len(p.CommentIDs) > 0 {
		w.warn(diag.Dropped, "comment anchors on a paragraph are not kept in Markdown")
	}
	if suffix == "" {
		if i := attrListBrace(text, ins); i >= 0 {
			text = slices.Insert(text, i, '\\')
		}
	}
	if len(text) == 0 && suffix == "" {
		// An empty paragraph has no Markdown form of its own; a lone
		// no-break space stands for it, and the reader maps it back.
		text = append(text, "&nbsp;"...)
	}
	if suffix != "" {
		if len(text) > 0 {
			text = append(text, ' ')
		}
		text = append(text, suffix...)
	}
	if len(ins) > 0 {
		if _, raw := ins[0].(*model.RawInline); raw {
			text = w.keepParagraph(text)
		}
	}
	if len(text) > 0 && text[len(text)-1] == '\n' {
		text = append(text, '\n')
	}
	writeLines(w, text) // which ends the last line: no copy to add "\n"
	w.para = text[:0]
	w.children(p.Children, "paragraph")
}

// keepParagraph handles a paragraph whose text starts with raw HTML that
// would open an HTML block when read back. A lone complete tag on the first
// line (condition 7) gets a tab after it: goldmark allows only spaces there,
// so the line stays a paragraph, and the tab goes with the line's trailing
// white space. (A reader that follows CommonMark to the letter takes the
// line as an HTML block, which renders the same tag without the <p>.) The
// other conditions start a block whatever follows; they are reported.
func (w *writer) keepParagraph(text []byte) []byte {
	first := textutil.FirstLine(string(text))
	switch {
	case textutil.InterruptsParagraph(first):
		w.warn(diag.Approximated, "raw HTML at the start of a paragraph reads back as an HTML block")
	case textutil.StartsHTMLBlock(first):
		text = slices.Insert(text, len(first), '\t')
	}
	return text
}

func (w *writer) children(bs model.Blocks, what string) {
	if len(bs) == 0 {
		return
	}
	w.warn(diag.Approximated, "blocks nested under a %s are written after it", what)
	if len(w.pre) > 0 {
		// Inside a list item or quote blocks puts no blank line before
		// its first block; without one a paragraph would continue the
		// parent's.
		w.blankLine()
	}
	w.path.Push("children", -1)
	w.blocks(bs, false, false)
	w.path.Pop()
}

// uniformColor returns inlines without their color, and the color, when
// every run of a block has the same one: Feishu writes that as the block's
// color="…" attribute. The inlines are copies; the document is not changed.
func (w *writer) uniformColor(ins model.Inlines) (model.Inlines, color.RGBA) {
	if w.cfg.plain || len(ins) == 0 {
		return ins, color.RGBA{}
	}
	var fg color.RGBA
	text := false
	for _, in := range ins {
		st, ok := model.StyleOf(in)
		if !ok {
			continue
		}
		if st.Color.IsZero() || (!fg.IsZero() && st.Color != fg) {
			return ins, color.RGBA{}
		}
		fg = st.Color
		_, isText := in.(*model.Text)
		text = text || isText
	}
	if !text {
		return ins, color.RGBA{}
	}
	out := make(model.Inlines, len(ins))
	for i, in := range ins {
		out[i] = withoutColor(in)
	}
	return out, fg
}

func withoutColor(in model.Inline) model.Inline {
	var c model.Inline
	switch x := in.(type) {
	case *model.Text:
		y := *x
		c = &y
	case *model.Break:
		y := *x
		c = &y
	case *model.SoftBreak:
		y := *x
		c = &y
	case *model.Mention:
		y := *x
		c = &y
	case *model.Math:
		y := *x
		c = &y
	case *model.Reminder:
		y := *x
		c = &y
	case *model.InlineImage:
		y := *x
		c = &y
	case *model.InlineFile:
		y := *x
		c = &y
	default:
		return in
	}
	st, _ := model.StyleOf(c)
	st.Color = color.RGBA{}
	model.SetStyle(c, st)
	return c
}

// blockAttrs returns Feishu's attribute list for a block's alignment,
// background and indentation, or warns in plain Markdown.
func (w *writer) blockAttrs(a model.Align, bg color.RGBA, indent int, what string, fg color.RGBA) string {
	var parts []string
	if a != model.AlignNone {
		parts = append(parts, `align="`+a.String()+`"`)
	}
	if !fg.IsZero() {
		parts = append(parts, `color="`+escapeAttr(color.NameOf(color.FontColor, fg))+`"`)
	}
	if !bg.IsZero() {
		parts = append(parts, `background-color="`+color.NameOf(color.BlockBackground, bg)+`"`)
	}
	if indent > 0 {
		parts = append(parts, `indent="`+strconv.Itoa(indent)+`"`)
	}
	if len(parts) == 0 {
		return ""
	}
	if w.cfg.plain {
		w.warn(diag.Unsupported, "the %s's %s is not kept in plain Markdown", what, strings.Join(attrNames(parts), " and "))
		return ""
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func attrNames(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i], _, _ = strings.Cut(p, "=")
		switch out[i] {
		case "background-color":
			out[i] = "background"
		case "indent":
			out[i] = "indentation"
		case "align":
			out[i] = "alignment"
		}
	}
	return out
}

func (w *writer) heading(h *model.Heading) {
	if h.Level <= 2 && hasBreak(h.Inlines) {
		// Only a setext heading keeps its line breaks.
		ins, fg := w.uniformColor(h.Inlines)
		text := w.inlines(ins, ctxParagraph)
		if suffix := w.blockAttrs(h.Align, h.Background, 0, "heading", fg); suffix != "" {
			text += " " + suffix
		} else {
			text = escapeAttrList(text, ins)
		}
		underline := "==="
		if h.Level == 2 {
			underline = "---"
		}
		w.lines(text + "\n" + underline + "\n")
		w.children(h.Children, "heading")
		return
	}
	var text string
	ins, fg := w.uniformColor(h.Inlines)
	if h.Level > 6 && w.cfg.headings == HeadingsTag && !w.cfg.plain {
		// Inside <h7>…</h7> the text is a paragraph's: line breaks stay.
		text = w.inlines(ins, ctxParagraph)
	} else {
		if hasBreak(ins) {
			w.warn(diag.Approximated, "line breaks in a level-%d heading are written as spaces", h.Level)
		}
		text = w.headingText(ins)
	}
	suffix := w.blockAttrs(h.Align, h.Background, 0, "heading", fg)
	if h.Folded {
		w.warn(diag.Unsupported, "the folded state of a heading is not kept in Markdown")
	}
	if len(h.CommentIDs) > 0 {
		w.warn(diag.Dropped, "comment anchors on a heading are not kept in Markdown")
	}
	withSuffix := func(s string) string {
		if suffix == "" {
			return escapeAttrList(s, ins)
		}
		return strings.TrimSpace(s + " " + suffix)
	}
	level := h.Level
	switch {
	case level <= 6:
		w.atxHeading(level, withSuffix(text))
	case w.cfg.headings == HeadingsHTML:
		w.lines(withSuffix(fmt.Sprintf(`<p role="heading" aria-level="%d">%s</p>`, level, text)) + "\n")
	case w.cfg.headings == HeadingsClamp || w.cfg.plain:
		w.warn(diag.Approximated, "heading level %d is written as level 6", level)
		w.atxHeading(6, withSuffix(text))
	default:
		w.lines(withSuffix(fmt.Sprintf("<h%d>%s</h%d>", level, text, level)) + "\n")
	}
	w.children(h.Children, "heading")
}

// hasBreak reports whether a break inside the content (not at either end,
// where it is written as <br>) starts a new line.
func hasBreak(ins model.Inlines) bool {
	for i, in := range ins {
		switch in.(type) {
		case *model.SoftBreak:
			return true
		case *model.Break:
			if i > 0 && i < len(ins)-1 {
				return true
			}
		}
	}
	return false
}

func (w *writer) atxHeading(level int, text string) {
	marks := strings.Repeat("#", level)
	if text == "" {
		w.lines(marks + "\n")
		return
	}
	w.lines(marks + " " + text + "\n")
}

// headingText renders inlines on one line, with a closing # sequence
// escaped.
func (w *writer) headingText(ins model.Inlines) string {
	s := w.inlines(ins, ctxHeading)
	// "# foo #" closes the heading: escape a trailing run of # after a
	// space or a tab.
	trimmed := strings.TrimRight(s, "#")
	if trimmed != s && (trimmed == "" || strings.HasSuffix(trimmed, " ") || strings.HasSuffix(trimmed, "\t")) {
		s = trimmed + `\` + s[len(trimmed):]
	}
	return s
}

// list writes a list. A list right after another of the same kind uses the
// other bullet or delimiter, so that the two stay apart.
func (w *writer) list(l *model.List, prev model.Block) {
	bullet, delim := "-", "."
	if pl, ok := prev.(*model.List); ok && pl.Ordered == l.Ordered && (pl != w.lastList || w.lastMarker == bullet || w.lastMarker == delim) {
		bullet, delim = "*", ")"
	}
	defer func() {
		w.lastList = l
		w.lastMarker = bullet
		if l.Ordered {
			w.lastMarker = delim
		}
	}()
	n := l.Start
	tight := !l.Loose
	if tight && w.blankInItems(l) {
		w.warn(diag.Approximated, "a tight list whose items hold blocks written with blank lines (Feishu tags, several blocks that need them) is written loose")
		tight = false
	}
	for i, it := range l.Items {
		if i > 0 && !tight {
			w.blankLine()
		}
		marker := bullet + " "
		if l.Ordered {
			marker = strconv.Itoa(n+i) + delim + " "
		}
		if it.Task {
			if it.Checked {
				marker += "[x] "
			} else {
				marker += "[ ] "
			}
		}
		w.path.Push("items", i)
		indent := strings.Repeat(" ", len(marker))
		if it.Task {
			indent = strings.Repeat(" ", len(marker)-4)
		}
		if len(it.Blocks) == 0 {
			if i == len(l.Items)-1 && len(w.pre) > 0 {
				// goldmark ends the enclosing item too at an empty last
				// item followed by a blank line; a no-break space (read
				// back as nothing) keeps the item open.
				w.lines(marker + "&nbsp;\n")
			} else {
				w.lines(strings.TrimRight(marker, " ") + "\n")
			}
			w.path.Pop()
			continue
		}
		w.push(marker, indent)
		w.path.Push("blocks", -1)
		saved := w.started
		w.started = false
		blocks := it.Blocks
		if it.Task {
			if _, ok := blocks[0].(*model.Paragraph); !ok {
				// A task marker needs text after it: an empty paragraph
				// ("&nbsp;") goes first, and the block follows it.
				w.warn(diag.Approximated, "a task item that starts with a %s gets an empty first line", model.BlockType(blocks[0]))
				blocks = append(model.Blocks{&model.Paragraph{}}, blocks...)
			}
		}
		if _, ok := blocks[0].(*model.Divider); ok {
			// "- ---" or "* ***" would be a thematic break, not an item:
			// the rule takes the character the marker does not use.
			if strings.HasPrefix(marker, "*") {
				w.lines("---\n")
			} else {
				w.lines("***\n")
			}
			w.blocksAfterFirst(blocks, tight)
		} else {
			w.blocks(blocks, tight, true)
		}
		w.started = saved
		w.path.Pop()
		w.pop()
		w.path.Pop()
	}
}

// blocksAfterFirst writes bs[1:] after bs[0] has been written.
// blankInItems reports whether writing the items of l puts a blank line
// between two blocks of an item, which makes Markdown read the list as
// loose whatever separates the items: the list is then written loose, so
// that a second pass writes it the same.
func (w *writer) blankInItems(l *model.List) bool {
	for _, it := range l.Items {
		var prev model.Block
		if it.Task && len(it.Blocks) > 0 {
			if _, ok := it.Blocks[0].(*model.Paragraph); !ok {
				prev = &model.Paragraph{} // see list: the empty first line
			}
		}
		for _, b := range it.Blocks {
			if prev != nil && w.needsBlank(prev, b) || w.blankInside(b) {
				return true
			}
			prev = b
		}
	}
	return false
}

// blankInside reports whether the Markdown form of b has a blank line at
// the level where b itself is written (not inside a quote, a nested list or
// code): a Feishu container tag has one after its opening tag, and each of
// its tags is a block of the enclosing list item.
func (w *writer) blankInside(b model.Block) bool {
	switch b := b.(type) {
	case *model.Paragraph:
		_, splits := htmlBlockSplit(b.Inlines)
		return len(b.Children) > 0 || splits
	case *model.Heading:
		return len(b.Children) > 0
	case *model.Callout:
		return model.CalloutAlert(b) == "" && !w.cfg.plain
	case *model.Quote:
		_, para := firstBlock(b.Blocks).(*model.Paragraph)
		return b.Container && len(b.Blocks) == 1 && para && !w.cfg.plain
	case *model.Grid:
		if !w.cfg.plain {
			return len(b.Columns) > 0
		}
		n := 0
		for _, col := range b.Columns {
			for _, c := range col.Blocks {
				if n++; n > 1 || w.blankInside(c) {
					return true
				}
			}
		}
	case *model.Table:
		return !w.gfmTable(b) && len(b.Rows) > 0
	case *model.Embed:
		return len(b.Blocks) > 0
	case *model.Raw:
		return b.Format == "html" && hasBlankLine(strings.TrimRight(b.Content, "\n"))
	}
	return false
}

// hasBlankLine reports a line of nothing but spaces and tabs in s.
func hasBlankLine(s string) bool {
	for line := range strings.SplitSeq(s, "\n") {
		if strings.Trim(line, " \t") == "" {
			return true
		}
	}
	return false
}

func (w *writer) blocksAfterFirst(bs model.Blocks, tight bool) {
	for i := 1; i < len(bs); i++ {
		if !tight || w.needsBlank(bs[i-1], bs[i]) {
			w.blankLine()
		}
		w.lastInContainer = i == len(bs)-1
		w.path.Push("", i)
		w.block(bs[i], bs[i-1])
		w.path.Pop()
	}
}

func (w *writer) code(c *model.CodeBlock) {
	text := model.CodeText(c)
	for _, in := range c.Inlines {
		if t, ok := in.(*model.Text); !ok || !t.Style.IsZero() {
			w.warn(diag.Approximated, "formatting and mentions inside a code block are written as plain code")
			break
		}
	}
	if c.Wrap {
		w.warn(diag.Unsupported, "the code block's wrap setting is not kept in Markdown")
	}
	if len(c.CommentIDs) > 0 {
		w.warn(diag.Dropped, "comment anchors on a code block are not kept in Markdown")
	}
	info := ""
	if c.Language != "" {
		info = model.LanguageTag(c.Language)
	}
	if c.Meta != "" {
		info = strings.TrimSpace(info + " " + c.Meta)
	}
	info = escapeInfo(info)
	fenceChar := byte('`')
	if strings.ContainsRune(info, '`') {
		fenceChar = '~'
	}
	fence := strings.Repeat(string(fenceChar), max(3, longestRun(text, fenceChar)+1))
	if info != "" && info[0] == fenceChar {
		info = " " + info // "~~~ ~x", not the fence "~~~~" and "x"
	}
	if text != "" {
		text += "\n" // the model keeps code without its final newline
	}
	if len(w.pre) > 0 {
		for _, line := range strings.Split(text, "\n") {
			if line != "" && strings.TrimLeft(line, " \t") == "" {
				w.warn(diag.Approximated, "lines of only spaces in a code block inside a list or quote read back as empty lines")
				break
			}
		}
	}
	w.lines(fence + info + "\n")
	w.codeLines(text)
	w.lines(fence + "\n")
}

// codeLines writes code text; empty lines inside code still carry the quote
// markers of enclosing quotes.
func (w *writer) codeLines(text string) {
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		line := text[:i]
		text = text[i+1:]
		if line == "" {
			w.blankLine()
			continue
		}
		w.startLine()
		w.out = append(w.out, line...)
		w.out = append(w.out, '\n')
	}
}

func longestRun(s string, c byte) int {
	best, cur := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			cur++
			best = max(best, cur)
		} else {
			cur = 0
		}
	}
	return best
}

func (w *writer) quote(q *model.Quote) {
	if q.Container && len(q.Blocks) == 1 {
		if _, ok := q.Blocks[0].(*model.Paragraph); ok {
			if w.cfg.plain {
				w.warn(diag.Approximated, "a Docx quote container is written as a block quote")
			} else {
				w.container("quote-container", nil, q.Blocks)
				return
			}
		}
	}
	w.push("> ", "> ")
	w.path.Push("blocks", -1)
	saved := w.started
	w.started = false
	if len(q.Blocks) == 0 {
		w.blankLine()
	}
	w.blocks(q.Blocks, false, true)
	w.started = saved
	w.path.Pop()
	w.pop()
}

// container writes a Feishu block tag around blocks.
func (w *writer) container(name string, attrs []attr, bs model.Blocks) {
	w.lines("<" + name + formatAttrs(attrs) + ">\n")
	w.blankLine()
	w.path.Push("blocks", -1)
	saved := w.started
	w.started = false
	w.blocks(bs, false, false)
	w.started = saved
	w.path.Pop()
	if len(bs) > 0 {
		w.blankLine()
	}
	w.lines("</" + name + ">\n")
}

// An attr is one attribute of a Feishu tag.
type attr struct{ name, value string }

func formatAttrs(attrs []attr) string {
	var b strings.Builder
	for _, a := range attrs {
		b.WriteByte(' ')
		b.WriteString(a.name)
		b.WriteString(`="`)
		b.WriteString(escapeAttr(a.value))
		b.WriteByte('"')
	}
	return b.String()
}

func (w *writer) callout(c *model.Callout) {
	kind := model.CalloutAlert(c)
	if kind == "" && w.cfg.plain {
		kind = nearestAlert(c)
		w.warn(diag.Approximated, "a callout is written as a GitHub [!%s] alert", kind)
	}
	if kind != "" {
		w.push("> ", "> ")
		saved := w.started
		w.started = false
		w.lines("[!" + kind + "]\n")
		// A first paragraph goes right after the marker line, which the
		// reader takes off it; other blocks follow the rules of a paragraph.
		if _, isPara := firstBlock(c.Blocks).(*model.Paragraph); !isPara && len(c.Blocks) > 0 && w.needsBlank(&model.Paragraph{}, c.Blocks[0]) {
			w.blankLine()
		}
		w.path.Push("blocks", -1)
		w.blocks(c.Blocks, false, true) // a GitHub alert is a quote
		w.path.Pop()
		w.started = saved
		w.pop()
		return
	}
	var attrs []attr
	if c.Emoji != "" {
		attrs = append(attrs, attr{"emoji", c.Emoji})
	}
	if !c.Background.IsZero() {
		attrs = append(attrs, attr{"background-color", color.NameOf(color.CalloutBackground, c.Background)})
	}
	if !c.Border.IsZero() {
		attrs = append(attrs, attr{"border-color", color.NameOf(color.CalloutBorder, c.Border)})
	}
	if !c.Color.IsZero() {
		attrs = append(attrs, attr{"text-color", color.NameOf(color.FontColor, c.Color)})
	}
	w.container("callout", attrs, c.Blocks)
}

func firstBlock(bs model.Blocks) model.Block {
	if len(bs) == 0 {
		return nil
	}
	return bs[0]
}

// nearestAlert picks the GitHub alert whose color is closest to a callout's.
func nearestAlert(c *model.Callout) string {
	if c.Background.IsZero() {
		return "NOTE"
	}
	switch m := color.CalloutBackground.Nearest(c.Background); (m.Index - 1) % 7 {
	case 0:
		return "CAUTION"
	case 1, 2:
		return "WARNING"
	case 3:
		return "TIP"
	case 5:
		return "IMPORTANT"
	}
	return "NOTE"
}
