package store

import (
	"bytes"
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// plan is how a filter is answered: walk the smallest index that the filter
// requires backwards, and test each key against the other required indexes
// and the title. All indexes share the <date><id> key, so each test is one
// point lookup and nothing is sorted in memory. A speaker filter that
// names several identities (an ambiguous "Kowalski") is the union of
// their indexes.
type plan struct {
	none    bool // a required index is missing: nothing matches
	primary union
	size    int // entries in primary; an upper bound for a union
	checks  []union
	title   string
}

// union is one index, or several that a key matches when it is in any.
type union []*bolt.Bucket

func (u union) has(k []byte) bool {
	for _, b := range u {
		if has(b, k) {
			return true
		}
	}
	return false
}

// exact reports whether every primary entry matches, so offsets skip keys
// unseen and counts come from counters.
func (p *plan) exact() bool {
	return !p.none && len(p.primary) == 1 && len(p.checks) == 0 && p.title == ""
}

type candidate struct {
	u    union
	size int
}

func (t *txn) plan(f model.Filter) plan {
	p := plan{title: f.Title}
	var cands []candidate
	one := func(b *bolt.Bucket, size int) { cands = append(cands, candidate{union{b}, size}) }
	if f.Unread {
		one(t.b(bucketUnread), t.counter(keyUnread))
	}
	if f.Bookmarked {
		one(t.b(bucketBookmarked), t.counter(keyBookmarked))
	}
	if f.Feed != "" {
		b := t.b(bucketByFeed).Bucket([]byte(f.Feed))
		if b == nil {
			return plan{none: true}
		}
		one(b, int(b.Sequence()))
	}
	if f.Folder != "" {
		var c candidate
		for _, url := range t.folderFeeds(f.Folder) {
			if b := t.b(bucketByFeed).Bucket([]byte(url)); b != nil {
				c.u = append(c.u, b)
				c.size += int(b.Sequence())
			}
		}
		if len(c.u) == 0 {
			return plan{none: true}
		}
		cands = append(cands, c)
	}
	var seen [][]string
	for _, name := range f.Speakers {
		if model.SpeakerKey(name) == "" {
			continue
		}
		keys := t.resolveSpeaker(name)
		if slices.ContainsFunc(seen, func(s []string) bool { return slices.Equal(s, keys) }) {
			continue
		}
		seen = append(seen, keys)
		var c candidate
		for _, key := range keys {
			if b := t.b(bucketBySpeaker).Bucket([]byte(key)); b != nil {
				c.u = append(c.u, b)
				c.size += int(b.Sequence())
			}
		}
		if len(c.u) == 0 {
			return plan{none: true}
		}
		cands = append(cands, c)
	}
	if len(cands) == 0 {
		p.primary, p.size = union{t.b(bucketByDate)}, t.counter(keyArticles)
		return p
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(a.size, b.size) })
	p.primary, p.size = cands[0].u, cands[0].size
	for _, c := range cands[1:] {
		p.checks = append(p.checks, c.u)
	}
	return p
}

// unionCursor walks the keys of a union backwards, each key once.
type unionCursor struct {
	cs   []*bolt.Cursor
	keys [][]byte // each cursor's key; nil when done
}

func (u union) cursor() *unionCursor {
	uc := &unionCursor{}
	for _, b := range u {
		uc.cs = append(uc.cs, b.Cursor())
	}
	uc.keys = make([][]byte, len(uc.cs))
	return uc
}

// last positions every cursor at its end and returns the greatest key.
func (uc *unionCursor) last() []byte {
	for i, c := range uc.cs {
		uc.keys[i], _ = c.Last()
	}
	return uc.greatest()
}

// prev moves past the current key and returns the next smaller one.
func (uc *unionCursor) prev() []byte {
	cur := uc.greatest()
	if len(uc.cs) == 1 {
		uc.keys[0], _ = uc.cs[0].Prev()
		return uc.keys[0]
	}
	for i, c := range uc.cs {
		if uc.keys[i] != nil && bytes.Equal(uc.keys[i], cur) {
			uc.keys[i], _ = c.Prev()
		}
	}
	return uc.greatest()
}

func (uc *unionCursor) greatest() []byte {
	var g []byte
	for _, k := range uc.keys {
		if k != nil && (g == nil || bytes.Compare(k, g) > 0) {
			g = k
		}
	}
	return g
}

// containsFold reports whether sub is within s, ignoring case as
// strings.EqualFold does. It takes bytes, so titles are tested in place,
// without copying them out of the transaction.
func containsFold(s []byte, sub string) bool {
	for i := 0; i <= len(s); {
		if hasPrefixFold(s[i:], sub) {
			return true
		}
		if i == len(s) {
			break
		}
		_, n := utf8.DecodeRune(s[i:])
		i += n
	}
	return false
}

func hasPrefixFold(s []byte, prefix string) bool {
	for prefix != "" {
		if len(s) == 0 {
			return false
		}
		r1, n1 := utf8.DecodeRune(s)
		r2, n2 := utf8.DecodeRuneInString(prefix)
		if r1 != r2 && !equalFoldRune(r1, r2) {
			return false
		}
		s, prefix = s[n1:], prefix[n2:]
	}
	return true
}

// equalFoldRune reports whether r1 and r2 are the same letter under
// Unicode simple case folding.
func equalFoldRune(r1, r2 rune) bool {
	if r1 < utf8.RuneSelf && r2 < utf8.RuneSelf {
		return lowerASCII(r1) == lowerASCII(r2)
	}
	for r := unicode.SimpleFold(r1); r != r1; r = unicode.SimpleFold(r) {
		if r == r2 {
			return true
		}
	}
	return false
}

func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// walk calls fn with the <date><id> key of each article matching p, newest
// first, after skipping offset matches, until fn returns false. sum is the
// article's summary when matching needed it, else nil.
func (t *txn) walk(p *plan, offset int, fn func(k []byte, sum *summary) (more bool, err error)) error {
	if p.none {
		return nil
	}
	c := p.primary.cursor()
	k := c.last()
	if p.exact() {
		for ; offset > 0 && k != nil; offset-- {
			k = c.prev()
		}
	}
	articles := t.b(bucketArticles)
	for ; k != nil; k = c.prev() {
		if len(k) != dateIDLen {
			continue
		}
		if !matchAll(p.checks, k) {
			continue
		}
		var sum *summary
		if p.title != "" {
			v := articles.Get(k[dateLen:])
			title, err := summaryTitle(v)
			if err != nil {
				return err
			}
			if !containsFold(title, p.title) {
				continue
			}
			s, err := decodeSummary(v)
			if err != nil {
				return err
			}
			sum = &s
		}
		if offset > 0 {
			offset--
			continue
		}
		more, err := fn(k, sum)
		if err != nil || !more {
			return err
		}
	}
	return nil
}

func matchAll(checks []union, k []byte) bool {
	for _, u := range checks {
		if !u.has(k) {
			return false
		}
	}
	return true
}

// List returns the summaries of articles matching f, newest first
// (model.Article.Date), with their reading state, skipping offset matches
// and returning at most limit (all when limit <= 0). It never reads
// bodies; an unfiltered page reads about limit records, however large the
// store.
func (s *Store) List(f model.Filter, offset, limit int) ([]model.Summary, error) {
	var out []model.Summary
	err := s.viewFor(f)("list articles", func(t *txn) error {
		p := t.plan(f)
		articles := t.b(bucketArticles)
		names := map[string]string{}
		return t.walk(&p, max(offset, 0), func(k []byte, sum *summary) (bool, error) {
			idk := k[dateLen:]
			if sum == nil {
				s, err := decodeSummary(articles.Get(idk))
				if err != nil {
					return false, err
				}
				sum = &s
			}
			m := sum.model(keyID(idk))
			m.Speakers = t.identityNames(t.links(dateIDKey(sum.date(), idk)), sum, names)
			st, err := t.state(idk)
			if err != nil {
				return false, err
			}
			m.State = st
			out = append(out, m)
			return limit <= 0 || len(out) < limit, nil
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Count returns how many articles match f: from counters when the filter
// is one index (all, unread, bookmarked, one feed or one speaker), else by
// walking the most selective index.
func (s *Store) Count(f model.Filter) (int, error) {
	var n int
	err := s.viewFor(f)("count articles", func(t *txn) error {
		p := t.plan(f)
		if p.exact() {
			n = p.size
			return nil
		}
		return t.walk(&p, 0, func([]byte, *summary) (bool, error) {
			n++
			return true, nil
		})
	})
	return n, err
}
