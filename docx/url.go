package docx

import (
	"net/url"
	"strings"
)

// EncodeURL percent-encodes a URL as the API sends link URLs: every byte but
// letters, digits and -._~ ("https://a.b/c" → "https%3A%2F%2Fa.b%2Fc").
func EncodeURL(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) * 3 / 2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// DecodeURL undoes EncodeURL; a URL that is not percent-encoded comes back
// as it is, and a malformed escape reports false.
func DecodeURL(s string) (string, bool) {
	if !strings.Contains(s, "%") {
		return s, true
	}
	v, err := url.PathUnescape(s)
	if err != nil {
		return s, false
	}
	return v, true
}
