package todocx_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/fromdocx"
	"github.com/richtext-go/richtext/todocx"
)

const corpus = "../../shared/corpora/feishu2md/testdata"

// canon is a block reduced to what a round trip must keep: its type, its
// payload (text styles and elements, with adjacent runs of one style
// merged, since Feishu splits runs as it likes) and its children, ids aside.
type canon struct {
	Type     docx.BlockType
	Payload  string
	Children []canon
}

func canonTree(t *testing.T, data []byte) []canon {
	t.Helper()
	in, err := docx.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	var warns diag.List
	tree := docx.BuildTree(in, &warns)
	if warns.Len() > 0 {
		t.Errorf("tree warnings: %v", warns.Warnings())
	}
	var walk func(ns []*docx.Node) []canon
	walk = func(ns []*docx.Node) []canon {
		var out []canon
		for i, n := range ns {
			start := i == 0 || ns[i-1].Block.BlockType != docx.BlockOrdered
			out = append(out, canon{Type: n.Block.BlockType, Payload: payload(n.Block, start), Children: walk(n.Children)})
		}
		return out
	}
	return walk(tree.Top)
}

// payload is b's JSON without ids. groupStart says b begins a run of
// siblings; an ordered block there starts at 1 whether or not it says so.
func payload(b *docx.Block, groupStart bool) string {
	c := *b
	c.BlockID, c.ParentID, c.Children, c.Divider = "", "", nil, nil
	if b.BlockType == docx.BlockDivider {
		c.Divider = &docx.Empty{}
	}
	if c.Table != nil {
		tb := *c.Table
		tb.Cells = nil
		if tb.Property != nil {
			p := *tb.Property
			plain := true
			for _, m := range p.MergeInfo {
				plain = plain && m.RowSpan == 1 && m.ColSpan == 1
			}
			if plain {
				p.MergeInfo = nil
			}
			tb.Property = &p
		}
		c.Table = &tb
	}
	if t := c.TextOf(); t != nil {
		t = canonText(t)
		if groupStart && b.BlockType == docx.BlockOrdered && t.Style != nil && t.Style.Sequence == "1" {
			st := *t.Style
			st.Sequence = ""
			t.Style = &st
			if st == (docx.TextStyle{}) {
				t.Style = nil
			}
		}
		c.SetText(t)
	}
	data, _ := json.Marshal(c)
	return string(data)
}

func canonText(t *docx.Text) *docx.Text {
	out := &docx.Text{Style: t.Style}
	if out.Style != nil && out.Style.Align == docx.AlignLeft {
		// Left is the default alignment; the reader does not keep it.
		st := *out.Style
		st.Align = 0
		out.Style = &st
	}
	if out.Style != nil && *out.Style == (docx.TextStyle{}) {
		out.Style = nil
	}
	for _, el := range t.Elements {
		e := *el
		if e.TextRun != nil {
			run := *e.TextRun
			if s := run.TextElementStyle; s != nil && isEmpty(s) {
				run.TextElementStyle = nil
			}
			if s := run.TextElementStyle; s != nil && s.Link != nil {
				u, _ := docx.DecodeURL(s.Link.URL)
				cp := *s
				cp.Link = &docx.Link{URL: u}
				run.TextElementStyle = &cp
			}
			if n := len(out.Elements); n > 0 {
				if prev := out.Elements[n-1].TextRun; prev != nil && sameJSON(prev.TextElementStyle, run.TextElementStyle) {
					merged := *prev
					merged.Content += run.Content
					out.Elements[n-1] = &docx.TextElement{TextRun: &merged}
					continue
				}
			}
			e.TextRun = &run
		}
		if e.MentionDoc != nil {
			m := *e.MentionDoc
			m.URL, _ = docx.DecodeURL(m.URL)
			e.MentionDoc = &m
		}
		out.Elements = append(out.Elements, &e)
	}
	return out
}

func isEmpty(s *docx.TextElementStyle) bool {
	data, _ := json.Marshal(s)
	return string(data) == "{}"
}

func sameJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

func TestCorpusRoundTrip(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus, "*.json"))
	if len(files) == 0 {
		t.Skip("the feishu2md corpus is absent (../shared/corpora); skipping")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, rw, err := fromdocx.Read(src)
			if err != nil {
				t.Fatal(err)
			}
			if len(rw) > 0 {
				t.Errorf("read warnings: %v", rw)
			}
			out, ww, err := todocx.Write(doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range ww {
				if w.Path != "title" && w.Path != "meta" {
					t.Errorf("write warning: %v", w)
				}
			}
			want, got := canonTree(t, src), canonTree(t, out)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Docx → model → Docx changed the blocks (-want +got):\n%s", diff)
			}
			// The title is carried by a page block when asked for.
			paged, _, _ := todocx.Write(doc, todocx.WithPage())
			if back, _, err := fromdocx.Read(paged); err != nil || back.Title != doc.Title {
				t.Errorf("WithPage: title %q, %v; want %q", back.Title, err, doc.Title)
			}
		})
	}
}
