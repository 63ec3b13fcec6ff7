package bench

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/richtext-go/richtext"
)

// The generated inputs are what they claim: deterministic, of the stated
// size, and read without an error or a warning.
func TestGeneratedInputs(t *testing.T) {
	d1, d2 := mustJSON(t, DocxList(DocxBlocks)), mustJSON(t, DocxList(DocxBlocks))
	if !bytes.Equal(d1, d2) {
		t.Fatal("DocxList is not deterministic")
	}
	if n := len(DocxList(DocxBlocks).Items); n < DocxBlocks {
		t.Fatalf("DocxList has %d blocks, want %d", n, DocxBlocks)
	}
	if n := len(OKRContent(OKRParagraphs).Blocks); n < OKRParagraphs {
		t.Fatalf("OKRContent has %d blocks", n)
	}
	for _, c := range []struct {
		from richtext.Format
		in   []byte
	}{{richtext.Docx, d1}, {richtext.OKR, mustJSON(t, OKRContent(OKRParagraphs))}} {
		_, warns, err := richtext.Read(c.in, c.from)
		if err != nil || len(warns) > 0 {
			t.Errorf("%s: %v %v", c.from, err, warns)
		}
	}
}

func TestMarkdownPrefix(t *testing.T) {
	md := []byte("# a\n\n```\n# not a heading\n```\n\npara\n\n# b\n")
	if got := string(MarkdownPrefix(md, 5)); got != "# a\n\n```\n# not a heading\n```\n\n" {
		t.Errorf("got %q", got)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
