package search

import (
	"sort"
	"strings"
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
}

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
// Published nor Imported, so Date is zero.
func (a *Analyzer) Document(art *model.Article) Doc {
	// Date is left to the caller: the store stamps Imported, on which the
	// date may depend, while this runs on another goroutine.
	var d Doc
	index := make(map[string]int, 256)
	var words []bodyWord
	add := func(term string, title bool, pos int) {
		i, ok := index[term]
		if !ok {
			i = len(d.Terms)
			index[term] = i
			d.Terms = append(d.Terms, DocTerm{Term: term})
		}
		t := &d.Terms[i]
		if title {
			t.Title = append(t.Title, uint32(pos))
		} else {
			t.Body = append(t.Body, uint32(pos))
		}
	}
	a.Tokens(art.Title, 0, func(t Token) {
		if !t.Stop {
			d.TitleLen++
			add(t.Term, true, t.Pos)
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
		pos = a.Tokens(p, pos, func(t Token) {
			words = append(words, bodyWord{start: base + t.Start, end: base + t.End, pos: uint32(t.Pos)})
			if !t.Stop {
				d.BodyLen++
				add(t.Term, false, t.Pos)
			}
		})
		base += len(p)
	}
	d.Quotes = quoteSpans(art.Quotes, words)

	meta := func(term string) {
		if _, ok := index[term]; !ok {
			index[term] = len(d.Terms)
			d.Terms = append(d.Terms, DocTerm{Term: term})
		}
	}
	if c := Fold(art.Category); c != "" {
		meta(categoryPrefix + c)
	}
	if art.Feed != "" {
		meta(feedPrefix + art.Feed)
	}
	for _, sp := range art.Speakers {
		if k := sp.Key(); k != "" {
			meta(speakerPrefix + k)
		}
	}
	for _, q := range art.Quotes {
		if k := model.SpeakerKey(q.Speaker); k != "" {
			meta(speakerPrefix + k)
		}
	}
	return d
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

// IsMetaTerm reports whether term indexes metadata rather than a word.
func IsMetaTerm(term string) bool { return strings.HasPrefix(term, "\x01") }
