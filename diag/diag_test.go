package diag

import "testing"

func TestWarningString(t *testing.T) {
	w := Warning{Code: Approximated, Path: "blocks[3].items[1]", Detail: "heading level 7\nwritten as 6"}
	if got, want := w.String(), "approximated: blocks[3].items[1]: heading level 7 written as 6"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := (Warning{Code: Dropped, Detail: "x"}).String(); got != "dropped: x" {
		t.Errorf("String() without a path = %q", got)
	}
}

func TestPath(t *testing.T) {
	var p Path
	p.Push("blocks", 3)
	p.Push("items", 1)
	p.Push("paragraph", -1)
	p.Push("elements", 0)
	if got := p.String(); got != "blocks[3].items[1].paragraph.elements[0]" {
		t.Errorf("String() = %q", got)
	}
	p.Pop()
	p.Truncate(1)
	if got := p.String(); got != "blocks[3]" {
		t.Errorf("after Pop and Truncate: %q", got)
	}
}

func TestList(t *testing.T) {
	var l List
	if l.Warnings() != nil {
		t.Error("empty list returns warnings")
	}
	l.Add(Dropped, "a", "n=%d", 3)
	l.Add(Recovered, "", "plain 100%%")
	ws := l.Warnings()
	if len(ws) != 2 || ws[0].Detail != "n=3" || ws[1].Detail != "plain 100%" || l.Len() != 2 {
		t.Errorf("warnings = %+v", ws)
	}
	if err := Errorf("blocks[1]", "bad %q", "x"); err.Error() != `blocks[1]: bad "x"` {
		t.Errorf("Errorf = %v", err)
	}
}
