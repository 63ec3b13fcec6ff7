// Package embedmap maps the Docx blocks that only Feishu can render to
// model.Embed values: the embed kind (the tag name of Feishu's Markdown
// dialect) and its attributes (that tag's attributes). The Docx reader and
// writer share it, so that the two directions cannot drift apart.
package embedmap

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/richtext-go/richtext/docx"
)

// A Spec maps one block type.
type Spec struct {
	Kind   string
	Type   docx.BlockType
	Fields []Field
}

// A Field maps one payload member to one attribute.
type Field struct {
	Attr string // the model attribute ("view-type")
	JSON string // the payload member ("view_type")
	Kind FieldKind
}

// FieldKind says how a member's JSON value becomes an attribute string.
type FieldKind uint8

// The field kinds.
const (
	Str      FieldKind = iota // a JSON string, kept as is
	Int                       // a JSON number, in decimal
	Bool                      // true or false
	AlignNum                  // the Align enum, as left/center/right
	Raw                       // any JSON value, kept as its JSON text
	ViewName                  // the bitable view enum, as table/kanban
)

var specs = []Spec{
	{"bitable", docx.BlockBitable, []Field{{"token", "token", Str}, {"view", "view_type", ViewName}}},
	{"chat-card", docx.BlockChatCard, []Field{{"id", "chat_id", Str}, {"align", "align", AlignNum}}},
	{"diagram", docx.BlockDiagram, []Field{{"type", "diagram_type", Int}}},
	{"file", docx.BlockFile, []Field{{"token", "token", Str}, {"name", "name", Str}, {"view-type", "view_type", Int}}},
	{"isv", docx.BlockISV, []Field{{"id", "component_id", Str}, {"type", "component_type_id", Str}}},
	{"mindnote", docx.BlockMindnote, []Field{{"token", "token", Str}}},
	{"sheet", docx.BlockSheet, []Field{{"token", "token", Str}, {"rows", "row_size", Int}, {"cols", "column_size", Int}}},
	{"view", docx.BlockView, []Field{{"view-type", "view_type", Int}}},
	{"task", docx.BlockTask, []Field{{"task-id", "task_id", Str}}},
	{"okr", docx.BlockOKR, []Field{{"id", "okr_id", Str}, {"objectives", "objectives", Raw},
		{"period-display-status", "period_display_status", Str}, {"period-name-zh", "period_name_zh", Str},
		{"period-name-en", "period_name_en", Str}, {"user-id", "user_id", Str}, {"visible-setting", "visible_setting", Raw}}},
	{"objective", docx.BlockOKRObjective, okrItemFields("objective_id")},
	{"kr", docx.BlockOKRKeyResult, okrItemFields("kr_id")},
	{"okr-progress", docx.BlockOKRProgress, nil},
	{"add-ons", docx.BlockAddOns, []Field{{"component-id", "component_id", Str}, {"component-type-id", "component_type_id", Str}, {"record", "record", Str}}},
	{"jira-issue", docx.BlockJiraIssue, []Field{{"id", "id", Str}, {"key", "key", Str}}},
	{"wiki-catalog", docx.BlockWikiCatalog, []Field{{"token", "wiki_token", Str}}},
	{"whiteboard", docx.BlockBoard, []Field{{"token", "token", Str}, {"align", "align", AlignNum}, {"width", "width", Int}, {"height", "height", Int}}},
	{"agenda", docx.BlockAgenda, nil},
	{"agenda-item", docx.BlockAgendaItem, nil},
	{"agenda-title", docx.BlockAgendaItemTitle, []Field{{"align", "align", AlignNum}, {"elements", "elements", Raw}}},
	{"agenda-content", docx.BlockAgendaItemContent, nil},
	{"link-preview", docx.BlockLinkPreview, []Field{{"url", "url", Str}, {"type", "url_type", Str}}},
	{"source-synced", docx.BlockSourceSynced, []Field{{"align", "align", AlignNum}, {"elements", "elements", Raw}}},
	{"reference-synced", docx.BlockReferenceSynced, []Field{{"source-block-id", "source_block_id", Str}, {"source-document-id", "source_document_id", Str}}},
	{"sub-page-list", docx.BlockSubPageList, []Field{{"wiki", "wiki_token", Str}}},
	{"ai-template", docx.BlockAITemplate, nil},
}

func okrItemFields(id string) []Field {
	return []Field{{"id", id, Str}, {"confidential", "confidential", Bool}, {"position", "position", Int},
		{"score", "score", Int}, {"visible", "visible", Raw}, {"weight", "weight", Raw},
		{"progress-rate", "progress_rate", Raw}, {"content", "content", Raw}}
}

// ByKind returns the spec of an embed kind.
func ByKind(kind string) (Spec, bool) {
	for _, s := range specs {
		if s.Kind == kind {
			return s, true
		}
	}
	return Spec{}, false
}

// ByType returns the spec of a block type.
func ByType(t docx.BlockType) (Spec, bool) {
	for _, s := range specs {
		if s.Type == t {
			return s, true
		}
	}
	return Spec{}, false
}

var alignNames = map[string]string{"1": "left", "2": "center", "3": "right"}

// ToAttrs turns a typed payload into attributes.
func ToAttrs(s Spec, payload any) (map[string]string, error) {
	data, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		return nil, err
	}
	attrs := map[string]string{}
	for _, f := range s.Fields {
		raw, ok := members[f.JSON]
		if !ok || string(raw) == "null" {
			continue
		}
		delete(members, f.JSON)
		switch f.Kind {
		case Str:
			var v string
			if json.Unmarshal(raw, &v) != nil {
				return nil, fmt.Errorf("%s: %s is not a string", s.Kind, f.JSON)
			}
			attrs[f.Attr] = v
		case AlignNum:
			if n, ok := alignNames[string(raw)]; ok {
				attrs[f.Attr] = n
			} else {
				attrs[f.Attr] = string(raw)
			}
		case ViewName:
			switch string(raw) {
			case "1":
				attrs[f.Attr] = "table"
			case "2":
				attrs[f.Attr] = "kanban"
			default:
				attrs[f.Attr] = string(raw)
			}
		default:
			attrs[f.Attr] = string(raw)
		}
	}
	// Members the spec does not name keep their JSON under their own name.
	for k, v := range members {
		attrs[k] = string(v)
	}
	return attrs, nil
}

// FromAttrs builds a payload's JSON from attributes. It returns the
// attributes it could not place, sorted.
func FromAttrs(s Spec, attrs map[string]string) (json.RawMessage, []string) {
	members := map[string]any{}
	var bad []string
	for attr, v := range attrs {
		f, ok := field(s, attr)
		if !ok {
			bad = append(bad, attr)
			continue
		}
		switch f.Kind {
		case Str:
			members[f.JSON] = v
		case Int:
			n, err := strconv.Atoi(v)
			if err != nil {
				bad = append(bad, attr)
				continue
			}
			members[f.JSON] = n
		case Bool:
			b, err := strconv.ParseBool(v)
			if err != nil {
				bad = append(bad, attr)
				continue
			}
			members[f.JSON] = b
		case AlignNum:
			n := map[string]int{"left": 1, "center": 2, "right": 3}[v]
			if n == 0 {
				bad = append(bad, attr)
				continue
			}
			members[f.JSON] = n
		case ViewName:
			n := map[string]int{"table": 1, "kanban": 2}[v]
			if n == 0 {
				bad = append(bad, attr)
				continue
			}
			members[f.JSON] = n
		case Raw:
			if !json.Valid([]byte(v)) {
				bad = append(bad, attr)
				continue
			}
			members[f.JSON] = json.RawMessage(v)
		}
	}
	sort.Strings(bad)
	data, _ := json.Marshal(members)
	return data, bad
}

func field(s Spec, attr string) (Field, bool) {
	for _, f := range s.Fields {
		if f.Attr == attr {
			return f, true
		}
	}
	return Field{}, false
}
