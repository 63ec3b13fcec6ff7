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
	pendingGen     int // the gen of the text the pending whitespace is from
	// lineStart is true where leading whitespace collapses away: at the
	// paragraph's start and after a line break.
	lineStart bool
	// lone is the image the paragraph holds alone so far, kept whole (with
	// its token) so that it becomes an Image block.
	lone *model.Image
	// noImage keeps a lone image a paragraph's inline (in a heading).
	noImage bool
	run     run
	// gen numbers the strings text is read from, so that a run knows
	// whether the next word comes from its own source string.
	gen int
}

// A run is text of one style gathered across text nodes and not yet
// appended to the paragraph: while it is one substring of a text node it
// stays that substring (no copy), otherwise its bytes are in buf. Runs
// that the model would merge anyway are never made apart.
type run struct {
	on       bool
	style    model.Style
	src      string // src[from:to] is the run, unless inBuf
	gen      int    // the flow's gen when src was read; -1 for a constant
	styleGen int    // the gen whose text is known to have the run's style
	from, to int
	inBuf    bool
	buf      []byte
}

// newFlow starts a flow, with an inline buffer left by a finished one.
func (r *reader) newFlow() *flow {
	f := &flow{r: r, lineStart: true}
	if n := len(r.freeIns); n > 0 {
		f.ins, r.freeIns = r.freeIns[n-1], r.freeIns[:n-1]
	}
	return f
}

// finish ends the flow's last paragraph and returns its blocks; its inline
// buffer goes to the next flow.
func (f *flow) finish() model.Blocks {
	f.flush()
	f.r.freeIns = append(f.r.freeIns, f.ins[:0])
	f.ins = nil
	return f.out
}

// sub reads the content of element n as blocks of their own.
func (r *reader) sub(n int32, c ctx) model.Blocks {
	f := r.newFlow()
	c.depth++
	r.children(f, n, c)
	return f.finish()
}

// empty reports whether the paragraph being built holds nothing yet.
func (f *flow) empty() bool { return len(f.ins) == 0 && !f.run.on }

// flush ends the paragraph being built.
func (f *flow) flush() {
	f.endRun()
	if len(f.ins) > 0 || f.explicit {
		if f.lone != nil && len(f.ins) == 1 && !f.noImage {
			im := *f.lone
			if im.Align == model.AlignNone {
				im.Align = f.para.align
			}
			f.out = append(f.out, &im)
		} else {
			// f.ins is reused: the paragraph gets a copy.
			ins := f.r.inlines(f.ins)
			// A paragraph of one no-break space is how Word and others
			// write an empty one.
			if len(ins) == 1 {
				if t, ok := ins[0].(*model.Text); ok && t.Value == "\u00a0" && t.Style.IsZero() {
					ins = nil
				}
			}
			f.out = append(f.out, f.r.paragraph(model.Paragraph{Inlines: ins, Align: f.para.align, Indent: f.para.indent,
				Background: f.para.bg, Folded: f.para.folded, CommentIDs: f.para.comments}))
		}
	}
	f.ins, f.lone, f.pending, f.explicit, f.lineStart = f.ins[:0], nil, false, false, true
	f.para = paraAttrs{}
}

// block appends a block, ending the paragraph before it.
func (f *flow) block(b model.Block) {
	f.flush()
	f.out = append(f.out, b)
}

// add appends an inline after the run being gathered.
func (f *flow) add(in model.Inline) {
	f.endRun()
	f.ins = append(f.ins, in)
	f.lone = nil
}

// endRun appends the run being gathered as a Text.
func (f *flow) endRun() {
	r := &f.run
	if !r.on {
		return
	}
	var v string
	if r.inBuf {
		v = string(r.buf)
	} else {
		v = r.src[r.from:r.to]
	}
	f.ins = append(f.ins, f.r.text(v, r.style))
	r.on, r.inBuf, r.buf = false, false, r.buf[:0]
	f.lone = nil
}

// startRun begins a run of style st with s[i:j]; gen is s's number.
func (f *flow) startRun(st model.Style, s string, gen, i, j int) {
	f.endRun()
	f.run = run{on: true, style: st, src: s, gen: gen, styleGen: gen, from: i, to: j, buf: f.run.buf}
	f.lineStart, f.lone = false, nil
}

// extend appends s[i:j] to the run, in place while s[i:j] follows it in
// its source.
func (f *flow) extend(s string, gen, i, j int) {
	r := &f.run
	if !r.inBuf {
		if r.to == i && gen >= 0 && gen == r.gen {
			r.to = j
			return
		}
		r.buf = append(r.buf[:0], r.src[r.from:r.to]...)
		r.inBuf = true
	}
	r.buf = append(r.buf, s[i:j]...)
}

// writePending writes the collapsed whitespace seen before what comes next:
// into the run when the styles agree, else as a soft break or a space.
func (f *flow) writePending() {
	if !f.pending {
		return
	}
	f.pending = false
	switch {
	case f.pendingNewline:
		f.add(f.r.softBreak(f.pendingStyle))
	case f.run.on && (f.run.styleGen == f.pendingGen || f.run.style == f.pendingStyle):
		if !f.run.inBuf && f.run.to < len(f.run.src) && f.run.src[f.run.to] == ' ' {
			f.run.to++
		} else {
			f.extend(" ", -1, 0, 1)
		}
	default:
		f.startRun(f.pendingStyle, " ", -1, 0, 1)
	}
	f.lone = nil
}

// inline appends an atom (a mention, an image, math).
func (f *flow) inline(in model.Inline) {
	f.writePending()
	f.add(in)
	f.lineStart = false
}

// lineBreak appends a hard break; whitespace around it collapses away.
func (f *flow) lineBreak(st model.Style) {
	f.pending = false
	f.add(&model.Break{Style: st})
	f.lineStart = true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// word appends s[i:j], a piece of text in style st, after any pending
// whitespace.
func (f *flow) word(s string, i, j int, st model.Style) {
	f.writePending()
	// One text node has one style: a run started or matched while reading
	// this node needs no second comparison of its style.
	if f.run.on && (f.run.styleGen == f.gen || f.run.style == st) {
		f.run.styleGen = f.gen
		f.extend(s, f.gen, i, j)
	} else {
		f.startRun(st, s, f.gen, i, j)
	}
}

// text appends character data as a browser shows it.
func (f *flow) text(s string, c ctx) {
	f.gen++
	switch {
	case c.pre:
		if s != "" {
			f.word(s, 0, len(s), c.style)
		}
		return
	case c.wrap:
		for i, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
			if i > 0 {
				f.lineBreak(c.style)
			}
			if line != "" {
				f.gen++
				f.word(line, 0, len(line), c.style)
			}
		}
		return
	}
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			nl := false
			for i < len(s) && isSpace(s[i]) {
				nl = nl || s[i] == '\n'
				i++
			}
			if f.lineStart && !f.run.on {
				continue
			}
			if !f.pending {
				f.pending, f.pendingNewline, f.pendingStyle, f.pendingGen = true, nl, c.style, f.gen
			} else {
				f.pendingNewline = f.pendingNewline || nl
			}
			continue
		}
		// Words joined by single spaces are taken as one piece: the
		// collapsed whitespace between them is that space.
		j := i
		for j < len(s) {
			if !isSpace(s[j]) {
				j++
			} else if s[j] == ' ' && j+1 < len(s) && !isSpace(s[j+1]) {
				j += 2
			} else {
				break
			}
		}
		// (Styles compared by gen: the text and whitespace of this node
		// have its style; where that is unknown the slower path is right
		// too.)
		if f.pending && !f.pendingNewline && f.pendingGen == f.gen && !(f.run.on && f.run.styleGen == f.gen) && i > 0 && s[i-1] == ' ' {
			// The space right before the word starts the run.
			f.pending = false
			i--
		}
		f.word(s, i, j, c.style)
		i = j
	}
}

// slabSize is how many inlines of one type the reader allocates at once:
// one allocation instead of one per run.
const slabSize = 64

// text returns a new Text from the reader's slab.
func (r *reader) text(v string, st model.Style) *model.Text {
	if len(r.texts) == cap(r.texts) {
		r.texts = make([]model.Text, 0, slabSize)
	}
	r.texts = append(r.texts, model.Text{Value: v, Style: st})
	return &r.texts[len(r.texts)-1]
}

// paragraph returns a new Paragraph from the reader's slab.
func (r *reader) paragraph(p model.Paragraph) *model.Paragraph {
	if len(r.paras) == cap(r.paras) {
		r.paras = make([]model.Paragraph, 0, slabSize)
	}
	r.paras = append(r.paras, p)
	return &r.paras[len(r.paras)-1]
}

// inlineSlab is the most inlines one of the reader's shared backing arrays
// for paragraphs' inline lists holds.
const inlineSlab = 512

// inlines returns a copy of ins in the reader's backing array, capped at
// its length so that an append to it never writes over a neighbour's.
func (r *reader) inlines(ins model.Inlines) model.Inlines {
	if cap(r.inSlab)-len(r.inSlab) < len(ins) {
		// Small documents need small arrays: each is twice the last.
		r.inSlab = make(model.Inlines, 0, max(min(inlineSlab, 2*cap(r.inSlab)), 32, len(ins)))
	}
	start := len(r.inSlab)
	r.inSlab = append(r.inSlab, ins...)
	return r.inSlab[start:len(r.inSlab):len(r.inSlab)]
}

// softBreak returns a new SoftBreak from the reader's slab.
func (r *reader) softBreak(st model.Style) *model.SoftBreak {
	if len(r.softs) == cap(r.softs) {
		r.softs = make([]model.SoftBreak, 0, slabSize)
	}
	r.softs = append(r.softs, model.SoftBreak{Style: st})
	return &r.softs[len(r.softs)-1]
}
