package okr

import (
	"bytes"
	"encoding/json"
)

// Version tells the two forms of a content_block apart.
type Version int

// The versions.
const (
	// V1 is the camelCase form of progress records (okr/v1).
	V1 Version = 1
	// V2 is the snake_case form of /okr/v2 objectives and key results. Its
	// indent levels count from 0.
	V2 Version = 2
)

// String returns "v1" or "v2".
func (v Version) String() string {
	if v == V2 {
		return "v2"
	}
	return "v1"
}

// ContentV2 is a v2 content_block.
type ContentV2 struct {
	Blocks []BlockV2 `json:"blocks"`
}

// BlockV2 is a v2 block.
type BlockV2 struct {
	BlockElementType string          `json:"block_element_type"`
	Paragraph        *ParagraphV2    `json:"paragraph,omitempty"`
	Gallery          *GalleryV2      `json:"gallery,omitempty"`
	Raw              json.RawMessage `json:"-"`
}

// ParagraphV2 is a v2 paragraph.
type ParagraphV2 struct {
	Style    *ParagraphStyleV2 `json:"style,omitempty"`
	Elements []ElementV2       `json:"elements"`
}

// ParagraphStyleV2 is a v2 paragraph style.
type ParagraphStyleV2 struct {
	List *ListV2 `json:"list,omitempty"`
}

// ListV2 is a v2 list style; IndentLevel counts from 0.
type ListV2 struct {
	ListType    string `json:"list_type"`
	IndentLevel int    `json:"indent_level"`
	Number      int    `json:"number,omitempty"`
}

// ElementV2 is a v2 paragraph element.
type ElementV2 struct {
	ParagraphElementType string          `json:"paragraph_element_type"`
	TextRun              *TextRunV2      `json:"text_run,omitempty"`
	DocsLink             *DocsLink       `json:"docs_link,omitempty"`
	Mention              *MentionV2      `json:"mention,omitempty"`
	Raw                  json.RawMessage `json:"-"`
}

// TextRunV2 is a v2 text run.
type TextRunV2 struct {
	Text  string       `json:"text"`
	Style *TextStyleV2 `json:"style,omitempty"`
}

// TextStyleV2 is a v2 text style.
type TextStyleV2 struct {
	Bold          bool   `json:"bold,omitempty"`
	StrikeThrough bool   `json:"strike_through,omitempty"`
	BackColor     *Color `json:"back_color,omitempty"`
	TextColor     *Color `json:"text_color,omitempty"`
	Link          *Link  `json:"link,omitempty"`
}

// MentionV2 mentions a user.
type MentionV2 struct {
	UserID string `json:"user_id"`
}

// GalleryV2 is a v2 gallery.
type GalleryV2 struct {
	Images []ImageV2 `json:"images"`
}

// ImageV2 is a v2 gallery picture.
type ImageV2 struct {
	FileToken string  `json:"file_token,omitempty"`
	Src       string  `json:"src,omitempty"`
	Width     float64 `json:"width,omitempty"`
	Height    float64 `json:"height,omitempty"`
}

// ToV1 returns the v1 form of c: the same tree under the v1 names, a
// mention as a person, indent levels counted from 1. Raw blocks and elements
// stay as they are (v2 JSON).
func (c *ContentV2) ToV1() *Content {
	out := &Content{Blocks: make([]Block, len(c.Blocks))}
	for i, b := range c.Blocks {
		nb := Block{Type: b.BlockElementType, Raw: b.Raw}
		if p := b.Paragraph; p != nil {
			np := &Paragraph{Elements: make([]Element, len(p.Elements))}
			if p.Style != nil {
				np.Style = &ParagraphStyle{}
				if l := p.Style.List; l != nil {
					np.Style.List = &List{Type: l.ListType, IndentLevel: l.IndentLevel + 1, Number: l.Number}
				}
			}
			for j, e := range p.Elements {
				ne := Element{Type: e.ParagraphElementType, DocsLink: e.DocsLink, Raw: e.Raw}
				if e.ParagraphElementType == ElementMention {
					ne.Type = ElementPerson
				}
				if r := e.TextRun; r != nil {
					ne.TextRun = &TextRun{Text: r.Text}
					if s := r.Style; s != nil {
						ne.TextRun.Style = &TextStyle{Bold: s.Bold, StrikeThrough: s.StrikeThrough, BackColor: s.BackColor, TextColor: s.TextColor, Link: s.Link}
					}
				}
				if e.Mention != nil {
					ne.Person = &Person{OpenID: e.Mention.UserID}
				}
				np.Elements[j] = ne
			}
			nb.Paragraph = np
		}
		if g := b.Gallery; g != nil {
			ng := &Gallery{ImageList: make([]Image, len(g.Images))}
			for j, im := range g.Images {
				ng.ImageList[j] = Image{Src: im.Src, FileToken: im.FileToken, Width: im.Width, Height: im.Height}
			}
			nb.Gallery = ng
		}
		out.Blocks[i] = nb
	}
	return out
}

// ToV2 returns the v2 form of c, the inverse of ContentV2.ToV1.
func (c *Content) ToV2() *ContentV2 {
	out := &ContentV2{Blocks: make([]BlockV2, len(c.Blocks))}
	for i, b := range c.Blocks {
		nb := BlockV2{BlockElementType: b.Type, Raw: b.Raw}
		if p := b.Paragraph; p != nil {
			np := &ParagraphV2{Elements: make([]ElementV2, len(p.Elements))}
			if p.Style != nil {
				np.Style = &ParagraphStyleV2{}
				if l := p.Style.List; l != nil {
					np.Style.List = &ListV2{ListType: l.Type, IndentLevel: l.IndentLevel - 1, Number: l.Number}
				}
			}
			for j, e := range p.Elements {
				ne := ElementV2{ParagraphElementType: e.Type, DocsLink: e.DocsLink, Raw: e.Raw}
				if e.Type == ElementPerson {
					ne.ParagraphElementType = ElementMention
				}
				if r := e.TextRun; r != nil {
					ne.TextRun = &TextRunV2{Text: r.Text}
					if s := r.Style; s != nil {
						ne.TextRun.Style = &TextStyleV2{Bold: s.Bold, StrikeThrough: s.StrikeThrough, BackColor: s.BackColor, TextColor: s.TextColor, Link: s.Link}
					}
				}
				if e.Person != nil {
					ne.Mention = &MentionV2{UserID: e.Person.OpenID}
				}
				np.Elements[j] = ne
			}
			nb.Paragraph = np
		}
		if g := b.Gallery; g != nil {
			ng := &GalleryV2{Images: make([]ImageV2, len(g.ImageList))}
			for j, im := range g.ImageList {
				ng.Images[j] = ImageV2{FileToken: im.FileToken, Src: im.Src, Width: im.Width, Height: im.Height}
			}
			nb.Gallery = ng
		}
		out.Blocks[i] = nb
	}
	return out
}

// Raw blocks and elements marshal as the JSON they were read from; the
// others as their fields, without encoding/json's HTML escaping, so that a
// "<" in text stays "<".

type (
	blockAlias     Block
	elementAlias   Element
	blockV2Alias   BlockV2
	elementV2Alias ElementV2
)

func marshal(raw json.RawMessage, v any) ([]byte, error) {
	if len(raw) > 0 {
		return raw, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// MarshalJSON writes Raw when the block holds one.
func (b Block) MarshalJSON() ([]byte, error) { return marshal(b.Raw, blockAlias(b)) }

// MarshalJSON writes Raw when the element holds one.
func (e Element) MarshalJSON() ([]byte, error) { return marshal(e.Raw, elementAlias(e)) }

// MarshalJSON writes Raw when the block holds one.
func (b BlockV2) MarshalJSON() ([]byte, error) { return marshal(b.Raw, blockV2Alias(b)) }

// MarshalJSON writes Raw when the element holds one.
func (e ElementV2) MarshalJSON() ([]byte, error) { return marshal(e.Raw, elementV2Alias(e)) }
