package feed

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"soundbite/model"
)

// fullTextServer serves full-text feeds of n items each at /feed/NAME.xml,
// with an ETag it honours, and the items' pages at /page/NAME/I, counting
// the fetches of each page. onPage, when set, runs before a page is served.
type fullTextServer struct {
	url    string
	n      int
	mu     sync.Mutex
	hits   map[string]int
	onPage func(total int)
}

func newFullTextServer(t *testing.T, n int) *fullTextServer {
	s := &fullTextServer{n: n, hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed/{name}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		name := strings.TrimSuffix(r.PathValue("name"), ".xml")
		var b strings.Builder
		fmt.Fprintf(&b, `<rss version="2.0"><channel><title>%s</title>`, name)
		for i := range n {
			fmt.Fprintf(&b, `<item><title>%s item %d</title><link>%s/page/%s/%d</link><guid>%s-%d</guid><description>Summary %d.</description></item>`,
				name, i, s.url, name, i, name, i, i)
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(b.String()))
	})
	mux.HandleFunc("/page/{name}/{i}", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		total := 0
		for _, h := range s.hits {
			total += h
		}
		onPage := s.onPage
		s.mu.Unlock()
		if onPage != nil {
			onPage(total)
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Page %[1]s</title></head><body><article><h1>Page %[1]s</h1>
<p>The full text of item %[1]s, as the harbour office of Wendle Cove published it on its own page, with far more to say than the feed's summary.</p>
<p>"The tide gauge was replaced on Friday," said Maren Solvik, the harbour master, adding that readings would resume within the week.</p>
</article></body></html>`, r.URL.Path)
	})
	s.url = serve(t, mux).URL
	return s
}

// pages returns how many pages were fetched in all and the most fetches
// of any one page.
func (s *fullTextServer) pages() (total, most int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, h := range s.hits {
		total += h
		most = max(most, h)
	}
	return total, most
}

// TestFullTextCaps refreshes a 30-item full-text feed with a cap of 10
// pages a feed: each refresh fetches and stores 10 more, the ETag is not
// kept while items wait (a 304 would hide them), no page is fetched twice,
// and the fourth refresh finds nothing left.
func TestFullTextCaps(t *testing.T) {
	srv := newFullTextServer(t, 30)
	st := newFakeStore()
	f := newTestFetcher(t, Options{FullTextPerFeed: 10})
	fd := model.Feed{URL: srv.url + "/feed/tide.xml", FullText: true}
	for round, want := range []Summary{
		{Feeds: 1, New: 10, Deferred: 20},
		{Feeds: 1, New: 10, Deferred: 10},
		{Feeds: 1, New: 10},
		{Feeds: 1, NotModified: 1},
	} {
		sum, err := f.Refresh(context.Background(), st, []model.Feed{fd}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if sum != want {
			t.Errorf("refresh %d: %+v, want %+v", round+1, sum, want)
		}
		fd = st.feed(fd.URL)
		if keptETag := fd.ETag != ""; keptETag != (want.Deferred == 0) {
			t.Errorf("refresh %d: ETag %q with %d items waiting", round+1, fd.ETag, want.Deferred)
		}
	}
	if total, most := srv.pages(); total != 30 || most != 1 {
		t.Errorf("%d page fetches, one page fetched %d times; want 30, once each", total, most)
	}
	if st.count() != 30 || st.feed(fd.URL).Articles != 30 {
		t.Errorf("stored %d, feed counts %d; want 30", st.count(), st.feed(fd.URL).Articles)
	}
	for _, a := range st.byTitle() {
		if len(a.Body) == 0 || !strings.Contains(a.Body[0], "The full text of item") {
			t.Errorf("%q stored without its page's text: %q", a.Title, a.Body)
		}
	}
}

// TestFullTextPerRefresh checks the cap across feeds: two feeds of 10
// items and a budget of 15 pages fetch 15 pages and leave 5 items.
func TestFullTextPerRefresh(t *testing.T) {
	srv := newFullTextServer(t, 10)
	st := newFakeStore()
	f := newTestFetcher(t, Options{FullTextPerRefresh: 15})
	feeds := []model.Feed{
		{URL: srv.url + "/feed/north.xml", FullText: true},
		{URL: srv.url + "/feed/south.xml", FullText: true},
	}
	sum, err := f.Refresh(context.Background(), st, feeds, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if total, _ := srv.pages(); total != 15 || sum.New != 15 || sum.Deferred != 5 || st.count() != 15 {
		t.Errorf("%d pages, summary %+v, %d stored; want 15 pages and articles, 5 deferred", total, sum, st.count())
	}
}

// TestFullTextStoredAsPagesArrive stops a refresh while it fetches the
// 20th page: the articles whose pages came before are stored already,
// and the next refresh stores the rest without fetching any page twice.
func TestFullTextStoredAsPagesArrive(t *testing.T) {
	srv := newFullTextServer(t, 40)
	st := newFakeStore()
	f := newTestFetcher(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	srv.onPage = func(total int) {
		if total == 20 {
			cancel()
		}
	}
	fd := model.Feed{URL: srv.url + "/feed/pier.xml", FullText: true}
	sum, err := f.Refresh(ctx, st, []model.Feed{fd}, nil, nil)
	if err == nil {
		t.Fatal("the stopped refresh returned no error")
	}
	stored := st.count()
	if stored < 16 || stored >= 40 || sum.New != stored {
		t.Fatalf("after a stop at the 20th page: %d stored, summary %+v; want the chunks before it", stored, sum)
	}
	if got := st.feed(fd.URL); got.ETag != "" || got.Articles != stored {
		t.Errorf("the stopped feed's record: ETag %q, %d articles; want no ETag, %d", got.ETag, got.Articles, stored)
	}
	srv.onPage = nil
	sum, err = f.Refresh(context.Background(), st, []model.Feed{st.feed(fd.URL)}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.count() != 40 || sum.New != 40-stored {
		t.Errorf("the next refresh stored %d (summary %+v), want the %d left", st.count()-stored, sum, 40-stored)
	}
	// Only the pages of the chunk in flight at the stop are fetched again.
	if total, most := srv.pages(); total > 40+fullTextChunk {
		t.Errorf("%d page fetches for 40 items, one page %d times", total, most)
	}
}
