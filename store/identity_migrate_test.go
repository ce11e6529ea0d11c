package store

import (
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// TestMigrateV3 builds a schema 3 file, whose speakers are the spellings
// the articles used, and opens it: each person becomes one speaker, and
// reading state and the search index follow.
func TestMigrateV3(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := append(brennoArticles(), corpus()...)
	mustPut(t, s, arts...)
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBookmarked(arts[1].ID, true); err != nil {
		t.Fatal(err)
	}
	wantCounts, _ := s.Counts()
	s.Close()
	writeBolt(t, path, func(tx *bolt.Tx) error { return downgradeToV3(tx) })

	s = openMigrated(t, path)
	if c, _ := s.Counts(); c != wantCounts {
		t.Errorf("Counts after migration = %+v, want %+v", c, wantCounts)
	}
	if a, _ := s.Get(arts[0].ID); !a.State.Read {
		t.Error("read state lost")
	}
	if a, _ := s.Get(arts[1].ID); !a.State.Bookmarked {
		t.Error("bookmark lost")
	}
	if l, q, f := speakerCounts(t, s, "brenno"); l != 3 || q != 4 || f != 3 {
		t.Errorf("brenno after migration: list %d, quotes %d, search %d", l, q, f)
	}
	if all, _ := s.Speakers(model.Filter{}, 0); len(all) != 7 {
		t.Errorf("Speakers after migration = %q", names(all))
	}
	verify(t, s)

	// RebuildIndexes (reindex) comes to the same.
	before, _ := s.Speakers(model.Filter{}, 0)
	if err := s.RebuildIndexes(); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Speakers(model.Filter{}, 0)
	if !slices.EqualFunc(before, after, func(a, b model.SpeakerCount) bool { return a.Name == b.Name && a.Quotes == b.Quotes }) {
		t.Errorf("after RebuildIndexes = %+v, want %+v", after, before)
	}
	verify(t, s)
}

// downgradeToV3 rewrites a store's speakers as schema 3 kept them: by the
// key of each spelling, aggregate records of version 1, alias buckets of
// empty values, no links, and a search index naming spellings.
func downgradeToV3(tx *bolt.Tx) error {
	t := newStore(nil, "").txn(tx)
	var arts []model.Article
	c := tx.Bucket(bucketByDate).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		a, err := t.article(k[dateLen:])
		if err != nil {
			return err
		}
		arts = append(arts, a)
	}
	for _, name := range speakerBuckets() {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketBySpeaker, bucketSpeakers, bucketSpeakerRank, bucketAliases} {
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	aggs := map[string]*aggregate{}
	for _, a := range arts {
		idk, _ := idKey(a.ID)
		dk := dateIDKey(a.Date(), idk)
		for _, c := range speakerContribs(&a) {
			if aggs[c.key] == nil {
				aggs[c.key] = newAggregate()
			}
			(&aggEntry{agg: aggs[c.key]}).apply(c, true, true)
			if err := t.setCounted(tx.Bucket(bucketBySpeaker), []byte(c.key), dk, encodeQuoteNums(c.nums), true); err != nil {
				return err
			}
		}
	}
	for key, agg := range aggs {
		v := agg.encode()
		v[0] = 1 // aggregateV1: the same fields
		if err := tx.Bucket(bucketSpeakers).Put([]byte(key), v); err != nil {
			return err
		}
		if err := tx.Bucket(bucketSpeakerRank).Put(rankKey(agg.quotes, key), nil); err != nil {
			return err
		}
		for al := range agg.aliases {
			b, err := tx.Bucket(bucketAliases).CreateBucketIfNotExists([]byte(model.SpeakerKey(al)))
			if err != nil {
				return err
			}
			if err := b.Put([]byte(key), nil); err != nil {
				return err
			}
		}
	}
	if err := t.rebuildSearch(); err != nil {
		return err
	}
	return putU32(tx.Bucket(bucketMeta), keySchema, 3)
}

func TestLinksRoundTrip(t *testing.T) {
	ls := []link{{"brenno", "ilvar brenno", 1}, {"tamsk", "tamsk#2", 0}}
	got, err := decodeLinks(encodeLinks(ls))
	if err != nil || !slices.Equal(got, ls) {
		t.Errorf("decodeLinks(encodeLinks(%v)) = %v, %v", ls, got, err)
	}
	for _, b := range [][]byte{nil, {linksV1}, {linksV1, 5}, {9, 0}, append(encodeLinks(ls), 0)} {
		if _, err := decodeLinks(b); err == nil {
			t.Errorf("decodeLinks(%x) = nil error", b)
		}
	}
}

// FuzzLinks feeds arbitrary bytes to the links decoder: errors, never
// panics or huge allocations.
func FuzzLinks(f *testing.F) {
	f.Add(encodeLinks([]link{{"brenno", "ilvar brenno", 1}}))
	f.Add([]byte{linksV1, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		ls, err := decodeLinks(b)
		if err == nil && len(ls) > len(b) {
			t.Errorf("%d links from %d bytes", len(ls), len(b))
		}
	})
}
