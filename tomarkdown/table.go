package tomarkdown

import (
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/model"
)

func (w *writer) table(t *model.Table) {
	switch {
	case w.cfg.tables == TablesLark && !w.cfg.plain:
		w.larkTable(t)
	case gfmable(t):
		w.pipeTable(t)
	case w.cfg.plain || w.cfg.tables == TablesHTML:
		if w.cfg.plain {
			w.warn(diag.Approximated, "a table with merged cells or several blocks in a cell is written as an HTML table")
		}
		w.htmlTable(t)
	default:
		w.larkTable(t)
	}
}

// gfmable reports whether a GFM pipe table can hold t: rows of equal
// length, no spans, at most one plain paragraph per cell.
func gfmable(t *model.Table) bool {
	if len(t.Rows) == 0 || !t.Simple() {
		return false
	}
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			if len(c.Blocks) == 1 {
				if p := c.Blocks[0].(*model.Paragraph); p.Align != model.AlignNone || len(p.CommentIDs) > 0 {
					return false
				}
			}
		}
	}
	return true
}

// gfmTable reports whether table writes t as a GFM pipe table.
func (w *writer) gfmTable(t *model.Table) bool {
	return !(w.cfg.tables == TablesLark && !w.cfg.plain) && gfmable(t)
}

func (w *writer) pipeTable(t *model.Table) {
	if !t.HeaderRow {
		w.warn(diag.Approximated, "the table has no header row; GFM writes its first row as the header")
	}
	if t.HeaderColumn {
		w.warn(diag.Unsupported, "GFM tables have no header column")
	}
	if len(t.ColumnWidths) > 0 {
		w.warn(diag.Unsupported, "GFM tables do not keep column widths")
	}
	cols := len(t.Rows[0].Cells)
	cells := make([][]string, len(t.Rows))
	widths := make([]int, cols)
	w.path.Push("rows", -1)
	for r, row := range t.Rows {
		w.path.Push("", r)
		cells[r] = make([]string, cols)
		for c, cell := range row.Cells {
			if len(cell.Blocks) == 1 {
				w.path.Push("cells", c)
				cells[r][c] = w.inlines(cell.Blocks[0].(*model.Paragraph).Inlines, ctxCell)
				w.path.Pop()
			}
			widths[c] = max(widths[c], displayWidth(cells[r][c]))
		}
		w.path.Pop()
	}
	w.path.Pop()
	aligns := make([]model.Align, cols)
	copy(aligns, t.ColumnAligns)
	for c := range widths {
		widths[c] = max(widths[c], 3)
	}
	var b strings.Builder
	writeRow := func(row []string) {
		b.WriteByte('|')
		for c, s := range row {
			b.WriteByte(' ')
			pad := widths[c] - displayWidth(s)
			switch aligns[c] {
			case model.AlignRight:
				b.WriteString(strings.Repeat(" ", pad))
				b.WriteString(s)
			case model.AlignCenter:
				b.WriteString(strings.Repeat(" ", pad/2))
				b.WriteString(s)
				b.WriteString(strings.Repeat(" ", pad-pad/2))
			default:
				b.WriteString(s)
				b.WriteString(strings.Repeat(" ", pad))
			}
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	writeRow(cells[0])
	b.WriteByte('|')
	for c, width := range widths {
		b.WriteByte(' ')
		switch aligns[c] {
		case model.AlignLeft:
			b.WriteString(":" + strings.Repeat("-", width-1))
		case model.AlignRight:
			b.WriteString(strings.Repeat("-", width-1) + ":")
		case model.AlignCenter:
			b.WriteString(":" + strings.Repeat("-", width-2) + ":")
		default:
			b.WriteString(strings.Repeat("-", width))
		}
		b.WriteString(" |")
	}
	b.WriteByte('\n')
	for _, row := range cells[1:] {
		writeRow(row)
	}
	w.lines(b.String())
}

// displayWidth counts East Asian wide characters as two columns, so that
// tables of Chinese text line up.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if wide(r) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func wide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF && r != 0x303F || r >= 0xAC00 && r <= 0xD7A3 ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 || r >= 0xFFE0 && r <= 0xFFE6 ||
		r >= 0x1F300 && r <= 0x1FAFF || r >= 0x20000 && r <= 0x3FFFD)
}

// larkTable writes Feishu's <lark-table>, which keeps everything a table
// can have.
func (w *writer) larkTable(t *model.Table) {
	var attrs []attr
	if len(t.ColumnWidths) > 0 {
		ws := make([]string, len(t.ColumnWidths))
		for i, v := range t.ColumnWidths {
			ws[i] = strconv.Itoa(v)
		}
		attrs = append(attrs, attr{"column-widths", strings.Join(ws, ",")})
	}
	if t.HeaderRow {
		attrs = append(attrs, attr{"header-row", "true"})
	}
	if t.HeaderColumn {
		attrs = append(attrs, attr{"header-column", "true"})
	}
	if len(t.ColumnAligns) > 0 {
		w.warn(diag.Unsupported, "<lark-table> has no column alignment")
	}
	w.lines("<lark-table" + formatAttrs(attrs) + ">\n")
	w.tableRows(t, "lark-tr", func(int, int) string { return "lark-td" })
	w.lines("</lark-table>\n")
}

// htmlTable writes an HTML table whose cells hold Markdown.
func (w *writer) htmlTable(t *model.Table) {
	if len(t.ColumnWidths) > 0 {
		w.warn(diag.Unsupported, "the HTML table does not keep column widths")
	}
	w.lines("<table>\n")
	w.tableRows(t, "tr", func(r, c int) string {
		if (t.HeaderRow && r == 0) || (t.HeaderColumn && c == 0) {
			return "th"
		}
		return "td"
	})
	w.lines("</table>\n")
}

func (w *writer) tableRows(t *model.Table, rowTag string, cellTag func(r, c int) string) {
	w.path.Push("rows", -1)
	for r, row := range t.Rows {
		w.path.Push("", r)
		w.lines("<" + rowTag + ">\n")
		w.path.Push("cells", -1)
		for c, cell := range row.Cells {
			w.path.Push("", c)
			var attrs []attr
			if cell.RowSpan > 1 {
				attrs = append(attrs, attr{"rowspan", strconv.Itoa(cell.RowSpan)})
			}
			if cell.ColSpan > 1 {
				attrs = append(attrs, attr{"colspan", strconv.Itoa(cell.ColSpan)})
			}
			w.container(cellTag(r, c), attrs, cell.Blocks)
			w.path.Pop()
		}
		w.path.Pop()
		w.lines("</" + rowTag + ">\n")
		w.path.Pop()
	}
	w.path.Pop()
}
