package extract

import (
	"sort"
	"strings"
)

// Quotations a sentence holds without a cue of their own: phrases quoted
// inside a sentence whose speaker the sentence makes plain.

// sameSpeaker returns the speaker of the quotation before qi in sentence
// s when qi goes on from it inside the sentence (“a guiding force” who was
// “one of the most honoured”, tweeted “...” and offered “...”): it was
// given by a cue, and no name, cue or new sentence subject comes between.
func (d *doc) sameSpeaker(qi int, s sentence) (int, bool) {
	if qi == 0 {
		return -1, false
	}
	q, p := &d.quotes[qi], &d.quotes[qi-1]
	if q.open == s.first || p.open < s.first || p.close < 0 || !p.decided || p.carried || p.ent < 0 {
		return -1, false
	}
	for k := p.close + 1; k < q.open; k++ {
		t := &d.toks[k]
		if d.chunkAt[k] >= 0 || t.cv != 0 && !d.gerundAfterPrep(k, s) || t.kind == tkQuote || d.punct(k, ";") || d.punct(k, ":") ||
			t.kind == tkWord && t.has(lxPronoun) && !d.isWord(k, "who") && !d.isWord(k, "which") && !d.isWord(k, "that") {
			return -1, false
		}
	}
	return p.ent, true
}

// resumedAfterCue returns the cue that attributed the quotation before
// quotation qi in sentence s when qi resumes right after that cue's words,
// past a semicolon or a dash as well as a comma: “A,” Veld said in a
// statement; “B.” It returns nil otherwise.
func (d *doc) resumedAfterCue(qi int, s sentence, cs []cue) *cue {
	if qi == 0 {
		return nil
	}
	q, p := &d.quotes[qi], &d.quotes[qi-1]
	if p.open < s.first || p.close < 0 || !p.decided || p.carried {
		return nil
	}
	for ci := range cs {
		c := &cs[ci]
		if c.skip || !c.found || !c.used || c.ent != p.ent || c.verb <= p.close || c.verb >= q.open || len(c.comps) > 0 {
			continue
		}
		j := q.open - 1
		for j > c.verb && d.toks[j].kind == tkPunct && (d.punct(j, ",") || d.punct(j, ";") || d.isDash(j) || d.punct(j, ":")) {
			j--
		}
		if j == q.open-1 {
			return nil // no mark between: the cue's own words run on
		}
		for k := c.verb; k <= j; k++ {
			if t := &d.toks[k]; t.kind == tkQuote || t.cv != 0 && k != c.verb || d.sentenceEnd(k, s) {
				return nil
			}
		}
		if j-c.verb > 12 {
			return nil
		}
		return c
	}
	return nil
}

// subjectFragment returns the person who is the subject of sentence s when
// quotation qi is a phrase quoted inside it, after the subject's verb, and
// no cue of the sentence speaks: "Casicas also asked people to “please
// pray”". A subject of a passive ("Gutierrez was described as “...”") says
// nothing. It returns -1 otherwise.
func (d *doc) subjectFragment(qi int, s sentence, cs []cue) int {
	q := &d.quotes[qi]
	if q.open == s.first || q.contPrev || q.first < q.last && d.toks[q.first].capWord() && d.endsWithStop(qi) {
		return -1
	}
	for ci := range cs {
		if !cs[ci].skip && cs[ci].found && cs[ci].verb < q.open {
			return -1
		}
	}
	e, v := d.subjectVerb(s, q.open)
	if e < 0 {
		return -1
	}
	if !d.ents[e].personish() && !d.ownWords(e, v, qi) && !d.bodyJudges(e, v, qi) {
		return -1
	}
	v = d.participleAfter(v, q.open)
	if q.open-v > 16 || d.titleCase(qi) {
		return -1 // far from the verb, or a name: “Dark Star”, “Operation Peace Spring”
	}
	for j := v + 1; j < q.open; j++ {
		if d.punct(j, ",") || d.punct(j, ";") || d.toks[j].kind == tkQuote || d.toks[j].lowerWord() && namingWords[d.lower(j)] {
			return -1 // “a process called “exfiltration””, “the word “marriage””
		}
	}
	if d.scareTerm(qi, v) {
		return -1
	}
	return e
}

// scareTerm reports whether quotation qi is a term held at arm's length by
// the writer, not the subject's words: "so-called" before it, or "the"
// before it (or a possessive before one word) and the clause going on
// after it, when the subject's verb at v neither speaks nor judges ("Mara
// Quell has waited two years for the “green corridor” to open"). A phrase that ends the clause ("outlined
// the “new settlement”.") is left to the subject.
func (d *doc) scareTerm(qi, v int) bool {
	q := &d.quotes[qi]
	if q.open < 1 {
		return false
	}
	if d.isWord(q.open-1, "so-called") {
		return true
	}
	// "won the award for her “remarkable” book": one word after a
	// possessive, before its noun.
	det := d.isWord(q.open-1, "the") || q.last == q.first+1 && d.toks[q.open-1].lowerWord() &&
		(d.isWord(q.open-1, "her") || d.isWord(q.open-1, "his") || d.isWord(q.open-1, "their") || d.isWord(q.open-1, "its"))
	if !det || d.toks[v].cv != 0 || judgingVerb(d.lower(v)) || discourseVerb(d.lower(v)) || q.close < 0 || q.close+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[q.close+1]
	return n.kind == tkWord && n.lowerWord()
}

// subjectVerb returns the entity that is the subject of sentence s's main
// clause and the token of its verb, when both come before token limit:
// "Ilse Varga, the finance minister, wants ...". It returns -1 otherwise.
func (d *doc) subjectVerb(s sentence, limit int) (int, int) {
	k := d.clauseStart(s)
	end := d.npThroughName(k, limit) // "Chancellor of the Exchequer George Osborne, 44, outlined": the whole name
	if end <= k || end >= limit {
		return -1, -1
	}
	t := &d.toks[end-1]
	if d.chunkAt[end-1] < 0 && !(t.kind == tkWord && t.has(lxPronoun)) && !d.spokesHead(end-1) {
		return -1, -1
	}
	v := end
	if d.spokesHead(end-1) && d.punct(v, ",") {
		// "A Tarvik Council spokesman, Ivo Brant, condemned ...": a
		// named spokesperson speaks in their own name.
		if a := d.appositiveName(v, s); a >= 0 {
			w := d.skipAdverbs(int(d.chunks[d.chunkAt[v+1]].last)+1, limit)
			if w < limit && d.toks[w].lowerWord() && !d.toks[w].has(lxAux) {
				return a, w
			}
		}
	}
	if d.punct(v, ",") && v+2 < limit && d.toks[v+1].kind == tkNum && d.punct(v+2, ",") {
		v += 3 // "George Osborne, 44, outlined a “new settlement”": an age in apposition
	} else if d.punct(v, ",") {
		// A role in apposition: "Ilse Varga, the finance minister, wants
		// to “get the balance right”".
		if ae := d.appositiveEnd(v + 1); ae > v+1 && d.punct(ae, ",") && ae+1 < limit {
			v = ae + 1
		} else if ae := d.relativeAsideEnd(v+1, limit); ae > 0 {
			v = ae + 1 // "Jason Silva, who is adept at ..., debuted a video ..."
		}
	}
	v = d.skipAdverbs(v, limit)
	if v+1 < limit && (d.isWord(v, "has") || d.isWord(v, "have") || d.isWord(v, "had")) {
		// "Mira Dalen has taken out an advert thanking readers for
		// “...”", "Ostrem has since reconciled with Dahl and remains
		// “fully committed”"
		if w := d.skipAdverbs(v+1, limit); w < limit && d.toks[w].lowerWord() && (d.endsWith(w, "en") || d.endsWith(w, "ed")) {
			v = w
		}
	}
	if v >= limit || !d.toks[v].lowerWord() || !(d.toks[v].has(lxVerb) || d.endsWith(v, "ed") && !d.toks[v].has(lxCommon) || d.endsWith(v, "en") && v > end) || d.toks[v].has(lxAux) {
		return -1, -1
	}
	e := d.resolveNP(k, end, v)
	if e < 0 {
		return -1, -1
	}
	return e, v
}

// spokesHead reports whether token h heads an unnamed spokesperson's
// description, "A Tarvik Council spokesman": the body named in it speaks
// through them, if resolveNP finds it. Not "representative": "a Tarvik
// Council representative" is as often one of its members.
func (d *doc) spokesHead(h int) bool {
	w := d.lower(h)
	return d.toks[h].lowerWord() && isSpokesperson(w) && w != "representative"
}

// passiveJudgeAgent returns the named agent after quotation qi when the
// phrase is the complement of a passive verb of judging or taking a stand
// that is no speech verb ("has been condemned as “shameful” by Tarvik
// Council", "was hailed as “a turning point” by Mirela Varga"); or -1. A
// speech verb's agent is its cue's (byAgent).
func (d *doc) passiveJudgeAgent(qi int, s sentence) int {
	q := &d.quotes[qi]
	if q.close < 0 || q.contPrev || q.open-2 < s.first || d.titleCase(qi) {
		return -1
	}
	v := q.open - 1
	if d.isWord(v, "as") {
		v--
	}
	if v <= s.first || !d.stanceTakenAt(v) {
		return -1
	}
	// "The plan, described as “reckless” by the ecologist X, was
	// approved": a participle set off by a comma is a passive too. Its
	// verb may be a speech verb's word ("described"); only the agent
	// after the words makes it anyone's.
	reduced := d.reducedPassiveBefore(qi, s)
	if !reduced && (d.toks[v].cv != 0 || !d.passive(v, s.first)) {
		return -1
	}
	by := q.close + 1
	if d.punct(by, ",") {
		by++
	}
	if by+1 >= s.last || !d.isWord(by, "by") || !d.toks[by].lowerWord() {
		return -1
	}
	k := by + 1
	if d.isWord(k, "the") && k+1 < s.last && d.chunkAt[k+1] >= 0 {
		k++
	}
	if reduced {
		// "by the ecologist X", "by opposition leader X": the agent's
		// role before the name.
		for n := 0; n < 3 && k < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxDet|lxRole|lxTitle) && d.chunkAt[k] < 0; n++ {
			k++
		}
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent < 0 || d.chunks[ci].outlet {
		return -1
	}
	return d.chunks[ci].ent
}

// reducedPassiveBefore reports whether quotation qi follows a participle
// set off by a comma and "as": "The plan, described as “reckless” by
// ...".
func (d *doc) reducedPassiveBefore(qi int, s sentence) bool {
	q := &d.quotes[qi]
	v := q.open - 2
	return q.close >= 0 && v-1 > s.first && d.isWord(q.open-1, "as") && d.punct(v-1, ",") && d.toks[v].lowerWord() && d.endsWith(v, "ed")
}

// relativeFragment returns the person named just before a relative
// clause that holds quotation qi, a phrase quoted a few words after the
// clause's verb: "such as Tomas Brek, who denounced the claims as a
// “national embarrassment”". It returns -1 otherwise.
func (d *doc) relativeFragment(qi int, s sentence) int {
	q := &d.quotes[qi]
	if q.open == s.first || q.contPrev || d.titleCase(qi) || q.first < q.last && d.toks[q.first].capWord() && d.endsWithStop(qi) {
		return -1
	}
	for w := q.open - 1; w > s.first+1 && w > q.open-12; w-- {
		t := &d.toks[w]
		if t.kind == tkQuote || d.punct(w, ",") || d.punct(w, ";") || t.lowerWord() && namingWords[d.lower(w)] {
			return -1
		}
		if !d.isWord(w, "who") || !t.lowerWord() || !d.punct(w-1, ",") {
			continue
		}
		// A verb of speech or judgement: "who drafted a “bathroom
		// bill”" names a thing, and says nothing.
		v := d.skipAdverbs(w+1, q.open)
		if v >= q.open || !d.toks[v].lowerWord() || !(d.toks[v].cv != 0 || judgingVerb(d.lower(v))) || d.toks[v].has(lxAux) {
			return -1
		}
		ci := d.chunkAt[w-2]
		if ci < 0 || d.chunks[ci].last != w-1 {
			return -1
		}
		if e := d.chunks[ci].ent; e >= 0 && d.ents[e].personish() {
			return e
		}
		return -1
	}
	return -1
}

// judgingVerb reports whether w is a verb in the past that judges
// something in words, not a speech verb of the cue list: "denounced",
// "branded", "hailed".
func judgingVerb(w string) bool {
	switch w {
	case "denounced", "condemned", "decried", "slammed", "blasted", "lambasted", "branded", "labelled", "labeled",
		"hailed", "derided", "mocked", "ridiculed", "denounces", "condemns", "brands", "labels", "hails":
		return true
	}
	return false
}

// objectCue returns the cue whose object holds quotation qi, a phrase
// quoted a few words after a speech verb that reports no clause and
// introduces no quotation of its own ("declaring himself the “...”",
// "called on voters to “...”"), when the cue names a person; or nil. A
// body's cue keeps to its own words: its object is as often a name.
func (d *doc) objectCue(qi int, s sentence, cs []cue) *cue {
	q := &d.quotes[qi]
	if q.open == s.first || q.contPrev || d.titleCase(qi) {
		return nil
	}
	var c *cue
	for ci := range cs {
		if o := &cs[ci]; !o.skip && o.found && o.verb < q.open {
			c = o
		}
	}
	if c == nil || c.ent < 0 || !d.ents[c.ent].personish() || len(c.comps) > 0 || c.quote >= 0 || c.after > q.open || q.open-c.after > 8 {
		return nil
	}
	if d.saidOf(c, s) {
		return nil
	}
	for j := c.after; j < q.open; j++ {
		if d.toks[j].kind == tkPunct && !d.punct(j, "-") || d.toks[j].kind == tkQuote || d.toks[j].cv != 0 ||
			d.toks[j].lowerWord() && namingWords[d.lower(j)] {
			return nil
		}
	}
	return c
}

// namingWords introduce a name or a term in quotation marks rather than
// words said.
var namingWords = map[string]bool{
	"called": true, "named": true, "word": true, "words": true, "term": true, "terms": true, "titled": true,
	"entitled": true, "known": true, "such": true, "song": true, "songs": true, "album": true, "book": true,
	"film": true, "movie": true, "show": true, "series": true, "plan": true, "program": true, "programme": true,
	"operation": true, "slogan": true, "hashtag": true, "campaign": true, "label": true, "nickname": true,
}

// titleCase reports whether every word of quotation qi is capitalised, as
// in a title or a name.
func (d *doc) titleCase(qi int) bool {
	q := &d.quotes[qi]
	words := 0
	for k := q.first; k < q.last; k++ {
		t := &d.toks[k]
		if t.kind != tkWord {
			continue
		}
		words++
		if t.lowerWord() && !t.has(lxFunc) {
			return false
		}
	}
	return words > 0
}

// introCue returns the cue of the main clause when quotation qi stands in
// the sentence's opening participle phrase ("Calling it “just another
// apology”, Franowska told Reuters ..."), or nil.
func (d *doc) introCue(qi int, s sentence, cs []cue) *cue {
	q := &d.quotes[qi]
	first := &d.toks[s.first]
	if q.close < 0 || q.open-s.first > 6 || !first.capWord() || !d.endsWith(s.first, "ing") ||
		first.has(lxFirstName|lxTitle|lxPrep) || d.chunkAt[s.first] >= 0 {
		return nil
	}
	for ci := range cs {
		c := &cs[ci]
		if c.skip || !c.found {
			continue
		}
		if c.verb > q.close && c.ent >= 0 && c.subjFirst > q.close && !c.inverted {
			return c
		}
		return nil
	}
	return nil
}

// participleAfter returns the last participle of a speech verb between
// the verb at v and token limit that opens a phrase after a comma ("outlined a “new
// settlement” in a speech in June, pledging to amend the rules to “...”"):
// the phrase goes on with the verb's subject, and what it quotes is
// reckoned from there. "visiting stalls selling “organic” honey" says
// nothing. It returns v when there is none.
func (d *doc) participleAfter(v, limit int) int {
	for j := limit - 2; j > v; j-- {
		if !d.punct(j, ",") || !d.toks[j+1].lowerWord() || !d.endsWith(j+1, "ing") || d.toks[j+1].cv == 0 && !speechParticiples[d.lower(j+1)] {
			continue
		}
		switch d.lower(j + 1) {
		case "including", "according", "during", "regarding", "concerning", "following", "nothing", "something", "everything":
			return v
		}
		return j + 1
	}
	return v
}

// speechParticiples are participles of saying, promising or judging that
// the cue list may not hold as such: "..., pledging to “...”".
var speechParticiples = map[string]bool{
	"pledging": true, "promising": true, "vowing": true, "urging": true, "calling": true, "insisting": true,
	"complaining": true, "declaring": true, "warning": true, "arguing": true, "saying": true, "describing": true,
	"discussing": true, "threatening": true, "demanding": true, "accusing": true, "praising": true,
	"criticising": true, "criticizing": true, "asking": true, "noting": true, "adding": true, "stressing": true,
	"dismissing": true, "denouncing": true, "branding": true, "labelling": true, "labeling": true, "hailing": true,
	"thanking": true, "blaming": true, "announcing": true, "claiming": true, "suggesting": true, "predicting": true,
	"admitting": true, "expressing": true, "voicing": true, "welcoming": true, "telling": true, "explaining": true,
}

// saidOf reports whether cue c is a passive speech verb with no agent,
// whose subject is the one spoken of, not the speaker: "Varga was said to
// be suffering “minor symptoms”".
func (d *doc) saidOf(c *cue, s sentence) bool {
	return d.passive(c.verb, s.first) && d.byAgent(c.verb, s) < 0
}

// passiveObject reports whether quotation qi is a phrase quoted a few
// words after a passive speech verb with no agent ("was said to be
// suffering “minor symptoms”"): someone's words, but nobody named.
func (d *doc) passiveObject(qi int, s sentence, cs []cue) bool {
	q := &d.quotes[qi]
	var c *cue
	for ci := range cs {
		if o := &cs[ci]; !o.skip && o.found && o.verb < q.open {
			c = o
		}
	}
	return c != nil && c.quote < 0 && c.after <= q.open && q.open-c.after <= 8 && d.saidOf(c, s)
}

// gerundAfterPrep reports whether the speech verb at k is a gerund after
// a preposition, the name of an act rather than a cue ("placed emphasis
// on maintaining “law and order”"): what it quotes is the sentence
// subject's. "after saying" and its kin report speech, and stay cues.
func (d *doc) gerundAfterPrep(k int, s sentence) bool {
	if k <= s.first || !d.toks[k].lowerWord() || !d.endsWith(k, "ing") || !d.toks[k-1].lowerWord() || !d.toks[k-1].has(lxPrep) {
		return false
	}
	switch d.lower(k - 1) {
	case "on", "of", "in", "about":
		return true
	}
	return false
}

// ownWords reports whether quotation qi, right after the verb at v and
// "its" or "their", is organisation e's own words: "The State Department
// gave its “deepest sympathies”", after a verb that conveys words. A
// phrase that goes on into a noun ("its “smart” fridge") names a thing;
// "cut its “workforce”" quotes the reporter's doubt.
func (d *doc) ownWords(e, v, qi int) bool {
	q := &d.quotes[qi]
	if !d.ents[e].orgish() || d.ents[e].outlet || !expressingVerbs[d.lower(v)] || q.open != v+2 || q.close < 0 || !(d.isWord(v+1, "its") || d.isWord(v+1, "their")) {
		return false
	}
	if n := q.close + 1; n < len(d.toks) && d.toks[n].lowerWord() && !d.toks[n].has(lxPrep|lxFunc|lxAux|lxVerb) {
		return false
	}
	return true
}

// bodyJudges reports whether organisation e, the subject, takes a stand
// with the verb at v ("Tarvik Council dismissed the claims as “pure
// fantasy”", "cited “serious concerns”"): the quoted phrase in its object
// is the body's own words, as a person's would be. An outlet's verb
// reports others' words, and a term set inside a noun phrase ("welcomed
// a “pay as you feel” café") names a thing.
func (d *doc) bodyJudges(e, v, qi int) bool {
	return d.ents[e].orgish() && !d.ents[e].outlet && d.stanceTakenAt(v) && !d.modifierTerm(qi)
}

// stanceTakenAt reports whether the word at v is a lower-case verb in
// "-ed" that judges something or takes a stand on it ("condemned",
// "dismissed", "hailed"): the verb whose quoted object, active or
// passive, is its subject's or its agent's own phrase.
func (d *doc) stanceTakenAt(v int) bool {
	w := d.lower(v)
	return d.toks[v].lowerWord() && (judgingVerb(w) || discourseVerb(w)) && d.endsWith(v, "ed")
}

// expressingVerbs convey an organisation's words: "gave its “...”".
var expressingVerbs = map[string]bool{
	"gave": true, "gives": true, "offered": true, "offers": true, "expressed": true, "expresses": true,
	"voiced": true, "voices": true, "extended": true, "extends": true, "sent": true, "sends": true,
	"conveyed": true, "conveys": true, "reiterated": true, "reiterates": true, "renewed": true, "repeated": true,
}

// relativeAsideEnd returns the comma closing a relative clause about the
// subject that opens at token k ("who is adept at blending themes,"),
// before token limit, with no quotation inside; or -1.
func (d *doc) relativeAsideEnd(k, limit int) int {
	if !d.isWord(k, "who") || !d.toks[k].lowerWord() {
		return -1
	}
	for j := k + 1; j < limit && j < k+24; j++ {
		if t := &d.toks[j]; t.kind == tkQuote || t.inQuote() || d.punct(j, ";") || d.punct(j, ":") {
			return -1
		}
		if d.punct(j, ",") {
			if j+1 < limit {
				return j
			}
			return -1
		}
	}
	return -1
}

// discourseVerb reports whether w is a form of a verb of talking about or
// taking a stand on something, outside the cue list, whose quoted object
// is the subject's own phrase: "attacked the “macho culture” that ...",
// "discussing the “original sin” of ...".
func discourseVerb(w string) bool {
	for _, stem := range []string{"attack", "discuss", "critici", "criticis", "prais", "welcom", "reject", "dismiss", "question",
		"describ", "defend", "invok", "cit", "promis", "pledg", "vow", "tout", "blam", "talk", "spok", "speak", "refer",
		"mention", "decr", "champion", "lament", "denounc", "warn", "oppos", "support", "endors", "embrac", "cheer", "hail", "apologi"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// fictionQuote reports whether quotation qi is a line of a story or a
// song that a review quotes, not words anyone said: its sentence opens "In
// the film," ("In her novel, the ferryman tells his son: “...”"), or a
// song's words come just before it ("the chorus goes", "she sings").
func (d *doc) fictionQuote(qi int) bool {
	q := &d.quotes[qi]
	si := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].last > q.open })
	if si >= len(d.sents) || d.sents[si].first > q.open {
		return false
	}
	s := d.sents[si]
	k := s.first
	if d.isWord(k, "in") && k+3 < q.open && (d.isWord(k+1, "the") || possessivePronoun(d.lower(k+1))) && workNouns[d.lower(k+2)] && d.punct(k+3, ",") {
		return true
	}
	song := false
	for j := max(s.first, q.open-8); j < q.open; j++ {
		if d.toks[j].lowerWord() && songWords[d.lower(j)] {
			song = !d.crowdSings(j, s)
		} else if d.toks[j].cv != 0 && !d.isWord(j, "goes") && !d.isWord(j, "went") { // "the chorus goes: “...”"
			song = false // "one woman, who sang in the choir, said: “...”": she speaks
		}
	}
	return song
}

// songWords name a song's words or their singing.
var songWords = map[string]bool{
	"chorus": true, "refrain": true, "lyric": true, "lyrics": true, "verse": true, "sings": true, "sang": true, "croons": true,
}

// crowdSings reports whether the song word at j is a crowd's singing: "the
// fans sang “We are staying up”" is a chant, quoted as nobody's words.
func (d *doc) crowdSings(j int, s sentence) bool {
	for k := max(s.first, j-3); k < j; k++ {
		switch d.lower(k) {
		case "fans", "crowd", "crowds", "supporters", "protesters", "protestors", "marchers", "demonstrators", "strikers":
			return true
		}
	}
	return false
}

// modifierTerm reports whether quotation qi is a term set inside a noun
// phrase, between its article and its noun: "runs the “pay as you feel”
// café", "a “fresh start” plan". Words said do not sit there.
func (d *doc) modifierTerm(qi int) bool {
	q := &d.quotes[qi]
	if q.open < 1 || q.close < 0 || q.close+1 >= len(d.toks) || q.words(d) > 6 {
		return false
	}
	if !d.toks[q.open-1].lowerWord() || !d.toks[q.open-1].has(lxDet) {
		return false
	}
	for k := q.first; k < q.last; k++ {
		if t := &d.toks[k]; t.kind == tkPunct && !d.punct(k, "-") {
			return false // “Stop, thief!”: a sentence, not a term
		}
	}
	n := &d.toks[q.close+1]
	return n.kind == tkWord && n.lowerWord() && !n.has(lxFunc|lxPrep|lxAux|lxVerb|lxAdverb|lxPronoun|lxDet) && n.cv == 0 && !d.endsWith(q.close+1, "ly")
}
