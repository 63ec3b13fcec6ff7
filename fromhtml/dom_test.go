package fromhtml

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// TestTagNameMatchesTokenizer checks the reader's own tag-name scan and its
// raw-text shortcut against the tokenizer's TagName and Text on every token
// of the HTML corpus, the golden inputs and a list of odd ones.
func TestTagNameMatchesTokenizer(t *testing.T) {
	inputs := [][]byte{
		[]byte("<DIV><P >x</P ><br/><BR /><a\nhref=x>y</A\n><svg:rect/><x-y z></x-y><h1\tclass=a>"),
		[]byte("<x\x00y a=1>t</x\x00y><p/><img src=a/><q\f>"),
		[]byte("<script>if (a<b) x()</script><style>p>q{}</style><textarea></p></textarea>"),
		[]byte("a &amp; b\r\nc\x00d < e </ f <!-- g --> h <3 &lt;i&gt; <plaintext>j &amp;"),
	}
	for _, pat := range []string{"../../shared/corpora/html-to-markdown/plugin/*/testdata/GoldenFiles/*.in.html", "../golden/testdata/*/in.html"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if src, err := os.ReadFile(f); err == nil {
				inputs = append(inputs, src)
			}
		}
	}
	if len(inputs) < 10 {
		t.Fatalf("only %d inputs found", len(inputs))
	}
	tags, texts := 0, 0
	for _, src := range inputs {
		// Two tokenizers in step: TagName consumes the name it returns.
		z, z2 := html.NewTokenizer(bytes.NewReader(src)), html.NewTokenizer(bytes.NewReader(src))
		b := &builder{}
		for {
			tt := z.Next()
			z2.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt == html.TextToken {
				if ours, theirs := string(b.textOf(z)), string(z2.Text()); ours != theirs {
					t.Errorf("text %q, the tokenizer says %q", ours, theirs)
				}
				texts++
				continue
			}
			if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			ours := string(b.tagName(z))
			theirs, _ := z2.TagName()
			if ours != string(theirs) {
				t.Errorf("%q: tag name %q, the tokenizer says %q", z.Raw(), ours, theirs)
			}
			tags++
		}
	}
	if tags < 500 || texts < 500 {
		t.Errorf("only %d tags and %d texts checked", tags, texts)
	}
}
