package frommarkdown

import (
	"strconv"
	"strings"
	"time"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/internal/cssstyle"
	"github.com/richtext-go/richtext/model"
	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
)

// A tag is one HTML tag as the tokenizer reads it.
type tag struct {
	kind  html.TokenType // StartTagToken, EndTagToken or SelfClosingTagToken
	name  string
	attrs map[string]string
	order []string // attribute names in source order
}

// parseTag reads s as exactly one tag (surrounding spaces allowed).
func parseTag(s string) (tag, bool) {
	trimmed := trimHTMLSpace(s)
	if t, n, ok := scanTag(trimmed); ok && n == len(trimmed) {
		return t, true
	}
	if len(trimmed) > 1 && (trimmed[1] == '!' || trimmed[1] == '?') {
		return tag{}, false // a comment, a declaration, an instruction
	}
	return tokenizeTag(s)
}

// tokenizeTag is parseTag by the HTML tokenizer, for what scanTag leaves.
func tokenizeTag(s string) (tag, bool) {
	z := html.NewTokenizer(strings.NewReader(s))
	tt := z.Next()
	for tt == html.TextToken && strings.TrimSpace(string(z.Text())) == "" {
		tt = z.Next()
	}
	if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
		return tag{}, false
	}
	t := readTag(z, tt)
	for next := z.Next(); next != html.ErrorToken; next = z.Next() {
		if next != html.TextToken || strings.TrimSpace(string(z.Text())) != "" {
			return tag{}, false
		}
	}
	return t, true
}

func readTag(z *html.Tokenizer, tt html.TokenType) tag {
	name, hasAttr := z.TagName()
	t := tag{kind: tt, name: string(name)}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		if t.attrs == nil {
			t.attrs = map[string]string{}
		}
		key := string(k)
		if _, dup := t.attrs[key]; !dup {
			t.order = append(t.order, key)
		}
		t.attrs[key] = string(v)
	}
	return t
}

// only reports whether every attribute of t is one of names.
func (t tag) only(names ...string) bool {
	for k := range t.attrs {
		found := false
		for _, n := range names {
			if k == n {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// The roles a raw HTML tag can play in a paragraph.
type role uint8

const (
	roleAtom    role = iota + 1 // <br>, <img>, <mention-user/>, <reminder/>, ...
	roleOpen                    // a paired tag that styles its content
	roleClose                   // its close
	roleCapture                 // <equation> or <mention-doc>: content taken verbatim
	roleEnd                     // the close of a capture
	roleIgnore                  // a redundant close, as in <mention-user ...></mention-user>
)

type effect struct {
	bold, italic, underline, strike, code, sub, sup bool
	link                                            *link
	color, background                               *color.RGBA
}

type tagUse struct {
	node   *ast.RawHTML
	tag    tag
	role   role
	effect effect
	atom   model.Inline
	pair   *tagUse
	start  int // end offset of a capture's open tag in the source
}

func (r *reader) rawHTMLText(n *ast.RawHTML) string {
	if n.Segments.Len() == 1 {
		return cellSource(n, r.str(n.Segments.At(0)))
	}
	var b strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		b.Write(seg.Value(r.src))
	}
	return cellSource(n, b.String())
}

// matchTags decides which raw HTML tags of a paragraph are interpreted: atoms
// always; captures and paired styling tags only when their close follows in
// the same paragraph, matched like nested elements. Everything else stays raw
// HTML, so that the Markdown writer gives it back unchanged.
func (r *reader) matchTags(parent ast.Node) map[ast.Node]*tagUse {
	var seq []*tagUse
	walkNodes(parent, func(n ast.Node) bool {
		if raw, ok := n.(*ast.RawHTML); ok {
			if t, ok := parseTag(r.rawHTMLText(raw)); ok {
				seq = append(seq, &tagUse{node: raw, tag: t})
			}
		}
		return true
	})
	uses := map[ast.Node]*tagUse{}
	// Captures first: the tags between an <equation> and its close are
	// content, not markup.
	inCapture := make([]bool, len(seq))
	for i := 0; i < len(seq); i++ {
		u := seq[i]
		if u.tag.kind != html.StartTagToken || !isCaptureTag(u.tag) {
			continue
		}
		for j := i + 1; j < len(seq); j++ {
			if c := seq[j]; c.tag.kind == html.EndTagToken && c.tag.name == u.tag.name {
				u.role, c.role = roleCapture, roleEnd
				u.pair, c.pair = c, u
				last := u.node.Segments.At(u.node.Segments.Len() - 1)
				u.start = last.Stop
				uses[u.node], uses[c.node] = u, c
				for k := i + 1; k < j; k++ {
					inCapture[k] = true
				}
				i = j
				break
			}
		}
	}
	var stack []*tagUse
	for i, u := range seq {
		if inCapture[i] || u.role != 0 {
			continue
		}
		switch u.tag.kind {
		case html.SelfClosingTagToken, html.StartTagToken:
			if atom, ok := r.atomTag(u.tag); ok {
				u.role, u.atom = roleAtom, atom
				uses[u.node] = u
				// A close right after an atom's open tag is redundant.
				if i+1 < len(seq) && seq[i+1].tag.kind == html.EndTagToken && seq[i+1].tag.name == u.tag.name &&
					u.tag.kind == html.StartTagToken {
					seq[i+1].role = roleIgnore
					uses[seq[i+1].node] = seq[i+1]
				}
				continue
			}
			if u.tag.kind == html.StartTagToken {
				if eff, ok := styleTag(u.tag); ok {
					u.effect = eff
					stack = append(stack, u)
				}
			}
		case html.EndTagToken:
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].tag.name == u.tag.name {
					open := stack[k]
					if open.node.NextSibling() == u.node {
						// Nothing between: a run cannot carry it; raw.
						stack = stack[:k]
						break
					}
					open.role, u.role = roleOpen, roleClose
					open.pair, u.pair = u, open
					uses[open.node], uses[u.node] = open, u
					stack = stack[:k]
					break
				}
			}
		}
	}
	return uses
}

func isCaptureTag(t tag) bool {
	switch t.name {
	case "equation":
		return len(t.attrs) == 0
	case "mention-doc":
		return t.only("token", "type", "url")
	}
	return false
}

// rawHTML handles an inline raw HTML node during the walk.
func (s *inlineState) rawHTML(n *ast.RawHTML) {
	u := s.tags[n]
	if s.capture != nil {
		if u != nil && u == s.capture.pair {
			s.endCapture(n)
		}
		return
	}
	if u == nil {
		text := s.r.rawHTMLText(n)
		if s.style().Link != "" && n.Segments.Len() > 0 {
			// The model's raw inline has no style: a linked <img> would
			// lose its link without a word.
			s.r.warns.Add(diag.Dropped, s.r.lineAt(n.Segments.At(0).Start), "the link around raw HTML %q is not kept: raw HTML carries no link", text)
		}
		s.emit(&model.RawInline{Format: "html", Content: text})
		return
	}
	switch u.role {
	case roleAtom:
		s.emit(cloneAtom(u.atom, s.style()))
	case roleOpen:
		s.apply(u.effect, +1)
		s.open = append(s.open, u)
	case roleClose:
		for k := len(s.open) - 1; k >= 0; k-- {
			if s.open[k] == u.pair {
				for j := len(s.open) - 1; j >= k; j-- {
					s.apply(s.open[j].effect, -1)
				}
				s.open = s.open[:k]
				break
			}
		}
	case roleCapture:
		s.capture = u
	}
}

// blockSource returns the source from start to end of the block that holds
// inline n, line by line: without the markers of the quotes and the
// indentation of the list items it sits in.
func (r *reader) blockSource(n ast.Node, start, end int) string {
	for n != nil && n.Type() != ast.TypeBlock {
		n = n.Parent()
	}
	if n == nil || n.Lines().Len() < 2 {
		return r.s[start:end]
	}
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if lo, hi := max(seg.Start, start), min(seg.Stop, end); lo < hi {
			b.WriteString(r.s[lo:hi])
		}
	}
	return b.String()
}

func (s *inlineState) endCapture(closeNode *ast.RawHTML) {
	u := s.capture
	s.capture = nil
	end := closeNode.Segments.At(0).Start
	content := ""
	if end >= u.start {
		content = cellSource(closeNode, s.r.blockSource(closeNode, u.start, end))
	}
	switch u.tag.name {
	case "equation":
		s.emit(&model.Math{TeX: content, Style: s.style()})
	case "mention-doc":
		m := &model.Mention{Kind: model.MentionDoc, Token: u.tag.attrs["token"], DocType: u.tag.attrs["type"],
			URL: u.tag.attrs["url"], Title: unescape(content), Style: s.style()}
		if m.Token == "" && m.DocType == "" {
			// A Feishu document's URL says its token and type.
			if token, kind, ok := docx.DocumentFromURL(m.URL); ok {
				m.Token, m.DocType = token, kind.String()
			}
		}
		s.emit(m)
	}
}

func cloneAtom(in model.Inline, st model.Style) model.Inline {
	switch a := in.(type) {
	case *model.Break:
		// Styled like a hard line break in the same place ("*a\\\nb*").
		return &model.Break{Style: st}
	case *model.InlineImage:
		c := *a
		c.Style = st
		return &c
	case *model.Mention:
		c := *a
		c.Style = st
		return &c
	case *model.Reminder:
		c := *a
		c.Style = st
		return &c
	case *model.InlineFile:
		c := *a
		c.Style = st
		return &c
	}
	return in
}

func (s *inlineState) apply(e effect, d int) {
	add := func(p *int, on bool) {
		if on {
			*p += d
		}
	}
	add(&s.bold, e.bold)
	add(&s.italic, e.italic)
	add(&s.underline, e.underline)
	add(&s.strike, e.strike)
	add(&s.code, e.code)
	add(&s.sub, e.sub)
	add(&s.sup, e.sup)
	if e.link != nil {
		if d > 0 {
			s.links = append(s.links, *e.link)
		} else if len(s.links) > 0 {
			s.links = s.links[:len(s.links)-1]
		}
	}
	if e.color != nil {
		if d > 0 {
			s.colors = append(s.colors, *e.color)
		} else if len(s.colors) > 0 {
			s.colors = s.colors[:len(s.colors)-1]
		}
	}
	if e.background != nil {
		if d > 0 {
			s.backgrounds = append(s.backgrounds, *e.background)
		} else if len(s.backgrounds) > 0 {
			s.backgrounds = s.backgrounds[:len(s.backgrounds)-1]
		}
	}
}

// styleTag returns the effect of a paired inline tag whose attributes are all
// understood.
func styleTag(t tag) (effect, bool) {
	var e effect
	plain := len(t.attrs) == 0
	switch t.name {
	case "b", "strong":
		e.bold = true
		return e, plain
	case "i", "em":
		e.italic = true
		return e, plain
	case "u", "ins":
		e.underline = true
		return e, plain
	case "s", "del", "strike":
		e.strike = true
		return e, plain
	case "sub":
		e.sub = true
		return e, plain
	case "sup":
		e.sup = true
		return e, plain
	case "code":
		e.code = true
		return e, plain
	case "mark":
		bg, _ := color.FontBackground.Color(3) // light yellow, Feishu's highlighter
		e.background = &bg
		return e, plain
	case "a":
		href, ok := t.attrs["href"]
		if !ok || href == "" || !t.only("href", "title") {
			return e, false
		}
		e.link = &link{url: href, title: t.attrs["title"]}
		return e, true
	case "font":
		c, err := color.Parse(t.attrs["color"])
		if !t.only("color") || err != nil || c.IsZero() {
			return e, false
		}
		e.color = &c
		return e, true
	case "text":
		if !t.only("color", "background-color", "bgcolor") || len(t.attrs) == 0 {
			return e, false
		}
		if v, ok := t.attrs["color"]; ok {
			c, err := color.ResolveName(color.FontColor, v)
			if err != nil {
				return e, false
			}
			e.color = &c
		}
		bgName, ok := t.attrs["background-color"]
		if !ok {
			bgName, ok = t.attrs["bgcolor"]
		}
		if ok {
			c, err := color.ResolveName(color.FontBackground, bgName)
			if err != nil {
				return e, false
			}
			e.background = &c
		}
		return e, true
	case "span":
		st, ok := t.attrs["style"]
		if !ok || !t.only("style") {
			return e, false
		}
		cs := cssstyle.TextStyle(cssstyle.Parse(st))
		if len(cs.Unknown) > 0 || cs.Hidden || cs.Code ||
			(cs.BoldSet && !cs.Bold) || (cs.ItalicSet && !cs.Italic) ||
			(cs.UnderlineSet && !cs.Underline) || (cs.StrikeSet && !cs.Strike) || (cs.ScriptSet && cs.Script == model.Baseline) {
			return e, false
		}
		e.bold, e.italic, e.underline, e.strike = cs.Bold, cs.Italic, cs.Underline, cs.Strike
		e.sub, e.sup = cs.Script == model.Subscript, cs.Script == model.Superscript
		if cs.ColorSet && !cs.Color.IsZero() {
			c := cs.Color
			e.color = &c
		}
		if cs.BackgroundSet && !cs.Background.IsZero() {
			c := cs.Background
			e.background = &c
		}
		return e, e != effect{}
	}
	return e, false
}

// atomTag returns the inline that a standalone tag stands for.
func (r *reader) atomTag(t tag) (model.Inline, bool) {
	a := t.attrs
	switch t.name {
	case "br":
		return &model.Break{}, len(a) == 0
	case "image":
		u, ok := a["url"]
		if !ok || !t.only("url", "width", "height") {
			return nil, false
		}
		im := &model.InlineImage{URL: u}
		if !sizeAttr(a, "width", &im.Width) || !sizeAttr(a, "height", &im.Height) {
			return nil, false
		}
		return im, true
	case "img":
		// How the writer keeps an inline image's size (and so a link
		// around it); without a size, or with other attributes, it stays
		// raw HTML.
		u, ok := a["src"]
		_, w := a["width"]
		_, h := a["height"]
		if !ok || !(w || h) || !t.only("src", "alt", "title", "width", "height") {
			return nil, false
		}
		im := &model.InlineImage{URL: u, Alt: a["alt"], Title: a["title"]}
		if !sizeAttr(a, "width", &im.Width) || !sizeAttr(a, "height", &im.Height) {
			return nil, false
		}
		return im, true
	case "mention-user":
		id, ok := a["id"]
		if !ok || !t.only("id") {
			return nil, false
		}
		return &model.Mention{Kind: model.MentionUser, UserID: id}, true
	case "reminder":
		rem, ok := reminderFromAttrs(t)
		return rem, ok
	case "file":
		if !t.only("token", "name", "source-block-id") || a["token"] == "" {
			return nil, false
		}
		return &model.InlineFile{Token: a["token"], Name: a["name"], SourceBlockID: a["source-block-id"]}, true
	}
	return nil, false
}

func sizeAttr(a map[string]string, key string, dst *float64) bool {
	v, ok := a[key]
	if !ok {
		return true
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), "px"), 64)
	if err != nil || f < 0 {
		return false
	}
	*dst = f
	return true
}

// Reminder dates: "2025-12-31T18:00+08:00" as Feishu writes them, with
// optional seconds and milliseconds; a date alone is a whole-day reminder.
var dateLayouts = []string{
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05.000Z07:00",
}

func parseDate(s string) (ms int64, wholeDay bool, ok bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.UnixMilli(), true, true
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UnixMilli(), false, true
		}
	}
	return 0, false, false
}

func reminderFromAttrs(t tag) (*model.Reminder, bool) {
	a := t.attrs
	if !t.only("date", "notify", "user-id", "notify-date") {
		return nil, false
	}
	ms, whole, ok := parseDate(a["date"])
	if !ok {
		return nil, false
	}
	rem := &model.Reminder{UserID: a["user-id"], ExpireTime: ms, NotifyTime: ms, WholeDay: whole}
	switch a["notify"] {
	case "", "false":
	case "true":
		rem.Notify = true
	default:
		return nil, false
	}
	if nd, ok := a["notify-date"]; ok {
		n, _, ok := parseDate(nd)
		if !ok {
			return nil, false
		}
		rem.NotifyTime = n
	}
	return rem, true
}
