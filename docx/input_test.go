package docx_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
)

const twoBlocks = `[{"block_id":"a","block_type":2,"text":{"elements":[]}},{"block_id":"b","block_type":2,"text":{"elements":[]}}]`

func TestDecodeShapes(t *testing.T) {
	cases := []struct {
		name, src  string
		shape      string
		blocks     int
		firstLevel []string
		title      string
		images     map[string]string
	}{
		{"bare array", twoBlocks, "array", 2, nil, "", nil},
		{"bare array with a BOM", "\ufeff" + twoBlocks, "array", 2, nil, "", nil},
		{"list-blocks data", `{"items":` + twoBlocks + `,"has_more":false}`, "items", 2, nil, "", nil},
		{"API envelope", `{"code":0,"msg":"success","data":{"items":` + twoBlocks + `}}`, "items", 2, nil, "", nil},
		{"document with blocks", `{"document":{"document_id":"d","title":"T"},"blocks":` + twoBlocks + `}`, "document", 2, nil, "T", nil},
		{"convert response", `{"first_level_block_ids":["b","a"],"blocks":` + twoBlocks + `,"block_id_to_image_urls":[{"block_id":"a","image_url":"https://x/y.png"}]}`,
			"convert", 2, []string{"b", "a"}, "", map[string]string{"a": "https://x/y.png"}},
		{"convert response in an envelope", `{"code":0,"data":{"first_level_block_ids":["a"],"blocks":` + twoBlocks + `}}`, "convert", 2, []string{"a"}, "", nil},
		{"descendants request", `{"children_id":["a"],"descendants":` + twoBlocks + `,"index":-1}`, "descendants", 2, []string{"a"}, "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := docx.Decode([]byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if in.Shape != c.shape || len(in.Blocks) != c.blocks {
				t.Errorf("shape %q with %d blocks, want %q with %d", in.Shape, len(in.Blocks), c.shape, c.blocks)
			}
			if diff := cmp.Diff(c.firstLevel, in.FirstLevel); diff != "" {
				t.Errorf("first level (-want +got):\n%s", diff)
			}
			title := ""
			if in.Document != nil {
				title = in.Document.Title
			}
			if title != c.title {
				t.Errorf("title %q, want %q", title, c.title)
			}
			if diff := cmp.Diff(c.images, in.ImageURLs); diff != "" {
				t.Errorf("image urls (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"", "docx: empty input"},
		{"   \n", "docx: empty input"},
		{`{"items":[{"block_id":"a",}]}`, "docx: line 1, column 27: invalid character '}' looking for beginning of object key string"},
		{"{\n  \"items\": [\n    {\"block_id\": \"a\"]\n}", "docx: line 3, column 21: invalid character ']' after object key:value pair"},
		{`{"items":[{"block_id":"a","block_type":"text"}]}`, "docx: items[0].block_type: want an integer, got a string"},
		{`{"code":0,"data":{"items":[{"block_id":"a","block_type":2},{"block_id":"b","block_type":2,"text":{"elements":[{"text_run":{"content":"x"}},{"text_run":{"content":5}}]}}]}}`,
			"docx: data.items[1].text.elements[1].text_run.content: want a string, got a number"},
		{`[{"block_id":"a","block_type":2,"text":{"style":{"align":"center"}}}]`, "docx: [0].text.style.align: want an integer, got a string"},
		{`{"items":[1]}`, "docx: items[0]: want an object, got a number"},
		{`{"blocks":{"a":1}}`, "docx: blocks: want an array, got an object"},
		{`{"code":99991663,"msg":"Invalid access token"}`, "docx: the API answered code 99991663: Invalid access token"},
		{`{"code":0,"data":{}}`, "docx: data: no blocks: want items, blocks, descendants or data"},
		{`{"title":"x"}`, "docx: no blocks: want items, blocks, descendants or data"},
		{`"text"`, "docx: the input: want an object, got a string"},
	}
	for _, c := range cases {
		_, err := docx.Decode([]byte(c.src))
		if err == nil {
			t.Errorf("Decode(%q): no error, want %q", c.src, c.want)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("Decode(%q):\n got %q\nwant %q", c.src, err, c.want)
		}
	}
}

// shapeOf renders a tree as "id(child child)" for comparison.
func shapeOf(ns []*docx.Node) string {
	var parts []string
	for _, n := range ns {
		s := n.Block.BlockID
		if len(n.Children) > 0 {
			s += "(" + shapeOf(n.Children) + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestBuildTree(t *testing.T) {
	cases := []struct {
		name, src string
		tree      string
		warnings  []string
	}{
		{"page with children in order",
			`[{"block_id":"p","block_type":1,"children":["b","a"],"page":{}},{"block_id":"a","block_type":2,"parent_id":"p"},{"block_id":"b","block_type":2,"parent_id":"p","children":["c"]},{"block_id":"c","block_type":2,"parent_id":"b"}]`,
			"b(c) a", nil},
		{"convert shape: first-level ids give the order",
			`{"first_level_block_ids":["b","a"],"blocks":[{"block_id":"c","block_type":2,"parent_id":"a"},{"block_id":"a","block_type":2,"children":["c"]},{"block_id":"b","block_type":2}]}`,
			"b a(c)", nil},
		{"no page: blocks without a parent are the top",
			`[{"block_id":"a","block_type":2,"children":["b"]},{"block_id":"b","block_type":2,"parent_id":"a"},{"block_id":"c","block_type":2}]`,
			"a(b) c", nil},
		{"dangling child id",
			`[{"block_id":"a","block_type":2,"children":["zz","b"]},{"block_id":"b","block_type":2,"parent_id":"a"}]`,
			"a(b)", []string{`recovered: block a: child "zz" is not in the input; skipped`}},
		{"duplicate id",
			`[{"block_id":"a","block_type":2},{"block_id":"a","block_type":3}]`,
			"a", []string{"recovered: block a: block id repeated (blocks 0 and 1); the later block is ignored"}},
		{"a block that is its own child",
			`[{"block_id":"a","block_type":2,"children":["a"]}]`,
			"a", []string{"recovered: block a: block is reached a second time (a cycle or a shared child); kept at its first place"}},
		{"a cycle of two",
			`[{"block_id":"a","block_type":2,"children":["b"]},{"block_id":"b","block_type":2,"parent_id":"a","children":["a"]}]`,
			"a(b)", []string{"recovered: block a: block is reached a second time (a cycle or a shared child); kept at its first place"}},
		{"a cycle no root reaches",
			`[{"block_id":"r","block_type":2},{"block_id":"a","block_type":2,"parent_id":"b","children":["b"]},{"block_id":"b","block_type":2,"parent_id":"a","children":["a"]}]`,
			"r a(b)", []string{
				"recovered: block a: block is not reachable from the document; added at its end",
				"recovered: block a: block is reached a second time (a cycle or a shared child); kept at its first place"}},
		{"a child shared by two parents",
			`[{"block_id":"a","block_type":2,"children":["c"]},{"block_id":"b","block_type":2,"children":["c"]},{"block_id":"c","block_type":2,"parent_id":"a"}]`,
			"a(c) b", []string{"recovered: block c: block is reached a second time (a cycle or a shared child); kept at its first place"}},
		{"parent_id disagrees with the children list",
			`[{"block_id":"a","block_type":2,"children":["c"]},{"block_id":"b","block_type":2},{"block_id":"c","block_type":2,"parent_id":"b"}]`,
			"a(c) b", []string{`recovered: block c: parent_id is "b" but block "a" lists it as a child; the children list wins`}},
		{"a block its parent does not list",
			`[{"block_id":"p","block_type":1,"children":["a"],"page":{}},{"block_id":"a","block_type":2,"parent_id":"p"},{"block_id":"b","block_type":2,"parent_id":"a"}]`,
			"a(b)", []string{"recovered: block b: block is not among its parent's children; added at the end of them"}},
		{"a second page block",
			`[{"block_id":"p","block_type":1,"children":["a"],"page":{}},{"block_id":"a","block_type":2,"parent_id":"p"},{"block_id":"q","block_type":1,"page":{}}]`,
			"a q", []string{
				"recovered: block q: a second page block is read as ordinary content",
				"recovered: block q: block is not reachable from the document; added at its end"}},
		{"a first-level id that is missing",
			`{"first_level_block_ids":["a","x"],"blocks":[{"block_id":"a","block_type":2}]}`,
			"a", []string{"recovered: block x: a first-level block id is not in the input; skipped"}},
		{"table cells listed only in the table payload",
			`[{"block_id":"t","block_type":31,"table":{"cells":["c1","c2"],"property":{"row_size":1,"column_size":2}}},{"block_id":"c1","block_type":32,"parent_id":"t","table_cell":{}},{"block_id":"c2","block_type":32,"parent_id":"t","table_cell":{}}]`,
			"t(c1 c2)", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := docx.Decode([]byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			var warns diag.List
			tree := docx.BuildTree(in, &warns)
			if got := shapeOf(tree.Top); got != c.tree {
				t.Errorf("tree %q, want %q", got, c.tree)
			}
			var got []string
			for _, w := range warns.Warnings() {
				got = append(got, w.String())
			}
			if diff := cmp.Diff(c.warnings, got); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

// A chain of 100,000 blocks, each the child of the one before, builds
// without recursion.
func TestBuildTreeDeepChain(t *testing.T) {
	const n = 100000
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"block_id":"b` + itoa(i) + `","block_type":2`)
		if i > 0 {
			b.WriteString(`,"parent_id":"b` + itoa(i-1) + `"`)
		}
		if i < n-1 {
			b.WriteString(`,"children":["b` + itoa(i+1) + `"]`)
		}
		b.WriteString(`}`)
	}
	b.WriteByte(']')
	in, err := docx.Decode([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var warns diag.List
	tree := docx.BuildTree(in, &warns)
	depth := 0
	for ns := tree.Top; len(ns) > 0; ns = ns[0].Children {
		depth++
	}
	if depth != n || warns.Len() != 0 {
		t.Errorf("depth %d with %d warnings, want %d and none", depth, warns.Len(), n)
	}
}

func itoa(i int) string {
	const digits = "0123456789"
	if i == 0 {
		return "0"
	}
	var buf [20]byte
	p := len(buf)
	for ; i > 0; i /= 10 {
		p--
		buf[p] = digits[i%10]
	}
	return string(buf[p:])
}
