// Package okr holds the Feishu/Lark OKR rich-text format (content_block) as
// the API sends it: the v1 form of progress records (camelCase, seeds
// 000/001) and the v2 form of /okr/v2 objectives and key results
// (snake_case), with the official field names and key order; decoding of
// every shape a caller meets (a bare content_block, a body holding
// "content", the API envelope) with validation that names the place; and the
// request bodies of the progress-record and metric-item APIs. It knows
// nothing about conversion; fromokr and tookr hold the mapping.
package okr

import "encoding/json"

// The block types of a content_block.
const (
	BlockParagraph = "paragraph"
	BlockGallery   = "gallery"
)

// The element types of a paragraph. v2 names a person "mention".
const (
	ElementTextRun  = "textRun"
	ElementDocsLink = "docsLink"
	ElementPerson   = "person"
	ElementMention  = "mention"
)

// The list types of a paragraph style.
const (
	ListNumber     = "number"
	ListBullet     = "bullet"
	ListCheckBox   = "checkBox"
	ListCheckedBox = "checkedBox"
	ListIndent     = "indent"
)

// Indent levels run from MinIndentLevel to MaxIndentLevel in v1; v2 counts
// from 0.
const (
	MinIndentLevel = 1
	MaxIndentLevel = 16
)

// Content is a v1 content_block.
type Content struct {
	Blocks []Block `json:"blocks"`
}

// A Block is a paragraph or a gallery. Raw holds the JSON of a block whose
// type this package does not know, as Decode found it.
type Block struct {
	Type      string          `json:"type"`
	Paragraph *Paragraph      `json:"paragraph,omitempty"`
	Gallery   *Gallery        `json:"gallery,omitempty"`
	Raw       json.RawMessage `json:"-"`
}

// A Paragraph is a line of elements with an optional list style.
type Paragraph struct {
	Elements []Element       `json:"elements"`
	Style    *ParagraphStyle `json:"style,omitempty"`
}

// ParagraphStyle holds a paragraph's list style.
type ParagraphStyle struct {
	List *List `json:"list,omitempty"`
}

// A List says that a paragraph is a list item (or an indented line) and at
// which level. Number is an ordered item's number.
type List struct {
	Type        string `json:"type"`
	IndentLevel int    `json:"indentLevel"`
	Number      int    `json:"number,omitempty"`
}

// An Element is a run of text, a link to a Feishu document or a person.
// Raw holds the JSON of an element of a type this package does not know.
type Element struct {
	Type     string          `json:"type"`
	TextRun  *TextRun        `json:"textRun,omitempty"`
	DocsLink *DocsLink       `json:"docsLink,omitempty"`
	Person   *Person         `json:"person,omitempty"`
	Raw      json.RawMessage `json:"-"`
}

// A TextRun is text with one style.
type TextRun struct {
	Text  string     `json:"text"`
	Style *TextStyle `json:"style,omitempty"`
}

// TextStyle is what OKR text can be: no italic, underline or code exists.
type TextStyle struct {
	Bold          bool   `json:"bold,omitempty"`
	StrikeThrough bool   `json:"strikeThrough,omitempty"`
	BackColor     *Color `json:"backColor,omitempty"`
	TextColor     *Color `json:"textColor,omitempty"`
	Link          *Link  `json:"link,omitempty"`
}

// A Color has integer components 0–255 and an alpha 0–1.
type Color struct {
	Red   int     `json:"red"`
	Green int     `json:"green"`
	Blue  int     `json:"blue"`
	Alpha float64 `json:"alpha"`
}

// A Link is a text run's link.
type Link struct {
	URL string `json:"url"`
}

// A DocsLink links a Feishu document by URL, shown by its title.
type DocsLink struct {
	URL   string `json:"url"`
	Title string `json:"title,omitempty"`
}

// A Person mentions a user by open_id.
type Person struct {
	OpenID string `json:"openId"`
}

// A Gallery shows images side by side.
type Gallery struct {
	ImageList []Image `json:"imageList"`
}

// An Image is a gallery picture: a URL and/or an uploaded file's token,
// with its size in pixels (floats).
type Image struct {
	Src       string  `json:"src,omitempty"`
	FileToken string  `json:"fileToken,omitempty"`
	Width     float64 `json:"width,omitempty"`
	Height    float64 `json:"height,omitempty"`
}
