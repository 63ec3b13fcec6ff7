package tomarkdown

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/textutil"
	"github.com/richtext-go/richtext/model"
)

// image writes an image block: Markdown's ![alt](url "title") when that
// holds everything, Feishu's <image/> tag otherwise.
func (w *writer) image(im *model.Image) {
	if im.Token == "" && im.Width == 0 && im.Height == 0 && im.Align == model.AlignNone && im.Caption == "" && im.URL != "" {
		w.lines(markdownImage(im.Alt, im.URL, im.Title) + "\n")
		return
	}
	if w.cfg.plain {
		w.warn(diag.Approximated, "the image's %s is not kept in plain Markdown", imageExtras(im))
		dest := im.URL
		if dest == "" {
			dest = im.Token
		}
		w.lines(markdownImage(im.Alt, dest, im.Title) + "\n")
		return
	}
	w.lines(imageTag(im) + "\n")
}

func imageExtras(im *model.Image) string {
	var parts []string
	if im.Token != "" {
		parts = append(parts, "token")
	}
	if im.Width != 0 || im.Height != 0 {
		parts = append(parts, "size")
	}
	if im.Align != model.AlignNone {
		parts = append(parts, "alignment")
	}
	if im.Caption != "" {
		parts = append(parts, "caption")
	}
	return strings.Join(parts, ", ")
}

func imageTag(im *model.Image) string {
	var attrs []attr
	if im.URL != "" {
		attrs = append(attrs, attr{"url", im.URL})
	}
	if im.Token != "" {
		attrs = append(attrs, attr{"token", im.Token})
	}
	if im.Width != 0 {
		attrs = append(attrs, attr{"width", num(im.Width)})
	}
	if im.Height != 0 {
		attrs = append(attrs, attr{"height", num(im.Height)})
	}
	if im.Align != model.AlignNone {
		attrs = append(attrs, attr{"align", im.Align.String()})
	}
	if im.Caption != "" {
		attrs = append(attrs, attr{"caption", im.Caption})
	}
	if im.Alt != "" {
		attrs = append(attrs, attr{"alt", im.Alt})
	}
	if im.Title != "" {
		attrs = append(attrs, attr{"title", im.Title})
	}
	return "<image" + formatAttrs(attrs) + "/>"
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// gallery writes the images of a gallery in one HTML block, one tag per
// line, which the reader reads back as a gallery.
func (w *writer) gallery(g *model.Gallery) {
	if w.cfg.plain {
		w.warn(diag.Approximated, "a gallery is written as images side by side in one paragraph")
		var parts []string
		for _, im := range g.Images {
			dest := im.URL
			if dest == "" {
				dest = im.Token
			}
			parts = append(parts, markdownImage(im.Alt, dest, im.Title))
		}
		w.lines(strings.Join(parts, " ") + "\n")
		return
	}
	var b strings.Builder
	for i := range g.Images {
		b.WriteString(imageTag(&g.Images[i]))
		b.WriteByte('\n')
	}
	w.lines(b.String())
}

func (w *writer) grid(g *model.Grid) {
	if w.cfg.plain {
		w.warn(diag.Approximated, "the columns of a grid are written one after another")
		w.path.Push("columns", -1)
		for i, col := range g.Columns {
			w.path.Push("", i)
			saved := w.started
			w.blocks(col.Blocks, false, false)
			w.started = saved || len(col.Blocks) > 0
			w.path.Pop()
		}
		w.path.Pop()
		return
	}
	w.lines(`<grid cols="` + strconv.Itoa(len(g.Columns)) + `">` + "\n")
	w.path.Push("columns", -1)
	for i, col := range g.Columns {
		w.path.Push("", i)
		var attrs []attr
		if col.WidthRatio > 0 {
			attrs = append(attrs, attr{"width", strconv.Itoa(col.WidthRatio)})
		}
		w.container("column", attrs, col.Blocks)
		w.path.Pop()
	}
	w.path.Pop()
	w.lines("</grid>\n")
}

func (w *writer) embed(e *model.Embed) {
	if w.cfg.plain {
		w.plainEmbed(e)
		return
	}
	keys := make([]string, 0, len(e.Attrs))
	for k := range e.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	kept := keys[:0]
	for _, k := range keys {
		if !isAttrName(k) {
			// The tag would not read as HTML, and its line as text.
			w.warn(diag.Dropped, "embed attribute %q is not a name an HTML tag in Markdown can hold; left out", k)
			continue
		}
		kept = append(kept, k)
	}
	keys = kept
	attrs := make([]attr, 0, len(keys))
	for _, k := range keys {
		attrs = append(attrs, attr{k, e.Attrs[k]})
	}
	if !model.IsEmbedKind(e.Kind) {
		w.warn(diag.Approximated, "embed kind %q is not one Feishu's Markdown knows", e.Kind)
	}
	if len(e.Blocks) == 0 {
		w.lines("<" + e.Kind + formatAttrs(attrs) + "/>\n")
		return
	}
	w.container(e.Kind, attrs, e.Blocks)
}

// plainEmbed writes what plain Markdown can show of an embed: a link to it
// when it has a URL, its name or kind otherwise.
func (w *writer) plainEmbed(e *model.Embed) {
	label := e.Attrs["name"]
	if label == "" {
		label = e.Attrs["title"]
	}
	if label == "" {
		label = e.Kind
	}
	url := e.Attrs["url"]
	if url != "" {
		w.warn(diag.Approximated, "a Feishu %s is written as a link", e.Kind)
		w.lines("[" + escapeText(label, ctxLinkText) + "](" + escapeURL(url) + ")\n")
	} else {
		w.warn(diag.Unsupported, "a Feishu %s cannot be written in plain Markdown; its name is kept", e.Kind)
		w.lines(escapeText(label, ctxParagraph) + "\n")
	}
	if len(e.Blocks) > 0 {
		w.blankLine()
		w.path.Push("blocks", -1)
		w.blocks(e.Blocks, false, false)
		w.path.Pop()
	}
}

func (w *writer) raw(r *model.Raw) {
	if r.Format != "html" {
		w.warn(diag.Dropped, "raw %s content cannot be written in Markdown", r.Format)
		return
	}
	content := strings.TrimRight(r.Content, "\n")
	if content == "" {
		return
	}
	if !w.lastInContainer && !textutil.HTMLBlockEnds(content) {
		// "<!-- x" without "-->" would take in every line after it.
		w.warn(diag.Approximated, "raw HTML %q does not end its HTML block, which would take in what follows; written as text",
			textutil.FirstLine(content))
		w.rawAsText(content)
		return
	}
	w.lines(content + "\n")
}

// rawAsText writes raw HTML as the paragraphs of text it reads as.
func (w *writer) rawAsText(content string) {
	for i, p := range model.TextParagraphs(content) {
		if i > 0 { // blocks put the blank line before the first
			w.blankLine()
		}
		w.paragraph(p.(*model.Paragraph))
	}
}

// isAttrName reports whether s is a CommonMark attribute name:
// [A-Za-z_:][A-Za-z0-9_.:-]*.
func isAttrName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_' || c == ':'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '.' || c == '-')) {
			return false
		}
	}
	return s != ""
}

// containerTagsAsText returns p with raw HTML that the reader would take
// as a Feishu container tag written as text: an opening or closing tag as
// the first inline, a closing tag as the last. Raw HTML cannot stay raw
// there. p itself is returned when it has none.
func (w *writer) containerTagsAsText(p *model.Paragraph) *model.Paragraph {
	n := len(p.Inlines)
	if n == 0 {
		return p
	}
	first, last := -1, -1
	if _, ok := containerTag(p.Inlines[0]); ok {
		first = 0
	}
	if closing, ok := containerTag(p.Inlines[n-1]); ok && closing {
		last = n - 1
	}
	if first < 0 && last < 0 {
		return p
	}
	q := *p
	q.Inlines = slices.Clone(p.Inlines)
	if last == first {
		last = -1
	}
	for _, i := range []int{first, last} {
		if i < 0 {
			continue
		}
		content := p.Inlines[i].(*model.RawInline).Content
		w.warn(diag.Approximated, "raw HTML %q at the edge of a paragraph would read back as a Feishu container tag; written as text", content)
		q.Inlines[i] = &model.Text{Value: content}
	}
	return &q
}

// containerTag reports whether in is raw HTML holding one opening (not
// self-closing) or closing Feishu container tag, and whether it closes.
func containerTag(in model.Inline) (closing, ok bool) {
	r, raw := in.(*model.RawInline)
	if !raw || r.Format != "html" {
		return false, false
	}
	z := html.NewTokenizer(strings.NewReader(strings.Trim(r.Content, " \t\n\r\f")))
	tt := z.Next()
	if tt != html.StartTagToken && tt != html.EndTagToken {
		return false, false
	}
	name, _ := z.TagName()
	if z.Next() != html.ErrorToken {
		return false, false
	}
	return tt == html.EndTagToken, textutil.FeishuContainer(string(name))
}
