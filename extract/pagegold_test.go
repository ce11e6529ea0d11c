package extract_test

// This file grades the extractor on real web pages of news outlets it was
// never tuned on: the test pages of readability, boilerplate and date
// extraction projects, held in the Go module cache and never copied into
// the repository (see testdata/pages/README.md). Each page goes through feed.Fetcher.Page, the
// path `soundbite add URL` takes, so the body graded is exactly the one a
// user's store would hold.

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"soundbite/extract"
	"soundbite/feed"
	"soundbite/ingest"
	"soundbite/model"
)

// pageSources names the module each page key's prefix stands for, the
// folder of pages inside it, and the directory whose go.mod pins it. A
// source with no module is an npm package's fixtures, which
// tools/corpora/npmpages unpacks under the user's cache directory.
var pageSources = map[string]struct{ module, folder, modDir string }{
	"unfluff":     {"", "soundbite-corpora/unfluff@3.2.0/fixtures", ""},
	"readability": {"codeberg.org/readeck/go-readability/v2", "test-pages", ".."},
	"trafilatura": {"github.com/markusmobius/go-trafilatura", "test-files/comparison", "../tools/corpora"},
	"goose":       {"github.com/advancedlogic/GoOse", "sites", "../tools/corpora"},
	"htmldate":    {"github.com/markusmobius/go-htmldate", "test-files", "../tools/corpora"},
	"wsj":         {"github.com/jdkato/prose/v2", "testdata", "../tools/corpora"},
	"sentences":   {"gopkg.in/neurosnap/sentences.v1", "test_files/english", "../tools/corpora"},
}

// pageGoldSets are the page gold files: dev parts to tune on, and a
// held-out part only ever scored, never read while changing the engine.
// The floors sit about 0.02 under what session 14 ended with (the README
// of testdata/pages has each set's first, untuned score); they only go
// up, and never to let a change through. Session 19 (version 21) raised
// heldout-a's and -c's attribution, -e's recall and -g's speaker F1 and
// attribution floors after those sets rose (0.925, 0.906, 0.946, 0.892,
// 0.911); session 20 (version 22) heldout-f's recall floor (0.938).
var pageGoldSets = []struct {
	path                                    string
	heldOut                                 bool
	minSpeakerF1, minRecall, minAttribution float64
	minItems                                int
}{
	{"testdata/pages/dev-a.jsonl", false, 0.95, 0.95, 0.95, 15},
	{"testdata/pages/dev-b.jsonl", false, 0.95, 0.94, 0.95, 19},
	{"testdata/pages/dev-c.jsonl", false, 0.92, 0.93, 0.94, 7},
	{"testdata/pages/dev-d.jsonl", false, 0.98, 0.95, 0.96, 17},
	{"testdata/pages/dev-e.jsonl", false, 0.95, 0.94, 0.95, 19},
	{"testdata/pages/dev-f.jsonl", false, 0.93, 0.93, 0.94, 18},
	{"testdata/pages/dev-g.jsonl", false, 0.90, 0.92, 0.90, 19},
	{"testdata/pages/dev-h.jsonl", false, 0.90, 0.88, 0.88, 16},
	{"testdata/pages/dev-i.jsonl", false, 0, 0.64, 0.98, 7},
	{"testdata/pages/heldout-a.jsonl", true, 0.81, 0.91, 0.91, 9},
	{"testdata/pages/heldout-b.jsonl", true, 0.89, 0.92, 0.88, 11},
	{"testdata/pages/heldout-c.jsonl", true, 0.89, 0.93, 0.89, 14},
	// Session 11: the news pages of unfluff's fixtures (an npm package),
	// alternately by sorted name into a dev and a held-out part.
	{"testdata/pages/dev-j.jsonl", false, 0.94, 0.93, 0.95, 18},
	{"testdata/pages/heldout-d.jsonl", true, 0.83, 0.90, 0.90, 18},
	// Session 11 too: the English news pages of 2023 in go-htmldate's
	// test-files/comparison that go-trafilatura's folder of the same name
	// lacks, alternately by sorted name into a dev and a held-out part.
	{"testdata/pages/dev-k.jsonl", false, 0.95, 0.96, 0.95, 21},
	{"testdata/pages/heldout-e.jsonl", true, 0.86, 0.93, 0.82, 20},
	// Session 13: wire reporting of 1989, the Penn Treebank's sample of
	// the Wall Street Journal rebuilt into parts of about forty sentences
	// (wsjpages_test.go), the even parts to tune on, the odd ones held out.
	{"testdata/pages/dev-l.jsonl", false, 0.93, 0.96, 0.92, 16},
	{"testdata/pages/heldout-f.jsonl", true, 0.90, 0.92, 0.87, 16},
	// Parts 32 to 47, to tune on: read by hand for false speakers while
	// they were being annotated, so never a fresh estimate.
	{"testdata/pages/dev-m.jsonl", false, 0.95, 0.95, 0.93, 16},
	// Session 13 too: the sixteen news articles of 2015 among the test
	// texts of a sentence splitter (gopkg.in/neurosnap/sentences.v1),
	// alternately by sorted name into a dev and a held-out part.
	{"testdata/pages/dev-n.jsonl", false, 0.96, 0.93, 0.95, 8},
	{"testdata/pages/heldout-g.jsonl", true, 0.87, 0.91, 0.89, 8},
	// Session 14: the Wall Street Journal's remaining parts, 48 to 96, the
	// even ones in dev-o and the odd ones in dev-p. Some were read for
	// false speakers in session 13, so both are for tuning; their first
	// score, before any tuning on them (0.857 / 0.927 / 0.838 and 0.885 /
	// 0.928 / 0.869), is in testdata/pages/README.md.
	{"testdata/pages/dev-o.jsonl", false, 0.93, 0.93, 0.90, 25},
	{"testdata/pages/dev-p.jsonl", false, 0.92, 0.92, 0.91, 24},
	// Session 14 too, at its end: the last English news pages of
	// go-htmldate's folders that no set had used, held out; annotated
	// without the engine run on them, then scored once by version 16.
	{"testdata/pages/heldout-h.jsonl", true, 0.91, 0.93, 0.80, 7},
}

// pageDirs finds each source's folder of pages in the module cache, once
// per test binary; a source that can't be found is left out, and its pages
// skip.
var pageDirs = sync.OnceValue(func() map[string]string {
	dirs := make(map[string]string)
	for prefix, src := range pageSources {
		if src.module == "" {
			if cache, err := os.UserCacheDir(); err == nil {
				dir := filepath.Join(cache, src.folder)
				if _, err := os.Stat(dir); err == nil {
					dirs[prefix] = dir
				}
			}
			continue
		}
		cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", src.module)
		cmd.Dir = src.modDir
		out, err := cmd.Output()
		if err != nil {
			continue
		}
		modDir := strings.TrimSpace(string(out))
		if modDir == "" {
			// Listed but not downloaded: an empty Dir would make the
			// folder relative to this package ("testdata" is ours).
			continue
		}
		dir := filepath.Join(modDir, src.folder)
		if _, err := os.Stat(dir); err == nil {
			dirs[prefix] = dir
		}
	}
	return dirs
})

// loadPage imports one page by its key ("readability/bbc-1",
// "trafilatura/bbc.com.52241221.html", "htmldate/mediacloud/1493638362.html") through feed.Fetcher.Page from a
// local server, and returns its body paragraphs; ok is false when the
// page's source is not in the module cache.
func loadPage(t *testing.T, key string) (paras []string, ok bool) {
	t.Helper()
	prefix, name, found := strings.Cut(key, "/")
	if !found {
		t.Fatalf("%s: a page key is source/name", key)
	}
	if prefix == "wsj" {
		parts, err := wsjParts()
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		paras, ok := parts[key]
		if parts != nil && !ok {
			t.Fatalf("%s: no such part (wsj/part-00 to wsj/part-%02d)", key, len(parts)-1)
		}
		return paras, ok
	}
	dir, ok := pageDirs()[prefix]
	if !ok {
		return nil, false
	}
	file := filepath.Join(dir, name)
	if fi, err := os.Stat(file); err == nil && fi.IsDir() {
		file = filepath.Join(file, "source.html")
	}
	if prefix == "sentences" {
		// Plain-text articles: the path `soundbite import FILE` takes.
		d, err := ingest.ReadFile(file)
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		return d.Article.Body, true
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%s: %v", key, err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write(data)
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, err := feed.NewFetcher(feed.Options{Timeout: 20 * time.Second}).Page(ctx, srv.URL+"/"+name)
	if err != nil {
		t.Fatalf("%s: %v", key, err)
	}
	return a.Body, true
}

// loadPageGold reads one page gold file and the pages it annotates,
// skipping the test when none of their sources is in the module cache.
func loadPageGold(t *testing.T, path string) ([]goldArticle, map[string][]string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no page gold at %s yet", path)
	}
	gold := loadGoldFile(t, path)
	pages := make(map[string][]string)
	for _, g := range gold {
		if paras, ok := loadPage(t, g.File); ok {
			pages[g.File] = paras
		}
	}
	if len(pages) == 0 && len(gold) > 0 {
		t.Skipf("the pages of %s are not in the module cache (go mod download in tools/corpora)", path)
	}
	return gold, pages
}

var pageToShow = flag.String("page", "", "TestPageBody prints this page's stored body (a key such as readability/bbc-1)")

// TestPageBody prints the body soundbite stores for the page -args -page
// names, one paragraph a line after its number: the text an annotator
// reads, and the one every gold text must be a substring of.
func TestPageBody(t *testing.T) {
	if *pageToShow == "" {
		t.Skip("no -page given")
	}
	paras, ok := loadPage(t, *pageToShow)
	if !ok {
		t.Skipf("the source of %s is not in the module cache", *pageToShow)
	}
	for i, p := range paras {
		fmt.Printf("[%d] %s\n\n", i, p)
	}
}

// TestPageGoldValid checks the page annotations with the rules of
// TestGoldValid against each page's stored body: exact, unique texts, name
// forms in the body, kinds that fit the marks; and that the gold scores
// perfectly against itself. No page is in two sets.
func TestPageGoldValid(t *testing.T) {
	seen := make(map[string]string)
	for _, set := range pageGoldSets {
		t.Run(filepath.Base(set.path), func(t *testing.T) {
			gold, pages := loadPageGold(t, set.path)
			kinds := make(map[model.QuoteKind]int)
			for _, g := range gold {
				if other, dup := seen[g.File]; dup {
					t.Errorf("%s: annotated in %s and %s", g.File, other, set.path)
				}
				seen[g.File] = set.path
				paras, ok := pages[g.File]
				if !ok {
					continue
				}
				checkBody(t, g, paras, kinds)
			}
			if len(gold) < set.minItems {
				t.Errorf("%s has %d pages, want at least %d", set.path, len(gold), set.minItems)
			}
			t.Logf("%s: %d pages, %d direct, %d indirect, %d mixed quotes",
				set.path, len(gold), kinds[model.Direct], kinds[model.Indirect], kinds[model.Mixed])
		})
	}
}

// TestScorePages grades extract.Extract on each page gold set: speaker
// F1, quote recall and attribution, per kind too. -args -misses lists
// every miss, but never for the held-out set: its misses are not to be
// read while the engine is being changed.
func TestScorePages(t *testing.T) {
	for _, set := range pageGoldSets {
		t.Run(filepath.Base(set.path), func(t *testing.T) {
			gold, pages := loadPageGold(t, set.path)
			total := scoreBodies(t, gold, func(g goldArticle) ([]string, bool) {
				paras, ok := pages[g.File]
				return paras, ok
			}, !set.heldOut, extract.ExtractStrict)
			// A set's floors hold for the whole set. Some of its pages may
			// come from a module the main build already fetched (go-readability's
			// test pages) while the rest wait for tools/corpora's download.
			if len(pages) < len(gold) {
				t.Skipf("only %d of %d pages are in the module cache: scored, floors not checked (go mod download in tools/corpora)", len(pages), len(gold))
			}
			total.checkFloors(t, "", set.minSpeakerF1, set.minRecall, set.minAttribution)
			// Issue 11's bar: at most one news outlet or publication made a
			// speaker on a held-out set; the dev sets, tuned on, have none.
			maxOutlets := 0
			if set.heldOut {
				maxOutlets = 1
			}
			if n := len(total.outlets); n > maxOutlets {
				t.Errorf("%d news outlets or publications made speakers, want at most %d", n, maxOutlets)
			}
		})
	}
}
