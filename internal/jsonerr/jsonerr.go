// Package jsonerr turns encoding/json errors into messages that say where in
// the input they are: a line and column for malformed JSON, the path of the
// member for a value of the wrong type ("data.items[3].text.elements[1]").
package jsonerr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Describe rewrites err, returned by decoding data, as "pkg: where: what".
// prefix is the path of data inside a larger input ("data.").
func Describe(pkg string, data []byte, prefix string, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := LineCol(data, int(se.Offset)-1)
		if in := strings.TrimSuffix(prefix, "."); in != "" {
			return fmt.Errorf("%s: %s: line %d, column %d: %s", pkg, in, line, col, syntaxMessage(se))
		}
		return fmt.Errorf("%s: line %d, column %d: %s", pkg, line, col, syntaxMessage(se))
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		where := prefix + PathAt(data, te.Offset)
		where = strings.TrimSuffix(where, ".")
		if where == "" {
			where = "the input"
		}
		return fmt.Errorf("%s: %s: want %s, got %s", pkg, where, kindName(te.Type), article(te.Value))
	}
	return fmt.Errorf("%s: %v", pkg, err)
}

// syntaxMessage words encoding/json's syntax errors for a reader who did
// not write a JSON parser.
func syntaxMessage(se *json.SyntaxError) string {
	msg := se.Error()
	switch {
	case strings.HasSuffix(msg, "exceeded max depth"):
		return "arrays and objects nest deeper than 10000 levels"
	case strings.HasSuffix(msg, "after top-level value"):
		return "unexpected data after the document"
	}
	return msg
}

// LineCol converts a byte offset into a 1-based line and column.
func LineCol(data []byte, offset int) (line, col int) {
	offset = max(0, min(offset, len(data)))
	line = 1 + bytes.Count(data[:offset], []byte{'\n'})
	col = offset - bytes.LastIndexByte(data[:offset], '\n')
	return line, col
}

type frame struct {
	object  bool
	key     string
	index   int
	wantKey bool
}

// PathAt returns the path of the JSON value that ends at or after offset
// in data ("items[3].block_type"), the offset encoding/json gives in an
// UnmarshalTypeError. It tokenizes without recursion, so any depth is safe.
func PathAt(data []byte, offset int64) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []frame
	path := func() string {
		var b strings.Builder
		for i, f := range stack {
			if f.object {
				if i > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			} else {
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
			}
		}
		return b.String()
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return path() // malformed or ended: the best place known
		}
		// A key: remember it, the value follows.
		if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].wantKey {
			if d, ok := tok.(json.Delim); ok && d == '}' {
				stack = stack[:n-1]
				afterValue(stack)
				continue
			}
			stack[n-1].key, stack[n-1].wantKey = fmt.Sprint(tok), false
			continue
		}
		d, isDelim := tok.(json.Delim)
		if isDelim && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			afterValue(stack)
			continue
		}
		if dec.InputOffset() >= offset {
			return path()
		}
		switch {
		case isDelim && d == '{':
			stack = append(stack, frame{object: true, wantKey: true})
		case isDelim && d == '[':
			stack = append(stack, frame{})
		default:
			afterValue(stack)
		}
	}
}

// afterValue moves the innermost container past a value it holds.
func afterValue(stack []frame) {
	if n := len(stack); n > 0 {
		f := &stack[n-1]
		if f.object {
			f.wantKey = true
		} else {
			f.index++
		}
	}
}

// kindName says in words what a Go type accepts from JSON.
func kindName(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Pointer:
		return kindName(t.Elem())
	}
	return t.String()
}

func article(v string) string {
	switch v {
	case "array", "object":
		return "an " + v
	case "":
		return "another value"
	case "bool":
		return "true or false"
	}
	if n, ok := strings.CutPrefix(v, "number "); ok {
		return n // the number itself: "want an integer, got 1e30"
	}
	if strings.HasPrefix(v, "number") {
		return "a number"
	}
	return "a " + v
}
