package extract

// A report in the past tense may run on into the next sentence with no cue
// of its own, held to the speaker only by its backshifted "would": "The
// Tarrow hospital said in a statement, the patient would be moved on
// Monday. His family would be told first." The second sentence is still
// the hospital's reported clause (the dev gold counts it). Narration
// rarely puts "would" as the main verb of a sentence straight after a
// report of "would", so the pair is the signal: a sentence whose own verb
// is not "would" ("The ferry was built in 1961."), one after a report
// with no "would", one across a paragraph break and one with a cue or a
// quotation mark of its own stay nobody's.

// carriedWouldLimit bounds the words before the "would" that carries the
// report on: a subject, not a clause of its own.
const carriedWouldLimit = 8

// findCarriedReports credits each sentence that carries on the report
// closing the sentence before it to that report's speaker (nobody's when
// the speaker was unnamed, as "officials said" is).
func (d *doc) findCarriedReports() {
	// The clauses this loop credits lie each in its own sentence, in
	// text order, so none overlaps a later one: only those credited
	// before it (findCreditedClauses) are asked about, not the list as
	// it grows, which made a long text's cost grow with its square.
	before := d.credited
	for si := 1; si < len(d.sents); si++ {
		p, n := d.sents[si-1], d.sents[si]
		if p.para != n.para || !d.wouldOpens(n) {
			continue
		}
		c := d.reportClosing(si - 1)
		if c == nil {
			continue
		}
		if start, end, ok := d.creditableClause(si); ok && !overlapsCredited(before, start, end) {
			d.credited = append(d.credited, creditedClause{start: start, end: end, ent: c.ent})
		}
	}
}

// reportClosing returns the cue whose reported clause, after the cue,
// holds "would" and runs to the end of sentence si, or nil.
func (d *doc) reportClosing(si int) *cue {
	s := d.sents[si]
	end := s.last
	if end-1 > s.first && d.toks[end-1].kind == tkPunct {
		end--
	}
	in, rest := d.cuesOfSentence(s)
	if c := d.wouldReportIn(in, si, end); c != nil {
		return c
	}
	return d.wouldReportIn(rest, si, end)
}

// wouldReportIn returns the first of cues, in sentence si, whose last
// reported clause holds "would" and runs to token end, or nil.
func (d *doc) wouldReportIn(cues []cue, si, end int) *cue {
	for ci := range cues {
		c := &cues[ci]
		if int(d.sentOf[c.verb]) != si || c.skip || !c.found || c.before || c.thing || c.co >= 0 || len(c.comps) == 0 {
			continue
		}
		cp := c.comps[len(c.comps)-1]
		if cp[1] < end {
			continue
		}
		for k := cp[0]; k < cp[1]; k++ {
			if d.isWord(k, "would") {
				return c
			}
		}
	}
	return nil
}

// wouldOpens reports whether sentence s's first verb is "would": a
// capitalised opening, at most carriedWouldLimit words before "would" and
// no mark between them but a possessive.
func (d *doc) wouldOpens(s sentence) bool {
	if !d.toks[s.first].capWord() {
		return false
	}
	words := 0
	for k := s.first; k < s.last && words <= carriedWouldLimit; k++ {
		t := &d.toks[k]
		switch {
		case d.isWord(k, "would"):
			return words > 0 && !d.speechAfterWould(k+1, s.last)
		case t.kind == tkWord || t.kind == tkNum || t.kind == tkPoss:
			if t.cv != 0 || t.kind == tkWord && t.has(lxVerb) && !(k > s.first && d.toks[k-1].has(lxDet)) {
				return false // a verb of its own first: "Work began ...", "He said ..."; "The work would" is a noun
			}
			words++
		default:
			return false
		}
	}
	return false
}

// speechAfterWould reports whether a speech verb follows "would" at token
// k, past "not", "also" and "only": "She would not say when" withholds a
// report, it carries none on.
func (d *doc) speechAfterWould(k, last int) bool {
	for k < last && (d.isWord(k, "not") || d.isWord(k, "also") || d.isWord(k, "only") || d.isWord(k, "neither")) {
		k++
	}
	return k < last && d.toks[k].cv != 0
}

// overlapsCredited reports whether tokens [start, end) overlap one of
// the credited clauses.
func overlapsCredited(credited []creditedClause, start, end int) bool {
	for _, c := range credited {
		if c.start < end && start < c.end {
			return true
		}
	}
	return false
}
