// Speakers the text implies without a speech verb of their own: the
// subject before a colon and a quotation, an unnamed person a pronoun
// points back to, several bodies speaking jointly.

package extract

import "strings"

// colonSubject returns the named subject of sentence s when quotation qi
// follows a colon there and no cue in the sentence reports anything: the
// quotation is what the subject said. It returns -1 otherwise.
func (d *doc) colonSubject(qi int, s sentence, cs []cue) int {
	q := &d.quotes[qi]
	if !d.punct(q.open-1, ":") || q.open-1 <= s.first {
		return -1
	}
	for ci := range cs {
		if c := &cs[ci]; !c.skip && c.found && (len(c.comps) > 0 || c.quote >= 0) {
			return -1
		}
	}
	k := d.clauseStart(s)
	if e := d.speechNounOwner(k, q.open-1); e >= 0 {
		return e // "Olsen's response was blunt: “...”"
	}
	end := d.npForward(k, s.last)
	pronoun := end == k+1 && (d.isWord(k, "he") || d.isWord(k, "she"))
	if end <= k || end >= q.open || d.chunkAt[end-1] < 0 && !pronoun || !d.subjectAt(end-1) {
		return -1 // but "She disagreed: “...”" is hers
	}
	e := d.resolveNP(k, end, k)
	if e < 0 || !d.ents[e].personish() {
		return -1
	}
	return e
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
		if h-2 >= 0 && h-1 >= k && d.toks[h-1].kind == tkPoss && d.chunkAt[h-2] >= 0 {
			owner = d.chunks[d.chunkAt[h-2]].ent
		} else if (d.isWord(h+1, "from") || d.isWord(h+1, "of")) && h+2 < colon && d.chunkAt[h+2] >= 0 {
			owner = d.chunks[d.chunkAt[h+2]].ent
		}
		if owner >= 0 && d.ents[owner].personish() {
			return owner
		}
		return -1
	}
	return -1
}

// speechNoun reports whether w names words someone said.
func speechNoun(w string) bool {
	switch w {
	case "response", "reply", "answer", "message", "reaction", "verdict", "warning", "words", "comment", "advice", "view":
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
	for j := k + 1; j < s.last && j < k+5; j++ {
		t := &d.toks[j]
		if d.chunkAt[j] >= 0 || t.kind != tkWord {
			return false
		}
		w := d.lower(j)
		if t.lowerWord() && (t.has(lxRole|lxGroup) || strings.HasSuffix(w, "s") && lex.lookup(w[:len(w)-1])&lxRole != 0) && !t.has(lxGenericOrg) {
			n := d.skipAdverbs(j+1, s.last)
			return n < s.last && (d.toks[n].has(lxAux|lxVerb) || d.toks[n].cv != 0 || d.endsWith(n, "ed"))
		}
	}
	return false
}

// joint reports whether cue c speaks for several bodies at once: "said in
// a joint statement", "jointly said".
func (d *doc) joint(c *cue, s sentence) bool {
	for k := max(s.first, c.verb-2); k < s.last && k < c.verb+6; k++ {
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
