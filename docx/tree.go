package docx

import (
	"slices"

	"github.com/richtext-go/richtext/diag"
)

// A Node is a block placed in the document tree.
type Node struct {
	Block *Block
	// Index is the block's position in Input.Blocks.
	Index    int
	Children []*Node
}

// A Tree is the document tree rebuilt from a flat block list.
type Tree struct {
	// Page is the page block, whose text is the document title, or nil.
	Page *Node
	// Top holds the top-level blocks in document order (the page's
	// children when there is a page).
	Top []*Node
}

// BuildTree rebuilds the tree from parent and children ids. It never fails:
// dangling child ids, duplicate ids, cycles, blocks listed by two parents,
// children that disagree with their parent_id and blocks that no parent
// lists are repaired, each with a "recovered" warning naming the block. It
// walks with an explicit stack in linear time, so any depth and any input
// order are safe.
func BuildTree(in *Input, warns *diag.List) *Tree {
	tb := &treeBuilder{in: in, warns: warns, byID: make(map[string]int, len(in.Blocks)),
		nodes: make([]*Node, len(in.Blocks)), placed: make([]bool, len(in.Blocks)), t: &Tree{}}
	for i := range in.Blocks {
		b := in.Blocks[i]
		if b.BlockID == "" {
			continue
		}
		if first, dup := tb.byID[b.BlockID]; dup {
			warns.Add(diag.Recovered, blockPath(b.BlockID), "block id repeated (blocks %d and %d); the later block is ignored", first, i)
			continue
		}
		tb.byID[b.BlockID] = i
	}
	t := tb.t

	// The page block is the root; a second one is ordinary content.
	for i := range in.Blocks {
		if in.Blocks[i].BlockType == BlockPage && tb.isFirst(i) {
			if t.Page == nil {
				t.Page = tb.node(i)
				tb.placed[i] = true
			} else {
				warns.Add(diag.Recovered, blockPath(in.Blocks[i].BlockID), "a second page block is read as ordinary content")
			}
		}
	}

	// Blocks that name a parent which does not list them wait for it.
	listed := make([]bool, len(in.Blocks))
	for i := range in.Blocks {
		for _, id := range tb.childIDs(in.Blocks[i]) {
			if j, ok := tb.byID[id]; ok {
				listed[j] = true
			}
		}
	}
	tb.orphans = map[int][]int{}
	for i := range in.Blocks {
		b := in.Blocks[i]
		if p, ok := tb.byID[b.ParentID]; ok && !listed[i] && tb.isFirst(i) && p != i && (t.Page == nil || i != t.Page.Index) {
			tb.orphans[p] = append(tb.orphans[p], i)
		}
	}

	// The top: the page's children, or the listed first-level blocks, or
	// the blocks whose parent is not in the input.
	switch {
	case t.Page != nil:
		tb.stack = append(tb.stack, t.Page.Index)
	case in.FirstLevel != nil:
		for _, id := range in.FirstLevel {
			if i, ok := tb.byID[id]; ok {
				tb.top(i)
			} else {
				warns.Add(diag.Recovered, blockPath(id), "a first-level block id is not in the input; skipped")
			}
		}
	default:
		for i := range in.Blocks {
			b := in.Blocks[i]
			if _, ok := tb.byID[b.ParentID]; tb.isFirst(i) && (b.ParentID == "" || !ok) {
				tb.top(i)
			}
		}
	}
	slices.Reverse(tb.stack) // the first block's subtree first
	tb.drain()

	// Whatever is still not placed hangs in a cycle or under a missing
	// first-level block: it goes at the end.
	for i := range in.Blocks {
		if !tb.placed[i] && tb.isFirst(i) {
			warns.Add(diag.Recovered, blockPath(in.Blocks[i].BlockID), "block is not reachable from the document; added at its end")
			tb.top(i)
			tb.drain()
		}
	}
	if t.Page != nil {
		t.Top = t.Page.Children
	}
	return t
}

type treeBuilder struct {
	in      *Input
	warns   *diag.List
	byID    map[string]int
	nodes   []*Node
	placed  []bool
	orphans map[int][]int // parent → blocks naming it that it does not list
	stack   []int         // placed blocks whose children are still to attach
	t       *Tree
}

func (tb *treeBuilder) node(i int) *Node {
	if tb.nodes[i] == nil {
		tb.nodes[i] = &Node{Block: tb.in.Blocks[i], Index: i}
	}
	return tb.nodes[i]
}

// isFirst reports whether block i is the one its id stands for (not a
// later duplicate, not an id-less block).
func (tb *treeBuilder) isFirst(i int) bool {
	b := tb.in.Blocks[i]
	return b.BlockID == "" || tb.byID[b.BlockID] == i
}

// childIDs lists a block's children; a table may list its cells only in
// its payload.
func (tb *treeBuilder) childIDs(b *Block) []string {
	if len(b.Children) == 0 && b.BlockType == BlockTable && b.Table != nil {
		return b.Table.Cells
	}
	return b.Children
}

func (tb *treeBuilder) lists(p int, id string) bool {
	for _, c := range tb.childIDs(tb.in.Blocks[p]) {
		if c == id {
			return true
		}
	}
	return false
}

// top places block i at the top level (under the page, if any).
func (tb *treeBuilder) top(i int) {
	if tb.placed[i] {
		return
	}
	tb.placed[i] = true
	if p := tb.t.Page; p != nil {
		p.Children = append(p.Children, tb.node(i))
	} else {
		tb.t.Top = append(tb.t.Top, tb.node(i))
	}
	tb.stack = append(tb.stack, i)
}

// attach places the blocks ids names under parent, in order, and queues
// them so that the first child's subtree is walked first.
func (tb *treeBuilder) attach(parent *Node, list *[]*Node, ids []string) {
	mark := len(tb.stack)
	for _, id := range ids {
		i, ok := tb.byID[id]
		if !ok {
			tb.warns.Add(diag.Recovered, blockPath(parent.Block.BlockID), "child %q is not in the input; skipped", id)
			continue
		}
		if tb.placed[i] {
			tb.warns.Add(diag.Recovered, blockPath(id), "block is reached a second time (a cycle or a shared child); kept at its first place")
			continue
		}
		c := tb.in.Blocks[i]
		if c.ParentID != "" && c.ParentID != parent.Block.BlockID {
			// Listed by two parents: the one its parent_id names wins.
			if p, ok := tb.byID[c.ParentID]; ok && tb.lists(p, id) {
				tb.warns.Add(diag.Recovered, blockPath(id), "blocks %q and %q both list it as a child; kept under its parent_id", parent.Block.BlockID, c.ParentID)
				continue
			}
			tb.warns.Add(diag.Recovered, blockPath(id), "parent_id is %q but block %q lists it as a child; the children list wins", c.ParentID, parent.Block.BlockID)
		}
		tb.placed[i] = true
		*list = append(*list, tb.node(i))
		tb.stack = append(tb.stack, i)
	}
	slices.Reverse(tb.stack[mark:])
}

// adopt places the blocks that name p as their parent without p listing
// them, after its listed children.
func (tb *treeBuilder) adopt(p int) {
	kids := tb.orphans[p]
	if len(kids) == 0 {
		return
	}
	delete(tb.orphans, p)
	pn := tb.node(p)
	mark := len(tb.stack)
	for _, i := range kids {
		if tb.placed[i] {
			continue
		}
		tb.warns.Add(diag.Recovered, blockPath(tb.in.Blocks[i].BlockID), "block is not among its parent's children; added at the end of them")
		tb.placed[i] = true
		pn.Children = append(pn.Children, tb.node(i))
		tb.stack = append(tb.stack, i)
	}
	slices.Reverse(tb.stack[mark:])
}

// drain walks down from the queued blocks, depth first in document order.
func (tb *treeBuilder) drain() {
	for len(tb.stack) > 0 {
		i := tb.stack[len(tb.stack)-1]
		tb.stack = tb.stack[:len(tb.stack)-1]
		n := tb.node(i)
		mark := len(tb.stack)
		tb.attach(n, &n.Children, tb.childIDs(n.Block))
		// Adopted children come after the listed ones: below them on the stack.
		listed := slices.Clone(tb.stack[mark:])
		tb.stack = tb.stack[:mark]
		tb.adopt(i)
		tb.stack = append(tb.stack, listed...)
	}
}

func blockPath(id string) string {
	if id == "" {
		return "block (no id)"
	}
	return "block " + id
}

// BlockPath names a block in warnings: "block doxcn…".
func BlockPath(id string) string { return blockPath(id) }
