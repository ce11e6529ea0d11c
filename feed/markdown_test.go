package feed

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"soundbite/model"
)

func TestHTMLParagraphs(t *testing.T) {
	conv := newMarkdownConverter()
	tests := []struct {
		name, html string
		want       []string
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", []string{"One.", "Two."}},
		{"entities and emphasis", "<p>Fish &amp; chips, <em>hot</em>.</p>", []string{"Fish & chips, *hot*."}},
		{"relative link", `<p><a href="/x">here</a></p>`, []string{"[here](https://base.example.org/x)"}},
		{"script and iframe dropped", `<p>Kept</p><script>var x</script><iframe src="https://ads.example"></iframe>`, []string{"Kept"}},
		{"heading and list", "<h2>Title</h2><ul><li>a</li><li>b</li></ul>", []string{"## Title", "- a\n- b"}},
		{"code block with blank line stays whole", "<pre><code>line one\n\nline three</code></pre><p>after</p>",
			[]string{"```\nline one\n\nline three\n```", "after"}},
		{"escape sequences removed", "<p>red\x1b[31m text\x1b]8;;https://evil.example\x07link</p>", []string{"red textlink"}},
		{"entity-encoded escapes removed whole",
			`<p>a&#x1b;[2Jb&#x1b;_Gf=100;AAAA&#x1b;\c &#27;]52;c;ZXZpbA==&#7;d <b>&#x1b;[1mbold</b></p><p>&#x1b;]2;unterminated</p><p>next</p>`,
			[]string{"abc d **bold**", "next"}},
		{"entity-encoded escape with a raw terminator", "<p>a&#x1b;]0;title\x07b</p>", []string{"ab"}},
		{"escape in an attribute", `<p><a href="/x&#x1b;]8;;y&#7;">here</a></p>`, []string{"[here](https://base.example.org/x)"}},
		{"empty", "  ", nil},
		{"only markup", "<div><br></div>", nil},
		{"too deep for the parser", strings.Repeat("<div>", 600) + "deep words" + strings.Repeat("</div>", 600), []string{"deep words"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := htmlParagraphs(conv, tt.html, "https://base.example.org/page")
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTextParagraphs(t *testing.T) {
	conv := newMarkdownConverter()
	got := textParagraphs(conv, "First line\nsecond line\n\n\n  Second *para* <b>not bold</b>  \r\n\r\nThird & last")
	want := []string{"First line  \nsecond line", `Second \*para* &lt;b&gt;not bold&lt;/b&gt;`, "Third & last"}
	if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		md   string
		want []string
	}{
		{"a\n\nb", []string{"a", "b"}},
		{"\n\n  \n a \n\t\n\nb  \n", []string{" a", "b"}},
		{"~~~\nx\n\n~~~\n\ny", []string{"~~~\nx\n\n~~~", "y"}},
		{"````\n```\n\n````\nz", []string{"````\n```\n\n````\nz"}},
		{"```unclosed\n\nstill code", []string{"```unclosed\n\nstill code"}},
		{"``inline`` code\n\nnext", []string{"``inline`` code", "next"}},
	}
	for _, tt := range tests {
		if got := splitParagraphs(tt.md); fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
			t.Errorf("splitParagraphs(%q) = %q, want %q", tt.md, got, tt.want)
		}
	}
}

func TestLineText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain title", "Plain title"},
		{"  spaced \n\t out ", "spaced out"},
		{"Bright &#x0024;4300 3bd 1930ft<sup>2</sup>", "Bright $4300 3bd 1930ft2"},
		{"AT&T rises", "AT&T rises"},
		{"x < y and y > z", "x < y and y > z"},
		{"<script>alert(1)</script>Safe", "Safe"},
		{"Bell\x07 and \u202eoverride", "Bell and override"},
		{"Quay &#x1b;]0;pwned&#7;reopens &#x1b;[2J", "Quay reopens"},
		{"Quay &#x1b;]0;pwned\x07reopens", "Quay reopens"},
		{"Quay &amp;#x1b;[2J", "Quay &#x1b;[2J"},
		{strings.Repeat("word ", 200), strings.TrimSpace(strings.Repeat("word ", 60)) + "…"},
	}
	for _, tt := range tests {
		if got := lineText(tt.in); got != tt.want {
			t.Errorf("lineText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"one two three four", 10, "one two…"},
		{"ééééééééééé", 5, "ééééé…"},
	}
	for _, tt := range tests {
		got := truncate(tt.in, tt.n)
		if got != tt.want || !utf8.ValidString(got) {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestHasTags(t *testing.T) {
	for s, want := range map[string]bool{
		"plain":              false,
		"a < b":              false,
		"a <3 b":             false,
		"<p>x</p>":           true,
		"x <br/> y":          true,
		"<!-- c -->":         true,
		"1 < 2 < <em>3</em>": true,
		"trailing <":         false,
	} {
		if got := hasTags(s); got != want {
			t.Errorf("hasTags(%q) = %v", s, got)
		}
	}
}

func TestXMLDeclEncoding(t *testing.T) {
	tests := map[string]string{
		`<?xml version="1.0" encoding="ISO-8859-1"?><rss/>`:    "ISO-8859-1",
		"\n  <?xml version='1.0' encoding = 'koi8-r' ?><rss/>": "koi8-r",
		`<?xml version="1.0"?><rss/>`:                          "",
		`<rss encoding="x"/>`:                                  "",
		`<?xml version="1.0" encoding="utf-8"`:                 "",
	}
	for in, want := range tests {
		if got := xmlDeclEncoding([]byte(in)); got != want {
			t.Errorf("xmlDeclEncoding(%q) = %q, want %q", in, got, want)
		}
	}
	if got := string(toUTF8([]byte("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><t>\xe9</t>"), "")); got != `<?xml version="1.0" encoding="UTF-8"?><t>é</t>` {
		t.Errorf("declaration not rewritten: %q", got)
	}
}

func TestTitleFromBody(t *testing.T) {
	body := []string{"**Breaking:** the [mayor](https://x.example) resigns after a long and difficult year in the office of the town hall"}
	got := titleFromBody(body)
	if !strings.HasPrefix(got, "Breaking: the mayor resigns") || !strings.HasSuffix(got, "…") || utf8.RuneCountInString(got) > 81 {
		t.Errorf("titleFromBody = %q", got)
	}
	if model.SanitizeLine(got) != got {
		t.Errorf("title not a clean line: %q", got)
	}
}
