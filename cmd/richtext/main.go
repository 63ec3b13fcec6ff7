// Command richtext converts rich text between Markdown, HTML, the Feishu/Lark
// OKR content_block JSON, the Feishu/Lark Docx block tree and plain text.
//
//	richtext [-f FROM] [-t TO] [-o FILE] [--strict] [FILE]
//
// It reads FILE, or standard input when FILE is absent or "-", and writes
// standard output unless -o names a file. FROM is detected when -f is
// absent; TO defaults to markdown. Warnings go to standard error, one per
// line. The exit status is 0 on success, 1 when the input cannot be
// converted (or, with --strict, when there was any warning) and 2 on a usage
// error. Run richtext --help for every flag and examples.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"

	"github.com/richtext-go/richtext"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/jsonindent"
	"github.com/richtext-go/richtext/okr"
	"github.com/richtext-go/richtext/todocx"
	"github.com/richtext-go/richtext/tohtml"
	"github.com/richtext-go/richtext/tomarkdown"
	"github.com/richtext-go/richtext/tookr"
	"github.com/richtext-go/richtext/totext"
)

const usageText = `Usage: richtext [-f FROM] [-t TO] [-o FILE] [--strict] [options] [FILE ...]

Converts rich text between Markdown, HTML, Feishu/Lark OKR content_block JSON,
the Feishu/Lark Docx block tree and plain text.

  FROM: markdown (md), html, okr, docx, json      (detected when -f is absent)
  TO:   markdown (md), html, okr, docx, text, json (default markdown)

Reads FILE, or standard input when FILE is absent or "-"; writes standard
output unless -o FILE. Several files, or a directory, convert concurrently
into -o DIR. Warnings go to standard error, one per line.
Exit status: 0 converted, 1 the input could not be converted (or --strict and
a warning), 2 usage error.

Options:
`

const examplesText = `
Examples:
  richtext report.md -t okr                     Markdown weekly report → OKR content_block
  richtext report.md --progress-record --percent 60 --status normal
                                                → a progress-record update body
  richtext doc.docx.json -t md                  Feishu document → Markdown
  richtext doc.docx.json -t html --page -o doc.html
  curl -s https://example.com | richtext -f html -t docx
                                                web page → Docx blocks (convert API shape)
  richtext page.html -t docx --descendants      → create-descendants API requests, one per line
  richtext record.json -t md                    OKR record (API response) → Markdown
  richtext notes.md --task                      → task update body (summary + description)
  richtext -t html -o site/ docs/               every .md, .html and .json under docs/ → site/
`

// config is what the flags say.
type config struct {
	from, to  richtext.Format
	toSet     bool
	out       string
	strict    bool
	mode      string // "", "task", "progress"
	opts      []richtext.Option
	okr       []tookr.Option // also for --progress-record's content
	record    progressRecord
	files     []string
	maxDepth  int
	textWidth int
	maxInput  int64 // bytes; negative for no limit
}

type progressRecord struct {
	percent                float64
	percentSet             bool
	status                 string
	targetID, targetType   string
	sourceTitle, sourceURL string
}

// usageError is a problem with the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "richtext:", err)
		fmt.Fprintln(stderr, "Run richtext --help for usage.")
		return 2
	}
	if cfg == nil {
		return 0 // --version
	}
	if len(cfg.files) > 1 || (len(cfg.files) == 1 && isDir(cfg.files[0])) {
		return runMany(cfg, stderr)
	}
	name := "-"
	if len(cfg.files) == 1 {
		name = cfg.files[0]
	}
	data, err := readInput(name, stdin, cfg.maxInput)
	if err != nil {
		fmt.Fprintln(stderr, "richtext:", err)
		return 1
	}
	out, warns, err := convert(cfg, name, data)
	for _, w := range warns {
		fmt.Fprintln(stderr, w)
	}
	if err != nil {
		fmt.Fprintf(stderr, "richtext: %s: %s\n", displayName(name), oneLine(err))
		return 1
	}
	if cfg.out == "" || cfg.out == "-" {
		_, err = stdout.Write(out)
	} else {
		err = os.WriteFile(cfg.out, out, 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, "richtext:", err)
		return 1
	}
	if cfg.strict && len(warns) > 0 {
		fmt.Fprintf(stderr, "richtext: %d warnings (--strict)\n", len(warns))
		return 1
	}
	return 0
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// parseFlags reads the command line; --help and --version print to stdout.
func parseFlags(args []string, stdout io.Writer) (*config, error) {
	fs := flag.NewFlagSet("richtext", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, in one line
	fs.Usage = func() {}
	var (
		from, to, headings, tables, status, targetType string
		strict, plain, page, unsafe, palette, okrV2    bool
		descendants, docxPage, task, progress, version bool
		width, maxDepth                                int
		maxInput                                       string
		percent                                        float64
	)
	cfg := &config{}
	fs.StringVar(&from, "f", "", "the input `format` (detected from the file name and content when absent)")
	fs.StringVar(&to, "t", "markdown", "the output `format`")
	fs.StringVar(&cfg.out, "o", "", "write to `FILE` (to a directory when converting several files)")
	fs.BoolVar(&strict, "strict", false, "exit with status 1 when there was any warning")
	fs.BoolVar(&version, "version", false, "print the version and exit")
	fs.StringVar(&maxInput, "max-input", "64M", "the largest input to accept: `bytes`, with a K, M or G suffix, or none")
	fs.IntVar(&maxDepth, "max-depth", 0, "how deeply blocks may nest when reading Markdown, HTML or Docx (0: the default, 64)")
	// Markdown
	fs.StringVar(&headings, "headings", "tag", "Markdown headings 7–9: `tag` (<h7>), clamp (######) or html")
	fs.StringVar(&tables, "tables", "gfm", "Markdown tables GFM cannot hold: `gfm` (then <lark-table>), lark (always) or html")
	fs.BoolVar(&plain, "plain", false, "plain Markdown: no Feishu tags (what they held becomes warnings)")
	// HTML
	fs.BoolVar(&page, "page", false, "HTML: a whole page with a stylesheet, not a fragment")
	fs.BoolVar(&unsafe, "unsafe", false, "HTML: keep raw HTML from the input (only for trusted input)")
	// OKR
	fs.BoolVar(&palette, "palette", false, "OKR: snap colors to Feishu's palette")
	fs.BoolVar(&okrV2, "okr-v2", false, "OKR: write the v2 (snake_case) form")
	fs.BoolVar(&progress, "progress-record", false, "write an OKR progress-record body around the content (an update body, or a create body with --target-id)")
	fs.Float64Var(&percent, "percent", 0, "progress record: the progress in `percent`")
	fs.StringVar(&status, "status", "", "progress record: the `status` (none, normal, risk or overdue)")
	fs.StringVar(&cfg.record.targetID, "target-id", "", "progress record: create one for this objective or key result `id`")
	fs.StringVar(&targetType, "target-type", "key-result", "progress record: what --target-id is: objective or key-result")
	fs.StringVar(&cfg.record.sourceTitle, "source-title", "", "progress record: the title of the source it came from (create)")
	fs.StringVar(&cfg.record.sourceURL, "source-url", "", "progress record: the http(s) URL of the source (create)")
	// Docx
	fs.BoolVar(&descendants, "descendants", false, "Docx: write create-descendants API requests, one JSON object per line")
	fs.BoolVar(&docxPage, "docx-page", false, "Docx: write the list-blocks shape with a page block holding the title")
	// Text
	fs.BoolVar(&task, "task", false, "write a task update body: the first heading or line as summary, the rest as description")
	fs.IntVar(&width, "width", 0, "text: wrap lines at `N` columns (0: no wrapping)")
	// Flags may come before or after the files (richtext FILE -t html).
	var files []string
	rest := args
	var err error
	for {
		if err = fs.Parse(rest); err != nil {
			break
		}
		consumed := len(rest) - len(fs.Args())
		rest = fs.Args()
		if consumed > 0 && rest0(rest, args, consumed) {
			files = append(files, rest...) // after "--", everything is a file
			break
		}
		if len(rest) == 0 {
			break
		}
		files = append(files, rest[0])
		rest = rest[1:]
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usageText)
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			fmt.Fprint(stdout, examplesText)
			return nil, err
		}
		return nil, usageError{err.Error()}
	}
	if version {
		fmt.Fprintln(stdout, "richtext", versionString())
		return nil, nil
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	cfg.files = files
	cfg.strict = strict
	if from != "" {
		if cfg.from, err = richtext.ParseFormat(from); err != nil {
			return nil, usageError{"-f: " + err.Error()}
		}
		if cfg.from == richtext.Text {
			return nil, usageError{"-f text: plain text is an output format; read it as markdown"}
		}
	}
	if cfg.to, err = richtext.ParseFormat(to); err != nil {
		return nil, usageError{"-t: " + err.Error()}
	}
	cfg.toSet = set["t"]
	// The body flags choose their own output.
	switch {
	case task && progress:
		return nil, usageError{"--task and --progress-record write different bodies; choose one"}
	case task:
		if cfg.toSet && cfg.to != richtext.Text && cfg.to != richtext.JSON {
			return nil, usageError{"--task writes a task body (JSON); it does not go with -t " + string(cfg.to)}
		}
		cfg.mode, cfg.to = "task", richtext.Text
	case progress:
		if cfg.toSet && cfg.to != richtext.OKR {
			return nil, usageError{"--progress-record writes OKR content; it does not go with -t " + string(cfg.to)}
		}
		cfg.mode, cfg.to = "progress", richtext.OKR
	case descendants || docxPage:
		if cfg.toSet && cfg.to != richtext.Docx {
			return nil, usageError{"--descendants and --docx-page write Docx; they do not go with -t " + string(cfg.to)}
		}
		if descendants && docxPage {
			return nil, usageError{"--descendants and --docx-page write different shapes; choose one"}
		}
		cfg.to = richtext.Docx
	}
	for _, f := range []string{"percent", "status", "target-id", "target-type", "source-title", "source-url"} {
		if set[f] && !progress {
			return nil, usageError{"--" + f + " goes with --progress-record"}
		}
	}
	if progress {
		cfg.record.percent, cfg.record.percentSet = percent, set["percent"]
		cfg.record.status = status
		cfg.record.targetType = targetType
		if status != "" {
			if _, ok := statuses[status]; !ok {
				return nil, usageError{"--status: want none, normal, risk or overdue, not " + status}
			}
		}
		if targetType != "objective" && targetType != "key-result" {
			return nil, usageError{"--target-type: want objective or key-result, not " + targetType}
		}
	}
	if width < 0 {
		return nil, usageError{"--width: the width must be 0 (no wrapping) or more"}
	}
	if maxDepth < 0 {
		return nil, usageError{"--max-depth: the depth must be 1 or more"}
	}
	if cfg.maxInput, err = parseSize(maxInput); err != nil {
		return nil, usageError{"--max-input: " + err.Error()}
	}
	// Writer options.
	var md []tomarkdown.Option
	switch headings {
	case "tag":
	case "clamp":
		md = append(md, tomarkdown.WithHeadings(tomarkdown.HeadingsClamp))
	case "html":
		md = append(md, tomarkdown.WithHeadings(tomarkdown.HeadingsHTML))
	default:
		return nil, usageError{"--headings: want tag, clamp or html, not " + headings}
	}
	switch tables {
	case "gfm":
	case "lark":
		md = append(md, tomarkdown.WithTables(tomarkdown.TablesLark))
	case "html":
		md = append(md, tomarkdown.WithTables(tomarkdown.TablesHTML))
	default:
		return nil, usageError{"--tables: want gfm, lark or html, not " + tables}
	}
	if plain {
		md = append(md, tomarkdown.WithPlain())
	}
	var html []tohtml.Option
	if page {
		html = append(html, tohtml.WithPage())
	}
	if unsafe {
		html = append(html, tohtml.WithUnsafe())
	}
	var ok []tookr.Option
	if palette {
		ok = append(ok, tookr.WithPalette())
	}
	if okrV2 {
		ok = append(ok, tookr.WithV2())
	}
	var dx []todocx.Option
	if descendants {
		dx = append(dx, todocx.WithDescendants())
	}
	if docxPage {
		dx = append(dx, todocx.WithPage())
	}
	var tx []totext.Option
	if width > 0 {
		tx = append(tx, totext.WithWidth(width))
	}
	cfg.textWidth = width
	cfg.okr = ok
	cfg.opts = []richtext.Option{richtext.WithMarkdownOptions(md...), richtext.WithHTMLOptions(html...),
		richtext.WithOKROptions(ok...), richtext.WithDocxOptions(dx...), richtext.WithTextOptions(tx...)}
	if maxDepth > 0 {
		cfg.opts = append(cfg.opts, richtext.WithMaxDepth(maxDepth))
	}
	cfg.opts = append(cfg.opts, richtext.WithMaxInputSize(cfg.maxInput))
	return cfg, nil
}

// parseSize reads "123", "64K", "64M", "1G" (powers of 1024) or "none" (-1).
func parseSize(v string) (int64, error) {
	v = strings.TrimSpace(v)
	if strings.EqualFold(v, "none") {
		return -1, nil
	}
	mult := int64(1)
	if v != "" {
		switch v[len(v)-1] {
		case 'k', 'K':
			mult = 1 << 10
		case 'm', 'M':
			mult = 1 << 20
		case 'g', 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			v = v[:len(v)-1]
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("want a positive number of bytes, with a K, M or G suffix, or none")
	}
	return n * mult, nil
}

// readInput reads a file, or stdin for "-", refusing more than limit bytes
// (limit < 0: no limit) without reading them all.
func readInput(name string, stdin io.Reader, limit int64) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && limit >= 0 && fi.Mode().IsRegular() && fi.Size() > limit {
			return nil, fmt.Errorf("%s is %d bytes, more than --max-input (%d)", name, fi.Size(), limit)
		}
		r = f
	}
	if limit < 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err == nil && int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is more than --max-input (%d bytes)", displayName(name), limit)
	}
	return data, err
}

var statuses = map[string]int{"none": okr.StatusNone, "normal": okr.StatusNormal, "risk": okr.StatusRisk, "overdue": okr.StatusOverdue}

func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v + " " + runtime.Version()
}

// convert converts one input.
func convert(cfg *config, name string, data []byte) ([]byte, []diag.Warning, error) {
	from := cfg.from
	if from == "" {
		head := data[:min(len(data), 64<<10)]
		var err error
		if from, err = richtext.Detect(name, head); err != nil {
			return nil, nil, fmt.Errorf("cannot tell the input's format (%v); say it with -f", err)
		}
	}
	doc, rw, err := richtext.Read(data, from, cfg.opts...)
	if err != nil {
		return nil, rw, err
	}
	switch cfg.mode {
	case "task":
		var tx []totext.Option
		if cfg.textWidth > 0 {
			tx = append(tx, totext.WithWidth(cfg.textWidth))
		}
		body, ww, err := totext.Task(doc, tx...)
		if err != nil {
			return nil, append(rw, ww...), err
		}
		out, err := encodeJSON(body)
		return out, append(rw, ww...), err
	case "progress":
		return progressBody(cfg, doc, rw)
	}
	out, ww, err := richtext.Write(doc, cfg.to, cfg.opts...)
	return out, append(rw, ww...), err
}

func encodeJSON(v any) ([]byte, error) {
	return jsonindent.Encode(v)
}

// runMany converts several files, or every convertible file under a
// directory, into the directory -o names, concurrently.
func runMany(cfg *config, stderr io.Writer) int {
	if cfg.out == "" || cfg.out == "-" {
		fmt.Fprintln(stderr, "richtext: several inputs need -o DIR for their outputs")
		return 2
	}
	type job struct{ in, rel string }
	var jobs []job
	for _, f := range cfg.files {
		if !isDir(f) {
			jobs = append(jobs, job{f, filepath.Base(f)})
			continue
		}
		err := filepath.WalkDir(f, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !convertible(p) {
				return nil
			}
			rel, _ := filepath.Rel(f, p)
			jobs = append(jobs, job{p, rel})
			return nil
		})
		if err != nil {
			fmt.Fprintln(stderr, "richtext:", err)
			return 1
		}
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		fmt.Fprintln(stderr, "richtext:", err)
		return 1
	}
	type result struct {
		in    string
		warns []diag.Warning
		err   error
	}
	results := make([]result, len(jobs))
	progress := isTerminal(stderr)
	var mu sync.Mutex
	done := 0
	work := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), len(jobs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				j := jobs[i]
				r := result{in: j.in}
				data, err := readInput(j.in, nil, cfg.maxInput)
				if err == nil {
					var out []byte
					out, r.warns, err = convert(cfg, j.in, data)
					if err == nil {
						dst := filepath.Join(cfg.out, outputName(j.rel, cfg))
						if err = os.MkdirAll(filepath.Dir(dst), 0o755); err == nil {
							err = os.WriteFile(dst, out, 0o644)
						}
					}
				}
				r.err = err
				results[i] = r
				if progress {
					mu.Lock()
					done++
					fmt.Fprintf(stderr, "\r\033[K[%d/%d] %s", done, len(jobs), j.in)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range jobs {
		work <- i
	}
	close(work)
	wg.Wait()
	if progress && len(jobs) > 0 {
		fmt.Fprint(stderr, "\r\033[K")
	}
	status, nwarn := 0, 0
	for _, r := range results {
		for _, w := range r.warns {
			fmt.Fprintf(stderr, "%s: %s\n", r.in, w)
		}
		nwarn += len(r.warns)
		if r.err != nil {
			fmt.Fprintf(stderr, "richtext: %s: %s\n", r.in, oneLine(r.err))
			status = 1
		}
	}
	if cfg.strict && nwarn > 0 && status == 0 {
		fmt.Fprintf(stderr, "richtext: %d warnings (--strict)\n", nwarn)
		status = 1
	}
	return status
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// convertible reports whether a file found in a directory is one to
// convert: Markdown, HTML or JSON by its name.
func convertible(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".md", ".markdown", ".html", ".htm", ".json":
		return true
	}
	return false
}

// outputName is rel with the output format's extension.
func outputName(rel string, cfg *config) string {
	base := rel
	for _, ext := range []string{".okr.json", ".docx.json", ".json", ".markdown", ".md", ".html", ".htm", ".txt"} {
		if strings.HasSuffix(strings.ToLower(base), ext) {
			base = base[:len(base)-len(ext)]
			break
		}
	}
	switch {
	case cfg.mode == "task":
		return base + ".task.json"
	case cfg.mode == "progress":
		return base + ".progress.json"
	}
	switch cfg.to {
	case richtext.Markdown:
		return base + ".md"
	case richtext.HTML:
		return base + ".html"
	case richtext.OKR:
		return base + ".okr.json"
	case richtext.Docx:
		return base + ".docx.json"
	case richtext.Text:
		return base + ".txt"
	}
	return base + ".json"
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// rest0 reports whether flag parsing stopped at a "--" (the argument just
// before rest): then what follows are files even if they start with "-".
func rest0(rest, all []string, _ int) bool {
	if len(all) == 0 {
		return false
	}
	i := len(all) - len(rest) - 1
	return i >= 0 && all[i] == "--"
}
