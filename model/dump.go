package model

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Dump returns a readable, indented outline of d for test failures and
// debugging: one node per line with its attributes.
func Dump(d *Document) string {
	var w dumper
	w.line(0, "Document", kv("title", d.Title), mapKV("meta", d.Meta))
	w.blocks(1, d.Blocks)
	return w.b.String()
}

// DumpBlocks is Dump for a block sequence.
func DumpBlocks(bs Blocks) string {
	var w dumper
	w.blocks(0, bs)
	return w.b.String()
}

type dumper struct{ b strings.Builder }

func kv(k, v string) string {
	if v == "" {
		return ""
	}
	return k + "=" + strconv.Quote(v)
}

func flag(k string, on bool) string {
	if on {
		return k
	}
	return ""
}

func num(k string, v float64) string {
	if v == 0 {
		return ""
	}
	return k + "=" + strconv.FormatFloat(v, 'f', -1, 64)
}

func mapKV(k string, m map[string]string) string {
	if len(m) == 0 {
		return ""
	}
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, key := range keys {
		parts[i] = key + "=" + strconv.Quote(m[key])
	}
	return k + "{" + strings.Join(parts, " ") + "}"
}

func (w *dumper) line(depth int, name string, attrs ...string) {
	w.b.WriteString(strings.Repeat("  ", depth))
	w.b.WriteString(name)
	for _, a := range attrs {
		if a != "" {
			w.b.WriteByte(' ')
			w.b.WriteString(a)
		}
	}
	w.b.WriteByte('\n')
}

func (w *dumper) blocks(depth int, bs Blocks) {
	if depth > MaxValidateDepth {
		w.line(depth, "…")
		return
	}
	for _, b := range bs {
		w.block(depth, b)
	}
}

func styleString(s Style) string {
	if s.IsZero() {
		return ""
	}
	var parts []string
	for _, f := range []struct {
		on   bool
		name string
	}{{s.Bold, "bold"}, {s.Italic, "italic"}, {s.Underline, "underline"}, {s.Strikethrough, "strike"}, {s.Code, "code"},
		{s.Script == Subscript, "sub"}, {s.Script == Superscript, "super"}} {
		if f.on {
			parts = append(parts, f.name)
		}
	}
	if s.ExtraBold > 0 {
		parts = append(parts, "extra-bold="+strconv.Itoa(int(s.ExtraBold)))
	}
	if s.ExtraItalic > 0 {
		parts = append(parts, "extra-italic="+strconv.Itoa(int(s.ExtraItalic)))
	}
	if s.Link != "" {
		parts = append(parts, "link="+strconv.Quote(s.Link))
	}
	if s.LinkTitle != "" {
		parts = append(parts, "title="+strconv.Quote(s.LinkTitle))
	}
	if !s.Color.IsZero() {
		parts = append(parts, "color="+s.Color.String())
	}
	if !s.Background.IsZero() {
		parts = append(parts, "bg="+s.Background.String())
	}
	if s.CommentIDs != "" {
		parts = append(parts, "comments="+strconv.Quote(s.CommentIDs))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func colorKV(k string, c interface {
	IsZero() bool
	String() string
}) string {
	if c.IsZero() {
		return ""
	}
	return k + "=" + c.String()
}

func (w *dumper) block(depth int, b Block) {
	switch b := b.(type) {
	case *Paragraph:
		w.line(depth, "Paragraph", kv("align", b.Align.String()), num("indent", float64(b.Indent)),
			colorKV("bg", b.Background), flag("folded", b.Folded), comments(b.CommentIDs))
		w.inlines(depth+1, b.Inlines)
		w.children(depth+1, b.Children)
	case *Heading:
		w.line(depth, "Heading", "level="+strconv.Itoa(b.Level), kv("align", b.Align.String()),
			colorKV("bg", b.Background), flag("folded", b.Folded), comments(b.CommentIDs))
		w.inlines(depth+1, b.Inlines)
		w.children(depth+1, b.Children)
	case *List:
		kind := "bullet"
		if b.Ordered {
			kind = "ordered start=" + strconv.Itoa(b.Start)
		}
		w.line(depth, "List", kind, flag("loose", b.Loose))
		for _, it := range b.Items {
			state := ""
			if it.Task {
				state = "[ ]"
				if it.Checked {
					state = "[x]"
				}
			}
			w.line(depth+1, "Item", state)
			w.blocks(depth+2, it.Blocks)
		}
	case *CodeBlock:
		w.line(depth, "CodeBlock", kv("lang", b.Language), kv("meta", b.Meta), flag("wrap", b.Wrap), comments(b.CommentIDs))
		w.inlines(depth+1, b.Inlines)
	case *Quote:
		w.line(depth, "Quote", flag("container", b.Container))
		w.blocks(depth+1, b.Blocks)
	case *Callout:
		w.line(depth, "Callout", kv("emoji", b.Emoji), colorKV("bg", b.Background), colorKV("border", b.Border), colorKV("color", b.Color))
		w.blocks(depth+1, b.Blocks)
	case *Divider:
		w.line(depth, "Divider")
	case *Image:
		w.image(depth, b)
	case *Gallery:
		w.line(depth, "Gallery")
		for i := range b.Images {
			w.image(depth+1, &b.Images[i])
		}
	case *Table:
		var extra []string
		if len(b.ColumnWidths) > 0 {
			extra = append(extra, fmt.Sprintf("widths=%v", b.ColumnWidths))
		}
		if len(b.ColumnAligns) > 0 {
			names := make([]string, len(b.ColumnAligns))
			for i, a := range b.ColumnAligns {
				names[i] = a.String()
				if names[i] == "" {
					names[i] = "-"
				}
			}
			extra = append(extra, "aligns=["+strings.Join(names, " ")+"]")
		}
		w.line(depth, "Table", append([]string{flag("header-row", b.HeaderRow), flag("header-column", b.HeaderColumn)}, extra...)...)
		for _, r := range b.Rows {
			w.line(depth+1, "Row")
			for _, c := range r.Cells {
				w.line(depth+2, "Cell", num("rowspan", float64(c.RowSpan)), num("colspan", float64(c.ColSpan)))
				w.blocks(depth+3, c.Blocks)
			}
		}
	case *Grid:
		w.line(depth, "Grid")
		for _, c := range b.Columns {
			w.line(depth+1, "Column", num("width", float64(c.WidthRatio)))
			w.blocks(depth+2, c.Blocks)
		}
	case *Equation:
		w.line(depth, "Equation", kv("tex", b.TeX))
	case *Embed:
		w.line(depth, "Embed", kv("kind", b.Kind), mapKV("attrs", b.Attrs))
		w.blocks(depth+1, b.Blocks)
	case *Raw:
		w.line(depth, "Raw", kv("format", b.Format), strconv.Quote(b.Content))
	default:
		w.line(depth, fmt.Sprintf("?%T", b))
	}
}

func comments(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return "comments=" + strconv.Quote(strings.Join(ids, ","))
}

func (w *dumper) children(depth int, bs Blocks) {
	if len(bs) == 0 {
		return
	}
	w.line(depth, "Children")
	w.blocks(depth+1, bs)
}

func (w *dumper) image(depth int, im *Image) {
	w.line(depth, "Image", kv("url", im.URL), kv("token", im.Token), kv("alt", im.Alt), kv("title", im.Title),
		kv("caption", im.Caption), num("width", im.Width), num("height", im.Height), kv("align", im.Align.String()))
}

func (w *dumper) inlines(depth int, is Inlines) {
	for _, in := range is {
		switch in := in.(type) {
		case *Text:
			w.line(depth, "Text", strconv.Quote(in.Value), styleString(in.Style))
		case *Break:
			w.line(depth, "Break", styleString(in.Style))
		case *SoftBreak:
			w.line(depth, "SoftBreak", styleString(in.Style))
		case *Mention:
			kind := "user"
			if in.Kind == MentionDoc {
				kind = "doc"
			}
			w.line(depth, "Mention", kind, kv("user", in.UserID), kv("token", in.Token), kv("type", in.DocType),
				kv("url", in.URL), kv("title", in.Title), styleString(in.Style))
		case *Math:
			w.line(depth, "Math", strconv.Quote(in.TeX), styleString(in.Style))
		case *Reminder:
			w.line(depth, "Reminder", kv("user", in.UserID), flag("notify", in.Notify), flag("whole-day", in.WholeDay),
				num("expire", float64(in.ExpireTime)), num("notify-at", float64(in.NotifyTime)), styleString(in.Style))
		case *InlineImage:
			w.line(depth, "InlineImage", kv("url", in.URL), kv("alt", in.Alt), kv("title", in.Title),
				num("width", in.Width), num("height", in.Height), styleString(in.Style))
		case *InlineFile:
			w.line(depth, "InlineFile", kv("token", in.Token), kv("block", in.SourceBlockID), kv("name", in.Name), styleString(in.Style))
		case *RawInline:
			w.line(depth, "RawInline", kv("format", in.Format), strconv.Quote(in.Content))
		default:
			w.line(depth, fmt.Sprintf("?%T", in))
		}
	}
}
