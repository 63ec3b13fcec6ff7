package frommarkdown_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/frommarkdown"
	"github.com/richtext-go/richtext/model"
)

// Each construct of the dialect, read into the model. The expected trees
// are model.Dump output, read and checked by hand.
func TestRead(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"code fence languages", "```golang\nx\n```\n\n```py\ny\n```\n\n~~~sh title=a\nz\n~~~\n\n```yml\nk: v\n```\n\n```brainfuck\n+\n```", `
  CodeBlock lang="Go"
    Text "x"
  CodeBlock lang="Python"
    Text "y"
  CodeBlock lang="Bash" meta="title=a"
    Text "z"
  CodeBlock lang="YAML"
    Text "k: v"
  CodeBlock lang="brainfuck"
    Text "+"
`},
		{"GitHub alerts", "> [!NOTE]\n> a\n\n> [!WARNING]\n> b\n\n> [!CAUTION]\n> c\n\n> [!IMPORTANT]\n> d\n\n> [!NOTE] e\n\n> [!note]\n> f", `
  Callout emoji="ℹ️" bg=rgba(186, 206, 253, 0.7) border=#245bdb
    Paragraph
      Text "a"
  Callout emoji="⚠️" bg=rgba(255, 246, 122, 0.8) border=#dc9b04
    Paragraph
      Text "b"
  Callout emoji="⛔" bg=#fbbfbc border=#d83931
    Paragraph
      Text "c"
  Callout emoji="❗" bg=rgba(205, 178, 250, 0.7) border=#6425d0
    Paragraph
      Text "d"
  Quote
    Paragraph
      Text "[!NOTE] e"
  Callout emoji="ℹ️" bg=rgba(186, 206, 253, 0.7) border=#245bdb
    Paragraph
      Text "f"
`},
		{"math", "Inline $E=mc^2$ and prices $5 and $10.\n\n$$\n\\int x\n$$", `
  Paragraph
    Text "Inline "
    Math "E=mc^2"
    Text " and prices $5 and $10."
  Equation tex="\\int x"
`},
		{"headings 7-9 and suffixes", "<h7>Seven</h7>\n\n# Head {align=\"center\" color=\"blue\"}\n\nPara {align=\"right\" background-color=\"light-gray\" indent=\"1\"}", `
  Heading level=7
    Text "Seven"
  Heading level=1 align="center"
    Text "Head" {color=#245bdb}
  Paragraph align="right" indent=1 bg=rgba(222, 224, 227, 0.8)
    Text "Para"
`},
		{"quote container and callout", "<quote-container>\n\ninside\n\n</quote-container>\n\n<callout emoji=\"💡\" background-color=\"light-blue\" border-color=\"blue\">\n\nbody\n\n</callout>", `
  Quote container
    Paragraph
      Text "inside"
  Callout emoji="💡" bg=rgba(186, 206, 253, 0.7) border=#245bdb
    Paragraph
      Text "body"
`},
		{"grid", "<grid cols=\"2\">\n<column width=\"30\">\n\nL\n\n</column>\n<column width=\"70\">\n\nR\n\n</column>\n</grid>", `
  Grid
    Column width=30
      Paragraph
        Text "L"
    Column width=70
      Paragraph
        Text "R"
`},
		{"lark-table with a span", "<lark-table header-row=\"true\" column-widths=\"100,200\">\n<lark-tr>\n<lark-td colspan=\"2\">\n\nwide\n\n</lark-td>\n</lark-tr>\n<lark-tr>\n<lark-td>\n\na\n\n</lark-td>\n<lark-td>\n\nb\n\n</lark-td>\n</lark-tr>\n</lark-table>", `
  Table header-row widths=[100 200]
    Row
      Cell colspan=2
        Paragraph
          Text "wide"
    Row
      Cell
        Paragraph
          Text "a"
      Cell
        Paragraph
          Text "b"
`},
		{"image and file tags", "<image token=\"boxA\" width=\"100\" height=\"50\" align=\"center\" caption=\"cap\"/>\n\n<file token=\"boxF\" name=\"a.pdf\"/>", `
  Image token="boxA" caption="cap" width=100 height=50 align="center"
  Embed kind="file" attrs{name="a.pdf" token="boxF"}
`},
		{"Feishu inline tags", "<text color=\"red\" background-color=\"light-yellow\">rc</text> <text bgcolor=\"light-green\">g</text> <mention-user id=\"ou_1\"/> <mention-doc token=\"dox1\" type=\"docx\" url=\"https://x/y\">Doc</mention-doc> <reminder date=\"2025-12-31T18:00+08:00\" notify=\"true\" user-id=\"ou_x\"/> <equation>a+b</equation>", `
  Paragraph
    Text "rc" {color=#d83931 bg=rgba(255, 246, 122, 0.8)}
    Text " "
    Text "g" {bg=rgba(183, 237, 177, 0.8)}
    Text " "
    Mention user user="ou_1"
    Text " "
    Mention doc token="dox1" type="docx" url="https://x/y" title="Doc"
    Text " "
    Reminder user="ou_x" notify expire=1767175200000 notify-at=1767175200000
    Text " "
    Math "a+b"
`},
		{"common inline HTML", "<u>u</u> <span style=\"color: #ff0000; background-color: yellow\">s</span> <font color=\"blue\">f</font> <mark>m</mark> a<br>b <s>s</s> <del>d</del> H<sub>2</sub>O x<sup>2</sup>", `
  Paragraph
    Text "u" {underline}
    Text " "
    Text "s" {color=#ff0000 bg=#ffff00}
    Text " "
    Text "f" {color=#0000ff}
    Text " "
    Text "m" {bg=rgba(255, 246, 122, 0.8)}
    Text " a"
    Break
    Text "b "
    Text "s" {strike}
    Text " "
    Text "d" {strike}
    Text " H"
    Text "2" {sub}
    Text "O x"
    Text "2" {super}
`},
		{"other HTML stays raw", "<kbd>Ctrl</kbd> and <div>\nblock html\n</div>", `
  Paragraph
    RawInline format="html" "<kbd>"
    Text "Ctrl"
    RawInline format="html" "</kbd>"
    Text " and "
    RawInline format="html" "<div>"
    SoftBreak
    Text "block html"
  Raw format="html" "</div>"
`},
		{"no-break space, references, entities, breaks", "&nbsp;\n\n[ref] and ![img][ref]\n\n[ref]: https://example.com \"T\"\n\n&copy; &#35; a  \nb\nc", `
  Paragraph
  Paragraph
    Text "ref" {link="https://example.com" title="T"}
    Text " and "
    InlineImage url="https://example.com" alt="img" title="T"
  Paragraph
    Text "© # a"
    Break
    Text "b"
    SoftBreak
    Text "c"
`},
		{"what a closing tag leaves on its line reads as it would alone", "<callout>\n\n<b></callout>", `
  Callout
    Raw format="html" "<b>\n"
`},
		{"an HTML block after a leading tag ends where its kind ends", "<callout> <!DOCTYPE x>\nabc </callout>", `
  Callout
    Raw format="html" "<!DOCTYPE x>\n"
    Paragraph
      Text "abc"
`},
		{"a <br> takes the style around it, as a hard break does", "*a<br>b\\\nc*", `
  Paragraph
    Text "a" {italic}
    Break {italic}
    Text "b" {italic}
    Break {italic}
    Text "c" {italic}
`},
		{"unclosed display math of one line is trimmed", "$$ 0\n\n", `
  Equation tex="0"
`},
		{"an equation over lines of a quote is read without the quote's markers", "> 0<equation>a\n> b</equation>", `
  Quote
    Paragraph
      Text "0"
      Math "a\nb"
`},
		{"an <img> with a size is an inline image, a link around it kept", "[<img src=\"i.png\" alt=\"a\" width=\"16\">](https://x.com) <img src=\"j.png\">", `
  Paragraph
    InlineImage url="i.png" alt="a" width=16 {link="https://x.com"}
    Text " "
    RawInline format="html" "<img src=\"j.png\">"
`},
		{"display math after a tab that the container takes in part", "*\n\t$$0\n\n>\t$$a$$", `
  List bullet
    Item
      Equation tex="0"
  Quote container
    Equation tex="a"
`},
		{"a tag that cannot be read stays raw", "<text color=\"notacolor\">x</text>", `
  Paragraph
    RawInline format="html" "<text color=\"notacolor\">"
    Text "x"
    RawInline format="html" "</text>"
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, warns, err := frommarkdown.Read([]byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(warns) > 0 {
				t.Errorf("warnings: %v", warns)
			}
			got := strings.TrimPrefix(model.Dump(doc), "Document\n")
			if want := strings.TrimPrefix(c.want, "\n"); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// Nesting deeper than the limit is kept, flattened into the deepest level,
// with a warning; the parser's own recursion is bounded by the limit too.
func TestDeepNesting(t *testing.T) {
	src := strings.Repeat("> ", 5000) + "deep\n\n" + strings.Repeat("  ", 0)
	for i := 0; i < 300; i++ {
		src += strings.Repeat("  ", i) + "- item\n"
	}
	doc, warns, err := frommarkdown.Read([]byte(src), frommarkdown.WithMaxDepth(50))
	if err != nil {
		t.Fatal(err)
	}
	if d := model.Depth(doc.Blocks); d > 110 {
		t.Errorf("the model nests %d deep", d)
	}
	if !strings.Contains(model.PlainText(firstParagraph(doc)), "deep") {
		t.Error("the deep text is lost")
	}
	if len(warns) == 0 {
		t.Error("no warning about the flattening")
	}
	if _, _, err := frommarkdown.Read(nil, frommarkdown.WithMaxDepth(0)); err == nil {
		t.Error("WithMaxDepth(0) is accepted")
	}
}

// Feishu container tags nested beyond the limit give their content to the
// deepest allowed container, in order.
func TestDeepFeishuTags(t *testing.T) {
	src := strings.Repeat("<callout>\n\n", 10) + "deep\n\n" + strings.Repeat("<lark-table><lark-tr><lark-td>\n\ncell\n\n</lark-td></lark-tr></lark-table>\n\n", 2) +
		strings.Repeat("</callout>\n\n", 10) + "after\n"
	doc, warns, err := frommarkdown.Read([]byte(src), frommarkdown.WithMaxDepth(4))
	if err != nil {
		t.Fatal(err)
	}
	want := `Document
  Callout
    Callout
      Callout
        Callout
          Paragraph
            Text "deep"
          Paragraph
            Text "cell"
          Paragraph
            Text "cell"
  Paragraph
    Text "after"
`
	if got := model.Dump(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Detail, "deeper than 4 levels") {
		t.Errorf("warnings: %v", warns)
	}
}

func firstParagraph(doc *model.Document) model.Inlines {
	var ins model.Inlines
	model.Walk(doc, func(n model.Node) model.WalkStatus {
		if p, ok := n.(*model.Paragraph); ok && ins == nil {
			ins = p.Inlines
			return model.WalkStop
		}
		return model.WalkContinue
	})
	return ins
}

// A line of many container markers costs goldmark the square of its length;
// markers past the depth limit and its slack are read as text.
func TestLineNesting(t *testing.T) {
	cases := []struct{ src, want string }{
		{"> > > > > x\n", "> > > \\> > x\n"},
		{"- - - - - x\n", "- - - \\- - x\n"},
		{"1. 2) 3. 44. 5. x\n", "1. 2) 3. 44\\. 5. x\n"},
		{"- - - - - -\n", "- - - - - -\n"}, // a thematic break
		{">>>>>x\n", ">>>\\>>x\n"},
		{"> > >\n- - - x\n", "> > >\n- - - x\n"},
	}
	for _, c := range cases {
		var warns diag.List
		got := string(frommarkdown.LimitLineNesting(c.src, 3, &warns))
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
		if (got != c.src) != (len(warns.Warnings()) == 1) {
			t.Errorf("%q: warnings %v", c.src, warns.Warnings())
		}
	}
	src := strings.Repeat("- ", 100000) + "marker\n"
	doc, warns, err := frommarkdown.Read([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(model.PlainText(firstParagraph(doc)), "- - marker") {
		t.Errorf("the rest of the line is not text: %.80q", model.PlainText(firstParagraph(doc)))
	}
	if len(warns) != 2 {
		t.Errorf("warnings: %v", warns)
	}
}

// Past 1000 emphasis delimiter runs in a block, runs are text: goldmark's
// pairing would otherwise cost the square of their number.
func TestDelimiterLimit(t *testing.T) {
	src := strings.Repeat("*a* ", 600) + "\n\n*next* block\n"
	doc, warns, err := frommarkdown.Read([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var ems, literal int
	model.Walk(doc, func(n model.Node) model.WalkStatus {
		if tx, ok := n.(*model.Text); ok {
			if tx.Style.Italic {
				ems++
			} else {
				literal += strings.Count(tx.Value, "*")
			}
		}
		return model.WalkContinue
	})
	// 500 pairs in the first block, one in the second; 200 runs as text.
	if ems != 501 || literal != 200 {
		t.Errorf("%d emphasized runs and %d literal stars, want 501 and 200", ems, literal)
	}
	if len(warns) != 1 || warns[0].Path != "line 1" {
		t.Errorf("warnings: %v", warns)
	}
}

// Lists nested one per line cost goldmark the cube of their depth; an item
// nested past column 4×(depth limit + slack) is read as text, and so is the
// next one nested under it, even after a lazy continuation line. A line
// indented four columns past the last item's content is code or text and
// stays as it is (FuzzMarkdownIdempotent 8269e930e8bcc423: a code line of a
// fenced block in an item).
func TestIndentedNesting(t *testing.T) {
	cases := []struct{ src, want string }{
		{"- a\n\t- b\n\t\t- c\n\t\t\t- d\n\t\t\t\t- e\nlazy\n\t\t\t\t\t- f\n",
			"- a\n\t- b\n\t\t- c\n\t\t\t- d\n\t\t\t\t\\- e\nlazy\n\t\t\t\t\t\\- f\n"},
		{"- ```\n" + strings.Repeat(" ", 20) + "- code\n  ```\n", "- ```\n" + strings.Repeat(" ", 20) + "- code\n  ```\n"},
		{strings.Repeat(" ", 13) + "- indented code\n", strings.Repeat(" ", 13) + "- indented code\n"},
		{"-    a\n        -    b\n                -    c\n", "-    a\n        -    b\n                \\-    c\n"},
	}
	for _, c := range cases {
		var warns diag.List
		if got := string(frommarkdown.LimitLineNesting(c.src, 3, &warns)); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
	var b strings.Builder
	for i := 0; i < 1500; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	doc, _, err := frommarkdown.Read([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d := model.Depth(doc.Blocks); d > frommarkdown.DefaultMaxDepth+1 {
		t.Errorf("depth %d", d)
	}
}

// An HTML block that does not end, inside a Feishu tag, would take in the
// closing tag once written back: it is read as text, with a warning.
func TestUnendedHTMLBlockInTag(t *testing.T) {
	doc, warns, err := frommarkdown.Read([]byte("<callout>\n\n<!-- a\n\nb"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.TrimPrefix(model.Dump(doc), "Document\n")
	want := "  Callout\n    Paragraph\n      Text \"<!-- a\"\n    Paragraph\n      Text \"b\"\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(fmt.Sprint(warns), "does not end its HTML block") {
		t.Errorf("no warning: %v", warns)
	}
}

// TestLinkAroundRawHTML: raw HTML carries no style in the model, so a link
// around it is lost; the reader says so, with the line.
func TestLinkAroundRawHTML(t *testing.T) {
	for _, src := range []string{"x\n[<img src=\"a.png\">](http://u/)", "x\n<a href=\"http://u/\"><img src=\"a.png\"></a>"} {
		doc, warns, err := frommarkdown.Read([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got := model.Dump(doc); !strings.Contains(got, `RawInline format="html" "<img src=\"a.png\">"`) {
			t.Errorf("%q: got\n%s", src, got)
		}
		want := `dropped: line 2: the link around raw HTML "<img src=\"a.png\">" is not kept: raw HTML carries no link`
		if len(warns) != 1 || warns[0].String() != want {
			t.Errorf("%q: warnings %v, want %s", src, warns, want)
		}
	}
	// Text in the same link keeps it, without a word.
	_, warns, _ := frommarkdown.Read([]byte("[a *b*](http://u/)"))
	if len(warns) != 0 {
		t.Errorf("warnings %v", warns)
	}
}
