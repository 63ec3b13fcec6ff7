package main_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The tests run the built command, as a user does.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "richtext-cli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "richtext")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errb.String(), code}
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const okrRecord = `{"code":0,"msg":"success","data":{"content":{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"进展","style":{"bold":true}}}]}},{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"one","style":{}}}],"style":{"list":{"type":"number","indentLevel":1,"number":1}}}}]}}}`

const docxDoc = `{"items":[{"block_id":"p","block_type":1,"children":["t"],"page":{"elements":[{"text_run":{"content":"Doc"}}]}},{"block_id":"t","parent_id":"p","block_type":2,"text":{"elements":[{"text_run":{"content":"hello","text_element_style":{"italic":true}}}]}}]}`

func TestUsageAndExitStatus(t *testing.T) {
	cases := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout string // a substring
		stderr string // a substring
	}{
		{"help", "", []string{"--help"}, 0, "Usage: richtext", ""},
		{"help lists examples", "", []string{"-h"}, 0, "Examples:", ""},
		{"version", "", []string{"--version"}, 0, "richtext ", ""},
		{"unknown flag", "", []string{"--nope"}, 2, "", "flag provided but not defined: -nope"},
		{"bad output format", "x", []string{"-t", "pdf"}, 2, "", `-t: unknown format "pdf"`},
		{"bad input format", "x", []string{"-f", "rtf"}, 2, "", `-f: unknown format "rtf"`},
		{"text is output only", "x", []string{"-f", "text"}, 2, "", "plain text is an output format"},
		{"task with another target", "x", []string{"--task", "-t", "html"}, 2, "", "--task writes a task body"},
		{"two bodies", "x", []string{"--task", "--progress-record"}, 2, "", "choose one"},
		{"record flag alone", "x", []string{"--percent", "50"}, 2, "", "--percent goes with --progress-record"},
		{"bad status", "x", []string{"--progress-record", "--status", "late"}, 2, "", "--status: want none, normal, risk or overdue"},
		{"bad headings", "x", []string{"--headings", "big"}, 2, "", "--headings: want tag, clamp or html"},
		{"bad tables", "x", []string{"--tables", "csv"}, 2, "", "--tables: want gfm, lark or html"},
		{"negative width", "x", []string{"-t", "text", "--width", "-3"}, 2, "", "--width"},
		{"descendants with html", "x", []string{"--descendants", "-t", "html"}, 2, "", "do not go with -t html"},
		{"markdown to html", "# Hi *there*\n", []string{"-t", "html"}, 0, "<h1>Hi <em>there</em></h1>", ""},
		{"default target is markdown", "<p>a <b>b</b></p>", []string{"-f", "html"}, 0, "a **b**", ""},
		{"detected HTML", "<!DOCTYPE html><p>x<i>y</i></p>", nil, 0, "x*y*", ""},
		{"detected OKR", okrRecord, []string{"-t", "md"}, 0, "**进展**\n\n1. one", ""},
		{"detected Docx", docxDoc, nil, 0, "*hello*", ""},
		{"bad OKR names the place", `{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":1}}]}}]}`,
			[]string{"-f", "okr"}, 1, "", "standard input: okr: blocks[0].paragraph.elements[0].textRun.text: want a string, got a number"},
		{"bad Docx names the place", `{"items":[{"block_id":"a","block_type":"x"}]}`, []string{"-f", "docx"}, 1, "", "docx: items[0].block_type: want an integer, got a string"},
		{"bad model JSON", `{"blocks":[{"type":"nope"}]}`, []string{"-f", "json"}, 1, "", `unknown block type "nope"`},
		{"broken JSON", `{"blocks":[`, []string{"-f", "okr"}, 1, "", "okr: line 1, column 11"},
		{"JSON of no known shape", `{"hello":1}`, nil, 1, "", "cannot tell the input's format"},
		{"API error envelope", `{"code":99991663,"msg":"token invalid"}`, []string{"-f", "docx"}, 1, "", "the API answered code 99991663"},
		{"warnings on stderr", "<u>x</u>\n", []string{"-t", "okr"}, 0, `"text": "x"`, "dropped: blocks[0].inlines[0]: underline has no place in OKR text"},
		{"strict fails on a warning", "<u>x</u>\n", []string{"-t", "okr", "--strict"}, 1, `"text": "x"`, "1 warnings (--strict)"},
		{"strict passes without one", "x\n", []string{"-t", "okr", "--strict"}, 0, `"text": "x"`, ""},
		{"flags after the file", "", []string{"-", "-t", "html"}, 0, "", ""},
		{"input over --max-input", "# 0123456789\n", []string{"--max-input", "10"}, 1, "", "standard input is more than --max-input (10 bytes)"},
		{"input within --max-input", "# 012345\n", []string{"--max-input", "1K"}, 0, "# 012345", ""},
		{"no input limit", "x\n", []string{"--max-input", "none"}, 0, "x", ""},
		{"bad --max-input", "x", []string{"--max-input", "12Q"}, 2, "", "--max-input: want a positive number of bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.stdin, c.args...)
			if r.code != c.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, c.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout, c.stdout) {
				t.Errorf("stdout %q does not hold %q", r.stdout, c.stdout)
			}
			if !strings.Contains(r.stderr, c.stderr) {
				t.Errorf("stderr %q does not hold %q", r.stderr, c.stderr)
			}
			if c.code == 1 && strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 && c.stderr != "" && !strings.Contains(c.name, "strict") && !strings.Contains(c.name, "warning") {
				t.Errorf("the error is not one line: %q", r.stderr)
			}
		})
	}
}

func TestWriterFlags(t *testing.T) {
	md := "<title>T</title>\n\n# Head\n\n<h7>Seven</h7>\n\n<text color=\"#0000ff\">blue</text> <u>u</u>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n" +
		"<lark-table>\n<lark-tr>\n<lark-td colspan=\"2\">\n\nmerged\n\n</lark-td>\n</lark-tr>\n</lark-table>\n\n" +
		"A long line of words that goes on and on past the width.\n\nPress <kbd>Ctrl</kbd>.\n"
	cases := []struct {
		name string
		args []string
		want []string
		not  []string
	}{
		{"html fragment", []string{"-t", "html"}, []string{"<h1>Head</h1>"}, []string{"<!DOCTYPE"}},
		{"html drops raw HTML", []string{"-t", "html"}, []string{"Press Ctrl."}, []string{"<kbd>"}},
		{"html unsafe keeps it", []string{"-t", "html", "--unsafe"}, []string{"Press <kbd>Ctrl</kbd>."}, nil},
		{"html page", []string{"-t", "html", "--page"}, []string{"<!DOCTYPE html>", "<title>T</title>", "<style>"}, nil},
		{"headings clamp", []string{"--headings", "clamp"}, []string{"###### Seven"}, []string{"<h7>"}},
		{"headings html", []string{"--headings", "html"}, []string{`<p role="heading" aria-level="7">Seven</p>`}, nil},
		{"tables html", []string{"--tables", "html"}, []string{"<table>", "| a   | b   |"}, []string{"<lark-table"}},
		{"tables lark", []string{"--tables", "lark"}, []string{"<lark-table"}, []string{"| a   | b   |"}},
		{"plain markdown", []string{"--plain"}, []string{"blue"}, []string{"<text"}},
		{"okr palette", []string{"-t", "okr", "--palette"}, []string{`"red": 36`}, []string{`"blue": 255`}},
		{"okr exact", []string{"-t", "okr"}, []string{`"blue": 255`}, nil},
		{"okr v2", []string{"-t", "okr", "--okr-v2"}, []string{"block_element_type", "text_run"}, nil},
		{"docx convert shape", []string{"-t", "docx"}, []string{"first_level_block_ids"}, nil},
		{"docx page", []string{"--docx-page"}, []string{`"items"`, `"block_type": 1`}, nil},
		{"docx descendants", []string{"--descendants"}, []string{`{"block_id":"","body":{"children_id":`}, nil},
		{"text", []string{"-t", "text"}, []string{"Head\n====", "a  b\n-  -"}, nil},
		{"text width", []string{"-t", "text", "--width", "20"}, []string{"A long line of words\nthat goes on and on\npast the width."}, nil},
		{"model json", []string{"-t", "json"}, []string{`"type": "heading"`}, nil},
		{"max depth", []string{"--max-depth", "5", "-t", "json"}, []string{`"title": "T"`}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, md, c.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
			for _, n := range c.not {
				if strings.Contains(r.stdout, n) {
					t.Errorf("output holds %q:\n%s", n, r.stdout)
				}
			}
		})
	}
}

func TestBodies(t *testing.T) {
	md := "# Ship the release\n\nCheck the **notes**.\n"
	r := run(t, md, "--task")
	var task struct {
		Task         struct{ Summary, Description string }
		UpdateFields []string `json:"update_fields"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &task); err != nil || r.code != 0 {
		t.Fatalf("task body: %v %s %s", err, r.stdout, r.stderr)
	}
	if task.Task.Summary != "Ship the release" || task.Task.Description != "Check the notes." || len(task.UpdateFields) != 2 {
		t.Errorf("task body %+v", task)
	}

	r = run(t, md, "--progress-record", "--percent", "62.345", "--status", "risk")
	var update struct {
		Content      struct{ Blocks []json.RawMessage }
		ProgressRate struct {
			Percent float64
			Status  int
		} `json:"progress_rate"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &update); err != nil || r.code != 0 {
		t.Fatalf("update body: %v %s %s", err, r.stdout, r.stderr)
	}
	if len(update.Content.Blocks) != 2 || update.ProgressRate.Percent != 62.35 || update.ProgressRate.Status != 1 {
		t.Errorf("update body %+v", update)
	}

	r = run(t, md, "--progress-record", "--target-id", "7041857032248410131", "--target-type", "objective",
		"--source-title", "Weekly", "--source-url", "https://example.com/w/47")
	var create map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &create); err != nil || r.code != 0 {
		t.Fatalf("create body: %v %s %s", err, r.stdout, r.stderr)
	}
	if create["target_type"] != 2.0 || create["source_url"] != "https://example.com/w/47" || create["content"] == nil {
		t.Errorf("create body %v", create)
	}

	r = run(t, md, "--progress-record", "--target-id", "1", "--source-title", "W", "--source-url", "ftp://x")
	if r.code != 1 || !strings.Contains(r.stderr, "source_url") {
		t.Errorf("a bad source URL: exit %d, %s", r.code, r.stderr)
	}
	r = run(t, "", "--task")
	if r.code != 1 || !strings.Contains(r.stderr, "summary") {
		t.Errorf("an empty task: exit %d, %s", r.code, r.stderr)
	}
}

func TestFilesAndDirectories(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "in/report.md", "# Report\n\n<u>under</u>\n")
	write(t, dir, "in/sub/record.okr.json", okrRecord)
	write(t, dir, "in/sub/doc.docx.json", docxDoc)
	write(t, dir, "in/page.html", "<p>page</p>")
	write(t, dir, "in/notes.txt", "not converted: not a known extension in a directory")
	write(t, dir, "in/bad.json", `{"blocks":[{"type":"nope"}]}`)

	// One file to -o FILE.
	out := filepath.Join(dir, "one.html")
	if r := run(t, "", in, "-t", "html", "-o", out); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(out); !strings.Contains(string(data), "<h1>Report</h1>") {
		t.Errorf("-o FILE wrote %q", data)
	}

	// Several files need a directory.
	if r := run(t, "", in, filepath.Join(dir, "in/page.html")); r.code != 2 || !strings.Contains(r.stderr, "-o DIR") {
		t.Errorf("several files without -o: exit %d, %s", r.code, r.stderr)
	}

	// A directory: every convertible file, mirrored; the bad one fails alone.
	outDir := filepath.Join(dir, "out")
	r := run(t, "", "-t", "html", "-o", outDir, filepath.Join(dir, "in"))
	if r.code != 1 || !strings.Contains(r.stderr, "bad.json") {
		t.Errorf("exit %d (want 1 for bad.json): %s", r.code, r.stderr)
	}
	for _, name := range []string{"report.html", "page.html", "sub/record.html", "sub/doc.html"} {
		if _, err := os.Stat(filepath.Join(outDir, name)); err != nil {
			t.Errorf("%s was not written: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(outDir, "notes.html")); err == nil {
		t.Error("a .txt file in the directory was converted")
	}
	if !strings.Contains(r.stderr, "report.md: dropped:") && !strings.Contains(r.stderr, "report.md: ") {
		t.Logf("stderr: %s", r.stderr)
	}

	// A missing file.
	if r := run(t, "", filepath.Join(dir, "nope.md")); r.code != 1 || !strings.Contains(r.stderr, "no such file") {
		t.Errorf("a missing file: exit %d, %s", r.code, r.stderr)
	}
}

// The README's run command works on the example it names.
func TestExamplesConvert(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*")
	if len(files) < 4 {
		t.Fatalf("examples: %v", files)
	}
	for _, f := range files {
		for _, to := range []string{"markdown", "html", "okr", "docx", "text", "json"} {
			if r := run(t, "", f, "-t", to); r.code != 0 {
				t.Errorf("%s -t %s: exit %d: %s", f, to, r.code, r.stderr)
			}
		}
	}
}
