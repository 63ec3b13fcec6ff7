package main

import (
	"github.com/richtext-go/richtext/diag"
	"github.com/richtext-go/richtext/model"
	"github.com/richtext-go/richtext/okr"
	"github.com/richtext-go/richtext/tookr"
)

// progressBody writes the document as the content of a progress-record
// body: a create body when --target-id names what it is for, an update body
// otherwise.
func progressBody(cfg *config, doc *model.Document, rw []diag.Warning) ([]byte, []diag.Warning, error) {
	content, ww, err := tookr.Content(doc, cfg.okr...)
	warns := append(rw, ww...)
	if err != nil {
		return nil, warns, err
	}
	var rate *okr.ProgressRate
	if cfg.record.percentSet || cfg.record.status != "" {
		rate = &okr.ProgressRate{}
		if cfg.record.percentSet {
			p := cfg.record.percent
			rate.Percent = &p
		}
		if cfg.record.status != "" {
			s := statuses[cfg.record.status]
			rate.Status = &s
		}
	}
	var body interface{ Validate() error }
	if cfg.record.targetID != "" {
		t := okr.TargetKeyResult
		if cfg.record.targetType == "objective" {
			t = okr.TargetObjective
		}
		body = &okr.ProgressRecordCreate{SourceTitle: cfg.record.sourceTitle, SourceURL: cfg.record.sourceURL,
			TargetID: cfg.record.targetID, TargetType: t, Content: content, ProgressRate: rate}
	} else {
		body = &okr.ProgressRecordUpdate{Content: content, ProgressRate: rate}
	}
	if err := body.Validate(); err != nil {
		return nil, warns, err
	}
	out, err := encodeJSON(body)
	return out, warns, err
}
