package richtext_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/richtext-go/richtext"
	"github.com/richtext-go/richtext/model"
)

// Hostile inputs, each read and written to every format: no panic, no
// stack overflow, no runaway memory, a valid document, and the text that
// marks each input still there. How cost grows with size is measured by
// the benchmarks in bench/.
func TestAdversarialInputs(t *testing.T) {
	const n = 100000
	mdTable := func(cols int) string {
		var b strings.Builder
		for r := 0; r < 3; r++ {
			for c := 0; c < cols; c++ {
				if r == 1 {
					b.WriteString("|-")
				} else {
					b.WriteString("|c")
				}
			}
			b.WriteString("|\n")
		}
		return b.String() + "\nmarker\n"
	}
	cases := []struct {
		name   string
		format richtext.Format
		src    string
		marker string // text that must survive ("" when none)
		errOK  bool   // the reader may refuse it (with an error, not a panic)
	}{
		{"markdown: 100 000 nested lists", richtext.Markdown, strings.Repeat("- ", n) + "marker\n", "marker", false},
		{"markdown: 1 000 nested lists, one per line (1 MB of indentation)", richtext.Markdown, nestedListLines(1000) + "marker\n", "marker", false},
		{"markdown: 100 000 nested quotes", richtext.Markdown, strings.Repeat("> ", n) + "marker\n", "marker", false},
		{"markdown: 100 000 emphasis delimiters", richtext.Markdown, strings.Repeat("*", n) + "marker" + strings.Repeat("_", n), "marker", false},
		{"markdown: alternating delimiters", richtext.Markdown, strings.Repeat("*a_", n/3) + "marker", "marker", false},
		{"markdown: 100 000 brackets", richtext.Markdown, strings.Repeat("[", n) + "marker" + strings.Repeat("](x)", 1000), "marker", false},
		{"markdown: 100 000 backticks", richtext.Markdown, strings.Repeat("`a", n/2) + " marker", "marker", false},
		{"markdown: a 1 MB line", richtext.Markdown, strings.Repeat("word ", 200000) + "marker", "marker", false},
		{"markdown: 10 000 table columns", richtext.Markdown, mdTable(10000), "marker", false},
		{"markdown: invalid UTF-8, NUL and a BOM", richtext.Markdown, "\ufeff# ti\xfftle\n\nnul\x00byte marker \xc3\x28\n", "marker", false},
		{"markdown: 100 000 nested tags", richtext.Markdown, strings.Repeat("<callout>\n\n", 20000) + "marker\n", "marker", false},
		{"html: 100 000 nested divs", richtext.HTML, strings.Repeat("<div>", n) + "marker" + strings.Repeat("</div>", n), "marker", false},
		{"html: 100 000 nested lists", richtext.HTML, strings.Repeat("<ul><li>", n/2) + "marker", "marker", false},
		{"html: 100 000 nested inline tags", richtext.HTML, strings.Repeat("<b><i>", n/2) + "marker", "marker", false},
		{"html: 100 000 unclosed tables", richtext.HTML, strings.Repeat("<table><tr><td>", n/3) + "marker", "marker", false},
		{"html: a 1 MB line", richtext.HTML, "<p>" + strings.Repeat("word ", 200000) + "marker</p>", "marker", false},
		{"html: 10 000 table columns", richtext.HTML, "<table><tr>" + strings.Repeat("<td>c</td>", 10000) + "</tr></table><p>marker</p>", "marker", false},
		{"html: huge spans", richtext.HTML, "<table>" + strings.Repeat("<tr><td colspan=99999999 rowspan=99999999>c</td></tr>", 2000) + "</table><p>marker</p>", "marker", false},
		{"html: invalid UTF-8, NUL and a BOM", richtext.HTML, "\ufeff<p>bad\xff nul\x00 marker</p>", "marker", false},
		{"docx: 100 000 levels", richtext.Docx, docxChain(n), "marker", false},
		{"docx: a cycle", richtext.Docx, `[{"block_id":"a","block_type":2,"children":["b"],"text":{"elements":[{"text_run":{"content":"marker"}}]}},{"block_id":"b","block_type":2,"parent_id":"a","children":["a"],"text":{"elements":[]}}]`, "marker", false},
		{"docx: a 1 MB text run", richtext.Docx, `[{"block_id":"a","block_type":2,"text":{"elements":[{"text_run":{"content":"` + strings.Repeat("word ", 200000) + `marker"}}]}}]`, "marker", false},
		{"docx: huge numbers", richtext.Docx, `[{"block_id":"t","block_type":31,"children":["c"],"table":{"cells":["c"],"property":{"row_size":1000000000,"column_size":1000000000,"column_width":[1000000000],"merge_info":[{"row_span":1000000000,"col_span":1000000000}]}}},{"block_id":"c","block_type":32,"parent_id":"t","children":["x"],"table_cell":{}},{"block_id":"x","block_type":2,"parent_id":"c","text":{"elements":[{"text_run":{"content":"marker"}}]}},{"block_id":"i","block_type":27,"image":{"token":"t","width":9223372036854775807,"height":-5}}]`, "marker", false},
		{"docx: a number too big for an int", richtext.Docx, `[{"block_id":"a","block_type":99999999999999999999}]`, "", true},
		{"docx: NUL and invalid UTF-8 in text", richtext.Docx, "[{\"block_id\":\"a\",\"block_type\":2,\"text\":{\"elements\":[{\"text_run\":{\"content\":\"nul\\u0000 bad\xff marker\"}}]}}]", "marker", false},
		{"okr: huge numbers", richtext.OKR, `{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"marker","style":{"textColor":{"red":2147483647,"green":-2147483648,"blue":0,"alpha":1e308}}}}],"style":{"list":{"type":"number","indentLevel":2147483647,"number":2147483647}}}},{"type":"gallery","gallery":{"imageList":[{"src":"x","width":1e308,"height":1e-308}]}}]}`, "marker", false},
		{"okr: a number too big for an int", richtext.OKR, `{"blocks":[{"type":"paragraph","paragraph":{"style":{"list":{"type":"bullet","indentLevel":1e30}},"elements":[]}}]}`, "", true},
		{"okr: 100 000 levels of indentation", richtext.OKR, okrLevels(n), "marker", false},
		{"okr: NUL, invalid UTF-8 and a BOM", richtext.OKR, "\ufeff{\"blocks\":[{\"type\":\"paragraph\",\"paragraph\":{\"elements\":[{\"type\":\"textRun\",\"textRun\":{\"text\":\"nul\\u0000 bad\xff marker\"}}]}}]}", "marker", false},
		{"model json: huge level", richtext.JSON, `{"blocks":[{"type":"heading","level":1000000000000,"inlines":[{"type":"text","value":"x"}]}]}`, "", true},
		{"model json: deep", richtext.JSON, strings.Repeat(`{"blocks":[{"type":"quote","blocks":[`, 1) + strings.Repeat(`{"type":"quote","blocks":[`, 20000) + strings.Repeat(`]}`, 20001) + `]}`, "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, _, err := richtext.Read([]byte(c.src), c.format)
			if err != nil {
				if !c.errOK {
					t.Fatalf("read: %v", err)
				}
				if strings.Contains(err.Error(), "panic") {
					t.Fatalf("read: %v", err)
				}
				return
			}
			if c.errOK {
				t.Logf("read without an error")
			}
			if err := model.Validate(doc); err != nil {
				t.Fatalf("invalid document: %v", err)
			}
			if c.marker != "" && !strings.Contains(allText(doc), c.marker) {
				t.Errorf("%q is lost", c.marker)
			}
			for _, to := range richtext.Writers() {
				if _, _, err := richtext.Write(doc, to); err != nil {
					t.Errorf("write %s: %v", to, err)
				}
			}
		})
	}
}

func allText(doc *model.Document) string {
	var b strings.Builder
	b.WriteString(doc.Title)
	model.Walk(doc, func(n model.Node) model.WalkStatus {
		switch n := n.(type) {
		case *model.Text:
			b.WriteString(n.Value)
		case *model.CodeBlock:
			b.WriteString(model.CodeText(n))
			return model.WalkSkipChildren
		}
		return model.WalkContinue
	})
	return b.String()
}

func nestedListLines(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	return b.String() + strings.Repeat("  ", n)
}

func docxChain(n int) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		text := "x"
		if i == n-1 {
			text = "marker"
		}
		fmt.Fprintf(&b, `{"block_id":"b%d","block_type":12,"bullet":{"elements":[{"text_run":{"content":%q}}]}`, i, text)
		if i > 0 {
			fmt.Fprintf(&b, `,"parent_id":"b%d"`, i-1)
		}
		if i < n-1 {
			fmt.Fprintf(&b, `,"children":["b%d"]`, i+1)
		}
		b.WriteByte('}')
	}
	b.WriteByte(']')
	return b.String()
}

func okrLevels(n int) string {
	var b strings.Builder
	b.WriteString(`{"blocks":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		text := "x"
		if i == n-1 {
			text = "marker"
		}
		fmt.Fprintf(&b, `{"type":"paragraph","paragraph":{"style":{"list":{"type":"bullet","indentLevel":%d}},"elements":[{"type":"textRun","textRun":{"text":%q}}]}}`, i%20+1, text)
	}
	b.WriteString(`]}`)
	return b.String()
}
