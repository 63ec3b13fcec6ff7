package textutil

import (
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

func TestStartsHTMLBlock(t *testing.T) {
	cases := map[string]bool{
		"<foo>":           true, // condition 7: a lone tag
		"</lark-tr>  ":    true,
		"<foo> bar":       false, // a tag followed by text stays inline
		"<div>x":          true,  // condition 6
		"</P>":            true,
		"<pre":            true, // condition 1
		"<script>alert()": true,
		"<!-- c":          true, // 2
		"<?php":           true, // 3
		"<!DOCTYPE html>": true, // 4
		"<!a000":          false,
		"</summArY>":      true,
		"<![CDATA[x":      true, // 5
		"<span>a</span>":  false,
		"< div>":          false,
		"x <div>":         false,
		"<1>":             false,
		// Condition 7 needs a well-formed tag.
		"<A 0>":                     false,
		`<a href="x">`:              true,
		`<a b='c' d=e f>`:           true,
		`<a b="c>`:                  false,
		"<a/>":                      true,
		"<a  />":                    true,
		"</a b>":                    false,
		"<a b=>":                    false,
		`<a b="x"c>`:                false,
		`<a _b:c.d-e = "f" >`:       true,
		"<a b=`c`>":                 false,
		"<x-y>":                     true,
		"<a\tb>":                    true,
		"<a b='c\"'>":               true,
		"<a b=c=d>":                 false,
		"<mention-doc token=\"x\">": true,
	}
	md := goldmark.New()
	for in, want := range cases {
		if got := StartsHTMLBlock(in); got != want {
			t.Errorf("StartsHTMLBlock(%q) = %v, want %v", in, got, want)
		}
		// Inside a paragraph, only conditions 1–6 end it.
		src2 := []byte("text\n" + in + "\n")
		doc2 := md.Parser().Parse(text.NewReader(src2))
		_, second := doc2.FirstChild().NextSibling().(*ast.HTMLBlock)
		if second != InterruptsParagraph(in) {
			t.Errorf("goldmark ends a paragraph at %q: %v, InterruptsParagraph says %v", in, second, !second)
		}
		// The reader the answer is about agrees.
		src := []byte(in + "\n")
		doc := md.Parser().Parse(text.NewReader(src))
		_, isHTML := doc.FirstChild().(*ast.HTMLBlock)
		if isHTML != want {
			t.Errorf("goldmark reads %q as an HTML block: %v, the table says %v", in, isHTML, want)
		}
	}
}

func TestHTMLBlockEnds(t *testing.T) {
	cases := map[string]bool{
		"<!A":                   false,
		"<!A00000>":             true,
		"<!DOCTYPE\nhtml>":      true,
		"<!-- c":                false,
		"<!-- c -->":            true,
		"<!-- a\n\nb -->":       true,
		"<!-->":                 true,
		"<?php":                 false,
		"<?php ?>":              true,
		"<![CDATA[x":            false,
		"<![CDATA[x]]>":         true,
		"<script>a":             false,
		"<script>a</SCRIPT>":    true,
		"<pre>\n\nx\n</pre>":    true,
		"<textarea":             false,
		"<style>":               false,
		"<div>x":                true, // condition 6 ends at a blank line
		"<foo>":                 true,
		"<presto>":              true, // not <pre>
		"  <!-- indented":       false,
		"<!--x-->\n<!-- second": false, // the first line ends one; the second opens another
		"<!--x-->\n<div>":       true,
	}
	md := goldmark.New()
	for in, want := range cases {
		if got := HTMLBlockEnds(in); got != want {
			t.Errorf("HTMLBlockEnds(%q) = %v, want %v", in, got, want)
		}
		// goldmark agrees: a paragraph after a blank line is its own block
		// exactly when the HTML block ended.
		src := []byte(in + "\n\npara\n")
		doc := md.Parser().Parse(text.NewReader(src))
		_, own := doc.LastChild().(*ast.Paragraph)
		if own != want {
			t.Errorf("goldmark: after %q a paragraph is its own block: %v, want %v", in, own, want)
		}
	}
}
