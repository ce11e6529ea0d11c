package search

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"sort"

	"soundbite/model"
)

// BM25 parameters, and the weight of a title word against a body word.
const (
	K1         = 1.2
	B          = 0.75
	TitleBoost = 3.0
)

// Index is what Search reads: the segments and the few lookups a query
// needs beyond posting lists. The store implements it inside one read
// transaction; byte slices it returns need only stay valid until Search
// returns.
type Index interface {
	// Segments returns every segment.
	Segments() ([]Segment, error)
	// Postings returns term's posting list in segment seg, or nil.
	Postings(seg uint64, term string) ([]byte, error)
	// Read and Bookmarked report an article's reading state. The article
	// is given by the 8 bytes of its ID (DocTable.IDKey), which the
	// caller must not keep.
	Read(idKey []byte) (bool, error)
	Bookmarked(idKey []byte) (bool, error)
	// SpeakerKeys returns the keys of the speakers a speaker: value names,
	// by their canonical name or any alias; none when it names nobody.
	// They must be the keys the index's speaker terms and quote spans
	// carry: the analyser writes each article's own name keys, which a
	// store may replace with the keys of store-wide identities.
	SpeakerKeys(name string) ([]string, error)
	// FeedURLs returns the URLs of the feeds a feed: value names.
	FeedURLs(value string) ([]string, error)
}

// Segment is one segment of an index.
type Segment struct {
	ID      uint64
	Docs    DocTable
	Quotes  QuoteTable
	Deleted []uint64 // tombstoned documents, ascending
}

// Hit is one matching document.
type Hit struct {
	Doc   uint64
	ID    model.ID
	Score float64 // BM25; 0 when the query has no words
	Date  int64   // Unix seconds of model.Article.Date
	// Quotes are the indexes (in model.Article.Quotes) of the quotes the
	// query's said: words were found in, ascending.
	Quotes []int
}

// Result is a page of hits, best first, and how many documents matched.
type Result struct {
	Hits  []Hit
	Total int
	// Speakers are the keys the query's speaker: clauses resolved to, so
	// callers can pick out those speakers' quotes.
	Speakers []string
}

// Search runs q over ix and returns the best limit hits (all when limit
// <= 0): by BM25 score over the query's words, title words weighing
// TitleBoost times body words, then newest first. A query without words
// lists its matches newest first.
func Search(ix Index, q Query, limit int) (Result, error) {
	e, err := newEval(ix, q)
	if err != nil {
		return Result{}, err
	}
	if e.none {
		return Result{Speakers: e.speakers}, nil
	}
	segs, err := ix.Segments()
	if err != nil {
		return Result{}, fmt.Errorf("search: %w", err)
	}
	if err := e.stats(segs); err != nil {
		return Result{}, err
	}
	top := &hitHeap{}
	var total int
	for si := range segs {
		n, err := e.segment(&segs[si], func(h Hit, table DocTable, row int) {
			// Most matches never make the page: name only those that do.
			if limit <= 0 || top.Len() < limit {
				if h.ID == "" {
					h.ID = table.ID(row)
				}
				heap.Push(top, h)
			} else if better(h, (*top)[0]) {
				if h.ID == "" {
					h.ID = table.ID(row)
				}
				(*top)[0] = h
				heap.Fix(top, 0)
			}
		})
		if err != nil {
			return Result{}, fmt.Errorf("search segment %d: %w", segs[si].ID, err)
		}
		total += n
	}
	hits := []Hit(*top)
	slices.SortFunc(hits, func(a, b Hit) int {
		switch {
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
	return Result{Hits: hits, Total: total, Speakers: e.speakers}, nil
}

// better orders hits: higher score, then newer, then higher number (the
// later import).
func better(a, b Hit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	if a.Date != b.Date {
		return a.Date > b.Date
	}
	return a.Doc > b.Doc
}

// hitHeap keeps the worst of the best hits at its root.
type hitHeap []Hit

func (h hitHeap) Len() int           { return len(h) }
func (h hitHeap) Less(i, j int) bool { return better(h[j], h[i]) }
func (h hitHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *hitHeap) Push(x any)        { *h = append(*h, x.(Hit)) }
func (h *hitHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// termState is one distinct word term of the query: its posting list in
// the current segment, walked forward as candidates ascend, and its
// positions in the current candidate.
type termState struct {
	term  string
	df    int
	idf   float64
	score bool // counts towards the score: in a clause that must match

	it        PostingIter
	needTitle bool // a phrase reads its title positions; said: needs only the body's
	has       bool // it has a list in this segment
	atEnd     bool
	posDoc    uint64 // document title and body hold positions of
	posValid  bool
	title     []uint32
	body      []uint32
}

// advance moves the term's list to the first document >= doc and reports
// whether it is doc.
func (t *termState) advance(doc uint64) (bool, error) {
	if !t.has || t.atEnd {
		return false, nil
	}
	for t.it.started && t.it.Doc() >= doc {
		return t.it.Doc() == doc, nil
	}
	for t.it.Next() {
		if t.it.Doc() >= doc {
			return t.it.Doc() == doc, nil
		}
	}
	t.atEnd = true
	return false, t.it.Err()
}

// positions returns the term's positions in the current document, which
// advance found.
func (t *termState) positions() (title, body []uint32, err error) {
	doc := t.it.Doc()
	if t.posValid && t.posDoc == doc {
		return t.title, t.body, nil
	}
	if t.needTitle {
		t.title, t.body, err = t.it.Positions(t.title[:0], t.body[:0])
	} else {
		t.title = t.title[:0]
		t.body, err = t.it.BodyPositions(t.body[:0])
	}
	if err != nil {
		return nil, nil, err
	}
	t.posDoc, t.posValid = doc, true
	return t.title, t.body, nil
}

// textClause is an OpText or OpSaid clause resolved to term states.
type textClause struct {
	Clause
	terms []*termState  // one per Clause.Terms entry
	lists [][2][]uint32 // their title and body positions in the candidate
}

// metaClause is a speaker:, category: or feed: clause: the union of the
// posting lists of the terms it resolved to.
type metaClause struct {
	Clause
	terms []string
	docs  []uint64 // union in the current segment, ascending
	at    int
}

func (m *metaClause) has(doc uint64) bool {
	i := sort.Search(len(m.docs)-m.at, func(j int) bool { return m.docs[m.at+j] >= doc })
	m.at += i
	return m.at < len(m.docs) && m.docs[m.at] == doc
}

// eval is one query being run.
type eval struct {
	ix       Index
	none     bool // a clause that must match can match nothing
	terms    []*termState
	text     []*textClause
	meta     []*metaClause
	speakers []string // keys said: clauses are limited to; nil for anyone
	after    int64    // Unix seconds, inclusive; math.MinInt64 when unset
	before   int64    // exclusive; math.MaxInt64 when unset
	is       []Clause
	said     bool // a said: clause needs the segments' quote tables

	quotes  quoteView // the current segment's
	allowed []bool    // its speakers said: accepts, when speakers is set
	spans   []rawSpan // the current candidate's
	anySpan bool      // one of them is by a speaker said: accepts

	n                      float64
	avgLen                 float64
	scratchDocs, unionDocs []uint64
}

func newEval(ix Index, q Query) (*eval, error) {
	e := &eval{ix: ix, after: math.MinInt64, before: math.MaxInt64}
	byTerm := map[string]*termState{}
	for _, c := range q.Clauses {
		switch c.Op {
		case OpText, OpSaid:
			tc := &textClause{Clause: c}
			for _, t := range c.Terms {
				ts := byTerm[t.Term]
				if ts == nil {
					ts = &termState{term: t.Term}
					byTerm[t.Term] = ts
					e.terms = append(e.terms, ts)
				}
				ts.score = ts.score || !c.Not
				ts.needTitle = ts.needTitle || c.Op == OpText
				tc.terms = append(tc.terms, ts)
			}
			tc.lists = make([][2][]uint32, len(tc.terms))
			e.said = e.said || c.Op == OpSaid
			e.text = append(e.text, tc)
		case OpSpeaker:
			keys, err := ix.SpeakerKeys(c.Value)
			if err != nil {
				return nil, fmt.Errorf("search: speaker %q: %w", c.Value, err)
			}
			mc := &metaClause{Clause: c}
			for _, k := range keys {
				mc.terms = append(mc.terms, SpeakerTerm(k))
			}
			if !c.Not {
				e.speakers = append(e.speakers, keys...)
			}
			e.addMeta(mc)
		case OpCategory:
			e.addMeta(&metaClause{Clause: c, terms: []string{categoryPrefix + c.Value}})
		case OpFeed:
			urls, err := ix.FeedURLs(c.Value)
			if err != nil {
				return nil, fmt.Errorf("search: feed %q: %w", c.Value, err)
			}
			mc := &metaClause{Clause: c}
			for _, u := range urls {
				mc.terms = append(mc.terms, FeedTerm(u))
			}
			e.addMeta(mc)
		case OpIs:
			e.is = append(e.is, c)
		case OpAfter:
			e.after = max(e.after, c.Day.Unix())
		case OpBefore:
			e.before = min(e.before, c.Day.Unix())
		}
	}
	if e.after >= e.before {
		e.none = true
	}
	return e, nil
}

func (e *eval) addMeta(mc *metaClause) {
	if len(mc.terms) == 0 && !mc.Not {
		e.none = true
	}
	e.meta = append(e.meta, mc)
}

// stats sums what BM25 needs over every segment: document count, average
// length and each term's document frequency. Deleted documents count
// until a merge drops them, as in Lucene: the cost is a slightly stale
// weighting, the gain that deleting never rewrites a posting list.
func (e *eval) stats(segs []Segment) error {
	var docs, length float64
	for _, s := range segs {
		for i := range s.Docs.Len() {
			if len(e.terms) == 0 {
				break // nothing to score: lengths are not needed
			}
			length += TitleBoost*float64(s.Docs.TitleLen(i)) + float64(s.Docs.BodyLen(i))
		}
		docs += float64(s.Docs.Len())
		for _, t := range e.terms {
			list, err := e.ix.Postings(s.ID, t.term)
			if err != nil {
				return fmt.Errorf("search: postings of %q: %w", t.term, err)
			}
			if list == nil {
				continue
			}
			n, err := PostingCount(list)
			if err != nil {
				return fmt.Errorf("search: postings of %q in segment %d: %w", t.term, s.ID, err)
			}
			t.df += n
		}
	}
	e.n = docs
	if docs > 0 {
		e.avgLen = length / docs
	}
	for _, t := range e.terms {
		t.idf = math.Log(1 + (docs-float64(t.df)+0.5)/(float64(t.df)+0.5))
		if t.df == 0 && t.score {
			e.none = true // a word that must match is nowhere
		}
	}
	return nil
}

// segment runs the query over one segment, calling emit for each match,
// and returns the number of matches.
func (e *eval) segment(seg *Segment, emit func(Hit, DocTable, int)) (int, error) {
	if e.none || seg.Docs.Len() == 0 {
		return 0, nil
	}
	for _, t := range e.terms {
		list, err := e.ix.Postings(seg.ID, t.term)
		if err != nil {
			return 0, err
		}
		t.has, t.atEnd, t.posValid = list != nil, false, false
		if list == nil {
			if t.score {
				return 0, nil // every clause must match; one of its words is absent here
			}
			continue
		}
		if err := t.it.Reset(list); err != nil {
			return 0, err
		}
	}
	for _, m := range e.meta {
		if err := e.loadMeta(seg.ID, m); err != nil {
			return 0, err
		}
		if !m.Not && len(m.docs) == 0 {
			return 0, nil
		}
	}

	if e.said {
		v, err := seg.Quotes.view()
		if err != nil {
			return 0, err
		}
		e.quotes = v
		if e.speakers != nil {
			e.allowed = v.speakerSet(e.speakers, e.allowed)
		}
	}

	// Drive by the shortest list that must match; with none, walk the
	// doc table.
	var (
		drive     []uint64
		driveTerm *termState
		best      = math.MaxInt
	)
	for _, tc := range e.text {
		if tc.Not {
			continue
		}
		for _, t := range tc.terms {
			if n := t.it.Len(); n < best {
				best, driveTerm, drive = n, t, nil
			}
		}
	}
	for _, m := range e.meta {
		if !m.Not && len(m.docs) < best {
			best, driveTerm, drive = len(m.docs), nil, m.docs
		}
	}
	var d driver
	switch {
	case driveTerm != nil:
		// The term's own iterator drives: advance finds it already there.
		d.term = driveTerm
	case drive != nil:
		d.docs = drive
	default:
		d.table = seg.Docs
	}

	matched, row, del := 0, 0, 0
	for {
		doc, ok := d.next()
		if !ok {
			break
		}
		for del < len(seg.Deleted) && seg.Deleted[del] < doc {
			del++
		}
		if del < len(seg.Deleted) && seg.Deleted[del] == doc {
			continue
		}
		r, found := seg.Docs.Find(doc, row)
		if !found {
			return matched, fmt.Errorf("%w: document %d has postings but no doc table row", ErrCorrupt, doc)
		}
		row = r
		if date := seg.Docs.Date(row); date < e.after || date >= e.before {
			continue
		}
		hit, ok, err := e.match(doc, seg.Docs, row)
		if err != nil {
			return matched, err
		}
		if ok {
			matched++
			emit(hit, seg.Docs, row)
		}
	}
	if d.term != nil {
		return matched, d.term.it.Err()
	}
	return matched, nil
}

// driver yields the candidates of a segment, ascending: the documents of
// a term's list, of a metadata clause, or of the whole doc table.
type driver struct {
	term  *termState
	docs  []uint64
	table DocTable
	i     int
}

func (d *driver) next() (uint64, bool) {
	switch {
	case d.term != nil:
		if d.term.it.Next() {
			return d.term.it.Doc(), true
		}
		d.term.atEnd = true
	case d.docs != nil:
		if d.i < len(d.docs) {
			d.i++
			return d.docs[d.i-1], true
		}
	case d.i < d.table.Len():
		d.i++
		return d.table.Doc(d.i - 1), true
	}
	return 0, false
}

// loadMeta reads the union of a metadata clause's lists in one segment.
func (e *eval) loadMeta(seg uint64, m *metaClause) error {
	m.docs, m.at = m.docs[:0], 0
	for _, term := range m.terms {
		list, err := e.ix.Postings(seg, term)
		if err != nil {
			return err
		}
		if list == nil {
			continue
		}
		var it PostingIter
		if err := it.Reset(list); err != nil {
			return err
		}
		e.scratchDocs = e.scratchDocs[:0]
		for it.Next() {
			e.scratchDocs = append(e.scratchDocs, it.Doc())
		}
		if it.Err() != nil {
			return it.Err()
		}
		// Two buffers change places, so each clause owns its own.
		e.unionDocs = unionSorted(e.unionDocs[:0], m.docs, e.scratchDocs)
		m.docs, e.unionDocs = e.unionDocs, m.docs
	}
	return nil
}

func unionSorted(dst, a, b []uint64) []uint64 {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			dst = append(dst, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			dst = append(dst, b[j])
			j++
		default:
			dst = append(dst, a[i])
			i, j = i+1, j+1
		}
	}
	return dst
}

// match tests one candidate against every clause and scores it.
func (e *eval) match(doc uint64, table DocTable, row int) (Hit, bool, error) {
	hit := Hit{Doc: doc, Date: table.Date(row)}
	for _, m := range e.meta {
		if m.has(doc) == m.Not {
			return hit, false, nil
		}
	}
	spansRead := false
	for _, tc := range e.text {
		present := true
		for _, t := range tc.terms {
			ok, err := t.advance(doc)
			if err != nil {
				return hit, false, err
			}
			if !ok {
				present = false
			}
		}
		if present && (tc.IsPhrase() || tc.Op == OpSaid) {
			if tc.Op == OpSaid && !spansRead {
				var err error
				if e.spans, err = e.quotes.rawSpans(table.quotesAt(row), e.spans[:0]); err != nil {
					return hit, false, fmt.Errorf("quotes of document %d: %w", doc, err)
				}
				spansRead = true
				e.anySpan = slices.ContainsFunc(e.spans, func(s rawSpan) bool {
					return e.speakers == nil || e.allowed[s.speaker]
				})
			}
			if tc.Op == OpSaid && !e.anySpan {
				present = false // no quote to look in: skip the positions
			} else {
				ok, err := e.positional(tc, &hit)
				if err != nil {
					return hit, false, err
				}
				present = ok
			}
		}
		if present == tc.Not {
			return hit, false, nil
		}
	}
	for _, c := range e.is {
		var (
			v   bool
			err error
		)
		switch c.Value {
		case IsUnread:
			v, err = e.ix.Read(table.IDKey(row))
			v = !v
		case IsRead:
			v, err = e.ix.Read(table.IDKey(row))
		case IsBookmarked:
			v, err = e.ix.Bookmarked(table.IDKey(row))
		}
		if err != nil {
			return hit, false, fmt.Errorf("state of %s: %w", table.ID(row), err)
		}
		if v == c.Not {
			return hit, false, nil
		}
	}
	dl := TitleBoost*float64(table.TitleLen(row)) + float64(table.BodyLen(row))
	for _, t := range e.terms {
		if !t.score || !t.has || t.atEnd || t.it.Doc() != doc {
			continue
		}
		tf := TitleBoost*float64(t.it.TitleCount()) + float64(t.it.BodyCount())
		hit.Score += t.idf * tf * (K1 + 1) / (tf + K1*(1-B+B*dl/e.avgLen))
	}
	if len(hit.Quotes) > 1 {
		slices.Sort(hit.Quotes)
		hit.Quotes = slices.Compact(hit.Quotes)
	}
	return hit, true, nil
}

// positional checks a phrase, or said: words, in the current document,
// whose lists all hold it. Quotes that said: words are found in go to
// hit.Quotes, unless the clause excludes.
func (e *eval) positional(tc *textClause, hit *Hit) (bool, error) {
	for i, t := range tc.terms {
		title, body, err := t.positions()
		if err != nil {
			return false, err
		}
		tc.lists[i] = [2][]uint32{title, body}
	}
	first, last := tc.Terms[0].Offset, tc.Terms[len(tc.Terms)-1].Offset
	found := false
	for field := range 2 {
		if tc.Op == OpSaid && field == 0 {
			continue // quotes are in the body
		}
		for _, p := range tc.lists[0][field] {
			start := int64(p) - int64(first)
			if start < 0 || !phraseAt(tc.lists, field, tc.Terms, start) {
				continue
			}
			if tc.Op != OpSaid {
				return true, nil
			}
			end := start + int64(last)
			for _, s := range e.spans {
				if start >= int64(s.start) && end < int64(s.end) && (e.speakers == nil || e.allowed[s.speaker]) {
					if tc.Not {
						return true, nil
					}
					hit.Quotes = append(hit.Quotes, s.quote)
					found = true
				}
			}
		}
	}
	return found, nil
}

// phraseAt reports whether every term sits at start plus its offset.
func phraseAt(lists [][2][]uint32, field int, terms []Term, start int64) bool {
	for i := 1; i < len(terms); i++ {
		want := start + int64(terms[i].Offset)
		if want > math.MaxUint32 {
			return false
		}
		if _, ok := slices.BinarySearch(lists[i][field], uint32(want)); !ok {
			return false
		}
	}
	return true
}
