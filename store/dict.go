package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// Body dictionaries (schema 6). A dictionary is raw content that zstd
// treats as text already seen before each body it compresses: a sample
// of the store's own body records, so it holds the names, phrasing and
// record framing of what this store's user reads, whatever the language
// or source, and needs no training (a trained dictionary, which
// klauspost/compress can build, took seconds of CPU to build, and on real
// news compressed about as well as raw content of twice its size). A
// dictionary embedded in the binary would have to be built from some
// corpus of news we may ship, and would fit that corpus rather than the
// user's.
//
// A store compresses bodies without a dictionary until it holds
// dictAfter articles; the next Put then samples dictBytes of its bodies
// into a dictionary, stores it in body_dicts under the next number and
// names it in meta/body_dict, and compresses every later body with it;
// compaction gives one to a store that has enough bodies and none yet,
// and rewrites the bodies without it. A dictionary is never changed or
// deleted: each body record says which one it needs.
//
// Every later body depends on its dictionary, where each body used to
// stand alone, so a dictionary is stored twice, in body_dicts and in
// body_dict_copies, whose pages are apart, each record with a hash of
// its content: a read that finds one copy damaged reads the other, and a
// body is never decompressed with a wrong dictionary.
const (
	dictAfter   = 500
	dictBytes   = 128 << 10
	dictSample  = 16 << 10 // at most this much of one body, so one long body cannot be the whole sample
	maxDictID   = 1 << 30
	dictV1      = 1 // a dictionary record: this byte, dictHashLen bytes of the content's SHA-256, the content
	dictHashLen = 8
	bodyWindow  = 512 << 10 // the encoders' window; see newBodyCodec
)

// dictRecord is the record of a dictionary's content.
func dictRecord(content []byte) []byte {
	h := sha256.Sum256(content)
	rec := append([]byte{dictV1}, h[:dictHashLen]...)
	return append(rec, content...)
}

// dictContent returns the content of a dictionary record, copied, if the
// record is whole.
func dictContent(rec []byte) ([]byte, bool) {
	if len(rec) < 1+dictHashLen || rec[0] != dictV1 {
		return nil, false
	}
	content := rec[1+dictHashLen:]
	h := sha256.Sum256(content)
	if !bytes.Equal(h[:dictHashLen], rec[1:1+dictHashLen]) {
		return nil, false
	}
	return bytes.Clone(content), true
}

// dictKey is a dictionary's key in body_dicts.
func dictKey(id uint32) []byte { return binary.BigEndian.AppendUint32(nil, id) }

// dictLoader returns the content of dictionary id as stored, copied out
// of any transaction.
type dictLoader func(id uint32) ([]byte, error)

// bodyCodec compresses and decompresses bodies with one dictionary (none
// for id 0). Its encoder and decoder are safe for concurrent use.
type bodyCodec struct {
	id  uint32
	enc *zstd.Encoder
	dec *zstd.Decoder
}

// bodyCodecs holds a Store's codecs, built on first use: an encoder with
// its dictionary loaded costs some hundred KiB and a millisecond.
type bodyCodecs struct {
	mu   sync.Mutex
	byID map[uint32]*bodyCodec
}

// codec returns the codec of dictionary id, loading the dictionary with
// load the first time.
func (s *Store) codec(id uint32, load dictLoader) (*bodyCodec, error) {
	s.codecs.mu.Lock()
	defer s.codecs.mu.Unlock()
	if c, ok := s.codecs.byID[id]; ok {
		return c, nil
	}
	var content []byte
	if id != 0 {
		if load == nil {
			return nil, fmt.Errorf("%w: body dictionary %d not loaded", errCorrupt, id)
		}
		var err error
		if content, err = load(id); err != nil {
			return nil, err
		}
	}
	c, err := newBodyCodec(id, content)
	if err != nil {
		return nil, err
	}
	if s.codecs.byID == nil {
		s.codecs.byID = map[uint32]*bodyCodec{}
	}
	s.codecs.byID[id] = c
	return c, nil
}

func newBodyCodec(id uint32, content []byte) (*bodyCodec, error) {
	n := runtime.GOMAXPROCS(0)
	eopts := []zstd.EOption{
		zstd.WithEncoderLevel(zstd.SpeedFastest),
		zstd.WithEncoderConcurrency(n),
		// Records are checked as they are written (compress); the
		// frame's checksum, four bytes an article, catches a body
		// damaged on disk, which would otherwise decompress to
		// garbage.
		zstd.WithEncoderCRC(true),
		zstd.WithLowerEncoderMem(true),
		// Each encoder keeps a history of its window, 4 MiB at this
		// level by default, and a store holds two codecs (bodies
		// before and after the dictionary) of GOMAXPROCS encoders
		// each: some 17 MB of an import's live heap of 38. A body is
		// a few KiB and the dictionary 128 KiB, so a smaller window
		// changes no frame of a body under it (its header names a
		// window from the body's size), and a longer body is only
		// matched against its last bodyWindow bytes.
		zstd.WithWindowSize(bodyWindow),
	}
	dopts := []zstd.DOption{
		zstd.WithDecoderConcurrency(n),
		zstd.WithDecoderMaxMemory(maxBody),
		zstd.WithDecoderLowmem(true),
	}
	if id != 0 {
		eopts = append(eopts, zstd.WithEncoderDictRaw(id, content))
		dopts = append(dopts, zstd.WithDecoderDictRaw(id, content))
	}
	enc, err := zstd.NewWriter(nil, eopts...)
	if err != nil {
		return nil, fmt.Errorf("body dictionary %d: %w", id, err)
	}
	dec, err := zstd.NewReader(nil, dopts...)
	if err != nil {
		return nil, fmt.Errorf("body dictionary %d: %w", id, err)
	}
	return &bodyCodec{id: id, enc: enc, dec: dec}, nil
}

// dict is the transaction's dictLoader: the first whole copy of
// dictionary id.
func (t *txn) dict(id uint32) ([]byte, error) {
	for _, bucket := range [][]byte{bucketBodyDicts, bucketBodyDictCopies} {
		if content, ok := t.dictFrom(bucket, id); ok {
			return content, nil
		}
	}
	return nil, fmt.Errorf("%w: body dictionary %d missing or damaged", errCorrupt, id)
}

// dictFrom reads dictionary id from one bucket. A damaged page makes
// bbolt panic: that copy is then unreadable, the other may not be, and
// the Store writes no more to the file.
func (t *txn) dictFrom(bucket []byte, id uint32) (content []byte, ok bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			t.s.damaged.Store(true)
			content, ok = nil, false
		}
	}()
	b := t.tx.Bucket(bucket)
	if b == nil {
		return nil, false
	}
	return dictContent(b.Get(dictKey(id)))
}

// loadDict is a dictLoader for bodies copied out of their transaction.
func (s *Store) loadDict(id uint32) (content []byte, err error) {
	err = s.view("read body dictionary", func(t *txn) error {
		content, err = t.dict(id)
		return err
	})
	return content, err
}

// bodyCodec returns the codec new bodies are compressed with, and whether
// the store has grown enough to be given a dictionary (buildDict).
func (t *txn) bodyCodec() (c *bodyCodec, wantDict bool, err error) {
	meta := t.b(bucketMeta)
	id := getU32(meta, keyBodyDict)
	if c, err = t.s.codec(id, t.dict); err != nil {
		return nil, false, err
	}
	return c, id == 0 && getU64(meta, keyArticles) >= uint64(t.s.dictAfter), nil
}

// buildDict gives the store its body dictionary, when it has none yet,
// from a sample of its bodies: whole records but for the last
// dictSample bytes of long ones, walking the articles in ID order, which
// is no order of time, feed or topic.
func (t *txn) buildDict() error {
	meta := t.b(bucketMeta)
	if getU32(meta, keyBodyDict) != 0 {
		return nil // another Put was first
	}
	var content []byte
	c := t.b(bucketArticles).Cursor()
	for k, v := c.First(); k != nil && len(content) < dictBytes; k, v = c.Next() {
		s, err := decodeSummary(v)
		if err != nil {
			return fmt.Errorf("article %s: %w", keyID(k), err)
		}
		plain, _, err := t.body(&s)
		if err != nil {
			return fmt.Errorf("article %s: %w", keyID(k), err)
		}
		content = append(content, plain[max(0, len(plain)-dictSample):]...)
	}
	// zstd finds matches nearest the end of a dictionary cheapest: keep
	// the last dictBytes.
	content = content[max(0, len(content)-dictBytes):]
	if len(content) < 8 {
		return nil // too little text to be worth it
	}
	dicts := t.b(bucketBodyDicts)
	seq, err := dicts.NextSequence()
	if err != nil {
		return err
	}
	if seq > maxDictID {
		return fmt.Errorf("%w: body dictionary numbers exhausted", errCorrupt)
	}
	id := uint32(seq)
	// Check it builds before naming it, so a store never names a
	// dictionary it cannot use.
	if _, err := newBodyCodec(id, content); err != nil {
		return err
	}
	rec := dictRecord(content)
	if err := dicts.Put(dictKey(id), rec); err != nil {
		return err
	}
	if err := t.b(bucketBodyDictCopies).Put(dictKey(id), bytes.Clone(rec)); err != nil {
		return err
	}
	return putU32(meta, keyBodyDict, id)
}
