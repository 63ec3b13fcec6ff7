package model

// WalkStatus tells Walk how to go on after visiting a node.
type WalkStatus uint8

// The walk statuses.
const (
	// WalkContinue visits the node's children, then its following nodes.
	WalkContinue WalkStatus = iota
	// WalkSkipChildren goes on with the node's following nodes.
	WalkSkipChildren
	// WalkStop ends the walk.
	WalkStop
)

func (*Document) node() {}

// Walk visits root and every node below it in document order, parents before
// their children: blocks, inlines, list items, table rows and cells, grid
// columns and gallery images. It uses an explicit stack, so a deep tree cannot
// overflow the call stack. It returns WalkStop if visit stopped the walk.
func Walk(root Node, visit func(n Node) WalkStatus) WalkStatus {
	stack := []Node{root}
	var kids []Node
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == nil {
			continue
		}
		switch visit(n) {
		case WalkStop:
			return WalkStop
		case WalkSkipChildren:
			continue
		}
		kids = AppendChildren(kids[:0], n)
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
	return WalkContinue
}

// AppendChildren appends the direct children of n to dst, in document order,
// and returns the extended slice.
func AppendChildren(dst []Node, n Node) []Node {
	switch n := n.(type) {
	case *Document:
		dst = appendBlockNodes(dst, n.Blocks)
	case *Paragraph:
		dst = appendInlineNodes(dst, n.Inlines)
		dst = appendBlockNodes(dst, n.Children)
	case *Heading:
		dst = appendInlineNodes(dst, n.Inlines)
		dst = appendBlockNodes(dst, n.Children)
	case *List:
		for i := range n.Items {
			dst = append(dst, &n.Items[i])
		}
	case *ListItem:
		dst = appendBlockNodes(dst, n.Blocks)
	case *CodeBlock:
		dst = appendInlineNodes(dst, n.Inlines)
	case *Quote:
		dst = appendBlockNodes(dst, n.Blocks)
	case *Callout:
		dst = appendBlockNodes(dst, n.Blocks)
	case *Gallery:
		for i := range n.Images {
			dst = append(dst, &n.Images[i])
		}
	case *Table:
		for i := range n.Rows {
			dst = append(dst, &n.Rows[i])
		}
	case *TableRow:
		for i := range n.Cells {
			dst = append(dst, &n.Cells[i])
		}
	case *TableCell:
		dst = appendBlockNodes(dst, n.Blocks)
	case *Grid:
		for i := range n.Columns {
			dst = append(dst, &n.Columns[i])
		}
	case *GridColumn:
		dst = appendBlockNodes(dst, n.Blocks)
	case *Embed:
		dst = appendBlockNodes(dst, n.Blocks)
	}
	return dst
}

func appendBlockNodes(dst []Node, bs Blocks) []Node {
	for _, b := range bs {
		dst = append(dst, b)
	}
	return dst
}

func appendInlineNodes(dst []Node, is Inlines) []Node {
	for _, in := range is {
		dst = append(dst, in)
	}
	return dst
}

// Depth returns how deeply blocks nest in bs: 1 for a flat sequence, 0 when
// empty. A list item, a table cell or a grid column counts as one level with
// its list, table or grid.
func Depth(bs Blocks) int {
	max := 0
	eachBlock(bs, func(_ Block, depth int) bool {
		if depth > max {
			max = depth
		}
		return true
	})
	return max
}

// eachBlock calls fn with every block of bs and below, in document order,
// with its depth (1 for the blocks of bs), until fn returns false. It goes
// depth first without recursion: the stack holds one path (with the child
// slices of the blocks on it), not a whole level.
func eachBlock(bs Blocks, fn func(b Block, depth int) bool) {
	type frame struct {
		bs    Blocks
		depth int
	}
	stack := []frame{{bs, 1}}
	var kids []Blocks
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		if len(f.bs) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		b, depth := f.bs[0], f.depth
		f.bs = f.bs[1:]
		if !fn(b, depth) {
			return
		}
		kids = appendChildBlocks(kids[:0], b)
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, frame{kids[i], depth + 1})
		}
	}
}

// ForEachChildBlocks calls fn with each slice of blocks directly inside b:
// a paragraph's or heading's children, each list item, quote, callout, table
// cell, grid column and embed body.
func ForEachChildBlocks(b Block, fn func(Blocks)) {
	var buf [8]Blocks
	for _, c := range appendChildBlocks(buf[:0], b) {
		fn(c)
	}
}

// appendChildBlocks appends the slices ForEachChildBlocks visits to dst.
func appendChildBlocks(dst []Blocks, b Block) []Blocks {
	switch b := b.(type) {
	case *Paragraph:
		if len(b.Children) > 0 {
			dst = append(dst, b.Children)
		}
	case *Heading:
		if len(b.Children) > 0 {
			dst = append(dst, b.Children)
		}
	case *List:
		for _, it := range b.Items {
			dst = append(dst, it.Blocks)
		}
	case *Quote:
		dst = append(dst, b.Blocks)
	case *Callout:
		dst = append(dst, b.Blocks)
	case *Table:
		for _, r := range b.Rows {
			for _, c := range r.Cells {
				dst = append(dst, c.Blocks)
			}
		}
	case *Grid:
		for _, c := range b.Columns {
			dst = append(dst, c.Blocks)
		}
	case *Embed:
		if len(b.Blocks) > 0 {
			dst = append(dst, b.Blocks)
		}
	}
	return dst
}

// TextSize returns the bytes of text in d (runs, code, math, raw content),
// a cheap lower bound of any rendering's size that writers use to size
// their output buffer once.
func TextSize(d *Document) int {
	n := len(d.Title)
	inlines := func(ins Inlines) {
		for _, in := range ins {
			switch x := in.(type) {
			case *Text:
				n += len(x.Value)
			case *Math:
				n += len(x.TeX)
			case *RawInline:
				n += len(x.Content)
			}
		}
	}
	eachBlock(d.Blocks, func(b Block, _ int) bool {
		switch x := b.(type) {
		case *Paragraph:
			inlines(x.Inlines)
		case *Heading:
			inlines(x.Inlines)
		case *CodeBlock:
			inlines(x.Inlines)
		case *Raw:
			n += len(x.Content)
		case *Equation:
			n += len(x.TeX)
		}
		return true
	})
	return n
}
