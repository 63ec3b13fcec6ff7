package todocx_test

import (
	"testing"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/fromdocx"
	"github.com/richtext-go/richtext/internal/roundtrip"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/todocx"
)

// Markdown → Docx → Markdown keeps everything Docx can hold: for every
// CommonMark and GFM spec example, writing Docx either reports what it could
// not carry, or reads back to the very same model.
func TestMarkdownDocxMarkdown(t *testing.T) {
	write := func(d *model.Document) ([]byte, []diag.Warning, error) { return todocx.Write(d) }
	read := func(b []byte) (*model.Document, []diag.Warning, error) { return fromdocx.Read(b) }
	roundtrip.Check(t, "Docx", write, read, 0.5)
}
