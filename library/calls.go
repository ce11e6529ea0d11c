package library

// The Backend methods of Library: each runs on the current backend, and
// again on the next owner when the one it reached went away.

import (
	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

func (l *Library) List(f model.Filter, offset, limit int) (out []model.Summary, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.List(f, offset, limit); return err })
	return out, err
}

func (l *Library) Count(f model.Filter) (out int, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Count(f); return err })
	return out, err
}

func (l *Library) Counts() (out model.Counts, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Counts(); return err })
	return out, err
}

func (l *Library) Get(id model.ID) (out model.Article, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Get(id); return err })
	return out, err
}

func (l *Library) Has(id model.ID) (out bool, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Has(id); return err })
	return out, err
}

func (l *Library) Resolve(idOrPrefix string) (out model.ID, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Resolve(idOrPrefix); return err })
	return out, err
}

func (l *Library) Speakers(f model.Filter, limit int) (out []model.SpeakerCount, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Speakers(f, limit); return err })
	return out, err
}

func (l *Library) Speaker(form string) (out model.SpeakerCount, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Speaker(form); return err })
	return out, err
}

func (l *Library) SpeakerQuotes(speakerKey string, limit int) (out []model.QuoteRef, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.SpeakerQuotes(speakerKey, limit); return err })
	return out, err
}

func (l *Library) Search(q search.Query, limit int) (out []store.SearchHit, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Search(q, limit); return err })
	return out, err
}

func (l *Library) SearchPage(q search.Query, offset, limit int) (out store.SearchResults, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.SearchPage(q, offset, limit); return err })
	return out, err
}

func (l *Library) SearchList(q search.Query, offset, limit int) (out []model.Summary, n int, err error) {
	err = l.do(func(b Backend) (err error) { out, n, err = b.SearchList(q, offset, limit); return err })
	return out, n, err
}

func (l *Library) SavedSearches() (out []string, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.SavedSearches(); return err })
	return out, err
}

func (l *Library) Session() (out model.Session, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Session(); return err })
	return out, err
}

func (l *Library) Feeds() (out []model.Feed, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Feeds(); return err })
	return out, err
}

func (l *Library) Feed(url string) (out model.Feed, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Feed(url); return err })
	return out, err
}

func (l *Library) ExtractorVersion() (out int, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.ExtractorVersion(); return err })
	return out, err
}

func (l *Library) Changes() (out uint64, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Changes(); return err })
	return out, err
}

func (l *Library) Put(articles []model.Article) (out store.PutResult, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Put(articles); return err })
	return out, err
}

func (l *Library) SetRead(id model.ID, read bool) error {
	return l.do(func(b Backend) error { return b.SetRead(id, read) })
}

func (l *Library) SetReadMany(ids []model.ID, read bool) (out int, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.SetReadMany(ids, read); return err })
	return out, err
}

func (l *Library) DeleteMany(ids []model.ID, keepBookmarked bool) (out int, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.DeleteMany(ids, keepBookmarked); return err })
	return out, err
}

func (l *Library) SetBookmarked(id model.ID, on bool) error {
	return l.do(func(b Backend) error { return b.SetBookmarked(id, on) })
}

func (l *Library) SaveSession(v model.Session) error {
	return l.do(func(b Backend) error { return b.SaveSession(v) })
}

func (l *Library) SaveSearch(query string) error {
	return l.do(func(b Backend) error { return b.SaveSearch(query) })
}

func (l *Library) ForgetSearch(query string) error {
	return l.do(func(b Backend) error { return b.ForgetSearch(query) })
}

func (l *Library) AddFeed(f model.Feed) error {
	return l.do(func(b Backend) error { return b.AddFeed(f) })
}

func (l *Library) UpdateFeed(f model.Feed) error {
	return l.do(func(b Backend) error { return b.UpdateFeed(f) })
}

func (l *Library) RemoveFeed(url string) error {
	return l.do(func(b Backend) error { return b.RemoveFeed(url) })
}

func (l *Library) Removed(feedURL string, ids []model.ID, links []string) (out []bool, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Removed(feedURL, ids, links); return err })
	return out, err
}

func (l *Library) Listed(feedURL string, ids []model.ID) (out []bool, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Listed(feedURL, ids); return err })
	return out, err
}

func (l *Library) SetExtractorVersion(v int) error {
	return l.do(func(b Backend) error { return b.SetExtractorVersion(v) })
}

func (l *Library) Outdated(all bool) (out []model.ID, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.Outdated(all); return err })
	return out, err
}

// Prepare is Backend.Prepare, in the process that owns the store.
func (l *Library) Prepare() error {
	return l.do(func(b Backend) error { return b.Prepare() })
}

func (l *Library) RebuildIndexes() error {
	return l.do(func(b Backend) error { return b.RebuildIndexes() })
}

func (l *Library) SpeakersNamed(form string) (out []model.SpeakerCount, err error) {
	err = l.do(func(b Backend) (err error) { out, err = b.SpeakersNamed(form); return err })
	return out, err
}

// MarkView marks every article of a view read or unread (see MarkView).
func (l *Library) MarkView(f model.Filter, q search.Query, read bool) (model.Marked, error) {
	return MarkView(l, f, q, read)
}
