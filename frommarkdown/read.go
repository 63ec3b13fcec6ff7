// Package frommarkdown reads Markdown into the document model.
//
// The dialect is CommonMark with GFM (tables, strikethrough, task lists,
// autolinks), $…$ and $$…$$ math, GitHub alerts (> [!NOTE]) as callouts, the
// tags of Feishu's own Markdown (<callout>, <grid>, <lark-table>, <text
// color>, <mention-user>, …; see reference/feishu.md) and common inline HTML
// (<u>, <span style>, <font color>, <mark>, <br>, <s>, <sub>, …). goldmark
// does the parsing. Other raw HTML is kept as raw HTML in the model.
package frommarkdown

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/model"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// DefaultMaxDepth is how deeply blocks may nest before the reader flattens
// the deeper content (with a warning).
const DefaultMaxDepth = 64

// An Option configures Read.
type Option func(*config)

type config struct {
	maxDepth int
	err      error
}

// WithMaxDepth sets how deeply lists, quotes and Feishu containers may nest;
// content nested deeper is kept, flattened into the deepest allowed level,
// with a warning. n must be at least 1.
func WithMaxDepth(n int) Option {
	return func(c *config) {
		if n < 1 {
			c.err = fmt.Errorf("frommarkdown: WithMaxDepth(%d): the depth must be at least 1", n)
			return
		}
		c.maxDepth = n
	}
}

// mdParser is built once: goldmark with GFM and the math extension. goldmark
// parsers keep no state between calls and are safe for concurrent use.
var mdParser = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithParserOptions(
		parser.WithBlockParsers(util.Prioritized(mathBlockParser{}, 650)),
		parser.WithInlineParsers(util.Prioritized(inlineMathParser{}, 150), util.Prioritized(equationTagParser{}, 250), util.Prioritized(delimiterLimit{}, 90)),
	),
).Parser()

// Read parses Markdown. Any byte sequence is Markdown, so the error is only
// for invalid options; invalid UTF-8 and NUL bytes are replaced by U+FFFD with
// a warning.
func Read(src []byte, opts ...Option) (*model.Document, []diag.Warning, error) {
	cfg := config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.err != nil {
		return nil, nil, cfg.err
	}
	var warns diag.List
	src = sanitize(src, &warns)
	src = limitLineNesting(src, cfg.maxDepth+nestingSlack, &warns)
	r := &reader{cfg: &cfg, warns: &warns, src: src, s: string(src), flattened: new(bool)}
	root := r.parse(src)
	doc := &model.Document{}
	if first, ok := root.FirstChild().(*ast.HTMLBlock); ok {
		if title, ok := titleTag(r.htmlBlockText(first)); ok {
			doc.Title = title
			root.RemoveChild(root, first)
		}
	}
	doc.Blocks = r.blocks(root, 0)
	warns.Append(model.Fit(doc)...)
	model.Normalize(doc)
	return doc, warns.Warnings(), nil
}

func (r *reader) parse(src []byte) ast.Node {
	pc := parser.NewContext()
	root := mdParser.Parse(text.NewReader(src), parser.WithContext(pc))
	if at := delimiterOverflow(pc); at >= 0 {
		r.warns.Add(diag.Approximated, r.lineAt(at),
			"a block has more than %d emphasis delimiters; the rest are read as text", maxDelimiterRuns)
	}
	return root
}

// titleTag reads Feishu's document title line, <title>…</title>.
func titleTag(s string) (string, bool) {
	s = strings.TrimSpace(s)
	inner, ok := strings.CutPrefix(s, "<title>")
	if !ok {
		return "", false
	}
	inner, ok = strings.CutSuffix(inner, "</title>")
	if !ok || strings.ContainsAny(inner, "<\n") {
		return "", false
	}
	return html.UnescapeString(inner), true
}

// sanitize strips a byte-order mark and replaces invalid UTF-8 and NUL bytes,
// as CommonMark requires for NUL.
func sanitize(src []byte, warns *diag.List) []byte {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(src) {
		line, _ := model.LineCol(src, firstInvalid(src))
		warns.Add(diag.Recovered, fmt.Sprintf("line %d", line), "invalid UTF-8 replaced by U+FFFD")
		src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
	}
	if bytes.IndexByte(src, 0) >= 0 {
		src = bytes.ReplaceAll(src, []byte{0}, []byte("\uFFFD"))
	}
	return src
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// A reader converts one goldmark tree. Fragments of Feishu containers are
// parsed by sub-readers that share the config and the warnings.
type reader struct {
	cfg   *config
	warns *diag.List
	src   []byte
	s     string // src as a string, so that text values can be substrings
	// lineBase is added to line numbers: a fragment's first line in the
	// whole input, minus one.
	lineBase int
	// flattened is set once the depth warning was given.
	flattened *bool
}

// str returns the source bytes of a segment as a string without copying.
func (r *reader) str(seg text.Segment) string {
	if seg.Padding == 0 && !seg.ForceNewline {
		return r.s[seg.Start:seg.Stop]
	}
	return string(seg.Value(r.src))
}

// lineOf returns "line N" for a node, for warnings.
func (r *reader) lineOf(n ast.Node) string {
	pos := -1
	for c := n; c != nil && pos < 0; c = c.FirstChild() {
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			pos = c.Lines().At(0).Start
		} else if t, ok := c.(*ast.Text); ok {
			pos = t.Segment.Start
		}
	}
	if pos < 0 {
		return ""
	}
	line, _ := model.LineCol(r.src, pos)
	return fmt.Sprintf("line %d", r.lineBase+line)
}

func (r *reader) lineAt(offset int) string {
	line, _ := model.LineCol(r.src, offset)
	return fmt.Sprintf("line %d", r.lineBase+line)
}

// blocks converts the block children of parent.
func (r *reader) blocks(parent ast.Node, depth int) model.Blocks {
	if depth >= r.cfg.maxDepth {
		return r.flatten(parent)
	}
	c := newCollector(r, depth)
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.HTMLBlock); ok && c.htmlBlock(h) {
			continue
		}
		if b := r.block(n, depth); b != nil {
			if p, ok := b.(*model.Paragraph); ok {
				c.paragraph(p, n)
				continue
			}
			c.add(b)
		}
	}
	return c.finish()
}

// flatten keeps the content of a subtree nested beyond the depth limit as a
// flat sequence of its leaf blocks, without recursion.
func (r *reader) flatten(parent ast.Node) model.Blocks {
	r.warnFlattened(r.lineOf(parent))
	var out model.Blocks
	stack := []ast.Node{}
	for c := parent.LastChild(); c != nil; c = c.PreviousSibling() {
		stack = append(stack, c)
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Kind() {
		case ast.KindList, ast.KindListItem, ast.KindBlockquote:
			for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
				stack = append(stack, c)
			}
			continue
		}
		if b := r.block(n, r.cfg.maxDepth); b != nil {
			out = append(out, b)
		}
	}
	return out
}

// warnFlattened reports, once per input, that the depth limit was reached.
func (r *reader) warnFlattened(line string) {
	if *r.flattened {
		return
	}
	r.warns.Add(diag.Approximated, line,
		"blocks nest deeper than %d levels; the deeper content is kept without its nesting", r.cfg.maxDepth)
	*r.flattened = true
}

func (r *reader) block(n ast.Node, depth int) model.Block {
	switch n := n.(type) {
	case *ast.Paragraph:
		return r.paragraph(n)
	case *ast.TextBlock:
		return r.paragraph(n)
	case *ast.Heading:
		h := &model.Heading{Level: n.Level}
		h.Inlines = r.inlines(n)
		applySuffix(r, n, &h.Inlines, &h.Align, nil, nil)
		return h
	case *ast.ThematicBreak:
		return &model.Divider{}
	case *ast.CodeBlock:
		return model.NewCode("", codeText(r.lines(n)))
	case *ast.FencedCodeBlock:
		c := model.NewCode("", codeText(r.lines(n)))
		if n.Info != nil {
			info := unescape(r.str(n.Info.Segment))
			word, meta, _ := strings.Cut(info, " ")
			c.Language = model.CanonicalLanguage(word)
			c.Meta = strings.TrimSpace(meta)
		}
		return c
	case *ast.Blockquote:
		if c := r.alert(n, depth); c != nil {
			return c
		}
		return &model.Quote{Blocks: r.blocks(n, depth+1)}
	case *ast.List:
		return r.list(n, depth)
	case *ast.HTMLBlock:
		return &model.Raw{Format: "html", Content: r.htmlBlockText(n)}
	case *east.Table:
		return r.table(n)
	case *mathBlock:
		// Blank lines at the end are those of an unclosed block.
		tex := strings.TrimRight(r.lines(n), "\n")
		if !strings.Contains(tex, "\n") {
			// "$$ x $$", or one line of TeX however written (the blank
			// lines of an unclosed block are gone by now).
			tex = strings.TrimSpace(tex)
		}
		return &model.Equation{TeX: tex}
	case *ast.LinkReferenceDefinition:
		return nil
	}
	r.warns.Add(diag.Unsupported, r.lineOf(n), "Markdown block %s is not supported; its text is kept", n.Kind())
	return &model.Paragraph{Inlines: model.Inlines{&model.Text{Value: r.rawText(n)}}}
}

// codeText drops the newline that ends the last line of code: the model
// keeps code as Docx does, and writers of line-based formats add it back.
func codeText(s string) string { return strings.TrimSuffix(s, "\n") }

// lines joins the lines of a leaf block as goldmark's renderer writes them.
func (r *reader) lines(n ast.Node) string {
	ls := n.Lines()
	switch ls.Len() {
	case 0:
		return ""
	case 1:
		return r.str(ls.At(0))
	}
	var b strings.Builder
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		b.Write(seg.Value(r.src))
	}
	return b.String()
}

func (r *reader) htmlBlockText(n *ast.HTMLBlock) string {
	s := r.lines(n)
	if n.HasClosure() {
		s += r.str(n.ClosureLine)
	}
	return s
}

// rawText is the source of a node, used for constructs without a mapping.
func (r *reader) rawText(n ast.Node) string {
	if n.Type() == ast.TypeBlock {
		return r.lines(n)
	}
	return ""
}

func (r *reader) paragraph(n ast.Node) model.Block {
	p := &model.Paragraph{}
	p.Inlines = r.inlines(n)
	applySuffix(r, n, &p.Inlines, &p.Align, &p.Background, &p.Indent)
	if len(p.Inlines) == 1 {
		// A lone no-break space is how an empty paragraph is written.
		if t, ok := p.Inlines[0].(*model.Text); ok && t.Value == "\u00a0" && t.Style == (model.Style{}) {
			p.Inlines = nil
		}
	}
	if h := headingTag(p.Inlines); h != nil && p.Indent == 0 {
		h.Align, h.Background = p.Align, p.Background
		return h
	}
	return p
}

func (r *reader) list(n *ast.List, depth int) model.Block {
	l := &model.List{Ordered: n.IsOrdered(), Loose: !n.IsTight}
	if l.Ordered {
		l.Start = n.Start
	}
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		item := model.ListItem{}
		if first := it.FirstChild(); first != nil {
			if box, ok := first.FirstChild().(*east.TaskCheckBox); ok {
				item.Task = true
				item.Checked = box.IsChecked
				first.RemoveChild(first, box)
			}
		}
		item.Blocks = r.blocks(it, depth+1)
		l.Items = append(l.Items, item)
	}
	return l
}

func (r *reader) table(n *east.Table) model.Block {
	t := &model.Table{HeaderRow: true}
	for _, a := range n.Alignments {
		switch a {
		case east.AlignLeft:
			t.ColumnAligns = append(t.ColumnAligns, model.AlignLeft)
		case east.AlignCenter:
			t.ColumnAligns = append(t.ColumnAligns, model.AlignCenter)
		case east.AlignRight:
			t.ColumnAligns = append(t.ColumnAligns, model.AlignRight)
		default:
			t.ColumnAligns = append(t.ColumnAligns, model.AlignNone)
		}
	}
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var tr model.TableRow
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			var tc model.TableCell
			if ins := r.inlines(cell); len(ins) > 0 {
				tc.Blocks = model.Blocks{&model.Paragraph{Inlines: ins}}
			}
			tr.Cells = append(tr.Cells, tc)
		}
		t.Rows = append(t.Rows, tr)
	}
	return t
}
