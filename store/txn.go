package store

import (
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"fmt"
	"io"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// txn wraps a bbolt transaction with the store's record helpers. In a write
// transaction it also caches speaker aggregates, so a batch touching one
// speaker a thousand times writes its record, rank and aliases once, in
// flush.
type txn struct {
	s    *Store
	tx   *bolt.Tx
	aggs map[string]*aggEntry
}

func (s *Store) txn(tx *bolt.Tx) *txn { return &txn{s: s, tx: tx} }

// b returns a top-level bucket. Open checked they all exist.
func (t *txn) b(name []byte) *bolt.Bucket { return t.tx.Bucket(name) }

// has reports whether b holds key k. Index entries have empty values,
// which bbolt's Get cannot tell from absent ones, so it seeks.
func has(b *bolt.Bucket, k []byte) bool {
	got, _ := b.Cursor().Seek(k)
	return bytes.Equal(got, k)
}

// maxIndexKey bounds feed URLs and speaker keys used as bucket names:
// bbolt refuses keys over 32 KiB, and one absurd name from a hostile page
// must not fail a whole import. Longer ones are stored but not indexed.
const maxIndexKey = 1024

func indexable(key string) bool { return key != "" && len(key) <= maxIndexKey }

// maxBody bounds a decompressed body, so a damaged or hostile record
// cannot inflate without limit.
const maxBody = 64 << 20

// compressionLevel trades a little size for import speed: at BestSpeed
// bodies are about a tenth bigger than at the default level and compress
// several times faster.
const compressionLevel = flate.BestSpeed

// compress appends the body record for plain to dst.
func (s *Store) compress(dst, plain []byte) ([]byte, error) {
	buf := bytes.NewBuffer(append(dst, bodyV1))
	w, _ := s.writers.Get().(*flate.Writer)
	if w == nil {
		var err error
		if w, err = flate.NewWriter(buf, compressionLevel); err != nil {
			return nil, err
		}
	} else {
		w.Reset(buf)
	}
	defer s.writers.Put(w)
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decompress returns the plain bytes of a body record, copied out of the
// transaction's memory.
func (s *Store) decompress(rec []byte) ([]byte, error) {
	if len(rec) == 0 || rec[0] != bodyV1 {
		return nil, fmt.Errorf("%w: body record version", errCorrupt)
	}
	src := bytes.NewReader(rec[1:])
	r, _ := s.readers.Get().(io.ReadCloser)
	if r == nil {
		r = flate.NewReader(src)
	} else if err := r.(flate.Resetter).Reset(src, nil); err != nil {
		return nil, err
	}
	defer s.readers.Put(r)
	plain, err := io.ReadAll(io.LimitReader(r, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("%w: body: %v", errCorrupt, err)
	}
	if len(plain) > maxBody {
		return nil, fmt.Errorf("%w: body over %d bytes", errCorrupt, maxBody)
	}
	return plain, nil
}

// summary reads the summary of the article with key idk, or ErrNotFound.
func (t *txn) summary(idk []byte) (summary, error) {
	v := t.b(bucketArticles).Get(idk)
	if v == nil {
		return summary{}, fmt.Errorf("article %s: %w", keyID(idk), ErrNotFound)
	}
	s, err := decodeSummary(v)
	if err != nil {
		return summary{}, fmt.Errorf("article %s: %w", keyID(idk), err)
	}
	return s, nil
}

// state reads an article's reading state.
func (t *txn) state(idk []byte) (model.State, error) {
	var st model.State
	if v := t.b(bucketRead).Get(idk); v != nil {
		at, err := decodeTime(v)
		if err != nil {
			return st, fmt.Errorf("read state of %s: %w", keyID(idk), err)
		}
		st.Read, st.ReadAt = true, at
	}
	if v := t.b(bucketBookmarks).Get(idk); v != nil {
		at, err := decodeTime(v)
		if err != nil {
			return st, fmt.Errorf("bookmark of %s: %w", keyID(idk), err)
		}
		st.Bookmarked, st.BookmarkedAt = true, at
	}
	return st, nil
}

// article reads the whole article with key idk.
func (t *txn) article(idk []byte) (model.Article, error) {
	s, err := t.summary(idk)
	if err != nil {
		return model.Article{}, err
	}
	return t.articleFrom(idk, &s)
}

func (t *txn) articleFrom(idk []byte, s *summary) (model.Article, error) {
	id := keyID(idk)
	a := model.Article{
		ID:               id,
		Title:            s.title,
		Category:         s.category,
		Feed:             s.feed,
		Published:        s.published,
		Imported:         s.imported,
		ExtractorVersion: s.extractor,
	}
	rec := t.b(bucketBodies).Get(bodyKey(s.body))
	if rec == nil {
		return a, fmt.Errorf("article %s: body: %w", id, errCorrupt)
	}
	plain, err := t.s.decompress(rec)
	if err != nil {
		return a, fmt.Errorf("article %s: %w", id, err)
	}
	if err := decodeBodyFields(plain, &a); err != nil {
		return a, fmt.Errorf("article %s: %w", id, err)
	}
	if a.State, err = t.state(idk); err != nil {
		return a, err
	}
	return a, nil
}

// prepared is an article's body encoded, hashed and, once known to be
// needed, compressed: Put does this work outside the write transaction.
type prepared struct {
	plain    []byte
	bodyHash [sha256.Size]byte
	body     []byte // compressed body record; nil until compressed
}

func prepare(a *model.Article) prepared {
	plain := appendBodyFields(nil, a)
	return prepared{plain: plain, bodyHash: sha256.Sum256(plain)}
}

func (p *prepared) compressed(s *Store) ([]byte, error) {
	if p.body == nil {
		var err error
		if p.body, err = s.compress(nil, p.plain); err != nil {
			return nil, err
		}
	}
	return p.body, nil
}

// summarise returns a's summary with its content hash, which covers the
// summary's fields and the body (everything but reading state), so Put can
// tell an unchanged article from its summary alone.
func summarise(a *model.Article, p *prepared) summary {
	s := summaryOf(a)
	h := sha256.New()
	h.Write(s.appendFields(nil))
	h.Write(p.bodyHash[:])
	s.hash = h.Sum(nil)[:contentHashLen]
	return s
}

// write stores an article's summary and body under idk, giving the body a
// new key unless the summary already has one.
func (t *txn) write(idk []byte, s *summary, p *prepared) error {
	body, err := p.compressed(t.s)
	if err != nil {
		return fmt.Errorf("compress article %s: %w", keyID(idk), err)
	}
	bodies := t.b(bucketBodies)
	// New bodies go at the end of the bucket, so full pages are best.
	bodies.FillPercent = 1.0
	if s.body == 0 {
		if s.body, err = bodies.NextSequence(); err != nil {
			return err
		}
	}
	if err := t.b(bucketArticles).Put(idk, s.encode()); err != nil {
		return err
	}
	return bodies.Put(bodyKey(s.body), body)
}

// index adds (or, with add false, removes) every index entry of a, whose
// date key is dk, with reading state st. Counters in meta are the caller's.
func (t *txn) index(a *model.Article, dk []byte, st model.State, add bool) error {
	if err := setEntry(t.b(bucketByDate), dk, add); err != nil {
		return err
	}
	if !st.Read {
		if err := setEntry(t.b(bucketUnread), dk, add); err != nil {
			return err
		}
	}
	if st.Bookmarked {
		if err := setEntry(t.b(bucketBookmarked), dk, add); err != nil {
			return err
		}
	}
	if indexable(a.Feed) {
		if err := setCounted(t.b(bucketByFeed), []byte(a.Feed), dk, nil, add); err != nil {
			return fmt.Errorf("feed index: %w", err)
		}
	}
	for _, c := range speakerContribs(a) {
		t.aggregate(c.key).apply(c, add)
	}
	for _, e := range speakerEntries(a) {
		if err := setCounted(t.b(bucketBySpeaker), []byte(e.key), dk, encodeQuoteNums(e.quotes), add); err != nil {
			return fmt.Errorf("speaker index: %w", err)
		}
	}
	return nil
}

// speakerEntry is an article's entry in one speaker's index: the numbers of
// the speaker's quotes in the article.
type speakerEntry struct {
	key    string
	quotes []int
}

// speakerEntries lists the speakers an article names or quotes, in that
// order, each with its quotes.
func speakerEntries(a *model.Article) []speakerEntry {
	var out []speakerEntry
	find := func(key string) int {
		for i := range out {
			if out[i].key == key {
				return i
			}
		}
		out = append(out, speakerEntry{key: key})
		return len(out) - 1
	}
	for _, sp := range a.Speakers {
		if key := model.SpeakerKey(sp.Name); indexable(key) {
			find(key)
		}
	}
	for n, q := range a.Quotes {
		if key := model.SpeakerKey(q.Speaker); indexable(key) {
			i := find(key)
			out[i].quotes = append(out[i].quotes, n)
		}
	}
	return out
}

func setEntry(b *bolt.Bucket, k []byte, add bool) error {
	if add {
		return b.Put(k, nil)
	}
	return b.Delete(k)
}

// setCounted adds (or replaces) or removes k in the nested bucket name of
// parent, keeping the entry count in the nested bucket's sequence and
// dropping the bucket when it empties.
func setCounted(parent *bolt.Bucket, name, k, v []byte, add bool) error {
	if add {
		b, err := parent.CreateBucketIfNotExists(name)
		if err != nil {
			return err
		}
		existed := has(b, k)
		if err := b.Put(k, v); err != nil {
			return err
		}
		if existed {
			return nil
		}
		return b.SetSequence(b.Sequence() + 1)
	}
	b := parent.Bucket(name)
	if b == nil || !has(b, k) {
		return nil
	}
	if b.Sequence() <= 1 {
		return parent.DeleteBucket(name)
	}
	if err := b.Delete(k); err != nil {
		return err
	}
	return b.SetSequence(b.Sequence() - 1)
}

// addCounter adds delta to a meta counter, stopping at zero.
func (t *txn) addCounter(key []byte, delta int) error {
	meta := t.b(bucketMeta)
	v := int64(getU64(meta, key)) + int64(delta)
	return putU64(meta, key, uint64(max(v, 0)))
}

func (t *txn) counter(key []byte) int { return int(getU64(t.b(bucketMeta), key)) }
