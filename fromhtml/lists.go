package fromhtml

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/cssstyle"
	"github.com/richtext-go/richtext/model"
	"golang.org/x/net/html/atom"
)

// list reads ul, ol, menu and dir.
func (r *reader) list(n int32, c ctx, ts cssstyle.Text) *model.List {
	d := r.d
	c = r.blockCtx(n, c, ts)
	l := &model.List{Ordered: d.nodes[n].tag == atom.Ol}
	if l.Ordered {
		l.Start = 1
		if v, ok := d.attr(n, "start"); ok {
			if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
				l.Start = s
			}
		}
		if d.attr0(n, "reversed") {
			r.warn(diag.Approximated, n, "a reversed list is read counting up")
		}
	}
	tight := d.attrOr(n, "data-rt") == "tight"
	for k := d.nodes[n].first; k != none; k = d.nodes[k].next {
		nd := &d.nodes[k]
		switch {
		case nd.typ == elementNode && nd.tag == atom.Li:
			item := model.ListItem{}
			if box := r.checkbox(k); box != none {
				item.Task, item.Checked = true, d.attr0(box, "checked")
				d.nodes[box].typ = 0 // read, not shown
			}
			for x := d.nodes[k].first; x != none && !tight; x = d.nodes[x].next {
				if d.nodes[x].tag == atom.P {
					l.Loose = true
				}
			}
			item.Blocks = r.sub(k, c)
			l.Items = append(l.Items, item)
		case nd.typ == elementNode:
			// A list or other block right inside a list (invalid, common)
			// belongs to the item before it.
			blocks := func() model.Blocks {
				f := r.newFlow()
				c2 := c
				c2.depth++
				r.element(f, k, c2)
				return f.finish()
			}()
			if len(l.Items) == 0 {
				l.Items = append(l.Items, model.ListItem{})
			}
			last := &l.Items[len(l.Items)-1]
			last.Blocks = append(last.Blocks, blocks...)
		case nd.typ == textNode && strings.TrimSpace(nd.str) != "":
			if len(l.Items) == 0 {
				l.Items = append(l.Items, model.ListItem{})
			}
			last := &l.Items[len(l.Items)-1]
			last.Blocks = append(last.Blocks, &model.Paragraph{Inlines: model.Inlines{&model.Text{Value: collapse(nd.str), Style: c.style}}})
		}
	}
	return l
}

// checkbox finds the checkbox that makes li a task item: its first content,
// or the first content of its first paragraph.
func (r *reader) checkbox(li int32) int32 {
	d := r.d
	first := func(n int32) int32 {
		for k := d.nodes[n].first; k != none; k = d.nodes[k].next {
			nd := &d.nodes[k]
			if nd.typ == textNode && strings.TrimSpace(nd.str) == "" {
				continue
			}
			return k
		}
		return none
	}
	k := first(li)
	if k != none && d.nodes[k].tag == atom.P {
		k = first(k)
	}
	if k != none && d.nodes[k].tag == atom.Input && strings.EqualFold(d.attrOr(k, "type"), "checkbox") {
		return k
	}
	return none
}

var (
	msoLevel = regexp.MustCompile(`level(\d+)`)
	kixLevel = regexp.MustCompile(`^lst-kix_[A-Za-z0-9_]+-(\d+)$`)
	ordinal  = regexp.MustCompile(`^\(?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]$`)
)

// flatList reads a run of flat list items that start at element k: Word's
// list paragraphs (style mso-list: l0 level2 …, the number or bullet in a
// conditional comment) or Google Docs' lists (one ul or ol per level, class
// lst-kix_…-N). It nests them and returns the node after the run.
func (r *reader) flatList(f *flow, k int32, c ctx) (int32, bool) {
	d := r.d
	kind := r.flatKind(k)
	if kind == 0 {
		return 0, false
	}
	var items []model.FlatItem
	next := k
	for next != none {
		nd := &d.nodes[next]
		if nd.typ == textNode && strings.TrimSpace(nd.str) == "" {
			next = nd.next
			continue
		}
		if nd.typ != elementNode || r.flatKind(next) != kind {
			break
		}
		if kind == 'w' {
			items = append(items, r.wordItem(next, c))
		} else {
			items = append(items, r.kixItems(next, c)...)
		}
		next = nd.next
	}
	f.flush()
	f.out = append(f.out, model.Nest(items)...)
	return next, true
}

// flatKind tells a Word list paragraph ('w') or a Google Docs list ('g').
func (r *reader) flatKind(k int32) byte {
	d := r.d
	switch d.nodes[k].tag {
	case atom.P:
		if v, ok := cssstyle.Value(r.decls(k), "mso-list"); ok && msoLevel.MatchString(v) {
			return 'w'
		}
	case atom.Ul, atom.Ol:
		for _, cl := range strings.Fields(d.attrOr(k, "class")) {
			if kixLevel.MatchString(cl) {
				return 'g'
			}
		}
	}
	return 0
}

func (r *reader) wordItem(p int32, c ctx) model.FlatItem {
	d := r.d
	v, _ := cssstyle.Value(r.decls(p), "mso-list")
	level, _ := strconv.Atoi(msoLevel.FindStringSubmatch(v)[1])
	it := model.FlatItem{Level: min(max(level, 1), 16), Kind: model.BulletItem}
	for k := d.nodes[p].first; k != none; k = d.nodes[k].next {
		if d.nodes[k].str == markerTag {
			marker := strings.TrimSpace(strings.ReplaceAll(r.textContent(k), "\u00a0", " "))
			if m := ordinal.FindStringSubmatch(marker); m != nil {
				it.Kind = model.OrderedItem
				it.Number, _ = strconv.Atoi(m[1]) // letters and roman numerals continue the count
			}
			break
		}
	}
	f := r.newFlow()
	c.depth++
	r.children(f, p, r.blockCtx(p, c, cssstyle.TextStyle(r.decls(p))))
	it.Blocks = f.finish()
	return it
}

func (r *reader) kixItems(list int32, c ctx) []model.FlatItem {
	d := r.d
	level := 1
	for _, cl := range strings.Fields(d.attrOr(list, "class")) {
		if m := kixLevel.FindStringSubmatch(cl); m != nil {
			level, _ = strconv.Atoi(m[1])
			level++
		}
	}
	kind := model.BulletItem
	number := 0
	if d.nodes[list].tag == atom.Ol {
		kind = model.OrderedItem
		if v, ok := d.attr(list, "start"); ok {
			number, _ = strconv.Atoi(v)
		}
	}
	var items []model.FlatItem
	for k := d.nodes[list].first; k != none; k = d.nodes[k].next {
		if d.nodes[k].tag != atom.Li {
			continue
		}
		it := model.FlatItem{Level: min(level, 16), Kind: kind, Number: number, Blocks: r.sub(k, c)}
		number = 0 // the next item continues the count
		items = append(items, it)
	}
	return items
}
