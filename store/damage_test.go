package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
	"soundbite/search"
)

// damageBase builds a store of n generated articles with a feed, closes
// it, and returns its path and the articles.
func damageBase(t *testing.T, n int) (string, []model.Article) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "base.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := newGen(7)
	var arts []model.Article
	for i := range n {
		arts = append(arts, g.article(i))
	}
	for i := 0; i < n; i += 200 {
		mustPut(t, s, arts[i:min(i+200, n)]...)
	}
	if err := s.AddFeed(model.Feed{URL: feedHarbour, Title: "Harbour"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	// An item of the feed, removed: a repair keeps it removed.
	gone := removedItem()
	mustPut(t, s, gone)
	if err := s.Delete(gone.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, arts
}

// removedItem is the feed item damageBase removes.
func removedItem() model.Article { return art("Pier closed for repairs", feedHarbour, day(2)) }

// pageOf finds a page to damage in the file at path.
func pageOf(t *testing.T, path, which string) uint64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, _ := newestMeta(f)
	if which == "freelist" {
		return m.freelist
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	bucket, kind, _ := strings.Cut(which, " ")
	var id uint64
	_ = db.View(func(tx *bolt.Tx) error {
		root := uint64(tx.Bucket([]byte(bucket)).Root())
		if kind == "root" {
			id = root
			return nil
		}
		// A leaf in the middle: the middle child of each branch down.
		buf := make([]byte, m.pageSize)
		for id = root; ; {
			_, _ = f.ReadAt(buf, int64(id)*int64(m.pageSize))
			if binary.NativeEndian.Uint16(buf[8:]) != pageBranch {
				break
			}
			count := int(binary.NativeEndian.Uint16(buf[10:]))
			id = binary.NativeEndian.Uint64(buf[16+elemSize*(count/2)+8:])
		}
		if id == root || binary.NativeEndian.Uint16(buf[8:]) != pageLeaf {
			t.Fatalf("%s: no leaf under a branch", bucket)
		}
		return nil
	})
	return id
}

func zeroPage(t *testing.T, path string, id uint64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(make([]byte, 4096), int64(id)*4096); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	if err := os.WriteFile(to, fileBytes(t, from), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedPage zeroes one page of several kinds and checks that no
// call panics, that a damaged page a read meets is ErrDamaged naming the
// file, that nothing is ever written to the damaged file, that Check
// reports it, and that Repair recovers every article that can be read.
func TestDamagedPage(t *testing.T) {
	base, arts := damageBase(t, 1200)
	for _, which := range []string{"articles root", "articles leaf", "by_date root", "bodies leaf", "freelist"} {
		t.Run(which, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "soundbite.db")
			copyFile(t, base, path)
			id := pageOf(t, path, which)
			zeroPage(t, path, id)
			before := fileBytes(t, path)
			isDamaged := func(what string, err error) {
				t.Helper()
				if err != nil && (!errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path)) {
					t.Errorf("%s: %v, want nil or ErrDamaged naming the file", what, err)
				}
			}

			// Reads, read-only and read-write: fail cleanly or work.
			readable := 0
			for _, opts := range []Options{{ReadOnly: true}, {}} {
				s, err := Open(path, opts)
				if err != nil {
					isDamaged("open", err)
					continue
				}
				_, err = s.List(model.Filter{}, 0, 50)
				isDamaged("list", err)
				q, _ := search.ParseIn("harbour", time.UTC)
				_, err = s.Search(q, 10)
				isDamaged("search", err)
				n := 0
				for _, a := range arts {
					if _, err := s.Get(a.ID); err == nil {
						n++
					} else {
						isDamaged("get", err)
					}
				}
				readable = n
				// Writes are refused, whatever page they would touch.
				_, err = s.Put([]model.Article{newGen(99).article(5000)})
				if !opts.ReadOnly && !errors.Is(err, ErrDamaged) || err == nil {
					t.Errorf("put into a damaged store = %v, want ErrDamaged", err)
				}
				if err := s.SetRead(arts[1].ID, true); !opts.ReadOnly && !errors.Is(err, ErrDamaged) || err == nil {
					t.Errorf("set read in a damaged store = %v, want ErrDamaged", err)
				}
				_ = s.Close()
			}
			// A write that touches no damaged page is refused too: the
			// walk before a Store's first write finds the damage.
			if s, err := Open(path, Options{}); err == nil {
				if err := s.AddFeed(model.Feed{URL: feedTransit}); !errors.Is(err, ErrDamaged) {
					t.Errorf("first write to a damaged store = %v, want ErrDamaged", err)
				}
				_ = s.Close()
			}
			sameBytes(t, path, before)

			rep, err := Check(path)
			if err != nil || !rep.Damaged() || !strings.Contains(rep.Problems[0], fmt.Sprint(id)) {
				t.Errorf("Check = %+v, %v; want damage at page %d", rep, err, id)
			}
			sameBytes(t, path, before)

			fixed, err := Repair(path, time.Date(2031, 3, 1, 9, 30, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("page %d: %d articles readable; repair: %+v", id, readable, fixed)
			// Repair finds what reads through the tree, and the
			// articles on leaves under a damaged branch as well.
			want := readable
			if which == "articles root" {
				want = len(arts)
			}
			if fixed.Recovered != want || fixed.Recovered+fixed.Lost != len(arts) || !fixed.Counted || fixed.Feeds != 1 {
				t.Errorf("Repair = %+v; %d of %d articles were readable", fixed, readable, len(arts))
			}
			if readable == 0 && which != "articles root" {
				t.Errorf("no article readable with the %s damaged", which)
			}
			sameBytes(t, fixed.Damaged, before)
			rep, err = Check(path)
			if err != nil || rep.Damaged() || rep.Articles != fixed.Recovered {
				t.Errorf("Check after repair = %+v, %v", rep, err)
			}
			s, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			verify(t, s)
			if got, err := s.Get(arts[0].ID); err == nil && !got.State.Read {
				t.Error("repair lost the read state")
			}
			if got, err := s.Removed(feedHarbour, []model.ID{removedItem().ID}, nil); err != nil || !got[0] {
				t.Errorf("repair forgot the removed item: %v, %v", got, err)
			}
			for _, a := range arts[1:] {
				if got, err := s.Get(a.ID); err == nil {
					sameArticle(t, got, a)
				}
			}
			mustPut(t, s, newGen(99).article(5000))
		})
	}
}

// TestRepairTruncated repairs a store cut short: reading past the end is
// a lost article, not a crash, and the repaired store is whole. (bbolt
// writes every changed page anew, so the pages of the last commits, the
// trees' roots and newest leaves among them, sit at the end: few
// articles survive losing it.)
func TestRepairTruncated(t *testing.T) {
	base, arts := damageBase(t, 600)
	path := filepath.Join(t.TempDir(), "soundbite.db")
	copyFile(t, base, path)
	info, _ := os.Stat(path)
	if err := os.Truncate(path, info.Size()*6/10/4096*4096); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{}); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open of a truncated store = %v, want ErrDamaged", err)
	}
	rep, err := Check(path)
	if err != nil || !rep.Damaged() {
		t.Fatalf("Check = %+v, %v", rep, err)
	}
	fixed, err := Repair(path, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("repair of a store cut to 60%%: %+v", fixed)
	// With the store's count unreadable, Lost counts the keys seen, and
	// once the freelist is cut off the pages freed by the removed item's
	// delete are read too: its key may be among them.
	most := len(arts)
	if !fixed.Counted {
		most++
	}
	if n := fixed.Recovered + fixed.Lost; n > most || fixed.Counted && n != len(arts) {
		t.Errorf("Repair = %+v, want recovered and lost to add up to %d", fixed, len(arts))
	}
	if rep, err := Check(path); err != nil || rep.Damaged() {
		t.Errorf("Check after repair = %+v, %v", rep, err)
	}
}

// TestPrepare: Prepare walks the file as a first write would, writing
// nothing, so that write does not walk it again; on a damaged file it
// finds the damage, and the next write is refused.
func TestPrepare(t *testing.T) {
	base, arts := damageBase(t, 400)

	path := filepath.Join(t.TempDir(), "soundbite.db")
	copyFile(t, base, path)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.checked.Load() {
		t.Fatal("a store opened as it is was walked already: Prepare has nothing to show")
	}
	before := fileBytes(t, path)
	if err := s.Prepare(); err != nil {
		t.Fatalf("prepare: %v", err)
	}
	if !s.checked.Load() {
		t.Error("Prepare did not walk the file")
	}
	if !bytes.Equal(fileBytes(t, path), before) {
		t.Error("Prepare wrote to the file")
	}
	if err := s.SetRead(arts[1].ID, true); err != nil {
		t.Errorf("the first write after Prepare: %v", err)
	}
	_ = s.Close()

	damaged := filepath.Join(t.TempDir(), "soundbite.db")
	copyFile(t, base, damaged)
	zeroPage(t, damaged, pageOf(t, damaged, "articles leaf"))
	s, err = Open(damaged, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Prepare(); !errors.Is(err, ErrDamaged) {
		t.Errorf("prepare of a damaged file = %v, want ErrDamaged", err)
	}
	if err := s.AddFeed(model.Feed{URL: feedTransit}); !errors.Is(err, ErrDamaged) {
		t.Errorf("a write after Prepare found the damage = %v, want ErrDamaged", err)
	}
}
