package extract_test

// This file grades the extractor on news from outlets other than Wikinews:
// items of real sites' feeds (Talking Points Memo, The Guardian, The
// Washington Post) kept beside the repository in
// ../shared/realworld/feeds/realworld and never copied into it, with
// quote-level gold in testdata/feeds/gold.jsonl (see the README there).
// The articles are read through feed.Fetcher, so the bodies graded are
// exactly those a refresh stores.

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"soundbite/extract"
	"soundbite/feed"
	"soundbite/model"
)

const feedGoldPath = "testdata/feeds/gold.jsonl"

// Floors for the feed gold, about 0.03 under its first score: the engine
// as session 7 began (extract.Version 8, before anyone tuned on these
// items) scored speaker F1 0.795, quote recall 0.846 and attribution 0.813
// on them, its fresh estimate on outlets other than Wikinews. Tuned on
// since (session 7's h7-outlets: 0.872, 0.910, 0.866), the floors went
// up to about 0.02 under that, and in session 11 to about 0.02 under
// 0.917, 0.964 and 0.901, in session 13 under 0.937, 0.968 and 0.911,
// in session 16 under 0.943, 0.973 and 0.916.
// These floors only go up; never lower one to let
// a change through.
const (
	feedGoldMinSpeakerF1   = 0.92
	feedGoldMinQuoteRecall = 0.95
	feedGoldMinAttribution = 0.89
)

// feedGoldMinItems keeps the set from shrinking unnoticed.
const feedGoldMinItems = 56

// feedGoldFeeds are the news-bearing feeds of feedsDir that
// testdata/feeds/gold.jsonl annotates.
var feedGoldFeeds = []string{"tpm-news.atom", "guardian-world.rss", "washingtonpost-wellness.rss"}

// loadFeedItems fetches the annotated feeds through feed.Fetcher, as a
// refresh imports them, and returns each item's body paragraphs by its
// key: the feed's file name, "#" and the item's GUID. The key is stable
// where model.ID is not (the ID hashes the feed's URL, and the test
// server's port changes), so the GUIDs are read from the file and matched
// to the fetched articles by the ID they give. It skips the test when the
// feeds are missing.
func loadFeedItems(t *testing.T) map[string][]string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(feedsDir, feedGoldFeeds[0])); err != nil {
		t.Skipf("real feeds not available in %s: %v", feedsDir, err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(feedsDir)))
	defer srv.Close()
	f := feed.NewFetcher(feed.Options{Timeout: 20 * time.Second})
	items := make(map[string][]string)
	for _, name := range feedGoldFeeds {
		data, err := os.ReadFile(filepath.Join(feedsDir, name))
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		url := srv.URL + "/" + name
		keys := make(map[model.ID]string)
		for _, it := range parsed.Items {
			guid := strings.TrimSpace(it.GUID)
			if guid == "" {
				t.Fatalf("%s: item %q has no GUID to key it by", name, it.Title)
			}
			keys[model.NewID(model.FeedItemIdentity(url, guid, "", model.Article{}))] = name + "#" + guid
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		res := f.Fetch(ctx, model.Feed{URL: url})
		cancel()
		if res.Err != nil {
			t.Fatalf("%s: %v", name, res.Err)
		}
		for _, a := range res.Articles {
			key, ok := keys[a.ID]
			if !ok {
				t.Fatalf("%s: fetched item %q matches no GUID of the file", name, a.Title)
			}
			items[key] = a.Body
		}
	}
	return items
}

// loadFeedGold reads the feed gold and the items it annotates, skipping
// the test when the feeds are missing.
func loadFeedGold(t *testing.T) ([]goldArticle, map[string][]string) {
	t.Helper()
	items := loadFeedItems(t)
	gold := loadGoldFile(t, feedGoldPath)
	if len(gold) < feedGoldMinItems {
		t.Errorf("feed gold has %d items, want at least %d", len(gold), feedGoldMinItems)
	}
	return gold, items
}

// TestFeedGoldValid checks the feed annotations with the rules of
// TestGoldValid against each item's stored body (paragraphs joined as
// model.Article.Text joins them): exact, unique texts, name forms in the
// body, kinds that fit the marks; and that the gold scores perfectly
// against itself.
func TestFeedGoldValid(t *testing.T) {
	gold, items := loadFeedGold(t)
	seen := make(map[string]bool)
	kinds := make(map[model.QuoteKind]int)
	for _, g := range gold {
		if seen[g.File] {
			t.Errorf("%s: annotated twice", g.File)
		}
		seen[g.File] = true
		paras, ok := items[g.File]
		if !ok {
			t.Errorf("%s: no such item in the feeds", g.File)
			continue
		}
		checkBody(t, g, paras, kinds)
	}
	t.Logf("feed gold: %d items, %d direct, %d indirect, %d mixed quotes",
		len(gold), kinds[model.Direct], kinds[model.Indirect], kinds[model.Mixed])
}

// checkBody checks the annotation g against the body paragraphs it is
// written for, with the rules of TestGoldValid and a perfect score
// against itself, and counts its quotes by kind into kinds.
func checkBody(t *testing.T, g goldArticle, paras []string, kinds map[model.QuoteKind]int) {
	t.Helper()
	body := strings.Join(paras, model.ParagraphSep)
	for _, m := range append(checkGold(g, body), checkSelfScore(body, g)...) {
		t.Errorf("%s: %s", g.File, m)
	}
	for _, q := range g.Quotes {
		kinds[q.Kind]++
	}
}

// TestScoreFeedGold grades extract.Extract on the feed gold: speaker F1,
// quote recall and attribution, per kind too. -args -misses lists every
// miss.
func TestScoreFeedGold(t *testing.T) {
	gold, items := loadFeedGold(t)
	total := scoreBodies(t, gold, func(g goldArticle) ([]string, bool) {
		paras, ok := items[g.File]
		if !ok {
			t.Errorf("%s: no such item in the feeds", g.File)
		}
		return paras, ok
	}, true, extract.ExtractStrict)
	total.checkFloors(t, "", feedGoldMinSpeakerF1, feedGoldMinQuoteRecall, feedGoldMinAttribution)
}
