package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
	"soundbite/search"
)

// find runs query on s and returns the titles of the hits, best first.
func find(t testing.TB, s *Store, query string) []string {
	t.Helper()
	q, err := search.ParseIn(query, time.UTC)
	if err != nil {
		t.Fatalf("parse %q: %v", query, err)
	}
	hits, err := s.Search(q, 0)
	if err != nil {
		t.Fatalf("search %q: %v", query, err)
	}
	var titles []string
	for _, h := range hits {
		titles = append(titles, h.Summary.Title)
	}
	return titles
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// verifySearch checks the search index against the articles: every
// stored article is one live document numbered by its body, nothing else
// is, and the segments do not overlap.
func verifySearch(t testing.TB, s *Store) {
	t.Helper()
	err := s.view("verify search", func(tx *txn) error {
		want := map[uint64]model.ID{}
		err := tx.b(bucketArticles).ForEach(func(k, v []byte) error {
			sum, err := decodeSummary(v)
			if err != nil {
				return err
			}
			want[sum.body] = keyID(k)
			return nil
		})
		if err != nil {
			return err
		}
		segs, err := tx.segments()
		if err != nil {
			return err
		}
		got := map[uint64]model.ID{}
		for i, seg := range segs {
			if i > 0 && seg.Docs.First() <= segs[i-1].Docs.Last() {
				t.Errorf("segment %d overlaps the one before", seg.ID)
			}
			if tx.b(bucketSearchPostings).Bucket(segKey(seg.ID)) == nil {
				t.Errorf("segment %d has no postings bucket", seg.ID)
			}
			for r := range seg.Docs.Len() {
				doc := seg.Docs.Doc(r)
				if _, dead := slices.BinarySearch(seg.Deleted, doc); dead {
					continue
				}
				if _, dup := got[doc]; dup {
					t.Errorf("document %d twice", doc)
				}
				got[doc] = seg.Docs.ID(r)
			}
		}
		for doc, id := range want {
			if got[doc] != id {
				t.Errorf("article %s (document %d) is indexed as %q", id, doc, got[doc])
			}
		}
		for doc, id := range got {
			if _, ok := want[doc]; !ok {
				t.Errorf("document %d (%s) is live but stored nowhere", doc, id)
			}
		}
		if n := tx.b(bucketSearchPostings).Stats().BucketN - 1; n != len(segs) {
			t.Errorf("%d postings buckets for %d segments", n, len(segs))
		}
		if v := getU32(tx.b(bucketMeta), keySearch); v != search.Version {
			t.Errorf("search version %d, want %d", v, search.Version)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The corpus: a1 "Harbour dredging approved" (harbour feed; Vellacourt
// twice, Water Board once), a2 "Tram fares to rise" (transit feed; the
// Transit Authority, Draycott twice), a3 "Vellacourt answers harbour
// critics" (Vellacourt, Draycott), a4 "Fishing quotas debated" (the
// guild). Each quote reads "Point N about TITLE from SPEAKER".
var (
	a1 = "Harbour dredging approved"
	a2 = "Tram fares to rise"
	a3 = "Vellacourt answers harbour critics"
	a4 = "Fishing quotas debated"
)

func TestSearchOperators(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	if err := s.SetBookmarked(arts[1].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.AddFeed(model.Feed{URL: feedTransit, Name: "Velmora Transit News"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"harbour", []string{a1, a3}},
		{"HARBOURS", []string{a1, a3}},
		{`"harbour critics"`, []string{a3}},
		{`"critics harbour"`, nil},
		{"speaker:vellacourt", []string{a1, a3}},
		{`speaker:"Mayor Vellacourt"`, []string{a1, a3}},
		{`speaker:"port calder water board"`, []string{a1}},
		{"speaker:nobody", nil},
		// "Vellacourt" is in a3's title, and in quotes that name her.
		{"vellacourt -speaker:vellacourt", nil},
		{"said:tram", []string{a2}},
		{"speaker:draycott said:tram", []string{a2}},
		{"speaker:vellacourt said:tram", nil},
		{`said:"point 2 about"`, []string{a1, a2, a3}},
		{"speaker:guild", []string{a4}},
		{"category:local", []string{a1, a2, a3, a4}},
		{"category:sport", nil},
		{"feed:" + feedHarbour, []string{a1}},
		{`feed:"velmora transit news"`, []string{a2}},
		{"feed:transit", []string{a2}},
		{"is:bookmarked", []string{a2}},
		{"is:read", []string{a1}},
		{"is:unread harbour", []string{a3}},
		{"after:2031-03-02 before:2031-03-04", []string{a2, a3}},
		{"monday -harbour", []string{a2, a4}},
	}
	for _, tt := range tests {
		if got := find(t, s, tt.query); !sameSet(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.query, got, tt.want)
		}
	}
	verifySearch(t, s)
}

func TestSearchHits(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s, corpus()...)
	q, _ := search.Parse("speaker:draycott said:tram")
	hits, err := s.Search(q, 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("hits %+v, %v", hits, err)
	}
	h := hits[0]
	if h.Summary.Title != a2 || h.Score <= 0 || h.Summary.Category != "Local" {
		t.Errorf("hit %+v", h)
	}
	if len(h.Quotes) != 2 {
		t.Fatalf("quotes %+v, want Draycott's two", h.Quotes)
	}
	for _, q := range h.Quotes {
		if q.Speaker != "Ilse Draycott" || q.Article != h.Summary.ID || q.Title != a2 {
			t.Errorf("quote %+v", q)
		}
	}
	if got := h.Snippet.Marked("[", "]"); !strings.Contains(got, "about [Tram] fares") || !strings.Contains(got, "Draycott") {
		t.Errorf("snippet %q", got)
	}

	// Without said:, the quotes are those holding the words.
	q, _ = search.Parse(`"point 2" speaker:vellacourt`)
	hits, _ = s.Search(q, 10)
	for _, h := range hits {
		if len(h.Quotes) != 1 || !strings.HasPrefix(h.Quotes[0].Text, "Point 2") || h.Quotes[0].Speaker != "Marta Vellacourt" {
			t.Errorf("%s: quotes %+v", h.Summary.Title, h.Quotes)
		}
	}
}

func TestSearchPage(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s, corpus()...)
	q, _ := search.Parse("category:local")
	all, err := s.SearchPage(q, 0, 0)
	if err != nil || all.Total != 4 || len(all.Hits) != 4 {
		t.Fatalf("all: %d hits of %d, %v", len(all.Hits), all.Total, err)
	}
	page, err := s.SearchPage(q, 1, 2)
	if err != nil || page.Total != 4 || len(page.Hits) != 2 {
		t.Fatalf("page: %d hits of %d, %v", len(page.Hits), page.Total, err)
	}
	for i, h := range page.Hits {
		if h.Summary.ID != all.Hits[i+1].Summary.ID {
			t.Errorf("page hit %d is %s, want %s", i, h.Summary.ID, all.Hits[i+1].Summary.ID)
		}
	}
	if page, _ := s.SearchPage(q, 10, 2); len(page.Hits) != 0 || page.Total != 4 {
		t.Errorf("past the end: %+v", page)
	}
	list, total, err := s.SearchList(q, 1, 2)
	if err != nil || total != 4 || len(list) != 2 {
		t.Fatalf("SearchList: %d of %d, %v", len(list), total, err)
	}
	for i, sum := range list {
		if want := page.Hits[i].Summary; sum.ID != want.ID || sum.Title != want.Title || sum.State != want.State {
			t.Errorf("SearchList %d: %+v, want %+v", i, sum, want)
		}
	}
}

// TestSearchFollowsChanges updates, re-extracts and deletes articles and
// checks the index each time.
func TestSearchFollowsChanges(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)

	changed := arts[1]
	changed.Body = append(slices.Clone(changed.Body), "The ferry timetable changes too.")
	if res := mustPut(t, s, changed); res.Updated != 1 {
		t.Fatalf("put: %+v", res)
	}
	if got := find(t, s, "ferry"); !sameSet(got, []string{a2}) {
		t.Errorf("ferry after update: %q", got)
	}
	if got := find(t, s, "tram"); !sameSet(got, []string{a2}) {
		t.Errorf("tram after update: %q (the old version must be gone)", got)
	}
	verifySearch(t, s)

	// Re-extraction: the quotes move to another speaker.
	quotes := slices.Clone(changed.Quotes)
	for i := range quotes {
		quotes[i].Speaker = "Corwin Baskerton"
	}
	speakers := []model.Speaker{{Name: "Corwin Baskerton", Kind: model.Person, Quotes: len(quotes)}}
	rex := changed
	rex.Speakers, rex.Quotes, rex.ExtractorVersion = speakers, quotes, 2
	mustPut(t, s, rex)
	if got := find(t, s, "speaker:draycott said:tram"); len(got) != 0 {
		t.Errorf("Draycott's quotes after re-extraction: %q", got)
	}
	if got := find(t, s, "speaker:baskerton said:tram"); !sameSet(got, []string{a2}) {
		t.Errorf("Baskerton's quotes after re-extraction: %q", got)
	}
	verifySearch(t, s)

	if err := s.SetBookmarked(arts[2].ID, true); err != nil {
		t.Fatal(err)
	}
	if got := find(t, s, "harbour is:bookmarked"); !sameSet(got, []string{a3}) {
		t.Errorf("bookmarked: %q", got)
	}

	if err := s.Delete(arts[2].ID); err != nil {
		t.Fatal(err)
	}
	if got := find(t, s, "harbour"); !sameSet(got, []string{a1}) {
		t.Errorf("harbour after delete: %q", got)
	}
	verifySearch(t, s)

	// The same article twice in one batch: one live document.
	again := arts[3]
	again.Title += " again"
	mustPut(t, s, arts[3], again)
	if got := find(t, s, "fishing"); !sameSet(got, []string{a4 + " again"}) {
		t.Errorf("fishing: %q", got)
	}
	verifySearch(t, s)
}

// TestSearchMergesAndReopens imports in many small batches, so segments
// merge, and checks results against a rebuilt index and after reopening.
func TestSearchMergesAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := newGen(3)
	var ids []model.ID
	for i := range 3 * search.MergeFactor {
		res := mustPut(t, s, g.article(2*i), g.article(2*i+1))
		ids = append(ids, res.IDs...)
		if i%4 == 0 {
			if err := s.Delete(ids[len(ids)-1]); err != nil {
				t.Fatal(err)
			}
		}
	}
	verifySearch(t, s)
	var nsegs int
	_ = s.view("count", func(tx *txn) error {
		segs, err := tx.segments()
		nsegs = len(segs)
		return err
	})
	if nsegs >= 3*search.MergeFactor/2 {
		t.Errorf("%d segments after %d small imports: merges did not run", nsegs, 3*search.MergeFactor)
	}

	queries := []string{g.vocab[30], `"` + g.vocab[30] + " " + g.vocab[31] + `"`, "speaker:" + strings.ToLower(genLast[2]), "said:" + g.vocab[40]}
	before := map[string][]SearchHit{}
	for _, q := range queries {
		pq, _ := search.Parse(q)
		before[q], err = s.Search(pq, 0)
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := s.ReindexSearch(); err != nil {
		t.Fatal(err)
	}
	verifySearch(t, s)
	s.Close()
	if s, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, q := range queries {
		pq, _ := search.Parse(q)
		after, err := s.Search(pq, 0)
		if err != nil {
			t.Fatal(err)
		}
		// Scores shift slightly: the rebuild left deleted documents
		// out of the statistics. The hits must not change.
		if len(after) == 0 || !sameSet(idsOf(after), idsOf(before[q])) {
			t.Errorf("%q: %d hits after rebuild and reopen, %d before", q, len(after), len(before[q]))
		}
	}
}

func idsOf(hits []SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, string(h.Summary.ID))
	}
	return out
}

// TestMigrateV2 makes a schema 2 file (schema 3 without the search index)
// and opens it: the migration indexes the articles already stored.
func TestMigrateV2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, corpus()...)
	s.Close()
	writeBolt(t, path, func(tx *bolt.Tx) error {
		for _, name := range searchBuckets() {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Delete(keySearch); err != nil {
			return err
		}
		return putU32(meta, keySchema, 2)
	})
	s = openMigrated(t, path)
	if got := find(t, s, "harbour"); !sameSet(got, []string{a1, a3}) {
		t.Errorf("harbour after migration: %q", got)
	}
	verifySearch(t, s)
	verify(t, s)
}

// TestSearchVersionRebuild opens a file whose index another analyser
// version made: Open rebuilds it.
func TestSearchVersionRebuild(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, corpus()...)
	s.Close()
	// An index of another version: wrong terms, wrong version.
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return putU32(tx.Bucket(bucketMeta), keySearch, search.Version+1)
	})
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSearchPostings).ForEachBucket(func(k []byte) error {
			b := tx.Bucket(bucketSearchPostings).Bucket(k)
			return b.Delete([]byte("harbour"))
		})
	})
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := find(t, s, "harbour"); !sameSet(got, []string{a1, a3}) {
		t.Errorf("harbour after rebuild: %q", got)
	}
	verifySearch(t, s)
}

func TestSearchHostileText(t *testing.T) {
	s := openTemp(t)
	a := corpus()[0]
	a.ID = model.NewID("hostile")
	a.Body = append(slices.Clone(a.Body), "The \x1b]52;c;ZXZpbA==\a lighthouse \x1b[2Jkeeper spoke.")
	mustPut(t, s, a)
	q, _ := search.Parse("lighthouse")
	hits, err := s.Search(q, 5)
	if err != nil || len(hits) != 1 {
		t.Fatalf("%+v, %v", hits, err)
	}
	if strings.ContainsAny(hits[0].Snippet.Text, "\x1b\a") {
		t.Errorf("snippet %q keeps control bytes", hits[0].Snippet.Text)
	}
}

func TestSearchEmptyStore(t *testing.T) {
	s := openTemp(t)
	if got := find(t, s, "anything"); len(got) != 0 {
		t.Errorf("empty store: %q", got)
	}
	if got := find(t, s, "is:unread"); len(got) != 0 {
		t.Errorf("empty store: %q", got)
	}
	verifySearch(t, s)
}

func ExampleStore_Search() {
	dir, err := os.MkdirTemp("", "soundbite-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	s, err := Open(filepath.Join(dir, "soundbite.db"), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	_, _ = s.Put([]model.Article{{
		ID:        model.NewID("example"),
		Title:     "Harbour reopens",
		Body:      []string{`"The quay is safe again," said Harbour Master Odile Ferrold.`},
		Published: time.Date(2031, 4, 2, 8, 0, 0, 0, time.UTC),
		Speakers:  []model.Speaker{{Name: "Odile Ferrold", Aliases: []string{"Ferrold"}, Quotes: 1}},
		Quotes:    []model.Quote{{Speaker: "Odile Ferrold", Kind: model.Direct, Text: "The quay is safe again,", Start: 1, End: 24}},
	}})
	q, err := search.Parse(`speaker:ferrold said:quay`)
	if err != nil {
		fmt.Println(err)
		return
	}
	hits, _ := s.Search(q, 10)
	for _, h := range hits {
		fmt.Println(h.Summary.Title, "|", h.Snippet.Marked("*", "*"))
	}
	// Output: Harbour reopens | "The *quay* is safe again," said Harbour Master Odile Ferrold.
}

func TestSavedSearches(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"speaker:peskov", "ceasefire", "  speaker:peskov ", "is:unread"} {
		if err := s.SaveSearch(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveSearch("   "); err == nil {
		t.Error("saving an empty search did not fail")
	}
	if err := s.ForgetSearch("ceasefire"); err != nil {
		t.Fatal(err)
	}
	if err := s.ForgetSearch("never saved"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.SavedSearches()
	if want := []string{"is:unread", "speaker:peskov"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("SavedSearches = %q, %v; want %q", got, err, want)
	}
	for i := range MaxSavedSearches + 5 {
		if err := s.SaveSearch(fmt.Sprintf("word%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := s.SavedSearches(); len(got) != MaxSavedSearches || got[0] != fmt.Sprintf("word%d", MaxSavedSearches+4) {
		t.Errorf("%d saved, first %q", len(got), got[0])
	}
}

func TestSessionKeepsQuery(t *testing.T) {
	s := openTemp(t)
	want := model.Session{Selected: corpus()[0].ID, Filter: model.Filter{Unread: true, Folder: "Coast/North"},
		Query: `speaker:vellacourt "harbour critics"`, Feeds: true}
	if err := s.SaveSession(want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Session()
	if err != nil || got.Query != want.Query || got.Selected != want.Selected || !got.Filter.Unread ||
		got.Filter.Folder != want.Filter.Folder || !got.Feeds {
		t.Errorf("Session = %+v, %v; want %+v", got, err, want)
	}
	// A version 1 record, from before searches, still reads.
	e := encoder{}
	e.byte(sessionV1)
	e.str("")
	e.strs(nil)
	e.str("")
	e.boolean(true)
	e.boolean(false)
	e.str("harbour")
	old, err := decodeSession(e.b)
	if err != nil || !old.Filter.Unread || old.Filter.Title != "harbour" || old.Query != "" {
		t.Errorf("version 1 session: %+v, %v", old, err)
	}
}
