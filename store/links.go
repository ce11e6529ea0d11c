package store

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
	"soundbite/search"
)

// bucketSpeakerLinks holds, per article, which identity each of its
// speakers joined (identity.go): the decision Put made, so deleting or
// replacing the article takes back exactly what it added, and the
// sidebar and search read identities without deciding again.
var bucketSpeakerLinks = []byte("speaker_links")

// contrib is one speaker of one article: what the article adds to its
// identity's totals and which of its quotes are the speaker's.
type contrib struct {
	key     string // the name's key in this article (model.SpeakerKey)
	listed  bool   // in Article.Speakers, not only named by a quote
	name    string
	kind    string
	aliases []string // distinct
	roles   []string // distinct
	quotes  int      // as the article's speaker list counts them
	nums    []int    // indexes into Article.Quotes

	parsed parsedName // name, parsed once for everything that reads it
	sig    int        // sig(parsed.words)
}

// speakerContribs lists the speakers an article names or quotes, merged by
// key (an extractor may list two spellings that fold together), full
// names first, so that a bare name in the same article meets the full one
// it may belong to. A speaker only quotes name counts its quotes.
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
	for _, c := range out {
		if !c.listed {
			c.quotes = len(c.nums)
		}
	}
	for _, c := range out {
		c.parsed = parseName(c.name)
		c.sig = sig(c.parsed.words)
	}
	slices.SortStableFunc(out, func(a, b *contrib) int { return cmp.Compare(b.sig, a.sig) })
	return out
}

// A links record: linksV1, a count, then per speaker of the article its
// key in the article, its identity's key (empty when the same) and its
// quotes there.
const linksV1 = 1

type link struct {
	name, identity string
	quotes         int
}

func encodeLinks(ls []link) []byte {
	e := encoder{make([]byte, 0, 16+32*len(ls))}
	e.byte(linksV1)
	e.uvarint(uint64(len(ls)))
	for _, l := range ls {
		e.str(l.name)
		if l.identity == l.name {
			e.str("") // the usual case, kept short
		} else {
			e.str(l.identity)
		}
		e.uvarint(uint64(l.quotes))
	}
	return e.b
}

func decodeLinks(b []byte) ([]link, error) {
	d := decoder{b: b}
	d.version(linksV1, "speaker links")
	ls := make([]link, d.count())
	for i := range ls {
		ls[i] = link{name: d.str(), identity: d.str(), quotes: int(d.uvarint())}
		if ls[i].identity == "" {
			ls[i].identity = ls[i].name
		}
	}
	return ls, d.done("speaker links")
}

// links reads the links of the article whose date key is dk, as a map
// from its speakers' keys to their identities'. A missing or damaged
// record gives an empty map.
func (t *txn) links(dk []byte) map[string]string {
	b := t.b(bucketSpeakerLinks)
	if b == nil {
		return nil // schema 3's search migration runs before there are links
	}
	ls, err := decodeLinks(b.Get(dk))
	if err != nil {
		return nil
	}
	m := make(map[string]string, len(ls))
	for _, l := range ls {
		m[l.name] = l.identity
	}
	return m
}

// identityNames returns an article's speakers (its summary's names, in
// its order) as the store names them: each by the name of the identity
// it joined, once, so `list --json` names the Zoë Marchetti-Lund that
// `list --speaker marchetti-lund` found, not the "Marchetti-Lund" of one
// article. A speaker without a link (an article whose speakers wait to
// be joined, or whose identity's record waits for the speaker log's
// fold: pending.go) keeps the article's name. cache keeps identities' names
// across one transaction's articles.
func (t *txn) identityNames(links map[string]string, sum *summary, cache map[string]string) []string {
	if len(sum.speakers) == 0 {
		return nil
	}
	out := make([]string, 0, len(sum.speakers))
	for _, sp := range sum.speakers {
		name := sp.name
		if id := links[model.SpeakerKey(sp.name)]; id != "" {
			canon, ok := cache[id]
			if !ok {
				canon = t.speakerName(id)
				cache[id] = canon
			}
			if canon != "" {
				name = canon
			}
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// indexSpeakers adds (or, with add false, removes) an article's speakers:
// their identities' totals and forms, the by_speaker entries and the
// article's links. Adding decides each speaker's identity; removing
// follows the links the adding wrote.
//
// cs are speakerContribs(a) when the caller has them already (Put's
// workers make them), else nil.
//
// With the speaker log (pending.go), adding appends the totals and
// by_speaker entries to the log; removing folds the log first, so it
// takes back from totals that hold everything.
func (t *txn) indexSpeakers(a *model.Article, cs []*contrib, dk []byte, add bool) error {
	var old map[string]string
	if !add {
		if t.deferring || t.hasPending() {
			if err := t.fold(); err != nil {
				return err
			}
		}
		old = t.links(dk)
	}
	type group struct {
		key  string
		nums []int
	}
	var (
		groups []*group
		ls     []link
		keys   []string // each of cs's identity, for the log
	)
	if cs == nil {
		cs = speakerContribs(a)
	}
	for _, c := range cs {
		var key string
		if add {
			key = t.identify(c)
		} else if key = old[c.key]; key == "" {
			continue // never linked: the next reindex sets the totals right
		}
		i := slices.IndexFunc(groups, func(g *group) bool { return g.key == key })
		first := i < 0
		if first {
			i = len(groups)
			groups = append(groups, &group{key: key})
		}
		e := t.aggregate(key)
		e.apply(c, add, first)
		if add {
			if err := t.addForms(e, c); err != nil {
				return err
			}
		}
		groups[i].nums = append(groups[i].nums, c.nums...)
		ls = append(ls, link{name: c.key, identity: key, quotes: c.quotes})
		keys = append(keys, key)
	}
	if t.deferring {
		if err := t.appendPending(dk, cs, keys); err != nil {
			return fmt.Errorf("speaker log: %w", err)
		}
		groups = nil
	}
	for _, g := range groups {
		slices.Sort(g.nums)
		var nums []byte
		if add {
			nums = encodeQuoteNums(g.nums)
			if err := reads(decodeQuoteNums)(nums); err != nil {
				return fmt.Errorf("speaker index: quote numbers do not read back: %w", err)
			}
		}
		if err := t.setCounted(t.b(bucketBySpeaker), []byte(g.key), dk, nums, add); err != nil {
			return fmt.Errorf("speaker index: %w", err)
		}
	}
	b := t.b(bucketSpeakerLinks)
	if !add {
		return b.Delete(dk)
	}
	if t.linked == nil {
		t.linked = map[model.ID]map[string]string{}
	}
	m := make(map[string]string, len(ls))
	for _, l := range ls {
		m[l.name] = l.identity
	}
	t.linked[a.ID] = m
	if len(ls) == 0 {
		return nil
	}
	t.noteInsert(b, dk)
	return putChecked(b, dk, encodeLinks(ls), "speaker links", reads(decodeLinks))
}

// rebuildSpeakers empties the speaker buckets and joins every article's
// speakers to identities afresh, oldest article first, as if each were
// put in turn, but for the articles that name someone by one word only
// or by an initial, which come last. Reading state and everything else
// stay as they are.
func (t *txn) rebuildSpeakers() error {
	for _, name := range speakerBuckets() {
		if t.tx.Bucket(name) != nil {
			if err := t.tx.DeleteBucket(name); err != nil {
				return fmt.Errorf("drop %s: %w", name, err)
			}
		}
		if _, err := t.tx.CreateBucket(name); err != nil {
			return fmt.Errorf("create %s: %w", name, err)
		}
	}
	// The log's articles are among those added below.
	if t.pendingLog() != nil {
		if err := t.tx.DeleteBucket(bucketSpeakerPending); err != nil {
			return fmt.Errorf("drop %s: %w", bucketSpeakerPending, err)
		}
		if _, err := t.tx.CreateBucket(bucketSpeakerPending); err != nil {
			return fmt.Errorf("create %s: %w", bucketSpeakerPending, err)
		}
	}
	if err := t.b(bucketMeta).Delete(keySpeakerFold); err != nil {
		return err
	}
	t.aggs, t.deferring, t.usedPend = nil, false, true
	// Articles that name someone by one word only, or by an initial
	// and a surname, go second, so that a bare "Tamsk" or a "D. Peskar"
	// is decided knowing every full name in the store.
	var bare [][]byte
	c := t.b(bucketByDate).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) != dateIDLen {
			continue
		}
		a, err := t.article(k[dateLen:])
		if err != nil {
			return err
		}
		if slices.ContainsFunc(speakerContribs(&a), func(c *contrib) bool { return c.sig < 2 || initial(c.parsed.words[0]) }) {
			bare = append(bare, bytes.Clone(k))
			continue
		}
		if err := t.indexSpeakers(&a, nil, k, true); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
	}
	for _, k := range bare {
		a, err := t.article(k[dateLen:])
		if err != nil {
			return err
		}
		if err := t.indexSpeakers(&a, nil, k, true); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
	}
	t.linked = nil
	return nil
}

// speakerBuckets are the buckets rebuildSpeakers makes afresh.
func speakerBuckets() [][]byte {
	return [][]byte{bucketBySpeaker, bucketSpeakers, bucketSpeakerRank, bucketAliases, bucketSpeakerLinks}
}

// RebuildIndexes joins every stored article's speakers to identities
// afresh and rebuilds the search index to match, in one transaction:
// `soundbite reindex` ends with it, so a whole store is decided again
// with what the newest extractor found. Reading state is not touched.
func (s *Store) RebuildIndexes() error {
	return s.update("rebuild speaker and search indexes", func(t *txn) error {
		if err := t.rebuildSpeakers(); err != nil {
			return err
		}
		return t.rebuildSearch()
	})
}

// migrateSpeakerIdentities is schema 4: speakers become identities, with
// an article's links to them, and the search index names identities.
func migrateSpeakerIdentities(tx *bolt.Tx) error {
	t := newStore(nil, "").txn(tx)
	if err := t.rebuildSpeakers(); err != nil {
		return err
	}
	if err := t.rebuildSearch(); err != nil {
		return err
	}
	return t.flush()
}

// linkDoc makes a search document name its speakers by identity: the
// analyser knows only the names an article uses.
func linkDoc(d *search.Doc, links map[string]string) {
	if len(links) == 0 {
		return
	}
	prefix := search.SpeakerTerm("")
	out := d.Terms[:0]
	var seen []string
	for _, term := range d.Terms {
		if name, ok := strings.CutPrefix(term.Term, prefix); ok {
			if id := links[name]; id != "" {
				term.Term = prefix + id
			}
			if slices.Contains(seen, term.Term) {
				continue
			}
			seen = append(seen, term.Term)
		}
		out = append(out, term)
	}
	d.Terms = out
	for i := range d.Quotes {
		if id := links[d.Quotes[i].Speaker]; id != "" {
			d.Quotes[i].Speaker = id
		}
	}
}
