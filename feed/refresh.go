package feed

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"

	"soundbite/model"
)

// Store is what Refresh needs of the article store. Its methods are called
// from several goroutines at once.
type Store interface {
	// UpdateFeed records the feed's state after a fetch attempt.
	UpdateFeed(model.Feed) error
	// Has reports whether an article with the ID is already stored.
	Has(model.ID) (bool, error)
	// Listed is told every item a fetch found the feed listing, and
	// reports which of them were deleted from the store: those are not
	// stored again. The store may forget removals the feed stopped
	// listing.
	Listed(feedURL string, ids []model.ID) (removed []bool, err error)
	// Put stores articles and reports how many were new.
	Put([]model.Article) (added int, err error)
}

// Progress reports one feed finished (successfully or not).
type Progress struct {
	Done, Total int    // feeds finished so far, feeds in this refresh
	Feed        string // the URL of the feed just finished
	Err         error  // why it failed; nil on success
}

// Summary totals a refresh.
type Summary struct {
	Feeds       int // feeds attempted
	Failed      int // feeds whose fetch or store failed
	NotModified int // feeds that answered 304
	New         int // articles added to the store
	// Deferred counts new items of full-text feeds left for the next
	// refresh because the page caps were reached.
	Deferred int
}

// Refresh fetches feeds concurrently (Options.Concurrency at once, at most
// Options.PerHost requests per host) and stores their new articles: items
// the store does not have yet and did not remove (an item deleted there,
// by a prune or by hand, stays deleted; see Store.Listed). Already-stored
// items are left alone, so a refresh never replaces a full-text body with
// the feed's summary or a first-seen date with nothing, and never re-runs
// extraction needlessly.
//
// For each new article Refresh fetches its web page when the feed is
// FullText (keeping the feed's text when that fails): at most
// Options.FullTextPerFeed pages a feed and Options.FullTextPerRefresh in
// all, storing the articles a few at a time as their pages arrive, so that
// a refresh stopped part way keeps what it fetched. Items past the caps are
// left unstored and the feed's validators are not updated, so the next
// refresh sees them again and carries on. It sets Published to the
// time first seen when the feed gave no date, sets Imported, and runs
// extract (which may be nil). Then it records the feed with UpdateFeed:
// validators, title, LastFetch, LastSuccess or LastError, and the article
// count. One failing feed never stops the others.
//
// progress, which may be nil, is called once per feed, never concurrently.
// The error is non-nil when ctx ended the refresh early (feeds not reached
// are left untouched) or UpdateFeed failed; per-feed failures are in the
// feeds' LastError, the Summary and the progress reports.
func (c *Fetcher) Refresh(ctx context.Context, st Store, feeds []model.Feed, extract func(*model.Article), progress func(Progress)) (Summary, error) {
	sum := Summary{Feeds: len(feeds)}
	jobs := make(chan model.Feed)
	var (
		mu   sync.Mutex
		done int
		errs []error
		wg   sync.WaitGroup
	)
	workers := min(c.opts.Concurrency, len(feeds))
	pages := &pageBudget{left: c.opts.FullTextPerRefresh}
	for range workers {
		wg.Go(func() {
			for f := range jobs {
				out := c.refreshFeed(ctx, st, f, extract, pages)
				if out.skipped {
					mu.Lock()
					sum.New += out.added // stored before the refresh was stopped
					mu.Unlock()
					continue
				}
				mu.Lock()
				sum.Deferred += out.deferred
				done++
				switch {
				case out.err != nil:
					sum.Failed++
				case out.notModified:
					sum.NotModified++
				}
				sum.New += out.added
				if out.recordErr != nil {
					errs = append(errs, out.recordErr)
				}
				if progress != nil {
					progress(Progress{Done: done, Total: len(feeds), Feed: f.URL, Err: out.err})
				}
				mu.Unlock()
			}
		})
	}
send:
	for _, f := range byHostRoundRobin(feeds) {
		select {
		case jobs <- f:
		case <-ctx.Done():
			break send
		}
	}
	close(jobs)
	wg.Wait()

	if err := ctx.Err(); err != nil {
		errs = append(errs, fmt.Errorf("refresh stopped: %w", err))
	}
	return sum, errors.Join(errs...)
}

// outcome is what became of one feed in a refresh.
type outcome struct {
	skipped     bool  // the refresh was cancelled before the feed was done
	notModified bool  //
	added       int   //
	deferred    int   // new items left for the next refresh
	err         error // fetch or store failure, recorded in the feed
	recordErr   error // UpdateFeed failure, which cannot be recorded
}

func (c *Fetcher) refreshFeed(ctx context.Context, st Store, f model.Feed, extract func(*model.Article), pages *pageBudget) outcome {
	if ctx.Err() != nil {
		return outcome{skipped: true}
	}
	res := c.Fetch(ctx, f)
	if res.Err != nil && ctx.Err() != nil {
		// The user stopped the refresh; that says nothing about the feed.
		return outcome{skipped: true}
	}
	out := outcome{notModified: res.NotModified, err: res.Err}
	rec := res.Feed
	if res.Err == nil && !res.NotModified {
		added, deferred, err := c.storeNew(ctx, st, rec, res.Articles, extract, pages)
		if err != nil {
			if ctx.Err() != nil {
				// What was stored stays stored and counted; the
				// validators stay as they were, so the next refresh
				// fetches the feed again and stores the rest.
				if added > 0 {
					kept := f
					kept.Articles += added
					if err := st.UpdateFeed(kept); err != nil {
						out.recordErr = fmt.Errorf("record feed %s: %w", f.URL, err)
					}
				}
				return outcome{skipped: true, added: added}
			}
			out.err = fmt.Errorf("store articles of %s: %w", f.URL, err)
			rec.LastError = model.SanitizeLine(out.err.Error())
			rec.LastSuccess = f.LastSuccess
			// Without the articles stored the validators must not be
			// kept, or the next fetch would get a 304 and never store them.
			rec.ETag, rec.LastModified = f.ETag, f.LastModified
		}
		out.added, out.deferred = added, deferred
		rec.Articles += added
		if deferred > 0 {
			// Items are waiting: a 304 next time would hide them.
			rec.ETag, rec.LastModified = f.ETag, f.LastModified
		}
	}
	if err := st.UpdateFeed(rec); err != nil {
		out.recordErr = fmt.Errorf("record feed %s: %w", f.URL, err)
	}
	return out
}

// fullTextChunk is how many full-text articles are stored together: their
// pages are fetched PerHost at a time, then the chunk is stored, so little
// fetched work is ever held unstored.
const fullTextChunk = 8

// pageBudget is the pages a refresh may still fetch for full text, shared
// by its feeds.
type pageBudget struct {
	mu   sync.Mutex
	left int
}

// take reserves up to n pages and returns how many it got.
func (b *pageBudget) take(n int) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n = min(n, b.left)
	b.left -= n
	return n
}

// storeNew stores the articles the store does not have yet and did not
// remove, and returns how many it added and how many it left for the next
// refresh (full-text items past the page caps). A full-text feed's
// articles are stored a chunk at a time as their pages arrive; when ctx
// ends, the chunks stored stay stored.
func (c *Fetcher) storeNew(ctx context.Context, st Store, f model.Feed, articles []model.Article, extract func(*model.Article), pages *pageBudget) (added, deferred int, err error) {
	ids := make([]model.ID, len(articles))
	for i, a := range articles {
		ids[i] = a.ID
	}
	removed, err := st.Listed(f.URL, ids)
	if err != nil {
		return 0, 0, fmt.Errorf("look up removed items: %w", err)
	}
	if len(removed) != len(ids) {
		return 0, 0, fmt.Errorf("look up removed items: %d answers for %d items", len(removed), len(ids))
	}
	var fresh []model.Article
	for i, a := range articles {
		if removed[i] {
			continue
		}
		has, err := st.Has(a.ID)
		if err != nil {
			return 0, 0, fmt.Errorf("look up article %s: %w", a.ID, err)
		}
		if !has {
			fresh = append(fresh, a)
		}
	}
	if !f.FullText {
		added, err := c.put(st, fresh, extract)
		return added, 0, err
	}
	perFeed := c.opts.FullTextPerFeed
	for len(fresh) > 0 {
		n := pages.take(min(len(fresh), fullTextChunk, perFeed))
		if n == 0 {
			break
		}
		perFeed -= n
		chunk := fresh[:n]
		fresh = fresh[n:]
		c.fillFullText(ctx, chunk)
		if err := ctx.Err(); err != nil {
			return added, 0, err
		}
		k, err := c.put(st, chunk, extract)
		added += k
		if err != nil {
			return added, 0, err
		}
	}
	return added, len(fresh), nil
}

// put dates, extracts and stores articles.
func (c *Fetcher) put(st Store, articles []model.Article, extract func(*model.Article)) (int, error) {
	if len(articles) == 0 {
		return 0, nil
	}
	now := c.opts.Now()
	for i := range articles {
		a := &articles[i]
		if a.Published.IsZero() {
			a.Published = now
		}
		a.Imported = now
		if extract != nil {
			extract(a)
		}
	}
	return st.Put(articles)
}

// fillFullText replaces the feed text of each article with its web page's
// article, PerHost pages at a time. A page that fails keeps the feed text:
// a summary is better than nothing.
func (c *Fetcher) fillFullText(ctx context.Context, articles []model.Article) {
	sem := make(chan struct{}, c.opts.PerHost)
	var wg sync.WaitGroup
	for i := range articles {
		a := &articles[i]
		if a.Source == "" {
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return
		}
		wg.Go(func() {
			defer func() { <-sem }()
			page, err := c.Page(ctx, a.Source)
			if err != nil {
				return
			}
			a.Body = page.Body
			if a.Author == "" {
				a.Author = page.Author
			}
			if a.Published.IsZero() {
				a.Published = page.Published
			}
		})
	}
	wg.Wait()
}

// byHostRoundRobin orders feeds so that consecutive ones are on different
// hosts where possible: with a per-host limit, a run of feeds from one host
// would otherwise hold every worker waiting for that host's slots.
func byHostRoundRobin(feeds []model.Feed) []model.Feed {
	var hosts []string
	groups := map[string][]model.Feed{}
	for _, f := range feeds {
		h := f.URL
		if u, err := url.Parse(f.URL); err == nil {
			h = u.Host
		}
		if _, ok := groups[h]; !ok {
			hosts = append(hosts, h)
		}
		groups[h] = append(groups[h], f)
	}
	out := make([]model.Feed, 0, len(feeds))
	for len(out) < len(feeds) {
		for _, h := range hosts {
			if g := groups[h]; len(g) > 0 {
				out = append(out, g[0])
				groups[h] = g[1:]
			}
		}
	}
	return out
}
