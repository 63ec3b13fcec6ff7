// Package todocx writes the document model as Feishu/Lark Docx blocks, in
// the shape of the convert API's response: first_level_block_ids, the blocks
// in document order with consistent parent and children ids, and
// block_id_to_image_urls for pictures that are URLs rather than tokens.
//
// The blocks follow the API's rules: colors snap to the palettes, code
// languages map to the CodeLanguage enum, link URLs are percent-encoded,
// empty cells, columns and callouts get an empty text child, and what a
// callout, a table cell or a grid column may not hold gets a faithful
// fallback. Every such change is a warning. WithDescendants writes
// descendants-API requests instead, split within the API's limits.
package todocx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/internal/jsonindent"
	"github.com/richtext-go/richtext/model"
)

// An Option configures Write.
type Option func(*config)

type config struct {
	ids         func() string
	page        bool
	descendants bool
	maxDepth    int
	err         error
}

// WithIDs sets the generator of block ids. By default ids are "blk_1",
// "blk_2", … in document order, so that output is deterministic. The
// generator must not return the same id twice.
func WithIDs(next func() string) Option {
	return func(c *config) {
		if next == nil {
			c.err = fmt.Errorf("todocx: WithIDs(nil): a generator is required")
			return
		}
		c.ids = next
	}
}

// WithPage writes a page block holding the document title at the root,
// as the list-blocks API returns a whole document.
func WithPage() Option { return func(c *config) { c.page = true } }

// WithDescendants writes descendants-API requests, one JSON object per line:
// {"block_id": target, "body": {"children_id", "descendants", "index"}}.
// An empty block_id is the document root; any other is the temporary id of
// a block an earlier request created. Requests stay within the API's limits
// (1000 blocks, 20 images, 200 files, 200 user and 200 document mentions,
// 5 sheets, 5 bitables each) and split a subtree only when it alone exceeds
// them. Read-only fields (merge_info, image tokens and sizes) are left out.
func WithDescendants() Option { return func(c *config) { c.descendants = true } }

// DefaultMaxDepth bounds the nesting the writer descends into.
const DefaultMaxDepth = 1000

// Write renders doc as Docx JSON.
func Write(doc *model.Document, opts ...Option) ([]byte, []diag.Warning, error) {
	cfg := config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.err != nil {
		return nil, nil, cfg.err
	}
	if d := model.Depth(doc.Blocks); d > cfg.maxDepth {
		return nil, nil, fmt.Errorf("todocx: blocks nest %d levels deep, more than %d", d, cfg.maxDepth)
	}
	w := &writer{cfg: &cfg, byID: map[string]*docx.Block{}}
	if cfg.ids == nil {
		n := 0
		w.next = func() string { n++; return "blk_" + strconv.Itoa(n) }
	} else {
		seen := map[string]bool{}
		w.next = func() string {
			id := cfg.ids()
			for seen[id] || id == "" {
				w.warns.Add(diag.Recovered, "", "the id generator returned %q again; a suffix makes it unique", id)
				id += "_"
			}
			seen[id] = true
			return id
		}
	}
	var root *docx.Block
	if cfg.page {
		// The page block's id is the document's id.
		id := doc.Meta["document_id"]
		if id == "" {
			id = w.next()
		}
		root = &docx.Block{BlockID: id, BlockType: docx.BlockPage,
			Page: &docx.Text{Elements: []*docx.TextElement{{TextRun: &docx.TextRun{Content: doc.Title}}}}}
		w.blocks = append(w.blocks, root)
		w.byID[id] = root
	} else if !cfg.descendants {
		if doc.Title != "" {
			w.warns.Add(diag.Dropped, "title", "the convert API shape has no page block for the title (WithPage writes one)")
		}
	}
	w.path.Push("blocks", -1)
	top := w.convert(doc.Blocks, root, ctxRoot)
	w.path.Pop()
	if cfg.descendants {
		out, err := w.requests(top)
		return out, w.warns.Warnings(), err
	}
	if w.blocks == nil {
		w.blocks = []*docx.Block{} // an empty document is [], not null
	}
	var out any
	if cfg.page {
		out = struct {
			Items []*docx.Block `json:"items"`
		}{w.blocks}
	} else {
		ids := make([]string, len(top))
		for i, b := range top {
			ids[i] = b.BlockID
		}
		out = struct {
			FirstLevelBlockIDs []string        `json:"first_level_block_ids"`
			Blocks             []*docx.Block   `json:"blocks"`
			BlockIDToImageURLs []docx.ImageURL `json:"block_id_to_image_urls,omitempty"`
		}{ids, w.blocks, w.images}
	}
	data, err := encode(out)
	return data, w.warns.Warnings(), err
}

func encode(v any) ([]byte, error) {
	return jsonindent.Encode(v)
}

type writer struct {
	cfg    *config
	warns  diag.List
	path   diag.Path
	next   func() string
	blocks []*docx.Block
	images []docx.ImageURL
	byID   map[string]*docx.Block
	// deferred collects, per open container, blocks it may not hold
	deferred []model.Blocks
	// continues tells the list about to be written that it joins the
	// list before it (see mergesWith); list reads and clears it.
	continues bool
}

func (w *writer) warn(code diag.Code, format string, args ...any) {
	w.warns.Add(code, w.path.String(), format, args...)
}

// warnOnce gives a warning the first time only; key names it.
func (w *writer) warnOnce(key string, code diag.Code, format string, args ...any) {
	w.warns.AddOnce(key, code, w.path.String(), format, args...)
}

// The containers a block can be in, for the API's nesting rules.
type container uint8

const (
	ctxRoot container = iota
	ctxCallout
	ctxCell
	ctxColumn
	ctxOther
)

// newBlock creates a block under parent (nil for the top level) and
// appends it to the output in document order.
func (w *writer) newBlock(parent *docx.Block, t docx.BlockType) *docx.Block {
	b := &docx.Block{BlockID: w.next(), BlockType: t}
	if parent != nil {
		b.ParentID = parent.BlockID
		parent.Children = append(parent.Children, b.BlockID)
	}
	w.blocks = append(w.blocks, b)
	w.byID[b.BlockID] = b
	return b
}

// convert writes blocks under parent, in a container of kind ctx, and
// returns the blocks it created at that level.
func (w *writer) convert(bs model.Blocks, parent *docx.Block, ctx container) []*docx.Block {
	var made []*docx.Block
	seenOrdered := false
	for i, b := range bs {
		w.path.Push("", i)
		l, isList := b.(*model.List)
		merges := isList && i > 0 && mergesWith(bs[i-1], l)
		if !allowed(ctx, b) {
			made = append(made, w.outOfPlace(ctx, b, parent)...)
		} else {
			// A list that joins the one before it is written as its
			// continuation, as it reads back: no restart number.
			w.continues = merges
			made = append(made, w.block(b, parent, ctx, seenOrdered)...)
			w.continues = false
		}
		if isList {
			if merges {
				w.warn(diag.Approximated, "a list right after another list of its kind joins it: Docx has nothing to tell them apart")
			}
			if l.Ordered {
				seenOrdered = true
			}
		}
		w.path.Pop()
	}
	return made
}

// mergesWith reports whether list l, written right after prev, would read
// back as part of it: items of the same block type, and numbers that go on
// counting.
func mergesWith(prev model.Block, l *model.List) bool {
	p, ok := prev.(*model.List)
	if !ok || len(p.Items) == 0 || len(l.Items) == 0 {
		return false
	}
	k := itemType(p, len(p.Items)-1)
	if k != itemType(l, 0) {
		return false
	}
	return k != docx.BlockOrdered || l.Start == p.Start+len(p.Items)
}

// itemType is the block type item i of l is written as.
func itemType(l *model.List, i int) docx.BlockType {
	switch {
	case l.Items[i].Task:
		return docx.BlockTodo
	case l.Ordered:
		return docx.BlockOrdered
	}
	return docx.BlockBullet
}

// allowed says whether the API lets a container hold a block.
func allowed(ctx container, b model.Block) bool {
	switch ctx {
	case ctxCallout:
		switch b.(type) {
		case *model.Paragraph, *model.Heading, *model.List, *model.Quote:
			return true
		}
		return false
	case ctxCell:
		switch e := b.(type) {
		case *model.Table:
			return false
		case *model.Embed:
			return e.Kind != "sheet" && e.Kind != "bitable" && e.Kind != "okr"
		}
	case ctxColumn:
		switch e := b.(type) {
		case *model.Grid:
			return false
		case *model.Embed:
			return e.Kind != "bitable" && e.Kind != "okr"
		}
	}
	return true
}

var ctxNames = map[container]string{ctxCallout: "a callout", ctxCell: "a table cell", ctxColumn: "a grid column"}

// outOfPlace writes a block that its container may not hold, in the nearest
// form it may: a table as one paragraph per row, a grid as its columns one
// after another, a callout in a callout as a quote container, a code block
// as paragraphs of inline code, an equation as an inline one. What has no
// such form (images, dividers, sheets, bitables, OKR blocks) is written in
// place, with a warning that the API rejects it there.
func (w *writer) outOfPlace(ctx container, b model.Block, parent *docx.Block) []*docx.Block {
	where := ctxNames[ctx]
	switch b := b.(type) {
	case *model.Table:
		w.warn(diag.Approximated, "%s cannot hold a table; its rows are written as paragraphs", where)
		var made []*docx.Block
		for _, row := range b.Rows {
			var ins model.Inlines
			for c, cell := range row.Cells {
				if c > 0 {
					ins = append(ins, &model.Text{Value: " | "})
				}
				for k, cb := range cell.Blocks {
					if k > 0 {
						ins = append(ins, &model.Text{Value: " "})
					}
					if p, ok := cb.(*model.Paragraph); ok {
						ins = append(ins, p.Inlines...)
					}
				}
			}
			made = append(made, w.block(&model.Paragraph{Inlines: ins}, parent, ctx, false)...)
		}
		return made
	case *model.Grid:
		w.warn(diag.Approximated, "%s cannot hold a grid; its columns are written one after another", where)
		var made []*docx.Block
		for _, col := range b.Columns {
			made = append(made, w.convert(col.Blocks, parent, ctx)...)
		}
		return made
	case *model.Callout, *model.Quote:
		w.warn(diag.Approximated, "%s cannot hold a %s here; it is written as a quote container", where, model.BlockType(b))
		var inner model.Blocks
		switch b := b.(type) {
		case *model.Callout:
			inner = b.Blocks
		case *model.Quote:
			inner = b.Blocks
		}
		return w.block(&model.Quote{Container: true, Blocks: inner}, parent, ctx, false)
	case *model.CodeBlock:
		w.warn(diag.Approximated, "%s cannot hold a code block; its lines are written as paragraphs of inline code", where)
		var made []*docx.Block
		for _, line := range strings.Split(model.CodeText(b), "\n") {
			p := &model.Paragraph{}
			if line != "" {
				p.Inlines = model.Inlines{&model.Text{Value: line, Style: model.Style{Code: true}}}
			}
			made = append(made, w.block(p, parent, ctx, false)...)
		}
		return made
	case *model.Equation:
		w.warn(diag.Approximated, "%s cannot hold a display equation; it is written as an inline one", where)
		return w.block(&model.Paragraph{Inlines: model.Inlines{&model.Math{TeX: b.TeX}}}, parent, ctx, false)
	}
	if n := len(w.deferred); n > 0 {
		w.warn(diag.Approximated, "%s cannot hold a %s; it is written right after it", where, model.BlockType(b))
		w.deferred[n-1] = append(w.deferred[n-1], b)
		return nil
	}
	w.warn(diag.Unsupported, "%s cannot hold a %s; it is written there anyway", where, model.BlockType(b))
	return w.block(b, parent, ctxOther, false)
}

// container writes a callout, table or grid: children it may not hold are
// collected while it is written and written after it, at its level.
func (w *writer) container(parent *docx.Block, ctx container, write func() *docx.Block) []*docx.Block {
	w.deferred = append(w.deferred, nil)
	b := write()
	later := w.deferred[len(w.deferred)-1]
	w.deferred = w.deferred[:len(w.deferred)-1]
	made := []*docx.Block{b}
	if len(later) > 0 {
		made = append(made, w.convert(later, parent, ctx)...)
	}
	return made
}
