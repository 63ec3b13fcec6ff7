package model

import "strings"

// Normalize puts d into the canonical form, in place:
//
//   - empty Text runs are dropped and adjacent Text runs with equal styles are
//     merged (in paragraphs, headings and code blocks alike); extra
//     emphasis on a run that is not bold or italic is cleared; soft breaks
//     at either end of the content, or next to another break, are dropped;
//   - nil entries are dropped and empty slices and maps become nil;
//   - a paragraph holding nothing but one unstyled InlineImage, with no
//     attributes but its alignment, becomes an Image block so aligned (the
//     one rule that Markdown, HTML and the Feishu formats share for a
//     picture on its own line);
//   - a gallery of one image becomes that Image;
//   - a list item, table cell or grid column holding one empty paragraph
//     holds nothing;
//   - paragraphs and headings aligned left are not aligned: left is where
//     text goes anyway, and editors write it on every block;
//   - a quote whose content is not a single paragraph is marked Container;
//   - a list with an item that holds a paragraph right after a paragraph is
//     marked Loose, as Markdown can only write it so (see List.NeedsLoose);
//   - bullet lists have Start 0, non-task items are unchecked, spans of 1 are
//     written 0, a row span past the last row ends there, and column
//     alignments that are all unset are nil.
//
// Normalize is idempotent. It walks the tree with an explicit stack.
func Normalize(d *Document) {
	if len(d.Meta) == 0 {
		d.Meta = nil
	}
	d.Blocks = NormalizeBlocks(d.Blocks)
}

// NormalizeBlocks normalizes a block sequence as Normalize does and returns it.
func NormalizeBlocks(root Blocks) Blocks {
	n := normalizer{}
	n.stack = append(n.stack, &root)
	for len(n.stack) > 0 {
		p := n.stack[len(n.stack)-1]
		n.stack = n.stack[:len(n.stack)-1]
		bs := *p
		out := bs[:0]
		for _, b := range bs {
			if b == nil {
				continue
			}
			out = append(out, n.block(b))
		}
		clear(bs[len(out):])
		if len(out) == 0 {
			out = nil
		}
		*p = out
	}
	// Quotes and lists last: their flags depend on their normalized content.
	for _, q := range n.quotes {
		if !q.Container {
			q.Container = !isSingleParagraph(q.Blocks)
		}
	}
	for _, l := range n.lists {
		if !l.Loose {
			l.Loose = l.NeedsLoose()
		}
	}
	return root
}

func isSingleParagraph(bs Blocks) bool {
	if len(bs) == 0 {
		return true // an empty quote is an empty Docx quote block
	}
	if len(bs) != 1 {
		return false
	}
	_, ok := bs[0].(*Paragraph)
	return ok
}

type normalizer struct {
	stack  []*Blocks
	quotes []*Quote
	lists  []*List
}

func (n *normalizer) push(bs *Blocks) {
	if len(*bs) == 0 {
		*bs = nil
		return
	}
	n.stack = append(n.stack, bs)
}

// pushSlot is push for a list item, table cell or grid column, where one
// empty paragraph is the same as nothing: Docx gives every cell an empty
// text block, Markdown has no way to write one.
func (n *normalizer) pushSlot(bs *Blocks) {
	if len(*bs) == 1 {
		if p, ok := (*bs)[0].(*Paragraph); ok {
			p.Inlines = NormalizeInlines(p.Inlines)
		}
		if p, ok := (*bs)[0].(*Paragraph); ok && len(p.Inlines) == 0 && (p.Align == AlignNone || p.Align == AlignLeft) && p.Indent == 0 &&
			p.Background.IsZero() && !p.Folded && len(p.CommentIDs) == 0 && len(p.Children) == 0 {
			*bs = nil
		}
	}
	n.push(bs)
}

func (n *normalizer) block(b Block) Block {
	switch b := b.(type) {
	case *Paragraph:
		b.Inlines = NormalizeInlines(b.Inlines)
		b.CommentIDs = nilIfEmpty(b.CommentIDs)
		if b.Align == AlignLeft {
			b.Align = AlignNone // where text goes anyway
		}
		n.push(&b.Children)
		if img := lonelyImage(b); img != nil {
			return img
		}
	case *Heading:
		b.Inlines = NormalizeInlines(b.Inlines)
		b.CommentIDs = nilIfEmpty(b.CommentIDs)
		if b.Align == AlignLeft {
			b.Align = AlignNone
		}
		n.push(&b.Children)
	case *List:
		n.lists = append(n.lists, b)
		if !b.Ordered {
			b.Start = 0
		}
		if len(b.Items) == 0 {
			b.Items = nil
		}
		for i := range b.Items {
			it := &b.Items[i]
			if !it.Task {
				it.Checked = false
			}
			n.pushSlot(&it.Blocks)
		}
	case *CodeBlock:
		b.Inlines = NormalizeInlines(b.Inlines)
		b.CommentIDs = nilIfEmpty(b.CommentIDs)

	case *Quote:
		n.quotes = append(n.quotes, b)
		n.push(&b.Blocks)
	case *Callout:
		n.push(&b.Blocks)
	case *Gallery:
		if len(b.Images) == 0 {
			b.Images = nil
		}
		if len(b.Images) == 1 {
			// A gallery of one picture is that picture.
			im := b.Images[0]
			return &im
		}
	case *Table:
		if len(b.Rows) == 0 {
			b.Rows = nil
		}
		if len(b.ColumnWidths) == 0 {
			b.ColumnWidths = nil
		}
		allNone := true
		for _, a := range b.ColumnAligns {
			allNone = allNone && a == AlignNone
		}
		if allNone {
			b.ColumnAligns = nil
		}
		for r := range b.Rows {
			row := &b.Rows[r]
			if len(row.Cells) == 0 {
				row.Cells = nil
			}
			for c := range row.Cells {
				cell := &row.Cells[c]
				if left := len(b.Rows) - r; cell.RowSpan > left {
					cell.RowSpan = left // a span past the last row ends there
				}
				if cell.RowSpan == 1 {
					cell.RowSpan = 0
				}
				if cell.ColSpan == 1 {
					cell.ColSpan = 0
				}
				n.pushSlot(&cell.Blocks)
			}
		}
	case *Grid:
		if len(b.Columns) == 0 {
			b.Columns = nil
		}
		for i := range b.Columns {
			n.pushSlot(&b.Columns[i].Blocks)
		}
	case *Embed:
		if len(b.Attrs) == 0 {
			b.Attrs = nil
		}
		n.push(&b.Blocks)
	}
	return b
}

// lonelyImage returns the Image block that a paragraph holding only one
// unstyled inline image stands for, or nil.
func lonelyImage(p *Paragraph) *Image {
	if len(p.Inlines) != 1 || p.Indent != 0 || !p.Background.IsZero() ||
		p.Folded || p.CommentIDs != nil || p.Children != nil {
		return nil
	}
	im, ok := p.Inlines[0].(*InlineImage)
	if !ok || !im.Style.IsZero() {
		return nil
	}
	return &Image{URL: im.URL, Alt: im.Alt, Title: im.Title, Width: im.Width, Height: im.Height, Align: p.Align}
}

// NormalizeInlines drops nil entries and empty Text runs, merges adjacent Text
// runs with equal styles, and returns the result (nil when empty). It reuses
// the backing array of in.
func NormalizeInlines(in Inlines) Inlines {
	out := in[:0]
	for i := 0; i < len(in); i++ {
		x := in[i]
		if x == nil {
			continue
		}
		if st, ok := StyleOf(x); ok && ((!st.Bold && st.ExtraBold > 0) || (!st.Italic && st.ExtraItalic > 0)) {
			if !st.Bold {
				st.ExtraBold = 0
			}
			if !st.Italic {
				st.ExtraItalic = 0
			}
			SetStyle(x, st)
		}
		if _, soft := x.(*SoftBreak); soft {
			// A soft break renders as a space: one at the edge of a run of
			// text or next to another says nothing.
			if len(out) == 0 {
				continue
			}
			switch out[len(out)-1].(type) {
			case *SoftBreak, *Break:
				continue
			}
		}
		if _, hard := x.(*Break); hard && len(out) > 0 {
			if _, prevSoft := out[len(out)-1].(*SoftBreak); prevSoft {
				out = out[:len(out)-1]
			}
		}
		t, ok := x.(*Text)
		if !ok {
			out = append(out, x)
			continue
		}
		if t.Value == "" {
			continue
		}
		// Gather the following runs of the same style, skipping empty ones.
		j := i + 1
		merge := false
		for ; j < len(in); j++ {
			u, ok := in[j].(*Text)
			if in[j] == nil || (ok && u.Value == "") {
				continue
			}
			if !ok || u.Style != t.Style {
				break
			}
			merge = true
		}
		if merge {
			var sb strings.Builder
			for k := i; k < j; k++ {
				if u, ok := in[k].(*Text); ok {
					sb.WriteString(u.Value)
				}
			}
			t = &Text{Value: sb.String(), Style: t.Style}
		}
		out = append(out, t)
		i = j - 1
	}
	for len(out) > 0 {
		if _, soft := out[len(out)-1].(*SoftBreak); !soft {
			break
		}
		out = out[:len(out)-1]
	}
	clear(in[len(out):])
	if len(out) == 0 {
		return nil
	}
	return out
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
