package extract

import "strings"

// laterCredit returns the person the sentence right after standalone
// quotation qi credits with it, or -1: "“...” That was how Ilse Varga
// described the vote.", "So said Tomas Brenn.", "The speaker was Ilse
// Varga.", "Those were the words of Tomas Brenn.", "That was Ilse Varga's
// verdict." News names the speaker after the words as often as before
// them; the latest speaker before is then someone else. The credit must
// point back ("that", "this", "so", "such", "the speaker") and name a
// person as the one who said, described or holds the words; "That was how
// the session began" names nobody.
func (d *doc) laterCredit(qi int) int {
	q := &d.quotes[qi]
	if q.close < 0 || q.contNext {
		return -1
	}
	si := int(d.sentOf[q.close])
	s := d.sents[si]
	if q.open != d.sents[d.sentOf[q.open]].first {
		return -1 // "Brenn called it “a betrayal”. That was how ...": the sentence's own
	}
	for k := q.close + 1; k < s.last; k++ {
		if d.toks[k].kind != tkPunct {
			return -1 // words of the writer's after the marks
		}
	}
	if si+1 >= len(d.sents) {
		return -1
	}
	n := d.sents[si+1]
	if n.para != s.para && (n.para != s.para+1 || d.sentOf[d.paraFirst[s.para+1]] != int32(si+1)) {
		return -1
	}
	if e := d.creditingSentence(n); e >= 0 {
		return e
	}
	if n.para == s.para && q.open == d.paraFirst[q.para] {
		return d.namedCueAfter(n, q.open)
	}
	return -1
}

// namedCueAfter reads sentence s, right after a quotation that opens its
// paragraph, as the speaker's own cue when it opens with a named person
// who speaks: "“...” Ilse Varga told councillors that the budget had been
// agreed." A paragraph opening with the words and then naming who speaks
// gives the words to the one named, not to whoever spoke in the paragraph
// before. A verb of answering ("Brenn replied that ...") or countering
// speaks back at the words, which are someone else's; a pronoun subject is
// left to the rules that continue the speaker. The person must have been
// named before the words: one the story introduces right after them
// ("“Stop the closures.” Ivo Tamm, 34, said he had come from Ostby") is a
// new voice, and the words before a chant or a sign.
func (d *doc) namedCueAfter(s sentence, open int) int {
	e, k := d.personPhrase(s.first, s)
	if e < 0 || !d.namedBefore(e, open) {
		return -1
	}
	// "Varga, speaking after the vote, said": an aside up to its comma.
	if k = d.afterCommaAside(k, s); k < 0 {
		return -1
	}
	for n := 0; n < 2 && k < s.last && d.toks[k].lowerWord() && d.toks[k].cv == 0 && d.toks[k].has(lxAdverb); n++ {
		k++ // "Varga also told", "Varga later said"
	}
	if k >= s.last || !d.toks[k].lowerWord() || d.toks[k].cv == 0 {
		return -1
	}
	switch cueVerbs[d.toks[k].cv-1].lemma {
	case "reply", "respond", "answer", "counter", "retort", "disagree", "reject", "deny", "dismiss", "ask", "question", "challenge", "rebut", "dispute":
		return -1
	}
	if k+1 < s.last && d.toks[k+1].kind == tkQuote {
		return -1 // "Varga said “...”": a second quotation of the speaker's own
	}
	return e
}

// creditingSentence reads sentence s as a credit pointing back at the
// words before it and returns the person it names, or -1.
func (d *doc) creditingSentence(s sentence) int {
	k := s.first
	if k+3 >= s.last || d.toks[k].kind != tkWord {
		return -1
	}
	switch d.lower(k) {
	case "so":
		// "So said Tomas Brenn, the mayor.", "So says his rival, Ilse Varga."
		if d.toks[k+1].cv == 0 {
			return -1
		}
		return d.personWithin(k+2, s, 6)
	case "the":
		if creditNouns[d.lower(k+1)] && (d.isWord(k+2, "came") || d.isWord(k+2, "comes")) && d.isWord(k+3, "from") {
			// "The statement came from Ilse Varga, the festival's
			// director": the words before are the ones it names.
			return d.personWithin(k+4, s, 6)
		}
		// "The speaker was Ilse Varga, whose father ...": who said them.
		if !d.isWord(k+1, "speaker") || !(d.isWord(k+2, "was") || d.isWord(k+2, "is")) {
			return -1
		}
		e, end := d.personPhrase(k+3, s)
		if end < s.last && d.toks[end].kind == tkPoss {
			return -1 // "The speaker is Ilse Varga's brother": not her
		}
		return e
	case "that", "this", "those", "these", "such":
	case "that's", "that’s": // a curly apostrophe as often as a straight one
		return d.creditAfterBe(k+1, s)
	default:
		if e := d.madeTheRemark(s); e >= 0 {
			return e
		}
		if d.toks[k].lowerWord() && d.toks[k].cv != 0 && cueVerbs[d.toks[k].cv-1].class == cueSay && d.chunkAt[k+1] >= 0 {
			// "“...?” | quips George Foot, a partner at ...": the
			// sentence the quotation opened goes on, lower case, in the
			// next paragraph with its inverted cue.
			return d.personWithin(k+1, s, 3)
		}
		return -1
	}
	k++
	if d.punct(k, ",") {
		// "That, at least, was how ...": an aside.
		for k++; k < s.last && k < s.first+6 && !d.punct(k, ","); k++ {
		}
		k++
	}
	if k >= s.last || !(d.toks[k].kind == tkPoss || d.isWord(k, "was") || d.isWord(k, "is") || d.isWord(k, "were") || d.isWord(k, "are")) {
		return -1
	}
	return d.creditAfterBe(k+1, s)
}

// madeTheRemark reads "Ilse Varga, the town's historian, made the remark
// in a talk on Tuesday" as a credit: a person who made (gave, delivered)
// "the remark" or "those comments" points back at the words just quoted,
// as "That was Ilse Varga's remark" does. Only a determiner that points
// back will do: "Ilse Varga made a speech" names new words.
func (d *doc) madeTheRemark(s sentence) int {
	e, k := d.personPhrase(s.first, s)
	if e < 0 {
		return -1
	}
	// "Ilse Varga, the town's historian, made": an aside up to its comma.
	if k = d.afterCommaAside(k, s); k < 0 {
		return -1
	}
	if k+2 >= s.last || !d.toks[k].lowerWord() || !givenVerbs[d.lower(k)] || d.isWord(k, "had") || d.isWord(k, "has") {
		return -1
	}
	switch d.lower(k + 1) {
	case "the", "that", "this", "those", "these":
	default:
		return -1
	}
	noun := strings.TrimSuffix(d.lower(k+2), "s")
	if !creditNouns[noun] && !creditNouns[d.lower(k+2)] {
		return -1
	}
	if k+4 < s.last && d.isWord(k+3, "that") && d.toks[k+3].lowerWord() && !d.toks[k+4].has(lxTime) {
		return -1 // "Ilse Varga made the argument that ...": new words, their clause after
	}
	return e
}

// creditAfterBe reads what follows "That was" in a credit: "how (what)
// Ilse Varga described it", "the words (verdict, view) of Tomas Brenn",
// "Ilse Varga's verdict", "the promise Tomas Brenn made".
func (d *doc) creditAfterBe(k int, s sentence) int {
	if k >= s.last {
		return -1
	}
	switch {
	case d.isWord(k, "how") || d.isWord(k, "what"):
		e, end := d.personPhrase(k+1, s)
		if e < 0 && k+2 < s.last && d.toks[k+1].lowerWord() && d.toks[k+1].has(lxRole|lxTitle) && !d.toks[k+1].has(lxDet) {
			e, end = d.personPhrase(k+2, s) // "That's what councillor Anna Vik tweeted": a role before the name
		}
		if e >= 0 && d.punct(end, ",") {
			// "how Ilse Varga, the opposition leader, described it"
			for j := end + 1; j < s.last && j < end+9; j++ {
				if d.punct(j, ",") {
					end = j + 1
					break
				}
			}
		}
		if e < 0 || end >= s.last || !d.toks[end].lowerWord() || !(d.toks[end].cv != 0 || viewVerbs[d.lower(end)]) {
			return -1 // "That was how Ilse Varga won the vote": a deed, not words
		}
		return e
	case d.isWord(k, "the"):
		if k+2 >= s.last || !creditNouns[d.lower(k+1)] {
			return -1
		}
		if d.isWord(k+2, "of") || d.isWord(k+2, "from") {
			return d.personWithin(k+3, s, 8)
		}
		// "the promise Tomas Brenn made on Monday"
		if e, end := d.personPhrase(k+2, s); e >= 0 && end < s.last && d.toks[end].lowerWord() && givenVerbs[d.lower(end)] {
			return e
		}
		return -1
	}
	// "Ilse Varga's verdict"
	if e, end := d.personPhrase(k, s); e >= 0 && end+1 < s.last && d.toks[end].kind == tkPoss && creditNouns[d.lower(end+1)] {
		return e
	}
	return -1
}

// personPhrase returns the person named by the chunk starting at token k
// and the token after it, or -1.
func (d *doc) personPhrase(k int, s sentence) (int, int) {
	if k >= s.last {
		return -1, k
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
		return -1, k
	}
	return d.chunks[ci].ent, d.chunks[ci].last
}

// personWithin returns the person a chunk names within n tokens from k,
// after nothing but determiners and roles ("his rival Ilse Varga") or
// set off by a comma ("the party's leader, Ilse Varga"), or -1: "the
// words of the song Ilse Varga sang" credit nobody.
func (d *doc) personWithin(k int, s sentence, n int) int {
	plain := true
	for j := k; j < s.last && j < k+n; j++ {
		if e, _ := d.personPhrase(j, s); e >= 0 {
			if plain || d.punct(j-1, ",") {
				return e
			}
			return -1
		}
		t := &d.toks[j]
		switch {
		case d.punct(j, ","):
		case t.kind == tkPoss || t.lowerWord() && t.has(lxDet|lxPronoun|lxRole|lxTitle):
		case t.lowerWord() && t.cv == 0 && !t.has(lxVerb|lxAux):
			plain = false
		default:
			return -1
		}
	}
	return -1
}

// creditNouns are nouns for words someone said or the stand they state:
// "the words of", "her verdict".
var creditNouns = map[string]bool{
	"words": true, "verdict": true, "view": true, "views": true, "message": true, "promise": true, "assessment": true,
	"response": true, "reaction": true, "reply": true, "answer": true, "warning": true, "argument": true, "advice": true,
	"plea": true, "conclusion": true, "position": true, "take": true, "opinion": true, "judgment": true, "judgement": true,
	"prediction": true, "pledge": true, "vow": true, "diagnosis": true, "explanation": true, "account": true,
	"summary": true, "retort": true, "comment": true, "remark": true, "rallying": true, "appeal": true, "boast": true,
	"question": true, "statement": true, "complaint": true, "claim": true, "observation": true, "admission": true,
}

// viewVerbs are verbs of describing or seeing that, after "That was how
// X", credit X with the words before: "how Ilse Varga put it".
var viewVerbs = map[string]bool{
	"put": true, "puts": true, "saw": true, "sees": true, "see": true, "viewed": true, "views": true, "summed": true,
	"sums": true, "framed": true, "frames": true, "characterised": true, "characterized": true, "felt": true, "feels": true,
	"phrased": true, "greeted": true, "reacted": true, "responded": true, "answered": true, "recalled": true,
	"remembered": true, "remembers": true, "recalls": true,
}

// givenVerbs are verbs of giving words: "the promise Tomas Brenn made".
var givenVerbs = map[string]bool{
	"made": true, "makes": true, "gave": true, "gives": true, "offered": true, "offers": true, "delivered": true,
	"delivers": true, "issued": true, "issues": true, "sent": true, "sends": true, "had": true, "has": true,
}

// afterCommaAside returns the token after an aside a comma opens at k and
// another closes within ten words ("Varga, speaking after the vote,
// said"), k itself when no comma is there, or -1 when the aside does not
// close before a quotation or the sentence's end.
func (d *doc) afterCommaAside(k int, s sentence) int {
	if !d.punct(k, ",") {
		return k
	}
	j := k + 1
	for ; j < s.last && j < k+10 && !d.punct(j, ",") && d.toks[j].kind != tkQuote; j++ {
	}
	if !d.punct(j, ",") {
		return -1
	}
	return j + 1
}
