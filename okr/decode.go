package okr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/jsonerr"
	"github.com/richtext-go/richtext/internal/textutil"
)

// A Document is a decoded content_block.
type Document struct {
	// Version is the form the input had.
	Version Version
	// Content is the content_block in the v1 form, whatever the input's
	// version (see ContentV2.ToV1), validated.
	Content *Content
	// Path is the member that held the content_block ("content",
	// "data.content"), "" for a bare one; warnings are relative to it.
	Path string
}

// Decode reads a content_block in either version from a bare content_block
// {"blocks":[…]}, an object holding it as "content" (a progress-record body
// or record), or the API envelope {"code":0,"data":{…}}. Malformed JSON and
// values of the wrong type are errors naming the place; values out of range
// are clamped and blocks or elements of unknown types kept as raw JSON,
// each with a warning.
func Decode(data []byte) (*Document, []diag.Warning, error) {
	data = bytes.TrimPrefix(bytes.TrimSpace(data), []byte("\xef\xbb\xbf"))
	if len(data) == 0 {
		return nil, nil, errors.New("okr: empty input")
	}
	var warns diag.List
	data, fixed := textutil.ValidUTF8(data)
	if fixed {
		warns.Add(diag.Recovered, "", "the input is not valid UTF-8; the bad bytes are read as U+FFFD")
	}
	content, path, err := locate(data, "")
	if err != nil {
		return nil, nil, err
	}
	doc := &Document{Path: path}
	v, err := version(content, path)
	if err != nil {
		return nil, nil, err
	}
	doc.Version = v
	if v == V2 {
		var c ContentV2
		if err := json.Unmarshal(content, &c); err != nil {
			return nil, nil, jsonerr.Describe("okr", content, prefix(path), err)
		}
		doc.Content = c.ToV1()
		if err := keepRaw(content, doc.Content, path); err != nil {
			return nil, nil, err
		}
	} else {
		var c Content
		if err := json.Unmarshal(content, &c); err != nil {
			return nil, nil, jsonerr.Describe("okr", content, prefix(path), err)
		}
		if err := keepRaw(content, &c, path); err != nil {
			return nil, nil, err
		}
		doc.Content = &c
	}
	validate(doc, &warns)
	return doc, warns.Warnings(), nil
}

func prefix(path string) string {
	if path == "" {
		return ""
	}
	return path + "."
}

// locate finds the content_block in data: the object itself when it has
// blocks, else its content, else the data of an API envelope.
func locate(data []byte, path string) (json.RawMessage, string, error) {
	if data[0] != '{' {
		return nil, "", fmt.Errorf("okr: %swant a JSON object (a content_block, a body holding content, or an API envelope)", where(path))
	}
	var probe struct {
		Blocks  json.RawMessage `json:"blocks"`
		Content json.RawMessage `json:"content"`
		Code    *int            `json:"code"`
		Msg     string          `json:"msg"`
		Data    json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, "", jsonerr.Describe("okr", data, prefix(path), err)
	}
	switch {
	case probe.Blocks != nil:
		return data, path, nil
	case len(probe.Content) > 0 && probe.Content[0] == '"':
		// Some clients send the content_block as a JSON string.
		var inner string
		if err := json.Unmarshal(probe.Content, &inner); err != nil {
			return nil, "", jsonerr.Describe("okr", data, prefix(path), err)
		}
		inner = strings.TrimSpace(inner)
		if inner == "" {
			return nil, "", fmt.Errorf("okr: %scontent is an empty string", where(path))
		}
		return locate([]byte(inner), prefix(path)+"content")
	case probe.Content != nil && !bytes.Equal(probe.Content, []byte("null")):
		return locate(bytes.TrimSpace(probe.Content), prefix(path)+"content")
	case probe.Code != nil && *probe.Code != 0:
		return nil, "", fmt.Errorf("okr: %sthe API answered code %d: %s", where(path), *probe.Code, probe.Msg)
	case probe.Data != nil && !bytes.Equal(probe.Data, []byte("null")):
		return locate(bytes.TrimSpace(probe.Data), prefix(path)+"data")
	}
	return nil, "", fmt.Errorf("okr: %sno content_block: want blocks, content or data", where(path))
}

func where(path string) string {
	if path == "" {
		return ""
	}
	return path + ": "
}

// version tells v1 from v2 by the blocks' type member.
func version(content json.RawMessage, path string) (Version, error) {
	var probe struct {
		Blocks []struct {
			Type             *string `json:"type"`
			BlockElementType *string `json:"block_element_type"`
		} `json:"blocks"`
	}
	if err := json.Unmarshal(content, &probe); err != nil {
		return 0, jsonerr.Describe("okr", content, prefix(path), err)
	}
	v := Version(0)
	for i, b := range probe.Blocks {
		var bv Version
		switch {
		case b.BlockElementType != nil && b.Type == nil:
			bv = V2
		case b.Type != nil && b.BlockElementType == nil:
			bv = V1
		default:
			continue // decided by the others; validate reports it
		}
		if v != 0 && bv != v {
			return 0, fmt.Errorf("okr: %sblocks[%d]: a %s block among %s blocks", prefix(path), i, bv, v)
		}
		v = bv
	}
	if v == 0 {
		v = V1
	}
	return v, nil
}

// keepRaw stores the JSON of blocks and elements of unknown types. It works
// on the v1 form of either version: the members it looks into (blocks,
// paragraph, elements) have the same names in both.
func keepRaw(content json.RawMessage, c *Content, path string) error {
	var raws *rawContent
	for i := range c.Blocks {
		b := &c.Blocks[i]
		known := b.Type == BlockParagraph || b.Type == BlockGallery
		var unknownEl []int
		if known && b.Paragraph != nil {
			for j := range b.Paragraph.Elements {
				switch b.Paragraph.Elements[j].Type {
				case ElementTextRun, ElementDocsLink, ElementPerson:
				default:
					unknownEl = append(unknownEl, j)
				}
			}
		}
		if known && unknownEl == nil {
			continue
		}
		if raws == nil {
			var err error
			if raws, err = decodeRaw(content, path); err != nil {
				return err
			}
		}
		if !known {
			b.Raw = compact(raws.Blocks[i])
			continue
		}
		els := raws.elements(i)
		for _, j := range unknownEl {
			if j < len(els) {
				b.Paragraph.Elements[j].Raw = compact(els[j])
			}
		}
	}
	return nil
}

type rawContent struct {
	Blocks []json.RawMessage `json:"blocks"`
}

func decodeRaw(content json.RawMessage, path string) (*rawContent, error) {
	var r rawContent
	if err := json.Unmarshal(content, &r); err != nil {
		return nil, jsonerr.Describe("okr", content, prefix(path), err)
	}
	return &r, nil
}

// elements returns the raw elements of block i's paragraph.
func (r *rawContent) elements(i int) []json.RawMessage {
	var b struct {
		Paragraph struct {
			Elements []json.RawMessage `json:"elements"`
		} `json:"paragraph"`
	}
	if i < len(r.Blocks) {
		_ = json.Unmarshal(r.Blocks[i], &b)
	}
	return b.Paragraph.Elements
}

func compact(raw json.RawMessage) json.RawMessage {
	var buf bytes.Buffer
	if json.Compact(&buf, raw) != nil {
		return append(json.RawMessage(nil), raw...)
	}
	return buf.Bytes()
}

// validate clamps out-of-range values and reports what it finds, with the
// input's own member names.
func validate(doc *Document, warns *diag.List) {
	v2 := doc.Version == V2
	name := func(v1, v2name string) string {
		if v2 {
			return v2name
		}
		return v1
	}
	base := prefix(doc.Path)
	for i := range doc.Content.Blocks {
		b := &doc.Content.Blocks[i]
		at := base + "blocks[" + strconv.Itoa(i) + "]"
		if b.Raw != nil {
			warns.Add(diag.Recovered, at, "block type %q is not one this reader knows; kept as raw OKR JSON", b.Type)
			continue
		}
		switch b.Type {
		case BlockParagraph:
			if b.Paragraph == nil {
				warns.Add(diag.Recovered, at, "a paragraph block without its paragraph; read as empty")
				b.Paragraph = &Paragraph{}
			}
			p := b.Paragraph
			if p.Style != nil && p.Style.List != nil {
				l := p.Style.List
				lat := at + ".paragraph.style.list"
				switch l.Type {
				case ListNumber, ListBullet, ListCheckBox, ListCheckedBox, ListIndent:
				default:
					warns.Add(diag.Recovered, lat+"."+name("type", "list_type"), "list type %q is not one this reader knows; read as a plain paragraph", l.Type)
				}
				shown := l.IndentLevel
				if v2 {
					shown--
				}
				if l.IndentLevel > MaxIndentLevel || (l.IndentLevel < MinIndentLevel && (v2 || l.IndentLevel != 0)) {
					c := min(max(l.IndentLevel, MinIndentLevel), MaxIndentLevel)
					lo, hi := MinIndentLevel, MaxIndentLevel
					if v2 {
						lo, hi = lo-1, hi-1
					}
					warns.Add(diag.Recovered, lat+"."+name("indentLevel", "indent_level"), "indent level %d is outside %d–%d; read as %d", shown, lo, hi, c-(MinIndentLevel-lo))
					l.IndentLevel = c
				} else if l.IndentLevel == 0 {
					l.IndentLevel = MinIndentLevel // absent: the first level
				}
				if l.Number < 0 {
					warns.Add(diag.Recovered, lat+".number", "number %d is negative; the item continues the count", l.Number)
					l.Number = 0
				}
			}
			for j := range p.Elements {
				e := &p.Elements[j]
				eat := at + ".paragraph.elements[" + strconv.Itoa(j) + "]"
				if e.Raw != nil {
					warns.Add(diag.Recovered, eat, "element type %q is not one this reader knows; kept as raw OKR JSON", e.Type)
					continue
				}
				switch {
				case e.Type == ElementTextRun && e.TextRun == nil:
					warns.Add(diag.Recovered, eat, "a textRun element without its %s; read as empty", name("textRun", "text_run"))
					e.TextRun = &TextRun{}
				case e.Type == ElementDocsLink && e.DocsLink == nil:
					warns.Add(diag.Recovered, eat, "a docsLink element without its %s; read as empty", name("docsLink", "docs_link"))
					e.DocsLink = &DocsLink{}
				case e.Type == ElementPerson && e.Person == nil:
					warns.Add(diag.Recovered, eat, "a %s element without its %[1]s; read as empty", name("person", "mention"))
					e.Person = &Person{}
				}
				if e.TextRun != nil && e.TextRun.Style != nil {
					s := e.TextRun.Style
					sat := eat + "." + name("textRun", "text_run") + ".style."
					clampColor(s.BackColor, sat+name("backColor", "back_color"), warns)
					clampColor(s.TextColor, sat+name("textColor", "text_color"), warns)
				}
			}
		case BlockGallery:
			if b.Gallery == nil {
				warns.Add(diag.Recovered, at, "a gallery block without its gallery; read as empty")
				b.Gallery = &Gallery{}
			}
			for j := range b.Gallery.ImageList {
				im := &b.Gallery.ImageList[j]
				iat := at + ".gallery." + name("imageList", "images") + "[" + strconv.Itoa(j) + "]"
				if im.Width < 0 || im.Height < 0 || math.IsNaN(im.Width) || math.IsNaN(im.Height) {
					warns.Add(diag.Recovered, iat, "size %g×%g is negative; ignored", im.Width, im.Height)
					im.Width, im.Height = 0, 0
				}
			}
		}
	}
}

// clampColor brings components into 0–255 and alpha into 0–1.
func clampColor(c *Color, at string, warns *diag.List) {
	if c == nil {
		return
	}
	for _, ch := range []struct {
		name string
		v    *int
	}{{"red", &c.Red}, {"green", &c.Green}, {"blue", &c.Blue}} {
		if *ch.v < 0 || *ch.v > 255 {
			n := min(max(*ch.v, 0), 255)
			warns.Add(diag.Recovered, at+"."+ch.name, "%d is outside 0–255; read as %d", *ch.v, n)
			*ch.v = n
		}
	}
	if c.Alpha < 0 || c.Alpha > 1 || math.IsNaN(c.Alpha) {
		a := min(max(c.Alpha, 0), 1)
		if math.IsNaN(c.Alpha) {
			a = 1
		}
		warns.Add(diag.Recovered, at+".alpha", "%g is outside 0–1; read as %g", c.Alpha, a)
		c.Alpha = a
	}
}
