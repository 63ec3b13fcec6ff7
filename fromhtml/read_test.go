package fromhtml_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/richtext-go/richtext/fromhtml"
	"github.com/richtext-go/richtext/model"
)

// Each kind of markup, read into the model. The expected trees are
// model.Dump output, read and checked by hand.
func TestRead(t *testing.T) {
	cases := []struct{ name, src, want, warnings string }{
		{"whitespace collapses, newlines are soft breaks", "<p>  Leading and   inner\n  spaces, a line\nbreak and <b>bold </b>then <i> italic</i>.</p>", `
  Paragraph
    Text "Leading and inner"
    SoftBreak
    Text "spaces, a line"
    SoftBreak
    Text "break and "
    Text "bold " {bold}
    Text "then "
    Text "italic" {italic}
    Text "."
`, "[]"},
		{"breaks and loose text", "<p>a<br>  b<br></p><div>loose text<p>para</p>tail</div>", `
  Paragraph
    Text "a"
    Break
    Text "b"
    Break
  Paragraph
    Text "loose text"
  Paragraph
    Text "para"
  Paragraph
    Text "tail"
`, "[]"},
		{"pre keeps whitespace and the language", "<pre>\n  indented\n    code\n</pre><pre><code class=\"lang-py\">print(1)\n</code></pre>", `
  CodeBlock
    Text "  indented\n    code"
  CodeBlock lang="Python"
    Text "print(1)"
`, "[]"},
		{"lists: start, nesting, tasks", "<ol start=\"3\" reversed><li>three</li><li>four<ul><li>nested</li></ul></li></ol><ul><li><input type=checkbox checked> done</li><li><p><input type=\"checkbox\"> open</p></li></ul>", `
  List ordered start=3
    Item
      Paragraph
        Text "three"
    Item
      Paragraph
        Text "four"
      List bullet
        Item
          Paragraph
            Text "nested"
  List bullet loose
    Item [x]
      Paragraph
        Text "done"
    Item [ ]
      Paragraph
        Text "open"
`, "[approximated: html > ol[1]: a reversed list is read counting up]"},
		{"tables: caption, header row, spans", "<table><caption>Cap</caption><tr><th>H1<th>H2<tr><td colspan=2>wide<tr><td rowspan=2>tall<td>x<tr><td>y</table>", `
  Paragraph
    Text "Cap"
  Table header-row
    Row
      Cell
        Paragraph
          Text "H1"
      Cell
        Paragraph
          Text "H2"
    Row
      Cell colspan=2
        Paragraph
          Text "wide"
    Row
      Cell rowspan=2
        Paragraph
          Text "tall"
      Cell
        Paragraph
          Text "x"
    Row
      Cell
        Paragraph
          Text "y"
`, "[]"},
		{"inline CSS", "<p><span style=\"font-weight:bold\">css bold</span> <span style=\"font-style:italic;text-decoration:underline line-through\">mix</span> <span style=\"color:rgb(255,0,0);background-color:#ff0\">colors</span> <span style=\"font-weight:normal\">normal</span></p>", `
  Paragraph
    Text "css bold" {bold}
    Text " "
    Text "mix" {italic underline strike}
    Text " "
    Text "colors" {color=#ff0000 bg=#ffff00}
    Text " normal"
`, "[]"},
		{"Google Docs clipboard", "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p dir=\"ltr\" style=\"line-height:1.38;margin-top:0pt;margin-bottom:0pt;\"><span style=\"font-size:11pt;font-family:Arial;color:#000000;background-color:transparent;font-weight:700;font-style:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;\">Bold</span><span style=\"font-size:11pt;font-family:Arial;color:#000000;background-color:transparent;font-weight:400;white-space:pre-wrap;\"> plain</span></p></b>", `
  Paragraph
    Text "Bold" {bold}
    Text " plain"
`, "[]"},
		{"alignment, backgrounds, rules, quotes", "<h3 style=\"text-align:center\">Centered</h3><p style=\"text-align:right;background-color:#f2f3f5\">right</p><hr><blockquote>q<p>two</p></blockquote>", `
  Heading level=3 align="center"
    Text "Centered"
  Paragraph align="right" bg=#f2f3f5
    Text "right"
  Divider
  Quote container
    Paragraph
      Text "q"
    Paragraph
      Text "two"
`, "[]"},
		{"linked image, figure with caption", "<p><a href=\"https://x\" title=\"T\"><img src=\"a.png\" alt=\"A\" width=\"10\"></a></p><figure><img src=\"b.png\" alt=\"B\"><figcaption>Caption <b>here</b></figcaption></figure>", `
  Paragraph
    InlineImage url="a.png" alt="A" width=10 {link="https://x" title="T"}
  Image url="b.png" alt="B" caption="Caption here"
`, "[]"},
		{"inline elements", "<p>x<sub>2</sub> y<sup>3</sup> <mark>hi</mark> <kbd>Ctrl</kbd>+<code>C</code> <del>d</del> <ins>i</ins> <s>s</s> <u>u</u> <font color=\"#00f\">blue</font></p>", `
  Paragraph
    Text "x"
    Text "2" {sub}
    Text " y"
    Text "3" {super}
    Text " "
    Text "hi" {bg=rgba(255, 246, 122, 0.8)}
    Text " "
    Text "Ctrl" {code}
    Text "+"
    Text "C" {code}
    Text " "
    Text "d" {strike}
    Text " "
    Text "i" {underline}
    Text " "
    Text "s" {strike}
    Text " "
    Text "u" {underline}
    Text " "
    Text "blue" {color=#0000ff}
`, "[]"},
		{"implied end tags and misnesting", "<ul><li>a<li>b</ul><p>unclosed <b>bold <i>both</b> italic?</i></p><div><p>p1<p>p2</div>", `
  List bullet
    Item
      Paragraph
        Text "a"
    Item
      Paragraph
        Text "b"
  Paragraph
    Text "unclosed "
    Text "bold " {bold}
    Text "both" {bold italic}
    Text " italic?"
  Paragraph
    Text "p1"
  Paragraph
    Text "p2"
`, "[]"},
		{"entities", "<p>&amp; &lt;tag&gt; &nbsp; &copy; &#x1F600; caf&eacute;</p>", `
  Paragraph
    Text "& <tag> \u00a0 © 😀 café"
`, "[]"},
		{"what is not shown", "<p>text</p><!-- a comment --><template><p>hidden</p></template><noscript><p>no</p></noscript><p style=\"display:none\">none</p><p>after</p>", `
  Paragraph
    Text "text"
  Paragraph
    Text "after"
`, "[]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, warns, err := fromhtml.Read([]byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprint(warns); got != c.warnings {
				t.Errorf("warnings %s, want %s", got, c.warnings)
			}
			got := strings.TrimPrefix(model.Dump(doc), "Document\n")
			if want := strings.TrimPrefix(c.want, "\n"); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// Deep and broken input reads without failing, keeping its text: 100,000
// nested elements (beyond the tree's and the model's depth limits), an
// unclosed mess, invalid UTF-8.
func TestHostileInput(t *testing.T) {
	deep := strings.Repeat("<div><blockquote>", 50000) + "deep text" + strings.Repeat("</blockquote></div>", 50000)
	for _, src := range []string{
		deep,
		strings.Repeat("<ul><li>", 20000) + "item",
		"<table><tr><td><table><tr><td>" + strings.Repeat("<p><b><i>", 3000) + "x",
		"<p>bad \xff\xfe bytes</p>",
		"</p></div></table><td>cell</td></tr><li>item</li><<<>>>&&&;;",
	} {
		doc, _, err := fromhtml.Read([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if model.Depth(doc.Blocks) > fromhtml.DefaultMaxDepth+1 {
			t.Errorf("the model nests %d deep", model.Depth(doc.Blocks))
		}
		if err := model.Validate(doc); err != nil {
			t.Errorf("invalid model: %v", err)
		}
	}
	doc, _, _ := fromhtml.Read([]byte(deep))
	if got := model.BlocksText(doc.Blocks); !strings.Contains(got, "deep text") {
		t.Errorf("the deep text is lost: %q", got)
	}
}

// An element keeps at most 65535 attributes; more are left out with a
// warning, and the text after the tag is read as usual.
func TestTooManyAttributes(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<p id="x"`)
	for i := range 70000 {
		fmt.Fprintf(&b, " a%d", i)
	}
	b.WriteString(">text</p><p>after</p>")
	doc, warns, err := fromhtml.Read([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got := model.Dump(doc); !strings.Contains(got, `Text "text"`) || !strings.Contains(got, `Text "after"`) {
		t.Errorf("the text is lost:\n%s", got)
	}
	found := false
	for _, w := range warns {
		found = found || strings.Contains(w.Detail, "more than 65535 attributes")
	}
	if !found {
		t.Errorf("no warning about the attributes: %v", warns)
	}
}
