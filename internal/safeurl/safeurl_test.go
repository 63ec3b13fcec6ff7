package safeurl

import "testing"

func TestAllowed(t *testing.T) {
	ok := []string{"https://example.com", "http://x", "HTTPS://X", "mailto:a@b.c", "tel:+86", "/path", "page.html",
		"#anchor", "?q=1", "./a:b", "a/b:c", "//cdn.example.com/x.png", ""}
	bad := []string{"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
		"java\nscript:x", "\x01javascript:x", "vbscript:msgbox", "data:text/html,<script>", "data:image/svg+xml;base64,xx",
		"file:///etc/passwd", "jar:x", "livescript:x"}
	for _, u := range ok {
		if !Allowed(u) {
			t.Errorf("%q is refused", u)
		}
	}
	for _, u := range bad {
		if Allowed(u) {
			t.Errorf("%q is allowed", u)
		}
	}
}
