package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"soundbite/model"
)

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Snippet is the sentence of an article that best matches a query, on
// one line and safe to print, with the matched words marked.
type Snippet struct {
	Text  string
	Marks []Span // byte ranges in Text, ascending
}

// Marked returns the snippet's text with open and close around each
// matched word.
func (s Snippet) Marked(open, close string) string {
	var b strings.Builder
	last := 0
	for _, m := range s.Marks {
		b.WriteString(s.Text[last:m.Start])
		b.WriteString(open)
		b.WriteString(s.Text[m.Start:m.End])
		b.WriteString(close)
		last = m.End
	}
	b.WriteString(s.Text[last:])
	return b.String()
}

// MaxSnippet bounds a snippet's length in bytes; a longer sentence is cut
// to a window around its first match.
const MaxSnippet = 240

// termSet is the set of terms a query's words match.
func termSet(q Query) map[string]bool {
	set := map[string]bool{}
	for _, t := range q.Words() {
		set[t] = true
	}
	return set
}

// Highlight returns the byte ranges of the words in text that the query's
// words (free words and said:) match, for marking titles and articles.
func (a *Analyzer) Highlight(text string, q Query) []Span {
	set := termSet(q)
	if len(set) == 0 {
		return nil
	}
	var spans []Span
	a.Tokens(text, 0, func(t Token) {
		if !t.Stop && set[t.Term] {
			spans = append(spans, Span{t.Start, t.End})
		}
	})
	return spans
}

// Snippet picks the sentence of art's body that best matches q: the one
// with the most distinct query words, preferring sentences inside the
// quotes listed in quotes (a hit's said: quotes). Without a match it is
// the article's first sentence; for a query without words, the sentence
// of the first quote listed.
func (a *Analyzer) Snippet(art *model.Article, q Query, quotes []int) Snippet {
	text := art.Text()
	terms := q.Words()
	if len(terms) == 0 {
		// No words to look for: the sentence of the first quote listed
		// (speaker: queries list the speaker's), else the lead.
		sents := sentences(text)
		if len(sents) == 0 {
			return Snippet{}
		}
		best := sents[0]
		if len(quotes) > 0 && quotes[0] >= 0 && quotes[0] < len(art.Quotes) {
			at := art.Quotes[quotes[0]].Start
			for _, sent := range sents {
				if at >= sent.Start && at < sent.End {
					best = sent
					break
				}
			}
		}
		return a.snippet(text[best.Start:best.End], nil)
	}
	set := make(map[string]int, len(terms))
	for _, t := range terms {
		if _, ok := set[t]; !ok {
			set[t] = len(set)
		}
	}
	var inQuote []Span
	for _, i := range quotes {
		if i >= 0 && i < len(art.Quotes) {
			inQuote = append(inQuote, Span{art.Quotes[i].Start, art.Quotes[i].End})
		}
	}
	// One pass finds the matches; sentences are then scored by the
	// matches they hold, without tokenizing anything twice.
	type match struct{ start, term int }
	var matches []match
	a.tokens(text, 0, initialsOf(terms), func(t Token) {
		if i, ok := set[t.Term]; ok && !t.Stop {
			matches = append(matches, match{t.Start, i})
		}
	})

	sents := sentences(text)
	if len(sents) == 0 {
		return Snippet{}
	}
	best, bestScore := sents[0], 0
	seen := make([]bool, len(set))
	m := 0
	for _, sent := range sents {
		for m < len(matches) && matches[m].start < sent.Start {
			m++
		}
		clear(seen)
		score := 0
		for ; m < len(matches) && matches[m].start < sent.End; m++ {
			score++
			if !seen[matches[m].term] {
				seen[matches[m].term] = true
				score += 10
			}
			for _, qs := range inQuote {
				if matches[m].start >= qs.Start && matches[m].start < qs.End {
					score += 100
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = sent, score
		}
	}
	return a.snippet(text[best.Start:best.End], set)
}

// snippet cleans a sentence for one line, cuts it to MaxSnippet around
// its first match and marks the matches.
func (a *Analyzer) snippet(sentence string, set map[string]int) Snippet {
	s := Snippet{Text: model.SanitizeLine(sentence)}
	var marks []Span
	a.Tokens(s.Text, 0, func(t Token) {
		if _, ok := set[t.Term]; ok && !t.Stop {
			marks = append(marks, Span{t.Start, t.End})
		}
	})
	if len(s.Text) > MaxSnippet {
		focus := 0
		if len(marks) > 0 {
			focus = marks[0].Start
		}
		start := max(0, min(focus-MaxSnippet/3, len(s.Text)-MaxSnippet))
		end := min(len(s.Text), start+MaxSnippet)
		start, end = wordBoundary(s.Text, start, -1), wordBoundary(s.Text, end, +1)
		for start < end && s.Text[start] == ' ' {
			start++ // SanitizeLine left single spaces only
		}
		prefix, suffix := "", ""
		if start > 0 {
			prefix = "… "
		}
		if end < len(s.Text) {
			suffix = " …"
		}
		shift := len(prefix) - start
		kept := marks[:0]
		for _, m := range marks {
			if m.Start >= start && m.End <= end {
				kept = append(kept, Span{m.Start + shift, m.End + shift})
			}
		}
		marks = kept
		s.Text = prefix + s.Text[start:end] + suffix
	}
	s.Marks = slices.Clip(marks)
	return s
}

// wordBoundary moves i to a space in direction dir (-1 back, +1 on), at
// most 30 bytes, so a cut snippet does not start or end mid-word.
func wordBoundary(s string, i, dir int) int {
	for n := 0; n < 30 && i > 0 && i < len(s); n++ {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += dir
		for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
			i += dir
		}
	}
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// sentences cuts text into sentences: after ., ! or ? (and any closing
// quotes or brackets) followed by space, and at line breaks.
func sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		if s := strings.TrimSpace(text[start:end]); s != "" {
			lead := len(text[start:end]) - len(strings.TrimLeftFunc(text[start:end], unicode.IsSpace))
			out = append(out, Span{start + lead, start + lead + len(s)})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
		case r == '.' || r == '!' || r == '?':
			j := i + size
			for j < len(text) {
				c, n := utf8.DecodeRuneInString(text[j:])
				if !strings.ContainsRune(`"'”’)]»`, c) {
					break
				}
				j += n
			}
			if j >= len(text) || text[j] == ' ' || text[j] == '\n' || text[j] == '\t' {
				emit(j)
				i = j
				continue
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

// MatchQuotes returns the indexes of art's quotes that hold a match of
// one of q's words or phrases, by one of speakers when speakers is not
// empty; with no words in q, every quote of those speakers. It is how a
// hit's quotes are chosen when the query has no said: clause.
func (a *Analyzer) MatchQuotes(art *model.Article, q Query, speakers []string) []int {
	var clauses []Clause
	for _, c := range q.Clauses {
		if !c.Not && (c.Op == OpText || c.Op == OpSaid) {
			clauses = append(clauses, c)
		}
	}
	var words []string
	for _, c := range clauses {
		for _, t := range c.Terms {
			words = append(words, t.Term)
		}
	}
	only := initialsOf(words)
	var out []int
	for i, quote := range art.Quotes {
		if len(speakers) > 0 && !slices.Contains(speakers, model.SpeakerKey(quote.Speaker)) {
			continue
		}
		if len(clauses) == 0 {
			if len(speakers) > 0 {
				out = append(out, i)
			}
			continue
		}
		pos := map[string][]uint32{}
		a.tokens(quote.Text, 0, only, func(t Token) {
			if !t.Stop {
				pos[t.Term] = append(pos[t.Term], uint32(t.Pos))
			}
		})
		for _, c := range clauses {
			if matchPositions(pos, c.Terms) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// matchPositions reports whether terms occur in a row, at their offsets,
// in a text whose positions by term are pos.
func matchPositions(pos map[string][]uint32, terms []Term) bool {
	for _, p := range pos[terms[0].Term] {
		start := int64(p) - int64(terms[0].Offset)
		ok := true
		for _, t := range terms[1:] {
			if _, found := slices.BinarySearch(pos[t.Term], uint32(start+int64(t.Offset))); !found {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
