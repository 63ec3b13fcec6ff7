// Package safeurl decides which URLs may be written into a link or an
// image of generated HTML: http, https, mailto, tel and relative URLs.
// Everything else (javascript:, vbscript:, data:, file: …) can run code or
// reach what a page should not, so writers drop it.
package safeurl

import "strings"

// Allowed reports whether u is safe to write as a link or image URL. It
// reads u as a browser does: ASCII tabs and newlines anywhere, and spaces
// and control characters at either end, do not count, and the scheme is
// compared case-insensitively ("Java&#9;Script:" decodes to one that is not
// allowed).
func Allowed(u string) bool {
	s := clean(u)
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return true // relative
	}
	// A colon after the first /, ? or # is not a scheme's.
	if i := strings.IndexAny(s, "/?#"); i >= 0 && i < colon {
		return true
	}
	switch strings.ToLower(s[:colon]) {
	case "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// clean removes what browsers ignore in a URL: tab, line feed and carriage
// return anywhere, C0 controls and spaces at the ends.
func clean(u string) string {
	if strings.ContainsAny(u, "\t\n\r") {
		u = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, u)
	}
	return strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
}
