// Package library is soundbite's application layer: the use cases that tie
// the parts together (import, refresh, reindex, the sample store, reading
// state, search and listing) and the sharing of one store among processes.
// The faces (the command line, the reader) call it and nothing below it.
//
// A store file is held by one process at a time (bbolt takes an exclusive
// lock for writing), so the first soundbite to open a store owns it and
// serves it to the others on a Unix socket beside the file; later ones
// send their requests there (see protocol.go). Both sides implement
// Backend, and Library switches between them as owners come and go, so the
// faces cannot tell which one they hold.
package library

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"sync/atomic"

	"soundbite/extract"
	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

// Backend is every operation on a store, local or remote.
type Backend interface {
	// Reads.
	List(f model.Filter, offset, limit int) ([]model.Summary, error) // newest first
	Count(f model.Filter) (int, error)
	Counts() (model.Counts, error)
	Get(id model.ID) (model.Article, error)
	Has(id model.ID) (bool, error)
	Resolve(idOrPrefix string) (model.ID, error)
	Speakers(f model.Filter, limit int) ([]model.SpeakerCount, error)
	Speaker(form string) (model.SpeakerCount, error)
	SpeakersNamed(form string) ([]model.SpeakerCount, error)
	SpeakerQuotes(speakerKey string, limit int) ([]model.QuoteRef, error)
	Search(q search.Query, limit int) ([]store.SearchHit, error)
	SearchPage(q search.Query, offset, limit int) (store.SearchResults, error)
	SearchList(q search.Query, offset, limit int) ([]model.Summary, int, error)
	SavedSearches() ([]string, error)
	Session() (model.Session, error)
	Feeds() ([]model.Feed, error)
	Feed(url string) (model.Feed, error)
	ExtractorVersion() (int, error)
	// Removed reports which of a feed's items were deleted here, which
	// a refresh or sync must not store again (store.Removed); links, when
	// not nil, are the items' web addresses.
	Removed(feedURL string, ids []model.ID, links []string) ([]bool, error)
	// Changes is a token that differs whenever the store changed: equal
	// tokens mean nothing was written in between.
	Changes() (uint64, error)

	// Writes.
	// Prepare does now what the store's first write would do first
	// (store.Prepare), so that write is quick.
	Prepare() error
	Put(articles []model.Article) (store.PutResult, error)
	SetRead(id model.ID, read bool) error
	SetBookmarked(id model.ID, on bool) error
	// SetReadMany marks the articles read or unread in one transaction
	// (at most MarkBatch of them) and says how many changed.
	SetReadMany(ids []model.ID, read bool) (int, error)
	// DeleteMany deletes the articles in one transaction (at most
	// MarkBatch of them), keeping bookmarked ones when asked, and says
	// how many went.
	DeleteMany(ids []model.ID, keepBookmarked bool) (int, error)
	SaveSession(model.Session) error
	SaveSearch(query string) error
	ForgetSearch(query string) error
	AddFeed(f model.Feed) error
	UpdateFeed(f model.Feed) error
	RemoveFeed(url string) error
	// Listed is Removed for everything a fetch found the feed listing:
	// it also lets the store forget removals the feed stopped listing
	// long ago (store.Listed).
	Listed(feedURL string, ids []model.ID) ([]bool, error)
	SetExtractorVersion(v int) error
	// Outdated lists the articles an older extractor annotated (every
	// article with all), for Reindex.
	Outdated(all bool) ([]model.ID, error)
	// RebuildIndexes rebuilds the speaker and search indexes in one
	// transaction.
	RebuildIndexes() error
}

// Local is a Backend on a store this process holds. It counts writes, so
// that readers in any process can poll Changes.
type Local struct {
	st      *store.Store
	changes atomic.Uint64
}

// NewLocal returns a Backend on st. The change token starts at a random
// value, so a reader that saw the last owner's token never mistakes a new
// owner's for it.
func NewLocal(st *store.Store) *Local {
	l := &Local{st: st}
	var seed [8]byte
	_, _ = rand.Read(seed[:]) // never fails on the platforms Go supports
	l.changes.Store(binary.BigEndian.Uint64(seed[:]))
	return l
}

// Store is the store itself, for the owner's own maintenance.
func (l *Local) Store() *store.Store { return l.st }

// changed bumps the change token after a write, whether or not it
// succeeded: a failed write may have done part of its work.
func (l *Local) changed() { l.changes.Add(1) }

func (l *Local) List(f model.Filter, offset, limit int) ([]model.Summary, error) {
	return l.st.List(f, offset, limit)
}
func (l *Local) Count(f model.Filter) (int, error)      { return l.st.Count(f) }
func (l *Local) Counts() (model.Counts, error)          { return l.st.Counts() }
func (l *Local) Get(id model.ID) (model.Article, error) { return l.st.Get(id) }
func (l *Local) Has(id model.ID) (bool, error)          { return l.st.Has(id) }
func (l *Local) Resolve(p string) (model.ID, error)     { return l.st.Resolve(p) }
func (l *Local) Speakers(f model.Filter, limit int) ([]model.SpeakerCount, error) {
	return l.st.Speakers(f, limit)
}
func (l *Local) Speaker(form string) (model.SpeakerCount, error) { return l.st.Speaker(form) }
func (l *Local) SpeakersNamed(form string) ([]model.SpeakerCount, error) {
	return l.st.SpeakersNamed(form)
}
func (l *Local) SpeakerQuotes(key string, limit int) ([]model.QuoteRef, error) {
	return l.st.SpeakerQuotes(key, limit)
}
func (l *Local) Search(q search.Query, limit int) ([]store.SearchHit, error) {
	return l.st.Search(q, limit)
}
func (l *Local) SearchPage(q search.Query, offset, limit int) (store.SearchResults, error) {
	return l.st.SearchPage(q, offset, limit)
}
func (l *Local) SearchList(q search.Query, offset, limit int) ([]model.Summary, int, error) {
	return l.st.SearchList(q, offset, limit)
}
func (l *Local) SavedSearches() ([]string, error)    { return l.st.SavedSearches() }
func (l *Local) Session() (model.Session, error)     { return l.st.Session() }
func (l *Local) Feeds() ([]model.Feed, error)        { return l.st.Feeds() }
func (l *Local) Feed(url string) (model.Feed, error) { return l.st.Feed(url) }
func (l *Local) ExtractorVersion() (int, error)      { return l.st.ExtractorVersion() }
func (l *Local) Removed(feedURL string, ids []model.ID, links []string) ([]bool, error) {
	return l.st.Removed(feedURL, ids, links)
}
func (l *Local) Changes() (uint64, error) { return l.changes.Load(), nil }
func (l *Local) Prepare() error           { return l.st.Prepare() }
func (l *Local) Put(a []model.Article) (store.PutResult, error) {
	defer l.changed()
	return l.st.Put(a)
}
func (l *Local) SetRead(id model.ID, read bool) error {
	defer l.changed()
	return l.st.SetRead(id, read)
}
func (l *Local) SetReadMany(ids []model.ID, read bool) (int, error) {
	defer l.changed()
	return l.st.SetReadMany(ids, read)
}
func (l *Local) DeleteMany(ids []model.ID, keepBookmarked bool) (int, error) {
	defer l.changed()
	return l.st.DeleteMany(ids, keepBookmarked)
}
func (l *Local) SetBookmarked(id model.ID, on bool) error {
	defer l.changed()
	return l.st.SetBookmarked(id, on)
}

// SaveSession leaves the change token alone: where a reader stood is not
// news to the other readers.
func (l *Local) SaveSession(s model.Session) error { return l.st.SaveSession(s) }
func (l *Local) SaveSearch(q string) error {
	defer l.changed()
	return l.st.SaveSearch(q)
}
func (l *Local) ForgetSearch(q string) error {
	defer l.changed()
	return l.st.ForgetSearch(q)
}
func (l *Local) AddFeed(f model.Feed) error {
	defer l.changed()
	return l.st.AddFeed(f)
}
func (l *Local) UpdateFeed(f model.Feed) error {
	defer l.changed()
	return l.st.UpdateFeed(f)
}
func (l *Local) RemoveFeed(url string) error {
	defer l.changed()
	return l.st.RemoveFeed(url)
}

// Listed leaves the change token alone: what it writes is nothing a
// reader shows.
func (l *Local) Listed(feedURL string, ids []model.ID) ([]bool, error) {
	return l.st.Listed(feedURL, ids)
}
func (l *Local) SetExtractorVersion(v int) error { return l.st.SetExtractorVersion(v) }
func (l *Local) Outdated(all bool) ([]model.ID, error) {
	var ids []model.ID
	err := l.st.ForEach(func(art model.Article) error {
		if all || art.ExtractorVersion != extract.Version {
			ids = append(ids, art.ID)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading articles: %w", err)
	}
	return ids, nil
}
func (l *Local) RebuildIndexes() error {
	defer l.changed()
	return l.st.RebuildIndexes()
}

var (
	_ Backend = (*Local)(nil)
	_ Backend = (*Client)(nil)
	_ Backend = (*Library)(nil)
)
