package store

import (
	"bytes"
	"crypto/sha256"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
	"soundbite/search"
)

// txn wraps a bbolt transaction with the store's record helpers. In a write
// transaction it also caches speaker aggregates (write-through for their
// forms, which identify reads), so a batch touching one
// speaker a thousand times writes its record, rank and aliases once, in
// flush.
type txn struct {
	s        *Store
	tx       *bolt.Tx
	aggs     map[string]*aggEntry
	tails    map[*bolt.Bucket]*tail // see noteInsert
	bodyTail int                    // see putBody; 0 until loaded
	search   *searchPending         // index changes flush writes; see index.go
	// linked maps each article added in this transaction to its
	// speakers' identities, by their keys, for the search index.
	linked map[model.ID]map[string]string
	// swept holds the feeds whose stale removals this transaction
	// forgot already (removed.go).
	swept map[string]bool

	// The speaker log (pending.go). deferring: added speakers go to
	// the log, and aggs is the Store's cache; lite: aggregates load
	// without their roles; usedPend: the transaction read or changed
	// the log or the Store's cache; pendN: the articles the log holds
	// as it commits.
	deferring, lite, usedPend bool
	pendN                     int
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
	plain, version, err := t.body(s)
	if err != nil {
		return a, fmt.Errorf("article %s: %w", id, err)
	}
	if err := decodeBodyFields(plain, version, &a); err != nil {
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

	// body is the compressed body record, and contribs the article's
	// speakers as the index takes them (speakerContribs). When a worker
	// is making them, ready closes once body, err and contribs are set.
	body     []byte
	err      error
	contribs []*contrib
	ready    chan struct{}
	// codec compresses body: the one Put chose, or when nil the
	// store's current one.
	codec *bodyCodec

	// search is the article analysed for the search index. When a
	// worker is analysing it, analysed closes once it is set.
	search   *search.Doc
	analysed chan struct{}
	// turn closes when the worker may analyse the article: once the
	// transaction has stored the one maxLead before it. next is the
	// turn the transaction closes once it has stored this one.
	turn, next chan struct{}
}

// stored tells the worker maxLead articles on that its turn has come.
// Only the goroutine running the write transaction calls it.
func (p *prepared) stored() {
	if p.next != nil {
		close(p.next)
		p.next = nil
	}
}

func prepare(a *model.Article) prepared {
	size := 256 + len(a.Caption) + len(a.Source) + len(a.Author)
	for _, p := range a.Body {
		size += len(p) + 2
	}
	plain := appendBodyFields(make([]byte, 0, size+64*len(a.Quotes)+64*len(a.Speakers)), a)
	return prepared{plain: plain, bodyHash: sha256.Sum256(plain)}
}

// compressed returns the compressed body, waiting for the worker
// compressing it or else compressing it now.
func (p *prepared) compressed(t *txn) ([]byte, error) {
	if p.ready != nil {
		<-p.ready
	} else if p.body == nil && p.err == nil {
		if p.codec == nil {
			if p.codec, _, p.err = t.bodyCodec(); p.err != nil {
				return nil, p.err
			}
		}
		p.body, p.err = p.codec.compress(p.plain)
	}
	return p.body, p.err
}

// speakers returns the article's speakers for the index: the ones the
// worker made, or nil for the index to make them. Call it only once the
// body is compressed (write has waited for it).
func (p *prepared) speakers() []*contrib {
	if p.ready == nil {
		return nil
	}
	return p.contribs
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

// write stores an article's summary and body under idk. The body always
// goes to fresh chunks at the end of the bodies bucket; the caller deletes
// any old ones.
func (t *txn) write(idk []byte, s *summary, p *prepared) error {
	body, err := p.compressed(t)
	if err != nil {
		return fmt.Errorf("compress article %s: %w", keyID(idk), err)
	}
	if s.body, s.chunks, err = t.putBody(body); err != nil {
		return err
	}
	return putChecked(t.b(bucketArticles), idk, s.encode(), "summary", readsSummary)
}

// index adds (or, with add false, removes) every index entry of a, whose
// date key is dk, with reading state st; cs are a's speakerContribs, or
// nil for index to make them. Counters in meta are the caller's.
func (t *txn) index(a *model.Article, cs []*contrib, dk []byte, st model.State, add bool) error {
	if err := t.setEntry(t.b(bucketByDate), dk, add); err != nil {
		return err
	}
	if !st.Read {
		if err := t.setEntry(t.b(bucketUnread), dk, add); err != nil {
			return err
		}
	}
	if st.Bookmarked {
		if err := t.setEntry(t.b(bucketBookmarked), dk, add); err != nil {
			return err
		}
	}
	if indexable(a.Feed) {
		if err := t.setCounted(t.b(bucketByFeed), []byte(a.Feed), dk, nil, add); err != nil {
			return fmt.Errorf("feed index: %w", err)
		}
	}
	return t.indexSpeakers(a, cs, dk, add)
}

// setEntry adds or removes k in the index b.
func (t *txn) setEntry(b *bolt.Bucket, k []byte, add bool) error {
	if add {
		t.noteInsert(b, k)
		return b.Put(k, nil)
	}
	return b.Delete(k)
}

// setCounted adds (or replaces) or removes k in the nested bucket name of
// parent, keeping the entry count in the nested bucket's sequence and
// dropping the bucket when it empties.
func (t *txn) setCounted(parent *bolt.Bucket, name, k, v []byte, add bool) error {
	if add {
		b, err := parent.CreateBucketIfNotExists(name)
		if err != nil {
			return err
		}
		t.noteInsert(b, k)
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

// noteInsert notes whether adding k appends to index b. Date-keyed
// indexes mostly grow at their end (news arrives newest last, give or
// take), and bbolt then leaves split pages half empty unless told to fill
// them; but filled pages that take inserts in the middle split again and
// again. So flush packs an index's pages only when nearly all that this
// transaction added to it came after its old last key.
func (t *txn) noteInsert(b *bolt.Bucket, k []byte) {
	tl, ok := t.tails[b]
	if !ok {
		last, _ := b.Cursor().Last()
		tl = &tail{last: bytes.Clone(last)}
		if t.tails == nil {
			t.tails = map[*bolt.Bucket]*tail{}
		}
		t.tails[b] = tl
	}
	tl.inserts++
	if bytes.Compare(k, tl.last) > 0 {
		tl.appends++
	}
}

// tail is an index's last key when a write transaction first added to it,
// and how many of the keys added since came after it.
type tail struct {
	last             []byte
	inserts, appends int
}

func (tl *tail) mostlyAppends() bool { return tl.appends*10 >= tl.inserts*9 }

// appendFill is the FillPercent of an index mostly appended to.
const appendFill = 0.9

// addCounter adds delta to a meta counter, stopping at zero.
func (t *txn) addCounter(key []byte, delta int) error {
	meta := t.b(bucketMeta)
	v := int64(getU64(meta, key)) + int64(delta)
	return putU64(meta, key, uint64(max(v, 0)))
}

func (t *txn) counter(key []byte) int { return int(getU64(t.b(bucketMeta), key)) }
