package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// openTemp opens a new store in a fresh temporary directory.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "soundbite.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func mustPut(t testing.TB, s *Store, arts ...model.Article) PutResult {
	t.Helper()
	res, err := s.Put(arts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// spk is a speaker of a test article and how many quotes it gets.
type spk struct {
	name    string
	kind    model.SpeakerKind
	aliases []string
	roles   []string
	quotes  int
}

var (
	vellacourt = spk{"Marta Vellacourt", model.Person, []string{"Vellacourt", "Mayor Vellacourt"}, []string{"mayor of Port Calder"}, 2}
	waterBoard = spk{"Port Calder Water Board", model.Organization, nil, nil, 1}
	draycott   = spk{"Ilse Draycott", model.Person, []string{"Draycott"}, []string{"union steward"}, 2}
	transit    = spk{"Velmora Transit Authority", model.Organization, []string{"the authority"}, nil, 1}
	guild      = spk{"Oslund Fisheries Guild", model.Organization, []string{"the guild"}, nil, 1}
)

const (
	feedHarbour = "https://harbour.example.org/rss"
	feedTransit = "https://transit.example.org/atom"
)

func day(d int) time.Time { return time.Date(2031, 3, d, 9, 30, 0, 0, time.UTC) }

// art builds an article whose body holds each speaker's quotes, with
// offsets that point at them.
func art(title, feed string, published time.Time, speakers ...spk) model.Article {
	a := model.Article{
		ID:               model.NewID("test\x00" + title),
		Title:            title,
		Category:         "Local",
		Caption:          "A quay in " + title,
		Source:           "testdata/" + strings.ReplaceAll(strings.ToLower(title), " ", "-") + ".txt",
		Feed:             feed,
		Author:           "Staff reporter",
		Published:        published,
		Imported:         day(20),
		ExtractorVersion: 1,
	}
	a.Body = append(a.Body, "The story of "+title+" began on Monday.")
	offset := len(a.Body[0]) + len(model.ParagraphSep)
	for _, sp := range speakers {
		a.Speakers = append(a.Speakers, model.Speaker{
			Name: sp.name, Kind: sp.kind, Aliases: sp.aliases, Roles: sp.roles, Quotes: sp.quotes,
		})
		for n := range sp.quotes {
			text := fmt.Sprintf("Point %d about %s from %s", n+1, title, sp.name)
			p := "\u201c" + text + ",\u201d " + sp.name + " said."
			start := offset + len("\u201c")
			a.Quotes = append(a.Quotes, model.Quote{
				Speaker: sp.name, Kind: model.Direct, Text: text, Cue: "said",
				Start: start, End: start + len(text),
			})
			a.Body = append(a.Body, p)
			offset += len(p) + len(model.ParagraphSep)
		}
	}
	return a
}

// corpus is a small store's worth of articles, oldest last:
//
//	a1 day 1, harbour feed: Vellacourt (2), Water Board (1)
//	a2 day 2, transit feed: Transit Authority (1), Draycott (2)
//	a3 day 3, no feed:      Vellacourt (2), Draycott (2)
//	a4 no published date (imported day 20, so newest): the guild (1)
func corpus() []model.Article {
	a4 := art("Fishing quotas debated", "", time.Time{}, guild)
	return []model.Article{
		art("Harbour dredging approved", feedHarbour, day(1), vellacourt, waterBoard),
		art("Tram fares to rise", feedTransit, day(2), transit, draycott),
		art("Vellacourt answers harbour critics", "", day(3), vellacourt, draycott),
		a4,
	}
}

// utc puts every time in a into UTC, so articles compare with DeepEqual
// whatever zone the store reads times back in.
func utc(a model.Article) model.Article {
	for _, p := range []*time.Time{&a.Published, &a.Imported, &a.State.ReadAt, &a.State.BookmarkedAt} {
		if !p.IsZero() {
			*p = p.UTC()
		}
	}
	return a
}

func sameArticle(t testing.TB, got, want model.Article) {
	t.Helper()
	if g, w := utc(got), utc(want); !reflect.DeepEqual(g, w) {
		t.Errorf("article %s:\n got %+v\nwant %+v", want.ID, g, w)
	}
}

func ids(sums []model.Summary) []model.ID {
	out := make([]model.ID, 0, len(sums))
	for _, s := range sums {
		out = append(out, s.ID)
	}
	return out
}

// verify rebuilds every index, aggregate and counter from the articles and
// compares them with what the store maintained incrementally, and checks
// the search index (verifySearch). The speaker log is folded first, as
// any reader of the speaker index does.
func verify(t testing.TB, s *Store) {
	t.Helper()
	if err := s.settle(); err != nil {
		t.Fatalf("fold the speaker log: %v", err)
	}
	verifySearch(t, s)
	type want struct {
		byDate, unread, bookmarked map[string]bool
		byFeed                     map[string]map[string]string
		bySpeaker                  map[string]map[string]string
		aggs                       map[string]*aggregate
		counts                     model.Counts
	}
	w := want{
		byDate: map[string]bool{}, unread: map[string]bool{}, bookmarked: map[string]bool{},
		byFeed: map[string]map[string]string{}, bySpeaker: map[string]map[string]string{},
		aggs: map[string]*aggregate{},
	}
	add := func(m map[string]map[string]string, name string, k, v []byte) {
		if m[name] == nil {
			m[name] = map[string]string{}
		}
		m[name][string(k)] = string(v)
	}
	err := s.ForEach(func(a model.Article) error {
		idk, err := idKey(a.ID)
		if err != nil {
			return err
		}
		dk := dateIDKey(a.Date(), idk)
		w.byDate[string(dk)] = true
		w.counts.Articles++
		if !a.State.Read {
			w.unread[string(dk)] = true
			w.counts.Unread++
		}
		if a.State.Bookmarked {
			w.bookmarked[string(dk)] = true
			w.counts.Bookmarked++
		}
		if indexable(a.Feed) {
			add(w.byFeed, a.Feed, dk, nil)
		}
		// Every speaker named or quoted joins the identity its links
		// name, with the numbers of its quotes.
		var links map[string]string
		_ = s.view("links", func(tx *txn) error { links = tx.links(dk); return nil })
		nums := map[string][]int{}
		for _, c := range speakerContribs(&a) {
			id := links[c.key]
			if id == "" {
				t.Errorf("article %s: speaker %q has no link", a.ID, c.key)
				continue
			}
			_, seen := nums[id]
			if w.aggs[id] == nil {
				w.aggs[id] = newAggregate()
			}
			(&aggEntry{agg: w.aggs[id]}).apply(c, true, !seen)
			nums[id] = append(nums[id], c.nums...)
		}
		for id, ns := range nums {
			slices.Sort(ns)
			add(w.bySpeaker, id, dk, encodeQuoteNums(ns))
		}
		return nil
	})
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	keys := func(b *bolt.Bucket) map[string]bool {
		m := map[string]bool{}
		_ = b.ForEach(func(k, _ []byte) error { m[string(k)] = true; return nil })
		return m
	}
	entries := func(b *bolt.Bucket) map[string]string {
		m := map[string]string{}
		_ = b.ForEach(func(k, v []byte) error { m[string(k)] = string(v); return nil })
		return m
	}
	nested := func(b *bolt.Bucket, what string) map[string]map[string]string {
		m := map[string]map[string]string{}
		_ = b.ForEachBucket(func(name []byte) error {
			nb := b.Bucket(name)
			m[string(name)] = entries(nb)
			if what != "aliases" && int(nb.Sequence()) != len(m[string(name)]) {
				t.Errorf("%s/%s: sequence %d, %d entries", what, name, nb.Sequence(), len(m[string(name)]))
			}
			return nil
		})
		return m
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		check := func(what string, got, want any) {
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: got %v, want %v", what, got, want)
			}
		}
		check("by_date", keys(tx.Bucket(bucketByDate)), w.byDate)
		check("unread", keys(tx.Bucket(bucketUnread)), w.unread)
		check("bookmarked", keys(tx.Bucket(bucketBookmarked)), w.bookmarked)
		check("by_feed", nested(tx.Bucket(bucketByFeed), "by_feed"), w.byFeed)
		check("by_speaker", nested(tx.Bucket(bucketBySpeaker), "by_speaker"), w.bySpeaker)

		gotAggs := map[string]*aggregate{}
		wantRank, wantAliases := map[string]bool{}, map[string]map[string]string{}
		_ = tx.Bucket(bucketSpeakers).ForEach(func(k, v []byte) error {
			agg, err := decodeAggregate(v)
			if err != nil {
				t.Errorf("speaker %q: %v", k, err)
			}
			gotAggs[string(k)] = agg
			return nil
		})
		for key, agg := range w.aggs {
			wantRank[string(rankKey(agg.quotes, key))] = true
			for f, flags := range agg.forms() {
				if wantAliases[f] == nil {
					wantAliases[f] = map[string]string{}
				}
				wantAliases[f][key] = string([]byte{flags})
			}
		}
		// Bodies: exactly the chunks the summaries point to.
		wantChunks := map[string]bool{}
		_ = tx.Bucket(bucketArticles).ForEach(func(k, v []byte) error {
			sum, err := decodeSummary(v)
			if err != nil {
				t.Errorf("summary %x: %v", k, err)
			}
			for i := range sum.chunks {
				wantChunks[string(bodyKey(sum.body+uint64(i)))] = true
			}
			return nil
		})
		check("bodies", keys(tx.Bucket(bucketBodies)), wantChunks)
		check("speakers", gotAggs, w.aggs)
		check("speaker_rank", keys(tx.Bucket(bucketSpeakerRank)), wantRank)
		check("aliases", nested(tx.Bucket(bucketAliases), "aliases"), wantAliases)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	counts, err := s.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if counts != w.counts {
		t.Errorf("Counts() = %+v, want %+v", counts, w.counts)
	}
}

// fileBytes reads a file whole, for before-and-after comparisons.
func fileBytes(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sameBytes(t testing.TB, path string, before []byte) {
	t.Helper()
	if after := fileBytes(t, path); !bytes.Equal(before, after) {
		t.Errorf("%s changed: %d bytes before, %d after", filepath.Base(path), len(before), len(after))
	}
}

// openMigrated opens the store file at path, which holds an older schema:
// a read-only open is refused for it, and a read-write one migrates it to
// the current schema. The store is closed when the test ends.
func openMigrated(t *testing.T, path string) *Store {
	t.Helper()
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrOlderSchema) {
		t.Errorf("read-only Open of an older schema = %v, want ErrOlderSchema", err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if got := readSchemaOf(t, s); got != schemaVersion {
		t.Errorf("schema after migration = %d, want %d", got, schemaVersion)
	}
	return s
}
