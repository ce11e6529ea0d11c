package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestRun checks that every top-level bucket gets a line with its keys
// and value bytes, nested buckets' included, and that the file's size is
// the last line.
func TestRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("quays"))
		if err != nil {
			return err
		}
		for i := range 100 {
			if err := b.Put([]byte{byte(i)}, bytes.Repeat([]byte("x"), 100)); err != nil {
				return err
			}
		}
		child, err := b.CreateBucket([]byte("piers"))
		if err != nil {
			return err
		}
		return child.Put([]byte("a"), []byte("12345"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := run([]string{path}, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var quays []string
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 0 && f[0] == "quays" {
			quays = f
		}
	}
	// keys: 100, the child bucket and its key; values: 100×100 + 5.
	if len(quays) < 4 || quays[1] != "102" || quays[3] != "10005" {
		t.Errorf("quays line = %q, want 102 keys and 10005 value bytes", quays)
	}
	if last := strings.Fields(lines[len(lines)-1]); len(last) == 0 || last[0] != "file" {
		t.Errorf("last line = %q, want the file's size", lines[len(lines)-1])
	}
	if err := run(nil, &out); err == nil {
		t.Error("run without a file succeeded")
	}
}
