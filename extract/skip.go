// Stepping back over what stands between a speaker and the speech verb:
// asides, adverbs, auxiliaries and time phrases.

package extract

import "strings"

// skipAside steps back from token i over a parenthesis or a dash-delimited
// aside ending there, and returns the token before it (or i when there is
// none).
func (d *doc) skipAside(i, first int) int {
	if i < first || d.toks[i].kind != tkPunct {
		return i
	}
	closeMark := d.str(i)
	openMark := closeMark
	switch closeMark {
	case ")":
		openMark = "("
	case "-", "--", "–", "—":
	default:
		return i
	}
	if closeMark == "-" && i-1 >= first && d.punct(i-1, "-") {
		// "Germany -- whose border is a drive away -- is instructing": a
		// double hyphen for a dash, two tokens on each side.
		for k := i - 2; k-1 >= first && k > i-30; k-- {
			if d.toks[k].inQuote() || d.toks[k].kind == tkQuote {
				return i
			}
			if d.punct(k, "-") && d.punct(k-1, "-") {
				return d.skipBackAdverbials(k-2, first)
			}
		}
		return i
	}
	for k := i - 1; k >= first && k > i-30; k-- {
		if d.toks[k].inQuote() || d.toks[k].kind == tkQuote {
			return i
		}
		if d.punct(k, openMark) {
			r := d.skipBackAdverbials(k-1, first)
			if openMark != "(" && d.punct(r, ")") {
				// "A spokesperson for the Land Office (TLO) - the unit
				// that runs the valley - said": the acronym before the
				// dash aside is set off too.
				return d.skipAside(r, first)
			}
			return r
		}
	}
	return i
}

// skipBackAdverbials steps back from token i over adverbs, auxiliaries and
// time phrases between a subject and its verb ("Ostrem on Monday said",
// "Peskov also cautioned", "has already said"), and over "started" or
// "began" before a participle ("has only recently started saying").
func (d *doc) skipBackAdverbials(i, first int) int {
	for i >= first {
		t := &d.toks[i]
		switch {
		case t.lowerWord() && (t.has(lxAdverb|lxAux) || strings.HasSuffix(d.str(i), "ly") && !t.has(lxRole|lxCommon) &&
			!(i-1 >= first && (d.toks[i-1].has(lxDet) || d.toks[i-1].kind == tkPoss))):
			// An adverb; but "the rally", "the party's ally" are nouns.
			i--
		case t.lowerWord() && i+1 < len(d.toks) && d.endsWith(i+1, "ing") && startForms[d.lower(i)]:
			i-- // "has only recently started saying": the speech begun, its subject before
		case t.lowerWord() && loneTimes[d.lower(i)]:
			i-- // "Officials have now confirmed", "Police today said": a time adverb alone
		case t.kind == tkWord && i-1 >= first && t.is(fAllCaps) && (d.toks[i-1].capWord() || d.chunkAt[i-1] >= 0) && stockTicker(d.str(i)):
			i-- // "Enbridge Inc ENB.TO announced": the share's ticker after the name
		case t.lowerWord() && d.isWord(i, "ago") && d.agoSpanBefore(i, first) >= first:
			// "Halden Mining not long ago revealed", "the board two weeks
			// ago said": how long ago, between the subject and its verb.
			i = d.agoSpanBefore(i, first)
		case t.lowerWord() && degreeAdverb(d.lower(i)) && i+1 < len(d.toks) && d.toks[i+1].lowerWord() && d.endsWith(i+1, "ly") &&
			!d.toks[i+1].has(lxRole|lxCommon|lxVerb):
			i-- // "Teodor Lask quite passionately said": the degree of the adverb skipped
		case t.lowerWord() && (d.isWord(i, "there") || d.isWord(i, "here")) && d.peopleBeforeHere(i, first):
			i-- // "City officials there recommended", "Residents here say", "a witness there said": where the people are
		case t.lowerWord() && d.isWord(i, "here") && i-1 >= first && d.localBodyBeforeHere(i-1):
			i-- // "The police here on Saturday said", "The Kell Fire Service here said": the wire's own town
		case t.kind == tkWord && t.is(fCap) && weekday(d.lower(i)) && d.chunkAt[i] < 0 && i-1 >= first &&
			(d.punct(i-1, ",") || d.punct(i-1, ")") || d.chunkAt[i-1] >= 0 && !d.toks[i-1].inQuote()):
			// "Velde Tuesday said", "governor of the Bank of Tarvik (BoT),
			// Tuesday said": the wire's bare weekday, as "today" alone.
			i--
		case t.kind == tkWord && t.is(fCap) && platformName(d.lower(i)) && i-1 >= first && d.toks[i-1].lowerWord() &&
			(d.isWord(i-1, "on") || d.isWord(i-1, "via")):
			i -= 2 // "Dravic on Twitter referred to", "and on Facebook wrote": where, not who
		case t.has(lxTime) && i-1 >= first:
			j := i - 1
			for j >= first && d.toks[j].has(lxTime) {
				j--
			}
			det := j >= first && d.toks[j].lowerWord() && d.toks[j].has(lxDet)
			if det {
				j--
			}
			if j >= first && d.toks[j].lowerWord() && (d.toks[j].has(lxPrep) || d.isWord(j, "last") || d.isWord(j, "late") || d.isWord(j, "early") ||
				!det && (d.isWord(j, "earlier") || d.isWord(j, "later"))) {
				i = j - 1 // "The bureau earlier Saturday announced"; not "who earlier this month indicated"
				continue
			}
			if det && d.isWord(j+1, "this") && j >= first && (d.chunkAt[j] >= 0 && d.toks[j].capWord() || d.punct(j, ")") && j-1 >= first && d.toks[j-1].is(fAllCaps)) {
				// "Georgina Griffiths this afternoon said", "the Automobile
				// Association (AA) this morning said": the time right after
				// the name, or after its initials in brackets.
				i = j
				continue
			}
			if d.issuedDocParticiple(j, first) {
				i = j - 1 // "An agency statement released Saturday says": the statement speaks
				continue
			}
			return i
		case d.issuedDocParticiple(i, first):
			i-- // "A police statement released on Saturday says"
		case t.lowerWord() && (d.isWord(i, "occasion") || d.isWord(i, "occasions")) && d.occasionsSpanBefore(i, first) >= first:
			// "Kenneth has in more than one occasion said", "has on
			// several occasions said": how often, between the auxiliary
			// and its verb, the subject before the auxiliary.
			i = d.occasionsSpanBefore(i, first)
		case t.kind == tkWord && t.is(fCap) && d.issuedInPlace(i, first) >= 0:
			// "Ilse Varga, yesterday in a statement issued in Tarvik said":
			// where the statement was issued, then the statement, between
			// the subject and its verb.
			i = d.issuedInPlace(i, first)
		case t.lowerWord() && (d.isWord(i, "past") || d.isWord(i, "weeks") || d.isWord(i, "days") || d.isWord(i, "months") || d.isWord(i, "years")) &&
			d.auxSpanBefore(i, first) >= first:
			// "The bank's governor has in the past said", "has in recent
			// weeks said": a span of time between the auxiliary and its
			// verb, the subject before the auxiliary.
			i = d.auxSpanBefore(i, first)
		case t.lowerWord() && (d.isWord(i, "response") || d.isWord(i, "reply") || d.isWord(i, "turn")) && i-1 >= first && d.isWord(i-1, "in") && d.toks[i-1].lowerWord():
			i -= 2 // "and in response said", "Brenn in turn argued": how, between the subject and its verb
		case t.lowerWord() && (t.has(lxDoc) || interviewWords[d.lower(i)]) && i-2 >= first:
			// "but in an interview (last year) argued", "Varga in a
			// statement said": the medium, between the subject and its verb.
			j := i - 1
			for j > first && j >= i-3 && d.toks[j].lowerWord() && !d.toks[j].has(lxDet|lxPrep|lxFunc|lxAux) {
				j-- // "in a radio interview", "in a written statement"
			}
			if j-1 >= first && d.toks[j].lowerWord() && d.toks[j].has(lxDet) && (d.isWord(j-1, "in") || d.isWord(j-1, "during")) && d.toks[j-1].lowerWord() {
				i = j - 2
				continue
			}
			return i
		default:
			// "Tarvik Rights Watch on Tuesday in its World Report 2020
			// said": a document's title, in capitals, after its owner's
			// word, is the medium as "in its report" is.
			if n := d.namedDocAfterOwner(i, first); n >= first {
				i = n
				continue
			}
			return i
		}
	}
	return i
}

// namedDocAfterOwner returns the token before "in" of a phrase "in its
// World Report 2020", "in their Annual Review" ending at token i: "in" or
// "during", a possessive determiner, up to four capitalised words the
// last of them a document's word, perhaps a year; or first-1.
func (d *doc) namedDocAfterOwner(i, first int) int {
	h := i
	if d.toks[h].kind == tkNum && h-1 >= first {
		h-- // "World Report 2020"
	}
	if !d.toks[h].capWord() || !d.toks[h].has(lxDoc) {
		return first - 1
	}
	j := h - 1
	for j > first && j >= h-3 && d.toks[j].capWord() && !d.toks[j].has(lxDet|lxPrep|lxFunc|lxAux) {
		j--
	}
	if j-1 < first || !d.toks[j].lowerWord() || !possessivePronoun(d.lower(j)) || !d.toks[j-1].lowerWord() || !(d.isWord(j-1, "in") || d.isWord(j-1, "during")) {
		return first - 1
	}
	return j - 2
}

// auxSpanBefore returns the auxiliary before a span of time that ends at
// token i ("has in the past", "have over the years", "has in recent
// weeks"), or first-1 when there is none.
func (d *doc) auxSpanBefore(i, first int) int {
	j := i - 1
	if j >= first && d.isWord(j, "recent") {
		j--
	}
	if j >= first && d.isWord(j, "the") {
		j--
	}
	if j-1 >= first && (d.isWord(j, "in") || d.isWord(j, "over")) && d.toks[j].lowerWord() && d.toks[j-1].lowerWord() && d.toks[j-1].has(lxAux) && !d.isWord(j-1, "to") {
		return j - 1
	}
	return first - 1
}

// occasionsSpanBefore returns the auxiliary before a phrase of how
// often ending in "occasion(s)" at i ("has in more than one occasion",
// "has on several occasions", "have on many occasions"): "in" or "on",
// up to three lower-case words, then the noun; or first-1.
func (d *doc) occasionsSpanBefore(i, first int) int {
	for j := i - 1; j-1 >= first && j >= i-4; j-- {
		t := &d.toks[j]
		if !t.lowerWord() || t.has(lxAux|lxVerb) {
			return first - 1
		}
		if d.isWord(j, "in") || d.isWord(j, "on") {
			if a := &d.toks[j-1]; a.lowerWord() && a.has(lxAux) && !d.isWord(j-1, "to") {
				return j - 1
			}
			return first - 1
		}
	}
	return first - 1
}

// loneTimes are time words that stand alone as adverbs between a subject
// and its verb, with no preposition or determiner to make a phrase.
var loneTimes = map[string]bool{
	"now": true, "later": true, "earlier": true, "then": true, "since": true, "recently": true,
	"today": true, "yesterday": true, "tonight": true,
}

// agoSpanBefore returns the token before a span ending in "ago" at token
// i ("long ago", "not long ago", "two weeks ago", "a few days ago"), or
// first-1 when the words before "ago" are no such span.
func (d *doc) agoSpanBefore(i, first int) int {
	word := func(k int, w string) bool { return k >= first && d.toks[k].lowerWord() && d.isWord(k, w) }
	j := i - 1
	switch {
	case word(j, "long"):
		j--
		if word(j, "so") {
			j--
		}
		if word(j, "not") {
			j--
		}
	case j-1 >= first && d.toks[j].lowerWord() && timeUnitWord(strings.TrimSuffix(d.lower(j), "s")):
		j--
		switch {
		case d.toks[j].kind == tkNum || d.toks[j].lowerWord() && (numberWord(d.lower(j)) > 0 || d.isWord(j, "several")):
			j--
		case word(j, "few") && word(j-1, "a"):
			j -= 2
		default:
			return first - 1
		}
	default:
		return first - 1
	}
	if j >= first && d.toks[j].lowerWord() && d.toks[j].has(lxPrep) {
		return first - 1 // "the notice from two days ago said": the span is the noun's, the notice speaks
	}
	return j
}

// degreeAdverb reports whether w grades an adverb after it: "quite
// firmly", "very clearly".
func degreeAdverb(w string) bool {
	switch w {
	case "quite", "very", "rather", "fairly", "pretty", "so", "too":
		return true
	}
	return false
}

// interviewWords are the occasions of speech that, like a statement or a
// letter, can stand between a subject and its verb: "in an interview said".
var interviewWords = map[string]bool{
	"interview": true, "speech": true, "podcast": true, "broadcast": true, "video": true, "address": true,
}

// writtenNoticeBefore returns the token of a written notice that ends
// just before token i, perhaps with a time phrase between ("a statement
// Tuesday", "a written statement at 3:20 p.m.", "an update at noon"), or
// -1: the noun whose sender a participle after it reports ("issued a
// statement at 3:20 p.m. saying officers were pursuing the suspect").
func (d *doc) writtenNoticeBefore(i, first int) int {
	j := i
	for j >= first && j > i-6 {
		t := &d.toks[j]
		switch {
		case t.kind == tkNum || d.punct(j, ":") && j > first && d.toks[j-1].kind == tkNum:
			j-- // "3:20"
		case t.lowerWord() && (t.has(lxTime) || loneTimes[d.lower(j)] || d.isWord(j, "noon") || d.isWord(j, "midnight") || d.lower(j) == "a.m." || d.lower(j) == "p.m."):
			j-- // "p.m.", "noon", "today"
		case t.kind == tkWord && t.has(lxTime):
			j-- // "Tuesday"
		case j < i && t.lowerWord() && (d.isWord(j, "at") || d.isWord(j, "on") || d.isWord(j, "about") || d.isWord(j, "around") ||
			d.isWord(j, "late") || d.isWord(j, "early") || d.isWord(j, "shortly") || d.isWord(j, "before") || d.isWord(j, "after")):
			j--
		default:
			if t.lowerWord() && (t.has(lxDoc) || d.isWord(j, "update") || d.isWord(j, "updates")) {
				return j
			}
			return -1
		}
	}
	return -1
}

// issuedDocParticiple reports whether token j is a participle of issuing
// right after a document's noun, "a statement released", "the report
// published", that a time phrase may follow before the document's verb.
func (d *doc) issuedDocParticiple(j, first int) bool {
	if j-1 < first || !d.toks[j].lowerWord() || !d.toks[j-1].lowerWord() || !d.toks[j-1].has(lxDoc) {
		return false
	}
	switch d.lower(j) {
	case "released", "issued", "published", "posted", "sent", "dated":
		return true
	}
	return false
}

// issuedInPlace returns the participle of a place phrase ending at token
// i that tells where a document was issued ("a statement issued in
// Tarvik"), or -1.
func (d *doc) issuedInPlace(i, first int) int {
	ci := d.chunkAt[i]
	if ci < 0 || int(d.chunks[ci].last) != i+1 {
		return -1
	}
	if e := d.chunks[ci].ent; e >= 0 && d.ents[e].personish() {
		return -1
	}
	in := int(d.chunks[ci].first) - 1
	if in-1 < first || !d.toks[in].lowerWord() || !(d.isWord(in, "in") || d.isWord(in, "at")) || !d.issuedDocParticiple(in-1, first) {
		return -1
	}
	return in - 1
}

// peopleBeforeHere reports whether the word before "there" or "here" at
// i is people that the place qualifies: a plural ("City officials there
// recommended", "Residents here say") or one person by role after an
// article, a cue next ("a witness there said").
func (d *doc) peopleBeforeHere(i, first int) bool {
	if i-1 < first {
		return false
	}
	p := &d.toks[i-1]
	if !p.lowerWord() {
		return false
	}
	if d.endsWith(i-1, "s") && !d.endsWith(i-1, "ss") && !p.has(lxFunc|lxAux|lxPrep|lxVerb|lxPronoun|lxDet) && p.cv == 0 {
		return true
	}
	return i-2 >= first && p.has(lxRole) && (d.isWord(i-2, "a") || d.isWord(i-2, "an") || d.isWord(i-2, "the")) && i+1 < len(d.toks) && d.toks[i+1].cv != 0
}

// localBodyBeforeHere reports whether token k, before "here", ends a body
// the wire's dateline town has: a public body's common noun ("the police
// here") or a body's name ("the Kell Fire Service here"), not a place's.
func (d *doc) localBodyBeforeHere(k int) bool {
	if d.toks[k].lowerWord() {
		return namedBodyHead(d.lower(k)) && d.chunkAt[k] < 0
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].last != k+1 {
		return false
	}
	e := d.chunks[ci].ent
	return e >= 0 && d.ents[e].orgish() && !d.ents[e].placeish()
}
