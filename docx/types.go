// Package docx holds the Feishu/Lark Docx (docx/v1) wire format: blocks,
// their payloads and text elements with the official field names, the enums
// with their names, the input shapes the API returns, and a tree index that
// checks a block list's integrity. It knows nothing about conversion; the
// fromdocx and todocx packages hold the mapping.
package docx

import "encoding/json"

// A Document is the document record of the get-document API.
type Document struct {
	DocumentID string `json:"document_id,omitempty"`
	RevisionID int    `json:"revision_id,omitempty"`
	Title      string `json:"title,omitempty"`
}

// A Block is one block. Exactly one payload field matches BlockType; real
// exports sometimes carry other, empty payload keys, so readers go by
// BlockType.
type Block struct {
	BlockID    string    `json:"block_id,omitempty"`
	ParentID   string    `json:"parent_id,omitempty"`
	Children   []string  `json:"children,omitempty"`
	BlockType  BlockType `json:"block_type"`
	CommentIDs []string  `json:"comment_ids,omitempty"`

	Page     *Text `json:"page,omitempty"`
	Text     *Text `json:"text,omitempty"`
	Heading1 *Text `json:"heading1,omitempty"`
	Heading2 *Text `json:"heading2,omitempty"`
	Heading3 *Text `json:"heading3,omitempty"`
	Heading4 *Text `json:"heading4,omitempty"`
	Heading5 *Text `json:"heading5,omitempty"`
	Heading6 *Text `json:"heading6,omitempty"`
	Heading7 *Text `json:"heading7,omitempty"`
	Heading8 *Text `json:"heading8,omitempty"`
	Heading9 *Text `json:"heading9,omitempty"`
	Bullet   *Text `json:"bullet,omitempty"`
	Ordered  *Text `json:"ordered,omitempty"`
	Code     *Text `json:"code,omitempty"`
	Quote    *Text `json:"quote,omitempty"`
	Equation *Text `json:"equation,omitempty"`
	Todo     *Text `json:"todo,omitempty"`

	Bitable           *Bitable         `json:"bitable,omitempty"`
	Callout           *Callout         `json:"callout,omitempty"`
	ChatCard          *ChatCard        `json:"chat_card,omitempty"`
	Diagram           *Diagram         `json:"diagram,omitempty"`
	Divider           *Empty           `json:"divider,omitempty"`
	File              *File            `json:"file,omitempty"`
	Grid              *Grid            `json:"grid,omitempty"`
	GridColumn        *GridColumn      `json:"grid_column,omitempty"`
	Iframe            *Iframe          `json:"iframe,omitempty"`
	Image             *Image           `json:"image,omitempty"`
	ISV               *ISV             `json:"isv,omitempty"`
	Mindnote          *Mindnote        `json:"mindnote,omitempty"`
	Sheet             *Sheet           `json:"sheet,omitempty"`
	Table             *Table           `json:"table,omitempty"`
	TableCell         *Empty           `json:"table_cell,omitempty"`
	View              *View            `json:"view,omitempty"`
	Undefined         *Empty           `json:"undefined,omitempty"`
	QuoteContainer    *Empty           `json:"quote_container,omitempty"`
	Task              *Task            `json:"task,omitempty"`
	OKR               *OKR             `json:"okr,omitempty"`
	OKRObjective      *OKRObjective    `json:"okr_objective,omitempty"`
	OKRKeyResult      *OKRKeyResult    `json:"okr_key_result,omitempty"`
	OKRProgress       *Empty           `json:"okr_progress,omitempty"`
	AddOns            *AddOns          `json:"add_ons,omitempty"`
	JiraIssue         *JiraIssue       `json:"jira_issue,omitempty"`
	WikiCatalog       *WikiCatalog     `json:"wiki_catalog,omitempty"`
	Board             *Board           `json:"board,omitempty"`
	Agenda            *Empty           `json:"agenda,omitempty"`
	AgendaItem        *Empty           `json:"agenda_item,omitempty"`
	AgendaItemTitle   *AgendaItemTitle `json:"agenda_item_title,omitempty"`
	AgendaItemContent *Empty           `json:"agenda_item_content,omitempty"`
	LinkPreview       *LinkPreview     `json:"link_preview,omitempty"`
	SourceSynced      *SourceSynced    `json:"source_synced,omitempty"`
	ReferenceSynced   *ReferenceSynced `json:"reference_synced,omitempty"`
	SubPageList       *SubPageList     `json:"sub_page_list,omitempty"`
	AITemplate        *Empty           `json:"ai_template,omitempty"`
}

// Empty is a payload without fields (divider, table_cell, quote_container…).
type Empty struct{}

// A Text is the payload of text-bearing blocks (page, text, headings,
// bullet, ordered, code, quote, equation, todo).
type Text struct {
	Style    *TextStyle     `json:"style,omitempty"`
	Elements []*TextElement `json:"elements"`
}

// TextStyle is the style of a text-bearing block.
type TextStyle struct {
	Align            Align        `json:"align,omitempty"`
	Done             bool         `json:"done,omitempty"`
	Folded           bool         `json:"folded,omitempty"`
	Language         CodeLanguage `json:"language,omitempty"`
	Wrap             bool         `json:"wrap,omitempty"`
	BackgroundColor  string       `json:"background_color,omitempty"`
	IndentationLevel string       `json:"indentation_level,omitempty"`
	// Sequence numbers an ordered item: "1" starts a list, "3" jumps to 3,
	// "auto" continues.
	Sequence string `json:"sequence,omitempty"`
}

// A TextElement is one element of a Text; exactly one field is set.
type TextElement struct {
	TextRun     *TextRun     `json:"text_run,omitempty"`
	MentionUser *MentionUser `json:"mention_user,omitempty"`
	MentionDoc  *MentionDoc  `json:"mention_doc,omitempty"`
	Reminder    *Reminder    `json:"reminder,omitempty"`
	File        *InlineFile  `json:"file,omitempty"`
	InlineBlock *InlineBlock `json:"inline_block,omitempty"`
	Equation    *Equation    `json:"equation,omitempty"`
	// Undefined is an element the API cannot describe (read only; seed 003
	// calls it undefined_element).
	Undefined        *Empty       `json:"undefined,omitempty"`
	UndefinedElement *Empty       `json:"undefined_element,omitempty"`
	LinkPreview      *LinkPreview `json:"link_preview,omitempty"`
}

// TextElementStyle is the formatting of one element.
type TextElementStyle struct {
	Bold            bool     `json:"bold,omitempty"`
	Italic          bool     `json:"italic,omitempty"`
	Strikethrough   bool     `json:"strikethrough,omitempty"`
	Underline       bool     `json:"underline,omitempty"`
	InlineCode      bool     `json:"inline_code,omitempty"`
	TextColor       int      `json:"text_color,omitempty"`
	BackgroundColor int      `json:"background_color,omitempty"`
	Link            *Link    `json:"link,omitempty"`
	CommentIDs      []string `json:"comment_ids,omitempty"`
}

// A Link is a hyperlink; URL is percent-encoded on the wire.
type Link struct {
	URL string `json:"url"`
}

// A TextRun is a run of text.
type TextRun struct {
	Content          string            `json:"content"`
	TextElementStyle *TextElementStyle `json:"text_element_style,omitempty"`
}

// A MentionUser is an @-mention of a user.
type MentionUser struct {
	UserID           string            `json:"user_id"`
	TextElementStyle *TextElementStyle `json:"text_element_style,omitempty"`
}

// A MentionDoc is an @-mention of a document; URL is percent-encoded.
type MentionDoc struct {
	Token            string            `json:"token"`
	ObjType          MentionObjType    `json:"obj_type"`
	URL              string            `json:"url,omitempty"`
	Title            string            `json:"title,omitempty"`
	FallbackType     string            `json:"fallback_type,omitempty"`
	TextElementStyle *TextElementStyle `json:"text_element_style,omitempty"`
}

// A Reminder is a date reminder. Times are milliseconds, sent as strings or
// numbers.
type Reminder struct {
	CreateUserID     string            `json:"create_user_id"`
	IsNotify         bool              `json:"is_notify,omitempty"`
	IsWholeDay       bool              `json:"is_whole_day,omitempty"`
	ExpireTime       Millis            `json:"expire_time"`
	NotifyTime       Millis            `json:"notify_time"`
	TextElementStyle *TextElementStyle `json:"text_element_style,omitempty"`
}

// An InlineFile is an attachment inside text (read only).
type InlineFile struct {
	FileToken        string            `json:"file_token,omitempty"`
	SourceBlockID    string            `json:"source_block_id,omitempty"`
	TextElementStyle *TextElementStyle `json:"text_element_style,omitempty"`
}

// An InlineBlock refers to a block shown inline (read only).
type InlineBlock struct {
	BlockID          string            `json:"block_id"`
	TextElementStyle *TextElementStyle `json:"text_element_style,omitempty"`
}

// An Equation is inline KaTeX.
type Equation struct {
	Content          string            `json:"content"`
	TextElementStyle *TextElementStyle `json:"text_element_style,omitempty"`
}

// Bitable is a bitable block.
type Bitable struct {
	Token    string `json:"token,omitempty"`
	ViewType int    `json:"view_type,omitempty"`
}

// Callout is a highlighted box.
type Callout struct {
	BackgroundColor int    `json:"background_color,omitempty"`
	BorderColor     int    `json:"border_color,omitempty"`
	TextColor       int    `json:"text_color,omitempty"`
	EmojiID         string `json:"emoji_id,omitempty"`
}

// ChatCard embeds a group chat.
type ChatCard struct {
	ChatID string `json:"chat_id,omitempty"`
	Align  Align  `json:"align,omitempty"`
}

// Diagram is a flowchart or UML diagram.
type Diagram struct {
	DiagramType int `json:"diagram_type,omitempty"`
}

// File is an attachment block; it lives inside a View block.
type File struct {
	Token    string `json:"token,omitempty"`
	Name     string `json:"name,omitempty"`
	ViewType int    `json:"view_type,omitempty"`
}

// Grid lays out columns.
type Grid struct {
	ColumnSize int `json:"column_size,omitempty"`
}

// GridColumn is one column of a Grid.
type GridColumn struct {
	WidthRatio int `json:"width_ratio,omitempty"`
}

// Iframe embeds a web page of a supported provider.
type Iframe struct {
	Component *IframeComponent `json:"component,omitempty"`
}

// IframeComponent is an iframe's provider and URL (percent-encoded).
type IframeComponent struct {
	IframeType IframeComponentType `json:"iframe_type,omitempty"`
	URL        string              `json:"url,omitempty"`
}

// Image is a picture.
type Image struct {
	Token   string   `json:"token,omitempty"`
	Width   int      `json:"width,omitempty"`
	Height  int      `json:"height,omitempty"`
	Align   Align    `json:"align,omitempty"`
	Caption *Caption `json:"caption,omitempty"`
}

// Caption is an image caption.
type Caption struct {
	Content string `json:"content,omitempty"`
}

// ISV is a legacy Open Platform widget.
type ISV struct {
	ComponentID     string `json:"component_id,omitempty"`
	ComponentTypeID string `json:"component_type_id,omitempty"`
}

// Mindnote is a mind note placeholder.
type Mindnote struct {
	Token string `json:"token,omitempty"`
}

// Sheet embeds a spreadsheet.
type Sheet struct {
	Token      string `json:"token,omitempty"`
	RowSize    int    `json:"row_size,omitempty"`
	ColumnSize int    `json:"column_size,omitempty"`
}

// Table is a table; its cells are table_cell blocks, row-major.
type Table struct {
	Cells    []string       `json:"cells,omitempty"`
	Property *TableProperty `json:"property,omitempty"`
}

// TableProperty is a table's shape.
type TableProperty struct {
	RowSize      int         `json:"row_size"`
	ColumnSize   int         `json:"column_size"`
	ColumnWidth  []int       `json:"column_width,omitempty"`
	MergeInfo    []MergeInfo `json:"merge_info,omitempty"`
	HeaderRow    bool        `json:"header_row,omitempty"`
	HeaderColumn bool        `json:"header_column,omitempty"`
}

// MergeInfo is the span of the cell at one position (read only).
type MergeInfo struct {
	RowSpan int `json:"row_span"`
	ColSpan int `json:"col_span"`
}

// View shows a file as a card or a preview.
type View struct {
	ViewType int `json:"view_type,omitempty"`
}

// Task embeds a task (read only).
type Task struct {
	TaskID string `json:"task_id,omitempty"`
}

// OKR embeds an OKR.
type OKR struct {
	OKRID               string           `json:"okr_id,omitempty"`
	Objectives          []OKRObjectiveID `json:"objectives,omitempty"`
	PeriodDisplayStatus string           `json:"period_display_status,omitempty"`
	PeriodNameZh        string           `json:"period_name_zh,omitempty"`
	PeriodNameEn        string           `json:"period_name_en,omitempty"`
	UserID              string           `json:"user_id,omitempty"`
	VisibleSetting      json.RawMessage  `json:"visible_setting,omitempty"`
}

// OKRObjectiveID names an objective and its key results in an OKR block.
type OKRObjectiveID struct {
	ObjectiveID string   `json:"objective_id"`
	KRIDs       []string `json:"kr_ids,omitempty"`
}

// OKRObjective is an objective inside an OKR block.
type OKRObjective struct {
	ObjectiveID string `json:"objective_id,omitempty"`
	OKRItem
}

// OKRKeyResult is a key result inside an OKR block.
type OKRKeyResult struct {
	KRID string `json:"kr_id,omitempty"`
	OKRItem
}

// OKRItem holds what objectives and key results share.
type OKRItem struct {
	Confidential bool            `json:"confidential,omitempty"`
	Position     int             `json:"position,omitempty"`
	Score        int             `json:"score,omitempty"`
	Visible      json.RawMessage `json:"visible,omitempty"`
	Weight       float64         `json:"weight,omitempty"`
	ProgressRate json.RawMessage `json:"progress_rate,omitempty"`
	Content      *Text           `json:"content,omitempty"`
}

// AddOns is a document widget.
type AddOns struct {
	ComponentID     string `json:"component_id,omitempty"`
	ComponentTypeID string `json:"component_type_id,omitempty"`
	Record          string `json:"record,omitempty"`
}

// JiraIssue embeds a Jira issue.
type JiraIssue struct {
	ID  string `json:"id,omitempty"`
	Key string `json:"key,omitempty"`
}

// WikiCatalog is a legacy wiki catalog.
type WikiCatalog struct {
	WikiToken string `json:"wiki_token,omitempty"`
}

// Board is a whiteboard.
type Board struct {
	Token  string `json:"token,omitempty"`
	Align  Align  `json:"align,omitempty"`
	Width  int    `json:"width,omitempty"`
	Height int    `json:"height,omitempty"`
}

// AgendaItemTitle is the title of an agenda item.
type AgendaItemTitle struct {
	Elements []*TextElement `json:"elements,omitempty"`
	Align    Align          `json:"align,omitempty"`
}

// LinkPreview previews a link (read only).
type LinkPreview struct {
	URL     string `json:"url,omitempty"`
	URLType string `json:"url_type,omitempty"`
}

// SourceSynced is a source synced block.
type SourceSynced struct {
	Elements []*TextElement `json:"elements,omitempty"`
	Align    Align          `json:"align,omitempty"`
}

// ReferenceSynced refers to a synced block elsewhere.
type ReferenceSynced struct {
	SourceDocumentID string `json:"source_document_id,omitempty"`
	SourceBlockID    string `json:"source_block_id,omitempty"`
}

// SubPageList lists a wiki page's children.
type SubPageList struct {
	WikiToken string `json:"wiki_token,omitempty"`
}
