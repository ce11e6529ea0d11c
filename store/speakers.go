package store

import (
	"cmp"
	"fmt"
	"slices"

	"soundbite/model"
)

// speakerScanLimit bounds the articles a filtered Speakers call reads: the
// speakers of the articles in view, not of every match. A top speaker's
// filter matches a fifth of the store, and reading 20,000 summaries took
// the reader's sidebar tens of milliseconds and tens of MiB of mapped
// pages; the reader says the sidebar counts the newest 200, a list window.
const speakerScanLimit = 200

// Speakers returns the speakers most quoted first, then by name, at most
// limit of them (all when limit <= 0). With the zero filter it walks the
// stored totals in rank order. Otherwise it counts quotes and articles
// over the newest speakerScanLimit articles matching f, taking names,
// kinds, aliases and roles from the stored totals of the speakers
// returned.
func (s *Store) Speakers(f model.Filter, limit int) ([]model.SpeakerCount, error) {
	var out []model.SpeakerCount
	err := s.view("list speakers", func(t *txn) error {
		var err error
		if f.IsZero() {
			out, err = t.rankedSpeakers(limit)
		} else {
			out, err = t.filteredSpeakers(f, limit)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (t *txn) rankedSpeakers(limit int) ([]model.SpeakerCount, error) {
	var out []model.SpeakerCount
	speakers := t.b(bucketSpeakers)
	c := t.b(bucketSpeakerRank).Cursor()
	for k, _ := c.First(); k != nil && (limit <= 0 || len(out) < limit); k, _ = c.Next() {
		if len(k) <= 8 {
			continue
		}
		key := string(k[8:])
		agg, err := decodeAggregate(speakers.Get(k[8:]))
		if err != nil {
			return nil, fmt.Errorf("speaker %q: %w", key, err)
		}
		out = append(out, agg.model(key))
	}
	return out, nil
}

func (t *txn) filteredSpeakers(f model.Filter, limit int) ([]model.SpeakerCount, error) {
	type tally struct {
		name             string
		quotes, articles int
	}
	tallies := map[string]*tally{}
	articles := t.b(bucketArticles)
	p := t.plan(f)
	scanned := 0
	err := t.walk(&p, 0, func(k []byte, sum *summary) (bool, error) {
		if sum == nil {
			s, err := decodeSummary(articles.Get(k[dateLen:]))
			if err != nil {
				return false, err
			}
			sum = &s
		}
		var seen []string
		for _, sp := range sum.speakers {
			key := model.SpeakerKey(sp.name)
			if key == "" {
				continue
			}
			tl := tallies[key]
			if tl == nil {
				tl = &tally{name: sp.name}
				tallies[key] = tl
			}
			tl.quotes += sp.quotes
			if !slices.Contains(seen, key) {
				tl.articles++
				seen = append(seen, key)
			}
		}
		scanned++
		return scanned < speakerScanLimit, nil
	})
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(tallies))
	for key := range tallies {
		keys = append(keys, key)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(tallies[b].quotes, tallies[a].quotes); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if limit > 0 && len(keys) > limit {
		keys = keys[:limit]
	}
	// Only the speakers returned need their stored totals decoded.
	out := make([]model.SpeakerCount, 0, len(keys))
	speakers := t.b(bucketSpeakers)
	for _, key := range keys {
		tl := tallies[key]
		sc := model.SpeakerCount{Speaker: model.Speaker{Name: tl.name}}
		if v := speakers.Get([]byte(key)); v != nil {
			if agg, err := decodeAggregate(v); err == nil {
				sc = agg.model(key)
			}
		}
		sc.Quotes, sc.Articles = tl.quotes, tl.articles
		out = append(out, sc)
	}
	return out, nil
}

// resolveSpeaker maps a speaker key or alias key to the speaker's key.
// When an alias names several speakers ("smith"), the most quoted wins.
// It returns key itself, and false, when nothing is known by it.
func (t *txn) resolveSpeaker(key string) (string, bool) {
	if t.b(bucketSpeakers).Get([]byte(key)) != nil {
		return key, true
	}
	b := t.b(bucketAliases).Bucket([]byte(key))
	if b == nil {
		return key, false
	}
	best, bestQuotes := "", uint64(0)
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		agg, err := decodeAggregate(t.b(bucketSpeakers).Get(k))
		if err != nil {
			continue
		}
		if best == "" || agg.quotes > bestQuotes {
			best, bestQuotes = string(k), agg.quotes
		}
	}
	if best == "" {
		return key, false
	}
	return best, true
}

// Speaker returns a speaker's totals, looked up by key (model.SpeakerKey)
// or by the key of any alias: "putin" finds Vladimir Putin.
func (s *Store) Speaker(key string) (model.SpeakerCount, error) {
	var sc model.SpeakerCount
	err := s.view("look up speaker", func(t *txn) error {
		k, ok := t.resolveSpeaker(model.SpeakerKey(key))
		if !ok {
			return fmt.Errorf("speaker %q: %w", key, ErrNotFound)
		}
		agg, err := decodeAggregate(t.b(bucketSpeakers).Get([]byte(k)))
		if err != nil {
			return fmt.Errorf("speaker %q: %w", k, err)
		}
		sc = agg.model(k)
		return nil
	})
	return sc, err
}

// SpeakerQuotes returns a speaker's quotes across the store, newest
// article first and in text order within an article, at most limit (all
// when limit <= 0). speakerKey may be an alias's key. The speaker's index
// says which articles hold its quotes and which quotes they are, so only
// those articles' bodies are read.
func (s *Store) SpeakerQuotes(speakerKey string, limit int) ([]model.QuoteRef, error) {
	var out []model.QuoteRef
	err := s.view("list quotes", func(t *txn) error {
		key, _ := t.resolveSpeaker(model.SpeakerKey(speakerKey))
		b := t.b(bucketBySpeaker).Bucket([]byte(key))
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
			if len(k) != dateIDLen || len(v) == 0 {
				continue
			}
			nums, err := decodeQuoteNums(v)
			if err != nil {
				return fmt.Errorf("speaker %q: %w", key, err)
			}
			a, err := t.article(k[dateLen:])
			if err != nil {
				return err
			}
			for _, n := range nums {
				if n >= len(a.Quotes) || (limit > 0 && len(out) >= limit) {
					continue
				}
				out = append(out, model.QuoteRef{Quote: a.Quotes[n], Article: a.ID, Title: a.Title, Date: a.Date()})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
