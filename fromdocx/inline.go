package fromdocx

import (
	"encoding/json"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/docx"
	"github.com/richtext-go/richtext/model"
)

// inlines converts text elements. Outside code, a newline inside a run is
// a line break that keeps the run's style; inside code it stays in the text.
func (r *reader) inlines(b *docx.Block, els []*docx.TextElement, code bool) model.Inlines {
	out := make(model.Inlines, 0, len(els))
	for i, el := range els {
		if el == nil {
			continue
		}
		switch {
		case el.TextRun != nil:
			st := r.style(b, el.TextRun.TextElementStyle)
			v := el.TextRun.Content
			if code {
				out = append(out, &model.Text{Value: v, Style: st})
				continue
			}
			out = model.AppendText(out, v, st)
		case el.MentionUser != nil:
			out = append(out, &model.Mention{Kind: model.MentionUser, UserID: el.MentionUser.UserID,
				Style: r.style(b, el.MentionUser.TextElementStyle)})
		case el.MentionDoc != nil:
			m := el.MentionDoc
			u, ok := docx.DecodeURL(m.URL)
			if !ok {
				r.warn(diag.Recovered, b, "mention_doc URL %q has a malformed escape or is not UTF-8 once decoded; kept as it is", m.URL)
			}
			out = append(out, &model.Mention{Kind: model.MentionDoc, Token: m.Token, DocType: m.ObjType.String(),
				URL: u, Title: m.Title, Style: r.style(b, m.TextElementStyle)})
		case el.Reminder != nil:
			m := el.Reminder
			out = append(out, &model.Reminder{UserID: m.CreateUserID, Notify: m.IsNotify, WholeDay: m.IsWholeDay,
				ExpireTime: int64(m.ExpireTime), NotifyTime: int64(m.NotifyTime), Style: r.style(b, m.TextElementStyle)})
		case el.File != nil:
			out = append(out, &model.InlineFile{Token: el.File.FileToken, SourceBlockID: el.File.SourceBlockID,
				Style: r.style(b, el.File.TextElementStyle)})
		case el.Equation != nil:
			out = append(out, &model.Math{TeX: strings.TrimSuffix(el.Equation.Content, "\n"), Style: r.style(b, el.Equation.TextElementStyle)})
		default:
			// inline_block, undefined, link_preview and elements this reader
			// does not know: kept as raw Docx JSON.
			data, _ := json.Marshal(el)
			if string(data) == "{}" {
				r.warn(diag.Recovered, b, "elements[%d] is a text element of a kind this reader does not know; kept as raw Docx JSON", i)
				data = r.rawElement(b, i)
			}
			out = append(out, &model.RawInline{Format: "docx", Content: string(data)})
		}
	}
	return out
}

// rawElement recovers the JSON of element i of b, which the typed structs
// dropped, from an untyped decoding of the input.
func (r *reader) rawElement(b *docx.Block, i int) []byte {
	if r.index == nil {
		r.index = make(map[*docx.Block]int, len(r.in.Blocks))
		for bi := range r.in.Blocks {
			r.index[r.in.Blocks[bi]] = bi
		}
	}
	raws := r.rawBlocks()
	bi, ok := r.index[b]
	if !ok || bi >= len(raws) {
		return []byte("{}")
	}
	var blk map[string]json.RawMessage
	if json.Unmarshal(raws[bi], &blk) != nil {
		return []byte("{}")
	}
	var text struct {
		Elements []json.RawMessage `json:"elements"`
	}
	if json.Unmarshal(blk[b.BlockType.PayloadKey()], &text) != nil || i >= len(text.Elements) {
		return []byte("{}")
	}
	return compact(text.Elements[i])
}

// style converts an element's style: palette indexes become colors, the
// percent-encoded link is decoded.
func (r *reader) style(b *docx.Block, s *docx.TextElementStyle) model.Style {
	if s == nil {
		return model.Style{}
	}
	st := model.Style{
		Bold: s.Bold, Italic: s.Italic, Strikethrough: s.Strikethrough, Underline: s.Underline, Code: s.InlineCode,
		Color:      r.paletteColor(b, color.FontColor, s.TextColor, "text_color"),
		Background: r.paletteColor(b, color.FontBackground, s.BackgroundColor, "background_color"),
	}
	if s.Link != nil && s.Link.URL != "" {
		u, ok := docx.DecodeURL(s.Link.URL)
		if !ok {
			r.warn(diag.Recovered, b, "link URL %q has a malformed escape or is not UTF-8 once decoded; kept as it is", s.Link.URL)
		}
		st.Link = u
	}
	if len(s.CommentIDs) > 0 {
		st.CommentIDs = strings.Join(s.CommentIDs, ",")
	}
	return st
}

// plain is the text of elements, for titles and equations.
func (r *reader) plain(els []*docx.TextElement) string {
	var b strings.Builder
	for _, el := range els {
		switch {
		case el == nil:
		case el.TextRun != nil:
			b.WriteString(el.TextRun.Content)
		case el.Equation != nil:
			b.WriteString(el.Equation.Content)
		case el.MentionDoc != nil:
			b.WriteString(el.MentionDoc.Title)
		case el.MentionUser != nil:
			b.WriteString("@" + el.MentionUser.UserID)
		}
	}
	return b.String()
}
