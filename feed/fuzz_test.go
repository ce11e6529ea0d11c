package feed

import (
	"strings"
	"testing"
	"unicode/utf8"

	"soundbite/model"
)

// FuzzHTMLToMarkdown checks the HTML to Markdown path on arbitrary input:
// it never panics, and what it returns is sanitised, valid UTF-8, split into
// non-empty paragraphs without blank lines (outside fenced code), and
// stable when split again. Seeds are in testdata/fuzz/FuzzHTMLToMarkdown.
func FuzzHTMLToMarkdown(f *testing.F) {
	f.Add("<p>One</p><p>Two &amp; three</p>")
	f.Add("<pre><code>a\n\n\nb</code></pre>")
	conv := newMarkdownConverter()
	f.Fuzz(func(t *testing.T, in string) {
		paras := htmlParagraphs(conv, in, "https://fuzz.example.org/a/b")
		fenced := false
		for i, p := range paras {
			if !utf8.ValidString(p) {
				t.Fatalf("paragraph %d is not UTF-8: %q", i, p)
			}
			if model.Sanitize(p) != p {
				t.Fatalf("paragraph %d is not sanitised: %q", i, p)
			}
			if strings.TrimSpace(p) == "" || strings.HasPrefix(p, "\n") || strings.TrimRight(p, " \t\n") != p {
				t.Fatalf("paragraph %d is empty or padded: %q", i, p)
			}
			if strings.Contains(p, "```") || strings.Contains(p, "~~~") {
				fenced = true
				continue
			}
			for _, line := range strings.Split(p, "\n") {
				if strings.TrimSpace(line) == "" {
					t.Fatalf("paragraph %d holds a blank line: %q", i, p)
				}
			}
		}
		if !fenced {
			again := splitParagraphs(strings.Join(paras, model.ParagraphSep))
			if strings.Join(again, "\x00") != strings.Join(paras, "\x00") {
				t.Fatalf("splitting again changed the paragraphs:\n%q\n%q", paras, again)
			}
		}
	})
}
