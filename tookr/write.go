// Package tookr writes the document model as a Feishu/Lark OKR content_block
// (v1 by default, v2 as an option).
//
// OKR text is flat paragraphs with list styles, text runs that can be bold,
// struck through, colored and linked, mentions of people and documents, and
// galleries. Nested lists become indent levels with per-level numbering;
// headings, quotes, code blocks, tables, callouts, dividers, equations,
// grids and embeds become the closest faithful paragraphs; images become
// galleries, consecutive images one gallery. Each approximation and each
// style OKR cannot hold (italic, underline, inline code …) is a warning.
package tookr

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/fromokr"
	"github.com/richtext-go/richtext/internal/emoji"
	"github.com/richtext-go/richtext/internal/jsonindent"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/okr"
)

// An Option configures Write and Content.
type Option func(*config)

type config struct {
	v2         bool
	versionSet bool
	palette    bool
	maxDepth   int
}

// WithV2 writes the v2 (snake_case) form of /okr/v2 objectives and key
// results instead of the v1 form of progress records. Without it, a
// document read from v2 (Meta "okr_version" = "v2") is written as v2 and
// any other as v1.
func WithV2() Option { return func(c *config) { c.v2, c.versionSet = true, true } }

// WithV1 writes the v1 form whatever the document was read from.
func WithV1() Option { return func(c *config) { c.v2, c.versionSet = false, true } }

// WithPalette snaps colors to the Feishu palettes (text colors 1–7,
// backgrounds 1–15), as Feishu's editor offers them, with a warning for
// each color that is not a palette entry already.
func WithPalette() Option { return func(c *config) { c.palette = true } }

// DefaultMaxDepth bounds the nesting the writer descends into.
const DefaultMaxDepth = 1000

// Write renders doc as an indented content_block JSON, {"blocks":[…]}.
func Write(doc *model.Document, opts ...Option) ([]byte, []diag.Warning, error) {
	c, warns, err := Content(doc, opts...)
	if err != nil {
		return nil, nil, err
	}
	cfg := configure(opts)
	if !cfg.versionSet && doc.Meta[fromokr.MetaVersion] == okr.V2.String() {
		cfg.v2 = true
	}
	var v any = c
	if cfg.v2 {
		v = c.ToV2()
	}
	out, err := jsonindent.Encode(v)
	if err != nil {
		return nil, nil, err
	}
	return out, warns, nil
}

func configure(opts []Option) *config {
	cfg := &config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		if o != nil {
			o(cfg)
		}
	}
	return cfg
}

// Content converts doc into the v1 content_block structs (whatever the
// version option), for request bodies such as okr.ProgressRecordUpdate.
func Content(doc *model.Document, opts ...Option) (*okr.Content, []diag.Warning, error) {
	cfg := configure(opts)
	if !cfg.versionSet && doc.Meta[fromokr.MetaVersion] == okr.V2.String() {
		cfg.v2 = true
	}
	if d := model.Depth(doc.Blocks); d > cfg.maxDepth {
		return nil, nil, fmt.Errorf("tookr: blocks nest %d levels deep, more than %d", d, cfg.maxDepth)
	}
	w := &writer{cfg: cfg, out: &okr.Content{Blocks: []okr.Block{}}}
	if doc.Title != "" {
		w.warns.Add(diag.Dropped, "title", "the OKR format has no document title")
	}
	w.path.Push("blocks", -1)
	w.blocks(doc.Blocks, 0)
	w.path.Pop()
	return w.out, w.warns.Warnings(), nil
}

type writer struct {
	cfg   *config
	out   *okr.Content
	warns diag.List
	path  diag.Path
	// galleryOpen says the last block written is a gallery that the next
	// image may join.
	galleryOpen bool
}

func (w *writer) warn(code diag.Code, format string, args ...any) {
	w.warns.Add(code, w.path.String(), format, args...)
}

// warnOnce gives a warning the first time only; key names it.
func (w *writer) warnOnce(key string, code diag.Code, format string, args ...any) {
	w.warns.AddOnce(key, code, w.path.String(), format, args...)
}

func (w *writer) emit(b okr.Block) {
	w.out.Blocks = append(w.out.Blocks, b)
	w.galleryOpen = false
}

// line writes a paragraph of elements; at a level above 0 it is an indented
// line ("indent" list style) at that level.
func (w *writer) line(els []okr.Element, level int) {
	if els == nil {
		els = []okr.Element{} // "elements": [], as the API writes an empty line
	}
	p := &okr.Paragraph{Elements: els}
	if level > 0 {
		p.Style = &okr.ParagraphStyle{List: &okr.List{Type: okr.ListIndent, IndentLevel: w.level(level)}}
	}
	w.emit(okr.Block{Type: okr.BlockParagraph, Paragraph: p})
}

// level clamps a list level to what OKR holds.
func (w *writer) level(l int) int {
	if l > okr.MaxIndentLevel {
		w.warnOnce("deep", diag.Approximated, "lists nest deeper than %d levels; the deeper items are written at level %d", okr.MaxIndentLevel, okr.MaxIndentLevel)
		return okr.MaxIndentLevel
	}
	return l
}

// plainLine writes text as one unstyled line.
func (w *writer) plainLine(text string, level int) {
	if text == "" {
		w.line([]okr.Element{}, level) // an empty line is a paragraph without elements
		return
	}
	w.line([]okr.Element{run(text, &okr.TextStyle{})}, level)
}

func run(text string, st *okr.TextStyle) okr.Element {
	return okr.Element{Type: okr.ElementTextRun, TextRun: &okr.TextRun{Text: text, Style: st}}
}

// blocks writes blocks at a level: 0 at the top, or the level of the list
// item (or quote) they continue, where paragraphs become indented lines.
func (w *writer) blocks(bs model.Blocks, level int) {
	for i, b := range bs {
		w.path.Push("", i)
		if i > 0 && level == 0 {
			if p, ok := b.(*model.Paragraph); ok && p.Indent > 0 {
				if l, ok := bs[i-1].(*model.List); ok && len(l.Items) > 0 {
					w.warn(diag.Approximated, "an indented paragraph right after a list reads back as part of the list's last item")
				}
			}
		}
		if l, ok := b.(*model.List); ok && i > 0 {
			if prev, ok := bs[i-1].(*model.List); ok {
				both := append(model.Flatten(prev, 1), model.Flatten(l, 1)...)
				if !sameShape(model.Blocks{prev, l}, model.Nest(both)) {
					w.warn(diag.Approximated, "a list right after another list joins it: OKR has nothing to tell them apart")
				}
			}
		}
		w.block(b, level)
		w.path.Pop()
	}
}

func (w *writer) block(b model.Block, level int) {
	switch b := b.(type) {
	case *model.Paragraph:
		w.paragraph(b, level)
	case *model.Heading:
		w.warn(diag.Approximated, "a heading is written as a bold paragraph")
		ins := make(model.Inlines, len(b.Inlines))
		for i, in := range b.Inlines {
			ins[i] = bolden(in)
		}
		w.paragraph(&model.Paragraph{Inlines: ins, Align: b.Align, Background: b.Background, CommentIDs: b.CommentIDs, Children: b.Children}, level)
	case *model.List:
		w.list(b, level)
	case *model.CodeBlock:
		w.warn(diag.Approximated, "a code block is written as plain lines, one paragraph each")
		for _, ln := range strings.Split(model.CodeText(b), "\n") {
			w.plainLine(ln, level)
		}
	case *model.Quote:
		w.warn(diag.Approximated, "a quote is written as lines indented one level deeper")
		w.path.Push("blocks", -1)
		w.blocks(b.Blocks, level+1)
		w.path.Pop()
	case *model.Callout:
		w.callout(b, level)
	case *model.Divider:
		w.warn(diag.Approximated, "a divider is written as a line of dashes")
		w.plainLine("———", level)
	case *model.Image:
		w.image(b)
	case *model.Gallery:
		imgs := make([]okr.Image, 0, len(b.Images))
		for i := range b.Images {
			w.path.Push("images", i)
			if im, ok := w.okrImage(&b.Images[i]); ok {
				imgs = append(imgs, im)
			}
			w.path.Pop()
		}
		w.emit(okr.Block{Type: okr.BlockGallery, Gallery: &okr.Gallery{ImageList: imgs}})
	case *model.Table:
		w.table(b, level)
	case *model.Grid:
		w.warn(diag.Approximated, "a grid is written column after column")
		for i := range b.Columns {
			w.path.Push("columns", i)
			w.path.Push("blocks", -1)
			w.blocks(b.Columns[i].Blocks, level)
			w.path.Pop()
			w.path.Pop()
		}
	case *model.Equation:
		w.warn(diag.Approximated, "an equation is written as its TeX source")
		w.plainLine(b.TeX, level)
	case *model.Embed:
		w.embed(b, level)
	case *model.Raw:
		w.raw(b)
	default:
		w.warn(diag.Unsupported, "%T is not a model block; left out", b)
	}
}

func bolden(in model.Inline) model.Inline {
	switch in := in.(type) {
	case *model.Text:
		c := *in
		c.Style.Bold = true
		return &c
	}
	return in
}

func (w *writer) paragraph(p *model.Paragraph, level int) {
	if p.Align != model.AlignNone && p.Align != model.AlignLeft {
		w.warn(diag.Dropped, "paragraph alignment has no place in OKR")
	}
	if !p.Background.IsZero() {
		w.warn(diag.Dropped, "a paragraph background has no place in OKR")
	}
	if p.Folded || len(p.CommentIDs) > 0 {
		w.warn(diag.Dropped, "folding and comments have no place in OKR")
	}
	els, lifted := w.inlines(p.Inlines)
	if p.Indent > 0 {
		level += p.Indent
	}
	w.line(els, level)
	w.lift(lifted)
	if len(p.Children) > 0 {
		w.warn(diag.Approximated, "blocks nested under a paragraph are written as lines indented below it")
		w.path.Push("children", -1)
		w.blocks(p.Children, level+1)
		w.path.Pop()
	}
}

// list writes a list as flat items: indentLevel is the nesting level
// (below the level of what it continues), ordered items carry their number.
func (w *writer) list(l *model.List, level int) {
	if l.Loose && !l.NeedsLoose() {
		w.warnOnce("loose", diag.Approximated, "a loose list (items set apart by blank lines) is written as an ordinary list; OKR has no such spacing")
	}
	flat := model.Flatten(l, level+1)
	if !sameShape(model.Blocks{l}, model.Nest(model.Flatten(l, 1))) {
		w.warn(diag.Approximated, "items that start with a nested list take another shape in OKR's flat lists (the levels they skip are filled with items of the deeper kind)")
	}
	for _, it := range flat {
		if it.Kind == model.Continuation {
			w.blocks(it.Blocks, it.Level)
			continue
		}
		lst := &okr.List{IndentLevel: w.level(it.Level)}
		switch it.Kind {
		case model.OrderedItem:
			lst.Type, lst.Number = okr.ListNumber, it.Number
			if it.Number < 1 {
				w.warn(diag.Approximated, "OKR numbers items from 1; item number %d is written as 1", it.Number)
				lst.Number = 1
			}
		case model.BulletItem:
			lst.Type = okr.ListBullet
		case model.TaskItem:
			lst.Type = okr.ListCheckBox
			if it.Checked {
				lst.Type = okr.ListCheckedBox
			}
		}
		rest := it.Blocks
		var els []okr.Element
		var lifted []*model.InlineImage
		if len(rest) > 0 {
			if p, ok := rest[0].(*model.Paragraph); ok && p.Indent == 0 && len(p.Children) == 0 {
				els, lifted = w.inlines(p.Inlines)
				rest = rest[1:]
			}
		}
		if els == nil {
			els = []okr.Element{}
		}
		w.emit(okr.Block{Type: okr.BlockParagraph, Paragraph: &okr.Paragraph{Elements: els, Style: &okr.ParagraphStyle{List: lst}}})
		w.lift(lifted)
		w.blocks(rest, it.Level)
	}
}

func (w *writer) callout(c *model.Callout, level int) {
	w.warn(diag.Approximated, "a callout is written as its paragraphs, the emoji before the first; its colors are left out")
	bs := c.Blocks
	if c.Emoji != "" {
		if ch, ok := emoji.Char(c.Emoji); ok {
			c = &model.Callout{Emoji: ch, Blocks: c.Blocks}
		}
		if len(bs) > 0 {
			if p, ok := bs[0].(*model.Paragraph); ok {
				first := *p
				first.Inlines = append(model.Inlines{&model.Text{Value: c.Emoji + " "}}, p.Inlines...)
				bs = append(model.Blocks{&first}, bs[1:]...)
			} else {
				w.plainLine(c.Emoji, level)
			}
		} else {
			w.plainLine(c.Emoji, level)
		}
	}
	w.path.Push("blocks", -1)
	w.blocks(bs, level)
	w.path.Pop()
}

func (w *writer) table(t *model.Table, level int) {
	w.warn(diag.Approximated, "a table is written as one line per row, cells separated by \" | \"")
	for r, row := range t.Rows {
		var els []okr.Element
		var lifted []*model.InlineImage
		for c, cell := range row.Cells {
			w.path.Push("rows", r)
			w.path.Push("cells", c)
			if c > 0 {
				els = append(els, run(" | ", &okr.TextStyle{}))
			}
			for k, b := range cell.Blocks {
				if k > 0 {
					els = append(els, run(" ", &okr.TextStyle{}))
				}
				var ins model.Inlines
				switch b := b.(type) {
				case *model.Paragraph:
					ins = b.Inlines
				case *model.Heading:
					ins = b.Inlines
				default:
					ins = model.Inlines{&model.Text{Value: strings.ReplaceAll(model.BlocksText(model.Blocks{b}), "\n", " ")}}
				}
				if (t.HeaderRow && r == 0) || (t.HeaderColumn && c == 0) {
					bold := make(model.Inlines, len(ins))
					for i, in := range ins {
						bold[i] = bolden(in)
					}
					ins = bold
				}
				e, l := w.inlines(ins)
				els, lifted = append(els, e...), append(lifted, l...)
			}
			w.path.Pop()
			w.path.Pop()
		}
		w.line(mergeRuns(els), level)
		w.lift(lifted)
	}
}

func (w *writer) embed(e *model.Embed, level int) {
	if len(e.Attrs) == 0 && len(e.Blocks) > 0 {
		// A bare container (an agenda, a synced block): its content says it all.
		w.warn(diag.Approximated, "a Feishu %s is written as its content", e.Kind)
		w.path.Push("blocks", -1)
		w.blocks(e.Blocks, level)
		w.path.Pop()
		return
	}
	label := model.EmbedLabel(e)
	w.warn(diag.Approximated, "a Feishu %s is written as a line naming it", e.Kind)
	st := &okr.TextStyle{}
	if u := e.Attrs["url"]; strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
		st.Link = &okr.Link{URL: u}
	}
	w.line([]okr.Element{run(label, st)}, level)
	if len(e.Blocks) > 0 {
		w.path.Push("blocks", -1)
		w.blocks(e.Blocks, level)
		w.path.Pop()
	}
}

func (w *writer) raw(r *model.Raw) {
	want := fromokr.RawFormat
	if w.cfg.v2 {
		want = fromokr.RawFormatV2
	}
	if r.Format != want {
		w.warn(diag.Dropped, "raw %s content cannot be written in OKR %s", r.Format, map[bool]string{false: "v1", true: "v2"}[w.cfg.v2])
		return
	}
	if !json.Valid([]byte(r.Content)) {
		w.warn(diag.Dropped, "raw OKR content is not valid JSON; left out")
		return
	}
	w.emit(okr.Block{Raw: json.RawMessage(r.Content)})
}

// image writes a picture; a picture right after a picture joins its gallery.
func (w *writer) image(im *model.Image) {
	oi, ok := w.okrImage(im)
	if !ok {
		return
	}
	if w.galleryOpen {
		g := w.out.Blocks[len(w.out.Blocks)-1].Gallery
		g.ImageList = append(g.ImageList, oi)
		w.warn(diag.Approximated, "an image right after an image joins its gallery")
		return
	}
	w.emit(okr.Block{Type: okr.BlockGallery, Gallery: &okr.Gallery{ImageList: []okr.Image{oi}}})
	w.galleryOpen = true
}

func (w *writer) okrImage(im *model.Image) (okr.Image, bool) {
	if im.URL == "" && im.Token == "" {
		w.warn(diag.Dropped, "an image with neither URL nor token cannot be written")
		return okr.Image{}, false
	}
	if im.Alt != "" || im.Title != "" || im.Caption != "" {
		w.warn(diag.Dropped, "image alt text, titles and captions have no place in OKR")
	}
	if im.Align != model.AlignNone {
		w.warn(diag.Dropped, "image alignment has no place in OKR")
	}
	return okr.Image{Src: im.URL, FileToken: im.Token, Width: im.Width, Height: im.Height}, true
}

// lift writes the pictures found inside text as a gallery after it.
func (w *writer) lift(imgs []*model.InlineImage) {
	for _, in := range imgs {
		w.image(&model.Image{URL: in.URL, Alt: in.Alt, Title: in.Title, Width: in.Width, Height: in.Height})
	}
}

// inlines converts runs and atoms into elements; pictures inside text are
// returned to go after the paragraph.
func (w *writer) inlines(ins model.Inlines) ([]okr.Element, []*model.InlineImage) {
	els := make([]okr.Element, 0, len(ins))
	var lifted []*model.InlineImage
	for i, in := range ins {
		w.path.Push("inlines", i)
		switch in := in.(type) {
		case *model.Text:
			if strings.ContainsAny(in.Value, "\n\r") {
				w.warn(diag.Approximated, "a newline inside text is written as a line break, the only newline OKR text has")
			}
			els = append(els, run(in.Value, w.style(in.Style)))
		case *model.Break:
			els = append(els, run("\n", w.style(in.Style)))
		case *model.SoftBreak:
			if sp := model.SoftBreakText(ins, i); sp != "" {
				els = append(els, run(sp, w.style(in.Style)))
			}
		case *model.Mention:
			els = append(els, w.mention(in))
		case *model.Math:
			w.warn(diag.Approximated, "inline math is written as its TeX source")
			els = append(els, run(in.TeX, w.style(in.Style)))
		case *model.Reminder:
			w.warn(diag.Approximated, "a reminder is written as its date")
			els = append(els, run(model.ReminderText(in), w.style(in.Style)))
		case *model.InlineImage:
			w.warn(diag.Approximated, "OKR has no images inside text; the image is written as a gallery after it")
			lifted = append(lifted, in)
		case *model.InlineFile:
			w.warn(diag.Approximated, "OKR has no files; the file's name is written as text")
			name := in.Name
			if name == "" {
				name = in.Token
			}
			els = append(els, run(name, w.style(in.Style)))
		case *model.RawInline:
			want := fromokr.RawFormat
			if w.cfg.v2 {
				want = fromokr.RawFormatV2
			}
			if in.Format != want || !json.Valid([]byte(in.Content)) {
				w.warn(diag.Dropped, "raw %s content cannot be written as OKR text", in.Format)
				break
			}
			els = append(els, okr.Element{Raw: json.RawMessage(in.Content)})
		default:
			w.warn(diag.Unsupported, "%T is not a model inline; left out", in)
		}
		w.path.Pop()
	}
	return mergeRuns(els), lifted
}

// mergeRuns drops empty text runs and joins adjacent ones of the same
// style, as a line break's "\n" next to its text.
func mergeRuns(els []okr.Element) []okr.Element {
	out := els[:0]
	var buf strings.Builder
	open := -1
	flush := func() {
		if open >= 0 {
			out[open].TextRun.Text = buf.String()
			buf.Reset()
			open = -1
		}
	}
	for _, e := range els {
		if e.TextRun != nil && e.Raw == nil {
			if e.TextRun.Text == "" {
				continue // an empty run reads back as nothing
			}
			if open >= 0 && sameStyle(out[open].TextRun.Style, e.TextRun.Style) {
				buf.WriteString(e.TextRun.Text)
				continue
			}
			flush()
			out = append(out, e)
			open = len(out) - 1
			buf.WriteString(e.TextRun.Text)
			continue
		}
		flush()
		out = append(out, e)
	}
	flush()
	return out
}

func sameStyle(a, b *okr.TextStyle) bool {
	if a == nil || b == nil {
		return a == b
	}
	eqColor := func(x, y *okr.Color) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	eqLink := func(x, y *okr.Link) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return a.Bold == b.Bold && a.StrikeThrough == b.StrikeThrough && eqColor(a.BackColor, b.BackColor) &&
		eqColor(a.TextColor, b.TextColor) && eqLink(a.Link, b.Link)
}

// style converts a run's style; OKR text is always written with a style,
// {} when plain, as the API's own examples are.
func (w *writer) style(s model.Style) *okr.TextStyle {
	st := &okr.TextStyle{Bold: s.Bold, StrikeThrough: s.Strikethrough}
	if s.Italic {
		w.warnOnce("italic", diag.Dropped, "italic has no place in OKR text")
	}
	if s.Underline {
		w.warnOnce("underline", diag.Dropped, "underline has no place in OKR text")
	}
	if s.Code {
		w.warnOnce("code", diag.Dropped, "inline code has no place in OKR text; written as plain text")
	}
	if s.Script != model.Baseline {
		w.warnOnce("script", diag.Dropped, "subscript and superscript have no place in OKR text")
	}
	if s.LinkTitle != "" {
		w.warnOnce("link-title", diag.Dropped, "link titles have no place in OKR")
	}
	if s.ExtraBold > 0 || s.ExtraItalic > 0 {
		w.warnOnce("extra-emphasis", diag.Approximated, "emphasis inside emphasis of the same kind is written once; OKR text is bold or not")
	}
	if s.CommentIDs != "" {
		w.warnOnce("comments", diag.Dropped, "comments have no place in OKR")
	}
	st.TextColor = w.color(s.Color, color.FontColor, "text color")
	st.BackColor = w.color(s.Background, color.FontBackground, "text background")
	if s.Link != "" {
		st.Link = &okr.Link{URL: s.Link}
	}
	return st
}

func (w *writer) color(c color.RGBA, p color.Palette, what string) *okr.Color {
	if c.IsZero() {
		return nil
	}
	if w.cfg.palette {
		m := p.Nearest(c)
		snapped, _ := p.Color(m.Index)
		if !m.Exact {
			w.warn(diag.Approximated, "%s %s is written as %s (ΔE %.1f)", what, c, p.Name(m.Index), m.Distance)
		}
		c = snapped
	}
	return &okr.Color{Red: int(c.R), Green: int(c.G), Blue: int(c.B), Alpha: c.A}
}

func (w *writer) mention(m *model.Mention) okr.Element {
	if m.Kind == model.MentionUser {
		if m.UserID == "" {
			w.warn(diag.Dropped, "a user mention without a user id is written as its name")
			return run(model.MentionLabel(m), w.style(m.Style))
		}
		if m.Style != (model.Style{}) {
			w.warnOnce("mention-style", diag.Dropped, "styles on mentions have no place in OKR")
		}
		return okr.Element{Type: okr.ElementPerson, Person: &okr.Person{OpenID: m.UserID}}
	}
	if m.URL == "" {
		w.warn(diag.Approximated, "a document mention without a URL is written as its title")
		return run(model.MentionLabel(m), w.style(m.Style))
	}
	if m.Style != (model.Style{}) {
		w.warnOnce("mention-style", diag.Dropped, "styles on mentions have no place in OKR")
	}
	return okr.Element{Type: okr.ElementDocsLink, DocsLink: &okr.DocsLink{URL: m.URL, Title: m.Title}}
}

// sameShape reports whether two block sequences have the same list
// structure: lists of the same kind and start, items of the same task state
// holding the same kinds of blocks, looseness aside.
func sameShape(a, b model.Blocks) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		la, okA := a[i].(*model.List)
		lb, okB := b[i].(*model.List)
		if okA != okB {
			return false
		}
		if !okA {
			if model.BlockType(a[i]) != model.BlockType(b[i]) {
				return false
			}
			continue
		}
		if la.Ordered != lb.Ordered || (la.Ordered && la.Start != lb.Start) || len(la.Items) != len(lb.Items) {
			return false
		}
		for j := range la.Items {
			x, y := &la.Items[j], &lb.Items[j]
			if x.Task != y.Task || x.Checked != y.Checked || !sameShape(x.Blocks, y.Blocks) {
				return false
			}
		}
	}
	return true
}
