package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
)

// A segment's postings bucket is written once, in term order, with every
// page filled (FillPercent 1.0), and bbolt packs its pages greedily: a
// page takes elements while they fit, and always its first two. A list
// that does not fit what is left of a page would start the next one and
// leave the rest empty, and a list longer than a page spills onto
// overflow pages and leaves half of the last one empty: a quarter of the
// bucket's pages, at 100,000 articles.
//
// So, since schema 6, a list that does not fit is cut (postingCutter):
// its head fills the page, under the term, and the rest follows in
// continuation chunks, each filling a page, under the term, a zero byte
// and the chunk's number (u16, big-endian), which sort right after the
// term. A head is a zero byte, the number of continuation chunks (u16,
// big-endian) and the head's part of the list; a posting list never
// starts with a zero byte (its first field, the number of documents, is
// at least 1), so a value says which it is. A term holding a zero byte
// could be mistaken for a continuation key, and is left out of the index,
// as over-long terms are (only a category or feed can hold one).
const (
	chunkedHead     = 0 // a head's first byte
	chunkHeadLen    = 3 // the zero byte and the chunk count
	maxPostingParts = 1<<16 - 1
	minPostingPart  = 64 // a page remainder too small to take part of a list is left empty
	// spareForSecond is what a page's first element leaves for a second,
	// which bbolt puts in the page whatever its size: an element
	// header, a term of some length and minPostingPart.
	spareForSecond = 16 + 24 + chunkHeadLen + minPostingPart
)

// postingTerm reports whether a term can be stored in a postings bucket.
func postingTerm(term string) bool {
	return indexable(term) && !strings.Contains(term, "\x00")
}

// chunkKey is the key of continuation chunk i (from 1) of term's list.
func chunkKey(term []byte, i int) []byte {
	k := make([]byte, 0, len(term)+3)
	k = append(append(k, term...), 0)
	return binary.BigEndian.AppendUint16(k, uint16(i))
}

// postingCutter follows bbolt's packing of one postings bucket's leaf
// pages as its lists are written, in order, in one transaction.
type postingCutter struct {
	pageSize int
	used     int // bytes of the current page taken, its header included
	elements int // elements in the current page
}

func newPostingCutter(pageSize int) *postingCutter {
	return &postingCutter{pageSize: pageSize, used: pageHeader}
}

// element is the bytes a leaf element of key and value lengths takes.
func element(key, value int) int { return 16 + key + value }

// room returns the value bytes the current page has left for an element
// with a key of keyLen bytes: as the page's first element it leaves room
// for a second.
func (c *postingCutter) room(keyLen int) int {
	r := c.pageSize - c.used - element(keyLen, 0)
	if c.elements == 0 {
		r -= spareForSecond
	}
	return r
}

// place records an element placed in the current page.
func (c *postingCutter) place(keyLen, valueLen int) {
	c.used += element(keyLen, valueLen)
	c.elements++
	if c.pageSize-c.used < element(0, 0) {
		c.newPage()
	}
}

func (c *postingCutter) newPage() { c.used, c.elements = pageHeader, 0 }

// cut returns how to store a list of n bytes under a term of keyLen
// bytes: nil to store it whole, else the sizes of the head's part of the
// list and of each continuation chunk.
func (c *postingCutter) cut(keyLen, n int) []int {
	if n > c.room(keyLen) && c.elements >= 2 && c.room(keyLen)-chunkHeadLen < minPostingPart {
		// bbolt starts a page for an element that does not fit, once
		// the page holds two: when little is left, let it.
		c.newPage()
	}
	if n <= c.room(keyLen) {
		c.place(keyLen, n)
		return nil
	}
	if keyLen > c.pageSize/4 || n/(c.pageSize/2) >= maxPostingParts {
		// Too long a term to cut for, or too long a list to count
		// the chunks of in a u16: bbolt spills it onto overflow pages.
		c.newPage()
		return nil
	}
	var parts []int
	for rest := n; rest > 0; {
		k, hdr := keyLen+3, 0
		if len(parts) == 0 {
			k, hdr = keyLen, chunkHeadLen
		}
		room := c.room(k) - hdr
		if room < minPostingPart && c.elements >= 2 {
			c.newPage()
			room = c.room(k) - hdr
		}
		part := min(rest, room)
		if part < 1 {
			// The page's second element, which bbolt puts there
			// whatever its size, finds no room: it spills over.
			part = rest
		}
		parts = append(parts, part)
		c.place(k, hdr+part)
		rest -= part
	}
	return parts
}

// putPostings stores term's list with put, into a postings bucket, cut
// as c says. bbolt keeps keys and values until commit: they are copies.
func putPostings(put func(k, v []byte) error, c *postingCutter, term []byte, list []byte) error {
	parts := c.cut(len(term), len(list))
	if parts == nil {
		return put(bytes.Clone(term), bytes.Clone(list))
	}
	head := make([]byte, 0, chunkHeadLen+parts[0])
	head = append(head, chunkedHead)
	head = binary.BigEndian.AppendUint16(head, uint16(len(parts)-1))
	head = append(head, list[:parts[0]]...)
	if err := put(bytes.Clone(term), head); err != nil {
		return err
	}
	list = list[parts[0]:]
	for i, n := range parts[1:] {
		if err := put(chunkKey(term, i+1), bytes.Clone(list[:n])); err != nil {
			return err
		}
		list = list[n:]
	}
	return nil
}

// postingList returns the list stored under term, whose value v a cursor
// stands on: v itself when whole, else the head's part and its chunks
// joined, which next (the cursor's Next) reads, leaving the cursor on
// the last chunk.
func postingList(next func() ([]byte, []byte), term, v []byte) ([]byte, error) {
	if len(v) == 0 || v[0] != chunkedHead {
		return v, nil
	}
	if len(v) < chunkHeadLen {
		return nil, fmt.Errorf("%w: search postings of %q: short head", errCorrupt, term)
	}
	n := int(binary.BigEndian.Uint16(v[1:]))
	list := append(make([]byte, 0, len(v)*(n+1)), v[chunkHeadLen:]...)
	for i := 1; i <= n; i++ {
		k, part := next()
		if !bytes.Equal(k, chunkKey(term, i)) {
			return nil, fmt.Errorf("%w: search postings of %q: chunk %d of %d missing", errCorrupt, term, i, n)
		}
		list = append(list, part...)
	}
	return list, nil
}
