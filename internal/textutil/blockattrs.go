package textutil

import "strings"

// BlockAttrs splits raw, the source of a Markdown block's last line, into
// the text before a Feishu attribute list (`{align="center"}`) that ends it
// and the list's attributes, in order; ok is false when raw ends with no
// such list (or with an escaped brace). Which keys mean something is the
// reader's business.
func BlockAttrs(raw string) (before string, attrs [][2]string, ok bool) {
	s := strings.TrimRight(raw, " \t")
	if !strings.HasSuffix(s, "}") {
		return "", nil, false
	}
	open := strings.LastIndexByte(s, '{')
	if open < 0 || (open > 0 && s[open-1] == '\\') {
		return "", nil, false
	}
	body := s[open+1 : len(s)-1]
	for {
		body = strings.TrimLeft(body, " ")
		if body == "" {
			break
		}
		eq := strings.IndexByte(body, '=')
		if eq <= 0 || eq+1 >= len(body) || body[eq+1] != '"' {
			return "", nil, false
		}
		key := body[:eq]
		for _, c := range key {
			if (c < 'a' || c > 'z') && c != '-' {
				return "", nil, false
			}
		}
		end := strings.IndexByte(body[eq+2:], '"')
		if end < 0 {
			return "", nil, false
		}
		attrs = append(attrs, [2]string{key, body[eq+2 : eq+2+end]})
		body = body[eq+2+end+1:]
		if body != "" && body[0] != ' ' {
			return "", nil, false
		}
	}
	if len(attrs) == 0 {
		return "", nil, false
	}
	return s[:open], attrs, true
}
