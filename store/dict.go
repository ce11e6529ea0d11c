package store

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// Body dictionaries (schema 5). A dictionary is raw content that zstd
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
// deleted: each body record says which one it needs. Every later body
// then depends on it, as every article depends on the file's root pages:
// a damaged dictionary page makes those bodies unreadable, and repair
// cannot recover their articles.
const (
	dictAfter  = 500
	dictBytes  = 128 << 10
	dictSample = 16 << 10 // at most this much of one body, so one long body cannot be the whole sample
	maxDictID  = 1 << 30
	dictV1     = 1 // a dictionary record: this byte, then the raw content
)

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
		// Records are checked as they are written (compress) and read
		// by decoders that check their framing; four bytes an article
		// of checksum would buy little.
		zstd.WithEncoderCRC(false),
		zstd.WithLowerEncoderMem(true),
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

// dict is the transaction's dictLoader.
func (t *txn) dict(id uint32) ([]byte, error) {
	v := t.b(bucketBodyDicts).Get(dictKey(id))
	if len(v) < 1 || v[0] != dictV1 {
		return nil, fmt.Errorf("%w: body dictionary %d missing or damaged", errCorrupt, id)
	}
	return append([]byte(nil), v[1:]...), nil
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
	if err := dicts.Put(dictKey(id), append([]byte{dictV1}, content...)); err != nil {
		return err
	}
	return putU32(meta, keyBodyDict, id)
}
