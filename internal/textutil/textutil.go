// Package textutil holds small text facts the writers share.
package textutil

import "unicode"

// IsEastAsian reports whether r is a Chinese, Japanese or Korean character
// or East Asian punctuation, between which a line break joins without a
// space (as CSS text-autospace and pandoc's east_asian_line_breaks do).
func IsEastAsian(r rune) bool {
	switch {
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo):
		return true
	case r >= 0x3000 && r <= 0x303F: // CJK symbols and punctuation
		return true
	case r >= 0xFF00 && r <= 0xFFEF: // full-width forms
		return true
	}
	return false
}
