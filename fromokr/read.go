// Package fromokr reads the Feishu/Lark OKR rich-text format (content_block,
// v1 or v2) into the document model.
//
// OKR lists are flat paragraphs with a level each; they become nested lists
// through model.Nest: numbers keep their values (a number that does not
// continue the count starts a new list there), checkBox and checkedBox are
// task items, and an "indent" line is a continuation of the list item above
// it at its level, or an indented paragraph where there is none. Text runs
// keep bold, strikethrough, their exact RGBA colors and links; docsLink and
// person elements become mentions; a gallery of one image becomes an Image.
// Blocks and elements of unknown types are kept as raw OKR JSON.
package fromokr

import (
	"strconv"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/okr"
)

// MetaVersion is the model.Document.Meta key that records a v2 input.
const MetaVersion = "okr_version"

// RawFormat is the model.Raw format of v1 OKR JSON; RawFormatV2 of v2.
const (
	RawFormat   = "okr"
	RawFormatV2 = "okr-v2"
)

// Read parses an OKR content_block (bare, inside a body's "content", or in
// the API envelope) into a normalized document.
func Read(src []byte) (*model.Document, []diag.Warning, error) {
	d, warns, err := okr.Decode(src)
	if err != nil {
		return nil, nil, err
	}
	r := &reader{version: d.Version}
	r.warns.Append(warns...)
	r.base = d.Path
	if r.base != "" {
		r.base += "."
	}
	doc := &model.Document{Blocks: r.blocks(d.Content.Blocks)}
	if d.Version == okr.V2 {
		// tookr writes v2 again unless told otherwise.
		doc.Meta = map[string]string{MetaVersion: okr.V2.String()}
	}
	r.warns.Append(model.Fit(doc)...)
	model.Normalize(doc)
	return doc, r.warns.Warnings(), nil
}

type reader struct {
	version okr.Version
	base    string
	warns   diag.List
	out     model.Blocks
	items   []model.FlatItem
	levels  []int // the levels of the list items open in items, outermost first
}

func (r *reader) warn(code diag.Code, at string, format string, args ...any) {
	r.warns.Add(code, r.base+at, format, args...)
}

func (r *reader) rawFormat() string {
	if r.version == okr.V2 {
		return RawFormatV2
	}
	return RawFormat
}

// flush nests the pending list items into the output.
func (r *reader) flush() {
	if len(r.items) > 0 {
		r.out = append(r.out, model.Nest(r.items)...)
		r.items, r.levels = r.items[:0], r.levels[:0]
	}
}

// item adds a flat list item and tracks which levels are open.
func (r *reader) item(it model.FlatItem) {
	for len(r.levels) > 0 && r.levels[len(r.levels)-1] > it.Level {
		r.levels = r.levels[:len(r.levels)-1]
	}
	if n := len(r.levels); n == 0 || r.levels[n-1] < it.Level {
		r.levels = append(r.levels, it.Level)
	}
	r.items = append(r.items, it)
}

// continues reports whether an indent line at level goes on a list item
// open at that level.
func (r *reader) continues(level int) bool {
	for _, l := range r.levels {
		if l == level {
			return true
		}
	}
	return false
}

func (r *reader) blocks(bs []okr.Block) model.Blocks {
	for i := range bs {
		b := &bs[i]
		at := "blocks[" + strconv.Itoa(i) + "]"
		if b.Raw != nil {
			r.flush()
			r.out = append(r.out, &model.Raw{Format: r.rawFormat(), Content: string(b.Raw)})
			continue
		}
		switch b.Type {
		case okr.BlockParagraph:
			r.paragraph(b.Paragraph, at)
		case okr.BlockGallery:
			r.flush()
			r.out = append(r.out, gallery(b.Gallery))
		}
	}
	r.flush()
	return r.out
}

func (r *reader) paragraph(p *okr.Paragraph, at string) {
	para := &model.Paragraph{Inlines: r.inlines(p.Elements, at+".paragraph")}
	var l *okr.List
	if p.Style != nil {
		l = p.Style.List
	}
	if l == nil {
		r.flush()
		r.out = append(r.out, para)
		return
	}
	level := l.IndentLevel
	switch l.Type {
	case okr.ListNumber:
		r.item(model.FlatItem{Level: level, Kind: model.OrderedItem, Number: l.Number, Blocks: model.Blocks{para}})
	case okr.ListBullet:
		r.item(model.FlatItem{Level: level, Kind: model.BulletItem, Blocks: model.Blocks{para}})
	case okr.ListCheckBox, okr.ListCheckedBox:
		r.item(model.FlatItem{Level: level, Kind: model.TaskItem, Checked: l.Type == okr.ListCheckedBox, Blocks: model.Blocks{para}})
	case okr.ListIndent:
		if r.continues(level) {
			r.item(model.FlatItem{Level: level, Kind: model.Continuation, Blocks: model.Blocks{para}})
			return
		}
		r.flush()
		para.Indent = level
		r.out = append(r.out, para)
	default:
		// Reported by okr.Decode.
		r.flush()
		r.out = append(r.out, para)
	}
}

func (r *reader) inlines(els []okr.Element, at string) model.Inlines {
	out := make(model.Inlines, 0, len(els))
	for j := range els {
		e := &els[j]
		if e.Raw != nil {
			out = append(out, &model.RawInline{Format: r.rawFormat(), Content: string(e.Raw)})
			continue
		}
		switch e.Type {
		case okr.ElementTextRun:
			st := r.style(e.TextRun.Style, at+".elements["+strconv.Itoa(j)+"]")
			out = model.AppendText(out, e.TextRun.Text, st)
		case okr.ElementDocsLink:
			m := &model.Mention{Kind: model.MentionDoc, URL: e.DocsLink.URL, Title: e.DocsLink.Title}
			// The URL of a Feishu document says its token and type, which
			// a Docx mention needs.
			if token, kind, ok := docx.DocumentFromURL(m.URL); ok {
				m.Token, m.DocType = token, kind.String()
			}
			out = append(out, m)
		case okr.ElementPerson:
			out = append(out, &model.Mention{Kind: model.MentionUser, UserID: e.Person.OpenID})
		}
	}
	return out
}

func (r *reader) style(s *okr.TextStyle, at string) model.Style {
	if s == nil {
		return model.Style{}
	}
	st := model.Style{Bold: s.Bold, Strikethrough: s.StrikeThrough}
	st.Color = r.color(s.TextColor, at)
	st.Background = r.color(s.BackColor, at)
	if s.Link != nil {
		st.Link = s.Link.URL
	}
	return st
}

// color converts an OKR color exactly. Transparent black is the model's
// "no color", so it is reported as dropped.
func (r *reader) color(c *okr.Color, at string) color.RGBA {
	if c == nil {
		return color.RGBA{}
	}
	out := color.RGBA{R: uint8(c.Red), G: uint8(c.Green), B: uint8(c.Blue), A: c.Alpha}
	if out.IsZero() {
		r.warn(diag.Dropped, at, "a fully transparent black color shows nothing; left out")
	}
	return out
}

func gallery(g *okr.Gallery) model.Block {
	out := &model.Gallery{}
	for _, im := range g.ImageList {
		out.Images = append(out.Images, model.Image{URL: im.Src, Token: im.FileToken, Width: im.Width, Height: im.Height})
	}
	return out // Normalize turns a gallery of one into an Image
}
