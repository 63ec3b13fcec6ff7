package frommarkdown

import (
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/emoji"
	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
)

// Feishu's block tags (<callout>, <grid>, <lark-table>, embeds) arrive from
// goldmark as HTML blocks that open and close around ordinary Markdown
// blocks, or as one HTML block holding tags and text together. A collector
// turns that stream of tags and blocks into nested model blocks with a stack
// of open containers; the text between tags is parsed as Markdown.

// blockTags are the container tags and what they may sit in ("" for any
// block container).
var blockTags = map[string]string{
	"callout": "", "quote-container": "", "grid": "", "column": "grid",
	"lark-table": "", "lark-tr": "lark-table", "lark-td": "lark-tr", "lark-th": "lark-tr",
	"h7": "", "h8": "", "h9": "",
}

func isBlockTag(name string) bool {
	if _, ok := blockTags[name]; ok {
		return true
	}
	return name == "image" || model.IsEmbedKind(name)
}

// inlineTags are Feishu's inline tags: on a line of their own they start an
// HTML block that is really a paragraph. (Standard HTML tags like <u> on a
// line of their own stay raw HTML, as CommonMark says.)
var inlineTags = map[string]bool{
	"text": true, "mention-user": true, "mention-doc": true, "equation": true, "reminder": true,
}

type frame struct {
	tag  tag
	line string
	// flat is set for a container opened beyond the depth limit: its
	// content goes to the parent instead.
	flat    bool
	blocks  model.Blocks
	columns []model.GridColumn
	rows    []model.TableRow
	cells   []model.TableCell
}

type collector struct {
	r     *reader
	depth int
	stack []*frame // stack[0] is the container being converted
}

func newCollector(r *reader, depth int) *collector {
	return &collector{r: r, depth: depth, stack: []*frame{{}}}
}

func (c *collector) top() *frame { return c.stack[len(c.stack)-1] }

// add puts a block into the innermost open container. Content directly in a
// grid, table or row (outside any column or cell) gets a column or cell of
// its own, with a warning.
func (c *collector) add(b model.Block) {
	f := c.top()
	if r, ok := b.(*model.Raw); ok && len(c.stack) > 1 && r.Format == "html" && !textutil.HTMLBlockEnds(strings.TrimRight(r.Content, "\n")) {
		// An HTML block that does not end ("<!-- x" without "-->") took in
		// the rest of the source; inside a tag that closes after it, it
		// would take in the closing tag too once written back, so it is
		// kept as the text it shows.
		c.r.warns.Add(diag.Approximated, f.line, "raw HTML %q inside <%s> does not end its HTML block; read as text",
			textutil.FirstLine(r.Content), f.tag.name)
		for _, p := range model.TextParagraphs(r.Content) {
			c.add(p)
		}
		return
	}
	if f.flat {
		f.blocks = append(f.blocks, b)
		return
	}
	switch f.tag.name {
	case "grid":
		c.r.warns.Add(diag.Recovered, f.line, "content outside a <column> of a <grid> is put in a column of its own")
		f.columns = append(f.columns, model.GridColumn{Blocks: model.Blocks{b}})
	case "lark-table":
		c.r.warns.Add(diag.Recovered, f.line, "content outside a <lark-tr> of a <lark-table> is put in a row of its own")
		f.rows = append(f.rows, model.TableRow{Cells: []model.TableCell{{Blocks: model.Blocks{b}}}})
	case "lark-tr":
		c.r.warns.Add(diag.Recovered, f.line, "content outside a <lark-td> is put in a cell of its own")
		f.cells = append(f.cells, model.TableCell{Blocks: model.Blocks{b}})
	default:
		f.blocks = append(f.blocks, b)
	}
}

// paragraph adds a paragraph, taking Feishu block tags at its edges as the
// container events they are: "</callout>" right after the last line of a
// paragraph cannot start an HTML block, so goldmark leaves it in the
// paragraph; "<callout>text</callout>" on one line likewise.
func (c *collector) paragraph(p *model.Paragraph, n ast.Node) {
	start := 0
	if n.Lines().Len() > 0 {
		start = n.Lines().At(0).Start
	}
	// Leading tags may open or close containers ("<lark-td></lark-tr>"):
	// each is an event in order; a close left in the text would start an
	// HTML block when written back.
	var opens []tag
	for len(p.Inlines) > 0 {
		t, ok := blockTagInline(p.Inlines[0])
		if !ok || t.kind == html.SelfClosingTagToken || !isContainerTag(t.name) {
			break
		}
		opens = append(opens, t)
		p.Inlines = trimBreak(p.Inlines[1:], true)
	}
	var closes []tag
	var closesRaw []string
	for len(p.Inlines) > 0 {
		t, ok := blockTagInline(p.Inlines[len(p.Inlines)-1])
		if !ok || t.kind != html.EndTagToken || !isContainerTag(t.name) {
			break
		}
		closes = append(closes, t)
		closesRaw = append(closesRaw, p.Inlines[len(p.Inlines)-1].(*model.RawInline).Content)
		p.Inlines = trimBreak(p.Inlines[:len(p.Inlines)-1], false)
	}
	if len(opens) == 0 && len(closes) == 0 {
		c.add(p)
		return
	}
	for _, t := range opens {
		c.event(t, "")
	}
	// What is left between the tags reads back on lines of its own: when
	// its first line starts an HTML block ("<h7></callout>" leaves "<h7>"),
	// the rest is read again as Markdown, where that block ends where
	// its kind of HTML block ends.
	if rest, ok := c.sourceBetween(n, len(opens), closesRaw); ok && textutil.StartsHTMLBlock(strings.TrimLeft(textutil.FirstLine(rest), " ")) {
		c.markdown(rest, start)
		p.Inlines = nil
	} else if len(opens) > 0 {
		if raw := htmlBlockOf(p.Inlines); raw != nil {
			if !c.htmlSource(raw.Content, start) {
				c.add(raw)
			}
			p.Inlines = nil
		}
	}
	if len(p.Inlines) > 0 {
		c.add(p)
	}
	for i := len(closes) - 1; i >= 0; i-- { // collected from the end
		c.event(closes[i], "")
	}
}

// sourceBetween returns the source of paragraph n between its first open
// leading tags (each with the spaces and one line break after it) and the
// closing tags closes (raw, from the last) at its end; false when the tags
// are not where the inlines put them.
func (c *collector) sourceBetween(n ast.Node, open int, closes []string) (string, bool) {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.WriteString(c.r.s[seg.Start:seg.Stop])
	}
	s := b.String()
	for ; open > 0; open-- {
		_, m, ok := scanTag(strings.TrimLeft(s, " \t"))
		if !ok {
			return "", false
		}
		s = strings.TrimLeft(strings.TrimLeft(s, " \t")[m:], " \t")
		s = strings.TrimPrefix(s, "\n")
	}
	for _, raw := range closes {
		s = strings.TrimRight(s, " \t\n")
		if !strings.HasSuffix(s, raw) {
			return "", false
		}
		s = s[:len(s)-len(raw)]
	}
	return strings.TrimRight(s, " \t\n"), true
}

// htmlBlockOf returns the raw HTML block that inlines are, when they are
// raw HTML and line breaks only and start as an HTML block does: what is
// left of a line once a leading Feishu tag is taken off reads as it would
// on a line of its own ("<quote-container><b>" holds the block "<b>").
func htmlBlockOf(ins model.Inlines) *model.Raw {
	var b strings.Builder
	for _, in := range ins {
		switch in := in.(type) {
		case *model.RawInline:
			if in.Format != "html" {
				return nil
			}
			b.WriteString(in.Content)
		case *model.SoftBreak:
			b.WriteByte('\n')
		default:
			return nil
		}
	}
	s := b.String()
	first, _, _ := strings.Cut(s, "\n")
	if len(ins) == 0 || !textutil.StartsHTMLBlock(first) {
		return nil
	}
	return &model.Raw{Format: "html", Content: s + "\n"}
}

func blockTagInline(in model.Inline) (tag, bool) {
	raw, ok := in.(*model.RawInline)
	if !ok || raw.Format != "html" {
		return tag{}, false
	}
	return parseTag(raw.Content)
}

// isContainerTag reports whether name is a Feishu block tag that holds
// blocks.
func isContainerTag(name string) bool { return textutil.FeishuContainer(name) }

// trimBreak drops a line break (and the spaces of a run) left at the start
// or the end of inlines where a tag was taken off.
func trimBreak(ins model.Inlines, start bool) model.Inlines {
	if len(ins) == 0 {
		return ins
	}
	i := len(ins) - 1
	if start {
		i = 0
	}
	switch ins[i].(type) {
	case *model.SoftBreak, *model.Break:
		if start {
			return ins[1:]
		}
		return ins[:i]
	}
	return ins
}

func (c *collector) finish() model.Blocks {
	for len(c.stack) > 1 {
		f := c.top()
		c.r.warns.Add(diag.Recovered, f.line, "<%s> is not closed; closed at the end of its container", f.tag.name)
		c.close()
	}
	return c.stack[0].blocks
}

// htmlBlock handles an HTML block that holds Feishu tags, and reports
// whether it did; other HTML stays raw.
func (c *collector) htmlBlock(h *ast.HTMLBlock) bool {
	start := 0
	if h.Lines().Len() > 0 {
		start = h.Lines().At(0).Start
	}
	return c.htmlSource(c.r.htmlBlockText(h), start)
}

// htmlSource is htmlBlock for the text of an HTML block that starts at
// source offset start.
func (c *collector) htmlSource(src string, start int) bool {
	first := firstTag(src)
	switch {
	case first.name == "":
		return false
	case first.name == "br" && len(first.attrs) == 0:
		// A line holding only <br> is how a paragraph that starts with a
		// line break is written.
		c.inlineParagraph(src, start)
		return true
	case first.name == "image":
		if g := c.gallery(src, start); g != nil {
			c.add(g)
			return true
		}
		c.tagStream(html.NewTokenizer(strings.NewReader(src)), src, start)
		return true
	case isBlockTag(first.name) && (first.name != "iframe" || first.attrs["url"] != "" || first.kind == html.EndTagToken):
		c.tagStream(html.NewTokenizer(strings.NewReader(src)), src, start)
		return true
	case inlineTags[first.name]:
		c.inlineParagraph(src, start)
		return true
	}
	return false
}

// gallery reads an HTML block of two or more <image/> tags and nothing else
// as a gallery: pictures side by side, as the OKR format has them.
func (c *collector) gallery(src string, offset int) *model.Gallery {
	z := html.NewTokenizer(strings.NewReader(src))
	var tags []tag
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if len(tags) < 2 {
				return nil
			}
			g := &model.Gallery{}
			for _, t := range tags {
				g.Images = append(g.Images, *c.r.imageTag(&frame{tag: t, line: c.r.lineAt(offset)}))
			}
			return g
		case html.TextToken:
			if strings.TrimSpace(string(z.Text())) != "" {
				return nil
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			t := readTag(z, tt)
			if t.name != "image" {
				return nil
			}
			tags = append(tags, t)
		default:
			return nil
		}
	}
}

// firstTag returns the first tag of s, skipping spaces, or a zero tag when s
// starts with something else.
func firstTag(s string) tag {
	trimmed := strings.TrimLeft(s, " \t\n\f\r")
	if t, _, ok := scanTag(trimmed); ok {
		return t
	}
	if len(trimmed) < 2 || trimmed[0] != '<' || !isLetter(trimmed[1]) && trimmed[1] != '/' {
		return tag{} // text, a comment, a declaration or an instruction
	}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case html.TextToken:
			if strings.TrimSpace(string(z.Text())) != "" {
				return tag{}
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			return readTag(z, tt)
		default:
			return tag{}
		}
	}
}

// tagStream walks the tokens of an HTML block: block tags open and close
// containers; everything between them is Markdown.
func (c *collector) tagStream(z *html.Tokenizer, src string, base int) {
	pos := 0     // offset in src of the current token
	textAt := -1 // start of pending Markdown text, or -1
	flush := func(end int) {
		if textAt >= 0 {
			c.markdown(src[textAt:end], base+textAt)
			textAt = -1
		}
	}
	for {
		tt := z.Next()
		raw := len(z.Raw())
		if tt == html.ErrorToken {
			flush(len(src))
			return
		}
		if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
			t := readTag(z, tt)
			if isBlockTag(t.name) && (t.name != "iframe" || t.attrs["url"] != "" || tt == html.EndTagToken) {
				flush(pos)
				c.event(t, c.r.lineAt(base+pos))
				pos += raw
				continue
			}
		}
		if textAt < 0 {
			textAt = pos
		}
		pos += raw
	}
}

// markdown parses text found between block tags and adds its blocks.
func (c *collector) markdown(text string, offset int) {
	if strings.TrimSpace(text) == "" {
		return
	}
	text = dedent(text)
	line, _ := model.LineCol(c.r.src, offset)
	sub := &reader{cfg: c.r.cfg, warns: c.r.warns, src: []byte(text), s: text,
		lineBase: c.r.lineBase + line - 1, flattened: c.r.flattened}
	for _, b := range sub.blocks(sub.parse(sub.src), c.depth+len(c.stack)) {
		c.add(b)
	}
}

// inlineParagraph reads an HTML block that starts with an inline tag (a
// line holding only <mention-user/>, say) as a paragraph: a word joiner in
// front keeps goldmark from seeing an HTML block again, and is removed.
func (c *collector) inlineParagraph(src string, offset int) {
	const joiner = "\u2060"
	text := joiner + strings.TrimRight(src, "\n")
	line, _ := model.LineCol(c.r.src, offset)
	sub := &reader{cfg: c.r.cfg, warns: c.r.warns, src: []byte(text), s: text,
		lineBase: c.r.lineBase + line - 1, flattened: c.r.flattened}
	blocks := sub.blocks(sub.parse(sub.src), c.depth+len(c.stack))
	if len(blocks) > 0 {
		if p, ok := blocks[0].(*model.Paragraph); ok && len(p.Inlines) > 0 {
			if t, ok := p.Inlines[0].(*model.Text); ok {
				t.Value = strings.TrimPrefix(t.Value, joiner)
			}
		}
	}
	for _, b := range blocks {
		c.add(b)
	}
}

// dedent removes the indentation that all non-blank lines share, and blank
// lines at both ends: Feishu's exports indent cell content by six spaces.
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	common := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if common < 0 || n < common {
			common = n
		}
	}
	for i, l := range lines {
		if len(l) >= common {
			lines[i] = l[common:]
		} else {
			lines[i] = strings.TrimLeft(l, " \t")
		}
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n") + "\n"
}

// event handles one block tag.
func (c *collector) event(t tag, line string) {
	switch t.kind {
	case html.EndTagToken:
		for k := len(c.stack) - 1; k >= 1; k-- {
			if c.stack[k].tag.name == t.name {
				for len(c.stack)-1 > k {
					c.r.warns.Add(diag.Recovered, line, "<%s> closed by </%s>", c.top().tag.name, t.name)
					c.close()
				}
				c.close()
				return
			}
		}
		c.r.warns.Add(diag.Recovered, line, "</%s> without a matching open tag is ignored", t.name)
	case html.SelfClosingTagToken:
		c.open(t, line)
		c.close()
	case html.StartTagToken:
		// Leaf tags have no content even when written without "/>".
		if t.name == "image" || t.name == "file" || (model.IsEmbedKind(t.name) && !embedHasContent(t.name)) {
			c.open(t, line)
			c.close()
			return
		}
		c.open(t, line)
	}
}

// embedHasContent reports whether an embed tag may hold blocks.
func embedHasContent(kind string) bool { return textutil.FeishuEmbedWithContent(kind) }

func (c *collector) open(t tag, line string) {
	if parent, ok := blockTags[t.name]; ok && parent != "" && c.top().tag.name != parent {
		c.r.warns.Add(diag.Recovered, line, "<%s> outside a <%s>", t.name, parent)
	}
	flat := c.depth+len(c.stack) > c.r.cfg.maxDepth && holdsBlocks(t.name)
	if parent, ok := blockTags[t.name]; ok && parent != "" && c.top().tag.name == parent {
		flat = c.top().flat // a column, row or cell is part of its grid or table
	}
	if flat {
		c.r.warnFlattened(line)
	}
	c.stack = append(c.stack, &frame{tag: t, line: line, flat: flat})
}

// holdsBlocks reports whether a Feishu tag makes a container of blocks.
func holdsBlocks(name string) bool {
	switch name {
	case "image", "file", "h7", "h8", "h9":
		return false
	}
	return !model.IsEmbedKind(name) || embedHasContent(name)
}

// spill adds the content of a container opened beyond the depth limit to
// its parent, so that nesting stays bounded whatever the input.
func (c *collector) spill(f *frame) {
	for _, col := range f.columns {
		for _, b := range col.Blocks {
			c.add(b)
		}
	}
	for _, row := range f.rows {
		for _, cell := range row.Cells {
			for _, b := range cell.Blocks {
				c.add(b)
			}
		}
	}
	for _, cell := range f.cells {
		for _, b := range cell.Blocks {
			c.add(b)
		}
	}
	for _, b := range f.blocks {
		c.add(b)
	}
}

// close pops the innermost container and adds the block it made to its parent.
func (c *collector) close() {
	f := c.top()
	c.stack = c.stack[:len(c.stack)-1]
	if f.flat {
		c.spill(f)
		return
	}
	parent := c.top()
	r := c.r
	a := f.tag.attrs
	switch f.tag.name {
	case "callout":
		co := &model.Callout{Emoji: a["emoji"], Blocks: f.blocks}
		if ch, ok := emoji.Char(co.Emoji); ok {
			co.Emoji = ch // an emoji id, as Feishu's exports write some
		}
		co.Background = r.attrColor(f, color.CalloutBackground, "background-color")
		co.Border = r.attrColor(f, color.CalloutBorder, "border-color")
		co.Color = r.attrColor(f, color.FontColor, "text-color")
		r.unknownAttrs(f, "emoji", "background-color", "border-color", "text-color")
		c.add(co)
	case "quote-container":
		r.unknownAttrs(f)
		c.add(&model.Quote{Container: true, Blocks: f.blocks})
	case "grid":
		r.unknownAttrs(f, "cols")
		for _, b := range f.blocks {
			f.columns = append(f.columns, model.GridColumn{Blocks: model.Blocks{b}})
		}
		c.add(&model.Grid{Columns: f.columns})
	case "column":
		col := model.GridColumn{Blocks: f.blocks}
		if w, ok := a["width"]; ok {
			n, err := strconv.Atoi(strings.TrimSuffix(w, "%"))
			if err != nil || n < 0 || n > 100 {
				r.warns.Add(diag.Recovered, f.line, "column width %q is not a percentage; ignored", w)
			} else {
				col.WidthRatio = n
			}
		}
		r.unknownAttrs(f, "width")
		if parent.tag.name == "grid" {
			parent.columns = append(parent.columns, col)
		} else {
			for _, b := range col.Blocks {
				c.add(b)
			}
		}
	case "lark-table":
		c.add(r.larkTable(f))
	case "lark-tr":
		row := model.TableRow{Cells: f.cells}
		for _, b := range f.blocks {
			row.Cells = append(row.Cells, model.TableCell{Blocks: model.Blocks{b}})
		}
		r.unknownAttrs(f)
		if parent.tag.name == "lark-table" {
			parent.rows = append(parent.rows, row)
		} else {
			c.add(&model.Table{Rows: []model.TableRow{row}})
		}
	case "lark-td", "lark-th":
		cell := model.TableCell{Blocks: f.blocks}
		cell.RowSpan = r.attrInt(f, "rowspan")
		cell.ColSpan = r.attrInt(f, "colspan")
		r.unknownAttrs(f, "rowspan", "colspan")
		if parent.tag.name == "lark-tr" {
			parent.cells = append(parent.cells, cell)
		} else {
			for _, b := range cell.Blocks {
				c.add(b)
			}
		}
	case "h7", "h8", "h9":
		level := int(f.tag.name[1] - '0')
		h := &model.Heading{Level: level}
		for i, b := range f.blocks {
			p, ok := b.(*model.Paragraph)
			if !ok {
				r.warns.Add(diag.Recovered, f.line, "<%s> holds a %s; kept after the heading", f.tag.name, model.BlockType(b))
				c.add(b)
				continue
			}
			if i > 0 {
				h.Inlines = append(h.Inlines, &model.Break{})
			}
			h.Inlines = append(h.Inlines, p.Inlines...)
			h.Align = p.Align
		}
		c.add(h)
	case "image":
		c.add(r.imageTag(f))
	default: // embeds
		e := &model.Embed{Kind: f.tag.name, Blocks: f.blocks}
		if len(a) > 0 {
			e.Attrs = make(map[string]string, len(a))
			for k, v := range a {
				e.Attrs[k] = v
			}
		}
		c.add(e)
	}
}

func (r *reader) larkTable(f *frame) *model.Table {
	a := f.tag.attrs
	t := &model.Table{Rows: f.rows}
	t.HeaderRow = r.attrBool(f, "header-row")
	t.HeaderColumn = r.attrBool(f, "header-column")
	if w, ok := a["column-widths"]; ok {
		for _, part := range strings.Split(w, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(part))
			if err != nil || n < 0 {
				r.warns.Add(diag.Recovered, f.line, "column-widths %q is not a list of pixel widths; ignored", w)
				t.ColumnWidths = nil
				break
			}
			t.ColumnWidths = append(t.ColumnWidths, n)
		}
	}
	if len(f.blocks) > 0 {
		r.warns.Add(diag.Recovered, f.line, "content outside a <lark-tr> of a <lark-table> is put in a row of its own")
		for _, b := range f.blocks {
			t.Rows = append(t.Rows, model.TableRow{Cells: []model.TableCell{{Blocks: model.Blocks{b}}}})
		}
	}
	// rows and cols restate the shape; nothing to keep.
	r.unknownAttrs(f, "column-widths", "header-row", "header-column", "rows", "cols")
	return t
}

func (r *reader) imageTag(f *frame) *model.Image {
	a := f.tag.attrs
	im := &model.Image{URL: a["url"], Token: a["token"], Caption: a["caption"], Alt: a["alt"], Title: a["title"]}
	if !sizeAttr(a, "width", &im.Width) || !sizeAttr(a, "height", &im.Height) {
		r.warns.Add(diag.Recovered, f.line, "image size %q×%q is not a number; ignored", a["width"], a["height"])
		im.Width, im.Height = 0, 0
	}
	if v, ok := a["align"]; ok {
		al, ok := model.ParseAlign(v)
		if !ok {
			r.warns.Add(diag.Recovered, f.line, "image align %q is not left, center or right; ignored", v)
		}
		im.Align = al
	}
	if im.URL == "" && im.Token == "" {
		r.warns.Add(diag.Recovered, f.line, "<image> without url or token")
	}
	r.unknownAttrs(f, "url", "token", "width", "height", "align", "caption", "alt", "title")
	return im
}

func (r *reader) attrColor(f *frame, p color.Palette, key string) color.RGBA {
	v, ok := f.tag.attrs[key]
	if !ok {
		return color.RGBA{}
	}
	c, err := color.ResolveName(p, v)
	if err != nil {
		// Feishu's exports write border colors with the fill's name
		// ("light-green"); the border palette has the plain hue.
		for _, prefix := range []string{"light-", "dark-", "medium-"} {
			if hue, ok := strings.CutPrefix(v, prefix); ok {
				if c, err := color.ResolveName(p, hue); err == nil {
					r.warns.Add(diag.Approximated, f.line, "<%s %s=%q> is read as %q", f.tag.name, key, v, hue)
					return c
				}
			}
		}
		r.warns.Add(diag.Recovered, f.line, "<%s %s=%q>: not a color; ignored", f.tag.name, key, v)
	}
	return c
}

func (r *reader) attrInt(f *frame, key string) int {
	v, ok := f.tag.attrs[key]
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 {
		r.warns.Add(diag.Recovered, f.line, "<%s %s=%q>: not a count; ignored", f.tag.name, key, v)
		return 0
	}
	return min(n, model.MaxRowSpan)
}

func (r *reader) attrBool(f *frame, key string) bool {
	v, ok := f.tag.attrs[key]
	if !ok {
		return false
	}
	switch v {
	case "true", "":
		return true
	case "false":
		return false
	}
	r.warns.Add(diag.Recovered, f.line, "<%s %s=%q>: not true or false; read as false", f.tag.name, key, v)
	return false
}

// unknownAttrs warns about attributes the reader does not keep.
func (r *reader) unknownAttrs(f *frame, known ...string) {
	for _, k := range f.tag.order {
		found := false
		for _, n := range known {
			if n == k {
				found = true
				break
			}
		}
		if !found {
			r.warns.Add(diag.Dropped, f.line, "<%s> attribute %q is not understood; dropped", f.tag.name, k)
		}
	}
}

// headingTag turns a paragraph of the form <h7>…</h7> into a heading.
func headingTag(ins model.Inlines) *model.Heading {
	// The attribute list after </h7> leaves a space behind.
	if n := len(ins); n > 0 {
		if t, ok := ins[n-1].(*model.Text); ok && strings.TrimSpace(t.Value) == "" {
			ins = ins[:n-1]
		}
	}
	if len(ins) < 2 {
		return nil
	}
	first, ok1 := ins[0].(*model.RawInline)
	last, ok2 := ins[len(ins)-1].(*model.RawInline)
	if !ok1 || !ok2 || first.Format != "html" || last.Format != "html" {
		return nil
	}
	open, ok1 := parseTag(first.Content)
	end, ok2 := parseTag(last.Content)
	if !ok1 || !ok2 || open.kind != html.StartTagToken || end.kind != html.EndTagToken || open.name != end.name ||
		len(open.attrs) > 0 || len(open.name) != 2 || open.name[0] != 'h' || open.name[1] < '7' || open.name[1] > '9' {
		return nil
	}
	return &model.Heading{Level: int(open.name[1] - '0'), Inlines: ins[1 : len(ins)-1]}
}

// alert reads a GitHub alert: a block quote whose first line is [!NOTE],
// [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION].
func (r *reader) alert(bq *ast.Blockquote, depth int) *model.Callout {
	p, ok := bq.FirstChild().(*ast.Paragraph)
	if !ok || p.Lines().Len() == 0 {
		return nil
	}
	first := strings.TrimSpace(r.str(p.Lines().At(0)))
	if len(first) < 5 || first[0] != '[' || first[1] != '!' || first[len(first)-1] != ']' {
		return nil
	}
	kind := strings.ToUpper(first[2 : len(first)-1])
	co, ok := model.AlertCallout(kind)
	if !ok {
		return nil
	}
	blocks := r.blocks(bq, depth+1)
	// Drop the marker and the line break after it from the first paragraph.
	if len(blocks) > 0 {
		if fp, ok := blocks[0].(*model.Paragraph); ok {
			fp.Inlines = dropMarker(fp.Inlines, first)
			if len(fp.Inlines) == 0 {
				blocks = blocks[1:]
			}
		}
	}
	co.Blocks = blocks
	return co
}

func dropMarker(ins model.Inlines, marker string) model.Inlines {
	var b strings.Builder
	for i, in := range ins {
		switch t := in.(type) {
		case *model.Text:
			b.WriteString(t.Value)
			if strings.TrimSpace(b.String()) == marker {
				rest := ins[i+1:]
				if len(rest) > 0 {
					switch rest[0].(type) {
					case *model.SoftBreak, *model.Break:
						rest = rest[1:]
					}
				}
				return rest
			}
		default:
			return ins
		}
	}
	return ins
}
