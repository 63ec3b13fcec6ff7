package fromhtml

import (
	"encoding/json"
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/cssstyle"
	"github.com/richtext-go/richtext/internal/safeurl"
	"github.com/richtext-go/richtext/model"
	"golang.org/x/net/html/atom"
)

// children reads the content of element n into f.
func (r *reader) children(f *flow, n int32, c ctx) {
	d := r.d
	for k := d.nodes[n].first; k != none; {
		nd := &d.nodes[k]
		switch nd.typ {
		case textNode:
			f.text(nd.str, c)
		case elementNode:
			// Runs of flat list paragraphs (Word) and flat lists (Google
			// Docs) nest into one list.
			if end, ok := r.flatList(f, k, c); ok {
				k = end
				continue
			}
			r.element(f, k, c)
		}
		k = d.nodes[k].next
	}
}

// decls returns the CSS of element n: its class rules, then its inline
// style, which wins.
func (r *reader) decls(n int32) []cssstyle.Decl {
	d := r.d
	var out []cssstyle.Decl
	if len(r.sheet) > 0 {
		// Classes rt-… are tohtml's, for its page stylesheet (headings 7–9
		// shown bold): they say nothing about the content.
		classes := d.attrOr(n, "class")
		if strings.Contains(classes, "rt-") {
			var keep []string
			for _, c := range strings.Fields(classes) {
				if !strings.HasPrefix(c, "rt-") {
					keep = append(keep, c)
				}
			}
			classes = strings.Join(keep, " ")
		}
		out = r.sheet.Decls(d.tagName(n), classes)
	}
	if st, ok := d.attr(n, "style"); ok {
		out = append(out, cssstyle.Parse(st)...)
	}
	return out
}

// Link colors and underlines that only say "this is a link": Google Docs,
// Word and browsers write them on every link.
var linkBlues = map[color.RGBA]bool{}

func init() {
	for _, s := range []string{"#1155cc", "#0563c1", "#0000ee", "#0000ff", "#3370ff", "#1a73e8", "#954f72"} {
		c, _ := color.Parse(s)
		linkBlues[c] = true
	}
}

var black, white = color.Opaque(0, 0, 0), color.Opaque(255, 255, 255)

// textCtx applies what an element's CSS says about text to c. Black text
// and transparent or white backgrounds are the page's defaults, which
// editors write on every run: they are no color. block says that the
// element is a block, whose background is its own, not its text's.
func (r *reader) textCtx(c ctx, ts cssstyle.Text, block bool) ctx {
	if ts.BoldSet {
		switch {
		case ts.Bold && c.bold == 0:
			c.bold = 1
		case !ts.Bold:
			c.bold = 0
		}
	}
	if ts.ItalicSet {
		switch {
		case ts.Italic && c.italic == 0:
			c.italic = 1
		case !ts.Italic:
			c.italic = 0
		}
	}
	if ts.UnderlineSet && !(c.inLink && ts.Underline) {
		c.style.Underline, c.cssUnderline = ts.Underline, ts.Underline
	}
	if ts.StrikeSet {
		c.style.Strikethrough = ts.Strike
	}
	if ts.ScriptSet {
		c.style.Script = ts.Script
	}
	if ts.ColorSet {
		switch {
		case ts.Color == black || (c.inLink && linkBlues[ts.Color]):
			c.style.Color = color.RGBA{}
		default:
			c.style.Color = ts.Color
		}
	}
	if ts.BackgroundSet && !block {
		if ts.Background == white || ts.Background.IsZero() {
			c.style.Background = color.RGBA{}
		} else {
			c.style.Background = ts.Background
		}
	}
	if ts.Code && !c.pre {
		c.style.Code = true
	}
	return c.emphasis()
}

// emphasis writes the bold and italic nesting into the style.
func (c ctx) emphasis() ctx {
	c.style.Bold, c.style.ExtraBold = c.bold > 0, uint8(min(max(c.bold-1, 0), 255))
	c.style.Italic, c.style.ExtraItalic = c.italic > 0, uint8(min(max(c.italic-1, 0), 255))
	return c
}

// Block elements that only group content.
var containers = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true, atom.Footer: true,
	atom.Nav: true, atom.Aside: true, atom.Center: true, atom.Details: true, atom.Summary: true, atom.Hgroup: true,
	atom.Fieldset: true, atom.Legend: true, atom.Form: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Address: true, atom.Figcaption: true, atom.Caption: true, atom.Li: true, atom.Dialog: true,
	atom.Noscript: true, atom.Body: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Search: true,
}

// element reads one element into f.
func (r *reader) element(f *flow, n int32, c ctx) {
	d := r.d
	nd := &d.nodes[n]
	a := nd.tag
	if nd.str == markerTag {
		return // a Word list marker outside a list paragraph
	}
	ts := cssstyle.TextStyle(r.decls(n))
	if ts.Hidden || d.attr0(n, "hidden") {
		return
	}
	if rt, ok := d.attr(n, "data-rt"); ok && r.rtElement(f, n, c, rt) {
		return
	}
	if c.pre && a != atom.Br && a != atom.Img {
		// Inside <pre> every element is text: markup there is shown by its
		// content and whitespace, not laid out as blocks.
		r.children(f, n, r.inlineCtx(n, a, c, ts))
		return
	}
	switch a {
	case atom.Br:
		f.lineBreak(c.style)
		return
	case atom.Wbr, atom.Input, atom.Button, atom.Label, atom.Option, atom.Progress, atom.Meter:
		if a == atom.Button || a == atom.Label {
			r.children(f, n, r.textCtx(c, ts, false))
		}
		return
	case atom.Img:
		r.img(f, n, c)
		return
	case atom.A:
		r.link(f, n, c, ts)
		return
	case atom.P:
		if role := d.attrOr(n, "role"); role == "heading" {
			if lv, err := strconv.Atoi(d.attrOr(n, "aria-level")); err == nil && lv >= 1 && lv <= 9 {
				r.heading(f, n, c, ts, lv)
				return
			}
		}
		f.flush()
		f.para = r.paraAttrs(n, c)
		f.explicit = true
		r.children(f, n, r.blockCtx(n, c, ts))
		f.flush()
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		r.heading(f, n, c, ts, int(a.String()[1]-'0'))
		return
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		f.block(r.code(n, c, ts))
		return
	case atom.Hr:
		f.block(&model.Divider{})
		return
	case atom.Iframe:
		r.iframe(f, n)
		return
	case atom.Video, atom.Audio, atom.Embed:
		r.media(f, n, c)
		return
	}
	deep := c.depth >= r.cfg.maxDepth
	if deep {
		switch a {
		case atom.Blockquote, atom.Ul, atom.Ol, atom.Menu, atom.Dir, atom.Table, atom.Figure:
			if !r.saidDeep {
				r.saidDeep = true
				r.warn(diag.Approximated, n, "blocks nest deeper than %d levels; the deeper content is kept without its nesting", r.cfg.maxDepth)
			}
			f.flush()
			r.children(f, n, r.blockCtx(n, c, ts))
			f.flush()
			return
		}
	}
	switch a {
	case atom.Blockquote:
		f.block(&model.Quote{Blocks: r.sub(n, r.blockCtx(n, c, ts))})
		return
	case atom.Ul, atom.Ol, atom.Menu, atom.Dir:
		f.block(r.list(n, c, ts))
		return
	case atom.Table:
		r.table(f, n, c, ts)
		return
	case atom.Figure:
		if im := r.figureImage(n); im != nil {
			f.block(im)
			return
		}
	}
	if containers[a] || a == atom.Figure {
		class := d.attrOr(n, "class")
		if a == atom.Div && strings.Contains(class, "markdown-alert") {
			if co := r.githubAlert(n, c, class); co != nil {
				f.block(co)
				return
			}
		}
		cc := r.blockCtx(n, c, ts)
		if strings.Contains(class, "highlight-source-") {
			cc.lang = languageOf(class) // GitHub: <div class="highlight highlight-source-go"><pre>
		}
		f.flush()
		r.children(f, n, cc)
		f.flush()
		return
	}
	// Inline elements, and elements this reader does not know, which are
	// read for their content.
	r.children(f, n, r.inlineCtx(n, a, c, ts))
}

// attr0 reports whether a boolean attribute is present (any value).
func (d *dom) attr0(n int32, key string) bool {
	_, ok := d.attr(n, key)
	return ok
}

// inlineCtx applies what an inline element means to c.
func (r *reader) inlineCtx(n int32, a atom.Atom, c ctx, ts cssstyle.Text) ctx {
	switch a {
	case atom.B, atom.Strong:
		if !(ts.BoldSet && !ts.Bold) {
			c.bold++
		}
	case atom.I, atom.Em, atom.Cite, atom.Dfn, atom.Var:
		if !(ts.ItalicSet && !ts.Italic) {
			c.italic++
		}
	case atom.U, atom.Ins:
		c.style.Underline, c.cssUnderline = true, false
	case atom.S, atom.Strike, atom.Del:
		c.style.Strikethrough = true
	case atom.Mark:
		bg, _ := color.FontBackground.Color(3) // light yellow, Feishu's highlighter
		c.style.Background = bg
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		if !c.pre {
			c.style.Code = true
		}
	case atom.Sub:
		c.style.Script = model.Subscript
	case atom.Sup:
		c.style.Script = model.Superscript
	case atom.Font:
		if v, ok := r.d.attr(n, "color"); ok {
			if col, err := color.Parse(v); err == nil && col != black {
				c.style.Color = col
			}
		}
	}
	if ws, ok := cssstyle.Value(r.decls(n), "white-space"); ok {
		c.wrap = strings.HasPrefix(ws, "pre")
	}
	if ids, ok := r.d.attr(n, "data-comment-ids"); ok {
		c.style.CommentIDs = ids
	}
	return r.textCtx(c.emphasis(), ts, false)
}

// blockCtx applies a block element's text CSS and alignment to c.
func (r *reader) blockCtx(n int32, c ctx, ts cssstyle.Text) ctx {
	c = r.textCtx(c, ts, true)
	if al := r.alignOf(n); al != model.AlignNone {
		c.align = al
	}
	if ws, ok := cssstyle.Value(r.decls(n), "white-space"); ok {
		c.wrap = strings.HasPrefix(ws, "pre")
	}
	return c
}

// alignOf reads an element's text-align (or align attribute).
func (r *reader) alignOf(n int32) model.Align {
	v, ok := cssstyle.Value(r.decls(n), "text-align")
	if !ok {
		v, ok = r.d.attr(n, "align")
	}
	if !ok {
		return model.AlignNone
	}
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "left", "start":
		return model.AlignLeft
	case "center", "middle":
		return model.AlignCenter
	case "right", "end":
		return model.AlignRight
	}
	return model.AlignNone
}

// paraAttrs reads what a <p> says about its paragraph.
func (r *reader) paraAttrs(n int32, c ctx) paraAttrs {
	d := r.d
	decls := r.decls(n)
	pa := paraAttrs{align: c.align}
	if al := r.alignOf(n); al != model.AlignNone {
		pa.align = al
	}
	if c.cellAlign {
		pa.align = r.alignOf(n)
	}
	if v, ok := d.attr(n, "data-indent"); ok {
		pa.indent, _ = strconv.Atoi(v)
	} else {
		for _, prop := range []string{"margin-left", "padding-left"} {
			if v, ok := cssstyle.Value(decls, prop); ok {
				if px, ok := cssstyle.Length(v); ok && px >= 20 {
					// Two em (32 px) per level as tohtml writes it; Word's
					// half inch and Google's 36 pt count as one.
					pa.indent = max(1, int(math.Round(px/40)))
				}
			}
		}
	}
	pa.indent = min(max(pa.indent, 0), 16)
	pa.bg = r.blockBackground(decls)
	pa.folded = d.attr0(n, "data-folded")
	if v := d.attrOr(n, "data-comment-ids"); v != "" {
		pa.comments = strings.Split(v, ",")
	}
	return pa
}

func (r *reader) blockBackground(decls []cssstyle.Decl) color.RGBA {
	for _, prop := range []string{"background-color", "background"} {
		if v, ok := cssstyle.Value(decls, prop); ok {
			if col, err := color.Parse(v); err == nil && col != white && !col.IsZero() {
				return col
			}
		}
	}
	return color.RGBA{}
}

func (r *reader) heading(f *flow, n int32, c ctx, ts cssstyle.Text, level int) {
	d := r.d
	f.flush()
	c = r.blockCtx(n, c, ts)
	sub := r.newFlow()
	sub.noImage = true
	r.children(sub, n, c)
	rest := sub.finish()
	h := &model.Heading{Level: level, Align: c.align, Folded: d.attr0(n, "data-folded"), Background: r.blockBackground(r.decls(n))}
	if v := d.attrOr(n, "data-comment-ids"); v != "" {
		h.CommentIDs = strings.Split(v, ",")
	}
	if len(rest) > 0 {
		if p, ok := rest[0].(*model.Paragraph); ok {
			h.Inlines, rest = p.Inlines, rest[1:]
		}
	}
	f.out = append(f.out, h)
	f.out = append(f.out, rest...)
}

// link reads an <a>: a link around its content, a mention, or an anchor.
func (r *reader) link(f *flow, n int32, c ctx, ts cssstyle.Text) {
	href, ok := r.d.attr(n, "href")
	if ok {
		href = strings.TrimSpace(href)
		switch {
		case href == "":
		case !safeurl.Allowed(href):
			r.warn(diag.Dropped, n, "link URL %q is not http, https, mailto, tel or relative; the text is kept without it", href)
		default:
			c.style.Link = unwrapRedirect(href)
			c.style.LinkTitle = r.d.attrOr(n, "title")
			c.inLink = true
			// Editors wrap links in spans that only make them look like
			// links (Google Docs): that look is the link's, not the text's.
			if c.cssUnderline {
				c.style.Underline, c.cssUnderline = false, false
			}
			if linkBlues[c.style.Color] {
				c.style.Color = color.RGBA{}
			}
		}
	}
	r.children(f, n, r.textCtx(c, ts, false))
}

// unwrapRedirect returns the target of a Google redirect link
// (https://www.google.com/url?q=…), which Google Docs exports write for
// every external link, and other URLs as they are.
func unwrapRedirect(href string) string {
	if !strings.HasPrefix(href, "https://www.google.com/url?") {
		return href
	}
	u, err := url.Parse(href)
	if err != nil {
		return href
	}
	if q := u.Query().Get("q"); q != "" && safeurl.Allowed(q) {
		return q
	}
	return href
}

// imageOf reads an <img> into an Image (with its token, which an inline
// image has no place for).
func (r *reader) imageOf(n int32) *model.Image {
	d := r.d
	im := &model.Image{Token: d.attrOr(n, "data-token"), Alt: d.attrOr(n, "alt"), Title: d.attrOr(n, "title")}
	if src := strings.TrimSpace(d.attrOr(n, "src")); src != "" {
		if safeurl.Allowed(src) {
			im.URL = src
		} else {
			r.warn(diag.Dropped, n, "image URL %q is not http, https, mailto, tel or relative; left out", truncate(src))
		}
	}
	decls := r.decls(n)
	im.Width = dimension(d.attrOr(n, "width"), decls, "width")
	im.Height = dimension(d.attrOr(n, "height"), decls, "height")
	return im
}

// dimension reads a size in pixels from an attribute or the style.
func dimension(attrVal string, decls []cssstyle.Decl, prop string) float64 {
	if v, ok := cssstyle.Value(decls, prop); ok {
		if px, ok := cssstyle.Length(v); ok && px > 0 && !strings.HasSuffix(v, "%") {
			return px
		}
	}
	if f, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(attrVal), "px"), 64); err == nil && f > 0 && !math.IsInf(f, 0) {
		return f
	}
	return 0
}

func truncate(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}

func (r *reader) img(f *flow, n int32, c ctx) {
	im := r.imageOf(n)
	if im.URL == "" && im.Token == "" && im.Alt == "" {
		return // nothing to show
	}
	in := &model.InlineImage{URL: im.URL, Alt: im.Alt, Title: im.Title, Width: im.Width, Height: im.Height, Style: c.style}
	alone := f.empty() && c.style.IsZero()
	f.inline(in)
	if alone {
		f.lone = im
	}
}

// figureImage reads a <figure> holding one image and maybe a caption.
func (r *reader) figureImage(n int32) *model.Image {
	d := r.d
	var img, caption int32 = none, none
	for k := d.nodes[n].first; k != none; k = d.nodes[k].next {
		nd := &d.nodes[k]
		switch {
		case nd.typ == textNode && strings.TrimSpace(nd.str) == "":
		case nd.typ == elementNode && nd.tag == atom.Img && img == none:
			img = k
		case nd.typ == elementNode && nd.tag == atom.Figcaption && caption == none:
			caption = k
		default:
			return nil
		}
	}
	if img == none {
		return nil
	}
	im := r.imageOf(img)
	if caption != none {
		im.Caption = collapse(r.textContent(caption))
	}
	im.Align = r.alignOf(n)
	return im
}

// textContent returns the text of n's descendants.
func (r *reader) textContent(n int32) string {
	var b strings.Builder
	var walk func(k int32, depth int)
	walk = func(k int32, depth int) {
		for c := r.d.nodes[k].first; c != none; c = r.d.nodes[c].next {
			nd := &r.d.nodes[c]
			if nd.typ == textNode {
				b.WriteString(nd.str)
			} else if depth < maxDOMDepth {
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return b.String()
}

func (r *reader) iframe(f *flow, n int32) {
	src := strings.TrimSpace(r.d.attrOr(n, "src"))
	if src == "" || !safeurl.Allowed(src) {
		if src != "" {
			r.warn(diag.Dropped, n, "iframe URL %q is not http or https; left out", truncate(src))
		}
		return
	}
	f.block(&model.Embed{Kind: "iframe", Attrs: map[string]string{"url": src}})
}

// media reads a video, audio or embed element as a link to its source.
func (r *reader) media(f *flow, n int32, c ctx) {
	d := r.d
	src := d.attrOr(n, "src")
	for k := d.nodes[n].first; src == "" && k != none; k = d.nodes[k].next {
		if d.nodes[k].tag == atom.Source {
			src = d.attrOr(k, "src")
		}
	}
	if src == "" || !safeurl.Allowed(src) {
		r.warn(diag.Dropped, n, "a %s without a usable source is left out", d.tagName(n))
		return
	}
	r.warn(diag.Approximated, n, "a %s is read as a link to it", d.tagName(n))
	c.style.Link = src
	f.text(src, c)
}

func (r *reader) code(n int32, c ctx, ts cssstyle.Text) *model.CodeBlock {
	d := r.d
	cb := &model.CodeBlock{Meta: d.attrOr(n, "data-meta"), Wrap: d.attr0(n, "data-wrap")}
	if v := d.attrOr(n, "data-comment-ids"); v != "" {
		cb.CommentIDs = strings.Split(v, ",")
	}
	lang := languageOf(d.attrOr(n, "class"))
	// The language is often on the <code> inside.
	for k := d.nodes[n].first; lang == "" && k != none; k = d.nodes[k].next {
		if d.nodes[k].tag == atom.Code {
			lang = languageOf(d.attrOr(k, "class"))
		}
	}
	if lang == "" {
		lang = c.lang
	}
	cb.Language = model.CanonicalLanguage(lang)
	c = r.textCtx(c, ts, true)
	c.pre, c.style.Code = true, false
	f := r.newFlow()
	r.children(f, n, c)
	f.endRun()
	ins := f.ins
	// A newline right after <pre> is not content (HTML drops it), nor is
	// the last one (the model keeps code without its final newline).
	if len(ins) > 0 {
		if t, ok := ins[0].(*model.Text); ok {
			t.Value = strings.TrimPrefix(strings.TrimPrefix(t.Value, "\r"), "\n")
		}
		if t, ok := ins[len(ins)-1].(*model.Text); ok {
			t.Value = strings.TrimSuffix(t.Value, "\n")
		}
	}
	// Breaks inside code are newlines of its text.
	for i, in := range ins {
		if b, ok := in.(*model.Break); ok {
			ins[i] = &model.Text{Value: "\n", Style: b.Style}
		}
	}
	cb.Inlines = ins
	return cb
}

// languageOf reads a code language from a class list: language-x, lang-x,
// highlight-source-x (GitHub), sourceCode x (pandoc), brush: x.
func languageOf(class string) string {
	fields := strings.Fields(class)
	for i, f := range fields {
		for _, p := range []string{"language-", "lang-", "highlight-source-", "highlight-"} {
			if v, ok := strings.CutPrefix(f, p); ok && v != "" {
				return v
			}
		}
		if f == "sourceCode" && i+1 < len(fields) {
			return fields[i+1]
		}
	}
	return ""
}

// rtElement reads the elements tohtml marks with data-rt. It reports false
// for a value it does not know, which reads as an ordinary element.
func (r *reader) rtElement(f *flow, n int32, c ctx, rt string) bool {
	d := r.d
	switch rt {
	case "emoji", "label":
		return true
	case "mention":
		m := &model.Mention{Kind: model.MentionDoc, Token: d.attrOr(n, "data-token"), DocType: d.attrOr(n, "data-type"),
			Title: d.attrOr(n, "data-title"), Style: c.style}
		if id, ok := d.attr(n, "data-user-id"); ok {
			m.Kind, m.UserID, m.Token, m.DocType = model.MentionUser, id, "", ""
		} else if href := d.attrOr(n, "href"); href != "" && safeurl.Allowed(href) {
			m.URL = href
		}
		f.inline(m)
	case "math":
		if d.nodes[n].tag == atom.Div {
			f.block(&model.Equation{TeX: r.textContent(n)})
		} else {
			f.inline(&model.Math{TeX: r.textContent(n), Style: c.style})
		}
	case "reminder":
		rm := &model.Reminder{UserID: d.attrOr(n, "data-user-id"), Notify: d.attr0(n, "data-notify"),
			WholeDay: d.attr0(n, "data-whole-day"), Style: c.style}
		rm.ExpireTime, _ = strconv.ParseInt(d.attrOr(n, "data-expire-time"), 10, 64)
		rm.NotifyTime, _ = strconv.ParseInt(d.attrOr(n, "data-notify-time"), 10, 64)
		f.inline(rm)
	case "file":
		f.inline(&model.InlineFile{Token: d.attrOr(n, "data-token"), SourceBlockID: d.attrOr(n, "data-source-block-id"),
			Name: d.attrOr(n, "data-name"), Style: c.style})
	case "callout":
		decls := r.decls(n)
		co := &model.Callout{Emoji: d.attrOr(n, "data-emoji"), Background: r.blockBackground(decls)}
		if v, ok := cssstyle.Value(decls, "border-color"); ok {
			co.Border, _ = color.Parse(v)
		}
		if v, ok := cssstyle.Value(decls, "color"); ok {
			co.Color, _ = color.Parse(v)
		}
		co.Blocks = r.sub(n, c)
		f.block(co)
	case "grid":
		g := &model.Grid{}
		for k := d.nodes[n].first; k != none; k = d.nodes[k].next {
			if d.nodes[k].typ != elementNode {
				continue
			}
			col := model.GridColumn{Blocks: r.sub(k, c)}
			if v, ok := cssstyle.Value(r.decls(k), "width"); ok {
				if pct, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), "%")); err == nil {
					col.WidthRatio = pct
				}
			}
			g.Columns = append(g.Columns, col)
		}
		f.block(g)
	case "gallery":
		g := &model.Gallery{}
		for k := d.nodes[n].first; k != none; k = d.nodes[k].next {
			if d.nodes[k].tag == atom.Img {
				g.Images = append(g.Images, *r.imageOf(k))
			}
		}
		f.block(g)
	case "image":
		im := r.figureImage(n)
		if im == nil {
			return false
		}
		f.block(im)
	case "embed":
		e := &model.Embed{Kind: d.attrOr(n, "data-kind")}
		if !model.IsEmbedKind(e.Kind) {
			return false
		}
		if v := d.attrOr(n, "data-attrs"); v != "" {
			if err := json.Unmarshal([]byte(v), &e.Attrs); err != nil {
				r.warn(diag.Recovered, n, "data-attrs is not a JSON object of strings; the embed's attributes are left out")
			}
		}
		e.Blocks = r.sub(n, c)
		f.block(e)
	case "children":
		kids := r.sub(n, c)
		f.flush()
		if len(f.out) > 0 {
			switch p := f.out[len(f.out)-1].(type) {
			case *model.Paragraph:
				p.Children = append(p.Children, kids...)
				return true
			case *model.Heading:
				p.Children = append(p.Children, kids...)
				return true
			}
		}
		f.out = append(f.out, kids...)
	case "container":
		f.block(&model.Quote{Container: true, Blocks: r.sub(n, c)})
	default:
		return false
	}
	return true
}

// githubAlert reads GitHub's rendering of an alert, <div class="markdown-alert
// markdown-alert-note"> with a title paragraph, as the callout that
// Markdown's > [!NOTE] reads as.
func (r *reader) githubAlert(n int32, c ctx, class string) *model.Callout {
	for _, cl := range strings.Fields(class) {
		kind, ok := strings.CutPrefix(cl, "markdown-alert-")
		if !ok {
			continue
		}
		co, ok := model.AlertCallout(strings.ToUpper(kind))
		if !ok {
			return nil
		}
		d := r.d
		for k := d.nodes[n].first; k != none; k = d.nodes[k].next {
			if d.nodes[k].typ == elementNode && d.hasClass(k, "markdown-alert-title") {
				d.nodes[k].typ = 0 // the title says the kind, which the callout holds
			}
		}
		co.Blocks = r.sub(n, c)
		return co
	}
	return nil
}
