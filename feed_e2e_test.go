package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// harbourFeed is an RSS 2.0 document with full bodies in content:encoded.
// Its people and places are fictional.
const harbourFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Port Avel Courier</title>
<link>http://example.invalid/</link>
<description>News from Port Avel</description>
<item>
<title>Harbour reopens after storm</title>
<link>http://example.invalid/harbour</link>
<guid>harbour-1</guid>
<pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate>
<category>Local</category>
<content:encoded><![CDATA[<p>The harbour at Port Avel reopened on Monday after a week of repairs.</p>
<p>"We worked through every night to get the boats back in the water," harbour master Ilse Varga told reporters.</p>
<p>Varga said that the eastern quay would stay closed until spring.</p>]]></content:encoded>
</item>
<item>
<title>Council approves new ferry timetable</title>
<link>http://example.invalid/ferry</link>
<guid>ferry-2</guid>
<pubDate>Sun, 22 Nov 2026 18:30:00 GMT</pubDate>
<category>Transport</category>
<content:encoded><![CDATA[<p>Port Avel council approved a winter ferry timetable on Sunday.</p>
<p>"Families on the islands deserve a ferry they can rely on," said councillor Tomas Brenn.</p>]]></content:encoded>
</item>
</channel>
</rss>`

// serveHarbourFeed serves harbourFeed as RSS at every path until the test
// ends.
func serveHarbourFeed(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(harbourFeed))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFeedAddRefreshList(t *testing.T) {
	var hits, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if !strings.HasPrefix(r.UserAgent(), "soundbite/") {
			t.Errorf("User-Agent %q does not name soundbite", r.UserAgent())
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, harbourFeed)
	}))
	defer srv.Close()

	db := filepath.Join(t.TempDir(), "soundbite.db")
	url := srv.URL + "/feed.xml"
	out := mustRun(t, db, "feed", "add", url)
	if !strings.Contains(out, "2 new articles") {
		t.Fatalf("feed add: %q", out)
	}
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json"))
	if len(items) != 2 || items[0].Title != "Harbour reopens after storm" || items[0].Feed != url {
		t.Fatalf("list after feed add = %+v", items)
	}
	if !contains(items[0].Speakers, "Ilse Varga") || !contains(items[1].Speakers, "Tomas Brenn") {
		t.Errorf("feed articles lack their speakers: %v / %v", items[0].Speakers, items[1].Speakers)
	}

	out = mustRun(t, db, "refresh")
	if !strings.Contains(out, "0 new articles, 1 unchanged, 0 failed") || notModified.Load() != 1 {
		t.Fatalf("second refresh should be a 304 adding nothing: %q (304s: %d)", out, notModified.Load())
	}
	if items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json")); len(items) != 2 {
		t.Fatalf("refresh duplicated articles: %d", len(items))
	}

	feeds := jsonLines[feedLine](t, mustRun(t, db, "feed", "list", "--json"))
	if len(feeds) != 1 || feeds[0].Title != "Port Avel Courier" || feeds[0].LastError != "" || feeds[0].LastSuccess == nil {
		t.Fatalf("feed list = %+v", feeds)
	}

	opml := mustRun(t, db, "export-opml")
	if !strings.Contains(opml, url) {
		t.Fatalf("export-opml lacks the feed:\n%s", opml)
	}
	other := filepath.Join(t.TempDir(), "other.db")
	opmlFile := filepath.Join(t.TempDir(), "subs.opml")
	writeFile(t, opmlFile, opml)
	if out := mustRun(t, other, "import-opml", opmlFile); !strings.HasPrefix(out, "1 feed added") {
		t.Fatalf("import-opml: %q", out)
	}
	if again := jsonLines[feedLine](t, mustRun(t, other, "feed", "list", "--json")); len(again) != 1 || again[0].URL != url {
		t.Fatalf("OPML round trip lost the feed: %+v", again)
	}
}

// TestFeedFailureIsKept: with --keep, a feed that fails is subscribed to
// all the same, with its error.
func TestFeedFailureIsKept(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "soundbite.db")
	_, errOut, code := soundbite(t, db, "feed", "add", "--keep", srv.URL+"/dead.xml")
	if code != 1 || !strings.Contains(errOut, "410") {
		t.Fatalf("feed add of a dead feed: exit %d, stderr %q", code, errOut)
	}
	feeds := jsonLines[feedLine](t, mustRun(t, db, "feed", "list", "--json"))
	if len(feeds) != 1 || !strings.Contains(feeds[0].LastError, "410") || feeds[0].LastFetch == nil {
		t.Fatalf("the failure was not kept: %+v", feeds)
	}
}
