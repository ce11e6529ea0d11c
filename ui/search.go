package ui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/search"
	"soundbite/ui/list"
)

// The list's / input runs a search: while a query is on, pages come from
// the store's search, best match first, narrowed by the speaker, unread
// and bookmark filters; the list and the reader mark the words it
// matched. Saved searches live in the store and show in the sidebar.

// Messages of saved searches.
type (
	savedMsg struct {
		queries []string
		err     error
	}
	// searchSavedMsg reports a search saved or forgotten.
	searchSavedMsg struct {
		query  string
		forgot bool
		err    error
	}
)

// runSearch takes the text of the search input once typing has paused:
// empty ends the search, a query that parses replaces it, and one that
// does not says why in the status bar and leaves the list as it is.
func (m *Model) runSearch(text string) tea.Cmd {
	text = strings.TrimSpace(text)
	if text == m.queryText {
		return nil
	}
	if text == "" {
		m.query, m.queryText = search.Query{}, ""
		m.status = status{}
		m.setHighlights()
		return m.reload(m.article, list.Window)
	}
	q, err := search.Parse(text)
	if err != nil {
		m.setError(fmt.Errorf("search: %w", err))
		return nil
	}
	m.query, m.queryText = q, text
	m.status = status{}
	m.setHighlights()
	return m.reload(m.article, list.Window)
}

// searching reports whether the list shows a search.
func (m *Model) searching() bool { return !m.query.IsZero() }

// setHighlights points the list and the reader at the words the search
// matches, or at none. The analyser is the update loop's own: renders
// run elsewhere, but highlighting happens here and in View.
func (m *Model) setHighlights() {
	words := m.query.Words()
	if len(words) == 0 {
		m.list.SetHighlight(nil)
		m.reader.SetHighlight(nil)
		return
	}
	an, q := m.searcher, m.query
	light := func(text string) [][2]int {
		var out [][2]int
		for _, sp := range an.Highlight(text, q) {
			out = append(out, [2]int{sp.Start, sp.End})
		}
		return out
	}
	m.list.SetHighlight(light)
	m.reader.SetHighlight(light)
}

// searchPage answers a list page request from the store's search: the
// query narrowed by the filter, best first.
func searchPage(s Store, q search.Query, f model.Filter, req list.PageRequest, depth int) pageMsg {
	q = q.Filtered(f)
	p := list.Page{Gen: req.Gen, Offset: req.Offset, Total: -1, Index: -1}
	if req.Locate != "" {
		depth = max(depth, req.Limit)
		rows, total, err := s.SearchList(q, 0, depth)
		if err != nil {
			return pageMsg{page: p, err: fmt.Errorf("search: %w", err)}
		}
		p.Total = total
		i := slices.IndexFunc(rows, func(r model.Summary) bool { return r.ID == req.Locate })
		p.Index = i
		p.Offset = max(0, i-req.Limit/2)
		if end := p.Offset + req.Limit; end <= len(rows) || len(rows) < depth {
			p.Rows = rows[p.Offset:min(end, len(rows))]
			return pageMsg{page: p}
		}
	}
	rows, total, err := s.SearchList(q, p.Offset, req.Limit)
	if err != nil {
		return pageMsg{page: p, err: fmt.Errorf("search: %w", err)}
	}
	p.Rows, p.Total = rows, total
	return pageMsg{page: p}
}

func loadSaved(s Store) tea.Cmd {
	return func() tea.Msg {
		q, err := s.SavedSearches()
		if err != nil {
			err = fmt.Errorf("load saved searches: %w", err)
		}
		return savedMsg{queries: q, err: err}
	}
}

// saveSearch saves the search on, or forgets one, then reloads the list
// of saved searches.
func saveSearch(s Store, query string, forget bool) tea.Cmd {
	return func() tea.Msg {
		var err error
		if forget {
			err = s.ForgetSearch(query)
		} else {
			err = s.SaveSearch(query)
		}
		return searchSavedMsg{query: query, forgot: forget, err: err}
	}
}

// searchSaved reports a save or a forget and reloads the saved searches.
func (m *Model) searchSaved(msg searchSavedMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		m.setError(fmt.Errorf("saved searches: %w", msg.err))
		return nil
	case msg.forgot:
		m.status = status{text: "Forgot the search " + msg.query}
	default:
		m.status = status{text: "Saved the search " + msg.query + " (S in the sidebar lists saved searches)"}
	}
	return loadSaved(m.store)
}

// openSaved runs a saved search, as if typed.
func (m *Model) openSaved(query string) tea.Cmd {
	m.list.SetFilterValue(query)
	m.setFocus(focusList)
	return m.runSearch(query)
}
