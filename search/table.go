package search

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"

	"soundbite/model"
)

// DocTable lists a segment's documents, ascending, in fixed-width
// records after a version byte, so a document is found by binary search
// and read without decoding anything else:
//
//	doc        u64      document number
//	id         [8]byte  model.ID, its hex digits decoded
//	titleLen   u16      indexed title words (saturating)
//	bodyLen    u32      indexed body words (saturating)
//	date       i64      Unix seconds of model.Article.Date
//	quotes     u32      offset of the document's spans in the QuoteTable
//
// All big-endian.
type DocTable []byte

const (
	docTableV1 = 1
	idBytes    = model.IDLen / 2
	docRecord  = 8 + idBytes + 2 + 4 + 8 + 4
)

// ParseDocTable checks b and returns it as a DocTable.
func ParseDocTable(b []byte) (DocTable, error) {
	if len(b) == 0 || b[0] != docTableV1 || (len(b)-1)%docRecord != 0 {
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
	return (len(t) - 1) / docRecord
}

func (t DocTable) rec(i int) []byte { return t[1+i*docRecord : 1+(i+1)*docRecord] }

// Doc, TitleLen, BodyLen and Date read the i'th record.
func (t DocTable) Doc(i int) uint64   { return binary.BigEndian.Uint64(t.rec(i)) }
func (t DocTable) TitleLen(i int) int { return int(binary.BigEndian.Uint16(t.rec(i)[16:])) }
func (t DocTable) BodyLen(i int) int  { return int(binary.BigEndian.Uint32(t.rec(i)[18:])) }
func (t DocTable) Date(i int) int64   { return int64(binary.BigEndian.Uint64(t.rec(i)[22:])) }

// IDKey is the i'th document's article ID as the 8 bytes it is made of.
// The slice aliases the table.
func (t DocTable) IDKey(i int) []byte { return t.rec(i)[8:16] }

// ID is the i'th document's article ID.
func (t DocTable) ID(i int) model.ID { return model.ID(hex.EncodeToString(t.IDKey(i))) }

func (t DocTable) quotesAt(i int) uint32 { return binary.BigEndian.Uint32(t.rec(i)[30:]) }

// Find returns the index of doc, searching from index from on, and
// whether it is there; otherwise the index where it would be. Candidates
// come in ascending order and often close together, so it gallops from
// from before it bisects.
func (t DocTable) Find(doc uint64, from int) (int, bool) {
	n := t.Len()
	lo, hi := from, n
	for step := 1; lo < n; step *= 2 {
		probe := lo + step - 1
		if probe >= n {
			break
		}
		if d := t.Doc(probe); d >= doc {
			hi = probe + 1
			break
		}
		lo = probe + 1
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.Doc(m) < doc {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < n && t.Doc(lo) == doc
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

func appendDocRecord(dst []byte, doc uint64, id []byte, titleLen, bodyLen int, date int64, quotes uint32) []byte {
	dst = binary.BigEndian.AppendUint64(dst, doc)
	dst = append(dst, id[:idBytes]...)
	dst = binary.BigEndian.AppendUint16(dst, uint16(min(titleLen, math.MaxUint16)))
	dst = binary.BigEndian.AppendUint32(dst, uint32(min(bodyLen, math.MaxUint32)))
	dst = binary.BigEndian.AppendUint64(dst, uint64(date))
	return binary.BigEndian.AppendUint32(dst, quotes)
}

// IDKey returns the 8 bytes an article ID's hex digits stand for.
func IDKey(id model.ID) ([]byte, error) {
	if len(id) != model.IDLen {
		return nil, fmt.Errorf("article id %q: want %d hex digits", id, model.IDLen)
	}
	b, err := hex.DecodeString(string(id))
	if err != nil {
		return nil, fmt.Errorf("article id %q: %w", id, err)
	}
	return b, nil
}

// QuoteTable holds where the quotes of a segment's documents sit among
// their words, so said: is answered from the segment alone:
//
//	version byte
//	uvarint n, then n speaker keys (uvarint length, bytes); "" stands
//	       for unattributed quotes
//	spans  per document, at the offset its DocTable record gives:
//	       uvarint count, then per span uvarint quote index, speaker
//	       index, start position and length in words
//
// Naming speakers by index keeps a key's bytes to once per segment.
type QuoteTable []byte

const quoteTableV1 = 1

// quoteView is a parsed QuoteTable: speaker keys and the span area.
type quoteView struct {
	speakers [][]byte
	spans    []byte
}

func (q QuoteTable) view() (quoteView, error) {
	if len(q) == 0 || q[0] != quoteTableV1 {
		return quoteView{}, fmt.Errorf("%w: quote table version", ErrCorrupt)
	}
	r := reader{b: q[1:]}
	v := quoteView{speakers: make([][]byte, r.count())}
	for i := range v.speakers {
		v.speakers[i] = r.bytes()
	}
	if r.err != nil {
		return quoteView{}, fmt.Errorf("%w: quote table speakers", ErrCorrupt)
	}
	v.spans = r.b
	return v, nil
}

// spansAt decodes the spans at off, appending to dst.
func (v *quoteView) spansAt(off uint32, dst []QuoteSpan) ([]QuoteSpan, error) {
	raw, err := v.rawSpans(off, nil)
	for _, r := range raw {
		dst = append(dst, QuoteSpan{Quote: r.quote, Speaker: string(v.speakers[r.speaker]), Start: r.start, End: r.end})
	}
	return dst, err
}

// rawSpan is a QuoteSpan with its speaker as an index into the view's
// speakers, decoded without allocating.
type rawSpan struct {
	quote, speaker int
	start, end     uint32
}

// rawSpans decodes the spans at off, appending to dst.
func (v *quoteView) rawSpans(off uint32, dst []rawSpan) ([]rawSpan, error) {
	if uint64(off) >= uint64(len(v.spans)) {
		return dst, fmt.Errorf("%w: quote spans offset", ErrCorrupt)
	}
	r := reader{b: v.spans[off:]}
	n := r.count()
	for range n {
		s := rawSpan{quote: int(r.uvarint(math.MaxInt32)), speaker: int(r.uvarint(uint64(len(v.speakers))))}
		s.start = uint32(r.uvarint(math.MaxUint32))
		s.end = s.start + uint32(r.uvarint(uint64(math.MaxUint32-s.start)))
		if r.err == nil && s.speaker >= len(v.speakers) {
			r.err = fmt.Errorf("%w: quote span speaker", ErrCorrupt)
		}
		if r.err != nil {
			return dst, r.err
		}
		dst = append(dst, s)
	}
	return dst, r.err
}

// Spans returns the quote spans of the i'th document of docs.
func (q QuoteTable) Spans(docs DocTable, i int) ([]QuoteSpan, error) {
	v, err := q.view()
	if err != nil {
		return nil, err
	}
	return v.spansAt(docs.quotesAt(i), nil)
}

// quoteWriter builds a QuoteTable.
type quoteWriter struct {
	speakers []string
	index    map[string]int
	spans    []byte
}

func (w *quoteWriter) add(spans []QuoteSpan) uint32 {
	off := uint32(len(w.spans))
	w.spans = binary.AppendUvarint(w.spans, uint64(len(spans)))
	for _, s := range spans {
		i, ok := w.index[s.Speaker]
		if !ok {
			if w.index == nil {
				w.index = map[string]int{}
			}
			i = len(w.speakers)
			w.index[s.Speaker] = i
			w.speakers = append(w.speakers, s.Speaker)
		}
		w.spans = binary.AppendUvarint(w.spans, uint64(s.Quote))
		w.spans = binary.AppendUvarint(w.spans, uint64(i))
		w.spans = binary.AppendUvarint(w.spans, uint64(s.Start))
		w.spans = binary.AppendUvarint(w.spans, uint64(s.End-s.Start))
	}
	return off
}

func (w *quoteWriter) table() QuoteTable {
	b := []byte{quoteTableV1}
	b = binary.AppendUvarint(b, uint64(len(w.speakers)))
	for _, s := range w.speakers {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return append(b, w.spans...)
}

// speakerSet marks the speakers of a quote view that said: accepts.
func (v *quoteView) speakerSet(keys []string, dst []bool) []bool {
	dst = append(dst[:0], make([]bool, len(v.speakers))...)
	for i, sp := range v.speakers {
		for _, k := range keys {
			if bytes.Equal(sp, []byte(k)) {
				dst[i] = true
				break
			}
		}
	}
	return dst
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
