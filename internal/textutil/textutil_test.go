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
