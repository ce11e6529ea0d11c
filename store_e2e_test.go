package main

import (
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// longProse returns paragraphs of about size bytes of invented words,
// which compress about as badly as real prose in a language flate has
// not seen, with quotes from two fictional people. Such a body is cut into
// more chunks than its summary record has bytes: the article that once
// made a store unlistable.
func longProse(seed int64, size int) []string {
	r := rand.New(rand.NewSource(seed))
	word := func() string {
		b := make([]byte, 3+r.Intn(7))
		for i := range b {
			b[i] = byte('a' + r.Intn(26))
		}
		return string(b)
	}
	var paras []string
	n := 0
	for i := 0; n < size; i++ {
		var p strings.Builder
		for p.Len() < 700 {
			p.WriteString(word())
			p.WriteByte(' ')
		}
		s := strings.TrimSpace(p.String()) + "."
		switch i % 7 {
		case 2:
			s += ` "The tide tables are wrong again," said Oriel Haskett, the harbour master of Lunmere.`
		case 5:
			s += ` "We will reopen the quay by spring," said Bastien Corrow.`
		}
		paras = append(paras, s)
		n += len(s) + 2
	}
	return paras
}

func TestLongArticleImportsListsShows(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	body := longProse(1, 1<<20)
	file := filepath.Join(dir, "long.txt")
	writeFile(t, file, "Local,Lunmere harbour report runs long\n\n"+strings.Join(body, "\n\n")+"\n")
	writeFile(t, filepath.Join(dir, "short.txt"), "Local,Ferry timetable settled\n\nThe ferry will run hourly, said Bastien Corrow.\n")

	mustRun(t, db, "import", dir)
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json"))
	if len(items) != 2 {
		t.Fatalf("list after importing a 1 MB article: %d articles, want 2", len(items))
	}
	var long articleLine
	for _, it := range items {
		if it.Title == "Lunmere harbour report runs long" {
			long = it
		}
	}
	if long.ID == "" || !contains(long.Speakers, "Oriel Haskett") {
		t.Fatalf("the long article is not listed with its speakers: %+v", items)
	}
	shown := jsonLines[articleJSON](t, mustRun(t, db, "show", "--json", string(long.ID)))
	if len(shown) != 1 || len(shown[0].Body) != len(body) || shown[0].Body[len(body)-1] != body[len(body)-1] {
		t.Fatalf("show --json of the long article lost its body")
	}
	if out := mustRun(t, db, "show", string(long.ID)); !strings.Contains(out, body[len(body)-1][:60]) {
		t.Errorf("show does not print the long article's last paragraph")
	}
	// Every command the long article once broke.
	mustRun(t, db, "read", string(long.ID))
	mustRun(t, db, "reindex", "--all")
	if out := mustRun(t, db, "search", "tide tables"); !strings.Contains(out, "Lunmere harbour report") {
		t.Errorf("search does not find the long article:\n%s", out)
	}
	if items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json")); len(items) != 2 {
		t.Errorf("list after read and reindex: %d articles", len(items))
	}
}

func TestLongFeedItemRefreshesAndLists(t *testing.T) {
	body := longProse(2, 1<<20)
	var html strings.Builder
	for _, p := range body {
		html.WriteString("<p>" + p + "</p>\n")
	}
	feed := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lunmere Ledger</title><link>http://example.invalid/</link><description>d</description>
<item><title>The longest harbour report</title><link>http://example.invalid/long</link><guid>long-1</guid>
<pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[%s]]></content:encoded></item>
</channel></rss>`, html.String())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	}))
	defer srv.Close()

	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "feed", "add", srv.URL+"/feed.xml")
	mustRun(t, db, "refresh")
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json"))
	if len(items) != 1 || items[0].Title != "The longest harbour report" {
		t.Fatalf("list after a 1 MB feed item: %+v", items)
	}
	shown := jsonLines[articleJSON](t, mustRun(t, db, "show", "--json", string(items[0].ID)))
	if len(shown) != 1 || len(shown[0].Body) != len(body) || !strings.Contains(shown[0].Body[len(body)-1], body[len(body)-1][:100]) {
		t.Fatalf("show --json lost the feed item's body")
	}
}
