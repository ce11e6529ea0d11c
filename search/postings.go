package search

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ErrCorrupt means index bytes could not be decoded.
var ErrCorrupt = errors.New("corrupt search index")

// Posting is one document's occurrences of a term.
type Posting struct {
	Doc   uint64
	Title []uint32 // positions in the title, ascending
	Body  []uint32 // positions in the body, ascending
}

// A posting list encodes the postings of one term in one segment,
// documents ascending:
//
//	uvarint n          number of documents
//	uvarint docBytes   length of the document section
//	document section   per document: uvarint doc delta (from 0 for the
//	                   first), uvarint body count<<1 | has title, and when
//	                   it has a title, uvarint title count - 1
//	position section   per document: title positions then body positions,
//	                   each list delta-encoded from 0
//
// Keeping positions apart lets a query that needs no positions (one word,
// no phrase, no said:) read the document section and stop. A posting with
// no positions at all only says the document has the term, which is how
// speakers, categories and feeds are indexed.

// postingWriter accumulates a posting list one document at a time.
type postingWriter struct {
	n    int
	last uint64
	docs []byte
	pos  []byte
}

func (w *postingWriter) add(doc uint64, title, body []uint32) {
	w.n++
	w.docs = binary.AppendUvarint(w.docs, doc-w.last)
	w.last = doc
	flag := uint64(0)
	if len(title) > 0 {
		flag = 1
	}
	w.docs = binary.AppendUvarint(w.docs, uint64(len(body))<<1|flag)
	if len(title) > 0 {
		w.docs = binary.AppendUvarint(w.docs, uint64(len(title)-1))
	}
	w.pos = appendPositions(w.pos, title)
	w.pos = appendPositions(w.pos, body)
}

// addRaw adds a document whose position bytes are already encoded, as a
// merge copies them.
func (w *postingWriter) addRaw(doc uint64, titleN, bodyN int, pos []byte) {
	w.n++
	w.docs = binary.AppendUvarint(w.docs, doc-w.last)
	w.last = doc
	flag := uint64(0)
	if titleN > 0 {
		flag = 1
	}
	w.docs = binary.AppendUvarint(w.docs, uint64(bodyN)<<1|flag)
	if titleN > 0 {
		w.docs = binary.AppendUvarint(w.docs, uint64(titleN-1))
	}
	w.pos = append(w.pos, pos...)
}

func appendPositions(dst []byte, ps []uint32) []byte {
	prev := uint32(0)
	for _, p := range ps {
		dst = binary.AppendUvarint(dst, uint64(p-prev))
		prev = p
	}
	return dst
}

// appendTo appends the encoded list.
func (w *postingWriter) appendTo(dst []byte) []byte {
	dst = binary.AppendUvarint(dst, uint64(w.n))
	dst = binary.AppendUvarint(dst, uint64(len(w.docs)))
	dst = append(dst, w.docs...)
	return append(dst, w.pos...)
}

func (w *postingWriter) reset() {
	w.n, w.last = 0, 0
	w.docs, w.pos = w.docs[:0], w.pos[:0]
}

// AppendPostings appends the posting list of ps, whose documents must
// ascend, to dst.
func AppendPostings(dst []byte, ps []Posting) ([]byte, error) {
	var w postingWriter
	for i, p := range ps {
		if i > 0 && p.Doc <= ps[i-1].Doc {
			return dst, fmt.Errorf("posting %d: document %d after %d", i, p.Doc, ps[i-1].Doc)
		}
		if !ascending(p.Title) || !ascending(p.Body) {
			return dst, fmt.Errorf("posting %d: positions do not ascend", i)
		}
		w.add(p.Doc, p.Title, p.Body)
	}
	return w.appendTo(dst), nil
}

func ascending(ps []uint32) bool {
	for i := 1; i < len(ps); i++ {
		if ps[i] <= ps[i-1] {
			return false
		}
	}
	return true
}

// PostingCount returns the number of documents in a posting list without
// decoding it.
func PostingCount(list []byte) (int, error) {
	n, k := binary.Uvarint(list)
	if k <= 0 || n > uint64(len(list)) {
		return 0, fmt.Errorf("%w: posting list header", ErrCorrupt)
	}
	return int(n), nil
}

// PostingIter walks a posting list. Next moves to each document in turn;
// Positions decodes the current document's positions. Documents whose
// positions are never asked for cost one addition each: their position
// bytes are skipped only when a later document's are wanted.
type PostingIter struct {
	docs, pos []byte
	left, n   int
	doc       uint64
	titleN    int
	bodyN     int
	// skip is how many position varints lie before the current
	// document's in pos; consumed says its own have been read.
	skip     int
	consumed bool
	started  bool
	err      error
}

// NewPostingIter starts an iterator over list.
func NewPostingIter(list []byte) (*PostingIter, error) {
	it := new(PostingIter)
	if err := it.Reset(list); err != nil {
		return nil, err
	}
	return it, nil
}

// Reset points it at list, so iterators can be reused.
func (it *PostingIter) Reset(list []byte) error {
	*it = PostingIter{}
	n, k := binary.Uvarint(list)
	if k <= 0 || n > uint64(len(list)) {
		return fmt.Errorf("%w: posting list header", ErrCorrupt)
	}
	list = list[k:]
	size, k := binary.Uvarint(list)
	if k <= 0 || size > uint64(len(list)-k) {
		return fmt.Errorf("%w: posting list header", ErrCorrupt)
	}
	list = list[k:]
	it.docs, it.pos, it.left, it.n = list[:size], list[size:], int(n), int(n)
	return nil
}

// Len is the number of documents in the list.
func (it *PostingIter) Len() int { return it.n }

// Next moves to the next document, reporting false at the end or on
// corrupt input (see Err).
func (it *PostingIter) Next() bool {
	if it.left == 0 || it.err != nil {
		return false
	}
	if it.started && !it.consumed {
		it.skip += it.titleN + it.bodyN
	}
	it.consumed = false
	delta, k := binary.Uvarint(it.docs)
	if k <= 0 {
		return it.fail("document delta")
	}
	it.docs = it.docs[k:]
	counts, k := binary.Uvarint(it.docs)
	if k <= 0 || counts>>1 > uint64(len(it.pos)) {
		return it.fail("counts")
	}
	it.docs = it.docs[k:]
	it.bodyN, it.titleN = int(counts>>1), 0
	if counts&1 == 1 {
		t, k := binary.Uvarint(it.docs)
		if k <= 0 || t >= uint64(len(it.pos)) {
			return it.fail("title count")
		}
		it.docs = it.docs[k:]
		it.titleN = int(t) + 1
	}
	if it.started && delta == 0 {
		return it.fail("documents do not ascend")
	}
	it.started = true
	it.doc += delta
	it.left--
	return true
}

func (it *PostingIter) fail(what string) bool {
	it.err = fmt.Errorf("%w: posting list %s", ErrCorrupt, what)
	it.left = 0
	return false
}

// Err is the error that stopped Next, if any.
func (it *PostingIter) Err() error { return it.err }

// Doc is the current document.
func (it *PostingIter) Doc() uint64 { return it.doc }

// TitleCount and BodyCount are how often the term occurs in the current
// document's title and body.
func (it *PostingIter) TitleCount() int { return it.titleN }
func (it *PostingIter) BodyCount() int  { return it.bodyN }

// Positions appends the current document's title and body positions to
// title and body. It may be called once per document.
func (it *PostingIter) Positions(title, body []uint32) ([]uint32, []uint32, error) {
	if err := it.seekPositions(); err != nil {
		return title, body, err
	}
	var err error
	if it.pos, title, err = decodePositions(it.pos, it.titleN, title); err != nil {
		return title, body, err
	}
	if it.pos, body, err = decodePositions(it.pos, it.bodyN, body); err != nil {
		return title, body, err
	}
	return title, body, nil
}

// BodyPositions appends the current document's body positions to body,
// skipping its title positions. Like Positions, it may be called once per
// document.
func (it *PostingIter) BodyPositions(body []uint32) ([]uint32, error) {
	if err := it.seekPositions(); err != nil {
		return body, err
	}
	rest, err := skipVarints(it.pos, it.titleN)
	if err != nil {
		return body, err
	}
	it.pos, body, err = decodePositions(rest, it.bodyN, body)
	return body, err
}

// rawPositions returns the current document's encoded positions.
func (it *PostingIter) rawPositions() ([]byte, error) {
	if err := it.seekPositions(); err != nil {
		return nil, err
	}
	rest, err := skipVarints(it.pos, it.titleN+it.bodyN)
	if err != nil {
		return nil, err
	}
	raw := it.pos[:len(it.pos)-len(rest)]
	it.pos = rest
	return raw, nil
}

// seekPositions moves pos to the current document's positions.
func (it *PostingIter) seekPositions() error {
	if !it.started || it.consumed {
		return fmt.Errorf("positions of document %d: read twice or before Next", it.doc)
	}
	rest, err := skipVarints(it.pos, it.skip)
	if err != nil {
		return err
	}
	it.pos, it.skip, it.consumed = rest, 0, true
	return nil
}

func decodePositions(src []byte, n int, dst []uint32) ([]byte, []uint32, error) {
	p := uint64(0)
	for i := range n {
		// Most gaps fit a byte: decode those without the general loop.
		var d uint64
		if len(src) > 0 && src[0] < 0x80 {
			d = uint64(src[0])
			src = src[1:]
		} else {
			v, k := binary.Uvarint(src)
			if k <= 0 {
				return src, dst, fmt.Errorf("%w: positions", ErrCorrupt)
			}
			d, src = v, src[k:]
		}
		p += d
		if (i > 0 && d == 0) || p > 1<<32-1 {
			return src, dst, fmt.Errorf("%w: positions", ErrCorrupt)
		}
		dst = append(dst, uint32(p))
	}
	return src, dst, nil
}

// skipVarints returns src past n uvarints.
func skipVarints(src []byte, n int) ([]byte, error) {
	for n > 0 {
		i := 0
		for i < len(src) && src[i] >= 0x80 {
			i++
		}
		if i >= len(src) || i >= binary.MaxVarintLen64 {
			return src, fmt.Errorf("%w: positions", ErrCorrupt)
		}
		src = src[i+1:]
		n--
	}
	return src, nil
}

// DecodePostings decodes a whole posting list.
func DecodePostings(list []byte) ([]Posting, error) {
	it, err := NewPostingIter(list)
	if err != nil {
		return nil, err
	}
	var ps []Posting
	for it.Next() {
		p := Posting{Doc: it.Doc()}
		if p.Title, p.Body, err = it.Positions(nil, nil); err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	if it.Err() != nil {
		return nil, it.Err()
	}
	if len(it.docs) != 0 || len(it.pos) != 0 {
		return nil, fmt.Errorf("%w: posting list has trailing bytes", ErrCorrupt)
	}
	return ps, nil
}
