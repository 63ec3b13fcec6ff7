package totext

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/model"
)

// The task v2 API's limits: a summary may not be empty, and it and the
// description hold at most 3000 characters each.
const (
	MaxSummary     = 3000
	MaxDescription = 3000
)

// TaskUpdate is the body of the task update API (PATCH
// /open-apis/task/v2/tasks/:task_guid, seed 002) that sets a task's title
// and description.
type TaskUpdate struct {
	Task         TaskFields `json:"task"`
	UpdateFields []string   `json:"update_fields"`
}

// TaskFields are the task fields the body sets.
type TaskFields struct {
	Summary     string `json:"summary"`
	Description string `json:"description"`
}

// Task builds a task update from doc: the summary is the document's title,
// or its first heading, or the first line of its first paragraph; the
// description is the rest as plain text. Text beyond the API's limits is
// cut, with a warning; a document with no text at all is an error, as the
// API refuses an empty summary.
func Task(doc *model.Document, opts ...Option) (*TaskUpdate, []diag.Warning, error) {
	rest := *doc
	rest.Title = ""
	summary := strings.TrimSpace(doc.Title)
	bs := doc.Blocks
	if summary == "" && len(bs) > 0 {
		switch b := bs[0].(type) {
		case *model.Heading:
			summary = model.PlainText(b.Inlines)
			bs = bs[1:]
		case *model.Paragraph:
			// The first line; the paragraph's other lines open the description.
			for i, in := range b.Inlines {
				if _, ok := in.(*model.Break); ok {
					summary = model.PlainText(b.Inlines[:i])
					p := *b
					p.Inlines = b.Inlines[i+1:]
					bs = append(model.Blocks{&p}, bs[1:]...)
					break
				}
			}
			if summary == "" {
				summary = model.PlainText(b.Inlines)
				bs = bs[1:]
			}
		}
	}
	rest.Blocks = bs
	desc, warns, err := Write(&rest, opts...)
	if err != nil {
		return nil, nil, err
	}
	var list diag.List
	list.Append(warns...)
	summary = strings.Join(strings.Fields(summary), " ")
	if summary == "" {
		return nil, list.Warnings(), errEmptySummary
	}
	u := &TaskUpdate{UpdateFields: []string{"summary", "description"}}
	u.Task.Summary = cut(summary, MaxSummary, "summary", &list)
	u.Task.Description = cut(strings.TrimRight(string(desc), "\n"), MaxDescription, "description", &list)
	return u, list.Warnings(), nil
}

var errEmptySummary = errors.New("totext: the document has no text for the task's summary, which the API requires")

// cut shortens s to max characters, with a warning.
func cut(s string, limit int, field string, warns *diag.List) string {
	n := utf8.RuneCountInString(s)
	if n <= limit {
		return s
	}
	warns.Add(diag.Dropped, field, "the %s is %d characters; the API takes %d, so the rest is cut", field, n, limit)
	rs := []rune(s)
	return string(rs[:limit])
}
