package store

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"soundbite/model"
)

// PutResult says what Put did with each article.
type PutResult struct {
	New, Updated, Unchanged int
	IDs                     []model.ID // the articles' IDs, in the order given
}

type putOutcome int

const (
	putNew putOutcome = iota
	putUpdated
	putUnchanged
)

// Put stores articles, whose IDs the caller has set, in one transaction:
// callers batch imports (a thousand at a time is a good size) rather than
// calling Put per article. An ID already stored with identical content is
// Unchanged and nothing is written; with different content it is Updated,
// keeping its reading state and Imported time. A new article with a zero
// Imported time is stamped now, and takes its reading state from the
// article, so an export re-imported keeps what was read.
//
// Bodies are encoded on every core before the write transaction starts,
// and compressed on every core while it runs, but only for the articles a
// read transaction found new or changed.
func (s *Store) Put(articles []model.Article) (PutResult, error) {
	arts := slices.Clone(articles) // Put sets Imported on its copies
	preps := make([]prepared, len(arts))
	keys := make([][]byte, len(arts))
	for i := range arts {
		var err error
		if keys[i], err = idKey(arts[i].ID); err != nil {
			return PutResult{}, fmt.Errorf("put articles: article %d: %w", i, err)
		}
	}
	err := parallel(len(arts), func(i int) error {
		preps[i] = prepare(&arts[i])
		if err := checkBody(preps[i].plain); err != nil {
			return fmt.Errorf("article %d (%s): %w", i, arts[i].ID, err)
		}
		return nil
	})
	if err != nil {
		return PutResult{}, fmt.Errorf("put articles: %w", err)
	}
	var changed []int
	var codec *bodyCodec
	wantDict := false
	err = s.view("put articles", func(t *txn) error {
		var err error
		if codec, wantDict, err = t.bodyCodec(); err != nil {
			return err
		}
		for i := range arts {
			v := t.b(bucketArticles).Get(keys[i])
			if v == nil {
				changed = append(changed, i)
				continue
			}
			old, err := decodeSummary(v)
			if err != nil {
				return fmt.Errorf("article %s: %w", arts[i].ID, err)
			}
			a := arts[i]
			a.Imported = old.imported
			if sum := summarise(&a, &preps[i]); !bytes.Equal(sum.hash, old.hash) {
				changed = append(changed, i)
			}
		}
		// The lookups land all over the file, but the write
		// transaction makes them again, and its flush gives their
		// pages back (see dropMapped): giving them back here as well
		// would only fault them in twice.
		return nil
	})
	if err != nil {
		return PutResult{}, err
	}
	if wantDict && len(changed) > 0 {
		err = s.update("sample bodies for a dictionary", func(t *txn) error {
			if err := t.buildDict(); err != nil {
				return err
			}
			var err error
			codec, _, err = t.bodyCodec()
			return err
		})
		if err != nil {
			return PutResult{}, err
		}
	}
	for i := range preps {
		preps[i].codec = codec
	}
	// Compress on every core while the write transaction, which waits
	// for each body in turn, stores the articles already done.
	// Each worker then analyses the article for the search index, which
	// the transaction adds to its segment once the article is stored.
	// A worker analyses an article only once the transaction has stored
	// the one maxLead before it, so a batch's documents are never held
	// by more than that many: the workers, which the transaction waits
	// for, would otherwise run a hundred ahead of it, each document
	// some 20 KB, and each newly allocated (search.Spare).
	for n, i := range changed {
		preps[i].ready = make(chan struct{})
		preps[i].analysed = make(chan struct{})
		preps[i].turn = make(chan struct{})
		if n < maxLead {
			close(preps[i].turn)
		} else {
			preps[changed[n-maxLead]].next = preps[i].turn
		}
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	// However the transaction ends, no worker is left waiting for its
	// turn (this runs before the wait above).
	defer func() {
		for i := range preps {
			preps[i].stored()
		}
	}()
	wg.Go(func() {
		_ = parallel(len(changed), func(n int) error {
			p := &preps[changed[n]]
			p.body, p.err = p.codec.compress(p.plain)
			// The plain record has been hashed and checked already:
			// let it go now rather than with the batch, since memory
			// while the transaction runs is what an import's peak is.
			p.plain = nil
			// The speakers too, while the transaction waits for the
			// bodies: parsing their names is pure work.
			p.contribs = speakerContribs(&arts[changed[n]])
			close(p.ready)
			defer close(p.analysed)
			if s.noSearch {
				return nil
			}
			<-p.turn
			// Document reads no field the transaction writes meanwhile
			// (it stamps Imported).
			an := s.analyzer()
			d := an.Document(&arts[changed[n]])
			s.putAnalyzer(an)
			p.search = &d
			return nil
		})
	})

	var res PutResult
	err = s.update("put articles", func(t *txn) error {
		if err := t.beginDeferred(); err != nil {
			return err
		}
		res = PutResult{IDs: make([]model.ID, 0, len(arts))}
		for i := range arts {
			outcome, err := t.put(keys[i], &arts[i], &preps[i])
			if err != nil {
				return fmt.Errorf("article %d (%s): %w", i, arts[i].ID, err)
			}
			preps[i].stored()
			switch outcome {
			case putNew:
				res.New++
			case putUpdated:
				res.Updated++
			case putUnchanged:
				res.Unchanged++
			}
			res.IDs = append(res.IDs, arts[i].ID)
		}
		return nil
	})
	if err != nil {
		return PutResult{}, err
	}
	return res, nil
}

// parallel calls fn(i) for every i in [0, n), spreading the calls over
// every core, and returns the first error.
func parallel(n int, fn func(i int) error) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			if err := fn(i); err != nil {
				return err
			}
		}
		return nil
	}
	var next atomic.Int64
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n || errs[w] != nil {
					return
				}
				errs[w] = fn(i)
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// put stores one article. Its body is being compressed already if the read
// transaction found it new or changed; if a concurrent Put has changed the
// picture since, it is compressed here.
func (t *txn) put(idk []byte, a *model.Article, p *prepared) (putOutcome, error) {
	v := t.b(bucketArticles).Get(idk)
	if v == nil {
		if err := t.revive(a.Feed, idk); err != nil {
			return 0, err
		}
		return putNew, t.insert(idk, a, p)
	}
	old, err := decodeSummary(v)
	if err != nil {
		return 0, fmt.Errorf("stored article: %w", err)
	}
	a.Imported = old.imported
	changed, err := t.replace(idk, &old, a, p)
	if err != nil || !changed {
		return putUnchanged, err
	}
	return putUpdated, nil
}

// insert stores a new article with the reading state it carries.
func (t *txn) insert(idk []byte, a *model.Article, p *prepared) error {
	now := t.s.now()
	if a.Imported.IsZero() {
		a.Imported = now
	}
	st := a.State
	if st.Read && st.ReadAt.IsZero() {
		st.ReadAt = now
	}
	if st.Bookmarked && st.BookmarkedAt.IsZero() {
		st.BookmarkedAt = now
	}
	sum := summarise(a, p)
	if err := t.write(idk, &sum, p); err != nil {
		return err
	}
	if err := t.index(a, p.speakers(), dateIDKey(a.Date(), idk), st, true); err != nil {
		return err
	}
	if err := t.searchAdd(sum.body, a, p); err != nil {
		return err
	}
	if err := t.addCounter(keyArticles, 1); err != nil {
		return err
	}
	if st.Read {
		if err := putChecked(t.b(bucketRead), idk, encodeTime(st.ReadAt), "read time", reads(decodeTime)); err != nil {
			return err
		}
	} else if err := t.addCounter(keyUnread, 1); err != nil {
		return err
	}
	if st.Bookmarked {
		if err := putChecked(t.b(bucketBookmarks), idk, encodeTime(st.BookmarkedAt), "bookmark time", reads(decodeTime)); err != nil {
			return err
		}
		return t.addCounter(keyBookmarked, 1)
	}
	return nil
}

// replace overwrites the stored article (whose summary is old) with a,
// moving its index entries and keeping its reading state. It
// writes nothing and reports false when the content is the same.
func (t *txn) replace(idk []byte, old *summary, a *model.Article, p *prepared) (changed bool, err error) {
	sum := summarise(a, p)
	if bytes.Equal(sum.hash, old.hash) {
		return false, nil
	}
	prev, err := t.articleFrom(idk, old)
	if err != nil {
		return false, fmt.Errorf("stored article: %w", err)
	}
	if err := t.index(&prev, nil, dateIDKey(prev.Date(), idk), prev.State, false); err != nil {
		return false, err
	}
	if err := t.deleteBody(old); err != nil {
		return false, err
	}
	t.searchRemove(old.body)
	if err := t.write(idk, &sum, p); err != nil {
		return false, err
	}
	if err := t.index(a, p.speakers(), dateIDKey(a.Date(), idk), prev.State, true); err != nil {
		return false, err
	}
	return true, t.searchAdd(sum.body, a, p)
}

// Has reports whether an article with this ID is stored.
func (s *Store) Has(id model.ID) (bool, error) {
	idk, err := idKey(id)
	if err != nil {
		return false, nil // such an ID can never be stored
	}
	var ok bool
	err = s.view("look up article", func(t *txn) error {
		ok = t.b(bucketArticles).Get(idk) != nil
		return nil
	})
	return ok, err
}

// Get returns the whole article: body, speakers, quotes and reading state,
// and the name of its feed while it is subscribed.
func (s *Store) Get(id model.ID) (model.Article, error) {
	idk, err := idKey(id)
	if err != nil {
		return model.Article{}, fmt.Errorf("get article: %v: %w", err, ErrNotFound)
	}
	var a model.Article
	err = s.view("get article", func(t *txn) error {
		if a, err = t.article(idk); err != nil || a.Feed == "" {
			return err
		}
		// The feed's name, for the reader's header; a record that does
		// not decode leaves it out (feed list reports it).
		if v := t.b(bucketFeeds).Get([]byte(a.Feed)); v != nil {
			if f, err := decodeFeed(v); err == nil {
				a.FeedName = f.DisplayName()
			}
		}
		return nil
	})
	return a, err
}

// MinPrefix is the shortest ID prefix Resolve accepts.
const MinPrefix = 4

// Resolve returns the ID of the one article whose ID starts with
// idOrPrefix (at least MinPrefix hex digits, any case). It fails with
// ErrAmbiguous when several match or the prefix is too short, and with
// ErrNotFound when none does.
func (s *Store) Resolve(idOrPrefix string) (model.ID, error) {
	p := strings.ToLower(strings.TrimSpace(idOrPrefix))
	if len(p) < MinPrefix {
		return "", fmt.Errorf("resolve %q: need at least %d hex digits: %w", idOrPrefix, MinPrefix, ErrAmbiguous)
	}
	if len(p) > model.IDLen || strings.Trim(p, "0123456789abcdef") != "" {
		return "", fmt.Errorf("resolve %q: not an article id: %w", idOrPrefix, ErrNotFound)
	}
	low, _ := hex.DecodeString(p + strings.Repeat("0", model.IDLen-len(p)))
	var found []model.ID
	err := s.view("resolve "+p, func(t *txn) error {
		c := t.b(bucketArticles).Cursor()
		for k, _ := c.Seek(low); k != nil && len(found) < 2; k, _ = c.Next() {
			id := keyID(k)
			if !strings.HasPrefix(string(id), p) {
				break
			}
			found = append(found, id)
		}
		return nil
	})
	switch {
	case err != nil:
		return "", err
	case len(found) == 0:
		return "", fmt.Errorf("resolve %s: %w", p, ErrNotFound)
	case len(found) > 1:
		return "", fmt.Errorf("resolve %s: %w", p, ErrAmbiguous)
	}
	return found[0], nil
}

// Delete removes an article with its index entries and reading state, and
// takes its quotes out of its speakers' totals.
func (s *Store) Delete(id model.ID) error {
	idk, err := idKey(id)
	if err != nil {
		return fmt.Errorf("delete article: %v: %w", err, ErrNotFound)
	}
	return s.update("delete article "+string(id), func(t *txn) error {
		_, err := t.delete(idk, false)
		return err
	})
}

// DeleteMany deletes the articles in one transaction, at most
// maxStateBatch of them, and says how many went. IDs not stored are
// skipped: another process may have deleted them first. With
// keepBookmarked, a bookmarked article stays, decided inside the
// transaction, so a bookmark made after a prune chose its articles still
// saves one.
func (s *Store) DeleteMany(ids []model.ID, keepBookmarked bool) (int, error) {
	if len(ids) > maxStateBatch {
		return 0, fmt.Errorf("delete: %d articles in one batch, at most %d", len(ids), maxStateBatch)
	}
	n := 0
	err := s.update(fmt.Sprintf("delete %d articles", len(ids)), func(t *txn) error {
		n = 0
		for _, id := range ids {
			idk, err := idKey(id)
			if err != nil {
				continue
			}
			gone, err := t.delete(idk, keepBookmarked)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			if gone {
				n++
			}
		}
		return nil
	})
	return n, err
}

// delete removes one article, unless keepBookmarked and it is bookmarked,
// and says whether it did.
func (t *txn) delete(idk []byte, keepBookmarked bool) (bool, error) {
	sum, err := t.summary(idk)
	if err != nil {
		return false, err
	}
	if keepBookmarked && t.b(bucketBookmarks).Get(idk) != nil {
		return false, nil
	}
	a, err := t.articleFrom(idk, &sum)
	if err != nil {
		return false, err
	}
	if err := t.index(&a, nil, dateIDKey(a.Date(), idk), a.State, false); err != nil {
		return false, err
	}
	for _, name := range [][]byte{bucketArticles, bucketRead, bucketBookmarks} {
		if err := t.b(name).Delete(idk); err != nil {
			return false, err
		}
	}
	if err := t.deleteBody(&sum); err != nil {
		return false, err
	}
	t.searchRemove(sum.body)
	if err := t.noteRemoved(a.Feed, idk, a.Source); err != nil {
		return false, err
	}
	if err := t.addCounter(keyArticles, -1); err != nil {
		return false, err
	}
	if !a.State.Read {
		if err := t.addCounter(keyUnread, -1); err != nil {
			return false, err
		}
	}
	if a.State.Bookmarked {
		return true, t.addCounter(keyBookmarked, -1)
	}
	return true, nil
}

// forEachChunk is how many articles ForEach reads per transaction.
const forEachChunk = 64

// ForEach calls fn with every article, whole, in ID order, stopping at the
// first error fn returns, which it returns unwrapped. It reads a few dozen
// articles per transaction and holds none while fn runs, so fn may write to
// the store (a reindex stores what it re-extracts); articles added or deleted
// meanwhile may or may not be visited.
func (s *Store) ForEach(fn func(model.Article) error) error {
	var after []byte
	for {
		var batch []model.Article
		err := s.view("read articles", func(t *txn) error {
			c := t.b(bucketArticles).Cursor()
			k, v := c.First()
			if after != nil {
				k, v = c.Seek(after)
				if bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			for ; k != nil && len(batch) < forEachChunk; k, v = c.Next() {
				sum, err := decodeSummary(v)
				if err != nil {
					return fmt.Errorf("article %s: %w", keyID(k), err)
				}
				a, err := t.articleFrom(k, &sum)
				if err != nil {
					return err
				}
				batch = append(batch, a)
				after = append(after[:0], k...)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, a := range batch {
			if err := fn(a); err != nil {
				return err
			}
		}
		if len(batch) < forEachChunk {
			return nil
		}
	}
}
