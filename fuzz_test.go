package richtext_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/richtext-go/richtext"
	"github.com/richtext-go/richtext/model"
)

// Native fuzz targets: go test -fuzz FuzzMarkdown (make fuzz runs them all
// for FUZZTIME each; .ci/run for a few seconds). Every reader's output must
// be valid and normalized, every writer must accept it, and the round trips
// must settle. Seeds are the golden inputs and the corpora.

// seeds adds the files matching patterns to the corpus of f.
func seeds(f *testing.F, patterns ...string) {
	for _, p := range patterns {
		files, _ := filepath.Glob(p)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err == nil && len(data) < 256<<10 {
				f.Add(data)
			}
		}
	}
}

// checkDoc holds the invariants on a reader's output.
func checkDoc(t *testing.T, doc *model.Document, from richtext.Format) {
	t.Helper()
	if err := model.Validate(doc); err != nil {
		t.Fatalf("%s reader made an invalid document: %v", from, err)
	}
	before, err := model.EncodeJSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	again, err := model.DecodeJSON(before)
	if err != nil {
		t.Fatalf("the %s reader's document does not decode from its own JSON: %v", from, err)
	}
	model.Normalize(again)
	after, _ := model.EncodeJSON(again)
	if !bytes.Equal(before, after) {
		t.Fatalf("the %s reader's document is not normalized:\n%s", from, lineDiff(string(before), string(after)))
	}
	for _, to := range richtext.Writers() {
		if _, _, err := richtext.Write(doc, to); err != nil {
			t.Fatalf("the %s writer refuses the %s reader's document: %v", to, from, err)
		}
	}
}

func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + itoa(i+1) + ":\n- " + x + "\n+ " + y
		}
	}
	return ""
}

func itoa(i int) string {
	b := []byte{}
	for ; i > 0 || len(b) == 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func fuzzReader(f *testing.F, from richtext.Format) {
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _, err := richtext.Read(data, from)
		if err != nil {
			return // an error is fine; a panic or a bad document is not
		}
		checkDoc(t, doc, from)
	})
}

func FuzzMarkdown(f *testing.F) {
	seeds(f, "golden/testdata/*/in.md", "examples/*.md", "../shared/corpora/feishu2md/testdata/*.md")
	f.Add([]byte("> - [ ] *a* **b** ~~c~~ `d` $e$\n>\n> | x |\n> |---|\n> | y |\n"))
	fuzzReader(f, richtext.Markdown)
}

func FuzzHTML(f *testing.F) {
	seeds(f, "golden/testdata/*/in.html", "examples/*.html", "../shared/corpora/html-to-markdown/plugin/*/testdata/GoldenFiles/*.in.html")
	fuzzReader(f, richtext.HTML)
}

func FuzzOKR(f *testing.F) {
	seeds(f, "golden/testdata/*/in.okr.json", "examples/*.okr.json")
	fuzzReader(f, richtext.OKR)
}

func FuzzDocx(f *testing.F) {
	seeds(f, "golden/testdata/*/in.docx.json", "examples/*.docx.json", "../shared/corpora/feishu2md/testdata/*.json")
	fuzzReader(f, richtext.Docx)
}

func FuzzModelJSON(f *testing.F) {
	seeds(f, "golden/testdata/*/in.model.json", "golden/testdata/*/model.json.golden")
	fuzzReader(f, richtext.JSON)
}

// FuzzMarkdownIdempotent: Markdown → model → Markdown → model → Markdown
// settles after one pass.
func FuzzMarkdownIdempotent(f *testing.F) {
	seeds(f, "golden/testdata/*/in.md", "examples/*.md")
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _, err := richtext.Read(data, richtext.Markdown)
		if err != nil {
			return
		}
		md1, _, err := richtext.Write(doc, richtext.Markdown)
		if err != nil {
			t.Fatal(err)
		}
		doc2, _, err := richtext.Read(md1, richtext.Markdown)
		if err != nil {
			t.Fatal(err)
		}
		md2, _, err := richtext.Write(doc2, richtext.Markdown)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(md1, md2) {
			t.Fatalf("a second pass changes the Markdown:\n%q\n---\n%q\n%s", md1, md2, lineDiff(string(md1), string(md2)))
		}
	})
}

// stable checks that writing format f, reading it and writing again gives
// the same output.
func stable(t *testing.T, doc *model.Document, f richtext.Format) {
	t.Helper()
	out1, _, err := richtext.Write(doc, f)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err := richtext.Read(out1, f)
	if err != nil {
		t.Fatalf("our %s does not read back: %v\n%s", f, err, out1)
	}
	out2, _, err := richtext.Write(back, f)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out1, out2) {
		t.Fatalf("%s write → read → write is not stable:\n%s", f, lineDiff(string(out1), string(out2)))
	}
}

// FuzzFeishuStable: any Markdown, written as Docx and as OKR, reads back
// and writes the same again.
func FuzzFeishuStable(f *testing.F) {
	seeds(f, "golden/testdata/*/in.md", "examples/*.md")
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _, err := richtext.Read(data, richtext.Markdown)
		if err != nil {
			return
		}
		stable(t, doc, richtext.Docx)
		stable(t, doc, richtext.OKR)
	})
}

// FuzzDocxStable and FuzzOKRStable start from the formats themselves.
func FuzzDocxStable(f *testing.F) {
	seeds(f, "golden/testdata/*/in.docx.json", "examples/*.docx.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _, err := richtext.Read(data, richtext.Docx)
		if err != nil {
			return
		}
		stable(t, doc, richtext.Docx)
	})
}

func FuzzOKRStable(f *testing.F) {
	seeds(f, "golden/testdata/*/in.okr.json", "examples/*.okr.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _, err := richtext.Read(data, richtext.OKR)
		if err != nil {
			return
		}
		stable(t, doc, richtext.OKR)
	})
}
