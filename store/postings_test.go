package store

import (
	"bytes"
	"fmt"
	"math/rand"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// randomLists makes n posting-list-like values in term order: most a few
// bytes, some a page or two, a few tens of KiB. Like a real list, none
// starts with a zero byte.
func randomLists(r *rand.Rand, n int) (terms []string, lists [][]byte) {
	for i := range n {
		var size int
		switch x := r.Intn(100); {
		case x < 60:
			size = 1 + r.Intn(64)
		case x < 85:
			size = 64 + r.Intn(1000)
		case x < 97:
			size = 1000 + r.Intn(8000)
		default:
			size = 8000 + r.Intn(40000)
		}
		list := make([]byte, size)
		r.Read(list)
		list[0] |= 1
		terms = append(terms, fmt.Sprintf("term%06d%s", i, bytes.Repeat([]byte("x"), r.Intn(12))))
		lists = append(lists, list)
	}
	return terms, lists
}

// TestPostingsFillPages writes lists of every size into a postings
// bucket as a segment does, and checks that each reads back whole, by
// term and walking the bucket as a merge does, and that the bucket's
// pages are full: no overflow pages, and all but a little of each page
// in use.
func TestPostingsFillPages(t *testing.T) {
	for seed := range int64(4) {
		r := rand.New(rand.NewSource(seed))
		terms, lists := randomLists(r, 3000)
		db, err := bolt.Open(filepath.Join(t.TempDir(), "p.db"), 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("seg"))
			if err != nil {
				return err
			}
			b.FillPercent = 1.0
			c := newPostingCutter(db.Info().PageSize)
			for i, term := range terms {
				if err := putPostings(b.Put, c, []byte(term), lists[i]); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		err = db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("seg"))
			for i, term := range terms {
				c := b.Cursor()
				k, v := c.Seek([]byte(term))
				got, err := postingList(c.Next, k, v)
				if err != nil || !bytes.Equal(got, lists[i]) {
					return fmt.Errorf("list of %s (%d bytes) reads back as %d bytes, %v", term, len(lists[i]), len(got), err)
				}
			}
			n := 0
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				got, err := postingList(c.Next, k, v)
				if err != nil {
					return err
				}
				if n >= len(terms) || string(k) != terms[n] || !bytes.Equal(got, lists[n]) {
					return fmt.Errorf("walk: list %d is %q, want %q", n, k, terms[min(n, len(terms)-1)])
				}
				n++
			}
			if n != len(terms) {
				return fmt.Errorf("walk met %d lists, want %d", n, len(terms))
			}
			st := b.Stats()
			if st.LeafOverflowN != 0 {
				t.Errorf("seed %d: %d overflow pages", seed, st.LeafOverflowN)
			}
			// The cutter follows bbolt's packing exactly but at the
			// bucket's end, whose last page is partly empty. (Stored
			// whole, these lists leave a fifth of the bytes unused.)
			if waste := st.LeafAlloc - st.LeafInuse; waste > 2*db.Info().PageSize {
				t.Errorf("seed %d: %d of %d bytes of leaf pages unused", seed, waste, st.LeafAlloc)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPostingListDamaged checks that a head whose chunks are missing or
// out of place fails as corrupt rather than reading short.
func TestPostingListDamaged(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "p.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("seg"))
		if err != nil {
			return err
		}
		// A head that says two chunks follow, then one, then another term.
		if err := b.Put([]byte("harbour"), []byte{chunkedHead, 0, 2, 9, 9}); err != nil {
			return err
		}
		if err := b.Put(chunkKey([]byte("harbour"), 1), []byte{1}); err != nil {
			return err
		}
		if err := b.Put([]byte("harbours"), []byte{1, 2}); err != nil {
			return err
		}
		return b.Put([]byte("quay"), []byte{chunkedHead, 0})
	})
	if err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		for _, term := range []string{"harbour", "quay"} {
			c := tx.Bucket([]byte("seg")).Cursor()
			k, v := c.Seek([]byte(term))
			if _, err := postingList(c.Next, k, v); err == nil {
				t.Errorf("%s: damaged chunks read without error", term)
			}
		}
		return nil
	})
}

// TestPostingTerms checks which terms a postings bucket takes: a zero
// byte could pass for a continuation key.
func TestPostingTerms(t *testing.T) {
	for term, want := range map[string]bool{
		"harbour": true, "\x01fhttps://example.org/feed": true,
		"": false, "\x01cport\x00calder": false, string(bytes.Repeat([]byte("a"), maxIndexKey+1)): false,
	} {
		if got := postingTerm(term); got != want {
			t.Errorf("postingTerm(%.20q) = %v, want %v", term, got, want)
		}
	}
}

// FuzzPostingList reads a head and the entries after it, as a cursor
// would meet them: it must not panic, and what it returns is the head's
// part and the chunks it vouched for, joined.
func FuzzPostingList(f *testing.F) {
	f.Add([]byte{chunkedHead, 0, 1, 7}, []byte("quay\x00\x00\x01\xff\x08"))
	f.Add([]byte{chunkedHead, 0, 2, 7}, []byte("quay\x00\x00\x01\xff\x08\xffquay\x00\x00\x02\xff"))
	f.Add([]byte{3, 1, 2}, []byte{})
	f.Fuzz(func(t *testing.T, head, rest []byte) {
		fields := bytes.Split(rest, []byte{0xff})
		next := func() ([]byte, []byte) {
			if len(fields) < 2 {
				return nil, nil
			}
			k, v := fields[0], fields[1]
			fields = fields[2:]
			return k, v
		}
		list, err := postingList(next, []byte("quay"), head)
		if err != nil {
			return
		}
		if len(head) > 0 && head[0] != chunkedHead {
			if !bytes.Equal(list, head) {
				t.Fatalf("whole list %x read as %x", head, list)
			}
			return
		}
		if len(head) >= chunkHeadLen && !bytes.HasPrefix(list, head[chunkHeadLen:]) {
			t.Fatalf("list %x does not start with the head's part %x", list, head[chunkHeadLen:])
		}
	})
}
