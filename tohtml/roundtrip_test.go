package tohtml_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/richtext-go/richtext/fromhtml"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/model/modeltest"
	"github.com/richtext-go/richtext/tohtml"
)

// withoutRaw removes the raw HTML a kitchen sink holds: raw markup becomes
// real elements when it is read back, by design.
func withoutRaw(doc *model.Document) {
	var clean func(bs model.Blocks) model.Blocks
	clean = func(bs model.Blocks) model.Blocks {
		out := bs[:0]
		for _, b := range bs {
			if r, ok := b.(*model.Raw); ok && r.Format == "html" {
				continue
			}
			if p, ok := b.(*model.Paragraph); ok {
				ins := p.Inlines[:0]
				for _, in := range p.Inlines {
					if _, raw := in.(*model.RawInline); !raw {
						ins = append(ins, in)
					}
				}
				p.Inlines = ins
			}
			out = append(out, b)
		}
		return out
	}
	doc.Blocks = clean(doc.Blocks)
}

func roundTrip(t *testing.T, doc *model.Document) (string, *model.Document) {
	t.Helper()
	out, warns, err := tohtml.Write(doc, tohtml.WithPage())
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Fatalf("warnings: %v", warns)
	}
	back, rw, err := fromhtml.Read(out)
	if err != nil || len(rw) > 0 {
		t.Fatalf("reading back: %v %v", err, rw)
	}
	back.Meta = doc.Meta
	// A title is text of its own: HTML collapses its spaces.
	if strings.Join(strings.Fields(doc.Title), " ") == back.Title {
		back.Title = doc.Title
	}
	return string(out), back
}

// Every construct of the model goes to HTML and back unchanged.
func TestKitchenSinkIdentity(t *testing.T) {
	doc := modeltest.KitchenSink()
	withoutRaw(doc)
	model.Normalize(doc)
	out, back := roundTrip(t, doc)
	if diff := cmp.Diff(doc, back); diff != "" {
		t.Errorf("model → HTML → model changed the document (-want +got):\n%s\n%s", diff, out)
	}
}

// So do a thousand random documents.
func TestRandomIdentity(t *testing.T) {
	for seed := uint64(0); seed < 1000; seed++ {
		doc := modeltest.Random(rand.New(rand.NewPCG(seed, 11)), 1+int(seed%10))
		withoutRaw(doc)
		model.Normalize(doc)
		out, back := roundTrip(t, doc)
		if diff := cmp.Diff(doc, back); diff != "" {
			t.Fatalf("seed %d: model → HTML → model changed the document (-want +got):\n%s\n%s", seed, diff, out)
		}
	}
}
