// Speakers the text implies without a speech verb of their own: the
// subject before a colon and a quotation, an unnamed person a pronoun
// points back to, several bodies speaking jointly.

package extract

import "strings"

// colonSubject returns the named subject of sentence s when quotation qi
// follows a colon there and no cue in the sentence reports anything: the
// quotation is what the subject said. A comma does the colon's work before
// a quotation that is a sentence of its own ("Tomas Olsen defended his
// decision, “...”", "He also commented on the future, “...”"), and so
// does a dash before a quoted sentence that ends the writer's ("Varga
// had one message for the board – “Pay the nurses.”"). It returns -1
// otherwise.
func (d *doc) colonSubject(qi int, s sentence, cs []cue) int {
	q := &d.quotes[qi]
	if q.open-1 <= s.first || !d.punct(q.open-1, ":") && !(d.punct(q.open-1, ",") && d.quotedSentence(qi)) && !d.dashBeforeLastSentence(qi, s) {
		return -1
	}
	for ci := range cs {
		if c := &cs[ci]; !c.skip && c.found && (len(c.comps) > 0 || c.quote >= 0) {
			return -1
		}
	}
	if e := d.whoBeforeColon(q.open-1, s); e >= 0 {
		return e // "Another was Thomas Gray, 24, who cited only his rugby: “...”"
	}
	if d.toks[s.first].cv != 0 {
		if end, colon := d.invertedAtStartRole(s.first, s); end > s.first+1 && colon == q.open-1 {
			// "Adds Piet Dambra, a vice president of Tarsin Trading:
			// “...”": the name after the opening verb, before its role.
			if e := d.chunks[d.chunkAt[end-1]].ent; e >= 0 {
				d.noteAppositive(e, end+1, colon)
				return e
			}
		}
	}
	k := d.clauseStart(s)
	if e := d.speechNounOwner(k, q.open-1); e >= 0 {
		return e // "Olsen's response was blunt: “...”"
	}
	end := d.npForward(k, s.last)
	// "She disagreed: “...”", "In his message, he praised the general's
	// life: “...”": a pronoun that stands for a named person.
	pronoun := end == k+1 && (d.isWord(k, "he") || d.isWord(k, "she"))
	// "Its Twitter account made the following announcement: “...”": an
	// account posts for its owner, whom the phrase names.
	account := end > k+1 && end < q.open && d.toks[end-1].lowerWord() && siteNoun(d.lower(end-1)) && d.ownerIn(k, end-1) >= 0
	if end <= k || end >= q.open || !pronoun && !account && (d.chunkAt[end-1] < 0 || !d.subjectAt(end-1)) {
		return -1
	}
	e := d.resolveNP(k, end, k)
	// "The Lorvan Ministry of Defence justified the strike: “...”": a
	// body speaks through its statements too.
	if e < 0 || !d.ents[e].personish() && !(d.ents[e].orgish() && !d.ents[e].placeish() && d.ents[e].kind == kOrg) {
		return -1
	}
	return e
}

// dashBeforeLastSentence reports whether quotation qi is a sentence of
// its own, its stop inside the marks, set after a dash and ending
// sentence s.
func (d *doc) dashBeforeLastSentence(qi int, s sentence) bool {
	q := &d.quotes[qi]
	return d.isDash(q.open-1) && q.close >= 0 && d.quotedSentence(qi) && d.quoteEndsStop(qi) && d.sentenceEnd(q.close+1, s)
}

// speechNounOwner returns the person whose words the subject starting at
// token k names, when it is a noun for words said with its owner ("Olsen's
// response", "The message from Tomas Olsen") and runs to the colon at
// token colon; or -1.
func (d *doc) speechNounOwner(k, colon int) int {
	for h := k; h < colon && h < k+6; h++ {
		if !d.toks[h].lowerWord() || !speechNoun(d.lower(h)) {
			continue
		}
		owner := -1
		from := h + 1
		if (d.isWord(from, "came") || d.isWord(from, "comes")) && d.toks[from].lowerWord() {
			from++ // "a question came from Ilse Varga:"
		}
		n := from + 1
		if n < colon && d.isWord(n, "the") && d.toks[n].lowerWord() {
			n++ // "The response from the Orvand Interior Ministry"
		}
		if h-2 >= 0 && h-1 >= k && d.toks[h-1].kind == tkPoss && d.chunkAt[h-2] >= 0 {
			owner = d.chunks[d.chunkAt[h-2]].ent
		} else if (d.isWord(from, "from") || d.isWord(from, "of") && from == h+1) && n < colon && d.chunkAt[n] >= 0 {
			owner = d.chunks[d.chunkAt[n]].ent
			if ci := d.chunkAt[colon-1]; ci >= 0 && d.chunks[ci].last == colon && d.chunks[ci].first-1 > n && d.punct(d.chunks[ci].first-1, ",") &&
				d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
				owner = d.chunks[ci].ent // "the words of Tarrow's mayor, Lonnie Pratt:": the name in apposition
			}
		}
		if owner >= 0 && (d.ents[owner].personish() || d.ents[owner].kind == kOrg && !d.ents[owner].placeish() && !d.ents[owner].outlet) {
			return owner
		}
		return -1
	}
	return -1
}

// unnamedSpeechBeforeColon reports whether the clause starting at token k
// and running to the colon at token colon gives the words after the colon
// to someone unnamed by a noun for words said: "a question came from a
// member of the audience:", "The reply from one resident was blunt:".
// Those words are nobody's, not the story's last speaker's.
func (d *doc) unnamedSpeechBeforeColon(k, colon int) bool {
	for h := k; h < colon && h < k+6; h++ {
		if !d.toks[h].lowerWord() || !speechNoun(d.lower(h)) {
			continue
		}
		from := h + 1
		if (d.isWord(from, "came") || d.isWord(from, "comes")) && d.toks[from].lowerWord() {
			from++
		}
		if !d.isWord(from, "from") || from+1 >= colon || !d.toks[from+1].lowerWord() {
			return false
		}
		switch d.lower(from + 1) {
		case "a", "an", "one", "another", "someone", "somebody":
			return true
		}
		return false
	}
	return false
}

// whoBeforeColon returns the person whose relative clause runs up to the
// colon at token colon ("tour manager Thomas Gray, 24, who cited only his
// rugby: “...”"), or -1.
func (d *doc) whoBeforeColon(colon int, s sentence) int {
	for k := colon - 1; k > s.first; k-- {
		t := &d.toks[k]
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || d.punct(k, ";") || d.punct(k, ":") {
			return -1
		}
		if !d.isWord(k, "who") || !t.lowerWord() || !d.punct(k-1, ",") {
			continue
		}
		n := k - 2
		if n > s.first && d.toks[n].kind == tkNum && d.punct(n-1, ",") {
			n -= 2 // ", 24,": an age
		}
		if n < s.first {
			return -1
		}
		ci := d.chunkAt[n]
		if ci < 0 || d.chunks[ci].last != n+1 || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
			return -1
		}
		return d.chunks[ci].ent
	}
	return -1
}

// speechNoun reports whether w names words someone said.
func speechNoun(w string) bool {
	switch w {
	case "response", "reply", "answer", "message", "reaction", "verdict", "warning", "words", "comment", "advice", "view",
		"question", "retort", "rebuttal":
		return true
	}
	return false
}

// unnamedPerson reports whether an unnamed person is the subject starting
// at token k: "One of the victims", "A witness", "Another resident".
func (d *doc) unnamedPerson(k int, s sentence) bool {
	switch d.lower(k) {
	case "one", "a", "an", "another":
	default:
		return false
	}
	// The head is the last word before the verb, a comma or a relative
	// pronoun: "A local resident", "One ship's captain".
	head, from := -1, k+1
	if d.isWord(from, "of") {
		from++ // "One of the victims"
		if from < s.last && d.toks[from].has(lxDet) {
			from++
		}
	}
	for j := from; j < s.last && j < from+5; j++ {
		t := &d.toks[j]
		if t.kind == tkPoss && head >= 0 {
			continue
		}
		if ci := d.chunkAt[j]; ci >= 0 && head < 0 && d.chunks[ci].first == j && d.chunks[ci].kind != kPerson && d.chunks[ci].last < s.last && d.toks[d.chunks[ci].last].lowerWord() {
			j = d.chunks[ci].last - 1 // "A Taliban soldier", "a Harbour Police officer": whose, then who
			continue
		}
		if d.chunkAt[j] >= 0 || t.kind != tkWord || !t.lowerWord() {
			break
		}
		if head >= 0 && (t.has(lxAux|lxVerb|lxFunc|lxPrep) || t.cv != 0 || d.endsWith(j, "ed")) {
			break
		}
		head = j
	}
	if head < 0 {
		return false
	}
	after := head + 1
	if d.isWord(after, "of") && d.toks[after].lowerWord() && dwellerNoun(d.lower(head)) {
		// "A resident of Nyaung Kone also said": where they live, then
		// the verb; the place names no one.
		if ci := d.chunkAt[after+1]; ci >= 0 && d.chunks[ci].first == after+1 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].placeish() {
			after = int(d.chunks[ci].last)
		}
	}
	t, w := &d.toks[head], d.lower(head)
	if !(t.has(lxRole|lxGroup) || strings.HasSuffix(w, "s") && lex.lookup(w[:len(w)-1])&lxRole != 0) || t.has(lxGenericOrg) {
		return false
	}
	n := d.skipAdverbs(d.skipRelative(after, s), s.last)
	if n < s.last && d.toks[n].lowerWord() && d.isWord(n, "who") {
		// "An official who spoke on condition of anonymity said": a
		// relative clause with no commas, whose end only the cue found
		// for the whole phrase marks.
		return d.unnamedSpeakerAt(k, s, s.last)
	}
	return n < s.last && (d.toks[n].has(lxAux|lxVerb) || d.toks[n].cv != 0 || d.endsWith(n, "ed"))
}

// skipRelative returns the token after a relative clause set off by
// commas at token k ("One supporter, who had travelled from Dunmere,
// said"), or k when none starts there: the verb after it is the
// subject's.
func (d *doc) skipRelative(k int, s sentence) int {
	if !d.punct(k, ",") || k+1 >= s.last {
		return k
	}
	switch d.lower(k + 1) {
	case "who", "whose":
	default:
		return k
	}
	for j := k + 2; j < s.last && j < k+30; j++ {
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
			return k
		}
		if d.punct(j, ",") {
			return j + 1
		}
	}
	return k
}

// joint reports whether cue c speaks for several bodies at once: "said in
// a joint statement", "jointly said", "In a joint statement, Tarn,
// Vessaly and Ordmark said".
func (d *doc) joint(c *cue, s sentence) bool {
	from := max(s.first, c.verb-2)
	if d.toks[s.first].has(lxPrep) {
		from = s.first
	}
	lim := c.verb + 6
	if c.lemma == "according to" {
		lim = max(lim, c.after) // "according to Varga and Brenn in a joint statement"
	}
	for k := from; k < s.last && k < lim; k++ {
		if d.isWord(k, "joint") || d.isWord(k, "jointly") {
			return true
		}
	}
	return false
}

// openingPhraseBefore reports whether only a short opening phrase and its
// comma stand between the sentence start and token k: "During the
// premiere, “I felt like Cinderella ...”".
func (d *doc) openingPhraseBefore(k int, s sentence) bool {
	if k-s.first < 2 || k-s.first > 8 || !d.punct(k-1, ",") || !d.toks[s.first].has(lxPrep|lxAdverb|lxTime) {
		return false
	}
	for j := s.first; j < k-1; j++ {
		if t := &d.toks[j]; t.kind != tkWord && t.kind != tkNum || t.cv != 0 || t.has(lxAux) {
			return false
		}
	}
	return true
}

// quotedSentence reports whether quotation qi reads as a sentence of its
// own: a capital first word, and several words or a closing stop; words
// all capitalised without a stop are a title, with one a shout ("I WON
// THIS ELECTION, BY A LOT!").
func (d *doc) quotedSentence(qi int) bool {
	q := &d.quotes[qi]
	return q.first < q.last && d.toks[q.first].capWord() && d.sentenceLike(qi) && (d.quoteEndsStop(qi) || !d.titleCase(qi))
}

// quoteEndsStop reports whether quotation qi ends with a full stop, a
// question mark or an exclamation mark.
func (d *doc) quoteEndsStop(qi int) bool {
	t := d.quoteText(qi)
	return t != "" && strings.ContainsRune(".!?", rune(t[len(t)-1]))
}

// listSubject reports whether cue c's speaker phrase is a list of names
// joined by "and": "Tarn, Vessaly and Ordmark said".
func (d *doc) listSubject(c *cue) bool {
	for k := c.subjFirst + 1; k+1 < c.verb; k++ {
		if d.isWord(k, "and") && d.toks[k].lowerWord() && d.chunkAt[k-1] >= 0 && d.chunkAt[k+1] >= 0 {
			return true
		}
	}
	return false
}
