package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/klauspost/compress/flate"
)

// Bodies are stored flate-compressed and cut into chunks, each under its
// own sequence number in the bodies bucket; the summary records the first
// chunk and how many there are. The bucket is only ever appended to, and
// chunks are cut so that they fill bbolt's leaf pages exactly: a
// compressed body runs to about 2 KiB, and bbolt, which puts at least two
// values in a leaf, would leave pages holding whole bodies a third empty.
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

// compressionLevel trades a little size for import speed: at BestSpeed
// bodies are about 7% bigger than at the default level and compress
// nearly twice as fast.
//
// The flate package is klauspost/compress's, which writes the same
// format as the standard library's (so bodies written by either read
// with the other) in half the CPU: 31 against 61 µs a generated article
// at BestSpeed, the same size to 0.4%. zstd at its fastest is no smaller
// without a dictionary; s2 is four times faster but 47% bigger.
const compressionLevel = flate.BestSpeed

// maxBody bounds a decompressed body, so a damaged or hostile record
// cannot inflate without limit.
const maxBody = 64 << 20

// maxChunks bounds a summary's chunk count: a compressed body is at most
// a little larger than maxBody (flate stores what it cannot shrink, with
// five bytes of framing per 64 KiB block), and every chunk but the last
// holds at least minChunk bytes.
const maxChunks = (maxBody+maxBody/1024+1)/minChunk + 1

// compress returns the body record for plain: a version byte and the
// flate stream.
func (s *Store) compress(plain []byte) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, len(plain)/2))
	buf.WriteByte(bodyV2)
	var w *flate.Writer
	select {
	case w = <-s.writers:
		w.Reset(buf)
	default:
		var err error
		if w, err = flate.NewWriter(buf, compressionLevel); err != nil {
			return nil, err
		}
	}
	defer func() {
		select {
		case s.writers <- w:
		default:
		}
	}()
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decompress returns the plain bytes of a body record, copied out of the
// transaction's memory, and the record's version.
func (s *Store) decompress(rec []byte) ([]byte, byte, error) {
	if len(rec) == 0 || rec[0] != bodyV1 && rec[0] != bodyV2 {
		return nil, 0, fmt.Errorf("%w: body record version", errCorrupt)
	}
	version := rec[0]
	src := bytes.NewReader(rec[1:])
	var r io.ReadCloser
	select {
	case r = <-s.readers:
		if err := r.(flate.Resetter).Reset(src, nil); err != nil {
			return nil, 0, err
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
		return nil, 0, fmt.Errorf("%w: body: %v", errCorrupt, err)
	}
	if len(plain) > maxBody {
		return nil, 0, fmt.Errorf("%w: body over %d bytes", errCorrupt, maxBody)
	}
	return plain, version, nil
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
		if t.bodyTail < pageHeader || pageSize-t.bodyTail < chunkElement+minChunk {
			t.bodyTail = pageHeader
		}
		room := pageSize - t.bodyTail - chunkElement
		if t.bodyTail == pageHeader {
			// bbolt puts two values in a page at least: leave room for
			// a second.
			room -= chunkElement + minChunk
		}
		n := min(len(rest), room)
		if err := bodies.Put(bodyKey(first+uint64(chunks)), rest[:n]); err != nil {
			return 0, 0, err
		}
		t.bodyTail += chunkElement + n
		rest = rest[n:]
	}
	if err := bodies.SetSequence(first + uint64(chunks) - 1); err != nil {
		return 0, 0, err
	}
	return first, chunks, nil
}

// body reads and decompresses the body a summary points to, returning the
// plain record and its version.
func (t *txn) body(s *summary) ([]byte, byte, error) {
	c := t.b(bucketBodies).Cursor()
	k, v := c.Seek(bodyKey(s.body))
	if s.chunks == 1 && bytes.Equal(k, bodyKey(s.body)) {
		return t.s.decompress(v)
	}
	var rec []byte
	for i := range s.chunks {
		if k == nil || binary.BigEndian.Uint64(k) != s.body+uint64(i) {
			return nil, 0, fmt.Errorf("%w: body chunk %d of %d missing", errCorrupt, i+1, s.chunks)
		}
		rec = append(rec, v...)
		k, v = c.Next()
	}
	return t.s.decompress(rec)
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
