// Package richtext converts rich text between Markdown, HTML, the Feishu/Lark
// OKR content_block JSON, the Feishu/Lark Docx block tree and plain text,
// through one canonical document model (package model).
//
// Convert is the one-call API:
//
//	out, warnings, err := richtext.Convert(src, richtext.Markdown, richtext.Docx)
//
// err is reserved for input that cannot be read at all; everything the target
// format cannot hold comes back as warnings (package diag). Read and Write
// expose the two halves, for callers that want to look at or change the
// model in between. Detect names the format of a file from its name and
// first bytes. Options pass settings through to the reader and writer
// packages (frommarkdown … totext), which can also be used on their own.
package richtext

import (
	"fmt"
	"strings"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/fromdocx"
	"github.com/richtext-go/richtext/fromhtml"
	"github.com/richtext-go/richtext/frommarkdown"
	"github.com/richtext-go/richtext/fromokr"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/todocx"
	"github.com/richtext-go/richtext/tohtml"
	"github.com/richtext-go/richtext/tomarkdown"
	"github.com/richtext-go/richtext/tookr"
	"github.com/richtext-go/richtext/totext"
)

// A Format names a document format.
type Format string

// The formats.
const (
	// Markdown is CommonMark with GFM and Feishu's tag dialect.
	Markdown Format = "markdown"
	// HTML is an HTML fragment or page.
	HTML Format = "html"
	// OKR is the Feishu/Lark OKR content_block JSON.
	OKR Format = "okr"
	// Docx is the Feishu/Lark Docx block tree JSON.
	Docx Format = "docx"
	// Text is plain text (write only).
	Text Format = "text"
	// JSON is the canonical model dump (package model).
	JSON Format = "json"
)

// ParseFormat reads a format name, case-insensitively: markdown (md), html
// (htm), okr, docx, text (txt), json.
func ParseFormat(name string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	case "okr":
		return OKR, nil
	case "docx":
		return Docx, nil
	case "text", "txt":
		return Text, nil
	case "json":
		return JSON, nil
	}
	return "", fmt.Errorf("unknown format %q (want markdown, html, okr, docx, text or json)", name)
}

// An Option configures Read, Write and Convert.
type Option func(*options)

type options struct {
	maxDepth int
	maxInput int64
	md       []tomarkdown.Option
	html     []tohtml.Option
	okr      []tookr.Option
	docx     []todocx.Option
	text     []totext.Option
}

// WithMaxDepth sets how deeply blocks may nest when reading Markdown, HTML
// or Docx; deeper content is kept, flattened, with a warning.
func WithMaxDepth(n int) Option { return func(o *options) { o.maxDepth = n } }

// DefaultMaxInputSize is the largest input Read and Convert accept unless
// told otherwise: 64 MiB, far beyond any Feishu document, and small enough
// that a hostile input cannot make a conversion run for minutes.
const DefaultMaxInputSize = 64 << 20

// WithMaxInputSize sets the largest input, in bytes, that Read and Convert
// accept; a larger one is an error before anything is parsed. 0 keeps
// DefaultMaxInputSize; a negative n removes the limit.
func WithMaxInputSize(n int64) Option { return func(o *options) { o.maxInput = n } }

// WithMarkdownOptions passes options to the Markdown writer (headings 7–9,
// tables, plain Markdown).
func WithMarkdownOptions(opts ...tomarkdown.Option) Option {
	return func(o *options) { o.md = append(o.md, opts...) }
}

// WithHTMLOptions passes options to the HTML writer (a whole page, raw HTML).
func WithHTMLOptions(opts ...tohtml.Option) Option {
	return func(o *options) { o.html = append(o.html, opts...) }
}

// WithOKROptions passes options to the OKR writer (v2, palette snapping).
func WithOKROptions(opts ...tookr.Option) Option {
	return func(o *options) { o.okr = append(o.okr, opts...) }
}

// WithDocxOptions passes options to the Docx writer (ids, a page block,
// descendants-API requests).
func WithDocxOptions(opts ...todocx.Option) Option {
	return func(o *options) { o.docx = append(o.docx, opts...) }
}

// WithTextOptions passes options to the plain-text writer (line width).
func WithTextOptions(opts ...totext.Option) Option {
	return func(o *options) { o.text = append(o.text, opts...) }
}

func collect(opts []Option) *options {
	o := &options{maxInput: DefaultMaxInputSize}
	for _, opt := range opts {
		if opt != nil {
			opt(o)
		}
	}
	if o.maxInput == 0 {
		o.maxInput = DefaultMaxInputSize
	}
	return o
}

// Readers returns the formats that Read accepts.
func Readers() []Format { return []Format{Markdown, HTML, OKR, Docx, JSON} }

// Writers returns the formats that Write produces.
func Writers() []Format { return []Format{Markdown, HTML, OKR, Docx, Text, JSON} }

// Read parses src in format from into a normalized document. An input
// larger than the limit (see WithMaxInputSize) is an error.
func Read(src []byte, from Format, opts ...Option) (*model.Document, []diag.Warning, error) {
	o := collect(opts)
	if o.maxInput > 0 && int64(len(src)) > o.maxInput {
		return nil, nil, fmt.Errorf("richtext: the input is %d bytes, more than the limit of %d (see WithMaxInputSize)", len(src), o.maxInput)
	}
	switch from {
	case Markdown:
		var ro []frommarkdown.Option
		if o.maxDepth != 0 {
			ro = append(ro, frommarkdown.WithMaxDepth(o.maxDepth))
		}
		return frommarkdown.Read(src, ro...)
	case HTML:
		var ro []fromhtml.Option
		if o.maxDepth != 0 {
			ro = append(ro, fromhtml.WithMaxDepth(o.maxDepth))
		}
		return fromhtml.Read(src, ro...)
	case OKR:
		return fromokr.Read(src)
	case Docx:
		var ro []fromdocx.Option
		if o.maxDepth != 0 {
			ro = append(ro, fromdocx.WithMaxDepth(o.maxDepth))
		}
		return fromdocx.Read(src, ro...)
	case JSON:
		doc, err := model.DecodeJSON(src)
		if err != nil {
			return nil, nil, err
		}
		return doc, nil, nil
	case Text:
		return nil, nil, fmt.Errorf("richtext: plain text is a target only; read it as Markdown")
	}
	return nil, nil, fmt.Errorf("richtext: cannot read format %q", from)
}

// Write renders doc in format to.
func Write(doc *model.Document, to Format, opts ...Option) ([]byte, []diag.Warning, error) {
	o := collect(opts)
	switch to {
	case Markdown:
		return tomarkdown.Write(doc, o.md...)
	case HTML:
		return tohtml.Write(doc, o.html...)
	case OKR:
		return tookr.Write(doc, o.okr...)
	case Docx:
		return todocx.Write(doc, o.docx...)
	case Text:
		return totext.Write(doc, o.text...)
	case JSON:
		out, err := model.EncodeJSON(doc)
		return out, nil, err
	}
	return nil, nil, fmt.Errorf("richtext: cannot write format %q", to)
}

// Convert reads src in format from and writes it in format to, returning the
// output and the warnings of both halves.
func Convert(src []byte, from, to Format, opts ...Option) ([]byte, []diag.Warning, error) {
	doc, rw, err := Read(src, from, opts...)
	if err != nil {
		return nil, rw, err
	}
	out, ww, err := Write(doc, to, opts...)
	return out, append(rw, ww...), err
}
