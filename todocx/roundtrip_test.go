package todocx_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/richtext-go/richtext/fromdocx"
	"github.com/richtext-go/richtext/frommarkdown"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/todocx"
	"github.com/richtext-go/richtext/tomarkdown"
)

// Markdown → Docx → Markdown keeps everything Docx can hold: for every
// CommonMark and GFM spec example, writing Docx either reports what it could
// not carry, or reads back to the very same model, whose Markdown is then
// the same too.
func TestMarkdownDocxMarkdown(t *testing.T) {
	var sources []string
	for _, f := range []string{"commonmark/spec-0.31.2.examples.json", "gfm/spec.examples.json", "gfm/extensions.examples.json"} {
		data, err := os.ReadFile(filepath.Join("../../shared/corpora", f))
		if os.IsNotExist(err) {
			t.Skipf("corpus %s is absent; skipping", f)
		}
		if err != nil {
			t.Fatal(err)
		}
		var ex []struct{ Markdown string }
		if err := json.Unmarshal(data, &ex); err != nil {
			t.Fatal(err)
		}
		for _, e := range ex {
			sources = append(sources, e.Markdown)
		}
	}
	mds, _ := filepath.Glob("../golden/testdata/*/in.md")
	for _, f := range mds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, string(data))
	}
	clean := 0
	for i, src := range sources {
		doc, _, err := frommarkdown.Read([]byte(src))
		if err != nil {
			t.Fatalf("source %d: %v", i, err)
		}
		out, warns, err := todocx.Write(doc)
		if err != nil {
			t.Fatalf("source %d: write: %v", i, err)
		}
		back, rw, err := fromdocx.Read(out)
		if err != nil || len(rw) > 0 {
			t.Fatalf("source %d: our Docx does not read cleanly: %v %v", i, err, rw)
		}
		if len(warns) > 0 {
			continue
		}
		clean++
		want, _ := model.EncodeJSON(doc)
		got, _ := model.EncodeJSON(back)
		if !bytes.Equal(want, got) {
			t.Errorf("source %d: Docx kept less than it said:\n%s\nmodel before:\n%s\nafter:\n%s", i, src, want, got)
			continue
		}
		a, _, _ := tomarkdown.Write(doc)
		b, _, _ := tomarkdown.Write(back)
		if !bytes.Equal(a, b) {
			t.Errorf("source %d: Markdown differs after Docx:\n%s\n---\n%s", i, a, b)
		}
	}
	t.Logf("%d of %d sources went through Docx without a warning and came back the same", clean, len(sources))
	if clean < len(sources)/2 {
		t.Errorf("only %d of %d sources are free of warnings; the test shows little", clean, len(sources))
	}
}
