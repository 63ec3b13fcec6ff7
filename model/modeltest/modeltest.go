// Package modeltest provides documents for tests: a kitchen sink that holds
// every node type and attribute, and random documents for property tests.
package modeltest

import (
	"math/rand/v2"
	"strconv"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/model"
)

func red() color.RGBA       { c, _ := color.FontColor.Color(1); return c }
func lightRed() color.RGBA  { c, _ := color.FontBackground.Color(1); return c }
func lightBlue() color.RGBA { c, _ := color.CalloutBackground.Color(5); return c }
func blue() color.RGBA      { c, _ := color.CalloutBorder.Color(5); return c }

func text(s string) *model.Text { return &model.Text{Value: s} }

func para(ins ...model.Inline) *model.Paragraph { return &model.Paragraph{Inlines: ins} }

// KitchenSink returns a normalized document that uses every block type,
// every inline type and every attribute of the model at least once.
func KitchenSink() *model.Document {
	d := &model.Document{
		Title: "Kitchen sink 厨房",
		Meta:  map[string]string{"document_id": "doxcnKitchen", "revision_id": "7"},
		Blocks: model.Blocks{
			&model.Heading{Level: 1, Inlines: model.Inlines{text("Heading one 标题")}},
			&model.Heading{Level: 7, Align: model.AlignCenter, Background: lightRed(), Folded: true,
				CommentIDs: []string{"c1"}, Inlines: model.Inlines{text("Heading seven")},
				Children: model.Blocks{para(text("under the heading"))}},
			&model.Paragraph{Align: model.AlignRight, Indent: 2, Background: lightRed(), Folded: true,
				CommentIDs: []string{"c2", "c3"},
				Inlines: model.Inlines{
					text("plain "),
					&model.Text{Value: "bold", Style: model.Style{Bold: true}},
					&model.Text{Value: " italic", Style: model.Style{Italic: true}},
					&model.Text{Value: " under", Style: model.Style{Underline: true}},
					&model.Text{Value: " strike", Style: model.Style{Strikethrough: true}},
					&model.Text{Value: " code", Style: model.Style{Code: true}},
					&model.Text{Value: "2", Style: model.Style{Script: model.Subscript}},
					&model.Text{Value: "n", Style: model.Style{Script: model.Superscript}},
					&model.Text{Value: " link", Style: model.Style{Link: "https://example.com/a b?x=1&y=2", LinkTitle: "a title"}},
					&model.Text{Value: " red", Style: model.Style{Color: red(), Background: lightRed(), CommentIDs: "c4,c5"}},
					&model.Text{Value: " all", Style: model.Style{Bold: true, Italic: true, Underline: true, Strikethrough: true,
						Link: "https://example.com", Color: color.RGBA{R: 1, G: 2, B: 3, A: 0.55}}},
					&model.Break{Style: model.Style{Bold: true}},
					text("after break"),
					&model.SoftBreak{Style: model.Style{Link: "https://example.com"}},
					&model.Text{Value: "nested", Style: model.Style{Bold: true, ExtraBold: 1, Italic: true, ExtraItalic: 2}},
					&model.Mention{Kind: model.MentionUser, UserID: "ou_123", Style: model.Style{Bold: true}},
					&model.Mention{Kind: model.MentionDoc, Token: "doxcnABC", DocType: "docx",
						URL: "https://x.feishu.cn/docx/doxcnABC", Title: "A doc"},
					&model.Math{TeX: `E = mc^2`, Style: model.Style{Italic: true}},
					&model.Reminder{UserID: "ou_456", Notify: true, WholeDay: true, ExpireTime: 1767175200000, NotifyTime: 1767171600000, Style: model.Style{Underline: true}},
					&model.InlineImage{URL: "https://example.com/i.png", Alt: "icon", Title: "t", Width: 16, Height: 16,
						Style: model.Style{Link: "https://example.com"}},
					&model.InlineFile{Token: "boxcnFile", SourceBlockID: "blk1", Name: "report.pdf", Style: model.Style{Strikethrough: true}},
					&model.RawInline{Format: "html", Content: "<kbd>"},
				},
				Children: model.Blocks{para(text("child paragraph"))},
			},
			&model.List{Loose: true, Items: []model.ListItem{
				{Blocks: model.Blocks{para(text("bullet")), &model.List{Ordered: true, Start: 3, Loose: true, Items: []model.ListItem{
					{Blocks: model.Blocks{para(text("three"))}},
					{Blocks: model.Blocks{para(text("four")), model.NewCode("Go", "x := 1")}},
				}}}},
				{Task: true, Checked: true, Blocks: model.Blocks{para(text("done"))}},
				{Task: true, Blocks: model.Blocks{para(text("todo"))}},
			}},
			&model.CodeBlock{Language: "Go", Meta: `title="main.go"`, Wrap: true, CommentIDs: []string{"c6"},
				Inlines: model.Inlines{text("package main\n\n"), &model.Text{Value: "func", Style: model.Style{Bold: true}}, text(" main() {}")}},
			&model.Quote{Blocks: model.Blocks{para(text("a single quote"))}},
			&model.Quote{Container: true, Blocks: model.Blocks{para(text("first")), para(text("second"))}},
			&model.Callout{Emoji: "💡", Background: lightBlue(), Border: blue(), Color: red(),
				Blocks: model.Blocks{para(text("callout body"))}},
			&model.Divider{},
			&model.Image{URL: "https://example.com/p.png", Token: "boxcnImg", Alt: "alt", Title: "title",
				Caption: "caption", Width: 458, Height: 372.5, Align: model.AlignCenter},
			&model.Gallery{Images: []model.Image{{Token: "boxcnA", URL: "https://example.com/a.png", Width: 100, Height: 50}, {Token: "boxcnB"}}},
			&model.Table{HeaderRow: true, HeaderColumn: true, ColumnWidths: []int{100, 200, 150},
				ColumnAligns: []model.Align{model.AlignLeft, model.AlignNone, model.AlignRight},
				Rows: []model.TableRow{
					{Cells: []model.TableCell{{Blocks: model.Blocks{para(text("h1"))}}, {ColSpan: 2, Blocks: model.Blocks{para(text("h2+3"))}}}},
					{Cells: []model.TableCell{{RowSpan: 2, Blocks: model.Blocks{para(text("a")), para(text("b"))}}, {}, {Blocks: model.Blocks{&model.List{Items: []model.ListItem{{Blocks: model.Blocks{para(text("in cell"))}}}}}}}},
					{Cells: []model.TableCell{{Blocks: model.Blocks{para(text("c"))}}, {Blocks: model.Blocks{para(text("d"))}}}},
				}},
			&model.Grid{Columns: []model.GridColumn{
				{WidthRatio: 40, Blocks: model.Blocks{para(text("left"))}},
				{WidthRatio: 60, Blocks: model.Blocks{para(text("right"))}},
			}},
			&model.Equation{TeX: `\int_0^1 x\,dx`},
			&model.Embed{Kind: "file", Attrs: map[string]string{"token": "boxcnFile", "name": "a.pdf", "view-type": "1"}},
			&model.Embed{Kind: "source-synced", Attrs: map[string]string{"align": "1"}, Blocks: model.Blocks{para(text("synced"))}},
			&model.Raw{Format: "html", Content: "<details><summary>more</summary></details>"},
			&model.Paragraph{},
		},
	}
	model.Normalize(d)
	return d
}

// Random returns a normalized random document of about size blocks, drawn
// from every node type, for property tests. The same seed gives the same
// document.
func Random(r *rand.Rand, size int) *model.Document {
	g := gen{r: r}
	d := &model.Document{Title: g.word(), Blocks: g.blocks(size, 0)}
	model.Normalize(d)
	return d
}

type gen struct{ r *rand.Rand }

var words = []string{"alpha", "beta", "γάμμα", "中文", "日本語", "*star*", "_under_", "`tick`", "[x]", "#hash",
	"a|b", "<tag>", "&amp;", "$5", "\\back", "~~", "1.", "-", "+", ">", "emoji😀", " space ", "  ", "https://example.com"}

func (g *gen) word() string { return words[g.r.IntN(len(words))] }

func (g *gen) color() color.RGBA {
	switch g.r.IntN(4) {
	case 0:
		return color.RGBA{}
	case 1:
		c, _ := color.FontColor.Color(1 + g.r.IntN(7))
		return c
	case 2:
		c, _ := color.FontBackground.Color(1 + g.r.IntN(15))
		return c
	}
	return color.RGBA{R: uint8(g.r.IntN(256)), G: uint8(g.r.IntN(256)), B: uint8(g.r.IntN(256)), A: float64(g.r.IntN(101)) / 100}
}

func (g *gen) style() model.Style {
	if g.r.IntN(3) == 0 {
		return model.Style{}
	}
	s := model.Style{
		Bold: g.r.IntN(2) == 0, Italic: g.r.IntN(3) == 0, Underline: g.r.IntN(4) == 0,
		Strikethrough: g.r.IntN(4) == 0, Code: g.r.IntN(6) == 0, Script: model.Script(g.r.IntN(3)) * model.Script(g.r.IntN(2)),
	}
	if g.r.IntN(4) == 0 {
		s.Link = "https://example.com/" + strconv.Itoa(g.r.IntN(5))
	}
	if g.r.IntN(4) == 0 {
		s.Color = g.color()
	}
	if g.r.IntN(5) == 0 {
		s.Background = g.color()
	}
	return s
}

func (g *gen) inlines(n int) model.Inlines {
	var out model.Inlines
	for i := 0; i < n; i++ {
		switch g.r.IntN(14) {
		case 0:
			out = append(out, &model.Break{})
		case 1:
			out = append(out, &model.SoftBreak{})
		case 2:
			out = append(out, &model.Mention{Kind: model.MentionUser, UserID: "ou_" + strconv.Itoa(g.r.IntN(100)), Style: g.style()})
		case 3:
			out = append(out, &model.Mention{Kind: model.MentionDoc, Token: "doxcn" + strconv.Itoa(g.r.IntN(100)), DocType: "docx", Title: g.word()})
		case 4:
			out = append(out, &model.Math{TeX: "x^" + strconv.Itoa(g.r.IntN(9))})
		case 5:
			out = append(out, &model.InlineImage{URL: "https://example.com/i.png", Alt: g.word()})
		default:
			out = append(out, &model.Text{Value: g.word(), Style: g.style()})
		}
	}
	return out
}

func (g *gen) blocks(n, depth int) model.Blocks {
	var out model.Blocks
	for i := 0; i < n; i++ {
		out = append(out, g.block(depth))
	}
	return out
}

func (g *gen) block(depth int) model.Block {
	k := g.r.IntN(16)
	if depth > 3 && k >= 8 {
		k = g.r.IntN(8)
	}
	switch k {
	case 0, 1, 2:
		return &model.Paragraph{Inlines: g.inlines(1 + g.r.IntN(6)), Align: model.Align(g.r.IntN(4) * g.r.IntN(2))}
	case 3:
		return &model.Heading{Level: 1 + g.r.IntN(9), Inlines: g.inlines(1 + g.r.IntN(3))}
	case 4:
		return model.NewCode([]string{"", "Go", "Python", "mermaid"}[g.r.IntN(4)], g.word()+"\n"+g.word())
	case 5:
		return &model.Divider{}
	case 6:
		return &model.Equation{TeX: `\frac{1}{` + strconv.Itoa(g.r.IntN(9)) + "}"}
	case 7:
		return &model.Image{URL: "https://example.com/" + strconv.Itoa(g.r.IntN(9)) + ".png", Alt: g.word(), Width: float64(g.r.IntN(500))}
	case 8, 9:
		l := &model.List{Ordered: g.r.IntN(2) == 0}
		if l.Ordered {
			l.Start = 1 + g.r.IntN(5)
		}
		task := !l.Ordered && g.r.IntN(3) == 0
		for j := 0; j < 1+g.r.IntN(4); j++ {
			it := model.ListItem{Task: task, Checked: task && g.r.IntN(2) == 0,
				Blocks: model.Blocks{&model.Paragraph{Inlines: g.inlines(1 + g.r.IntN(3))}}}
			if g.r.IntN(3) == 0 {
				it.Blocks = append(it.Blocks, g.block(depth+1))
			}
			l.Items = append(l.Items, it)
		}
		return l
	case 10:
		return &model.Quote{Blocks: g.blocks(1+g.r.IntN(2), depth+1)}
	case 11:
		return &model.Callout{Emoji: "💡", Background: g.color(), Blocks: g.blocks(1+g.r.IntN(2), depth+1)}
	case 12:
		t := &model.Table{HeaderRow: g.r.IntN(2) == 0}
		cols := 1 + g.r.IntN(3)
		for r := 0; r < 1+g.r.IntN(3); r++ {
			var row model.TableRow
			for c := 0; c < cols; c++ {
				row.Cells = append(row.Cells, model.TableCell{Blocks: model.Blocks{&model.Paragraph{Inlines: g.inlines(1 + g.r.IntN(2))}}})
			}
			t.Rows = append(t.Rows, row)
		}
		return t
	case 13:
		return &model.Grid{Columns: []model.GridColumn{
			{WidthRatio: 50, Blocks: g.blocks(1, depth+1)}, {WidthRatio: 50, Blocks: g.blocks(1, depth+1)}}}
	case 14:
		return &model.Embed{Kind: "iframe", Attrs: map[string]string{"url": "https://example.com", "type": "8"}}
	}
	return &model.Gallery{Images: []model.Image{{Token: "boxcn" + strconv.Itoa(g.r.IntN(9))}, {URL: "https://example.com/g.png"}}}
}
