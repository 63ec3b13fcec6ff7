package okr

import (
	"errors"
	"fmt"
	"math"
	"regexp"
)

// Progress statuses (progress_rate.status).
const (
	StatusNone    = -1
	StatusNormal  = 0
	StatusRisk    = 1
	StatusOverdue = 2
)

// Target types of a progress record.
const (
	TargetObjective = 2
	TargetKeyResult = 3
)

// MaxPercent bounds progress_rate.percent either way.
const MaxPercent = 99999999999

// ProgressRate is a record's progress: a percent with two decimals and a
// status. Either may be left out.
type ProgressRate struct {
	Percent *float64 `json:"percent,omitempty"`
	Status  *int     `json:"status,omitempty"`
}

// ProgressRecordCreate is the body of POST /okr/v1/progress_records.
type ProgressRecordCreate struct {
	SourceTitle  string        `json:"source_title"`
	SourceURL    string        `json:"source_url"`
	TargetID     string        `json:"target_id"`
	TargetType   int           `json:"target_type"`
	Content      *Content      `json:"content,omitempty"`
	ProgressRate *ProgressRate `json:"progress_rate,omitempty"`
}

// ProgressRecordUpdate is the body of PUT /okr/v1/progress_records/:id.
type ProgressRecordUpdate struct {
	Content      *Content      `json:"content"`
	ProgressRate *ProgressRate `json:"progress_rate,omitempty"`
}

var httpURL = regexp.MustCompile(`^https?://`)

// Validate checks the body against the API's rules and rounds the percent
// to two decimals.
func (b *ProgressRecordCreate) Validate() error {
	var errs []error
	if b.SourceTitle == "" {
		errs = append(errs, errors.New("source_title: required"))
	}
	if !httpURL.MatchString(b.SourceURL) {
		errs = append(errs, fmt.Errorf("source_url: %q does not start with http:// or https://", b.SourceURL))
	}
	if b.TargetID == "" {
		errs = append(errs, errors.New("target_id: required"))
	}
	if b.TargetType != TargetObjective && b.TargetType != TargetKeyResult {
		errs = append(errs, fmt.Errorf("target_type: %d is neither 2 (objective) nor 3 (key result)", b.TargetType))
	}
	if err := b.ProgressRate.validate(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Validate checks the body against the API's rules and rounds the percent
// to two decimals.
func (b *ProgressRecordUpdate) Validate() error {
	if b.Content == nil {
		return errors.New("content: required")
	}
	return b.ProgressRate.validate()
}

func (r *ProgressRate) validate() error {
	if r == nil {
		return nil
	}
	if p := r.Percent; p != nil {
		if math.IsNaN(*p) || math.Abs(*p) > MaxPercent {
			return fmt.Errorf("progress_rate.percent: %g is outside ±%d", *p, int64(MaxPercent))
		}
		*p = Round2(*p)
	}
	if s := r.Status; s != nil && (*s < StatusNone || *s > StatusOverdue) {
		return fmt.Errorf("progress_rate.status: %d is not -1 (none), 0 (normal), 1 (risk) or 2 (overdue)", *s)
	}
	return nil
}

// Round2 rounds to two decimals, as the API keeps percents.
func Round2(v float64) float64 { return math.Round(v*100) / 100 }

// MetricItemUpdate is the body of PATCH
// /okr/v1/metric_sources/:source/tables/:table/items/:item (seed 004).
type MetricItemUpdate struct {
	MetricInitialValue *float64 `json:"metric_initial_value,omitempty"`
	MetricTargetValue  *float64 `json:"metric_target_value,omitempty"`
	MetricCurrentValue *float64 `json:"metric_current_value,omitempty"`
	SupportedUserID    string   `json:"supported_user_id,omitempty"`
}

// ErrStartEqualsTarget is the API's error 1001006: a metric whose initial
// value equals its target value has no progress to measure.
var ErrStartEqualsTarget = errors.New("okr: the metric's initial value equals its target value (API error 1001006)")

// Validate rejects what the API would: an initial value equal to the
// target value, when the body sets both.
func (m *MetricItemUpdate) Validate() error {
	if m.MetricInitialValue != nil && m.MetricTargetValue != nil && *m.MetricInitialValue == *m.MetricTargetValue {
		return ErrStartEqualsTarget
	}
	return nil
}

// MetricPercent returns the progress of a metric from its initial, current
// and target values, in percent with two decimals: 0 at the initial value,
// 100 at the target, beyond either end when the current value is. A target
// below the initial value measures a decrease.
func MetricPercent(initial, current, target float64) (float64, error) {
	if initial == target {
		return 0, ErrStartEqualsTarget
	}
	for _, v := range []float64{initial, current, target} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, fmt.Errorf("okr: metric value %g is not a number", v)
		}
	}
	return Round2((current - initial) / (target - initial) * 100), nil
}
