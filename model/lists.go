package model

// ListKind is the kind of a flat list item.
type ListKind uint8

// The kinds of flat items.
const (
	// Continuation carries blocks that continue the previous item at Level
	// after its nested lists; formats without nesting decide how to show it.
	Continuation ListKind = iota
	BulletItem
	OrderedItem
	TaskItem
)

// A FlatItem is a list item of a format that stores lists flat, one
// paragraph per item with a nesting level, like the OKR format's indentLevel.
type FlatItem struct {
	// Level is the nesting level; 1 is the outermost.
	Level int
	Kind  ListKind
	// Number is an ordered item's number. 0 continues the count; any other
	// number that does not continue it starts a new list at that number.
	Number int
	// Checked is a task item's state.
	Checked bool
	// Blocks is the item's own content, usually one paragraph.
	Blocks Blocks
}

// Nest builds nested lists from consecutive flat items, as pandoc's Docx
// reader does: deeper items go into the last item one level up; a change of
// kind at a level, or an ordered number that does not continue the count,
// starts a new list at that level; a jump of more than one level (1 → 3)
// creates the missing levels as items with no content of their own, which
// Flatten skips, so Flatten(Nest(items)) gives the items back.
func Nest(items []FlatItem) Blocks {
	type open struct {
		list  *List
		level int
	}
	var out Blocks
	var stack []open
	// container returns where a new list at level goes: the top level, or
	// the last item of the open list one level up.
	container := func(level int) *Blocks {
		if level == 1 || len(stack) == 0 {
			return &out
		}
		top := stack[len(stack)-1].list
		return &top.Items[len(top.Items)-1].Blocks
	}
	startList := func(level int, kind ListKind, number int) *List {
		l := &List{Ordered: kind == OrderedItem}
		if l.Ordered {
			l.Start = number
			if l.Start <= 0 {
				l.Start = 1
			}
		}
		c := container(level)
		*c = append(*c, l)
		stack = append(stack, open{l, level})
		return l
	}
	for _, it := range items {
		level := max(it.Level, 1)
		if it.Kind == Continuation {
			for len(stack) > 0 && stack[len(stack)-1].level > level {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 && stack[len(stack)-1].level == level {
				top := stack[len(stack)-1].list
				last := &top.Items[len(top.Items)-1]
				last.Blocks = append(last.Blocks, it.Blocks...)
			} else {
				out = append(out, it.Blocks...)
				stack = stack[:0]
			}
			continue
		}
		for len(stack) > 0 && stack[len(stack)-1].level > level {
			stack = stack[:len(stack)-1]
		}
		var l *List
		if len(stack) > 0 && stack[len(stack)-1].level == level {
			top := stack[len(stack)-1].list
			if kindOfList(top) == it.Kind && (it.Kind != OrderedItem || it.Number == 0 || it.Number == top.Start+len(top.Items)) {
				l = top
			} else {
				stack = stack[:len(stack)-1]
			}
		}
		if l == nil {
			// Open the missing levels between the deepest open list and this one.
			from := 1
			if len(stack) > 0 {
				from = stack[len(stack)-1].level + 1
			}
			for lv := from; lv < level; lv++ {
				gap := startList(lv, it.Kind, 0)
				gap.Items = append(gap.Items, ListItem{Task: it.Kind == TaskItem})
			}
			l = startList(level, it.Kind, it.Number)
		}
		l.Items = append(l.Items, ListItem{
			Task:    it.Kind == TaskItem,
			Checked: it.Kind == TaskItem && it.Checked,
			Blocks:  append(Blocks(nil), it.Blocks...),
		})
	}
	return out
}

func kindOfList(l *List) ListKind {
	if l.Ordered {
		return OrderedItem
	}
	if len(l.Items) > 0 && l.Items[0].Task {
		return TaskItem
	}
	return BulletItem
}

// ItemKind returns the flat kind of an item of l.
func ItemKind(l *List, it *ListItem) ListKind {
	switch {
	case it.Task:
		return TaskItem
	case l.Ordered:
		return OrderedItem
	}
	return BulletItem
}

// Flatten turns l into flat items, depth first: each item with its leading
// content, then the items of its nested lists one level deeper, then any
// blocks that follow a nested list as a Continuation. Ordered items carry
// their numbers. An item whose content starts with a nested list yields no
// item of its own (a level jump, see Nest). It uses an explicit stack.
func Flatten(l *List, level int) []FlatItem {
	type frame struct {
		list  *List
		item  int
		level int
	}
	var out []FlatItem
	stack := []frame{{l, 0, level}}
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		if f.level < 0 {
			// A continuation segment (see below), due now that the nested
			// lists before it are done.
			out = append(out, FlatItem{Level: -f.level, Kind: Continuation, Blocks: f.list.Items[0].Blocks})
			stack = stack[:len(stack)-1]
			continue
		}
		if f.item >= len(f.list.Items) {
			stack = stack[:len(stack)-1]
			continue
		}
		list, i, lv := f.list, f.item, f.level
		f.item++
		it := &list.Items[i]
		lead := 0
		for lead < len(it.Blocks) {
			if _, isList := it.Blocks[lead].(*List); isList {
				break
			}
			lead++
		}
		jump := lead == 0 && len(it.Blocks) > 0
		if !jump {
			fi := FlatItem{Level: lv, Kind: ItemKind(list, it), Checked: it.Checked, Blocks: it.Blocks[:lead:lead]}
			if list.Ordered {
				fi.Number = list.Start + i
			}
			if lead == 0 {
				fi.Blocks = nil
			}
			out = append(out, fi)
		}
		// The rest: nested lists at lv+1, and runs of other blocks as
		// continuations at lv, carried in a one-item frame marked by a
		// negative level. Push in reverse so they come out in order.
		rest := it.Blocks[lead:]
		var segs []frame
		var pending Blocks
		flush := func() {
			if len(pending) > 0 {
				segs = append(segs, frame{list: &List{Items: []ListItem{{Blocks: pending}}}, level: -lv})
				pending = nil
			}
		}
		for _, b := range rest {
			if nl, isList := b.(*List); isList {
				flush()
				segs = append(segs, frame{list: nl, level: lv + 1})
			} else {
				pending = append(pending, b)
			}
		}
		flush()
		for k := len(segs) - 1; k >= 0; k-- {
			stack = append(stack, segs[k])
		}
	}
	return out
}

// NeedsLoose reports whether Markdown can write l only as a loose list: an
// item holds two blocks in a row that a tight item cannot (see TightPair).
// Such a list is loose whatever its source said, and formats without the
// notion lose nothing by it.
func (l *List) NeedsLoose() bool {
	for i := range l.Items {
		bs := l.Items[i].Blocks
		for j := 1; j < len(bs); j++ {
			if !TightPair(bs[j-1], bs[j]) {
				return true
			}
		}
	}
	return false
}

// TightPair reports whether next can follow prev in a tight Markdown list
// item, with no blank line between them: after a paragraph, a quote or a
// list only what interrupts a paragraph (a list starting at 1, a code
// fence, an ATX heading, and after a paragraph also a quote or a GitHub
// alert), since anything else would be read as a lazy continuation line or
// a setext underline; after a heading, a code block or an equation anything.
func TightPair(prev, next Block) bool {
	interrupts := func(b Block) bool {
		switch n := b.(type) {
		case *List:
			return len(n.Items) > 0 && len(n.Items[0].Blocks) > 0 && (!n.Ordered || n.Start == 1)
		case *CodeBlock:
			return true
		case *Heading:
			return n.Level <= 6 && !inlineBreak(n.Inlines)
		}
		return false
	}
	switch p := prev.(type) {
	case *Paragraph:
		switch n := next.(type) {
		case *Quote:
			return true
		case *Callout:
			return CalloutAlert(n) != ""
		}
		return interrupts(next)
	case *Quote, *List:
		return interrupts(next)
	case *Callout:
		return CalloutAlert(p) != "" && interrupts(next)
	case *Heading, *CodeBlock, *Equation:
		return true
	}
	return false
}

// inlineBreak reports a line break inside inlines (not at either end),
// which makes a heading setext.
func inlineBreak(ins Inlines) bool {
	for i, in := range ins {
		switch in.(type) {
		case *SoftBreak:
			return true
		case *Break:
			if i > 0 && i < len(ins)-1 {
				return true
			}
		}
	}
	return false
}
