package store

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// aggregateV2 is an identity's record (identity.go), keyed by its
// identity key; aggregateV1 records were keyed by one spelling of a name,
// and the schema 4 migration rebuilt them.
const aggregateV2 = 2

// aggregate is a speaker's totals across the store. Names, kinds, aliases
// and roles are counted by the articles that use them, so deleting an
// article can take back exactly what it added.
type aggregate struct {
	articles uint64
	quotes   uint64
	names    map[string]uint64
	kinds    map[string]uint64
	aliases  map[string]uint64
	// roles grow with the articles that quote the speaker (hundreds
	// for someone often quoted, as each article may call them
	// something else), and every write transaction that quotes them
	// decodes, counts and encodes them again: see tally.
	roles tally
}

func newAggregate() *aggregate {
	return &aggregate{
		names:   map[string]uint64{},
		kinds:   map[string]uint64{},
		aliases: map[string]uint64{},
	}
}

// aggEntry is an aggregate cached in a write transaction, with its rank
// key when loaded and the forms the aliases bucket holds for it, so flush
// writes only the change.
type aggEntry struct {
	key     string
	agg     *aggregate
	oldRank []byte
	// forms are those the aliases bucket holds for the identity now:
	// nil until the entry first changes (see change), since most
	// entries a transaction loads are candidates identify only looks
	// at, and working them out costs more than decoding the record.
	forms map[string]byte
	dirty bool // changed since loaded
	// lite entries were loaded without roles and count none: the
	// speaker log's cache (pending.go), which only identify reads.
	lite bool
}

// change marks the entry changed, having first worked out the forms the
// aliases bucket holds for it as loaded.
func (e *aggEntry) change() {
	if e.forms == nil {
		e.forms = e.agg.forms()
	}
	e.dirty = true
}

// aggregate returns the cached aggregate entry for key, loading it.
func (t *txn) aggregate(key string) *aggEntry {
	if e, ok := t.aggs[key]; ok {
		return e
	}
	if t.aggs == nil {
		t.aggs = map[string]*aggEntry{}
	}
	key = strings.Clone(key) // see count
	e := &aggEntry{key: key, lite: t.lite || t.deferring}
	if v := t.b(bucketSpeakers).Get([]byte(key)); v != nil {
		if agg, err := decodeAggregateRoles(v, !e.lite); err == nil {
			e.agg = agg
			e.oldRank = rankKey(agg.quotes, key)
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

// apply adds c to the identity's totals (or takes it back), counting the
// article when first says c is the identity's first speaker in it.
func (e *aggEntry) apply(c *contrib, add, first bool) {
	e.change()
	a := e.agg
	switch {
	case add:
		if first {
			a.articles++
		}
		a.quotes += uint64(c.quotes)
	default:
		if first {
			a.articles = sub(a.articles, 1)
		}
		a.quotes = sub(a.quotes, uint64(c.quotes))
	}
	count(a.names, add, c.name)
	if c.kind != "" {
		count(a.kinds, add, weakKind(c))
	}
	count(a.aliases, add, c.aliases...)
	if !e.lite {
		a.roles.count(add, c.roles...)
	}
}

// addForms writes at once the forms c makes the identity known by, so
// the next speaker identified in the same transaction finds it; flush
// takes back those that went.
func (t *txn) addForms(e *aggEntry, c *contrib) error {
	e.change()
	forms := map[string]byte{}
	kind := c.kind
	if kind == "" {
		kind = e.agg.kind()
	}
	if len(c.name) <= 2*maxIndexKey {
		addParsedForms(forms, c.parsed, kind, true)
	}
	for _, al := range c.aliases {
		addForms(forms, al, kind, false)
	}
	aliases := t.b(bucketAliases)
	for f, flags := range forms {
		if have := e.forms[f]; have|flags != have {
			if err := putForm(aliases, f, e.key, have|flags); err != nil {
				return err
			}
			e.forms[f] = have | flags
		}
	}
	return nil
}

func putForm(aliases *bolt.Bucket, form, key string, flags byte) error {
	b, err := aliases.CreateBucketIfNotExists([]byte(form))
	if err != nil {
		return fmt.Errorf("alias %q: %w", form, err)
	}
	return b.Put([]byte(key), []byte{flags})
}

// weakKind is the kind c gives its identity: a one-word name's kind is
// the extractor's guess ("Brenno said" could be a company), counted apart
// under "~" and used only when no full name gives one.
func weakKind(c *contrib) string {
	if c.sig < 2 {
		return "~" + c.kind
	}
	return c.kind
}

func sub(a, b uint64) uint64 {
	if b > a {
		return 0
	}
	return a - b
}

// count adds one to each of ss in m (or takes one back, dropping a string
// that reaches zero). The strings are copied: names are often slices of
// an article's whole text, which a map kept across transactions (the
// speaker log's cache, pending.go) must not hold on to, and assigning to
// a map's string key stores the key given, even when the key was there.
func count(m map[string]uint64, add bool, ss ...string) {
	for _, s := range ss {
		if add {
			m[strings.Clone(s)]++
		} else if m[s] <= 1 {
			delete(m, s)
		} else {
			m[s]--
		}
	}
}

// flush writes what the transaction cached: the search index's share,
// the speakers' (to the log, or their records, rank and alias entries),
// and the fill of indexes only appended to; update calls it before
// commit.
func (t *txn) flush() error {
	// The articles' writes have read leaves all over the file; see
	// dropMapped.
	dropMapped(t.tx)
	// The search index's share: this transaction's segment, tombstones
	// and merges.
	if err := t.flushSearch(); err != nil {
		return err
	}
	if err := t.flushSpeakers(); err != nil {
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
	return nil
}

// flushSpeakers writes the speakers' share: with the log, the aliases
// only, until the log passes foldAfter and is folded; without, every
// changed identity's record, rank and aliases.
func (t *txn) flushSpeakers() error {
	if !t.deferring {
		if err := t.writeAggregates(true); err != nil {
			return err
		}
	} else {
		if err := t.flushForms(); err != nil {
			return err
		}
		// Past the bound, or with a fold under way, each Put takes
		// a step of the fold.
		if t.pendingRecords() >= t.s.foldAfter || t.foldState().on {
			if _, err := t.foldStep(t.s.foldChunk); err != nil {
				return err
			}
		}
	}
	if t.usedPend {
		t.pendN = t.pendingRecords()
	}
	return nil
}

// writeAggregates writes the cached aggregates with their rank entries,
// and with aliases their alias entries too, and empties the cache.
func (t *txn) writeAggregates(aliases bool) error {
	if len(t.aggs) == 0 {
		return nil
	}
	speakers, rank, aliasB := t.b(bucketSpeakers), t.b(bucketSpeakerRank), t.b(bucketAliases)
	for _, e := range t.aggs {
		if !e.dirty {
			continue
		}
		key := []byte(e.key)
		var newRank []byte
		forms := map[string]byte{}
		if e.agg.articles == 0 {
			if err := speakers.Delete(key); err != nil {
				return err
			}
		} else {
			if err := putChecked(speakers, key, e.agg.encode(), "speaker", checkAggregate); err != nil {
				return fmt.Errorf("speaker %q: %w", e.key, err)
			}
			newRank = rankKey(e.agg.quotes, e.key)
			if aliases {
				forms = e.agg.forms()
			}
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
		if aliases {
			if err := writeForms(aliasB, e, forms); err != nil {
				return err
			}
		}
	}
	t.aggs = nil
	return nil
}

// writeForms makes the aliases bucket hold forms for e's identity,
// where it held e.forms.
func writeForms(aliases *bolt.Bucket, e *aggEntry, forms map[string]byte) error {
	key := []byte(e.key)
	for f := range e.forms {
		if _, ok := forms[f]; !ok {
			if err := removeAlias(aliases, f, key); err != nil {
				return err
			}
		}
	}
	for f, flags := range forms {
		if have, ok := e.forms[f]; !ok || have != flags {
			if err := putForm(aliases, f, e.key, flags); err != nil {
				return err
			}
		}
	}
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

// initials counts the one-letter words of a core.
func initials(core string) int {
	n := 0
	for w := range strings.FieldsSeq(core) {
		if initial(w) {
			n++
		}
	}
	return n
}

// nonASCII counts the bytes of s outside ASCII.
func nonASCII(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

// model is the sidebar's view of a: its name, the fullest of its names
// less titled forms (most used among equals, then the accented), its
// most used kind, then its other names and aliases, and its roles, most
// used first.
func (a *aggregate) model(key string) model.SpeakerCount {
	sc := model.SpeakerCount{Articles: int(a.articles)}
	sc.Quotes = int(a.quotes)
	sc.Name = a.name(key)
	sc.Kind = model.SpeakerKind(a.kind())
	used := map[string]uint64{}
	for _, m := range []map[string]uint64{a.names, a.aliases} {
		for n, c := range m {
			used[n] += c
		}
	}
	for _, al := range ranked(used) {
		if al != sc.Name {
			sc.Aliases = append(sc.Aliases, al)
		}
	}
	sc.Roles = a.roles.ranked()
	return sc
}

// name is the identity's name: the fullest of its names less titled
// forms, the most used among equals, then the accented; key when it has
// none.
func (a *aggregate) name(key string) string {
	if len(a.names) == 1 {
		for n := range a.names {
			return n // nearly every identity, and no titled form of itself
		}
	}
	name := key
	if names := baseNames(a.names); len(names) > 0 {
		name = slices.MaxFunc(names, func(x, y string) int {
			cx, cy := nameCore(x), nameCore(y)
			if c := cmp.Compare(words(cx), words(cy)); c != 0 {
				return c
			}
			// "Dara Olsen" before "D. Olsen": an initial is less of a name.
			if c := cmp.Compare(initials(cy), initials(cx)); c != 0 {
				return c
			}
			if c := cmp.Compare(a.names[x], a.names[y]); c != 0 {
				return c
			}
			// "José Müller" before "Jose Muller": one core, and the
			// accents are the name as its owner writes it.
			if c := cmp.Compare(nonASCII(x), nonASCII(y)); c != 0 {
				return c
			}
			return cmp.Compare(y, x)
		})
	}
	return name
}

// speakerName is the name of the identity key, decoding only its names;
// "" when there is no such identity.
func (t *txn) speakerName(key string) string {
	v := t.b(bucketSpeakers).Get([]byte(key))
	if v == nil {
		return ""
	}
	a := &aggregate{names: map[string]uint64{}}
	err := walkAggregate(v, func(n int, k []byte, v uint64) {
		if n == 0 {
			a.names[string(k)] = v
		}
	}, &a.articles, &a.quotes)
	if err != nil {
		return ""
	}
	return a.name(key)
}

func (a *aggregate) encode() []byte {
	e := encoder{make([]byte, 0, 64)}
	e.byte(aggregateV2)
	e.uvarint(a.articles)
	e.uvarint(a.quotes)
	for _, m := range []map[string]uint64{a.names, a.kinds, a.aliases} {
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
	e.uvarint(uint64(len(a.roles)))
	for _, r := range a.roles {
		e.str(r.s)
		e.uvarint(r.n)
	}
	return e.b
}

func decodeAggregate(b []byte) (*aggregate, error) { return decodeAggregateRoles(b, true) }

// decodeAggregateRoles decodes a speaker record, leaving its roles out
// unless roles is set.
func decodeAggregateRoles(b []byte, roles bool) (*aggregate, error) {
	a := newAggregate()
	maps := [...]map[string]uint64{a.names, a.kinds, a.aliases}
	err := walkAggregate(b, func(n int, k []byte, v uint64) {
		if n < len(maps) {
			maps[n][string(k)] = v
		} else if roles {
			a.roles.set(k, v)
		}
	}, &a.articles, &a.quotes)
	if err != nil {
		return nil, err
	}
	return a, nil
}

// checkAggregate is decodeAggregate without the maps: what putChecked
// needs of a speaker record, which a write transaction's flush makes for
// every identity it changed, some of them with hundreds of roles.
func checkAggregate(b []byte) error {
	var articles, quotes uint64
	return walkAggregate(b, func(int, []byte, uint64) {}, &articles, &quotes)
}

// walkAggregate reads a speaker record: its counts into articles and
// quotes, and each entry of its four maps (names, kinds, aliases, roles:
// n is 0 to 3) through entry. k is only valid during the call.
func walkAggregate(b []byte, entry func(n int, k []byte, v uint64), articles, quotes *uint64) error {
	if len(b) > 0 && b[0] == aggregateV1 {
		// Only a schema 3 file holds these, and opening it migrates it.
		return fmt.Errorf("%w: speaker record of schema 3", errCorrupt)
	}
	d := decoder{b: b}
	d.version(aggregateV2, "speaker")
	*articles = d.uvarint()
	*quotes = d.uvarint()
	for n := range 4 {
		count := d.count()
		for range count {
			k := d.bytes()
			v := d.uvarint()
			if d.err != nil {
				break
			}
			entry(n, k, v)
		}
	}
	return d.done("speaker")
}

// tally counts strings, as the maps of an aggregate do, in a slice sorted
// by string: the order a record keeps them in, so decoding one appends,
// encoding one needs no sort, and counting an article's few strings is a
// binary search each. Empty is nil.
type tally []tallied

type tallied struct {
	s string
	n uint64
}

// find returns the index of s, or where it would go, and whether it is
// there.
func (t tally) find(s string) (int, bool) {
	return slices.BinarySearchFunc(t, s, func(e tallied, s string) int { return strings.Compare(e.s, s) })
}

// set sets k's count, as a map assignment would: a later entry for the
// same string wins. A well-formed record lists its strings in order, so
// each lands at the end.
func (t *tally) set(k []byte, n uint64) {
	if l := len(*t); l == 0 || (*t)[l-1].s < string(k) {
		*t = append(*t, tallied{string(k), n})
		return
	}
	i, ok := t.find(string(k))
	if ok {
		(*t)[i].n = n
		return
	}
	*t = slices.Insert(*t, i, tallied{string(k), n})
}

// count adds one to each of ss (or takes one back, dropping a string
// that reaches zero), as the function count does for a map.
func (t *tally) count(add bool, ss ...string) {
	for _, s := range ss {
		i, ok := t.find(s)
		switch {
		case add && ok:
			(*t)[i].n++
		case add:
			*t = slices.Insert(*t, i, tallied{s, 1})
		case !ok:
		case (*t)[i].n <= 1:
			*t = slices.Delete(*t, i, i+1)
		default:
			(*t)[i].n--
		}
	}
	if len(*t) == 0 {
		*t = nil
	}
}

// ranked lists the strings most used first, then alphabetically.
func (t tally) ranked() []string {
	sorted := slices.Clone(t)
	slices.SortStableFunc(sorted, func(a, b tallied) int { return cmp.Compare(b.n, a.n) })
	ss := make([]string, len(sorted))
	for i, e := range sorted {
		ss[i] = e.s
	}
	return ss
}
