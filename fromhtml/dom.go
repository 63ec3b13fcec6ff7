package fromhtml

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The reader builds its own small tree from x/net/html's tokenizer rather
// than calling html.Parse: the tree is an arena of nodes with index links,
// built with the parts of the HTML tree-construction rules that matter for
// content (implied end tags of p, li, dt, dd, table rows and cells, headings
// and links), which costs a fraction of the full algorithm's time and
// allocation. Anything malformed still ends as some tree; nothing fails.

type nodeType uint8

const (
	elementNode nodeType = iota + 1
	textNode
)

const none = -1

type attr struct{ key, val string }

type node struct {
	// str is a text node's text, or the name of an element without an
	// atom.
	str string
	tag atom.Atom
	// attrs are d.attrs[attrOff : attrOff+attrN].
	attrOff             int32
	parent, first, next int32
	attrN               uint16
	typ                 nodeType
}

// maxAttrs is the most attributes an element keeps (attrN's range); the
// reader warns when an element has more.
const maxAttrs = 1<<16 - 1

// A dom is the tree of one document. Node 0 is the root.
type dom struct {
	nodes []node
	attrs []attr
	title string
	css   strings.Builder // the text of <style> elements, for class rules
	// deep reports that elements nested beyond maxDOMDepth were flattened;
	// manyAttrs that an element had more than maxAttrs attributes.
	deep, manyAttrs bool
}

// maxDOMDepth bounds the tree's depth: deeper elements are kept as
// childless nodes whose content goes to the deepest open one, so that no
// input makes the walk recurse without bound.
const maxDOMDepth = 512

func (d *dom) attr(n int32, key string) (string, bool) {
	nd := &d.nodes[n]
	for _, a := range d.attrs[nd.attrOff : nd.attrOff+int32(nd.attrN)] {
		if a.key == key {
			return a.val, true
		}
	}
	return "", false
}

func (d *dom) attrOr(n int32, key string) string {
	v, _ := d.attr(n, key)
	return v
}

// hasClass reports whether the element's class list holds c.
func (d *dom) hasClass(n int32, c string) bool {
	for _, f := range strings.Fields(d.attrOr(n, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

// tagName returns the element's name.
func (d *dom) tagName(n int32) string {
	if d.nodes[n].tag != 0 {
		return d.nodes[n].tag.String()
	}
	return d.nodes[n].str
}

// Elements whose start closes an open <p>.
var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Center: true,
	atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Ul: true, atom.Li: true, atom.Dd: true, atom.Dt: true,
	atom.Listing: true, atom.Xmp: true, atom.Plaintext: true,
}

// Elements with no content.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true, atom.Source: true, atom.Track: true,
	atom.Wbr: true, atom.Keygen: true,
}

// Elements whose whole content is left out: it is not text a reader sees.
var skipped = map[atom.Atom]bool{
	atom.Template: true, atom.Svg: true, atom.Math: true, atom.Select: true, atom.Object: true, atom.Applet: true,
	atom.Canvas: true, atom.Datalist: true, atom.Map: true,
}

// Raw-text elements: the tokenizer hands over their content as one text
// token, which the reader uses (title, style) or leaves out.
var rawText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Title: true, atom.Textarea: true, atom.Noscript: true, atom.Xmp: true,
	atom.Noembed: true, atom.Noframes: true, atom.Plaintext: true, atom.Iframe: true,
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// tableScope elements stop the search for an element to close: an end tag
// inside a table cell does not close what is outside the table.
func tableScope(a atom.Atom) bool {
	switch a {
	case atom.Td, atom.Th, atom.Caption, atom.Table, atom.Template:
		return true
	}
	return false
}

type builder struct {
	d       *dom
	stack   []int32 // open elements; stack[0] is the root
	rawTag  atom.Atom
	skip    int // depth inside a skipped element
	skipTag atom.Atom
	name    []byte // scratch for tag names
	// marker is the synthetic element that holds the content of Word's
	// <![if !supportLists]> … <![endif]> (a list item's number or bullet).
	marker int32
	texts  textArena
}

// A textArena holds the text of text nodes: each node's string is a
// substring of a chunk written once and never changed, so a page's many
// small texts cost a few allocations instead of one each.
type textArena struct {
	cur   strings.Builder
	chunk int // the size of a new chunk
}

// textChunk is the largest chunk a textArena allocates for small texts.
const textChunk = 64 << 10

// intern returns t as a string kept in the arena.
func (a *textArena) intern(t []byte) string {
	if a.cur.Cap()-a.cur.Len() < len(t) {
		// A fresh Builder: the strings handed out keep the old chunk alive.
		a.cur = strings.Builder{}
		a.cur.Grow(max(a.chunk, len(t)))
	}
	start := a.cur.Len()
	a.cur.Write(t)
	return a.cur.String()[start:]
}

// parse builds the tree of src.
func parse(src []byte) *dom {
	d := &dom{nodes: make([]node, 1, estimateNodes(src))}
	d.nodes[0] = node{typ: elementNode, parent: none, first: none, next: none}
	b := &builder{d: d, stack: []int32{0}, marker: none, texts: textArena{chunk: min(len(src), textChunk)}}
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return d // io.EOF, or input the tokenizer gives up on: keep what was read
		case html.TextToken:
			b.text(b.textOf(z))
		case html.StartTagToken, html.SelfClosingTagToken:
			b.start(z, b.tagName(z))
		case html.EndTagToken:
			b.end(b.tagName(z))
		case html.CommentToken:
			b.comment(z.Text())
		}
	}
}

// tagName returns the lower-cased name of the current tag token. It reads
// the name from the token's raw bytes into scratch space, because the
// tokenizer's TagName copies every name; a name holding a NUL (which the
// tokenizer replaces) is left to TagName.
func (b *builder) tagName(z *html.Tokenizer) []byte {
	raw := z.Raw()
	i := 1 // after "<"
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	b.name = b.name[:0]
	for ; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>':
			return b.name
		case c == 0:
			name, _ := z.TagName()
			return name
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b.name = append(b.name, c)
	}
	return b.name
}

// estimateNodes returns about how many nodes src makes, slightly more, so
// that the node array is sized once: an element per "<" before a letter and
// a text per "<" that text comes before (or the end, after text).
func estimateNodes(src []byte) int {
	n := 16
	prev := byte('>')
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			if i < len(src) {
				n++
			}
			return n
		}
		if j > 0 {
			prev = src[i+j-1]
		}
		i += j + 1
		if prev != '>' {
			n++ // text between tags (whitespace too)
		}
		if i < len(src) && ('a' <= src[i]|0x20 && src[i]|0x20 <= 'z') {
			n++
		}
		prev = '<'
	}
}

// textOf returns the text of the current text token: its raw bytes when
// they hold nothing the tokenizer would change (a character reference, a
// carriage return, a NUL), which skips Text's passes over them.
func (b *builder) textOf(z *html.Tokenizer) []byte {
	raw := z.Raw()
	if b.rawTag == 0 && bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 && bytes.IndexByte(raw, 0) < 0 {
		return raw
	}
	return z.Text()
}

func (b *builder) current() int32 { return b.stack[len(b.stack)-1] }

// appendNode adds n as the last child of parent and returns its index.
func (b *builder) appendNode(parent int32, n node) int32 {
	d := b.d
	i := int32(len(d.nodes))
	n.parent, n.first, n.next = parent, none, none
	last := b.lastChild(parent)
	d.nodes = append(d.nodes, n)
	if last == none {
		d.nodes[parent].first = i
	} else {
		d.nodes[last].next = i
	}
	return i
}

// lastChild returns the last child of p, an open element (or the Word
// marker), or none. Every node added since p is inside p, so the newest
// node's ancestor just below p is p's last child. Each node is climbed
// over at most once before a later child of p is added, so the climbs
// take linear time in all.
func (b *builder) lastChild(p int32) int32 {
	d := b.d
	j := int32(len(d.nodes) - 1)
	if j <= p {
		return none
	}
	for d.nodes[j].parent != p {
		j = d.nodes[j].parent
	}
	return j
}

func (b *builder) text(t []byte) {
	if b.skip > 0 {
		return
	}
	if b.rawTag != 0 {
		switch b.rawTag {
		case atom.Title:
			if b.d.title == "" {
				b.d.title = strings.TrimSpace(collapse(string(t)))
			}
		case atom.Style:
			b.d.css.Write(t)
			b.d.css.WriteByte('\n')
		}
		return
	}
	parent := b.current()
	if b.marker != none {
		parent = b.marker
	}
	// Adjacent text tokens make one text node.
	if last := b.lastChild(parent); last != none && b.d.nodes[last].typ == textNode {
		b.d.nodes[last].str += string(t)
		return
	}
	b.appendNode(parent, node{typ: textNode, str: b.texts.intern(t)})
}

func (b *builder) start(z *html.Tokenizer, name []byte) {
	a := atom.Lookup(name)
	if b.skip > 0 {
		if a == b.skipTag && !void[a] {
			b.skip++
		}
		return
	}
	switch a {
	case atom.Html, atom.Head, atom.Body, atom.Frameset:
		return // the root stands for them
	case atom.Meta, atom.Link, atom.Base, atom.Col:
		if a != atom.Col {
			return
		}
	}
	if rawText[a] && a != atom.Iframe {
		b.rawTag = a
		return
	}
	if skipped[a] {
		b.skip, b.skipTag = 1, a
		return
	}
	b.closeImplied(a)
	n := node{typ: elementNode, tag: a}
	if a == 0 {
		n.str = string(name)
	}
	n.attrOff = int32(len(b.d.attrs))
	for more := true; more; {
		var k, v []byte
		if k, v, more = z.TagAttr(); k == nil {
			break // no attributes
		}
		if len(b.d.attrs)-int(n.attrOff) == maxAttrs {
			b.d.manyAttrs = true
			continue
		}
		b.d.attrs = append(b.d.attrs, attr{string(k), string(v)})
	}
	n.attrN = uint16(len(b.d.attrs) - int(n.attrOff))
	parent := b.current()
	if b.marker != none {
		parent = b.marker
	}
	i := b.appendNode(parent, n)
	switch {
	case a == atom.Iframe:
		b.rawTag = a // its content is fallback text, never shown
	case void[a] || b.marker != none:
	case len(b.stack) >= maxDOMDepth:
		b.d.deep = true
	default:
		b.stack = append(b.stack, i)
	}
}

// closeImplied closes what the start of a closes by HTML's rules.
func (b *builder) closeImplied(a atom.Atom) {
	if closesP[a] {
		b.closeInScope(atom.P, func(x atom.Atom) bool { return tableScope(x) || x == atom.Button })
	}
	switch a {
	case atom.Li:
		b.closeInScope(atom.Li, func(x atom.Atom) bool { return x == atom.Ul || x == atom.Ol || x == atom.Menu || tableScope(x) })
	case atom.Dt, atom.Dd:
		if !b.closeInScope(atom.Dt, func(x atom.Atom) bool { return x == atom.Dl || tableScope(x) }) {
			b.closeInScope(atom.Dd, func(x atom.Atom) bool { return x == atom.Dl || tableScope(x) })
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if isHeading(b.d.nodes[b.current()].tag) {
			b.pop()
		}
	case atom.A:
		b.closeInScope(atom.A, tableScope)
	case atom.Tr:
		b.popTo(func(x atom.Atom) bool {
			return x == atom.Table || x == atom.Tbody || x == atom.Thead || x == atom.Tfoot
		})
	case atom.Td, atom.Th:
		if !b.popTo(func(x atom.Atom) bool { return x == atom.Tr || x == atom.Table }) {
			return
		}
		if b.d.nodes[b.current()].tag != atom.Tr {
			// A cell outside a row gets one, as browsers give it.
			i := b.appendNode(b.current(), node{typ: elementNode, tag: atom.Tr})
			b.stack = append(b.stack, i)
		}
	case atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.Colgroup:
		b.popTo(func(x atom.Atom) bool { return x == atom.Table })
	}
}

// closeInScope pops through the nearest open t, unless an element stop
// accepts comes first; it reports whether it closed one.
func (b *builder) closeInScope(t atom.Atom, stop func(atom.Atom) bool) bool {
	for i := len(b.stack) - 1; i > 0; i-- {
		x := b.d.nodes[b.stack[i]].tag
		if x == t {
			b.stack = b.stack[:i]
			return true
		}
		if stop(x) {
			return false
		}
	}
	return false
}

// popTo pops until the current element is one target accepts, staying
// inside the nearest table; it reports whether it found one.
func (b *builder) popTo(target func(atom.Atom) bool) bool {
	for i := len(b.stack) - 1; i > 0; i-- {
		x := b.d.nodes[b.stack[i]].tag
		if target(x) {
			b.stack = b.stack[:i+1]
			return true
		}
		if x == atom.Table {
			return false
		}
	}
	return false
}

func (b *builder) pop() {
	if len(b.stack) > 1 {
		b.stack = b.stack[:len(b.stack)-1]
	}
}

func (b *builder) end(name []byte) {
	a := atom.Lookup(name)
	if b.skip > 0 {
		if a == b.skipTag {
			b.skip--
		}
		return
	}
	if b.rawTag != 0 {
		if a == b.rawTag {
			b.rawTag = 0
		}
		return
	}
	switch a {
	case atom.Html, atom.Head, atom.Body:
		return
	case atom.Br:
		// </br> is read as <br>.
		b.appendNode(b.current(), node{typ: elementNode, tag: atom.Br})
		return
	}
	var sname string
	if a == 0 {
		sname = string(name)
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		n := &b.d.nodes[b.stack[i]]
		if n.tag == a && (a != 0 || n.str == sname) {
			b.stack = b.stack[:i]
			return
		}
		switch {
		case a == atom.Table:
		case a == atom.Td || a == atom.Th || a == atom.Tr || a == atom.Tbody || a == atom.Thead || a == atom.Tfoot:
			if n.tag == atom.Table {
				return
			}
		case tableScope(n.tag):
			return // an end tag inside a cell does not close what is outside
		}
	}
}

// comment handles Word's conditional comments: <![if !supportLists]> …
// <![endif]> hold a list item's number or bullet as text, which the reader
// needs to tell ordered from bullet items but must not show.
func (b *builder) comment(t []byte) {
	s := strings.TrimSpace(string(t))
	switch {
	case strings.HasPrefix(s, "[if !supportLists]"):
		if b.skip == 0 && b.marker == none {
			b.marker = b.appendNode(b.current(), node{typ: elementNode, str: markerTag})
		}
	case strings.HasPrefix(s, "[endif]"):
		b.marker = none
	}
}

// markerTag names the synthetic element of a Word list marker.
const markerTag = "rt:word-list-marker"

// collapse turns runs of HTML whitespace into single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
