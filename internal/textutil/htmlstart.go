package textutil

import "strings"

// StartsHTMLBlock reports whether line, at the start of a paragraph, would
// open an HTML block (CommonMark §4.6, conditions 1–7), so that the
// paragraph would read back as raw HTML rather than as text. Only raw HTML
// inlines can put a "<" there: text escapes its own.
func StartsHTMLBlock(line string) bool { return htmlBlockStart(line, true) }

// InterruptsParagraph reports whether line, inside a paragraph, would end it
// and open an HTML block (conditions 1–6; a lone tag, condition 7, cannot).
func InterruptsParagraph(line string) bool { return htmlBlockStart(line, false) }

func htmlBlockStart(line string, lone bool) bool {
	if !strings.HasPrefix(line, "<") {
		return false
	}
	lower := strings.ToLower(line)
	switch {
	case strings.HasPrefix(line, "<!--"), strings.HasPrefix(line, "<?"), strings.HasPrefix(line, "<![CDATA["):
		return true
	case len(line) > 2 && line[1] == '!' && line[2] >= 'A' && line[2] <= 'Z':
		return true // goldmark's condition 4 wants an upper-case letter
	}
	rest := lower[1:]
	closing := strings.HasPrefix(rest, "/")
	if closing {
		rest = rest[1:]
	}
	n := 0
	for n < len(rest) && (isASCIILetter(rest[n]) || n > 0 && (rest[n] >= '0' && rest[n] <= '9' || rest[n] == '-')) {
		n++
	}
	if n == 0 {
		return false
	}
	name, after := rest[:n], rest[n:]
	ends := after == "" || after[0] == ' ' || after[0] == '\t' || after[0] == '>' || strings.HasPrefix(after, "/>")
	if !closing && ends && (name == "script" || name == "pre" || name == "style" || name == "textarea") {
		return true
	}
	if ends && strings.Contains(htmlBlockNames, " "+name+" ") {
		return true
	}
	// Condition 7: a complete open or closing tag alone on its line.
	return lone && ends && isCompleteTag(strings.TrimRight(line, " \t"))
}

// isCompleteTag reports whether s is exactly one CommonMark open tag or
// closing tag (§6.6): a name, then attributes with well-formed names and
// values.
func isCompleteTag(s string) bool {
	if len(s) < 3 || s[0] != '<' || s[len(s)-1] != '>' {
		return false
	}
	s = s[1 : len(s)-1]
	closing := s[0] == '/'
	if closing {
		s = s[1:]
	}
	i := 0
	for i < len(s) && (isASCIILetter(s[i]) || i > 0 && (s[i] >= '0' && s[i] <= '9' || s[i] == '-')) {
		i++
	}
	if i == 0 {
		return false
	}
	space := func() int {
		n := 0
		for i+n < len(s) && (s[i+n] == ' ' || s[i+n] == '\t' || s[i+n] == '\n') {
			n++
		}
		return n
	}
	if closing {
		return i+space() == len(s)
	}
	for {
		n := space()
		i += n
		if i == len(s) || s[i:] == "/" {
			return true
		}
		if n == 0 {
			return false // an attribute needs space before it
		}
		// The attribute name.
		if c := s[i]; !isASCIILetter(c) && c != '_' && c != ':' {
			return false
		}
		for i < len(s) && (isASCIILetter(s[i]) || s[i] >= '0' && s[i] <= '9' || strings.IndexByte("_.:-", s[i]) >= 0) {
			i++
		}
		// An optional value after "=".
		j := i
		i += space()
		if i == len(s) || s[i] != '=' {
			i = j
			continue
		}
		i++
		i += space()
		if i == len(s) {
			return false
		}
		switch q := s[i]; q {
		case '"', '\'':
			end := strings.IndexByte(s[i+1:], q)
			if end < 0 {
				return false
			}
			i += end + 2
		default:
			j := i
			for i < len(s) && strings.IndexByte(" \t\n\"'=<>`", s[i]) < 0 {
				i++
			}
			if i == j {
				return false
			}
		}
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// htmlBlockNames lists, space-separated, the tag names of CommonMark's HTML
// block condition 6.
const htmlBlockNames = " address article aside base basefont blockquote body caption center col" +
	" colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2" +
	" h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup" +
	" option p param search section summary table tbody td tfoot th thead title tr track ul "

// FirstLine returns s up to its first newline.
func FirstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// HTMLBlockEnds reports whether the HTML blocks that block (their whole
// source) holds all end inside it. Blocks of conditions 1–5 (<script>,
// <pre>, <style>, <textarea>, comments, processing instructions,
// declarations, CDATA) run until their end marker, across blank lines, so
// one that lacks it takes in everything after it; blocks of conditions 6
// and 7 end at a blank line and always end. A line after one that ends
// starts a block of its own.
func HTMLBlockEnds(block string) bool {
	lines := strings.Split(block, "\n")
	for i := 0; i < len(lines); {
		line := strings.TrimLeft(lines[i], " ")
		if strings.TrimSpace(line) == "" {
			i++
			continue
		}
		marker, skip := HTMLBlockEnd(line)
		if marker == "" {
			for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
				i++
			}
			continue
		}
		ended := false
		for j := i; j < len(lines); j++ {
			l := lines[j]
			if j == i {
				l = line[skip:]
			}
			if strings.Contains(strings.ToLower(l), marker) {
				i, ended = j+1, true
				break
			}
		}
		if !ended {
			return false
		}
	}
	return true
}

// HTMLBlockEnd returns the end marker (lower case) of the HTML block of
// conditions 1–5 that line starts, and how much of line the search for it
// skips; "" for any other line.
func HTMLBlockEnd(line string) (marker string, skip int) {
	switch {
	case strings.HasPrefix(line, "<!--"):
		return "-->", 2
	case strings.HasPrefix(line, "<?"):
		return "?>", 2
	case strings.HasPrefix(line, "<![CDATA["):
		return "]]>", 0
	case len(line) > 2 && line[1] == '!' && line[2] >= 'A' && line[2] <= 'Z':
		return ">", 0
	}
	l := strings.ToLower(line)
	for _, name := range [...]string{"script", "pre", "style", "textarea"} {
		if after, ok := strings.CutPrefix(l, "<"+name); ok &&
			(after == "" || after[0] == ' ' || after[0] == '\t' || after[0] == '>') {
			return "</" + name + ">", 0
		}
	}
	return "", 0
}
