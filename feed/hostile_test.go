package feed

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"soundbite/model"
)

// fetchString serves body as a feed and fetches it.
func fetchString(t *testing.T, body string) Result {
	t.Helper()
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.Write([]byte(body))
	}))
	return newTestFetcher(t, Options{}).Fetch(context.Background(), model.Feed{URL: srv.URL})
}

func TestFetchBillionLaughs(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>` + "\n" + `<!DOCTYPE rss [` + "\n" + `<!ENTITY lol "lol">` + "\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, `<!ENTITY lol%d "%s">`+"\n", i, strings.Repeat(fmt.Sprintf("&lol%d;", i-1), 10))
	}
	b.WriteString(`]>` + "\n" + `<rss version="2.0"><channel><title>&lol9;</title><item><title>Laughs &lol9;</title><guid>1</guid><description>&lol9;</description></item></channel></rss>`)
	b2 := strings.Replace(b.String(), "&lol0;", "&lol;", -1)

	res := fetchString(t, b2)
	// Go's XML decoder never expands internal entities, so the document
	// either fails or parses with the references left unexpanded; what
	// matters is that nothing grows.
	if res.Err != nil {
		t.Logf("refused: %v", res.Err)
		return
	}
	if len(res.Articles) != 1 || !strings.HasPrefix(res.Articles[0].Title, "Laughs") {
		t.Fatalf("articles = %+v", res.Articles)
	}
	t.Logf("parsed, title %q", res.Articles[0].Title)
	for _, a := range res.Articles {
		if n := len(a.Title) + len(a.Text()); n > 1000 {
			t.Errorf("article grew to %d bytes: entities were expanded", n)
		}
	}
}

func TestFetchDeepNesting(t *testing.T) {
	const depth = 100_000
	open, close := strings.Repeat("<x>", depth), strings.Repeat("</x>", depth)
	tests := map[string]string{
		"in the channel": `<rss version="2.0"><channel><title>Deep</title>` + open + close +
			`<item><title>Survivor</title><guid>1</guid></item></channel></rss>`,
		"in an item": `<rss version="2.0"><channel><title>Deep</title><item><title>Survivor</title><guid>1</guid>` +
			open + close + `</item></channel></rss>`,
		"escaped HTML in a description": `<rss version="2.0"><channel><title>Deep</title><item><title>Survivor</title><guid>1</guid><description>` +
			strings.Repeat("&lt;div&gt;", depth) + "words at the bottom" + strings.Repeat("&lt;/div&gt;", depth) +
			`</description></item></channel></rss>`,
		"XHTML in Atom content": `<feed xmlns="http://www.w3.org/2005/Atom"><title>Deep</title><entry><title>Survivor</title><id>1</id>` +
			`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` + strings.Repeat("<div>", depth) + "words" +
			strings.Repeat("</div>", depth) + `</div></content></entry></feed>`,
		"unclosed": `<rss version="2.0"><channel><title>Deep</title>` + open,
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			res := fetchString(t, body)
			if res.Err != nil {
				if res.Feed.LastError == "" {
					t.Error("error not recorded")
				}
				t.Logf("refused: %v", res.Err)
				return
			}
			if len(res.Articles) != 1 || res.Articles[0].Title != "Survivor" {
				t.Fatalf("articles = %+v", res.Articles)
			}
			checkClean(t, res.Articles[0])
			if strings.Contains(name, "description") && !strings.Contains(res.Articles[0].Text(), "words at the bottom") {
				t.Errorf("text lost from too-deep HTML: %q", res.Articles[0].Body)
			}
		})
	}
}

func TestFetchManyItems(t *testing.T) {
	const n = 10_000
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>Many</title>`)
	for i := range n {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>https://many.example.org/%d</link><description>&lt;p&gt;Paragraph %d.&lt;/p&gt;</description></item>`, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	res := fetchString(t, b.String())
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if len(res.Articles) != n {
		t.Fatalf("got %d articles, want %d", len(res.Articles), n)
	}
	ids := map[model.ID]bool{}
	for _, a := range res.Articles {
		ids[a.ID] = true
	}
	if len(ids) != n {
		t.Errorf("%d distinct IDs for %d items", len(ids), n)
	}
}

func TestFetchInvalidBytes(t *testing.T) {
	// NUL and other C0 bytes are illegal in XML; lone continuation bytes
	// and an overlong encoding are invalid UTF-8.
	body := "<rss version=\"2.0\"><channel><title>Bad\x00bytes</title><item><title>caf\x80\xc0\xafe \x01\x02 ok</title>" +
		"<guid>1</guid><description>text\xff\xfe here</description></item></channel></rss>"
	res := fetchString(t, body)
	if res.Err != nil {
		t.Fatalf("invalid bytes should be recovered from: %v", res.Err)
	}
	if len(res.Articles) != 1 {
		t.Fatalf("got %d articles", len(res.Articles))
	}
	checkClean(t, res.Articles[0])
	if !strings.HasPrefix(res.Articles[0].Title, "caf") || !strings.HasSuffix(res.Articles[0].Title, "ok") {
		t.Errorf("title = %q", res.Articles[0].Title)
	}
}
