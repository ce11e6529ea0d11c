package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/klauspost/compress/flate"
)

// Bodies are stored compressed (zstd since schema 6, flate before) and
// cut into chunks, each under its own sequence number in the bodies
// bucket; the summary records the first chunk and how many there are.
// The bucket is only ever appended to, and chunks are cut so that they
// fill bbolt's leaf pages exactly: a compressed body runs to 1 to 2 KiB,
// and bbolt, which puts at least two values in a leaf, would leave pages
// holding whole bodies a third empty.
//
// Cutting to fit needs to know how full the last page is. meta/body_tail
// keeps that, predicting bbolt's greedy packing of appended values. A
// delete or update near the end of the bucket makes the prediction wrong
// for a while, which costs some space, never data.
const (
	pageHeader   = 16     // bytes before a page's elements
	chunkElement = 16 + 8 // a leaf element's header and an 8-byte key
	minChunk     = 64     // smaller page remainders are left empty
)

// maxBody bounds a decompressed body, so a damaged or hostile record
// cannot inflate without limit.
const maxBody = 64 << 20

// maxChunks bounds a summary's chunk count: a compressed body is at most
// a little larger than maxBody (flate stores what it cannot shrink, with
// five bytes of framing per 64 KiB block, and zstd with three per 128
// KiB), and every chunk but the last holds at least minChunk bytes.
const maxChunks = (maxBody+maxBody/1024+1)/minChunk + 1

// Since schema 6 a body record is bodyV3: the version byte, the uvarint
// number of the dictionary it was compressed with (0 for none), and a
// zstd frame. A dictionary is a stretch of the store's own body records
// (dict.go): news bodies share names, titles, phrasing and the framing of
// the record, which a compressor of one 5 KB body alone never sees
// twice. With one, a body of the generated benchmark corpus takes half
// the bytes flate took, and one of real reporting a seventh fewer
// (docs/benchmarks.md); zstd at its fastest level also compresses in
// half flate's time and decompresses in a third of it. Records of
// schemas 1 to 4 (bodyV1 and bodyV2, flate without a dictionary) are
// read as they are, and compaction rewrites them (recode.go).

// compress returns c's body record for plain, having read it back: a
// record the store could not decompress would lose the article.
func (c *bodyCodec) compress(plain []byte) ([]byte, error) {
	rec := make([]byte, 0, 1+binary.MaxVarintLen32+len(plain)/2)
	rec = append(rec, bodyV3)
	rec = binary.AppendUvarint(rec, uint64(c.id))
	rec = c.enc.EncodeAll(plain, rec)
	back, err := c.dec.DecodeAll(rec[bodyV3Header(rec):], make([]byte, 0, len(plain)))
	if err != nil || !bytes.Equal(back, plain) {
		return nil, fmt.Errorf("refusing to store a body record that does not read back (%v)", err)
	}
	return rec, nil
}

// bodyV3Header returns the length of a well-formed bodyV3 record's
// version byte and dictionary number.
func bodyV3Header(rec []byte) int {
	_, n := binary.Uvarint(rec[1:])
	return 1 + n
}

// decompress returns the plain bytes of a body record, copied out of the
// transaction's memory, and the record's version. load returns a
// dictionary the store has not yet read (dict.go).
func (s *Store) decompress(rec []byte, load dictLoader) ([]byte, byte, error) {
	if len(rec) == 0 {
		return nil, 0, fmt.Errorf("%w: body record version", errCorrupt)
	}
	switch rec[0] {
	case bodyV1, bodyV2:
		plain, err := s.inflate(rec[1:])
		return plain, rec[0], err
	case bodyV3:
		id, n := binary.Uvarint(rec[1:])
		if n <= 0 || id > maxDictID {
			return nil, 0, fmt.Errorf("%w: body dictionary number", errCorrupt)
		}
		c, err := s.codec(uint32(id), load)
		if err != nil {
			return nil, 0, err
		}
		plain, err := c.dec.DecodeAll(rec[1+n:], nil)
		if err != nil {
			return nil, 0, fmt.Errorf("%w: body: %v", errCorrupt, err)
		}
		return plain, bodyV3, nil
	}
	return nil, 0, fmt.Errorf("%w: body record version", errCorrupt)
}

// inflate decompresses the flate stream of a bodyV1 or bodyV2 record.
func (s *Store) inflate(stream []byte) ([]byte, error) {
	src := bytes.NewReader(stream)
	var r io.ReadCloser
	select {
	case r = <-s.readers:
		if err := r.(flate.Resetter).Reset(src, nil); err != nil {
			return nil, err
		}
	default:
		r = flate.NewReader(src)
	}
	defer func() {
		select {
		case s.readers <- r:
		default:
		}
	}()
	plain, err := io.ReadAll(io.LimitReader(r, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("%w: body: %v", errCorrupt, err)
	}
	if len(plain) > maxBody {
		return nil, fmt.Errorf("%w: body over %d bytes", errCorrupt, maxBody)
	}
	return plain, nil
}

// putBody appends rec to the bodies bucket, returning its first chunk's
// sequence number and the number of chunks.
func (t *txn) putBody(rec []byte) (first uint64, chunks int, err error) {
	bodies := t.b(bucketBodies)
	bodies.FillPercent = 1.0
	pageSize := t.tx.DB().Info().PageSize
	if t.bodyTail == 0 {
		t.bodyTail = int(getU32(t.b(bucketMeta), keyBodyTail))
	}
	first = bodies.Sequence() + 1
	for rest := rec; len(rest) > 0 || chunks == 0; chunks++ {
		var n int
		n, t.bodyTail = bodyChunk(t.bodyTail, pageSize, len(rest))
		if err := bodies.Put(bodyKey(first+uint64(chunks)), rest[:n]); err != nil {
			return 0, 0, err
		}
		rest = rest[n:]
	}
	if err := bodies.SetSequence(first + uint64(chunks) - 1); err != nil {
		return 0, 0, err
	}
	return first, chunks, nil
}

// bodyChunk returns how many of the rest bytes of a body record the next
// chunk takes, when the bucket's last page has tail bytes in use, and
// the tail after it.
func bodyChunk(tail, pageSize, rest int) (n, after int) {
	if tail < pageHeader || pageSize-tail < chunkElement+minChunk {
		tail = pageHeader
	}
	room := pageSize - tail - chunkElement
	if tail == pageHeader {
		// bbolt puts two values in a page at least: leave room for a
		// second.
		room -= chunkElement + minChunk
	}
	n = min(rest, room)
	return n, tail + chunkElement + n
}

// body reads and decompresses the body a summary points to, returning the
// plain record and its version.
func (t *txn) body(s *summary) ([]byte, byte, error) {
	c := t.b(bucketBodies).Cursor()
	k, v := c.Seek(bodyKey(s.body))
	if s.chunks == 1 && bytes.Equal(k, bodyKey(s.body)) {
		return t.s.decompress(v, t.dict)
	}
	var rec []byte
	for i := range s.chunks {
		if k == nil || binary.BigEndian.Uint64(k) != s.body+uint64(i) {
			return nil, 0, fmt.Errorf("%w: body chunk %d of %d missing", errCorrupt, i+1, s.chunks)
		}
		rec = append(rec, v...)
		k, v = c.Next()
	}
	return t.s.decompress(rec, t.dict)
}

// deleteBody removes the chunks a summary points to.
func (t *txn) deleteBody(s *summary) error {
	bodies := t.b(bucketBodies)
	for i := range s.chunks {
		if err := bodies.Delete(bodyKey(s.body + uint64(i))); err != nil {
			return err
		}
	}
	return nil
}
