package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

func TestOpenCreatesMissingDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state", "soundbite")
	path := filepath.Join(dir, "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Path() != path {
		t.Errorf("Path = %q, want %q", s.Path(), path)
	}
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o700 {
		t.Errorf("directory mode %v, want 0700", perm)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("file: %v, %v; want mode 0600", info, err)
	}
}

func TestSecondOpenFailsWithErrLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	timeouts := []time.Duration{200 * time.Millisecond}
	if !testing.Short() {
		timeouts = append(timeouts, 0) // the default second
	}
	for _, timeout := range timeouts {
		for _, readOnly := range []bool{false, true} {
			start := time.Now()
			s2, err := Open(path, Options{Timeout: timeout, ReadOnly: readOnly})
			waited := time.Since(start)
			if err == nil {
				s2.Close()
				t.Fatalf("second Open (read-only %v) succeeded", readOnly)
			}
			if !errors.Is(err, ErrLocked) {
				t.Fatalf("second Open error = %v, want ErrLocked", err)
			}
			if want := path + " is in use by another soundbite"; !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not say %q", err, want)
			}
			// It waits about the timeout (bbolt polls the lock every 50ms
			// and gives up up to one poll early), and not for ever: loose
			// bounds, as the machine may be busy.
			want := timeout
			if want == 0 {
				want = DefaultTimeout
			}
			if waited < want-100*time.Millisecond || waited > want+5*time.Second {
				t.Errorf("failed after %v, want about %v", waited, want)
			}
		}
	}
}

func TestReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open of a missing file = %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open created the file")
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, corpus()...)
	s.Close()

	// Readers share the file.
	r1, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	if c, err := r2.Counts(); err != nil || c.Articles != 4 {
		t.Errorf("Counts = %+v, %v", c, err)
	}
	if err := r1.SetRead(corpus()[0].ID, true); err == nil {
		t.Error("SetRead on a read-only store succeeded")
	}
}

func TestNotDatabaseLeftUntouched(t *testing.T) {
	random := make([]byte, 3*4096+17)
	rand.New(rand.NewSource(1)).Read(random)
	tests := []struct {
		name  string
		write func(t *testing.T, path string)
	}{
		{"empty file", func(t *testing.T, path string) { writeFile(t, path, nil) }},
		{"text file", func(t *testing.T, path string) {
			writeFile(t, path, []byte(strings.Repeat("Dear diary, the harbour was quiet today.\n", 200)))
		}},
		{"short text", func(t *testing.T, path string) { writeFile(t, path, []byte("hi\n")) }},
		{"random bytes", func(t *testing.T, path string) { writeFile(t, path, random) }},
		{"bbolt magic then garbage", func(t *testing.T, path string) {
			b := make([]byte, 8192)
			binary.NativeEndian.PutUint32(b[16:], boltMagic)
			binary.NativeEndian.PutUint32(b[20:], boltVersion)
			writeFile(t, path, b)
		}},
		{"bbolt header with a bad checksum", func(t *testing.T, path string) {
			b := make([]byte, 4*4096)
			for _, off := range []int{0, 4096} {
				binary.NativeEndian.PutUint32(b[off+16:], boltMagic)
				binary.NativeEndian.PutUint32(b[off+20:], boltVersion)
				binary.NativeEndian.PutUint32(b[off+24:], 4096)
			}
			writeFile(t, path, b)
		}},
		{"another program's bbolt file", func(t *testing.T, path string) {
			writeBolt(t, path, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket([]byte("widgets"))
				if err != nil {
					return err
				}
				return b.Put([]byte("sprocket"), []byte("42"))
			})
		}},
		{"bbolt file with a foreign meta bucket", func(t *testing.T, path string) {
			writeBolt(t, path, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket(bucketMeta)
				if err != nil {
					return err
				}
				return b.Put(keySchema, []byte{0, 0, 0, 1})
			})
		}},
		{"unsynced-freelist bbolt file", func(t *testing.T, path string) {
			// bbolt rewrites such a file's freelist when it opens it for
			// writing: Open must look before it does.
			db, err := bolt.Open(path, 0o600, &bolt.Options{NoFreelistSync: true})
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Update(func(tx *bolt.Tx) error {
				_, err := tx.CreateBucket([]byte("other"))
				return err
			}); err != nil {
				t.Fatal(err)
			}
			db.Close()
		}},
	}
	for _, tt := range tests {
		for _, readOnly := range []bool{false, true} {
			t.Run(tt.name, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "soundbite.db")
				tt.write(t, path)
				before := fileBytes(t, path)
				s, err := Open(path, Options{ReadOnly: readOnly, Timeout: 100 * time.Millisecond})
				if err == nil {
					s.Close()
					t.Fatal("Open succeeded")
				}
				if !errors.Is(err, ErrNotDatabase) {
					t.Errorf("Open error = %v, want ErrNotDatabase", err)
				}
				sameBytes(t, path, before)
			})
		}
	}
}

// TestBareBoltFileIsInitialised covers the file a crash between bbolt
// creating it and the schema being written leaves: no buckets at all.
func TestBareBoltFileIsInitialised(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	writeBolt(t, path, func(*bolt.Tx) error { return nil })
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustPut(t, s, corpus()[0])
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, corpus()...)
	s.Close()
	setSchema(t, path, schemaVersion+1)
	before := fileBytes(t, path)
	for _, readOnly := range []bool{false, true} {
		_, err := Open(path, Options{ReadOnly: readOnly})
		if !errors.Is(err, ErrNewerSchema) {
			t.Errorf("Open (read-only %v) error = %v, want ErrNewerSchema", readOnly, err)
		}
		if err != nil && !strings.Contains(err.Error(), fmt.Sprintf("schema %d", schemaVersion+1)) {
			t.Errorf("error %q does not name the file's schema", err)
		}
	}
	sameBytes(t, path, before)
}

func TestMigrationsAreOrdered(t *testing.T) {
	prev := 1
	for _, m := range migrations() {
		if m.to != prev+1 {
			t.Errorf("migration to %d follows schema %d", m.to, prev)
		}
		prev = m.to
	}
	if prev != schemaVersion {
		t.Errorf("migrations end at schema %d, schemaVersion is %d", prev, schemaVersion)
	}
}

// TestMigrateV1 builds a schema 1 file (schema 2 without the unread index
// and the unread and bookmarked counters) and opens it.
func TestMigrateV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := corpus()
	mustPut(t, s, arts...)
	for _, id := range []model.ID{arts[0].ID, arts[3].ID} {
		if err := s.SetRead(id, true); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetBookmarked(arts[1].ID, true); err != nil {
		t.Fatal(err)
	}
	wantUnread, _ := s.List(model.Filter{Unread: true}, 0, 0)
	s.Close()

	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketUnread); err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		for _, k := range [][]byte{keyUnread, keyBookmarked} {
			if err := meta.Delete(k); err != nil {
				return err
			}
		}
		return putU32(meta, keySchema, 1)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	s = openMigrated(t, path)
	if c, _ := s.Counts(); c != (model.Counts{Articles: 4, Unread: 2, Bookmarked: 1}) {
		t.Errorf("Counts after migration = %+v", c)
	}
	gotUnread, err := s.List(model.Filter{Unread: true}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(gotUnread), ids(wantUnread); len(got) != 2 || !slices.Equal(got, want) {
		t.Errorf("unread after migration = %v, want %v", got, want)
	}
	verify(t, s)
}

func TestDamagedStoreRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	writeBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketByDate) })
	before := fileBytes(t, path)
	if _, err := Open(path, Options{}); !errors.Is(err, ErrNotDatabase) {
		t.Errorf("Open of a store missing a bucket = %v, want ErrNotDatabase", err)
	}
	sameBytes(t, path, before)
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// writeBolt opens path with plain bbolt and runs fn in a write transaction.
func writeBolt(t *testing.T, path string, fn func(*bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func setSchema(t *testing.T, path string, v uint32) {
	t.Helper()
	writeBolt(t, path, func(tx *bolt.Tx) error { return putU32(tx.Bucket(bucketMeta), keySchema, v) })
}

func readSchemaOf(t *testing.T, s *Store) int {
	t.Helper()
	var v int
	_ = s.db.View(func(tx *bolt.Tx) error {
		v = int(getU32(tx.Bucket(bucketMeta), keySchema))
		return nil
	})
	return v
}

func TestCreateLeavesOnlyTheStore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, corpus()[0])
	s.Close()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "soundbite.db" {
		t.Errorf("directory holds %v, want only the store", entries)
	}
	// A store that appeared while another soundbite was creating one is
	// opened, never replaced.
	if err := create(path); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ok, _ := s.Has(corpus()[0].ID); !ok {
		t.Error("create replaced an existing store")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("directory holds %v after a lost race", entries)
	}
}

// TestTruncatedStoreRefused cuts a store short, as a failed copy or a full
// disk would, and checks that Open says so instead of letting bbolt fault
// reading past the end of the file, and leaves the bytes alone.
func TestTruncatedStoreRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var batch []model.Article
	for i := range 400 {
		batch = append(batch, art(fmt.Sprintf("Harbour story %d", i), "", day(1+i%28), vellacourt, draycott))
	}
	mustPut(t, s, batch...)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int64{32768, info.Size() / 2} {
		if err := os.Truncate(path, size); err != nil {
			t.Fatal(err)
		}
		before := fileBytes(t, path)
		_, err := Open(path, Options{})
		if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path) {
			t.Errorf("Open of a store cut to %d bytes = %v, want ErrDamaged naming the file", size, err)
		}
		sameBytes(t, path, before)
	}
}

// TestReadOnlyFile opens a store the user may not write, in a directory
// the user may not write: a read-only Open lists, reads and searches it
// and changes nothing, not even the file's time.
func TestReadOnlyFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	path := filepath.Join(dir, "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, corpus()...)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
	before := fileBytes(t, path)
	info, _ := os.Stat(path)

	r, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	sums, err := r.List(model.Filter{}, 0, 0)
	if err != nil || len(sums) != len(corpus()) {
		t.Errorf("List = %d articles, %v", len(sums), err)
	}
	if _, err := r.Get(corpus()[0].ID); err != nil {
		t.Errorf("Get: %v", err)
	}
	if got := find(t, r, "harbour"); len(got) == 0 {
		t.Error("search found nothing")
	}
	if err := r.SetRead(corpus()[0].ID, true); err == nil {
		t.Error("SetRead on a read-only store succeeded")
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	sameBytes(t, path, before)
	if after, _ := os.Stat(path); !after.ModTime().Equal(info.ModTime()) {
		t.Error("a read-only open touched the file's time")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the directory holds %d entries after a read-only open, want the store alone", len(entries))
	}
	if os.Geteuid() != 0 { // permissions do not bind root
		if _, err := Open(path, Options{}); err == nil || !errors.Is(err, fs.ErrPermission) {
			t.Errorf("read-write Open of a read-only file = %v, want a permission error", err)
		}
	}
}

// TestOpenInspectsOnce checks that the newer-schema refusal and the
// bucket checks come from the one inspection, read-only or not.
func TestOpenInspectsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	setSchema(t, path, schemaVersion+1)
	before := fileBytes(t, path)
	for _, opts := range []Options{{}, {ReadOnly: true}} {
		_, err := Open(path, opts)
		if !errors.Is(err, ErrNewerSchema) || strings.Count(err.Error(), "reads up to") != 1 {
			t.Errorf("Open(%+v) of a newer store = %v", opts, err)
		}
	}
	sameBytes(t, path, before)
}
