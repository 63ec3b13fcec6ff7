package fromokr_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/richtext-go/richtext/fromokr"
	"github.com/richtext-go/richtext/model"
)

func line(text, list string, level, number int) string {
	style := ""
	if list != "" {
		n := ""
		if number > 0 {
			n = fmt.Sprintf(`,"number":%d`, number)
		}
		style = fmt.Sprintf(`,"style":{"list":{"type":%q,"indentLevel":%d%s}}`, list, level, n)
	}
	return fmt.Sprintf(`{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":%q,"style":{}}}]%s}}`, text, style)
}

func read(t *testing.T, lines ...string) string {
	t.Helper()
	doc, warns, err := fromokr.Read([]byte(`{"blocks":[` + strings.Join(lines, ",") + `]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("warnings: %v", warns)
	}
	return strings.TrimPrefix(model.Dump(doc), "Document\n")
}

// An indent line continues the list item open at its level, and is an
// indented paragraph where none is.
func TestIndentLines(t *testing.T) {
	got := read(t,
		line("item", "bullet", 1, 0),
		line("more of item", "indent", 1, 0),
		line("deeper", "indent", 2, 0),
		line("after", "", 0, 0),
		line("alone", "indent", 1, 0))
	want := `  List bullet loose
    Item
      Paragraph
        Text "item"
      Paragraph
        Text "more of item"
  Paragraph indent=2
    Text "deeper"
  Paragraph
    Text "after"
  Paragraph indent=1
    Text "alone"
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Numbers keep their values: a number that does not continue the count
// starts a new list, per level.
func TestNumbers(t *testing.T) {
	got := read(t,
		line("one", "number", 1, 1),
		line("a", "number", 2, 1),
		line("b", "number", 2, 2),
		line("two", "number", 1, 2),
		line("a again", "number", 2, 1),
		line("five", "number", 1, 5))
	for _, want := range []string{"List ordered start=1", "List ordered start=5"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
	if strings.Count(got, "List ordered start=1") != 3 {
		t.Errorf("want three lists starting at 1 (the top one and one under each of its items):\n%s", got)
	}
}

// v2 levels count from 0.
func TestV2Levels(t *testing.T) {
	src := `{"blocks":[
	{"block_element_type":"paragraph","paragraph":{"style":{"list":{"list_type":"bullet","indent_level":0}},"elements":[{"paragraph_element_type":"textRun","text_run":{"text":"top"}}]}},
	{"block_element_type":"paragraph","paragraph":{"style":{"list":{"list_type":"bullet","indent_level":1}},"elements":[{"paragraph_element_type":"textRun","text_run":{"text":"nested"}}]}}]}`
	doc, warns, err := fromokr.Read([]byte(src))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	want := `Document meta{okr_version="v2"}
  List bullet
    Item
      Paragraph
        Text "top"
      List bullet
        Item
          Paragraph
            Text "nested"
`
	if got := model.Dump(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTransparentBlackIsReported(t *testing.T) {
	src := `{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"x","style":{"backColor":{"red":0,"green":0,"blue":0,"alpha":0}}}}]}}]}`
	_, warns, err := fromokr.Read([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Detail, "transparent") {
		t.Errorf("warnings: %v", warns)
	}
}
