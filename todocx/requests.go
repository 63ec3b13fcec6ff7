package todocx

import (
	"bytes"
	"encoding/json"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
)

// The descendants API's limits per request (reference/feishu.md).
const (
	maxBlocks       = 1000
	maxImages       = 20
	maxFiles        = 200
	maxUserMentions = 200
	maxDocMentions  = 200
	maxSheets       = 5
	maxBitables     = 5
)

// cost counts what a subtree puts against the limits.
type cost struct {
	blocks, images, files, users, docs, sheets, bitables int
}

func (c cost) add(d cost) cost {
	return cost{c.blocks + d.blocks, c.images + d.images, c.files + d.files, c.users + d.users,
		c.docs + d.docs, c.sheets + d.sheets, c.bitables + d.bitables}
}

func (c cost) fits() bool {
	return c.blocks <= maxBlocks && c.images <= maxImages && c.files <= maxFiles && c.users <= maxUserMentions &&
		c.docs <= maxDocMentions && c.sheets <= maxSheets && c.bitables <= maxBitables
}

func (w *writer) own(b *docx.Block) cost {
	c := cost{blocks: 1}
	switch b.BlockType {
	case docx.BlockImage:
		c.images = 1
	case docx.BlockFile:
		c.files = 1
	case docx.BlockSheet:
		c.sheets = 1
	case docx.BlockBitable:
		c.bitables = 1
	}
	if t := b.TextOf(); t != nil {
		for _, el := range t.Elements {
			if el.MentionUser != nil {
				c.users++
			}
			if el.MentionDoc != nil {
				c.docs++
			}
		}
	}
	return c
}

func (w *writer) subtree(b *docx.Block) cost {
	c := w.own(b)
	for _, id := range b.Children {
		c = c.add(w.subtree(w.byID[id]))
	}
	return c
}

// A request is one descendants-API call: the block to create under ("" is
// the document root) and the body.
type request struct {
	BlockID string      `json:"block_id"`
	Body    requestBody `json:"body"`
}

type requestBody struct {
	ChildrenID  []string      `json:"children_id"`
	Descendants []*docx.Block `json:"descendants"`
	Index       int           `json:"index"`
}

// requests packs the top-level subtrees into requests greedily. A subtree
// that alone exceeds the limits is split: its root and as many children as
// fit, then the other children in requests that target the root.
func (w *writer) requests(top []*docx.Block) ([]byte, error) {
	w.stripReadOnly()
	var reqs []request
	w.pack("", top, &reqs)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, r := range reqs {
		if err := enc.Encode(r); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}

func (w *writer) pack(target string, roots []*docx.Block, reqs *[]request) {
	var cur request
	var used cost
	flush := func() {
		if len(cur.Body.ChildrenID) > 0 {
			cur.BlockID, cur.Body.Index = target, -1
			*reqs = append(*reqs, cur)
		}
		cur, used = request{}, cost{}
	}
	for _, root := range roots {
		c := w.subtree(root)
		if !used.add(c).fits() {
			flush()
		}
		if c.fits() {
			cur.Body.ChildrenID = append(cur.Body.ChildrenID, root.BlockID)
			cur.Body.Descendants = append(cur.Body.Descendants, w.flatten(root)...)
			used = used.add(c)
			continue
		}
		flush()
		w.packBig(target, root, reqs)
	}
	flush()
}

// skeleton marks in `in` what must be created together with b, and returns
// its cost: a table's cells, a grid's columns, and the first child of what
// may not be empty (a table cell, a grid column, a callout).
func (w *writer) skeleton(b *docx.Block, in map[string]bool) cost {
	in[b.BlockID] = true
	c := w.own(b)
	kids := b.Children
	switch b.BlockType {
	case docx.BlockTable, docx.BlockGrid:
	case docx.BlockTableCell, docx.BlockGridColumn, docx.BlockCallout:
		kids = kids[:min(1, len(kids))]
	default:
		kids = nil
	}
	for _, id := range kids {
		c = c.add(w.skeleton(w.byID[id], in))
	}
	return c
}

// packBig writes a subtree too big for one request: a request with the root,
// its skeleton and, in document order, as much of the rest as fits; then,
// for each block whose children did not all fit, requests that append the
// rest under it.
func (w *writer) packBig(target string, root *docx.Block, reqs *[]request) {
	in := map[string]bool{}
	used := w.skeleton(root, in)
	if !used.fits() {
		w.warns.Add(diag.Unsupported, docx.BlockPath(root.BlockID),
			"the block and what must be created with it (%d blocks, %d images) exceed the API's limits per request; the API will refuse it",
			used.blocks, used.images)
	}
	type pending struct {
		parent string
		kids   []*docx.Block
	}
	var later []pending
	var descendants []*docx.Block
	var visit func(b *docx.Block)
	visit = func(b *docx.Block) {
		shell := *b
		shell.Children = nil
		descendants = append(descendants, &shell)
		for i, id := range b.Children {
			k := w.byID[id]
			if in[id] {
				shell.Children = append(shell.Children, id)
				visit(k)
				continue
			}
			if kc := w.subtree(k); used.add(kc).fits() {
				shell.Children = append(shell.Children, id)
				descendants = append(descendants, w.flatten(k)...)
				used = used.add(kc)
				continue
			}
			// Part of k: itself and its skeleton now, its other children later.
			sk := map[string]bool{}
			if kc := w.skeleton(k, sk); len(k.Children) > 0 && used.add(kc).fits() {
				for id := range sk {
					in[id] = true
				}
				used = used.add(kc)
				shell.Children = append(shell.Children, id)
				visit(k)
				continue
			}
			rest := make([]*docx.Block, 0, len(b.Children)-i)
			for _, id := range b.Children[i:] {
				rest = append(rest, w.byID[id])
			}
			later = append(later, pending{b.BlockID, rest})
			break
		}
	}
	visit(root)
	*reqs = append(*reqs, request{BlockID: target, Body: requestBody{
		ChildrenID: []string{root.BlockID}, Descendants: descendants, Index: -1}})
	for _, p := range later {
		w.pack(p.parent, p.kids, reqs)
	}
}

// flatten lists a subtree in document order.
func (w *writer) flatten(b *docx.Block) []*docx.Block {
	out := []*docx.Block{b}
	for _, id := range b.Children {
		out = append(out, w.flatten(w.byID[id])...)
	}
	return out
}

// stripReadOnly leaves out what the create API does not accept: merge_info
// (merge cells afterwards with merge_table_cells) and image tokens and sizes
// (upload the image into the created block).
func (w *writer) stripReadOnly() {
	for _, b := range w.blocks {
		if b.Table != nil && b.Table.Property != nil && b.Table.Property.MergeInfo != nil {
			w.warns.Add(diag.Approximated, docx.BlockPath(b.BlockID), "merged cells cannot be created directly; merge them afterwards with merge_table_cells")
			b.Table.Property.MergeInfo = nil
		}
		if b.Image != nil && (b.Image.Token != "" || b.Image.Width != 0 || b.Image.Height != 0) {
			b.Image.Token, b.Image.Width, b.Image.Height = "", 0, 0
		}
	}
	if len(w.images) > 0 {
		w.warns.Add(diag.Approximated, "", "%d images are created empty; upload each into its block afterwards", len(w.images))
	}
}
