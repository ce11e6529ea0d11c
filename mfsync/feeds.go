package mfsync

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	miniflux "miniflux.app/v2/client"

	"soundbite/model"
	"soundbite/store"
)

// syncFeeds makes both sides subscribe to the same feeds. A feed on only
// one side is added to the other, unless the state says both had it at
// the last sync, in which case the side that still has it drops it. The
// server's category is the local folder; the server fetches every feed
// it holds, so they are marked Remote and soundbite's refresh leaves them.
func (s *syncer) syncFeeds(ctx context.Context, feeds miniflux.Feeds) error {
	server := s.opts.Account.URL
	s.opts.Progress(Progress{Stage: "feeds", Total: len(feeds)})
	local, err := s.st.Feeds()
	if err != nil {
		return fmt.Errorf("listing feeds: %w", err)
	}
	byURL := make(map[string]model.Feed, len(local))
	for _, f := range local {
		byURL[f.URL] = f
	}
	s.feedURL = make(map[int64]string, len(feeds))
	onServer := make(map[string]bool, len(feeds))
	for _, sf := range feeds {
		if !saneURL(sf.FeedURL) {
			s.rep.Failures = append(s.rep.Failures, fmt.Sprintf("the server's feed %d: its address is not one soundbite stores", sf.ID))
			continue
		}
		onServer[sf.FeedURL] = true
		lf, here := byURL[sf.FeedURL]
		old, known := s.state.Feeds[sf.ID]
		if known && old != sf.FeedURL {
			// Its address was changed on the server: the feed at the old
			// one goes, the new one comes as a new subscription.
			if of, ok := byURL[old]; ok && of.Remote == server {
				if err := s.st.RemoveFeed(old); err != nil && !errors.Is(err, store.ErrNotFound) {
					return fmt.Errorf("unsubscribing from %s: %w", old, err)
				}
			}
			known = false
		}
		switch {
		case !here && known:
			if err := s.c.DeleteFeedContext(ctx, sf.ID); err != nil && !errors.Is(err, miniflux.ErrNotFound) {
				return serverError("unsubscribing on the server", err)
			}
			delete(s.state.Feeds, sf.ID)
			s.rep.FeedsDropped++
			continue
		case !here:
			f := model.Feed{URL: sf.FeedURL, Title: model.SanitizeLine(sf.Title), Folder: folderOf(sf), Remote: server}
			if err := s.st.AddFeed(f); err != nil && !errors.Is(err, store.ErrExists) {
				return fmt.Errorf("subscribing to %s: %w", sf.FeedURL, err)
			}
			s.rep.FeedsAdded++
		case lf.Folder != folderOf(sf) || lf.Remote != server || lf.Title == "":
			lf.Folder, lf.Remote = folderOf(sf), server
			if lf.Title == "" {
				lf.Title = model.SanitizeLine(sf.Title)
			}
			if err := s.st.UpdateFeed(lf); err != nil {
				return fmt.Errorf("updating %s: %w", sf.FeedURL, err)
			}
		}
		s.state.Feeds[sf.ID] = sf.FeedURL
		s.feedURL[sf.ID] = sf.FeedURL
	}
	for id, url := range s.state.Feeds {
		if _, ok := s.feedURL[id]; ok {
			continue
		}
		delete(s.state.Feeds, id)
		if lf, here := byURL[url]; here && lf.Remote == server && !onServer[url] {
			if err := s.st.RemoveFeed(url); err != nil && !errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("unsubscribing from %s: %w", url, err)
			}
			s.rep.FeedsRemoved++
		}
	}
	return s.sendFeeds(ctx, local, onServer)
}

// sendFeeds subscribes the server to this store's own feeds, filed under
// their folder (created when the server has no such category).
func (s *syncer) sendFeeds(ctx context.Context, local []model.Feed, onServer map[string]bool) error {
	var cats miniflux.Categories
	for _, lf := range local {
		if onServer[lf.URL] || lf.Remote != "" {
			continue
		}
		if cats == nil {
			var err error
			if cats, err = s.c.CategoriesContext(ctx); err != nil {
				return serverError("listing the server's categories", err)
			}
		}
		cat, err := s.category(ctx, &cats, lf.Folder)
		if err != nil {
			return err
		}
		id, err := s.c.CreateFeedContext(ctx, &miniflux.FeedCreationRequest{FeedURL: lf.URL, CategoryID: cat.ID})
		if errors.Is(err, miniflux.ErrNotAuthorized) || errors.Is(err, miniflux.ErrForbidden) {
			return serverError("subscribing on the server", err)
		}
		if err != nil {
			// The server could not fetch it; the feed stays local.
			s.rep.Failures = append(s.rep.Failures, fmt.Sprintf("%s: %v", lf.URL, err))
			continue
		}
		lf.Remote, lf.Folder = s.opts.Account.URL, model.SanitizeLine(cat.Title)
		if err := s.st.UpdateFeed(lf); err != nil {
			return fmt.Errorf("updating %s: %w", lf.URL, err)
		}
		s.state.Feeds[id] = lf.URL
		s.feedURL[id] = lf.URL
		s.rep.FeedsSent++
	}
	return nil
}

// category is the server's category named folder, created when missing;
// the first category (the server's default) for no folder.
func (s *syncer) category(ctx context.Context, cats *miniflux.Categories, folder string) (*miniflux.Category, error) {
	for _, c := range *cats {
		if folder != "" && strings.EqualFold(c.Title, folder) {
			return c, nil
		}
	}
	if folder == "" {
		if len(*cats) == 0 {
			return nil, errors.New("the server has no category to file feeds under")
		}
		return (*cats)[0], nil
	}
	c, err := s.c.CreateCategoryContext(ctx, folder)
	if err != nil {
		return nil, serverError("creating the category "+folder+" on the server", err)
	}
	*cats = append(*cats, c)
	return c, nil
}

// folderOf is the local folder of a server feed: its category's title.
func folderOf(f *miniflux.Feed) string {
	if f.Category == nil {
		return ""
	}
	return model.SanitizeLine(f.Category.Title)
}

// maxURL bounds a feed address taken from the server, under the store's
// limit on index keys.
const maxURL = 1000

// saneURL reports whether a feed address from the server is one to store
// as it is: http(s), with a host, of a bounded length, with nothing a
// terminal would act on.
func saneURL(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && len(raw) <= maxURL && (u.Scheme == "http" || u.Scheme == "https") &&
		u.Host != "" && model.SanitizeLine(raw) == raw
}
