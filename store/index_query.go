package store

import (
	"encoding/binary"
	"fmt"
	"slices"

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
	var (
		out     SearchResults
		pending []pendingHit
	)
	err := s.viewSpeakers("search", func(t *txn) error {
		res, page, err := t.runSearch(q, offset, limit)
		if err != nil {
			return err
		}
		out.Total = res.Total
		pending = make([]pendingHit, len(page))
		names := map[string]string{}
		for i, h := range page {
			if err := t.readHit(h, &pending[i]); err != nil {
				return err
			}
			if idk, err := idKey(h.ID); err == nil {
				pending[i].links = t.links(dateIDKey(pending[i].sum.date(), idk))
			}
			pending[i].speakers = namesOf(pending[i].links, res.Speakers)
			pending[i].named = t.identityNames(pending[i].links, &pending[i].sum, names)
		}
		return nil
	})
	if err != nil {
		return SearchResults{}, err
	}
	// Bodies were copied out: decompress them and pick snippets on
	// every core, outside the transaction.
	out.Hits = make([]SearchHit, len(pending))
	err = parallel(len(pending), func(i int) error {
		an := s.analyzer()
		defer s.putAnalyzer(an)
		var err error
		out.Hits[i], err = s.finishHit(an, q, &pending[i])
		return err
	})
	if err != nil {
		return SearchResults{}, fmt.Errorf("search: %w", err)
	}
	if err := s.nameQuotes(out.Hits, pending); err != nil {
		return SearchResults{}, err
	}
	return out, nil
}

// nameQuotes gives the hits' quotes their speakers' names across the
// store, as SpeakerQuotes does.
func (s *Store) nameQuotes(hits []SearchHit, pending []pendingHit) error {
	names := map[string]string{}
	for i := range hits {
		for _, q := range hits[i].Quotes {
			if id := pending[i].links[model.SpeakerKey(q.Speaker)]; id != "" {
				names[id] = ""
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	err := s.view("name speakers", func(t *txn) error {
		for id := range names {
			if sc, err := t.speaker(id); err == nil {
				names[id] = sc.Name
			}
		}
		return nil
	})
	for i := range hits {
		for j := range hits[i].Quotes {
			q := &hits[i].Quotes[j]
			q.SpeakerName = names[pending[i].links[model.SpeakerKey(q.Speaker)]]
		}
	}
	return err
}

// SearchList is SearchPage for a list: summaries only, with their
// reading state, and no body read. It is what the reader's list pages
// through.
func (s *Store) SearchList(q search.Query, offset, limit int) ([]model.Summary, int, error) {
	var (
		out   []model.Summary
		total int
	)
	err := s.viewSpeakers("search", func(t *txn) error {
		res, page, err := t.runSearch(q, offset, limit)
		if err != nil {
			return err
		}
		total = res.Total
		names := map[string]string{}
		for _, h := range page {
			idk, err := idKey(h.ID)
			if err != nil {
				return fmt.Errorf("%w: search hit %q", errCorrupt, h.ID)
			}
			sum, err := t.summary(idk)
			if err != nil {
				return fmt.Errorf("search hit: %w", err)
			}
			m := sum.model(h.ID)
			m.Speakers = t.identityNames(t.links(dateIDKey(sum.date(), idk)), &sum, names)
			if m.State, err = t.state(idk); err != nil {
				return err
			}
			out = append(out, m)
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// runSearch runs q and returns its result and the page of hits asked for.
func (t *txn) runSearch(q search.Query, offset, limit int) (search.Result, []search.Hit, error) {
	if v := getU32(t.b(bucketMeta), keySearch); v != search.Version {
		// Only a read-only Open leaves an index of another version.
		return search.Result{}, nil, fmt.Errorf("the search index is of version %d, not %d; open the store read-write once to rebuild it: %w",
			v, search.Version, ErrOlderSchema)
	}
	offset = max(offset, 0)
	n := 0
	if limit > 0 {
		n = offset + limit
	}
	res, err := search.Search(&searchIndex{t: t}, q, n)
	if err != nil {
		return search.Result{}, nil, err
	}
	return res, res.Hits[min(offset, len(res.Hits)):], nil
}

// pendingHit is a hit's data copied out of the transaction.
type pendingHit struct {
	hit      search.Hit
	sum      summary
	state    model.State
	body     []byte // the compressed body record
	speakers []string
	links    map[string]string // the article's speakers' identities, by their keys
	named    []string          // the article's speakers by their identities' names
}

// readHit copies what a hit shows out of the transaction: its summary,
// its state and its compressed body.
func (t *txn) readHit(h search.Hit, p *pendingHit) error {
	idk, err := idKey(h.ID)
	if err != nil {
		return fmt.Errorf("%w: search hit %q", errCorrupt, h.ID)
	}
	if p.sum, err = t.summary(idk); err != nil {
		return fmt.Errorf("search hit: %w", err)
	}
	if p.state, err = t.state(idk); err != nil {
		return err
	}
	p.hit = h
	c := t.b(bucketBodies).Cursor()
	k, v := c.Seek(bodyKey(p.sum.body))
	for i := range p.sum.chunks {
		if k == nil || binary.BigEndian.Uint64(k) != p.sum.body+uint64(i) {
			return fmt.Errorf("article %s: %w: body chunk %d of %d missing", h.ID, errCorrupt, i+1, p.sum.chunks)
		}
		p.body = append(p.body, v...)
		k, v = c.Next()
	}
	return nil
}

// finishHit decodes a hit's body and picks its snippet and quotes.
func (s *Store) finishHit(an *search.Analyzer, q search.Query, p *pendingHit) (SearchHit, error) {
	a := model.Article{
		ID:               p.hit.ID,
		Title:            p.sum.title,
		Category:         p.sum.category,
		Feed:             p.sum.feed,
		Published:        p.sum.published,
		Imported:         p.sum.imported,
		ExtractorVersion: p.sum.extractor,
		State:            p.state,
	}
	plain, version, err := s.decompress(p.body, s.loadDict)
	if err != nil {
		return SearchHit{}, fmt.Errorf("article %s: %w", a.ID, err)
	}
	if err := decodeBodyFields(plain, version, &a); err != nil {
		return SearchHit{}, fmt.Errorf("article %s: %w", a.ID, err)
	}
	hit := SearchHit{Summary: p.sum.model(a.ID), Score: p.hit.Score}
	hit.Summary.State, hit.Summary.Speakers = p.state, p.named
	quotes := p.hit.Quotes
	if !q.HasSaid() {
		quotes = an.MatchQuotes(&a, q, p.speakers)
	}
	hit.Snippet = an.Snippet(&a, q, quotes)
	for _, i := range quotes {
		if i < len(a.Quotes) {
			hit.Quotes = append(hit.Quotes, model.QuoteRef{Quote: a.Quotes[i], Article: a.ID, Title: a.Title, Date: a.Date()})
		}
	}
	return hit, nil
}

// namesOf returns the keys by which an article's links name the
// identities given: quotes carry the article's names, the query
// identities.
func namesOf(links map[string]string, identities []string) []string {
	if len(identities) == 0 {
		return nil
	}
	var names []string
	for name, identity := range links {
		if slices.Contains(identities, identity) {
			names = append(names, name)
		}
	}
	if names == nil {
		return []string{"\x00"} // a speaker: matched nobody here: no quote is theirs
	}
	return names
}
