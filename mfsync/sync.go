package mfsync

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	miniflux "miniflux.app/v2/client"

	"soundbite/feed"
	"soundbite/model"
	"soundbite/store"
)

// Store is what a sync needs of a store; library.Backend has it all.
type Store interface {
	Feeds() ([]model.Feed, error)
	AddFeed(f model.Feed) error
	UpdateFeed(f model.Feed) error
	RemoveFeed(url string) error
	Put(articles []model.Article) (store.PutResult, error)
	// Removed reports which of a feed's items were deleted here, by ID
	// or by web address: a sync does not store them again.
	Removed(feedURL string, ids []model.ID, links []string) ([]bool, error)
	List(f model.Filter, offset, limit int) ([]model.Summary, error)
	SetRead(id model.ID, read bool) error
	SetBookmarked(id model.ID, on bool) error
}

// Options configure a sync.
type Options struct {
	Account Account
	// HTTP makes the requests: soundbite's feed client, so a server that
	// is down or slow times out as a feed does.
	HTTP *http.Client
	// Fetcher converts entries as feed items are converted.
	Fetcher *feed.Fetcher
	// Annotate runs the extractor on an article before it is stored.
	Annotate func(*model.Article)
	// StorePath is the store's file; the sync state lives beside it.
	StorePath string
	// PageSize is how many entries one request asks for; default 100.
	PageSize int
	// Progress, which may be nil, hears of each page.
	Progress func(Progress)
}

// Progress is how far a sync has gone in one of its stages.
type Progress struct {
	Stage       string // "feeds", "new entries", "changed entries", "sending"
	Done, Total int
}

// Report is what a sync did.
type Report struct {
	FeedsAdded   int // subscribed here because the server was
	FeedsRemoved int // unsubscribed here because the server was
	FeedsSent    int // subscribed on the server because this store was
	FeedsDropped int // unsubscribed on the server because this store was
	Entries      int // new articles stored from the server's entries
	Received     int // read or star changes taken from the server
	Sent         int // read or star changes sent to the server
	// Failures are the local feeds the server would not subscribe to,
	// worded by the server: sanitise before showing.
	Failures []string
}

// ErrReset says the server is not the one this store last synced with,
// or its data was reset; merging would mix two histories.
var ErrReset = errors.New("the Miniflux server's data is not what this store last synced with (was it reset?); nothing was changed here. Run soundbite sync remove, then sync add, to start afresh with it")

// defaultPage is how many entries one request asks for.
const defaultPage = 100

// ArticleID is the identity of an entry of server as an article.
func ArticleID(server string, entryID int64) model.ID {
	return model.NewID("miniflux\x00" + server + "\x00entry\x00" + strconv.FormatInt(entryID, 10))
}

// syncer holds one sync's working set.
type syncer struct {
	c       *miniflux.Client
	st      Store
	opts    Options
	state   *State
	path    string
	rep     Report
	feedURL map[int64]string // server feed ID -> URL
	match   *matcher
	saved   time.Time // when the state was last saved
}

// Run syncs the store st with the account's server: subscriptions first,
// then new entries, then state changes both ways. It saves its progress
// as it goes, so a sync that dies is finished by the next one. A
// server that refuses the credentials, or is not the one last synced
// with, changes nothing here.
func Run(ctx context.Context, st Store, opts Options) (Report, error) {
	if opts.PageSize <= 0 {
		opts.PageSize = defaultPage
	}
	if opts.Progress == nil {
		opts.Progress = func(Progress) {}
	}
	path := StatePath(opts.StorePath)
	unlock, err := lock(path)
	if err != nil {
		return Report{}, err
	}
	defer unlock()
	state, err := loadState(path)
	if err != nil {
		return Report{}, err
	}
	s := &syncer{c: opts.Account.Client(opts.HTTP), st: st, opts: opts, state: state, path: path, match: newMatcher(st, state)}
	if err := s.run(ctx); err != nil {
		return s.rep, err
	}
	return s.rep, nil
}

func (s *syncer) run(ctx context.Context) error {
	me, err := Verify(ctx, s.c)
	if err != nil {
		return err
	}
	server := s.opts.Account.URL
	switch {
	case s.state.Server == "":
		s.state.Server, s.state.UserID, s.state.Username = server, me.ID, me.Username
	case s.state.Server != server:
		return fmt.Errorf("this store syncs with %s, not %s: run soundbite sync remove first to switch servers", s.state.Server, server)
	case s.state.UserID != me.ID:
		return ErrReset
	}
	feeds, err := s.c.FeedsContext(ctx)
	if err != nil {
		return serverError("listing the server's feeds", err)
	}
	if err := s.checkReset(ctx, feeds); err != nil {
		return err
	}
	if err := s.syncFeeds(ctx, feeds); err != nil {
		return err
	}
	if err := s.state.save(s.path); err != nil {
		return err
	}
	since, before := s.state.Changed, s.state.MaxEntry
	firstSync := len(s.state.Entries) == 0
	newest, err := s.pullNew(ctx)
	if err != nil {
		return err
	}
	changed := map[int64]*miniflux.Entry{}
	if !firstSync {
		if changed, err = s.pullChanged(ctx, since, before); err != nil {
			return err
		}
	}
	for _, e := range changed {
		if e.ChangedAt.After(newest) {
			newest = e.ChangedAt
		}
	}
	if err := s.merge(ctx, changed); err != nil {
		return err
	}
	if newest.After(s.state.Changed) {
		s.state.Changed = newest
	}
	s.state.LastSync = time.Now().UTC()
	return s.state.save(s.path)
}

// checkReset compares what the state remembers with the server: the
// newest known entries gone, or changed in identity (an entry ID reused
// for another entry), mean the server's data is not the data synced with
// before. Feeds prove nothing: their addresses may be edited.
func (s *syncer) checkReset(ctx context.Context, feeds miniflux.Feeds) error {
	onServer := make(map[int64]string, len(feeds))
	for _, f := range feeds {
		onServer[f.ID] = f.FeedURL
	}
	checked, missing := 0, 0
	for _, k := range s.state.Recent {
		if _, ok := onServer[k.Feed]; !ok {
			continue // its feed was unsubscribed, and took its entries along
		}
		checked++
		e, err := s.c.EntryContext(ctx, k.ID)
		switch {
		case errors.Is(err, miniflux.ErrNotFound):
			missing++
		case err != nil:
			return serverError("checking the server's entries", err)
		case e.Hash != k.Hash || !e.CreatedAt.Equal(k.Created) || e.FeedID != k.Feed:
			return ErrReset
		}
	}
	if checked > 0 && missing == checked {
		return ErrReset
	}
	return nil
}
