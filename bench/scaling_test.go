package bench

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/richtext-go/richtext"
)

// Scaling inputs: a base document and one ten times its size, for every
// reader and every path. Cost should grow linearly: 10x the input at most
// about 11x the time.
type scaled struct {
	name     string
	from, to richtext.Format
	x1, x10  []byte
}

var (
	scaleOnce sync.Once
	scales    []scaled
	scaleErr  error
)

func scalingInputs(b *testing.B) []scaled {
	in := inputs(b)
	scaleOnce.Do(func() {
		md1 := MarkdownPrefix(in.Markdown, 100<<10)
		md10 := Repeat(md1, 10)
		html1, html10 := GoldmarkHTML(md1), GoldmarkHTML(md10)
		docx1, err := json.Marshal(DocxList(DocxBlocks / 10))
		if err != nil {
			scaleErr = err
			return
		}
		okr1, err := json.Marshal(OKRContent(OKRParagraphs / 10))
		if err != nil {
			scaleErr = err
			return
		}
		okrMD1, _, err := richtext.Convert(okr1, richtext.OKR, richtext.Markdown)
		if err != nil {
			scaleErr = err
			return
		}
		okrMD10, _, err := richtext.Convert(in.OKR, richtext.OKR, richtext.Markdown)
		if err != nil {
			scaleErr = err
			return
		}
		scales = []scaled{
			{"MarkdownToHTML", richtext.Markdown, richtext.HTML, md1, md10},
			{"MarkdownToMarkdown", richtext.Markdown, richtext.Markdown, md1, md10},
			{"HTMLToMarkdown", richtext.HTML, richtext.Markdown, html1, html10},
			{"DocxToMarkdown", richtext.Docx, richtext.Markdown, docx1, in.Docx},
			{"MarkdownToDocx", richtext.Markdown, richtext.Docx, md1, md10},
			{"OKRToMarkdown", richtext.OKR, richtext.Markdown, okr1, in.OKR},
			{"MarkdownToOKR", richtext.Markdown, richtext.OKR, okrMD1, okrMD10},
		}
	})
	if scaleErr != nil {
		b.Fatal(scaleErr)
	}
	return scales
}

func BenchmarkScaling(b *testing.B) {
	for _, s := range scalingInputs(b) {
		b.Run(s.name+"/1x", func(b *testing.B) { run(b, s.x1, ours(s.from, s.to)) })
		b.Run(s.name+"/10x", func(b *testing.B) { run(b, s.x10, ours(s.from, s.to)) })
	}
}

// BenchmarkRead measures each reader alone at both sizes.
func BenchmarkRead(b *testing.B) {
	read := func(from richtext.Format) func([]byte) error {
		return func(in []byte) error { _, _, err := richtext.Read(in, from); return err }
	}
	seen := map[richtext.Format]bool{}
	for _, s := range scalingInputs(b) {
		if seen[s.from] {
			continue
		}
		seen[s.from] = true
		b.Run(string(s.from)+"/1x", func(b *testing.B) { run(b, s.x1, read(s.from)) })
		b.Run(string(s.from)+"/10x", func(b *testing.B) { run(b, s.x10, read(s.from)) })
	}
}
