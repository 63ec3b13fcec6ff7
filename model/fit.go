package model

import (
	"math"
	"strconv"

	"github.com/richtext-go/richtext/diag"
)

// MaxListStart is the largest number an ordered list may start at; Validate
// rejects larger ones.
const MaxListStart = 999999999

// Fit makes d valid where a reader took numbers or sizes beyond what the
// model holds: it applies FitTable to every table and brings list starts
// into 0–MaxListStart, drops image sizes that are not sizes and tables
// without cells. It changes d in place and returns what it changed as
// approximation warnings whose paths are the model paths of the blocks
// ("blocks[2]"). It walks without recursion.
func Fit(d *Document) []diag.Warning {
	if !fitNeeded(d.Blocks) {
		return nil // the common case, found without building paths
	}
	type slot struct {
		bs   *Blocks
		path string
	}
	var notes []diag.Warning
	stack := []slot{{&d.Blocks, "blocks"}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		var out Blocks
		changed := false
		for i, b := range *s.bs {
			p := s.path + "[" + strconv.Itoa(i) + "]"
			switch b := b.(type) {
			case *Table:
				if b.CellCount() == 0 {
					notes = append(notes, diag.Warning{Code: diag.Recovered, Path: p, Detail: "a table without cells is left out"})
					changed = true
					continue
				}
				bs, ns := FitTable(b)
				for _, n := range ns {
					notes = append(notes, diag.Warning{Code: diag.Approximated, Path: p, Detail: n})
				}
				if len(bs) != 1 || bs[0] != Block(b) {
					changed = true
				}
				out = append(out, bs...)
				continue
			case *List:
				if b.Ordered && (b.Start < 0 || b.Start > MaxListStart) {
					was := b.Start
					b.Start = min(max(b.Start, 0), MaxListStart)
					notes = append(notes, diag.Warning{Code: diag.Approximated, Path: p, Detail: "list start " +
						strconv.Itoa(was) + " is outside 0–" + strconv.Itoa(MaxListStart) + "; the list starts at " + strconv.Itoa(b.Start)})
				}
			case *Image:
				notes = fitSize(notes, p, b)
			case *Gallery:
				for k := range b.Images {
					notes = fitSize(notes, p+".images["+strconv.Itoa(k)+"]", &b.Images[k])
				}
			}
			out = append(out, b)
		}
		if changed {
			*s.bs = out
		}
		for i, b := range *s.bs {
			for _, c := range childSlots(b) {
				stack = append(stack, slot{c.bs, s.path + "[" + strconv.Itoa(i) + "]" + c.name})
			}
		}
	}
	return notes
}

// fitNeeded reports whether Fit would change anything in bs.
func fitNeeded(bs Blocks) bool {
	badSize := func(im *Image) bool {
		bad := func(f float64) bool { return math.IsNaN(f) || math.IsInf(f, 0) || f < 0 }
		return bad(im.Width) || bad(im.Height)
	}
	need := false
	eachBlock(bs, func(b Block, _ int) bool {
		switch b := b.(type) {
		case *Table:
			if b.CellCount() == 0 || b.Oversized() {
				need = true
			} else if _, ok := b.layout(true); !ok {
				need = true
			}
		case *List:
			need = b.Ordered && (b.Start < 0 || b.Start > MaxListStart)
		case *Image:
			need = badSize(b)
		case *Gallery:
			for k := range b.Images {
				need = need || badSize(&b.Images[k])
			}
		}
		return !need
	})
	return need
}

// fitSize drops an image size that is negative, infinite or not a number.
func fitSize(notes []diag.Warning, p string, im *Image) []diag.Warning {
	bad := func(f float64) bool { return math.IsNaN(f) || math.IsInf(f, 0) || f < 0 }
	if bad(im.Width) || bad(im.Height) {
		notes = append(notes, diag.Warning{Code: diag.Recovered, Path: p,
			Detail: "image size " + strconv.FormatFloat(im.Width, 'g', -1, 64) + "×" +
				strconv.FormatFloat(im.Height, 'g', -1, 64) + " is not a size; left out"})
		im.Width, im.Height = 0, 0
	}
	return notes
}
