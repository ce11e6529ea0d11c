package search

import (
	"slices"
	"sort"
	"time"

	"soundbite/model"
)

// Prefixes of the terms that index an article's metadata. Words never
// start with a control byte, so these never meet a word's term.
const (
	speakerPrefix  = "\x01s"
	categoryPrefix = "\x01c"
	feedPrefix     = "\x01f"
)

// SpeakerTerm, CategoryTerm and FeedTerm are the terms an article's
// speakers (by key), category and feed URL are indexed under.
func SpeakerTerm(key string) string       { return speakerPrefix + key }
func CategoryTerm(category string) string { return categoryPrefix + Fold(category) }
func FeedTerm(url string) string          { return feedPrefix + url }

// Doc is an article analysed for the index: what a segment keeps of it.
type Doc struct {
	Date     time.Time // the article's date (model.Article.Date): the caller's to set
	TitleLen int       // indexed words in the title
	BodyLen  int       // indexed words in the body
	Terms    []DocTerm
	Quotes   []QuoteSpan

	positions []uint32 // the array every term's Title and Body slice
}

// Spare is a document's arrays, given back once its positions have been
// encoded, for another Document to fill instead of allocating its own:
// an import analyses some 20 KB of them an article, its largest
// allocation outside the extractor.
type Spare struct {
	positions []uint32
	terms     []DocTerm
}

// Release empties d and returns its arrays. Neither d nor any slice of
// its Terms may be used after.
func (d *Doc) Release() Spare {
	terms := d.Terms[:cap(d.Terms)]
	clear(terms) // no stale slice keeps an older array alive
	sp := Spare{positions: d.positions, terms: terms[:0]}
	*d = Doc{}
	return sp
}

// Reuse has the Analyzer's next Document fill sp's arrays when they are
// large enough.
func (a *Analyzer) Reuse(sp Spare) { a.doc.spare = sp }

// DocTerm is one term of a Doc with its positions.
type DocTerm struct {
	Term  string
	Title []uint32
	Body  []uint32
}

// QuoteSpan is where one quote sits among an article's body words: words
// at positions Start <= p < End are inside it. said: matches words by
// these spans.
type QuoteSpan struct {
	Quote      int    // index in model.Article.Quotes
	Speaker    string // speaker key (model.SpeakerKey); empty when unattributed
	Start, End uint32
}

// bodyWord is a body token kept while analysing, to place quotes.
type bodyWord struct {
	start, end int
	pos        uint32
}

// Document analyses an article for the index: its title and body words
// (the caption is not indexed), its quotes as spans of positions, and its
// speakers, category and feed as metadata terms. It reads neither
// Published nor Imported, so Date is zero: the store stamps Imported,
// on which the date may depend, while this runs on another goroutine.
func (a *Analyzer) Document(art *model.Article) Doc {
	a.limitCache()
	s := &a.doc
	s.start()
	var d Doc
	a.tokens(art.Title, 0, nil, func(t Token) {
		if !t.Stop {
			d.TitleLen++
			s.add(t.id, t.Term, uint32(t.Pos), true)
		}
	})
	// Offsets are into art.Text(), the paragraphs joined by ParagraphSep,
	// as quote offsets are; walking the paragraphs avoids the join.
	pos, base := 0, 0
	for i, p := range art.Body {
		if i > 0 {
			base += len(model.ParagraphSep)
			if pos > 0 {
				pos += ParagraphGap
			}
		}
		pos = a.tokens(p, pos, nil, func(t Token) {
			s.words = append(s.words, bodyWord{start: base + t.Start, end: base + t.End, pos: uint32(t.Pos)})
			if !t.Stop {
				d.BodyLen++
				s.add(t.id, t.Term, uint32(t.Pos), false)
			}
		})
		base += len(p)
	}
	d.Quotes = quoteSpans(art.Quotes, s.words)
	d.Terms, d.positions = s.terms()

	var meta []string
	add := func(term string) {
		if !slices.Contains(meta, term) {
			meta = append(meta, term)
		}
	}
	if c := Fold(art.Category); c != "" {
		add(categoryPrefix + c)
	}
	if art.Feed != "" {
		add(feedPrefix + art.Feed)
	}
	for _, sp := range art.Speakers {
		if k := sp.Key(); k != "" {
			add(speakerPrefix + k)
		}
	}
	for _, q := range art.Quotes {
		if k := model.SpeakerKey(q.Speaker); k != "" {
			add(speakerPrefix + k)
		}
	}
	for _, m := range meta {
		d.Terms = append(d.Terms, DocTerm{Term: m})
	}
	return d
}

// docScratch groups a document's tokens by term without a map: terms are
// numbered by the Analyzer, and slot[id] is the term's place in this
// document when stamp[id] is the document's generation.
type docScratch struct {
	gen   uint32
	stamp []uint32
	slot  []int32
	list  []docTermCount
	toks  []docTok
	words []bodyWord
	spare Spare // see Analyzer.Reuse
}

type docTermCount struct {
	term            string
	titleN, bodyN   int32
	titleAt, bodyAt int32 // where the next position goes, while filling
}

// docTok is one indexed token: the slot of its term and its position,
// with the top bit set for the title.
type docTok struct {
	slot int32
	pos  uint32
}

const titleBit = 1 << 31

func (s *docScratch) reset() { *s = docScratch{} }

func (s *docScratch) start() {
	s.gen++
	if s.gen == 0 { // wrapped: old stamps could pass for new
		clear(s.stamp)
		s.gen = 1
	}
	s.list, s.toks, s.words = s.list[:0], s.toks[:0], s.words[:0]
}

func (s *docScratch) add(id int32, term string, pos uint32, title bool) {
	if int(id) >= len(s.stamp) {
		n := max(int(id)+1, 2*len(s.stamp), 1024)
		s.stamp = append(s.stamp, make([]uint32, n-len(s.stamp))...)
		s.slot = append(s.slot, make([]int32, n-len(s.slot))...)
	}
	if s.stamp[id] != s.gen {
		s.stamp[id] = s.gen
		s.slot[id] = int32(len(s.list))
		s.list = append(s.list, docTermCount{term: term})
	}
	slot := s.slot[id]
	if title {
		s.list[slot].titleN++
		pos |= titleBit
	} else {
		s.list[slot].bodyN++
	}
	s.toks = append(s.toks, docTok{slot: slot, pos: pos})
}

// terms lays the positions out in one array, each term's title positions
// then its body positions, and returns the terms in order of first use.
func (s *docScratch) terms() (terms []DocTerm, positions []uint32) {
	all, out := s.spare.positions, s.spare.terms
	s.spare = Spare{}
	// Every element up to the length is set below. New arrays get a
	// quarter more room, so that, given back, they fit most documents.
	if n := len(s.toks); cap(all) >= n {
		all = all[:n]
	} else {
		all = make([]uint32, n, n+n/4)
	}
	if n := len(s.list); cap(out) >= n+8 {
		out = out[:n]
	} else {
		out = make([]DocTerm, n, n+n/4+8)
	}
	at := int32(0)
	for i := range s.list {
		c := &s.list[i]
		c.titleAt, c.bodyAt = at, at+c.titleN
		out[i] = DocTerm{Term: c.term}
		if c.titleN > 0 {
			out[i].Title = all[at : at+c.titleN : at+c.titleN]
		}
		if c.bodyN > 0 {
			out[i].Body = all[at+c.titleN : at+c.titleN+c.bodyN : at+c.titleN+c.bodyN]
		}
		at += c.titleN + c.bodyN
	}
	// Tokens come in position order, title first, so each list fills in
	// ascending order.
	for _, t := range s.toks {
		c := &s.list[t.slot]
		if t.pos&titleBit != 0 {
			all[c.titleAt] = t.pos &^ titleBit
			c.titleAt++
		} else {
			all[c.bodyAt] = t.pos
			c.bodyAt++
		}
	}
	return out, all
}

// quoteSpans places quotes among the body's words: a quote holds the words
// that lie wholly inside its byte range. Quotes with no words, or offsets
// outside the text, get no span.
func quoteSpans(quotes []model.Quote, words []bodyWord) []QuoteSpan {
	var spans []QuoteSpan
	for i, q := range quotes {
		if q.Start < 0 || q.End <= q.Start {
			continue
		}
		first := sort.Search(len(words), func(j int) bool { return words[j].start >= q.Start })
		last := sort.Search(len(words), func(j int) bool { return words[j].end > q.End })
		if first >= last {
			continue
		}
		spans = append(spans, QuoteSpan{
			Quote:   i,
			Speaker: model.SpeakerKey(q.Speaker),
			Start:   words[first].pos,
			End:     words[last-1].pos + 1,
		})
	}
	return spans
}
