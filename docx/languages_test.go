package docx_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/model"
)

// The enum table is checked against the reference, entry by entry: other
// tools ship wrong tables.
func TestCodeLanguagesMatchReference(t *testing.T) {
	ref, err := os.ReadFile("../../shared/reference/feishu.md")
	if err != nil {
		t.Skip("reference/feishu.md is absent:", err)
	}
	s := string(ref)
	start := strings.Index(s, "- CodeLanguage:")
	end := strings.Index(s[start:], "Other tools")
	list := strings.Join(strings.Fields(s[start+len("- CodeLanguage:"):start+end]), " ")
	entry := regexp.MustCompile(`(\d+) ([^,]+?)(?:,|\.\s*$|\. )`)
	found := 0
	for _, m := range entry.FindAllStringSubmatch(list+" ", -1) {
		n, _ := strconv.Atoi(m[1])
		name := strings.TrimSpace(m[2])
		found++
		if got := docx.CodeLanguage(n).String(); got != name {
			t.Errorf("CodeLanguage(%d) = %q, the reference says %q", n, got, name)
		}
		if v, ok := docx.LanguageByName(name); !ok || int(v) != n {
			t.Errorf("LanguageByName(%q) = %d, %v; want %d", name, v, ok, n)
		}
	}
	if found != 75 {
		t.Errorf("read %d entries from the reference, want 75", found)
	}
	if docx.CodeLanguage(0).String() != "" || docx.CodeLanguage(76).String() != "" {
		t.Error("values outside 1–75 have names")
	}
}

// The model's canonical names are the enum names, in order.
func TestCanonicalNamesAreEnumNames(t *testing.T) {
	names := model.Languages()
	if len(names) != 75 {
		t.Fatalf("%d canonical languages, want 75", len(names))
	}
	for i, name := range names {
		if got := docx.CodeLanguage(i + 1).String(); got != name {
			t.Errorf("canonical language %d is %q, the enum says %q", i+1, name, got)
		}
	}
}

func TestNearestLanguage(t *testing.T) {
	for in, want := range map[string]string{"zsh": "Shell", "Sass": "SCSS", "clojure": "Lisp", "postgresql": "SQL", "ini": "Properties"} {
		got, ok := docx.NearestLanguage(in)
		if !ok || got.String() != want {
			t.Errorf("NearestLanguage(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	if _, ok := docx.NearestLanguage("brainfuck"); ok {
		t.Error("an unknown language has a nearest one")
	}
}
