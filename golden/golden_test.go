package golden_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/richtext-go/richtext"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/okr"
	"github.com/sebdah/goldie/v2"
)

// inputs maps an input file name to its format. Each case has exactly one.
var inputs = []struct {
	name   string
	format richtext.Format
}{
	{"in.md", richtext.Markdown},
	{"in.html", richtext.HTML},
	{"in.okr.json", richtext.OKR},
	{"in.docx.json", richtext.Docx},
	{"in.model.json", richtext.JSON},
}

// outputs names the golden file of each writer.
var outputs = map[richtext.Format]string{
	richtext.Markdown: "out.md",
	richtext.HTML:     "out.html",
	richtext.OKR:      "out.okr.json",
	richtext.Docx:     "out.docx.json",
	richtext.Text:     "out.txt",
}

func TestGolden(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) { runCase(t, filepath.Join("testdata", e.Name())) })
	}
}

func runCase(t *testing.T, dir string) {
	var src []byte
	var format richtext.Format
	for _, in := range inputs {
		data, err := os.ReadFile(filepath.Join(dir, in.name))
		if err == nil {
			if src != nil {
				t.Fatalf("%s has more than one input", dir)
			}
			src, format = data, in.format
		}
	}
	if src == nil {
		t.Fatalf("%s has no input (in.md, in.html, in.okr.json, in.docx.json or in.model.json)", dir)
	}
	g := goldie.New(t, goldie.WithFixtureDir(dir), goldie.WithNameSuffix(".golden"))

	doc, warnings, err := richtext.Read(src, format)
	if err != nil {
		t.Fatalf("read %s: %v", format, err)
	}
	var report strings.Builder
	writeWarnings(&report, "read "+string(format), warnings)

	dump, err := model.EncodeJSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	g.Assert(t, "model.json", dump)
	if format == richtext.JSON && !bytes.Equal(src, dump) {
		t.Errorf("model → JSON → model is not the identity for %s", dir)
	}
	if err := model.Validate(doc); err != nil {
		t.Errorf("the reader's document is invalid: %v", err)
	}

	for _, to := range richtext.Writers() {
		name, ok := outputs[to]
		if !ok {
			continue
		}
		out, ws, err := richtext.Write(doc, to)
		if err != nil {
			t.Errorf("write %s: %v", to, err)
			continue
		}
		g.Assert(t, name, out)
		writeWarnings(&report, "write "+string(to), ws)
		if format == richtext.OKR && to == richtext.OKR {
			if in := contentBlock(t, src); !sameJSON(in, out) {
				t.Errorf("OKR → model → OKR is not the identity:\n%s", lineDiff(indentJSON(in), indentJSON(out)))
			}
		}
		// A writer that reports no loss must read back to the same model
		// (metadata aside: it identifies the source, it is not content).
		if len(ws) == 0 && readable(to) {
			back, _, err := richtext.Read(out, to)
			if err != nil {
				t.Errorf("re-read %s: %v", to, err)
				continue
			}
			back.Meta = doc.Meta
			want := dump
			if to == richtext.Docx || to == richtext.OKR {
				// Formats without soft breaks show them as spaces, as they should.
				resolved, _ := model.DecodeJSON(dump)
				model.ResolveSoftBreaks(resolved)
				want, _ = model.EncodeJSON(resolved)
			}
			if again, _ := model.EncodeJSON(back); !bytes.Equal(again, want) {
				t.Errorf("%s output reads back to a different model without a warning:\n%s", to, lineDiff(string(want), string(again)))
			}
		}
	}
	g.Assert(t, "warnings", []byte(report.String()))
}

func readable(f richtext.Format) bool {
	for _, r := range richtext.Readers() {
		if r == f {
			return true
		}
	}
	return false
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			lo, hi := max(0, i-3), min(max(len(al), len(bl)), i+4)
			var out strings.Builder
			for k := lo; k < hi; k++ {
				if k < len(al) {
					out.WriteString("- " + al[k] + "\n")
				}
				if k < len(bl) {
					out.WriteString("+ " + bl[k] + "\n")
				}
			}
			return out.String()
		}
	}
	return ""
}

func writeWarnings(b *strings.Builder, stage string, ws []diag.Warning) {
	b.WriteString(stage)
	b.WriteString(":")
	if len(ws) == 0 {
		b.WriteString(" none\n")
		return
	}
	b.WriteString("\n")
	for _, w := range ws {
		b.WriteString("  ")
		b.WriteString(w.String())
		b.WriteString("\n")
	}
}

// sameJSON reports whether a and b hold the same JSON value.
func sameJSON(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

func indentJSON(data []byte) string {
	var buf bytes.Buffer
	if json.Indent(&buf, data, "", "  ") != nil {
		return string(data)
	}
	return buf.String()
}

// contentBlock returns the content_block inside an OKR input (bare, in a
// body's content, or in an API envelope).
func contentBlock(t *testing.T, src []byte) []byte {
	d, _, err := okr.Decode(src)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	if d.Path != "" {
		for _, k := range strings.Split(d.Path, ".") {
			v = v.(map[string]any)[k]
		}
	}
	out, _ := json.Marshal(v)
	return out
}
