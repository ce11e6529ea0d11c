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
//	  speaker_fold → u64, key          a fold of speaker_pending under way (pending.go)
//	articles      <id>        → summary record   what the list shows, and where the body is
//	bodies        <seq>       → body chunk       compressed text, speakers, quotes
//	body_dicts    <dict>      → dictionary       raw zstd dictionaries bodies name (schema 6)
//	body_dict_copies <dict>   → dictionary       the same again, on other pages (dict.go)
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
//	    <speaker key> → form flags   the identities known by that form (initials run together from schema 8)
//	speaker_links <date><id>  → links record     the identity each of the article's speakers joined
//	speaker_pending p<seq>    → pending record   what an article adds to by_speaker, speakers and
//	                                               speaker_rank, until folded into them (schema 7; pending.go)
//	feeds         <feed URL>  → feed record
//	removed
//	  <feed URL>/                    feed items deleted here (schema 5; removed.go)
//	    <id> → removal record        when removed, when the feed last listed it
//	search_segments  <seg>    → segment record   one search segment's doc and quote tables
//	search_postings
//	  <seg>/                         one bucket per segment, written once in term order
//	    <term> → posting list        the term's documents and positions (package search),
//	    <term>0<u16> → chunk           or its head, and chunks that fill pages (postings.go)
//	search_deleted   <doc>    → ∅                tombstones of documents still in a segment
//
// Encodings: <id> is the article ID's 8 bytes (its 16 hex digits decoded).
// <date> is model.Article.Date in 8 bytes: Unix microseconds, big-endian,
// sign bit flipped, so byte order is time order. <dict> is a big-endian
// u32 counter. <seq> is a big-endian
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
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

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

// Bucket names and meta keys: every name the file uses, in the order of
// the tree above. Which buckets each schema has is in migrate.go.
var (
	bucketMeta           = []byte("meta")
	bucketArticles       = []byte("articles")
	bucketBodies         = []byte("bodies")
	bucketBodyDicts      = []byte("body_dicts")
	bucketBodyDictCopies = []byte("body_dict_copies")
	bucketRead           = []byte("read")
	bucketBookmarks      = []byte("bookmarks")
	bucketByDate         = []byte("by_date")
	bucketUnread         = []byte("unread")
	bucketBookmarked     = []byte("bookmarked")
	bucketByFeed         = []byte("by_feed")
	bucketBySpeaker      = []byte("by_speaker")
	bucketSpeakers       = []byte("speakers")
	bucketSpeakerRank    = []byte("speaker_rank")
	bucketAliases        = []byte("aliases")
	bucketFeeds          = []byte("feeds")
	bucketRemoved        = []byte("removed")

	bucketSearchSegments = []byte("search_segments")
	bucketSearchPostings = []byte("search_postings")
	bucketSearchDeleted  = []byte("search_deleted")
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
	keyBodyDict   = []byte("body_dict")
	keySearch     = []byte("search")
	keySaved      = []byte("saved_searches")
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

	// Flate readers (of schema 4's bodies) are large and slow to set
	// up, so a few are kept for reuse: a sync.Pool would drop them at
	// every collection, which an import triggers often.
	readers chan io.ReadCloser // implementing flate.Resetter
	// codecs compress and decompress bodies, one per dictionary.
	codecs bodyCodecs
	// dictAfter is how many articles a store holds before Put gives it
	// a body dictionary: dictAfter, or fewer in tests.
	dictAfter int
	// Search analysers cache stems; they are kept the same way.
	analyzers chan *search.Analyzer
	// spares are the arrays of documents the segment has encoded, for
	// the analysers to fill again (search.Spare). A few dozen: Put's
	// workers run ahead of the transaction that encodes their documents
	// by about that many at most.
	spares chan search.Spare
	// noSearch leaves the search index alone, for benchmarks that
	// measure what it costs.
	noSearch bool
	// damaged is set once a transaction met a damaged page: later
	// writes are refused, so nothing is written into a damaged file.
	damaged atomic.Bool
	// checked is set once the file's pages were walked (damage.go),
	// which the first write does.
	checked atomic.Bool
	// mapped bounds the pages of the file that write transactions keep
	// mapped (mapped.go).
	mapped mapWatch
	// pend is what the Store knows of the speaker log (pending.go),
	// which Put folds once it holds foldAfter articles, foldChunk
	// identities a step (the constants, or fewer in tests). direct skips the log, as before schema 7, for
	// tests that compare the two.
	pend                 pendingSpeakers
	foldAfter, foldChunk int
	direct               bool
}

// Close folds the speaker log (pending.go) and releases the file. The
// Store must not be used afterwards.
func (s *Store) Close() error {
	ferr := s.settle()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return ferr
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// view and update run fn in a read or write transaction wrapped in our txn
// helper, adding what was being done to any error. A panic from bbolt
// (a damaged page) becomes ErrDamaged, and the Store refuses writes from
// then on.
func (s *Store) view(what string, fn func(t *txn) error) error {
	err := s.guard(func() error {
		return s.db.View(func(tx *bolt.Tx) error { return fn(s.txn(tx)) })
	})
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

func (s *Store) update(what string, fn func(t *txn) error) error {
	if s.damaged.Load() {
		return fmt.Errorf("%s: %s is damaged, not writing to it: %w", what, s.path, ErrDamaged)
	}
	defer s.mapped.watch(s.db)()
	// t and locked outlive the transaction: the Store's speaker log
	// cache follows its outcome, under pend.mu, which is taken inside
	// bbolt's write lock so write transactions take it in their order.
	var (
		t      *txn
		locked bool
	)
	defer func() {
		if locked {
			s.pend.mu.Unlock()
		}
	}()
	err := s.guard(func() error {
		return s.db.Update(func(tx *bolt.Tx) error {
			if !locked {
				s.pend.mu.Lock()
				locked = true
			}
			// The write lock keeps other writers out while the walk
			// reads the file.
			if !s.checked.Load() {
				if err := checkDamage(s.path); err != nil {
					s.damaged.Store(true)
					return err
				}
				s.checked.Store(true)
			}
			t = s.txn(tx)
			if err := fn(t); err != nil {
				return err
			}
			return t.flush()
		})
	})
	if locked {
		s.afterWrite(t, err)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// errPrepared rolls back the transaction Prepare takes: it writes nothing.
var errPrepared = errors.New("prepared")

// Prepare does now what the store's first write does first, the walk of
// the file's pages (damage.go), so that write, often the reader's first
// article marked read, does not wait for it. It takes the write lock and
// commits nothing. A store already walked, or read-only, returns at once.
func (s *Store) Prepare() error {
	if s.checked.Load() || s.db.IsReadOnly() {
		return nil
	}
	err := s.update("check the file before the first write", func(*txn) error { return errPrepared })
	if errors.Is(err, errPrepared) {
		return nil
	}
	return err
}

func (s *Store) guard(fn func() error) error {
	err := guard(s.path, fn)
	if errors.Is(err, ErrDamaged) {
		s.damaged.Store(true)
	}
	return err
}
