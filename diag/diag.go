// Package diag reports what a conversion lost, approximated or guessed.
//
// A conversion returns its output, a slice of Warning values and an error. The
// error is reserved for input that cannot be read at all; everything a target
// format cannot hold, or a reader had to repair, becomes a Warning with a stable
// Code, a Path into the input (or into the model, for writers) and a one-line
// Detail.
package diag

import (
	"fmt"
	"strconv"
	"strings"
)

// A Code classifies a Warning. Codes are stable: callers may switch on them.
type Code string

// The warning codes.
const (
	// Unsupported means the target format has no way to hold a construct; it
	// was left out or replaced by its text.
	Unsupported Code = "unsupported"
	// Approximated means the construct was kept in a nearby form (a color
	// snapped to a palette, a heading written as bold text, ...).
	Approximated Code = "approximated"
	// Dropped means something was removed entirely (unsafe raw HTML, a
	// comment anchor, ...).
	Dropped Code = "dropped"
	// Recovered means the input was malformed and the reader repaired it.
	Recovered Code = "recovered"
)

// A Warning is one thing a conversion could not carry over exactly.
type Warning struct {
	Code   Code   `json:"code"`
	Path   string `json:"path,omitempty"`
	Detail string `json:"detail"`
}

// String returns the warning on one line: "code: path: detail".
func (w Warning) String() string {
	var b strings.Builder
	b.WriteString(string(w.Code))
	b.WriteString(": ")
	if w.Path != "" {
		b.WriteString(w.Path)
		b.WriteString(": ")
	}
	b.WriteString(oneLine(w.Detail))
	return b.String()
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// A List collects warnings during one conversion. The zero value is ready to
// use. A List is not safe for concurrent use; each conversion owns its own.
type List struct {
	items []Warning
	said  map[string]bool
}

// Add appends a warning whose detail is formatted with fmt.Sprintf.
func (l *List) Add(code Code, path string, format string, args ...any) {
	detail := fmt.Sprintf(format, args...)
	l.items = append(l.items, Warning{Code: code, Path: path, Detail: detail})
}

// AddOnce adds the warning the first time key is used and does nothing
// after: for losses that would otherwise repeat on every run of a document
// ("italic has no place in OKR text").
func (l *List) AddOnce(key string, code Code, path string, format string, args ...any) {
	if l.said[key] {
		return
	}
	if l.said == nil {
		l.said = map[string]bool{}
	}
	l.said[key] = true
	l.Add(code, path, format, args...)
}

// Append adds already built warnings, for example a sub-conversion's.
func (l *List) Append(ws ...Warning) { l.items = append(l.items, ws...) }

// Len returns the number of warnings collected so far.
func (l *List) Len() int { return len(l.items) }

// Warnings returns the collected warnings, or nil when there are none.
func (l *List) Warnings() []Warning {
	if len(l.items) == 0 {
		return nil
	}
	return l.items
}

// A Path is a stack of steps into a tree, formatted only when a warning or an
// error needs it ("blocks[3].items[1]"). Push and Pop reuse one slice, so
// walking a document allocates nothing until something is reported.
type Path struct {
	steps []step
}

type step struct {
	name  string
	index int // -1 when the step is a field name only
}

// Push adds a field step ("blocks") with an index, or index -1 for none.
func (p *Path) Push(name string, index int) { p.steps = append(p.steps, step{name, index}) }

// Pop removes the last step.
func (p *Path) Pop() { p.steps = p.steps[:len(p.steps)-1] }

// Len returns the number of steps.
func (p *Path) Len() int { return len(p.steps) }

// Truncate drops the steps beyond n, restoring an earlier depth.
func (p *Path) Truncate(n int) { p.steps = p.steps[:n] }

// String formats the path: names joined by dots, indexes in brackets.
func (p *Path) String() string {
	var b strings.Builder
	for i, s := range p.steps {
		if s.name != "" {
			if i > 0 && b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.name)
		}
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		}
	}
	return b.String()
}

// Error is an error that names where in the input it happened.
type Error struct {
	Path string
	Msg  string
}

// Error returns "path: message", or the message alone when there is no path.
func (e *Error) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

// Errorf returns an *Error at path with a formatted message.
func Errorf(path string, format string, args ...any) error {
	return &Error{Path: path, Msg: fmt.Sprintf(format, args...)}
}
