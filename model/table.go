package model

import (
	"strconv"
	"strings"
)

// MaxColSpan and MaxRowSpan bound the spans that Grid honors, as HTML does
// (a colspan above 1000 counts as 1000), so that a hostile span cannot make a
// grid of billions of positions.
const (
	MaxColSpan = 1000
	MaxRowSpan = 65534
)

// A CellRef locates a cell in Table.Rows.
type CellRef struct {
	// Row and Index locate the cell: Table.Rows[Row].Cells[Index].
	Row, Index int
	// Origin is true at the cell's top-left position, false where it only
	// covers the position through a span.
	Origin bool
}

// MaxGridPositions bounds the positions a table's layout may take: a table
// whose spans would lay it out larger (a few cells spanning thousands of
// rows and columns) is laid out without its spans. Readers report it (see
// DropHugeSpans).
const MaxGridPositions = 1 << 21

// A TableGrid lays a table's cells out on positions.
type TableGrid struct {
	Rows, Cols int
	// At[r][c] is the cell at row r, column c, or nil where no cell covers it
	// (a short row).
	At [][]*CellRef
	// SpansIgnored reports that the spans would have made the layout larger
	// than MaxGridPositions, so each cell takes one position.
	SpansIgnored bool
}

// Grid places the cells on rows and columns with HTML's algorithm: each cell
// takes the first free position of its row, spans claim positions below and
// to the right, and a row span never reaches beyond the last row.
func (t *Table) Grid() TableGrid {
	if g, ok := t.layout(true); ok {
		return g
	}
	g, _ := t.layout(false)
	g.SpansIgnored = true
	return g
}

// layout lays the cells out, with or without their spans; it gives up
// (false) past MaxGridPositions.
func (t *Table) layout(spans bool) (TableGrid, bool) {
	g := TableGrid{Rows: len(t.Rows)}
	occupied := make([][]*CellRef, len(t.Rows))
	used := 0
	for r := range t.Rows {
		c := 0
		for i, cell := range t.Rows[r].Cells {
			for c < len(occupied[r]) && occupied[r][c] != nil {
				c++
			}
			cs, rs := 1, 1
			if spans {
				cs = min(max(cell.ColSpan, 1), MaxColSpan)
				rs = min(max(cell.RowSpan, 1), MaxRowSpan, len(t.Rows)-r)
			}
			for dr := 0; dr < rs; dr++ {
				row := occupied[r+dr]
				if need := c + cs; len(row) < need {
					used += need - len(row)
					if spans && used > MaxGridPositions {
						return TableGrid{}, false
					}
					row = append(row, make([]*CellRef, need-len(row))...)
				}
				for dc := 0; dc < cs; dc++ {
					if row[c+dc] == nil {
						row[c+dc] = &CellRef{Row: r, Index: i, Origin: dr == 0 && dc == 0}
					}
				}
				occupied[r+dr] = row
			}
			c += cs
		}
	}
	for _, row := range occupied {
		g.Cols = max(g.Cols, len(row))
	}
	if spans && g.Rows*g.Cols > MaxGridPositions {
		return TableGrid{}, false
	}
	for r := range occupied {
		if len(occupied[r]) < g.Cols {
			occupied[r] = append(occupied[r], make([]*CellRef, g.Cols-len(occupied[r]))...)
		}
	}
	g.At = occupied
	return g, true
}

// DropHugeSpans clears the spans of a table they would lay out beyond
// MaxGridPositions, and reports whether it did, for the reader to warn.
func (t *Table) DropHugeSpans() bool {
	if _, ok := t.layout(true); ok {
		return false
	}
	for r := range t.Rows {
		for i := range t.Rows[r].Cells {
			t.Rows[r].Cells[i].RowSpan, t.Rows[r].Cells[i].ColSpan = 0, 0
		}
	}
	return true
}

// Columns returns, for each row, the column each of its cells starts in:
// Columns()[r][i] is the column of Table.Rows[r].Cells[i].
func (g TableGrid) Columns() [][]int {
	out := make([][]int, len(g.At))
	for r, row := range g.At {
		for c, ref := range row {
			if ref != nil && ref.Origin && ref.Row == r {
				for len(out[r]) <= ref.Index {
					out[r] = append(out[r], 0)
				}
				out[r][ref.Index] = c
			}
		}
	}
	return out
}

// Simple reports whether the table has no spans and every cell holds at most
// one paragraph: the tables that GFM can write.
func (t *Table) Simple() bool {
	cols := -1
	for _, r := range t.Rows {
		if cols >= 0 && len(r.Cells) != cols {
			return false
		}
		cols = len(r.Cells)
		for _, c := range r.Cells {
			if c.RowSpan > 1 || c.ColSpan > 1 || len(c.Blocks) > 1 {
				return false
			}
			if len(c.Blocks) == 1 {
				p, ok := c.Blocks[0].(*Paragraph)
				if !ok || p.Indent != 0 || !p.Background.IsZero() || len(p.Children) > 0 || p.Folded {
					return false
				}
			}
		}
	}
	return true
}

// CellCount returns the number of cells in all rows.
func (t *Table) CellCount() int {
	n := 0
	for _, r := range t.Rows {
		n += len(r.Cells)
	}
	return n
}

// Oversized reports whether the table, laid out without spans, takes more
// than MaxGridPositions positions (its rows times its widest row): more
// than any writer can lay out. Readers turn such a table into Rows (with a
// warning) rather than keep it (see AsParagraphs).
func (t *Table) Oversized() bool {
	cols := 0
	for _, r := range t.Rows {
		cols = max(cols, len(r.Cells))
	}
	return len(t.Rows)*cols > MaxGridPositions
}

// AsParagraphs returns the table as one paragraph per row, its cells' text joined
// by " | ": what a reader keeps of an oversized table.
func (t *Table) AsParagraphs() Blocks {
	out := make(Blocks, 0, len(t.Rows))
	for _, r := range t.Rows {
		parts := make([]string, len(r.Cells))
		for i, c := range r.Cells {
			parts[i] = strings.Join(strings.Fields(BlocksText(c.Blocks)), " ")
		}
		out = append(out, &Paragraph{Inlines: Inlines{&Text{Value: strings.Join(parts, " | ")}}})
	}
	return out
}

// FitTable keeps a table a writer can lay out: it drops spans that would
// lay it out beyond MaxGridPositions, and turns a table still beyond it into
// paragraphs. It returns what to keep and, for the reader's warnings, what
// it changed.
func FitTable(t *Table) (Blocks, []string) {
	var notes []string
	if t.DropHugeSpans() {
		notes = append(notes, "the table's spans would lay it out beyond "+strconv.Itoa(MaxGridPositions)+" positions; they are left out")
	}
	if t.Oversized() {
		notes = append(notes, "the table is beyond "+strconv.Itoa(MaxGridPositions)+" positions; each row is read as a paragraph")
		return t.AsParagraphs(), notes
	}
	return Blocks{t}, notes
}

type childSlot struct {
	bs   *Blocks
	name string
}

// childSlots lists the block slices directly inside b.
func childSlots(b Block) []childSlot {
	var out []childSlot
	switch b := b.(type) {
	case *Paragraph:
		out = append(out, childSlot{&b.Children, ".children"})
	case *Heading:
		out = append(out, childSlot{&b.Children, ".children"})
	case *List:
		for i := range b.Items {
			out = append(out, childSlot{&b.Items[i].Blocks, ".items[" + strconv.Itoa(i) + "].blocks"})
		}
	case *Quote:
		out = append(out, childSlot{&b.Blocks, ".blocks"})
	case *Callout:
		out = append(out, childSlot{&b.Blocks, ".blocks"})
	case *Table:
		for r := range b.Rows {
			for c := range b.Rows[r].Cells {
				out = append(out, childSlot{&b.Rows[r].Cells[c].Blocks, ".rows[" + strconv.Itoa(r) + "].cells[" + strconv.Itoa(c) + "].blocks"})
			}
		}
	case *Grid:
		for i := range b.Columns {
			out = append(out, childSlot{&b.Columns[i].Blocks, ".columns[" + strconv.Itoa(i) + "].blocks"})
		}
	case *Embed:
		out = append(out, childSlot{&b.Blocks, ".blocks"})
	}
	return out
}
