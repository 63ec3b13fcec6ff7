package richtext_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/richtext-go/richtext"
)

// The input limit is checked before anything is parsed.
func TestMaxInputSize(t *testing.T) {
	src := []byte("# " + strings.Repeat("x", 100))
	if _, _, err := richtext.Read(src, richtext.Markdown, richtext.WithMaxInputSize(100)); err == nil ||
		err.Error() != "richtext: the input is 102 bytes, more than the limit of 100 (see WithMaxInputSize)" {
		t.Errorf("over the limit: %v", err)
	}
	if _, _, err := richtext.Convert(src, richtext.Markdown, richtext.HTML, richtext.WithMaxInputSize(102)); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	big := make([]byte, richtext.DefaultMaxInputSize+1)
	if _, _, err := richtext.Read(big, richtext.HTML); err == nil {
		t.Error("the default limit is not applied")
	}
	if _, _, err := richtext.Read(big[:1<<20], richtext.Markdown, richtext.WithMaxInputSize(-1)); err != nil {
		t.Errorf("no limit: %v", err)
	}
}

// Conversions share nothing mutable: many goroutines converting every input
// of the golden corpus to every format get what one goroutine gets. Run
// with -race (make race) to have the detector watch them too.
func TestConcurrentConversions(t *testing.T) {
	type job struct {
		name     string
		src      []byte
		from, to richtext.Format
	}
	var jobs []job
	files, _ := filepath.Glob("golden/testdata/*/in.*")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		from, err := richtext.Detect(f, src)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, to := range richtext.Writers() {
			jobs = append(jobs, job{f + "→" + string(to), src, from, to})
		}
	}
	if len(jobs) < 100 {
		t.Fatalf("only %d jobs: the golden corpus is missing", len(jobs))
	}
	convert := func(j job) string {
		out, warns, err := richtext.Convert(j.src, j.from, j.to)
		return fmt.Sprintf("%s\n%v\n%v", out, warns, err)
	}
	want := make([]string, len(jobs))
	for i, j := range jobs {
		want[i] = convert(j)
	}
	const workers, rounds = 8, 3
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				for k := range jobs {
					i := (k + w*len(jobs)/workers) % len(jobs) // each worker starts elsewhere
					if got := convert(jobs[i]); got != want[i] {
						errs <- jobs[i].name
						return
					}
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s: a concurrent conversion differs from the sequential one", name)
	}
	// Deterministic too: the same input twice gives the same bytes.
	for i, j := range jobs[:len(jobs)/4] {
		if got := convert(j); !bytes.Equal([]byte(got), []byte(want[i])) {
			t.Errorf("%s: a second conversion differs", j.name)
		}
	}
}
