package tomarkdown

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
)

// escapeState escapes the text tokens of one piece of inline content. A
// character gets a backslash only where it would otherwise start syntax:
// "fake \*\*bold\*\*", but "hello." and "a * b" stay as they are.
type escapeState struct {
	ctx   inlineCtx
	toks  []token
	plain bool
	// all is the content as written so far (raw text, markup), with each
	// token's offset in it, to ask whether a ']' or a '$' comes later.
	offsets []int
	inLink  []bool
	// lastLinkClose is the last "](" or "][" (where a '[' before it could
	// start a link), lastBacktick the last '`' (which a '`' before it
	// could pair with).
	lastLinkClose, lastBacktick int
	lastGT                      int
	// markupTick is the first backtick inside an <equation> over several
	// lines, which holds its TeX raw and is read from the source between
	// its tags: a later backtick in text could close a code span it opens.
	markupTick              int
	tildes                  int // a lone '~' cannot strike anything
	firstDollar, lastDollar int
	dollarCount             int
	buf                     byteBuf // scratch of escape
}

func (e *escapeState) scan() {
	// The slices are reused from scan to scan.
	e.offsets = append(e.offsets[:0], make([]int, len(e.toks))...)
	e.inLink = append(e.inLink[:0], make([]bool, len(e.toks))...)
	e.tildes, e.dollarCount, e.markupTick = 0, 0, -1
	depth := 0
	e.lastLinkClose, e.lastBacktick, e.lastGT, e.firstDollar, e.lastDollar = -1, -1, -1, -1, -1
	pos := 0
	closeAt := -2 // where the last ']' was, to see what follows it
	note := func(s string, at int) {
		for i := 0; i < len(s); i++ {
			if !scanBytes[s[i]] {
				continue
			}
			if closeAt == at+i-1 && (s[i] == '(' || s[i] == '[') {
				e.lastLinkClose = closeAt
			}
			switch s[i] {
			case ']':
				closeAt = at + i
			case '`':
				e.lastBacktick = at + i
			case '~':
				e.tildes++
			case '>':
				e.lastGT = at + i
			case '$':
				if e.firstDollar < 0 {
					e.firstDollar = at + i
				}
				e.lastDollar = at + i
				e.dollarCount++
			}
		}
	}
	for i := range e.toks {
		e.offsets[i] = pos
		t := &e.toks[i]
		if t.kind == tkOpen && t.mark.kind == mLink {
			depth++
		} else if t.kind == tkClose && t.mark.kind == mLink {
			depth--
		}
		e.inLink[i] = depth > 0
		s := t.s
		if t.kind == tkOpen || t.kind == tkClose {
			s = t.out // render has just chosen it
		}
		if t.kind == tkMarkup && e.markupTick < 0 && strings.HasPrefix(s, "<equation>") && strings.Contains(s, "\n") {
			if k := strings.IndexByte(s, '`'); k >= 0 {
				e.markupTick = pos + k
			}
		}
		note(s, pos)
		pos += len(s)
	}
}

// rawAfter is the first character after token i before escaping.
func rawAfter(toks []token, i int) rune {
	for j := i + 1; j < len(toks); j++ {
		s := toks[j].s
		switch toks[j].kind {
		case tkOpen, tkClose:
			s = toks[j].out
			if s == "" {
				s = markupOf(&toks[j], toks)
			}
		case tkBreak:
			// Written as a backslash and a new line: a star before it
			// is followed by punctuation, not white space, and may open.
			return '\\'
		case tkSoft:
			return '\n'
		}
		if s != "" {
			r, _ := utf8.DecodeRuneInString(s)
			return r
		}
	}
	return -1
}

func (e *escapeState) lineCtx() bool {
	return e.ctx == ctxParagraph || e.ctx == ctxHeading || e.ctx == ctxCell
}

// escape returns the escaped form of text token i.
func (e *escapeState) escape(i int) string {
	t := &e.toks[i]
	s := t.s
	prev := outBefore(e.toks, i)
	next := rawAfter(e.toks, i)
	base := e.offsets[i]
	b := &e.buf
	*b = (*b)[:0]

	start, end := 0, len(s)
	lead := 0 // s[:lead] is written as references
	if e.lineCtx() {
		// Only the white space at the very edge of the line is written as
		// a reference: what follows or precedes a reference is no longer
		// at the edge and is kept. One rule for every token keeps the
		// output the same however the text is split into tokens.
		if t.lineStart {
			// A form feed too: after a task item's "[x]" goldmark takes
			// \s*, which holds it.
			if start < end && (s[start] == ' ' || s[start] == '\t' || s[start] == '\f') {
				b.WriteString(spaceEntity(s[start]))
				start++
			}
			lead = start
		}
		if t.lineEnd {
			if end > start && (s[end-1] == ' ' || s[end-1] == '\t') {
				end--
			}
		}
	}
	if e.ctx == ctxTag {
		return escapeTagBody(s)
	}
	lineStart := t.lineStart && start == 0 && e.ctx == ctxParagraph
	if lineStart && start < end {
		if n := blockStart(s[start:end], t.lineEnd); n >= 0 {
			b.WriteString(s[start : start+n])
			b.WriteByte('\\')
			start += n
			// The escaped character itself is written by the loop below
			// without a second look.
			b.WriteByte(s[start])
			start++
		}
	}
	// The character written before s[j]: a reference ends with ";".
	writtenBefore := func(j int) rune {
		if j > 0 && j == lead {
			return ';'
		}
		return runeBefore(s, j, prev)
	}
	for j := start; j < end; {
		if !escapeBytes[s[j]] {
			k := j + 1
			for k < end && !escapeBytes[s[k]] {
				k++
			}
			b.WriteString(s[j:k])
			j = k
			continue
		}
		c := s[j]
		switch c {
		case '*', '_', '~':
			k := j
			for k < end && s[k] == c {
				k++
			}
			before, after := writtenBefore(j), runeAfterAt(s, k, end, next)
			lone := c == '~' && e.tildes == k-j && k-j < 3
			if !lone && (canOpen(c, before, after) || canClose(c, before, after) || before == rune(c) || after == rune(c)) ||
				(c == '~' && lineStart && j == start && k-j >= 3) {
				for ; j < k; j++ {
					b.WriteByte('\\')
					b.WriteByte(c)
				}
			} else {
				b.WriteString(s[j:k])
			}
			j = k
			continue
		case '\\':
			after := runeAfterAt(s, j+1, end, next)
			if after < 0 || after == '\n' || (after < 0x80 && isPunct(after)) {
				b.WriteByte('\\')
			}
		case '`':
			if e.markupTick >= 0 && e.markupTick < base+j {
				// A backslash does not keep a backtick from closing a
				// code span; a reference does.
				b.WriteString("&#96;")
				j++
				continue
			}
			// Escaped also right after a code span, whose closing run it
			// would lengthen.
			if e.ctx == ctxLinkText || e.lastBacktick > base+j || writtenBefore(j) == '`' {
				b.WriteByte('\\')
			}
		case '[':
			// Without link reference definitions in the output, a bracket
			// starts a link only before "](" or "][", and a definition or
			// a task box only at the start of a line.
			if e.ctx == ctxLinkText || e.inLink[i] || e.lastLinkClose > base+j || (lineStart && j == start && startsDefinitionOrTask(s[j:end])) {
				b.WriteByte('\\')
			}
		case ']':
			if e.ctx == ctxLinkText || e.inLink[i] {
				b.WriteByte('\\')
			}
		case '<':
			after := runeAfterAt(s, j+1, end, next)
			tagLike := after >= 'a' && after <= 'z' || after >= 'A' && after <= 'Z' || after == '/' || after == '!' || after == '?'
			if e.ctx == ctxTag || (tagLike && (e.lastGT > base+j || lineStart)) {
				b.WriteByte('\\')
			}
		case '&':
			if isReference(s[j:]) {
				b.WriteByte('\\')
			}
		case '!':
			if j+1 == end && next == '[' {
				b.WriteByte('\\')
			}
		case '\n':
			b.WriteString("&#10;")
			j++
			continue
		case '\r':
			b.WriteString("&#13;")
			j++
			continue
		case '$':
			if e.ctx == ctxLinkText {
				// Alt text and labels are written before the paragraph
				// around them is known: any $ might pair with one there.
				b.WriteByte('\\')
			} else if e.lineCtx() && e.dollarCount > 1 {
				after := runeAfterAt(s, j+1, end, next)
				if (!isMathSpace(after) && e.lastDollar > base+j) || (!isMathSpace(writtenBefore(j)) && e.firstDollar < base+j) {
					b.WriteByte('\\')
				}
			}
		case '|':
			if e.ctx == ctxCell {
				b.WriteByte('\\')
			}
		case ':':
			if e.ctx != ctxLinkText && e.ctx != ctxTag && !e.inLink[i] && schemeBefore(s, j) {
				b.WriteByte('\\')
			}
		case '.':
			if e.ctx != ctxLinkText && e.ctx != ctxTag && !e.inLink[i] && wwwBefore(s, j) {
				b.WriteByte('\\')
			}
		case '@':
			if e.ctx != ctxLinkText && e.ctx != ctxTag && !e.inLink[i] && emailAround(s, j) {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
		j++
	}
	for k := end; k < len(s); k++ {
		b.WriteString(spaceEntity(s[k]))
	}
	if string(*b) == s {
		return s // nothing escaped: no copy
	}
	return string(*b)
}

// scanBytes are the characters scan notes; escapeBytes those that escape
// looks at (every case of its switch). Both are read-only.
var (
	scanBytes   = byteSet("]([`~>$")
	escapeBytes = byteSet("*_~\\`[]<&!\n\r$|:.@")
)

func byteSet(chars string) (set [256]bool) {
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return set
}

// byteBuf is a reusable buffer with the writing methods of strings.Builder.
type byteBuf []byte

func (b *byteBuf) WriteByte(c byte) error {
	*b = append(*b, c)
	return nil
}

func (b *byteBuf) WriteString(s string) (int, error) {
	*b = append(*b, s...)
	return len(s), nil
}

// escapeTagBody escapes the text inside a Feishu tag (<mention-doc>), which
// the reader takes verbatim and unescapes: any character that could start
// inline syntax, and so swallow the closing tag, gets a backslash.
func escapeTagBody(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '`', '$', '<', '[', ']', '*', '_', '~', '!':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '&':
			if isReference(s[i:]) {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		case '\n':
			b.WriteString("&#10;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func spaceEntity(c byte) string {
	switch c {
	case '\t':
		return "&#9;"
	case '\f':
		return "&#12;"
	}
	return "&#32;"
}

// runeBefore and runeAfterAt return the character written next to s[j] (or
// before s[k]); inside a text a line break is written as a reference, so
// it stands as the reference's last or first character.
func runeBefore(s string, j int, prev rune) rune {
	if j == 0 {
		return prev
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	if r == '\n' || r == '\r' {
		return ';'
	}
	return r
}

func runeAfterAt(s string, k, end int, next rune) rune {
	if k >= end {
		if end < len(s) {
			return '&' // trailing spaces at a line end, written as references
		}
		return next
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	if r == '\n' || r == '\r' {
		return '&'
	}
	return r
}

// blockStart returns the index of the character to escape when a line
// beginning with s would start a block (a heading, a quote, a list item, a
// thematic break or setext underline, a fence, HTML, a math block, a table
// delimiter row), or -1.
func blockStart(s string, wholeLine bool) int {
	c := s[0]
	spaceAfter := func(n int) bool { return n >= len(s) || s[n] == ' ' || s[n] == '\t' }
	switch {
	case c == '#':
		n := 0
		for n < len(s) && s[n] == '#' {
			n++
		}
		if n <= 6 && spaceAfter(n) {
			return 0
		}
	case c == '>':
		return 0
	case c == '+' || c == '-' || c == '*':
		if spaceAfter(1) {
			return 0
		}
	case c >= '0' && c <= '9':
		n := 0
		for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n <= 9 && n < len(s) && (s[n] == '.' || s[n] == ')') && spaceAfter(n+1) {
			return n
		}
	case c == '$':
		if len(s) > 1 && s[1] == '$' {
			return 0
		}
	}
	if wholeLine {
		if c == '-' || c == '=' || c == '_' || c == '*' {
			only := true
			for i := 0; i < len(s); i++ {
				if s[i] != c && s[i] != ' ' && s[i] != '\t' {
					only = false
					break
				}
			}
			if only {
				return 0
			}
		}
		if (c == '|' || c == '-' || c == ':') && isDelimiterRow(s) {
			return 0
		}
	}
	return -1
}

// isDelimiterRow reports whether a line looks like a GFM table delimiter row
// ("| --- | :-: |", "---|---", and "-:" of a one-column table, which goldmark
// reads without pipes).
func isDelimiterRow(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "-") {
		return false
	}
	for _, cell := range strings.Split(strings.Trim(s, "|"), "|") {
		cell = strings.TrimSpace(cell)
		cell = strings.TrimPrefix(cell, ":")
		cell = strings.TrimSuffix(cell, ":")
		if cell == "" || strings.Trim(cell, "-") != "" {
			return false
		}
	}
	return true
}

// isReference reports whether s starts with a character reference that a
// Markdown reader would decode.
func isReference(s string) bool {
	if len(s) < 3 || s[0] != '&' {
		return false
	}
	if s[1] == '#' {
		i := 2
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		start := i
		for i < len(s) && i-start < 8 && (s[i] >= '0' && s[i] <= '9' || hex && (s[i] >= 'a' && s[i] <= 'f' || s[i] >= 'A' && s[i] <= 'F')) {
			i++
		}
		return i > start && i < len(s) && s[i] == ';'
	}
	i := 1
	for i < len(s) && i < 40 && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == 1 || i >= len(s) || s[i] != ';' {
		return false
	}
	return html.UnescapeString(s[:i+1]) != s[:i+1]
}

// schemeBefore reports whether the ':' at j ends "http", "https" or "ftp"
// and starts "//", which GFM would turn into a link.
func schemeBefore(s string, j int) bool {
	if !strings.HasPrefix(s[j:], "://") {
		return false
	}
	for _, scheme := range []string{"https", "http", "ftp"} {
		if j >= len(scheme) && strings.EqualFold(s[j-len(scheme):j], scheme) {
			k := j - len(scheme)
			return k == 0 || !isWordByte(s[k-1])
		}
	}
	return false
}

// wwwBefore reports whether the '.' at j ends a "www" that GFM would turn
// into a link.
func wwwBefore(s string, j int) bool {
	if j < 3 || !strings.EqualFold(s[j-3:j], "www") || j+1 >= len(s) || !isWordByte(s[j+1]) {
		return false
	}
	return j == 3 || !isWordByte(s[j-4])
}

// emailAround reports whether the '@' at j is inside something GFM would
// link as an e-mail address.
func emailAround(s string, j int) bool {
	if j == 0 || j+1 >= len(s) {
		return false
	}
	c := s[j-1]
	if !(isWordByte(c) || c == '.' || c == '_' || c == '+' || c == '-') || !isWordByte(s[j+1]) {
		return false
	}
	rest := s[j+1:]
	for i := 0; i < len(rest); i++ {
		if rest[i] == '.' && i+1 < len(rest) && isWordByte(rest[i+1]) {
			return true
		}
		if !(isWordByte(rest[i]) || rest[i] == '-' || rest[i] == '.') {
			return false
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// escapeText escapes a string written on its own in a context: alt text, a
// link label, the body of a Feishu tag.
func escapeText(s string, ctx inlineCtx) string {
	if s == "" {
		return ""
	}
	toks := []token{{kind: tkText, s: s, lineStart: ctx != ctxTag && ctx != ctxLinkText, lineEnd: ctx != ctxTag && ctx != ctxLinkText}}
	e := &escapeState{ctx: ctx, toks: toks}
	e.scan()
	return e.escape(0)
}

// startsDefinitionOrTask reports whether s, at the start of a line, could be
// read as a link reference definition ("[a]: …") or a task box ("[ ] ",
// "[x] "). A bracket that closes beyond s is taken as one, to be safe.
func startsDefinitionOrTask(s string) bool {
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return true
	}
	inner := s[1:end]
	return (end+1 < len(s) && s[end+1] == ':') || end+1 == len(s) || inner == " " || inner == "x" || inner == "X"
}

// attrListBrace returns where text, a block's rendered last line and all
// before it, needs a backslash so that a Feishu attribute list its own text
// ends with (`x{align="center"}`) stays text, or -1. ins are the block's
// inlines: the list is the block's text only when its last run, plain
// text, holds it whole, which is also the only way the reader applies one.
func attrListBrace(text []byte, ins model.Inlines) int {
	if len(ins) == 0 {
		return -1
	}
	t, ok := ins[len(ins)-1].(*model.Text)
	if !ok || t.Style.Code {
		return -1
	}
	if _, _, ok := textutil.BlockAttrs(t.Value); !ok {
		return -1
	}
	line := bytes.TrimRight(text, " \t\n")
	if len(line) == 0 || line[len(line)-1] != '}' {
		return -1
	}
	i := bytes.LastIndexByte(line, '{')
	if i < 0 || (i > 0 && line[i-1] == '\\') || bytes.IndexByte(line[i:], '\n') >= 0 {
		return -1
	}
	return i
}

// escapeAttrList is attrListBrace applied to a string.
func escapeAttrList(text string, ins model.Inlines) string {
	if i := attrListBrace([]byte(text), ins); i >= 0 {
		return text[:i] + `\` + text[i:]
	}
	return text
}

// isMathSpace reports whether r (or the line edge, r < 0) is a space that
// keeps a $ from opening or closing math: goldmark's spaces, without the
// form feed and vertical tab that Unicode counts.
func isMathSpace(r rune) bool { return r < 0 || r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// escapeInfo protects what a code fence's info string would unescape: a
// backslash before punctuation and a character reference.
func escapeInfo(info string) string {
	if strings.IndexByte(info, '\\') >= 0 {
		var b strings.Builder
		for i := 0; i < len(info); i++ {
			if info[i] == '\\' && i+1 < len(info) && isASCIIPunct(info[i+1]) {
				b.WriteByte('\\')
			}
			b.WriteByte(info[i])
		}
		info = b.String()
	}
	return protectEntities(info, "&amp;")
}
