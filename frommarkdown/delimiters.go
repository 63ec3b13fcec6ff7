package frommarkdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// maxDelimiterRuns bounds the emphasis and strikethrough delimiter runs
// ("*", "__", "~~") of one block; later runs are read as text, with a
// warning. goldmark pairs delimiters in time that grows with the square of
// their number when they do not match (goldmark issue 555): 66 000 runs in a
// paragraph take seconds. A thousand keep a paragraph under a millisecond
// and are far more than any written paragraph holds.
const maxDelimiterRuns = 1000

// delimiterKey holds a *delimiterCount in the parser context of one parse.
var delimiterKey = parser.NewContextKey()

type delimiterCount struct {
	block ast.Node // the block being counted
	n     int
	// over is the source offset of the first run read as text, or -1.
	over int
}

// delimiterLimit runs before goldmark's emphasis and strikethrough parsers:
// it lets a run through to them (returning nil) until the block has had
// maxDelimiterRuns, then takes further runs as text.
type delimiterLimit struct{}

func (delimiterLimit) Trigger() []byte { return []byte{'*', '_', '~'} }

func (delimiterLimit) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	c, _ := pc.Get(delimiterKey).(*delimiterCount)
	if c == nil {
		c = &delimiterCount{over: -1}
		pc.Set(delimiterKey, c)
	}
	if c.block != parent {
		c.block, c.n = parent, 0
	}
	c.n++
	if c.n <= maxDelimiterRuns {
		return nil
	}
	line, seg := block.PeekLine()
	run := 1
	for run < len(line) && line[run] == line[0] {
		run++
	}
	if c.over < 0 {
		c.over = seg.Start
	}
	block.Advance(run)
	return ast.NewTextSegment(seg.WithStop(seg.Start + run))
}

// delimiterOverflow returns where the first delimiter run read as text is,
// or -1.
func delimiterOverflow(pc parser.Context) int {
	if c, ok := pc.Get(delimiterKey).(*delimiterCount); ok {
		return c.over
	}
	return -1
}
