package richtext_test

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"testing"

	"github.com/richtext-go/richtext"
)

// seedRequest returns the request example of the progress-record API
// documents (seeds 000 and 001 hold the same one).
func seedRequest(t *testing.T, seed string) []byte {
	t.Helper()
	doc, err := os.ReadFile("../shared/seeds/" + seed)
	if err != nil {
		t.Skip("the seeds are absent (../shared/seeds); skipping:", err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(doc)
	if m == nil {
		t.Fatalf("%s has no JSON example", seed)
	}
	return m[1]
}

// The seeds' example goes through every other format and comes back as the
// very same content_block, with no warning on the way.
func TestSeedRoundTripsThroughEveryFormat(t *testing.T) {
	for _, seed := range []string{"000_7d8a9a789787ca1c.txt", "001_c8cfe8c7109e911c.txt"} {
		src := seedRequest(t, seed)
		var body struct{ Content json.RawMessage }
		if err := json.Unmarshal(src, &body); err != nil {
			t.Fatal(err)
		}
		for _, via := range []richtext.Format{richtext.Markdown, richtext.HTML, richtext.Docx, richtext.JSON} {
			mid, w1, err := richtext.Convert(src, richtext.OKR, via)
			if err != nil {
				t.Fatal(err)
			}
			back, w2, err := richtext.Convert(mid, via, richtext.OKR)
			if err != nil {
				t.Fatal(err)
			}
			if len(w1)+len(w2) > 0 {
				t.Errorf("%s via %s: warnings %v %v", seed, via, w1, w2)
			}
			var want, got any
			_ = json.Unmarshal(body.Content, &want)
			if err := json.Unmarshal(back, &got); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(want, got) {
				t.Errorf("%s via %s: the content_block changed:\n%s\n---\n%s", seed, via, body.Content, back)
			}
		}
	}
}
