package model

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/richtext-go/richtext/internal/jsonerr"
	"github.com/richtext-go/richtext/internal/jsonindent"
)

// The JSON form of a document is the tree as encoding/json writes these
// structs, with every block and inline tagged by a "type" member: "paragraph",
// "heading", "list", "code", "quote", "callout", "divider", "image", "gallery",
// "table", "grid", "equation", "embed", "raw"; "text", "break", "softbreak",
// "mention", "math", "reminder", "image", "file", "raw". Model → JSON → model
// is the identity for a normalized document.

// BlockType returns the JSON type tag of b.
func BlockType(b Block) string {
	switch b.(type) {
	case *Paragraph:
		return "paragraph"
	case *Heading:
		return "heading"
	case *List:
		return "list"
	case *CodeBlock:
		return "code"
	case *Quote:
		return "quote"
	case *Callout:
		return "callout"
	case *Divider:
		return "divider"
	case *Image:
		return "image"
	case *Gallery:
		return "gallery"
	case *Table:
		return "table"
	case *Grid:
		return "grid"
	case *Equation:
		return "equation"
	case *Embed:
		return "embed"
	case *Raw:
		return "raw"
	}
	return ""
}

// InlineType returns the JSON type tag of in.
func InlineType(in Inline) string {
	switch in.(type) {
	case *Text:
		return "text"
	case *Break:
		return "break"
	case *SoftBreak:
		return "softbreak"
	case *Mention:
		return "mention"
	case *Math:
		return "math"
	case *Reminder:
		return "reminder"
	case *InlineImage:
		return "image"
	case *InlineFile:
		return "file"
	case *RawInline:
		return "raw"
	}
	return ""
}

// MarshalJSON writes the blocks as an array of objects tagged with "type".
func (bs Blocks) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, b := range bs {
		if i > 0 {
			buf.WriteByte(',')
		}
		typ := BlockType(b)
		if typ == "" {
			return nil, fmt.Errorf("model: blocks[%d]: cannot encode %T", i, b)
		}
		if err := writeTagged(&buf, typ, b); err != nil {
			return nil, err
		}
	}
	buf.WriteByte(']')
	return buf.Bytes(), nil
}

// MarshalJSON writes the inlines as an array of objects tagged with "type".
func (is Inlines) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, in := range is {
		if i > 0 {
			buf.WriteByte(',')
		}
		typ := InlineType(in)
		if typ == "" {
			return nil, fmt.Errorf("model: inlines[%d]: cannot encode %T", i, in)
		}
		if err := writeTagged(&buf, typ, in); err != nil {
			return nil, err
		}
	}
	buf.WriteByte(']')
	return buf.Bytes(), nil
}

func writeTagged(buf *bytes.Buffer, typ string, v any) error {
	var tmp bytes.Buffer
	enc := json.NewEncoder(&tmp)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	data := bytes.TrimSuffix(tmp.Bytes(), []byte{'\n'})
	buf.WriteString(`{"type":"`)
	buf.WriteString(typ)
	buf.WriteByte('"')
	if len(data) > 2 {
		buf.WriteByte(',')
		buf.Write(data[1:])
	} else {
		buf.WriteByte('}')
	}
	return nil
}

// MarshalText writes "left", "center" or "right".
func (a Align) MarshalText() ([]byte, error) {
	if a > AlignRight {
		return nil, fmt.Errorf("model: invalid alignment %d", a)
	}
	return []byte(a.String()), nil
}

// MarshalText writes "sub" or "super" ("" for the baseline).
func (s Script) MarshalText() ([]byte, error) {
	switch s {
	case Baseline:
		return nil, nil
	case Subscript:
		return []byte("sub"), nil
	case Superscript:
		return []byte("super"), nil
	}
	return nil, fmt.Errorf("model: invalid script %d", s)
}

// MarshalText writes "user" or "doc".
func (k MentionKind) MarshalText() ([]byte, error) {
	switch k {
	case MentionUser:
		return []byte("user"), nil
	case MentionDoc:
		return []byte("doc"), nil
	}
	return nil, fmt.Errorf("model: invalid mention kind %d", k)
}

// EncodeJSON returns the canonical JSON form of d, indented by two spaces,
// with a final newline and without escaping HTML characters.
func EncodeJSON(d *Document) ([]byte, error) {
	return jsonindent.Encode(d)
}

// MarshalJSON writes the canonical JSON form of the document.
func (d *Document) MarshalJSON() ([]byte, error) {
	type plain Document // without this method
	return json.Marshal((*plain)(d))
}

// UnmarshalJSON reads the JSON form of a document. Unknown members, unknown
// type tags and values of the wrong kind are errors that name their path
// ("blocks[2].inlines[0].style.bold: want a boolean").
func (d *Document) UnmarshalJSON(data []byte) error {
	doc, err := DecodeJSON(data)
	if err != nil {
		return err
	}
	*d = *doc
	return nil
}

// UnmarshalJSON reads a JSON array of tagged blocks.
func (bs *Blocks) UnmarshalJSON(data []byte) error {
	v, err := parseJSON(data)
	if err != nil {
		return err
	}
	dc := &decoder{}
	out := dc.blocks("blocks", v)
	if dc.err != nil {
		return dc.err
	}
	*bs = out
	return nil
}

// UnmarshalJSON reads a JSON array of tagged inlines.
func (is *Inlines) UnmarshalJSON(data []byte) error {
	v, err := parseJSON(data)
	if err != nil {
		return err
	}
	dc := &decoder{}
	out := dc.inlines("inlines", v)
	if dc.err != nil {
		return dc.err
	}
	*is = out
	return nil
}

// DecodeJSON reads a document from its JSON form and normalizes it. A
// document that breaks an invariant of the model (see Validate) is an
// error, so whatever DecodeJSON returns, every writer accepts.
func DecodeJSON(data []byte) (*Document, error) {
	v, err := parseJSON(data)
	if err != nil {
		return nil, err
	}
	dc := &decoder{}
	o := dc.object("", v)
	doc := &Document{}
	if o.m != nil {
		doc.Title = o.str("title")
		doc.Meta = o.attrs("meta")
		doc.Blocks = o.blocks("blocks")
		o.done()
	}
	if dc.err != nil {
		return nil, fmt.Errorf("model JSON: %w", dc.err)
	}
	Normalize(doc)
	if err := Validate(doc); err != nil {
		return nil, fmt.Errorf("model JSON: %w", err)
	}
	return doc, nil
}

func parseJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, jsonerr.Describe("model JSON", data, "", err)
	}
	if dec.More() {
		line, col := LineCol(data, int(dec.InputOffset()))
		return nil, fmt.Errorf("model JSON: line %d, column %d: unexpected data after the document", line, col)
	}
	return v, nil
}

// LineCol returns the 1-based line and column (in bytes) of offset in data.
func LineCol(data []byte, offset int) (line, col int) {
	return jsonerr.LineCol(data, offset)
}
