package totext_test

import (
	"strings"
	"testing"

	"github.com/richtext-go/richtext/frommarkdown"
	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/totext"
)

func text(t *testing.T, md string, opts ...totext.Option) string {
	t.Helper()
	doc, _, err := frommarkdown.Read([]byte(md))
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := totext.Write(doc, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestPlainText(t *testing.T) {
	cases := []struct{ name, md, want string }{
		{"links show their URL unless the text is it", "[docs](https://x.io/d) and <https://x.io> and [mail](mailto:a@b.c)\n",
			"docs (https://x.io/d) and https://x.io and mail (mailto:a@b.c)\n"},
		{"styles go", "**bold** *it* `code` ~~gone~~ <u>u</u>\n", "bold it code gone u\n"},
		{"lists and tasks", "1. one\n2. two\n   - [x] done\n   - [ ] open\n", "1. one\n2. two\n   - [x] done\n   - [ ] open\n"},
		{"code is indented", "```go\nx := 1\n```\n", "    x := 1\n"},
		{"quotes keep their mark", "> quoted\n>\n> more\n", "> quoted\n>\n> more\n"},
		{"tables align", "| a | bb |\n|---|---:|\n| ccc | 1 |\n", "a    bb\n---  --\nccc   1\n"},
		{"wide characters count two", "| 名字 | x |\n|---|---|\n| 张三丰 | y |\n", "名字    x\n------  -\n张三丰  y\n"},
		{"mentions", `<mention-user id="ou_1"/> see <mention-doc url="https://x.feishu.cn/docx/d1">Plan</mention-doc>` + "\n",
			"@ou_1 see Plan (https://x.feishu.cn/docx/d1)\n"},
		{"soft breaks join East Asian lines", "中文\n继续 and\nEnglish\n", "中文继续 and English\n"},
	}
	for _, c := range cases {
		if got := text(t, c.md); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestWidth(t *testing.T) {
	md := "> The quick brown fox jumps over the lazy dog and keeps running far away.\n\n" +
		"- 中文的段落会在任意两个汉字之间换行，标点不会出现在行首。这样排版比较整齐。\n"
	out := text(t, md, totext.WithWidth(30))
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if w := textutil.Width(line); w > 30 {
			t.Errorf("line %q is %d columns wide", line, w)
		}
		if strings.HasPrefix(strings.TrimLeft(line, " -"), "，") || strings.HasPrefix(strings.TrimLeft(line, " -"), "。") {
			t.Errorf("line %q starts with punctuation", line)
		}
	}
	if !strings.HasPrefix(out, "> The quick brown fox jumps\n> over") {
		t.Errorf("quote not wrapped with its mark:\n%s", out)
	}
	doc, _, _ := frommarkdown.Read([]byte("x"))
	if _, _, err := totext.Write(doc, totext.WithWidth(-1)); err == nil {
		t.Error("a negative width is accepted")
	}
}

func TestTask(t *testing.T) {
	doc, _, _ := frommarkdown.Read([]byte("# Review the quarter\n\nRead the **summary** first.\n\n- [ ] book a room\n"))
	u, warns, err := totext.Task(doc)
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	if u.Task.Summary != "Review the quarter" || u.Task.Description != "Read the summary first.\n\n- [ ] book a room" {
		t.Errorf("task %+v", u.Task)
	}
	if strings.Join(u.UpdateFields, ",") != "summary,description" {
		t.Errorf("update fields %v", u.UpdateFields)
	}
	// The first line of a paragraph, when there is no heading.
	doc, _, _ = frommarkdown.Read([]byte("Call the vendor\\\nabout the contract\n"))
	u, _, _ = totext.Task(doc)
	if u.Task.Summary != "Call the vendor" || u.Task.Description != "about the contract" {
		t.Errorf("task %+v", u.Task)
	}
	// Too long: cut, with a warning.
	doc, _, _ = frommarkdown.Read([]byte(strings.Repeat("长", 3100) + "\n\n" + strings.Repeat("b", 4000) + "\n"))
	u, warns, _ = totext.Task(doc)
	if len([]rune(u.Task.Summary)) != totext.MaxSummary || len(u.Task.Description) != totext.MaxDescription || len(warns) != 2 {
		t.Errorf("summary %d, description %d characters, %d warnings", len([]rune(u.Task.Summary)), len(u.Task.Description), len(warns))
	}
	doc, _, _ = frommarkdown.Read([]byte(""))
	if _, _, err := totext.Task(doc); err == nil {
		t.Error("an empty document makes a task")
	}
}
