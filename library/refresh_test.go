package library

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"soundbite/model"
	"soundbite/store"
)

// feedServer serves an RSS feed of n items at /ok and fails at /down.
func feedServer(t *testing.T, n int) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/ok" {
			http.Error(w, "gone fishing", http.StatusInternalServerError)
			return
		}
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Fennick Courier</title>`)
		for i := range n {
			fmt.Fprintf(&b, `<item><title>Ferry news %d</title><guid>ferry-%d</guid><description>&lt;p&gt;"The ferry runs again on day %d," said Oren Maddox, the ferry master.&lt;/p&gt;</description></item>`, i, i, i)
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, b.String())
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestRefreshThroughTheOwnerNamesFailedFeeds(t *testing.T) {
	srv := feedServer(t, 3)
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	other := openLib(t, path)
	defer other.Close()
	for _, u := range []string{srv.URL + "/ok", srv.URL + "/down"} {
		if err := other.AddFeed(model.Feed{URL: u, Name: u[strings.LastIndexByte(u, '/')+1:]}); err != nil {
			t.Fatal(err)
		}
	}
	added, err := other.RefreshAll(context.Background(), nil)
	if added != 3 || err == nil || !strings.Contains(err.Error(), "1 of 2 feeds failed: down") {
		t.Fatalf("RefreshAll: %d new, %v; want 3 new and the failed feed named", added, err)
	}
	if n, _ := owner.Count(model.Filter{}); n != 3 {
		t.Fatalf("the owner holds %d articles, want 3", n)
	}
	f, err := owner.Feed(srv.URL + "/down")
	if err != nil || f.LastError == "" {
		t.Fatalf("the failed feed keeps no error: %+v, %v", f, err)
	}
}

func TestSubscribeRemovesAFeedWhoseFirstFetchFails(t *testing.T) {
	srv := feedServer(t, 2)
	path := storePath(t)
	lib := openLib(t, path)
	defer lib.Close()
	got, rep, err := lib.Subscribe(context.Background(), model.Feed{URL: srv.URL + "/ok"}, true, false)
	if err != nil || rep.New != 2 || got.Title != "Fennick Courier" {
		t.Fatalf("Subscribe to a good feed: %+v, %d new, %v", got, rep.New, err)
	}
	_, _, err = lib.Subscribe(context.Background(), model.Feed{URL: srv.URL + "/ok"}, true, false)
	if !errors.Is(err, store.ErrExists) {
		t.Fatalf("Subscribe twice: %v", err)
	}
	var fe *FetchError
	_, _, err = lib.Subscribe(context.Background(), model.Feed{URL: srv.URL + "/down"}, true, false)
	if !errors.As(err, &fe) || fe.Kept {
		t.Fatalf("Subscribe to a failing feed: %v", err)
	}
	if _, err := lib.Feed(srv.URL + "/down"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the failing feed was kept: %v", err)
	}
	_, _, err = lib.Subscribe(context.Background(), model.Feed{URL: srv.URL + "/down"}, true, true)
	if !errors.As(err, &fe) || !fe.Kept {
		t.Fatalf("Subscribe with keep to a failing feed: %v", err)
	}
	if _, err := lib.Feed(srv.URL + "/down"); err != nil {
		t.Fatalf("the failing feed was not kept: %v", err)
	}
}

// TestRemovedItemsStayRemoved: the retention on refresh, and a delete,
// remove items the feed still lists; the next refreshes, run by a process
// that reaches the store through its owner, leave them out rather than
// storing them again unread.
func TestRemovedItemsStayRemoved(t *testing.T) {
	srv := feedServer(t, 5)
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	other, err := Open(path, Options{Wait: 3 * time.Second, Retention: Retention{PerFeed: 3}})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.AddFeed(model.Feed{URL: srv.URL + "/ok"}); err != nil {
		t.Fatal(err)
	}
	rep, err := other.RefreshFeeds(context.Background(), nil, nil)
	if err != nil || rep.New != 5 || rep.Pruned != 2 {
		t.Fatalf("first refresh: %+v, %v; want 5 new, 2 pruned", rep.Summary, err)
	}
	kept, err := owner.List(model.Filter{}, 0, 0)
	if err != nil || len(kept) != 3 {
		t.Fatalf("after the first refresh: %d articles, %v; want 3", len(kept), err)
	}
	if _, err := other.DeleteMany([]model.ID{kept[0].ID}, false); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		rep, err = other.RefreshFeeds(context.Background(), nil, nil)
		if err != nil || rep.New != 0 || rep.Pruned != 0 {
			t.Fatalf("refresh after the removals: %+v, pruned %d, %v; want nothing new", rep.Summary, rep.Pruned, err)
		}
	}
	if c, _ := owner.Counts(); c.Articles != 2 || c.Unread != 2 {
		t.Errorf("after refreshing again: %+v, want the 2 articles left", c)
	}
	// Unsubscribing forgets the removals: subscribing again starts afresh.
	if err := other.RemoveFeed(srv.URL + "/ok"); err != nil {
		t.Fatal(err)
	}
	if err := other.AddFeed(model.Feed{URL: srv.URL + "/ok"}); err != nil {
		t.Fatal(err)
	}
	if rep, err = owner.RefreshFeeds(context.Background(), nil, nil); err != nil || rep.New != 3 {
		t.Errorf("refresh of the feed subscribed again: %+v, %v; want the 3 removed items back", rep.Summary, err)
	}
}
