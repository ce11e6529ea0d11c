// Package store keeps soundbite's articles, speakers, quotes, feeds and
// reading state in one bbolt file.
//
// The file holds these buckets (keys → values):
//
//	meta
//	  app         → "soundbite"        marks the file as ours
//	  schema      → u32                schema version (see migrate.go)
//	  extractor   → u32                extractor version of the store as a whole
//	  articles    → u64                counters, so Counts is O(1);
//	  unread      → u64                  unread and bookmarked since schema 2
//	  bookmarked  → u64
//	  session     → session record     where the reader was when it quit
//	  body_tail   → u32                bytes used in the bodies' last page (body.go)
//	  search      → u32                search.Version of the index; another rebuilds it
//	  saved_searches → strings record  the reader's saved searches, newest first
//	articles      <id>        → summary record   what the list shows, and where the body is
//	bodies        <seq>       → body chunk       flate-compressed text, speakers, quotes
//	read          <id>        → time record      present when read
//	bookmarks     <id>        → time record      present when bookmarked
//	by_date       <date><id>  → ∅                every article
//	unread        <date><id>  → ∅                unread articles (schema 2)
//	bookmarked    <date><id>  → ∅                bookmarked articles
//	by_feed
//	  <feed URL>/                    (bucket sequence = entries)
//	    <date><id> → ∅
//	by_speaker
//	  <speaker key>/                 (bucket sequence = entries)
//	    <date><id> → quote numbers   the article's quotes that are the speaker's
//	speakers      <speaker key>           → aggregate record   an identity's totals (identity.go)
//	speaker_rank  <^quotes><speaker key>  → ∅                  most quoted first
//	aliases
//	  <name form>/
//	    <speaker key> → form flags   the identities known by that form
//	speaker_links <date><id>  → links record     the identity each of the article's speakers joined
//	feeds         <feed URL>  → feed record
//	search_segments  <seg>    → segment record   one search segment's doc and quote tables
//	search_postings
//	  <seg>/                         one bucket per segment, written once in term order
//	    <term> → posting list        the term's documents and positions (package search)
//	search_deleted   <doc>    → ∅                tombstones of documents still in a segment
//
// Encodings: <id> is the article ID's 8 bytes (its 16 hex digits decoded).
// <date> is model.Article.Date in 8 bytes: Unix microseconds, big-endian,
// sign bit flipped, so byte order is time order. <seq> is a big-endian
// counter. <^quotes> is a big-endian complement, so walking forward meets
// the most quoted first. <seg> is a big-endian counter, and <doc> an
// article's number in the search index: the <seq> of its body's first
// chunk, which changes whenever the article does. A speaker key names a
// store-wide identity (identity.go): the model.SpeakerKey of its first
// name, numbered when taken ("kowalski#2"); a name form is a name's core. Integers in meta are big-endian; records start with a
// version byte followed by varint-framed fields (record.go).
//
// Every date-ordered index shares the <date><id> key, so a filter walks its
// most selective index backwards (newest first) and tests the others with
// point lookups (list.go), reading only the summaries it returns. Listing
// never touches bodies; a speaker's quotes are found through by_speaker and
// read from the bodies of just those articles.
//
// The search index (index.go, with package search doing the analysis and
// encodings) is a set of segments: each Put adds one for the articles it
// wrote, in a bucket of its own filled front to back, and tombstones the
// documents it replaced; merges join neighbouring segments and drop
// tombstoned documents, so an import writes new pages rather than
// rewriting a page per term.
//
// Reading state lives apart from articles, so re-importing an article never
// resets it; it goes only when the article is deleted.
package store

import (
	"bytes"
	"compress/flate"
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

// Errors callers branch on. Messages are for logs; main decides the wording
// users see.
var (
	// ErrLocked means another Store (in this or another process) has the
	// file open for writing. The error's message names the file.
	ErrLocked = errors.New("store is locked")
	// ErrNotFound means no article, feed or speaker matches.
	ErrNotFound = errors.New("not found")
	// ErrNotDatabase means the file exists but is not a soundbite store. The
	// file is left as it was.
	ErrNotDatabase = errors.New("not a soundbite database")
	// ErrNewerSchema means the file was written by a newer soundbite.
	ErrNewerSchema = errors.New("store written by a newer soundbite")
	// ErrOlderSchema means a read-only Open met a file that needs a
	// migration, which only a read-write Open may run.
	ErrOlderSchema = errors.New("store needs upgrading")
	// ErrAmbiguous means an ID prefix matches more than one article.
	ErrAmbiguous = errors.New("ambiguous id prefix")
	// ErrExists means a feed with the same URL is already stored.
	ErrExists = errors.New("already exists")
	// ErrDamaged means the file is a bbolt database that has been cut short
	// or overwritten. It is left as it was.
	ErrDamaged = errors.New("store file is damaged")
)

// lockedError names the file whose lock is held, so the message a user sees
// says which store is busy.
type lockedError struct{ path string }

func (e *lockedError) Error() string { return e.path + " is in use by another soundbite" }
func (e *lockedError) Unwrap() error { return ErrLocked }

// Bucket names.
var (
	bucketMeta        = []byte("meta")
	bucketArticles    = []byte("articles")
	bucketBodies      = []byte("bodies")
	bucketRead        = []byte("read")
	bucketBookmarks   = []byte("bookmarks")
	bucketByDate      = []byte("by_date")
	bucketUnread      = []byte("unread")
	bucketBookmarked  = []byte("bookmarked")
	bucketByFeed      = []byte("by_feed")
	bucketBySpeaker   = []byte("by_speaker")
	bucketSpeakers    = []byte("speakers")
	bucketSpeakerRank = []byte("speaker_rank")
	bucketAliases     = []byte("aliases")
	bucketFeeds       = []byte("feeds")
)

// Keys in the meta bucket.
var (
	keyApp        = []byte("app")
	keySchema     = []byte("schema")
	keyExtractor  = []byte("extractor")
	keyArticles   = []byte("articles")
	keyUnread     = []byte("unread")
	keyBookmarked = []byte("bookmarked")
	keySession    = []byte("session")
	keyBodyTail   = []byte("body_tail")
)

// appMarker is meta/app's value: it tells our files from other bbolt files.
const appMarker = "soundbite"

// DefaultTimeout is how long Open waits for another soundbite to let go of
// the file before failing with ErrLocked.
const DefaultTimeout = time.Second

// Options tune Open.
type Options struct {
	// Timeout bounds the wait for the file lock; 0 means DefaultTimeout.
	Timeout time.Duration
	// ReadOnly opens the file with a shared lock: several read-only
	// Stores may share a file, but not with a writer. A missing file is an
	// error rather than created.
	ReadOnly bool
}

// Store is an open soundbite database. Its methods are safe for concurrent
// use; each is one bbolt transaction unless its doc says otherwise.
type Store struct {
	db   *bolt.DB
	path string
	now  func() time.Time

	// Flate state is large (a writer is ~600 KiB) and slow to set up, so
	// a few are kept for reuse: a sync.Pool would drop them at every
	// collection, which an import triggers often.
	writers chan *flate.Writer
	readers chan io.ReadCloser // implementing flate.Resetter
	// Search analysers cache stems; they are kept the same way.
	analyzers chan *search.Analyzer
	// noSearch leaves the search index alone, for benchmarks that
	// measure what it costs.
	noSearch bool
}

// Open opens the store at path, creating it and its parent directory (0700)
// when missing, and upgrading an older schema in place. It refuses, without
// writing a byte, any file that is not a soundbite store (ErrNotDatabase) or
// is from a newer schema (ErrNewerSchema). If another soundbite holds the file
// it waits opts.Timeout and then fails with ErrLocked.
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

func open(path string, opts Options) (*Store, error) {
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

	// Look before writing: a read-write bbolt open may rewrite the
	// freelist of a file that is not ours, so identify the file
	// read-only first and only then open it for writing.
	probe, err := openBolt(path, true, opts.Timeout)
	if err != nil {
		return nil, err
	}
	schema, err := identify(probe)
	if err == nil && opts.ReadOnly && schema == schemaVersion {
		return newStore(probe, path), nil
	}
	if cerr := probe.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close %s: %w", path, cerr)
	}
	switch {
	case err != nil:
		return nil, err
	case schema > schemaVersion:
		return nil, fmt.Errorf("%s has schema %d, this soundbite reads up to %d: %w",
			path, schema, schemaVersion, ErrNewerSchema)
	case opts.ReadOnly && schema == 0:
		return nil, fmt.Errorf("%s is an empty bbolt file: %w", path, ErrNotDatabase)
	case opts.ReadOnly:
		return nil, fmt.Errorf("%s has schema %d, not %d; open it read-write once to upgrade: %w",
			path, schema, schemaVersion, ErrOlderSchema)
	}

	db, err := openBolt(path, false, opts.Timeout)
	if err != nil {
		return nil, err
	}
	// Most opens find the schema current: check in a read transaction, as
	// an empty write one would still sync the file.
	current := false
	err = db.View(func(tx *bolt.Tx) error {
		schema, err := readSchema(tx, path)
		if err == nil && schema == schemaVersion {
			err = checkBuckets(tx, path, buckets())
			// An index made by another analyser version is rebuilt.
			current = err == nil && getU32(tx.Bucket(bucketMeta), keySearch) == search.Version
		}
		return err
	})
	if err == nil && !current {
		err = db.Update(func(tx *bolt.Tx) error { return prepareFile(tx, path) })
	}
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	return newStore(db, path), nil
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
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-*")
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
	err = db.Update(func(tx *bolt.Tx) error { return prepareFile(tx, tmp) })
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
	return &Store{
		db:        db,
		path:      path,
		now:       time.Now,
		writers:   make(chan *flate.Writer, n),
		readers:   make(chan io.ReadCloser, n),
		analyzers: make(chan *search.Analyzer, n),
	}
}

// openBolt opens path with bbolt, turning its lock timeout and format errors
// into ours.
func openBolt(path string, readOnly bool, timeout time.Duration) (*bolt.DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:      timeout,
		ReadOnly:     readOnly,
		FreelistType: bolt.FreelistMapType,
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
	// bbolt falls back to the second meta page when the first is damaged;
	// it sits one page in. Of the meta pages that are whole, the newest
	// (highest transaction) is the one bbolt will use.
	var best *boltMeta
	for _, off := range []int64{0, 4096, int64(os.Getpagesize())} {
		m, ok := readMeta(f, off)
		if ok && (best == nil || m.txid > best.txid) {
			best = &m
		}
	}
	if best == nil {
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

// boltMeta is what checkFile reads of a bbolt meta page.
type boltMeta struct {
	pageSize uint32
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
	return boltMeta{pageSize: pageSize, pgid: ne.Uint64(m[40:]), txid: ne.Uint64(m[48:])}, true
}

// identify returns the schema version of a soundbite file, or
// ErrNotDatabase. A bbolt file without any bucket counts as a fresh store of
// schema 0: it is what a crash between creating the file and writing the
// schema leaves behind.
func identify(db *bolt.DB) (schema int, err error) {
	err = db.View(func(tx *bolt.Tx) error {
		schema, err = readSchema(tx, db.Path())
		if err == nil && schema == schemaVersion {
			err = checkBuckets(tx, db.Path(), buckets())
		}
		return err
	})
	return schema, err
}

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

// Close releases the file. The Store must not be used afterwards.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// view and update run fn in a read or write transaction wrapped in our txn
// helper, adding what was being done to any error.
func (s *Store) view(what string, fn func(t *txn) error) error {
	err := s.db.View(func(tx *bolt.Tx) error { return fn(s.txn(tx)) })
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

func (s *Store) update(what string, fn func(t *txn) error) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		t := s.txn(tx)
		if err := fn(t); err != nil {
			return err
		}
		return t.flush()
	})
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
