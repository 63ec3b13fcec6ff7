package model

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/richtext-go/richtext/color"
)

// decoder turns the generic JSON value tree into model structs, recording the
// first error with its path.
type decoder struct {
	err   error
	depth int
}

func (d *decoder) fail(path, format string, args ...any) {
	if d.err == nil {
		if path == "" {
			path = "document"
		}
		d.err = fmt.Errorf("%s: %s", path, fmt.Sprintf(format, args...))
	}
}

type object struct {
	d    *decoder
	path string
	m    map[string]any
	used []string
}

func (d *decoder) object(path string, v any) *object {
	m, ok := v.(map[string]any)
	if !ok {
		d.fail(path, "want an object, got %s", kindOf(v))
		return &object{d: d, path: path}
	}
	return &object{d: d, path: path, m: m}
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func (o *object) sub(key string) string {
	if o.path == "" {
		return key
	}
	return o.path + "." + key
}

func (o *object) get(key string) (any, bool) {
	o.used = append(o.used, key)
	v, ok := o.m[key]
	return v, ok && v != nil
}

// done reports members that no accessor asked for.
func (o *object) done() {
	if o.m == nil {
		return
	}
	seen := make(map[string]bool, len(o.used))
	for _, k := range o.used {
		if _, ok := o.m[k]; ok {
			seen[k] = true
		}
	}
	if len(seen) == len(o.m) {
		return
	}
	var unknown []string
	for k := range o.m {
		if !seen[k] {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	if len(unknown) > 0 {
		o.d.fail(o.sub(unknown[0]), "unknown member")
	}
}

func (o *object) str(key string) string {
	v, ok := o.get(key)
	if !ok {
		return ""
	}
	s, isStr := v.(string)
	if !isStr {
		o.d.fail(o.sub(key), "want a string, got %s", kindOf(v))
	}
	return s
}

func (o *object) boolean(key string) bool {
	v, ok := o.get(key)
	if !ok {
		return false
	}
	b, isBool := v.(bool)
	if !isBool {
		o.d.fail(o.sub(key), "want a boolean, got %s", kindOf(v))
	}
	return b
}

func (o *object) number(key string) (json.Number, bool) {
	v, ok := o.get(key)
	if !ok {
		return "", false
	}
	n, isNum := v.(json.Number)
	if !isNum {
		o.d.fail(o.sub(key), "want a number, got %s", kindOf(v))
		return "", false
	}
	return n, true
}

func (o *object) integer(key string) int {
	n, ok := o.number(key)
	if !ok {
		return 0
	}
	i, err := strconv.ParseInt(string(n), 10, 32)
	if err != nil {
		o.d.fail(o.sub(key), "want an integer, got %s", n)
	}
	return int(i)
}

func (o *object) smallInt(key string) int {
	n := o.integer(key)
	if n < 0 || n > 255 {
		o.d.fail(o.sub(key), "%d is outside 0–255", n)
	}
	return n
}

func (o *object) int64(key string) int64 {
	n, ok := o.number(key)
	if !ok {
		return 0
	}
	i, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		o.d.fail(o.sub(key), "want an integer, got %s", n)
	}
	return i
}

func (o *object) float(key string) float64 {
	n, ok := o.number(key)
	if !ok {
		return 0
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || math.IsInf(f, 0) {
		o.d.fail(o.sub(key), "number %s is out of range", n)
	}
	return f
}

func (o *object) color(key string) color.RGBA {
	s := o.str(key)
	if s == "" {
		return color.RGBA{}
	}
	c, err := color.Parse(s)
	if err != nil {
		o.d.fail(o.sub(key), "%v", err)
	}
	return c
}

func (o *object) align(key string) Align {
	s := o.str(key)
	a, ok := ParseAlign(s)
	if !ok {
		o.d.fail(o.sub(key), "alignment %q is not left, center or right", s)
	}
	return a
}

func (o *object) strings(key string) []string {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	arr, isArr := v.([]any)
	if !isArr {
		o.d.fail(o.sub(key), "want an array of strings, got %s", kindOf(v))
		return nil
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, isStr := e.(string)
		if !isStr {
			o.d.fail(idx(o.sub(key), i), "want a string, got %s", kindOf(e))
		}
		out = append(out, s)
	}
	return out
}

func (o *object) ints(key string) []int {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	arr, isArr := v.([]any)
	if !isArr {
		o.d.fail(o.sub(key), "want an array of integers, got %s", kindOf(v))
		return nil
	}
	out := make([]int, 0, len(arr))
	for i, e := range arr {
		n, isNum := e.(json.Number)
		x, err := strconv.ParseInt(string(n), 10, 32)
		if !isNum || err != nil {
			o.d.fail(idx(o.sub(key), i), "want an integer, got %s", kindOf(e))
		}
		out = append(out, int(x))
	}
	return out
}

func (o *object) attrs(key string) map[string]string {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	m, isObj := v.(map[string]any)
	if !isObj {
		o.d.fail(o.sub(key), "want an object of strings, got %s", kindOf(v))
		return nil
	}
	out := make(map[string]string, len(m))
	for k, e := range m {
		s, isStr := e.(string)
		if !isStr {
			o.d.fail(o.sub(key)+"."+k, "want a string, got %s", kindOf(e))
		}
		out[k] = s
	}
	return out
}

func (o *object) array(key string) []any {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	arr, isArr := v.([]any)
	if !isArr {
		o.d.fail(o.sub(key), "want an array, got %s", kindOf(v))
	}
	return arr
}

func (o *object) blocks(key string) Blocks {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	return o.d.blocks(o.sub(key), v)
}

func (o *object) inlines(key string) Inlines {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	return o.d.inlines(o.sub(key), v)
}

func (o *object) style(key string) Style {
	v, ok := o.get(key)
	if !ok {
		return Style{}
	}
	so := o.d.object(o.sub(key), v)
	s := Style{
		Bold:          so.boolean("bold"),
		Italic:        so.boolean("italic"),
		ExtraBold:     uint8(so.smallInt("extra_bold")),
		ExtraItalic:   uint8(so.smallInt("extra_italic")),
		Underline:     so.boolean("underline"),
		Strikethrough: so.boolean("strikethrough"),
		Code:          so.boolean("code"),
		Link:          so.str("link"),
		LinkTitle:     so.str("link_title"),
		Color:         so.color("color"),
		Background:    so.color("background"),
		CommentIDs:    so.str("comment_ids"),
	}
	switch sc := so.str("script"); sc {
	case "":
	case "sub":
		s.Script = Subscript
	case "super":
		s.Script = Superscript
	default:
		o.d.fail(so.sub("script"), "script %q is not sub or super", sc)
	}
	so.done()
	return s
}

const maxDecodeDepth = MaxValidateDepth

func (d *decoder) blocks(path string, v any) Blocks {
	arr, ok := v.([]any)
	if !ok {
		d.fail(path, "want an array of blocks, got %s", kindOf(v))
		return nil
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > maxDecodeDepth {
		d.fail(path, "blocks nest deeper than %d levels", maxDecodeDepth)
		return nil
	}
	out := make(Blocks, 0, len(arr))
	for i, e := range arr {
		if d.err != nil {
			return nil
		}
		if b := d.block(idx(path, i), e); b != nil {
			out = append(out, b)
		}
	}
	return out
}

func (d *decoder) block(p string, v any) Block {
	o := d.object(p, v)
	if o.m == nil {
		return nil
	}
	typ := o.str("type")
	var b Block
	switch typ {
	case "paragraph":
		b = &Paragraph{
			Inlines: o.inlines("inlines"), Align: o.align("align"), Indent: o.integer("indent"),
			Background: o.color("background"), Folded: o.boolean("folded"),
			CommentIDs: o.strings("comment_ids"), Children: o.blocks("children"),
		}
	case "heading":
		b = &Heading{
			Level: o.integer("level"), Inlines: o.inlines("inlines"), Align: o.align("align"),
			Background: o.color("background"), Folded: o.boolean("folded"),
			CommentIDs: o.strings("comment_ids"), Children: o.blocks("children"),
		}
	case "list":
		l := &List{Ordered: o.boolean("ordered"), Start: o.integer("start"), Loose: o.boolean("loose")}
		for i, e := range o.array("items") {
			io := d.object(idx(o.sub("items"), i), e)
			l.Items = append(l.Items, ListItem{Task: io.boolean("task"), Checked: io.boolean("checked"), Blocks: io.blocks("blocks")})
			io.done()
		}
		b = l
	case "code":
		b = &CodeBlock{
			Language: o.str("language"), Meta: o.str("meta"), Inlines: o.inlines("inlines"),
			Wrap: o.boolean("wrap"), CommentIDs: o.strings("comment_ids"),
		}
	case "quote":
		b = &Quote{Container: o.boolean("container"), Blocks: o.blocks("blocks")}
	case "callout":
		b = &Callout{
			Emoji: o.str("emoji"), Background: o.color("background"), Border: o.color("border"),
			Color: o.color("color"), Blocks: o.blocks("blocks"),
		}
	case "divider":
		b = &Divider{}
	case "image":
		im := d.image(o)
		b = &im
	case "gallery":
		g := &Gallery{}
		for i, e := range o.array("images") {
			io := d.object(idx(o.sub("images"), i), e)
			if t := io.str("type"); t != "" && t != "image" {
				d.fail(io.sub("type"), "gallery images have type image, not %q", t)
			}
			g.Images = append(g.Images, d.image(io))
			io.done()
		}
		b = g
	case "table":
		t := &Table{
			HeaderRow: o.boolean("header_row"), HeaderColumn: o.boolean("header_column"),
			ColumnWidths: o.ints("column_widths"),
		}
		for i, s := range o.strings("column_aligns") {
			a, ok := ParseAlign(s)
			if !ok {
				d.fail(idx(o.sub("column_aligns"), i), "alignment %q is not left, center or right", s)
			}
			t.ColumnAligns = append(t.ColumnAligns, a)
		}
		for r, e := range o.array("rows") {
			ro := d.object(idx(o.sub("rows"), r), e)
			var row TableRow
			for c, ce := range ro.array("cells") {
				co := d.object(idx(ro.sub("cells"), c), ce)
				row.Cells = append(row.Cells, TableCell{
					RowSpan: co.integer("row_span"), ColSpan: co.integer("col_span"), Blocks: co.blocks("blocks"),
				})
				co.done()
			}
			ro.done()
			t.Rows = append(t.Rows, row)
		}
		b = t
	case "grid":
		g := &Grid{}
		for i, e := range o.array("columns") {
			co := d.object(idx(o.sub("columns"), i), e)
			g.Columns = append(g.Columns, GridColumn{WidthRatio: co.integer("width_ratio"), Blocks: co.blocks("blocks")})
			co.done()
		}
		b = g
	case "equation":
		b = &Equation{TeX: o.str("tex")}
	case "embed":
		b = &Embed{Kind: o.str("kind"), Attrs: o.attrs("attrs"), Blocks: o.blocks("blocks")}
	case "raw":
		b = &Raw{Format: o.str("format"), Content: o.str("content")}
	case "":
		d.fail(p, "block without a type")
		return nil
	default:
		d.fail(o.sub("type"), "unknown block type %q", typ)
		return nil
	}
	o.done()
	return b
}

func (d *decoder) image(o *object) Image {
	return Image{
		URL: o.str("url"), Token: o.str("token"), Alt: o.str("alt"), Title: o.str("title"),
		Caption: o.str("caption"), Width: o.float("width"), Height: o.float("height"), Align: o.align("align"),
	}
}

func (d *decoder) inlines(path string, v any) Inlines {
	arr, ok := v.([]any)
	if !ok {
		d.fail(path, "want an array of inlines, got %s", kindOf(v))
		return nil
	}
	out := make(Inlines, 0, len(arr))
	for i, e := range arr {
		if d.err != nil {
			return nil
		}
		if in := d.inline(idx(path, i), e); in != nil {
			out = append(out, in)
		}
	}
	return out
}

func (d *decoder) inline(p string, v any) Inline {
	o := d.object(p, v)
	if o.m == nil {
		return nil
	}
	typ := o.str("type")
	var in Inline
	switch typ {
	case "text":
		in = &Text{Value: o.str("value"), Style: o.style("style")}
	case "break":
		in = &Break{Style: o.style("style")}
	case "softbreak":
		in = &SoftBreak{Style: o.style("style")}
	case "mention":
		m := &Mention{
			UserID: o.str("user_id"), Token: o.str("token"), DocType: o.str("doc_type"),
			URL: o.str("url"), Title: o.str("title"), Style: o.style("style"),
		}
		switch k := o.str("kind"); k {
		case "user":
			m.Kind = MentionUser
		case "doc":
			m.Kind = MentionDoc
		default:
			d.fail(o.sub("kind"), "mention kind %q is not user or doc", k)
		}
		in = m
	case "math":
		in = &Math{TeX: o.str("tex"), Style: o.style("style")}
	case "reminder":
		in = &Reminder{
			UserID: o.str("user_id"), Notify: o.boolean("notify"), WholeDay: o.boolean("whole_day"),
			ExpireTime: o.int64("expire_time"), NotifyTime: o.int64("notify_time"), Style: o.style("style"),
		}
	case "image":
		in = &InlineImage{
			URL: o.str("url"), Alt: o.str("alt"), Title: o.str("title"),
			Width: o.float("width"), Height: o.float("height"), Style: o.style("style"),
		}
	case "file":
		in = &InlineFile{Token: o.str("token"), SourceBlockID: o.str("source_block_id"), Name: o.str("name"), Style: o.style("style")}
	case "raw":
		in = &RawInline{Format: o.str("format"), Content: o.str("content")}
	case "":
		d.fail(p, "inline without a type")
		return nil
	default:
		d.fail(o.sub("type"), "unknown inline type %q", typ)
		return nil
	}
	o.done()
	return in
}
