package jsonindent

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// Up to MaxDepth the output is json.Indent's, byte for byte; past it the
// output is compact, valid and the same value.
func TestIndent(t *testing.T) {
	cases := []string{
		`{}`, `[]`, `"a"`, `1`, `null`,
		`{"a":[1,2,{"b":"x,y:{[\"]}"}],"c":{},"d":[],"e":"\\"}`,
		`[[[[]]],{"k":[{}]}]`,
		strings.Repeat(`[`, MaxDepth) + strings.Repeat(`]`, MaxDepth),
		strings.Repeat(`{"a":[`, MaxDepth/2) + `1,2` + strings.Repeat(`]}`, MaxDepth/2),
	}
	for _, c := range cases {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(c), "", "  "); err != nil {
			t.Fatal(err)
		}
		if got := Indent(nil, []byte(c)); string(got) != want.String() {
			t.Errorf("%s:\ngot  %s\nwant %s", c, got, want.String())
		}
	}
	deep := strings.Repeat(`{"a":[`, 1000) + `1,{"b":2}` + strings.Repeat(`]}`, 1000)
	got := Indent(nil, []byte(deep))
	var compact bytes.Buffer
	if err := json.Compact(&compact, got); err != nil {
		t.Fatal(err)
	}
	if compact.String() != deep {
		t.Error("the deep value changed")
	}
	if len(got) > 20*len(deep) {
		t.Errorf("%d bytes of output for %d of input", len(got), len(deep))
	}
}
