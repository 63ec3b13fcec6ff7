package frommarkdown

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// unescape resolves backslash escapes and character references in text, as
// goldmark's HTML renderer does when it writes a text segment.
func unescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 && strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && util.IsPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i++
		case c == '&':
			if r, n := reference(s[i:]); n > 0 {
				b.WriteString(r)
				i += n - 1
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// unescapeURL resolves a link destination as goldmark does before escaping
// it: backslash escapes first, then character references.
func unescapeURL(s string) string {
	if strings.IndexByte(s, '\\') < 0 && strings.IndexByte(s, '&') < 0 {
		return s
	}
	v := util.UnescapePunctuations([]byte(s))
	v = util.ResolveNumericReferences(v)
	v = util.ResolveEntityNames(v)
	return string(v)
}

// reference decodes the character reference at the start of s ("&amp;",
// "&#42;", "&#x2A;") and returns it with the bytes it used, or 0.
func reference(s string) (string, int) {
	if len(s) < 3 || s[0] != '&' {
		return "", 0
	}
	if s[1] == '#' {
		i, base := 2, 10
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i, base = 3, 16
		}
		start := i
		for i < len(s) && i-start < 8 && isDigit(s[i], base) {
			i++
		}
		maxDigits := 7
		if base == 16 {
			maxDigits = 6
		}
		if i == start || i >= len(s) || s[i] != ';' || i-start > maxDigits {
			return "", 0
		}
		v, _ := strconv.ParseUint(s[start:i], base, 32)
		r := rune(v)
		if r == 0 || !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return string(r), i + 1
	}
	i := 1
	for i < len(s) && i < 40 && util.IsAlphaNumeric(s[i]) {
		i++
	}
	if i == 1 || i >= len(s) || s[i] != ';' {
		return "", 0
	}
	if e, ok := util.LookUpHTML5EntityByName(s[1:i]); ok {
		return string(e.Characters), i + 1
	}
	return "", 0
}

func isDigit(c byte, base int) bool {
	if c >= '0' && c <= '9' {
		return true
	}
	return base == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
}

// walkNodes visits root and its descendants in document order without
// recursion; visit returns false to skip a node's children.
func walkNodes(root ast.Node, visit func(n ast.Node) bool) {
	n := root
	for n != nil {
		if visit(n) && n.FirstChild() != nil {
			n = n.FirstChild()
			continue
		}
		for n != root && n.NextSibling() == nil {
			n = n.Parent()
		}
		if n == root {
			return
		}
		n = n.NextSibling()
	}
}
