package todocx

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/internal/embedmap"
	"github.com/richtext-go/richtext/internal/emoji"
	"github.com/richtext-go/richtext/model"
)

// block writes one model block and returns the blocks it made at parent's
// level. seenOrdered says an ordered list came earlier among its siblings,
// which a following ordered list must not run on from.
func (w *writer) block(b model.Block, parent *docx.Block, ctx container, seenOrdered bool) []*docx.Block {
	switch b := b.(type) {
	case *model.Paragraph:
		return w.paragraph(b, parent)
	case *model.Heading:
		level := b.Level
		if level < 1 || level > 9 {
			w.warn(diag.Approximated, "heading level %d is written as %d", level, min(max(level, 1), 9))
			level = min(max(level, 1), 9)
		}
		blk := w.newBlock(parent, docx.BlockHeading1+docx.BlockType(level-1))
		text, lifted := w.text(b.Inlines, false)
		text.Style = w.textStyle(b.Align, b.Background, 0, b.Folded)
		blk.SetText(text)
		blk.CommentIDs = b.CommentIDs
		w.path.Push("children", -1)
		w.convert(b.Children, blk, ctxOther)
		w.path.Pop()
		return append([]*docx.Block{blk}, w.lift(lifted, parent)...)
	case *model.List:
		return w.list(b, parent, seenOrdered)
	case *model.CodeBlock:
		blk := w.newBlock(parent, docx.BlockCode)
		if b.Meta != "" {
			w.warn(diag.Dropped, "code info %q after the language has no place in Docx", b.Meta)
		}
		text, _ := w.text(b.Inlines, true)
		st := &docx.TextStyle{Wrap: b.Wrap}
		if b.Language != "" {
			st.Language = w.language(b.Language)
		}
		text.Style = st
		blk.Code = text
		blk.CommentIDs = b.CommentIDs
		return []*docx.Block{blk}
	case *model.Quote:
		// The grids are spliced, with their warnings, only when the quote
		// is written as text; as a container each grid warns for itself.
		if bs, ones := spliceGrids(b.Blocks); !b.Container && len(bs) <= 1 {
			p, ok := &model.Paragraph{}, true
			if len(bs) == 1 {
				p, ok = bs[0].(*model.Paragraph)
			}
			if ok {
				for range ones {
					w.warn(diag.Approximated, gridOfOne)
				}
				blk := w.newBlock(parent, docx.BlockQuote)
				text, lifted := w.text(p.Inlines, false)
				text.Style = w.textStyle(p.Align, p.Background, p.Indent, p.Folded)
				blk.Quote = text
				blk.CommentIDs = p.CommentIDs
				w.path.Push("blocks", 0)
				w.convert(p.Children, blk, ctxOther)
				w.path.Pop()
				return append([]*docx.Block{blk}, w.lift(lifted, parent)...)
			}
		}
		blk := w.newBlock(parent, docx.BlockQuoteContainer)
		blk.QuoteContainer = &docx.Empty{}
		w.children(b.Blocks, blk, ctxOther)
		return []*docx.Block{blk}
	case *model.Callout:
		return w.container(parent, ctx, func() *docx.Block { return w.callout(b, parent) })
	case *model.Divider:
		blk := w.newBlock(parent, docx.BlockDivider)
		blk.Divider = &docx.Empty{}
		return []*docx.Block{blk}
	case *model.Image:
		return []*docx.Block{w.image(b, parent)}
	case *model.Gallery:
		w.warn(diag.Approximated, "a gallery is written as a grid of images")
		var made []*docx.Block
		for start := 0; start < len(b.Images); start += 5 {
			end := min(start+5, len(b.Images))
			g := &model.Grid{}
			for i := start; i < end; i++ {
				im := b.Images[i]
				g.Columns = append(g.Columns, model.GridColumn{Blocks: model.Blocks{&im}})
			}
			if len(g.Columns) == 1 {
				made = append(made, w.image(&b.Images[start], parent))
				continue
			}
			made = append(made, w.container(parent, ctx, func() *docx.Block { return w.grid(g, parent) })...)
		}
		return made
	case *model.Table:
		return w.container(parent, ctx, func() *docx.Block { return w.table(b, parent) })
	case *model.Grid:
		switch {
		case len(b.Columns) == 0:
			return nil
		case len(b.Columns) == 1:
			w.warn(diag.Approximated, gridOfOne)
			return w.convert(b.Columns[0].Blocks, parent, ctx)
		}
		return w.container(parent, ctx, func() *docx.Block { return w.grid(b, parent) })
	case *model.Equation:
		return w.paragraph(&model.Paragraph{Inlines: model.Inlines{&model.Math{TeX: b.TeX}}}, parent)
	case *model.Embed:
		return w.embed(b, parent)
	case *model.Raw:
		return w.raw(b, parent)
	}
	w.warn(diag.Unsupported, "%T is not a model block; left out", b)
	return nil
}

func (w *writer) paragraph(p *model.Paragraph, parent *docx.Block) []*docx.Block {
	blk := w.newBlock(parent, docx.BlockText)
	text, lifted := w.text(p.Inlines, false)
	text.Style = w.textStyle(p.Align, p.Background, p.Indent, p.Folded)
	blk.Text = text
	blk.CommentIDs = p.CommentIDs
	w.path.Push("children", -1)
	w.convert(p.Children, blk, ctxOther)
	w.path.Pop()
	return append([]*docx.Block{blk}, w.lift(lifted, parent)...)
}

// lift writes images that were inside a run of text as image blocks after
// it: Docx has no inline images.
func (w *writer) lift(ims []*model.InlineImage, parent *docx.Block) []*docx.Block {
	var made []*docx.Block
	for _, im := range ims {
		made = append(made, w.image(&model.Image{URL: im.URL, Alt: im.Alt, Title: im.Title, Width: im.Width, Height: im.Height}, parent))
	}
	return made
}

func (w *writer) children(bs model.Blocks, parent *docx.Block, ctx container) {
	w.path.Push("blocks", -1)
	w.convert(bs, parent, ctx)
	w.path.Pop()
}

// textStyle builds a text block's style, or nil when it has none.
func (w *writer) textStyle(a model.Align, bg color.RGBA, indent int, folded bool) *docx.TextStyle {
	st := &docx.TextStyle{Align: docxAlign(a), Folded: folded}
	if !bg.IsZero() {
		m := color.BlockBackground.Nearest(bg)
		if !m.Exact {
			w.warn(diag.Approximated, "block background %s is written as %s (ΔE %.1f)", bg, color.BlockBackground.Name(m.Index), m.Distance)
		}
		st.BackgroundColor = color.BlockBackground.Key(m.Index)
	}
	if indent > 0 {
		st.IndentationLevel = "OneLevelIndent"
		if indent > 1 {
			w.warn(diag.Approximated, "indentation level %d is written as one level, the deepest Docx has", indent)
		}
	}
	if *st == (docx.TextStyle{}) {
		return nil
	}
	return st
}

func docxAlign(a model.Align) docx.Align {
	switch a {
	case model.AlignLeft:
		return docx.AlignLeft
	case model.AlignCenter:
		return docx.AlignCenter
	case model.AlignRight:
		return docx.AlignRight
	}
	return 0
}

// list writes each item as a bullet, ordered or todo block: its first
// paragraph is the block's text, the rest of the item its children. An
// ordered list that does not start at 1, or comes after another ordered
// list among its siblings, says its start in the first item's sequence:
// Feishu would otherwise be free to continue the earlier count.
func (w *writer) list(l *model.List, parent *docx.Block, seenOrdered bool) []*docx.Block {
	continues := w.continues
	w.continues = false
	var made []*docx.Block
	for i := 1; i < len(l.Items); i++ {
		if itemType(l, i) != itemType(l, i-1) {
			w.warn(diag.Approximated, "a list mixing task and plain items is written as todo and bullet blocks, which read back as separate lists")
			break
		}
	}
	if l.Loose && !l.NeedsLoose() {
		w.warnOnce("loose", diag.Approximated, "a loose list (items set apart by blank lines) is written as an ordinary list; Docx has no such spacing")
	}
	w.path.Push("items", -1)
	for i, it := range l.Items {
		w.path.Push("", i)
		t := docx.BlockBullet
		switch {
		case it.Task:
			t = docx.BlockTodo
			if l.Ordered {
				w.warnOnce("ordered-task", diag.Approximated, "an ordered task item is written as a todo, which has no number")
			}
		case l.Ordered:
			t = docx.BlockOrdered
		}
		blk := w.newBlock(parent, t)
		rest := w.spliceGrids(it.Blocks)
		if len(rest) > 1 && blankParagraph(rest[0]) {
			if _, ok := rest[1].(*model.Paragraph); ok {
				// Docx would give the item an empty text and the paragraph
				// as a child, which reads back as the item's own text.
				w.warn(diag.Approximated, "the empty first paragraph of a list item is left out")
				rest = rest[1:]
			}
		}
		p := &model.Paragraph{}
		if len(rest) > 0 {
			if first, ok := rest[0].(*model.Paragraph); ok {
				p, rest = first, rest[1:]
			}
		}
		text, lifted := w.text(p.Inlines, false)
		st := w.textStyle(p.Align, p.Background, p.Indent, p.Folded)
		if st == nil {
			st = &docx.TextStyle{}
		}
		if it.Task {
			st.Done = it.Checked
		}
		if t == docx.BlockOrdered && i == 0 && !continues && (l.Start != 1 || seenOrdered) {
			st.Sequence = strconv.Itoa(l.Start)
		}
		if *st != (docx.TextStyle{}) {
			text.Style = st
		}
		blk.SetText(text)
		blk.CommentIDs = p.CommentIDs
		w.path.Push("blocks", -1)
		w.convert(p.Children, blk, ctxOther)
		w.convert(rest, blk, ctxOther)
		w.path.Pop()
		w.lift(lifted, blk) // images from the item's text become its children
		made = append(made, blk)
		w.path.Pop()
	}
	w.path.Pop()
	return made
}

// language maps a canonical language name to the enum, approximating
// relatives ("zsh" → Shell) and falling back to plain text.
func (w *writer) language(name string) docx.CodeLanguage {
	if l, ok := docx.LanguageByName(model.CanonicalLanguage(name)); ok {
		return l
	}
	if l, ok := docx.NearestLanguage(name); ok {
		w.warn(diag.Approximated, "code language %q is written as %s", name, l)
		return l
	}
	w.warn(diag.Approximated, "code language %q has no Docx value; written as PlainText", name)
	return 1
}

func (w *writer) callout(c *model.Callout, parent *docx.Block) *docx.Block {
	blk := w.newBlock(parent, docx.BlockCallout)
	p := &docx.Callout{}
	if c.Emoji != "" {
		if id, ok := emoji.ID(c.Emoji); ok {
			p.EmojiID = id
		} else if isEmojiID(c.Emoji) {
			p.EmojiID = c.Emoji
		} else {
			w.warn(diag.Approximated, "emoji %q has no Feishu emoji id; written as bulb", c.Emoji)
			p.EmojiID = "bulb"
		}
	}
	p.BackgroundColor = w.snap(color.CalloutBackground, c.Background, "callout background")
	p.BorderColor = w.snap(color.CalloutBorder, c.Border, "callout border")
	p.TextColor = w.snap(color.FontColor, c.Color, "callout text color")
	blk.Callout = p
	w.children(c.Blocks, blk, ctxCallout)
	w.atLeastOneChild(blk)
	return blk
}

// isEmojiID reports whether s looks like a Feishu emoji id ("dizzy").
func isEmojiID(s string) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '+') {
			return false
		}
	}
	return s != ""
}

// snap returns the palette index nearest to c, warning when it is not the
// same color; 0 for no color.
func (w *writer) snap(p color.Palette, c color.RGBA, what string) int {
	if c.IsZero() {
		return 0
	}
	m := p.Nearest(c)
	if !m.Exact {
		w.warn(diag.Approximated, "%s %s is written as %s (ΔE %.1f)", what, c, p.Name(m.Index), m.Distance)
	}
	return m.Index
}

// atLeastOneChild gives a cell, column or callout the empty text block the
// API requires when it has no children.
func (w *writer) atLeastOneChild(blk *docx.Block) {
	if len(blk.Children) == 0 {
		t := w.newBlock(blk, docx.BlockText)
		t.Text = &docx.Text{Elements: []*docx.TextElement{{TextRun: &docx.TextRun{}}}}
	}
}

func (w *writer) image(im *model.Image, parent *docx.Block) *docx.Block {
	blk := w.newBlock(parent, docx.BlockImage)
	p := &docx.Image{Token: im.Token, Align: docxAlign(im.Align)}
	p.Width, p.Height = w.pixels(im.Width), w.pixels(im.Height)
	if im.Caption != "" {
		p.Caption = &docx.Caption{Content: im.Caption}
	}
	if im.Alt != "" || im.Title != "" {
		w.warnOnce("image-alt", diag.Dropped, "image alt text and titles have no place in Docx")
	}
	if im.URL != "" {
		w.images = append(w.images, docx.ImageURL{BlockID: blk.BlockID, ImageURL: im.URL})
	}
	blk.Image = p
	return blk
}

func (w *writer) pixels(f float64) int {
	n := int(math.Round(f))
	if float64(n) != f {
		w.warnOnce("pixels", diag.Approximated, "image sizes are rounded to whole pixels")
	}
	return n
}

// table writes a table and its cells row-major, every position a cell: the
// positions a merged cell covers get empty cells, as the API keeps them.
func (w *writer) table(t *model.Table, parent *docx.Block) *docx.Block {
	blk := w.newBlock(parent, docx.BlockTable)
	g := t.Grid()
	prop := &docx.TableProperty{RowSize: g.Rows, ColumnSize: g.Cols, HeaderRow: t.HeaderRow, HeaderColumn: t.HeaderColumn}
	if len(t.ColumnWidths) > 0 {
		prop.ColumnWidth = make([]int, g.Cols)
		for i := range prop.ColumnWidth {
			prop.ColumnWidth[i] = 100
			if i < len(t.ColumnWidths) {
				prop.ColumnWidth[i] = t.ColumnWidths[i]
			}
		}
	}
	if g.Cols > 100 || g.Rows*g.Cols > 2000 {
		w.warn(diag.Unsupported, "a table of %d×%d cells is beyond the API's 100 columns and 2000 cells", g.Rows, g.Cols)
	}
	if len(t.ColumnAligns) > 0 {
		w.warnOnce("column-align", diag.Approximated, "GFM column alignment is written as the alignment of each cell's paragraphs")
	}
	merged := false
	blk.Table = &docx.Table{Property: prop}
	w.path.Push("rows", -1)
	for r := 0; r < g.Rows; r++ {
		for c := 0; c < g.Cols; c++ {
			cellBlk := w.newBlock(blk, docx.BlockTableCell)
			cellBlk.TableCell = &docx.Empty{}
			blk.Table.Cells = append(blk.Table.Cells, cellBlk.BlockID)
			mi := docx.MergeInfo{RowSpan: 1, ColSpan: 1}
			if ref := g.At[r][c]; ref != nil && ref.Origin {
				cell := &t.Rows[ref.Row].Cells[ref.Index]
				mi.RowSpan, mi.ColSpan = max(cell.RowSpan, 1), max(cell.ColSpan, 1)
				merged = merged || mi.RowSpan > 1 || mi.ColSpan > 1
				blocks := cell.Blocks
				if c < len(t.ColumnAligns) && t.ColumnAligns[c] != model.AlignNone && t.ColumnAligns[c] != model.AlignLeft {
					blocks = aligned(blocks, t.ColumnAligns[c])
				}
				w.path.Push("", ref.Row)
				w.path.Push("cells", ref.Index)
				w.path.Push("blocks", -1)
				w.convert(blocks, cellBlk, ctxCell)
				w.path.Truncate(w.path.Len() - 3)
			}
			w.atLeastOneChild(cellBlk)
			prop.MergeInfo = append(prop.MergeInfo, mi)
		}
	}
	w.path.Pop()
	if !merged {
		prop.MergeInfo = nil
	}
	return blk
}

// aligned returns copies of the paragraphs of blocks with alignment a.
func aligned(bs model.Blocks, a model.Align) model.Blocks {
	out := make(model.Blocks, len(bs))
	for i, b := range bs {
		if p, ok := b.(*model.Paragraph); ok && p.Align == model.AlignNone {
			c := *p
			c.Align = a
			out[i] = &c
			continue
		}
		out[i] = b
	}
	return out
}

func (w *writer) grid(g *model.Grid, parent *docx.Block) *docx.Block {
	cols := g.Columns
	if len(cols) > 5 {
		w.warn(diag.Approximated, "a grid of %d columns is written with 5, the last holding the rest", len(cols))
		last := model.GridColumn{WidthRatio: 0}
		for _, c := range cols[4:] {
			last.Blocks = append(last.Blocks, c.Blocks...)
		}
		cols = append(append([]model.GridColumn(nil), cols[:4]...), last)
	}
	blk := w.newBlock(parent, docx.BlockGrid)
	blk.Grid = &docx.Grid{ColumnSize: len(cols)}
	w.path.Push("columns", -1)
	for i, c := range cols {
		w.path.Push("", i)
		col := w.newBlock(blk, docx.BlockGridColumn)
		col.GridColumn = &docx.GridColumn{WidthRatio: c.WidthRatio}
		w.children(c.Blocks, col, ctxColumn)
		w.atLeastOneChild(col)
		w.path.Pop()
	}
	w.path.Pop()
	return blk
}

func (w *writer) embed(e *model.Embed, parent *docx.Block) []*docx.Block {
	switch e.Kind {
	case "iframe":
		blk := w.newBlock(parent, docx.BlockIframe)
		comp := &docx.IframeComponent{URL: docx.EncodeURL(e.Attrs["url"])}
		if v, ok := e.Attrs["type"]; ok {
			n, err := strconv.Atoi(v)
			if err != nil {
				w.warn(diag.Dropped, "iframe type %q is not a number; left out", v)
			}
			comp.IframeType = docx.IframeComponentType(n)
		}
		for k := range e.Attrs {
			if k != "url" && k != "type" {
				w.warn(diag.Dropped, "iframe attribute %q has no place in Docx", k)
			}
		}
		blk.Iframe = &docx.Iframe{Component: comp}
		w.children(e.Blocks, blk, ctxOther)
		return []*docx.Block{blk}
	case "file":
		// A file block lives in a view block, which holds its view type.
		view := w.newBlock(parent, docx.BlockView)
		view.View = &docx.View{}
		attrs := map[string]string{}
		for k, v := range e.Attrs {
			if k == "view-type" {
				n, err := strconv.Atoi(v)
				if err != nil {
					w.warn(diag.Dropped, "file view-type %q is not a number; left out", v)
				}
				view.View.ViewType = n
				continue
			}
			attrs[k] = v
		}
		spec, _ := embedmap.ByKind("file")
		file := w.newBlock(view, docx.BlockFile)
		w.payload(file, spec, attrs)
		w.children(e.Blocks, file, ctxOther)
		return []*docx.Block{view}
	}
	spec, ok := embedmap.ByKind(e.Kind)
	if !ok {
		w.warn(diag.Unsupported, "embed kind %q has no Docx block; its name is written as text", e.Kind)
		return w.paragraph(&model.Paragraph{Inlines: model.Inlines{&model.Text{Value: "[" + e.Kind + "]"}}}, parent)
	}
	blk := w.newBlock(parent, spec.Type)
	w.payload(blk, spec, e.Attrs)
	w.children(e.Blocks, blk, ctxOther)
	return []*docx.Block{blk}
}

// payload fills a block's typed payload from embed attributes.
func (w *writer) payload(blk *docx.Block, spec embedmap.Spec, attrs map[string]string) {
	data, bad := embedmap.FromAttrs(spec, attrs)
	for _, a := range bad {
		w.warn(diag.Dropped, "%s attribute %q=%q has no place in Docx", spec.Kind, a, attrs[a])
	}
	// A block's payload member is named by its type: unmarshal the member
	// into the block.
	wrapped := []byte(`{"` + spec.Type.PayloadKey() + `":` + string(data) + `}`)
	if err := json.Unmarshal(wrapped, blk); err != nil {
		w.warn(diag.Dropped, "%s attributes do not fit the Docx payload: %v", spec.Kind, err)
	}
}

// raw writes Docx JSON kept by the reader: the block and its subtree, with
// fresh ids.
func (w *writer) raw(r *model.Raw, parent *docx.Block) []*docx.Block {
	if r.Format != "docx" {
		w.warn(diag.Dropped, "raw %s content cannot be written as Docx blocks", r.Format)
		return nil
	}
	var bs []docx.Block
	if err := json.Unmarshal([]byte(r.Content), &bs); err != nil || len(bs) == 0 {
		w.warn(diag.Dropped, "raw Docx content is not a list of blocks; left out")
		return nil
	}
	if t := bs[0].BlockType; w.cfg.descendants && (t == docx.BlockUndefined || !t.Known()) {
		w.warn(diag.Dropped, "a Docx block of type %d cannot be created through the API; it and its %d descendants are left out", t, len(bs)-1)
		return nil
	}
	// Blocks without an id, or with one already taken, cannot be told
	// apart as children: they are left out, after the first block.
	ids := map[string]string{}
	kept := bs[:1]
	ids[bs[0].BlockID] = w.next()
	for _, b := range bs[1:] {
		if _, dup := ids[b.BlockID]; dup || b.BlockID == "" {
			w.warn(diag.Dropped, "a block without an id, or with a repeated one, inside raw Docx content is left out")
			continue
		}
		ids[b.BlockID] = w.next()
		kept = append(kept, b)
	}
	bs = kept
	// A block's parent is the block listing it as a child (the reader
	// trusts children over parent_id too).
	parentOf := map[string]string{}
	for i := range bs {
		for _, c := range bs[i].Children {
			if _, ok := parentOf[c]; !ok && c != bs[i].BlockID {
				parentOf[c] = bs[i].BlockID
			}
		}
	}
	var made []*docx.Block
	for i := range bs {
		b := bs[i]
		b.BlockID = ids[b.BlockID]
		p, listed := parentOf[bs[i].BlockID]
		if !listed {
			p = b.ParentID
		}
		newParent, inside := ids[p]
		switch {
		case i == 0 || !inside:
			b.ParentID = ""
			if parent != nil {
				b.ParentID = parent.BlockID
				parent.Children = append(parent.Children, b.BlockID)
			}
			made = append(made, &b)
		default:
			b.ParentID = newParent
		}
		kids := b.Children[:0:0]
		for _, c := range b.Children {
			if n, ok := ids[c]; ok {
				kids = append(kids, n)
			}
		}
		b.Children = kids
		if b.Table != nil {
			cells := b.Table.Cells[:0:0]
			for _, c := range b.Table.Cells {
				if n, ok := ids[c]; ok {
					cells = append(cells, n)
				}
			}
			b.Table.Cells = cells
		}
		w.blocks = append(w.blocks, &b)
		w.byID[b.BlockID] = &b
	}
	return made
}

// text builds a Text payload from inlines. Images inside the text are
// returned to be written as blocks after it.
func (w *writer) text(ins model.Inlines, code bool) (*docx.Text, []*model.InlineImage) {
	t := &docx.Text{Elements: make([]*docx.TextElement, 0, len(ins))}
	var lifted []*model.InlineImage
	// Runs of the same style, as a line break's "\n" next to text, become
	// one run; its text collects in buf until a run of another style or
	// another element comes.
	var buf strings.Builder
	var open *docx.TextRun
	flush := func() {
		if open != nil {
			open.Content = buf.String()
			buf.Reset()
			open = nil
		}
	}
	add := func(el *docx.TextElement) {
		if run := el.TextRun; run != nil && run.Content == "" {
			return // an empty run reads back as nothing
		}
		if run := el.TextRun; run != nil {
			if open != nil && sameStyle(open.TextElementStyle, run.TextElementStyle) {
				buf.WriteString(run.Content)
				return
			}
			flush()
			open = run
			buf.WriteString(run.Content)
		} else {
			flush()
		}
		t.Elements = append(t.Elements, el)
	}
	for i, in := range ins {
		w.path.Push("inlines", i)
		switch in := in.(type) {
		case *model.Text:
			if !code && strings.ContainsAny(in.Value, "\n\r") {
				w.warn(diag.Approximated, "a newline inside text is written as a line break, the only newline Docx text has")
			}
			st := w.elementStyle(in.Style)
			if code && st != nil {
				st.InlineCode = false
				if emptyStyle(st) {
					st = nil
				}
			}
			add(&docx.TextElement{TextRun: &docx.TextRun{Content: in.Value, TextElementStyle: st}})
		case *model.Break:
			add(&docx.TextElement{TextRun: &docx.TextRun{Content: "\n", TextElementStyle: w.elementStyle(in.Style)}})
		case *model.SoftBreak:
			// As a browser shows it: a space, or nothing between two
			// East Asian characters.
			if sp := model.SoftBreakText(ins, i); sp != "" {
				add(&docx.TextElement{TextRun: &docx.TextRun{Content: sp, TextElementStyle: w.elementStyle(in.Style)}})
			}
		case *model.Mention:
			add(w.mention(in))
		case *model.Math:
			add(&docx.TextElement{Equation: &docx.Equation{Content: in.TeX, TextElementStyle: w.elementStyle(in.Style)}})
		case *model.Reminder:
			add(&docx.TextElement{Reminder: &docx.Reminder{CreateUserID: in.UserID, IsNotify: in.Notify, IsWholeDay: in.WholeDay,
				ExpireTime: docx.Millis(in.ExpireTime), NotifyTime: docx.Millis(in.NotifyTime), TextElementStyle: w.elementStyle(in.Style)}})
		case *model.InlineImage:
			w.warn(diag.Approximated, "Docx has no images inside text; the image is written as a block after it")
			lifted = append(lifted, in)
		case *model.InlineFile:
			w.warn(diag.Approximated, "inline files cannot be created through the API; the file's name is written as text")
			name := in.Name
			if name == "" {
				name = in.Token
			}
			add(&docx.TextElement{TextRun: &docx.TextRun{Content: name, TextElementStyle: w.elementStyle(in.Style)}})
		case *model.RawInline:
			if in.Format != "docx" {
				w.warn(diag.Dropped, "raw %s content cannot be written as Docx text", in.Format)
				break
			}
			var el docx.TextElement
			if err := json.Unmarshal([]byte(in.Content), &el); err != nil {
				w.warn(diag.Dropped, "raw Docx element is not valid JSON; left out")
				break
			}
			if w.cfg.descendants && (el.File != nil || el.InlineBlock != nil || el.Undefined != nil || el.UndefinedElement != nil) {
				w.warn(diag.Dropped, "a read-only Docx text element cannot be created through the API; left out")
				break
			}
			add(&el)
		default:
			w.warn(diag.Unsupported, "%T is not a model inline; left out", in)
		}
		w.path.Pop()
	}
	flush()
	if len(t.Elements) == 0 {
		t.Elements = append(t.Elements, &docx.TextElement{TextRun: &docx.TextRun{}})
	}
	return t, lifted
}

func sameStyle(a, b *docx.TextElementStyle) bool {
	if a == nil || b == nil {
		return (a == nil || emptyStyle(a)) && (b == nil || emptyStyle(b)) // no style is the empty style
	}
	if (a.Link == nil) != (b.Link == nil) || (a.Link != nil && a.Link.URL != b.Link.URL) {
		return false
	}
	return a.Bold == b.Bold && a.Italic == b.Italic && a.Strikethrough == b.Strikethrough && a.Underline == b.Underline &&
		a.InlineCode == b.InlineCode && a.TextColor == b.TextColor && a.BackgroundColor == b.BackgroundColor &&
		strings.Join(a.CommentIDs, ",") == strings.Join(b.CommentIDs, ",")
}

// elementStyle converts a run's style, or nil for plain text.
func (w *writer) elementStyle(s model.Style) *docx.TextElementStyle {
	if s.IsZero() {
		return nil
	}
	st := &docx.TextElementStyle{Bold: s.Bold, Italic: s.Italic, Strikethrough: s.Strikethrough, Underline: s.Underline, InlineCode: s.Code}
	st.TextColor = w.snap(color.FontColor, s.Color, "text color")
	st.BackgroundColor = w.snap(color.FontBackground, s.Background, "text background")
	if s.Link != "" {
		st.Link = &docx.Link{URL: docx.EncodeURL(s.Link)}
	}
	if s.LinkTitle != "" {
		w.warnOnce("link-title", diag.Dropped, "link titles have no place in Docx")
	}
	if s.ExtraBold > 0 || s.ExtraItalic > 0 {
		w.warnOnce("extra-emphasis", diag.Approximated, "emphasis inside emphasis of the same kind is written once; Docx text is bold or not")
	}
	if s.Script != model.Baseline {
		w.warnOnce("script", diag.Unsupported, "subscript and superscript have no Docx form; the text is kept on the line")
	}
	if s.CommentIDs != "" {
		st.CommentIDs = strings.Split(s.CommentIDs, ",")
	}
	if emptyStyle(st) {
		return nil
	}
	return st
}

func emptyStyle(s *docx.TextElementStyle) bool {
	return !s.Bold && !s.Italic && !s.Strikethrough && !s.Underline && !s.InlineCode && s.TextColor == 0 &&
		s.BackgroundColor == 0 && s.Link == nil && len(s.CommentIDs) == 0
}

func (w *writer) mention(m *model.Mention) *docx.TextElement {
	st := w.elementStyle(m.Style)
	if m.Kind == model.MentionUser {
		return &docx.TextElement{MentionUser: &docx.MentionUser{UserID: m.UserID, TextElementStyle: st}}
	}
	t, ok := docx.ParseMentionObjType(m.DocType)
	if m.Token == "" || !ok {
		// Without a token (an OKR docsLink) or a known type there is no
		// mention_doc: a link to the document keeps it reachable.
		label := model.MentionLabel(m)
		if label == "" {
			// An empty run, which text() leaves out.
			w.warn(diag.Dropped, "a document mention with no token, title or URL is left out")
			return &docx.TextElement{TextRun: &docx.TextRun{}}
		}
		w.warn(diag.Approximated, "a document mention without a token or a known type is written as a link")
		if m.URL != "" {
			if st == nil {
				st = &docx.TextElementStyle{}
			}
			st.Link = &docx.Link{URL: docx.EncodeURL(m.URL)}
		}
		return &docx.TextElement{TextRun: &docx.TextRun{Content: label, TextElementStyle: st}}
	}
	return &docx.TextElement{MentionDoc: &docx.MentionDoc{Token: m.Token, ObjType: t, URL: docx.EncodeURL(m.URL), Title: m.Title, TextElementStyle: st}}
}

const gridOfOne = "a grid of one column is written as its content"

// spliceGrids returns bs with each grid of no or one column replaced by
// its content, as the grid would be written, for the blocks whose first
// paragraph becomes their own text (list items, quotes): a grid there
// must not hide that paragraph, or the Docx would read back otherwise.
// bs itself is returned when it holds no such grid. It warns once for
// each grid of one column.
func (w *writer) spliceGrids(bs model.Blocks) model.Blocks {
	bs, ones := spliceGrids(bs)
	for range ones {
		w.warn(diag.Approximated, gridOfOne)
	}
	return bs
}

// spliceGrids is the method without its warnings; it also returns how many
// grids of one column it spliced.
func spliceGrids(bs model.Blocks) (model.Blocks, int) {
	copied, ones := false, 0
	for i := 0; i < len(bs); i++ {
		g, ok := bs[i].(*model.Grid)
		if !ok || len(g.Columns) > 1 {
			continue
		}
		if !copied {
			bs, copied = slices.Clone(bs), true
		}
		var content model.Blocks
		if len(g.Columns) == 1 {
			ones++
			content = g.Columns[0].Blocks
		}
		bs = slices.Replace(bs, i, i+1, content...)
		i-- // what came in its place may be a grid too
	}
	return bs, ones
}

// blankParagraph reports whether b is a paragraph with nothing in it and no
// attributes.
func blankParagraph(b model.Block) bool {
	p, ok := b.(*model.Paragraph)
	return ok && len(p.Inlines) == 0 && len(p.Children) == 0 && p.Align == model.AlignNone &&
		p.Background.IsZero() && p.Indent == 0 && !p.Folded && len(p.CommentIDs) == 0
}
