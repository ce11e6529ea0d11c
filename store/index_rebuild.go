package store

import (
	"cmp"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
	"soundbite/search"
)

// rebuildBatch is how many articles a rebuild reads, analyses and writes
// as one segment: large enough that few merges follow, small enough that
// the compressed bodies held at once stay a few tens of MiB.
const rebuildBatch = 10_000

// ReindexSearch rebuilds the search index from the stored articles, in
// one transaction: a crash leaves the old index whole. Open does this
// itself when the index was built by another version of the analyser; it
// is for repairs, and for `soundbite reindex`.
func (s *Store) ReindexSearch() error {
	return s.update("rebuild search index", func(t *txn) error { return t.rebuildSearch() })
}

// rebuildSearch empties the search buckets and indexes every article,
// oldest document number first, so segments come out in order.
func (t *txn) rebuildSearch() error {
	for _, name := range searchBuckets() {
		if t.tx.Bucket(name) != nil {
			if err := t.tx.DeleteBucket(name); err != nil {
				return fmt.Errorf("drop %s: %w", name, err)
			}
		}
		if _, err := t.tx.CreateBucket(name); err != nil {
			return fmt.Errorf("create %s: %w", name, err)
		}
	}
	type entry struct {
		num uint64
		idk []byte
	}
	var all []entry
	err := t.b(bucketArticles).ForEach(func(k, v []byte) error {
		sum, err := decodeSummary(v)
		if err != nil {
			return fmt.Errorf("article %s: %w", keyID(k), err)
		}
		all = append(all, entry{sum.body, k})
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(all, func(a, b entry) int { return cmp.Compare(a.num, b.num) })

	for start := 0; start < len(all); start += rebuildBatch {
		batch := all[start:min(start+rebuildBatch, len(all))]
		arts := make([]model.Article, len(batch))
		for i, e := range batch {
			// Bodies are decompressed here: bbolt transactions are not
			// for sharing between goroutines.
			a, err := t.article(e.idk)
			if err != nil {
				return err
			}
			arts[i] = a
		}
		docs := make([]search.Doc, len(batch))
		_ = parallel(len(batch), func(i int) error {
			an := t.s.analyzer()
			docs[i] = an.Document(&arts[i])
			t.s.putAnalyzer(an)
			return nil
		})
		for i, e := range batch {
			linkDoc(&docs[i], t.links(dateIDKey(arts[i].Date(), e.idk)))
		}
		b := search.NewBuilder()
		for i, e := range batch {
			if err := b.Add(e.num, arts[i].ID, &docs[i]); err != nil {
				return fmt.Errorf("search index: %w", err)
			}
		}
		if err := t.writeSegment(func(emit func(string, []byte) error) (search.DocTable, search.QuoteTable, error) {
			return b.Finish(emit)
		}); err != nil {
			return err
		}
	}
	if err := t.mergeSearch(); err != nil {
		return err
	}
	return putU32(t.b(bucketMeta), keySearch, search.Version)
}

// searchBuckets are the buckets of the search index.
func searchBuckets() [][]byte {
	return [][]byte{bucketSearchSegments, bucketSearchPostings, bucketSearchDeleted}
}

// migrateSearchIndex is schema 3: it builds the search index for the
// articles already stored.
func migrateSearchIndex(tx *bolt.Tx) error {
	return newStore(nil, "").txn(tx).rebuildSearch()
}

// checkSearchVersion rebuilds the search index of a file whose index an
// analyser of another version made: its terms would not match the
// queries this one makes.
func checkSearchVersion(tx *bolt.Tx, path string) error {
	if getU32(tx.Bucket(bucketMeta), keySearch) == search.Version {
		return nil
	}
	if err := newStore(nil, path).txn(tx).rebuildSearch(); err != nil {
		return fmt.Errorf("rebuild the search index of %s: %w", path, err)
	}
	return nil
}
