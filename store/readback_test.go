package store

import (
	"errors"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestPutCheckedRefuses stores a record its decoder refuses: the write
// fails, naming the record, and nothing is stored.
func TestPutCheckedRefuses(t *testing.T) {
	s := openTemp(t)
	refuse := func([]byte) error { return errCorrupt }
	err := s.update("test", func(t *txn) error {
		return putChecked(t.b(bucketFeeds), []byte("k"), []byte("v"), "feed", refuse)
	})
	if !errors.Is(err, errCorrupt) || !strings.Contains(err.Error(), "feed record that does not read back") {
		t.Errorf("putChecked of an unreadable record = %v", err)
	}
	_ = s.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketFeeds).Get([]byte("k")) != nil {
			t.Error("the unreadable record was stored")
		}
		return nil
	})
	// What the real checkers refuse.
	if err := readsSummary([]byte{summaryV1, 1, 2}); err == nil {
		t.Error("readsSummary accepted a cut summary")
	}
	if err := checkBody(make([]byte, maxBody+1)); err == nil {
		t.Error("checkBody accepted a body larger than a store reads")
	}
	if err := checkBody([]byte{0xff}); err == nil {
		t.Error("checkBody accepted a body that does not decode")
	}
}
