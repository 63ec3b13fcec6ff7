package frommarkdown

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanTag must agree with the HTML tokenizer wherever it answers: on tags of
// our own and on every tag-like string in the CommonMark examples.
func TestScanTagAgreesWithTokenizer(t *testing.T) {
	inputs := []string{
		`<a href="x">`, `<A HREF='x' Title=y>`, `</a>`, `</a >`, `<br/>`, `<br />`, `<img src=a.png alt="">`,
		`<text color="red" background-color='blue'>`, `<mention-user id="ou_1"/>`, `<a b = "c">`,
		`<a b c>`, `<a x=&amp;>`, `<a x="&lt;">`, `<a href="x"title="y">`, `<1a>`, `<a`, `<a x=>`,
		`<a x="y>`, `</a b>`, `<a/ >`, `<span style="color:red;background-color:#fff">`, "<a\nb='c'\n>",
		`<_a>`, `<a _b:c.d-e=1>`, "<a x=`y`>",
	}
	if raw, err := os.ReadFile("../../shared/corpora/commonmark/spec-0.31.2.examples.json"); err == nil {
		var ex []struct{ Markdown, HTML string }
		if json.Unmarshal(raw, &ex) == nil {
			re := regexp.MustCompile(`<[^<>]*>`)
			for _, e := range ex {
				inputs = append(inputs, re.FindAllString(e.Markdown+e.HTML, -1)...)
			}
		}
	}
	checked := 0
	for _, in := range inputs {
		got, n, ok := scanTag(in)
		if !ok || n != len(in) {
			continue
		}
		checked++
		want, wok := tokenizeTag(in)
		if !wok {
			t.Errorf("scanTag(%q) read a tag the tokenizer does not see", in)
			continue
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(tag{})); diff != "" {
			t.Errorf("scanTag(%q) (-tokenizer +scan):\n%s", in, diff)
		}
	}
	if checked < 500 {
		t.Errorf("only %d inputs checked", checked)
	}
}
