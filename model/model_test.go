package model_test

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/model/modeltest"
)

func roundTrip(t *testing.T, d *model.Document) *model.Document {
	t.Helper()
	data, err := json.Marshal(d)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	back, err := model.DecodeJSON(data)
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, data)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatalf("marshal again: %v", err)
	}
	if string(again) != string(data) {
		t.Errorf("JSON not stable:\n%s\n%s", data, again)
	}
	return back
}

// sameDoc compares through the JSON form, which is exact and much faster
// than cmp on large trees; cmp.Diff explains a difference.
func sameDoc(a, b *model.Document) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}

func TestKitchenSinkHoldsEveryNodeType(t *testing.T) {
	blocks := []model.Block{&model.Paragraph{}, &model.Heading{}, &model.List{}, &model.CodeBlock{}, &model.Quote{},
		&model.Callout{}, &model.Divider{}, &model.Image{}, &model.Gallery{}, &model.Table{}, &model.Grid{},
		&model.Equation{}, &model.Embed{}, &model.Raw{}}
	inlines := []model.Inline{&model.Text{}, &model.Break{}, &model.SoftBreak{}, &model.Mention{}, &model.Math{},
		&model.Reminder{}, &model.InlineImage{}, &model.InlineFile{}, &model.RawInline{}}
	seen := map[string]bool{}
	model.Walk(modeltest.KitchenSink(), func(n model.Node) model.WalkStatus {
		seen[reflect.TypeOf(n).String()] = true
		return model.WalkContinue
	})
	for _, b := range blocks {
		if !seen[reflect.TypeOf(b).String()] {
			t.Errorf("kitchen sink has no %T", b)
		}
	}
	for _, in := range inlines {
		if !seen[reflect.TypeOf(in).String()] {
			t.Errorf("kitchen sink has no %T", in)
		}
	}
	// Every exported field of every node type is set somewhere.
	set := map[string]bool{}
	model.Walk(modeltest.KitchenSink(), func(n model.Node) model.WalkStatus {
		v := reflect.ValueOf(n).Elem()
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				set[v.Type().Name()+"."+v.Type().Field(i).Name] = true
			}
		}
		if tx, ok := n.(*model.Text); ok {
			sv := reflect.ValueOf(tx.Style)
			for i := 0; i < sv.NumField(); i++ {
				if !sv.Field(i).IsZero() {
					set["Style."+sv.Type().Field(i).Name] = true
				}
			}
		}
		return model.WalkContinue
	})
	for _, n := range append(append([]any{}, anySlice(blocks)...), anySlice(inlines)...) {
		typ := reflect.TypeOf(n).Elem()
		for i := 0; i < typ.NumField(); i++ {
			if name := typ.Name() + "." + typ.Field(i).Name; !set[name] {
				t.Errorf("kitchen sink never sets %s", name)
			}
		}
	}
	st := reflect.TypeOf(model.Style{})
	for i := 0; i < st.NumField(); i++ {
		if !set["Style."+st.Field(i).Name] {
			t.Errorf("kitchen sink never sets Style.%s", st.Field(i).Name)
		}
	}
}

func anySlice[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func TestKitchenSinkJSONRoundTrip(t *testing.T) {
	d := modeltest.KitchenSink()
	if err := model.Validate(d); err != nil {
		t.Fatalf("kitchen sink invalid: %v", err)
	}
	back := roundTrip(t, d)
	if diff := cmp.Diff(d, back); diff != "" {
		t.Errorf("model → JSON → model changed the document (-want +got):\n%s", diff)
	}
}

func TestNormalizeIdempotentOnKitchenSink(t *testing.T) {
	d := modeltest.KitchenSink()
	once := roundTrip(t, d)
	model.Normalize(once)
	if diff := cmp.Diff(d, once); diff != "" {
		t.Errorf("Normalize changed a normalized document:\n%s", diff)
	}
}

func TestRandomDocumentsProperties(t *testing.T) {
	for seed := uint64(0); seed < 300; seed++ {
		d := modeltest.Random(rand.New(rand.NewPCG(seed, 1)), 1+int(seed%12))
		if err := model.Validate(d); err != nil {
			t.Fatalf("seed %d: invalid: %v", seed, err)
		}
		back := roundTrip(t, d)
		if !sameDoc(d, back) {
			t.Fatalf("seed %d: JSON round trip (-want +got):\n%s", seed, cmp.Diff(d, back))
		}
		model.Normalize(back)
		if !sameDoc(d, back) {
			t.Fatalf("seed %d: Normalize not idempotent:\n%s", seed, cmp.Diff(d, back))
		}
	}
}

func TestNormalizeRules(t *testing.T) {
	img := &model.InlineImage{URL: "u.png", Alt: "a"}
	d := &model.Document{Meta: map[string]string{}, Blocks: model.Blocks{
		&model.Paragraph{Inlines: model.Inlines{
			&model.Text{Value: "a"}, &model.Text{Value: ""}, nil, &model.Text{Value: "b"},
			&model.Text{Value: "c", Style: model.Style{Bold: true}}, &model.Text{Value: "d", Style: model.Style{Bold: true}},
			&model.Break{}, &model.Text{Value: "e"},
		}},
		nil,
		&model.Paragraph{Inlines: model.Inlines{img}},
		&model.Paragraph{Align: model.AlignCenter, Inlines: model.Inlines{&model.InlineImage{URL: "centered.png"}}},
		&model.Paragraph{Indent: 1, Inlines: model.Inlines{&model.InlineImage{URL: "kept.png"}}},
		&model.Quote{Blocks: model.Blocks{&model.Paragraph{}, &model.Paragraph{}}},
		&model.Quote{Blocks: model.Blocks{&model.Paragraph{}}},
		&model.List{Start: 4, Items: []model.ListItem{{Checked: true}}},
		&model.Table{ColumnAligns: []model.Align{0, 0}, Rows: []model.TableRow{{Cells: []model.TableCell{{RowSpan: 1, ColSpan: 1}}}}},
	}}
	model.Normalize(d)
	want := &model.Document{Blocks: model.Blocks{
		&model.Paragraph{Inlines: model.Inlines{
			&model.Text{Value: "ab"}, &model.Text{Value: "cd", Style: model.Style{Bold: true}}, &model.Break{}, &model.Text{Value: "e"},
		}},
		&model.Image{URL: "u.png", Alt: "a"},
		&model.Image{URL: "centered.png", Align: model.AlignCenter},
		&model.Paragraph{Indent: 1, Inlines: model.Inlines{&model.InlineImage{URL: "kept.png"}}},
		&model.Quote{Container: true, Blocks: model.Blocks{&model.Paragraph{}, &model.Paragraph{}}},
		&model.Quote{Blocks: model.Blocks{&model.Paragraph{}}},
		&model.List{Items: []model.ListItem{{}}},
		&model.Table{Rows: []model.TableRow{{Cells: []model.TableCell{{}}}}},
	}}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("Normalize (-want +got):\n%s", diff)
	}
}

func TestNormalizeMergesManyRunsLinearly(t *testing.T) {
	var ins model.Inlines
	for i := 0; i < 200000; i++ {
		ins = append(ins, &model.Text{Value: "x"})
	}
	out := model.NormalizeInlines(ins)
	if len(out) != 1 || len(out[0].(*model.Text).Value) != 200000 {
		t.Fatalf("got %d runs", len(out))
	}
}

func TestValidateReportsPaths(t *testing.T) {
	d := &model.Document{Blocks: model.Blocks{
		&model.Heading{Level: 12},
		&model.List{Items: []model.ListItem{{Blocks: model.Blocks{nil, &model.Paragraph{Indent: -1}}}}},
		&model.Table{Rows: []model.TableRow{{Cells: []model.TableCell{{RowSpan: -2}}}}},
		&model.Paragraph{Inlines: model.Inlines{&model.Text{Value: "\xff"}, &model.Mention{}}},
		&model.Embed{},
		&model.Image{Width: -3},
	}}
	err := model.Validate(d)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		"blocks[0]: heading level 12 is outside 1–9",
		"blocks[1].items[0].blocks[0]: nil block",
		"blocks[1].items[0].blocks[1]: negative indent -1",
		"blocks[2].rows[0].cells[0]: negative span",
		"blocks[3].inlines[0]: text is not valid UTF-8",
		"blocks[3].inlines[1]: invalid mention kind 0",
		"blocks[4]: embed without a kind",
		"blocks[5].width: size -3 is not a non-negative number",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"blocks":[{"type":"nope"}]}`, `model JSON: blocks[0].type: unknown block type "nope"`},
		{`{"blocks":[{"type":"paragraph","inlines":[{"type":"text","value":"x","style":{"bold":"yes"}}]}]}`,
			`model JSON: blocks[0].inlines[0].style.bold: want a boolean, got a string`},
		{`{"blocks":[{"type":"list","items":[{"blocks":[{"type":"heading","level":"2"}]}]}]}`,
			`model JSON: blocks[0].items[0].blocks[0].level: want a number, got a string`},
		{`{"blocks":[{"type":"paragraph","colour":"red"}]}`, `model JSON: blocks[0].colour: unknown member`},
		{`{"blocks":[{"type":"paragraph","align":"middle"}]}`, `model JSON: blocks[0].align: alignment "middle" is not left, center or right`},
		{`{"blocks":[{"type":"callout","background":"#zz"}]}`, `model JSON: blocks[0].background: color "#zz": invalid hex digit 'z'`},
		{`{"blocks":[{}]}`, `model JSON: blocks[0]: block without a type`},
		{`{"blocks":{}}`, `model JSON: blocks: want an array of blocks, got an object`},
		{`[]`, `model JSON: document: want an object, got an array`},
		{"{\n  \"blocks\": [,]}", `model JSON: line 2, column 14: invalid character ',' looking for beginning of value`},
		{`{} {}`, `model JSON: line 1, column 4: unexpected data after the document`},
		{`{"blocks":[{"type":"table","rows":[{"cells":[{"row_span":1.5}]}]}]}`, `model JSON: blocks[0].rows[0].cells[0].row_span: want an integer, got 1.5`},
	}
	for _, c := range cases {
		_, err := model.DecodeJSON([]byte(c.in))
		if err == nil || err.Error() != c.want {
			t.Errorf("DecodeJSON(%s):\n got %v\nwant %s", c.in, err, c.want)
		}
	}
}

func para(s string) *model.Paragraph {
	return &model.Paragraph{Inlines: model.Inlines{&model.Text{Value: s}}}
}

func flat(level int, kind model.ListKind, number int, s string) model.FlatItem {
	return model.FlatItem{Level: level, Kind: kind, Number: number, Blocks: model.Blocks{para(s)}}
}

func TestNestAndFlatten(t *testing.T) {
	B, O, T := model.BulletItem, model.OrderedItem, model.TaskItem
	cases := []struct {
		name  string
		items []model.FlatItem
		want  string // model.DumpBlocks of the nested result
	}{
		{"simple nesting and dedent", []model.FlatItem{flat(1, B, 0, "a"), flat(2, B, 0, "a1"), flat(2, B, 0, "a2"), flat(1, B, 0, "b")},
			"List bullet\n  Item\n    Paragraph\n      Text \"a\"\n    List bullet\n      Item\n        Paragraph\n          Text \"a1\"\n      Item\n        Paragraph\n          Text \"a2\"\n  Item\n    Paragraph\n      Text \"b\"\n"},
		{"jump 1 to 3", []model.FlatItem{flat(1, O, 1, "a"), flat(3, O, 1, "deep"), flat(1, O, 2, "b")},
			"List ordered start=1\n  Item\n    Paragraph\n      Text \"a\"\n    List ordered start=1\n      Item\n        List ordered start=1\n          Item\n            Paragraph\n              Text \"deep\"\n  Item\n    Paragraph\n      Text \"b\"\n"},
		{"starts at level 2", []model.FlatItem{flat(2, B, 0, "x")},
			"List bullet\n  Item\n    List bullet\n      Item\n        Paragraph\n          Text \"x\"\n"},
		{"kind change at one level", []model.FlatItem{flat(1, B, 0, "b"), flat(1, O, 1, "o"), flat(1, T, 0, "t")},
			"List bullet\n  Item\n    Paragraph\n      Text \"b\"\nList ordered start=1\n  Item\n    Paragraph\n      Text \"o\"\nList bullet\n  Item [ ]\n    Paragraph\n      Text \"t\"\n"},
		{"mixed kinds nested", []model.FlatItem{flat(1, B, 0, "p"), flat(2, O, 1, "o1"), flat(2, B, 0, "b1"), flat(1, B, 0, "q")},
			"List bullet\n  Item\n    Paragraph\n      Text \"p\"\n    List ordered start=1\n      Item\n        Paragraph\n          Text \"o1\"\n    List bullet\n      Item\n        Paragraph\n          Text \"b1\"\n  Item\n    Paragraph\n      Text \"q\"\n"},
		{"numbering restart", []model.FlatItem{flat(1, O, 1, "a"), flat(1, O, 2, "b"), flat(1, O, 1, "c")},
			"List ordered start=1\n  Item\n    Paragraph\n      Text \"a\"\n  Item\n    Paragraph\n      Text \"b\"\nList ordered start=1\n  Item\n    Paragraph\n      Text \"c\"\n"},
		{"start number and continue", []model.FlatItem{flat(1, O, 5, "e"), flat(1, O, 0, "f"), flat(1, O, 7, "g")},
			"List ordered start=5\n  Item\n    Paragraph\n      Text \"e\"\n  Item\n    Paragraph\n      Text \"f\"\n  Item\n    Paragraph\n      Text \"g\"\n"},
		{"nested restarts per parent", []model.FlatItem{flat(1, O, 1, "a"), flat(2, O, 1, "a.1"), flat(2, O, 2, "a.2"), flat(1, O, 2, "b"), flat(2, O, 1, "b.1")},
			"List ordered start=1\n  Item\n    Paragraph\n      Text \"a\"\n    List ordered start=1\n      Item\n        Paragraph\n          Text \"a.1\"\n      Item\n        Paragraph\n          Text \"a.2\"\n  Item\n    Paragraph\n      Text \"b\"\n    List ordered start=1\n      Item\n        Paragraph\n          Text \"b.1\"\n"},
		{"checked tasks", []model.FlatItem{{Level: 1, Kind: T, Checked: true, Blocks: model.Blocks{para("done")}}, flat(1, T, 0, "open")},
			"List bullet\n  Item [x]\n    Paragraph\n      Text \"done\"\n  Item [ ]\n    Paragraph\n      Text \"open\"\n"},
	}
	for _, c := range cases {
		got := model.Nest(c.items)
		if dump := model.DumpBlocks(got); dump != c.want {
			t.Errorf("%s: Nest =\n%s\nwant\n%s", c.name, dump, c.want)
			continue
		}
		// Flatten gives the items back, with explicit numbers.
		var back []model.FlatItem
		for _, b := range got {
			back = append(back, model.Flatten(b.(*model.List), 1)...)
		}
		want := append([]model.FlatItem(nil), c.items...)
		for i := range want {
			if want[i].Kind == O && want[i].Number == 0 {
				want[i].Number = back[i].Number
			}
		}
		if diff := cmp.Diff(want, back); diff != "" {
			t.Errorf("%s: Flatten(Nest) (-want +got):\n%s", c.name, diff)
		}
		if again := model.DumpBlocks(model.Nest(back)); again != c.want {
			t.Errorf("%s: Nest(Flatten(Nest)) differs:\n%s", c.name, again)
		}
	}
}

func TestFlattenContinuation(t *testing.T) {
	l := &model.List{Items: []model.ListItem{{Blocks: model.Blocks{
		para("head"),
		&model.List{Items: []model.ListItem{{Blocks: model.Blocks{para("child")}}}},
		para("tail"),
	}}}}
	got := model.Flatten(l, 1)
	want := []model.FlatItem{
		{Level: 1, Kind: model.BulletItem, Blocks: model.Blocks{para("head")}},
		{Level: 2, Kind: model.BulletItem, Blocks: model.Blocks{para("child")}},
		{Level: 1, Kind: model.Continuation, Blocks: model.Blocks{para("tail")}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Flatten (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(model.Blocks{l}, model.Nest(got)); diff != "" {
		t.Errorf("Nest(Flatten) (-want +got):\n%s", diff)
	}
}

func TestTableGrid(t *testing.T) {
	tb := &model.Table{Rows: []model.TableRow{
		{Cells: []model.TableCell{{RowSpan: 2}, {ColSpan: 2}}},
		{Cells: []model.TableCell{{}, {}}},
		{Cells: []model.TableCell{{ColSpan: 5000}}},
	}}
	g := tb.Grid()
	if g.Rows != 3 || g.Cols != model.MaxColSpan {
		t.Fatalf("grid %dx%d", g.Rows, g.Cols)
	}
	ref := func(r, c int) string {
		x := g.At[r][c]
		if x == nil {
			return "-"
		}
		s := string(rune('0'+x.Row)) + string(rune('0'+x.Index))
		if x.Origin {
			s += "*"
		}
		return s
	}
	var rows []string
	for r := 0; r < 3; r++ {
		rows = append(rows, strings.Join([]string{ref(r, 0), ref(r, 1), ref(r, 2), ref(r, 3)}, " "))
	}
	want := []string{"00* 01* 01 -", "00 10* 11* -", "20* 20 20 20"}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("grid (-want +got):\n%s", diff)
	}
}

func TestWalkStatuses(t *testing.T) {
	d := modeltest.KitchenSink()
	var visited []string
	model.Walk(d, func(n model.Node) model.WalkStatus {
		switch n.(type) {
		case *model.List:
			visited = append(visited, "list")
			return model.WalkSkipChildren
		case *model.ListItem:
			t.Fatal("visited an item of a skipped list")
		case *model.Quote:
			visited = append(visited, "quote")
			return model.WalkStop
		}
		return model.WalkContinue
	})
	if strings.Join(visited, ",") != "list,quote" {
		t.Errorf("visited %v", visited)
	}
}

func TestDepth(t *testing.T) {
	var bs model.Blocks = model.Blocks{para("leaf")}
	for i := 0; i < 50000; i++ {
		bs = model.Blocks{&model.Quote{Blocks: bs}}
	}
	if d := model.Depth(bs); d != 50001 {
		t.Errorf("Depth = %d", d)
	}
	if err := model.Validate(&model.Document{Blocks: bs}); err == nil || !strings.Contains(err.Error(), "deeper than") {
		t.Errorf("Validate on a deep document: %v", err)
	}
}

func TestLanguages(t *testing.T) {
	for alias, want := range map[string]string{
		"golang": "Go", "py": "Python", "sh": "Bash", "yml": "YAML", "C++": "C++", "cpp": "C++",
		"JS": "JavaScript", "objc": "Objective-C", "vb": "Visual Basic", "tex": "LaTeX",
		"plaintext": "PlainText", "mermaid": "mermaid", "": "", "zsh": "zsh",
	} {
		if got := model.CanonicalLanguage(alias); got != want {
			t.Errorf("CanonicalLanguage(%q) = %q, want %q", alias, got, want)
		}
	}
	names := model.Languages()
	if len(names) != 75 {
		t.Fatalf("%d languages", len(names))
	}
	tags := map[string]bool{}
	for _, n := range names {
		tag := model.LanguageTag(n)
		if tags[tag] {
			t.Errorf("tag %q repeated", tag)
		}
		tags[tag] = true
		if back := model.CanonicalLanguage(tag); back != n {
			t.Errorf("%q → %q → %q", n, tag, back)
		}
	}
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	if len(sorted) != len(tags) {
		t.Error("names not unique")
	}
}

func TestDumpKitchenSink(t *testing.T) {
	dump := model.Dump(modeltest.KitchenSink())
	for _, want := range []string{
		`Document title="Kitchen sink 厨房" meta{document_id="doxcnKitchen" revision_id="7"}`,
		`    Text " red" {color=#d83931 bg=#fbbfbc comments="c4,c5"}`,
		`Text " all" {bold italic underline strike link="https://example.com" color=rgba(1, 2, 3, 0.55)}`,
		`  Table header-row header-column widths=[100 200 150] aligns=[left - right]`,
		`      Cell rowspan=2`,
		`  Embed kind="file" attrs{name="a.pdf" token="boxcnFile" view-type="1"}`,
	} {
		if !strings.Contains(dump, want) {
			t.Errorf("dump lacks %q:\n%s", want, dump)
		}
	}
}

// A list whose item holds two paragraphs in a row is loose: Markdown can
// write it no other way, and model.Normalize says so once for every reader.
func TestNormalizeMarksImpliedLooseness(t *testing.T) {
	p := func(s string) *model.Paragraph {
		return &model.Paragraph{Inlines: model.Inlines{&model.Text{Value: s}}}
	}
	two := &model.List{Items: []model.ListItem{{Blocks: model.Blocks{p("a"), p("b")}}}}
	nested := &model.List{Items: []model.ListItem{{Blocks: model.Blocks{p("a"), &model.List{Items: []model.ListItem{{Blocks: model.Blocks{p("b")}}}}}}}}
	doc := &model.Document{Blocks: model.Blocks{two, nested}}
	model.Normalize(doc)
	if !two.Loose || !two.NeedsLoose() {
		t.Error("a list item with two paragraphs is not loose")
	}
	if nested.Loose || nested.NeedsLoose() {
		t.Error("a paragraph followed by a nested list made the list loose")
	}
}

// TestTextSizeAndDepthAgreeWithWalk checks the block-only walks against
// Walk, which visits every node, on the kitchen sink and random documents.
func TestTextSizeAndDepthAgreeWithWalk(t *testing.T) {
	docs := []*model.Document{modeltest.KitchenSink()}
	for seed := range uint64(20) {
		docs = append(docs, modeltest.Random(rand.New(rand.NewPCG(seed, 1)), 60))
	}
	for i, d := range docs {
		want := len(d.Title)
		model.Walk(d, func(n model.Node) model.WalkStatus {
			switch x := n.(type) {
			case *model.Text:
				want += len(x.Value)
			case *model.Math:
				want += len(x.TeX)
			case *model.RawInline:
				want += len(x.Content)
			case *model.Raw:
				want += len(x.Content)
			case *model.Equation:
				want += len(x.TeX)
			}
			return model.WalkContinue
		})
		if got := model.TextSize(d); got != want || want == 0 {
			t.Errorf("doc %d: TextSize %d, Walk counts %d", i, got, want)
		}
	}
	deep := model.Blocks{&model.Quote{Blocks: model.Blocks{
		&model.List{Items: []model.ListItem{{Blocks: model.Blocks{&model.Paragraph{}, &model.Quote{Blocks: model.Blocks{&model.Divider{}}}}}}},
	}}, &model.Paragraph{}}
	if got := model.Depth(deep); got != 4 {
		t.Errorf("Depth = %d, want 4", got)
	}
	if got := model.Depth(nil); got != 0 {
		t.Errorf("Depth(nil) = %d, want 0", got)
	}
}
