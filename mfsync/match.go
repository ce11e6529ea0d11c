package mfsync

import (
	"fmt"

	"soundbite/model"
)

// matcher finds the local article an entry already is: a feed both sides
// fetched before they synced has its items stored here under soundbite's
// own IDs, and the server's entries for them must not be stored again.
// It matches by feed and title, the one identity both sides keep, and
// hands each local article to one entry at most.
type matcher struct {
	st      Store
	claimed map[model.ID]bool // articles already some entry's
	byFeed  map[string]map[string][]model.Summary
}

func newMatcher(st Store, state *State) *matcher {
	m := &matcher{st: st, claimed: make(map[model.ID]bool, len(state.Entries)), byFeed: map[string]map[string][]model.Summary{}}
	for _, b := range state.Entries {
		m.claimed[b.Article] = true
	}
	return m
}

// find returns the unclaimed local article of feedURL titled title, and
// claims it.
func (m *matcher) find(feedURL, title string, own model.ID) (model.Summary, bool, error) {
	if feedURL == "" || title == "" {
		return model.Summary{}, false, nil
	}
	titles, ok := m.byFeed[feedURL]
	if !ok {
		arts, err := m.st.List(model.Filter{Feed: feedURL}, 0, 0)
		if err != nil {
			return model.Summary{}, false, fmt.Errorf("listing the articles of %s: %w", feedURL, err)
		}
		titles = map[string][]model.Summary{}
		for _, a := range arts {
			titles[a.Title] = append(titles[a.Title], a)
		}
		m.byFeed[feedURL] = titles
	}
	for _, a := range titles[title] {
		if !m.claimed[a.ID] && a.ID != own {
			m.claimed[a.ID] = true
			return a, true, nil
		}
	}
	return model.Summary{}, false, nil
}
