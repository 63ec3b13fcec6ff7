package frommarkdown

import (
	"fmt"

	"github.com/richtext-go/richtext/diag"
)

// nestingSlack is how many container markers beyond the depth limit a line
// may open before the rest of the line is read as text. Past the limit the
// reader flattens anyway; the slack keeps that flattening visible.
const nestingSlack = 16

// limitLineNesting escapes the container marker that would open more than
// limit containers on one line ("> > > …", "- - - …", "1. 1. …") or that
// starts past column 4×limit as an item nested under the list item of an
// earlier line. goldmark measures every marker's column from the start of
// its line, so such a line costs the square of its length, and lists nested
// one per line cost the cube of their depth; escaping the first marker past
// the limit makes the rest of the line paragraph text and the cost linear.
// Content that deep is flattened anyway (see WithMaxDepth). A line indented
// four columns or more past the content of the last item is code or text,
// whose markers open nothing, and is left alone. src is copied only when a
// line is changed.
func limitLineNesting(src []byte, limit int, warns *diag.List) []byte {
	var out []byte // nil until the first change
	last := 0      // end of the part of src already copied to out
	content := 0   // content column of the last item opened (see overNested)
	line := 1
	for start := 0; start < len(src); line++ {
		end := start
		for end < len(src) && src[end] != '\n' {
			end++
		}
		if at := overNested(src[start:end], limit, &content); at >= 0 {
			if out == nil {
				out = make([]byte, 0, len(src)+16)
				warns.Add(diag.Approximated, fmt.Sprintf("line %d", line),
					"a line opens more than %d lists or quotes, or a list past column %d; the rest of the line is read as text", limit, 4*limit)
			}
			out = append(out, src[last:start+at]...)
			out = append(out, '\\')
			last = start + at
		}
		start = end + 1
	}
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// overNested returns the offset in line of the marker that opens container
// number limit+1, or of a marker that starts past column 4×limit, or -1. The
// column matters for lists nested one per line, each indented under the
// last: goldmark's cost per line grows with the open lists times the
// indentation. A thematic break ("- - - -") is left alone.
//
// *content is the content column of the last container a marker opened on
// an earlier line (at most four columns after the marker; more would be
// code in the item, and counting fewer could let an item nested deeper slip
// through). A first marker four or more columns past it cannot open an item
// (it is indented code or a paragraph's text), so the line opens nothing.
// Lines without markers leave it as it is: a lazy continuation line does not
// close the items above it.
func overNested(line []byte, limit int, content *int) int {
	n, i, col := 0, 0, 0
	for {
		// All of the leading indentation counts (the first marker may be
		// an item nested under earlier lines); between markers, four
		// spaces start content.
		for spaces := 0; i < len(line) && (line[i] == ' ' || line[i] == '\t') && (n == 0 || spaces < 4); spaces++ {
			if line[i] == '\t' {
				col += 4 - col%4
			} else {
				col++
			}
			i++
		}
		if n > 0 {
			*content = col
		}
		if i >= len(line) {
			return -1
		}
		width := markerWidth(line[i:])
		if width == 0 {
			return -1
		}
		if n == 0 && col >= *content+4 {
			return -1
		}
		if n == limit || col > 4*limit {
			if isThematicBreak(line) {
				return -1
			}
			// As if it had opened an item: the next line nested under
			// it is escaped too.
			*content = col + width + 1
			return markerEscapeAt(line, i)
		}
		n++
		i += width
		col += width
	}
}

// markerWidth returns the length of a block quote or list marker at the
// start of b, or 0.
func markerWidth(b []byte) int {
	switch {
	case b[0] == '>':
		return 1
	case b[0] == '-' || b[0] == '+' || b[0] == '*':
		if len(b) == 1 || b[1] == ' ' || b[1] == '\t' {
			return 1
		}
		return 0
	}
	d := 0
	for d < len(b) && d < 9 && b[d] >= '0' && b[d] <= '9' {
		d++
	}
	if d == 0 || d >= len(b) || (b[d] != '.' && b[d] != ')') {
		return 0
	}
	if d+1 == len(b) || b[d+1] == ' ' || b[d+1] == '\t' {
		return d + 1
	}
	return 0
}

// markerEscapeAt returns where a backslash turns the marker at i into
// text: before the delimiter of an ordered marker, else before the marker.
func markerEscapeAt(line []byte, i int) int {
	j := i
	for j < len(line) && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	return j
}

// isThematicBreak reports whether line is three or more of one of "-*_"
// and spaces, which goldmark reads in one pass.
func isThematicBreak(line []byte) bool {
	var mark byte
	count := 0
	for _, c := range line {
		switch {
		case c == ' ' || c == '\t':
		case mark == 0 && (c == '-' || c == '*' || c == '_'):
			mark = c
			count++
		case c == mark:
			count++
		default:
			return false
		}
	}
	return count >= 3
}
