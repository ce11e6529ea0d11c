package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// directWrites puts batches into a new store that writes the speaker
// index in every Put, as stores did before schema 7: what the log must
// fold into.
func directWrites(t *testing.T, batches [][]model.Article) *Store {
	t.Helper()
	s := openTemp(t)
	s.direct = true
	for _, b := range batches {
		mustPut(t, s, b...)
	}
	return s
}

// logArticles are articles whose speakers meet every identity rule
// (identity.go) across batches: generated people and organisations
// named in full and by surname, and the identity tests' bare, titled and
// shared names, spread over the batches.
func logArticles() [][]model.Article {
	g := newGen(7)
	var all []model.Article
	for i := range 240 {
		a := g.article(i)
		if sp := a.Speakers[0]; i%7 == 3 && len(sp.Aliases) > 0 {
			// A bare surname alone, as rule 4 decides it.
			for q := range a.Quotes {
				if a.Quotes[q].Speaker == sp.Name {
					a.Quotes[q].Speaker = sp.Aliases[0]
				}
			}
			sp.Name, sp.Aliases = sp.Aliases[0], nil
			a.Speakers[0] = sp
		}
		all = append(all, a)
	}
	all = append(all, corpus()...)
	all = append(all, brennoArticles()...)
	var batches [][]model.Article
	for len(all) > 0 {
		n := min(37, len(all))
		batches = append(batches, all[:n])
		all = all[n:]
	}
	return batches
}

// speakerDump is every speaker bucket of a store, nested buckets with
// their sequences, as bytes.
func speakerDump(t testing.TB, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	var walk func(prefix string, b *bolt.Bucket)
	walk = func(prefix string, b *bolt.Bucket) {
		_ = b.ForEach(func(k, v []byte) error {
			if v == nil {
				nb := b.Bucket(k)
				out[prefix+string(k)+"/#seq"] = fmt.Sprint(nb.Sequence())
				walk(prefix+string(k)+"/", nb)
				return nil
			}
			out[prefix+string(k)] = string(v)
			return nil
		})
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		for _, name := range speakerBuckets() {
			walk(string(name)+"/", tx.Bucket(name))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// pendingCount is how many articles the log holds.
func pendingCount(t testing.TB, s *Store) int {
	t.Helper()
	n := 0
	_ = s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketSpeakerPending).Stats().KeyN
		return nil
	})
	return n
}

// speakerReads is what every reader of the speaker index answers.
type speakerReads struct {
	Speakers  []model.SpeakerCount
	Filtered  []model.SpeakerCount
	Named     map[string][]model.SpeakerCount
	Quotes    map[string][]model.QuoteRef
	Listed    map[string][]model.ID
	Counted   map[string]int
	Searched  map[string][]model.ID
	Extractor int
}

func readSpeakers(t testing.TB, s *Store) speakerReads {
	t.Helper()
	r := speakerReads{Named: map[string][]model.SpeakerCount{}, Quotes: map[string][]model.QuoteRef{},
		Listed: map[string][]model.ID{}, Counted: map[string]int{}, Searched: map[string][]model.ID{}}
	var err error
	if r.Speakers, err = s.Speakers(model.Filter{}, 0); err != nil {
		t.Fatal(err)
	}
	if r.Filtered, err = s.Speakers(model.Filter{Feed: "https://news3.example.org/feed.xml"}, 0); err != nil {
		t.Fatal(err)
	}
	forms := []string{"Vellacourt", "Marta Vellacourt", "Draycott", "Brenno", "Osterby", "Amara Osterby",
		"Greyhaven Council", "Tobias", "Kestrelle", "the council", "Marrow Council"}
	for _, form := range forms {
		scs, err := s.SpeakersNamed(form)
		if err != nil && !errors.Is(err, ErrNotFound) {
			t.Fatal(err)
		}
		r.Named[form] = scs
		if r.Quotes[form], err = s.SpeakerQuotes(form, 0); err != nil {
			t.Fatal(err)
		}
		f := model.Filter{Speakers: []string{form}}
		items, err := s.List(f, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			r.Listed[form] = append(r.Listed[form], it.ID)
		}
		if r.Counted[form], err = s.Count(f); err != nil {
			t.Fatal(err)
		}
		hits := speakerHits(t, s, form)
		for _, h := range hits {
			r.Searched[form] = append(r.Searched[form], h.Summary.ID)
		}
	}
	return r
}

// TestSpeakerLogFoldsLikeDirectWrites puts the same batches into a store
// that writes the speaker index in every Put (as before schema 7) and
// into one that logs it: whether the log is folded by a reader, at the
// end of the import, when it passes its bound or between every Put, the
// speaker buckets come out byte for byte the same, and every reader
// answers the same before the fold as after it.
func TestSpeakerLogFoldsLikeDirectWrites(t *testing.T) {
	batches := logArticles()
	direct := directWrites(t, batches)
	want := speakerDump(t, direct)
	wantReads := readSpeakers(t, direct)
	verify(t, direct)

	for _, c := range []struct{ bound, chunk int }{{1, 1024}, {50, 1024}, {100, 1024}, {50, 7}, {120, 40}, {1 << 20, 1024}, {1 << 20, 3}} {
		bound := c.bound
		t.Run(fmt.Sprintf("fold after %d, %d a step", c.bound, c.chunk), func(t *testing.T) {
			s := openTemp(t)
			s.foldAfter, s.foldChunk = c.bound, c.chunk
			for _, b := range batches {
				mustPut(t, s, b...)
				if n := pendingCount(t, s); n >= bound+c.bound/c.chunk*37+37 {
					t.Fatalf("the log holds %d articles after a Put, past its bound %d", n, bound)
				}
			}
			if bound == 1<<20 {
				if n := pendingCount(t, s); n != 247 {
					t.Fatalf("the log holds %d articles, want every one of 247", n)
				}
				if dump := speakerDump(t, s); len(dump) >= len(want)/2 {
					t.Fatalf("the speaker buckets hold %d entries before the fold, want few", len(dump))
				}
			}
			// Reads fold the log first (settle): they answer as the
			// direct store does.
			if got := readSpeakers(t, s); !reflect.DeepEqual(got, wantReads) {
				t.Errorf("reads with the log differ from direct writes:\n got %+v\nwant %+v", got, wantReads)
			}
			if n := pendingCount(t, s); n != 0 {
				t.Errorf("the log holds %d articles after a read, want 0", n)
			}
			if got := speakerDump(t, s); !reflect.DeepEqual(got, want) {
				diffDumps(t, got, want)
			}
			verify(t, s)
		})
	}
}

func diffDumps(t testing.TB, got, want map[string]string) {
	t.Helper()
	n := 0
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			if n++; n <= 5 {
				t.Errorf("speaker buckets: %q = %q, want %q", k, got[k], v)
			}
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			if n++; n <= 10 {
				t.Errorf("speaker buckets: %q present, want absent", k)
			}
		}
	}
	if n > 0 {
		t.Errorf("%d differences in all (%d entries, want %d)", n, len(got), len(want))
	}
}

// TestSpeakerLogFoldsAtImportEnd: an import's last write,
// SetExtractorVersion, folds what its batches logged, as does Close.
func TestSpeakerLogFoldsAtImportEnd(t *testing.T) {
	batches := logArticles()
	for _, end := range []string{"SetExtractorVersion", "Close"} {
		t.Run(end, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "soundbite.db")
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range batches[:3] {
				mustPut(t, s, b...)
			}
			if n := pendingCount(t, s); n != 3*37 {
				t.Fatalf("the log holds %d articles, want %d", n, 3*37)
			}
			if end == "SetExtractorVersion" {
				if err := s.SetExtractorVersion(9); err != nil {
					t.Fatal(err)
				}
				if n := pendingCount(t, s); n != 0 {
					t.Errorf("the log holds %d articles after the import's end, want 0", n)
				}
				verify(t, s)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			ro, err := Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatalf("read-only Open after the import: %v", err)
			}
			defer ro.Close()
			if n := pendingCount(t, ro); n != 0 {
				t.Errorf("the log holds %d articles after %s, want 0", n, end)
			}
			scs, err := ro.Speakers(model.Filter{}, 0)
			if err != nil || len(scs) == 0 {
				t.Errorf("Speakers after %s = %d speakers, %v", end, len(scs), err)
			}
		})
	}
}

// TestSpeakerLogAfterKill copies a store's file while its log holds
// batches, as a kill between batches leaves it: a read-only Open refuses
// it, the next write Open folds it, and the store then holds what direct
// writes would have, and takes more batches.
func TestSpeakerLogAfterKill(t *testing.T) {
	batches := logArticles()
	direct := directWrites(t, batches)
	want := speakerDump(t, direct)

	dir := t.TempDir()
	path := filepath.Join(dir, "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The log passes its bound in the third batch: the fourth leaves
	// a fold under way.
	s.foldAfter, s.foldChunk = 100, 7
	for _, b := range batches[:4] {
		mustPut(t, s, b...)
	}
	_ = s.db.View(func(tx *bolt.Tx) error {
		if !s.txn(tx).foldState().on {
			t.Error("no fold under way when the store is copied")
		}
		return nil
	})
	killed := filepath.Join(dir, "killed.db")
	if err := os.WriteFile(killed, fileBytes(t, path), 0o600); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()

	if _, err := Open(killed, Options{ReadOnly: true}); !errors.Is(err, ErrOlderSchema) {
		t.Errorf("read-only Open of a store with a log = %v, want ErrOlderSchema", err)
	}
	k, err := Open(killed, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	if n := pendingCount(t, k); n != 0 {
		t.Errorf("the log holds %d articles after a write Open, want 0", n)
	}
	verify(t, k)
	for _, b := range batches[4:] {
		mustPut(t, k, b...)
	}
	readSpeakers(t, k)
	if got := speakerDump(t, k); !reflect.DeepEqual(got, want) {
		diffDumps(t, got, want)
	}
}

// TestSpeakerLogCacheRebuilt: a Store that lost its cache of the log (as
// after a failed transaction) rebuilds it from the log, and decides
// identities as if nothing had been lost.
func TestSpeakerLogCacheRebuilt(t *testing.T) {
	batches := logArticles()
	direct := directWrites(t, batches)
	want := speakerDump(t, direct)

	s := openTemp(t)
	s.foldAfter, s.foldChunk = 60, 11
	for i, b := range batches {
		mustPut(t, s, b...)
		if i%2 == 0 {
			s.pend.aggs = nil
			s.pend.count.Store(-1)
		}
	}
	if n := pendingCount(t, s); n == 0 {
		t.Fatal("the log is empty before the reads")
	}
	readSpeakers(t, s)
	if got := speakerDump(t, s); !reflect.DeepEqual(got, want) {
		diffDumps(t, got, want)
	}
}

// TestSpeakerLogRemovals: replacing and deleting articles whose speakers
// are in the log take back exactly what they added.
func TestSpeakerLogRemovals(t *testing.T) {
	batches := logArticles()
	run := func(s *Store) {
		mustPut(t, s, batches[0]...)
		mustPut(t, s, batches[1]...)
		changed := batches[0][3]
		changed.Title += " (corrected)"
		changed.Speakers = changed.Speakers[1:]
		mustPut(t, s, append([]model.Article{changed}, batches[2]...)...)
		if err := s.Delete(batches[1][5].ID); err != nil {
			t.Fatal(err)
		}
		mustPut(t, s, batches[3]...)
		if _, err := s.DeleteMany([]model.ID{batches[3][0].ID, batches[0][7].ID}, false); err != nil {
			t.Fatal(err)
		}
		mustPut(t, s, batches[4]...)
	}
	direct := openTemp(t)
	direct.direct = true
	run(direct)
	s := openTemp(t)
	s.foldAfter, s.foldChunk = 40, 5 // folds under way at the removals
	run(s)
	verify(t, s)
	if got, want := speakerDump(t, s), speakerDump(t, direct); !reflect.DeepEqual(got, want) {
		diffDumps(t, got, want)
	}
}

// TestMigrateSpeakerLog: a schema 6 store gains an empty log and loses
// nothing.
func TestMigrateSpeakerLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range logArticles()[:3] {
		mustPut(t, s, b...)
	}
	if err := s.SetRead(logArticles()[0][2].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	want, wantReads := speakerDump(t, before), readSpeakers(t, before)
	wantCounts, _ := before.Counts()
	_ = before.Close()

	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketSpeakerPending); err != nil {
			return err
		}
		return putU32(tx.Bucket(bucketMeta), keySchema, 6)
	})
	m := openMigrated(t, path)
	if n := pendingCount(t, m); n != 0 {
		t.Errorf("the migrated log holds %d articles", n)
	}
	verify(t, m)
	if got := speakerDump(t, m); !reflect.DeepEqual(got, want) {
		diffDumps(t, got, want)
	}
	if got := readSpeakers(t, m); !reflect.DeepEqual(got, wantReads) {
		t.Errorf("reads after the migration differ:\n got %+v\nwant %+v", got, wantReads)
	}
	if got, _ := m.Counts(); got != wantCounts {
		t.Errorf("Counts after the migration = %+v, want %+v", got, wantCounts)
	}
	// The migrated store logs the next batch.
	mustPut(t, m, logArticles()[3]...)
	if n := pendingCount(t, m); n != 37 {
		t.Errorf("the log holds %d articles after a Put, want 37", n)
	}
}
