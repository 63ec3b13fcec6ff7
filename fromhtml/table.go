package fromhtml

import (
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/cssstyle"
	"github.com/richtext-go/richtext/model"
	"golang.org/x/net/html/atom"
)

type htmlCell struct {
	node   int32
	header bool
	align  model.Align
	rs, cs int
}

// table reads a table: rows from its sections, cells with their spans and
// content, a header row (thead, or a first row of th), a header column
// (every other row starting with th), column widths from col elements and
// column alignments where every cell of a column agrees. A caption becomes
// a paragraph before the table.
func (r *reader) table(f *flow, n int32, c ctx, ts cssstyle.Text) {
	d := r.d
	c = r.blockCtx(n, c, ts)
	t := &model.Table{}
	var rows [][]htmlCell
	theadRows := 0
	var caption int32 = none
	var addRow func(tr int32)
	addRow = func(tr int32) {
		var row []htmlCell
		for k := d.nodes[tr].first; k != none; k = d.nodes[k].next {
			a := d.nodes[k].tag
			if a != atom.Td && a != atom.Th {
				continue
			}
			hc := htmlCell{node: k, header: a == atom.Th, align: r.alignOf(k)}
			hc.cs, hc.rs = span(d.attrOr(k, "colspan")), span(d.attrOr(k, "rowspan"))
			hc.cs = min(max(hc.cs, 1), model.MaxColSpan)
			hc.rs = min(max(hc.rs, 1), model.MaxRowSpan)
			row = append(row, hc)
		}
		rows = append(rows, row)
	}
	for k := d.nodes[n].first; k != none; k = d.nodes[k].next {
		switch d.nodes[k].tag {
		case atom.Caption:
			caption = k
		case atom.Colgroup:
			for col := d.nodes[k].first; col != none; col = d.nodes[col].next {
				if d.nodes[col].tag == atom.Col {
					t.ColumnWidths = append(t.ColumnWidths, r.colWidth(col))
				}
			}
		case atom.Col:
			t.ColumnWidths = append(t.ColumnWidths, r.colWidth(k))
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for tr := d.nodes[k].first; tr != none; tr = d.nodes[tr].next {
				if d.nodes[tr].tag == atom.Tr {
					addRow(tr)
					if d.nodes[k].tag == atom.Thead && len(rows) == theadRows+1 {
						theadRows++
					}
				}
			}
		case atom.Tr:
			addRow(k)
		}
	}
	allZero := true
	for _, w := range t.ColumnWidths {
		allZero = allZero && w == 0
	}
	if allZero {
		t.ColumnWidths = nil
	}
	// Drop empty rows (a <tr></tr>); the model has no row without cells.
	kept := rows[:0]
	for _, row := range rows {
		if len(row) > 0 {
			kept = append(kept, row)
		}
	}
	rows = kept
	if len(rows) == 0 {
		if caption != none {
			f.flush()
			r.children(f, caption, c)
			f.flush()
		}
		return
	}
	for _, row := range rows {
		tr := model.TableRow{Cells: make([]model.TableCell, len(row))}
		for i, hc := range row {
			tr.Cells[i] = model.TableCell{ColSpan: hc.cs, RowSpan: hc.rs}
		}
		t.Rows = append(t.Rows, tr)
	}
	// A table no writer could lay out: without its spans, or as paragraphs.
	if t.DropHugeSpans() {
		r.warn(diag.Approximated, n, "the table's spans would lay it out beyond %d positions; they are left out", model.MaxGridPositions)
		for ri := range rows {
			for i := range rows[ri] {
				rows[ri][i].cs, rows[ri][i].rs = 1, 1
			}
		}
	}
	if t.Oversized() {
		r.warn(diag.Approximated, n, "the table is beyond %d positions; each row is read as a paragraph", model.MaxGridPositions)
		f.flush()
		for _, row := range rows {
			var parts []string
			for _, hc := range row {
				parts = append(parts, collapse(model.BlocksText(r.sub(hc.node, c))))
			}
			f.out = append(f.out, &model.Paragraph{Inlines: model.Inlines{&model.Text{Value: strings.Join(parts, " | ")}}})
		}
		return
	}
	t.Rows = nil
	t.HeaderRow = theadRows > 0 || allHeaders(rows[0])
	if _, ok := d.attr(n, "data-header-column"); ok {
		t.HeaderColumn = true
	} else if start := btoi(t.HeaderRow); start < len(rows) {
		t.HeaderColumn = true
		for _, row := range rows[start:] {
			t.HeaderColumn = t.HeaderColumn && row[0].header
		}
		if allHeaders(rows[0]) && start == 0 {
			t.HeaderColumn = false
		}
	}
	// Lay the cells out to find each one's column, then the alignments
	// every cell of a column shares.
	for _, row := range rows {
		tr := model.TableRow{Cells: make([]model.TableCell, len(row))}
		for i, hc := range row {
			tr.Cells[i] = model.TableCell{ColSpan: hc.cs, RowSpan: hc.rs}
		}
		t.Rows = append(t.Rows, tr)
	}
	cols := t.Grid().Columns()
	colAlign := map[int]model.Align{}
	mixed := map[int]bool{}
	for ri, row := range rows {
		for i, hc := range row {
			col := cols[ri][i]
			if a, seen := colAlign[col]; seen && a != hc.align {
				mixed[col] = true
			}
			colAlign[col] = hc.align
		}
	}
	for col, a := range colAlign {
		if !mixed[col] && a != model.AlignNone {
			for len(t.ColumnAligns) <= col {
				t.ColumnAligns = append(t.ColumnAligns, model.AlignNone)
			}
			t.ColumnAligns[col] = a
		}
	}
	for ri, row := range rows {
		for i, hc := range row {
			cc := c
			cc.align = model.AlignNone
			if col := cols[ri][i]; mixed[col] || colAlign[col] == model.AlignNone {
				cc.align = hc.align
			} else {
				cc.cellAlign = true // the column says it; paragraphs say only their own
			}
			// A header cell shows bold, but the table's header row or
			// column says so; its runs are bold only where they say it.
			cc = r.textCtx(cc, cssstyle.TextStyle(r.decls(hc.node)), true)
			t.Rows[ri].Cells[i].Blocks = r.sub(hc.node, cc)
		}
	}
	if caption != none {
		f.flush()
		r.children(f, caption, c)
		f.flush()
	}
	f.block(t)
}

func allHeaders(row []htmlCell) bool {
	for _, hc := range row {
		if !hc.header {
			return false
		}
	}
	return len(row) > 0
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (r *reader) colWidth(col int32) int {
	w := dimension(r.d.attrOr(col, "width"), r.decls(col), "width")
	return int(w + 0.5)
}

// span reads a colspan or rowspan value; 0 when absent or not a number (an
// absent one is the common case, read without an error value).
func span(v string) int {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	n, _ := strconv.Atoi(v)
	return n
}
