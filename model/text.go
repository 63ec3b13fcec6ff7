package model

import "strings"

// PlainText returns the characters of inlines as plain text: breaks become
// newlines, soft breaks spaces, mentions their title (or "@" and the user id),
// math its TeX, images their alt text.
func PlainText(is Inlines) string {
	var b strings.Builder
	AppendPlainText(&b, is)
	return b.String()
}

// AppendPlainText writes PlainText(is) to b.
func AppendPlainText(b *strings.Builder, is Inlines) {
	for _, in := range is {
		switch in := in.(type) {
		case *Text:
			b.WriteString(in.Value)
		case *Break:
			b.WriteByte('\n')
		case *SoftBreak:
			b.WriteByte(' ')
		case *Mention:
			b.WriteString(MentionLabel(in))
		case *Math:
			b.WriteString(in.TeX)
		case *InlineImage:
			b.WriteString(in.Alt)
		case *InlineFile:
			b.WriteString(in.Name)
		case *RawInline:
			if in.Format == "text" {
				b.WriteString(in.Content)
			}
		}
	}
}

// MentionLabel is how a mention reads as text: a document's title (or URL, or
// token), a user's "@" and id.
func MentionLabel(m *Mention) string {
	if m.Kind == MentionUser {
		if m.Title != "" {
			return "@" + m.Title
		}
		return "@" + m.UserID
	}
	switch {
	case m.Title != "":
		return m.Title
	case m.URL != "":
		return m.URL
	}
	return m.Token
}

// CodeText returns the text of a code block. A document mention in code
// stands for the URL someone typed there (Feishu turns pasted document links
// into mentions even in code), so it gives its URL rather than its title.
func CodeText(c *CodeBlock) string {
	if len(c.Inlines) == 1 {
		if t, ok := c.Inlines[0].(*Text); ok {
			return t.Value
		}
	}
	var b strings.Builder
	for _, in := range c.Inlines {
		if m, ok := in.(*Mention); ok && m.Kind != MentionUser && m.URL != "" {
			b.WriteString(m.URL)
			continue
		}
		b.WriteString(PlainText(Inlines{in}))
	}
	return b.String()
}

// NewCode returns a code block holding text as one plain run.
func NewCode(language, text string) *CodeBlock {
	c := &CodeBlock{Language: language}
	if text != "" {
		c.Inlines = Inlines{&Text{Value: text}}
	}
	return c
}
