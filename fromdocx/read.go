// Package fromdocx reads a Feishu/Lark Docx block list into the document
// model.
//
// It accepts every shape the API produces (see docx.Decode), rebuilds the
// tree from the block ids (repairing what is broken, with warnings), groups
// consecutive bullet, ordered and todo blocks into lists with their children
// nested and their numbering honored, and maps every block and text element:
// tables with merged cells, grids, callouts, both forms of quote, display
// equations, and the blocks only Feishu renders as embeds. Unknown blocks
// are kept as raw Docx JSON, so that Docx → Docx loses nothing.
package fromdocx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/internal/embedmap"
	"github.com/richtext-go/richtext/internal/emoji"
	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
)

// DefaultMaxDepth is how deeply blocks may nest in the model before deeper
// content is flattened (with a warning).
const DefaultMaxDepth = 64

// An Option configures Read.
type Option func(*config)

type config struct {
	maxDepth int
	err      error
}

// WithMaxDepth sets how deeply blocks may nest; deeper content is kept,
// flattened into the deepest level, with a warning. n must be at least 1.
func WithMaxDepth(n int) Option {
	return func(c *config) {
		if n < 1 {
			c.err = fmt.Errorf("fromdocx: WithMaxDepth(%d): the depth must be at least 1", n)
			return
		}
		c.maxDepth = n
	}
}

// Read parses Docx JSON. The error is for input that cannot be read at all
// (malformed JSON, values of the wrong kind, an API error envelope); broken
// trees are repaired with warnings.
func Read(src []byte, opts ...Option) (*model.Document, []diag.Warning, error) {
	cfg := config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.err != nil {
		return nil, nil, cfg.err
	}
	src, fixed := textutil.ValidUTF8(src)
	in, err := docx.Decode(src)
	if err != nil {
		return nil, nil, err
	}
	r := &reader{cfg: &cfg, in: in, src: src}
	if fixed {
		r.warns.Add(diag.Recovered, "", "the input is not valid UTF-8; the bad bytes are read as U+FFFD")
	}
	tree := docx.BuildTree(in, &r.warns)
	doc := &model.Document{}
	if in.Document != nil {
		doc.Title = in.Document.Title
		if in.Document.DocumentID != "" || in.Document.RevisionID != 0 {
			doc.Meta = map[string]string{"document_id": in.Document.DocumentID}
			if in.Document.RevisionID != 0 {
				doc.Meta["revision_id"] = strconv.Itoa(in.Document.RevisionID)
			}
		}
	}
	if tree.Page != nil {
		if t := tree.Page.Block.Page; t != nil {
			doc.Title = r.plain(t.Elements)
		}
		if doc.Meta == nil && tree.Page.Block.BlockID != "" {
			doc.Meta = map[string]string{"document_id": tree.Page.Block.BlockID}
		}
	}
	doc.Blocks = r.blocks(tree.Top, 0)
	r.warns.Append(model.Fit(doc)...)
	model.Normalize(doc)
	return doc, r.warns.Warnings(), nil
}

type reader struct {
	cfg       *config
	in        *docx.Input
	src       []byte
	warns     diag.List
	raws      []json.RawMessage
	rawErr    bool
	index     map[*docx.Block]int // block → position in the input, built when needed
	flattened bool
}

func (r *reader) warn(code diag.Code, b *docx.Block, format string, args ...any) {
	r.warns.Add(code, docx.BlockPath(b.BlockID), format, args...)
}

// blocks converts sibling nodes, grouping list items into lists.
func (r *reader) blocks(nodes []*docx.Node, depth int) model.Blocks {
	if depth >= r.cfg.maxDepth {
		return r.flatten(nodes)
	}
	var out model.Blocks
	lastOrdered := 0 // the number of the last ordered item among these siblings
	for i := 0; i < len(nodes); {
		t := nodes[i].Block.BlockType
		if t == docx.BlockBullet || t == docx.BlockOrdered || t == docx.BlockTodo {
			j := i + 1
			for j < len(nodes) && nodes[j].Block.BlockType == t {
				j++
			}
			out = append(out, r.lists(nodes[i:j], depth, &lastOrdered)...)
			i = j
			continue
		}
		if b := r.block(nodes[i], depth); b != nil {
			out = append(out, b...)
		}
		i++
	}
	return out
}

// lists turns consecutive items of one type into lists. Ordered items
// follow their sequence: a number starts (or restarts) the count there,
// "auto" continues it, even across other blocks; without one, a run of
// items starts at 1.
func (r *reader) lists(items []*docx.Node, depth int, lastOrdered *int) model.Blocks {
	var out model.Blocks
	var cur *model.List
	for k, n := range items {
		b := n.Block
		text := b.TextOf()
		if text == nil {
			r.warn(diag.Recovered, b, "%s block without its %s payload; read as empty", b.BlockType, b.BlockType.PayloadKey())
			text = &docx.Text{}
		}
		ordered := b.BlockType == docx.BlockOrdered
		if ordered {
			seq := ""
			if text.Style != nil {
				seq = text.Style.Sequence
			}
			next := *lastOrdered + 1
			switch {
			case seq == "auto" && k == 0 && *lastOrdered > 0:
				// continues the count of an earlier list
			case seq == "" || seq == "auto":
				if k == 0 {
					next = 1
				}
			default:
				v, err := strconv.Atoi(seq)
				if err != nil || v < 0 {
					r.warn(diag.Recovered, b, "sequence %q is not a number or auto; the item continues the count", seq)
					if k == 0 {
						next = 1
					}
				} else {
					next = v
				}
			}
			if cur == nil || next != *lastOrdered+1 || k == 0 {
				cur = &model.List{Ordered: true, Start: next}
				out = append(out, cur)
			}
			*lastOrdered = next
		} else if cur == nil {
			cur = &model.List{}
			out = append(out, cur)
		}
		item := model.ListItem{Task: b.BlockType == docx.BlockTodo}
		if item.Task && text.Style != nil {
			item.Checked = text.Style.Done
		}
		p := r.paragraph(b, text, false)
		kids := r.blocks(n.Children, depth+1)
		if blank(p) && len(kids) > 0 {
			// An item that starts with another block than a paragraph
			// (a code block, a nested list) has an empty text of its own.
			item.Blocks = kids
		} else {
			item.Blocks = append(model.Blocks{p}, kids...)
		}
		cur.Items = append(cur.Items, item)
	}
	return out
}

// blank reports whether p has neither content nor style.
func blank(p *model.Paragraph) bool {
	for _, in := range p.Inlines {
		if t, ok := in.(*model.Text); !ok || t.Value != "" {
			return false
		}
	}
	return p.Align == model.AlignNone && p.Background.IsZero() && p.Indent == 0 &&
		!p.Folded && len(p.CommentIDs) == 0 && len(p.Children) == 0
}

// paragraph makes the paragraph of a text-bearing block, with its style.
func (r *reader) paragraph(b *docx.Block, text *docx.Text, indent bool) *model.Paragraph {
	p := &model.Paragraph{Inlines: r.inlines(b, text.Elements, false), CommentIDs: b.CommentIDs}
	if s := text.Style; s != nil {
		// Left is where text goes anyway: Feishu writes it on most blocks,
		// and keeping it would put {align="left"} on every Markdown line.
		if p.Align = r.align(b, s.Align); p.Align == model.AlignLeft {
			p.Align = model.AlignNone
		}
		p.Folded = s.Folded
		p.Background = r.blockBackground(b, s.BackgroundColor)
		switch s.IndentationLevel {
		case "", "NoIndent":
		case "OneLevelIndent":
			if indent {
				p.Indent = 1
			}
		default:
			r.warn(diag.Recovered, b, "indentation_level %q is unknown; ignored", s.IndentationLevel)
		}
	}
	return p
}

func (r *reader) align(b *docx.Block, a docx.Align) model.Align {
	switch a {
	case 0:
		return model.AlignNone
	case docx.AlignLeft:
		return model.AlignLeft
	case docx.AlignCenter:
		return model.AlignCenter
	case docx.AlignRight:
		return model.AlignRight
	}
	r.warn(diag.Recovered, b, "align %d is not 1, 2 or 3; ignored", a)
	return model.AlignNone
}

func (r *reader) blockBackground(b *docx.Block, key string) color.RGBA {
	if key == "" {
		return color.RGBA{}
	}
	i, ok := color.BlockBackground.Lookup(key)
	if !ok {
		r.warn(diag.Recovered, b, "background_color %q is not a known block background; ignored", key)
		return color.RGBA{}
	}
	c, _ := color.BlockBackground.Color(i)
	return c
}

func (r *reader) paletteColor(b *docx.Block, p color.Palette, i int, what string) color.RGBA {
	if i == 0 {
		return color.RGBA{}
	}
	c, ok := p.Color(i)
	if !ok {
		r.warn(diag.Recovered, b, "%s %d is outside 1–%d; ignored", what, i, p.Len())
	}
	return c
}

// block converts one block that is not a list item. A few blocks become
// more than one model block (a code block's children follow it).
func (r *reader) block(n *docx.Node, depth int) model.Blocks {
	b := n.Block
	t := b.BlockType
	text := b.TextOf()
	if t.IsText() && text == nil {
		r.warn(diag.Recovered, b, "%s block without its %s payload; read as empty", t, t.PayloadKey())
		text = &docx.Text{}
	}
	children := func() model.Blocks { return r.blocks(n.Children, depth+1) }
	switch {
	case t == docx.BlockText || t == docx.BlockPage:
		if eq := displayEquation(b, text, n); eq != nil {
			return model.Blocks{eq}
		}
		p := r.paragraph(b, text, true)
		p.Children = children()
		return model.Blocks{p}
	case t >= docx.BlockHeading1 && t <= docx.BlockHeading9:
		p := r.paragraph(b, text, false)
		h := &model.Heading{Level: int(t-docx.BlockHeading1) + 1, Inlines: p.Inlines, Align: p.Align,
			Background: p.Background, Folded: p.Folded, CommentIDs: p.CommentIDs, Children: children()}
		return model.Blocks{h}
	case t == docx.BlockCode:
		c := &model.CodeBlock{Inlines: r.inlines(b, text.Elements, true), CommentIDs: b.CommentIDs}
		if s := text.Style; s != nil {
			c.Wrap = s.Wrap
			if s.Language != 0 {
				if name := s.Language.String(); name != "" {
					c.Language = name
				} else {
					r.warn(diag.Recovered, b, "code language %d is not 1–75; read as plain code", s.Language)
				}
			}
		}
		out := model.Blocks{c}
		if len(n.Children) > 0 {
			r.warn(diag.Approximated, b, "blocks nested under a code block are read after it")
			out = append(out, children()...)
		}
		return out
	case t == docx.BlockQuote:
		p := r.paragraph(b, text, false)
		p.Children = children()
		if blank(p) {
			return model.Blocks{&model.Quote{}} // an empty quote
		}
		return model.Blocks{&model.Quote{Blocks: model.Blocks{p}}}
	case t == docx.BlockEquation:
		return model.Blocks{&model.Equation{TeX: strings.TrimSuffix(r.plain(text.Elements), "\n")}}
	case t == docx.BlockQuoteContainer:
		return model.Blocks{&model.Quote{Container: true, Blocks: children()}}
	case t == docx.BlockCallout:
		return model.Blocks{r.callout(b, children())}
	case t == docx.BlockDivider:
		return model.Blocks{&model.Divider{}}
	case t == docx.BlockImage:
		return model.Blocks{r.image(b)}
	case t == docx.BlockTable:
		return model.Blocks{r.table(n, depth)}
	case t == docx.BlockGrid:
		return model.Blocks{r.grid(n, depth)}
	case t == docx.BlockTableCell || t == docx.BlockGridColumn:
		r.warn(diag.Recovered, b, "%s outside its %s; its content is read in place", t, map[docx.BlockType]string{docx.BlockTableCell: "table", docx.BlockGridColumn: "grid"}[t])
		return children()
	case t == docx.BlockView:
		return model.Blocks{r.view(n, depth)}
	case t == docx.BlockIframe:
		e := &model.Embed{Kind: "iframe", Attrs: map[string]string{}}
		if b.Iframe != nil && b.Iframe.Component != nil {
			u, ok := docx.DecodeURL(b.Iframe.Component.URL)
			if !ok {
				r.warn(diag.Recovered, b, "iframe URL %q has a malformed escape or is not UTF-8 once decoded; kept as it is", b.Iframe.Component.URL)
			}
			e.Attrs["url"] = u
			if b.Iframe.Component.IframeType != 0 {
				e.Attrs["type"] = strconv.Itoa(int(b.Iframe.Component.IframeType))
			}
		}
		e.Blocks = children()
		return model.Blocks{e}
	}
	if spec, ok := embedmap.ByType(t); ok {
		return model.Blocks{r.embed(n, spec, depth)}
	}
	// Undefined (999) and unknown block types: kept as raw Docx JSON.
	if t != docx.BlockUndefined {
		r.warn(diag.Recovered, b, "%s is not a block type this reader knows; kept as raw Docx JSON", t)
	}
	return model.Blocks{r.raw(n)}
}

// displayEquation reads a text block holding nothing but one unstyled
// equation as display math: Feishu has no other form for it.
func displayEquation(b *docx.Block, text *docx.Text, n *docx.Node) *model.Equation {
	if b.BlockType != docx.BlockText || len(text.Elements) != 1 || len(n.Children) > 0 || len(b.CommentIDs) > 0 {
		return nil
	}
	el := text.Elements[0]
	if el == nil || el.Equation == nil || !emptyStyle(el.Equation.TextElementStyle) {
		return nil
	}
	if s := text.Style; s != nil && (s.Align != 0 || s.Folded || s.BackgroundColor != "" || s.IndentationLevel != "" && s.IndentationLevel != "NoIndent") {
		return nil
	}
	return &model.Equation{TeX: strings.TrimSuffix(el.Equation.Content, "\n")}
}

func emptyStyle(s *docx.TextElementStyle) bool {
	return s == nil || (!s.Bold && !s.Italic && !s.Strikethrough && !s.Underline && !s.InlineCode &&
		s.TextColor == 0 && s.BackgroundColor == 0 && s.Link == nil && len(s.CommentIDs) == 0)
}

func (r *reader) callout(b *docx.Block, children model.Blocks) *model.Callout {
	c := &model.Callout{Blocks: children}
	if p := b.Callout; p != nil {
		c.Emoji = p.EmojiID
		if ch, ok := emoji.Char(p.EmojiID); ok {
			c.Emoji = ch
		}
		c.Background = r.paletteColor(b, color.CalloutBackground, p.BackgroundColor, "callout background_color")
		c.Border = r.paletteColor(b, color.CalloutBorder, p.BorderColor, "callout border_color")
		c.Color = r.paletteColor(b, color.FontColor, p.TextColor, "callout text_color")
	}
	return c
}

func (r *reader) image(b *docx.Block) *model.Image {
	im := &model.Image{URL: r.in.ImageURLs[b.BlockID]}
	if p := b.Image; p != nil {
		im.Token = p.Token
		im.Width, im.Height = float64(p.Width), float64(p.Height)
		im.Align = r.align(b, p.Align)
		if p.Caption != nil {
			im.Caption = p.Caption.Content
		}
	}
	return im
}

// table lays the cells out row by row: merge_info gives each position's
// span, and the cells a span covers are left out, as the model keeps them.
func (r *reader) table(n *docx.Node, depth int) model.Block {
	b := n.Block
	t := &model.Table{}
	var prop docx.TableProperty
	if b.Table != nil && b.Table.Property != nil {
		prop = *b.Table.Property
	}
	t.HeaderRow, t.HeaderColumn = prop.HeaderRow, prop.HeaderColumn
	t.ColumnWidths = prop.ColumnWidth
	cells := n.Children
	cols := prop.ColumnSize
	if cols <= 0 {
		cols = len(cells)
		if prop.RowSize > 0 {
			cols = (len(cells) + prop.RowSize - 1) / prop.RowSize
		}
	}
	if len(cells) == 0 || cols == 0 {
		return t
	}
	cols = min(cols, len(cells)) // the sizes are not trusted beyond the cells
	if prop.RowSize*cols != len(cells) {
		r.warn(diag.Recovered, b, "table is %d×%d but has %d cells; laid out %d to a row", prop.RowSize, prop.ColumnSize, len(cells), cols)
	}
	if len(prop.MergeInfo) != 0 && len(prop.MergeInfo) != len(cells) {
		r.warn(diag.Recovered, b, "merge_info has %d entries for %d cells; the extra or missing ones are ignored", len(prop.MergeInfo), len(cells))
	}
	rows := (len(cells) + cols - 1) / cols
	covered := make([]bool, len(cells))
	for row := 0; row < rows; row++ {
		var tr model.TableRow
		for col := 0; col < cols; col++ {
			i := row*cols + col
			if i >= len(cells) {
				break
			}
			cell := cells[i]
			if cell.Block.BlockType != docx.BlockTableCell {
				r.warn(diag.Recovered, cell.Block, "a table holds a %s where a table_cell belongs; read as a cell", cell.Block.BlockType)
			}
			if covered[i] {
				if hasContent(cell) {
					r.warn(diag.Dropped, cell.Block, "the content of a cell hidden by a merged cell is dropped")
				}
				continue
			}
			tc := model.TableCell{Blocks: r.blocks(cell.Children, depth+1)}
			if i < len(prop.MergeInfo) {
				m := prop.MergeInfo[i]
				rs := min(max(m.RowSpan, 1), rows-row)
				cs := min(max(m.ColSpan, 1), cols-col)
				if rs != max(m.RowSpan, 1) || cs != max(m.ColSpan, 1) {
					r.warn(diag.Recovered, cell.Block, "merge_info %d×%d reaches past the table; cut to %d×%d", m.RowSpan, m.ColSpan, rs, cs)
				}
				tc.RowSpan, tc.ColSpan = rs, cs
				for dr := 0; dr < rs; dr++ {
					for dc := 0; dc < cs; dc++ {
						if k := (row+dr)*cols + col + dc; (dr > 0 || dc > 0) && k < len(covered) {
							covered[k] = true
						}
					}
				}
			}
			tr.Cells = append(tr.Cells, tc)
		}
		t.Rows = append(t.Rows, tr)
	}
	return t
}

// hasContent reports whether a cell holds anything but empty text blocks.
func hasContent(n *docx.Node) bool {
	for _, c := range n.Children {
		t := c.Block.TextOf()
		if c.Block.BlockType != docx.BlockText || t == nil || len(c.Children) > 0 {
			return true
		}
		for _, el := range t.Elements {
			if el != nil && (el.TextRun == nil || el.TextRun.Content != "") {
				return true
			}
		}
	}
	return false
}

func (r *reader) grid(n *docx.Node, depth int) model.Block {
	g := &model.Grid{}
	for _, c := range n.Children {
		col := model.GridColumn{}
		if c.Block.BlockType == docx.BlockGridColumn {
			if c.Block.GridColumn != nil {
				col.WidthRatio = c.Block.GridColumn.WidthRatio
			}
			col.Blocks = r.blocks(c.Children, depth+1)
		} else {
			r.warn(diag.Recovered, c.Block, "a grid holds a %s where a grid_column belongs; read as a column", c.Block.BlockType)
			col.Blocks = r.blocks([]*docx.Node{c}, depth+1)
		}
		g.Columns = append(g.Columns, col)
	}
	if n.Block.Grid != nil && n.Block.Grid.ColumnSize != 0 && n.Block.Grid.ColumnSize != len(g.Columns) {
		r.warn(diag.Recovered, n.Block, "grid says %d columns but holds %d", n.Block.Grid.ColumnSize, len(g.Columns))
	}
	return g
}

// view reads a view block: around a single file it is that file's view
// type; otherwise it stays an embed of its own.
func (r *reader) view(n *docx.Node, depth int) model.Block {
	b := n.Block
	if len(n.Children) == 1 && n.Children[0].Block.BlockType == docx.BlockFile {
		spec, _ := embedmap.ByType(docx.BlockFile)
		e := r.embed(n.Children[0], spec, depth)
		if b.View != nil && b.View.ViewType != 0 {
			e.Attrs["view-type"] = strconv.Itoa(b.View.ViewType)
		}
		return e
	}
	spec, _ := embedmap.ByType(docx.BlockView)
	return r.embed(n, spec, depth)
}

func (r *reader) embed(n *docx.Node, spec embedmap.Spec, depth int) *model.Embed {
	b := n.Block
	e := &model.Embed{Kind: spec.Kind, Attrs: map[string]string{}, Blocks: r.blocks(n.Children, depth+1)}
	if payload := payloadOf(b); payload != nil {
		attrs, err := embedmap.ToAttrs(spec, payload)
		if err != nil {
			r.warn(diag.Recovered, b, "%v", err)
		}
		for k, v := range attrs {
			e.Attrs[k] = v
		}
	}
	return e
}

// payloadOf returns a block's typed payload for the embed kinds.
func payloadOf(b *docx.Block) any {
	switch b.BlockType {
	case docx.BlockBitable:
		return b.Bitable
	case docx.BlockChatCard:
		return b.ChatCard
	case docx.BlockDiagram:
		return b.Diagram
	case docx.BlockFile:
		return b.File
	case docx.BlockISV:
		return b.ISV
	case docx.BlockMindnote:
		return b.Mindnote
	case docx.BlockSheet:
		return b.Sheet
	case docx.BlockView:
		return b.View
	case docx.BlockTask:
		return b.Task
	case docx.BlockOKR:
		return b.OKR
	case docx.BlockOKRObjective:
		return b.OKRObjective
	case docx.BlockOKRKeyResult:
		return b.OKRKeyResult
	case docx.BlockAddOns:
		return b.AddOns
	case docx.BlockJiraIssue:
		return b.JiraIssue
	case docx.BlockWikiCatalog:
		return b.WikiCatalog
	case docx.BlockBoard:
		return b.Board
	case docx.BlockAgendaItemTitle:
		return b.AgendaItemTitle
	case docx.BlockLinkPreview:
		return b.LinkPreview
	case docx.BlockSourceSynced:
		return b.SourceSynced
	case docx.BlockReferenceSynced:
		return b.ReferenceSynced
	case docx.BlockSubPageList:
		return b.SubPageList
	}
	return nil
}

// raw keeps a block and everything under it as the JSON it came as: an
// array of the blocks in document order, ids and all.
func (r *reader) raw(n *docx.Node) model.Block {
	raws := r.rawBlocks()
	var sb strings.Builder
	sb.WriteByte('[')
	first := true
	stack := []*docx.Node{n}
	for len(stack) > 0 {
		m := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !first {
			sb.WriteByte(',')
		}
		first = false
		if m.Index < len(raws) {
			sb.Write(raws[m.Index])
		} else {
			data, _ := json.Marshal(m.Block)
			sb.Write(data)
		}
		for i := len(m.Children) - 1; i >= 0; i-- {
			stack = append(stack, m.Children[i])
		}
	}
	sb.WriteByte(']')
	return &model.Raw{Format: "docx", Content: sb.String()}
}

// rawBlocks decodes the input a second time without types, the first time
// something needs its original JSON.
func (r *reader) rawBlocks() []json.RawMessage {
	if r.raws == nil && !r.rawErr {
		raws, err := docx.RawBlocks(r.src, r.in)
		if err != nil || len(raws) != len(r.in.Blocks) {
			r.rawErr = true
			return nil
		}
		for i := range raws {
			raws[i] = compact(raws[i])
		}
		r.raws = raws
	}
	return r.raws
}

func compact(raw json.RawMessage) json.RawMessage {
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return raw
	}
	return buf.Bytes()
}

// flatten keeps the content of nodes nested beyond the depth limit as a
// flat sequence, without recursion.
func (r *reader) flatten(nodes []*docx.Node) model.Blocks {
	if !r.flattened {
		r.flattened = true
		if len(nodes) > 0 {
			r.warn(diag.Approximated, nodes[0].Block, "blocks nest deeper than %d levels; the deeper content is kept without its nesting", r.cfg.maxDepth)
		}
	}
	var out model.Blocks
	stack := make([]*docx.Node, 0, len(nodes))
	for i := len(nodes) - 1; i >= 0; i-- {
		stack = append(stack, nodes[i])
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if t := n.Block.TextOf(); t != nil && n.Block.BlockType != docx.BlockCode && n.Block.BlockType != docx.BlockPage {
			out = append(out, r.paragraph(n.Block, t, false))
		} else if n.Block.BlockType == docx.BlockCode || n.Block.BlockType == docx.BlockDivider || n.Block.BlockType == docx.BlockImage {
			out = append(out, r.block(&docx.Node{Block: n.Block, Index: n.Index}, r.cfg.maxDepth)...)
		}
		for i := len(n.Children) - 1; i >= 0; i-- {
			stack = append(stack, n.Children[i])
		}
	}
	return out
}
