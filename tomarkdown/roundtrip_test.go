package tomarkdown_test

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/frommarkdown"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/model/modeltest"
	"github.com/richtext-go/richtext/tomarkdown"
)

func sameDoc(a, b *model.Document) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

// plainSpaces makes bold and italic on spaces and line breaks equal to none: the writer
// moves spaces out of emphasis where delimiters cannot hold them, which
// does not show. Applied to both sides of a comparison.
func plainSpaces(doc *model.Document) {
	model.Walk(doc, func(n model.Node) model.WalkStatus {
		switch n := n.(type) {
		case *model.Paragraph:
			n.Inlines = splitSpaces(n.Inlines)
		case *model.Heading:
			n.Inlines = splitSpaces(n.Inlines)
		}
		return model.WalkContinue
	})
	model.Normalize(doc)
}

func splitSpaces(ins model.Inlines) model.Inlines {
	var out model.Inlines
	for _, in := range ins {
		switch b := in.(type) {
		case *model.Break:
			b.Style.Bold, b.Style.ExtraBold, b.Style.Italic, b.Style.ExtraItalic = false, 0, false, 0
		case *model.SoftBreak:
			b.Style.Bold, b.Style.ExtraBold, b.Style.Italic, b.Style.ExtraItalic = false, 0, false, 0
		}
		t, ok := in.(*model.Text)
		if !ok || t.Style.Code || !(t.Style.Bold || t.Style.Italic) {
			out = append(out, in)
			continue
		}
		v := t.Value
		for v != "" {
			i := strings.IndexFunc(v, func(r rune) bool { return !unicode.IsSpace(r) })
			if i != 0 {
				if i < 0 {
					i = len(v)
				}
				st := t.Style
				st.Bold, st.ExtraBold, st.Italic, st.ExtraItalic = false, 0, false, 0
				out = append(out, &model.Text{Value: v[:i], Style: st})
				v = v[i:]
				continue
			}
			j := strings.IndexFunc(v, unicode.IsSpace)
			if j < 0 {
				j = len(v)
			}
			out = append(out, &model.Text{Value: v[:j], Style: t.Style})
			v = v[j:]
		}
	}
	return out
}

// TestModelRoundTrip writes random documents as Markdown and reads them
// back: the model must come back unchanged, except for what the writer
// reported as lost.
func TestModelRoundTrip(t *testing.T) {
	for seed := uint64(0); seed < 1000; seed++ {
		doc := modeltest.Random(rand.New(rand.NewPCG(seed, 7)), 1+int(seed%10))
		out, warns, err := tomarkdown.Write(doc)
		if err != nil {
			t.Fatal(err)
		}
		back, _, err := frommarkdown.Read(out)
		if err != nil {
			t.Fatal(err)
		}
		back.Title = doc.Title
		plainSpaces(doc)
		plainSpaces(back)
		if !sameDoc(doc, back) && len(warns) == 0 {
			t.Fatalf("seed %d: model → Markdown → model changed the document without a warning\nmarkdown:\n%s\ndiff (-want +got):\n%s",
				seed, out, cmp.Diff(doc, back))
		}
	}
}
