package docx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// BlockType is the Docx block type enum.
type BlockType int

// The block types.
const (
	BlockPage              BlockType = 1
	BlockText              BlockType = 2
	BlockHeading1          BlockType = 3
	BlockHeading9          BlockType = 11
	BlockBullet            BlockType = 12
	BlockOrdered           BlockType = 13
	BlockCode              BlockType = 14
	BlockQuote             BlockType = 15
	BlockEquation          BlockType = 16
	BlockTodo              BlockType = 17
	BlockBitable           BlockType = 18
	BlockCallout           BlockType = 19
	BlockChatCard          BlockType = 20
	BlockDiagram           BlockType = 21
	BlockDivider           BlockType = 22
	BlockFile              BlockType = 23
	BlockGrid              BlockType = 24
	BlockGridColumn        BlockType = 25
	BlockIframe            BlockType = 26
	BlockImage             BlockType = 27
	BlockISV               BlockType = 28
	BlockMindnote          BlockType = 29
	BlockSheet             BlockType = 30
	BlockTable             BlockType = 31
	BlockTableCell         BlockType = 32
	BlockView              BlockType = 33
	BlockQuoteContainer    BlockType = 34
	BlockTask              BlockType = 35
	BlockOKR               BlockType = 36
	BlockOKRObjective      BlockType = 37
	BlockOKRKeyResult      BlockType = 38
	BlockOKRProgress       BlockType = 39
	BlockAddOns            BlockType = 40
	BlockJiraIssue         BlockType = 41
	BlockWikiCatalog       BlockType = 42
	BlockBoard             BlockType = 43
	BlockAgenda            BlockType = 44
	BlockAgendaItem        BlockType = 45
	BlockAgendaItemTitle   BlockType = 46
	BlockAgendaItemContent BlockType = 47
	BlockLinkPreview       BlockType = 48
	BlockSourceSynced      BlockType = 49
	BlockReferenceSynced   BlockType = 50
	BlockSubPageList       BlockType = 51
	BlockAITemplate        BlockType = 52
	BlockUndefined         BlockType = 999
)

// payloadKeys are the payload member names by block type.
var payloadKeys = map[BlockType]string{
	1: "page", 2: "text", 3: "heading1", 4: "heading2", 5: "heading3", 6: "heading4", 7: "heading5",
	8: "heading6", 9: "heading7", 10: "heading8", 11: "heading9", 12: "bullet", 13: "ordered", 14: "code",
	15: "quote", 16: "equation", 17: "todo", 18: "bitable", 19: "callout", 20: "chat_card", 21: "diagram",
	22: "divider", 23: "file", 24: "grid", 25: "grid_column", 26: "iframe", 27: "image", 28: "isv",
	29: "mindnote", 30: "sheet", 31: "table", 32: "table_cell", 33: "view", 34: "quote_container",
	35: "task", 36: "okr", 37: "okr_objective", 38: "okr_key_result", 39: "okr_progress", 40: "add_ons",
	41: "jira_issue", 42: "wiki_catalog", 43: "board", 44: "agenda", 45: "agenda_item",
	46: "agenda_item_title", 47: "agenda_item_content", 48: "link_preview", 49: "source_synced",
	50: "reference_synced", 51: "sub_page_list", 52: "ai_template", 999: "undefined",
}

// Known reports whether t is a block type of the API.
func (t BlockType) Known() bool { _, ok := payloadKeys[t]; return ok }

// PayloadKey returns the member that holds a block's payload ("heading1"),
// or "" for an unknown type.
func (t BlockType) PayloadKey() string { return payloadKeys[t] }

// String returns the payload key, or "block_type N" for unknown types.
func (t BlockType) String() string {
	if k, ok := payloadKeys[t]; ok {
		return k
	}
	return "block_type " + strconv.Itoa(int(t))
}

// IsText reports whether blocks of type t carry a Text payload.
func (t BlockType) IsText() bool {
	return t >= BlockPage && t <= BlockTodo
}

// TextOf returns the Text payload of a text-bearing block, or nil.
func (b *Block) TextOf() *Text {
	switch b.BlockType {
	case BlockPage:
		return b.Page
	case BlockText:
		return b.Text
	case 3:
		return b.Heading1
	case 4:
		return b.Heading2
	case 5:
		return b.Heading3
	case 6:
		return b.Heading4
	case 7:
		return b.Heading5
	case 8:
		return b.Heading6
	case 9:
		return b.Heading7
	case 10:
		return b.Heading8
	case 11:
		return b.Heading9
	case BlockBullet:
		return b.Bullet
	case BlockOrdered:
		return b.Ordered
	case BlockCode:
		return b.Code
	case BlockQuote:
		return b.Quote
	case BlockEquation:
		return b.Equation
	case BlockTodo:
		return b.Todo
	}
	return nil
}

// SetText sets the Text payload that matches the block's type.
func (b *Block) SetText(t *Text) {
	switch b.BlockType {
	case BlockPage:
		b.Page = t
	case BlockText:
		b.Text = t
	case 3:
		b.Heading1 = t
	case 4:
		b.Heading2 = t
	case 5:
		b.Heading3 = t
	case 6:
		b.Heading4 = t
	case 7:
		b.Heading5 = t
	case 8:
		b.Heading6 = t
	case 9:
		b.Heading7 = t
	case 10:
		b.Heading8 = t
	case 11:
		b.Heading9 = t
	case BlockBullet:
		b.Bullet = t
	case BlockOrdered:
		b.Ordered = t
	case BlockCode:
		b.Code = t
	case BlockQuote:
		b.Quote = t
	case BlockEquation:
		b.Equation = t
	case BlockTodo:
		b.Todo = t
	}
}

// Align is the Align enum: 1 left, 2 center, 3 right.
type Align int

// The alignments.
const (
	AlignLeft   Align = 1
	AlignCenter Align = 2
	AlignRight  Align = 3
)

// MentionObjType is the type of a mentioned document.
type MentionObjType int

// The mentioned document types.
var mentionObjTypes = map[MentionObjType]string{
	1: "doc", 3: "sheet", 8: "bitable", 11: "mindnote", 12: "file", 15: "slides", 16: "wiki", 22: "docx",
}

// String returns the type's name ("docx"), as Feishu's Markdown writes it.
func (t MentionObjType) String() string {
	if n, ok := mentionObjTypes[t]; ok {
		return n
	}
	return strconv.Itoa(int(t))
}

// ParseMentionObjType reads a document type name ("docx", "sheet") or a
// number.
func ParseMentionObjType(s string) (MentionObjType, bool) {
	for k, v := range mentionObjTypes {
		if v == s {
			return k, true
		}
	}
	if s == "slide" {
		return 15, true
	}
	n, err := strconv.Atoi(s)
	if err == nil {
		if _, ok := mentionObjTypes[MentionObjType(n)]; ok {
			return MentionObjType(n), true
		}
	}
	return 0, false
}

// IframeComponentType is the provider of an iframe block.
type IframeComponentType int

var iframeTypes = map[IframeComponentType]string{
	1: "Bilibili", 2: "Xigua", 3: "Youku", 4: "Airtable", 5: "BaiduMap", 6: "Amap", 7: "Undefined",
	8: "Figma", 9: "Modao", 10: "Canva", 11: "CodePen", 12: "FeishuSurvey", 13: "Jinshuju",
	14: "Undefined", 15: "Undefined",
}

// String returns the provider's name.
func (t IframeComponentType) String() string {
	if n, ok := iframeTypes[t]; ok {
		return n
	}
	return strconv.Itoa(int(t))
}

// Millis is a time in milliseconds, which the API sends as a string or a
// number; it is written as a string.
type Millis int64

// UnmarshalJSON accepts "1641967200000" and 1641967200000.
func (m *Millis) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		*m = 0
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if s == "" {
			*m = 0
			return nil
		}
		b = []byte(s)
	}
	v, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return fmt.Errorf("time %s is not a number of milliseconds", b)
	}
	*m = Millis(v)
	return nil
}

// MarshalJSON writes the time as a string of digits, as the API does.
func (m Millis) MarshalJSON() ([]byte, error) {
	return []byte(`"` + strconv.FormatInt(int64(m), 10) + `"`), nil
}
