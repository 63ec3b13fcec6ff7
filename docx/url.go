package docx

import (
	"net/url"
	"strings"
	"unicode/utf8"
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
// as it is, and a malformed escape, or one that decodes to bytes that are
// not UTF-8, reports false and the URL as it is.
func DecodeURL(s string) (string, bool) {
	if !strings.Contains(s, "%") {
		return s, true
	}
	v, err := url.PathUnescape(s)
	if err != nil || !utf8.ValidString(v) {
		return s, false
	}
	return v, true
}

// urlKinds maps the path segment of a Feishu/Lark document URL to the type
// of the document it opens.
var urlKinds = map[string]MentionObjType{
	"docs": 1, "sheets": 3, "base": 8, "mindnotes": 11, "file": 12, "slides": 15, "wiki": 16, "docx": 22,
}

// DocumentFromURL reads the token and type of a Feishu/Lark document from its
// URL ("https://x.feishu.cn/docx/doxcnAbc" → "doxcnAbc", docx), for the
// hosts of Feishu and Lark; ok is false for any other URL.
func DocumentFromURL(raw string) (token string, kind MentionObjType, ok bool) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return "", 0, false
	}
	host := strings.ToLower(u.Hostname())
	feishu := false
	for _, h := range []string{"feishu.cn", "feishu.net", "larksuite.com", "larkoffice.com", "larksuite.cn"} {
		feishu = feishu || host == h || strings.HasSuffix(host, "."+h)
	}
	if !feishu {
		return "", 0, false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := 0; i+1 < len(parts); i++ {
		if k, known := urlKinds[parts[i]]; known && parts[i+1] != "" {
			return parts[i+1], k, true
		}
	}
	return "", 0, false
}
