package frommarkdown

import "github.com/richtext-go/richtext/diag"

// LimitLineNesting exposes limitLineNesting to the external tests.
func LimitLineNesting(src string, limit int, warns *diag.List) []byte {
	return limitLineNesting([]byte(src), limit, warns)
}
