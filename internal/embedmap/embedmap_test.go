package embedmap

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/model"
)

// sample is an attribute value of each field kind, as a reader writes it.
var sample = map[FieldKind]string{Str: "tok_1", Int: "7", Bool: "true", AlignNum: "center", Raw: `{"a":[1,2]}`, ViewName: "kanban"}

// rawSample holds values of raw fields that must fit a typed member.
var rawSample = map[string]string{
	"objectives": `[{"objective_id":"o1","kr_ids":["k1"]}]`,
	"weight":     `0.5`,
	"content":    `{"elements":[{"text_run":{"content":"x"}}]}`,
	"elements":   `[{"text_run":{"content":"x"}}]`,
}

// Every spec goes attributes → payload → attributes unchanged, through the
// block's own typed payload: the reader and the writer agree on every field.
func TestEverySpecRoundTrips(t *testing.T) {
	kinds, types := map[string]bool{}, map[docx.BlockType]bool{}
	for _, s := range specs {
		if kinds[s.Kind] || types[s.Type] {
			t.Errorf("%s (%d) is mapped twice", s.Kind, s.Type)
		}
		kinds[s.Kind], types[s.Type] = true, true
		if !model.IsEmbedKind(s.Kind) {
			t.Errorf("%s is not a model embed kind", s.Kind)
		}
		if got, ok := ByKind(s.Kind); !ok || got.Type != s.Type {
			t.Errorf("ByKind(%s) = %v, %v", s.Kind, got.Type, ok)
		}
		if got, ok := ByType(s.Type); !ok || got.Kind != s.Kind {
			t.Errorf("ByType(%d) = %v, %v", s.Type, got.Kind, ok)
		}
		attrs := map[string]string{}
		for _, f := range s.Fields {
			attrs[f.Attr] = sample[f.Kind]
			if v, ok := rawSample[f.JSON]; ok {
				attrs[f.Attr] = v
			}
		}
		data, bad := FromAttrs(s, attrs)
		if len(bad) > 0 {
			t.Errorf("%s: attributes left out: %v", s.Kind, bad)
		}
		// Through the typed block, as the writer and reader go.
		var blk docx.Block
		wrapped := []byte(`{"block_type":` + itoa(int(s.Type)) + `,"` + s.Type.PayloadKey() + `":` + string(data) + `}`)
		if err := json.Unmarshal(wrapped, &blk); err != nil {
			t.Fatalf("%s: %v", s.Kind, err)
		}
		var payload map[string]json.RawMessage
		all, _ := json.Marshal(&blk)
		_ = json.Unmarshal(all, &payload)
		back, err := ToAttrs(s, payload[s.Type.PayloadKey()])
		if err != nil {
			t.Fatalf("%s: %v", s.Kind, err)
		}
		if diff := cmp.Diff(attrs, back); diff != "" {
			t.Errorf("%s: attributes changed on the way (-want +got):\n%s", s.Kind, diff)
		}
	}
}

func TestBadAttributes(t *testing.T) {
	s, _ := ByKind("sheet")
	_, bad := FromAttrs(s, map[string]string{"rows": "many", "token": "x", "colour": "red"})
	if diff := cmp.Diff([]string{"colour", "rows"}, bad); diff != "" {
		t.Errorf("bad attributes (-want +got):\n%s", diff)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
