package model

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/richtext-go/richtext/color"
)

// MaxValidateDepth bounds how deeply Validate descends; a deeper document is
// reported invalid rather than risking the stack.
const MaxValidateDepth = 10000

// Validate checks the invariants that writers rely on and returns every
// violation, each naming its path ("blocks[2].items[0].blocks[1]: heading
// level 12 is outside 1–9"), joined with errors.Join; nil when d is valid.
func Validate(d *Document) error {
	v := validator{}
	v.blocks(&vpath{name: "blocks", index: -1}, d.Blocks, 0)
	return errors.Join(v.errs...)
}

// A vpath is a path built as a linked list, so that descending costs one
// small allocation and a path is formatted only when reported.
type vpath struct {
	parent *vpath
	name   string // a field name, or "" for an index step
	index  int    // -1 for a field step
}

func (p *vpath) field(name string) *vpath { return &vpath{parent: p, name: name, index: -1} }
func (p *vpath) at(i int) *vpath          { return &vpath{parent: p, index: i} }

func (p *vpath) String() string {
	var steps []*vpath
	for q := p; q != nil; q = q.parent {
		steps = append(steps, q)
	}
	// A path into a deep tree keeps its ends: "blocks[0]…(9990 steps)….inlines[1]".
	if len(steps) > 24 {
		var head, tail strings.Builder
		(&vpath{}).write(&head, steps[len(steps)-12:])
		(&vpath{}).write(&tail, steps[:12])
		return head.String() + "…(" + strconv.Itoa(len(steps)-24) + " steps)…" + tail.String()
	}
	var b strings.Builder
	(&vpath{}).write(&b, steps)
	return b.String()
}

// write writes steps (innermost first) as a path.
func (*vpath) write(b *strings.Builder, steps []*vpath) {
	for i := len(steps) - 1; i >= 0; i-- {
		s := steps[i]
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.name)
	}
}

type validator struct {
	errs []error
}

func (v *validator) add(p *vpath, format string, args ...any) {
	if len(v.errs) < 100 {
		v.errs = append(v.errs, fmt.Errorf("%s: %s", p, fmt.Sprintf(format, args...)))
	}
}

func idx(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func (v *validator) color(p *vpath, c color.RGBA) {
	if math.IsNaN(c.A) || c.A < 0 || c.A > 1 {
		v.add(p, "alpha %v is outside 0–1", c.A)
	}
}

func (v *validator) size(p *vpath, f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) || f < 0 {
		v.add(p, "size %v is not a non-negative number", f)
	}
}

func (v *validator) style(p *vpath, s Style) {
	v.color(p.field("color"), s.Color)
	v.color(p.field("background"), s.Background)
	if s.Script > Superscript {
		v.add(p, "invalid script %d", s.Script)
	}
	if (s.ExtraBold > 0 && !s.Bold) || (s.ExtraItalic > 0 && !s.Italic) {
		v.add(p, "extra emphasis on a run that is not bold or italic")
	}
}

func (v *validator) blocks(p *vpath, bs Blocks, depth int) {
	if len(bs) == 0 {
		return
	}
	if depth > MaxValidateDepth {
		v.add(p, "blocks nest deeper than %d levels", MaxValidateDepth)
		return
	}
	for i, b := range bs {
		v.block(p.at(i), b, depth+1)
	}
}

func (v *validator) block(p *vpath, b Block, depth int) {
	switch b := b.(type) {
	case nil:
		v.add(p, "nil block")
	case *Paragraph:
		v.inlines(p.field("inlines"), b.Inlines)
		if b.Indent < 0 {
			v.add(p, "negative indent %d", b.Indent)
		}
		v.align(p, b.Align)
		v.color(p.field("background"), b.Background)
		v.blocks(p.field("children"), b.Children, depth)
	case *Heading:
		if b.Level < 1 || b.Level > 9 {
			v.add(p, "heading level %d is outside 1–9", b.Level)
		}
		v.align(p, b.Align)
		v.inlines(p.field("inlines"), b.Inlines)
		v.color(p.field("background"), b.Background)
		v.blocks(p.field("children"), b.Children, depth)
	case *List:
		if b.Ordered && (b.Start < 0 || b.Start > MaxListStart) {
			v.add(p, "list start %d is outside 0–999999999", b.Start)
		}
		items := p.field("items")
		for i, it := range b.Items {
			ip := items.at(i)
			if it.Checked && !it.Task {
				v.add(ip, "checked item that is not a task")
			}
			v.blocks(ip.field("blocks"), it.Blocks, depth)
		}
	case *CodeBlock:
		v.inlines(p.field("inlines"), b.Inlines)
	case *Quote:
		v.blocks(p.field("blocks"), b.Blocks, depth)
	case *Callout:
		v.color(p.field("background"), b.Background)
		v.color(p.field("border"), b.Border)
		v.color(p.field("color"), b.Color)
		v.blocks(p.field("blocks"), b.Blocks, depth)
	case *Divider, *Equation:
	case *Image:
		v.image(p, b)
	case *Gallery:
		for i := range b.Images {
			v.image(p.field("images").at(i), &b.Images[i])
		}
	case *Table:
		if b.CellCount() == 0 {
			v.add(p, "table without cells")
		}
		if b.Oversized() {
			v.add(p, "the table lays out beyond %d positions", MaxGridPositions)
		}
		for _, w := range b.ColumnWidths {
			if w < 0 {
				v.add(p, "negative column width %d", w)
			}
		}
		for r, row := range b.Rows {
			for c, cell := range row.Cells {
				cp := p.field("rows").at(r).field("cells").at(c)
				if cell.RowSpan < 0 || cell.ColSpan < 0 {
					v.add(cp, "negative span")
				}
				v.blocks(cp.field("blocks"), cell.Blocks, depth)
			}
		}
	case *Grid:
		for i, col := range b.Columns {
			cp := p.field("columns").at(i)
			if col.WidthRatio < 0 || col.WidthRatio > 100 {
				v.add(cp, "width ratio %d is outside 0–100", col.WidthRatio)
			}
			v.blocks(cp.field("blocks"), col.Blocks, depth)
		}
	case *Embed:
		if b.Kind == "" {
			v.add(p, "embed without a kind")
		}
		v.blocks(p.field("blocks"), b.Blocks, depth)
	case *Raw:
		if b.Format == "" {
			v.add(p, "raw block without a format")
		}
	default:
		v.add(p, "unknown block type %T", b)
	}
}

func (v *validator) align(p *vpath, a Align) {
	if a > AlignRight {
		v.add(p, "invalid alignment %d", a)
	}
}

func (v *validator) image(p *vpath, im *Image) {
	v.size(p.field("width"), im.Width)
	v.size(p.field("height"), im.Height)
	v.align(p, im.Align)
}

func (v *validator) inlines(path *vpath, is Inlines) {
	for i, in := range is {
		p := path.at(i)
		switch in := in.(type) {
		case nil:
			v.add(p, "nil inline")
		case *Text:
			if !utf8.ValidString(in.Value) {
				v.add(p, "text is not valid UTF-8")
			}
			v.style(p.field("style"), in.Style)
		case *Break:
			v.style(p.field("style"), in.Style)
		case *SoftBreak:
			v.style(p.field("style"), in.Style)
		case *Mention:
			if in.Kind != MentionUser && in.Kind != MentionDoc {
				v.add(p, "invalid mention kind %d", in.Kind)
			}
			v.style(p.field("style"), in.Style)
		case *Math:
			v.style(p.field("style"), in.Style)
		case *Reminder:
			v.style(p.field("style"), in.Style)
		case *InlineImage:
			v.size(p.field("width"), in.Width)
			v.size(p.field("height"), in.Height)
			v.style(p.field("style"), in.Style)
		case *InlineFile:
			v.style(p.field("style"), in.Style)
		case *RawInline:
			if in.Format == "" {
				v.add(p, "raw inline without a format")
			}
		default:
			v.add(p, "unknown inline type %T", in)
		}
	}
}
