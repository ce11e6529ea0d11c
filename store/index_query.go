package store

import (
	"fmt"

	"soundbite/model"
	"soundbite/search"
)

// SearchHit is one article a search found.
type SearchHit struct {
	Summary model.Summary // with its reading state
	Score   float64       // BM25; 0 when the query has no words
	// Snippet is the sentence that best matches, its matched words
	// marked.
	Snippet search.Snippet
	// Quotes are the article's quotes that match: those the said: words
	// were found in, or without said:, those holding one of the query's
	// words, by its speaker: when it names one (every quote of that
	// speaker when the query has no words).
	Quotes []model.QuoteRef
}

// SearchResults is a page of hits, best first, and how many articles
// matched in all.
type SearchResults struct {
	Hits  []SearchHit
	Total int
}

// Search runs q over every stored article and returns the best limit hits
// (all when limit <= 0): by BM25 over the query's words, title words
// weighing most, newest first among equals; newest first when the query
// has no words. It reads the posting lists of the query's words, the
// summaries of the hits and the bodies of the hits only, for snippets.
func (s *Store) Search(q search.Query, limit int) ([]SearchHit, error) {
	r, err := s.SearchPage(q, 0, limit)
	return r.Hits, err
}

// SearchPage is Search for a page further down the results: it skips
// offset hits, returns at most limit (all the rest when limit <= 0) and
// says how many there are in all. Only the page's articles are read.
func (s *Store) SearchPage(q search.Query, offset, limit int) (SearchResults, error) {
	offset = max(offset, 0)
	var out SearchResults
	err := s.view("search", func(t *txn) error {
		if v := getU32(t.b(bucketMeta), keySearch); v != search.Version {
			// Only a read-only Open leaves an index of another version.
			return fmt.Errorf("the search index is of version %d, not %d; open the store read-write once to rebuild it: %w",
				v, search.Version, ErrOlderSchema)
		}
		n := 0
		if limit > 0 {
			n = offset + limit
		}
		res, err := search.Search(&searchIndex{t: t}, q, n)
		if err != nil {
			return err
		}
		out.Total = res.Total
		an := s.analyzer()
		defer s.putAnalyzer(an)
		for _, h := range res.Hits[min(offset, len(res.Hits)):] {
			hit, err := t.searchHit(an, q, h, res.Speakers)
			if err != nil {
				return err
			}
			out.Hits = append(out.Hits, hit)
		}
		return nil
	})
	if err != nil {
		return SearchResults{}, err
	}
	return out, nil
}

// searchHit reads what a hit shows: the summary, the state and, from the
// body, the snippet and the matching quotes.
func (t *txn) searchHit(an *search.Analyzer, q search.Query, h search.Hit, speakers []string) (SearchHit, error) {
	idk, err := idKey(h.ID)
	if err != nil {
		return SearchHit{}, fmt.Errorf("%w: search hit %q", errCorrupt, h.ID)
	}
	sum, err := t.summary(idk)
	if err != nil {
		return SearchHit{}, fmt.Errorf("search hit: %w", err)
	}
	a, err := t.articleFrom(idk, &sum)
	if err != nil {
		return SearchHit{}, err
	}
	hit := SearchHit{Summary: sum.model(a.ID), Score: h.Score}
	hit.Summary.State = a.State
	hit.Snippet = an.Snippet(&a, q, h.Quotes)
	quotes := h.Quotes
	if !q.HasSaid() {
		quotes = an.MatchQuotes(&a, q, speakers)
	}
	for _, i := range quotes {
		if i < len(a.Quotes) {
			hit.Quotes = append(hit.Quotes, model.QuoteRef{Quote: a.Quotes[i], Article: a.ID, Title: a.Title, Date: a.Date()})
		}
	}
	return hit, nil
}
