package store

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"soundbite/model"
)

// Speakers returns the speakers most quoted first, then by name, at most
// limit of them (all when limit <= 0). With the zero filter it walks the
// stored totals in rank order. Otherwise it counts quotes and articles
// over every article matching f, so a speaker's count is the number of
// articles the list shows with that speaker's filter added, taking names,
// kinds, aliases and roles from the stored totals of the speakers
// returned.
func (s *Store) Speakers(f model.Filter, limit int) ([]model.SpeakerCount, error) {
	var out []model.SpeakerCount
	err := s.viewSpeakers("list speakers", func(t *txn) error {
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
	c := t.b(bucketSpeakerRank).Cursor()
	for k, _ := c.First(); k != nil && (limit <= 0 || len(out) < limit); k, _ = c.Next() {
		if len(k) <= 8 {
			continue
		}
		sc, err := t.speaker(string(k[8:]))
		if err != nil {
			return nil, err
		}
		out = append(out, sc)
	}
	return out, nil
}

func (t *txn) filteredSpeakers(f model.Filter, limit int) ([]model.SpeakerCount, error) {
	type tally struct{ quotes, articles int }
	tallies := map[string]*tally{}
	links := t.b(bucketSpeakerLinks)
	p := t.plan(f)
	err := t.walk(&p, 0, func(k []byte, _ *summary) (bool, error) {
		v := links.Get(k)
		if v != nil {
			ls, err := decodeLinks(v)
			if err != nil {
				return false, fmt.Errorf("article %s: %w", keyID(k[dateLen:]), err)
			}
			var seen []string
			for _, l := range ls {
				tl := tallies[l.identity]
				if tl == nil {
					tl = &tally{}
					tallies[l.identity] = tl
				}
				tl.quotes += l.quotes
				if !slices.Contains(seen, l.identity) {
					tl.articles++
					seen = append(seen, l.identity)
				}
			}
		}
		return true, nil
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
	for _, key := range keys {
		sc, err := t.speaker(key)
		if err != nil {
			return nil, err
		}
		sc.Quotes, sc.Articles = tallies[key].quotes, tallies[key].articles
		out = append(out, sc)
	}
	return out, nil
}

// speaker reads an identity's totals.
func (t *txn) speaker(key string) (model.SpeakerCount, error) {
	v := t.b(bucketSpeakers).Get([]byte(key))
	if v == nil {
		return model.SpeakerCount{}, fmt.Errorf("speaker %q: %w", key, ErrNotFound)
	}
	agg, err := decodeAggregate(v)
	if err != nil {
		return model.SpeakerCount{}, fmt.Errorf("speaker %q: %w", key, err)
	}
	sc := agg.model(key)
	if nameSig(nameCore(sc.Name)) < 2 {
		if sc.Kind == model.Organization && t.surnameOfPeople(key, agg) {
			sc.Kind = model.Person
		}
		// A bare name may find others too (identity.go's rule 5 keeps a
		// "Kowalski" of its own beside the Kowalskis): give the entry a
		// form that finds it alone.
		if ks := t.resolveSpeaker(sc.Key()); len(ks) != 1 || ks[0] != key {
			sc.Ref = identityRef + key
		}
	}
	return sc, nil
}

// surnameOfPeople reports whether a bare identity's kind is only the
// extractor's guess for its one-word names (weakKind) and its name is the
// surname of people stored: a reindex keeps a bare "Varga" of its own
// beside Ilse and Tomas Varga, and "Varga said" is far likelier another
// Varga than a firm.
func (t *txn) surnameOfPeople(key string, agg *aggregate) bool {
	for k := range agg.kinds {
		if !strings.HasPrefix(k, "~") {
			return false
		}
	}
	for n := range agg.names {
		for _, c := range t.known(nameCore(n), maxCandidates) {
			if c.key != key && c.flags&formSurname != 0 {
				return true // only a person's full name gives a surname form
			}
		}
	}
	return false
}

// SpeakersNamed returns every speaker a name form finds, most quoted
// first: one for "Dmitry Peskov", "Peskov", "Kremlin spokesman Dmitry
// Peskov" or, while no other Dmitry is stored, "Dmitry"; each Kowalski
// for "Kowalski" when several are stored (see identity.go). It fails
// with ErrNotFound when none is.
func (s *Store) SpeakersNamed(form string) ([]model.SpeakerCount, error) {
	var out []model.SpeakerCount
	err := s.viewSpeakers("look up speaker", func(t *txn) error {
		for _, key := range t.resolveSpeaker(form) {
			sc, err := t.speaker(key)
			if err != nil {
				return err
			}
			out = append(out, sc)
		}
		if len(out) == 0 {
			return fmt.Errorf("speaker %q: %w", form, ErrNotFound)
		}
		return nil
	})
	return out, err
}

// Speaker returns the most quoted speaker a name form finds (see
// SpeakersNamed): "putin" finds Vladimir Putin.
func (s *Store) Speaker(form string) (model.SpeakerCount, error) {
	scs, err := s.SpeakersNamed(form)
	if err != nil {
		return model.SpeakerCount{}, err
	}
	return scs[0], nil
}

// SpeakerQuotes returns the quotes of the speakers a name form finds
// (SpeakersNamed) across the store, newest article first and in text
// order within an article, at most limit (all when limit <= 0). Each
// QuoteRef carries its speaker's name across the store beside the one
// the article used. The speakers' index says which articles hold their
// quotes and which quotes they are, so only those articles' bodies are
// read.
func (s *Store) SpeakerQuotes(form string, limit int) ([]model.QuoteRef, error) {
	var out []model.QuoteRef
	err := s.viewSpeakers("list quotes", func(t *txn) error {
		keys := t.resolveSpeaker(form)
		var u union
		var names []string
		for _, key := range keys {
			b := t.b(bucketBySpeaker).Bucket([]byte(key))
			if b == nil {
				continue
			}
			sc, err := t.speaker(key)
			if err != nil {
				return err
			}
			u, names = append(u, b), append(names, sc.Name)
		}
		if len(u) == 0 {
			return nil
		}
		c := u.cursor()
		for k := c.last(); k != nil && (limit <= 0 || len(out) < limit); k = c.prev() {
			if len(k) != dateIDLen {
				continue
			}
			var (
				nums  []int
				whose = map[int]string{}
			)
			for i, b := range u {
				v := b.Get(k)
				if len(v) == 0 {
					continue
				}
				ns, err := decodeQuoteNums(v)
				if err != nil {
					return fmt.Errorf("speaker %q: %w", keys[i], err)
				}
				for _, n := range ns {
					whose[n] = names[i]
				}
				nums = append(nums, ns...)
			}
			slices.Sort(nums)
			a, err := t.article(k[dateLen:])
			if err != nil {
				return err
			}
			for _, n := range slices.Compact(nums) {
				if n >= len(a.Quotes) || (limit > 0 && len(out) >= limit) {
					continue
				}
				out = append(out, model.QuoteRef{Quote: a.Quotes[n], SpeakerName: whose[n], Article: a.ID, Title: a.Title, Date: a.Date()})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
