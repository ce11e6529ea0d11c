package extract

import "strings"

// addComps records the reported clause starting at token k.
func (d *doc) addComps(c *cue, k int, s sentence) {
	if k == c.verb+1 && d.toks[k].lowerWord() && (d.isWord(k, "down") || d.isWord(k, "off")) {
		return // "wrote down her rules", "noted down the times": a thing written, no clause
	}
	end := d.clauseEnd(k, s)
	p := c.subjFirst - 1
	// "Cole, who said it was ready, left", "Cole, who had long said ...":
	// the relative pronoun, before any auxiliary and adverb.
	w := c.verb - 1
	for w > s.first && w >= c.verb-3 && d.toks[w].lowerWord() && d.toks[w].has(lxAux|lxAdverb) && !d.isWord(w, "to") {
		w--
	}
	if d.isWord(w, "who") {
		p = w
	}
	if !d.isWord(p, "which") {
		if q := d.relativeGapPronoun(c, s); q > s.first && d.isWord(q, "which") {
			p = q // "The levy, which critics, like Ilse Varga, have said amounted to ..., was dropped"
		}
	}
	nested := w > s.first && d.toks[w].lowerWord() && (d.isWord(w, "which") || d.isWord(w, "who")) && d.nestedInAside(w, k, end, s)
	if nested || p > s.first && p < c.verb && d.toks[p].lowerWord() && (d.isWord(p, "which") || d.isWord(p, "who")) && d.relativeInAside(p, s) {
		// "The plan, which Ana Cole said was ready, was delayed", "Cole,
		// who said it was ready, left": the relative clause ends at its
		// comma.
		for j := k; j < end; j++ {
			if d.punct(j, ",") && !d.toks[j].inQuote() {
				end = j
				break
			}
		}
	}
	if end <= k || d.elliptical(k, end) || (c.lemma == "declare" || c.lemma == "pronounce") && d.objectToBe(k, end) {
		return
	}
	if (c.lemma == "ask" || c.lemma == "request") && d.ownNameWithheld(k, end) {
		return // "Mira, who asked that her surname not be used, said": a condition of the interview, not what she said
	}
	// "said the bridge was unsafe and that it would stay shut" is one
	// reported clause, as the gold has it: two spans would lose the
	// first when it is the shorter half.
	c.comps = appendCut(&d.compSpace, c.comps, [2]int{k, end}, 1) // most cues report one clause
}

// nestedInAside reports whether the relative pronoun at p opens a
// clause inside another set off as an aside after a name, which closes
// at a comma before the main clause's speech verb: "Sen. Ivo Dask, who
// posted a photo which confirmed he tested negative, said he was ill".
// What "confirmed" reports ends at that comma; without it the report ran
// on over "said", and the main cue was lost. The aside's opening ", who"
// is looked for a few words back, with no comma between, and a speech
// verb must follow the closing comma (within the report k..end).
func (d *doc) nestedInAside(p, k, end int, s sentence) bool {
	open := false
	for j := p - 1; j > s.first && j > p-12; j-- {
		if d.toks[j].kind == tkQuote || d.toks[j].inQuote() {
			return false
		}
		if d.punct(j, ",") {
			open = d.toks[j+1].lowerWord() && (d.isWord(j+1, "who") || d.isWord(j+1, "which"))
			break
		}
	}
	if !open {
		return false
	}
	for j := k; j < end; j++ {
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
			return false
		}
		if d.punct(j, ",") {
			n := d.skipAdverbs(j+1, end)
			return n < end && d.toks[n].lowerWord() && d.toks[n].cv != 0 && !d.endsWith(n, "ing")
		}
	}
	return false
}

// ownNameWithheld reports whether the clause k..end asks that the
// speaker's own name be kept out of the story: "her surname not be used",
// "his full name be withheld", "their identities not be revealed".
func (d *doc) ownNameWithheld(k, end int) bool {
	if d.isWord(k, "that") && d.toks[k].lowerWord() {
		k++
	}
	if k+3 >= end || !possessivePronoun(d.lower(k)) {
		return false
	}
	n := k + 1
	switch d.lower(n) {
	case "full", "first", "last", "real", "family":
		n++
	}
	switch d.lower(n) {
	case "name", "names", "surname", "surnames", "identity", "identities":
	default:
		return false
	}
	n++
	if d.isWord(n, "not") {
		n++
	}
	if !d.isWord(n, "be") || n+1 >= end {
		return false
	}
	switch d.lower(n + 1) {
	case "used", "published", "printed", "named", "given", "identified", "withheld", "revealed", "disclosed", "made":
		return true
	}
	return false
}

// objectToBe reports whether the clause k..end is an object and an
// infinitive "to be" with no finite verb and no quotation: "declared the
// outbreak, which began in May, to be a pandemic" is an act, a body
// classing something, and nothing is reported said. The caller keeps it
// to "declare": after "found" or "believed" the gold does count such a
// clause as what was found ("found gun ownership to be the best
// predictor"), and "said the strike seemed to be over" has its verb
// before "to be".
func (d *doc) objectToBe(k, end int) bool {
	j := k
	for ; j+1 < end; j++ {
		if d.isWord(j, "to") && d.isWord(j+1, "be") {
			break
		}
		t := &d.toks[j]
		if t.inQuote() || t.lowerWord() && (t.has(lxAux) || t.cv != 0) {
			return false
		}
	}
	if j+1 >= end || j == k {
		return false
	}
	if prev := &d.toks[j-1]; prev.lowerWord() && (prev.has(lxVerb) || strings.HasSuffix(d.lower(j-1), "ed")) {
		return false // "said the strike seemed to be over"
	}
	for m := j + 2; m < end; m++ {
		t := &d.toks[m]
		if t.kind == tkQuote || t.lowerWord() && t.has(lxAux) && !d.isWord(m, "to") && !d.isWord(m, "be") && !d.isWord(m, "being") {
			return false // "found gun ownership to be “the strongest predictor”": the finding in its own words is quoted
		}
	}
	return true
}

// quotationWithOwnCue reports whether the quotation opened at token j
// hands over with a comma inside its marks to a cue of its own right after
// them: “...,” Mr. McHugh said; “...,” said Ilse Varga; “...,” she added.
func (d *doc) quotationWithOwnCue(j int) bool {
	qi := d.markQuote(j)
	if qi < 0 || d.quotes[qi].open != j || d.quotes[qi].close < 0 {
		return false
	}
	cl := d.quotes[qi].close
	if !d.punct(cl-1, ",") || cl+1 >= len(d.toks) || d.toks[cl+1].para != d.toks[j].para {
		return false
	}
	n := cl + 1
	if t := &d.toks[n]; t.lowerWord() && t.cv != 0 {
		return true // “...,” said Ilse Varga
	}
	if d.toks[n].lowerWord() && nominative(d.lower(n)) && n+1 < len(d.toks) && d.toks[n+1].cv != 0 {
		return true // “...,” she added
	}
	if ci := d.chunkAt[n]; ci >= 0 && d.chunks[ci].first == n {
		if l := d.chunks[ci].last; l < len(d.toks) && d.toks[l].lowerWord() && d.toks[l].cv != 0 {
			return true // “...,” Mr. McHugh said
		}
	}
	return false
}

// elliptical reports whether the clause [k, end) is only a pronoun and
// auxiliaries, "far from where the records predicted | it would be": the
// verb it stands for came before, and it reports nothing.
func (d *doc) elliptical(k, end int) bool {
	if end-k < 2 || end-k > 4 || !d.toks[k].has(lxPronoun) || d.toks[k].has(lxDet) {
		return false
	}
	for j := k + 1; j < end; j++ {
		if !d.toks[j].lowerWord() || !d.toks[j].has(lxAux) {
			return false
		}
	}
	return true
}

// semicolonCarries reports whether the rest of sentence s after the
// semicolon at j goes on with the report before it: "said one passenger
// was hurt; no crew were injured" is one reported clause (the dev gold
// keeps it whole). A rest with a speech verb, "according to" or a
// quotation of its own ("; his death, they reported, was ..."), or
// opening on a person's pronoun ("; she then left the meeting"), is the
// writer's next clause.
func (d *doc) semicolonCarries(j int, s sentence) bool {
	words := 0
	for m := j + 1; m < s.last; m++ {
		t := &d.toks[m]
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || d.punct(m, ";") || d.punct(m, ":") || d.isWord(m, "according") {
			return false
		}
		if t.kind == tkWord {
			if words == 0 && t.lowerWord() && (d.isWord(m, "he") || d.isWord(m, "she") || d.isWord(m, "they") || d.isWord(m, "we") || d.isWord(m, "i")) {
				return false
			}
			words++
		}
	}
	return words >= 3
}

// thatListGoesOn reports whether the semicolon at j, inside a clause
// opened by "that" at k-1, leads to another "that" clause of the same
// report: "reported that deaths were caused by coal; that race was a
// factor; and that ...". Not "; that is, ...", "; that was a mistake".
func (d *doc) thatListGoesOn(j, k int, s sentence) bool {
	if !d.isWord(k-1, "that") || !d.toks[k-1].lowerWord() {
		return false
	}
	n := j + 1
	if d.isWord(n, "and") || d.isWord(n, "or") {
		n++
	}
	return n+1 < s.last && d.isWord(n, "that") && d.toks[n].lowerWord() && !d.toks[n+1].has(lxAux|lxVerb) && d.toks[n+1].cv == 0
}

// clauseEndWord reports whether w is one of the words at which clauseEnd
// may end a clause; it must list every word its cases test at token j.
func clauseEndWord(w string) bool {
	switch w {
	case "after", "when", "before", "as", "and", "but", "while", "whereas", "though", "although", "even":
		return true
	}
	return false
}

// clauseEnd returns where the reported clause starting at k ends: at the
// sentence's end, or before an attribution to a source (", as reported by
// Reuters"), a coordinated speech verb (", adding that", "and said") or a
// colon introducing a quotation.
func (d *doc) clauseEnd(k int, s sentence) int {
	for j := k; j < s.last; j++ {
		t := &d.toks[j]
		if t.inQuote() || t.kind == tkQuote {
			if t.kind == tkQuote && t.is(fCloseMark) && j > k && d.punct(j-1, ",") && j+1 < s.last && d.participleReportAt(k) &&
				(d.attributionFollows(j+1, s) || d.namedCueClause(j+1, s)) {
				// "rejects the statements saying that Moscow uses gas as
				// “a weapon,” Kremlin spokesman Dmitry Peskov told
				// reporters": the comma inside the closing mark ends the
				// claims reported as one outside it does, and the speaker
				// after it says all. Not after a finite cue ("Ban said it
				// “will not ...,” his spokesman said"): the one after
				// relays it.
				return j + 1
			}
			continue
		}
		switch {
		case d.punct(j, ":") && j+1 < s.last && d.toks[j+1].kind == tkQuote:
			return j
		case d.punct(j, ";"):
			if d.semicolonCarries(j, s) || d.thatListGoesOn(j, k, s) {
				continue
			}
			return j
		case t.kind == tkWord && !clauseEndWord(d.lower(j)):
			// No case below takes any other word: one switch spares most
			// words a dozen tests.
		case j > k+2 && t.lowerWord() && (d.isWord(j, "after") || d.isWord(j, "when")) && d.namedToldAt(j+1, s):
			// "said he envied the response after Ilse Varga told him
			// ...": a clause of time with a named speaker of its own.
			return j
		case j > k+2 && t.lowerWord() && d.isWord(j, "before") && j+1 < s.last && d.toks[j+1].cv != 0 && d.toks[j+1].lowerWord() &&
			strings.HasSuffix(d.lower(j+1), "ing") && d.phrasalComplete(j+1):
			// "said the talks had failed before adding that ...": the
			// speaker's next point, with no comma before it.
			return j
		case d.punct(j, ","):
			if d.mainClauseAfter(j, k, s) {
				return j // "While Varga said the bridge was safe, Brek disagreed"
			}
			if d.judgedAside(j+1, s) || d.attributionFollows(j+1, s) || d.relativeCue(j+1, s) || d.namedCueClause(j+1, s) || d.contrastCueClause(j+1, s) || d.settingParticiple(j+1) {
				return j
			}
		case d.isWord(j, "as") && d.isWord(j+1, "reported"):
			return j
		case t.lowerWord() && d.isWord(j, "but") && j > k && !d.punct(j-1, ",") && d.describedCueAfter(j, s):
			// "says the bridge is safe but the county engineer says it is
			// failing": a second report, its speaker described, with no
			// comma before "but" (a dash, if any, is no part of the first).
			if d.isDash(j - 1) {
				return j - 1
			}
			return j
		case t.lowerWord() && (d.isWord(j, "and") || d.isWord(j, "but")) && j > k && d.punct(j-1, ",") && d.secondSpeakerAfter(j+1, s):
			// "said most homes were destroyed, and local official, Mira
			// Holt was quoted by the news service as saying: ...": a second
			// speaker with a title before a comma, or one "quoted ... as
			// saying".
			return j
		case t.lowerWord() && (d.isWord(j, "and") || d.isWord(j, "but")) && j > k:
			if d.absoluteCueAfter(j, s) {
				// "with Ida Marsh saying the tax was too high and the
				// council firing back that it was fair": a second
				// speaker's phrase of the same kind.
				return j
			}
			n := d.skipAdverbs(j+1, s.last)
			// "exited the Hall and continued to attack others": "continue"
			// with its infinitive goes on with the clause.
			// "was awake and asking for food", "was working hard and
			// making progress": an -ing form with no comma before "and"
			// goes on with the clause's own verb.
			if n < s.last && d.toks[n].cv != 0 && d.toks[n].lowerWord() && !d.passive(n, j) && !d.presentPairAfterPast(k, j, n) &&
				!(cueVerbs[d.toks[n].cv-1].class == cueQuoteOnly && d.isWord(n+1, "to")) &&
				!(d.endsWith(n, "ing") && !d.punct(j-1, ",")) && !d.participleAdjective(n, s) && d.cueTakesWordsAt(n, s) {
				return j
			}
			fallthrough
		case t.lowerWord() && (d.isWord(j, "while") || d.isWord(j, "whereas") || d.isWord(j, "and") || d.isWord(j, "but") ||
			(d.isWord(j, "though") || d.isWord(j, "although")) && d.punct(j-1, ",") ||
			d.isWord(j, "even") && (d.isWord(j+1, "as") || d.isWord(j+1, "though"))) && j > k:
			// "X said ... while Governor Y wrote that ...", "..., and Y
			// said", "... even as the budget office estimated that ...": a
			// second speaker.
			if (d.isWord(j, "and") || d.isWord(j, "but")) && !d.punct(j-1, ",") && !d.pastCueAfter(j, s) {
				continue
			}
			sub := j + 1
			if d.isWord(j, "even") {
				sub = j + 2
			}
			// "..., but an unnamed official told reporters that ...": a
			// described speaker after the comma as well as a named one;
			// not "..., but the repairs announced in May were late", a
			// participle after its noun.
			// "..., but she said ...": a pronoun subject and its own cue.
			// "... even as the agency warned ...", "..., although
			// engineers said ...": a subordinator makes the clause one.
			conj := d.punct(j-1, ",") || sub > j+1 || !d.isWord(j, "and") && !d.isWord(j, "but")
			// "..., but according to the union leader, Maja Ek, it would
			// stay open": a second source, as a second cue is.
			if conj && d.punct(j-1, ",") && d.isWord(sub, "according") && d.isWord(sub+1, "to") {
				return j
			}
			described := conj && sub < s.last && d.toks[sub].lowerWord() &&
				(d.toks[sub].has(lxDet) && !d.isWord(sub, "that") || possessivePronoun(d.lower(sub)) || nominative(d.lower(sub)) || d.isWord(sub, "it") ||
					!d.isWord(j, "and") && !d.isWord(j, "but") && d.toks[sub].has(lxGroup))
			e := d.npForward(sub, s.last)
			// "..., while union officials said": an unnamed group's
			// plural as the head, after a comma and a conjunction.
			if conj && d.punct(j-1, ",") && e > sub && d.toks[sub].lowerWord() && d.toks[e-1].lowerWord() && d.toks[e-1].has(lxGroup) {
				described = true
			}
			// "..., while Norvan's defence ministry insisted that ...",
			// "..., but Kessel police said ...": a name, then a body's or
			// a role's lower-case noun as the head.
			if conj && d.punct(j-1, ",") && e > sub+1 && d.toks[sub].capWord() && d.toks[e-1].lowerWord() && d.toks[e-1].has(lxGenericOrg|lxRole) {
				described = true
			}
			// "... while project manager, Dee Ward, added that ...": a bare
			// role, then its holder's name set off by commas.
			if conj && e > sub && d.toks[e-1].lowerWord() && d.toks[e-1].has(lxRole) && d.punct(e, ",") && e+1 < s.last && d.chunkAt[e+1] >= 0 {
				described = true
			}
			if e > sub && (d.chunkAt[e-1] >= 0 || described) {
				n := d.skipAdverbs(d.appositionEnd(d.agentPhraseEnd(e, s.last), s.last, 8), s.last)
				participle := n+1 < s.last && (d.endsWith(n, "ing") || d.toks[n+1].lowerWord() && d.toks[n+1].has(lxPrep))
				// "..., and the head of the World Health Organization has
				// warned that ...": the subject's "of" phrase, then a
				// perfect's "has" before the speech verb, which no
				// participle of a noun phrase takes.
				// "..., while Idris Kell of the farmers' union said ...": a
				// name's "of" phrase after a comma and a conjunction, too.
				if d.isWord(n, "of") && d.toks[n].lowerWord() && (described || d.chunkAt[e-1] >= 0 && d.punct(j-1, ",")) {
					if e2 := d.npForward(n+1, s.last); e2 > n+1 {
						n = d.skipAdverbs(e2, s.last)
					}
				}
				if m := d.skipAdverbs(n+1, s.last); n < s.last && d.toks[n].lowerWord() && (d.isWord(n, "has") || d.isWord(n, "have")) &&
					m < s.last && d.toks[m].cv != 0 && d.toks[m].lowerWord() && !d.endsWith(m, "ing") && !d.passive(m, j) {
					n, participle = m, false
				}
				if n < s.last && d.toks[n].cv != 0 && d.toks[n].lowerWord() && !d.passive(n, j) && !d.presentPairAfterPast(k, j, n) && (d.chunkAt[e-1] >= 0 || !participle) {
					return j
				}
				// "said the plan was sound, but Tomas Brenn disagreed": a
				// named person's own verb after the comma is the
				// reporter's narrative, not the first speaker's words.
				if ci := d.chunkAt[e-1]; ci >= 0 && d.chunks[ci].kind == kPerson && d.punct(j-1, ",") && n < s.last && d.toks[n].lowerWord() &&
					(d.endsWith(n, "ed") || d.toks[n].has(lxVerb)) && !d.toks[n].has(lxAux) && !d.passive(n, j) {
					return j
				}
			}
		}
	}
	end := s.last
	for end > k && (d.toks[end-1].kind == tkPunct && d.str(end-1) != ")" && d.str(end-1) != "]" && d.str(end-1) != "%" ||
		d.punct(end-1, ")") && !d.opensIn(k, end-1, "(")) {
		// "(Quill later said he was the donor.)": a bracket the clause
		// did not open closes the sentence around it, not the clause.
		end--
	}
	return end
}

// absoluteCueAfter reports whether the conjunction at j joins a phrase
// of a speaker and a speech participle with "that" after it: "and the
// council firing back that", "and Tomas Brenn insisting that".
func (d *doc) absoluteCueAfter(j int, s sentence) bool {
	sub := j + 1
	e := d.npForward(sub, s.last)
	if e <= sub || d.chunkAt[e-1] < 0 && !d.toks[sub].has(lxDet) {
		return false
	}
	if e >= s.last || d.toks[e].cv == 0 || !d.toks[e].lowerWord() || !d.endsWith(e, "ing") {
		return false
	}
	m := e + 1
	if d.isWord(m, "back") || d.isWord(m, "out") {
		m++ // "firing back that", "pointing out that"
	}
	return m < s.last && d.isWord(m, "that") && d.toks[m].lowerWord()
}

// namingAfterNoun reports whether the participle at k names the noun
// before its comma ("a new fund, called Harbour First,", "a second
// study, dubbed STRIDE,"): a name given, not an inverted cue.
func (d *doc) namingAfterNoun(k int) bool {
	switch d.lower(k) {
	case "called", "dubbed", "named", "nicknamed", "titled":
	default:
		return false
	}
	return k >= 2 && d.punct(k-1, ",") && d.toks[k-2].lowerWord() && !d.toks[k-2].has(lxRole|lxTitle|lxGroup|lxPronoun) &&
		k+1 < len(d.toks) && d.toks[k+1].capWord() && !d.toks[k+1].has(lxTitle|lxRole) // a name, not "called the mayor"
}

// opensIn reports whether the punctuation mark open stands in [i, j).
func (d *doc) opensIn(i, j int, open string) bool {
	for k := i; k < j; k++ {
		if d.punct(k, open) {
			return true
		}
	}
	return false
}

// agentPhraseEnd returns the end of a participle and its agent after the
// subject ending at e ("but an internal audit seen by the Courier |
// found"), and e when none follows.
func (d *doc) agentPhraseEnd(e, last int) int {
	if e+1 < last && e > 0 && d.isWord(e, "by") && d.toks[e].lowerWord() && d.toks[e-1].lowerWord() && d.participle(e-1) && d.toks[e-1].cv == 0 {
		// "an internal audit seen | by the Courier": the phrase reader
		// took the participle into the noun phrase.
		if ne := d.npForward(e+1, last); ne > e+1 {
			return ne
		}
		return e
	}
	if e+2 >= last || !d.toks[e].lowerWord() || !d.participle(e) || d.toks[e].cv != 0 || !d.isWord(e+1, "by") {
		return e
	}
	if ne := d.npForward(e+2, last); ne > e+2 {
		return ne
	}
	return e
}

// appositionEnd returns the token after an apposition in commas that
// follows the subject ending at e and comes before a speech verb, and e
// otherwise: a name after a description ("but the owner, Stina Rapp,
// said", "but parents, led by Ivo Tamm, said": reach 8), or an office's
// full title after a name ("Ilse Varga, assistant director for
// construction of county transport and public works, explained": reach
// 14). reach is how many tokens after e the closing comma may stand.
func (d *doc) appositionEnd(e, last, reach int) int {
	if !d.punct(e, ",") {
		return e
	}
	for j := e + 1; j < last && j <= e+reach; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote || t.inQuote() || d.punct(j, ";") || d.punct(j, ":") {
			return e
		}
		if d.punct(j, ",") {
			n := d.skipAdverbs(j+1, last)
			if j > e+1 && n < last && d.toks[n].cv != 0 && d.toks[n].lowerWord() && !d.endsWith(n, "ing") {
				return j + 1
			}
			return e
		}
	}
	return e
}

// mainClauseAfter reports whether the comma at j ends the subordinate
// clause that opens sentence s and holds the reported clause starting at
// k, a subject and its verb following: "While Varga said the bridge was
// safe, Brek disagreed"; not an aside ("the bridge, which opened in
// 1990, would close").
func (d *doc) mainClauseAfter(j, k int, s sentence) bool {
	first := s.first
	if d.isWord(first, "but") || d.isWord(first, "and") || d.isWord(first, "yet") {
		first++ // "But as Brenn asked how ..., Varga explained"
	}
	if n := d.timeBeforeSubordinator(first, s); n > first {
		first = n // "A day after Brenn announced he was ill, Velto crushed estimates"
	}
	if first >= s.last || !d.opensSubordinate(first) || !d.toks[s.first].capWord() || d.commaIn(first, k) || j+1 >= s.last || d.toks[j+1].has(lxRelative) {
		return false
	}
	e := d.npForward(j+1, s.last)
	if e <= j+1 {
		return false
	}
	// "..., Ilse Varga, assistant director of the department, explained":
	// the subject's apposition before its speech verb.
	n := d.skipAdverbs(d.appositionEnd(e, s.last, 14), s.last)
	return n < s.last && d.toks[n].lowerWord() && (d.toks[n].has(lxVerb|lxAux) || d.toks[n].cv != 0 || d.endsWith(n, "ed")) && !d.endsWith(n, "ing")
}

// presentPairAfterPast reports whether the verb at n after the "and" at j
// goes on with the clause reported from k, not with the cue before it:
// the cue is in the past ("said") and the clause already has a verb in
// the present in "-s" that n, in "-s" too, pairs with ("said the turnout
// vindicates his party and shows that ..."). "said the plan was fair and
// urged ..." joins the cue's own subject's second verb.
func (d *doc) presentPairAfterPast(k, j, n int) bool {
	v := k - 1
	if v > 0 && d.isWord(v, "that") {
		v--
	}
	if v < 0 || d.toks[v].cv == 0 || !(d.endsWith(v, "ed") || d.isWord(v, "said") || d.isWord(v, "told")) {
		return false
	}
	if !d.endsWith(n, "s") || d.endsWith(n, "ss") {
		return false
	}
	for m := k + 1; m < j && m < k+16; m++ {
		// A verb the lexicon knows, or a word in "-s" with its object's
		// determiner after it ("vindicates his party").
		if t := &d.toks[m]; t.lowerWord() && !t.has(lxAux) && d.endsWith(m, "s") && !d.endsWith(m, "ss") &&
			(t.has(lxVerb) || m+1 < j && d.toks[m+1].lowerWord() && (d.toks[m+1].has(lxDet) || possessivePronoun(d.lower(m+1)))) &&
			d.toks[m-1].kind == tkWord && !d.toks[m-1].has(lxDet|lxPrep|lxFunc) {
			return true
		}
	}
	return false
}

// timeBeforeSubordinator returns the "after", "before" or "since" that a
// measure of time opening the sentence at first leads into ("A day after",
// "Two weeks before", "Hours after"), or -1.
func (d *doc) timeBeforeSubordinator(first int, s sentence) int {
	k := first
	if k < s.last && (d.toks[k].kind == tkNum || numberWord(d.lower(k)) > 0 || d.isWord(k, "a") || d.isWord(k, "an") || d.isWord(k, "just") || d.isWord(k, "only")) {
		k++
	}
	if k+1 >= s.last || d.toks[k].kind != tkWord {
		return -1
	}
	switch d.lower(k) {
	case "day", "days", "week", "weeks", "hour", "hours", "month", "months", "year", "years", "minute", "minutes", "moment", "moments":
	default:
		return -1
	}
	if d.isWord(k+1, "after") || d.isWord(k+1, "before") || d.isWord(k+1, "since") {
		return k + 1
	}
	return -1
}

// judgedAside reports whether a noun phrase that sums up the clause before
// and someone else's verb on it start at token k, after a comma: ", a
// claim Tomas Brenn disputed", ", something the council denies", ", a
// charge that the company said was false". It is the reporter's, not the
// first speaker's.
func (d *doc) judgedAside(k int, s sentence) bool {
	j := k
	switch {
	case d.isWord(j, "something") && d.toks[j].lowerWord():
		j++
	case (d.isWord(j, "a") || d.isWord(j, "an")) && d.toks[j].lowerWord() && j+1 < s.last && (contentNouns[d.lower(j+1)] || judgedNouns[d.lower(j+1)]):
		j += 2
	default:
		return false
	}
	if d.isWord(j, "that") || d.isWord(j, "which") {
		j++
	}
	if d.toks[j].lowerWord() && (d.isWord(j, "other") || d.isWord(j, "many") || d.isWord(j, "some") || d.isWord(j, "most") || d.isWord(j, "several")) {
		j++ // ", a claim other astronomers have questioned"
	}
	e := d.npForward(j, s.last)
	if e-1 > j && d.toks[e-1].lowerWord() && d.toks[e-1].cv != 0 && !d.endsWith(e-1, "ing") && (e >= s.last || d.toks[e].kind == tkPunct) {
		return true // ", a claim that engineers dispute.": the phrase reader took the verb for a noun
	}
	if e <= j {
		return false
	}
	n := d.skipAdverbs(e, s.last)
	if n+1 < s.last && d.toks[n].lowerWord() && (d.isWord(n, "have") || d.isWord(n, "has") || d.isWord(n, "had")) && d.toks[n+1].lowerWord() &&
		(d.endsWith(n+1, "ed") || d.toks[n+1].cv != 0) {
		return true // ", a claim other astronomers have questioned"
	}
	if d.chunkAt[e-1] < 0 && !(d.toks[j].lowerWord() && d.toks[j].has(lxDet)) {
		return false
	}
	return n < s.last && d.toks[n].lowerWord() && !d.toks[n].has(lxAux) && (d.toks[n].cv != 0 || d.endsWith(n, "ed") || d.toks[n].has(lxVerb))
}

// judgedNouns sum up a clause that someone else then judges, beside the
// nouns for words said: ", a view the engineers have disputed".
var judgedNouns = map[string]bool{
	"view": true, "position": true, "figure": true, "estimate": true, "assessment": true, "finding": true,
	"conclusion": true, "argument": true, "account": true, "version": true, "statement": true, "point": true,
}

// attributionFollows reports whether an attribution of the clause before
// starts at token k, just after a comma: "as reported by", "according to",
// a participle of speech ("adding that"), or a subject and speech verb.
func (d *doc) attributionFollows(k int, s sentence) bool {
	if k >= s.last {
		return false
	}
	t := &d.toks[k]
	if t.lowerWord() && ingAdjective(d.lower(k)) {
		return false // ", ongoing pressures on wards would remain": an adjective, then its noun, no speaker and cue
	}
	switch {
	case d.isWord(k, "as") && (d.isWord(k+1, "reported") || d.isWord(k+2, "reported")):
		return true
	case d.isWord(k, "according") && d.isWord(k+1, "to"):
		return true
	case t.cv != 0 && t.lowerWord() && strings.HasSuffix(d.lower(k), "ing") && !ingAdjective(d.lower(k)) && d.phrasalComplete(k):
		// ", saying ...", ", pointing out ..."; not ", making open
		// borders key ...", ", pushing prices up": a phrasal cue's verb
		// without its particle is an ordinary participle.
		return true
	case (d.isWord(k, "before") || d.isWord(k, "then")) && t.lowerWord() && k+1 < s.last && d.toks[k+1].cv != 0 && d.toks[k+1].lowerWord() &&
		(strings.HasSuffix(d.lower(k+1), "ing") && d.phrasalComplete(k+1) || d.isWord(k, "then") && !strings.HasSuffix(d.lower(k+1), "ing")):
		// ", before adding that ...", ", then added that ...": a verb
		// of speech after a word of sequence goes on with the speaker's
		// next point, not with the clause.
		return true
	case (d.isWord(k, "and") || d.isWord(k, "but")) && k+1 < s.last && d.toks[d.skipAdverbs(k+1, s.last)].cv != 0:
		return true
	}
	titled := k+2 < s.last && d.isWord(k+1, "the") && d.chunkAt[k+2] >= 0 // ", reported The Brisk Gazette."
	if t.cv != 0 && t.lowerWord() && !strings.HasSuffix(d.lower(k), "ing") && k+1 < s.last && (d.chunkAt[k+1] >= 0 || d.toks[k+1].lowerWord() && d.toks[k+1].has(lxDet) || titled) &&
		!d.namingAfterNoun(k) {
		// ", said Tomas Brenn, who led it", ", said the mayor.": an
		// inverted cue with its speaker after it; a paper's title keeps
		// its capital "The".
		if end := d.npForward(k+1, s.last); end > k+1 && (d.chunkAt[end-1] >= 0 || d.toks[end-1].has(lxRole|lxGroup|lxGenericOrg)) &&
			(end >= s.last || d.punct(end, ",") || d.sentenceEnd(end, s) || d.chunkAt[end-1] >= 0 && d.closingModifier(end, s)) {
			return true // ", stated Prime Minister Ilse Varo in an interview on Monday."
		}
	}
	if t.lowerWord() && apposingAdverb(d.lower(k)) {
		return false // ", largely game shows, will ...": an apposition that narrows the noun, not a speaker and a cue
	}
	// ", she said", ", the commission said"
	end := d.npForward(k, s.last)
	if end > k && end < s.last {
		n := d.skipAdverbs(end, s.last)
		if n < s.last && d.toks[n].cv != 0 && (n+1 >= s.last || d.toks[n+1].kind == tkPunct || d.sentenceEnd(n+1, s) || d.toks[n+1].lowerWord() && d.toks[n+1].has(lxPrep|lxAdverb|lxTime)) {
			return true
		}
	}
	return false
}

// settingParticiple reports whether token k, after a comma, opens a
// participle phrase that tells how or where the speaker spoke, or on what
// they relied, rather than going on with what they said: "said the bridge
// was safe, speaking to reporters in Ostby", "..., speaking on condition of
// anonymity", "..., citing an engineers' report".
func (d *doc) settingParticiple(k int) bool {
	if k >= len(d.toks) || !d.toks[k].lowerWord() {
		return false
	}
	switch d.lower(k) {
	case "speaking", "talking", "citing", "addressing", "responding", "reacting", "referring":
		return true
	}
	return false
}

// pastCueAfter reports whether a named or definite speaker and a past-tense
// speech verb follow the conjunction at j: "... and the White House claimed
// it did not ...".
func (d *doc) pastCueAfter(j int, s sentence) bool {
	e := d.npForward(j+1, s.last)
	if e <= j+1 || e >= s.last || d.chunkAt[e-1] < 0 {
		return false
	}
	if d.chunkAt[e-1] >= 0 && (d.isWord(e, "has") || d.isWord(e, "have") || d.isWord(e, "had")) {
		// "... and Lord Fenwick has reportedly said privately that":
		// a named speaker's perfect, its adverbs skipped.
		n := d.skipAdverbs(e+1, s.last)
		return n < s.last && d.toks[n].cv != 0 && d.toks[n].lowerWord() &&
			(d.endsWith(n, "ed") || d.isWord(n, "said") || d.isWord(n, "told") || d.isWord(n, "written"))
	}
	return d.toks[e].cv != 0 && d.toks[e].lowerWord() && (d.endsWith(e, "ed") || d.isWord(e, "said") || d.isWord(e, "told") || d.isWord(e, "wrote"))
}

// describedCueAfter reports whether a described or named subject and its
// finite speech verb follow "but" at j: "but the county engineer says",
// "but critics say", "but her rival argued", "— but later analysis showed".
// A noun with a verb of its own
// ("but the repairs took longer") or a participle after it ("but the
// report published in May was wrong") goes on with the first report.
func (d *doc) describedCueAfter(j int, s sentence) bool {
	sub := j + 1
	if sub >= s.last || d.isWord(sub, "that") {
		return false
	}
	t := &d.toks[sub]
	described := d.descriptionOpensAt(sub)
	e := d.npForward(sub, s.last)
	if e <= sub {
		return false
	}
	if !described && !(t.lowerWord() && (d.toks[e-1].has(lxGroup) || d.toks[e-1].lowerWord() && d.toks[e-1].has(lxDoc)) || d.chunkAt[e-1] >= 0) {
		return false
	}
	n := d.skipAdverbs(e, s.last)
	if n >= s.last || d.toks[n].cv == 0 || !d.toks[n].lowerWord() || d.endsWith(n, "ing") || d.passive(n, j) || !d.phrasalComplete(n) {
		return false
	}
	return d.endsWith(n, "ed") || finiteSpeechForm(d.lower(n))
}

// finiteSpeechForm reports whether w is a finite form of a speech verb
// not in "-ed" that a described subject takes after "but": "says",
// "said", "argue", "counters"; the base form is a plural subject's
// ("but critics say").
func finiteSpeechForm(w string) bool {
	switch w {
	case "said", "told", "wrote", "says", "say", "argues", "argue", "insists", "insist", "claims", "claim",
		"disagrees", "disagree", "warns", "warn", "tells", "maintains", "maintain", "contends", "contend", "counters", "counter":
		return true
	}
	return false
}

// namedCueClause reports whether a new main clause with a named speaker
// and a speech verb starts at token k: "While all agreed that ..., artist
// Leisha Riddell emphasized the need for boundaries".
func (d *doc) namedCueClause(k int, s sentence) bool {
	e := d.npForward(k, s.last)
	if e <= k || e+1 >= s.last || d.chunkAt[e-1] < 0 {
		return false
	}
	n := d.skipAdverbs(e, s.last)
	// "..., Ms. Karsk made an effort": a phrasal cue's form without its
	// particle ("made" with no "clear") is the clause's own verb.
	return n+1 < s.last && d.toks[n].cv != 0 && d.toks[n].lowerWord() && !d.endsWith(n, "ing") && d.toks[n+1].kind == tkWord && d.phrasalComplete(n)
}

// contrastCueClause reports whether a new main clause with its own subject
// and speech verb starts at token k after "however": "Tarvik denied the
// claims, however, a UN report eventually concluded ...". What follows is
// another source's report, not the first one's.
func (d *doc) contrastCueClause(k int, s sentence) bool {
	if !d.isWord(k, "however") || !d.toks[k].lowerWord() {
		return false
	}
	k++
	if d.punct(k, ",") {
		k++
	}
	e := d.npForward(k, s.last)
	if e <= k || e+1 >= s.last {
		return false
	}
	if (d.isWord(e, "from") || d.isWord(e, "at") || d.isWord(e, "of")) && d.toks[e].lowerWord() {
		e = d.npForward(e+1, s.last) // "engineers from Osk warned"
	}
	n := d.skipAdverbs(e, s.last)
	return n+1 < s.last && d.toks[n].cv != 0 && d.toks[n].lowerWord() && !d.endsWith(n, "ing")
}

// relativeCue reports whether a relative clause with its own speech verb
// starts at token k: "..., which he said would allow him to ...". A
// clause about a person ("his coach, who he said had ...") stays whole.
func (d *doc) relativeCue(k int, s sentence) bool {
	if !d.isWord(k, "which") || !d.toks[k].lowerWord() {
		return false
	}
	e := d.npForward(k+1, s.last)
	if e <= k+1 {
		return false
	}
	n := d.skipAdverbs(e, s.last)
	if n >= s.last || d.toks[n].cv == 0 || !d.toks[n].lowerWord() {
		return false
	}
	// "said the bridge, which she said was built in 1904, was safe": the
	// relative clause closes and the reported clause goes on with its verb.
	for j := n + 1; j+1 < s.last; j++ {
		if d.toks[j].kind == tkQuote && d.toks[j].is(fCloseMark) && d.punct(j-1, ",") {
			// "which he described as “reckless,” would fail": the comma
			// inside the marks closes the relative clause.
			if t := &d.toks[j+1]; t.lowerWord() && t.has(lxAux) && !d.isWord(j+1, "to") {
				return false
			}
			break
		}
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
			continue // "which he described as “reckless”, would fail"
		}
		if d.punct(j, ",") {
			if t := &d.toks[j+1]; t.lowerWord() && t.has(lxAux) && !d.isWord(j+1, "to") {
				return false
			}
			break
		}
	}
	return true
}

func (d *doc) skipAdverbs(k, last int) int {
	for k < last && d.toks[k].lowerWord() && d.toks[k].has(lxAdverb) {
		k++
	}
	return k
}

// meaningForms are the forms of "mean", which like a speech verb before
// an aside takes the "that" after it: "meaning, Harrow said, that".
var meaningForms = map[string]bool{"mean": true, "means": true, "meant": true, "meaning": true}

// complementBefore takes the clause before the cue as what it reports, as
// in "Turnout was 68 per cent, the commission said" or "..., according to
// the ministry." A cue in the middle of its sentence ("Callow, he noted,
// was ...") reports the part after it.
func (d *doc) complementBefore(c *cue, s sentence) {
	if c.subjFirst == c.verb && !c.inverted && c.lemma != "according to" && d.endsWith(c.verb, "ing") && d.punct(c.verb-1, ",") {
		// "Mayor Ilse Varga, tweeting on Tuesday, had not yet heard":
		// a participle set off after its subject reports nothing around it.
		return
	}
	left := c.subjFirst
	if c.inverted || c.lemma == "according to" {
		left = c.verb
	}
	if !c.inverted && c.verb-1 > s.first && d.isWord(c.verb-1, "as") && d.citedAs(c.verb-1, s) == c.subjFirst {
		// "The lakes are shrinking, the report quoted Ilse Varga, its
		// author, as saying.": the one quoted is the subject, but the
		// clause before ends at the comma before the one quoting.
		for k := c.subjFirst - 1; k > s.first && k > c.subjFirst-8; k-- {
			if d.punct(k-1, ",") {
				left = k
				break
			}
		}
	}
	if !c.inverted && c.ent >= 0 && left-2 > s.first && d.isWord(left-1, "as") && d.toks[left-1].lowerWord() && d.punct(left-2, ",") {
		// "The bridge is old, as Ilse Varga noted": the aside credits the
		// clause to a named speaker; "as news sources noted" to nobody.
		left--
	}
	if !c.inverted && c.lemma != "according to" && c.ent < 0 && left-3 > s.first && d.groupNounAt(left) && d.isWord(left-1, "and") && d.toks[left-1].lowerWord() && d.groupNounAt(left-2) {
		// "..., some educators and researchers say": two unnamed groups
		// joined are the subject; the comma before them hands over.
		left -= 2
		if d.toks[left-1].lowerWord() && clauseQuantifier(d.lower(left-1)) {
			left--
		}
		// "..., Orvane Space Agency scientists and engineers said": the
		// body's name or a noun before the groups is theirs.
		m := left
		for n := 0; n < 5 && m-1 > s.first && !d.punct(m-1, ",") && d.toks[m-1].kind == tkWord && !d.toks[m-1].inQuote() &&
			(d.toks[m-1].capWord() || !d.toks[m-1].has(lxDet|lxPrep|lxAux|lxVerb|lxFunc|lxPronoun|lxAdverb) && d.toks[m-1].cv == 0); n++ {
			m--
		}
		if m < left && d.punct(m-1, ",") {
			left = m
		}
	}
	if !c.inverted && c.lemma != "according to" && c.ent < 0 && left-3 > s.first && d.isWord(left-1, "and") && d.toks[left-1].lowerWord() &&
		d.toks[c.verb-1].lowerWord() && (d.toks[c.verb-1].has(lxDoc) || d.groupNounAt(c.verb-1)) && d.witnessNounAt(left-2) {
		// "..., witnesses and news reports said", "..., a witness and
		// media reports said": a witness joined to the reports, the
		// comma before them handing over.
		left -= 2
		if d.isWord(left-1, "a") || d.isWord(left-1, "an") {
			left--
		}
	}
	if !c.inverted && c.lemma != "according to" && c.ent >= 0 {
		if m := d.titleSetOffBefore(left, s); m > 0 {
			left = m // "..., the Minister of Water, Ruth Adewale said": the speaker's title is no part of the clause
		}
	}
	noComma := c.lemma == "according to" && left-1 > s.first &&
		(d.toks[left-1].kind == tkWord || d.toks[left-1].kind == tkNum || d.punct(left-1, "%") || d.punct(left-1, ")"))
	// `The delay "has cost us a season," Orlan told the station.`: the
	// handing-over comma sits inside the marks.
	markComma := left-2 > s.first && d.toks[left-1].is(fCloseMark) && d.punct(left-2, ",")
	// "The ferry — Brenn said — would resume in May": a cue between
	// dashes splits the clause as one between commas does.
	dashed := left-1 > s.first && d.isDash(left-1) && d.isDash(d.skipForwardAdverbials(c.after, s.last))
	if left-1 <= s.first || !d.punct(left-1, ",") && !noComma && !markComma && !dashed {
		return
	}
	if !c.inverted && c.lemma != "according to" && c.ent >= 0 && !noComma && !markComma && !dashed && d.titleBeforeComma(left-1, s) &&
		!d.punct(d.skipForwardAdverbials(c.after, s.last), ",") {
		// "Most homes were destroyed, and local official, Mira Holt said:
		// ...": the description before the comma is the speaker's title,
		// and the clause it ends reports nothing of hers.
		return
	}
	if noComma || markComma {
		left++ // the clause runs to the cue
	}
	start := s.first
	for k := len(d.cues) - 1; k >= 0 && d.cues[k].verb >= s.first; k-- {
		// Only a cue that reported something ends the clause before:
		// "Quillon has agreed to pay ..., the regulator announced". One
		// in the speaker's own aside does not ("..., the source, who said
		// he had spoken to people inside, told Reuters").
		if o := &d.cues[k]; o.verb < c.verb && o.verb < left && !o.skip && (len(o.comps) > 0 || o.quote >= 0) {
			if c.ent >= 0 && o.ent < 0 && o.quote < 0 && o.subjFirst < o.verb && (d.isWord(o.subjFirst, "i") || d.isWord(o.subjFirst, "we")) && o.subjFirst+1 == o.verb {
				// "In the talks, I stressed our resolve to end the war,
				// Abelard added": the speaker's own "I" is inside what the
				// named cue reports, not a speaker of its own.
				o.skip, o.comps = true, nil
				continue
			}
			if c.ent >= 0 && o.thing && o.ent < 0 && o.subjFirst == s.first && len(o.comps) > 0 && o.comps[len(o.comps)-1][1] >= left-2 {
				// "The findings suggest that the reef can recover, Quell
				// said": the finding opening the sentence is what the
				// named speaker reports.
				o.ent, o.co, o.thing = c.ent, c.co, false
				o.comps = [][2]int{{s.first, o.comps[len(o.comps)-1][1]}}
				return
			}
			if c.ent >= 0 && o.thing && o.ent < 0 && d.endsWith(o.verb, "ing") && o.subjFirst > s.first && o.subjFirst < o.verb &&
				len(o.comps) > 0 && o.comps[len(o.comps)-1][1] >= left-2 {
				// "Russia rejects the statements saying that Moscow uses
				// gas as a weapon, Kremlin spokesman Dmitry Peskov told
				// reporters": the claims rejected are inside what the
				// named speaker says, all of it his.
				o.skip, o.comps = true, nil
				continue
			}
			if c.ent >= 0 && o.ent < 0 && (o.quote < 0 || d.quotes[o.quote].close < left) && d.endsWith(o.verb, "ing") && o.subjFirst == o.verb && o.verb-1 > s.first && d.punct(o.verb-1, ",") &&
				len(o.comps) > 0 && o.comps[len(o.comps)-1][1] >= left-2 && d.finiteVerbIn(s.first, o.verb-1) {
				// "October's figure was the first negative reading,
				// indicating that growth was “grinding to a halt,” RICS
				// said": a participle with no subject of its own, after
				// the clause the trailing cue reports, goes on with the
				// speaker's words.
				o.skip, o.comps = true, nil
				continue
			}
			if start == s.first && d.subordinateReport(o, c, left, s) {
				// "Park officials put the bear down after DNA tests
				// confirmed it killed a hiker, a park spokeswoman said": a
				// report inside a clause of time or cause in what the
				// trailing cue reports is part of the speaker's words.
				o.skip, o.comps = true, nil
				continue
			}
			if start == s.first && d.innerReport(o, c, left, s, false) {
				// "Norland declared a state of emergency on Sunday, Defense
				// Minister Arno Vell said": the sentence's own subject and
				// verb are what the trailing cue's speaker reports, not a
				// report of the subject's; the whole clause is the
				// speaker's, as the annotation rules give it.
				o.skip, o.comps = true, nil
				continue
			}
			start = max(start, o.after)
			for _, cp := range o.comps {
				if cp[1] <= left && cp[1] > start {
					start = cp[1] + 1
				}
			}
		}
	}
	participle := false
	if noComma {
		// "The storm hit Tarvik, killing 20 according to officials": what
		// the officials say is the participle clause, not the landfall.
		for k := left - 2; k > start; k-- {
			if d.punct(k, ",") {
				if d.toks[k+1].lowerWord() && d.endsWith(k+1, "ing") {
					start, participle = k+1, true
				}
				break
			}
		}
	}
	for start < left-1 && d.toks[start].kind == tkPunct {
		start++
	}
	if start+3 < left-1 && d.isWord(start, "by") && d.toks[start].capWord() && d.chunkAt[start+1] >= 0 {
		// "***By Aaron Humes***: The Americas cannot ..., warns ...": a
		// byline run into the lead is no part of what is reported.
		if j := d.chunks[d.chunkAt[start+1]].last; j < left-1 && d.punct(j, ":") {
			start = j + 1
		}
	}
	end := left - 1
	if after := d.skipForwardAdverbials(c.after, s.last); !noComma && !c.inverted && d.punct(after, ",") && d.isWord(after+1, "that") && d.toks[after+1].lowerWord() && after+2 < s.last &&
		!d.toks[after+2].has(lxAux) && !d.sentenceEnd(after+2, s) && d.clauseLike(after+2, s) &&
		end-1 > s.first && d.toks[end-1].lowerWord() && (d.toks[end-1].cv != 0 || meaningForms[d.lower(end-1)]) {
		// "The data suggest, Harrow noted, that the outbreak may ...": a
		// "that" after the cue opens the clause the words before it
		// announce, and that clause is what is reported. Only when a verb
		// that takes it ends the words before ("suggest", "meaning"): not
		// a cleft's "It was the plan, she said, that saved the town", nor
		// "Her father used to tell her, she says, that ...".
		e := s.last
		for e > after+2 && d.toks[e-1].kind == tkPunct && d.str(e-1) != ")" && d.str(e-1) != "%" {
			e--
		}
		c.before = true
		c.comps = append(c.comps, [2]int{after + 2, e})
		return
	}
	if start >= end {
		return
	}
	// A quotation followed by the cue is a direct quotation, handled by
	// attachment; only a clause is reported speech here.
	if d.toks[start].kind == tkQuote && d.toks[end-1].kind == tkQuote && !d.phrasesOpenAndCloseClause(start, end) {
		return
	}
	if end-1 >= start && d.toks[end-1].kind == tkQuote {
		if q := d.markQuote(end - 1); q >= 0 && (d.quotes[q].open == start || d.cueBeforeColon(s.first, start, d.quotes[q].open-1, c)) {
			// "Brenn posted on Facebook: “...,” he wrote": a cue and its
			// colon hand over to the quotation, and the cue after it adds
			// no clause.
			return
		}
	}
	after := d.skipForwardAdverbials(c.after, s.last)
	if c.receiver && !d.punct(after, ",") {
		// "The ferry, Brenn told reporters on Monday, would ...": the
		// hearer comes between the cue and the comma.
		// Not "Crane, a lawyer who advised the union, cautioned that":
		// a relative clause's verb, and a cue after the comma.
		if r := d.skipReceiver(c.after, s); r > c.after && !d.isWord(c.verb-1, "who") {
			if n := d.skipForwardAdverbials(r, s.last); d.punct(n, ",") && n+1 < s.last && d.toks[n+1].cv == 0 {
				after = n
			}
		}
	}
	words := 0
	for j := start; j < end; j++ {
		if d.toks[j].kind == tkWord {
			words++
		}
	}
	// "The results suggest, Quell said, that the ice is thinning": the cue
	// splits a verb from its "that" clause, which is what it reports.
	thatAfter := !noComma && d.punct(after, ",") && d.isWord(after+1, "that") && d.toks[after+1].lowerWord() && after+2 < s.last &&
		!d.sentenceEnd(after+2, s) && d.finiteVerbIn(start, end) && d.clauseOnlyVerbAt(end-1)
	quoteOn := c.quote >= 0 && after+1 < s.last && d.toks[after+1].kind == tkQuote && d.toks[after+1].is(fOpenMark)
	if !noComma && !quoteOn && after == c.after && d.punct(after, ",") && end-start >= 4 && d.finiteVerbIn(start, end) && d.consequenceAfterCue(after+1, s) {
		// "Changes had been made to the product, he says, making it less
		// an offender than was portrayed": a participle of consequence
		// after a bare cue goes on with what was said.
		c.before = true
		c.comps = append(c.comps, [2]int{start, end}, [2]int{after + 1, d.trimEnd(after+2, s.last)})
		return
	}
	if !noComma && !quoteOn && (d.punct(after, ",") || dashed && d.isDash(after)) && !d.attributionFollows(after+1, s) && after+1 < s.last && !d.sentenceEnd(after+1, s) &&
		!(d.toks[after+1].lowerWord() && d.endsWith(after+1, "ing") && !d.gerundSubject(after+1, s) || d.relativeAt(after+1) && !thatAfter ||
			d.trailingApposition(after+1, s)) {
		// Parenthetical: "Callow, he noted, was “a two-hour drive”." The
		// cue splits the clause: when only its subject comes before, what
		// it reports is the part after it, as the annotation rules have
		// it; a whole clause before ("The plant will close, the company
		// said, citing costs") leaves the whole sentence.
		// "The bridge will, Varga said, stay shut": an auxiliary before
		// the cue leaves the clause unfinished there, so it splits too.
		// "What worried residents, Brenn said, was the noise": a verb
		// with no subject after the cue has its subject before it.
		// "The findings give new insight into sleep, say the researchers,
		// and they ...", "That's good, says Dr Lena Forst, as long as
		// ...": a conjunction or a subordinate clause after the cue joins
		// a whole clause before it, however unknown its verb; a subject
		// alone cannot be joined so.
		joined := end-start >= 4 && (d.conjunctionAfterCue(after+1) || d.opensSubordinate(after+1) && !d.isWord(after+1, "as") ||
			d.isWord(after+1, "as") && d.isWord(after+2, "long") && d.isWord(after+3, "as"))
		split := thatAfter || !joined && !d.clauseLike(start, sentence{first: start, last: end, para: s.para}) && !d.finiteVerbIn(start, end) ||
			d.toks[after+1].lowerWord() && d.toks[after+1].has(lxAux) && !d.isWord(after+1, "to") ||
			d.prepPhrase(start, end) ||
			end-1 > start && d.toks[end-1].lowerWord() && d.toks[end-1].has(lxAux) && !d.isWord(end-1, "to") ||
			end-2 > start && d.toks[end-1].lowerWord() && d.toks[end-1].has(lxNeg) && d.toks[end-2].has(lxAux) || // "would not, she said,"
			// "That was compounded, he said, by softness in Asia": a
			// passive's agent after the cue finishes the clause the cue split.
			end-2 > start && d.isWord(after+1, "by") && d.toks[after+1].lowerWord() && d.toks[end-1].lowerWord() && d.participle(end-1) &&
				d.toks[end-2].lowerWord() && d.toks[end-2].has(lxAux)
		if split {
			start = after + 1
			if thatAfter {
				start++
			}
		}
		// "Forty people died, officials said on Sunday, as rescuers
		// searched for the missing": a clause of time or a phrase after
		// the cue sets the scene of the report; the words reported are
		// those before it.
		if !split && d.conjunctionAfterCue(after+1) && after+2 < s.last && d.ownReportAfter(after+2, s) {
			// "That annoyed Rep. Marlow, aides said, and the congressman
			// snapped back that ...": the joined clause is a report of its
			// own, its subject's; the cue's words are those before it.
			c.before = true
			c.comps = append(c.comps, [2]int{start, end})
			return
		}
		if !split && d.conjunctionAfterCue(after+1) && after+2 < s.last && d.clauseLike(after+2, s) {
			// "The jet was not airworthy, investigators said, and should
			// not have taken off": the clause before the cue and the one
			// the conjunction joins after it, never the cue itself.
			e2 := s.last
			for e2 > after+2 && d.toks[e2-1].kind == tkPunct && d.str(e2-1) != ")" && d.str(e2-1) != "%" {
				e2--
			}
			c.before = true
			c.comps = append(c.comps, [2]int{start, end}, [2]int{after + 2, e2})
			return
		}
		if !split && after == c.after && d.reportedTailAfterCue(after+1, s) {
			// "The shares fell, traders said, because many of the banks
			// have bad loans", "..., he says, making it less an offender
			// than was portrayed": a reason, a concession or a
			// consequence after a bare cue goes on with what was said;
			// the cue is no part of either clause.
			c.before = true
			c.comps = append(c.comps, [2]int{start, end}, [2]int{after + 1, d.trimEnd(after+2, s.last)})
			return
		}
		if split || !d.sceneAfterCue(after+1) {
			end = s.last
			for j := after + 2; j < end; j++ {
				if d.toks[j].kind == tkQuote && d.punct(j-1, ",") && d.quotationWithOwnCue(j) {
					// "To alleviate the threat, the officials said, the
					// utility switched its covers, “so they cannot
					// ignite,” Mr. McHugh said.": a quotation with a cue
					// of its own ends the clause after the cue.
					end = j - 1
					break
				}
			}
			for end > start && d.toks[end-1].kind == tkPunct && d.str(end-1) != ")" && d.str(end-1) != "%" {
				end--
			}
		}
		if split {
			if end > start {
				c.before = true
				c.comps = append(c.comps, [2]int{start, end})
			}
			return
		}
	}
	if !d.clauseLike(start, sentence{first: start, last: end, para: s.para}) && (words < 4 || c.lemma != "according to" && d.sceneSetting(start, end)) && !participle {
		// "Frightened but remaining calm, he alerted his superiors",
		// "Late in the evening, she told reporters": a phrase that sets the
		// scene, with no verb of its own, is no one's words.
		return
	}
	if d.toks[start].kind == tkWord && d.opensSubordinate(start) && !d.commaIn(start+1, end) && d.auxGroups(start, end) < 2 && !d.pronounMainClause(start+2, end) &&
		!d.phraseThenThereIs(start, end) {
		// "After the bridge was shut, residents complained.": a clause of
		// time or cause that sets the scene is no words of the speaker's.
		return
	}
	c.before = true
	c.comps = append(c.comps, [2]int{start, end})
}

// phraseThenThereIs reports whether the words after the subordinator at
// start are a noun phrase, then "there" and a form of "be": "After every
// earthquake there is a 5% chance of something bigger": a phrase of time
// and a main clause, not a clause of time alone.
func (d *doc) phraseThenThereIs(start, end int) bool {
	e := d.npForward(start+1, end)
	return e > start+1 && e+1 < end && d.isWord(e, "there") && d.toks[e].lowerWord() && d.toks[e+1].lowerWord() && d.toks[e+1].has(lxAux)
}

// phrasesOpenAndCloseClause reports whether tokens [start, end), opening
// and ending with quotation marks, are a clause that opens with one quoted
// phrase and ends with another ("“Proper” repairs were needed to avoid
// “another winter”, Quell warned"): two quotations, the first no sentence
// of its own, and words of the writer's between them with no cue. Two
// quotations joined by a comma or "and" alone are direct quotes.
func (d *doc) phrasesOpenAndCloseClause(start, end int) bool {
	qa, qb := d.markQuote(start), d.markQuote(end-1)
	if qa < 0 || qb <= qa || d.quotes[qa].close < 0 || d.endsWithStop(qa) || d.punct(d.quotes[qa].close-1, ",") {
		return false
	}
	words := 0
	for k := d.quotes[qa].close + 1; k < d.quotes[qb].open; k++ {
		t := &d.toks[k]
		if t.cv != 0 || t.kind == tkQuote || t.inQuote() {
			return false
		}
		if t.kind == tkWord && !d.isWord(k, "and") && !d.isWord(k, "but") && !d.isWord(k, "or") {
			words++
		}
	}
	return words >= 2
}

// clauseOnlyVerbAt reports whether token k is a verb that wants a "that"
// clause and has none before the cue: "The results suggest, Quell said,
// that ..." ends on "suggest", where "The bridge will close, the council
// said, that much is clear" ends on a verb with no clause to take.
func (d *doc) clauseOnlyVerbAt(k int) bool {
	t := &d.toks[k]
	if !t.lowerWord() || t.cv == 0 {
		return false
	}
	switch cueVerbs[t.cv-1].class {
	case cueThat, cueSay:
		return true
	}
	return false
}

// conjunctionAfterCue reports whether token k, after a closing cue and
// its comma, joins a clause of its own: "The plan had failed, Quell
// conceded, but a new one would be ready by June". The report is the
// clause before the cue; the cue is never part of it.
func (d *doc) conjunctionAfterCue(k int) bool {
	return k < len(d.toks) && d.toks[k].lowerWord() && (d.isWord(k, "but") || d.isWord(k, "and") || d.isWord(k, "yet"))
}

// ownReportAfter reports whether token k opens a clause whose subject, a
// noun phrase, is followed by a speech verb of its own: "the congressman
// snapped back that ...", not "should not have taken off".
func (d *doc) ownReportAfter(k int, s sentence) bool {
	n := d.npForward(k, s.last)
	if n <= k || n >= s.last {
		return false
	}
	n = d.skipAdverbs(n, s.last)
	return n < s.last && d.toks[n].lowerWord() && d.toks[n].cv != 0 && !d.endsWith(n, "ing") && !d.toks[n].inQuote()
}

// sceneAfterCue reports whether token k, after a closing cue and its
// comma, opens a clause of time or cause or a prepositional phrase.
func (d *doc) sceneAfterCue(k int) bool {
	if k >= len(d.toks) || !d.toks[k].lowerWord() {
		return false
	}
	w := d.lower(k)
	return openingSubordinator(w) && w != "if" && w != "unless" || d.toks[k].has(lxPrep) && w != "of" && w != "to"
}

// prepPhrase reports whether tokens [start, end) are a phrase opened by a
// preposition with no auxiliary, which no clause can be: "In the long run,
// Varga said, the bridge ...".
func (d *doc) prepPhrase(start, end int) bool {
	if d.toks[start].kind != tkWord || !d.toks[start].has(lxPrep) || d.isWord(start, "to") || d.toks[start].has(lxDet) {
		return false
	}
	for j := start + 1; j < end; j++ {
		if t := &d.toks[j]; t.kind == tkQuote || t.lowerWord() && t.has(lxAux|lxRelative) || d.punct(j, ",") {
			return false
		}
		if t := &d.toks[j]; t.lowerWord() && (nominative(d.lower(j)) || d.isWord(j, "it")) && j+1 < end && d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxPrep|lxDet) {
			return false // "During the boom it rose to 70 percent": a clause after the phrase
		}
	}
	return true
}

// sceneSetting reports whether tokens [start, end) before a cue are a
// phrase of time, place or manner with no verb of its own: one that opens
// with a preposition, an adverb, a time word or a participle ("Late in
// the evening", "Frightened but remaining calm").
func (d *doc) sceneSetting(start, end int) bool {
	t := &d.toks[start]
	if t.kind != tkWord || d.finiteVerbIn(start, end) || start+1 < end && d.toks[start+1].kind == tkNum {
		return false // "Over 400 homes without power, the agency said": a quantity
	}
	if !t.has(lxPrep|lxAdverb|lxTime) && !(d.endsWith(start, "ed") && !t.has(lxDet|lxPronoun)) {
		return false
	}
	for m := start + 2; m+2 < end; m++ {
		if d.punct(m, ",") && d.clauseLike(m+1, sentence{first: m + 1, last: end}) {
			// "About six hours after the walkout, all services resumed
			// at 9.40am, Kessby Lines said": the phrase sets the scene of
			// a clause after its comma, whose verb the lexicon may not
			// know; the two are what was said.
			return false
		}
	}
	return true
}

// openingSubordinator reports whether w opens a clause of time, cause,
// condition or concession.
func openingSubordinator(w string) bool {
	switch w {
	case "when", "after", "before", "because", "if", "although", "though", "while", "whilst", "since", "until",
		"once", "unless", "whereas", "as":
		return true
	}
	return false
}

// subordinateOnly reports whether tokens [a, b) are a fronted clause of
// time and nothing more: a subordinator, perhaps after a word of how
// soon, and one verb, no comma ("Shortly after polling ended yesterday,
// the spokesman said: “...”"). It sets the scene for the cue; it reports
// nothing.
func (d *doc) subordinateOnly(a, b int) bool {
	k := a
	for ; k < b && k < a+2; k++ {
		switch d.lower(k) {
		case "shortly", "soon", "just", "moments", "minutes", "hours", "days", "weeks", "long", "even", "only", "right", "immediately":
			continue
		}
		break
	}
	if k >= b || d.toks[k].kind != tkWord {
		return false
	}
	switch d.lower(k) {
	case "after", "before", "when", "while", "whilst", "until":
	default:
		return false
	}
	verbs := 0
	for j := k + 1; j < b; j++ {
		t := &d.toks[j]
		if t.kind == tkPunct || t.kind == tkQuote {
			return false // a clause after the fronted one: "When the polls closed, turnout was high"
		}
		if t.lowerWord() && t.has(lxVerb|lxAux) && !d.toks[j-1].has(lxDet) {
			verbs++
		}
	}
	return verbs == 1
}

// opensSubordinate reports whether token k opens a clause of time,
// cause, condition or concession; "As many as 470 merchants", "as much
// as", open a quantity instead.
// pronounMainClause reports whether a subject pronoun in [k, end) opens a
// main clause after a fronted one that lost its comma: "As the officers
// approached him he continued to yell, police said"; not one that a
// subordinator or a relative opens ("as they used their cruisers").
func (d *doc) pronounMainClause(k, end int) bool {
	for p := k; p < end && p < len(d.toks); p++ {
		if !d.toks[p].lowerWord() || !nominative(d.lower(p)) || d.toks[p-1].kind != tkWord {
			continue
		}
		prev := d.lower(p - 1)
		object := prev == "him" || prev == "her" || prev == "them" || prev == "us" || prev == "me" || prev == "it"
		if !object && d.toks[p-1].has(lxFunc|lxPrep|lxDet) || openingSubordinator(prev) || clauseEndWord(prev) ||
			prev == "that" || prev == "who" || prev == "which" || prev == "if" || prev == "because" || prev == "so" || prev == "whether" {
			continue
		}
		return p+1 < end && d.toks[p+1].lowerWord() && !d.toks[p+1].has(lxFunc|lxPrep|lxDet)
	}
	return false
}

func (d *doc) opensSubordinate(k int) bool {
	if !openingSubordinator(d.lower(k)) {
		return false
	}
	if d.isWord(k, "as") && d.isWord(k+2, "as") {
		switch d.lower(k + 1) {
		case "many", "much", "few", "little", "high", "low", "recently", "early", "late":
			return false
		}
	}
	return true
}

// auxGroups counts the groups of auxiliaries in [k, end): "When the
// bridge is fixed it will reopen" has two, a clause inside a clause.
func (d *doc) auxGroups(k, end int) int {
	n := 0
	for j := k; j < end; j++ {
		if d.toks[j].lowerWord() && d.toks[j].has(lxAux) && !d.isWord(j, "to") && !(j > k && d.toks[j-1].has(lxAux|lxNeg|lxAdverb) && d.toks[j-1].lowerWord()) {
			n++
		}
	}
	return n
}

// commaIn reports whether a comma outside quotation marks lies in [k, end).
func (d *doc) commaIn(k, end int) bool {
	for j := k; j < end; j++ {
		if d.punct(j, ",") && !d.toks[j].inQuote() {
			return true
		}
	}
	return false
}

// speakerFollows reports whether a speaker and their speech verb start at
// token k: "Ali Alghasi Mehr, the prosecutor, said", "the minister said".
func (d *doc) speakerFollows(k int, s sentence) bool {
	end := d.npForward(k, s.last)
	if end <= k || end >= s.last || d.chunkAt[end-1] < 0 && !d.toks[end-1].has(lxRole|lxTitle|lxPronoun|lxGenericOrg) {
		return false
	}
	n := d.skipAdverbs(end, s.last)
	if d.punct(end, ",") && end+1 < s.last && d.toks[end+1].cv == 0 {
		for m := end + 1; m < s.last && m < end+14; m++ {
			if d.punct(m, ",") {
				n = d.skipAdverbs(m+1, s.last)
				break
			}
			if d.toks[m].cv != 0 || d.toks[m].kind == tkQuote {
				return false
			}
		}
	}
	if d.punct(n, ",") {
		n++ // "Ali Alghasi Mehr, said"
	}
	if n < s.last && d.toks[n].cv != 0 && cueVerbs[d.toks[n].cv-1].class == cueThat && !d.isWord(n+1, "that") {
		// "According to Rydell, the team also found traces of fires": a
		// finding verb with an object reports nothing; the clause is the
		// source's.
		return false
	}
	return n < s.last && d.toks[n].cv != 0 && d.toks[n].lowerWord() && !d.endsWith(n, "ing")
}

// subjunctive reports whether a clause in the subjunctive starts at token
// k: a noun phrase, then "be" or "should" ("urged the immunity be
// waived"), or, when bare is set, a bare verb ("demanded the minister
// resign"). "ruled" takes only the first kind: after "ruled the oil-rich
// Central Norland country" a noun looks like a bare verb, and rulers rule
// countries.
func (d *doc) subjunctive(k int, s sentence, bare bool) bool {
	end := d.npForward(k, s.last)
	if end <= k || end >= s.last {
		return false
	}
	if d.isWord(end, "be") || d.isWord(end, "should") || d.isWord(end, "must") {
		return true
	}
	if !bare {
		return false
	}
	// "recommended the troops withdraw", "demanded the minister resign": a
	// bare verb after a definite subject.
	if !d.isWord(k, "the") && d.chunkAt[k] < 0 && !(d.toks[k].lowerWord() && d.toks[k].has(lxGroup)) {
		return false // "recommended residents avoid crowds" has its group
	}
	for j := k + 1; j < s.last && j <= k+8 && d.toks[j].kind == tkWord && !(d.toks[j].lowerWord() && (d.toks[j].has(lxAux) || d.toks[j].cv != 0)); j++ {
		prev := &d.toks[j-1]
		nounBefore := d.chunkAt[j-1] >= 0 || prev.lowerWord() && (prev.has(lxGroup|lxGenericOrg|lxRole|lxTitle) ||
			d.endsWith(j-1, "s") && !d.endsWith(j-1, "ss"))
		if nounBefore && d.bareVerb(j) {
			return true
		}
	}
	return false
}

// bareVerb reports whether token j can be a verb in its plain form, as a
// subjunctive takes it: a lower-case word the lexicon knows as no function
// word, noun or adverb, without an ending of another form.
func (d *doc) bareVerb(j int) bool {
	t := &d.toks[j]
	w := d.lower(j)
	if !t.lowerWord() || t.has(lxFunc|lxPrep|lxDet|lxAux|lxAdverb|lxPronoun|lxTime|lxGroup|lxRole|lxDoc|lxGenericOrg) || len(w) < 4 && !shortBareVerb(w) {
		return false
	}
	for _, suf := range []string{"s", "ed", "ing", "ly", "al", "tion", "ment", "ness"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// shortBareVerb reports whether w, a word of three letters, is a verb a
// request in the subjunctive often takes: "recommends people get tested",
// "urged the council pay the bill". Other short words are left out, as
// most are no verbs.
func shortBareVerb(w string) bool {
	switch w {
	case "get", "pay", "act", "cut", "buy", "eat", "try", "end", "add", "ban", "fix", "use", "put", "let":
		return true
	}
	return false
}

// gerundSubject reports whether the gerund at k heads a clause's subject:
// a modal or auxiliary follows within a few words ("executing Fields would
// not ...").
func (d *doc) gerundSubject(k int, s sentence) bool {
	for j := k + 3; j < s.last && j < k+8; j++ {
		t := &d.toks[j]
		if t.kind != tkWord || t.cv != 0 || t.inQuote() || t.lowerWord() && t.has(lxAux|lxPrep|lxRelative) {
			break
		}
		if t.lowerWord() && d.endsWith(j, "ed") && !d.isWord(j+1, "by") && j+1 < s.last && !d.sentenceEnd(j+1, s) &&
			d.toks[j-1].lowerWord() && !d.toks[j-1].has(lxDet|lxFunc|lxPronoun|lxVerb) && !d.endsWith(j-1, "ed") && !d.endsWith(j-1, "s") {
			// "wrote denying American Samoans citizenship violated the
			// Fourteenth Amendment": the gerund and its objects, then the
			// clause's verb.
			return true
		}
	}
	if j := k + 1; j < s.last && !d.toks[k].has(lxTime) && d.toks[j].lowerWord() && !d.isWord(j+1, "by") &&
		(pastOnlyVerb(d.lower(j)) || gerundModal(d.lower(j)) && j+1 < s.last && d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxPrep|lxDet) ||
			d.endsWith(j, "ed") && d.toks[j].cv != 0 && j+1 < s.last && d.isWord(j+1, "on")) {
		// "said spending rose in May", "said lending will slow",
		// "said profit-taking weighed on the market": a noun in -ing,
		// then a verb that can only be finite.
		return true
	}
	if j := k + 1; j+1 < s.last && !d.toks[k].has(lxTime) && d.toks[j].lowerWord() && !d.toks[j].has(lxPrep|lxDet|lxFunc) && d.toks[j].cv == 0 &&
		(d.isWord(j, "was") || d.isWord(j, "is") || d.isWord(j, "had") || d.isWord(j, "has") || d.endsWith(j, "ed") && !d.isWord(j+1, "by")) &&
		!d.sentenceEnd(j+1, s) {
		// "said walking appeared to help", "said swimming was the best
		// exercise": a verb of its own right after the gerund.
		return true
	}
	for j := k + 1; j < s.last && j < k+5; j++ {
		t := &d.toks[j]
		if t.lowerWord() && t.has(lxAux) && !d.isWord(j, "to") {
			return j > k+1
		}
		if j > k+1 && d.endsWith(j-1, "s") && !d.endsWith(j-1, "ss") && (d.pastVerbAt(j, s) || j == k+2 && d.toks[j].lowerWord() && pastOnlyVerb(d.lower(j))) {
			return true // "said falling birth rates meant that ...", "said rising costs forced ..."
		}

		if t.kind != tkWord || t.cv != 0 {
			return false
		}
		if j == k+2 && d.endsWith(k+1, "s") && !d.endsWith(k+1, "ss") && t.lowerWord() && plainVerb(d.lower(j)) {
			return true // "reported warming seas appear to weaken the corals"
		}
	}
	return d.longGerundSubject(k, s)
}

// longGerundSubject reports whether the gerund at k opens a longer
// subject whose verb comes within a dozen words, with no comma between:
// "said shutting campuses down and moving most learning online is
// unsustainable", "said relegating the bill to the back-burner carries
// costs". The verb is an auxiliary or a present form in -s the lexicon
// knows as a verb, after a noun.
func (d *doc) longGerundSubject(k int, s sentence) bool {
	if d.toks[k].has(lxTime) || k+2 >= s.last || d.toks[k+1].has(lxPrep) && d.toks[k+1].lowerWord() {
		return false // "said during ...", "said following ..." take their own path
	}
	limit := k + 12
	for j := k + 2; j < s.last && j <= limit; j++ {
		t := &d.toks[j]
		if (d.isDash(j) || d.punct(j, "-")) && !t.inQuote() {
			// "said holding a meeting with the group - formed to mediate
			// and led by Calder - would benefit talks": an aside between
			// dashes is passed over whole, and not counted.
			m := j + 1
			for m < s.last && m <= j+24 && !d.isDash(m) && !d.punct(m, "-") {
				m++
			}
			if m >= s.last || m > j+24 {
				return false
			}
			limit += m - j + 1
			j = m
			continue
		}
		if t.kind == tkNum {
			continue // "with all 11 members"
		}
		if t.kind != tkWord || t.inQuote() || t.cv != 0 {
			return false
		}
		if !t.lowerWord() {
			continue
		}
		if d.isWord(j, "that") || d.isWord(j, "which") || d.isWord(j, "who") || d.isWord(j, "when") || d.isWord(j, "if") {
			return false // a clause of its own inside: too far to tell
		}
		if t.has(lxAux) && !d.isWord(j, "to") && !d.isWord(j, "be") && !d.isWord(j, "been") && !d.isWord(j, "being") {
			return true
		}
		if t.has(lxVerb) && d.endsWith(j, "s") && !d.endsWith(j, "ss") && d.toks[j-1].lowerWord() && !d.toks[j-1].has(lxFunc|lxPrep|lxDet|lxAux) {
			return true
		}
		if j > k+2 && t.lx == 0 && d.endsWith(j, "es") && !d.endsWith(j, "ses") && d.toks[j-1].lowerWord() && d.toks[j-1].lx&^lxCommon == 0 &&
			d.toks[j-2].lowerWord() && d.toks[j-2].has(lxPrep|lxDet) && j+1 < s.last && d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxPrep|lxAux) {
			// "said putting a price on pollution creates good jobs": a
			// verb in -es the lexicon lacks, after the noun that closes
			// the gerund's phrase, and its object after it.
			return true
		}
	}
	return false
}

// pastVerbAt reports whether token j is a verb in the past after a
// plural noun, not a participle that qualifies it ("rising costs caused
// by the war").
func (d *doc) pastVerbAt(j int, s sentence) bool {
	t := &d.toks[j]
	if !t.lowerWord() || t.has(lxAux|lxFunc|lxPrep|lxDet) || d.endsWith(j, "ing") || strings.Contains(d.str(j), "-") {
		return false
	}
	if !(t.has(lxVerb) && !d.endsWith(j, "s") || d.endsWith(j, "ed")) {
		return false
	}
	n := j + 1
	return n < s.last && !d.isWord(n, "by") && !d.toks[n].has(lxPrep) && !d.sentenceEnd(n, s)
}

// plainVerb reports whether w is a verb in the plain present that a plural
// subject takes to open a finding: "seas appear", "prices remain".
func plainVerb(w string) bool {
	switch w {
	case "appear", "seem", "remain", "mean", "show", "suggest", "continue", "cause", "increase", "reduce", "help", "pose":
		return true
	}
	return false
}

// quoteAfterPhrase returns the quotation opening after a comma or colon
// that ends a short prepositional phrase starting at token k ("in his live
// stream, “...”"), or -1.
func (d *doc) quoteAfterPhrase(k int, s sentence) int {
	if k >= s.last || !d.toks[k].lowerWord() || !d.toks[k].has(lxPrep) {
		return -1
	}
	for j := k + 1; j+1 < s.last && j < k+8; j++ {
		t := &d.toks[j]
		if d.punct(j, ",") || d.punct(j, ":") {
			if n := &d.toks[j+1]; n.kind == tkQuote && n.is(fOpenMark) {
				return d.markQuote(j + 1)
			}
			return -1
		}
		if t.kind != tkWord && t.kind != tkNum && t.kind != tkPoss || t.cv != 0 || d.isWord(j, "that") {
			return -1
		}
	}
	return -1
}

// finiteVerbIn reports whether tokens [a, b) hold a verb of their own
// rather than a noun phrase: an auxiliary, a known verb or a negated
// contraction ("Already-queued orders won't leave idle capacity"). A
// relative clause's verb ("Farmers who lost crops") belongs to the noun.
func (d *doc) finiteVerbIn(a, b int) bool {
	for j := a; j < b; j++ {
		t := &d.toks[j]
		if t.lowerWord() && t.has(lxRelative) {
			return false
		}
		if t.lowerWord() && t.has(lxVerb) && !t.has(lxAux) && j > a && d.toks[j-1].lowerWord() &&
			(d.toks[j-1].has(lxDet) && !d.isWord(j-1, "that") || possessivePronoun(d.lower(j-1))) {
			continue // "The plan, she said, ...", "In the long run": a noun after its determiner
		}
		if t.kind == tkWord && (t.lowerWord() && t.has(lxAux|lxVerb) || hasSuffixFold(d.str(j), "n't")) {
			return true
		}
	}
	return false
}

// cueBeforeColon reports whether token colon, after token start, is a
// colon after which a quotation opens, with a cue other than c, kept,
// between the sentence's first token and it: "Brenn posted on Facebook:
// “...”". Not "Democrats were supportive in their comments: “...”, wrote
// Warren", where the quotation is only the later cue's.
func (d *doc) cueBeforeColon(first, start, colon int, c *cue) bool {
	if colon <= start || !d.punct(colon, ":") {
		return false
	}
	for k := range d.cues {
		if o := &d.cues[k]; o != c && o.verb >= first && o.verb < colon && !o.skip {
			return true
		}
	}
	return false
}

// namedToldAt reports whether a person's name starts at token k and
// "told" or "said" follows it, with what that cue reports after it:
// "Ilse Varga told him 99 per cent were ...".
func (d *doc) namedToldAt(k int, s sentence) bool {
	ci := d.chunkAt[k]
	if k >= s.last || ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent < 0 {
		return false
	}
	if e := &d.ents[d.chunks[ci].ent]; !e.personish() && !(e.orgish() && !e.placeish() && !e.outlet) {
		return false // a body too: "after Marlow County Council said it could no longer pay"
	}
	v := d.chunks[ci].last
	if v+2 >= s.last || !d.toks[v].lowerWord() || !(d.isWord(v, "told") || d.isWord(v, "said")) {
		return false
	}
	n := v + 1
	if d.isWord(v, "told") {
		if !(d.isWord(n, "him") || d.isWord(n, "her") || d.isWord(n, "them") || d.isWord(n, "reporters")) {
			return false
		}
		n++
	}
	if d.isWord(n, "that") {
		n++
	}
	return n < s.last && d.finiteVerbIn(n, s.last)
}

// phrasalComplete reports whether the speech-verb form at k, when its cue
// is phrasal ("point out", "make clear", "push back"), has its particle
// within the next three words; a form of a cue that is not phrasal always
// does.
func (d *doc) phrasalComplete(k int) bool {
	v := cueVerbs[d.toks[k].cv-1]
	if v.phrasal == "" {
		return true
	}
	for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
		if d.isWord(j, v.phrasal) {
			return true
		}
		if d.toks[j].kind != tkWord {
			return false
		}
	}
	return false
}

// participleAdjective reports whether the speech-verb form at k is a past
// participle that only an auxiliary makes a verb, standing before its noun
// as an adjective: "provide the video and written answers", "the spoken
// word".
func (d *doc) participleAdjective(k int, s sentence) bool {
	switch d.lower(k) {
	case "written", "spoken", "shown":
	default:
		return false
	}
	return k+1 < s.last && d.toks[k+1].lowerWord() && !d.toks[k+1].has(lxPrep|lxDet|lxAux|lxPronoun|lxFunc) && !d.isWord(k+1, "that")
}

// isDash reports whether token k is a dash setting off an aside.
func (d *doc) isDash(k int) bool {
	return d.punct(k, "—") || d.punct(k, "–") || d.punct(k, "--")
}

// reportedTailAfterCue reports whether token k, after a closing cue with
// no phrase of its own ("..., traders said, because ...") and its comma,
// opens a clause that goes on with what was said: a reason or a
// concession ("because", "although", "though"), a "when" clause whose
// subject is no pronoun ("..., Mr. Foot says, when such funds grew
// popular"; not "..., she said, when asked" nor "when she visited"). A
// time or a place after the cue ("said on Sunday, as ...") sets the scene
// instead.
func (d *doc) reportedTailAfterCue(k int, s sentence) bool {
	if k+2 >= s.last || !d.toks[k].lowerWord() {
		return false
	}
	n := k + 1
	for j := n; j < s.last; j++ {
		if t := &d.toks[j]; t.cv != 0 && !t.inQuote() && (cueVerbs[t.cv-1].class == cueSay || cueVerbs[t.cv-1].class == cueAsk) && !consequenceParticiple(d.lower(j)) {
			return false // "..., the paper reported, though a spokesperson declined to tell it ...": another report, the writer's
		}
	}
	switch w := d.lower(k); {
	case w == "because" || w == "although" || w == "though":
		return d.clauseLike(n, s) || d.finiteVerbIn(n, s.last)
	case w == "when":
		t := &d.toks[n]
		if t.has(lxPronoun) || t.lowerWord() && (d.endsWith(n, "ed") || d.endsWith(n, "ing")) {
			return false
		}
		return d.finiteVerbIn(n, s.last)
	}
	return false
}

// consequenceAfterCue reports whether token k, after a closing cue and its
// comma, is a participle of consequence with its object: "making it less
// an offender", "leaving the port without a ferry"; not a participle of
// the speaker's own act ("citing costs", "adding that").
func (d *doc) consequenceAfterCue(k int, s sentence) bool {
	n := k + 1
	if n+1 >= s.last || !d.toks[k].lowerWord() || !consequenceParticiple(d.lower(k)) {
		return false
	}
	o := &d.toks[n]
	return o.lowerWord() && (o.has(lxDet) && !d.isWord(n, "that") || d.isWord(n, "it") || d.isWord(n, "them"))
}

// trimEnd returns the end of a clause running from token from to last,
// without the closing punctuation but for a bracket or a percent sign.
func (d *doc) trimEnd(from, last int) int {
	e := last
	for e > from && d.toks[e-1].kind == tkPunct && d.str(e-1) != ")" && d.str(e-1) != "%" {
		e--
	}
	return e
}

// consequenceParticiple reports whether w is a participle that states a
// consequence of the clause before it ("..., making them unattractive
// targets", "..., leaving the port without a ferry").
func consequenceParticiple(w string) bool {
	switch w {
	case "making", "leaving", "meaning", "putting", "giving", "bringing", "pushing", "forcing", "keeping":
		return true
	}
	return false
}

// groupNounAt reports whether token k is a lower-case plural noun for
// unnamed people who may speak: "traders", "educators", "analysts".
func (d *doc) groupNounAt(k int) bool {
	t := &d.toks[k]
	return t.lowerWord() && (t.has(lxGroup) && !t.has(lxFunc) || d.staffNounAt(k) && d.endsWith(k, "s"))
}

// witnessNounAt reports whether the word at k names people who saw or
// were told: "witnesses", "a witness", "residents", "officials".
func (d *doc) witnessNounAt(k int) bool {
	return d.groupNounAt(k) || d.toks[k].lowerWord() && (d.isWord(k, "witness") || d.isWord(k, "resident") || d.isWord(k, "official"))
}

// apposingAdverb reports whether w opens an apposition that narrows the
// noun before it ("the programs, largely game shows, ...", "the fleet,
// mostly old tankers, ..."), which no speaker phrase opens.
func apposingAdverb(w string) bool {
	switch w {
	case "largely", "mostly", "mainly", "chiefly", "primarily", "partly", "principally", "predominantly", "especially", "particularly":
		return true
	}
	return false
}

// gerundModal reports whether w is a modal that can follow a noun in -ing
// as its clause's verb ("lending will slow", "hiring could resume").
func gerundModal(w string) bool {
	switch w {
	case "will", "would", "could", "can", "may", "might", "should", "must":
		return true
	}
	return false
}

// titleBeforeComma reports whether the words before the comma at p are a
// lower-case description headed by a role, a group or a body's generic
// noun, opened by "and" or the sentence: the title of a name after the
// comma, as Wikinews writes it ("and local official, Mira Holt said").
func (d *doc) titleBeforeComma(p int, s sentence) bool {
	h := p - 1
	if h <= s.first || !d.toks[h].lowerWord() || !d.toks[h].has(lxRole|lxGroup|lxGenericOrg) {
		return false
	}
	for j := h - 1; j >= s.first && j >= h-4; j-- {
		t := &d.toks[j]
		if d.isWord(j, "and") && t.lowerWord() {
			return j < h-1 // "and local official", not "and officials"
		}
		if t.kind != tkWord || !t.lowerWord() || t.cv != 0 || t.has(lxAux|lxVerb|lxPrep|lxDet|lxPronoun) || numberWord(d.lower(j)) > 0 {
			return false
		}
	}
	return false
}

// secondSpeakerAfter reports whether a named speaker's own cue starts at
// token k, after a comma and a conjunction, in one of the Wikinews shapes
// the general test misses: a title and a comma before the name ("local
// official, Mira Holt said"), or the name "quoted by" someone "as
// saying" ("Mira Holt was quoted by the state news service as saying").
func (d *doc) secondSpeakerAfter(k int, s sentence) bool {
	n := k
	for j := k; j < s.last && j < k+5; j++ {
		t := &d.toks[j]
		if !t.lowerWord() || t.cv != 0 || t.has(lxAux|lxVerb|lxPrep|lxPronoun) || numberWord(d.lower(j)) > 0 || t.has(lxDet) && j > k {
			break
		}
		if t.has(lxRole|lxGroup|lxGenericOrg) && d.punct(j+1, ",") {
			n = j + 2
			break
		}
		if t.has(lxRole) && j+1 < s.last && d.chunkAt[j+1] >= 0 {
			n = j + 1 // "local official Mira Holt was quoted"
			break
		}
	}
	ci := d.chunkAt[n]
	if n >= s.last || ci < 0 || d.chunks[ci].first != n || d.chunks[ci].ent < 0 {
		return false
	}
	v := d.chunks[ci].last
	if v >= s.last || !d.toks[v].lowerWord() {
		return false
	}
	if n > k && d.punct(n-1, ",") && d.toks[v].cv != 0 && !d.passive(v, n) {
		return true // "local official, Mira Holt said"
	}
	if (d.isWord(v, "was") || d.isWord(v, "is")) && d.isWord(v+1, "quoted") {
		for a := v + 2; a < s.last && a < v+12; a++ {
			if d.toks[a].kind != tkWord || d.toks[a].inQuote() {
				return false
			}
			if d.isWord(a, "as") && d.toks[a+1].cv != 0 {
				return true // "was quoted by the state news service as saying"
			}
		}
	}
	return false
}

// titleSetOffBefore returns the "the" that opens a title set off by commas
// just before the speaker's name at left ("..., the Minister of Water,
// Ruth Adewale said", "..., the water minister, Ruth Adewale said"): a
// definite description of at most eight words holding a title or role
// word and no verb; or 0.
func (d *doc) titleSetOffBefore(left int, s sentence) int {
	if left-3 <= s.first || !d.punct(left-1, ",") {
		return 0
	}
	title := false
	for m := left - 2; m > s.first && m >= left-9; m-- {
		t := &d.toks[m]
		if t.inQuote() || t.kind == tkQuote || t.lowerWord() && (t.has(lxAux|lxVerb) || t.cv != 0) {
			return 0
		}
		if t.has(lxTitle | lxRole) {
			title = true
		}
		if d.punct(m, ",") {
			return 0
		}
		if d.isWord(m, "the") && t.lowerWord() {
			if title && d.punct(m-1, ",") && m-1 > s.first {
				return m
			}
			return 0
		}
	}
	return 0
}

// participleReportAt reports whether the clause at k is reported by a
// participle of speech after a noun ("the statements saying (that)"),
// the claims a sentence's subject answers rather than a speaker's, or
// after a comma (", indicating that"), going on with a clause that a
// trailing cue may report whole.
func (d *doc) participleReportAt(k int) bool {
	v := k - 1
	if v > 0 && d.isWord(v, "that") && d.toks[v].lowerWord() {
		v--
	}
	return v > 0 && d.toks[v].lowerWord() && d.toks[v].cv != 0 && d.endsWith(v, "ing") &&
		(d.toks[v-1].lowerWord() && !d.toks[v-1].has(lxAux|lxPronoun|lxPrep) || d.punct(v-1, ","))
}

// innerReport reports whether cue o, earlier in sentence s, is the
// sentence's own main clause that the trailing cue c, whose clause would
// end at the comma before left, reports whole: "Norland declared a state
// of emergency on Sunday, Defense Minister Arno Vell said", "Tessaly's
// government told the army that it was still fighting, said army
// spokesman Ilse Varga". o's subject opens the sentence, its verb
// follows, and what it reports runs on to the comma before c, so nothing
// of the sentence is left to c unless o's report is c's too. Only an
// opening subject named (a body, a nation, a person) is at stake: it
// would be made a speaker of words that are c's. With spanning, o's
// report was read on past c to the sentence's end and need only take in
// the comma before c.
func (d *doc) innerReport(o, c *cue, left int, s sentence, spanning bool) bool {
	if !c.found || c.lemma == "according to" && !c.inverted || !o.found || o.inverted || o.nominal || o.thing || o.quote >= 0 || o.lemma == "according to" || len(o.comps) == 0 {
		return false
	}
	if o.ent < 0 || c.ent == o.ent || c.ent >= 0 && d.ents[c.ent].outlet || o.subjFirst >= o.verb || o.subjFirst != s.first {
		return false // nobody named speaks in o; or the same speaker; or an outlet relaying
	}
	if !spanning && d.judgedAside(left, s) {
		return false // "Varga said the bridge was safe, a claim Brenn disputed": Brenn judges Varga's words
	}
	if o.class == cueSay && o.lemma != "declare" && d.unnamedOutletCredit(c) {
		// "Vell said the harbour would close, local media reported": an
		// outlet named by no name only relays, and never speaks (the
		// annotation rules); the opening speaker's own report stands.
		return false
	}
	last := o.comps[len(o.comps)-1][1]
	for k := len(d.cues) - 1; k >= 0 && d.cues[k].verb >= s.first; k-- {
		// "Ortiz said the bridge would close, and the government announced
		// that the ferry would resume, Vell said": another cue inside o's
		// report is a second speaker's clause joined on; o's own words are
		// o's, and splitting them from the rest is beyond this test.
		if v := d.cues[k].verb; v < s.last && v > o.verb && v < last && &d.cues[k] != c {
			return false
		}
	}
	if spanning {
		// o's report was read on through the cue to the sentence's end
		// (invertedCueCloses): it must take in the comma before the cue.
		return o.comps[len(o.comps)-1][0] < left-1 && last > left && o.comps[0][0] > o.verb
	}
	if last < left-2 || last > left-1 || o.comps[0][0] <= o.verb {
		return false // o's report stops short of the cue, or runs past its comma
	}
	return true
}

// subordinateReport reports whether cue o reports inside a clause of time
// or cause that hangs on a main clause of its own, opening sentence s,
// and its report runs to the comma before the closing cue c: "The council
// shut the road after engineers found the bridge was unsafe, Mayor Ivo
// Dask said". The sentence up to the comma is what c's speaker says.
func (d *doc) subordinateReport(o, c *cue, left int, s sentence) bool {
	if !c.found || c.lemma == "according to" || !o.found || o.inverted || o.quote >= 0 || o.lemma == "according to" || len(o.comps) == 0 {
		return false
	}
	sub := o.subjFirst - 1
	if o.subjFirst >= o.verb || sub-2 <= s.first || !d.toks[sub].lowerWord() || !timeSubordinator(d.lower(sub)) || d.isWord(sub, "following") || d.isWord(sub, "amid") {
		return false
	}
	if d.commaIn(s.first, sub) || !d.finiteVerbIn(s.first, sub) && d.verbGroups(s.first, sentence{first: s.first, last: sub, para: s.para}, 0) == 0 {
		return false // only a main clause, whole, before the subordinator
	}
	last := o.comps[len(o.comps)-1][1]
	return last >= left-2 && last <= left-1 && o.comps[0][0] > o.verb
}

// unnamedOutletCredit reports whether cue c is a news outlet's credit
// that names no outlet: "local media reported", "a private TV channel
// reported", "the Tarvik Daily newspaper reported" (the head word,
// before any auxiliary, is a word for a news outlet).
func (d *doc) unnamedOutletCredit(c *cue) bool {
	if c.ent >= 0 || c.inverted || c.lemma != "report" || c.subjFirst < 0 || c.subjFirst >= c.verb {
		return false
	}
	h := c.verb - 1
	for h > c.subjFirst && d.toks[h].lowerWord() && (d.toks[h].has(lxAux) || d.toks[h].has(lxAdverb)) {
		h-- // "local media have reported", "state television later reported"
	}
	if !d.toks[h].lowerWord() && !d.isWord(h, "tv") {
		return false // a name's word: "the Tarvik Herald reported" names its outlet
	}
	switch w := d.lower(h); w {
	case "media", "channel", "station", "television", "tv", "radio", "press", "outlets", "newspapers", "paper", "daily":
		return true
	case "agency", "service":
		return d.isWord(h-1, "news") // "a news agency reported"; not "the health agency"
	default:
		return outletNoun(w)
	}
}

// invertedCueCloses reports whether cue c is an inverted cue after a
// comma that closes sentence s with its speaker: ", said army spokesman
// Ilse Varga."
func (d *doc) invertedCueCloses(c *cue, s sentence) bool {
	return c.found && c.inverted && c.verb-1 > s.first && d.punct(c.verb-1, ",") && !d.toks[c.verb-1].inQuote() &&
		d.sentenceEnd(d.skipForwardAdverbials(c.after, s.last), s)
}

// cueTakesWordsAt reports whether the speech verb at n, after an "and"
// inside a reported clause, reports words of its own: a clause, a
// quotation, "that", a hearer or a request, or nothing after it. Not
// "said the officers acted with caution and observed the distancing
// rules": a verb with a plain object goes on with the clause.
func (d *doc) cueTakesWordsAt(n int, s sentence) bool {
	m := n + 1
	if m >= s.last || d.sentenceEnd(m, s) || d.toks[m].kind == tkPunct || d.toks[m].kind == tkQuote || d.isWord(m, "that") || d.isWord(m, "to") {
		return true
	}
	if v := cueVerbs[d.toks[n].cv-1]; v.class != cueSay && v.class != cueThat || v.receiver {
		return true // "and urged the council to act", "and told reporters"
	}
	for j := m; j < s.last && j < m+8; j++ {
		if d.toks[j].kind == tkQuote {
			return true
		}
	}
	if e := d.npForward(m, s.last); e > m && (d.isWord(e, "to") || d.isWord(e, "not") && d.isWord(e+1, "to")) {
		return true // "and requested the people not to panic": a request
	}
	return !d.toks[m].has(lxDet) || d.clauseVerbSoon(m, s) || d.finiteVerbIn(m, min(m+8, s.last))
}
