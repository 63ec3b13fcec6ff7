// Package textutil holds small text facts the writers share.
package textutil

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

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

// wide are the code point ranges that terminals show two columns wide:
// East Asian Wide and Fullwidth characters and emoji.
var wide = [][2]rune{
	{0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3},
	{0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
	{0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA},
	{0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B},
	{0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
	{0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}, {0x2E80, 0x303E},
	{0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3},
	{0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F004, 0x1F004},
	{0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F},
	{0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}

// RuneWidth is how many columns r takes in a terminal or a monospaced
// plain-text view: 2 for East Asian wide characters and emoji, 0 for
// combining marks and format characters, 1 otherwise.
func RuneWidth(r rune) int {
	if r < 0x1100 {
		if r < 0x300 || !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
			if r == 0 {
				return 0
			}
			return 1
		}
		return 0
	}
	lo, hi := 0, len(wide)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < wide[m][0]:
			hi = m
		case r > wide[m][1]:
			lo = m + 1
		default:
			return 2
		}
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) || r == 0xFE0F || r == 0x200D {
		return 0
	}
	return 1
}

// Width is the display width of s (see RuneWidth).
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += RuneWidth(r)
	}
	return n
}

// ValidUTF8 returns src with each run of bytes that is not UTF-8 replaced by
// U+FFFD, and whether it had to: readers take text as UTF-8, and a document
// must hold the same text after a trip through JSON.
func ValidUTF8(src []byte) ([]byte, bool) {
	if utf8.Valid(src) {
		return src, false
	}
	return bytes.ToValidUTF8(src, []byte("\uFFFD")), true
}
