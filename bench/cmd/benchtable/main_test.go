package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	in := `goos: linux
cpu: Test CPU
BenchmarkMarkdownToHTML/ours-2         	      10	 100000000 ns/op	  10.00 MB/s	 5000000 B/op	  1000 allocs/op
BenchmarkMarkdownToHTML/ours-2         	      10	 300000000 ns/op	  3.33 MB/s	 5000000 B/op	  1000 allocs/op
BenchmarkMarkdownToHTML/ours-2         	      10	 200000000 ns/op	  5.00 MB/s	 5000000 B/op	  1000 allocs/op
BenchmarkMarkdownToHTML/goldmark-2     	      10	 50000000 ns/op	  20.00 MB/s	 2000000 B/op	  500 allocs/op
BenchmarkScaling/MarkdownToHTML/1x-2   	      10	 10000000 ns/op	  10.00 MB/s	 0 B/op	  0 allocs/op
BenchmarkScaling/MarkdownToHTML/10x-2  	      10	 105000000 ns/op	  9.52 MB/s	 0 B/op	  0 allocs/op
`
	var out strings.Builder
	if err := run(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Machine: goos: linux, cpu: Test CPU. Medians of 3 runs.",
		"| MarkdownToHTML | ours | 5.0 | 200.0 | 5.0 | 1000 |  |",
		"| MarkdownToHTML | goldmark | 20.0 | 50.0 | 2.0 | 500 | 0.25× |",
		"| Scaling/MarkdownToHTML | 98 KiB | 976 KiB | 10.00 | 10.50 | 1.05 |",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("missing %q in:\n%s", want, out.String())
		}
	}
}
