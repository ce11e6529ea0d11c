package search

import (
	"encoding/binary"
	"fmt"
	"iter"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"soundbite/model"
)

// Prefixes of the terms that index an article's metadata. Words never
// start with a control byte, so these never meet a word's term.
const (
	speakerPrefix  = "\x01s"
	categoryPrefix = "\x01c"
	feedPrefix     = "\x01f"
)

// SpeakerTerm, CategoryTerm and FeedTerm are the terms an article's
// speakers (by key), category and feed URL are indexed under.
func SpeakerTerm(key string) string       { return speakerPrefix + key }
func CategoryTerm(category string) string { return categoryPrefix + Fold(category) }
func FeedTerm(url string) string          { return feedPrefix + url }

// Doc is an article analysed for the index: what a segment keeps of it.
type Doc struct {
	Date     time.Time
	TitleLen int // indexed words in the title
	BodyLen  int // indexed words in the body
	Terms    []DocTerm
	Quotes   []QuoteSpan
}

// DocTerm is one term of a Doc with its positions.
type DocTerm struct {
	Term  string
	Title []uint32
	Body  []uint32
}

// QuoteSpan is where one quote sits among an article's body words: words
// at positions Start <= p < End are inside it. said: matches words by
// these spans.
type QuoteSpan struct {
	Quote      int    // index in model.Article.Quotes
	Speaker    string // speaker key (model.SpeakerKey); empty when unattributed
	Start, End uint32
}

// bodyWord is a body token kept while analysing, to place quotes.
type bodyWord struct {
	start, end int
	pos        uint32
}

// Document analyses an article for the index: its title and body words
// (the caption is not indexed), its quotes as spans of positions, and its
// speakers, category and feed as metadata terms.
func (a *Analyzer) Document(art *model.Article) Doc {
	d := Doc{Date: art.Date()}
	index := make(map[string]int, 256)
	var words []bodyWord
	add := func(term string, title bool, pos int) {
		i, ok := index[term]
		if !ok {
			i = len(d.Terms)
			index[term] = i
			d.Terms = append(d.Terms, DocTerm{Term: term})
		}
		t := &d.Terms[i]
		if title {
			t.Title = append(t.Title, uint32(pos))
		} else {
			t.Body = append(t.Body, uint32(pos))
		}
	}
	a.Tokens(art.Title, 0, func(t Token) {
		if !t.Stop {
			d.TitleLen++
			add(t.Term, true, t.Pos)
		}
	})
	// Offsets are into art.Text(), the paragraphs joined by ParagraphSep,
	// as quote offsets are; walking the paragraphs avoids the join.
	pos, base := 0, 0
	for i, p := range art.Body {
		if i > 0 {
			base += len(model.ParagraphSep)
			if pos > 0 {
				pos += ParagraphGap
			}
		}
		pos = a.Tokens(p, pos, func(t Token) {
			words = append(words, bodyWord{start: base + t.Start, end: base + t.End, pos: uint32(t.Pos)})
			if !t.Stop {
				d.BodyLen++
				add(t.Term, false, t.Pos)
			}
		})
		base += len(p)
	}
	d.Quotes = quoteSpans(art.Quotes, words)

	meta := func(term string) {
		if _, ok := index[term]; !ok {
			index[term] = len(d.Terms)
			d.Terms = append(d.Terms, DocTerm{Term: term})
		}
	}
	if c := Fold(art.Category); c != "" {
		meta(categoryPrefix + c)
	}
	if art.Feed != "" {
		meta(feedPrefix + art.Feed)
	}
	for _, sp := range art.Speakers {
		if k := sp.Key(); k != "" {
			meta(speakerPrefix + k)
		}
	}
	for _, q := range art.Quotes {
		if k := model.SpeakerKey(q.Speaker); k != "" {
			meta(speakerPrefix + k)
		}
	}
	return d
}

// quoteSpans places quotes among the body's words: a quote holds the words
// that lie wholly inside its byte range. Quotes with no words, or offsets
// outside the text, get no span.
func quoteSpans(quotes []model.Quote, words []bodyWord) []QuoteSpan {
	var spans []QuoteSpan
	for i, q := range quotes {
		if q.Start < 0 || q.End <= q.Start {
			continue
		}
		first := sort.Search(len(words), func(j int) bool { return words[j].start >= q.Start })
		last := sort.Search(len(words), func(j int) bool { return words[j].end > q.End })
		if first >= last {
			continue
		}
		spans = append(spans, QuoteSpan{
			Quote:   i,
			Speaker: model.SpeakerKey(q.Speaker),
			Start:   words[first].pos,
			End:     words[last-1].pos + 1,
		})
	}
	return spans
}

// AppendQuoteSpans appends the encoding of spans to dst: the distinct
// speakers once, then each span naming its speaker by index.
func AppendQuoteSpans(dst []byte, spans []QuoteSpan) []byte {
	var speakers []string
	for _, s := range spans {
		if !slices.Contains(speakers, s.Speaker) {
			speakers = append(speakers, s.Speaker)
		}
	}
	dst = binary.AppendUvarint(dst, uint64(len(speakers)))
	for _, s := range speakers {
		dst = binary.AppendUvarint(dst, uint64(len(s)))
		dst = append(dst, s...)
	}
	dst = binary.AppendUvarint(dst, uint64(len(spans)))
	for _, s := range spans {
		dst = binary.AppendUvarint(dst, uint64(s.Quote))
		dst = binary.AppendUvarint(dst, uint64(slices.Index(speakers, s.Speaker)))
		dst = binary.AppendUvarint(dst, uint64(s.Start))
		dst = binary.AppendUvarint(dst, uint64(s.End-s.Start))
	}
	return dst
}

// DecodeQuoteSpans decodes what AppendQuoteSpans wrote.
func DecodeQuoteSpans(b []byte) ([]QuoteSpan, error) {
	r := reader{b: b}
	speakers := make([]string, r.count())
	for i := range speakers {
		speakers[i] = string(r.bytes())
	}
	spans := make([]QuoteSpan, r.count())
	for i := range spans {
		spans[i].Quote = int(r.uvarint(math.MaxInt32))
		sp := r.uvarint(uint64(len(speakers)))
		if r.err == nil && sp < uint64(len(speakers)) {
			spans[i].Speaker = speakers[sp]
		} else if r.err == nil {
			r.err = fmt.Errorf("%w: quote span speaker", ErrCorrupt)
		}
		spans[i].Start = uint32(r.uvarint(math.MaxUint32))
		spans[i].End = spans[i].Start + uint32(r.uvarint(uint64(math.MaxUint32-spans[i].Start)))
	}
	if r.err == nil && len(r.b) > 0 {
		r.err = fmt.Errorf("%w: quote spans have trailing bytes", ErrCorrupt)
	}
	if r.err != nil {
		return nil, r.err
	}
	return spans, nil
}

// reader decodes uvarint-framed fields, keeping the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint(max uint64) uint64 {
	if r.err != nil {
		return 0
	}
	v, k := binary.Uvarint(r.b)
	if k <= 0 || v > max {
		r.err = fmt.Errorf("%w: field out of range", ErrCorrupt)
		return 0
	}
	r.b = r.b[k:]
	return v
}

// count reads a length that each counted item needs at least a byte for.
func (r *reader) count() int { return int(r.uvarint(uint64(len(r.b)))) }

func (r *reader) bytes() []byte {
	n := r.count()
	if r.err != nil || n > len(r.b) {
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

// DocTable lists a segment's documents, ascending, in fixed-width
// records after a version byte, so a document is found by binary search
// without decoding the table:
//
//	doc        u64   document number
//	titleLen   u16   indexed title words (saturating)
//	bodyLen    u32   indexed body words (saturating)
//	date       i64   Unix seconds of model.Article.Date
//
// All big-endian.
type DocTable []byte

const (
	docTableV1  = 1
	docRecordSz = 8 + 2 + 4 + 8
)

// ParseDocTable checks b and returns it as a DocTable.
func ParseDocTable(b []byte) (DocTable, error) {
	if len(b) == 0 || b[0] != docTableV1 || (len(b)-1)%docRecordSz != 0 {
		return nil, fmt.Errorf("%w: doc table", ErrCorrupt)
	}
	t := DocTable(b)
	for i := 1; i < t.Len(); i++ {
		if t.Doc(i) <= t.Doc(i-1) {
			return nil, fmt.Errorf("%w: doc table does not ascend", ErrCorrupt)
		}
	}
	return t, nil
}

// Len is the number of documents.
func (t DocTable) Len() int {
	if len(t) == 0 {
		return 0
	}
	return (len(t) - 1) / docRecordSz
}

func (t DocTable) rec(i int) []byte { return t[1+i*docRecordSz : 1+(i+1)*docRecordSz] }

// Doc, TitleLen, BodyLen and Date read the i'th record.
func (t DocTable) Doc(i int) uint64   { return binary.BigEndian.Uint64(t.rec(i)) }
func (t DocTable) TitleLen(i int) int { return int(binary.BigEndian.Uint16(t.rec(i)[8:])) }
func (t DocTable) BodyLen(i int) int  { return int(binary.BigEndian.Uint32(t.rec(i)[10:])) }
func (t DocTable) Date(i int) int64   { return int64(binary.BigEndian.Uint64(t.rec(i)[14:])) }

// Find returns the index of doc, searching from index from on, and
// whether it is there; otherwise the index where it would be.
func (t DocTable) Find(doc uint64, from int) (int, bool) {
	n := t.Len()
	i := from + sort.Search(n-from, func(j int) bool { return t.Doc(from+j) >= doc })
	return i, i < n && t.Doc(i) == doc
}

// First and Last are the lowest and highest document numbers; both are 0
// for an empty table.
func (t DocTable) First() uint64 {
	if t.Len() == 0 {
		return 0
	}
	return t.Doc(0)
}

func (t DocTable) Last() uint64 {
	if t.Len() == 0 {
		return 0
	}
	return t.Doc(t.Len() - 1)
}

func appendDocRecord(dst []byte, doc uint64, titleLen, bodyLen int, date int64) []byte {
	dst = binary.BigEndian.AppendUint64(dst, doc)
	dst = binary.BigEndian.AppendUint16(dst, uint16(min(titleLen, math.MaxUint16)))
	dst = binary.BigEndian.AppendUint32(dst, uint32(min(bodyLen, math.MaxUint32)))
	return binary.BigEndian.AppendUint64(dst, uint64(date))
}

// A Builder makes a segment from documents added in ascending order of
// their numbers.
type Builder struct {
	table []byte
	terms map[string]*postingWriter
	last  uint64
	n     int
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{table: []byte{docTableV1}, terms: make(map[string]*postingWriter)}
}

// Len is the number of documents added.
func (b *Builder) Len() int { return b.n }

// Add adds document number doc.
func (b *Builder) Add(doc uint64, d *Doc) error {
	if b.n > 0 && doc <= b.last {
		return fmt.Errorf("add document %d after %d: numbers must ascend", doc, b.last)
	}
	b.n++
	b.last = doc
	b.table = appendDocRecord(b.table, doc, d.TitleLen, d.BodyLen, d.Date.Unix())
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
// and returns the segment's doc table. The list passed to emit is only
// valid during the call.
func (b *Builder) Finish(emit func(term string, list []byte) error) (DocTable, error) {
	terms := make([]string, 0, len(b.terms))
	for t := range b.terms {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	var buf []byte
	for _, t := range terms {
		buf = b.terms[t].appendTo(buf[:0])
		if err := emit(t, buf); err != nil {
			return nil, err
		}
	}
	return DocTable(b.table), nil
}

// MergeSource is one segment to merge: its doc table and its posting
// lists in term order.
type MergeSource struct {
	Docs  DocTable
	Terms iter.Seq2[string, []byte]
}

// Merge combines segments into one, leaving out the documents deleted
// reports. Sources must be in document order: every document of one
// below every document of the next. emit is called with each term and
// its posting list in term order; the list is only valid during the call.
func Merge(srcs []MergeSource, deleted func(doc uint64) bool, emit func(term string, list []byte) error) (DocTable, error) {
	table := []byte{docTableV1}
	for i, s := range srcs {
		if i > 0 && s.Docs.Len() > 0 && srcs[i-1].Docs.Len() > 0 && s.Docs.First() <= srcs[i-1].Docs.Last() {
			return nil, fmt.Errorf("merge: segment %d overlaps the one before", i)
		}
		for j := range s.Docs.Len() {
			if !deleted(s.Docs.Doc(j)) {
				table = append(table, s.Docs.rec(j)...)
			}
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
		term, any := "", false
		for _, c := range curs {
			if c.ok && (!any || c.term < term) {
				term, any = c.term, true
			}
		}
		if !any {
			break
		}
		w.reset()
		for i, c := range curs {
			if !c.ok || c.term != term {
				continue
			}
			if err := it.Reset(c.list); err != nil {
				return nil, fmt.Errorf("merge term %q of segment %d: %w", term, i, err)
			}
			for it.Next() {
				if deleted(it.Doc()) {
					continue
				}
				raw, err := it.rawPositions()
				if err != nil {
					return nil, fmt.Errorf("merge term %q of segment %d: %w", term, i, err)
				}
				w.addRaw(it.Doc(), it.TitleCount(), it.BodyCount(), raw)
			}
			if it.Err() != nil {
				return nil, fmt.Errorf("merge term %q of segment %d: %w", term, i, it.Err())
			}
			c.term, c.list, c.ok = c.next()
			if c.ok && c.term <= term {
				return nil, fmt.Errorf("merge: segment %d terms out of order at %q", i, c.term)
			}
		}
		if w.n == 0 {
			continue
		}
		buf = w.appendTo(buf[:0])
		if err := emit(term, buf); err != nil {
			return nil, err
		}
	}
	return DocTable(table), nil
}

// IsMetaTerm reports whether term indexes metadata rather than a word.
func IsMetaTerm(term string) bool { return strings.HasPrefix(term, "\x01") }
