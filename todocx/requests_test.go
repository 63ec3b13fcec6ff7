package todocx_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/todocx"
)

type request struct {
	BlockID string `json:"block_id"`
	Body    struct {
		ChildrenID  []string     `json:"children_id"`
		Descendants []docx.Block `json:"descendants"`
		Index       int          `json:"index"`
	} `json:"body"`
}

// replay checks requests as the API would and builds the tree they create:
// each target exists, each request is within the limits, its children_id
// are blocks it carries, and every block it carries hangs from one of them.
// It returns the created tree as indented lines of block types and texts.
func replay(t *testing.T, data []byte, overLimits bool) (tree []string, reqs int) {
	t.Helper()
	created := map[string]*docx.Block{}
	var top []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		reqs++
		var r request
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("request %d: %v", reqs, err)
		}
		where := fmt.Sprintf("request %d", reqs)
		if r.Body.Index != -1 {
			t.Errorf("%s: index %d, want -1 (append)", where, r.Body.Index)
		}
		var images, users, docs int
		here := map[string]*docx.Block{}
		for i := range r.Body.Descendants {
			b := &r.Body.Descendants[i]
			if _, dup := created[b.BlockID]; dup || here[b.BlockID] != nil {
				t.Fatalf("%s: block %s created twice", where, b.BlockID)
			}
			here[b.BlockID] = b
			if b.BlockType == docx.BlockImage {
				images++
				if b.Image.Token != "" || b.Image.Width != 0 {
					t.Errorf("%s: image %s carries read-only token or size", where, b.BlockID)
				}
			}
			if b.Table != nil && b.Table.Property != nil && b.Table.Property.MergeInfo != nil {
				t.Errorf("%s: table %s carries merge_info", where, b.BlockID)
			}
			if txt := b.TextOf(); txt != nil {
				for _, el := range txt.Elements {
					if el.MentionUser != nil {
						users++
					}
					if el.MentionDoc != nil {
						docs++
					}
				}
			}
		}
		if n := len(r.Body.Descendants); !overLimits && n > 1000 || images > 20 || users > 200 || docs > 200 {
			t.Errorf("%s: over the limits: %d blocks, %d images, %d user and %d doc mentions", where, n, images, users, docs)
		}
		// Every carried block is a listed root or a child of a carried block.
		owned := map[string]bool{}
		for _, id := range r.Body.ChildrenID {
			if here[id] == nil {
				t.Fatalf("%s: children_id %s is not among the descendants", where, id)
			}
			owned[id] = true
		}
		for _, b := range here {
			for _, c := range b.Children {
				if here[c] == nil {
					t.Fatalf("%s: block %s names child %s that the request does not carry", where, b.BlockID, c)
				}
				owned[c] = true
			}
		}
		for id := range here {
			if !owned[id] {
				t.Errorf("%s: block %s hangs from nothing", where, id)
			}
		}
		for id, b := range here {
			created[id] = b
		}
		if r.BlockID == "" {
			top = append(top, r.Body.ChildrenID...)
		} else if p := created[r.BlockID]; p == nil || here[r.BlockID] != nil {
			t.Fatalf("%s: target %s was not created by an earlier request", where, r.BlockID)
		} else {
			p.Children = append(p.Children, r.Body.ChildrenID...)
		}
	}
	var walk func(ids []string, depth int)
	walk = func(ids []string, depth int) {
		for _, id := range ids {
			b := created[id]
			line := strings.Repeat("  ", depth) + b.BlockType.String()
			if txt := b.TextOf(); txt != nil && len(txt.Elements) > 0 && txt.Elements[0].TextRun != nil {
				line += " " + txt.Elements[0].TextRun.Content
			}
			tree = append(tree, line)
			walk(b.Children, depth+1)
		}
	}
	walk(top, 0)
	return tree, reqs
}

// shape is the tree the convert shape holds, in replay's form.
func shape(t *testing.T, doc *model.Document) []string {
	t.Helper()
	out, _, err := todocx.Write(doc)
	if err != nil {
		t.Fatal(err)
	}
	in, err := docx.Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	var warns diag.List
	tr := docx.BuildTree(in, &warns)
	var lines []string
	var walk func(ns []*docx.Node, depth int)
	walk = func(ns []*docx.Node, depth int) {
		for _, n := range ns {
			line := strings.Repeat("  ", depth) + n.Block.BlockType.String()
			if txt := n.Block.TextOf(); txt != nil && len(txt.Elements) > 0 && txt.Elements[0].TextRun != nil {
				line += " " + txt.Elements[0].TextRun.Content
			}
			lines = append(lines, line)
			walk(n.Children, depth+1)
		}
	}
	walk(tr.Top, 0)
	return lines
}

func para(s string) *model.Paragraph {
	return &model.Paragraph{Inlines: model.Inlines{&model.Text{Value: s}}}
}

func paras(prefix string, n int) model.Blocks {
	bs := make(model.Blocks, n)
	for i := range bs {
		bs[i] = para(fmt.Sprintf("%s%d", prefix, i))
	}
	return bs
}

func table(rows, cols, parasPerCell int) *model.Table {
	t := &model.Table{}
	for r := 0; r < rows; r++ {
		var row model.TableRow
		for c := 0; c < cols; c++ {
			row.Cells = append(row.Cells, model.TableCell{Blocks: paras(fmt.Sprintf("r%dc%d.", r, c), parasPerCell)})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func TestDescendants(t *testing.T) {
	mention := func(i int) model.Block {
		return &model.Paragraph{Inlines: model.Inlines{&model.Mention{Kind: model.MentionUser, UserID: fmt.Sprintf("ou_%d", i)}}}
	}
	var mentions model.Blocks
	for i := 0; i < 450; i++ {
		mentions = append(mentions, mention(i))
	}
	var images model.Blocks
	for i := 0; i < 45; i++ {
		images = append(images, &model.Image{URL: fmt.Sprintf("https://example.com/%d.png", i)})
	}
	bigItem := &model.List{Items: []model.ListItem{{Blocks: append(model.Blocks{para("item")}, paras("nested", 1500)...)}}}
	cases := []struct {
		name     string
		blocks   model.Blocks
		requests int
		warning  string // a substring one warning must hold
	}{
		{"small document in one request", paras("p", 10), 1, ""},
		{"2500 paragraphs in three requests", paras("p", 2500), 3, ""},
		{"450 user mentions, at most 200 a request", mentions, 3, ""},
		{"45 images, at most 20 a request", images, 3, "images are created empty"},
		{"a list item with 1500 children is split under it", model.Blocks{para("before"), bigItem, para("after")}, 4, ""},
		// 201 blocks of table and cells with their first paragraphs, 798
		// more paragraphs fill 42 cells and part of the 43rd; each of the
		// other 58 cells gets a request for the rest of its content.
		{"a table whose cells' content does not fit", model.Blocks{table(10, 10, 20)}, 59, ""},
		{"a table too big for any request", model.Blocks{table(30, 30, 1)}, 1, "exceed the API's limits per request"},
		{"merged cells", model.Blocks{&model.Table{Rows: []model.TableRow{
			{Cells: []model.TableCell{{ColSpan: 2, Blocks: model.Blocks{para("wide")}}}},
			{Cells: []model.TableCell{{Blocks: model.Blocks{para("a")}}, {Blocks: model.Blocks{para("b")}}}},
		}}}, 1, "merge them afterwards"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := &model.Document{Blocks: c.blocks}
			out, warns, err := todocx.Write(doc, todocx.WithDescendants())
			if err != nil {
				t.Fatal(err)
			}
			got, n := replay(t, out, strings.Contains(c.warning, "limits"))
			if n != c.requests {
				t.Errorf("%d requests, want %d", n, c.requests)
			}
			if diff := cmp.Diff(shape(t, doc), got); diff != "" {
				t.Errorf("the requests build another tree than the blocks (-want +got):\n%s", diff)
			}
			found := c.warning == ""
			for _, w := range warns {
				found = found || strings.Contains(w.Detail, c.warning)
			}
			if !found {
				t.Errorf("no warning says %q; got %v", c.warning, warns)
			}
		})
	}
}

// A subtree that fits is never split, even when that leaves a request
// short of the limit.
func TestDescendantsKeepSubtrees(t *testing.T) {
	item := func(n int) *model.List {
		return &model.List{Items: []model.ListItem{{Blocks: append(model.Blocks{para("item")}, paras("c", n)...)}}}
	}
	doc := &model.Document{Blocks: model.Blocks{item(600), item(600)}}
	out, _, err := todocx.Write(doc, todocx.WithDescendants())
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20)
	var sizes []int
	for sc.Scan() {
		var r request
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, len(r.Body.Descendants))
	}
	if diff := cmp.Diff([]int{601, 601}, sizes); diff != "" {
		t.Errorf("request sizes (-want +got):\n%s", diff)
	}
}

// Blocks and elements the API only ever returns are not sent back to it.
func TestDescendantsLeaveOutReadOnly(t *testing.T) {
	doc := &model.Document{Blocks: model.Blocks{
		para("kept"),
		&model.Raw{Format: "docx", Content: `[{"block_id":"u","block_type":999,"undefined":{}}]`},
		&model.Paragraph{Inlines: model.Inlines{&model.Text{Value: "x"}, &model.RawInline{Format: "docx", Content: `{"inline_block":{"block_id":"b"}}`}}},
	}}
	out, warns, err := todocx.Write(doc, todocx.WithDescendants())
	if err != nil {
		t.Fatal(err)
	}
	got, _ := replay(t, out, false)
	if diff := cmp.Diff([]string{"text kept", "text x"}, got); diff != "" {
		t.Errorf("tree (-want +got):\n%s", diff)
	}
	if strings.Contains(string(out), "inline_block") {
		t.Errorf("an inline_block element was sent: %s", out)
	}
	if len(warns) != 2 {
		t.Errorf("want 2 warnings for what was left out, got %v", warns)
	}
}
