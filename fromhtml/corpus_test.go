package fromhtml_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/richtext-go/richtext/fromhtml"
	"github.com/richtext-go/richtext/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// visibleWords returns the words a browser shows for src, by x/net/html's
// full parser: text outside head, script, style, template and noscript.
func visibleWords(t *testing.T, src []byte) []string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Select:
				return
			}
			if _, hidden := attr(n, "hidden"); hidden {
				return
			}
		}
		if n.Type == html.TextNode {
			words = append(words, strings.Fields(n.Data)...)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return words
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// modelText is all the text the model holds.
func modelText(doc *model.Document) string {
	var b strings.Builder
	b.WriteString(doc.Title + "\n")
	model.Walk(doc, func(n model.Node) model.WalkStatus {
		switch n := n.(type) {
		case *model.Paragraph:
			b.WriteString(model.PlainText(n.Inlines) + "\n")
		case *model.Heading:
			b.WriteString(model.PlainText(n.Inlines) + "\n")
		case *model.CodeBlock:
			b.WriteString(model.CodeText(n) + "\n")
			return model.WalkSkipChildren
		case *model.Image:
			b.WriteString(n.Alt + " " + n.Caption + "\n")
		case *model.Equation:
			b.WriteString(n.TeX + "\n")
		}
		return model.WalkContinue
	})
	return b.String()
}

// Every file of the html-to-markdown corpus reads without error, keeping
// every word a browser would show.
func TestCorpusKeepsVisibleText(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpora/html-to-markdown/plugin/*/testdata/GoldenFiles/*.in.html")
	if len(files) == 0 {
		t.Skip("the html-to-markdown corpus is absent (../shared/corpora); skipping")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, _, err := fromhtml.Read(src)
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(strings.Fields(modelText(doc)), " ")
			// Each word, in order: words may join (a tag inside a word),
			// so the search goes on from where the last word was found.
			at := 0
			for _, w := range visibleWords(t, src) {
				i := strings.Index(text[at:], w)
				if i < 0 {
					if strings.Contains(text, w) {
						t.Errorf("word %q is out of order", w)
					} else {
						t.Errorf("word %q is lost", w)
					}
					continue
				}
				at += i + len(w)
			}
		})
	}
}
