package feed

import (
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"testing"
	"time"

	"soundbite/model"
)

// clock is the fixed time tests run at.
var clock = time.Date(2024, 7, 1, 12, 0, 0, 0, time.UTC)

func fixedNow() time.Time { return clock }

// newTestFetcher returns a Fetcher on the fixed clock with a short timeout.
func newTestFetcher(t *testing.T, opts Options) *Fetcher {
	t.Helper()
	if opts.Now == nil {
		opts.Now = fixedNow
	}
	if opts.Timeout == 0 {
		opts.Timeout = 10 * time.Second
	}
	return NewFetcher(opts)
}

// serve starts a test server for h and stops it with the test.
func serve(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// fakeStore is an in-memory Store, safe for concurrent use as Refresh
// requires.
type fakeStore struct {
	mu       sync.Mutex
	articles map[model.ID]model.Article
	feeds    map[string]model.Feed
	puts     int   // calls to Put
	putErr   error // returned by Put when set
	// removed holds the items deleted from the store; listed, what
	// the last Listed of each feed was told.
	removed map[model.ID]bool
	listed  map[string][]model.ID
}

func newFakeStore() *fakeStore {
	return &fakeStore{articles: map[model.ID]model.Article{}, feeds: map[string]model.Feed{},
		removed: map[model.ID]bool{}, listed: map[string][]model.ID{}}
}

func (s *fakeStore) UpdateFeed(f model.Feed) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feeds[f.URL] = f
	return nil
}

func (s *fakeStore) Has(id model.ID) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.articles[id]
	return ok, nil
}

func (s *fakeStore) Listed(feedURL string, ids []model.ID) ([]bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.listed[feedURL] = ids
	out := make([]bool, len(ids))
	for i, id := range ids {
		out[i] = s.removed[id]
	}
	return out, nil
}

// remove deletes a stored article, as a prune would.
func (s *fakeStore) remove(id model.ID) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.articles, id)
	s.removed[id] = true
}

func (s *fakeStore) Put(as []model.Article) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.puts++
	if s.putErr != nil {
		return 0, s.putErr
	}
	added := 0
	for _, a := range as {
		if _, ok := s.articles[a.ID]; !ok {
			added++
		}
		s.articles[a.ID] = a
	}
	return added, nil
}

func (s *fakeStore) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.articles)
}

func (s *fakeStore) feed(url string) model.Feed {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.feeds[url]
}

// byTitle returns the stored articles sorted by title.
func (s *fakeStore) byTitle() []model.Article {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []model.Article
	for _, a := range s.articles {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Title < out[j].Title })
	return out
}
