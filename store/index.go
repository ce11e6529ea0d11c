package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
	"soundbite/search"
)

// The search index (package search) lives in three buckets; see the tree
// in store.go. A document is an article's version: its number is the
// sequence of the article's first body chunk, which grows with every
// write and changes whenever the article does, so an updated or
// re-extracted article is a tombstone for the old number and a new
// document in the batch's segment. Merges drop tombstoned documents and
// their tombstones together.

// analyzer takes a search analyser from the store's pool: each keeps a
// cache of stems that a fresh one would have to rebuild.
func (s *Store) analyzer() *search.Analyzer {
	var an *search.Analyzer
	select {
	case an = <-s.analyzers:
	default:
		an = search.NewAnalyzer()
	}
	select {
	case sp := <-s.spares:
		an.Reuse(sp)
	default:
	}
	return an
}

// putAnalyzer returns an analyser to the pool, or drops it when the pool
// is full.
func (s *Store) putAnalyzer(an *search.Analyzer) {
	select {
	case s.analyzers <- an:
	default:
	}
}

// searchPending is what a write transaction adds to the index when it
// flushes: the segment of its new documents and the dead ones. Each new
// document goes into the segment as its article is stored, so its
// analysis (some 20 KB an article, positions and all) lives from the Put
// worker that made it to that moment, not to the flush: a batch's
// documents held whole were the largest item of an import's live heap.
type searchPending struct {
	seg  *search.Builder // nil until the first document
	dead []uint64
}

// segKey is a segment's key in the segments and postings buckets.
func segKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

// docKey is a document's key in the deleted bucket.
func docKey(doc uint64) []byte { return binary.BigEndian.AppendUint64(nil, doc) }

// analyze returns p's search document: the one a Put worker made, or one
// made now.
func (t *txn) analyze(a *model.Article, p *prepared) *search.Doc {
	if p.analysed != nil {
		<-p.analysed
	}
	if p.search == nil {
		an := t.s.analyzer()
		d := an.Document(a)
		t.s.putAnalyzer(an)
		p.search = &d
	}
	return p.search
}

// searchAdd adds a stored article to the transaction's segment as
// document num, once its speakers are linked (linkDoc reads t.linked).
// Numbers ascend within a transaction (they are the bodies' sequence).
func (t *txn) searchAdd(num uint64, a *model.Article, p *prepared) error {
	if t.s.noSearch {
		return nil
	}
	if t.search == nil {
		t.search = &searchPending{}
	}
	if t.search.seg == nil {
		t.search.seg = search.NewBuilder()
	}
	doc := t.analyze(a, p)
	doc.Date = a.Date()
	linkDoc(doc, t.linked[a.ID])
	// The builder has encoded the positions: the document can go.
	p.search = nil
	if err := t.search.seg.Add(num, a.ID, doc); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	select {
	case t.s.spares <- doc.Release():
	default:
	}
	return nil
}

// searchRemove queues document num's tombstone.
func (t *txn) searchRemove(num uint64) {
	if t.s.noSearch {
		return
	}
	if t.search == nil {
		t.search = &searchPending{}
	}
	t.search.dead = append(t.search.dead, num)
}

// flushSearch writes what the transaction queued for the index: the
// tombstones, one segment of the new documents, and any merges the policy
// then asks for.
func (t *txn) flushSearch() error {
	p := t.search
	if p == nil {
		return nil
	}
	t.search = nil
	// A document added and replaced in this very batch is in the new
	// segment: its tombstone is written like any other, and the first
	// merge drops it.
	deleted := t.b(bucketSearchDeleted)
	for _, num := range p.dead {
		if err := deleted.Put(docKey(num), nil); err != nil {
			return fmt.Errorf("search tombstone: %w", err)
		}
	}
	if p.seg != nil && p.seg.Len() > 0 {
		if err := t.writeSegment(p.seg.Finish); err != nil {
			return err
		}
	}
	return t.mergeSearch()
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// writeSegment stores a new segment: build emits its posting lists in
// term order into a bucket of its own and returns its tables.
func (t *txn) writeSegment(build func(emit func(string, []byte) error) (search.DocTable, search.QuoteTable, error)) error {
	segs := t.b(bucketSearchSegments)
	id, err := segs.NextSequence()
	if err != nil {
		return err
	}
	key := segKey(id)
	postings, err := t.b(bucketSearchPostings).CreateBucket(key)
	if err != nil {
		return fmt.Errorf("search segment %d: %w", id, err)
	}
	// Terms arrive in order and the bucket is never written again:
	// fill its pages (postings.go).
	postings.FillPercent = 1.0
	cutter := newPostingCutter(t.tx.DB().Info().PageSize)
	docs, quotes, err := build(func(term string, list []byte) error {
		// Words are bounded by the analyser, but a category, feed or
		// speaker term is as long as the article makes it, and bbolt
		// refuses keys over 32 KiB: such a term is left unsearchable,
		// as such names are left out of the other indexes.
		if !postingTerm(term) {
			return nil
		}
		return putPostings(postings.Put, cutter, []byte(term), list)
	})
	if err != nil {
		return fmt.Errorf("search segment %d: %w", id, err)
	}
	if docs.Len() == 0 {
		return t.b(bucketSearchPostings).DeleteBucket(key)
	}
	return putChecked(segs, key, encodeSegment(docs, quotes), "search segment", readsSegment)
}

// A segment record holds the segment's tables: a version byte, the doc
// table's length, the doc table, then the quote table.
const segmentV1 = 1

func encodeSegment(docs search.DocTable, quotes search.QuoteTable) []byte {
	b := make([]byte, 0, 1+binary.MaxVarintLen64+len(docs)+len(quotes))
	b = append(b, segmentV1)
	b = binary.AppendUvarint(b, uint64(len(docs)))
	b = append(b, docs...)
	return append(b, quotes...)
}

func readsSegment(v []byte) error {
	_, _, err := decodeSegment(v)
	return err
}

func decodeSegment(v []byte) (search.DocTable, search.QuoteTable, error) {
	if len(v) == 0 || v[0] != segmentV1 {
		return nil, nil, fmt.Errorf("%w: search segment version", errCorrupt)
	}
	n, k := binary.Uvarint(v[1:])
	if k <= 0 || n > uint64(len(v)-1-k) {
		return nil, nil, fmt.Errorf("%w: search segment", errCorrupt)
	}
	docs, err := search.ParseDocTable(v[1+k : 1+k+int(n)])
	if err != nil {
		return nil, nil, err
	}
	return docs, search.QuoteTable(v[1+k+int(n):]), nil
}

// segments returns every segment in document order, with its tombstones.
func (t *txn) segments() ([]search.Segment, error) {
	var segs []search.Segment
	deleted := t.b(bucketSearchDeleted).Cursor()
	c := t.b(bucketSearchSegments).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(k) != 8 {
			return nil, fmt.Errorf("%w: search segment key", errCorrupt)
		}
		docs, quotes, err := decodeSegment(v)
		if err != nil {
			return nil, fmt.Errorf("search segment %x: %w", k, err)
		}
		s := search.Segment{ID: binary.BigEndian.Uint64(k), Docs: docs, Quotes: quotes}
		if docs.Len() > 0 {
			last := docs.Last()
			for dk, _ := deleted.Seek(docKey(docs.First())); dk != nil && binary.BigEndian.Uint64(dk) <= last; dk, _ = deleted.Next() {
				s.Deleted = append(s.Deleted, binary.BigEndian.Uint64(dk))
			}
		}
		segs = append(segs, s)
	}
	slices.SortFunc(segs, func(a, b search.Segment) int { return cmpU64(a.Docs.First(), b.Docs.First()) })
	return segs, nil
}

// mergeSearch merges segments while the policy asks for it.
func (t *txn) mergeSearch() error {
	for {
		segs, err := t.segments()
		if err != nil {
			return err
		}
		// The segment tables (some 200 bytes a document) are read
		// whole: give their pages back.
		dropMapped(t.tx)
		sizes := make([]search.SegmentSize, len(segs))
		for i, s := range segs {
			sizes[i] = search.SegmentSize{Docs: s.Docs.Len(), Deleted: len(s.Deleted)}
		}
		lo, hi := search.PickMerge(sizes)
		if lo == hi {
			return nil
		}
		if err := t.merge(segs[lo:hi]); err != nil {
			return err
		}
		// A merge reads segments from all over the file, and each
		// page it touches maps a whole large folio: give them back
		// before the next merge reads more.
		dropMapped(t.tx)
	}
}

// merge replaces segments, neighbours in document order, by one, leaving
// out their tombstoned documents and then the tombstones.
func (t *txn) merge(segs []search.Segment) error {
	postings := t.b(bucketSearchPostings)
	dead := map[uint64]bool{}
	var readErr error // a segment's postings that do not read, met by its Terms
	srcs := make([]search.MergeSource, len(segs))
	for i, s := range segs {
		for _, d := range s.Deleted {
			dead[d] = true
		}
		b := postings.Bucket(segKey(s.ID))
		if b == nil {
			return fmt.Errorf("%w: search segment %d has no postings", errCorrupt, s.ID)
		}
		srcs[i] = search.MergeSource{Docs: s.Docs, Quotes: s.Quotes, Terms: func(yield func(string, []byte) bool) {
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				list, err := postingList(c.Next, k, v)
				if err != nil {
					readErr = err
					return
				}
				if !yield(string(k), list) {
					return
				}
			}
		}}
	}
	err := t.writeSegment(func(emit func(string, []byte) error) (search.DocTable, search.QuoteTable, error) {
		return search.Merge(srcs, func(doc uint64) bool { return dead[doc] }, emit)
	})
	if err == nil {
		err = readErr
	}
	if err != nil {
		return fmt.Errorf("merge search segments: %w", err)
	}
	for _, s := range segs {
		if err := postings.DeleteBucket(segKey(s.ID)); err != nil {
			return err
		}
		if err := t.b(bucketSearchSegments).Delete(segKey(s.ID)); err != nil {
			return err
		}
		for _, d := range s.Deleted {
			if err := t.b(bucketSearchDeleted).Delete(docKey(d)); err != nil {
				return err
			}
		}
	}
	return nil
}

// searchIndex answers package search's questions inside one read
// transaction.
type searchIndex struct {
	t       *txn
	buckets map[uint64]*bolt.Bucket
	key     []byte
}

func (ix *searchIndex) Segments() ([]search.Segment, error) { return ix.t.segments() }

func (ix *searchIndex) Postings(seg uint64, term string) ([]byte, error) {
	b, ok := ix.buckets[seg]
	if !ok {
		b = ix.t.b(bucketSearchPostings).Bucket(segKey(seg))
		if ix.buckets == nil {
			ix.buckets = map[uint64]*bolt.Bucket{}
		}
		ix.buckets[seg] = b
	}
	if b == nil {
		return nil, fmt.Errorf("%w: search segment %d has no postings", errCorrupt, seg)
	}
	ix.key = append(ix.key[:0], term...)
	c := b.Cursor()
	k, v := c.Seek(ix.key)
	if !bytes.Equal(k, ix.key) {
		return nil, nil
	}
	return postingList(c.Next, k, v)
}

func (ix *searchIndex) Read(idk []byte) (bool, error) {
	return ix.t.b(bucketRead).Get(idk) != nil, nil
}

func (ix *searchIndex) Bookmarked(idk []byte) (bool, error) {
	return ix.t.b(bucketBookmarks).Get(idk) != nil, nil
}

// SpeakerKeys resolves a speaker: value to the identities it names, as
// the list filter does (resolveSpeaker): the index names identities.
func (ix *searchIndex) SpeakerKeys(name string) ([]string, error) {
	return ix.t.resolveSpeaker(name), nil
}

// FeedURLs resolves a feed: value: a feed URL as stored on articles, or a
// subscribed feed's name, title or URL; failing those, every feed whose
// name, title or URL contains the value, case aside.
func (ix *searchIndex) FeedURLs(value string) ([]string, error) {
	var urls []string
	add := func(u string) {
		if !slices.Contains(urls, u) {
			urls = append(urls, u)
		}
	}
	if ix.t.b(bucketByFeed).Bucket([]byte(value)) != nil {
		add(value)
	}
	type named struct{ url, name, title, folder string }
	var feeds []named
	err := ix.t.b(bucketFeeds).ForEach(func(k, v []byte) error {
		f, err := decodeFeed(v)
		if err != nil {
			return fmt.Errorf("feed %s: %w", k, err)
		}
		feeds = append(feeds, named{f.URL, f.Name, f.Title, f.Folder})
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, f := range feeds {
		if strings.EqualFold(f.url, value) || strings.EqualFold(f.name, value) || strings.EqualFold(f.title, value) || inFolder(f.folder, value) {
			add(f.url)
		}
	}
	if len(urls) > 0 {
		return urls, nil
	}
	folded := strings.ToLower(value)
	for _, f := range feeds {
		for _, s := range []string{f.url, f.name, f.title} {
			if strings.Contains(strings.ToLower(s), folded) {
				add(f.url)
				break
			}
		}
	}
	// Articles keep feeds that were unsubscribed: match their URLs too.
	c := ix.t.b(bucketByFeed).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if strings.Contains(strings.ToLower(string(k)), folded) {
			add(string(k))
		}
	}
	return urls, nil
}

// maxLead is how many articles ahead of the write transaction Put's
// workers may analyse (see Put), and maxSpares how many documents'
// arrays a store keeps for reuse: as many as can be in flight, some
// 20 KB each.
const (
	maxLead   = 16
	maxSpares = maxLead + 8
)
