package bench

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	htmltomd "github.com/JohannesKaufmann/html-to-markdown/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"github.com/richtext-go/richtext"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/okr"
)

var (
	loadOnce sync.Once
	loaded   *Inputs
	loadErr  error
)

func inputs(b *testing.B) *Inputs {
	b.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		b.Skip(loadErr)
	}
	return loaded
}

// run measures f on in, reporting throughput against len(in).
func run(b *testing.B, in []byte, f func([]byte) error) {
	b.Helper()
	if err := f(in); err != nil { // once outside the timer: fail fast
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := f(in); err != nil {
			b.Fatal(err)
		}
	}
}

func ours(from, to richtext.Format) func([]byte) error {
	return func(in []byte) error {
		_, _, err := richtext.Convert(in, from, to)
		return err
	}
}

// The sub-benchmark names are path/implementation; "ours" is compared with
// every other implementation of the same path by cmd/benchtable.

func BenchmarkMarkdownToHTML(b *testing.B) {
	in := inputs(b).Markdown
	b.Run("ours", func(b *testing.B) { run(b, in, ours(richtext.Markdown, richtext.HTML)) })
	b.Run("goldmark", func(b *testing.B) {
		md := goldmark.New(goldmark.WithExtensions(extension.GFM))
		var buf bytes.Buffer
		run(b, in, func(in []byte) error { buf.Reset(); return md.Convert(in, &buf) })
	})
}

func BenchmarkMarkdownToMarkdown(b *testing.B) {
	in := inputs(b).Markdown
	b.Run("ours", func(b *testing.B) { run(b, in, ours(richtext.Markdown, richtext.Markdown)) })
	b.Run("goldmark-parse", func(b *testing.B) {
		p := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()
		run(b, in, func(in []byte) error { p.Parse(text.NewReader(in)); return nil })
	})
}

func BenchmarkHTMLToMarkdown(b *testing.B) {
	in := inputs(b).HTML
	b.Run("ours", func(b *testing.B) { run(b, in, ours(richtext.HTML, richtext.Markdown)) })
	b.Run("html-to-markdown", func(b *testing.B) {
		run(b, in, func(in []byte) error { _, err := htmltomd.ConvertString(string(in)); return err })
	})
	b.Run("html-parse", func(b *testing.B) {
		run(b, in, func(in []byte) error { _, err := html.Parse(bytes.NewReader(in)); return err })
	})
}

func BenchmarkDocxToMarkdown(b *testing.B) {
	in := inputs(b).Docx
	b.Run("ours", func(b *testing.B) { run(b, in, ours(richtext.Docx, richtext.Markdown)) })
	b.Run("json-decode", func(b *testing.B) {
		run(b, in, func(in []byte) error { var v DocxItems; return json.Unmarshal(in, &v) })
	})
}

func BenchmarkMarkdownToDocx(b *testing.B) {
	in := inputs(b).Markdown
	b.Run("ours", func(b *testing.B) { run(b, in, ours(richtext.Markdown, richtext.Docx)) })
	b.Run("json-encode", func(b *testing.B) {
		// The floor: encoding the very blocks our writer produces from
		// plain structs, with nothing to compute.
		out, _, err := richtext.Convert(in, richtext.Markdown, richtext.Docx)
		if err != nil {
			b.Fatal(err)
		}
		var v struct {
			FirstLevel []string     `json:"first_level_block_ids"`
			Blocks     []docx.Block `json:"blocks"`
		}
		if err := json.Unmarshal(out, &v); err != nil {
			b.Fatal(err)
		}
		run(b, in, func([]byte) error { _, err := json.Marshal(&v); return err })
	})
}

func BenchmarkOKRToMarkdown(b *testing.B) {
	in := inputs(b).OKR
	b.Run("ours", func(b *testing.B) { run(b, in, ours(richtext.OKR, richtext.Markdown)) })
	b.Run("json-decode", func(b *testing.B) {
		run(b, in, func(in []byte) error { var v okr.Content; return json.Unmarshal(in, &v) })
	})
}

func BenchmarkMarkdownToOKR(b *testing.B) {
	// The Markdown that the OKR record itself becomes: the way back.
	md, _, err := richtext.Convert(inputs(b).OKR, richtext.OKR, richtext.Markdown)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("ours", func(b *testing.B) { run(b, md, ours(richtext.Markdown, richtext.OKR)) })
	b.Run("json-encode", func(b *testing.B) {
		c := OKRContent(OKRParagraphs)
		run(b, md, func([]byte) error { _, err := json.Marshal(&c); return err })
	})
}
