package library

import (
	"testing"
	"time"

	"soundbite/model"
)

// Prune on a 10,000-article store: the old articles and those past a
// feed's newest go, in batches; bookmarked ones stay whatever their age;
// a dry run counts the same and removes nothing.
func TestPruneTenThousandKeepsBookmarks(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 articles")
	}
	lib := openLib(t, storePath(t))
	defer lib.Close()
	const n = 10000
	arts := make([]model.Article, n)
	for i := range arts {
		arts[i] = article(i) // article i is imported i minutes after the first
		arts[i].Feed = []string{"https://wire.example/feed", "https://post.example/feed", ""}[i%3]
	}
	for start := 0; start < n; start += 2000 {
		if _, err := lib.Put(arts[start : start+2000]); err != nil {
			t.Fatal(err)
		}
	}
	bookmarked := map[model.ID]bool{}
	for i := 0; i < n; i += 97 { // old and new, in every feed
		if err := lib.SetBookmarked(arts[i].ID, true); err != nil {
			t.Fatal(err)
		}
		bookmarked[arts[i].ID] = true
	}
	now := arts[n-1].Imported.Add(time.Minute)
	r := Retention{MaxAge: 6000 * time.Minute, PerFeed: 2000}

	// What should stay: bookmarks; and of the rest, articles newer than
	// MaxAge that are among their feed's newest PerFeed (articles with
	// no feed only age out).
	want := 0
	seen := map[string]int{}
	for i := n - 1; i >= 0; i-- {
		a := arts[i]
		if bookmarked[a.ID] {
			want++
			continue
		}
		if a.Feed != "" {
			seen[a.Feed]++
		}
		if now.Sub(a.Imported) <= r.MaxAge && (a.Feed == "" || seen[a.Feed] <= r.PerFeed) {
			want++
		}
	}

	dry, err := Prune(lib, r, now, true)
	if err != nil || dry.Kept != want || dry.Articles != n-want {
		t.Fatalf("dry run = %+v, %v; want %d kept, %d removed", dry, err, want, n-want)
	}
	if c, _ := lib.Counts(); c.Articles != n {
		t.Fatalf("a dry run removed articles: %d left", c.Articles)
	}
	done, err := Prune(lib, r, now, false)
	if err != nil || done != dry {
		t.Fatalf("prune = %+v, %v; want %+v", done, err, dry)
	}
	c, _ := lib.Counts()
	if c.Articles != want || c.Bookmarked != len(bookmarked) {
		t.Fatalf("after prune: %+v; want %d articles, %d bookmarked", c, want, len(bookmarked))
	}
	for id := range bookmarked {
		if ok, err := lib.Has(id); err != nil || !ok {
			t.Fatalf("bookmarked %s gone (%v)", id, err)
		}
	}
	for _, feed := range []string{"https://wire.example/feed", "https://post.example/feed"} {
		rows, err := lib.List(model.Filter{Feed: feed}, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		plain := 0
		for _, s := range rows {
			if !s.State.Bookmarked {
				plain++
			}
		}
		if plain > r.PerFeed {
			t.Errorf("%s keeps %d articles besides bookmarks, over %d", feed, plain, r.PerFeed)
		}
	}
	again, err := Prune(lib, r, now, false)
	if err != nil || again.Articles != 0 {
		t.Errorf("a second prune = %+v, %v; want nothing removed", again, err)
	}
}
