package richtext

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// Detect names the format of a file from its name and its first bytes
// (head; a few kilobytes are enough, the whole file is fine): .md and
// .markdown are Markdown, .html and .htm HTML, .txt Markdown (plain text
// reads as Markdown); JSON, whatever the name, is sniffed by its keys as
// OKR (blocks of "type" paragraph or gallery, "block_element_type", or a
// "content" holding them), Docx (blocks with "block_type", "items",
// "first_level_block_ids", a bare array) or the model's own dump. Without a
// telling name, markup that starts like an HTML document or with an HTML
// block element is HTML, and anything else Markdown.
func Detect(name string, head []byte) (Format, error) {
	head = bytes.TrimPrefix(bytes.TrimSpace(head), []byte("\xef\xbb\xbf"))
	ext := strings.ToLower(filepath.Ext(name))
	if strings.HasSuffix(strings.ToLower(name), ".okr.json") {
		return OKR, nil
	}
	if strings.HasSuffix(strings.ToLower(name), ".docx.json") {
		return Docx, nil
	}
	switch ext {
	case ".md", ".markdown", ".mdown", ".mkd", ".txt":
		return Markdown, nil
	case ".html", ".htm", ".xhtml":
		return HTML, nil
	}
	if len(head) > 0 && (head[0] == '{' || head[0] == '[') {
		return sniffJSON(head)
	}
	if ext == ".json" {
		return "", fmt.Errorf("%s is named .json but does not start with { or [", name)
	}
	if looksLikeHTML(head) {
		return HTML, nil
	}
	return Markdown, nil
}

// htmlStart matches the start of an HTML document or fragment: a doctype,
// html/head/body/meta, a comment, or a block element.
var htmlStart = regexp.MustCompile(`(?i)^(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--|<(p|div|h[1-6]|ul|ol|table|article|section|main|header|nav|blockquote|pre|span|a|b|strong|em|br|img|figure)[\s>/])`)

func looksLikeHTML(head []byte) bool {
	return htmlStart.Match(head)
}

// sniffJSON tells OKR, Docx and the model's dump apart by their keys. It
// decodes only the top of the document: a truncated head is fine.
func sniffJSON(head []byte) (Format, error) {
	dec := json.NewDecoder(bytes.NewReader(head))
	tok, err := dec.Token()
	if err != nil {
		return "", fmt.Errorf("the input looks like JSON but is not: %v", err)
	}
	if d, ok := tok.(json.Delim); ok && d == '[' {
		return Docx, nil // a bare array of blocks
	}
	keys := map[string]json.RawMessage{}
	_ = json.Unmarshal(head, &keys) // a truncated head leaves keys empty
	if len(keys) == 0 {
		keys = topKeys(dec, head)
	}
	switch {
	case keys["items"] != nil || keys["first_level_block_ids"] != nil || keys["document"] != nil ||
		keys["descendants"] != nil:
		return Docx, nil
	case keys["content"] != nil:
		return OKR, nil
	case keys["data"] != nil:
		inner, err := sniffJSON(keys["data"])
		if err == nil {
			return inner, nil
		}
		return "", err
	case keys["blocks"] != nil:
		return sniffBlocks(keys["blocks"]), nil
	}
	if bytes.Contains(head, []byte(`"block_type"`)) {
		return Docx, nil
	}
	if bytes.Contains(head, []byte(`"textRun"`)) || bytes.Contains(head, []byte(`"block_element_type"`)) {
		return OKR, nil
	}
	return "", fmt.Errorf("the JSON is neither an OKR content_block, Docx blocks nor a model dump (no blocks, items, content or data)")
}

// topKeys reads the names of the top object's members, with their values,
// from a decoder past the opening brace of head. A value the head cuts short
// is what there is of it.
func topKeys(dec *json.Decoder, head []byte) map[string]json.RawMessage {
	keys := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return keys
		}
		k, _ := tok.(string)
		at := dec.InputOffset()
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			rest := bytes.TrimLeft(head[min(int(at), len(head)):], " \t\r\n:")
			keys[k] = json.RawMessage(rest)
			return keys
		}
		keys[k] = v
	}
	return keys
}

// okrPayload is an OKR block's payload member, which model blocks do not have.
var okrPayload = regexp.MustCompile(`"(paragraph|gallery)"\s*:\s*\{`)

// sniffBlocks tells OKR blocks, Docx blocks and model blocks apart.
func sniffBlocks(raw json.RawMessage) Format {
	var blocks []map[string]json.RawMessage
	if json.Unmarshal(raw, &blocks) != nil || len(blocks) == 0 {
		switch {
		case bytes.Contains(raw, []byte(`"block_type"`)):
			return Docx
		case bytes.Contains(raw, []byte(`"block_element_type"`)), bytes.Contains(raw, []byte(`"textRun"`)),
			okrPayload.Match(raw):
			return OKR
		}
		return JSON
	}
	b := blocks[0]
	switch {
	case b["block_type"] != nil:
		return Docx
	case b["block_element_type"] != nil:
		return OKR
	case b["type"] != nil && (b["paragraph"] != nil || b["gallery"] != nil):
		return OKR
	}
	return JSON
}
