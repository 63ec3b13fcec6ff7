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
// model in between.
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

// ParseFormat reads a format name, case-insensitively: markdown (md), html,
// okr, docx, text (txt), json.
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

type options struct{}

func collect(opts []Option) *options {
	o := &options{}
	for _, opt := range opts {
		if opt != nil {
			opt(o)
		}
	}
	return o
}

// Readers returns the formats that Read accepts.
func Readers() []Format { return []Format{Markdown, HTML, OKR, Docx, JSON} }

// Writers returns the formats that Write produces.
func Writers() []Format { return []Format{Markdown, HTML, OKR, Docx, JSON} }

// Read parses src in format from into a normalized document.
func Read(src []byte, from Format, opts ...Option) (*model.Document, []diag.Warning, error) {
	_ = collect(opts)
	switch from {
	case Markdown:
		return frommarkdown.Read(src)
	case HTML:
		return fromhtml.Read(src)
	case OKR:
		return fromokr.Read(src)
	case Docx:
		return fromdocx.Read(src)
	case JSON:
		doc, err := model.DecodeJSON(src)
		return doc, nil, err
	}
	return nil, nil, fmt.Errorf("richtext: cannot read format %q", from)
}

// Write renders doc in format to.
func Write(doc *model.Document, to Format, opts ...Option) ([]byte, []diag.Warning, error) {
	_ = collect(opts)
	switch to {
	case Markdown:
		return tomarkdown.Write(doc)
	case HTML:
		return tohtml.Write(doc)
	case OKR:
		return tookr.Write(doc)
	case Docx:
		return todocx.Write(doc)
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
