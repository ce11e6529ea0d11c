package feed

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"soundbite/model"
)

// entitySequences are terminal escape sequences spelled as HTML character
// references, which decode to the real thing only once the HTML is parsed.
// leftovers are what each would leave on screen if only its introducer were
// removed; keep is text inside it that must survive. An unterminated
// control string swallows the rest of its text node, as it would the rest
// of the screen, but nothing past it.
var entitySequences = []struct {
	name, seq string
	leftovers []string
	keep      string
	swallows  bool
}{
	{"CSI hex", "&#x1b;[2J", []string{"[2J"}, "", false},
	{"CSI decimal SGR", "&#27;[1m", []string{"[1m"}, "", false},
	{"OSC 0 BEL", "&#x1b;]0;pwned&#7;", []string{"]0;", "pwned"}, "", false},
	{"OSC 2 ST", "&#x1b;]2;pwned&#x1b;\\", []string{"]2;", "pwned"}, "", false},
	{"OSC 8 link", "&#x1b;]8;;http://evil.example/&#x1b;\\link&#x1b;]8;;&#x1b;\\", []string{"]8;", "evil.example"}, "link", false},
	{"OSC 52 clipboard", "&#27;]52;c;ZXZpbA==&#7;", []string{"]52;", "ZXZpbA"}, "", false},
	{"OSC unterminated", "&#x1b;]2;pwned", []string{"]2;", "pwned"}, "", true},
	{"DCS", "&#x1b;P+q544e&#x1b;\\", []string{"P+q", "544e"}, "", false},
	{"APC graphics", "&#x1b;_Gf=100;AAAA&#x1b;\\", []string{"_Gf=", "AAAA"}, "", false},
	// HTML maps references to 0x80-0x9F onto Windows-1252 ("&#155;" is
	// "›", "&#x85;" is "…"), so these must not decode to C1 controls; what
	// they decode to is text and stays.
	{"C1 CSI decimal", "&#155;2J", nil, "", false},
	{"C1 CSI hex", "&#x9b;2J", nil, "", false},
	{"C1 NEL", "&#x85;", nil, "", false},
	{"bidi override", "&#x202e;", nil, "", false},
}

// seqItem is a feed item with seq placed in every text field and, in the
// body, inside text, inside an inline element, in an attribute and before
// a paragraph it must not swallow.
type seqItem struct {
	title, author, category, enclosureTitle, bodyHTML string
}

func newSeqItem(seq string) seqItem {
	return seqItem{
		title:          "Quay " + seq + "reopens",
		author:         "Nell " + seq + "Brackwater",
		category:       "Local" + seq,
		enclosureTitle: "Episode " + seq + "one",
		bodyHTML: "<p>The quay reopened" + seq + " after repairs.</p>" +
			"<p>Harbour master <b>" + seq + "Marrow</b> spoke.</p>" +
			`<p>The <a href="http://quay.example/` + seq + `">eastern quay</a> stays shut.</p>` +
			"<p>" + seq + "The crews rest.</p>" +
			"<p>Tobin Skerry chairs the committee.</p>",
	}
}

func xmlText(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (it seqItem) rss() string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Wendle Gazette</title><link>http://wendle.example/</link>
<item><title>` + xmlText(it.title) + `</title><link>http://wendle.example/quay</link><guid>quay-1</guid>
<dc:creator>` + xmlText(it.author) + `</dc:creator><category>` + xmlText(it.category) + `</category>
<enclosure url="http://wendle.example/quay.mp3" type="audio/mpeg" length="1"/>
<media:title>` + xmlText(it.enclosureTitle) + `</media:title>
<content:encoded><![CDATA[` + it.bodyHTML + `]]></content:encoded></item>
</channel></rss>`
}

func (it seqItem) atom() string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wendle Gazette</title><id>urn:wendle</id>
<entry><title type="html">` + xmlText(it.title) + `</title><id>urn:quay-1</id>
<link href="http://wendle.example/quay"/>
<link rel="enclosure" href="http://wendle.example/quay.mp3" type="audio/mpeg" title="` + xmlText(it.enclosureTitle) + `"/>
<author><name>` + xmlText(it.author) + `</name></author><category term="` + xmlText(it.category) + `"/>
<content type="html">` + xmlText(it.bodyHTML) + `</content></entry></feed>`
}

func (it seqItem) jsonFeed(t *testing.T) string {
	t.Helper()
	doc := map[string]any{
		"version": "https://jsonfeed.org/version/1.1",
		"title":   "Wendle Gazette",
		"items": []any{map[string]any{
			"id":           "quay-1",
			"url":          "http://wendle.example/quay",
			"title":        it.title,
			"authors":      []any{map[string]any{"name": it.author}},
			"tags":         []any{it.category},
			"content_html": it.bodyHTML,
			"attachments": []any{map[string]any{
				"url": "http://wendle.example/quay.mp3", "mime_type": "audio/mpeg", "title": it.enclosureTitle,
			}},
		}},
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// terminalControl returns the first thing in s a terminal could act on: a
// C0 control other than tab and newline, DEL, a C1 control or a bidi
// control. It is written apart from model.Sanitize so as not to share its
// mistakes.
func terminalControl(s string) (rune, bool) {
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c {
			return r, true
		}
	}
	return 0, false
}

func TestFetchEntityEncodedEscapes(t *testing.T) {
	for _, seq := range entitySequences {
		it := newSeqItem(seq.seq)
		docs := map[string]string{"RSS": it.rss(), "Atom": it.atom(), "JSON Feed": it.jsonFeed(t)}
		for format, doc := range docs {
			t.Run(seq.name+" in "+format, func(t *testing.T) {
				srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Write([]byte(doc))
				}))
				res := newTestFetcher(t, Options{}).Fetch(context.Background(), model.Feed{URL: srv.URL})
				if res.Err != nil {
					t.Fatal(res.Err)
				}
				if len(res.Articles) != 1 {
					t.Fatalf("got %d articles", len(res.Articles))
				}
				a := res.Articles[0]
				checkClean(t, a)
				fields := map[string]string{"title": a.Title, "author": a.Author, "category": a.Category}
				for i, p := range a.Body {
					fields[fmt.Sprintf("paragraph %d", i)] = p
				}
				for name, s := range fields {
					if r, ok := terminalControl(s); ok {
						t.Errorf("%s holds the control %U: %q", name, r, s)
					}
					for _, l := range append([]string{"&#", "\\\\"}, seq.leftovers...) {
						if strings.Contains(s, l) {
							t.Errorf("%s holds %q, left from the sequence: %q", name, l, s)
						}
					}
				}
				// Words before a sequence, and in nodes after its own,
				// always survive; words after it in its node survive when
				// it ends.
				want := map[string][]string{
					"title":    {"Quay"},
					"author":   {"Nell"},
					"category": {"Local"},
					"body": {"reopened", "Harbour master", "[eastern quay](http://quay.example/", "stays shut.",
						"Tobin Skerry chairs the committee.", "Attachment: [Episode"},
				}
				if !seq.swallows {
					want["title"] = append(want["title"], "reopens", seq.keep)
					want["author"] = append(want["author"], "Brackwater", seq.keep)
					want["body"] = append(want["body"], " after repairs.", "Harbour master **", "Marrow** spoke.",
						"The crews rest.", "one](http://wendle.example/quay.mp3)")
				}
				fields["body"] = a.Text()
				for name, words := range want {
					for _, w := range words {
						if !strings.Contains(fields[name], w) {
							t.Errorf("%s lost %q:\n%s", name, w, fields[name])
						}
					}
				}
			})
		}
	}
}

// TestPageEntityEncodedEscapes checks that a web page's character
// references are decoded before its text is sanitised, as a feed's are.
func TestPageEntityEncodedEscapes(t *testing.T) {
	for _, seq := range entitySequences {
		t.Run(seq.name, func(t *testing.T) {
			page := "<html><head><title>Quay " + seq.seq + "reopens</title></head><body><article>" +
				strings.Repeat("<p>The north quay at Port Wendle reopened"+seq.seq+" on Monday after a long week of repairs to its wall.</p>", 8) +
				"</article></body></html>"
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Write([]byte(page))
			}))
			a, err := newTestFetcher(t, Options{}).Page(context.Background(), srv.URL+"/quay")
			if err != nil {
				t.Fatal(err)
			}
			checkClean(t, a)
			for name, s := range map[string]string{"title": a.Title, "body": a.Text()} {
				if r, ok := terminalControl(s); ok {
					t.Errorf("%s holds the control %U: %q", name, r, s)
				}
				for _, l := range seq.leftovers {
					if strings.Contains(s, l) {
						t.Errorf("%s holds %q, left from the sequence: %q", name, l, s)
					}
				}
			}
			if !strings.Contains(a.Title, "Quay") || len(a.Body) != 8 || !strings.Contains(a.Body[7], "The north quay") {
				t.Errorf("text lost: %q, %q", a.Title, a.Body)
			}
			if !seq.swallows && (!strings.Contains(a.Title, "reopens") || !strings.Contains(a.Body[7], " on Monday after")) {
				t.Errorf("text after the sequence lost: %q, %q", a.Title, a.Body)
			}
		})
	}
}
