package extract

import (
	"slices"
	"strconv"
	"strings"
)

// How far back a pronoun or a description looks for its antecedent.
const (
	pronounParas = 2    // the current paragraph and this many before it
	pronounToks  = 320  // and never more tokens than this
	describeToks = 3000 // how far back a description ("the ministry") looks
)

// personish reports whether entity e can be "he" or "she".
func (e *entity) personish() bool {
	return !e.outlet && e.personEv > e.orgEv && (e.personEv > e.placeEv || e.kind == kPerson)
}

// bareSpeaker reports whether e is a one-word name with no evidence of
// what it names that has spoken: "Olsen said ... He added" makes Olsen a
// person, where an organisation would have a word of one or an acronym.
func (e *entity) bareSpeaker() bool {
	return e.spoke >= 0 && !e.outlet && e.kind == kUnknown && len(e.words) == 1 && e.personEv == 0 && e.orgEv == 0 &&
		e.placeEv == 0 && strings.ToUpper(e.name) != e.name
}

// bareCueSubject reports whether the one-word name e at token k, with no
// evidence of what it names, is the subject of a speech verb right after
// it: "Dravic said on Friday he would sign the deal, which he said ...",
// where the first cue has not yet made Dravic a speaker.
func (d *doc) bareCueSubject(k int, e *entity) bool {
	if e.outlet || e.kind != kUnknown || len(e.words) != 1 || e.personEv != 0 || e.orgEv != 0 || e.placeEv != 0 || strings.ToUpper(e.name) == e.name {
		return false
	}
	n := d.skipAdverbs(k+1, d.sents[d.sentOf[k]].last)
	return n < len(d.toks) && d.toks[n].lowerWord() && d.toks[n].cv != 0 && !d.endsWith(n, "ing")
}

// placeish reports whether entity e is more likely a place than anything
// else.
func (e *entity) placeish() bool {
	return e.kind == kPlace && e.orgEv <= e.personEv || e.placeEv > e.orgEv && e.placeEv > e.personEv
}

// orgish reports whether entity e can be "it" or "they".
func (e *entity) orgish() bool {
	return !e.outlet && !e.thing && e.orgEv > 0 && e.orgEv >= e.personEv
}

// windowStart is the first token a pronoun or a description at token p
// may look back to. A photo's caption or credit line is no paragraph of
// the story and does not count among those it may look back over.
func (d *doc) windowStart(p int) int {
	para := d.toks[p].para
	for n := 0; n < pronounParas && para > 0; {
		para--
		if !d.captionLine(int(para)) {
			n++
		}
	}
	return max(d.paraFirst[para], p-pronounToks)
}

// pronounWindowStart is the first token the subject pronoun at token p
// may look back to for its speaker. Paragraphs that are all quotation (a
// quotation running over several), hold no words (pictures) or are a
// photo's caption or credit name no one, and do not use up the window:
// "She added" after three paragraphs of one mother's statement is still
// the mother.
//
// Nor do their tokens count against pronounToks: "She continued:" after
// five long paragraphs of a councillor's statement, broken by a photo
// and a prompt to sign up, still reaches the "She said:" that opened it.
func (d *doc) pronounWindowStart(p int) int {
	para := int(d.toks[p].para)
	budget := pronounToks - (p - d.paraFirst[para])
	if budget <= 0 {
		return p - pronounToks
	}
	for n := 0; n < pronounParas && para > 0; {
		para--
		if d.quotationOnly(para) || d.captionLine(para) {
			continue
		}
		n++
		size := d.paraEnd(para) - d.paraFirst[para]
		if size >= budget {
			return d.paraEnd(para) - budget
		}
		budget -= size
	}
	return d.paraFirst[para]
}

// quotationOnly reports whether paragraph p holds nothing outside
// quotations and their marks.
func (d *doc) quotationOnly(p int) bool {
	for k := d.paraFirst[p]; k < d.paraFirst[p+1]; k++ {
		if t := &d.toks[k]; !t.inQuote() && t.kind != tkQuote {
			return false
		}
	}
	return true
}

// captionLine reports whether paragraph p belongs to a photo, not to the
// story: a credit on its own ("Photo: Ashraf Amra/Anadolu", "Credit...Rich
// Pedroncelli/AP") or an image with its caption ("![Students in a
// window](...) Students look out ...").
func (d *doc) captionLine(p int) bool {
	k, end := d.paraFirst[p], d.paraEnd(p)
	if end-k < 3 {
		return false
	}
	if d.punct(k, "!") && d.punct(k+1, "[") {
		return true
	}
	if d.readerPrompt(k, end) {
		return true
	}
	return creditWord(d.lower(k)) && (d.punct(k+1, ":") || d.punct(k+1, "…") || d.punct(k+1, ".") || d.isWord(k+1, "by"))
}

// readerPrompt reports whether the paragraph from token k to end opens by
// telling the reader what to do, as a site's furniture does: "[Click this
// link](...) or scan the QR code to receive breaking news from Harwick
// Live", "Sign up to our newsletter". Like a caption it is no part of the
// story: an outlet it names is nobody's antecedent.
func (d *doc) readerPrompt(k, end int) bool {
	for k < end && (d.punct(k, "*") || d.punct(k, "**") || d.punct(k, "[")) {
		k++
	}
	if k >= end || !d.toks[k].capWord() {
		return false
	}
	switch d.lower(k) {
	case "subscribe":
		return true
	case "click", "tap", "scan":
		// "Click here", "Scan the QR code"; not "Scan results showed" or
		// "Tap water is safe".
		return d.isWord(k+1, "here") || d.isWord(k+1, "this") || d.isWord(k+1, "the") || d.isWord(k+1, "on") || d.isWord(k+1, "below")
	case "sign":
		return d.isWord(k+1, "up")
	}
	return false
}

// comparisonMention reports whether the name at token k stands only as
// an example or a comparison, perhaps in a list: "such writers as Otto
// Kemp and Hans Lorber", "writers such as", "artists like", "Unlike
// Otto Kemp,", "the likes of", "compared with that of", "in the
// tradition of".
func (d *doc) comparisonMention(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	first := d.sents[d.sentOf[k]].first
	j := d.chunks[ci].first - 1
	for j >= first && j >= k-16 {
		switch {
		case d.punct(j, ","), d.isWord(j, "and") || d.isWord(j, "or"):
			j--
			continue
		case d.chunkAt[j] >= 0 && d.chunks[d.chunkAt[j]].ent >= 0 && d.toks[j].capWord():
			j = d.chunks[d.chunkAt[j]].first - 1 // another name of the list
			continue
		}
		break
	}
	if j < first || d.toks[j].inQuote() {
		return false
	}
	word := func(i int, ws ...string) bool {
		if i < first {
			return false
		}
		for _, w := range ws {
			if d.isWord(i, w) {
				return true
			}
		}
		return false
	}
	switch {
	case word(j, "as"):
		return word(j-1, "such") || word(j-2, "such") || word(j-3, "such")
	case word(j, "like", "unlike"):
		return true
	case word(j, "of"):
		if word(j-1, "that", "those") {
			return word(j-2, "to", "with") && word(j-3, "compared", "likened", "comparable", "similar")
		}
		return word(j-1, "likes", "tradition", "footsteps", "mould", "mold", "vein")
	case word(j, "to", "with"):
		return word(j-1, "compared", "likened")
	}
	return false
}

// resolvePronoun resolves the pronoun at token h, used by a cue at token
// at, to the most recent compatible entity, preferring one that has spoken
// or was a subject. The result is remembered so that later pronouns chain.
func (d *doc) resolvePronoun(h, at int) int { return d.resolvePronounBut(h, at, -1) }

// frontedParticipleHolder returns the person whom a pronoun inside a
// participle's phrase opening the sentence points forward to: the main
// clause's subject, named right after the phrase's comma ("Condemning
// what he called “the politics of exclusion”, Cllr Aidan Mullet
// declared"); or -1. The phrase's doer is the main clause's subject, so
// its pronoun can be no one named before.
func (d *doc) frontedParticipleHolder(h int, want gender) int {
	s := d.sents[d.sentOf[h]]
	if h <= s.first || !d.endsWith(s.first, "ing") || !d.toks[s.first].capWord() || d.isWord(s.first, "according") || d.chunkAt[s.first] >= 0 {
		// not "Beijing, he said, ...": a name, no participle
		return -1
	}
	comma := -1
	for k := s.first + 1; k < s.last && k < s.first+24; k++ {
		if d.punct(k, ",") && !d.toks[k].inQuote() {
			comma = k
			break
		}
	}
	if comma < 0 || h > comma || comma+1 >= s.last {
		return -1
	}
	ci := d.chunkAt[comma+1]
	if ci < 0 || d.chunks[ci].first != comma+1 || d.chunks[ci].ent < 0 {
		return -1
	}
	e := d.chunks[ci].ent
	if en := &d.ents[e]; !en.personish() || want != gUnknown && en.gender != gUnknown && en.gender != want {
		return -1
	}
	if v := d.chunks[ci].last; v >= s.last || d.toks[v].cv == 0 && !d.toks[v].has(lxAux|lxVerb) {
		return -1 // the name must be the subject, its verb right after it
	}
	return e
}

// resolvePronounBut is resolvePronoun passing over entity skip (-1: none).
// Passing over someone, it settles only for a candidate that spoke lately
// or is the subject the sentence it was found in opens with, and returns
// -1 rather than any other.
func (d *doc) resolvePronounBut(h, at, skip int) int {
	if v := d.entAt[h]; v >= 0 {
		return int(v)
	}
	var want gender
	org := false
	w := d.lower(h)
	if i := firstApostrophe(w); i > 0 && pronounContraction(w) {
		w = w[:i] // "she’s now explained": the pronoun of a contraction
	}
	switch w {
	case "he", "him", "his", "himself":
		want = gMale
	case "she", "her", "hers", "herself":
		want = gFemale
	case "it", "its", "they", "them", "their":
		org = true
	default:
		return -1
	}
	from := d.pronounWindowStart(h)
	curSent := d.sentOf[h]
	if w == "they" && d.unnamedPluralSubject(h, int(curSent)) {
		return -1 // "Some critics have proposed reforms, which they say would ...": the critics
	}
	if w == "they" {
		if e := d.spokespersonJustBefore(int(curSent)); e >= 0 {
			return e // "A spokesperson for the minister said ... | They said: “...”": the singular "they"
		}
	}
	if d.isWord(h, "it") {
		if e := d.statementIssuer(h); e >= 0 {
			d.entAt[h] = int32(e)
			return e
		}
	}
	if t := d.lastTeam; org && t.ok && t.tok < h && d.sentOf[t.tok] >= curSent-2 {
		return t.ent // "Stamenković et al studied brines. They found ..."
	}
	if org && !d.isWord(h, "it") && !d.isWord(h, "its") {
		// "Stamenković et al cite research ... In their model, they found":
		// a team named as a subject without speaking is "they" too.
		for k := h - 2; k > from && d.sentOf[k] >= curSent-2; k-- {
			if d.etAl(k) && d.toks[k-1].capWord() && d.chunkAt[k-1] >= 0 && !d.toks[k].inQuote() {
				if e := d.chunks[d.chunkAt[k-1]].ent; e >= 0 && d.ents[e].personish() {
					return e
				}
			}
		}
	}
	if !org && d.subjectAt(h) {
		// "Whitlock asked Varga whether ... She said": the one asked
		// answers, though the asker is the subject.
		if e, ok := d.askedHearer(h, want); ok {
			if e >= 0 {
				d.entAt[h] = int32(e)
				d.ents[e].personEv++
			}
			return e
		}
	}
	if !org && d.unnamedSubjectSpoke(h, int(curSent)) {
		return -1
	}
	if !org {
		if e := d.frontedParticipleHolder(h, want); e >= 0 {
			d.entAt[h] = int32(e)
			return e
		}
	}
	if !org && (d.isWord(h, "he") || d.isWord(h, "she")) {
		// "A Sussex Police spokesman said ... He said: “...”": the
		// spokesman is the body he speaks for.
		if e := d.spokespersonBody(h, from, want); e >= 0 {
			d.entAt[h] = int32(e)
			return e
		}
	}
	// Candidates in the current and previous sentence rank: one who has
	// spoken, then a subject, then the most recent. Failing those, the most
	// recent compatible entity in the window.
	best, bestRank, bestTok := -1, 0, -1
	bestBase := 0        // best's rank before agreeing in gender counted
	farSent := int32(-1) // the sentence before the last of a far best, still read to its start
	relPronounBefore := h > 0 && d.toks[h-1].lowerWord() && (d.isWord(h-1, "which") || d.isWord(h-1, "who") || d.isWord(h-1, "whom"))
	subjectHeShe := !org && (d.isWord(h, "she") || d.isWord(h, "he")) // asked once, not of every token in the window
	subordinateHeShe := subjectHeShe && d.subordinateSubject(h)
	if subjectHeShe && !d.resolvingFar {
		if e := d.samePronounBefore(h, want); e >= 0 {
			return e
		}
	}
	farTried := false  // the nearest main subject "he" or "she" further back was resolved
	bodySpoke := false // a body is the latest speaker, for "it" and "they"
	if org {
		if e := d.lastSpeaker(h); e >= 0 {
			bodySpoke = d.ents[e].orgish()
		}
	}
	descEnt, descTok := -1, -1
	if subjectHeShe && curSent > 0 && !d.personNamedBefore(h) {
		descEnt, descTok = d.describedSubject(int(curSent)-1, want)
	}
	for k := h - 1; k >= from; k-- {
		v := d.entAt[k]
		if v < 0 && k == descTok {
			// "The Kenyan raised the bar, slashing a minute off
			// compatriot Dennis Kimetto's record. “...,” he added.": the
			// subject the last sentence describes is a mention of whom
			// the description means.
			v = int32(descEnt)
		}
		if v < 0 && (!subjectHeShe || d.sentOf[k] > curSent-1 || d.sentOf[k] < curSent-1 && d.lower(k) != d.lower(h)) {
			// Most tokens of the window: no mention, and no pronoun of the
			// last sentence's or the same pronoun further back that the
			// cases below weigh. Passed over first (past a far best's
			// sentence, the next token weighed ends the scan, as this one
			// would have).
			continue
		}
		if farSent >= 0 && d.sentOf[k] < farSent {
			break
		}
		if v < 0 && d.sentOf[k] == curSent-1 && (d.lower(k) == d.lower(h) || strings.HasPrefix(d.lower(k), d.lower(h)) && pronounContraction(d.lower(k))) &&
			!d.toks[k].inQuote() && (k == d.sents[d.sentOf[k]].first || d.isWord(k-1, "and") || d.isWord(k-1, "but")) {
			// "The star slammed the Duke and his wife, Meghan, and she's
			// now explained ... she said": the last sentence's own "she",
			// the subject of a main clause that said nothing, goes on,
			// resolved as it would have been. Not one in a clause of
			// another's ("told him he would"): anyone's guess.
			r := d.resolvePronounFar(k)
			if r >= 0 {
				v = int32(r)
			}
		} else if v < 0 && subjectHeShe && !d.resolvingFar && !farTried && d.sentOf[k] < curSent-1 && d.lower(k) == d.lower(h) && !d.toks[k].inQuote() && d.mainSubject(k, int(d.sentOf[k])) {
			// "Ilse Varga leads the union. On Wednesday she met the
			// minister, Karin Holt. The meeting lasted two hours.
			// Afterwards she said ...": further back, the main subject
			// "she" of a sentence is the one it was, over the object
			// named after it, when known to be a she. Only the nearest,
			// and never inside another pronoun's resolution (either
			// case's): each "he" of a paragraph of them would resolve
			// every one before it, and those theirs, the work growing
			// with a power of the sentences (a paragraph of 160 took
			// 25 s).
			farTried = true
			r := d.resolvePronounFar(k)
			if r >= 0 && d.ents[r].gender == want {
				v = int32(r)
			}
		}
		if v < 0 || d.toks[k].inQuote() || int(v) == skip {
			continue
		}
		if !org && at >= 0 && int(v) == d.hearerAfterCue(at) {
			continue // "“...,” he said to Bartow": the one spoken to is not "he"
		}
		if !org && d.nameAsModifier(k) {
			// "It also occurred during an El Niño year. “...,” she
			// said": a name between "a" and its noun qualifies the noun
			// and is no one the story follows.
			continue
		}
		if d.sentOf[k] == curSent && d.inIntro(k, d.sents[curSent]) {
			// "Speaking to Tom Reed of PBS, he said": whoever the opening
			// phrase names is not its subject.
			continue
		}
		e := &d.ents[v]
		if e.spoke < 0 && d.captionLine(int(d.toks[k].para)) {
			continue // whom a photo shows or credits is not whom the story quotes
		}
		if org {
			// "The Fed said ... It also said": a one-word name after
			// "the" that has spoken is a body, though nothing else said so.
			// So is one with no gender that has just been quoted, when
			// "it" is the next cue's subject: "“We take note,” Brightpost
			// said. | “...,” it said." (no person is "it").
			theBody := d.isWord(h, "it") && e.bareSpeaker() && (k > 0 && d.isWord(k-1, "the") ||
				e.gender == gUnknown && !e.genderHint && d.cueSubjectAt(h, at))
			// "Stagecoach East previously said ... | It added": a name no
			// person's that spoke in the sentence before is what "it"
			// goes on with, though its kind is unknown or its last word
			// a compass point's.
			spokeJustBefore := d.isWord(h, "it") && e.spoke >= 0 && e.spoke < h && !e.outlet && !e.thing && e.personEv == 0 && e.gender == gUnknown && !e.genderHint &&
				d.sentOf[e.spoke] == curSent-1 && d.cueSubjectAt(h, at)
			if !(e.orgish() || e.bodyHead != "" && e.spoke >= 0 && !e.outlet || theBody || spokeJustBefore) || e.placeish() && e.spoke < 0 {
				continue // "in Tarvik City, where ...": a place, unless it has spoken
			}
			// Only an organisation that has just spoken, or is the subject
			// of this or the last sentence, is "it": "they" is far more
			// often a group of people.
			// A body named after a preposition is no subject, though a verb
			// follows it: "waits in A&E were caused by the booking system.
			// ..., it said" is still the trust that said so.
			// Nor is the subject of a body's reported clause, when the
			// body spoke last: "The NPS said the Njoro office is
			// processing the suspects. | They appealed ..." is the NPS.
			// Nor the subject of a "whose" clause about another: "Kessflix,
			// whose parent company Tarvo Holdings reported ..., said ...
			// “...,” it said" is Kessflix.
			subject := d.subjectAt(k) && !(d.afterPreposition(k) && d.inReportedClause(k)) && !(bodySpoke && d.inReportedClause(k)) && !d.whoseSubject(k)
			if !(e.spoke >= 0 && e.spoke >= from || (subject || d.isWord(h, "it") && d.passiveSubject(k)) && (d.sentOf[k] >= curSent-1 || d.inStatement(at) && !d.groupNamedBetween(k, h))) {
				// "The Sallow Canal Trust has closed the towpath. ...
				// “...,” they said in a statement.": a statement is a
				// body's, so the body the story opened with, further back;
				// not over a group of people named since ("His parents
				// paid tribute."). "It" may be a passive's agent, its
				// subject in all but form: "rolled out by the Ministry of
				// Ports ... It claims".
				continue
			}
			best = int(v)
			break
		}
		mismatch := e.gender != gUnknown && e.gender != want
		if mismatch && e.genderHint && (d.isWord(at, "added") || e.genderGuess) && e.spoke >= 0 && int(v) == d.lastSpeaker(at) && d.toks[e.spoke].para+1 >= d.toks[h].para &&
			len(e.words) >= 2 && lex.lookup(e.words[0])&lxFirstName == 0 && !d.otherSpoke(int(v), at) {
			// "Vichitra Lanka ... said, “...” | “...,” he added.": the one
			// who just spoke goes on; a gender guessed from the ending of a
			// first name no list knows is weaker than the turn "added"
			// keeps (not a known name's: "Tomas Brenn said ... She added"
			// is someone else), when no one else has spoken ("Maren Solt
			// said ... Felix Amberg said ... she added" is Maren).
			mismatch = false
		}
		// "Even though Agbaje has called the winner, he believes": a name
		// of no known kind opening the clause before "he" is a person's,
		// as no body is "he".
		// The name is the whole subject, its verb next: not "When Olympic
		// diver Tom Daley clinched", a word before a role.
		openingName := subjectHeShe && d.sentOf[k] == curSent && e.kind == kUnknown && !e.orgish() && !e.placeish() && !e.outlet && e.gender == gUnknown &&
			d.openingClauseSubject(k, h) && d.verbAfterName(k)
		if !e.personish() && !e.bareSpeaker() && !d.bareCueSubject(k, e) && !openingName || mismatch && !e.genderHint || d.excluded(int(v), at) || e.venue() || codeName(e) {
			continue
		}
		near := d.sentOf[k] >= curSent-1
		rank := 2
		switch {
		case d.sentOf[k] == curSent && d.possessorOpening(k, h):
			// "In Hajjaj's case, she decided to stay": the one whose case
			// the sentence opens with is its subject, whoever spoke last.
			rank = 13
		case d.sentOf[k] == curSent && (e.gender == want || openingName) && d.openingClauseSubject(k, h):
			// "As Mr Lund left Kelby for the talks, he said": the subject
			// of the clause the sentence opens with is its "he", whoever
			// spoke in the paragraph before; when known to be a he.
			rank = 13
		case d.sentOf[k] == curSent && subordinateHeShe && !mismatch && d.mainSubject(k, int(curSent)) && !d.otherPersonBetween(k, h, int(v)):
			// "Professor Kask imposed the cap because he is concerned":
			// the subject of a clause of reason or time after the main
			// one is the main clause's subject, whoever spoke in the
			// paragraph before; not when another person stands between
			// ("Kask met Mr Brandt after he said so": either).
			rank = 12
		case d.sentOf[k] == curSent && relPronounBefore && d.mainSubject(k, int(curSent)):
			// "United's manager, Dario Feld, was furious about the goal,
			// which he said had come from a foul": a relative clause's
			// speaker is the subject of the sentence it hangs on, whoever
			// spoke before it.
			rank = 12
		case near && d.sentOf[k] < curSent && d.inRelativeOfAnother(k, int(v)):
			// "Among those outside was Martyn Esh, a bus driver who voted
			// for Kolmar. “...,” he said.": one named inside a relative
			// clause about another person is no subject of the story's,
			// whoever spoke before.
			rank = 1
		case near && d.sentOf[k] < curSent && e.spoke < 0 && subjectHeShe && !d.subjectAt(k) && d.inReportedClause(k) && d.speakerSince(from, h) >= 0:
			// "According to the prime minister, attempts to dismiss
			// Minister of Justice Zbigniew Ziobro were “political games.”
			// | “...,” he said to opposition MPs.": one named inside what
			// someone reported, no subject there, is what was spoken of,
			// not who speaks next, when someone has spoken.
			rank = 1
		case near && d.sentOf[k] < curSent && e.spoke < 0 && d.kinUnderDescription(k) && d.spokeSince(int(v), want, from, h):
			// "Quell branded him a “coward”. The 41-year-old singer hit
			// out days after he and his wife Lena had their deal cut.
			// She fumed: “...”": a woman named only as another's kin,
			// where an unnamed description of someone is the subject, is
			// not whom the story follows; the one who spoke is.
			rank = 1
		case near && e.spoke >= 0 && d.sentOf[e.spoke] >= curSent-1:
			rank = 10 // the speaker of this or the last sentence
		case !near && d.toks[k].para == d.toks[h].para && d.sentOf[k] == d.sentOf[d.paraFirst[d.toks[h].para]] &&
			d.mainSubject(k, int(d.sentOf[k])) && d.topicHolds(int(v), k, h):
			// "Prewett tells the story differently. In her version, it
			// was Sollers who brought a spreadsheet. “...,” she said.": the
			// subject the paragraph opens with is still its topic, over
			// one named since who spoke in an earlier paragraph.
			rank = 9
		case near && e.spoke >= from && (d.subjectAt(k) && !d.reportedClauseSubject(k) || d.whoClauseAbout(k) ||
			d.toks[e.spoke].para == d.toks[h].para && !d.otherMainSubject(k, int(v), want)):
			// One who spoke lately; but not one merely named in a new
			// paragraph about someone else ("Anders Lund met Brenn after
			// the rally. “...,” he said."): the new paragraph's subject
			// goes on. A clause of his own keeps him its topic ("Varga
			// called Brenn, who conceded. “...,” he said.").
			rank = 8
		case near && d.subjectAt(k) && !d.relativeSubject(k) && d.contrastSubject(k) && !mismatch && d.sentOf[k] == curSent-1 && d.subjectAt(h):
			// "Varga said the plan was sound, but Tomas Brenn disagreed.
			// He said ...": the subject of the contrast goes on.
			rank = 11
		case near && d.subjectAt(k) && !d.relativeSubject(k) && !d.subordinateSubject(k) && !d.relationAppositive(k) && !d.innerAppositive(k) &&
			!d.reportedClauseSubject(k):
			// Not the subject of a clause a noun of report holds ("denied
			// claims that the coach, X, had been forced out", "reacted to
			// reports X had resigned"): whom the news is about, not whom
			// the story follows.
			rank = 6
		case near:
			rank = 4
		case d.subjectAt(k) && !d.relativeSubject(k) && !d.subordinateSubject(k) && !d.relationAppositive(k) && !d.reportedByAnother(k, int(v)):
			// "Minister Renn met Mollo, the opposition leader. The two
			// spoke for an hour. “...,” he said.": further back, the
			// subject of the sentence still outranks its object.
			rank = 3
		}
		base := rank
		if e.gender == want {
			// Between two equally likely speakers, one known to match the
			// pronoun beats one of unknown gender: "Anna Brandt said ...,
			// while Jonas Tamm said ... She added".
			rank++
			if rank == 5 && !d.otherCueSubjectIn(int(d.sentOf[k]), int(v)) {
				// "Ilse Varga met Tomas Brenn. “...,” he said.": one named
				// after the subject, known to match, ties a subject of
				// unknown gender, and the nearer wins the tie; a subject
				// known to match still wins, as does one who spoke, and
				// one whose words the sentence reports ("Natalio Wheatley
				// called for Andrew Fahie to be afforded due process. He
				// also urged calm").
				rank = 6
			}
		}
		if rank > 1 && e.spoke < 0 && d.diedIn(d.sents[d.sentOf[k]], int(v)) && !d.archivalCue(at) {
			// "Her grandfather, X, died last year. “...,” she said.": the
			// dead speak only from the archive ("he told the Gazette in
			// 1998").
			rank, base = 1, 1
		}
		if rank > 1 && (d.justAsked(int(v), at, h) || d.justAnswered(int(v), at, h) || d.justRepliedTo(int(v), at, h)) {
			// "“Were you there?” Achebe asked. “I was,” she said.": the
			// answer is the other one's turn, whoever spoke last, when
			// someone else can be meant.
			rank, base = 1, 1
		}
		if rank > 1 && e.spoke < 0 && d.sentOf[k] < curSent && d.comparisonMention(k) {
			// "The memoir begins in the tone of such writers as Otto Kemp.
			// “...,” he writes.": one named only as an example or a
			// comparison is not whom the story follows.
			rank, base = 1, 1
		}
		if rank > 1 && d.sentOf[k] < curSent && d.ownObjectPronoun(k, want) {
			// "Rurik Tamsin, the head teacher, nominated her for an award.
			// “...,” she said.": the object of his own verb is someone
			// else, whom the pronoun then means, not him.
			rank, base = 1, 1
		}
		if mismatch {
			// A first name's usual gender is only a hint, but a hint
			// outweighs nearness: "Tomas Olsen said ... She disagreed"
			// looks further back for a woman before settling for him.
			rank -= 9
			base -= 9
		}
		if rank > bestRank {
			best, bestRank, bestTok, bestBase = int(v), rank, k, base
		}
		if !near && best >= 0 && bestRank >= 2 {
			if d.sentOf[bestTok] >= curSent-1 {
				break
			}
			// Found past the last sentence: the rest of its sentence
			// may hold its subject.
			farSent = d.sentOf[bestTok]
		}
	}
	if (w == "he" || w == "she") && skip < 0 && best >= 0 && bestTok >= 0 && d.ents[best].gender == gUnknown && d.ents[best].spoke < 0 && bestRank < 12 {
		// "Lady Emmeline Foss gave her maps to the library. The
		// librarian, Orrin Tay, accepted them. “...,” she said.": the
		// subject of the sentence before, known by title or honorific to
		// be a she, over a nearer silent one of no known gender. Only
		// the sentence just before: the story has moved on from one
		// further back. Not over the subject of the pronoun's own
		// sentence that its clause hangs on (ranks 12 and 13): "Professor
		// Kask imposed the cap because he is concerned" is Kask.
		if e, k := d.titledSubjectOf(want, from, h, at); e >= 0 && e != best && k < bestTok && d.sentOf[k] >= d.sentOf[bestTok]-1 {
			best, bestTok, bestRank, bestBase = e, k, 3, 3
		}
	}
	loopBest := best
	if !org && best >= 0 && bestTok >= 0 && bestTok < d.windowStart(h) && d.ents[best].spoke < 0 {
		// Reached past paragraphs of quotation only: the one whose
		// quotations they are, not someone who never spoke.
		best = -1
	}
	if !org && (w == "he" || w == "she") && skip < 0 && best >= 0 && d.ents[best].gender != gUnknown && d.ents[best].gender != want {
		// "Opposition leader Sanna Brisk accused ... [two paragraphs of
		// President John Harrad] She later said": the window holds only
		// him, of the other gender; a subject or speaker of the pronoun's
		// gender before the window is whom it means.
		if e, k := d.subjectOfGenderBefore(want, from, at); e >= 0 {
			best, bestTok = e, k
		}
	}
	if org && best < 0 && d.isWord(h, "it") && d.cueSubjectAt(h, at) {
		// "..., economists at Goldman Sachs said. [two paragraphs of
		// background] “...,” it said.": the body that spoke last, though
		// the window no longer holds it, when nothing else was named
		// since that could be "it".
		best = d.lastBodySpeaker(h)
	}
	if !org && best >= 0 && bestTok >= 0 && d.ents[best].spoke < 0 && d.ents[best].gender == gUnknown && !d.subjectAt(bestTok) &&
		(bestRank <= 2 || d.passiveAgent(bestTok)) {
		// "... top stories from Tarvik Live. ... She continued: “...”":
		// a name of no known gender that never spoke, reached only as
		// the last one named some sentences back and not even a subject
		// there, is no speaker's antecedent when a speaker of the
		// pronoun's gender spoke before it; she goes on.
		// "... was built by the architect Linnea Holt. “...,” he said":
		// the agent of a passive, silent, is no better a he than the
		// speaker before, whose gender is as unknown.
		if ls := d.latestSpeaker(at); ls >= 0 && ls != best && (d.ents[ls].gender == want || bestRank > 2 && d.ents[ls].gender == gUnknown) && d.ents[ls].personish() &&
			!d.excluded(ls, at) && !d.unnamedSpokeSince(d.ents[ls].spoke, h) {
			best, bestTok = ls, d.ents[ls].spoke
		}
	}
	if !org && (best < 0 || d.ents[best].gender != gUnknown && d.ents[best].gender != want) && d.turnTaken(want, at, h) {
		// "He replied" after three paragraphs of her: the man who spoke
		// before them, though the window no longer holds him. Only when
		// she spoke last, so that the two take turns: an unnamed speaker
		// since ("The head of the inquiry told the court ... She also
		// said") is nobody's to find.
		if e, k := d.earlierSpeakerOf(want, from, at); e >= 0 {
			best, bestTok = e, k
		}
	}
	// An unnamed person who was the subject since ("One of the victims
	// decided ... She said") is whom the pronoun means: nobody named; so
	// is one whose report named the other ("The man suspected of killing
	// him told police he believed Abe had links to the church. He
	// claims").
	if act := d.lastActor; !org && best >= 0 && act.ok && act.ent < 0 && (act.tok > bestTok || d.sentOf[act.tok] == d.sentOf[bestTok] && d.inReportedClause(bestTok)) && act.tok < h &&
		d.sentOf[act.tok] >= curSent-1 && !d.objectPronounAfter(act.tok, h, want) && !d.unnamedOfOtherSex(act.tok, want) {
		return -1
	}
	// Nor is anyone named before an unnamed speaker's quotations that run
	// up to the pronoun ("“...,” a nurse said. “...” She added"): the
	// window reaches past them, the turn does not.
	if ev := d.lastEvent; !org && best >= 0 && bestTok >= 0 && bestTok < d.windowStart(h) && ev.ok && ev.ent < 0 && ev.tok > bestTok && ev.tok < h {
		return -1
	}
	if skip >= 0 && (best < 0 || best != loopBest || bestBase < 8 && d.ents[best].spoke < 0 && !((bestBase == 3 || bestBase >= 6) && d.opensSentence(bestTok))) {
		return -1 // no opening subject or speaker to fall back on: only one merely named
	}
	if skip < 0 && (w == "he" || w == "she") && best >= 0 && d.ents[best].spoke < 0 && bestTok >= 0 && !d.speechVerbAfter(bestTok) && d.lastPersonNamed(best, bestTok, h, want) && d.quoteSpeaksOf(at, want) &&
		!d.namedAsAnothers(best, bestTok) {
		// "His best pupil, Anders Mollo, won two medals. “He trains
		// harder than anyone,” he said.": the one the quotation calls
		// "he", the silent person the story turned to, is not its
		// speaker; the subject before is, when there is one. Not when
		// the silent one's verb is a speech act ("Mollo denied it."), nor
		// when someone else was named since ("Among those outside was
		// Martyn Esh, who voted for Kolmar. “He built the road,” he
		// said.": the quotation's "he" is Kolmar), nor when the silent
		// one is named as another's ("Kipchoge's coach Patrick Sang paid
		// tribute. “He is a disciplined runner,” he said.": the
		// quotation's "he" is the one whose coach speaks). Only "he" or "she"
		// itself: in "her mother said" the quotation's "she" is whom
		// "her" means.
		if alt := d.resolvePronounBut(h, at, best); alt >= 0 {
			return alt
		}
	}
	if best < 0 && skip < 0 && (w == "he" || w == "she") {
		// "For 10 years, Marla Quint went to her bank. ... All she had
		// to do was ... “...,” she says.": a feature's one person of the
		// gender, named before the window and followed by the pronoun.
		best = d.soleNarratedPerson(want, h)
	}
	if best >= 0 {
		d.entAt[h] = int32(best)
		if !org && d.ents[best].gender == gUnknown {
			// Soft: a wrong resolution must not lock out the right one later.
			d.ents[best].gender, d.ents[best].genderHint, d.ents[best].genderGuess = want, true, false
		}
		if !org {
			d.ents[best].personEv++
		}
	}
	return best
}

// soleNarratedPerson returns the one person of gender want the story has
// named before token h, when the narration keeps to them by pronoun: the
// pronoun (he or his, she or her) in the narration of the paragraph just
// before h's or of h's own, and no unnamed person the subject or a
// speaker since. A second person of the gender or of none known named
// before h leaves it -1: the pronoun could be either's.
func (d *doc) soleNarratedPerson(want gender, h int) int {
	sole, lastTok := -1, -1
	for k := 0; k < h; k++ {
		v := d.entAt[k]
		if v < 0 || d.chunkAt[k] < 0 || d.toks[k].inQuote() {
			continue
		}
		e := &d.ents[v]
		if f := d.chunks[d.chunkAt[k]].first; f > 0 && d.isWord(f-1, "its") {
			continue // "introduced its Crown Account": a body's product, no person
		}
		if e.outlet || e.thing || !e.personish() || e.gender != want && e.gender != gUnknown {
			continue
		}
		if sole >= 0 && int(v) != sole {
			return -1
		}
		sole, lastTok = int(v), k
	}
	if sole < 0 {
		return -1
	}
	// "A teller at the branch said she liked it": an unnamed person who
	// spoke since is whom the pronoun means.
	if ev := d.lastEvent; ev.ok && ev.ent < 0 && ev.tok > lastTok && ev.tok < h {
		return -1
	}
	para := int(d.toks[h].para)
	prev := para - 1
	for prev >= 0 && d.quotationOnly(prev) {
		prev--
	}
	from := d.paraFirst[para]
	if prev >= 0 {
		from = d.paraFirst[prev]
	}
	for ci := range d.cues {
		if c := &d.cues[ci]; c.verb >= from && c.verb < h && c.found && c.ent < 0 && !c.thing {
			return -1 // "An elderly woman at the front told him ... “...,” she said": the unnamed speaker since
		}
	}
	for k := from; k < h; k++ {
		t := &d.toks[k]
		if t.inQuote() || t.kind != tkWord || !(int(t.para) == para || int(t.para) == prev) {
			continue
		}
		switch d.lower(k) {
		case "she", "her", "herself":
			if want == gFemale {
				return sole
			}
		case "he", "his", "him", "himself":
			if want == gMale {
				return sole
			}
		}
	}
	return -1
}

// learnNarratedGender gives a person of no known gender the gender of a
// pronoun in the narration that can mean no one else: "Tavi Lund founded
// the club in 1988. She still coaches the juniors." (the next sentence of
// the paragraph opens with it) and "Rennick Dole built the house himself"
// (a reflexive in the sentence). Only when the person opens the sentence
// as its subject and is the only person it names, with no pronoun of
// anyone else's. A hint: a title or an honorific still overrules it.
func (d *doc) learnNarratedGender() {
	for si, s := range d.sents {
		if s.first >= s.last || d.toks[s.first].inQuote() {
			continue
		}
		if g := subjectPronounGender(d.lower(s.first)); g != gUnknown && si > 0 && d.sents[si-1].para == s.para {
			if e := d.learnGender(si-1, d.sents[si-1].last, g); e >= 0 && d.entAt[s.first] < 0 && !d.speechVerbAfter(s.first) {
				// The pronoun is a mention of the person; one that
				// speaks is left to resolvePronoun, which knows turns.
				d.entAt[s.first] = int32(e)
			}
		}
		toks := d.toks // a local copy: read through d, it was reloaded for each token
		for k := s.first + 1; k < s.last; k++ {
			if t := &toks[k]; t.inQuote() || t.kind != tkWord || t.end-t.start != int32(len("himself")) {
				continue // "himself" and "herself" are the only words asked for, both of seven letters
			}
			switch d.lower(k) {
			case "himself":
				d.learnGender(si, k, gMale)
			case "herself":
				d.learnGender(si, k, gFemale)
			}
		}
	}
}

// thirdPersonPronoun reports whether w is a personal pronoun of a man or
// a woman.
func thirdPersonPronoun(w string) bool {
	switch w {
	case "he", "him", "his", "himself", "she", "her", "hers", "herself":
		return true
	}
	return false
}

// subjectPronounGender returns the gender of "he" or "she", or gUnknown.
func subjectPronounGender(w string) gender {
	switch w {
	case "he":
		return gMale
	case "she":
		return gFemale
	}
	return gUnknown
}

// learnGender gives gender g, as a hint, to the person of no known gender
// (or one only guessed from the name) that sentence si opens with as its
// subject, when it names no other person before token end, and returns
// that person, or -1.
func (d *doc) learnGender(si, end int, g gender) int {
	s := d.sents[si]
	found := -1
	for k := s.first; k < end; k++ {
		if t := &d.toks[k]; t.kind == tkWord && t.has(lxPronoun) && !t.inQuote() && thirdPersonPronoun(d.lower(k)) {
			return -1 // "Whitlock asked her whether": someone else, unnamed
		}
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() || !d.ents[v].personish() {
			continue
		}
		if found >= 0 && int(v) != found || found < 0 && !(d.opensSentence(k) && d.subjectAt(k)) {
			return -1
		}
		found = int(v)
	}
	if found < 0 {
		return -1
	}
	en := &d.ents[found]
	if en.gender != gUnknown && en.gender != g && !(en.genderGuess && !en.genderSeen) {
		return -1
	}
	// A gender only guessed (from a first name's ending, say) yields to
	// the narration's own pronoun: "Bukola Penk, who himself ...".
	if en.gender != g {
		d.ents[found].gender, d.ents[found].genderHint, d.ents[found].genderSeen, d.ents[found].genderGuess = g, true, true, false
	}
	return found
}

// inStatement reports whether the cue verb at token at is followed by "in
// a statement" ("they said in a statement", "in a written statement").
func (d *doc) inStatement(at int) bool {
	if at < 0 || !d.isWord(at+1, "in") || !d.isWord(at+2, "a") && !d.isWord(at+2, "an") {
		return false
	}
	s := d.sents[d.sentOf[at]]
	for k := at + 3; k < s.last && k <= at+5; k++ {
		if d.isWord(k, "statement") {
			return true
		}
		if !d.toks[k].lowerWord() {
			return false
		}
	}
	return false
}

// groupNamedBetween reports whether a sentence in tokens (k, h) opens
// with a group of people as its subject ("His parents paid tribute",
// "Residents said"), outside quotations.
func (d *doc) groupNamedBetween(k, h int) bool {
	for j := k + 1; j < h; j++ {
		t := &d.toks[j]
		if t.kind != tkWord || !t.has(lxGroup) || t.inQuote() {
			continue
		}
		if first := d.sents[d.sentOf[j]].first; j-first <= 2 && d.chunkAt[first] < 0 {
			return true
		}
	}
	return false
}

// archivalCue reports whether the sentence of the cue at token at dates
// the words it reports, outside quotations: a year ("told the Gazette in
// 1998"), an interview, "once".
func (d *doc) archivalCue(at int) bool {
	if at < 0 || at >= len(d.toks) {
		return false
	}
	s := d.sents[d.sentOf[at]]
	for k := s.first; k < s.last; k++ {
		t := &d.toks[k]
		if t.inQuote() {
			continue
		}
		if t.kind == tkNum {
			if y, err := strconv.Atoi(d.str(k)); err == nil && y >= 1800 && y <= 2100 {
				return true
			}
		}
		if d.isWord(k, "interview") || d.isWord(k, "once") {
			return true
		}
	}
	return false
}

// titledSubjectOf returns the last person of gender want, known from a
// title or honorific, or from a pronoun in the narration, rather than
// guessed from a first name, who opens a sentence as its subject between
// token from and the pronoun at h, and the token where; or -1.
func (d *doc) titledSubjectOf(want gender, from, h, at int) (int, int) {
	for k := h - 1; k >= from; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() {
			continue
		}
		e := &d.ents[v]
		if e.gender != want || e.genderHint && !e.genderSeen || !e.personish() || d.excluded(int(v), at) || !d.opensSentence(k) {
			continue
		}
		if d.subjectAt(k) || d.isWord(k+1, "of") && d.toks[k+1].lowerWord() || d.toks[k].has(lxPronoun) {
			return int(v), k // "Queen Ysolde of Marrenland opened"; "She still coaches"
		}
	}
	return -1, -1
}

// lastPersonNamed reports whether entity e, named at token k, is the last
// person of gender want (or unknown) named outside quotations before
// token h.
func (d *doc) lastPersonNamed(e, k, h int, want gender) bool {
	for j := h - 1; j > k; j-- {
		v := d.entAt[j]
		if v < 0 || int(v) == e || d.toks[j].inQuote() {
			continue
		}
		if o := &d.ents[v]; o.personish() && (o.gender == want || o.gender == gUnknown) {
			return false
		}
	}
	return true
}

// speechVerbAfter reports whether the mention ending at token k is the
// subject of a speech verb: "Mollo denied it", "Mollo, 41, has denied".
func (d *doc) speechVerbAfter(k int) bool {
	n := k + 1
	if d.punct(n, ",") {
		// "Mollo, 41, denied": past a short appositive
		for n++; n < len(d.toks) && n < k+8 && !d.punct(n, ","); n++ {
		}
		n++
	}
	for n < len(d.toks) && d.toks[n].lowerWord() && d.toks[n].has(lxAdverb|lxAux) {
		n++
	}
	return n < len(d.toks) && d.toks[n].para == d.toks[k].para && d.toks[n].cv != 0
}

// opensSentence reports whether the mention ending at token k is the first
// words of its sentence, or follows only its own role ("Harlow City coach
// Tobias Renn praised").
func (d *doc) opensSentence(k int) bool {
	first := k
	if ci := d.chunkAt[k]; ci >= 0 {
		first = d.chunks[ci].first
	}
	start := d.sents[d.sentOf[k]].first
	return first == start || first > start && d.rolePhraseBefore(first) == start
}

// quoteSpeaksOf reports whether the quotation of the cue at token at
// speaks of someone in the third person with a pronoun of gender want:
// "“She gave her life for this town,” she said".
func (d *doc) quoteSpeaksOf(at int, want gender) bool {
	q := d.adjacentQuote(at)
	if q < 0 {
		return false
	}
	qs := &d.quotes[q]
	for k := qs.first; k < qs.last; k++ {
		if d.toks[k].kind != tkWord {
			continue
		}
		if d.toks[k].capWord() && !d.toks[k].is(fSentStart) && d.toks[k].has(lxFirstName) {
			// "I am really happy for Adam and I hope he can get over the
			// line": the quotation names whom its "he" means; past that,
			// it speaks of someone it named, not of the silent one.
			return false
		}
		switch d.lower(k) {
		case "he", "him", "his", "himself":
			if want == gMale {
				return true
			}
		case "she", "her", "hers", "herself":
			if want == gFemale {
				return true
			}
		}
	}
	return false
}

// relationAppositive reports whether the name at token k stands after
// a relation of someone's inside a sentence ("slammed the Duke and his
// wife, Meghan, three months ago"): the comma after it is the
// apposition's, not a subject's before its verb. "His wife, Meghan,
// said" opening the sentence is a subject still.
func (d *doc) relationAppositive(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	f := d.chunks[ci].first
	if f < 3 || !d.punct(f-1, ",") || !d.toks[f-2].lowerWord() || d.sentOf[f-3] != d.sentOf[k] || d.toks[f-3].is(fSentStart) {
		return false
	}
	return d.isWord(f-3, "his") || d.isWord(f-3, "her") || d.isWord(f-3, "their")
}

// innerAppositive reports whether the name ending at k closes an
// apposition that describes an earlier name by a relation to it ("Robert
// Asch, a friend of the playwright Thomas Kell, wrote"): it stands before
// the verb but the sentence's subject is the first name.
func (d *doc) innerAppositive(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 || !d.punct(k+1, ",") {
		return false
	}
	si := d.sentOf[k]
	of := false
	for j := d.chunks[ci].first - 1; j > 0 && d.sentOf[j] == si; j-- {
		if d.punct(j, ",") {
			p := d.chunkAt[j-1]
			return of && p >= 0 && int(p) != int(ci) && d.chunks[p].last == j && d.chunks[p].ent >= 0 && d.ents[d.chunks[p].ent].personish()
		}
		t := &d.toks[j]
		if !t.lowerWord() || t.has(lxVerb|lxAux) && !t.has(lxCommon) {
			return false
		}
		if d.isWord(j, "of") || d.isWord(j, "for") {
			of = true
		}
	}
	return false
}

// otherCueSubjectIn reports whether a cue of sentence si, found so far,
// has a named speaker other than entity e.
func (d *doc) otherCueSubjectIn(si, e int) bool {
	s := d.sents[si]
	for ci := len(d.cues) - 1; ci >= 0 && d.cues[ci].verb >= s.first; ci-- {
		if c := &d.cues[ci]; c.verb < s.last && c.found && c.ent >= 0 && c.ent != e {
			return true
		}
	}
	return false
}

// askedHearer finds a question or a request put to someone of gender
// want in the sentence before the subject pronoun at h, or earlier in its
// own ("Whitlock asked Varga whether the plan would work. She said it
// would not."): the one asked answers. It returns the one asked, or -1
// when they are not named ("Whitlock asked her whether ..." with no other
// woman named), and whether there was such a question. An asker of the
// other gender leaves it to the pronoun's gender.
func (d *doc) askedHearer(h int, want gender) (int, bool) {
	cur := d.sentOf[h]
	first := d.sents[max(cur-1, 0)].first
	if cur == 0 {
		first = d.sents[0].first
	}
	for k := h - 1; k > first; k-- {
		t := &d.toks[k]
		if t.inQuote() || !t.lowerWord() || t.cv == 0 || cueVerbs[t.cv-1].class != cueAsk ||
			!(d.isWord(k, "asked") || d.isWord(k, "questioned") || d.isWord(k, "pressed")) {
			continue
		}
		// The asker: the name just before the verb.
		asker := -1
		if ci := d.chunkAt[k-1]; ci >= 0 {
			asker = d.chunks[ci].ent
		} else if v := d.entAt[k-1]; v >= 0 {
			asker = int(v)
		}
		if asker < 0 || d.ents[asker].gender != gUnknown && d.ents[asker].gender != want {
			return -1, false
		}
		n := k + 1
		if ci := d.chunkAt[n]; ci >= 0 && d.chunks[ci].first == n {
			e := d.chunks[ci].ent
			if e < 0 || e == asker || !d.ents[e].personish() || d.ents[e].gender != gUnknown && d.ents[e].gender != want {
				return -1, false
			}
			return e, true
		}
		if !(want == gFemale && d.isWord(n, "her") || want == gMale && d.isWord(n, "him")) || !d.toks[n].lowerWord() {
			return -1, false
		}
		// "asked her": the woman named before, other than the asker.
		for j := k - 2; j >= d.windowStart(k); j-- {
			v := d.entAt[j]
			if v < 0 || int(v) == asker || d.toks[j].inQuote() {
				continue
			}
			if e := &d.ents[v]; e.personish() && (e.gender == want || e.gender == gUnknown) {
				return int(v), true
			}
		}
		return -1, true
	}
	return -1, false
}

// contrastSubject reports whether the name at token k is the subject of a
// clause of contrast after a comma: ", but Tomas Brenn disagreed", ",
// while Brenn argued that ...".
func (d *doc) contrastSubject(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	f := d.chunks[ci].first
	for f-1 > 0 && d.toks[f-1].lowerWord() && (d.toks[f-1].has(lxRole) || d.toks[f-1].has(lxDet)) {
		f-- // ", but councillor Tomas Brenn"
	}
	return f-2 >= 0 && d.punct(f-2, ",") && d.toks[f-1].lowerWord() &&
		(d.isWord(f-1, "but") || d.isWord(f-1, "while") || d.isWord(f-1, "whereas") || d.isWord(f-1, "although") || d.isWord(f-1, "though"))
}

// justAsked reports whether the latest attribution before the pronoun at
// h, in its sentence or the one before, is entity e asking a question in
// marks, and the cue at token at asks none: the pronoun then answers.
func (d *doc) justAsked(e, at, h int) bool {
	cur := d.sentOf[h]
	for ci := len(d.cues) - 1; ci >= 0; ci-- {
		c := &d.cues[ci]
		if c.verb == at && c.class == cueAsk {
			return false // "“And then?” he asked": the asker goes on
		}
		if c.verb >= h || c.skip || !c.found {
			continue
		}
		if d.sentOf[c.verb] < cur-1 || c.ent != e || c.class != cueAsk {
			return false
		}
		lo, hi := d.quotesIn(d.sents[d.sentOf[c.verb]])
		for _, q := range d.quotes[lo:hi] {
			if q.ent == e && q.last > q.first && d.punct(q.last-1, "?") {
				return true
			}
		}
		return false
	}
	return false
}

// justAnswered reports whether the cue at token at asks, and the latest
// attribution before the pronoun at h, in its sentence or the one
// before, is entity e answering a question someone else asked just
// before: "“Will you run?” Varga asked. “No,” Kell said. “Why not?” she
// asked." The next question is the asker's again.
//
// The cues are in text order (findCues appends them as it reads, one a
// token at most), so once the scan back has passed token at without a
// cue there that asks, none can come: it stops, where it read every
// cue of the text for each candidate and made a long text quadratic.
func (d *doc) justAnswered(e, at, h int) bool {
	cur := d.sentOf[h]
	asks, seen := false, 0
	for ci := len(d.cues) - 1; ci >= 0; ci-- {
		c := &d.cues[ci]
		if c.verb == at {
			asks = c.class == cueAsk && questionLemma(c.lemma)
			continue
		}
		if !asks && c.verb < at {
			return false
		}
		if !asks || c.verb >= h || c.skip || !c.found {
			continue
		}
		switch seen {
		case 0:
			if d.sentOf[c.verb] < cur-1 || c.ent != e || c.class == cueAsk {
				return false
			}
			seen = 1
		default:
			return c.class == cueAsk && questionLemma(c.lemma) && c.ent >= 0 && c.ent != e && d.sentOf[c.verb] >= cur-3
		}
	}
	return false
}

// questionLemma reports whether a cue of asking puts a question, which
// the other one answers, rather than a request ("called on Pope Francis
// to step in", "urged"), which nobody answers in turn.
func questionLemma(lemma string) bool {
	switch lemma {
	case "ask", "question", "wonder", "query", "inquire", "want to know":
		return true
	}
	return false
}

// justRepliedTo reports whether the cue at token at is a reply ("“...,”
// he replied", "she countered") after a quotation that opens its
// sentence, and the last quotation of the sentence before is entity
// e's: the reply answers e, so
// it is the other one's turn, though both are "he". A reply after the
// writer's own words ("Asked whether ..., he replied: “...”") may be
// the last speaker's and is left alone.
func (d *doc) justRepliedTo(e, at, h int) bool {
	if at < 0 || at >= len(d.toks) || d.toks[at].cv == 0 {
		return false
	}
	switch cueVerbs[d.toks[at].cv-1].lemma {
	case "reply", "respond", "retort", "counter", "answer", "rebut":
	default:
		return false
	}
	s := d.sents[d.sentOf[at]]
	if d.toks[s.first].kind != tkQuote || h < s.first {
		return false
	}
	si := int(d.sentOf[s.first])
	if si == 0 {
		return false
	}
	lo, hi := d.quotesIn(d.sents[si-1])
	return hi > lo && d.quotes[hi-1].decided && d.quotes[hi-1].ent == e
}

// turnTaken reports whether the last speaker before the cue at token at
// is of the other gender than want, with no unnamed speaker since: the
// pronoun at h is the other one's turn.
func (d *doc) turnTaken(want gender, at, h int) bool {
	ls := d.lastSpeaker(at)
	return ls >= 0 && d.ents[ls].gender != gUnknown && d.ents[ls].gender != want && !d.unnamedSpokeSince(d.ents[ls].spoke, h)
}

// earlierSpeakerOf returns the person of gender want mentioned last
// before token from, within a description's reach of the cue at token at,
// who has spoken, and where; or -1.
func (d *doc) earlierSpeakerOf(want gender, from, at int) (int, int) {
	for k := from - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() {
			continue
		}
		if e := &d.ents[v]; e.gender == want && e.spoke >= 0 && e.spoke < at && e.personish() && !d.excluded(int(v), at) {
			return int(v), k
		}
	}
	return -1, -1
}

// subjectOfGenderBefore returns the latest person of gender want named
// before token from (the pronoun window's start) as a subject or who has
// spoken before at, and the token; -1 when none is within describeToks.
func (d *doc) subjectOfGenderBefore(want gender, from, at int) (int, int) {
	for k := from - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() {
			continue
		}
		if e := &d.ents[v]; e.gender == want && e.personish() && (e.spoke >= 0 && e.spoke < at || d.subjectAt(k)) && !d.excluded(int(v), at) {
			return int(v), k
		}
	}
	return -1, -1
}

// unnamedSpokeSince reports whether a cue between tokens from and h has
// a speaker phrase that names nobody: "The head of the inquiry told the
// court ...".
func (d *doc) unnamedSpokeSince(from, h int) bool {
	for i := len(d.cues) - 1; i >= 0; i-- {
		c := &d.cues[i]
		if c.verb <= from {
			break
		}
		if c.verb < h && c.found && !c.skip && c.ent < 0 && !c.thing {
			return true
		}
	}
	return false
}

// ownObjectPronoun reports whether the name at token k is a subject whose
// own verb takes a pronoun of gender want as its object: "Tamsin, the
// head teacher, nominated her", "Tamsin thanked him". Such a pronoun
// never means the subject itself; a "her" with a noun after it ("sold her
// shop") is a possessive and says nothing.
func (d *doc) ownObjectPronoun(k int, want gender) bool {
	ci := d.chunkAt[k]
	if ci < 0 || !d.subjectAt(k) {
		return false
	}
	s := d.sents[d.sentOf[k]]
	j := int(d.chunks[ci].last)
	if d.punct(j, ",") {
		// An apposition up to its closing comma.
		n := j + 1
		for ; n < s.last && n < j+10 && !d.punct(n, ",") && !d.toks[n].inQuote() && d.toks[n].kind != tkQuote; n++ {
		}
		if !d.punct(n, ",") {
			return false
		}
		j = n + 1
	}
	if j+1 >= s.last || !d.toks[j].lowerWord() || d.toks[j].has(lxAux|lxPrep|lxDet) || !(d.endsWith(j, "ed") || d.toks[j].has(lxVerb)) {
		return false
	}
	n := j + 1
	switch w := d.lower(n); {
	case want == gMale && w == "him":
		return true
	case want == gFemale && w == "her":
		m := n + 1
		return m >= s.last || d.toks[m].kind != tkWord || !d.toks[m].lowerWord() || d.toks[m].has(lxPrep|lxDet|lxFunc|lxAdverb)
	}
	return false
}

// objectPronounAfter reports whether a pronoun of gender want stands as
// an object in the sentence of token k, before token h: "A reporter asked
// her about the cost. “...,” she said" means the one asked, not the
// reporter.
func (d *doc) objectPronounAfter(k, h int, want gender) bool {
	s := d.sents[d.sentOf[k]]
	for j := k + 1; j < s.last && j < h; j++ {
		if d.toks[j].inQuote() || !d.toks[j].lowerWord() {
			continue
		}
		if j-2 > k && d.isWord(j-2, "of") && d.endsWith(j-1, "ing") {
			continue // "The man suspected of killing him told police": the one the phrase describes him by, not whom the clause acts on
		}
		switch w := d.lower(j); {
		case want == gMale && w == "him":
			return true
		case want == gFemale && w == "her":
			// "asked her about", not "said her shop": the possessive
			// has its noun next.
			n := j + 1
			if n >= s.last || d.toks[n].kind != tkWord || !d.toks[n].lowerWord() || d.toks[n].has(lxPrep|lxDet|lxFunc|lxAdverb) {
				return true
			}
		}
	}
	return false
}

// unnamedOfOtherSex reports whether the unnamed person whose phrase opens
// at token k ("A woman", "One elderly man") is, by the phrase's head noun,
// of the sex other than want: "A woman came in ... “...,” he said" is not
// she. Only the few words of the phrase are read, up to its verb; a noun
// before a possessive ("A man's wife") is not the head.
func (d *doc) unnamedOfOtherSex(k int, want gender) bool {
	s := d.sents[d.sentOf[k]]
	for j := k + 1; j < s.last && j <= k+4; j++ {
		t := &d.toks[j]
		if t.kind != tkWord || !t.lowerWord() || t.has(lxAux|lxVerb) || t.cv != 0 {
			return false
		}
		g := genderOfWord(t.lx)
		if g == gUnknown || j+1 < s.last && d.toks[j+1].kind == tkPoss {
			continue
		}
		return want != gUnknown && g != want
	}
	return false
}

// salient reports whether entity e, mentioned at token k, is a subject there
// or has spoken lately.
func (d *doc) salient(e, k int) bool {
	return d.ents[e].spoke >= 0 && d.ents[e].spoke >= d.windowStart(k) || d.subjectAt(k)
}

// subjectAt reports whether the mention ending at token k is a clause
// subject: a verb, or a comma opening an appositive, comes next.
func (d *doc) subjectAt(k int) bool {
	n := k + 1
	if n >= len(d.toks) || d.toks[n].para != d.toks[k].para || d.chunkAt[k] >= 0 && d.personsAffiliation(k) {
		return false
	}
	if n+1 < len(d.toks) && d.chunkAt[k] >= 0 && d.toks[n].lowerWord() && (d.isWord(n, "of") || d.isWord(n, "at") || d.isWord(n, "from")) &&
		d.personsAffiliation(n+1) && d.chunks[d.chunkAt[n+1]].first == n+1 {
		n = d.chunks[d.chunkAt[n+1]].last // "Analyst Ivo Tamm of Kessan estimated": past where he works to his verb
		if n >= len(d.toks) || d.toks[n].para != d.toks[k].para {
			return false
		}
	}
	// "The Tarvik Rowing Federation (TRF) released ...": the acronym in
	// brackets, after the name or as the mention itself, sits between the
	// subject and its verb.
	if d.punct(n, ")") && k > 0 && d.punct(k-1, "(") {
		n++
	} else if j := d.skipParenthesis(n, len(d.toks)); j > n && j-n <= 3 {
		n = j
	}
	if n >= len(d.toks) || d.toks[n].para != d.toks[k].para {
		return false
	}
	for n < len(d.toks) && d.toks[n].lowerWord() && d.toks[n].has(lxAdverb) {
		n++
	}
	if n >= len(d.toks) {
		return false
	}
	if j := d.skipTimePhrase(n, len(d.toks)); j > n {
		// "The Northern Development Bank on October 2 lowered its
		// forecast": the wire's time phrase between the subject and its
		// verb.
		if j < len(d.toks) && d.toks[j].kind == tkNum {
			j++
		}
		if j < len(d.toks) && d.toks[j].para == d.toks[k].para && d.toks[j].lowerWord() &&
			(d.toks[j].has(lxAux|lxVerb) || d.toks[j].cv != 0 || d.endsWith(j, "ed") && !d.toks[j].has(lxCommon)) {
			return true
		}
	}
	t := &d.toks[n]
	if t.has(lxAux|lxVerb) || t.cv != 0 {
		return true
	}
	if t.kind == tkQuote && t.is(fOpenMark) && n+1 < len(d.toks) && d.toks[n+1].lowerWord() &&
		(d.toks[n+1].has(lxAux|lxVerb) || d.toks[n+1].cv != 0 || d.endsWith(n+1, "s") && !d.endsWith(n+1, "ss") || d.endsWith(n+1, "ed")) {
		return true // "The Kessby Council “will act soon”, it said": the quotation is its predicate
	}
	if d.punct(n, ",") && d.chunkAt[k] >= 0 {
		// "Ivo Tamm, the chief, said"; but in "Nick Hawco of USC, had
		// said" the name after "of" only says where he works, and in "met
		// Tomas Brenn, the engineer, and Lena Osk, his deputy" the names
		// are the verb's objects.
		f := d.chunks[d.chunkAt[k]].first
		return !(d.isWord(f-1, "of") || d.isWord(f-1, "at") || d.isWord(f-1, "from")) && !d.objectMention(f)
	}
	w := d.lower(n)
	if d.presentVerbAt(n) {
		return true // "Marsh evokes the old port", "Marsh beautifully evokes"
	}
	return t.lowerWord() && strings.HasSuffix(w, "ed") && !t.has(lxCommon)
}

// personsAffiliation reports whether the name at k only says where the
// person named just before it works: "Analyst Richard Windsor of Nomura
// estimated ...", where the verb after the name is the person's.
func (d *doc) personsAffiliation(k int) bool {
	if d.chunkAt[k] < 0 {
		return false
	}
	f := d.chunks[d.chunkAt[k]].first
	if f < 2 || !d.toks[f-1].lowerWord() || !(d.isWord(f-1, "of") || d.isWord(f-1, "at") || d.isWord(f-1, "from")) {
		return false
	}
	c := d.chunkAt[f-2]
	return c >= 0 && d.chunks[c].kind == kPerson
}

// presentVerbAt reports whether the lower-case word at n, ending in "s"
// (perhaps after an adverb in "-ly"), is followed by an article or a
// possessive, where after a subject only a verb in the present stands:
// "evokes the", "sketches his". A plural noun there would need no
// article after it.
func (d *doc) presentVerbAt(n int) bool {
	if n < len(d.toks) && d.toks[n].lowerWord() && d.endsWith(n, "ly") {
		n++ // "beautifully evokes"
	}
	if n+1 >= len(d.toks) || !d.toks[n].lowerWord() || !d.endsWith(n, "s") || d.endsWith(n, "ss") || d.toks[n+1].para != d.toks[n].para {
		return false
	}
	next := &d.toks[n+1]
	return next.kind == tkWord && next.lowerWord() && next.has(lxDet)
}

// unnamedSubjectSpoke reports whether the subject of sentence si is an
// unnamed person who has spoken in it before the pronoun at h, with no
// person named between: "The mother of the injured girl, who cannot be
// named, told the court she had heard a siren. “...,” she said." Both
// pronouns are hers, not a named person's from before.
func (d *doc) unnamedSubjectSpoke(h, si int) bool {
	s := d.sents[si]
	k := d.clauseStart(s)
	if k >= h || !d.unnamedPerson(k, s) && !d.definitePersonDescription(k, s) {
		return false
	}
	if !d.unnamedSpeakerAt(k, s, h) {
		return false
	}
	for j := k; j < h; j++ {
		if ci := d.chunkAt[j]; ci >= 0 && !d.toks[j].inQuote() {
			if e := d.chunks[ci].ent; e >= 0 && d.ents[e].personish() {
				return false
			}
		}
	}
	return true
}

// unnamedPluralSubject reports whether sentence si opens, before "they"
// at h, with a plural noun phrase that names nobody ("some critics",
// "several unions", "local residents") and no name stands between it and
// h: the group is what "they" goes back to, not a body named in an
// earlier sentence, and it is no speaker the text names.
func (d *doc) unnamedPluralSubject(h, si int) bool {
	s := d.sents[si]
	k := d.clauseStart(s)
	if k >= h || k < s.first {
		return false
	}
	if !d.pluralGroupAt(k, h) {
		// "Short of a ban, some critics have ...": past a short opening
		// phrase set off by a comma.
		j := k
		for j < h && j < k+6 && !d.punct(j, ",") {
			j++
		}
		if j >= h || j >= k+6 || !d.pluralGroupAt(j+1, h) {
			return false
		}
	}
	return true
}

// pluralGroupAt reports whether a plural noun phrase that names nobody
// starts at k and is the subject of a verb after it, with no name between
// it and h.
func (d *doc) pluralGroupAt(k, h int) bool {
	if k >= h {
		return false
	}
	end := d.npForward(k, h)
	if end <= k || end >= h || end-k > 4 {
		return false
	}
	for j := k; j < end; j++ {
		t := &d.toks[j]
		if t.kind != tkWord || !t.lowerWord() && !(j == k && t.is(fSentStart) && d.entAt[j] < 0) || t.inQuote() || t.has(lxPronoun) && !t.has(lxDet) {
			return false // "its shareholders", "Tarrow residents": someone's or somewhere's
		}
	}
	last := d.lower(end - 1)
	if len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || d.toks[end-1].has(lxFunc|lxTime) {
		return false
	}
	if !d.toks[end].lowerWord() || !(d.toks[end].has(lxVerb|lxAux) || d.toks[end].cv != 0) {
		return false // the phrase must be the subject of a verb that follows it
	}
	for j := end; j < h; j++ {
		if d.entAt[j] >= 0 && !d.toks[j].inQuote() {
			return false // "Some brokers have asked the Vellmar Exchange, which they say ..."
		}
	}
	return true
}

// unnamedSpeakerAt reports whether a cue of sentence s before token h
// has the phrase at token k for its speaker, found but not named.
func (d *doc) unnamedSpeakerAt(k int, s sentence, h int) bool {
	for ci := len(d.cues) - 1; ci >= 0; ci-- {
		c := &d.cues[ci]
		if c.verb >= h {
			continue
		}
		if c.verb < s.first {
			break
		}
		if c.subjFirst == k && c.found && c.ent < 0 && !c.thing && !c.docHead {
			return true
		}
	}
	return false
}

// nameWithheldIn reports whether the subject phrase at token k of
// sentence s says its person is not named: "who cannot be named", "who asked not
// to be named", "who declined to be identified".
func (d *doc) nameWithheldIn(k int, s sentence) bool {
	for j := k + 1; j < s.last && j < k+25; j++ {
		if d.toks[j].cv != 0 && !d.isWord(j, "asked") || d.toks[j].kind == tkQuote {
			return false // the subject's own verb: the phrase has ended
		}
		if d.isWord(j, "named") || d.isWord(j, "identified") {
			return true
		}
	}
	return false
}

// definitePersonDescription reports whether sentence s opens at token k
// with "the" and a person's role or kin ("The mother of the injured
// girl", "The driver") before its verb, a comma or "of".
func (d *doc) definitePersonDescription(k int, s sentence) bool {
	if !d.isWord(k, "the") {
		return false
	}
	head := -1
	for j := k + 1; j < s.last && j < k+5; j++ {
		t := &d.toks[j]
		if d.chunkAt[j] >= 0 || t.kind != tkWord || !t.lowerWord() || d.isWord(j, "of") || d.isWord(j, "who") {
			break
		}
		if head >= 0 && (t.has(lxAux|lxVerb|lxFunc) || t.cv != 0) {
			break
		}
		head = j
	}
	if head < 0 {
		return false
	}
	t, w := &d.toks[head], d.lower(head)
	if t.has(lxGenericOrg) {
		return false
	}
	switch w {
	case "police", "team", "media", "press", "court", "study", "family":
		return false // bodies and things, though bystanders
	}
	return t.has(lxRole) || kinWord(w) || acquaintance(w) || bystanderWord(w)
}

// topicHolds reports whether no other person is the main subject of a
// sentence between the mention of e at token k and the pronoun at h:
// "Brenn opened the meeting. Vos then took questions. “...,” he said."
// moves the paragraph on to Vos.
func (d *doc) topicHolds(e, k, h int) bool {
	for j := k + 1; j < h; j++ {
		ci := d.chunkAt[j]
		if ci < 0 || d.chunks[ci].last != j+1 {
			continue // a name's last word decides whether it is a subject
		}
		if o := d.chunks[ci].ent; o >= 0 && o != e && d.ents[o].personish() && d.sentOf[j] != d.sentOf[k] && d.mainSubject(j, int(d.sentOf[j])) {
			return false
		}
	}
	return true
}

// mainSubject reports whether the mention ending at token k is the subject
// of sentence si's main clause: a subject with nothing before it but its
// own words, a possessive or an appositive ("United's manager, Dario
// Feld, was"), no speech verb, quotation mark or relative word.
func (d *doc) mainSubject(k, si int) bool {
	if !d.subjectAt(k) || d.relativeSubject(k) || d.toks[k].inQuote() {
		return false
	}
	first := k
	if ci := d.chunkAt[k]; ci >= 0 {
		first = d.chunks[ci].first
	}
	for j := d.sents[si].first; j < first; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote || t.cv != 0 || t.kind == tkWord && t.has(lxVerb|lxAux) ||
			d.isWord(j, "which") || d.isWord(j, "who") || d.isWord(j, "that") {
			return false
		}
	}
	return true
}

// objectMention reports whether the name starting at token f follows a
// verb or a preposition in its sentence, directly or as a later item of a
// list joined by "and": "met Tomas Brenn, the engineer, and Lena Osk".
func (d *doc) objectMention(f int) bool {
	first := d.sents[d.sentOf[f]].first
	p := f - 1
	for range 3 {
		if p < first {
			return false
		}
		if d.punct(p, ",") {
			// "wrote to the health minister, Anders Mollo,": the name
			// restates the object its description stands for.
			return d.describedObject(p)
		}
		t := &d.toks[p]
		if !t.lowerWord() {
			return false
		}
		if t.has(lxPrep|lxVerb) || t.cv != 0 || d.endsWith(p, "ed") && !t.has(lxCommon) {
			return true
		}
		if !d.isWord(p, "and") && !d.isWord(p, "or") {
			return false
		}
		// Back over ", appositive," to the list's previous name.
		prev := -1
		for j := p - 1; j >= first && j > p-12; j-- {
			if ci := d.chunkAt[j]; ci >= 0 && d.chunks[ci].ent >= 0 {
				prev = d.chunks[ci].first
				break
			}
		}
		if prev < 0 {
			return false
		}
		p = prev - 1
	}
	return false
}

// afterPreposition reports whether the mention at token k (or the name
// chunk holding it) follows a preposition, "the" between allowed: "in
// A&E", "at the Kelby Trust".
func (d *doc) afterPreposition(k int) bool {
	first := k
	if ci := d.chunkAt[k]; ci >= 0 {
		first = d.chunks[ci].first
	}
	p := first - 1
	if p >= 0 && d.isWord(p, "the") && d.toks[p].lowerWord() {
		p--
	}
	return p >= 0 && d.sentOf[p] == d.sentOf[k] && d.toks[p].lowerWord() && d.toks[p].has(lxPrep)
}

// inReportedClause reports whether token k lies inside what a cue of its
// sentence reports, whoever the cue's speaker turns out to be.
func (d *doc) inReportedClause(k int) bool {
	cues, rest := d.cuesOfSentence(d.sents[d.sentOf[k]])
	for _, cs := range [2][]cue{cues, rest} {
		for ci := range cs {
			for _, cp := range cs[ci].comps {
				if k >= cp[0] && k < cp[1] {
					return true
				}
			}
		}
	}
	return false
}

// describedObject reports whether the comma at token p closes a definite
// description of a person's role that follows a verb or a preposition in
// its sentence ("met
// the opposition leader,", "wrote to the health minister,"): a name after
// the comma is the same object, not a subject. A description opening the
// sentence ("The health minister, Anders Mollo, said") is no object.
func (d *doc) describedObject(p int) bool {
	first := d.sents[d.sentOf[p]].first
	if p-1 < first || !d.toks[p-1].lowerWord() || !d.toks[p-1].has(lxRole|lxTitle) && !relationNoun(d.lower(p-1)) {
		return false // "At the time of her murder, Qandeel Baloch,": an opening phrase's comma
	}
	for j := p - 1; j >= first && j > p-7; j-- {
		if w := d.lower(j); w == "'s" || w == "’s" {
			continue // "the harbour board's chairman,"
		}
		t := &d.toks[j]
		if !t.lowerWord() || t.has(lxVerb) || t.cv != 0 {
			return false
		}
		if !t.has(lxDet) {
			continue
		}
		if j-1 < first || !d.toks[j-1].lowerWord() {
			return false
		}
		b := &d.toks[j-1]
		return b.has(lxPrep|lxVerb) || b.cv != 0 || d.endsWith(j-1, "ed") && !b.has(lxCommon)
	}
	return false
}

// excluded reports whether entity e cannot be the speaker of the quotation
// attributed by the cue at token at, because the quotation names e in the
// third person.
func (d *doc) excluded(e, at int) bool {
	q := d.adjacentQuote(at)
	if q < 0 || len(d.ents[e].words) == 0 {
		return false
	}
	surname := d.ents[e].words[len(d.ents[e].words)-1]
	qs := &d.quotes[q]
	for k := qs.first; k < qs.last; k++ {
		if d.toks[k].capWord() && d.key(k) == surname {
			return true
		}
	}
	return false
}

// adjacentQuote returns the quotation just before or after the cue at token
// at, within its sentence, or -1.
func (d *doc) adjacentQuote(at int) int {
	if at < 0 || at >= len(d.toks) {
		return -1
	}
	s := d.sents[d.sentOf[at]]
	for k := at - 1; k >= s.first && k >= at-4; k-- {
		if d.toks[k].kind == tkQuote && d.toks[k].is(fCloseMark) {
			return d.markQuote(k)
		}
	}
	for k := at + 1; k < s.last && k <= at+4; k++ {
		if d.toks[k].kind == tkQuote && d.toks[k].is(fOpenMark) {
			return d.markQuote(k)
		}
	}
	return -1
}

// cueSubjectAt reports whether the pronoun at token h is the whole
// speaker phrase of the cue at token at: "it said", "“...,” it noted".
func (d *doc) cueSubjectAt(h, at int) bool {
	return at == h+1 || at == h-1 && at >= 0 && d.toks[at].cv != 0
}

// lastBodySpeaker returns the organisation that spoke last before token
// h, within a description's reach, when no other organisation or
// place is the subject of a sentence between its last words and h, nor
// a named speaker spoke there; or -1.
func (d *doc) lastBodySpeaker(h int) int {
	best, bestTok := -1, -1
	for i := range d.ents {
		e := &d.ents[i]
		if e.spoke >= h-describeToks && e.spoke < h && e.spoke > bestTok && e.orgish() && !e.placeish() && !e.outlet {
			best, bestTok = i, e.spoke
		}
	}
	if best < 0 {
		return -1
	}
	for k := bestTok + 1; k < h; k++ {
		if v := d.entAt[k]; v >= 0 && int(v) != best && !d.toks[k].inQuote() && (d.ents[v].orgish() || d.ents[v].placeish()) && d.mainSubject(k, int(d.sentOf[k])) {
			// another body that could be "it"; not "for FY20", nor
			// "recessions India has had"
			return -1
		}
	}
	for i := len(d.cues) - 1; i >= 0; i-- {
		c := &d.cues[i]
		if c.verb >= h {
			continue
		}
		if c.verb <= bestTok {
			break
		}
		if c.found && !c.skip && c.ent >= 0 && c.ent != best {
			return -1 // someone else named spoke since
		}
	}
	return best
}

// latestSpeaker returns the entity that most recently spoke before token
// at, within a description's reach (a long statement over several
// paragraphs outruns the pronoun window), or -1.
func (d *doc) latestSpeaker(at int) int {
	return d.speakerSince(at-describeToks, at)
}

// lastSpeaker returns the entity that most recently spoke before token at,
// within the pronoun window, or -1.
func (d *doc) lastSpeaker(at int) int {
	return d.speakerSince(d.windowStart(at), at)
}

// speakerSince returns the entity that most recently spoke in [from, at),
// or -1.
func (d *doc) speakerSince(from, at int) int {
	best, bestTok := -1, -1
	for i := range d.ents {
		if s := d.ents[i].spoke; s >= from && s < at && s > bestTok {
			best, bestTok = i, s
		}
	}
	return best
}

// resolveOrgDescription resolves "the ministry", "the company", "the
// electoral commission" (head word at token h) to the most recently
// mentioned organisation it describes.
func (d *doc) resolveOrgDescription(h, at int) int {
	head := d.lower(h)
	if siteHead(head) {
		return d.resolveSiteDescription(h, at, head)
	}
	if head == "force" && h > 0 && d.toks[h-1].lowerWord() && !d.toks[h-1].has(lxDet) && !d.isWord(h-1, "police") {
		return -1 // "the air force", "the task force": not the police force named before
	}
	// fits is asked of every token up to describeToks back, most of them
	// naming nothing: the head's kind is decided once, outside it.
	bodyHead := namedBodyHead(head)
	// "The Norland army accused ... the military said in a statement":
	// war copy varies the word for the army named before; but "the
	// military spokesman" is a person, whoever was named with the title.
	armyWord := head == "military" && !(h+1 < len(d.toks) && d.toks[h+1].lowerWord() && d.toks[h+1].has(lxRole))
	// A state body named by its country and remit ("the Indian health
	// ministry", as namedBody makes it) is carried by its head word.
	remitBody := head == "ministry" || head == "judiciary" || head == "parliament" || head == "cabinet" || head == "presidency" || head == "guard"
	fits := func(k int) int {
		v := d.entAt[k]
		if v < 0 && bodyHead && d.toks[k].capWord() && d.toks[k].has(lxNation) && !d.toks[k].has(lxCommon) &&
			(d.isWord(k+1, head) || armyWord && d.isWord(k+1, "army")) && d.toks[k+1].lowerWord() && !d.toks[k].inQuote() {
			return d.bodyKnown(k, k+2) // "the Russian government ... the government"
		}
		if head == "ministry" && d.toks[k].capWord() && !d.toks[k].inQuote() && (d.chunkAt[k] < 0 || d.chunks[d.chunkAt[k]].first == k && d.chunks[d.chunkAt[k]].last == k+1) {
			// "the Chilean health ministry ... the ministry", "Tannland's
			// foreign ministry ... The ministry said": the body namedBody
			// made of the country and the ministry's portfolio.
			if n := d.ministryAfter(k); n > 0 {
				if b := d.bodyKnown(k, n+1); b >= 0 {
					return b
				}
				// Named before without speaking ("Tannland's foreign
				// ministry summoned the ambassador. The ministry added"):
				// the body as namedBody makes it, of a country's name or
				// a name the text says nothing else about.
				// Only a sentence before: "A Norlandic foreign ministry
				// spokesman" names no body of its own.
				if ci := d.chunkAt[k]; d.sentOf[k] < d.sentOf[h] && (ci < 0 && d.toks[k].has(lxNation) || ci >= 0 && d.chunks[ci].ent >= 0 && (d.ents[d.chunks[ci].ent].placeish() || d.bareName(d.chunks[ci].ent))) {
					return d.bodyEntity(k, n+1)
				}
			}
		}
		if s := d.ledStart(k); head == "coalition" && s >= 0 && d.isWord(k+1, head) && d.toks[k+1].lowerWord() && k+1 != h {
			// "The Norland-led coalition struck ... The coalition said":
			// the alliance as namedBody makes it, spoken or not.
			if b := d.bodyKnown(s, k+2); b >= 0 || d.sentOf[k] == d.sentOf[h] {
				return b
			}
			return d.bodyEntity(s, k+2)
		}
		if v >= 0 && remitBody && d.chunkAt[k] < 0 && d.isWord(k, head) && d.toks[k].lowerWord() && !d.toks[k].inQuote() {
			// "The Indian health ministry has ordered ... The ministry
			// said": a body named by its country and remit, whose head
			// word, outside any name, carries it.
			if e := &d.ents[v]; e.orgish() && !e.outlet && describes(head, e) {
				return int(v)
			}
		}
		if v < 0 || d.toks[k].inQuote() || d.chunkAt[k] < 0 {
			return -1
		}
		e := &d.ents[v]
		// A party's word is no country's: "the Conservative government"
		// may be any government of that party.
		if ch := &d.chunks[d.chunkAt[k]]; ch.last == k+1 && bodyHead && !partyWord(d.lower(k)) {
			// "The Vell campaign said ... The campaign added", "the
			// Russian government ... the government": the body named by
			// the name and the head word, not the candidate or the
			// country; "a Vell campaign spokesperson" names it first.
			n := k + 1
			if n < len(d.toks) && d.toks[n].kind == tkPoss {
				n++ // "Russia's government"
			}
			kind := false
			if head == "council" && n+1 < len(d.toks) && d.toks[n].lowerWord() && councilKind(d.lower(n)) {
				n++ // "Marlow city council ... the council"
				kind = true
			}
			if head == "government" && n+1 < len(d.toks) && d.toks[n].lowerWord() && governmentKind(d.lower(n)) {
				n++ // "the Oster state government ... The government said": the tier's government, as a council's kind
				kind = true
			}
			if (d.isWord(n, head) || armyWord && d.isWord(n, "army")) && d.toks[n].lowerWord() {
				if n == h && head == "campaign" || kind && !e.personish() && !e.orgish() {
					// A council of a named kind is the place's body
					// wherever it stands, as namedBody makes it.
					return d.bodyEntity(ch.first, n+1)
				}
				if b := d.bodyKnown(ch.first, n+1); b >= 0 {
					return b
				}
				if n != h && (head == "administration" || head == "campaign") && d.isWord(n, head) && !e.placeish() && !e.orgish() && d.sentOf[k] < d.sentOf[h] {
					// "The Dravic administration has been trying ... the
					// administration said": the body named before without
					// speaking, by its leader's name.
					return d.bodyEntity(ch.first, n+1)
				}
			}
		}
		if ch := &d.chunks[d.chunkAt[k]]; ch.last == k+1 && serviceHead(head) {
			// "the Tarvik fire service ... The service added": the
			// service localService named, not the place.
			n := k + 1
			for n < len(d.toks) && n < k+5 && d.toks[n].lowerWord() && (serviceKind(d.lower(n)) || d.isWord(n, "and")) {
				n++
			}
			if n > k+1 && d.isWord(n, head) && d.toks[n].lowerWord() {
				if b := d.bodyKnown(ch.first, n+1); b >= 0 {
					return b
				}
			}
		}
		if head == "group" && d.namedGroup(k, h, e) {
			return int(v) // "The Brennick Residents Association opposes the tower. The group said"
		}
		if sideHead(head) && d.sideNamedAsPerson(k, e) {
			return int(v) // "Pellan Rovers have sacked their manager. The club said"
		}
		if sideHead(head) && d.clubLeftBy(k, e) {
			return int(v) // "Coach Idar Holm left Fenmoor on Friday. The club said"
		}
		if head == "board" && e.orgish() && !e.outlet && len(e.words) > 1 && (legalForm(e.words[len(e.words)-1]) || legalForm(e.words[len(e.words)-1]+".")) {
			return int(v) // "Recticel N.V. has rejected a bid ... The board says": a company's board speaks for it
		}
		if companyHead(head) && d.stockMoveSubject(k, e) {
			return int(v) // "Brenmark Truck tumbled 2 to 14 ... The company said"
		}
		if companyHead(head) && d.itsOwnSubject(k, e) {
			// "Lululemon Athletica was set for its biggest loss after the
			// company warned": two words shaped like a person's name,
			// which its own "its" says is a firm.
			return int(v)
		}
		if e.outlet || e.personEv > e.orgEv && e.personEv > 0 && e.bodyHead == "" {
			return -1
		}
		if newsTradeName(e) && !companyHead(head) && head != "broadcaster" {
			return -1 // "Velmark Broadcasting Corp. ... the producer of nature documentaries": someone else
		}
		if b := d.bodyNamedOf(k, head, e); b >= 0 {
			return b // "the government of Samoa ... The government said"
		}
		if head == "bank" && d.isWord(h-1, "central") && ofTrade("central", e) {
			return int(v) // "the Federal Reserve ... the central bank"
		}
		if armyWord && e.placeEv == 0 && (contains(e.words, "army") || contains(e.words, "armed") && contains(e.words, "forces")) {
			return int(v) // "the Norland Army ... the military said"
		}
		if describes(head, e) || tradeFirmHead(head) && d.bareBodySubject(k, e, head) || d.namedAfter(k, head) {
			return int(v) // "Hasbro hosted a panel ... the company noted"
		}
		// "county police" is the police of a county, not "Allegheny
		// County" itself.
		if d.sharesModifier(h, e) && lex.lookup(e.words[len(e.words)-1])&lxPlaceCue == 0 && !otherMinistry(head, e) {
			return int(v)
		}
		return -1
	}
	// "The health ministry" after "the Ministry of Health and the
	// Ministry of Finance": a body whose name holds the modifier beats a
	// nearer one that only fits the head.
	modified := h-1 >= 0 && d.toks[h-1].lowerWord() && !d.toks[h-1].has(lxDet|lxFunc)
	// "the grid operator", "the bus operator": a body whose name names
	// another trade (Tarnby Rail, the Energy Commission) is not it; one
	// whose name names none (Exxon for "the oil company") still may be.
	// A ministry's portfolio ("the health ministry") and "the central
	// bank" bind harder: they name a body's remit, so a body whose name
	// names none is not it either ("Pellworth Bank" for "the central bank").
	trade, strict := "", false
	if modified {
		trade = tradeKind(d.lower(h - 1))
		if binds, ok := remitHead(trade); ok {
			// "the transport operator" is still any operator.
			strict = binds(head)
			if !strict {
				trade = ""
			}
		}
	}
	first := -1
	owned := -1 // the nearest unnamed body of the head's noun owned by another ("the presidency's press agency")
	if d.ownedUnnamedBody(h) {
		owned = h // "The presidency's press agency said": that agency, whatever body spoke before
	}
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		if owned < 0 && k < h && d.sentOf[k] < d.sentOf[h] && d.isWord(k, head) && d.ownedUnnamedBody(k) {
			owned = k
		}
		if d.entAt[k] < 0 && !bodyHead && (head != "ministry" || !d.toks[k].capWord()) && head != "coalition" {
			continue // what fits would say, without the call: most tokens are no mention
		}
		e := fits(k)
		if e < 0 {
			continue
		}
		if owned >= 0 && !d.ownerNamesBody(owned, e) {
			// "The presidency's press agency said ... The agency said":
			// the agency named last, though by no name of its own, not
			// a body the text named before it ("the Norland Geological
			// Survey").
			return -1
		}
		if first < 0 && trade == "" && firmDescription(head) && d.rivalBeside(k, e, fits) {
			return -1 // "Harlow Foods and Kellan Dray Corp. posted losses. The chain said": either
		}
		if !modified || d.sharesModifier(h, &d.ents[e]) || d.introducedWith(e, h, at) {
			if s := d.subjectFitBefore(k, at, e, fits); s >= 0 {
				return s
			}
			if s := d.spokenFitBefore(k, at, e, fits); s >= 0 {
				return s
			}
			return e
		}
		if trade != "" {
			if ofTrade(trade, &d.ents[e]) {
				return e // "Norland Railways ... the rail operator"
			}
			if strict || ofTrade("", &d.ents[e]) {
				continue
			}
		}
		if first < 0 && head != "team" {
			// Not "the research team reported": a team a modifier
			// describes is the people of a study, whom no body named
			// without that word stands for.
			first = e
			// "The new company said": a modifier naming no trade
			// leaves the description to the body the passage is about.
			if trade == "" {
				if s := d.subjectFitBefore(k, at, e, fits); s >= 0 {
					first = s
				}
			}
		}
	}
	if first >= 0 {
		return first
	}
	// "..., Arvenna's data protection regulator said. The Data Protection
	// Office said ...": the name may come just after the description.
	if s := int(d.sentOf[h]); s+1 < len(d.sents) {
		for k := h + 1; k < d.sents[s+1].last; k++ {
			if e := fits(k); e >= 0 && d.sharesModifier(h, &d.ents[e]) && (head != "team" || contains(d.ents[e].words, "team")) {
				return e // not "the research team reported. | ... of the Ostby Research Institute": a team is no institute
			}
		}
	}
	if head == "police" && d.isWord(h-1, "the") && (d.isWord(h-2, "for") || d.isWord(h-2, "of")) {
		// "A spokeswoman for the police said ..." with "Vessa
		// Constabulary" below: the one force the story names, for whom
		// the one described speaks. Bare "Police said" may be any
		// officers, and stays the text's.
		return d.onePoliceForceAfter(h)
	}
	return -1
}

// ownedUnnamedBody reports whether the lower-case noun at k, no part of
// a name, heads a body owned by another and named by no name of its
// own: "the presidency's press agency", "the ministry's agency". Not an
// aside that describes a name before it ("the Civil Defence Directorate,
// the country's emergency agency"), which is that body.
func (d *doc) ownedUnnamedBody(k int) bool {
	if k < 2 || !d.toks[k].lowerWord() || d.chunkAt[k] >= 0 || d.entAt[k] >= 0 || d.toks[k].inQuote() {
		return false
	}
	p := k - 1
	if d.toks[p].lowerWord() && !d.toks[p].has(lxDet|lxFunc|lxPrep) && d.toks[p].kind == tkWord {
		p-- // "press" in "the presidency's press agency"
	}
	if p < 1 || d.toks[p].kind != tkPoss {
		return false
	}
	if p+1 < k && strings.HasSuffix(d.lower(p+1), "est") {
		return false // "the nation's biggest bank": the body the text named
	}
	o := p - 1 // the owner: "presidency", a common noun
	if !d.toks[o].lowerWord() || d.chunkAt[o] >= 0 || placeOwner(d.lower(o)) {
		return false // "Ecuador's agency", "the country's central bank": a place's body, perhaps the one named
	}
	if o-1 >= 0 && d.isWord(o-1, "the") {
		o--
	}
	return o == 0 || !d.punct(o-1, ",")
}

// placeOwner reports whether w, owning a body ("the nation's central
// bank"), is a place's common noun.
func placeOwner(w string) bool {
	switch w {
	case "nation", "country", "state", "city", "town", "region", "province", "island", "world", "county", "district", "capital", "territory", "continent":
		return true
	}
	return false
}

// ownerNamesBody reports whether the owned description at k ("the
// ministry's agency") could still be body e: a word of e's name stands
// between the possessive and the noun ("the ministry's Disaster Agency"
// is no such description) or is the owner's.
func (d *doc) ownerNamesBody(k, e int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if d.toks[m].kind == tkWord && contains(d.ents[e].words, foldNameWord(d.key(m))) {
			return true
		}
	}
	return false
}

// onePoliceForceAfter returns the police force named after token h,
// when the story names one force and no other (before or after); -1
// otherwise.
func (d *doc) onePoliceForceAfter(h int) int {
	found, after := -1, false
	for k := range d.toks {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() {
			continue
		}
		e := &d.ents[v]
		if e.outlet || e.placeish() || e.personish() || len(e.words) < 2 || !contains(e.words, "police") && !contains(e.words, "constabulary") {
			continue
		}
		if contains(e.words, "and") || contains(e.words, "&") {
			found = -2 // "Vessa Police and Tarvik Constabulary": two forces
			continue
		}
		if found != -1 && found != int(v) {
			return -1 // "Vessa Police and Tarvik Police": either
		}
		found = int(v)
		after = after || k > h
	}
	if !after || found < 0 {
		return -1
	}
	return found
}

// introducedWith reports whether body e was named before token at with
// the modifier that the description ending at head h gives it, set
// before its name: "the ruling Kessel Unity Party ... the ruling party",
// "the opposition Free Voters Alliance ... the opposition party". The
// side a party is on tells it from a nearer party of the other side.
func (d *doc) introducedWith(e, h, at int) bool {
	m := h - 1
	if m < 0 || !d.toks[m].lowerWord() || d.toks[m].has(lxDet|lxFunc) {
		return false
	}
	switch d.lower(m) {
	case "ruling", "governing", "opposition":
	default:
		return false
	}
	for k := at - 1; k > 0 && k > at-describeToks; k-- {
		ci := d.chunkAt[k]
		if ci < 0 || int(d.chunks[ci].first) != k || d.chunks[ci].ent != e || d.toks[k].inQuote() {
			continue
		}
		if p := k - 1; d.toks[p].lowerWord() && d.lower(p) == d.lower(m) {
			return true
		}
	}
	return false
}

// newsTradeName reports whether e is a company of the news trade named
// with a legal form ("Velmark Broadcasting Corp."): "the company" or
// "the broadcaster" may mean it, a description of another trade may not.
func newsTradeName(e *entity) bool {
	n := len(e.words)
	return n >= 3 && outletOwnerName(e.words) && lex.lookup(strings.ToLower(e.words[n-2]))&lxOutletCue != 0
}

// namedGroup reports whether e, mentioned at k, is a body of people
// named by an organisation's word ("Residents Association", "Cyclists
// Union") that "the group" at h may mean: the main subject of its
// sentence, no part of the state ("the group" is no ministry), and no
// group left unnamed before h ("a group of fans ... The group said").
func (d *doc) namedGroup(k, h int, e *entity) bool {
	if e.orgEv == 0 || e.personEv > 0 || e.placeEv > 0 || e.outlet || e.thing || countryName(e) || stateBody(e) {
		return false
	}
	if !d.mainSubject(k, int(d.sentOf[k])) {
		return false
	}
	for j := d.windowStart(h); j < h; j++ {
		if d.toks[j].lowerWord() && (d.isWord(j, "group") || d.isWord(j, "groups")) && !(j+1 < h && d.entAt[j+1] >= 0 && d.toks[j+1].capWord()) {
			return false // not "the rights group Open Hand": the group named
		}
	}
	return true
}

// sideHead reports whether a description's head names a body of people
// that a name of two capitalised words may stand for: a club, a team, a
// campaign group.
func sideHead(head string) bool {
	switch head {
	case "club", "team", "side", "group", "band":
		return true
	}
	return false
}

// sideNamedAsPerson reports whether the mention ending at k, of e, which
// the name's shape alone made a person ("Pellan Rovers", "Marlow
// Athletic"), is the subject of its sentence and read as a body there: a
// plural verb right after it ("Pellan Rovers have sacked") or a "their"
// or "its" in its clause ("Tarrow United sacked their manager"). No first
// name, title, gender or role speaks for a person. A name ending as a
// club's does ("Marlow Athletic") needs no more than to be the subject.
func (d *doc) sideNamedAsPerson(k int, e *entity) bool {
	club := len(e.words) >= 2 && clubWord(e.words[len(e.words)-1])
	if e.gender != gUnknown || len(e.roles) > 0 || e.outlet || e.placeEv > 0 || !club && (e.kind != kPerson || e.personEv > 2 || e.orgEv > 0) {
		return false
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].last != k+1 || d.toks[k].inQuote() {
		return false
	}
	c := &d.chunks[ci]
	if d.isWord(c.first-1, "and") || d.isWord(c.first-1, "&") || d.punct(c.first-1, ",") {
		return false // "Tomsk Varda and Ilse Brenn have run the inn": two people
	}
	for j := c.first; j < c.last; j++ {
		if d.toks[j].has(lxFirstName | lxTitle | lxHonorific) {
			return false
		}
	}
	si := int(d.sentOf[k])
	if !d.mainSubject(k, si) {
		return false
	}
	if d.isWord(k+1, "have") || d.isWord(k+1, "are") || d.isWord(k+1, "were") {
		return true
	}
	if club {
		// "Marlow Athletic lost 4-0": a club's name says what it is;
		// but after "Pellan Rovers beat Tarrow United" either club may
		// be the one.
		for j := d.sents[si].first; j < d.sents[si].last; j++ {
			if o := d.entAt[j]; o >= 0 && &d.ents[o] != e && len(d.ents[o].words) >= 2 && clubWord(d.ents[o].words[len(d.ents[o].words)-1]) {
				return false
			}
		}
		return true
	}
	for j := k + 1; j < d.sents[si].last && j < k+8; j++ {
		if d.punct(j, ",") || d.isWord(j, "and") || d.isWord(j, "who") {
			return false
		}
		if d.isWord(j, "their") || d.isWord(j, "its") {
			return true
		}
	}
	return false
}

// clubWord reports whether w, folded, ends a sports club's name as
// clubs are named: "Tarrow United", "Pellan Rovers". "City" is not
// one: "Tarrow City" is as often the town.
func clubWord(w string) bool {
	switch w {
	case "united", "rovers", "athletic", "wanderers", "rangers", "albion", "hotspur", "fc", "athletico", "harriers":
		return true
	}
	return false
}

// subjectFitBefore returns another body that fits the description and is
// the main subject of the sentence of the mention at k, which is not: in
// "Halvern Steel signed a deal with Ostby Shipping. The firm said" the
// firm is the one the sentence is about, not the nearer object. It
// returns -1 when the mention at k is itself the subject or no such body
// comes before it.
func (d *doc) subjectFitBefore(k, at, e int, fits func(int) int) int {
	si := int(d.sentOf[k])
	if d.mainSubject(k, si) {
		return -1
	}
	for j := k - 1; j >= d.sents[si].first; j-- {
		if d.chunkAt[j] < 0 || d.chunks[d.chunkAt[j]].last != j+1 {
			continue
		}
		if o := fits(j); o >= 0 && o != e && d.mainSubject(j, si) {
			return o
		}
	}
	// "Tarnwick Motors reported a loss. It will compete with Velloran
	// Industries. The company said": when the sentence naming the nearer
	// body is still about the earlier one (its subject is "it" or a
	// description, "the spinoff"), the earlier sentence's subject is the
	// one meant, up to two sentences back.
	if sp := d.ents[e].spoke; sp >= 0 && sp < at {
		return -1 // a body that has spoken is no background name
	}
	for sj := si; sj > si-2 && sj > 0; sj-- {
		if !d.subjectCarriedOn(sj) {
			return -1
		}
		prev := &d.sents[sj-1]
		for j := prev.last - 1; j >= prev.first; j-- {
			if d.chunkAt[j] < 0 || d.chunks[d.chunkAt[j]].last != j+1 {
				continue
			}
			if o := fits(j); o >= 0 && o != e && d.mainSubject(j, sj-1) {
				return o
			}
		}
	}
	return -1
}

// subjectCarriedOn reports whether sentence si opens with "it" or a
// definite description in lower case ("The spinoff will compete"): a
// subject that carries on the body the sentence before was about rather
// than naming a new one.
func (d *doc) subjectCarriedOn(si int) bool {
	f := d.sents[si].first
	if d.isWord(f, "it") {
		return true
	}
	if !d.isWord(f, "the") {
		return false
	}
	// The words up to the verb: a role ("The chairman of ...") is a
	// person, not the body carried on; a name or a comma is a new subject.
	n := 0
	for j := f + 1; j < d.sents[si].last; j++ {
		t := &d.toks[j]
		if t.kind == tkWord && t.has(lxVerb|lxAux) {
			break
		}
		if !t.lowerWord() || t.has(lxFunc|lxRole) {
			return false
		}
		n++
	}
	return n > 0
}

// spokenFitBefore returns the body a description at at means when the
// nearest body it fits, e at token k, is only in the background: named
// inside another speaker's reported clause ("traders said the limit sent
// selling to the floor of the Velmark Stock Exchange") or as the employer
// before a person's role ("the Velmark Stock Exchange chairman said"),
// and never speaking itself. The body the item is about, the one that
// has spoken, is "the exchange" then: the latest earlier fit that spoke,
// unless an earlier fit that is its sentence's subject comes first. It
// returns -1 when e is not in the background or no such body spoke.
func (d *doc) spokenFitBefore(k, at, e int, fits func(int) int) int {
	if sp := d.ents[e].spoke; sp >= 0 && sp < at || d.mainSubject(k, int(d.sentOf[k])) || !d.backgroundMention(k, e) {
		return -1
	}
	for j := k - 1; j >= 0 && j > at-describeToks; j-- {
		if d.entAt[j] < 0 || d.chunkAt[j] < 0 || d.chunks[d.chunkAt[j]].last != j+1 {
			continue
		}
		o := fits(j)
		if o < 0 || o == e {
			continue
		}
		if sp := d.ents[o].spoke; sp >= 0 && sp < at {
			return o
		}
		if d.mainSubject(j, int(d.sentOf[j])) {
			return -1
		}
	}
	return -1
}

// backgroundMention reports whether the name of e ending at token k is
// inside the reported clause of a cue whose speaker is someone else, or
// the employer named before a person's role ("the Velmark Stock Exchange
// chairman").
func (d *doc) backgroundMention(k, e int) bool {
	if n := k + 1; n < len(d.toks) && d.toks[n].lowerWord() && d.toks[n].has(lxRole) && !d.toks[n].has(lxGenericOrg) && !isSpokesperson(d.lower(n)) {
		return true
	}
	for ci := range d.cues {
		c := &d.cues[ci]
		if c.ent == e || !c.found {
			continue
		}
		for _, r := range c.comps {
			if k >= r[0] && k < r[1] {
				return true
			}
		}
	}
	return false
}

// tradeKind returns the trade a modifier of a body's description names
// ("grid", "bus", "water"), as the word that stands for its group of
// synonyms, or "" when the modifier names no trade.
func tradeKind(w string) string {
	switch w {
	case "rail", "railway", "train", "railroad":
		return "rail"
	case "bus", "buses", "coach", "coaches":
		return "bus"
	case "ferry":
		return "ferry"
	case "power", "electricity", "electric", "energy":
		return "power"
	case "grid", "transmission":
		return "grid"
	case "water":
		return "water"
	case "gas":
		return "gas"
	case "oil", "petroleum":
		return "oil"
	case "phone", "telephone", "telecom", "telecoms", "mobile":
		return "phone"
	case "mining":
		return "mining"
	case "food":
		return "food"
	case "health", "finance", "education", "interior", "foreign", "justice", "agriculture", "transport":
		return w
	case "defence", "defense":
		return "defence"
	case "central":
		return "central"
	}
	return ""
}

// remitHead reports whether trade names a body's remit rather than a
// business's line, and if so which description heads it binds: a
// ministry's portfolio binds "ministry" and "department" ("the transport
// operator" is still any operator), "central" binds "bank" ("the central
// government" is not a bank's).
func remitHead(trade string) (func(head string) bool, bool) {
	switch trade {
	case "health", "finance", "education", "interior", "foreign", "justice", "agriculture", "transport", "defence":
		return func(head string) bool { return head == "ministry" || head == "department" }, true
	case "central":
		return func(head string) bool { return head == "bank" }, true
	}
	return nil, false
}

// ofTrade reports whether organisation e's name holds a word of trade
// ("Norland Railways" for "rail"; "Arvik Transit" for bus or rail), or,
// when trade is "", a word of any trade.
func ofTrade(trade string, e *entity) bool {
	if trade == "central" && len(e.words) == 3 && e.words[0] == "bank" && e.words[1] == "of" {
		return true // "the Bank of Arvenna", a country's bank
	}
	for _, w := range e.words {
		if strings.HasSuffix(w, "ies") {
			w = strings.TrimSuffix(w, "ies") + "y" // "Tovik Ferries"
		}
		if tradeKind(w) == "" {
			w = strings.TrimSuffix(w, "s") // "Osterby Buses", but "Vesper Gas"
		}
		// "Central" alone names no trade ("Central Valley Utilities"),
		// and a transport company may run buses, trains or ferries.
		if k := tradeKind(w); k != "" && (k == trade || trade == "" && k != "central") ||
			(w == "transit" || w == "transport") && (trade == "bus" || trade == "rail" || trade == "ferry") ||
			trade == "food" && w == "food" || trade == "mining" && (w == "mine" || w == "mineral") ||
			trade == "central" && w == "reserve" && (contains(e.words, "federal") || contains(e.words, "bank")) {
			return true
		}
	}
	return false
}

// otherMinistry reports whether head is a ministry's word and e a body of
// another kind: "the health ministry" is not the Velmark Health
// Statistics Office.
func otherMinistry(head string, e *entity) bool {
	if head != "ministry" && head != "department" {
		return false
	}
	return !contains(e.words, "ministry") && !contains(e.words, "department") && !contains(e.words, "government")
}

// siteHead reports whether head names a place as often as a body: "the
// center", "the lab". Such a word describes only a body whose own name
// holds it ("the Calder Hurricane Center ... the center said").
func siteHead(head string) bool {
	switch head {
	case "center", "centre", "lab", "laboratory":
		return true
	}
	return false
}

// resolveSiteDescription resolves "the center" or "the lab" (head word at
// token h) to the latest organisation named with that word, or -1; a
// modifier it does not share ("the town center") describes some other
// place.
func (d *doc) resolveSiteDescription(h, at int, head string) int {
	modified := h-1 >= 0 && d.toks[h-1].lowerWord() && !d.toks[h-1].has(lxDet|lxFunc)
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() || d.chunkAt[k] < 0 {
			continue
		}
		e := &d.ents[v]
		if e.outlet || e.personEv > e.orgEv && e.personEv > 0 || e.placeish() || !describes(head, e) {
			continue
		}
		if modified && !d.sharesModifier(h, e) {
			return -1
		}
		return int(v)
	}
	return -1
}

// bodyNamedOf returns the state body introduced as "the government of
// Samoa" when the name at token k is that place and head is the body's own
// noun: the later "the government" is the body, not the country, as
// namedBody has it when the phrase is itself a speaker. It returns -1 for
// any other name or head ("the city of White Plains" is the city).
func (d *doc) bodyNamedOf(k int, head string, e *entity) int {
	switch head {
	case "government", "administration":
	default:
		return -1
	}
	// "the administration of President Ada Vell" is hers; a name the
	// text says nothing else about after "government of" is a place.
	if !d.namedAfter(k, head) || e.personish() {
		return -1
	}
	c := &d.chunks[d.chunkAt[k]]
	return d.bodyEntity(c.first-2, c.last)
}

// namedAfter reports whether the name at token k was introduced by the
// description's own head word, with "of" or just before the name: "the US
// city of White Plains", then "the city stated"; "the regional bloc
// ECOWAS", then "the bloc said".
func (d *doc) namedAfter(k int, head string) bool {
	f := d.chunks[d.chunkAt[k]].first
	if f >= 1 && d.toks[f-1].lowerWord() && d.lower(f-1) == head && !d.toks[f-1].inQuote() {
		return true // "West Africa's main regional bloc ECOWAS ... the bloc said"
	}
	return f >= 2 && d.isWord(f-1, "of") && d.toks[f-2].lowerWord() && d.lower(f-2) == head
}

// companyHead reports whether a description's head word names a
// company or a like body: "the company", "the firm".
func companyHead(head string) bool {
	switch makerHead(head) {
	case "company", "firm", "corporation", "maker", "manufacturer", "developer", "retailer", "publisher", "studio", "concern":
		return true
	}
	return false
}

// makerHead folds a maker of one thing to "maker": "the carmaker", "the
// steelmaker" describe a company as "the maker" does.
func makerHead(head string) string {
	if len(head) > len("maker") && strings.HasSuffix(head, "maker") {
		return "maker"
	}
	return head
}

// tradeFirmHead reports whether a description's head word names a
// company, in general or by its trade ("the company", "the airline", "the
// retailer"), which a bare name the text treats as a company may be. Not
// "the bank" nor "the utility": a country's bank or grid is as often
// meant, and the country's name is as bare.
func tradeFirmHead(head string) bool {
	switch head {
	case "airline", "carrier", "operator", "chain", "insurer", "lender", "brewer", "miner":
		return true
	}
	return companyHead(head)
}

// tradeNoun reports whether w names what a firm of the trade head runs,
// sells or serves: an airline's flights, a chain's stores. A bare name
// that cancelled flights is the airline a later "the airline" means.
func tradeNoun(head, w string) bool {
	switch head {
	case "airline", "carrier":
		switch w {
		case "flight", "flights", "route", "routes", "plane", "planes", "aircraft", "jets", "fleet", "passengers":
			return true
		}
	case "operator":
		switch w {
		case "services", "trains", "buses", "ferries", "crossings", "sailings", "flights", "routes", "passengers":
			return true
		}
	case "chain", "retailer":
		switch w {
		case "store", "stores", "shops", "outlets", "branches", "restaurants":
			return true
		}
	case "insurer":
		return w == "claims" || w == "policyholders" || w == "premiums"
	case "company", "firm", "provider", "telco":
		// "Telstra has apologised to customers after another outage":
		// only a business has customers, subscribers and shareholders.
		switch w {
		case "customers", "subscribers", "shareholders", "outage", "outages":
			return true
		}
	}
	return false
}

// bareBodySubject reports whether the mention at k of e, a name with no
// sign of what it names, is the subject of a verb that a person seldom
// has ("Hasbro hosted a panel about their toys"), or of a sentence about
// the trade's own goods ("Skyvo has apologised after cancelling several
// flights", for "the airline", head): a company a later description of
// it can mean.
func (d *doc) bareBodySubject(k int, e *entity, head string) bool {
	if len(e.words) != 1 || e.kind != kUnknown || e.personEv > 0 || e.placeEv > 0 {
		return false
	}
	if d.subjectAt(k) && !d.isWord(k-1, "and") && !d.isWord(k+1, "and") {
		// Not "Skyvo and Jetta cancelled several flights": either
		// airline.
		for j := k + 1; j < len(d.toks) && j < k+12 && d.sentOf[j] == d.sentOf[k]; j++ {
			if d.toks[j].lowerWord() && !d.toks[j].inQuote() && tradeNoun(head, d.lower(j)) {
				return true
			}
		}
	}
	// Its cloud service, its users: "Tessaly's cloud service went down",
	// things a firm runs, owned by a name with no sign of anyone's.
	if n := k + 1; n+1 < len(d.toks) && d.toks[n].kind == tkPoss && e.gender == gUnknown && len(e.roles) == 0 {
		for m := n + 1; m < len(d.toks) && m <= n+2 && d.toks[m].lowerWord(); m++ {
			if productNoun(d.lower(m)) {
				return true
			}
		}
	}
	if !d.subjectAt(k) {
		return false
	}
	// Its own "their" or "its" soon after: "Hasbro hosted a panel about
	// their Star Wars products".
	for j := k + 1; j < len(d.toks) && j < k+12 && d.sentOf[j] == d.sentOf[k]; j++ {
		if d.toks[j].lowerWord() && (d.isWord(j, "their") || d.isWord(j, "its")) {
			return true
		}
		if d.isWord(j, "it") && (d.isWord(j-1, "that") || d.isWord(j-1, "after") || d.isWord(j-1, "because") || d.isWord(j-1, "when")) && j+1 < len(d.toks) && d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxAux) && d.endsWith(j+1, "ed") && !d.toks[j].inQuote() {
			// "Amazon objected to claims that it intimidated workers",
			// "SpaceX aborted a launch after it experienced a problem":
			// the subject its own clause calls "it", no person.
			return true
		}
	}
	// "Suncorp said (on Monday) it had received 1000 claims": its speech's
	// own "it", which no person says of herself.
	if v := k + 1; v < len(d.toks) && d.toks[v].lowerWord() && d.toks[v].cv != 0 {
		n := d.skipForwardAdverbials(v+1, d.sents[d.sentOf[k]].last)
		if d.isWord(n, "that") && d.toks[n].lowerWord() {
			n++
		}
		return d.isWord(n, "it") && d.toks[n].lowerWord()
	}
	return false
}

// productNoun reports whether w names what a technology firm runs or
// sells: only a company has "services", "servers" or a "search engine".
func productNoun(w string) bool {
	switch w {
	case "service", "services", "servers", "engine", "app", "apps", "platform", "software", "network", "products", "devices", "chips", "shares", "stock", "customers", "subscribers", "users":
		return true
	}
	return false
}

// codeName reports whether e is named by one word of letters and digits
// alone ("S1", "GS2", "B737"): a carriage's, a seat's or a model's code,
// which no "he" or "she" means. A list of derailed coaches ("A1, B2, S1
// and the guard coach") left the last code the nearest name before "he
// said".
func codeName(e *entity) bool {
	if len(e.words) != 1 {
		return false
	}
	letter, digit := false, false
	for _, r := range e.words[0] {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'a' && r <= 'z':
			letter = true
		default:
			return false
		}
	}
	return letter && digit
}

// stockMoveSubject reports whether the mention at k of e is the subject
// of a share price's move ("Tarvelco tumbled 2 to 14", "Brenmark Truck,
// a rumored target, rose 1 1/4 to 22"): only a listed company's stock
// moves by a bare figure, whatever the name's shape made of it, so a
// later "the company" may mean it. A name with a gender, a role or a
// place's signs is someone or somewhere else.
func (d *doc) stockMoveSubject(k int, e *entity) bool {
	if len(e.words) > 3 || e.gender != gUnknown || len(e.roles) > 0 || e.placeEv > 0 || e.outlet || e.thing || countryName(e) {
		return false
	}
	return d.subjectAt(k) && d.stockMoveAfter(k)
}

// stockMoveAfter reports whether the name ending at token k is followed,
// past an aside in commas, by a verb of a price's move and a bare figure
// ("tumbled 2 to 14", "advanced 7/8"), as a market column lists its
// companies; "fell 2 strokes behind" is a golfer's.
func (d *doc) stockMoveAfter(k int) bool {
	n := k + 1
	if d.punct(n, ",") {
		for j := n + 1; j < len(d.toks) && j < n+16 && d.toks[j].para == d.toks[k].para; j++ {
			if d.punct(j, ",") {
				n = j + 1
				break
			}
		}
	}
	if n+1 >= len(d.toks) || !d.toks[n].lowerWord() || d.toks[n+1].kind != tkNum {
		return false
	}
	if !stockMoveVerb(d.lower(n)) {
		return false
	}
	// The figure is a price's when "to" and another follow, or the
	// sentence ends: not "2 strokes", "3 places".
	j := n + 1
	for j < len(d.toks) && (d.toks[j].kind == tkNum || d.punct(j, "/")) {
		j++
	}
	return j >= len(d.toks) || d.isWord(j, "to") || d.punct(j, ".") || d.punct(j, ",") || d.punct(j, ";") || d.isWord(j, "on") || d.isWord(j, "in")
}

// sharesModifier reports whether a lower-case modifier of the generic noun
// at h ("data protection regulator") is a word of e's name.
func (d *doc) sharesModifier(h int, e *entity) bool {
	for k := h - 1; k >= 0 && k > h-4 && d.toks[k].lowerWord() && !d.toks[k].has(lxDet|lxFunc); k-- {
		if contains(e.words, d.lower(k)) {
			return true
		}
	}
	return false
}

// describes reports whether the generic noun head ("company", "ministry")
// fits organisation e.
func describes(head string, e *entity) bool {
	if e.thing {
		return false // "the agency" is not the spectrometer known as LIRA
	}
	if head == "program" || head == "programme" {
		// "the World Food Programme warned ... The programme said": a
		// body named so once it has spoken; a scheme or an exhibition
		// named "Program" that never speaks is no speaker.
		return e.spoke >= 0 && contains(e.words, head)
	}
	for _, w := range e.words {
		if w == head || w+"s" == head || strings.TrimSuffix(w, "s") == head || head == "lab" && w == "laboratory" {
			return true // "the lab" for the Varn Marine Laboratory
		}
	}
	if head == "lender" && (contains(e.words, "fund") || contains(e.words, "bank")) {
		return true // "the Tarvik Monetary Fund ... the global lender's report": a fund or a bank lends
	}
	if (head == "force" || head == "police") && (contains(e.words, "police") || contains(e.words, "constabulary")) {
		return true // "Tarn Valley Police ... In a statement, the force said": a police force
	}
	if e.bodyHead == head {
		return true // "Grauhorn Bahnen, the company that runs the cable car, ... The company said"
	}
	if e.bodyHead != "" && sameBodyKind(head, e.bodyHead) {
		return true // "Vantor, a logistics company, ... The firm said"
	}
	if head == "organization" || head == "organisation" {
		switch e.bodyHead {
		case "organization", "organisation", "nonprofit", "charity":
			return true // "TED is a nonprofit devoted to ideas ... the organization says"
		}
	}
	if head == "orchestra" {
		for _, w := range e.words {
			switch w {
			case "philharmonic", "philharmonia", "symphony", "sinfonia", "sinfonietta":
				return true // "the Orvale Philharmonic ... The orchestra said"
			}
		}
	}
	if head == "agency" && e.placeEv == 0 && !countryName(e) {
		for _, w := range e.words {
			switch w {
			case "office", "unit":
				// "the Norrland Anti-Doping Office ... the agency said",
				// "the Kessel Integrity Unit ... the agency told": a
				// standing body's office, not a post office's counter nor
				// the Oval Office, which is a room.
				if !contains(e.words, "post") && !contains(e.words, "oval") {
					return true
				}
			case "service", "administration", "bureau", "authority", "commission",
				"survey", "institutes", "centers", "centres", "directorate":
				// "the Northern Weather Service ... the agency said"; a
				// science agency's own words: "the Tarn Geological Survey",
				// "the Velmar Institutes of Health", "the Centers for Tick
				// Control" ... "the agency said".
				return true
			case "programme", "fund", "organization", "organisation":
				// A world body's agencies, or one that has spoken: "the
				// World Grain Fund has denounced ... The agency said"; a
				// pension fund that only lost money is none.
				if e.spoke >= 0 || contains(e.words, "world") || contains(e.words, "international") ||
					contains(e.words, "global") || contains(e.words, "nations") {
					return true
				}
			}
		}
	}
	switch {
	case head == "authority" && contains(e.words, "council"):
		return true // "Marlow County Council ... The Conservative-run authority said": a local authority
	case head == "department" && contains(e.words, "sheriff"):
		return true // "the Kessby County Sheriff's Office ... the department said"
	}
	head = makerHead(head)
	hasCompanyWord := false
	hasOrgWord := false
	for _, w := range e.words {
		f := lex.lookup(w)
		hasCompanyWord = hasCompanyWord || f&lxCompany != 0
		hasOrgWord = hasOrgWord || f&lxOrgCue != 0
	}
	if thriftName(e) {
		// "Dunmore Savings & Loan Association ... The thrift said": a
		// savings bank is a company for all its "Association".
		switch head {
		case "thrift", "company", "firm", "corporation", "lender", "institution", "association":
			return !e.placeish()
		}
	}
	switch head {
	case "company", "firm", "group", "corporation", "business", "maker", "manufacturer", "developer", "consultancy", "lender", "startup", "concern",
		"operator", "carrier", "airline", "retailer", "insurer", "utility", "publisher", "studio", "producer", "club", "team",
		"chain", "brewer", "miner":
		if contains(e.words, "bank") && !firmInGeneral(head) {
			return false // "an economist from Marsh Bank said ... the power utility has stated": a bank runs no grid
		}
		if e.bodyHead != "" && !companyHead(e.bodyHead) && !firmInGeneral(e.bodyHead) && (head == "company" || head == "firm" || head == "corporation" || head == "business") {
			return false // "the KTWU union ... The company says": a body the text called a union is no company
		}
		if head == "group" && e.spoke >= 0 && e.orgEv > 0 && e.placeEv == 0 && !countryName(e) && !stateBody(e) {
			return true // "according to the Friends of Eastgate Library ... The group said"
		}
		// A place named for a company's word ("the West Bank") is no
		// company: "the group" after it is the body named before.
		return hasCompanyWord && !e.placeish() || !hasOrgWord && e.orgEv > 0 && e.placeEv == 0 && !countryName(e)
	case "band":
		// A band is no firm: "the band said" is not its label, "North
		// Pier Records"; one with no word of a body's that has spoken
		// or been called "they" may be it.
		return !hasCompanyWord && !hasOrgWord && e.orgEv > 0 && e.placeEv == 0 && !countryName(e)
	case "brokerage", "conglomerate", "supermarket", "wholesaler", "grocer":
		// One that has spoken and no word marks: "Goldvane Partners said
		// ... The brokerage added"; a figure's label ("FY20") never is.
		return hasCompanyWord || e.spoke >= 0 && !e.personish() && e.placeEv == 0 && !countryName(e) && !acronymName(e) && !strings.ContainsAny(e.name, "0123456789")
	case "city", "town", "municipality":
		return contains(e.words, "municipality") || contains(e.words, "city") || contains(e.words, "town") ||
			contains(e.words, "council")
	case "organisation", "organization", "institution", "body", "watchdog", "regulator", "charity":
		return (hasOrgWord || acronymName(e) && e.spoke >= 0) && e.placeEv == 0
	case "government", "administration":
		return contains(e.words, "government") || contains(e.words, "administration") || e.kind == kPlace && e.orgEv > 0
	case "agency", "fund", "bureau", "commission", "union", "alliance", "federation", "association", "authority",
		"committee", "council", "institute", "bank", "party", "league", "coalition", "service":
		if head == "bank" && hasCompanyWord && !e.placeish() && financialName(e) {
			return true // "Lorvik Financial Corp. ... The bank said"
		}
		// "NASA said ... The agency added": an acronym has no head word
		// to check, so a word for a standing body may describe it once
		// it has spoken, which "15:11 GMT" or "the CEO" never do.
		return acronymName(e) && e.spoke >= 0 && e.placeEv == 0 && !countryName(e)
	}
	return false
}

// thriftName reports whether organisation e's name is a savings bank's:
// "Dunmore Savings & Loan Association", "Valley Federal Savings Bank",
// "Harlow Savings".
func thriftName(e *entity) bool {
	for i, w := range e.words {
		if w == "savings" && i > 0 || w == "loan" && i > 0 && (e.words[i-1] == "&" || e.words[i-1] == "and") {
			return true
		}
	}
	return false
}

// sameBodyKind reports whether the noun head describes a body an
// appositive called by the noun was: any company is "the company" and
// "the firm" ("Skyra, the budget airline"), and a regulator is "the
// watchdog".
func sameBodyKind(head, was string) bool {
	switch head {
	case "company", "firm", "corporation", "business":
		switch was {
		case "operator", "carrier", "airline", "insurer", "utility", "lender", "startup", "consultancy":
			return true
		}
		return companyHead(was)
	case "regulator", "watchdog":
		return was == "regulator" || was == "watchdog"
	case "group", "organisation", "organization":
		// "rights organisation Yesh Vale ... the group said"
		switch was {
		case "group", "organisation", "organization", "charity", "nonprofit":
			return true
		}
	}
	return false
}

// memberBody returns the body named for its members that "the" and the
// members' plural noun at token h stand for, "the doctors" after "The
// Zell Hospital Doctors Association", "the nurses" after "the Velmark
// Nurses' Union": the latest such body named before at, within the
// window descriptions reach; or -1.
func (d *doc) memberBody(h, at int) int {
	head := d.lower(h)
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() || k == h {
			continue
		}
		e := &d.ents[v]
		if !e.orgish() || e.outlet || len(e.words) < 2 || !isOrgWord(e.words[len(e.words)-1]) {
			continue
		}
		for _, w := range e.words[:len(e.words)-1] {
			if strings.TrimRight(w, "'’") == head {
				return int(v)
			}
		}
	}
	return -1
}

// unBodyDescribed returns the UN body named before that the phrase [i, j)
// describes: "the UN agency", "the U.N. mission", "the 15-nation UN body"
// after "UNTRA voiced its concern", "the UN Security Council". "UN"
// there only says whose body it is, as "Norland" in "the Norland
// ministry" does; read as the UN's own name it took the quote from the
// agency the story is about. The body must be one of the UN's by its
// own name (holding "UN" or "United Nations" and more, or letters
// opening with UN); with none such named, -1 leaves the phrase to the
// rules after.
func (d *doc) unBodyDescribed(i, j, at int) int {
	if j-i < 3 || j-i > 5 || !d.isWord(i, "the") || !d.toks[j-1].lowerWord() || d.toks[j-1].inQuote() || !unBodyNoun(d.lower(j-1)) {
		return -1
	}
	k := i + 1
	if d.toks[k].lowerWord() && !d.toks[k].has(lxDet|lxFunc|lxPrep) {
		k++ // "the 15-nation UN body"
	}
	switch {
	case k < j-1 && (d.key(k) == "un" || d.key(k) == "u.n") && d.toks[k].capWord():
		k++
	case k+1 < j-1 && d.isWord(k, "united") && d.isWord(k+1, "nations") && d.toks[k].capWord():
		k += 2
	default:
		return -1
	}
	for ; k < j-1; k++ {
		if !d.toks[k].lowerWord() || d.toks[k].has(lxDet|lxFunc|lxPrep) {
			return -1 // "the UN refugee agency": a remit may stand between, no name
		}
	}
	for k := i - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() {
			continue
		}
		if e := &d.ents[v]; unOwnBody(e) {
			return int(v)
		}
	}
	return -1
}

// unBodyNoun reports whether w is a noun a UN body is described by.
func unBodyNoun(w string) bool {
	switch w {
	case "agency", "body", "mission", "organisation", "organization", "office", "watchdog":
		return true
	}
	return false
}

// unOwnBody reports whether e is a body of the UN by its own name:
// "UN Security Council", "United Nations Mission in Tarvia", or letters
// opening with UN ("UNTRA", "UNHCR-Jordan"); not the UN itself, nor
// "Unite", a union whose name only opens with the letters.
func unOwnBody(e *entity) bool {
	if e.outlet || e.thing || e.personish() || e.placeish() || len(e.words) == 0 {
		return false
	}
	w := e.words
	if len(w) >= 2 && (w[0] == "un" || w[0] == "u.n." || w[0] == "u.n") {
		return true
	}
	if len(w) >= 3 && w[0] == "united" && w[1] == "nations" {
		return true
	}
	if len(w) == 1 && len(e.name) >= 4 && strings.HasPrefix(e.name, "UN") {
		letters, _, _ := strings.Cut(e.name, "-") // "UNHCR-Jordan": the agency's office in a country
		for _, r := range letters {
			if r >= 'a' && r <= 'z' {
				return false // "Unite", "Unison": a word, no letters
			}
		}
		return true
	}
	return false
}

// fighterBody returns the armed body a plural noun of its fighters
// ("the rebels", "the militants") stands for when the text gave the noun
// with the body's name: after it ("the Norvan Liberation Front rebels")
// or, singular, before it ("the rebel Union of Patriots (UPP)"). That
// is the text's own type evidence; bare "rebels" near a body named
// without the noun stay unnamed fighters, and the noun beside a place or
// a people ("Kachin rebels") names no body.
func (d *doc) fighterBody(h, at int) int {
	head := d.lower(h)
	if !fighterNoun(head) {
		return -1
	}
	one := strings.TrimSuffix(head, "s")
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v, ci := d.entAt[k], d.chunkAt[k]
		if v < 0 || ci < 0 || d.toks[k].inQuote() {
			continue
		}
		c := &d.chunks[ci]
		if c.last != k+1 || !d.ents[v].orgish() {
			continue // each name once, at its last word
		}
		after := c.last < len(d.toks) && c.last != h && d.isWord(c.last, head) && d.toks[c.last].lowerWord()
		before := c.first >= 1 && d.isWord(c.first-1, one) && d.toks[c.first-1].lowerWord()
		if after || before {
			return int(v)
		}
	}
	return -1
}

// fighterNoun reports whether w is the plural noun of an armed group's
// fighters, who speak as the group does.
func fighterNoun(w string) bool {
	switch w {
	case "rebels", "militants", "insurgents":
		return true
	}
	return false
}

// passiveSubject reports whether the name at token k is the agent of a
// passive that closes its clause, the sentence's subject in all but form: "The rules are being
// rolled out by the Ministry of Ports. It claims ...". The by-phrase must
// close its sentence or its clause, so "built by X in 1990" still counts
// but "by X and Y" does not name one agent.
func (d *doc) passiveSubject(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	c := &d.chunks[ci]
	b := c.first - 1
	if b >= 2 && d.toks[b].kind == tkPoss && d.toks[b-1].capWord() {
		b -= 2 // "by the Government's Department for ..."
	}
	if b >= 0 && d.isWord(b, "the") {
		b--
	}
	if b < 1 || !d.isWord(b, "by") || !d.toks[b].lowerWord() || d.sentOf[b] != d.sentOf[k] {
		return false
	}
	if c.last < len(d.toks) && d.sentOf[c.last] == d.sentOf[k] && !d.punct(c.last, ".") && !d.punct(c.last, ",") && !d.isWord(c.last, "in") && !d.isWord(c.last, "on") {
		return false
	}
	// Back over a particle and "being" to the participle and its "be".
	p := b - 1
	if p > 0 && d.toks[p].lowerWord() && (d.isWord(p, "up") || d.isWord(p, "out") || d.isWord(p, "down") || d.isWord(p, "off")) {
		p--
	}
	if p < 1 || !d.toks[p].lowerWord() || !(d.endsWith(p, "ed") || d.endsWith(p, "en") || d.endsWith(p, "wn") || d.endsWith(p, "ilt") || d.endsWith(p, "ade")) {
		return false
	}
	p--
	if p > 0 && d.isWord(p, "being") {
		p--
	}
	if p < 0 || !d.toks[p].lowerWord() {
		return false
	}
	switch d.lower(p) {
	case "is", "are", "was", "were", "been", "be":
		return true
	}
	return false
}

// ministryAfter returns the token of "ministry" after the one-word name
// at k, past its possessive and up to two words of the portfolio
// ("Tannland's foreign ministry", "the Chilean health ministry"), or -1.
func (d *doc) ministryAfter(k int) int {
	n := k + 1
	if n < len(d.toks) && d.toks[n].kind == tkPoss {
		n++
	}
	for j := n; j < len(d.toks) && j <= n+2; j++ {
		t := &d.toks[j]
		if !t.lowerWord() || t.has(lxDet|lxFunc|lxPrep|lxAux|lxVerb) && !d.isWord(j, "ministry") {
			return -1
		}
		if d.isWord(j, "ministry") {
			return j
		}
	}
	return -1
}

// stateBody reports whether e is named as a part of the state: a
// ministry, a council, the police. Such a body is no "group".
func stateBody(e *entity) bool {
	for _, w := range e.words {
		switch w {
		case "ministry", "department", "government", "council", "police", "court", "parliament", "office", "agency", "authority", "army", "commission":
			return true
		}
	}
	return false
}

// partyWord reports whether w names a political party or its creed, which
// several governments may share: "the Conservative government" names no
// one government.
func partyWord(w string) bool {
	switch w {
	case "conservative", "labour", "labor", "liberal", "democratic", "republican", "socialist", "communist", "tory",
		"green", "nationalist", "coalition", "populist", "centrist", "progressive":
		return true
	}
	return false
}

// acronymName reports whether organisation e is named by one word in
// capitals only: "NASA", "UNICEF", "the WHO".
func acronymName(e *entity) bool {
	if len(e.words) != 1 || len(e.name) < 2 || len(e.name) > 8 || e.orgEv <= e.personEv {
		return false
	}
	for i := 0; i < len(e.name); i++ {
		if c := e.name[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// countryName reports whether e is named only by words for a country or
// a place ("U.S.", "South Korea"): a country speaks through its
// government, but it is no company, team or group.
func countryName(e *entity) bool {
	for _, w := range e.words {
		if lex.lookup(w)&(lxNation|lxPlace) == 0 && lex.lookup(w+".")&lxNation == 0 { // "u.s" is the key of "U.S."
			return false
		}
	}
	return true
}

// formerRole reports whether one of e's roles is one it held before:
// "former president", "ex-minister".
func formerRole(e *entity) bool {
	for _, r := range e.roles {
		r = strings.ToLower(r)
		if strings.Contains(r, "former") || strings.Contains(r, "ex-") {
			return true
		}
	}
	return false
}

// resolvePersonDescription resolves a description of a person ("the
// spokeswoman", "the 61-year-old", "Putin's spokesperson", head word at
// token h, phrase from token i) to the most recent entity with that role or
// age, else to the person who spoke or was the subject just before.
func (d *doc) resolvePersonDescription(i, h, at int, head string) int {
	age := ageOf(head)
	if age == 0 && d.unnamedSpokeAs(head, at) {
		// "A senior official, who asked not to be named, said ... “...,”
		// the official added": the unnamed one again, not whoever was
		// named before.
		return -1
	}
	for k := i; k < h && age == 0; k++ {
		age = ageOf(d.lower(k)) // "the 54-year-old engineer": the age picks her out
	}
	// "the teenager" is whoever the text gives an age of 13 to 19, and
	// never one it gives an older age.
	teen := age == 0 && (head == "teenager" || head == "teen")
	if age == 0 && head == "veteran" {
		if e := d.oldestAged(at); e >= 0 {
			return e // "Sailor Anders Hoel, 71, and newcomer Kim Varro, 19 ... the veteran said"
		}
	}
	owner := d.ownerIn(i, h)
	side := courtSide(head) // a part in a trial, asked once: the loop below looks back at every mention
	// "The petitioner's counsel", "the defendant's lawyer": the lawyer of
	// a party the phrase names by its part, whom only one the text gave a
	// part in the trial can be; the party named before is not its lawyer.
	partysLawyer := side != "" && d.litigantPossessive(i, h)
	fallback, recent := -1, -1
	fallbackTok, recentTok := -1, -1
	other := false // a holder of the role in another field was passed over
	// "the Prime Minister" is not a deputy prime minister who is also a
	// minister of something: the title word before the head must be the
	// holder's too.
	titleMod := ""
	if m := h - 1; m >= i && d.toks[m].has(lxTitle) && !d.toks[m].has(lxDet|lxFunc) && !(m-1 >= i && deputyBefore(d.lower(m-1))) {
		titleMod = d.lower(m)
	}
	dep := d.deputyIn(i, h)
	former := false
	for k := i; k < h; k++ {
		former = former || d.isWord(k, "former") && d.toks[k].lowerWord()
	}
	headQ := newRoleQuery(head) // worked out once for every mention looked back at
	headQ.notPrime = head == "minister" && !d.isWord(h-1, "prime")
	// "the opponent swore in front of her supporters": the clause's own
	// "her" tells whom the description may fall back on.
	ownGender := d.ownPossessiveGender(at)
	ownMatch, ownMatchTok := -1, -1
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() || int(v) == owner {
			continue
		}
		e := &d.ents[v]
		// Whether e holds the role the description names, asked once for
		// the five tests below: most mentions looked back at do not.
		holdsHead := age == 0 && headQ.heldBy(e)
		if holdsHead && former && !formerRole(e) {
			// "the former president urged" is not "Chinese President
			// Yang Shangkun", who holds the office now.
			other = true
			continue
		}
		if age == 0 && dep != "" {
			// "The deputy mayor said": the deputy named before, never the
			// mayor.
			if hasDeputyRole(e, dep, head) {
				return int(v)
			}
			if holdsHead {
				other = true
				continue
			}
		}
		if holdsHead && titleMod != "" && !hasRoleWord(e, titleMod) {
			other = true
			continue
		}
		if holdsHead && owner >= 0 && roleOfOther(e, head, &d.ents[owner]) {
			// "Harbour Freight's CEO said" after "Tidemark CEO Ilse
			// Varga": the other company's chief, not named.
			other = true
			continue
		}
		if holdsHead && d.otherField(i, h, int(v), head) {
			// "The health minister said" after "Civil Aviation Minister
			// Hardeep Puri": another minister.
			other = true
			continue
		}
		if holdsHead && e.spoke < 0 {
			if o := d.titleSpeakerBeside(k, int(v), &headQ); o >= 0 {
				// "Brenn said before telephoning Morland President Oskar
				// Dahl. The President called it ...": the holder who
				// spoke there, not the one only mentioned beside him.
				return o
			}
		}
		if age > 0 && e.age == age || holdsHead {
			return int(v)
		}
		if teen && e.age >= 13 && e.age <= 19 {
			return int(v) // "Sixteen-year-old Ida Farn ... the teenager said"
		}
		if side != "" && age == 0 {
			// "the prosecutor" is Crown counsel Leonie Hartwick.
			es := e.courtSide()
			if es == side {
				return int(v)
			}
			if es != "" {
				// "Achebe, the barrister, suggested ... “...,” said the
				// witness": one of another part in the trial is not
				// the one described, however recent.
				continue
			}
		}
		if e.personish() && !partysLawyer && k >= d.windowStart(at) && !(age > 0 && e.age > 0) && !(teen && e.age > 19) && !d.inNameList(k) &&
			!(ownGender != gUnknown && e.gender != gUnknown && e.gender != ownGender) {
			// Whoever's age the text gives is not "the 19-year-old" of
			// another age: "Tomas Brenn, 45, and his son, 19,". One of a
			// list of names is no one described: "following the arrivals
			// of Tom Ekker, Jon Bastow and Piet Arnaud. “...,” the Spanish
			// forward said" is the signing the story is about.
			if fallback < 0 && d.salient(int(v), k) {
				fallback, fallbackTok = int(v), k
			}
			if recent < 0 {
				recent, recentTok = int(v), k
			}
			if ownMatch < 0 && ownGender != gUnknown && e.gender == ownGender && (e.spoke >= 0 || len(e.words) > 1) && d.salient(int(v), k) {
				ownMatch, ownMatchTok = int(v), k
			}
		}
	}
	if other {
		return -1 // someone of that role the story has not named
	}
	if ownMatch >= 0 && (fallback < 0 || d.ents[fallback].gender != ownGender) {
		fallback, fallbackTok = ownMatch, ownMatchTok // known to be of that gender, over a nearer one not known to be
	}
	if fallback < 0 {
		fallback, fallbackTok = recent, recentTok // "with striker Jonah Mbeki scoring twice. The teenager said"
	}
	if fallback >= 0 && age == 0 && (isSpokesperson(head) || head == "official") && d.isWord(i, "the") && owner < 0 {
		if m := d.unnamedRoleBefore(head, i); m >= 0 {
			// "in a statement issued by its spokesman ... Alvar Kett, a
			// trader, said ... “...,” the spokesman said": the unnamed
			// spokesman the text mentioned, for the body he speaks for,
			// not a man of another role named since. Only "the
			// spokesman": "its spokesman" is its owner's.
			return d.unnamedRoleBody(m)
		}
	}
	if fallback >= 0 && age == 0 && isSpokesperson(head) && owner < 0 && d.ents[fallback].kind == kPerson && len(d.ents[fallback].roles) > 0 {
		// "Judge Mara Quell ruled ... the president's spokesman said":
		// a person the text gave an office of their own is nobody's
		// spokesman (whoever held that role was found above); this one
		// the text has not named. Not a team or body taken for a person
		// ("Several Tigers, including manager ..."), whose spokesperson
		// it may well be.
		return -1
	}
	if fallback >= 0 && age == 0 && d.pairedPerson(fallbackTok) {
		return -1 // "Mikkel Aune and Lars Petterin crashed. The driver said": either
	}
	if fallback >= 0 && age == 0 && !patientRole(head) && !kinWord(head) && d.sentOf[fallbackTok] >= d.sentOf[at]-1 && (d.patientSubject(fallbackTok) || d.patientObject(fallbackTok)) {
		// "Oren Dravic was arrested. The officer said", "Mara Quell died.
		// The coroner said": one the last sentence did something to is
		// not the one who did it, nor the one who reports it.
		return -1
	}
	if fallback >= 0 && age == 0 && d.unnamedSpokeSince(fallbackTok, at) {
		// "Mara Quell said ... A resident who asked not to be named said
		// ... “...,” the woman said": the unnamed one who spoke since, not
		// the one named before, whom nothing in the description picks out.
		return -1
	}
	return fallback
}

// titleSpeakerBeside returns another person holding the role q asks for
// who spoke in the sentence of token k, where v, holding it too, is only
// mentioned; or -1.
func (d *doc) titleSpeakerBeside(k, v int, q *roleQuery) int {
	si := d.sentOf[k]
	for o := range d.ents {
		e := &d.ents[o]
		if o == v || e.spoke < 0 || d.sentOf[e.spoke] != si || !e.personish() || !q.heldBy(e) {
			continue
		}
		return o
	}
	return -1
}

// unnamedRoleBefore returns the last token before the description at i
// where the text mentions a holder of the role head ("spokesman",
// "official") with no name: "a spokesman at the foreign ministry", "its
// spokesman", "a ministry official"; not "spokesman Ivo Dask" nor "Ivo
// Dask, a spokesman for the ministry". It returns -1 when there is none.
func (d *doc) unnamedRoleBefore(head string, i int) int {
	same := func(k int) bool {
		w := d.lower(k)
		if head == "official" {
			return w == "official"
		}
		return isSpokesperson(w) && spokesWord(w) == spokesWord(head)
	}
	for k := i - 1; k > 0 && k > i-describeToks; k-- {
		t := &d.toks[k]
		if !t.lowerWord() || t.inQuote() || !same(k) || d.entAt[k] >= 0 {
			continue
		}
		if ci := d.chunkAt[k+1]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
			continue // "spokesman Ivo Dask"
		}
		named := false
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if d.punct(j, ",") {
				if ci := d.chunkAt[j-1]; j > 0 && ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
					named = true // "Ivo Dask, a spokesman for the ministry"
				}
				break
			}
		}
		if !named {
			return k
		}
	}
	return -1
}

// unnamedRoleBody returns the body that the unnamed spokesperson or
// official mentioned at token m speaks for: the one named after "for",
// "at", "of" or "with", or just before ("a Norvan ministry official"),
// or the one "its" or "their" means; failing those, the body that last
// spoke before the mention ("North Korea said ... The statement by a
// spokesman at the North's foreign ministry"); or -1.
func (d *doc) unnamedRoleBody(m int) int {
	body := func(e int) bool {
		return e >= 0 && d.ents[e].orgish() && !d.ents[e].personish()
	}
	if j := m + 1; j+1 < len(d.toks) && d.toks[j].lowerWord() && (d.isWord(j, "for") || d.isWord(j, "at") || d.isWord(j, "of") || d.isWord(j, "with")) {
		j++
		if d.isWord(j, "the") && d.toks[j].lowerWord() {
			j++
		}
		if j < len(d.toks) {
			if ci := d.chunkAt[j]; ci >= 0 && int(d.chunks[ci].first) == j && body(d.chunks[ci].ent) {
				return d.chunks[ci].ent
			}
		}
	}
	if ci := d.chunkAt[m-1]; ci >= 0 && int(d.chunks[ci].last) == m && body(d.chunks[ci].ent) {
		return d.chunks[ci].ent
	}
	if d.toks[m-1].lowerWord() && (d.isWord(m-1, "its") || d.isWord(m-1, "their")) {
		if e := d.resolvePronoun(m-1, m-1); body(e) {
			return e
		}
	}
	for ci := len(d.cues) - 1; ci >= 0; ci-- {
		if c := &d.cues[ci]; c.verb < m && c.found && !c.skip && body(c.ent) {
			return c.ent
		}
	}
	return -1
}

// patientSubject reports whether the name at token k is the subject of a
// verb that does something to it: a passive ("was arrested", "had been
// rescued") or "died". A passive that gives a post ("was appointed",
// "was elected") is not one: "The coach said" may be the one appointed.
func (d *doc) patientSubject(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	n := int(d.chunks[ci].last)
	last := d.sents[d.sentOf[k]].last
	n = d.skipAdverbs(n, last)
	if n >= last || !d.toks[n].lowerWord() {
		return false
	}
	switch d.lower(n) {
	case "died":
		return true
	case "was", "were":
		n++
	case "has", "had", "have":
		if !d.isWord(n+1, "been") {
			return false
		}
		n += 2
	default:
		return false
	}
	n = d.skipAdverbs(n, last)
	if n >= last || !d.toks[n].lowerWord() || !(d.participle(n) && d.toks[n].cv == 0 || harmParticiple(d.lower(n))) {
		return false
	}
	return !givesPost(d.lower(n))
}

// givesPost reports whether the past form w gives its patient a post or
// a part, after which "the coach", "the striker" may be that one: "was
// appointed", "signed Oren Dravic".
func givesPost(w string) bool {
	switch w {
	case "appointed", "elected", "re-elected", "named", "promoted", "hired", "sworn", "nominated", "chosen", "selected",
		"made", "installed", "reappointed", "confirmed", "signed", "recruited", "drafted", "picked", "tapped", "based",
		"interviewed", "employed", "trained", "educated", "raised", "involved", "joined", "accompanied", "seated",
		"married", "engaged", "pictured", "shown", "seen", "cast", "crowned", "honoured", "honored", "awarded", "praised",
		"thanked", "welcomed", "introduced", "succeeded", "replaced", "followed", "quoted", "asked", "called":
		return true
	}
	return false
}

// patientObject reports whether the name at token k is the object of a
// past verb that does something to it: "Police arrested Oren Dravic", "a
// lorry hit Mara Quell".
func (d *doc) patientObject(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	p := int(d.chunks[ci].first) - 1
	if p < 1 || int(d.sentOf[p]) != int(d.sentOf[k]) || !d.toks[p].lowerWord() || givesPost(d.lower(p)) {
		return false
	}
	if !(d.endsWith(p, "ed") && d.toks[p].cv == 0 && !d.toks[p].has(lxAux|lxPrep|lxFunc) || harmParticiple(d.lower(p))) {
		return false
	}
	// Not a passive's participle ("was named Oren Dravic") nor an
	// adjective ("the injured Mara Quell").
	b := &d.toks[p-1]
	return !(b.kind == tkWord && (b.has(lxAux|lxDet) || d.isWord(p-1, "been")))
}

// harmParticiple reports whether w is an irregular past participle of
// what is done to someone: "was shot", "was hit", "was found".
func harmParticiple(w string) bool {
	switch w {
	case "shot", "hit", "hurt", "beaten", "struck", "caught", "found", "bitten", "thrown", "stolen", "swept", "stuck", "slain":
		return true
	}
	return false
}

// patientRole reports whether w describes one a passive sentence did
// something to: "the victim", "the suspect", "the defendant".
func patientRole(w string) bool {
	switch w {
	case "victim", "suspect", "defendant", "accused", "survivor", "patient", "deceased", "prisoner", "detainee",
		"inmate", "casualty", "man", "woman", "boy", "girl", "child", "teenager", "teen", "youngster", "pensioner",
		"driver", "passenger", "cyclist", "pedestrian", "motorist", "rider", "hiker", "climber", "swimmer",
		"worker", "tourist", "student", "pupil", "resident", "owner", "player", "actor", "actress", "singer", "star",
		"candidate":
		return true
	}
	return false
}

// oldestAged returns the person the text gives the highest age in the
// description's reach before token at, when it gives another person an
// age at least ten years younger; or -1.
func (d *doc) oldestAged(at int) int {
	best, second := -1, -1
	seen := map[int32]bool{}
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || seen[v] || d.toks[k].inQuote() || !d.ents[v].personish() || d.ents[v].age == 0 {
			continue
		}
		seen[v] = true
		switch a := d.ents[v].age; {
		case best < 0 || a > d.ents[best].age:
			best, second = int(v), best
		case second < 0 || a > d.ents[second].age:
			second = int(v)
		}
	}
	if best < 0 || second < 0 || d.ents[best].age-d.ents[second].age < 10 {
		return -1
	}
	return best
}

// pairedPerson reports whether the name ending at token k is joined by
// "and" to another person's name: "Mikkel Aune and Lars Petterin", where a
// description guessed from salience alone may mean either.
func (d *doc) pairedPerson(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	c := &d.chunks[ci]
	other := func(ci int32) bool {
		return ci >= 0 && d.chunks[ci].ent >= 0 && d.chunks[ci].ent != c.ent && d.ents[d.chunks[ci].ent].personish()
	}
	if c.first >= 2 && d.isWord(c.first-1, "and") && other(d.chunkAt[c.first-2]) {
		return true
	}
	return c.last+1 < len(d.toks) && d.isWord(c.last, "and") && other(d.chunkAt[c.last+1])
}

// inNameList reports whether the mention ending at token k is one of a
// list of three or more people's names joined by commas and "and" ("Tom
// Ekker, Jon Bastow and Piet Arnaud").
func (d *doc) inNameList(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	person := func(ci int32) bool {
		return ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish()
	}
	joiner := func(j int) bool {
		return j >= 0 && j < len(d.toks) && (d.punct(j, ",") || d.isWord(j, "and") && d.toks[j].lowerWord())
	}
	n := 1
	// Back over "A, " and "A and ".
	for c := &d.chunks[ci]; n < 3; {
		j := int(c.first) - 1
		if !joiner(j) || j < 1 || !person(d.chunkAt[j-1]) {
			break
		}
		if d.isWord(j, "and") && j >= 1 && d.punct(j-1, ",") {
			break
		}
		n++
		c = &d.chunks[d.chunkAt[j-1]]
	}
	// On over ", B" and "and B", and ", and B".
	for c := &d.chunks[ci]; n < 3; {
		j := int(c.last)
		if !joiner(j) {
			break
		}
		if d.punct(j, ",") && d.isWord(j+1, "and") {
			j++
		}
		if j+1 >= len(d.toks) || !person(d.chunkAt[j+1]) {
			break
		}
		n++
		c = &d.chunks[d.chunkAt[j+1]]
	}
	return n >= 3
}

// unnamedSpokeAs reports whether an unnamed speaker described by head
// ("a senior official", "one source") spoke in the last two sentences
// before token at, with no named holder of that role speaking since.
func (d *doc) unnamedSpokeAs(head string, at int) bool {
	cur, para := int(d.sentOf[at]), int(d.toks[at].para)
	for k := len(d.cues) - 1; k >= 0; k-- {
		c := &d.cues[k]
		if c.verb >= at {
			continue
		}
		// Two sentences back, or two paragraphs of up to six sentences:
		// "A ministry spokeswoman told the Post ... | The Post asked ...
		// Mr Ostrem then walked out ... | The spokeswoman insisted".
		if sc := int(d.sentOf[c.verb]); sc < cur-2 && (int(d.toks[c.verb].para) < para-2 || sc < cur-6) {
			return false
		}
		if !c.found || c.skip {
			continue
		}
		if c.ent >= 0 {
			if hasRoleWord(&d.ents[c.ent], head) {
				return false
			}
			continue
		}
		from, to := c.subjFirst, c.verb
		if c.inverted {
			from, to = c.verb+1, c.after
		}
		for j := from; j < to && j < len(d.toks); j++ {
			if d.toks[j].lowerWord() && d.isWord(j, head) {
				return true
			}
		}
	}
	return false
}

// courtSide returns the part in a trial that a word or a role names:
// "prosecution" (the prosecutor, Crown counsel), "defence", "bench" (the
// judge), "defendant" (the accused), "witness", "counsel" (a lawyer of
// either side), or "".
func courtSide(role string) string {
	r := strings.ToLower(role)
	switch {
	case strings.Contains(r, "prosecut") || strings.Contains(r, "crown counsel") || strings.Contains(r, "district attorney") ||
		strings.Contains(r, "state attorney"):
		return "prosecution"
	case strings.Contains(r, "defence") || strings.Contains(r, "defense"):
		return "defence"
	case strings.HasSuffix(r, "attorney general") || strings.HasSuffix(r, "advocate general") || strings.HasSuffix(r, "solicitor general"):
		// "Punjab Advocate General Amhed Awais": the state's own law
		// officer, whom "the petitioner's lawyer" never means. Asked
		// before "counsel": "state attorney" is the prosecution.
		return "state"
	case r == "judge" || r == "magistrate" || strings.HasSuffix(r, " judge") || strings.HasPrefix(r, "judge "):
		return "bench"
	case r == "justice" || strings.HasSuffix(r, " justice") && !strings.Contains(r, " of "):
		// "Justice Omar Velk", "Chief Justice Pavel Orrin": a judge of a
		// high court by the title such courts give, whom "the
		// petitioner's counsel" never means; a Minister of Justice is
		// none.
		return "bench"
	case r == "defendant" || r == "accused" || strings.HasSuffix(r, " defendant"):
		return "defendant"
	case r == "witness" || strings.HasSuffix(r, " witness"):
		return "witness"
	case r == "lawyer" || r == "barrister" || r == "counsel" || r == "attorney" || r == "solicitor" ||
		strings.HasSuffix(r, " lawyer") || strings.HasSuffix(r, " barrister") || strings.HasSuffix(r, " counsel") ||
		strings.HasSuffix(r, " attorney") || strings.HasSuffix(r, " solicitor"):
		return "counsel"
	}
	return ""
}

// courtSide returns the part in a trial that one of e's roles names, or "".
func (e *entity) courtSide() string {
	for _, r := range e.roles {
		if s := courtSide(r); s != "" {
			return s
		}
	}
	return ""
}

// litigantPossessive reports whether the phrase from token i to its head
// at h holds a party to a case by its part, with a possessive: "the
// petitioner's", "the defendant's", "the plaintiffs'".
func (d *doc) litigantPossessive(i, h int) bool {
	for k := i; k+1 < h; k++ {
		if d.toks[k+1].kind != tkPoss || !d.toks[k].lowerWord() {
			continue
		}
		switch strings.TrimSuffix(d.lower(k), "s") {
		case "petitioner", "defendant", "plaintiff", "respondent", "appellant", "complainant", "claimant", "applicant", "accused":
			return true
		}
	}
	return false
}

// otherCourtSide reports whether e takes another part in a trial than
// the one the role word head names: "Justice Omar Velk observed ... The
// petitioner's counsel stated" is a lawyer, never the judge who spoke
// last.
func (e *entity) otherCourtSide(head string) bool {
	side := courtSide(head)
	if side == "" {
		return false
	}
	es := e.courtSide()
	return es != "" && es != side
}

// kinWord reports whether w names a person by family tie: "the father",
// "the widow". Such a word is no title, even where it can be one ("Father
// Brown").
func kinWord(w string) bool {
	switch w {
	case "father", "mother", "husband", "wife", "son", "daughter", "brother", "sister", "widow", "widower",
		"grandfather", "grandmother", "uncle", "aunt":
		return true
	}
	return false
}

// parentWord reports whether w names a parent or grandparent, the words
// that describe someone by a count of children: "mother of three".
func parentWord(w string) bool {
	switch w {
	case "mother", "father", "mom", "mum", "dad", "grandmother", "grandfather", "parent":
		return true
	}
	return false
}

// resolveKin resolves "the mother", "the father" (head word at token h) to
// the most recent person of that sex: a story that
// says "the mother" has just named the family ("Piet and Odile Brask"),
// and the other parent is not her.
func (d *doc) resolveKin(h, at int) int {
	want := genderOfWord(d.toks[h].lx &^ lxTitle)
	if want == gUnknown {
		return -1
	}
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() || d.chunkAt[k] < 0 {
			continue
		}
		if e := &d.ents[v]; e.personish() && e.gender == want {
			return int(v)
		}
	}
	return -1
}

// relativeOf resolves "her father", "his wife" (kin word at token h) to
// the person of o's family named last before the cue at token at: one
// who shares o's surname and whose sex, if known, fits the word. It
// returns -1 when there is none.
func (d *doc) relativeOf(o, h, at int) int {
	want := genderOfWord(d.toks[h].lx &^ lxTitle)
	ow := d.ents[o].words
	if len(ow) == 0 {
		return -1
	}
	surname := ow[len(ow)-1]
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || int(v) == o || d.toks[k].inQuote() || d.chunkAt[k] < 0 {
			continue
		}
		e := &d.ents[v]
		if !e.personish() || e.gender != gUnknown && want != gUnknown && e.gender != want && !e.genderHint {
			continue
		}
		if len(e.words) > 1 && e.words[len(e.words)-1] == surname {
			return int(v)
		}
	}
	return -1
}

// otherField reports whether the description from token i to its head
// word at h names a role in another field than the one entity e holds:
// "the health minister" against Transport Minister Lars Brenn.
func (d *doc) otherField(i, h, e int, head string) bool {
	k := h - 1
	if k < i || !d.toks[k].lowerWord() || d.toks[k].has(lxDet|lxFunc|lxAdverb) || d.endsWith(k, "ed") || d.endsWith(k, "ing") {
		return false // "the embattled minister", "the outgoing president"
	}
	if ageOf(d.lower(k)) > 0 {
		return false // "the 58-year-old minister": the holder's age, not the office's field
	}
	switch d.lower(k) {
	case "former", "new", "current", "then", "acting", "interim", "senior", "top", "local", "young", "veteran",
		"caretaker", "longtime", "long-time": // "said the caretaker coach": how the role is held, not its field
		return false
	}
	rm := roleModifier(&d.ents[e], head)
	return rm != "" && rm != d.lower(k) && !d.sharesFieldWord(i, h, &d.ents[e], head)
}

// sharesFieldWord reports whether a lower-case word of the description
// [i, h) stands, singular or plural, in a role of e that holds head: "the
// opposition party leader" is "opposition leader Ivo Dane", "the refugee
// commissioner" is "High Commissioner for Refugees Lena Kask", though the
// word just before the head differs.
func (d *doc) sharesFieldWord(i, h int, e *entity, head string) bool {
	for _, r := range e.roles {
		words := strings.Fields(strings.ToLower(r))
		if !slices.ContainsFunc(words, func(w string) bool { return strings.Trim(w, ",'’") == head }) {
			continue
		}
		for k := max(i, 0); k < h; k++ {
			if !d.toks[k].lowerWord() || d.toks[k].has(lxDet|lxFunc) {
				continue
			}
			w := d.lower(k)
			for _, rw := range words {
				rw = strings.Trim(rw, ",'’")
				if rw != head && (rw == w || rw == w+"s" || w == rw+"s") {
					return true
				}
			}
		}
	}
	return false
}

// roleModifier returns, lower-cased, the word before head in the role of
// e that holds it ("aviation" in "Civil Aviation Minister"), or "" when
// that role has none.
func roleModifier(e *entity, head string) string {
	for _, r := range e.roles {
		words := strings.Fields(r)
		for i, w := range words {
			if strings.EqualFold(strings.Trim(w, ",'’"), head) {
				if i == 0 {
					return ""
				}
				before := strings.ToLower(words[i-1])
				if strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "s'") ||
					strings.HasSuffix(before, "s’") || lex.lookup(before)&lxDet != 0 {
					// "The service's chief officer": whose chief, not of
					// what field, so "the fire chief" may be him.
					return ""
				}
				return strings.Trim(before, ",'’")
			}
		}
	}
	return ""
}

// describedBy returns the entity that already holds the role head (or the
// age it gives), as seen from token at, or -1: no guess from salience.
func (d *doc) describedBy(i, h, at int, head string) int {
	age := ageOf(head)
	// "The health minister" after "Health Minister Anika Rolf and Finance
	// Minister Lars Brenn": the modifier picks the one. An age is none:
	// "the 58-year-old minister" is the minister, whose age the text may
	// never have given.
	mod := ""
	if k := h - 1; k >= i && (d.toks[k].lowerWord() || d.toks[k].capWord() && (d.toks[k].has(lxTitle) || d.chunkAt[k] >= 0)) && !d.toks[k].has(lxDet|lxFunc) && !d.isWord(k, "former") && ageOf(d.lower(k)) == 0 {
		// "the health minister", "the Prime Minister", and a name: "the
		// Rovers coach" after "Rovers' coach, Branko Vidmar" and "Athletic's
		// Solveig Marr", his opposite number.
		mod = d.lower(k)
	}
	fallback := -1
	dep := d.deputyIn(i, h)
	side := courtSide(head) // asked once, not for every mention looked back at
	headQ := newRoleQuery(head)
	headQ.notPrime = head == "minister" && !d.isWord(h-1, "prime")
	former := false
	for k := i; k < h; k++ {
		former = former || d.isWord(k, "former") && d.toks[k].lowerWord()
	}
	for k := at - 1; k >= 0 && k > at-describeToks; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() {
			continue
		}
		if former && age == 0 && headQ.heldBy(&d.ents[v]) && !formerRole(&d.ents[v]) {
			continue // "the former president" is not President Yang Shan, in office now
		}
		if age == 0 && dep != "" {
			if hasDeputyRole(&d.ents[v], dep, head) {
				return int(v) // "the vice president" after "Vice President Anna Varga"
			}
			continue // and never President Tomas Brenn
		}
		if age == 0 && side != "" && side == d.ents[v].courtSide() {
			return int(v) // "the prosecutor" after Crown counsel Leonie Hartwick
		}
		if age == 0 && mod != "" && (head == "chief" || head == "boss") && d.topTitledBy(k, mod) {
			// "the PCB chief" after "Pakistan Cricket Board (PCB)
			// Chairman Mohsin Naqvi", "the FIFA chief" after "FIFA
			// President Gianni Infantino": whoever the body's name and
			// its top office's title open the name of leads it.
			return int(v)
		}
		if e := &d.ents[v]; age > 0 && e.age == age || age == 0 && headQ.heldBy(e) {
			if mod == "" || hasRoleWord(e, mod) {
				return int(v)
			}
			if age == 0 && localLevel(mod) && roleModifier(e, head) == "" {
				// "the city councilor" after "Councilor Ed Palma": a
				// local office's bare title is the city's, the nearest
				// holder, not "City Councilor Ely Ruiz" named before.
				return int(v)
			}
			if age == 0 && d.otherField(i, h, int(v), head) {
				continue // "the health minister" is not Civil Aviation Minister Puri
			}
			if fallback < 0 {
				fallback = int(v)
			}
		}
	}
	return fallback
}

// localLevel reports whether w names the level of a local office ("the
// city councilor", "the county commissioner"), which a bare title leaves
// unsaid rather than contradicts.
func localLevel(w string) bool {
	switch w {
	case "city", "town", "county", "municipal", "village", "borough", "district", "parish":
		return true
	}
	return false
}

// titled reports whether entity e holds a title: a role with a title word
// ("Foreign Secretary").
func (d *doc) titled(e int) bool {
	for _, r := range d.ents[e].roles {
		for w := range strings.FieldsSeq(r) {
			if lex.lookup(w)&lxTitle != 0 && lex.lookup(w)&lxHonorific == 0 {
				return true
			}
		}
	}
	return false
}

// hasRoleWord reports whether one of e's roles holds the word w
// (spokesperson, spokesman and spokeswoman count as one).
func hasRoleWord(e *entity, w string) bool {
	q := newRoleQuery(w)
	return q.heldBy(e)
}

// spokesWord folds the words for a spokesperson into one.
func spokesWord(s string) string {
	switch s {
	case "spokesman", "spokeswoman", "spokesperson", "spokespeople":
		return "spokesperson"
	}
	return s
}

// heldBy reports whether one of e's roles holds the word q.w: it is
// hasRoleWord for a loop that asks it of many entities, which works out
// the query once.
func (q *roleQuery) heldBy(e *entity) bool {
	w := q.w
	for _, f := range e.forms {
		// "the duke" is the Duke of Calder.
		if len(f) > len(w)+4 && strings.EqualFold(f[:len(w)], w) && f[len(w):len(w)+4] == " of " {
			return true
		}
	}
	if q.category {
		// An honorific is kept in the forms, not the roles: "Sheikh Hamad
		// al-Tarik" is "the cleric".
		for _, f := range e.forms {
			if sp := strings.IndexByte(f, ' '); sp > 0 && titleIn(q.titles, f[:sp]) && !titleWordAfter(f, sp) {
				return true
			}
		}
	}
	// Split each role at spaces, commas and apostrophes without
	// allocating: this runs for every mention a description looks back at.
	for _, r := range e.roles {
		start := 0
		for i := 0; i <= len(r); i++ {
			// One load turns away a byte of a word: only a space, a
			// comma, an apostrophe and the first byte of a curly one
			// are marked.
			if i < len(r) && (!roleSplitByte[r[i]] || r[i] == 0xe2 && !strings.HasPrefix(r[i:], "’")) {
				continue
			}
			if f := r[start:i]; f != "" && (strings.EqualFold(f, w) || w == "spokesperson" && strings.EqualFold(spokesWord(strings.ToLower(f)), w) || titleSynonym(f, q, r)) &&
				!deputyBefore(r[:start]) && !(q.notPrime && w == "minister" && primeBefore(r[:start])) {
				return true
			}
			if i < len(r) && r[i] == 0xe2 {
				i += len("’") - 1
			}
			start = i + 1
		}
	}
	return false
}

// roleSplitByte marks the bytes heldBy splits a role at: a space, a
// comma, an apostrophe, and 0xe2, which opens a curly one ("’") and
// other marks, told apart by the bytes after it. It is only read.
var roleSplitByte = [256]bool{' ': true, ',': true, '\'': true, 0xe2: true}

// roleQuery is the word w hasRoleWord looks for in an entity's roles,
// with what titleSynonym asks of w alone worked out once, not again for
// each word of each role: a description looks back at every mention in
// its window, and each asked this of every word of every role.
type roleQuery struct {
	w        string
	chair    bool   // w is a word for the chair (chairWord)
	category bool   // w names a category of titles (titleCategories)
	titles   string // those titles
	abbrev   bool   // w is a full word of a title abbreviation (titleAbbrevs)
	notPrime bool   // the description is "the minister", no "prime" before it: a prime minister does not hold it
}

func newRoleQuery(w string) roleQuery {
	w = spokesWord(w)
	q := roleQuery{w: w, chair: chairWord(w), abbrev: titleAbbrevWords[w]}
	q.titles, q.category = titleCategories[w]
	return q
}

// titleAbbrevWords holds every full word of titleAbbrevs.
var titleAbbrevWords = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range titleAbbrevs {
		for full := range strings.FieldsSeq(a.full) {
			m[full] = true
		}
	}
	return m
}()

// chairWord reports whether s is a word for the chair of a body.
func chairWord(s string) bool {
	return equalFoldLetter(s, "chair") || equalFoldLetter(s, "chairman") || equalFoldLetter(s, "chairwoman") || equalFoldLetter(s, "chairperson")
}

// equalFoldLetter is strings.EqualFold(s, t) for a lower-case ASCII t
// opening with a letter no other letter folds to (not k, which the Kelvin
// sign folds to, nor s, which the long s does): the first byte turns away
// most words before EqualFold runs, as chairWord and titleSynonym ask it
// of every word of every role a description looks back at.
func equalFoldLetter(s, t string) bool {
	return s != "" && s[0]|0x20 == t[0] && strings.EqualFold(s, t)
}

// titleSynonym reports whether the word f of role r names the title q.w
// too by another name: "the chief executive" and "the CEO" are one, and so
// are "the premier" and "the prime minister", and "the chair" and "the
// chairwoman".
func titleSynonym(f string, q *roleQuery, r string) bool {
	w := q.w
	switch {
	case q.chair && chairWord(f):
		return true // "the chair" after "chairwoman Mara Quell"
	case equalFoldLetter(f, "ceo"):
		return w == "executive" || w == "chief"
	case w == "ceo":
		return strings.EqualFold(f, "executive") && containsFold(r, "chief executive")
	case (w == "chief" || w == "boss") && (strings.EqualFold(f, "head") || strings.EqualFold(f, "director")):
		// "the fund chief" after "Lena Brandt, who heads the Tarvik
		// Monetary Fund" (its head) or its managing director; not its
		// head coach, nor a director of its board.
		return containsFold(r, "head of") || containsFold(r, "managing director") || containsFold(r, "director-general") || containsFold(r, "director general")
	case (w == "chief" || w == "boss") && strings.EqualFold(f, "commissioner"):
		// "the police boss" after "the State Police Commissioner, Osk
		// Marrow": a police force's commissioner is its chief.
		return containsFold(r, "police")
	case equalFoldLetter(f, "pm"):
		return w == "minister" || w == "prime" || w == "premier"
	case w == "pm":
		return strings.EqualFold(f, "minister") && containsFold(r, "prime minister") || strings.EqualFold(f, "premier")
	case w == "lop":
		// "the Rajya Sabha LoP" after "Leader of Opposition in the House
		// Mallikarjun Kharge": the Leader of the Opposition.
		return strings.EqualFold(f, "leader")
	case equalFoldLetter(f, "premier"):
		return w == "minister" || w == "prime"
	case w == "premier":
		return strings.EqualFold(f, "minister") && containsFold(r, "prime minister")
	case w == "spokesperson" && strings.EqualFold(f, "officer"):
		// "the police spokesman" after "the Police Public Relations
		// Officer, DSP Bala Okoro": a body's press officer is its
		// spokesman by another name.
		return containsFold(r, "relations officer") || containsFold(r, "press officer") || containsFold(r, "media officer") || containsFold(r, "information officer")
	case w == "tactician" || w == "mentor" || w == "gaffer":
		// "the Portuguese tactician", "the youthful mentor" after "head
		// coach Tomas Adler": a coach or a manager by the sports pages'
		// other names.
		return equalFoldLetter(f, "coach") || strings.EqualFold(f, "manager") || equalFoldLetter(f, "boss")
	case w == "leader" && strings.EqualFold(f, "head"):
		// "the far-right leader" after "PVV head Geert Wilders": a
		// party's or a body's head leads it; not a "head of
		// communications".
		return len(r) >= 4 && strings.EqualFold(r[len(r)-4:], "head") || containsFold(r, "head of the")
	case w == "leader" && strings.EqualFold(f, "minister"):
		return containsFold(r, "prime minister") // "the Tannish leader" after "Prime Minister Tomas Brek"
	}
	// An abbreviation names w only if w is the full word of one.
	if q.abbrev && abbrevTitleNames(f, w) {
		return true
	}
	if !q.category || !titleIn(q.titles, f) {
		return false
	}
	i := strings.Index(strings.ToLower(r), strings.ToLower(f))
	return i < 0 || !titleWordAfter(r, i+len(f))
}

// titleWordAfter reports whether the word after position i of the name
// or role s is a title: "Justice" in "Justice Minister Tomas Brek" is
// the ministry's remit, not a judge's title.
func titleWordAfter(s string, i int) bool {
	rest := strings.Fields(s[min(i, len(s)):])
	return len(rest) > 0 && lex.lookup(strings.ToLower(rest[0]))&lxTitle != 0
}

// titleCategories are words a later description uses for the holders of
// several titles: "Ayatollah Reza Qomari" is "the cleric", "King Halvard"
// "the monarch", "Amb. Lena Hartov" "the envoy".
var titleCategories = map[string]string{
	"cleric":   "ayatollah imam sheikh mufti mullah rabbi pastor priest bishop archbishop cardinal reverend rev father pope patriarch msgr monsignor vicar",
	"monarch":  "king queen emperor empress sultan emir",
	"pontiff":  "pope",
	"prelate":  "archbishop bishop cardinal patriarch msgr monsignor",
	"envoy":    "ambassador amb",
	"diplomat": "ambassador amb envoy",
	"leader":   "president premier chancellor", // "President Ilya Dorn" is "the Norvan leader"; a prime minister's title is two words (titleSynonym)
	"officer":  "sergeant sgt captain capt lieutenant lt detective det inspector insp constable corporal cpl superintendent supt",
	"lawmaker": "senator sen representative rep congressman congresswoman",
	"judge":    "justice magistrate",
	"doctor":   "dr",                     // "Dr Halvor Sunde ... the doctor said"
	"chief":    "director-general",       // "Director-General Petra Lind ... But the chief said"
	"head":     "chief director-general", // "agency chief Lise Dormand ... the head said"
}

// titleIn reports whether the role word f is one of titles, the titles a
// description head names as a category (titleCategories).
func titleIn(titles, f string) bool {
	f = strings.TrimSuffix(f, ".")
	for t := range strings.FieldsSeq(titles) {
		if strings.EqualFold(t, f) {
			return true
		}
	}
	return false
}

// titleAbbrevs are the abbreviated titles of news copy with the words a
// later description uses for their holder: "Gen. Tomas Brenn" is "the
// general", "Rep. Tomas Vell" "the congressman".
var titleAbbrevs = [...]struct{ abbr, full string }{
	{"gen", "general"}, {"sen", "senator"}, {"gov", "governor"}, {"amb", "ambassador"},
	{"rep", "representative congressman congresswoman"}, {"adm", "admiral"}, {"col", "colonel"},
	{"lt", "lieutenant"}, {"sgt", "sergeant"}, {"capt", "captain"}, {"det", "detective"},
	{"insp", "inspector"}, {"supt", "superintendent"}, {"cmdr", "commander"}, {"cdr", "commander"},
	{"brig", "brigadier"}, {"maj", "major"}, {"cpl", "corporal"}, {"pvt", "private"},
	{"prof", "professor"}, {"atty", "attorney"}, {"pres", "president"}, {"msgr", "monsignor"},
	{"cllr", "councillor councilor"}, {"cr", "councillor councilor"}, {"coun", "councillor councilor"}, {"dr", "doctor"}, {"rev", "reverend"},
}

// abbrevTitleNames reports whether the role word f is an abbreviated title
// ("Gen.", "Sen") that the lower-case word w names in full.
func abbrevTitleNames(f, w string) bool {
	f = strings.TrimSuffix(f, ".")
	if len(f) > 4 || len(f) < 2 {
		return false
	}
	for _, a := range titleAbbrevs {
		if strings.EqualFold(a.abbr, f) {
			for full := range strings.FieldsSeq(a.full) {
				if full == w {
					return true
				}
			}
			return false
		}
	}
	return false
}

// containsFold reports whether s holds sub, ignoring ASCII case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// roleOfOther reports whether e holds the role head for a named body
// other than owner: "Tidemark CEO" or "Tidemark's CEO" against "Harbour
// Freight's CEO".
func roleOfOther(e *entity, head string, owner *entity) bool {
	for _, r := range e.roles {
		words := strings.Fields(r)
		for i, w := range words {
			if i == 0 || !strings.EqualFold(strings.Trim(w, ",'’"), head) {
				continue
			}
			// "Tidemark's CEO", and "Rovers' coach" of a plural name.
			body := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(words[i-1], "'s"), "’s"), "'’")
			if body == "" || body[0] < 'A' || body[0] > 'Z' || lex.lookup(body)&(lxTitle|lxRole) != 0 {
				continue // "Chief Executive", "Senior Adviser": a title, no body
			}
			folded := strings.ToLower(body)
			if !slices.Contains(owner.words, folded) && !strings.EqualFold(owner.acro, body) {
				return true
			}
		}
	}
	return false
}

// primeBefore reports whether the role words before end in "prime": a
// prime minister, whom "the minister" never means ("The minister said"
// after "former prime minister Ivo Tamm" is a minister named before).
func primeBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	sp := strings.LastIndexByte(before, ' ')
	return strings.EqualFold(before[sp+1:], "prime")
}

// deputyBefore reports whether a role's words before a head word make it
// someone else's: a vice president is not "the president", and a deputy
// prime minister is not "the minister" either (the deputy word may sit one
// word further back).
func deputyBefore(before string) bool {
	before = strings.TrimRight(before, " ,")
	for range 2 {
		sp := strings.LastIndexByte(before, ' ')
		if deputyWord(before[sp+1:]) {
			return true
		}
		if sp < 0 {
			return false
		}
		before = before[:sp]
		if strings.HasSuffix(before, ",") {
			return false
		}
	}
	return false
}

// deputyWord reports whether w, in any case, makes the role after it a
// second's: "vice", "deputy", "Vice-" in "Vice-Prime".
func deputyWord(w string) bool {
	for _, p := range []string{"vice", "deputy", "assistant", "associate"} {
		if strings.EqualFold(w, p) || len(w) > len(p) && w[len(p)] == '-' && strings.EqualFold(w[:len(p)], p) {
			return true
		}
	}
	return false
}

// deputyIn returns, lower-cased, the deputy word in the description from
// token i to its head word at h ("the deputy prime minister"), or "".
func (d *doc) deputyIn(i, h int) string {
	for k := max(i, h-2); k < h; k++ {
		if d.toks[k].lowerWord() || d.toks[k].capWord() {
			if w := d.lower(k); deputyWord(w) {
				return w
			}
		}
	}
	return ""
}

// hasDeputyRole reports whether one of e's roles holds the head word with
// the deputy word dep just before it, or one word further back: "Deputy
// Prime Minister" for "the deputy prime minister".
func hasDeputyRole(e *entity, dep, head string) bool {
	for _, r := range e.roles {
		words := strings.FieldsFunc(r, func(c rune) bool { return c == ' ' || c == ',' || c == '-' })
		for k, w := range words {
			if !strings.EqualFold(w, head) {
				continue
			}
			for b := max(0, k-2); b < k; b++ {
				if strings.EqualFold(words[b], dep) {
					return true
				}
			}
		}
	}
	return false
}

// whoClauseAbout reports whether the name at k is followed by a "who"
// clause about it ("called Brenn, who conceded"): he is its subject.
func (d *doc) whoClauseAbout(k int) bool {
	j := k + 1
	if ci := d.chunkAt[k]; ci >= 0 {
		j = d.chunks[ci].last
	}
	if d.punct(j, ",") {
		j++
	}
	return d.isWord(j, "who")
}

// relativeSubject reports whether the name ending at token k is the subject
// of a relative clause ("power-sharing in which Osk became prime
// minister"), which a later pronoun seldom means: it goes back to the
// sentence's own subject.
func (d *doc) relativeSubject(k int) bool {
	first := k
	if ci := d.chunkAt[k]; ci >= 0 {
		first = d.chunks[ci].first
	}
	p := first - 1
	return p >= 0 && d.toks[p].lowerWord() && (d.isWord(p, "which") || d.isWord(p, "whom") || d.isWord(p, "where"))
}

// whoseSubject reports whether the mention at token k is the subject of
// a "whose" clause, perhaps after its noun: "whose parent company Tarvo
// Holdings reported".
func (d *doc) whoseSubject(k int) bool {
	p := k - 1
	if ci := d.chunkAt[k]; ci >= 0 {
		p = d.chunks[ci].first - 1
	}
	for n := 0; n < 3 && p >= 0 && d.toks[p].lowerWord() && !d.isWord(p, "whose") && !d.toks[p].has(lxDet|lxPrep|lxFunc|lxAux|lxVerb); n++ {
		p--
	}
	return p >= 0 && d.isWord(p, "whose") && d.toks[p].lowerWord()
}

// reportedByAnother reports whether token k, a mention of entity v, lies
// in the clause another's cue reports: "Piet Dambra said the firm and Mr.
// Holm cut the price" reports Holm; further back, he is no subject of the
// story's, as the one who said it is.
//
// It is asked of every subject further back than the last sentence, so
// reading every cue of the text each time grew with the square of its
// length. A checked cue reports only clauses of its own sentence
// (checkComps), so only the checked cues of k's sentence, found by their
// place in text order, and those not yet checked can report k; with a
// cue seen to break that, every cue is read.
func (d *doc) reportedByAnother(k, v int) bool {
	cues, rest := d.cuesOfSentence(d.sents[d.sentOf[k]])
	return reportedIn(cues, k, v) || reportedIn(rest, k, v)
}

// reportedIn reports whether one of cues, found and not skipped, whose
// speaker is known and not entity v, reports a clause holding token k.
func reportedIn(cues []cue, k, v int) bool {
	for ci := range cues {
		c := &cues[ci]
		if !c.found || c.skip || c.ent < 0 || c.ent == v {
			continue
		}
		for _, cp := range c.comps {
			if k >= cp[0] && k < cp[1] {
				return true
			}
		}
	}
	return false
}

// subordinateSubject reports whether the name at token k is the subject
// of a clause of time or cause, not of its sentence: "Ilse Varga spoke
// after Tolvan Brenn left the room."
func (d *doc) subordinateSubject(k int) bool {
	first := k
	if ci := d.chunkAt[k]; ci >= 0 {
		first = d.chunks[ci].first
	}
	p := first - 1
	if p < 0 || !d.toks[p].lowerWord() {
		return false
	}
	switch d.lower(p) {
	case "after", "before", "when", "while", "because", "although", "though", "since", "until", "once", "unless":
		return true
	}
	return false
}

// otherMainSubject reports whether the sentence of token k, where entity
// v is named but is not the subject, opens with another person as its
// main subject, of gender want or of none known: "Ilse Varga, who takes
// over in May, praised Brenn for his work. He said": the story has
// turned to her, though Brenn spoke earlier in the paragraph.
func (d *doc) otherMainSubject(k, v int, want gender) bool {
	si := int(d.sentOf[k])
	if d.subjectAt(k) && !d.reportedClauseSubject(k) {
		return false
	}
	for m := d.sents[si].first; m < k; m++ {
		o := d.entAt[m]
		if o < 0 || int(o) == v || d.toks[m].inQuote() {
			continue
		}
		e := &d.ents[o]
		if ci := d.chunkAt[m]; ci >= 0 && d.chunks[ci].last-1 != m {
			continue // the name's last word decides whether it is a subject
		}
		return e.personish() && (e.gender == want || e.gender == gUnknown) && d.mainSubject(m, si)
	}
	return false
}

// reportedClauseSubject reports whether the name at token k is the
// subject of a clause held by a noun of report or claim before it,
// with "that" or without, perhaps after a description set off by
// commas: "claims that the club's coach, Lukas Varne, had", "reports
// Lukas Varne had resigned", "news that Varne would stand".
func (d *doc) reportedClauseSubject(k int) bool {
	first := k
	if ci := d.chunkAt[k]; ci >= 0 {
		first = d.chunks[ci].first
	}
	sf := d.sents[d.sentOf[k]].first
	comma := false
	for j := first - 1; j >= sf && j > first-9; j-- {
		t := &d.toks[j]
		switch {
		case t.lowerWord() && newsClauseNoun(d.lower(j)):
			return !comma // "Despite the rumours, Varne met": an opening phrase, no clause
		case d.isWord(j, "that") && t.lowerWord():
			return j-1 >= sf && d.toks[j-1].lowerWord() && newsClauseNoun(d.lower(j-1))
		case d.punct(j, ","):
			comma = true
		case t.kind == tkPoss || t.lowerWord() && t.cv == 0 && !t.has(lxVerb|lxAux|lxPrep|lxPronoun):
			// "the club's coach," before the name
		default:
			return false
		}
	}
	return false
}

// newsClauseNoun reports whether w is a noun of news or claim that takes a
// clause: "reports (that) ...", "claims that ...".
func newsClauseNoun(w string) bool {
	switch w {
	case "reports", "report", "claims", "claim", "news", "rumours", "rumors", "rumour", "rumor", "allegations",
		"allegation", "suggestions", "suggestion", "speculation", "fears":
		return true
	}
	return false
}

// inRelativeOfAnother reports whether the name of entity v at token k
// stands inside a relative clause ("who voted for Kolmar") whose
// antecedent is another person named just before it in the sentence
// ("Martyn Esh, 52, a bus driver who ...").
func (d *doc) inRelativeOfAnother(k, v int) bool {
	s := d.sents[d.sentOf[k]]
	first := k
	if ci := d.chunkAt[k]; ci >= 0 {
		first = d.chunks[ci].first
	}
	for j := first - 1; j > s.first && j > first-12; j-- {
		t := &d.toks[j]
		if t.kind == tkPunct || t.kind == tkQuote || t.inQuote() {
			return false
		}
		if !t.lowerWord() || !(d.isWord(j, "who") || d.isWord(j, "whom") || d.isWord(j, "whose")) {
			continue
		}
		for m := j - 1; m >= s.first && m > j-12; m-- {
			if e := d.entAt[m]; e >= 0 && int(e) != v && d.ents[e].personish() && !d.toks[m].inQuote() {
				return true
			}
		}
		return false
	}
	return false
}

// kinUnderDescription reports whether the name ending at token k stands
// as another's kin ("his wife Lena", "her husband, Piet,") in a sentence
// whose subject is an unnamed description ("The 41-year-old singer").
func (d *doc) kinUnderDescription(k int) bool {
	first := k
	if ci := d.chunkAt[k]; ci >= 0 {
		first = d.chunks[ci].first
	}
	s := d.sents[d.sentOf[k]]
	j := first - 1
	if j > s.first && d.punct(j, ",") {
		j--
	}
	if j <= s.first || !kinWord(d.lower(j)) || !(d.isWord(j-1, "his") || d.isWord(j-1, "her") || d.isWord(j-1, "their")) {
		return false
	}
	c := d.clauseStart(s)
	return c+1 < s.last && (d.isWord(c, "the") || d.isWord(c, "a")) && d.chunkAt[c] < 0 && d.chunkAt[c+1] < 0
}

// spokeSince reports whether a person other than entity v, not known to
// be of another gender than want, spoke between tokens from and h.
func (d *doc) spokeSince(v int, want gender, from, h int) bool {
	for i := range d.ents {
		e := &d.ents[i]
		if i != v && e.spoke >= from && e.spoke < h && e.personish() && (e.gender == gUnknown || e.gender == want) {
			return true
		}
	}
	return false
}

// possessorOpening reports whether the name at token k is the possessor
// in a sentence's opening "In X's case," (or "view", "words") that
// ends just before the pronoun at h: the pronoun is X.
func (d *doc) possessorOpening(k, h int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	c := &d.chunks[ci]
	s := d.sents[d.sentOf[k]]
	if c.first-1 != s.first || !d.isWord(s.first, "in") || c.last+3 != h || d.toks[c.last].kind != tkPoss {
		return false
	}
	switch d.lower(c.last + 1) {
	case "case", "view", "words", "opinion", "experience", "account", "telling", "version":
	default:
		return false
	}
	return d.punct(c.last+2, ",")
}

// openingClauseSubject reports whether the name at token k is the
// subject of a time clause that opens its sentence and ends, at a comma,
// right before the pronoun at token h: "As Mr Lund left Kelby, he said",
// "When Varga landed, she told reporters".
func (d *doc) openingClauseSubject(k, h int) bool {
	ci := d.chunkAt[k]
	if ci < 0 || h < 2 || !d.punct(h-1, ",") || d.punct(h+2, ",") {
		// "After Vos scored, he said, the team relaxed": a "he said" set
		// in the reported words, the clause part of them.
		return false
	}
	c := &d.chunks[ci]
	s := d.sents[d.sentOf[k]]
	sub := s.first
	if d.isWord(sub, "even") && (d.isWord(sub+1, "though") || d.isWord(sub+1, "as")) && d.toks[sub+1].lowerWord() {
		sub++ // "Even though Vell has called Brenn, he believes": "though" opens the clause
	}
	// A clause of concession or reason opens on its subject as one of
	// time does: "Although Vell congratulated Brenn, he said ...".
	concession := d.toks[s.first].capWord() && (d.isWord(sub, "although") || d.isWord(sub, "though") || d.isWord(sub, "because") || d.isWord(sub, "as") && sub > s.first)
	if int(c.first)-1 != sub || !(d.isWord(s.first, "as") || d.introSubordinator(s.first) || concession) || d.isWord(s.first, "if") || d.isWord(s.first, "on") || d.isWord(s.first, "upon") {
		return false
	}
	for j := c.last; j < h-1; j++ {
		if d.punct(j, ",") || d.toks[j].kind == tkQuote || d.toks[j].inQuote() {
			return false
		}
	}
	return c.last < h-1 && d.toks[c.last].lowerWord()
}

// verbAfterName reports whether a verb follows the name holding token k:
// "Agbaje has called", "Okonjo congratulated"; not "Olympic diver".
func (d *doc) verbAfterName(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	n := int(d.chunks[ci].last)
	if n >= len(d.toks) || !d.toks[n].lowerWord() {
		return false
	}
	return d.toks[n].has(lxAux) || d.toks[n].cv != 0 || d.toks[n].has(lxVerb) && !d.toks[n].has(lxRole|lxCommon) || d.endsWith(n, "ed") && !d.toks[n].has(lxRole)
}

// spokespersonBody returns the organisation whose unnamed spokesperson
// made the last attribution before the pronoun at token h, in the window
// from token from, when the role fits the pronoun's gender and nobody
// has been named since ("A Sussex Police spokesman said ... He added"); or
// -1.
func (d *doc) spokespersonBody(h, from int, want gender) int {
	var c *cue
	at := -1
	for ci := len(d.cues) - 1; ci >= 0; ci-- {
		if d.cues[ci].verb < h && d.cues[ci].found && !d.cues[ci].skip {
			c, at = &d.cues[ci], ci
			break
		}
	}
	if c == nil || c.verb <= from || c.ent < 0 || !d.ents[c.ent].orgish() || d.ents[c.ent].personish() {
		return -1
	}
	lo, hi := min(c.subjFirst, c.verb), max(c.after, c.verb)
	// "A spokesperson for the university urged ..., saying: “...”": the
	// participle's speaker phrase is the clause's, of the cue before it.
	first := d.sents[d.sentOf[c.verb]].first
	for ci := at - 1; ci >= 0 && d.cues[ci].verb >= first; ci-- {
		if p := &d.cues[ci]; p.found && !p.skip && p.ent == c.ent {
			lo = min(lo, p.subjFirst, p.verb)
		}
	}
	role := ""
	for j := lo; j < hi && j < lo+16; j++ {
		if !d.toks[j].inQuote() && d.toks[j].lowerWord() && isSpokesperson(d.lower(j)) {
			role = d.lower(j)
		}
	}
	switch {
	case role == "" && c.subjFirst+1 == c.verb && d.lower(c.subjFirst) == d.lower(h):
		// "A Harlow Office spokesman said ... He denied that ...
		// “...,” he said.": the same pronoun as the last cue's, which
		// was the spokesman's body, is the body still.
	case role == "":
		return -1
	case role == "spokesman" && want != gMale, role == "spokeswoman" && want != gFemale:
		return -1
	}
	for j := hi; j < h; j++ {
		if ci := d.chunkAt[j]; ci >= 0 && !d.toks[j].inQuote() {
			if e := d.chunks[ci].ent; e >= 0 && e != c.ent && d.ents[e].personish() {
				return -1 // "Tomas Brenn, who lives nearby, said ... He said"
			}
		}
	}
	return c.ent
}

// venue reports whether e is named as a hotel ("the Hotel New Yorker"):
// a building, never "he" or "she", whatever its guests' pronouns made of
// it.
func (e *entity) venue() bool {
	return len(e.words) > 1 && (e.words[0] == "hotel" || e.words[0] == "motel")
}

// passiveAgent reports whether the name at token k is the agent of a
// passive, "by" (and a description) before it: "built by the architect
// Linnea Holt".
func (d *doc) passiveAgent(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	first := d.chunks[ci].first
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if d.isWord(j, "by") && d.toks[j].lowerWord() {
			return true
		}
		if !d.toks[j].lowerWord() || d.toks[j].has(lxVerb|lxPrep) && !d.toks[j].has(lxDet) {
			return false
		}
	}
	return false
}

// clubLeftBy reports whether the name ending at token k is a club that a
// player or coach named in the same sentence left or joined: "Coach Idar
// Holm left Fenmoor on Friday", so that "the club" next is Fenmoor.
func (d *doc) clubLeftBy(k int, e *entity) bool {
	if e.gender != gUnknown || len(e.roles) > 0 || e.outlet || e.placeEv > 0 || e.personEv > 2 {
		return false
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].last != k+1 || d.toks[k].inQuote() {
		return false
	}
	c := &d.chunks[ci]
	for j := c.first; j < c.last; j++ {
		if d.toks[j].has(lxFirstName | lxTitle | lxHonorific) {
			return false
		}
	}
	v := c.first - 1
	if v < 1 || !d.toks[v].lowerWord() || !(d.isWord(v, "left") || d.isWord(v, "joined") || d.isWord(v, "quit")) {
		return false
	}
	for j := d.sents[d.sentOf[k]].first; j < v; j++ {
		if d.toks[j].kind == tkWord && sportsRole(d.lower(j)) {
			return true
		}
	}
	return false
}

// firmInGeneral reports whether head names a firm whatever its trade
// ("the company", "the lender"), as a bank may be called; the other
// firm descriptions name a trade no bank carries on ("the utility",
// "the airline").
func firmInGeneral(head string) bool {
	switch head {
	case "company", "firm", "group", "corporation", "business", "consultancy", "lender", "startup", "concern":
		return true
	}
	return false
}

// firmDescription reports whether head describes a company by its trade
// ("the chain", "the lender", "the brewer"), as "the company" does.
func firmDescription(head string) bool {
	switch head {
	case "chain", "brewer", "miner", "operator", "carrier", "airline", "insurer", "lender", "utility", "bank", "retailer":
		return true
	}
	return companyHead(head)
}

// rivalBeside reports whether the mention of e ending at k is joined by
// "and" to a mention of another entity a description fits too, the pair
// opening its sentence ("Harlow Foods and Kellan Dray Corp. both posted
// losses"): a description after the pair may mean either, so it means
// neither. A pair in the object ("will compete with X and Y") is the
// subject's rivals, and the subject is the one meant.
func (d *doc) rivalBeside(k, e int, fits func(int) int) bool {
	const span = 8 // tokens a company's name with its legal form may take
	if d.isWord(k+1, "and") && d.namesOnlyBefore(k+1) {
		for j := k + 2; j < len(d.toks) && j < k+2+span; j++ {
			if d.toks[j].kind == tkWord && d.toks[j].lowerWord() && !d.toks[j].has(lxCompany) {
				break
			}
			if d.entAt[j] >= 0 && int(d.entAt[j]) != e {
				if o := fits(j); o >= 0 && o != e {
					return true
				}
			}
		}
	}
	for j := k - 1; j > 0 && j > k-span; j-- {
		if !d.isWord(j, "and") {
			if d.toks[j].kind == tkWord && d.toks[j].lowerWord() && !d.toks[j].has(lxCompany) {
				break // a lower-case word between: the name stands alone, no pair
			}
			continue
		}
		if !d.namesOnlyBefore(j) {
			break // "will compete with Hadley Mills and Orsk Grain": rivals, not the subject
		}
		for i := j - 1; i >= 0 && i >= j-2; i-- {
			if d.entAt[i] >= 0 && int(d.entAt[i]) != e {
				if o := fits(i); o >= 0 && o != e {
					return true
				}
			}
		}
		break
	}
	return false
}

// financialName reports whether a company's name names the money trade
// ("Lorvik Financial Corp.", "Tarn Bancorp"): "the bank" may mean it,
// as it may not an automaker named before.
func financialName(e *entity) bool {
	for _, w := range e.words {
		switch w {
		case "financial", "bancorp", "bancorporation", "bancshares", "bankshares", "banking":
			return true
		}
	}
	return false
}

// namesOnlyBefore reports whether only a name's words stand before token
// and in its sentence: capitalised words, a company's word, punctuation.
func (d *doc) namesOnlyBefore(and int) bool {
	for j := d.sents[d.sentOf[and]].first; j < and; j++ {
		if t := &d.toks[j]; t.kind == tkWord && t.lowerWord() && !t.has(lxCompany) {
			return false
		}
	}
	return true
}

// otherSpoke reports whether anyone but entity e spoke before token at.
func (d *doc) otherSpoke(e, at int) bool {
	for i := range d.ents {
		if i != e && d.ents[i].spoke >= 0 && d.ents[i].spoke < at {
			return true
		}
	}
	return false
}

// otherPersonBetween reports whether a person other than entity v is
// named between tokens k and h of one sentence, or meant by an object
// pronoun there ("stood behind him while he said": him, then he, may
// both be the other).
func (d *doc) otherPersonBetween(k, h, v int) bool {
	for m := k + 1; m < h; m++ {
		if d.isWord(m, "him") || d.isWord(m, "her") {
			return true
		}
		if o := d.entAt[m]; o >= 0 && int(o) != v && d.ents[o].personish() && !d.toks[m].has(lxPronoun) {
			return true
		}
	}
	return false
}

// relationNoun reports whether w names a person by a relation to someone
// else, as a role word does by an office: "advised his successor, Kofi
// Mensa, to ...", "thanked his wife, Ama,".
func relationNoun(w string) bool {
	switch w {
	case "successor", "predecessor":
		return true
	}
	return kinWord(w)
}

// nameAsModifier reports whether token k ends a name that stands between
// an indefinite article and a common noun, qualifying the noun: "an El
// Niño year", "a Tarrow Oscillation winter".
func (d *doc) nameAsModifier(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	ch := &d.chunks[ci]
	if ch.last-1 != k || ch.first < 1 || ch.last >= len(d.toks) {
		return false
	}
	n := &d.toks[ch.last]
	if n.kind == tkWord && n.lowerWord() && reignNoun(d.lower(ch.last)) {
		return true // "after three decades of Museveni rule": his years in power, not him
	}
	a := ch.first - 1
	if !(d.toks[a].lowerWord() || d.toks[a].is(fSentStart)) || !(d.isWord(a, "a") || d.isWord(a, "an") || d.isWord(a, "the")) {
		return false
	}
	if d.isWord(a, "the") && (n.has(lxRole|lxTitle|lxGroup) || kinWord(d.lower(ch.last)) || d.isWord(ch.last, "family")) {
		// "the Nord Stream leaks" qualifies the leaks; "the Tarvik
		// mayor", "the Varga family" are people, left to the cases below.
		return false
	}
	return n.kind == tkWord && n.lowerWord() && !n.has(lxVerb|lxAux|lxFunc|lxPrep|lxDet|lxPronoun|lxRelative|lxConnector|lxAdverb|lxNeg) && n.cv == 0
}

// reignNoun reports whether w, after a leader's name, names the time or
// the apparatus of the leader's power: "Museveni rule", "the Varga era".
func reignNoun(w string) bool {
	switch w {
	case "rule", "regime", "era", "administration", "government", "presidency", "reign", "years":
		return true
	}
	return false
}

// hearerAfterCue returns the person named as the hearer right after the
// speech verb at token at ("said to Bartow", "told Bartow"), or -1.
func (d *doc) hearerAfterCue(at int) int {
	if at+1 >= len(d.toks) || d.toks[at].cv == 0 {
		return -1
	}
	k := at + 1
	if d.isWord(k, "to") && d.toks[k].lowerWord() {
		k++
	} else if !d.isWord(at, "told") && !d.isWord(at, "tells") {
		return -1
	}
	if k >= len(d.toks) {
		return -1
	}
	if ci := d.chunkAt[k]; ci >= 0 && int(d.chunks[ci].first) == k && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
		return int(d.chunks[ci].ent)
	}
	return -1
}

// spokespersonJustBefore returns whom a spokesperson spoke for in the
// sentence before sentence si ("A spokesperson for the Minister for
// Justice said ..."), when that spokesperson is the cue's subject: a
// "they" next is the spokesperson, whose sex the story does not give.
// Or -1.
func (d *doc) spokespersonJustBefore(si int) int {
	if si == 0 {
		return -1
	}
	prev := d.sents[si-1]
	for ci := len(d.cues) - 1; ci >= 0; ci-- {
		c := &d.cues[ci]
		if c.verb >= prev.last || c.verb < prev.first {
			continue
		}
		if !c.found || c.ent < 0 || c.inverted || c.subjFirst < prev.first || c.subjFirst >= c.verb {
			return -1
		}
		for k := c.subjFirst; k < c.verb && k < c.subjFirst+4; k++ {
			if d.toks[k].lowerWord() && isSpokesperson(d.lower(k)) && !d.endsWith(k, "s") {
				return c.ent
			}
		}
		return -1
	}
	return -1
}

// resolvePronounFar resolves the pronoun at k as one an earlier pronoun's
// resolution looks back to, with resolvingFar set so that no resolution
// inside it looks further back again.
func (d *doc) resolvePronounFar(k int) int {
	nested := d.resolvingFar
	d.resolvingFar = true
	r := d.resolvePronoun(k, k)
	d.resolvingFar = nested
	return r
}

// samePronounBefore returns whom the subject "he" or "she" at h means when
// the same pronoun stands earlier in its sentence and no one named between
// them is a subject: "Regarding the stage, which he finished 14 seconds
// behind Dumoulin, he said" is the "he" who finished, not the rider he
// finished behind. It returns -1 when there is no such pronoun, when a
// subject is named between ("After he left, Kask said he ..."), or when
// the earlier pronoun resolves to no one of the wanted gender.
func (d *doc) samePronounBefore(h int, want gender) int {
	s := d.sents[d.sentOf[h]]
	for j := h - 1; j >= s.first; j-- {
		if d.toks[j].inQuote() {
			continue
		}
		if d.entAt[j] >= 0 && d.chunkAt[j] >= 0 && d.chunks[d.chunkAt[j]].last == j+1 && !d.afterPreposition(j) && d.subjectAt(j) {
			return -1
		}
		if d.entAt[j] < 0 && d.lower(j) == d.lower(h) {
			r := d.resolvePronounFar(j)
			if r >= 0 && d.ents[r].gender == want {
				return r
			}
			return -1
		}
	}
	return -1
}

// topTitledBy reports whether the name whose mention holds token k opens
// with the title of a body's top office after the body's name, which is
// mod: "FIFA President Gianni Infantino", "Pakistan Cricket Board (PCB)
// Chairman Mohsin Naqvi" for mod "pcb".
func (d *doc) topTitledBy(k int, mod string) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	ch := &d.chunks[ci]
	// The body's name and the title may open the chunk ("FIFA President
	// Gianni Infantino") or stand before it ("(PCB) Chairman").
	for p := max(int(ch.first)-6, 0); p < int(ch.last)-1; p++ {
		if d.lower(p) != mod {
			continue
		}
		j := p + 1
		if d.punct(j, ")") {
			j++
		}
		top := j
		for j < int(ch.last)-1 && d.toks[j].capWord() && d.toks[j].has(lxTitle|lxRole) && chiefWord(d.lower(j)) {
			j++
		}
		// Not "FIFA Vice President": the top office alone, and the name
		// right after it.
		return j > top && j >= int(ch.first) && !d.toks[j].has(lxTitle|lxRole)
	}
	return false
}

// namedAsAnothers reports whether the mention of e ending at k follows, in
// its sentence, another person's possessive that names what e is to them:
// "Kipchoge's coach and former champion Patrick Sang".
func (d *doc) namedAsAnothers(e, k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 {
		return false
	}
	s := d.sents[d.sentOf[k]]
	first := int(d.chunks[ci].first)
	for j := first - 1; j >= s.first && j >= first-8; j-- {
		if d.toks[j].kind == tkPoss && j > s.first {
			if o := d.entAt[j-1]; o >= 0 && int(o) != e && d.ents[o].personish() {
				return true
			}
			return false
		}
		if d.toks[j].kind != tkWord || d.chunkAt[j] >= 0 && d.chunkAt[j] != ci {
			return false
		}
	}
	return false
}

// describedSubject returns the person of gender want that the subject of
// sentence si describes without naming ("The Kenyan raised the bar",
// "The 33-year-old says"), and the description's last token; or -1, -1.
func (d *doc) describedSubject(si int, want gender) (int, int) {
	s := d.sents[si]
	k := d.clauseStart(s)
	if k >= s.last || !d.isWord(k, "the") || d.toks[k].inQuote() || d.unnamedPerson(k, s) || d.newcomerOpens(k, s) {
		return -1, -1 // "The man suspected of killing him told police": someone not named
	}
	end := d.npForward(k, s.last)
	if end <= k+1 || end >= s.last || d.entAt[end-1] >= 0 || !d.toks[end].lowerWord() ||
		!(d.toks[end].has(lxAux|lxVerb) || d.toks[end].cv != 0 || d.endsWith(end, "ed")) {
		return -1, -1
	}
	e := d.resolveNP(k, end, k)
	if e < 0 || !d.ents[e].personish() || d.ents[e].gender != want {
		return -1, -1
	}
	return e, end - 1
}

// personNamedBefore reports whether a person is named in h's sentence
// before it, outside quotation marks.
func (d *doc) personNamedBefore(h int) bool {
	for k := d.sents[d.sentOf[h]].first; k < h; k++ {
		if v := d.entAt[k]; v >= 0 && !d.toks[k].inQuote() && d.ents[v].personish() {
			return true
		}
	}
	return false
}

// ownPossessiveGender returns the gender of the first "his" or "her"
// after the verb at, in its sentence and outside quotation marks, or
// gUnknown: "the opponent swore in front of her supporters".
func (d *doc) ownPossessiveGender(at int) gender {
	if at < 0 || at >= len(d.toks) {
		return gUnknown
	}
	s := d.sents[d.sentOf[at]]
	for k := at + 1; k < s.last && k <= at+8; k++ {
		if d.toks[k].inQuote() || d.toks[k].kind == tkQuote || d.punct(k, ",") || d.isWord(k, "that") || nominative(d.lower(k)) || d.chunkAt[k] >= 0 {
			return gUnknown // what was said, or someone else's, begins
		}
		switch {
		case d.isWord(k, "his"):
			return gMale
		case d.isWord(k, "her") && k+1 < s.last && d.toks[k+1].lowerWord() && !d.toks[k+1].has(lxPrep|lxDet|lxFunc):
			return gFemale
		}
	}
	return gUnknown
}

// itsOwnSubject reports whether the mention of e ending at k, a name only
// its shape made a person's (no first name the lists know, no gender but
// one guessed from an ending, no role, no sign of a body), is the subject
// of a verb followed by its own "its": "Lululemon Athletica was set for
// its biggest loss".
func (d *doc) itsOwnSubject(k int, e *entity) bool {
	if e.kind != kPerson || e.orgEv > 0 || e.gender != gUnknown && !e.genderGuess || len(e.roles) > 0 || e.spoke >= 0 && e.personEv > 2 || len(e.words) < 2 || lex.lookup(e.words[0])&lxFirstName != 0 || !d.subjectAt(k) {
		return false
	}
	s := d.sents[d.sentOf[k]]
	for j := k + 1; j < s.last && j <= k+6; j++ {
		if d.toks[j].inQuote() || d.punct(j, ",") || d.entAt[j] >= 0 {
			return false
		}
		if d.isWord(j, "its") {
			return true
		}
	}
	return false
}
