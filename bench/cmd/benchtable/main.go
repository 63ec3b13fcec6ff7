// Command benchtable reads the output of `go test -bench` for the bench
// module on standard input and prints, in Markdown, the medians of each
// benchmark side by side: throughput, allocated bytes per input byte, and
// the speed of ours relative to each other implementation of the same path;
// then the scaling table (10x input against 1x).
//
// Benchmarks are named Benchmark<Path>/<implementation>, and
// BenchmarkScaling/<Path>/{1x,10x} or BenchmarkRead/<format>/{1x,10x}.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// sample is one benchmark line.
type sample struct {
	ns, mbps, bytes, allocs float64
}

// series collects the samples of one benchmark name, in input order.
type series struct {
	name    string
	samples []sample
}

func (s *series) median(f func(sample) float64) float64 {
	v := make([]float64, len(s.samples))
	for i, x := range s.samples {
		v[i] = f(x)
	}
	slices.Sort(v)
	n := len(v)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// inputBytes recovers the b.SetBytes figure from the throughput.
func (s *series) inputBytes() float64 {
	return s.median(func(x sample) float64 { return x.mbps * x.ns / 1e3 })
}

var (
	lineRE = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)
	metric = regexp.MustCompile(`([\d.]+) (ns/op|MB/s|B/op|allocs/op)`)
)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}

func run(r io.Reader, w io.Writer) error {
	var header []string
	byName := map[string]*series{}
	var order []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		for _, p := range []string{"goos:", "goarch:", "cpu:"} {
			if strings.HasPrefix(line, p) && !slices.Contains(header, line) {
				header = append(header, line)
			}
		}
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var x sample
		for _, mm := range metric.FindAllStringSubmatch(m[2], -1) {
			v, err := strconv.ParseFloat(mm[1], 64)
			if err != nil {
				return fmt.Errorf("%q: %v", line, err)
			}
			switch mm[2] {
			case "ns/op":
				x.ns = v
			case "MB/s":
				x.mbps = v
			case "B/op":
				x.bytes = v
			case "allocs/op":
				x.allocs = v
			}
		}
		name := strings.TrimPrefix(m[1], "Benchmark")
		s := byName[name]
		if s == nil {
			s = &series{name: name}
			byName[name] = s
			order = append(order, name)
		}
		s.samples = append(s.samples, x)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(order) == 0 {
		return fmt.Errorf("no benchmark lines on standard input")
	}
	fmt.Fprintf(w, "Machine: %s. Medians of %d runs.\n\n", strings.Join(header, ", "), len(byName[order[0]].samples))
	comparisons(w, byName, order)
	scaling(w, byName, order)
	return nil
}

// comparisons prints every Path/impl benchmark, with ours ÷ each anchor.
func comparisons(w io.Writer, byName map[string]*series, order []string) {
	fmt.Fprintln(w, "| path | implementation | MB/s | ms/op | allocated B per input B | allocs/op | ours vs this (speed) |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|")
	for _, name := range order {
		path, impl, ok := strings.Cut(name, "/")
		if !ok || path == "Scaling" || path == "Read" {
			continue
		}
		s := byName[name]
		mbps := s.median(func(x sample) float64 { return x.mbps })
		ms := s.median(func(x sample) float64 { return x.ns }) / 1e6
		bpb := s.median(func(x sample) float64 { return x.bytes }) / s.inputBytes()
		allocs := s.median(func(x sample) float64 { return x.allocs })
		ratio := ""
		if o := byName[path+"/ours"]; o != nil && impl != "ours" {
			ours := o.median(func(x sample) float64 { return x.mbps })
			ratio = fmt.Sprintf("%.2f×", ours/mbps)
		}
		fmt.Fprintf(w, "| %s | %s | %.1f | %.1f | %.1f | %.0f | %s |\n", path, impl, mbps, ms, bpb, allocs, ratio)
	}
	fmt.Fprintln(w)
}

// scaling prints the time of 10x against 1x, and the same per input byte.
func scaling(w io.Writer, byName map[string]*series, order []string) {
	printed := false
	for _, name := range order {
		base, ok := strings.CutSuffix(name, "/1x")
		if !ok || !strings.HasPrefix(base, "Scaling/") && !strings.HasPrefix(base, "Read/") {
			continue
		}
		big := byName[base+"/10x"]
		if big == nil {
			continue
		}
		if !printed {
			fmt.Fprintln(w, "| scaling | 1× input | 10× input | input ratio | time ratio | cost per byte, 10× ÷ 1× |")
			fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
			printed = true
		}
		small := byName[name]
		ns := func(x sample) float64 { return x.ns }
		in := big.inputBytes() / small.inputBytes()
		t := big.median(ns) / small.median(ns)
		fmt.Fprintf(w, "| %s | %s | %s | %.2f | %.2f | %.2f |\n", base, size(small.inputBytes()), size(big.inputBytes()), in, t, t/in)
	}
	if printed {
		fmt.Fprintln(w)
	}
}

func size(b float64) string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.2f MiB", b/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.0f KiB", b/(1<<10))
	}
	return fmt.Sprintf("%.0f B", b)
}
