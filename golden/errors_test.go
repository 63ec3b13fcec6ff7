package golden_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/richtext-go/richtext"
	"github.com/sebdah/goldie/v2"
)

// Every error a user can meet, and the warnings of inputs that are read in
// spite of a fault, with their exact messages, in one golden file
// (testdata/errors.golden) that a person reads: each must say what is wrong
// and where, in the input's own terms.
func TestErrorMessages(t *testing.T) {
	deep := strings.Repeat(`{"type":"quote","blocks":[`, 20000) + strings.Repeat(`]}`, 20000)
	cases := []struct {
		name string
		from richtext.Format
		src  string
		opts []richtext.Option
	}{
		{"okr: not JSON", richtext.OKR, `{"blocks":[{"type":"paragraph",]}`, nil},
		{"okr: cut short", richtext.OKR, `{"blocks":[{"type":"paragraph"`, nil},
		{"okr: empty", richtext.OKR, ``, nil},
		{"okr: an array", richtext.OKR, `[1,2]`, nil},
		{"okr: data after the document", richtext.OKR, `{"blocks":[]} {"blocks":[]}`, nil},
		{"okr: wrong type", richtext.OKR, `{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":1}}]}}]}`, nil},
		{"okr: unknown element type", richtext.OKR, `{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"foo"}]}}]}`, nil},
		{"okr: unknown block type", richtext.OKR, `{"blocks":[{"type":"paragraph","paragraph":{"elements":[]}},{"type":"table"}]}`, nil},
		{"okr: payload missing", richtext.OKR, `{"blocks":[{"type":"gallery"}]}`, nil},
		{"okr: number too big", richtext.OKR, `{"blocks":[{"type":"paragraph","paragraph":{"style":{"list":{"type":"bullet","indentLevel":1e30}},"elements":[]}}]}`, nil},
		{"okr: unknown list type", richtext.OKR, `{"blocks":[{"type":"paragraph","paragraph":{"style":{"list":{"type":"roman"}},"elements":[]}}]}`, nil},
		{"okr: an API error", richtext.OKR, `{"code":1001001,"msg":"invalid parameters"}`, nil},
		{"okr: a string holding JSON that is broken", richtext.OKR, `{"content":"{\"blocks\":["}`, nil},
		{"okr: a string holding no JSON", richtext.OKR, `{"content":"hello"}`, nil},
		{"docx: not JSON", richtext.Docx, `{"items":[{"block_id":"a",]}`, nil},
		{"docx: empty", richtext.Docx, ``, nil},
		{"docx: wrong type", richtext.Docx, `{"items":[{"block_id":"a","block_type":"x"}]}`, nil},
		{"docx: wrong type deep inside", richtext.Docx, `{"items":[{"block_id":"a","block_type":2,"text":{"elements":[{"text_run":{"content":"x","text_element_style":{"bold":"yes"}}}]}}]}`, nil},
		{"docx: number too big", richtext.Docx, `[{"block_id":"a","block_type":99999999999999999999}]`, nil},
		{"docx: a float for an integer", richtext.Docx, `[{"block_id":"t","block_type":31,"table":{"property":{"column_width":[1.5]}}}]`, nil},
		{"docx: a shape it does not know", richtext.Docx, `{"document":{"title":"x"}}`, nil},
		{"docx: an API error", richtext.Docx, `{"code":99991663,"msg":"token invalid"}`, nil},
		{"json: not JSON", richtext.JSON, `{"blocks":[}`, nil},
		{"json: unknown block type", richtext.JSON, `{"blocks":[{"type":"nope"}]}`, nil},
		{"json: unknown member", richtext.JSON, `{"blocks":[{"type":"paragraph","inlines":[{"type":"text","value":"x","colour":"red"}]}]}`, nil},
		{"json: wrong type", richtext.JSON, `{"blocks":[{"type":"heading","level":"one"}]}`, nil},
		{"json: breaks an invariant", richtext.JSON, `{"blocks":[{"type":"heading","level":12},{"type":"list","ordered":true,"start":-1,"items":[]}]}`, nil},
		{"json: too deep", richtext.JSON, `{"blocks":[` + deep + `]}`, nil},
		{"markdown: over the input limit", richtext.Markdown, "# twelve bytes", []richtext.Option{richtext.WithMaxInputSize(10)}},
		{"markdown: a bad depth", richtext.Markdown, "x", []richtext.Option{richtext.WithMaxDepth(-1)}},
		{"html: a bad depth", richtext.HTML, "x", []richtext.Option{richtext.WithMaxDepth(-1)}},
		{"text: read", richtext.Text, "x", nil},
		{"an unknown format", richtext.Format("rtf"), "x", nil},
	}
	var b strings.Builder
	for _, c := range cases {
		_, warns, err := richtext.Read([]byte(c.src), c.from, c.opts...)
		if err == nil {
			if len(warns) == 0 {
				t.Errorf("%s: neither an error nor a warning", c.name)
			}
			fmt.Fprintf(&b, "%s\n\tread, with warnings:\n", c.name)
			for _, w := range warns {
				fmt.Fprintf(&b, "\t%s\n", w)
			}
			continue
		}
		msg := err.Error()
		if strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine") {
			t.Errorf("%s: %s", c.name, msg)
		}
		fmt.Fprintf(&b, "%s\n\t%s\n", c.name, strings.ReplaceAll(msg, "\n", "\n\t"))
	}
	g := goldie.New(t, goldie.WithFixtureDir("testdata"), goldie.WithNameSuffix(".golden"))
	g.Assert(t, "errors", []byte(b.String()))
}
