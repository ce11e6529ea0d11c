package library

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"soundbite/feed"
	"soundbite/model"
)

// ErrNoFeeds says there is nothing to refresh.
var ErrNoFeeds = errors.New("no feeds to refresh")

// RefreshReport is the outcome of a refresh: the totals and which feeds
// failed, with why.
type RefreshReport struct {
	feed.Summary
	Failures []FeedFailure
	// Pruned counts the articles the retention removed afterwards.
	Pruned int
}

// FeedFailure is one feed a refresh could not fetch or store.
type FeedFailure struct {
	Name string // the feed's display name, as stored: sanitise before showing
	URL  string
	Err  error
}

// FailedNames lists the failed feeds for a person, sanitised.
func (r RefreshReport) FailedNames() string {
	names := make([]string, len(r.Failures))
	for i, f := range r.Failures {
		names[i] = model.SanitizeLine(f.Name)
	}
	return strings.Join(names, ", ")
}

// feedStore adapts a Backend to the small interface feed.Refresh declares.
type feedStore struct{ Backend }

func (s feedStore) Put(articles []model.Article) (int, error) {
	res, err := s.Backend.Put(articles)
	return res.New, err
}

// Refresh fetches feeds (every subscribed one when feeds is empty, but
// those a sync server fetches) with
// fetcher and stores their new articles through b, extracting speakers
// here, in the calling process. progress, which may be nil, hears of each
// feed as it finishes. The error is non-nil only when the refresh itself
// failed; feeds that failed are in the report.
func Refresh(ctx context.Context, b Backend, fetcher *feed.Fetcher, feeds []model.Feed, progress func(feed.Progress)) (RefreshReport, error) {
	if len(feeds) == 0 {
		all, err := b.Feeds()
		if err != nil {
			return RefreshReport{}, fmt.Errorf("listing feeds: %w", err)
		}
		feeds = localFeeds(all)
		if len(all) > 0 && len(feeds) == 0 {
			return RefreshReport{}, errAllRemote
		}
	}
	if len(feeds) == 0 {
		return RefreshReport{}, ErrNoFeeds
	}
	names := make(map[string]string, len(feeds))
	for _, f := range feeds {
		names[f.URL] = f.DisplayName()
	}
	var rep RefreshReport
	sum, err := fetcher.Refresh(ctx, feedStore{b}, feeds, Annotate, func(p feed.Progress) {
		// feed.Refresh never calls progress concurrently.
		if p.Err != nil {
			rep.Failures = append(rep.Failures, FeedFailure{Name: names[p.Feed], URL: p.Feed, Err: p.Err})
		}
		if progress != nil {
			progress(p)
		}
	})
	rep.Summary = sum
	if err != nil {
		return rep, fmt.Errorf("refreshing feeds: %w", err)
	}
	return rep, nil
}

// ErrNoFeed says no subscription has the URL, name or title asked for.
var ErrNoFeed = errors.New("no such feed (see soundbite feed list)")

// FindFeed finds a subscription by URL, or by name or title,
// case-insensitively.
func FindFeed(b Backend, urlOrName string) (model.Feed, error) {
	feeds, err := b.Feeds()
	if err != nil {
		return model.Feed{}, fmt.Errorf("listing feeds: %w", err)
	}
	for _, f := range feeds {
		if f.URL == urlOrName {
			return f, nil
		}
	}
	for _, f := range feeds {
		if strings.EqualFold(f.DisplayName(), urlOrName) || strings.EqualFold(f.Title, urlOrName) {
			return f, nil
		}
	}
	return model.Feed{}, fmt.Errorf("%q: %w", urlOrName, ErrNoFeed)
}

// FeedsNamed finds the subscriptions named by URL, name or title (see
// FindFeed), in order; every subscription when names is empty.
func FeedsNamed(b Backend, names []string) ([]model.Feed, error) {
	feeds, err := b.Feeds()
	if err != nil {
		return nil, fmt.Errorf("listing feeds: %w", err)
	}
	if len(names) == 0 {
		return feeds, nil
	}
	feeds = feeds[:0]
	for _, name := range names {
		f, err := FindFeed(b, name)
		if err != nil {
			return nil, err
		}
		feeds = append(feeds, f)
	}
	return feeds, nil
}

// FeedURL is the URL of the feed a filter names by URL, name or title. A
// URL no subscription has is taken as it is: the articles of a feed
// unsubscribed from keep it.
func FeedURL(b Backend, urlOrName string) (string, error) {
	f, err := FindFeed(b, urlOrName)
	switch {
	case err == nil:
		return f.URL, nil
	case errors.Is(err, ErrNoFeed) && strings.Contains(urlOrName, "://"):
		return urlOrName, nil
	}
	return "", err
}
