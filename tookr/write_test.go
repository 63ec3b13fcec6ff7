package tookr_test

import (
	"strings"
	"testing"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/fromokr"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/model/modeltest"
	"github.com/richtext-go/richtext/tookr"
)

func text(s string, st model.Style) *model.Text { return &model.Text{Value: s, Style: st} }

func TestPaletteOption(t *testing.T) {
	blue, _ := color.Parse("#0000ff")
	doc := &model.Document{Blocks: model.Blocks{&model.Paragraph{Inlines: model.Inlines{text("x", model.Style{Color: blue})}}}}
	exact, warns, err := tookr.Write(doc)
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	if !strings.Contains(string(exact), `"blue": 255`) {
		t.Errorf("the exact color is not kept: %s", exact)
	}
	snapped, warns, err := tookr.Write(doc, tookr.WithPalette())
	if err != nil {
		t.Fatal(err)
	}
	// Palette blue is #245BDB.
	if !strings.Contains(string(snapped), `"red": 36`) || len(warns) != 1 || !strings.Contains(warns[0].Detail, "written as blue") {
		t.Errorf("snapped: %s %v", snapped, warns)
	}
}

func TestVersionOptions(t *testing.T) {
	v2src := `{"blocks":[{"block_element_type":"paragraph","paragraph":{"elements":[{"paragraph_element_type":"textRun","text_run":{"text":"x","style":{}}}]}}]}`
	doc, _, err := fromokr.Read([]byte(v2src))
	if err != nil {
		t.Fatal(err)
	}
	same, _, _ := tookr.Write(doc)
	if !strings.Contains(string(same), "block_element_type") {
		t.Errorf("a v2 document is not written as v2 by default: %s", same)
	}
	v1, _, _ := tookr.Write(doc, tookr.WithV1())
	if !strings.Contains(string(v1), `"type": "paragraph"`) {
		t.Errorf("WithV1 did not write v1: %s", v1)
	}
	plain := &model.Document{Blocks: model.Blocks{&model.Paragraph{Inlines: model.Inlines{text("x", model.Style{})}}}}
	v2, _, _ := tookr.Write(plain, tookr.WithV2())
	if !strings.Contains(string(v2), `"paragraph_element_type": "textRun"`) {
		t.Errorf("WithV2 did not write v2: %s", v2)
	}
}

// Consecutive images share a gallery; a gallery stays a gallery of its own.
func TestImagesBecomeGalleries(t *testing.T) {
	doc := &model.Document{Blocks: model.Blocks{
		&model.Image{URL: "https://x/1.png"}, &model.Image{Token: "box2"},
		&model.Paragraph{Inlines: model.Inlines{text("between", model.Style{})}},
		&model.Image{URL: "https://x/3.png"},
	}}
	c, warns, err := tookr.Content(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Blocks) != 3 || len(c.Blocks[0].Gallery.ImageList) != 2 || len(c.Blocks[2].Gallery.ImageList) != 1 {
		t.Errorf("galleries: %+v", c.Blocks)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Detail, "joins its gallery") {
		t.Errorf("warnings: %v", warns)
	}
}

// Every block and inline type goes through the writer: each either has an
// OKR form or says what became of it.
func TestKitchenSinkWarnsForEveryLoss(t *testing.T) {
	doc := modeltestKitchenSink()
	out, warns, err := tookr.Write(doc)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err := fromokr.Read(out)
	if err != nil {
		t.Fatalf("the output does not read back: %v", err)
	}
	if len(back.Blocks) == 0 || len(warns) < 10 {
		t.Errorf("%d blocks back, %d warnings", len(back.Blocks), len(warns))
	}
}

func modeltestKitchenSink() *model.Document { return modeltest.KitchenSink() }
