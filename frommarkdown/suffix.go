package frommarkdown

import (
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/model"
	"github.com/yuin/goldmark/ast"
)

// Feishu's Markdown ends a heading or paragraph with an attribute list:
// `# Title {align="center" color="blue"}`. align sets the alignment, color
// the color of every run, background-color (or bgcolor) the whole block's
// background and indent the indentation level (our extension, from the Docx
// and OKR formats). A list with any other key, or an escaped brace, is text.

// parseSuffix splits raw, the source of a block's last text, into the text
// before an attribute list and the attributes, in order.
func parseSuffix(raw string) (before string, attrs [][2]string, ok bool) {
	s := strings.TrimRight(raw, " \t")
	if !strings.HasSuffix(s, "}") {
		return "", nil, false
	}
	open := strings.LastIndexByte(s, '{')
	if open < 0 || (open > 0 && s[open-1] == '\\') {
		return "", nil, false
	}
	body := s[open+1 : len(s)-1]
	for {
		body = strings.TrimLeft(body, " ")
		if body == "" {
			break
		}
		eq := strings.IndexByte(body, '=')
		if eq <= 0 || eq+1 >= len(body) || body[eq+1] != '"' {
			return "", nil, false
		}
		key := body[:eq]
		for _, c := range key {
			if (c < 'a' || c > 'z') && c != '-' {
				return "", nil, false
			}
		}
		end := strings.IndexByte(body[eq+2:], '"')
		if end < 0 {
			return "", nil, false
		}
		attrs = append(attrs, [2]string{key, body[eq+2 : eq+2+end]})
		body = body[eq+2+end+1:]
		if body != "" && body[0] != ' ' {
			return "", nil, false
		}
	}
	if len(attrs) == 0 {
		return "", nil, false
	}
	return s[:open], attrs, true
}

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
	before, attrs, ok := parseSuffix(raw)
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
