package textutil

import "strings"

// StartsHTMLBlock reports whether line, at the start of a paragraph, would
// open an HTML block (CommonMark §4.6, conditions 1–7), so that the
// paragraph would read back as raw HTML rather than as text. Only raw HTML
// inlines can put a "<" there: text escapes its own.
func StartsHTMLBlock(line string) bool {
	if !strings.HasPrefix(line, "<") {
		return false
	}
	lower := strings.ToLower(line)
	switch {
	case strings.HasPrefix(line, "<!--"), strings.HasPrefix(line, "<?"), strings.HasPrefix(line, "<![CDATA["):
		return true
	case len(line) > 2 && line[1] == '!' && isASCIILetter(line[2]):
		return true
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
	// Condition 7: a complete tag alone on its line. The tag's end is the
	// last ">" here, which is enough to tell a lone tag from a tag followed
	// by text.
	trimmed := strings.TrimRight(line, " \t")
	return ends && strings.HasSuffix(trimmed, ">") && !strings.ContainsAny(trimmed[1:len(trimmed)-1], "<>")
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
