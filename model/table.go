package model

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

// A TableGrid lays a table's cells out on positions.
type TableGrid struct {
	Rows, Cols int
	// At[r][c] is the cell at row r, column c, or nil where no cell covers it
	// (a short row).
	At [][]*CellRef
}

// Grid places the cells on rows and columns with HTML's algorithm: each cell
// takes the first free position of its row, spans claim positions below and
// to the right, and a row span never reaches beyond the last row.
func (t *Table) Grid() TableGrid {
	g := TableGrid{Rows: len(t.Rows)}
	occupied := make([][]*CellRef, len(t.Rows))
	for r := range t.Rows {
		c := 0
		for i, cell := range t.Rows[r].Cells {
			for c < len(occupied[r]) && occupied[r][c] != nil {
				c++
			}
			cs := min(max(cell.ColSpan, 1), MaxColSpan)
			rs := min(max(cell.RowSpan, 1), MaxRowSpan, len(t.Rows)-r)
			for dr := 0; dr < rs; dr++ {
				row := occupied[r+dr]
				if need := c + cs; len(row) < need {
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
	for r := range occupied {
		if len(occupied[r]) < g.Cols {
			occupied[r] = append(occupied[r], make([]*CellRef, g.Cols-len(occupied[r]))...)
		}
	}
	g.At = occupied
	return g
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
