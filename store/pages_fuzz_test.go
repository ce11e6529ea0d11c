package store

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// FuzzPageWalk feeds the page walk files of any bytes: it reads files
// bbolt would panic on, so it must report, never panic. Seeds are small
// real bbolt files (512-byte pages) with nested and inline buckets.
func FuzzPageWalk(f *testing.F) {
	for _, n := range []int{0, 3, 12} {
		path := filepath.Join(f.TempDir(), "seed.db")
		db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: 512})
		if err != nil {
			f.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("articles"))
			if err != nil {
				return err
			}
			nested, err := tx.CreateBucketIfNotExists([]byte("by_feed"))
			if err != nil {
				return err
			}
			for i := range n {
				k := binary.BigEndian.AppendUint64(nil, uint64(i))
				if err := b.Put(k, bytes.Repeat([]byte{byte(i)}, 40)); err != nil {
					return err
				}
				sub, err := nested.CreateBucketIfNotExists([]byte{byte('a' + i%5)})
				if err != nil {
					return err
				}
				if err := sub.Put(k, nil); err != nil {
					return err
				}
			}
			return nil
		})
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			f.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		file, _ := os.Open(path)
		m, _ := newestMeta(file)
		file.Close()
		f.Add(b[:min(len(b), int(m.pgid)*512)], m.root, m.freelist)
	}
	f.Fuzz(func(t *testing.T, data []byte, root, freelist uint64) {
		m := boltMeta{pageSize: 512, root: root, freelist: freelist, pgid: uint64(len(data) / 512)}
		w := &pageWalk{
			collect: map[string]func([]byte){"articles": func([]byte) {}},
			orphan:  func(_, _ []byte) {},
		}
		_, _ = walkPages(bytes.NewReader(data), m, w, false)
	})
}
