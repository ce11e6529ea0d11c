package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"soundbite/model"
)

func TestRefresh(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir("testdata")))
	mux.HandleFunc("/fail", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	srv := serve(t, mux)
	mux.HandleFunc("/fulltext.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Herald</title>
<item><title>Orchard cooperative</title><link>%[1]s/article.html</link><description>Summary only.</description></item>
<item><title>Gone</title><link>%[1]s/no-such-page</link><description>Summary kept.</description></item>
</channel></rss>`, srv.URL)
	})

	st := newFakeStore()
	feeds := []model.Feed{
		{URL: srv.URL + "/rss2.xml", Name: "Ledger"},
		{URL: srv.URL + "/fail"},
		{URL: srv.URL + "/fulltext.xml", FullText: true},
	}
	var (
		mu        sync.Mutex
		extracted []string
		reports   []Progress
	)
	extract := func(a *model.Article) {
		mu.Lock()
		defer mu.Unlock()
		extracted = append(extracted, a.Title)
	}
	progress := func(p Progress) { reports = append(reports, p) } // never called concurrently
	f := newTestFetcher(t, Options{})

	sum, err := f.Refresh(context.Background(), st, feeds, extract, progress)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Summary{Feeds: 3, Failed: 1, New: 7}); sum != want {
		t.Errorf("summary = %+v, want %+v", sum, want)
	}
	if st.count() != 7 || len(extracted) != 7 {
		t.Errorf("stored %d, extracted %d, want 7 each", st.count(), len(extracted))
	}
	if len(reports) != 3 {
		t.Fatalf("%d progress reports, want 3", len(reports))
	}
	failed := 0
	for i, p := range reports {
		if p.Done != i+1 || p.Total != 3 {
			t.Errorf("report %d = %+v", i, p)
		}
		if p.Err != nil {
			failed++
			if p.Feed != srv.URL+"/fail" {
				t.Errorf("failure reported for %s: %v", p.Feed, p.Err)
			}
		}
	}
	if failed != 1 {
		t.Errorf("%d failures reported, want 1", failed)
	}

	for _, a := range st.byTitle() {
		if !a.Imported.Equal(clock) || a.Published.IsZero() {
			t.Errorf("%q: imported %v, published %v", a.Title, a.Imported, a.Published)
		}
		switch a.Title {
		case "Ferry timetable changes", "Festival dates announced":
			// No usable date in the feed: first seen now.
			if !a.Published.Equal(clock) {
				t.Errorf("%q: published %v, want first-seen %v", a.Title, a.Published, clock)
			}
		case "Orchard cooperative":
			if !strings.Contains(a.Text(), "Tamsin Oakridge") || a.Author != "Sigrun Pellow" {
				t.Errorf("full text not fetched: by %q: %q", a.Author, a.Body)
			}
			if want := time.Date(2024, 6, 14, 6, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
				t.Errorf("page date not used: %v", a.Published)
			}
		case "Gone":
			if a.Text() != "Summary kept." {
				t.Errorf("failed page lost the summary: %q", a.Body)
			}
		}
	}

	ledger := st.feed(srv.URL + "/rss2.xml")
	if ledger.Title != "The Amberly Ledger & Courier" || ledger.Name != "Ledger" || ledger.Articles != 5 ||
		ledger.LastModified == "" || !ledger.LastSuccess.Equal(clock) || ledger.LastError != "" {
		t.Errorf("ledger record = %+v", ledger)
	}
	if bad := st.feed(srv.URL + "/fail"); !strings.Contains(bad.LastError, "500") || !bad.LastFetch.Equal(clock) || !bad.LastSuccess.IsZero() {
		t.Errorf("failing feed record = %+v", bad)
	}

	// Again, from the recorded feeds: the file server answers 304 to the
	// ledger, the herald feed has nothing new, and nothing is extracted.
	extracted = nil
	reports = nil
	again := []model.Feed{st.feed(feeds[0].URL), st.feed(feeds[1].URL), st.feed(feeds[2].URL)}
	sum, err = f.Refresh(context.Background(), st, again, extract, progress)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Summary{Feeds: 3, Failed: 1, NotModified: 1}); sum != want {
		t.Errorf("second summary = %+v, want %+v", sum, want)
	}
	if st.count() != 7 || len(extracted) != 0 {
		t.Errorf("second refresh: stored %d, extracted %d", st.count(), len(extracted))
	}
	if n := st.feed(feeds[2].URL).Articles; n != 2 {
		t.Errorf("herald article count = %d, want 2", n)
	}
}

// TestRefreshDuplicateGUIDs fetches, twice, a feed whose GUIDs repeat or are
// empty: the same articles must come out both times, once each.
func TestRefreshDuplicateGUIDs(t *testing.T) {
	const doc = `<rss version="2.0"><channel><title>Sloppy</title>
<item><title>First</title><guid>same</guid><description>one</description></item>
<item><title>First, again</title><guid>same</guid><description>one, edited</description></item>
<item><title>Linked</title><guid></guid><link>https://sloppy.example.org/linked</link></item>
<item><title>Linked</title><guid> </guid><link>https://sloppy.example.org/linked</link></item>
<item><title>Bare</title><description>no guid, no link</description></item>
<item><title>Bare</title><description>no guid, no link</description></item>
<item><title>Bare too</title><description>different text</description></item>
</channel></rss>`
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(doc)) }))
	st := newFakeStore()
	f := newTestFetcher(t, Options{})
	feeds := []model.Feed{{URL: srv.URL}}

	first, err := f.Refresh(context.Background(), st, feeds, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if first.New != 4 || st.count() != 4 {
		t.Fatalf("first refresh: %d new, %d stored; want 4", first.New, st.count())
	}
	second, err := f.Refresh(context.Background(), st, []model.Feed{st.feed(srv.URL)}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if second.New != 0 || st.count() != 4 {
		t.Errorf("second refresh: %d new, %d stored; want 0 and 4", second.New, st.count())
	}
	if got := st.feed(srv.URL).Articles; got != 4 {
		t.Errorf("feed article count = %d", got)
	}
}

func TestRefreshPerHost(t *testing.T) {
	type host struct {
		inFlight, max atomic.Int32
		srv           string
	}
	newHost := func() *host {
		h := &host{}
		h.srv = serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n := h.inFlight.Add(1)
			defer h.inFlight.Add(-1)
			for {
				m := h.max.Load()
				if n <= m || h.max.CompareAndSwap(m, n) {
					break
				}
			}
			// Hold the request open so that concurrent ones overlap.
			time.Sleep(20 * time.Millisecond)
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>t</title><item><title>%s</title><guid>%[1]s</guid></item></channel></rss>`, r.URL.Path)
		})).URL
		return h
	}
	a, b := newHost(), newHost()
	var feeds []model.Feed
	for i := range 10 {
		feeds = append(feeds, model.Feed{URL: fmt.Sprintf("%s/%d", a.srv, i)}, model.Feed{URL: fmt.Sprintf("%s/%d", b.srv, i)})
	}
	st := newFakeStore()
	f := newTestFetcher(t, Options{Concurrency: 8, PerHost: 2})
	sum, err := f.Refresh(context.Background(), st, feeds, nil, nil)
	if err != nil || sum.New != 20 {
		t.Fatalf("refresh: %+v, %v", sum, err)
	}
	for name, h := range map[string]*host{"a": a, "b": b} {
		if m := h.max.Load(); m > 2 || m < 1 {
			t.Errorf("host %s saw %d requests at once, want 1 or 2", name, m)
		}
	}
}

func TestRefreshCancelled(t *testing.T) {
	srv := serve(t, http.FileServer(http.Dir("testdata")))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	st := newFakeStore()
	f := newTestFetcher(t, Options{})
	sum, err := f.Refresh(ctx, st, []model.Feed{{URL: srv.URL + "/rss2.xml"}, {URL: srv.URL + "/atom.xml"}}, nil, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if sum.New != 0 || sum.Failed != 0 || st.count() != 0 || len(st.feeds) != 0 {
		t.Errorf("a cancelled refresh touched the store: %+v, %d articles, %d feeds", sum, st.count(), len(st.feeds))
	}
}

func TestRefreshStoreFailure(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v2"`)
		http.ServeFile(w, r, "testdata/atom.xml")
	}))
	st := newFakeStore()
	st.putErr = errors.New("disk full")
	f := newTestFetcher(t, Options{})
	old := model.Feed{URL: srv.URL, ETag: `"v1"`}
	sum, err := f.Refresh(context.Background(), st, []model.Feed{old}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || sum.New != 0 {
		t.Errorf("summary = %+v", sum)
	}
	rec := st.feed(srv.URL)
	if !strings.Contains(rec.LastError, "disk full") {
		t.Errorf("LastError = %q", rec.LastError)
	}
	// The new validator would make the next fetch a 304 and the articles
	// would never be stored.
	if rec.ETag != `"v1"` {
		t.Errorf("ETag advanced to %q though nothing was stored", rec.ETag)
	}
}

func TestByHostRoundRobin(t *testing.T) {
	var feeds []model.Feed
	for _, u := range []string{"http://a/1", "http://a/2", "http://a/3", "http://b/1", "http://c/1", "http://c/2"} {
		feeds = append(feeds, model.Feed{URL: u})
	}
	var got []string
	for _, f := range byHostRoundRobin(feeds) {
		got = append(got, f.URL)
	}
	want := "[http://a/1 http://b/1 http://c/1 http://a/2 http://c/2 http://a/3]"
	if fmt.Sprint(got) != want {
		t.Errorf("order = %v, want %v", got, want)
	}
}

// TestRefreshSkipsRemoved: an item the store removed (a prune, a delete)
// is not stored again though the feed still lists it, and the store is
// told the feed's whole listing, removed items included.
func TestRefreshSkipsRemoved(t *testing.T) {
	const doc = `<rss version="2.0"><channel><title>Quayside</title>
<item><title>Ferry times</title><guid>ferry</guid><description>Boats at nine.</description></item>
<item><title>Pier works</title><guid>pier</guid><description>Closed till May.</description></item>
</channel></rss>`
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(doc)) }))
	st := newFakeStore()
	f := newTestFetcher(t, Options{})
	if _, err := f.Refresh(context.Background(), st, []model.Feed{{URL: srv.URL}}, nil, nil); err != nil {
		t.Fatal(err)
	}
	var pier model.ID
	for _, a := range st.byTitle() {
		if a.Title == "Pier works" {
			pier = a.ID
		}
	}
	if pier == "" {
		t.Fatalf("first refresh stored %d articles, not Pier works", st.count())
	}
	st.remove(pier)
	sum, err := f.Refresh(context.Background(), st, []model.Feed{st.feed(srv.URL)}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || st.count() != 1 {
		t.Errorf("refresh after the removal: %d new, %d stored; want 0 and 1", sum.New, st.count())
	}
	st.mu.Lock()
	listed := st.listed[srv.URL]
	st.mu.Unlock()
	if len(listed) != 2 {
		t.Errorf("Listed told %d items, want the feed's 2", len(listed))
	}
}
