package frommarkdown

import (
	"strings"

	"golang.org/x/net/html"
)

// scanTag reads the tag at the start of s by CommonMark's grammar for open
// and closing tags (§6.6), which is what goldmark has already checked of a
// raw HTML inline. It returns the tag and the length it took, or ok false
// when s holds anything the grammar does not cover plainly (an entity in a
// value, a comment, a malformed tag): callers then ask the HTML tokenizer,
// whose answer on the covered inputs is the same. It exists because a
// tokenizer costs a 4 KiB buffer per tag, and Markdown has many tags.
func scanTag(s string) (t tag, n int, ok bool) {
	if len(s) < 3 || s[0] != '<' {
		return tag{}, 0, false
	}
	i := 1
	t.kind = html.StartTagToken
	if s[i] == '/' {
		t.kind = html.EndTagToken
		i++
	}
	start := i
	if i >= len(s) || !isLetter(s[i]) {
		return tag{}, 0, false
	}
	for i < len(s) && (isLetter(s[i]) || isDecimal(s[i]) || s[i] == '-') {
		i++
	}
	t.name = lowerASCII(s[start:i])
	for {
		ws := i
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return tag{}, 0, false
		}
		switch {
		case s[i] == '>':
			return t, i + 1, true
		case s[i] == '/' && t.kind == html.StartTagToken && i+1 < len(s) && s[i+1] == '>':
			t.kind = html.SelfClosingTagToken
			return t, i + 2, true
		case t.kind == html.EndTagToken || ws == i || !isAttrStart(s[i]):
			return tag{}, 0, false
		}
		k := i
		for i < len(s) && isAttrChar(s[i]) {
			i++
		}
		key, value := lowerASCII(s[k:i]), ""
		j := i
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '=' {
			j++
			for j < len(s) && isSpace(s[j]) {
				j++
			}
			if j >= len(s) {
				return tag{}, 0, false
			}
			switch q := s[j]; q {
			case '"', '\'':
				end := strings.IndexByte(s[j+1:], q)
				if end < 0 {
					return tag{}, 0, false
				}
				value, i = s[j+1:j+1+end], j+2+end
			default:
				v := j
				for j < len(s) && !isSpace(s[j]) && !strings.ContainsRune("\"'=<>`", rune(s[j])) {
					j++
				}
				if j == v {
					return tag{}, 0, false
				}
				value, i = s[v:j], j
			}
			if strings.ContainsAny(value, "&\x00\r") {
				return tag{}, 0, false // entities and oddities: the tokenizer's rules
			}
		}
		if t.attrs == nil {
			t.attrs = map[string]string{}
		}
		if _, dup := t.attrs[key]; !dup {
			t.order = append(t.order, key)
		}
		t.attrs[key] = value
	}
}

func isLetter(c byte) bool          { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDecimal(c byte) bool         { return c >= '0' && c <= '9' }
func isSpace(c byte) bool           { return c == ' ' || c == '\t' || c == '\n' || c == '\f' }
func isAttrStart(c byte) bool       { return isLetter(c) || c == '_' || c == ':' }
func isAttrChar(c byte) bool        { return isAttrStart(c) || isDecimal(c) || c == '.' || c == '-' }
func trimHTMLSpace(s string) string { return strings.Trim(s, " \t\n\f\r") }

// lowerASCII lowercases ASCII letters, without allocating when there are
// none to change.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
