// Package cssstyle reads the inline CSS of style attributes as pasted web
// pages, Google Docs and Word write it, for the Markdown and HTML readers.
package cssstyle

import (
	"strconv"
	"strings"

	"github.com/richtext-go/richtext/color"
	"github.com/richtext-go/richtext/model"
)

// A Decl is one declaration of a style attribute, with the property in lower
// case and the value trimmed of spaces and "!important".
type Decl struct {
	Prop, Value string
}

// Parse splits a style attribute into declarations. It tolerates stray
// semicolons, missing values and comments.
func Parse(s string) []Decl {
	var out []Decl
	for len(s) > 0 {
		var part string
		part, s = cutOutsideParens(s)
		prop, value, ok := strings.Cut(part, ":")
		if !ok {
			continue
		}
		prop = strings.ToLower(strings.TrimSpace(stripComments(prop)))
		value = strings.TrimSpace(stripComments(value))
		if v, ok := strings.CutSuffix(strings.ToLower(value), "!important"); ok {
			value = strings.TrimSpace(value[:len(v)])
		}
		if prop != "" {
			out = append(out, Decl{prop, value})
		}
	}
	return out
}

// cutOutsideParens returns the text before the first ';' that is not inside
// parentheses (rgb(1;2) is not split), and the rest after it.
func cutOutsideParens(s string) (string, string) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ';':
			if depth == 0 {
				return s[:i], s[i+1:]
			}
		}
	}
	return s, ""
}

func stripComments(s string) string {
	for {
		i := strings.Index(s, "/*")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i+2:], "*/")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+2+j+2:]
	}
}

// A Text is what inline CSS says about the formatting of a run. Each
// property that a declaration set has its Set flag, so that "font-weight:
// normal" can undo an enclosing bold.
type Text struct {
	Bold, BoldSet           bool
	Italic, ItalicSet       bool
	Underline, UnderlineSet bool
	Strike, StrikeSet       bool
	Script                  model.Script
	ScriptSet               bool
	Color                   color.RGBA
	ColorSet                bool
	Background              color.RGBA
	BackgroundSet           bool
	Code                    bool // a monospace font family
	Hidden                  bool // display:none or visibility:hidden
	Unknown                 []string
}

// TextStyle reads the run formatting of decls. Properties that are not about
// run formatting are listed in Unknown.
func TextStyle(decls []Decl) Text {
	var t Text
	for _, d := range decls {
		v := strings.ToLower(d.Value)
		switch d.Prop {
		case "font-weight":
			t.BoldSet = true
			t.Bold = IsBold(v)
		case "font-style":
			t.ItalicSet = true
			t.Italic = v == "italic" || strings.HasPrefix(v, "oblique")
		case "text-decoration", "text-decoration-line":
			for _, w := range strings.Fields(v) {
				switch w {
				case "underline":
					t.Underline, t.UnderlineSet = true, true
				case "line-through":
					t.Strike, t.StrikeSet = true, true
				case "none":
					t.Underline, t.UnderlineSet = false, true
					t.Strike, t.StrikeSet = false, true
				}
			}
		case "vertical-align":
			switch v {
			case "sub":
				t.Script, t.ScriptSet = model.Subscript, true
			case "super":
				t.Script, t.ScriptSet = model.Superscript, true
			case "baseline":
				t.Script, t.ScriptSet = model.Baseline, true
			default:
				t.Unknown = append(t.Unknown, d.Prop)
			}
		case "color":
			if c, err := color.Parse(d.Value); err == nil {
				t.Color, t.ColorSet = c, true
			} else {
				t.Unknown = append(t.Unknown, d.Prop)
			}
		case "background-color", "background", "mso-highlight":
			if c, err := color.Parse(d.Value); err == nil {
				t.Background, t.BackgroundSet = c, true
			} else {
				t.Unknown = append(t.Unknown, d.Prop)
			}
		case "font-family":
			if strings.Contains(v, "mono") || strings.Contains(v, "courier") || strings.Contains(v, "consolas") ||
				strings.Contains(v, "menlo") {
				t.Code = true
			}
		case "display":
			if v == "none" {
				t.Hidden = true
			}
		case "visibility":
			if v == "hidden" || v == "collapse" {
				t.Hidden = true
			}
		default:
			t.Unknown = append(t.Unknown, d.Prop)
		}
	}
	return t
}

// IsBold reports whether a font-weight value is bold: "bold", "bolder" or a
// number of 600 or more.
func IsBold(v string) bool {
	switch v {
	case "bold", "bolder":
		return true
	}
	n, err := strconv.Atoi(v)
	return err == nil && n >= 600
}

// Length reads a CSS length in px, pt, em or rem as pixels (16px per em, 96
// px per 72 pt); false when it is not one.
func Length(v string) (float64, bool) {
	v = strings.TrimSpace(strings.ToLower(v))
	unit := 1.0
	for _, u := range []struct {
		suffix string
		scale  float64
	}{{"px", 1}, {"pt", 96.0 / 72}, {"rem", 16}, {"em", 16}, {"in", 96}, {"cm", 96 / 2.54}} {
		if s, ok := strings.CutSuffix(v, u.suffix); ok {
			v, unit = s, u.scale
			break
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil {
		return 0, false
	}
	return f * unit, true
}

// Value returns the value of the last declaration of prop.
func Value(decls []Decl, prop string) (string, bool) {
	for i := len(decls) - 1; i >= 0; i-- {
		if decls[i].Prop == prop {
			return decls[i].Value, true
		}
	}
	return "", false
}

// A Sheet holds the rules of a style sheet that inline formatting depends
// on: those whose selectors are a single class (".c1") or an element and a
// class ("span.c1"), which is how Google Docs and Word exports style their
// text.
type Sheet map[string][]Decl

// ParseSheet reads the class rules of a style sheet. Other rules, at-rules
// and comments are skipped; a malformed sheet yields what could be read.
func ParseSheet(css string) Sheet {
	css = stripComments(css)
	s := Sheet{}
	for len(css) > 0 {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			break
		}
		sel := strings.TrimSpace(css[:open])
		// The block runs to its matching brace (at-rules nest).
		depth, end := 0, len(css)
		for i := open; i < len(css); i++ {
			if css[i] == '{' {
				depth++
			} else if css[i] == '}' {
				depth--
				if depth == 0 {
					end = i
					break
				}
			}
		}
		body := css[open+1 : min(end, len(css))]
		if end < len(css) {
			css = css[end+1:]
		} else {
			css = ""
		}
		if strings.HasPrefix(sel, "@") {
			continue
		}
		decls := Parse(body)
		for _, one := range strings.Split(sel, ",") {
			one = strings.TrimSpace(one)
			dot := strings.IndexByte(one, '.')
			if dot < 0 || strings.ContainsAny(one, " >+~:[#") || strings.Count(one, ".") != 1 {
				continue
			}
			key := strings.ToLower(one[:dot]) + "." + one[dot+1:]
			s[key] = append(s[key], decls...)
		}
	}
	return s
}

// Decls returns the declarations that apply to an element of tag with the
// class attribute classes, in the sheet's order of specificity: class rules,
// then element-and-class rules.
func (s Sheet) Decls(tag, classes string) []Decl {
	if len(s) == 0 || classes == "" {
		return nil
	}
	var out []Decl
	for _, c := range strings.Fields(classes) {
		out = append(out, s["."+c]...)
	}
	for _, c := range strings.Fields(classes) {
		out = append(out, s[tag+"."+c]...)
	}
	return out
}
