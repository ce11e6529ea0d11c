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
