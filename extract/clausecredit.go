package extract

// A story may state what someone holds first and name them in the next
// sentence: "The pier will stay shut until May. That is the view of
// harbour master Ida Brenn." The first sentence, no quotation and no cue
// of its own, is then the named speaker's reported clause, as a quotation
// before "That was how Ilse Varga put it" is (laterCredit).

// creditedClause is a sentence a later one credits to a speaker.
type creditedClause struct {
	start, end int // tokens [start, end) of the clause
	ent        int
}

// findCreditedClauses finds each sentence that the next one credits to a
// named person or body and records it in d.credited.
func (d *doc) findCreditedClauses() {
	for si := 1; si < len(d.sents); si++ {
		n := d.sents[si]
		e := d.clauseCredit(n)
		if e < 0 {
			continue
		}
		p := d.sents[si-1]
		if p.para != n.para && (p.para+1 != n.para || d.paraFirst[n.para] != n.first || int(d.sentOf[d.paraFirst[p.para]]) != si-1) {
			// Across a paragraph break, only a paragraph of one sentence
			// before one the credit opens.
			continue
		}
		if start, end, ok := d.creditableClause(si - 1); ok {
			d.credited = append(d.credited, creditedClause{start: start, end: end, ent: e})
		}
	}
}

// creditableClause returns the span of sentence si without its closing
// stop when it can be credited whole: a clause of at least four words
// ending in a full stop, with no quotation mark in it and no cue of its
// own that reports something.
func (d *doc) creditableClause(si int) (int, int, bool) {
	s := d.sents[si]
	end := s.last
	if end-1 <= s.first || !d.punct(end-1, ".") {
		return 0, 0, false
	}
	end--
	words := 0
	for k := s.first; k < end; k++ {
		t := &d.toks[k]
		if t.kind == tkQuote || t.inQuote() {
			return 0, 0, false
		}
		if t.kind == tkWord {
			words++
		}
	}
	if words < 4 || !d.finiteVerbIn(s.first, end) || d.toks[s.first].lowerWord() {
		return 0, 0, false
	}
	if in, rest := d.cuesOfSentence(s); d.reportsIn(in, si) || d.reportsIn(rest, si) {
		return 0, 0, false
	}
	return s.first, end, true
}

// reportsIn reports whether one of cues, in sentence si, was found and
// reports a clause or a quotation.
func (d *doc) reportsIn(cues []cue, si int) bool {
	for ci := range cues {
		c := &cues[ci]
		if int(d.sentOf[c.verb]) == si && !c.skip && c.found && (len(c.comps) > 0 || c.quote >= 0) {
			return true
		}
	}
	return false
}

// clauseCredit reads sentence s as a credit pointing back at the sentence
// before and returns who it names, or -1: a person as laterCredit reads
// them ("So says Ida Brenn", "That is what Ida Brenn told the council"),
// or, after "That is (was) the [adjective] view (warning, verdict ...)
// of (from)", a person or a body named after roles and descriptions
// ("the view of football coach and administrator Ida Brenn", "the stark
// warning from the Tarvik Water Board"); never a place ("the view of
// Tarvik from the pier").
func (d *doc) clauseCredit(s sentence) int {
	if e := d.creditingSentence(s); e >= 0 {
		return e
	}
	k := s.first
	if k+4 >= s.last || !(d.isWord(k, "that") || d.isWord(k, "this")) {
		return -1
	}
	k++
	if (d.isWord(k, "is") || d.isWord(k, "was")) && passiveCreditVerb(d.lower(k+1)) && d.isWord(k+2, "by") && d.toks[k+2].lowerWord() {
		// "This was stated by the Tarvik Water Board", "That was
		// disclosed by police spokesman Ivo Brek": the passive of a
		// verb of speech, its agent the speaker.
		return d.creditNameFrom(k+3, s)
	}
	if !(d.isWord(k, "is") || d.isWord(k, "was") || d.toks[k].kind == tkPoss) || !d.isWord(k+1, "the") {
		return -1
	}
	k += 2
	for n := 0; n < 2 && k < s.last && d.toks[k].lowerWord() && !creditNouns[d.lower(k)] && d.toks[k].cv == 0 &&
		!d.toks[k].has(lxFunc|lxPrep|lxDet|lxAux|lxVerb); n++ {
		k++ // "the stark warning"
	}
	if k+1 >= s.last || !creditNouns[d.lower(k)] || !(d.isWord(k+1, "of") || d.isWord(k+1, "from")) {
		return -1
	}
	return d.creditNameFrom(k+2, s)
}

// creditNameFrom returns the person or body a credit names from token k
// on, after roles and descriptions ("football coach and administrator
// Ida Brenn", "the Tarvik Water Board"), or -1: the first name within ten
// tokens, when it is a person's or a body's and no place's.
func (d *doc) creditNameFrom(k int, s sentence) int {
	for j := k; j < s.last && j < k+10; j++ {
		if ci := d.chunkAt[j]; ci >= 0 && d.chunks[ci].first == j {
			e := d.chunks[ci].ent
			if e < 0 || d.ents[e].placeish() || !d.ents[e].personish() && !d.ents[e].orgish() {
				return -1
			}
			return e
		}
		t := &d.toks[j]
		switch {
		case t.kind == tkQuote || t.kind == tkPoss:
		case t.lowerWord() && t.has(lxDet|lxRole|lxTitle|lxGenericOrg):
		case d.isWord(j, "and"):
		case t.lowerWord() && t.cv == 0 && !t.has(lxVerb|lxAux|lxPrep|lxFunc|lxPronoun):
		default:
			return -1
		}
	}
	return -1
}

// passiveCreditVerb reports whether w, after "This was", is the past
// participle of a verb of speech whose agent, after "by", is the one who
// said what the sentence before states: "This was stated by ...". Verbs
// of making ("built by") or of finding ("found by") are not.
func passiveCreditVerb(w string) bool {
	switch w {
	case "stated", "said", "disclosed", "revealed", "announced", "confirmed":
		return true
	}
	return false
}
