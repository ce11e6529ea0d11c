package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"soundbite/search"
)

// Open opens the store at path, creating it and its parent directory (0700)
// when missing, and upgrading an older schema in place. It refuses, without
// writing a byte, any file that is not a soundbite store (ErrNotDatabase),
// is from a newer schema (ErrNewerSchema). If another soundbite holds the
// file it waits opts.Timeout and then fails with ErrLocked.
//
// A damaged page makes a read that meets it fail with ErrDamaged, and
// before its first write (an upgrade at Open included) a Store walks
// every page of the file and refuses to write to a damaged one
// (damage.go).
//
// With opts.ReadOnly the file is only read: it may be read-only to this
// user, is never created or upgraded, and writes fail.
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	path = filepath.Clean(path)
	s, err := open(path, opts)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return s, nil
}

// open looks at the file once, read-only (a read-write bbolt open may
// rewrite the freelist of a file that is not ours), and decides from that
// one inspection whether to refuse it, serve it read-only, or open it for
// writing and prepare it.
func open(path string, opts Options) (*Store, error) {
	if !opts.ReadOnly {
		removeStaleTemps(path)
	}
	exists, err := checkFile(path)
	if err != nil {
		return nil, err
	}
	if !exists {
		if opts.ReadOnly {
			return nil, fmt.Errorf("%s: %w", path, fs.ErrNotExist)
		}
		if err := create(path); err != nil {
			return nil, err
		}
	}
	var probe *bolt.DB
	err = guard(path, func() (err error) { probe, err = openBolt(path, true, opts.Timeout); return err })
	if err != nil {
		return nil, err
	}
	var st fileState
	err = guard(path, func() error {
		return probe.View(func(tx *bolt.Tx) (err error) { st, err = inspect(tx, path); return err })
	})
	if err == nil && opts.ReadOnly {
		if st.schema == schemaVersion && !st.pending {
			s := newStore(probe, path)
			s.pend.count.Store(0)
			return s, nil
		}
		err = st.refuseReadOnly(path)
	}
	switch {
	case err != nil:
	case !st.current():
		// Preparing writes: look at every page first, while the
		// probe's shared lock keeps writers out.
		err = checkDamage(path)
	default:
		err = checkFreelist(path)
	}
	if cerr := probe.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", path, cerr)
	}
	if err != nil {
		return nil, err
	}
	var db *bolt.DB
	// bbolt reads the freelist here, and panics on a damaged one.
	err = guard(path, func() (err error) { db, err = openBolt(path, false, opts.Timeout); return err })
	if err != nil {
		return nil, err
	}
	s := newStore(db, path)
	if !st.current() {
		s.checked.Store(true)
		err = guard(path, func() error { return db.Update(func(tx *bolt.Tx) error { return prepareFile(tx, path, st) }) })
	}
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	s.pend.count.Store(0) // prepareFile folded any log
	return s, nil
}

// fileState is what open learns of a file in one read transaction.
type fileState struct {
	schema  int  // 0: an empty bbolt file, as a crash while creating leaves
	search  bool // the search index is this analyser version's
	pending bool // the speaker log holds what a killed import left
}

// current reports whether the file needs no preparing.
func (st fileState) current() bool { return st.schema == schemaVersion && st.search && !st.pending }

// inspect reads a file's schema and checks it has its schema's buckets. It
// is the one place a file is refused for what it holds.
func inspect(tx *bolt.Tx, path string) (fileState, error) {
	schema, err := readSchema(tx, path)
	if err != nil {
		return fileState{}, err
	}
	st := fileState{schema: schema}
	switch {
	case schema > schemaVersion:
		return st, fmt.Errorf("%s has schema %d, this soundbite reads up to %d: %w",
			path, schema, schemaVersion, ErrNewerSchema)
	case schema == schemaVersion:
		st.search = getU32(tx.Bucket(bucketMeta), keySearch) == search.Version
		if err := checkBuckets(tx, path, buckets()); err != nil {
			return st, err
		}
		k, _ := tx.Bucket(bucketSpeakerPending).Cursor().First()
		st.pending = k != nil
		return st, nil
	case schema > 0:
		return st, checkBuckets(tx, path, schema1Buckets())
	}
	return st, nil
}

// refuseReadOnly says why a file that needs preparing cannot be served
// read-only.
func (st fileState) refuseReadOnly(path string) error {
	if st.schema == 0 {
		return fmt.Errorf("%s is an empty bbolt file: %w", path, ErrNotDatabase)
	}
	if st.schema == schemaVersion {
		return fmt.Errorf("%s holds the speakers of an import cut short; open it read-write once to finish: %w",
			path, ErrOlderSchema)
	}
	return fmt.Errorf("%s has schema %d, not %d; open it read-write once to upgrade: %w",
		path, st.schema, schemaVersion, ErrOlderSchema)
}

// create makes a new, empty store at path, creating its directory (0700).
// It builds the store under a temporary name and links it into place, so
// a crash never leaves a half-made file at path (bbolt writes a new file's
// first pages after creating it, and Open refuses an empty file), and a
// store another soundbite created meanwhile is never replaced.
func create(path string) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create directory for %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, tempPattern(path))
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // once linked, path keeps the file
	if err := f.Close(); err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	db, err := openBolt(tmp, false, DefaultTimeout)
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error { return prepareFile(tx, tmp, fileState{}) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	switch err := os.Link(tmp, path); {
	case errors.Is(err, fs.ErrExist):
		return nil // another soundbite won the race: open its store
	case err != nil:
		// No hard links on this file system: rename, which could replace
		// a store created in the last instant, so look first.
		if _, serr := os.Lstat(path); serr == nil {
			return nil
		}
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("create %s: %w", path, err)
		}
	}
	return syncDir(dir)
}

// syncDir makes a new directory entry durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	// Some systems cannot sync a directory; the entry is then as durable
	// as they make it.
	_ = d.Sync()
	return nil
}

func newStore(db *bolt.DB, path string) *Store {
	n := runtime.GOMAXPROCS(0)
	s := &Store{
		db:        db,
		path:      path,
		now:       time.Now,
		readers:   make(chan io.ReadCloser, n),
		analyzers: make(chan *search.Analyzer, n),
		spares:    make(chan search.Spare, maxSpares),
		dictAfter: dictAfter,
		foldAfter: foldAfter,
		foldChunk: foldChunk,
	}
	s.pend.count.Store(-1) // not known until a write transaction looks
	return s
}

// openBolt opens path with bbolt, turning its lock timeout and format errors
// into ours.
func openBolt(path string, readOnly bool, timeout time.Duration) (*bolt.DB, error) {
	return openBoltMapped(path, readOnly, timeout, 0)
}

// openBoltMapped is openBolt with the file mapped mmapSize bytes (rounded
// up as bbolt rounds) from the start, or as bbolt chooses for 0.
func openBoltMapped(path string, readOnly bool, timeout time.Duration, mmapSize int) (*bolt.DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:         timeout,
		ReadOnly:        readOnly,
		InitialMmapSize: mmapSize,
		// The array freelist hands out the lowest free pages first, so
		// the pages every batch rewrites (index tails, branch pages)
		// land near each other, and the next batch's reads of them map
		// few 64 KiB fault-around windows (mapped.go). The map freelist
		// hands out free pages in the order of a Go map, that is
		// anywhere in the file: at 100,000 articles an import's peak
		// of mapped pages was about twice as high with it.
		FreelistType: bolt.FreelistArrayType,
	})
	switch {
	case err == nil:
		// bbolt grows the file 16 MiB at a time by default; a store
		// holds about 3 KiB an article, so grow it in smaller steps.
		db.AllocSize = allocSize
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, &lockedError{path: path}
	}
	// Errors from the file system keep their identity; anything else is
	// bbolt refusing the file's contents.
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return nil, fmt.Errorf("%s: %v: %w", path, err, ErrNotDatabase)
}

// allocSize is how much the file grows at a time.
const allocSize = 4 << 20

// boltMagic and boltVersion open every bbolt meta page, after the 16-byte
// page header, in the machine's byte order.
const (
	boltMagic   = 0xED0CDAED
	boltVersion = 2
)

// checkFile reports whether path exists and, if it does, refuses files that
// cannot be bbolt databases. bbolt would initialise an empty file in place,
// so an empty file must be turned away here, before bbolt sees it.
func checkFile(path string) (exists bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return true, fmt.Errorf("stat %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return true, fmt.Errorf("%s is not a regular file: %w", path, ErrNotDatabase)
	}
	best, ok := newestMeta(f)
	if !ok {
		return true, fmt.Errorf("%s: %w", path, ErrNotDatabase)
	}
	// A file cut short (a failed copy, a full disk) holds fewer pages than
	// its meta page says were written; bbolt would fault reading past the
	// end of its map, so refuse it here with a message a person can act on.
	if need := int64(best.pgid) * int64(best.pageSize); info.Size() < need {
		return true, fmt.Errorf("%s is %d bytes but its last commit needs %d: %w",
			path, info.Size(), need, ErrDamaged)
	}
	return true, nil
}

// newestMeta returns the meta page bbolt will use: it falls back to the
// second meta page, one page in, when the first is damaged, and of the
// meta pages that are whole the newest (highest transaction) wins.
func newestMeta(f *os.File) (boltMeta, bool) {
	var best boltMeta
	found := false
	for _, off := range []int64{0, 4096, int64(os.Getpagesize())} {
		m, ok := readMeta(f, off)
		if ok && (!found || m.txid > best.txid) {
			best, found = m, true
		}
	}
	return best, found
}

// boltMeta is what checkFile reads of a bbolt meta page.
type boltMeta struct {
	pageSize uint32
	root     uint64 // the root bucket's page
	freelist uint64 // the freelist's page
	pgid     uint64 // high-water mark: pages the file must hold
	txid     uint64
}

// readMeta reads the meta page at off and reports whether it is a whole
// bbolt meta page: right magic and version, a sane page size and a matching
// checksum. The layout, after a 16-byte page header, in the machine's byte
// order: magic u32, version u32, page size u32, flags u32, root bucket
// (2 × u64), freelist u64, pgid u64, txid u64, checksum u64 (FNV-64a of all
// that precedes it).
func readMeta(f *os.File, off int64) (boltMeta, bool) {
	const hdr, size = 16, 64
	var b [hdr + size]byte
	if _, err := f.ReadAt(b[:], off); err != nil {
		return boltMeta{}, false
	}
	m := b[hdr:]
	ne := binary.NativeEndian
	pageSize := ne.Uint32(m[8:])
	if ne.Uint32(m[0:]) != boltMagic || ne.Uint32(m[4:]) != boltVersion ||
		pageSize < 512 || pageSize&(pageSize-1) != 0 || int64(pageSize) != off && off != 0 {
		return boltMeta{}, false
	}
	sum := fnv.New64a()
	sum.Write(m[:56])
	if sum.Sum64() != ne.Uint64(m[56:]) {
		return boltMeta{}, false
	}
	return boltMeta{pageSize: pageSize, root: ne.Uint64(m[16:]), freelist: ne.Uint64(m[32:]),
		pgid: ne.Uint64(m[40:]), txid: ne.Uint64(m[48:])}, true
}

// identify returns the schema version of a soundbite file, or
// ErrNotDatabase. A bbolt file without any bucket counts as a fresh store of
// schema 0: it is what a crash between creating the file and writing the
// schema leaves behind.

// readSchema reads the schema version, 0 for a bbolt file without buckets.
func readSchema(tx *bolt.Tx, path string) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		empty := true
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
		if empty {
			return 0, nil
		}
		return 0, fmt.Errorf("%s holds another program's data: %w", path, ErrNotDatabase)
	}
	if !bytes.Equal(meta.Get(keyApp), []byte(appMarker)) {
		return 0, fmt.Errorf("%s holds another program's data: %w", path, ErrNotDatabase)
	}
	v := meta.Get(keySchema)
	if len(v) != 4 {
		return 0, fmt.Errorf("%s: schema version is %d bytes: %w", path, len(v), ErrNotDatabase)
	}
	return int(binary.BigEndian.Uint32(v)), nil
}
