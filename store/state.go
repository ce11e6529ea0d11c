package store

import (
	"errors"
	"fmt"
	"math"

	"soundbite/model"
)

// SetRead marks an article read (stamping ReadAt now) or unread. Marking it
// as it already is writes nothing and keeps the first ReadAt.
func (s *Store) SetRead(id model.ID, read bool) error {
	return s.setFlag(id, read, stateFlag{"read", bucketRead, bucketUnread, keyUnread, true})
}

// SetBookmarked adds or removes a bookmark, like SetRead.
func (s *Store) SetBookmarked(id model.ID, on bool) error {
	return s.setFlag(id, on, stateFlag{"bookmark", bucketBookmarks, bucketBookmarked, keyBookmarked, false})
}

// stateFlag describes one kind of per-article state: where it is kept, the
// date index it moves between, and its counter. For read, the index and
// counter hold the articles without the flag (unread ones).
type stateFlag struct {
	what     string
	bucket   []byte
	index    []byte
	counter  []byte
	inverted bool
}

func (s *Store) setFlag(id model.ID, on bool, f stateFlag) error {
	idk, err := idKey(id)
	if err != nil {
		return fmt.Errorf("set %s: %v: %w", f.what, err, ErrNotFound)
	}
	return s.update(fmt.Sprintf("set %s of %s", f.what, id), func(t *txn) error {
		_, err := t.setFlag(idk, on, f)
		return err
	})
}

// maxStateBatch bounds the articles SetReadMany changes in one
// transaction, so a caller cannot hold the write lock for long.
const maxStateBatch = 10000

// SetReadMany marks the articles read or unread in one transaction and
// returns how many changed. An ID not stored is skipped, not an error: the
// articles of a view may be pruned while it is being marked.
func (s *Store) SetReadMany(ids []model.ID, read bool) (int, error) {
	if len(ids) > maxStateBatch {
		return 0, fmt.Errorf("set read: %d articles in one batch, at most %d", len(ids), maxStateBatch)
	}
	f := stateFlag{"read", bucketRead, bucketUnread, keyUnread, true}
	changed := 0
	err := s.update(fmt.Sprintf("set read of %d articles", len(ids)), func(t *txn) error {
		changed = 0 // the function runs again if the transaction is retried
		for _, id := range ids {
			idk, err := idKey(id)
			if err != nil {
				continue
			}
			ok, err := t.setFlag(idk, read, f)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			if ok {
				changed++
			}
		}
		return nil
	})
	return changed, err
}

// setFlag sets one flag of one article and says whether it changed.
func (t *txn) setFlag(idk []byte, on bool, f stateFlag) (bool, error) {
	sum, err := t.summary(idk)
	if err != nil {
		return false, err
	}
	states := t.b(f.bucket)
	if (states.Get(idk) != nil) == on {
		return false, nil
	}
	dk := dateIDKey(sum.date(), idk)
	if on {
		err = putChecked(states, idk, encodeTime(t.s.now()), f.what+" time", reads(decodeTime))
	} else {
		err = states.Delete(idk)
	}
	if err != nil {
		return false, err
	}
	inIndex := on != f.inverted
	if err := t.setEntry(t.b(f.index), dk, inIndex); err != nil {
		return false, err
	}
	delta := -1
	if inIndex {
		delta = 1
	}
	return true, t.addCounter(f.counter, delta)
}

// Counts returns the status bar's totals from counters kept on every
// write.
func (s *Store) Counts() (model.Counts, error) {
	var c model.Counts
	err := s.view("count", func(t *txn) error {
		c = model.Counts{
			Articles:   t.counter(keyArticles),
			Unread:     t.counter(keyUnread),
			Bookmarked: t.counter(keyBookmarked),
		}
		return nil
	})
	return c, err
}

// ExtractorVersion is the extractor version the store as a whole was last
// extracted with; 0 for a new store. Comparing it with the running
// extractor's says whether a reindex is due.
func (s *Store) ExtractorVersion() (int, error) {
	var v int
	err := s.view("read extractor version", func(t *txn) error {
		v = int(getU32(t.b(bucketMeta), keyExtractor))
		return nil
	})
	return v, err
}

// SetExtractorVersion records the extractor version after a reindex or
// an import, whose last write it is: so it also folds the speaker log
// (pending.go) the import's batches left.
func (s *Store) SetExtractorVersion(v int) error {
	if v < 0 || v > math.MaxUint32 {
		return fmt.Errorf("set extractor version: %d out of range", v)
	}
	if err := s.settle(); err != nil {
		return fmt.Errorf("set extractor version: %w", err)
	}
	return s.update("set extractor version", func(t *txn) error {
		return putU32(t.b(bucketMeta), keyExtractor, uint32(v))
	})
}

// Session returns where the reader was when it last saved; the zero
// Session when it never did.
func (s *Store) Session() (model.Session, error) {
	var sess model.Session
	err := s.view("read session", func(t *txn) error {
		v := t.b(bucketMeta).Get(keySession)
		if v == nil {
			return nil
		}
		var err error
		sess, err = decodeSession(v)
		return err
	})
	return sess, err
}

// SaveSession records where the reader is, for the next start.
func (s *Store) SaveSession(sess model.Session) error {
	return s.update("save session", func(t *txn) error {
		return putChecked(t.b(bucketMeta), keySession, encodeSession(&sess), "session", reads(decodeSession))
	})
}
