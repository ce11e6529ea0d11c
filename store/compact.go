package store

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// CompactReport says what Compact did: the file's size before and after.
type CompactReport struct {
	Before, After int64
}

// compactTxBytes bounds what one transaction of the copy writes: bbolt
// holds a transaction's writes in memory until it commits, and the
// commit allocates its pages again. At 8 MiB a compaction of 10,000
// articles peaked at 83-105 MiB of RSS, at 2 MiB 58-63 MiB, for the same
// CPU (the copy's commits do not sync).
const compactTxBytes = 2 << 20

// compactDropBytes is how much the copy reads between giving back the
// source's mapped pages. A bucket's pages lie all over the file, and the
// kernel maps a whole large folio of a recently written file at each
// fault, so 1 MiB of one bucket can map tens of MiB.
const compactDropBytes = 1 << 20

// maxCopyMap bounds the copy's first mapping: past it bbolt grows the
// mapping as it would (a 1 GiB step at a time past 1 GiB).
const maxCopyMap = 1 << 30

// Compact rewrites the store at path into a new file with every page
// full and no free pages, built under a temporary name beside it, synced,
// then renamed into place: until the rename the old file is at path,
// whole, and after it the new one is, whole. A kill leaves at most the
// temporary file, which the next write Open removes (stale.go).
//
// The store is opened for writing, so Compact waits for, and then
// refuses (ErrLocked), a store another soundbite holds. The new file is
// locked before it is renamed into place, so no other process opens it
// until the copy is closed.
func Compact(path string) (CompactReport, error) {
	var rep CompactReport
	path = filepath.Clean(path)
	src, err := Open(path, Options{})
	if err != nil {
		return rep, fmt.Errorf("compact: %w", err)
	}
	defer src.Close()
	info, err := os.Stat(path)
	if err != nil {
		return rep, fmt.Errorf("compact: %w", err)
	}
	rep.Before = info.Size()

	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPattern(path))
	if err != nil {
		return rep, fmt.Errorf("compact: %w", err)
	}
	tmp := f.Name()
	renamed := false
	defer func() {
		if !renamed {
			_ = os.Remove(tmp)
		}
	}()
	if err := f.Close(); err != nil {
		return rep, fmt.Errorf("compact: %w", err)
	}
	// The copy is mapped as large as the store from the start: each time
	// a file outgrows its mapping, bbolt copies every key and value the
	// transaction holds out of it (up to compactTxBytes): at 10,000
	// articles 150 MB allocated, and with the growth's syncs below a
	// third of the compaction's CPU. The mapping is address space, not
	// memory.
	dst, err := openBoltMapped(tmp, false, DefaultTimeout, int(min(rep.Before, maxCopyMap)))
	if err != nil {
		return rep, fmt.Errorf("compact: %w", err)
	}
	defer dst.Close()
	// One sync at the end is enough: nothing is at path until the
	// rename, and the rename follows the sync. That holds for the
	// file's growth too: unless told not to, bbolt extends the file
	// and syncs it each time it grows; without that the writes extend
	// it, and the final sync covers its size.
	dst.NoSync = true
	dst.NoGrowSync = true
	if err := src.giveDict(); err != nil {
		return rep, fmt.Errorf("compact %s: %w", path, err)
	}
	// The copy reads pages of both files all over them.
	stopWatch := src.mapped.watch(src.db, dst)
	err = src.guard(func() error { return copyStore(dst, src) })
	stopWatch()
	if err != nil {
		return rep, fmt.Errorf("compact %s: %w", path, err)
	}
	if err := sameArticles(dst, src.db); err != nil {
		return rep, fmt.Errorf("compact %s: %w", path, err)
	}
	if err := trimTail(dst, tmp); err != nil {
		return rep, fmt.Errorf("compact %s: %w", path, err)
	}
	if err := dst.Sync(); err != nil {
		return rep, fmt.Errorf("compact %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return rep, fmt.Errorf("compact %s: %w", path, err)
	}
	renamed = true
	if err := syncDir(dir); err != nil {
		return rep, fmt.Errorf("compact %s: %w", path, err)
	}
	if info, err := os.Stat(path); err == nil {
		rep.After = info.Size()
	}
	return rep, nil
}

// giveDict gives a store that has none, but enough bodies to sample,
// its body dictionary, so the copy can compress them all with it.
func (s *Store) giveDict() error {
	want := false
	err := s.view("look for a body dictionary", func(t *txn) (err error) {
		_, want, err = t.bodyCodec()
		return err
	})
	if err != nil || !want {
		return err
	}
	return s.update("sample bodies for a dictionary", func(t *txn) error { return t.buildDict() })
}

// copyStore copies every bucket, key and sequence of src into dst, as
// bbolt's Compact does, committing every compactTxBytes, and gives back
// the source pages it has read at each commit, so the copy's resident
// memory stays bounded however large the file. Bodies not compressed
// with the store's dictionary are compressed with it (recode.go), and
// posting lists are cut to fill the copy's pages (postings.go).
func copyStore(dst *bolt.DB, s *Store) error {
	return s.db.View(func(stx *bolt.Tx) error {
		recoder, err := newBodyRecoder(s, stx, dst.Info().PageSize)
		if err != nil {
			return err
		}
		tx, err := dst.Begin(true)
		if err != nil {
			return err
		}
		defer func() { _ = tx.Rollback() }()
		size, read := 0, 0
		// put writes k (a bucket when v is nil) into the bucket at path,
		// found by name: after a commit the old handles are gone.
		put := func(path [][]byte, k, v []byte, seq uint64) error {
			if size >= compactTxBytes {
				if err := tx.Commit(); err != nil {
					return err
				}
				dropMapped(stx)
				if tx, err = dst.Begin(true); err != nil {
					return err
				}
				// The copy is only ever remapped by our own commits.
				dropMapped(tx)
				size = 0
			}
			size += len(k) + len(v)
			if read += len(k) + len(v); read >= compactDropBytes {
				dropMapped(stx)
				dropMapped(tx) // the copy's pages are read too, to find where keys go
				read = 0
			}
			if len(path) == 0 {
				b, err := tx.CreateBucket(k)
				if err != nil {
					return err
				}
				return b.SetSequence(seq)
			}
			b := tx.Bucket(path[0])
			for _, name := range path[1:] {
				b = b.Bucket(name)
			}
			b.FillPercent = 1.0
			if v != nil {
				return b.Put(k, v)
			}
			child, err := b.CreateBucket(k)
			if err != nil {
				return err
			}
			return child.SetSequence(seq)
		}
		var walk func(b *bolt.Bucket, path [][]byte) error
		walk = func(b *bolt.Bucket, path [][]byte) error {
			if recoder != nil && len(path) == 1 && bytes.Equal(path[0], bucketBodies) {
				putChunk := func(k, v []byte) error { return put(path, k, v, 0) }
				err := b.ForEach(func(k, v []byte) error {
					if v == nil {
						return fmt.Errorf("%w: a bucket among the bodies", errCorrupt)
					}
					return recoder.add(k, v, putChunk)
				})
				if err != nil {
					return err
				}
				return recoder.close(putChunk)
			}
			if len(path) == 2 && bytes.Equal(path[0], bucketSearchPostings) {
				// Segments of schema 4 hold their lists whole: cut
				// them to fill the copy's pages (postings.go).
				cutter := newPostingCutter(dst.Info().PageSize)
				putList := func(k, v []byte) error { return put(path, k, v, 0) }
				c := b.Cursor()
				for k, v := c.First(); k != nil; k, v = c.Next() {
					if v == nil {
						return fmt.Errorf("%w: a bucket among a segment's postings", errCorrupt)
					}
					if !postingTerm(string(k)) {
						// A term with a zero byte, which schema 4
						// indexed, could be taken for a chunk:
						// new segments leave it out too.
						continue
					}
					list, err := postingList(c.Next, k, v)
					if err != nil {
						return err
					}
					if err := putPostings(putList, cutter, k, list); err != nil {
						return err
					}
				}
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				if v != nil {
					if recoder != nil && len(path) == 1 {
						var err error
						if v, err = recoder.patch(path[0], k, v); err != nil {
							return err
						}
					}
					return put(path, k, v, 0)
				}
				child := b.Bucket(k)
				if err := put(path, k, nil, child.Sequence()); err != nil {
					return err
				}
				return walk(child, append(path, k))
			})
		}
		copyBucket := func(name []byte, b *bolt.Bucket) error {
			if err := put(nil, name, nil, b.Sequence()); err != nil {
				return err
			}
			return walk(b, [][]byte{name})
		}
		// The articles go last, when the bodies' rewriting has said
		// which summaries take new chunk counts (recode.go); meta
		// comes after the bodies too.
		err = stx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if recoder != nil && bytes.Equal(name, bucketArticles) {
				return nil
			}
			return copyBucket(name, b)
		})
		if err == nil && recoder != nil {
			if b := stx.Bucket(bucketArticles); b != nil {
				err = copyBucket(bucketArticles, b)
			}
		}
		if err != nil {
			return err
		}
		return tx.Commit()
	})
}

// sameArticles checks that the copy holds as many articles as the
// original, in both the articles bucket and the count in meta.
func sameArticles(dst, src *bolt.DB) error {
	count := func(db *bolt.DB) (n int, meta []byte, err error) {
		err = db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketArticles).Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				// The pages lie all over the file: see compactDropBytes.
				if n++; n%4096 == 0 {
					dropMapped(tx)
				}
			}
			meta = append(meta, tx.Bucket(bucketMeta).Get(keyArticles)...)
			return nil
		})
		return n, meta, err
	}
	n1, m1, err := count(src)
	if err != nil {
		return err
	}
	n2, m2, err := count(dst)
	if err != nil {
		return err
	}
	if n1 != n2 || string(m1) != string(m2) {
		return fmt.Errorf("the copy holds %d articles, the store %d: %w", n2, n1, errCorrupt)
	}
	return nil
}

// trimTail cuts the copy's file after its last page. bbolt grows a file
// allocSize at a time, so a new copy ends in up to 4 MiB it never wrote;
// bbolt reads nothing past the last page its meta page counts, and grows
// the file again when it needs to. The caller syncs the file after.
func trimTail(db *bolt.DB, path string) error {
	var end int64
	if err := db.View(func(tx *bolt.Tx) error { end = tx.Size(); return nil }); err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if end <= 0 || end >= info.Size() {
		return nil
	}
	return os.Truncate(path, end)
}
