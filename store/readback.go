package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// Every record is decoded before it is stored. A record the store wrote
// but could not read would fail every later read that meets it (one
// summary the decoder refused made a whole store unlistable), so an
// encoder's mistake must fail the write instead, while the caller still
// holds the data and can say which article it was.

// putChecked stores rec under key in b once check has read it back.
func putChecked(b *bolt.Bucket, key, rec []byte, what string, check func([]byte) error) error {
	if err := check(rec); err != nil {
		return fmt.Errorf("refusing to store a %s record that does not read back: %w", what, err)
	}
	return b.Put(key, rec)
}

// reads adapts a record decoder to putChecked.
func reads[T any](decode func([]byte) (T, error)) func([]byte) error {
	return func(b []byte) error {
		_, err := decode(b)
		return err
	}
}

// readsSummary checks a summary record strictly: it must decode to the
// same fields, which re-encode to the same bytes, since list, search and
// every read of the article go through it.
func readsSummary(b []byte) error {
	s, err := decodeSummary(b)
	if err != nil {
		return err
	}
	if !bytes.Equal(s.encode(), b) {
		return fmt.Errorf("%w: summary reads back different", errCorrupt)
	}
	return nil
}

// checkBody checks an article's encoded body fields: within what the
// reader will decompress, and decodable.
func checkBody(plain []byte) error {
	if len(plain) > maxBody {
		return fmt.Errorf("article body record is %d bytes, over the %d a store reads", len(plain), maxBody)
	}
	var a model.Article
	if err := decodeBodyFields(plain, bodyV2, &a); err != nil {
		return fmt.Errorf("article body record does not read back: %w", err)
	}
	return nil
}
