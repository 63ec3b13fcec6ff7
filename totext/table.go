package totext

import (
	"strings"

	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
)

// table lays a table out as aligned columns, two spaces apart, with a rule
// of dashes under a header row. A cell spanning columns or rows shows its
// text at its first position.
func table(w *writer, t *model.Table) []string {
	g := t.Grid()
	text := make([][]string, g.Rows)
	widths := make([]int, g.Cols)
	for r := 0; r < g.Rows; r++ {
		text[r] = make([]string, g.Cols)
		for c := 0; c < g.Cols; c++ {
			ref := g.At[r][c]
			if ref == nil || !ref.Origin {
				continue
			}
			w.path.Push("rows", ref.Row)
			w.path.Push("cells", ref.Index)
			s := cellText(w, t.Rows[ref.Row].Cells[ref.Index].Blocks)
			w.path.Pop()
			w.path.Pop()
			text[r][c] = s
			widths[c] = max(widths[c], textutil.Width(s))
		}
	}
	var lines []string
	for r := range text {
		var b strings.Builder
		for c, s := range text[r] {
			if c > 0 {
				b.WriteString("  ")
			}
			pad := widths[c] - textutil.Width(s)
			align := model.AlignNone
			if c < len(t.ColumnAligns) {
				align = t.ColumnAligns[c]
			}
			switch align {
			case model.AlignRight:
				b.WriteString(strings.Repeat(" ", pad) + s)
			case model.AlignCenter:
				b.WriteString(strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2))
			default:
				b.WriteString(s + strings.Repeat(" ", pad))
			}
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
		if r == 0 && t.HeaderRow {
			var rule []string
			for _, cw := range widths {
				rule = append(rule, strings.Repeat("-", max(cw, 1)))
			}
			lines = append(lines, strings.Join(rule, "  "))
		}
	}
	return lines
}

// cellText is a cell's content on one line.
func cellText(w *writer, bs model.Blocks) string {
	var parts []string
	for _, b := range bs {
		switch b := b.(type) {
		case *model.Paragraph:
			parts = append(parts, w.inlines(b.Inlines))
		case *model.Heading:
			parts = append(parts, w.inlines(b.Inlines))
		default:
			parts = append(parts, model.BlocksText(model.Blocks{b}))
		}
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}
