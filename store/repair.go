package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"soundbite/model"
)

// CheckReport is what Check found in a store file.
type CheckReport struct {
	Path     string
	Pages    int      // pages in use, the meta pages and freelist included
	Articles int      // articles whose every record reads
	Problems []string // empty when the file is whole
}

// Damaged reports whether Check found anything wrong.
func (r CheckReport) Damaged() bool { return len(r.Problems) > 0 }

// Check looks at every page of the store at path and, when they are all
// whole, reads every article. It writes nothing; it waits for a writer
// like Open does, and fails only when the file cannot be looked at (it is
// missing, locked, or not a bbolt file at all).
func Check(path string) (CheckReport, error) {
	path = filepath.Clean(path)
	rep := CheckReport{Path: path}
	s, err := openDamaged(path)
	if err != nil {
		return rep, err
	}
	defer s.Close()
	if rep.Problems, rep.Pages, err = walkFile(path, &pageWalk{}, false); err != nil || rep.Damaged() {
		return rep, err
	}
	err = s.view("check articles", func(t *txn) error {
		c := t.b(bucketArticles).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if _, err := t.article(k); err != nil {
				if len(rep.Problems) < maxProblems {
					rep.Problems = append(rep.Problems, err.Error())
				}
				continue
			}
			rep.Articles++
		}
		return nil
	})
	if err != nil {
		rep.Problems = append(rep.Problems, err.Error())
	}
	return rep, nil
}

// openDamaged opens a file read-only without inspecting it, holding the
// shared lock that keeps writers out.
func openDamaged(path string) (*Store, error) {
	if exists, err := checkFile(path); err != nil && !errors.Is(err, ErrDamaged) {
		return nil, err
	} else if !exists {
		return nil, fmt.Errorf("%s: %w", path, fs.ErrNotExist)
	}
	db, err := openBolt(path, true, DefaultTimeout)
	if err != nil {
		return nil, err
	}
	return newStore(db, path), nil
}

// RepairReport says what Repair saved.
type RepairReport struct {
	Recovered, Lost int  // articles
	Counted         bool // the store's article count read, so Lost is exact, not a floor
	Feeds           int  // feeds recovered
	Damaged         string
}

// repairBatch is how many recovered articles go into one Put.
const repairBatch = 500

// Repair copies every record it can read from the store at path into a
// new store built under a temporary name beside it, then moves the
// original to path.damaged-<time> and puts the new store in its place.
// Articles are found by their keys in the articles and by_date buckets on
// every page that can still be read, and each is read on its own, so one
// damaged page loses only the articles on it (or whose body is on it).
// Reading state, feeds, the removed feed items, the session, saved
// searches and the extractor version come along; indexes, speakers and
// search are rebuilt.
func Repair(path string, now time.Time) (RepairReport, error) {
	path = filepath.Clean(path)
	var rep RepairReport
	src, err := openDamaged(path)
	if err != nil {
		return rep, fmt.Errorf("repair: %w", err)
	}
	defer src.Close()

	ids := map[string]bool{}
	var feeds []string
	lost := newOrphans()
	_, _, err = walkFile(path, &pageWalk{
		collect: map[string]func([]byte){
			string(bucketArticles): func(k []byte) { ids[string(k)] = true },
			string(bucketByDate): func(k []byte) {
				if len(k) == dateIDLen {
					ids[string(k[dateLen:])] = true
				}
			},
			string(bucketFeeds): func(k []byte) { feeds = append(feeds, string(k)) },
		},
		orphan: lost.add,
	}, false)
	if err != nil {
		return rep, fmt.Errorf("repair: %w", err)
	}
	for k := range lost.summaries {
		ids[k] = true
	}
	// A removed item is no article to recover, though its pages may
	// still be found (freed pages, when the freelist is lost).
	removed := readRemoved(src)
	for _, r := range removed {
		delete(ids, string(r.id))
	}
	expected, counted := len(ids), false
	_ = src.view("count", func(t *txn) error {
		if v := t.b(bucketMeta).Get(keyArticles); len(v) == 8 {
			expected, counted = max(expected, t.counter(keyArticles)), true
		}
		return nil
	})

	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".repair-"+strconv.Itoa(os.Getpid()))
	if err := os.Remove(tmp); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return rep, fmt.Errorf("repair: %w", err)
	}
	dst, err := Open(tmp, Options{})
	if err != nil {
		return rep, fmt.Errorf("repair: %w", err)
	}
	if rep, err = copyReadable(src, dst, ids, feeds, lost); err == nil {
		err = copyRemoved(dst, removed)
	}
	if err != nil {
		_ = dst.Close()
		_ = os.Remove(tmp)
		return rep, fmt.Errorf("repair: %w", err)
	}
	rep.Lost, rep.Counted = max(expected-rep.Recovered, 0), counted
	if err := dst.Close(); err != nil {
		_ = os.Remove(tmp)
		return rep, fmt.Errorf("repair: %w", err)
	}
	rep.Damaged = path + ".damaged-" + now.UTC().Format("20060102T150405Z")
	// Link first: until the rename, the damaged store is still at path.
	moved := false
	if err := os.Link(path, rep.Damaged); err != nil {
		if err := os.Rename(path, rep.Damaged); err != nil {
			_ = os.Remove(tmp)
			return rep, fmt.Errorf("repair: keep the damaged store: %w", err)
		}
		moved = true
	}
	if err := os.Rename(tmp, path); err != nil {
		if moved {
			_ = os.Rename(rep.Damaged, path)
		}
		return rep, fmt.Errorf("repair: put the repaired store in place (it is at %s): %w", tmp, err)
	}
	return rep, syncDir(filepath.Dir(path))
}

// copyReadable copies what src can read into dst.
func copyReadable(src, dst *Store, ids map[string]bool, feeds []string, lost *orphans) (RepairReport, error) {
	var rep RepairReport
	keys := make([]string, 0, len(ids))
	for k := range ids {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	batch := make([]model.Article, 0, repairBatch)
	flush := func() error {
		if _, err := dst.Put(batch); err != nil {
			return err
		}
		rep.Recovered += len(batch)
		batch = batch[:0]
		return nil
	}
	for _, k := range keys {
		var a model.Article
		err := src.view("read", func(t *txn) (err error) {
			a, err = t.article([]byte(k))
			return err
		})
		if err != nil {
			if a, err = lost.article(src, []byte(k)); err != nil {
				continue // on a damaged page, or its body is
			}
		}
		if batch = append(batch, a); len(batch) == repairBatch {
			if err := flush(); err != nil {
				return rep, err
			}
		}
	}
	if err := flush(); err != nil {
		return rep, err
	}
	for _, url := range feeds {
		if f, err := src.Feed(url); err == nil && dst.AddFeed(f) == nil {
			rep.Feeds++
		}
	}
	// The reader's place, its saved searches and the extractor version,
	// when they read.
	if v, err := src.ExtractorVersion(); err == nil {
		if err := dst.SetExtractorVersion(v); err != nil {
			return rep, err
		}
	}
	if sess, err := src.Session(); err == nil {
		if err := dst.SaveSession(sess); err != nil {
			return rep, err
		}
	}
	if saved, err := src.SavedSearches(); err == nil {
		for _, q := range slices.Backward(saved) {
			if err := dst.SaveSearch(q); err != nil {
				return rep, err
			}
		}
	}
	return rep, nil
}

// orphans are the entries of leaf pages whose parent page is damaged (or
// beyond the end of a file cut short): summaries, found by decoding, and
// everything else with an 8-byte key, which may be body chunks. Pages
// the freelist lists are not among them, unless the freelist is lost too;
// an article assembled from them is kept only if its content hash
// matches, so a stale chunk never passes for a body.
type orphans struct {
	summaries map[string]summary
	chunks    map[uint64][][]byte
}

func newOrphans() *orphans {
	return &orphans{summaries: map[string]summary{}, chunks: map[uint64][][]byte{}}
}

func (o *orphans) add(key, val []byte) {
	if s, err := decodeSummary(val); err == nil {
		// Of two versions of one article, the later written.
		if old, ok := o.summaries[string(key)]; !ok || s.body > old.body {
			o.summaries[string(key)] = s
		}
		return
	}
	seq := binary.BigEndian.Uint64(key)
	o.chunks[seq] = append(o.chunks[seq], bytes.Clone(val))
}

// article assembles the article with key k from an orphaned summary, its
// body read from the bodies bucket or from orphaned chunks, and whatever
// reading state can still be read.
func (o *orphans) article(src *Store, k []byte) (model.Article, error) {
	sum, ok := o.summaries[string(k)]
	if !ok {
		return model.Article{}, ErrNotFound
	}
	a := model.Article{ID: keyID(k), Title: sum.title, Category: sum.category, Feed: sum.feed,
		Published: sum.published, Imported: sum.imported, ExtractorVersion: sum.extractor}
	var plain []byte
	var version byte
	err := src.view("read body", func(t *txn) (err error) {
		plain, version, err = t.body(&sum)
		return err
	})
	if err != nil {
		var rec []byte
		for i := range sum.chunks {
			c := o.chunks[sum.body+uint64(i)]
			if len(c) == 0 {
				return a, fmt.Errorf("%w: body chunk %d lost", errCorrupt, i)
			}
			rec = append(rec, c[len(c)-1]...)
		}
		if plain, version, err = src.decompress(rec, src.loadDict); err != nil {
			return a, err
		}
	}
	if err := decodeBodyFields(plain, version, &a); err != nil {
		return a, err
	}
	p := prepare(&a)
	if got := summarise(&a, &p); !bytes.Equal(got.hash, sum.hash) {
		return a, fmt.Errorf("%w: article %s does not match its content hash", errCorrupt, a.ID)
	}
	_ = src.view("read state", func(t *txn) (err error) {
		a.State, err = t.state(k)
		return err
	})
	return a, nil
}

// removedRecord is one removed feed item as repair reads it.
type removedRecord struct{ feed, id, val []byte }

// readRemoved reads the removed feed items that can still be read. A
// damaged page ends the walk; what was read before it is kept.
func readRemoved(src *Store) []removedRecord {
	var recs []removedRecord
	_ = src.view("read removed items", func(t *txn) error {
		root := t.tx.Bucket(bucketRemoved) // nil in a file of schema 4
		if root == nil {
			return nil
		}
		return root.ForEach(func(feed, v []byte) error {
			b := root.Bucket(feed)
			if v != nil || b == nil {
				return nil
			}
			return b.ForEach(func(id, val []byte) error {
				if _, err := decodeRemoval(val); err == nil && len(id) == idLen {
					recs = append(recs, removedRecord{bytes.Clone(feed), bytes.Clone(id), bytes.Clone(val)})
				}
				return nil
			})
		})
	})
	return recs
}

// copyRemoved writes the removed feed items into the repaired store, so a
// refresh after the repair does not store them again; one stored as an
// article there is left out.
func copyRemoved(dst *Store, recs []removedRecord) error {
	if len(recs) == 0 {
		return nil
	}
	return dst.update("copy removed items", func(t *txn) error {
		for _, r := range recs {
			if t.b(bucketArticles).Get(r.id) != nil {
				continue
			}
			b, err := t.b(bucketRemoved).CreateBucketIfNotExists(r.feed)
			if err != nil {
				return err
			}
			if err := b.Put(r.id, r.val); err != nil {
				return err
			}
		}
		return nil
	})
}
