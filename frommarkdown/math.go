package frommarkdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The math extension: inline $…$ (and $$…$$ inside a line) and display
// $$…$$ blocks, with the rules GitHub and pandoc share: an opening $ is not
// followed by a space, a closing $ is not preceded by a space nor followed by
// a digit, so "costs $5 and $10" stays text.

// kindInlineMath and kindMathBlock are registered once; goldmark's NodeKind
// registry is append-only and safe to read after init.
var (
	kindInlineMath = ast.NewNodeKind("InlineMath")
	kindMathBlock  = ast.NewNodeKind("MathBlock")
)

type inlineMath struct {
	ast.BaseInline
	tex string
}

func (n *inlineMath) Kind() ast.NodeKind { return kindInlineMath }
func (n *inlineMath) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"TeX": n.tex}, nil)
}

type mathBlock struct {
	ast.BaseBlock
}

func (n *mathBlock) Kind() ast.NodeKind { return kindMathBlock }
func (n *mathBlock) IsRaw() bool        { return true }
func (n *mathBlock) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, nil, nil)
}

type inlineMathParser struct{}

func (inlineMathParser) Trigger() []byte { return []byte{'$'} }

func (inlineMathParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	// Not right after a backslash (the escape was consumed) or a letter or
	// digit that would make "a$b$" math by accident.
	if prev := block.PrecendingCharacter(); prev == '$' || prev == '\\' {
		return nil
	}
	open := 1
	if len(line) > 1 && line[1] == '$' {
		open = 2
	}
	if len(line) <= open || util.IsSpace(line[open]) {
		return nil
	}
	for i := open; i < len(line); i++ {
		c := line[i]
		if c == '\\' {
			i++
			continue
		}
		if c == '<' && bytes.HasPrefix(line[i:], []byte("</equation")) {
			// The end of an <equation> tag, whose TeX may hold a $: no
			// math span reaches past it.
			return nil
		}
		if c != '$' {
			continue
		}
		run := 1
		for i+run < len(line) && line[i+run] == '$' {
			run++
		}
		if run != open || util.IsSpace(line[i-1]) {
			i += run - 1
			continue
		}
		if i+run < len(line) && line[i+run] >= '0' && line[i+run] <= '9' {
			i += run - 1
			continue
		}
		block.Advance(i + run)
		return &inlineMath{tex: cellSource(parent, string(line[open:i]))}
	}
	return nil
}

// equationTagParser reads Feishu's <equation>TeX</equation> on one line as
// inline math before any other inline syntax sees the TeX: a backtick or a
// dollar in it cannot start a code span or a math span that would swallow
// the closing tag. (An equation spread over lines is taken from the source
// between its two raw HTML tags instead; see isCaptureTag.)
type equationTagParser struct{}

func (equationTagParser) Trigger() []byte { return []byte{'<'} }

func (equationTagParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	const open, close = "<equation>", "</equation>"
	line, _ := block.PeekLine()
	if len(line) < len(open) || !bytes.EqualFold(line[:len(open)], []byte(open)) {
		return nil
	}
	rest := line[len(open):]
	end := -1
	for i := 0; i+len(close) <= len(rest); i++ {
		if rest[i] == '<' && bytes.EqualFold(rest[i:i+len(close)], []byte(close)) {
			end = i
			break
		}
	}
	if end < 0 {
		return nil
	}
	block.Advance(len(open) + end + len(close))
	return &inlineMath{tex: cellSource(parent, string(rest[:end]))}
}

// cellSource returns the source of n's span that Markdown syntax does not
// reach into (math, raw HTML). In a table cell every pipe of such a span
// was escaped "\|" so as not to split the row (GFM's rule, which goldmark
// applies to code spans itself): the backslash goes.
func cellSource(n ast.Node, src string) string {
	if strings.Contains(src, `\|`) && inTableCell(n) {
		return strings.ReplaceAll(src, `\|`, "|")
	}
	return src
}

// inTableCell reports whether n is a table cell or inside one's inlines.
func inTableCell(n ast.Node) bool {
	for ; n != nil; n = n.Parent() {
		if n.Type() == ast.TypeBlock {
			return n.Kind() == extast.KindTableCell
		}
	}
	return false
}

type mathBlockParser struct{}

func (mathBlockParser) Trigger() []byte { return []byte{'$'} }

type mathBlockState struct{ closed bool }

var mathBlockKey = parser.NewContextKey()

func (mathBlockParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || pos+1 >= len(line) || line[pos] != '$' || line[pos+1] != '$' {
		return nil, parser.NoChildren
	}
	rest := util.TrimRightSpace(line[pos+2:])
	node := &mathBlock{}
	state := &mathBlockState{}
	if len(rest) >= 2 && rest[len(rest)-2] == '$' && rest[len(rest)-1] == '$' {
		// One line: $$ x $$.
		inner := rest[:len(rest)-2]
		if len(util.TrimLeftSpace(inner)) == 0 {
			return nil, parser.NoChildren
		}
		start := seg.Start - seg.Padding + pos + 2
		node.Lines().Append(text.NewSegment(start, start+len(inner)))
		state.closed = true
	} else if len(util.TrimLeftSpace(rest)) > 0 {
		// line starts with seg.Padding spaces of a tab that are not in
		// the source: its index i is source offset seg.Start-Padding+i.
		start := seg.Start - seg.Padding + pos + 2
		s := text.NewSegment(start, seg.Stop)
		s.ForceNewline = true
		node.Lines().Append(s)
	}
	pc.Set(mathBlockKey, state)
	reader.AdvanceToEOL()
	return node, parser.NoChildren
}

func (mathBlockParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	state, _ := pc.Get(mathBlockKey).(*mathBlockState)
	if state == nil || state.closed {
		return parser.Close
	}
	line, seg := reader.PeekLine()
	trimmed := util.TrimRightSpace(util.TrimLeftSpace(line))
	if len(trimmed) >= 2 && trimmed[len(trimmed)-2] == '$' && trimmed[len(trimmed)-1] == '$' {
		// The closing line, possibly with the last of the formula before it.
		body := util.TrimRightSpace(line)
		body = body[:len(body)-2]
		if len(util.TrimLeftSpace(body)) > 0 {
			node.Lines().Append(text.NewSegmentPadding(seg.Start, seg.Start-seg.Padding+len(body), seg.Padding))
		}
		reader.AdvanceToEOL()
		state.closed = true
		return parser.Close
	}
	s := seg
	s.ForceNewline = true
	node.Lines().Append(s)
	reader.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

func (mathBlockParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	pc.Set(mathBlockKey, nil)
}

func (mathBlockParser) CanInterruptParagraph() bool { return false }
func (mathBlockParser) CanAcceptIndentedLine() bool { return false }
