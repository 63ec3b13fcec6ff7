package golden_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/richtext-go/richtext"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/model"
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
	}
	g.Assert(t, "warnings", []byte(report.String()))
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
