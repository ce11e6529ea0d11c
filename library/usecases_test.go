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
