package richtext_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/richtext-go/richtext"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		name, head string
		want       richtext.Format
	}{
		{"report.md", "<callout>x</callout>", richtext.Markdown},
		{"page.HTML", "# not markdown", richtext.HTML},
		{"notes.txt", "plain", richtext.Markdown},
		{"record.okr.json", "{}", richtext.OKR},
		{"doc.docx.json", "{}", richtext.Docx},
		{"x.json", `{"blocks":[{"type":"paragraph","paragraph":{"elements":[]}}]}`, richtext.OKR},
		{"x.json", `{"blocks":[{"block_element_type":"paragraph"}]}`, richtext.OKR},
		{"x.json", `{"content":{"blocks":[]}}`, richtext.OKR},
		{"x.json", `{"code":0,"msg":"success","data":{"content":{"blocks":[]},"progress_id":"1"}}`, richtext.OKR},
		{"x.json", `{"code":0,"data":{"items":[{"block_id":"a","block_type":1}]}}`, richtext.Docx},
		{"x.json", `{"items":[]}`, richtext.Docx},
		{"x.json", `{"document":{"document_id":"d"},"blocks":[{"block_id":"a","block_type":1}]}`, richtext.Docx},
		{"x.json", `{"first_level_block_ids":["a"],"blocks":[{"block_id":"a","block_type":2}]}`, richtext.Docx},
		{"x.json", `[{"block_id":"a","block_type":2}]`, richtext.Docx},
		{"x.json", `{"blocks":[{"block_id":"a","block_type":2}]}`, richtext.Docx},
		{"x.json", `{"title":"T","blocks":[{"type":"heading","level":1}]}`, richtext.JSON},
		{"-", `{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"cut sho`, richtext.OKR},
		{"-", "<!DOCTYPE html><html>", richtext.HTML},
		{"-", "<div class=x>hi</div>", richtext.HTML},
		{"-", "<title>Feishu</title>\n\n# Hi", richtext.Markdown},
		{"-", "# Title\n\ntext", richtext.Markdown},
		{"-", "\ufeff<p>bom</p>", richtext.HTML},
	}
	for _, c := range cases {
		got, err := richtext.Detect(c.name, []byte(c.head))
		if err != nil || got != c.want {
			t.Errorf("Detect(%q, %.40q) = %q, %v; want %q", c.name, c.head, got, err, c.want)
		}
	}
	for _, bad := range []string{`{"foo":1}`, `{not json`} {
		if f, err := richtext.Detect("x.json", []byte(bad)); err == nil {
			t.Errorf("Detect(%q) = %q, want an error", bad, f)
		}
	}
}

// Every golden input is detected as the format its name says.
func TestDetectGoldenInputs(t *testing.T) {
	want := map[string]richtext.Format{"in.md": richtext.Markdown, "in.html": richtext.HTML, "in.okr.json": richtext.OKR,
		"in.docx.json": richtext.Docx, "in.model.json": richtext.JSON}
	files, _ := filepath.Glob("golden/testdata/*/in.*")
	for _, f := range files {
		head, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Sniff the content alone, as for standard input.
		got, err := richtext.Detect("-", head[:min(len(head), 4096)])
		if err != nil || got != want[filepath.Base(f)] {
			t.Errorf("%s sniffed as %q (%v), want %q", f, got, err, want[filepath.Base(f)])
		}
	}
}
