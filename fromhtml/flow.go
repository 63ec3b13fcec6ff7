package fromhtml

import (
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/model"
)

// ctx is what an element passes down to its content.
type ctx struct {
	style        model.Style
	bold, italic int  // nesting of bold and italic elements
	pre          bool // inside <pre>: whitespace is content
	wrap         bool // white-space: pre or pre-wrap: spaces kept, newlines break
	inLink       bool
	align        model.Align // text-align inherited by paragraphs
	lang         string      // a code language from an ancestor's class
	depth        int         // model nesting depth
	cellAlign    bool        // the enclosing cell's alignment is its column's
	cssUnderline bool        // the underline comes from CSS, not from <u>
}

// A paraAttrs holds what a <p> says about the paragraph it makes.
type paraAttrs struct {
	align    model.Align
	indent   int
	bg       color.RGBA
	folded   bool
	comments []string
}

// A flow collects the blocks of one container: inline content gathers into
// a paragraph until a block element or the container's end closes it.
type flow struct {
	r   *reader
	out model.Blocks
	ins model.Inlines
	// para holds the attributes of the paragraph being built; explicit says
	// it comes from a <p>, which makes a paragraph even when empty.
	para     paraAttrs
	explicit bool
	// Collapsible whitespace seen and not yet written: a space, or a soft
	// break when it held a newline, in the style where it occurred.
	pending        bool
	pendingNewline bool
	pendingStyle   model.Style
	// lineStart is true where leading whitespace collapses away: at the
	// paragraph's start and after a line break.
	lineStart bool
	// lone is the image the paragraph holds alone so far, kept whole (with
	// its token) so that it becomes an Image block.
	lone *model.Image
	// noImage keeps a lone image a paragraph's inline (in a heading).
	noImage bool
	buf     []byte
}

func (r *reader) newFlow() *flow { return &flow{r: r, lineStart: true} }

// sub reads the content of element n as blocks of their own.
func (r *reader) sub(n int32, c ctx) model.Blocks {
	f := r.newFlow()
	c.depth++
	r.children(f, n, c)
	f.flush()
	return f.out
}

// flush ends the paragraph being built.
func (f *flow) flush() {
	if len(f.ins) > 0 || f.explicit {
		if f.lone != nil && len(f.ins) == 1 && !f.noImage {
			im := *f.lone
			if im.Align == model.AlignNone {
				im.Align = f.para.align
			}
			f.out = append(f.out, &im)
		} else {
			ins := f.ins
			// A paragraph of one no-break space is how Word and others
			// write an empty one.
			if len(ins) == 1 {
				if t, ok := ins[0].(*model.Text); ok && t.Value == "\u00a0" && t.Style.IsZero() {
					ins = nil
				}
			}
			f.out = append(f.out, &model.Paragraph{Inlines: ins, Align: f.para.align, Indent: f.para.indent,
				Background: f.para.bg, Folded: f.para.folded, CommentIDs: f.para.comments})
		}
	}
	f.ins, f.lone, f.pending, f.explicit, f.lineStart = nil, nil, false, false, true
	f.para = paraAttrs{}
}

// block appends a block, ending the paragraph before it.
func (f *flow) block(b model.Block) {
	f.flush()
	f.out = append(f.out, b)
}

func (f *flow) writePending() {
	if !f.pending {
		return
	}
	f.pending = false
	if f.pendingNewline {
		f.ins = append(f.ins, &model.SoftBreak{Style: f.pendingStyle})
	} else {
		f.ins = append(f.ins, &model.Text{Value: " ", Style: f.pendingStyle})
	}
	f.lone = nil
}

// inline appends an atom (a mention, an image, math).
func (f *flow) inline(in model.Inline) {
	f.writePending()
	f.ins = append(f.ins, in)
	f.lineStart = false
	f.lone = nil
}

// lineBreak appends a hard break; whitespace around it collapses away.
func (f *flow) lineBreak(st model.Style) {
	f.pending = false
	f.ins = append(f.ins, &model.Break{Style: st})
	f.lineStart = true
	f.lone = nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// text appends character data as a browser shows it.
func (f *flow) text(s string, c ctx) {
	switch {
	case c.pre:
		if s != "" {
			f.writePending()
			f.ins = append(f.ins, &model.Text{Value: s, Style: c.style})
			f.lineStart, f.lone = false, nil
		}
		return
	case c.wrap:
		for i, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
			if i > 0 {
				f.lineBreak(c.style)
			}
			if line != "" {
				f.writePending()
				f.ins = append(f.ins, &model.Text{Value: line, Style: c.style})
				f.lineStart, f.lone = false, nil
			}
		}
		return
	}
	// The run being gathered is s[from:to] while it is that substring of s
	// (words joined by single spaces, as most text is); otherwise buf.
	f.buf = f.buf[:0]
	from, to := -1, -1
	flushBuf := func() {
		if to > from {
			var v string
			if from >= 0 {
				v = s[from:to]
			} else {
				v = string(f.buf)
			}
			f.ins = append(f.ins, &model.Text{Value: v, Style: c.style})
			f.buf = f.buf[:0]
			from, to = -1, -1
			f.lineStart, f.lone = false, nil
		}
	}
	// add appends s[i:j], after a space when sep.
	add := func(i, j int, sep bool) {
		switch {
		case to <= from: // empty
			from, to = i, j
		case from >= 0 && sep && to == i-1 && s[to] == ' ':
			to = j
		default:
			if from >= 0 {
				f.buf = append(f.buf[:0], s[from:to]...)
				from, to = -1, 0 // to > from: not empty
			}
			if sep {
				f.buf = append(f.buf, ' ')
			}
			f.buf = append(f.buf, s[i:j]...)
			to = len(f.buf) // any value above from
		}
	}
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			nl := false
			for i < len(s) && isSpace(s[i]) {
				nl = nl || s[i] == '\n'
				i++
			}
			if f.lineStart && to <= from {
				continue
			}
			if !f.pending {
				f.pending, f.pendingNewline, f.pendingStyle = true, nl, c.style
			} else {
				f.pendingNewline = f.pendingNewline || nl
			}
			continue
		}
		j := i
		for j < len(s) && !isSpace(s[j]) {
			j++
		}
		sep := false
		switch {
		case f.pending && to > from && !f.pendingNewline && f.pendingStyle == c.style:
			// A space between words of one run stays in the run.
			f.pending, sep = false, true
		case f.pending:
			flushBuf()
			f.writePending()
		}
		add(i, j, sep)
		i = j
	}
	flushBuf()
}
