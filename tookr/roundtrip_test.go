package tookr_test

import (
	"testing"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/fromokr"
	"github.com/richtext-go/richtext/internal/roundtrip"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/tookr"
)

// Markdown → OKR → Markdown keeps everything OKR can hold: for every
// CommonMark and GFM spec example, writing OKR either reports what it could
// not carry, or reads back to the very same model. OKR has no headings,
// code or tables, so fewer sources go through clean than for Docx.
func TestMarkdownOKRMarkdown(t *testing.T) {
	write := func(d *model.Document) ([]byte, []diag.Warning, error) { return tookr.Write(d) }
	read := func(b []byte) (*model.Document, []diag.Warning, error) { return fromokr.Read(b) }
	roundtrip.Check(t, "OKR", write, read, 0.25)
}
