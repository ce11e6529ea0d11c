package extract

import (
	"strings"

	"soundbite/model"
)

// doc is one article under analysis: its text, tokens, quotations,
// sentences, name mentions and entities. It lives for one Extract call.
type doc struct {
	text      string
	ltext     string // text with ASCII letters lower-cased, for allocation-free folding
	toks      []token
	paraFirst []int // first token of each paragraph, plus len(toks) at the end
	paraStart []int // byte offset of each paragraph in text
	quotes    []quoteSpan
	sents     []sentence
	sentOf    []int32 // sentence index of each token
	chunks    []chunk
	chunkAt   []int32 // chunk index of each token inside a name, or -1
	entAt     []int32 // entity a token refers to (a name's last word, a resolved pronoun), or -1
	ents      []entity
	cues      []cue
	lastEvent event
	lastActor mark
	lastTeam  mark               // the latest "X et al", whom a "they" soon after means
	lowerSeen map[string]bool    // lower-case words unknown to the lexicon, built on first use
	wordIdx   map[string][]int32 // entities by the words of their name forms
	answerOf  map[int]int        // in an interview transcript, the speaker of each paragraph (-1: the interviewer)
	answers   []answer
	agency    string  // the news agency a dateline credits ("Coastline"), or ""
	embeds    []embed // embedded posts, each its author's words

	// Weights that rank the candidate speakers of standalone quotations
	// (nil: the rules of carryByRules choose) and of direct quotations the
	// rules leave to nobody (nil: they stay nobody's); a log of every
	// direct quotation's candidates, for training (nil: none kept); and
	// the candidates' scratch space.
	ranker   *[numRankFeatures]float64
	fallback *[numRankFeatures]float64
	rankLog  *[]rankCase
	rankBuf  []rankCand
}

// sentence is a token range [first, last) within one paragraph. Quotations
// never straddle sentences, so a quotation and the words that attribute it
// share one.
type sentence struct {
	first, last int
	para        int
}

func newDoc(paragraphs []string) *doc {
	n := 0
	for _, p := range paragraphs {
		n += len(p) + len(model.ParagraphSep)
	}
	// News prose runs at about one token per five bytes; a little more
	// room saves growing the slice.
	d := &doc{toks: make([]token, 0, n/4+8)}
	d.text = joinParagraphs(paragraphs, n)
	d.ltext = lowerASCII(d.text)
	at, lead := 0, true
	for i, p := range paragraphs {
		d.paraFirst = append(d.paraFirst, len(d.toks))
		d.paraStart = append(d.paraStart, at)
		var skip int
		skip, lead = leadSkip(i, p, lead)
		if skip > 0 && !lead && d.agency == "" {
			d.agency = datelineAgency(p[:skip]) // a dateline, not a byline
		}
		d.toks = tokenize(d.toks, d.text, at+skip, at+len(p), int32(i))
		at += len(p) + len(model.ParagraphSep)
	}
	d.paraFirst = append(d.paraFirst, len(d.toks))
	d.retag()
	d.pairQuotes()
	d.splitSentences()
	return d
}

func joinParagraphs(paragraphs []string, n int) string {
	b := make([]byte, 0, n)
	for i, p := range paragraphs {
		if i > 0 {
			b = append(b, model.ParagraphSep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

// paraEnd returns the token just past paragraph p.
func (d *doc) paraEnd(p int) int { return d.paraFirst[p+1] }

// splitSentences finds sentence ends outside quotations: a full stop,
// question or exclamation mark followed by what can start a sentence, and a
// quotation that ends with a full stop inside its marks.
func (d *doc) splitSentences() {
	d.sentOf = make([]int32, len(d.toks))
	d.sents = make([]sentence, 0, len(d.toks)/16+4)
	for p := 0; p+1 < len(d.paraFirst); p++ {
		first, end := d.paraFirst[p], d.paraFirst[p+1]
		start := first
		for i := start; i < end; i++ {
			if i+1 < end && d.endsSentence(i) {
				d.addSentence(start, i+1, p)
				start = i + 1
			}
		}
		if start < end {
			d.addSentence(start, end, p)
		}
	}
}

func (d *doc) addSentence(first, last, para int) {
	d.toks[first].flags |= fSentStart
	for i := first; i < last; i++ {
		d.sentOf[i] = int32(len(d.sents))
	}
	d.sents = append(d.sents, sentence{first: first, last: last, para: para})
}

// endsSentence reports whether a sentence ends after token i, which is not
// the last of its paragraph.
func (d *doc) endsSentence(i int) bool {
	t, next := &d.toks[i], &d.toks[i+1]
	if listItemBetween(d.text[t.end:min(len(d.text), int(next.end)+2)]) {
		return true // "... over the past year.\n- **Read this fact:** There are ...": the next item of a list
	}
	startsNew := next.capWord() || next.kind == tkQuote || next.kind == tkNum ||
		d.punct(i+1, "(") || d.punct(i+1, "[")
	switch {
	case t.inQuote():
		return false
	case t.kind == tkPunct:
		s := d.str(i)
		if s != "." && s != "!" && s != "?" && s != "…" {
			return false
		}
		if next.kind == tkQuote && next.is(fCloseMark) {
			return false
		}
		return startsNew
	case t.kind == tkWord && d.text[t.end-1] == '.':
		// An abbreviation's full stop ends a sentence only before a word
		// that cannot follow it inside one ("in the U.S. The president").
		return !t.has(lxTitle|lxHonorific) && next.capWord() && next.has(lxFunc) && !next.has(lxTitle)
	case t.kind == tkQuote && t.is(fCloseMark):
		q := &d.quotes[d.markQuote(i)]
		last := d.text[q.start:q.end]
		if last == "" || !startsNew || d.punct(i-1, ",") {
			return false // “... in the U.S.,” she said: the comma hands over to the cue
		}
		if strings.HasSuffix(last, ".]") {
			return true // "a commoner[.]": an editor's full stop
		}
		switch last[len(last)-1] {
		case '.':
			return true
		case '?', '!':
			return !d.cueSoon(i + 1)
		}
	}
	return false
}

// listItemBetween reports whether the text between two tokens of a
// paragraph breaks the line and opens a Markdown list item there: "\n- ",
// "\n* ", "\n3. ". A page's list keeps its items in one paragraph, and an
// item never goes on with the sentence of the one before.
func listItemBetween(gap string) bool {
	n := strings.IndexByte(gap, '\n')
	if n < 0 {
		return false
	}
	rest := strings.TrimLeft(gap[n+1:], " \t")
	if len(rest) >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ' {
		return true
	}
	digits := 0
	for digits < len(rest) && rest[digits] >= '0' && rest[digits] <= '9' {
		digits++
	}
	return digits > 0 && digits+1 < len(rest) && rest[digits] == '.' && rest[digits+1] == ' '
}

// cueSoon reports whether a speech verb follows within a few words, as in
// “Why?” asked the minister.
func (d *doc) cueSoon(i int) bool {
	end := d.paraEnd(int(d.toks[i].para))
	for k := i; k < end && k < i+6; k++ {
		t := &d.toks[k]
		if t.cv != 0 {
			return true
		}
		if t.kind == tkQuote || (t.kind == tkPunct && d.str(k) != ",") {
			return false
		}
	}
	return false
}

// modifierVerbs are speech verbs in the base form whose word is more often
// a noun or a modifier: "state media", "a note", "point guard".
var modifierVerbs = map[string]bool{
	"note": true, "state": true, "observe": true, "conclude": true, "reveal": true, "point": true, "demonstrate": true,
}

// retag corrects, in one pass over the tokens, what the lexicon tagged
// without context: a speech verb that is a noun here, a "PM" telling the
// time.
func (d *doc) retag() {
	for i := range d.toks {
		d.demoteModifierVerb(i)
		d.clockTitle(i)
	}
}

// demoteModifierVerb takes the speech verb from token i when it is such
// a base form and what follows it cannot open a reported clause
// ("researchers note that", "the Marlovians state they", "estimates state
// about 300", "they point out" keep it), so that "state media" and "state
// police" stay noun phrases.
func (d *doc) demoteModifierVerb(i int) {
	t := &d.toks[i]
	if t.cv == 0 || !t.lowerWord() || !modifierVerbs[d.lower(i)] {
		return
	}
	keep := false
	if n := i + 1; n < len(d.toks) && d.toks[n].para == t.para {
		nt := &d.toks[n]
		w := d.lower(n)
		keep = nt.kind == tkNum || nt.kind == tkQuote ||
			nt.kind == tkWord && (w == "that" || w == "out" || nominative(w) || nt.has(lxDet) || w == "about" || w == "nearly" || w == "almost" || w == "around")
	}
	if !keep {
		t.cv = 0
		t.lx &^= lxVerb // only the speech verb made it one
	}
}

// clockTitle takes the title from a "PM" at token i that tells the time:
// in lower case ("7:38 pm IST") or after a number ("at 5 PM"). In
// capitals, after no number, it is the prime minister ("The PM said").
func (d *doc) clockTitle(i int) {
	t := &d.toks[i]
	if t.kind == tkWord && t.has(lxTitle) && d.isWord(i, "pm") && (!t.is(fAllCaps) || i > 0 && d.toks[i-1].kind == tkNum) {
		t.lx &^= lxTitle
	}
}
