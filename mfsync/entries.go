package mfsync

import (
	"context"
	"fmt"
	"time"

	miniflux "miniflux.app/v2/client"

	"soundbite/feed"
	"soundbite/model"
)

// statuses are the entries a sync asks for: not those the server removed.
func statuses() []string { return []string{"read", "unread"} }

// pullNew stores the entries after the newest one stored, a page at a
// time, each with its read and starred state, saving the state as it
// goes (checkpoint). It returns the newest changed_at among them.
func (s *syncer) pullNew(ctx context.Context) (time.Time, error) {
	var newest time.Time
	done, total := 0, -1
	for {
		res, err := s.c.EntriesContext(ctx, &miniflux.Filter{
			AfterEntryID: s.state.MaxEntry, Order: "id", Direction: "asc",
			Limit: s.opts.PageSize, Statuses: statuses(),
		})
		if err != nil {
			return newest, serverError("fetching new entries", err)
		}
		if total < 0 {
			total = res.Total
		}
		if len(res.Entries) == 0 {
			return newest, s.checkpoint(true)
		}
		if err := s.storePage(res.Entries); err != nil {
			return newest, err
		}
		for _, e := range res.Entries {
			if e.ChangedAt.After(newest) {
				newest = e.ChangedAt
			}
		}
		done += len(res.Entries)
		s.opts.Progress(Progress{Stage: "new entries", Done: done, Total: max(total, done)})
		if err := ctx.Err(); err != nil {
			return newest, err
		}
	}
}

// storePage stores one page of new entries but those deleted here, sets
// their state as the server has it, and records them in the state.
// Article IDs come from the entries, so storing a page again (after a
// sync died before saving) updates the same articles rather than adding
// copies. An entry that is an article stored here already (matcher) is
// not stored again: it takes over that article, whose state is then read
// or starred when either side had it so, and the merge sends what the
// server lacks.
func (s *syncer) storePage(entries miniflux.Entries) error {
	arts := make([]model.Article, 0, len(entries))
	bases := make([]Base, len(entries))
	was := make([]model.State, len(entries))
	now := time.Now().UTC()
	removed, err := s.removed(entries)
	if err != nil {
		return err
	}
	for i, e := range entries {
		if removed[i] {
			continue
		}
		a := s.opts.Fetcher.EntryArticle(feed.Entry{
			FeedURL: s.entryFeed(e), Link: e.URL, Title: e.Title,
			Author: e.Author, HTML: e.Content, Published: e.Date,
		})
		a.ID = ArticleID(s.opts.Account.URL, e.ID)
		bases[i] = Base{Article: a.ID, Read: e.Status == "read", Starred: e.Starred}
		old, found, err := s.match.find(a.Feed, a.Title, a.ID)
		if err != nil {
			return err
		}
		if found {
			bases[i].Article, was[i] = old.ID, old.State
			continue
		}
		a.Imported = now
		s.opts.Annotate(&a)
		arts = append(arts, a)
	}
	if len(arts) > 0 {
		res, err := s.st.Put(arts)
		if err != nil {
			return fmt.Errorf("storing entries: %w", err)
		}
		s.rep.Entries += res.New
	}
	for i, e := range entries {
		s.state.remember(Known{ID: e.ID, Feed: e.FeedID, Hash: e.Hash, Created: e.CreatedAt})
		s.state.MaxEntry = max(s.state.MaxEntry, e.ID)
		if removed[i] {
			continue // deleted here: nothing to store, nothing to merge
		}
		want := bases[i]
		want.Read, want.Starred = want.Read || was[i].Read, want.Starred || was[i].Bookmarked
		if err := s.setLocal(want, was[i]); err != nil {
			return err
		}
		s.state.Entries[e.ID] = bases[i]
	}
	return s.checkpoint(false)
}

// removed reports which entries are articles deleted here, which a sync
// must not bring back: ones a sync stored before (a page stored again
// after a sync died before saving its state), and, by their links, items
// of a feed subscribed here and deleted before the first sync. It asks
// the store once per feed.
func (s *syncer) removed(entries miniflux.Entries) ([]bool, error) {
	out := make([]bool, len(entries))
	byFeed := map[string][]int{}
	for i, e := range entries {
		if u := s.entryFeed(e); u != "" {
			byFeed[u] = append(byFeed[u], i)
		}
	}
	for u, idx := range byFeed {
		ids := make([]model.ID, len(idx))
		links := make([]string, len(idx))
		for n, i := range idx {
			ids[n] = ArticleID(s.opts.Account.URL, entries[i].ID)
			links[n] = entries[i].URL
		}
		// The links find an item deleted here before the first sync,
		// which the store knows under the feed's own ID, not the server's.
		gone, err := s.st.Removed(u, ids, links)
		if err != nil {
			return nil, fmt.Errorf("looking up removed entries: %w", err)
		}
		for n, i := range idx {
			out[i] = n < len(gone) && gone[n]
		}
	}
	return out, nil
}

// saveEvery spaces the state saves of a long pull: a save costs about
// 5 ms per 1,000 entries known (BenchmarkStateSave), and one after every
// page would make a first sync of a big account quadratic. Pages stored
// since the last save are fetched and stored again by the next sync,
// under the same IDs, if this one dies.
const saveEvery = time.Second

// checkpoint saves the state when force, or when saveEvery has passed
// since the last save.
func (s *syncer) checkpoint(force bool) error {
	if !force && time.Since(s.saved) < saveEvery {
		return nil
	}
	if err := s.state.save(s.path); err != nil {
		return err
	}
	s.saved = time.Now()
	return nil
}

// entryFeed is the URL of an entry's feed.
func (s *syncer) entryFeed(e *miniflux.Entry) string {
	if u, ok := s.feedURL[e.FeedID]; ok {
		return u
	}
	if e.Feed != nil && saneURL(e.Feed.FeedURL) {
		return e.Feed.FeedURL
	}
	return ""
}

// setLocal makes an article's read and bookmark state b's, writing only
// what differs from was.
func (s *syncer) setLocal(b Base, was model.State) error {
	if b.Read != was.Read {
		if err := s.st.SetRead(b.Article, b.Read); err != nil {
			return fmt.Errorf("marking %s: %w", b.Article, err)
		}
	}
	if b.Starred != was.Bookmarked {
		if err := s.st.SetBookmarked(b.Article, b.Starred); err != nil {
			return fmt.Errorf("bookmarking %s: %w", b.Article, err)
		}
	}
	return nil
}

// pullChanged fetches the entries stored before this sync (IDs up to
// before) whose state changed on the server since since, a page at a
// time. A second of overlap covers changes made in the second the last
// sync saw last.
func (s *syncer) pullChanged(ctx context.Context, since time.Time, before int64) (map[int64]*miniflux.Entry, error) {
	out := map[int64]*miniflux.Entry{}
	var after int64
	for {
		f := &miniflux.Filter{
			AfterEntryID: after, BeforeEntryID: before + 1, Order: "id", Direction: "asc",
			Limit: s.opts.PageSize, Statuses: statuses(),
		}
		if !since.IsZero() {
			f.ChangedAfter = since.Unix() - 1
		}
		res, err := s.c.EntriesContext(ctx, f)
		if err != nil {
			return nil, serverError("fetching changed entries", err)
		}
		if len(res.Entries) == 0 {
			return out, nil
		}
		for _, e := range res.Entries {
			out[e.ID] = e
			after = max(after, e.ID)
		}
		s.opts.Progress(Progress{Stage: "changed entries", Done: len(out), Total: max(res.Total, len(out))})
	}
}

// merge settles every known entry's state: a side that changed it since
// the last sync wins over one that did not (two sides that both changed
// a flag agree, since it has two values), server changes are written
// here, and this store's changes, offline ones included, are sent. An
// article deleted here is forgotten, not fetched again.
func (s *syncer) merge(ctx context.Context, changed map[int64]*miniflux.Entry) error {
	local, err := s.st.List(model.Filter{}, 0, 0)
	if err != nil {
		return fmt.Errorf("listing articles: %w", err)
	}
	here := make(map[model.ID]model.State, len(local))
	for _, a := range local {
		here[a.ID] = a.State
	}
	var send sendList
	next := make(map[int64]Base, len(s.state.Entries))
	for id, base := range s.state.Entries {
		l, ok := here[base.Article]
		if !ok {
			continue
		}
		srv := base
		if e, ok := changed[id]; ok {
			srv.Read, srv.Starred = e.Status == "read", e.Starred
		}
		got := base
		got.Read = pick(base.Read, l.Read, srv.Read)
		got.Starred = pick(base.Starred, l.Bookmarked, srv.Starred)
		if got.Read != l.Read || got.Starred != l.Bookmarked {
			if err := s.setLocal(got, l); err != nil {
				return err
			}
			s.rep.Received++
		}
		send.add(id, got, srv)
		next[id] = got
	}
	if err := send.send(ctx, s); err != nil {
		return err
	}
	s.state.Entries = next
	return nil
}

// pick is the merged value of a flag: the local one when it changed since
// the base, else the server's.
func pick(base, local, server bool) bool {
	if local != base {
		return local
	}
	return server
}

// sendList gathers the changes the server has yet to hear of.
type sendList struct {
	read, unread, star, unstar []int64
}

func (l *sendList) add(id int64, want, srv Base) {
	switch {
	case want.Read && !srv.Read:
		l.read = append(l.read, id)
	case !want.Read && srv.Read:
		l.unread = append(l.unread, id)
	}
	switch {
	case want.Starred && !srv.Starred:
		l.star = append(l.star, id)
	case !want.Starred && srv.Starred:
		l.unstar = append(l.unstar, id)
	}
}

// sendChunk bounds the IDs of one request.
const sendChunk = 500

func (l *sendList) send(ctx context.Context, s *syncer) error {
	total := len(l.read) + len(l.unread) + len(l.star) + len(l.unstar)
	done := 0
	for _, job := range []struct {
		ids []int64
		do  func([]int64) error
	}{
		{l.read, func(ids []int64) error { return s.c.UpdateEntriesContext(ctx, ids, "read") }},
		{l.unread, func(ids []int64) error { return s.c.UpdateEntriesContext(ctx, ids, "unread") }},
		{l.star, func(ids []int64) error { return s.c.UpdateEntriesStarredContext(ctx, ids, true) }},
		{l.unstar, func(ids []int64) error { return s.c.UpdateEntriesStarredContext(ctx, ids, false) }},
	} {
		for start := 0; start < len(job.ids); start += sendChunk {
			chunk := job.ids[start:min(start+sendChunk, len(job.ids))]
			if err := job.do(chunk); err != nil {
				return serverError("sending read and star changes", err)
			}
			done += len(chunk)
			s.rep.Sent += len(chunk)
			s.opts.Progress(Progress{Stage: "sending", Done: done, Total: total})
		}
	}
	return nil
}
