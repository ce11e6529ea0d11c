package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cue is one attribution in the text: a speech verb ("said", "told"),
// "according to", or "in the words of", with who it names as the speaker
// and what it reports.
type cue struct {
	verb     int // first token of the cue
	after    int // first token after the cue words and any inverted subject
	text     string
	lemma    string
	class    cueClass
	receiver bool

	subjFirst int  // first token of the speaker phrase and its appositives; verb when none
	ent       int  // speaker entity, -1 when none or unnamed
	co        int  // a second speaker joined by "and" ("X and Y have said"), or -1
	thing     bool // the speaker phrase names a document or data, not a person: "according to a study"
	docHead   bool // the speaker phrase is headed by a document or data, its source named or not: "data from the Ostby Statistics Office"
	found     bool // a speaker phrase was found, named or not
	inverted  bool // "said Rask"

	comps   [][2]int // reported clauses, token ranges
	before  bool     // the clause came before the cue ("..., she said")
	both    bool     // a clause before the cue and a quotation after its colon, each reported
	quote   int      // quotation the cue introduces directly, or -1
	used    bool     // attributes a quotation next to it
	skip    bool
	relays  bool // a news outlet's report: a named source's own cue inside it is what counts
	nominal bool // "Brenn's claim that ...": a noun for words said, its owner the speaker
}

// findCues finds every attribution in the narrative, sentence by sentence,
// resolving speakers as it goes so that pronouns see earlier speakers.
func (d *doc) findCues() {
	d.cues = make([]cue, 0, len(d.toks)/16+4)
	// Whether a paragraph is furniture depends on its text alone: decided
	// once per paragraph, not again for each of its sentences.
	lastPara, skipPara := -1, false
	for si := range d.sents {
		s := d.sents[si]
		if s.para != lastPara {
			lastPara = s.para
			skipPara = d.linkLine(int(s.para)) || // "MORE: [Mayor says the bridge will reopen](...)": a headline linked, not a report
				d.creditedCaption(int(s.para)) || // "Ann Lee/Agence Ostby Ilse Varga denies ...": a photo's caption, not the story
				d.labelledCaption(int(s.para)) || // "Image caption: ...": the same
				d.relatedBlockLine(int(s.para)) // "More on this story" and the headlines under it
		}
		if skipPara {
			continue
		}
		start := len(d.cues)
		for i := s.first; i < s.last; i++ {
			t := &d.toks[i]
			if t.inQuote() {
				continue
			}
			if t.is(fShoutedVerb) && t.cv == 0 && d.afterPersonName(i) {
				// "Norvale Telecom CEO Teodor Vask DENIES that: “...”": a
				// verb shouted after a name is still its speech verb.
				if sl := lex.findFolded(d.lower(i)); sl != nil {
					t.cv = sl.cue
				}
			}
			if t.cv == 0 && t.end-t.start == 8 && d.isWord(i, "released") && d.releasedStatement(i, s) {
				// "NOAA released a statement on Tuesday that the whales
				// were spotted": a body's statement put out, read as
				// "issued" is. Only before the statement: "a study
				// released on Monday" is no speech.
				if sl := lex.findFolded("issued"); sl != nil {
					t.cv = sl.cue
				}
			}
			// The word's length, held here, turns away at once the tests of
			// a word below that cannot match it (isWord would read the
			// token again for each): nearly every token meets them all.
			n := t.end - t.start
			switch {
			case n == 2 && d.isWord(i, "as"):
				// The cues that open with "as", under one test of the word
				// (no speech verb is spelt "as", so no case below could
				// take it).
				switch {
				case d.asSaidBy(i, s):
					// "..., as confirmed by Foreign Minister Ilse Marner":
					// the clause before is hers, as "according to" would
					// make it.
					d.cues = append(d.cues, d.prepCue(i, i+3, s))
					i += 2
				case d.isWord(i+1, "per") && d.toks[i+1].lowerWord() && (i == s.first || d.punct(i-1, ",") || !d.cueVerbAfter(s.first, i)):
					// "As per officials, the road will reopen": Indian
					// English for "according to". Not "“...,” Verl said
					// after the match as per the club's website": a
					// speech verb before it has its own speaker, and the
					// site only carried the words.
					d.cues = append(d.cues, d.prepCue(i, i+2, s))
				}
			case t.cv != 0 && d.cueInSubjectRelative(i, s):
				// "the method by which firms added server space had
				// become routine": an object, then the sentence's verb.
				t.cv = 0
			case t.cv != 0 && d.admittedInto(i, s):
				// "admitted in AIIMS", "admitted to hospital": a patient
				// taken in, not an admission made.
				t.cv = 0
			case t.cv != 0:
				if d.stanceThat(i, s) > 0 {
					// "Kelmar maintains the position that ...", "expressed
					// the view that ...": a stance stated, its clause after
					// the noun.
					d.cues = append(d.cues, d.stanceCue(i, s))
				} else if k := d.foundEvidenceThat(i, s); k > 0 {
					// "Scientists have found evidence that the ice is
					// thinning": a finding, its noun between the verb and
					// "that" (the pages README's call); asked first, as
					// the verb's own reading takes "evidence" for the
					// clause's subject.
					d.cues = append(d.cues, cue{verb: i, after: k, text: d.span(i, k), lemma: "give evidence", class: cueThat,
						subjFirst: i, ent: -1, co: -1, quote: -1})
				} else if c, ok := d.verbCue(i, s); ok {
					d.cues = append(d.cues, c)
				} else if cueVerbs[t.cv-1].lemma == "raise" {
					// "proposed raising the tax": a "raise" that names no
					// worry is an ordinary verb to what reads the clause.
					t.cv = 0
				} else if t.lowerWord() && nominalSpeech(d.lower(i)) {
					if c, ok := d.nominalCue(i, s); ok {
						d.cues = append(d.cues, c) // "rejected Varga's claim that ..."
					}
				}
			case t.kind != tkWord:
				// A mark or a number: every case below asks for a word.
			case n == 9 && d.isWord(i, "according") && d.isWord(i+1, "to"):
				d.cues = append(d.cues, d.prepCue(i, i+2, s))
			case n >= 4 && n <= 7 && i+1 < s.last && d.toks[i+1].has(lxDet) && t.lowerWord() && d.stanceThat(i, s) > 0:
				// "The council holds the view that ...", "took the position
				// that ...": no speech verb, a stance stated (hold, take,
				// adopt: four to seven letters; the others are cue verbs).
				d.cues = append(d.cues, d.stanceCue(i, s))
			case (d.isWord(i+1, "evidence") || d.isWord(i+2, "evidence")) && (t.lowerWord() && offeredEvidence(d.lower(i)) || d.foundEvidenceThat(i, s) > 0):
				// "evidence" next or after one word first: asked of nearly
				// every word, it turns away at once what the two word
				// lists would (and none of their verbs is a case below).
				if k := d.evidenceThat(i, s); k > 0 {
					// "The survey offered new evidence that exports may be
					// slowing": a finding, with its "that". Not a cue form
					// of its own: "offered “condolences ...”" is no speech.
					d.cues = append(d.cues, cue{verb: i, after: k, text: d.span(i, k), lemma: "give evidence", class: cueThat,
						subjFirst: i, ent: -1, co: -1, quote: -1})
				}
			case n == 3 && d.isWord(i, "per") && (i == s.first || d.punct(i-1, ",") && d.toks[i].lowerWord()) && d.perSource(i, s):
				// "Per Ilse Varga, the road will reopen", "..., per the
				// ministry.": "according to" in American copy.
				d.cues = append(d.cues, d.prepCue(i, i+1, s))
			case n == 2 && d.isWord(i, "in"):
				// The cues that open with "in", asked under one test of
				// the word: nearly every token is not "in".
				switch {
				case d.isWord(i+1, "the") && d.isWord(i+2, "words") && d.isWord(i+3, "of"):
					d.cues = append(d.cues, d.prepCue(i, i+4, s))
				case d.isWord(i+1, "the") && (d.isWord(i+2, "view") || d.isWord(i+2, "opinion")) && d.isWord(i+3, "of") && d.namedAt(i+4, s):
					// "In the view of Tomas Brenn, ...": a named source
					// only, not "in the view of many".
					d.cues = append(d.cues, d.prepCue(i, i+4, s))
				case d.possessiveWordsAt(i+1) > 0:
					d.cues = append(d.cues, d.possessiveWordsCue(i, s))
				case i == s.first && d.reportByName(i+1, s):
					d.cues = append(d.cues, d.prepCue(i, i+1, s))
				}
			case (n == 2 && d.isWord(i, "is") || n == 3 && d.isWord(i, "was")) && d.isWord(i+1, "that") && d.possessiveViewBefore(i, s) >= 0:
				d.cues = append(d.cues, d.possessiveViewCue(i, s))
			case t.lowerWord() && nominalSpeech(d.lower(i)) && d.toks[i].cv == 0:
				if c, ok := d.nominalCue(i, s); ok {
					d.cues = append(d.cues, c)
				}
			}
		}
		d.resolveSentence(si, start)
		for ci := start; ci < len(d.cues); ci++ {
			d.surnameByPronoun(&d.cues[ci])
		}
		d.checkComps()
	}
}

// cuesOfSentence returns, in two lists, cues that hold every cue whose
// verb lies in sentence s: the checked cues of s, found by their place
// in text order (checkComps), and those not yet checked; or every cue,
// when one was seen out of order or reporting outside its sentence. The
// lists may hold cues of other sentences, which callers must turn away.
// It spares the callers asked once a sentence or a mention a read of
// every cue of the text, which grows with the square of its length.
func (d *doc) cuesOfSentence(s sentence) (in, rest []cue) {
	if d.strayComps {
		return d.cues, nil
	}
	checked := d.cues[:d.compsChecked]
	lo := sort.Search(len(checked), func(i int) bool { return checked[i].verb >= s.first })
	hi := lo
	for hi < len(checked) && checked[hi].verb < s.last {
		hi++
	}
	return checked[lo:hi], d.cues[d.compsChecked:]
}

// checkComps checks the cues added since it last ran, whose sentences are
// resolved: each must follow the one before it in the text and report
// only clauses of its own sentence (a cue's clauses are found, cut and
// moved only while its own sentence is resolved, in resolveSentence).
// reportedByAnother relies on both to look only at the cues of one
// sentence; a cue breaking either sends it back to reading every cue.
func (d *doc) checkComps() {
	for ci := d.compsChecked; ci < len(d.cues); ci++ {
		c := &d.cues[ci]
		s := d.sents[d.sentOf[c.verb]]
		if ci > 0 && c.verb <= d.cues[ci-1].verb {
			d.strayComps = true
		}
		for _, cp := range c.comps {
			if cp[0] < s.first || cp[1] > s.last {
				d.strayComps = true
			}
		}
	}
	d.compsChecked = len(d.cues)
}

// surnameByPronoun gives a report whose subject is a bare surname two
// people of different gender share ("Tarvel" after Mia and Ronan
// Tarvel) to the one the clause's own subject pronoun fits: "Tarvel
// said he would stop" is the son, whichever was named first.
func (d *doc) surnameByPronoun(c *cue) {
	if !c.found || c.ent < 0 || len(c.comps) == 0 || c.subjFirst < 0 || c.subjFirst >= len(d.toks) {
		return
	}
	ci := d.chunkAt[c.subjFirst]
	if ci < 0 || d.chunks[ci].last-d.chunks[ci].name != 1 || d.chunks[ci].ent != c.ent || c.subjFirst > c.verb {
		return
	}
	k := c.comps[0][0]
	if d.isWord(k, "that") {
		k++
	}
	var g gender
	switch {
	case d.isWord(k, "he") && d.toks[k].lowerWord():
		g = gMale
	case d.isWord(k, "she") && d.toks[k].lowerWord():
		g = gFemale
	default:
		return
	}
	w := d.lower(int(d.chunks[ci].name))
	cur := &d.ents[c.ent]
	if cur.gender == g {
		return
	}
	// The other gender known for the one named takes any other bearer
	// whose gender is not known against the pronoun; not knowing the
	// one named's takes only a bearer known to fit.
	fit := -1
	for _, e := range d.wordIdx[w] {
		en := &d.ents[e]
		if int(e) == c.ent || len(en.words) < 2 || en.words[len(en.words)-1] != w || en.personEv <= en.orgEv || en.outlet {
			continue
		}
		if en.gender != g && !(en.gender == gUnknown && cur.gender != gUnknown) {
			continue
		}
		if fit >= 0 {
			return // two of that gender: the pronoun does not tell
		}
		fit = int(e)
	}
	if fit >= 0 {
		c.ent = fit
	}
}

// nominalSpeech reports whether w is a noun for words said that a named
// owner's clause follows: "rejected Brenn's claim that ...", "contrary to
// Varga's assurances she had no role". A switch, not a map: findCues asks
// it of nearly every lower-case word.
func nominalSpeech(w string) bool {
	switch w {
	case "claim", "assertion", "assurance", "assurances", "insistence",
		"announcement", "admission", "prediction", "pledge", "promise", "warning",
		// The nouns of the other reporting verbs (the session 12 verbs
		// audit): "rejected Brenn's allegation that ...".
		"allegation", "denial", "argument", "suggestion", "statement", "contention",
		"acknowledgement", "acknowledgment", "vow", "concession", "forecast", "estimate",
		"accusation", "remark", "comment", "observation", "reminder", "boast", "complaint",
		"threat", "guarantee":
		return true
	}
	return false
}

// asSaidBy reports whether ", as" at token i opens the passive of a
// speech verb with its speaker after "by": "as confirmed by", "as
// announced by". "As reported by" is a news outlet's relay, and "as shown
// by the records" no speech.
func (d *doc) asSaidBy(i int, s sentence) bool {
	if i == s.first || i+3 >= s.last || !d.punct(i-1, ",") || !d.isWord(i, "as") || !d.isWord(i+2, "by") {
		return false
	}
	v := &d.toks[i+1]
	if v.cv == 0 || !v.lowerWord() || !d.endsWith(i+1, "ed") || d.isWord(i+1, "reported") || directiveAs[d.lower(i+1)] {
		return false
	}
	for k := i + 3; k < s.last; k++ {
		if d.punct(k, ",") || d.punct(k, ";") {
			return false // "The deal, as announced by Velde, will cut fares": no clause before
		}
	}
	return true
}

// directiveAs are the speech verbs of "as requested by the council" that
// credit an act done at someone's word, not words of theirs.
var directiveAs = map[string]bool{
	"requested": true, "ordered": true, "demanded": true, "recommended": true, "proposed": true,
	"instructed": true, "directed": true, "approved": true, "authorised": true, "authorized": true,
	"mandated": true, "urged": true, "advised": true, "agreed": true, "promised": true, "planned": true,
}

// nominalCue builds the cue of a noun for words said at token i owned by a
// named speaker ("X's claim that ..."), when the phrase is no sentence's
// subject (a preposition or a verb comes before the owner) and a clause
// follows, with "that" or, after a pronoun, without it.
func (d *doc) nominalCue(i int, s sentence) (cue, bool) {
	if i-2 < s.first || d.toks[i-1].kind != tkPoss {
		return cue{}, false
	}
	ci := d.chunkAt[i-2]
	if ci < 0 || d.chunks[ci].last != i-1 || d.chunks[ci].ent < 0 {
		return cue{}, false
	}
	e := d.chunks[ci].ent
	if d.ents[e].outlet || d.ents[e].placeish() {
		return cue{}, false
	}
	f := d.chunks[ci].first
	for j := f - 1; j >= s.first && j >= f-3; j-- {
		if d.isWord(j, "the") && d.toks[j].lowerWord() {
			f = j // "the elder Biden's", "the Ostby Water Board's"
			break
		}
		if !d.toks[j].lowerWord() || d.toks[j].has(lxFunc|lxPrep|lxVerb|lxAux) {
			break
		}
	}
	p := f - 1
	if p < s.first || !(d.toks[p].lowerWord() || d.toks[p].is(fSentStart)) || !(d.toks[p].has(lxPrep) || d.toks[p].has(lxVerb) || d.endsWith(p, "ed")) {
		return cue{}, false // "Brenn's claim that ... was rejected": the subject, its clause unbounded
	}
	k := i + 1
	if d.isWord(k, "that") && d.toks[k].lowerWord() {
		k++
	} else if k >= s.last || !nominative(d.lower(k)) && !d.isWord(k, "it") {
		return cue{}, false
	}
	if k < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxAux) {
		return cue{}, false // "Brenn's statement that was issued on Monday": a relative clause, not what was said
	}
	if k >= s.last || !d.clauseLike(k, s) || !d.clauseVerbSoon(k, s) {
		return cue{}, false
	}
	return cue{verb: i, after: k, text: d.str(i), lemma: "according to", subjFirst: f, ent: e, co: -1, quote: -1, found: true, nominal: true}, true
}

// madeNouns are the words said that one "makes": "made an announcement
// that", "made the claim that".
var madeNouns = map[string]bool{
	"announcement": true, "claim": true, "statement": true, "pledge": true, "promise": true, "assertion": true,
	"admission": true, "prediction": true, "allegation": true, "allegations": true, "claims": true,
	"point": true, "argument": true, "observation": true, "remark": true, "comment": true, "suggestion": true,
	"vow": true, "concession": true, "forecast": true, "accusation": true, "boast": true, "complaint": true,
	"threat": true, "case": true, // "made the case that"
}

// givenNouns are the words said that one "gives" or "issues" with their
// clause: "gave an assurance that", "issued a warning that".
var givenNouns = map[string]bool{
	"assurance": true, "assurances": true, "warning": true, "guarantee": true, "reminder": true,
	"undertaking": true, "indication": true, "commitment": true, "pledge": true, "promise": true,
}

// madeStatement returns the "that" after "made a (surprise) announcement
// (on Twitter)" at token i when a clause follows it, or 0; nouns are the
// words said the verb takes (madeNouns, givenNouns).
func (d *doc) madeStatement(i int, s sentence, nouns map[string]bool) int {
	k := d.nounAfterVerb(i, s, func(w string) bool { return nouns[w] })
	if k < 0 {
		return 0
	}
	for j := k + 1; j < s.last && j < k+8; j++ {
		if d.isWord(j, "that") && d.toks[j].lowerWord() {
			if j+1 < s.last && !(d.toks[j+1].lowerWord() && d.toks[j+1].has(lxAux)) && // "made a comment that was later deleted": a relative
				(d.clauseLike(j+1, s) && d.clauseVerbSoon(j+1, s) || nominative(d.lower(j+1)) && d.toks[j+1].lowerWord()) {
				return j
			}
			return 0
		}
		if d.toks[j].kind != tkWord && d.toks[j].kind != tkNum || d.toks[j].cv != 0 || d.toks[j].lowerWord() && d.toks[j].has(lxAux|lxVerb) {
			return 0
		}
	}
	return 0
}

// releasedStatement reports whether the "released" at i puts out a
// speaker's own document: a determiner, at most two modifiers, then a
// statement's noun ("released a brief statement").
func (d *doc) releasedStatement(i int, s sentence) bool {
	return d.nounAfterVerb(i, s, issuedBySpeaker) >= 0
}

// nounAfterVerb returns the token of the noun that noun accepts after the
// verb at i, behind a determiner and at most two modifiers ("made a
// surprise announcement", "released a brief statement"), or -1.
func (d *doc) nounAfterVerb(i int, s sentence, noun func(string) bool) int {
	k := i + 1
	if k >= s.last || !d.toks[k].lowerWord() || !d.toks[k].has(lxDet) {
		return -1
	}
	k++
	for n := 0; n < 2 && k < s.last && d.toks[k].lowerWord() && !noun(d.lower(k)) && (!d.toks[k].has(lxFunc|lxPrep|lxVerb|lxAux) || d.isWord(k, "following")); n++ {
		k++ // "a surprise announcement", "a public admission", "the following statement"
	}
	if k >= s.last || !d.toks[k].lowerWord() || !noun(d.lower(k)) {
		return -1
	}
	return k
}

// reducedRelative returns where the main clause's verb starts after the
// reported clause of a participle at i that describes the subject
// ("groups claiming the vote was stolen | gathered on Saturday"), or 0
// when none follows: the clause's own verb group first, then a verb in
// the past after a noun or a name.
func (d *doc) reducedRelative(i int, s sentence) int {
	own := false
	for j := i + 1; j < s.last; j++ {
		t := &d.toks[j]
		if t.inQuote() || t.kind == tkQuote || t.kind == tkPunct {
			return 0
		}
		past := t.lowerWord() && !t.has(lxAux) && (d.endsWith(j, "ed") || pastOnlyVerb(d.lower(j)) || t.has(lxVerb) && !d.endsWith(j, "s") && !d.endsWith(j, "ing"))
		if !own {
			own = t.lowerWord() && t.has(lxAux) && !d.isWord(j, "to") || past
			continue
		}
		p := &d.toks[j-1]
		if past && (d.chunkAt[j-1] >= 0 || p.lowerWord() && !p.has(lxAux|lxPrep|lxDet|lxFunc|lxAdverb) && !d.isWord(j-1, "to") && !p.has(lxVerb) && !d.endsWith(j-1, "ed")) {
			return j
		}
	}
	return 0
}

// accusedOf reports whether "of" at token of ends "accused X of", a few
// words back.
func (d *doc) accusedOf(of int, s sentence) bool {
	for j := of - 1; j > s.first && j >= of-5; j-- {
		if w := d.lower(j); (w == "accused" || w == "accusing" || w == "accuses") && d.toks[j].lowerWord() {
			return j < of-1
		}
		if d.toks[j].kind == tkPunct || d.toks[j].cv != 0 {
			return false
		}
	}
	return false
}

// afterPersonName reports whether token i comes right after a person's
// name written in ordinary capitals: "Teodor Vask DENIES", not "TRUMP
// SAYS".
func (d *doc) afterPersonName(i int) bool {
	if i == 0 || d.toks[i-1].is(fAllCaps) {
		return false
	}
	ci := d.chunkAt[i-1]
	return ci >= 0 && d.chunks[ci].last == i && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish()
}

// verbCue checks that the speech-verb form at i is used as a verb of
// speaking here, and builds its cue.
func (d *doc) verbCue(i int, s sentence) (cue, bool) {
	v := cueVerbs[d.toks[i].cv-1]
	if v.lemma == "tell" && d.isWord(i+1, "it") && d.asideAs(i, i+2, s) {
		// "..., as Orvik tells it.": the teller's account, as "as Orvik
		// puts it" is.
		for _, pv := range cueVerbs {
			if pv.lemma == "put it to" {
				v = pv
				break
			}
		}
	}
	c := cue{verb: i, after: i + 1, text: d.str(i), lemma: v.lemma, class: v.class, receiver: v.receiver,
		subjFirst: i, ent: -1, co: -1, quote: -1}
	if v.lemma == "confirm" {
		if cc, ok := d.confirmedWithCue(i, s); ok {
			return cc, true
		}
	}
	if v.lemma == "believe" || v.lemma == "think" {
		// A view is words only in quotation marks, right after the verb
		// or its "that".
		q := i + 1
		if d.isWord(q, "that") {
			q++
		}
		if q >= s.last || d.toks[q].kind != tkQuote || !d.toks[q].is(fOpenMark) {
			return c, false
		}
	}
	w := d.lower(i)
	if v.lemma == "alert" && d.isWord(i+1, "to") {
		// "a police dog that alerted to the smell": a sign given, with no
		// hearer and nothing said.
		return c, false
	}
	noun := nounToo(w) // asked by eight of the cases below: looked up once
	prev := d.prevWord(i, s.first)
	// bprev: the plain form's subject, past one or two adverbs of time
	// the lexicon does not mark (prevWord passes the ones it does):
	// "Police now say".
	bprev := prev
	for n := 0; n < 2 && baseForm(w) && bprev > s.first && d.toks[bprev].lowerWord() && timeAdverb(d.lower(bprev)); n++ {
		bprev = d.prevWord(bprev, s.first)
	}
	switch {
	case prev >= 0 && (d.toks[prev].has(lxDet) && (d.toks[prev].lowerWord() || d.toks[prev].is(fSentStart)) || d.toks[prev].kind == tkPoss && d.chunkAt[prev] < 0 && !(prev > s.first && d.possessiveFirmShort(prev-1))) &&
		!(baseForm(w) && d.quantityPronoun(prev)) && // "some say": people, not "some claims"
		!(d.quantityPronoun(prev) && d.pastAfterQuantity(i, s)) && // "some said that", not "some reported cases"
		!(d.endsWith(i, "ing") && d.withGroupParticiple(prev, s)) && // "..., with some stating they disagreed"
		!(!noun && (d.issuedDocThat(prev, s) || d.docThatRelative(prev, s))) && // "issued a statement that said", "cited a report that found": a relative clause's verb
		!d.noticeThatRequests(prev, &c, s) && // "a travel warning that urges visitors to": the notice's request
		!(d.isWord(prev, "another") && (w == "said" || w == "told" || w == "wrote" || w == "added") && (prev == s.first || d.toks[prev-1].kind == tkPunct || d.toks[prev-1].kind == tkQuote)):
		// "the claims", "his remarks", "Putin's statement"; but "“...,”
		// another said" is someone speaking.
		return c, false
	case w == "reported" && prev > s.first && d.toks[prev].lowerWord() && d.endsWith(prev, "s") && !d.toks[prev].has(lxPronoun|lxGroup|lxRole|lxGenericOrg|lxDet) &&
		d.toks[prev].cv == 0 && i+2 < s.last && d.toks[i+1].lowerWord() && (d.toks[i+1].has(lxPrep) || d.isWord(i+1, "since")) && !d.isWord(i+1, "to") && !d.isWord(i+1, "that") &&
		d.toks[prev-1].lowerWord() && d.toks[prev-1].cv == 0 && !d.toks[prev-1].has(lxAux|lxVerb|lxPronoun):
		// "Most of the infections reported in Calder involved unvaccinated
		// people": a passive participle after its noun, not the noun's
		// own report.
		return c, false
	case noun && d.examplesAfter(i, s):
		// "Gulf states such as Qatar", "claims like these": the plural
		// noun and its examples; a verb is never followed so.
		return c, false
	case d.noticeThatRequests(prev, &c, s):
		// "a travel warning that urges visitors to stay away": "urges"
		// is no noun here, whatever it might be elsewhere.
	case baseForm(w) && d.isWord(prev, "to") && requestVerb(v.lemma) && d.purposeTo(prev, s.first) && d.requestStart(&c, c.after, s) >= 0:
		// "interrupted twice to ask the lawyers to keep their questions
		// short": a request made, the purpose of what was done.
	case prev-1 >= s.first && d.superlativeAt(prev) && (d.toks[prev-1].has(lxDet) && (d.toks[prev-1].lowerWord() || d.toks[prev-1].is(fSentStart)) || d.toks[prev-1].kind == tkPoss):
		return c, false // "in one of the bleakest forecasts yet": a noun after its superlative
	case d.endsWith(i, "ing") && i > s.first && d.toks[i].lowerWord() && requestVerb(v.lemma) && d.requestParticiple(prev, s) &&
		d.requestStart(&c, c.after, s) >= 0:
		// "an open letter urging officials to ...", "after asking air
		// traffic control to return", ", specially asking voters to":
		// a participle's request.
	case v.lemma == "call" && (d.isWord(i+1, "on") || d.isWord(i+1, "upon")) && i > s.first && d.toks[i].lowerWord() &&
		(d.isWord(prev, "and") || d.isWord(prev, "also") || d.subjectLike(prev)) && d.callOnRequest(i, s):
		// "opposes the war and calls on Washington to remain neutral"
	case v.lemma == "forecast" && d.forecastNoun(i, prev, s):
		return c, false // "cut its growth forecast for Lenmoor and warned": a noun, the forecast cut
	case v.lemma == "see as" && !d.seenAsQuoted(i, prev, s):
		return c, false // "saw smoke", "his views", "was viewed as a centrist": no words of anyone's
	case (v.lemma == "call" || v.lemma == "dub" || v.lemma == "term") && d.whatItIsCalled(i, s):
		return c, false // "take what Quellmark is calling “depth” photos": a name given, no words said
	case d.isWord(prev, "to") && prev-1 >= s.first && likeForms[d.lower(prev-1)] && w == "say" && (d.asideAsSaid(i, s) || d.subjectAfterQuote(prev-2, s)):
		// "— as Sen. Marta Quell likes to say —": a habit of speech, in an
		// aside beside the words; "“...,” my grandfather used to say": the
		// same habit, its words just before.
	case d.isWord(prev, "to") && prev-1 > s.first && likeForms[d.lower(prev-1)] && d.toks[prev-1].lowerWord() && baseForm(w) &&
		(d.isWord(i+1, "that") || v.phrasal != "" && d.isWord(i+1, v.phrasal) && d.isWord(i+2, "that")):
		// "Economists like to say that ...", "Marsh loves to point out
		// that ...": a habit of speech, its clause reported.
	case d.isWord(prev, "to") && d.isWord(prev-1, "on") && prev-2 >= s.first && wentOn[d.lower(prev-2)] && baseForm(w):
		// "went on to say that ...": the speaker carries on speaking.
	case d.isWord(prev, "to") && prev-1 >= s.first && continueForms[d.lower(prev-1)] && baseForm(w) &&
		w != "write" && w != "show" && w != "find" && w != "describe" && w != "report":
		// "continued to insist that ...": the speaker goes on saying it.
	case d.isWord(prev, "to") && baseForm(w) && w != "show" && w != "find" && w != "describe" && d.eagerBefore(prev, s) >= 0 &&
		(d.isWord(i+1, "that") || v.phrasal != "" && d.isWord(i+1, v.phrasal) && d.isWord(i+2, "that") ||
			w == "deny" && i+1 < s.last && d.clauseLike(i+1, s) && d.clauseVerbSoon(i+1, s)):
		// "was quick to point out that", "was careful to note that",
		// "was at pains to stress that": said, and said with care.
	case (baseForm(w) || v.receiver) && d.isWord(prev, "to") && purposeSay[w] && i+1 < s.last &&
		(d.isWord(i+1, "that") || w == "tell" || w != "write" && d.clauseLike(i+1, s) || w == "write" && d.placeThenThat(i+1, s) ||
			v.receiver && d.isWord(d.npForward(i+1, s.last), "that") && d.npForward(i+1, s.last) > i+1 || // "to inform her that ..."
			d.isWord(d.skipForwardAdverbials(i+1, s.last), "that")) &&
		d.sayPurposeOf(prev, s) >= 0:
		// "took to Twitter to say he was the donor", "The pressure led
		// Pelosi to announce the House would stay": what was done was
		// done to say it; a time may stand before "that" ("prompted
		// Ivo Tamm to say on Thursday that ...").
	case w == "say" && d.isWord(prev, "to") && (d.isWord(prev-1, "except") || d.isWord(prev-1, "than") && d.isWord(prev-2, "other")):
		// "He declined to elaborate, other than to say, “...”": the
		// little said after a refusal to say more.
	case d.chainedCueSubject(i, s) >= 0:
		// "“...,” Tomas Brenn began to reply", "Brenn was quick to
		// reply: “...”": the chain is the speaker's, the words his.
	case i == s.first+1 && d.isWord(s.first, "in") && d.toks[i].lowerWord() && d.openingReport(i, s):
		// "In finding the law void, the court ...": as "Finding ...".
	case d.endsWith(i, "ing") && d.toks[i].lowerWord() && d.isWord(prev, "of") && d.accusedOf(prev, s):
		// "accused Biden of previously saying he wanted to ban fracking":
		// the accuser's claim of what was said.
	case v.lemma == "be adamant":
		// "was adamant that the plan would work": only after a form of
		// "be" and before "that"; "an adamant refusal" reports nothing.
		if !beForms[d.lower(prev)] || !d.isWord(i+1, "that") {
			return c, false
		}
	case baseForm(w) && d.isWord(prev, "and") && prev > s.first && i+1 < s.last && d.pluralOpening(s) &&
		(d.isWord(i+1, "that") || !d.toks[i+1].has(lxPronoun) && d.clauseLike(i+1, s)):
		// "Many institutions rely on public centres and say students are
		// struggling": the plural subject's second verb, in the present.
	case baseForm(w) && d.narrativeWould(i, s):
		// "would later say that ...", "would often tell reporters ...":
		// the past told from after it, words said then.
		if d.isWord(i+1, "only") {
			c.after = i + 2 // "would say only that ..."
		}
	case prev >= 0 && d.toks[prev].lowerWord() && d.toks[prev].has(lxPrep) && !d.isWord(prev, "by") && !d.speechAfterPrep(i, prev, s):
		return c, false // "in remarks to", "of reading"
	case i == s.first && d.invertedAtStart(i, s) > i+1:
		// "Remarked Tierra Curry, “...”": the verb opens the sentence.
	case i == s.first && d.openingReport(i, s):
		// "Saying the dam was safe, Ivo Tamm reopened the road": what the
		// opening participle reports is the subject's.
	case i == s.first && (v.class == cueDescribe || v.lemma == "call") && d.openingDescription(i, s):
		// "Describing her remarks as a “stern warning,” Lise Armand laid
		// out the threats": the words in marks are the subject's.
	case i == s.first || d.toks[i].is(fCap):
		// "Asked what she would do next, ...", "Speaking outside the court, ..."
		return c, false
	case d.negated(i, s.first):
		return c, false
	case w == "asked" && prev == i-1 && d.toks[prev].lowerWord() && (d.isWord(prev, "when") || d.isWord(prev, "if") || d.isWord(prev, "once") || d.isWord(prev, "after") || d.isWord(prev, "before") || d.isWord(prev, "as")):
		// "expressed confusion when asked if the bridge was safe": a
		// question put to the subject by someone unnamed, not one asked.
		return c, false
	case d.punct(i-1, ",") && d.endsWith(i, "ed") && d.isWord(i+1, "by") && d.toks[i+1].lowerWord():
		return c, false // "The forum, proposed by Maxine Waters, was ...": a passive participle, reporting nothing
	case d.asideAfterCue(i, s):
		return c, false // "said, speaking to reporters outside the court, that": the aside's verb
	case d.punct(i-1, ",") && d.asideBeforeCue(i, d.nextComma(i, s)):
		return c, false // "Elena Marsh, writing for the majority, said": the aside's verb
	case d.endsWith(i, "s") && i+1 < s.last && d.toks[i+1].lowerWord() && (d.toks[i+1].has(lxAux) || d.toks[i+1].cv != 0) && !d.relativeSubjectBefore(prev, s) &&
		!(w == "says" && !d.toks[i+1].has(lxAux)):
		// Not "Lund says reading the books would help": "says" is no
		// plural noun, and the gerund after it opens what she says.
		return c, false // "Recent reports have revealed": the noun
	case (noun || baseForm(w) && !d.isWord(prev-2, "to")) && d.isWord(prev, "and") && prev > s.first && i+2 < s.last &&
		d.toks[i+1].lowerWord() && (nominative(d.lower(i+1)) || d.isWord(i+1, "it")) && (d.toks[i+2].has(lxAux|lxVerb) || d.presentVerb(i+2, s) || d.endsWith(i+2, "ed")):
		// "plans to widen the range and reports it is considering ...",
		// "lists Saha as an airline and states it runs ...": a second
		// verb of the sentence's subject, a pronoun's clause after it.
	case noun && (d.isWord(prev, "but") || d.isWord(prev, "yet")) && d.toks[prev].lowerWord() && prev > s.first && i+2 < s.last &&
		(d.finiteVerbIn(s.first, prev) || d.pastIn(s.first, prev)) && d.toks[i+1].lowerWord() &&
		(d.isWord(i+1, "that") && d.clauseLike(i+2, s) || d.isWord(i+1, "there") && d.toks[i+2].lowerWord() && d.toks[i+2].has(lxAux)):
		// "expects a quiet season but reports there is still a chance",
		// "but notes that storms could still form": a second verb of the
		// sentence's subject, its clause opening on "that" or "there is".
		// Not after "and", which joins nouns as often ("read the
		// forecasts and notes that the agency published").
	case noun && prev >= 0 && !d.subjectLike(prev) && !(d.punct(prev, ",") && d.leftIsAppositive(s, prev)) && !d.thingPhraseBefore(prev, s) &&
		!d.closesQuote(prev, s) && !(d.punct(prev, ",") && (d.nameEndsClause(i+1, s) || d.docEndsClause(i+1, s))):
		// A quotation and its comma before the form make it the verb of
		// an inverted cue: "“...,” reads the judge's statement".
		// "to settle claims that ...": the noun; but "Airfleets, a
		// database of carriers, states": the verb after an appositive,
		// and "..., estimates Evan Sparks": an inverted cue's, a name
		// after it.
		return c, false
	case noun && prev > s.first && prev == i-1 && d.toks[prev].lowerWord() && !d.toks[prev].has(lxPronoun) && d.toks[prev-1].lowerWord() && d.toks[prev-1].cv != 0:
		return c, false // "denied media reports that ...": a noun, the speech verb's object
	case noun && d.punct(i+1, ":") && !(i+2 < s.last && d.toks[i+2].kind == tkQuote):
		return c, false // "PAX highlights: Jeff returns ...": a heading
	case noun && prev == i-1 && prev > s.first && d.toks[prev].lowerWord() && d.chunkAt[prev] < 0 &&
		!d.toks[prev].has(lxPronoun|lxRole|lxGroup|lxGenericOrg|lxFunc|lxAux|lxVerb|lxAdverb|lxNeg|lxDet) &&
		(d.isWord(i+1, "from") || d.isWord(i+1, "of") || d.isWord(i+1, "about") || d.isWord(i+1, "against")):
		// "challenged the Courier email claims from the start": a noun a
		// noun modifies, with its own "from", not a verb whose subject is
		// "the Courier email".
		return c, false
	case (w == "called" && !d.isWord(i+1, "on") && !d.isWord(i+1, "upon") && !d.isWord(i+1, "for") || w == "dubbed" || w == "titled" || w == "named") && prev >= 0 && d.toks[prev].lowerWord() &&
		d.chunkAt[prev] < 0 && !d.toks[prev].has(lxRole|lxGroup|lxPronoun|lxGenericOrg|lxFunc|lxAux|lxVerb|lxAdverb|lxNeg) && prev == i-1 &&
		!(i+1 < s.last && d.toks[i+1].lowerWord() && d.toks[i+1].has(lxDet)):
		// "an economic plan called “Build Back Better”": a name; but "the
		// think tank called the treaty “null and void”" names what it calls,
		// and "the grid's manager called on utilities to" asks.
		return c, false
	case (w == "called" || w == "dubbed" || w == "titled" || w == "named" || w == "nicknamed") && d.punct(i-1, ",") && i-2 >= s.first &&
		d.toks[i-2].lowerWord() && d.chunkAt[i-2] < 0 && !d.toks[i-2].has(lxRole|lxGroup|lxPronoun|lxGenericOrg|lxFunc|lxAux|lxVerb|lxAdverb|lxNeg) &&
		i+1 < s.last && (d.toks[i+1].kind == tkQuote && d.toks[i+1].is(fOpenMark) || d.toks[i+1].capWord()):
		// "The mission, called “Deep Blue”, will launch in 2027": a name
		// given in apposition, not words called out.
		return c, false
	case (w == "called" || w == "dubbed" || w == "titled" || w == "named") && prev == i-1 && d.placeObject(prev) &&
		!(i+1 < s.last && d.toks[i+1].lowerWord() && d.toks[i+1].has(lxDet)) && !d.ownerAt(i+1, s):
		// "a programme at Fishmongers' Hall called “Learning Together”": a
		// name; but "the embassy in Harlow called the ruling “...”" and
		// "... called Ivo Brant's comments “...”" name what it calls.
		return c, false
	case noun && d.quantifier(i-1):
		return c, false // "unlike most states": the noun
	case noun && d.chunkEndingAt(prev) >= 0 && d.possessiveBefore(d.chunks[d.chunkEndingAt(prev)].first, s.first):
		return c, false // "our obvious Back to the Future II jokes": a name modifying the noun
	case noun && d.punct(i+1, ",") && prev >= 0 && d.chunkAt[prev] >= 0 && d.punct(d.chunks[d.chunkAt[prev]].first-1, ",") &&
		!(i+2 < s.last && d.toks[i+2].is(fOpenMark)):
		// "UFC Undisputed 2010, PAX East highlights, Just Cause 2": an
		// item in a list; but "In a tweet, Varga states, “...”" opens a
		// quotation.
		return c, false
	case (strings.HasPrefix(w, "respond") || strings.HasPrefix(w, "repl")) && d.replyToRelative(i, s):
		// "He was replying to Lars Brenn (Green Party) who suggested the
		// levy be dropped": the one replied to is described by a relative
		// clause whose own verb reports what he said; the reply reports
		// nothing of its own here.
		return c, false
	case strings.HasPrefix(w, "respond") && d.dispatchAfter(i+1, s):
		return c, false // "while responding to a call in Catoosa", "officers responded to a report of shots": a police call, not a reply
	case w == "says" && prev == i-1 && d.simonSays(prev):
		return c, false // "Simon says": the game, not a person speaking
	case (w == "said" || w == "says" || w == "saying") && (d.isWord(i+1, "goodbye") || d.isWord(i+1, "farewell")) && d.toks[i+1].lowerWord():
		return c, false // "said goodbye to their old ground": a parting, no words reported
	case (w == "said" || w == "says") && d.isWord(i+1, "nothing") && d.toks[i+1].lowerWord() &&
		(i+2 >= s.last || d.toks[i+2].kind == tkPunct || d.toks[i+2].lowerWord() && (d.toks[i+2].has(lxPrep) ||
			d.isWord(i+2, "as") || d.isWord(i+2, "when") || d.isWord(i+2, "while") || d.isWord(i+2, "and") || d.isWord(i+2, "but"))):
		return c, false // "said nothing as he was led away"; but "said nothing had changed" reports a clause
	case noun && prev >= 0 && d.chunkAt[prev] >= 0 && d.nameModified(d.chunks[d.chunkAt[prev]].first, s.first) &&
		!(prev == i-1 && d.isWord(i+1, "that") && d.toks[i+1].lowerWord() && i+2 < s.last && d.clauseLike(i+2, s)):
		// "some PAX highlights", "Liar's Day highlights": the noun; but
		// "Norland's Food Safety Agency reports that tests ...": a verb,
		// its "that" clause after it.
		return c, false
	case w != "said" && w != "says" && w != "say" && (d.isWord(i+1, "of") && !d.quotedSubjectBefore(i, s) || d.isWord(i+1, "with") && d.mannerWithEnd(i+2, s.last) == i+2) && !d.quoteSoon(i+2, s):
		// "boasts of a curriculum", "responded with applause"; not the
		// manner of saying, "added with a smile".
		return c, false
	case (w == "questions" || w == "question") && !(prev == i-1 && d.toks[prev].kind == tkWord && !d.toks[prev].has(lxDet|lxPrep) &&
		(d.isWord(i+1, "whether") || d.isWord(i+1, "why") || d.isWord(i+1, "how"))):
		// "Some experts question whether ...": the present is a cue only
		// right after its subject and before the question it asks; not
		// "; questions surround whether ...", a noun.
		return c, false
	case w == "reported" && d.isWord(i+1, "as") && d.asideParticiple(i, s):
		// "The quake, initially reported as a weaker 5.1, was shallow,
		// the Survey said": a participle in an aside about the subject,
		// what someone first reported of it; the clause goes on.
		return c, false
	case v.lemma == "liken" && (d.isWord(i+1, "to") || d.passive(i, s.first)):
		// "was likened to a “war zone”": a comparison someone unnamed
		// made; the speaker's verb takes its object first ("likened the
		// ruling to “a slap”").
		return c, false
	case v.lemma == "refer" && !(d.isWord(i+1, "to") && (!d.isWord(i+2, "as") || d.subjectReferredAs(i, s))):
		return c, false // "referred to the riots as “...”", not "referred to as “The Lion Man”"
	case v.lemma == "claim" && (i+1 < s.last && (d.toks[i+1].kind == tkNum || numberWord(d.lower(i+1)) > 0) && !d.auxNext(i+2, s) &&
		!d.isWord(i+2, "percent") && !d.isWord(i+2, "%") || d.isWord(i+1, "the") && d.isWord(i+2, "lives") || d.isWord(i+1, "lives")):
		return c, false // "the virus claimed 6606 lives": a toll, not a claim
	case v.lemma == "add" && i+1 < s.last && d.toks[i+1].kind == tkNum && d.movedTo(i+2, s):
		return c, false // "the Composite Index added 3.2 points to 199.5": a market's gain, not words
	case v.lemma == "repeat" && prev >= 0 && d.toks[prev].lowerWord() && !d.toks[prev].has(lxAux) && !d.subjectLike(prev) && !d.pluralSubject(prev):
		return c, false // "It follows repeated failed attempts": an adjective
	case v.lemma == "claim" && i+1 < s.last && claimedThings[d.lower(i+1)]:
		return c, false // "claimed victory", "claimed responsibility for the attack": a thing taken, not words
	case w == "told" && (d.passive(i, s.first) && d.hearingBefore(i, s) && d.byAgent(i, s) < 0 || d.toldUs(i, s)) || d.passiveHearerThat(i, s):
		// "The jury was told that ...", "magistrates were told the man had
		// ...": what a hearing was told, by someone unnamed; "We're told
		// the footage shows ...": what the reporters were told. "The court
		// was told by a witness that ...": the witness speaks, as any
		// passive's agent does.
		c.class, c.receiver = cueThat, false
	case d.passive(i, s.first) && w != "said" && !d.expletive(i, s) && d.byAgent(i, s) < 0 && d.roleAgentThat(i, s) < 0:
		return c, false
	case d.passive(i, s.first) && d.isWord(i+1, "by") && d.reasonAfterAgent(d.byAgent(i, s), s):
		// "Brenn and Ostrem were reported by referee Pim Orlen after an
		// incident when ...": the agent reported the two, for a reason
		// the sentence goes on to give; no words of theirs follow.
		return c, false
	case baseForm(w) && w != "show" && prev >= 0 && (d.isWord(prev, "did") || d.isWord(prev, "do") || d.isWord(prev, "does")) && d.toks[prev].lowerWord() &&
		prev-1 >= s.first && d.subjectLike(prev-1) && !(prev-2 >= s.first && (d.isWord(prev-2, "what") || d.isWord(prev-2, "all") || d.isWord(prev-2, "whatever"))):
		// "They did say he was not present", "But Brekke did admit that
		// ...": an emphatic past, speech, whatever the verb; but "What
		// Holst did report was a loss" makes the verb's object a subject.
	case baseForm(w) && w != "say" && prev >= 0 && d.punct(prev, ",") && d.invertedPluralSpeakers(i, s):
		// "Such storms will become common, warn the study's authors.",
		// "..., write the researchers in Nature": a plural speaker after
		// the verb, as "say the researchers" has.
	case baseForm(w) && w != "say" && w != "describe" && w != "show" &&
		!(bprev >= 0 && (d.toks[bprev].lowerWord() || d.toks[bprev].is(fSentStart)) && (d.toks[bprev].has(lxGroup|lxPronoun) || thingWords[d.lower(bprev)] || d.pluralSubject(bprev) || d.quantityPronoun(bprev) || d.agentPluralAt(bprev)) &&
			!d.isWord(bprev, "it") && !d.isWord(bprev, "he") && !d.isWord(bprev, "she")) && !(bprev >= 0 && d.thingPhraseBefore(bprev, s)) &&
		!(bprev >= 0 && d.groupNameAt(bprev, s)) && !(bprev >= 0 && d.nationSpeaks(bprev)) && !(bprev >= 0 && d.coordinatedNamesEndAt(bprev, s)) &&
		!(bprev >= 0 && d.suchAsNameEndsAt(bprev, s)) && !(d.isWord(bprev, "who") && bprev > s.first && d.toks[bprev].lowerWord() && d.punct(bprev-1, ",")) &&
		!(bprev >= 0 && d.setOffSubjectBefore(bprev, s)):
		return c, false // "scientists report", not "the Ad Performance report"
	case baseForm(w) && (bprev < 0 || d.isWord(bprev, "to") || d.toks[bprev].has(lxAux|lxNeg) ||
		d.toks[bprev].lowerWord() && !d.toks[bprev].has(lxGroup|lxPronoun|lxGenericOrg|lxDoc) && !thingWords[d.lower(bprev)] && !d.pluralSubject(bprev) && !d.quantityPronoun(bprev) &&
			!d.agentPluralAt(bprev) && !d.thingPhraseBefore(bprev, s) && !(d.isWord(bprev, "who") && bprev > s.first && d.punct(bprev-1, ","))):
		// "members of the bar, who claim the files are ...": after "who"
		// the plain form agrees with people before it, and is finite.
		return c, false // "to say", "will say", "would describe"
	case (w == "saying" || d.endsWith(i, "ing") && d.toks[i].lowerWord() && d.isWord(prev-1, "quoted")) && d.isWord(prev, "as") &&
		(d.quotedBefore(prev, s.first) || d.isWord(prev-1, "reported") && d.passive(prev-1, s.first)):
		// "was quoted as calling the men “pirates”", "as referring to
		// them as “...”": any speech participle right after "quoted as".
		// "was quoted as saying": the subject is before "was quoted";
		// "quoted Ada Lowe as saying", "was quoted by the Gazette as saying".
	case (w == "saying" || w == "stating") && d.isWord(prev, "as") && d.citedAs(prev, s) >= 0:
		// "cited the Air Force as stating": the one cited speaks.
	case d.endsWith(i, "ing") && prev > s.first && d.toks[prev].lowerWord() && (d.toks[prev].has(lxGroup) || d.pluralSubject(prev)) && !d.toks[prev].has(lxAux) &&
		(v.lemma == "claim" || v.lemma == "say" || v.lemma == "argue" || v.lemma == "allege" || v.lemma == "insist") && d.reducedRelative(i, s) > 0:
		// "Several groups claiming the vote was stolen gathered on
		// Saturday": the people the participle describes say it.
	case d.endsWith(i, "ing") && prev >= 0 && d.toks[prev].lowerWord() && !d.gerundOK(prev) && !d.speechAfterPrep(i, prev, s) && d.perceivedSpeaker(i, s) < 0 &&
		!d.secondWithSubject(i, s) && !d.sayingQuotation(i, prev, s) && !d.sentDocBefore(i, s) && !d.withGroupParticiple(prev, s) &&
		!d.saidAdding(i, prev, s):
		// Not "sent a message to journalists saying ...": the sender
		// speaks through the message, whoever it went to.
		return c, false // "say adding the mineral": a gerund
	case d.endsWith(i, "ing") && prev == s.first && d.toks[prev].capWord() && d.chunkAt[prev] < 0 &&
		!(participleSubordinator(d.lower(prev)) && d.nextComma(i, s) < s.last) && !contractedBe(d.lower(prev)):
		// "Improved reporting on quality score.": a heading; but "While
		// acknowledging the figures prove nothing, Brandvik said ...".
		return c, false
	}
	if v.phrasal != "" {
		// "As Olsen put it, “...”": the manner clause before a quotation.
		asPutIt := v.lemma == "put it to" && (d.isWord(s.first, "as") && d.punct(i+2, ",") || d.asideAsPutIt(i, s))
		itClear := v.lemma == "make clear" && d.isWord(i+1, "it") && d.isWord(i+2, "clear") // "made it clear that"
		if v.lemma == "push back" && !d.isWord(i+1, "back") {
			// "repeatedly pushed Israeli diplomat Mark Regev to estimate the
			// toll": a request, as "pressed" one is; "pushed the cart" and
			// "pushed for reform" report nothing.
			c.lemma, c.class = "push", cueAsk
			if d.requestStart(&c, i+1, s) == i+1 {
				return c, true
			}
			return c, false
		}
		if v.lemma == "give evidence" && !d.isWord(i+1, "evidence") {
			// "gave an assurance that the school would stay open": the
			// words given, then their clause.
			if k := d.madeStatement(i, s, givenNouns); k > 0 {
				c.lemma, c.class, c.after, c.text = "give", cueSay, k, d.span(i, k)
				return c, true
			}
			return c, false
		}
		if v.lemma == "make clear" && !itClear && !d.isWord(i+1, "clear") {
			// "made a surprise announcement on Twitter that he was running":
			// the noun for words said, then its clause.
			if k := d.madeStatement(i, s, madeNouns); k > 0 {
				c.lemma, c.after, c.text = "make", k, d.span(i, k)
				return c, true
			}
			return c, false
		}
		// "Police appealed for witnesses to come forward": a request, as
		// "asked for the price to be kept secret" is; "appealed for calm"
		// finds no hearer and infinitive, and so reports nothing.
		appealFor := v.lemma == "appeal to" && d.isWord(i+1, "for") && d.toks[i+1].lowerWord()
		if v.lemma == "put it to" && !asPutIt && d.isWord(i+1, "it") {
			if j := d.mannerBeforeColon(i+2, s); j > 0 {
				// "Quell put it plainly: the deal was “the best we could
				// get”": the manner of saying, then the words after the
				// colon.
				c.after, c.text = j, d.span(i, j)
				return c, true
			}
		}
		if !itClear && !appealFor && !d.isWord(i+1, v.phrasal) || v.lemma == "put it to" && !d.isWord(i+2, "to") && !asPutIt {
			return c, false
		}
		c.after = i + 2
		c.text = d.span(i, i+2)
		if itClear {
			c.after, c.text = i+3, d.span(i, i+3)
		}
		if v.lemma == "put it to" && !asPutIt {
			c.after, c.text = i+3, d.span(i, i+3)
		}
		if v.lemma == "want to know" {
			if !d.isWord(i+2, "know") {
				return c, false // "wanted to leave": a wish, not a question
			}
			c.after, c.text = i+3, d.span(i, i+3)
		}
	}
	if v.phrasal == "" && d.isWord(i+1, "back") && d.toks[i+1].lowerWord() && i+2 < s.last &&
		(d.isWord(i+2, "that") || d.punct(i+2, ",") || d.punct(i+2, ":") || d.toks[i+2].kind == tkQuote && d.toks[i+2].is(fOpenMark)) {
		// "snapped back that ...", "wrote back: “...”": a reply's
		// particle, no word of what was said.
		c.after, c.text = i+2, d.span(i, i+2)
	}
	if v.lemma == "call" && (d.isWord(i+1, "on") || d.isWord(i+1, "upon")) && d.callOnRequest(i, s) {
		// "called on residents to conserve water": a request; "called
		// for the minister to resign" is left out, as the gold has it.
		c.lemma, c.class, c.after, c.text = "call on", cueAsk, i+2, d.span(i, i+2)
		return c, true
	}
	if v.class == cueQuoteOnly && requestVerb(v.lemma) && d.requestStart(&c, c.after, s) >= 0 {
		c.class = cueAsk // "pressed the ministry to release the funds"
	}
	if v.lemma == "instruct" && d.requestStart(&c, c.after, s) < 0 && c.after+1 < s.last {
		if end := d.npForward(c.after, s.last); end > c.after && end+1 < s.last && d.isWord(end, "that") && d.toks[end].lowerWord() &&
			d.toks[end-1].lowerWord() && d.toks[end-1].has(lxGroup|lxRole) {
			// "instructed officials that drinking water should be
			// provided": the order given as a clause after its hearers,
			// the idiom of Indian and Nigerian copy.
			c.class = cueSay
			return c, true
		}
	}
	if requestOnly(v.lemma) && d.requestStart(&c, c.after, s) < 0 && !(mannerOfAsking(v.lemma) && d.saysQuoteBefore(i, s)) {
		return c, false // "encouraged by the results", "appealed to voters' pride"
	}
	switch v.class {
	case cueExpress:
		k := c.after
		for k < s.last && k < c.after+3 && !expressObjects[d.lower(k)] {
			k++
		}
		if v.lemma == "raise" && !d.raisedWorry(k, s) {
			return c, false // "raised interest rates", "raised concerns about the cost"
		}
		if k >= s.last || !expressObjects[d.lower(k)] {
			// "has expressed she is uninterested": a clause of its own.
			if n := c.after; n+1 < s.last && (d.isWord(n, "that") || d.toks[n].has(lxPronoun) && d.toks[n+1].has(lxAux|lxVerb)) {
				c.class = cueSay
				return c, true
			}
			return c, false
		}
		c.text = d.span(i, k+1)
		c.after = k + 1
		if qi := int(d.toks[k].quote); d.toks[k].inQuote() && d.quotes[qi].close > k {
			// "expressed “deep regret” over the closures": the words
			// in marks are the cue's own, and what follows starts
			// after the closing mark.
			c.after = d.quotes[qi].close + 1
		}
	case cueIssue:
		// "issued a statement", "issued the following statement"; not
		// "issued a subpoena for documents".
		k := c.after
		for k < s.last && k < c.after+3 && d.toks[k].lowerWord() && (!d.toks[k].has(lxDoc|lxPrep) || d.isWord(k, "following")) && !courtDocument(d.lower(k)) {
			k++
		}
		// "issued a ruling finding that ...": a court's document is its
		// words as a statement is a body's.
		if k >= s.last || !(d.toks[k].has(lxDoc) && issuedBySpeaker(d.lower(k)) || d.toks[k].lowerWord() && courtDocument(d.lower(k))) {
			// "issued a warning that the dam could fail": the words
			// given, then their clause.
			if t := d.madeStatement(i, s, givenNouns); t > 0 {
				c.class, c.after, c.text = cueSay, t, d.span(i, t)
				return c, true
			}
			return c, false
		}
		c.text = d.span(i, k+1)
		c.after = k + 1
	}
	return c, true
}

// saidAdding reports whether "adding" at i follows "he said" with no
// comma between, as in some agency copy: "..., he said adding “...”",
// "“...,” she said adding the poles were different". The participle is a
// second cue of the same speaker, not a gerund ("say adding the mineral"
// has no subject before its verb).
func (d *doc) saidAdding(i, prev int, s sentence) bool {
	return prev == i-1 && prev-1 >= s.first && d.isWord(i, "adding") && (d.isWord(prev, "said") || d.isWord(prev, "says")) &&
		d.toks[prev-1].lowerWord() && nominative(d.lower(prev-1))
}

// asideAfterCue reports whether the verb at i opens, or follows "when"
// or "while" at the opening of, an aside set off by commas between a cue
// and its "that": "said, speaking to reporters outside the town hall,
// that", "said, when asked about the cost, that", "added, pointing to
// the map, that". The clause after the aside is the first cue's.
func (d *doc) asideAfterCue(i int, s sentence) bool {
	a := i
	if d.isWord(i-1, "when") || d.isWord(i-1, "while") {
		a = i - 1
	}
	if a-2 < s.first || !d.punct(a-1, ",") || !d.toks[i].lowerWord() || !(d.endsWith(i, "ing") || d.endsWith(i, "ed")) {
		return false
	}
	cueBefore := false
	for k := a - 2; k >= s.first && k >= a-5; k-- {
		if d.toks[k].kind != tkWord || d.toks[k].inQuote() {
			break
		}
		if d.toks[k].cv != 0 && d.toks[k].lowerWord() {
			cueBefore = true
			break
		}
	}
	if !cueBefore {
		return false
	}
	b := d.nextComma(i, s)
	return b > i && b < i+14 && d.isWord(b+1, "that")
}

// raisedWorry reports whether token k, after "raised", is a worry
// (raisedObjects) whose "that" clause follows, perhaps after a time:
// "raised concerns on Monday that the dam was unsafe"; not "raised fears
// that were later proved right", a relative clause.
func (d *doc) raisedWorry(k int, s sentence) bool {
	if k >= s.last || !raisedObjects[d.lower(k)] || !d.toks[k].lowerWord() {
		return false
	}
	j := d.skipForwardAdverbials(k+1, s.last)
	return d.isWord(j, "that") && j+1 < s.last && d.toks[j+1].kind == tkWord && !d.toks[j+1].has(lxAux|lxVerb)
}

// asideAsPutIt reports whether "put" at token i ends an aside in the
// middle of a sentence, "traffic “ground to a halt” — as the court's
// decision put it — on the bridge", "..., as Ivo Tamm put it, ...": the
// manner clause credits the quotation next to it.
func (d *doc) asideAsPutIt(i int, s sentence) bool {
	return d.isWord(i+1, "it") && d.asideAs(i, i+2, s) // "put it", and "tells it"
}

// asideAsSaid reports whether "say" at token i ends such an aside: "—
// as Sen. Marta Quell likes to say —", "..., as Ivo Tamm once said.".
func (d *doc) asideAsSaid(i int, s sentence) bool {
	return (d.isWord(i, "say") || d.isWord(i, "said") || d.isWord(i, "says")) && d.asideAs(i, i+1, s)
}

// asideAs reports whether the verb at i, its words ending before end, ends
// an aside opened by "as" after a comma, a dash or a quotation.
func (d *doc) asideAs(i, end int, s sentence) bool {
	if !(end >= s.last || d.punct(end, ",") || d.isDash(end) || d.punct(end, ".")) {
		return false
	}
	for k := i - 1; k > s.first && k >= i-10; k-- {
		if d.punct(k, ")") {
			// "as Sen. Ted Cruz (Tex.) likes to say": over the aside.
			for k > s.first && k >= i-10 && !d.punct(k, "(") {
				k--
			}
			continue
		}
		if d.isWord(k, "as") && d.toks[k].lowerWord() {
			// `"dead on arrival," as Ivo Tamm put it`: the comma inside
			// the quotation marks.
			return d.punct(k-1, ",") || d.isDash(k-1) ||
				d.toks[k-1].kind == tkQuote && d.toks[k-1].is(fCloseMark) && d.punct(k-2, ",")
		}
		if d.toks[k].kind == tkQuote || d.toks[k].kind == tkPunct {
			return false
		}
	}
	return false
}

// openingReport reports whether the speech verb at i, opening sentence s,
// is a participle whose clause ("Saying that the dam was safe,", "Warning
// the wells could run dry,") ends at a comma before the sentence's own
// subject.
func (d *doc) openingReport(i int, s sentence) bool {
	if !d.endsWith(i, "ing") || d.toks[i].inQuote() {
		return false
	}
	comma := d.nextComma(i, s)
	if comma >= s.last-2 || comma < i+4 {
		return false
	}
	k := i + 1
	if d.isWord(k, "that") {
		k++
	}
	for j := k; j < comma; j++ {
		if d.toks[j].kind == tkQuote || d.toks[j].inQuote() {
			return false
		}
	}
	return d.clauseLike(k, s) && d.clauseVerbSoon(k, sentence{first: k, last: comma, para: s.para}) &&
		d.npForward(comma+1, s.last) > comma+1
}

// openingParticiple reports whether cue c is a participle of speech that
// opens sentence s, alone or after "In": "Saying the dam was safe, ...",
// "In finding the law void, ...".
func (d *doc) openingParticiple(c *cue, s sentence) bool {
	v := c.verb
	if c.lemma == "according to" || !d.endsWith(v, "ing") {
		return false
	}
	if v == s.first {
		return d.toks[v].capWord()
	}
	if v == s.first+1 && d.toks[v].lowerWord() && participleSubordinator(d.lower(s.first)) {
		return true // "While acknowledging the figures prove nothing, Brandvik said ..."
	}
	return v == s.first+1 && d.isWord(s.first, "in") && d.toks[v].lowerWord() && d.openingReport(v, s)
}

// participleSubordinator reports whether w, opening a sentence, may take
// a participle of speech whose subject is the main clause's: "While
// acknowledging ...", "After noting ...", "Though conceding ...".
func participleSubordinator(w string) bool {
	switch w {
	case "while", "though", "although", "after", "before", "when", "whilst":
		return true
	}
	return false
}

// withGroupParticiple reports whether the word at prev, before a
// participle, is an unnamed group or a share of one right after a "with"
// that opens its phrase: "..., with some stating they did not agree",
// "..., with officials saying". The group speaks, unnamed.
func (d *doc) withGroupParticiple(prev int, s sentence) bool {
	w := prev - 1
	if w < s.first || !d.isWord(w, "with") || !d.toks[w].lowerWord() || !(w == s.first || d.punct(w-1, ",")) {
		return false
	}
	t := &d.toks[prev]
	return t.lowerWord() && (t.has(lxGroup) || d.quantityPronoun(prev))
}

// nextComma returns the first comma after token i in sentence s, or s.last.
func (d *doc) nextComma(i int, s sentence) int {
	for k := i + 1; k < s.last && k < i+20; k++ {
		if d.punct(k, ",") {
			return k
		}
	}
	return s.last
}

// quotedBefore reports whether "quoted" comes within a few words before the
// "as" at token as, with only a name or "by" and a name between.
func (d *doc) quotedBefore(as, first int) bool {
	for k := as - 1; k >= first && k >= as-7; k-- {
		if d.isWord(k, "quoted") || d.isWord(k, "cited") && d.passive(k, first) {
			return true // "was quoted as saying", "was cited as saying"
		}
		if d.chunkAt[k] < 0 && !d.isWord(k, "by") && !d.isWord(k, "the") {
			return false
		}
	}
	return false
}

// whatItIsCalled reports whether the naming verb at i is in a free
// relative with "what" as its object and the quoted words after it
// qualify the noun after them: "take what Quellmark is calling “depth”
// photos" gives the name of a kind of thing. "What he calls the “blaming
// and shaming” of students" is his own word for it, a quote.
func (d *doc) whatItIsCalled(i int, s sentence) bool {
	qi := d.markQuote(i + 1)
	if i+1 >= s.last || d.toks[i+1].kind != tkQuote || qi < 0 || d.quotes[qi].open != i+1 || d.quotes[qi].close < 0 {
		return false
	}
	n := d.quotes[qi].close + 1
	if n >= s.last || !d.toks[n].lowerWord() || d.toks[n].has(lxFunc|lxPrep|lxDet|lxAux|lxVerb|lxPronoun) || d.toks[n].cv != 0 {
		return false
	}
	for k := i - 1; k >= s.first && k >= i-6; k-- {
		t := &d.toks[k]
		switch {
		case t.inQuote():
			return false
		case d.isWord(k, "what") && t.lowerWord():
			return true
		case d.chunkAt[k] >= 0, t.kind == tkPoss,
			t.lowerWord() && t.has(lxAux|lxAdverb|lxPronoun|lxGroup|lxDet):
			continue
		default:
			return false
		}
	}
	return false
}

// nameModified reports whether the name starting at token k is a modifier
// in a noun phrase: after a quantifier or a possessive.
func (d *doc) nameModified(k, first int) bool {
	p := k - 1
	if p < first {
		return false
	}
	if d.toks[p].kind == tkPoss {
		return true
	}
	if t := &d.toks[p]; t.lowerWord() && !t.inQuote() {
		switch d.lower(p) {
		case "amid", "about", "despite", "against", "among", "into":
			// "amid Velmar reports": a preposition's object, no clause's
			// subject; not "data from Velmar shows", "published by Velmar
			// shows", where the phrase ends a subject.
			return true
		}
		if p-1 >= first && d.isWord(p-1, "to") && d.toks[p-1].lowerWord() && !t.has(lxAux|lxPrep|lxDet|lxPronoun|lxAdverb) && t.cv == 0 {
			return true // "the decision to halt Florida recounts": a verb's object
		}
	}
	return d.quantifier(p)
}

// chunkEndingAt returns the name chunk that token k ends, counting a
// sequel's number after it ("Future II", "Civilization 6"), or -1.
func (d *doc) chunkEndingAt(k int) int {
	if k < 0 {
		return -1
	}
	if d.chunkAt[k] < 0 && k > 0 && (d.toks[k].kind == tkNum || romanNumeral(d.str(k))) {
		k--
	}
	return int(d.chunkAt[k])
}

func romanNumeral(w string) bool {
	switch w {
	case "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X":
		return true
	}
	return false
}

// possessiveBefore reports whether a possessive determiner ("our", "his",
// "their") stands before the name starting at token k, with at most two
// lower-case modifiers between: the name then modifies a noun after it.
func (d *doc) possessiveBefore(k, first int) bool {
	// "Back to the Future II": the rest of a title's words first.
	for n := 0; n < 6 && k-1 > first && (d.toks[k-1].capWord() || d.isWord(k-1, "to") || d.isWord(k-1, "the") || d.isWord(k-1, "of")); n++ {
		k--
	}
	for p := k - 1; p >= first && p >= k-3; p-- {
		t := &d.toks[p]
		if !t.lowerWord() {
			return false
		}
		if possessivePronoun(d.lower(p)) {
			return true
		}
		if t.has(lxFunc|lxPrep|lxAux|lxVerb) || t.cv != 0 {
			return false
		}
	}
	return false
}

// simonSays reports whether the name at token k is the "Simon" of "Simon
// says": one word, named nowhere else in the text.
func (d *doc) simonSays(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k || !d.isWord(k, "simon") {
		return false
	}
	e := d.chunks[ci].ent
	return e < 0 || len(d.ents[e].forms) <= 1 && len(d.ents[e].words) == 1
}

// quantifier reports whether token p is a lower-case quantifier: "most",
// "some", "these".
func (d *doc) quantifier(p int) bool {
	if p < 0 || !d.toks[p].lowerWord() {
		return false
	}
	switch d.lower(p) {
	case "some", "many", "more", "several", "these", "those", "other", "few", "most", "all", "both":
		return true
	}
	return numberWord(d.lower(p)) > 1 // "sixteen states argued"
}

// invertedAtStart returns the end of the speaker phrase when the speech
// verb at token i opens sentence s and a name and a quotation follow:
// "Remarked Center for Biological Diversity scientist Tierra Curry,
// “...”", "Says Wenna Hale, a mathematics teacher, “...”" (the present,
// and an aside between the name and the quotation). It returns i
// otherwise.
func (d *doc) invertedAtStart(i int, s sentence) int {
	if !(d.endsWith(i, "ed") || d.endsWith(i, "s") && !d.endsWith(i, "ss")) || i+1 >= s.last || d.chunkAt[i+1] < 0 && !d.definiteOwnerOfName(i+1, s) {
		return i
	}
	end := d.npForward(i+1, s.last)
	if end <= i+1 || end+1 >= s.last || !(d.punct(end, ",") || d.punct(end, ":")) || d.chunkAt[end-1] < 0 {
		return i
	}
	if t := &d.toks[end+1]; t.kind == tkQuote && t.is(fOpenMark) {
		return end
	}
	if d.punct(end, ",") && d.asideToQuote(end+1, s) {
		return end
	}
	return i
}

// definiteOwnerOfName reports whether the tokens from k are "the", a
// body's name or a noun, its possessive and a person's name: "the Big
// Board's Mr. Varga", "the exchange's Ilse Varga", the one an inverted
// "Says" at the sentence's start credits.
func (d *doc) definiteOwnerOfName(k int, s sentence) bool {
	if !d.isWord(k, "the") || !d.toks[k].lowerWord() {
		return false
	}
	for j := k + 1; j+1 < s.last && j <= k+5; j++ {
		t := &d.toks[j]
		if t.kind == tkPoss {
			ci := d.chunkAt[j+1]
			return ci >= 0 && d.chunks[ci].first == j+1 && d.chunks[ci].kind == kPerson
		}
		if t.kind != tkWord || t.lowerWord() && (t.has(lxAux|lxPrep|lxDet) || t.cv != 0) {
			return false
		}
	}
	return false
}

// asideToQuote reports whether an aside starting at token k, a lower-case
// description of the one just named ("a mathematics teacher", "the
// school's nurse"), runs in words and commas to a comma or a colon
// right before an opening quotation mark.
func (d *doc) asideToQuote(k int, s sentence) bool {
	if k >= s.last || !d.toks[k].lowerWord() || !(d.toks[k].has(lxDet) || d.toks[k].has(lxRole|lxTitle)) {
		return false
	}
	for j := k + 1; j+1 < s.last && j < k+16; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote {
			return false
		}
		if d.punct(j, ",") || d.punct(j, ":") {
			if n := &d.toks[j+1]; n.kind == tkQuote && n.is(fOpenMark) {
				return true
			}
			continue
		}
		if t.kind != tkWord && t.kind != tkPoss && t.kind != tkNum || t.kind == tkWord && t.lowerWord() && (t.has(lxAux) || t.cv != 0) {
			return false // a verb: a clause of its own, no aside
		}
	}
	return false
}

// byAgent returns the end of a named agent after the passive speech verb
// at i ("was described by Renner as", "were told by Mayor Osric Hale
// that"), or -1: the agent is the speaker.
func (d *doc) byAgent(i int, s sentence) int {
	by := i + 1
	q := by
	if d.isWord(q, "as") {
		q++
	}
	if q < s.last && d.toks[q].kind == tkQuote {
		// "was described as “heartbreaking” by the agency", "was called
		// “reckless” by Brenn": the quotation first, then its author.
		if qi := d.markQuote(q); qi >= 0 && d.quotes[qi].open == q && d.quotes[qi].close > 0 {
			by = d.quotes[qi].close + 1
			if d.punct(by, ",") {
				by++
			}
		}
	}
	if !d.isWord(by, "by") || by+1 >= s.last {
		return -1
	}
	k := by + 1
	if k+1 < s.last && d.isWord(k, "the") && d.toks[k].lowerWord() && d.chunkAt[k+1] >= 0 &&
		(d.describeVerb(i) && d.quotedDescription(i, by, s) || d.isWord(int(d.chunks[d.chunkAt[k+1]].last), "that")) {
		// "was described by the Harbour Board as “a danger”": a body
		// named with "the" gives the words in marks. Not "was described
		// by the police as a man in his 30s": the reporter's
		// identification, no one's words.
		k++
	}
	if k+1 < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxRole) && !d.toks[k].has(lxGroup|lxDoc) && d.chunkAt[k] < 0 {
		k++ // "was told by witness Carys Lloyd that": the role before the agent's name
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent < 0 || d.chunks[ci].outlet {
		return -1
	}
	return d.chunks[ci].last
}

// reasonAfterAgent reports whether a passive speech verb's agent, ending
// at end, is followed by the occasion or reason of the act ("after an
// incident", "for dissent") and no "that", colon or quotation anywhere
// after it: the passive's subject is what was reported, and nothing is
// said.
func (d *doc) reasonAfterAgent(end int, s sentence) bool {
	if end < 0 || end >= s.last || !d.toks[end].lowerWord() {
		return false
	}
	switch d.lower(end) {
	case "after", "for", "following", "over", "during":
	default:
		return false
	}
	for k := end + 1; k < s.last; k++ {
		if d.toks[k].kind == tkQuote || d.punct(k, ":") || d.isWord(k, "that") && d.toks[k].lowerWord() {
			return false
		}
	}
	return true
}

// describeVerb reports whether the speech verb at i describes or names
// something: "described", "characterised", "called", "dubbed".
func (d *doc) describeVerb(i int) bool {
	cv := d.toks[i].cv
	if cv == 0 {
		return false
	}
	v := cueVerbs[cv-1]
	return v.class == cueDescribe || v.lemma == "call" || v.lemma == "dub" || v.lemma == "label"
}

// quotedDescription reports whether the passive describing verb at i,
// its "by" at by, gives a quotation: before the "by" ("was called
// “reckless” by") or right after the agent's "as".
func (d *doc) quotedDescription(i, by int, s sentence) bool {
	if by > i+1 {
		return true // byAgent moved "by" past the quotation
	}
	for k := by + 1; k+1 < s.last && k < by+10; k++ {
		if d.isWord(k, "as") && d.toks[k].lowerWord() {
			return d.toks[k+1].kind == tkQuote && d.toks[k+1].is(fOpenMark)
		}
	}
	return false
}

// roleAgentThat returns the "that" after a passive speech verb's agent
// when the agent is someone unnamed, by role ("was warned by his campaign
// manager that", "were told by officials that"), or -1.
func (d *doc) roleAgentThat(i int, s sentence) int {
	by := i + 1
	if !d.isWord(by, "by") || !d.toks[by].lowerWord() || by+2 >= s.last {
		return -1
	}
	j := by + 1
	if d.descriptionOpensAt(j) {
		j++
	}
	for n := 0; n < 3 && j+1 < s.last && d.toks[j].lowerWord() && !d.toks[j+1].is(fCap) && !d.isWord(j+1, "that") && d.npWord(j); n++ {
		j++ // "his campaign manager", "senior officials"
	}
	if j+1 >= s.last || !d.toks[j].lowerWord() || !d.toks[j].has(lxRole|lxGroup) || !d.isWord(j+1, "that") || !d.toks[j+1].lowerWord() {
		return -1
	}
	return j + 1
}

// pluralSubject reports whether the word at k is the plural of a noun for
// people or bodies, which a base-form speech verb may follow: "aid
// agencies say", "Sources report", "health ministries warn".
func (d *doc) pluralSubject(k int) bool {
	t := &d.toks[k]
	if t.kind != tkWord || !(t.lowerWord() || t.is(fSentStart)) {
		return false
	}
	if t.has(lxGroup) {
		return true
	}
	w := d.lower(k)
	if teamWord(w) && w != "team" && w != "group" && w != "lab" {
		return true // "Amory and colleagues report": plural, though no role
	}
	if peopleSuffixPlural(w) && !t.has(lxVerb|lxAux) && t.cv == 0 {
		return true // "Many theorists argue", "motorists say": people, though the lexicon lacks them
	}
	const people = lxRole | lxGenericOrg
	switch {
	case len(w) > 5 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		// "coaches", "bosses", "actresses": people whose plural adds "es"
		if lex.lookup(w[:len(w)-2])&(people|lxTitle) != 0 {
			return true
		}
	case len(w) > 5 && strings.HasSuffix(w, "ves"):
		// "wives", "thieves": people whose "f" became "v"
		if lex.lookup(w[:len(w)-3]+"fe")&people != 0 || lex.lookup(w[:len(w)-3]+"f")&people != 0 {
			return true
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return lex.lookup(w[:len(w)-3]+"y")&people != 0
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return lex.lookup(w[:len(w)-1])&people != 0
	}
	return false
}

// peopleSuffixPlural reports whether w is a plural in -ists or -ians,
// nouns for people ("theorists", "conservationists", "civilians"), but
// for verbs in -ists ("persists"), lists ("checklists") and lines
// ("meridians").
func peopleSuffixPlural(w string) bool {
	if len(w) < 7 || !strings.HasSuffix(w, "ists") && !strings.HasSuffix(w, "ians") {
		return false
	}
	switch w {
	case "checklists", "playlists", "wishlists", "shortlists", "waitlists", "blacklists", "whitelists",
		"watchlists", "setlists", "tracklists", "pricelists", "booklists", "persists", "resists", "assists", "consists",
		"subsists", "enlists", "desists", "coexists", "preexists", "insists", "radians", "meridians", "medians":
		return false
	}
	return true
}

// superlativeAt reports whether token k is a lower-case superlative of
// an adjective ("bleakest", "latest", "strongest"), which only a noun
// follows after a determiner: "its strongest warning", "the latest
// report".
func (d *doc) superlativeAt(k int) bool {
	t := &d.toks[k]
	if !t.lowerWord() || t.cv != 0 || t.has(lxVerb|lxAux|lxPrep|lxFunc) {
		return false
	}
	w := d.lower(k)
	return len(w) > 5 && strings.HasSuffix(w, "est") && !estNotSuperlative[w]
}

// estNotSuperlative are the common words ending in "est" that are no
// superlative: "its latest request said" has a noun after its determiner
// anyway, but "the protest forecast" is no superlative's noun.
var estNotSuperlative = map[string]bool{
	"interest": true, "arrest": true, "forest": true, "request": true, "conquest": true, "inquest": true,
	"protest": true, "contest": true, "harvest": true, "suggest": true, "digest": true, "honest": true,
	"modest": true, "earnest": true, "manifest": true, "invest": true, "midwest": true, "southwest": true,
	"northwest": true, "behest": true, "unrest": true, "attest": true, "detest": true, "ingest": true,
	"divest": true, "bequest": true, "tempest": true, "priest": true, "pretest": true, "retest": true,
}

// quantityPronoun reports whether the word at k is a quantity standing
// alone for people, the subject of a base form: "some say", "many argue";
// not "some residents say", where the noun is the subject.
func (d *doc) quantityPronoun(k int) bool {
	switch d.lower(k) {
	case "some", "many", "most", "few", "fewer", "several":
	default:
		return false
	}
	return k == 0 || !d.toks[k-1].has(lxDet) || !d.toks[k-1].lowerWord()
}

// pastAfterQuantity reports whether the speech verb at i is a past form
// that speaks after a quantity standing for people ("Some said that the
// plant would close", "some wrote the rules were unfair"): no noun too,
// and what follows opens a clause or a quotation, not the noun the
// participle modifies ("some reported cases", "some claimed benefits").
func (d *doc) pastAfterQuantity(i int, s sentence) bool {
	w := d.lower(i)
	if nounToo(w) || !(strings.HasSuffix(w, "ed") || w == "said" || w == "wrote" || w == "told") {
		return false
	}
	if i+1 >= s.last || d.sentenceEnd(i+1, s) {
		return true // "“It is over,” some said."
	}
	n := &d.toks[i+1]
	switch {
	case n.kind == tkQuote || d.punct(i+1, ",") || d.punct(i+1, ":"):
		return true
	case n.lowerWord():
		return d.isWord(i+1, "that") || n.has(lxDet|lxPronoun) && !d.isWord(i+1, "to") || questionWords[d.lower(i+1)] || // "some questioned whether"
			w == "said" && !d.isWord(i+1, "to") || // "some said conditions would improve": "said" modifies no noun

			w == "told" && n.has(lxGroup|lxRole) // "some told reporters"
	}
	return n.capWord()
}

// questionWords open a reported question: "some questioned whether",
// "some asked how".
var questionWords = map[string]bool{"whether": true, "if": true, "how": true, "why": true, "what": true, "when": true, "where": true}

// baseForm reports whether w is a speech verb's base form, which speaks
// only after a plural subject ("scientists report", "researchers say"),
// never after "to", an auxiliary or a negation.
func baseForm(w string) bool {
	switch w {
	case "say", "describe", "show", "report", "argue", "claim", "suggest", "find", "write",
		"allege", "warn", "insist", "predict", "contend", "maintain", "caution", "acknowledge", "admit",
		"concede", "stress", "explain", "confirm", "deny", "estimate", "complain", "ask", "urge",
		"note", "state", "observe", "conclude", "reveal", "point", "demonstrate", "tell", "reply", "respond",
		"announce", "declare", "recommend", "propose", "encourage", "advise",
		// "Critics assert that ...", "Some scientists reckon ...": known
		// forms of speech verbs, now in the plural's present too.
		"assert", "emphasise", "emphasize", "underline", "underscore", "recall", "speculate", "lament", "testify",
		"reiterate", "reckon", "posit", "theorise", "theorize", "hypothesise", "hypothesize", "disclose", "remark",
		"affirm", "attest":
		return true
	}
	return false
}

// expletive reports whether the passive speech verb at i has an empty "it"
// for subject: "It was initially reported the fire started ...", "it has
// been claimed that ...". What it reports is nobody's.
func (d *doc) expletive(i int, s sentence) bool {
	for k := i - 1; k >= s.first && k >= i-4; k-- {
		if d.isWord(k, "it") {
			// "..., though it was intimated there were no signs": a
			// conjunction opening the clause, as a comma does.
			// ("when it was reported ..." stays a report, nobody's words.)
			return k == s.first || d.punct(k-1, ",") || !d.isWord(i, "reported") &&
				(d.toks[k-1].lowerWord() && openingSubordinator(d.lower(k-1)) || d.isWord(k-1, "but") || d.isWord(k-1, "and"))
		}
		if !d.toks[k].lowerWord() || !d.toks[k].has(lxAux|lxAdverb) {
			return false
		}
	}
	return false
}

// quoteSoon reports whether a quotation opens within a few words of token
// k, before the clause ends: "warned of “catastrophic” losses".
func (d *doc) quoteSoon(k int, s sentence) bool {
	for j := k; j < s.last && j < k+8; j++ {
		if d.toks[j].kind == tkQuote || d.isWord(j, "that") || d.punct(j, ",") || d.punct(j, ":") {
			// "wrote of Boseman, “...”": the phrase, a comma, the quotation.
			return d.toks[j].kind == tkQuote || d.isWord(j, "that") ||
				j+1 < s.last && d.toks[j+1].kind == tkQuote && d.toks[j+1].is(fOpenMark)
		}
	}
	return false
}

// reportByName reports whether a document by a named source starts at
// token k and runs to a comma: "In a report by the Tarvik Water Board,
// ..." credits what follows to the board, as "according to" would.
func (d *doc) reportByName(k int, s sentence) bool {
	if k >= s.last || !d.toks[k].lowerWord() || !d.toks[k].has(lxDet) {
		return false
	}
	j := k + 1
	if j < s.last && d.toks[j].lowerWord() && !d.toks[j].has(lxDoc) {
		j++ // "a situational report", "its annual statement"
	}
	if j+1 >= s.last || !d.toks[j].lowerWord() || !d.toks[j].has(lxDoc) || signWord(d.lower(j)) {
		return false
	}
	j++
	if !d.isWord(j, "by") && !d.isWord(j, "of") && !d.isWord(j, "from") {
		return false
	}
	j++
	if d.isWord(j, "the") {
		j++
	}
	ci := -1
	if j < s.last {
		ci = int(d.chunkAt[j])
	}
	if ci < 0 || d.chunks[ci].first != j || d.chunks[ci].ent < 0 || d.ents[d.chunks[ci].ent].placeish() {
		return false
	}
	return d.punct(d.chunks[ci].last, ",")
}

// skipTimePhrase returns the token after a phrase of time starting at k
// ("on Monday", "in March", "last week", "earlier this month"), or k when
// none starts there.
func (d *doc) skipTimePhrase(k, last int) int {
	p := k
	if p < last && d.toks[p].lowerWord() && (d.isWord(p, "earlier") || d.isWord(p, "later")) {
		p++
	}
	if p+1 < last && d.toks[p].lowerWord() && (d.isWord(p, "on") || d.isWord(p, "in") || d.isWord(p, "last") || d.isWord(p, "this") || d.isWord(p, "next")) {
		if d.toks[p+1].has(lxTime) {
			return p + 2
		}
		if d.isWord(p, "in") && d.toks[p+1].kind == tkNum {
			return p + 2 // "in 2019"
		}
	}
	return k
}

// skipPublishedTime returns the token after the time a document came out,
// at k after its participle: a phrase skipTimePhrase knows ("on Monday",
// "last week") or a bare day ("a report released Tuesday by", "published
// today by"); or k.
func (d *doc) skipPublishedTime(k, last int) int {
	if p := d.skipTimePhrase(k, last); p > k {
		return p
	}
	if k < last && d.toks[k].kind == tkWord && (weekday(d.lower(k)) || d.isWord(k, "today") || d.isWord(k, "yesterday")) {
		return k + 1
	}
	return k
}

// possessiveWordsAt returns the token after "X's words" (or "X's own
// words", "X's view", "X's opinion") starting at token k, where X is a
// name, or 0.
func (d *doc) possessiveWordsAt(k int) int {
	if d.isWord(k, "the") && d.toks[k].lowerWord() {
		k++ // "in the agency's words"
	}
	if k >= len(d.toks) {
		return 0
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent < 0 {
		return 0
	}
	m := d.chunks[ci].last
	if m >= len(d.toks) || d.toks[m].kind != tkPoss {
		return 0
	}
	if d.isWord(m+1, "own") {
		m++
	}
	if !(d.isWord(m+1, "words") || d.isWord(m+1, "view") || d.isWord(m+1, "opinion") || d.isWord(m+1, "estimation")) || !d.toks[m+1].lowerWord() || m+2 >= len(d.toks) ||
		!(d.toks[m+2].kind == tkQuote || d.punct(m+2, ",") || d.punct(m+2, ":")) {
		return 0 // "in Tarvik's words archive": a thing, not a source
	}
	return m + 2
}

// viewNouns are what a speaker holds and states: "Brenn's view is that".
var viewNouns = map[string]bool{
	"view": true, "position": true, "argument": true, "contention": true, "belief": true, "assessment": true, "opinion": true,
	// "Kallander's answer is that Bramwell has run the ministry ...":
	// words given in reply, as a view is.
	"answer": true, "reply": true, "response": true, "explanation": true, "claim": true, "complaint": true, "message": true,
}

// possessiveViewBefore returns the first token of the name in "X's view
// is that" when "is" or "was" at token i follows it, or -1.
func (d *doc) possessiveViewBefore(i int, s sentence) int {
	if i-3 < s.first || !d.toks[i-1].lowerWord() || !viewNouns[d.lower(i-1)] || d.toks[i-2].kind != tkPoss {
		return -1
	}
	ci := d.chunkAt[i-3]
	if ci < 0 || d.chunks[ci].ent < 0 {
		return -1
	}
	return d.chunks[ci].first
}

// possessiveViewCue builds the cue "X's view is that" at token i, which
// credits the clause after "that" to X as "according to X" does.
func (d *doc) possessiveViewCue(i int, s sentence) cue {
	f := d.possessiveViewBefore(i, s)
	ch := &d.chunks[d.chunkAt[f]]
	return cue{verb: i, after: i + 2, text: d.span(i, i+2), lemma: "according to", subjFirst: f, ent: d.resolveNP(f, ch.last, i),
		co: -1, quote: -1, found: true}
}

// namedAt reports whether a name chunk starts at token k of sentence s, or
// after "the" there.
func (d *doc) namedAt(k int, s sentence) bool {
	if k < s.last && d.isWord(k, "the") {
		k++
	}
	return k < s.last && d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].first == k
}

// possessiveWordsCue builds the cue "in X's words" starting at token i,
// which credits what follows to X as "according to X" does.
func (d *doc) possessiveWordsCue(i int, s sentence) cue {
	after := d.possessiveWordsAt(i + 1)
	k := i + 1
	if d.chunkAt[k] < 0 {
		k++ // after "the"
	}
	ch := &d.chunks[d.chunkAt[k]]
	return cue{verb: i, after: after, text: d.span(i, after), lemma: "according to", subjFirst: i, ent: d.resolveNP(k, ch.last, i),
		co: -1, quote: -1, found: true}
}

// datedBefore returns the token after a full date ("March 14, 2019")
// that follows an article at k: "a March 14, 2019 press release"; k when
// there is none.
func (d *doc) datedBefore(k int, s sentence) int {
	j := k
	if j < s.last && d.toks[j].lowerWord() && d.toks[j].has(lxDet) {
		j++
	}
	if j+4 < s.last && d.toks[j].capWord() && d.toks[j].has(lxTime) && d.toks[j+1].kind == tkNum && d.punct(j+2, ",") && d.toks[j+3].kind == tkNum {
		return j + 4
	}
	return k
}

// mannerAdverbAt reports whether token k is an adverb of how or where a
// document came out, between its participle and "by": "posted online by",
// "sent anonymously by", "released publicly by"; not "issued jointly by",
// a joint statement, which is no one of its authors' alone.
func (d *doc) mannerAdverbAt(k int) bool {
	if k >= len(d.toks) || !d.toks[k].lowerWord() {
		return false
	}
	switch w := d.lower(k); {
	case w == "online", w == "publicly", w == "anonymously", w == "privately", w == "internally", w == "separately", w == "earlier", w == "later":
		return true
	}
	return false
}

// sourceToEnd returns the end of a source that the noun phrase reader
// does not take, "according to estimates", "according to the first
// clinical trial of the device", when it runs in plain words to the end
// of the sentence or to a comma; k when it does not.
func (d *doc) sourceToEnd(k int, s sentence) int {
	j := k
	for j < s.last && j < k+16 && (d.toks[j].kind == tkWord || d.toks[j].kind == tkNum) && !d.toks[j].inQuote() && !d.toks[j].has(lxAux|lxPronoun) {
		j++
	}
	if j > k && (d.sentenceEnd(j, s) || j >= s.last || d.punct(j, ",")) {
		return j
	}
	return k
}

// prepCue builds the cue "according to X" or "in the words of X" starting
// at token i, with the speaker phrase starting at token k.
func (d *doc) prepCue(i, k int, s sentence) cue {
	c := cue{verb: i, after: k, text: d.span(i, k), lemma: "according to", subjFirst: i, ent: -1, co: -1, quote: -1}
	if e, after := d.titledWorkSource(k, s); e >= 0 {
		// "..., according to “A Long Season,” Mara Quell's account of
		// the club's early years": the book's author speaks.
		c.found, c.ent, c.after = true, e, after
		return c
	}
	according := d.isWord(i, "according") || d.isWord(i, "as") && d.isWord(i+1, "per")
	if according && k+3 < s.last && d.toks[k].capWord() && d.punct(k+1, "-") && placeParticiple(d.lower(k+2)) && d.toks[k+3].kind == tkWord {
		k += 3 // "according to U.S.-based rights group Tarvik Watch": the place is where the source is, split from "-based" at its point
	}
	end := d.npThroughName(k, s.last) // "according to Marcus “Bull” Tennant": the nickname's marks are in the name
	if end <= k && according && (i == s.first || d.punct(i-1, ",")) {
		end = d.sourceToEnd(k, s)
	}
	if dk := d.datedBefore(k, s); dk > k {
		// "according to a March 14, 2019 NATO press release": the date's
		// comma is inside the source.
		if e := d.npForward(dk, s.last); e > dk {
			k, end = dk, e
		}
	}
	if t, e2 := d.titleOfPhrase(k, end, s); t > 0 && according {
		// "according to Tarrow Bank head of consumer lending Ilse
		// Varga": the title's "of" phrase runs on to the name.
		k, end = t, e2
	}
	// "according to a memo sent by ...": an irregular participle the
	// noun phrase reader took for a noun ends the document's name.
	if end-1 > k && d.toks[end-1].lowerWord() && d.participle(end-1) && !d.endsWith(end-1, "ed") &&
		(d.isWord(end, "by") || d.mannerAdverbAt(end) && d.isWord(end+1, "by")) && d.isThing(k, end-1) {
		end--
	}
	// "According to data from the Gun Violence Archive", "according to a
	// statement by the ministry": the source's author is part of it.
	docAuthors := -1              // where the authors of a document source start: "a statement from Brenn and Varga"
	relAuthor, relComma := -1, -1 // "the details that Mr. Mallan shared with the minister,": who gave the document, and the comma after
	siteFrom := -1                // where the site a document was posted on starts: "a statement posted on the union's website"
	// "according to the opinion by the appeals court": a court's opinion
	// is its ruling, though an opinion is no document elsewhere.
	courtOpinion := end > k && d.isWord(end-1, "opinion") && d.toks[end-1].lowerWord() && d.isWord(end, "by")
	thing := end > k && d.isThing(k, end)
	if thing || end > k && d.toks[end-1].lowerWord() && givenInfo[d.lower(end-1)] {
		if relEnt, comma := d.docGivenBy(end, s); relEnt >= 0 {
			relAuthor, relComma = relEnt, comma
		}
	}
	if thing || courtOpinion {
		j := end
		if d.isWord(j, "on") && j+1 < s.last && d.toks[j+1].has(lxTime) {
			j += 2 // "a post on Monday by ..."
		}
		if j < s.last && d.toks[j].lowerWord() && d.participle(j) && d.isWord(j+1, "by") {
			j++ // "a statement released by the Supreme Court"
		} else if j < s.last && d.toks[j].lowerWord() && d.participle(j) && (d.mannerAdverbAt(j+1) || d.isWord(j+1, "out")) && d.isWord(j+2, "by") {
			j += 2 // "a memo posted online by Senator Juan Dalmau", "an email sent out by"
		} else if j < s.last && d.toks[j].lowerWord() && d.participle(j) {
			if p := d.skipPublishedTime(j+1, s.last); p > j+1 && d.isWord(p, "by") {
				j = p // "a report published on Monday (last week) by the Calder Institute"
			}
			for p := j + 2; p < s.last && p <= j+6; p++ {
				if d.isWord(p, "by") && d.recipientPhrase(j+1, p) {
					j = p // "figures presented to parliament by the statistics office"
					break
				}
			}
		} else if (d.isWord(j, "of") || d.isWord(j, "from")) && d.toks[j].lowerWord() {
			if n := d.thingByAt(j+1, s.last); n >= 0 {
				j = n // "the results of (from) a trial run by the agency"
			}
		}
		if (d.isWord(j, "from") || d.isWord(j, "by") || d.isWord(j, "of") && d.isWord(i, "in")) && d.toks[j].lowerWord() {
			if e2 := d.npForward(j+1, s.last); e2 > j+1 {
				docAuthors, end = j+1, e2
			}
		} else if from, e2 := d.siteOfDoc(j, s); from > 0 {
			siteFrom, end = from, e2
		}
	}
	// "according to a spokesman for the Ostby Food Agency", "according
	// to officials at the ministry", "an official with Tarvex Inc.": the
	// body the role speaks for is part of the source, as it is of a
	// subject ("a spokeswoman for the ministry said").
	if end > k && end+1 < s.last && d.toks[end-1].lowerWord() && (isVoiceRole(d.lower(end-1)) || bodyVoices(d.lower(end-1))) &&
		d.toks[end].lowerWord() && (d.isWord(end, "for") || d.isWord(end, "at") || d.isWord(end, "from") || d.isWord(end, "of") || d.isWord(end, "with")) {
		e2 := d.npForward(end+1, s.last)
		if e2 <= end+1 && end+2 < s.last && d.isWord(end+1, "lead") && d.toks[end+2].lowerWord() {
			e2 = d.npForward(end+2, s.last) // "an official with lead underwriter Tarvex Inc.": "lead" read as a verb
		}
		if e2 > end+1 && (d.chunkAt[e2-1] >= 0 || e2-2 > end && d.chunkAt[e2-2] >= 0 && d.toks[e2-1].lowerWord() && (d.isWord(e2-1, "office") || d.isWord(e2-1, "branch"))) {
			end = e2 // "forecasters at the Weather Service office": the body's local office
		}
	}
	// "According to Afghan Ambassador to the United States Hamdullah
	// Mohib": a title, its modifier, then the name.
	if end > k && d.chunkAt[end-1] >= 0 && d.chunks[d.chunkAt[end-1]].ent < 0 {
		for j := end; j < s.last && j < end+8 && !d.toks[j].inQuote() && d.toks[j].kind != tkPunct; j++ {
			if ci := d.chunkAt[j]; ci >= 0 && d.chunks[ci].kind == kPerson && d.chunks[ci].ent >= 0 {
				end = d.chunks[ci].last
				k = d.chunks[ci].first
				break
			}
		}
	}
	// "according to Wasef archaeologists have not found ...": with no
	// comma, the name ends the source and the clause's subject follows.
	if end > k && d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].first == k && d.chunks[d.chunkAt[k]].last < end && d.chunks[d.chunkAt[k]].ent >= 0 {
		m := d.chunks[d.chunkAt[k]].last
		plain := true
		// "according to Varga scientists have found": a person's name
		// modifies no group, as a place's does ("Tarvik officials").
		stop := lxRole | lxTitle | lxGroup | lxGenericOrg | lxDoc | lxPrep
		if d.ents[d.chunks[d.chunkAt[k]].ent].personish() {
			stop &^= lxGroup
		}
		for j := m; j < end; j++ {
			if !d.toks[j].lowerWord() || d.toks[j].has(stop) {
				plain = false
			}
		}
		if plain && end < s.last && d.toks[end].lowerWord() && d.toks[end].has(lxAux) {
			end = m
		}
	}
	if according && end > k+1 && !d.punct(end, ",") {
		// "according to officials 511 of 532 schools remain closed",
		// "according to police two men were held": with no comma, a
		// number after the people who tell opens the clause.
		for j := k + 1; j < end; j++ {
			if p := &d.toks[j-1]; p.lowerWord() && (p.has(lxGroup|lxGenericOrg) || isVoiceRole(d.lower(j-1)) || bodyVoices(d.lower(j-1))) &&
				(d.toks[j].kind == tkNum || d.toks[j].lowerWord() && numberWord(d.lower(j)) > 0) {
				end = j
				break
			}
		}
	}
	h := k
	if d.isWord(k, "the") && d.toks[k].lowerWord() {
		h++
	}
	if end > h && according && d.toks[h].lowerWord() && conformityNouns[d.lower(h)] && (end == h+1 || d.isWord(h+1, "of")) {
		// "according to the plan", "according to the rules of the
		// league": in keeping with, not what anyone said; not "according
		// to the ministry's plan", whose owner says it.
		c.skip = true
		return c
	}
	if end > k {
		c.found = true
		c.ent = d.resolveNP(k, end, i)
		if end-2 >= k && (d.isWord(end-1, "filing") || d.isWord(end-1, "filings")) && d.toks[end-1].lowerWord() && d.chunkAt[end-2] >= 0 && d.chunks[d.chunkAt[end-2]].ent == c.ent {
			// "according to his campaign's most recent S.C. Ethics
			// Commission filing": where it was filed, not who filed it.
			c.ent = -1
		}
		if c.ent < 0 && siteFrom > 0 {
			c.ent = d.resolveNP(siteFrom, end, i) // the site's owner posted it
		}
		c.thing = c.ent < 0 && d.isThing(k, end)
		if end+1 < s.last && d.isWord(end, "and") && d.isWord(end+1, "others") && d.toks[end].lowerWord() {
			c.ent, end = -1, end+2 // "according to Varga and others": no one alone, as "Varga and others said"
		}
		if co, coEnd := d.jointSource(c.ent, k, end, s); co >= 0 {
			c.co, end = co, coEnd // "according to Varga and Brenn": each of them, as "Varga and Brenn said"
			if docAuthors >= 0 {
				c.ent, c.co = -1, -1 // "according to a statement from Varga and Brenn": a joint statement, no one's alone
			}
		}
		entBefore, named := c.ent, d.chunkAt[end-1] >= 0
		c.after = d.skipAppositiveForward(d.skipParenthesis(end, s.last), s.last, &c)
		if c.after > end+1 && c.ent < 0 && !d.clauseAfterAside(c.after, s) {
			// "According to police, the driver lost control", "According
			// to police, the man, 34, was arrested": what looked like an
			// appositive of an unnamed source is the clause's subject.
			c.after = end
		} else if c.after > end+1 && entBefore >= 0 && !named && !d.clauseAfterAside(c.after, s) &&
			(!d.sentenceEnd(c.after, s) && c.after < s.last || d.finiteVerbIn(end+1, c.after)) {
			// "According to the county coroner's office, Brenn lost
			// control": so too after a body named by a description,
			// which keeps its speaker; but "..., according to its owner,
			// Benedek Farkas." names him.
			c.after, c.ent = end, entBefore
		}
		if relAuthor >= 0 && c.ent < 0 && c.after == end {
			c.ent, c.thing, c.after = relAuthor, false, relComma
		}
		if c.after == end && d.punct(end, ",") && d.isThing(k, end) {
			// "According to the report, published on Monday by the Calder
			// Institute, wages fell": the participle's phrase belongs to
			// the source, and its agent is who speaks.
			if n, agent := d.participlePhrase(end+1, s); n > 0 {
				c.after = n
				if c.ent < 0 && agent >= 0 {
					c.ent, c.thing = agent, false
				}
			}
		}
		// "According to two people familiar with the matter, ...": the
		// source's modifiers run to the comma.
		if c.after == end && !d.punct(end, ",") {
			for j := end; j < s.last && j < end+16; j++ {
				if d.punct(j, ",") {
					c.after = j
					break
				}
				t := &d.toks[j]
				if t.lowerWord() && d.participle(j) && !t.has(lxAux) && t.cv == 0 {
					continue // "a poll published by NBC News last week"
				}
				if j == end && t.lowerWord() && d.endsWith(j, "ed") && d.participle(j) && d.isThing(k, end) {
					continue // "a statement posted on Monday": a speech verb's participle after the document
				}
				if d.isWord(j, "close") && d.isWord(j+1, "to") && t.lowerWord() {
					continue // "a source close to the minister": an adjective, not the verb
				}
				if t.has(lxAux|lxVerb) || t.cv != 0 || t.kind == tkQuote || t.kind == tkPunct {
					break
				}
			}
		}
		if according && d.punct(c.after, ",") {
			// "according to DW's correspondent in Minsk, Nick Connery.",
			// "according to a spokesman for the ministry, Ilse Varga,":
			// a role's whole phrase, then the name it describes (the one
			// the role already stood for, or no person).
			if e := d.nameAfterRolePhrase(k, c.after, s); e >= 0 && (c.ent < 0 || c.ent == e || !d.ents[c.ent].personish()) {
				c.ent, c.thing = e, false
				c.after = d.chunks[d.chunkAt[c.after+1]].last
			}
		}
	}
	return c
}

// nameAfterRolePhrase returns the person named right after the comma at
// token comma when the phrase [k, comma) is a role's ("a spokesman for
// the ministry", "its correspondent in Kessby") and the name closes the
// source, at a comma or the sentence's end; or -1.
func (d *doc) nameAfterRolePhrase(k, comma int, s sentence) int {
	role := false
	for j := k; j < comma; j++ {
		if d.toks[j].kind == tkPunct {
			return -1 // "according to the agency ISNA, the prosecutor general of Tehran, Ali Mehr, said": two phrases, the name the next cue's subject
		}
		// The role heads its phrase: the comma or a preposition after
		// it ("a spokesman for", "its correspondent in"), not "official
		// statements".
		head := j+1 == comma || d.toks[j+1].lowerWord() && d.toks[j+1].has(lxPrep)
		role = role || head && d.toks[j].lowerWord() && (d.toks[j].has(lxRole) || isVoiceRole(d.lower(j)))
	}
	if !role || comma+1 >= s.last {
		return -1
	}
	ci := d.chunkAt[comma+1]
	if ci < 0 || d.chunks[ci].first != comma+1 || d.chunks[ci].ent < 0 {
		return -1
	}
	ch := &d.chunks[ci]
	if !(ch.kind == kPerson || d.ents[ch.ent].personEv > 0) || !(ch.last >= s.last || d.sentenceEnd(ch.last, s) || d.punct(ch.last, ",")) {
		return -1
	}
	if n := ch.last + 1; d.punct(ch.last, ",") && n < s.last && d.toks[n].lowerWord() && (d.toks[n].cv != 0 || d.toks[n].has(lxVerb|lxAux)) {
		return -1 // "..., Ilse Varga, said": the name is a cue's subject
	}
	return ch.ent
}

// docGivenBy returns who gave a document source in a relative clause at
// token j, "(the details) that Mr. Mallan shared with the minister,", and
// the comma that closes the clause: the giver is the source's speaker, as
// the agent of "a report released by" is. It returns -1 when no named
// subject and past verb open the clause, or no comma closes it soon.
func (d *doc) docGivenBy(j int, s sentence) (int, int) {
	if !(d.isWord(j, "that") || d.isWord(j, "which")) || !d.toks[j].lowerWord() || j+2 >= s.last {
		return -1, -1
	}
	ci := d.chunkAt[j+1]
	if ci < 0 || d.chunks[ci].first != j+1 || d.chunks[ci].ent < 0 {
		return -1, -1
	}
	v := d.chunks[ci].last
	if v >= s.last {
		return -1, -1
	}
	if t := &d.toks[v]; !t.lowerWord() || t.has(lxAux) || d.endsWith(v, "ing") || !(d.endsWith(v, "ed") || t.has(lxVerb) && !d.endsWith(v, "s")) {
		return -1, -1
	}
	for m := v + 1; m < s.last && m < v+12; m++ {
		t := &d.toks[m]
		if d.punct(m, ",") {
			return int(d.chunks[ci].ent), m
		}
		if t.kind == tkQuote || t.inQuote() || t.kind == tkPunct || t.cv != 0 || t.has(lxAux) && t.lowerWord() || d.isWord(m, "that") {
			break
		}
	}
	return -1, -1
}

// givenInfo are what someone hands over for others to report, beside
// the documents: "the details that Mr. Mallan shared".
var givenInfo = map[string]bool{"details": true, "information": true, "figures": true, "numbers": true, "estimates": true}

// conformityNouns are what "according to" can mean "in keeping with":
// "according to plan", "according to the rules", "according to
// tradition".
var conformityNouns = map[string]bool{
	"plan": true, "plans": true, "schedule": true, "timetable": true, "rules": true, "rule": true,
	"law": true, "laws": true, "constitution": true, "regulations": true, "tradition": true,
	"custom": true, "legend": true, "script": true, "procedure": true, "protocol": true,
}

// clauseAfterAside reports whether a clause can follow the aside that
// ends at token k: a comma, then neither the sentence's end nor a verb
// (after an age, "the man, 34, was arrested") that needs the aside as its
// subject.
func (d *doc) clauseAfterAside(k int, s sentence) bool {
	if !d.punct(k, ",") || k+1 >= s.last || d.sentenceEnd(k+1, s) {
		return false
	}
	j := k + 1
	if d.toks[j].kind == tkNum && d.punct(j+1, ",") {
		j += 2
	}
	return !(j < s.last && d.toks[j].lowerWord() && d.toks[j].has(lxAux|lxVerb) && !d.isWord(j, "to"))
}

// participlePhrase returns the comma closing a participle's phrase set
// off after a document ("published on Monday by the Calder Institute,")
// and the agent it names after "by", or 0 and -1 when none starts at k.
func (d *doc) participlePhrase(k int, s sentence) (int, int) {
	if k+1 >= s.last || !d.toks[k].lowerWord() || !d.participle(k) || d.toks[k].has(lxAux) {
		return 0, -1
	}
	agent := -1
	for j := k + 1; j < s.last && j < k+14; j++ {
		t := &d.toks[j]
		if d.punct(j, ",") {
			return j, agent
		}
		if t.kind == tkQuote || t.inQuote() || t.kind == tkPunct || t.cv != 0 || t.has(lxAux) && t.lowerWord() {
			return 0, -1
		}
		if d.isWord(j, "by") && t.lowerWord() && agent < 0 {
			if e := d.npForward(j+1, s.last); e > j+1 {
				agent, _ = d.resolveNPHead(j+1, e, j)
			}
		}
	}
	return 0, -1
}

// jointSource returns the second of two people named as one source,
// "according to Ilse Varga and Tomas Brenn", and the end of its name; or
// -1 when the source phrase [k, end), whose speaker is e, names one.
func (d *doc) jointSource(e, k, end int, s sentence) (int, int) {
	if e < 0 || !d.ents[e].personish() {
		return -1, end
	}
	if ci := d.chunkAt[end-1]; ci >= 0 && d.chunks[ci].ent == e && d.chunks[ci].first > k+1 && d.isWord(d.chunks[ci].first-1, "and") {
		// "Varga and Brenn" in one phrase, the second resolved: the first.
		p := d.chunks[ci].first - 2
		if pi := d.chunkAt[max(p, 0)]; p >= k && pi >= 0 && d.chunks[pi].first == k {
			if e2 := d.chunks[pi].ent; e2 >= 0 && e2 != e && d.ents[e2].personish() {
				return e2, end
			}
		}
		return -1, end
	}
	if end+1 < s.last && d.isWord(end, "and") && d.toks[end].lowerWord() && d.chunkAt[end+1] >= 0 {
		c2 := &d.chunks[d.chunkAt[end+1]]
		if c2.first == end+1 && c2.ent >= 0 && c2.ent != e && d.ents[c2.ent].personish() &&
			(c2.last >= s.last || d.punct(c2.last, ",") || d.sentenceEnd(c2.last, s) || d.isWord(c2.last, "in")) {
			return c2.ent, c2.last
		}
	}
	return -1, end
}

// skipParenthesis steps over a short aside in brackets at token k, such as
// the acronym after a name ("the National Storm Center (NSC), the storm
// ..."), and returns the token after it; k when there is none.
func (d *doc) skipParenthesis(k, last int) int {
	if !d.punct(k, "(") {
		return k
	}
	for j := k + 1; j < last && j < k+8; j++ {
		if d.punct(j, ")") {
			return j + 1
		}
		if d.toks[j].kind == tkQuote || d.punct(j, "(") {
			break
		}
	}
	return k
}

// mannerOfAsking reports whether the request verb lemma also gives the
// manner in which a quotation was said: “Don’t get nervous,” instructed
// the supervisor; “Please,” she begged.
func mannerOfAsking(lemma string) bool {
	return lemma == "instruct" || lemma == "implore" || lemma == "beg"
}

// saysQuoteBefore reports whether the verb at i is the cue of the
// quotation closing just before it (“...,” instructed Velez) or before
// its subject at the sentence's start (“...,” Velez instructed.).
func (d *doc) saysQuoteBefore(i int, s sentence) bool {
	if d.closesQuote(i-1, s) {
		return true
	}
	return d.toks[s.first].kind == tkQuote && (i+1 >= s.last || d.sentenceEnd(i+1, s)) && i-1 > s.first && d.toks[i-1].kind == tkWord
}

// closesQuote reports whether token k closes a quotation, or is a comma
// right after one.
func (d *doc) closesQuote(k int, s sentence) bool {
	if d.punct(k, ",") {
		k--
	}
	return k >= s.first && d.toks[k].kind == tkQuote && d.toks[k].is(fCloseMark)
}

// invertedPluralSpeakers reports whether the base-form speech verb at i,
// after a comma that ends a clause, is followed by plural speakers who end
// the sentence or the clause: "..., warn the study's authors.", "...,
// conclude the scientists", "..., note Ilse Varga and Tomas Brenn". An imperative takes an object there instead ("If smoke rises,
// warn your neighbours"), after an opening "if" or "when" clause.
func (d *doc) invertedPluralSpeakers(i int, s sentence) bool {
	k := i + 1
	if k >= s.last || d.toks[k].kind != tkWord || d.toks[k].has(lxPronoun) && !d.toks[k].has(lxDet) {
		return false
	}
	switch d.lower(k) {
	case "your", "my", "our", "his", "her", "its", "their", "this", "that", "these", "those", "it", "them", "us", "me", "him":
		return false
	}
	switch d.lower(s.first) {
	case "if", "when", "whenever", "unless", "before", "once", "while", "until", "after", "to", "please":
		return false
	}
	end := d.npForward(k, s.last)
	if end <= k {
		return false
	}
	head := end - 1
	plural := d.toks[head].lowerWord() && d.pluralSubject(head) && d.endsWith(head, "s")
	if !plural && d.chunkAt[head] >= 0 && d.isWord(end, "and") && end+1 < s.last && d.chunkAt[end+1] >= 0 {
		// "note Ilse Varga and Tomas Brenn": two named speakers.
		if e2 := d.npForward(end+1, s.last); e2 > end+1 && d.chunkAt[e2-1] >= 0 {
			plural, end = true, e2
		}
	}
	if !plural && head == k+1 && d.isWord(k, "the") && d.toks[k].lowerWord() && d.chunkAt[head] >= 0 && allCaps(d.str(head)) {
		// "..., claim the ICS.": a body's initials, whose staff the
		// plural verb agrees with, as British copy has it.
		plural = true
	}
	if !plural {
		return false
	}
	// Only an end or a comma after them: "insist the engineers who built
	// the dam" could as well be telling them something.
	return end >= s.last || d.sentenceEnd(end, s) || d.punct(end, ",")
}

// prevWord returns the index of the token before i in the sentence,
// skipping adverbs, or -1.
func (d *doc) prevWord(i, first int) int {
	for k := i - 1; k >= first; k-- {
		if !(d.toks[k].lowerWord() && d.toks[k].has(lxAdverb)) {
			return k
		}
	}
	return -1
}

// negated reports whether the verb at i is negated: "did not say", "has
// never said", "declined to say".
func (d *doc) negated(i, first int) bool {
	for k := i - 1; k >= first && k >= i-3; k-- {
		t := &d.toks[k]
		if t.has(lxNeg) || t.kind == tkWord && hasSuffixFold(d.str(k), "n't") {
			return true
		}
		if !(t.has(lxAux|lxAdverb) && t.lowerWord()) {
			return false
		}
	}
	return false
}

// timeAdverb reports whether w is an adverb of time that may stand
// between "be" and a participle ("is now added", "was also told", "were
// later quoted") and that the lexicon does not mark as an adverb.
func timeAdverb(w string) bool {
	switch w {
	case "now", "also", "then", "already", "since", "recently", "once", "again", "later", "soon", "still":
		return true
	}
	return false
}

// passive reports whether the participle at i follows a form of "be":
// "were twice denied visas", "is reported". A form in -ing after "be" is
// no participle of the passive but the progressive: "is saying".
func (d *doc) passive(i, first int) bool {
	if d.endsWith(i, "ing") {
		return false
	}
	for k := i - 1; k >= first && k >= i-3; k-- {
		switch d.lower(k) {
		case "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets":
			return true
		}
		if !(d.toks[k].lowerWord() && (d.toks[k].has(lxAdverb) || timeAdverb(d.lower(k)) || passiveAdverb(d.lower(k)))) {
			return false // but "is now added to the list": an adverb of time between
		}
	}
	return false
}

// passiveAdverb reports whether w is an adverb of degree or frequency that
// stands between "be" and a passive participle: "are largely determined
// by", "is usually found", "were widely reported". The words of
// apposingAdverb and a few more; not "likely" or "early", which are
// adjectives as often.
func passiveAdverb(w string) bool {
	if apposingAdverb(w) {
		return true
	}
	switch w {
	case "usually", "generally", "typically", "commonly", "normally", "widely", "increasingly", "entirely", "wholly", "partially", "fully", "rarely", "seldom", "occasionally", "sometimes", "routinely", "heavily", "strongly", "closely":
		return true
	}
	return false
}

// asideParticiple reports whether the participle at i opens an aside set
// off by a comma, perhaps after adverbs of time ("The quake, initially
// reported as ...", ", first reported as ..."), and the aside closes with
// a comma before the sentence goes on.
func (d *doc) asideParticiple(i int, s sentence) bool {
	k := i - 1
	for k > s.first && k > i-3 && d.toks[k].lowerWord() && (d.toks[k].has(lxAdverb) || timeAdverb(d.lower(k)) || d.isWord(k, "initially") || d.isWord(k, "first") || d.isWord(k, "originally")) {
		k--
	}
	if k <= s.first || !d.punct(k, ",") {
		return false
	}
	for j := i + 2; j < s.last && j < i+14; j++ {
		if d.toks[j].kind == tkQuote || d.toks[j].cv != 0 {
			return false
		}
		if d.punct(j, ",") {
			return j+1 < s.last && d.toks[j+1].lowerWord()
		}
	}
	return false
}

// toldUs reports whether the verb "told" at i has the writer for its
// passive subject: "We're told", "I am told", "we have been told".
func (d *doc) toldUs(i int, s sentence) bool {
	k := i - 1
	for k >= s.first && d.toks[k].lowerWord() && d.toks[k].has(lxAdverb) {
		k--
	}
	if k < s.first {
		return false
	}
	switch strings.ReplaceAll(d.lower(k), "’", "'") {
	case "we're", "i'm":
		return true
	case "been":
		k--
		if k >= s.first && (d.isWord(k, "have") || d.isWord(k, "had")) {
			k--
		}
		if k >= s.first {
			switch strings.ReplaceAll(d.lower(k), "’", "'") {
			case "we've", "i've", "we'd", "i'd", "we", "i":
				return true
			}
		}
		return false
	case "are", "were", "am", "was":
		return k-1 >= s.first && (d.isWord(k-1, "we") || d.isWord(k-1, "i"))
	}
	return false
}

// hearingBefore reports whether the passive verb at i has a court, a jury
// or a hearing for subject: "The jury was told", "Magistrates were told".
func (d *doc) hearingBefore(i int, s sentence) bool {
	k := i - 1
	for k >= s.first && d.toks[k].lowerWord() && d.toks[k].has(lxAux|lxAdverb) {
		k--
	}
	return k >= s.first && hearingWords[d.lower(k)]
}

func hasSuffixFold(s, suffix string) bool {
	s = strings.ReplaceAll(s, "’", "'")
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// linkLine reports whether paragraph p is one Markdown link, perhaps in
// bold and after a short label ("**MORE: [...](...)**", "Read more:
// [...](...)"): another story's headline, whose speech verbs report
// nothing in this one.
func (d *doc) linkLine(p int) bool {
	para := d.paraString(p)
	if featuredTitle(para) {
		return true
	}
	txt := strings.Trim(para, "*_ ")
	if relatedHeadline(txt) {
		return true
	}
	i := strings.IndexByte(txt, '[')
	if i < 0 || i > 24 || strings.ContainsAny(txt[:i], ".!?\"“”") {
		return false
	}
	_, e := markdownLink(txt, i, len(txt))
	return e == len(txt)
}

// relatedLabels open a line that points the reader to another story.
var relatedLabels = []string{"read more", "related", "more", "see also", "also read", "read also", "watch", "listen", "read next", "related story", "related coverage", "recommended"}

// relatedBlockLabels head a block of other stories' headlines after the
// story ("More on this story", "Related topics"), as a broadcaster's page
// sets them, each headline a paragraph of its own with no label.
var relatedBlockLabels = []string{"more on this story", "related stories", "related topics", "related content", "related links",
	"related internet links", "top stories", "most read", "you may also be interested in", "you might also like"}

// relatedBlockLabelMax is the length of the longest of relatedBlockLabels.
const relatedBlockLabelMax = len("you may also be interested in")

// relatedBlockLine reports whether paragraph p is one of the headlines (or
// their "Published ..." lines) under a heading of relatedBlockLabels: no
// more than 20 words, no full stop at its end, and only such lines between
// it and the heading. Its speech verbs report nothing in this story.
//
// It is asked of each paragraph by findCues and again of each
// quotation's by result, and each asks up to 24 paragraphs before it
// whether they read as headlines: both answers, which depend on the
// paragraphs' text alone, are kept once made (doc.relatedBlock,
// doc.headlineLike).
func (d *doc) relatedBlockLine(p int) bool {
	if d.relatedBlock == nil {
		d.relatedBlock = make([]int8, len(d.paraStart))
	}
	if m := d.relatedBlock[p]; m != 0 {
		return m == memoYes
	}
	yes := d.relatedBlockLineOnce(p)
	d.relatedBlock[p] = memoOf(yes)
	return yes
}

// relatedBlockLineOnce is relatedBlockLine made afresh.
func (d *doc) relatedBlockLineOnce(p int) bool {
	if !d.paraHeadlineLike(p) {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-24; q-- {
		// A paragraph more than four times as long as the longest label
		// is none of them, in whatever case (lower-casing a character
		// leaves at least one byte of its four at most), and is not
		// copied lower-cased to be compared.
		txt := strings.Trim(d.paraText(q), "*_#: ")
		if len(txt) <= 4*relatedBlockLabelMax && slices.Contains(relatedBlockLabels, strings.ToLower(txt)) {
			return true
		}
		if !d.paraHeadlineLike(q) {
			return false
		}
	}
	return false
}

// paraHeadlineLike is blockHeadlineLike of paragraph p's text, kept once
// made (doc.headlineLike).
func (d *doc) paraHeadlineLike(p int) bool {
	if d.headlineLike == nil {
		d.headlineLike = make([]int8, len(d.paraStart))
	}
	if m := d.headlineLike[p]; m != 0 {
		return m == memoYes
	}
	yes := blockHeadlineLike(d.paraText(p))
	d.headlineLike[p] = memoOf(yes)
	return yes
}

// A memo of a yes-or-no answer: the zero value is "not yet asked".
const (
	memoNo  int8 = 1
	memoYes int8 = 2
)

// memoOf is the memo of answer yes.
func memoOf(yes bool) int8 {
	if yes {
		return memoYes
	}
	return memoNo
}

// blockHeadlineLike reports whether a paragraph's text reads as a
// headline: at most 20 words, ending with no full stop, question or
// exclamation mark.
func blockHeadlineLike(txt string) bool {
	txt = strings.TrimRight(txt, "*_ ")
	return txt != "" && !strings.ContainsAny(txt[len(txt)-1:], ".!?") && fieldsAtMost(txt, 20)
}

// fieldsAtMost reports whether s has at most n fields as strings.Fields
// splits it (runs of non-space between Unicode white space), counting
// them without making the list and stopping past n: it is asked of every
// paragraph that ends with no full stop, most of them a quotation's
// whole paragraph.
func fieldsAtMost(s string, n int) bool {
	fields, inField := 0, false
	for _, r := range s {
		// An ASCII byte is white space as strings.Fields reads it
		// exactly when unicode.IsSpace says so; asked first, it spares
		// the call for nearly every byte.
		space := r == ' ' || '\t' <= r && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r)
		if space {
			inField = false
			continue
		}
		if !inField {
			inField = true
			if fields++; fields > n {
				return false
			}
		}
	}
	return true
}

// relatedHeadline reports whether a paragraph is another story's headline
// after a label, with no link ("RELATED: Mayor says the parade will go
// ahead"): a headline ends with no full stop, and its speech verbs report
// nothing in this story.
func relatedHeadline(txt string) bool {
	label, rest, ok := strings.Cut(txt, ":")
	if !ok || len(rest) < 8 || len(rest) > 160 || strings.ContainsAny(rest, "\n.!?") {
		return false
	}
	label = strings.ToLower(strings.Trim(label, "*_ "))
	return slices.Contains(relatedLabels, label)
}

// nameEndsClause reports whether a name starts at token k and ends its
// clause, at the sentence's end or a comma: the speaker of an inverted cue
// ("..., estimates Evan Sparks, CEO of ..."), not the subject of a clause
// of its own ("..., claims Tomas Brenn filed in May").
func (d *doc) nameEndsClause(k int, s sentence) bool {
	if k+1 < s.last && d.isWord(k, "the") && d.toks[k].lowerWord() && d.toks[k+1].kind == tkWord && allCaps(d.str(k+1)) {
		k++ // "..., claims the ICS.": a body's initials after "the"
	}
	if k >= s.last || d.chunkAt[k] < 0 || !d.toks[k].capWord() {
		return false
	}
	e := d.chunks[d.chunkAt[k]].last
	return e >= s.last || d.punct(e, ",") || d.sentenceEnd(e, s)
}

// docEndsClause reports whether a document's phrase starts at token k
// and ends its clause: the speaker of an inverted cue ("..., notes the
// report.", "..., states a study published in May."), not a noun with a
// clause after it ("..., notes the report found rents rose").
func (d *doc) docEndsClause(k int, s sentence) bool {
	if k >= s.last || !d.toks[k].lowerWord() || !d.toks[k].has(lxDet) {
		return false
	}
	for h := k + 1; h < s.last && h <= k+3; h++ {
		t := &d.toks[h]
		if !t.lowerWord() || t.cv != 0 || t.has(lxAux|lxVerb|lxPrep) {
			return false
		}
		if t.has(lxDoc) || thingWords[d.lower(h)] {
			return h+1 >= s.last || d.punct(h+1, ",") || d.sentenceEnd(h+1, s) || d.docModifier(h+1, s) >= 0
		}
	}
	return false
}

// passiveHearerThat reports whether the speech verb at i is a passive
// told to a hearer, no teller named, with a "that" clause after it:
// "the audience was told that ...", "Officials were informed that ...".
// What they were told is reported, by nobody; the hearer does not speak.
// Not "were told to leave", a request, nor "were warned about the cost".
func (d *doc) passiveHearerThat(i int, s sentence) bool {
	switch d.lower(i) {
	case "told", "informed", "assured", "reminded", "warned", "notified":
	default:
		return false
	}
	if !d.toks[i].lowerWord() || !d.isWord(i+1, "that") || !d.toks[i+1].lowerWord() || !d.passive(i, s.first) ||
		d.expletive(i, s) || d.byAgent(i, s) >= 0 || d.roleAgentThat(i, s) >= 0 {
		return false
	}
	// The hearers are people unnamed ("the audience", "Officials"): one
	// named or a pronoun ("Brenn was told that he had been sacked",
	// "after being told that") learnt news of their own, as the older
	// audits have it.
	k := i - 1
	for k > s.first && d.toks[k].lowerWord() && d.toks[k].has(lxAux|lxAdverb) {
		k--
	}
	return k >= s.first && k < i-1 && !d.isWord(k+1, "being") && d.chunkAt[k] < 0 && d.toks[k].kind == tkWord && !d.toks[k].has(lxPronoun)
}

// examplesAfter reports whether examples follow the word at i: "such
// as" or "like" and a name, an article or a number ("states such as
// Qatar", "island states like Ostra", "claims like these").
func (d *doc) examplesAfter(i int, s sentence) bool {
	if i+2 >= s.last || !d.toks[i+1].lowerWord() {
		return false
	}
	if d.isWord(i+1, "such") && d.isWord(i+2, "as") {
		return true
	}
	n := &d.toks[i+2]
	return d.isWord(i+1, "like") && (n.capWord() && !n.has(lxFunc|lxPronoun) || n.lowerWord() && (n.has(lxDet) || d.isWord(i+2, "these") || d.isWord(i+2, "those")))
}

// nounToo reports whether w is a speech-verb form that is as often a
// plural noun: a verb only after something that can be its subject. A
// switch, not a map: it is asked of every speech verb.
func nounToo(w string) bool {
	switch w {
	case "claims", "reports", "comments", "remarks", "notes", "states",
		"calls", "answers", "replies", "posts", "tweets", "points",
		"highlights", "stresses", "pledges", "promises", "jokes",
		"vows", "laments", "boasts", "reads", "concerns",
		"shows", "rules", "finds", "requests", "estimates", "hints",
		"projects", "recounts":
		return true
	}
	return false
}

// subjectLike reports whether token k can end a verb's subject: a name, a
// pronoun, or a noun for people, organisations or documents.
func (d *doc) subjectLike(k int) bool {
	if d.punct(k, ")") {
		// "Data from the World Health Organization (WHO) shows": the
		// phrase before the aside.
		for j := k - 1; j > 0 && j > k-8; j-- {
			if d.punct(j, "(") {
				return d.subjectLike(j - 1)
			}
		}
		return false
	}
	t := &d.toks[k]
	if d.chunkAt[k] >= 0 || t.kind == tkPoss {
		return true
	}
	return t.kind == tkWord && (t.has(lxPronoun|lxGroup|lxRole|lxDoc|lxGenericOrg|lxAdverb) || t.capWord() && !t.has(lxFunc) ||
		t.lowerWord() && thingWords[d.lower(k)]) // "the research shows"
}

// thingPhraseBefore reports whether the words up to prev end a noun phrase
// headed by findings or data with a phrase after the head: "Data from the
// satellite (show)", "Measurements taken by the orbiter (show)".
func (d *doc) thingPhraseBefore(prev int, s sentence) bool {
	for j := prev; j > s.first && j > prev-8; j-- {
		t := &d.toks[j]
		if t.kind == tkPoss {
			continue // "Data collected by the agency's satellites (show)"
		}
		if j < prev && t.kind == tkWord && t.lowerWord() && d.peopleModifierAt(j) && d.peopleHead(j-1, s) {
			// "People close to the mayor (say)", "Those organising the
			// march (warn)", "Residents who live near the dam (say)":
			// people, then what they do or whom they stand near; not
			// "Those who acknowledge ...", the relative's own verb.
			return true
		}
		if t.kind == tkWord && t.lowerWord() && t.has(lxVerb) && !t.has(lxAux) && t.cv == 0 && d.toks[j-1].lowerWord() && d.toks[j-1].has(lxDet) {
			continue // "Critics of the plan (argue)": a noun after its article
		}
		if t.kind == tkWord && t.lowerWord() && t.has(lxAux|lxVerb) && d.relativeOfPeople(j, s) {
			return true // "Farmers who lost crops in the flood (insist)"
		}
		if t.kind != tkWord || t.lowerWord() && t.has(lxAux|lxVerb) && !d.participle(j) {
			return false
		}
		if !t.lowerWord() || !(t.has(lxPrep) || d.participle(j)) {
			continue
		}
		h := j - 1
		if d.participle(j) && !t.has(lxPrep) && !(d.isWord(j+1, "by") || d.isWord(j+1, "from") || d.isWord(j+1, "at") || d.isWord(j+1, "in") || d.isWord(j+1, "on")) {
			continue
		}
		if h >= s.first && d.toks[h].lowerWord() && thingWords[d.lower(h)] || h >= s.first && d.toks[h].is(fSentStart) && thingWords[d.lower(h)] {
			return true
		}
		if h >= s.first && d.pluralSubject(h) && d.opensSubject(h, s) {
			return true // "Managers of the electric system (argue)": people, then where they are from
		}
	}
	return false
}

// peopleModifierAt reports whether the word at j opens a modifier after a
// noun for people: an adjective of nearness before its preposition
// ("close to", "familiar with", "loyal to"), a participle in -ing
// ("organising the march") or "who" opening a relative clause.
func (d *doc) peopleModifierAt(j int) bool {
	switch d.lower(j) {
	case "who":
		return true
	case "close", "familiar", "loyal", "near", "opposed", "allied":
		return d.isWord(j+1, "to") || d.isWord(j+1, "with")
	}
	return d.endsWith(j, "ing") && d.toks[j].cv == 0 && !d.toks[j].has(lxAux|lxPrep|lxFunc)
}

// relativeOfPeople reports whether the verb at j is in a relative clause
// on people that opens the subject: "who" just before it, or a few words
// before with no verb or punctuation between ("Farmers who lost crops in
// the flood", "Residents who still live near the dam").
func (d *doc) relativeOfPeople(j int, s sentence) bool {
	for k := j - 1; k > s.first && k >= j-3; k-- {
		if d.isWord(k, "who") && d.toks[k].lowerWord() {
			return d.peopleHead(k-1, s)
		}
		if !d.toks[k].lowerWord() || d.toks[k].has(lxVerb|lxAux) && k != j-1 {
			return false
		}
	}
	return false
}

// peopleHead reports whether the word at h is a plural noun for people,
// or "those", heading its clause's subject.
func (d *doc) peopleHead(h int, s sentence) bool {
	if h < s.first || !(d.toks[h].lowerWord() || d.toks[h].is(fSentStart)) {
		return false
	}
	return (d.pluralSubject(h) || d.isWord(h, "those") || d.isWord(h, "people")) && d.opensSubject(h, s)
}

// opensSubject reports whether the plural noun at h heads the subject of
// its clause: it opens the sentence or follows a determiner, a conjunction
// or a comma there, perhaps after an adjective or two ("Top officials of
// the ministry", "but critics of the plan"); not the object of a verb
// ("fined managers of the plant").
func (d *doc) opensSubject(h int, s sentence) bool {
	k := h - 1
	for k >= s.first && k > h-3 && d.toks[k].lowerWord() && !d.toks[k].has(lxFunc|lxDet|lxPrep|lxAux|lxVerb|lxPronoun) {
		k--
	}
	if k < s.first {
		return true
	}
	if k == s.first && d.toks[k].is(fSentStart) && (d.toks[k].has(lxDet) || !d.toks[k].has(lxFunc|lxPrep|lxAux|lxVerb|lxPronoun) && d.chunkAt[k] < 0) {
		return true // "The members of", "Senior officials of"
	}
	switch d.lower(k) {
	case ",", "but", "and", "while", "whereas", "though", "although":
		return true
	}
	return false
}

// gerundOK reports whether a speech verb's -ing form after the word at
// prev still reports speech: after a conjunction ("and adding"), or after a
// document ("a statement emphasizing").
func (d *doc) gerundOK(prev int) bool {
	if prev > 0 && d.writtenNoticeBefore(prev, max(0, prev-6)) >= 0 {
		return true // "sent an update saying", "a statement at 3:20 p.m. saying": a written notice, a time between
	}
	if prev > 0 && d.toks[prev].lowerWord() && (timeAdverb(d.lower(prev)) || restrictiveAdverb(d.lower(prev))) {
		switch d.lower(prev - 1) {
		case "is", "are", "was", "were", "been":
			return true // "is now telling Norvatel that", "are still insisting": the progressive, an adverb of time between
		}
		if contractedBe(d.lower(prev - 1)) {
			return true // "He's only saying that"
		}
	}
	switch d.lower(prev) {
	case "and", "but", "while", "whilst", "before", "after", "when", "by", "also", "then", "without":
		return true
	case "is", "are", "was", "were", "been", "keeps", "kept":
		// "is saying", "has been saying for months", "keeps saying": the
		// progressive of the verb, speech now or then.
		return true
	}
	if startForms[d.lower(prev)] {
		return true // "has only recently started saying": speech from then on
	}
	if d.refusalBefore(prev) {
		return true // "refused to answer saying he would reply in writing": why he refused
	}
	if d.departureBefore(prev) {
		return true // "resigned earlier in the week stating he could not ...": why she left
	}
	if w := d.lower(prev); pronounContraction(w) && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "re") || strings.HasSuffix(w, "m")) || contractedBe(w) {
		return true // "he's asking taxpayers to ...", "they're saying that", "that's saying": "is" or "are" run into the pronoun
	}
	// "issued a statement saying", "held a press conference claiming";
	// "..., eventually confirming that": an adverb in -ly the lexicon
	// lacks, after the comma.
	return d.toks[prev].has(lxDoc|lxAdverb) || d.isWord(prev, "conference") || d.isWord(prev, "briefing") ||
		d.toks[prev].lowerWord() && lyAdverb(d.lower(prev)) && d.punct(prev-1, ",")
}

// departureBefore reports whether the words up to prev, no punctuation
// between, hold a verb of leaving a post ("resigned", "quit", "stepped
// down", "walked out") and what follows it is no noun for someone who
// could speak instead: "resigned earlier in the week stating she could
// not work with him" gives her reason, a participle with no comma.
func (d *doc) departureBefore(prev int) bool {
	for k := prev; k >= 1 && k > prev-9; k-- {
		t := &d.toks[k]
		if !t.lowerWord() || t.inQuote() || t.has(lxRole|lxGroup) || d.peopleNoun(k) {
			return false
		}
		switch d.lower(k) {
		case "resigned", "resigns", "quit", "quits", "withdrew", "withdraws", "retired", "retires":
			return true
		case "down", "out":
			switch d.lower(k - 1) {
			case "stepped", "steps", "walked", "walks", "stood", "stands":
				return true
			}
		}
	}
	return false
}

// refusalBefore reports whether the word at prev ends what someone
// refused or declined to do, a few lower-case words after the "to":
// "refused to answer", "declined to comment", "refused to take
// questions". A participle of speech right after it, no comma between,
// gives the reason ("..., saying ..."); a verb that takes a gerund
// ("refused to stop saying") leaves it the object.
func (d *doc) refusalBefore(prev int) bool {
	switch d.lower(prev) {
	case "stop", "keep", "avoid", "quit", "risk", "begin", "start", "continue", "go", "mind":
		return false
	}
	for k := prev; k >= 1 && k > prev-4; k-- {
		if !d.toks[k].lowerWord() || d.toks[k].inQuote() {
			return false
		}
		if d.isWord(k, "to") {
			switch d.lower(k - 1) {
			case "refused", "refuses", "refusing", "refuse", "declined", "declines", "declining", "decline":
				return k < prev
			}
			return false
		}
	}
	return false
}

// speechAfterPrep reports whether the participle at i, after the
// preposition at prev, is the subject's speech: "resigned after saying
// that", "despite claiming previously that", "was criticised for saying
// the mine was unsafe", "in spite of insisting that". The clause it
// governs is then reported like that of "while insisting that". Only a
// "that" or a verb that takes no noun object makes it speech ("after
// conceding two goals" is a score); "without saying" and "short of
// saying" report nothing said; "criticised Biden for saying" is
// Biden's claim, not the critic's, so "for" speaks for the subject only
// after a passive or a noun of reaction ("drew criticism for claiming").
func (d *doc) speechAfterPrep(i, prev int, s sentence) bool {
	if !d.endsWith(i, "ing") || !d.toks[i].lowerWord() {
		return false
	}
	switch d.lower(prev) {
	case "after", "before", "despite", "upon", "since":
	case "in":
		// "She got serious in saying that ...", "was blunt in saying the
		// budget would fail": a manner of the subject's own speech, after
		// a verb of being or becoming and its adjective.
		if prev < 2 || !d.toks[prev-1].lowerWord() || d.toks[prev-1].has(lxFunc|lxPrep|lxDet|lxPronoun) || !d.toks[prev-2].lowerWord() ||
			!(beForms[d.lower(prev-2)] || d.isWord(prev-2, "got") || d.isWord(prev-2, "became") || d.isWord(prev-2, "grew") || d.isWord(prev-2, "remained")) {
			return false
		}
	case "of":
		// "in spite of claiming that"; "is fond of saying that", "never
		// tires of saying that": a habit of speech.
		if !d.isWord(prev-1, "spite") && !d.isWord(prev-1, "fond") && !d.isWord(prev-1, "tire") && !d.isWord(prev-1, "tires") {
			return false
		}
	case "for":
		if namingGerund(d.lower(i)) && (d.blameObjectBefore(prev, s) >= 0 || d.passive(prev-1, s.first)) {
			// "praised Ivo Brant for calling the plan “a disgrace”", "was
			// criticised for calling it “...”": the one who called it
			// that speaks (findSubject).
			return true
		}
		if !(d.passive(prev-1, s.first) || reactionNouns[d.lower(prev-1)]) {
			return false
		}
	default:
		return false
	}
	for k := prev - 1; k > s.first && k > prev-12; k-- {
		if d.endsWith(k, "ing") && d.toks[k].lowerWord() && (d.isWord(k-1, "for") || d.isWord(k-1, "of")) {
			// "criticized Biden for making the trip despite claiming
			// ...": the doer of the gerund speaks, not the subject.
			return false
		}
	}
	next := i + 1
	if d.isWord(next, "previously") || d.isWord(next, "earlier") || d.isWord(next, "repeatedly") || d.isWord(next, "publicly") {
		next++ // "despite claiming previously that"
	}
	if cv := d.toks[i].cv; cv != 0 {
		v := cueVerbs[cv-1]
		if v.phrasal != "" && d.isWord(next, v.phrasal) {
			next++ // "despite pointing out that"
		}
		if end := d.npForward(next, s.last); v.receiver && end > next && end <= next+4 && d.isWord(end, "that") {
			next = end // "after reminding members that": the hearer, then the clause
		}
	}
	switch {
	case d.isWord(next, "that"):
		return true
	case clauseParticiples[d.lower(i)]:
		return true
	}
	return false
}

// clauseParticiples are speech participles whose object the complement
// reader tells from a clause ("after revealing he is working on",
// "after announcing her plans"); "conceding" is left out, as "after
// conceding two goals in the last six minutes to lose" is a score.
var clauseParticiples = map[string]bool{
	"saying": true, "claiming": true, "insisting": true, "arguing": true, "suggesting": true,
	"stating": true, "asserting": true, "alleging": true, "telling": true, "revealing": true, "announcing": true,
	"confirming": true, "warning": true, "noting": true, "acknowledging": true, "explaining": true, "declaring": true,
	"tweeting": true, "writing": true, "posting": true, "stressing": true, "predicting": true, "admitting": true,
	"denying": true, "adding": true, "complaining": true, "promising": true, "vowing": true, "pledging": true,
	"reporting": true, "disclosing": true, "testifying": true, "indicating": true,
}

// reactionNouns are the nouns of a reaction to what someone said: "drew
// criticism for saying", "faced a backlash for claiming".
var reactionNouns = map[string]bool{
	"criticism": true, "flak": true, "fire": true, "backlash": true, "outrage": true, "ridicule": true,
	"condemnation": true, "praise": true, "scorn": true, "apologised": true, "apologized": true, "apologises": true,
	"apologizes": true, "apologise": true, "apologize": true, "headlines": true, "controversy": true,
}

// beForms are the forms of "be" before an adjective of insisting: "was
// adamant that".
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "been": true}

// pluralOpening reports whether sentence s opens with a plural subject, a
// noun in -s or a group ("Many institutions", "Residents", "They"), which
// a base form after "and" can share.
func (d *doc) pluralOpening(s sentence) bool {
	k := d.countFrom(d.clauseStart(s), s)
	if d.isWord(k, "they") || d.isWord(k, "we") {
		return true
	}
	for j := k; j < s.last && j < k+5; j++ {
		t := &d.toks[j]
		if j == k && (d.isWord(j, "but") || d.isWord(j, "and") || d.isWord(j, "yet")) || d.toks[j].has(lxDet) || d.quantityPronoun(j) {
			continue // "But many institutions": the conjunction and the quantifier before the noun
		}
		if t.kind != tkWord || t.cv != 0 || t.lowerWord() && t.has(lxPrep|lxAux|lxVerb|lxFunc) {
			return false
		}
		if (t.lowerWord() || j == s.first) && (t.has(lxGroup) || d.endsWith(j, "s") && !d.endsWith(j, "ss") && !t.has(lxPronoun)) {
			return true
		}
	}
	return false
}

// narrativeWould reports whether the base form at i follows "would"
// with an adverb of later or repeated time ("would later say", "later
// would say", "would often tell"), or limits it ("would only say that",
// "would say only that"): a narrative's past, words said then.
// Bare "would say" stays a conditional ("she would say that only if
// asked").
func (d *doc) narrativeWould(i int, s sentence) bool {
	if i-2 < s.first || !d.toks[i-1].lowerWord() {
		return false
	}
	a, b := d.lower(i-2), d.lower(i-1)
	if b == "would" && d.isWord(i+1, "only") && d.isWord(i+2, "that") {
		return true // "would say only that the talks continue": all that was said
	}
	if b == "would" && d.habitualBefore(i, s) {
		return true // "Varga would call his ideas stupid. Brenn would say Varga's idea was naive."
	}
	if !d.toks[i-2].lowerWord() {
		return false
	}
	return a == "would" && (narrativeTimes[b] || b == "only") || narrativeTimes[a] && b == "would"
}

// habitualBefore reports whether the "would" before the base form at i
// goes on a habit the sentence before, in the same paragraph, told with
// "would" too, and neither sentence sets a condition: "Varga would call
// one of Brenn's ideas stupid. Brenn would say ...": what they used to
// say, not what they might.
func (d *doc) habitualBefore(i int, s sentence) bool {
	si := int(d.sentOf[s.first])
	if si == 0 || d.sents[si-1].para != s.para {
		return false
	}
	p := d.sents[si-1]
	for _, r := range [][2]int{{p.first, p.last}, {s.first, i}} {
		for k := r[0]; k < r[1]; k++ {
			if d.isWord(k, "if") || d.isWord(k, "unless") || d.toks[k].kind == tkQuote {
				return false
			}
		}
	}
	for k := p.first; k+1 < p.last; k++ {
		if d.isWord(k, "would") && d.toks[k+1].lowerWord() && !d.toks[k+1].has(lxAux|lxNeg|lxAdverb|lxFunc) {
			return true
		}
	}
	return false
}

// narrativeTimes are the adverbs that make "would" tell the past:
// "would later say", "would often say".
var narrativeTimes = map[string]bool{
	"later": true, "subsequently": true, "afterwards": true, "afterward": true, "eventually": true,
	"often": true, "always": true, "repeatedly": true, "frequently": true, "sometimes": true,
}

// wentOn are the forms of "go" in "went on to say", where a base form
// reports speech.
var wentOn = map[string]bool{"went": true, "goes": true, "go": true, "going": true}

// continueForms are the forms of "continue" in "continued to insist",
// where a base form reports speech.
var continueForms = map[string]bool{"continue": true, "continues": true, "continued": true, "continuing": true}

// likeForms are the verbs of habit in "as Marta Quell likes to say".
var likeForms = map[string]bool{"like": true, "likes": true, "liked": true, "love": true, "loves": true, "loved": true, "used": true}

// subjectAfterQuote reports whether the words ending at token k are a
// short subject just after a quotation and its comma: “...,” (my
// grandfather) used to say.
func (d *doc) subjectAfterQuote(k int, s sentence) bool {
	for j := k; j >= s.first && j > k-6; j-- {
		if d.closesQuote(j, s) {
			return j < k
		}
		if t := &d.toks[j]; t.kind == tkQuote || t.kind == tkPunct || t.lowerWord() && (t.has(lxVerb|lxAux) || t.cv != 0) {
			return false
		}
	}
	return false
}

// keepForms are the forms of "keep" in "keeps saying".
var keepForms = map[string]bool{"keep": true, "keeps": true, "kept": true, "keeping": true}

// startForms are the forms of "start" and "begin" in "started saying",
// "began claiming": the subject's speech from then on.
var startForms = map[string]bool{
	"start": true, "starts": true, "started": true,
	"begin": true, "begins": true, "began": true, "begun": true,
}

// auxNext reports whether an auxiliary comes at k or after up to three
// more words, before any punctuation, preposition or "and": "claimed 190
// were dead", "claimed 90 people had died", "claimed 790 Azerbaijani
// soldiers had been killed", a clause rather than a toll.
func (d *doc) auxNext(k int, s sentence) bool {
	for j := k; j < s.last && j < k+4; j++ {
		if d.toks[j].lowerWord() && d.toks[j].has(lxAux) {
			return true
		}
		if d.toks[j].kind != tkWord || d.toks[j].lowerWord() && d.toks[j].has(lxPrep|lxFunc) || d.isWord(j, "and") || d.isWord(j, "or") {
			return false // "claimed 12 lives and was declared ...": the toll ends first
		}
	}
	return false
}

// placeObject reports whether token k ends a name that is the object of a
// preposition of place ("at Fishmongers' Hall", "in Tarvik"): something
// named there is named, not spoken to.
func (d *doc) placeObject(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].last != k+1 {
		return false
	}
	p := d.chunks[ci].first - 1
	if p >= 1 && d.toks[p].kind == tkPoss && d.chunkAt[p-1] >= 0 {
		p = d.chunks[d.chunkAt[p-1]].first - 1 // "at Fishmongers' Hall"
	}
	return p >= 0 && d.toks[p].lowerWord() && (d.isWord(p, "at") || d.isWord(p, "in") || d.isWord(p, "near") || d.isWord(p, "inside"))
}

// claimedThings are what "claimed" takes as an object rather than a
// clause: "both claimed victory", "no group claimed responsibility".
var claimedThings = map[string]bool{
	"victory": true, "responsibility": true, "credit": true, "ownership": true, "asylum": true,
	"compensation": true, "damages": true, "success": true,
}

// relativeSubjectBefore reports whether the name or pronoun ending at
// token k follows a relative pronoun ("which Ana Cole says is twice the
// size", "which they note is larger"): the verb after it is a cue whose
// clause lost its subject to the relative, not a noun.
func (d *doc) relativeSubjectBefore(k int, s sentence) bool {
	if k < s.first {
		return false
	}
	f := k
	switch {
	case d.chunkAt[k] >= 0:
		f = d.chunks[d.chunkAt[k]].first
	case d.toks[k].lowerWord() && d.toks[k].has(lxPronoun) && nominative(d.lower(k)):
	default:
		return false
	}
	p := f - 1
	if p > s.first && d.isWord(p, "the") && d.toks[p].lowerWord() && d.chunkAt[k] >= 0 {
		p-- // "which the Ellis Trust says was built in 1950"
	}
	// "what the United Nations says may be the worst crisis", "a charge
	// that the company says is false": the relative's verb follows.
	return p >= s.first && d.toks[p].lowerWord() && (d.isWord(p, "which") || d.isWord(p, "who") || d.isWord(p, "what") || d.isWord(p, "that"))
}

// setOffSubjectBefore reports whether the comma at k closes a relative
// or participle clause set off after a plural subject, so that the base
// form after the comma agrees with that subject: "The researchers, who
// worked with colleagues at Pellmark, report that ...", "Brenn and Varga,
// who led the study, write that ...", "The scientists, led by Mara
// Quell, conclude ...". The subject must be one a base form takes right
// after it.
func (d *doc) setOffSubjectBefore(k int, s sentence) bool {
	if !d.punct(k, ",") {
		return false
	}
	open := -1
	for j := k - 1; j > s.first && j >= k-16; j-- {
		if d.toks[j].inQuote() || d.punct(j, ";") || d.punct(j, ":") {
			return false
		}
		if d.punct(j, ",") {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= k || !d.toks[open+1].lowerWord() {
		return false
	}
	if !setOffOpener(d.lower(open + 1)) {
		return false
	}
	h := open - 1
	if h < s.first {
		return false
	}
	plural := func(h int) bool {
		return (d.toks[h].lowerWord() || d.toks[h].is(fSentStart)) && (d.toks[h].has(lxGroup) || d.pluralSubject(h) || d.agentPluralAt(h))
	}
	if plural(h) || d.coordinatedNamesEndAt(h, s) {
		return true
	}
	// "Volcanologists at the Kessling Survey, which monitors the summit,
	// report": the clause is about the body the subject works at.
	ci := d.chunkAt[h]
	if ci < 0 || d.chunks[ci].last != h+1 {
		return false
	}
	p := d.chunks[ci].first - 1
	if p-1 >= s.first && d.isWord(p, "the") {
		p--
	}
	return p-1 >= s.first && (d.isWord(p, "at") || d.isWord(p, "from") || d.isWord(p, "with")) && plural(p-1)
}

// setOffOpener reports whether w opens a clause set off by commas after a
// speaker, one that says who the speaker is and leaves the verb after it
// to that speaker: "The authors, who studied ...,", "Scientists, led by
// ...,", "The researchers, based in ...,".
func setOffOpener(w string) bool {
	switch w {
	case "who", "which", "whose", "based", "led", "working":
		return true
	}
	return false
}

// groupNameAt reports whether token k ends a name that is only what an
// unnamed group's modifier is about, so that the group is the subject of
// the base form after it: "Some people inclined to support Mrs. Varga
// note that".
func (d *doc) groupNameAt(k int, s sentence) bool {
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].last != k+1 {
		return false
	}
	return d.groupModifierObject(d.chunks[ci].first, s)
}

// coordinatedNamesEndAt reports whether token k ends a name of a person
// or an organisation joined by "and" to another such name: "Tomas Brenn
// and Ilse Varga urge everyone to vote" is a plural subject, which a base
// form agrees with, as "officials urge" does. Places stay out ("Tarvik and
// Ostby report ..." is too often a headline's noun).
func (d *doc) coordinatedNamesEndAt(k int, s sentence) bool {
	speaks := func(ci int32) bool {
		c := &d.chunks[ci]
		return c.kind == kPerson || c.kind == kOrg
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].last != k+1 || !speaks(ci) {
		return false
	}
	and := d.chunks[ci].first - 1
	if and-1 < s.first || !d.isWord(and, "and") {
		return false
	}
	cj := d.chunkAt[and-1]
	return cj >= 0 && d.chunks[cj].last == and && speaks(cj)
}

// suchAsNameEndsAt reports whether a name ending at token k is the
// example of a plural subject: "Critics such as Ilka Dorran argue".
func (d *doc) suchAsNameEndsAt(k int, s sentence) bool {
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].last != k+1 {
		return false
	}
	as := d.chunks[ci].first - 1
	return as-2 >= s.first && d.isWord(as, "as") && d.isWord(as-1, "such") && d.toks[as-1].lowerWord() && d.pluralSubject(as-2)
}

// chainWords are the words that may stand between a speaker and a speech
// verb in its base form or in -ing, when the speaker still says the words:
// "began to reply", "was quick to point out", "would later say", "has been
// known to say", "is fond of saying", "could be heard saying". Refusals
// ("declined to say", "would not say") are not among them.
var chainWords = map[string]bool{
	"to": true, "of": true, "be": true, "been": true, "was": true, "is": true, "were": true, "are": true,
	"has": true, "have": true, "had": true, "would": true, "could": true, "might": true, "will": true, "can": true,
	"later": true, "then": true, "also": true, "soon": true, "again": true, "once": true, "often": true, "quickly": true,
	"began": true, "begins": true, "started": true, "starts": true, "tried": true, "tries": true, "wanted": true,
	"proceeded": true, "quick": true, "fond": true, "known": true, "heard": true, "forced": true, "managed": true,
	"rushed": true, "hastened": true, "seemed": true, "appeared": true, "moved": true, "felt": true, "compelled": true,
	"eager": true, "careful": true, "prompted": true, "kept": true, "keeps": true,
}

// chainModals are the words a base form may follow directly in a chain.
var chainModals = map[string]bool{"to": true, "would": true, "could": true, "might": true, "will": true, "can": true}

// chainIngHeads are the words an -ing form may follow directly in a chain.
var chainIngHeads = map[string]bool{
	"began": true, "started": true, "kept": true, "keeps": true, "heard": true, "of": true,
}

// chainedCueSubject returns the last token of the speaker before a chain
// of words ending in the speech verb at i, as in "“...,” Tomas Brenn began
// to reply" and "Brenn was quick to reply: “...”", or -1. The quotation
// next to the cue is what makes the chain one speaker's words: "Brenn
// began to reply to the letter" on its own reports nothing.
func (d *doc) chainedCueSubject(i int, s sentence) int {
	w := d.lower(i)
	ing := d.endsWith(i, "ing")
	if !baseForm(w) && !ing || !d.toks[i].lowerWord() {
		return -1
	}
	k := i - 1
	// The word next to the verb decides what may come before it.
	for k >= s.first && d.toks[k].lowerWord() && d.toks[k].has(lxAdverb) && !chainModals[d.lower(k)] && !d.toks[k].has(lxNeg) {
		k-- // "would later say"
	}
	if k < s.first || !d.toks[k].lowerWord() || ing && !chainIngHeads[d.lower(k)] || !ing && !chainModals[d.lower(k)] {
		return -1
	}
	n := 0
	for k >= s.first && d.toks[k].lowerWord() && chainWords[d.lower(k)] && n < 6 {
		k--
		n++
	}
	if k < s.first {
		return -1
	}
	end := k
	switch {
	case d.toks[k].lowerWord() && nominative(d.lower(k)):
		k--
	case d.chunkAt[k] >= 0:
		k = d.chunks[d.chunkAt[k]].first - 1
	default:
		return -1
	}
	after := k >= s.first && d.toks[k].kind == tkQuote && !d.toks[k].is(fOpenMark) && k-1 >= s.first &&
		(d.punct(k-1, ",") || d.punct(k-1, "?") || d.punct(k-1, "!"))
	before := (k < s.first || d.punct(k, ",")) && (d.punct(i+1, ":") || d.punct(i+1, ",")) && i+2 < s.last &&
		d.toks[i+2].kind == tkQuote && d.toks[i+2].is(fOpenMark)
	if !after && !before {
		return -1
	}
	return end
}

// replyToRelative reports whether the reply verb at i is followed by "to",
// a name (with a parenthesis after it, as a party often is) and "who"
// opening a relative clause with no comma before it: "replying to Lars
// Brenn (Green Party) who suggested". A few words at most are looked at.
func (d *doc) replyToRelative(i int, s sentence) bool {
	if i+2 >= s.last || !d.isWord(i+1, "to") || d.chunkAt[i+2] < 0 {
		return false
	}
	k := d.chunks[d.chunkAt[i+2]].last
	if d.punct(k, "(") {
		for j := k + 1; j < s.last && j < k+8; j++ {
			if d.punct(j, ")") {
				k = j + 1
				break
			}
		}
	}
	return k < s.last && d.isWord(k, "who") && d.toks[k].lowerWord()
}

// issuedDocThat reports whether "that" at token p opens a relative clause
// about a document just issued, posted or sent ("issued a statement that
// said ...", "sent a letter that warned ..."), whose verb reports the
// document's words; not "the report that said ..." as a subject or as what
// someone denied.
func (d *doc) issuedDocThat(p int, s sentence) bool {
	if !d.isWord(p, "that") || !d.toks[p].lowerWord() || p-2 < s.first || !d.docNounAt(p-1) {
		return false
	}
	st := d.npBack(p-1, s.first)
	if st < 0 {
		st = p - 1
	}
	for j := p + 1; j+1 < s.last; j++ {
		if d.punct(j, ",") && !d.toks[j].inQuote() {
			if d.attributionFollows(j+1, s) && !d.endsWith(j+1, "ing") && !d.isWord(j+1, "and") && !d.isWord(j+1, "but") {
				return false // "Varga wrote a letter that said she would resign, her aide said": the aide's words
			}
			break
		}
	}
	if st-1 >= s.first && (d.isWord(st-1, "wrote") || d.isWord(st-1, "writes") || d.isWord(st-1, "shared")) {
		return true
	}
	return d.issuedBetween(max(st-2, s.first), st)
}

// docThatRelative reports whether the "that" at p opens a relative clause
// on a document named just before it, perhaps with a time after the noun
// ("cited a report that found", "a study last week that concludes"),
// whoever made the document; issuedDocThat asks it of one just issued.
// Not when a cue after a comma credits the clause to someone else (as in
// issuedDocThat).
func (d *doc) docThatRelative(p int, s sentence) bool {
	if !d.isWord(p, "that") || !d.toks[p].lowerWord() || p-2 < s.first {
		return false
	}
	h := p - 1
	if h-2 >= s.first && (d.isWord(h-1, "last") || d.isWord(h-1, "this")) && d.toks[h].lowerWord() && d.toks[h].has(lxTime) {
		h -= 2 // "a report last week that"
	}
	if !d.docNounAt(h) || !d.toks[h].lowerWord() {
		return false
	}
	st := d.npBack(h, s.first)
	if st <= s.first {
		return false // "A report that said ... was ignored": the sentence's subject, its clause unbounded
	}
	switch d.lower(st - 1) {
	case "denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes", "refuted", "refutes":
		return false // "Brenn denied the report that said he had resigned": a report denied reports nothing (TestSpansS9Cases)
	}
	for j := p + 1; j+1 < s.last; j++ {
		if d.punct(j, ",") && !d.toks[j].inQuote() {
			return !(d.attributionFollows(j+1, s) && !d.endsWith(j+1, "ing") && !d.isWord(j+1, "and") && !d.isWord(j+1, "but"))
		}
	}
	return true
}

// noticeThatRequests reports whether the "that" at p opens a relative
// clause about a notice or a document whose verb, cue c's, makes a
// request: "a travel warning that urges visitors to stay away", "an email
// that urged customers to save power". The request is reported; the
// notice is no speaker.
func (d *doc) noticeThatRequests(p int, c *cue, s sentence) bool {
	if !d.isWord(p, "that") || !d.toks[p].lowerWord() || p-1 <= s.first || !requestVerb(c.lemma) || d.endsWith(c.verb, "ing") {
		return false
	}
	if n := d.lower(p - 1); !d.toks[p-1].lowerWord() || !noticeWords[n] && !requestCarriers[n] && !d.toks[p-1].has(lxDoc) {
		return false
	}
	if d.opensSubject(p-1, s) {
		return false // "The campaign that urged voters to register has ended": the subject's verb would end up inside the request
	}
	return d.requestStart(c, c.after, s) >= 0
}

// admittedInto reports whether the form of "admit" at token i takes
// someone into a place rather than a truth: "in", "at" or "into" after
// it, or "to" before anything but a gerund ("admitted to hospital", not
// "admitted to entering the house").
func (d *doc) admittedInto(i int, s sentence) bool {
	if cueVerbs[d.toks[i].cv-1].lemma != "admit" || i+2 >= s.last || !d.toks[i+1].lowerWord() {
		return false
	}
	for k := i + 2; k < s.last && k < i+8 && !d.punct(k, ","); k++ {
		if d.isWord(k, "that") || d.toks[k].kind == tkQuote {
			return false // "admitted in court that he had lied"
		}
	}
	switch d.lower(i + 1) {
	case "in", "at", "into":
		return true
	case "to":
		n := i + 2
		if d.isWord(n, "the") || d.isWord(n, "a") {
			n++
		}
		if n < s.last && d.toks[n].lowerWord() && (d.toks[n].has(lxPronoun|lxGroup) || hearingWords[d.lower(n)] || d.isWord(n, "court") || d.isWord(n, "jury")) {
			return false // "admitted to me", "admitted to reporters", "admitted to the court": a hearer
		}
		return n < s.last && !d.endsWith(n, "ing") && !d.isWord(n, "having")
	}
	return false
}

// cueInSubjectRelative reports whether the speech verb at token i stands
// in a relative clause that a preposition and "which" open inside the
// subject of sentence s: "the method by which firms added server space had
// become routine", "the speed with which the council announced cuts
// surprised everyone". What follows the verb is its object and then the
// sentence's own verb, still to come; nobody reports anything. A verb
// with "that", a quotation or a colon after it still reports ("the
// meeting at which Varga said that ...").
func (d *doc) cueInSubjectRelative(i int, s sentence) bool {
	if i+2 >= s.last || !d.toks[i].lowerWord() || d.isWord(i+1, "that") || d.toks[i+1].kind != tkWord {
		return false
	}
	w := -1
	for k := i - 1; k > s.first+1 && k >= i-25; k-- {
		t := &d.toks[k]
		if t.kind == tkQuote || t.inQuote() || d.punct(k, ";") || d.punct(k, ":") || t.lowerWord() && t.has(lxAux) {
			return false
		}
		if t.lowerWord() && (d.isWord(k, "which") || d.isWord(k, "whom")) {
			w = k
			break
		}
	}
	if w < 0 || !d.toks[w-1].lowerWord() || !d.toks[w-1].has(lxPrep) {
		return false
	}
	head := w - 2
	if head < s.first || !d.toks[head].lowerWord() || d.toks[head].has(lxFunc|lxPrep|lxAux|lxPronoun) || d.finiteVerbIn(s.first, w-1) {
		return false
	}
	// The noun the clause is about opens the sentence's subject, after
	// any opening phrase set off by a comma: "In 1999, the method by
	// which ...", not "At the hearing in which ..., Brenn said".
	for k := head - 1; k >= s.first && !d.punct(k, ","); k-- {
		if d.toks[k].has(lxPrep) {
			return false
		}
	}
	return true
}

// featuredTitle reports whether paragraph p is a bold label and a title in
// italics, a video's or a related story's ("**Channel Video:** *Film
// adds new cast*"): a headline, not a report.
func featuredTitle(p string) bool {
	if !strings.HasPrefix(p, "**") {
		return false
	}
	k := strings.Index(p[:min(len(p), 40)], ":**")
	if k < 3 {
		return false
	}
	rest := strings.TrimSpace(p[k+3:])
	return len(rest) > 2 && (rest[0] == '*' || rest[0] == '_') && rest[len(rest)-1] == rest[0] && !strings.ContainsAny(rest, "\"“”\n")
}

// labelledCaption reports whether paragraph p is a caption the page
// labels as one ("Image caption: Mara Quell says the ferry will run",
// "Media caption, ..."): what it says of its subject is the caption
// writer's, not a report of what was said.
func (d *doc) labelledCaption(p int) bool {
	if d.captionLabelOpens(p) {
		return true
	}
	// A page scraped line by line puts the label in a paragraph of its
	// own ("Image caption," then "Mara Quell says the ferry will run"):
	// the label alone labels the paragraph after it.
	return p > 0 && d.captionLabelOpens(p-1) && len(strings.Fields(d.paraText(p-1))) <= 2
}

// captionLabelOpens reports whether paragraph p opens with a caption's
// label ("Image caption", "Media caption,", "Caption:").
func (d *doc) captionLabelOpens(p int) bool {
	// Compared with the lower-cased text in place: this runs for every
	// sentence and quotation, and folding each label's length of the
	// paragraph cost more than the rest. No other rune folds to a letter
	// of these labels (only ſ and the Kelvin sign fold to ASCII, to s and
	// k), so this is what strings.EqualFold decides. Trailing space is no
	// matter: every label ends in a mark or a letter.
	txt := d.paraLower(p)
	if txt == "" || !labelFirstByte(txt[0]) {
		return false // most paragraphs, turned away by their first letter
	}
	txt = txt[len(txt)-len(strings.TrimLeftFunc(txt, unicode.IsSpace)):]
	for _, label := range [...]string{"image caption", "media caption", "photo caption", "video caption", "caption:", "caption,"} {
		if strings.HasPrefix(txt, label) {
			return true
		}
	}
	return false
}

// labelFirstByte reports whether a paragraph that starts with byte c, in
// lower case, may open with a caption's label: c is a label's first
// letter, ASCII space, or the first byte of a rune that may be space.
func labelFirstByte(c byte) bool {
	switch c {
	case 'i', 'm', 'p', 'v', 'c', ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return c >= utf8.RuneSelf
}

// paraText is paragraph p's text without the spaces around it.
func (d *doc) paraText(p int) string {
	return strings.TrimSpace(d.paraString(p))
}

// creditedCaption reports whether paragraph p is the caption of the
// picture in the paragraph before it, opening with the photographer's
// credit ("Ann Lee/Agence Ostby Ilse Varga denies that she ..."): what
// it says of its subject is no report of the story's.
func (d *doc) creditedCaption(p int) bool {
	if p == 0 || p+1 >= len(d.paraStart) {
		return false
	}
	prev := d.text[d.paraStart[p-1]:d.paraStart[p]]
	if !strings.Contains(prev[:min(len(prev), 40)], "![") {
		return false
	}
	txt := d.text[d.paraStart[p]:min(d.paraStart[p]+60, d.paraStart[p+1])]
	slash := strings.IndexByte(txt, '/')
	if slash < 3 || slash+1 >= len(txt) {
		return false
	}
	words := strings.Fields(txt[:slash])
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(txt[slash+1:])
	return unicode.IsUpper(r)
}

// titledWorkSource reads a source that is a title in quotation marks at
// token k followed by a comma and who wrote it: "“A Long Season,” Mara
// Quell's inside view of the club", "“A Long Season,” a memoir by Mara
// Quell". It returns the author and the token after the phrase, and
// marks the title a name; -1 when the source is no such title.
func (d *doc) titledWorkSource(k int, s sentence) (int, int) {
	if k >= s.last || d.toks[k].kind != tkQuote || d.toks[k].is(fCloseMark) {
		return -1, 0
	}
	q := d.markQuote(k)
	if q < 0 || d.quotes[q].close < 0 || d.quotes[q].words(d) > 8 {
		return -1, 0
	}
	j := d.quotes[q].close + 1
	if d.punct(d.quotes[q].close-1, ",") {
		// the comma inside the marks: “A Long Season,”
	} else if d.punct(j, ",") {
		j++
	} else {
		return -1, 0
	}
	end := d.npForward(j, s.last)
	if end <= j {
		return -1, 0
	}
	if d.isWord(end, "by") && d.toks[end].lowerWord() {
		end = max(end, d.npForward(end+1, s.last)) // "a memoir by Mara Quell"
	}
	author := -1
	for p := j; p+1 < end; p++ {
		if ci := d.chunkAt[p]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
			last := d.chunks[ci].last
			if last < end && d.toks[last].kind == tkPoss || p > j && d.isWord(p-1, "by") {
				author = d.chunks[ci].ent
				break
			}
		}
	}
	if author < 0 {
		return -1, 0
	}
	d.quotes[q].name = true
	return author, end
}

// perceivedParticiples are the passives of seeing and recording that a
// speech participle follows: "was filmed saying", "could be heard
// telling", "was caught on camera saying".
var perceivedParticiples = map[string]bool{
	"filmed": true, "recorded": true, "heard": true, "overheard": true, "seen": true, "caught": true,
	"captured": true, "videoed": true, "taped": true, "shown": true,
}

// perceivedSpeaker returns the last token of the subject before the
// passive of seeing or recording that the speech participle at i follows
// ("Ilse Varga was filmed saying", "Varga could be heard telling staff",
// "was caught on camera saying"): the one seen or heard speaks. Or -1.
func (d *doc) perceivedSpeaker(i int, s sentence) int {
	j := i - 1
	if j-2 >= s.first && d.isWord(j-1, "on") && (d.isWord(j, "camera") || d.isWord(j, "video") || d.isWord(j, "tape") || d.isWord(j, "film")) {
		j -= 2 // "caught on camera"
	}
	if j <= s.first || !d.toks[j].lowerWord() || !perceivedParticiples[d.lower(j)] {
		return -1
	}
	j--
	if !d.toks[j].lowerWord() || !(d.isWord(j, "was") || d.isWord(j, "were") || d.isWord(j, "is") || d.isWord(j, "are") || d.isWord(j, "be") || d.isWord(j, "been")) {
		return -1
	}
	for j-1 > s.first && d.toks[j-1].lowerWord() && d.toks[j-1].has(lxAux|lxAdverb|lxNeg) && !d.isWord(j-1, "to") {
		j-- // "could be heard", "has been recorded", "was later seen"
	}
	// Only a name or a pronoun: "the man could be heard saying", a
	// stranger on a video, is nobody the text names (the development
	// pages' gold has it so).
	e := j - 1
	if e < s.first || !(d.chunkAt[e] >= 0 && d.chunks[d.chunkAt[e]].ent >= 0 || d.toks[e].has(lxPronoun) && nominative(d.lower(e))) {
		return -1
	}
	return e
}

// quotedSubjectBefore reports whether the verb at i follows its subject, a
// name or a pronoun, just after a quotation and its comma, perhaps with an
// appositive or an adverb between: "“...,” Varga wrote of the decision",
// where "of" names the topic, not what is boasted or spoken of.
func (d *doc) quotedSubjectBefore(i int, s sentence) bool {
	p := i - 1
	for p > s.first && d.toks[p].lowerWord() && d.toks[p].has(lxAdverb) {
		p-- // "“...,” Varga later recalled of the night"
	}
	if p > s.first && d.punct(p, ",") {
		// "“...,” Varga, a councillor in Ostmark, wrote of the decision":
		// back over the appositive to the name.
		for j := p - 1; j > s.first && j > p-14; j-- {
			if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
				return false
			}
			if d.punct(j, ",") {
				p = j - 1
				break
			}
		}
	}
	if p <= s.first {
		return false
	}
	f := p
	switch {
	case d.chunkAt[p] >= 0:
		f = d.chunks[d.chunkAt[p]].first
	case d.toks[p].lowerWord() && d.toks[p].has(lxPronoun) && nominative(d.lower(p)):
	default:
		return false
	}
	return d.closesQuote(f-1, s)
}

// eagerAdjectives are the adjectives of "was quick (careful, keen) to
// note that": the speaker said it, and how.
var eagerAdjectives = map[string]bool{
	"quick": true, "careful": true, "keen": true, "eager": true, "anxious": true, "swift": true, "happy": true,
	// "was forced to deny that ...": made to, and did.
	"forced": true, "compelled": true, "obliged": true,
}

// eagerBefore returns the last token of the subject before "was quick
// to", "is careful to", "was at pains to" whose "to" is at token to, or -1.
func (d *doc) eagerBefore(to int, s sentence) int {
	j := to - 1
	switch {
	case j-1 >= s.first && d.isWord(j, "pains") && d.isWord(j-1, "at"):
		j -= 2
	case j >= s.first && d.toks[j].lowerWord() && eagerAdjectives[d.lower(j)]:
		j--
	default:
		return -1
	}
	for j > s.first && d.toks[j].lowerWord() && d.toks[j].has(lxAdverb) {
		j-- // "was always careful to"
	}
	if j <= s.first || !d.toks[j].lowerWord() || !(d.isWord(j, "was") || d.isWord(j, "is") || d.isWord(j, "were") || d.isWord(j, "are") || d.isWord(j, "been")) {
		return -1
	}
	for j-1 > s.first && d.toks[j-1].lowerWord() && d.toks[j-1].has(lxAux|lxAdverb) {
		j-- // "has been quick to"
	}
	return j - 1
}

// mannerBeforeColon returns the colon that ends a manner of saying
// starting at token k after "put it" ("plainly:", "more bluntly:", "this
// way:", "like this:"), or -1.
func (d *doc) mannerBeforeColon(k int, s sentence) int {
	j := k
	switch {
	case (d.isWord(j, "this") || d.isWord(j, "another") || d.isWord(j, "that")) && d.isWord(j+1, "way"), d.isWord(j, "like") && d.isWord(j+1, "this"):
		j += 2
	default:
		// An adverb in -ly, perhaps graded ("more bluntly"); not "put it
		// back:", "put it down:", which place a thing.
		if d.isWord(j, "more") || d.isWord(j, "most") || d.isWord(j, "rather") || d.isWord(j, "quite") {
			j++
		}
		if j < s.last && d.toks[j].lowerWord() && d.endsWith(j, "ly") {
			j++
		}
	}
	if j == k || j >= s.last || !d.punct(j, ":") {
		return -1
	}
	return j
}

// perSource reports whether a named source follows "per" at token i and
// fills the phrase up to a comma (opening the sentence) or the sentence's
// end (closing it): "Per Ilse Varga, ...", "..., per the ministry."; not
// "per cent", "per capita" or the first name in "Per Olsen said".
func (d *doc) perSource(i int, s sentence) bool {
	if !d.namedAt(i+1, s) {
		return d.perDocument(i, s)
	}
	k := i + 1
	if d.isWord(k, "the") {
		k++
	}
	end := d.chunks[d.chunkAt[k]].last
	if i == s.first {
		if end >= s.last || !d.punct(end, ",") {
			return false
		}
		for j := end + 1; j < s.last; j++ {
			if d.toks[j].cv != 0 && d.toks[j].lowerWord() {
				return false // "Per Olsen, a nurse, said ...": the man's first name
			}
		}
		return true
	}
	return end >= s.last || d.sentenceEnd(end, s)
}

// perDocument reports whether a document follows "per" at token i ("Per
// the decree signed by Bishop Ilan Dravic, ...", "..., per a statement from
// the council.") and, with its author, fills the phrase up to a comma
// (opening the sentence) or the sentence's end (closing it).
func (d *doc) perDocument(i int, s sentence) bool {
	k := i + 1
	if k >= s.last || !d.toks[k].lowerWord() || !d.toks[k].has(lxDet) {
		return false
	}
	end := d.npForward(k, s.last)
	if end <= k+1 || !d.isThing(k, end) {
		return false
	}
	for j := end; j < s.last && j < end+12; j++ {
		t := &d.toks[j]
		switch {
		case d.punct(j, ","):
			return i == s.first
		case d.sentenceEnd(j, s):
			return i != s.first
		case t.kind == tkQuote || t.inQuote() || t.has(lxAux) || t.cv != 0 && !(t.lowerWord() && d.participle(j) && d.isWord(j+1, "by")):
			return false
		}
	}
	return i != s.first && s.last <= end+12
}

// movedTo reports whether the words from k read as the rest of a
// market's move after its number: an optional unit ("points", "cents",
// "%"), then "to" and a number, or the end of the clause ("added 0.84;",
// "added 3.2 points.").
func (d *doc) movedTo(k int, s sentence) bool {
	for k < s.last && (d.punct(k, "/") || d.toks[k].kind == tkNum) {
		// "added 1/2 to 24 3/8", "added 1 1/4": the fraction of a price
		// table, "/" and its parts tokens of their own.
		k++
	}
	if k < s.last && (d.isWord(k, "points") || d.isWord(k, "point") || d.isWord(k, "cents") || d.isWord(k, "cent") || d.punct(k, "%") || d.isWord(k, "percent")) {
		k++
	}
	if k < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxTime) && d.toks[k].kind == tkWord || k < s.last && weekday(d.lower(k)) {
		k++ // "added 6.84 points Tuesday", "added 3/4 yesterday"
	}
	if k >= s.last || d.punct(k, ".") || d.punct(k, ";") || d.punct(k, ",") {
		return true
	}
	return d.isWord(k, "to") && k+1 < s.last && (d.toks[k+1].kind == tkNum || d.punct(k+1, "$"))
}

// offeredEvidence reports whether w is a form of a verb that offers
// evidence: "offered", "provides".
func offeredEvidence(w string) bool {
	switch w {
	case "offered", "offers", "provided", "provides", "presented", "presents":
		return true
	}
	return false
}

// foundEvidenceThat returns the "that" after "evidence" when the word at
// i is a verb of finding ("found new evidence that", "have uncovered
// evidence that"), or 0. "found no evidence that" is left out: no degree
// word is "no".
func (d *doc) foundEvidenceThat(i int, s sentence) int {
	if !d.toks[i].lowerWord() {
		return 0
	}
	switch d.lower(i) {
	case "found", "finds", "find", "discovered", "discovers", "uncovered", "uncovers":
		return d.evidenceThat(i, s)
	}
	return 0
}

// stanceThat returns the "that" after a stance the verb at i states, with
// a determiner and at most one word between ("maintains a position that",
// "holds the firm view that", "took the position that", "expressed the
// view that"), or 0.
func (d *doc) stanceThat(i int, s sentence) int {
	// The determiner first: asked of most words of four to ten letters,
	// one flag turns nearly all of them away before the word is read.
	if i+3 >= s.last || !d.toks[i+1].has(lxDet) {
		return 0
	}
	switch d.lower(i) {
	case "hold", "holds", "held", "maintain", "maintains", "maintained", "take", "takes", "took", "taken",
		"adopt", "adopts", "adopted", "express", "expresses", "expressed", "state", "states", "stated",
		"reiterate", "reiterates", "reiterated":
	default:
		return 0
	}
	k := i + 1
	if k >= s.last || !d.toks[k].lowerWord() || !d.toks[k].has(lxDet) {
		return 0
	}
	k++
	if k < s.last && d.toks[k].lowerWord() && !stanceNoun(d.lower(k)) && !d.toks[k].has(lxFunc|lxPrep|lxAux|lxVerb) {
		k++ // "the firm view", "its official position"
	}
	if k+2 >= s.last || !d.toks[k].lowerWord() || !stanceNoun(d.lower(k)) || !d.isWord(k+1, "that") || !d.toks[k+1].lowerWord() ||
		d.toks[k+2].lowerWord() && d.toks[k+2].has(lxAux) {
		return 0 // not "the view that was put to the board": a relative
	}
	return k + 1
}

// stanceCue is the cue of a stance stated at token i, whose "that"
// stanceThat finds.
func (d *doc) stanceCue(i int, s sentence) cue {
	k := d.stanceThat(i, s)
	return cue{verb: i, after: k, text: d.span(i, k), lemma: "state a view", class: cueThat, subjFirst: i, ent: -1, co: -1, quote: -1}
}

// stanceNoun reports whether w names a stance one states: "view",
// "position", "stance".
func stanceNoun(w string) bool {
	switch w {
	case "view", "position", "stance", "opinion", "line":
		return true
	}
	return false
}

// evidenceThat returns the "that" after "evidence" when the verb at i
// offers it, with at most one word of degree between ("offered new
// evidence that", "provided evidence that"), or 0.
func (d *doc) evidenceThat(i int, s sentence) int {
	k := i + 1
	if k < s.last && d.toks[k].lowerWord() && evidenceDegree(d.lower(k)) {
		k++
	}
	if k+2 >= s.last || !d.isWord(k, "evidence") || !d.isWord(k+1, "that") || !d.toks[k+1].lowerWord() {
		return 0
	}
	return k + 1
}

// evidenceDegree reports whether w may stand between "offered" and
// "evidence": "new evidence", "further evidence", "fresh evidence".
func evidenceDegree(w string) bool {
	switch w {
	case "new", "fresh", "further", "more", "clear", "strong", "additional", "firm", "solid", "compelling", "some":
		return true
	}
	return false
}

// agentPluralAt reports whether token k is a plural agent noun the
// lexicon does not know, as a plain-form cue's subject: "Most boosters
// claim ...". Only the cue's own check takes it; as a subject anywhere
// else such a word stays what it was.
func (d *doc) agentPluralAt(k int) bool {
	t := &d.toks[k]
	// Not at a sentence's start: "Boosters claim ..." would make
	// "Boosters" a name.
	return t.kind == tkWord && t.lowerWord() && t.lx&^lxCommon == 0 && agentPlural(d.lower(k))
}

// agentPlural reports whether w is a plural noun for people by what they
// do that the lexicon need not know ("boosters", "detractors", "bidders",
// "skeptics"): in -ers or -ors, but not the things in those endings
// ("papers", "orders", "sectors"). Those in -ists ("lobbyists") are
// pluralSubject's, with the lists and verbs in -ists left out.
func agentPlural(w string) bool {
	switch w {
	case "skeptics", "sceptics", "cynics", "proponents", "holdouts":
		return true
	case "papers", "orders", "numbers", "letters", "matters", "factors", "sectors", "others", "computers", "powers",
		"headquarters", "errors", "centers", "waters", "filters", "markers", "monitors", "meters", "motors",
		"borders", "quarters", "chapters", "corners", "layers", "offers", "answers", "colors", "towers", "posters",
		"flyers", "fliers", "rivers", "waivers", "registers", "parameters", "vectors":
		return false
	}
	if len(w) < 6 {
		return false
	}
	return strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ors")
}

// subjectReferredAs reports whether "referred to as" at i has its
// subject, a person's name or "he" or "she" after "what", just before it:
// "what Mr. Nixon referred to as “the greatest crisis”", whose words are
// his; "is referred to as" and "often referred to as" name something, by
// no one.
//
// Also "the decision, which Ilan Dravic has referred to as “a stunt”":
// the relative's subject, perfect or not, speaks as after "what".
func (d *doc) subjectReferredAs(i int, s sentence) bool {
	p := i - 1
	if p < s.first || d.toks[p].inQuote() || d.passive(i, s.first) {
		return false
	}
	if p-1 > s.first && d.toks[p].lowerWord() && (d.isWord(p, "has") || d.isWord(p, "had") || d.isWord(p, "have")) {
		p--
	}
	whatBefore := func(k int) bool {
		return k >= s.first && d.toks[k].lowerWord() && (d.isWord(k, "what") || d.isWord(k, "which"))
	}
	if ci := d.chunkAt[p]; ci >= 0 {
		e := d.chunks[ci].ent
		return e >= 0 && d.ents[e].personish() && int(d.chunks[ci].last) == p+1 && whatBefore(int(d.chunks[ci].first)-1)
	}
	return d.toks[p].lowerWord() && (d.isWord(p, "he") || d.isWord(p, "she")) && whatBefore(p-1)
}

// siteOfDoc reads the site a document was posted on after its noun, from
// token j: "(posted) on the Tessaly Rail Union's website", "on its
// website". It returns where the site's phrase starts and ends, or 0, 0
// when none follows; its owner is the document's source.
func (d *doc) siteOfDoc(j int, s sentence) (int, int) {
	if j < s.last && d.toks[j].lowerWord() && d.participle(j) {
		j++ // "posted", "published"
	}
	if j+1 >= s.last || !d.isWord(j, "on") || !d.toks[j].lowerWord() {
		return 0, 0
	}
	e := d.npForward(j+1, s.last)
	if e <= j+1 || !d.toks[e-1].lowerWord() || !siteNoun(d.lower(e-1)) {
		return 0, 0
	}
	return j + 1, e
}

// siteNoun reports whether w names a place on the web where a body or a
// person posts its texts.
func siteNoun(w string) bool {
	switch w {
	case "website", "site", "page", "blog", "account", "feed", "channel":
		return true
	}
	return false
}

// ownerAt reports whether a name opening at token k in sentence s is an
// owner, its possessive mark after it: "Ivo Brant's comments".
func (d *doc) ownerAt(k int, s sentence) bool {
	if k >= s.last || d.chunkAt[k] < 0 {
		return false
	}
	c := &d.chunks[d.chunkAt[k]]
	return int(c.first) == k && int(c.last) < s.last && d.toks[c.last].kind == tkPoss
}

// namingGerund reports whether w is a gerund that calls something by
// quoted words: "for calling the plan “a disgrace”".
func namingGerund(w string) bool {
	switch w {
	case "calling", "branding", "labelling", "labeling", "dubbing":
		return true
	}
	return false
}

// confirmedWithCue builds the cue of "confirmed with X that ..." at token
// i, the reporter's check with a source: X's word, as "according to X"
// ("Wikinews confirmed with the Tessaly Rail Union that ..."). The one
// who checked only asked.
func (d *doc) confirmedWithCue(i int, s sentence) (cue, bool) {
	k := i + 1
	if !d.isWord(k, "with") || !d.toks[k].lowerWord() || k+1 >= s.last {
		return cue{}, false
	}
	end := d.npForward(k+1, s.last)
	if end <= k+1 || !d.isWord(end, "that") || d.mannerWithEnd(k+1, s.last) > k+1 {
		return cue{}, false // "confirmed with regret that": the manner, the subject's word
	}
	e := d.resolveNP(k+1, end, i)
	if e < 0 {
		return cue{}, false
	}
	return cue{verb: i, after: end + 1, text: d.span(i, end+1), lemma: "according to", subjFirst: k + 1, ent: e,
		co: -1, quote: -1, found: true}, true
}

// blameObjectBefore returns the first token of the object of a verb of
// praise or blame that ends right before "for" at token forTok ("praised
// Ivo Brant for", "criticised the mayor for"), or -1: that object is the
// one the gerund after "for" is about.
func (d *doc) blameObjectBefore(forTok int, s sentence) int {
	for j := forTok - 1; j > s.first && j >= forTok-6; j-- {
		if d.toks[j].lowerWord() && blameVerb(d.lower(j)) {
			if j+1 < forTok {
				return j + 1
			}
			return -1
		}
		if d.toks[j].kind == tkPunct || d.toks[j].kind == tkQuote || d.toks[j].cv != 0 || d.toks[j].has(lxAux) {
			return -1
		}
	}
	return -1
}

// blameVerb reports whether w is a past or present verb of praise or
// blame whose object is the one praised or blamed for something done.
func blameVerb(w string) bool {
	switch w {
	case "praised", "praises", "criticised", "criticized", "criticises", "criticizes", "attacked", "attacks", "blasted",
		"slammed", "slams", "blamed", "rebuked", "condemned", "condemns", "lambasted", "faulted", "chided", "thanked",
		"thanks", "applauded", "commended", "mocked", "ridiculed", "scolded", "castigated":
		return true
	}
	return false
}

// sayingQuotation reports whether "saying" at token i, after the word at
// prev with no comma between, hands a quotation opening right after it
// to the clause's subject: "He dodged the question for a second time
// saying “...”". A sign, a banner or a document before it carries the
// words itself.
//
// A comma or a colon may stand between: "she responded saying, “...”".
func (d *doc) sayingQuotation(i, prev int, s sentence) bool {
	q := i + 1
	if d.punct(q, ",") || d.punct(q, ":") {
		q++
	}
	return d.isWord(i, "saying") && q < s.last && d.toks[q].kind == tkQuote && d.toks[q].is(fOpenMark) &&
		d.toks[prev].kind == tkWord && !d.docNounAt(prev) && !signNouns[d.lower(prev)]
}

// signNouns are the things that carry words of their own, which a
// participle after them reads ("a banner saying “...”").
var signNouns = map[string]bool{
	"sign": true, "signs": true, "banner": true, "banners": true, "placard": true, "placards": true, "poster": true,
	"posters": true, "note": true, "notes": true, "card": true, "cards": true, "board": true, "slogan": true, "t-shirt": true,
	"shirt": true, "shirts": true, "graffiti": true, "headline": true, "caption": true, "label": true, "sticker": true,
	"text": true, "texts": true, "email": true, "emails": true, "tweet": true, "tweets": true, "message": true, "messages": true,
}

// seenAsQuoted reports whether the verb of seeing or viewing at token i
// (its word before at prev) gives its subject's view in a quotation: a
// verb in lower case, not after an auxiliary or an article, then a short
// object and "as" with an opening mark right after ("sees the merger as
// “a clear win”", "views the deal as "overpriced"").
func (d *doc) seenAsQuoted(i, prev int, s sentence) bool {
	if !d.toks[i].lowerWord() || prev >= s.first && (d.toks[prev].has(lxAux|lxDet) || d.toks[prev].kind == tkPoss) {
		return false
	}
	for k := i + 1; k+1 < s.last && k <= i+8; k++ {
		t := &d.toks[k]
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || t.has(lxAux) || t.kind == tkPunct && !d.punct(k, "-") {
			return false
		}
		if d.isWord(k, "as") && t.lowerWord() {
			return k > i+1 && d.toks[k+1].kind == tkQuote && d.toks[k+1].is(fOpenMark)
		}
	}
	return false
}

// pastIn reports whether a word in lower case ending in "-ed" stands in
// tokens [a, b): a past the lexicon may not know as a verb ("supported
// the plan but claims that ...").
func (d *doc) pastIn(a, b int) bool {
	for j := a; j < b; j++ {
		if d.toks[j].lowerWord() && d.endsWith(j, "ed") && !d.toks[j].inQuote() {
			return true
		}
	}
	return false
}

// dispatchAfter reports whether the words from k are "to" and what
// police or firefighters are sent to ("to a call", "to reports of
// gunfire", "to the scene", "to a house fire"), after "respond".
func (d *doc) dispatchAfter(k int, s sentence) bool {
	if k+1 >= s.last || !d.isWord(k, "to") {
		return false
	}
	for j := k + 1; j < s.last && j <= k+4; j++ {
		if !d.toks[j].lowerWord() {
			return false
		}
		switch d.lower(j) {
		case "call", "calls", "report", "reports", "scene", "scenes", "incident", "incidents", "alarm", "alarms", "emergency",
			"emergencies", "fire", "fires", "blaze", "crash", "crashes", "collision", "disturbance", "shooting", "stabbing", "burglary", "robbery",
			"dispute", "disputes", "complaint", "complaints", "accident", "accidents", "home", "house", "residence", "address":
			return true
		}
	}
	return false
}

// forecastNoun reports whether "forecast" or "forecasts" at token i is the
// noun at the end of a compound ("its growth forecast", "the bank's sales
// forecasts"): a lower-case noun before it, and after it the sentence's
// end or a word that follows a noun, never a verb's object or clause
// ("and", "or", "for", "of", "from"). "The company forecast a loss",
// "analysts forecast that" and "economists forecast in a report that"
// keep their verb.
func (d *doc) forecastNoun(i, prev int, s sentence) bool {
	if w := d.lower(i); w != "forecast" && w != "forecasts" || prev < s.first || !d.toks[prev].lowerWord() ||
		d.toks[prev].has(lxPronoun|lxAux|lxFunc|lxPrep|lxDet|lxAdverb) {
		return false
	}
	n := i + 1
	if n >= s.last || d.punct(n, ".") || d.punct(n, ";") {
		return true
	}
	return d.toks[n].lowerWord() && (d.isWord(n, "and") || d.isWord(n, "or") || d.isWord(n, "for") || d.isWord(n, "of") || d.isWord(n, "from"))
}

// placeThenThat reports whether a short phrase of where, opening on "on"
// or "in", runs from token k to a "that": "to write on Twitter that",
// "to write in a blog post that".
func (d *doc) placeThenThat(k int, s sentence) bool {
	if !d.isWord(k, "on") && !d.isWord(k, "in") {
		return false
	}
	for j := k + 1; j < s.last && j <= k+5; j++ {
		if d.isWord(j, "that") && d.toks[j].lowerWord() {
			return j > k+1
		}
		if t := &d.toks[j]; t.kind != tkWord && t.kind != tkPoss || t.cv != 0 || t.has(lxAux) {
			return false
		}
	}
	return false
}

// openingDescription reports whether the participle at i, opening
// sentence s, describes something in words in marks that a comma ends,
// with the main clause's subject after it: "Describing her remarks as a
// “stern warning,” Lise Armand ...", "Calling the plan “a disaster”,
// Brenn ...".
func (d *doc) openingDescription(i int, s sentence) bool {
	if !d.endsWith(i, "ing") || d.toks[i].inQuote() {
		return false
	}
	for k := i + 1; k < s.last && k < i+10; k++ {
		t := &d.toks[k]
		if t.kind == tkPunct && !d.punct(k, "-") {
			return false // a comma or a mark before the words in marks: no description of one thing
		}
		if t.kind != tkQuote || !t.is(fOpenMark) {
			continue
		}
		qi := d.markQuote(k)
		if qi < 0 || d.quotes[qi].close <= k || d.quotes[qi].last-d.quotes[qi].first > 8 {
			return false
		}
		c := d.quotes[qi].close
		comma := c + 1
		if d.punct(c-1, ",") {
			comma = c
		} else if !d.punct(comma, ",") {
			return false
		}
		return comma+1 < s.last && d.npForward(comma+1, s.last) > comma+1 && d.chunkAt[comma+1] >= 0
	}
	return false
}

// contractedBe reports whether w is a subject pronoun with "is" or "are"
// contracted onto it ("he's", "she’s", "they're"), or the contraction
// alone where the tokenizer split it off ("'re").
func contractedBe(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "he's", "she's", "it's", "that's", "who's", "they're", "we're", "you're", "'re":
		return true
	}
	return false
}

// restrictiveAdverb reports whether w narrows what is said ("is only
// saying", "is just telling them"), an adverb the progressive may hold.
func restrictiveAdverb(w string) bool {
	switch w {
	case "only", "just", "merely", "simply":
		return true
	}
	return false
}
