package store

import (
	"bytes"
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Compaction rewrites the bodies that are not compressed with the store's
// dictionary: a store of schema 4 keeps its flate records when it is
// upgraded, and a new store's first dictAfter bodies have no dictionary.
// A rewritten body keeps its first chunk's sequence number, which the
// search index knows it by, and at most its chunk count, so it never
// reaches the next body's numbers; the summary is given the new count.
// A record that does not decompress, or would not shrink, is copied as
// it is.

// bodyRecoder rewrites the bodies bucket's chunks as copyStore meets
// them, in key order.
type bodyRecoder struct {
	s        *Store
	load     dictLoader // the source's dictionaries
	codec    *bodyCodec // the dictionary's codec
	pageSize int

	articles map[uint64]recodeArticle // by first chunk

	// The article whose chunks are being gathered.
	first   uint64
	want    int
	pending [][]byte

	tail    int                 // bytes used in the bodies' last page, as body.go predicts them
	changed map[[idLen]byte]int // article → new chunk count
	recoded int
}

type recodeArticle struct {
	idk    [idLen]byte
	chunks int
}

// newBodyRecoder prepares the rewriting of the source's bodies, or
// returns nil when the store has no dictionary to rewrite them with.
func newBodyRecoder(s *Store, stx *bolt.Tx, pageSize int) (*bodyRecoder, error) {
	t := s.txn(stx)
	id := getU32(t.b(bucketMeta), keyBodyDict)
	if id == 0 {
		return nil, nil
	}
	codec, err := s.codec(id, t.dict)
	if err != nil {
		return nil, err
	}
	r := &bodyRecoder{s: s, load: t.dict, codec: codec, pageSize: pageSize,
		articles: map[uint64]recodeArticle{}, changed: map[[idLen]byte]int{}}
	err = t.b(bucketArticles).ForEach(func(k, v []byte) error {
		sum, err := decodeSummary(v)
		if err != nil || len(k) != idLen {
			return nil // copied as it is; Check reports it
		}
		a := recodeArticle{chunks: sum.chunks}
		copy(a.idk[:], k)
		r.articles[sum.body] = a
		return nil
	})
	return r, err
}

// add takes the bodies bucket's next chunk, writing with put what is
// ready to be written.
func (r *bodyRecoder) add(k, v []byte, put func(k, v []byte) error) error {
	if len(r.pending) > 0 {
		if len(k) == 8 && binary.BigEndian.Uint64(k) == r.first+uint64(len(r.pending)) {
			r.pending = append(r.pending, bytes.Clone(v))
			if len(r.pending) == r.want {
				return r.flush(put)
			}
			return nil
		}
		// A chunk is missing: copy what there is as it is.
		if err := r.putRaw(put); err != nil {
			return err
		}
	}
	var a recodeArticle
	ok := len(k) == 8
	if ok {
		a, ok = r.articles[binary.BigEndian.Uint64(k)]
	}
	if !ok {
		return r.putChunk(put, k, v)
	}
	r.first, r.want, r.pending = binary.BigEndian.Uint64(k), a.chunks, [][]byte{bytes.Clone(v)}
	if r.want == 1 {
		return r.flush(put)
	}
	return nil
}

// flush writes the gathered article's body, rewritten when that pays.
func (r *bodyRecoder) flush(put func(k, v []byte) error) error {
	rec := bytes.Join(r.pending, nil)
	if rec[0] == bodyV3 {
		if id, n := binary.Uvarint(rec[1:]); n > 0 && id == uint64(r.codec.id) {
			return r.putRaw(put)
		}
	}
	plain, _, err := r.s.decompress(rec, r.load)
	if err != nil {
		return r.putRaw(put)
	}
	out, err := r.codec.compress(plain)
	if err != nil || len(out) >= len(rec) {
		return r.putRaw(put)
	}
	chunks := 0
	for rest := out; len(rest) > 0 || chunks == 0; chunks++ {
		n := len(rest)
		if chunks < r.want-1 {
			n, r.tail = bodyChunk(r.tail, r.pageSize, len(rest))
		} else {
			r.tail = rawTail(r.tail, r.pageSize, n)
		}
		if err := put(bodyKey(r.first+uint64(chunks)), rest[:n]); err != nil {
			return err
		}
		rest = rest[n:]
	}
	if chunks != r.want {
		r.changed[r.articles[r.first].idk] = chunks
	}
	r.recoded++
	r.pending = nil
	return nil
}

// putRaw copies the gathered chunks as they are.
func (r *bodyRecoder) putRaw(put func(k, v []byte) error) error {
	for i, c := range r.pending {
		if err := r.putChunk(put, bodyKey(r.first+uint64(i)), c); err != nil {
			return err
		}
	}
	r.pending = nil
	return nil
}

func (r *bodyRecoder) putChunk(put func(k, v []byte) error, k, v []byte) error {
	r.tail = rawTail(r.tail, r.pageSize, len(v))
	return put(k, v)
}

// rawTail is bodyChunk's tail after a chunk of n bytes cut elsewhere.
func rawTail(tail, pageSize, n int) int {
	if tail < pageHeader || tail+chunkElement+n > pageSize {
		tail = pageHeader
	}
	return tail + chunkElement + n
}

// close writes the chunks still gathered, as they are: the bucket ended
// before the article's last chunk.
func (r *bodyRecoder) close(put func(k, v []byte) error) error {
	if len(r.pending) == 0 {
		return nil
	}
	return r.putRaw(put)
}

// patch returns the value to copy for key k of the top-level bucket
// named bucket: a rewritten article's summary with its new chunk count,
// meta's body tail as the copy has it, anything else as it is. The
// copy writes the articles and meta after the bodies.
func (r *bodyRecoder) patch(bucket, k, v []byte) ([]byte, error) {
	switch {
	case bytes.Equal(bucket, bucketMeta) && bytes.Equal(k, keyBodyTail):
		return binary.BigEndian.AppendUint32(nil, uint32(r.tail)), nil
	case bytes.Equal(bucket, bucketArticles) && len(k) == idLen:
		var idk [idLen]byte
		copy(idk[:], k)
		chunks, ok := r.changed[idk]
		if !ok {
			return v, nil
		}
		sum, err := decodeSummary(v)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", keyID(k), err)
		}
		sum.chunks = chunks
		rec := sum.encode()
		if err := readsSummary(rec); err != nil {
			return nil, fmt.Errorf("refusing to store a summary record that does not read back: %w", err)
		}
		return rec, nil
	}
	return v, nil
}
