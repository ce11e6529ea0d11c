package feed

import (
	"bufio"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"soundbite/model"
)

// realworldDir is the shared corpus of third-party feeds, beside the
// repository; see its README for provenance. Tests skip without it.
const realworldDir = "../../shared/realworld/feeds"

// perFileTimeout bounds each fetch, so a parser loop fails one file
// instead of hanging the suite.
const perFileTimeout = 20 * time.Second

func realworldServer(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(realworldDir, "README.md")); err != nil {
		t.Skipf("real-world corpus not found at %s: %v", realworldDir, err)
	}
	return serve(t, http.FileServer(http.Dir(realworldDir))).URL
}

// fetchWithin fetches one corpus file, failing the test if it takes longer
// than perFileTimeout.
func fetchWithin(t *testing.T, f *Fetcher, url string) Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), perFileTimeout)
	defer cancel()
	done := make(chan Result, 1)
	go func() { done <- f.Fetch(ctx, model.Feed{URL: url}) }()
	select {
	case res := <-done:
		return res
	case <-time.After(perFileTimeout + 5*time.Second):
		t.Fatalf("%s: no result after %v: the fetch ignores its context", url, perFileTimeout)
		return Result{}
	}
}

// readTSV reads a tab-separated file with a header line into maps keyed by
// column name.
func readTSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	var (
		header []string
		rows   []map[string]string
	)
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if header == nil {
			header = cols
			continue
		}
		row := map[string]string{}
		for i, c := range cols {
			if i < len(header) {
				row[header[i]] = c
			}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestRealWorldFeeds fetches the snapshots of real sites' feeds and
// compares item counts with the manifest.
//
// uol-noticias.rss is not well-formed XML: it is ISO-8859-1 without a
// declaration, so a strict parser stops at the first accented byte (expat
// fails at line 5). The feed package guesses the encoding before parsing,
// so all 15 items come through, with readable titles.
func TestRealWorldFeeds(t *testing.T) {
	base := realworldServer(t)
	rows := readTSV(t, filepath.Join(realworldDir, "realworld", "manifest.tsv"))
	if len(rows) == 0 {
		t.Fatal("empty manifest")
	}
	// Titles that show the legacy encodings were decoded, not guessed at.
	wantTitle := map[string]string{
		"jn-pt-ultimas.rss":        "Jornal de Notícias - Últimas Notícias",
		"orenburg-news-cp1251.rss": "Новости Оренбурга и области / Раздел Новости",
		"uol-noticias.rss":         "UOL Noticias",
	}
	// Words with accents from the first item's title.
	wantItem := map[string]string{
		"jn-pt-ultimas.rss": "é a nova presidente",
		"uol-noticias.rss":  "simulações de 2º turno",
	}
	f := newTestFetcher(t, Options{Now: time.Now})
	for _, row := range rows {
		name := row["file"]
		t.Run(name, func(t *testing.T) {
			want, err := strconv.Atoi(row["item_count"])
			if err != nil {
				t.Fatalf("manifest item_count %q: %v", row["item_count"], err)
			}
			res := fetchWithin(t, f, base+"/realworld/"+name)
			if res.Err != nil {
				t.Fatalf("%v (manifest notes: %s)", res.Err, row["notes"])
			}
			if len(res.Articles) != want {
				t.Errorf("%d articles, manifest says %d items", len(res.Articles), want)
			}
			if w, ok := wantTitle[name]; ok && res.Feed.Title != w {
				t.Errorf("feed title = %q, want %q", res.Feed.Title, w)
			}
			if w, ok := wantItem[name]; ok && (len(res.Articles) == 0 || !strings.Contains(res.Articles[0].Title, w)) {
				t.Errorf("first item title does not say %q", w)
			}
			untitled := 0
			for _, a := range res.Articles {
				checkClean(t, a)
				if a.Title == "" {
					untitled++
				}
				if strings.ContainsRune(a.Title, utf8.RuneError) {
					t.Errorf("title %q holds U+FFFD: a decoding failure", a.Title)
				}
			}
			if untitled > 0 {
				t.Errorf("%d articles without a title", untitled)
			}
		})
	}
}

// TestFeedparserCorpus fetches every file of feedparser's test corpus: none
// may crash or hang the fetcher, every failure must be a clear error
// recorded on the feed, and every title must be valid, clean UTF-8.
func TestFeedparserCorpus(t *testing.T) {
	base := realworldServer(t)
	rows := readTSV(t, filepath.Join(realworldDir, "feedparser", "MANIFEST.tsv"))
	f := newTestFetcher(t, Options{Now: time.Now})
	failed := map[string]int{}
	for _, row := range rows {
		set, file := row["set"], row["file"]
		res := fetchWithin(t, f, base+"/feedparser/"+file)
		if res.Err != nil {
			failed[set]++
			if res.Feed.LastError == "" || model.SanitizeLine(res.Feed.LastError) != res.Feed.LastError {
				t.Errorf("%s: unclear error record %q", file, res.Feed.LastError)
			}
			t.Logf("%s: %v", file, res.Feed.LastError)
			continue
		}
		if !utf8.ValidString(res.Feed.Title) || model.SanitizeLine(res.Feed.Title) != res.Feed.Title {
			t.Errorf("%s: feed title %q", file, res.Feed.Title)
		}
		for _, a := range res.Articles {
			checkClean(t, a)
		}
	}
	t.Logf("%d files; failed: %v", len(rows), failed)
	if failed["wellformed"] > 0 {
		t.Errorf("%d well-formed files failed", failed["wellformed"])
	}
}

// TestUndeclaredEncodings checks that feeds in legacy encodings with no
// declaration at all (feedparser's chardet cases) come out as the text the
// encoding the manifest names would give.
func TestUndeclaredEncodings(t *testing.T) {
	base := realworldServer(t)
	rows := readTSV(t, filepath.Join(realworldDir, "feedparser", "MANIFEST.tsv"))
	f := newTestFetcher(t, Options{Now: time.Now})
	for _, row := range rows {
		file := row["file"]
		if !strings.Contains(file, "/chardet/") {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			label := row["expect"][strings.Index(row["expect"], "'")+1:]
			label = label[:strings.Index(label, "'")]
			raw, err := os.ReadFile(filepath.Join(realworldDir, "feedparser", file))
			if err != nil {
				t.Fatal(err)
			}
			if label == "TIS-620" {
				// The detector (gogs/chardet, a port of ICU's) knows no
				// Thai; the text comes out as valid but wrong Latin, which
				// TestFeedparserCorpus checks.
				t.Skip("the charset detector cannot recognise TIS-620")
			}
			enc, _ := charset.Lookup(label)
			if enc == nil {
				t.Skipf("no decoder for %s", label)
			}
			utf, err := enc.NewDecoder().Bytes(raw)
			if err != nil {
				t.Fatal(err)
			}
			want := firstTitle(t, utf)

			res := fetchWithin(t, f, base+"/feedparser/"+file)
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			if got := titleOf(res); got != want {
				t.Errorf("title = %q, want %q (%s)", got, want, label)
			}
		})
	}
}

// titleOf is the first item's title, or the feed's when it has no items.
func titleOf(res Result) string {
	if len(res.Articles) > 0 {
		return res.Articles[0].Title
	}
	return res.Feed.Title
}

// firstTitle parses an already-decoded document through the same path and
// returns its titleOf.
func firstTitle(t *testing.T, doc []byte) string {
	t.Helper()
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml; charset=utf-8")
		w.Write(doc)
	}))
	res := newTestFetcher(t, Options{}).Fetch(context.Background(), model.Feed{URL: srv.URL})
	if res.Err != nil || titleOf(res) == "" {
		t.Fatalf("reference parse: %v, %d articles", res.Err, len(res.Articles))
	}
	return titleOf(res)
}
