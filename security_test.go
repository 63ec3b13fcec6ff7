package richtext_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/richtext-go/richtext"
	"github.com/richtext-go/richtext/internal/safeurl"
	"golang.org/x/net/html"
)

// Hostile inputs in every format: whatever they hold, tohtml's output has
// no script, no event handler, no dangerous URL, no frame with inline
// content. The output is checked as a browser would read it (parsed, so
// that entities and case do not hide anything).
func TestNothingExecutableReachesHTML(t *testing.T) {
	cases := []struct {
		name   string
		format richtext.Format
		src    string
	}{
		{"html script", richtext.HTML, `<p>a</p><script>alert(1)</script><SCRIPT SRC=//x.js></SCRIPT>`},
		{"html javascript link", richtext.HTML, `<a href="javascript:alert(1)">x</a><a href="JaVaScRiPt:alert(1)">y</a>`},
		{"html entity-encoded javascript", richtext.HTML, `<a href="&#106;avascript:alert(1)">x</a><a href="java&#x09;script:alert(1)">y</a><a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">z</a>`},
		{"html vbscript and data", richtext.HTML, `<a href="vbscript:msgbox(1)">v</a><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="d"><a href="data:text/html,<script>alert(1)</script>">d</a>`},
		{"html event handlers", richtext.HTML, `<p onclick="alert(1)">p</p><img src="x.png" onerror="alert(1)" alt="i"><div onmouseover=alert(1)>d</div><body onload=alert(1)>`},
		{"html svg onload", richtext.HTML, `<svg onload="alert(1)"><script>alert(2)</script></svg><svg><a xlink:href="javascript:alert(3)"><text>t</text></a></svg>`},
		{"html iframe srcdoc", richtext.HTML, `<iframe srcdoc="<script>alert(1)</script>"></iframe><iframe src="javascript:alert(1)"></iframe><iframe src="https://ok.example/"></iframe>`},
		{"html style", richtext.HTML, `<style>body{background:url(javascript:alert(1))}</style><p style="background:url(javascript:alert(1));color:expression(alert(1))">s</p>`},
		{"html nested and broken", richtext.HTML, `<scr<script>ipt>alert(1)</script><a href="jav	ascript:alert(1)">tab</a><<img src=x onerror=alert(1)>><math><mi xlink:href="javascript:alert(1)">m</mi></math><object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">`},
		{"html form and meta", richtext.HTML, `<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form><base href="javascript:alert(1)//">`},
		{"markdown raw html", richtext.Markdown, "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\ntext <b onclick=alert(1)>b</b> <svg onload=alert(1)>\n"},
		{"markdown links", richtext.Markdown, "[a](javascript:alert(1)) [b](<javascript:alert(1)>) ![c](javascript:alert(1)) [d](vbscript:x) [e](data:text/html;base64,PHNjcmlwdD4=)\n\n[ref]: javascript:alert(1)\n\n[f][ref] <javascript:alert(1)>\n"},
		{"markdown feishu tags", richtext.Markdown, `<image url="javascript:alert(1)"/>` + "\n\n" + `<mention-doc url="javascript:alert(1)">x</mention-doc> <iframe url="javascript:alert(1)"/>` + "\n"},
		{"docx link", richtext.Docx, `[{"block_id":"a","block_type":2,"text":{"elements":[{"text_run":{"content":"x","text_element_style":{"link":{"url":"javascript%3Aalert(1)"}}}},{"mention_doc":{"token":"t","obj_type":22,"url":"javascript%3Aalert(2)","title":"d"}}]}},{"block_id":"b","block_type":26,"iframe":{"component":{"iframe_type":1,"url":"javascript%3Aalert(3)"}}}]`},
		{"okr link", richtext.OKR, `{"blocks":[{"type":"paragraph","paragraph":{"elements":[{"type":"textRun","textRun":{"text":"x","style":{"link":{"url":"javascript:alert(1)"}}}},{"type":"docsLink","docsLink":{"url":"javascript:alert(2)","title":"d"}}]}},{"type":"gallery","gallery":{"imageList":[{"src":"javascript:alert(3)"}]}}]}`},
		{"model json", richtext.JSON, `{"blocks":[{"type":"raw","format":"html","content":"<script>alert(1)</script>"},{"type":"paragraph","inlines":[{"type":"raw","format":"html","content":"<img src=x onerror=alert(1)>"},{"type":"text","value":"<script>","style":{"link":"javascript:alert(1)"}}]},{"type":"embed","kind":"iframe","attrs":{"url":"javascript:alert(1)"}},{"type":"image","url":" javascript:alert(1)"}]}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, _, err := richtext.Convert([]byte(c.src), c.format, richtext.HTML)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range unsafeParts(out) {
				t.Errorf("%s in the output:\n%s", p, out)
			}
		})
	}
}

// The check itself finds what it looks for.
func TestUnsafePartsFindsThem(t *testing.T) {
	bad := `<script>x</script><a href="java&#x09;script:x">a</a><img src=x onerror=y><iframe srcdoc=z></iframe><p style="background:url(javascript:x)">p</p>`
	if got := unsafeParts([]byte(bad)); len(got) != 6 {
		t.Errorf("found %d problems, want 6: %v", len(got), got)
	}
}

// unsafeParts lists what could run code in out, read as a browser reads it.
func unsafeParts(out []byte) []string {
	var found []string
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		return []string{err.Error()}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "iframe", "frame", "object", "embed", "svg", "math", "base", "meta", "link", "form", "template":
				found = append(found, "<"+n.Data+">")
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				switch {
				case strings.HasPrefix(k, "on"):
					found = append(found, "event handler "+a.Key)
				case k == "srcdoc" || k == "formaction" || k == "action":
					found = append(found, a.Key)
				case (k == "href" || k == "src" || k == "xlink:href") && !safeurl.Allowed(a.Val):
					found = append(found, a.Key+"="+a.Val)
				case k == "style" && (strings.Contains(strings.ToLower(a.Val), "url(") || strings.Contains(strings.ToLower(a.Val), "expression")):
					found = append(found, "style "+a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}
