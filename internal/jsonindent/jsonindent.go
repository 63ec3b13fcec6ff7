// Package jsonindent indents JSON like encoding/json, down to a depth: past
// it the output stays compact. Deeply nested input would otherwise give
// output whose size grows with the square of its depth.
package jsonindent

import (
	"bytes"
	"encoding/json"
)

// MaxDepth is how many levels of arrays and objects are indented.
const MaxDepth = 64

// Indent appends to dst the valid, compact JSON src, indented by two spaces
// per level for the first MaxDepth levels, exactly as json.Indent with ""
// and "  " writes them, and returns the result.
func Indent(dst, src []byte) []byte {
	depth := 0
	inString, escaped := false, false
	newline := func(d int) {
		dst = append(dst, '\n')
		for i := 0; i < d; i++ {
			dst = append(dst, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			dst = append(dst, c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1]) // empty: "{}", "[]"
				i++
				continue
			}
			depth++
			if depth <= MaxDepth {
				newline(depth)
			}
		case '}', ']':
			if depth <= MaxDepth {
				newline(depth - 1)
			}
			depth--
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			if depth <= MaxDepth {
				newline(depth)
			}
		case ':':
			dst = append(dst, c)
			if depth <= MaxDepth {
				dst = append(dst, ' ')
			}
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// Encode returns the JSON of v, indented by Indent, without escaping HTML
// characters, and with a final newline: what a json.Encoder with
// SetEscapeHTML(false) and SetIndent("", "  ") writes.
func Encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	compact := buf.Bytes() // ends in the encoder's newline
	out := make([]byte, 0, len(compact)+len(compact)/2)
	return Indent(out, compact), nil
}
