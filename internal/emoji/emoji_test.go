package emoji

import "testing"

func TestEveryEmojiBothWays(t *testing.T) {
	seen := map[string]string{}
	for _, e := range emojis {
		if other, dup := seen[stripVS(e.char)]; dup {
			t.Errorf("%s is the emoji of both %q and %q", e.char, other, e.id)
		}
		seen[stripVS(e.char)] = e.id
		if c, ok := Char(e.id); !ok || c != e.char {
			t.Errorf("Char(%q) = %q, %v", e.id, c, ok)
		}
		if id, ok := ID(e.char); !ok || id != e.id {
			t.Errorf("ID(%q) = %q, %v; want %q", e.char, id, ok, e.id)
		}
	}
}

func TestVariationSelectors(t *testing.T) {
	for _, c := range []string{"⚠", "⚠️", "⚠\ufe0e"} {
		if id, ok := ID(c); !ok || id != "warning" {
			t.Errorf("ID(%q) = %q, %v; want warning", c, id, ok)
		}
	}
	if _, ok := ID("🦜"); ok {
		t.Error("an emoji callouts do not use has an id")
	}
	if _, ok := Char("no_such_emoji"); ok {
		t.Error("an unknown id has a character")
	}
}
