package tomarkdown

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
)

// The contexts inline content is written in.
type inlineCtx uint8

const (
	ctxParagraph inlineCtx = iota // lines of a paragraph
	ctxHeading                    // one line of a heading
	ctxCell                       // one line of a GFM table cell
	ctxLinkText                   // inside [...]
	ctxTag                        // text inside a Feishu tag (<title>, <mention-doc>)
)

func (c inlineCtx) oneLine() bool { return c == ctxHeading || c == ctxCell }

// A mark is a formatting that spans runs. The kinds are in nesting order:
// when two marks open together and last equally long, the first is outside.
type markKind uint8

const (
	mLink markKind = iota // outermost, unless it is an autolink (see rank)
	mText                 // color and background, one <text> tag
	mStrike
	mItalic
	mBold
	mUnderline
	mSub
	mSup
)

// A mark's level tells nested marks of one kind apart (bold in bold).
type mark struct {
	kind        markKind
	level       uint8
	link, title string
	fg, bg      color.RGBA
}

// A piece is one inline, ready to write: text, or markup whose string is
// already fixed (atoms, code spans, raw HTML), or a line break.
type piece struct {
	kind  pieceKind
	text  string
	marks []mark
}

type pieceKind uint8

const (
	pText pieceKind = iota
	pCode
	pAtom
	pBreak
	pSoft
)

// inlines renders inline content in a context. The result has '\n' between
// lines (paragraphs only) and no final newline.
func (w *writer) inlines(ins model.Inlines, ctx inlineCtx) string {
	if len(ins) == 0 {
		return ""
	}
	toks := w.rendered(ins, ctx)
	var out string
	if len(toks) == 1 {
		out = toks[0].out
	} else {
		n := 0
		for i := range toks {
			n += len(toks[i].out)
		}
		var b strings.Builder
		b.Grow(n)
		for i := range toks {
			b.WriteString(toks[i].out)
		}
		out = b.String()
	}
	w.toks = toks[:0] // reused by the next paragraph
	return out
}

// appendInlines is inlines appending to dst, without a string of its own.
func (w *writer) appendInlines(dst []byte, ins model.Inlines, ctx inlineCtx) []byte {
	if len(ins) == 0 {
		return dst
	}
	toks := w.rendered(ins, ctx)
	for i := range toks {
		dst = append(dst, toks[i].out...)
	}
	w.toks = toks[:0]
	return dst
}

// rendered returns the tokens of inline content with their output chosen,
// in the writer's token scratch. The other scratch slices are taken while in
// use, so that an inlines call made while gathering pieces (none today)
// would get its own.
func (w *writer) rendered(ins model.Inlines, ctx inlineCtx) []token {
	if len(ins) == 1 {
		// The common case of unformatted text without breaks.
		if t, ok := ins[0].(*model.Text); ok && t.Style.IsZero() && !strings.ContainsAny(t.Value, "\n\r") {
			toks := append(w.toks[:0], token{kind: tkText, s: t.Value, lineStart: true, lineEnd: true})
			w.render(toks, ctx)
			return toks
		}
	}
	ps, marks := w.ps, w.marks
	w.ps, w.marks = nil, nil
	ps, marks = w.pieces(ps[:0], marks[:0], ins, ctx)
	toks, moved := spacesOut(nest(w.toks[:0], ps))
	if moved {
		// What moved out of a span no longer belongs to it, which can
		// change how the spans around it nest best: nest again from what
		// the tokens now hold, as a second pass reading them would.
		ps, marks = piecesOf(ps[:0], marks[:0], toks)
		toks, _ = spacesOut(nest(toks[:0], ps))
	}
	w.render(toks, ctx)
	w.ps, w.marks = ps[:0], marks[:0]
	return toks
}

func (w *writer) appendMarks(ms []mark, st model.Style, warned *bool) []mark {
	if st.Link != "" {
		ms = append(ms, mark{kind: mLink, link: st.Link, title: st.LinkTitle})
	}
	if !st.Color.IsZero() || !st.Background.IsZero() {
		if w.cfg.plain {
			if !*warned {
				w.warn(diag.Unsupported, "text colors are not kept in plain Markdown")
				*warned = true
			}
		} else {
			ms = append(ms, mark{kind: mText, fg: st.Color, bg: st.Background})
		}
	}
	if st.Bold {
		for l := 0; l <= int(st.ExtraBold); l++ {
			ms = append(ms, mark{kind: mBold, level: uint8(l)})
		}
	}
	if st.Italic {
		for l := 0; l <= int(st.ExtraItalic); l++ {
			ms = append(ms, mark{kind: mItalic, level: uint8(l)})
		}
	}
	if st.Strikethrough {
		ms = append(ms, mark{kind: mStrike})
	}
	if st.Underline {
		ms = append(ms, mark{kind: mUnderline})
	}
	switch st.Script {
	case model.Subscript:
		ms = append(ms, mark{kind: mSub})
	case model.Superscript:
		ms = append(ms, mark{kind: mSup})
	}
	return ms
}

// pieces turns inlines into pieces with their marks, appended to ps; the
// marks are kept in the arena marks. Both slices are returned for reuse.
func (w *writer) pieces(ps []piece, marks []mark, ins model.Inlines, ctx inlineCtx) ([]piece, []mark) {
	var warnedColor, warnedComment bool
	var warnedCode, warnedURL bool
	// A line break in a URL is written as %0A, which reads back as those
	// three characters.
	checkURL := func(u string) {
		if !warnedURL && strings.IndexByte(u, '\n') >= 0 {
			w.warn(diag.Approximated, "a line break in a URL is written as %%0A")
			warnedURL = true
		}
	}
	marksOf := func(st model.Style) []mark {
		checkURL(st.Link)
		n := len(marks)
		marks = w.appendMarks(marks, st, &warnedColor)
		return marks[n:len(marks):len(marks)] // appends go elsewhere
	}
	atomStyle := func(st model.Style) []mark {
		if st.Code && !warnedCode {
			w.warn(diag.Unsupported, "inline code formatting applies to text only in Markdown; dropped on a mention or other element")
			warnedCode = true
		}
		return marksOf(st)
	}
	style := func(st model.Style) []mark {
		if st.CommentIDs != "" && !warnedComment {
			w.warn(diag.Dropped, "comment anchors on text are not kept in Markdown")
			warnedComment = true
		}
		return marksOf(st)
	}
	for i, in := range ins {
		switch in := in.(type) {
		case *model.Text:
			kind := pText
			if in.Style.Code {
				kind = pCode
			}
			ps = append(ps, piece{kind: kind, text: in.Value, marks: style(in.Style)})
		case *model.Break:
			ps = append(ps, piece{kind: pBreak, marks: marksOf(in.Style)})
		case *model.SoftBreak:
			ps = append(ps, piece{kind: pSoft, marks: marksOf(in.Style)})
		case *model.Mention:
			checkURL(in.URL)
			ps = append(ps, piece{kind: pAtom, text: w.mention(in), marks: atomStyle(in.Style)})
		case *model.Math:
			ps = append(ps, piece{kind: pAtom, text: w.math(in.TeX, ins, i), marks: atomStyle(in.Style)})
		case *model.Reminder:
			ps = append(ps, piece{kind: pAtom, text: w.reminder(in), marks: atomStyle(in.Style)})
		case *model.InlineImage:
			checkURL(in.URL)
			ps = append(ps, piece{kind: pAtom, text: inlineImage(in), marks: atomStyle(in.Style)})
		case *model.InlineFile:
			ps = append(ps, piece{kind: pAtom, text: w.inlineFile(in), marks: atomStyle(in.Style)})
		case *model.RawInline:
			if in.Format == "html" {
				text := in.Content
				if ctx.oneLine() && strings.ContainsAny(text, "\r\n") {
					// A heading or a table row ends at the line break.
					w.path.Push("inlines", i)
					w.warn(diag.Approximated, "line breaks in raw HTML written as spaces: a heading or table cell is one line")
					w.path.Pop()
					text = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(text)
				} else if strings.Contains(text, "\n") {
					text = indentRawLines(text)
				}
				ps = append(ps, piece{kind: pAtom, text: text})
			} else {
				w.path.Push("inlines", i)
				w.warn(diag.Dropped, "raw %s content cannot be written in Markdown", in.Format)
				w.path.Pop()
			}
		default:
			w.warn(diag.Unsupported, "%T is not a model inline; left out", in)
		}
	}
	if ctx.oneLine() {
		for i := range ps {
			switch ps[i].kind {
			case pBreak:
				ps[i].kind, ps[i].text = pAtom, "<br>"
			case pSoft:
				ps[i].kind, ps[i].text = pText, " "
			}
		}
	}
	// A hard break at either end of a paragraph has no Markdown form but <br>.
	if n := len(ps); n > 0 && ps[n-1].kind == pBreak {
		ps[n-1].kind, ps[n-1].text = pAtom, "<br>"
	}
	if len(ps) > 0 && ps[0].kind == pBreak {
		ps[0].kind, ps[0].text = pAtom, "<br>"
	}
	return ps, marks
}

func hasMark(ms []mark, m mark) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

func without(ms []mark, k markKind) []mark {
	out := make([]mark, 0, len(ms))
	for _, m := range ms {
		if m.kind != k {
			out = append(out, m)
		}
	}
	return out
}

func markOfKind(ms []mark, k markKind) (mark, bool) {
	for _, m := range ms {
		if m.kind == k {
			return m, true
		}
	}
	return mark{}, false
}

// Tokens are what the pieces become once marks are nested: text, markup
// with a fixed string, and the opening and closing of marks, whose syntax
// is chosen afterwards.
type tokKind uint8

const (
	tkText tokKind = iota
	tkMarkup
	tkOpen
	tkClose
	tkBreak // a hard break: "\" and a new line
	tkSoft  // a soft break: a new line
)

type token struct {
	kind tokKind
	s    string // text, or markup
	mark mark
	pair int // index of the matching open or close token
	// choice is the syntax of a mark, on its open token (see syntaxes).
	choice int
	// lineStart and lineEnd mark text at the edges of a line.
	lineStart, lineEnd bool
	out                string // the rendered form
}

// nest opens and closes marks around the pieces with a stack: a mark that
// goes on stays open; marks that open together are nested by how long they
// last, the longest outside. The tokens are appended to toks.
func nest(toks []token, ps []piece) []token {
	var stack []int // indexes of open tokens
	extent := func(i int, m mark) int {
		n := 0
		for ; i+n < len(ps) && hasMark(ps[i+n].marks, m); n++ {
		}
		return n
	}
	closeFrom := func(k int) {
		for t := len(stack) - 1; t >= k; t-- {
			o := stack[t]
			toks[o].pair = len(toks)
			toks = append(toks, token{kind: tkClose, mark: toks[o].mark, pair: o})
		}
		stack = stack[:k]
	}
	var open []mark
	for i, p := range ps {
		k := 0
		for k < len(stack) && hasMark(p.marks, toks[stack[k]].mark) {
			k++
		}
		closeFrom(k)
		open = open[:0]
		for _, m := range p.marks {
			found := false
			for _, o := range stack {
				if toks[o].mark == m {
					found = true
					break
				}
			}
			if !found {
				open = append(open, m)
			}
		}
		// A link whose text is its URL goes inside other marks, where it
		// can be written as an autolink, as GFM reads ~~www.x.com~~.
		rank := func(m mark) int {
			if m.kind == mLink && extent(i, m) == 1 && p.kind == pText && looksLikeURL(p.text, m.link) {
				return 100
			}
			return int(m.kind)
		}
		if len(open) > 1 {
			slices.SortStableFunc(open, func(a, b mark) int {
				if ea, eb := extent(i, a), extent(i, b); ea != eb {
					return eb - ea
				}
				if ra, rb := rank(a), rank(b); ra != rb {
					return ra - rb
				}
				return int(a.level) - int(b.level)
			})
		}
		for _, m := range open {
			stack = append(stack, len(toks))
			toks = append(toks, token{kind: tkOpen, mark: m})
		}
		switch p.kind {
		case pText:
			toks = append(toks, token{kind: tkText, s: p.text})
		case pCode:
			toks = append(toks, token{kind: tkMarkup, s: codeSpan(p.text)})
		case pAtom:
			toks = append(toks, token{kind: tkMarkup, s: p.text})
		case pBreak:
			toks = append(toks, token{kind: tkBreak})
		case pSoft:
			toks = append(toks, token{kind: tkSoft})
		}
	}
	closeFrom(0)
	return toks
}

// looksLikeURL reports whether a link's text is its URL, as autolinks have.
func looksLikeURL(text, url string) bool {
	return text == url || "http://"+text == url || "https://"+text == url || "mailto:"+text == url
}

// spacesOut moves spaces and line breaks at the inner edges of bold and
// italic spans outside them: "**bold **" cannot close, and a bold or italic space looks like any
// other. Struck or underlined spaces show, so those keep their mark (a
// strikethrough falls back to <del> where ~~ cannot hold them).
func spacesOut(toks []token) ([]token, bool) {
	moved := false
	moves := func(t *token) bool {
		return (t.kind == tkOpen || t.kind == tkClose) && (t.mark.kind == mBold || t.mark.kind == mItalic)
	}
	isBreak := func(t *token) bool { return t.kind == tkBreak || t.kind == tkSoft }
	for changed := true; changed; {
		changed = false
		for i := 0; i+1 < len(toks); i++ {
			pa, pb := &toks[i], &toks[i+1]
			// Most pairs need nothing: tell them apart before copying.
			if !(pa.kind == tkOpen && moves(pa) && (isBreak(pb) || pb.kind == tkText)) &&
				!(pb.kind == tkClose && moves(pb) && (isBreak(pa) || pa.kind == tkText)) {
				continue
			}
			a, b := *pa, *pb
			switch {
			case a.kind == tkOpen && moves(&a) && isBreak(&b), isBreak(&a) && b.kind == tkClose && moves(&b):
				// A line break at the edge of a span goes outside it too.
				toks[i], toks[i+1] = b, a
				changed, moved = true, true
			case a.kind == tkOpen && moves(&a) && b.kind == tkText:
				rest := strings.TrimLeftFunc(b.s, unicode.IsSpace)
				if rest == b.s {
					continue
				}
				ws := b.s[:len(b.s)-len(rest)]
				toks[i] = token{kind: tkText, s: ws}
				toks[i+1] = a
				if rest != "" {
					toks = append(toks[:i+2], append([]token{{kind: tkText, s: rest}}, toks[i+2:]...)...)
				}
				changed, moved = true, true
			case b.kind == tkClose && moves(&b) && a.kind == tkText:
				rest := strings.TrimRightFunc(a.s, unicode.IsSpace)
				if rest == a.s {
					continue
				}
				ws := a.s[len(rest):]
				if rest != "" {
					toks[i] = token{kind: tkText, s: rest}
					toks = append(toks[:i+1], append([]token{b, {kind: tkText, s: ws}}, toks[i+2:]...)...)
				} else {
					toks[i], toks[i+1] = b, token{kind: tkText, s: ws}
				}
				changed, moved = true, true
			}
		}
	}
	// Drop spans left empty (which may empty the spans around them), then
	// pair the marks again.
	out := toks
	for dropped := true; dropped; {
		dropped = false
		kept := out[:0]
		for i := 0; i < len(out); i++ {
			if out[i].kind == tkOpen && i+1 < len(out) && out[i+1].kind == tkClose && out[i+1].mark == out[i].mark {
				i++
				dropped, moved = true, true
				continue
			}
			kept = append(kept, out[i])
		}
		out = kept
	}
	var stack []int
	for i := range out {
		switch out[i].kind {
		case tkOpen:
			stack = append(stack, i)
		case tkClose:
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			out[i].pair, out[o].pair = o, i
		}
	}
	return out, moved
}

// piecesOf turns tokens back into pieces, each with the marks open around
// it, joining texts under the same marks as a reader would. Markup keeps
// its string (a code span's backticks included).
func piecesOf(ps []piece, marks []mark, toks []token) ([]piece, []mark) {
	var open []mark
	for i := range toks {
		t := &toks[i]
		var kind pieceKind
		switch t.kind {
		case tkOpen:
			open = append(open, t.mark)
			continue
		case tkClose:
			if k := slices.Index(open, t.mark); k >= 0 {
				open = slices.Delete(open, k, k+1)
			}
			continue
		case tkText:
			kind = pText
		case tkMarkup:
			kind = pAtom
		case tkBreak:
			kind = pBreak
		case tkSoft:
			kind = pSoft
		}
		if n := len(ps); kind == pText && n > 0 && ps[n-1].kind == pText && slices.Equal(ps[n-1].marks, open) {
			ps[n-1].text += t.s
			continue
		}
		n := len(marks)
		marks = append(marks, open...)
		ps = append(ps, piece{kind: kind, text: t.s, marks: marks[n:len(marks):len(marks)]})
	}
	return ps, marks
}

// The syntaxes of each mark kind, in order of preference; the writer moves
// to the next when a delimiter would not open or close where it stands.
var syntaxes = [...][][2]string{
	mBold:      {{"**", "**"}, {"__", "__"}, {"<strong>", "</strong>"}},
	mItalic:    {{"*", "*"}, {"_", "_"}, {"<em>", "</em>"}},
	mStrike:    {{"~~", "~~"}, {"<del>", "</del>"}},
	mUnderline: {{"<u>", "</u>"}},
	mSub:       {{"<sub>", "</sub>"}},
	mSup:       {{"<sup>", "</sup>"}},
}

// render chooses the syntax of every mark and escapes the text: each
// token's out is what it writes.
func (w *writer) render(toks []token, ctx inlineCtx) {
	// Line edges: text right after the start or a break, or right before a
	// break or the end.
	for i := range toks {
		if toks[i].kind != tkText {
			continue
		}
		toks[i].lineStart = true
		for j := i - 1; j >= 0; j-- {
			if toks[j].kind == tkBreak || toks[j].kind == tkSoft {
				break
			}
			if toks[j].kind != tkOpen || markupOf(&toks[j], toks) != "" {
				toks[i].lineStart = false
				break
			}
		}
		toks[i].lineEnd = true
		for j := i + 1; j < len(toks); j++ {
			if toks[j].kind == tkBreak || toks[j].kind == tkSoft {
				break
			}
			toks[i].lineEnd = false
			break
		}
	}
	ctxt := &w.esc // render does not nest: its scratch is the writer's
	*ctxt = escapeState{ctx: ctx, toks: toks, plain: w.cfg.plain, offsets: ctxt.offsets, inLink: ctxt.inLink, buf: ctxt.buf}
	for iter := 0; ; iter++ {
		for i := range toks {
			switch toks[i].kind {
			case tkOpen, tkClose:
				toks[i].out = markupOf(&toks[i], toks)
				if ctx == ctxCell {
					// A link's destination and title may hold a pipe;
					// their backslash escape gives it back.
					toks[i].out = strings.ReplaceAll(toks[i].out, "|", `\|`)
				}
			case tkMarkup:
				toks[i].out = toks[i].s
				if ctx == ctxCell {
					// A table row is split at every unescaped pipe, even
					// inside code spans and tags.
					toks[i].out = strings.ReplaceAll(toks[i].s, "|", `\|`)
				}
			case tkBreak:
				toks[i].out = "\\\n"
			case tkSoft:
				toks[i].out = "\n"
			}
		}
		ctxt.scan()
		for i := range toks {
			if toks[i].kind != tkText {
				continue
			}
			if i > 0 && toks[i-1].kind == tkOpen && toks[i-1].out == "<" {
				toks[i].out = toks[i].s // the body of an autolink is literal
			} else {
				toks[i].out = ctxt.escape(i)
			}
		}
		for i := range toks {
			if toks[i].kind != tkBreak && toks[i].kind != tkSoft {
				continue
			}
			// Raw HTML that would open an HTML block at the start of a
			// line cannot follow a line break: the break stays on the line.
			if j := i + 1; j < len(toks) && toks[j].kind == tkMarkup && textutil.InterruptsParagraph(toks[j].out) {
				if toks[i].kind == tkBreak {
					toks[i].out = "<br>"
				} else {
					toks[i].out = " "
				}
				if toks[i].kind == tkSoft && iter == 0 {
					w.warn(diag.Approximated, "a line break before raw HTML is written as a space: the HTML would start a block")
				}
				continue
			}
			// goldmark reads an escaped backslash before a backslash break
			// as two backslashes: the break takes the two-space form there.
			if toks[i].kind == tkBreak && outBefore(toks, i) == '\\' {
				toks[i].out = "  \n"
			}
		}
		// Each round moves marks to a later syntax; after a few rounds a
		// mark still misplaced goes straight to its HTML tag, which always
		// reads back, so that the rounds end after at most one per mark.
		if iter > len(toks) || !fixDelimiters(toks, iter >= 6) {
			break
		}
	}
	ctxt.toks = nil
}

// markupOf is the string an open or close token writes with its current
// syntax choice.
func markupOf(t *token, toks []token) string {
	open := t
	if t.kind == tkClose {
		open = &toks[t.pair]
	}
	m := open.mark
	switch m.kind {
	case mLink:
		if autolink(open, toks) {
			if t.kind == tkOpen {
				return "<"
			}
			return ">"
		}
		if t.kind == tkOpen {
			return "["
		}
		s := "](" + escapeURL(m.link)
		if m.title != "" {
			s += ` "` + escapeTitle(m.title) + `"`
		}
		return s + ")"
	case mText:
		if t.kind == tkClose {
			return "</text>"
		}
		var attrs []attr
		if !m.fg.IsZero() {
			attrs = append(attrs, attr{"color", color.NameOf(color.FontColor, m.fg)})
		}
		if !m.bg.IsZero() {
			attrs = append(attrs, attr{"background-color", color.NameOf(color.FontBackground, m.bg)})
		}
		return "<text" + formatAttrs(attrs) + ">"
	}
	syn := syntaxes[m.kind][open.choice]
	if t.kind == tkOpen {
		return syn[0]
	}
	return syn[1]
}

// autolink reports whether a link's only content is its own URL, which
// Markdown writes as <https://…> or <user@host>.
func autolink(open *token, toks []token) bool {
	i := open.pair        // the close token
	start := toks[i].pair // open itself
	if i != start+2 || toks[start+1].kind != tkText || open.mark.title != "" {
		return false
	}
	text, url := toks[start+1].s, open.mark.link
	if text == url && isAbsoluteURI(url) {
		return true
	}
	return strings.HasPrefix(url, "mailto:") && url[len("mailto:"):] == text && isEmail(text)
}

func isAbsoluteURI(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 2 || colon > 32 {
		return false
	}
	for i := 0; i < colon; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
			return false
		}
	}
	for i := colon; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c == '<' || c == '>' || c == 0x7f {
			return false
		}
	}
	return true
}

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at < 1 || at == len(s)-1 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == at {
			continue
		}
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
		if i < at {
			ok = ok || strings.IndexByte("!#$%&'*+/=?^_`{|}~", c) >= 0
		}
		if !ok {
			return false
		}
	}
	return true
}

// fixDelimiters checks each emphasis or strikethrough delimiter against the
// characters around it, and moves the marks whose delimiters would not open
// or close to their next syntax. Delimiters of one character that touch form
// one run, which is allowed only where the reader splits it back the same
// way: openers (or closers) of nested marks, an italic outside bolds, their
// closers mirrored. With toTag, a mark moves straight to its HTML tag. It
// reports whether it changed anything.
func fixDelimiters(toks []token, toTag bool) bool {
	changed := false
	bump := func(i int) {
		open := &toks[i]
		if open.kind == tkClose {
			open = &toks[open.pair]
		}
		if last := len(syntaxes[open.mark.kind]) - 1; open.choice < last {
			open.choice++
			if toTag {
				open.choice = last
			}
			changed = true
		}
	}
	for i := 0; i < len(toks); {
		// The group of touching delimiters of the same character.
		c, j := delimGroup(toks, i)
		if c == 0 {
			i++
			continue
		}
		group := toks[i:j]
		prev, next := outBefore(toks, i), outAfter(toks, j-1)
		mixed := false
		for k := range group {
			if group[k].kind != group[0].kind {
				mixed = true
			}
		}
		switch {
		case mixed:
			// Closers followed by openers make one run that reads as
			// neither: move the first mark that opens here.
			for k := i; k < j; k++ {
				if toks[k].kind == tkOpen {
					bump(k)
					break
				}
			}
		case prev == rune(c) || next == rune(c):
			// An escaped delimiter character right next to the run still
			// confuses readers: keep them apart.
			if group[0].kind == tkOpen {
				bump(j - 1)
			} else {
				bump(i)
			}
		case len(group) > 1 && (c == '~' || !splitsBack(toks, i, j)):
			if group[0].kind == tkOpen {
				bump(j - 1)
			} else {
				bump(i)
			}
		case group[0].kind == tkOpen && !canOpen(c, prev, next):
			bump(j - 1)
		case group[0].kind == tkOpen && canClose(c, prev, next) && openAround(toks, i, c):
			// A run that could also close would close the enclosing mark
			// written with the same character instead of opening.
			bump(j - 1)
		case group[0].kind == tkClose && !canClose(c, prev, next):
			bump(i)
		}
		i = j
	}
	if !changed {
		ruleOfThree(toks, bump)
	}
	return changed
}

// ruleOfThree applies CommonMark's rule of three once the runs are settled
// otherwise: a run that can both open and close pairs only with a run
// whose length added to its own is not a multiple of three (unless both
// are). A mark whose runs break it moves to its next syntax.
func ruleOfThree(toks []token, bump func(int)) {
	for i := 0; i < len(toks); {
		c, j := delimGroup(toks, i)
		if c == 0 {
			i++
			continue
		}
		prev, next := outBefore(toks, i), outAfter(toks, j-1)
		if canOpen(c, prev, next) && canClose(c, prev, next) {
			n := runLen(toks, i, c)
			for k := i; k < j; k++ {
				if p := toks[k].pair; delimChar(toks[p].out) == c {
					m := runLen(toks, p, c)
					if (n+m)%3 == 0 && (n%3 != 0 || m%3 != 0) {
						bump(k)
						return
					}
				}
			}
		}
		i = j
	}
}

// delimGroup returns the delimiter character of the open or close token i
// and the end of the group of touching ones like it, or 0.
func delimGroup(toks []token, i int) (byte, int) {
	c := delimChar(toks[i].out)
	if c == 0 || (toks[i].kind != tkOpen && toks[i].kind != tkClose) {
		return 0, i + 1
	}
	j := i + 1
	for j < len(toks) && delimChar(toks[j].out) == c && (toks[j].kind == tkOpen || toks[j].kind == tkClose) {
		j++
	}
	return c, j
}

// openAround reports whether a mark opened before toks[i] with delimiter
// character c is still open at i, so that a run at i able to close would
// pair with it, unless CommonMark's rule of three keeps the two runs apart
// (their lengths add up to a multiple of three, not both multiples).
func openAround(toks []token, i int, c byte) bool {
	n := runLen(toks, i, c)
	for k := i - 1; k >= 0; k-- {
		if toks[k].kind == tkOpen && toks[k].pair > i && delimChar(toks[k].out) == c {
			m := runLen(toks, k, c)
			if (n+m)%3 != 0 || n%3 == 0 && m%3 == 0 {
				return true
			}
		}
	}
	return false
}

// runLen is the length of the run of touching delimiters c holding toks[i].
func runLen(toks []token, i int, c byte) int {
	n := len(toks[i].out)
	for k := i - 1; k >= 0 && (toks[k].kind == tkOpen || toks[k].kind == tkClose) && delimChar(toks[k].out) == c; k-- {
		n += len(toks[k].out)
	}
	for k := i + 1; k < len(toks) && (toks[k].kind == tkOpen || toks[k].kind == tkClose) && delimChar(toks[k].out) == c; k++ {
		n += len(toks[k].out)
	}
	return n
}

func delimChar(s string) byte {
	if s == "" {
		return 0
	}
	c := s[0]
	if c != '*' && c != '_' && c != '~' {
		return 0
	}
	for i := 1; i < len(s); i++ {
		if s[i] != c {
			return 0
		}
	}
	return c
}

// splitsBack reports whether a run of touching openers toks[i:j] (or
// closers) reads back as the marks it stands for. A reader pairs a run with
// the run that closes it two characters at a time while both have two, so
// when the partners touch too, the run holds at most one italic; an italic
// outermost also keeps the nesting a reader gives ***x***.
func splitsBack(toks []token, i, j int) bool {
	partners := make([]int, 0, j-i)
	italics := 0
	for k := i; k < j; k++ {
		partners = append(partners, toks[k].pair)
		if toks[k].mark.kind == mItalic {
			italics++
			if toks[i].kind == tkOpen && k != i {
				return false
			}
		}
	}
	touching := true
	for k := 1; k < len(partners); k++ {
		if partners[k] != partners[k-1]-1 {
			touching = false
		}
	}
	return !touching || italics <= 1
}

// outBefore and outAfter return the rendered character next to token i,
// with -1 at the start or end of the content (or a line).
func outBefore(toks []token, i int) rune {
	for j := i - 1; j >= 0; j-- {
		if s := toks[j].out; s != "" {
			r, _ := utf8.DecodeLastRuneInString(s)
			return r
		}
	}
	return -1
}

func outAfter(toks []token, i int) rune {
	for j := i + 1; j < len(toks); j++ {
		if s := toks[j].out; s != "" {
			r, _ := utf8.DecodeRuneInString(s)
			return r
		}
	}
	return -1
}

func isSpaceRune(r rune) bool { return r < 0 || r == '\n' || unicode.IsSpace(r) }

// isPunct is CommonMark's Unicode punctuation: the P and S categories.
func isPunct(r rune) bool {
	if r < 0 {
		return false
	}
	if r < 0x80 {
		return r >= '!' && r <= '/' || r >= ':' && r <= '@' || r >= '[' && r <= '`' || r >= '{' && r <= '~'
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

func leftFlanking(prev, next rune) bool {
	return !isSpaceRune(next) && (!isPunct(next) || isSpaceRune(prev) || isPunct(prev))
}

func rightFlanking(prev, next rune) bool {
	return !isSpaceRune(prev) && (!isPunct(prev) || isSpaceRune(next) || isPunct(next))
}

func canOpen(c byte, prev, next rune) bool {
	lf := leftFlanking(prev, next)
	if c == '_' {
		return lf && (!rightFlanking(prev, next) || isPunct(prev))
	}
	return lf
}

func canClose(c byte, prev, next rune) bool {
	rf := rightFlanking(prev, next)
	if c == '_' {
		return rf && (!leftFlanking(prev, next) || isPunct(next))
	}
	return rf
}

// codeSpan writes code with enough backticks around it, padded with spaces
// where the code starts or ends with a backtick or with a space on both ends.
func codeSpan(s string) string {
	n := longestRun(s, '`') + 1
	fence := strings.Repeat("`", n)
	pad := strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") ||
		(len(s) > 1 && s[0] == ' ' && s[len(s)-1] == ' ' && strings.TrimLeft(s, " ") != "")
	if pad {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

func markdownImage(alt, url, title string) string {
	s := "![" + escapeText(alt, ctxLinkText) + "](" + escapeURL(url)
	if title != "" {
		s += ` "` + escapeTitle(title) + `"`
	}
	return s + ")"
}

func inlineImage(im *model.InlineImage) string {
	if im.Width == 0 && im.Height == 0 {
		return markdownImage(im.Alt, im.URL, im.Title)
	}
	attrs := []attr{{"src", im.URL}}
	if im.Alt != "" {
		attrs = append(attrs, attr{"alt", im.Alt})
	}
	if im.Title != "" {
		attrs = append(attrs, attr{"title", im.Title})
	}
	if im.Width != 0 {
		attrs = append(attrs, attr{"width", num(im.Width)})
	}
	if im.Height != 0 {
		attrs = append(attrs, attr{"height", num(im.Height)})
	}
	return "<img" + formatAttrs(attrs) + ">"
}

func (w *writer) mention(m *model.Mention) string {
	if m.Kind == model.MentionUser {
		if w.cfg.plain {
			w.warn(diag.Approximated, "a user mention is written as @%s", m.UserID)
			return escapeText(model.MentionLabel(m), ctxParagraph)
		}
		return `<mention-user id="` + escapeAttr(m.UserID) + `"/>`
	}
	if w.cfg.plain {
		label := model.MentionLabel(m)
		if m.URL != "" {
			w.warn(diag.Approximated, "a document mention is written as a link")
			return "[" + escapeText(label, ctxLinkText) + "](" + escapeURL(m.URL) + ")"
		}
		w.warn(diag.Approximated, "a document mention is written as its title")
		return escapeText(label, ctxParagraph)
	}
	var attrs []attr
	if m.Token != "" {
		attrs = append(attrs, attr{"token", m.Token})
	}
	if m.DocType != "" {
		attrs = append(attrs, attr{"type", m.DocType})
	}
	if m.URL != "" {
		attrs = append(attrs, attr{"url", m.URL})
	}
	return "<mention-doc" + formatAttrs(attrs) + ">" + escapeText(m.Title, ctxTag) + "</mention-doc>"
}

// math writes inline TeX as $…$ where the reader will read it back so, and
// as <equation>…</equation> otherwise.
func (w *writer) math(tex string, ins model.Inlines, i int) string {
	simple := tex != "" && !strings.ContainsAny(tex, "$\n") &&
		!unicode.IsSpace(rune(tex[0])) && !unicode.IsSpace(rune(tex[len(tex)-1]))
	if simple && i+1 < len(ins) {
		if t, ok := ins[i+1].(*model.Text); ok && t.Value != "" && t.Value[0] >= '0' && t.Value[0] <= '9' {
			simple = false
		}
	}
	if simple && i > 0 {
		switch p := ins[i-1].(type) {
		case *model.Text:
			simple = !strings.HasSuffix(p.Value, `\`) && !strings.HasSuffix(p.Value, "$")
		case *model.Math:
			simple = false // $a$$b$ would read as one formula
		}
	}
	if simple || w.cfg.plain {
		if !simple {
			w.warn(diag.Approximated, "inline math %q may not read back as math in plain Markdown", tex)
		}
		return "$" + tex + "$"
	}
	if strings.Contains(tex, "\n ") || strings.Contains(tex, "\n\t") {
		// A paragraph's lines are read without their indentation.
		w.warn(diag.Approximated, "inline math %q spans lines; their leading spaces are not kept", tex)
	}
	if strings.Contains(tex, "\n") && strings.ContainsAny(tex, "$`") {
		// On one line the reader takes <equation> whole; over several
		// lines Markdown syntax in the TeX is parsed first.
		w.warn(diag.Approximated, "inline math %q spans lines and holds $ or a backtick, which Markdown may read as other syntax", tex)
	}
	return "<equation>" + tex + "</equation>"
}

func (w *writer) reminder(r *model.Reminder) string {
	date := formatDate(r.ExpireTime, r.WholeDay)
	if w.cfg.plain {
		w.warn(diag.Approximated, "a reminder is written as its date")
		return escapeText(date, ctxParagraph)
	}
	attrs := []attr{{"date", date}}
	if r.Notify {
		attrs = append(attrs, attr{"notify", "true"})
	}
	if r.UserID != "" {
		attrs = append(attrs, attr{"user-id", r.UserID})
	}
	if r.NotifyTime != r.ExpireTime {
		attrs = append(attrs, attr{"notify-date", formatDate(r.NotifyTime, false)})
	}
	return "<reminder" + formatAttrs(attrs) + "/>"
}

// formatDate writes Unix milliseconds as Feishu's reminder dates do, in UTC:
// a day for whole-day reminders, minutes otherwise, and seconds and
// milliseconds only when they are not zero.
func formatDate(ms int64, wholeDay bool) string {
	t := time.UnixMilli(ms).UTC()
	switch {
	case wholeDay && ms%86400000 == 0:
		return t.Format("2006-01-02")
	case ms%60000 == 0:
		return t.Format("2006-01-02T15:04-07:00")
	case ms%1000 == 0:
		return t.Format("2006-01-02T15:04:05-07:00")
	}
	return t.Format("2006-01-02T15:04:05.000-07:00")
}

func (w *writer) inlineFile(f *model.InlineFile) string {
	if w.cfg.plain {
		w.warn(diag.Unsupported, "an attached file cannot be written in plain Markdown; its name is kept")
		return escapeText(f.Name, ctxParagraph)
	}
	attrs := []attr{{"token", f.Token}}
	if f.Name != "" {
		attrs = append(attrs, attr{"name", f.Name})
	}
	if f.SourceBlockID != "" {
		attrs = append(attrs, attr{"source-block-id", f.SourceBlockID})
	}
	return "<file" + formatAttrs(attrs) + "/>"
}

// escapeAttr writes an attribute value of a Feishu tag. Line breaks are
// references: the tag stays on its line, whose leading spaces a reader of
// the block would strip.
func escapeAttr(s string) string {
	if !strings.ContainsAny(s, "&\"<\n\r") {
		return s
	}
	r := strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", "\n", "&#10;", "\r", "&#13;")
	return r.Replace(s)
}

// escapeURL writes a link destination: as is when it can be, in <…>
// otherwise; character references are protected.
func escapeURL(u string) string {
	if u == "" {
		return "<>"
	}
	u = protectEntities(u, "&amp;")
	needsAngle := u[0] == '<' // a bare destination may not start with "<"
	depth := 0
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c == '\n':
			// Written as %0A, below: no brackets needed for it.
		case c <= ' ' || c == 0x7f:
			needsAngle = true
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth < 0 {
				needsAngle = true
			}
		}
	}
	if depth != 0 {
		needsAngle = true
	}
	var b strings.Builder
	if needsAngle {
		b.WriteByte('<')
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == '\\' && i+1 < len(u) && isASCIIPunct(u[i+1]), c == '\\' && i+1 == len(u):
			b.WriteString(`\\`)
		case needsAngle && (c == '<' || c == '>'):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString("%0A")
		default:
			b.WriteByte(c)
		}
	}
	if needsAngle {
		b.WriteByte('>')
	}
	return b.String()
}

func escapeTitle(t string) string {
	t = protectEntities(t, `\&`)
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '"' || (c == '\\' && (i+1 == len(t) || isASCIIPunct(t[i+1]))) {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// protectEntities replaces the & of every character reference in s with
// repl, so that the reader keeps it as written.
func protectEntities(s, repl string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' && isReference(s[i:]) {
			b.WriteString(repl)
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isASCIIPunct(c byte) bool { return c < 0x80 && isPunct(rune(c)) }

// indentRawLines indents the lines of multi-line raw HTML that would start
// a block at the start of a line (">", "- ", "<div>" …). The reader takes a
// paragraph's continuation lines without their indentation, so four spaces
// keep such a line inside the paragraph and read back as the same HTML.
func indentRawLines(s string) string {
	lines := strings.Split(s, "\n")
	changed := false
	for i := 1; i < len(lines); i++ {
		l := strings.TrimLeft(lines[i], " \t")
		if l != "" && (blockStart(l, true) >= 0 || textutil.InterruptsParagraph(l)) {
			lines[i], changed = "    "+l, true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(lines, "\n")
}
