// Package roundtrip holds the property test that the Feishu writers share:
// Markdown → model → format → model keeps everything the format can hold.
// Only tests import it.
package roundtrip

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/frommarkdown"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/tomarkdown"
)

// Writer and Reader are one format's two halves.
type (
	Writer func(*model.Document) ([]byte, []diag.Warning, error)
	Reader func([]byte) (*model.Document, []diag.Warning, error)
)

// Sources returns every CommonMark and GFM spec example and the golden
// Markdown inputs, for a test run in a package directory one below the
// module root. It skips the test when the corpora are absent.
func Sources(t *testing.T) []string {
	t.Helper()
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
	return sources
}

// Check writes every source in the format and reads it back. Writing
// either reports what it could not carry, or the document reads back the
// same, and so does its Markdown. minClean is the share of sources (0–1)
// that must go through without a warning for the test to show something.
func Check(t *testing.T, format string, write Writer, read Reader, minClean float64) {
	t.Helper()
	sources := Sources(t)
	clean := 0
	for i, src := range sources {
		doc, _, err := frommarkdown.Read([]byte(src))
		if err != nil {
			t.Fatalf("source %d: %v", i, err)
		}
		out, warns, err := write(doc)
		if err != nil {
			t.Fatalf("source %d: write: %v", i, err)
		}
		back, rw, err := read(out)
		if err != nil || len(rw) > 0 {
			t.Fatalf("source %d: our %s does not read cleanly: %v %v", i, format, err, rw)
		}
		if len(warns) > 0 {
			continue
		}
		clean++
		// The format shows soft breaks as spaces, as it should.
		model.ResolveSoftBreaks(doc)
		want, _ := model.EncodeJSON(doc)
		got, _ := model.EncodeJSON(back)
		if !bytes.Equal(want, got) {
			t.Errorf("source %d: %s kept less than it said:\n%s\nmodel before:\n%s\nafter:\n%s", i, format, src, want, got)
			continue
		}
		a, _, _ := tomarkdown.Write(doc)
		b, _, _ := tomarkdown.Write(back)
		if !bytes.Equal(a, b) {
			t.Errorf("source %d: Markdown differs after %s:\n%s\n---\n%s", i, format, a, b)
		}
	}
	t.Logf("%d of %d sources went through %s without a warning and came back the same", clean, len(sources), format)
	if float64(clean) < minClean*float64(len(sources)) {
		t.Errorf("only %d of %d sources are free of warnings; the test shows little", clean, len(sources))
	}
}
