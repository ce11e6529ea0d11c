package ui

import (
	"slices"
	"strings"

	"soundbite/model"
	"soundbite/search"
)

// SearchList answers a search the simple way: every clause is tested on
// every article, newest first. Words match by term, in any order.
func (s *fakeStore) SearchList(q search.Query, offset, limit int) ([]model.Summary, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	an := search.NewAnalyzer()
	var hits []model.Summary
	for i := range s.articles {
		if s.searchMatch(an, &s.articles[i], q) {
			hits = append(hits, s.articles[i].Summary())
		}
	}
	total := len(hits)
	hits = hits[min(offset, len(hits)):]
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, total, nil
}

func (s *fakeStore) searchMatch(an *search.Analyzer, a *model.Article, q search.Query) bool {
	for _, c := range q.Clauses {
		if s.clauseMatch(an, a, c) == c.Not {
			return false
		}
	}
	return true
}

func (s *fakeStore) clauseMatch(an *search.Analyzer, a *model.Article, c search.Clause) bool {
	switch c.Op {
	case search.OpText, search.OpSaid:
		text := a.Title + " " + a.Text()
		if c.Op == search.OpSaid {
			var quotes []string
			for _, qu := range a.Quotes {
				quotes = append(quotes, qu.Text)
			}
			text = strings.Join(quotes, " ")
		}
		terms := an.Terms(text)
		for _, t := range c.Terms {
			if !slices.Contains(terms, t.Term) {
				return false
			}
		}
		return true
	case search.OpSpeaker:
		k := model.SpeakerKey(c.Value)
		for _, sp := range a.Speakers {
			if sp.Key() == k || strings.HasSuffix(sp.Key(), " "+k) {
				return true
			}
		}
		return false
	case search.OpCategory:
		return search.Fold(a.Category) == c.Value
	case search.OpFeed:
		return a.Feed == c.Value
	case search.OpIs:
		switch c.Value {
		case search.IsUnread:
			return !a.State.Read
		case search.IsRead:
			return a.State.Read
		}
		return a.State.Bookmarked
	case search.OpAfter:
		return !a.Date().Before(c.Day)
	case search.OpBefore:
		return a.Date().Before(c.Day)
	}
	return false
}

func (s *fakeStore) SavedSearches() ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.saved), nil
}

func (s *fakeStore) SaveSearch(query string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saved = append([]string{query}, slices.DeleteFunc(s.saved, func(q string) bool { return q == query })...)
	return nil
}

func (s *fakeStore) ForgetSearch(query string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saved = slices.DeleteFunc(s.saved, func(q string) bool { return q == query })
	return nil
}
