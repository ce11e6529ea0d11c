package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"soundbite/search"
)

// restore puts the reader back where the session says it was: the
// filters (feed or folder, unread or bookmarked, speakers), the search,
// the feeds view, the selected article; and remembers the change
// token read before the session, so the first poll compares with it.
func (m *Model) restore(msg sessionMsg) tea.Cmd {
	if msg.err != nil {
		m.setError(msg.err)
	}
	if msg.token != nil {
		m.seen, m.seenAny = *msg.token, true
	}
	m.filter = msg.session.Filter
	if msg.session.Feeds {
		m.speakers.ShowFeeds() // focus stays on the list
	}
	// A title filter from before searches becomes a search.
	text := msg.session.Query
	if text == "" {
		text = m.filter.Title
	}
	m.filter.Title = ""
	if q, err := search.Parse(text); err == nil && !q.IsZero() {
		m.query, m.queryText = q, strings.TrimSpace(text)
		m.list.SetFilterValue(m.queryText)
		m.setHighlights()
	}
	return m.reload(msg.session.Selected, locateLimit)
}
