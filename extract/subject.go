package extract

import (
	"slices"
	"strings"
)

// findSubject finds who cue c names as the speaker: the phrase before the
// verb ("Ostrem said", "Dmitry Peskov, Putin’s spokesperson, noted"), after
// it ("said Rask"), or the subject of a verb it is coordinated with ("...
// welcomed the ban but said").
func (d *doc) findSubject(c *cue, s sentence, prev *cue) {
	v := c.verb
	if d.passive(v, s.first) && d.expletive(v, s) && !d.isWord(v, "told") {
		if e, that := d.expletiveAgent(v, s); e >= 0 {
			// "It was confirmed by the port authority on Monday that
			// ...": the agent speaks, as in any passive.
			c.found, c.inverted, c.ent, c.after = true, true, e, that
			return
		}
	}
	if d.passive(v, s.first) && d.expletive(v, s) || d.isWord(v, "told") && d.toldUs(v, s) || d.passiveHearerThat(v, s) {
		c.found, c.subjFirst = true, v // "It was reported ...", "We're told ...": nobody
		return
	}
	if d.tryInverted(c, s) {
		return
	}
	if d.passive(v, s.first) {
		// "The result was described by Renner as “a historic mandate”":
		// the agent speaks.
		if end := d.byAgent(v, s); end >= 0 {
			c.found, c.inverted = true, true
			c.ent = d.chunks[d.chunkAt[end-1]].ent
			if !d.isWord(v+1, "as") && !(v+1 < s.last && d.toks[v+1].kind == tkQuote) {
				c.after = end // not "was described as “...” by Renner": what was said comes first
			}
			return
		}
	}
	if d.passive(v, s.first) {
		if t := d.roleAgentThat(v, s); t >= 0 {
			// "was reportedly warned by his campaign manager that ...":
			// someone unnamed, by role, speaks; the clause follows.
			c.found, c.inverted, c.after, c.receiver = true, true, t, false
			c.ent = -1 // unnamed here; "his manager" is not he
			return
		}
	}
	i := d.skipBackAdverbials(v-1, s.first)
	if f := d.describedNewcomer(i, s); f >= 0 {
		// "The man suspected of killing him told police", "The woman who
		// attacked him said": someone the story has not named, whom the
		// modifier picks out; not the man named before, nor "him".
		c.found, c.subjFirst = true, f
		return
	}
	if n := i - 1; !d.endsWith(v, "ing") && n >= s.first && (d.punct(i, "%") || d.isWord(i, "percent")) && d.toks[n].kind == tkNum &&
		(n == s.first || !d.toks[n-1].has(lxPrep) && d.toks[n-1].kind != tkNum && !d.toks[n-1].has(lxAux|lxVerb)) {
		// "And 8% said export orders were down": a share of those polled
		// speaks, no one named; not "prices rose by 8%".
		c.found, c.subjFirst = true, n
		return
	}
	if d.perfectParticipleAfterComma(v, s) {
		// "Brenn had pushed for a new deal, having repeatedly called the
		// pact a “disaster”": the perfect participle is the clause's
		// subject's, as "calling" would be.
		d.sameSubject(c, s, prev)
		return
	}
	if f, e := d.whileCallingSubject(i, v, s, prev); e >= 0 {
		// "Ivo Brenn while calling the vote “a farce” said “...”": the
		// participle's aside ends in marks, and its subject says both.
		c.found, c.subjFirst, c.ent = true, f, e
		return
	}
	if f, e := d.whileParticipleSubject(v, s); f >= 0 {
		// "Dele Okon while handing over the letter to Femi Adaka, a
		// striker, explained that ...": the name before the aside, not
		// the participle's object, says it.
		c.found, c.subjFirst, c.ent = true, f, e
		return
	}
	ing := d.endsWith(v, "ing")
	if ing && prev != nil && prev.class == cueIssue && prev.found {
		// "Trump issued a statement at his golf club outside Washington,
		// D.C. saying": the statement's issuer speaks.
		d.sameSubject(c, s, prev)
		return
	}
	if ing && prev == nil && d.sentDocBefore(v, s) {
		// "Kellgren sent a memo to staff on Monday saying ...": the
		// sender speaks through the memo, as an issuer through a
		// statement.
		d.sameSubject(c, s, nil)
		return
	}
	if ing && prev != nil && prev.lemma == "write" && prev.found && d.wroteTo(v-1, s) {
		// "Brenn wrote to the embassy in London asking to waive her
		// immunity": the writer asks, not the addressee.
		d.sameSubject(c, s, prev)
		return
	}
	if ing && d.opponentBefore(v, s) {
		// "It then sued the Tarven Co. claiming that the microphone
		// infringed its patent": the one who sues claims, not the one
		// sued, though no comma parts them.
		d.sameSubject(c, s, prev)
		return
	}
	if ing && namingGerund(d.lower(v)) && d.isWord(v-1, "for") {
		if a := d.blameObjectBefore(v-1, s); a >= 0 {
			// "Ada Brinvik praised Ivo Brant for calling the plan “a
			// disgrace”": the one praised called it that.
			c.found, c.subjFirst = true, a
			c.ent = d.resolveNP(a, v-1, v)
			return
		}
	}
	if ing && d.sentToBefore(v, s) {
		// "a brief sent to the Supreme Court asking it to reconsider":
		// the court is asked, not asking; the sender is not named here.
		c.found, c.subjFirst = true, v
		return
	}
	if ing && d.movedToBefore(v, s) {
		// "Hundreds of vendors marched to the Tarvik City Hall urging
		// the mayor to drop the plans": the place they went to asks
		// nothing; those who went there do.
		d.sameSubject(c, s, prev)
		return
	}
	if first, end := d.withParticipleSubject(v, s); ing && first >= 0 {
		// "The talks ended, with Ivo Tamm, the union's head, warning that
		// ...": the one after "with" says it, not the sentence's subject.
		c.found, c.subjFirst, c.ent = true, first, d.resolveNP(first, end, v)
		return
	}
	if np := d.citedAs(i, s); ing && np >= 0 {
		// "The paper cited Ivo Tamm, the agency's chief, as saying ..."
		if end := d.npForward(np, i); end > np {
			c.found, c.subjFirst, c.ent = true, np, d.resolveNP(np, end, v)
			return
		}
	}
	if d.isWord(i, "as") && (d.isWord(i-1, "quoted") || (d.isWord(i-1, "reported") || d.isWord(i-1, "cited")) && d.passive(i-1, s.first)) {
		i = d.skipBackAdverbials(i-2, s.first) // "was quoted as saying", "was reported (cited) as saying"
		ing = false
	} else if d.isWord(i, "as") && i-1 > s.first && d.chunkAt[i-1] >= 0 {
		ci := d.chunkAt[i-1]
		switch f := d.chunks[ci].first; {
		case d.isWord(f-1, "quoted") && d.chunks[ci].ent >= 0:
			// "The Kelmar Gazette quoted Ada Lowe as saying": the one quoted.
			c.found, c.subjFirst, c.ent = true, f, d.chunks[ci].ent
			return
		case d.isWord(f-1, "by") && d.isWord(f-2, "quoted"):
			i = d.skipBackAdverbials(f-3, s.first) // "Lowe was quoted by the Gazette as saying"
			ing = false
		case d.isWord(f-1, "the") && d.isWord(f-2, "by") && d.isWord(f-3, "quoted"):
			i = d.skipBackAdverbials(f-4, s.first)
			ing = false
		}
	}
	if ing && d.isWord(i, "as") {
		if b := d.quotedByBefore(i, s); b >= 0 {
			// "Huang was quoted by the state news service as saying":
			// the agent is no name chunk, the one quoted speaks.
			i = d.skipBackAdverbials(b-2, s.first)
			ing = false
		}
	}
	if e := d.perceivedSpeaker(v, s); ing && e >= 0 {
		i = d.skipBackAdverbials(e, s.first) // "Varga was filmed saying", "could be heard telling"
		ing = false
	}
	hearsay := d.isWord(i-1, "said") || d.isWord(i-1, "understood") || d.isWord(i-1, "thought")
	if d.isWord(i, "to") && d.isWord(i+1, "have") && i-2 >= s.first && d.toks[i-1].lowerWord() && (d.participle(i-1) || hearsay) && d.passive(i-1, s.first) {
		i = d.skipBackAdverbials(i-2, s.first) // "Varga is reported (said, understood) to have said": Varga spoke
	}
	if d.isWord(i, "to") && d.isWord(i-1, "on") && i-2 >= s.first && wentOn[d.lower(i-2)] {
		i = d.skipBackAdverbials(i-3, s.first) // "Olsen went on to say"
	}
	if e := d.eagerBefore(i, s); d.isWord(i, "to") && e >= 0 {
		i = d.skipBackAdverbials(e, s.first) // "Olsen was quick to point out"
	}
	if d.isWord(i, "to") && i-1 >= s.first && continueForms[d.lower(i-1)] {
		i = d.skipBackAdverbials(i-2, s.first) // "Olsen continued to insist"
	}
	if d.isWord(i, "to") && i-1 >= s.first && likeForms[d.lower(i-1)] {
		i = d.skipBackAdverbials(i-2, s.first) // "as Marta Quell likes to say"
	}
	if end := d.chainedCueSubject(c.verb, s); end >= 0 {
		i = end // "“...,” Tomas Brenn began to reply"
	}
	if d.isWord(i, "to") && purposeSay[d.lower(c.verb)] {
		if p := d.sayPurposeOf(i, s); p >= 0 {
			if ci := d.sayCausee(p, i); ci >= 0 {
				// "The pressure led Pelosi to announce": the one led.
				c.found, c.subjFirst, c.ent = true, d.chunks[ci].first, d.chunks[ci].ent
				return
			}
			i = d.skipBackAdverbials(p-1, s.first) // "Quill took to Twitter to say"
		}
	}
	// The verb's ending first: asked of every cue, it spares most of
	// them the two lookups.
	if i >= s.first && d.endsWith(c.verb, "ing") && (keepForms[d.lower(i)] || startForms[d.lower(i)]) {
		i = d.skipBackAdverbials(i-1, s.first) // "Olsen keeps saying", "Olsen started saying"
	}
	// Asides between the subject and the verb: "The World Health
	// Organisation (WHO) recommends", "Tobiah Ngata - who has worked on
	// the dam for 22 years - told reporters".
	if q, aside := d.quotedInSubject(i, s); q >= 0 {
		if aside {
			// "Tom Pell, who took the video and called it “the best
			// day of my life,” said he ...": the aside ends inside the
			// marks, and the name before it speaks.
			d.subjectThroughAppositives(c, s, v)
			if c.found {
				return
			}
		} else {
			i = d.quotes[q].open - 1 // "Sources “familiar with the talks” said that ...": the noun before the phrase
		}
	}
	i = d.beforeQuotedBody(d.skipAside(i, s.first), s.first)
	i = d.skipTitleBack(i, s)
	i = d.skipBareModifier(i, s.first)
	if ing && d.openingParticiple(c, s) {
		// "Saying the dam was safe, Ivo Tamm reopened the road", "In
		// finding the law void, the court ...": the participle opening
		// the sentence is its subject's.
		d.sameSubject(c, s, nil)
		return
	}
	if i < s.first {
		return
	}
	if i-1 >= s.first && i < v-1 && d.toks[i].lowerWord() && d.participle(i) && !d.toks[i].has(lxAux) {
		// "Figures released on Tuesday showed ...", "a report published
		// last week found ...": the document the participle describes
		// is the subject, and nobody's.
		if h := d.npBack(i-1, s.first); h >= 0 && d.isThing(h, i) {
			c.found, c.subjFirst, c.thing, c.docHead = true, h, true, true
			return
		}
	}
	t := &d.toks[i]
	switch {
	case t.lowerWord() && (d.isWord(i, "and") || d.isWord(i, "but") || d.isWord(i, "or") ||
		d.isWord(i, "while") || d.isWord(i, "whilst") || d.isWord(i, "before") || d.isWord(i, "after") ||
		d.isWord(i, "then") || d.isWord(i, "when") || d.isWord(i, "by")):
		d.sameSubject(c, s, prev)
		return
	case ing && d.punct(i, ","):
		d.sameSubject(c, s, prev)
		return
	case ing && d.sayingQuotation(v, i, s):
		// "He dodged the question for a second time saying “...”": no
		// comma, but the clause's subject's words all the same.
		d.sameSubject(c, s, prev)
		return
	case ing && (d.refusalBefore(i) || d.departureBefore(i)):
		// "Ostrem refused to answer saying he would reply in writing":
		// no comma, the one who refused gives his reason.
		d.sameSubject(c, s, prev)
		return
	case d.punct(i, ",") && i+1 < v && d.isWord(i+1, "then") && d.toks[i+1].lowerWord():
		// "Varga criticised the plan, then added that ...": the verb
		// after ", then" shares the clause's subject, as after "and then".
		d.sameSubject(c, s, prev)
		return
	case t.lowerWord() && d.noticeThatRequests(i, c, s) && d.npBack(i-1, s.first) < 0:
		// "a travel warning that urges visitors to": a notice named by a
		// speech noun, which no noun phrase reads back over; nobody's.
		c.found, c.subjFirst = true, i-1
		return
	case t.lowerWord() && (d.isWord(i, "who") || d.isWord(i, "which") || d.issuedDocThat(i, s) || d.docThatRelative(i, s) || d.noticeThatRequests(i, c, s)):
		// "a statement that said": "that" opens the relative clause as
		// "which" does, after a document.
		k := i - 1
		if e, f := d.describedBeforeWho(i, s); e >= 0 && d.isWord(i, "who") && d.punct(k, ",") {
			// "said Ms. Harlow, 78, the pastor's wife, who said": the
			// description is hers, and so is the relative's cue.
			c.found, c.subjFirst, c.ent = true, f, e
			return
		}
		if d.punct(k, ",") {
			if e, f := d.issuerBeforeComma(k, s); e >= 0 && d.isWord(i, "which") {
				// "Rotunno later issued a statement regarding the
				// verdict, which read": the statement's issuer speaks.
				c.found, c.subjFirst, c.ent = true, f, e
				return
			}
			d.subjectThroughAppositives(c, s, k)
			return
		}
		if d.isDash(k) && k-1 >= s.first {
			// "That commercial -- which said ... -- changed": the phrase
			// before the dash is the relative's antecedent.
			if start := d.npBack(k-1, s.first); start >= 0 {
				c.found, c.subjFirst, c.ent = true, start, d.resolveNP(start, k, v)
			}
			return
		}
		if d.punct(k, ")") && d.isWord(i, "who") {
			// "Lars Brenn (Green Party) who suggested": a party or a
			// place in brackets after the name, which the relative
			// describes, not the words in the brackets.
			for j := k - 1; j > s.first && j > k-8; j-- {
				if d.punct(j, "(") {
					if d.chunkAt[j-1] >= 0 {
						k = j - 1
					}
					break
				}
			}
		}
		if e, f := d.describedBeforeWho(i, s); e >= 0 && d.isWord(i, "who") {
			// "said Piet Dambra, 22, a student at Tarsin College who said
			// he was taking the semester off": the description is his.
			c.found, c.subjFirst, c.ent = true, f, e
			return
		}
		if k >= s.first {
			if start := d.npBack(k, s.first); start >= 0 {
				if a := d.roleAsideComma(i, s); a >= 0 {
					// "Oren Pask, a former pilot who said ...": the role
					// is the name's aside, and the name speaks through it.
					d.subjectThroughAppositives(c, s, a)
					return
				}
				c.found, c.subjFirst, c.ent = true, start, d.resolveNP(start, k+1, v)
				if c.ent < 0 && d.docNounAt(k) {
					// "The ministry released a statement which said": the
					// statement's issuer, the clause's subject, speaks.
					st := d.clauseStart(s)
					if end := d.npForward(st, start); end > st && d.chunkAt[end-1] >= 0 {
						// Not "The council cited (ignored) a report which
						// said": another's document, its author unnamed.
						if e := d.chunks[d.chunkAt[end-1]].ent; e >= 0 && !d.ents[e].outlet && !d.ents[e].placeish() && !d.receivedBetween(end, start) {
							c.ent = e
						}
					} else if end == st+1 && (d.isWord(st, "he") || d.isWord(st, "she") || d.isWord(st, "it") || d.isWord(st, "they")) &&
						(issuedBySpeaker(d.lower(k)) || reportNoun(d.lower(k))) && d.issuedBetween(end, start) {
						// "It (They, She) released a statement which
						// said": whom the pronoun stands for issued it;
						// not "She released a video which showed".
						if e := d.resolvePronoun(st, v); e >= 0 && !d.ents[e].outlet && !d.ents[e].placeish() {
							c.ent = e
						}
					}
				}
			}
		}
		return
	case d.punct(i, ",") && d.conjunctionAside(i, s):
		// "Varga found no fault with the count but, based on other
		// figures, concluded ...": an aside after "but" (and, yet)
		// stands between the verbs of one subject.
		d.sameSubject(c, s, prev)
		return
	case d.punct(i, ","):
		d.subjectThroughAppositives(c, s, i)
		return
	}
	if (d.isWord(i, "another") || d.isWord(i, "others")) && (i == s.first || d.toks[i-1].kind == tkPunct || d.toks[i-1].kind == tkQuote) {
		c.found, c.subjFirst = true, i // "“...,” another said.": someone else, unnamed
		return
	}
	if k := d.indefiniteSpeaker(i, s); k >= 0 {
		c.found, c.subjFirst = true, k // "“...!” someone shouted back.", "one woman in the crowd said": no one named
		return
	}
	if d.quantityPronoun(i) && (i == s.first || !d.toks[i-1].has(lxPrep) || !d.toks[i-1].lowerWord()) {
		c.found, c.subjFirst = true, i // "Many say ...", "while some say ...": people unnamed
		return
	}
	if d.isWord(i, "both") && (i == s.first || d.toks[i-1].kind == tkPunct || d.toks[i-1].kind == tkQuote) {
		c.found, c.subjFirst = true, i // "Both said the bridge was unsafe": two at once, no one alone
		return
	}
	if w := d.relativeBefore(i, s); w >= 0 {
		// "Families of the 14 people who died said", "The woman who
		// found the body said": the relative clause describes the
		// subject before "who".
		i = w - 1
	} else if e := d.unclosedRelativeAfterName(i, s); e >= 0 {
		i = e // "Marta Olsen, who refused to sign the results said:": her name
	}
	if d.toks[i].kind == tkWord && pronounContraction(d.lower(i)) && !d.isWord(v+1, "to") {
		// "He's said the sport needs ...", "She's told reporters ...":
		// the pronoun of the contraction, "has" run into it; not "He's
		// said to be ill", a passive.
		c.found, c.subjFirst, c.ent = true, i, d.resolvePronoun(i, v)
		return
	}
	start := d.npBackThroughName(i, s.first)
	if p := start - 1; p-1 > s.first && start < i && d.chunkAt[start] < 0 && d.toks[p].lowerWord() && (d.isWord(p, "in") || d.isWord(p, "within") || d.isWord(p, "from")) &&
		d.toks[p-1].lowerWord() && d.endsWith(p-1, "s") && d.groupNounAt(p-1) && d.punct(p-2, ",") {
		// "..., officials in the movement said": the group, whose
		// unnamed body the phrase after it gives, closing the clause.
		start = p - 1
	}
	if prev != nil && prev.verb < start && start >= s.first {
		// "leaders have said the policy shames Britain and Prince Alric
		// has said that ...": the earlier cue's clause ends at the "and"
		// (clauseEnd asks pastCueAfter too), and the subject starts after it.
		// Only with a singular "has", "is" or "was" before the cue: in
		// "until Washington and Moscow signalled that ..." the "and"
		// joins one subject of two.
		for a := start + 1; a < i; a++ {
			if d.isWord(a, "and") && d.toks[a].lowerWord() && d.chunkAt[a] < 0 && d.pastCueAfter(a, s) && d.singularAuxBetween(a+1, c.verb) {
				start = a + 1
				break
			}
		}
	}
	if t := d.placeInDescription(start, i, s); t >= 0 {
		start = t // "The Dalton, Ga., carpet maker said": the place is the maker's, inside its phrase
	} else if start >= s.first && start < i && d.toks[start].capWord() && strings.HasSuffix(d.lower(start), "-based") {
		// "The Fairlawn, Ohio-based company said": a state spelled out
		// is one word with "-based" and stops the phrase read back,
		// where "Okla.-based" splits at the point; read on after it.
		if t := d.placeInDescription(start+1, i, s); t >= 0 {
			start = t
		}
	} else if t := d.tradeListDescription(start, i, s); t >= 0 {
		start = t // "The paper, packaging and publishing concern said": a company's trades, listed
	}
	if f, end := d.policeInPlace(start, i, s); f >= 0 {
		// "Police in the West Midlands in England today said": the
		// force of the place speaks, named as the text names it.
		c.found, c.subjFirst, c.ent = true, f, d.forceOfPlace(f, end)
		return
	}
	if f, e := d.namedInPlace(start, i, s); e >= 0 {
		// "The Norvan Health Ministry in the Selka Strip said": the
		// body named first speaks; the place after "in the" only says
		// where it sits.
		c.found, c.subjFirst, c.ent = true, f, e
		return
	}
	if q := d.unnamedAtPlace(start, i, s); q >= 0 {
		c.found, c.subjFirst = true, q // "But others at Greenville High say": people unnamed, not the school nor one named before
		return
	}
	if start > s.first+1 && d.punct(start-1, ",") && d.placeQualified(start-1) && d.chunkAt[start] >= 0 && d.chunks[d.chunkAt[start]].last == i+1 &&
		d.chunks[d.chunkAt[start]].first == start && d.regionName(d.chunks[d.chunkAt[start]].ent) {
		// "Officials in Broward County, Florida — where Parkland is
		// located — announced": the state qualifies the county; the
		// officials speak, as with the comma after the state.
		d.subjectThroughAppositives(c, s, i+1)
		return
	}
	office := start
	if office > s.first && d.isWord(office-1, "of") {
		office-- // "Director of the Ostby Institute": back over "of" to the office
		for office > s.first && office > start-4 && d.toks[office-1].capWord() && d.toks[office-1].has(lxRole|lxTitle) {
			office--
		}
	}
	if office > s.first+1 && d.punct(office-1, ",") && d.officeOf(office, i+1) && d.chunkAt[office-2] >= 0 && d.chunks[d.chunkAt[office-2]].kind == kPerson {
		// "Erwin Hale, Dean of Ostby School of Law called it ...": the
		// office in apposition lost its closing comma; the name speaks.
		d.subjectThroughAppositives(c, s, i+1)
		return
	}
	if start > s.first && d.unclosedDescription(start, i+1, s) >= 0 {
		// "Joy Baker, an OBGYN based in Georgia told Salon": as above,
		// a description that lost its closing comma.
		d.subjectThroughAppositives(c, s, i+1)
		return
	}
	if start < 0 {
		if ing {
			d.sameSubject(c, s, prev)
		}
		return
	}
	if h, e := d.memberListHead(i, v, s); start >= s.first && h >= start {
		// "The Orrin Selection Committee comprising Aldo Fenn and Rika
		// Moss announced": the body its members make up speaks, not the
		// last member listed.
		c.found, c.subjFirst, c.ent = true, h, e
		return
	}
	if e, f := d.bodyLedBy(start, v, s); e >= 0 {
		// "The Aam Party (AAP) led by Delhi's mayor Ivo Tamm demanded
		// that ...": no comma sets the leader off, but the party led
		// is the subject, and the leader only describes it.
		c.found, c.subjFirst, c.ent = true, f, e
		return
	}
	if ing && start >= 0 && d.toks[i].lowerWord() && d.toks[i].has(lxDoc) && d.disputedDoc(start, s) {
		// "questioned the authenticity of a statement denying the
		// affair", "mocked a report claiming she had resigned": the
		// document says it, and whoever disputes it does not.
		c.found, c.subjFirst, c.thing = true, start, true
		return
	}
	if ing && prev != nil && prev.found && d.docObjectBefore(prev.verb, v) {
		// "posted a message on Facebook on Friday announcing he had
		// tested positive": the message's poster speaks.
		d.sameSubject(c, s, prev)
		return
	}
	if ing && (d.toks[i].lowerWord() && (d.toks[i].has(lxDoc) || d.isWord(i, "conference") || d.isWord(i, "briefing")) || d.writtenNoticeBefore(i, s.first) >= 0) {
		// "issued a statement emphasizing ...", "sent an update at 3:26
		// p.m. saying ...": the statement's issuer speaks.
		d.sameSubject(c, s, prev)
		return
	}
	if ing && start-2 > s.first && d.isWord(start-1, "with") && d.toks[start-1].lowerWord() && !d.punct(start-2, ",") && !d.isDash(start-2) &&
		d.chunkAt[i] >= 0 && d.finiteVerbIn(s.first, start-1) {
		// "called for negotiations with Tarvex saying a coalition should
		// be formed": the one "with" names is no participle's subject
		// (that takes a comma before "with"); the clause's subject gives
		// its reason.
		d.sameSubject(c, s, prev)
		return
	}
	if d.nestedExample(start, s.first) {
		return // "Articles in journals including Social Science & Medicine have characterized"
	}
	if d.infinitiveObject(start, s.first) {
		// "Trump's choice to head the Department of Homeland Security
		// said": the body is what the nominee is to head; the nominee,
		// unnamed here, speaks.
		c.found, c.subjFirst = true, start
		return
	}
	if d.toks[i].lowerWord() && d.toks[i].has(lxDoc) && !docSpeaks(c.lemma) && !d.docVerb(c, start, s) && !d.accountPosts(i, c, s) {
		c.skip = true // "a statement posted online": a participle, not speech
		return
	}
	p := start - 1
	for p > s.first && p > start-6 && (d.toks[p].capWord() || d.isWord(p, "of") || d.isWord(p, "the") || d.isWord(p, "and")) {
		p-- // "in Frontiers of Ecology": the rest of the journal's name
	}
	if p-2 >= s.first && d.toks[p].lowerWord() && d.toks[p].has(lxPrep) {
		// "A study published in Science found": the journal is where the
		// study appeared; the study is the subject, and nobody's.
		if h := d.docBeforeParticiple(p-1, s); h >= 0 {
			c.found, c.subjFirst, c.thing = true, h, true
			return
		}
	}
	// "..., a study published this week (in the journal Boreal Notes)
	// has found": the participle's time, and perhaps the journal after
	// it, stand between the study and the verb.
	q := -1
	if d.skipTimePhrase(start, i+1) == i+1 {
		q = start - 1
	} else if p-1 > s.first && d.isWord(p, "in") && d.toks[p].lowerWord() { // the journal; not "by the Calder Institute", who speaks
		if m := d.timePhraseBefore(p, s.first); m > s.first {
			q = m - 1
		}
	}
	if q > s.first && (d.isWord(q, "earlier") || d.isWord(q, "later") || (d.isWord(q, "out") || d.isWord(q, "up")) && d.participle(q-1)) {
		q-- // "published earlier this month", "carried out last year"
	}
	if h := d.docBeforeParticiple(q, s); h >= 0 {
		c.found, c.subjFirst, c.thing = true, h, true
		return
	}
	c.found, c.subjFirst = true, start
	if start-2 >= s.first && d.isWord(start-1, "of") &&
		(start == i && d.toks[start].kind == tkWord && d.toks[start].has(lxPronoun) ||
			// "“...,” one of the managers present said": one of a group
			// of people, after the quotation, as after "them".
			d.isWord(start, "the") && d.peopleNounAt(i, start) && d.quoteJustBeforeTok(start-2, s)) &&
		(d.isWord(start-2, "one") || d.isWord(start-2, "each") || d.isWord(start-2, "some") || d.isWord(start-2, "two") || d.isWord(start-2, "another")) {
		// "Two people close to the talks said ... One of them said": one
		// of a group, never the group nor a body that spoke before.
		c.subjFirst = start - 2
		return
	}
	if d.inUnnamedModifier(start, s) {
		return // "Reports citing sources within the party indicated": no one named
	}
	if ci := d.chunkAt[i]; ci >= 0 && d.chunks[ci].first >= start && d.groupModifierObject(d.chunks[ci].first, s) {
		return // "Some delegates supporting Brekke said": the delegates, unnamed
	}
	if i-1 > start && d.chunkAt[i] < 0 && d.toks[i].lowerWord() && d.groupModifierObject(start, s) {
		return // "Volunteers helping the Pellan campaign say": a body's noun after its name, the modifier's object
	}
	if e := d.portfolioTitledName(start, i+1); e >= 0 {
		// "Mineral Resources and Energy Minister Halvard Ostrem says":
		// the "and" is the portfolio's, one minister speaks.
		c.ent = e
		return
	}
	if d.lastOfList(start, i+1, s) {
		return // "Tarvik, Lenmoor, and Osk have pledged": a joint claim, no one's alone
	}
	if d.locativeModifier(start, i+1, s) {
		return // "researchers from Penn State in the U.S. reported": the country is where they work
	}
	i = d.beforeWorkTitle(start, i)
	c.ent = d.resolveNP(start, i+1, v)
	if c.ent < 0 {
		c.ent = d.dataOwner(start, i+1, s.first)
	}
	if c.ent >= 0 && !d.ents[c.ent].personish() {
		if e, f := d.secondAffiliationOf(start, s); e >= 0 {
			// "Jennifer Daskal of American University and contributor to
			// Slate wrote": the person with both affiliations writes.
			c.ent, c.subjFirst = e, f
		}
	}
	if h := start - 2; h >= s.first && d.isWord(start-1, "by") && d.toks[start-1].lowerWord() && d.toks[h].lowerWord() &&
		(d.toks[h].has(lxDoc) || thingWords[d.lower(h)]) {
		// "..., a report by the Tarvik Water Board says.": the body
		// speaks, and its document opens the phrase, as "a study from
		// the Tarvik Institute" does.
		if f := d.npBack(h, s.first); f >= 0 && d.isThing(f, start-1) {
			c.subjFirst = f
		}
	}
	if o := d.bodyOfNamedDoc(start, i); o >= 0 {
		c.ent = o // "The Tarsin Reserve's Beige Book indicated": the reserve's words
	}
	if d.someOfNamed(start, i) {
		c.ent = -1 // "Two Tigers said": some of a team's people, unnamed
	}
	if e := d.unclosedAppositive(start, i+1, s); e >= 0 {
		c.ent = e
		if f := int(d.chunks[d.chunkAt[start-2]].first); f-1 >= s.first && d.toks[f-1].kind == tkQuote && d.toks[f-1].is(fCloseMark) {
			c.subjFirst = f // "“...,” Dara Quist, the director of the office told": the quotation is what was said, not the name
		}
	}
	if c.ent >= 0 && d.ents[c.ent].personish() {
		if b := d.roleQuoteHandover(start, s); b >= 0 {
			c.subjFirst = b // "“...,” the chief executive, Teodor Vask said": the role is his phrase
		}
	}
	c.docHead = d.isThing(start, i+1)
	c.thing = c.ent < 0 && c.docHead
	if d.examplesOfGroup(start, i+1) {
		// "Commentators such as Brit Hume and Chris Wallace described":
		// the group speaks, and the names are examples of it.
		c.ent, c.co = -1, -1
		return
	}
	// "Both the Irving school district and the Irving police have
	// asserted": each of two joined names speaks; but in "Matthew Ingram
	// of The Globe and Mail" the and is inside a modifier.
	if co := d.partnerOfAnotherBody(start, i, c.ent); co >= 0 {
		// "economists Lina Varos of the Tarsin Bank and Oskar Pell of
		// Brennick University said": two people, each of a body.
		c.co = co
	} else if co := d.joinedSpeaker(start, i, c.ent); co >= 0 && !d.nameHolds(c.ent, co) {
		c.co = co
		if d.docByAuthors(start, i, s.first) {
			// "A statement issued by Tomas Brenn and Ilse Varga said": a
			// joint statement, as "Brenn and Varga said in a joint
			// statement" is, which no one of them makes alone.
			c.ent, c.co = -1, -1
		}
	} else if c.ent >= 0 && start-2 > s.first && d.isWord(start-1, "and") && d.toks[start-1].lowerWord() && d.punct(start-2, ",") && !d.ents[c.ent].placeish() {
		// "Ilse Varga, a Democrat, and Tomas Brek said": the first name,
		// behind its aside, speaks too.
		if e2, f := d.coordinatedBefore(start-2, s); e2 >= 0 && e2 != c.ent {
			c.co, c.subjFirst = e2, f
		}
	} else if c.ent >= 0 && start-2 >= s.first && d.isWord(start-1, "and") && d.toks[start-1].lowerWord() && d.ents[c.ent].personish() {
		// "Mayor Elsa Thornbury and councillor Piet Ravensmoor said",
		// "Brenna Oakhart and her husband Tomas said": the phrase read
		// back stopped at the second one's role; the first name, opening
		// the clause, speaks too.
		if ci := d.chunkAt[start-2]; ci >= 0 && d.chunks[ci].last == start-1 && d.modifiersOnly(d.clauseStart(s), d.chunks[ci].first) {
			if e2 := d.chunks[ci].ent; e2 >= 0 && e2 != c.ent && d.ents[e2].personish() && !d.ents[e2].outlet {
				c.co, c.subjFirst = e2, d.chunks[ci].first
			}
		} else if k := d.roleBeforeAnd(start, i, s); k >= 0 && c.subjFirst == start && c.co < 0 {
			// "“...,” former Tarvik engineer and Quillmail inventor
			// Piet Dambra told Osk": two roles of one man joined by
			// "and" are all his phrase, which the quotation touches.
			c.subjFirst = k
		}
	}
	if c.ent >= 0 && c.co < 0 && d.commonBodyAndName(start, s) {
		// "the police and Army promised to ...", "The police and the
		// Kell Fire Service said": a body by its common noun and a named
		// one speak together, no one of them alone.
		c.ent = -1
	}
}

// secondAffiliationOf returns the person, and where their name starts,
// when the body at start is their second affiliation, joined by "and" and
// a role (a noun the lexicon may not know as one) to the first: "Mara
// Quell of Tarvik University and contributor to Slate"; or -1, -1.
func (d *doc) secondAffiliationOf(start int, s sentence) (int, int) {
	a := start - 3
	if a-3 < s.first || !d.toks[start-1].lowerWord() || !d.toks[start-1].has(lxPrep) || !d.toks[start-2].lowerWord() ||
		d.toks[start-2].has(lxFunc|lxDet|lxAux|lxVerb|lxPrep|lxPronoun) || d.toks[start-2].cv != 0 ||
		!d.isWord(a, "and") || !d.toks[a].lowerWord() {
		return -1, -1
	}
	bc := d.chunkAt[a-1]
	if bc < 0 || int(d.chunks[bc].last) != a {
		return -1, -1
	}
	of := int(d.chunks[bc].first) - 1
	if of-1 < s.first || !d.toks[of].lowerWord() || !(d.isWord(of, "of") || d.isWord(of, "at") || d.isWord(of, "from")) {
		return -1, -1
	}
	pc := d.chunkAt[of-1]
	if pc < 0 || int(d.chunks[pc].last) != of || d.chunks[pc].ent < 0 || !d.ents[d.chunks[pc].ent].personish() {
		return -1, -1
	}
	return int(d.chunks[pc].ent), int(d.chunks[pc].first)
}

// commonBodyAndName reports whether the named subject at start follows
// "and" and a public body's common noun opening the clause or after
// "the": "the police and Army", "the government and the Kell Fire
// Service". "the head of police and Army chief Tomas Brenn" is one man.
func (d *doc) commonBodyAndName(start int, s sentence) bool {
	k := start - 1
	if k-1 < s.first || !d.isWord(k, "and") || !d.toks[k].lowerWord() {
		return false
	}
	b := k - 1
	if !d.toks[b].lowerWord() || d.chunkAt[b] >= 0 || !namedBodyHead(d.lower(b)) {
		return false
	}
	if b-1 >= s.first && d.isWord(b-1, "the") {
		b--
	}
	return b == d.clauseStart(s) || b-1 >= s.first && (d.isWord(b-1, "and") || d.isWord(b-1, "but") || d.isWord(b-1, "while") || d.punct(b-1, ","))
}

// peopleNounAt reports whether the phrase read back to token i ends in a
// plural noun of people, perhaps with "present" or "there" after it ("the
// managers present"), after token start.
func (d *doc) peopleNounAt(i, start int) bool {
	if i-1 > start && (d.isWord(i, "present") || d.isWord(i, "there") || d.isWord(i, "involved")) {
		i--
	}
	return d.chunkAt[i] < 0 && d.peopleNoun(i)
}

// quoteJustBeforeTok reports whether a quotation closes right before
// token k of sentence s, with at most a comma between.
func (d *doc) quoteJustBeforeTok(k int, s sentence) bool {
	k--
	if d.punct(k, ",") {
		k--
	}
	return k >= s.first && d.toks[k].kind == tkQuote && d.toks[k].is(fCloseMark)
}

// roleBeforeAnd returns the start of a bare role phrase ("former Tarvik
// engineer") that ends just before the "and" at start-1, whose name
// phrase [start, i] has words before its name ("Quillmail inventor Piet
// Dambra"), and which itself follows a closing quotation mark or its
// comma; or -1. A phrase with an article ("the mayor and Piet Dambra")
// is another person.
func (d *doc) roleBeforeAnd(start, i int, s sentence) int {
	if d.chunkAt[start] >= 0 && d.chunkAt[start] == d.chunkAt[i] {
		return -1 // "engineer and Piet Dambra": the name alone follows
	}
	j := start - 2
	if j <= s.first || !d.toks[j].lowerWord() || !d.toks[j].has(lxRole) {
		return -1
	}
	k := j
	for k-1 > s.first && j-k < 6 {
		t := &d.toks[k-1]
		if t.capWord() && !t.inQuote() && t.kind == tkWord && d.chunkAt[k-1] >= 0 ||
			t.lowerWord() && !t.has(lxFunc|lxPrep|lxAux|lxRelative|lxPronoun|lxDet) && t.cv == 0 {
			k--
			continue
		}
		break
	}
	p := k - 1
	if d.punct(p, ",") {
		p--
	}
	if p < s.first || d.toks[p].kind != tkQuote || !d.toks[p].is(fCloseMark) {
		return -1
	}
	return k
}

// portfolioTitledName returns the person the phrase [start, end) names
// when it is one compound portfolio title and the name: "Mineral
// Resources and Energy Minister Halvard Ostrem", "Sport, Arts and Culture
// Minister Tomas Brenn". The "and" joins the fields of one ministry, not
// two speakers, so the words before it must all be field words (no name,
// place or body of their own), and those after it up to a capitalised
// title such as Minister or Secretary field words too; or -1.
func (d *doc) portfolioTitledName(start, end int) int {
	ci := d.chunkAt[end-1]
	if ci < 0 || d.chunks[ci].last != end || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
		return -1
	}
	f := d.chunks[ci].first
	if f-2 < start || !d.isWord(f-1, "and") || !d.toks[f-1].lowerWord() {
		return -1
	}
	title := -1
	for m := f; m < end; m++ {
		if d.toks[m].capWord() && d.toks[m].has(lxTitle) && d.toks[m].has(lxRole) {
			title = m
			break
		}
		if !d.portfolioFieldWord(m) {
			return -1
		}
	}
	if title <= f {
		return -1 // "and Minister Ilse Varga": a second person, titled
	}
	words := 0
	for k := start; k < f-1; k++ {
		switch {
		case d.punct(k, ","):
		case d.portfolioFieldWord(k):
			words++
		default:
			return -1
		}
	}
	if words == 0 {
		return -1
	}
	return d.chunks[ci].ent
}

// portfolioFieldWord reports whether token k is a capitalised word that
// can name a ministry's field: a common or title word ("Energy",
// "Justice"), a company's head word ("Resources") or a field the
// lexicon leaves out ("Mineral", "Arts"); never a first name, a place,
// a nationality or an organisation's head word ("Board", "Council").
func (d *doc) portfolioFieldWord(k int) bool {
	t := &d.toks[k]
	if !t.capWord() || t.inQuote() || t.has(lxFirstName|lxHonorific|lxPlace|lxNation|lxOutletCue|lxStrongOutlet|lxPlaceCue|lxPronoun) {
		return false
	}
	w := d.lower(k)
	if t.has(lxOrgCue) && w != "government" {
		return false // "Water Board and Energy Minister X said": a body and a minister
	}
	return t.has(lxCommon|lxTitle|lxCompany) || remitWord(w) || ministryField(w)
}

// ministryField reports whether the folded w names a ministry's field
// that neither the common words nor remitWord list: "Mineral Resources",
// "Sport, Arts and Culture".
func ministryField(w string) bool {
	switch w {
	case "mineral", "minerals", "mines", "mining", "arts", "resources", "petroleum", "infrastructure", "sanitation",
		"veterans", "youth", "women", "lands", "territories", "affairs", "technology", "science", "digital":
		return true
	}
	return false
}

// docByAuthors reports whether the subject [start, i] is a document
// credited to its authors after "by" or "from": "A statement issued by
// Brenn and Varga", "a letter signed by", "a joint statement from".
func (d *doc) docByAuthors(start, i, first int) bool {
	if b := start - 1; b-1 >= first && (d.isWord(b, "by") || d.isWord(b, "from")) && d.toks[b].lowerWord() {
		// "The statement by Brenn and Varga said": the phrase read back
		// stopped at the preposition.
		return d.docNounAt(b-1) || b-2 >= first && d.participle(b-1) && d.docNounAt(b-2)
	}
	for j := start + 1; j < i; j++ {
		if (d.isWord(j, "by") || d.isWord(j, "from")) && d.toks[j].lowerWord() {
			for h := start; h < j; h++ {
				if d.docNounAt(h) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// disputedDoc reports whether the document phrase starting at token
// start is the object of a verb that disputes, mocks or cites what
// someone else wrote, a few words before it in sentence s ("question the
// authenticity of a statement", "dismissed a report"), not of one that
// issues it ("issued a statement").
func (d *doc) disputedDoc(start int, s sentence) bool {
	for j := start - 1; j >= s.first && j >= start-5; j-- {
		t := &d.toks[j]
		if t.lowerWord() && disputingVerbs[d.lower(j)] {
			return true
		}
		if t.kind != tkWord || t.cv != 0 {
			return false
		}
	}
	return false
}

// disputingVerbs take a document someone else wrote as their object.
var disputingVerbs = map[string]bool{
	"question": true, "questioned": true, "questions": true, "questioning": true,
	"dismiss": true, "dismissed": true, "dismisses": true, "dismissing": true,
	"reject": true, "rejected": true, "rejects": true, "rejecting": true,
	"dispute": true, "disputed": true, "disputes": true, "disputing": true,
	"mock": true, "mocked": true, "mocks": true, "mocking": true,
	"ridicule": true, "ridiculed": true, "ridicules": true, "ridiculing": true,
	"challenge": true, "challenged": true, "challenges": true, "challenging": true,
	"cite": true, "cited": true, "cites": true, "citing": true,
	"obtain": true, "obtained": true, "obtains": true, "obtaining": true,
	"receive": true, "received": true, "receives": true, "receiving": true,
	"criticise": true, "criticised": true, "criticises": true, "criticising": true,
	"criticize": true, "criticized": true, "criticizes": true, "criticizing": true,
}

// joinedSpeaker returns the first of two names joined by "and" in the
// subject [start, i] whose second is ent, or -1: each of them speaks.
func (d *doc) joinedSpeaker(start, i, ent int) int {
	if teamWord(d.lower(i)) || ent < 0 {
		return -1
	}
	for k := start + 1; k < i; k++ {
		if d.toks[k].lowerWord() && d.toks[k].has(lxPrep) && d.chunkAt[k-1] >= 0 {
			if e := d.chunks[d.chunkAt[k-1]].ent; e >= 0 && d.ents[e].personish() {
				return -1 // a person of a body: where he works, not a second speaker
			}
		}
		p := k - 1
		if p > start && d.chunkAt[p] < 0 && d.toks[p].has(lxPostNominal) {
			p-- // "Ilan Dravic Jr. and Mara Quell said"
		}
		if d.isWord(k, "and") && d.chunkAt[p] >= 0 && d.toks[k].lowerWord() {
			// A body's remit joined inside one chunk: a common word on
			// one side at least ("Mine Safety and Health Administration",
			// "Food and Beverage Union"), not a name the chunker ran on
			// ("Ilse Varga and Kessel Trust").
			inChunk := d.chunkAt[k] >= 0 && !d.toks[d.chunks[d.chunkAt[k]].first].has(lxFirstName|lxHonorific|lxTitle) &&
				(d.toks[k-1].has(lxCommon) || d.toks[k+1].has(lxCommon))
			if d.bodyAndRoleBeforeName(p, k, i) || inChunk || d.remitAndBeforeTitle(p, k, ent) {
				return -1 // "Moore Insights and Strategy analyst Patrick Moorhead said": one firm's name holds the "and"
			}
			if e := d.chunks[d.chunkAt[p]].ent; e >= 0 && e != ent && !d.ents[e].outlet {
				return e
			}
			return -1
		}
	}
	return -1
}

// remitAndBeforeTitle reports whether the "and" at k, after the name
// ending at p, joins two fields of the remit of the office that titles
// ent, the person named after it: "Bangladesh Additional Refugee Relief
// and Repatriation Commissioner Khalid Hossain". The first part names no
// person; the second opens the holder's own chunk with a capitalised
// field word, no title, given name or honorific, and a title follows it.
// "Ivo Tamm and Commissioner Ana Lind" are two.
func (d *doc) remitAndBeforeTitle(p, k, ent int) bool {
	first := d.chunks[d.chunkAt[p]]
	if ent < 0 || !d.ents[ent].personish() || d.toks[first.first].has(lxFirstName|lxHonorific|lxTitle) ||
		first.last-first.first == 1 && d.knownSurname(d.key(first.first)) || d.toks[first.last-1].has(lxOrgCue|lxCompany) {
		// "Turner and County Sheriff Odile Varga": a surname met before;
		// "the Energy Ministry and Mining Minister Ana Lind": a whole
		// body's name; two speakers.
		return false
	}
	ci := d.chunkAt[k+1]
	if ci < 0 || d.chunks[ci].first != k+1 || d.chunks[ci].ent != ent {
		return false
	}
	c := d.chunks[ci]
	if t := &d.toks[k+1]; !t.capWord() || t.has(lxFirstName|lxHonorific|lxTitle|lxRole) {
		return false
	}
	for m := k + 2; m < c.name && m < c.last; m++ {
		if d.toks[m].has(lxTitle | lxRole) {
			return true
		}
	}
	return false
}

// bodyAndRoleBeforeName reports whether the "and" at k, after the name
// ending at p, joins the two halves of a firm's name that a role noun and
// a person's name ending at i follow: "Halden Insights and Strategy
// analyst Petra Mosswood". The first half opens with no given name,
// title or honorific and is no one-word surname met before; the second is
// capitalised words of no person, then one or two lower-case role words
// just before the name. "Ilse Varga and Kessel Trust analyst Arno Vell"
// and "Mayor Elsa Thornbury and councillor Piet Ravensmoor" are two.
func (d *doc) bodyAndRoleBeforeName(p, k, i int) bool {
	first := d.chunks[d.chunkAt[p]]
	if d.toks[first.first].has(lxFirstName|lxHonorific|lxTitle) || first.last-first.first == 1 && d.knownSurname(d.key(first.first)) {
		return false
	}
	ci := d.chunkAt[k+1]
	if ci < 0 || d.chunks[ci].first != k+1 {
		return false
	}
	second := d.chunks[ci]
	if second.kind == kPerson || second.ent >= 0 && d.ents[second.ent].personish() || d.toks[second.first].has(lxFirstName|lxHonorific|lxTitle) {
		return false
	}
	// One to three lower-case words, a role among them: "analyst",
	// "chief medical advisor" ("Capital and Coast DHB chief medical
	// advisor Dr John Tait").
	m := second.last
	roles, words := 0, 0
	for m < i && words < 3 && d.toks[m].lowerWord() && !d.toks[m].has(lxFunc|lxPrep|lxDet|lxAux|lxVerb) && d.toks[m].cv == 0 {
		if d.toks[m].has(lxRole) {
			roles++
		}
		m++
		words++
	}
	name := d.chunkAt[i]
	return roles > 0 && name >= 0 && d.chunks[name].first == m && d.chunks[name].kind == kPerson
}

// someOfNamed reports whether the subject [start, i] is a number or a
// quantity of a team's or a party's people, named by its plural name:
// "Several Tigers", "Two Rovers". They speak for no one of them, and not
// for the team.
func (d *doc) someOfNamed(start, i int) bool {
	if start > 0 && d.toks[start].capWord() && !quantityWord(d.lower(start)) {
		start-- // the phrase read back may stop at the name: "Several | Tigers"
	}
	if i <= start {
		return false
	}
	if !quantityWord(d.lower(start)) {
		return false
	}
	for k := start + 1; k <= i; k++ {
		if !d.toks[k].capWord() {
			return false
		}
	}
	return strings.HasSuffix(d.lower(i), "s") && !strings.HasSuffix(d.lower(i), "ss")
}

// quantityWord reports whether w, folded, counts people: "several",
// "two".
func quantityWord(w string) bool {
	switch w {
	case "several", "some", "many", "few", "two", "three", "four", "five":
		return true
	}
	return false
}

// bodyOfNamedDoc returns the body whose named document is the subject
// [start, i]: "The Tarsin Reserve's Beige Book", "the bank's Monthly
// Bulletin" (a name ending in a word for a document, after a body's
// possessive); or -1.
func (d *doc) bodyOfNamedDoc(start, i int) int {
	if i <= start || !d.toks[i].capWord() || !docTitleWord(d.lower(i)) {
		return -1
	}
	for k := i - 1; k >= start-1 && k > 0; k-- {
		if d.toks[k].kind == tkPoss {
			ci := d.chunkAt[k-1]
			if ci < 0 {
				// "The global lender's World Economic Report warned": the
				// body a definite description of it stands for.
				if d.toks[k-1].lowerWord() && d.theBefore(k-1) {
					if e := d.resolveOrgDescription(k-1, k-1); e >= 0 && !d.ents[e].personish() && !d.ents[e].placeish() && !d.ents[e].outlet {
						return e
					}
				}
				return -1
			}
			if e := d.chunks[ci].ent; e >= 0 && !d.ents[e].personish() && !d.ents[e].placeish() && !d.ents[e].outlet {
				return e
			}
			return -1
		}
		if !d.toks[k].capWord() {
			return -1
		}
	}
	return -1
}

// docTitleWord reports whether w, folded, ends the name of a body's
// regular publication: "Beige Book", "Monthly Bulletin", "Annual Report".
func docTitleWord(w string) bool {
	switch w {
	case "book", "report", "bulletin", "survey", "review", "outlook", "paper", "digest", "update":
		return true
	}
	return false
}

// partnerOfAnotherBody returns the second person of a subject [start, i]
// that joins two people each named with where they work, "Lina Varos of
// the Tarsin Bank and Oskar Pell of Brennick University", whose first is
// ent; or -1. The "and" stands after the first one's "of" phrase, and a
// person's name with its own "of", "at" or "from" follows it.
func (d *doc) partnerOfAnotherBody(start, i, ent int) int {
	if ent < 0 || !d.ents[ent].personish() {
		return -1
	}
	ci := d.chunkAt[start]
	for start < i && ci < 0 && d.toks[start].lowerWord() {
		start++ // "economists Lina Varos": a bare role before the name
		ci = d.chunkAt[start]
	}
	if ci < 0 || d.chunks[ci].ent != ent {
		return -1
	}
	of := d.chunks[ci].last
	if !(d.isWord(of, "of") || d.isWord(of, "at") || d.isWord(of, "from")) || !d.toks[of].lowerWord() {
		return -1
	}
	for k := of + 1; k < i; k++ {
		if !d.isWord(k, "and") || !d.toks[k].lowerWord() {
			continue
		}
		n := k + 1
		c2 := d.chunkAt[n]
		if c2 < 0 || d.chunks[c2].first != n {
			return -1
		}
		e2 := d.chunks[c2].ent
		after := d.chunks[c2].last
		if e2 < 0 || e2 == ent || !d.ents[e2].personish() || d.ents[e2].kind != kPerson ||
			!(d.isWord(after, "of") || d.isWord(after, "at") || d.isWord(after, "from")) {
			return -1
		}
		return e2
	}
	return -1
}

// examplesOfGroup reports whether the subject [start, end) joins names
// given as examples of a plural group before it: "commentators such as
// Brit Hume and Chris Wallace", "critics, including Ilse Varga and Tomas
// Brenn,". One example alone is the one who speaks ("other sites such as
// Gawker.com have stated").
func (d *doc) examplesOfGroup(start, end int) bool {
	joined := false
	for k := start + 1; k < end; k++ {
		joined = joined || d.isWord(k, "and") && d.toks[k].lowerWord()
	}
	if !joined {
		return false
	}
	p := start - 1
	switch {
	case p >= 0 && d.isWord(p, "including") && d.toks[p].lowerWord():
		p--
	case p >= 1 && d.isWord(p, "as") && d.isWord(p-1, "such") && d.toks[p-1].lowerWord():
		p -= 2
	default:
		return false
	}
	if p >= 0 && d.punct(p, ",") {
		p--
	}
	plain := p >= 0 && (d.toks[p].lowerWord() || d.toks[p].is(fSentStart) && d.chunkAt[p] < 0) // "Commentators such as"
	return plain && d.sentOf[p] == d.sentOf[start] && d.endsWith(p, "s") && !d.endsWith(p, "ss")
}

// locativeModifier reports whether the phrase [start, end) is a place
// after "in" that ends a longer subject: "researchers from Tarvik
// University in the U.S. reported". The place only says where the
// speakers are.
//
// A comparison of distance stands as "in" does: "with residents as far
// away as Ostby saying they felt the tremor" (also "as far as", "as far
// afield as"): the residents speak, from however far.
func (d *doc) locativeModifier(start, end int, s sentence) bool {
	p := start - 1
	if q := d.asFarAsStart(p, s.first); q >= 0 {
		p = q // the first "as"; the checks below ask for the noun before it
	} else if !d.isWord(p, "in") || !d.toks[p].lowerWord() {
		return false
	}
	if p-1 < s.first || d.toks[p-1].kind != tkWord && !d.punct(p-1, ")") {
		return false
	}
	ci := d.chunkAt[end-1]
	if ci < 0 || d.chunks[ci].ent < 0 {
		return false
	}
	ch := &d.chunks[ci]
	e := &d.ents[ch.ent]
	if p != start-1 {
		// After "as far away as" comes a place, which needs no other
		// evidence of being one; only a name known as a person's is kept
		// out.
		return !e.personish() || e.placeish()
	}
	if e.personEv > 0 {
		// "The Briar in Douglas say": a lone first name after "in" at the
		// end of a subject is a town's; no one is in a person.
		return e.placeish() || ch.last-ch.first == 1 && len(e.words) == 1 && len(e.roles) == 0
	}
	// "authorities in the United Kingdom and the United States announced":
	// a place of several words is still where they are, even when "US
	// authorities" elsewhere made it sound like a body.
	return e.placeish() || d.toks[ch.first].has(lxNation|lxPlace) || d.placeEndingAt(ch.last-1, ch.first) == ch.last-ch.first
}

// lastOfList reports whether the phrase [start, end) ends a list of names
// joined by commas and "and": "China, Iran, and Russia".
func (d *doc) lastOfList(start, end int, s sentence) bool {
	p := start - 1
	if d.punct(p, ",") && p-1 >= s.first && d.listItem(p-1) {
		// "Tarvik, Lenmoor and Osk said": the phrase holds the "and".
		for k := start; k < end; k++ {
			if ci := d.chunkAt[k]; ci >= 0 && d.isWord(k, "and") && d.remitAgency(d.chunks[ci].first, k) {
				continue // "Las Croabas, Customs and Border Protection said": one agency's name holds it
			}
			if d.isWord(k, "and") && d.toks[k].lowerWord() && !d.teamAfter(k+1, end) {
				return true
			}
		}
		return false
	}
	if !d.isWord(p, "and") || !d.toks[p].lowerWord() {
		return false
	}
	if d.punct(p-1, ",") {
		p--
	}
	if p-1 < s.first || !d.listItem(p-1) {
		return false
	}
	f := d.chunks[d.chunkAt[p-1]].first
	return d.punct(f-1, ",") && f-2 >= s.first && d.listItem(f-2)
}

// memberListHead returns the first token and entity of the body before
// "comprising" (or "consisting of", "made up of", "composed of",
// "integrated by") when the
// names ending at token i are the body's listed members ("The Orrin
// Committee (OC) comprising Aldo Fenn, Rika Moss and Tobin Vale"), or
// -1, -1. The walk back crosses list items only, a few at most.
func (d *doc) memberListHead(i, v int, s sentence) (int, int) {
	if i <= s.first || !d.listItem(i) {
		return -1, -1
	}
	p := d.chunks[d.chunkAt[i]].first - 1
	for n := 0; n < 8 && p-1 > s.first; n++ {
		switch {
		case d.toks[p].lowerWord() && d.isWord(p, "comprising"):
			return d.listedMembersBody(p-1, v, s)
		case d.toks[p].lowerWord() && d.isWord(p, "of") && (d.isWord(p-1, "consisting") || d.isWord(p-1, "composed") || d.isWord(p-1, "comprised")):
			return d.listedMembersBody(p-2, v, s)
		case d.toks[p].lowerWord() && d.isWord(p, "by") && (d.isWord(p-1, "integrated") || d.isWord(p-1, "formed")):
			return d.listedMembersBody(p-2, v, s) // "the front Fuerza y Corazón, integrated by PAN, PRI and PRD,"
		case d.toks[p].lowerWord() && d.isWord(p, "of") && d.isWord(p-1, "up") && d.isWord(p-2, "made"):
			return d.listedMembersBody(p-3, v, s)
		case (d.punct(p, ",") || d.isWord(p, "and") && d.toks[p].lowerWord()) && d.listItem(p-1):
			p = d.chunks[d.chunkAt[p-1]].first - 1
		case d.punct(p, ",") && d.isWord(p-1, "and") && d.toks[p-1].lowerWord():
			p-- // an Oxford comma: ", and"
		default:
			return -1, -1
		}
	}
	return -1, -1
}

// listedMembersBody returns the noun phrase ending at token k, perhaps with its
// acronym in brackets, and the body it names, or -1, -1.
func (d *doc) listedMembersBody(k, v int, s sentence) (int, int) {
	if d.punct(k, ",") {
		k-- // "The Orrin Committee, comprising ...,": the list set off
	}
	if d.punct(k, ")") && k-2 >= s.first && d.punct(k-2, "(") {
		k -= 3 // "the Cricket Advisory Committee (CAC)"
	}
	if k < s.first {
		return -1, -1
	}
	h := d.npBack(k, s.first)
	if h < 0 || h-1 >= s.first && d.toks[h-1].lowerWord() && d.toks[h-1].has(lxPrep) {
		return -1, -1 // not "the chair of the Tarn Panel comprising ...": the panel is the object
	}
	e := d.resolveNP(h, k+1, v)
	if e < 0 || !d.ents[e].orgish() || d.ents[e].placeish() {
		return -1, -1
	}
	return h, e
}

// teamAfter reports whether tokens [k, end) are the team of the name
// before them ("colleagues", "her co-authors"): "Writing in Calder
// Geoscience, Keld Amory and colleagues say" names one lead, no list.
func (d *doc) teamAfter(k, end int) bool {
	if k < end && possessivePronoun(d.lower(k)) && d.toks[k].lowerWord() {
		k++
	}
	return k == end-1 && d.toks[k].lowerWord() && teamWord(d.lower(k))
}

// listItem reports whether a name ends at token k. Whether it starts the
// list or ends an opening phrase ("In Tarvik, Osk and Lenmoor said"), the
// names after it speak together, and so no one of them alone.
func (d *doc) listItem(k int) bool {
	ci := d.chunkAt[k]
	return ci >= 0 && d.chunks[ci].ent >= 0
}

// taggedNameAside returns the person whose name fills the earlier of two
// asides between a clause and its cue, when the later is a tag such a
// name takes ("D-At Large", "R-N.H.", "42", "MD", "a lawyer"), or -1:
// "..., Councilman Arlo Venn, D-At Large, said".
func (d *doc) taggedNameAside(appos [][2]int) int {
	if len(appos) != 2 {
		return -1
	}
	tag, name := appos[0], appos[1]
	ci := d.chunkAt[name[0]]
	if ci < 0 || int(d.chunks[ci].first) != name[0] || int(d.chunks[ci].last) != name[1] || d.chunks[ci].kind != kPerson || d.chunks[ci].ent < 0 {
		return -1
	}
	t := &d.toks[tag[0]]
	switch {
	case d.partyTagEnd(tag[0]) == tag[1]:
	case tag[1]-tag[0] == 1 && t.kind == tkNum:
	case tag[1]-tag[0] == 1 && t.kind == tkWord && t.has(lxPostNominal) && !t.has(lxFirstName):
	case t.lowerWord() && t.has(lxDet) && !d.isWord(tag[0], "that") && d.npForward(tag[0], tag[1]) == tag[1]:
	default:
		return -1
	}
	return d.chunks[ci].ent
}

// speakerAppositive returns the index in appos (asides found walking back
// from a cue, nearest first) of the nearest one that is a noun phrase
// opening with a determiner ("the source", "an official"), passing over
// relative clauses ("who asked not to be named"), when no name stands
// right before it (in "William Conley, a judge, ordered" the judge is
// Conley); -1 otherwise.
func (d *doc) speakerAppositive(appos [][2]int) int {
	for n, a := range appos {
		if d.toks[a[0]].lowerWord() && d.toks[a[0]].has(lxRelative) {
			continue
		}
		if !d.toks[a[0]].lowerWord() || !d.toks[a[0]].has(lxDet) || d.isWord(a[0], "that") {
			return -1
		}
		if end := d.npForward(a[0], a[1]); end != a[1] || a[0] < 2 || d.chunkAt[a[0]-2] >= 0 {
			return -1
		}
		return n
	}
	return -1
}

// definiteBodyIn returns the organisation that the aside [a, b) names and
// nothing more, after "the" ("the Tarvik Dockers Guild", perhaps with its
// short form in brackets after it), or -1.
func (d *doc) definiteBodyIn(a, b int) int {
	if !d.isWord(a, "the") || !d.toks[a].lowerWord() || a+1 >= b {
		return -1
	}
	ci := d.chunkAt[a+1]
	if ci < 0 || d.chunks[ci].first != a+1 || d.chunks[ci].ent < 0 {
		return -1
	}
	end := d.chunks[ci].last
	if end < b && d.punct(end, "(") && d.punct(b-1, ")") && b-end <= 4 {
		end = b // "(SDF)"
	}
	if end != b {
		return -1
	}
	e := d.chunks[ci].ent
	if en := &d.ents[e]; en.outlet || en.personish() || en.placeish() || !en.orgish() {
		return -1
	}
	return e
}

// titledPersonIn returns the person that the aside [a, b) names after
// title or role words and nothing more ("opposition leader Mira Sander",
// "former Finance Minister Hedda Lorn", "retired general Anton Weir"),
// or -1: not "a friend of Mira Sander", "whose son Ivo Tamm".
func (d *doc) titledPersonIn(a, b int) int {
	ci := d.chunkAt[b-1]
	if ci < 0 || d.chunks[ci].last != b || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
		return -1
	}
	f := int(d.chunks[ci].first)
	if f-a > 5 {
		return -1
	}
	for j := a; j < f; j++ {
		t := &d.toks[j]
		if d.roleCoordination(j, a, f) {
			continue
		}
		if t.kind != tkWord || t.inQuote() || t.cv != 0 || t.has(lxDet|lxPrep|lxPronoun|lxRelative|lxAux|lxFunc) {
			return -1
		}
	}
	return d.chunks[ci].ent
}

// roleCoordination reports whether token j, inside role words [a, f)
// before a name, is the "and" joining two of them: "civil and
// environmental engineering professor Ivo Brandt", "health and safety
// inspector Mark Olin" name one person by a compound role.
func (d *doc) roleCoordination(j, a, f int) bool {
	return j > a && j+2 < f && d.isWord(j, "and") && d.toks[j].lowerWord() && d.toks[j-1].lowerWord() && d.toks[j+1].lowerWord()
}

// skipBareModifier steps back from token i over a modifier that follows a
// person's name without commas, a participle phrase or a restrictive
// relative clause, to the name's last word: "Tavo Renner speaking to the
// Harbour Council think tank called", "Orla Bexley who sponsored the bill
// remarked". It returns i when there is none.
func (d *doc) skipBareModifier(i, first int) int {
	if i < first || d.chunkAt[i] >= 0 || !d.toks[i].lowerWord() {
		return i // the common case: a name, a mark or a capital right before the verb
	}
	for k := i; k > first && k > i-12; k-- {
		t := &d.toks[k]
		if t.kind == tkPunct || t.kind == tkQuote || t.inQuote() || t.cv != 0 && k != i {
			return i
		}
		if !t.lowerWord() || !(d.isWord(k, "who") || d.endsWith(k, "ing") && t.cv == 0 && !t.has(lxAux) && !d.isWord(k, "according")) {
			continue
		}
		if ci := d.chunkAt[k-1]; ci >= 0 && d.chunks[ci].last == k && d.chunks[ci].kind == kPerson && d.chunks[ci].ent >= 0 && k < i {
			return k - 1
		}
	}
	return i
}

// inUnnamedModifier reports whether the phrase starting at start is only
// the object of a preposition in a longer subject that names no one: a
// report citing sources ("Reports citing sources within the Lorvan Party
// have indicated"), or a group joined to a speaker ("Biden and others in
// the Velor Party warned"), which speaks for nobody in particular.
func (d *doc) inUnnamedModifier(start int, s sentence) bool {
	p := start - 1
	if p-1 < s.first || !d.toks[p].lowerWord() {
		return false
	}
	switch d.lower(p) {
	case "within", "in", "inside", "among", "from", "of", "at":
	default:
		return false
	}
	q := p - 1
	if d.isWord(q, "others") && d.isWord(q-1, "and") {
		return true
	}
	if d.toks[q].lowerWord() && d.toks[q].has(lxGroup) {
		q-- // "citing sources within"
	}
	if q < s.first || !d.toks[q].lowerWord() {
		return false
	}
	return d.isWord(q, "citing") || d.isWord(q, "quoting")
}

// citedAs returns the first token of the phrase that a report cites or
// quotes before the "as" at token as ("cited the Air Force as stating",
// "quoted Ivo Tamm, its chief, as saying"), or -1. "was quoted as saying"
// names no one there.
func (d *doc) citedAs(as int, s sentence) int {
	if !d.isWord(as, "as") {
		return -1
	}
	for k := as - 1; k >= s.first && k > as-20; k-- {
		t := &d.toks[k]
		if t.kind == tkQuote || t.inQuote() || d.punct(k, ";") {
			break
		}
		if !t.lowerWord() {
			continue
		}
		switch d.lower(k) {
		case "cited", "cites", "citing", "quoted", "quotes", "quoting", "reported", "reports", "reporting":
			if k+1 < as {
				return k + 1
			}
			return -1
		}
		if t.cv != 0 || t.has(lxAux) {
			break
		}
	}
	return -1
}

// placeAfterBareRole reports whether the one-word name [segStart, pos),
// after the comma at a, follows a bare role set off after a person's
// name: "Dr Sunil Varga, district agriculture officer, Prayagraj, told":
// the office's seat, written as an address line, not the office's holder
// ("the director, Ivo Tamm, said" has its article).
func (d *doc) placeAfterBareRole(segStart, pos, a int, s sentence) bool {
	ci := d.chunkAt[segStart]
	if pos-segStart != 1 || ci < 0 || d.chunks[ci].first != segStart || d.toks[segStart].has(lxFirstName|lxTitle|lxRole) {
		return false
	}
	role := false
	k := a - 1
	for ; k > s.first && !d.punct(k, ","); k-- {
		t := &d.toks[k]
		if !t.lowerWord() || t.has(lxDet|lxPronoun|lxAux|lxVerb|lxRelative) || t.cv != 0 {
			return false
		}
		role = role || t.has(lxRole)
	}
	if !role || k <= s.first || k == a-1 {
		return false
	}
	pc := d.chunkAt[k-1]
	return pc >= 0 && d.chunks[pc].last == k && d.chunks[pc].ent >= 0 && d.ents[d.chunks[pc].ent].personish()
}

// stateAfterTown reports whether the one- or two-word name [segStart,
// pos), after the comma at a, closes an address the aside before that
// comma opened with a preposition: "Judge William Fitzpatrick, in
// Alexandria, Virginia, ruled": the state of the town, no speaker.
func (d *doc) stateAfterTown(segStart, pos, a int, s sentence) bool {
	if pos-segStart > 2 || d.toks[segStart].has(lxTitle|lxRole|lxHonorific) || pos-segStart == 2 && d.toks[segStart].has(lxFirstName) {
		return false // "Virginia" may be a given name too; "Mara Quell" is a person
	}
	for k := segStart; k < pos; k++ {
		if !d.toks[k].capWord() {
			return false
		}
	}
	k := a - 1
	for ; k > s.first && d.toks[k].capWord(); k-- {
	}
	if k == a-1 || !d.toks[k].lowerWord() || !(d.isWord(k, "in") || d.isWord(k, "from") || d.isWord(k, "of") || d.isWord(k, "near")) {
		return false
	}
	return k-1 > s.first && d.punct(k-1, ",")
}

// unclosedAppositive returns the person named just before the subject
// phrase [start, end) when that phrase is a description set off by a comma
// that is never closed ("Ivo Tamm, the chief technology officer of Kelda
// said"), or -1. A name after a preposition or a verb ("In a talk with Ivo
// Tamm, the minister said") is no subject.
func (d *doc) unclosedAppositive(start, end int, s sentence) int {
	if !d.isWord(start, "the") || !d.toks[start].lowerWord() || !d.punct(start-1, ",") || start-2 < s.first {
		return -1
	}
	ci := d.chunkAt[start-2]
	if ci < 0 {
		return -1
	}
	ch := &d.chunks[ci]
	if ch.ent < 0 || !d.ents[ch.ent].personish() {
		return -1
	}
	if b := ch.first - 1; b >= s.first {
		bt := &d.toks[b]
		// "“...,” Dara Quist, the director of the weather office told
		// reporters": the name may follow the quotation it hands over.
		handover := bt.kind == tkQuote && bt.is(fCloseMark)
		if !handover && (bt.kind != tkWord || bt.has(lxPrep|lxVerb|lxFunc) || bt.cv != 0 || d.endsWith(b, "ing") || d.endsWith(b, "ed")) {
			return -1
		}
	}
	for k := start + 1; k < end && !d.isWord(k, "of") && !d.isWord(k, "at") && !d.isWord(k, "for"); k++ {
		if d.toks[k].has(lxRole | lxTitle) {
			return ch.ent
		}
	}
	return -1
}

// unclosedDescription returns the person named before a comma that opens
// a description never closed, when the subject phrase at start is the end
// of that description: "Sandy Ching, president of the American Academy of
// Pediatrics (AAP) said", "Joy Baker, an OBGYN based in Georgia told
// Salon". The description [a+1, end) opens with "a" or "an" or holds a
// role word, and no verb of its own comes before the subject phrase; or -1.
func (d *doc) unclosedDescription(start, end int, s sentence) int {
	a := -1
	for k := start - 1; k >= s.first && start-k <= 10; k-- {
		if d.punct(k, ",") {
			a = k
			break
		}
		t := &d.toks[k]
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || t.lowerWord() && t.has(lxAux|lxRelative) {
			return -1
		}
	}
	if a < 0 || a-1 < s.first {
		return -1
	}
	// "Mara Velk, 41, of Dunmore said", "Narayan Rao, 45, a prawn farm
	// worker in Kakinada said": the age set off between commas, then
	// where she is from or what he does, the closing comma lost; the
	// name is before the age.
	aged := a-3 >= s.first && d.toks[a-1].kind == tkNum && d.punct(a-2, ",") && a+1 < end && d.toks[a+1].lowerWord() &&
		(d.isWord(a+1, "of") || d.isWord(a+1, "from") || d.isWord(a+1, "a") || d.isWord(a+1, "an"))
	if aged {
		a -= 2
	}
	ci := d.chunkAt[a-1]
	if ci < 0 {
		return -1
	}
	ch := &d.chunks[ci]
	// "Tarn FA, after the meeting in Dunmere has instructed": when the
	// aside opens, with the name a body's as well as a person's.
	when := a+2 < end && d.toks[a+1].lowerWord() && (d.isWord(a+1, "after") || d.isWord(a+1, "before") || d.isWord(a+1, "following")) &&
		d.toks[a+2].lowerWord() && d.toks[a+2].has(lxDet)
	if ch.ent < 0 || ch.last != a || !d.ents[ch.ent].personish() && !(when && d.ents[ch.ent].orgish() && !d.ents[ch.ent].placeish()) {
		return -1
	}
	if f := int(ch.first); f != d.clauseStart(s) && !d.rolesOnlyBefore(d.clauseStart(s), f) && !(f-1 >= s.first && d.toks[f-1].kind == tkQuote && d.toks[f-1].is(fCloseMark)) &&
		!d.reportedClauseBefore(f, s) {
		return -1 // not "“...,” Aron Pell, head of the polar institute said", the name handed the quotation
	}
	role := d.isWord(a+1, "a") || d.isWord(a+1, "an") || when || aged
	for k := a + 1; k < end && !role; k++ {
		role = d.toks[k].lowerWord() && d.toks[k].has(lxRole|lxTitle)
	}
	if !role {
		return -1
	}
	return ch.ent
}

// promptedIssuer returns the body a verb of causing made issue something
// ("prompted the Marsh Weather Office to issue a rare warning") when the
// participle cue at v follows that phrase after a comma: the issuer, not
// the cause, speaks; or -1.
func (d *doc) promptedIssuer(v int, s sentence) int {
	if v-1 <= s.first || !d.punct(v-1, ",") {
		return -1
	}
	for k := v - 2; k > s.first+1 && k > v-16; k-- {
		t := &d.toks[k]
		if t.kind != tkWord || t.inQuote() {
			return -1
		}
		if !d.isWord(k, "to") || !t.lowerWord() || k+1 >= v || !issueVerb(d.lower(k+1)) {
			continue
		}
		ci := d.chunkAt[k-1]
		if ci < 0 || d.chunks[ci].last != k || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].orgish() {
			return -1
		}
		p := int(d.chunks[ci].first) - 1
		if d.isWord(p, "the") && d.toks[p].lowerWord() {
			p--
		}
		if p < s.first || !d.toks[p].lowerWord() {
			return -1
		}
		switch d.lower(p) {
		case "prompted", "forced", "led", "spurred", "caused", "pushed", "prompting", "forcing", "leading", "spurring":
			return d.chunks[ci].ent
		}
		return -1
	}
	return -1
}

// issueVerb reports whether w, after "to", puts out a notice: "to issue a
// warning", "to declare an emergency".
func issueVerb(w string) bool {
	switch w {
	case "issue", "declare", "release", "send", "post", "publish", "announce":
		return true
	}
	return false
}

// perfectParticipleAfterComma reports whether the cue verb at v follows
// "having" (perhaps with adverbs between) right after a comma inside the
// sentence: ", having repeatedly called".
func (d *doc) perfectParticipleAfterComma(v int, s sentence) bool {
	k := v - 1
	for k > s.first && d.toks[k].lowerWord() && (d.toks[k].has(lxAdverb) || d.endsWith(k, "ly")) && !d.isWord(k, "having") {
		k--
	}
	return k-1 > s.first && d.isWord(k, "having") && d.toks[k].lowerWord() && d.punct(k-1, ",") && !d.endsWith(v, "ing")
}

// whileCallingSubject returns the first token and the entity of the name
// before "while", "when", "after" or "before" and the participle cue prev,
// when that cue's phrase ends in a quotation closing at i, just before the
// cue at v, with no comma since the name: "Ivo Brenn while calling the
// vote “a farce” said"; or -1, -1.
func (d *doc) whileCallingSubject(i, v int, s sentence, prev *cue) (int, int) {
	if prev == nil || !prev.found || prev.ent < 0 || i <= prev.verb || i >= v || d.toks[i].kind != tkQuote || !d.toks[i].is(fCloseMark) ||
		!d.endsWith(prev.verb, "ing") || prev.verb-2 < s.first || d.endsWith(v, "ing") {
		return -1, -1
	}
	w := prev.verb - 1
	if !d.toks[w].lowerWord() || !(d.isWord(w, "while") || d.isWord(w, "when") || d.isWord(w, "after") || d.isWord(w, "before")) {
		return -1, -1
	}
	ci := d.chunkAt[w-1]
	if ci < 0 || d.chunks[ci].ent != prev.ent || !d.ents[prev.ent].personish() {
		return -1, -1
	}
	for k := w; k < v; k++ {
		if !d.toks[k].inQuote() && (d.punct(k, ",") || d.punct(k, ";")) {
			return -1, -1
		}
	}
	return int(d.chunks[ci].first), prev.ent
}

// municipalityOf returns the body named "the town of X" (city, village,
// municipality) for the place X, entity e, when the text has named it so;
// or -1.
func (d *doc) municipalityOf(e int) int {
	w := d.ents[e].words
	for o := range d.ents {
		ow := d.ents[o].words
		if o == e || len(ow) != len(w)+2 || ow[1] != "of" || !slices.Equal(ow[2:], w) {
			continue
		}
		switch ow[0] {
		case "city", "town", "village", "municipality":
			return o
		}
	}
	return -1
}

// personOfBodyInPlace returns the person, and the first token of the
// name, whose phrase "Name of the BODY in" ends just before the place at
// start: "Dr. Ilse Varga of the Marrow Institute in Tarvik"; or -1, -1.
func (d *doc) personOfBodyInPlace(start, first int) (int, int) {
	p := start - 1
	if p-1 < first || !d.isWord(p, "in") || !d.toks[p].lowerWord() {
		return -1, -1
	}
	bi := d.chunkAt[p-1]
	if bi < 0 || d.chunks[bi].last != p || d.chunks[bi].ent < 0 || !d.ents[d.chunks[bi].ent].orgish() {
		return -1, -1
	}
	q := int(d.chunks[bi].first) - 1
	if d.isWord(q, "the") && d.toks[q].lowerWord() {
		q--
	}
	if q-1 < first || !d.isWord(q, "of") || !d.toks[q].lowerWord() {
		return -1, -1
	}
	pi := d.chunkAt[q-1]
	if pi < 0 || d.chunks[pi].last != q || d.chunks[pi].ent < 0 || !d.ents[d.chunks[pi].ent].personish() || int(d.chunks[pi].first) < first {
		return -1, -1
	}
	return d.chunks[pi].ent, int(d.chunks[pi].first)
}

// rolesOnlyBefore reports whether the tokens [a, f) before a name are
// role words only, perhaps joined by "and": "Novelist and playwright Ilse
// Varga, chair of the judges said": the name still opens the clause.
func (d *doc) rolesOnlyBefore(a, f int) bool {
	if a >= f || f-a > 4 {
		return false
	}
	for k := a; k < f; k++ {
		t := &d.toks[k]
		if t.kind != tkWord || !(t.has(lxRole|lxTitle) || k > a && d.isWord(k, "and") && t.lowerWord()) {
			return false
		}
	}
	return true
}

// reportedClauseBefore reports whether the name at f follows a comma that
// closes a reported clause with a verb of its own: "The convoy turned
// back, Sona Petrak, district chief of Halden told reporters". The name
// hands over the clause as it would a quotation; a name after another
// name ("Ivo Tamm, Sona Petrak, ...") is a list, not a handover.
func (d *doc) reportedClauseBefore(f int, s sentence) bool {
	if f-2 < s.first || !d.punct(f-1, ",") || d.chunkAt[f-2] >= 0 || d.toks[f-2].kind != tkWord {
		return false
	}
	if d.finiteVerbIn(s.first, f-1) {
		return true
	}
	// Verbs the lexicon lacks: "The clashes erupted at dawn, killing
	// four, Sona Petrak, ... told": a past tense after no determiner, or
	// a participle opening an aside.
	for j := s.first + 1; j < f-1; j++ {
		t := &d.toks[j]
		if !t.lowerWord() || t.inQuote() || d.toks[j-1].lowerWord() && d.toks[j-1].has(lxDet) {
			continue
		}
		if len(d.str(j)) > 4 && d.endsWith(j, "ed") || d.punct(j-1, ",") && d.endsWith(j, "ing") {
			return true
		}
	}
	return false
}

// townStateBefore reports whether the comma at a closes a town and its
// state joined in a description, "a Lansing, Michigan, | native".
func (d *doc) townStateBefore(a int) bool {
	if a < 2 || d.chunkAt[a-1] < 0 {
		return false
	}
	ch := &d.chunks[d.chunkAt[a-1]]
	f := int(ch.first)
	return f >= 1 && (d.isWord(f-1, "a") || d.isWord(f-1, "an")) && d.punct(f+1, ",") && d.chunkAt[f+1] == d.chunkAt[a-1]
}

// addressTail reports whether the segment [segStart, pos), after the comma
// at a, is the last part of an address: one to three capitalised words, no
// title or first name among them, after a chain of capitalised words and
// commas that opens on "in", "of", "on" or "at" after a small noun
// ("owners in Elm Row, Canning Street, Hove"), two parts at least before
// the town, and no person's name in the segment. The walk back stops at
// the sentence's start and sixteen tokens before the comma.
func (d *doc) addressTail(segStart, pos, a int, s sentence) bool {
	if pos-segStart > 3 {
		return false
	}
	for k := segStart; k < pos; k++ {
		if !d.toks[k].capWord() || d.toks[k].has(lxTitle|lxRole|lxFirstName) {
			return false
		}
	}
	if ci := d.chunkAt[segStart]; ci >= 0 && d.chunks[ci].kind == kPerson {
		return false // "the mayor of London, Sadiq Khan, said": a name in apposition
	}
	j, commas := a-1, 0
	for j >= s.first && j > a-16 && (d.toks[j].capWord() || d.punct(j, ",")) {
		if d.punct(j, ",") {
			commas++
		}
		j--
	}
	if j <= s.first || j == a-1 || commas == 0 || !d.toks[j].lowerWord() || !d.toks[j+1].capWord() ||
		!(d.isWord(j, "in") || d.isWord(j, "of") || d.isWord(j, "on") || d.isWord(j, "at")) {
		return false
	}
	// The people the address is of: a plural noun ("owners", "residents").
	n := &d.toks[j-1]
	return n.lowerWord() && d.endsWith(j-1, "s") && !n.has(lxDet|lxPrep|lxFunc|lxAux|lxPronoun|lxVerb) && n.cv == 0
}

// townBasedComma reports whether the comma at a parts a town from the
// state its firm is based in, inside an appositive: "Sea Vessels, a
// Hamilton, Bermuda-based shipping concern, said". The comma sets nothing
// off; without the hyphened adjective ("a Lansing, Michigan, native")
// the town and state are one chunk, which townStateBefore reads.
func (d *doc) townBasedComma(a int) bool {
	if a < 2 || a+2 >= len(d.toks) || d.chunkAt[a-1] < 0 {
		return false
	}
	f := d.chunks[d.chunkAt[a-1]].first
	return f >= 1 && d.chunks[d.chunkAt[a-1]].last == a && (d.isWord(f-1, "a") || d.isWord(f-1, "an")) &&
		d.toks[a+1].capWord() && placeAdjective(d.str(a+1)) && d.toks[a+2].lowerWord()
}

// roleQuoteHandover returns where a role phrase starts that stands
// between a quotation and the name at start, set off by a comma that the
// copy never closes after the name: "“...,” the company's chief executive,
// Teodor Vask said". Without it, the role is read as the end of the words
// reported. It returns -1 when no such phrase is there.
func (d *doc) roleQuoteHandover(start int, s sentence) int {
	if start-2 <= s.first || !d.punct(start-1, ",") || d.chunkAt[start] < 0 || d.chunks[d.chunkAt[start]].first != start {
		return -1
	}
	role := false
	b := start - 1
	for ; b > s.first && start-b <= 8; b-- {
		t := &d.toks[b-1]
		if t.kind == tkPunct || t.kind == tkQuote || t.inQuote() {
			break
		}
		if t.lowerWord() && (t.has(lxAux|lxVerb|lxRelative|lxPronoun) || t.cv != 0) {
			return -1
		}
		role = role || t.lowerWord() && t.has(lxRole|lxTitle)
	}
	// The quotation hands over right before the role: `”,` or `,”`.
	handOver := b-1 > s.first && d.toks[b-1].kind == tkQuote && d.toks[b-1].is(fCloseMark) ||
		d.punct(b-1, ",") && b-2 >= s.first && d.toks[b-2].kind == tkQuote && d.toks[b-2].is(fCloseMark)
	if !role || b >= start-1 || b-1 <= s.first || !handOver {
		return -1
	}
	return b
}

// timeClauseAt reports whether a clause of time about the speaker starts
// at token k: "..., warns Director Carissa Etienne | as she urged
// countries to ...", "while he toured the port", and one without its
// subject, "when asked about the report", "while leaving the court".
func (d *doc) timeClauseAt(k int, s sentence) bool {
	if k+2 >= s.last || !d.toks[k].lowerWord() || !(d.isWord(k, "as") || d.isWord(k, "while") || d.isWord(k, "when")) {
		return false
	}
	switch d.lower(k + 1) {
	case "he", "she", "they":
		return d.toks[k+2].lowerWord() && (d.toks[k+2].has(lxVerb|lxAux) || d.toks[k+2].cv != 0 || d.endsWith(k+2, "ed"))
	}
	if d.pluralClauseAt(k+1, s) {
		return true // "as authorities dumped dirt around town", "while the crews piled sandbags": others at work meanwhile
	}
	// "when asked", "when pressed", "while leaving": the speaker's own
	// participle; but not "as expected" (no verb of the speaker's).
	return !d.isWord(k, "as") && d.toks[k+1].lowerWord() && !d.toks[k+1].has(lxAux) && (d.endsWith(k+1, "ed") || d.endsWith(k+1, "ing"))
}

// pluralClauseAt reports whether a clause with a plural common noun for
// its subject opens at token k, after a word of time: "authorities
// dumped", "the crews piled". The noun is lower case and no verb, and a
// past verb follows it at once.
func (d *doc) pluralClauseAt(k int, s sentence) bool {
	if d.isWord(k, "the") && d.toks[k].lowerWord() {
		k++
	}
	v := k + 1
	if v >= s.last || !d.toks[k].lowerWord() || !d.endsWith(k, "s") || d.toks[k].has(lxVerb|lxAux|lxFunc|lxDet|lxPronoun|lxPrep) {
		return false
	}
	return d.toks[v].lowerWord() && d.endsWith(v, "ed") && !d.toks[v].has(lxFunc|lxDet|lxPrep)
}

// personOfBodyBefore returns the person, and the first token of their
// name, whose "of" phrase describing a body ends at the comma at a: "Nadim
// Sarrar of the Tarsin-based rights organisation," (the body's own name
// follows the comma). The phrase is "of the", a few words, and a noun for
// a body. For an unnamed voice ("a spokesman of the rights group,") it
// returns -1 and the phrase's first token; otherwise -1, -1.
func (d *doc) personOfBodyBefore(a int, s sentence) (int, int) {
	h := a - 1
	if h-2 < s.first || !d.toks[h].lowerWord() || !d.toks[h].has(lxGenericOrg) {
		return -1, -1
	}
	for j := h - 1; j > s.first && j >= h-6; j-- {
		if d.isWord(j, "the") && d.toks[j].lowerWord() && d.isWord(j-1, "of") && j-3 >= s.first && isVoiceRole(d.lower(j-2)) &&
			(d.isWord(j-3, "a") || d.isWord(j-3, "an")) {
			return -1, j - 3
		}
		if d.isWord(j, "the") && d.toks[j].lowerWord() {
			if !d.isWord(j-1, "of") || j-2 < s.first {
				return -1, -1
			}
			ci := d.chunkAt[j-2]
			if ci < 0 || d.chunks[ci].last != j-1 {
				return -1, -1
			}
			if e := d.chunks[ci].ent; e >= 0 && d.ents[e].personish() {
				return e, d.chunks[ci].first
			}
			return -1, -1
		}
		if d.toks[j].kind != tkWord {
			return -1, -1
		}
	}
	return -1, -1
}

// invertedAtStartRole returns the end of a person's name after the verb
// opening sentence s at v, and the colon after the role set off by a
// comma that follows it, when a quotation opens right after the colon:
// "Adds Piet Dambra, a vice president of Tarsin Trading: “...”"; or
// -1, -1.
func (d *doc) invertedAtStartRole(v int, s sentence) (int, int) {
	if v+1 >= s.last || d.chunkAt[v+1] < 0 || !d.toks[v].capWord() {
		return -1, -1
	}
	end := d.npForward(v+1, s.last)
	if end <= v+1 || end+2 >= s.last || !d.punct(end, ",") || d.chunkAt[end-1] < 0 {
		return -1, -1
	}
	if e := d.chunks[d.chunkAt[end-1]].ent; e < 0 || !d.ents[e].personish() {
		return -1, -1
	}
	for j := end + 1; j+1 < s.last && j <= end+16; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || d.sentenceEnd(j, s) {
			return -1, -1
		}
		if d.punct(j, ":") {
			if n := &d.toks[j+1]; n.kind == tkQuote && n.is(fOpenMark) && j > end+1 {
				return end, j
			}
			return -1, -1
		}
	}
	return -1, -1
}

// dashAsideAfterQuote reports whether the verb at v follows an aside set
// off by dashes that itself follows a closing quotation mark: "“...” — to
// another town, for example — said Santel". The aside is short and holds
// no quotation mark or cue verb.
func (d *doc) dashAsideAfterQuote(v int, s sentence) bool {
	if v-3 < s.first || !d.isDash(v-1) {
		return false
	}
	for j := v - 2; j > s.first && j >= v-11; j-- {
		t := &d.toks[j]
		if t.kind == tkQuote || t.cv != 0 {
			return false
		}
		if d.isDash(j) {
			k := j - 1
			if d.punct(k, ",") {
				k--
			}
			return j < v-2 && k >= s.first && d.toks[k].kind == tkQuote && d.toks[k].is(fCloseMark)
		}
	}
	return false
}

// titleAfterAnd returns the title and the end of a person's name that
// follow an "and" ending the phrase [k, end) after an inverted cue, when
// the phrase is capitalised words naming no person ("Health" may be read
// as a title's word, as in "Health Minister") and the words after
// the "and" run on, capitalised, to that title: "said Health and Human
// Services Secretary Orla Fenwick", where "Health and Human Services" is
// one body's name and Fenwick the speaker. Not "said Ilse Varga and
// Commissioner Tomas Brenn" (two people), nor "said Varga and Brenn";
// (-1, -1) when the words have no such shape.
func (d *doc) titleAfterAnd(k, end int, s sentence) (int, int) {
	if end+3 >= s.last || !d.isWord(end, "and") || !d.toks[end].lowerWord() {
		return -1, -1
	}
	for j := k; j < end; j++ {
		if !d.toks[j].capWord() {
			return -1, -1
		}
	}
	if ci := d.chunkAt[end-1]; end-k > 1 && ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
		return -1, -1
	}
	t := end + 1
	for t < s.last && t < end+5 && d.toks[t].capWord() && (!d.toks[t].has(lxTitle|lxRole) || t+1 < s.last && d.toks[t+1].lowerWord() && d.toks[t+1].has(lxTitle|lxRole)) {
		t++ // "Environment minister": a remit's word the lexicon also knows in titles, before the title itself
	}
	if t == end+1 || t >= s.last || !d.toks[t].capWord() && !d.toks[t].lowerWord() || !d.toks[t].has(lxTitle|lxRole) {
		return -1, -1 // "said Forest and Environment minister Ganesh Ram Singhkhuntia": the title in lower case too
	}
	e2 := d.npThroughName(t, s.last)
	if e2 <= t+1 || !(e2 >= s.last || d.punct(e2, ",") || d.sentenceEnd(e2, s) ||
		d.toks[e2].lowerWord() && d.toks[e2].has(lxPrep) && !d.isWord(e2, "that")) { // "... Secretary Alec Azor on a press call Monday"
		return -1, -1
	}
	if ci := d.chunkAt[e2-1]; ci < 0 || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
		return -1, -1
	}
	return t, e2
}

// rolesJoinedBeforeName returns the span of the second role and the name
// after an inverted verb when the phrase [k, end) ends in a role in lower
// case and "and" at end joins another to it before a person's name:
// "said Metrolinx president and CEO Phil Verster". Else -1, -1.
func (d *doc) rolesJoinedBeforeName(k, end int, s sentence) (int, int) {
	if end+2 >= s.last || end-1 < k || !d.isWord(end, "and") || !d.toks[end].lowerWord() ||
		!d.toks[end-1].lowerWord() || !d.toks[end-1].has(lxTitle|lxRole) || !d.toks[end+1].has(lxTitle|lxRole) {
		return -1, -1
	}
	e2 := d.npThroughName(end+1, s.last)
	if e2 <= end+2 {
		return -1, -1
	}
	if ci := d.chunkAt[e2-1]; ci < 0 || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
		return -1, -1
	}
	return end + 1, e2
}

// titleOfPhrase returns the span of the person's name that follows a
// title's "of" phrase after an inverted verb, "said Norvale president of
// mobile communications business Teo Vask", "says Tarrow Bank head of
// consumer lending Ilse Varga": [k, end) ends in a lower-case title or
// role, "of" and up to six lower-case words follow, then a person's name
// that closes the clause. Else -1, -1. The "of" phrase is left to no body:
// its words are lower case.
func (d *doc) titleOfPhrase(k, end int, s sentence) (int, int) {
	if end+2 >= s.last || end-1 < k || !d.isWord(end, "of") || !d.toks[end].lowerWord() ||
		!d.toks[end-1].lowerWord() || !d.toks[end-1].has(lxTitle|lxRole) {
		return -1, -1
	}
	t := end + 1
	for t < s.last && t < end+8 && d.toks[t].lowerWord() && !d.toks[t].inQuote() && !d.toks[t].has(lxAux|lxDet|lxPronoun) {
		t++
	}
	if t == end+1 || t >= s.last || !d.toks[t].capWord() {
		return -1, -1
	}
	e2 := d.npThroughName(t, s.last)
	if e2 <= t+1 || !(e2 >= s.last || d.punct(e2, ",") || d.sentenceEnd(e2, s)) {
		return -1, -1
	}
	if ci := d.chunkAt[e2-1]; ci < 0 || int(d.chunks[ci].first) != t || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
		return -1, -1
	}
	return t, e2
}

// tryInverted takes the speaker from after the verb when the verb follows a
// quotation or a comma and a name follows it: "“...,” said Rask, 33.",
// "Institutional recipients, said Mauer, are required ...".
// skipInvertedPhrase returns the token after a short phrase of where or
// when that stands between an inverted speech verb and its speaker ("in
// the statement", "in a release", "on Tuesday"), when a name follows it;
// else k itself.
func (d *doc) skipInvertedPhrase(k int, s sentence) int {
	if k+2 >= s.last || !d.toks[k].lowerWord() || !(d.isWord(k, "in") || d.isWord(k, "on")) {
		return k
	}
	j := k + 1
	if w := d.lower(j); w == "a" || w == "the" || w == "its" || w == "his" || w == "her" {
		j++
	}
	if j >= s.last {
		return k
	}
	switch w := d.lower(j); {
	case d.toks[j].lowerWord() && invertedPhraseNoun[w]:
	case d.toks[j].capWord() && weekday(w) && j == k+1:
	default:
		return k
	}
	n := j + 1
	if d.isWord(n, "the") && d.toks[n].lowerWord() {
		n++
	}
	if n >= s.last || !d.toks[n].capWord() || d.chunkAt[n] < 0 || d.chunks[d.chunkAt[n]].first != n || d.chunks[d.chunkAt[n]].kind == kPlace {
		return k
	}
	return n
}

// nameAfterDescription returns the first token of the name that a
// description starting at k, after a speech verb, gives its speaker, or
// -1, and whether the description is of a person: "said a marcher named
// Ezra", "said a protester using the pseudonym Mira". end is where the
// phrase read as a noun phrase ends.
func (d *doc) nameAfterDescription(k, end int, s sentence) (int, bool) {
	for j := end - 1; j <= end+3 && j+1 < s.last; j++ {
		naming, person := false, false
		if j > k {
			naming, person = d.namingWordBefore(j + 1)
		}
		if !naming {
			continue
		}
		for m := k; m <= j; m++ {
			if !d.toks[m].lowerWord() || d.toks[m].inQuote() {
				return -1, false
			}
		}
		ci := d.chunkAt[j+1]
		if ci < 0 || int(d.chunks[ci].first) != j+1 || d.chunks[ci].ent < 0 {
			return -1, false
		}
		return j + 1, person
	}
	return -1, false
}

// oneOfGroupName returns the first token of the name that "one of the
// <people>" at k gives its speaker, straight after the plural noun: "said
// one of the researchers Dora Lind"; or -1.
func (d *doc) oneOfGroupName(k int, s sentence) int {
	if k+4 >= s.last || !d.isWord(k, "one") || !d.isWord(k+1, "of") || !d.isWord(k+2, "the") || !d.toks[k].lowerWord() {
		return -1
	}
	n := k + 3
	if !d.toks[n].lowerWord() || !d.endsWith(n, "s") || d.toks[n].has(lxFunc|lxPrep|lxVerb|lxAux) {
		return -1
	}
	ci := d.chunkAt[n+1]
	if ci < 0 || int(d.chunks[ci].first) != n+1 || d.chunks[ci].ent < 0 {
		return -1
	}
	if e := &d.ents[d.chunks[ci].ent]; e.orgish() || e.placeish() || e.outlet {
		return -1 // "one of the partners Harlow Steel": no person
	}
	return n + 1
}

// namedSubjectAside reports whether the comma before the cue at v closes
// an aside set off after a name opening the sentence ("Ada Lind, the
// mayor, said"): the name is the cue's subject, and the verb is not
// inverted. The aside has no verb of its own ("The bridge is old, said
// Ivo Tamm" has one) and no quotation.
func (d *doc) namedSubjectAside(v int, s sentence) bool {
	ci := d.chunkAt[s.first]
	if ci < 0 || d.chunks[ci].first != s.first || d.chunks[ci].ent < 0 {
		return false
	}
	a := int(d.chunks[ci].last)
	if e := &d.ents[d.chunks[ci].ent]; !d.punct(a, ",") || a+2 >= v-1 || e.placeish() || e.outlet {
		return false
	}
	for k := a + 1; k < v-1; k++ {
		if t := &d.toks[k]; t.kind == tkQuote || t.inQuote() || t.kind == tkPunct && !d.punct(k, ".") && !d.punct(k, "-") {
			return false
		}
	}
	return d.appositiveLike(a+1, v-1) && !d.finiteVerbIn(a+1, v-1)
}

// unpunctuatedRole reports whether the words from token end, just after
// an inverted speaker's name, are that person's role set off by no comma,
// closing the sentence: "“...,” said Kevin Holt the restaurant's owner."
// A role word must end them; any other noun ("said Holt the reef would
// die") is no role.
func (d *doc) unpunctuatedRole(end int, s sentence) bool {
	if end < 1 || !d.isWord(end, "the") || !d.toks[end].lowerWord() || d.chunkAt[end-1] < 0 {
		return false
	}
	if e := d.chunks[d.chunkAt[end-1]].ent; e < 0 || !d.ents[e].personish() {
		return false
	}
	for j := end + 1; j < s.last && j <= end+5; j++ {
		t := &d.toks[j]
		if t.kind == tkPoss || t.kind == tkWord && t.capWord() && d.chunkAt[j] >= 0 {
			continue // "the Tarvik restaurant's owner"
		}
		if t.kind != tkWord || !t.lowerWord() || t.has(lxVerb|lxAux|lxFunc|lxPrep) && !t.has(lxRole) {
			return false
		}
		if t.has(lxRole) && (d.sentenceEnd(j+1, s) || j+1 >= s.last) {
			return true
		}
	}
	return false
}

// invertedPhraseNoun lists what a speaker says something in: "said in a
// statement Jim Pell".
var invertedPhraseNoun = map[string]bool{
	"statement": true, "release": true, "letter": true, "interview": true, "post": true, "email": true,
	"tweet": true, "video": true, "message": true, "speech": true, "briefing": true,
}

// titleAtBodyPerson returns the person chunk an inverted cue's title
// reaches through a preposition and the body the title is in: "said
// Minister in the Presidency Ilse Varga", where the phrase read forward
// stops at "in" and the chunk after it holds the body as its title and
// the holder's name. The phrase [k, end) is capitalised titles only; it
// returns the chunk's first token and end, or 0, 0.
func (d *doc) titleAtBodyPerson(k, end int, s sentence) (int, int) {
	if end <= k || end+1 >= s.last || end-k > 4 {
		return 0, 0
	}
	for j := k; j < end; j++ {
		if !d.toks[j].capWord() || !d.toks[j].has(lxTitle|lxRole) && !(j > k && d.isWord(j, "of")) {
			return 0, 0
		}
	}
	if !d.toks[end].lowerWord() || !(d.isWord(end, "in") || d.isWord(end, "at") || d.isWord(end, "for")) {
		return 0, 0
	}
	n := end + 1
	if d.isWord(n, "the") && d.toks[n].lowerWord() {
		n++
	}
	ci := d.chunkAt[min(n, len(d.toks)-1)]
	if n >= s.last || ci < 0 {
		return 0, 0
	}
	ch := &d.chunks[ci]
	if ch.first != n || ch.kind != kPerson || ch.name <= n || ch.ent < 0 || !d.ents[ch.ent].personish() {
		return 0, 0
	}
	return n, int(ch.last)
}

// participleAsideTo reports whether the words from a to the comma at
// end are a participle's phrase and nothing more ("handing down sentence
// after a one-day trial"), an aside about the subject before it.
func (d *doc) participleAsideTo(a, end int) bool {
	if a >= end || !d.punct(end, ",") || !d.toks[a].lowerWord() || !d.endsWith(a, "ing") {
		return false
	}
	for k := a + 1; k < end; k++ {
		if d.punct(k, ",") || d.toks[k].kind == tkQuote || d.toks[k].inQuote() {
			return false
		}
	}
	return !d.finiteVerbIn(a+1, end)
}

func (d *doc) tryInverted(c *cue, s sentence) bool {
	v := c.verb
	if v == s.first {
		if end := d.invertedAtStart(v, s); end > v+1 {
			c.found, c.inverted = true, true
			c.ent = d.resolveNP(v+1, end, v)
			c.after = end
			return true
		}
		return false
	}
	if v-1 < s.first || d.endsWith(v, "ing") {
		return false
	}
	// "“Will the dike hold?” asked Tomas Brenner": a question asked.
	// "“...,” confessed Ilse Varga": a verb known with its "that", just
	// after the quotation it reports.
	askedAfterQuote := (c.class == cueAsk || c.class == cueThat) && d.closesQuote(v-1, s)
	// "The effort may have consumed 2.8 gigawatt-hours, estimates Evan
	// Sparks": an estimate is reported as a saying is.
	if c.class != cueSay && c.class != cueQuoteOnly && !askedAfterQuote && c.lemma != "estimate" {
		return false
	}
	switch c.lemma {
	case "tell", "inform", "assure", "remind", "advise":
		return false // "Olsen, a former teacher, told the Kelmar Echo": the hearer follows, never the speaker
	}
	afterQuote := (d.toks[v-1].kind == tkQuote && d.toks[v-1].is(fCloseMark) ||
		d.punct(v-1, ",") && v-2 >= s.first && d.toks[v-2].kind == tkQuote && d.toks[v-2].is(fCloseMark)) &&
		d.skipTitleBack(v-1, s) == v-1 || // "The report, “State of the Reefs”, found": the title is no quotation
		d.dashAsideAfterQuote(v, s) // "“...” — to another town, for example — said Santel"
	if !afterQuote && !d.punct(v-1, ",") {
		return false
	}
	if !afterQuote && d.namedSubjectAside(v, s) {
		// "Ada Lind, the mayor, said Ivo Tamm, the treasurer, would
		// resign": the comma closes the subject's aside; the name after
		// the verb is the clause's subject, not an inverted speaker.
		return false
	}
	k := c.after
	if afterQuote && k+1 < s.last && (d.isWord(k, "another") || d.isWord(k, "others")) && d.toks[k].lowerWord() && d.sentenceEnd(k+1, s) {
		// "“...,” said another.": someone else, unnamed.
		c.found, c.inverted, c.ent, c.after = true, true, -1, k+1
		return true
	}
	if afterQuote {
		// "“...,” said in the statement Jim Pell, the agency's chief",
		// "“...,” said on Tuesday Ana Voss": the speaker after the phrase.
		k = d.skipInvertedPhrase(k, s)
	}
	if f := d.oneOfGroupName(k, s); f > 0 {
		// "“...,” said one of the researchers Dora Lind, biology
		// professor at ...": the one of them the name gives.
		k = f
	}
	end := d.npThroughName(k, s.last)
	if end <= k || d.isWord(k, "that") || d.isWord(k, "this") {
		return false
	}
	given, givenPerson := -1, false // the first word of the name a description gives its speaker
	if f, person := d.nameAfterDescription(k, end, s); f > 0 {
		// "“...,” said a protester using the pseudonym Mira": she speaks.
		given, givenPerson, end = f, person, int(d.chunks[d.chunkAt[f]].last)
	}
	if t, e2 := d.titleAfterAnd(k, end, s); t > 0 {
		// "said Parks and Recreation Commissioner Dara Quist": a body's
		// name holding "and", then its officer.
		k, end = t, e2
	}
	if t, e2 := d.rolesJoinedBeforeName(k, end, s); t > 0 {
		// "said Metrolinx president and CEO Phil Verster": two roles
		// joined, then their holder, who speaks.
		k, end = t, e2
	}
	if t, e2 := d.titleOfPhrase(k, end, s); t > 0 {
		// "said Norvale president of mobile communications business
		// Teo Vask": a firm's title whose "of" phrase of lower-case
		// words runs on to the officer's name, who speaks.
		k, end = t, e2
	}
	if t, e2 := d.titleAtBodyPerson(k, end, s); t > 0 {
		// "said Minister in the Presidency Ilse Varga", "said Minister
		// of State at the Department of Health Ilse Varga": the title's
		// body, then its holder, who speaks.
		k, end = t, e2
	}
	if a := d.skipAcronymAside(end, s); a > end && a < s.last && d.toks[a].capWord() && d.toks[a].has(lxTitle|lxRole) {
		// "warns Pan American Health Organization (PAHO) Director
		// Carissa F. Etienne": the body's acronym, then its officer.
		if e2 := d.npForward(a, s.last); e2 > a && d.chunkAt[e2-1] >= 0 {
			k, end = a, e2
		}
	}
	// "“...,” said Ilse Varga and Tomas Brenn.", "The budget was
	// balanced, said Ilse Varga and Tomas Brenn.": two named speakers, each
	// credited.
	co, coEnd := -1, end
	and := end
	if d.punct(end, ",") && d.chunkAt[end-1] >= 0 {
		// "said Ilse Varga, a Democrat, and Tomas Brek, a Republican":
		// the first name's aside stands before the "and".
		for ae := end + 2; ae < s.last && ae < end+10 && d.toks[ae].kind != tkQuote && !d.toks[ae].inQuote(); ae++ {
			if d.punct(ae, ",") {
				if d.isWord(ae+1, "and") && d.appositiveLike(end+1, ae) {
					and = ae + 1
				}
				break
			}
		}
	}
	if and+1 < s.last && d.isWord(and, "and") && d.toks[and].lowerWord() && d.chunkAt[end-1] >= 0 && d.chunkAt[and+1] >= 0 {
		if e2 := d.npForward(and+1, s.last); e2 > and+1 && d.chunkAt[e2-1] >= 0 && (e2 >= s.last || d.punct(e2, ",") || d.sentenceEnd(e2, s)) {
			if e := d.chunks[d.chunkAt[e2-1]].ent; e >= 0 && d.ents[e].personish() {
				co, coEnd = e, e2
			}
		}
	}
	voiceFor := false // a spokesman for a body described, the phrase's head no person
	if end < s.last && d.toks[end-1].lowerWord() && (isVoiceRole(d.lower(end-1)) && (d.isWord(end, "for") || d.isWord(end, "at")) ||
		(d.isWord(end-1, "official") || isSpokesperson(d.lower(end-1))) && d.isWord(end, "of")) && d.toks[end].lowerWord() {
		// and "says an official of the Ministry of Coastal Trade", "said
		// a representative of the Tarvik Defense Force": the
		// body, as when the phrase is the subject before the verb.
		// "“...,” said a spokesperson for the Calder Interior Ministry":
		// the body the spokesperson speaks for.
		// "said a spokesman for the exchange": a body named before,
		// which the description after "the" stands for.
		if e2 := d.npForward(end+1, s.last); e2 > end+1 && (d.chunkAt[e2-1] >= 0 ||
			d.isWord(end+1, "the") && e2 == end+3 && d.toks[e2-1].lowerWord() && d.toks[e2-1].has(lxGenericOrg)) {
			end = e2
		} else if e2 > end+2 && e2 <= end+5 && d.isWord(end+1, "the") && d.toks[e2-1].lowerWord() && !d.toks[e2-1].has(lxFunc|lxPrep|lxAux|lxPronoun) &&
			isVoiceRole(d.lower(end-1)) && (e2 >= s.last || d.sentenceEnd(e2, s) || d.punct(e2, ",")) {
			// "..., says a spokesman for the division.", "for the GM
			// finance arm": a body described, closing the sentence.
			end, voiceFor = e2, true
		}
	}
	if end+1 < s.last && d.isWord(end, "of") && d.toks[end].lowerWord() && d.pressOffice(end-1, k) {
		// "..., reported the press service of the Tarvian Foreign
		// Ministry.": the body whose office it is speaks.
		if e2 := d.npForward(end+1, s.last); e2 > end+1 && d.chunkAt[e2-1] >= 0 {
			end = e2
		}
	}
	// "said the company would ..." is a reported clause, not an inverted
	// subject: the phrase must be followed by an end, a comma or a
	// modifier.
	if end < s.last && co < 0 {
		nt := &d.toks[end]
		ok := nt.kind == tkPunct || nt.kind == tkQuote || afterQuote && d.unpunctuatedRole(end, s) ||
			nt.lowerWord() && (nt.has(lxPrep|lxRelative) && !d.isWord(end, "that") || d.endsWith(end, "ing")) || d.timeClauseAt(end, s) ||
			!afterQuote && d.isThing(k, end) && d.docModifier(end, s) >= 0 || // "..., says a study published in Lancet."
			afterQuote && d.andSecondCue(end, s) // "“...,” said Ivo Tamm and added that ..."
		if !ok {
			return false
		}
	}
	docEnd := -1     // the end of a document's closing modifier: "..., says a study published in Lancet."
	docTail := false // a document's author closes the clause, its town after it
	if ci := d.chunkAt[s.first]; !afterQuote && ci >= 0 && d.chunks[ci].first == s.first && d.punct(d.chunks[ci].last, ",") &&
		(d.relativeAsideEnd(d.chunks[ci].last+1, v+1) == v-1 || d.participleAsideTo(d.chunks[ci].last+1, v-1)) {
		// "Anders Pohl, who led the campaign, said the plan, which ...,
		// was dead": the sentence's subject and its aside, then its
		// verb and what it reports; no clause before for "the plan"
		// to have said.
		return false
	}
	if !afterQuote {
		// "Institutional recipients, said Mauer, are required ...": only a
		// name set off by commas, after words that name nobody; or an
		// unnamed source ending the clause ("..., reported officials").
		last := end - 1
		if last > k && d.chunkAt[last] < 0 && d.toks[last].has(lxPostNominal) && d.chunkAt[last-1] >= 0 {
			last-- // "..., said Ilan Dravic Jr."
		}
		named := d.chunkAt[last] >= 0 && d.chunks[d.chunkAt[last]].ent >= 0
		h := &d.toks[last]
		// "..., says a new report.", "..., warns the study": a document
		// speaks after the clause as a body does, its source ("a report
		// by the Tarvik Water Board") or a modifier ("a study published
		// in Lancet") closing the sentence.
		doc := h.lowerWord() && (h.has(lxDoc) || thingWords[d.lower(last)]) && d.isThing(k, end)
		unnamed := h.lowerWord() && h.has(lxGroup|lxRole|lxGenericOrg) || doc || voiceFor
		next := d.skipAcronymAside(end, s)
		if doc {
			docEnd = d.docModifier(next, s)
		}
		if docEnd >= 0 {
			next = docEnd
		} else if doc && (d.isWord(next, "by") || d.isWord(next, "from")) && d.toks[next].lowerWord() {
			// "..., says a new study by Pellam Research Inc., Dayton,
			// Ohio.": the author, whose town follows.
			if e2 := d.npForward(next+1, s.last); e2 > next+1 {
				next, docTail = e2, true
			}
		}
		if co >= 0 {
			next = coEnd
		}
		// "“...,” said Foreign Minister Ivo Tamm and added that ...": his
		// second cue joined by "and".
		andCue := named && d.andSecondCue(next, s)
		if !named && !unnamed || !(next >= s.last || d.punct(next, ",") || d.sentenceEnd(next, s) || named && d.timeClauseAt(next, s) || d.closingModifier(next, s) ||
			unnamed && d.relativeClosesSentence(next, s) || andCue) ||
			v-2 >= s.first && d.chunkAt[v-2] >= 0 && (!d.prepObject(v-2) || d.leftIsAppositive(s, v-1)) && !d.nameClosesClause(v-2, next, s) {
			return false
		}
	}
	joint := false
	thing := d.isThing(k, end)
	if thing {
		if t := d.skipTimePhrase(end, s.last); t > end && (d.isWord(t, "from") || d.isWord(t, "by")) {
			end = t // "“...,” said a statement on Friday from the ministry": the day sits between
		}
	} else if end-1 > k && d.toks[end-1].capWord() && weekday(d.lower(end-1)) && d.isThing(k, end-1) {
		thing = true // "“...,” said a statement Friday from the Office of the Army Chief"
	}
	if thing && (d.isWord(end, "from") || d.isWord(end, "by")) {
		// "“...,” read a statement from the Ministry of Health"
		if e2 := d.npForward(end+1, s.last); e2 > end+1 {
			// "read a statement from Brenn and Varga": no one alone
			joint = d.joinedNames(end+1, e2) || e2+1 < s.last && d.joinedNames(e2-1, e2+2)
			end = e2
		}
	}
	c.found, c.inverted = true, true
	c.ent = d.resolveNP(k, end, v)
	if given >= 0 {
		c.ent = d.givenNameAt(given, givenPerson)
	}
	if c.ent < 0 && thing && !joint {
		if from, e2 := d.siteOfDoc(end, s); from > 0 {
			// "“...” read a post on the town’s Facebook page": the site's
			// owner posted it, as after "according to a post on ...".
			if e := d.resolveNP(from, e2, v); e >= 0 && !d.ents[e].outlet {
				if b := d.municipalityOf(e); b >= 0 {
					e = b // "the town’s page" after "the town of Ellery told": the town as a body
				}
				c.ent, end = e, e2
			}
		}
	}
	if joint {
		c.ent, co = -1, -1
	}
	if co >= 0 {
		if c.ent >= 0 && c.ent != co && d.ents[c.ent].personish() {
			c.co = co
		}
		end = coEnd
	}
	c.after = d.skipAcronymAside(d.skipAppositiveForward(end, s.last, c), s)
	if !afterQuote && d.closingModifier(c.after, s) {
		// "..., says Ilse Varga of Ostby, Ohio.": the town's state after
		// the phrase closing the sentence says nothing either.
		for j := c.after + 1; j < s.last && !d.sentenceEnd(j, s); j++ {
			if d.punct(j, ",") && d.chunkAt[j] < 0 {
				if p := d.placeTail(j, s); p > j {
					c.after = p
				}
				break
			}
		}
	}
	if !afterQuote && c.after == end && d.isWord(end, "with") && d.toks[end].lowerWord() {
		// "..., said District Chief Ivo Brenn with the Tarvik Fire
		// Department.": the body he serves with closes the sentence, as
		// "of the Tarvik Fire Department" would.
		if e2 := d.npForward(end+1, s.last); e2 > end+1 && d.chunkAt[e2-1] >= 0 && (e2 >= s.last || d.sentenceEnd(e2, s)) {
			if b := d.chunks[d.chunkAt[e2-1]].ent; b >= 0 && d.ents[b].orgish() && !d.ents[b].personish() {
				c.after = e2
			}
		}
	}
	if !afterQuote && c.after > end {
		// "..., said Lena Ostrova, a geologist in Marrow, Tannland.": the
		// town's country after the appositive says nothing either.
		c.after = d.placeTail(c.after, s)
	}
	if docEnd > c.after {
		c.after = docEnd // the modifier names the document, and reports nothing
	} else if docTail {
		c.after = d.placeTail(c.after, s) // "by Pellam Research Inc., Dayton, Ohio": the author's town says nothing
	}
	rel := c.after
	if d.punct(rel, ",") && rel+1 < s.last {
		rel++
	}
	if rel < s.last && d.relativeAt(rel) && !d.isWord(rel, "that") && (d.anonymity(rel, s) || d.withheldName(rel, s)) && d.chunkAt[end-1] < 0 {
		// "“...,” said the woman, who did not give her name.": whoever
		// the description might fit, she is not named.
		c.ent = -1
	}
	if c.after < s.last && d.relativeAt(c.after) && !d.isWord(c.after, "that") {
		// "“...,” said a resident who asked not to be named.": the
		// relative clause says who the speaker is, and reports nothing.
		c.after = d.relativeEnd(c.after, s)
	}
	if c.ent < 0 || !d.ents[c.ent].personish() || d.chunkAt[end-1] < 0 || d.officeWithRemit(k, end) {
		// "said the landlord of the Kettle Arms, Rurik Tamsin": the name
		// closing the sentence says who the description is, over anyone
		// earlier it might fit.
		if e := d.trailingNamedRole(k, end, s); e >= 0 {
			c.ent = e
			if r := d.trailingRelative(c.after, s); r > c.after {
				// "said the lawyer for Kell, Anna Varga, who has ...": the
				// clause about her reports nothing.
				c.after = r
			}
		}
	}
	return true
}

// officeWithRemit reports whether the phrase from start to end is an
// office in capitals and its remit, "the Director of Public Health for
// Ontario", "the WHO Representative to South Sudan": whatever name its
// last words seem to be is the remit's, a place or a field, and a name
// set off by a comma after it is the holder's.
func (d *doc) officeWithRemit(start, end int) bool {
	k := start
	if k < end && d.toks[k].lowerWord() && (d.isWord(k, "the") || possessivePronoun(d.lower(k))) {
		k++
	}
	if k+1 < end && d.toks[k].is(fAllCaps) && d.toks[k+1].capWord() {
		k++ // "the WHO Representative": the body's acronym before its office
	}
	if k >= end || !d.toks[k].capWord() || !d.toks[k].has(lxTitle) || d.toks[k].has(lxHonorific|lxOrgCue|lxCompany) {
		return false
	}
	for j := k + 1; j+1 < end; j++ {
		if d.toks[j].lowerWord() && (d.isWord(j, "of") || d.isWord(j, "for") || d.isWord(j, "to") || d.isWord(j, "on")) {
			return true
		}
		if !d.toks[j].capWord() {
			return false
		}
	}
	return false
}

// prepObject reports whether the name chunk holding token k is the object
// of a preposition, perhaps after "the": "in the Gaza Strip", "in May".
// Such a name ends a phrase of the clause, never its subject, so an
// inverted cue may follow it ("There are 10,000 patients in the Gaza
// Strip, said Skaik."), unless the phrase closes an aside on the subject
// ("Ilse Varga, who lives in Tarvik, said Tomas Brenn had lied").
func (d *doc) prepObject(k int) bool {
	i := int(d.chunks[d.chunkAt[k]].first) - 1
	if i >= 0 && d.toks[i].lowerWord() && d.toks[i].has(lxDet) {
		i--
	}
	if i > 0 && d.toks[i].kind == tkNum {
		i-- // "to 741 Howard Street": a street's number before its name
	}
	return i >= 0 && d.toks[i].lowerWord() && d.toks[i].has(lxPrep) && !d.isWord(i, "of")
}

// skipAcronymAside returns the token after a body's acronym in brackets
// at k ("said the Department of Defense (DoD)."), or k.
func (d *doc) skipAcronymAside(k int, s sentence) int {
	if d.punct(k, "(") && k+2 < s.last && d.toks[k+1].is(fAllCaps) && d.punct(k+2, ")") {
		return k + 3
	}
	return k
}

// withheldName reports whether the clause at k says the speaker kept
// their name back: "who did not give her name", "who declined to give his
// full name".
func (d *doc) withheldName(k int, s sentence) bool {
	for j := k + 1; j < s.last && j < k+9; j++ {
		if d.isWord(j, "name") && (d.isWord(j-2, "give") || d.isWord(j-3, "give") || d.isWord(j-2, "gave") || d.isWord(j-3, "gave")) {
			// "who gave her name only as Berit" gives one.
			a := j + 1
			if d.isWord(a, "only") {
				a++
			}
			return !(d.isWord(a, "as") && a+1 < s.last && d.chunkAt[a+1] >= 0)
		}
	}
	return false
}

// relativeEnd returns the end of the relative clause opening at token k:
// its closing comma or the end of sentence s.
func (d *doc) relativeEnd(k int, s sentence) int {
	for j := k + 1; j < s.last; j++ {
		if d.punct(j, ",") || d.punct(j, ";") || d.toks[j].kind == tkQuote {
			return j
		}
	}
	return s.last
}

// trailingNamedRole returns the person whose name ends sentence s after a
// role that follows the inverted subject [start, end), or is its head:
// "“...,” said Velor University, Tarvik's chancellor, Ana Berg.", "“...,”
// said the mayor of Osk, Anna Varga." It returns -1 when no role and name
// close the sentence. A phrase about the saying may follow the name: "said
// the lawyer for Kell, Anna Varga, outside the court."
func (d *doc) trailingNamedRole(start, end int, s sentence) int {
	last := s.last - 1
	if last > end && d.toks[last].kind == tkPunct {
		last--
	}
	if e := d.namedRoleEndingAt(start, end, last); e >= 0 {
		return e
	}
	if last = d.nameBeforeClosingModifier(end, s); last >= 0 {
		return d.namedRoleEndingAt(start, end, last)
	}
	return -1
}

// namedRoleEndingAt is trailingNamedRole for the name ending at token last.
func (d *doc) namedRoleEndingAt(start, end, last int) int {
	ci := d.chunkAt[last]
	if ci < 0 {
		return -1
	}
	ch := &d.chunks[ci]
	if ch.ent < 0 || !d.ents[ch.ent].personish() || ch.last != last+1 || ch.first-1 < end || !d.punct(ch.first-1, ",") {
		return -1
	}
	role := false
	for k := start; k < ch.first-1; k++ {
		t := &d.toks[k]
		if k >= end && (t.cv != 0 || t.has(lxAux|lxVerb) || t.kind == tkQuote || t.inQuote()) {
			return -1
		}
		// The role may be the subject's own head: "said the mayor of
		// Osk, Anna Varga.", "said the Minister of Water for Kenya, Pia
		// Lund."
		role = role || (t.lowerWord() || t.capWord()) && t.has(lxRole|lxTitle) && !t.has(lxHonorific)
	}
	if !role {
		return -1
	}
	return ch.ent
}

// nameBeforeClosingModifier returns the last token of a name set off by
// commas after token end whose closing comma opens a phrase about the
// saying or a relative clause about the one named, "..., Anna Varga,
// outside the court.", "..., Anna Varga, who ...", or -1.
func (d *doc) nameBeforeClosingModifier(end int, s sentence) int {
	for k := end; k+1 < s.last; k++ {
		if !d.punct(k, ",") || d.chunkAt[k+1] < 0 {
			continue
		}
		ch := &d.chunks[d.chunkAt[k+1]]
		if int(ch.first) != k+1 {
			continue
		}
		if n := int(ch.last); d.punct(n, ",") && (d.closingModifier(n+1, s) || d.isWord(n+1, "who") || d.isWord(n+1, "whose")) {
			return n - 1
		}
		return -1
	}
	return -1
}

// trailingRelative returns the end of sentence s when a relative clause
// about a name set off by commas after token k closes it ("..., Anna
// Varga, who has represented him since 2019."), or k.
func (d *doc) trailingRelative(k int, s sentence) int {
	n := d.nameBeforeClosingModifier(k, s)
	if n < 0 || !(d.isWord(n+2, "who") || d.isWord(n+2, "whose")) {
		return k
	}
	return s.last
}

// fronterSubject returns the named subject of a clause of time opening
// the sentence ("After Brenn ...", "A day after Brenn ..."), when the
// participle cue at v is a means inside it ("by announcing") before the
// clause's comma; or -1.
func (d *doc) fronterSubject(v int, s sentence) int {
	if v-1 <= s.first || !d.isWord(v-1, "by") || !d.toks[v-1].lowerWord() {
		return -1
	}
	first := s.first
	if n := d.timeBeforeSubordinator(first, s); n > first {
		first = n
	}
	if first+1 >= v || !d.opensSubordinate(first) || d.commaIn(first, v) {
		return -1
	}
	ci := d.chunkAt[first+1]
	if ci < 0 || int(d.chunks[ci].first) != first+1 || d.chunks[ci].ent < 0 {
		return -1
	}
	if e := &d.ents[d.chunks[ci].ent]; e.outlet || e.placeish() {
		return -1
	}
	return d.chunks[ci].ent
}

// sameSubject gives c the speaker of the previous cue in the sentence, or
// else the sentence's subject.
func (d *doc) sameSubject(c *cue, s sentence, prev *cue) {
	if e := d.contrastOpening(s); prev != nil && e > prev.verb && e < c.verb {
		prev = nil // "Whereas X felt ..., Varga favored ..., arguing": the main clause's subject
	}
	for j := c.verb - 1; j > s.first+1; j-- {
		if d.toks[j].inQuote() || d.toks[j].kind == tkQuote {
			break
		}
		if d.punct(j, ";") {
			// "Ohr said the library must stay; councillor Emil Waage
			// disagreed, saying ...": the clause after the semicolon
			// has its own subject.
			if prev == nil || prev.verb < j {
				prev = nil
				s.first = j + 1
			}
			break
		}
	}
	if e := d.fronterSubject(c.verb, s); e >= 0 {
		// "A day after Brenn stunned investors by announcing he was ill,
		// Velto crushed estimates": the means goes with the fronted
		// clause's subject, not the main clause's.
		c.found, c.ent = true, e
		return
	}
	if e := d.promptedIssuer(c.verb, s); e >= 0 {
		// "Rising water prompted the Weather Service to issue a rare
		// warning, warning that ...": the body made to issue it warns.
		c.found, c.ent = true, e
		return
	}
	if e := d.joinedClauseSubject(c.verb, s); e >= 0 {
		// "Hachette cancelled the release, although Stephen King was
		// among those questioning it, writing on Twitter: “...”": the
		// participle goes with the clause it follows.
		c.found, c.ent = true, e
		return
	}
	if w := d.relativeOpening(c.verb, s); w < c.verb-1 && w-2 > s.first && (d.isWord(w, "who") || d.isWord(w, "which")) && d.punct(w-1, ",") {
		// "The warning was aimed at the Varrow Party, which tried to calm
		// the crowd by saying ...": the relative clause's participle goes
		// with the noun the relative follows, not the sentence's subject.
		// "Merrow's Varrow party, which ...": a body's generic noun after
		// its name.
		n := w - 2
		if d.chunkAt[n] < 0 && n-1 > s.first && d.toks[n].lowerWord() && d.toks[n].has(lxGenericOrg) {
			n--
		}
		if ci := d.chunkAt[n]; ci >= 0 {
			if e := d.chunks[ci].ent; e >= 0 && !d.ents[e].placeish() && (n == w-2 || !d.ents[e].personish()) {
				c.found, c.ent = true, e
				return
			}
		}
	}
	if prev != nil && prev.subjFirst-2 > s.first && (d.isWord(prev.subjFirst-1, "which") || d.isWord(prev.subjFirst-1, "whom")) &&
		d.toks[prev.subjFirst-2].lowerWord() && d.toks[prev.subjFirst-2].has(lxPrep) && d.punct(c.verb-1, ",") {
		// "Brisk questioned the manner in which Keel responded, adding
		// that ...": the cue before spoke inside a relative clause of
		// the object, which the comma closed; the participle goes with
		// the sentence's subject.
		prev = nil
	}
	if prev != nil && prev.found {
		// "Brenn and Varga issued a statement saying ...": each of the
		// two the cue before credits.
		c.found, c.ent, c.co = true, prev.ent, prev.co
		return
	}
	if and := d.andBeforeVerb(c.verb, s); and >= 0 {
		if e := d.relativeCoordSubject(c.verb, and, s); e >= 0 {
			// "... sent a letter to Tarrow Shipping, which rejected the
			// demands and said ...": the verb is coordinated inside the
			// relative clause, whose antecedent speaks.
			c.found, c.ent = true, e
			return
		}
		if e := d.subordinateCoordSubject(c.verb, and, s); e >= 0 {
			// "The announcement comes as the Tarrow union on Monday sent
			// a letter ... and said that ...": the verb is coordinated
			// with the subordinate clause's, whose subject speaks.
			c.found, c.ent = true, e
			return
		}
	}
	k := d.countFrom(d.clauseStart(s), s)
	end := d.npForward(k, s.last)
	if end <= k {
		// "On Monday Ilse Varga met the families and said", "By 5 pm
		// the council had issued an advisory and stated": an opening
		// phrase of time with no comma, then the subject.
		if j := d.openingTimeEnd(k, c.verb); j > k {
			if e := d.npForward(j, s.last); e > j {
				k, end = j, e
			}
		}
	}
	if end <= k && k < c.verb && d.toks[k].kind == tkWord && pronounContraction(d.lower(k)) {
		// "He's disappointed by the cut and says ...": the pronoun of a
		// contraction opens the clause.
		c.found, c.ent = true, d.resolvePronoun(k, c.verb)
		return
	}
	if end <= k {
		// "One of these groups, the Ostby Dockers Union, opposed the
		// plan and said": no noun phrase opens the clause, but its
		// aside names who.
		e := d.describedBody(k, c.verb, s)
		if e < 0 {
			e = d.describedPerson(k, c.verb, s) // "One of them, Ilse Varga, opposed the plan and said"
		}
		if e >= 0 {
			c.found, c.ent = true, e
		} else if d.quantityPronoun(k) || d.pluralOpening(s) {
			c.found, c.subjFirst = true, k // "But many institutions rely on ... and say": people unnamed
		}
		return
	}
	if d.isWord(end, "and") {
		// "Vosk and Omar's mother, Selma, wept and said": the phrase is
		// the role of the two joined owners, not the first of them.
		e2 := d.npForward(end+1, s.last)
		if e2-2 > end && d.toks[e2-1].lowerWord() && d.toks[e2-1].has(lxRole) && d.toks[e2-2].kind == tkPoss {
			k, end = end+1, e2
		} else if n := d.roleNameAfterAnd(k, end, e2, s); n >= 0 {
			// "His Kerala counterpart and Harbour Party leader Ivo Tamm
			// welcomed the move but said ...": one person described
			// twice, the second time by role and name.
			k, end = n, d.npForward(n, s.last)
		} else if e2 > end+1 && d.chunkAt[e2-1] >= 0 && d.chunks[d.chunkAt[e2-1]].ent >= 0 {
			// "The Tarvik Union and the Lenmoor Fund filed a lawsuit,
			// saying ...": a joint claim, which no one of them makes alone.
			c.found = true
			return
		}
	}
	if e := d.titleCommaName(k, end, c.verb); e >= 0 {
		// "The human rights organisation, Civic Watch has accused the
		// army ..., calling the raids “reckless”": the name after the
		// description's comma is the subject.
		c.found, c.ent = true, e
		return
	}
	e := d.resolveNP(k, end, c.verb)
	if e >= 0 && d.chunkAt[end-1] < 0 && d.toks[end-1].lowerWord() && d.personNamedIn(e, end, c.verb) {
		// "The 38-year-old star slammed the prince and his wife, Ilse,
		// ... and explained": a description opening the sentence is
		// whom the text named before it, not Ilse, named since.
		if e2 := d.resolveNP(k, end, end); e2 >= 0 && d.ents[e2].personish() {
			e = e2
		}
	}
	if e < 0 {
		// "Ilse Varga disagrees, saying ...", "The agency objects,
		// arguing ...": a present-tense verb the phrase ran on into; the
		// name before it is the subject.
		j := end - 1
		for j > k && d.toks[j].lowerWord() && !d.toks[j].has(lxDet|lxRole|lxGroup|lxGenericOrg) && end-j <= 2 {
			j--
		}
		// Not "Restaurant owners protested, saying ...": a plural of
		// people after a capitalised word is the subject's head.
		// Nor "Water rescues and evacuations were under way, ...,
		// warning": a verb after the phrase makes its last word the
		// head noun the capitalised word modifies.
		if j < end-1 && d.chunkAt[j] >= 0 && d.chunks[d.chunkAt[j]].last == j+1 && d.endsWith(j+1, "s") && !d.peopleNoun(j+1) && !d.auxAfterPhrase(end, c.verb) {
			e = d.resolveNP(k, j+1, c.verb)
		}
	}
	if e < 0 {
		e = d.describedBody(k, c.verb, s)
	}
	if e < 0 && d.punct(end, ",") {
		// "A senior lawyer, Arno Vell, had filed the petition saying
		// ...": a description no one named before answers to, then the
		// name in its aside, whose verb the participle shares; not "the
		// mayor, Arno Vell, and the chief filed", two subjects.
		if p := d.describedPerson(k, c.verb, s); p >= 0 {
			if ci := d.chunkAt[end+1]; ci >= 0 && !d.isWord(d.chunks[ci].last+1, "and") && !d.isWord(d.chunks[ci].last+1, "or") {
				e = p
			}
		}
	}
	if o := d.bodyOfNamedDoc(k, end-1); o >= 0 {
		e = o // "The lender's World Economic Report pointed to ... and warned": the body's words, as with the verb alone
	}
	if e < 0 && d.isThing(k, end) {
		// "An annual report filed by the Tarvik Water Board gave the plant
		// two stars, saying ...": the document's author speaks through
		// it, as in "a report by the board says".
		e = d.madeDocAuthor(end, c.verb)
	}
	c.found, c.ent = true, e
}

// madeDocAuthor returns the author named after a document's phrase that
// ends at token end, before token v, as docAuthorAfter finds it: "An
// annual report filed by the Tarvik Water Board". A body or a person;
// else -1.
func (d *doc) madeDocAuthor(end, v int) int {
	if end+2 >= v {
		return -1
	}
	e := d.docAuthorAfter(end)
	if e < 0 || d.ents[e].thing || !d.ents[e].orgish() && !d.ents[e].personish() {
		return -1
	}
	return e
}

// andBeforeVerb returns the "and" that joins the speech verb at v to a
// verb before it, perhaps with "also", "then" or "later" between ("and
// later said"), or -1.
func (d *doc) andBeforeVerb(v int, s sentence) int {
	a := v - 1
	for a > s.first && d.toks[a].lowerWord() && (d.isWord(a, "also") || d.isWord(a, "then") || d.isWord(a, "later")) {
		a--
	}
	if a <= s.first || !d.isWord(a, "and") || !d.toks[a].lowerWord() {
		return -1
	}
	return a
}

// relativeCoordSubject returns the antecedent of a relative clause that
// the speech verb at v, after "and", is coordinated inside: ", which
// rejected the demands and said", ", who thanked him and said". The
// relative opens after a comma within twelve tokens before the "and", with
// no comma or mark between, its verb right after it; the antecedent is
// the name just before the comma, a body for "which" and a person for
// "who". Else -1. a is the "and" (andBeforeVerb).
func (d *doc) relativeCoordSubject(v, a int, s sentence) int {
	b := a - 1
	if d.isDash(b) || d.punct(b, "-") {
		b-- // "in which he thanked nurses for their work - and acknowledged"
	}
	for w := b; w > s.first+1 && w >= a-12; w-- {
		t := &d.toks[w]
		if t.kind != tkWord || t.inQuote() {
			return -1
		}
		if !t.lowerWord() || !(d.isWord(w, "which") || d.isWord(w, "who")) {
			continue
		}
		if w+2 < b && d.isWord(w, "which") && w-2 > s.first && d.toks[w-1].lowerWord() && (d.isWord(w-1, "in") || d.isWord(w-1, "during")) && d.punct(w-2, ",") {
			// "..., during his speech, in which he thanked nurses -
			// and acknowledged that ...": the relative's own subject
			// pronoun speaks, not the sentence's subject.
			if p := w + 1; d.toks[p].lowerWord() && (d.isWord(p, "he") || d.isWord(p, "she")) &&
				d.toks[p+1].lowerWord() && (d.endsWith(p+1, "ed") || d.toks[p+1].has(lxVerb)) {
				if e := d.resolvePronoun(p, v); e >= 0 && d.ents[e].personish() {
					return e
				}
			}
			return -1
		}
		if !d.punct(w-1, ",") || w+1 >= a || !d.toks[w+1].lowerWord() || !(d.endsWith(w+1, "ed") || d.toks[w+1].has(lxVerb)) {
			return -1
		}
		ci := d.chunkAt[w-2]
		if ci < 0 || int(d.chunks[ci].last) != w-1 || d.chunks[ci].ent < 0 {
			return -1
		}
		e := d.chunks[ci].ent
		if en := &d.ents[e]; en.placeish() || en.outlet || d.isWord(w, "who") != en.personish() {
			return -1
		}
		return e
	}
	return -1
}

// subordinateCoordSubject returns the subject of a clause opened by "as",
// "after", "because", "since", "when" or "while" that the speech verb at v
// is coordinated with by "and", when the main clause's subject is a common
// noun naming no one: "The announcement comes as the Norvale Dockworkers
// Union on Monday sent a letter to Tarrow Shipping ... and said that ...".
// The subordinate subject must be a body's or person's name, its verb
// (after an optional time phrase) a past form. Else -1. a is the "and"
// (andBeforeVerb).
func (d *doc) subordinateCoordSubject(v, a int, s sentence) int {
	k := d.countFrom(d.clauseStart(s), s)
	end := d.npForward(k, s.last)
	if end <= k+1 && k+2 < a && (d.isWord(k, "the") || d.isWord(k, "this")) && d.toks[k+1].lowerWord() && !d.toks[k+1].has(lxAux) && d.toks[k+2].lowerWord() && d.toks[k+2].has(lxVerb) {
		// "The move comes as ...": a noun that is also a verb, which
		// the noun phrase reader stops before; its verb follows.
		end = k + 2
	}
	if end <= k || end >= a || !d.toks[end-1].lowerWord() || d.resolveNP(k, end, v) >= 0 {
		return -1
	}
	// The main verb, then the subordinator within a few tokens.
	for j := end; j < a && j < end+4; j++ {
		t := &d.toks[j]
		if !t.lowerWord() || t.inQuote() {
			return -1
		}
		switch d.lower(j) {
		case "as", "after", "because", "since", "when", "while":
		default:
			continue
		}
		n := j + 1
		e2 := d.npForward(n, a)
		if e2 <= n || e2 >= a {
			return -1
		}
		ent := d.resolveNP(n, e2, v)
		if ent < 0 || d.ents[ent].placeish() || d.ents[ent].outlet {
			return -1
		}
		hasName := false
		for q := n; q < e2; q++ {
			if d.chunkAt[q] >= 0 {
				hasName = true
			}
		}
		w := d.skipTimePhrase(e2, a)
		if !hasName || w >= a || !d.toks[w].lowerWord() || !d.endsWith(w, "ed") && !d.toks[w].has(lxVerb) {
			return -1
		}
		return ent
	}
	return -1
}

// auxAfterPhrase reports whether an auxiliary follows the noun phrase
// ending at end, at once or after "and" and a few lower-case words, before
// the cue at v: "Water rescues were", "Boat rescues and evacuations were".
func (d *doc) auxAfterPhrase(end, v int) bool {
	for j := end; j < v && j < end+4; j++ {
		t := &d.toks[j]
		switch {
		case !t.lowerWord():
			return false
		case t.has(lxAux):
			return true
		case j > end && !t.has(lxPrep|lxDet) || j == end && (d.isWord(j, "and") || d.isWord(j, "or")):
		default:
			return false
		}
	}
	return false
}

// opponentBefore reports whether the participle at v follows, with no
// comma, a name that is the object of a verb against or toward someone
// ("sued the Tarven Co.", "accused Tomas Brenn"): that one is acted on,
// and the participle is the actor's.
func (d *doc) opponentBefore(v int, s sentence) bool {
	if v-1 <= s.first {
		return false
	}
	ci := d.chunkAt[v-1]
	if ci < 0 || int(d.chunks[ci].last) != v || d.chunks[ci].ent < 0 || d.ents[d.chunks[ci].ent].placeish() {
		return false
	}
	p := int(d.chunks[ci].first) - 1
	if p > s.first && d.isWord(p, "the") {
		p--
	}
	if p <= s.first || !d.toks[p].lowerWord() {
		return false
	}
	switch d.lower(p) {
	case "sued", "countersued", "accused", "criticised", "criticized", "attacked", "blasted", "slammed", "blamed",
		"rebuked", "condemned", "lambasted", "faulted", "chided", "thanked", "praised", "petitioned":
		return true
	}
	return false
}

// personNamedIn reports whether person e is named by a name in [a, b)
// and nowhere before a.
func (d *doc) personNamedIn(e, a, b int) bool {
	if !d.ents[e].personish() {
		return false
	}
	in := false
	for k := 0; k < b && k < len(d.toks); k++ {
		if d.chunkAt[k] < 0 || d.chunks[d.chunkAt[k]].ent != e {
			continue
		}
		if k < a {
			return false
		}
		in = true
	}
	return in
}

// describedBody returns the body that a description opening the clause at
// token k names in its aside, before the verb at v: "One of these groups,
// the Syrian Democratic Forces (SDF), opposed the withdrawal and said";
// or -1.
func (d *doc) describedBody(k, v int, s sentence) int {
	p := k
	for p < v && p < k+8 && (d.toks[p].kind == tkWord || d.toks[p].kind == tkNum) && !d.toks[p].inQuote() && d.toks[p].cv == 0 && !(d.toks[p].lowerWord() && d.toks[p].has(lxAux)) {
		p++
	}
	if p == k || p >= v || !d.punct(p, ",") {
		return -1
	}
	for q := p + 1; q < v && q < p+12; q++ {
		if d.punct(q, ",") {
			return d.definiteBodyIn(p+1, q)
		}
	}
	return -1
}

// describedPerson returns the person named alone in the aside after a
// description opening the clause at token k, before the verb at v: "One
// of them, Ilse Varga, opposed the plan and said"; or -1.
func (d *doc) describedPerson(k, v int, s sentence) int {
	p := k
	for p < v && p < k+8 && (d.toks[p].kind == tkWord || d.toks[p].kind == tkNum) && !d.toks[p].inQuote() && d.toks[p].cv == 0 && !(d.toks[p].lowerWord() && d.toks[p].has(lxAux)) {
		p++
	}
	if p == k || p+1 >= v || !d.punct(p, ",") {
		return -1
	}
	ci := d.chunkAt[p+1]
	if ci < 0 || d.chunks[ci].first != p+1 || d.chunks[ci].ent < 0 || d.chunks[ci].last >= v || !d.punct(d.chunks[ci].last, ",") {
		return -1
	}
	if e := d.chunks[ci].ent; d.ents[e].personish() && !d.ents[e].outlet {
		return e
	}
	return -1
}

// countFrom returns where the number starts in a subject that opens with
// an approximate count at token k ("Over 100 scientists", "More than 200
// doctors", "At least 40 residents"): a group, whom the count ranks
// among the phrases npForward reads; k when there is none.
func (d *doc) countFrom(k int, s sentence) int {
	if uint(k) >= uint(len(d.toks)) || d.toks[k].kind != tkWord {
		return k
	}
	// One switch on the word, not a dozen tests: it is asked at the start
	// of every noun phrase read forward.
	j := k
	switch d.lower(k) {
	case "over", "nearly", "almost", "about", "around", "some", "roughly":
		j++
	case "more", "fewer", "less":
		if !d.isWord(k+1, "than") {
			return k
		}
		j += 2
	case "at":
		if !d.isWord(k+1, "least") {
			return k
		}
		j += 2
	case "up":
		if !d.isWord(k+1, "to") {
			return k
		}
		j += 2
	default:
		return k
	}
	if j+1 < s.last && d.toks[j].kind == tkNum && d.peopleNoun(j+1) {
		return j
	}
	return k
}

// peopleNoun reports whether token k is a plural noun for people:
// "scientists", "residents", "officials".
func (d *doc) peopleNoun(k int) bool {
	t := &d.toks[k]
	if !t.lowerWord() || !d.endsWith(k, "s") || d.endsWith(k, "ss") {
		return false
	}
	w := d.lower(k)
	return t.has(lxGroup) || lex.lookup(w[:len(w)-1])&lxRole != 0
}

// clauseStart skips the introductory phrases of sentence s ("On Monday,",
// "Speaking outside the court,") and returns where its subject starts.
func (d *doc) clauseStart(s sentence) int {
	k := s.first
	for n := 0; n < 3; n++ {
		if d.countFrom(k, s) != k && !d.timePhrase(k, s) {
			return k // "Over 100 scientists, including ...,": the subject; not "A couple of months after ...,"
		}
		if openingCoordinator(d.lower(k)) && k+1 < s.last && d.toks[k].kind == tkWord {
			// "But Ifor Kaye cited concerns, claiming ...": a conjunction
			// opens no phrase of its own up to a comma; what follows it
			// does, or the subject.
			k++
			if d.punct(k, ",") && k+1 < s.last {
				k++ // "But, in a statement, ..."
			}
			continue
		}
		t := &d.toks[k]
		intro := t.has(lxPrep|lxAdverb|lxFunc) && !t.has(lxDet|lxPronoun) ||
			strings.HasSuffix(d.lower(k), "ing") || (t.cv != 0 && t.is(fCap)) || d.timePhrase(k, s)
		if d.degreeBeforeQuantity(k, s) {
			return k + 1 // "Nearly all legal experts consider ...": the subject itself
		}
		if !intro {
			return k
		}
		// A subordinate clause ("After the deputy minister failed to
		// procure the kits, the Prime Minister apologised") runs longer
		// than a phrase of time or place before its comma.
		reach := 20
		switch d.lower(k) {
		case "after", "before", "when", "while", "although", "though", "because", "since", "once", "until", "whereas":
			reach = 36
		}
		comma := -1
		for j := k; j < s.last && j < k+reach; j++ {
			if t := &d.toks[j]; t.kind == tkQuote && t.is(fOpenMark) && strings.HasSuffix(d.lower(k), "ing") {
				// "Describing her remarks as a “stern warning,” Lise
				// Armand ...": short words in marks inside the opening
				// participle's phrase, the comma inside the closing mark.
				if qi := d.markQuote(j); qi >= 0 && d.quotes[qi].close > j && d.quotes[qi].last-d.quotes[qi].first <= 8 {
					if c := d.quotes[qi].close; d.punct(c-1, ",") {
						comma = c
						break
					} else {
						j = c
						continue
					}
				}
			}
			if d.toks[j].inQuote() {
				break
			}
			if d.punct(j, ",") {
				comma = j
				break
			}
		}
		if comma < 0 || comma+1 >= s.last {
			return k
		}
		k = comma + 1
	}
	return k
}

// openingCoordinator reports whether w, in lower case, is a conjunction that
// can open a sentence and join it to the one before: "But", "And", "Yet".
func openingCoordinator(w string) bool {
	switch w {
	case "but", "and", "yet", "or", "nor":
		return true
	}
	return false
}

// degreeBeforeQuantity reports whether token k is an adverb of degree
// before a quantity, opening a subject rather than an introductory phrase:
// "Nearly all experts", "Almost half of the residents", "Only a few".
func (d *doc) degreeBeforeQuantity(k int, s sentence) bool {
	switch d.lower(k) {
	case "nearly", "almost", "about", "roughly", "only", "just", "around", "some":
	default:
		return false
	}
	n := k + 1
	if n >= s.last {
		return false
	}
	if n+2 < s.last && d.toks[n+1].lowerWord() && (d.toks[n+1].has(lxTime) || timeUnitPlural(d.lower(n+1))) && d.toks[n+2].lowerWord() &&
		(d.isWord(n+2, "after") || d.isWord(n+2, "before") || d.isWord(n+2, "ago") || d.isWord(n+2, "later") || d.isWord(n+2, "earlier")) {
		return false // "Just three months after announcing ..., the mayor declared": a span of time opening the sentence
	}
	switch d.lower(n) {
	case "all", "every", "half", "a", "most", "two", "three", "four", "five", "ten", "100":
		return true
	}
	return d.toks[n].kind == tkNum
}

// timeUnitPlural reports whether w is a span of time counted: "months".
func timeUnitPlural(w string) bool {
	switch w {
	case "minutes", "hours", "days", "weeks", "months", "years", "decades":
		return true
	}
	return false
}

// pluralBefore reports whether a plural noun for people ends the phrase
// before the comma at a: "the lead authors,", "the two researchers,".
func (d *doc) pluralBefore(a int) bool {
	k := a - 1
	if k < 0 || !d.toks[k].lowerWord() || !d.endsWith(k, "s") || d.endsWith(k, "ss") {
		return false
	}
	w := d.lower(k)
	return d.toks[k].has(lxGroup) || lex.lookup(w[:len(w)-1])&lxRole != 0
}

// beforeQuotedBody returns the name before a body's quoted name that ends
// at token i ("Anna Franek of “Have no fear”"), since the quoted name only
// says where she works; else i.
func (d *doc) beforeQuotedBody(i, first int) int {
	if i < first || d.toks[i].kind != tkQuote || !d.toks[i].is(fCloseMark) {
		return i
	}
	if q := d.markQuote(i); q >= 0 {
		if o := d.quotes[q].open; o-2 >= first && d.toks[o-1].lowerWord() && d.toks[o-1].has(lxPrep) && d.chunkAt[o-2] >= 0 {
			return o - 2
		}
	}
	return i
}

// timePhrase reports whether a short phrase of time and its comma open
// sentence s at token k: "A month later,", "Two days ago,", "This year,".
func (d *doc) timePhrase(k int, s sentence) bool {
	timed := false
	for j := k; j < s.last && j < k+5; j++ {
		t := &d.toks[j]
		switch {
		case d.punct(j, ","):
			return timed && j > k
		case timed && t.lowerWord() && (d.isWord(j, "after") || d.isWord(j, "before")):
			// "A month after the vote, Varga ...", "A couple of months
			// after the deal closed, ...": the time and what it follows.
			for m := j + 1; m < s.last && m < j+14; m++ {
				if d.punct(m, ",") {
					return true
				}
				if d.toks[m].kind == tkQuote || d.toks[m].inQuote() {
					return false
				}
			}
			return false
		case t.kind == tkNum, t.kind == tkWord && t.has(lxDet|lxFunc) && !t.has(lxPronoun),
			j > k && t.lowerWord() && (d.isWord(j, "couple") || d.isWord(j, "few") || d.isWord(j, "of")):
		case j > k && (d.isWord(j, "next") || d.isWord(j, "following") || d.isWord(j, "same") || d.isWord(j, "previous")):
			// "The next day, ...", "The following morning, ..."
		case t.kind == tkWord && (t.has(lxTime) || d.isWord(j, "day") && j > k || d.isWord(j, "later") || d.isWord(j, "ago") || d.isWord(j, "earlier") ||
			j > k && (d.isWord(j, "days") || d.isWord(j, "weeks") || d.isWord(j, "months") || d.isWord(j, "years"))):
			timed = true
		default:
			return false
		}
	}
	return false
}

// subjectThroughAppositives finds the speaker before the comma at i,
// stepping back over appositives: "Khaled Al-Maeena, editor at large at
// the Saudi Gazette, said", "Tom Molomby, SC, said".
func (d *doc) subjectThroughAppositives(c *cue, s sentence, i int) {
	pos := i
	ledBy, co := -1, -1
	var appos [][2]int
	for n := 0; n < 5; n++ {
		a := pos - 1
		// A comma inside a name, or the one closing a town and its state
		// ("a Lansing, Michigan, native"), sets nothing off.
		for a >= s.first && !(d.punct(a, ",") && d.chunkAt[a] < 0 && !d.townStateBefore(a) && !d.townBasedComma(a)) && !d.punct(a, ";") && !d.punct(a, ":") {
			t := &d.toks[a]
			if t.kind == tkQuote && t.is(fCloseMark) && a > s.first && d.toks[a-1].inQuote() {
				// A quotation inside an aside ("holding a sign reading
				// “...”,") belongs to the aside.
				if q := d.markQuote(a); q >= 0 && d.quotes[q].open > s.first && a-1 != pos-1 {
					a = d.quotes[q].open - 1
					continue
				}
			}
			if t.kind == tkQuote || t.inQuote() {
				break
			}
			if d.punct(a, ")") {
				// "Rep. Ada Brinvik (D., Ohio), said": a comma inside
				// brackets sets nothing off.
				if o := d.openBracketBefore(a, s.first); o >= 0 {
					a = o - 1
					continue
				}
			}
			a--
		}
		atStart := a < s.first || !d.punct(a, ",")
		segStart := a + 1
		if segStart >= pos {
			return
		}
		if !atStart && len(appos) > 0 && d.toks[segStart].lowerWord() && d.isWord(segStart, "which") && segStart+1 < pos &&
			d.npForward(segStart+1, pos) == pos && d.chunkAt[pos-1] >= 0 {
			// "The levy, which Ilse Varga, a critic, has said amounted to
			// ...": the relative's own subject, behind its aside, speaks;
			// the relative is no aside of the sentence's subject.
			if e := d.resolveNP(segStart+1, pos, c.verb); e >= 0 && !d.ents[e].placeish() {
				c.found, c.subjFirst, c.ent = true, segStart+1, e
				return
			}
		}
		if k := d.relativeNameList(segStart, pos, a, s); !atStart && k >= 0 {
			// "Brederode, who has visited Tarvik, Ostrel, Velmark and
			// Corvel to discuss the deal, added": the names listed are
			// the relative clause's; the one before it speaks.
			appos = append(appos, [2]int{k + 1, pos})
			pos = k
			continue
		}
		if k := d.companionAsideBefore(a, s); !atStart && k >= 0 {
			// "Amadi, represented by the Head of Legal Services, Mrs. Ruth
			// Okon, said": the name after the "represented by" aside is
			// its own object's apposition; the one represented speaks.
			appos = append(appos, [2]int{segStart, pos}, [2]int{k + 1, a})
			pos = k
			continue
		}
		if e, f := d.exampleBeforeWho(segStart, pos, i); !atStart && len(appos) == 0 && e >= 0 {
			// "praised by green groups, including Ivo Marrek, who said":
			// the one example named is the relative's antecedent, not
			// the group it is one of.
			c.found, c.subjFirst, c.ent = true, f, e
			return
		}
		if e := d.taggedNameAside(appos); e >= 0 && d.finiteVerbIn(segStart, pos) {
			// "The bridge will cost $2 million, Councilman Arlo Venn,
			// D-At Large, said": a clause, then a name and the tag that
			// follows names (a party and seat, an age, a description);
			// the name speaks, though "Councilman" took it for a role's
			// aside, and a clause opening with "the" for another.
			n := appos[len(appos)-1]
			c.found, c.subjFirst, c.ent = true, n[0], e
			return
		}
		if !atStart && (d.appositiveLike(segStart, pos) || len(appos) == 0 && (d.placeAfterBareRole(segStart, pos, a, s) || d.stateAfterTown(segStart, pos, a, s))) &&
			!d.afterIntro(s, a) && !d.namedAfterState(segStart, pos, a, s) {
			if ledBy < 0 {
				ledBy = d.ledBy(segStart, pos)
			}
			appos = append(appos, [2]int{segStart, pos})
			pos = a
			continue
		}
		if !atStart && (d.relativeListTail(segStart, pos, a, s) || len(appos) > 0 && pos-segStart <= 2 && d.bareListItem(segStart, pos) && d.descriptionListBefore(a, s) ||
			len(appos) == 0 && d.andListTail(segStart, pos) && d.descriptionListBefore(a, s)) {
			// "Ilse Varga, one of ten who set what households pay on
			// water, power and other services, said": the list ends the
			// relative clause before it, part of the same aside; so do
			// the bare items before the list's last ("ink" in "a
			// supplier of paper, ink, toner and other goods").
			appos = append(appos, [2]int{segStart, pos})
			pos = a
			continue
		}
		if ap := d.speakerAppositive(appos); ap >= 0 && atStart && d.finiteVerbIn(segStart, pos) {
			// "Ilse Varga left the talks, the source, who asked not to be
			// named, told Reuters": a clause, then the speaker and their
			// aside; the clause names what was said, not who said it. Not
			// "The move came after William Conley, a judge, ordered": the
			// name the aside follows is the speaker.
			c.found, c.subjFirst = true, appos[ap][0]
			c.ent = d.resolveNP(appos[ap][0], appos[ap][1], c.verb)
			return
		}
		if !atStart && d.exampleWithRoleBefore(segStart, pos, a, s) {
			// "Officials at the news conference, including the city's
			// mayor, Ivo Marn, urged": the name is the example's, and the
			// group it is one of speaks, no one of them alone.
			c.found, c.subjFirst = true, s.first
			return
		}
		if !atStart && len(appos) == 0 && d.addressTail(segStart, pos, a, s) {
			// "Home owners in Elm Row, Canning Street, Hove, say": the
			// town closes the address of the people before it, who speak
			// unnamed; the town says nothing.
			c.found, c.subjFirst = true, s.first
			return
		}
		last := d.beforeQuotedBody(d.skipAside(pos-1, segStart), segStart)
		if last > segStart && d.toks[last].kind == tkWord && stockTicker(d.str(last)) {
			last-- // "Canada's largest pipeline operator, Enbridge Inc ENB.TO, announced": the name before its ticker
		}
		if j := d.skipBackAdverbials(last, segStart); len(appos) > 0 && j < last && j >= segStart && d.chunkAt[j] >= 0 {
			// "Mayor Ilse Varga Monday, in a speech to the assembly,
			// said": the time word between the name and its aside, as
			// between a name and its verb.
			last = j
		}
		if len(appos) > 0 && (d.isWord(appos[0][0], "both") || d.isWord(appos[0][0], "all")) && d.jointNames(segStart, pos) {
			// "..., Ivo Dane and Mara Quell, both researchers at Velcor,
			// said": the two named together, as without the aside.
			c.found, c.subjFirst = true, segStart
			return
		}
		if !atStart && d.pluralBefore(a) && d.jointNames(segStart, pos) {
			// "The study's lead authors, Ana Cole of Tarvik University
			// and Ivo Tamm, had hypothesized": what two say together is
			// no one's alone.
			c.found, c.subjFirst = true, segStart
			return
		}
		if h, e := d.memberListHead(last, c.verb, s); h >= 0 && !atStart {
			// "The Orrin Committee comprising Aldo Fenn, Rika Moss and
			// Tobin Vale, on Monday, announced": the body the list makes
			// up speaks, past its members' commas.
			c.found, c.subjFirst, c.ent = true, h, e
			return
		}
		start := d.npBack(last, segStart)
		if start < 0 {
			return
		}
		if p := start - 1; p-1 > segStart && d.isWord(p, "of") && d.toks[p].lowerWord() && legalFormAt(d.lower(p-1)) && d.chunkAt[p-1] >= 0 &&
			d.chunks[d.chunkAt[p-1]].kind == kOrg {
			// "Pellam Electronics Inc. of Orrvale, Ohio, said": the firm
			// of the town speaks.
			start, last = int(d.chunks[d.chunkAt[p-1]].first), p-1
		}
		if !atStart && len(appos) == 0 && start == segStart && d.chunkAt[start] >= 0 && d.toks[start].capWord() {
			if e, f := d.personOfBodyBefore(a, s); e >= 0 {
				// "Nadim Sarrar of the Tarsin-based rights organisation,
				// Open Hand, told reporters": the body's name is an aside
				// to its description; the person "of" it speaks.
				c.found, c.subjFirst, c.ent = true, f, e
				return
			} else if f >= 0 {
				// "a spokesman of the rights group, Open Hand, said": the
				// unnamed voice speaks for the body.
				c.found, c.subjFirst, c.ent = true, f, d.resolveNP(start, last+1, c.verb)
				return
			}
		}
		if (atStart || d.afterIntro(s, a)) && len(appos) == 0 && start > segStart && pos+1 == c.verb && d.clauseVerbBefore(segStart, start) {
			// "They expressed support for Tarvik in its war with
			// Morland, promised to fight smugglers, and suggested ...":
			// the name before the comma ends the clause's object; the
			// verb after it is coordinated with the clause's own, whose
			// subject it shares.
			d.sameSubject(c, s, nil)
			return
		}
		if !atStart && d.locativeModifier(start, last+1, s) {
			// "researchers from Tarvik University, both in the U.S.,
			// reported": the place is an aside about the speakers before.
			appos = append(appos, [2]int{segStart, pos})
			pos = a
			continue
		}
		ent := d.resolveNP(start, d.beforeWorkTitle(start, last)+1, c.verb)
		if ent < 0 {
			ent = d.dataOwner(start, last+1, segStart)
		}
		relWho := len(appos) > 0 && d.isWord(appos[len(appos)-1][0], "who") || len(appos) == 0 && d.isWord(i+1, "who")
		if ent >= 0 && relWho && d.chunkAt[start] >= 0 && d.chunks[d.chunkAt[start]].first == start {
			if e, f := d.personOfBodyInPlace(start, segStart); e >= 0 {
				// "Dr. Ilse Varga of the Marrow Institute in Tarvik, who
				// led the study, said", "..., who said": the place ends
				// her phrase; the relative and the cue are hers.
				ent, start = e, f
			}
		}
		if o := d.bodyOfNamedDoc(start, last); o >= 0 {
			ent = o // "The Federal Reserve's Beige Book, a summary of ..., indicated"
		}
		if d.someOfNamed(start, last) {
			ent = -1 // "Several Tigers, including manager Brad Ausmus, said"
		}
		c.docHead = d.isThing(start, pos)
		c.thing = ent < 0 && c.docHead
		if !atStart && start == segStart && ent >= 0 && d.ents[ent].kind != kPerson && d.ents[ent].personEv == 0 &&
			len(appos) == 0 && d.leftIsAppositive(s, a) {
			// "the University of Arkansas, Fayetteville, said": the place
			// ends the appositive before it.
			appos = append(appos, [2]int{segStart, pos})
			pos = a
			continue
		}
		if !atStart && start == segStart && (ent < 0 || d.regionName(ent) || d.stateAt(segStart, pos)) && !d.afterIntro(s, a) {
			if b := d.firmBeforePlace(segStart, pos, a, s); b >= 0 {
				// "Vandrell Tool Corp., Hollinsby, Wis., said": the wire
				// sets a company off with its town and state; the
				// company speaks, not the place.
				appos = append(appos, [2]int{b + 1, pos})
				pos = b
				continue
			}
		}
		if !atStart && start == segStart && ent >= 0 && (d.ents[ent].placeish() || d.ents[ent].kind == kUnknown && d.ents[ent].personEv == 0) && (d.placeQualified(a) || d.placeNounBefore(a)) &&
			!d.afterIntro(s, a) {
			// "Police in Ostby, Skelde, said", "Ilse Marner of Ostby,
			// Skelde, said": the region qualifies the place before it;
			// the speaker comes before both. Not "According to a
			// complaint filed in Dunmoor County Court, Varga told": the
			// comma closes the opening phrase, and the name after it is
			// the subject.
			if f, e := d.personOpening(a, s); e >= 0 && len(appos) == 0 {
				// "Tomas Vell of the fisheries center in La Varna,
				// Calif., said": the person the segment opens with, not
				// the town its last phrase names.
				c.found, c.subjFirst, c.ent = true, f, e
				return
			}
			appos = append(appos, [2]int{segStart, pos})
			pos = a
			continue
		}
		if ledBy >= 0 && ent < 0 {
			ent = ledBy
		}
		if ent < 0 && len(appos) > 0 && d.isWord(segStart, "one") && d.isWord(segStart+1, "of") {
			// "One of these groups, the Syrian Democratic Forces (SDF),
			// said": the one of them the aside names speaks.
			ap := appos[len(appos)-1]
			if k := d.npForward(ap[0], ap[1]); k > ap[0] && d.chunkAt[k-1] >= 0 {
				if e := d.chunks[d.chunkAt[k-1]].ent; e >= 0 && !d.ents[e].outlet && !d.ents[e].placeish() {
					ent = e
				}
			}
		}
		if ent < 0 && !c.thing && len(appos) > 0 {
			// "The largest union, the Tarvik Dockers Guild, said", "One
			// of these groups, the Syrian Democratic Forces (SDF), said":
			// a description, then the body it is, named with "the".
			if e := d.definiteBodyIn(appos[0][0], appos[0][1]); e >= 0 {
				ent = e
			} else if e := d.titledPersonIn(appos[0][0], appos[0][1]); e >= 0 && d.descriptionBefore(pos, s) == segStart {
				// "The president's chief challenger, opposition leader
				// Mira Sander, said": a description, then the person
				// it is, with a title.
				ent = e
			}
		}
		if ent < 0 && (c.thing || d.toks[last].kind == tkNum || d.toks[last].has(lxTime)) {
			// "Satellite imaging from 2017, from the United Nations,
			// suggests": data set off with its source is the source's.
			for _, ap := range appos {
				src := ap[0]
				if d.toks[src].lowerWord() && d.participle(src) {
					// "The survey, conducted by the Ostby Institute,
					// found", "The report, released Monday by the
					// council, says": the participle's agent.
					for j := src + 1; j < ap[1]; j++ {
						if d.isWord(j, "by") {
							src = j
							break
						}
					}
				}
				// "The statement, signed by chair Radka Holub, said": the
				// signer speaks, a person too; so does the writer ("The
				// ruling, written by Judge Ilse Varga, states").
				signed := (d.isWord(ap[0], "signed") || d.isWord(ap[0], "written") || d.isWord(ap[0], "authored")) && d.toks[ap[0]].lowerWord()
				if (d.isWord(src, "from") || d.isWord(src, "by")) && d.toks[src].lowerWord() {
					if e := d.resolveNP(src+1, ap[1], c.verb); e >= 0 && !d.ents[e].outlet && (signed || !d.ents[e].personish()) && !d.ents[e].placeish() {
						ent = e
						c.thing = false
					}
				}
			}
		}
		if !atStart && start == segStart && ent >= 0 && d.ents[ent].kind == kPerson && len(appos) == 0 {
			// "“...,” the study's lead author, Mirela Sanz, said": the role
			// before the name is part of the speaker phrase, not a clause.
			if rs := d.descriptionBefore(a, s); rs >= 0 {
				d.noteRole(ent, rs, a)
				start = rs
			} else if e2, f := d.partnerBefore(a, s); e2 >= 0 && e2 != ent {
				// "Anna Varga and her husband, Tomas, said": each of the
				// two speaks.
				d.noteRole(ent, a-1, a)
				start, co = f, e2
			}
		}
		if co < 0 && !atStart && ent >= 0 && start > segStart && start <= segStart+2 && d.isWord(segStart, "and") && d.toks[segStart].lowerWord() {
			// "Ilse Varga, a Democrat, and Tomas Brek, a Republican,
			// said": each of two names joined by "and", each with its
			// aside, speaks, as without the asides.
			if e2, f := d.coordinatedBefore(a, s); e2 >= 0 && e2 != ent && !d.ents[ent].placeish() {
				start, co = f, e2
			}
		}
		if ent >= 0 && len(appos) > 0 && d.isWord(start, "the") && d.chunkAt[start] < 0 && d.ents[ent].personish() {
			// "Meanwhile, the MP for Varno North, Mr Pim Adler,
			// maintained": the office, then its holder named in
			// apposition; the name says who, not the other MP the
			// description alone would go back to.
			if ap := appos[len(appos)-1]; ap[1] > ap[0] {
				if e := d.titledPersonIn(ap[0], ap[1]); e >= 0 && e != ent && d.ents[e].kind == kPerson {
					ent = e
				}
			}
		}
		if ent < 0 && len(appos) > 0 && d.officeIn(start, last+1) {
			// "The Governor of Central Bank of Velmark (CBV), Mr.
			// Godfrey Amadi, said": the office, then its holder named in
			// apposition, who speaks.
			if ap := holderAside(d, appos); ap[1] > ap[0] {
				if ci := d.chunkAt[ap[1]-1]; ci >= 0 && int(d.chunks[ci].first) == ap[0] && int(d.chunks[ci].last) == ap[1] {
					if e := d.chunks[ci].ent; e >= 0 && d.ents[e].kind == kPerson {
						ent = e
					}
				}
			}
		}
		if len(appos) > 0 && (ent < 0 || !d.ents[ent].personish()) {
			// "Deputy Director, Information, Tarvik University (TU), Mr.
			// Odo Brannock, said", "Calder's Head of Protocol, Mr. Lars
			// Mikkel in Varno yesterday, said": an office, its unit and
			// its body, then the holder named with an honorific (where
			// and when he spoke after the name), who speaks.
			// So is a holder named with a rank: "Deputy Director Army
			// Public Relations, 7 Division, Col. Ado Isa".
			if ap := holderAside(d, appos); ap[1]-ap[0] >= 2 && (honorificWord(d.lower(ap[0])) || d.rankAt(ap[0])) {
				if e := d.titledPersonIn(ap[0], d.placeTimeTail(ap[0], ap[1])); e >= 0 && d.ents[e].kind == kPerson {
					ent = e
				}
			}
		}
		c.found, c.subjFirst, c.ent = true, start, ent
		if co < 0 && (atStart || d.afterIntro(s, a)) && start == segStart && len(appos) > 0 {
			// "Mara Quell and Ilan Dravic, who co-led the study, said":
			// each of two joined names opening the sentence speaks, as
			// without the aside.
			co = d.joinedSpeaker(start, last, ent)
		}
		if co >= 0 {
			c.co = co
		}
		if len(appos) > 0 {
			c.subjFirst = min(start, appos[len(appos)-1][0])
		}
		if ent >= 0 {
			for _, ap := range appos {
				if d.outletDescription(ap[0], ap[1]) {
					d.ents[ent].outlet = true // "Tarnnews, a local news website, said"
				}
				if ci := d.chunkAt[ap[1]-1]; ci >= 0 && d.chunks[ci].ent == ent {
					continue // "Residents spokesman, retired professor Bill Williamson,": the aside is his name, its title already his
				}
				d.noteAppositiveSeg(ent, ap[0], ap[1])
			}
		}
		return
	}
}

// holderAside returns the aside (of appos, nearest the cue first) that
// may name the holder of an office opening the sentence: the nearest,
// or, when the nearest is a relative clause set off after it, the one
// before the clause ("Head of the Marlow division, Superintendent Dorian
// Vell, who toured the site, said"). The clause says what the holder
// did; it names no one.
func holderAside(d *doc, appos [][2]int) [2]int {
	if len(appos) == 2 && d.toks[appos[0][0]].lowerWord() && d.toks[appos[0][0]].has(lxRelative) && !d.isWord(appos[0][0], "that") {
		return appos[1]
	}
	return appos[0]
}

// placeTimeTail returns where the phrase [a, b) ends once a trailing time
// word and a place (any name but a person's) after "in" are cut off: "Mr. Lars Mikkel in Varno
// yesterday" ends after "Mikkel". It returns b when there is neither.
func (d *doc) placeTimeTail(a, b int) int {
	k := d.skipBackAdverbials(b-1, a)
	if k > a {
		if ci := d.chunkAt[k]; ci >= 0 && int(d.chunks[ci].last) == k+1 {
			// The town may be known only from a body's name so far
			// ("the Federal University of Technology, Akure"): any name
			// after "in" but a person's.
			if e := d.chunks[ci].ent; e < 0 || !d.ents[e].personish() {
				if in := int(d.chunks[ci].first) - 1; in > a && d.isWord(in, "in") && d.toks[in].lowerWord() {
					k = in - 1
				}
			}
		}
	}
	return k + 1
}

// bracketedDateEnd returns the closing bracket of a date in brackets
// opening at token j ("(Mar 30)", "(June 3)", "(30 March)"), or -1.
func (d *doc) bracketedDateEnd(j int, s sentence) int {
	if !d.punct(j, "(") {
		return -1
	}
	month := false
	for c := j + 1; c < s.last && c <= j+4; c++ {
		switch t := &d.toks[c]; {
		case d.punct(c, ")"):
			if month {
				return c
			}
			return -1
		case t.kind == tkNum:
		case t.kind == tkWord && monthName(strings.TrimSuffix(d.lower(c), ".")):
			month = true
		default:
			return -1
		}
	}
	return -1
}

// honorificWord reports whether w is a courtesy title before a name,
// "Mr.", "Mrs", "Dr.".
// rankAt reports whether token k is a rank or title written before a
// name, capitalised and no role of its own: "Col.", "Maj.", "Supt".
func (d *doc) rankAt(k int) bool {
	return d.toks[k].capWord() && d.toks[k].has(lxTitle) && !d.toks[k].has(lxRole)
}

func honorificWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "mr", "mrs", "ms", "miss", "dr", "prof":
		return true
	}
	return false
}

// policeInPlace returns the span of "Police in the <place>" when the
// phrase [start, i] the subject reads back is that place, with "the"
// before it (or a word for its kind after it, "the Harrowby district"),
// perhaps qualified by the country after "in" ("... in Norland"): a
// force named by the area it serves. "Police in Lenmoor" the chunker
// names itself. It returns -1, -1 otherwise.
func (d *doc) policeInPlace(start, i int, s sentence) (int, int) {
	if start < s.first || start >= i || !d.isWord(start, "the") || !d.toks[start].lowerWord() {
		return -1, -1
	}
	ci := d.chunkAt[start+1]
	if ci < 0 || d.chunks[ci].first != start+1 || d.toks[start+1].has(lxPlace|lxNation) {
		return -1, -1 // not "police in the United States", a country's many forces
	}
	if e := d.chunks[ci].ent; e >= 0 && (d.ents[e].personish() || d.ents[e].orgish()) || d.countryNameAt(start+1, d.chunks[ci].last) {
		return -1, -1
	}
	end := d.chunks[ci].last
	if end <= i && d.toks[end].lowerWord() && areaKind(d.lower(end)) {
		end++ // "the Harrowby district"
	}
	if end <= i {
		// "... in England": the country qualifies the place; the name
		// ends before it.
		if !d.isWord(end, "in") || !d.toks[end].lowerWord() || end+1 > i {
			return -1, -1
		}
		for k := end + 1; k <= i; k++ {
			if !d.toks[k].capWord() {
				return -1, -1
			}
		}
	}
	p := start - 2
	if p < s.first || !d.isWord(start-1, "in") || !d.toks[start-1].lowerWord() || !d.isWord(p, "police") {
		return -1, -1
	}
	if p > s.first && !d.toks[p-1].has(lxDet) && !d.punct(p-1, ",") {
		return -1, -1
	}
	return p, end
}

// forceOfPlace returns the body "Police in the <place>" at [f, end) names:
// the force the text also names "<place> Police" when there is one
// ("West Midlands Police reported ..."), else a body of that name.
func (d *doc) forceOfPlace(f, end int) int {
	words := append(d.foldWords(f+3, end), "police")
	key := strings.Join(words, " ")
	for _, e := range d.wordIdx["police"] {
		if contains(d.ents[e].keys, key) {
			return int(e)
		}
	}
	return d.bodyEntity(f, end)
}

// areaKind reports whether w names the kind of area a force serves, after
// the area's name: "the Harrowby district".
func areaKind(w string) bool {
	switch w {
	case "district", "region", "area", "county", "province", "borough":
		return true
	}
	return false
}

// clauseVerbBefore reports whether a finite verb of a clause stands in
// tokens [a, b): one the lexicon knows, or a past form after a pronoun
// or a name ("they both expressed", "Varga backed").
func (d *doc) clauseVerbBefore(a, b int) bool {
	if d.finiteVerbIn(a, b) {
		return true
	}
	for j := a + 1; j < b; j++ {
		if d.toks[j].lowerWord() && d.endsWith(j, "ed") && !d.toks[j].has(lxDet|lxPrep|lxFunc) &&
			(d.chunkAt[j-1] >= 0 || d.toks[j-1].has(lxPronoun|lxAdverb) || d.isWord(j-1, "both")) {
			return true
		}
	}
	return false
}

// issuerBeforeComma returns the named subject that opens the clause of
// sentence s and issued the statement (letter, message) ending, perhaps
// with a short phrase after it, at the comma at k ("Varga later issued a
// statement regarding the verdict, which read"), and where its name
// starts; or -1.
func (d *doc) issuerBeforeComma(k int, s sentence) (int, int) {
	for j := k - 1; j > s.first && j >= k-7; j-- {
		t := &d.toks[j]
		if t.kind != tkWord || t.inQuote() || t.cv != 0 && !issuedBySpeaker(d.lower(j)) {
			return -1, 0
		}
		if !t.lowerWord() || !issuedBySpeaker(d.lower(j)) || !d.toks[j-1].has(lxDet) {
			continue
		}
		st := d.clauseStart(s)
		end := d.npForward(st, j-1)
		if end <= st || d.chunkAt[end-1] < 0 || !d.issuedBetween(end, j-1) || d.receivedBetween(end, j-1) {
			return -1, 0
		}
		ch := &d.chunks[d.chunkAt[end-1]]
		if e := ch.ent; e >= 0 && !d.ents[e].outlet && !d.ents[e].placeish() {
			return e, ch.first
		}
		return -1, 0
	}
	return -1, 0
}

// coordinatedBefore returns the name that the comma at a ends, after at
// most two asides set off by commas, when that name opens the clause of
// sentence s ("Ilse Varga, a Democrat, and ..."), and where it starts; or
// -1. Names given as examples ("Critics, including Ilse Varga, a
// Democrat, and ...") open no clause, and a place ("Residents of Tarvik, a
// fishing town, and ...") is no speaker.
func (d *doc) coordinatedBefore(a int, s sentence) (int, int) {
	clause := d.clauseStart(s)
	pos := a
	for n := 0; n < 3 && pos > clause; n++ {
		b := pos - 1
		for b >= clause && !d.punct(b, ",") {
			if d.toks[b].kind == tkQuote || d.toks[b].inQuote() || d.toks[b].cv != 0 && d.toks[b].lowerWord() {
				return -1, 0
			}
			b--
		}
		seg := b + 1
		if seg >= pos {
			return -1, 0
		}
		if b >= clause && n < 2 && d.appositiveLike(seg, pos) {
			pos = b
			continue
		}
		if seg != clause {
			return -1, 0
		}
		f := seg
		if d.isWord(f, "the") {
			f++
		}
		ci := d.chunkAt[f]
		if ci < 0 || d.chunks[ci].first != f || d.chunks[ci].last != pos {
			return -1, 0
		}
		e := d.chunks[ci].ent
		if e < 0 || d.ents[e].placeish() || d.ents[e].outlet {
			return -1, 0
		}
		return e, seg
	}
	return -1, 0
}

// descriptionBefore returns the start of a description ending at the comma
// a that a name follows in apposition ("the study's lead author, Mirela
// Sanz"), when it fills the whole segment after a quotation, a comma or the
// sentence start; or -1.
func (d *doc) descriptionBefore(a int, s sentence) int {
	j := a - 1
	if j > s.first && d.toks[j].capWord() && d.chunkAt[j] >= 0 {
		// "the mayor of Osk, Anna Varga", "the head of the Osk Water
		// Board, Ahmed Karimi": back over the body or place the role is of.
		p := d.chunks[d.chunkAt[j]].first - 1
		if p > s.first && d.isWord(p, "the") && d.toks[p].lowerWord() {
			p--
		}
		if p > s.first && d.toks[p].lowerWord() && (d.isWord(p, "of") || d.isWord(p, "at") || d.isWord(p, "for")) {
			j = p - 1
		}
	}
	if j < s.first || !d.toks[j].lowerWord() || !d.toks[j].has(lxRole) && !rivalryNoun(d.lower(j)) {
		return -1
	}
	k := j
	for k-1 >= s.first && j-k < 6 {
		t := &d.toks[k-1]
		if t.kind == tkPoss || t.capWord() && !t.inQuote() && t.kind == tkWord ||
			t.lowerWord() && !t.has(lxFunc|lxPrep|lxAux|lxRelative|lxPronoun) && t.cv == 0 {
			k--
			continue
		}
		if t.kind == tkWord && (t.has(lxDet) || possessivePronoun(d.lower(k-1))) {
			k--
		}
		break
	}
	if k == s.first || d.punct(k-1, ",") || d.toks[k-1].kind == tkQuote && d.toks[k-1].is(fCloseMark) {
		if !d.toks[k].has(lxDet) && !possessivePronoun(d.lower(k)) && d.chunkAt[k] < 0 && !(k+1 <= j && d.toks[k+1].kind == tkPoss) &&
			!(k < j && d.toks[k].has(lxGroup)) {
			return -1 // a bare "author," is no description of anyone; "Residents spokesman," is
		}
		return k
	}
	return -1
}

// rivalryNoun reports whether w names a person by the place they hold
// beside or after another, which the role lexicon leaves out because a
// thing can hold it too ("its predecessor"): before a titled name in
// apposition it describes that person, "Kask's main challenger, former
// Finance Minister Hedda Lorn, said".
func rivalryNoun(w string) bool {
	switch w {
	case "challenger", "predecessor", "successor", "contender":
		return true
	}
	return false
}

// partnerBefore returns the person named before "and" and a possessive
// role that ends at the comma a ("Anna Varga and her husband, Tomas"),
// with the first token of that name, when they open the segment; or -1.
func (d *doc) partnerBefore(a int, s sentence) (int, int) {
	j := a - 1
	if j-3 < s.first || !d.toks[j].lowerWord() || !d.toks[j].has(lxRole) || !possessivePronoun(d.lower(j-1)) ||
		!d.isWord(j-2, "and") || d.chunkAt[j-3] < 0 {
		return -1, -1
	}
	ch := &d.chunks[d.chunkAt[j-3]]
	if ch.ent < 0 || ch.last != j-2 || !d.ents[ch.ent].personish() {
		return -1, -1
	}
	if f := ch.first; f == s.first || d.punct(f-1, ",") || d.toks[f-1].kind == tkQuote && d.toks[f-1].is(fCloseMark) {
		return ch.ent, f
	}
	return -1, -1
}

// possessivePronoun reports whether w is a possessive determiner: "its
// chief executive", "her spokesman".
func possessivePronoun(w string) bool {
	switch w {
	case "its", "his", "her", "their", "our":
		return true
	}
	return false
}

// regionName reports whether entity e can be a region that qualifies a
// place: a place, or a name nothing marks as a person or a body.
func (d *doc) regionName(e int) bool {
	if e < 0 {
		return false
	}
	en := &d.ents[e]
	return en.placeish() || en.kind == kUnknown && en.personEv == 0 && en.orgEv == 0
}

// commaBefore returns the comma before token a in sentence s, or
// s.first-1 when none comes before it: where the comma segment that ends
// at a starts, less one.
func (d *doc) commaBefore(a int, s sentence) int {
	b := a - 1
	for b >= s.first && !d.punct(b, ",") {
		b--
	}
	return b
}

// personOpening returns the first token and the entity of the person
// named at the start of the comma segment that ends at the comma a,
// after any closing quotation mark, or -1, -1.
func (d *doc) personOpening(a int, s sentence) (int, int) {
	f := d.commaBefore(a, s) + 1
	for f < a && d.toks[f].kind == tkQuote {
		f++
	}
	if f >= a {
		return -1, -1
	}
	ci := d.chunkAt[f]
	if ci < 0 || d.chunks[ci].first != f || d.chunks[ci].last >= a || d.chunks[ci].ent < 0 {
		return -1, -1
	}
	if e := d.chunks[ci].ent; d.ents[e].personish() && d.ents[e].kind == kPerson {
		return f, e
	}
	return -1, -1
}

// namedAfterState reports whether the segment [segStart, pos) names a
// person and the segment before its comma a is a state or province: the
// wire's "Kessby Lake, Man., Chief Arvo Dunmere, who is in Ottawa, said",
// where the town and state say where the person is from and the person
// speaks; the titled name is no aside of the state.
func (d *doc) namedAfterState(segStart, pos, a int, s sentence) bool {
	b := d.commaBefore(a, s)
	if b < s.first || !d.stateAt(b+1, a) {
		return false
	}
	for k := segStart; k < pos; k++ {
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
			return true
		}
	}
	return false
}

// firmBeforePlace returns the comma before the body that the place
// [segStart, pos) and, when there is one, the town before it (ending at
// the comma a) are set off after: "Vandrell Tool Corp., | Hollinsby, Wis.,
// said", "The National Association of Pottery Makers, | Hollinsby, says".
// The place is one name filling its segment; the body is a name of an
// organisation ending just before the comma. It returns -1 otherwise.
func (d *doc) firmBeforePlace(segStart, pos, a int, s sentence) int {
	placeSeg := func(f, l int) bool {
		ci := d.chunkAt[f]
		if ci < 0 || int(d.chunks[ci].first) != f || int(d.chunks[ci].last) != l || l-f > 3 {
			return false
		}
		e := d.chunks[ci].ent
		return e >= 0 && d.regionName(e) && d.ents[e].personEv == 0
	}
	state := d.stateAt(segStart, pos)
	if !state && !placeSeg(segStart, pos) {
		return -1
	}
	firmEndsAt := func(c int) bool {
		if c-1 < s.first || !d.punct(c, ",") {
			return false
		}
		ci := d.chunkAt[c-1]
		if ci < 0 || int(d.chunks[ci].last) != c {
			return false
		}
		e := d.chunks[ci].ent
		return e >= 0 && d.ents[e].kind == kOrg && d.ents[e].orgEv > d.ents[e].personEv && !d.ents[e].outlet
	}
	if firmEndsAt(a) {
		return a
	}
	// A town before the state: "Hollinsby, | Wis.".
	b := d.commaBefore(a, s)
	if b <= s.first || !firmEndsAt(b) {
		return -1
	}
	// Before a state, any name filling its segment is the town, though
	// it reads like a person's ("Fenwick Springs, Texas").
	if ci := d.chunkAt[b+1]; state && ci >= 0 && int(d.chunks[ci].first) == b+1 && int(d.chunks[ci].last) == a && a-b <= 4 || placeSeg(b+1, a) {
		return b
	}
	return -1
}

// stateAt reports whether tokens [f, l) are the name of a state of the
// United States or a province or territory of Canada as the wire writes
// it after a town: "Wis.", "N.J.", "Ohio", "New Mexico", "Man.", "Ont.",
// "Nova Scotia".
func (d *doc) stateAt(f, l int) bool {
	if l-f > 3 {
		return false
	}
	words := make([]string, 0, l-f)
	for k := f; k < l; k++ {
		if d.toks[k].kind != tkWord {
			return false
		}
		words = append(words, d.str(k))
	}
	switch strings.Join(words, " ") {
	case "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.",
		"Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
		"N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.",
		"Wis.", "Wyo.", "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
		"Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
		"Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
		"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
		"Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
		"Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
		"Alta.", "B.C.", "Man.", "N.B.", "N.L.", "Nfld.", "N.S.", "N.W.T.", "Ont.", "P.E.I.", "Que.", "Sask.", "Y.T.",
		"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario", "Quebec",
		"Saskatchewan", "Yukon", "Nunavut":
		return true
	}
	return false
}

// placeQualified reports whether the comma at token a ends a place named
// after "in", "of", "from", "near" or "at": "Police in Ostby, | Skelde,".
func (d *doc) placeQualified(a int) bool {
	if a < 2 {
		return false
	}
	ci := d.chunkAt[a-1]
	if ci < 0 || d.chunks[ci].last != a {
		return false
	}
	f := d.chunks[ci].first
	if d.toks[a-1].has(lxTime) {
		return false // "in May, Mayor Ilse Varga said"
	}
	if f > 0 && d.isWord(f-1, "the") {
		f--
	}
	if f < 1 || !d.toks[f-1].lowerWord() {
		return false
	}
	switch d.lower(f - 1) {
	case "in", "of", "from", "near", "at":
		return true
	}
	return false
}

// placeNounBefore reports whether the comma at token a ends a common noun
// for a place after "in", "of", "from", "near" or "at": "Officials in the
// Tarvian capital, | Marlow, said". The name after it only says which
// place; the speaker comes before both.
func (d *doc) placeNounBefore(a int) bool {
	if a < 2 || !d.toks[a-1].lowerWord() {
		return false
	}
	switch d.lower(a - 1) {
	case "capital", "city", "town", "village", "province", "region", "state", "district", "county", "port", "suburb":
	default:
		return false
	}
	for k := a - 2; k >= 0 && k >= a-5; k-- {
		t := &d.toks[k]
		if t.lowerWord() && t.has(lxPrep) {
			switch d.lower(k) {
			case "in", "of", "from", "near", "at":
				return true
			}
			return false
		}
		if t.kind != tkWord || d.punct(k, ",") || t.has(lxVerb|lxAux) && !t.has(lxNation) {
			return false
		}
	}
	return false
}

// leftIsAppositive reports whether the comma-separated segment ending at
// the comma a reads as an appositive.
func (d *doc) leftIsAppositive(s sentence, a int) bool {
	b := a - 1
	for b >= s.first && !d.punct(b, ",") && d.toks[b].kind != tkQuote {
		b--
	}
	return b >= s.first && d.punct(b, ",") && d.appositiveLike(b+1, a)
}

// noteAppositiveSeg records an appositive segment as a role or age of e.
func (d *doc) noteAppositiveSeg(e, i, j int) {
	if d.ents[e].kind == kOrg || d.toks[i].has(lxRelative) || d.toks[i].lowerWord() && d.toks[i].has(lxPrep) {
		return
	}
	if end := d.appositiveEnd(i); end > i {
		d.noteAppositive(e, i, min(end, j))
	}
}

// outletDescription reports whether the appositive [a, b) describes a
// news outlet: "a local news website", "the state broadcaster", "a daily
// newspaper".
func (d *doc) outletDescription(a, b int) bool {
	if b-a > 6 || !d.toks[a].lowerWord() || !d.toks[a].has(lxDet) {
		return false
	}
	h := b - 1
	for h > a && d.toks[h].kind == tkPunct {
		h--
	}
	if !d.toks[h].lowerWord() {
		return false
	}
	switch d.lower(h) {
	case "newspaper", "broadcaster", "tabloid", "magazine", "daily", "weekly", "newswire", "channel":
		return true
	case "website", "site", "outlet", "portal", "agency", "service":
		return d.isWord(h-1, "news")
	}
	return false
}

// ledBy returns the entity of "led by X" (headed, chaired) in the segment
// [i, j), or -1.
func (d *doc) ledBy(i, j int) int {
	if j-i < 3 || !(d.isWord(i, "led") || d.isWord(i, "headed") || d.isWord(i, "chaired")) || !d.isWord(i+1, "by") {
		return -1
	}
	end := d.npForward(i+2, j)
	if end <= i+2 {
		return -1
	}
	return d.resolveNP(i+2, end, i)
}

// knownFor reports whether w is an irregular participle that opens an
// aside about a person: "known for", "born in", "elected in".
func knownFor(w string) bool {
	switch w {
	case "known", "born", "chosen", "sworn", "beaten", "driven", "grown", "thrown", "hidden":
		return true
	}
	return false
}

// officeOf reports whether the words from a (before b) open with a
// capitalised office and "of": "Director of the Ostby Institute", "Chief
// Executive of Tidemark Energy", which the chunker may read as one body's
// name, but which in apposition after a name is that person's office.
func (d *doc) officeOf(a, b int) bool {
	j := a
	for j < b && j < a+3 && d.toks[j].capWord() && d.toks[j].has(lxRole|lxTitle) {
		j++
	}
	return j > a && j < b && d.isWord(j, "of") && d.toks[j].lowerWord()
}

// docObjectBefore reports whether a document noun is the object of the
// verb at p and the participle at v follows it after no more than phrases
// of place and time: "posted a message on Facebook on Friday announcing".
func (d *doc) docObjectBefore(p, v int) bool {
	doc := false
	for j := p + 1; j < v; j++ {
		t := &d.toks[j]
		switch {
		case t.inQuote() || t.kind == tkQuote || t.kind == tkPunct || t.cv != 0 || t.has(lxAux|lxVerb) && t.lowerWord():
			return false
		case t.lowerWord() && (t.has(lxDoc) || d.isWord(j, "conference") || d.isWord(j, "briefing") || d.isWord(j, "speech")):
			doc = true // "held a press conference claiming ..."
		case !doc && !(t.lowerWord() && t.has(lxDet)):
			return false // the document must come first: "posted a message"
		}
	}
	return doc
}

// appositiveLike reports whether the comma-separated segment [a, b) reads as
// an appositive or an aside rather than a clause or a name: "a spokeswoman
// for the ministry", "who leads the rescue teams", "58", "in remarks to
// al-Ikhbariya television", "SC".
func (d *doc) appositiveLike(a, b int) bool {
	if d.titledNameAfterRole(a, b) || d.styledName(a, b) || d.andTitledName(a, b) {
		return false
	}
	t := &d.toks[a]
	switch {
	case t.lowerWord() && (t.has(lxDet|lxRelative|lxPrep) || d.isWord(a, "led") || d.isWord(a, "headed") || d.isWord(a, "chaired") ||
		d.isWord(a, "unlike") || // "Ivo Dane, unlike Mara Quell, said": the one compared says nothing
		// "Ivo Dane, angry at the Harbour Board, said", "a senator,
		// loyal to Mara Quell, said": how the speaker feels about another.
		(feelingWord(d.lower(a)) || groupLeaning(d.lower(a)) || stanceAdjective(d.lower(a))) && a+1 < b && d.toks[a+1].lowerWord() && d.toks[a+1].has(lxPrep) ||

		d.isWord(a, "and") && a+1 < b && d.toks[a+1].has(lxRole|lxTitle)):
		return true
	case t.kind == tkNum && b-a <= 2:
		return true
	case t.lowerWord() && (d.isWord(a, "both") || d.isWord(a, "all")) && a+1 < b && d.toks[a+1].lowerWord() && !d.toks[a+1].has(lxAux|lxDet):
		return true // "Ivo Dane and Mara Quell, both researchers at Velcor, said": what the two named are
	case t.lowerWord() && asideLeadAdverb(d.lower(a)) && a+2 < b && d.toks[a+1].lowerWord() && d.appositiveLike(a+1, b):
		// "The Harlow Chamber, still opposed to any rise, said", "Jamaica,
		// long wary of its neighbours, has told": a degree or time adverb
		// before an aside leaves it an aside.
		return true
	case t.lowerWord() && d.isWord(a, "now") && a+1 < b && b-a <= 6:
		return true // ", now 89,", ", now retired,", ", now a teacher in Ostby,": what the person is today
	case t.lowerWord() && (d.isWord(a, "where") || d.isWord(a, "when")) && a+2 < b && d.toks[a+1].has(lxPronoun|lxDet):
		return true // ", where he has worked since 2004,": a relative clause about the place before

	case b-a <= 3 && t.lowerWord() && (t.has(lxAdverb) || sentenceAdverb(d.lower(a)) || d.isWord(a, "for") && d.isWord(a+1, "his") ||
		d.isWord(a, "for") && d.isWord(a+1, "her") || d.isWord(a, "for") && d.isWord(a+1, "their") || d.isWord(a, "for") && d.isWord(a+1, "its")):
		return true // "Olsen, however, said", "Lund, for her part, said"
	case t.lowerWord() && (d.isWord(a, "while") || d.isWord(a, "when") || d.isWord(a, "after") || d.isWord(a, "before") ||
		d.isWord(a, "if") || d.isWord(a, "once") || d.isWord(a, "though") || d.isWord(a, "although")) &&
		a+1 < b && d.toks[a+1].lowerWord() && (d.endsWith(a+1, "ing") || d.endsWith(a+1, "ed")):
		return true // ", while campaigning in Michigan,", ", when asked about the delay,"
	case t.lowerWord() && d.endsWith(a, "ing") && t.cv == 0 && !d.isWord(a, "according"):
		return true // ", speaking to reporters after the debate,"
	case t.lowerWord() && (d.endsWith(a, "ing") || d.endsWith(a, "ed")) && !d.isWord(a, "according") && d.asideBeforeCue(a, b):
		return true // ", writing for the majority, said", ", asked about the attack, said"
	case t.lowerWord() && (d.participle(a) || knownFor(d.lower(a)) || d.isWord(a, "best") && a+1 < b && d.isWord(a+1, "known")) && d.asideBeforeCue(a, b):
		return true // ", known for his video channel Harbourlight, said", ", born in Osk, said"
	case b-a == 1 && (t.has(lxPostNominal) || partyLabel(d.str(a))):
		return true
	case b-a >= 3 && t.is(fAllCaps) && len(d.str(a)) <= 4 && d.isWord(a+1, "for") && d.toks[a+2].capWord():
		// ", AM for Clwyd West,", ", MLA for Ostby North,": an elected
		// member's short title and the seat it is held for describe the
		// person before the comma; the seat is no speaker.
		return true
	case b-a >= 2 && t.capWord() && d.electedAside(a, b):
		// ", North Velmark Liberal AM,", ", Labour MP for Eastfield,": the
		// seat and party words before an elected member's short title
		// describe the person before the comma, as the bare title does.
		return true
	case t.lowerWord() && (d.isWord(a, "nicknamed") || d.isWord(a, "dubbed") || d.isWord(a, "known") && d.isWord(a+1, "as")) && d.nicknameIn(a+1, b):
		return true // ", nicknamed “the Ghost” by fans,", ", known as “the Ghost”,": a name given, in marks
	case b-a == 2 && d.partyTagEnd(a) == b:
		return true // ", R-New York,", ", D-North Carolina,", ", D-At Large,", ", R-3rd Ward,"
	case a+2 < b && d.agentRoleAt(a):
		return true // ", convener of the KMT caucus,": a role no list knows, by its form
	case b-a <= 3 && d.councillorParty(a, b):
		return true // "Cllr Ilse Marko, Fianna Fáil, said", "Cllr Ivo Senn, independent, said"
	}
	// A titled name filling the segment is the speaker a description
	// before it introduces: "the director of IEDR, Professor Nalini Osk,
	// said".
	if ci := d.chunkAt[a]; ci >= 0 {
		if ch := &d.chunks[ci]; ch.first == a && (ch.last == b || d.affiliationTail(ch.last, b)) && ch.kind == kPerson && ch.ent >= 0 && ch.name > a &&
			d.punct(a-1, ",") && (d.roleBefore(a-1) || d.roleAfterQuotation(a-1)) {
			return false
		}
	}
	// A role before any verb: "director of the institute that ran the
	// trial".
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.has(lxAux) || t.cv != 0 || t.has(lxRelative) && k > a {
			return false
		}
		if t.has(lxRole|lxTitle) && (t.lowerWord() || d.chunkAt[k] >= 0 && d.chunks[d.chunkAt[k]].name > k) {
			return true
		}
		if k == a && d.officeOf(a, b) {
			return true // "Tomas Brenn, Director of the Ostby Institute, said": an office, not the body's name
		}
		if k > a && k+1 < b && t.capWord() && t.has(lxRole) && d.toks[k+1].lowerWord() && (d.isWord(k+1, "at") || d.isWord(k+1, "of") || d.isWord(k+1, "for")) &&
			d.capitalisedTitleRun(a, k) {
			// "Ines Marl, Business Fundamentals Analyst at Veltdata,
			// comments": a job title in capitals, its field's words before
			// its role noun and the employer after it, not a name; but
			// "the group, Fair Counsel, said" is a body's name.
			return true
		}
	}
	// "Imre Kalda, Norland Army Spokesman, told", "Henna Valko, European
	// Commission Vice President, said": wire copy capitalises the title
	// after a name; the body and its title describe the person before
	// the comma, and the chunker reads them as one name.
	if k := b - 1; k > a && a >= 2 && d.toks[k].capWord() && (isSpokesperson(d.lower(k)) || d.toks[k].has(lxTitle|lxRole) && !d.toks[k].has(lxHonorific)) &&
		d.chunkAt[a-2] >= 0 && d.chunks[d.chunkAt[a-2]].kind == kPerson {
		return true
	}
	return false
}

// affiliationTail reports whether tokens [k, b) are "of", "from" or "at"
// and one name ending at b: the place a titled name works at ("Professor
// Ilse Varga from Calder University"), no description of its own.
func (d *doc) affiliationTail(k, b int) bool {
	if k >= b || !d.toks[k].lowerWord() || !(d.isWord(k, "of") || d.isWord(k, "from") || d.isWord(k, "at")) {
		return false
	}
	n := k + 1
	if n < b && d.isWord(n, "the") && d.toks[n].lowerWord() {
		n++
	}
	ci := d.chunkAt[min(n, len(d.toks)-1)]
	return n < b && ci >= 0 && d.chunks[ci].first == n && d.chunks[ci].last == b && d.chunks[ci].kind != kPerson
}

// relativeClosesSentence reports whether a relative clause opens at token
// k and runs to the end of sentence s: "..., said Norpec officials who
// spoke on condition of anonymity." says who the speakers are, and
// reports nothing.
func (d *doc) relativeClosesSentence(k int, s sentence) bool {
	if k >= s.last || !d.relativeAt(k) || d.isWord(k, "that") || !d.toks[k].lowerWord() {
		return false
	}
	e := d.relativeEnd(k, s)
	return e >= s.last || d.sentenceEnd(e, s)
}

// capitalisedTitleRun reports whether the tokens [a, k) are capitalised
// words naming a job's field ("Business Fundamentals", "Principal
// Retail"), none a first name or an outlet.
func (d *doc) capitalisedTitleRun(a, k int) bool {
	if k-a > 4 {
		return false
	}
	for j := a; j < k; j++ {
		if t := &d.toks[j]; !t.capWord() || t.has(lxFirstName|lxOutlet|lxFunc|lxDet) {
			return false
		}
	}
	return true
}

// nicknameIn reports whether a quotation opens within the first two
// tokens of [k, b): the nickname after "nicknamed" or "known as".
func (d *doc) nicknameIn(k, b int) bool {
	for j := k; j < b && j < k+2; j++ {
		if d.toks[j].kind == tkQuote && d.toks[j].is(fOpenMark) {
			return true
		}
	}
	return false
}

// personChunkEnding returns the chunk naming a person that ends the
// segment [a, b) and starts after its first word, or nil: the name after
// the style or the title that styledName and andTitledName look at.
func (d *doc) personChunkEnding(a, b int) *chunk {
	ci := d.chunkAt[b-1]
	if ci < 0 {
		return nil
	}
	ch := &d.chunks[ci]
	if ch.last != b || ch.first <= a || ch.kind != kPerson || ch.ent < 0 {
		return nil
	}
	return ch
}

// styledName reports whether the segment [a, b) is a person's name after
// "the" and a style ("the Rt Rev Ruth Merrow", "the Hon Ivo Dane", "the
// Most Reverend Amos Dray"): after "the Bishop of Harlan," such a
// segment names the bishop; it never describes someone named before it.
func (d *doc) styledName(a, b int) bool {
	if !d.isWord(a, "the") || !d.toks[a].lowerWord() || !d.punct(a-1, ",") || b-1 <= a {
		return false
	}
	ch := d.personChunkEnding(a, b)
	if ch == nil {
		return false
	}
	styled := false
	for k := a + 1; k < max(ch.first, ch.name); k++ {
		switch {
		case d.toks[k].has(lxHonorific):
			styled = true
		case d.isWord(k, "rt") || d.isWord(k, "right") || d.isWord(k, "most") || d.isWord(k, "very"):
			// "Rt", "Right", "Most", "Very" only as part of a style
		default:
			if k < ch.first {
				return false
			}
		}
	}
	return styled
}

// andTitledName reports whether the segment [a, b) is "and", then
// capitalised titles and a person's name: a new subject after a clause
// ("..., and US President Aurel Tamsin, who has criticised the bill, has
// ordered"), not a second description of the name before it ("and head
// of the board").
func (d *doc) andTitledName(a, b int) bool {
	if !d.isWord(a, "and") || !d.toks[a].lowerWord() || a+1 >= b {
		return false
	}
	ch := d.personChunkEnding(a, b)
	if ch == nil {
		return false
	}
	for k := a + 1; k < ch.first; k++ {
		if !d.toks[k].capWord() {
			return false
		}
	}
	return true
}

// titledNameAfterRole reports whether the segment [a, b) is a person's
// name after titles, "Senator the Hon. Aubyn Hill", that a role set after
// a quotation introduces: "“...,” Minister of Industry, Investment and
// Commerce, Senator the Hon. Aubyn Hill, told JIS News".
func (d *doc) titledNameAfterRole(a, b int) bool {
	ci := d.chunkAt[b-1]
	if ci < 0 || !d.punct(a-1, ",") {
		return false
	}
	ch := &d.chunks[ci]
	if ch.last != b || ch.first < a || ch.kind != kPerson || ch.ent < 0 {
		return false
	}
	for k := a; k < ch.first; k++ {
		if !(d.toks[k].has(lxTitle|lxHonorific) || d.isWord(k, "the")) {
			return false
		}
	}
	return d.roleAfterQuotation(a - 1)
}

// roleBefore reports whether a lower-case role word ("director", "head")
// comes in the few words before the comma at token a, with no other
// punctuation between, in a description that is not itself in apposition
// to a name ("Ana Plot, the mayor of Esperanza, Sultan Kudarat,": a
// place, not a second person).
func (d *doc) roleBefore(a int) bool {
	role, capRole := false, false
	k := a - 1
	for ; k >= 0 && k >= a-8 && d.toks[k].kind != tkPunct && d.toks[k].kind != tkQuote; k-- {
		if d.toks[k].has(lxRole) {
			if d.toks[k].lowerWord() {
				role = true
			} else if d.toks[k].capWord() {
				capRole = true
			}
		}
	}
	if !role && capRole && d.isWord(k+1, "the") {
		// "The State Commissioner of Police, Mr Ade Bello, said", "The
		// Lagos State Police Public Relations Officer, DSP Bala Umar,
		// said": an office set in capitals after "the" describes the
		// titled name after the comma as a lower-case role does.
		role = true
	}
	if !role {
		return false
	}
	return !(d.punct(k, ",") && k > 0 && d.chunkAt[k-1] >= 0)
}

// asideBeforeCue reports whether the segment [a, b) is a participle phrase
// set off by commas right before a speech verb: "Elena Marsh, writing for
// the majority, said".
func (d *doc) asideBeforeCue(a, b int) bool {
	if !d.punct(a-1, ",") || !d.punct(b, ",") || b+1 >= len(d.toks) {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind == tkQuote || d.toks[k].inQuote() {
			return false
		}
	}
	if c := d.regionAfterTown(b); c > b {
		b = c // "Corvane Inc., based in Westport, Conn., said": the state is the aside's
	}
	n := d.skipAdverbs(b+1, d.sents[d.sentOf[b]].last)
	if d.isWord(n+1, "at") && d.toks[n+1].lowerWord() {
		// "..., said it seeks the profits, estimated at $50 million",
		// "the losses, forecast at $9 million": a figure's participle,
		// no verb the subject's aside hands over to.
		return false
	}
	return n < len(d.toks) && d.toks[n].lowerWord() && d.toks[n].cv != 0 && !d.endsWith(n, "ing")
}

// regionAfterTown returns the comma closing a state or country that
// follows the town ending at the comma b ("Westport, Conn.,", "Lyon,
// France,"), or -1. The region only says which town it is, so an aside
// ending in the town ends after the region.
func (d *doc) regionAfterTown(b int) int {
	if b < 1 || !d.punct(b, ",") || b+2 >= len(d.toks) || d.chunkAt[b-1] < 0 || d.chunkAt[b+1] < 0 {
		return -1
	}
	town, region := &d.chunks[d.chunkAt[b-1]], &d.chunks[d.chunkAt[b+1]]
	if town.last != b || region.first != b+1 || !d.punct(region.last, ",") || town.ent < 0 || !d.ents[town.ent].placeish() && !d.regionName(town.ent) {
		return -1
	}
	if !d.stateAt(region.first, region.last) && (region.ent < 0 || !d.ents[region.ent].placeish()) {
		return -1
	}
	return region.last
}

// sentenceAdverb reports whether w is an adverb that comments on a whole
// sentence and is often set off by commas after its subject.
func sentenceAdverb(w string) bool {
	switch w {
	case "however", "meanwhile", "too", "though", "nevertheless", "nonetheless", "instead", "moreover",
		"furthermore", "therefore", "thus", "likewise", "similarly", "separately", "additionally", "also":
		return true
	}
	return false
}

// docSpeaks reports whether a document can be the subject of the speech
// verb lemma: a statement says, adds or warns, but is posted, issued or
// published by someone.
func docSpeaks(lemma string) bool {
	switch lemma {
	case "post", "tweet", "write", "issue", "report", "reveal", "announce", "ask", "call", "describe", "express":
		return false
	}
	return true
}

// docVerb reports whether a document phrase starting at token start is
// the subject of cue c's verb after all, not a participle's noun: "...,
// the study revealed." closing a clause, or "the report revealed that".
func (d *doc) docVerb(c *cue, start int, s sentence) bool {
	if c.lemma != "reveal" && c.lemma != "report" && c.lemma != "announce" || !d.endsWith(c.verb, "ed") && !d.endsWith(c.verb, "s") {
		return false // "The new analysis reveals that ...": a present is never a participle
	}
	if d.isWord(c.after, "that") {
		return true
	}
	// "The study reported the organisms were reproducing normally": a
	// clause of its own follows, not the participle's complement.
	if k := c.after; k < s.last && d.toks[k].lowerWord() && !d.toks[k].has(lxPrep) && d.clauseLike(k, s) && d.clauseVerbSoon(k, s) {
		return true
	}
	if k := c.after; k < s.last && (d.toks[k].lowerWord() && !d.toks[k].has(lxPrep) || d.toks[k].capWord()) && d.presentVerbSoon(k, s) {
		// "The research paper reported E. coli releases a number of
		// gases": a subject, then a verb in the present with its object.
		return true
	}
	return d.punct(start-1, ",") && start-1 > s.first && d.sentenceEnd(c.after, s)
}

// exampleWithRoleBefore reports whether the segment [start, end), after
// the comma at comma, is a person's name in apposition to an example's
// role ("including the city's mayor, Ivo Marn,") that follows a plural
// group opening the sentence ("Officials at the briefing,").
func (d *doc) exampleWithRoleBefore(start, end, comma int, s sentence) bool {
	ci := d.chunkAt[end-1]
	if ci < 0 || d.chunks[ci].first != start || d.chunks[ci].kind != kPerson {
		return false
	}
	b := comma - 1
	for b > s.first && !d.punct(b, ",") {
		b--
	}
	if b <= s.first || !d.isWord(b+1, "including") || !d.toks[b+1].lowerWord() || b+2 >= comma || !d.toks[b+2].has(lxDet) {
		return false
	}
	for k := s.first; k < b && k < s.first+3; k++ {
		if w := d.lower(k); len(w) > 3 && w[len(w)-1] == 's' && lex.lookup(w)&lxGroup != 0 {
			return true
		}
	}
	return false
}

// infinitiveObject reports whether the phrase starting at start is the
// object of an infinitive ("to head", "to lead") inside a longer subject.
func (d *doc) infinitiveObject(start, first int) bool {
	v := start - 1
	if v-1 < first || !d.isWord(v-1, "to") || !d.toks[v-1].lowerWord() {
		return false
	}
	t := &d.toks[v]
	return t.lowerWord() && t.kind == tkWord && !t.has(lxFunc|lxPrep|lxDet|lxPronoun|lxAdverb|lxTime) && t.cv == 0
}

// nestedExample reports whether the phrase starting at token start is an
// example ("including X", "such as X") of a phrase that is itself inside a
// prepositional phrase, so that X is not the subject: "Articles in
// journals including Social Science & Medicine have characterized ...".
// "Other sites such as Gawker.com have stated" keeps Gawker.com.
func (d *doc) nestedExample(start, first int) bool {
	j := start - 1
	switch {
	case d.isWord(j, "including") || d.isWord(j, "like"):
		j--
	case d.isWord(j, "as") && d.isWord(j-1, "such"):
		j -= 2
	default:
		return false
	}
	if d.punct(j, ",") {
		j--
	}
	if j < first {
		return false
	}
	h := d.npBack(j, first)
	return h > first && d.toks[h-1].lowerWord() && d.toks[h-1].has(lxPrep)
}

// afterIntro reports whether the comma at a closes an introductory phrase
// that opens sentence s ("In a statement, the Guild of Master Bakers, which
// organises the prize, said"): what follows it is the subject, not an
// appositive.
func (d *doc) afterIntro(s sentence, a int) bool {
	if a <= s.first || !d.punct(a, ",") {
		return false
	}
	for k := s.first; k < a; k++ {
		if d.punct(k, ",") {
			return false
		}
	}
	t := &d.toks[s.first]
	if d.chunkAt[s.first] >= 0 || t.has(lxFirstName) {
		return false // "Jun Takamori-Price, a nurse, said": a name, not an intro
	}
	if leadModifier(d.lower(s.first)) && d.chunkAt[s.first+1] >= 0 && int(d.chunks[d.chunkAt[s.first+1]].last) == a {
		return false // "Embattled CEO Tom Ebb, who ..., said": the wire's word before the name, no participle's clause
	}
	if ci := d.chunkAt[a-1]; ci >= 0 {
		ch := &d.chunks[ci]
		f := int(ch.first)
		// "In 2019 Hugo Lamb, a spokesman, said", "On Tuesday Maya Torr,
		// D-N.H., said": a time with no comma, then the subject's name;
		// the intro ends before the name.
		if ch.kind != kPlace && f > s.first && d.chunkAt[f-1] < 0 && (d.toks[f-1].kind == tkNum || d.toks[f-1].has(lxTime)) {
			return false
		}
		// "Oscar-winning actor Tom Ebb, a ..., said", "Harwick-based
		// lawyer Tom Ebb, ...": a compound adjective before a role and
		// the name, no participle opening the sentence.
		if strings.Contains(d.str(s.first), "-") && f-1 > s.first && d.toks[f-1].lowerWord() && d.toks[f-1].has(lxRole) {
			return false
		}
	}
	if t.has(lxPrep|lxAdverb) && !t.has(lxDet) || d.endsWith(s.first, "ing") || d.endsWith(s.first, "ed") ||
		a == s.first+1 && sentenceAdverb(d.lower(s.first)) { // "Meanwhile, a health official, rejecting ..., said"
		return true
	}
	// "Late on Sunday,", "Early Saturday morning,", "Last week,": a
	// phrase of time without a verb.
	timed := false
	for k := s.first; k < a; k++ {
		tk := &d.toks[k]
		if tk.cv != 0 || tk.has(lxAux|lxVerb) || d.chunkAt[k] >= 0 && !tk.has(lxTime) {
			return false
		}
		timed = timed || tk.has(lxTime)
	}
	return timed && a-s.first <= 5
}

// crowdPlaces are where an unnamed voice comes from in "someone in the
// crowd", "a man at the back of the hall".
var crowdPlaces = map[string]bool{"crowd": true, "crowds": true, "audience": true, "hall": true, "room": true,
	"gallery": true, "back": true, "front": true, "queue": true, "line": true, "square": true, "chamber": true}

// indefiniteSpeaker returns the first token of a subject ending at i that
// names nobody, or -1: "someone", "somebody", or either of them or an
// unnamed person placed in a crowd ("someone in the crowd", "one woman at
// the back of the hall"). Without it the words went to the last speaker,
// or were lost when the crowd was taken for the subject.
func (d *doc) indefiniteSpeaker(i int, s sentence) int {
	opens := func(k int) bool {
		return k == s.first || d.toks[k-1].kind == tkPunct || d.toks[k-1].kind == tkQuote
	}
	k, placed := i, false
	for p := i - 1; p > s.first && p >= i-5; p-- {
		if !d.toks[p].lowerWord() {
			break
		}
		if (d.isWord(p, "in") || d.isWord(p, "at") || d.isWord(p, "among")) && d.crowdPlaceAt(p+1) {
			k, placed = p-1, true
			break
		}
	}
	if k < s.first || !d.toks[k].lowerWord() {
		return -1
	}
	if (d.isWord(k, "someone") || d.isWord(k, "somebody")) && opens(k) {
		return k
	}
	if !placed {
		return -1
	}
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		if !d.toks[j].lowerWord() {
			return -1
		}
		if d.isWord(j, "one") || d.isWord(j, "a") || d.isWord(j, "an") {
			if opens(j) {
				return j
			}
			return -1
		}
	}
	return -1
}

// crowdPlaceAt reports whether a crowd place, bare or after "the", is at k.
func (d *doc) crowdPlaceAt(k int) bool {
	if d.isWord(k, "the") {
		k++
	}
	return k < len(d.toks) && d.toks[k].lowerWord() && crowdPlaces[d.lower(k)]
}

// dataOwner returns the body that owns the noun phrase [start, end) when
// the phrase is where data came from ("Readings from the service's
// weather stations show", "Tests by the trust's laboratory show"): the
// data are that body's. It returns -1 otherwise.
func (d *doc) dataOwner(start, end, first int) int {
	if start-2 < first || !(d.isWord(start-1, "from") || d.isWord(start-1, "by")) || !d.toks[start-1].lowerWord() {
		return -1
	}
	n := start - 2
	if n-1 >= first && d.toks[n].lowerWord() && (d.endsWith(n, "ed") || authorParticiple(d.lower(n))) {
		n-- // "Data collected by the agency's satellites"
	}
	if !(thingWords[d.lower(n)] || d.toks[n].has(lxDoc)) {
		return -1
	}
	if o := d.ownerIn(start, end); o >= 0 && !d.ents[o].personish() && !d.ents[o].placeish() && !d.ents[o].outlet {
		return o
	}
	return -1
}

// placeModifiesBodyNoun reports whether a mention of place e in [start,
// end) is followed by a lower-case noun of a state body and "of" (the
// phrase may end at the place): "the Norland department of agriculture",
// "the Calder ministry of health".
func (d *doc) placeModifiesBodyNoun(e, start, end int) bool {
	for k := start; k+2 < end; k++ {
		ci := d.chunkAt[k]
		if ci < 0 || d.chunks[ci].ent != e {
			continue
		}
		n := d.chunks[ci].last
		if n+1 < len(d.toks) && d.sentOf[n+1] == d.sentOf[k] && d.toks[n].lowerWord() && d.isWord(n+1, "of") {
			switch d.lower(n) {
			case "department", "ministry", "agency", "office", "bureau", "service", "authority", "commission", "institute":
				return true
			}
		}
		k = n - 1
	}
	return false
}

// orgNameEndsAt reports whether a body's name ends at token k: "the
// Ostby Harbour Trust | which runs the quay".
func (d *doc) orgNameEndsAt(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].last != k+1 || d.chunks[ci].ent < 0 {
		return false
	}
	e := &d.ents[d.chunks[ci].ent]
	return e.orgish() && !e.personish() && !e.placeish() && !e.outlet && !e.thing
}

// describedBeforeWho returns the person, and the first token of the
// description, whom a description set off by a comma before "who" at i
// describes: "Piet Dambra, 22, a student at Tarsin College who said";
// or -1, -1. The description opens with "a" or "an" and holds no verb;
// an age may stand between the name and it.
func (d *doc) describedBeforeWho(i int, s sentence) (int, int) {
	end := i - 1
	if d.punct(end, ",") {
		end-- // "said Ms. Harlow, 78, the pastor's wife, who said"
	}
	for k := end; k > s.first && k >= end-10; k-- {
		t := &d.toks[k]
		if t.kind == tkPoss {
			continue // "the pastor's wife"
		}
		// A speech verb's form inside a name is no verb: "a student at
		// Morehead State who said".
		named := t.capWord() && d.chunkAt[k] >= 0 && int(d.chunks[d.chunkAt[k]].first) < k
		if t.kind != tkWord || t.inQuote() || t.cv != 0 && !named || t.has(lxAux) {
			return -1, -1
		}
		if !(d.isWord(k, "a") || d.isWord(k, "an") || d.isWord(k, "the") && end < i-1) || !t.lowerWord() || !d.punct(k-1, ",") {
			continue
		}
		q := k - 2
		if q-1 > s.first && d.toks[q].kind == tkNum && d.punct(q-1, ",") {
			q -= 2 // "Piet Dambra, 22, a student"
		}
		if q < s.first {
			return -1, -1
		}
		if ci := d.chunkAt[q]; ci >= 0 && d.chunks[ci].last == q+1 {
			f := int(d.chunks[ci].first)
			if f-1 >= s.first && d.toks[f-1].has(lxPrep) {
				return -1, -1 // "a neighbour of Oren Pask, a woman who said": the aside is the neighbour's
			}
			if e := d.chunks[ci].ent; e >= 0 && d.ents[e].personish() {
				return e, k
			}
		}
		return -1, -1
	}
	return -1, -1
}

// describedNewcomer returns where the subject ending at token i starts
// when it is an article, a noun for a person and a modifier that picks
// the person out, a relative clause or a participle of suspicion ("The
// man suspected of killing him", "A woman who attacked him"): someone
// new to the story, unnamed. Else -1.
func (d *doc) describedNewcomer(i int, s sentence) int {
	for k := i; k > s.first+1 && k > i-9; k-- {
		t := &d.toks[k]
		if t.kind != tkWord || t.inQuote() {
			return -1
		}
		if !t.lowerWord() || t.end-t.start < 3 {
			continue
		}
		if !newcomerModifier(d.lower(k)) {
			continue
		}
		a := k - 2
		if !d.newcomerHead(a) || k+1 > i || a != s.first && !d.toks[a].lowerWord() {
			return -1
		}
		if d.isWord(k, "who") && !d.otherPersonIn(k+1, i+1) {
			return -1 // "Tomas Brenn was on the bus. The man who survived the crash said": he, named before
		}
		return a
	}
	return -1
}

// otherPersonIn reports whether tokens [a, b) name a person or hold an
// object pronoun for one: the relative clause of "The woman who attacked
// him (Tomas Brenn)" sets her against someone else.
func (d *doc) otherPersonIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.isWord(k, "him") || d.isWord(k, "her") || d.isWord(k, "them") {
			return true
		}
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].kind == kPerson {
			return true
		}
	}
	return false
}

// newcomerModifier reports whether w, after a noun for a person, opens
// a modifier that picks out someone the story has not named.
func newcomerModifier(w string) bool {
	switch w {
	case "who", "suspected", "accused", "charged", "convicted", "arrested":
		return true
	}
	return false
}

// newcomerOpens reports whether sentence s's subject at k is such a
// description: "The man suspected of killing him told police ...", so
// that the next "he" is that man, whom nothing names.
func (d *doc) newcomerOpens(k int, s sentence) bool {
	return k+2 < s.last && d.toks[k+2].lowerWord() && !d.isWord(k+2, "who") && newcomerModifier(d.lower(k+2)) && d.newcomerHead(k)
}

// newcomerHead reports whether an article at a and a noun for a person
// after it open a newcomer's description: "The man", "a woman".
func (d *doc) newcomerHead(a int) bool {
	return (d.isWord(a, "the") || d.isWord(a, "a") || d.isWord(a, "an")) && d.personNounAt(a+1)
}

// andSecondCue reports whether "and" at k joins a second speech verb in
// the past to an inverted speaker: "“...,” said Ivo Tamm and added that".
func (d *doc) andSecondCue(k int, s sentence) bool {
	return k+1 < s.last && d.isWord(k, "and") && d.toks[k].lowerWord() && d.toks[k+1].lowerWord() && d.toks[k+1].cv != 0 && d.endsWith(k+1, "ed")
}

// relativeBefore returns the token of a "who" that opens a relative
// clause ending at token i, just before a cue's verb ("the woman who found
// the body | said"), or -1. The clause must start with a verb of its own.
func (d *doc) relativeBefore(i int, s sentence) int {
	// Twelve words back: "The MP who served as the Minority Chief Whip in
	// the 7th Parliament | revealed"; an ordinal is a word of it.
	for k := i; k > s.first && k > i-12; k-- {
		t := &d.toks[k]
		if t.kind != tkWord && t.kind != tkNum || t.inQuote() {
			return -1
		}
		// "The trust that runs the harbour said": a body's relative
		// opens with "that" or "which" as a person's does with "who".
		bodyRel := (d.isWord(k, "that") || d.isWord(k, "which")) && k > s.first && (d.toks[k-1].lowerWord() &&
			d.toks[k-1].has(lxGenericOrg) && !d.toks[k-1].has(lxDoc|lxRole) || d.orgNameEndsAt(k-1))
		if !t.lowerWord() || !d.isWord(k, "who") && !bodyRel {
			continue
		}
		n := &d.toks[k+1]
		if k+1 <= i && n.lowerWord() && (n.has(lxAux|lxVerb) || d.endsWith(k+1, "ed") || n.cv != 0) && d.toks[k-1].kind == tkWord && (d.npWord(k-1) || d.isWord(k-1, "those")) {
			return k
		}
		return -1
	}
	return -1
}

// groupModifierObject reports whether the name starting at token start
// is only what a modifier of an unnamed group of people is about: "Some
// delegates supporting Brekke said", "people inclined to support Mrs.
// Varga note", "senators loyal to Varga said", "residents near Tarvik
// Harbour said". The group speaks, and names no one. A workplace ("workers
// at the Brekke plant") or a body's people ("officials at the agency")
// is left to the other rules.
func (d *doc) groupModifierObject(start int, s sentence) bool {
	p := start - 1
	for p > s.first && p > start-3 && d.toks[p].lowerWord() && (d.isWord(p, "the") || d.toks[p].has(lxTitle)) {
		p--
	}
	if p-1 < s.first || !d.toks[p].lowerWord() {
		return false
	}
	m := p // the modifier's first word
	switch {
	case d.endsWith(p, "ing") && !d.isWord(p, "including") && !d.isWord(p, "according") && !d.isWord(p, "representing") && d.toks[p].cv == 0:
		// "supporting", "backing", "opposing"
	case d.isWord(p, "near") || d.isWord(p, "outside") || d.isWord(p, "around"):
	case d.isWord(p, "to"):
		m = p - 1
		if !groupLeaning(d.lower(m)) {
			return false
		}
	case d.isWord(p, "about") || d.isWord(p, "at") || d.isWord(p, "with") || d.isWord(p, "over") || d.isWord(p, "by"):
		// "Officials worried about the Tidemark Group said", "residents
		// angry at the council": what the group feels about.
		m = p - 1
		if !feelingWord(d.lower(m)) {
			return false
		}
	default:
		if p-2 < s.first || !d.isWord(p-1, "to") || !d.toks[p].lowerWord() || !groupLeaning(d.lower(p-2)) {
			return false
		}
		m = p - 2 // "inclined to support"
	}
	q := m - 1
	if q < s.first || !(d.toks[q].lowerWord() || d.toks[q].is(fSentStart) && d.chunkAt[q] < 0) {
		return false
	}
	if d.peopleNoun(q) || commonPeople(d.lower(q)) || d.isWord(q, "those") {
		return true // "Those helping the Pellan campaign say": people, unnamed
	}
	if w := d.lower(q); d.toks[q].is(fSentStart) && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && d.toks[q].has(lxGroup) || rolePlural(w)) {
		return true // "Senators loyal to Varga said" opening the sentence
	}
	// "Some superdelegates supporting Clinton": a plural a quantity
	// word counts is a group, whatever the lexicon knows of it.
	return q-1 >= s.first && d.endsWith(q, "s") && !d.endsWith(q, "ss") && d.toks[q-1].kind == tkWord && groupQuantity(d.lower(q-1))
}

// groupQuantity reports whether w counts out part of a group: "some",
// "many", "several".
func groupQuantity(w string) bool {
	switch w {
	case "some", "many", "several", "most", "few", "other", "dozens", "hundreds", "thousands":
		return true
	}
	return false
}

// groupLeaning reports whether w, before "to", says which side people
// lean to: "loyal to", "opposed to", "inclined to support".
func groupLeaning(w string) bool {
	switch w {
	case "loyal", "opposed", "close", "inclined", "sympathetic", "hostile", "allied", "aligned", "devoted", "friendly", "committed":
		return true
	}
	return false
}

// openBracketBefore returns the "(" that the ")" at token a closes, a few
// words back with no quotation or other bracket between, or -1.
func (d *doc) openBracketBefore(a, first int) int {
	for k := a - 1; k >= first && k > a-12; k-- {
		t := &d.toks[k]
		if t.kind == tkQuote || t.inQuote() || d.punct(k, ")") {
			return -1
		}
		if d.punct(k, "(") {
			return k
		}
	}
	return -1
}

// stanceAdjective reports whether w, before a preposition or "to", says
// how a speaker stands to something, as an aside between the speaker and
// the verb: "wary of", "keen to", "eager for", "fresh from finishing
// second".
func stanceAdjective(w string) bool {
	switch w {
	case "wary", "weary", "mindful", "aware", "proud", "confident", "hopeful", "suspicious", "tired", "fond",
		"keen", "eager", "determined", "desperate", "reluctant", "unwilling", "willing", "ready", "quick", "careful",
		"fresh", "famous", "grateful", "thankful", "bitter", "unsure", "uncertain":
		return true
	}
	return false
}

// asideLeadAdverb reports whether w, opening an aside in commas, is a
// degree or time adverb that leaves the rest an aside: "still opposed
// to", "long wary of", "already under pressure from".
func asideLeadAdverb(w string) bool {
	switch w {
	case "also", "still", "long", "already", "once", "always", "increasingly", "deeply", "openly", "fiercely", "visibly", "clearly", "equally":
		return true
	}
	return false
}

// feelingWord reports whether w says how a group feels about what
// follows it: "worried about", "angry at", "unhappy with".
func feelingWord(w string) bool {
	switch w {
	case "worried", "concerned", "angry", "angered", "upset", "unhappy", "happy", "frustrated", "furious", "alarmed",
		"disappointed", "pleased", "delighted", "annoyed", "outraged", "anxious", "nervous", "fearful", "sceptical",
		"skeptical", "critical", "impressed", "shocked", "dismayed", "incensed":
		return true
	}
	return false
}

// nameHolds reports whether entity e's name holds the whole name of
// entity o after an "and": "Dumfries and Galloway police" holds
// "Dumfries", one body, not two speakers.
func (d *doc) nameHolds(e, o int) bool {
	if e < 0 || o < 0 || e == o || !contains(d.ents[e].words, "and") {
		return false
	}
	for _, w := range d.ents[o].words {
		if !contains(d.ents[e].words, w) {
			return false
		}
	}
	return true
}

// joinedClauseSubject returns the named subject of the clause that a
// conjunction joins just before the participle at v and its comma
// (", although Stephen King was among those questioning it, writing"),
// or -1.
func (d *doc) joinedClauseSubject(v int, s sentence) int {
	p := v - 1
	if p <= s.first || !d.punct(p, ",") {
		return -1
	}
	q := p - 1
	for q > s.first && !d.punct(q, ",") {
		if d.toks[q].kind == tkQuote || d.toks[q].inQuote() {
			return -1
		}
		q--
	}
	if q <= s.first || q+2 >= p || !d.toks[q+1].lowerWord() {
		return -1
	}
	switch d.lower(q + 1) {
	case "although", "though", "while", "whereas", "and", "but":
	default:
		return -1
	}
	ci := d.chunkAt[q+2]
	if ci < 0 || d.chunks[ci].first != q+2 || d.chunks[ci].ent < 0 {
		return -1
	}
	e := d.chunks[ci].ent
	n := d.chunks[ci].last
	if n >= p || !d.toks[n].lowerWord() || !(d.toks[n].has(lxAux|lxVerb) || d.toks[n].cv != 0 || d.endsWith(n, "ed")) ||
		d.ents[e].placeish() || d.ents[e].outlet {
		return -1
	}
	return e
}

// joinedNames reports whether tokens [a, b) join two names with "and":
// "Tomas Brenn and Ilse Varga", the authors of a joint statement.
func (d *doc) joinedNames(a, b int) bool {
	for j := a + 1; j+1 < b; j++ {
		if d.isWord(j, "and") && d.toks[j].lowerWord() && d.chunkAt[j-1] >= 0 && d.chunkAt[j+1] >= 0 &&
			d.chunks[d.chunkAt[j-1]].ent >= 0 && d.chunks[d.chunkAt[j+1]].ent >= 0 {
			return true
		}
	}
	return false
}

// nameClosesClause reports whether the name ending at token k, just before
// the comma of an inverted cue whose speaker phrase ends at token next,
// is the last word of a reported clause rather than a subject the cue
// interrupts: words come before it in the sentence, and nothing but the
// sentence's end, an appositive or a participle of the speaker's follows
// the speaker ("We will beat Calder, said the coach.", "... backed Azerbaijan, said
// the ambassador, adding that ..."), where "Tomas Brenn, said Ilse Varga,
// was ..." goes on with the verb the name is the subject of.
func (d *doc) nameClosesClause(k, next int, s sentence) bool {
	if f := d.chunks[d.chunkAt[k]].first; f <= s.first || d.toks[f-1].kind != tkWord || !d.toks[f-1].lowerWord() {
		return false
	}
	if next >= s.last || d.sentenceEnd(next, s) {
		return true
	}
	if !d.punct(next, ",") || next+1 >= s.last {
		return false
	}
	if ae := d.appositiveEnd(next + 1); ae > next+1 && (ae >= s.last || d.sentenceEnd(ae, s)) {
		return true // "..., said Ilse Varga, the mayor."
	}
	return d.toks[next+1].lowerWord() && d.endsWith(next+1, "ing")
}

// closingModifier reports whether the words from token k to the end of
// sentence s are only a prepositional phrase about the saying: "..., said
// Ilse Varga on Tuesday.", "..., said the mayor at a news conference.",
// "..., said Tomas Brenn of the Tarvik Port Authority." No verb, clause or
// quotation may come in it, so that "..., said Brenn in May, when ..." and
// "said the company would" stay out.
func (d *doc) closingModifier(k int, s sentence) bool {
	if k >= s.last || !d.toks[k].lowerWord() || !d.toks[k].has(lxPrep) || d.isWord(k, "that") {
		return false
	}
	for j := k + 1; j < s.last; j++ {
		if d.sentenceEnd(j, s) {
			return j-k <= 12
		}
		t := &d.toks[j]
		if d.punct(j, ",") && j+1 < s.last && d.toks[j+1].lowerWord() && d.endsWith(j+1, "ing") {
			return j-k <= 12 // "..., said Ilse Varga on Tuesday, adding that ..."
		}
		if t.kind == tkPunct && d.chunkAt[j] >= 0 && d.chunkAt[j-1] == d.chunkAt[j] {
			continue // "..., says Ilse Varga of Pellam, Tarvex & Co.": a mark inside a firm's name
		}
		if c := d.bracketedDateEnd(j, s); c > j {
			j = c // "..., said the agency on Wednesday (Mar 30).": the wire's date in brackets
			continue
		}
		if d.punct(j, ",") && d.placeTail(j, s) > j {
			return j-k <= 12 // "..., says Ilse Varga of Ostby, Ohio.": the town's state closes the sentence
		}
		if t.cv != 0 && t.lowerWord() && d.toks[j-1].has(lxDet) && d.endsWith(j, "ed") {
			continue // "..., said Ilse Varga, via an emailed statement.": a participle as adjective
		}
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || t.kind == tkPunct && !d.punct(j, "-") && !d.punct(j, "'") {
			return false
		}
		if t.lowerWord() && (t.has(lxAux|lxRelative) || d.isWord(j, "that")) {
			return false
		}
	}
	return s.last-k <= 12
}

// accountPosts reports whether the noun at i is an account that posts,
// the subject of cue c, not a post's noun before its participle: "The
// Ellis Trust's account tweeted: “...”", "the account posted that ...";
// not "an account posted online said".
func (d *doc) accountPosts(i int, c *cue, s sentence) bool {
	switch d.lower(i) {
	case "account", "accounts", "feed", "handle", "channel", "page":
	default:
		return false
	}
	k := d.skipTimePhrase(c.after, s.last) // "the account tweeted on Monday: “...”"
	if o := d.postedDocObject(k, s); o > k {
		k = d.skipTimePhrase(o, s.last) // "the account posted a message: “...”"
	}
	if k < s.last && (d.punct(k, ":") || d.isWord(k, "that") && d.toks[k].lowerWord() || d.toks[k].kind == tkQuote && d.toks[k].is(fOpenMark)) {
		return true
	}
	// "“...,” the trust's account posted.": the cue closes a sentence a
	// quotation opens; no participle's noun stands there.
	return d.sentenceEnd(k, s) && d.sentenceIsQuoteLed(int(d.sentOf[i]))
}

// postedDocObject returns the token after a document phrase at k, the
// object of an account's cue ("a message", "the following
// announcement"), or k.
func (d *doc) postedDocObject(k int, s sentence) int {
	for j := k; j < s.last && j < k+4; j++ {
		t := &d.toks[j]
		if t.kind != tkWord || !t.lowerWord() || t.inQuote() {
			return k
		}
		if t.has(lxDoc) && issuedBySpeaker(d.lower(j)) {
			return j + 1
		}
		if !t.has(lxDet) && !d.isWord(j, "following") && !d.isWord(j, "new") && !d.isWord(j, "short") {
			return k
		}
	}
	return k
}

// beforeWorkTitle returns the last token of the subject phrase [start, i]
// without the title of a work that ends it: the work's noun in "excerpts
// from Bob Woodward's book Rage", whose title names the work, not its
// author; or i.
func (d *doc) beforeWorkTitle(start, i int) int {
	if ci := d.chunkAt[i]; ci >= 0 && d.chunks[ci].last == i+1 {
		if f := d.chunks[ci].first; f-1 > start && d.toks[f-1].lowerWord() && workNoun[d.lower(f-1)] && d.toks[f-1].has(lxDoc) {
			return f - 1
		}
	}
	return i
}

// sentToBefore reports whether the participle at v follows the addressee
// of a thing sent ("a letter sent to the ministry asking it to", "a
// petition submitted to the council urging"): the noun phrase before it
// receives the request and does not make it.
// sentDocBefore reports whether the participle at v ("saying") follows a
// memo, an email or a letter its sentence's subject sent, with only its
// hearers and a time between: "sent a memo to staff on Monday saying",
// "sent out an internal email Wednesday saying". Not after a passive ("a
// letter was sent ... saying"), whose sender the clause does not name.
func (d *doc) sentDocBefore(v int, s sentence) bool {
	doc := false
	for k := v - 1; k > s.first && k >= v-12; k-- {
		t := &d.toks[k]
		if t.kind != tkWord && t.kind != tkNum || t.inQuote() {
			return false
		}
		if !t.lowerWord() {
			continue // "to staff in Dublin", "on Wednesday"
		}
		switch w := d.lower(k); {
		case t.has(lxDoc) && (d.toks[k-1].has(lxDet) || d.toks[k-1].lowerWord() && !d.toks[k-1].has(lxPrep|lxAux|lxVerb)):
			doc = true // "a memo", "an internal email"
		case w == "sent" || w == "circulated" || w == "emailed" || w == "out" && d.isWord(k-1, "sent"):
			return doc && (w != "out" || k-2 > s.first) && !d.passive(k, s.first)
		case t.has(lxAux) || t.cv != 0:
			return false
		}
	}
	return false
}

func (d *doc) sentToBefore(v int, s sentence) bool {
	f := d.nameBefore(v, s)
	if f-2 < s.first || !d.isWord(f-1, "to") || !d.toks[f-1].lowerWord() {
		return false
	}
	return d.lowerWordBack(f-1, 5, s, sendingVerb)
}

// sendingVerb reports whether w sends something to someone: "sent",
// "submitted", "handed".
func sendingVerb(w string) bool {
	switch w {
	case "sent", "submitted", "addressed", "delivered", "presented", "handed", "mailed", "forwarded", "sending", "submitting":
		return true
	}
	return false
}

// lowerWordBack reports whether one of the n words before token f, all
// of them lower-case words outside quotations, is one match accepts.
func (d *doc) lowerWordBack(f, n int, s sentence, match func(string) bool) bool {
	for k := f - 1; k >= s.first && k >= f-n; k-- {
		t := &d.toks[k]
		if t.kind != tkWord || t.inQuote() || !t.lowerWord() {
			return false
		}
		if match(d.lower(k)) {
			return true
		}
	}
	return false
}

// nameBefore returns the first token of the name just before token v,
// past adverbials and with a "the" before it, or -1 when no name ends
// there.
func (d *doc) nameBefore(v int, s sentence) int {
	i := d.skipBackAdverbials(v-1, s.first)
	if i <= s.first || d.chunkAt[i] < 0 {
		return -1
	}
	f := d.chunks[d.chunkAt[i]].first
	if d.isWord(f-1, "the") {
		f--
	}
	return f
}

// movedToBefore reports whether the name just before the participle at v
// is where a march or a gathering went: "marched to the Tarvik City Hall
// urging", "rallied outside Kessby Hospital demanding".
func (d *doc) movedToBefore(v int, s sentence) bool {
	f := d.nameBefore(v, s)
	if f-2 < s.first || !d.toks[f-1].lowerWord() {
		return false
	}
	switch d.lower(f - 1) {
	case "to", "at", "outside", "into", "towards", "toward", "on":
	default:
		return false
	}
	return d.lowerWordBack(f-1, 3, s, goingVerb)
}

// goingVerb reports whether w is a march's or a gathering's verb:
// "marched", "rallied", "picketing".
func goingVerb(w string) bool {
	switch w {
	case "marched", "walked", "went", "gathered", "rallied", "converged", "protested", "demonstrated", "picketed", "stormed",
		"marching", "walking", "gathering", "rallying", "converging", "protesting", "demonstrating", "picketing", "storming":
		return true
	}
	return false
}

// relativeListTail reports whether the segment [a, b), after the comma at
// comma, is the last items of a list that a relative clause in the
// segment before it started: lower case, joined by "and" or "or", with no
// verb of its own ("who pay on mortgages, loans and other credit
// products").
func (d *doc) relativeListTail(a, b, comma int, s sentence) bool {
	if !d.toks[a].lowerWord() || d.toks[a].has(lxRelative) {
		return false
	}
	whoAt := -1
	for k := a + 1; k < b; k++ {
		if d.isWord(k, "who") && d.toks[k].lowerWord() {
			whoAt = k // "ventilation and air conditioning contractor who helped ...": the list ends at "who"
			break
		}
	}
	if whoAt > 0 && d.descriptionListBefore(comma, s) {
		b = whoAt
	}
	if b-a > 8 {
		return false
	}
	joined := false
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || t.lowerWord() && t.has(lxAux) {
			return false
		}
		if t.lowerWord() && (d.isWord(k, "and") || d.isWord(k, "or")) {
			joined = k > a
		}
	}
	if !joined || d.finiteVerbIn(a, b) {
		return false
	}
	k := comma - 1
	for ; k > s.first && !d.punct(k, ","); k-- {
		if t := &d.toks[k]; t.lowerWord() && t.has(lxRelative) && !d.isWord(k, "that") {
			return true
		}
	}
	return d.descriptionListBefore(comma, s)
}

// descriptionListBefore reports whether the segment before the comma at
// comma opens a description of a person or a company with its article
// right after the name's own comma, and a list runs on through the comma
// and any bare items after it: "Ilse Varga, an Ellsby heating,
// ventilation and air conditioning contractor who ..., said", "Tarvex
// Corp., a supplier of paper, ink, toner and other goods, said". The
// list's commas cut the description, whose last items are no aside of
// their own.
func (d *doc) descriptionListBefore(comma int, s sentence) bool {
	for items := 0; items < 4; items++ {
		k := comma - 1
		for k > s.first && !d.punct(k, ",") {
			k--
		}
		if !d.punct(k, ",") || d.finiteVerbIn(k+1, comma) || !d.toks[k+1].lowerWord() {
			return false
		}
		if d.isWord(k+1, "a") || d.isWord(k+1, "an") || d.isWord(k+1, "the") && d.ofListHead(k+2, comma) || d.toks[k+1].has(lxRole) && d.ofListHead(k+1, comma) {
			if comma-k > 5 && !d.ofListHead(k+2, comma) {
				return false
			}
			if k-1 < s.first || d.chunkAt[k-1] < 0 {
				return false
			}
			switch d.chunks[d.chunkAt[k-1]].kind {
			case kPerson, kOrg:
				return true
			}
			return false
		}
		// A bare item inside the list ("ink" in "paper, ink, toner and
		// other goods"): step back to the one before.
		if comma-k > 3 || !d.bareListItem(k+1, comma) {
			return false
		}
		comma = k
	}
	return false
}

// ofListHead reports whether tokens [a, b) are a short noun phrase that
// ends with "of" and its first item: "largest distributor of tires",
// "maker of pumps", the head whose objects the list runs on.
func (d *doc) ofListHead(a, b int) bool {
	if b-a > 5 || b-a < 3 || !d.isWord(b-2, "of") || !d.toks[b-1].lowerWord() {
		return false
	}
	for k := a; k < b; k++ {
		if t := &d.toks[k]; !t.lowerWord() && t.kind != tkPoss || t.cv != 0 || t.has(lxAux|lxRelative) {
			return false // "the council's director of housing": an owner's possessive may open it
		}
	}
	return true
}

// andListTail reports whether tokens [a, b) are the last items of a
// lower-case list, joined by "and": "libraries and culture" in "director
// of housing, leisure, libraries and culture".
func (d *doc) andListTail(a, b int) bool {
	if b-a < 3 || b-a > 5 {
		return false
	}
	and := false
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if !t.lowerWord() || t.cv != 0 || t.has(lxAux|lxRelative|lxPrep|lxDet|lxPronoun) {
			return false
		}
		and = and || d.isWord(k, "and")
	}
	return and && !d.isWord(a, "and") && !d.isWord(b-1, "and")
}

// bareListItem reports whether tokens [a, b) are one lower-case item of
// a list with no joining word or verb: "ink", "machine tools".
func (d *doc) bareListItem(a, b int) bool {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if !t.lowerWord() || t.cv != 0 || t.has(lxAux|lxRelative|lxPrep|lxDet) || d.isWord(k, "and") || d.isWord(k, "or") {
			return false
		}
	}
	return b > a
}

// quotedInSubject returns the quotation that closes at token i, right
// before a cue, when it is a phrase quoted inside the subject or an aside
// after it rather than the words the cue credits: it opens after a word
// in mid-sentence ("sources “familiar with the talks” said", "Pell, who
// called it “the best day of my life,” said") and the cue goes on with
// "that" or a clause of its own. aside says whether the quotation ends
// with the comma that closes an aside. It returns -1 otherwise.
func (d *doc) quotedInSubject(i int, s sentence) (q int, aside bool) {
	if i <= s.first || d.toks[i].kind != tkQuote || !d.toks[i].is(fCloseMark) {
		return -1, false
	}
	q = d.markQuote(i)
	if q < 0 || d.quotes[q].close != i {
		return -1, false
	}
	o := d.quotes[q].open
	if o-1 < s.first || d.toks[o-1].kind != tkWord || d.toks[o-1].cv != 0 && d.toks[o-1].lowerWord() {
		return -1, false // "“...,” said", "told her “...,” said": the words the cue credits
	}
	if d.toks[o-1].lowerWord() && d.toks[o-1].has(lxPrep) && !d.punct(i-1, ",") {
		return -1, false // "Ivo Tamm of “Open Doors” said": a body's quoted name, which beforeQuotedBody steps over
	}
	v := i + 1
	for v < s.last && d.toks[v].cv == 0 && d.toks[v].lowerWord() && d.toks[v].has(lxAdverb|lxAux) {
		v++
	}
	k := v + 1
	if v >= s.last || d.toks[v].cv == 0 || k >= s.last || d.sentenceEnd(k, s) || d.punct(k, ",") || d.toks[k].kind == tkQuote {
		return -1, false
	}
	if d.isWord(k, "only") {
		k++
	}
	if !d.isWord(k, "that") && !d.clauseLike(k, s) {
		return -1, false
	}
	return q, d.punct(i-1, ",")
}

// presentVerbSoon reports whether a verb in the present that the lexicon
// may not know follows the subject opening at k within a few words, with
// no punctuation before it: "the moss grows faster", "E. coli releases a
// number of gases".
func (d *doc) presentVerbSoon(k int, s sentence) bool {
	for j := k + 1; j < s.last && j < k+6; j++ {
		if t := &d.toks[j]; t.kind == tkPunct || t.kind == tkQuote || t.lowerWord() && t.has(lxAux|lxPrep|lxRelative) {
			return false
		}
		if d.presentVerb(j, s) {
			return true
		}
	}
	return false
}

// withParticipleSubject returns the noun phrase [first, end) after a
// "with" that a participle cue at v follows, next to it or after an
// appositive ("..., with Ivo Tamm saying", "With Ivo Tamm, the union's
// head, warning"), or -1, -1. The "with" opens the sentence or follows a
// comma or a dash: an absolute phrase, not a verb's object. Only a name or a word for people heads it: "with
// the river rising" names no speaker.
func (d *doc) withParticipleSubject(v int, s sentence) (int, int) {
	if !d.endsWith(v, "ing") {
		return -1, -1
	}
	for w := v - 2; w >= s.first && w >= v-16; w-- {
		t := &d.toks[w]
		if t.inQuote() || t.kind == tkQuote || d.punct(w, ";") || d.punct(w, ":") {
			return -1, -1
		}
		// "with Tarvia saying ... and the Ostrelian government firing
		// back that ...": a second phrase of the same "with".
		second := d.isWord(w, "and") && t.lowerWord() && d.withAbsoluteBefore(w, s)
		// set: the "with" opens the sentence or follows a comma or a
		// dash, as an absolute phrase does.
		set := w == s.first || d.punct(w-1, ",") || d.isDash(w-1)
		// "... to impeach him with the Senate declaring that ...": no
		// comma, but a named subject right before the participle and its
		// "that", and no verb of meeting before the "with".
		bare := d.isWord(w, "with") && t.lowerWord() && !set && d.isWord(v+1, "that") && d.toks[w-1].kind == tkWord &&
			!d.toks[w-1].has(lxVerb|lxAux) && d.toks[w-1].cv == 0 && !d.endsWith(w-1, "ed")
		if !second && !bare && (!d.isWord(w, "with") || !set) {
			continue // "met with Ivo Tamm, the union's head, saying": the one who met says it
		}
		end := d.npForward(w+1, v)
		if end <= w+1 {
			continue
		}
		h := &d.toks[end-1]
		if d.chunkAt[end-1] < 0 && !(h.lowerWord() && (h.has(lxRole|lxGroup) || second && h.has(lxGenericOrg))) {
			continue
		}
		if bare && (d.chunkAt[end-1] < 0 || end != v) {
			continue // without its comma, only a name right before the participle
		}
		if end == v || d.punct(end, ",") && d.punct(v-1, ",") && end+1 < v-1 && d.appositiveLike(end+1, v-1) {
			return w + 1, end
		}
	}
	return -1, -1
}

// secondWithSubject reports whether the participle at v follows the
// noun phrase of a second "with" phrase, right after its "and": "with
// Tarvia saying ... and the Ostrelian government firing back that".
func (d *doc) secondWithSubject(v int, s sentence) bool {
	for a := v - 2; a > s.first && a >= v-6; a-- {
		if d.isWord(a, "and") && d.toks[a].lowerWord() {
			return d.npForward(a+1, v) == v && d.withAbsoluteBefore(a, s)
		}
	}
	return false
}

// withAbsoluteBefore reports whether an absolute phrase of a speaker,
// "with" after a comma (or opening the sentence) and a speech
// participle, stands in sentence s before token k.
func (d *doc) withAbsoluteBefore(k int, s sentence) bool {
	for w := k - 1; w >= s.first && w >= k-40; w-- {
		if !d.isWord(w, "with") || !(w == s.first || d.punct(w-1, ",") || d.isDash(w-1)) {
			continue
		}
		for v := w + 2; v < k && v <= w+8; v++ {
			if d.toks[v].cv != 0 && d.toks[v].lowerWord() && d.endsWith(v, "ing") {
				return true
			}
		}
		return false
	}
	return false
}

// expletiveAgent returns the named agent of "It was confirmed by X (on
// Monday) that ..." at passive cue v and the "that" after it, or -1, -1.
// A news outlet only relays ("It was reported by the Gazette that").
func (d *doc) expletiveAgent(v int, s sentence) (int, int) {
	k := v + 2
	if !d.isWord(v+1, "by") || k >= s.last {
		return -1, -1
	}
	if d.isWord(k, "the") && d.toks[k].lowerWord() {
		k++
	}
	ci := d.chunkAt[k]
	if k >= s.last || ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent < 0 || d.chunks[ci].outlet {
		return -1, -1
	}
	e := d.chunks[ci].ent
	if d.ents[e].outlet || d.ents[e].placeish() {
		return -1, -1
	}
	that := d.skipForwardAdverbials(d.chunks[ci].last, s.last)
	if !d.isWord(that, "that") {
		return -1, -1
	}
	return e, that
}

// openingTimeEnd returns the end of a phrase of time that opens a clause
// at token k without a comma after it ("On Monday", "By 5 pm", "In March
// 2024", "On Tuesday morning"), before token v; or k when there is none.
// Only a preposition whose object ends in a word of time, a year or a
// clock time is taken, so "In the report the council ..." is left alone.
func (d *doc) openingTimeEnd(k, v int) int {
	if k+1 >= v || !d.toks[k].has(lxPrep) {
		return k
	}
	switch d.lower(k) {
	case "on", "in", "by", "at", "during", "late", "early":
	default:
		return k
	}
	j := k + 1
	timed := false
	for ; j < v && j < k+14; j++ {
		t := &d.toks[j]
		switch {
		case timed && timeZone(d.lower(j)):
			// "By 5:00 pm EDT"
		case d.punct(j, ":") && j+1 < v && d.toks[j+1].kind == tkNum && d.toks[j-1].kind == tkNum:
			// "5:00"
		case timed && d.punct(j, "(") && d.zoneBracketEnd(j, v) > j:
			j = d.zoneBracketEnd(j, v) // "(2100 UTC)"
		case t.kind == tkWord && t.has(lxTime), d.yearAt(j):
			timed = true
		case t.kind == tkNum, d.isWord(j, "pm") || d.isWord(j, "am") || d.isWord(j, "p.m.") || d.isWord(j, "a.m."):
			timed = timed || d.isWord(j, "pm") || d.isWord(j, "am") || d.isWord(j, "p.m.") || d.isWord(j, "a.m.")
		case t.lowerWord() && (d.isWord(j, "morning") || d.isWord(j, "afternoon") || d.isWord(j, "evening") || d.isWord(j, "night")):
			timed = true
		default:
			if timed {
				return j
			}
			return k
		}
	}
	return k
}

// timeZone reports whether w names a time zone after a clock time:
// "5:00 pm EDT", "2100 UTC".
func timeZone(w string) bool {
	switch w {
	case "utc", "gmt", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "bst", "cet", "cest", "eet", "ist", "jst", "aest", "local":
		return true
	}
	return false
}

// zoneBracketEnd returns the token of the closing bracket of a clock time
// in another zone opened at token j ("(2100 UTC)"), or -1.
func (d *doc) zoneBracketEnd(j, v int) int {
	for m := j + 1; m < v && m < j+6; m++ {
		switch {
		case d.punct(m, ")"):
			if m > j+1 {
				return m
			}
			return -1
		case d.toks[m].kind == tkNum, timeZone(d.lower(m)), d.punct(m, ":"):
		default:
			return -1
		}
	}
	return -1
}

// placeInDescription returns where a description whose phrase holds its
// home town in commas begins, "The Dalton, Ga., carpet maker" read back
// from "maker" to "carpet": the article before the town, once the phrase
// after the town is all lower case and its head a body's word; or -1. A
// business digest describes a company named just before so.
func (d *doc) placeInDescription(start, i int, s sentence) int {
	k := start - 2
	switch {
	case start < s.first+4 || !d.toks[i].lowerWord():
		return -1
	case d.punct(start-1, "-") && d.isWord(start, "based"):
		// "The Kearny, N.J.-based maker": the town and its state glued
		// to "-based", the state's closing point split off.
		if d.punct(k, ".") {
			k--
		}
	case d.toks[start-1].capWord() && strings.HasSuffix(d.lower(start-1), "-based") && d.punct(start-2, ","):
		// "The Fairlawn, Ohio-based company": the state and "-based"
		// one word, the town before its comma.
		k = start - 3
	case !d.punct(start-1, ","):
		return -1
	case d.toks[start].has(lxDet):
		// "In a statement to the BBC, the company said": an article
		// after the comma opens a phrase of its own, the subject; a
		// town's description runs on with no article ("The Dalton,
		// Ga., carpet maker").
		return -1
	}
	hi := i
	for m := start + 1; m < i; m++ {
		if d.isWord(m, "of") && goodsHead(d.lower(m-1)) {
			hi = m - 1 // "The Dalton, Ga., maker of carpets and rugs": the maker heads the phrase
			break
		}
	}
	for j := start; j <= i; j++ {
		// "maker of Western boots": after "of", a capital word before
		// a lower-case one qualifies the goods.
		if !d.toks[j].lowerWord() && !(j > hi+1 && d.toks[j].capWord() && d.toks[j+1].lowerWord()) {
			return -1
		}
	}
	head := makerHead(d.lower(hi))
	if !d.toks[hi].has(lxGenericOrg) && !companyHead(head) && !goodsHead(head) {
		return -1
	}
	// Back over one or two chunks joined by a comma: "Dalton, Ga.,"
	// is one chunk or two.
	state := false
	for n := 0; n < 2; n++ {
		ci := d.chunkAt[k]
		if ci < 0 || d.chunks[ci].last != k+1 {
			return -1
		}
		f := d.chunks[ci].first
		e := d.chunks[ci].ent
		if e >= 0 && !state && !d.ents[e].placeish() && (d.ents[e].personish() || d.ents[e].orgish()) {
			// "Tarvel Foods, the snack maker": a name in apposition, not
			// a town; but before a state's comma ("The El Paso, Texas,
			// maker") the name is the town, whatever its shape says.
			return -1
		}
		state = e >= 0 && d.ents[e].placeish() && f == k
		if f-1 >= s.first && d.isWord(f-1, "the") {
			return f - 1
		}
		if f-2 < s.first || !d.punct(f-1, ",") {
			return -1
		}
		k = f - 2
	}
	return -1
}

// openingDescriptionComma returns the head of a description of a company
// by its town or trades that opens sentence s and is closed by a comma
// before the cue at v, "The British paper, packaging and publishing
// concern, said", "The Austin, Texas-based company, which sells
// computers by mail, said" (with at most a relative clause between, and
// "also" before the verb); or -1. The description's own commas make
// the asides reading take its last part for the subject.
func (d *doc) openingDescriptionComma(s sentence, v int) int {
	e := v - 1
	if e > s.first && d.isWord(e, "also") {
		e--
	}
	if e <= s.first+2 || !d.punct(e, ",") || !d.isWord(s.first, "the") {
		return -1
	}
	for h := s.first + 2; h+1 <= e && h < s.first+16; h++ {
		if !d.punct(h+1, ",") || !d.toks[h].lowerWord() {
			continue
		}
		if head := makerHead(d.lower(h)); !companyHead(head) && !goodsHead(head) && !d.goodsOfIn(s.first, h) {
			continue
		}
		if h+1 != e && !(d.isWord(h+2, "which") && d.toks[h+2].lowerWord()) {
			return -1
		}
		start := d.npBackThroughName(h, s.first)
		if start < s.first {
			return -1
		}
		t := d.placeInDescription(start, h, s)
		if t < 0 && start < h && d.toks[start].capWord() && strings.HasSuffix(d.lower(start), "-based") {
			t = d.placeInDescription(start+1, h, s)
		}
		if t < 0 {
			t = d.tradeListDescription(start, h, s)
		}
		if t == s.first {
			return h
		}
		return -1
	}
	return -1
}

// townWord reports whether the capital word at k is a one-word name of a
// town or of nothing known, not a body's or a person's: "Toronto" in
// "the Toronto cable television and telecommunications concern".
func (d *doc) townWord(k int) bool {
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k || d.chunks[ci].last != k+1 {
		return false
	}
	e := d.chunks[ci].ent
	return e < 0 || d.ents[e].placeish() || !d.ents[e].orgish() && !d.ents[e].personish()
}

// tradeListDescription returns where a description of a company by the
// trades it is in begins, "The auto parts and aerospace concern", "The
// British paper, packaging and publishing concern", read back from its
// head at i past the list's "and" and commas to "the"; start is where
// the phrase read back stopped, after "and". The words are all lower
// case but a nation's adjective after "the", and the head a company's
// or a maker's word; or -1. A business digest describes the company it
// has just named so; "an ... concern" and "concerns" are any.
func (d *doc) tradeListDescription(start, i int, s sentence) int {
	if start < s.first+3 || start > i || !d.isWord(start-1, "and") || !d.toks[i].lowerWord() {
		return -1
	}
	if head := makerHead(d.lower(i)); !companyHead(head) && !goodsHead(head) && head != "group" && head != "chain" {
		return -1 // "The clothing, food and homewares group said" too
	}
	for j := start; j <= i; j++ {
		if !d.toks[j].lowerWord() && !(d.punct(j, "-") && j > start && j < i) {
			return -1
		}
	}
	words := 0
	for k := start - 2; k >= s.first && k > start-16; k-- {
		t := &d.toks[k]
		switch {
		case d.isWord(k, "the"):
			if words == 0 || k > s.first && !d.isWord(k-1, "for") && !d.isWord(k-1, "of") {
				return -1
			}
			return k
		case d.punct(k, ","):
			if d.punct(k+1, ",") || d.isWord(k+1, "and") {
				return -1
			}
		case d.punct(k, "-") && words > 0:
		case t.lowerWord() && !t.has(lxDet|lxFunc|lxPrep):
			words++
		case t.capWord() && d.isWord(k-1, "the") && (t.has(lxNation) || d.townWord(k)):
			words++ // "The British paper, ...", "the Toronto cable television and ..."
		default:
			return -1
		}
	}
	return -1
}

// unnamedAtPlace returns where a subject of unnamed people placed at a
// school, a body or a town begins, "others at Greenville High", "some in
// the district", the phrase read back from token i to start (which may
// have stopped at the place's name); or -1.
func (d *doc) unnamedAtPlace(start, i int, s sentence) int {
	if start < 0 {
		return -1
	}
	for _, q := range []int{start, start - 2} {
		if q < s.first || q+2 > i || !d.toks[q+1].lowerWord() || !(d.isWord(q+1, "at") || d.isWord(q+1, "in") || d.isWord(q+1, "from")) {
			continue
		}
		if !d.isWord(q, "others") && !d.quantityPronoun(q) {
			if o := d.oneNounBefore(q, s); o >= 0 && d.isWord(q+1, "from") && d.placeOnlyAt(q+2) {
				return o // "one woman ringer from Solihull observed": a person the text does not name
			}
			continue
		}
		if q == s.first || d.toks[q-1].kind == tkPunct || d.isWord(q-1, "but") || d.isWord(q-1, "and") {
			return q
		}
	}
	return -1
}

// placeOnlyAt reports whether a name that is no body's or person's (a
// place, known or not) starts at k, past "the": "from Solihull", not
// "from the Council of Northern States", for which a mission from it
// speaks.
func (d *doc) placeOnlyAt(k int) bool {
	if d.isWord(k, "the") {
		k++
	}
	if k >= len(d.toks) || d.entAt[k] < 0 {
		return false
	}
	e := &d.ents[d.entAt[k]]
	return !e.orgish() && !e.personish() && !e.outlet
}

// oneNounBefore returns where a phrase "one", "a" or "an" and one or two
// lower-case nouns ending at token q begins, the phrase opening a clause
// (sentence start, a comma, "but", "and"), or -1: "one woman ringer",
// "a bell ringer".
func (d *doc) oneNounBefore(q int, s sentence) int {
	for n := 1; n <= 2; n++ {
		det := q - n
		if det < s.first {
			return -1
		}
		ok := true
		for j := det + 1; j <= q; j++ {
			t := &d.toks[j]
			if t.kind != tkWord || !t.lowerWord() || t.has(lxFunc|lxPrep|lxVerb|lxAux|lxPronoun|lxDet) || t.cv != 0 || d.entAt[j] >= 0 {
				ok = false
			}
		}
		if !ok {
			return -1
		}
		if !(d.isWord(det, "one") || d.isWord(det, "a") || d.isWord(det, "an")) {
			continue
		}
		if det == s.first || d.toks[det-1].kind == tkPunct || d.isWord(det-1, "but") || d.isWord(det-1, "and") {
			return det
		}
		return -1
	}
	return -1
}

// roleAsideComma returns the comma that opens a person's role aside
// ending just before the relative pronoun at w ("Oren Pask, a former
// navy pilot who ...", "Pask, an economist at Tarrow University who
// ..."), or -1: lower-case words (a name may follow a preposition in
// them) with no verb, after the comma that ends a person's name.
func (d *doc) roleAsideComma(w int, s sentence) int {
	for k := w - 1; k > s.first+1 && k >= w-10; k-- {
		t := &d.toks[k]
		if d.punct(k, ",") {
			if k+1 >= w || !d.toks[k+1].lowerWord() || !d.toks[k+1].has(lxDet) && !d.toks[k+1].has(lxRole) {
				return -1
			}
			ci := d.chunkAt[k-1]
			if ci < 0 || d.chunks[ci].last != k || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() ||
				d.ents[d.chunks[ci].ent].placeish() || d.townStateBefore(k) {
				// Not "a Harwick, Tarvia, man who said": a place.
				return -1
			}
			return k
		}
		if t.kind != tkWord || t.lowerWord() && (t.has(lxAux|lxVerb|lxRelative|lxPronoun) || t.cv != 0) {
			return -1
		}
	}
	return -1
}

// relativeInAside reports whether the relative pronoun at w opens a clause
// set off as an aside: after a comma ("Cole, who said ..."), or after a
// role that is itself a name's aside ("Cole, a former pilot who said
// ..."), so that the clause ends at its closing comma.
func (d *doc) relativeInAside(w int, s sentence) bool {
	return d.punct(w-1, ",") || d.roleAsideComma(w, s) >= 0
}

// modifiersOnly reports whether tokens [a, b) are only words describing
// the name at b, as "former presidential candidate" before "Senator Ivo
// Dask": no verb, function word, preposition or punctuation; true when
// there are none.
func (d *doc) modifiersOnly(a, b int) bool {
	if b-a > 5 {
		return false
	}
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.kind != tkWord || t.inQuote() || t.cv != 0 || t.has(lxAux|lxVerb|lxFunc|lxPrep|lxDet|lxPronoun|lxRelative) || d.endsWith(k, "ed") || d.endsWith(k, "ing") {
			return false
		}
	}
	return true
}

// docModifier returns the end of a modifier of a document after an
// inverted cue that starts at token k and closes the sentence (the
// sentence's closing token), or -1: a participle phrase
// ("published in Lancet", "highlighting the rise of short contracts") or
// a phrase of its source or its scope ("by the Tarvik Water Board", "of
// 2,000 nurses"), with no verb of its own and no clause; only a phrase
// in -ing may hold a quotation ("highlighting the “alarming rise” of
// short contracts": what the document is about).
func (d *doc) docModifier(k int, s sentence) int {
	if k >= s.last || !d.toks[k].lowerWord() || d.isWord(k, "that") {
		return -1
	}
	ing := d.endsWith(k, "ing")
	if d.toks[k].cv != 0 && !ing {
		return -1
	}
	switch {
	case d.toks[k].has(lxPrep):
	case ing:
	case d.participle(k) && k+1 < s.last && d.toks[k+1].lowerWord() && d.toks[k+1].has(lxPrep|lxTime):
		// "published in Lancet", "commissioned by the council", "released
		// last week"; not "covered only a small part", a past's clause.
	default:
		return -1
	}
	for j := k + 1; j < s.last && j-k <= 16; j++ {
		if d.sentenceEnd(j, s) {
			return j
		}
		t := &d.toks[j]
		if ing && (t.kind == tkQuote || t.inQuote()) {
			continue
		}
		if t.kind == tkQuote || t.inQuote() || t.cv != 0 || t.kind == tkPunct && !d.punct(j, "-") && !d.punct(j, "'") {
			return -1
		}
		if t.lowerWord() && (t.has(lxAux|lxRelative|lxVerb) || d.isWord(j, "that") || d.endsWith(j, "ed")) {
			return -1 // "said the measurements covered only part of it": a clause
		}
	}
	if s.last-k <= 16 {
		return s.last
	}
	return -1
}

// placeTail returns the sentence's end when token a is a comma and only
// capitalised words and commas follow it ("..., Dayton, Ohio."): a place
// set off after a name, not a clause; otherwise a.
func (d *doc) placeTail(a int, s sentence) int {
	if !d.punct(a, ",") {
		return a
	}
	j := a + 1
	for j < s.last && (d.toks[j].capWord() || d.punct(j, ",")) {
		j++
	}
	if j > a+1 && !d.punct(j-1, ",") && (j >= s.last || d.sentenceEnd(j, s)) {
		return j
	}
	return a
}

// docBeforeParticiple returns the first token of the document whose
// participle is at token q ("a study | published ..."), or -1: the
// subject of a cue after the participle's phrase of place or time.
func (d *doc) docBeforeParticiple(q int, s sentence) int {
	if q-1 < s.first || !d.toks[q].lowerWord() || !d.participle(q) {
		return -1
	}
	if h := d.npBack(q-1, s.first); h >= 0 && d.isThing(h, q) {
		return h
	}
	return -1
}

// timePhraseBefore returns the first token of a phrase of time that ends
// just before token end ("this week", "on Monday", "earlier this
// month"), or -1.
func (d *doc) timePhraseBefore(end, first int) int {
	for m := end - 1; m >= first && m >= end-3; m-- {
		if d.skipTimePhrase(m, end) == end {
			return m
		}
	}
	return -1
}

// bodyLedBy returns the body and its first token when the noun phrase at
// start is the agent of "led (headed, chaired) by" after a body's name,
// its short form in brackets allowed between: "The Harbour Party (HP) led
// by Ivo Tamm". It returns -1 when the words before are no body's name.
func (d *doc) bodyLedBy(start, v int, s sentence) (int, int) {
	by := start - 1
	if by-1 <= s.first || !d.isWord(by, "by") || !(d.isWord(by-1, "led") || d.isWord(by-1, "headed") || d.isWord(by-1, "chaired")) {
		return -1, -1
	}
	k := by - 2
	if d.punct(k, ")") {
		o := d.openBracketBefore(k, s.first)
		if o < 0 {
			return -1, -1
		}
		k = o - 1
	}
	if k < s.first || d.chunkAt[k] < 0 {
		return -1, -1
	}
	ch := &d.chunks[d.chunkAt[k]]
	if ch.kind != kOrg || ch.ent < 0 || d.ents[ch.ent].outlet || d.ents[ch.ent].placeish() {
		return -1, -1
	}
	return ch.ent, ch.first
}

// conjunctionAside reports whether the comma at i closes an aside that
// opens with a comma right after a coordinating "but", "and" or "yet"
// ("but, based on other figures,"): the verb after it goes on with the
// clause before the conjunction. The aside holds no quotation and is
// short; the word before the conjunction is no comma ("A, B, and, C").
func (d *doc) conjunctionAside(i int, s sentence) bool {
	for a := i - 1; a > s.first+1 && a >= i-8; a-- {
		t := &d.toks[a]
		if t.kind == tkQuote || t.inQuote() {
			return false
		}
		if !d.punct(a, ",") {
			continue
		}
		b := a - 1
		return a < i-1 && d.toks[b].lowerWord() && (d.isWord(b, "but") || d.isWord(b, "and") || d.isWord(b, "yet")) && !d.punct(b-1, ",")
	}
	return false
}

// roleNameAfterAnd returns the first token of the name when
// descriptionAndRoleName reads the phrases joined by "and" at end as one
// person, or -1. A body's short form in brackets may stand inside the
// role ("Workers' League (Left) leader Ivo Tamm").
func (d *doc) roleNameAfterAnd(k, end, e2 int, s sentence) int {
	if d.punct(e2, "(") {
		c := e2 + 1
		for c < s.last && c < e2+6 && !d.punct(c, ")") {
			c++
		}
		if !d.punct(c, ")") {
			return -1
		}
		e2 = d.npForward(c+1, s.last)
	}
	if !d.descriptionAndRoleName(k, end, e2) {
		return -1
	}
	return int(d.chunks[d.chunkAt[e2-1]].first)
}

// descriptionAndRoleName reports whether the noun phrase [k, end), before
// "and" at end, is a description naming nobody ("his counterpart") and
// the phrase after "and", ending at e2, a role word then a person's name
// ("Harbour Party leader Ivo Tamm"): one person described twice, not two
// joined.
func (d *doc) descriptionAndRoleName(k, end, e2 int) bool {
	if end-k < 2 || e2 <= end+2 || !d.toks[end-1].lowerWord() || d.chunkAt[end-1] >= 0 {
		return false
	}
	if !(d.toks[k].kind == tkWord && d.toks[k].has(lxPronoun|lxDet) || d.toks[k].kind == tkPoss) {
		return false // "His counterpart", "the former mayor", "Varga's deputy"
	}
	for j := k; j < end; j++ {
		if ci := d.chunkAt[j]; ci >= 0 && d.chunks[ci].kind == kPerson {
			return false // "Ilse Varga's deputy": a person named in it
		}
	}
	ci := d.chunkAt[e2-1]
	if ci < 0 || d.chunks[ci].kind != kPerson || int(d.chunks[ci].last) != e2 {
		return false
	}
	r := int(d.chunks[ci].first) - 1
	return r > end && d.toks[r].lowerWord() && d.toks[r].has(lxRole)
}

// companionAsideBefore returns the comma opening an aside that the comma
// at a closes, when the aside opens "represented by", "accompanied by" or
// "flanked by" ("Amadi, represented by his adviser, Tobi Eze, said"), or
// -1. The name after such an aside describes the one who stands in or
// beside, not the speaker.
func (d *doc) companionAsideBefore(a int, s sentence) int {
	for k := a - 1; k > s.first && k > a-16; k-- {
		if d.toks[k].kind == tkQuote || d.toks[k].inQuote() || d.punct(k, ";") || d.punct(k, ":") {
			return -1
		}
		if !d.punct(k, ",") {
			continue
		}
		p := k + 1
		if p+1 >= a || !d.toks[p].lowerWord() {
			return -1
		}
		switch d.lower(p) {
		case "represented", "accompanied", "flanked", "joined":
			// "represented at the talks by its trade minister": the
			// agent may come after a phrase of place.
			for j := p + 1; j < a; j++ {
				if d.isWord(j, "by") && d.toks[j].lowerWord() {
					return k
				}
			}
		}
		return -1
	}
	return -1
}

// relativeNameList returns the comma opening a relative clause ("who",
// "which") whose list of names the segment [a, b) ends, after the comma
// at comma, or -1: ", who has visited Tarvik, Ostrel, Velmark and Corvel
// to discuss the deal,". The segment opens with a name and has no verb of
// its own; the segments between it and the relative are a name each.
func (d *doc) relativeNameList(a, b, comma int, s sentence) int {
	if a+1 < b && d.toks[a].lowerWord() && (d.isWord(a, "and") || d.isWord(a, "or")) {
		a++ // "Lazio, Naples, and Juventus": the serial comma before the list's last
	}
	if !d.nameWord(a) || d.finiteVerbIn(a, b) {
		return -1
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind == tkQuote || d.toks[k].inQuote() || d.toks[k].cv != 0 && !d.toks[k].capWord() {
			return -1
		}
	}
	k := comma
	for n := 0; n < 6; n++ {
		p := k - 1
		for p >= s.first && !d.punct(p, ",") {
			p--
		}
		if p < s.first || p+1 >= k {
			return -1
		}
		if d.toks[p+1].lowerWord() && (d.isWord(p+1, "who") || d.isWord(p+1, "which")) {
			if d.nameWord(k - 1) {
				return p
			}
			return -1
		}
		if k-(p+1) > 3 {
			return -1
		}
		for j := p + 1; j < k; j++ {
			if !d.nameWord(j) {
				return -1
			}
		}
		k = p
	}
	return -1
}

// officeIn reports whether the phrase [i, j) holds a title or a role
// word: "The Governor of Central Bank of Velmark (CBV)".
func (d *doc) officeIn(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &d.toks[k]; t.kind == tkWord && t.has(lxRole|lxTitle) && !t.inQuote() {
			return true
		}
	}
	return false
}

// theBefore reports whether the noun at h opens with "the", past up to
// two lower-case words before it: "the global lender".
func (d *doc) theBefore(h int) bool {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		if d.isWord(k, "the") {
			return true
		}
		if !d.toks[k].lowerWord() || d.toks[k].has(lxDet|lxPrep|lxFunc|lxVerb|lxAux) {
			return false
		}
	}
	return false
}

// quotedByBefore returns the "by" of "quoted by the state news service"
// ending just before as, or -1: a passive "quoted" or "cited" and its
// agent, plain words only, at most eight of them.
func (d *doc) quotedByBefore(as int, s sentence) int {
	for j := as - 2; j > s.first && j >= as-9; j-- {
		t := &d.toks[j+1]
		if t.kind != tkWord || t.inQuote() {
			return -1
		}
		if d.isWord(j, "by") && (d.isWord(j-1, "quoted") || d.isWord(j-1, "cited")) && d.passive(j-1, s.first) {
			return j
		}
	}
	return -1
}

// titleCommaName returns the entity named after a comma that follows a
// description opening the clause, the name running on into the verb with
// no second comma: "The human rights organisation, Civic Watch has
// accused", "local official, Mira Holt was quoted" (a Wikinews idiom);
// or -1. The description [k, end) is lower-case words headed by a role, a
// group or a body's generic noun; the name is a chunk naming someone.
func (d *doc) titleCommaName(k, end, v int) int {
	if end <= k || end >= v || !d.punct(end, ",") || end-k > 6 {
		return -1
	}
	for j := k; j < end; j++ {
		if !d.toks[j].lowerWord() && !(j == k && d.toks[j].has(lxDet)) {
			return -1
		}
	}
	if !d.toks[end-1].has(lxRole | lxGroup | lxGenericOrg) {
		return -1
	}
	ci := d.chunkAt[end+1]
	if ci < 0 || d.chunks[ci].first != end+1 || d.chunks[ci].ent < 0 || d.chunks[ci].last >= v {
		return -1
	}
	n := d.chunks[ci].last
	if !d.toks[n].lowerWord() || !d.toks[n].has(lxAux|lxVerb) && d.toks[n].cv == 0 {
		return -1 // "the group, Civic Watch, ...": an aside, another rule's
	}
	if e := d.chunks[ci].ent; !d.ents[e].placeish() && !d.ents[e].outlet {
		return e
	}
	return -1
}

// singularAuxBetween reports whether a lower-case "has", "is" or "was"
// stands in [from, to): the auxiliary of a cue whose subject is one.
func (d *doc) singularAuxBetween(from, to int) bool {
	for j := max(from, 0); j < to && j < len(d.toks); j++ {
		if d.toks[j].lowerWord() && (d.isWord(j, "has") || d.isWord(j, "is") || d.isWord(j, "was")) {
			return true
		}
	}
	return false
}

// whileParticipleSubject returns the first token and the entity of the
// person whose name opens sentence s when "while" or "when" and a
// participle follow it ("Dele Okon while symbolically handing over the
// letter to Femi Adaka, a striker, explained that"), and the aside runs
// to the cue at v with no other verb of speech or auxiliary in it; or
// -1, -1. A body or a role may open the sentence instead of a name ("The
// board's director general while talking to reporters said"); a role
// that resolves to no one gives the entity -1.
func (d *doc) whileParticipleSubject(v int, s sentence) (int, int) {
	if d.endsWith(v, "ing") {
		return -1, -1
	}
	first, ent, w := -1, -1, -1
	if ci := d.chunkAt[s.first]; ci >= 0 {
		first, ent, w = int(d.chunks[ci].first), d.chunks[ci].ent, int(d.chunks[ci].last)
	}
	if ent < 0 || !d.ents[ent].personish() || !d.isWord(w, "while") && !d.isWord(w, "when") {
		// "The board's director general while talking to reporters
		// said": a role, no name, opens the sentence before the aside.
		first, ent, w = -1, -1, -1
		if end := d.npForward(s.first, v); end > s.first && end < v && (d.isWord(end, "while") || d.isWord(end, "when")) {
			if e := d.resolveNP(s.first, end, v); e >= 0 && (d.ents[e].personish() || d.ents[e].orgish() && !d.ents[e].placeish()) {
				first, ent, w = s.first, e, end
			} else if e < 0 && d.toks[end-1].lowerWord() && d.toks[end-1].has(lxRole) {
				first, w = s.first, end // a role no name here resolves: its holder, unnamed, speaks
			}
		}
	}
	if first < 0 || w+2 >= v || !d.toks[w].lowerWord() || !(d.isWord(w, "while") || d.isWord(w, "when")) {
		return -1, -1
	}
	p := w + 1
	if d.toks[p].lowerWord() && d.endsWith(p, "ly") {
		p++ // "while symbolically handing"
	}
	if !d.toks[p].lowerWord() || !d.endsWith(p, "ing") && !(d.isWord(w, "when") && d.isWord(p, "asked")) || p >= v {
		return -1, -1 // "while speaking to", "when asked about"
	}
	for k := p + 1; k < v; k++ {
		t := &d.toks[k]
		if t.kind == tkQuote && !t.is(fCloseMark) && d.toks[k-1].lowerWord() && d.toks[k-1].has(lxPrep) {
			// "while talking to ‘The Tarn Post’": a paper's name in
			// marks, the participle's object, no words of the speaker.
			if q := d.markQuote(k); q >= 0 && d.quotes[q].open == k && d.quotes[q].close < v && d.quotes[q].close-k <= 6 {
				k = d.quotes[q].close
				continue
			}
		}
		if t.inQuote() || t.kind == tkQuote || t.lowerWord() && (t.has(lxAux) || t.cv != 0) {
			return -1, -1
		}
	}
	return first, ent
}

// councillorParty reports whether the short segment [a, b), set off by a
// comma after a councillor's or legislator's titled name, is the party or
// the "independent" standing that person sits for: "Cllr Ilse Marko,
// Fianna Fáil, said". Council reporting names the party of each member
// this way; the party is no speaker of the sentence. A party unknown to
// the lexicon is only told by where it stands, so the title before the
// name is required.
func (d *doc) councillorParty(a, b int) bool {
	if a < 2 || !d.punct(a-1, ",") || !d.punct(b, ",") {
		return false
	}
	ci := d.chunkAt[a-2]
	if ci < 0 {
		return false
	}
	ch := &d.chunks[ci]
	if ch.last != a-1 || ch.kind != kPerson || ch.name <= ch.first {
		return false
	}
	titled := false
	for k := ch.first; k < ch.name; k++ {
		if electedTitle(d.lower(k)) {
			titled = true
		}
	}
	if !titled {
		return false
	}
	if b-a == 1 && (d.isWord(a, "independent") || d.toks[a].capWord() && d.lower(a) == "independent") {
		return true
	}
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if !t.capWord() || t.has(lxRole|lxTitle|lxDet|lxFirstName) {
			return false
		}
	}
	return true
}

// electedTitle reports whether w is the title of an elected member set
// before the name: "Cllr", "Councillor", "Senator".
func electedTitle(w string) bool {
	switch w {
	case "cllr", "councillor", "councilor", "cr", "senator", "sen", "alderman", "alderwoman", "deputy":
		return true
	}
	return false
}

// exampleBeforeWho returns the person named alone in the segment from
// segStart to the comma at pos, when the segment opens with "including"
// and "who" follows the comma ("groups, including Tarsia Trust's director
// Ivo Marrek, who said"), and where the name's phrase starts; -1 when two
// are named ("including Ivo Marrek and Tala Renn, who") or none.
func (d *doc) exampleBeforeWho(segStart, pos, comma int) (int, int) {
	if pos != comma || !d.isWord(comma+1, "who") || !d.isWord(segStart, "including") || !d.toks[segStart].lowerWord() || pos-segStart < 2 {
		return -1, -1
	}
	for k := segStart + 1; k < pos; k++ {
		if d.isWord(k, "and") || d.isWord(k, "or") || d.punct(k, "&") {
			return -1, -1
		}
	}
	ci := d.chunkAt[pos-1]
	if ci < 0 || d.chunks[ci].ent < 0 || int(d.chunks[ci].last) != pos {
		return -1, -1
	}
	e := d.chunks[ci].ent
	if d.ents[e].kind != kPerson {
		return -1, -1
	}
	return e, d.chunks[ci].first
}

// namedInPlace returns the first token and the entity of a body or person
// named at the sentence's start whose phrase "in the PLACE" ends just
// before the cue, the place read back from the cue starting at start:
// "The Norvan Health Ministry in the Selka Strip said", "Aid worker Arno
// Vell in the Marovo Valley said". Only with the article, which keeps the
// place a phrase of its own ("in Selka" the engine reads with the name
// already); not "Police in the Harrowby district" (policeInPlace), where
// no name precedes "in". Else -1, -1.
//
// The place may be a common noun for one the reader knows from the story,
// the only word of the phrase, whose last token is i: "The BBC's Pumza Fihlani in the capital
// says", "Arno Vell in the north said".
func (d *doc) namedInPlace(start, i int, s sentence) (int, int) {
	if start-2 < s.first || !d.isWord(start-1, "in") || !d.toks[start-1].lowerWord() {
		return -1, -1
	}
	// The body's name ends just before "in", or before its letters in
	// brackets: "The Provincial Relief Authority (PRA) in Tarvik on
	// Thursday said".
	end := start - 1
	lettered := end-3 >= s.first && d.punct(end-1, ")") && d.punct(end-3, "(") && d.toks[end-2].kind == tkWord && d.toks[end-2].capWord()
	if lettered {
		end -= 3
	}
	if d.isWord(start, "the") && d.toks[start].lowerWord() {
		if pc := d.chunkAt[start+1]; (pc < 0 || int(d.chunks[pc].first) != start+1) &&
			!(start+1 == i && d.toks[i].lowerWord() && storyPlaceNoun(d.lower(start+1))) {
			return -1, -1
		}
	} else if pc := d.chunkAt[start]; !lettered || pc < 0 || int(d.chunks[pc].first) != start || int(d.chunks[pc].last) != i+1 ||
		d.chunks[pc].ent < 0 || !d.ents[d.chunks[pc].ent].placeish() && !d.toks[start].has(lxPlace|lxNation) {
		// Without "the", only a place known as one after a body's
		// letters: the words before "in" alone already read as the
		// subject whole.
		return -1, -1
	}
	if end-1 < s.first {
		return -1, -1
	}
	bi := d.chunkAt[end-1]
	if bi < 0 || int(d.chunks[bi].last) != end || d.chunks[bi].ent < 0 {
		return -1, -1
	}
	e := d.chunks[bi].ent
	en := &d.ents[e]
	if en.outlet || en.placeish() || !en.orgish() && !en.personish() {
		return -1, -1
	}
	// The name opens the sentence, perhaps after its article or the
	// role words before a person's name: a subject, not an object
	// ("troops attacked the Kessel Interior Ministry in the capital").
	f := int(d.chunks[bi].first)
	a := f
	if a-1 >= s.first && d.isWord(a-1, "the") {
		a--
	}
	if a != s.first && !d.rolesOnlyBefore(s.first, f) && !d.outletPossessiveBefore(s.first, f) {
		return -1, -1
	}
	return a, e
}

// storyPlaceNoun reports whether w is a common noun for a place the story
// has set ("the capital", "the north"), which after "in the" says only
// where the one named before it is.
func storyPlaceNoun(w string) bool {
	switch w {
	case "capital", "city", "town", "village", "region", "province", "north", "south", "east", "west", "port", "area", "district":
		return true
	}
	return false
}

// outletPossessiveBefore reports whether the tokens [a, f) before a name
// are a news outlet's name, perhaps after "the", and its possessive: "The
// BBC's Pumza Fihlani": the outlet's reporter, who opens the clause.
func (d *doc) outletPossessiveBefore(a, f int) bool {
	if f-1 <= a || d.toks[f-1].kind != tkPoss {
		return false
	}
	oc := d.chunkAt[f-2]
	if oc < 0 || d.chunks[oc].ent < 0 || !d.ents[d.chunks[oc].ent].outlet {
		return false
	}
	o := int(d.chunks[oc].first)
	return o == a || o == a+1 && d.isWord(a, "the")
}

// electedLetters reports whether w is the short title of an elected
// member, written in capitals after the seat or party held: "Labour MP",
// "Ostby North MLA". (electedTitle is the title before a name.)
func electedLetters(w string) bool {
	switch w {
	case "MP", "AM", "MS", "MSP", "MLA", "MEP", "TD", "MPP", "MHA", "MNA", "MHK":
		return true
	}
	return false
}

// electedAside reports whether the segment [a, b) is capitalised seat or
// party words, at most four, and an elected member's short title, with
// the seat after "for" or nothing after it: ", South Velmark Green AM,",
// ", Labour MP for Eastfield,". The scan stays inside the segment.
func (d *doc) electedAside(a, b int) bool {
	for k := a + 1; k < b && k-a <= 4; k++ {
		t := &d.toks[k]
		if t.kind != tkWord || !t.capWord() && !t.is(fAllCaps) {
			return false
		}
		if !electedLetters(d.str(k)) {
			continue
		}
		if k+1 == b {
			return true
		}
		return k+2 < b && d.isWord(k+1, "for") && (d.toks[k+2].capWord() || d.isWord(k+2, "the"))
	}
	return false
}

// asFarAsStart returns the first "as" of "as far as", "as far away as" or
// "as far afield as" whose last "as" is token p, or -1. The scan looks at
// the three tokens before p only.
func (d *doc) asFarAsStart(p, first int) int {
	if p-2 < first || !d.isWord(p, "as") || !d.toks[p].lowerWord() {
		return -1
	}
	q := p - 1
	if d.isWord(q, "away") || d.isWord(q, "afield") {
		q--
	}
	if q-1 < first || !d.isWord(q, "far") || !d.isWord(q-1, "as") || !d.toks[q-1].lowerWord() {
		return -1
	}
	return q - 1
}

// unclosedRelativeAfterName returns the last token of a person's name
// that opens the sentence and is followed by ", who" and a relative clause
// running, with no comma to close it, to token i just before the cue:
// "Marta Olsen, who refused to sign the results said:". The comma left out
// is a slip of the pen; the named one speaks. Else -1. The scan looks at
// eight tokens at most, all words, as relativeBefore's does.
func (d *doc) unclosedRelativeAfterName(i int, s sentence) int {
	for k := i; k > s.first+1 && k > i-8; k-- {
		t := &d.toks[k]
		if t.kind != tkWord || t.inQuote() {
			return -1
		}
		if !t.lowerWord() || !d.isWord(k, "who") {
			continue
		}
		n := &d.toks[k+1]
		if k+1 > i || !n.lowerWord() || !(n.has(lxAux|lxVerb) || d.endsWith(k+1, "ed") || n.cv != 0) || !d.punct(k-1, ",") {
			return -1
		}
		ci := d.chunkAt[k-2]
		if ci < 0 || int(d.chunks[ci].last) != k-1 || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
			return -1
		}
		if f := int(d.chunks[ci].first); f != s.first && !d.rolesOnlyBefore(s.first, f) {
			return -1
		}
		return k - 2
	}
	return -1
}
