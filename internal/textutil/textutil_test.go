package textutil

import "testing"

func TestIsEastAsian(t *testing.T) {
	for _, r := range "中文かなカナ한글，。、！（）" {
		if !IsEastAsian(r) {
			t.Errorf("%q is East Asian", r)
		}
	}
	for _, r := range "aZ9 ,.!-é" {
		if IsEastAsian(r) {
			t.Errorf("%q is not East Asian", r)
		}
	}
}

func TestWidth(t *testing.T) {
	for s, want := range map[string]int{"abc": 3, "中文": 4, "a中b": 4, "café": 4, "e\u0301": 1, "💡": 2, "⚠️": 1, "한글": 4, "ｆｕｌｌ": 8, "": 0} {
		if got := Width(s); got != want {
			t.Errorf("Width(%q) = %d, want %d", s, got, want)
		}
	}
}
