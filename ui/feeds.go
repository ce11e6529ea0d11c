package ui

import (
	"cmp"
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/ui/list"
	"soundbite/ui/speakers"
)

// The feeds view is a mode of the sidebar (F): every subscription with
// its unread articles, grouped by folder, after entries for all, unread
// and bookmarked articles. Choosing one filters the list; speaker filters
// and the search stay on top of it. The feeds load with every reload, so
// their counts follow reading, marking, refreshes and other processes.

// feedsMsg carries the store's feeds.
type feedsMsg struct {
	feeds []model.Feed
	err   error
}

func loadFeeds(s Store) tea.Cmd {
	return func() tea.Msg {
		f, err := s.Feeds()
		if err != nil {
			err = fmt.Errorf("list feeds: %w", err)
		}
		return feedsMsg{feeds: f, err: err}
	}
}

// showFeeds opens the feeds view in the sidebar and focuses it.
func (m *Model) showFeeds() {
	m.side = true
	m.speakers.ShowFeeds()
	m.setFocus(focusSpeakers)
	m.relayout()
}

// setFeeds keeps the feeds for the view's entries.
func (m *Model) setFeeds(msg feedsMsg) {
	if msg.err != nil {
		m.setError(msg.err)
		return
	}
	m.feeds = msg.feeds
	m.syncEntries()
	m.list.SetChips(m.chipNames())
}

// syncEntries rebuilds the feeds view's rows from the feeds and counts.
func (m *Model) syncEntries() {
	entries := []speakers.Entry{
		{Kind: speakers.AllEntry, Label: "All articles", Unread: m.counts.Unread},
		{Kind: speakers.UnreadEntry, Label: "Unread", Unread: m.counts.Unread},
		{Kind: speakers.BookmarkedEntry, Label: "Bookmarked", Unread: m.counts.Bookmarked},
	}
	feeds := slices.Clone(m.feeds)
	// Feeds without a folder first, then folder by folder; sorted by name
	// within each, as the store returns them.
	slices.SortStableFunc(feeds, func(a, b model.Feed) int {
		if (a.Folder == "") != (b.Folder == "") {
			if a.Folder == "" {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Folder, b.Folder)
	})
	for i, f := range feeds {
		if f.Folder != "" && (i == 0 || feeds[i-1].Folder != f.Folder) {
			unread := 0
			for _, g := range feeds[i:] {
				if g.Folder == f.Folder {
					unread += g.Unread
				}
			}
			entries = append(entries, speakers.Entry{Kind: speakers.FolderEntry, Label: f.Folder, Folder: f.Folder, Unread: unread})
		}
		entries = append(entries, speakers.Entry{Kind: speakers.FeedEntry, Label: f.DisplayName(), Feed: f.URL,
			Folder: f.Folder, Unread: f.Unread, Err: f.LastError})
	}
	active := 0
	for i, e := range entries {
		if m.showsEntry(e) {
			active = i
		}
	}
	m.speakers.SetEntries(entries, active)
}

// showsEntry says whether the list's filter is the entry's.
func (m *Model) showsEntry(e speakers.Entry) bool {
	f := m.filter
	switch e.Kind {
	case speakers.UnreadEntry:
		return f.Unread && !f.Bookmarked && f.Feed == "" && f.Folder == ""
	case speakers.BookmarkedEntry:
		return f.Bookmarked && f.Feed == "" && f.Folder == ""
	case speakers.FolderEntry:
		return f.Folder == e.Folder
	case speakers.FeedEntry:
		return f.Feed == e.Feed
	}
	return false
}

// chooseEntry filters the list by an entry of the feeds view, keeping the
// speaker filters and the search.
func (m *Model) chooseEntry(e speakers.Entry) tea.Cmd {
	f := &m.filter
	f.Feed, f.Folder, f.Unread, f.Bookmarked = "", "", false, false
	switch e.Kind {
	case speakers.UnreadEntry:
		f.Unread = true
	case speakers.BookmarkedEntry:
		f.Bookmarked = true
	case speakers.FolderEntry:
		f.Folder = e.Folder
	case speakers.FeedEntry:
		f.Feed = e.Feed
	}
	m.status = status{text: "Showing " + model.SanitizeLine(e.Label)}
	return m.reload(m.selected, list.Window)
}

// feedChip names the feed or folder the list shows, for the chips above
// it; empty when it shows every feed.
func (m *Model) feedChip() string {
	switch {
	case m.filter.Folder != "":
		return "▸ " + model.SanitizeLine(m.filter.Folder)
	case m.filter.Feed != "":
		for _, f := range m.feeds {
			if f.URL == m.filter.Feed {
				return "feed " + model.SanitizeLine(f.DisplayName())
			}
		}
		return "feed " + model.SanitizeLine(m.filter.Feed)
	}
	return ""
}
