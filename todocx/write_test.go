package todocx_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/fromdocx"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/todocx"
)

type convertShape struct {
	FirstLevelBlockIDs []string `json:"first_level_block_ids"`
	Blocks             []struct {
		BlockID  string   `json:"block_id"`
		ParentID string   `json:"parent_id"`
		Children []string `json:"children"`
	} `json:"blocks"`
	BlockIDToImageURLs []struct {
		BlockID  string `json:"block_id"`
		ImageURL string `json:"image_url"`
	} `json:"block_id_to_image_urls"`
}

func sample() *model.Document {
	return &model.Document{Title: "T", Blocks: model.Blocks{
		para("one"),
		&model.List{Items: []model.ListItem{{Blocks: model.Blocks{para("item"), para("more")}}}},
		&model.Image{URL: "https://example.com/a.png"},
	}}
}

func TestDefaultIDsAreDeterministic(t *testing.T) {
	a, _, _ := todocx.Write(sample())
	b, _, _ := todocx.Write(sample())
	if string(a) != string(b) {
		t.Error("two writes of one document differ")
	}
	var got convertShape
	if err := json.Unmarshal(a, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"blk_1", "blk_2", "blk_4"}, got.FirstLevelBlockIDs); diff != "" {
		t.Errorf("first-level ids (-want +got):\n%s", diff)
	}
	// The list item's second paragraph is its child.
	if got.Blocks[2].ParentID != "blk_2" || got.Blocks[1].Children[0] != "blk_3" {
		t.Errorf("parent and children disagree: %+v", got.Blocks)
	}
	if len(got.BlockIDToImageURLs) != 1 || got.BlockIDToImageURLs[0].BlockID != "blk_4" ||
		got.BlockIDToImageURLs[0].ImageURL != "https://example.com/a.png" {
		t.Errorf("image urls: %+v", got.BlockIDToImageURLs)
	}
}

func TestWithIDs(t *testing.T) {
	ids := []string{"x", "y", "x", "z"}
	n := 0
	out, warns, err := todocx.Write(sample(), todocx.WithIDs(func() string { n++; return ids[n-1] }))
	if err != nil {
		t.Fatal(err)
	}
	var got convertShape
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, b := range got.Blocks {
		all = append(all, b.BlockID)
	}
	if diff := cmp.Diff([]string{"x", "y", "x_", "z"}, all); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	found := false
	for _, w := range warns {
		found = found || strings.Contains(w.Detail, `returned "x" again`)
	}
	if !found {
		t.Errorf("no warning about the repeated id: %v", warns)
	}
	if _, _, err := todocx.Write(sample(), todocx.WithIDs(nil)); err == nil {
		t.Error("WithIDs(nil) is accepted")
	}
}

func TestWithPageKeepsTheTitle(t *testing.T) {
	out, warns, err := todocx.Write(sample(), todocx.WithPage())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		if w.Path == "title" {
			t.Errorf("the title is reported lost: %v", w)
		}
	}
	back, _, err := fromdocx.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	if back.Title != "T" || len(back.Blocks) != 3 {
		t.Errorf("read back title %q and %d blocks", back.Title, len(back.Blocks))
	}
}

// TestGridFirstInItem: a grid of one column (or none) at the start of a list
// item is written as its content, so its first paragraph is the item's own
// text and the Docx reads back as the same item (FuzzFeishuStable
// 69c5ac4c3e3963e7).
func TestGridFirstInItem(t *testing.T) {
	doc := &model.Document{Blocks: model.Blocks{&model.List{Items: []model.ListItem{
		{Blocks: model.Blocks{&model.Grid{Columns: []model.GridColumn{{Blocks: model.Blocks{para("a")}}}}}},
		{Blocks: model.Blocks{&model.Grid{}, para("b")}},
	}}}}
	out, warns, err := todocx.Write(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].String(), "a grid of one column") {
		t.Errorf("warnings: %v", warns)
	}
	var got convertShape
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Blocks) != 2 || len(got.Blocks[0].Children) != 0 || len(got.Blocks[1].Children) != 0 {
		t.Errorf("want two bullets without children:\n%s", out)
	}
	back, _, err := fromdocx.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	want := &model.Document{Blocks: model.Blocks{&model.List{Items: []model.ListItem{
		{Blocks: model.Blocks{para("a")}}, {Blocks: model.Blocks{para("b")}},
	}}}}
	if diff := cmp.Diff(want, back); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}
}

// TestGridInQuoteWarnsOnce: a grid of one column in a quote is written as
// its content whether the quote becomes a quote block (one paragraph) or a
// quote container (more), and says so once either way.
func TestGridInQuoteWarnsOnce(t *testing.T) {
	grid := func(bs ...model.Block) *model.Grid { return &model.Grid{Columns: []model.GridColumn{{Blocks: bs}}} }
	for _, c := range []struct {
		name  string
		quote *model.Quote
		want  string // the Docx block type written for the quote
	}{
		{"as text", &model.Quote{Blocks: model.Blocks{grid(para("a"))}}, "quote"},
		{"as container", &model.Quote{Blocks: model.Blocks{grid(para("a"), para("b"))}}, "quote_container"},
	} {
		out, warns, err := todocx.Write(&model.Document{Blocks: model.Blocks{c.quote}})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, w := range warns {
			if strings.Contains(w.String(), "a grid of one column") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d grid warnings, want 1: %v", c.name, n, warns)
		}
		if !strings.Contains(string(out), `"`+c.want+`"`) {
			t.Errorf("%s: no %s block in\n%s", c.name, c.want, out)
		}
	}
}
