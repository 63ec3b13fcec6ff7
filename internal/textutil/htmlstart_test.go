package textutil

import "testing"

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
		"<![CDATA[x":      true, // 5
		"<span>a</span>":  false,
		"< div>":          false,
		"x <div>":         false,
		"<1>":             false,
	}
	for in, want := range cases {
		if got := StartsHTMLBlock(in); got != want {
			t.Errorf("StartsHTMLBlock(%q) = %v, want %v", in, got, want)
		}
	}
}
