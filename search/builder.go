package search

import (
	"encoding/binary"
	"fmt"
	"iter"
	"slices"

	"soundbite/model"
)

// A Builder makes a segment from documents added in ascending order of
// their numbers.
type Builder struct {
	table  []byte
	quotes quoteWriter
	terms  map[string]*postingWriter
	last   uint64
	n      int
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{table: []byte{docTableV1}, terms: make(map[string]*postingWriter)}
}

// Len is the number of documents added.
func (b *Builder) Len() int { return b.n }

// Add adds the article id as document number doc, analysed as d.
func (b *Builder) Add(doc uint64, id model.ID, d *Doc) error {
	if b.n > 0 && doc <= b.last {
		return fmt.Errorf("add document %d after %d: numbers must ascend", doc, b.last)
	}
	key, err := IDKey(id)
	if err != nil {
		return fmt.Errorf("add document %d: %w", doc, err)
	}
	b.n++
	b.last = doc
	b.table = appendDocRecord(b.table, doc, key, d.TitleLen, d.BodyLen, d.Date.Unix(), b.quotes.add(d.Quotes))
	for i := range d.Terms {
		t := &d.Terms[i]
		w := b.terms[t.Term]
		if w == nil {
			w = new(postingWriter)
			b.terms[t.Term] = w
		}
		w.add(doc, t.Title, t.Body)
	}
	return nil
}

// Finish calls emit with each term and its posting list, in term order,
// and returns the segment's doc and quote tables. The list passed to
// emit is only valid during the call.
func (b *Builder) Finish(emit func(term string, list []byte) error) (DocTable, QuoteTable, error) {
	terms := make([]string, 0, len(b.terms))
	for t := range b.terms {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	var buf []byte
	for _, t := range terms {
		buf = b.terms[t].appendTo(buf[:0])
		if err := emit(t, buf); err != nil {
			return nil, nil, err
		}
	}
	return DocTable(b.table), b.quotes.table(), nil
}

// MergeSource is one segment to merge: its tables and its posting lists
// in term order.
type MergeSource struct {
	Docs   DocTable
	Quotes QuoteTable
	Terms  iter.Seq2[string, []byte]
}

// Merge combines segments into one, leaving out the documents deleted
// reports. Sources must be in document order: every document of one
// below every document of the next. emit is called with each term and
// its posting list in term order; the list is only valid during the call.
func Merge(srcs []MergeSource, deleted func(doc uint64) bool, emit func(term string, list []byte) error) (DocTable, QuoteTable, error) {
	table := []byte{docTableV1}
	var (
		quotes quoteWriter
		spans  []QuoteSpan
	)
	for i, s := range srcs {
		if i > 0 && s.Docs.Len() > 0 && srcs[i-1].Docs.Len() > 0 && s.Docs.First() <= srcs[i-1].Docs.Last() {
			return nil, nil, fmt.Errorf("merge: segment %d overlaps the one before", i)
		}
		v, err := s.Quotes.view()
		if err != nil {
			return nil, nil, fmt.Errorf("merge segment %d: %w", i, err)
		}
		for j := range s.Docs.Len() {
			if deleted(s.Docs.Doc(j)) {
				continue
			}
			if spans, err = v.spansAt(s.Docs.quotesAt(j), spans[:0]); err != nil {
				return nil, nil, fmt.Errorf("merge segment %d: %w", i, err)
			}
			table = append(table, s.Docs.rec(j)[:docRecord-4]...)
			table = binary.BigEndian.AppendUint32(table, quotes.add(spans))
		}
	}

	type cursor struct {
		next func() (string, []byte, bool)
		term string
		list []byte
		ok   bool
	}
	curs := make([]*cursor, len(srcs))
	for i, s := range srcs {
		next, stop := iter.Pull2(s.Terms)
		defer stop()
		c := &cursor{next: next}
		c.term, c.list, c.ok = next()
		curs[i] = c
	}
	var (
		w   postingWriter
		buf []byte
		it  PostingIter
	)
	for {
		term, found := "", false
		for _, c := range curs {
			if c.ok && (!found || c.term < term) {
				term, found = c.term, true
			}
		}
		if !found {
			break
		}
		w.reset()
		for i, c := range curs {
			if !c.ok || c.term != term {
				continue
			}
			if err := it.Reset(c.list); err != nil {
				return nil, nil, fmt.Errorf("merge term %q of segment %d: %w", term, i, err)
			}
			for it.Next() {
				if deleted(it.Doc()) {
					continue
				}
				raw, err := it.rawPositions()
				if err != nil {
					return nil, nil, fmt.Errorf("merge term %q of segment %d: %w", term, i, err)
				}
				w.addRaw(it.Doc(), it.TitleCount(), it.BodyCount(), raw)
			}
			if it.Err() != nil {
				return nil, nil, fmt.Errorf("merge term %q of segment %d: %w", term, i, it.Err())
			}
			c.term, c.list, c.ok = c.next()
			if c.ok && c.term <= term {
				return nil, nil, fmt.Errorf("merge: segment %d terms out of order at %q", i, c.term)
			}
		}
		if w.n == 0 {
			continue
		}
		buf = w.appendTo(buf[:0])
		if err := emit(term, buf); err != nil {
			return nil, nil, err
		}
	}
	return DocTable(table), quotes.table(), nil
}
