package store

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// aggregate is a speaker's totals across the store. Names, kinds, aliases
// and roles are counted by the articles that use them, so deleting an
// article can take back exactly what it added.
type aggregate struct {
	articles uint64
	quotes   uint64
	names    map[string]uint64
	kinds    map[string]uint64
	aliases  map[string]uint64
	roles    map[string]uint64
}

func newAggregate() *aggregate {
	return &aggregate{
		names:   map[string]uint64{},
		kinds:   map[string]uint64{},
		aliases: map[string]uint64{},
		roles:   map[string]uint64{},
	}
}

// aggEntry is an aggregate cached in a write transaction, with what its
// rank and alias entries were when loaded, so flush writes only the change.
type aggEntry struct {
	key        string
	agg        *aggregate
	oldRank    []byte
	oldAliases []string
}

// contrib is one speaker of one article: what the article adds to the
// speaker's totals (when it lists the speaker) and which of its quotes are
// the speaker's.
type contrib struct {
	key     string
	listed  bool // in Article.Speakers, not only named by a quote
	name    string
	kind    string
	aliases []string // distinct
	roles   []string // distinct
	quotes  int      // as the article's speaker list counts them
	nums    []int    // indexes into Article.Quotes
}

// speakerContribs lists the speakers an article names or quotes, merged by
// key: an extractor may list two spellings that fold together, and the
// article must count once for the speaker.
func speakerContribs(a *model.Article) []*contrib {
	var out []*contrib
	find := func(name string) *contrib {
		for _, c := range out {
			if c.name == name {
				return c
			}
		}
		key := model.SpeakerKey(name)
		if !indexable(key) {
			return nil
		}
		for _, c := range out {
			if c.key == key {
				return c
			}
		}
		c := &contrib{key: key, name: name}
		out = append(out, c)
		return c
	}
	for _, sp := range a.Speakers {
		c := find(sp.Name)
		if c == nil {
			continue
		}
		if !c.listed {
			c.listed, c.kind = true, string(sp.Kind)
		}
		c.quotes += max(sp.Quotes, 0)
		for _, al := range sp.Aliases {
			if al != "" && !slices.Contains(c.aliases, al) {
				c.aliases = append(c.aliases, al)
			}
		}
		for _, r := range sp.Roles {
			if r != "" && !slices.Contains(c.roles, r) {
				c.roles = append(c.roles, r)
			}
		}
	}
	for n, q := range a.Quotes {
		if c := find(q.Speaker); c != nil {
			c.nums = append(c.nums, n)
		}
	}
	return out
}

// aggregate returns the cached aggregate entry for key, loading it.
func (t *txn) aggregate(key string) *aggEntry {
	if e, ok := t.aggs[key]; ok {
		return e
	}
	if t.aggs == nil {
		t.aggs = map[string]*aggEntry{}
	}
	e := &aggEntry{key: key}
	if v := t.b(bucketSpeakers).Get([]byte(key)); v != nil {
		if agg, err := decodeAggregate(v); err == nil {
			e.agg = agg
			e.oldRank = rankKey(agg.quotes, key)
			e.oldAliases = agg.aliasKeys(key)
		}
		// A record that does not decode is rebuilt from what the
		// following puts add; the next reindex repairs it fully.
	}
	if e.agg == nil {
		e.agg = newAggregate()
	}
	t.aggs[key] = e
	return e
}

func (e *aggEntry) apply(c *contrib, add bool) {
	a := e.agg
	if add {
		a.articles++
		a.quotes += uint64(c.quotes)
	} else {
		a.articles = sub(a.articles, 1)
		a.quotes = sub(a.quotes, uint64(c.quotes))
	}
	count(a.names, add, c.name)
	count(a.kinds, add, c.kind)
	count(a.aliases, add, c.aliases...)
	count(a.roles, add, c.roles...)
}

func sub(a, b uint64) uint64 {
	if b > a {
		return 0
	}
	return a - b
}

func count(m map[string]uint64, add bool, ss ...string) {
	for _, s := range ss {
		if add {
			m[s]++
		} else if m[s] <= 1 {
			delete(m, s)
		} else {
			m[s]--
		}
	}
}

// flush writes the cached aggregates with their rank and alias entries,
// and sets the fill of indexes only appended to; update calls it before
// commit.
func (t *txn) flush() error {
	// The search index's share: this transaction's segment, tombstones
	// and merges.
	if err := t.flushSearch(); err != nil {
		return err
	}
	for b, tl := range t.tails {
		if tl.mostlyAppends() {
			b.FillPercent = appendFill
		}
	}
	if t.bodyTail != 0 {
		if err := putU32(t.b(bucketMeta), keyBodyTail, uint32(t.bodyTail)); err != nil {
			return err
		}
	}
	if len(t.aggs) == 0 {
		return nil
	}
	speakers, rank, aliases := t.b(bucketSpeakers), t.b(bucketSpeakerRank), t.b(bucketAliases)
	for _, e := range t.aggs {
		key := []byte(e.key)
		var newRank []byte
		var newAliases []string
		if e.agg.articles == 0 {
			if err := speakers.Delete(key); err != nil {
				return err
			}
		} else {
			if err := putChecked(speakers, key, e.agg.encode(), "speaker", reads(decodeAggregate)); err != nil {
				return fmt.Errorf("speaker %q: %w", e.key, err)
			}
			newRank = rankKey(e.agg.quotes, e.key)
			newAliases = e.agg.aliasKeys(e.key)
		}
		if !bytes.Equal(e.oldRank, newRank) {
			if e.oldRank != nil {
				if err := rank.Delete(e.oldRank); err != nil {
					return err
				}
			}
			if newRank != nil {
				if err := rank.Put(newRank, nil); err != nil {
					return err
				}
			}
		}
		for _, al := range e.oldAliases {
			if !slices.Contains(newAliases, al) {
				if err := removeAlias(aliases, al, key); err != nil {
					return err
				}
			}
		}
		for _, al := range newAliases {
			if !slices.Contains(e.oldAliases, al) {
				b, err := aliases.CreateBucketIfNotExists([]byte(al))
				if err != nil {
					return fmt.Errorf("alias %q: %w", al, err)
				}
				if err := b.Put(key, nil); err != nil {
					return err
				}
			}
		}
	}
	t.aggs = nil
	return nil
}

func removeAlias(aliases *bolt.Bucket, al string, key []byte) error {
	b := aliases.Bucket([]byte(al))
	if b == nil {
		return nil
	}
	if err := b.Delete(key); err != nil {
		return err
	}
	if first, _ := b.Cursor().First(); first == nil {
		return aliases.DeleteBucket([]byte(al))
	}
	return nil
}

// aliasKeys are the distinct folded aliases other than the speaker's key.
func (a *aggregate) aliasKeys(key string) []string {
	var keys []string
	for al := range a.aliases {
		k := model.SpeakerKey(al)
		if k != key && indexable(k) && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// ranked lists m's strings most used first, then alphabetically.
func ranked(m map[string]uint64) []string {
	ss := make([]string, 0, len(m))
	for s := range m {
		ss = append(ss, s)
	}
	slices.SortFunc(ss, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return ss
}

// model is the sidebar's view of a: the most used name and kind, then the
// other aliases and roles, most used first.
func (a *aggregate) model(key string) model.SpeakerCount {
	sc := model.SpeakerCount{Articles: int(a.articles)}
	sc.Quotes = int(a.quotes)
	if names := ranked(a.names); len(names) > 0 {
		sc.Name = names[0]
	} else {
		sc.Name = key
	}
	if kinds := ranked(a.kinds); len(kinds) > 0 {
		sc.Kind = model.SpeakerKind(kinds[0])
	}
	for _, al := range ranked(a.aliases) {
		if al != sc.Name {
			sc.Aliases = append(sc.Aliases, al)
		}
	}
	sc.Roles = ranked(a.roles)
	return sc
}

func (a *aggregate) encode() []byte {
	e := encoder{make([]byte, 0, 64)}
	e.byte(aggregateV1)
	e.uvarint(a.articles)
	e.uvarint(a.quotes)
	for _, m := range []map[string]uint64{a.names, a.kinds, a.aliases, a.roles} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys) // stable bytes for equal aggregates
		e.uvarint(uint64(len(keys)))
		for _, k := range keys {
			e.str(k)
			e.uvarint(m[k])
		}
	}
	return e.b
}

func decodeAggregate(b []byte) (*aggregate, error) {
	d := decoder{b: b}
	d.version(aggregateV1, "speaker")
	a := newAggregate()
	a.articles = d.uvarint()
	a.quotes = d.uvarint()
	for _, m := range []map[string]uint64{a.names, a.kinds, a.aliases, a.roles} {
		n := d.count()
		for range n {
			k := d.str()
			m[k] = d.uvarint()
		}
	}
	return a, d.done("speaker")
}
