package frommarkdown

import (
	"html"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/model"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// inlineState flattens goldmark's nested inline tree into runs. Emphasis,
// links and interpreted HTML tags each adjust counters and stacks; a text's
// style is read off them when it is emitted. The walk follows parent and
// sibling pointers, so deep nesting costs no call stack.
type inlineState struct {
	r   *reader
	out model.Inlines

	bold, italic, underline, strike, code, sub, sup int
	links                                           []link
	colors, backgrounds                             []color.RGBA

	// tags holds the raw HTML nodes that are interpreted (see matchTags).
	tags map[ast.Node]*tagUse
	// open is the stack of interpreted paired tags.
	open []*tagUse
	// capture is set between <equation> or <mention-doc> and its close:
	// the source in between is taken verbatim.
	capture *tagUse

	// pending gathers consecutive texts of one style (goldmark splits text
	// at every character that might have started syntax), so that a run is
	// one string, not dozens for Normalize to join.
	// A single piece stays the substring of the source it is (pendingOne).
	pending      []byte
	pendingOne   string
	pendingStyle model.Style
}

type link struct{ url, title string }

func (s *inlineState) style() model.Style {
	st := model.Style{
		Bold: s.bold > 0, Italic: s.italic > 0, Underline: s.underline > 0,
		Strikethrough: s.strike > 0, Code: s.code > 0,
	}
	if s.bold > 1 {
		st.ExtraBold = uint8(min(s.bold-1, 255))
	}
	if s.italic > 1 {
		st.ExtraItalic = uint8(min(s.italic-1, 255))
	}
	switch {
	case s.sup > 0:
		st.Script = model.Superscript
	case s.sub > 0:
		st.Script = model.Subscript
	}
	if n := len(s.links); n > 0 {
		st.Link, st.LinkTitle = s.links[n-1].url, s.links[n-1].title
	}
	if n := len(s.colors); n > 0 {
		st.Color = s.colors[n-1]
	}
	if n := len(s.backgrounds); n > 0 {
		st.Background = s.backgrounds[n-1]
	}
	return st
}

func (s *inlineState) emit(in model.Inline) {
	if s.capture == nil {
		s.flush()
		s.out = append(s.out, in)
	}
}

func (s *inlineState) text(v string) {
	if v == "" || s.capture != nil {
		return
	}
	st := s.style()
	switch {
	case s.pendingOne == "" && len(s.pending) == 0:
		s.pendingOne = v
	case st != s.pendingStyle:
		s.flush()
		s.pendingOne = v
	case s.pendingOne != "":
		s.pending = append(append(s.pending[:0], s.pendingOne...), v...)
		s.pendingOne = ""
	default:
		s.pending = append(s.pending, v...)
	}
	s.pendingStyle = st
}

// flush emits the pending text.
func (s *inlineState) flush() {
	switch {
	case s.pendingOne != "":
		s.out = append(s.out, &model.Text{Value: s.pendingOne, Style: s.pendingStyle})
		s.pendingOne = ""
	case len(s.pending) > 0:
		s.out = append(s.out, &model.Text{Value: string(s.pending), Style: s.pendingStyle})
		s.pending = s.pending[:0]
	}
}

// inlines converts the inline children of a block node.
func (r *reader) inlines(parent ast.Node) model.Inlines {
	s := inlineState{r: r}
	if hasRawHTML(parent) {
		s.tags = r.matchTags(parent)
	}
	n := parent.FirstChild()
	for n != nil {
		if s.enter(n) && n.FirstChild() != nil {
			n = n.FirstChild()
			continue
		}
		for {
			s.exit(n)
			if next := n.NextSibling(); next != nil {
				n = next
				break
			}
			n = n.Parent()
			if n == parent || n == nil {
				s.flush()
				return s.out
			}
		}
	}
	s.flush()
	return s.out
}

func hasRawHTML(parent ast.Node) bool {
	found := false
	walkNodes(parent, func(n ast.Node) bool {
		if n.Kind() == ast.KindRawHTML {
			found = true
		}
		return !found
	})
	return found
}

// enter handles a node on the way down and reports whether to visit its
// children.
func (s *inlineState) enter(n ast.Node) bool {
	r := s.r
	switch n := n.(type) {
	case *ast.Text:
		v := r.str(n.Segment)
		if !n.IsRaw() {
			v = unescape(v)
		}
		s.text(v)
		if n.HardLineBreak() {
			s.emit(&model.Break{Style: s.style()})
		} else if n.SoftLineBreak() {
			s.emit(&model.SoftBreak{Style: s.style()})
		}
		return false
	case *ast.String:
		v := string(n.Value)
		if !n.IsRaw() && !n.IsCode() {
			v = unescape(v)
		}
		s.text(v)
		return false
	case *ast.CodeSpan:
		var b strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				v := r.str(c.Segment)
				if strings.HasSuffix(v, "\n") {
					v = v[:len(v)-1] + " "
				}
				b.WriteString(v)
			case *ast.String:
				b.Write(c.Value)
			}
		}
		s.code++
		s.text(b.String())
		s.code--
		return false
	case *ast.Emphasis:
		if n.Level >= 2 {
			s.bold++
		} else {
			s.italic++
		}
	case *east.Strikethrough:
		s.strike++
	case *ast.Link:
		if len(n.Destination) == 0 || n.FirstChild() == nil {
			// A link without a destination or without text has no run to
			// carry it; it stays an HTML link.
			s.emptyLink(n)
			return false
		}
		s.links = append(s.links, link{unescapeURL(string(n.Destination)), unescape(string(n.Title))})
	case *ast.AutoLink:
		url := string(n.URL(r.src))
		if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(url), "mailto:") {
			url = "mailto:" + url
		}
		s.links = append(s.links, link{url: url})
		s.text(string(n.Label(r.src)))
		s.links = s.links[:len(s.links)-1]
		return false
	case *ast.Image:
		img := &model.InlineImage{URL: unescapeURL(string(n.Destination)), Alt: r.altText(n), Title: unescape(string(n.Title)), Style: s.style()}
		s.emit(img)
		return false
	case *ast.RawHTML:
		s.rawHTML(n)
		return false
	case *inlineMath:
		s.emit(&model.Math{TeX: n.tex, Style: s.style()})
		return false
	case *east.TaskCheckBox:
		// Only the first one of an item is a checkbox; a stray one is text.
		if n.IsChecked {
			s.text("[x]")
		} else {
			s.text("[ ]")
		}
		return false
	}
	return true
}

// exit undoes what enter did for a node with children.
func (s *inlineState) exit(n ast.Node) {
	switch n := n.(type) {
	case *ast.Emphasis:
		if n.Level >= 2 {
			s.bold--
		} else {
			s.italic--
		}
	case *east.Strikethrough:
		s.strike--
	case *ast.Link:
		if len(n.Destination) != 0 && n.FirstChild() != nil {
			s.links = s.links[:len(s.links)-1]
		}
	}
}

// emptyLink keeps a link with no destination or no text as raw HTML around
// its content, which renders the same.
func (s *inlineState) emptyLink(n *ast.Link) {
	// U+FFFD (what the reader makes of NUL and invalid UTF-8) stops
	// goldmark from reading the tag back as HTML: it is percent-encoded.
	href := strings.ReplaceAll(unescapeURL(string(n.Destination)), "\uFFFD", "%EF%BF%BD")
	open := `<a href="` + html.EscapeString(href) + `"`
	if n.Title != nil {
		open += ` title="` + strings.ReplaceAll(html.EscapeString(unescape(string(n.Title))), "\uFFFD", "&#xFFFD;") + `"`
	}
	open += ">"
	if n.FirstChild() == nil {
		s.emit(&model.RawInline{Format: "html", Content: open + "</a>"})
		return
	}
	s.emit(&model.RawInline{Format: "html", Content: open})
	sub := s.r.inlines(n)
	for _, in := range sub {
		if st, ok := model.StyleOf(in); ok {
			merged := s.style()
			mergeStyle(&merged, st)
			model.SetStyle(in, merged)
		}
		s.emit(in)
	}
	s.emit(&model.RawInline{Format: "html", Content: "</a>"})
}

// mergeStyle adds the formatting of inner to outer.
func mergeStyle(outer *model.Style, inner model.Style) {
	outer.Bold = outer.Bold || inner.Bold
	outer.Italic = outer.Italic || inner.Italic
	outer.Underline = outer.Underline || inner.Underline
	outer.Strikethrough = outer.Strikethrough || inner.Strikethrough
	outer.Code = outer.Code || inner.Code
	if inner.Script != model.Baseline {
		outer.Script = inner.Script
	}
	if inner.Link != "" {
		outer.Link, outer.LinkTitle = inner.Link, inner.LinkTitle
	}
	if !inner.Color.IsZero() {
		outer.Color = inner.Color
	}
	if !inner.Background.IsZero() {
		outer.Background = inner.Background
	}
}

// altText is the text of an image description, as goldmark renders alt.
func (r *reader) altText(img *ast.Image) string {
	var b strings.Builder
	walkNodes(img, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Text:
			b.WriteString(unescape(r.str(n.Segment)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(n.Value)
		case *inlineMath:
			b.WriteString(n.tex)
		}
		return true
	})
	return b.String()
}
