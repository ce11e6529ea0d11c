package main

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	miniflux "miniflux.app/v2/client"
)

// newsItem is one item of a test feed; every text is fictional.
type newsItem struct{ guid, title, speaker, quote string }

// newsFeeds serves RSS feeds whose items the test can add to.
type newsFeeds struct {
	mu    sync.Mutex
	items map[string][]newsItem // path -> items
	srv   *httptest.Server
}

func newNewsFeeds(t *testing.T) *newsFeeds {
	f := &newsFeeds{items: map[string][]newsItem{
		"/coast.xml": {
			{"coast-1", "Harbour reopens after storm", "Ilse Varga", "We worked through every night to get the boats back in the water"},
			{"coast-2", "Lighthouse keeper retires", "Odile Marsh", "Forty winters on the rock are enough for anyone"},
			{"coast-3", "Ferry fares frozen for winter", "Tomas Brenn", "Families on the islands deserve a ferry they can afford"},
		},
		"/valley.xml": {
			{"valley-1", "Orchard harvest breaks record", "Petra Lindqvist", "The apples came early and they came in thousands"},
			{"valley-2", "Mill bridge closed for repairs", "Anselm Okoro", "Nobody crosses until the beams are replaced"},
		},
		"/local.xml": {
			{"local-1", "Library extends opening hours", "Mirela Dunst", "Readers asked for evenings and we listened"},
			{"local-2", "Market square gets new benches", "Jonas Feld", "People should be able to sit and talk in the square"},
		},
	}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		items, ok := f.items[r.URL.Path]
		items = append([]newsItem(nil), items...)
		f.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>%s</title><link>http://example.invalid/</link><description>Test news</description>`, strings.TrimSuffix(r.URL.Path[1:], ".xml")+" courier")
		base := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
		for i, it := range items {
			body := fmt.Sprintf(`<p>The town council met on Tuesday.</p><p>"%s," said %s.</p><p>%s added that more news would follow.</p>`,
				it.quote, it.speaker, it.speaker[strings.LastIndexByte(it.speaker, ' ')+1:])
			fmt.Fprintf(w, `<item><title>%s</title><link>http://example.invalid/%s</link><guid>%s</guid><pubDate>%s</pubDate><content:encoded>%s</content:encoded></item>`,
				html.EscapeString(it.title), it.guid, it.guid, base.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z), html.EscapeString(body))
		}
		fmt.Fprint(w, "</channel></rss>")
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *newsFeeds) url(path string) string { return f.srv.URL + path }

func (f *newsFeeds) add(path string, items ...newsItem) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.items[path] = append(f.items[path], items...)
}

// syncReport is `sync --json`.
type syncReport struct {
	New          int      `json:"new"`
	Received     int      `json:"received"`
	Sent         int      `json:"sent"`
	FeedsAdded   int      `json:"feeds_added"`
	FeedsRemoved int      `json:"feeds_removed"`
	FeedsSent    int      `json:"feeds_sent"`
	FeedsDropped int      `json:"feeds_unsubscribed"`
	Failures     []string `json:"failures"`
}

func runSync(t *testing.T, db string) syncReport {
	t.Helper()
	start := time.Now()
	out, errOut, code := runWith(t, db, "", nil, "sync", "--json")
	t.Logf("sync took %v: %s", time.Since(start).Round(time.Millisecond), strings.TrimSpace(out))
	if code != 0 {
		t.Fatalf("sync: exit %d\n%s", code, errOut)
	}
	var rep syncReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("sync --json printed %q: %v", out, err)
	}
	return rep
}

// byTitle lists the store's articles by title, failing on a title stored
// twice.
func byTitle(t *testing.T, db string) map[string]articleLine {
	t.Helper()
	out := map[string]articleLine{}
	for _, a := range jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")) {
		if _, dup := out[a.Title]; dup {
			t.Fatalf("%q is stored twice", a.Title)
		}
		out[a.Title] = a
	}
	return out
}

// serverEntries lists the server's entries by title.
func serverEntries(t *testing.T, c *miniflux.Client) map[string]*miniflux.Entry {
	t.Helper()
	res, err := c.Entries(&miniflux.Filter{Limit: 1000, Statuses: []string{"read", "unread"}})
	if err != nil {
		t.Fatalf("listing the server's entries: %v", err)
	}
	out := map[string]*miniflux.Entry{}
	for _, e := range res.Entries {
		out[e.Title] = e
	}
	return out
}

// checkFolders checks the folders of feeds in feed list --json, and that
// the server fetches them.
func checkFolders(t *testing.T, db string, want map[string]string) {
	t.Helper()
	got := map[string]feedLine{}
	for _, f := range jsonLines[feedLine](t, mustRun(t, db, "feed", "list", "--json")) {
		got[f.URL] = f
	}
	for url, folder := range want {
		if f, ok := got[url]; !ok || f.Folder != folder || f.SyncedWith == "" {
			t.Errorf("feed %s: %+v (listed %v); want folder %q, synced", url, f, ok, folder)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustRead(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}
