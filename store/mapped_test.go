package store

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// TestMapWatchGivesBackPagesInsideAWrite reads the whole of a store from
// inside a write transaction, as a large batch or a merge does, and
// checks that the watcher leaves the pages that maps alone while they
// are within the budget, gives them back once they are past it, and
// that the transaction reads the same data afterwards.
func TestMapWatchGivesBackPagesInsideAWrite(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("mapped pages are given back only on Linux")
	}
	s := openTemp(t)
	rng := rand.New(rand.NewPCG(7, 11))
	words := strings.Fields("harbour council ferry timetable quay lantern orchard tenants ballot bridge mill archive")
	var arts []model.Article
	for i := range 1000 {
		a := art(fmt.Sprintf("Mapped pages report %d", i), "", day(1+i%27), spk{name: "Ilse Marrow", kind: model.Person, quotes: 1})
		var b strings.Builder
		for range 900 {
			fmt.Fprintf(&b, "%s%d ", words[rng.IntN(len(words))], rng.IntN(1000))
		}
		a.Body = append(a.Body, b.String())
		arts = append(arts, a)
	}
	for i := 0; i < len(arts); i += 500 {
		mustPut(t, s, arts[i:i+500]...)
	}
	if err := s.Trim(); err != nil {
		t.Fatal(err)
	}
	s.mapped.noteDropped()
	err := s.db.Update(func(tx *bolt.Tx) error {
		txn := s.txn(tx)
		read := func() []model.Article {
			var got []model.Article
			c := tx.Bucket(bucketArticles).Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				a, err := txn.article(k)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, a)
			}
			return got
		}
		first := read()
		mapped := rssFileKB(t)
		// Within the budget: nothing is given back.
		s.mapped.base.Store(int64(mapped) * 1024)
		s.mapped.check([]*bolt.DB{s.db})
		if after := rssFileKB(t); after < mapped {
			t.Errorf("RssFile %d KiB after a check within the budget, %d KiB before", after, mapped)
		}
		// Past it (as if the pages had last been given back when the
		// process mapped next to nothing): the store's pages go.
		s.mapped.base.Store(1)
		s.mapped.check([]*bolt.DB{s.db})
		after := rssFileKB(t)
		if after >= mapped {
			t.Errorf("RssFile %d KiB after a check past the budget, %d KiB before", after, mapped)
		}
		if s.mapped.base.Load() == 1 {
			t.Errorf("the check did not note the level it left")
		}
		again := read()
		if len(again) != len(first) || len(first) != len(arts) {
			t.Fatalf("read %d articles, then %d; stored %d", len(first), len(again), len(arts))
		}
		for i := range first {
			if again[i].Title != first[i].Title || strings.Join(again[i].Body, "\n") != strings.Join(first[i].Body, "\n") {
				t.Fatalf("article %d reads differently after its pages were given back", i)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
