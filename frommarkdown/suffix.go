package frommarkdown

import (
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
	"github.com/yuin/goldmark/ast"
)

// Feishu's Markdown ends a heading or paragraph with an attribute list:
// `# Title {align="center" color="blue"}`. align sets the alignment, color
// the color of every run, background-color (or bgcolor) the whole block's
// background and indent the indentation level (our extension, from the Docx
// and OKR formats). A list with any other key, or an escaped brace, is text.

// applySuffix reads the attribute list at the end of a heading or paragraph
// node, removes it from the block's last run and applies it. Pointers that
// are nil mark attributes the block cannot hold.
func applySuffix(r *reader, n ast.Node, ins *model.Inlines, align *model.Align, bg *color.RGBA, indent *int) {
	lines := n.Lines()
	if lines.Len() == 0 || len(*ins) == 0 {
		return
	}
	*ins = model.NormalizeInlines(*ins)
	if len(*ins) == 0 {
		return
	}
	lt, ok := (*ins)[len(*ins)-1].(*model.Text)
	if !ok {
		return
	}
	raw := strings.TrimRight(r.str(lines.At(lines.Len()-1)), " \t\r\n")
	before, attrs, ok := textutil.BlockAttrs(raw)
	if !ok {
		return
	}
	// The attribute list holds no escapes: the run must end with it as the
	// source line does.
	suffix := raw[len(before):]
	if !strings.HasSuffix(strings.TrimRight(lt.Value, " \t"), suffix) {
		return
	}
	var (
		al      model.Align
		fg, bgc color.RGBA
		ind     int
	)
	for _, kv := range attrs {
		switch kv[0] {
		case "align":
			a, ok := model.ParseAlign(kv[1])
			if !ok || a == model.AlignNone || align == nil {
				return
			}
			al = a
		case "color":
			c, err := color.ResolveName(color.FontColor, kv[1])
			if err != nil || c.IsZero() {
				return
			}
			fg = c
		case "background-color", "bgcolor":
			c, err := color.ResolveName(color.BlockBackground, kv[1])
			if err != nil || c.IsZero() || bg == nil {
				return
			}
			bgc = c
		case "indent":
			v, err := strconv.Atoi(kv[1])
			if err != nil || v < 1 || v > 16 || indent == nil {
				return
			}
			ind = v
		default:
			return
		}
	}
	// Remove the list and the spaces that separate it in the source; spaces
	// written as character references are text.
	v := strings.TrimRight(lt.Value, " \t")
	v = v[:len(v)-len(suffix)]
	gap := len(before) - len(strings.TrimRight(before, " \t"))
	for gap > 0 && len(v) > 0 && (v[len(v)-1] == ' ' || v[len(v)-1] == '\t') {
		v = v[:len(v)-1]
		gap--
	}
	lt.Value = v
	if al != model.AlignNone {
		*align = al
	}
	if !bgc.IsZero() {
		*bg = bgc
	}
	if ind > 0 {
		*indent = ind
	}
	if !fg.IsZero() {
		for _, in := range *ins {
			if st, ok := model.StyleOf(in); ok && st.Color.IsZero() {
				st.Color = fg
				model.SetStyle(in, st)
			}
		}
	}
}
