// Package tohtml writes the document model as HTML: a fragment by default,
// a standalone page with a small stylesheet as an option.
//
// The output is safe to embed in a page: all text and attribute values are
// escaped, link and image URLs are limited to http, https, mailto, tel and
// relative ones, and raw HTML kept by a reader is dropped (with a warning)
// unless WithUnsafe is given. Feishu constructs HTML has no element for
// (callouts, mentions, grids, embeds, reminders) are written as ordinary
// elements marked with data-rt attributes, which fromhtml reads back to the
// same model.
package tohtml

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/emoji"
	"github.com/richtext-go/richtext/internal/safeurl"
	"github.com/richtext-go/richtext/model"
)

// An Option configures Write.
type Option func(*config)

type config struct {
	page     bool
	unsafe   bool
	maxDepth int
}

// WithPage writes a whole page: doctype, head with the title and a small
// stylesheet for callouts, colors, tables, grids and task lists, and body.
func WithPage() Option { return func(c *config) { c.page = true } }

// WithUnsafe writes raw HTML that a reader kept (inline HTML of Markdown)
// as it is. Only use it for trusted input: raw HTML can carry scripts.
// Link and image URLs are checked either way.
func WithUnsafe() Option { return func(c *config) { c.unsafe = true } }

// DefaultMaxDepth bounds the nesting the writer descends into.
const DefaultMaxDepth = 1000

// Write renders doc as HTML.
func Write(doc *model.Document, opts ...Option) ([]byte, []diag.Warning, error) {
	cfg := config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if d := model.Depth(doc.Blocks); d > cfg.maxDepth {
		return nil, nil, fmt.Errorf("tohtml: blocks nest %d levels deep, more than %d", d, cfg.maxDepth)
	}
	w := &writer{cfg: &cfg, out: make([]byte, 0, model.TextSize(doc)*3/2+4096)}
	if cfg.page {
		w.raw("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
		w.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
		if doc.Title != "" {
			w.raw("<title>")
			w.text(doc.Title)
			w.raw("</title>\n")
		}
		w.raw("<style>\n" + stylesheet + "</style>\n</head>\n<body>\n")
	} else if doc.Title != "" {
		w.warns.Add(diag.Dropped, "title", "an HTML fragment has no place for the title (WithPage writes it)")
	}
	w.path.Push("blocks", -1)
	w.blocks(doc.Blocks)
	w.path.Pop()
	if cfg.page {
		w.raw("</body>\n</html>\n")
	}
	return w.out, w.warns.Warnings(), nil
}

type writer struct {
	cfg   *config
	out   []byte
	warns diag.List
	path  diag.Path
	// Scratch space of inlines, reused from paragraph to paragraph.
	markBuf, stackBuf, openBuf []mark
	pieceBuf                   []piece
}

func (w *writer) warn(code diag.Code, format string, args ...any) {
	w.warns.Add(code, w.path.String(), format, args...)
}

func (w *writer) raw(s string) { w.out = append(w.out, s...) }

// text writes s escaped for element content.
func (w *writer) text(s string) { w.out = appendEscaped(w.out, s, false) }

// attr writes ` name="value"`, the value escaped.
func (w *writer) attr(name, value string) {
	w.out = append(w.out, ' ')
	w.out = append(w.out, name...)
	w.out = append(w.out, '=', '"')
	w.out = appendEscaped(w.out, value, true)
	w.out = append(w.out, '"')
}

// url writes a link or image URL attribute if it is safe, and reports
// whether it did.
func (w *writer) url(name, u, what string) bool {
	if !safeurl.Allowed(u) {
		w.warn(diag.Dropped, "%s URL %q is not http, https, mailto, tel or relative; left out", what, u)
		return false
	}
	w.attr(name, u)
	return true
}

// css builds a style attribute from declarations whose values the writer
// made itself (numbers, colors), never from input text.
type css []string

func (c *css) add(prop, value string) { *c = append(*c, prop+":"+value) }

func (w *writer) style(c css) {
	if len(c) > 0 {
		w.attr("style", strings.Join(c, ";"))
	}
}

func colorCSS(c color.RGBA) string {
	if c.A >= 1 {
		return c.Hex()
	}
	return c.String()
}

func (w *writer) blocks(bs model.Blocks) {
	for i, b := range bs {
		w.path.Push("", i)
		w.block(b)
		w.path.Pop()
	}
}

func (w *writer) block(b model.Block) {
	switch b := b.(type) {
	case *model.Paragraph:
		w.paragraph(b)
	case *model.Heading:
		w.heading(b)
	case *model.List:
		w.list(b)
	case *model.CodeBlock:
		w.code(b)
	case *model.Quote:
		w.raw("<blockquote")
		if b.Container {
			w.attr("data-rt", "container")
		}
		w.raw(">\n")
		w.path.Push("blocks", -1)
		w.blocks(b.Blocks)
		w.path.Pop()
		w.raw("</blockquote>\n")
	case *model.Callout:
		w.callout(b)
	case *model.Divider:
		w.raw("<hr>\n")
	case *model.Image:
		w.image(b)
	case *model.Gallery:
		w.raw(`<div data-rt="gallery" class="rt-gallery">`)
		for i := range b.Images {
			w.path.Push("images", i)
			w.img(&b.Images[i])
			w.path.Pop()
		}
		w.raw("</div>\n")
	case *model.Table:
		w.table(b)
	case *model.Grid:
		w.raw(`<div data-rt="grid" class="rt-grid">` + "\n")
		for i := range b.Columns {
			c := &b.Columns[i]
			w.path.Push("columns", i)
			w.raw(`<div data-rt="column" class="rt-column"`)
			if c.WidthRatio > 0 {
				w.style(css{"width:" + strconv.Itoa(c.WidthRatio) + "%"})
			}
			w.raw(">\n")
			w.path.Push("blocks", -1)
			w.blocks(c.Blocks)
			w.path.Pop()
			w.raw("</div>\n")
			w.path.Pop()
		}
		w.raw("</div>\n")
	case *model.Equation:
		w.raw(`<div data-rt="math" class="rt-math">`)
		w.text(b.TeX)
		w.raw("</div>\n")
	case *model.Embed:
		w.embed(b)
	case *model.Raw:
		if b.Format == "html" && w.cfg.unsafe {
			w.raw(strings.TrimRight(b.Content, "\n") + "\n")
			return
		}
		if b.Format == "html" {
			w.warn(diag.Dropped, "raw HTML is left out (WithUnsafe writes it)")
		} else {
			w.warn(diag.Dropped, "raw %s content cannot be written in HTML", b.Format)
		}
	default:
		w.warn(diag.Unsupported, "%T is not a model block; left out", b)
	}
}

// blockAttrs writes what paragraphs and headings share.
func (w *writer) blockAttrs(align model.Align, bg color.RGBA, indent int, folded bool, comments []string) {
	var c css
	if align != model.AlignNone {
		c.add("text-align", align.String())
	}
	if indent > 0 {
		c.add("margin-left", strconv.Itoa(2*indent)+"em")
	}
	if !bg.IsZero() {
		c.add("background-color", colorCSS(bg))
	}
	w.style(c)
	if indent > 0 {
		w.attr("data-indent", strconv.Itoa(indent))
	}
	if folded {
		w.attr("data-folded", "true")
	}
	if len(comments) > 0 {
		w.attr("data-comment-ids", strings.Join(comments, ","))
	}
}

func (w *writer) paragraph(p *model.Paragraph) {
	w.raw("<p")
	w.blockAttrs(p.Align, p.Background, p.Indent, p.Folded, p.CommentIDs)
	w.raw(">")
	w.inlines(p.Inlines, false)
	w.raw("</p>\n")
	w.children(p.Children)
}

func (w *writer) children(bs model.Blocks) {
	if len(bs) == 0 {
		return
	}
	w.raw(`<div data-rt="children" class="rt-children">` + "\n")
	w.path.Push("children", -1)
	w.blocks(bs)
	w.path.Pop()
	w.raw("</div>\n")
}

func (w *writer) heading(h *model.Heading) {
	level := min(max(h.Level, 1), 9)
	tag := "h" + strconv.Itoa(level)
	if level > 6 {
		// HTML stops at h6: a paragraph with the heading role keeps the
		// level for readers and assistive technology.
		w.raw("<p")
		w.attr("role", "heading")
		w.attr("aria-level", strconv.Itoa(level))
		w.attr("class", "rt-"+tag)
		tag = "p"
	} else {
		w.raw("<" + tag)
	}
	w.blockAttrs(h.Align, h.Background, 0, h.Folded, h.CommentIDs)
	w.raw(">")
	w.inlines(h.Inlines, false)
	w.raw("</" + tag + ">\n")
	w.children(h.Children)
}

// simple reports whether a paragraph can be written as bare inline content
// (in a tight list item or a table cell) and read back the same.
func simple(b model.Block) (*model.Paragraph, bool) {
	p, ok := b.(*model.Paragraph)
	if !ok || p.Align != model.AlignNone || p.Indent != 0 || !p.Background.IsZero() || p.Folded ||
		len(p.CommentIDs) > 0 || len(p.Children) > 0 || len(p.Inlines) == 0 {
		return nil, false
	}
	return p, true
}

func (w *writer) list(l *model.List) {
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	w.raw("<" + tag)
	if l.Ordered && l.Start != 1 {
		w.attr("start", strconv.Itoa(l.Start))
	}
	// A tight list whose items need a <p> (styled paragraphs) says so; a
	// reader takes any <p> in an item for a loose list otherwise.
	if !l.Loose && tightNeedsP(l) {
		w.attr("data-rt", "tight")
	}
	w.raw(">\n")
	w.path.Push("items", -1)
	for i := range l.Items {
		it := &l.Items[i]
		w.path.Push("", i)
		w.raw("<li")
		if it.Task {
			w.attr("class", "rt-task")
		}
		w.raw(">")
		if it.Task {
			w.raw(`<input type="checkbox" disabled`)
			if it.Checked {
				w.raw(" checked")
			}
			w.raw(">")
		}
		rest := it.Blocks
		w.path.Push("blocks", -1)
		if !l.Loose && len(rest) > 0 {
			if p, ok := simple(rest[0]); ok {
				w.path.Push("", 0)
				w.inlines(p.Inlines, false)
				w.path.Pop()
				rest = rest[1:]
			}
		}
		if len(rest) > 0 {
			w.raw("\n")
			for j, b := range rest {
				w.path.Push("", len(it.Blocks)-len(rest)+j)
				w.block(b)
				w.path.Pop()
			}
		}
		w.path.Pop()
		w.raw("</li>\n")
		w.path.Pop()
	}
	w.path.Pop()
	w.raw("</" + tag + ">\n")
}

// tightNeedsP reports whether a tight list has an item whose blocks will
// include a <p> of their own: a paragraph that is not its plain first one,
// a picture written in a <p>, a heading 7–9.
func tightNeedsP(l *model.List) bool {
	for i := range l.Items {
		for j, b := range l.Items[i].Blocks {
			switch b := b.(type) {
			case *model.Paragraph:
				if _, plain := simple(b); j > 0 || !plain {
					return true
				}
			case *model.Image:
				if b.Caption == "" && b.Align == model.AlignNone {
					return true
				}
			case *model.Heading:
				if b.Level > 6 {
					return true
				}
			}
		}
	}
	return false
}

func (w *writer) code(c *model.CodeBlock) {
	w.raw("<pre")
	if c.Meta != "" {
		w.attr("data-meta", c.Meta)
	}
	if c.Wrap {
		w.attr("data-wrap", "true")
	}
	if len(c.CommentIDs) > 0 {
		w.attr("data-comment-ids", strings.Join(c.CommentIDs, ","))
	}
	w.raw("><code")
	if c.Language != "" {
		w.attr("class", "language-"+model.LanguageTag(c.Language))
	}
	w.raw(">")
	w.inlines(c.Inlines, true)
	// The newline that ends the last line, as Markdown renderers write it;
	// readers drop one.
	w.raw("\n</code></pre>\n")
}

func (w *writer) callout(c *model.Callout) {
	w.raw(`<div data-rt="callout" class="rt-callout"`)
	if c.Emoji != "" {
		w.attr("data-emoji", c.Emoji)
	}
	var st css
	if !c.Background.IsZero() {
		st.add("background-color", colorCSS(c.Background))
	}
	if !c.Border.IsZero() {
		st.add("border-color", colorCSS(c.Border))
	}
	if !c.Color.IsZero() {
		st.add("color", colorCSS(c.Color))
	}
	w.style(st)
	w.raw(">")
	if c.Emoji != "" {
		// The emoji shows before the content; readers skip it.
		ch := c.Emoji
		if e, ok := emoji.Char(c.Emoji); ok {
			ch = e
		}
		w.raw(`<span data-rt="emoji" class="rt-emoji" aria-hidden="true">`)
		w.text(ch)
		w.raw("</span>")
	}
	w.raw("\n")
	w.path.Push("blocks", -1)
	w.blocks(c.Blocks)
	w.path.Pop()
	w.raw("</div>\n")
}

func (w *writer) image(im *model.Image) {
	if im.Caption == "" && im.Align == model.AlignNone {
		w.raw("<p>")
		w.img(im)
		w.raw("</p>\n")
		return
	}
	w.raw(`<figure data-rt="image" class="rt-image"`)
	if im.Align != model.AlignNone {
		w.style(css{"text-align:" + im.Align.String()})
	}
	w.raw(">")
	w.img(im)
	if im.Caption != "" {
		w.raw("<figcaption>")
		w.text(im.Caption)
		w.raw("</figcaption>")
	}
	w.raw("</figure>\n")
}

func (w *writer) img(im *model.Image) {
	w.raw("<img")
	if im.URL != "" {
		w.url("src", im.URL, "image")
	}
	if im.Token != "" {
		w.attr("data-token", im.Token)
	}
	w.imgRest(im.Alt, im.Title, im.Width, im.Height)
}

// imgRest ends an <img> tag that block and inline images share: alt, title
// and size.
func (w *writer) imgRest(alt, title string, width, height float64) {
	w.attr("alt", alt)
	if title != "" {
		w.attr("title", title)
	}
	if width > 0 {
		w.attr("width", strconv.FormatFloat(width, 'g', -1, 64))
	}
	if height > 0 {
		w.attr("height", strconv.FormatFloat(height, 'g', -1, 64))
	}
	w.raw(">")
}

func (w *writer) table(t *model.Table) {
	w.raw("<table")
	if t.HeaderColumn {
		w.attr("data-header-column", "true")
	}
	w.raw(">\n")
	if len(t.ColumnWidths) > 0 {
		w.raw("<colgroup>")
		for _, cw := range t.ColumnWidths {
			w.raw("<col")
			if cw > 0 {
				w.style(css{"width:" + strconv.Itoa(cw) + "px"})
			}
			w.raw(">")
		}
		w.raw("</colgroup>\n")
	}
	cols := t.Grid().Columns()
	for r := range t.Rows {
		row := &t.Rows[r]
		head := t.HeaderRow && r == 0
		switch {
		case head:
			w.raw("<thead>\n")
		case r == 0 || (t.HeaderRow && r == 1):
			w.raw("<tbody>\n")
		}
		w.path.Push("rows", r)
		w.raw("<tr>")
		for c := range row.Cells {
			cell := &row.Cells[c]
			col := 0
			if c < len(cols[r]) {
				col = cols[r][c]
			}
			tag := "td"
			if head || (t.HeaderColumn && col == 0) {
				tag = "th"
			}
			w.path.Push("cells", c)
			w.raw("<" + tag)
			if cell.ColSpan > 1 {
				w.attr("colspan", strconv.Itoa(cell.ColSpan))
			}
			if cell.RowSpan > 1 {
				w.attr("rowspan", strconv.Itoa(cell.RowSpan))
			}
			if col < len(t.ColumnAligns) && t.ColumnAligns[col] != model.AlignNone {
				w.style(css{"text-align:" + t.ColumnAligns[col].String()})
			}
			w.raw(">")
			w.path.Push("blocks", -1)
			if len(cell.Blocks) == 1 {
				if p, ok := simple(cell.Blocks[0]); ok {
					w.path.Push("", 0)
					w.inlines(p.Inlines, false)
					w.path.Pop()
				} else {
					w.raw("\n")
					w.blocks(cell.Blocks)
				}
			} else if len(cell.Blocks) > 1 {
				w.raw("\n")
				w.blocks(cell.Blocks)
			}
			w.path.Pop()
			w.raw("</" + tag + ">")
			w.path.Pop()
		}
		w.raw("</tr>\n")
		w.path.Pop()
		if head {
			w.raw("</thead>\n")
		}
	}
	if len(t.Rows) > 1 || (len(t.Rows) == 1 && !t.HeaderRow) {
		w.raw("</tbody>\n")
	}
	w.raw("</table>\n")
}

func (w *writer) embed(e *model.Embed) {
	w.raw(`<div data-rt="embed" class="rt-embed"`)
	w.attr("data-kind", e.Kind)
	if len(e.Attrs) > 0 {
		data, _ := json.Marshal(e.Attrs) // sorted keys: deterministic
		w.attr("data-attrs", string(data))
	}
	w.raw(">")
	// A label to show; readers skip it.
	label := model.EmbedLabel(e)
	if u := e.Attrs["url"]; u != "" && safeurl.Allowed(u) {
		w.raw(`<a data-rt="label"`)
		w.attr("href", u)
		w.raw(">")
		w.text(label)
		w.raw("</a>")
	} else {
		w.raw(`<span data-rt="label">`)
		w.text(label)
		w.raw("</span>")
	}
	w.raw("\n")
	if len(e.Blocks) > 0 {
		w.path.Push("blocks", -1)
		w.blocks(e.Blocks)
		w.path.Pop()
	}
	w.raw("</div>\n")
}
