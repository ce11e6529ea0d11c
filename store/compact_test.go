package store

import (
	"errors"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

func TestCompactKeepsEverythingInASmallerFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := newGen(3)
	var kept []model.ID
	for b := range 6 {
		batch := make([]model.Article, 100)
		for i := range batch {
			batch[i] = g.article(b*100 + i)
		}
		mustPut(t, s, batch...)
		for i, a := range batch {
			if i%3 == 0 {
				if err := s.Delete(a.ID); err != nil {
					t.Fatal(err)
				}
				continue
			}
			kept = append(kept, a.ID)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// The file grows 4 MiB at a time, so a small one's size says little:
	// compare the pages in use.
	before := pagesInUse(t, path)
	rep, err := Compact(path)
	if err != nil {
		t.Fatal(err)
	}
	if after := pagesInUse(t, path); after >= before*9/10 || rep.After > rep.Before {
		t.Errorf("compaction left %d bytes of pages in a file of %d, was %d in %d", after, rep.After, before, rep.Before)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	verify(t, s)
	counts, err := s.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if counts.Articles != len(kept) {
		t.Errorf("%d articles after compaction, want %d", counts.Articles, len(kept))
	}
	for _, id := range kept {
		if a, err := s.Get(id); err != nil || len(a.Body) == 0 {
			t.Fatalf("article %s after compaction: %v", id, err)
		}
	}
	// The copy is a store to write to like any other.
	mustPut(t, s, g.article(1000))
	verify(t, s)
}

// pagesInUse is how much of the file at path bbolt uses: up to its
// highest page.
func pagesInUse(t *testing.T, path string) int64 {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int64
	_ = db.View(func(tx *bolt.Tx) error { n = tx.Size(); return nil })
	return n
}

func TestCompactRefusesAStoreInUse(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s, newGen(1).article(1))
	if _, err := Compact(s.Path()); !errors.Is(err, ErrLocked) {
		t.Fatalf("compacting a store another Store holds: %v, want ErrLocked", err)
	}
}
