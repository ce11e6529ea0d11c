package extract

import (
	"strconv"
	"strings"
)

// findComplement finds what cue c reports: a quotation right after it, or
// the reported clause after it ("said (that) ...") or, when nothing
// follows, before it ("..., she said").
func (d *doc) findComplement(c *cue, s sentence) {
	if a := c.after; a > s.first && a < s.last && d.chunkAt[a] >= 0 && d.chunkAt[a] == d.chunkAt[a-1] && d.toks[a].kind == tkPunct {
		// "according to Ilse Varga of Pellam, Tarvex & Co.": the
		// speaker's phrase stopped at a comma inside a firm's name; the
		// name runs on to its end.
		c.after = min(int(d.chunks[d.chunkAt[a]].last), s.last)
	}
	k := c.after
	if k == c.verb+1 && k+2 < s.last && d.punct(k, ",") && d.isWord(k+1, "that") && d.toks[k+1].lowerWord() && d.toks[k+2].kind == tkWord &&
		!d.toks[k+2].has(lxAux|lxVerb) && !d.toks[k+2].inQuote() &&
		!(k+3 < s.last && d.toks[k+3].has(lxAux) && d.toks[k+2].lowerWord() && !nominative(d.lower(k+2)) && !d.toks[k+2].has(lxDet)) {
		// "Speaking further, he said, that so far the government has
		// completed 12 roads": a comma set between the verb and its
		// "that" in some copy; the clause still follows. Not "that is",
		// "that was" or "that much is clear", a demonstrative's own
		// clause.
		k++
		c.after = k
	}
	if k == c.verb+1 && c.lemma == "say" && d.punct(k, ",") && d.commaClauseAfterSay(c, k, s) {
		// "Finance Minister Ivo Renn said, the government was on track":
		// a comma set between "said" and a clause with its own subject,
		// as some copy has it; the clause still follows.
		k++
		c.after = k
	}
	if k == c.verb+1 && d.isWord(k, "by") && d.isWord(c.verb-1, "as") &&
		(d.quotedBefore(c.verb-1, s.first) || d.isWord(c.verb-2, "reported") && d.passive(c.verb-2, s.first)) {
		// "..., Abbas Keverin was reported as saying by the state news
		// agency.": the one who quotes comes last, and the clause
		// before is what was said.
		if n := d.npForward(k+1, s.last); n > k+1 && (n >= s.last || d.sentenceEnd(n, s)) {
			d.complementBefore(c, s)
			return
		}
	}
	if c.lemma == "say" && k == c.verb+1 && d.saidAdding(k, c.verb, s) {
		// "It will also carry out studies, he said adding “...”": the
		// words said are the clause before; "adding" is a cue of its own.
		d.complementBefore(c, s)
		return
	}
	if on := c.verb + 1; c.lemma == "insist" && d.isWord(on, "on") && on+1 < s.last && d.toks[on+1].lowerWord() && !d.toks[on+1].has(lxTime) && !d.isWord(on+1, "that") {
		// "insisted on an unrestricted wage that could be paid ...": a
		// demand for a thing; its relative clause is no words said.
		return
	}
	if d.isWord(k, "so") && d.toks[k].lowerWord() && (k+1 >= s.last || d.toks[k+1].kind == tkPunct || d.toks[k+1].lowerWord() && d.toks[k+1].has(lxPrep|lxTime) && !d.isWord(k+1, "that")) {
		// "said so in May, and it was repeated": "so" stands for what
		// was said before; no clause follows. Not "said so many people
		// had left".
		return
	}
	if d.timeClauseAt(k, s) {
		// "..., warns Director Carissa Etienne as she urged countries to
		// ...", "“...,” Marner said as she left the court": what is said
		// is the clause or the quotation before; the time clause is the
		// scene. "Brenn said when asked that the plant would close": the
		// clause after the scene's "that".
		if t := d.thatAfterScene(k, s); t > 0 {
			d.addComps(c, t+1, s)
			return
		}
		d.complementBefore(c, s)
		return
	}
	if d.sceneAsAfterTrailingCue(c, k, s) {
		// "Profit rose 12 percent, Halvorsen Freight said as it raised
		// its outlook": after a cue that closes a clause, "as" and a
		// clause of the body's own doing set the scene; the words
		// reported are those before the cue.
		d.complementBefore(c, s)
		return
	}
	if w := d.relativeOpening(c.verb, s); w-1 > s.first && (d.isWord(w, "who") || d.isWord(w, "which")) && d.toks[w].lowerWord() && d.relativeInAside(w, s) && (k >= len(d.toks) || !d.toks[k].inQuote()) {
		// "Tomas Brenn, who denies the charges, will appear in court": a
		// relative clause set off by commas reports no further than its
		// closing comma.
		if n := d.nextComma(c.verb, s); n < s.last && n > c.after {
			s.last = n
		}
	}
	if c.found && c.subjFirst-2 >= s.first && (d.isWord(c.subjFirst-1, "whom") || d.isWord(c.subjFirst-1, "who")) && d.toks[c.subjFirst-1].lowerWord() && d.punct(c.subjFirst-2, ",") {
		// "Mara Quell, whom Ivo Dask urged to resign, said": a relative
		// clause set off by commas, its own subject before the cue,
		// reports no further than its closing comma.
		if n := d.nextComma(c.verb, s); n < s.last && n > c.after {
			s.last = n
		}
	}
	if w := d.relativeOpening(c.verb, s); w-1 > s.first && (d.isWord(w, "who") || d.isWord(w, "which")) && d.toks[w].lowerWord() && d.isDash(w-1) {
		// "That commercial -- which said Coleman wanted ..., a charge he
		// denies -- changed the race": a relative clause set off by
		// dashes reports no further than its closing dash.
		for n := c.after; n < s.last; n++ {
			if d.isDash(n) {
				s.last = n
				break
			}
		}
	}
	if d.openingParticiple(c, s) {
		// "Saying the dam was safe, Ivo Tamm ...": the opening participle
		// reports no further than its comma.
		s.last = d.nextComma(c.verb, s)
	}
	if c.nominal && c.subjFirst <= s.first+3 {
		// "Contrary to Brenn's assurances he had no role, an email
		// showed ...": the opening phrase's clause ends at its comma.
		s.last = d.nextComma(c.verb, s)
	}
	if e := d.contrastOpening(s); e > c.verb {
		// "Whereas Brenn and Lunn felt parties should decide, Varga
		// favored ...": the opening clause's report ends at its comma.
		s.last = e
	}
	if c.lemma == "according to" && d.sourceOfReportBefore(c, s) {
		// "“...,” Brenn said at a fundraiser, according to a pool
		// report": the source relays what the cue before it reports; the
		// speaker named there keeps the words.
		c.skip = true
		return
	}
	if c.lemma == "according to" {
		if d.punct(k, ",") {
			k++
		}
		// "According to police in Lenmoor, Tarvik, the driver ...": the
		// town's region, set off by commas, still names the source.
		if k < s.last && d.punct(k-1, ",") && d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].first == k {
			ch := d.chunks[d.chunkAt[k]]
			if pc := d.chunkAt[k-2]; pc >= 0 && d.isWord(d.chunks[pc].first-1, "in") && d.punct(ch.last, ",") && ch.last+1 < s.last &&
				(ch.ent < 0 || !d.ents[ch.ent].personish() && !d.ents[ch.ent].orgish()) {
				k = ch.last + 1
			}
		}
		// "..., according to an official with the regional government
		// who spoke on condition of anonymity.": the source's body and
		// its relative clause describe the source, as after "of".
		if k+1 < s.last && d.toks[k].lowerWord() && (d.isWord(k, "with") || d.isWord(k, "at") || d.isWord(k, "from") || d.isWord(k, "for")) &&
			d.punct(c.verb-1, ",") && c.verb-1 > s.first+2 && d.finiteVerbIn(s.first, c.verb-1) {
			if e := d.npForward(k+1, s.last); e > k+1 && e < s.last && d.toks[e].lowerWord() && (d.isWord(e, "who") || d.isWord(e, "which")) && d.relativeAt(e) {
				k = e
			}
		}
		// "..., according to Gov. John Keller, who spoke in Albany.",
		// "..., according to officials, some of whom were hospitalised."
		if k < s.last && d.relativeAt(k) {
			for k < s.last && !d.punct(k, ",") {
				k++
			}
			if k < s.last {
				k++
			}
		}
		// "According to the coach, in their first match, the robot scored"
		if k < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxPrep) {
			for j := k; j < s.last && j < k+8; j++ {
				if d.punct(j, ",") {
					k = j + 1
					break
				}
			}
		}
		if k < s.last && d.punct(k-1, ",") && d.punct(c.verb-1, ",") && c.verb-1 > s.first+2 && (d.finiteVerbIn(s.first, c.verb-1) || d.describedByRelative(k, s)) && d.trailingApposition(k, s) {
			// "The ice is thinning, according to Keld Amory, a
			// glaciologist at Tarvik University.", "..., according to the
			// study, published Monday in Calder Geoscience.": what follows
			// describes the source; the clause is the one before.
			d.complementBefore(c, s)
			return
		}
		if k+1 < s.last && d.punct(k-1, ",") && d.punct(c.verb-1, ",") && c.verb-1 > s.first+2 && d.finiteVerbIn(s.first, c.verb-1) &&
			d.toks[k].lowerWord() && (d.isWord(k, "because") || d.isWord(k, "although") || d.isWord(k, "though")) {
			// "Carden's capital is overstated, according to the rating
			// agencies, because it includes goodwill": the source credits
			// the clause before it; the reason after is no clause alone.
			d.complementBefore(c, s)
			return
		}
		if k < s.last && d.speakerFollows(k, s) {
			// "According to news agency ISNA, the prosecutor, Ali
			// Alghasi Mehr, said ...": the source relays the speaker next.
			c.skip = true
			return
		}
		if k < s.last && !d.sentenceEnd(k, s) && (d.clauseLike(k, s) || d.punct(k-1, ",") && d.restIsClause(k, s)) {
			d.addComps(c, k, s)
			return
		}
		if k < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxPrep) && !d.isWord(k, "of") {
			// "According to Ivo Tamm, for days the wells were dry": a
			// phrase of time or place with no comma, then the clause; the
			// phrase belongs to what the source said.
			if end := d.npForward(k+1, s.last); end > k+1 && end < s.last && d.clauseLike(end, s) && !d.speakerFollows(end, s) && !d.attributionFollows(end, s) {
				d.addComps(c, k, s)
				return
			}
		}
		if c.verb <= s.first+1 {
			if j := d.clauseAfterSourceAsides(k, s); j > k {
				// "According to a survey of inmates in Ostby County,
				// covering 135 guns, only two had been bought in a shop":
				// the source's own asides, then the clause.
				d.addComps(c, j, s)
				return
			}
		}
		d.complementBefore(c, s)
		return
	}
	if c.class == cueIssue && (d.isWord(k, "from") || d.isWord(k, "by")) {
		// "The palace issued the following statement from the king": the
		// statement's author speaks, not whoever released it.
		if end := d.npForward(k+1, s.last); end > k+1 {
			if e := d.resolveNP(k+1, end, c.verb); e >= 0 {
				c.ent = e
			}
		}
	}
	if k+3 < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxDet) && d.toks[k+1].has(lxDoc) && (d.isWord(k+2, "by") || d.isWord(k+2, "from")) {
		// "announced an order by Admiral Ivo Tamm directing units to ...":
		// the order's author speaks, not whoever announced it.
		if ci := d.chunkAt[k+3]; ci >= 0 && d.chunks[ci].first == k+3 {
			if e := d.chunks[ci].ent; e >= 0 && d.ents[e].personish() {
				c.ent = e
			}
		}
	}
	if d.isWord(c.verb-1, "who") && d.toks[c.verb-1].lowerWord() && !d.punct(c.verb-2, ",") {
		// "The woman who found the body said she ...": the relative
		// clause's object, then the main clause's own cue. Not after a
		// comma: "a woman, a niece of his rival, who claimed Marr
		// commented on her looks" sets the relative clause off, and the
		// main clause's verb cannot follow it without a comma.
		if e := d.npForward(k, s.last); e > k && e < s.last && d.toks[e].lowerWord() && d.toks[e].cv != 0 && !d.endsWith(e, "ing") {
			return
		}
	}
	if c.lemma == "hear" || c.lemma == "tell" && c.class == cueThat {
		// What a court or a hearing heard is nobody's in particular, or
		// the witness's it heard from.
		if !d.hearingSpeaker(c) && !d.toldUs(c.verb, s) && !d.passiveHearerThat(c.verb, s) {
			c.skip = true
			return
		}
		c.ent, c.co, c.thing = -1, -1, false
		if d.isWord(k, "from") && d.toks[k].lowerWord() {
			if e := d.npForward(k+1, s.last); e > k+1 && (d.isWord(e, "that") || d.punct(e, ",")) {
				c.ent = d.resolveNP(k+1, e, c.verb)
				k = d.skipAppositiveForward(e, s.last, c)
				if d.punct(k, ",") && d.isWord(k+1, "that") {
					k++
				}
			}
		}
		c.after = k
	}
	if (c.lemma == "talk" || c.lemma == "speak" || c.lemma == "write") && (d.isWord(k, "about") || d.isWord(k, "of")) && d.isWord(k+1, "how") &&
		k+2 < s.last && d.clauseLike(k+2, s) && d.clauseVerbSoon(k+2, s) {
		// "talked about how the series had been underestimated", "wrote
		// of how the river rose": what the clause after "how" tells.
		d.addComps(c, k+2, s)
		return
	}
	if c.lemma == "decide" && (!d.courtSpeaker(c) || d.isWord(k, "to") || d.toks[k].lowerWord() && d.toks[k].has(lxPrep)) {
		// "the council decided that ...", "the judge decided to retire":
		// a decision, not words reported, and no speaker either.
		c.skip = true
		return
	}
	if c.class == cueThat && d.isWord(k, "that") && k+1 < s.last && (d.toks[k+1].has(lxTime) || d.isWord(k+1, "day") || d.isWord(k+1, "night")) {
		return // "the battery charged that night": "that" is the time's
	}
	if c.lemma == "accept" && k < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxDet) && !d.isWord(k, "that") {
		// "accepted the bid at $28 a share": a thing accepted, not a
		// concession; "accepted the plan was flawed" keeps its clause.
		if end := d.npForward(k, s.last); end > k && (end >= s.last || !d.toks[end].has(lxAux|lxVerb) && d.toks[end].cv == 0) {
			return
		}
	}
	if c.lemma == "deny" && k < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxDet) && !d.isWord(k, "that") {
		// "denied a defense motion to move the trial", "denied the
		// defense permission to call him": a thing refused and its
		// purpose, as "denied wrongdoing" is a noun denied, not words.
		if end := d.npForward(k, s.last); end > k && d.isWord(end, "to") {
			return
		}
	}
	if (c.class == cueAsk || c.class == cueThat) && d.subjunctive(k, s, c.lemma != "rule") {
		if d.isWord(k, "that") && d.toks[k].lowerWord() && k+1 < s.last && !d.toks[k+1].has(lxAux) {
			k++ // "recommends that doctors should screen": "that" opens the clause, it is not its determiner
		}
		d.addComps(c, k, s) // "urged the immunity be waived"
		return
	}
	if r := d.requestStart(c, k, s); r >= 0 {
		d.addComps(c, r, s) // "urged the union to call off the strike"
		d.trimRequest(c, s)
		d.spanRequestGap(c, r, s)
		return
	}
	if (admitOrDeny(c.lemma) || adviseGerund(c.lemma)) && d.gerundPhraseAt(k, s) {
		// "has long denied taking bribes", "admitted making the calls":
		// what was admitted or denied, as the gold has "proposed cutting
		// the fares".
		d.addComps(c, k, s)
		d.trimRequest(c, s)
		return
	}
	if c.lemma == "propose" && k < s.last && d.toks[k].lowerWord() && !d.isWord(k, "that") {
		// "proposed a public option", "proposed major changes to the
		// Court": a thing proposed, not what was said.
		if end := d.npForward(k, s.last); end > k && (end >= s.last || !d.toks[end].has(lxAux)) && !d.toks[k].has(lxPronoun) {
			return
		}
	}
	if (c.lemma == "report" || c.lemma == "comment") && d.isWord(k, "on") && k+1 < s.last && !d.toks[k+1].has(lxTime) && d.toks[k+1].kind != tkNum {
		return // "reported on a distress call": a topic, not what was said
	}
	if c.lemma == "answer" && k < s.last && d.toks[k].lowerWord() && !d.isWord(k, "that") {
		return // "answered some questions about his campaign": an object
	}
	if that := d.contentNounThat(k, s); that >= 0 {
		if c.lemma == "deny" {
			return // "denied reports that she would resign": others' words, denied, not hers
		}
		if possessivePronoun(d.lower(k)) && that <= k+3 && d.toks[k].lowerWord() {
			k = that // "repeated her claim that the bridge was safe": her own words, the clause
		}
	} else if k < s.last && possessivePronoun(d.lower(k)) && d.toks[k].lowerWord() && c.lemma != "deny" {
		// "repeated his claim mail-in voting would be fraudulent": the
		// clause follows the noun, "that" left out.
		for j := k + 1; j < s.last && j <= k+3 && d.toks[j].lowerWord(); j++ {
			if contentNouns[d.lower(j)] {
				if j+1 < s.last && !d.toks[j+1].has(lxPrep|lxAux) && d.clauseLike(j+1, s) && d.clauseVerbSoon(j+1, s) {
					d.addComps(c, j+1, s)
					return
				}
				break
			}
		}
	}
	if c.lemma == "agree" && (d.isWord(k, "on") || d.isWord(k, "upon") || d.isWord(k, "to")) {
		return // "agreed on a line as their border", "agreed to a meeting": what, not that
	}
	if c.lemma == "report" || c.lemma == "quote" {
		// "Harbour Radio reported Osric Hale as saying that ...": the one
		// reported speaks, through the "saying" cue.
		if end := d.npForward(k, s.last); end > k && d.isWord(end, "as") && end+1 < s.last && d.toks[end+1].cv != 0 {
			return
		}
	}
	if c.receiver {
		if k+1 < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxDet) && toldThings[d.lower(k+1)] {
			return // "tells the tale of his first convention": a story told, not a hearer
		}
		k = d.skipReceiver(k, s)
	}
	k = d.skipForwardAdverbials(k, s.last)
	// "Tarvik Radio reported, citing Lenmoor University data, there were
	// ...": the source cited is an inserted phrase.
	if d.punct(k, ",") && d.isWord(k+1, "citing") {
		for j := k + 2; j+1 < s.last && j < k+14; j++ {
			if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
				break
			}
			if d.punct(j, ",") {
				if d.isWord(j+1, "that") || d.clauseLike(j+1, s) && d.clauseVerbSoon(j+1, s) && !d.attributionFollows(j+1, s) {
					k = j + 1
				}
				break
			}
		}
	}
	// "Quell alleged, by way of example, that ...": an inserted phrase;
	// "said, speaking to reporters outside the town hall, that ...", "said,
	// when asked about the cost, that ...": one opened by a participle,
	// longer, before "that".
	if d.punct(k, ",") {
		a := k + 1
		if d.isWord(a, "when") || d.isWord(a, "while") {
			a++
		}
		participle := a < s.last && d.toks[a].lowerWord() && (d.endsWith(a, "ing") || d.endsWith(a, "ed"))
		// "said, in a statement released by his office, that": a
		// document's phrase may be as long as a participle's.
		long := participle || d.isWord(k+1, "in") && d.toks[k+1].lowerWord()
		reach := 8
		if long {
			reach = 14
		}
		if d.isWord(k+1, "as") && d.toks[k+1].lowerWord() && k+3 < s.last && d.toks[k+2].has(lxPronoun) && d.toks[k+3].has(lxAux) {
			// "reiterated, as he did in an interview two weeks ago with
			// the Post, that": the same words said before, and where.
			long, reach = true, 18
		}
		// "The police said, as the car wasn't blocking a roadway, it was
		// not their job to tow it": a fronted clause of reason, time or
		// condition, then the main clause; both are what was said.
		sub := !long && k+1 < s.last && d.toks[k+1].lowerWord() && openingSubordinator(d.lower(k+1)) && !d.isWord(k+2, "of") && !d.isWord(k+2, "well")
		if sub {
			reach = 16
		}
		for j := k + 1; j+1 < s.last && j < k+reach; j++ {
			// "said, in remarks broadcast on television, that": a speech
			// verb's form after a preposition or an article is a noun.
			// "said, in a statement released by his office, that": a
			// participle after a document's noun describes it.
			nounForm := j > k+1 && d.toks[j].lowerWord() && d.toks[j-1].lowerWord() &&
				(d.toks[j-1].has(lxPrep|lxDet) && !d.endsWith(j, "ing") || d.endsWith(j, "ed") && d.docNounAt(j-1))
			if d.toks[j].inQuote() || d.toks[j].kind == tkQuote || d.toks[j].cv != 0 && !(participle && j == a) && !nounForm || d.isWord(j, "that") {
				break
			}
			if d.punct(j, ",") {
				if d.isWord(j+1, "that") || d.toks[j+1].kind == tkQuote && d.toks[j+1].is(fOpenMark) && j < k+8 {
					k = j + 1 // "Wasif suggested, in likelihood, “...”"
				} else if sub && j > k+3 && j+1 < s.last && d.finiteVerbIn(k+2, j) && d.clauseLike(j+1, s) && d.clauseVerbSoon(j+1, s) && !d.attributionFollows(j+1, s) {
					k++ // the fronted clause opens what was said
				} else if t := &d.toks[k+1]; j < k+8 && t.lowerWord() && (t.has(lxPrep|lxAdverb|lxTime) || d.isWord(k+1, "as") || sentenceAdverb(d.lower(k+1))) && !d.isWord(k+1, "according") &&
					j+1 < s.last && d.clauseLike(j+1, s) && d.clauseVerbSoon(j+1, s) && !d.attributionFollows(j+1, s) {
					k = j + 1 // "Tarvik claimed, as of Thursday, it was free of the virus"
				}
				break
			}
		}
	}
	// "As Osric Hale noted, the bridge is old": the clause after the
	// manner clause is what the speaker said.
	asAt := s.first
	if (d.isWord(asAt, "but") || d.isWord(asAt, "and") || d.isWord(asAt, "yet")) && asAt+1 < s.last && d.toks[asAt+1].lowerWord() {
		asAt++ // "But as Osric Hale noted, ...": a conjunction before the manner clause
	}
	if d.isWord(asAt, "as") && c.subjFirst == asAt+1 && d.punct(k, ",") && k+1 < s.last && c.class == cueSay && d.toks[k+1].kind != tkQuote &&
		d.clauseLike(k+1, s) && !d.attributionFollows(k+1, s) {
		d.addComps(c, k+1, s)
		return
	}
	if c.lemma == "put it to" && d.asideAsPutIt(c.verb, s) || c.lemma == "say" && d.asideAsSaid(c.verb, s) {
		// "traffic “ground to a halt” — as the decision put it —": the
		// quotation just before the aside is the one it credits.
		for j := c.verb - 1; j > s.first && j >= c.verb-12; j-- {
			if d.isWord(j, "as") {
				g := j - 1
				for g > s.first && (d.punct(g, ",") || d.isDash(g)) {
					g--
				}
				if d.toks[g].kind == tkQuote && d.toks[g].is(fCloseMark) {
					c.quote = d.markQuote(g)
					return
				}
				break
			}
		}
	}
	that := false
	// "said that was a mistake": "that" before an auxiliary is the
	// clause's subject, not the word that opens it.
	demonstrative := k+1 < s.last && d.toks[k+1].lowerWord() && d.toks[k+1].has(lxAux) && !d.isWord(k+1, "to")
	if d.isWord(k, "that") && d.toks[k].lowerWord() && !demonstrative {
		k++
		that = true
		if d.punct(k, ",") {
			k++ // "have shown that, unlike most glues, ...": a phrase set off first
		} else if (c.class == cueIssue || d.docNounAt(k-2)) && d.toks[k].cv != 0 && d.toks[k].lowerWord() && !d.relativeSayVerb(k, s) {
			return // "issued a statement that explained the delay": the relative clause's own cue reports what it does
		} else if (c.class == cueIssue || d.docNounAt(k-2)) && d.relativeSayVerb(k, s) {
			// "issued a statement that said the plant would close": the
			// statement says it, and its verb is no part of what it says.
			k++
			if d.isWord(k, "that") && d.toks[k].lowerWord() {
				k++
			}
			if !d.clauseLike(k, s) || !d.clauseVerbSoon(k, s) {
				return // "a statement that said nothing about the plant"
			}
		}
	}
	if that && d.demonstrativeThat(k, s) {
		return // "ruled that out", "denied that on Monday": "that" is the object
	}
	if q := d.quoteAt(k, s); q >= 0 && d.fragmentOpensClause(q, s) {
		// "said “the virus” would be responsible for any further
		// deaths": the quoted words are the clause's subject, and the
		// clause, marks and all, is what was said.
		d.addComps(c, d.quotes[q].open, s)
		return
	}
	if q := d.quoteAt(k, s); q >= 0 && (c.class == cueSay || c.class == cueThat) && d.quotedClauseRunsOn(q, s) {
		// "told Sullivan that “a series of measures will follow” in the
		// near future and that ...": the clause goes on past the marks,
		// one mixed quote from the opening mark.
		d.addComps(c, d.quotes[q].open, s)
		return
	}
	if q := d.quoteAt(k, s); q >= 0 {
		c.quote = q
		if c.class == cueSay && d.punct(d.quotes[q].open-1, ":") && c.subjFirst > s.first+2 && d.punct(c.subjFirst-1, ",") &&
			d.finiteVerbIn(s.first, c.subjFirst-1) && !d.endsWith(s.first, "ing") && !d.subordinateOnly(s.first, c.subjFirst-1) {
			// "Criminals can turn the tools against us, he warned:
			// “Control the code.”": the clause before is reported too.
			d.complementBefore(c, s)
			c.both = len(c.comps) > 0
		} else if c.class == cueSay && !c.inverted && d.punct(d.quotes[q].open-1, ",") && c.subjFirst-2 > s.first &&
			d.toks[c.subjFirst-1].kind == tkQuote && d.toks[c.subjFirst-1].is(fCloseMark) && d.punct(c.subjFirst-2, ",") {
			// "The cuts are “a betrayal,” Voss said, “and we will not
			// forget them.”": the mixed clause before the cue is reported
			// as well as the quotation it runs on into.
			if pq := d.markQuote(c.subjFirst - 1); pq >= 0 && d.quotes[pq].open > s.first {
				d.complementBefore(c, s)
				c.both = len(c.comps) > 0
			}
		}
		return
	}
	if q := d.quoteAfterParagraph(c, s); q >= 0 {
		c.quote = q
		return
	}
	if q := d.quoteAfterPhrase(c.after, s); q >= 0 && !that {
		c.quote = q // "said in his live stream, “...”"
		return
	}
	if that && (c.class != cueQuoteOnly || mannerThat[c.lemma] && (d.isWord(c.after, "that") || d.placeBeforeThat(c.after, k-1)) && d.clauseLike(k, s) && d.clauseVerbSoon(k, s) &&
		!d.timeNounAt(c.after+1)) {
		if k < s.last && !d.sentenceEnd(k, s) {
			d.addComps(c, k, s)
		}
		return
	}
	switch c.class {
	case cueQuoteOnly, cueDescribe:
		// "called the strike “regrettable”", "what he called the film's
		// “patience”", "described as “smaller than ...”"
		if (c.lemma == "continue" || c.lemma == "go on") && c.found && !c.inverted && c.subjFirst-1 > s.first && d.punct(c.subjFirst-1, ",") &&
			d.punct(k, ",") && k+1 < s.last && d.toks[k+1].kind != tkQuote {
			// "The Central Bank, he continued, intervenes ...": set off by
			// commas inside a clause, going on is speaking on.
			d.complementBefore(c, s)
			return
		}
		if (c.lemma == "continue" || c.lemma == "go on") && c.found && !c.inverted && c.subjFirst-1 > s.first && d.punct(c.subjFirst-1, ",") &&
			d.sentenceEnd(k, s) && d.toks[c.subjFirst-2].kind != tkQuote && d.speakerPhrase(c.subjFirst, c.verb) {
			// "And he agreed, the PCB chief continued.": closing a clause
			// as "added" does, going on is speaking on, when a speaker,
			// not "the match", goes on.
			d.complementBefore(c, s)
			return
		}
		if c.lemma == "disagree" {
			// "But Kell disagreed: “...”": only a quotation the colon
			// opens; "disagreed with the “efficiency drive”" quotes the
			// thing disagreed with.
			if d.punct(k, ":") && k+1 < s.last && d.toks[k+1].kind == tkQuote && d.toks[k+1].is(fOpenMark) {
				c.quote = d.markQuote(k + 1)
			}
			return
		}
		for j := k; j < s.last && j < k+30; j++ {
			t := &d.toks[j]
			if t.kind == tkQuote && t.is(fOpenMark) {
				c.quote = d.markQuote(j)
				return
			}
			// "called the claim “...”": a noun after its article; "called
			// the envoy’s remarks “...”", "called his comments “...”": after
			// its owner.
			noun := t.cv != 0 && j > k && (d.descriptionOpensAt(j-1) || d.toks[j-1].kind == tkPoss)
			if d.punct(j, ";") || d.punct(j, ".") || t.cv != 0 && !t.inQuote() && !noun || t.has(lxAux) && !t.inQuote() {
				break
			}
		}
		if c.class == cueDescribe && (d.hasWordBefore(k, s.last, "as", 20) && d.quotedAsSoon(k, s) || d.isWord(k, "how") && k+1 < s.last && !d.isWord(k+1, "to") && !d.sentenceEnd(k+1, s)) {
			// "described it as “...”", "described how the water rose";
			// but "describes himself as a centrist" calls him something
			// in the writer's words, and reports nothing.
			d.addComps(c, k, s)
		}
		return
	case cueAsk:
		// A reported question has a clause ("asked how the papers came to
		// be on the street"); a request does not ("urged the union to call
		// off the strike", "asked not to be named").
		if k >= s.last || d.sentenceEnd(k, s) || d.anonymity(k, s) {
			if (c.lemma == "urge" || c.lemma == "demand" || c.lemma == "recommend") && !d.anonymity(k, s) {
				d.complementBefore(c, s) // "Residents should stay indoors, Ilse Varga urged."
			}
			return
		}
		toKnow := c.lemma == "want to know"
		if d.isWord(k, "to") && d.isWord(k+1, "know") && c.lemma == "demand" {
			k += 2 // "demanded to know why the bridge was shut": a question
			toKnow = true
		}
		if toKnow && (d.isWord(k, "who") || d.isWord(k, "where") || d.isWord(k, "which")) && k+1 < s.last && !d.sentenceEnd(k+1, s) {
			d.addComps(c, k, s) // "wanted to know who had ordered it"
			return
		}
		if d.isWord(k, "whether") || d.isWord(k, "if") || d.isWord(k, "how") || d.isWord(k, "why") ||
			d.isWord(k, "what") || d.isWord(k, "when") || d.subjunctive(k, s, true) {
			d.addComps(c, k, s)
		}
		return
	case cueThat:
		// "the survey found that ...", and without "that" only after data
		// or a request: "the figures show prices rose", "requested the
		// monarchs be given protection".
		switch {
		case k >= s.last || d.sentenceEnd(k, s) || d.punct(k, ","):
			if c.lemma != "decide" && c.lemma != "charge" && c.lemma != "threaten" && c.lemma != "protest" && c.lemma != "swear" &&
				c.lemma != "accept" { // "the job, which he accepted"
				d.complementBefore(c, s) // "..., the court ruled"; not "..., she protested"
			}
		case d.subjunctive(k, s, c.lemma != "rule") || (c.thing || c.docHead) && (c.lemma == "show" || c.lemma == "find") && d.clauseLike(k, s) ||
			(c.lemma == "show" || c.lemma == "find") && (c.thing || c.docHead || d.docInSubject(c)) && d.nameThenGerund(k, s):
			d.addComps(c, k, s)
		case c.found && k+1 < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxAux) && !d.isWord(k, "to") && d.relativeGap(c, s) && !d.prepRelative(c, s):
			// "the tram, which Okonjo estimated would cost millions": the
			// relative pronoun is the clause's subject, its verb next;
			// not "the case on which the court has ruled was ...".
			d.addComps(c, k, s)
		case c.found && (c.lemma == "accept" || c.lemma == "recognise" || c.lemma == "concede") && k+1 < s.last && d.isWord(k, "there") && d.toks[k].lowerWord() &&
			d.toks[k+1].has(lxAux) && !d.isWord(k+1, "to"):
			// "but also accepted there was a long way to go": "there" and
			// a form of "be" open a clause, never an object accepted.
			d.addComps(c, k, s)
		case c.found && (c.lemma == "show" || c.lemma == "find") && d.clauseLike(k, s) && (d.clauseVerbSoon(k, s) || d.possessiveSubjectVerb(k, s)) && !d.isWord(k, "it") &&
			!(c.lemma == "find" && d.objectComplement(k, s)):
			// "they found there can be enough oxygen", "the team showed
			// those lichens can survive": a finding, not an object found.
			d.addComps(c, k, s)
		case c.found && (c.lemma == "rule" || c.lemma == "estimate" || c.lemma == "project" || c.lemma == "hint" || c.lemma == "signal" || c.lemma == "determine" ||
			c.lemma == "calculate" || c.lemma == "demonstrate" || // "Quell calculated the asteroid would pass ..."
			c.lemma == "imply" || c.lemma == "deem" || c.lemma == "decide" || c.lemma == "intimate" || c.lemma == "hear" || c.lemma == "tell" ||
			c.lemma == "feel" && d.clauseVerbSoon(k, s) || c.lemma == "hold" && d.benchSubject(c)) && !d.isWord(k, "out") &&
			!((c.lemma == "hint" || c.lemma == "signal") && (d.isWord(k, "a") || d.isWord(k, "an"))) && // "signaled an intent to run": an object
			!d.toks[k].has(lxAux|lxVerb) && d.clauseLike(k, s) && !(d.isWord(k, "it") && !(k+1 < s.last && d.toks[k+1].has(lxAux) && !d.isWord(k+1, "to"))) &&
			!(d.inRelativeAside(c.verb, s) && !d.clauseVerbWithin(k, s, 16)):
			// "Judge Orla Bexley ruled the ban violated the charter",
			// "Judge Ana Lind held he was a flight risk",
			// "officials estimated she may have starved": a decision or
			// an estimate with its clause, "that" left out. In a relative
			// clause set off by commas its verb comes before the closing
			// one: "whose family has ruled the country for 41 years, is
			// seeking a third term" has no clause, only the main clause's
			// verb after the relative one.
			d.addComps(c, k, s)
		}
		return
	case cueExpress:
		// "expressed hope the bridge would reopen": a feeling and its
		// clause; "expressed concern about the delay", "at reports the
		// mayor hid": what the feeling is about, not what was said.
		if k+1 < s.last && d.toks[k].has(lxPrep) && (d.isWord(k+1, "whether") || d.isWord(k+1, "how") || d.isWord(k+1, "why")) {
			k++ // "expressed doubts about whether the vaccine works": a question
		}
		if k < s.last && !d.sentenceEnd(k, s) && !d.toks[k].has(lxPrep) && d.clauseLike(k, s) {
			d.addComps(c, k, s)
		}
		return
	case cueIssue:
		if d.isWord(k-1, "effect") && d.isWord(k-2, "the") && d.isWord(k-3, "to") && k < s.last && !d.isWord(k, "that") && d.clauseLike(k, s) {
			// "issued a statement to the effect the king considered it
			// inappropriate": the gist, "that" left out.
			d.addComps(c, k, s)
			return
		}
		for k < s.last && !d.toks[k].inQuote() && d.toks[k].cv == 0 && !d.isWord(k, "that") && !d.sentenceEnd(k, s) {
			k++
		}
		// "issued a statement saying that ...": the participle's own cue
		// reports it.
		if k < s.last && !d.sentenceEnd(k, s) && d.toks[k].cv == 0 {
			k++
			d.addComps(c, k, s)
		}
		return
	}
	if d.punct(k, ":") && c.class == cueSay && k+1 < s.last && d.toks[k+1].kind != tkQuote && !d.toks[k+1].inQuote() &&
		d.clauseLike(k+1, s) && d.clauseVerbSoon(k+1, s) {
		// "..., Al-Kahlot said: Swift intervention will help them": a
		// colon hands over to the words, unquoted, and the clause before
		// is reported too.
		d.complementBefore(c, s)
		d.addComps(c, k+1, s)
		return
	}
	if c.class == cueSay && !c.inverted && c.found && k == c.after && d.isWord(k, "and") && d.toks[k].lowerWord() &&
		c.subjFirst-1 > s.first && d.punct(c.subjFirst-1, ",") {
		// "..., residents said and videos showed.", "..., Brenn said and
		// added that ...": the cue closes the clause before it; what the
		// conjunction joins is another source or the speaker's next act.
		d.complementBefore(c, s)
		if len(c.comps) > 0 && !d.finiteVerbIn(c.comps[0][0], c.comps[0][1]) {
			c.comps, c.before = nil, false // "In May, Brenn said and did little": a scene, no clause
			return
		}
		if len(c.comps) > 0 {
			ci := d.chunkAt[k+1]
			if ci < 0 && d.isWord(k+1, "the") && k+2 < s.last {
				ci = d.chunkAt[k+2]
			}
			if ci >= 0 && d.chunks[ci].ent >= 0 && d.chunks[ci].ent != c.ent {
				c.ent = -1 // "..., Brenn said and Omar Pell confirmed": said by both, no one alone
			}
			return
		}
	}
	if k >= s.last || d.sentenceEnd(k, s) || d.punct(k, ",") || d.punct(k, ";") || d.isDash(k) {
		d.complementBefore(c, s)
		// "Charité said in a statement, Navalny would be ...": with
		// nothing before, the clause comes after the comma.
		// "said Mara Quell to the crowd, which cheered": a relative clause
		// about the phrase before is no reported clause.
		if len(c.comps) == 0 && d.punct(k, ",") && k > c.after && k+1 < s.last && !c.receiver && d.toks[k+1].cv == 0 &&
			!d.toks[k+1].has(lxVerb|lxAux|lxRelative) && d.clauseLike(k+1, s) && !d.attributionFollows(k+1, s) {
			d.addComps(c, k+1, s)
		}
		return
	}
	if objectVerb(c.lemma) && d.objectWithRelative(k, s) {
		return // "confirmed the date the bridge would reopen": a thing, not a clause
	}
	if (c.lemma == "post" || c.lemma == "report" && (d.toks[k].kind == tkNum || d.punct(k, "$") || d.isWord(k, "a") || d.isWord(k, "an"))) && d.resultObject(k, s) {
		// "posted a 12% rise in pretax profit", "reported $33.7 billion
		// in revenue": a result, not words; but "reported sales fell" is
		// a clause, its result noun the subject.
		return
	}
	if objectVerb(c.lemma) && d.resultWithRelative(k, s) {
		return // "reported first-quarter sales that missed forecasts": a result the relative clause describes, not words
	}
	if objectVerb(c.lemma) && d.bareObject(k, s) {
		// "Veldria recalled its ambassador to Calder on Friday, the
		// ministry said": a thing done, reported by the cue after it.
		return
	}
	if j := d.colonBeforeQuotation(k, s); j > k && !d.finiteVerbIn(k, j) {
		// "posted a message on Facebook: “...”", "wrote a post: “...”":
		// the object names the words the colon hands over to, and is
		// no clause said.
		return
	}
	if d.clauseLike(k, s) && !d.objectInRelative(c, k, s) {
		d.addComps(c, k, s)
		return
	}
	if k+1 < s.last && d.toks[k].lowerWord() && (d.endsWith(k, "ed") || d.toks[k].has(lxVerb) || d.presentAfterGap(k)) && !d.toks[k].has(lxAux|lxPrep|lxDet) &&
		(d.relativeGap(c, s) || d.presentAfterGap(k) && d.contactGap(c, s)) {
		// "the rules, which critics have said amounted to voter
		// suppression": the relative pronoun is the clause's subject, and
		// its verb follows the cue.
		d.addComps(c, k, s)
		return
	}
	if c.lemma == "suggest" && d.subjunctive(k, s, true) {
		// "suggested supporters fill out ballots": a proposal in the
		// subjunctive, as "recommended the troops withdraw" is.
		d.addComps(c, k, s)
		return
	}
	if d.ellipticalFigure(c, k, s) {
		// "Phivolcs reported the magnitude was 5.5; USGS reported 5.8":
		// the clause before, its repeated words left out.
		d.addComps(c, k, s)
		return
	}
	// "declaring himself the “president of law and order”": a quoted
	// phrase after the object is the speaker's words.
	for j := k; j < s.last && j < k+8; j++ {
		t := &d.toks[j]
		if j > k+1 && d.isWord(j, "to") && t.lowerWord() && j+1 < s.last && d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxDet|lxPrep|lxPronoun|lxAux) && d.toks[j+1].cv == 0 &&
			d.toks[j-1].lowerWord() && aimNoun(d.lower(j-1)) {
			// "announced a plan to become “carbon negative”": the aim
			// the object names, then the speaker's phrase.
			j++
			continue
		}
		if j > k && t.lowerWord() && aimNoun(d.lower(j)) && d.toks[j-1].lowerWord() && d.toks[j-1].has(lxDet) && d.isWord(j+1, "to") {
			continue // "a plan to ...": the noun, not the verb "plan"
		}
		if t.kind == tkQuote && t.is(fOpenMark) {
			qi := d.markQuote(j)
			if qi >= 0 && j > k && workNoun[d.lower(j-1)] && d.titleCase(qi) {
				return // "wrote the song “Dark Harbour”": a title, not words said
			}
			c.quote = qi
			return
		}
		if t.kind == tkPunct || t.cv != 0 || t.has(lxAux|lxVerb) && t.lowerWord() {
			return
		}
	}
}

// timeNounAt reports whether token k names a stretch of time, which after
// "that" makes the phrase a time ("fired back that day"), not a clause.
func (d *doc) timeNounAt(k int) bool {
	if k >= len(d.toks) || !d.toks[k].lowerWord() {
		return false
	}
	if d.toks[k].has(lxTime) {
		return true
	}
	switch d.lower(k) {
	case "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "season", "time", "summer", "winter", "spring", "autumn", "fall":
		return true
	}
	return false
}

// mannerThat are the verbs of a manner of speaking, otherwise cues only
// beside a quotation, that report a "that" clause right after them too:
// "a man shouted that the police had no right to be there", "she shared
// that ..."; not "a post shared on social media that ...".
var mannerThat = map[string]bool{
	"shout": true, "yell": true, "scream": true, "whisper": true, "chant": true, "muse": true, "plead": true,
	"marvel": true, "sigh": true, "scoff": true, "snap": true, "interject": true, "share": true, "reflect": true,
	// "fired back that the plan was legal", "hit back that ...": a retort.
	"fire back": true, "shoot back": true, "hit back": true,
}

// ellipticalFigure reports whether cue c, a report or an estimate, has
// only a figure after it to the sentence's end ("USGS reported 5.8."),
// after an earlier cue of the same sentence that reported a clause: the
// figure stands for that clause, its repeated words left out.
func (d *doc) ellipticalFigure(c *cue, k int, s sentence) bool {
	switch c.lemma {
	case "report", "estimate", "say", "put", "measure", "record":
	default:
		return false
	}
	if k >= s.last || d.toks[k].kind != tkNum {
		return false
	}
	for j := k + 1; j < s.last; j++ {
		if d.sentenceEnd(j, s) {
			break
		}
		if t := &d.toks[j]; j > k+3 || !(t.lowerWord() && !t.has(lxVerb|lxAux) && t.cv == 0 || t.kind == tkNum || d.punct(j, "%")) {
			return false
		}
	}
	for i := len(d.cues) - 1; i >= 0 && d.cues[i].verb >= s.first; i-- {
		if o := &d.cues[i]; o != c && o.verb < c.verb && len(o.comps) > 0 && !o.skip {
			return true
		}
	}
	return false
}

// workNoun are the works whose titles follow them in quotation marks.
var workNoun = map[string]bool{
	"song": true, "songs": true, "album": true, "book": true, "novel": true, "film": true, "movie": true,
	"poem": true, "play": true, "opera": true, "series": true, "show": true, "documentary": true,
	"essay": true, "memoir": true, "single": true, "track": true, "episode": true, "article": true,
}

// fragmentOpensClause reports whether quotation q is a few words with no
// stop of their own, closed and followed at once by the verb of a clause
// they are the subject of: "“the virus” would be", "“reckless drivers”
// were to blame", "“proactive and robust” measures must"; not "“thank
// you” to the crew" or "“No,” and left".
func (d *doc) fragmentOpensClause(qi int, s sentence) bool {
	q := &d.quotes[qi]
	if q.close < 0 || q.close+1 >= s.last || q.close-q.open-1 > 6 || q.close-q.open-1 < 1 {
		return false
	}
	if t := &d.toks[q.close-1]; t.kind == tkPunct {
		return false // "“No,” and ...", "“Stop.”": the words end there
	}
	for j := q.open + 1; j < q.close; j++ {
		if d.toks[j].lowerWord() && d.toks[j].has(lxAux) || d.toks[j].cv != 0 && !(j > q.open+1 && d.toks[j-1].has(lxDet) && d.endsWith(j, "en")) {
			// "“the virus is spreading” ...": a clause of its own in the
			// marks; but "“a written and verbal protest” was delivered":
			// a participle after an article qualifies the noun.
			return false
		}
	}
	n := q.close + 1
	if d.toks[n].lowerWord() && !d.toks[n].has(lxAux|lxPrep|lxFunc|lxDet) && n+1 < s.last && d.toks[n+1].lowerWord() && d.toks[n+1].has(lxAux) {
		n++ // "“proactive and robust” measures must": the noun the words qualify, then the verb
	}
	afterAdverb := false
	if d.isWord(n, "of") && d.toks[n].lowerWord() {
		// "“hundreds” of rescues have taken place", "“scores” of people
		// still need": the quoted count heads the subject, its noun after
		// "of", then the verb, an adverb perhaps between.
		for m := n + 1; m < s.last && m <= n+4; m++ {
			tm := &d.toks[m]
			if m > n+1 && m+2 < s.last && tm.lowerWord() && tm.has(lxAdverb) && d.toks[m+1].lowerWord() &&
				!d.toks[m+1].has(lxPrep|lxFunc|lxDet|lxPronoun) && !d.endsWith(m+1, "ing") {
				n, afterAdverb = m+1, true
				break
			}
			if !tm.lowerWord() || tm.has(lxPrep|lxFunc) {
				break
			}
			if tm.has(lxAux) && !d.isWord(m, "to") {
				n = m
				break
			}
		}
	}
	if d.toks[n].lowerWord() && d.toks[n].has(lxPrep) && !d.isWord(n, "to") && !d.isWord(n, "of") && !d.isWord(n, "by") {
		// "said “a bunch of thugs” at the depot had been violent": the
		// quoted subject, where it stood, then its auxiliary.
		if m := d.npForward(n+1, s.last); m > n+1 && m <= n+5 && m < s.last && d.toks[m].lowerWord() && d.toks[m].has(lxAux) && !d.isWord(m, "to") {
			n = m
		}
	}
	t := &d.toks[n]
	if !t.lowerWord() || !(t.has(lxAux) || afterAdverb || d.quotedSubjectVerb(n, s)) || d.isWord(n, "to") {
		return false
	}
	for j := n + 1; j < s.last && j < n+4; j++ {
		if d.toks[j].kind == tkWord {
			return true // a word after the verb: the clause goes on
		}
	}
	return false
}

// quotedClauseRunsOn reports whether quotation qi, a clause of its own
// with an auxiliary in it ("“a series of measures will follow”"), is
// followed in its sentence by words that go on with that clause rather
// than say where or to whom it was said: a time or condition ("in the
// near future", "for now", "by Friday", "if talks fail"), and no other
// quotation or cue after them. "said “it was over” to reporters", "at a
// news conference", "in a statement" and "on Monday" leave the quotation
// direct.
func (d *doc) quotedClauseRunsOn(qi int, s sentence) bool {
	q := &d.quotes[qi]
	if q.close < 0 || q.close+2 >= s.last || q.close-q.open-1 < 3 || d.toks[q.close-1].kind == tkPunct {
		return false
	}
	if l := q.close - 1; d.toks[l].lowerWord() && strandedPrep(d.lower(l)) && d.toks[q.close+1].lowerWord() && !d.toks[q.close+1].has(lxPrep|lxAux) {
		// "told CNN that “we need to take a look at” placing unruly
		// passengers on a list": the quoted words stop on a preposition
		// whose object runs on outside the marks.
		for j := q.close + 1; j < s.last; j++ {
			if t := &d.toks[j]; t.kind == tkQuote || t.inQuote() || t.cv != 0 {
				return false
			}
		}
		return true
	}
	aux := false
	for j := q.open + 1; j < q.close; j++ {
		aux = aux || d.toks[j].lowerWord() && d.toks[j].has(lxAux) && !d.isWord(j, "to")
	}
	if !aux {
		return false
	}
	n := q.close + 1
	if !d.toks[n].lowerWord() {
		return false
	}
	switch d.lower(n) {
	case "for", "by", "until", "within", "if", "unless", "because", "once", "before", "after", "over":
	case "to":
		// "says “there is no reason” to close the schools": an
		// infinitive goes on with the quoted clause; "said “it was
		// over” to reporters" names the hearers.
		if n+1 >= s.last || !d.toks[n+1].lowerWord() || !d.toks[n+1].has(lxVerb) || d.toks[n+1].has(lxDet|lxPronoun|lxGroup) {
			return false
		}
	case "in":
		switch d.lower(n + 1) {
		case "the", "coming", "next", "this":
		default:
			return false
		}
		if m := n + 2; m < s.last && (d.toks[m].has(lxDoc) || interviewWords[d.lower(m)] || d.isWord(m, "news") || d.isWord(m, "press")) {
			return false // "in the statement", "in the interview"
		}
	default:
		return false
	}
	timeClause := false
	for j := n + 1; j < s.last; j++ {
		t := &d.toks[j]
		timeClause = timeClause || j > n+2 && t.lowerWord() && (d.isWord(j, "after") || d.isWord(j, "before") || d.isWord(j, "when") || d.isWord(j, "once"))
		if timeClause && t.cv != 0 && (cueVerbs[t.cv-1].class == cueIssue || d.endsWith(j, "ing") && !d.toks[j-1].has(lxAux)) {
			continue // "... tonight after the Weather Office issued a red warning": a notice issued in the time's own clause
		}
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 && !d.isWord(j, "that") && !d.isWord(j-1, "to") {
			return false
		}
	}
	return true
}

// strandedPrep reports whether w, ending a quotation, is a preposition
// that needs its object after it ("take a look at"), not a particle that
// may close a clause ("the talks are over").
func strandedPrep(w string) bool {
	switch w {
	case "at", "about", "with", "for", "of", "from", "into", "toward", "towards", "against", "without":
		return true
	}
	return false
}

// quoteAt returns the quotation that opens at token k, or after a colon or
// comma there, or -1.
func (d *doc) quoteAt(k int, s sentence) int {
	if k < s.last && (d.punct(k, ":") || d.punct(k, ",")) {
		k++
	}
	if k < s.last && d.toks[k].kind == tkQuote && d.toks[k].is(fOpenMark) {
		return d.markQuote(k)
	}
	// "Rathbun stated," at a paragraph's end, the quotation opening the next.
	if k == s.last && s.last == d.paraEnd(int(d.toks[s.first].para)) && (d.punct(k-1, ":") || d.punct(k-1, ",")) &&
		k < len(d.toks) && d.toks[k].kind == tkQuote && d.toks[k].is(fOpenMark) {
		return d.markQuote(k)
	}
	return -1
}

// bareHearersBefore reports whether the noun phrase [k, end) opens with
// a bare word for people ("reporters") and a clause follows that word:
// "told reporters results from the commission were fiction". Asked only
// once the cheaper tests of its caller hold: it reads the clause.
func (d *doc) bareHearersBefore(k, end int, s sentence) bool {
	return end > k+1 && d.toks[k].lowerWord() && d.toks[k].has(lxGroup) && !d.toks[k].has(lxDet|lxPronoun) && !d.quantityPronoun(k) &&
		d.toks[k+1].lowerWord() && d.clauseLike(k+1, s) && d.clauseVerbSoon(k+1, s)
}

// skipReceiver steps over the hearer of "told", "warned", "assured": up to
// "that" when it comes soon, else over one noun phrase ("told reporters",
// "told CBC News the department ...").
func (d *doc) skipReceiver(k int, s sentence) int {
	// "told “Morning Harbour” that ...": a programme in marks hears.
	if k >= s.last {
		return k
	}
	if t := &d.toks[k]; t.kind == tkQuote && t.is(fOpenMark) && k > s.first {
		if qi := d.markQuote(k); qi >= 0 && d.quotes[qi].close > k && d.quotes[qi].close+1 < s.last && d.isWord(d.quotes[qi].close+1, "that") && d.workTitleAfter(qi, k-1) {
			return d.quotes[qi].close + 1
		}
	}
	if k+2 < s.last && d.toks[k].lowerWord() && d.toks[k].has(lxGroup) && !d.toks[k].has(lxDet|lxPronoun) &&
		d.toks[k+1].lowerWord() && d.endsWith(k+1, "ing") && d.gerundSubject(k+1, s) {
		return k + 1 // "told reporters lending will slow": the hearers, then a noun in -ing and its verb
	}
	// "warned the bridge would collapse", "clarified the plan had
	// changed": a thing and its verb are the clause, not a hearer.
	if end := d.npForward(k, s.last); end > k && end < s.last {
		// "warned temperatures in the Varn Basin would rise", "warned
		// levels of carbon in the lake rose": the thing may carry
		// phrases after it before its verb.
		v := d.skipNounPhrasePreps(end, s)
		verb := d.toks[v].lowerWord() && d.toks[v].has(lxAux) && !d.isWord(v, "to") || v > end && d.pastVerbAt(v, s)
		h := &d.toks[end-1]
		if v == end && d.toks[v].lowerWord() && modalWord(d.lower(v)) && !h.has(lxPronoun) && !d.bareHearersBefore(k, end, s) {
			// "warns the Bank must weigh ...", "told the council would
			// ...": a modal right after the phrase is its verb; a hearer
			// has none.
			return k
		}
		if verb && h.lowerWord() && d.chunkAt[end-1] < 0 && !h.has(lxRole|lxGroup|lxGenericOrg|lxPronoun) && !d.pluralSubject(end-1) && !d.bareHearersBefore(k, end, s) {
			// Not "told reporters results from the commission were
			// fiction": a bare word for people first hears (below).
			return k
		}
	}
	who := false // "told reporters who had gathered outside that ...": the hearers' relative clause has a verb of its own
	for j := k; j < s.last && j < k+16; j++ {
		t := &d.toks[j]
		if d.isWord(j, "that") && t.lowerWord() {
			return j
		}
		if j > k && t.lowerWord() && contractedSubject(d.lower(j)) {
			return j // "told reporters we'll see": the clause's subject and auxiliary
		}
		if j > k && !who && t.lowerWord() && (d.isWord(j, "who") || d.isWord(j, "which") && d.punct(j-1, ",")) {
			who = true
			continue
		}
		if who && d.punct(j, ",") && j+2 < s.last && d.isWord(j+1, "that") && d.toks[j+1].lowerWord() {
			return j + 1 // "told the council, which had voted to close the depot, that ...": the hearers' aside closed
		}
		// A cue's word right after a preposition or an article is a noun
		// of the scene, not the clause's verb: "told peers at question
		// time that".
		nounCue := t.cv != 0 && j > k && t.lowerWord() && d.toks[j-1].lowerWord() && d.toks[j-1].has(lxPrep|lxDet) && !d.isWord(j-1, "to")
		if t.kind == tkQuote || t.inQuote() || d.punct(j, ":") || t.has(lxAux) && !who || t.cv != 0 && !nounCue || d.punct(j, ".") || d.punct(j, ",") && who {
			break
		}
	}
	if end := d.npForward(k, s.last); end > k && d.toks[end-1].lowerWord() && detailNouns[d.lower(end-1)] {
		return k // "warned the cost the city faces could double": a cost hears nothing
	}
	if k+1 < s.last && d.toks[k].lowerWord() {
		// "told them the plan was dead", "told her it was over": a hearer
		// named by a pronoun; "her" may be a determiner ("told her son",
		// "told her family ..."), so it is the hearer only before what
		// opens a clause.
		switch d.lower(k) {
		case "me", "him", "them", "us", "you":
			return k + 1
		case "her":
			if n := &d.toks[k+1]; n.has(lxDet|lxPronoun) || n.capWord() || n.kind == tkNum ||
				d.npForward(k, s.last) <= k+1 && d.clauseLike(k+1, s) {
				return k + 1
			}
		}
	}
	if k+1 < s.last && d.toks[k].has(lxGroup) && !d.isWord(k, "all") && !d.isWord(k, "both") && !d.toks[k+1].has(lxPrep|lxAux) && d.toks[k+1].cv == 0 &&
		d.bareHearersBefore(k, d.npForward(k, s.last), s) {
		// "told reporters exports fell", "reminded members most of the
		// files were lost": a bare word for people hears; the noun after
		// it opens the clause, not a longer hearer.
		return k + 1
	}
	if end := d.npForward(k, s.last); end > k && !d.toks[k].has(lxDet|lxPronoun) || end > k+1 {
		// "told the Associated Press four victims were ...": the hearer's
		// name ends where a number opens the clause.
		for j := k + 1; j < end; j++ {
			if d.toks[j-1].capWord() && (d.toks[j].kind == tkNum || d.toks[j].lowerWord() && numberWord(d.lower(j)) > 0) {
				if d.toks[j].kind == tkNum && j+1 < s.last && d.toks[j+1].capWord() {
					continue // "told BBC Radio 5 Live": the number inside a station's name
				}
				return j
			}
		}
		// "told CNN, neighbours had tried to ...": a named hearer, a comma,
		// and the clause.
		if d.toks[end-1].capWord() && d.punct(end, ",") && end+1 < s.last && d.toks[end+1].lowerWord() &&
			!d.toks[end+1].has(lxPrep|lxPronoun) && d.clauseLike(end+1, s) && d.clauseVerbSoon(end+1, s) {
			return end + 1
		}
		// "told journalists gathered outside the town hall the bridge
		// was safe": the hearers' participle and its place.
		if end+1 < s.last && d.toks[end].lowerWord() && d.endsWith(end, "ed") && d.toks[end].cv == 0 && !d.toks[end].has(lxAux) &&
			d.toks[end+1].lowerWord() && d.toks[end+1].has(lxPrep) && !d.isWord(end+1, "to") && !d.isWord(end+1, "by") {
			if n := d.skipForwardAdverbials(end+1, s.last); n > end+1 {
				return n
			}
		}
		return end
	}
	return k
}

// skipNounPhrasePreps steps over up to two prepositional phrases that
// qualify a noun phrase ending before token k ("in the Varn Basin", "of
// carbon in the lake") and returns the token after them: k itself when
// none opens there, and never past a phrase that reaches the sentence's
// end (the token after the first, if only the second does).
func (d *doc) skipNounPhrasePreps(k int, s sentence) int {
	j := k
	for n := 0; n < 2 && j+1 < s.last && d.toks[j].lowerWord() && d.toks[j].has(lxPrep) && !d.isWord(j, "to") && !d.isWord(j, "that"); n++ {
		end := d.npForward(j+1, s.last)
		if end <= j+1 || end >= s.last {
			break
		}
		j = end
	}
	return j
}

// courtWords are the heads of a court's or a judge's name or description.
var courtWords = map[string]bool{
	"court": true, "judge": true, "judges": true, "justice": true, "justices": true, "jury": true,
	"tribunal": true, "magistrate": true, "magistrates": true, "bench": true,
}

// courtSpeaker reports whether cue c's speaker phrase names a court or a
// judge: "the unanimous court", "the Supreme Court", "Judge Petra Lind".
func (d *doc) courtSpeaker(c *cue) bool {
	for j := c.subjFirst; j < c.verb && j < len(d.toks); j++ {
		if courtWords[d.lower(j)] {
			return true
		}
	}
	return c.ent >= 0 && strings.Contains(d.ents[c.ent].name, "Court")
}

// contrastOpening returns the comma that ends a contrasting clause opening
// sentence s ("Whereas ..., ", "While ..., "), or -1.
func (d *doc) contrastOpening(s sentence) int {
	if !d.isWord(s.first, "whereas") && !d.isWord(s.first, "while") && !d.isWord(s.first, "whilst") {
		return -1
	}
	for j := s.first + 1; j < s.last; j++ {
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
			return -1
		}
		if d.punct(j, ",") {
			return j
		}
	}
	return -1
}

// hearingWords are the heads of a court or a hearing that is told things:
// "the court heard", "the inquest was told".
var hearingWords = map[string]bool{
	"court": true, "jury": true, "inquest": true, "tribunal": true, "hearing": true, "trial": true,
	"inquiry": true, "magistrates": true, "jurors": true, "committee": true,
	"meeting": true, "councillors": true, "councilors": true, "panel": true, // "The meeting heard that ...", UK local copy
}

// hearingSpeaker reports whether cue c's subject is a court or a hearing.
func (d *doc) hearingSpeaker(c *cue) bool {
	for j := c.subjFirst; j < c.verb && j < len(d.toks); j++ {
		if hearingWords[d.lower(j)] && (d.toks[j].lowerWord() || d.toks[j].is(fSentStart)) || d.isWord(j, "court") {
			return true
		}
	}
	return false
}

// clauseVerbSoon reports whether a finite verb or an auxiliary comes within
// a few words of k, as it does in a clause and not in a list of names.
func (d *doc) clauseVerbSoon(k int, s sentence) bool { return d.clauseVerbWithin(k, s, 8) }

// possessiveSubjectVerb reports whether the clause at k opens with an
// owner's name and its "'s" and has its verb within a few words after
// them: "found Norland's decision to detain her on Kessby was lawful",
// where the owner's words use up the window clauseVerbSoon looks in.
func (d *doc) possessiveSubjectVerb(k int, s sentence) bool {
	p := d.nameThenPossessive(k, s)
	return p >= 0 && d.clauseVerbSoon(p+1, s)
}

// nameThenPossessive returns the possessive ending of the name that opens
// at token k ("Norland's", "Barron's"), or -1 when no name opens there or
// none follows it in the sentence.
func (d *doc) nameThenPossessive(k int, s sentence) int {
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k {
		return -1
	}
	p := d.chunks[ci].last
	if p >= s.last || d.toks[p].kind != tkPoss {
		return -1
	}
	return p
}

// inRelativeAside reports whether token v lies in a relative clause set
// off by a comma: ", whose family has ruled", ", which has ruled".
func (d *doc) inRelativeAside(v int, s sentence) bool {
	for j := v - 1; j > s.first; j-- {
		if d.punct(j, ",") {
			return false
		}
		if d.toks[j].lowerWord() && (d.isWord(j, "who") || d.isWord(j, "whose") || d.isWord(j, "which")) {
			return d.punct(j-1, ",")
		}
	}
	return false
}

// clauseVerbWithin is clauseVerbSoon over n tokens.
func (d *doc) clauseVerbWithin(k int, s sentence, n int) bool {
	for j := k; j < s.last && j < k+n; j++ {
		t := &d.toks[j]
		if t.kind == tkPunct || t.kind == tkQuote {
			return false
		}
		if j > k && d.participleModifiesAt(j, s) {
			continue // "the halts designed to slow traders": a participle after its noun, no clause's verb
		}
		if t.lowerWord() && (t.has(lxAux) || d.endsWith(j, "ed") && (!t.has(lxCommon) || t.has(lxVerb)) || pastOnlyVerb(d.lower(j))) {
			return true
		}
		if j == k+1 && (nominative(d.lower(k)) || d.isWord(k, "it")) && d.toks[k].lowerWord() && t.lowerWord() && t.has(lxVerb) && !d.endsWith(j, "ing") {
			return true // "fired back that it built the hospital": a verb the past of which has no "-ed"
		}
	}
	return false
}

// aimNoun reports whether w names an aim that an infinitive completes:
// "a plan to become", "a pledge to cut", "a goal to reach".
func aimNoun(w string) bool {
	switch w {
	case "plan", "plans", "pledge", "goal", "target", "bid", "promise", "commitment", "drive", "push", "ambition", "aim":
		return true
	}
	return false
}

// participleModifiesAt reports whether the word at j is a
// modifierParticiple with a lower-case preposition or "to" after it, in
// sentence s: "aimed at", "designed to".
func (d *doc) participleModifiesAt(j int, s sentence) bool {
	if !d.toks[j].lowerWord() || j+1 >= s.last || !d.toks[j+1].lowerWord() {
		return false
	}
	if d.consistsOfAt(j, s) {
		return true
	}
	return modifierParticiple(d.lower(j)) && (d.toks[j+1].has(lxPrep) || d.isWord(j+1, "to"))
}

// consistsOfAt reports whether a participle of make-up opens at j:
// "announced her Cabinet made up of five parties", "a panel composed of
// judges" say what the noun before consists of, never a clause's verb
// ("made up" of a story takes no "of").
func (d *doc) consistsOfAt(j int, s sentence) bool {
	if !d.toks[j].lowerWord() || j+1 >= s.last {
		return false
	}
	return (d.isWord(j, "composed") || d.isWord(j, "comprised")) && d.isWord(j+1, "of") ||
		d.isWord(j, "made") && d.isWord(j+1, "up") && j+2 < s.last && d.isWord(j+2, "of")
}

// modifierParticiple reports whether w is a past participle that,
// before a preposition, nearly always modifies the noun before it ("a
// fund aimed at farmers", "halts designed to slow traders", "players
// selected for the tour") rather than acting as a clause's verb.
func modifierParticiple(w string) bool {
	switch w {
	case "designed", "aimed", "intended", "meant", "geared", "targeted", "tailored", "dedicated", "selected", "chosen":
		return true
	}
	return false
}

// frequencyAdjective reports whether w, ending in -ly, is as often an
// adjective before a noun as an adverb: "quarterly revenue", "daily cases".
func frequencyAdjective(w string) bool {
	switch w {
	case "quarterly", "monthly", "weekly", "daily", "yearly", "hourly", "nightly", "fortnightly":
		return true
	}
	return false
}

// durationEnd returns the token after a span of time opening at k ("months",
// "the past two years", "some time", "the first time", "more than a
// decade"), or k when none opens there.
func (d *doc) durationEnd(k, last int) int {
	for j := k; j < last && j < k+5; j++ {
		t := &d.toks[j]
		if t.kind == tkNum {
			continue
		}
		if !t.lowerWord() {
			return k
		}
		w := d.lower(j)
		if durationUnit(w) {
			return j + 1
		}
		switch {
		case numberWord(w) > 0, t.has(lxDet):
		case w == "first", w == "last", w == "past", w == "long", w == "few", w == "several", w == "many",
			w == "more", w == "than", w == "over", w == "nearly", w == "almost", w == "some", w == "two", w == "second":
		default:
			return k
		}
	}
	return k
}

// durationUnit reports whether w names a span of time or a number of
// occasions.
func durationUnit(w string) bool {
	switch w {
	case "time", "times", "while", "months", "years", "weeks", "days", "decades", "hours", "month", "year", "week", "decade", "day", "ages":
		return true
	}
	return false
}

// thisTime reports whether "this", "last" or "next" at k opens a time
// ("this Thursday", "last week"), not a noun phrase after a participle:
// "in a statement released this Thursday".
func (d *doc) thisTime(k, last int) bool {
	return k+1 < last && (d.isWord(k, "this") || d.isWord(k, "last") || d.isWord(k, "next")) && d.toks[k+1].has(lxTime)
}

// skipForwardAdverbials steps over adverbs and prepositional phrases of
// time, place and manner after a speech verb: "said on Monday", "said in a
// statement", "told reporters on the steps of the courthouse".
func (d *doc) skipForwardAdverbials(k, last int) int {
	start := k
	agent := false   // a document's participle passed: its agent may follow
	docSeen := false // a document or an occasion of speech came in a phrase so far
	for n := 0; k < last && n < 6; n++ {
		t := &d.toks[k]
		if !t.lowerWord() {
			if t.has(lxTime) && t.capWord() && !(k+1 < last && d.toks[k+1].kind == tkPoss) {
				k++ // "said Tuesday", not "said Tuesday's results ..."
				continue
			}
			if j := d.skipParenthesis(k, last); j > k && j < last {
				k = j // "said on Tuesday (local time) that", "said (in Tannish) that": the reporter's aside
				continue
			}
			return k
		}
		w := d.lower(k)
		switch {
		case k+1 < last && d.quantityAt(k+1, last) &&
			(w == "over" || w == "approximately" || w == "nearly" || w == "roughly" || w == "almost" || w == "about" || w == "around"):
			return k // "said over 400 homes lost power", "said over a third of the wells were dry": a quantity opens the clause
		case (w == "just" || w == "only") && k+2 < last && d.toks[k+1].lowerWord() && hedgeWord(d.lower(k+1)) && d.quantityAt(k+2, last):
			return k // "said just over half of the wells were dry"
		case (w == "last" || w == "this" || w == "next") && k+2 < last && d.toks[k+1].lowerWord() && seasonWord(d.lower(k+1)):
			k += 2 // "reported last spring that": a season, which the lexicon keeps out of its times ("spring" is a verb too)
		case frequencyAdjective(w) && k+1 < last && d.toks[k+1].lowerWord() && !d.toks[k+1].has(lxFunc|lxPrep|lxAux|lxDet|lxVerb|lxAdverb):
			return k // "said quarterly revenue would fall": the adjective opens the clause
		case (w == "first" || w == "last") && k+2 < last && d.toks[k+1].lowerWord() && d.endsWith(k+1, "s") && !d.endsWith(k+1, "ss") &&
			!d.toks[k+1].has(lxFunc|lxPrep|lxAux|lxDet|lxAdverb|lxPronoun) && d.toks[k+1].cv == 0 && d.toks[k+2].lowerWord() && (d.toks[k+2].has(lxVerb|lxAux) || d.endsWith(k+2, "ed")):
			return k // "said first responders encountered heavy smoke": an adjective of the subject, no adverb
		case t.has(lxAdverb) && w != "that" || strings.HasSuffix(w, "ly") && !t.has(lxRole|lxCommon):
			k++
		case (w == "here" || w == "there") && (k+1 >= last || d.toks[k+1].kind == tkPunct || d.isWord(k+1, "that") ||
			d.toks[k+1].capWord() && d.toks[k+1].has(lxTime) || d.toks[k+1].lowerWord() && d.toks[k+1].has(lxPrep) && !d.toks[k+1].has(lxDet)):
			k++ // "said here Tuesday", "told reporters there on Monday that": the place of the saying; not "said there were"
		case t.has(lxTime|lxAdverb) && k+1 < last && d.toks[k+1].kind == tkPoss:
			// "says last week's flooding was ...", "said today's vote":
			// the time owns the clause's subject, and "last" goes with it.
			if k > start && (d.isWord(k-1, "last") || d.isWord(k-1, "this") || d.isWord(k-1, "next")) {
				return k - 1
			}
			return k
		case t.has(lxTime):
			k++
		case w == "to" && d.isWord(k+1, "date") && k+2 < last && d.toks[k+2].kind != tkPunct:
			k += 2 // "said to date 40 people had been arrested"
		case w == "to" && k+1 < last && d.toks[k+1].lowerWord() && !d.toks[k+1].has(lxDet|lxPronoun|lxGroup|lxRole) &&
			!(docSeen && d.recipientsAt(k+1, last)) && !d.assemblyAt(k+1, last) && !d.titledNameAt(k+1, last):
			return k // "asks the government to respect the ruling": an infinitive
		case w == "at" && (d.isWord(k+1, "least") || d.isWord(k+1, "most")):
			return k // "said at least 14 people had died": a number, not a place
		case (w == "late" || w == "early") && (d.isWord(k+1, "on") || d.isWord(k+1, "in")) && d.toks[k+1].lowerWord():
			k++ // "said late on Monday that": the phrase of time follows
		case w == "by" && k+1 < last && d.toks[k+1].lowerWord() && byMedium[d.lower(k+1)]:
			k += 2 // "told Wikinews by email"
		case w == "by" && k+1 < last && d.toks[k+1].capWord() && d.toks[k+1].has(lxTime):
			k += 2 // "said by Monday 40 people had been arrested"
		case w == "without" && k+2 < last && d.toks[k+1].lowerWord() && d.endsWith(k+1, "ing") && d.toks[k+1].cv == 0:
			// "said without giving details that ...", "said without
			// offering evidence the ...": a manner, then the clause.
			end := d.npForward(k+2, last)
			if end <= k+2 {
				return k
			}
			k = end
		case w == "with" && n == 0 && d.mannerWithEnd(k+1, last) > k+1:
			// "confirms with high certainty that", "said with a smile
			// that": the manner of saying, then the clause.
			k = d.mannerWithEnd(k+1, last)
		case w == "under" && k+1 < last && d.toks[k+1].lowerWord() && underOathNouns[d.lower(k+1)]:
			k += 2 // "testified under oath that", "admitted under questioning that": the manner of saying
		case w == "for" && n == 0 && d.durationEnd(k+1, last) > k+1:
			// "said for months that", "has argued for years the levy
			// ...", "said for the first time that": how long or how
			// often it was said, then the clause. Only a span of time:
			// "argued for a new levy" asks for a thing.
			k = d.durationEnd(k+1, last)
		case w != "the" && d.durationEnd(k, last) > k && d.isWord(d.durationEnd(k, last)-1, "times") &&
			(d.isWord(d.durationEnd(k, last), "that") || d.punct(d.durationEnd(k, last), ",")):
			// "said several times that": how often, then the clause; not
			// "said three times as many boats ...", the clause itself.
			k = d.durationEnd(k, last)
		case d.agoEnd(k, last) > k:
			k = d.agoEnd(k, last) // "said moments ago", "said two hours ago": when, then the clause or the end
		case w == "ahead" && d.isWord(k+1, "of") && d.toks[k+1].lowerWord():
			k++ // "said ahead of the vote that": the phrase after "of" follows
		case w == "in" && d.isWord(k+1, "response") && d.isWord(k+2, "to") && k+3 < last:
			// "said in response to a question about the number of
			// attackers who died that ...": the occasion, however long
			// (its own relative clause too), then the clause after its
			// "that"; without one, the phrase alone.
			j := k + 3
			for j < last && j < k+25 && d.toks[j].kind == tkWord && !d.toks[j].inQuote() && !d.isWord(j, "that") {
				j++
			}
			if !d.isWord(j, "that") || j == k+3 {
				j = d.npForward(k+3, last)
				if j <= k+3 {
					return k
				}
			}
			k = j
		case w == "in" && (d.isWord(k+1, "total") || d.isWord(k+1, "all")) && k+2 < last && d.toks[k+2].kind != tkPunct:
			k += 2 // "said in total 40 people ..."
		case w == "on" || w == "in" || w == "at" || w == "during" || w == "to" || w == "after" || w == "before" ||
			w == "from" || w == "outside" || w == "via" || w == "through" || w == "over" || w == "last" ||
			w == "this" || w == "of" || w == "late" || w == "early" || w == "inside" || w == "near" || w == "throughout" ||
			w == "amid" || w == "amidst" || // "said on Monday amid allegations of fraud": the scene, then the clause or the end
			(w == "with" || w == "for") && n > 0: // "said in an interview with the Kelmar News that"
			end := d.npForward(k+1, last)
			if (w == "after" || w == "before") && n > 0 && end > k+1 && end < last && d.toks[end].lowerWord() && !d.isWord(end+1, "that") &&
				(d.toks[end].has(lxVerb) && !d.toks[end].has(lxDet) || d.endsWith(end, "ed") && !d.toks[end].has(lxPrep)) {
				// "said on Thursday after the team conceded a 1-2 series
				// loss.": a clause of time after the scene, its own
				// subject and verb, closing the sentence with no other
				// speech in it.
				j := end + 1
				for j < last && d.toks[j].kind != tkPunct && d.toks[j].kind != tkQuote && d.toks[j].cv == 0 {
					j++
				}
				if d.punct(j, ".") && j+1 >= last {
					k = j // to the sentence's end: the clause before the cue is what was said
					continue
				}
			}
			if end <= k+1 && k+2 < last && d.toks[k+1].capWord() && d.toks[k+1].has(lxTime) && d.toks[k+1].has(lxAux) {
				end = k + 2 // "said in May it could ...": the month, which the noun phrase refused as the auxiliary "may"
			}
			if end <= k+2 && k+3 < last && d.toks[k+1].lowerWord() && d.toks[k+1].has(lxDet) && d.verbAsNoun(k+2, last) {
				end = k + 3 // "said at the launch of the report that": a verb's form after an article is a noun
			}
			datedDoc := false // "in a Jan. 29 statement": the date is the document's, no clause opens at its number
			if e := d.speechNounPhrase(k+1, last); e >= end && e > k+1 {
				end = e // "said in remarks on Monday", "said in a written statement"
				datedDoc = e-k >= 4 && d.toks[k+2].capWord() && d.toks[k+2].has(lxTime)
			}
			if end > k+1 && end < last && d.docNounAt(end-1) {
				end = d.singleMarkedTitle(end, last) // "in its document 'Vision 2023'"
			}
			if end > k+1 && end < last && d.superlativeAt(end-1) && d.toks[end].lowerWord() && !d.toks[end].has(lxPrep|lxFunc|lxAux|lxDet) {
				end++ // "in the bleakest forecast": a speech verb's form is the noun there
			}
			if m := max(end, k+1); m < last && d.toks[m].kind == tkQuote && d.toks[m].is(fOpenMark) {
				// "said on Tarvik TV's “Morning Hour” that ...": a show's
				// title in marks ends the phrase.
				if qi := d.markQuote(m); qi >= 0 && d.quotes[qi].close > m && d.quotes[qi].close < last && d.workTitleAfter(qi, m-1) {
					end = d.quotes[qi].close + 1
				}
			}
			if end <= k+1 {
				return k
			}
			if end < last && d.chunkAt[end] >= 0 && d.chunkAt[end] == d.chunkAt[end-1] {
				ci := d.chunkAt[end]
				// "in its annual State of the Climate report": the
				// title's "the" is the title's, and the noun after it.
				end = d.chunks[ci].last
				for end < last && d.toks[end].lowerWord() && d.npWord(end) && !d.toks[end].has(lxDet) {
					end++
				}
			}
			// "said on Monday two people were hurt", "said in 2024 300
			// homes ...": the day or the year ends the phrase and a number
			// opens the clause; not "on Monday 3 May", "in March 2024".
			for j := k + 2; j < end && !datedDoc; j++ {
				if (d.toks[j-1].capWord() && d.toks[j-1].has(lxTime) || d.yearAt(j-1)) && !d.yearAt(j) &&
					(d.toks[j].kind == tkNum || d.toks[j].lowerWord() && numberWord(d.lower(j)) > 0) &&
					!(j+1 < last && d.toks[j+1].has(lxTime)) && !d.dayOfMonthAt(j, last) {
					end = j
					break
				}
				// "told reporters on Monday all flights had been
				// cancelled", "said on Monday Tarvik Rail would ...": a
				// quantifier or a name after the day opens the clause.
				if d.toks[j-1].capWord() && d.toks[j-1].has(lxTime) && d.toks[j-1].kind == tkWord &&
					(d.toks[j].lowerWord() && clauseQuantifier(d.lower(j)) ||
						d.toks[j].capWord() && !d.toks[j].has(lxTime) && d.chunkAt[j] >= 0 && d.chunks[d.chunkAt[j]].first == j) {
					end = j
					break
				}
				// "said in a Thursday briefing Mexico Beach took the
				// brunt": a name right after the occasion's noun opens
				// the clause.
				if d.toks[j].capWord() && d.chunkAt[j] >= 0 && d.chunks[d.chunkAt[j]].first == j && !d.toks[j].has(lxTime) &&
					d.toks[j-1].lowerWord() && (spokenNouns[d.lower(j-1)] || d.docNounAt(j-1)) && d.clauseVerbSoon(j, d.sents[d.sentOf[j]]) {
					end = j
					break
				}
			}
			if (w == "this" || w == "last" || w == "late" || w == "early") && !d.toks[end-1].has(lxTime) {
				return k // "said this organisation was capable", not "said this week"
			}
			// "said after the meeting the tram would open late", "said
			// before the vote he would resign": an article or a subject
			// pronoun right after the phrase's noun opens a second noun
			// phrase, so the phrase ended and the clause starts there.
			newSubject := end < last && d.toks[end].lowerWord() && d.toks[end-1].kind == tkWord &&
				(d.toks[end].has(lxDet) && !d.isWord(end, "that") || nominative(d.lower(end)))
			if (w == "after" || w == "before") && !newSubject {
				// "told a station after the deal with Time Warner was
				// announced": a clause of time, not what was told.
				for j := end; j < last && j < end+6 && d.toks[j].kind == tkWord && !d.isWord(j, "that"); j++ {
					if d.toks[j].lowerWord() && d.toks[j].has(lxAux) {
						return k
					}
				}
			}
			if end-2 > k && d.toks[end-1].lowerWord() && d.participle(end-1) && d.toks[end-2].lowerWord() &&
				(d.docNounAt(end-2) || spokenNouns[d.lower(end-2)] || docSeen && d.isWord(end, "by")) {
				end-- // "in a letter seen by Reuters", "in a letter to residents seen by": the noun phrase took the participle
			}
			docSeen = docSeen || d.docNounAt(end-1) || d.toks[end-1].lowerWord() && spokenNouns[d.lower(end-1)]
			k = end
			if w == "amid" || w == "amidst" {
				// "said amid allegations of fraud by the opposition": the
				// scene's own phrases run on, none of them what was said.
				for k < last && d.toks[k].lowerWord() && (d.isWord(k, "of") || d.isWord(k, "by") || d.isWord(k, "over") || d.isWord(k, "from") || d.isWord(k, "against") || d.isWord(k, "about")) {
					e := d.npForward(k+1, last)
					if e <= k+1 {
						break
					}
					k = e
				}
				continue
			}
			if d.docNounAt(end - 1) {
				if r := d.passiveRelativeAt(end, last); r > end {
					// "said in a report that was released on Friday": the
					// document's relative clause, then its adverbials.
					k, agent = r, true
					continue
				}
			}
			// "said in a statement released on Monday", "in an interview
			// with the Ostby Courier published on Monday": the document's
			// participle and its own adverbials, and its agent ("released
			// by her office").
			// "said at a rally in Marlow attended by 2,000 people that":
			// an event's participle with its agent.
			eventBy := end+1 < last && d.isWord(end+1, "by") && (d.isWord(end, "attended") || d.isWord(end, "hosted") ||
				d.isWord(end, "organised") || d.isWord(end, "organized") || d.isWord(end, "sponsored") || d.isWord(end, "chaired"))
			if (docSeen || d.docNounAt(end-1) || d.speechNounPhrase(end-1, last) == end || w == "with" && d.chunkAt[end-1] >= 0 || occasionNoun(d.lower(end-1)) || eventBy) &&
				end < last && d.toks[end].lowerWord() &&
				(d.endsWith(end, "ed") || d.isWord(end, "broadcast") || d.isWord(end, "written") || d.isWord(end, "sent") || d.isWord(end, "given") ||
					d.isWord(end, "seen") || d.isWord(end, "shown") || d.isWord(end, "made")) &&
				(d.toks[end].cv == 0 || d.isWord(end, "issued") || d.isWord(end, "posted") || d.participleAdverbial(end+1, last)) &&
				!d.toks[end].has(lxAux) && (end+1 >= last || !d.toks[end+1].has(lxDet|lxPronoun) || d.thisTime(end+1, last)) {
				k = end + 1
				agent = true
			}
		case w == "yet" && n > 0 && (k+1 >= last || d.toks[k+1].kind == tkPunct):
			k++ // "in its bleakest forecast yet."
		case (w == "live" || w == "online") && (agent || n > 0 && d.isWord(k-1, "broadcast")):
			k++ // "in a speech broadcast live on state television"
		case w == "by" && (agent || n > 0 && d.toks[k-1].lowerWord() && d.participle(k-1)):
			// "in an interview published on Sunday by the Ostby Courier",
			// "in a letter seen by Wirenews": the document's agent.
			e := d.npForward(k+1, last)
			if e <= k+1 {
				return k
			}
			k, agent = e, false
		default:
			return k
		}
	}
	return k
}

// titledNameAt reports whether a person's role in lower case and their
// name start at token k: "council leader Lukas Varne", "mayor Ilse Varga"
// after "in a letter to"; no infinitive.
func (d *doc) titledNameAt(k, last int) bool {
	for m := k; m+1 < last && m < k+3 && d.toks[m].lowerWord() && !d.toks[m].has(lxVerb|lxAux|lxFunc|lxPrep); m++ {
		if d.toks[m].has(lxRole|lxTitle) && d.chunkAt[m+1] >= 0 && d.chunks[d.chunkAt[m+1]].first == m+1 && d.chunks[d.chunkAt[m+1]].ent >= 0 {
			return true
		}
	}
	return false
}

// underOathNouns are the settings of saying that "under" takes between a
// speech verb and its clause: "said under oath that", "conceded under
// cross-examination that".
var underOathNouns = map[string]bool{
	"oath": true, "questioning": true, "cross-examination": true, "examination": true,
}

// mannerWithEnd returns the end of a noun phrase of manner that starts at k
// after a speech verb's "with" ("with high certainty", "with a smile",
// "with some caution") when "that" follows it, or the phrase ends the
// clause ("“...,” she added with a smile."), or k. Only the manner nouns
// are taken, and only before "that": "said with 40 people dead the town
// ..." is an absolute phrase, and "agreed with the council that" names a
// party, not a manner.
func (d *doc) mannerWithEnd(k, last int) int {
	end := d.npForward(k, last)
	if end <= k || end >= last || !(d.isWord(end, "that") || d.punct(end, ".") || d.punct(end, ",")) || !d.toks[end-1].lowerWord() || !mannerNouns[d.lower(end-1)] {
		return k
	}
	return end
}

// mannerNouns are the nouns of "with ..." phrases that say how something
// was said.
var mannerNouns = map[string]bool{
	"certainty": true, "confidence": true, "caution": true, "conviction": true, "regret": true,
	"pride": true, "concern": true, "emphasis": true, "smile": true, "laugh": true, "shrug": true,
	"sadness": true, "satisfaction": true, "relief": true, "assurance": true, "passion": true,
	"frustration": true, "candour": true, "candor": true, "humility": true, "optimism": true,
	"alarm": true, "urgency": true, "sorrow": true, "disappointment": true, "resignation": true,
	"determination": true, "precision": true, "accuracy": true, "probability": true, "grin": true,
}

// relativeGap reports whether cue c's subject follows "which" or "that",
// auxiliaries and adverbs between it and the verb: "which critics have
// said", "that officials say", "what Quill says (holds)".
func (d *doc) relativeGap(c *cue, s sentence) bool {
	return d.relativeGapPronoun(c, s) >= 0
}

// presentAfterGap reports whether the word at k, right after a cue in a
// relative clause, is a verb in the present's -s ("a plan which she said
// cuts costs"), not a noun's plural the lexicon knows otherwise.
func (d *doc) presentAfterGap(k int) bool {
	t := &d.toks[k]
	return t.lowerWord() && t.cv == 0 && d.endsWith(k, "s") && !d.endsWith(k, "ss") && !d.endsWith(k, "'s") &&
		!t.has(lxDet|lxPrep|lxPronoun|lxFunc|lxAux|lxAdverb|lxGroup|lxRole|lxTime) && !thingWords[d.lower(k)]
}

// contactGap reports whether cue c stands in a relative clause with no
// pronoun, its subject a personal pronoun right after the noun it
// describes ("attack code he said exploits the flaw", "a device he says
// halves the cost"): the noun is the gapped subject of what follows the
// cue. Only verbs of claiming, whose object cannot be the noun ("the plan
// she wrote costs a fortune" is what she wrote).
func (d *doc) contactGap(c *cue, s sentence) bool {
	switch c.lemma {
	case "say", "claim", "allege", "argue", "insist", "contend", "estimate":
	default:
		return false
	}
	p := c.verb - 1
	if p-1 < s.first || !d.toks[p].lowerWord() || !nominative(d.lower(p)) || d.isWord(p, "i") || d.isWord(p, "you") {
		return false
	}
	n := &d.toks[p-1]
	afterDet := p-2 >= s.first && d.toks[p-2].lowerWord() && d.toks[p-2].has(lxDet) // "a plan": a noun, though "plan" is a verb too
	return n.lowerWord() && n.cv == 0 && !n.has(lxAux|lxPrep|lxDet|lxPronoun|lxFunc|lxAdverb) && (!n.has(lxVerb) || afterDet) && !d.endsWith(p-1, "ly")
}

// relativeGapPronoun returns the "which", "that" or "what" before cue
// c's subject that relativeGap looks for, or -1.
func (d *doc) relativeGapPronoun(c *cue, s sentence) int {
	j := c.verb - 1
	for j > s.first && d.toks[j].lowerWord() && d.toks[j].has(lxAux|lxAdverb) {
		j--
	}
	if d.punct(j, ",") {
		// "which critics, like Ilse Varga, have said", "which Varga, a
		// critic, has said": the aside after the subject.
		m := j - 1
		for m > s.first && m > j-10 && d.toks[m].kind == tkWord && !d.toks[m].inQuote() {
			m--
		}
		if !d.punct(m, ",") || m == j-1 {
			return -1
		}
		j = m - 1
	}
	if j <= s.first || d.toks[j].kind != tkWord {
		return -1
	}
	f := d.npBack(j, s.first)
	if f-2 > s.first && (d.isWord(f-1, "as") && d.isWord(f-2, "such") || d.isWord(f-1, "including")) && d.toks[f-1].lowerWord() {
		// "which critics such as Ilse Varga have said": the examples
		// after the subject.
		k := f - 2
		if d.isWord(f-1, "as") {
			k = f - 3
		}
		if k > s.first && d.toks[k].kind == tkWord {
			f = d.npBack(k, s.first)
		}
	}
	if f > s.first && d.toks[f-1].lowerWord() && (d.isWord(f-1, "which") || d.isWord(f-1, "that") || d.isWord(f-1, "what")) {
		return f - 1
	}
	return -1
}

// prepRelative reports whether the relative pronoun before cue c's
// subject follows a preposition ("the case on which the court ruled"):
// the pronoun is the preposition's object, not the subject of a clause
// after the cue.
func (d *doc) prepRelative(c *cue, s sentence) bool {
	j := c.verb - 1
	for j > s.first && d.toks[j].lowerWord() && d.toks[j].has(lxAux|lxAdverb) {
		j--
	}
	f := d.npBack(j, s.first)
	return f-2 >= s.first && d.toks[f-2].lowerWord() && d.toks[f-2].has(lxPrep)
}

// occasionNoun reports whether w names an occasion of speech that a
// participle may describe: "in an interview published on Sunday", "in a
// speech broadcast live".
func occasionNoun(w string) bool {
	switch w {
	case "interview", "interviews", "speech", "address", "briefing", "podcast", "remarks", "comments", "video", "op-ed":
		return true
	}
	return false
}

// participleAdverbial reports whether a participle's adverbial or agent
// starts at token k ("published on Sunday", "shared by her office"), so
// that a participle which is also a speech verb describes the document
// before it rather than reporting a clause.
func (d *doc) participleAdverbial(k, last int) bool {
	if k >= last || !d.toks[k].lowerWord() {
		return false
	}
	switch d.lower(k) {
	case "by", "on", "in", "at", "online", "live", "earlier", "late", "last", "to":
		return true
	}
	return false
}

// contentNouns are nouns for others' words that take a "that" clause
// of their own: "reports that", "claims that".
var contentNouns = map[string]bool{
	"report": true, "reports": true, "claim": true, "claims": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true,
	"suggestion": true, "suggestions": true, "speculation": true, "assertion": true, "assertions": true,
	"charge": true, "charges": true, "insinuation": true, "insinuations": true, "notion": true, "idea": true,
}

// contentNounThat returns the "that" after a noun for words said which
// opens the words at k, after at most two determiners or modifiers:
// "reports that ...", "all claims that ...", "media reports that ...",
// "her claim that ..."; or -1.
func (d *doc) contentNounThat(k int, s sentence) int {
	for j := k; j < s.last && j < k+3; j++ {
		t := &d.toks[j]
		if !t.lowerWord() {
			return -1
		}
		if contentNouns[d.lower(j)] {
			if d.isWord(j+1, "that") && d.toks[j+1].lowerWord() {
				return j + 1
			}
			if (d.isWord(j+1, "by") || d.isWord(j+1, "from")) && d.toks[j+1].lowerWord() {
				// "denied allegations by Ada Brinvik that ...", "claims
				// from residents that ...": whose the claim is, then its
				// clause.
				for m := j + 2; m < s.last && m <= j+7; m++ {
					if d.isWord(m, "that") && d.toks[m].lowerWord() {
						return m
					}
					if d.toks[m].kind != tkWord || d.toks[m].cv != 0 || d.toks[m].has(lxAux) {
						break
					}
				}
			}
			return -1
		}
		if t.has(lxAux|lxPronoun|lxPrep) && !t.has(lxDet) || t.cv != 0 {
			return -1
		}
	}
	return -1
}

// dayOfMonthAt reports whether the number at token j is the day of the
// month named just before it ("said on February 21 that", "on Feb. 21,
// the ministry"): it belongs to the date, and the clause opens after it.
// A number before a plain noun still counts things ("said on March 3
// people were hurt" is read as three people, as the gold would have it
// in the rarer case; "on March 3 the plant" is a date).
func (d *doc) dayOfMonthAt(j, last int) bool {
	if j < 1 || d.toks[j].kind != tkNum || !monthName(strings.TrimSuffix(d.lower(j-1), ".")) {
		return false
	}
	day, err := strconv.Atoi(d.str(j))
	if err != nil || day < 1 || day > 31 {
		return false
	}
	if j+1 >= last {
		return true
	}
	next := &d.toks[j+1]
	return !next.lowerWord() || next.has(lxFunc|lxDet|lxPronoun|lxPrep|lxAux)
}

// monthName reports whether w, lower case and without a full stop, names
// a month in full or abbreviated.
func monthName(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// yearAt reports whether token k is a number that reads as a year: four
// digits from 1000 to 2999.
func (d *doc) yearAt(k int) bool {
	w := d.str(k)
	return d.toks[k].kind == tkNum && len(w) == 4 && (w[0] == '1' || w[0] == '2')
}

// thatAfterScene returns the "that" opening a reported clause after the
// time clause at k ("said when pressed on the issue that talks would
// resume"), or -1: within a few words, before any comma, colon or
// quotation.
func (d *doc) thatAfterScene(k int, s sentence) int {
	for j := k + 1; j < s.last && j < k+12; j++ {
		t := &d.toks[j]
		if t.kind != tkWord {
			return -1
		}
		if d.isWord(j, "that") && t.lowerWord() {
			return j
		}
	}
	return -1
}

// sentenceEnd reports whether token k is the sentence's final mark.
func (d *doc) sentenceEnd(k int, s sentence) bool {
	if k >= s.last {
		return true
	}
	if k == s.last-1 && d.toks[k].kind == tkPunct {
		return true
	}
	return false
}

// hasWordBefore reports whether the word w occurs in [k, last) within n
// tokens, before any punctuation.
func (d *doc) hasWordBefore(k, last int, w string, n int) bool {
	for j := k; j < last && j < k+n; j++ {
		if d.isWord(j, w) {
			return true
		}
		if d.toks[j].kind == tkPunct && !d.punct(j, "-") {
			return false
		}
	}
	return false
}

// restIsClause reports whether the rest of sentence s from token k, after
// "According to X,", reads as the clause the source is credited with even
// though the lexicon knows none of its verbs: "one out of every thousand
// children who contract measles develop encephalitis". It opens with a
// noun phrase and runs on for a few words more, without a quotation.
func (d *doc) restIsClause(k int, s sentence) bool {
	t := &d.toks[k]
	if t.kind != tkWord || t.has(lxRelative|lxPrep|lxAux) && t.lowerWord() || d.endsWith(k, "ing") || !d.npWord(k) && !t.has(lxDet) {
		return false
	}
	words := 0
	for j := k; j < s.last; j++ {
		if d.toks[j].kind == tkQuote || d.toks[j].inQuote() {
			return false
		}
		if d.toks[j].kind == tkWord {
			words++
		}
	}
	return words >= 5
}

// objectComplement reports whether the words at k are an object and a
// word in -ed that judges it, with no verb of its own: "found the air
// strike justified and called the order decisive", "found the charges
// unfounded." The finder judges; nothing is reported.
func (d *doc) objectComplement(k int, s sentence) bool {
	for j := k + 1; j < s.last && j < k+10; j++ {
		t := &d.toks[j]
		if t.inQuote() || t.kind != tkWord {
			return false
		}
		if t.has(lxAux|lxVerb) || t.cv != 0 {
			return false
		}
		if t.lowerWord() && d.endsWith(j, "ed") {
			n := j + 1
			return n >= s.last || d.sentenceEnd(n, s) || d.punct(n, ",") || d.isWord(n, "and") && !d.punct(j, ",")
		}
	}
	return false
}

// relativeIn reports whether a relative word stands in [k, end): the
// clause of time after it is the relative clause's ("the course, where
// Trump plays when he visits, is worth ...").
func (d *doc) relativeIn(k, end int) bool {
	for j := k; j < end; j++ {
		if d.toks[j].lowerWord() && (d.toks[j].has(lxRelative) || d.isWord(j, "where")) {
			return true
		}
	}
	return false
}

// evidenceParticiple reports whether w is a participle through which a
// thing points to a conclusion ("higher orders suggesting that demand
// was back"): its that-clause is its own, not a clause of the cue before.
func evidenceParticiple(w string) bool {
	switch w {
	case "suggesting", "indicating", "showing", "signalling", "signaling", "meaning":
		return true
	}
	return false
}

// adverbialSubordinator reports whether w opens a clause of time,
// condition or cause inside a sentence.
func adverbialSubordinator(w string) bool {
	switch w {
	case "until", "unless", "because", "before", "after", "once", "when", "if", "whenever":
		return true
	}
	return false
}

// quotedAsSoon reports whether a quotation opens within a few words after
// the "as" that follows token k in sentence s: "described it as “a
// disaster”", "described the plan as both “reckless” and ...".
func (d *doc) quotedAsSoon(k int, s sentence) bool {
	as := -1
	for j := k; j < s.last && j < k+20; j++ {
		if d.isWord(j, "as") && d.toks[j].lowerWord() {
			as = j
			break
		}
	}
	for j := as + 1; as >= 0 && j < s.last && j < as+5; j++ {
		if d.toks[j].kind == tkQuote || d.toks[j].inQuote() {
			return true
		}
	}
	return false
}

// clauseLike reports whether a clause starts at token k: a subject-like
// word, and a verb somewhere after it.
// clauseOnlyCue reports whether token k is a form of a speech verb that
// takes a clause and hardly ever a thing ("said", "claims", "insisted"),
// unlike "announced its results" or "denied his involvement".
func (d *doc) clauseOnlyCue(k int) bool {
	if k < 0 || !d.toks[k].lowerWord() || d.toks[k].cv == 0 {
		return false
	}
	switch cueVerbs[d.toks[k].cv-1].lemma {
	case "say", "claim", "insist", "argue", "contend", "maintain", "believe", "add":
		return true
	}
	return false
}

// finiteVerbAfter reports whether the noun phrase at k, perhaps with one
// prepositional phrase after it, is followed by a finite verb ("Prime
// deals have", "its deals are", "relations with colleagues makes"), as the
// second part of a subject joined by "and" is. Number is not asked: a
// reporter's "their position and relations makes" is still a clause.
func (d *doc) finiteVerbAfter(k int, s sentence) bool {
	e := d.npForward(k, s.last)
	if e <= k || e >= s.last {
		return false
	}
	if d.toks[e].lowerWord() && d.toks[e].has(lxPrep) {
		if p := d.npForward(e+1, s.last); p > e+1 && p < s.last {
			e = p
		}
	}
	return d.toks[e].lowerWord() && d.toks[e].has(lxVerb) && !d.endsWith(e, "ing")
}

// docInSubject reports whether a document or data noun stands in the
// speaker phrase of c, its body named after it: "Results published by the
// Central Electoral Commission showed", "A survey by the Meridian
// Institute showed", where the phrase resolves to the body.
func (d *doc) docInSubject(c *cue) bool {
	for k := c.subjFirst; k >= 0 && k < c.verb; k++ {
		if d.toks[k].kind != tkWord {
			continue
		}
		w := d.lower(k)
		if lex.lookup(w)&lxDoc != 0 || thingWords[w] || len(w) > 3 && w[len(w)-1] == 's' && lex.lookup(w[:len(w)-1])&lxDoc != 0 {
			return true
		}
	}
	return false
}

// nameThenGerund reports whether a name, perhaps after "the", then a
// participle in -ing opens the words at k: "results showed the Civic Front
// leading with 36 percent", "the poll found Renewal winning in the cities".
// After data that show or find, that is a finding with its verb left
// non-finite, not an object; a common noun ("showed the number of people
// living in poverty") is left to clauseLike.
func (d *doc) nameThenGerund(k int, s sentence) bool {
	j := k
	if d.isWord(j, "the") && d.toks[j].lowerWord() {
		j++
	}
	start := j
	for j < s.last && d.toks[j].capWord() && d.chunkAt[j] >= 0 {
		j++
	}
	if j == start || j+1 >= s.last {
		return false
	}
	t := &d.toks[j]
	return t.lowerWord() && d.endsWith(j, "ing") && !t.has(lxAux) && t.cv == 0 && !d.sentenceEnd(j+1, s)
}

// concessionThenClause reports whether the "while" (or "whereas") at k
// opens a concession that holds a verb and ends at a comma before which a
// clause follows: "while the vaccine is imperfect, it offers protection".
// Without the comma and the clause after it, "while" sets an act of the
// writer's against the cue's ("told them while the crowd cheered").
func (d *doc) concessionThenClause(k int, s sentence) bool {
	quoted := 0
	for j := k + 1; j+1 < s.last && j < k+16; j++ {
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
			// "said while the result was “disappointing in many ways”,
			// the hunt continues": a few quoted words inside the
			// concession, its comma outside the marks.
			if quoted++; quoted > 8 || j == k+1 {
				return false
			}
			continue
		}
		if d.punct(j, ",") {
			return j > k+2 && (d.finiteVerbIn(k+1, j) || d.clauseVerbSoon(k+1, s)) &&
				d.clauseLike(j+1, s) && (d.clauseVerbSoon(j+1, s) || d.finiteVerbIn(j+1, s.last) || d.pronounThenPresent(j+1, s))
		}
	}
	return false
}

// seasonWord reports whether w names a season: "last spring", "this
// winter".
func seasonWord(w string) bool {
	switch w {
	case "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return false
}

// fractionWord reports whether w is a share that may open a clause after
// a hedge: "about half of adults", "nearly two-thirds of the beds".
func fractionWord(w string) bool {
	switch w {
	case "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
		"two-thirds", "three-quarters", "three-fourths", "one-third", "one-quarter", "one-half":
		return true
	}
	return false
}

// quantityAt reports whether a count or a share starts at token j: "400",
// "four", "half", "a third".
func (d *doc) quantityAt(j, last int) bool {
	if j >= last {
		return false
	}
	if d.toks[j].kind == tkNum || numberWord(d.lower(j)) > 0 || d.toks[j].lowerWord() && fractionWord(d.lower(j)) {
		return true
	}
	return j+1 < last && d.isWord(j, "a") && d.toks[j].lowerWord() && fractionWord(d.lower(j+1))
}

// hedgeWord reports whether w hedges a number after "only" or "just":
// "only about half", "just over a third".
func hedgeWord(w string) bool {
	switch w {
	case "about", "around", "nearly", "almost", "roughly", "over", "under", "some", "more", "fewer", "less", "approximately":
		return true
	}
	return false
}

// pronounThenPresent reports whether a subject pronoun at k is followed by
// a verb in -s the lexicon may lack ("it offers", "she works"), or holds
// its auxiliary ("it's worth it").
func (d *doc) pronounThenPresent(k int, s sentence) bool {
	if d.toks[k].lowerWord() && contractedSubject(d.lower(k)) {
		return true
	}
	return k+1 < s.last && d.toks[k].lowerWord() && (nominative(d.lower(k)) || d.isWord(k, "it")) &&
		d.toks[k+1].lowerWord() && d.endsWith(k+1, "s") && !d.toks[k+1].has(lxPrep|lxDet|lxFunc)
}

// commaClauseAfterSay reports whether the comma at k after "said" hands
// over to a clause that opens on an article or a subject pronoun, the
// sentence opening on the speaker's plain name or role with no quotation
// or aside before the verb: "He said, the reserves would last". Not
// "“...,” he said, the crowd cheering" (the words came before), nor
// "said, however, that" (an adverb), nor "said, adding that".
func (d *doc) commaClauseAfterSay(c *cue, k int, s sentence) bool {
	if c.verb-s.first > 8 || c.verb <= s.first || k+3 >= s.last {
		return false
	}
	for j := s.first; j < c.verb; j++ {
		t := &d.toks[j]
		if t.kind != tkWord && !d.punct(j, ".") && !d.punct(j, "-") || t.inQuote() {
			return false
		}
	}
	n := &d.toks[k+1]
	w := d.lower(k + 1)
	if !n.lowerWord() || !(w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "this" || w == "it" || nominative(w)) {
		return false
	}
	return d.clauseLike(k+1, s) && d.finiteVerbIn(k+1, min(k+8, s.last))
}

func (d *doc) clauseLike(k int, s sentence) bool {
	t := &d.toks[k]
	w := d.lower(k)
	switch {
	case t.kind == tkQuote:
		return true
	case w == "this" && t.lowerWord() && k+1 < s.last && (d.toks[k+1].kind == tkPunct && !d.punct(k+1, ":") ||
		d.toks[k+1].lowerWord() && d.toks[k+1].has(lxPrep) && !d.toks[k+1].has(lxDet)):
		return false // "The MP said this in an interview": what was said, named before, no clause
	case (w == "about" || w == "around" || w == "nearly" || w == "almost" || w == "roughly" || w == "some" || w == "over" || w == "between" ||
		w == "approximately" || w == "only" || w == "just" || w == "more" || w == "fewer" || w == "less" || w == "up" ||
		w == "at" && d.isWord(k+1, "least")) &&
		k+2 < s.last && (d.toks[k+1].kind == tkNum || d.digitOpens(k+1) || d.toks[k+1].has(lxDet) && !d.isWord(k+1, "the") || d.isWord(k+1, "least") || numberWord(d.lower(k+1)) > 0 ||
		fractionWord(d.lower(k+1))):
		// "said about a third of his customers worked there", "said
		// about half of adults plan to"
	case (w == "only" || w == "just") && t.lowerWord() && k+2 < s.last && d.toks[k+1].lowerWord() && hedgeWord(d.lower(k+1)):
		return d.clauseLike(k+1, s) // "said only about half of adults plan to", "just over a third of the wells were"
	case t.kind == tkPunct && currencySign(d.str(k)) && k+1 < s.last && d.toks[k+1].kind == tkNum:
		return d.clauseLike(k+1, s) // "said $4 million had been set aside": an amount opens the clause
	case t.kind == tkPunct:
		return false
	case t.lowerWord() && t.has(lxAux) && !d.isWord(k, "to"):
		return true // "which he said would allow him to ...": the subject came before
	case t.lowerWord() && t.has(lxPrep) && !t.has(lxDet):
		// "in 2018 there were ...": a short time phrase, then the clause.
		if j := k + 1; j+1 < s.last && (d.toks[j].kind == tkNum || d.toks[j].has(lxTime) && d.toks[j].kind == tkWord) &&
			(d.isWord(j+1, "there") || nominative(d.lower(j+1))) && d.toks[j+1].lowerWord() {
			return d.clauseLike(j+1, s)
		}
		// "As Birch notes, by this reasoning a seller could be held
		// liable", "said in the long run the arena would fail": a short
		// phrase with no comma, then a clause opening on an article or a
		// subject pronoun, its verb soon after.
		if clauseOpeningPrep(w) {
			if e := d.prepObjectEnd(k+1, s.last); e > k+1 && e <= k+5 && e+1 < s.last && d.toks[e].lowerWord() &&
				(d.toks[e].has(lxDet) && !d.isWord(e, "that") && !d.isWord(e, "this") || nominative(d.lower(e))) &&
				d.clauseLike(e, s) && d.clauseVerbSoon(e, s) && !d.speakerFollows(e, s) && !d.attributionFollows(e, s) {
				return true // not "by Friday the water board said ...": a speaker of its own
			}
		}
		// "said without the condition, the airline would ...": a phrase
		// set off by a comma before the clause.
		for j := k + 1; j < s.last && j < k+d.frontedPhraseReach(k); j++ {
			if d.punct(j, ",") {
				return j+1 < s.last && !d.toks[j+1].has(lxPrep) && (d.clauseLike(j+1, s) || d.unknownPresentAfterNoun(j+1, s))
			}
			if d.absoluteParticiple(k, j) {
				// "said despite many members being opposed to the plan,
				// the majority ...", "says with Tarrow's support
				// providing boats, her town ...": a participle, no
				// finite verb, inside the phrase.
				continue
			}
			if (d.toks[j].has(lxAux|lxVerb) || d.toks[j].cv != 0) && !(d.isWord(k, "despite") && j > k+1 && d.toks[j-1].has(lxDet) && !d.toks[j].has(lxAux)) {
				// "said despite the change in departments, people would
				// suffer": after "despite", a noun that is a verb's form
				// too ("change", "report") still names a thing.
				return false
			}
		}
		return false
	case t.lowerWord() && ingAdjective(w) && k+1 < s.last && d.toks[k+1].kind == tkWord:
		// "said ongoing pressures would remain": an adjective that only
		// looks like a participle opens the clause's subject.
		return d.clauseLike(k+1, s)
	case t.lowerWord() && d.frontedGerundPhrase(k, s):
		// "said since taking over, he had bought ...", "said that
		// instead of keeping a ministry herself, she ...": a gerund's
		// phrase set off before the clause's subject.
		return true
	case t.lowerWord() && strings.HasSuffix(w, "ing") && !t.has(lxRole|lxGroup|lxAux) && d.gerundSubject(k, s):
		return true // "saying executing Fields would not bring her back"
	case t.lowerWord() && (w == "while" || w == "whilst" || w == "whereas"):
		// "warns the team of the dangers while Vinny misses ...": a
		// contrast, not what was said; but "said while the sample was
		// small, the finding was clear": a concession with its own
		// verb, a comma, then the main clause, is all what was said.
		return d.concessionThenClause(k, s)
	case t.lowerWord() && (strings.HasSuffix(w, "ing") && !t.has(lxRole|lxGroup) ||
		w == "to" || w == "and" || w == "but" || w == "or" || w == "him" || w == "them" || w == "us" || w == "me" || w == "whom"):
		return false // "confirmed him", "told them": an object, not a clause
	}
	if t.lowerWord() && clauseQuantifier(w) && d.isWord(k+1, "of") && k+3 < s.last {
		// "said none of that matters", "said most of the evidence
		// counts": a share of something, then its verb, which the
		// lexicon need not know.
		e := k + 3
		if !demonstrativeOrObject(d.lower(k + 2)) {
			e = d.npForward(k+2, s.last)
		}
		if n := &d.toks[min(e, s.last-1)]; e > k+2 && e < s.last && n.lowerWord() && !n.has(lxPrep|lxDet|lxFunc|lxPronoun|lxRelative) &&
			(n.has(lxAux|lxVerb) || n.cv != 0 || d.endsWith(e, "s") || d.endsWith(e, "ed") ||
				e == k+3 && e+1 < s.last && d.toks[e+1].kind == tkWord && !n.has(lxAdverb) && !d.endsWith(e, "ly") && !d.endsWith(e, "ing")) {
			return true
		}
	}
	if t.lowerWord() && contractedSubject(w) && k+1 < s.last {
		return true // "said they're working on it", "said she'd resign": a subject and its auxiliary in one word
	}
	if nominative(w) && k+1 < s.last && d.toks[k+1].lowerWord() && !d.toks[k+1].has(lxPrep|lxFunc) {
		return true // "told reporters she heard two blasts": a subject pronoun opens a clause
	}
	if w == "no" && t.lowerWord() && d.isWord(k+1, "one") && k+2 < s.last && d.toks[k+2].lowerWord() && !d.toks[k+2].has(lxPrep|lxFunc) {
		return true // "said no one reported any injuries": "no one" is a subject, as "nobody" is
	}
	if nominative(w) && k+2 < s.last && d.toks[k+1].lowerWord() && preVerbAdverb(d.lower(k+1)) &&
		d.toks[k+2].lowerWord() && !d.toks[k+2].has(lxPrep|lxFunc|lxDet|lxPronoun) {
		return true // "said she now checks the data": the subject, an adverb, its verb
	}
	if w == "it" && t.lowerWord() && k+2 < s.last && d.toks[k+1].lowerWord() && preVerbAdverb(d.lower(k+1)) && d.toks[k+2].lowerWord() &&
		!d.toks[k+2].has(lxPrep|lxFunc|lxDet|lxPronoun|lxAdverb) && (d.endsWith(k+2, "s") && !d.endsWith(k+2, "ss") || d.toks[k+2].has(lxVerb)) {
		// "said it always communicates its prices", "said it still owns
		// the site": "it", an adverb, then a verb; "it" may be the
		// cue's object, so the verb must read as one.
		return true
	}
	if (w == "it" || w == "he" || w == "she") && t.lowerWord() && k+1 < s.last {
		// "said it seeks to improve its coverage": a subject pronoun and
		// a verb in the present that the lexicon does not know.
		if n := &d.toks[k+1]; n.lowerWord() && !n.has(lxPrep|lxFunc|lxDet|lxPronoun|lxAdverb) && d.endsWith(k+1, "s") {
			return true
		}
		// "said it bid less than a penny", "said it shut two mills": a
		// past the lexicon does not know, then its object opening on a
		// number, an article or a comparison; not "denied it outright".
		if n := &d.toks[k+1]; k+2 < s.last && n.lowerWord() && n.lx&^lxCommon == 0 && n.cv == 0 && !d.endsWith(k+1, "ly") && !d.endsWith(k+1, "ing") {
			o := &d.toks[k+2]
			if o.kind == tkNum || o.lowerWord() && (numberWord(d.lower(k+2)) > 0 || o.has(lxDet) && !d.isWord(k+2, "that") || d.isWord(k+2, "less") || d.isWord(k+2, "more")) {
				return true
			}
		}
	}
	if d.itsForItIs(k, s) {
		return true // "said its busy negotiating a settlement", "says its illegal for parents to ...": "it's" misspelt
	}
	if d.nounVerbObject(k, s) {
		return false
	}
	possessive := d.isWord(k, "its") || d.isWord(k, "his") || d.isWord(k, "their") || d.isWord(k, "our") || d.isWord(k, "her")
	indefinite := d.isWord(k, "a") || d.isWord(k, "an")
	bare := t.lowerWord() && t.kind == tkWord && !t.has(lxDet|lxPronoun|lxPrep|lxAux|lxFunc|lxAdverb|lxRelative) && !strings.HasSuffix(w, "ing") && !nominative(w)
	if d.questionsAt(k, s) {
		return false // "answered some questions about his campaign": an object
	}
	for j := k + 1; j < s.last && j < k+30; j++ {
		tj := &d.toks[j]
		if d.quotedVerbAfterSubject(k, j, s) {
			return true // "said Greta often “stalks” her books": the verb is the quoted word
		}
		if indefinite && tj.lowerWord() && d.endsWith(j, "ing") && tj.cv != 0 {
			return false // "posted a message on Facebook announcing he had ...": the object, then its own report
		}
		if j > k+1 && tj.lowerWord() && d.endsWith(j, "ing") && (tj.cv != 0 || evidenceParticiple(d.lower(j))) && d.isWord(j+1, "that") {
			// "reported rise in inventories indicating that there were no
			// issues": a noun phrase, then a report participle with its
			// own that-clause; the clause's verbs are the participle's.
			return false
		}
		if j > k+1 && tj.lowerWord() && (d.isWord(j, "while") || d.isWord(j, "whereas") || d.isWord(j, "whilst")) &&
			j+1 < s.last && (d.toks[j+1].capWord() || d.toks[j+1].has(lxDet) && !d.isWord(j+1, "that")) && !d.commaIn(k, j) &&
			!d.hasWordBefore(k, j, "that", j-k) {
			// "indicated a decline in sales while Orla Buses mentioned a
			// fall": no verb before the contrast, whose subject and verb
			// are another's; the noun phrase is an object. Not "said
			// demand while strong had not ...": an adjective, then the
			// clause's verb, nor "marking the day that while the law
			// ...": the contrast opens the that-clause.
			return false
		}
		if tj.lowerWord() && d.endsWith(j, "ing") && !tj.has(lxAux) {
			continue // "a photo showing him": a participle, not a clause's verb
		}
		if possessive && j == k+1 && tj.lowerWord() && !tj.has(lxAux) {
			continue // "their plans": the noun after a possessive, whatever else it can be
		}
		if (possessive || d.needForObject(k) || d.toks[k].has(lxDet) && aimNoun(d.lower(j-1))) && d.isWord(j, "to") && j > k+1 {
			// "announced their plans to oppose the bill", "stresses the
			// need for cuts to prevent floods": an infinitive after the
			// object.
			j++
			continue
		}
		if possessive && (d.isWord(j, "and") || d.isWord(j, "but")) && !d.hasWordBefore(k, j, "between", j-k) && !(d.clauseOnlyCue(k-1) && d.finiteVerbAfter(j+1, s)) {
			// "confirmed its first infections and Zambia had ...": an
			// object; but "its race between Ostby and Calder would be
			// ...", and "claims its new prices and Prime deals have saved
			// ...", two subjects and their plural verb.
			return false
		}
		if possessive && d.punct(j, ",") && j+1 < s.last && d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxRelative|lxPronoun|lxDet|lxAux|lxVerb) && d.toks[j+1].cv == 0 {
			// "maintains its status as the flyest podcast with talk of
			// vodka, drinks disguised as soy sauce": a list, not a clause.
			return false
		}
		timeThat := d.isWord(j, "that") && j+1 < s.last && (d.toks[j+1].has(lxTime) || d.isWord(j+1, "day")) // "an attack that day"
		if indefinite && tj.lowerWord() && tj.has(lxRelative) && d.relativeAsideThenAux(j-1, s) {
			// "said a new valve, which had not failed before, was
			// leaking": an aside about the subject, then its verb.
			continue
		}
		if indefinite && tj.lowerWord() && tj.has(lxRelative) && !timeThat && d.relativeThenMainVerb(j, s) {
			return true // "said a fire that started in the basement spread upstairs": the subject, its relative clause, its verb
		}
		if indefinite && tj.lowerWord() && d.isWord(j, "for") {
			if e := d.npForward(j+1, s.last); e > j+1 && e < s.last && d.toks[e].lowerWord() && d.toks[e].has(lxAux) && !d.isWord(e, "to") {
				continue // "said a new wage agreement for transport employees had been reached": the subject's "for" phrase, then its verb
			}
			return false // "proposed a payment for those who give birth": an object
		}
		if indefinite && tj.lowerWord() && tj.has(lxRelative) && !timeThat {
			return false // "proposed a payment that ...": an object
		}
		if bare && k > 0 && strings.HasPrefix(d.lower(k-1), "announc") && tj.lowerWord() && tj.has(lxRelative) && !timeThat && d.relativeOwnVerb(j, s) && !d.verbAfterRelative(j, s) {
			// "announced changes to the act that alter the way the agency
			// works", "announced new rules that would cut emissions": a
			// bare noun phrase and its relative clause, with no verb of a
			// clause after it, name what was announced.
			return false
		}
		if (tj.cv != 0 || tj.has(lxVerb) && !tj.has(lxAux)) && d.toks[j-1].lowerWord() && d.toks[j-1].has(lxDet) && !d.toks[j-1].has(lxPronoun) {
			continue // "denied the reports", "proposed the vote": a noun after its article
		}
		if tj.cv != 0 && tj.lowerWord() && j-1 > k && possessivePronoun(d.lower(j-1)) && d.toks[j-1].lowerWord() && d.toks[j-2].has(lxPrep) {
			continue // "noted the damage in her report": a noun after a possessive in a phrase
		}
		if tj.cv != 0 && tj.lowerWord() && d.isWord(j-1, "of") {
			continue // "proposed the vote of thanks": a noun after "of"
		}
		if d.punct(j, ",") && j+1 < s.last && d.opensSubordinate(s.first) && !d.commaIn(s.first, k) &&
			!d.toks[j+1].has(lxRelative) && !d.asideThenAux(j, s) {
			// "While the Assembly confirmed Brek's nomination on Friday,
			// the Senate did not": the comma ends the clause the cue
			// opens, and the main clause follows.
			return false
		}
		if j > k+1 && !d.clauseOnlyCue(k-1) && d.reportInRelativeAt(j, s) {
			// "confirmed the death of two commanders, who a Norland army
			// spokesman said orchestrated attacks": no verb before the
			// relative, whose own report's verbs are another speaker's;
			// the noun phrase is what was confirmed.
			return false
		}
		if d.punct(j, ",") && j > k+1 && d.creditClosesAt(j+1, s) {
			// "announced mandatory evacuations for the coast, effective
			// 8 a.m., Ohio's WKRX reported.": no verb before the credit
			// that closes the sentence; its cue is no verb of this
			// clause, and the words are an object.
			return false
		}
		if d.punct(j, ",") && j+1 < s.last {
			// "who announced the closure, spoke with ...": an object, then
			// the main clause's verb; but "the plant, which opened in
			// 1990, would close" and "the men, aged 24 and 31, were".
			n := &d.toks[j+1]
			if n.lowerWord() && (n.has(lxVerb) || n.cv != 0) && !n.has(lxAux) && !d.endsWith(j+1, "ing") && !d.endsWith(j+1, "ed") &&
				!d.asideThenAux(j, s) && !d.placeStateCloses(j, k) {
				return false
			}
			if c2 := d.andAsideThenVerb(j, s); c2 > j {
				j = c2 // "said the buy-back, and the price paid, prove that ...": a second subject set off
				continue
			}
			if c2 := d.includingAsideThenVerb(j, s); c2 > j {
				j = c2 // "said several departments, including the sheriff's office, came together": the subject's examples set off
				continue
			}
			if d.isWord(j+1, "and") || d.isWord(j+1, "but") || d.isWord(j+1, "while") {
				return false // "conceded a penalty in the second half, and the referee said ...": an object
			}
			if c2 := d.ingAsideThenAux(j, s); c2 > j {
				// "said the river, flooding for the third time in two
				// years, had reached ...": a participle's phrase about
				// the subject, closed by a comma and the clause's verb.
				j = c2
				continue
			}
			if n.lowerWord() && d.endsWith(j+1, "ing") && !n.has(lxAux) {
				// "denied the accusation, saying it was politically
				// motivated": an object, then a participle with its own
				// clause, not a finite verb of this one.
				return false
			}
		}
		if possessive && tj.lowerWord() && tj.lx == 0 && strings.HasSuffix(d.str(j), "ed") && j+1 < s.last && d.toks[j+1].lowerWord() &&
			!d.toks[j+1].has(lxFunc|lxPrep|lxDet|lxAux|lxPronoun|lxAdverb) &&
			!(j == k+2 && d.toks[j-1].lowerWord() && d.toks[j-1].lx&^lxCommon == 0 && !d.endsWith(j-1, "ly") && !d.endsWith(j-1, "s")) {
			// not "said her design eliminated spilling": after the
			// possessive and one plain noun, the past is the clause's verb.
			continue // "its talk of pickled eels": an adjective before its noun
		}
		if tj.lowerWord() && !tj.has(lxAux) && (d.toks[j-1].kind == tkNum || d.toks[j-1].lowerWord() && numberWord(d.lower(j-1)) > 0) &&
			j+1 < s.last && d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxFunc|lxPrep|lxDet|lxAux|lxPronoun|lxAdverb) {
			continue // "predicts 14 named storms", "300 flooded homes": an adjective between a number and its noun
		}
		if tj.lowerWord() && j > k+1 && j+1 < s.last && adverbialSubordinator(d.lower(j)) && !d.commaIn(k, j) && !d.relativeIn(k, j) &&
			(d.toks[j+1].has(lxDet|lxPronoun) || d.toks[j+1].capWord()) && !(d.clauseOnlyCue(k-1) && d.isWord(j, "until") && d.toks[j+1].has(lxTime)) &&
			!(d.clauseOnlyCue(k-1) && d.isWord(j, "before") && d.placeBeforeAux(j+1, s)) {
			// "promised protests every week until Sweden joined the
			// agreement": an object, then a clause of time or condition
			// whose verb is not the object's. After "said", which takes
			// no such object, "until March" is the subject's: "said every
			// show until March had sold out".
			return false
		}
		if tj.lowerWord() && j > k+1 && j+1 < s.last && d.isWord(j, "as") && nominative(d.lower(j+1)) && d.toks[j+1].lowerWord() && !d.commaIn(k, j) {
			return false // "acknowledged the crowd as she left the stage": an object, then a clause of time
		}
		if tj.lowerWord() && strings.HasSuffix(d.str(j), "ed") && !tj.has(lxAux) && tj.cv == 0 && d.toks[j-1].lowerWord() &&
			(d.toks[j-1].has(lxDet) && !d.toks[j-1].has(lxPronoun) || j-1 > k && d.toks[j-1].has(lxPrep)) &&
			j+1 < s.last && d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxFunc|lxPrep|lxDet|lxAux|lxPronoun|lxAdverb) {
			continue // "a photo of the damaged bridge", "the need for planned upkeep": an adjective before its noun
		}
		if tj.lowerWord() && strings.HasSuffix(d.str(j), "ed") && !tj.has(lxAux) && j-2 > k && d.toks[j-1].lowerWord() && d.endsWith(j-1, "ly") &&
			d.toks[j-2].lowerWord() && d.toks[j-2].has(lxDet) && !d.toks[j-2].has(lxPronoun) && j+1 < s.last &&
			(d.toks[j+1].capWord() || d.toks[j+1].lowerWord() && !d.toks[j+1].has(lxFunc|lxPrep|lxDet|lxAux|lxPronoun|lxAdverb)) {
			continue // "loans to the financially strapped Warsaw government": an adverb and an adjective before their noun
		}
		if indefinite && tj.lowerWord() && !tj.has(lxAux) && (d.isWord(j-1, "percent") || d.isWord(j-1, "cent") || d.punct(j-1, "%") || d.toks[j-1].kind == tkNum) {
			continue // "show a 20 percent decline since 1990": a noun after its amount
		}
		if j > k+1 && d.participleModifiesAt(j, s) && (d.toks[j-1].lowerWord() && !d.toks[j-1].has(lxAux|lxPronoun) || d.toks[j-1].capWord() && d.consistsOfAt(j, s)) {
			continue // "a fund aimed at farmers", "halts designed to slow traders": a participle after its noun
		}
		if d.isWord(j, "compared") && tj.lowerWord() && d.punct(j-1, ",") && (d.isWord(j+1, "with") || d.isWord(j+1, "to")) {
			// "reported a net loss of $608,413, or 39 cents a share,
			// compared with net income of ...": a result and its
			// comparison, no verb of a clause.
			continue
		}
		verbLike := tj.has(lxAux|lxVerb) || tj.cv != 0 || tj.lowerWord() && strings.HasSuffix(d.str(j), "ed") && !strings.Contains(d.str(j), "-")
		if verbLike && d.tallyWordAt(j, s) {
			continue // "confirmed two dead and three injured": a count of the hurt, no verb
		}
		if verbLike && tj.lowerWord() && d.contactRelativeAt(k, j) && !d.clauseOnlyCue(k-1) {
			// "emphasized the risks the plan would bring to the town": a
			// relative clause without "that" on the object; a clause's
			// own verb can only come after the relative's ("stressed the
			// workers they hired were paid well").
			for j+1 < s.last && d.toks[j].lowerWord() && d.toks[j].has(lxAux) && !d.isWord(j, "to") {
				j++
			}
			if n := &d.toks[j]; !n.lowerWord() || n.has(lxAux) || !(n.has(lxVerb) || n.cv != 0 || strings.HasSuffix(d.str(j), "ed")) {
				j-- // no main verb after the auxiliaries: look at this token again
			}
			continue
		}
		if verbLike && tj.lowerWord() && d.toks[j-1].lowerWord() && j-1 > k {
			switch {
			case d.isWord(j-1, "and") || d.isWord(j-1, "or") || d.isWord(j-1, "but"):
				// "declared a state of emergency and deployed the
				// guard": the speaker's own second verb, after the object.
				return false
			case j-2 > k && d.isWord(j-2, "and") && d.toks[j-2].lowerWord() && (d.toks[j-1].has(lxAdverb) || timeAdverb(d.lower(j-1)) || d.isWord(j-1, "later")) &&
				!d.toks[j-1].has(lxAux) && strings.HasSuffix(d.str(j), "ed"):
				// "announced the first case Jan. 19 and later confirmed
				// five more": the second verb after an adverb of time.
				return false
			case indefinite && nominative(d.lower(j-1)) && j-2 > k:
				continue // "announced a deal it brokered": a relative clause without "that"
			case indefinite && strings.HasSuffix(d.str(j), "ed") && !tj.has(lxAux) && (d.isWord(j+1, "to") || d.isWord(j+1, "by")):
				continue // "posted a podcast dedicated to Conway": a participle after its noun
			}
		}
		if verbLike && tj.lowerWord() && (d.isWord(j, "being") || d.isWord(j, "having")) && j-2 > k && d.isWord(j-1, "of") && d.toks[j-1].lowerWord() &&
			d.toks[j-2].lowerWord() && !d.toks[j-2].has(lxFunc|lxPrep|lxAux|lxDet|lxPronoun) && d.toks[j-2].cv == 0 {
			// "noted the increased likelihood of being shot": a gerund
			// after a noun's "of", inside the object, not the clause's
			// verb; not "complained of X, and of being bullied".
			if n := &d.toks[min(j+1, s.last-1)]; j+1 < s.last && n.lowerWord() && (n.has(lxVerb) || n.cv != 0 || d.endsWith(j+1, "ed") || d.endsWith(j+1, "en")) {
				j++
			}
			continue
		}
		if verbLike {
			return true
		}
		if d.presentVerb(j, s) {
			return true // "states the aircraft uses the A300"
		}
		if d.coordinatedSubjectVerb(k, j, s) {
			return true // "said she and Odo Brannock support rewriting the finding"
		}
		if d.clauseOnlyCue(k-1) && d.presentAfterSubject(k, j, s) {
			return true // "says the firm now targets younger buyers", "say new hurdles loom"
		}
		if d.roleSubjectAt(j-2, j) && (tj.kind == tkQuote || d.endsWith(j, "s") && !d.endsWith(j, "ss") && tj.lowerWord() &&
			!tj.has(lxFunc|lxPrep|lxDet|lxGroup|lxRole|lxDoc|lxGenericOrg|lxTime|lxAdverb|lxAux) &&
			(j+1 >= s.last || d.toks[j+1].kind != tkWord || d.toks[j+1].has(lxPrep|lxAdverb))) {
			// "says the mayor cheats on the course", "says the president
			// “cheats like hell”": one person by role, then a verb in -s
			// or the quoted predicate.
			return true
		}
		if tj.kind == tkQuote && j == k+2 && d.isWord(k, "the") && d.quotedPredicateAfterNoun(k, j) {
			// "said the council “regrets the loss of life.”": a body's
			// or a thing's noun, then a quotation opening on a finite
			// verb, is a clause whose predicate is quoted.
			return true
		}
	}
	return false
}

// reportInRelativeAt reports whether token j, a comma or a dash, opens a
// relative whose pronoun is the object of a report inside it: ", who a
// military spokesman said orchestrated", "— which officials say
// caused": the pronoun, a subject opening on an article or a capital,
// and a verb of speech within a few words.
func (d *doc) reportInRelativeAt(j int, s sentence) bool {
	if !(d.punct(j, ",") || d.punct(j, "—") || d.punct(j, "–")) || j+3 >= s.last {
		return false
	}
	r := j + 1
	if !d.toks[r].lowerWord() || !(d.isWord(r, "who") || d.isWord(r, "which")) {
		return false
	}
	if n := &d.toks[r+1]; !(n.lowerWord() && n.has(lxDet) && !n.has(lxPronoun) || n.capWord()) {
		return false
	}
	for v := r + 2; v < s.last && v <= r+7; v++ {
		t := &d.toks[v]
		if t.kind != tkWord {
			return false
		}
		if t.lowerWord() && t.cv != 0 && !d.endsWith(v, "ing") {
			return v+1 < s.last && d.toks[v+1].lowerWord() && !d.isWord(v+1, "that") && !d.toks[v+1].has(lxDet|lxPrep|lxPronoun)
		}
	}
	return false
}

// creditClosesAt reports whether a report's credit opening at k, just
// after a comma, closes the sentence: a source and "reported" (", Ohio's
// WKRX reported."), or "according to" and its source, with nothing after
// but the sentence's end. A credit with "said" may be the opening
// speaker's own ("The government declared a curfew, the government
// said"), whose decree keeps its object as its words.
func (d *doc) creditClosesAt(k int, s sentence) bool {
	if k >= s.last || !d.attributionFollows(k, s) {
		return false
	}
	reported := d.isWord(k, "according")
	for j := k; j < s.last && j < k+10; j++ {
		if d.isWord(j, "reported") && d.toks[j].lowerWord() {
			reported = true
		}
		if d.sentenceEnd(j, s) {
			return reported
		}
		if d.punct(j, ",") || d.isWord(j, "that") || d.toks[j].kind == tkQuote {
			return false
		}
	}
	return false
}

// tallyWordAt reports whether token j is a word for the hurt ("injured",
// "wounded", "killed") right after a number and with no object after it:
// a count in a toll ("two dead and three injured"), not a clause's verb
// ("said the two injured a guard").
func (d *doc) tallyWordAt(j int, s sentence) bool {
	if !d.toks[j].lowerWord() || j-1 < s.first {
		return false
	}
	switch d.lower(j) {
	case "injured", "wounded", "killed", "hurt":
	default:
		return false
	}
	if p := &d.toks[j-1]; !(p.kind == tkNum || p.lowerWord() && numberWord(d.lower(j-1)) > 0) {
		return false
	}
	n := j + 1
	return n >= s.last || d.sentenceEnd(n, s) || d.punct(n, ",") || d.isWord(n, "and") || d.toks[n].lowerWord() && d.toks[n].has(lxPrep)
}

// coordinatedSubjectVerb reports whether the words [k, j) are two
// subjects joined by "and", each a subject pronoun or a name (perhaps
// titled), and token j a plain verb in the plural after them: "said he
// and Governor Odo Brannock support rewriting the finding", "said Ivo
// Marn and she agree". The lexicon knows few verbs in their plain form,
// which the joined subject asks for.
func (d *doc) coordinatedSubjectVerb(k, j int, s sentence) bool {
	t := &d.toks[j]
	if j+1 >= s.last || !t.lowerWord() || t.has(lxFunc|lxPrep|lxDet|lxAux|lxPronoun|lxAdverb|lxRelative|lxTime) || t.cv != 0 ||
		d.endsWith(j, "ing") || d.endsWith(j, "ly") || d.endsWith(j, "s") {
		return false
	}
	and := -1
	for m := k; m < j; m++ {
		if d.isWord(m, "and") && d.toks[m].lowerWord() {
			if and >= 0 {
				return false
			}
			and = m
		}
	}
	return and > k && and+1 < j && d.subjectConjunct(k, and) && d.subjectConjunct(and+1, j)
}

// subjectConjunct reports whether the words [a, b) are a subject pronoun
// alone or a name in capitals, perhaps after a title.
func (d *doc) subjectConjunct(a, b int) bool {
	if b == a+1 && d.toks[a].lowerWord() && nominative(d.lower(a)) {
		return true
	}
	if b-a > 4 {
		return false
	}
	for m := a; m < b; m++ {
		if !d.toks[m].capWord() || d.toks[m].inQuote() {
			return false
		}
	}
	ci := d.chunkAt[b-1]
	return ci >= 0 && d.chunks[ci].kind == kPerson
}

// quotedPredicateAfterNoun reports whether "the" at k and the noun after
// it are a clause's subject whose predicate is the quotation opening at
// mark j: the quotation's first word is an auxiliary, or a verb in -s
// with its object or phrase after it, and no verb that names its object something
// ("called the plans “lies”") comes before the noun.
func (d *doc) quotedPredicateAfterNoun(k, j int) bool {
	n, v := &d.toks[k+1], j+1
	if !n.lowerWord() || n.has(lxFunc|lxPrep|lxAux|lxPronoun) || v >= len(d.toks) || !d.toks[v].lowerWord() {
		return false
	}
	f := &d.toks[v]
	present := d.endsWith(v, "s") && !d.endsWith(v, "ss") && !f.has(lxFunc|lxPrep|lxDet|lxGroup|lxRole|lxDoc|lxGenericOrg|lxTime|lxAdverb) &&
		v+1 < len(d.toks) && d.toks[v+1].inQuote() && d.toks[v+1].lowerWord() && d.toks[v+1].has(lxDet|lxPrep|lxAdverb) // "“regrets the loss”", "“cheats at cards”"
	if !(f.has(lxAux) && !d.isWord(v, "to") || present) {
		return false
	}
	if k > 0 && d.toks[k-1].lowerWord() {
		switch d.lower(k - 1) {
		case "called", "calls", "call", "calling", "branded", "brands", "dubbed", "labelled", "labeled", "termed", "deemed",
			"declared", "named", "considers", "considered", "described", "rated", "judged":
			return false
		}
	}
	return true
}

// roleSubjectAt reports whether tokens [i, j) are "the" and a singular
// role noun: one person named by role, a clause's subject.
func (d *doc) roleSubjectAt(i, j int) bool {
	if i < 0 || j-i != 2 || !d.isWord(i, "the") {
		return false
	}
	r := &d.toks[i+1]
	return r.lowerWord() && r.has(lxRole) && !r.has(lxGroup|lxGenericOrg|lxFunc) && !d.endsWith(i+1, "s")
}

// preVerbAdverb reports whether w is an adverb that stands between a
// subject and its verb ("she now checks", "he sometimes tests", "it
// still owns"), some of which the lexicon files as function words.
func preVerbAdverb(w string) bool {
	switch w {
	case "now", "also", "still", "never", "always", "already", "often", "sometimes", "usually", "rarely", "seldom",
		"even", "then", "just", "only", "once", "later", "recently", "regularly", "routinely", "typically", "generally":
		return true
	}
	return false
}

// nounVerbObject reports whether the words at k are a plural noun that is
// also a verb in -s, standing as the cue's object rather than opening a
// clause: "announced plans to close the bridge" (an infinitive after it and
// no finite verb to follow), "announced new rules." (a modifier, the noun,
// then the sentence's end or a preposition). A clause names its subject
// first: "said the council plans to close it", "said plans to close it
// were dropped".
func (d *doc) nounVerbObject(k int, s sentence) bool {
	verbS := func(j int) bool {
		t := &d.toks[j]
		return t.lowerWord() && (t.cv != 0 || t.has(lxVerb)) && !t.has(lxAux) && d.endsWith(j, "s") && !d.endsWith(j, "ss")
	}
	if k+1 >= s.last || !d.toks[k].lowerWord() || d.toks[k].has(lxDet|lxPronoun|lxFunc|lxAux|lxPrep) {
		return false
	}
	if verbS(k) && d.isWord(k+1, "to") {
		for j := k + 2; j < s.last; j++ {
			if d.toks[j].inQuote() || d.toks[j].lowerWord() && d.toks[j].has(lxAux) && !d.isWord(j, "to") {
				return false
			}
		}
		return true
	}
	if n := k + 2; verbS(k+1) && !verbS(k) && d.toks[k].lx != 0 && (n >= s.last || d.sentenceEnd(n, s) || d.toks[n].lowerWord() && d.toks[n].has(lxPrep)) {
		return true
	}
	return false
}

// presentVerb reports whether token j reads as a verb in the present that
// the lexicon does not know: a lower-case word in -s after a noun and
// before a determiner or a number ("the aircraft uses the A300", "it runs
// 40 flights"), where a plural noun seldom stands.
func (d *doc) presentVerb(j int, s sentence) bool {
	t := &d.toks[j]
	if !t.lowerWord() || t.has(lxFunc|lxPrep|lxDet|lxGroup|lxRole|lxDoc|lxGenericOrg|lxTime|lxAdverb) || j+1 >= s.last || j-1 < s.first {
		return false
	}
	p, n := &d.toks[j-1], &d.toks[j+1]
	pj := j - 1 // the subject's last word
	if p.lowerWord() && preVerbAdverb(d.lower(j-1)) && j-2 >= s.first {
		pj = j - 2 // "the team now knows the answer": an adverb before the verb
		p = &d.toks[pj]
	}
	if !d.endsWith(j, "s") && t.lx&^(lxCommon|lxPlaceCue) == 0 && !d.endsWith(j, "ed") && !d.endsWith(j, "ing") {
		// "57 percent of residents oppose the bridge": a plural subject,
		// then a verb the lexicon does not know, then its object.
		plural := p.lowerWord() && d.endsWith(pj, "s") && !d.endsWith(pj, "ss") && !p.has(lxFunc|lxPrep|lxDet|lxAux|lxVerb|lxAdverb) && p.cv == 0
		return plural && (n.kind == tkNum || n.kind == tkWord && n.lowerWord() && n.has(lxDet) && !d.isWord(j+1, "that"))
	}
	if !d.endsWith(j, "s") || d.endsWith(j, "ss") || len(d.lower(j)) > 3 && (d.endsWith(j, "is") || d.endsWith(j, "us")) {
		// "the flood crisis", "the tenant status": no verb ends so.
		return false
	}
	if ci := d.chunkAt[pj]; ci >= 0 && d.chunks[ci].last == pj+1 && d.chunks[ci].kind == kPerson && !t.has(lxCommon) && t.cv == 0 {
		return true // "predicts President Anna Brenn wins re-election": a person, then a verb in -s
	}
	if p.kind != tkWord || p.has(lxDet|lxPrep|lxFunc|lxAux) || d.endsWith(pj, "s") && p.lowerWord() {
		return false
	}
	if pj-1 >= s.first && (d.toks[pj-1].kind == tkNum || d.toks[pj-1].lowerWord() && numberWord(d.lower(pj-1)) > 0) {
		return false // "14 named storms this season": a number, a modifier, its noun
	}
	if (d.isWord(j+1, "this") || d.isWord(j+1, "last") || d.isWord(j+1, "next")) && j+2 < s.last && d.toks[j+2].has(lxTime) {
		return false // "reported record profits this year": a time phrase, not an object
	}
	return n.kind == tkNum || n.kind == tkWord && n.lowerWord() && n.has(lxDet) && !d.isWord(j+1, "that")
}

// questionsAt reports whether the noun phrase at k is about questions
// ("some questions about his campaign", "the reporters' questions"), the
// object of "answered" or "asked" rather than what was said.
func (d *doc) questionsAt(k int, s sentence) bool {
	for j := k; j < s.last && j < k+4 && d.npWord(j); j++ {
		switch d.lower(j) {
		case "question", "questions", "queries", "inquiries", "enquiries":
			// "said questions remain": the subject of a clause.
			n := j + 1
			return n >= s.last || !(d.toks[n].has(lxAux|lxVerb) || d.isWord(n, "remain") || d.isWord(n, "remained"))
		}
	}
	return false
}

// asideThenAux reports whether the comma at j opens a short aside closed
// by another comma with an auxiliary right after it: "the bridge, built
// in 1970, is safe", where the aside's participle is not the main verb.
func (d *doc) asideThenAux(j int, s sentence) bool {
	return d.auxAfterAside(j+2, j+9, s, func(t *token) bool {
		return t.kind == tkQuote || t.cv != 0 || t.has(lxAux) && t.lowerWord()
	})
}

// itsForItIs reports whether "its" at k stands for "it's", as hurried
// copy writes it: before "not", or before a predicate adjective with a
// complement of its own ("its illegal for parents to close schools",
// "its busy negotiating a settlement", "its unclear whether"). Not the
// possessive before its noun: "its busy staff", "its illegal dumping
// inquiry", where no such complement follows the adjective.
func (d *doc) itsForItIs(k int, s sentence) bool {
	if !d.isWord(k, "its") || !d.toks[k].lowerWord() || k+2 >= s.last || !d.toks[k+1].lowerWord() {
		return false
	}
	if d.isWord(k+1, "not") {
		return true
	}
	if !itsPredicateAdjective(d.lower(k + 1)) {
		return false
	}
	n := k + 2
	switch {
	case d.isWord(n, "for") || d.isWord(n, "to") || d.isWord(n, "that") || d.isWord(n, "whether") || d.isWord(n, "if"):
		return true
	case d.toks[n].lowerWord() && d.endsWith(n, "ing") && n+1 < s.last && d.toks[n+1].lowerWord() && d.toks[n+1].has(lxDet|lxPrep|lxPronoun):
		return true // "its busy negotiating a settlement", not "its busy shopping season"
	}
	return false
}

// itsPredicateAdjective reports whether w is an adjective that "it's"
// takes before a complement in reported speech.
func itsPredicateAdjective(w string) bool {
	switch w {
	case "illegal", "legal", "unlawful", "lawful", "busy", "important", "possible", "impossible", "unclear", "clear",
		"likely", "unlikely", "unacceptable", "necessary", "essential", "vital", "difficult", "hard", "easy",
		"unfair", "wrong", "ready", "unable", "confident":
		return true
	}
	return false
}

// ingAsideThenAux returns the comma closing a participle's phrase in
// -ing that the comma at j opens ("the river, flooding for the third
// time in less than two years, had reached"), when an auxiliary follows
// that comma: the phrase describes the subject of a clause whose verb
// comes after it. Else it returns -1. Not a cue's participle ("saying",
// "adding"), which opens the speaker's own report, and not a phrase with
// a verb, a quotation or a cue of its own ("saying it was", "calling it
// an insult, and").
func (d *doc) ingAsideThenAux(j int, s sentence) int {
	p := j + 1
	if p >= s.last || !d.toks[p].lowerWord() || !d.endsWith(p, "ing") || len(d.lower(p)) <= 4 ||
		d.toks[p].has(lxAux|lxPrep|lxFunc) || d.toks[p].cv != 0 {
		return -1
	}
	for m := p + 1; m < s.last && m < p+16; m++ {
		t := &d.toks[m]
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || t.lowerWord() && (t.has(lxAux) || d.isWord(m, "that")) {
			return -1
		}
		if d.punct(m, ",") {
			if m+1 < s.last && d.toks[m+1].lowerWord() && d.toks[m+1].has(lxAux) && !d.isWord(m+1, "to") {
				return m
			}
			return -1
		}
		if t.kind == tkPunct && !d.punct(m, "(") && !d.punct(m, ")") {
			return -1
		}
	}
	return -1
}

// relativeAsideThenAux reports whether the comma at j opens a relative
// clause set off by commas ("which had not failed before", "who was
// hired in May") with an auxiliary right after its closing comma: the
// aside describes a subject whose verb follows.
func (d *doc) relativeAsideThenAux(j int, s sentence) bool {
	if !d.punct(j, ",") || j+1 >= s.last || !d.toks[j+1].lowerWord() || !(d.isWord(j+1, "which") || d.isWord(j+1, "who")) {
		return false
	}
	return d.auxAfterAside(j+2, j+16, s, func(t *token) bool {
		return t.kind == tkQuote || t.inQuote()
	})
}

// relativeOwnVerb reports whether the relative pronoun at rel opens a
// clause with a verb of its own right after it, or after one adverb:
// "that would cut emissions", "that dramatically alter the way". Not
// "that the water was unsafe", a clause after its hearers.
func (d *doc) relativeOwnVerb(rel int, s sentence) bool {
	v := rel + 1
	adverb := v < s.last && d.toks[v].lowerWord() && (d.toks[v].has(lxAdverb) || d.endsWith(v, "ly"))
	if adverb {
		v++
	}
	if v >= s.last || !d.toks[v].lowerWord() || d.isWord(v, "to") || d.toks[v].has(lxDet|lxPronoun|lxPrep|lxFunc) && !d.toks[v].has(lxAux) {
		return false
	}
	// After an adverb in -ly the word is the verb ("that dramatically
	// alter"), known or not.
	return d.toks[v].has(lxVerb|lxAux) || d.endsWith(v, "ed") || adverb && d.endsWith(v-1, "ly")
}

// verbAfterRelative reports whether, past the relative clause opening at
// rel, an auxiliary or a past after a noun may be the verb of a clause the
// relative clause's noun is the subject of: "residents who lived near the
// river should leave", "rules that were passed last year would cut".
func (d *doc) verbAfterRelative(rel int, s sentence) bool {
	for m := rel + 3; m < s.last; m++ {
		t, p := &d.toks[m], &d.toks[m-1]
		if t.kind == tkQuote || t.inQuote() || d.punct(m, ";") {
			return false
		}
		if !t.lowerWord() || d.isWord(m, "to") || d.isWord(m, "be") || d.isWord(m, "been") || d.isWord(m, "being") {
			continue
		}
		nounBefore := p.kind == tkWord && (!p.lowerWord() || !p.has(lxVerb|lxAux|lxPrep|lxDet|lxFunc|lxPronoun|lxAdverb) && !d.endsWith(m-1, "ly"))
		if nounBefore && (t.has(lxAux) || d.endsWith(m, "ed") && !t.has(lxPrep|lxDet)) {
			return true
		}
	}
	return false
}

// relativeThenMainVerb reports whether the relative word at token rel
// opens a short clause of its own verb ("that started in the basement",
// "who fled the scene") after which, with no punctuation, a second verb
// follows a noun: the verb of a clause whose subject the relative clause
// qualifies ("a fire that started in the basement spread"). Not "a prayer
// that moved the crowd to tears", whose relative clause runs to the end.
func (d *doc) relativeThenMainVerb(rel int, s sentence) bool {
	v := rel + 1
	if v < s.last && d.toks[v].lowerWord() && d.toks[v].has(lxAdverb) {
		v++ // "who only lives", "that already had"
	}
	if v >= s.last || !d.toks[v].lowerWord() || !(d.toks[v].has(lxVerb|lxAux) || d.endsWith(v, "ed")) || d.isWord(v, "to") {
		return false
	}
	if a := v + 1; a+1 < s.last && !d.toks[v].has(lxAux) && d.toks[a].lowerWord() && d.toks[a].has(lxAux) &&
		!d.isWord(a, "to") && !d.isWord(a, "be") && !d.isWord(a, "been") && !d.isWord(a, "being") {
		return true // "said a person who died was diagnosed": a verb alone, then the main clause's auxiliary
	}
	for m := v + 2; m < s.last && m < v+12; m++ {
		t, p := &d.toks[m], &d.toks[m-1]
		if t.kind == tkNum || d.punct(m, ":") && d.toks[m-1].kind == tkNum {
			continue // "that started about 5:15 a.m. spread"
		}
		if t.kind != tkWord || t.inQuote() || t.lowerWord() && t.has(lxRelative) {
			return false
		}
		// The word before the verb ends the relative clause: a noun, a
		// name or "nearby", not a verb, an article or a preposition.
		nounBefore := !p.lowerWord() || d.isWord(m-1, "nearby") ||
			!p.has(lxVerb|lxAux|lxPrep|lxDet|lxFunc|lxPronoun|lxAdverb) && !d.endsWith(m-1, "ed") && !d.endsWith(m-1, "ly")
		if !t.lowerWord() || !nounBefore || t.has(lxFunc|lxPrep|lxDet) || d.endsWith(m, "ing") {
			continue
		}
		if t.has(lxAux) && !d.isWord(m, "to") && !d.isWord(m, "be") && !d.isWord(m, "been") && !d.isWord(m, "being") {
			return true
		}
		if (t.has(lxVerb) && !d.endsWith(m, "s") || d.endsWith(m, "ed")) && m+1 < s.last && !d.isWord(m+1, "by") {
			return true
		}
	}
	return false
}

// auxAfterAside reports whether the aside's words from token from (up to
// before limit) reach a closing comma with an auxiliary after it, no
// other punctuation and no token that stops ends it first.
func (d *doc) auxAfterAside(from, limit int, s sentence, stops func(*token) bool) bool {
	for m := from; m < s.last && m < limit; m++ {
		t := &d.toks[m]
		if stops(t) {
			return false
		}
		if d.punct(m, ",") {
			return m+1 < s.last && d.toks[m+1].lowerWord() && d.toks[m+1].has(lxAux) && !d.isWord(m+1, "to")
		}
		if t.kind == tkPunct {
			return false
		}
	}
	return false
}

// speechNounPhrase returns the end of a phrase at k whose noun is a form
// the lexicon also knows as a speech verb, "remarks", "comments", "a
// written statement", "his prepared remarks", or k when there is none.
func (d *doc) speechNounPhrase(k, last int) int {
	j := k
	if j < last && d.descriptionOpensAt(j) {
		j++
	}
	if j < last && (d.isWord(j, "written") || d.isWord(j, "prepared") || d.isWord(j, "emailed") || d.isWord(j, "recorded")) {
		j++
	}
	if j < last && j > k && d.docNounAt(j) {
		return j + 1 // "a written statement"
	}
	if j < last && j > k && d.toks[j].capWord() && d.toks[j].has(lxTime) {
		// "in a Jan. 29 statement", "in a Monday statement": the date
		// stands between the article and the document's noun.
		n := j + 1
		if n < last && d.toks[n].kind == tkNum {
			n++
		}
		if n < last && d.toks[n].lowerWord() && d.docNounAt(n) {
			return n + 1
		}
	}
	if j < last && j > k && d.isWord(j-1, "written") && d.toks[j].lowerWord() && !d.toks[j].has(lxFunc|lxPrep|lxAux|lxDet|lxPronoun) {
		return j + 1 // "in a written answer", "a written reply": "written" makes the noun a document
	}
	if j < last && j > k && d.toks[j].lowerWord() && docAdjectives[d.lower(j)] {
		j++
		if j < last && d.toks[j].lowerWord() && (d.docNounAt(j) || d.isWord(j, "update")) {
			return j + 1 // "in a separate statement", "in a later update"
		}
	}
	if j < last && j > k && d.toks[j].lowerWord() && d.toks[j].cv != 0 && !d.isWord(k, "that") && !d.endsWith(j, "ed") &&
		(!d.endsWith(j, "ing") || j+1 >= last || d.toks[j+1].kind == tkPunct || d.toks[j+1].has(lxPrep)) {
		// "said in a new estimate", "in its latest forecast": a speech
		// verb's form as the noun; not "responding to a reported claim",
		// a participle before its noun.
		return j + 1
	}
	if j < last && d.toks[j].lowerWord() && (d.isWord(j, "remarks") || d.isWord(j, "comments") || d.isWord(j, "posts") || d.isWord(j, "tweets")) {
		return j + 1
	}
	return k
}

// spokenNouns are occasions of speech that a participle can follow, as a
// document's can: "in an interview published on Sunday", "in a speech
// broadcast on Tuesday".
var spokenNouns = map[string]bool{
	"interview": true, "speech": true, "address": true, "podcast": true, "broadcast": true, "video": true,
	"post": true, "remarks": true, "comments": true, "briefing": true,
}

// docAdjectives stand between an article and a document's noun: "a new
// estimate", "its latest forecast".
var docAdjectives = map[string]bool{
	"new": true, "latest": true, "recent": true, "earlier": true, "initial": true, "final": true,
	"preliminary": true, "official": true, "updated": true, "revised": true, "separate": true,
	"further": true, "previous": true, "annual": true, "formal": true, "later": true,
}

// ingAdjective reports whether w ends in "ing" but is no verb's form:
// "ongoing", "upcoming".
func ingAdjective(w string) bool {
	switch w {
	case "ongoing", "upcoming", "forthcoming", "outgoing", "incoming", "oncoming",
		// Intransitive participles, never a gerund with an object:
		// "said underlying price pressures are still high", "said rising
		// costs had hurt".
		"underlying", "outstanding", "existing", "remaining", "lingering", "prevailing", "surging", "soaring",
		"rising", "falling", "booming", "emerging", "recurring", "persisting", "worsening", "deepening":
		return true
	}
	return false
}

// currencySign reports whether w is a currency sign written before an
// amount.
func currencySign(w string) bool {
	switch w {
	case "$", "€", "£", "¥", "US$", "A$", "C$":
		return true
	}
	return false
}

// contractedSubject reports whether w is a subject pronoun joined to its
// auxiliary: they're, she'd, we'll, there's, I've (straight or curly
// apostrophe).
func contractedSubject(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	subj, aux, ok := strings.Cut(w, "'")
	if !ok {
		return false
	}
	switch aux {
	case "s", "re", "m", "ve", "d", "ll":
	default:
		return false
	}
	switch subj {
	case "i", "you", "he", "she", "it", "we", "they", "there", "that":
		return true
	}
	return false
}

// nominative reports whether w is a pronoun that can only be a subject.
func nominative(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// quoteAfterParagraph returns the quotation opening the next paragraph when
// the sentence of cue c ends its paragraph with a colon or comma and
// reports nothing else: "Obama tweeted using his account:" followed by the
// tweet.
func (d *doc) quoteAfterParagraph(c *cue, s sentence) int {
	last := s.last - 1
	if s.last != d.paraEnd(s.para) || !(d.punct(last, ":") || d.punct(last, ",")) || s.last >= len(d.toks) {
		return -1
	}
	for j := c.after; j < last; j++ {
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote || d.toks[j].cv != 0 || d.isWord(j, "that") {
			return -1
		}
	}
	if t := &d.toks[s.last]; t.kind == tkQuote && t.is(fOpenMark) {
		return d.markQuote(s.last)
	}
	return -1
}

// anonymity reports whether the words at k ask for anonymity ("not to be
// named", "to remain anonymous"), which reports no speech.
func (d *doc) anonymity(k int, s sentence) bool {
	for j := k; j < s.last && j < k+6; j++ {
		switch d.lower(j) {
		case "named", "identified", "anonymous", "anonymity":
			return true
		}
	}
	return false
}

// toldThings are what "tell" takes as an object rather than a hearer.
var toldThings = map[string]bool{
	"tale": true, "tales": true, "story": true, "stories": true, "joke": true, "jokes": true,
	"truth": true, "lie": true, "lies": true, "difference": true, "time": true,
}

// relativeAt reports whether a relative clause opens at token k: "who",
// "which", or "some of whom", "most of which".
func (d *doc) relativeAt(k int) bool {
	t := &d.toks[k]
	return t.lowerWord() && (t.has(lxRelative) || d.isWord(k+1, "of") && (d.isWord(k+2, "whom") || d.isWord(k+2, "which")))
}

// byMedium are the means a message goes by: "told Wikinews by email".
var byMedium = map[string]bool{
	"email": true, "e-mail": true, "phone": true, "telephone": true, "letter": true, "text": true,
	"video": true, "videolink": true, "videoconference": true, "mail": true, "fax": true,
}

// objectVerb reports whether a cue verb often takes a thing as its object
// ("confirmed the date", "announced the names"), where "said" or "warned"
// before the same words opens a clause.
func objectVerb(lemma string) bool {
	switch lemma {
	case "confirm", "announce", "reveal", "disclose", "report", "recall":
		return true
	}
	return false
}

// placeBeforeAux reports whether the words from k, after "before", are
// a short noun phrase of where something lies, and an auxiliary follows:
// "said the file before her was incomplete", "said the case before the
// court had stalled". After "said", which takes no object, the phrase is
// the subject's.
func (d *doc) placeBeforeAux(k int, s sentence) bool {
	end := k + 1
	if w := d.lower(k); !(d.toks[k].lowerWord() && (w == "her" || w == "him" || w == "them" || w == "us" || w == "me" || w == "it")) {
		end = d.npForward(k, s.last)
	}
	return end > k && end <= k+4 && end < s.last && d.toks[end].lowerWord() && d.toks[end].has(lxAux) && !d.isWord(end, "to")
}

// bareObject reports whether the words from k are a noun phrase with no
// verb of its own up to a comma and the attribution of the sentence:
// "its ambassador to Calder on Friday, the ministry said".
func (d *doc) bareObject(k int, s sentence) bool {
	if k >= s.last {
		return false
	}
	t := &d.toks[k]
	// "reported outbreaks, agency chief Mara Quell said": a bare plural
	// is an object too, as "its ambassador" is.
	plural := t.lowerWord() && t.cv == 0 && !t.has(lxVerb|lxAux|lxPronoun|lxPrep|lxDet|lxFunc|lxAdverb) && d.endsWith(k, "s") && !d.endsWith(k, "ss")
	if !(t.lowerWord() && (t.has(lxDet) && !d.isWord(k, "that") || possessivePronoun(d.lower(k))) || t.kind == tkNum || plural) {
		return false
	}
	sub := -1 // "after the boat was seized": a clause of time inside the report
	for j := k; j < s.last; j++ {
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
			return false
		}
		if sub < 0 && j > k+1 && d.toks[j].lowerWord() && timeSubordinator(d.lower(j)) {
			sub = j
		}
		if d.punct(j, ",") {
			if sub >= 0 && d.attributionFollows(j+1, s) && !d.finiteVerbIn(k, sub) {
				return true
			}
			// Only the object the sentence's own attribution follows:
			// ", which was slated for May, has been cancelled" goes on.
			return d.attributionFollows(j+1, s) && d.verbGroups(k, s, 0) == 0
		}
	}
	return false
}

// resultObject reports whether the words from k are a company's result
// as "posted" takes it: "a 12% rise in pretax profit", "a loss of $3
// million", "record earnings".
func (d *doc) resultObject(k int, s sentence) bool {
	return d.resultNounFrom(k, s) >= 0
}

// resultNounFrom returns where the result noun of resultObject's phrase
// from k stands, or -1 when the words from k are no such phrase.
func (d *doc) resultNounFrom(k int, s sentence) int {
	for j := k; j < s.last && j < k+5; j++ {
		t := &d.toks[j]
		if t.inQuote() || t.kind == tkQuote {
			return -1
		}
		if t.lowerWord() && resultNoun(d.lower(j)) {
			return j
		}
		// "$33.7 billion in revenue": the amount, then what it counts.
		amountIn := d.isWord(j, "in") && t.lowerWord() && j > k && (d.toks[j-1].kind == tkNum || d.isWord(j-1, "million") || d.isWord(j-1, "billion"))
		if !(t.lowerWord() && (t.has(lxDet) || t.kind == tkWord && !t.has(lxVerb|lxAux|lxPrep)) || amountIn || t.kind == tkNum || t.kind == tkPunct && (d.punct(j, "%") || d.punct(j, "$"))) {
			return -1
		}
	}
	return -1
}

// resultWithRelative reports whether the words from k are a company's
// result with a relative clause, or an "of"/"on" phrase of its figure, and
// no verb of a clause of their own:
// "reported first-quarter sales that missed analysts' forecasts" gives a
// figure the relative clause describes, where "reported sales that were
// lower had hurt it" and "reported that sales fell" are clauses said.
func (d *doc) resultWithRelative(k int, s sentence) bool {
	if d.isWord(k, "that") {
		return false
	}
	j := d.resultNounFrom(k, s)
	if j < 0 || j+2 >= s.last {
		return false
	}
	if d.isWord(j+1, "of") || d.isWord(j+1, "on") {
		// "reported revenue of $244 million for the quarter ending May
		// 31", "revenue on adjusted basis of ...": the figure's phrase up
		// to a comma or the end, with no verb of its own but a participle
		// ("ending") or an adjective in -ed after a preposition.
		for m := j + 2; m < s.last && !d.punct(m, ","); m++ {
			t := &d.toks[m]
			if t.inQuote() || t.kind == tkQuote || t.lowerWord() && (t.has(lxAux|lxRelative) || (t.has(lxVerb) || d.endsWith(m, "ed")) && !d.endsWith(m, "ing") && !d.toks[m-1].has(lxDet|lxPrep)) {
				return false
			}
		}
		return true
	}
	if !(d.isWord(j+1, "that") || d.isWord(j+1, "which")) {
		return false
	}
	return d.relativeOwnVerb(j+1, s) && !d.relativeThenMainVerb(j+1, s) && !d.verbAfterRelative(j+1, s)
}

// resultNoun reports whether w names a change in a company's figures.
func resultNoun(w string) bool {
	switch w {
	case "rise", "gain", "loss", "losses", "drop", "decline", "increase", "jump", "fall", "profit", "profits",
		"earnings", "revenue", "revenues", "sales", "surplus", "deficit", "income":
		return true
	}
	return false
}

// timeSubordinator reports whether w opens a clause of time or cause
// after a main clause: "after the boat was seized".
func timeSubordinator(w string) bool {
	switch w {
	case "after", "before", "when", "because", "following", "amid", "while", "since", "until":
		return true
	}
	return false
}

// detailNouns name a fact that a relative clause picks out: "the date the
// bridge would reopen", "the number of people who were hurt".
var detailNouns = map[string]bool{
	"date": true, "dates": true, "day": true, "time": true, "times": true, "hour": true, "number": true,
	"numbers": true, "name": true, "names": true, "identity": true, "identities": true, "amount": true,
	"cost": true, "price": true, "location": true, "route": true, "size": true, "total": true, "venue": true,
}

// objectWithRelative reports whether the words from k are an object whose
// only verb is in a relative clause, with no verb of a clause of its own
// after it: "confirmed the date the bridge would reopen", "announced the
// names of the players who will travel". "the people who were hurt had
// gone home" and "the date the bridge reopens is not set" are clauses.
func (d *doc) objectWithRelative(k int, s sentence) bool {
	j := k
	if j < s.last && d.toks[j].lowerWord() && (d.isWord(j, "the") || possessivePronoun(d.lower(j))) {
		j++
	} else {
		return false
	}
	if j < s.last && d.toks[j].lowerWord() && !detailNouns[d.lower(j)] && !d.toks[j].has(lxAux|lxVerb|lxDet|lxPrep) && d.toks[j].cv == 0 {
		j++ // "the exact date", "the final number"
	}
	if j >= s.last || !d.toks[j].lowerWord() || !detailNouns[d.lower(j)] {
		return false
	}
	j++
	if d.isWord(j, "of") {
		// "the names of the players who": the object of "of", up to the
		// relative word.
		e := j + 1
		for e < s.last && e < j+6 && !d.toks[e].has(lxRelative) && !d.toks[e].has(lxAux) && d.toks[e].cv == 0 && d.toks[e].kind == tkWord {
			e++
		}
		if e >= s.last || !d.toks[e].lowerWord() || !d.toks[e].has(lxRelative) || e == j+1 {
			return false
		}
		j = e
	}
	switch {
	case j >= s.last:
		return false
	case d.toks[j].lowerWord() && (d.toks[j].has(lxRelative) && !d.isWord(j, "whose") || d.isWord(j, "when") || d.isWord(j, "where")):
		j++ // "the players who will travel"
	case d.toks[j].lowerWord() && (d.isWord(j, "the") || d.isWord(j, "a") || d.isWord(j, "its") || nominative(d.lower(j))),
		d.toks[j].capWord() && d.chunkAt[j] >= 0:
		// a bare relative: "the date the bridge would reopen", "the day
		// Varga would arrive". The word after its subject is its verb,
		// known or not: "the amount the city pays is too high" has two.
		e := j + 2 // "the city"
		if nominative(d.lower(j)) {
			e = j + 1
		} else if d.toks[j].capWord() {
			e = int(d.chunks[d.chunkAt[j]].last)
		}
		if e <= j || e >= s.last || !d.toks[e].lowerWord() || d.toks[e].has(lxPrep|lxDet|lxFunc) && !d.toks[e].has(lxAux) {
			return false
		}
		prev := 2
		if d.toks[e].has(lxAux) {
			prev = 1
		}
		return d.verbGroups(e+1, s, prev) == 0
	default:
		return false
	}
	return d.verbGroups(j, s, 0) == 1
}

// verbGroups counts the finite verb groups that open from token k to the
// end of the sentence or the first comma: "would reopen" is one, "were
// hurt had gone" two (an auxiliary after a verb opens another). prev says
// what came just before k.
func (d *doc) verbGroups(k int, s sentence, prev int) int {
	n := 0 // prev: 0 no verb before k, 1 an auxiliary, 2 another verb
	for j := k; j < s.last; j++ {
		t := &d.toks[j]
		if t.kind == tkPunct || t.kind == tkQuote || t.inQuote() {
			break
		}
		aux := t.lowerWord() && t.has(lxAux) && !d.isWord(j, "to")
		verb := !aux && t.lowerWord() && (t.has(lxVerb) || t.cv != 0 || strings.HasSuffix(d.str(j), "ed"))
		switch {
		case aux && prev != 1:
			n++
			prev = 1
		case verb && prev == 0:
			n++
			prev = 2
		case verb:
			prev = 2
		case !aux:
			prev = 0
		}
	}
	return n
}

// trailingApposition reports whether the rest of sentence s from token k
// describes the source just named rather than saying anything: an
// indefinite or role noun phrase ("a glaciologist at Tarvik University who
// led the study", "lead author of the paper") or a participle phrase
// ("published Monday in Calder Geoscience"), with no verb of its own
// before a relative clause or the sentence's end.
func (d *doc) trailingApposition(k int, s sentence) bool {
	t := &d.toks[k]
	if d.nameTagToEnd(k, s) {
		return true
	}
	if !t.lowerWord() {
		return false
	}
	switch {
	case d.isWord(k, "a") || d.isWord(k, "an") || t.has(lxRole) && !t.has(lxDet|lxPronoun):
	case describingParticiple(d.lower(k)):
	default:
		return false
	}
	for j := k + 1; j < s.last; j++ {
		tj := &d.toks[j]
		switch {
		case tj.kind == tkQuote || tj.inQuote():
			return false
		case tj.lowerWord() && tj.has(lxRelative):
			return true // "who led the study": the relative clause describes too
		case d.isWord(j, "that") && tj.lowerWord() && j > k+1 && d.toks[j-1].lowerWord() && d.toks[j-1].cv == 0 && !d.toks[j-1].has(lxAux|lxVerb):
			return true // "a newsletter that tracks the funds": "that" as the relative
		case tj.kind == tkPunct && !d.punct(j, ",") && !d.sentenceEnd(j, s):
			return false
		case tj.lowerWord() && (tj.has(lxAux) || tj.cv != 0):
			return false
		case tj.lowerWord() && pastOnlyVerb(d.lower(j)) && !d.toks[j-1].has(lxDet|lxPrep):
			return false // "..., he says, a sharp drop in prices began ...": a clause's past, no apposition
		}
	}
	return true
}

// describedByRelative reports whether the words from k are "a" or "an",
// a noun or two and a relative clause: "a newsletter that tracks the
// funds". After "according to X," that describes X however the clause
// before reads ("slipped" may be a participle), so the clause before is
// what X says.
func (d *doc) describedByRelative(k int, s sentence) bool {
	if !(d.isWord(k, "a") || d.isWord(k, "an")) || !d.toks[k].lowerWord() {
		return false
	}
	for j := k + 2; j < s.last && j <= k+4; j++ {
		t := &d.toks[j]
		if !t.lowerWord() || t.cv != 0 || t.has(lxAux) {
			return false
		}
		if t.has(lxRelative) || d.isWord(j, "that") {
			return true
		}
	}
	return false
}

// nameTagToEnd reports whether the rest of sentence s from token k is
// only the tag that follows a person's name: a party and state
// ("D-N.H."), an age and a home town ("42, of Harwick") or letters
// ("MD"). After "according to X," it ends the sentence: what X says is
// the clause before.
func (d *doc) nameTagToEnd(k int, s sentence) bool {
	t := &d.toks[k]
	// The tag ends the sentence, or a relative clause on the person
	// follows it (", who runs the kiosk").
	end := func(j int) bool {
		return j >= s.last || d.sentenceEnd(j, s) || d.punct(j, ",") && j+1 < s.last && d.toks[j+1].lowerWord() && d.toks[j+1].has(lxRelative)
	}
	if e := d.partyTagEnd(k); e > k {
		return end(e)
	}
	if t.kind == tkWord && t.has(lxPostNominal) && !t.has(lxFirstName) {
		j := k + 1 // "Selma Riaz, MD, FACS": the letters after her name
		for j+1 < s.last && d.punct(j, ",") && d.toks[j+1].kind == tkWord && d.toks[j+1].has(lxPostNominal) {
			j += 2
		}
		return end(j)
	}
	if (d.isWord(k, "of") || d.isWord(k, "from")) && t.lowerWord() && k >= 2 && d.punct(k-1, ",") &&
		(d.toks[k-2].kind == tkNum || d.chunkAt[k-2] >= 0 && d.chunks[d.chunkAt[k-2]].kind == kPerson) {
		// "42, | of Harwick": the age was taken as an appositive;
		// "Ilse Varga, | of Harwick, Tarvia": her home.
		j := k + 1
		for j < s.last && (d.nameWord(j) || d.punct(j, ",") && d.nameWord(j+1)) {
			j++
		}
		return j > k+1 && end(j)
	}
	if d.nameWord(k) && k >= 4 && d.punct(k-1, ",") {
		// "Ilse Varga, of Harwick, | Tarvia": the home's state, after the
		// town was taken as her affiliation.
		p := k - 2
		for p > k-5 && p > 0 && d.nameWord(p) {
			p--
		}
		if p < k-2 && (d.isWord(p, "of") || d.isWord(p, "from")) && d.toks[p].lowerWord() && d.punct(p-1, ",") &&
			d.chunkAt[p-2] >= 0 && d.chunks[d.chunkAt[p-2]].kind == kPerson {
			j := k
			for j < s.last && d.nameWord(j) {
				j++
			}
			return end(j)
		}
	}
	if t.kind != tkNum || !d.punct(k+1, ",") && !end(k+1) {
		return false
	}
	if n, err := strconv.Atoi(d.str(k)); err != nil || n < 1 || n > 120 {
		return false
	}
	if end(k + 1) {
		return true
	}
	j := k + 2
	if !(d.isWord(j, "of") || d.isWord(j, "from")) || !d.toks[j].lowerWord() {
		return false
	}
	for j++; j < s.last && d.nameWord(j); j++ {
	}
	return j > k+3 && end(j)
}

// describingParticiple reports whether w, opening a phrase after a source,
// tells how the source came about rather than what anyone did: "the study,
// published Monday", "research led by Tarvik University".
func describingParticiple(w string) bool {
	switch w {
	case "published", "released", "issued", "led", "conducted", "funded", "presented", "posted", "authored",
		"commissioned", "compiled", "produced", "co-authored", "carried", "based", "written":
		return true
	}
	return false
}

// recipientsAt reports whether token k, after "to" in a phrase about a
// document ("said in a note to clients", "in its report to
// shareholders"), opens the plural noun of those it was addressed to,
// not an infinitive: a lower-case word ending in "s" that no verb form
// and no adverb is, closing the sentence or followed by a comma or a
// preposition.
func (d *doc) recipientsAt(k, last int) bool {
	t := &d.toks[k]
	if !d.endsWith(k, "s") || d.endsWith(k, "ss") || t.cv != 0 || t.has(lxAux|lxVerb|lxAdverb|lxPrep) {
		return false
	}
	return k+1 >= last || d.toks[k+1].kind == tkPunct || d.toks[k+1].lowerWord() && (d.toks[k+1].has(lxPrep) || d.isWord(k+1, "that"))
}

// objectInRelative reports whether cue c stands in a relative clause set
// off by commas ("Officials, who had forecast a mild winter, conceded")
// and the words from k to the clause's closing comma hold no verb: an
// object, whose "clause" only seemed to go on into the main verb.
func (d *doc) objectInRelative(c *cue, k int, s sentence) bool {
	rel := -1
	for j := c.verb - 1; j > s.first && j >= c.verb-4; j-- {
		if d.toks[j].lowerWord() && (d.isWord(j, "who") || d.isWord(j, "which")) {
			rel = j
			break
		}
		if !d.toks[j].lowerWord() || !d.toks[j].has(lxAux|lxAdverb|lxNeg) {
			break
		}
	}
	if rel < 0 || !d.punct(rel-1, ",") {
		return false
	}
	for j := k; j < s.last && j < k+12; j++ {
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
			return false
		}
		if d.punct(j, ",") {
			return !d.finiteVerbIn(k, j)
		}
	}
	return false
}

// assemblyNouns are bodies addressed without an article: "said in a
// speech to parliament that", "told congress on Tuesday that".
var assemblyNouns = map[string]bool{
	"parliament": true, "congress": true, "staff": true, "camera": true, "reporters": true,
}

// assemblyAt reports whether a body addressed without an article starts
// at token k, after "to", with a preposition, "that", a comma or the end
// after it: "to parliament on Wednesday that", not "to staff the clinic".
func (d *doc) assemblyAt(k, last int) bool {
	if !d.toks[k].lowerWord() || !assemblyNouns[d.lower(k)] {
		return false
	}
	return k+1 >= last || d.toks[k+1].kind == tkPunct || d.toks[k+1].lowerWord() && (d.toks[k+1].has(lxPrep|lxTime) || d.isWord(k+1, "that"))
}

// verbAsNoun reports whether the word at k, just after an article, is a
// verb's form standing as a noun before "that", a preposition or a comma:
// "at the launch of", "after the vote that".
func (d *doc) verbAsNoun(k, last int) bool {
	t := &d.toks[k]
	if !t.lowerWord() || !t.has(lxVerb) || t.has(lxAux|lxFunc|lxPrep|lxNeg|lxAdverb) || t.cv != 0 || d.endsWith(k, "ed") {
		return false
	}
	if d.isWord(k+1, "that") && k+2 < last && d.toks[k+2].has(lxAux) {
		return false // "at the launch that was held in Valmont": the noun's relative clause
	}
	return k+1 >= last || d.toks[k+1].kind == tkPunct || d.toks[k+1].lowerWord() && (d.toks[k+1].has(lxPrep) || d.isWord(k+1, "that"))
}

// singleMarkedTitle returns the token after a title set off in single
// marks at token k ("in its document 'Vision 2023'"), whose words are all
// capitalised, numbers or function words; or k when none starts there.
// Double marks are quotations, and workTitleAfter reads them.
func (d *doc) singleMarkedTitle(k, last int) int {
	if !d.punct(k, "'") && !d.punct(k, "‘") {
		return k
	}
	for j := k + 1; j < last && j <= k+12; j++ {
		t := &d.toks[j]
		switch {
		case d.punct(j, "'") || d.punct(j, "’"):
			if j == k+1 {
				return k
			}
			return j + 1
		case t.kind == tkWord && t.lowerWord() && !t.has(lxFunc), t.kind == tkQuote:
			return k
		}
	}
	return k
}

// passiveRelativeAt returns the token after a passive relative clause's
// participle at token k ("that was released", "which had been published"),
// or k when none starts there.
func (d *doc) passiveRelativeAt(k, last int) int {
	if k+2 >= last || !d.toks[k].lowerWord() || !d.isWord(k, "that") && !d.isWord(k, "which") {
		return k
	}
	j := k + 1
	for j < last && j <= k+3 && d.toks[j].lowerWord() &&
		(d.isWord(j, "was") || d.isWord(j, "were") || d.isWord(j, "is") || d.isWord(j, "are") || d.isWord(j, "had") ||
			d.isWord(j, "has") || d.isWord(j, "have") || d.isWord(j, "been")) {
		j++
	}
	if j == k+1 || j >= last || !d.toks[j].lowerWord() || !d.participle(j) {
		return k
	}
	return j + 1
}

// sourceOfReportBefore reports whether "according to" cue c, after a
// comma, names the source of a report the sentence made just before it:
// a cue of saying with its speaker found, followed by nothing but where,
// when and to whom it was said ("Brenn said at a fundraiser, according to
// a pool report", "she told supporters, according to a transcript"); not
// a verb with an object ("how Carvane reports its emissions, according to
// the institute"), nor one nothing hands over to ("faster than models
// predicted, according to Keld Amory").
func (d *doc) sourceOfReportBefore(c *cue, s sentence) bool {
	if c.verb-1 <= s.first || !d.punct(c.verb-1, ",") {
		return false
	}
	for k := len(d.cues) - 1; k >= 0 && d.cues[k].verb >= s.first; k-- {
		o := &d.cues[k]
		if o.verb >= c.verb || o.skip || !o.found || o.lemma == "according to" || o.class != cueSay || o.after > c.verb-1 {
			continue
		}
		if h := min(o.subjFirst, o.verb) - 1; h <= s.first || !d.punct(h, ",") && !d.toks[h].is(fCloseMark) {
			return false // "faster than models predicted, according to Keld Amory": no cue handed over to
		}
		k := o.after
		if o.receiver && k < c.verb-1 {
			if d.bareHearerPhrase(k, c.verb-1) {
				return true // "he told the alliance's 27 other defense ministers, according to a transcript"
			}
			k = d.skipReceiver(k, s)
		}
		return d.skipForwardAdverbials(k, c.verb-1) == c.verb-1
	}
	return false
}

// bareHearerPhrase reports whether tokens [k, end) are a noun phrase and
// nothing more, no verb or clause in it: "the alliance's 27 other defense
// ministers", whom a cue's speaker told.
func (d *doc) bareHearerPhrase(k, end int) bool {
	if end-k > 8 {
		return false
	}
	for j := k; j < end; j++ {
		t := &d.toks[j]
		switch {
		case t.kind == tkPoss || t.kind == tkNum:
		case t.kind != tkWord || t.inQuote() || t.cv != 0 || t.lowerWord() && t.has(lxAux|lxVerb|lxRelative|lxPronoun) && !t.has(lxDet):
			return false
		}
	}
	return true
}

// relativeSayVerb reports whether token k, just after the "that" of a
// relative clause about a document ("a statement that said ...", "a
// letter that states ..."), is a finite verb of saying whose clause is
// the document's words.
func (d *doc) relativeSayVerb(k int, s sentence) bool {
	if k+1 >= s.last || !d.toks[k].lowerWord() || d.toks[k].cv == 0 {
		return false
	}
	switch d.lower(k) {
	case "said", "says", "stated", "states", "added", "adds", "warned", "warns",
		"claimed", "claims", "confirmed", "confirms", "announced", "announces":
		return true
	}
	return false
}

// colonBeforeQuotation returns the colon that ends the short phrase
// starting at token k when a quotation opens right after it ("a message on
// Facebook: “...”"), or -1.
func (d *doc) colonBeforeQuotation(k int, s sentence) int {
	for j := k; j+1 < s.last && j < k+10; j++ {
		t := &d.toks[j]
		if d.punct(j, ":") {
			if n := &d.toks[j+1]; n.kind == tkQuote && n.is(fOpenMark) {
				return j
			}
			return -1
		}
		if t.kind == tkPunct || t.kind == tkQuote || t.inQuote() {
			return -1
		}
	}
	return -1
}

// demonstrativeThat reports whether the "that" just before token k is a
// pronoun the cue takes as its object rather than the word opening a
// clause: the words after it, up to the clause's end, hold no verb and
// no quotation ("ruled that out as a possibility", "confirmed that at a
// news conference").
func (d *doc) demonstrativeThat(k int, s sentence) bool {
	if k >= s.last || d.sentenceEnd(k, s) || d.punct(k, ",") {
		return true // "denied that."
	}
	t := &d.toks[k]
	if !t.lowerWord() || !(t.has(lxPrep|lxAdverb|lxTime) || particleWord(d.lower(k))) {
		return false // "said that prices soar": a clause, whatever its verb
	}
	if d.frontedGerundPhrase(k, s) {
		return false // "said that instead of keeping it herself, she ...": a phrase set off, then the clause
	}
	end := d.clauseEnd(k, s)
	if end <= k {
		return true
	}
	for j := k; j < end; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || d.endsWith(j, "ed") && t.lowerWord() {
			return false
		}
	}
	return !d.finiteVerbIn(k, end)
}

// particleWord reports whether w is the particle of a phrasal verb that
// may follow its pronoun object: "ruled that out", "played it down".
func particleWord(w string) bool {
	switch w {
	case "out", "up", "down", "off", "away", "back", "again", "aside":
		return true
	}
	return false
}

// relativeOpening returns the "who" or "which" that opens the relative
// clause the speech verb at v is in, or v-1 when none does within a few
// words before it: "Tomas Quill, who took to Twitter to say ...", "the
// trust, which tried to rally support by saying ...". Only a verb of
// purpose or means is looked through: "who has consistently said he
// supports Trump, but “not blindly,” said" ends at no comma of its own.
func (d *doc) relativeOpening(v int, s sentence) int {
	if !d.isWord(v-1, "to") && !d.isWord(v-1, "by") {
		return v - 1
	}
	for k := v - 1; k > s.first && k >= v-10; k-- {
		t := &d.toks[k]
		if t.kind != tkWord || t.inQuote() {
			break
		}
		if t.lowerWord() && (d.isWord(k, "who") || d.isWord(k, "which")) {
			return k
		}
	}
	return v - 1
}

// placeBeforeThat reports whether tokens [i, that) are a short phrase of
// where the speaker was, between a verb of a manner of speaking and its
// "that": "shouted from the back of the hall that ...", "yelled across
// the street that ...".
func (d *doc) placeBeforeThat(i, that int) bool {
	if that-i < 2 || that-i > 8 || !d.isWord(that, "that") {
		return false
	}
	switch d.lower(i) {
	case "from", "across", "at", "in", "over", "into", "outside", "inside", "through":
	default:
		return false
	}
	for k := i + 1; k < that; k++ {
		if t := &d.toks[k]; t.kind != tkWord || t.inQuote() || t.cv != 0 || t.lowerWord() && t.has(lxAux|lxVerb|lxPronoun) && !t.has(lxDet) {
			return false
		}
	}
	return true
}

// clauseAfterSourceAsides returns where the clause starts after the
// comma-set asides that follow a source opening the sentence ("According
// to a survey of inmates, covering 135 guns they had access to, only two
// ...", "According to reports from the ministry on Friday, and Vasna, a
// rights group, on Thursday, around 18,000 ..."), or -1. An aside is a
// participle's phrase or words with no verb; the clause runs to the end
// of the sentence, with no comma and no attribution of its own.
func (d *doc) clauseAfterSourceAsides(k int, s sentence) int {
	if d.punct(k, ",") {
		k++
	}
	for commas := 0; k < s.last && commas < 4; commas++ {
		if !d.punct(k-1, ",") {
			return -1
		}
		end := k
		for end < s.last && end < k+16 && !d.punct(end, ",") && !d.sentenceEnd(end, s) {
			end++
		}
		if end >= s.last || !d.punct(end, ",") {
			// the last segment: the clause, if it is one
			quantity := k+1 < s.last && d.toks[k+1].kind == tkNum // "around 18,000 people attended"
			if d.toks[k].kind == tkWord && (!d.toks[k].has(lxPrep|lxRelative) || quantity) && !d.endsWith(k, "ing") && commas > 0 &&
				d.clauseLike(k, s) && d.clauseVerbSoon(k, s) && !d.commaIn(k, s.last) {
				return k
			}
			return -1
		}
		participle := d.toks[k].lowerWord() && (d.endsWith(k, "ing") || d.endsWith(k, "ed")) && !d.toks[k].has(lxAux)
		if !participle {
			for j := k; j < end; j++ {
				if t := &d.toks[j]; t.kind == tkQuote || t.inQuote() || t.lowerWord() && (t.has(lxAux|lxVerb) || t.cv != 0) {
					return -1 // a verb of its own: no aside, and the rules have it
				}
			}
		}
		k = end + 1
	}
	return -1
}

// clauseQuantifier reports whether w, after a phrase of time, opens a
// clause's subject: "said on Monday all flights were cancelled".
func clauseQuantifier(w string) bool {
	switch w {
	case "all", "both", "each", "every", "most", "many", "several", "some", "no", "none", "neither", "few":
		return true
	}
	return false
}

// contactRelativeAt reports whether the verb at j opens a relative clause
// without "that" on the noun phrase starting with the determiner at k:
// the phrase's noun, then the relative's subject (a pronoun, or an
// article and a noun) just before j: "the risks | the plan | would
// bring", "the workers | they | hired".
func (d *doc) contactRelativeAt(k, j int) bool {
	if !d.toks[k].lowerWord() || !d.toks[k].has(lxDet) || j-2 <= k {
		return false
	}
	noun := func(n int) bool {
		t := &d.toks[n]
		if n <= k || t.kind != tkWord || !t.lowerWord() || t.inQuote() || t.has(lxFunc|lxPrep|lxDet|lxAux|lxPronoun|lxRelative|lxTime|lxAdverb) {
			return false
		}
		// After an article any word is its noun ("the plan"); elsewhere
		// not a verb.
		return d.toks[n-1].has(lxDet) || t.cv == 0 && !t.has(lxVerb) && !strings.HasSuffix(d.str(n), "ed")
	}
	if p := d.lower(j - 1); nominative(p) || p == "it" {
		return noun(j - 2)
	}
	return j-3 > k && noun(j-1) && noun(j-3) && d.toks[j-2].lowerWord() && (d.isWord(j-2, "the") || d.isWord(j-2, "a") || d.isWord(j-2, "an"))
}

// needForObject reports whether the noun phrase at k is an article, a noun
// and "for": "the need for cuts to prevent floods", whose infinitive
// belongs to the object, not to a reported clause. Not "expects the
// weather to return", the object and its infinitive a report.
func (d *doc) needForObject(k int) bool {
	if !(d.isWord(k, "the") || d.isWord(k, "a") || d.isWord(k, "an")) || !d.toks[k].lowerWord() || k+2 >= len(d.toks) {
		return false
	}
	n := &d.toks[k+1]
	return n.lowerWord() && !n.has(lxFunc|lxPrep|lxAux|lxPronoun) && d.isWord(k+2, "for") && d.toks[k+2].lowerWord()
}

// presentAfterSubject reports whether token j, right after a cue that
// takes only a clause (k-1 is "says", "argue"), reads as the present verb
// the lexicon does not know of the plain noun phrase [k, j): "the company
// now targets", "the new rule bars", "several new hurdles loom", "a
// number of hurdles loom" (one "of" phrase, whose noun agrees). The
// number must agree (a singular noun before a verb in -s, a plural one
// before a bare verb): after "says" a noun phrase is seldom an object,
// so the agreement is enough to tell the clause.
func (d *doc) presentAfterSubject(k, j int, s sentence) bool {
	t := &d.toks[j]
	if j-k < 2 || j+1 > s.last || !t.lowerWord() || t.cv != 0 ||
		t.has(lxFunc|lxPrep|lxDet|lxGroup|lxRole|lxDoc|lxGenericOrg|lxTime|lxAdverb|lxAux|lxVerb|lxPronoun) ||
		d.endsWith(j, "ing") || d.endsWith(j, "ed") || d.endsWith(j, "ly") || d.endsWith(j, "ss") {
		return false
	}
	pj := j - 1
	if (preVerbAdverb(d.lower(pj)) || lyAdverb(d.lower(pj)) && d.toks[pj].lowerWord() && d.toks[pj].lx&^lxCommon == 0) && pj-1 > k {
		pj-- // "the company now targets", "the design virtually eliminates"
	}
	if !d.toks[k].lowerWord() {
		return false
	}
	of := false // "a number of hurdles loom": one "of" phrase, its noun the head
	for i := k; i <= pj; i++ {
		w := &d.toks[i]
		if i > k+1 && i < pj && d.isWord(i, "of") && !of {
			of = true
			if d.toks[i+1].lowerWord() && d.toks[i+1].has(lxDet) && i+1 < pj {
				i++ // "the head of the bank"
			}
			continue
		}
		if !w.lowerWord() || w.cv != 0 || w.has(lxPrep|lxAux|lxVerb|lxPronoun|lxRelative) || d.isWord(i, "that") || d.endsWith(i, "ing") {
			return false
		}
		if i > k && w.has(lxDet|lxFunc) {
			return false
		}
	}
	h := &d.toks[pj]
	if h.has(lxDet|lxFunc|lxAdverb) || d.endsWith(pj, "ly") {
		return false
	}
	pluralHead := d.endsWith(pj, "s") && !d.endsWith(pj, "ss")
	if d.endsWith(j, "s") == pluralHead {
		return false // no agreement: "the bank loans", "the new hurdles"
	}
	n := j + 1
	return n >= s.last || d.sentenceEnd(n, s) || d.toks[n].kind == tkNum || d.toks[n].lowerWord() && !d.toks[n].has(lxAux) && !d.isWord(n, "that")
}

// placeStateCloses reports whether the comma at j closes a place and its
// state set off by commas after k ("workers in Dunmore, Ohio, began a
// strike"): the verb after it is the clause's own, with its subject
// before the place, not a main verb after an object.
func (d *doc) placeStateCloses(j, k int) bool {
	return j-3 > k && d.punct(j-2, ",") && d.toks[j-1].capWord() && d.toks[j-3].capWord() &&
		d.toks[j-4].lowerWord() && (d.isWord(j-4, "in") || d.isWord(j-4, "of") || d.isWord(j-4, "near") || d.isWord(j-4, "at"))
}

// quotedSubjectVerb reports whether token n, right after a quoted phrase,
// is a finite verb with no auxiliary whose subject the phrase is: a past
// ("“grave doubts” surrounded the outlook"), or a verb the lexicon knows
// that is not a participle ("“deep concerns” remain about the cost").
// Not "“sorry” followed by a bow", a participle and its agent.
func (d *doc) quotedSubjectVerb(n int, s sentence) bool {
	t := &d.toks[n]
	if !t.lowerWord() || t.has(lxFunc|lxPrep|lxDet|lxPronoun|lxAdverb) || d.endsWith(n, "ing") || d.endsWith(n, "ly") || n+1 >= s.last {
		return false
	}
	if d.isWord(n+1, "by") || !d.toks[n+1].lowerWord() && d.toks[n+1].kind != tkNum {
		return false
	}
	return d.endsWith(n, "ed") || pastOnlyVerb(d.lower(n)) || t.has(lxVerb) || d.quotedWordCount(n-1) >= 2 && d.presentAfterQuote(n)
}

// quotedWordCount counts the words of the quotation that closes at token c: "“black
// ice”" has two, "“affordable”" one.
func (d *doc) quotedWordCount(c int) int {
	n := 0
	for j := c - 1; j >= 0 && d.toks[j].kind != tkQuote; j-- {
		if d.toks[j].kind == tkWord {
			n++
		}
	}
	return n
}

// presentAfterQuote reports whether token n, right after a quoted phrase,
// is a present verb in -s that the lexicon may read as a noun, with an
// article or a preposition of place after it: "“black ice” forms in the
// east", "“dark snow” covers the slopes". Not "“thank you” cards to the
// crew", whose "to" goes with the noun; and quotedSubjectVerb asks it only
// after a phrase of two words or more, since one quoted word is most often
// an adjective before its noun ("promised “affordable” rents in the new
// flats").
func (d *doc) presentAfterQuote(n int) bool {
	w := d.lower(n)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || n+1 >= len(d.toks) {
		return false
	}
	next := &d.toks[n+1]
	if !next.lowerWord() {
		return false
	}
	switch d.lower(n + 1) {
	case "the", "a", "an", "its", "their", "in", "on", "at", "across", "over", "into", "from", "around", "near", "along":
		return true
	}
	return false
}

// lyAdverb reports whether w, a word in -ly, is an adverb that can
// stand between a subject and its verb ("virtually eliminates", "largely
// depends"), not one of the nouns and adjectives in -ly ("supply",
// "quarterly", "elderly").
func lyAdverb(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "supply", "family", "assembly", "monopoly", "anomaly", "elderly", "friendly", "quarterly", "monthly", "weekly",
		"yearly", "hourly", "deadly", "costly", "lonely", "lovely", "likely", "unlikely", "orderly", "timely", "bodily",
		"earthly", "worldly", "womanly", "scholarly", "butterfly", "firefly":
		return false
	}
	return true
}

// clauseOpeningPrep reports whether w opens a phrase that a reported
// clause can start with, not a phrase a cue verb governs ("warned of",
// "commented on", "asked about").
// prepObjectEnd returns the end of the object of a preposition that
// starts at k: the noun phrase npForward reads, or, where it reads none,
// an article and up to two plain lower-case words ("after the vote",
// "in the long run"), whose words the lexicon also knows as verbs or
// adverbs. It returns k when neither starts there.
func (d *doc) prepObjectEnd(k, last int) int {
	if e := d.npForward(k, last); e > k || k >= last {
		return e
	}
	if t := &d.toks[k]; !t.lowerWord() || !t.has(lxDet) || t.has(lxPronoun) || d.isWord(k, "that") || d.isWord(k, "this") {
		return k
	}
	j := k + 1
	for j < last && j < k+3 && d.toks[j].lowerWord() && !d.toks[j].inQuote() && !d.toks[j].has(lxFunc|lxPrep|lxAux|lxDet|lxPronoun|lxRelative|lxNeg) {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

func clauseOpeningPrep(w string) bool {
	switch w {
	case "by", "under", "in", "without", "during", "after", "despite", "unlike":
		return true
	}
	return false
}

// andAsideThenVerb returns the closing comma when the comma at j opens
// ", and <noun phrase>," and a plural verb follows it ("the buy-back, and
// the high price paid, prove that ..."): a second subject set off by
// commas, the verb the clause's own; otherwise -1.
func (d *doc) andAsideThenVerb(j int, s sentence) int {
	if !d.isWord(j+1, "and") || !d.toks[j+1].lowerWord() || j+2 >= s.last || !d.isWord(j+2, "the") {
		return -1
	}
	for c := j + 3; c < s.last && c <= j+9; c++ {
		t := &d.toks[c]
		if d.punct(c, ",") {
			if c+1 >= s.last || c == j+3 {
				return -1
			}
			v := &d.toks[c+1]
			w := d.lower(c + 1)
			if v.lowerWord() && !v.has(lxAux|lxPrep|lxDet|lxPronoun) && !d.endsWith(c+1, "ing") && !d.endsWith(c+1, "ed") &&
				!d.endsWith(c+1, "ly") && (v.has(lxVerb) || v.cv != 0 || plainVerb(w) || w == "prove") && d.isWord(c+2, "that") {
				return c
			}
			return -1
		}
		if t.kind != tkWord || t.has(lxAux|lxRelative) || t.cv != 0 {
			return -1
		}
	}
	return -1
}

// includingAsideThenVerb returns the comma closing an aside of examples
// that opens at the comma j with "including" ("said several councils,
// including Tarvik, had agreed"), when a finite verb, not a participle,
// follows that comma: the aside belongs to the clause's subject. It
// returns -1 otherwise; the scan stops at the sentence's end and ten
// words on.
func (d *doc) includingAsideThenVerb(j int, s sentence) int {
	if !d.isWord(j+1, "including") || !d.toks[j+1].lowerWord() || j+2 >= s.last {
		return -1
	}
	for c := j + 2; c < s.last && c <= j+12; c++ {
		if !d.punct(c, ",") {
			if t := &d.toks[c]; t.kind == tkQuote || t.lowerWord() && (t.has(lxAux|lxRelative) || t.cv != 0) {
				return -1
			}
			continue
		}
		if c == j+2 || c+1 >= s.last {
			return -1
		}
		v := &d.toks[c+1]
		if v.lowerWord() && !v.has(lxPrep|lxDet|lxPronoun) && !d.endsWith(c+1, "ing") && !d.endsWith(c+1, "ly") &&
			(v.has(lxVerb|lxAux) || v.cv != 0 || d.endsWith(c+1, "ed")) {
			return c
		}
		return -1
	}
	return -1
}

// sceneAsAfterTrailingCue reports whether token k, right after cue c (and
// its adverbials), opens a clause of time with "as" whose subject is not
// a pronoun timeClauseAt knows: "it", or a noun phrase opening on a
// determiner or possessive ("as its members gathered", "as the bank
// reported"), its verb right after. Only after a cue that closes a clause
// set off by a comma ("..., the company said as it cut its forecast"):
// "said as many as 300 ...", "said as part of the deal ...", "said as a
// result the plant ..." open the reported clause itself, and have no
// subject and verb so placed.
func (d *doc) sceneAsAfterTrailingCue(c *cue, k int, s sentence) bool {
	k = d.skipForwardAdverbials(k, s.last) // "said on Tuesday as it cut ..."
	if k+2 >= s.last || !d.isWord(k, "as") || !d.toks[k].lowerWord() {
		return false
	}
	if f := c.subjFirst; f <= s.first+2 || f > c.verb || !d.punct(f-1, ",") || !d.finiteVerbIn(s.first, f-1) {
		return false
	}
	verbAt := func(j int) bool {
		t := &d.toks[j]
		return j < s.last && t.lowerWord() && !t.has(lxPrep|lxDet|lxPronoun) && (t.has(lxVerb|lxAux) || t.cv != 0 || d.endsWith(j, "ed"))
	}
	n := k + 1
	switch w := d.lower(n); {
	case !d.toks[n].lowerWord():
		return false
	case w == "it" || w == "he" || w == "she" || w == "they" || w == "we":
		return verbAt(n + 1) // "said on Tuesday as she unveiled the budget"
	case d.toks[n].has(lxDet) && !d.isWord(n, "that") && !d.isWord(n, "this") || possessivePronoun(w):
		e := d.npForward(n, s.last)
		return e > n+1 && e <= n+5 && verbAt(e)
	case !d.toks[n].has(lxFunc | lxPrep | lxAux | lxVerb | lxAdverb):
		// "said as leaders allowed cameras into the lodge", "as world
		// leaders allowed": a bare plural and its verb.
		e := d.npForward(n, s.last)
		return e > n && e <= n+3 && d.pluralSubject(e-1) && verbAt(e)
	}
	return false
}

// agoEnd returns the token after a span of time counted back from now
// that opens at k ("moments ago", "two hours ago", "a few minutes ago"),
// or k when none does.
func (d *doc) agoEnd(k, last int) int {
	for n := k; n < last && n <= k+3; n++ {
		if !d.toks[n].lowerWord() && d.toks[n].kind != tkNum {
			return k
		}
		if d.isWord(n, "ago") {
			if n > k && timeUnitWord(strings.TrimSuffix(d.lower(n-1), "s")) {
				return n + 1
			}
			return k
		}
	}
	return k
}

// timeUnitWord reports whether w, singular, is a unit of time.
func timeUnitWord(w string) bool {
	switch w {
	case "moment", "second", "minute", "hour", "day", "week", "month", "year":
		return true
	}
	return false
}

// quotedVerbAfterSubject reports whether the quotation opening at mark j
// is one word, a verb in -s, right after a subject that opened at k (a
// name, or an adverb after it): "said Greta often “stalks” her books",
// "said the roof often “leaks” in spring". The clause goes on past the
// closing mark. Not "called the plans “lies”": a noun before the word
// names what it is called.
func (d *doc) quotedVerbAfterSubject(k, j int, s sentence) bool {
	if j <= k || j+3 >= s.last || d.toks[j].kind != tkQuote || !d.toks[j].is(fOpenMark) || d.toks[j+2].kind != tkQuote || d.toks[j+3].kind != tkWord {
		return false
	}
	v := &d.toks[j+1]
	if !v.lowerWord() || !d.endsWith(j+1, "s") || d.endsWith(j+1, "ss") || v.has(lxFunc|lxPrep|lxDet|lxAdverb|lxRole|lxGroup|lxDoc|lxPronoun) {
		return false
	}
	b := j - 1
	if p := &d.toks[b]; p.lowerWord() && (preVerbAdverb(d.lower(b)) || d.endsWith(b, "ly")) && b > k {
		b--
	}
	return d.chunkAt[b] >= 0 && d.chunks[d.chunkAt[b]].last == b+1 && d.chunks[d.chunkAt[b]].ent >= 0 && d.ents[d.chunks[d.chunkAt[b]].ent].personish()
}

// demonstrativeOrObject reports whether w, after "none of" or "some of",
// is the whole phrase: "none of that", "some of them".
func demonstrativeOrObject(w string) bool {
	switch w {
	case "that", "this", "these", "those", "it", "them", "us", "you":
		return true
	}
	return false
}

// unknownPresentAfterNoun reports whether an article at k, its noun, an
// adverb perhaps, and a present tense the lexicon does not know, then a
// preposition or an article, open a clause: "the bank also looks after
// payments". Asked only after an opening phrase and its comma ("said
// beyond setting rates, the bank also looks after ..."), where a clause
// is expected; elsewhere "the team talks with Velmark" is a noun phrase.
func (d *doc) unknownPresentAfterNoun(k int, s sentence) bool {
	t := &d.toks[k]
	if !t.lowerWord() || !t.has(lxDet) || d.isWord(k, "that") || d.isWord(k, "this") || k+3 >= s.last {
		return false
	}
	n, v := &d.toks[k+1], k+2
	if v+1 < s.last && d.toks[v].lowerWord() && d.toks[v].has(lxAdverb) {
		v++
	}
	vt := &d.toks[v]
	return n.lowerWord() && !n.has(lxFunc|lxPrep|lxAux|lxDet|lxPronoun) && v+1 < s.last &&
		vt.lowerWord() && vt.lx&^lxCommon == 0 && vt.cv == 0 && d.endsWith(v, "s") && !d.endsWith(v, "ss") &&
		d.toks[v+1].lowerWord() && d.toks[v+1].has(lxPrep|lxDet) && !d.isWord(v+1, "of")
}

// frontedPhraseReach is how far (in tokens) a phrase opening a reported
// clause at k may run to its comma: further after "despite" and "with",
// whose absolute phrases ("with Tarrow's support providing boats and
// money,") are long, than after a phrase of place or time.
func (d *doc) frontedPhraseReach(k int) int {
	if d.isWord(k, "despite") || d.isWord(k, "with") {
		return 18
	}
	return 10
}

// absoluteParticiple reports whether token j, inside the phrase that
// "despite" or "with" at k opens, is a participle of the phrase's own
// ("being", "providing") or the past participle after "being" ("being
// opposed"), not a finite verb.
func (d *doc) absoluteParticiple(k, j int) bool {
	if !d.isWord(k, "despite") && !d.isWord(k, "with") || j <= k+1 || !d.toks[j].lowerWord() {
		return false
	}
	w := d.lower(j)
	return strings.HasSuffix(w, "ing") && len(w) > 4 || d.isWord(j-1, "being") && strings.HasSuffix(w, "ed")
}

// frontedGerundPhrase reports whether a phrase of a preposition and a
// gerund opens at k ("since taking over", "after meeting the envoys",
// "instead of keeping departments herself") and runs, with no verb of its
// own, to a comma within a dozen words, after which a clause with its
// verb follows.
func (d *doc) frontedGerundPhrase(k int, s sentence) bool {
	p := k + 1
	if k > s.first && d.endsWith(k, "ing") && d.toks[k-1].lowerWord() && gerundPreposition(d.lower(k-1)) {
		p = k // "said since taking over, ...": the preposition was passed over as an adverb
	}
	switch w := d.lower(k); {
	case p == k:
	case gerundPreposition(w):
	case w == "instead" || w == "rather":
		if !d.isWord(p, "of") && !d.isWord(p, "than") {
			return false
		}
		p++
	default:
		return false
	}
	if p >= s.last || !d.toks[p].lowerWord() || !d.endsWith(p, "ing") || d.toks[p].has(lxRole|lxGroup|lxAux) {
		return false
	}
	for j := p + 1; j < s.last && j < p+12; j++ {
		t := &d.toks[j]
		if t.inQuote() || t.kind == tkQuote {
			return false
		}
		if d.punct(j, ",") {
			return j+1 < s.last && d.clauseLike(j+1, s) && (d.clauseVerbSoon(j+1, s) || d.finiteVerbIn(j+1, s.last) || d.pronounThenPresent(j+1, s))
		}
		if t.lowerWord() && (t.has(lxAux) || t.cv != 0) {
			return false
		}
	}
	return false
}

// gerundPreposition reports whether w opens a phrase with a gerund that
// may be set off before a clause: "since taking over", "after meeting".
func gerundPreposition(w string) bool {
	switch w {
	case "since", "after", "before", "upon", "on", "besides":
		return true
	}
	return false
}

// digitOpens reports whether the word at k opens with a digit: a
// measure written as one word ("20.3cm", "5km").
func (d *doc) digitOpens(k int) bool {
	w := d.str(k)
	return d.toks[k].kind == tkWord && w != "" && w[0] >= '0' && w[0] <= '9'
}

// benchSubject reports whether cue c's speaker is a judge or a court,
// named or not: "Judge Ana Lind held", "the tribunal held". What a bench
// holds is its ruling; anyone else "held a meeting".
func (d *doc) benchSubject(c *cue) bool {
	if c.ent >= 0 && (judgeTitled(&d.ents[c.ent]) || courtEntity(&d.ents[c.ent])) {
		return true
	}
	if k := c.verb - 1; k >= 0 && d.toks[k].lowerWord() {
		switch d.lower(k) {
		case "court", "judge", "magistrate", "tribunal", "justice":
			return true
		}
	}
	return false
}

// modalWord reports whether w is a modal verb: gerundModal's and "shall".
func modalWord(w string) bool {
	return gerundModal(w) || w == "shall"
}

// speakerPhrase reports whether the subject [first, verb) names someone
// who may speak: "he" or "she", a name, or a description whose head is a
// role ("the PCB chief"); not "the match".
func (d *doc) speakerPhrase(first, verb int) bool {
	h := verb - 1
	if h < first {
		return false
	}
	if h == first && (d.isWord(h, "he") || d.isWord(h, "she")) {
		return true
	}
	if ci := d.chunkAt[h]; ci >= 0 && d.chunks[ci].first == first && d.chunks[ci].last == verb && d.chunks[ci].ent >= 0 {
		return !d.ents[d.chunks[ci].ent].placeish() && !d.ents[d.chunks[ci].ent].thing
	}
	return d.toks[h].lowerWord() && d.toks[h].has(lxRole) && d.isWord(first, "the")
}
