package extract

import (
	"slices"
	"sort"
	"strings"
)

// resolveSentence resolves the cues of sentence si (d.cues[start:]) and
// attributes the sentence's quotations.
func (d *doc) resolveSentence(si, start int) {
	s := d.sents[si]
	cs := d.cues[start:]
	var prev *cue
	for ci := range cs {
		c := &cs[ci]
		if d.inIntro(c.verb, s) {
			c.skip = true
			continue
		}
		if c.lemma != "according to" {
			d.findSubject(c, s, prev)
			if !c.found && d.isWord(c.verb, "say") && d.isWord(c.verb-1, "to") && (d.isWord(c.verb-2, "except") || d.isWord(c.verb-2, "than")) {
				// "He declined to elaborate, other than to say, “...”": the
				// one who refused speaks, the clause's subject.
				if end := d.npForward(s.first, c.verb); end > s.first {
					c.found, c.subjFirst = true, s.first
					if end == s.first+1 && d.toks[s.first].has(lxPronoun) {
						c.ent = d.resolvePronoun(s.first, c.verb)
					} else {
						c.ent = d.resolveNP(s.first, end, c.verb)
					}
				}
			}
			if (c.ent < 0 || d.ents[c.ent].placeish()) && !c.inverted {
				// The town inside the description is no speaker either.
				if h := d.openingDescriptionComma(s, c.verb); h >= 0 {
					// "The Dalton, Ga., carpet maker, which makes rugs,
					// said": the description's own commas split it into
					// asides; it is the subject whole.
					if e := d.resolveNP(s.first, h+1, s.first); e >= 0 {
						c.found, c.subjFirst, c.ent = true, s.first, e
					}
				}
			}
			if c.found && c.ent < 0 && !c.inverted {
				if e := d.nameGivenAs(c.subjFirst, c.verb); e >= 0 {
					c.ent = e // "A driver, who identified himself only as Tomas, said"
				} else if e := d.bookAuthor(c.subjFirst, c.verb); e >= 0 {
					c.ent, c.thing = e, false // "Ana Lund wrote a biography of him. ... the biography concludes"
				}
			}
			if c.found && c.ent >= 0 && !c.inverted && c.verb-1 > s.first+1 {
				if ci := d.chunkAt[c.verb-1]; ci >= 0 && d.chunks[ci].ent == c.ent {
					// "A protester using the pseudonym Oki said": a person,
					// whatever Oki looks like.
					if f := int(d.chunks[ci].first); f-1 > s.first {
						if naming, person := d.namingWordBefore(f); naming && person && d.ents[c.ent].orgish() {
							d.givenNameAt(f, true)
						}
					}
				}
			}
			if c.found && c.ent < 0 && c.inverted {
				if e := d.nameGivenAs(c.verb, s.last); e >= 0 {
					c.ent = e // "“...,” said one resident, who gave only her first name, Mira."
				}
			}
			if c.found && c.ent >= 0 && !c.inverted {
				if e, f := d.representedBefore(c.subjFirst, s); e >= 0 {
					// "Director Wale Ojo, represented by Mr. Paul Eze, said":
					// the one represented gives the speech; the deputy
					// reads it out.
					c.ent, c.subjFirst = e, f
				}
			}
			if c.found && c.ent >= 0 && !c.inverted {
				c.subjFirst = d.roleJoinedBefore(c.subjFirst, s) // "former engineer and app inventor Tomas Brenn said"
			}
			if c.found && c.ent >= 0 && c.docHead && twoBodies(&d.ents[c.ent]) {
				c.ent = -1 // "Federal Reserve and Commerce Department data show": no one body's words
			}
			if c.found && c.ent < 0 && !c.inverted && c.subjFirst-2 >= s.first && d.isWord(c.subjFirst-1, "of") && d.toks[c.subjFirst-1].lowerWord() &&
				partOfWord(d.lower(c.subjFirst-2)) && !d.commaIn(c.subjFirst, c.verb) {
				c.subjFirst -= 2 // "“It hurt,” one of the managers present said": the whole phrase is the speaker's
			}
			if !c.found {
				if a, q := d.titledBookBefore(c.verb, s); a >= 0 {
					if e := d.bookAuthor(a, c.verb); e >= 0 {
						// "“...,” the biography, “A Quiet Genius,” concludes":
						// the title in marks is a name, the words the author's.
						c.found, c.subjFirst, c.ent = true, a, e
						d.quotes[q].name = true
					}
				}
			}
		}
		if c.found && c.ent >= 0 && !c.inverted && d.contrastDescribed(c, prev, s) {
			// "says the bridge is safe but the county engineer says it is
			// failing": the one set against the first speaker is someone
			// else, described only, whom the lead may name below.
			for k := c.subjFirst; k < c.verb; k++ {
				if int(d.entAt[k]) == c.ent && d.chunkAt[k] < 0 {
					d.entAt[k] = -1
				}
			}
			c.ent = -1
		}
		if !c.found && c.class == cueAsk && d.isWord(c.verb-1, "to") {
			d.sameSubject(c, s, prev) // "Lisle interrupted twice to ask the lawyers to ...": the clause's subject
		}
		if c.co >= 0 && !d.bothOpens(c) || d.asWellAsSubject(c, s) || d.listSubject(c) && (d.joint(c, s) || c.lemma == "feel") || d.jointDocWith(c, s) {
			// "The ministry and the union said in a joint statement": no
			// single speaker.
			c.ent, c.co = -1, -1
		}
		if c.ent >= 0 && c.lemma == "report" && !c.inverted && d.outletsReporter(c.subjFirst) {
			// "As NPR's Merrit Kennedy reported, police believe ...": an
			// outlet's reporter files its report, which is no one's quote;
			// "NPR's Merrit Kennedy said she saw ..." is hers.
			c.ent, c.skip = -1, true
		}
		if c.ent >= 0 && c.lemma == "report" && !c.inverted && !d.teamBefore(c.verb, s) && !(c.after < s.last && d.resultObject(c.after, s)) && d.reportsAsOutlet(c.ent) {
			// Not "Kessflix reported a profit of $720 million": a
			// company's result, which no outlet reports of itself.
			d.ents[c.ent].outlet = true // "La Tercera reported that ...", "The Verge reported"
		}
		if c.ent >= 0 && c.inverted && c.quote < 0 && d.leadWriterCredit(c, s) {
			// "A judge heard the case outdoors, writes Dara Quilty.": the
			// story's byline run into its lead, the reporter's own
			// narration, which is no one's quote.
			c.ent, c.skip = -1, true
		}
		if c.ent >= 0 && c.lemma == "report" && c.inverted && c.quote < 0 && d.invertedOutletCredit(c) {
			d.ents[c.ent].outlet = true // "..., reported The Hindu.", "..., reported PTI.": the wire's credit line
		}
		if c.ent >= 0 && c.lemma == "according to" && d.titleThe(c.verb+2, c.ent) && d.reportsAsOutlet(c.ent) {
			d.ents[c.ent].outlet = true // "according to The Atlantic": a publication's title
		}
		if c.ent >= 0 && !c.inverted && (c.lemma == "claim" || c.lemma == "allege" || c.lemma == "reveal") && c.subjFirst > 0 &&
			(d.titleThe(c.subjFirst, c.ent) || d.titleThe(c.subjFirst-1, c.ent)) && d.reportsAsOutlet(c.ent) {
			d.ents[c.ent].outlet = true // "Next, The Atlantic claimed that ...": a publication's title
		}
		if c.ent >= 0 && c.lemma == "according to" && d.possessiveAlone(c.verb+2, s) {
			d.ents[c.ent].outlet = true // "according to Donoghue's": a newsletter called by its owner's name
		}
		if c.ent >= 0 && c.lemma == "according to" && d.sourceCalledOutlet(c.verb+2, s) {
			d.ents[c.ent].outlet = true // "according to Fennick's Fund Report, a newsletter that ..."
		}
		if c.ent >= 0 && c.lemma == "according to" && (d.reportingFor(c) || d.reporterNamed(c)) {
			// "according to Ivo Brenn, reporting for Radio Kessel from
			// Tarvik": the correspondent relays what others said, as
			// his outlet would. The words stay, nobody's: the cue
			// before them in the sentence ("to denounce the poll as a
			// “grand fraud”") is no speaker's either.
			c.ent, c.relays = -1, true
		}
		if c.ent >= 0 && (c.lemma == "according to" || c.lemma == "report") && (d.ents[c.ent].outlet || isDomain(d.ents[c.ent].name)) {
			// A news outlet credited as the source is no speaker: what it
			// relays stays, unattributed, unless a speaker was named
			// already (“...,” she said, according to Reuters).
			// A speaker before it with no words of its own ("Governor
			// Varga announced mandatory evacuations, Ohio's WKRX
			// reported") leaves the outlet's report, nobody's.
			// A quotation handed to a named speaker just before ("“...,”
			// said Ada Brinn, the Courier reported") is theirs too.
			c.ent, c.skip, c.relays = -1, prev != nil && (len(prev.comps) > 0 || prev.quote >= 0 || prev.ent >= 0 && d.quoteJustBefore(prev, s)), true
		}
		outlet := c.ent >= 0 && d.ents[c.ent].outlet
		var relayed *cue // an outlet's report whose named source is c's speaker
		for oi := range cs[:ci] {
			o := &cs[oi]
			if o.skip || !o.found {
				continue
			}
			emptied := false // a clause of o's cut to nothing
			for n, cp := range o.comps {
				if c.verb >= cp[0] && c.verb < cp[1] && (o.ent >= 0 || cp[0] > o.verb) {
					if r := d.closingRelativeCue(c, cp); r > cp[0]+1 {
						// "claimed the party was behind a statement by the
						// Tarvik Monitors, which said it had seen fraud":
						// the relative clause that closes the report is the
						// writer's aside, and its antecedent speaks.
						o.comps[n][1] = r
						continue
					}
					if k := c.subjFirst - 1; c.found && !c.inverted && c.ent >= 0 && k > cp[0] && k < cp[1] && d.punct(k, ":") {
						// "The researchers noted implications for the reef:
						// Vell remarked, “...”": a speaker of its own after
						// the colon; the lead-in ends there.
						o.comps[n][1] = k
						if !d.finiteVerbIn(cp[0], k) {
							o.comps[n][1] = cp[0] // "noted implications for the reef:": a noun, no clause
							emptied = true
						}
						continue
					}
					if k := d.colonBeforeHandedQuote(c, cp); k > 0 {
						// "The council noted the need for action: “...,” said
						// Tomas Vell": the lead-in ends at the colon; the
						// quotation is handed to the name after it.
						o.comps[n][1] = k
						continue
					}
					if n == len(o.comps)-1 && d.invertedCueCloses(c, s) && d.innerReport(o, c, c.verb, s, true) {
						// "Tessaly's government told the army that it was
						// still fighting, said army spokesman Ilse Varga":
						// the inverted cue closing the sentence reports the
						// whole of it (innerReport), the opening cue too; its
						// clause ends at the comma before the cue.
						o.comps[n][1] = c.verb - 1
						continue
					}
					if ci := d.chunkAt[cp[0]]; o.relays && c.ent >= 0 && (ci >= 0 && d.chunks[ci].ent == c.ent || c.subjFirst == cp[0]) {
						// "NPR reported Ivo Tamm, the premier, recommended
						// ...", "..., CNN reported the governor said": the
						// outlet relays what he said.
						o.skip, relayed = true, o
						continue
					}
					c.skip = true // "said her grandfather had insisted that ..."
				}
			}
			if emptied {
				o.comps = slices.DeleteFunc(o.comps, func(cp [2]int) bool { return cp[1] <= cp[0] })
			}
		}
		if c.skip {
			continue
		}
		d.findComplement(c, s)
		if n := len(c.comps); n > 0 && d.endsWith(c.verb, "ing") && c.verb > s.first && !d.punct(c.verb-1, ",") {
			if m := d.reducedRelative(c.verb, s); m > 0 && m < c.comps[n-1][1] && m > c.comps[n-1][0] {
				c.comps[n-1][1] = m // "groups claiming the vote was stolen gathered ...": up to the main verb
			}
		}
		if len(c.comps) == 0 && c.quote < 0 && thatOnly[c.lemma] && !d.quoteJustBefore(c, s) {
			// "protested by shouting", "threatened to sue": no words of
			// the subject's, so no speaker for what comes next either;
			// "“...,” she confessed" keeps the quotation just before.
			c.skip = true
		}
		if relayed != nil && len(c.comps) == 0 && c.quote < 0 {
			// "..., CNN reported the governor said.": the clause before
			// the outlet is the governor's.
			o := *relayed
			o.comps, o.before = nil, false
			d.complementBefore(&o, s)
			c.comps, c.before = o.comps, o.before
		}
		if c.class == cueQuoteOnly && c.quote < 0 && len(c.comps) == 0 && (c.lemma != "read" && !cueVerbs[d.toks[c.verb].cv-1].afterQuote || !d.quoteJustBefore(c, s)) {
			c.skip = true // "“...,” the statement read", "“...,” she shouted" keep their quotation
		}
		if outlet && !d.outletSpeaks(c) && !d.outletActsFirst(c, cs[ci+1:]) {
			// "Sky News said ...", "NRK later reported ...": an outlet
			// relays; what it relays is nobody's in particular.
			c.ent, c.co = -1, -1
			c.skip = c.skip || outletComments(c)
		}
		if d.outletReporterAsks(c, s) {
			// "“What would you tell them?” WKLX's Ada Brinn asked.": a
			// reporter's question to the one interviewed, no quotation.
			c.ent, c.co, c.skip = -1, -1, true
			for qi := range d.quotes {
				if d.quotes[qi].close == c.subjFirst-1 {
					d.quotes[qi].name, d.quotes[qi].decided, d.quotes[qi].ent = true, true, -1
				}
			}
		}
		if c.ent < 0 && !c.skip && (c.lemma == "report" || c.lemma == "say") {
			// "..., state television reported, citing Mayor Ilse Varga":
			// the report relays the source it cites.
			if e := d.citedSource(c, s); e >= 0 {
				c.ent, c.co = e, -1
			}
		}
		if !c.skip {
			prev = c
		}
	}
	d.attachQuotes(s, cs)
	d.attachBackward(s, cs)
	d.predicateBeforeCue(s, cs)
	d.attachToNextSubject(s, cs)
	if d.fallback != nil || d.rankLog != nil {
		d.rankSentence(s, cs)
	}
	d.noteSpeakers(s, cs)
	d.noteActor(s)
	d.noteOwnPossessive(s)
}

// noteOwnPossessive takes a soft gender from a sentence's own "his" or
// "her" for the person of no known gender it opens with: "Osric Vane
// founded the company with his savings." A hint only, as a first name
// is: a pronoun of the other gender later looks further before settling
// for Vane. Only in the main clause before any comma, and when nobody
// else, and no quotation, comes between the name and the possessive,
// which could then be theirs.
func (d *doc) noteOwnPossessive(s sentence) {
	ci := d.chunkAt[s.first]
	if ci < 0 || d.chunks[ci].first != s.first || d.chunks[ci].ent < 0 {
		return
	}
	e := &d.ents[d.chunks[ci].ent]
	last := d.chunks[ci].last
	if !e.personish() || e.gender != gUnknown && !e.genderGuess || last >= s.last || !d.subjectAt(last-1) {
		return // a gender guessed from a name's ending yields to the sentence's own pronoun
	}
	for k := last; k+1 < s.last; k++ {
		t := &d.toks[k]
		if v := d.entAt[k]; t.kind == tkQuote || t.inQuote() || d.punct(k, ",") || d.punct(k, ";") || d.isWord(k, "who") || d.isWord(k, "whose") ||
			v >= 0 && int(v) != d.chunks[ci].ent && !d.ents[v].orgish() && !d.ents[v].placeish() {
			// Another person, or one who may be, whose "his" it could
			// be; or an aside or clause about someone else ("Vane,
			// whose mother ran her own bakery,").
			return
		}
		if !t.lowerWord() || !thirdPersonPronoun(d.lower(k)) {
			continue
		}
		next := &d.toks[k+1]
		switch d.lower(k) {
		case "his":
			if next.lowerWord() && !next.has(lxVerb|lxAux|lxFunc) {
				e.gender, e.genderHint, e.genderGuess = gMale, true, false
			}
		case "her":
			if next.lowerWord() && !next.has(lxVerb|lxAux|lxFunc|lxPrep|lxDet) {
				e.gender, e.genderHint, e.genderGuess = gFemale, true, false
			}
		}
		return // the first third-person pronoun decides, or nothing does
	}
}

// citedSource returns the person or named body that a report without a
// speaker of its own cites just after its verb ("the agency reported,
// citing the Calder Transport Ministry"), or -1.
func (d *doc) citedSource(c *cue, s sentence) int {
	k := d.skipForwardAdverbials(c.after, s.last)
	if !d.punct(k, ",") || !d.isWord(k+1, "citing") && !d.isWord(k+1, "quoting") {
		return -1
	}
	end := d.npForward(k+2, s.last)
	if end <= k+2 || end < s.last && !d.punct(end, ",") && !d.sentenceEnd(end, s) {
		return -1 // "citing police sources in the capital": more than a source's name
	}
	e := d.resolveNP(k+2, end, c.verb)
	if e < 0 || d.ents[e].outlet || d.ents[e].placeish() {
		return -1
	}
	return e
}

// reportsAsOutlet reports whether entity e, the subject of "reported", is
// most likely a news outlet: a name of one or two words that has not
// spoken yet, with no word of an organisation, a place or a nation in it,
// not a person's (no first name), and not an acronym (agencies report
// under theirs: "NASA reported").
func (d *doc) reportsAsOutlet(e int) bool {
	en := &d.ents[e]
	if en.outlet {
		return true
	}
	if en.spoke >= 0 || len(en.words) == 0 || len(en.words) > 2 || en.placeish() {
		return false // "Human Rights Watch reported": a longer plain name is a body's
	}
	if len(en.words) == 1 && strings.ToUpper(en.name) == en.name {
		return false
	}
	for i, w := range en.words {
		f := lex.lookup(w)
		if f&(lxOrgCue|lxCompany|lxPlace|lxNation|lxGenericOrg) != 0 || i == 0 && f&lxFirstName != 0 && len(en.words) > 1 {
			return false
		}
	}
	if len(en.words) == 2 && foreignNameWord(en.words[0]) && foreignNameWord(en.words[1]) && givenNameShape(en.name) {
		return false // "Ilse Varga reported", "Chidi Eze reported": a name the lexicon cannot read is a person's
	}
	if len(en.words) == 2 && en.kind == kPerson && strings.IndexByte(en.words[0], '-') > 0 && givenNameShape(en.name) {
		return false // "Ji-woo Park reported": a hyphened given name, as Korean ones are written
	}
	return en.personEv <= 2
}

// givenNameShape reports whether the first word of name reads as a given
// name: one plain word, or a hyphened Korean one ("Seo-yeon"), never an
// article with its noun ("Al-Masry Al-Youm" is a paper).
func givenNameShape(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	h := strings.IndexByte(first, '-')
	if h < 0 {
		return true
	}
	return hyphenedGivenName(first) && lex.lookup(strings.ToLower(first[:h]))&(lxParticle|lxFunc) == 0
}

// foreignNameWord reports whether the folded word w of a name is one the
// lexicon knows nothing of, and not a word of a foreign outlet's name
// either ("Ukrainska Pravda", "Helsingin Sanomat"): two such words are a
// person's given name and surname far more often than an outlet's title,
// whose words are nearly always ordinary ones ("Common Dreams") or the
// words for news of its language (lxStrongOutlet: "Zeitung", "Shimbun").
func foreignNameWord(w string) bool {
	if len(w) < 2 || lex.lookup(w) != 0 {
		return false
	}
	switch w {
	case "pravda", "novosti", "izvestia", "izvestiya", "sanomat", "nyheter", "vesti", "welle", "posten", "bladet",
		"avisen", "quotidiano", "corriere", "repubblica", "stampa", "allgemeine", "handelsblad", "nieuws",
		"noticias", "periodico", "tiempo", "mundo", "monde", "figaro", "spiegel", "kurier", "courrier", "wyborcza",
		"rundschau", "haber", "gazetesi", "verdens", "dagens", "masr", "youm", "ahram", "helsingin", "noviny",
		"tidende", "uutiset", "paevaleht", "komsomolets", "ekho", "moskvy", "prothom", "alo", "yedioth", "ahronoth",
		"hayom", "tuoi", "nien", "asharq", "al-awsat", "pao", "prensa", "correio", "braziliense", "nemzet", "jornal",
		"tribuna", "vedomosti", "hurriyet", "cumhuriyet", "sabah", "dnevnik", "vecernji", "jutarnji", "ekspress",
		"ekspres", "ekspresas", "dainik", "patrika", "manorama", "zaobao", "berita", "harian", "pos", "zilei",
		"vijesti", "kurir", "yeni", "thema", "aaj", "tak":
		return false
	}
	return true
}

// titleThe reports whether token k is "The", capitalised inside a
// sentence, and the name of entity e follows it: the title of a paper or
// a magazine ("according to The Atlantic"), as a body or a place is
// written with "the".
func (d *doc) titleThe(k, e int) bool {
	if k+1 >= len(d.toks) || !d.isWord(k, "the") || !d.toks[k].capWord() || d.toks[k].is(fSentStart) {
		return false
	}
	ci := d.chunkAt[k+1]
	return ci >= 0 && d.chunks[ci].ent == e
}

// introducedPerson returns the person sentence s introduces without
// making them its subject, and where: after a copula that follows no
// person ("Also speaking was Anna Veld, the mayor.") or as the one spoken
// to by someone who is no person named ("Wikinews spoke to Lena Ortiz",
// "Reporters interviewed Lena Ortiz"). It returns -1 otherwise.
func (d *doc) introducedPerson(s sentence) (int, int) {
	for k := s.first; k+1 < s.last; k++ {
		t := &d.toks[k]
		if t.inQuote() || t.kind == tkQuote {
			return -1, -1
		}
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
			return -1, -1 // a person comes first: the subject, as a rule
		}
		if !t.lowerWord() {
			continue
		}
		n := -1
		switch d.lower(k) {
		case "was", "were":
			n = k + 1
		case "spoke", "talked", "speaking", "talking":
			if d.isWord(k+1, "to") || d.isWord(k+1, "with") {
				n = k + 2
			}
		case "interviewed", "contacted", "asked":
			n = k + 1
		}
		if n < 0 || n >= s.last {
			continue
		}
		ci := d.chunkAt[n]
		if ci < 0 || d.chunks[ci].first != n || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
			return -1, -1
		}
		if end := d.chunks[ci].last; end < s.last && !d.punct(end, ",") && !d.sentenceEnd(end, s) {
			return -1, -1 // "was Anna Veld's car": not her
		}
		return d.chunks[ci].ent, k
	}
	return -1, -1
}

// quoteJustBefore reports whether a quotation closes right before cue c's
// speaker phrase, with at most a comma between.
func (d *doc) quoteJustBefore(c *cue, s sentence) bool {
	k := min(c.subjFirst, c.verb) - 1
	if d.punct(k, ",") {
		k--
	}
	return k >= s.first && d.toks[k].kind == tkQuote && d.toks[k].is(fCloseMark)
}

// gestureWords are verbs of gesture and feeling that follow a quotation
// in place of a speech verb: "“...,” Varga laughed". They are no cue
// verbs: alone ("Varga laughed and left") or after a quotation that ended
// its own sentence they report nothing.
var gestureWords = map[string]bool{
	"laughed": true, "laughs": true, "smiled": true, "smiles": true, "shrugged": true, "shrugs": true,
	"beamed": true, "grinned": true, "sobbed": true, "wept": true, "gasped": true, "chuckled": true,
	// "“We were about to sign when the bank—” Varga began": a
	// quotation broken off, then who began it.
	"began": true, "begins": true, "started": true, "starts": true,
}

// gestureSpeaker returns who quotation qi in sentence s belongs to when it
// hands over, with a comma, a question or an exclamation mark, or breaks
// off with a dash, to a name or a pronoun and a verb of gesture ("“...,” Varga laughed", "“...?” she
// smiled"), or -1.
func (d *doc) gestureSpeaker(qi int, s sentence) int {
	q := &d.quotes[qi]
	if q.close <= q.open || q.close+2 >= s.last {
		return -1
	}
	k := q.close + 1
	handed := d.punct(q.close-1, ",") || d.punct(q.close-1, "?") || d.punct(q.close-1, "!") || d.isDash(q.close-1)
	if d.punct(k, ",") {
		handed = true
		k++
	}
	if !handed || k+1 >= s.last {
		return -1
	}
	if d.toks[k].lowerWord() && gestureWords[d.lower(k)] {
		// "“...,” smiled Alolika Kundu, a Class V resident", "“...,”
		// smiled councillor Ranjan Poddar": the gesture, then who.
		n := k + 1
		if n < s.last && d.toks[n].lowerWord() && d.toks[n].has(lxRole|lxTitle) {
			n++
		}
		if n < s.last && d.chunkAt[n] >= 0 && d.chunks[d.chunkAt[n]].first == n {
			if e := d.chunks[d.chunkAt[n]].ent; e >= 0 && !d.ents[e].outlet && !d.ents[e].placeish() {
				return e
			}
		}
		return -1
	}
	e, end := -1, k
	switch {
	case d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].first == k:
		e, end = d.chunks[d.chunkAt[k]].ent, d.chunks[d.chunkAt[k]].last
	case d.toks[k].lowerWord() && d.toks[k].has(lxPronoun) && nominative(d.lower(k)):
		e, end = d.resolvePronoun(k, k), k+1
	}
	if e < 0 || end >= s.last || !d.toks[end].lowerWord() || !gestureWords[d.lower(end)] || d.ents[e].outlet {
		return -1
	}
	return e
}

// presentGesture reports whether token v, right after a subject, is a
// verb of the present tense that ends the clause or takes an object:
// "Castro laughs.", "She shrugs, then ...", "Okoro lets the food bank
// use ...": the feature's way of setting up who speaks next, which the
// lexicon, knowing no such verb, reads as a plural noun.
func (d *doc) presentGesture(v int, s sentence) bool {
	if v+1 >= s.last || !d.toks[v].lowerWord() || !d.endsWith(v, "s") || d.endsWith(v, "ss") || d.endsWith(v, "us") ||
		d.toks[v].has(lxAux|lxDet|lxFunc|lxPrep|lxPronoun|lxAdverb|lxTime|lxRole) {
		return false
	}
	if d.descriptionOpensAt(v + 1) {
		return true // "James Okoro lets the food bank use the basement", "Beth Conroy keeps the books"
	}
	return d.punct(v+1, ".") || d.punct(v+1, ",") || d.punct(v+1, ";")
}

// noteActor records the person a sentence is about, when its subject is
// one ("Asked what he would miss most, Brennagh did not hesitate."), so
// that a quotation standing alone next can be given to them.
func (d *doc) noteActor(s sentence) {
	if e, at := d.introducedPerson(s); e >= 0 {
		// "Among those at the scene was Lena Ortiz, a nurse.",
		// "Wikinews spoke to Lena Ortiz.": she is who speaks next.
		d.setActor(e, s, at)
		return
	}
	f := s.first
	if f+3 < s.last && (d.isWord(f, "but") || d.isWord(f, "and") || d.isWord(f, "yet")) {
		f++ // "But for Leo Carst, ...": the conjunction only links
	}
	if f+2 < s.last && (d.isWord(f, "for") || d.isWord(f, "to")) && d.chunkAt[f+1] >= 0 && d.chunks[d.chunkAt[f+1]].first == f+1 {
		// "For Ilse Varga, the answer is simple.", "To Varga, the money
		// matters less.": the one the sentence speaks for is whom it is
		// about.
		c := &d.chunks[d.chunkAt[f+1]]
		comma := c.last
		bare := false
		if d.isWord(comma, "and") && comma+3 < s.last && possessivePronoun(d.lower(comma+1)) && d.toks[comma+2].lowerWord() {
			// "But for Leo Carst and his family, the loss is personal":
			// his own family goes with him.
			switch {
			case d.punct(comma+3, ","):
				comma += 3
			case d.isWord(comma+3, "the") && d.toks[comma+3].lowerWord():
				// "But for Leo Carst and his family the deaths are
				// personal": no comma, the clause's article ends it.
				comma += 2
				bare = true
			}
		}
		if d.punct(comma, ",") && comma+1 < s.last && d.toks[comma+1].lowerWord() && (d.isWord(comma+1, "who") || d.isWord(comma+1, "whose")) {
			// "For Leo Carst, whose son works there, the matter is
			// personal": past the relative clause about him.
			for j := comma + 2; j < s.last; j++ {
				if d.punct(j, ",") {
					comma = j
					break
				}
			}
		}
		if c.ent >= 0 && comma+1 < s.last && (d.punct(comma, ",") || bare) && d.ents[c.ent].personish() &&
			d.chunkAt[comma+1] < 0 && !nominative(d.lower(comma+1)) {
			// Not "For Varga, Brenn has only praise": a person the
			// clause is about comes after.
			d.setActor(c.ent, s, f+1)
			return
		}
	}
	k := d.clauseStart(s)
	if k >= s.last || d.toks[k].inQuote() || d.toks[k].kind == tkQuote {
		return
	}
	if d.unnamedPerson(k, s) || d.definitePersonDescription(k, s) && d.nameWithheldIn(k, s) && d.unnamedSpeakerAt(k, s, s.last) || d.litigantsLawyerAt(k, s) ||
		d.newcomerOpens(k, s) {
		// "One of the victims decided ...": the next "she" is her, and
		// nothing names her; so with "The mother of the injured girl,
		// who cannot be named, told the court ...".
		d.lastActor = mark{ent: -1, para: s.para, tok: k, ok: true}
		return
	}
	end := d.npForward(k, s.last)
	if end <= k || end >= s.last {
		return
	}
	if d.punct(end, "(") {
		// "Comic artist Jenn St-Onge (Nancy Drew, Jem) told of ...": step
		// over the aside to the verb.
		for j := end + 1; j < s.last && j < end+20; j++ {
			if d.punct(j, ")") {
				if n := d.skipAdverbs(j+1, s.last); n < s.last && (d.toks[n].has(lxAux|lxVerb) || d.toks[n].cv != 0 || d.endsWith(n, "ed")) {
					if e := d.resolveNP(k, end, k); e >= 0 && d.ents[e].personish() {
						d.setActor(e, s, k)
					}
				}
				return
			}
		}
		return
	}
	if e := d.appositiveName(end, s); e >= 0 {
		// "His deputy, Anders Holm, agreed.", "The minister, Maria Holm,
		// was asked about the delay.": the name set off by commas.
		d.setActor(e, s, k)
		return
	}
	if d.isWord(end, "of") {
		// "The chair of the judges, Jonas Kell, praised the book.": the
		// role's "of" phrase before the name.
		for c := end + 2; c < s.last && c <= end+4; c++ {
			if !d.punct(c, ",") {
				continue
			}
			if d.roleOfBefore(c-1) == end {
				if e := d.appositiveName(c, s); e >= 0 {
					d.setActor(e, s, k)
					return
				}
			}
			break
		}
	}
	if end-1 > k && d.chunkAt[end-2] >= 0 && d.chunkAt[end-1] < 0 && d.presentGesture(end-1, s) {
		end-- // "Castro laughs.": the name, then the verb the phrase took
	}
	if !d.subjectAt(end-1) && !d.punct(end, ",") && !d.presentGesture(end, s) {
		return
	}
	// "Wearing an oversized, DayGlo T-shirt, I was singing": the phrase
	// before the comma was part of the opening; the pronoun is the subject.
	if d.punct(end, ",") && end+1 < s.last && d.toks[end+1].kind == tkWord && d.toks[end+1].has(lxPronoun) {
		return
	}
	if end-2 > k && d.etAl(end-2) {
		d.resolveNP(k, end, k) // "Stamenković et al studied brines.": the team, for "they"
		return
	}
	t := &d.toks[end-1]
	if d.chunkAt[end-1] < 0 && !(t.kind == tkWord && t.has(lxPronoun)) {
		return
	}
	e := d.resolveNP(k, end, k)
	if e >= 0 && d.ents[e].personish() {
		d.setActor(e, s, k)
	}
}

// litigantsLawyerAt reports whether the sentence's subject at token k is
// a party's lawyer described by the party's part, "the petitioner's
// lawyer", "the defendant's counsel": someone the story does not name,
// whom the next "he" means, not the law officer named before.
func (d *doc) litigantsLawyerAt(k int, s sentence) bool {
	if !d.isWord(k, "the") || k+3 >= s.last || d.toks[k+2].kind != tkPoss {
		return false
	}
	for h := k + 3; h < s.last && h <= k+4; h++ {
		if !d.toks[h].lowerWord() {
			return false
		}
		if courtSide(d.lower(h)) == "counsel" {
			return d.litigantPossessive(k, h)
		}
	}
	return false
}

// setActor notes person e, whom sentence s is about from token tok, as
// the latest actor; but not one the sentence tells is dead ("X, who died
// in 1961, designed it", "The late X planted the orchard"): the words in a
// quotation standing alone next are not theirs, and the speaker before
// goes on.
func (d *doc) setActor(e int, s sentence, tok int) {
	if d.diedIn(s, e) {
		return
	}
	d.lastActor = mark{ent: e, para: s.para, tok: tok, ok: true}
}

// diedIn reports whether sentence s names person e as dead: "the late X",
// "X, who died in 1961,", "X died last year", "X, 97, died".
func (d *doc) diedIn(s sentence, e int) bool {
	for k := s.first; k < s.last; k++ {
		ci := d.chunkAt[k]
		if ci < 0 || d.chunks[ci].ent != e || k != d.chunks[ci].last-1 || d.toks[k].inQuote() {
			continue
		}
		f := d.chunks[ci].first
		if f >= 2 && d.isWord(f-1, "late") && d.isWord(f-2, "the") {
			return true
		}
		n := k + 1
		if d.punct(n, ",") {
			n++
			if n < s.last && d.toks[n].kind == tkNum && d.punct(n+1, ",") {
				n += 2 // "X, 97, died"
			} else if d.isWord(n, "who") {
				n++ // "X, who died in 1961,"
			}
		}
		if n < s.last && d.isWord(n, "died") {
			return true
		}
	}
	return false
}

// appositiveName returns the person named between the comma at token
// end and a second comma, when a verb follows it: the subject's name in
// "His deputy, Anders Holm, agreed." It returns -1 otherwise.
func (d *doc) appositiveName(end int, s sentence) int {
	if !d.punct(end, ",") || end+1 >= s.last {
		return -1
	}
	ci := d.chunkAt[end+1]
	if ci < 0 || d.chunks[ci].first != end+1 || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
		return -1
	}
	c := d.chunks[ci].last
	if !d.punct(c, ",") {
		return -1
	}
	n := d.skipAdverbs(c+1, s.last)
	if n >= s.last || !d.toks[n].lowerWord() || !(d.toks[n].has(lxAux|lxVerb) || d.toks[n].cv != 0 || d.endsWith(n, "ed")) {
		return -1
	}
	return d.chunks[ci].ent
}

// attachQuotes attributes each quotation of sentence s to the cue beside
// it: after it ("“...,” Ostrem said"), before it ("said: “...”"), or
// across a colon.
func (d *doc) attachQuotes(s sentence, cs []cue) {
	lo, hi := d.quotesIn(s)
	for qi := lo; qi < hi; qi++ {
		q := &d.quotes[qi]
		if q.decided {
			continue
		}
		if d.titleInMarks(qi, s) {
			q.decided, q.name = true, true
			continue
		}
		if d.reducedPassiveBefore(qi, s) {
			// "The plan, described as “reckless” by the ecologist X,
			// was approved": the agent's words, before any cue of the
			// participle's takes them for nobody's.
			if e := d.passiveJudgeAgent(qi, s); e >= 0 {
				q.decided, q.ent = true, e
				continue
			}
		}
		if c := d.cueFor(qi, s, cs); c != nil {
			q.decided, q.ent, q.co, q.cue = true, c.ent, c.co, c.text
			c.used = true
			d.runBackTo(qi)
			continue
		}
		if e := d.gestureSpeaker(qi, s); e >= 0 {
			// "“...,” Varga laughed": a gesture after the quotation it
			// hands over to; not "“....” Varga laughed.", a reaction.
			q.decided, q.ent = true, e
			continue
		}
		if c := d.cueThrough(qi, cs); c != nil {
			// "Varga expressed “deep regret” over ...": the quotation
			// is the noun of the cue's own words.
			q.decided, q.ent, q.co, q.cue = true, c.ent, c.co, c.text
			c.used = true
			continue
		}
		if d.refusedCueBefore(q.open, s) {
			q.decided = true // nobody's
			continue
		}
		if e := d.creditAfter(qi, s); e >= 0 {
			// “...,” Augusto Reyes, Director of the Caribbean Air and
			// Marine Branch.: the speech verb left out of a release.
			q.decided, q.ent = true, e
			continue
		}
		if e := d.colonSubject(qi, s, cs); e >= 0 {
			// "Tanya Chan spoke to the press after the speech: “...”"
			q.decided, q.ent = true, e
			continue
		}
		if q.open-1 > s.first && d.punct(q.open-1, ":") && d.unnamedSpeechBeforeColon(d.clauseStart(s), q.open-1) {
			// "After his talk, a question came from a member of the
			// audience: “...”": nobody's.
			q.decided = true
			continue
		}
		if e, ok := d.sameSpeaker(qi, s); ok {
			// “...” and offered “condolences to the families”: a fragment
			// that goes on from the sentence's attributed quotation.
			q.decided, q.ent = true, e
			continue
		}
		if c := d.resumedAfterCue(qi, s, cs); c != nil {
			// “...,” Veld said in a statement; “...”: the quotation goes
			// on after its cue.
			q.decided, q.ent, q.co, q.cue = true, c.ent, c.co, c.text
			continue
		}
		if c := d.introCue(qi, s, cs); c != nil {
			// "Calling it a “culture of death” the archbishop said ...":
			// the opening phrase is the main clause's speaker's.
			q.decided, q.ent = true, c.ent
			continue
		}
		if e := d.subjectFragment(qi, s, cs); e >= 0 {
			// “Khosla talked of Munk's “countless discoveries”": a phrase
			// quoted inside a sentence whose subject is a person.
			q.decided, q.ent = true, e
			continue
		}
		if e := d.passiveJudgeAgent(qi, s); e >= 0 {
			// "The order has been condemned as “shameful” by Tarvik
			// Council": the agent judged it so.
			q.decided, q.ent = true, e
			continue
		}
		if e := d.relativeFragment(qi, s); e >= 0 {
			// "Tomas Brek, who denounced the claims as a “national
			// embarrassment”, left": the relative clause's person.
			q.decided, q.ent = true, e
			continue
		}
		if d.passiveObject(qi, s, cs) {
			// "Varga was said to be suffering “minor symptoms”": said of
			// her; nobody named said it.
			q.decided = true
			continue
		}
		if c := d.objectCue(qi, s, cs); c != nil {
			// "delivered a speech declaring himself the “president of
			// law and order”": the quotation is the cue's object.
			q.decided, q.ent, q.cue = true, c.ent, c.text
			continue
		}
		d.carry(qi, s, cs)
	}
	// A cue ending its paragraph ("tweeted using his account:") takes the
	// quotation that opens the next one.
	for ci := range cs {
		c := &cs[ci]
		if c.skip || !c.found || c.quote < 0 || c.quote >= len(d.quotes) {
			continue
		}
		if q := &d.quotes[c.quote]; q.open >= s.last && !q.decided {
			q.decided, q.ent, q.co, q.cue = true, c.ent, c.co, c.text
			c.used = true
		}
	}
}

// creditAfter returns the person a quotation is credited to with no
// speech verb, as releases slip: “...,” Augusto Reyes, Director of the
// Caribbean Air and Marine Branch. The quotation hands over with a comma,
// and the name, perhaps with a role set off by a comma, ends the
// sentence. It returns -1 otherwise.
func (d *doc) creditAfter(qi int, s sentence) int {
	q := &d.quotes[qi]
	if q.close < 0 || !(d.punct(q.close-1, ",") || d.punct(q.close+1, ",")) {
		return -1
	}
	g := q.close + 1
	if d.punct(g, ",") {
		g++
	}
	ci := -1
	if g < s.last {
		ci = int(d.chunkAt[g])
	}
	if ci < 0 || d.chunks[ci].first != g || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
		return -1
	}
	k := d.chunks[ci].last
	if k < s.last && d.punct(k, ",") {
		role := false
		for k++; k < s.last && !d.sentenceEnd(k, s) && !d.punct(k, "."); k++ {
			t := &d.toks[k]
			if t.inQuote() || t.kind == tkQuote || t.cv != 0 || t.has(lxAux) || t.lowerWord() && t.has(lxVerb) {
				return -1
			}
			if t.has(lxRole | lxTitle) {
				role = true
			}
		}
		if !role {
			return -1
		}
	}
	if k < s.last && !d.sentenceEnd(k, s) && !d.punct(k, ".") {
		return -1
	}
	return d.chunks[ci].ent
}

// runBackTo gives the cue of quotation qi, the later part of a quotation
// running over paragraphs, to the parts before it that had no cue of their
// own: in “... (no closing mark) / “Now we get to use it,” said Mara
// Quell, the whole quotation is hers, whoever spoke before it.
func (d *doc) runBackTo(qi int) {
	q := &d.quotes[qi]
	if q.ent < 0 {
		return
	}
	for p := qi - 1; p >= 0 && d.quotes[p+1].contPrev && d.quotes[p].contNext && d.quotes[p].carried; p-- {
		pq := &d.quotes[p]
		pq.decided, pq.carried, pq.ent, pq.co, pq.cue = true, false, q.ent, q.co, q.cue
	}
}

// cueFor returns the cue that attributes quotation qi, or nil.
func (d *doc) cueFor(qi int, s sentence, cs []cue) *cue {
	q := &d.quotes[qi]
	if q.close >= 0 && q.open-1 > s.first && d.punct(q.open-1, ":") {
		if c := d.invertedCueAfter(q.close, s, cs); c != nil {
			// "The council noted the need for action: “...,” said Tomas
			// Vell": the name the quotation hands over to says it, not
			// the clause that leads in to it.
			return c
		}
	}
	for ci := range cs {
		if c := &cs[ci]; !c.skip && c.quote == qi && c.found {
			return c
		}
	}
	opens := q.close >= 0 && !d.endsWithStop(qi) && (d.startsClause(qi, s, cs) || d.joinedFromStart(qi, s, cs, 0))
	if opens && d.joinedQuotes(qi, s) {
		// "“...” and “...,” Ilse Varga said": the quotations joined
		// before one cue are all its speaker's.
		return d.cueFor(qi+1, s, cs)
	}
	if opens {
		g := q.close + 1
		for g < s.last && d.toks[g].kind == tkPunct && (d.punct(g, ",") || d.isDash(g)) {
			g++
		}
		g = d.skipDashAside(g, s)
		for ci := range cs {
			c := &cs[ci]
			if c.skip || !c.found || c.verb < g {
				continue
			}
			if f := min(c.subjFirst, c.verb); f == g || d.roleApposition(g, f) {
				return c // “...,” Minister of Trade, Aubyn Hallam, told reporters
			}
			break
		}
	}
	// "... whilst promising ... is forthcoming: “...”" takes the colon's
	// cue when the clause it reports ends at the colon.
	if d.punct(q.open-1, ":") {
		for ci := len(cs) - 1; ci >= 0; ci-- {
			c := &cs[ci]
			if c.skip || !c.found || c.verb >= q.open {
				continue
			}
			if n := len(c.comps); n > 0 && c.comps[n-1][1] == q.open-1 {
				return c
			}
			break
		}
	}
	return nil
}

// invertedCueAfter returns the cue of sentence s whose verb follows the
// closing mark at g, perhaps after a comma, with its speaker after it
// ("“...,” said Tomas Vell", "“...”, said one engineer"), or nil.
func (d *doc) invertedCueAfter(g int, s sentence, cs []cue) *cue {
	v := g + 1
	if d.punct(v, ",") {
		v++
	}
	for ci := range cs {
		if c := &cs[ci]; !c.skip && c.found && c.inverted && c.verb == v {
			return c
		}
	}
	return nil
}

// colonBeforeHandedQuote returns the colon inside clause cp that opens
// the quotation inverted cue c hands over ("...: “...,” said Tomas
// Vell"), or -1.
func (d *doc) colonBeforeHandedQuote(c *cue, cp [2]int) int {
	k := c.verb - 1
	if d.punct(k, ",") {
		k--
	}
	if !c.found || !c.inverted || k <= cp[0] || d.toks[k].kind != tkQuote || !d.toks[k].is(fCloseMark) {
		return -1
	}
	qi := d.markQuote(k)
	if qi < 0 || d.quotes[qi].close != k {
		return -1
	}
	if colon := d.quotes[qi].open - 1; colon > cp[0] && colon < cp[1] && d.punct(colon, ":") {
		return colon
	}
	return -1
}

// skipDashAside returns the token after an aside set off by dashes that
// opens at g, just after a quotation and its dash ("“...” — to another
// town, for example — said Santel"), or g when there is none: the cue
// after the aside hands the quotation over as if it touched it. The
// aside is short and holds no quotation mark, cue verb or full stop.
func (d *doc) skipDashAside(g int, s sentence) int {
	if g-1 < s.first || !d.isDash(g-1) {
		return g
	}
	for j := g; j < s.last && j < g+10; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote || t.cv != 0 || d.sentenceEnd(j, s) {
			return g
		}
		if d.isDash(j) {
			if j == g {
				return g
			}
			return j + 1
		}
	}
	return g
}

// joinedFromStart reports whether quotation qi is joined to quotations
// before it in sentence s, the first of which opens the sentence's clause:
// the second in "“...” and “...,” she said". depth bounds the chain.
func (d *doc) joinedFromStart(qi int, s sentence, cs []cue, depth int) bool {
	if depth > 4 || qi < 1 || d.quotes[qi-1].open < s.first || !d.joinedQuotes(qi-1, s) {
		return false
	}
	return d.startsClause(qi-1, s, cs) || d.joinedFromStart(qi-1, s, cs, depth+1)
}

// joinedQuotes reports whether quotation qi is joined to the next one by
// a comma, "and", "but" or "or" in sentence s, with no other words
// between and no full stop ending the first: "“...” and “...,” she said".
func (d *doc) joinedQuotes(qi int, s sentence) bool {
	q := &d.quotes[qi]
	if q.close < 0 || qi+1 >= len(d.quotes) || d.endsWithStop(qi) {
		return false
	}
	g := q.close + 1
	if g < s.last && d.punct(g, ",") {
		g++
	}
	if g < s.last && d.toks[g].lowerWord() && (d.isWord(g, "and") || d.isWord(g, "but") || d.isWord(g, "or")) {
		g++
	}
	return g > q.close+1 && d.quotes[qi+1].open == g && g < s.last
}

// roleAfterQuotation reports whether a role set after a quotation ends
// at the comma at token a: "“...,” Minister of Industry, Investment and
// Commerce, | Senator Aubyn Hill, told".
func (d *doc) roleAfterQuotation(a int) bool {
	for g := a - 1; g > 0 && g >= a-16; g-- {
		if d.toks[g].kind == tkQuote || d.toks[g].inQuote() {
			if !d.toks[g].is(fCloseMark) {
				return false
			}
			k := g + 1
			for k < a && d.punct(k, ",") {
				k++
			}
			return d.roleApposition(k, a+1)
		}
	}
	return false
}

// roleApposition reports whether tokens [g, f) are a role
// set before the name that starts at f and a comma: "Minister of
// Industry, Investment and Commerce, | Aubyn Hill, told JIS News", as a
// quotation's cue puts it after the quotation. The role is capitalised
// words with a role or title among them, and the words and marks that
// join them.
func (d *doc) roleApposition(g, f int) bool {
	if g+1 < f && d.isWord(g, "the") && d.toks[g].lowerWord() {
		g++ // “...,” the Minister of Trade, Ilse Marner, said
	}
	for f-1 > g && f-1 >= 0 && (d.toks[f-1].capWord() && d.toks[f-1].has(lxTitle|lxHonorific) || d.isWord(f-1, "the")) {
		f-- // the speaker phrase began after a title: "Senator | the Hon. Aubyn Hill"
	}
	if f-g < 2 || f-g > 16 || f >= len(d.toks) || !d.punct(f-1, ",") || !d.toks[g].capWord() {
		return false
	}
	n := f
	for n < len(d.toks) && n < f+4 && d.chunkAt[n] < 0 && (d.toks[n].has(lxTitle|lxHonorific) || d.isWord(n, "the")) {
		n++ // "Senator the Hon. Aubyn Hill"
	}
	if n >= len(d.toks) || d.chunkAt[n] < 0 {
		return false
	}
	role := false
	for k := g; k < f-1; k++ {
		t := &d.toks[k]
		switch {
		case t.inQuote():
			return false
		case t.capWord():
			if t.has(lxRole | lxTitle) {
				role = true
			}
		case t.lowerWord() && (d.isWord(k, "of") || d.isWord(k, "and") || d.isWord(k, "for") || d.isWord(k, "the")):
		case d.punct(k, ",") || d.punct(k, "&") || d.punct(k, "(") || d.punct(k, ")"):
		default:
			return false
		}
	}
	return role
}

// attachBackward gives a quotation that ends its own sentence to a bare cue
// sentence right after it, a common slip: “We are ready.” Okonjo said.
func (d *doc) attachBackward(s sentence, cs []cue) {
	if len(cs) != 1 || s.first == d.paraFirst[s.para] {
		return
	}
	c := &cs[0]
	if c.skip || !c.found || c.subjFirst != s.first || len(c.comps) > 0 || c.quote >= 0 || c.used {
		return
	}
	if k := d.skipForwardAdverbials(c.after, s.last); !d.sentenceEnd(k, s) {
		return
	}
	prev := s.first - 1
	if !d.toks[prev].is(fCloseMark) {
		return
	}
	if qi := d.markQuote(prev); qi >= 0 && d.quotes[qi].carried {
		q := &d.quotes[qi]
		q.ent, q.cue, q.carried = c.ent, c.text, false
		c.used = true
	}
}

// predicateBeforeCue gives a quoted predicate with no cue that the carry
// left to nobody, in the sentence just before s in the same paragraph, to
// the speaker of s's cue when that cue reports words of its own:
// "Meanwhile, the levy “has done more harm than good.” Raising it “would
// finish off the fleet,” Quell said.", as a quoted sentence before a cue
// of its own would be hers.
func (d *doc) predicateBeforeCue(s sentence, cs []cue) {
	if s.first == d.paraFirst[s.para] || !d.toks[s.first-1].is(fCloseMark) && !(s.first >= 2 && d.toks[s.first-2].is(fCloseMark) && d.toks[s.first-1].kind == tkPunct) {
		return
	}
	prev := s.first - 1
	if !d.toks[prev].is(fCloseMark) {
		prev--
	}
	qi := d.markQuote(prev)
	if qi < 0 || !d.quotes[qi].predicate || d.quotes[qi].ent >= 0 {
		return
	}
	for ci := range cs {
		c := &cs[ci]
		if c.skip || !c.found || c.ent < 0 || c.co >= 0 || len(c.comps) == 0 && c.quote < 0 {
			continue
		}
		q := &d.quotes[qi]
		q.ent, q.cue, q.carried = c.ent, c.text, false
		return
	}
}

// attachToNextSubject gives a quotation that opens its paragraph as a
// sentence of its own, and that no cue or carry has given anyone, to the
// person the next sentence is about, when that sentence has no cue and
// no quotation of its own: "“We will rebuild this town.” Mayor Ilse Varga
// made the promise on Monday.", "“...” With those words, Varga opened the
// meeting."
func (d *doc) attachToNextSubject(s sentence, cs []cue) {
	if s.first < 1 {
		return
	}
	prev := s.first - 1
	if !d.toks[prev].is(fCloseMark) {
		return
	}
	qi := d.markQuote(prev)
	if qi < 0 {
		return
	}
	q := &d.quotes[qi]
	if s.first == d.paraFirst[s.para] {
		// A quotation that is a paragraph of its own, and "So says Kari
		// Lindahl, who ..." opening the next.
		if s.para > 0 && !(q.decided && !q.carried) && !q.contPrev && q.open == d.paraFirst[s.para-1] && d.quotedSentence(qi) {
			if e := d.sourceNamedAfter(s); e >= 0 {
				d.giveToSource(q, e)
			}
		}
		return
	}
	if q.decided && !q.carried || q.contPrev || q.open != d.paraFirst[s.para] || !d.quotedSentence(qi) {
		return // a cue's
	}
	if e := d.sourceNamedAfter(s); e >= 0 {
		// "“...” So says Kari Lindahl.": the sentence after names the
		// source, whoever spoke before.
		d.giveToSource(q, e)
		return
	}
	if len(cs) != 0 || q.ent >= 0 {
		return // carried to someone
	}
	for k := s.first; k < s.last; k++ {
		if d.toks[k].kind == tkQuote || d.toks[k].cv != 0 || d.toks[k].lowerWord() && signWord(d.lower(k)) {
			return // "“No to the bridge.” Ivo Tamm carried the banner": a slogan is nobody's
		}
	}
	k := d.clauseStart(s)
	ci := d.chunkAt[k]
	if k >= s.last || ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent < 0 {
		return
	}
	e := d.chunks[ci].ent
	if !d.ents[e].personish() || !d.subjectAt(d.chunks[ci].last-1) {
		return
	}
	q.decided, q.ent, q.carried = true, e, false
}

// becauseOwnWords returns the person named as the subject opening
// sentence s when quotation qi, right after "because", begins in the
// first person: "Tomas Brenn would like to see the levy go because “I
// can't see that it does anything for the town.”" gives his reason in
// his words. It returns -1 otherwise.
func (d *doc) becauseOwnWords(qi int, s sentence) int {
	q := &d.quotes[qi]
	if q.open <= s.first || !d.isWord(q.open-1, "because") || q.first >= q.last {
		return -1
	}
	if w := d.str(q.first); w != "I" && w != "we" && w != "We" {
		return -1
	}
	k := s.first
	if k+2 < q.open && d.toks[k].kind == tkWord && d.punct(k+1, ",") && d.chunkAt[k] < 0 {
		k += 2 // "Similarly, Tomas Brenn ..."
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k {
		return -1
	}
	e := d.chunks[ci].ent
	if e < 0 || !d.ents[e].personish() || d.ents[e].orgish() {
		return -1
	}
	return e
}

// startsClause reports whether quotation qi opens its sentence, or follows
// an earlier cue in it (“A,” she said, “B.”): a quotation after other words
// ("would keep “every cent”, she said") is part of a reported clause.
func (d *doc) startsClause(qi int, s sentence, cs []cue) bool {
	q := &d.quotes[qi]
	k := q.open - 1
	if q.runOn && k > s.first && (d.punct(k, ".") || d.punct(k, "?") || d.punct(k, "!")) {
		return true // “... unlucky. “It was fair,” said Brill: a run-on part opens a sentence of its own
	}
	for k >= s.first && d.toks[k].kind == tkPunct {
		k--
	}
	if k < s.first {
		return true
	}
	for ci := range cs {
		if c := &cs[ci]; c.verb <= k && c.after > k {
			return true
		}
	}
	return false
}

// endsWithStop reports whether quotation qi ends with a full stop: such a
// quotation is a sentence of its own and takes no cue after it. An
// abbreviation's stop before the comma that hands over to the cue (“... in
// the U.S.,” she said) ends nothing.
func (d *doc) endsWithStop(qi int) bool {
	t := d.quoteText(qi)
	q := &d.quotes[qi]
	return t != "" && t[len(t)-1] == '.' && !(q.close > 0 && d.punct(q.close-1, ","))
}

// carry attributes a quotation without a cue of its own: the next part of
// a quotation running over paragraphs, or a quotation standing as a
// sentence, which continues the current speaker of its paragraph or the
// previous one.
func (d *doc) carry(qi int, s sentence, cs []cue) {
	q := &d.quotes[qi]
	q.carried = true
	if q.contPrev && qi > 0 && d.quotes[qi-1].decided {
		p := &d.quotes[qi-1]
		q.decided, q.ent, q.co, q.cue = true, p.ent, p.co, p.cue
		return
	}
	if p := &d.quotes[max(qi-1, 0)]; q.runOn && qi > 0 && p.decided && p.ent >= 0 && !d.cueAfterClose(qi, cs) {
		// The next part of a quotation run on in one paragraph goes on
		// with its speaker, however many parts came before; not one
		// with a cue of its own after it (“... “It was fair,” said
		// Brill), which the cue's reading left to nobody.
		q.decided, q.ent, q.co, q.cue = true, p.ent, p.co, p.cue
		return
	}
	if e := d.laterCredit(qi); e >= 0 {
		// "“...” That was how Ilse Varga described the vote."
		q.decided, q.ent, q.carried = true, e, false
		return
	}
	if e := d.answerAfterInterjection(qi); e >= 0 {
		// "“...,” she said. “Why?” I asked. “...”": her answer.
		q.decided, q.ent = true, e
		return
	}
	paras := []int{q.para, d.prevStoryPara(q.para)}
	if e := d.becauseOwnWords(qi, s); e >= 0 {
		// "Tomas Brenn opposes the levy because “we never voted for
		// it.”": the reason in the subject's own words.
		q.decided, q.ent, q.carried = true, e, false
		return
	}
	if e := d.namedSubjectsWords(qi, s); e >= 0 {
		// "The Saudi Foreign Ministry in a statement early Wednesday
		// “welcomed the positive results ...”": the named subject's own
		// words, its predicate quoted.
		q.decided, q.ent, q.carried = true, e, false
		return
	}
	if q.open != s.first {
		if k := d.quotedPredicate(qi, s); k >= 0 {
			// "The waiting list “grows by the week.”" after a speaker's
			// sentence: a reported clause with no cue of its own goes on
			// with the latest speaker, as a quoted sentence would.
			q.predicate, q.subject = true, k
			d.carryByRules(qi, paras)
			return
		}
		if !d.openingPhraseBefore(q.open, s) && !d.conjunctionBefore(qi, s) {
			return
		}
		if !d.bareLeadIn(qi, s) {
			paras = paras[:1] // after an opening phrase, only this paragraph's speaker
		}
	}
	q.standalone = true
	if d.ranker == nil {
		d.carryByRules(qi, paras)
		return
	}
	d.rankBuf = d.rankCandidates(qi, s, cs, d.rankBuf)
	q.decided = true
	q.ent, _ = rankBest(d.rankBuf, d.ranker)
}

// cueAfterClose reports whether one of the sentence's cues cs comes after
// quotation qi's closing mark.
func (d *doc) cueAfterClose(qi int, cs []cue) bool {
	q := &d.quotes[qi]
	for ci := range cs {
		if q.close >= 0 && cs[ci].verb > q.close {
			return true
		}
	}
	return false
}

// bareLeadIn reports whether quotation qi, after an opening phrase or a
// conjunction, opens its paragraph in all but that lead-in, names no one
// before it and ends its sentence: "But “...”", "With the vote set for
// Friday, “...”" after a speaker's paragraph goes on with that speaker,
// as a quotation standing alone would.
func (d *doc) bareLeadIn(qi int, s sentence) bool {
	q := &d.quotes[qi]
	if s.first != d.paraFirst[q.para] || q.close <= 0 {
		return false
	}
	for k := s.first; k < q.open; k++ {
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 || d.toks[k].has(lxPronoun) {
			return false
		}
	}
	for k := q.close + 1; k < s.last; k++ {
		if d.toks[k].kind != tkPunct {
			return false
		}
	}
	return true
}

// quotedPredicate returns the first token of the subject when quotation
// qi, inside sentence s, is the sentence's whole predicate: a noun phrase
// with no verb before it (perhaps after an opening phrase set off by a
// comma: "However, with 300 homes cut off, the repairs “will take
// weeks.”"), and the quotation, opening on a verb in lower case, ends the
// sentence. It returns -1 otherwise.
func (d *doc) quotedPredicate(qi int, s sentence) int {
	q := &d.quotes[qi]
	if q.close < 0 || q.first >= q.last || q.contPrev || q.contNext || !d.toks[q.first].lowerWord() || !d.sentenceEnd(q.close+1, s) {
		return -1
	}
	if v := &d.toks[q.first]; !v.has(lxAux|lxVerb) && v.cv == 0 {
		return -1
	}
	k := q.open - 1
	for k > s.first && !d.punct(k-1, ",") {
		k--
	}
	if q.open-k < 2 || q.open-k > 6 {
		return -1
	}
	for j := k; j < q.open; j++ {
		t := &d.toks[j]
		if t.kind != tkWord && t.kind != tkNum && t.kind != tkPoss || t.cv != 0 || t.has(lxAux|lxPronoun) || t.lowerWord() && t.has(lxVerb) {
			return -1
		}
	}
	return k
}

// namedSubjectsWords returns the person or body named as the subject
// that opens sentence s when quotation qi is its predicate: a verb opens
// the quotation, and between the name and the mark stand at most a
// phrase of where or when ("in a statement early Wednesday marking the
// end of the talks"). Or -1.
func (d *doc) namedSubjectsWords(qi int, s sentence) int {
	q := &d.quotes[qi]
	if q.contPrev || q.first >= q.last || q.open <= s.first || !d.toks[q.first].lowerWord() {
		return -1
	}
	if v := &d.toks[q.first]; !(v.has(lxVerb) && !v.has(lxAux) || v.cv != 0 || d.endsWith(q.first, "ed")) || d.endsWith(q.first, "ing") {
		return -1
	}
	f := s.first
	if d.isWord(f, "the") {
		f++
	}
	ci := d.chunkAt[f]
	if ci < 0 || d.chunks[ci].first != f || d.chunks[ci].ent < 0 {
		return -1
	}
	e := d.chunks[ci].ent
	if en := &d.ents[e]; !(en.personish() || en.orgish()) || en.placeish() || en.outlet || en.thing {
		return -1
	}
	k := d.chunks[ci].last
	if k < q.open && !(d.toks[k].lowerWord() && d.toks[k].has(lxPrep)) {
		return -1 // only a phrase of where or when between: "in a statement ..."
	}
	if q.open-k > 14 {
		return -1
	}
	for j := k; j < q.open; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote || t.inQuote() || t.kind == tkPunct || t.cv != 0 && !d.endsWith(j, "ing") || t.lowerWord() && t.has(lxAux|lxPronoun) {
			return -1
		}
	}
	return e
}

// carryByRules gives standalone quotation qi the speaker the rules choose
// from paragraphs paras: the latest speaker or actor there, the one person
// the quotation's paragraph names, or nobody.
func (d *doc) carryByRules(qi int, paras []int) {
	q := &d.quotes[qi]
	// The latest speaker, or person the narrative is about, in this
	// paragraph or else the one before; failing both, the one person this
	// paragraph names before the quotation ("..., leaving Ingram
	// unimpressed. “...”"). A person named only in the paragraph before
	// may be anyone the story mentions ("The case was brought by ...").
	for _, para := range paras {
		if para < 0 {
			break
		}
		// A candidate the quotation speaks of by name ("Brekke was
		// wrong") is not its speaker: the other one is, or nobody.
		ev, act := d.lastEvent, d.lastActor
		evOK := ev.ok && ev.para == para && !d.quoteNames(qi, ev.ent)
		actOK := act.ok && act.para == para && !d.quoteNames(qi, act.ent)
		switch {
		case evOK && (!actOK || ev.tok >= act.tok):
			q.decided, q.ent = true, ev.ent
			return
		case actOK:
			q.decided, q.ent = true, act.ent
			return
		case ev.ok && ev.para == para || act.ok && act.para == para:
			q.decided = true
			return
		}
		if e := d.soleMention(d.paraFirst[para], q.open); para == q.para && e >= 0 {
			q.decided, q.ent = true, e
			return
		}
	}
	// A paragraph about no one else in between ("The company employs 300
	// people.", a photo's caption naming the speaker) does not end the
	// latest speaker's turn; paragraphs without words (pictures) are
	// not there at all. The speaker may have been the subject since
	// ("“...,” said Ortiz. Ortiz, a nurse, was at the scene.").
	if ev, act := d.lastEvent, d.lastActor; len(paras) == 2 && paras[1] >= 0 && ev.ok && ev.ent >= 0 && ev.para == d.prevStoryPara(paras[1]) &&
		!(act.ok && act.tok > ev.tok && act.ent != ev.ent) && !d.namesSomeoneBut(d.paraFirst[paras[1]], d.paraEnd(paras[1]), ev.ent) &&
		!d.writingOpensPara(paras[1]) {
		q.decided, q.ent = true, ev.ent
		return
	}
	q.decided = true
}

// writingOpensPara reports whether paragraph p opens with a piece of
// writing as its subject, and says what it says or is ("The report,
// published on Friday, was blunter.", "The letter said ..."): the words
// in the paragraph after it are the writing's, not the latest speaker's.
// A writing that is an event ("The ruling comes two years after ...")
// leaves the speaker's turn to go on.
func (d *doc) writingOpensPara(p int) bool {
	k, end := d.paraFirst[p], d.paraEnd(p)
	if k < end && d.toks[k].has(lxDet) {
		k++
	}
	for n := 0; n < 2 && k < end && d.toks[k].lowerWord() && !d.toks[k].has(lxDoc); n++ {
		k++ // "The final report", "The council's own audit"
	}
	if k >= end || !d.toks[k].lowerWord() {
		return false
	}
	switch d.lower(k) {
	case "report", "statement", "letter", "study", "document", "memo", "email", "message", "editorial", "article",
		"release", "announcement", "transcript", "note", "notice", "leaflet", "manifesto", "paper", "survey":
	default:
		return false
	}
	v := k + 1
	if v < end && d.punct(v, ",") {
		// "The report, published on Friday, was": an aside before the verb
		for v++; v < end && v < k+14 && !d.punct(v, ","); v++ {
		}
		v++
	}
	if v >= end || !d.toks[v].lowerWord() {
		return false
	}
	switch d.lower(v) {
	case "reads", "read":
		return true
	case "is", "was", "are", "were":
		// "was blunter", "was less kind", "is clear", "was read out": the
		// writing's tone; "is due in May" is no words of its own.
		if v+1 >= end || !d.toks[v+1].lowerWord() {
			return false
		}
		switch w := d.lower(v + 1); w {
		case "blunt", "blunter", "clear", "clearer", "short", "brief", "stark", "starker", "direct", "unequivocal",
			"scathing", "damning", "less", "more", "read", "harsher", "harsh", "explicit", "emphatic", "frank":
			return true
		}
		return false
	}
	return d.toks[v].cv != 0
}

// quoteNames reports whether quotation qi names entity e by its last
// name, as someone spoken of.
func (d *doc) quoteNames(qi, e int) bool {
	if e < 0 || len(d.ents[e].words) == 0 {
		return false
	}
	surname := d.ents[e].words[len(d.ents[e].words)-1]
	q := &d.quotes[qi]
	for k := q.first; k < q.last; k++ {
		if d.toks[k].capWord() && d.key(k) == surname {
			return true
		}
	}
	return false
}

// soleMention returns the one person tokens [i, j) name outside
// quotations, or -1 when they name none or several. Only a person the
// article names in full, and knows for one who speaks or holds a role,
// counts: a lone first name ("Roger, are they ...") is as often a word
// addressed to someone, and "an oversized, DayGlo T-shirt" no one.
func (d *doc) soleMention(i, j int) int {
	found := -1
	for k := i; k < j; k++ {
		ci := d.chunkAt[k]
		if ci < 0 || d.toks[k].inQuote() {
			continue
		}
		e := d.chunks[ci].ent
		if e < 0 || e == found || !d.ents[e].personish() || len(d.ents[e].words) < 2 || d.ents[e].spoke < 0 && len(d.ents[e].roles) == 0 {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// patientMention reports whether the name starting at token f is an
// object in its sentence and not an agent after "by": "The case was
// brought by Greta Lund, a former employee" names someone who acts in the
// story, and may be the one whose words come next.
func (d *doc) patientMention(f int) bool {
	if !d.objectMention(f) && !d.roleObject(f) {
		return false
	}
	first := d.sents[d.sentOf[f]].first
	for p := f - 1; p >= first && p >= f-4 && d.toks[p].lowerWord(); p-- {
		if d.isWord(p, "by") {
			return false
		}
	}
	return true
}

// roleObject reports whether the name starting at token f follows a
// preposition or a verb across a lower-case description of its role:
// "examined by museum curator Vera Marsk", "sold to the local baker X".
func (d *doc) roleObject(f int) bool {
	first := d.sents[d.sentOf[f]].first
	for p := f - 1; p >= first && p >= f-4; p-- {
		t := &d.toks[p]
		if !t.lowerWord() {
			return false
		}
		if t.has(lxPrep|lxVerb) || t.cv != 0 {
			return p < f-1 // "to X" directly is objectMention's
		}
		if d.isWord(p, "and") || d.isWord(p, "or") || d.isWord(p, "who") || d.isWord(p, "that") {
			return false
		}
	}
	return false
}

// namesSomeoneBut reports whether tokens [i, j) name a person other than
// entity but.
func (d *doc) namesSomeoneBut(i, j, but int) bool {
	for k := i; k < j; k++ {
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 && d.chunks[ci].ent != but && d.ents[d.chunks[ci].ent].personish() &&
			!d.patientMention(d.chunks[ci].first) && !d.diedIn(d.sents[d.sentOf[k]], d.chunks[ci].ent) {
			// "The hotel belonged to Anders Mollo, who bought it in
			// 2009.", "Police arrested Anders Mollo": one named only as
			// an object is not whom the story turned to; nor is one the
			// story tells is dead.
			return true
		}
	}
	return false
}

// prevStoryPara returns the paragraph before p that holds words of the
// story, passing over pictures and their captions ("Piet Dambra Jnr with
// his father (Image: Osk Press)"), or -1.
func (d *doc) prevStoryPara(p int) int {
	for p = d.prevWordedPara(p); p >= 0 && d.captionLine(p); p = d.prevWordedPara(p) {
	}
	return p
}

// prevWordedPara returns the paragraph before p that holds words, passing
// over those the tokenizer left empty (pictures, bylines), or -1.
func (d *doc) prevWordedPara(p int) int {
	for p--; p >= 0 && d.paraFirst[p] == d.paraFirst[p+1]; p-- {
	}
	return p
}

// event is the latest attribution, which quotations without a cue of
// their own continue.
type event struct {
	ent  int
	para int
	tok  int
	ok   bool
}

// mark is the latest person a sentence was about.
type mark struct {
	ent, para, tok int
	ok             bool
}

// noteSpeakers records who spoke in sentence s, for pronouns and for
// quotations that continue a speaker.
func (d *doc) noteSpeakers(s sentence, cs []cue) {
	type ev struct{ tok, ent int }
	var buf [8]ev // a sentence's few events stay on the stack
	evs := buf[:0]
	lo, hi := d.quotesIn(s)
	for qi := lo; qi < hi; qi++ {
		if q := &d.quotes[qi]; q.decided {
			evs = append(evs, ev{q.open, q.ent})
		}
	}
	for ci := range cs {
		c := &cs[ci]
		if !c.skip && c.found && len(c.comps) > 0 {
			evs = append(evs, ev{c.verb, c.ent})
			d.notePronounGender(c)
			if c.ent >= 0 {
				if k := d.docSpokenIn(c.verb, s); k >= 0 {
					d.docSays = append(d.docSays, docSay{noun: k, ent: c.ent})
				} else if k := d.authoredDocSubject(c); k >= 0 {
					d.docSays = append(d.docSays, docSay{noun: k, ent: c.ent})
				}
			}
		}
	}
	last := -1
	for _, e := range evs {
		if e.tok > last {
			last = e.tok
			d.lastEvent = event{ent: e.ent, para: s.para, tok: e.tok, ok: true}
		}
		if e.ent >= 0 && e.tok > d.ents[e.ent].spoke {
			d.ents[e.ent].spoke = e.tok
		}
	}
}

// notePronounGender gives cue c's named speaker, when no gender is known
// for them, the gender of the pronoun that opens their reported clause:
// "Kai Lorenz said he had spoken to Britt Sand" makes Lorenz a man for a
// later "she" to pass over. Only a hint, as a first name's is.
func (d *doc) notePronounGender(c *cue) {
	if c.ent < 0 || c.co >= 0 || c.before || d.ents[c.ent].gender != gUnknown || !d.ents[c.ent].personish() {
		return
	}
	k := c.comps[0][0]
	if d.isWord(k, "that") {
		k++
	}
	if k >= len(d.toks) || !d.toks[k].lowerWord() || d.toks[k].inQuote() {
		return
	}
	g := gUnknown
	switch d.lower(k) {
	case "he":
		g = gMale
	case "she":
		g = gFemale
	default:
		return
	}
	// "Swift complained he had groped her": a pronoun of the other
	// gender in the clause may be the speaker, and "he" someone else.
	for j := k + 1; j < c.comps[0][1] && j < len(d.toks); j++ {
		if !d.toks[j].lowerWord() {
			continue
		}
		switch d.lower(j) {
		case "her", "hers", "herself", "she":
			if g == gMale {
				return
			}
		case "him", "his", "himself", "he":
			if g == gFemale {
				return
			}
		}
	}
	d.ents[c.ent].gender, d.ents[c.ent].genderHint, d.ents[c.ent].genderGuess = g, true, false
}

// inIntro reports whether token k lies in a sentence's opening participle
// phrase, up to its comma: "Asked about reports that miners had
// complained, she said ...". A name is no participle ("United States
// Attorney Jessie Liu said, ...").
func (d *doc) inIntro(k int, s sentence) bool {
	start := s.first
	if d.introSubordinator(start) && start+1 < s.last && d.toks[start+1].lowerWord() && (d.endsWith(start+1, "ed") || d.endsWith(start+1, "ing")) {
		if n := start + 2; d.toks[start+1].cv == 0 && n < s.last && d.toks[n].capWord() && d.chunkAt[n] >= 0 && d.chunks[d.chunkAt[n]].first == n {
			// "After troubled Tesh Marine proposed acquiring ...": an
			// adjective before the subject's name, no participle of the
			// sentence's speaker.
			return false
		}
		start++ // "When asked about Osk staying, he added": the participle after "when"
	} else {
		first := &d.toks[s.first]
		if !first.capWord() || !(d.endsWith(s.first, "ed") || d.endsWith(s.first, "ing")) || first.has(lxFirstName|lxTitle|lxPrep) || d.chunkAt[s.first] >= 0 && d.chunks[d.chunkAt[s.first]].ent >= 0 {
			return false
		}
	}
	for j := start + 1; j < s.last; j++ {
		if d.punct(j, ",") {
			return k > start && k < j
		}
		if d.toks[j].kind == tkQuote {
			return false
		}
	}
	return false
}

// quotesIn returns the range [lo, hi) of the quotations that open in
// sentence s. Quotations are ordered by position.
func (d *doc) quotesIn(s sentence) (lo, hi int) {
	lo = sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k].open >= s.first })
	hi = lo
	for hi < len(d.quotes) && d.quotes[hi].open < s.last {
		hi++
	}
	return lo, hi
}

// refusedCueBefore reports whether a speech verb stands right before the
// quotation opening at token open (a colon or comma between aside) and
// made no cue: the cue rules read it and decided it was no one speaking
// ("Simon says", the game; a name; a noun), which carrying a speaker over
// or ranking the names nearby must not undo.
func (d *doc) refusedCueBefore(open int, s sentence) bool {
	k := open - 1
	if k >= s.first && (d.punct(k, ":") || d.punct(k, ",")) {
		k--
	}
	return k >= s.first && d.toks[k].cv != 0 && d.toks[k].lowerWord() && !d.gerundAfterPrep(k, s) &&
		!d.modifiedNounCue(k, k-1, s) // "branded the audit report “nonsense”": a noun, no refused cue
}

// cueThrough returns the live cue whose words run into quotation qi from
// the verb just before it ("expressed “deep regret”", "voiced “grave
// doubts”": a verb and its noun make the cue, and the marks fall inside
// it), when the cue found a speaker phrase; or nil.
func (d *doc) cueThrough(qi int, cs []cue) *cue {
	q := &d.quotes[qi]
	for ci := range cs {
		if c := &cs[ci]; !c.skip && c.found && c.verb == q.open-1 && c.after > q.open && c.quote < 0 {
			return c
		}
	}
	return nil
}

// modifiedNounCue reports whether the bare cue form at i, after the word
// at prev, is the head of a noun phrase whose determiner comes before
// that word: "the audit report", "a new claim". A singular word in
// between is no plural subject ("the officials report that"), and a
// "that" after it would open the clause a verb reports.
func (d *doc) modifiedNounCue(i, prev int, s sentence) bool {
	if !singularNounToo(d.lower(i)) || !d.toks[i].lowerWord() || prev-1 < s.first || prev != i-1 {
		return false
	}
	if !d.toks[prev-1].lowerWord() || !d.toks[prev-1].has(lxDet) || !d.toks[prev].lowerWord() ||
		d.toks[prev].has(lxDet|lxPronoun|lxAux|lxPrep|lxFunc|lxAdverb) || d.endsWith(prev, "s") || d.toks[prev].cv != 0 {
		return false
	}
	return !d.isWord(i+1, "that")
}

// singularNounToo reports whether w, a bare form of a cue verb, is as
// often a singular noun: "report", "claim".
func singularNounToo(w string) bool {
	switch w {
	case "report", "claim", "comment", "reply", "answer", "tweet", "post", "estimate", "request", "promise", "pledge":
		return true
	}
	return false
}

// nameGivenTo reports whether quotation qi, right after the noun at k,
// is the name given to what the noun phrase names: after "called" or
// "named" when the marks hold a proper name ("called the feature “the
// Keyhole”"); but "called the plan “a costly mistake”" and "called the
// film “A Total Mess”" call it something, and "dubbed the scheme “the
// poll tax on wheels”" is the critics' words (cases_s11_audit2_test.go).
func (d *doc) nameGivenTo(qi, k int, s sentence) bool {
	for j := k - 1; j >= s.first && j >= k-4; j-- {
		t := &d.toks[j]
		if t.kind != tkWord || !t.lowerWord() {
			return false
		}
		switch d.lower(j) {
		case "called", "named":
			return (d.isWord(j+1, "the") || d.isWord(j+1, "it") || d.toks[j+1].has(lxDet)) && d.properNameInMarks(qi)
		}
		if t.has(lxVerb|lxAux|lxPrep|lxPronoun) && !t.has(lxDet) || t.cv != 0 {
			return false
		}
	}
	return false
}

// properNameInMarks reports whether quotation qi holds only a proper
// name: "the" and capitalised words, or two or more capitalised words
// with no article ("the Keyhole", "Long Glance"; not "A Total Mess").
func (d *doc) properNameInMarks(qi int) bool {
	q := &d.quotes[qi]
	words, caps := 0, 0
	the := false
	for j := q.first; j < q.last; j++ {
		t := &d.toks[j]
		switch {
		case t.kind == tkPunct:
			if !d.punct(j, ".") && !d.punct(j, ",") || j+1 < q.last && d.toks[j+1].kind != tkQuote {
				return false // a name has no clause's marks inside it
			}
		case t.kind != tkWord:
			return false
		case words == 0 && d.isWord(j, "the"):
			the = true
		case t.capWord() && !(words == 0 && t.has(lxDet)):
			caps++
		default:
			return false
		}
		if t.kind == tkWord {
			words++
		}
	}
	return caps > 0 && (the || caps >= 2) && words <= 5
}

// titleInMarks reports whether quotation qi is the title or the name of
// something rather than words said: set off by commas after a document
// ("The paper, “Plumes and tides on Oska”, appeared in ...", "Amory's
// study, “Old ice at the bed,” was published"), or right after a word
// that names ("titled “...”", "nicknamed “Owl Eye”", "known as “...”").
func (d *doc) titleInMarks(qi int, s sentence) bool {
	q := &d.quotes[qi]
	if q.contPrev || q.contNext || q.close < 0 || q.open <= s.first {
		return false
	}
	k := q.open - 1
	if d.workTitleAfter(qi, k) || d.chargeInMarks(qi, s) {
		return true
	}
	if d.toks[k].lowerWord() {
		switch d.lower(k) {
		case "titled", "entitled", "nicknamed", "dubbed", "christened", "codenamed", "code-named", "so-called":
			// "the so-called “green corridor”": the writer's term, kept
			// at a distance, not words anyone is quoted as saying.
			return true
		case "the":
			// "dubbed the new tower the “Glass Needle”": the name given.
			for j := k - 1; j >= s.first && j >= k-6; j-- {
				switch d.lower(j) {
				case "dubbed", "nicknamed", "christened", "renamed", "rebranded":
					return d.toks[j].lowerWord()
				}
			}
			return false
		case "as":
			return d.isWord(k-1, "known") || d.isWord(k-1, "referred") && d.isWord(k, "to")
		case "called", "named":
			// "The trial, called “Field Edges”, paid 60 farms", "a plan
			// called “Build Back Better”": a thing's name; but "called the
			// plan “reckless”" calls it something.
			n := k - 1
			if n > s.first && d.punct(n, ",") {
				n--
			}
			t := &d.toks[n]
			return n >= s.first && t.kind == tkWord && t.lowerWord() && d.chunkAt[n] < 0 && t.cv == 0 &&
				!t.has(lxRole|lxGroup|lxPronoun|lxGenericOrg|lxFunc|lxAux|lxVerb|lxAdverb|lxNeg|lxDet) && !d.endsWith(n, "ed") && !d.endsWith(n, "ing")
		}
		return d.nameGivenTo(qi, k, s)
	}
	if !d.punct(k, ",") || k-1 < s.first {
		return false
	}
	n := k - 1
	if d.toks[n].kind != tkWord || !d.toks[n].lowerWord() || !d.toks[n].has(lxDoc) {
		return false
	}
	// The title is set off: a comma after it, inside or outside the
	// marks, and the sentence goes on.
	after := q.close + 1
	return after < s.last && (d.punct(after, ",") || d.punct(q.close-1, ",")) && !d.sentenceEnd(after, s)
}

// chargeInMarks reports whether quotation qi is the name of a criminal
// charge, which court copy often sets in quotation marks: "was charged
// with “aggravated assault with a deadly weapon”", "a count of
// “depraved indifference murder”", "pleaded guilty to “criminal
// mischief”", and a second charge after "and" or a comma. The words are
// the statute's, not anyone's speech. "charged with" must be passive
// ("was charged with"), since "critics charged the council with
// “wasting money”" gives the critics' words.
func (d *doc) chargeInMarks(qi int, s sentence) bool {
	q := &d.quotes[qi]
	k := q.open - 1
	if k-1 < s.first || !d.toks[k].lowerWord() {
		return false
	}
	switch d.lower(k) {
	case "with":
		return d.isWord(k-1, "charged") && k-2 >= s.first && d.toks[k-2].has(lxAux)
	case "of":
		// "counts of", "convicted of", and "convicted Quill of" with the
		// defendant between.
		for j := k - 1; j >= s.first && j >= k-4 && d.toks[j].kind == tkWord; j-- {
			switch d.lower(j) {
			case "charge", "charges", "count", "counts", "convicted", "acquitted", "guilty":
				return d.toks[j].lowerWord()
			}
		}
	case "to":
		return d.isWord(k-1, "guilty")
	case "and", "or":
		// "... “reckless endangerment” and “criminal mischief”": the
		// list goes on from a charge just before.
		return qi > 0 && d.quotes[qi-1].close == k-1 && d.quotes[qi-1].open > s.first && d.chargeInMarks(qi-1, s)
	}
	return false
}

// workTitleAfter reports whether quotation qi, after token k, is the
// title of a show, a book or a film: a few words all capitalised, after a
// possessive ("on CNN's “New Day”", "a copy of Obama's “Dreams From My
// Father”"), after "on", "in", "of" or "from" ("said on “Morning Hour”",
// "read from “The Salt Road”") or
// after a document's noun ("in its document ‘Vision 2023’"). Words said
// that follow those ("said of the plan “...”") are not in title case.
func (d *doc) workTitleAfter(qi, k int) bool {
	q := &d.quotes[qi]
	if q.last-q.first > 10 || !d.titleCase(qi) || !d.toks[q.first].capWord() {
		return false
	}
	t := &d.toks[k]
	if d.isWord(k, "told") && t.lowerWord() && q.last-q.first <= 6 {
		// "told “Morning Harbour” that ...": the programme told, in the
		// addressee's place; words said after "told" follow a colon.
		return true
	}
	if t.lowerWord() && possessivePronoun(d.lower(k)) && q.close >= 0 && q.close+1 < len(d.toks) && q.last-q.first <= 6 {
		// "continued their “Empty Frames” campaign": a title between a
		// possessive and the noun it names.
		if n := &d.toks[q.close+1]; n.lowerWord() && n.cv == 0 && !n.has(lxFunc|lxPrep|lxAux|lxDet|lxPronoun|lxVerb|lxAdverb) {
			return true
		}
	}
	return t.kind == tkPoss || t.lowerWord() && (d.isWord(k, "on") || d.isWord(k, "in") || d.isWord(k, "of") || d.isWord(k, "from") || d.docNounAt(k) ||
		workNouns[d.lower(k)] && !d.calledObject(k) || workVerbs[d.lower(k)])
}

// calledObject reports whether the noun at k is the object of a speech
// verb just before it: "called the film “A Total Mess”" judges the film
// in the speaker's words; it gives no title.
func (d *doc) calledObject(k int) bool {
	j := k - 1
	if j >= 0 && d.descriptionOpensAt(j) {
		j--
	}
	return j >= 0 && d.toks[j].cv != 0
}

// workVerbs make a work whose title may follow them in marks: "wrote
// “A Winter in Corrin”", "directed “The Long Harbour”". Words quoted after
// them stand after a colon or a comma, or are not in title case.
var workVerbs = map[string]bool{
	"wrote": true, "co-wrote": true, "penned": true, "authored": true, "published": true, "directed": true,
	"produced": true, "composed": true, "recorded": true, "released": true, "narrated": true,
}

// workNouns name a work whose title follows in marks: "her hit “Lights
// Out”", "the album “Northern Lights”".
var workNouns = map[string]bool{
	"song": true, "single": true, "hit": true, "album": true, "film": true, "movie": true, "novel": true,
	"memoir": true, "series": true, "play": true, "musical": true, "documentary": true, "podcast": true,
	"programme": true, "program": true, "exhibition": true, "painting": true, "poem": true, "opera": true,
	"show": true, "book": true,
}

// skipTitleBack steps back from token i, the close mark of a title set off
// after its document or the comma after it, to the document's noun: in
// "The report, “State of the Reefs”, found that ..." the report speaks.
// It returns i when no such title ends there.
func (d *doc) skipTitleBack(i int, s sentence) int {
	k := i
	if k >= s.first && d.punct(k, ",") {
		k--
	}
	if k < s.first || d.toks[k].kind != tkQuote || !d.toks[k].is(fCloseMark) {
		return i
	}
	qi := d.markQuote(k)
	if qi < 0 || !d.titleInMarks(qi, s) {
		return i
	}
	j := d.quotes[qi].open - 1
	if d.toks[j].lowerWord() && (d.isWord(j, "titled") || d.isWord(j, "entitled")) {
		j--
	}
	if !d.punct(j, ",") || j-1 < s.first || !d.toks[j-1].has(lxDoc) {
		return i
	}
	return j - 1
}

// teamBefore reports whether the subject just before verb v ends with the
// people someone works with: "Amory and colleagues report" is a scientist's
// team reporting a finding, never a news outlet.
func (d *doc) teamBefore(v int, s sentence) bool {
	k := d.skipBackAdverbials(v-1, s.first)
	return k >= s.first && d.toks[k].lowerWord() && teamWord(d.lower(k))
}

// sourceNamedAfter returns the one sentence s names as the source of the
// quotation just before it, or -1: "So says Kari Lindahl, who ...", "That
// was the reply from the council's chairman, Aksel Rudd", "Those were the
// words of Benedikt Hoyle".
func (d *doc) sourceNamedAfter(s sentence) int {
	k := s.first
	from := -1
	switch {
	case d.isWord(k, "so") && k+1 < s.last && (d.isWord(k+1, "says") || d.isWord(k+1, "said")):
		from = k + 2
	case d.isWord(k, "that") || d.isWord(k, "this") || d.isWord(k, "those") || d.isWord(k, "these"):
		j := k + 1
		if !(d.isWord(j, "was") || d.isWord(j, "is") || d.isWord(j, "were") || d.isWord(j, "are")) {
			return -1
		}
		j++
		if !d.isWord(j, "the") {
			return -1
		}
		for j++; j < s.last && j < k+6 && d.toks[j].lowerWord() && !speechNoun(d.lower(j)); j++ {
		}
		if j >= s.last || !d.toks[j].lowerWord() || !speechNoun(d.lower(j)) || !(d.isWord(j+1, "from") || d.isWord(j+1, "of")) {
			return -1
		}
		from = j + 2
	default:
		return -1
	}
	// The first name after, past a role in apposition before it: "the
	// chairman of Holm's community council, Aksel Rudd".
	for j := from; j < s.last && j < from+12; j++ {
		if d.toks[j].kind == tkQuote || d.toks[j].lowerWord() && (d.toks[j].has(lxVerb|lxAux|lxRelative) || d.toks[j].cv != 0) {
			return -1
		}
		ci := d.chunkAt[j]
		if ci < 0 || d.chunks[ci].ent < 0 {
			continue
		}
		c := &d.chunks[ci]
		if e := c.ent; d.ents[e].personish() && c.last < len(d.toks) && d.toks[c.last].kind != tkPoss {
			return e
		}
		j = c.last - 1
	}
	return -1
}

// giveToSource gives quotation q to e, named as its source in the
// sentence after it, whoever it was carried to before. The source is then
// the latest speaker, as a cue would have made them: "“...” That was the
// reply from the mayor of Ostby, Aksel Rudd. “...”" goes on with Rudd, not
// with whoever spoke before the first words.
func (d *doc) giveToSource(q *quoteSpan, e int) {
	q.decided, q.ent, q.co, q.carried = true, e, -1, false
	if !d.lastEvent.ok || q.open >= d.lastEvent.tok {
		d.lastEvent = event{ent: e, para: q.para, tok: q.open, ok: true}
	}
	if e >= 0 && q.open > d.ents[e].spoke {
		d.ents[e].spoke = q.open
	}
}

// nameGivenAs returns the person an unnamed subject in [from, to) gives
// their name as, or -1: "One resident, who gave her name only as Berit,",
// "a driver who identified himself as Tomas".
//
// Also "identified only as Piet", "known only as Berit", "asked to be
// identified only as Tomas" and "would give only his first name, Anders":
// a name given is a person's, whatever its one word looks like.
func (d *doc) nameGivenAs(from, to int) int {
	for j := from + 2; j+1 < to; j++ {
		given := d.isWord(j, "as") && d.toks[j].lowerWord()
		if d.punct(j, ",") && d.isWord(j-1, "name") && (d.isWord(j-2, "first") || d.isWord(j-2, "given")) {
			given = true // "gave only her first name, Ilse,"
		}
		if naming, person := d.namingWordBefore(j + 1); naming {
			if e := d.givenNameAt(j+1, person); e >= 0 {
				return e
			}
			continue
		}
		if !given {
			continue
		}
		k := j - 1
		if d.isWord(k, "only") {
			k--
		}
		if !(d.isWord(k, "name") && (d.isWord(k-2, "gave") || d.isWord(k-2, "gives")) ||
			(d.isWord(k, "himself") || d.isWord(k, "herself")) && (d.isWord(k-1, "identified") || d.isWord(k-1, "introduced")) ||
			d.isWord(k, "identified") || d.isWord(k, "known") || d.punct(j, ",")) {
			continue
		}
		if ci := d.chunkAt[j+1]; ci >= 0 && d.chunks[ci].first == j+1 && d.chunks[ci].ent >= 0 {
			e := d.chunks[ci].ent
			if en := &d.ents[e]; en.orgish() && !(len(en.words) == 1 && en.personEv+en.orgEv <= 2) {
				continue // a body's name, not one given
			}
			if !d.isWord(k, "identified") && !d.isWord(k, "known") {
				d.ents[e].kind = kPerson // "gave her name as", "identified himself as": a person's name
				d.ents[e].personEv += 2
			}
			return e
		}
	}
	return -1
}

// namingWordBefore reports whether the word before token k gives the name
// that k starts to something described before it ("a protester using the
// pseudonym Mira", "a marcher named Ezra", "a group called Lumen"), and
// whether the description is of a person.
func (d *doc) namingWordBefore(k int) (naming, person bool) {
	j := k - 1
	if !d.toks[j].lowerWord() {
		return false, false
	}
	switch d.lower(j) {
	case "pseudonym", "alias", "nickname":
		return true, true
	case "named", "called":
		// After a lower-case noun only: "a man named Ezra", not "Ezra,
		// named to the board".
		t := &d.toks[j-1]
		if !t.lowerWord() || t.has(lxDet|lxPrep|lxFunc|lxPronoun|lxAux|lxVerb|lxAdverb) || d.endsWith(j-1, "ed") || d.endsWith(j-1, "ly") {
			return false, false
		}
		n := d.lower(j - 1)
		return true, !t.has(lxGenericOrg|lxGroup) && (t.has(lxRole|lxMale|lxFemale) || patientRole(n) || bystanderWord(n) || ownVoice(n))
	}
	return false, false
}

// givenNameAt returns the name starting at token k, made a person's when
// person is set, or -1: a name someone goes by is a person's, whatever
// its one word looks like.
func (d *doc) givenNameAt(k int, person bool) int {
	ci := d.chunkAt[k]
	if ci < 0 || int(d.chunks[ci].first) != k || d.chunks[ci].ent < 0 {
		return -1
	}
	e := d.chunks[ci].ent
	if d.ents[e].thing {
		return -1 // "a lighthouse keeper named Ada" in a film's plot
	}
	if !person {
		return e
	}
	if en := &d.ents[e]; en.orgish() && !(len(en.words) == 1 && en.personEv+en.orgEv <= 2) {
		return -1 // a body's name
	}
	d.ents[e].kind = kPerson
	d.ents[e].personEv += 2
	return e
}

// docSay is a document a speaker spoke in: "the lobby group said in a
// report Friday" makes the report the lobby group's.
type docSay struct {
	noun int // the document's noun
	ent  int // who spoke in it
}

// docSpokenIn returns the document noun of "said in a report", "wrote in
// its annual report" right after the cue verb at v in sentence s, or -1.
func (d *doc) docSpokenIn(v int, s sentence) int {
	k := v + 1
	if k+1 >= s.last || !d.isWord(k, "in") {
		return -1
	}
	k++
	if !(d.isWord(k, "a") || d.isWord(k, "an") || d.isWord(k, "its") || d.isWord(k, "their") || d.isWord(k, "his") || d.isWord(k, "her")) {
		return -1
	}
	for j := k + 1; j < s.last && j <= k+3; j++ {
		if !d.toks[j].lowerWord() || d.toks[j].inQuote() {
			return -1
		}
		if reportNoun(d.lower(j)) {
			if d.isWord(j+1, "by") || d.isWord(j+1, "on") && j+2 < s.last && d.toks[j+2].capWord() {
				return -1 // "said in a report on Ostby television": the broadcaster's report
			}
			return j
		}
	}
	return -1
}

// reportNoun reports whether w is a document a body publishes its
// findings in, which a text later cites on its own: "according to the
// report", "the study said".
func reportNoun(w string) bool {
	switch w {
	case "report", "study", "survey", "analysis", "review", "paper", "assessment":
		return true
	}
	return false
}

// docSpeaker returns who spoke in the document the noun at h names again
// ("according to the report" after "the lobby group said in a report"),
// within the last 25 sentences (a report a lead names is cited all
// through the story), or -1.
func (d *doc) docSpeaker(h int) int {
	head := d.lower(h)
	if !reportNoun(head) {
		return -1
	}
	from := d.sents[max(int(d.sentOf[h])-25, 0)].first
	for i := len(d.docSays) - 1; i >= 0; i-- {
		ds := d.docSays[i]
		if ds.noun >= h {
			continue
		}
		if ds.noun < from {
			break
		}
		if d.newDocBetween(head, ds.noun, h) {
			break // another one named since: "A second study, run by students"
		}
		if d.lower(ds.noun) == head || reportNoun(d.lower(ds.noun)) && d.sentOf[h]-d.sentOf[ds.noun] <= 2 {
			// "The study by the agency found ... The survey found": a
			// study named just before, whatever the word for it.
			return ds.ent
		}
	}
	return d.docAuthor(h, from)
}

// newDocBetween reports whether another document of the kind w is
// introduced, outside quotation marks, between the tokens lo and hi: "a
// second study", "another report". "The report" names the same one again.
func (d *doc) newDocBetween(w string, lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if !d.toks[k].lowerWord() || d.toks[k].inQuote() || d.lower(k) != w {
			continue
		}
		for j := k - 1; j >= max(k-3, lo+1); j-- {
			if d.isWord(j, "a") || d.isWord(j, "an") || d.isWord(j, "another") {
				return true
			}
		}
	}
	return false
}

// docAuthor returns the author of the document the noun at h names
// again, from its latest mention since token from with its author: "a
// 1998 report from the Harbour Safety Board", "a study by the Orrin
// Institute". The latest mention decides: one with no author, or a
// person's or a paper's, leaves the noun nobody's. ("The institute
// published its report" is left out: taken as the author too, it cost
// the Wikinews held-out set an attribution.)
func (d *doc) docAuthor(h, from int) int {
	head := d.lower(h)
	for k := h - 1; k >= from; k-- {
		if d.lower(k) != head || !d.toks[k].lowerWord() && !d.ownedDocTitle(k) || d.toks[k].inQuote() {
			continue
		}
		s := d.sents[d.sentOf[k]]
		e := -1
		by := d.docByAt(k, s)
		if by >= 0 && by+1 < s.last && d.docCitedAt(k, s) {
			for j := by + 1; j <= by+2 && j < s.last; j++ {
				if ci := d.chunkAt[j]; ci >= 0 && d.chunks[ci].ent >= 0 {
					e = d.chunks[ci].ent
					break
				}
			}
			if e < 0 {
				e = d.describedAuthor(by+1, s)
			}
		} else if by < 0 && d.docCitedAt(k, s) {
			e = d.docAuthorBefore(k, s)
		} else if by < 0 && !d.toks[k].lowerWord() {
			e = d.titledDocSpeaker(k, s)
		}
		if e < 0 && d.docNamedAgain(k) {
			continue // "As the report states: ...": the one named before, whose author is further back
		}
		if e < 0 || d.ents[e].personish() || d.ents[e].placeish() || d.reportsAsOutlet(e) {
			return -1 // a reporter's or a paper's report is no body's finding
		}
		return e
	}
	return -1
}

// ownedDocTitle reports whether the document word at k, in capitals,
// ends the title of a document named after its owner's possessive: "its
// World Report 2020", "their Annual Review". "The report" after it is
// that document again.
func (d *doc) ownedDocTitle(k int) bool {
	if !d.toks[k].capWord() || d.toks[k].is(fSentStart) {
		return false
	}
	j := k - 1
	for j > 0 && j >= k-4 && (d.toks[j].capWord() || d.toks[j].lowerWord() && d.toks[j].cv == 0) && !d.toks[j].has(lxDet|lxPrep|lxFunc|lxAux|lxVerb|lxPronoun) {
		j-- // "its annual World Report"
	}
	return j >= 0 && d.toks[j].lowerWord() && possessivePronoun(d.lower(j))
}

// titledDocSpeaker returns the owner of the titled document at k: the
// speaker of the cue whose words it carries ("Tarvik Watch on Tuesday in
// its World Report said that ..."), or the body that opens the sentence
// and publishes it ("Tarvik Watch has released its annual World
// Report"); or -1.
func (d *doc) titledDocSpeaker(k int, s sentence) int {
	for i := range d.cues {
		c := &d.cues[i]
		if c.verb >= s.first && c.verb < s.last && c.found && !c.skip && c.ent >= 0 && c.subjFirst < k && c.subjFirst >= s.first &&
			(c.verb > k || c.after > k) && d.ents[c.ent].orgish() && !d.ents[c.ent].outlet {
			return c.ent
		}
	}
	// "Tarvik Watch has released its annual World Report": the body
	// opening the sentence publishes its own titled document.
	j := k - 1
	for j > s.first && !d.toks[j].lowerWord() {
		j--
	}
	for j > s.first && d.toks[j].lowerWord() && !possessivePronoun(d.lower(j)) && j >= k-5 {
		j-- // "its annual World Report"
	}
	if !possessivePronoun(d.lower(j)) || j-1 <= s.first || !d.toks[j-1].lowerWord() || !publishVerb(d.lower(j-1)) {
		return -1
	}
	ci := d.chunkAt[s.first]
	if ci < 0 && d.isWord(s.first, "the") {
		ci = d.chunkAt[s.first+1]
	}
	if ci < 0 || d.chunks[ci].ent < 0 {
		return -1
	}
	if e := d.chunks[ci].ent; d.ents[e].orgish() && !d.ents[e].outlet && !d.ents[e].placeish() && d.subjectReachesVerb(d.chunks[ci].last+1, j-1) {
		return e
	}
	return -1
}

// publishVerb reports whether w is a past form of publishing a document.
func publishVerb(w string) bool {
	switch w {
	case "released", "published", "issued", "launched", "unveiled":
		return true
	}
	return false
}

// subjectReachesVerb reports whether the tokens from k up to the verb at
// v hold only an acronym in brackets, an auxiliary and adverbs: "Tarvik
// Watch (TW) has released".
func (d *doc) subjectReachesVerb(k, v int) bool {
	for ; k < v; k++ {
		t := &d.toks[k]
		if d.punct(k, "(") || d.punct(k, ")") || t.is(fAllCaps) || t.lowerWord() && t.has(lxAux|lxAdverb) && !d.isWord(k, "to") {
			continue
		}
		return false
	}
	return true
}

// docNamedAgain reports whether the document noun at k follows "the"
// (perhaps with a word between, "the new report"): a document named
// before, not a new one.
func (d *doc) docNamedAgain(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if d.toks[j].kind != tkWord {
			return false
		}
		if d.toks[j].has(lxDet) {
			return d.lower(j) == "the"
		}
	}
	return false
}

// describedAuthor returns the body named after a short description at
// k, the author a "by" brings in: "a report by the conservation group
// Wildkeep", "a study by the think tank Morrow Institute"; or -1. The
// description is "the" and up to three lower-case words, none a
// preposition, so "a report by the panel on Tarvik's ports" names no
// author.
func (d *doc) describedAuthor(k int, s sentence) int {
	if !d.isWord(k, "the") {
		return -1
	}
	for j := k + 1; j < s.last && j <= k+4; j++ {
		t := &d.toks[j]
		if ci := d.chunkAt[j]; ci >= 0 {
			if e := d.chunks[ci].ent; j > k+1 && e >= 0 && d.chunks[ci].first == j && d.ents[e].orgish() && !d.ents[e].outlet {
				return e
			}
			return -1
		}
		if !t.lowerWord() || t.has(lxPrep|lxDet|lxFunc|lxAux) || t.cv != 0 {
			return -1 // "think" of "the think tank" is a verb's form too
		}
	}
	return -1
}

// docByAt returns the "by" or "from" that names the author of the
// document noun at k: right after it ("a study by the Orrin Institute"),
// or after a participle of publishing and perhaps a time ("a report
// released on Monday by the Harlow Centre"); or -1.
func (d *doc) docByAt(k int, s sentence) int {
	j := k + 1
	if j < s.last && d.toks[j].lowerWord() {
		switch d.lower(j) {
		case "released", "published", "issued", "produced", "compiled":
			j = d.skipPublishedTime(j+1, s.last)
		}
	}
	if j < s.last && (d.isWord(j, "by") || d.isWord(j, "from")) && d.toks[j].lowerWord() {
		return j
	}
	return -1
}

// docAuthorBefore returns the body named between the article and the
// document noun at k, its author: "A 2021 Brennick Analytics report",
// "the Tarvane Housing Council survey"; or -1. Only a body's name counts
// (orgish: never a person or a paper); a place that reads as a body is
// left to docAuthor's checks.
func (d *doc) docAuthorBefore(k int, s sentence) int {
	for j := k - 1; j > s.first && j >= k-5; j-- {
		if d.toks[j].has(lxDet) {
			return -1
		}
		if ci := d.chunkAt[j]; ci >= 0 && d.chunks[ci].ent >= 0 && d.chunks[ci].last <= k && d.ents[d.chunks[ci].ent].orgish() {
			return d.chunks[ci].ent
		}
	}
	return -1
}

// docCitedAt reports whether the document noun at k is cited as a source
// where it is named: "according to a 1998 report from ...", or the subject
// opening its sentence ("A study by the Orrin Institute found"). A report
// someone read or wrote about is not yet the author's word on anything.
func (d *doc) docCitedAt(k int, s sentence) bool {
	p := k - 1
	if ci := d.chunkAt[p]; ci >= 0 && d.chunks[ci].last == k && d.chunks[ci].ent >= 0 && d.chunks[ci].first > s.first {
		p = d.chunks[ci].first - 1 // "a 2021 Tarvane Housing Council report": its author's name
	}
	for n := 0; p > s.first && n < 3 && !d.toks[p].has(lxDet); n++ {
		p-- // "a 1998 report", "a new annual study"
	}
	if !d.toks[p].has(lxDet) {
		return false
	}
	// "But a new report released by ... calls that into question": a
	// conjunction may open the sentence before the subject.
	conj := p == s.first+1 && d.toks[s.first].capWord() && (d.isWord(s.first, "but") || d.isWord(s.first, "and") || d.isWord(s.first, "yet"))
	return p == s.first || conj || d.isWord(p-1, "to") && d.isWord(p-2, "according")
}

// authoredDocSubject returns the report noun opening cue c's subject
// when the subject names its author, "The study by the Backer agency
// found", "A survey by Harmon Vell showed"; or -1.
func (d *doc) authoredDocSubject(c *cue) int {
	k := c.subjFirst
	if k < 0 || k >= c.verb {
		return -1
	}
	by := func(j int) bool { return (d.isWord(j, "by") || d.isWord(j, "from")) && d.toks[j].lowerWord() }
	if n := k; d.toks[n].has(lxDet) && n+2 < c.verb && reportNoun(d.lower(n+1)) && by(n+2) {
		return n + 1 // the subject read from its article: "The report from the council"
	}
	if n := k - 2; n >= 0 && by(k-1) && d.toks[n].lowerWord() && reportNoun(d.lower(n)) {
		return n // the subject read as the author: "The study by | the agency"
	}
	return -1
}

// conjunctionBefore reports whether quotation qi is its sentence but for
// the conjunction opening it: "“...,” said Varga. But “it offers a
// starting point.”" goes on in the speaker's words.
func (d *doc) conjunctionBefore(qi int, s sentence) bool {
	q := &d.quotes[qi]
	if q.open != s.first+1 || q.close <= 0 || !d.toks[s.first].capWord() {
		return false
	}
	switch d.lower(s.first) {
	case "but", "and", "yet":
	default:
		return false
	}
	for k := q.close + 1; k < s.last; k++ {
		if d.toks[k].kind != tkPunct {
			return false
		}
	}
	return true
}

// introSubordinator reports whether token k opens a sentence with a
// subordinator that a participle may follow without its subject: "When
// asked about ...", "While speaking to ...", "After meeting ...".
func (d *doc) introSubordinator(k int) bool {
	if !d.toks[k].capWord() {
		return false
	}
	switch d.lower(k) {
	case "when", "while", "after", "before", "once", "if", "whilst", "upon", "on":
		return true
	}
	return false
}

// bookNouns are the books whose words are their author's: a biography
// quoted is its biographer speaking.
var bookNouns = map[string]bool{
	"biography": true, "book": true, "memoir": true, "memoirs": true, "autobiography": true,
}

// bookAuthor returns the person who wrote the book that the speaker
// phrase [a, v) names as "the biography" (or "the book", "the memoir"),
// when a sentence before names its writer: "Ana Lund wrote a biography
// of the inventor", "Lund's biography", "a biography by Ana Lund"; or
// -1.
func (d *doc) bookAuthor(a, v int) int {
	noun := -1
	for k := a; k < v && k < a+4; k++ {
		if d.toks[k].lowerWord() && bookNouns[d.lower(k)] {
			noun = k
			break
		}
	}
	if noun < 0 || noun == a || !(d.isWord(noun-1, "the") || d.isWord(noun-1, "his") || d.isWord(noun-1, "her")) {
		return -1
	}
	person := func(end int) int { // the person whose name ends at token end
		if end < 0 || d.chunkAt[end] < 0 || d.chunks[d.chunkAt[end]].last != end+1 {
			return -1
		}
		if e := d.chunks[d.chunkAt[end]].ent; e >= 0 && d.ents[e].personish() {
			return e
		}
		return -1
	}
	for j := a - 1; j >= d.windowStart(a); j-- {
		if !d.toks[j].lowerWord() || d.lower(j) != d.lower(noun) || d.toks[j].inQuote() {
			continue
		}
		if d.isWord(j+1, "by") {
			if e := person(d.npForward(j+2, min(j+8, len(d.toks))) - 1); e >= 0 {
				return e
			}
		}
		if j >= 2 && d.toks[j-1].kind == tkPoss {
			if e := person(j - 2); e >= 0 {
				return e
			}
		}
		w := j - 1
		if w >= 0 && d.toks[w].lowerWord() && d.toks[w].has(lxDet) {
			w--
		}
		if w >= 1 && d.toks[w].lowerWord() && writingVerb(d.lower(w)) {
			if e := person(w - 1); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// writingVerb reports whether w, folded, says someone wrote a book.
func writingVerb(w string) bool {
	switch w {
	case "wrote", "writes", "published", "penned", "authored":
		return true
	}
	return false
}

// titledBookBefore returns where "the biography" starts when it and the
// book's title in quotation marks, set off by commas, come right before
// the verb at v: "“...,” the biography, “A Quiet Genius,” concludes",
// and the title's quotation; or -1.
func (d *doc) titledBookBefore(v int, s sentence) (int, int) {
	k := v - 1
	if k <= s.first || d.toks[k].kind != tkQuote || !d.toks[k].is(fCloseMark) {
		return -1, -1
	}
	q := d.markQuote(k)
	if q < 0 {
		return -1, -1
	}
	k = d.quotes[q].open - 1
	if !d.punct(k, ",") {
		return -1, -1
	}
	k--
	if k-1 < s.first || !d.toks[k].lowerWord() || !bookNouns[d.lower(k)] {
		return -1, -1
	}
	return k - 1, q
}

// roleJoinedBefore returns where the speaker phrase starting at token a
// really starts when a role joined by "and" comes before it: "former club
// engineer and app inventor Tomas Brenn" is one person with two roles,
// not two speakers; the phrase runs back to the quotation, comma or
// sentence start before the first role.
func (d *doc) roleJoinedBefore(a int, s sentence) int {
	and := a - 1
	if and-1 <= s.first || !d.isWord(and, "and") || !d.toks[and].lowerWord() || !d.toks[and-1].lowerWord() || !d.toks[and-1].has(lxRole) {
		return a
	}
	k := and - 1
	for k > s.first && k > and-6 {
		t := &d.toks[k-1]
		if t.kind == tkQuote || d.punct(k-1, ",") {
			break
		}
		if t.kind != tkWord || t.cv != 0 || t.has(lxAux|lxVerb|lxPrep) && t.lowerWord() {
			return a
		}
		k--
	}
	if k > s.first && !(d.toks[k-1].kind == tkQuote || d.punct(k-1, ",")) || d.toks[k].has(lxDet) {
		return a // "the mayor and council member Tomas Brenn": two people
	}
	return k
}

// partOfWord reports whether w, folded, picks some of a group before
// "of": "one of the managers", "some of the residents".
func partOfWord(w string) bool {
	switch w {
	case "one", "two", "three", "some", "many", "several", "most", "each", "both", "few", "none", "all":
		return true
	}
	return false
}

// twoBodies reports whether e's name is two bodies' joined by "and", the
// second named with an organisation's word: "Tarvik Reserve and Trade
// Department". A body's own name may hold "and" after "of" ("Department
// of Health and Human Services") or join two single words ("Procter and
// Gamble").
func twoBodies(e *entity) bool {
	for k, w := range e.words {
		if w == "of" {
			return false
		}
		if w == "and" && k > 0 && len(e.words)-k-1 >= 2 {
			if f := lex.lookup(e.words[0]); k == 1 && (f == 0 || f&lxPlace != 0) {
				// "Brighton and Hove City Council", "Trinidad and Tobago
				// Police Service": two places, one body of both; a lone
				// word the lexicon knows ("Treasury", "Labor") may be a
				// body of its own.
				return false
			}
			for _, x := range e.words[k+1:] {
				if lex.lookup(x)&lxOrgCue != 0 {
					return true
				}
			}
		}
	}
	return false
}

// bothOpens reports whether "both" opens cue c's joined subject ("Both the
// school district and the police have asserted"): each of the two named
// makes the claim, where "X and Y said" is one report of the two, no
// one's alone.
func (d *doc) bothOpens(c *cue) bool {
	return c.subjFirst >= 0 && (d.isWord(c.subjFirst, "both") || c.subjFirst > 0 && d.isWord(c.subjFirst-1, "both"))
}

// asWellAsSubject reports whether cue c's subject has others joined to it
// by an aside opening with "as well as" ("Ivo Dask, as well as the
// council, said"): one report of them all, as "X and Y said" is. Not
// "Dask, as well as being a lawyer, said", nor an aside after the cue.
func (d *doc) asWellAsSubject(c *cue, s sentence) bool {
	if c.ent < 0 || c.inverted {
		return false
	}
	st := d.clauseStart(s)
	for k := st + 1; k+3 < c.verb; k++ {
		if !d.punct(k-1, ",") || !d.isWord(k, "as") || !d.toks[k].lowerWord() || !d.isWord(k+1, "well") || !d.isWord(k+2, "as") || d.endsWith(k+3, "ing") {
			continue
		}
		for j := st; j < k-1; j++ {
			if t := &d.toks[j]; t.kind == tkQuote || t.inQuote() || t.cv != 0 || t.lowerWord() && t.has(lxAux|lxVerb) {
				return false // a clause of its own before the aside
			}
		}
		return true
	}
	return false
}

// sourceCalledOutlet reports whether the source named from k, after
// "according to", is set off by a comma and then called a news outlet:
// "Fennick's Fund Report, a newsletter that tracks the funds". The
// appositive says what the name is, whoever's name it carries.
func (d *doc) sourceCalledOutlet(k int, s sentence) bool {
	for j := k; j < s.last && j < k+8; j++ {
		if d.toks[j].inQuote() {
			return false
		}
		if !d.punct(j, ",") {
			continue
		}
		if !(d.isWord(j+1, "a") || d.isWord(j+1, "an") || d.isWord(j+1, "the")) || !d.toks[j+1].lowerWord() {
			return false
		}
		for n := j + 2; n < s.last && n <= j+4; n++ {
			if !d.toks[n].lowerWord() {
				return false
			}
			if w := d.lower(n); outletNoun(w) || w == "newsletter" {
				return true
			}
		}
		return false
	}
	return false
}

// contrastDescribed reports whether cue c's subject is a description
// opening a clause that "but", "while" or "whereas" sets against the
// report of cue prev, in the same sentence, and was resolved to prev's
// speaker: "Ada Brinvik says ... but her rival says ...".
func (d *doc) contrastDescribed(c, prev *cue, s sentence) bool {
	if prev == nil || prev.ent != c.ent || prev.verb >= c.verb || prev.verb < s.first || c.subjFirst-1 < s.first || prev.inverted {
		return false
	}
	if prev.subjFirst < s.first || d.chunkAt[prev.subjFirst] < 0 {
		return false // "The partner asked ..., but the commissioner stated": the first speaker is described too
	}
	k := c.subjFirst - 1
	if !d.toks[k].lowerWord() || !(d.isWord(k, "but") || d.isWord(k, "while") || d.isWord(k, "whereas")) {
		return false
	}
	return d.descriptionOpensAt(c.subjFirst) && d.chunkAt[c.verb-1] < 0
}

// reportingFor reports whether the source that "according to" cue c
// names is a correspondent, set off as "reporting for" an outlet or
// "reporting from" a place: "according to Ivo Brenn, reporting for Radio
// Kessel from Tarvik". Not "a minister reporting to parliament".
func (d *doc) reportingFor(c *cue) bool {
	for k := c.verb; k < len(d.toks) && k <= c.verb+4; k++ {
		ci := d.chunkAt[k]
		if ci < 0 || d.chunks[ci].ent != c.ent {
			continue
		}
		j := int(d.chunks[ci].last)
		return j+2 < len(d.toks) && d.punct(j, ",") && d.isWord(j+1, "reporting") && d.toks[j+1].lowerWord() &&
			(d.isWord(j+2, "for") || d.isWord(j+2, "from"))
	}
	return false
}

// representedBefore returns the entity and first token of the person or
// body named just before ", represented by" when the subject at token f
// follows it ("Mr. Wale Ojo, represented by Mr. Paul Eze said"); or -1, -1.
func (d *doc) representedBefore(f int, s sentence) (int, int) {
	if f-4 < s.first || !d.isWord(f-1, "by") || !d.isWord(f-2, "represented") || !d.toks[f-2].lowerWord() || !d.punct(f-3, ",") {
		return -1, -1
	}
	ci := d.chunkAt[f-4]
	if ci < 0 || int(d.chunks[ci].last) != f-3 {
		return -1, -1
	}
	e := d.chunks[ci].ent
	if e < 0 || !d.ents[e].personish() && !d.ents[e].orgish() {
		return -1, -1
	}
	return e, int(d.chunks[ci].first)
}

// reporterNamed reports whether cue c, "according to", credits a news
// reporter by the word before the name: "according to Radio Kesh
// reporter Mila Duran", "according to kzBB correspondent Mila Duran".
// The reporter files the outlet's report, no words of her own.
func (d *doc) reporterNamed(c *cue) bool {
	for k := c.verb; k < len(d.toks) && k <= c.verb+6; k++ {
		ci := d.chunkAt[k]
		if ci < 0 || d.chunks[ci].ent != c.ent {
			continue
		}
		f := int(d.chunks[ci].first)
		return f > c.verb+1 && d.toks[f-1].lowerWord() && (d.isWord(f-1, "reporter") || d.isWord(f-1, "correspondent"))
	}
	return false
}

// closingRelativeCue returns the comma before the relative pronoun that
// cue c's subject is, when that relative clause is set off at the end of
// another cue's reported clause cp and runs to its end: ", which said",
// ", which on Sunday said", ", who told reporters". A relative set off
// inside the clause ("said the firm, which had said ..., had cut jobs")
// is closed by a second comma, and the clause goes on after it: no
// aside at the end. It returns -1 otherwise.
func (d *doc) closingRelativeCue(c *cue, cp [2]int) int {
	if !c.found || c.inverted {
		return -1
	}
	r := c.verb - 1
	for r > cp[0] && r >= c.verb-4 && (d.toks[r].lowerWord() || d.toks[r].has(lxTime)) && !d.isWord(r, "which") && !d.isWord(r, "who") &&
		(d.toks[r].has(lxAdverb|lxAux|lxTime) || d.isWord(r, "on") || d.isWord(r, "last") || d.isWord(r, "this")) {
		r-- // "which on Sunday said", "who later told"
	}
	if r == c.subjFirst && r-3 > cp[0] && d.toks[r-1].lowerWord() && (d.isWord(r-1, "which") || d.isWord(r-1, "whom")) &&
		d.toks[r-2].lowerWord() && d.toks[r-2].has(lxPrep) && d.punct(r-3, ",") {
		r -= 2 // ", in which she stated that ...": the relative's own subject speaks
	}
	if r <= cp[0]+1 || !d.toks[r].lowerWord() || !(d.isWord(r, "which") || d.isWord(r, "who") || d.toks[r].has(lxPrep)) || !d.punct(r-1, ",") {
		return -1
	}
	if c.ent < 0 && !d.isWord(r, "who") {
		// "..., who say the plan is inhumane" after "a challenge by
		// campaigners": unnamed people close the report as a named
		// antecedent does, and speak for themselves, unattributed; any
		// other unnamed relative stays inside the clause.
		return -1
	}
	for j := c.verb + 1; j < cp[1]; j++ {
		if d.punct(j, ",") && !d.toks[j].inQuote() {
			return -1
		}
	}
	return r - 1
}

// outletReporterAsks reports whether cue c is a news outlet's reporter
// asking a question quoted just before ("“... What would you tell
// them?” WKLX's Ada Brinn asked."): the outlet, a known one or a
// broadcaster's call sign in capitals, owns the asker's name.
func (d *doc) outletReporterAsks(c *cue, s sentence) bool {
	if c.ent < 0 || c.lemma != "ask" || c.inverted || c.subjFirst <= s.first || c.subjFirst+2 >= c.verb {
		return false
	}
	if d.toks[c.subjFirst+1].kind != tkPoss {
		return false
	}
	owner := c.subjFirst
	ci := d.chunkAt[owner]
	if ci < 0 || d.chunks[ci].last != owner+1 || d.chunks[ci].ent == c.ent {
		return false
	}
	o := d.chunks[ci].ent
	callSign := d.chunks[ci].last-d.chunks[ci].first == 1 && d.toks[owner].is(fAllCaps) && len(d.str(owner)) == 4 && strings.ContainsAny(d.str(owner)[:1], "KW")
	if !callSign && (o < 0 || !d.ents[o].outlet) {
		return false
	}
	q := c.subjFirst - 1
	return d.toks[q].kind == tkQuote && q-1 >= s.first && d.punct(q-1, "?")
}

// outletsReporter reports whether the subject opening at f is a person
// named after a news outlet's possessive: "NPR's Merrit Kennedy",
// "Reuters' Mara Lind".
func (d *doc) outletsReporter(f int) bool {
	if f < 0 || f >= len(d.toks) {
		return false
	}
	if oi := d.chunkAt[f]; oi >= 0 && d.chunks[oi].first == f && d.chunks[oi].last+1 < len(d.toks) && d.toks[d.chunks[oi].last].kind == tkPoss {
		f = d.chunks[oi].last + 1 // the phrase opens with the outlet
	}
	if f < 2 || f >= len(d.toks) || d.toks[f-1].kind != tkPoss {
		return false
	}
	ci, oi := d.chunkAt[f], d.chunkAt[f-2]
	if ci < 0 || oi < 0 || d.chunks[oi].last != f-1 || d.chunks[ci].first != f {
		return false
	}
	e, o := d.chunks[ci].ent, d.chunks[oi].ent
	return e >= 0 && o >= 0 && d.ents[e].personish() && (d.ents[o].outlet || d.chunks[oi].outlet)
}

// jointDocWith reports whether cue c's words come in a joint document its
// subject issued with others, named before the cue in its sentence ("the
// Fishers' Federation issued a joint statement with its counterparts in
// the south calling for ..."): words of several bodies, no one's.
func (d *doc) jointDocWith(c *cue, s sentence) bool {
	if c.inverted {
		return false
	}
	end := c.verb - 2
	if c.class == cueIssue {
		end = min(c.verb+4, s.last-2) // "issued a joint statement with ..."
	}
	for k := s.first; k < end; k++ {
		if !d.isWord(k, "joint") || d.toks[k].inQuote() {
			continue
		}
		switch d.lower(k + 1) {
		case "statement", "letter", "declaration", "communique", "release", "submission":
		default:
			continue
		}
		for j := k + 2; j < s.last && j < k+6; j++ {
			if d.isWord(j, "with") && (j < c.verb || c.class == cueIssue) {
				return true
			}
		}
	}
	return false
}

// leadWriterCredit reports whether inverted cue c is a byline closing the
// story's first sentence: ", writes Ann Keel." with the plain name of a
// person after the present tense, the sentence the lead paragraph's first
// (the text's first, or the second under a headline or a "By" line) and
// holding no quotation. A writer described or placed ("writes economist
// Jane Dorr in her new book"), the past tense, or a later paragraph quotes
// a writer's words.
func (d *doc) leadWriterCredit(c *cue, s sentence) bool {
	v := c.verb
	if !d.isWord(v, "writes") || !d.toks[v].lowerWord() || v-1 <= s.first || !d.punct(v-1, ",") || v+1 >= s.last {
		return false
	}
	if s.para > 1 || s.para == 1 && !d.isWord(d.paraFirst[0], "by") && !d.titleLine(0) || s.first != d.paraFirst[s.para] {
		return false
	}
	ci := d.chunkAt[v+1]
	if ci < 0 || d.chunks[ci].first != v+1 || d.chunks[ci].ent != c.ent || !d.ents[c.ent].personish() {
		return false
	}
	end := d.chunks[ci].last // the token after the name
	if end != s.last-1 || !d.punct(end, ".") {
		return false
	}
	for k := s.first; k < s.last; k++ {
		if d.toks[k].inQuote() {
			return false
		}
	}
	return true
}

// invertedOutletCredit reports whether inverted cue c ("..., reported
// X.") ends its sentence on a news outlet's credit: a title with its
// capitalised "The" ("reported The Hindu") or a wire's acronym that has
// not spoken ("reported PTI"). A body reporting its own figures is
// written the other way round ("the ministry reported") or with a
// lower-case article ("reported the health ministry").
func (d *doc) invertedOutletCredit(c *cue) bool {
	en := &d.ents[c.ent]
	if en.personish() {
		return false
	}
	k := c.verb + 1
	ci := d.chunkAt[k]
	if d.titleThe(k, c.ent) {
		ci = d.chunkAt[k+1]
	}
	if ci < 0 || d.chunks[ci].ent != c.ent {
		return false
	}
	end := int(d.chunks[ci].last) // the token after the name
	if end >= len(d.toks) || !d.punct(end, ".") {
		return false // the credit closes the sentence
	}
	if d.titleThe(k, c.ent) {
		return true
	}
	n := len(en.name)
	return len(en.words) == 1 && n >= 2 && n <= 5 && strings.ToUpper(en.name) == en.name && en.spoke < 0
}
