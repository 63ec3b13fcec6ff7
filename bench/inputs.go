// Package bench holds richtext's comparative benchmarks: every conversion
// path beside the library a user would otherwise pick, or beside the floor
// any implementation pays (parsing alone, encoding/json alone), on the same
// input in the same run. It is its own module so that the library carries no
// benchmark-only dependency. Run it with `make bench` at the repository root;
// cmd/benchtable turns the output into the table of BENCHMARKS.md.
package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/okr"
)

// CorpusPath is where mixed.md is looked for, relative to bench/, unless the
// RICHTEXT_CORPORA environment variable names the corpora folder.
const CorpusPath = "../../shared/corpora"

// Inputs are the benchmark inputs, built once.
type Inputs struct {
	Markdown []byte // ../shared/corpora/bench/mixed.md
	HTML     []byte // goldmark's GFM rendering of Markdown
	Docx     []byte // a list-blocks response {"items":[…]} of DocxBlocks blocks
	OKR      []byte // a v1 content_block of OKRParagraphs paragraphs
}

// Sizes of the generated documents.
const (
	DocxBlocks    = 20000
	OKRParagraphs = 5000
)

// Load reads mixed.md and generates the other inputs from it and from fixed
// seeds, so that every run measures the same bytes.
func Load() (*Inputs, error) {
	dir := os.Getenv("RICHTEXT_CORPORA")
	if dir == "" {
		dir = CorpusPath
	}
	md, err := os.ReadFile(filepath.Join(dir, "bench", "mixed.md"))
	if err != nil {
		return nil, fmt.Errorf("bench: %w (set RICHTEXT_CORPORA to the corpora folder)", err)
	}
	in := &Inputs{Markdown: md, HTML: GoldmarkHTML(md)}
	if in.Docx, err = json.Marshal(DocxList(DocxBlocks)); err != nil {
		return nil, err
	}
	if in.OKR, err = json.Marshal(OKRContent(OKRParagraphs)); err != nil {
		return nil, err
	}
	return in, nil
}

// GoldmarkHTML renders Markdown with goldmark and GFM, as a site would.
func GoldmarkHTML(md []byte) []byte {
	var buf bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(md, &buf); err != nil {
		panic(err) // goldmark's renderer fails only when the writer does
	}
	return buf.Bytes()
}

// MarkdownPrefix returns md up to the first top-level heading or paragraph
// that starts at or after n bytes: a whole document, cut between blocks and
// never inside a code fence.
func MarkdownPrefix(md []byte, n int) []byte {
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(md))
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if k := c.Kind(); (k != ast.KindHeading && k != ast.KindParagraph) || c.Lines().Len() == 0 {
			continue
		}
		start := c.Lines().At(0).Start
		start = bytes.LastIndexByte(md[:start], '\n') + 1
		if start >= n {
			return md[:start]
		}
	}
	return md
}

// Repeat joins n copies of a document, separated by a blank line.
func Repeat(doc []byte, n int) []byte {
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.Write(doc)
	}
	return b.Bytes()
}

// DocxList is a list-blocks response of about n blocks under a page: the
// mix of a real working document (headings, styled paragraphs with links
// and mentions, nested bullet and ordered lists, to-dos, code, quotes,
// callouts, 3×3 tables, images and dividers), generated from a fixed seed.
func DocxList(n int) *DocxItems {
	g := &docxGen{rnd: rand.New(rand.NewPCG(1, 2))}
	page := g.block(docx.BlockPage, "")
	page.Page = &docx.Text{Elements: g.runs(1)}
	g.blocks = append(g.blocks, page)
	for len(g.blocks) < n {
		g.section(page)
	}
	return &DocxItems{Items: g.blocks}
}

// DocxItems is the data of a list-blocks response, in plain structs,
// through pointers as docx.Decode reads them (a long []docx.Block spends
// its time growing).
type DocxItems struct {
	Items   []*docx.Block `json:"items"`
	HasMore bool          `json:"has_more"`
}

type docxGen struct {
	rnd    *rand.Rand
	blocks []*docx.Block
	next   int
}

func (g *docxGen) block(t docx.BlockType, parent string) *docx.Block {
	g.next++
	return &docx.Block{BlockID: "blk" + strconv.Itoa(g.next), ParentID: parent, BlockType: t}
}

// add appends a new block as the last child of parent.
func (g *docxGen) add(parent *docx.Block, t docx.BlockType) *docx.Block {
	b := g.block(t, parent.BlockID)
	parent.Children = append(parent.Children, b.BlockID)
	g.blocks = append(g.blocks, b)
	return b
}

var words = []string{"quarterly", "review", "the", "service", "latency", "p99", "dropped", "to", "40ms",
	"after", "we", "moved", "cache", "into", "region", "and", "重构", "了", "接口", "进度", "本周", "完成",
	"migration", "of", "users", "API", "rollout", "is", "on", "track"}

func (g *docxGen) sentence(min, max int) string {
	n := min + g.rnd.IntN(max-min+1)
	b := make([]byte, 0, n*8)
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, words[g.rnd.IntN(len(words))]...)
	}
	return string(b)
}

// runs is a paragraph's elements: plain runs with, one in k, a styled run,
// a link, a colored run, a user mention or inline code.
func (g *docxGen) runs(k int) []*docx.TextElement {
	els := []*docx.TextElement{{TextRun: &docx.TextRun{Content: g.sentence(4, 12)}}}
	for i := 0; i < k; i++ {
		var el *docx.TextElement
		switch g.rnd.IntN(6) {
		case 0:
			el = &docx.TextElement{TextRun: &docx.TextRun{Content: g.sentence(1, 3),
				TextElementStyle: &docx.TextElementStyle{Bold: true}}}
		case 1:
			el = &docx.TextElement{TextRun: &docx.TextRun{Content: g.sentence(1, 3),
				TextElementStyle: &docx.TextElementStyle{Italic: true, Underline: true}}}
		case 2:
			el = &docx.TextElement{TextRun: &docx.TextRun{Content: g.sentence(1, 2),
				TextElementStyle: &docx.TextElementStyle{Link: &docx.Link{URL: "https%3A%2F%2Fexample.com%2Fdocs%3Fid%3D" + strconv.Itoa(g.rnd.IntN(1000))}}}}
		case 3:
			el = &docx.TextElement{TextRun: &docx.TextRun{Content: g.sentence(1, 3),
				TextElementStyle: &docx.TextElementStyle{TextColor: 1 + g.rnd.IntN(7), BackgroundColor: g.rnd.IntN(3)}}}
		case 4:
			el = &docx.TextElement{MentionUser: &docx.MentionUser{UserID: "ou_" + strconv.Itoa(1e6+g.rnd.IntN(1e6))}}
		case 5:
			el = &docx.TextElement{TextRun: &docx.TextRun{Content: "cfg.Timeout",
				TextElementStyle: &docx.TextElementStyle{InlineCode: true}}}
		}
		els = append(els, el, &docx.TextElement{TextRun: &docx.TextRun{Content: " " + g.sentence(2, 8) + "."}})
	}
	return els
}

func textOf(els []*docx.TextElement) *docx.Text { return &docx.Text{Elements: els} }

// section adds one heading and the content under it.
func (g *docxGen) section(page *docx.Block) {
	h := g.add(page, docx.BlockHeading1+docx.BlockType(g.rnd.IntN(3)))
	t := textOf(g.runs(0))
	switch h.BlockType {
	case docx.BlockHeading1:
		h.Heading1 = t
	case docx.BlockHeading1 + 1:
		h.Heading2 = t
	default:
		h.Heading3 = t
	}
	for i := 0; i < 3; i++ {
		g.add(page, docx.BlockText).Text = textOf(g.runs(g.rnd.IntN(4)))
	}
	switch g.rnd.IntN(8) {
	case 0, 1:
		g.list(page, docx.BlockBullet, 2)
	case 2:
		g.list(page, docx.BlockOrdered, 2)
	case 3:
		for i := 0; i < 3; i++ {
			b := g.add(page, docx.BlockTodo)
			b.Todo = &docx.Text{Style: &docx.TextStyle{Done: i == 0}, Elements: g.runs(0)}
		}
	case 4:
		c := g.add(page, docx.BlockCode)
		code := "func main() {\n\tfmt.Println(\"" + g.sentence(2, 5) + "\")\n}\n"
		c.Code = &docx.Text{Style: &docx.TextStyle{Language: 22}, Elements: []*docx.TextElement{{TextRun: &docx.TextRun{Content: code}}}}
	case 5:
		g.add(page, docx.BlockQuote).Quote = textOf(g.runs(1))
		co := g.add(page, docx.BlockCallout)
		co.Callout = &docx.Callout{BackgroundColor: 2, BorderColor: 2, EmojiID: "bulb"}
		g.add(co, docx.BlockText).Text = textOf(g.runs(1))
		g.add(co, docx.BlockText).Text = textOf(g.runs(0))
	case 6:
		g.table(page, 3, 3)
	case 7:
		im := g.add(page, docx.BlockImage)
		im.Image = &docx.Image{Token: "boxcn" + strconv.Itoa(g.rnd.IntN(1e6)), Width: 800, Height: 600}
		g.add(page, docx.BlockDivider).Divider = &docx.Empty{}
	}
}

func (g *docxGen) list(parent *docx.Block, t docx.BlockType, depth int) {
	for i := 0; i < 3; i++ {
		b := g.add(parent, t)
		txt := textOf(g.runs(g.rnd.IntN(2)))
		if t == docx.BlockOrdered {
			txt.Style = &docx.TextStyle{Sequence: "auto"}
			if i == 0 {
				txt.Style.Sequence = "1"
			}
			b.Ordered = txt
		} else {
			b.Bullet = txt
		}
		if depth > 1 && i == 1 {
			g.list(b, t, depth-1)
		}
	}
}

func (g *docxGen) table(parent *docx.Block, rows, cols int) {
	t := g.add(parent, docx.BlockTable)
	t.Table = &docx.Table{Property: &docx.TableProperty{RowSize: rows, ColumnSize: cols,
		ColumnWidth: []int{200, 300, 200}, HeaderRow: true}}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			cell := g.add(t, docx.BlockTableCell)
			cell.TableCell = &docx.Empty{}
			t.Table.Cells = append(t.Table.Cells, cell.BlockID)
			g.add(cell, docx.BlockText).Text = textOf(g.runs(g.rnd.IntN(2)))
		}
	}
}

// OKRContent is a v1 content_block of n paragraphs, as a weekly progress
// record looks: plain and styled runs, links, doc links and mentions, bullet
// and numbered lists nested up to three levels, checkboxes, and now and then
// a gallery, generated from a fixed seed.
func OKRContent(n int) okr.Content {
	g := &docxGen{rnd: rand.New(rand.NewPCG(3, 4))}
	var c okr.Content
	for len(c.Blocks) < n {
		switch g.rnd.IntN(10) {
		case 0:
			c.Blocks = append(c.Blocks, okr.Block{Type: okr.BlockGallery, Gallery: &okr.Gallery{
				ImageList: []okr.Image{{FileToken: "boxcn" + strconv.Itoa(g.rnd.IntN(1e6)), Width: 640, Height: 480}}}})
		case 1, 2, 3:
			typ := []string{okr.ListBullet, okr.ListNumber, okr.ListCheckBox}[g.rnd.IntN(3)]
			for i, num := 0, 1; i < 4; i++ {
				level := 1 + min(i, 2)
				l := &okr.List{Type: typ, IndentLevel: level}
				if typ == okr.ListNumber {
					l.Number = num
					num++
				}
				c.Blocks = append(c.Blocks, okr.Block{Type: okr.BlockParagraph, Paragraph: &okr.Paragraph{
					Elements: g.okrRuns(), Style: &okr.ParagraphStyle{List: l}}})
			}
		default:
			c.Blocks = append(c.Blocks, okr.Block{Type: okr.BlockParagraph, Paragraph: &okr.Paragraph{Elements: g.okrRuns()}})
		}
	}
	return c
}

func (g *docxGen) okrRuns() []okr.Element {
	els := []okr.Element{{Type: okr.ElementTextRun, TextRun: &okr.TextRun{Text: g.sentence(4, 12)}}}
	for i := g.rnd.IntN(3); i > 0; i-- {
		var el okr.Element
		switch g.rnd.IntN(5) {
		case 0:
			el = okr.Element{Type: okr.ElementTextRun, TextRun: &okr.TextRun{Text: g.sentence(1, 3), Style: &okr.TextStyle{Bold: true}}}
		case 1:
			el = okr.Element{Type: okr.ElementTextRun, TextRun: &okr.TextRun{Text: g.sentence(1, 3),
				Style: &okr.TextStyle{TextColor: &okr.Color{Red: 216, Green: 57, Blue: 49, Alpha: 1}}}}
		case 2:
			el = okr.Element{Type: okr.ElementTextRun, TextRun: &okr.TextRun{Text: g.sentence(1, 2),
				Style: &okr.TextStyle{Link: &okr.Link{URL: "https://example.com/r/" + strconv.Itoa(g.rnd.IntN(1000))}}}}
		case 3:
			el = okr.Element{Type: okr.ElementDocsLink, DocsLink: &okr.DocsLink{URL: "https://example.feishu.cn/docx/doxcn" + strconv.Itoa(g.rnd.IntN(1e6)), Title: "Design doc"}}
		case 4:
			el = okr.Element{Type: okr.ElementPerson, Person: &okr.Person{OpenID: "ou_" + strconv.Itoa(1e6+g.rnd.IntN(1e6))}}
		}
		els = append(els, el, okr.Element{Type: okr.ElementTextRun, TextRun: &okr.TextRun{Text: " " + g.sentence(2, 6) + "."}})
	}
	return els
}
