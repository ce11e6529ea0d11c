package extract

import (
	"slices"
	"strings"
)

// npWord reports whether token k can sit inside a noun phrase as a
// modifier or head: a name, a number, a possessive, or a lower-case word
// that is not a function word or a verb.
func (d *doc) npWord(k int) bool {
	t := &d.toks[k]
	switch {
	case t.inQuote() || t.kind == tkQuote:
		return false
	case d.chunkAt[k] >= 0, t.kind == tkPoss, t.kind == tkNum, d.punct(k, "&"):
		return true
	case t.capWord():
		return !t.has(lxFunc|lxAux|lxPrep|lxRelative) || t.has(lxDet) || t.is(fAllCaps) && d.chunkAt[k] >= 0
	case t.lowerWord():
		if d.isWord(k, "own") && k > 0 && d.toks[k-1].has(lxDet) {
			return true // "its own web traffic statistics"
		}
		if numberWord(d.lower(k)) > 0 {
			return true // "two people familiar with the matter"
		}
		if k > 0 && d.toks[k-1].kind == tkPoss && k+1 < len(d.toks) && d.toks[k+1].lowerWord() && ordinalWord(d.lower(k)) {
			return true // "the town's first selectman": an ordinal before a noun
		}
		if ordinalWord(d.lower(k)) && k+1 < len(d.toks) && d.toks[k+1].lowerWord() && d.toks[k+1].has(lxRole) {
			return true // "said first author Lena Torv": an ordinal before a role
		}
		if !t.has(lxFunc|lxPrep|lxAux|lxRelative|lxVerb|lxAdverb|lxNeg) && t.cv == 0 ||
			t.has(lxGroup|lxRole|lxDoc|lxGenericOrg) && !t.has(lxAux|lxPrep) {
			return true
		}
		if t.has(lxVerb) && k > 0 && d.toks[k-1].has(lxDet) && !d.isWord(k-1, "that") && verbNouns[d.lower(k)] {
			return true // "campaigners for the cause": the noun after its article
		}
		if t.cv != 0 && k > 0 && d.toks[k-1].has(lxDet) && !d.isWord(k-1, "that") && baseForm(d.lower(k)) {
			return true // "the state said", "the note said": a base form after its article is the noun
		}
		if d.isWord(k, "appeals") && k > 0 && (d.toks[k-1].lowerWord() || d.toks[k-1].has(lxDet)) && k+1 < len(d.toks) && d.toks[k+1].lowerWord() && (d.isWord(k+1, "court") || d.isWord(k+1, "panel") || d.isWord(k+1, "judge") || d.isWord(k+1, "judges")) {
			return true // "the (a federal) appeals court found": the court's kind; not "Brenn appeals court rulings"
		}
		if d.isWord(k, "call") && k > 0 && d.toks[k-1].lowerWord() && callKinds[d.lower(k-1)] {
			return true // "said on an earnings call that", "a conference call": the noun
		}
		if t.cv != 0 && k > 0 && (d.toks[k-1].kind == tkNum || d.quantifier(k-1)) && nounToo(d.lower(k)) {
			return true // "sixteen states", "several reports": a plural noun
		}
		// "lead author", "acting head": a verb's form modifying a role.
		return t.has(lxVerb) && !t.has(lxFunc|lxPrep|lxAux|lxNeg) && t.cv == 0 && k+1 < len(d.toks) &&
			d.toks[k+1].lowerWord() && d.toks[k+1].has(lxRole)
	}
	return false
}

// callKinds are the nouns before "call" that make it a call held, not a
// verb: "an earnings call", "a conference call".
var callKinds = map[string]bool{
	"conference": true, "earnings": true, "phone": true, "telephone": true, "video": true, "investor": true,
	"media": true, "press": true, "briefing": true, // "told reporters in a media call"
}

// titleModifierOpen returns the open mark of a short title in marks
// whose close mark is token k and which a determiner or a possessive
// comes just before ("The “Love Harbour” presenter", "Brindle's “Lights
// Out” tour"), or -1.
func (d *doc) titleModifierOpen(k, first int) int {
	t := &d.toks[k]
	if t.kind != tkQuote || !t.is(fCloseMark) {
		return -1
	}
	qi := d.markQuote(k)
	if qi < 0 || d.quotes[qi].close != k || d.quotes[qi].last-d.quotes[qi].first > 6 || !d.titleCase(qi) {
		return -1
	}
	o := d.quotes[qi].open
	if o-1 < first {
		return -1
	}
	b := &d.toks[o-1]
	if b.kind == tkPoss || b.has(lxDet) && (b.lowerWord() || b.is(fSentStart)) {
		return o
	}
	return -1
}

// npBack returns the first token of the noun phrase ending at token j, or
// -1 when token j cannot end one. A phrase followed by "of", "for", "at" or
// "from" and another phrase is taken whole: "Analysts at Hollis & Pryor".
func (d *doc) npBack(j, first int) int {
	if j < 0 || j >= len(d.toks) {
		return -1 // no token there ("--,said" asks for the one before the first)
	}
	t := &d.toks[j]
	if t.kind == tkWord && t.has(lxPronoun) && !t.has(lxDet) || d.isWord(j, "her") || d.isWord(j, "it") {
		return j
	}
	if t.kind == tkPoss && d.chunkAt[j] >= 0 && int(d.chunks[d.chunkAt[j]].first) >= first {
		return int(d.chunks[d.chunkAt[j]].first) // "Tarbeck's said": the possessive ends the firm's name
	}
	if t.kind == tkPoss && j-1 >= first && d.possessiveFirmShort(j-1) {
		return int(d.chunks[d.chunkAt[j-1]].first) // "Dunmore’s said", after "Dunmore’s Investors Service"
	}
	if !d.npWord(j) || t.kind == tkPoss || t.has(lxDet) && t.lowerWord() && !d.isWord(j, "one") {
		return -1
	}
	start := j
	for k := j - 1; k >= first; k-- {
		tk := &d.toks[k]
		if d.lineBreakBefore(k + 1) {
			break // "Traffic advisories for Delhi\nDelhi Traffic Police said"
		}
		if tk.has(lxDet) && (tk.lowerWord() || tk.is(fSentStart)) && !(d.chunkAt[k] >= 0 && d.chunkAt[k] == d.chunkAt[k+1]) {
			// An article inside a name ("the Church of the Holy Name")
			// goes on with it.
			start = k
			break
		}
		if d.punct(k, ")") && k-3 >= first && d.punct(k-2, "(") && d.toks[k-1].is(fAllCaps) && d.chunkAt[k-3] >= 0 && k+1 <= j && d.toks[k+1].lowerWord() {
			k -= 2 // "Tessaly University (TU) data": a body's acronym inside the phrase
			continue
		}
		if o := d.titleModifierOpen(k, first); o >= 0 {
			k, start = o, o // "The “Love Harbour” presenter": a show's title in marks modifies the noun
			continue
		}
		if k-2 >= first && d.isWord(k, "led") && d.punct(k-1, "-") && d.toks[k-2].kind == tkWord &&
			d.toks[k-1].start == d.toks[k-2].end && d.toks[k].start == d.toks[k-1].end {
			// "the U.S.-led coalition": the leader's compound, which the
			// tokens split at its hyphen ("-backed" says whose help, not
			// whose body: namedBody would give the government to the
			// country backing it).
			k -= 2
			start = k
			continue
		}
		if d.isWord(k, "and") && k-1 >= first && k+1 <= j && d.toks[k+1].lowerWord() && serviceKind(d.lower(k+1)) &&
			d.toks[k-1].lowerWord() && serviceKind(d.lower(k-1)) {
			continue // "Varnshire fire and rescue service": two kinds of one service
		}
		if !d.npWord(k) {
			break
		}
		start = k
	}
	// "Ostavian Ambassador to Calder Ilse Varga": where a title's holder
	// is posted stands between the title and the name; the phrase runs
	// back over "to" (or "to the") to the title.
	if p := start - 1; p-1 >= first && d.chunkAt[start] >= 0 && d.postedToStart(start, &d.chunks[d.chunkAt[start]]) > start {
		if d.isWord(p, "the") {
			p--
		}
		if s2 := d.npBack(p-1, first); s2 >= 0 && s2 < p {
			start = s2
		}
	}
	// "Crime Stoppers of Michigan officials said": a body named with its
	// place, then those who speak for it; the phrase runs back over
	// "of" to the body's name.
	if p := start - 1; p-1 >= first && d.isWord(p, "of") && d.toks[p].lowerWord() && d.toks[j].lowerWord() && d.peopleNoun(j) &&
		d.chunkAt[start] >= 0 && d.chunks[d.chunkAt[start]].first == start && d.chunkAt[p-1] >= 0 && d.chunks[d.chunkAt[p-1]].last == p {
		start = d.chunks[d.chunkAt[p-1]].first
	}
	// "A leaked internal letter seen by Sky News": the agent of a
	// participle modifies the phrase before it.
	if p := start - 1; p-2 >= first && d.isWord(p, "by") && d.toks[p-1].lowerWord() && d.participle(p-1) {
		if s2 := d.npBack(p-2, first); s2 >= 0 {
			return s2
		}
	}
	// "The Globe and Mail", "the Irving ISD and the Irving Police
	// Department": two names joined by "and".
	head := start
	if d.toks[head].has(lxDet) && head < j {
		head++
	}
	if p := start - 1; p-1 >= first && d.isWord(p, "and") && d.chunkAt[head] >= 0 {
		q := p - 1
		if p-3 >= first && d.punct(q, ")") && d.punct(p-3, "(") && d.chunkAt[p-4] >= 0 {
			q = p - 4 // "the Tarvik Institute (TI) and Lenmoor College"
		}
		if q-1 >= first && d.chunkAt[q] < 0 && d.toks[q].has(lxPostNominal) && d.chunkAt[q-1] >= 0 {
			q-- // "Ilan Dravic Jr. and Mara Quell"
		}
		if d.chunkAt[q] >= 0 {
			if s2 := d.npBack(q, first); s2 >= 0 {
				start = s2
			}
		}
	}
	// "The maker of hair accessories and other cosmetic products": goods
	// joined by "and" after a company's "of" are one phrase, the maker's.
	if t.lowerWord() && d.chunkAt[j] < 0 {
		p := start - 1
		if p >= first && d.isWord(p, "other") && d.toks[p].lowerWord() {
			p-- // "and other cosmetic products"
		}
		if p-1 >= first && d.isWord(p, "and") && d.toks[p].lowerWord() {
			if s2 := d.npBack(p-1, first); s2 >= 0 && s2 < p && d.goodsOfIn(s2, p) {
				return s2
			}
		}
	}
	// "sources familiar with the matter", "people close to the talks",
	// "officials briefed on the plan": who the sources are, whole.
	if p := start - 1; p-2 >= first && d.toks[p].lowerWord() && d.toks[p].has(lxPrep) {
		switch d.lower(p - 1) {
		case "familiar", "close", "briefed", "involved", "knowledge":
			q := p - 2
			if d.isWord(p-1, "knowledge") && d.isWord(q, "with") {
				q-- // "a person with knowledge of"
			}
			if q >= first {
				if s2 := d.npBack(q, first); s2 >= 0 && (d.toks[q].lowerWord() || d.toks[q].is(fSentStart)) && (d.toks[q].has(lxGroup|lxRole) || d.pluralSubject(q) || d.isWord(q, "person") || anonymousSource(d.lower(q))) {
					return s2
				}
				if (d.isWord(q, "those") || d.isWord(q, "someone") || d.isWord(q, "somebody")) && (d.toks[q].lowerWord() || d.toks[q].is(fSentStart)) && !d.isWord(p-1, "knowledge") {
					return q // "those involved in the talks", "someone close to the minister": people, unnamed
				}
			}
		}
	}
	// "A source within the Interior Ministry", "insiders at the firm": an
	// unnamed source, whole; the body is only where it works.
	p := start - 1
	for p > first && p > start-4 && d.toks[p].lowerWord() && !d.toks[p].has(lxPrep|lxFunc|lxVerb|lxAux) {
		p-- // "within the central Interior Ministry"
	}
	if d.isWord(p, "the") && d.toks[p].lowerWord() {
		p--
	}
	if p-1 >= first && d.toks[p].lowerWord() && d.toks[p].has(lxPrep) && d.toks[p-1].kind == tkWord && anonymousSource(d.lower(p-1)) &&
		!d.isWord(p-2, "citing") && !d.isWord(p-2, "quoting") {
		if s2 := d.npBack(p-1, first); s2 >= 0 {
			return s2
		}
	}
	// "Mirela Sanz and colleagues", "She and her team": the lead and the
	// team.
	if teamWord(d.lower(j)) && t.lowerWord() {
		if p := start - 1; p-1 >= first && d.isWord(p, "and") && (d.chunkAt[p-1] >= 0 || d.toks[p-1].has(lxPronoun)) {
			if s2 := d.npBack(p-1, first); s2 >= 0 {
				return s2
			}
		}
	}
	// "Analysts at Hollis & Pryor", "A spokeswoman for the Ministry of
	// Labour", "Lydia Buchtmann for Food Standards Australia New Zealand".
	if p := start - 1; p-1 >= first && d.toks[p].lowerWord() {
		switch d.lower(p) {
		case "in":
			// "A senior opposition leader in Kenya", "Vessen in Marlow": a
			// place after "in" is where the speaker is, not who.
			if ci := d.chunkAt[start]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].placeish() && d.npWord(p-1) {
				if s2 := d.npBack(p-1, first); s2 >= 0 {
					return s2
				}
			}
			// "Mara Quell's allies in the Senate", "critics in the
			// party": people of a body who speak for themselves.
			if t := &d.toks[p-1]; (t.lowerWord() || t.is(fSentStart)) && d.chunkAt[p-1] < 0 && commonPeople(d.lower(p-1)) {
				if s2 := d.npBack(p-1, first); s2 >= 0 {
					return s2
				}
			}
			// "The study in Calder Ocean Letters": a document in the
			// journal that carried it; the document is the subject.
			if t := &d.toks[p-1]; t.lowerWord() && (t.has(lxDoc) || thingWords[d.lower(p-1)]) {
				if s2 := d.npBack(p-1, first); s2 >= 0 {
					return s2
				}
			}
			// "A study published (September 19) in Calder Ocean Letters":
			// the same, its participle and date between.
			q := p - 1
			for q > first && q > p-4 && (d.toks[q].kind == tkNum || monthName(d.lower(q)) || weekday(d.lower(q)) || d.isWord(q, "on")) {
				q--
			}
			if q-1 >= first && d.toks[q].lowerWord() && d.endsWith(q, "ed") && d.toks[q-1].lowerWord() && (d.toks[q-1].has(lxDoc) || thingWords[d.lower(q-1)]) {
				if s2 := d.npBack(q-1, first); s2 >= 0 {
					return s2
				}
			}
		case "of", "for", "at", "from", "with":
			if s2 := d.personOfAfterComma(p, start, first); s2 >= 0 {
				return s2
			}
			if s2 := d.personOfUnitAt(p, first); s2 >= 0 {
				return s2
			}
			if d.isWord(p, "at") && d.bodySeat(p, start) {
				// "Ilse Varga of the Calder Institute at Brenna": the
				// seat of the body, and the body the person's.
				ci := d.chunkAt[p-1]
				if s2 := d.npBack(p-1, first); s2 >= 0 && s2 < int(d.chunks[ci].first)-1 {
					return s2
				}
			}
			if d.takesPP(p-1) || (d.isWord(p, "of") || d.isWord(p, "for")) && d.topicHead(p, start) {
				if s2 := d.npBack(p-1, first); s2 >= 0 {
					return s2
				}
			}
		case "regarding", "concerning", "involving", "surrounding", "naming", "about":
			// "A report regarding Mara Quell", "a case involving Oren
			// Dravic", "the controversy surrounding her": what the phrase
			// is about says nothing by it.
			if d.aboutHead(p - 1) {
				if s2 := d.npBack(p-1, first); s2 >= 0 {
					return s2
				}
			}
		case "against":
			// "A lawsuit against Mara Quell", "charges against the
			// Tidemark Group", "a suit filed by Ivo Dane against Quell":
			// the one the action is against says nothing by it.
			if d.topicHead(p, start) {
				if s2 := d.npBack(p-1, first); s2 >= 0 {
					return s2
				}
			}
			if ci := d.chunkAt[p-1]; ci >= 0 {
				if s2 := d.npBack(p-1, first); s2 >= 0 && s2 < int(d.chunks[ci].first) && d.legalActionIn(s2, int(d.chunks[ci].first)) {
					return s2
				}
			}
		case "to", "into", "on", "across", "near":
			// "An aide to Mara Quell", "a report on the Tidemark Group",
			// "people across the Tarrow Valley", "residents near the
			// stadium": the name is whom the phrase is about or for, or
			// where, and the phrase is whole.
			if d.topicHead(p, start) {
				if s2 := d.npBack(p-1, first); s2 >= 0 {
					return s2
				}
			}
		}
	}
	return start
}

// personOfUnitAt returns where a person's name starts when the "at" at
// p ends a unit the person is "of" or "from" and opens the larger body
// the unit is part of: "Ilse Varga of the Climate Unit at Oster
// University said", "Tomas Vell from the Marine Lab at the Harrow
// Institute said". The person, named before the first "of", speaks; the
// unit and its body only say where the person works. Or -1.
func (d *doc) personOfUnitAt(p, first int) int {
	if !d.isWord(p, "at") || !d.toks[p].lowerWord() || p-1 < first {
		return -1
	}
	unit := d.chunkAt[p-1]
	if unit < 0 || int(d.chunks[unit].last) != p || d.chunks[unit].kind == kPerson {
		return -1
	}
	q := int(d.chunks[unit].first) - 1
	if q >= first && d.isWord(q, "the") && d.toks[q].lowerWord() {
		q--
	}
	if q-1 < first || !d.toks[q].lowerWord() || !(d.isWord(q, "of") || d.isWord(q, "from")) {
		return -1
	}
	ci := d.chunkAt[q-1]
	if ci < 0 || int(d.chunks[ci].last) != q || d.chunks[ci].kind != kPerson || int(d.chunks[ci].first) < first {
		return -1
	}
	return int(d.chunks[ci].first)
}

// personOfAfterComma returns where a person's name starts when the body
// or place at start is theirs, set off by a comma that is never closed:
// "Arno Vell, of Tarvik Fire Service said", "Incident commander, Arno
// Vell, of Tarvik Fire Service said". The "of" or "from" at p follows
// the comma right after the name; the name after it is no person's. Or
// -1.
func (d *doc) personOfAfterComma(p, start, first int) int {
	if !(d.isWord(p, "of") || d.isWord(p, "from")) || p-2 < first || !d.punct(p-1, ",") {
		return -1
	}
	body := d.chunkAt[start]
	if body < 0 || int(d.chunks[body].first) != start || d.chunks[body].kind == kPerson {
		return -1
	}
	ci := d.chunkAt[p-2]
	if ci < 0 || int(d.chunks[ci].last) != p-1 || d.chunks[ci].kind != kPerson || int(d.chunks[ci].first) < first {
		return -1
	}
	return int(d.chunks[ci].first)
}

// soleNameAfter reports whether the modifier from the preposition at
// main to j holds one name, e's, ending the phrase, and no other: "of the
// league's Tarrow Rovers", not "of the Refugee Council Enver Solomon".
func (d *doc) soleNameAfter(main, j, e int) bool {
	ci := d.chunkAt[j-1]
	if ci < 0 || d.chunks[ci].ent != e || int(d.chunks[ci].last) != j {
		return false
	}
	for k := main + 1; k < int(d.chunks[ci].first); k++ {
		if d.chunkAt[k] >= 0 {
			return false
		}
	}
	return true
}

// aboutOwner reports whether a word of the phrase [i, h], after the
// owner's name, says the document is about its owner: "Dravic's autopsy
// report", "Quell's arrest warrant".
func (d *doc) aboutOwner(i, h int) bool {
	for k := h; k > i; k-- {
		if d.toks[k].kind == tkPoss || d.chunkAt[k] >= 0 {
			return false
		}
		if d.toks[k].lowerWord() && aboutNoun(d.lower(k)) {
			return true
		}
	}
	return false
}

// familyOwned reports whether the phrase [i, h) ends in a family's
// possessive: "the Quell family's", "her family's".
func (d *doc) familyOwned(i, h int) bool {
	for k := h - 1; k > i; k-- {
		if d.toks[k].kind == tkPoss && d.toks[k-1].lowerWord() && familyNoun(d.lower(k-1)) {
			return true
		}
	}
	return false
}

// familyNoun reports whether w, after a surname, names the family that
// bears it: "the Quell family", "the Dravic household".
func familyNoun(w string) bool {
	switch w {
	case "family", "families", "household", "clan", "estate":
		return true
	}
	return false
}

// topicParticiple reports whether w introduces what a phrase is about:
// "regarding", "concerning", "involving", "surrounding", "naming".
func topicParticiple(w string) bool {
	switch w {
	case "regarding", "concerning", "involving", "surrounding", "naming":
		return true
	}
	return false
}

// aboutHead reports whether the word at h heads a phrase that a
// participle of topic ("regarding", "involving", "surrounding") or
// "about" modifies: a thing, a document, an event; not people, who may
// talk about something ("officials concerned about").
func (d *doc) aboutHead(h int) bool {
	t := &d.toks[h]
	if t.kind != tkWord || !(t.lowerWord() || t.is(fSentStart)) || t.has(lxPronoun|lxFunc|lxAux) {
		return false
	}
	if ci := d.chunkAt[h]; ci >= 0 && !(t.is(fSentStart) && d.chunks[ci].first == d.chunks[ci].last-1) {
		return false
	}
	w := d.lower(h)
	if t.has(lxDoc) || topicNoun(w) || legalAction(w) || thingWords[w] {
		return true // "a report regarding", "a case involving"
	}
	return !t.has(lxVerb|lxRole|lxGroup|lxGenericOrg|lxTitle) && t.cv == 0 && !commonPeople(w) && !d.endsWith(h, "ed") && !d.endsWith(h, "ing")
}

// legalAction reports whether w names an action brought against someone:
// "a lawsuit against", "charges against", "allegations against".
func legalAction(w string) bool {
	switch w {
	case "lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints", "charge", "charges", "claim", "claims",
		"allegation", "allegations", "accusation", "accusations", "case", "cases", "indictment", "petition", "motion",
		"appeal", "injunction", "action", "proceedings", "sanctions", "ruling", "judgment", "judgement", "verdict",
		"warrant", "order", "fine", "testimony", "evidence":
		return true
	}
	return false
}

// legalActionIn reports whether a lower-case word of [a, b) names a legal
// action: "A lawsuit filed by".
func (d *doc) legalActionIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].lowerWord() && legalAction(d.lower(k)) {
			return true
		}
	}
	return false
}

// aboutNoun reports whether w names a document that is always about the
// one whose name it takes, never by them: "Dravic's obituary", "his
// indictment", "her autopsy report" ("the board's review" is the board's).
func aboutNoun(w string) bool {
	switch w {
	case "obituary", "indictment", "autopsy", "post-mortem", "postmortem", "eulogy", "warrant", "biography":
		return true
	}
	return false
}

// closeTo reports whether the words at k say how someone knows the
// one named after them: "close to", "familiar with", "briefed on".
func (d *doc) closeTo(k int) bool {
	if !d.toks[k].lowerWord() || !d.toks[k+1].lowerWord() || !d.toks[k+1].has(lxPrep) {
		return false
	}
	switch d.lower(k) {
	case "close", "familiar", "briefed", "involved":
		return true
	}
	return false
}

// topicHead reports whether the word before the preposition at p heads a
// noun phrase that the name after it, from start, only modifies: an aide
// or adviser "to" someone, a letter "to" them, a report or inquiry "on",
// "into" or "about" them, a biography "of" them, people "across" a place.
// The name is the addressee, the subject or the place, never the voice.
// Only a name follows: "a statement on the website of the embassy" is
// where the embassy's statement is, not what it is about.
func (d *doc) topicHead(p, start int) bool {
	h := p - 1
	t := &d.toks[h]
	if t.kind != tkWord || !(t.lowerWord() || t.is(fSentStart)) || t.has(lxPronoun) {
		return false
	}
	if ci := d.chunkAt[h]; ci >= 0 && !(t.is(fSentStart) && d.chunks[ci].first == d.chunks[ci].last-1) {
		return false // a name; but "Allegations" opening a sentence may be taken for one
	}
	n := start
	if d.isWord(n, "the") && d.toks[n].lowerWord() {
		n++
	}
	if n >= len(d.toks) || d.chunkAt[n] < 0 || int(d.chunks[d.chunkAt[n]].first) != n {
		return false
	}
	w := d.lower(h)
	// "shopkeepers", "dockworkers": a plural of a role is people, as the
	// groups the lexicon knows are.
	group := t.has(lxGroup) || rolePlural(w)
	switch d.lower(p) {
	case "to":
		return t.has(lxDoc) || (group || t.has(lxRole)) && !t.has(lxTitle) || commonPeople(w) || envoyNoun(w) && t.lowerWord() || // "Ambassador to Ostavia Ilse Varga": a title before her name
			counterpart(w) && t.lowerWord() // "the challenger to President Arvo Tenn"
	case "into", "about":
		return t.has(lxDoc) || topicNoun(w)
	case "on":
		// "a report on Quell"; "workers on the Vale Bridge", "shopkeepers
		// on the High Street", but not "officials on the board", who
		// speak for it.
		return t.has(lxDoc) || topicNoun(w) || commonPeople(w) || group && !bodyVoices(w) && !staffWord(w)
	case "of", "for":
		return topicNoun(w) // "a biography of", "a eulogy for"; "a report of" is its author's, as "a statement of" is
	case "against":
		return legalAction(w) || commonPeople(w) || group && !staffWord(w)
	}
	return commonPeople(w) || group && !staffWord(w) // "across", "near"
}

// envoyNoun reports whether w names a diplomat or a mission sent "to" a
// body: "the Norwegian ambassador to the UN", "the Israeli mission to the
// UN". The body it is sent to is not who speaks.
func envoyNoun(w string) bool {
	switch w {
	case "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate", "delegates",
		"emissary", "emissaries", "consul", "mission", "delegation":
		return true
	}
	return false
}

// envoyBody reports whether w names a country's mission "to" a body,
// which is a body of its own: "the Israeli mission to the UN".
func envoyBody(w string) bool {
	return w == "mission" || w == "delegation"
}

// staffWord reports whether w names the people of a body, who speak for
// it when it is named after them: "members of the board", "staff at".
func staffWord(w string) bool {
	switch w {
	case "members", "staff", "employees", "executives", "directors", "trustees", "governors":
		return true
	}
	return false
}

// topicNoun reports whether w names a work or an inquiry about someone,
// whose findings are no words of the one it is about: "a biography of",
// "an inquiry into", "a documentary about".
func topicNoun(w string) bool {
	switch w {
	case "inquiry", "enquiry", "investigation", "investigations", "probe", "biography", "documentary", "film",
		"profile", "portrait", "examination", "dossier", "exposé", "expose", "audit", "review", "inspection",
		"assessment", "evaluation", "obituary", "indictment", "autopsy", "post-mortem", "postmortem", "eulogy",
		"warrant":
		return true
	}
	return false
}

// bodySeat reports whether the name at start, after the "at" at p, is
// only where the organisation named just before the "at" sits: a name
// the text says nothing else about.
func (d *doc) bodySeat(p, start int) bool {
	before, here := d.chunkAt[p-1], d.chunkAt[start]
	if before < 0 || here < 0 || d.chunks[before].ent < 0 || d.chunks[here].ent < 0 {
		return false
	}
	b, e := &d.ents[d.chunks[before].ent], &d.ents[d.chunks[here].ent]
	return b.orgEv > b.personEv && !e.personish() && !e.orgish() && e.spoke < 0
}

// jointNames reports whether the phrase [i, j) joins two names with
// "and": "Tarvik University and Lenmoor College".
func (d *doc) jointNames(i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if d.isWord(k, "and") && d.toks[k].lowerWord() && (d.chunkAt[k-1] >= 0 || d.punct(k-1, ")")) && d.chunkAt[k+1+btoi(d.isWord(k+1, "the"))] >= 0 {
			if ci := d.chunkAt[k-1]; ci >= 0 && ci == d.chunkAt[k+1] && d.bodyOfTopics(d.chunks[ci].first, k) {
				continue // "the Institute for Science and International Security": one name
			}
			return true
		}
	}
	return false
}

// signWord reports whether w names something carried or put up with a
// slogan on it, which the annotation rules give to nobody; a headline too:
// "The Courier's headline said “...”" is no one's speech, and an outlet is
// never a speaker.
func signWord(w string) bool {
	switch w {
	case "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "slogan", "slogans", "headline", "headlines":
		return true
	}
	return false
}

// anonymousSource reports whether w names a source that speaks without
// a name, for no body: "a source", "insiders".
func anonymousSource(w string) bool {
	switch w {
	case "source", "sources", "insider", "insiders":
		return true
	}
	return false
}

// takesPP reports whether the word at h heads a noun phrase that an
// "of/for/at" phrase modifies in attributions: a role, a group, an
// organisation noun, a document, or a person's name.
func (d *doc) takesPP(h int) bool {
	t := &d.toks[h]
	if ci := d.chunkAt[h]; ci >= 0 {
		c := &d.chunks[ci]
		return c.ent < 0 || d.ents[c.ent].personEv > d.ents[c.ent].orgEv
	}
	if t.kind == tkWord && (t.lowerWord() || t.is(fSentStart) && d.chunkAt[h] < 0) && (kinWord(d.lower(h)) || d.isWord(h, "family") || d.isWord(h, "relatives")) {
		return true // "the family of Tomas Brenn", "the mother of the victim": not the one named
	}
	if t.kind == tkWord && (t.lowerWord() || t.is(fSentStart)) && (commonPeople(d.lower(h)) || ownVoice(d.lower(h))) && d.chunkAt[h] < 0 {
		return true // "two friends of Tomas Brenn", "Friends of Tomas Brenn said": people around him, not him
	}
	return t.kind == tkWord && t.has(lxRole|lxGroup|lxGenericOrg|lxDoc|lxTitle) && !t.has(lxPronoun)
}

// npForward returns the end of the noun phrase starting at token k, or k
// when none starts there.
func (d *doc) npForward(k, last int) int {
	if k >= last {
		return k
	}
	t := &d.toks[k]
	if t.kind == tkWord && t.has(lxPronoun) && !t.has(lxDet) {
		return k + 1
	}
	j := k
	if t.has(lxDet) && t.kind == tkWord {
		j++
	} else if !d.npWord(k) {
		return k
	}
	for j < last && d.npWord(j) && !(d.toks[j].has(lxDet) && d.toks[j].lowerWord() && j > k) {
		// A past-tense verb after a name or noun ends the phrase: "The
		// Kelmar Teachers' Federation | welcomed the ban".
		if j > k && d.toks[j].lowerWord() && d.endsWith(j, "ed") && !d.toks[j-1].has(lxDet) {
			break
		}
		if j > k && d.presentVerbAfterName(j) {
			break // "De Miranda | evokes the old port": a verb the lexicon lacks
		}
		if j > k && d.toks[j].kind == tkNum && d.toks[j-1].capWord() && d.chunkAt[j] < 0 && j+2 < last && d.toks[j+1].lowerWord() &&
			d.toks[j+1].kind == tkWord && !d.toks[j+1].has(lxDet|lxPrep|lxFunc) && d.toks[j+2].lowerWord() && d.toks[j+2].has(lxAux) {
			break // "According to MONUSCO | 24 people were killed": a count opens the clause
		}
		j++
		if j < last && d.isWord(j, "and") && d.toks[j-1].lowerWord() && d.toks[j-1].has(lxRole) && d.roleThenName(j+1, last) {
			j++ // "said lawyer and rights activist Tomas Brekke": two roles of one person named after them
		}
		if j+3 < last && d.toks[j].kind == tkPunct && d.acronymBeforeRole(j) {
			j += 3 // "Tessaly Electoral Commission (TEC) chairwoman Ilse Varga": the body's letters, then its officer
		}
	}
	if j == k+1 && t.has(lxDet) {
		if t.has(lxPronoun) {
			return j // "according to her, ...": "her" with no noun after it is the pronoun
		}
		return k
	}
	return j
}

// roleThenName reports whether the words from k are a role, perhaps
// after a few modifiers or a body's letters, then a person's name:
// "union leader Ada Dunmere", "CITU leader A. Varga".
func (d *doc) roleThenName(k, last int) bool {
	for j := k; j < last && j < k+3; j++ {
		t := &d.toks[j]
		if t.kind == tkWord && t.is(fAllCaps) && !t.has(lxRole) {
			continue // "and CITU leader A. Varga": a body's letters before the role
		}
		if !t.lowerWord() || t.has(lxDet|lxFunc|lxPrep|lxAux|lxVerb|lxPronoun) || t.cv != 0 {
			return false
		}
		if t.has(lxRole) {
			ci := d.chunkAt[j+1]
			return j+1 < last && ci >= 0 && d.chunks[ci].first == j+1 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish()
		}
	}
	return false
}

// acronymBeforeRole reports whether a body's letters in brackets open at
// j, right after its name, with a role noun after them: "Tessaly
// Electoral Commission (TEC) chairwoman Ilse Varga", where the phrase
// runs on to the officer named after the role, as it does without the
// brackets.
func (d *doc) acronymBeforeRole(j int) bool {
	if !d.punct(j, "(") || !d.punct(j+2, ")") || !d.toks[j+1].is(fAllCaps) || d.chunkAt[j-1] < 0 || d.chunks[d.chunkAt[j-1]].kind == kPerson {
		return false
	}
	r := &d.toks[j+3]
	return r.kind == tkWord && r.has(lxRole|lxTitle) && !r.has(lxFunc|lxAux|lxPrep) && j+4 < len(d.toks) && d.npWord(j+4)
}

// presentVerbAfterName reports whether the word at j, after a name that
// ends right before it, is a verb in the present the lexicon lacks:
// "De Miranda | beautifully evokes the port" (presentVerbAt).
func (d *doc) presentVerbAfterName(j int) bool {
	if j < 1 || !d.toks[j-1].capWord() {
		return false
	}
	ci := d.chunkAt[j-1]
	return ci >= 0 && d.chunks[ci].last == j && d.chunks[ci].ent >= 0 && d.presentVerbAt(j)
}

// npThroughName is npForward, but a name the phrase ends inside goes on
// to its end: "said the Ministry | of the Interior", where the article
// inside the name would end the phrase.
func (d *doc) npThroughName(k, last int) int {
	j := d.npForward(k, last)
	if j > k && j < last && d.chunkAt[j] >= 0 && d.chunkAt[j] == d.chunkAt[j-1] {
		if e := int(d.chunks[d.chunkAt[j]].last); e <= last {
			return e
		}
	}
	return j
}

// npBackThroughName is npBack, but a phrase that starts inside the name
// ending at j starts where the name does: "the Church of the | Holy Name
// told", "Marcus “Bull” | Tennant wrote", where an article or a
// nickname's mark inside the name would end it.
func (d *doc) npBackThroughName(j, first int) int {
	start := d.npBack(j, first)
	if start < 0 || j >= len(d.toks) {
		return start
	}
	k := start
	if d.toks[k].has(lxDet) && d.toks[k].lowerWord() && k < j {
		k++
	}
	ci := d.chunkAt[j]
	if ci < 0 || d.chunkAt[k] != ci || int(d.chunks[ci].first) >= k || int(d.chunks[ci].first) < first {
		return start
	}
	start = int(d.chunks[ci].first)
	if p := start - 1; p >= first && d.chunkAt[p] < 0 && d.toks[p].has(lxDet) && d.toks[p].lowerWord() {
		start = p // "the Church of the Holy Name": its article too
	}
	return start
}

// skipAppositiveForward steps over ", appositive," after a speaker phrase
// ending at end and returns the token after it. When the phrase is only a
// role ("the Afghan team's coach") and the appositive is a name ("Alireza
// Mehraban"), the name becomes c's speaker.
func (d *doc) skipAppositiveForward(end, last int, c *cue) int {
	if d.punct(end, ",") && end+1 < last {
		if e := d.partyTagEnd(end + 1); e > end+1 && e <= last {
			end = e // "according to Sen. Maya Torr, D-N.H., the ...": her party and state; "Arlo Venn, D-At Large,": his party and seat
		}
	}
	for d.punct(end, ",") && end+1 < last && d.toks[end+1].kind == tkWord && d.toks[end+1].has(lxPostNominal) &&
		!d.toks[end+1].has(lxFirstName) && !d.toks[end+1].lowerWord() && (d.chunkAt[end+1] < 0 || d.chunks[d.chunkAt[end+1]].ent < 0) {
		end += 2 // "said Kwame Adjei, Ph.D., a chemist at ...": the letters after his name
	}
	if !d.punct(end, ",") || end+1 >= last {
		return end
	}
	k := end + 1
	// Only a role takes a name in apposition: "the team's coach, Alireza
	// Mehraban"; not "a whistle-blower complaint, Trump may have ...".
	descr := d.chunkAt[end-1] < 0 && (d.toks[end-1].has(lxRole|lxTitle) || d.possessedNoun(end-1)) ||
		d.chunkAt[end-1] >= 0 && d.chunks[d.chunkAt[end-1]].ent < 0
	if ne := d.npForward(k, last); ne > k && descr && d.chunkAt[ne-1] >= 0 {
		if ch := &d.chunks[d.chunkAt[ne-1]]; ch.ent >= 0 && (ch.kind == kPerson || d.ents[ch.ent].personEv > 0) {
			c.ent = ch.ent
			return ne
		}
	}
	if ae := d.appositiveEnd(k); ae > k {
		if c.ent >= 0 {
			d.noteAppositive(c.ent, k, ae)
		}
		return ae
	}
	if ae := d.affiliationEnd(k, last); ae > k {
		return ae
	}
	return end
}

// affiliationEnd returns the end of a speaker's affiliation in apposition
// at token k (just after a comma), "of" or "from" and a name, up to the
// next comma or the end of the sentence: "said Sobhi Skaik, of the
// Turkish Friendship Hospital.", "Varga, from Tarvik, said". It returns k
// when there is none.
func (d *doc) affiliationEnd(k, last int) int {
	if !(d.isWord(k, "of") || d.isWord(k, "from")) || !d.toks[k].lowerWord() {
		return k
	}
	j := k + 1
	if j < last && d.toks[j].lowerWord() && d.toks[j].has(lxDet) {
		j++
	}
	ne := d.npForward(j, last)
	if ne <= j || !(ne >= last || d.punct(ne, ",") || d.sentenceEnd(ne, d.sents[d.sentOf[k]])) {
		return k
	}
	for i := j; i < ne; i++ {
		if d.chunkAt[i] >= 0 {
			return ne
		}
	}
	return k
}

// possessedNoun reports whether token k is a lower-case noun that ends a
// possessive phrase, "Tarvik's first selectman", "the port's harbour
// master": an office the lexicon may not know, which the name in
// apposition after it holds.
func (d *doc) possessedNoun(k int) bool {
	if !d.toks[k].lowerWord() || d.toks[k].has(lxFunc|lxPrep|lxAux|lxVerb|lxAdverb|lxDoc|lxGroup) || d.toks[k].cv != 0 ||
		d.endsWith(k, "s") && !d.endsWith(k, "ss") {
		return false // "the ministry's figures, Oskar Vell, ...": a plural is no office
	}
	for j := k - 1; j > 0 && j >= k-3; j-- {
		if d.toks[j].kind == tkPoss {
			return true
		}
		if !d.toks[j].lowerWord() {
			return false
		}
	}
	return false
}

// ordinalWord reports whether w ranks an office: "first selectman".
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth":
		return true
	}
	return false
}

// resolveNP finds the entity the noun phrase [i, j) refers to, as seen from
// token at, or -1 when it names nobody (an unnamed source, a document
// without an author, a plural group).
func (d *doc) resolveNP(i, j, at int) int {
	e, h := d.resolveNPHead(i, j, at)
	if e < 0 && h >= 0 && d.isWord(h, "underwriter") && d.isWord(i, "the") && d.toks[i].lowerWord() {
		e = d.leadUnderwriter(h)
	}
	if e < 0 && h >= 0 {
		e = d.namedNext(i, h)
	}
	if e >= 0 && d.ents[e].thing {
		return -1 // "LIRA shows ...": an instrument's name speaks for nobody
	}
	if e >= 0 && d.jointTicket(e) {
		return -1 // "Biden-Harris released a statement": two people's ticket, no one alone
	}
	if e >= 0 && d.ents[e].office() {
		// "The Director of the Ostby Institute said": an office whose
		// holder the text does not name, like "the director of ...".
		return -1
	}
	// Remember what a description stood for, so that a later "it" or "she"
	// can find it: "The institute said ... It added". A capitalised
	// role is a chunk naming no one ("The Premier said ... she said").
	if e >= 0 && h >= 0 && (d.chunkAt[h] < 0 || d.chunks[d.chunkAt[h]].ent < 0 && d.holdsRole(e, d.lower(h))) && d.entAt[h] < 0 {
		d.entAt[h] = int32(e)
	}
	return e
}

// personNounAt reports whether the lower-case word at k is a noun for a
// person the lexicon knows no role of: "man", "woman", "suspect".
func (d *doc) personNounAt(k int) bool {
	if k < 0 || !d.toks[k].lowerWord() {
		return false
	}
	switch d.lower(k) {
	case "man", "woman", "men", "women", "person", "people", "boy", "girl", "teenager", "suspect", "driver", "gunman", "attacker", "assailant":
		return true
	}
	return false
}

// jointTicket reports whether entity e is named by two people's
// surnames joined by a hyphen, both named in full elsewhere in the text:
// a campaign's ticket ("Biden-Harris"), which speaks for no one alone.
func (d *doc) jointTicket(e int) bool {
	en := &d.ents[e]
	if len(en.words) != 1 {
		return false
	}
	a, b, ok := strings.Cut(en.words[0], "-")
	return ok && a != b && len(a) > 1 && len(b) > 1 && d.isSurname(a) && d.isSurname(b)
}

// leadUnderwriter returns the firm "the underwriter" or "the lead
// underwriter" at token h stands for: the latest one a bond report named
// as the head of the issue's underwriters, "priced by a Tarvex Securities
// Corp. group", "underwriters led by Pellam Brothers Inc.", "Orrvale &
// Co., the lead underwriter,"; or -1.
func (d *doc) leadUnderwriter(h int) int {
	for k := h - 1; k >= 0 && k > h-describeToks; k-- {
		ci := d.chunkAt[k]
		if ci < 0 || d.toks[k].inQuote() {
			continue
		}
		ch := &d.chunks[ci]
		f, l := int(ch.first), int(ch.last)
		k = f
		if ch.ent < 0 {
			continue
		}
		if e := &d.ents[ch.ent]; e.personish() || e.placeish() || e.outlet {
			continue
		}
		group := f >= 2 && d.isWord(f-2, "by") && (d.isWord(f-1, "a") || d.isWord(f-1, "an")) && d.isWord(l, "group")
		led := f >= 3 && d.isWord(f-1, "by") && d.isWord(f-2, "led") && d.isWord(f-3, "underwriters")
		named := d.punct(l, ",") && d.isWord(l+1, "the") && (d.isWord(l+2, "underwriter") || d.isWord(l+2, "lead") && d.isWord(l+3, "underwriter"))
		if group || led || named {
			return int(ch.ent)
		}
	}
	return -1
}

// office reports whether the entity is named as an office rather than a
// body, a capitalised title and "of": "Director of the Ostby Institute",
// "Chief Executive of Tidemark Energy".
func (e *entity) office() bool {
	if len(e.words) > 2 && e.words[0] == "first" && lex.lookup(e.words[1])&(lxRole|lxTitle) == 0 {
		return false // "First of Tarrow Bank Corp.", "First of Tarrow": a bank's name, no first officer's
	}
	n := 0
	for n < len(e.words) && n < 3 && lex.lookup(e.words[n])&(lxRole|lxTitle) != 0 {
		n++
	}
	return n > 0 && n < len(e.words) && e.words[n] == "of" && !e.personish() && !e.possessedBody()
}

// possessedBody reports whether the entity's name ends in a body's word
// after a possessive: "Secretary of State's Office", "Attorney General's
// Department", the office's own staff, which speaks, not an office whose
// holder goes unnamed.
func (e *entity) possessedBody() bool {
	k := len(e.words) - 1
	if k < 1 || lex.lookup(e.words[k])&(lxOrgCue|lxGenericOrg) == 0 {
		return false
	}
	name, last := strings.ToLower(e.name), e.words[k]
	return strings.HasSuffix(name, "'s "+last) || strings.HasSuffix(name, "’s "+last)
}

// memberOfLegislature returns where "member" stands in a definite phrase
// [i, j) that names a seat in a legislature ("the Member of Parliament",
// "the member of the legislative assembly for Kessby"), or -1.
func (d *doc) memberOfLegislature(i, j int) int {
	if !d.isWord(i, "the") {
		return -1
	}
	for k := i + 1; k+2 < j && k < i+4; k++ {
		if !d.isWord(k, "member") || !d.isWord(k+1, "of") {
			continue
		}
		n := k + 2
		if d.isWord(n, "the") {
			n++
		}
		for m := n; m < j && m < n+3; m++ {
			if legislatureWord(d.lower(m)) {
				return k
			}
		}
		return -1
	}
	return -1
}

// legislatureWord reports whether w names a legislature whose members
// hold a seat in it: "parliament", "congress", "assembly".
func legislatureWord(w string) bool {
	switch w {
	case "parliament", "congress", "legislature", "assembly", "senate", "bundestag", "knesset", "dail", "dáil":
		return true
	}
	return false
}

// resolveNPHead is resolveNP, also returning the phrase's head token.
func (d *doc) resolveNPHead(i, j, at int) (int, int) {
	if e := d.capTitleHolder(i, j, at); e >= 0 {
		return e, j - 1
	}
	if e := d.unBodyDescribed(i, j, at); e >= 0 {
		return e, j - 1 // "UNTRA voiced its concern ... According to the UN agency,"
	}
	if j-i >= 2 && j-i <= 4 && d.toks[j-1].lowerWord() {
		if e := d.benchOfCourt(i, j, at); e >= 0 {
			return e, j - 1 // "The Tarvik High Court ordered ... The bench said"
		}
	}
	if k := d.memberOfLegislature(i, j); k >= 0 {
		// "the first-term Member of Parliament said": a person, as "the
		// MP" is, not the parliament.
		return d.resolvePersonDescription(i, k, at, "mp"), k
	}
	if e := d.boardOfBodyBefore(i, j, at); e >= 0 {
		return e, j - 1 // "Governors of Harlow Primary School have said ... The governors said"
	}
	if j-i >= 4 && d.isWord(i, "the") && (d.isWord(i+1, "nation") || d.isWord(i+1, "country")) && d.toks[i+2].kind == tkPoss &&
		d.toks[j-1].lowerWord() && d.toks[j-1].has(lxGenericOrg) {
		// "the nation's central bank", "the country's largest automaker":
		// the body the description fits, as "the central bank"; the
		// nation only says where it stands.
		return d.resolveOrgDescription(j-1, at), j - 1
	}
	// A country in capitals ("the U.S.", "the UK") is the country
	// itself, never "one U.S. investor" named before.
	if j == i+2 && d.isWord(i, "the") && d.toks[i+1].capWord() && (d.toks[i+1].has(lxNation) && !d.countryAbbrev(i+1) || partyWord(d.lower(i+1))) {
		// "Swiss rival Jonas Kell ... the Swiss said", "Republican
		// Marit Ostby ... the Republican said": the person the word
		// was said of, not the country or the party.
		if e := d.personCalled(d.lower(i+1), at); e >= 0 {
			return e, i + 1
		}
		if e := d.askedEarlierInSentence(i + 1); e >= 0 {
			// "When Brandt asked Ferreira about manager Ivo Lind, the
			// Portuguese said": the one asked answers.
			return e, i + 1
		}
		if e := d.pastOtherNation(d.lower(i+1), at); e >= 0 {
			// "... as Japan's Rie Kaneto topped the podium, and the
			// Russian revealed": not the one the text gives another
			// country, but the one before her.
			return e, i + 1
		}
	}
	if j-i >= 3 && d.isWord(j-1, "team") && (d.isWord(j-2, "legal") || d.isWord(j-2, "defence") || d.isWord(j-2, "defense")) {
		return -1, j - 1 // "Varga's legal team": her lawyers, not she, as "her lawyers" are
	}
	if j-i >= 3 && teamWord(d.lower(j-1)) && d.toks[j-1].lowerWord() {
		// "Mirela Sanz and colleagues", "Sanz's team", "a team led by
		// Sanz": the lead speaks for the team, and "they" next is the team.
		e, h := -1, -1
		for k := j - 2; k > i; k-- {
			if d.isWord(k, "and") {
				e, h = d.resolveNPHead(i, k, at)
				break
			}
		}
		for k := i; e < 0 && k+1 < j; k++ {
			if d.toks[k+1].kind == tkPoss && d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].ent >= 0 {
				if o := d.chunks[d.chunkAt[k]].ent; d.ents[o].personish() {
					e, h = o, k
				}
				break
			}
		}
		if e >= 0 && d.ents[e].kind == kUnknown && d.ents[e].personEv == 0 && d.ents[e].orgEv == 0 && !d.ents[e].outlet &&
			(d.isWord(j-1, "colleagues") || d.isWord(j-1, "co-authors") || d.isWord(j-1, "coauthors")) {
			// "Amory and colleagues report": only a person has colleagues
			// and co-authors (a body has a team, a group or a lab too).
			d.ents[e].personEv += 2
		}
		if e >= 0 && d.ents[e].personish() {
			d.lastTeam = mark{ent: e, para: int(d.toks[h].para), tok: h, ok: true}
			return e, h
		}
	}
	for k := i + 1; k+2 < j && k < i+4; k++ {
		if teamWord(d.lower(k)) && (d.isWord(k+1, "led") || d.isWord(k+1, "headed")) && d.isWord(k+2, "by") {
			// "A team led by Mirela Sanz found"
			if e, h := d.resolveNPHead(k+3, j, at); e >= 0 && d.ents[e].personish() {
				d.lastTeam = mark{ent: e, para: int(d.toks[h].para), tok: h, ok: true}
				return e, h
			}
			break
		}
	}
	if j-i >= 3 && d.etAl(j-2) {
		// "Stamenković et al found": the first author speaks for the team,
		// and "they" next is the team.
		e, h := d.resolveNPHead(i, j-2, at)
		if e >= 0 {
			d.lastTeam = mark{ent: e, para: int(d.toks[h].para), tok: h, ok: true}
		}
		return e, h
	}
	k := i
	if d.toks[i].has(lxDet) || d.isWord(i, "one") {
		k++ // "a source", "one insider"
	}
	if k < j && d.toks[k].kind == tkWord && anonymousSource(d.lower(k)) && (k+1 == j || d.toks[k+1].lowerWord()) {
		return -1, k // "a source within the ministry", "insiders at the firm": unnamed, for no body
	}
	if k+2 < j && d.toks[k].kind == tkWord && d.chunkAt[k] < 0 && (d.toks[k].lowerWord() || d.toks[k].is(fSentStart)) && d.closeTo(k+1) ||
		k+1 < j && k == i+1 && d.isWord(i, "those") && d.closeTo(k) {
		// "People close to the Tidemark Group", "a person familiar with
		// Mara Quell's thinking", "someone close to her": unnamed, as "a
		// source close to" is; the one they are close to says nothing.
		return -1, k
	}
	if k+1 < j && d.toks[k].lowerWord() && (d.isWord(k, "unnamed") || d.isWord(k, "anonymous") || d.isWord(k, "unidentified")) {
		return -1, j - 1 // "an unnamed White House official": unnamed, whoever was named before
	}
	if d.withheldAfter(i, j) {
		// "The neighbour, who asked not to be named, said": someone the
		// story keeps unnamed, never a person it named before.
		return -1, j - 1
	}
	if k := j - 2; k-1 > i && d.isWord(k, "of") && d.isWord(i, "the") && parentWord(d.lower(k-1)) &&
		(d.toks[k+1].kind == tkNum || numberWord(d.lower(k+1)) > 0) {
		// "The mother of three said": the person just written about,
		// described by her children, as "the 54-year-old" is by age;
		// never someone's mother.
		return d.resolvePersonDescription(i, k-1, at, d.lower(k-1)), k - 1
	}
	// Split off a prepositional modifier: "spokeswoman | for the Ministry".
	main := j
	for k := i + 1; k < j && main == j; k++ {
		if d.toks[k].lowerWord() && d.chunkAt[k] < 0 {
			switch d.lower(k) {
			case "at", "in", "on":
				if d.participleAgent(k, i, j) {
					continue // "a report published on Monday | by the Calder Institute"
				}
				main = k
			case "of", "for", "from", "with", "by", "representing":
				main = k
			case "against", "regarding", "concerning", "involving", "surrounding", "naming":
				main = k // "a suit filed by Ivo Dane | against Mara Quell": never part of a name
			case "who", "whom", "that":
				if k > i+1 && d.toks[k-1].lowerWord() && d.toks[k-1].has(lxRole|lxGroup) || d.personNounAt(k-1) {
					main = k // "The woman | who attacked him": whom the relative clause is about, not its object
				}
			case "suspected", "accused", "charged", "convicted", "arrested", "detained", "jailed", "sentenced":
				if k > i+1 && d.personNounAt(k-1) {
					main = k // "The man | suspected of killing him": the participle's object is someone else
				}
			case "about":
				if d.aboutHead(k - 1) {
					main = k // "the row | about Mara Quell"
				}
			case "to", "into", "across", "near":
				if d.topicHead(k, k+1) {
					main = k // "an aide | to Mara Quell", "an inquiry | into the firm"
				}
			}
		}
	}
	h := main - 1
	for h > i && (d.punct(h, ",") || d.toks[h].kind == tkPoss || d.chunkAt[h] < 0 && d.toks[h].has(lxPostNominal) && d.toks[h].capWord() ||
		h == main-1 && (d.mannerAdverbAt(h) || d.isWord(h, "out") && d.toks[h].lowerWord()) && d.isWord(main, "by") ||
		// "a statement Friday | from the Office of the Army Chief": the day, not the head
		h == main-1 && h-1 > i && d.toks[h].capWord() && weekday(d.lower(h)) && (d.isWord(main, "from") || d.isWord(main, "by")) && d.toks[h-1].lowerWord() && d.toks[h-1].has(lxDoc) ||
		(h == main-1 || h == main-2 && (d.mannerAdverbAt(main-1) || d.isWord(main-1, "out"))) && d.toks[h].lowerWord() && (d.endsWith(h, "ed") || authorParticiple(d.lower(h))) && d.isWord(main, "by")) {
		h-- // and "a statement released (online) | by ...": the participle
	}
	if d.isWord(main, "by") {
		// "a report published on Monday | by ...": the participle and its
		// time.
		for p := main - 2; p-1 >= i && p >= main-5; p-- {
			if d.toks[p].lowerWord() && d.participle(p) && (d.skipPublishedTime(p+1, main) == main || d.recipientPhrase(p+1, main)) && d.toks[p-1].lowerWord() && (d.toks[p-1].has(lxDoc) || thingWords[d.lower(p-1)]) {
				h = p - 1
				break
			}
		}
	}
	ppEnt := -1
	if main+1 < j && !d.isWord(main, "in") && !d.isWord(main, "on") && !d.isWord(main, "into") && !d.isWord(main, "about") && !d.isWord(main, "across") && !d.isWord(main, "near") && !d.isWord(main, "against") && !topicParticiple(d.lower(main)) &&
		!d.toks[main].has(lxRelative) && !d.endsWith(main, "ed") {
		// "for the Ministry of Labour", "for Palvaro's environment
		// ministry": the modifier's own head decides, not any name in it.
		// "A senior opposition leader in Kenya" is no one from Kenya.
		ppEnt, _ = d.resolveNPHead(main+1, j, at)
		if ppEnt >= 0 && d.ents[ppEnt].placeish() && !(stateVoice(d.lower(main-1)) && !d.isWord(main, "at")) {
			ppEnt = -1
		}
	}
	if d.goodsOf(h, main, j) {
		// "the maker of Vesta scooters": a brand of the goods is not who
		// speaks, nor the company the description looks back for.
		ppEnt, at = -1, min(at, h)
	}
	ht := &d.toks[h]
	if ht.lowerWord() && siteNoun(d.lower(h)) && h > i && notOwnersSite(d.lower(h-1)) {
		return -1, h // "a fan account for the club", "a parody account posing as X": not theirs
	}
	if d.isWord(main, "against") && legalAction(d.lower(h)) && (ht.lowerWord() || ht.is(fSentStart)) && d.ownerIn(i, h) < 0 {
		// "Allegations against Oren Dravic say": an action against
		// someone, whose author the phrase does not name ("Ivo Dane's
		// lawsuit against", "a suit filed by Ivo Dane against" do).
		return -1, h
	}
	if ppEnt >= 0 && d.isWord(main, "to") && ht.lowerWord() && envoyNoun(d.lower(h)) {
		// "the Norwegian ambassador to the UN", "the Israeli mission to
		// the UN": sent to the body, not speaking for it. An envoy is a
		// person the story may have named; a mission, a body of its own
		// (namedBody).
		ppEnt = -1
	}
	if ppEnt >= 0 && d.isWord(main, "to") && (d.ents[ppEnt].personish() || ht.has(lxDoc)) {
		// "an aide to Senator Vale", "advisers to the minister": someone
		// unnamed who works for the person, as "a lawyer for" them is;
		// "a letter to the Harbour Board" is written to it, not by it.
		ppEnt = -1
		if !ht.has(lxDoc) {
			return -1, h
		}
	}
	if ppEnt >= 0 && d.ents[ppEnt].personish() && (d.isWord(main, "of") || d.isWord(main, "to")) && ht.lowerWord() && counterpart(d.lower(h)) {
		return -1, h // "the main rival of Arvo Tenn", "the challenger to President Tenn": someone facing him, not he
	}
	if ppEnt >= 0 && d.ents[ppEnt].personish() && d.isWord(main, "of") && ht.lowerWord() && (kinWord(d.lower(h)) || acquaintance(d.lower(h))) {
		return -1, h // "a friend of Anna Varga", "the mother of Tomas Brenn": someone unnamed, not her or him
	}
	if ppEnt >= 0 && d.ents[ppEnt].personish() && ht.kind == tkWord && legalAgent(d.lower(h)) && d.chunkAt[main+1] >= 0 && d.chunks[d.chunkAt[main+1]].ent == ppEnt {
		return -1, h // "a lawyer for Ilse Varga": someone acting for her, unnamed, as "her lawyer" is
	}
	if ppEnt >= 0 && d.ents[ppEnt].personish() && ht.lowerWord() && ownVoice(d.lower(h)) && d.soleNameAfter(main, j, ppEnt) {
		// "a co-owner of the Tarrow Rovers", "a fan of Oren Dravic":
		// someone unnamed who speaks for themself, not the one named,
		// whatever a team's name looks like.
		return -1, h
	}
	if ppEnt >= 0 && d.ents[ppEnt].personish() && (ht.has(lxRole|lxTitle) || d.chunkAt[h] >= 0 && d.chunks[d.chunkAt[h]].ent < 0) &&
		!(d.isWord(main, "from") && ht.lowerWord()) { // "a retired engineer from Fenwick Springs": a town, whatever its name looks like
		return ppEnt, j - 1 // "CEO of the Refugee Council Enver Solomon"
	}
	if ci := d.chunkAt[h]; ci >= 0 {
		if c := &d.chunks[ci]; c.ent >= 0 && c.first-1 > i && d.toks[c.first-1].kind == tkPoss && d.toks[h].has(lxDoc) {
			// "The Federal Reserve's Beige Book said": a document of its
			// own name speaks for its owner, as "the Fed's survey" does.
			if oc := d.chunkAt[c.first-2]; oc >= 0 && d.chunks[oc].ent >= 0 && !d.ents[d.chunks[oc].ent].placeish() {
				return d.chunks[oc].ent, h
			}
		}
		if c := &d.chunks[ci]; c.ent >= 0 && d.isWord(i, "the") && c.first == i+1 && c.last-c.first == 2 && int(c.last) == h+1 &&
			issuedBySpeaker(d.lower(h)) && !d.toks[c.first].has(lxOrgCue|lxCompany|lxPlace|lxNation) {
			// "The Presidential Statement recalls that": a document's
			// capitalised name; its issuer speaks, or no one.
			d.ents[c.ent].thing = true
			return d.docIssuer(h), h
		}
		if e := d.chunks[ci].ent; e >= 0 {
			return e, h
		}
		// A title without a name: "the Prime Minister", "Malaysia's Prime
		// Minister"; "One MP", "a Senator" is nobody named, unless a name
		// follows ("a Republican, Mark Amodei,").
		if i < h && h+1 == j && (d.toks[i].lowerWord() || d.toks[i].is(fSentStart)) && !(d.punct(j, ",") && j+1 < len(d.toks) && d.chunkAt[j+1] >= 0) {
			switch d.lower(i) {
			case "a", "an", "one", "another", "some":
				return -1, h
			}
		}
		if c := &d.chunks[ci]; lawHead(d.str(c.last-1)) || d.lawNamedAfter(c) || c.last-c.first >= 2 && (vesselPrefix(d.str(c.first)) || examHead(d.str(c.last-1))) {
			// "The Vessen Act says", "the Quell Law", "the MV Mara
			// Quell": a law or a ship named after someone, no title of
			// theirs; it speaks for no one.
			return -1, h
		}
		if h == i+1 && stateBodyWord(d.lower(h)) {
			// "The Opposition announced ...", "The Government says": a
			// body of the state capitalised in house style, which no
			// person named before stands for.
			return -1, h
		}
		head := d.lower(h)
		if c := &d.chunks[ci]; int(c.last) == h+1 && h > int(c.first) && d.toks[h].capWord() && d.toks[h-1].capWord() && d.toks[h-1].has(lxTitle) {
			// "Judge King told him" after "District Judge Peter King": a
			// surname that is a title's word too, after the title.
			if e := d.personBySurname(head); e >= 0 {
				return e, h
			}
		}
		if c := &d.chunks[ci]; c.last-c.first >= 3 {
			// "the Minister for Justice": the holder of that very title,
			// else one of its head ("minister"), never of its remit
			// ("Spokesperson on Justice" is someone else's).
			if e := d.titleHolderNamed(d.span(int(c.first), int(c.last)), min(at, i)); e >= 0 {
				return e, h
			}
			for k := int(c.first) + 1; k < int(c.last)-1; k++ {
				if t := &d.toks[k]; t.lowerWord() && (d.isWord(k, "for") || d.isWord(k, "of") || d.isWord(k, "on")) {
					head = d.lower(k - 1)
					break
				}
			}
		}
		return d.resolvePersonDescription(i, h, at, head), h
	}
	if ht.kind == tkWord && ht.has(lxPronoun) {
		return d.resolvePronoun(h, at), h
	}
	head := d.lower(h)
	definite := d.toks[i].has(lxDet) && !d.isWord(i, "a") && !d.isWord(i, "an") && !d.isWord(i, "one") &&
		!d.isWord(i, "another") && !d.isWord(i, "some") || d.toks[i].kind == tkNum || d.chunkAt[i] >= 0 ||
		ageOf(head) > 0
	owner := d.ownerIn(i, h)
	if owner >= 0 && ht.lowerWord() && governingBody(head) && (main == j || d.isWord(main, "of") && d.isWord(main+1, "directors") && main+2 == j) &&
		!d.ents[owner].personish() && !d.ents[owner].placeish() && !d.ents[owner].outlet {
		// "Yahoo's board of directors rejected the offer, saying ...": a
		// company's board speaks for the company.
		return owner, h
	}
	if main == j && i < h && isSpokesperson(head) {
		if e := d.acronymBodyBefore(h); e >= 0 {
			return e, h // "A Queensland Police Service (QPS) spokesperson said": the body before its letters
		}
	}
	if ht.lowerWord() || h == i && ht.is(fSentStart) && d.isWord(h, "police") {
		// "Police in Lenmoor said": the sentence's capital hides no name.
		if e := d.namedBody(i, h, main, j); e >= 0 {
			return e, h // "the Mexican government", "Northamptonshire police", "the Biden campaign"
		}
	}
	if ht.lowerWord() && main == j && h-i >= 3 && d.isWord(i, "the") && d.isWord(h, "service") {
		// "The French Civil Security service said": a body's name of two
		// words or more, then "service" in lower case (one word may be a
		// town's: "the Lisk service"; "the United Nations agency" is one
		// of its agencies).
		if ci := d.chunkAt[h-1]; ci >= 0 && int(d.chunks[ci].last) == h && int(d.chunks[ci].first) == i+1 && d.chunks[ci].ent >= 0 {
			if e := d.chunks[ci].ent; d.ents[e].orgish() || d.ents[e].kind == kUnknown && d.ents[e].personEv == 0 && !d.ents[e].placeish() && !d.ents[e].outlet {
				return int(e), h
			}
		}
	}
	if main == j && (isSpokesperson(head) || bodyVoices(head)) && ht.lowerWord() {
		if e := d.firmByLeadingWords(i, h); e >= 0 {
			return e, h // "an Anglo American spokesman" after "Anglo American Corp.": the firm's short name, not two nations
		}
	}
	if main == j && nationVoices(head) {
		if e := d.nationOfficials(i, h); e >= 0 {
			return e, h // "a senior Japanese official said", Japan named elsewhere
		}
	}
	if i == h && main == j && ht.lowerWord() && (head == "council" || head == "government") {
		// "On Wednesday, council said": the bare noun of New Zealand and
		// Australian copy, the body named before, as "the council" is.
		if e := d.resolveOrgDescription(h, at); e >= 0 {
			return e, h
		}
	}
	if head == "court" && ht.lowerWord() && d.isWord(i, "the") && h == i+1 && main == j {
		if e := d.soleJudge(); e >= 0 {
			return e, h // "Justice Omar Velk heard the pleas. ... the court remarked that": the one who sat
		}
	}
	if head == "survey" && ht.lowerWord() && d.isWord(i, "the") && h == i+1 && main == j {
		if e := d.surveyBody(h, at); e >= 0 {
			return e, h // "the Tarn Geological Survey ... The survey warned": the agency, not a poll
		}
	}
	switch {
	case owner >= 0 && main == j && ht.lowerWord() && spokenNouns[head] && d.toks[h-1].kind == tkPoss && !d.aboutOwner(i, h):
		// "Benn's speech argued that ...", "Varga's remarks suggested":
		// the occasion speaks for the one who spoke on it, as a
		// statement does for its issuer.
		return owner, h
	case ht.has(lxDoc):
		if signWord(head) {
			return -1, h // "a banner from People's Vote saying": a slogan is nobody's words
		}
		if owner >= 0 && d.aboutOwner(i, h) {
			return -1, h // "Oren Dravic's autopsy report said": a document about him, not his
		}
		if owner >= 0 {
			return owner, h
		}
		if ppEnt >= 0 && !d.isWord(main, "with") && !d.isWord(main, "in") && !(d.isWord(main, "of") && topicNoun(head)) {
			// "a statement from the ministry", "a ruling by the court";
			// but "the study in Calder Ocean Letters" is where it
			// appeared, not who wrote it.
			return ppEnt, h
		}
		if m := h - 1; m > i && d.toks[m].lowerWord() && d.toks[m].has(lxGenericOrg) && !d.toks[m].has(lxRole) {
			if e := d.resolveOrgDescription(m, at); e >= 0 {
				return e, h // "a fire service statement": the service named before
			}
		}
		for k := h + 1; k+1 < j; k++ {
			if (d.isWord(k, "by") || d.isWord(k, "from")) && d.toks[k].lowerWord() && d.chunkAt[k] < 0 {
				if e, _ := d.resolveNPHead(k+1, j, at); e >= 0 {
					return e, h // "a post on Monday by Foreign Minister Ilan Dravic"
				}
				break
			}
		}
		if definite && main == j {
			if e := d.docIssuer(h); e >= 0 {
				return e, h // "The ministry released a statement. The statement said"
			}
			if e := d.docSpeaker(h); e >= 0 {
				return e, h // "the lobby group said in a report ... according to the report"
			}
		}
		if main == j && h == i+1 && d.isWord(i, "the") && (issuedBySpeaker(head) || head == "report") {
			if e := d.announcerBefore(h); e >= 0 {
				return e, h // "The ministry confirmed a case on Monday. ..., the report said"
			}
		}
		if definite && main == j && declaredDocument(head) {
			if e := d.writerBefore(h); e >= 0 {
				return e, h // "Ilse Varga declared an emergency. The proclamation said"
			}
		}
		if definite && main == j && issuedBySpeaker(head) {
			if e := d.writerBefore(h); e >= 0 {
				return e, h // "Ilse Varga wrote to residents. The letter said"
			}
			if e, ok := d.statementCueBefore(head, at); ok {
				// "a joint statement by the two sides said ... the
				// statement said": whoever (or no one) that statement
				// was credited to; "The ministry issued a statement. |
				// ..., the statement said": the ministry.
				return e, h
			}
			return d.lastSpeaker(at), h // "the statement said"
		}
		if definite && main == j && courtDocument(head) {
			return d.recentCourt(h), h // "The court struck down the ban. The judgment said"
		}
		if head == "statement" && h == i+1 && d.isWord(i, "a") && i == d.sents[d.sentOf[i]].first && ppEnt < 0 {
			// "Harlow City have confirmed an appeal ... A statement
			// released on Monday read": the body the story has been
			// quoting, when it was the last to speak; a person's last
			// words leave a new statement nobody's. Only one opening its
			// sentence: in "They released a statement which said" the
			// statement is theirs, whoever spoke last.
			if e := d.lastSpeaker(at); e >= 0 && d.ents[e].orgish() && !d.ents[e].outlet {
				return e, h
			}
		}
		return -1, h
	case head == "opinion" && ht.lowerWord() && ppEnt >= 0 && (d.isWord(main, "by") || d.isWord(main, "of")) && courtEntity(&d.ents[ppEnt]):
		return ppEnt, h // "according to the opinion by the Second Circuit Court of Appeals": the court's ruling
	case head == "panel" && ht.lowerWord() && d.isWord(i, "the") && h == i+1 && main == j && d.recentCourt(h) >= 0:
		return d.recentCourt(h), h // "A federal appeals court upheld ... The panel ruled": the court's judges
	case thingWords[head] && ppEnt >= 0 && (d.isWord(main, "from") || d.isWord(main, "by") || d.isWord(main, "of") && d.thingBy(main+1, j)):
		if (d.ents[ppEnt].placeish() || countryName(&d.ents[ppEnt])) && d.placeModifiesBodyNoun(ppEnt, main+1, j) {
			// "figures compiled by the Norland department of agriculture":
			// the place only says whose department, and the department,
			// in lower case, is no name a speaker is given.
			return -1, h
		}
		return ppEnt, h // "data from the Gun Violence Archive", "the results of a trial by the agency"
	case thingWords[head] && ppEnt < 0 && (d.isWord(main, "from") || d.isWord(main, "by")):
		// "data from the service's weather stations": the body whose
		// stations they are.
		if o := d.ownerIn(main+1, j); o >= 0 && !d.ents[o].personish() && !d.ents[o].placeish() && !d.ents[o].outlet {
			return o, h
		}
		return -1, h
	case thingWords[head] && owner >= 0 && !d.ents[owner].personish() && !d.ents[owner].placeish():
		return owner, h // "Johns Hopkins University data indicated"
	case thingWords[head] && definite && main == j && ppEnt < 0 && d.docIssuer(h) >= 0:
		return d.docIssuer(h), h // "The ministry published figures on Monday. The figures show"
	case head == "police":
		return d.resolveOrgDescription(h, at), h
	case (head == "organisers" || head == "organizers") && d.organiserBody(h) >= 0:
		return d.organiserBody(h), h // "The march was organised by the Ellis Trust. Organisers said"
	case ht.has(lxGroup) || staffVoices(head) || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && (ht.has(lxRole) || lex.lookup(head[:len(head)-1])&lxRole != 0) && !ht.has(lxGenericOrg):
		if ppEnt >= 0 && d.ents[ppEnt].personish() && d.isWord(main, "at") && !commonPeople(head) && d.nameSpans(main+1, j) {
			// "economists at Goldman Sachs", "analysts at Morgan Stanley":
			// staff are at a firm, never at a person, whatever its name
			// looks like.
			return ppEnt, h
		}
		if d.isWord(i, "the") && h == i+1 && main == j {
			if e := d.memberBody(h, at); e >= 0 {
				return e, h // "The Zell Hospital Doctors Association ... The doctors warned"
			}
			if e := d.fighterBody(h, at); e >= 0 {
				return e, h // "the Norvan Liberation Front rebels ... The rebels denied"
			}
		}
		if ppEnt >= 0 && d.ents[ppEnt].personish() || commonPeople(head) {
			// "associates of Navalny": people around him, not him;
			// "residents of Fellby": people of a place, not the place.
			return -1, h
		}
		if d.jointNames(main+1, j) {
			return -1, h // "researchers from Tarvik University and Lenmoor College": no one body's finding
		}
		if spokesPlural(head) && main == j && h-1 > i && d.toks[h-1].lowerWord() && namedBodyHead(d.lower(h-1)) {
			// "Kessel military spokesmen said": the body the nation or
			// place names speaks, as through "a Kessel military
			// spokesman" (the singular branch below); not "Kessel
			// military officials", whom the gold leaves unnamed.
			f := i
			if d.toks[f].has(lxDet) {
				f++
			}
			if f < h-1 {
				if e := d.namedBody(f, h-1, h, h); e >= 0 {
					return e, h
				}
			}
		}
		if e := d.bodyBefore(h, i); e >= 0 && main == j && bodyVoices(head) {
			return e, h // "Harbour Agency officials said", as "officials at the Harbour Agency"
		}
		if m := h - 1; m > i && d.toks[m].lowerWord() && voiceModifier(d.lower(m)) && main == j && bodyVoices(head) {
			if e := d.bodyBefore(m, i); e >= 0 {
				return e, h // "Department of Health legal advisers replied"
			}
		}
		if m := h - 1; m >= i && main == j && (head == "members" || staffVoices(head) && firmWord(d.lower(m))) && d.toks[m].kind == tkWord && lex.lookup(d.lower(m))&lxGenericOrg != 0 &&
			(d.chunkAt[m] < 0 || d.chunks[d.chunkAt[m]].ent < 0) {
			// "trust members said", "union members said", "company
			// officials said", "bank executives said": those who speak
			// for the body named before, as "the trust said".
			if e := d.resolveOrgDescription(m, at); e >= 0 {
				return e, h
			}
		}
		return ppEnt, h // "analysts at Hollis & Pryor"; bare "officials" name nobody
	case head == "guard" && h > i && d.toks[h-1].lowerWord() && (d.isWord(h-1, "coast") || d.isWord(h-1, "national") || d.isWord(h-1, "border")):
		// "the coast guard said": a service, not a guard, nor the person
		// the sentence is about.
		return d.resolveOrgDescription(h, at), h
	case head == "campaign" && ht.lowerWord() && definite && owner < 0 && main == j:
		// "The Vell campaign said ... The campaign added": only a
		// campaign named before.
		if e := d.resolveOrgDescription(h, at); e >= 0 && contains(d.ents[e].words, head) {
			return e, h
		}
		return -1, h
	case (head == "program" || head == "programme") && ht.lowerWord() && definite && owner < 0 && main == j:
		// "The World Food Programme warned ... The programme said": only
		// a body named so before, which has spoken (describes).
		return d.resolveOrgDescription(h, at), h
	case (ht.has(lxGenericOrg) || head == "campaign") && !ht.has(lxRole):
		if ppEnt >= 0 && d.isWord(main, "of") && d.ents[ppEnt].personish() && personalBody(head) {
			return ppEnt, h // "the office of Mayor Ilse Varga", as "Ilse Varga's office" is hers
		}
		if owner >= 0 && d.ents[owner].personish() {
			// "Day's animal foundation": the organisation named after her.
			if e := d.resolveOrgDescription(h, at); e >= 0 && contains(d.ents[e].words, d.ents[owner].words[len(d.ents[owner].words)-1]) {
				return e, h
			}
			if e := d.bodyNamedAfter(owner, head); e >= 0 {
				return e, h // named in full only later: "... founding the Doris Day Animal Foundation"
			}
		}
		if owner >= 0 {
			if f := d.firmBeforeCountry(i, h, owner); f >= 0 {
				return f, h // "Tarvex Inc.'s U.S. subsidiary": the firm's unit, not the country's
			}
		}
		if owner >= 0 && !d.ents[owner].placeish() && d.ents[owner].orgEv+d.ents[owner].personEv > 0 {
			return owner, h
		}
		if head == "office" && d.isWord(main, "of") && ppEnt >= 0 && d.ents[ppEnt].personish() {
			return ppEnt, h // "the office of Mayor Anna Varga", as "Anna Varga's office"
		}
		if ppEnt >= 0 && !d.ents[ppEnt].personish() && d.pressOffice(h, i) {
			return ppEnt, h // "the press office of the Vantry Institute" speaks for it
		}
		if ppEnt < 0 && owner < 0 && definite && main == j && d.pressOffice(h, i) {
			// "the press office said" after "the press office of the
			// Tarvian Foreign Ministry said": the same body's office.
			if e := d.pressOfficeBefore(i); e >= 0 {
				return e, h
			}
		}
		if owner < 0 && d.ownedByThing(i, h) {
			// "the mission's science team", "the project's team": a body
			// of a mission or a study, which no body named shares a word
			// with by that.
			return -1, h
		}
		if owner < 0 && ppEnt < 0 && d.isWord(main, "of") && d.peopleBehind(main+1, j) && !d.goodsOf(h, main, j) {
			// "the group of U.N. special rapporteurs": people unnamed,
			// whose group it is; not a body named before or inside.
			return -1, h
		}
		if definite || owner >= 0 {
			// "the ministry", "Arvenna's data protection regulator"
			return d.resolveOrgDescription(h, at), h
		}
		return -1, h
	case d.isWord(i, "the") && i < h && ht.lowerWord() && !ht.has(lxRole|lxTitle) && ageOf(head) == 0 && d.ageBefore(i+1, h) && main == j:
		// "The 38-year-old star slammed ...": an age makes the noun an
		// epithet of one the story has named before the phrase.
		return d.resolvePersonDescription(i, h, i, head), h
	case ht.has(lxRole) || ht.has(lxTitle) && !ht.has(lxNation) || ageOf(head) > 0 || head == "man" || head == "woman":
		if kinWord(head) && d.isWord(i, "the") && h == i+1 && main == j {
			return d.resolveKin(h, at), h // "the mother said" after "Piet and Odile Brask"
		}
		if kinWord(head) && main == j && h == i+1 && (d.toks[i].lowerWord() || d.toks[i].is(fSentStart)) && possessivePronoun(d.lower(i)) && !d.isWord(i-1, "and") && !(d.punct(j, ",") && j+1 < len(d.toks) && d.chunkAt[j+1] >= 0) {
			// "her father said" after "Torvald Haldane and his daughter,
			// Ingrid Haldane": the relative who shares her name. "His
			// wife, Lena Osk, said ... his wife added", "his mother texted
			// him that": the one named in that role before, or someone
			// unnamed; never the one whose relative it is.
			o := d.resolvePronoun(i, at)
			if o >= 0 {
				if r := d.relativeOf(o, h, at); r >= 0 {
					return r, h
				}
			}
			if r := d.resolvePersonDescription(i, h, at, head); r != o {
				return r, h
			}
			return -1, h
		}
		if (ht.has(lxGenericOrg) && main == j || d.goodsOf(h, main, j)) && definite && owner < 0 {
			// "Norvale Rail cancelled trains. The operator said": a word
			// for a body as well as a person is the body a recent name
			// fits.
			if e := d.resolveOrgDescription(h, at); e >= 0 {
				return e, h
			}
		}
		if ppEnt >= 0 && d.ents[ppEnt].kind != kPerson && definite && (isSpokesperson(head) || head == "representative") {
			// "the official representative of the Veland Foreign Ministry
			// added" after "Foreign Ministry spokeswoman Irina Sokolova
			// said": the spokeswoman named before, whose words are hers.
			if e := d.namedVoiceOf(ppEnt, at); e >= 0 {
				return e, h
			}
		}
		if ppEnt >= 0 && d.ents[ppEnt].kind != kPerson && (isVoiceRole(head) || d.pressOffice(h, i)) {
			d.ents[ppEnt].addRole(head) // so that "the spokeswoman" finds it again
			return ppEnt, h
		}
		// "A Harbour Police spokesman", "a Tidemark spokesperson": the
		// name before the role is the body the spokesperson speaks for.
		if isSpokesperson(head) && main == j {
			if ci := d.chunkAt[max(h-1, 0)]; h-1 >= i && ci >= 0 && d.chunks[ci].ent >= 0 && !d.ents[d.chunks[ci].ent].personish() {
				e := d.chunks[ci].ent
				if d.isWord(i, "the") {
					if v := d.namedVoiceOf(int(e), at); v >= 0 {
						// "BJP spokesperson GVL Narasimha Rao ... the BJP
						// spokesperson said": the voice the story named.
						return v, h
					}
				}
				d.ents[e].orgEv++
				d.ents[e].addRole(head)
				return e, h
			}
		}
		if bodyAgent(head) && main == j && h-1 > i && indefiniteArticle(d.lower(i)) {
			// "a Kestrel Alliance lawyer said": the body's unnamed agent
			// speaks for it, as "Kestrel Alliance lawyers said" does. Only
			// a name known as a body's: "a Tarvik lawyer" may be a town's,
			// "a Varga lawyer" a person's, whose lawyer speaks for himself.
			if ci := d.chunkAt[h-1]; ci >= 0 && d.chunks[ci].first == i+1 && d.chunks[ci].ent >= 0 {
				if e := d.chunks[ci].ent; d.ents[e].orgish() && !d.ents[e].placeish() && !countryName(&d.ents[e]) {
					return e, h
				}
			}
		}
		if head == "official" && main == j && h-1 > i {
			// A body's unnamed official speaks for it, as its spokesman
			// does: "a Finance Ministry official noted", "the MCT
			// official", and past a word of rank outside the story's
			// lead, "a senior Justice Department official said". Not "an
			// unnamed Harbour Agency official" or "a former ..." (a word
			// that is no rank before the name), nor a country's official;
			// in the lead, "a senior X official" may be the person the
			// story names next.
			f := i + 1
			if indefiniteArticle(d.lower(i)) {
				f = d.skipOfficialRank(i+1, h)
			}
			if ci := d.chunkAt[h-1]; ci >= 0 && d.chunks[ci].ent >= 0 && (d.chunks[ci].first == f || d.chunks[ci].first == i+1) {
				e := d.chunks[ci].ent
				if d.chunks[ci].first == f && indefiniteArticle(d.lower(i)) && d.bodyBefore(h, f) == e {
					d.ents[e].addRole(head)
					return e, h
				}
				if d.chunks[ci].first == i+1 && d.ents[e].orgish() && !countryName(&d.ents[e]) {
					if d.isWord(i, "the") {
						if v := d.namedVoiceOf(e, at); v >= 0 {
							// "Qaisar Khan Afridi, a spokesman for the
							// UNHCR, told ... The UNHCR official termed":
							// the voice the story named, whose words are
							// his.
							return v, h
						}
					}
					return e, h
				}
			}
		}
		if definite && isSpokesperson(head) && main == j && h-1 > i && d.toks[h-1].lowerWord() && namedBodyHead(d.lower(h-1)) {
			// "The police spokesman said" after "Dunmoor police spokesman
			// Osk Lindqvist said": the spokesman named before, whose words
			// are his, not another police body named since.
			if e := d.describedBy(i, h, at, head); e >= 0 && d.ents[e].personish() {
				return e, h
			}
		}
		if isSpokesperson(head) && main == j && h-1 > i && d.toks[h-1].lowerWord() && (namedBodyHead(d.lower(h-1)) || d.isWord(h-1, "ministry") && d.nationOpens(i)) {
			// "A Dunmoor police spokeswoman", "an Israeli army
			// spokesperson", "a Chinese defence ministry spokesman" (a
			// nation the lexicon knows): the body the place or nation
			// names speaks,
			// as it does through "a spokesman for the Dunmoor police".
			// The article is the spokesperson's, not the body's.
			f := i
			if d.toks[f].has(lxDet) {
				f++
			}
			if f < h-1 {
				if e := d.namedBody(f, h-1, h, h); e >= 0 {
					d.ents[e].addRole(head)
					return e, h
				}
			}
		}
		if isSpokesperson(head) && main == j && h-1 >= i && d.toks[h-1].lowerWord() && (d.toks[h-1].has(lxGenericOrg) || d.isWord(h-1, "campaign")) {
			// "The Tarn Ministry of Works met. A ministry spokesman said":
			// the body the modifier describes.
			if e := d.resolveOrgDescription(h-1, at); e >= 0 {
				return e, h
			}
		}
		if (isSpokesperson(head) || head == "secretary" && h-1 >= i && d.isWord(h-1, "press")) && owner >= 0 && main == j && !d.ents[owner].placeish() {
			// "Sandberg's spokesman said": the spokesman named before, or
			// else the one he speaks for.
			if e := d.describedBy(i, h, at, head); e >= 0 && e != owner {
				return e, h
			}
			return owner, h
		}
		if kinWord(head) && main == j && owner >= 0 && d.ents[owner].personish() && ht.lowerWord() && !d.namedAppositionAt(j) {
			// "Ivo Brant's mother said": his relative named before (one
			// who shares his name), or someone unnamed; never another
			// person the story named last. "Shapiro's widow, former
			// tennis player Pam Shriver, said" names her after the comma.
			if r := d.relativeOf(owner, h, at); r >= 0 {
				return r, h
			}
			return -1, h
		}
		if d.familyOwned(i, h) {
			// "The Quell family's spokesman", "her family's lawyer":
			// someone who speaks for a family, unnamed; never the one of
			// the family the story just named.
			return -1, h
		}
		// "A top US public health expert warned": a body or place before
		// the role is what the role is of, not whose words these are; an
		// indefinite description never refers back to a named person.
		if !definite && (owner < 0 || indefiniteArticle(d.lower(i)) && !d.ents[owner].personish()) {
			if ppEnt >= 0 && d.isWord(main, "from") && d.ents[ppEnt].kind != kOrg && d.ents[ppEnt].orgEv == 0 && !isVoiceRole(head) && ht.lowerWord() {
				return -1, h // "a farmer from Orrvale": someone of the town, not the town
			}
			if ppEnt >= 0 && d.ents[ppEnt].kind != kPerson && !ownVoice(head) && !d.hometown(main, ppEnt, head) {
				return ppEnt, h
			}
			if isSpokesperson(head) && main == j {
				// "the company said ... “...,” a spokesman said."
				// Or a body only its appositive called one: "Unison, the
				// largest local government union, said ...".
				if e := d.lastSpeaker(at); e >= 0 && (d.ents[e].orgish() || d.ents[e].bodyHead != "" && !d.ents[e].personish() && !d.ents[e].outlet) {
					return e, h
				}
				// "The union, Edvik, questioned the plan. A spokesperson
				// said": the body the sentence before opened with, when
				// nobody spoke since.
				if e := d.prevSentenceBody(at); e >= 0 {
					return e, h
				}
			}
			return -1, h
		}
		if main < j || ht.has(lxTitle) && !isVoiceRole(head) {
			// "The head of the relief agency", "the prime minister": a
			// description this precise is no one mentioned before, unless
			// the role says so, or it is the titled person who spoke last
			// ("Foreign Secretary Marcelo Ebrard said ... The foreign
			// minister said").
			if e := d.describedBy(i, h, at, head); e >= 0 {
				return e, h
			}
			// One who has no role yet may be given this one: "Ada Lind
			// said ... The chief executive said"; and one who has may be
			// described by what they were ("Armagh manager Kieran
			// McGeeney ... the 2002 All-Ireland winning captain opined").
			// A headline that calls the story's subject by the role
			// ("Veland minister denies snubbing reporters") lets the
			// bare title be the one just named, title or none given:
			// "However, Daskal described the claim as untrue. The
			// minister said".
			headlined := main == j && definite && owner < 0 && (d.headlineRole(h) || d.roleUnnamed(i, h))
			if e := d.lastSpeaker(at); e >= 0 && main == j && d.ents[e].personish() && !d.ents[e].otherCourtSide(head) && (d.titled(e) || len(d.ents[e].roles) == 0 && !stateOffice(head) && courtSide(head) == "" || headlined && !d.otherOffice(e, head) || chiefWord(head) && d.headsBody(e) ||
				d.pastDescription(i, h) && !stateOffice(head) && courtSide(head) == "") &&
				d.sentOf[d.ents[e].spoke] >= d.sentOf[at]-1 && !d.otherField(i, h, e, head) &&
				(d.deputyIn(i, h) == "" || hasDeputyRole(&d.ents[e], d.deputyIn(i, h), head)) {
				return e, h
			}
			// Or the subject of the last sentence, if nobody spoke since:
			// "Tomas Brenn has coached the team for a decade. The coach
			// said".
			if act := d.lastActor; act.ok && act.ent >= 0 && main == j && act.tok < i && d.sentOf[act.tok] >= d.sentOf[at]-1 &&
				d.ents[act.ent].personish() && (len(d.ents[act.ent].roles) == 0 && !stateOffice(head) && courtSide(head) == "" || headlined && !d.otherOffice(act.ent, head)) && (d.lastSpeaker(at) < 0 || headlined && d.lastSpeaker(at) == act.ent || chiefWord(head) && d.bodySpokeLast(at)) && d.deputyIn(i, h) == "" &&
				(patientRole(head) || !d.patientSubject(act.tok)) {
				// Not "Mara Quell died. The coroner said", "Oren Dravic was
				// sacked. The chairman said".
				return act.ent, h
			}
			if headlined && d.lastSpeaker(at) < 0 {
				if e := d.headlinedSubject(i, head); e >= 0 {
					return e, h
				}
			}
			// Or the subject of the last sentence when that sentence gave
			// them the role: "Aksel Brun left the cabinet in 2019. The
			// former minister said", "Hedda Lund runs the Brask Relief
			// Agency. The head of the relief agency told".
			if act := d.lastActor; act.ok && act.ent >= 0 && definite && act.tok < i && d.sentOf[act.tok] >= d.sentOf[at]-1 &&
				d.ents[act.ent].personish() && d.lastSpeaker(at) < 0 && d.deputyIn(i, h) == "" &&
				d.actorGivenRole(act.tok, act.ent, i, h, main, j, ppEnt, head) {
				return act.ent, h
			}
			return -1, h
		}
		return d.resolvePersonDescription(i, h, at, head), h
	}
	return -1, h
}

// prevSentenceBody returns the body named as the subject that opens the
// sentence before token at's, in the same paragraph or the one before,
// and voiced something there, when nobody spoke since it began: "Harrow
// Mills rejected the offer.", "The largest teachers union, Edvik,
// questioned the plan." Its unnamed spokesperson speaks for it next. A person, a place, an outlet
// or a thing so named is no body, nor a lone word nothing marks as one;
// -1 then.
func (d *doc) prevSentenceBody(at int) int {
	si := int(d.sentOf[at]) - 1
	if si < 0 || si >= len(d.sents) {
		return -1
	}
	s := d.sents[si]
	if int(s.para) < int(d.toks[at].para)-1 || d.speakerSince(s.first, at) >= 0 {
		return -1
	}
	k := d.clauseStart(s)
	if k >= s.last || d.toks[k].inQuote() || d.toks[k].kind == tkQuote {
		return -1
	}
	end := d.npForward(k, s.last)
	if end <= k || end >= s.last {
		return -1
	}
	ci, described := -1, false
	if d.punct(end, ",") && end+1 < s.last && d.chunkAt[end+1] >= 0 && d.chunks[d.chunkAt[end+1]].first == end+1 {
		// "The largest teachers union, Edvik, ...": the name set off.
		described = d.toks[end-1].lowerWord() && d.toks[end-1].has(lxGenericOrg)
		ci = int(d.chunkAt[end+1])
		end = d.chunks[ci].last
		if !d.punct(end, ",") {
			return -1
		}
		end++
	} else if d.chunkAt[end-1] >= 0 {
		ci = int(d.chunkAt[end-1])
	}
	if ci < 0 || end >= s.last || !d.toks[end].lowerWord() || !(d.toks[end].has(lxAux|lxVerb) || d.toks[end].cv != 0 || d.endsWith(end, "ed")) {
		return -1
	}
	e := d.chunks[ci].ent
	if e < 0 {
		return -1
	}
	if en := &d.ents[e]; en.kind == kPerson || en.personish() || en.placeish() || en.outlet || en.thing {
		return -1
	}
	if en := &d.ents[e]; !described && en.kind != kOrg && en.orgEv == 0 && en.bodyHead == "" && d.chunks[ci].last-d.chunks[ci].first < 2 {
		return -1 // "Ostby flooded again": one word, nothing says a body
	}
	// The body must have voiced something there ("rejected the offer",
	// "questioned the plan"): after a mere act ("Halvern Steel shed 300
	// jobs. A spokesman said") the spokesman may be anyone's.
	in, rest := d.cuesOfSentence(s)
	if voicedIn(in, s, e) || voicedIn(rest, s, e) {
		return e
	}
	return -1
}

// voicedIn reports whether one of cues, its verb in sentence s, found
// entity e its speaker.
func voicedIn(cues []cue, s sentence, e int) bool {
	for ci := range cues {
		if c := &cues[ci]; c.verb >= s.first && c.verb < s.last && c.found && c.ent == e {
			return true
		}
	}
	return false
}

// indefiniteArticle reports whether w opens a description of someone not
// yet named: "a", "an", "one", "another".
func indefiniteArticle(w string) bool {
	switch w {
	case "a", "an", "one", "another":
		return true
	}
	return false
}

// authorParticiple reports whether w, a participle not in -ed, makes the
// agent after it the author: "a trial run by the agency", "a report
// written by", "a memo sent by", but not "a letter seen by Sky News".
func authorParticiple(w string) bool {
	switch w {
	case "run", "written", "led", "drawn", "done", "made", "taken", "kept", "sent":
		return true
	}
	return false
}

// thingBy reports whether the phrase [i, j) is data or a document and
// its author: "a four-year trial by the agency", "a survey run by the
// agency".
func (d *doc) thingBy(i, j int) bool { return d.thingByAt(i, j) >= 0 }

// thingByAt is thingBy, returning the token of "by" or "from", or -1.
func (d *doc) thingByAt(i, j int) int {
	for k := i; k+1 < j && k < i+6; k++ {
		if d.toks[k].lowerWord() && (thingWords[d.lower(k)] || d.toks[k].has(lxDoc)) {
			n := k + 1
			if d.toks[n].lowerWord() && d.participle(n) {
				n++
			}
			if n < j && (d.isWord(n, "by") || d.isWord(n, "from")) {
				return n
			}
			return -1
		}
	}
	return -1
}

// recipientPhrase reports whether tokens [k, end) are a short phrase
// naming to whom a document went: "to parliament", "to the committee" in
// "figures presented to the committee by the statistics office".
func (d *doc) recipientPhrase(k, end int) bool {
	if k >= end || !(d.isWord(k, "to") || d.isWord(k, "before")) || !d.toks[k].lowerWord() || end-k > 5 || end-k < 2 {
		return false
	}
	for j := k + 1; j < end; j++ {
		if t := &d.toks[j]; t.kind != tkWord || t.lowerWord() && t.has(lxVerb|lxAux|lxPrep) && !t.has(lxDet) {
			return false
		}
	}
	return true
}

// participleAgent reports whether the preposition at k, in the phrase
// [i, j), only dates or places a document's participle whose agent
// follows: "a report published on Monday by the Calder Institute".
func (d *doc) participleAgent(k, i, j int) bool {
	p := k - 1
	if p-1 < i || !d.toks[p].lowerWord() || !d.participle(p) || !d.toks[p-1].lowerWord() || !d.toks[p-1].has(lxDoc) && !thingWords[d.lower(p-1)] {
		return false
	}
	for b := k + 1; b+1 < j && b <= k+5; b++ {
		if d.isWord(b, "by") && d.chunkAt[b] < 0 {
			return true
		}
	}
	return false
}

// stateOffice reports whether a description's head names an office of
// the state, whose holder the story names by it ("the prime minister",
// "the mayor"), not a job that describes whoever just spoke ("the chief
// executive", "the coach").
func stateOffice(head string) bool {
	switch head {
	case "president", "minister", "premier", "chancellor", "secretary", "governor", "mayor", "king", "queen", "prince", "princess",
		"pope", "senator", "judge", "ambassador", "general", "commissioner", "speaker", "sheriff", "councillor", "councilor":
		return true
	}
	return false
}

// teamWord reports whether w names the people someone works with: "and
// colleagues", "her team".
func teamWord(w string) bool {
	switch w {
	case "colleagues", "co-authors", "coauthors", "collaborators", "co-workers", "coworkers", "team", "group", "lab":
		return true
	}
	return false
}

// etAl reports whether tokens k and k+1 read "et al" (or "et al.").
func (d *doc) etAl(k int) bool {
	return d.isWord(k, "et") && (d.isWord(k+1, "al") || d.isWord(k+1, "al."))
}

// benchOfCourt returns the court that "the bench", "the judges" or "the
// justices" [i, j) stands for ("the division bench", "the two-judge
// bench"): a court named
// before it ("The Tarvik High Court on Monday ordered ... The bench said
// that ..."). South Asian and African court reporting gives the court's
// ruling to its bench, and the annotation gives it to the court. Without
// a court named, "the judges" are a contest's, or nobody's; with two
// courts named, either's: -1.
func (d *doc) benchOfCourt(i, j, at int) int {
	if j-i < 2 || j-i > 4 || !d.isWord(i, "the") || !(d.isWord(j-1, "bench") || d.isWord(j-1, "judges") || d.isWord(j-1, "justices")) {
		return -1
	}
	for k := i + 1; k < j; k++ {
		if !d.toks[k].lowerWord() || d.chunkAt[k] >= 0 {
			return -1 // "the Tarvik bench": a name's word
		}
	}
	// Only one court named: "the judges" after "the Supreme Court ...
	// before the High Court" may be either's.
	found := -1
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 && k >= 2 && d.isWord(k, "court") && d.toks[k].lowerWord() && !d.toks[k].inQuote() && courtKind(d.lower(k-1)) && d.chunkAt[k-2] >= 0 {
			// "the Tarvik high court", a body namedBody made of the town
			// and the kind, with no name's chunk of its own.
			v = int32(d.bodyKnown(int(d.chunks[d.chunkAt[k-2]].first), k+1))
		}
		if v < 0 || d.toks[k].inQuote() || int(v) == found {
			continue
		}
		if d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].last != k+1 || d.chunkAt[k] < 0 && !d.isWord(k, "court") {
			continue
		}
		e := &d.ents[v]
		if e.personish() || e.placeish() || e.outlet {
			continue
		}
		if w := e.words; len(w) >= 2 && (contains(w, "court") || contains(w, "tribunal")) && !contains(w, "food") {
			if found >= 0 {
				return -1
			}
			found = int(v)
		}
	}
	return found
}

// boardOfBodyBefore returns the body whose governing members "the
// governors", "the trustees" [i, j) are, named before with it: "Governors
// of Harlow Primary School have said ... The governors said" is the
// school, as the first was; or -1. Only the words of those who run a body
// (not "the workers of Tarvik Steel", who speak for themselves), and only
// of a body ("the residents of Tarvik" are a town's people).
func (d *doc) boardOfBodyBefore(i, j, at int) int {
	if j != i+2 || !d.isWord(i, "the") || !d.toks[i+1].lowerWord() {
		return -1
	}
	w := d.lower(i + 1)
	switch w {
	case "governors", "trustees", "directors":
	default:
		return -1
	}
	for k := i - 1; k >= 0 && k > at-describeToks; k-- {
		if d.lower(k) != w || d.toks[k].inQuote() || d.chunkAt[k] >= 0 || !d.isWord(k+1, "of") {
			continue
		}
		n := k + 2
		if d.isWord(n, "the") {
			n++
		}
		ci := d.chunkAt[n]
		if ci < 0 || d.chunks[ci].first != n || d.chunks[ci].ent < 0 {
			return -1 // the latest "governors of" names no body: theirs
		}
		e := &d.ents[d.chunks[ci].ent]
		if e.personish() || e.placeish() || e.outlet {
			return -1
		}
		return d.chunks[ci].ent
	}
	return -1
}

// docIssuer returns who released the document that "the <head>" at token
// h refers back to: the named subject of the sentence, this one or the one
// before, that mentions a document of that name ("The Tarn Ministry of
// Health released a statement on Monday. “...,” the statement read."), or
// -1.
func (d *doc) docIssuer(h int) int {
	if e := d.issuerOf(h, false); e >= 0 {
		return e
	}
	return d.authoredEarlier(h)
}

// authoredEarlier returns the author of the document "the <head>" at h
// last stands for when it was brought in with its author, "a new report
// by the United Nations Office for ...", some paragraphs back: "the
// report said" goes on quoting it. Another document of the same noun
// brought in since without an author leaves it nobody's; or -1.
func (d *doc) authoredEarlier(h int) int {
	head := d.lower(h)
	if head != "report" && head != "study" && head != "survey" && head != "analysis" {
		return -1
	}
	for k := h - 1; k >= 0 && k > h-600; k-- {
		if d.toks[k].inQuote() || !d.toks[k].lowerWord() || d.lower(k) != head {
			continue
		}
		if d.isWord(k-1, "the") || d.isWord(k-1, "this") {
			continue // a mention of the same report
		}
		if d.docReceivedBetween(d.sents[d.sentOf[k]].first, k) {
			return -1 // "Jonas Brekke read a report by the Ostby Institute": one read, not one cited
		}
		if e := d.docAuthorAfter(k + 1); e >= 0 && d.ents[e].orgish() {
			return e
		}
		return -1
	}
	return -1
}

// countryAbbrev reports whether the nation word at k is a country's
// abbreviated name ("the U.S.", "the UK"), which names the country, not
// its people as "the Swiss" may: "one U.S. investor ... The U.S. says"
// is the country.
func (d *doc) countryAbbrev(k int) bool {
	w := d.str(k)
	return strings.Contains(w, ".") || len(w) >= 2 && d.toks[k].is(fAllCaps)
}

// pastOtherNation returns, for "the <nationality>" (w, folded) before
// token at, the person named before the nearest one when the nearest is
// given another country ("Japan's Rie Kaneto", "Japanese swimmer Rie
// Kaneto") in this sentence or the last; or -1 when the nearest is not
// (what resolves "the Russian" then is as before) or no one else is
// named there.
func (d *doc) pastOtherNation(w string, at int) int {
	if at <= 0 || at > len(d.toks) {
		return -1
	}
	from := d.sents[max(int(d.sentOf[at-1])-1, 0)].first
	skipped := -1
	for k := at - 1; k >= from; k-- {
		ci := d.chunkAt[k]
		if ci < 0 || int(d.chunks[ci].first) != k || d.toks[k].inQuote() {
			continue
		}
		e := d.chunks[ci].ent
		if e < 0 || !d.ents[e].personish() || e == skipped {
			continue
		}
		if skipped < 0 {
			if !d.otherNationBefore(k, w) {
				return -1
			}
			skipped = e
			continue
		}
		if d.otherNationBefore(k, w) {
			return -1
		}
		return e
	}
	return -1
}

// otherNationBefore reports whether the name opening at token f is given
// a country other than the one the nationality w (folded) names: a
// country's possessive before it ("Japan's Rie Kaneto"), or another
// nationality among the few words before it ("Japanese swimmer Rie
// Kaneto").
func (d *doc) otherNationBefore(f int, w string) bool {
	if f >= 2 && d.toks[f-1].kind == tkPoss && d.toks[f-2].capWord() && d.chunkAt[f-2] >= 0 {
		ch := &d.chunks[d.chunkAt[f-2]]
		if c := strings.ToLower(d.span(int(ch.first), int(ch.last))); countryNames[c] || d.toks[f-2].has(lxPlace|lxNation) {
			return !adjectiveOf(c, w) && c != w
		}
	}
	for j := f - 1; j >= 0 && j >= f-3; j-- {
		t := &d.toks[j]
		if t.kind != tkWord || t.inQuote() {
			return false
		}
		if t.capWord() && t.has(lxNation) {
			return d.lower(j) != w
		}
		if !t.lowerWord() {
			return false
		}
	}
	return false
}

// personCalled returns the person last named before token at with word
// w (a nationality, a party) just before the name or in a role, or -1.
func (d *doc) personCalled(w string, at int) int {
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		ci := d.chunkAt[k]
		if v < 0 || ci < 0 || d.toks[k].inQuote() || !d.ents[v].personish() {
			continue
		}
		first := d.sents[d.sentOf[k]].first
		for j := max(first, d.chunks[ci].first-3); j < k; j++ {
			if d.lower(j) == w {
				return int(v)
			}
		}
		for _, r := range d.ents[v].roles {
			for _, rw := range strings.Fields(strings.ToLower(r)) {
				if rw == w {
					return int(v)
				}
			}
		}
	}
	return -1
}

// writerBefore returns who wrote, in the sentence before the one holding
// "the <document>" at h, with no document named there: "Ilse Varga wrote
// to residents on Monday. The letter said": the writing is the letter.
// Across a paragraph only when a quotation opens h's sentence ("...
// wrote to residents. | “...,” the letter said."), as issuerOf allows; or -1.
func (d *doc) writerBefore(h int) int {
	si := int(d.sentOf[h])
	if si == 0 {
		return -1
	}
	if d.sents[si-1].para != d.sents[si].para && !d.sentenceIsQuoteLed(si) {
		return -1
	}
	s := d.sents[si-1]
	_, end := d.namedSubjectOf(s)
	if end < 0 {
		return -1
	}
	verb := end
	if d.punct(end, ",") {
		// "Ilse Varga, the mayor of Tarvik, wrote": past the aside.
		for verb = end + 1; verb < s.last && !d.punct(verb, ","); verb++ {
		}
		verb++
	}
	if !d.authorsDocument(verb, d.lower(h)) {
		return -1
	}
	for k := verb; k < s.last; k++ {
		if d.toks[k].has(lxDoc) {
			return -1 // "X wrote a report": the document named, issuerOf's case
		}
	}
	if e := d.chunks[d.chunkAt[end-1]].ent; e >= 0 && !d.ents[e].outlet && !d.ents[e].placeish() {
		return e
	}
	return -1
}

// authorsDocument reports whether the verb at k, straight after the
// subject (perhaps after "has", "had" or "have"), makes the document
// called head: declaring ("declared", "has proclaimed") makes a
// proclamation or a decree, writing to someone ("wrote", "emailed")
// makes any other.
func (d *doc) authorsDocument(k int, head string) bool {
	if d.isWord(k, "has") || d.isWord(k, "had") || d.isWord(k, "have") {
		k++
	}
	switch d.lower(k) {
	case "declared", "declares", "proclaimed", "proclaims", "decreed", "decrees":
		return declaredDocument(head)
	case "wrote", "written", "writes", "emailed", "e-mailed", "messaged", "tweeted", "posted":
		return !declaredDocument(head)
	}
	return false
}

// namedSubjectOf returns where sentence s's main clause starts, past any
// opening phrase, and the end of its subject when a name ends it (the
// one a later "the letter" or "the report" may stand for); end is -1
// when no name ends the subject.
func (d *doc) namedSubjectOf(s sentence) (st, end int) {
	st = d.clauseStart(s)
	end = d.npForward(st, s.last)
	if end <= st || d.chunkAt[end-1] < 0 {
		return st, -1
	}
	return st, end
}

// notOwnersSite reports whether a modifier before a site's noun says the
// account is run by others than the one it names: "a fan account".
func notOwnersSite(w string) bool {
	switch w {
	case "fan", "parody", "fake", "spoof", "unofficial", "impostor", "imposter", "satirical":
		return true
	}
	return false
}

// declaredDocument reports whether head names the text of a declaration,
// made by declaring, not by writing: "the proclamation", "the decree".
func declaredDocument(head string) bool {
	switch head {
	case "proclamation", "declaration", "decree":
		return true
	}
	return false
}

// statementIssuer returns who issued the statement that "it" at token h
// stands for: "Leopold Stang issued a statement. It said ...", "The
// club, it said, would ...". The statement must have been issued,
// released or the like, in this sentence or the last of its paragraph.
func (d *doc) statementIssuer(h int) int {
	return d.issuerOf(h, true)
}

// issuerOf is docIssuer, or with pronoun statementIssuer.
func (d *doc) issuerOf(h int, pronoun bool) int {
	head := d.lower(h)
	si := int(d.sentOf[h])
	from := d.sents[max(si-1, 0)].first
	// "the report" may look back to the last paragraph's sentence from a
	// paragraph its quotation opens ("In June, the group released a
	// report. | “...,” the report stated."), and then only to a body.
	crossed := d.sents[max(si-1, 0)].para != d.sents[si].para
	// Across the paragraph break from one its quotation does not open,
	// only a document its issuer plainly made or put out counts.
	plainOnly := crossed && !d.sentenceIsQuoteLed(si)
	if crossed && pronoun {
		from = d.sents[si].first
		crossed = false
	}
	for k := h - 1; k >= from; k-- {
		if d.toks[k].inQuote() || !d.toks[k].lowerWord() || !pronoun && d.lower(k) != head ||
			pronoun && !(d.toks[k].has(lxDoc) && issuedBySpeaker(d.lower(k))) {
			continue
		}
		if e, ok := d.namedDocAuthor(k); ok && !pronoun {
			return e // "referring to a Tarvik State University report. | ..., according to the report."
		}
		p := k - 1
		for p > from && p >= k-3 && d.toks[p].lowerWord() && !d.toks[p].has(lxDet|lxFunc|lxPrep|lxAux|lxVerb) && d.toks[p].cv == 0 {
			p-- // "released the tell-all book": modifiers before the noun
		}
		if p < 0 || !(d.isWord(p, "a") || d.isWord(p, "an") || d.isWord(p, "the") && p < k-1 || possessivePronoun(d.lower(p)) ||
			(thingWords[head] || d.endsWith(k, "s")) && d.issuedBetween(p, p+1)) { // "published figures", "released new data", "issued new rules"
			continue
		}
		s := d.sents[d.sentOf[k]]
		st := d.clauseStart(s)
		opening := st
		if st > s.first && d.punct(st-1, ",") {
			opening = s.first // "In June, the group released a report": from before the opening phrase
		}
		end := d.npForward(st, s.last)
		if pronoun && !d.issuedBetween(end, p) {
			return -1 // "Tamm received a letter from the council. It said"
		}
		if e := d.appositiveName(end, s); pronoun && e >= 0 {
			return e // "The chairman, Leopold Stang, issued a statement"
		}
		if !pronoun {
			if plainOnly && d.docReceivedBetween(s.first, k) {
				return -1 // "Jonas Brekke read a report by the Ostby Institute. | ..., according to the report."
			}
			if e := d.docAuthorAfter(k + 1); e >= 0 {
				return e // "received a letter from the Ellis Trust"
			}
			if plainOnly && !d.issuedBetween(max(end, st), p) && !d.authoredBetween(max(end, st), p) {
				return -1 // "The House approved an amendment. | ... the amendment": not the House's own text
			}
			if d.docReceivedBetween(max(end, st), p) {
				return -1 // "Tomas Quill read the report": not his
			}
		}
		if !pronoun && end > st+1 && end <= k && d.chunkAt[end-1] < 0 && d.isWord(st, "the") && d.toks[end-1].lowerWord() && d.toks[end-1].has(lxGenericOrg) {
			// "The group released a report. ... the report stated": the
			// body the description stands for issued it.
			// From before the opening phrase: "In June, the group" is no
			// apposition of June.
			if e := d.resolveOrgDescription(end-1, opening); e >= 0 && d.ents[e].orgish() && !d.ents[e].placeish() {
				return e
			}
			return -1
		}
		if end <= st || end > k || d.chunkAt[end-1] < 0 {
			if !pronoun && !crossed {
				return d.subordinateIssuer(s, max(st, end), p)
			}
			return -1
		}
		if e := d.chunks[d.chunkAt[end-1]].ent; e >= 0 && !d.ents[e].outlet && !d.ents[e].placeish() && (!crossed || int(d.sentOf[k]) == si || d.ents[e].orgish()) {
			return e
		}
		return -1
	}
	return -1
}

// namedDocAuthor returns the body whose name stands as the modifier of
// the document noun at k brought in with an indefinite article: "an
// Oregon Polar Institute report" is the institute's, whoever cites it.
// ok is false when no name stands there; e is -1 when the name is no
// body's (a place's, an outlet's, a person's).
func (d *doc) namedDocAuthor(k int) (e int, ok bool) {
	if k < 2 {
		return -1, false
	}
	ci := d.chunkAt[k-1]
	if ci < 0 || d.chunks[ci].last != k || !(d.isWord(d.chunks[ci].first-1, "a") || d.isWord(d.chunks[ci].first-1, "an")) {
		return -1, false
	}
	if e = d.chunks[ci].ent; e >= 0 && d.ents[e].orgish() && !d.ents[e].outlet && !d.ents[e].placeish() {
		return e, true
	}
	return -1, true
}

// subordinateIssuer returns the named subject of a clause of time or
// reason that issued the document whose determiner is at token p, when
// the sentence's own subject is no name: "The dispute surfaced this
// month, when the Tarrow Dockers Union, an affiliate of the union,
// released a letter": the union, whose letter "the letter" then is. The
// clause must open after token from; -1 when none does.
func (d *doc) subordinateIssuer(s sentence, from, p int) int {
	for w := p - 1; w > from; w-- {
		if !d.toks[w].lowerWord() {
			continue
		}
		switch d.lower(w) {
		case "when", "after", "as", "because", "while", "since":
		default:
			continue
		}
		end := d.npForward(w+1, s.last)
		if end <= w+1 || end >= p || d.chunkAt[end-1] < 0 || !d.issuedBetween(end, p) || d.receivedBetween(end, p) {
			return -1
		}
		if e := d.chunks[d.chunkAt[end-1]].ent; e >= 0 && !d.ents[e].outlet && !d.ents[e].placeish() {
			return e
		}
		return -1
	}
	return -1
}

// sentenceIsQuoteLed reports whether sentence si opens with a quotation
// mark: its paragraph's words are a quotation with a cue after it.
func (d *doc) sentenceIsQuoteLed(si int) bool {
	s := d.sents[si]
	return s.first < s.last && d.toks[s.first].kind == tkQuote && d.toks[s.first].is(fOpenMark)
}

// surveyBody returns the agency named "... Survey" that "the survey" at
// h stands for ("the Tannland Geological Survey recorded the quake. The
// survey said"), or -1: when the text brought in no survey of its own
// before h ("a survey of 2,000 adults ... the survey found" is the poll).
func (d *doc) surveyBody(h, at int) int {
	if d.ownSurveyAt() < h {
		return -1
	}
	e := d.resolveOrgDescription(h, at)
	if e < 0 || !d.ents[e].orgish() || len(d.ents[e].words) < 2 || d.ents[e].words[len(d.ents[e].words)-1] != "survey" {
		return -1
	}
	return e
}

// ownSurveyAt returns the first token where the text brings in a survey
// of its own, a lower-case "survey" or "surveys" with no "the" before it,
// or len(d.toks) when it brings in none. surveyBody asks it of every "the
// survey": found once a text, where each asked looked back over every
// token before it, a long text's cost grew with the square of its length.
func (d *doc) ownSurveyAt() int {
	if !d.surveyLooked {
		d.surveyLooked, d.ownSurvey = true, len(d.toks)
		for k := range d.toks {
			if d.toks[k].lowerWord() && (d.isWord(k, "survey") || d.isWord(k, "surveys")) && !(k > 0 && d.isWord(k-1, "the")) {
				d.ownSurvey = k
				break
			}
		}
	}
	return d.ownSurvey
}

// scholarlyDoc reports whether w names a piece of research, whose authors
// are its researchers: "a new study released by the Florida Museum" is
// the museum's release of their work, not its own words.
func scholarlyDoc(w string) bool {
	switch w {
	case "study", "studies", "paper", "papers", "research", "analysis", "findings", "article":
		return true
	}
	return false
}

// docAuthorAfter returns the named author after a document's noun, the
// token after it at k: "a letter from the Ellis Trust", "a report by the
// council", perhaps after the participle of its making ("a report filed
// by the Tarvik Water Board"); or -1. A body the text named before may
// be described: "An annual report filed by the regional council".
func (d *doc) docAuthorAfter(k int) int {
	if e := d.relativeIssuerAt(k); e >= 0 {
		return e // "a report the academy released Thursday"
	}
	made := false
	if k+2 < len(d.toks) && k > 0 && d.toks[k].lowerWord() && d.isWord(k+1, "by") && !scholarlyDoc(d.lower(k-1)) {
		switch d.lower(k) {
		case "filed", "published", "released", "issued", "compiled", "prepared", "produced", "written":
			k, made = k+1, true // one who only ordered it ("commissioned by") is no author
		}
	}
	if k+1 >= len(d.toks) || !(d.isWord(k, "from") || d.isWord(k, "by")) {
		return -1
	}
	n := k + 1
	if d.isWord(n, "the") && n+1 < len(d.toks) {
		n++
	}
	if ci := d.chunkAt[n]; ci >= 0 && d.chunks[ci].ent >= 0 {
		if e := d.chunks[ci].ent; !d.ents[e].outlet && !d.ents[e].placeish() {
			if h := d.officeHolderAfter(int(ci)); h >= 0 {
				return h
			}
			return e
		}
		return -1
	}
	if made && d.isWord(n-1, "the") {
		// "filed by the regional council": the body of that kind named
		// before, as "the regional council said" would be.
		h := n
		for h+1 < len(d.toks) && h < n+3 && d.toks[h+1].lowerWord() && d.chunkAt[h+1] < 0 && !d.toks[h+1].has(lxFunc|lxDet|lxPrep|lxVerb|lxAux) && d.toks[h+1].cv == 0 {
			h++
		}
		if d.toks[h].lowerWord() && d.toks[h].has(lxGenericOrg) && d.chunkAt[h] < 0 {
			return d.resolveOrgDescription(h, n-1)
		}
	}
	return -1
}

// relativeIssuerAt returns the body whose noun phrase at k, after a
// document's noun, publishes it in a relative clause with no "that": "a
// report the academy released Thursday", "the survey Tarvik Polling
// published"; or -1.
func (d *doc) relativeIssuerAt(k int) int {
	if k >= len(d.toks) || k == 0 || !d.toks[k-1].has(lxDoc) {
		return -1
	}
	s := d.sents[d.sentOf[k]]
	n := d.npForward(k, s.last)
	if n <= k || n >= s.last || !d.toks[n].lowerWord() || !publishVerb(d.lower(n)) {
		return -1
	}
	if e := d.resolveNP(k, n, k); e >= 0 && d.ents[e].orgish() && !d.ents[e].outlet && !d.ents[e].placeish() {
		return e
	}
	return -1
}

// officeHolderAfter returns the person named with a rank or an honorific
// in the asides after chunk ci when ci names an office by its title words
// ("a statement by Deputy Director Army Public Relations, 7 Division,
// Col. Ado Isa"): the holder, not the office, wrote it. Or -1.
func (d *doc) officeHolderAfter(ci int) int {
	ch := &d.chunks[ci]
	if e := &d.ents[ch.ent]; e.personish() || len(e.words) < 2 || lex.lookup(e.words[0])&(lxRole|lxTitle) == 0 {
		return -1
	}
	k := int(ch.last)
	for seg := 0; seg < 3 && k+2 < len(d.toks) && d.punct(k, ","); seg++ {
		n := k + 1
		if d.rankAt(n) || d.toks[n].capWord() && honorificWord(d.lower(n)) {
			for m := n + 1; m < len(d.toks) && m <= n+2; m++ {
				if hc := d.chunkAt[m]; hc >= 0 && d.chunks[hc].ent >= 0 && d.ents[d.chunks[hc].ent].kind == kPerson {
					return d.chunks[hc].ent
				}
			}
			return -1
		}
		for k = n; k < len(d.toks) && k < n+6 && !d.punct(k, ",") && d.toks[k].kind != tkPunct; k++ {
		}
	}
	return -1
}

// docReceivedBetween reports whether a verb in [i, j) has its subject
// take in, not put out, the document after it: "received", "read",
// "criticised".
func (d *doc) docReceivedBetween(i, j int) bool {
	for k := max(i, 0); k < j; k++ {
		switch d.lower(k) {
		case "received", "receives", "read", "reads", "criticised", "criticized", "criticises", "criticizes",
			"rejected", "rejects", "obtained", "obtains", "saw", "seen", "reviewed", "dismissed", "welcomed",
			"praised", "cited", "cites", "quoted", "questioned", "disputed", "ignored", "leaked", "commissioned":
			return true
		}
	}
	return false
}

// issuedBetween reports whether a verb of issuing a document stands in
// [i, j): "issued", "released", "put out".
func (d *doc) issuedBetween(i, j int) bool {
	for k := max(i, 0); k < j; k++ {
		switch d.lower(k) {
		case "issued", "released", "published", "posted", "sent", "put", "issues", "releases", "publishes", "posts":
			return true
		}
	}
	return false
}

// authoredBetween reports whether a verb in [i, j) makes its subject the
// author of the document after it, as a body drafts or adopts its own
// text: "filed a complaint", "adopted a resolution".
func (d *doc) authoredBetween(i, j int) bool {
	for k := max(i, 0); k < j; k++ {
		switch d.lower(k) {
		case "filed", "files", "lodged", "lodges", "adopted", "adopts", "drafted", "drafts", "submitted", "submits",
			"unveiled", "unveils", "tabled", "tables", "wrote", "writes", "produced", "produces", "compiled", "compiles":
			return true
		}
	}
	return false
}

// receivedBetween reports whether a verb of receiving or answering
// another's document stands in [i, j): "cited (ignored, rejected,
// obtained) a report which said": its author is not the subject.
func (d *doc) receivedBetween(i, j int) bool {
	for k := max(i, 0); k < j; k++ {
		switch d.lower(k) {
		case "cited", "cites", "citing", "ignored", "ignores", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes",
			"questioned", "questions", "criticised", "criticized", "obtained", "received", "receives", "read", "reads", "saw", "seen",
			"reviewed", "quoted", "quotes", "welcomed", "welcomes", "challenged", "challenges", "leaked", "referred", "pointed":
			return true
		}
	}
	return false
}

// firmBeforeCountry returns the firm whose possessive stands before the
// country e named just before the head h, in the phrase from i: "Tarvex
// Inc.'s U.S. subsidiary" is Tarvex's unit; or -1.
func (d *doc) firmBeforeCountry(i, h, e int) int {
	if !countryName(&d.ents[e]) || h-1 <= i {
		return -1
	}
	ci := d.chunkAt[h-1]
	if ci < 0 || d.chunks[ci].ent != e {
		return -1
	}
	f := d.chunks[ci].first
	if f-2 < i || d.toks[f-1].kind != tkPoss {
		return -1
	}
	oc := d.chunkAt[f-2]
	if oc < 0 || d.chunks[oc].ent < 0 || d.chunks[oc].ent == e {
		return -1
	}
	if o := &d.ents[d.chunks[oc].ent]; o.orgish() && !countryName(o) && !o.placeish() {
		return d.chunks[oc].ent
	}
	return -1
}

// ownerIn returns the entity owning the noun at h within [i, h): a
// possessor ("PC World's analysis") or a name used as a modifier ("The Home
// Office letter"), or -1.
// acronymBodyBefore returns the body named right before the role word at
// h with its letters in brackets between them ("A Norland Police Service
// (NPS) spokesperson"), or -1.
func (d *doc) acronymBodyBefore(h int) int {
	if h < 4 || !d.punct(h-1, ")") || !d.punct(h-3, "(") || !d.toks[h-2].is(fAllCaps) {
		return -1
	}
	ci := d.chunkAt[h-4]
	if ci < 0 || d.chunks[ci].ent < 0 || d.chunks[ci].kind == kPerson {
		return -1
	}
	return d.chunks[ci].ent
}

func (d *doc) ownerIn(i, h int) int {
	for k := h - 1; k >= i; k-- {
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 {
			e := &d.ents[d.chunks[ci].ent]
			if n := int(d.chunks[ci].last); n < h && d.toks[n].lowerWord() && familyNoun(d.lower(n)) {
				return -1 // "the Quell family's spokesman": the family's, unnamed, not Mara Quell's
			}
			if d.chunks[ci].last-d.chunks[ci].first == 1 && platformName(d.lower(k)) && d.toks[k+1].kind != tkPoss {
				k = d.chunks[ci].first
				continue // "the Ellis Trust's Twitter account": the platform, then its owner
			}
			if e.personEv == 0 && e.orgEv == 0 && d.toks[k+1].kind != tkPoss {
				return -1 // "an Internet posting": a modifier, not an author
			}
			return d.chunks[ci].ent
		}
		if d.toks[k].has(lxPronoun|lxDet) && d.toks[k].kind == tkWord {
			switch d.lower(k) {
			case "its", "their":
				return d.resolvePronoun(k, k)
			case "his", "her":
				// "her opponent said": someone of hers, never she. Only a
				// role right after it: "her" may be the object of a verb,
				// and "her study" found nothing she said.
				if k == i && k+1 == h && d.toks[h].lowerWord() && d.toks[h].has(lxRole) && !d.toks[h].has(lxDoc) && !kinWord(d.lower(h)) {
					return d.resolvePronoun(k, k)
				}
				// "her statement said", "according to his website": a
				// text she issued herself speaks for her, as "its
				// statement" does for a body; a study or report may be
				// anyone's work, so only a statement of her own counts.
				if k == i && k+1 == h && d.toks[h].lowerWord() && ownStatement(d.lower(h)) {
					if e := d.resolvePronoun(k, k); e >= 0 && d.ents[e].personish() {
						return e
					}
				}
				// "her office said", "his press secretary": an
				// officeholder's office speaks for her, as "Varga's office"
				// does.
				if k == i && (k+1 == h && d.isWord(h, "office") || k+2 == h && d.isWord(k+1, "press") && (d.isWord(h, "office") || d.isWord(h, "secretary"))) {
					if e := d.resolvePronoun(k, k); e >= 0 && d.titled(e) {
						return e
					}
				}
			}
		}
		if t := &d.toks[k]; t.lowerWord() && t.has(lxRole|lxTitle) && k+1 < h && d.toks[k+1].kind == tkPoss && k-1 >= i && d.isWord(k-1, "the") {
			// "the judge's statement": the judge named before, if any.
			return d.describedBy(k-1, k, k, d.lower(k))
		}
		if t := &d.toks[k]; t.lowerWord() && t.has(lxGenericOrg) && !t.has(lxRole) && k+1 < h && d.toks[k+1].kind == tkPoss && k-1 >= i && d.isWord(k-1, "the") {
			// "the institute's report", "the board's laboratory": the
			// body named before.
			return d.resolveOrgDescription(k, k)
		}
		if d.isWord(k, "survey") && d.toks[k].lowerWord() && k+1 < h && d.toks[k+1].kind == tkPoss && k-1 >= i && d.isWord(k-1, "the") {
			return d.surveyBody(k, k) // "the survey's statement", the Tarn Geological Survey named before
		}
	}
	return -1
}

// bodyNamedAfter returns the one organisation anywhere in the text whose
// name holds the surname of the person owner and the head noun head
// ("Day's animal foundation" is the Doris Day Animal Foundation), or -1.
func (d *doc) bodyNamedAfter(owner int, head string) int {
	o := &d.ents[owner]
	surname := o.words[len(o.words)-1]
	found := -1
	for e := range d.ents {
		en := &d.ents[e]
		if e == owner || en.outlet || en.personish() || len(en.words) < 3 || !contains(en.words, surname) || en.words[len(en.words)-1] != head {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// commonPeople reports whether the plural noun w names ordinary people,
// who speak for nobody but themselves: "residents of Fellby", "fans of the
// club".
func commonPeople(w string) bool {
	switch w {
	case "residents", "people", "citizens", "locals", "villagers", "inhabitants", "voters", "fans", "supporters",
		"protesters", "demonstrators", "survivors", "families", "relatives", "witnesses", "passengers", "students",
		"parents", "patients", "neighbours", "neighbors", "friends", "associates", "colleagues", "allies", "backers",
		"followers", "admirers", "classmates", "teammates", "acquaintances",
		// Those who use, visit or oppose a body or person speak for
		// themselves: "critics of the Tidemark Group", "visitors to the
		// library", "customers of the bank".
		"critics", "opponents", "detractors", "sceptics", "skeptics", "visitors", "tourists", "customers", "clients",
		"users", "commuters", "shoppers", "mourners", "spectators", "onlookers", "bystanders", "guests", "viewers",
		"readers", "listeners",
		// Those taking part in an event: "participants in the Marlow
		// Talks", "speakers at the summit".
		"participants", "attendees", "competitors", "entrants", "exhibitors", "panellists", "panelists",
		// Those a prize, a school or a scheme is given to or paid by:
		// "recipients of the Orlen Awards", "pupils of Tarvik Academy".
		"recipients", "winners", "laureates", "nominees", "finalists", "pupils", "graduates", "alumni", "sponsors":
		return true
	}
	return false
}

// ownVoice reports whether an unnamed holder of the role w speaks for
// nobody but themselves, whatever body it is a role in: "a co-owner of the
// club", "a fan of the club", "a member of the council" said what they
// think, not what the club or the council says, unlike "a spokesman for
// the club".
func ownVoice(w string) bool {
	switch w {
	case "owner", "co-owner", "shareholder", "investor", "member", "player", "fan", "supporter", "customer", "client",
		"resident", "student", "passenger", "parent", "patient", "voter", "volunteer", "employee", "ex-employee", "worker":
		return true
	}
	return commonPeople(w+"s") || acquaintance(w)
}

// acquaintance reports whether w names someone by their tie to another
// person: "a friend of", "a neighbour of". Such a person speaks for
// themselves, unnamed.
func acquaintance(w string) bool {
	switch w {
	case "friend", "neighbour", "neighbor", "relative", "colleague", "classmate", "cousin", "acquaintance",
		"niece", "nephew", "grandson", "granddaughter", "fiancé", "fiancée", "partner", "girlfriend", "boyfriend":
		return true
	}
	return false
}

// counterpart reports whether w names someone set against or after
// another, who is never that other: "the rival of", "the challenger to",
// "the successor to".
func counterpart(w string) bool {
	switch w {
	case "rival", "challenger", "opponent", "competitor", "adversary", "foe", "critic", "accuser",
		"successor", "predecessor", "biographer", "ally":
		return true
	}
	return false
}

// legalAgent reports whether w names someone who acts for a client in law,
// whose words are their own and not the client's: "a lawyer for Varga".
func legalAgent(w string) bool {
	switch w {
	case "lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "barrister", "barristers", "counsel":
		return true
	}
	return false
}

// bodyVoices reports whether w names the people who speak for a body
// named just before them: "Harbour Agency officials", "Carlow Police
// Department officers".
func bodyVoices(w string) bool {
	switch w {
	case "officials", "executives", "spokespeople", "spokesmen", "spokeswomen", "representatives", "spokespersons",
		"lawyers", "attorneys", "advisers", "advisors", "negotiators", "officers",
		// "Harbour Institute leaders expressed optimism that", "VPI
		// bosses said": those who run a body speak for it.
		"leaders", "bosses", "chiefs",
		// "Harrowgate Security researchers wrote": a firm's research
		// staff publish its findings, as "researchers at" it do.
		"researchers", "analysts", "scientists",
		// "according to forecasters at the Marsh Weather Office": a
		// weather service's forecasts are its own.
		"forecasters", "meteorologists":
		return true
	}
	return false
}

// staffVoices reports whether w names the staff who speak for a body,
// not its members: "company officials", "bank executives", "exchange
// spokesmen"; unlike "Congress representatives", who are the body's
// members and speak each for themselves.
func staffVoices(w string) bool {
	switch w {
	case "officials", "executives", "bosses", "chiefs", "spokespeople", "spokesmen", "spokeswomen", "spokespersons":
		return true
	}
	return false
}

// spokesPlural reports whether w is the plural of a spokesperson, who
// speaks for a body by definition: "spokesmen", "spokespeople".
func spokesPlural(w string) bool {
	switch w {
	case "spokesmen", "spokeswomen", "spokespeople", "spokespersons":
		return true
	}
	return false
}

// firmWord reports whether w is a generic word for a business, whose
// officials and executives speak for the one named before ("company
// officials said"); the officials of a state's arm, a union or an
// agency stay unnamed people, as the gold has them.
func firmWord(w string) bool {
	switch w {
	case "bank", "exchange", "airline", "carrier", "insurer", "lender", "brokerage":
		return true
	}
	return companyHead(w)
}

// voiceModifier reports whether w, between a body's name and the people
// who speak for it, only says which of them: "legal advisers", "senior
// officials".
func voiceModifier(w string) bool {
	switch w {
	case "legal", "senior", "top", "press", "government", "company":
		return true
	}
	return false
}

// skipOfficialRank returns the token after a word of rank at k, before a
// body's name and its official at h ("senior", "top", "high-ranking"),
// or k: the rank says which of the body's officials, not whose. In the
// story's lead the rank is kept: a wire's "A senior Tarvik Water Board
// official criticized ..." is the person the next paragraph names, and
// when none is named, no one (the devj lead-official rows).
func (d *doc) skipOfficialRank(k, h int) int {
	if k+1 >= h || !d.toks[k].lowerWord() || d.toks[k].para == 0 {
		return k
	}
	switch d.lower(k) {
	case "senior", "top", "high-ranking", "ranking", "high-level":
		return k + 1
	}
	return k
}

// bodyBefore returns the organisation whose name ends just before token
// h, within the phrase from token i, or -1: "Tidemark Energy" in
// "Tidemark Energy officials". A place, a country or a person is no body
// ("Osk officials", "Varga officials").
func (d *doc) bodyBefore(h, i int) int {
	k := h - 1
	if k-3 >= i && d.punct(k, ")") && d.punct(k-2, "(") && d.toks[k-1].is(fAllCaps) {
		h, k = k-2, k-3 // "Kessby Space Agency (KSA) officials": the body's letters between
	}
	if k < i || !d.toks[k].capWord() || d.chunkAt[k] < 0 {
		return -1
	}
	ch := &d.chunks[d.chunkAt[k]]
	if ch.ent < 0 || ch.last != h {
		return -1
	}
	e := &d.ents[ch.ent]
	// A one-word name nothing marks as anyone's or anywhere's, whose
	// researchers or analysts speak, is a firm: "Tessaly researchers
	// said".
	bare := len(e.words) == 1 && e.kind == kUnknown && e.personEv == 0 && e.placeEv == 0 && researchStaff(d.lower(h))
	if e.outlet || !e.orgish() && !bare || e.placeish() || e.personish() || d.toks[k].has(lxNation) {
		return -1
	}
	return ch.ent
}

// bodyAgent reports whether w names one who acts for a body named just
// before, in the singular of bodyVoices: "a Kestrel Alliance lawyer".
func bodyAgent(w string) bool {
	switch w {
	case "lawyer", "attorney", "negotiator", "executive":
		return true
	}
	return false
}

// researchStaff reports whether w names the staff whose findings a firm
// publishes: "researchers", "analysts". Not "engineers from the Vantry
// Institute", whom the gold leaves unnamed people.
func researchStaff(w string) bool {
	switch w {
	case "researchers", "analysts":
		return true
	}
	return false
}

// isVoiceRole reports whether an unnamed holder of the role speaks for the
// organisation: "a spokeswoman for the Ministry of Labour".
func isVoiceRole(role string) bool {
	switch role {
	case "spokesperson", "spokesman", "spokeswoman", "representative", "official", "officials",
		"source", "sources", "statement", "analyst", "analysts", "researcher", "researchers",
		"scientist", "scientists", "spokespeople", "press", "officer":
		return true
	}
	return false
}

// pressOffice reports whether the head at h (in a phrase from i) is a
// body's press office or service, which speaks for it as a spokesperson
// does: "the press office of the Vantry Institute".
func (d *doc) pressOffice(h, i int) bool {
	if h-1 < i || !(d.isWord(h, "office") || d.isWord(h, "service") || d.isWord(h, "team") || d.isWord(h, "department")) {
		return false
	}
	if h-2 >= i && d.toks[h-1].kind == tkPoss && d.isWord(h, "office") {
		// "the spokesperson's office of the Ministry of Foreign Affairs"
		switch d.lower(h - 2) {
		case "spokesperson", "spokesman", "spokeswoman":
			return true
		}
	}
	return d.isWord(h-1, "press") || d.isWord(h-1, "communications") || d.isWord(h-1, "media")
}

// statementCueBefore returns the speaker of the latest cue before token
// at, within three paragraphs, that brought in a document called head:
// its subject is one ("a joint statement by the two sides said") or its
// words name it ("issued a statement"). The speaker is -1 when that
// document was nobody's alone; ok is false when no such cue is found.
func (d *doc) statementCueBefore(head string, at int) (int, bool) {
	para := int(d.toks[at].para)
	for i := len(d.cues) - 1; i >= 0; i-- {
		c := &d.cues[i]
		if c.verb >= at || !c.found {
			continue
		}
		if int(d.toks[c.verb].para) < para-3 {
			break
		}
		named := strings.Contains(c.text, head)
		for k := c.subjFirst; k < c.verb && !named; k++ {
			named = d.toks[k].lowerWord() && !d.toks[k].inQuote() && d.lower(k) == head
		}
		if c.lemma == "according to" {
			// "..., according to a news release from the fire department":
			// the source follows the cue, and another body quoted since
			// ("the sheriff's office reported “a small fire”") does not
			// take "according to the release" later.
			for k := c.verb + 2; k < len(d.toks) && k <= c.verb+6 && d.toks[k].kind == tkWord && !named; k++ {
				named = d.toks[k].lowerWord() && !d.toks[k].inQuote() && d.lower(k) == head
			}
		}
		if named {
			return c.ent, true
		}
	}
	return -1, false
}

// pressOfficeBefore returns the body whose press office or spokesperson's
// office the text named before token at ("the press service of the
// Tarvian Foreign Ministry"), the latest within describeToks; or -1.
func (d *doc) pressOfficeBefore(at int) int {
	for k := at - 2; k >= 0 && k > at-describeToks; k-- {
		if !d.isWord(k+1, "of") || d.toks[k].inQuote() || !(d.isWord(k, "office") || d.isWord(k, "service")) || k < 2 || !d.pressOffice(k, k-2) {
			continue
		}
		n := k + 2
		if d.isWord(n, "the") {
			n++
		}
		if n >= len(d.toks) {
			continue // "the press service of the" closing the text
		}
		if ci := d.chunkAt[n]; ci >= 0 {
			if e := d.chunks[ci].ent; e >= 0 && !d.ents[e].personish() && !d.ents[e].placeish() && !d.ents[e].outlet {
				return e
			}
		}
	}
	return -1
}

// stateVoice reports whether an unnamed holder of the role speaks for the
// country or city named after it: "representatives from Osk acknowledged",
// "a spokesman for Norway said"; unlike "a senior opposition leader in
// Kenya" or "researchers from Norway", who speak for no state.
func stateVoice(role string) bool {
	switch role {
	case "spokesperson", "spokesman", "spokeswoman", "representative", "representatives", "official", "officials":
		return true
	}
	return false
}

// participle reports whether the word at k is a past participle: "seen",
// "quoted", "cited".
func (d *doc) participle(k int) bool {
	switch d.lower(k) {
	case "seen", "written", "given", "taken", "shown", "made", "held", "sent", "read", "led", "run",
		"hurt", "stung", "hit", "struck", "beset", "shaken", "stricken", "swept": // "Brenco Inc., hurt by costs, said"
		return true
	}
	return d.endsWith(k, "ed")
}

// issuedBySpeaker reports whether a document called "the <head>" is most
// likely the one the latest speaker issued: "the statement", not "the
// report".
func issuedBySpeaker(head string) bool {
	switch head {
	case "statement", "letter", "message", "release", "communique", "communiqué", "communication", "announcement", "post", "tweet", "email", "memo", "note",
		"description", "invitation", "caption":
		return true
	}
	return false
}

// courtDocument reports whether head names what a court issues, through
// which it speaks.
func courtDocument(head string) bool {
	switch head {
	case "judgment", "judgement", "ruling", "verdict", "opinion":
		return true
	}
	return false
}

// courtEntity reports whether the entity is named as a court or a
// tribunal.
func courtEntity(e *entity) bool {
	return contains(e.words, "court") || contains(e.words, "tribunal")
}

// recentCourt returns the court named last before token h in its window,
// or -1.
func (d *doc) recentCourt(h int) int {
	for k := h - 1; k >= d.windowStart(h); k-- {
		if v := d.entAt[k]; v >= 0 && !d.toks[k].inQuote() {
			if courtEntity(&d.ents[v]) {
				return int(v)
			}
		}
	}
	return -1
}

// isSpokesperson reports whether the role speaks for an organisation by
// definition, so that "a spokesman said" after the company spoke is the
// company's.
func isSpokesperson(role string) bool {
	switch role {
	case "spokesperson", "spokesman", "spokeswoman", "representative":
		return true
	}
	return false
}

// thingWords name findings and data, which are cited rather than quoted.
var thingWords = map[string]bool{
	"trial": true, "trials": true, "dating": true, "monitoring": true, "census": true,
	"result": true, "results": true, "figures": true, "data": true, "estimates": true, "statistics": true,
	"research": true, "evidence": true, "findings": true, "records": true, "polls": true,
	"surveys": true, "studies": true, "reports": true, "documents": true, "projections": true,
	"investigations": true, "tests": true, "analyses": true, "inquiries": true, "models": true,
	"measurements": true, "observations": true, "images": true, "readings": true, "samples": true,
	"simulations": true, "experiments": true, "calculations": true, "scans": true,
	"assessment": true, "assessments": true, // "according to a new assessment from the weather bureau"
	"map": true, "maps": true, "chart": true, "charts": true, "dataset": true, "datasets": true, // "A new map released by the Survey shows that"
	"regulations": true, "rules": true, "guidelines": true, "laws": true, // "the new regulations state that"
	// What a party files or sends: "court papers filed by the union allege
	// that", "emails seen by the Gazette show that".
	"papers": true, "filings": true, "affidavits": true, "submissions": true, "transcripts": true, "emails": true,
}

// isThing reports whether the noun phrase [i, j) is headed by a document
// or by data ("a study published on Wednesday", "preliminary results"), so
// that words credited to it are no one's quote.
func (d *doc) isThing(i, j int) bool {
	h := j - 1
	for k := i; k < j; k++ {
		if t := &d.toks[k]; t.lowerWord() && t.has(lxPrep) && k > i {
			h = k - 1
			break
		}
	}
	t := &d.toks[h]
	return t.kind == tkWord && d.chunkAt[h] < 0 && (t.has(lxDoc) || thingWords[d.lower(h)])
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// namedNext resolves a description in an article's lead that nothing
// before it names, to the speaker the next paragraph names: wire copy
// gives the office first and the name after ("..., the interior ministry
// said." then "The Veldrian Interior Ministry said ..."; "Calder's finance
// minister told parliament ..." then "Mara Quell, who took the job in
// January, said ..."). Only a definite description ("the", a possessive)
// of one person or body counts, and only the first person or body named
// after it, when it fits the description and speaks in its sentence;
// "police" and "officials" stay nobody's. It returns -1 otherwise.
func (d *doc) namedNext(i, h int) int {
	t := &d.toks[h]
	if t.kind != tkWord || !t.lowerWord() && !executiveAcronym(d.lower(h)) || t.inQuote() || t.para > 1 || h < i {
		return -1 // "The CEO of Brantley Air says": an office in capitals is a description too
	}
	headline := t.para == 1 && d.titleLine(0)
	if t.para == 1 && !d.isWord(d.paraFirst[0], "by") && !headline {
		return -1 // the lead is the first paragraph, unless that is a byline or a headline
	}
	for _, c := range d.cues {
		if p := d.toks[c.verb].para; p < t.para && !(headline && p == 0) {
			return -1 // a story that has already quoted someone: no lead
		}
	}
	switch {
	case d.isWord(i, "the") && d.toks[i].lowerWord(), i == d.paraFirst[t.para] && d.isWord(i, "the"):
		// "The CEO of Brantley Air says" opening the lead, the first
		// paragraph or the one under the headline.
	case possessivePronoun(d.lower(i)) && (d.isWord(i, "its") || d.isWord(i, "their")):
	case d.chunkAt[i] >= 0 && d.chunks[d.chunkAt[i]].last < h && d.toks[d.chunks[d.chunkAt[i]].last].kind == tkPoss:
	case d.isWord(i, "a") || d.isWord(i, "an"):
		return d.introducedLater(i, h)
	default:
		return -1
	}
	head := d.lower(h)
	org := t.has(lxGenericOrg) && !t.has(lxRole)
	person := !org && t.has(lxRole|lxTitle) && !isSpokesperson(head)
	if !org && !person || head == "police" || strings.HasSuffix(head, "s") && lex.lookup(head[:len(head)-1])&(lxRole|lxTitle|lxGenericOrg) != 0 {
		return -1
	}
	si := int(d.sentOf[h])
	end := -1
	for k := si + 1; k < len(d.sents); k++ {
		if d.sents[k].para > int(t.para) {
			end = d.sents[k].last // the next paragraph's first sentence
			break
		}
	}
	if end < 0 {
		return -1
	}
	for k := d.sents[si].last; k < end; k++ {
		ci := d.chunkAt[k]
		if ci < 0 || d.toks[k].inQuote() || d.chunks[ci].ent < 0 {
			continue
		}
		c := &d.chunks[ci]
		v := c.ent
		e := &d.ents[v]
		k = c.last - 1
		if e.outlet || e.placeish() {
			continue
		}
		if d.namedBefore(v, h) {
			return -1
		}
		if org {
			if e.personish() {
				return -1
			}
			if describes(head, e) || d.sharesModifier(h, e) || unionWord(head) && unionName(e) {
				return v
			}
			// "..., the company said." then "Nordbahn said ...": a bare
			// name first met as the speaker is the company, since a
			// person is first named in full.
			if companyHead(head) && len(e.words) == 1 && e.kind == kUnknown && e.personEv == 0 && e.placeEv == 0 && d.cueVerbAfter(c.last, d.sents[d.sentOf[k]].last) {
				return v
			}
			return -1
		}
		if !e.personish() {
			continue // "Ostby Coal said ...": a body, not the minister
		}
		if !d.fitsDescription(i, h, v) || !d.cueVerbAfter(c.last, d.sents[d.sentOf[k]].last) {
			return -1 // "The opposition leader, Aurel Kast, said": someone else
		}
		return v
	}
	return -1
}

// hometown reports whether the name e after "from" at main, in an
// indefinite description with role head, is where the person comes
// from: "a retired nurse from Kessling", "a former ferry captain from
// Orlund". A one-word name nothing marks as a body is a town, whose
// person speaks for no one; "a spokesman from Tarvo" speaks for it, and
// "a doctor from the Karsk Medical Union" is of a body its words name.
func (d *doc) hometown(main, e int, head string) bool {
	en := &d.ents[e]
	return d.isWord(main, "from") && !isVoiceRole(head) && !isSpokesperson(head) && en.kind == kUnknown && len(en.words) == 1 &&
		en.orgEv == 0 && en.spoke < 0 && !acronymName(en) && lex.lookup(en.words[0])&(lxOrgCue|lxCompany|lxGenericOrg) == 0
}

// titleLine reports whether paragraph p is a headline: one line of a
// few words with no stop at its end.
func (d *doc) titleLine(p int) bool {
	first, end := d.paraFirst[p], d.paraEnd(p)
	if end <= first || end-first > 20 {
		return false
	}
	last := &d.toks[end-1]
	return last.kind == tkWord || last.kind == tkNum
}

// headlineRole reports whether the role word at h, in a description
// below the headline, is the head of the headline's subject: "Veland
// minister denies snubbing reporters", "Tarn opposition leader accuses
// government". Such a headline names the story's subject by that role,
// so "the minister" in the body is the one the story is about.
func (d *doc) headlineRole(h int) bool {
	if d.toks[h].para == 0 || !d.titleLine(0) {
		return false
	}
	head := d.lower(h)
	first, end := d.paraFirst[0], d.paraEnd(0)
	for k := first; k < end && k < first+5; k++ {
		t := &d.toks[k]
		if t.kind != tkWord {
			return false
		}
		if d.lower(k) == head {
			// The role closes the subject: a verb follows ("minister
			// denies"), not more of a name ("Minister Ivo Daskal").
			return k+1 < end && d.toks[k+1].lowerWord() && d.chunkAt[k+1] < 0
		}
		if k > first && t.lowerWord() && t.has(lxVerb|lxAux) {
			return false // past the subject
		}
	}
	return false
}

// headlinedSubject is the person who is the subject of the sentence
// before the description at i: "However, Daskal, speaking in Orland,
// described the claim as untrue. The minister said", when the story calls
// its subject by the role. The sentence's first name must be its subject;
// the names of an aside after it ("after a rally marking Gov. Ada Lind's
// first year") are not. It returns -1 otherwise.
func (d *doc) headlinedSubject(i int, head string) int {
	si := d.sentOf[i] - 1
	if si < 0 {
		return -1
	}
	s := d.sents[si]
	for k := s.first; k < s.last && k < i; k++ {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() || k+1 < s.last && d.entAt[k+1] == v {
			continue // the name's last token decides
		}
		e := &d.ents[v]
		if e.placeish() || e.outlet {
			continue // "In Orland, ..."
		}
		// A bare surname the story has not yet shown to be a person's
		// ("However, Daskal, ...") will do: a body would not be "the
		// minister".
		if e.orgish() || e.kind != kPerson && e.kind != kUnknown || d.otherOffice(int(v), head) || !d.subjectAt(k) {
			return -1
		}
		return int(v)
	}
	return -1
}

// roleUnnamed reports whether the story has already used "the" and the
// role word at h for someone before the sentence at i, and names no one
// as holding that role: "The agency recalls the minister walked out ...
// However, Daskal ... The minister said". The story then calls its
// subject by the role alone.
func (d *doc) roleUnnamed(i, h int) bool {
	head := d.lower(h)
	used := false
	for k := 1; k < len(d.toks) && d.sentOf[k] < d.sentOf[i]; k++ {
		if d.toks[k].lowerWord() && !d.toks[k].inQuote() && d.lower(k) == head && d.isWord(k-1, "the") {
			used = true
			break
		}
	}
	if !used {
		return false
	}
	q := newRoleQuery(head)
	for e := range d.ents {
		if q.heldBy(&d.ents[e]) {
			return false
		}
	}
	return true
}

// namedVoiceOf is the latest person named before at as a spokesperson or
// representative of body b, a role that holds the last two words of the
// body's name ("Foreign Ministry spokeswoman" for the Veland Foreign
// Ministry), or -1.
func (d *doc) namedVoiceOf(b, at int) int {
	words := d.ents[b].words
	if len(words) == 0 {
		return -1
	}
	last := words[len(words)-1]
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || int(v) == b || d.toks[k].inQuote() || !d.ents[v].personish() {
			continue
		}
		for _, r := range d.ents[v].roles {
			rw := strings.Fields(strings.ToLower(r))
			voice := false
			for _, w := range rw {
				voice = voice || isSpokesperson(w) || w == "representative"
			}
			// "Foreign Ministry spokeswoman" for the Veland Foreign
			// Ministry, not "Trade Ministry spokeswoman": the word before
			// the last must be in the role too.
			if voice && slices.Contains(rw, last) && (len(words) < 3 || slices.Contains(rw, words[len(words)-2])) {
				return int(v)
			}
		}
	}
	return -1
}

// chiefWord reports whether w names whoever leads a body, in a
// description ("the fund chief", "the agency boss") or a role ("the head
// of the fund", "managing director"): bodyLeader's words and "ceo".
func chiefWord(w string) bool {
	return bodyLeader(w) || w == "ceo"
}

// headsBody reports whether person e holds a role of one who leads a
// body ("the head of the IMF", "managing director"), so that "the IMF
// chief" may be e, who spoke last. A deputy does not lead it.
func (d *doc) headsBody(e int) bool {
	for _, r := range d.ents[e].roles {
		rw := strings.Fields(strings.ToLower(r))
		if len(rw) > 0 && deputyWord(rw[0]) {
			continue
		}
		for _, w := range rw {
			if chiefWord(w) {
				return true
			}
		}
	}
	return false
}

// bodySpokeLast reports whether the last to speak before at is a body,
// not a person: "The IMF predicted a shrinking economy. Strauss-Kahn
// called for vigilance. According to the IMF chief, ...": a body's words
// leave its chief, the subject of the last sentence, free to be the one
// described.
func (d *doc) bodySpokeLast(at int) bool {
	ls := d.lastSpeaker(at)
	return ls >= 0 && d.ents[ls].orgish()
}

// otherOffice reports whether the person holds a state office other
// than the head word: "Governor Ada Lind" is not "the minister" however
// the headline reads.
func (d *doc) otherOffice(e int, head string) bool {
	for _, r := range d.ents[e].roles {
		for _, w := range strings.Fields(strings.ToLower(r)) {
			if stateOffice(w) && w != head {
				return true
			}
		}
	}
	return false
}

// laterParas bounds how far after the lead an indefinite description's
// person may be introduced.
const laterParas = 8

// introducedLater resolves an indefinite description of a person in the
// lead ("A top public health expert is now warning that ...") to the
// first person named later, within laterParas paragraphs, whose own
// description holds its head noun and the word before it ("Gavin Yamey,
// a public health expert at Duke University, said"): news names the
// lead's unnamed source further down. A later person of another role, or
// none, leaves the lead nobody's. It returns -1 otherwise.
func (d *doc) introducedLater(i, h int) int {
	t := &d.toks[h]
	head := d.lower(h)
	if !t.has(lxRole) || t.has(lxGenericOrg) || isSpokesperson(head) || head == "police" || strings.HasSuffix(head, "s") {
		return -1
	}
	mod := ""
	if m := h - 1; m > i && d.toks[m].kind == tkWord && (d.toks[m].lowerWord() || d.toks[m].capWord()) && !gradingWord(d.lower(m)) {
		// "A DUP councillor" is "DUP councillor Sarah Bunting", not the
		// SDLP councillor named first.
		mod = d.lower(m)
	}
	// "A top regional Federal Reserve official": an official of a body
	// the lead names, later named with a title of that body's ("Federal
	// Reserve Bank of Kansas City President Thomas Hoenig").
	var body []string
	if head == "official" || head == "officer" || head == "executive" {
		for k := i + 1; k < h; k++ {
			if d.toks[k].capWord() {
				body = append(body, d.lower(k))
			}
		}
	}
	last := int(t.para) + laterParas
	first := true
	for k := d.sents[d.sentOf[h]].last; k < len(d.toks) && int(d.toks[k].para) <= last; k++ {
		ci := d.chunkAt[k]
		if ci < 0 || d.toks[k].inQuote() || d.chunks[ci].ent < 0 {
			continue
		}
		c := &d.chunks[ci]
		k = max(k, c.last-1)
		v := c.ent
		e := &d.ents[v]
		if !e.personish() || d.namedBefore(v, h) {
			continue
		}
		if roleHolds(e, head, mod) || len(body) > 0 && roleHoldsAll(e, body) {
			return v
		}
		if first && len(e.roles) == 0 && d.opensNextWithAge(c, int(t.para)) {
			// "A former ferry captain told the court ..." then "Henrik
			// Salvesen, 58, who commanded the vessel, is accused": the
			// court report's second paragraph names the lead's person.
			// One given another role there ("Wendel Strand, 47, the site
			// manager", after "a quarry manager ignored warnings") is
			// someone the lead spoke of.
			return v
		}
		first = false
	}
	return -1
}

// opensNextWithAge reports whether chunk c opens paragraph p+1 and an age
// follows it between commas: "Henrik Salvesen, 58, ...".
func (d *doc) opensNextWithAge(c *chunk, p int) bool {
	if p+1 >= len(d.paraFirst) || c.first != d.paraFirst[p+1] || c.last+2 >= len(d.toks) {
		return false
	}
	return d.punct(c.last, ",") && d.toks[c.last+1].kind == tkNum && d.punct(c.last+2, ",")
}

// roleHoldsAll reports whether one of e's descriptions holds every word
// of words: "Tarvik Water Board Chair" for an official of the "Tarvik
// Water" board.
func roleHoldsAll(e *entity, words []string) bool {
	for _, r := range e.roles {
		fields := strings.Fields(strings.ToLower(r))
		all := true
		for _, w := range words {
			if !slices.Contains(fields, w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// roleHolds reports whether one of e's descriptions holds the word head
// and, when given, the modifier mod: "public health expert" is "a public
// health expert at Duke University", not "a climate expert".
func roleHolds(e *entity, head, mod string) bool {
	for _, r := range e.roles {
		hasHead, hasMod := false, mod == ""
		for _, w := range strings.Fields(strings.ToLower(r)) {
			if j := strings.Index(w, "]("); j >= 0 {
				w = w[:j] // "[DUP](https://...)": a linked word is the word
			}
			w = strings.Trim(w, ",.;:[")
			hasHead = hasHead || w == head
			hasMod = hasMod || w == mod
		}
		if hasHead && hasMod {
			return true
		}
	}
	return false
}

// gradingWord reports whether w only grades a description ("a top
// expert", "a leading economist") and so need not recur when the person
// is named.
func gradingWord(w string) bool {
	switch w {
	case "top", "leading", "senior", "prominent", "renowned", "noted", "respected", "independent", "veteran", "well-known", "key":
		return true
	}
	return false
}

// cueVerbAfter reports whether a speech verb outside quotation marks
// follows in [k, end).
func (d *doc) cueVerbAfter(k, end int) bool {
	for ; k < end; k++ {
		if t := &d.toks[k]; t.cv != 0 && t.lowerWord() && !t.inQuote() {
			return true
		}
	}
	return false
}

// unionWord reports whether w is a word for a trade union.
func unionWord(w string) bool { return w == "union" }

// unionName reports whether e is named as a union of workers is: "the
// Eldvik Dockers' Federation" is what "their union" means.
func unionName(e *entity) bool {
	for _, w := range e.words {
		switch w {
		case "union", "federation", "confederation", "guild", "syndicate", "brotherhood":
			return true
		}
	}
	return false
}

// withheldAfter reports whether the phrase from token i to j, which holds
// no name, is followed by a clause saying its person goes unnamed: "the
// neighbour, who asked not to be named," or "who declined to be
// identified".
func (d *doc) withheldAfter(i, j int) bool {
	if j+1 >= len(d.toks) || !d.punct(j, ",") || !d.isWord(j+1, "who") {
		return false
	}
	for k := i; k < j; k++ {
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 {
			return false
		}
	}
	// Only a clause that says so: "who was named in the report" is
	// someone named.
	negated := false
	last := d.sents[d.sentOf[j]].last
	for k := j + 2; k < last && k < j+20 && !d.punct(k, ",") && d.toks[k].kind != tkQuote; k++ {
		switch d.lower(k) {
		case "not", "n't", "declined", "refused":
			negated = true
		case "anonymity":
			return true // "who spoke on condition of anonymity"
		case "named", "identified":
			return negated
		}
		if w := d.lower(k); strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			negated = true // "who didn't want to be identified"
		}
	}
	return false
}

// nameSpans reports whether tokens [i, j) are one name and nothing more:
// "Goldman Sachs", not "Tomas Brenn's campaign".
func (d *doc) nameSpans(i, j int) bool {
	ci := d.chunkAt[i]
	return ci >= 0 && d.chunks[ci].first == i && d.chunks[ci].last == j
}

// ownedByThing reports whether the description [i, h] has an owner that is
// a common noun naming no body or person: "the mission's", "the study's",
// "the project's" ("the ministry's press office" and "the coach's staff"
// are a body's and a person's).
func (d *doc) ownedByThing(i, h int) bool {
	for m := i; m+1 < h; m++ {
		if d.toks[m+1].kind != tkPoss {
			continue
		}
		t := &d.toks[m]
		return t.kind == tkWord && t.lowerWord() && d.chunkAt[m] < 0 && !t.has(lxGenericOrg|lxRole|lxTitle|lxPronoun|lxGroup|lxNation|lxPlace)
	}
	return false
}

// verbNouns holds verbNounWords, for npWord.
var verbNouns = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(verbNounWords) {
		m[w] = true
	}
	return m
}()

// platformName reports whether w names a social network, which modifies
// an account or a post ("her Twitter account", "a Facebook post") and
// never wrote it.
func platformName(w string) bool {
	switch w {
	case "twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "linkedin", "weibo", "snapchat", "reddit", "truth":
		return true
	}
	return false
}

// organiserBody returns the body the text names as organising the event
// that "organisers" at token h stand for, the nearest before it:
// "organised by the Ellis Trust", "the Ellis Trust organised"; or -1.
func (d *doc) organiserBody(h int) int {
	if k := h - 1; k >= 0 && d.toks[k].capWord() {
		// "Festival organisers announced" after "the Kessby Theatre
		// Festival": the body its last word names.
		w := d.lower(k)
		for e := len(d.ents) - 1; e >= 0; e-- {
			if en := &d.ents[e]; len(en.words) >= 2 && en.words[len(en.words)-1] == w && !en.personish() && !en.placeish() && !en.outlet {
				return e
			}
		}
	}
	from := 0
	for k := h - 1; k >= from; k-- {
		w := d.lower(k)
		if (w == "organisers" || w == "organizers") && d.entAt[k] >= 0 {
			return int(d.entAt[k]) // "The organisers added" after "Festival organisers announced"
		}
		if w != "organised" && w != "organized" || !d.toks[k].lowerWord() {
			continue
		}
		n := k + 1
		if d.isWord(n, "by") {
			n++
			if d.isWord(n, "the") {
				n++
			}
			if ci := d.chunkAt[min(n, len(d.toks)-1)]; n < h && ci >= 0 && d.chunks[ci].first == n && d.chunks[ci].ent >= 0 && !d.ents[d.chunks[ci].ent].personish() && !d.ents[d.chunks[ci].ent].placeish() {
				return d.chunks[ci].ent
			}
			return -1
		}
		if ci := d.chunkAt[max(k-1, 0)]; k-1 >= from && ci >= 0 && d.chunks[ci].last == k && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].orgish() {
			return d.chunks[ci].ent // "the Ellis Trust organised the march"
		}
		return -1
	}
	return -1
}

// actorGivenRole reports whether the sentence whose subject, e, starts at
// token a gives e the role the description [i, j) with head word h names:
// as its predicate ("Aksel Brun served as finance minister", "was a
// minister for ten years"), as a cabinet left ("left the cabinet" for "the
// former minister"), or as the body e runs ("Hedda Lund runs the Brask
// Relief Agency" for "the head of the relief agency", whose body pp is).
func (d *doc) actorGivenRole(a, e, i, h, main, j, pp int, head string) bool {
	s := d.sents[d.sentOf[a]]
	end := a
	if ci := d.chunkAt[a]; ci >= 0 {
		end = d.chunks[ci].last
	}
	for end < s.last && (end == 0 || d.entAt[end-1] != int32(e)) && end < a+8 {
		end++
	}
	if main == j {
		former := false
		for k := i; k < h; k++ {
			former = former || d.isWord(k, "former")
		}
		linked := false // a copula or "as" between the subject and the role
		left := false   // a verb of leaving or serving before "the cabinet"
		for k := end; k < s.last; k++ {
			if d.toks[k].inQuote() || d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].ent >= 0 && d.chunks[d.chunkAt[k]].ent != e {
				return false
			}
			w := d.lower(k)
			switch {
			case !d.toks[k].lowerWord():
			case w == "as" || w == "was" || w == "is" || w == "became" || w == "been":
				linked = true
			case w == head && linked:
				return true
			case cabinetLeft(w):
				left = true
			case left && former && (head == "minister" || head == "secretary") && (w == "cabinet" || w == "government"):
				return true
			}
		}
		return false
	}
	if pp < 0 || !d.isWord(main, "of") || !bodyLeader(head) {
		return false
	}
	v := end
	if v < s.last && (d.isWord(v, "has") || d.isWord(v, "also") || d.isWord(v, "now")) {
		v++
	}
	if v >= s.last || !runsWord(d.lower(v)) {
		return false
	}
	for k := v + 1; k < s.last && k < v+10; k++ {
		if d.entAt[k] == int32(pp) {
			return true
		}
	}
	return false
}

// cabinetLeft reports whether w says its subject left or served in what
// follows: "left the cabinet", "resigned from the government", "served
// in the cabinet".
func cabinetLeft(w string) bool {
	switch w {
	case "left", "quit", "resigned", "ousted", "dismissed", "sacked", "fired", "dropped", "stepped", "served":
		return true
	}
	return false
}

// bodyLeader reports whether head names the one who leads a body: "the
// head of the agency", "the chief of the trust".
func bodyLeader(head string) bool {
	switch head {
	case "head", "chief", "leader", "director", "boss", "chairman", "chairwoman", "chair", "president":
		return true
	}
	return false
}

// runsWord reports whether w says its subject leads the body after it:
// "runs", "heads", "led".
func runsWord(w string) bool {
	switch w {
	case "runs", "ran", "run", "heads", "headed", "leads", "led", "chairs", "chaired", "directs", "directed":
		return true
	}
	return false
}

// peopleBehind reports whether the phrase [a, b) after "the group of" ends
// in a plural noun of people or of bodies, no one of whom speaks for it:
// "U.N. special rapporteurs", "experts".
func (d *doc) peopleBehind(a, b int) bool {
	if b-1 < a || !d.toks[b-1].lowerWord() {
		return false
	}
	w := d.lower(b - 1)
	if d.toks[b-1].has(lxGroup) || commonPeople(w) {
		return true
	}
	// A plural the lexicon does not know as a thing or a document:
	// "rapporteurs", "envoys", "lawmakers".
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !d.toks[b-1].has(lxDoc|lxTime) && !thingWords[w] && !thingWords[w[:len(w)-1]]
}

// goodsOf reports whether the phrase [main, j) after a company's word at
// h says what the company makes or runs, in the plural or a mass noun
// with no article: "the maker of hair accessories", "the operator of
// budget hotels". Such a phrase names goods, not the people a group is
// made of ("the group of rapporteurs"), so the description is the company
// named before; "the maker of the film" is one work's maker, a person.
func (d *doc) goodsOf(h, main, j int) bool {
	if !d.isWord(main, "of") || main+1 >= j || !d.toks[h].lowerWord() {
		return false
	}
	if !goodsHead(d.lower(h)) {
		return false
	}
	first := &d.toks[main+1]
	if first.kind != tkWord || first.has(lxDet|lxPronoun) || d.isWord(main+1, "one") {
		return false // "the maker of the film", "the maker of his boots"
	}
	last := d.lower(j - 1)
	return d.toks[j-1].lowerWord() && !d.toks[j-1].has(lxGroup|lxRole) && !commonPeople(last)
}

// goodsOfIn reports whether the phrase [i, j) holds a company's word and
// "of" after its first word: "The maker of hair accessories", "The maker
// of Western boots, ..." (a description whose head comes before its goods).
func (d *doc) goodsOfIn(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.isWord(k, "of") && d.toks[k].lowerWord() && d.toks[k-1].lowerWord() && goodsHead(d.lower(k-1)) {
			return true
		}
	}
	return false
}

// goodsHead reports whether w names a company by what it makes, runs or
// sells, so that "of" after it names goods: "maker", "carmaker",
// "operator", "publisher".
func goodsHead(w string) bool {
	switch makerHead(w) {
	case "maker", "manufacturer", "producer", "publisher", "developer", "operator", "retailer", "distributor", "supplier":
		return true
	}
	return false
}

// ageBefore reports whether a token in [i, h) gives an age: "the
// 38-year-old reality TV star".
func (d *doc) ageBefore(i, h int) bool {
	for k := i; k < h; k++ {
		if ageOf(d.str(k)) > 0 {
			return true
		}
	}
	return false
}

// possessiveFirmShort reports whether the name ending at token k, with
// the possessive after it, is the short form of a firm named with that
// possessive ("Moody's" for "Moody's Investors Service"): the firm's
// own name, not an owner of what follows.
func (d *doc) possessiveFirmShort(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 || int(d.chunks[ci].last) != k+1 || d.chunks[ci].ent < 0 {
		return false
	}
	en := &d.ents[d.chunks[ci].ent]
	return en.kind == kOrg && strings.HasPrefix(en.name, d.span(int(d.chunks[ci].name), k+2))
}

// ownStatement reports whether w is a text a person issues in her own
// voice ("her statement", "his website", "her blog"), as against one that
// reports others' work ("her study", "his report").
func ownStatement(w string) bool {
	switch w {
	case "statement", "website", "blog", "post", "tweet", "letter", "email", "message", "announcement", "memoir", "testimony":
		return true
	}
	return false
}

// announcerBefore returns who "the statement" or "the report" at h stands
// for when no such document was named: the named subject opening the
// sentence just before, in the same paragraph, whose verb makes a thing
// known ("The Varden Water Authority confirmed a second closure on
// Monday. ..., the report said"), after an opening phrase or not; or -1.
// A paper or a place is left out.
func (d *doc) announcerBefore(h int) int {
	si := int(d.sentOf[h])
	if si < 1 || d.sents[si-1].para != d.sents[si].para {
		return -1
	}
	s := d.sents[si-1]
	st, end := d.namedSubjectOf(s)
	if st != s.first && !d.punct(st-1, ",") {
		return -1 // "On Monday, the authority confirmed": an opening phrase is fine
	}
	if end < 0 || end >= s.last {
		return -1
	}
	v := d.skipSeat(end, s.last)
	if v >= s.last || !announcingVerb(d.lower(v)) {
		return -1
	}
	e := d.chunks[d.chunkAt[end-1]].ent
	if e < 0 || d.ents[e].outlet || d.ents[e].placeish() || !d.ents[e].personish() && !d.ents[e].orgish() {
		return -1
	}
	return e
}

// announcingVerb reports whether w, as a subject's past-tense verb, makes
// a thing known in a text that a later "the statement" can stand for.
// "Released", "issued", "published" are left out: what they take may be
// a car or a stamp ("released its new car. ..., the report said" is the
// paper's report).
func announcingVerb(w string) bool {
	switch w {
	case "announced", "confirmed", "revealed", "disclosed":
		return true
	}
	return false
}

// skipSeat returns the token after a body's seat that follows its name,
// "in Velm, Morvia" (places only, joined by commas), or k when none does.
func (d *doc) skipSeat(k, last int) int {
	if !d.isWord(k, "in") || k+1 >= last {
		return k
	}
	j := k + 1
	for j < last {
		ci := d.chunkAt[j]
		if ci < 0 || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].placeish() {
			return k
		}
		j = int(d.chunks[ci].last)
		if j+1 < last && d.punct(j, ",") && d.chunkAt[j+1] >= 0 {
			j++
			continue
		}
		return j
	}
	return k
}

// namedAppositionAt reports whether a comma at token j opens an
// apposition with a name in it before its closing comma: ", Anwar,",
// ", former tennis player Pam Shriver,".
func (d *doc) namedAppositionAt(j int) bool {
	if !d.punct(j, ",") {
		return false
	}
	for k := j + 1; k < len(d.toks) && k <= j+6; k++ {
		if d.punct(k, ",") || d.toks[k].kind == tkPunct || d.toks[k].kind == tkQuote {
			return false
		}
		if d.chunkAt[k] >= 0 {
			return true
		}
	}
	return false
}

// holdsRole reports whether entity e was given role word w ("premier" of
// "Premier Ilse Varga"): a capitalised title standing alone refers back
// to its holder, not to whoever the description resolved to by default.
func (d *doc) holdsRole(e int, w string) bool {
	for _, r := range d.ents[e].roles {
		for _, rw := range strings.Fields(strings.ToLower(r)) {
			if rw == w {
				return true
			}
		}
	}
	return false
}

// stateBodyWord reports whether w names a body of politics that public
// broadcasters capitalise alone ("the Opposition"): a body, never the
// role of a person named before. ("The Government" and "the Cabinet" are
// left to the rules for bodies, which name them.)
func stateBodyWord(w string) bool {
	return w == "opposition"
}

// capTitleHolder returns the person "the" and a title of two or more
// capitalised words at [i, j) stands for ("the Energy Minister", "the
// Police Commissioner"): the latest one named before token at with that
// title ("Energy Minister Udo Vance"), or -1. In capitals the title reads
// as a name of its own, and became a body that spoke beside the minister.
// It looks back as far as other descriptions do (describeToks): a text
// of nothing but "the Energy Minister said" walked every token before
// each of them.
func (d *doc) capTitleHolder(i, j, at int) int {
	if j-i < 3 || !d.isWord(i, "the") {
		return -1
	}
	for k := i + 1; k < j; k++ {
		if t := &d.toks[k]; !t.capWord() || !t.has(lxTitle|lxRole) {
			return -1
		}
	}
	return d.titleHolderNamed(d.text[d.toks[i+1].start:d.toks[j-1].end], min(at, i))
}

// personBySurname returns the one person named in full whose surname
// is w, or -1 when none or several are.
func (d *doc) personBySurname(w string) int {
	found := -1
	for e := range d.ents {
		en := &d.ents[e]
		if len(en.words) >= 2 && en.words[len(en.words)-1] == w && en.personish() {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// titleHolderNamed returns the latest person named before token from
// whose role is title, word for word ("Minister for Justice Jim Ocallan"
// for "the Minister for Justice"), or -1.
func (d *doc) titleHolderNamed(title string, from int) int {
	for k := from - 1; k >= 0 && k > from-describeToks; k-- {
		ci := d.chunkAt[k]
		if ci < 0 {
			continue
		}
		ch := &d.chunks[ci]
		k = int(ch.first)
		if ch.ent < 0 || !d.ents[ch.ent].personish() {
			continue
		}
		for _, r := range d.ents[ch.ent].roles {
			if strings.EqualFold(r, title) {
				return int(ch.ent)
			}
		}
	}
	return -1
}

// bodyOfTopics reports whether the name starting at f is a body's noun
// and its "of" or "for" before k: "Institute for Science", "Department
// of Health", whose "and" joins two topics of one body's name, unlike
// "Tarvik University and Lenmoor College".
func (d *doc) bodyOfTopics(f, k int) bool {
	for j := f + 1; j < k; j++ {
		if (d.isWord(j, "of") || d.isWord(j, "for")) && d.toks[j].lowerWord() {
			return d.toks[j-1].capWord() && lex.lookup(d.lower(j-1))&lxGenericOrg != 0
		}
	}
	return false
}

// soleJudge returns the one judge, justice or magistrate a story names,
// when it names one and no bench: in a report of a hearing "the court"
// that asks, remarks and rules is the one who sat. A story of a bench, a
// panel or several judges (or a unanimous ruling) leaves "the court" the
// court.
func (d *doc) soleJudge() int {
	if strings.Contains(d.ltext, "bench") || strings.Contains(d.ltext, "judges") || strings.Contains(d.ltext, "justices") ||
		strings.Contains(d.ltext, "panel") || strings.Contains(d.ltext, "unanimous") {
		return -1
	}
	return d.soleEntity(func(_ int, en *entity) bool { return en.kind == kPerson && judgeTitled(en) })
}

// judgeTitled reports whether one of e's titled forms or offices makes it
// a judge, a justice or a magistrate, not a justice minister.
func judgeTitled(e *entity) bool {
	for _, list := range [][]string{e.forms, e.roles} {
		for _, r := range list {
			judge, office := false, false
			for w := range strings.FieldsFuncSeq(strings.ToLower(r), roleSep) {
				switch w {
				case "judge", "justice", "magistrate":
					judge = true
				case "minister", "ministry", "secretary", "department":
					office = true
				}
			}
			if judge && !office {
				return true
			}
		}
	}
	return false
}

// firmByLeadingWords returns the one firm the story named whose name opens
// with the capitalised words between the article at i and the head at h
// and ends in its legal form ("Anglo American" of "Anglo American
// Corp."), or -1: a firm called by its short name before its spokesman,
// whose words may be a nation's.
func (d *doc) firmByLeadingWords(i, h int) int {
	k := i
	if d.toks[k].has(lxDet) {
		k++
	}
	if k >= h {
		return -1
	}
	var words []string
	for n := k; n < h; n++ {
		if !d.toks[n].capWord() || d.toks[n].inQuote() {
			return -1
		}
		words = append(words, d.key(n))
	}
	return d.soleEntity(func(_ int, en *entity) bool {
		// A firm's name, its legal form last: not "Norland Foreign
		// Ministry" for "a Norland spokesman".
		return len(en.words) > len(words) && !en.personish() && !en.placeish() && !en.outlet && en.orgish() &&
			slices.Equal(en.words[:len(words)], words) && legalForm(en.words[len(en.words)-1])
	})
}

// nationOpens reports whether the phrase at i opens, after its article,
// with a nation's adjective the lexicon knows: "a Chinese defence ministry
// spokesman". A word it does not know ("a Norlandic foreign ministry
// spokesman") may be anything.
func (d *doc) nationOpens(i int) bool {
	if d.toks[i].has(lxDet) {
		i++
	}
	return i < len(d.toks) && d.toks[i].capWord() && d.toks[i].has(lxNation)
}

// governingBody reports whether w names the body that runs an
// organisation and speaks for it: "the company's board".
func governingBody(w string) bool {
	switch w {
	case "board", "management", "leadership":
		return true
	}
	return false
}

// pastDescription reports whether the description [i, h) tells what
// someone was, by a year or "former": "the 2002 All-Ireland winning
// captain", "the former South Africa wicketkeeper". It describes a past
// the story's speaker may have, not an office held beside theirs.
func (d *doc) pastDescription(i, h int) bool {
	for k := i; k < h; k++ {
		if d.isWord(k, "former") && d.toks[k].lowerWord() {
			return true
		}
		if d.yearAt(k) {
			return true
		}
	}
	return false
}
