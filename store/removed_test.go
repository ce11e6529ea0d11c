package store

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// clock is a store's clock a test moves.
type clock struct{ now time.Time }

func (c *clock) get() time.Time { return c.now }

func removedOf(t *testing.T, s *Store, feedURL string, ids ...model.ID) []bool {
	t.Helper()
	got, err := s.Removed(feedURL, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestDeleteRecordsFeedItems: deleting a feed's item records it under the
// feed, whichever way it is deleted; a file's article, a bookmarked one a
// prune keeps, and an item never deleted are not recorded.
func TestDeleteRecordsFeedItems(t *testing.T) {
	s := openTemp(t)
	arts := corpus() // a1 harbour, a2 transit, a3 and a4 no feed
	mustPut(t, s, arts...)
	extra := art("Quay lights replaced", feedHarbour, day(4))
	mustPut(t, s, extra)
	if err := s.SetBookmarked(extra.ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(arts[0].ID); err != nil {
		t.Fatal(err)
	}
	if n, err := s.DeleteMany([]model.ID{arts[1].ID, arts[2].ID, extra.ID}, true); err != nil || n != 2 {
		t.Fatalf("DeleteMany = %d, %v; want 2 deleted", n, err)
	}
	if got := removedOf(t, s, feedHarbour, arts[0].ID, extra.ID, arts[1].ID); !slices.Equal(got, []bool{true, false, false}) {
		t.Errorf("harbour removed = %v, want [true false false]", got)
	}
	if got := removedOf(t, s, feedTransit, arts[1].ID, "not-an-id"); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("transit removed = %v, want [true false]", got)
	}
	// A file's article is not a feed's: importing it again brings it back.
	res := mustPut(t, s, arts[2])
	if res.New != 1 {
		t.Errorf("re-importing a deleted file article: %+v, want it new", res)
	}
	verify(t, s)
}

// TestPutRevivesRemoved: an explicit Put of a removed item (an import of
// an export) stores it and forgets its removal, so deleting it again
// records it again.
func TestPutRevivesRemoved(t *testing.T) {
	s := openTemp(t)
	a := corpus()[0]
	mustPut(t, s, a)
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if res := mustPut(t, s, a); res.New != 1 {
		t.Fatalf("Put of a removed item = %+v, want it stored", res)
	}
	if got := removedOf(t, s, feedHarbour, a.ID); got[0] {
		t.Error("a removed item stored again is still recorded as removed")
	}
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if got := removedOf(t, s, feedHarbour, a.ID); !got[0] {
		t.Error("deleting it again did not record it")
	}
}

// TestRemovedByLink: a removed item is found by its web address too, as a
// Miniflux entry names it under the server's own ID, and only among the
// removals of its own feed; noting that the feed still lists it keeps the
// address.
func TestRemovedByLink(t *testing.T) {
	s := openTemp(t)
	c := &clock{now: day(10)}
	s.now = c.get
	a := art("Breakwater extended", feedHarbour, day(1))
	a.Source = "https://harbour.example/news/breakwater"
	mustPut(t, s, a)
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	server := []model.ID{model.NewID("miniflux\x007"), model.NewID("miniflux\x008")}
	links := []string{"https://harbour.example/news/other", a.Source}
	byLink := func(feedURL string) []bool {
		t.Helper()
		got, err := s.Removed(feedURL, server, links)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := byLink(feedHarbour); !slices.Equal(got, []bool{false, true}) {
		t.Errorf("by link = %v, want only the deleted item's address removed", got)
	}
	if got := byLink(feedTransit); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("another feed's items = %v, want none removed", got)
	}
	if got := removedOf(t, s, feedHarbour, server...); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("without links = %v, want none: the server's IDs are not recorded", got)
	}
	c.now = day(12)
	if _, err := s.Listed(feedHarbour, []model.ID{a.ID}); err != nil {
		t.Fatal(err)
	}
	if got := byLink(feedHarbour); !got[1] {
		t.Error("the removal lost its link when a refresh noted the feed still lists it")
	}
}

// TestListedKeepsAndForgets: a removal lives while the feed lists the
// item, and is forgotten once the feed has not listed it for forgetAfter;
// unsubscribing forgets the feed's removals.
func TestListedKeepsAndForgets(t *testing.T) {
	s := openTemp(t)
	c := &clock{now: day(10)}
	s.now = c.get
	a := art("Ferry timetable changes", feedHarbour, day(1))
	b := art("Pier closed for repairs", feedHarbour, day(2))
	fresh := art("New pilot boat", feedHarbour, day(3))
	mustPut(t, s, a, b)
	if _, err := s.DeleteMany([]model.ID{a.ID, b.ID}, false); err != nil {
		t.Fatal(err)
	}
	listed := func(ids ...model.ID) []bool {
		t.Helper()
		got, err := s.Listed(feedHarbour, ids)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	// The feed lists a and a new item, every ten days for months: a
	// stays removed all along; b, no longer listed, is forgotten once
	// forgetAfter has passed since its removal.
	for range 12 {
		c.now = c.now.Add(10 * 24 * time.Hour)
		if got := listed(a.ID, fresh.ID); !slices.Equal(got, []bool{true, false}) {
			t.Fatalf("at %s Listed = %v, want [true false]", c.now.Format(time.DateOnly), got)
		}
		bGone := c.now.Sub(day(10)) > forgetAfter
		if got := removedOf(t, s, feedHarbour, b.ID); got[0] == bGone {
			t.Fatalf("at %s b removed = %v, want %v", c.now.Format(time.DateOnly), got[0], !bGone)
		}
	}
	// The feed stops listing a: it is kept for forgetAfter, then
	// forgotten.
	last := c.now
	c.now = last.Add(forgetAfter - time.Hour)
	if got := listed(fresh.ID); got[0] {
		t.Fatal("a new item reported removed")
	}
	if got := removedOf(t, s, feedHarbour, a.ID); !got[0] {
		t.Error("a forgotten before forgetAfter passed")
	}
	c.now = last.Add(forgetAfter + time.Hour)
	listed(fresh.ID)
	if got := removedOf(t, s, feedHarbour, a.ID); got[0] {
		t.Error("a still recorded forgetAfter after the feed last listed it")
	}

	// Unsubscribing forgets.
	if err := s.AddFeed(model.Feed{URL: feedTransit}); err != nil {
		t.Fatal(err)
	}
	tram := art("Tram depot expands", feedTransit, day(4))
	mustPut(t, s, tram)
	if err := s.Delete(tram.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(feedTransit); err != nil {
		t.Fatal(err)
	}
	if got := removedOf(t, s, feedTransit, tram.ID); got[0] {
		t.Error("unsubscribing kept the feed's removals")
	}
	verify(t, s)
}

// TestListedWritesOnlyWhenNeeded: a refresh that finds nothing to note
// leaves the file alone.
func TestListedWritesOnlyWhenNeeded(t *testing.T) {
	s := openTemp(t)
	a := corpus()[0]
	mustPut(t, s, a)
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	before := txID(t, s)
	for range 3 {
		if got, err := s.Listed(feedHarbour, []model.ID{a.ID}); err != nil || !got[0] {
			t.Fatalf("Listed = %v, %v", got, err)
		}
	}
	if after := txID(t, s); after != before {
		t.Errorf("Listed wrote %d transactions with nothing to note", after-before)
	}
}

func txID(t *testing.T, s *Store) int {
	t.Helper()
	var id int
	_ = s.db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
	return id
}

// TestMigrateV4Removed opens a schema 4 file, which has no removed bucket:
// read-only it asks for an upgrade, read-write it gains the bucket and
// keeps everything it held.
func TestMigrateV4Removed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := corpus()
	mustPut(t, s, arts...)
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBookmarked(arts[1].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.AddFeed(model.Feed{URL: feedHarbour, Folder: "Coast"}); err != nil {
		t.Fatal(err)
	}
	wantCounts, _ := s.Counts()
	s.Close()
	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketRemoved); err != nil {
			return err
		}
		return putU32(tx.Bucket(bucketMeta), keySchema, 4)
	})

	s = openMigrated(t, path)
	if c, _ := s.Counts(); c != wantCounts {
		t.Errorf("Counts after migration = %+v, want %+v", c, wantCounts)
	}
	if a, _ := s.Get(arts[0].ID); !a.State.Read {
		t.Error("read state lost")
	}
	if f, err := s.Feed(feedHarbour); err != nil || f.Folder != "Coast" {
		t.Errorf("feed after migration = %+v, %v", f, err)
	}
	if err := s.Delete(arts[0].ID); err != nil {
		t.Fatal(err)
	}
	if got := removedOf(t, s, feedHarbour, arts[0].ID); !got[0] {
		t.Error("a delete after the migration is not recorded")
	}
	verify(t, s)
}

func TestRemovalRecord(t *testing.T) {
	r := removal{removed: day(1), listed: day(2), link: "https://harbour.example/a"}
	got, err := decodeRemoval(encodeRemoval(r))
	if err != nil || !got.removed.Equal(r.removed) || !got.listed.Equal(r.listed) || got.link != r.link {
		t.Errorf("round trip = %+v, %v; want %+v", got, err, r)
	}
	// Version 1, written before removals kept links, still reads.
	e := encoder{}
	e.byte(removedV1)
	e.time(r.removed)
	e.time(r.listed)
	if got, err := decodeRemoval(e.b); err != nil || !got.listed.Equal(r.listed) || got.link != "" {
		t.Errorf("version 1 = %+v, %v", got, err)
	}
	for _, bad := range [][]byte{nil, {9}, {removedV1}, {removedV2}, append(encodeRemoval(r), 0), append(e.b, 0)} {
		if _, err := decodeRemoval(bad); !errors.Is(err, errCorrupt) {
			t.Errorf("decode %v = %v, want errCorrupt", bad, err)
		}
	}
}
