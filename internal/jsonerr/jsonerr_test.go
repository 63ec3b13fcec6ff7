package jsonerr

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestDescribeTypeErrors(t *testing.T) {
	type el struct {
		Content string `json:"content"`
	}
	type doc struct {
		Items []struct {
			Elements []el `json:"elements"`
			Size     int  `json:"size"`
		} `json:"items"`
	}
	cases := []struct{ src, want string }{
		{`{"items":[{"size":1},{"elements":[{"content":"a"},{"content":7}]}]}`, "x: items[1].elements[1].content: want a string, got a number"},
		{`{"items":[{"size":"big"}]}`, "x: items[0].size: want an integer, got a string"},
		{`{"items":{"size":1}}`, "x: items: want an array, got an object"},
		{`{"items":[{"elements":"none"}]}`, "x: items[0].elements: want an array, got a string"},
		{"{\n\"items\": [\n  {\"size\": 1,}\n]}", "x: line 3, column 14: invalid character '}' looking for beginning of object key string"},
	}
	for _, c := range cases {
		var d doc
		err := json.Unmarshal([]byte(c.src), &d)
		if err == nil {
			t.Fatalf("%s: no error", c.src)
		}
		if got := Describe("x", []byte(c.src), "", err).Error(); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// PathAt walks without recursion: a deep input is no danger.
func TestPathAtDeep(t *testing.T) {
	const depth = 100000
	src := strings.Repeat("[", depth) + `"x"` + strings.Repeat("]", depth)
	if got := PathAt([]byte(src), int64(depth+3)); got != strings.Repeat("[0]", depth) {
		t.Errorf("path of the innermost value has %d characters", len(got))
	}
}
