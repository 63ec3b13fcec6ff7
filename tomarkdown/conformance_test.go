package tomarkdown_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/richtext-go/richtext/frommarkdown"
	"github.com/richtext-go/richtext/tomarkdown"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// The conformance test: for every example of the CommonMark and GFM specs,
// goldmark's HTML of the input equals goldmark's HTML of
// tomarkdown(frommarkdown(input)), after whitespace between tags is
// normalized; and a second pass changes nothing.

type example struct {
	Markdown  string `json:"markdown"`
	Example   int    `json:"example"`
	Section   string `json:"section"`
	Extension string `json:"extension"`
}

const corpora = "../../shared/corpora"

func loadExamples(t *testing.T, path string) []example {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpora, path))
	if os.IsNotExist(err) {
		t.Skipf("corpus %s is absent (the shared corpora sit beside the project); skipping", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var ex []example
	if err := json.Unmarshal(data, &ex); err != nil {
		t.Fatal(err)
	}
	return ex
}

var md = goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))

func render(t *testing.T, src string) string {
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf); err != nil {
		t.Fatal(err)
	}
	return normalizeHTML(buf.String())
}

var betweenTags = regexp.MustCompile(`>\s+<`)

func normalizeHTML(s string) string {
	s = betweenTags.ReplaceAllString(s, "><")
	return strings.TrimSpace(s)
}

func roundTrip(t *testing.T, src string) string {
	doc, _, err := frommarkdown.Read([]byte(src))
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	out, _, err := tomarkdown.Write(doc)
	if err != nil {
		t.Fatalf("write: %v", err)
	}
	return string(out)
}

// commonMarkExceptions are the examples whose HTML changes through the
// model, each with the reason.
var commonMarkExceptions = map[int]string{}

func runExamples(t *testing.T, exs []example, exceptions map[int]string) (passed, failed int) {
	for _, ex := range exs {
		want := render(t, ex.Markdown)
		out := roundTrip(t, ex.Markdown)
		got := render(t, out)
		_, excepted := exceptions[ex.Example]
		if got != want {
			if excepted {
				continue
			}
			failed++
			t.Errorf("example %d (%s):\ninput:  %q\noutput: %q\nwant html: %q\ngot html:  %q", ex.Example, ex.Section, ex.Markdown, out, want, got)
			continue
		}
		if excepted {
			t.Errorf("example %d passes now; remove it from the exceptions (%s)", ex.Example, exceptions[ex.Example])
		}
		passed++
		if again := roundTrip(t, out); again != out {
			t.Errorf("example %d (%s): a second pass changes the output:\ninput:  %q\nfirst:  %q\nsecond: %q", ex.Example, ex.Section, ex.Markdown, out, again)
		}
	}
	return passed, failed
}

func TestCommonMarkConformance(t *testing.T) {
	exs := loadExamples(t, "commonmark/spec-0.31.2.examples.json")
	if len(commonMarkExceptions) > 5 {
		t.Errorf("%d exceptions; the target is at most 5", len(commonMarkExceptions))
	}
	passed, failed := runExamples(t, exs, commonMarkExceptions)
	t.Logf("CommonMark: %d of %d examples round-trip (%d listed exceptions, %d failures)", passed, len(exs), len(commonMarkExceptions), failed)
}

func TestGFMConformance(t *testing.T) {
	ext := loadExamples(t, "gfm/extensions.examples.json")
	passed, failed := runExamples(t, ext, nil)
	t.Logf("GFM extensions: %d of %d examples round-trip (%d failures)", passed, len(ext), failed)
	var spec []example
	for _, ex := range loadExamples(t, "gfm/spec.examples.json") {
		if ex.Extension != "" {
			spec = append(spec, ex)
		}
	}
	passed, failed = runExamples(t, spec, nil)
	t.Logf("GFM spec extension examples: %d of %d round-trip (%d failures)", passed, len(spec), failed)
}
