package store

import (
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// Removed feed items. A feed goes on listing an item after it was deleted
// here (by prune, the retention on refresh, delete or the reader's D), and
// a refresh or sync that looked only at the articles stored would store it
// again, unread. So deleting an article of a feed records its key under
// the feed (schema 5):
//
//	removed
//	  <feed URL>/
//	    <id> → removal record   when it was removed, when the feed last listed it,
//	                            and the item's web address
//
// A refresh tells the store what a feed lists (Listed), which both says
// which items not to store and keeps the record bounded: a removal the
// feed has not listed for forgetAfter is forgotten. Unsubscribing drops
// the feed's removals. Only feed items are recorded: an article imported
// from a file is the user's own request, and importing it again brings it
// back. Put is such a request too: it stores a removed item it is given
// and forgets the removal; refresh and sync ask Removed or Listed first.
//
// The record keeps the item's link because a Miniflux server knows the
// same item under an ID of its own, and tells the feed's GUID to no one:
// on a first sync the link is the one thing both sides have.

// forgetAfter is how long a removal outlives the feed's last listing of
// the item: long enough that a feed serving a short list for a while (a
// server's hiccup, a feed moved) does not bring old items back, short
// enough that the record stays about the size of what the feeds list.
const forgetAfter = 30 * 24 * time.Hour

// maxRemovedLink bounds the link a removal keeps.
const maxRemovedLink = 8 << 10

// touchEvery spaces the writes that note a removed item is still listed:
// a refresh every few minutes writes at most once a day per feed.
const touchEvery = 24 * time.Hour

// The removal record's versions: 2 added the link.
const (
	removedV1 = 1
	removedV2 = 2
)

// removal is one removed item's record.
type removal struct {
	removed, listed time.Time
	link            string // the item's web address; empty in version 1
}

func encodeRemoval(r removal) []byte {
	e := encoder{make([]byte, 0, 32+len(r.link))}
	e.byte(removedV2)
	e.time(r.removed)
	e.time(r.listed)
	e.str(r.link)
	return e.b
}

func decodeRemoval(b []byte) (removal, error) {
	d := decoder{b: b}
	v := byte(0)
	if len(b) > 0 {
		v = b[0]
	}
	if v == removedV1 {
		d.version(removedV1, "removal")
	} else {
		d.version(removedV2, "removal")
	}
	r := removal{removed: d.time(), listed: d.time()}
	if v != removedV1 {
		r.link = d.str()
	}
	return r, d.done("removal")
}

// migrateRemoved is schema 5: the removed bucket, empty.
func migrateRemoved(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketRemoved); err != nil {
		return fmt.Errorf("create bucket %s: %w", bucketRemoved, err)
	}
	return nil
}

// noteRemoved records that the article idk of feedURL, whose web address
// is link, was deleted, and forgets the feed's stale removals once per
// transaction.
func (t *txn) noteRemoved(feedURL string, idk []byte, link string) error {
	if !indexable(feedURL) {
		return nil // neither is it in by_feed; a refresh cannot name it either
	}
	b, err := t.b(bucketRemoved).CreateBucketIfNotExists([]byte(feedURL))
	if err != nil {
		return fmt.Errorf("removed items of %s: %w", feedURL, err)
	}
	now := t.s.now()
	if t.swept == nil {
		t.swept = map[string]bool{}
	}
	if !t.swept[feedURL] {
		t.swept[feedURL] = true
		if err := sweepRemoved(b, nil, now); err != nil {
			return err
		}
	}
	if len(link) > maxRemovedLink {
		link = "" // no feed's link is this long; the ID still keeps it out
	}
	return b.Put(idk, encodeRemoval(removal{removed: now, listed: now, link: link}))
}

// revive forgets the removal of an article stored again.
func (t *txn) revive(feedURL string, idk []byte) error {
	if !indexable(feedURL) {
		return nil
	}
	b := t.b(bucketRemoved).Bucket([]byte(feedURL))
	if b == nil || b.Get(idk) == nil {
		return nil
	}
	return b.Delete(idk)
}

// sweepRemoved forgets the removals in b that listed does not hold and
// that no listing has named for forgetAfter. A record that does not decode
// is forgotten too: it can only keep an item out.
func sweepRemoved(b *bolt.Bucket, listed map[string]bool, now time.Time) error {
	var stale [][]byte
	err := b.ForEach(func(k, v []byte) error {
		if listed[string(k)] {
			return nil
		}
		r, err := decodeRemoval(v)
		if err != nil || now.Sub(r.listed) > forgetAfter {
			stale = append(stale, k)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range stale {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// Removed reports, for each of ids, whether it is an item of feedURL that
// was deleted here and must not be stored again. links, when not nil,
// holds each item's web address: an item whose ID is not recorded is
// removed still when a removed item of the feed had that address (a
// Miniflux entry, whose ID is the server's). IDs that are not IDs are not
// removed.
func (s *Store) Removed(feedURL string, ids []model.ID, links []string) ([]bool, error) {
	out := make([]bool, len(ids))
	if !indexable(feedURL) {
		return out, nil
	}
	err := s.view("look up removed items of "+feedURL, func(t *txn) error {
		b := t.b(bucketRemoved).Bucket([]byte(feedURL))
		if b == nil {
			return nil
		}
		for i, id := range ids {
			if idk, err := idKey(id); err == nil {
				out[i] = b.Get(idk) != nil
			}
		}
		if !slices.ContainsFunc(links, func(l string) bool { return l != "" }) {
			return nil
		}
		removedLinks := map[string]bool{}
		_ = b.ForEach(func(_, v []byte) error {
			if r, err := decodeRemoval(v); err == nil && r.link != "" {
				removedLinks[r.link] = true
			}
			return nil
		})
		for i := range min(len(ids), len(links)) {
			out[i] = out[i] || (links[i] != "" && removedLinks[links[i]])
		}
		return nil
	})
	return out, err
}

// Listed is Removed for the items a fetch of feedURL found, all of them:
// besides reporting which of them were removed, it notes that the feed
// still lists those (at most once every touchEvery), and forgets the
// removals it has not listed for forgetAfter. It writes only when there is
// something to note or forget.
func (s *Store) Listed(feedURL string, ids []model.ID) ([]bool, error) {
	out := make([]bool, len(ids))
	if !indexable(feedURL) {
		return out, nil
	}
	listed := make(map[string]bool, len(ids))
	for _, id := range ids {
		if idk, err := idKey(id); err == nil {
			listed[string(idk)] = true
		}
	}
	now := s.now()
	// mark fills out and says whether the bucket needs a write.
	mark := func(b *bolt.Bucket) bool {
		write := false
		for i, id := range ids {
			idk, err := idKey(id)
			if err != nil {
				continue
			}
			if v := b.Get(idk); v != nil {
				out[i] = true
				if r, err := decodeRemoval(v); err != nil || now.Sub(r.listed) >= touchEvery {
					write = true
				}
			}
		}
		_ = b.ForEach(func(k, v []byte) error {
			if !listed[string(k)] {
				if r, err := decodeRemoval(v); err != nil || now.Sub(r.listed) > forgetAfter {
					write = true
				}
			}
			return nil
		})
		return write
	}
	write := false
	err := s.view("look up removed items of "+feedURL, func(t *txn) error {
		if b := t.b(bucketRemoved).Bucket([]byte(feedURL)); b != nil {
			write = mark(b)
		}
		return nil
	})
	if err != nil || !write {
		return out, err
	}
	err = s.update("note removed items of "+feedURL, func(t *txn) error {
		b := t.b(bucketRemoved).Bucket([]byte(feedURL))
		if b == nil {
			clear(out)
			return nil
		}
		clear(out)
		mark(b)
		for i, id := range ids {
			if !out[i] {
				continue
			}
			idk, _ := idKey(id)
			r, err := decodeRemoval(b.Get(idk))
			if err != nil {
				r.removed = now
			}
			if err != nil || now.Sub(r.listed) >= touchEvery {
				r.listed = now
				if err := b.Put(idk, encodeRemoval(r)); err != nil {
					return err
				}
			}
		}
		return sweepRemoved(b, listed, now)
	})
	return out, err
}

// dropRemoved forgets every removal of feedURL, when it is unsubscribed.
func (t *txn) dropRemoved(feedURL string) error {
	if !indexable(feedURL) || t.b(bucketRemoved).Bucket([]byte(feedURL)) == nil {
		return nil
	}
	return t.b(bucketRemoved).DeleteBucket([]byte(feedURL))
}
