package library

import (
	"context"
	"errors"
	"fmt"
	"time"

	"soundbite/extract"
	"soundbite/ingest"
	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

// wordedError is an error worded for people that still unwraps to the
// error it words, for callers that branch on it.
type wordedError struct {
	msg string
	err error
}

func (e wordedError) Error() string { return e.msg }
func (e wordedError) Unwrap() error { return e.err }

// ResolveID finds an article's ID by the ID or a unique prefix of it.
// The error says what to do about a prefix that names none or several,
// and wraps store.ErrNotFound or store.ErrAmbiguous.
func ResolveID(b Backend, idOrPrefix string) (model.ID, error) {
	id, err := b.Resolve(idOrPrefix)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return "", wordedError{fmt.Sprintf("no article %q (see soundbite list)", idOrPrefix), err}
	case errors.Is(err, store.ErrAmbiguous):
		return "", wordedError{fmt.Sprintf("%q names more than one article, or is shorter than %d characters: give more of the ID", idOrPrefix, store.MinPrefix), err}
	case err != nil:
		return "", fmt.Errorf("finding article %q: %w", idOrPrefix, err)
	}
	return id, nil
}

// Article finds an article by ID or unique ID prefix.
func Article(b Backend, idOrPrefix string) (model.Article, error) {
	id, err := ResolveID(b, idOrPrefix)
	if err != nil {
		return model.Article{}, err
	}
	art, err := b.Get(id)
	if err != nil {
		return model.Article{}, fmt.Errorf("reading article %s: %w", id, err)
	}
	return art, nil
}

// ExtractFile reads an article file and runs the speaker and quote
// extractor on it, storing nothing.
func ExtractFile(path string) (ingest.Doc, extract.Result, error) {
	doc, err := ingest.ReadFile(path)
	if err != nil {
		return ingest.Doc{}, extract.Result{}, err
	}
	return doc, extract.Extract(doc.Article.Body), nil
}

// StateChange is one of the reading-state changes a person makes.
type StateChange int

const (
	MarkRead StateChange = iota
	MarkUnread
	Bookmark
	Unbookmark
)

// ChangeState applies change to the articles named by ID or unique
// prefix, in order, stopping at the first that fails.
func ChangeState(b Backend, change StateChange, idsOrPrefixes []string) error {
	for _, arg := range idsOrPrefixes {
		id, err := ResolveID(b, arg)
		if err != nil {
			return err
		}
		switch change {
		case MarkRead, MarkUnread:
			err = b.SetRead(id, change == MarkRead)
		default:
			err = b.SetBookmarked(id, change == Bookmark)
		}
		if err != nil {
			return fmt.Errorf("updating article %s: %w", id, err)
		}
	}
	return nil
}

// SearchQuotes returns the quotes of the best articles that match q, at
// most limit of them (all when limit <= 0).
func SearchQuotes(b Backend, q search.Query, limit int) ([]model.QuoteHit, error) {
	var hits []model.QuoteHit
	// Articles hold a few quotes each, and not every hit holds a match:
	// page through hits until limit quotes are in hand.
	offset, page := 0, max(limit, 20)
	if limit <= 0 {
		page = 0 // every hit at once
	}
	for {
		res, err := b.SearchPage(q, offset, page)
		if err != nil {
			return nil, fmt.Errorf("searching: %w", err)
		}
		for _, h := range res.Hits {
			for _, ref := range h.Quotes {
				if limit <= 0 || len(hits) < limit {
					hits = append(hits, model.QuoteHit{QuoteRef: ref, Score: h.Score})
				}
			}
		}
		offset += len(res.Hits)
		if page == 0 || len(hits) >= limit || offset >= res.Total || len(res.Hits) == 0 {
			return hits, nil
		}
		page *= 2
	}
}

// PageResult is what AddPage stored.
type PageResult struct {
	Article model.Article
	// New is true for a page not stored before, Updated for one whose
	// text changed.
	New, Updated bool
}

// AddPage fetches one web page, reduces it to its article, extracts its
// speakers and stores it. The page's URL is its identity, so adding it
// again updates it.
func (l *Library) AddPage(ctx context.Context, url string) (PageResult, error) {
	art, err := l.opts.Fetcher.Page(ctx, url)
	if err != nil {
		return PageResult{}, fmt.Errorf("fetching %s: %w", url, err)
	}
	if art.Source == "" {
		art.Source = url
	}
	art.ID = model.NewID("page\x00" + art.Source)
	art.Imported = time.Now().UTC()
	Annotate(&art)
	res, err := l.Put([]model.Article{art})
	if err != nil {
		return PageResult{}, fmt.Errorf("storing %s: %w", url, err)
	}
	return PageResult{Article: art, New: res.New > 0, Updated: res.Updated > 0}, nil
}

// AddFeeds subscribes to feeds, skipping those already subscribed.
func AddFeeds(b Backend, feeds []model.Feed, now time.Time) (added, skipped int, err error) {
	for _, f := range feeds {
		f.Added = now.UTC()
		switch err := b.AddFeed(f); {
		case errors.Is(err, store.ErrExists):
			skipped++
		case err != nil:
			return added, skipped, fmt.Errorf("adding %s: %w", f.URL, err)
		default:
			added++
		}
	}
	return added, skipped, nil
}

// FetchError says a feed's first fetch failed; Kept says whether it
// stays subscribed. Reason is as the network gave it: sanitise it before
// it reaches a terminal.
type FetchError struct {
	URL    string
	Reason string
	Kept   bool
}

func (e *FetchError) Error() string {
	if e.Kept {
		return fmt.Sprintf("subscribed to %s, but fetching it failed: %s", e.URL, e.Reason)
	}
	return fmt.Sprintf("not subscribed to %s: %s", e.URL, e.Reason)
}

// Subscribe adds a feed and, with fetch, fetches it at once. A feed
// whose first fetch fails is removed again, unless keep, so a mistyped
// address leaves nothing behind; the error is then a *FetchError.
func (l *Library) Subscribe(ctx context.Context, f model.Feed, fetch, keep bool) (model.Feed, RefreshReport, error) {
	if f.Added.IsZero() {
		f.Added = time.Now().UTC()
	}
	if err := l.AddFeed(f); err != nil {
		if errors.Is(err, store.ErrExists) {
			return f, RefreshReport{}, wordedError{"already subscribed to " + f.URL, err}
		}
		return f, RefreshReport{}, fmt.Errorf("adding %s: %w", f.URL, err)
	}
	if !fetch {
		return f, RefreshReport{}, nil
	}
	rep, err := l.RefreshFeeds(ctx, []model.Feed{f}, nil)
	got, gerr := l.Feed(f.URL)
	if err == nil && gerr == nil && !got.LastSuccess.IsZero() {
		return got, rep, nil
	}
	reason := got.LastError
	switch {
	case err != nil:
		reason = err.Error()
	case gerr != nil:
		reason = gerr.Error()
	}
	if keep {
		return got, rep, &FetchError{URL: f.URL, Reason: reason, Kept: true}
	}
	if rerr := l.RemoveFeed(f.URL); rerr != nil {
		return got, rep, fmt.Errorf("fetching %s failed (%s), and removing it again failed: %w", f.URL, reason, rerr)
	}
	return got, rep, &FetchError{URL: f.URL, Reason: reason}
}

// Delete deletes the articles named by ID or unique prefix, bookmarked
// ones too, in order, stopping at the first that fails.
func Delete(b Backend, idsOrPrefixes []string) error {
	for _, arg := range idsOrPrefixes {
		id, err := ResolveID(b, arg)
		if err != nil {
			return err
		}
		if _, err := b.DeleteMany([]model.ID{id}, false); err != nil {
			return fmt.Errorf("deleting article %s: %w", id, err)
		}
	}
	return nil
}

// SpeakersNamed finds the speakers a name form names: one, or several for
// an ambiguous surname. A form that names none is an error wrapping
// store.ErrNotFound.
func SpeakersNamed(b Backend, form string) ([]model.SpeakerCount, error) {
	sps, err := b.SpeakersNamed(form)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil, wordedError{fmt.Sprintf("no speaker %q in the store (see soundbite speakers)", form), err}
	case err != nil:
		return nil, fmt.Errorf("finding speaker %q: %w", form, err)
	}
	return sps, nil
}

// MarkBatch is how many articles one transaction of MarkView marks: a
// batch is one write, so marking ten thousand articles is ten writes, not
// ten thousand, and no single one holds the store for long.
const MarkBatch = 1000

// MarkView marks every article of a view read or unread: those f selects,
// or with q not zero the hits of q narrowed by f. It reads the whole
// view's IDs first, since marking articles read moves them out of an
// unread view while it is being paged, then writes them in batches of
// MarkBatch.
func MarkView(b Backend, f model.Filter, q search.Query, read bool) (model.Marked, error) {
	var ids []model.ID
	for offset := 0; ; offset += MarkBatch {
		var rows []model.Summary
		var err error
		if q.IsZero() {
			rows, err = b.List(f, offset, MarkBatch)
		} else {
			rows, _, err = b.SearchList(q.Filtered(f), offset, MarkBatch)
		}
		if err != nil {
			return model.Marked{}, fmt.Errorf("listing the articles to mark: %w", err)
		}
		for _, r := range rows {
			ids = append(ids, r.ID)
		}
		if len(rows) < MarkBatch {
			break
		}
	}
	done := model.Marked{Matched: len(ids)}
	for start := 0; start < len(ids); start += MarkBatch {
		n, err := b.SetReadMany(ids[start:min(start+MarkBatch, len(ids))], read)
		done.Changed += n
		if err != nil {
			return done, fmt.Errorf("marking articles: %w", err)
		}
	}
	return done, nil
}
