package textutil

// FeishuContainer reports whether name (lower case) is a Feishu block tag
// that holds blocks: a callout, a quote container, a grid and its columns,
// a table and its rows and cells, an embed with content. The Markdown
// reader takes such a tag at the edge of a paragraph as opening or closing
// its container, so the writer must not leave raw HTML of that form there.
func FeishuContainer(name string) bool {
	switch name {
	case "callout", "quote-container", "grid", "column", "lark-table", "lark-tr", "lark-td", "lark-th":
		return true
	}
	return FeishuEmbedWithContent(name)
}

// FeishuEmbedWithContent reports whether the embed tag name may hold blocks.
func FeishuEmbedWithContent(name string) bool {
	switch name {
	case "source-synced", "reference-synced", "agenda", "agenda-item", "agenda-title", "agenda-content",
		"okr", "objective", "task", "add-ons":
		return true
	}
	return false
}
