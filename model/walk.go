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
	addBlocks := func(bs Blocks) {
		for _, b := range bs {
			dst = append(dst, b)
		}
	}
	addInlines := func(is Inlines) {
		for _, in := range is {
			dst = append(dst, in)
		}
	}
	switch n := n.(type) {
	case *Document:
		addBlocks(n.Blocks)
	case *Paragraph:
		addInlines(n.Inlines)
		addBlocks(n.Children)
	case *Heading:
		addInlines(n.Inlines)
		addBlocks(n.Children)
	case *List:
		for i := range n.Items {
			dst = append(dst, &n.Items[i])
		}
	case *ListItem:
		addBlocks(n.Blocks)
	case *CodeBlock:
		addInlines(n.Inlines)
	case *Quote:
		addBlocks(n.Blocks)
	case *Callout:
		addBlocks(n.Blocks)
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
		addBlocks(n.Blocks)
	case *Grid:
		for i := range n.Columns {
			dst = append(dst, &n.Columns[i])
		}
	case *GridColumn:
		addBlocks(n.Blocks)
	case *Embed:
		addBlocks(n.Blocks)
	}
	return dst
}

// Depth returns how deeply blocks nest in bs: 1 for a flat sequence, 0 when
// empty. A list item, a table cell or a grid column counts as one level with
// its list, table or grid.
func Depth(bs Blocks) int {
	type frame struct {
		bs    Blocks
		depth int
	}
	max := 0
	stack := []frame{{bs, 1}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if len(f.bs) > 0 && f.depth > max {
			max = f.depth
		}
		for _, b := range f.bs {
			ForEachChildBlocks(b, func(child Blocks) {
				stack = append(stack, frame{child, f.depth + 1})
			})
		}
	}
	return max
}

// ForEachChildBlocks calls fn with each slice of blocks directly inside b:
// a paragraph's or heading's children, each list item, quote, callout, table
// cell, grid column and embed body.
func ForEachChildBlocks(b Block, fn func(Blocks)) {
	switch b := b.(type) {
	case *Paragraph:
		if len(b.Children) > 0 {
			fn(b.Children)
		}
	case *Heading:
		if len(b.Children) > 0 {
			fn(b.Children)
		}
	case *List:
		for _, it := range b.Items {
			fn(it.Blocks)
		}
	case *Quote:
		fn(b.Blocks)
	case *Callout:
		fn(b.Blocks)
	case *Table:
		for _, r := range b.Rows {
			for _, c := range r.Cells {
				fn(c.Blocks)
			}
		}
	case *Grid:
		for _, c := range b.Columns {
			fn(c.Blocks)
		}
	case *Embed:
		if len(b.Blocks) > 0 {
			fn(b.Blocks)
		}
	}
}

// TextSize returns the bytes of text in d (runs, code, math, raw content),
// a cheap lower bound of any rendering's size that writers use to size
// their output buffer once.
func TextSize(d *Document) int {
	n := len(d.Title)
	Walk(d, func(node Node) WalkStatus {
		switch x := node.(type) {
		case *Text:
			n += len(x.Value)
		case *Math:
			n += len(x.TeX)
		case *RawInline:
			n += len(x.Content)
		case *Raw:
			n += len(x.Content)
		case *Equation:
			n += len(x.TeX)
		}
		return WalkContinue
	})
	return n
}
