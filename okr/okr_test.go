package okr_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/okr"
)

const para = `{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"hi","style":{}}}]}}`

func TestDecodeShapes(t *testing.T) {
	cases := []struct {
		name, src, path string
		version         okr.Version
	}{
		{"bare content_block", `{"blocks":[` + para + `]}`, "", okr.V1},
		{"a request body", `{"content":{"blocks":[` + para + `]},"progress_rate":{"percent":50}}`, "content", okr.V1},
		{"an API envelope", `{"code":0,"msg":"success","data":{"content":{"blocks":[` + para + `]},"progress_id":"1"}}`, "data.content", okr.V1},
		{"v2", `{"blocks":[{"block_element_type":"paragraph","paragraph":{"elements":[{"paragraph_element_type":"textRun","text_run":{"text":"hi"}}]}}]}`, "", okr.V2},
		{"no blocks at all", `{"blocks":[]}`, "", okr.V1},
		{"a BOM", "\ufeff" + `{"blocks":[]}`, "", okr.V1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, warns, err := okr.Decode([]byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(warns) > 0 {
				t.Errorf("warnings: %v", warns)
			}
			if d.Path != c.path || d.Version != c.version {
				t.Errorf("path %q version %v, want %q %v", d.Path, d.Version, c.path, c.version)
			}
			if len(d.Content.Blocks) > 0 && d.Content.Blocks[0].Paragraph.Elements[0].TextRun.Text != "hi" {
				t.Errorf("content: %+v", d.Content)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{``, "okr: empty input"},
		{`[1]`, "okr: want a JSON object (a content_block, a body holding content, or an API envelope)"},
		{`{"blocks":[{"type":"paragraph",}]}`, "okr: line 1, column 32: invalid character '}' looking for beginning of object key string"},
		{`{"blocks":[` + para + `,{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":7}}]}}]}`,
			"okr: blocks[1].paragraph.elements[0].textRun.text: want a string, got a number"},
		{`{"content":{"blocks":[{"type":"paragraph","paragraph":{"style":{"list":{"type":"number","indentLevel":"one"}}}}]}}`,
			"okr: content.blocks[0].paragraph.style.list.indentLevel: want an integer, got a string"},
		{`{"code":1001002,"msg":"No permission."}`, "okr: the API answered code 1001002: No permission."},
		{`{"code":0,"data":{"progress_id":"1"}}`, "okr: data: no content_block: want blocks, content or data"},
		{`{"blocks":[{"type":"paragraph"},{"block_element_type":"paragraph"}]}`, "okr: blocks[1]: a v2 block among v1 blocks"},
		{`{"blocks":[{"type":"gallery","gallery":{"imageList":[{"width":"wide"}]}}]}`, "okr: blocks[0].gallery.imageList[0].width: want a number, got a string"},
	}
	for _, c := range cases {
		_, _, err := okr.Decode([]byte(c.src))
		if err == nil {
			t.Errorf("%s: no error", c.src)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.src, err, c.want)
		}
	}
}

// Values out of range are clamped and reported with their path; unknown
// types are kept as raw JSON.
func TestDecodeValidation(t *testing.T) {
	src := `{"content":{"blocks":[
	{"type":"paragraph","paragraph":{"style":{"list":{"type":"bullet","indentLevel":20}},"elements":[
		{"type":"textRun","textRun":{"text":"x","style":{"textColor":{"red":300,"green":-1,"blue":0,"alpha":1.5}}}},
		{"type":"sticker","sticker":{"id":"s"}}]}},
	{"type":"paragraph","paragraph":{"style":{"list":{"type":"roman","indentLevel":1}},"elements":[]}},
	{"type":"video","video":{"src":"v.mp4"}},
	{"type":"paragraph"}]}}`
	d, warns, err := okr.Decode([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warns {
		got = append(got, w.String())
	}
	want := []string{
		"recovered: content.blocks[0].paragraph.style.list.indentLevel: indent level 20 is outside 1–16; read as 16",
		"recovered: content.blocks[0].paragraph.elements[0].textRun.style.textColor.red: 300 is outside 0–255; read as 255",
		"recovered: content.blocks[0].paragraph.elements[0].textRun.style.textColor.green: -1 is outside 0–255; read as 0",
		"recovered: content.blocks[0].paragraph.elements[0].textRun.style.textColor.alpha: 1.5 is outside 0–1; read as 1",
		`recovered: content.blocks[0].paragraph.elements[1]: element type "sticker" is not one this reader knows; kept as raw OKR JSON`,
		`recovered: content.blocks[1].paragraph.style.list.type: list type "roman" is not one this reader knows; read as a plain paragraph`,
		`recovered: content.blocks[2]: block type "video" is not one this reader knows; kept as raw OKR JSON`,
		"recovered: content.blocks[3]: a paragraph block without its paragraph; read as empty",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	c := d.Content.Blocks[0].Paragraph.Elements[0].TextRun.Style.TextColor
	if *c != (okr.Color{Red: 255, Green: 0, Blue: 0, Alpha: 1}) {
		t.Errorf("clamped color %+v", *c)
	}
	if got := string(d.Content.Blocks[2].Raw); got != `{"type":"video","video":{"src":"v.mp4"}}` {
		t.Errorf("raw block %s", got)
	}
	// Raw blocks and elements are written back as they came.
	out, err := json.Marshal(d.Content)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`{"type":"video","video":{"src":"v.mp4"}}`, `{"type":"sticker","sticker":{"id":"s"}}`} {
		if !strings.Contains(string(out), s) {
			t.Errorf("%s is not in the output %s", s, out)
		}
	}
}

// v2 indents from 0; ToV1 and ToV2 shift the level and rename a mention.
func TestV2Conversion(t *testing.T) {
	src := `{"blocks":[{"block_element_type":"paragraph","paragraph":{"style":{"list":{"list_type":"number","indent_level":0,"number":3}},
		"elements":[{"paragraph_element_type":"mention","mention":{"user_id":"ou_1"}},
		{"paragraph_element_type":"textRun","text_run":{"text":"<b>","style":{"strike_through":true,"text_color":{"red":1,"green":2,"blue":3,"alpha":0.5}}}}]}},
		{"block_element_type":"gallery","gallery":{"images":[{"file_token":"box","width":1.5}]}}]}`
	d, warns, err := okr.Decode([]byte(src))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	p := d.Content.Blocks[0].Paragraph
	if p.Style.List.IndentLevel != 1 || p.Style.List.Number != 3 || p.Elements[0].Person.OpenID != "ou_1" || !p.Elements[1].TextRun.Style.StrikeThrough {
		t.Errorf("v1 form: %+v", p)
	}
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d.Content.ToV2()); err != nil {
		t.Fatal(err)
	}
	back := []byte(buf.String())
	var a, b any
	_ = json.Unmarshal([]byte(src), &a)
	_ = json.Unmarshal(back, &b)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("v2 → v1 → v2 (-want +got):\n%s", diff)
	}
	if !strings.Contains(string(back), `"<b>"`) {
		t.Errorf("text is HTML-escaped: %s", back)
	}
}

func TestProgressRecordBodies(t *testing.T) {
	pct, status := 50.216, okr.StatusRisk
	c := &okr.ProgressRecordCreate{SourceTitle: "周报", SourceURL: "https://example.com/r/1", TargetID: "7041857032248410131",
		TargetType: okr.TargetKeyResult, Content: &okr.Content{Blocks: []okr.Block{}}, ProgressRate: &okr.ProgressRate{Percent: &pct, Status: &status}}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if pct != 50.22 {
		t.Errorf("percent rounded to %g, want 50.22", pct)
	}
	out, _ := json.Marshal(c)
	want := `{"source_title":"周报","source_url":"https://example.com/r/1","target_id":"7041857032248410131","target_type":3,"content":{"blocks":[]},"progress_rate":{"percent":50.22,"status":1}}`
	if string(out) != want {
		t.Errorf("body\n%s\nwant\n%s", out, want)
	}
	bad := &okr.ProgressRecordCreate{SourceURL: "ftp://x", TargetType: 4, ProgressRate: &okr.ProgressRate{Status: new(int)}}
	*bad.ProgressRate.Status = 5
	err := bad.Validate()
	for _, s := range []string{"source_title: required", `source_url: "ftp://x" does not start with http:// or https://`,
		"target_id: required", "target_type: 4 is neither 2 (objective) nor 3 (key result)", "progress_rate.status: 5 is not"} {
		if err == nil || !strings.Contains(err.Error(), s) {
			t.Errorf("error %v does not say %q", err, s)
		}
	}
	if err := (&okr.ProgressRecordUpdate{}).Validate(); err == nil {
		t.Error("an update without content is accepted")
	}
	huge := 1e12
	if err := (&okr.ProgressRecordUpdate{Content: &okr.Content{}, ProgressRate: &okr.ProgressRate{Percent: &huge}}).Validate(); err == nil {
		t.Error("a percent beyond the API's range is accepted")
	}
}

func TestMetricPercent(t *testing.T) {
	cases := []struct{ initial, current, target, want float64 }{
		{1, 2, 3, 50}, {0, 0, 10, 0}, {0, 10, 10, 100}, {0, 12, 10, 120}, {100, 80, 60, 50}, {0, 1, 3, 33.33},
	}
	for _, c := range cases {
		got, err := okr.MetricPercent(c.initial, c.current, c.target)
		if err != nil || got != c.want {
			t.Errorf("MetricPercent(%g, %g, %g) = %g, %v; want %g", c.initial, c.current, c.target, got, err, c.want)
		}
	}
	if _, err := okr.MetricPercent(5, 5, 5); !errors.Is(err, okr.ErrStartEqualsTarget) {
		t.Errorf("initial == target: %v", err)
	}
	one := 1.0
	if err := (&okr.MetricItemUpdate{MetricInitialValue: &one, MetricTargetValue: &one}).Validate(); !errors.Is(err, okr.ErrStartEqualsTarget) {
		t.Errorf("the update body with initial == target: %v", err)
	}
}
