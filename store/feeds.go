package store

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"soundbite/model"
)

// AddFeed subscribes to a feed; ErrExists if its URL is already stored.
// A zero Added is stamped now.
func (s *Store) AddFeed(f model.Feed) error {
	if err := checkFeedURL(f.URL); err != nil {
		return fmt.Errorf("add feed: %w", err)
	}
	return s.update("add feed "+f.URL, func(t *txn) error {
		feeds := t.b(bucketFeeds)
		if feeds.Get([]byte(f.URL)) != nil {
			return ErrExists
		}
		if f.Added.IsZero() {
			f.Added = t.s.now()
		}
		return putChecked(feeds, []byte(f.URL), encodeFeed(&f), "feed", reads(decodeFeed))
	})
}

// UpdateFeed replaces a stored feed's record; ErrNotFound if missing.
// Articles is not stored: reads count the feed's articles afresh.
func (s *Store) UpdateFeed(f model.Feed) error {
	if err := checkFeedURL(f.URL); err != nil {
		return fmt.Errorf("update feed: %w", err)
	}
	return s.update("update feed "+f.URL, func(t *txn) error {
		feeds := t.b(bucketFeeds)
		if feeds.Get([]byte(f.URL)) == nil {
			return ErrNotFound
		}
		return putChecked(feeds, []byte(f.URL), encodeFeed(&f), "feed", reads(decodeFeed))
	})
}

func checkFeedURL(url string) error {
	switch {
	case url == "":
		return errors.New("feed has no URL")
	case len(url) > maxIndexKey:
		return fmt.Errorf("feed URL is %d bytes, over %d", len(url), maxIndexKey)
	}
	return nil
}

// Feed returns the feed stored under url, with Articles counted.
func (s *Store) Feed(url string) (model.Feed, error) {
	var f model.Feed
	err := s.view("get feed "+url, func(t *txn) error {
		v := t.b(bucketFeeds).Get([]byte(url))
		if v == nil {
			return ErrNotFound
		}
		var err error
		f, err = t.feed(v)
		return err
	})
	return f, err
}

func (t *txn) feed(v []byte) (model.Feed, error) {
	f, err := decodeFeed(v)
	if err != nil {
		return f, err
	}
	if b := t.b(bucketByFeed).Bucket([]byte(f.URL)); b != nil {
		f.Articles = int(b.Sequence())
		// One point lookup per article of the feed: the unread index
		// shares the by-feed index's keys.
		unread := t.b(bucketUnread)
		c := b.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if has(unread, k) {
				f.Unread++
			}
		}
	}
	return f, nil
}

// Feeds returns every feed, ordered by display name (ignoring case), then
// URL.
func (s *Store) Feeds() ([]model.Feed, error) {
	var out []model.Feed
	err := s.view("list feeds", func(t *txn) error {
		return t.b(bucketFeeds).ForEach(func(_, v []byte) error {
			f, err := t.feed(v)
			if err != nil {
				return err
			}
			out = append(out, f)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b model.Feed) int {
		if c := cmp.Compare(strings.ToLower(a.DisplayName()), strings.ToLower(b.DisplayName())); c != 0 {
			return c
		}
		return cmp.Compare(a.URL, b.URL)
	})
	return out, nil
}

// RemoveFeed unsubscribes from a feed. Its articles stay, and can still be
// listed with Filter.Feed; delete them one by one to drop them too. Its
// removed items are forgotten: subscribing again starts afresh.
func (s *Store) RemoveFeed(url string) error {
	return s.update("remove feed "+url, func(t *txn) error {
		feeds := t.b(bucketFeeds)
		if feeds.Get([]byte(url)) == nil {
			return ErrNotFound
		}
		if err := t.dropRemoved(url); err != nil {
			return err
		}
		return feeds.Delete([]byte(url))
	})
}

// inFolder says whether a feed filed in folder is in the folder named
// (ignoring case), directly or in a folder inside it.
func inFolder(folder, name string) bool {
	if folder == "" || name == "" {
		return false
	}
	return strings.EqualFold(folder, name) ||
		len(folder) > len(name) && folder[len(name)] == '/' && strings.EqualFold(folder[:len(name)], name)
}

// folderFeeds lists the URLs of the feeds in the folder named. A feed
// record that does not decode is left out: a filter is no place to
// report it, and feed list does.
func (t *txn) folderFeeds(name string) []string {
	var urls []string
	_ = t.b(bucketFeeds).ForEach(func(_, v []byte) error {
		if f, err := decodeFeed(v); err == nil && inFolder(f.Folder, name) {
			urls = append(urls, f.URL)
		}
		return nil
	})
	return urls
}
