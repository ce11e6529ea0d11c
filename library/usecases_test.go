package library

import (
	"errors"
	"testing"
	"time"

	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

func TestStateChangesAndArticleByPrefix(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	other := openLib(t, path)
	defer other.Close()
	res, err := other.Put([]model.Article{article(1), article(2)})
	if err != nil {
		t.Fatal(err)
	}
	prefix := string(res.IDs[1][:6])
	if err := ChangeState(other, Bookmark, []string{prefix}); err != nil {
		t.Fatal(err)
	}
	if err := ChangeState(other, MarkRead, []string{string(res.IDs[0]), prefix}); err != nil {
		t.Fatal(err)
	}
	a, err := Article(owner, prefix)
	if err != nil || a.ID != res.IDs[1] || !a.State.Bookmarked || !a.State.Read {
		t.Fatalf("Article(%s): %s %+v, %v", prefix, a.ID, a.State, err)
	}
	if err := ChangeState(other, Unbookmark, []string{"0000ffff"}); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("ChangeState on a missing article: %v", err)
	}
}

func TestSearchQuotesAndAddFeeds(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	var arts []model.Article
	for i := range 30 {
		arts = append(arts, article(i))
	}
	if _, err := owner.Put(arts); err != nil {
		t.Fatal(err)
	}
	q, err := search.Parse("said:harbour")
	if err != nil {
		t.Fatal(err)
	}
	hits, err := SearchQuotes(owner, q, 25)
	if err != nil || len(hits) != 25 {
		t.Fatalf("SearchQuotes with limit 25: %d, %v", len(hits), err)
	}
	all, err := SearchQuotes(owner, q, 0)
	if err != nil || len(all) != 30 {
		t.Fatalf("SearchQuotes without a limit: %d, %v", len(all), err)
	}

	feeds := []model.Feed{{URL: "http://127.0.0.1:1/a"}, {URL: "http://127.0.0.1:1/b"}}
	added, skipped, err := AddFeeds(owner, feeds, time.Now())
	if err != nil || added != 2 || skipped != 0 {
		t.Fatalf("AddFeeds: %d added, %d skipped, %v", added, skipped, err)
	}
	added, skipped, err = AddFeeds(owner, append(feeds, model.Feed{URL: "http://127.0.0.1:1/c"}), time.Now())
	if err != nil || added != 1 || skipped != 2 {
		t.Fatalf("AddFeeds again: %d added, %d skipped, %v", added, skipped, err)
	}
}

// MarkView through a client: the owner marks the view in batches of
// MarkBatch, and a batch over the bound is refused.
func TestMarkViewThroughOwner(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	other := openLib(t, path)
	defer other.Close()
	var arts []model.Article
	for i := range 2*MarkBatch + 5 {
		a := article(i)
		a.Feed = "https://wire.example/feed"
		if i%3 == 0 {
			a.Feed = "https://post.example/feed"
		}
		arts = append(arts, a)
	}
	if _, err := owner.Put(arts); err != nil {
		t.Fatal(err)
	}
	wire := model.Filter{Feed: "https://wire.example/feed"}
	inWire, err := owner.Count(wire)
	if err != nil || inWire <= MarkBatch {
		t.Fatalf("the feed holds %d articles (%v); the test needs more than one batch", inWire, err)
	}
	done, err := other.MarkView(wire, search.Query{}, true)
	if err != nil || done != (model.Marked{Matched: inWire, Changed: inWire}) {
		t.Fatalf("MarkView = %+v, %v; want all %d", done, err, inWire)
	}
	c, _ := owner.Counts()
	if c.Unread != len(arts)-inWire {
		t.Errorf("%d unread, want %d", c.Unread, len(arts)-inWire)
	}
	q, err := search.Parse("feed:post.example")
	if err != nil {
		t.Fatal(err)
	}
	done, err = other.MarkView(model.Filter{}, q, true)
	if err != nil || done.Changed != len(arts)-inWire {
		t.Fatalf("MarkView of a query = %+v, %v; want %d changed", done, err, len(arts)-inWire)
	}
	if _, err := other.SetReadMany(make([]model.ID, MarkBatch+1), true); !errors.Is(err, ErrBadRequest) {
		t.Errorf("a batch over MarkBatch: %v, want ErrBadRequest", err)
	}
}
