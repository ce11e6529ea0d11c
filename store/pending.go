package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// The speaker index written once per several thousand articles (schema
// 7).
//
// A batch of 330 articles quotes some 800 of the store's people whatever
// its size, and writing their by_speaker entries, speaker records and
// rank keys rewrote ~1,300 pages a batch: at 100,000 articles most of
// each commit's time and memory (docs/benchmarks.md, issue 14). So Put
// decides each speaker's identity as before, writes the article's links
// and the forms identify reads (aliases) as before, but appends what the
// article adds to its identities' totals and postings to speaker_pending,
// a log keyed by a counter: a few pages a batch, written once. The log is
// folded into by_speaker, speakers and speaker_rank by identity, each
// identity's record, rank key and by_speaker leaf written once a fold:
//
//   - once it holds foldAfter articles, each Put takes a step of the
//     fold (foldStep: foldChunk identities), so no commit holds the
//     pages of every identity at once;
//   - at an import's end (SetExtractorVersion is its last write) and
//     when the Store is closed, a step a transaction (settle);
//   - before anything reads the speaker index (viewSpeakers), so readers
//     never merge the log: they read folded buckets;
//   - wholly, in the transaction, before an article is removed or
//     replaced (its totals are taken back from folded ones), and at a
//     write Open that finds what a killed import left.
//
// Identity decisions need the totals as if folded: the Store keeps, in
// memory, the aggregates of the identities the log names with the log
// applied (pendingSpeakers). They leave out roles, which no decision
// reads and which at 100,000 articles are most of a record; the fold
// applies the log to the stored records, roles included. After a
// transaction fails the cache is dropped, and the next Put rebuilds it
// from the log.
//
// Why a log of the articles' speakers rather than of totals per batch:
// folding then replays exactly what direct writes would have done, in
// the same order, so the folded buckets are byte for byte theirs
// (pending_test.go), and replaying it is also how the cache is rebuilt.

// bucketSpeakerPending is the log: "p" <seq> → pending record.
var bucketSpeakerPending = []byte("speaker_pending")

// logKey is a log record's key: "p" and a big-endian counter. Nine bytes
// rather than eight, so Repair, which takes the 8-byte keys of pages a
// lost freelist leaves unaccounted for as articles' and bodies' (the log
// frees its pages at every fold), never takes a record for one.
func logKey(seq uint64) []byte { return binary.BigEndian.AppendUint64([]byte{'p'}, seq) }

// logSeq reads a log key.
func logSeq(k []byte) (uint64, bool) {
	if len(k) != 9 || k[0] != 'p' {
		return 0, false
	}
	return binary.BigEndian.Uint64(k[1:]), true
}

// logSeqOf is logSeq for a key known to be the log's; 0 otherwise.
func logSeqOf(k []byte) uint64 {
	seq, _ := logSeq(k)
	return seq
}

// foldAfter is how many articles the log holds before Puts fold it:
// large enough that a fold's pages (each identity's record and by_speaker
// leaf, once) are spread over many batches, small enough that the
// cache, a fold's steps and a reader's wait stay small.
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
	return decodePendingWhere(b, nil)
}

// decodePendingWhere is decodePending keeping only the entries whose
// identity want accepts (all when want is nil): the others are checked
// and skipped, not copied out. The identity want is given aliases b.
func decodePendingWhere(b []byte, want func(identity []byte) bool) ([]byte, []pendingEntry, error) {
	d := decoder{b: b}
	d.version(pendingV1, "pending speakers")
	dk := d.bytes()
	n := d.count()
	var es []pendingEntry
	if want == nil {
		es = make([]pendingEntry, 0, n)
	}
	for range n {
		identity := d.bytes()
		if want != nil && d.err == nil && !want(identity) {
			skipContrib(&d)
			continue
		}
		c := &contrib{sig: 2}
		c.name = d.str()
		c.kind = d.str()
		c.aliases = d.strs()
		c.roles = d.strs()
		c.quotes = int(d.uvarint())
		c.nums = make([]int, d.count())
		for j := range c.nums {
			c.nums[j] = int(d.uvarint())
		}
		es = append(es, pendingEntry{identity: string(identity), c: c})
	}
	if err := d.done("pending speakers"); err != nil {
		return nil, nil, err
	}
	if len(dk) != dateIDLen {
		return nil, nil, fmt.Errorf("pending speakers: %w: date key of %d bytes", errCorrupt, len(dk))
	}
	return dk, es, nil
}

// skipContrib reads past one entry's contrib, as decodePendingWhere
// decodes it, without keeping anything.
func skipContrib(d *decoder) {
	d.bytes()     // name
	d.bytes()     // kind
	for range 2 { // aliases, roles
		for range d.count() {
			d.bytes()
		}
	}
	d.uvarint() // quotes
	for range d.count() {
		d.uvarint()
	}
}

// pendingSpeakers is what a Store knows of its log between transactions.
// Write transactions change it under mu, which update holds from inside
// bbolt's write lock until its bookkeeping after the commit; readers of
// the speaker index read under it (viewSpeakers).
type pendingSpeakers struct {
	mu sync.Mutex
	// aggs are the identities the log names, with the log applied but
	// without roles; nil when not known (a Store just opened, or one
	// whose last write transaction failed).
	aggs map[string]*aggEntry
	// count is how many articles the log holds: -1 when not known.
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
	st := t.foldState()
	err := t.walkPending(func(seq uint64, _ []byte, es []pendingEntry) bool {
		applyPending(t, st.unfolded(seq, es))
		return true
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
	p.aggs = t.aggs
	return nil
}

// walkPending calls fn with every record of the log, oldest first, until
// fn returns false.
func (t *txn) walkPending(fn func(seq uint64, dk []byte, es []pendingEntry) bool) error {
	return t.walkPendingWhere(nil, fn)
}

// walkPendingWhere is walkPending with each record's entries those want
// accepts (all when want is nil); see decodePendingWhere.
func (t *txn) walkPendingWhere(want func(seq uint64, identity []byte) bool, fn func(seq uint64, dk []byte, es []pendingEntry) bool) error {
	b := t.pendingLog()
	if b == nil {
		return nil
	}
	var seq uint64
	var wantHere func([]byte) bool
	if want != nil {
		wantHere = func(identity []byte) bool { return want(seq, identity) }
	}
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var ok bool
		if seq, ok = logSeq(k); !ok {
			return fmt.Errorf("speaker log key %x: %w", k, errCorrupt)
		}
		dk, es, err := decodePendingWhere(v, wantHere)
		if err != nil {
			return fmt.Errorf("speaker log entry %x: %w", k, err)
		}
		if !fn(seq, dk, es) {
			return nil
		}
	}
	return nil
}

// pendingRecords is how many articles the log holds: its keys are a
// counter, and a fold deletes from the front.
func (t *txn) pendingRecords() int {
	b := t.pendingLog()
	if b == nil {
		return 0
	}
	c := b.Cursor()
	first, _ := c.First()
	last, _ := c.Last()
	f, ok1 := logSeq(first)
	l, ok2 := logSeq(last)
	if !ok1 || !ok2 {
		return 0
	}
	return int(l - f + 1)
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
	t.noteInsert(b, logKey(seq))
	return putChecked(b, logKey(seq), encodePending(dk, es), "pending speakers",
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

// A fold goes in steps, a transaction each, so no commit holds the pages
// of every identity the log names: a step folds the log's records up to
// end (the last when the fold began) for the next foldChunk identities
// after mark, in key order, and keeps end and mark in meta/speaker_fold
// until the last step deletes those records.
var keySpeakerFold = []byte("speaker_fold")

// foldChunk is how many identities a fold step takes: a fifth or so of
// the people a large store quotes.
const foldChunk = 1024

// foldState is a fold under way: the log's records up to end are folded
// for the identities up to mark.
type foldState struct {
	end  uint64
	mark string
	on   bool
}

func (t *txn) foldState() foldState {
	v := t.b(bucketMeta).Get(keySpeakerFold)
	if len(v) < 8 {
		return foldState{}
	}
	return foldState{end: binary.BigEndian.Uint64(v), mark: string(v[8:]), on: true}
}

// unfolded is es less the entries a fold under way has folded already.
func (st foldState) unfolded(seq uint64, es []pendingEntry) []pendingEntry {
	if !st.on || seq > st.end {
		return es
	}
	out := es[:0:0]
	for _, pe := range es {
		if pe.identity > st.mark {
			out = append(out, pe)
		}
	}
	return out
}

// takes reports whether the fold st has yet to take an entry of record
// seq for identity: unfolded's test for one entry.
func (st foldState) takes(seq uint64, identity []byte) bool {
	return !st.on || seq > st.end || string(identity) > st.mark
}

// fold folds the whole log in this transaction, which appends to it no
// more: a removal takes back from totals that hold everything.
func (t *txn) fold() error {
	if t.deferring {
		if err := t.flushForms(); err != nil {
			return err
		}
		t.deferring = false
	}
	t.aggs = nil
	t.usedPend = true
	for {
		// A fold under way ends at its end: what was logged after
		// it takes another.
		done, err := t.foldStep(0)
		if err != nil || done && !t.hasPending() {
			return err
		}
	}
}

// foldStep takes one step of a fold (beginning one when none is under
// way) for at most limit identities (all when limit <= 0), and reports
// whether the fold is done. The Store's cache is left as it is: the
// buckets now hold for those identities what it holds.
func (t *txn) foldStep(limit int) (done bool, err error) {
	t.usedPend = true
	st := t.foldState()
	if !st.on {
		last, _ := t.pendingLog().Cursor().Last()
		if last == nil {
			return true, nil
		}
		end, _ := logSeq(last)
		st = foldState{end: end, on: true}
	}
	// The identities the fold has yet to take, in key order: only
	// their keys are read here, the entries are decoded by
	// foldIdentities for the identities it takes.
	seen := map[string]bool{}
	err = t.walkPendingWhere(func(seq uint64, identity []byte) bool {
		if st.takes(seq, identity) && !seen[string(identity)] {
			seen[string(identity)] = true
		}
		return false
	}, func(seq uint64, _ []byte, _ []pendingEntry) bool {
		return seq < st.end
	})
	if err != nil {
		return false, err
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	done = limit <= 0 || len(ids) <= limit
	if !done {
		ids = ids[:limit]
	}
	if len(ids) > 0 {
		if err := t.foldIdentities(st, ids[len(ids)-1]); err != nil {
			return false, err
		}
	}
	if !done {
		st.mark = ids[len(ids)-1]
		v := binary.BigEndian.AppendUint64(nil, st.end)
		return false, t.b(bucketMeta).Put(keySpeakerFold, append(v, st.mark...))
	}
	// The last step: the records folded go.
	if err := t.b(bucketMeta).Delete(keySpeakerFold); err != nil {
		return false, err
	}
	log := t.pendingLog()
	if last, _ := log.Cursor().Last(); last == nil || logSeqOf(last) == st.end {
		if err := t.tx.DeleteBucket(bucketSpeakerPending); err != nil {
			return false, err
		}
		_, err := t.tx.CreateBucket(bucketSpeakerPending)
		return true, err
	}
	c := log.Cursor()
	for k, _ := c.First(); k != nil && logSeqOf(k) <= st.end; k, _ = c.First() {
		if err := c.Delete(); err != nil {
			return false, err
		}
	}
	return true, nil
}

// foldIdentities folds the log's records up to st.end for the identities
// after st.mark up to upto: their totals, rank and by_speaker entries.
func (t *txn) foldIdentities(st foldState, upto string) error {
	saved, lite, deferring := t.aggs, t.lite, t.deferring
	t.aggs, t.lite, t.deferring = nil, false, false
	defer func() { t.aggs, t.lite, t.deferring = saved, lite, deferring }()
	type posting struct {
		key  string
		dk   []byte
		nums []int
	}
	var posts []posting
	err := t.walkPendingWhere(func(seq uint64, identity []byte) bool {
		return st.takes(seq, identity) && string(identity) <= upto
	}, func(seq uint64, dk []byte, mine []pendingEntry) bool {
		applyPending(t, mine)
		start := len(posts)
		for _, pe := range mine {
			i := slices.IndexFunc(posts[start:], func(p posting) bool { return p.key == pe.identity })
			if i < 0 {
				posts = append(posts, posting{key: pe.identity, dk: dk})
				i = len(posts) - start - 1
			}
			posts[start+i].nums = append(posts[start+i].nums, pe.c.nums...)
		}
		return seq < st.end
	})
	if err != nil {
		return err
	}
	// One identity's entries together, in key order: each by_speaker
	// bucket is opened once and filled front to back.
	slices.SortStableFunc(posts, func(a, b posting) int {
		if a.key != b.key {
			return strings.Compare(a.key, b.key)
		}
		return bytes.Compare(a.dk, b.dk)
	})
	bySpeaker := t.b(bucketBySpeaker)
	for _, p := range posts {
		slices.Sort(p.nums)
		if err := t.setCounted(bySpeaker, []byte(p.key), p.dk, encodeQuoteNums(p.nums), true); err != nil {
			return fmt.Errorf("speaker index: %w", err)
		}
	}
	return t.writeAggregates(false)
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
	default:
		p.count.Store(int64(t.pendN))
		if t.pendN == 0 {
			// The buckets hold everything: no cache to keep.
			p.aggs = map[string]*aggEntry{}
		}
	}
}

// settle folds the log, a step a transaction, before a read of the
// speaker index or the end of an import, so readers see what the log
// holds as if it were folded. A read-only Store never holds a log: Open
// refuses one that does.
func (s *Store) settle() error {
	for !s.db.IsReadOnly() && s.pend.count.Load() != 0 && !s.damaged.Load() {
		err := s.update("fold the speaker index", func(t *txn) error {
			_, err := t.foldStep(t.s.foldChunk)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// viewSpeakers is view for a reader of the speaker index: it folds the
// log first, and reads holding pend.mu, so no Put logs a batch between
// the fold and the read (a Put takes pend.mu before it writes anything).
func (s *Store) viewSpeakers(what string, fn func(t *txn) error) error {
	for {
		if err := s.settle(); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		s.pend.mu.Lock()
		// A damaged store takes no writes: it is read as it is.
		if s.pend.count.Load() == 0 || s.db.IsReadOnly() || s.damaged.Load() {
			defer s.pend.mu.Unlock()
			return s.view(what, fn)
		}
		s.pend.mu.Unlock()
	}
}

// viewFor is the view a walk under filter f needs: viewSpeakers when f
// filters by speaker, through by_speaker.
func (s *Store) viewFor(f model.Filter) func(what string, fn func(t *txn) error) error {
	if len(f.Speakers) > 0 {
		return s.viewSpeakers
	}
	return s.view
}

// migratePendingSpeakers is schema 7: an empty speaker log.
func migratePendingSpeakers(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketSpeakerPending)
	return err
}
