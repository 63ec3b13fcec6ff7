// Package model is the canonical document tree that every reader produces and
// every writer consumes.
//
// A Document is a closed set of plain typed structs: Block and Inline are
// sealed interfaces implemented by pointers to the structs of this package,
// children live in slices, and there are no parent pointers, so go-cmp can
// compare documents and encoding/json can dump them (see MarshalJSON).
//
// Inline content is a flat sequence of runs, not nested emphasis: a Text holds
// its whole Style. Markdown and HTML readers flatten their nesting; their
// writers rebuild the smallest nesting. Colors are color.RGBA values; the zero
// color means "none". Lists are nested; FlatItem and Nest/Flatten translate the
// flat, leveled lists of the OKR format.
//
// Every reader returns a normalized document (see Normalize), so that two
// readers that mean the same thing produce equal trees.
package model

import "github.com/richtext-go/richtext/color"

// A Document is a whole converted document.
type Document struct {
	// Title is the document title (the Docx page block's text), not a heading.
	Title string `json:"title,omitempty"`
	// Meta holds format metadata that has no place in the tree, such as the
	// Docx document_id and revision_id. It identifies the source rather than
	// being content: writers use what they can hold and leave the rest
	// without a warning.
	Meta map[string]string `json:"meta,omitempty"`
	// Blocks is the body.
	Blocks Blocks `json:"blocks,omitempty"`
}

// A Node is any element of the tree: a Block, an Inline, or one of the parts
// that only occur inside a block (ListItem, TableRow, TableCell, GridColumn).
type Node interface {
	node()
}

// A Block is a block-level element. The set of blocks is closed: it is
// implemented only by the pointer types of this package.
type Block interface {
	Node
	block()
}

// An Inline is an element of a run of text. The set is closed, like Block's.
type Inline interface {
	Node
	inline()
}

// Blocks is a sequence of blocks; its JSON form tags each with its type.
type Blocks []Block

// Inlines is a sequence of inlines; its JSON form tags each with its type.
type Inlines []Inline

// Align is a block's horizontal alignment. AlignNone means the format said
// nothing, which differs from an explicit AlignLeft in the Docx format.
type Align uint8

// The alignments.
const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

var alignNames = [...]string{"", "left", "center", "right"}

// String returns "", "left", "center" or "right".
func (a Align) String() string {
	if int(a) < len(alignNames) {
		return alignNames[a]
	}
	return "invalid"
}

// ParseAlign reads "left", "center" or "right" (and "" for none).
func ParseAlign(s string) (Align, bool) {
	for i, n := range alignNames {
		if n == s {
			return Align(i), true
		}
	}
	return AlignNone, false
}

// --- Blocks -----------------------------------------------------------------

// A Paragraph is a run of inline content.
type Paragraph struct {
	Inlines Inlines `json:"inlines,omitempty"`
	// Align is the paragraph's alignment.
	Align Align `json:"align,omitzero"`
	// Indent is a level of indentation (OKR "indent" lists, Docx
	// indentation_level, HTML margins); 0 is none.
	Indent int `json:"indent,omitempty"`
	// Background fills the whole block (Docx TextStyle.background_color).
	Background color.RGBA `json:"background,omitzero"`
	// Folded records a collapsed Docx toggle.
	Folded bool `json:"folded,omitempty"`
	// CommentIDs are the Docx comments anchored on the whole block.
	CommentIDs []string `json:"comment_ids,omitempty"`
	// Children are blocks nested under this paragraph: Docx text blocks may
	// hold children, which the editor shows indented below them.
	Children Blocks `json:"children,omitempty"`
}

// A Heading is a section title of level 1 to 9.
type Heading struct {
	Level      int        `json:"level"`
	Inlines    Inlines    `json:"inlines,omitempty"`
	Align      Align      `json:"align,omitzero"`
	Background color.RGBA `json:"background,omitzero"`
	Folded     bool       `json:"folded,omitempty"`
	CommentIDs []string   `json:"comment_ids,omitempty"`
	// Children are blocks nested under the heading (Docx folding headings).
	Children Blocks `json:"children,omitempty"`
}

// A List is a bullet or ordered list. Task items are marked on the items, so
// that a GFM list mixing tasks and plain items stays one list.
type List struct {
	Ordered bool `json:"ordered,omitempty"`
	// Start is the number of the first item of an ordered list. Normalize
	// sets it to 0 on bullet lists.
	Start int `json:"start,omitempty"`
	// Loose records a Markdown list whose items are separated by blank lines.
	Loose bool       `json:"loose,omitempty"`
	Items []ListItem `json:"items,omitempty"`
}

// A ListItem is one item of a List.
type ListItem struct {
	// Task marks a checkbox item (GFM task, Docx todo, OKR checkBox).
	Task bool `json:"task,omitempty"`
	// Checked is the checkbox state of a task item.
	Checked bool `json:"checked,omitempty"`
	// Blocks is the item's content; the first is usually a Paragraph, which
	// carries the Docx text style of the item.
	Blocks Blocks `json:"blocks,omitempty"`
}

// A CodeBlock is preformatted code. Its content is inlines because Docx code
// blocks may carry styled runs and mentions; plain code is one Text run whose
// value holds the newlines.
type CodeBlock struct {
	// Language is the canonical language name (see CanonicalLanguage), or
	// the writer's own word when it is not a known language.
	Language string `json:"language,omitempty"`
	// Meta is the rest of a Markdown info string after the language.
	Meta    string  `json:"meta,omitempty"`
	Inlines Inlines `json:"inlines,omitempty"`
	// Wrap is the Docx soft-wrap switch.
	Wrap       bool     `json:"wrap,omitempty"`
	CommentIDs []string `json:"comment_ids,omitempty"`
}

// A Quote is a block quote. Docx has two forms: a quote holding one text block
// and a quote container holding any blocks; Container records the second form
// where it is not implied (Normalize sets it whenever the content is anything
// but a single paragraph).
type Quote struct {
	Container bool   `json:"container,omitempty"`
	Blocks    Blocks `json:"blocks,omitempty"`
}

// A Callout is a highlighted box with an emoji and colors (Docx callout,
// GitHub alerts, Feishu's <callout> tag).
type Callout struct {
	// Emoji is the emoji character, or a Feishu emoji_id that has no known
	// character.
	Emoji      string     `json:"emoji,omitempty"`
	Background color.RGBA `json:"background,omitzero"`
	Border     color.RGBA `json:"border,omitzero"`
	Color      color.RGBA `json:"color,omitzero"`
	Blocks     Blocks     `json:"blocks,omitempty"`
}

// A Divider is a thematic break.
type Divider struct{}

// An Image is an image block. An image has a URL, a Feishu token, or both.
type Image struct {
	URL     string `json:"url,omitempty"`
	Token   string `json:"token,omitempty"`
	Alt     string `json:"alt,omitempty"`
	Title   string `json:"title,omitempty"`
	Caption string `json:"caption,omitempty"`
	// Width and Height are in pixels; the OKR format stores floats.
	Width  float64 `json:"width,omitempty"`
	Height float64 `json:"height,omitempty"`
	Align  Align   `json:"align,omitzero"`
}

// A Gallery shows images side by side (OKR gallery).
type Gallery struct {
	Images []Image `json:"images,omitempty"`
}

// A Table is a grid of cells. Rows list only the cells that start in them: a
// cell spanning several rows or columns covers positions that the following
// rows and cells leave out, as in HTML. Grid lays the cells out on positions.
type Table struct {
	Rows         []TableRow `json:"rows,omitempty"`
	HeaderRow    bool       `json:"header_row,omitempty"`
	HeaderColumn bool       `json:"header_column,omitempty"`
	// ColumnWidths are pixel widths (Docx column_width); nil when unknown.
	ColumnWidths []int `json:"column_widths,omitempty"`
	// ColumnAligns are the GFM column alignments; nil when none is set.
	ColumnAligns []Align `json:"column_aligns,omitempty"`
}

// A TableRow is one row of a Table.
type TableRow struct {
	Cells []TableCell `json:"cells,omitempty"`
}

// A TableCell is one cell; RowSpan and ColSpan of 0 or 1 mean no span
// (Normalize writes 0).
type TableCell struct {
	RowSpan int    `json:"row_span,omitempty"`
	ColSpan int    `json:"col_span,omitempty"`
	Blocks  Blocks `json:"blocks,omitempty"`
}

// A Grid lays columns side by side (Docx grid).
type Grid struct {
	Columns []GridColumn `json:"columns,omitempty"`
}

// A GridColumn is one column of a Grid.
type GridColumn struct {
	// WidthRatio is the column's share of the width in percent; 0 when unset.
	WidthRatio int    `json:"width_ratio,omitempty"`
	Blocks     Blocks `json:"blocks,omitempty"`
}

// An Equation is display math in TeX.
type Equation struct {
	TeX string `json:"tex"`
}

// An Embed is a Feishu block that only Feishu can render: a file, an iframe,
// a sheet, a bitable, a chat card, a diagram, a mindnote, a whiteboard, a task,
// OKR blocks, add-ons, link previews, synced blocks, agendas and the rest.
// Kind is the tag name of Feishu's Markdown dialect ("file", "chat-card",
// "source-synced"); Attrs are that tag's attributes.
type Embed struct {
	Kind   string            `json:"kind"`
	Attrs  map[string]string `json:"attrs,omitempty"`
	Blocks Blocks            `json:"blocks,omitempty"`
}

// A Raw block is content kept in its source format ("html", "docx", "okr")
// so that a same-format round trip loses nothing; other writers warn.
type Raw struct {
	Format  string `json:"format"`
	Content string `json:"content"`
}

func (*Paragraph) node() {}
func (*Heading) node()   {}
func (*List) node()      {}
func (*CodeBlock) node() {}
func (*Quote) node()     {}
func (*Callout) node()   {}
func (*Divider) node()   {}
func (*Image) node()     {}
func (*Gallery) node()   {}
func (*Table) node()     {}
func (*Grid) node()      {}
func (*Equation) node()  {}
func (*Embed) node()     {}
func (*Raw) node()       {}

func (*Paragraph) block() {}
func (*Heading) block()   {}
func (*List) block()      {}
func (*CodeBlock) block() {}
func (*Quote) block()     {}
func (*Callout) block()   {}
func (*Divider) block()   {}
func (*Image) block()     {}
func (*Gallery) block()   {}
func (*Table) block()     {}
func (*Grid) block()      {}
func (*Equation) block()  {}
func (*Embed) block()     {}
func (*Raw) block()       {}

func (*ListItem) node()   {}
func (*TableRow) node()   {}
func (*TableCell) node()  {}
func (*GridColumn) node() {}

// --- Inlines ----------------------------------------------------------------

// Script is a vertical text position (HTML sub and sup).
type Script uint8

// The scripts.
const (
	Baseline Script = iota
	Subscript
	Superscript
)

// Style is the formatting of a run. It is comparable: two runs with equal
// styles are one run (Normalize merges them).
type Style struct {
	Bold   bool `json:"bold,omitempty"`
	Italic bool `json:"italic,omitempty"`
	// ExtraBold and ExtraItalic count how many more times a bold or italic
	// run is nested in the same emphasis ("****x****"), which Markdown and
	// HTML can say; every other format shows the run the same either way.
	ExtraBold     uint8  `json:"extra_bold,omitempty"`
	ExtraItalic   uint8  `json:"extra_italic,omitempty"`
	Underline     bool   `json:"underline,omitempty"`
	Strikethrough bool   `json:"strikethrough,omitempty"`
	Code          bool   `json:"code,omitempty"`
	Script        Script `json:"script,omitempty"`
	// Link is the target URL, decoded (not percent-encoded as Docx sends it).
	Link string `json:"link,omitempty"`
	// LinkTitle is the link's title (Markdown and HTML only).
	LinkTitle  string     `json:"link_title,omitempty"`
	Color      color.RGBA `json:"color,omitzero"`
	Background color.RGBA `json:"background,omitzero"`
	// CommentIDs are the Docx comment ids anchored on the run, joined by
	// commas so that Style stays comparable.
	CommentIDs string `json:"comment_ids,omitempty"`
}

// IsZero reports whether s is plain text.
func (s Style) IsZero() bool { return s == Style{} }

// A Text is a run of characters with one style. Inside a CodeBlock the value
// holds the code's newlines; elsewhere a line break is a Break or SoftBreak.
type Text struct {
	Value string `json:"value"`
	Style Style  `json:"style,omitzero"`
}

// A Break is a hard line break. Its style is that of the run it breaks, so
// that a link or an emphasis that spans the break stays one.
type Break struct {
	Style Style `json:"style,omitzero"`
}

// A SoftBreak is a source line break that renders as a space; it keeps
// Markdown round trips line for line. Writers of formats without it write a
// space. Its style is that of the run it breaks.
type SoftBreak struct {
	Style Style `json:"style,omitzero"`
}

// MentionKind tells what a Mention points at.
type MentionKind uint8

// The mention kinds.
const (
	MentionUser MentionKind = iota + 1
	MentionDoc
)

// A Mention is an @-mention of a user or a document.
type Mention struct {
	Kind MentionKind `json:"kind"`
	// UserID is the user's id (open_id) for user mentions.
	UserID string `json:"user_id,omitempty"`
	// Token, DocType ("docx", "sheet", "bitable", "wiki", ...), URL and Title
	// describe a document mention; the OKR format has only URL and Title.
	Token   string `json:"token,omitempty"`
	DocType string `json:"doc_type,omitempty"`
	URL     string `json:"url,omitempty"`
	Title   string `json:"title,omitempty"`
	Style   Style  `json:"style,omitzero"`
}

// A Math is an inline equation in TeX.
type Math struct {
	TeX   string `json:"tex"`
	Style Style  `json:"style,omitzero"`
}

// A Reminder is a Feishu date reminder. Times are Unix milliseconds.
type Reminder struct {
	UserID     string `json:"user_id,omitempty"`
	Notify     bool   `json:"notify,omitempty"`
	WholeDay   bool   `json:"whole_day,omitempty"`
	ExpireTime int64  `json:"expire_time,omitempty"`
	NotifyTime int64  `json:"notify_time,omitempty"`
	Style      Style  `json:"style,omitzero"`
}

// An InlineImage is an image inside a run of text (Markdown and HTML).
type InlineImage struct {
	URL    string  `json:"url,omitempty"`
	Alt    string  `json:"alt,omitempty"`
	Title  string  `json:"title,omitempty"`
	Width  float64 `json:"width,omitempty"`
	Height float64 `json:"height,omitempty"`
	Style  Style   `json:"style,omitzero"`
}

// An InlineFile is a Docx inline attachment.
type InlineFile struct {
	Token         string `json:"token,omitempty"`
	SourceBlockID string `json:"source_block_id,omitempty"`
	Name          string `json:"name,omitempty"`
	Style         Style  `json:"style,omitzero"`
}

// A RawInline is inline content kept in its source format (inline HTML that
// no reader maps, a Docx element of an unknown kind).
type RawInline struct {
	Format  string `json:"format"`
	Content string `json:"content"`
}

func (*Text) node()        {}
func (*Break) node()       {}
func (*SoftBreak) node()   {}
func (*Mention) node()     {}
func (*Math) node()        {}
func (*Reminder) node()    {}
func (*InlineImage) node() {}
func (*InlineFile) node()  {}
func (*RawInline) node()   {}

func (*Text) inline()        {}
func (*Break) inline()       {}
func (*SoftBreak) inline()   {}
func (*Mention) inline()     {}
func (*Math) inline()        {}
func (*Reminder) inline()    {}
func (*InlineImage) inline() {}
func (*InlineFile) inline()  {}
func (*RawInline) inline()   {}

// StyleOf returns the style of an inline, and false for raw inlines, which
// have none.
func StyleOf(in Inline) (Style, bool) {
	switch n := in.(type) {
	case *Text:
		return n.Style, true
	case *Break:
		return n.Style, true
	case *SoftBreak:
		return n.Style, true
	case *Mention:
		return n.Style, true
	case *Math:
		return n.Style, true
	case *Reminder:
		return n.Style, true
	case *InlineImage:
		return n.Style, true
	case *InlineFile:
		return n.Style, true
	}
	return Style{}, false
}

// SetStyle sets the style of an inline that has one and reports whether it did.
func SetStyle(in Inline, s Style) bool {
	switch n := in.(type) {
	case *Text:
		n.Style = s
	case *Break:
		n.Style = s
	case *SoftBreak:
		n.Style = s
	case *Mention:
		n.Style = s
	case *Math:
		n.Style = s
	case *Reminder:
		n.Style = s
	case *InlineImage:
		n.Style = s
	case *InlineFile:
		n.Style = s
	default:
		return false
	}
	return true
}
