package todocx_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/fromdocx"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/todocx"
)

// writtenLanguage writes one code block in lang and returns the enum value
// of the block and the warnings.
func writtenLanguage(t *testing.T, lang string) (docx.CodeLanguage, int) {
	t.Helper()
	doc := &model.Document{Blocks: model.Blocks{&model.CodeBlock{Language: lang, Inlines: model.Inlines{&model.Text{Value: "x"}}}}}
	out, warns, err := todocx.Write(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Blocks []docx.Block }
	if err := json.Unmarshal(out, &got); err != nil || len(got.Blocks) != 1 || got.Blocks[0].Code == nil || got.Blocks[0].Code.Style == nil {
		t.Fatalf("%s: unexpected output %s (%v)", lang, out, err)
	}
	return got.Blocks[0].Code.Style.Language, len(warns)
}

// Every one of the 75 languages goes both ways by its canonical name, its
// fence tag and each alias.
func TestEveryLanguageBothWays(t *testing.T) {
	for i, name := range model.Languages() {
		want := docx.CodeLanguage(i + 1)
		words := []string{name, model.LanguageTag(name), strings.ToUpper(model.LanguageTag(name))}
		for _, w := range words {
			if got, n := writtenLanguage(t, w); got != want || n != 0 {
				t.Errorf("language %q written as %d (%s) with %d warnings; want %d (%s)", w, got, got, n, want, want)
			}
		}
		src := fmt.Sprintf(`[{"block_id":"c","block_type":14,"code":{"style":{"language":%d},"elements":[{"text_run":{"content":"x"}}]}}]`, i+1)
		doc, warns, err := fromdocx.Read([]byte(src))
		if err != nil || len(warns) > 0 {
			t.Fatalf("language %d: %v %v", i+1, err, warns)
		}
		if got := doc.Blocks[0].(*model.CodeBlock).Language; got != name {
			t.Errorf("enum %d read as %q, want %q", i+1, got, name)
		}
	}
}

func TestLanguageAliasesAndRelatives(t *testing.T) {
	cases := []struct {
		lang  string
		want  string
		warns int
	}{
		{"golang", "Go", 0}, {"py", "Python", 0}, {"sh", "Bash", 0}, {"yml", "YAML", 0}, {"c#", "CSharp", 0},
		{"c++", "C++", 0}, {"ts", "TypeScript", 0}, {"objc", "Objective-C", 0}, {"patch", "Diff", 0},
		{"zsh", "Shell", 1}, {"sass", "SCSS", 1}, {"postgresql", "SQL", 1},
		{"brainfuck", "PlainText", 1}, {"", "PlainText", 0},
	}
	for _, c := range cases {
		got, n := writtenLanguage(t, c.lang)
		if c.lang == "" {
			// No language: the style carries none.
			if got != 0 || n != 0 {
				t.Errorf("no language written as %d with %d warnings", got, n)
			}
			continue
		}
		if got.String() != c.want || n != c.warns {
			t.Errorf("%q written as %s with %d warnings; want %s with %d", c.lang, got, n, c.want, c.warns)
		}
	}
}
