package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is one quotation: the words between a pair of quotation marks
// (double, or single where pairSingleMarks finds them) within one
// paragraph. A quotation running over several paragraphs
// is one span per paragraph, linked by contPrev and contNext.
type quoteSpan struct {
	open, close int // tokens of the marks; close is -1 when the quotation runs to the paragraph end
	first, last int // content tokens [first, last)
	start, end  int // byte offsets of the content, trimmed
	para        int
	contPrev    bool // continues a quotation from the previous paragraph
	contNext    bool // continues into the next paragraph

	// Set by attribution.
	decided  bool // a rule has settled the speaker (maybe nobody)
	ent      int  // speaker entity, -1 for none
	co       int  // a second speaker credited too ("“...,” Ilse Varga and Tomas Brenn said"), -1 for none
	cue      string
	absorbed bool // part of a reported clause: emitted as a mixed quote instead
	carried  bool // the speaker was carried over, not read from a cue
	name     bool // a title or a name in marks ("the paper, “Plumes of Oska”,"): no words said

	standalone bool // a sentence of its own that carry gave a speaker, not the next part of one

	// runOn says the quotation opened while the one before it in the
	// paragraph was still open, which pairQuotes ended there: the next
	// part of one quotation whose paragraph breaks were lost in the
	// scrape (“... the team. “We will learn ... “The season ...”).
	runOn bool

	// predicate says the quotation is the predicate of a sentence with no
	// cue ("The waiting list “grows by the week.”"), whose clause from
	// token subject on is emitted as a mixed quote.
	predicate bool
	subject   int
}

// words counts the words of the quotation.
func (q *quoteSpan) words(d *doc) int {
	n := 0
	for _, t := range d.toks[q.first:q.last] {
		if t.kind == tkWord || t.kind == tkNum {
			n++
		}
	}
	return n
}

// pairQuotes matches quotation marks paragraph by paragraph. Curly marks
// say which way they face; a straight mark opens when no quotation is open
// and closes otherwise, which also survives the odd misplaced space.
func (d *doc) pairQuotes() {
	// A local copy of the list for the test most tokens fail: read
	// through d, which addQuote writes, it was reloaded for each.
	toks := d.toks
	singleOpen := false
	for p := 0; p+1 < len(d.paraFirst); p++ {
		first, end := d.paraFirst[p], d.paraFirst[p+1]
		singleOpen = d.pairSingleMarks(first, end, singleOpen)
		// The last paragraph ended inside a quotation: a first mark here
		// that faces left closes it without a fresh opening mark.
		runsIn := p > 0 && len(d.quotes) > 0 && d.quotes[len(d.quotes)-1].para == p-1 && d.quotes[len(d.quotes)-1].close < 0 &&
			first < end && toks[first].kind != tkQuote
		open := -1
		nested := false // a closing mark facing right opened a quotation inside the open one
		for i := first; i < end; i++ {
			t := &toks[i]
			if t.kind != tkQuote {
				continue
			}
			r, _ := utf8.DecodeRuneInString(d.text[t.start:])
			if pt := &d.toks[max(i-1, first)]; i > first && pt.kind == tkQuote && pt.end == t.start {
				if pr, _ := utf8.DecodeRuneInString(d.text[pt.start:]); pr == r {
					// A doubled mark (`""It was`, `down,""`) is one mark,
					// the inner one.
					if open == i-1 {
						open = i
					}
					continue
				} else if pt.is(fCloseMark) && (r == '"' || r == '”') && (pr == '"' || pr == '”') {
					continue // `year,”" she said`: the close doubled in two styles
				}
			}
			if open < 0 && runsIn {
				runsIn = false
				if d.closesRunIn(i, first, end) {
					// “... refused.¶I thought ... down,” he said: the
					// quotation carries on into this paragraph with its
					// opening mark left out, and closes here.
					d.addQuote(first, i, i, p)
					continue
				}
			}
			if open < 0 && r == '"' && d.singleOpensParagraph(first, i) {
				// 'We made the right call. And ... reasons," Kell told: a
				// quotation opened by a single mark and closed by a double.
				d.toks[first].kind = tkQuote
				d.addQuote(first, i, i, p)
				continue
			}
			if open < 0 {
				// `wrote:”On behalf of ...”`: a closing mark right after a
				// colon and against a capitalised word opens the quotation
				// the colon announces.
				colonOpen := r == '”' && i > first && d.punct(i-1, ":") && !t.is(fSpaceAfter) && i+1 < end && d.toks[i+1].capWord()
				// `said, ” Science is ...”`: a closing mark, spaced, after
				// a speech verb and its comma and before a capitalised
				// word, with a closing mark still to come, opens the
				// quotation the verb announces.
				cueOpen := r == '”' && i-2 >= first && d.punct(i-1, ",") && d.toks[i-2].lowerWord() && d.toks[i-2].cv != 0 &&
					i+1 < end && d.toks[i+1].capWord() && d.marksAfter(i+1, end) == 1
				// `said Brekke.”Coming to ...”`: a closing mark glued to
				// the cue's full stop and to a capitalised word, with a
				// close still to come, opens the next quotation.
				stopOpen := r == '”' && i > first && d.punct(i-1, ".") && !t.is(fSpaceAfter) && i+1 < end && d.toks[i+1].capWord() &&
					d.toks[i+1].start == t.end && d.marksAfter(i+1, end) >= 1
				if (r == '”' || r == '»') && (!t.is(fSpaceBefore) || t.is(fSpaceAfter)) && !colonOpen && !cueOpen && !stopOpen {
					continue // a stray closing mark
				}
				if i+1 == end {
					continue // a lone mark at the paragraph end opens nothing
				}
				open = i
				continue
			}
			if nested {
				nested = false // the inner quotation's close
				continue
			}
			if r != '"' && t.is(fSpaceBefore) && t.is(fSpaceAfter) && d.text[toks[open].start] == '"' {
				// "... by the other side ” the expulsion of ...,": a curly
				// mark set apart inside a straight quotation stands for a
				// dash a bad decoding replaced; the straight close ends it.
				continue
			}
			if r != '\'' && r != '‘' && r != '’' && d.singleMark(open) {
				// A quotation in single marks holds double ones only
				// inside it: pairSingleMarks paired its close past them.
				continue
			}
			if r == '”' && t.is(fSpaceBefore) && !t.is(fSpaceAfter) && i+1 < end && d.toks[i+1].kind == tkWord &&
				d.toks[i+1].start == t.end && d.marksAfter(i+1, end) >= 2 {
				// “... The time for ”little steps” is long gone ...”: a
				// closing mark set where an opening one belongs, against
				// the word after it and with its own close and the outer
				// one still to come, opens a quotation inside the open one.
				nested = true
				continue
			}
			if r == '"' && d.straightInnerPair(i, end) {
				// "... to house people "temporarily", with no answer ...": a
				// straight mark facing a word while one is open, closed
				// a word or three later, marks words inside the open one.
				nested = true
				continue
			}
			if r == '"' && t.is(fSpaceBefore) && !t.is(fSpaceAfter) && i+1 < end && d.toks[i+1].capWord() {
				if j := d.cueInsideOpen(open, i); j >= 0 {
					// "..., says Banzi. "If you ...": the first quotation's
					// close was left out before its cue; this mark opens the
					// next.
					d.addQuote(open, j, j, p)
					open = i
					continue
				}
			}
			if r == '“' && t.is(fSpaceBefore) && !t.is(fSpaceAfter) && d.curlyInnerPair(i, end) {
				// “All the “currach” builders are booked,” says X: a term
				// in the same marks inside the open quotation, its own
				// close a few words on and the outer close still to come.
				nested = true
				continue
			}
			if (r == '“' || r == '«') && t.is(fSpaceBefore) && !t.is(fSpaceAfter) && (d.punct(i-1, ",") || d.punct(i-1, ":")) &&
				d.marksAfter(i+1, end) == 0 && d.cueInsideOpen(open, i) < 0 {
				// “... they will say, “you saw our crowds.¶: words quoted
				// inside the open quotation after a comma or colon and never
				// closed, the outer close lost with them. The outer
				// quotation holds them and runs on to the paragraph end.
				nested = true
				continue
			}
			if (r == '“' || r == '«') && t.is(fSpaceBefore) && !t.is(fSpaceAfter) {
				// An opening mark while one is open: the first was never
				// closed. End it here and start again.
				d.addQuote(open, i, i, p)
				open = i
				continue
			}
			if r == '"' && d.straightOpensAfterStop(open, i, end) {
				// "... to expect. "But we gave away ...": a straight mark
				// after a stop and a space, against a capital, opens; the
				// one open was never closed (a paragraph break lost).
				if k := d.narrationInsideOpen(open, i); k > 0 {
					// "... last year. Mr Hayes added that ...": the
					// reporter's own sentence ends the quotation before it.
					d.addQuote(open, k, k, p)
					open = i
					continue
				}
				d.addQuote(open, i, i, p)
				open = i
				continue
			}
			d.addQuote(open, i, i, p)
			open = -1
		}
		if open >= 0 {
			if j := d.cueInsideOpen(open, end); j >= 0 {
				// “..., said Dustyn Pruitt, 25, a student.: the close
				// left out before the cue.
				d.addQuote(open, j, j, p)
			} else {
				d.addQuote(open, -1, end, p)
			}
		}
	}
	// A quotation ended at the opening mark of the next is run on by it.
	for k := 1; k < len(d.quotes); k++ {
		if q := &d.quotes[k]; q.para == d.quotes[k-1].para && d.quotes[k-1].close == q.open {
			q.runOn = true
		}
	}
	// A quotation left open at a paragraph's end continues when the next
	// paragraph opens with a quotation mark.
	for k := range d.quotes {
		q := &d.quotes[k]
		if q.close >= 0 || k+1 >= len(d.quotes) {
			continue
		}
		nq := &d.quotes[k+1]
		if nq.para == q.para+1 && nq.open == d.paraFirst[nq.para] {
			q.contNext, nq.contPrev = true, true
		}
	}
}

// singleOpensParagraph reports whether the paragraph [first, ..) opens
// with a single mark against a capitalised word that no single close
// paired, and the straight double mark at token i, its first quotation
// mark after that, closes what it opened: against a comma or a stop
// before it and apart from what follows.
func (d *doc) singleOpensParagraph(first, i int) bool {
	if i < first+3 || d.toks[first].kind != tkPunct || !d.toks[first+1].capWord() || d.toks[first+1].start != d.toks[first].end {
		return false
	}
	if s := d.str(first); s != "'" && s != "‘" {
		return false
	}
	t := &d.toks[i]
	if t.is(fSpaceBefore) || !t.is(fSpaceAfter) || !(d.punct(i-1, ",") || d.punct(i-1, ".") || d.punct(i-1, "?") || d.punct(i-1, "!")) {
		return false
	}
	for k := first + 1; k < i; k++ {
		if d.toks[k].kind == tkQuote {
			return false
		}
	}
	return true
}

// closesRunIn reports whether the paragraph's first quotation mark, token
// i, closes a quotation run in from the paragraph before: it faces left
// (a curly close, or a straight mark), set against the word or stop
// before it and apart from what follows, and follows a few words of its
// own. A mark against the word after it (`wrote:”On behalf`) opens.
func (d *doc) closesRunIn(i, first, end int) bool {
	if i < first+2 {
		return false
	}
	t := &d.toks[i]
	if t.is(fSpaceBefore) || d.punct(i-1, ":") || i+1 < end && !t.is(fSpaceAfter) && d.toks[i+1].kind != tkPunct {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.text[t.start:])
	return r == '”' || r == '»' || r == '"'
}

// straightOpensAfterStop reports whether the straight mark at token i,
// while the straight quotation opened at token open is still open, opens
// the next one instead of closing it: a space before it and none after,
// a capital word against it, and a full stop, question or exclamation
// mark before the space. A closing mark sits against its stop ("well.""),
// so one set apart after a stop starts a new sentence of the speaker's.
func (d *doc) straightOpensAfterStop(open, i, end int) bool {
	t := &d.toks[i]
	if d.text[d.toks[open].start] != '"' || !t.is(fSpaceBefore) || t.is(fSpaceAfter) || i+1 >= end || !d.toks[i+1].capWord() ||
		d.toks[i+1].start != t.end || i-1 <= open+1 {
		return false
	}
	return d.punct(i-1, ".") || d.punct(i-1, "?") || d.punct(i-1, "!")
}

// narrationInsideOpen returns the first token of a sentence of the
// reporter's inside a quotation opened at token open and never closed
// before token stop: a stop, then an honorific, a capitalised name and a
// speech verb ("... last year. Mr Hayes added that ..."), which no one
// says of themself. It returns 0 when there is none.
func (d *doc) narrationInsideOpen(open, stop int) int {
	for k := open + 2; k+3 < stop; k++ {
		if d.toks[k].kind == tkQuote {
			return 0
		}
		if d.punct(k, ".") && d.toks[k+1].capWord() && d.toks[k+1].has(lxHonorific) && d.toks[k+2].capWord() &&
			d.toks[k+3].lowerWord() && d.toks[k+3].cv != 0 {
			return k + 1
		}
	}
	return 0
}

// singleMark reports whether the quotation mark at token i is a single
// one, which pairSingleMarks made a quotation mark.
func (d *doc) singleMark(i int) bool {
	r, _ := utf8.DecodeRuneInString(d.text[d.toks[i].start:])
	return r == '\'' || r == '‘' || r == '’'
}

// cueInsideOpen returns the comma at which a quotation opened at token
// open, still open at token stop, runs into its own attribution with no
// closing mark (“We will rebuild, said Tomas Brenner, 25, a student.),
// or the inner single quotation's close that stands for the missing one
// (“... calls it ‘the swamp,’ said X, 41.): a comma (with the inner
// close, a ! or ? too), "said" or "says" (or "added", "adds"), then one to four
// capitalised words ending at a comma, a stop or the end, and nothing
// after it but the rest of that sentence. It returns -1 otherwise.
func (d *doc) cueInsideOpen(open, stop int) int {
	for j := open + 3; j+2 < stop; j++ {
		if d.toks[j].kind == tkQuote {
			return -1
		}
		// “... calls it ‘the swamp,’ said X: the inner quotation's close
		// stands for the outer one, after a comma or its own ! or ?.
		inner := d.innerSingleClose(j + 1)
		v := j + 1
		if inner {
			v = j + 2
		}
		if !(d.punct(j, ",") || inner && (d.punct(j, "!") || d.punct(j, "?"))) || v >= stop || !d.toks[v].lowerWord() {
			continue
		}
		switch d.lower(v) {
		case "said", "says", "added", "adds":
		default:
			continue
		}
		n := v + 1
		for n < stop && n < v+5 && d.toks[n].capWord() && !d.toks[n].has(lxPronoun|lxFunc) {
			n++
		}
		if n == v+1 || n < stop && !d.punct(n, ",") && !d.punct(n, ".") {
			continue
		}
		// Only the attribution's sentence may follow: no second stop
		// before stop, save the last token.
		for k := n + 1; k < stop-1; k++ {
			if d.punct(k, ".") || d.punct(k, "?") || d.punct(k, "!") {
				return -1
			}
		}
		if inner {
			// The mark closes the outer quotation now: cues read it
			// as they read any closing mark before them.
			d.toks[j+1].kind = tkQuote
			return j + 1
		}
		return j
	}
	return -1
}

// innerSingleClose reports whether token k is a single closing mark set
// against the word or stop before it, with a space after: the close of
// a quotation in single marks inside a double one.
func (d *doc) innerSingleClose(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	if t.kind != tkPunct || t.is(fSpaceBefore) || !t.is(fSpaceAfter) {
		return false
	}
	s := d.text[t.start:t.end]
	return s == "'" || s == "’"
}

// marksAfter counts the double quotation marks among tokens [i, end).
// straightInnerPair reports whether the straight mark at token i opens a
// short quotation inside an open one: a space before it, a word against
// it, and a straight mark against the end of a word at most three words
// on, with no space before it, and a space or a stop after it.
func (d *doc) straightInnerPair(i, end int) bool {
	t := &d.toks[i]
	if !t.is(fSpaceBefore) || t.is(fSpaceAfter) || i+1 >= end || d.toks[i+1].kind != tkWord || d.toks[i+1].start != t.end {
		return false
	}
	words := 0
	for j := i + 1; j < end && j <= i+6; j++ {
		u := &d.toks[j]
		switch u.kind {
		case tkWord:
			words++
			if words > 3 {
				return false
			}
		case tkQuote:
			return !u.is(fSpaceBefore) && d.toks[j-1].kind == tkWord && d.text[u.start] == '"'
		}
	}
	return false
}

// curlyInnerPair reports whether the left double mark at token i, while a
// quotation is open, opens a short one inside it: a word against it, a
// right double mark against a word or stop at most four words on, and
// another right double mark after that before any left one in the
// paragraph [.., end).
func (d *doc) curlyInnerPair(i, end int) bool {
	if i+1 >= end || d.toks[i+1].start != d.toks[i].end || d.toks[i+1].kind != tkWord {
		return false
	}
	words, inner := 0, -1
	for j := i + 1; j < end && inner < 0; j++ {
		switch u := &d.toks[j]; {
		case u.kind == tkWord:
			if words++; words > 4 {
				return false
			}
		case u.kind == tkQuote:
			if d.text[u.start:u.end] != "”" || u.is(fSpaceBefore) {
				return false
			}
			inner = j
		}
	}
	if inner < 0 {
		return false
	}
	// The outer close comes after any further inner pairs (“... a
	// “notice” ... this “notice” to the families,”).
	pairOpen := false
	for j := inner + 1; j < end; j++ {
		if d.toks[j].kind != tkQuote {
			continue
		}
		m := d.text[d.toks[j].start:d.toks[j].end]
		switch {
		case pairOpen && m == "”":
			pairOpen = false
		case !pairOpen && m == "”":
			return true
		case !pairOpen && m == "“" && d.toks[j].is(fSpaceBefore) && !d.toks[j].is(fSpaceAfter):
			pairOpen = true
		default:
			return false
		}
	}
	return false
}

func (d *doc) marksAfter(i, end int) int {
	n := 0
	for ; i < end; i++ {
		if d.toks[i].kind == tkQuote {
			n++
		}
	}
	return n
}

// pairSingleMarks finds quotations in single marks ('...' and ‘...’), the
// house style of British and wire reporting, in the paragraph [first, end),
// and turns their marks into quotation marks. A single mark is an
// apostrophe far more often, so a pair counts only outside double marks,
// opening before a letter after a space, closing after a word or a stop
// before a space or a stop, and holding two words or more with no double
// mark inside.
//
// A quotation in single marks may also run to the paragraph's end with no
// closing mark, as a quotation of several paragraphs does ("he added:
// 'Personally I think ... season." and "'But we all know ... decision."
// before a paragraph opening with a mark again); prevOpen says the
// paragraph before ended so, and the result whether this one does.
func (d *doc) pairSingleMarks(first, end int, prevOpen bool) bool {
	inDouble := false
	open := -1
	toks := d.toks // a local copy: read through d, it was reloaded for each token
	for i := first; i < end; i++ {
		t := &toks[i]
		if t.kind == tkQuote {
			if open >= 0 && !inDouble {
				if c := d.closeAfterDoubles(i, end); c > 0 {
					// 'They called it "a goldmine", and it's a bog,':
					// double marks quoted inside the single ones.
					i = c - 1
					continue
				}
			}
			inDouble = !inDouble
			open = -1
			continue
		}
		if inDouble || t.kind != tkPunct && t.kind != tkPoss {
			continue
		}
		s := d.text[t.start:t.end]
		if s != "'" && s != "‘" && s != "’" {
			continue
		}
		switch {
		case open < 0 && t.kind == tkPunct && (s != "’" || d.rightMarkOpens(i, first, end)) && (t.is(fSpaceBefore) || i > first && (d.punct(i-1, ":") || d.punct(i-1, "("))) &&
			!t.is(fSpaceAfter) && i+1 < end && d.toks[i+1].kind == tkWord && !isDigitByte(d.text[d.toks[i+1].start]):
			open = i
		case open >= 0 && s != "‘" && !t.is(fSpaceBefore) && (t.is(fSpaceAfter) || i+1 < end && d.toks[i+1].kind == tkPunct) &&
			(t.kind == tkPunct || i+1 >= end || d.toks[i+1].kind == tkPunct || d.toks[i+1].cv != 0 || d.closesAfterPlural(i, end)) &&
			!d.elisionBeforeClose(i, first, end):
			words := 0
			for k := open + 1; k < i; k++ {
				if d.toks[k].kind == tkWord {
					words++
				}
			}
			if words >= 2 && i-open < 120 {
				d.toks[open].kind, d.toks[i].kind = tkQuote, tkQuote
			}
			open = -1
		}
	}
	if open >= 0 && !inDouble && d.singleRunsOn(open, first, end, prevOpen) {
		d.toks[open].kind = tkQuote
		return true
	}
	return false
}

// elisionBeforeClose reports whether the mark at token i, against the end
// of a word and followed by another word, is an apostrophe inside the
// open single quotation rather than its close: a dropped letter ("goin'
// round", "rock 'n' roll") or a plural's possessive ("the landlords'
// promises"), with the quotation's own close, a mark after its comma or
// stop, still to come before any mark that could open another one
// ('We were goin' round in circles,' she said); or a dropped letter
// just before the comma that hands over, with that close right after it
// ('... waitin',' she said).
func (d *doc) elisionBeforeClose(i, first, end int) bool {
	if i == first || d.toks[i-1].kind != tkWord || i+1 >= end {
		return false
	}
	if d.punct(i+1, ",") && i+2 < end && d.stopThenSingle(i+2, end) {
		return true // 'We were just sittin' there, waitin',' she said
	}
	if d.toks[i+1].kind != tkWord {
		return false
	}
	for k := i + 1; k < end; k++ {
		switch {
		case d.toks[k].kind == tkQuote:
			return false
		case d.singleOpens(k, first, end):
			return false
		case d.stopThenSingle(k, end):
			return true
		}
	}
	return false
}

// rightMarkOpens reports whether the right single mark at token i, set
// where a left one belongs (’We will appeal,’ she said), opens a
// quotation: a capitalised word against it, and a closing mark after a
// comma or a stop to come before any mark that could open another one.
// An elision before a number (’90s) or a small word (’em) opens nothing.
func (d *doc) rightMarkOpens(i, first, end int) bool {
	if i+1 >= end || !d.toks[i+1].capWord() {
		return false
	}
	for k := i + 1; k < end; k++ {
		switch {
		case d.toks[k].kind == tkQuote, d.singleOpens(k, first, end):
			return false
		case d.stopThenSingle(k, end):
			return true
		}
	}
	return false
}

// singleOpens reports whether token k could open a quotation in single
// marks: a straight or left mark after a space, a colon or a bracket,
// against a word that is no number.
func (d *doc) singleOpens(k, first, end int) bool {
	t := &d.toks[k]
	if t.kind != tkPunct || t.is(fSpaceAfter) || k+1 >= end || d.toks[k+1].kind != tkWord || isDigitByte(d.text[d.toks[k+1].start]) {
		return false
	}
	if s := d.text[t.start:t.end]; s != "'" && s != "‘" {
		return false
	}
	return t.is(fSpaceBefore) || k > first && (d.punct(k-1, ":") || d.punct(k-1, "("))
}

// stopThenSingle reports whether token k is a single closing mark set
// against a comma, a full stop, a question or an exclamation mark, with a
// space, a stop or the paragraph's end after it (",' she said").
func (d *doc) stopThenSingle(k, end int) bool {
	t := &d.toks[k]
	if t.kind != tkPunct || t.is(fSpaceBefore) || k == 0 {
		return false
	}
	if s := d.text[t.start:t.end]; s != "'" && s != "’" {
		return false
	}
	if !(d.punct(k-1, ",") || d.punct(k-1, ".") || d.punct(k-1, "?") || d.punct(k-1, "!")) {
		return false
	}
	return k+1 >= end || t.is(fSpaceAfter) || d.toks[k+1].kind == tkPunct
}

// singleAfterDouble reports whether token k is a single mark set against
// the close of a double quotation inside the single one, with a space, a
// stop or the paragraph's end after it ('... just said "Closed."').
func (d *doc) singleAfterDouble(k, end int) bool {
	t := &d.toks[k]
	if t.kind != tkPunct || t.is(fSpaceBefore) || k == 0 || d.toks[k-1].kind != tkQuote {
		return false
	}
	if s := d.text[t.start:t.end]; s != "'" && s != "’" {
		return false
	}
	return k+1 >= end || t.is(fSpaceAfter) || d.toks[k+1].kind == tkPunct
}

// closeAfterDoubles returns the single mark that closes the quotation
// open in single marks when a double mark at token i opens a quotation
// inside it: the double marks pair up, and a single mark after a comma or
// a stop follows them before any mark that could open another single
// quotation. It returns -1 otherwise.
func (d *doc) closeAfterDoubles(i, end int) int {
	doubles := 0
	for k := i; k < end; k++ {
		switch {
		case d.toks[k].kind == tkQuote:
			doubles++
		case doubles%2 == 0 && (d.stopThenSingle(k, end) || d.singleAfterDouble(k, end)):
			return k
		case doubles%2 == 0 && d.singleOpens(k, i, end):
			return -1
		}
	}
	return -1
}

// closesAfterPlural reports whether the mark at token i, read as the
// possessive of a plural ("cards’"), closes the open single quotation
// instead: the word after it is a conjunction, a preposition or an
// auxiliary ("said the budget was ‘a house of cards’ and would ..."),
// where a possessive would be followed by its noun ("the workers’ union").
func (d *doc) closesAfterPlural(i, end int) bool {
	if d.toks[i].kind != tkPoss || i+1 >= end {
		return false
	}
	n := &d.toks[i+1]
	return n.kind == tkWord && n.lowerWord() && n.has(lxFunc|lxAux) && !n.has(lxDet)
}

// singleRunsOn reports whether the single mark at token open, left
// unclosed in the paragraph [first, end), opens a quotation that runs to
// the paragraph's end: four words or more ending in a stop, after a
// speaker's colon, or opening the paragraph when the one before ended in
// such a quotation or the next opens with a mark again.
func (d *doc) singleRunsOn(open, first, end int, prevOpen bool) bool {
	words := 0
	for k := open + 1; k < end; k++ {
		if d.toks[k].kind == tkQuote {
			return false
		}
		if d.toks[k].kind == tkWord {
			words++
		}
	}
	if words < 4 || !(d.punct(end-1, ".") || d.punct(end-1, "!") || d.punct(end-1, "?")) {
		return false
	}
	if open > first && d.punct(open-1, ":") {
		return true
	}
	if open != first {
		return false
	}
	nextOpens := end+1 < len(d.toks) && d.toks[end].kind == tkPunct && (d.punct(end, "'") || d.punct(end, "‘")) && d.toks[end+1].capWord()
	return prevOpen || nextOpens
}

// addQuote records the quotation opened by token open and closed by token
// close (-1 when unclosed), whose content ends before token end. An open
// token that is no mark is the first word of a quotation run in from the
// paragraph before, its opening mark left out.
func (d *doc) addQuote(open, close, end, para int) {
	q := quoteSpan{open: open, close: close, first: open + 1, last: end, para: para, ent: -1, co: -1}
	start := int(d.toks[open].end)
	runIn := d.toks[open].kind != tkQuote
	if runIn {
		q.first, start = open, int(d.toks[open].start)
	}
	var stop string
	switch {
	case close >= 0:
		stop = d.text[start:d.toks[close].start]
	case end-1 > open:
		stop = d.text[start:d.toks[end-1].end]
	}
	// Trim space, then the comma that belongs to the attribution
	// (“..., ” she said).
	content := strings.TrimRightFunc(stop, unicode.IsSpace)
	content = strings.TrimSuffix(content, ",")
	content = strings.TrimRightFunc(content, unicode.IsSpace)
	lead := len(content) - len(strings.TrimLeftFunc(content, unicode.IsSpace))
	q.start, q.end = start+lead, start+len(content)
	if q.start >= q.end {
		return
	}
	idx := len(d.quotes)
	if !runIn {
		d.toks[open].flags |= fOpenMark
	}
	if close >= 0 {
		d.toks[close].flags |= fCloseMark
	}
	span := d.toks[q.first:q.last] // a local slice: stored through d, each store reloaded the list
	for i := range span {
		span[i].quote = int32(idx)
	}
	d.quotes = append(d.quotes, q)
}

// markQuote returns the quotation whose opening or closing mark is token i,
// or -1.
func (d *doc) markQuote(i int) int {
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k].open >= i })
	if k < len(d.quotes) && d.quotes[k].open == i {
		return k
	}
	if k > 0 && d.quotes[k-1].close == i {
		return k - 1
	}
	return -1
}

// quoteText is the content of quotation k.
func (d *doc) quoteText(k int) string { return d.text[d.quotes[k].start:d.quotes[k].end] }

// oneWordSentence reports whether quotation k is a sentence of one word
// standing alone after another sentence (“...,” Tamm said. “Nothing.”):
// its own full stop, question or exclamation mark inside the marks, a
// capital, and nothing else in its sentence; a title or a term in marks
// sits inside a sentence of the writer's.
func (d *doc) oneWordSentence(k int) bool {
	q := &d.quotes[k]
	if q.words(d) != 1 || q.close < 0 || q.first >= q.last || !d.toks[q.first].capWord() {
		return false
	}
	text := d.quoteText(k)
	if last := text[len(text)-1]; last != '.' && last != '!' && last != '?' {
		return false
	}
	s := d.sents[d.sentOf[q.open]]
	return q.open == s.first && q.open > d.paraFirst[s.para] && (q.close+1 >= s.last || d.sentOf[q.close+1] != d.sentOf[q.open])
}

// spokenWord reports whether quotation k, one word, is an answer given
// rather than a term in marks: a capital that opens its sentence with its
// own comma or mark inside the marks (“Never,” the minister said; “No!”
// she said), or that follows a colon and ends the sentence (the company
// said: “Regrettable.”). "Her answer was “yes”" and "called it
// “disgraceful”" sit inside a sentence of the writer's.
func (d *doc) spokenWord(k int) bool {
	q := &d.quotes[k]
	if q.words(d) != 1 || q.close < 0 || q.first >= q.last || !d.toks[q.first].capWord() {
		return false
	}
	mark := q.close - 1
	if !(d.punct(mark, ",") || d.punct(mark, ".") || d.punct(mark, "!") || d.punct(mark, "?")) {
		return false
	}
	s := d.sents[d.sentOf[q.open]]
	if q.open == s.first {
		if q.close+1 >= s.last || d.punct(mark, ".") {
			return false // “Never,” and its cue, in one sentence
		}
		for k := q.close + 1; k+1 < s.last; k++ {
			if d.punct(k, ",") && d.toks[k+1].lowerWord() && d.toks[k+1].has(lxAux) {
				return false // "“Dune,” the director said, was his favourite book": the word is the subject
			}
		}
		return true
	}
	return q.open-1 > s.first && d.punct(q.open-1, ":") && !d.punct(mark, ",") && d.sentenceEnd(q.close+1, s)
}

// sentenceLike reports whether quotation k reads as words someone said
// rather than a title or a scare-quoted term: several words, or a complete
// sentence.
func (d *doc) sentenceLike(k int) bool {
	q := &d.quotes[k]
	n := q.words(d)
	// “It’s ‘Teatime at the Lyric.’”: the stop is the inner quotation's,
	// and ends the sentence all the same.
	text := strings.TrimRight(d.quoteText(k), "'’\"”")
	if text == "" {
		return false
	}
	last := text[len(text)-1]
	// Every word capitalised: a title ("The Last Pasture Of Kelvara"),
	// and one ending in a full stop, as American style sets it inside the
	// marks ("his memoir, “Salt and Iron.”"), is a title too; a cry
	// ("Save Our Port!") or a question still speaks.
	title := true // every word capitalised but function words
	for i := q.first; i < q.last; i++ {
		if t := &d.toks[i]; t.kind == tkWord && !t.is(fCap) && !t.has(lxFunc) {
			title = false
			break
		}
	}
	if n >= 2 && (last == '!' || last == '?' || last == '.' && !d.stoppedTitle(k)) {
		return true
	}
	return n >= 4 && !title
}

// stoppedTitle reports whether quotation k is a title set American style,
// its full stop inside the marks ("his memoir, “Salt and Iron.”"): two or
// more capitalised words, and no word in lower case but the small words a
// title leaves so ("Ask me on Monday." would be "Ask Me on Monday"). A
// banner in capitals ("31 YEARS. WORTH IT.") shouts; no title.
func (d *doc) stoppedTitle(k int) bool {
	q := &d.quotes[k]
	text := d.quoteText(k)
	if text == "" || text[len(text)-1] != '.' || !strings.ContainsFunc(text, unicode.IsLower) {
		return false
	}
	for i := q.first; i < q.last; i++ {
		if t := &d.toks[i]; t.kind == tkWord && !t.is(fCap) && !titleSmallWords[d.lower(i)] {
			return false
		}
	}
	return d.capContentWords(k) >= 2
}

// titleSmallWords are the words a title leaves in lower case.
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true, "as": true, "into": true,
}

// capContentWords counts the capitalised words of quotation k that are not
// function words: a title has two or more ("Catch and Kill.").
func (d *doc) capContentWords(k int) int {
	q := &d.quotes[k]
	n := 0
	for i := q.first; i < q.last; i++ {
		if t := &d.toks[i]; t.kind == tkWord && t.is(fCap) && !t.has(lxFunc) {
			n++
		}
	}
	return n
}

// inMarkup reports whether quotation qi belongs to a page's markup left in
// the text, not to its prose: an image's title (![](url "Farmers march.
// (Photo: Wire)")) or alt text (![A cover showing "Salt and Iron"](url)),
// or a link's text ([“Port to close”](url), a related story's headline).
// None of them is anyone's words.
func (d *doc) inMarkup(qi int) bool {
	q := &d.quotes[qi]
	mark := int(d.toks[q.open].start)
	lineStart := strings.LastIndexByte(d.text[:mark], '\n') + 1
	before := d.text[lineStart:mark]
	// Most lines of prose hold no bracket at all, and strings.LastIndex of
	// a two-byte string reads the line slowly: a fast look for the bracket
	// first spares the reading.
	// An image's or link's title: `](url "` just before the mark.
	if strings.HasSuffix(before, " ") && strings.IndexByte(before, ']') >= 0 {
		if i := strings.LastIndex(before, "]("); i >= 0 && !strings.ContainsAny(before[i+2:len(before)-1], " )") {
			return true
		}
	}
	// Alt text: an image opened on the line and not yet closed.
	if strings.IndexByte(before, '[') >= 0 {
		if i := strings.LastIndex(before, "!["); i >= 0 && !strings.Contains(before[i:], "]") {
			return true
		}
	}
	// The whole quotation a link (“[Port to close](url)”), or the end of
	// one opened before it.
	content := d.text[q.start:q.end]
	if i := strings.Index(content, "]("); i >= 0 && strings.HasSuffix(content, ")") && !strings.ContainsAny(content[i+2:], " \n") &&
		(strings.HasPrefix(content, "[") || !strings.Contains(content[:i], "[")) {
		return true
	}
	// A link's text opened by the quotation: a headline ([“...,” say
	// families](url)).
	if !strings.HasSuffix(before, "[") || q.close < 0 {
		return false
	}
	rest := d.text[int(d.toks[q.close].end):]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	i := strings.Index(rest, "](")
	return i >= 0 && !strings.Contains(rest[:i], "[")
}
