package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
)

// The speaker index written once per import (schema 7).
//
// A batch of 330 articles quotes some 800 of the store's people whatever
// its size, and writing their by_speaker entries, speaker records and
// rank keys rewrote ~1,300 pages a batch: at 100,000 articles most of
// each commit's time and memory (docs/benchmarks.md, issue 14). So Put
// decides each speaker's identity as before, writes the article's links
// and the forms identify reads (aliases) as before, but appends what the
// article adds to its identities' totals and postings to speaker_pending,
// a log keyed by a counter: a few pages a batch, written once. The log is
// folded into by_speaker, speakers and speaker_rank, in one pass that
// touches each identity once, when
//
//   - it passes foldAfter articles, in the Put that passes it;
//   - an import ends (SetExtractorVersion is its last write) or the
//     Store is closed;
//   - something reads the speaker index (settle), so readers never
//     merge the log: they read folded buckets;
//   - an article is removed or replaced (its totals are taken back from
//     folded ones);
//   - a write Open finds a log a killed import left.
//
// Identity decisions need the totals as if folded: the Store keeps, in
// memory, the aggregates of the identities the log names with the log
// applied (pendingSpeakers). They leave out roles, which no decision
// reads and which at 100,000 articles are most of a record; the fold
// applies the log to the stored records, roles included. After a
// transaction fails the cache is dropped, and the next Put rebuilds it
// from the log.

// bucketSpeakerPending is the log: <seq> → pending record.
var bucketSpeakerPending = []byte("speaker_pending")

// foldAfter is how many articles the log holds before the Put that
// passes it folds it: large enough that a fold's pages (each identity's
// record and by_speaker leaf, once) are spread over many batches, small
// enough that a fold's commit stays small and a reader's wait short.
const foldAfter = 8192

// A pending record: pendingV1, the article's date key, a count, then per
// speaker of the article its identity's key, its name, the kind it counts
// (weakKind; empty for none), its aliases, roles, quotes and quote numbers.
const pendingV1 = 1

// pendingEntry is one speaker of one article, as the log keeps it.
type pendingEntry struct {
	identity string
	c        *contrib
}

func encodePending(dk []byte, es []pendingEntry) []byte {
	e := encoder{make([]byte, 0, 32+64*len(es))}
	e.byte(pendingV1)
	e.str(string(dk))
	e.uvarint(uint64(len(es)))
	for _, pe := range es {
		c := pe.c
		e.str(pe.identity)
		e.str(c.name)
		if c.kind == "" {
			e.str("")
		} else {
			e.str(weakKind(c))
		}
		e.strs(c.aliases)
		e.strs(c.roles)
		e.uvarint(uint64(c.quotes))
		e.uvarint(uint64(len(c.nums)))
		for _, n := range c.nums {
			e.uvarint(uint64(n))
		}
	}
	return e.b
}

// decodePending reads a pending record. Its contribs carry the kind as
// counted and a significance of 2, so weakKind gives that kind back.
func decodePending(b []byte) ([]byte, []pendingEntry, error) {
	d := decoder{b: b}
	d.version(pendingV1, "pending speakers")
	dk := d.bytes()
	es := make([]pendingEntry, d.count())
	for i := range es {
		c := &contrib{sig: 2}
		es[i].identity = d.str()
		c.name = d.str()
		c.kind = d.str()
		c.aliases = d.strs()
		c.roles = d.strs()
		c.quotes = int(d.uvarint())
		c.nums = make([]int, d.count())
		for j := range c.nums {
			c.nums[j] = int(d.uvarint())
		}
		es[i].c = c
	}
	if err := d.done("pending speakers"); err != nil {
		return nil, nil, err
	}
	if len(dk) != dateIDLen {
		return nil, nil, fmt.Errorf("pending speakers: %w: date key of %d bytes", errCorrupt, len(dk))
	}
	return dk, es, nil
}

// pendingSpeakers is what a Store knows of its log between transactions.
// Only write transactions touch it, under mu, which update holds from
// inside bbolt's write lock until its bookkeeping after the commit.
type pendingSpeakers struct {
	mu sync.Mutex
	// aggs are the identities the log names, with the log applied but
	// without roles; nil when not known (a Store just opened, or one
	// whose last write transaction failed).
	aggs map[string]*aggEntry
	// n is how many articles the log holds, when aggs is not nil.
	n int
	// count is n for readers: -1 when not known.
	count atomic.Int64
}

// pendingLog returns the log bucket; nil in a file older than schema 7,
// as its migrations run.
func (t *txn) pendingLog() *bolt.Bucket { return t.tx.Bucket(bucketSpeakerPending) }

// hasPending reports whether the log holds anything.
func (t *txn) hasPending() bool {
	b := t.pendingLog()
	if b == nil {
		return false
	}
	k, _ := b.Cursor().First()
	return k != nil
}

// beginDeferred makes this write transaction append to the log: its
// aggregate cache becomes the Store's, loaded from the log if need be.
func (t *txn) beginDeferred() error {
	if t.pendingLog() == nil || t.s.db == nil || t.s.direct {
		return nil
	}
	p := &t.s.pend
	if p.aggs == nil {
		if err := t.loadPending(); err != nil {
			return err
		}
	}
	t.aggs, t.deferring, t.usedPend = p.aggs, true, true
	return nil
}

// loadPending rebuilds the Store's cache from the log.
func (t *txn) loadPending() error {
	p := &t.s.pend
	t.usedPend = true
	t.aggs, t.lite = map[string]*aggEntry{}, true
	n := 0
	err := t.walkPending(func(_ []byte, es []pendingEntry) {
		n++
		applyPending(t, es)
	})
	t.lite = false
	if err != nil {
		t.aggs = nil
		return err
	}
	for _, e := range t.aggs {
		// The aliases bucket holds the forms of the totals as the
		// log leaves them (every Put wrote them): change works them
		// out from the totals when next needed.
		e.forms, e.dirty = nil, false
	}
	p.aggs, p.n = t.aggs, n
	return nil
}

// walkPending calls fn with every record of the log, oldest first.
func (t *txn) walkPending(fn func(dk []byte, es []pendingEntry)) error {
	b := t.pendingLog()
	if b == nil {
		return nil
	}
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		dk, es, err := decodePending(v)
		if err != nil {
			return fmt.Errorf("speaker log entry %x: %w", k, err)
		}
		fn(dk, es)
	}
	return nil
}

// applyPending adds one article's log entries to the aggregates t caches,
// counting the article once per identity, as indexSpeakers does.
func applyPending(t *txn, es []pendingEntry) {
	var seen []string
	for _, pe := range es {
		first := !slices.Contains(seen, pe.identity)
		if first {
			seen = append(seen, pe.identity)
		}
		t.aggregate(pe.identity).apply(pe.c, true, first)
	}
}

// appendPending logs an article's speakers, whose identities are keys.
func (t *txn) appendPending(dk []byte, cs []*contrib, keys []string) error {
	if len(cs) == 0 {
		return nil
	}
	es := make([]pendingEntry, len(cs))
	for i, c := range cs {
		es[i] = pendingEntry{identity: keys[i], c: c}
	}
	b := t.pendingLog()
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	t.noteInsert(b, bodyKey(seq))
	t.pendingAdded++
	return putChecked(b, binary.BigEndian.AppendUint64(nil, seq), encodePending(dk, es), "pending speakers",
		func(v []byte) error { _, _, err := decodePending(v); return err })
}

// flushForms writes the aliases of the identities this transaction
// changed, as flush does without a log, and keeps the cache for the next.
func (t *txn) flushForms() error {
	aliases := t.b(bucketAliases)
	for _, e := range t.aggs {
		if !e.dirty {
			continue
		}
		forms := e.agg.forms()
		if e.agg.articles == 0 {
			forms = map[string]byte{}
		}
		if err := writeForms(aliases, e, forms); err != nil {
			return err
		}
		// The aliases bucket now holds e.agg.forms(), which change
		// works out again when next needed: kept for every identity
		// the cache holds, they would be most of its memory.
		e.forms, e.dirty = nil, false
	}
	return nil
}

// fold applies the log to by_speaker, speakers and speaker_rank and
// empties it. The aliases are already as the log leaves them. The
// transaction appends to the log no more after it.
func (t *txn) fold() error {
	if t.deferring {
		if err := t.flushForms(); err != nil {
			return err
		}
		t.deferring = false
	}
	t.aggs = nil
	t.usedPend, t.folded = true, true
	if !t.hasPending() {
		return nil
	}
	type posting struct {
		key  string
		dk   []byte
		nums []int
	}
	var posts []posting
	err := t.walkPending(func(dk []byte, es []pendingEntry) {
		applyPending(t, es)
		start := len(posts)
		for _, pe := range es {
			i := slices.IndexFunc(posts[start:], func(p posting) bool { return p.key == pe.identity })
			if i < 0 {
				posts = append(posts, posting{key: pe.identity, dk: dk})
				i = len(posts) - start - 1
			}
			posts[start+i].nums = append(posts[start+i].nums, pe.c.nums...)
		}
	})
	if err != nil {
		return err
	}
	// One identity's entries together, in key order: each by_speaker
	// bucket is opened once and filled front to back.
	slices.SortStableFunc(posts, func(a, b posting) int {
		if a.key != b.key {
			if a.key < b.key {
				return -1
			}
			return 1
		}
		return bytes.Compare(a.dk, b.dk)
	})
	bySpeaker := t.b(bucketBySpeaker)
	for _, p := range posts {
		slices.Sort(p.nums)
		nums := encodeQuoteNums(p.nums)
		if err := t.setCounted(bySpeaker, []byte(p.key), p.dk, nums, true); err != nil {
			return fmt.Errorf("speaker index: %w", err)
		}
	}
	if err := t.writeAggregates(false); err != nil {
		return err
	}
	if err := t.tx.DeleteBucket(bucketSpeakerPending); err != nil {
		return err
	}
	_, err = t.tx.CreateBucket(bucketSpeakerPending)
	return err
}

// afterWrite keeps the Store's cache in step with what a write
// transaction did: err is the transaction's outcome. The caller holds
// pend.mu.
func (s *Store) afterWrite(t *txn, err error) {
	p := &s.pend
	switch {
	case t == nil || !t.usedPend:
	case err != nil:
		p.aggs = nil
		p.count.Store(-1)
	case t.folded:
		p.aggs, p.n = map[string]*aggEntry{}, 0
		p.count.Store(0)
	default:
		p.n += t.pendingAdded
		p.count.Store(int64(p.n))
	}
}

// settle folds the log before a read of the speaker index, so readers
// see what the log holds as if it were folded. A read-only Store never
// holds a log: Open refuses one that does.
func (s *Store) settle() error {
	if s.db.IsReadOnly() || s.pend.count.Load() == 0 || s.damaged.Load() {
		return nil
	}
	return s.update("fold the speaker index", func(t *txn) error { return t.fold() })
}

// viewSpeakers is view for a reader of the speaker index: it folds the
// log first.
func (s *Store) viewSpeakers(what string, fn func(t *txn) error) error {
	if err := s.settle(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return s.view(what, fn)
}

// migratePendingSpeakers is schema 7: an empty speaker log.
func migratePendingSpeakers(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketSpeakerPending)
	return err
}
