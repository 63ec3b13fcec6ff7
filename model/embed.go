package model

// The embed kinds are the tag names of Feishu's Markdown dialect for blocks
// that only Feishu renders; the Docx reader and writer map each to its block
// type. A kind is kebab-case.
var embedKinds = [...]string{
	"file", "iframe", "sheet", "bitable", "chat-card", "diagram", "mindnote", "whiteboard",
	"task", "okr", "objective", "kr", "okr-progress", "add-ons", "isv", "jira-issue",
	"wiki-catalog", "link-preview", "source-synced", "reference-synced", "sub-page-list",
	"ai-template", "agenda", "agenda-item", "agenda-title", "agenda-content", "view",
}

// EmbedKinds returns the known embed kinds.
func EmbedKinds() []string { return append([]string(nil), embedKinds[:]...) }

// IsEmbedKind reports whether kind is a known embed kind.
func IsEmbedKind(kind string) bool {
	for _, k := range embedKinds {
		if k == kind {
			return true
		}
	}
	return false
}
