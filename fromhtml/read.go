// Package fromhtml reads HTML into the document model: semantic HTML as
// pages and Markdown renderers write it, the inline CSS and class rules of
// Google Docs and Word exports, and the data-rt elements that tohtml writes
// for Feishu constructs, so that model → HTML → model is the identity.
//
// Whitespace collapses as a browser renders it (pre keeps it); entities are
// decoded; script, style, template, noscript, comments and hidden elements
// never reach the model; link and image URLs that could run code are left
// out with a warning. Malformed HTML never fails: it reads as the tree a
// browser would mostly build. Subscript and superscript become the
// model's Style.Script, which Markdown writes as <sub>/<sup> and the Feishu
// formats cannot hold (their writers warn).
package fromhtml

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/internal/cssstyle"
	"github.com/richtext-go/richtext/model"
)

// An Option configures Read.
type Option func(*config)

type config struct {
	maxDepth int
	err      error
}

// DefaultMaxDepth is how deeply blocks may nest in the model before deeper
// content is flattened (with a warning).
const DefaultMaxDepth = 64

// WithMaxDepth sets how deeply lists, quotes and other containers may nest
// in the model; deeper content is kept, flattened, with a warning. n must
// be at least 1.
func WithMaxDepth(n int) Option {
	return func(c *config) {
		if n < 1 {
			c.err = fmt.Errorf("fromhtml: WithMaxDepth(%d): the depth must be at least 1", n)
			return
		}
		c.maxDepth = n
	}
}

// Read parses an HTML document or fragment into a normalized document. The
// title element, when there is one, is the document's title.
func Read(src []byte, opts ...Option) (*model.Document, []diag.Warning, error) {
	cfg := config{maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if cfg.err != nil {
		return nil, nil, cfg.err
	}
	r := &reader{cfg: &cfg}
	if !utf8.Valid(src) {
		r.warns.Add(diag.Recovered, "", "the input is not valid UTF-8; the bad bytes are read as U+FFFD")
		src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
	}
	r.d = parse(src)
	if r.d.css.Len() > 0 {
		r.sheet = cssstyle.ParseSheet(r.d.css.String())
	}
	if r.d.manyAttrs {
		r.warns.Add(diag.Dropped, "", "an element has more than %d attributes; the later ones are left out", maxAttrs)
	}
	if r.d.deep {
		r.warns.Add(diag.Approximated, "", "elements nest deeper than %d levels; the deeper ones are read flat", maxDOMDepth)
	}
	f := r.newFlow()
	r.children(f, 0, ctx{})
	doc := &model.Document{Title: r.d.title, Blocks: f.finish()}
	r.warns.Append(model.Fit(doc)...)
	model.Normalize(doc)
	return doc, r.warns.Warnings(), nil
}

type reader struct {
	cfg      *config
	d        *dom
	sheet    cssstyle.Sheet
	warns    diag.List
	saidDeep bool
	// Slabs that runs, soft breaks and paragraphs are allocated from, and
	// the backing array of paragraphs' inline lists.
	texts  []model.Text
	softs  []model.SoftBreak
	paras  []model.Paragraph
	inSlab model.Inlines
	// freeIns are the inline buffers of finished flows.
	freeIns []model.Inlines
}

func (r *reader) warn(code diag.Code, n int32, format string, args ...any) {
	r.warns.Add(code, r.where(n), format, args...)
}

// where names an element for warnings: its tag and position among its
// parent's element children ("body > div[2] > a[1]", counted from 1).
func (r *reader) where(n int32) string {
	var parts []string
	for n > 0 && len(parts) < 8 {
		nd := &r.d.nodes[n]
		// The position among same-named siblings, counted up to a bound so
		// that a warning in a huge flat page stays cheap.
		i, name := 1, r.d.tagName(n)
		for s := r.d.nodes[nd.parent].first; s != none && s != n && i < 10000; s = r.d.nodes[s].next {
			if r.d.nodes[s].typ == elementNode && r.d.nodes[s].tag == nd.tag && r.d.tagName(s) == name {
				i++
			}
		}
		parts = append(parts, fmt.Sprintf("%s[%d]", name, i))
		n = nd.parent
	}
	var b bytes.Buffer
	b.WriteString("html")
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(" > ")
		b.WriteString(parts[i])
	}
	return b.String()
}
