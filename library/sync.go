package library

import (
	"context"
	"errors"
	"fmt"

	"soundbite/feed"
	"soundbite/mfsync"
	"soundbite/model"
)

// Sync keeps this store in step with a Miniflux server (mfsync.Run):
// entries are converted and extracted here, in the calling process, and
// stored through whichever process owns the store, so it works with the
// reader open.
func (l *Library) Sync(ctx context.Context, acct mfsync.Account, progress func(mfsync.Progress)) (mfsync.Report, error) {
	return mfsync.Run(ctx, l, mfsync.Options{
		Account:   acct,
		HTTP:      feed.NewClient(""),
		Fetcher:   l.opts.Fetcher,
		Annotate:  Annotate,
		StorePath: l.path,
		Progress:  progress,
	})
}

// VerifyAccount asks the server who acct is, before it is saved: the
// user name, or an error that wraps mfsync.ErrAuth for refused
// credentials.
func VerifyAccount(ctx context.Context, acct mfsync.Account) (string, error) {
	me, err := mfsync.Verify(ctx, acct.Client(feed.NewClient("")))
	if err != nil {
		return "", err
	}
	return me.Username, nil
}

// Unsync forgets the server at url: its feeds become this store's own
// (soundbite's refresh fetches them again) and the sync state goes, so a
// later sync starts afresh. Articles and their state stay.
func (l *Library) Unsync(url string) error {
	feeds, err := l.Feeds()
	if err != nil {
		return fmt.Errorf("listing feeds: %w", err)
	}
	for _, f := range feeds {
		if f.Remote == "" || (url != "" && f.Remote != url) {
			continue
		}
		f.Remote = ""
		if err := l.UpdateFeed(f); err != nil {
			return fmt.Errorf("updating %s: %w", f.URL, err)
		}
	}
	return mfsync.RemoveState(l.path)
}

// localFeeds are the feeds soundbite fetches itself: not those a sync
// server fetches for it, whose items arrive as the server's entries.
func localFeeds(feeds []model.Feed) []model.Feed {
	out := feeds[:0:0]
	for _, f := range feeds {
		if f.Remote == "" {
			out = append(out, f)
		}
	}
	return out
}

// errAllRemote says every feed is fetched by a sync server.
var errAllRemote = errors.New("every feed is fetched by the sync server: run soundbite sync")

// SyncRefresher is the reader's refresh for a store that syncs: the feeds
// soundbite fetches itself, then a sync with the server. The reader runs
// it as it runs a refresh (on start, every N minutes, on R).
type SyncRefresher struct {
	lib  *Library
	acct mfsync.Account
}

// WithSync returns the refresher that also syncs with acct's server.
func (l *Library) WithSync(acct mfsync.Account) *SyncRefresher {
	return &SyncRefresher{lib: l, acct: acct}
}

// Refresher refreshes everything a store fetches, saying how far it got:
// a *Library, or a *SyncRefresher for a store that syncs.
type Refresher interface {
	RefreshAll(ctx context.Context, progress func(done, total int)) (int, error)
}

// SavedRefresher is the reader's refresh for l: l's feeds, and a sync too
// when a Miniflux account was added (mfsync.LoadSaved). warning says why
// a saved account could not be read; refreshing then fetches the feeds
// alone.
func (l *Library) SavedRefresher() (r Refresher, warning string) {
	acct, err := mfsync.LoadSaved()
	switch {
	case err == nil:
		return l.WithSync(acct), ""
	case errors.Is(err, mfsync.ErrNoAccount):
		return l, ""
	}
	return l, "sync: " + err.Error()
}

// RefreshAll refreshes this store's own feeds, then syncs; added counts
// the articles both stored. The error names what failed, sanitised.
func (s *SyncRefresher) RefreshAll(ctx context.Context, progress func(done, total int)) (int, error) {
	if progress == nil {
		progress = func(int, int) {}
	}
	feeds, err := s.lib.Feeds()
	if err != nil {
		return 0, fmt.Errorf("listing feeds: %w", err)
	}
	added := 0
	var errs []error
	if own := localFeeds(feeds); len(own) > 0 {
		rep, err := s.lib.RefreshFeeds(ctx, own, func(p feed.Progress) { progress(p.Done, p.Total) })
		added += rep.New
		switch {
		case err != nil:
			errs = append(errs, err)
		case rep.Failed > 0:
			errs = append(errs, fmt.Errorf("%d of %d feeds failed: %s", rep.Failed, rep.Feeds, rep.FailedNames()))
		}
	}
	rep, err := s.lib.Sync(ctx, s.acct, func(p mfsync.Progress) { progress(p.Done, p.Total) })
	added += rep.Entries
	if err != nil {
		errs = append(errs, fmt.Errorf("sync: %s", model.SanitizeLine(err.Error())))
	} else if len(rep.Failures) > 0 {
		errs = append(errs, fmt.Errorf("sync: the server would not subscribe to %d feeds", len(rep.Failures)))
	}
	return added, errors.Join(errs...)
}
