package fromdocx_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/richtext-go/richtext/fromdocx"
	"github.com/richtext-go/richtext/model"
)

// chain is n text blocks, each the only child of the one before.
func chain(n int) []byte {
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		id := "b" + strconv.Itoa(i)
		b.WriteString(`{"block_id":"` + id + `","block_type":2,"text":{"elements":[{"text_run":{"content":"` + id + `"}}]}`)
		if i > 0 {
			b.WriteString(`,"parent_id":"b` + strconv.Itoa(i-1) + `"`)
		}
		if i < n-1 {
			b.WriteString(`,"children":["b` + strconv.Itoa(i+1) + `"]`)
		}
		b.WriteByte('}')
	}
	b.WriteByte(']')
	return []byte(b.String())
}

// A tree deeper than the limit keeps all its text, flattened below the
// limit, with a warning, and never recurses without bound.
func TestDeepTreeIsFlattened(t *testing.T) {
	const n = 50000
	doc, warns, err := fromdocx.Read(chain(n), fromdocx.WithMaxDepth(100))
	if err != nil {
		t.Fatal(err)
	}
	if d := model.Depth(doc.Blocks); d > 200 {
		t.Errorf("the model nests %d deep, past the limit", d)
	}
	paragraphs := 0
	model.Walk(doc, func(nd model.Node) model.WalkStatus {
		if _, ok := nd.(*model.Paragraph); ok {
			paragraphs++
		}
		return model.WalkContinue
	})
	if paragraphs != n {
		t.Errorf("%d paragraphs, want %d", paragraphs, n)
	}
	found := false
	for _, w := range warns {
		found = found || strings.Contains(w.Detail, "nest deeper than 100")
	}
	if !found {
		t.Errorf("no warning about the depth: %v", warns)
	}
}

func TestOptionErrors(t *testing.T) {
	if _, _, err := fromdocx.Read([]byte(`[]`), fromdocx.WithMaxDepth(0)); err == nil {
		t.Error("WithMaxDepth(0) is accepted")
	}
}

// Warnings name the block and, inside its text, the element.
func TestWarningPaths(t *testing.T) {
	src := `[{"block_id":"a","block_type":2,"text":{"elements":[{"text_run":{"content":"x"}},{"mystery":{"v":1}}],"style":{"align":9}}},
	{"block_id":"b","block_type":12},
	{"block_id":"c","block_type":13,"ordered":{"style":{"sequence":"many"},"elements":[]}},
	{"block_id":"d","block_type":14,"code":{"style":{"language":99},"elements":[]}}]`
	_, warns, err := fromdocx.Read([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warns {
		got = append(got, w.String())
	}
	want := []string{
		"recovered: block a: elements[1] is a text element of a kind this reader does not know; kept as raw Docx JSON",
		"recovered: block a: align 9 is not 1, 2 or 3; ignored",
		"recovered: block b: bullet block without its bullet payload; read as empty",
		`recovered: block c: sequence "many" is not a number or auto; the item continues the count`,
		"recovered: block d: code language 99 is not 1–75; read as plain code",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
