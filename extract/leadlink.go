package extract

import (
	"slices"
	"strings"
	"unicode"
)

// Headline-like leads describe a speaker and leave the name to the next
// line: "Campaign group warns ...", "Tarvish composer says ...", "The
// governor's choice to head the water board said ...", with the body (or
// the headline above) naming who it is. The description is no name the
// coreference rules may resolve on their own, since "a spokesman said" is
// nobody's; only the lead, where a story introduces its speaker twice, is
// read this way.

// leadLinkParas is how many paragraphs from the top count as the lead.
const leadLinkParas = 3

// linkLeadDescriptions gives a cue in the lead whose speaker is a
// description nobody was found for to the named speaker of the nearest
// cue in the paragraph above, when that is the first one (the headline or
// standfirst), or else in the next two paragraphs; that speaker must fit
// the description's kind (a person or a body).
func (d *doc) linkLeadDescriptions() {
	for ci := range d.cues {
		c := &d.cues[ci]
		if p := int(d.toks[c.verb].para); !c.skip && c.found && !c.thing && p < leadLinkParas {
			if e := d.spokespersonNamedBelow(ci, p); e >= 0 {
				d.moveCue(c, -1)
				d.giveLeadCue(ci, e)
				continue
			}
		}
		if !c.skip && c.found && c.inverted && c.ent < 0 && c.co < 0 && !c.relays {
			if p := int(d.toks[c.verb].para); p < leadLinkParas {
				if e := d.counselNamedBelow(ci, p); e >= 0 {
					// "Black will appeal, his lawyer says." and below
					// "But his lawyer, Edward Greenspan, said".
					d.giveLeadCue(ci, e)
					continue
				}
			}
			if e := d.docAuthorBelow(ci); e >= 0 {
				d.giveLeadCue(ci, e)
			}
			continue
		}
		if c.skip || !c.found || c.thing || c.inverted || c.co >= 0 || c.relays {
			continue
		}
		p := int(d.toks[c.verb].para)
		if p >= leadLinkParas {
			if e := d.newNameAfterOffice(ci); e >= 0 {
				d.giveLeadCue(ci, e)
			}
			continue
		}
		if e := d.bodyOfficialBelow(ci, p); e >= 0 {
			// "A Hamas official has announced ..." and below "Bassem
			// Naim from Hamas' political bureau said".
			d.giveLeadCue(ci, e)
			continue
		}
		if e := d.officeHolderBelow(ci, p); e >= 0 {
			// "A co-owner of the Velmark Ravens said ..." and below
			// "Ravens co-owner Tomas Brenn said".
			d.giveLeadCue(ci, e)
			continue
		}
		if c.ent >= 0 {
			continue
		}
		if s := d.sents[d.sentOf[c.verb]]; d.describedNewcomer(d.skipBackAdverbials(c.verb-1, s.first), s) >= 0 {
			continue // "The woman who attacked him told police": someone new, whom no one named stands for
		}
		first := c.subjFirst
		if s := d.sents[d.sentOf[c.verb]]; first-2 > s.first && d.isWord(first-2, "to") && d.toks[first-1].lowerWord() {
			// "The governor's choice to head the water board said": the
			// body headed is no speaker; the one chosen is.
			first = s.first
		} else if first > s.first && d.toks[s.first].has(lxDet) && d.participleAfterHead(s.first, c.verb) >= 0 {
			// "A Tarvik magistrate presiding over the trial of a man
			// arrested last week, slammed ...": the phrase read back
			// stopped inside what the holder does.
			first = s.first
		}
		if e := d.counselNamedBelow(ci, p); e >= 0 {
			d.giveLeadCue(ci, e) // "His lawyer said ..." and below "His lawyer, Edward Greenspan, ..."
			continue
		}
		if e := d.kinNamedBelow(first, c.verb, p); e >= 0 {
			// "The dad of a man missing for a decade has said ..." and
			// below "His dad, Allan Bryant Snr, 58, has ...".
			d.giveLeadCue(ci, e)
			continue
		}
		h, body, ok := d.leadDescription(first, c.verb)
		if !ok {
			continue
		}
		e := -1
		if p > 0 && (!d.indefiniteAt(first) || d.headlineAbove(p) && !d.titleCaseHeadline() && d.presentCue(c.verb)) {
			// "A teacher said ..." below a lead sentence naming Anja
			// Koll: an indefinite description brings in someone new.
			// Below a headline or standfirst in sentence case ("Anja
			// Koll says harbour plan will go ahead") it is the
			// headline's speaker introduced again, the style that
			// names its subject late, when the lead speaks of now ("A
			// senior opposition leader has said", "... says"); "A
			// teacher said" is a witness of the day's events. A title
			// in title case is the style whose lead names the subject
			// at once, and "A teacher" below it is someone else.
			e = d.namedCueIn(p-1, p-1, ci, first, h, body, false)
		}
		above := e >= 0
		if e < 0 && (!d.indefiniteAt(first) || d.presentCue(c.verb) || body || d.officialHead(h)) {
			// "A senior opposition leader has said ..." and below
			// "Aurel Kast said": the lead names its speaker late. "A
			// teacher said ..." is a witness, and the one named
			// next is someone else; "a monitoring group said" is no
			// witness but the story's source, named below.
			e = d.namedCueIn(p+1, p+2, ci, first, h, body, true)
		}
		if e < 0 && body {
			// "..., the regional emergency service said." with "the Gellan
			// Regional Emergency Service" named further down.
			e = d.bodyNamedLike(first, h)
		}
		if e < 0 && body {
			// "..., the union said." with "The union, the Sarvik Nurses'
			// Federation, wants ..." below.
			e = d.bodyCalledBelow(p+1, p+2, d.lower(h))
		}
		if e < 0 && body && d.isWord(first, "the") {
			// "The trust that runs the harbour said ..." with "The Ostby
			// Harbour Trust, set up in 1990," below: the one body whose
			// name ends in the description's noun.
			e = d.bodyEndingBelow(p+1, p+2, d.lower(h))
		}
		if e < 0 && body && d.indefiniteAt(first) {
			// "..., a council has said." and some paragraphs below "A
			// spokesman for Brenmark County Council said": the story's
			// one body of that noun, named after the scene is set.
			e = d.bodyEndingBelow(p+1, p+leadLinkParas+2, d.lower(h))
		}
		if !body && (e < 0 || d.indefiniteAt(first) && !hasRoleWord(&d.ents[e], d.lower(h))) {
			// "A JUDGE has described as “...” claims ..." and, after the
			// scene is set, "Judge Ilse Varga adjourned the case": the
			// story's one holder of that title, named below, and not
			// whoever speaks first there without it.
			if t := d.titledHolderBelow(ci, first, h, p); t >= 0 {
				e = t
			}
		}
		if e < 0 || d.isWord(first, "the") && d.toks[h].has(lxTitle) && len(d.ents[e].roles) > 0 &&
			(!hasRoleWord(&d.ents[e], d.lower(h)) || d.otherField(first, h, e, d.lower(h))) {
			// "The local health minister said" after Transport Minister
			// Lars Brenn: a titled person of another office.
			continue
		}
		if side := courtSide(d.lower(h)); !body && side != "" && (d.ents[e].otherCourtSide(d.lower(h)) || above && d.ents[e].courtSide() == "") {
			// "Justice Omar Velk observed ... The petitioner's counsel
			// stated": a lawyer, never the judge named above; nor one
			// named above with no part in the trial given ("Rafaqat
			// Dogar has filed the petition ... the petitioner's lawyer
			// said"): a party's lawyer comes after the party.
			continue
		}
		if d.namedIn(first, c.verb, e) {
			// "A lawyer representing Ivo Tamm has said ..." and below
			// "Ivo Tamm said": the one the description serves is not it.
			continue
		}
		d.giveLeadCue(ci, e)
	}
}

// linkFrontedPronouns gives a cue whose speaker is a pronoun in a clause
// fronted before its sentence's subject ("In what he called the “...”,
// the head of the water agency announced ...") to the speaker of the
// sentence's own later cue: the pronoun looks ahead to the subject it
// stands before, not back to whoever the text named last.
func (d *doc) linkFrontedPronouns() {
	for ci := range d.cues {
		c := &d.cues[ci]
		if c.skip || !c.found || c.inverted || c.thing || c.subjFirst != c.verb-1 || !d.toks[c.subjFirst].has(lxPronoun) {
			continue
		}
		s := d.sents[d.sentOf[c.verb]]
		w := c.subjFirst - 1
		if !d.isWord(w, "what") || !(w == s.first || w-1 == s.first && d.isWord(s.first, "in")) {
			continue
		}
		for n := ci + 1; n < len(d.cues) && d.sentOf[d.cues[n].verb] == d.sentOf[c.verb]; n++ {
			t := &d.cues[n]
			if t.skip || !t.found || t.thing || t.ent < 0 || t.co >= 0 {
				continue
			}
			if e := &d.ents[t.ent]; e.personish() != d.personPronoun(c.subjFirst) {
				break // "In what it called ..., the minister said": not the same one
			}
			old := c.ent
			c.ent = t.ent
			if qi := c.quote; qi >= 0 && (d.quotes[qi].ent < 0 || d.quotes[qi].ent == old) {
				d.quotes[qi].ent = t.ent
			}
			break
		}
	}
}

// personPronoun reports whether the pronoun at token k stands for a
// person: "he", "she", not "it" or "they".
func (d *doc) personPronoun(k int) bool {
	return d.isWord(k, "he") || d.isWord(k, "she")
}

// bodyNamedLike returns the one organisation of the article whose name
// holds the words of the description [i, h] but its determiners, two
// words or more, in a run ("regional emergency service" in "Gellan
// Regional Emergency Service"; not "defense department" in "Department of
// Defense", which may be another form of a body named otherwise), or -1
// when none or several do.
func (d *doc) bodyNamedLike(i, h int) int {
	var words []string
	for k := i; k <= h; k++ {
		if t := &d.toks[k]; t.kind == tkWord && !t.has(lxDet) {
			words = append(words, d.lower(k))
		}
	}
	if len(words) < 2 {
		return -1
	}
	found := -1
	for e := range d.ents {
		en := &d.ents[e]
		if en.outlet || en.thing || !en.orgish() || en.placeish() {
			continue
		}
		if !containsRun(en.words, words) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// bodyCalledBelow returns the one organisation named in paragraphs
// [from, to] that an appositive there calls by the description's head
// word (its bodyHead), or -1 when none or several are.
func (d *doc) bodyCalledBelow(from, to int, head string) int {
	found := -1
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent < 0 || int(d.toks[c.first].para) < from || int(d.toks[c.first].para) > to {
			continue
		}
		e := &d.ents[c.ent]
		if e.bodyHead != head || e.outlet || e.thing || e.placeish() || e.personish() {
			continue
		}
		if found >= 0 && found != c.ent {
			return -1
		}
		found = c.ent
	}
	return found
}

// bodyEndingBelow returns the one organisation of the article whose name
// ends in head, two words or more, when it is first named in paragraphs
// [from, to]; -1 when none or several bodies of the article do.
func (d *doc) bodyEndingBelow(from, to int, head string) int {
	found, below := -1, false
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent < 0 {
			continue
		}
		e := &d.ents[c.ent]
		if len(e.words) < 2 || e.words[len(e.words)-1] != head || e.outlet || e.thing || e.placeish() || e.personish() {
			continue
		}
		if found >= 0 && found != c.ent {
			return -1
		}
		if found < 0 {
			p := int(d.toks[c.first].para)
			below = p >= from && p <= to
		}
		found = c.ent
	}
	if !below {
		return -1
	}
	return found
}

// containsRun reports whether words holds run as consecutive words.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// giveLeadCue gives cue ci, and the quotation it introduces, to entity e.
func (d *doc) giveLeadCue(ci, e int) {
	c := &d.cues[ci]
	d.giveCue(c, e)
	// "... said Tuesday that she supports the dam, but said she cannot
	// say when", "... says travel demand is strong, explaining why ...":
	// the verbs that share the subject.
	for n := ci + 1; n < len(d.cues) && d.sentOf[d.cues[n].verb] == d.sentOf[c.verb]; n++ {
		if t := &d.cues[n]; t.found && t.ent < 0 && t.subjFirst == t.verb && !t.thing {
			d.giveCue(t, e)
		}
	}
	// "The fire service said 15 people had to leave. It said the fire
	// spread ...": the pronoun of the next sentence's cue found no one
	// when it was read, before the description was linked; it is the one
	// the description now names. Only "it" for a body, and "he" or
	// "she" for a person, opening that sentence's clause.
	sent := d.sentOf[c.verb]
	for n := ci + 1; n < len(d.cues); n++ {
		nc := &d.cues[n]
		if nc.skip && d.sentOf[nc.verb] == sent {
			continue // a verb inside the clause reported
		}
		if d.sentOf[nc.verb] != sent+1 || nc.skip || !nc.found || nc.ent >= 0 || nc.inverted || nc.co >= 0 || nc.subjFirst != nc.verb-1 {
			return
		}
		k := nc.subjFirst
		if !d.toks[k].has(lxPronoun) || !d.isWord(k, "it") && !d.isWord(k, "he") && !d.isWord(k, "she") || d.isWord(k, "it") != d.ents[e].orgish() {
			return
		}
		d.giveCue(nc, e)
		d.entAt[k] = int32(e)
		sent++
	}
}

// moveCue makes e (-1: no one) cue c's speaker in place of the one it
// had, and its quotation's too when the quotation was that speaker's.
func (d *doc) moveCue(c *cue, e int) {
	if qi := c.quote; qi >= 0 && d.quotes[qi].ent == c.ent {
		d.quotes[qi].ent = e
	}
	c.ent = e
}

// giveCue makes e cue c's speaker, and its quotation's when the quotation
// has none yet.
func (d *doc) giveCue(c *cue, e int) {
	c.ent = e
	if qi := c.quote; qi >= 0 && d.quotes[qi].ent < 0 {
		d.quotes[qi].ent = e
	}
}

// leadDescription reports whether tokens [i, j) are a singular
// description of one speaker with no name, pronoun or quotation in it,
// and whether it describes a body rather than a person: "Campaign group",
// "A senior opposition leader in Tarvia", "Ostby boat dealer", "The
// governor's choice to head the water board". Voices of others
// ("a spokesman", "an official", "a source") and plurals are no one's
// description.
func (d *doc) leadDescription(i, j int) (h int, body, ok bool) {
	if k := d.participleAfterHead(i, j); k >= 0 {
		// "A lobbyist representing Norland's largest exporters",
		// "A Tarvik magistrate presiding over the trial of ...": what
		// the holder does is no part of the description, however long,
		// and the names in it are no one's who speaks.
		j = k
	}
	if i >= j || j-i > 12 {
		return -1, false, false
	}
	h = -1
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.inQuote() || t.kind == tkQuote || d.entAt[k] >= 0 && !d.ownedBy(k) && !d.placeModifier(k, j) || t.kind == tkWord && t.has(lxPronoun) {
			return -1, false, false
		}
		if t.kind == tkPunct {
			break // "Kalonzo Musyoka, a former vice-president,": an appositive has a name
		}
		if t.kind == tkWord && (d.isWord(k, "who") || d.isWord(k, "which") || d.isWord(k, "that")) {
			break
		}
		if t.kind == tkWord && t.lowerWord() && (t.has(lxFunc) && !t.has(lxDet) || t.has(lxAux)) && h >= 0 {
			break // "leader in Tarvia", "choice to head": the head came before
		}
		if t.kind == tkWord && possessivePronoun(d.lower(k)) {
			return -1, false, false // "his family": someone of a person's, not the person
		}
		if t.kind == tkWord && !t.has(lxDet) {
			h = k
		}
	}
	if h < 0 || d.isWord(h+1, "of") || d.deputyIn(i, h) != "" {
		// "The head of the relief agency", "the deputy mayor": someone
		// this precise is no one the story has to name.
		return -1, false, false
	}
	head := d.lower(h)
	ht := &d.toks[h]
	if isSpokesperson(head) || commonPeople(head) || kinWord(head) || bystanderWord(head) {
		return -1, false, false
	}
	if !ht.has(lxRole|lxTitle|lxNation|lxGenericOrg) && head != "choice" && head != "pick" {
		return -1, false, false // "the new model", "the study": no one
	}
	if len(head) > 3 && head[len(head)-1] == 's' && head[len(head)-2] != 's' && !d.toks[h].has(lxGenericOrg) {
		return -1, false, false // "officials", "jurors": many speakers
	}
	body = ht.has(lxGenericOrg|lxGroup) && !ht.has(lxRole) || head == "campaign" || head == "group"
	return h, body, true
}

// officialHead reports whether the description's head at h is an office
// ("a deputy interior minister said", "a top U.N. official has warned",
// "an ELN leader said"): the story's source, named below, where "a
// teacher said" is a witness of the day, and the one named next someone
// else.
func (d *doc) officialHead(h int) bool {
	if d.toks[h].has(lxTitle) {
		return true
	}
	switch d.lower(h) {
	case "official", "negotiator", "diplomat":
		return true
	}
	return false
}

// bodyOfficialBelow returns the person whom the next three paragraphs
// name as the speaker of their first cue by a person, with the body named
// in the same sentence, when lead cue ci's speaker is an unnamed official
// of that body ("A Hamas official has announced ...", "an ELN leader
// said", "a top U.N. official has warned") and below "Bassem Naim from Hamas’
// political bureau said", "Israel Ramirez, head of the ELN's negotiating
// team, told Reuters": the story's source, named after the news, by
// another of their offices. It returns -1 otherwise.
func (d *doc) bodyOfficialBelow(ci, p int) int {
	c := &d.cues[ci]
	if c.ent >= 0 && !d.ents[c.ent].orgish() || c.co >= 0 {
		return -1
	}
	lo, hi := c.subjFirst, c.verb
	if c.inverted {
		lo, hi = c.verb+1, c.after
	}
	for hi > lo && d.toks[hi-1].lowerWord() && auxWord(d.lower(hi-1)) {
		hi-- // "has announced"
	}
	if lo < 0 || hi-lo < 3 || hi-lo > 6 || !(d.isWord(lo, "a") || d.isWord(lo, "an")) || !d.toks[hi-1].lowerWord() || !d.officialHead(hi-1) || isSpokesperson(d.lower(hi-1)) {
		return -1
	}
	switch d.lower(hi - 1) {
	case "delegate", "member", "aide", "officer", "staffer":
		return -1 // "an OPEC delegate said": one of many, kept unnamed, not the president named below
	}
	body := -1
	for k := lo + 1; k < hi-1; k++ {
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 {
			if int(d.chunks[ci].last) != hi-1 || body >= 0 {
				return -1 // the body's name must end right before the office
			}
			body = int(d.chunks[ci].ent)
			k = int(d.chunks[ci].last) - 1
			continue
		}
		if !d.toks[k].lowerWord() || d.toks[k].has(lxDet|lxPrep|lxFunc|lxAux|lxVerb) {
			return -1
		}
	}
	if body < 0 || d.ents[body].personish() || d.ents[body].kind == kPlace || d.ents[body].outlet {
		return -1
	}
	for n := range d.cues {
		t := &d.cues[n]
		tp := int(d.toks[t.verb].para)
		if n == ci || tp <= p || tp > p+3 || t.skip || !t.found || t.thing || t.ent < 0 || t.ent == body || !d.ents[t.ent].personish() {
			continue // the scene set below the lead, and the body's own words, come before the name
		}
		if t.co >= 0 {
			return -1
		}
		ts := d.sents[d.sentOf[t.verb]]
		for k := ts.first; k < ts.last; k++ {
			if int(d.entAt[k]) == body && !d.toks[k].inQuote() {
				return t.ent
			}
		}
		return -1
	}
	return -1
}

// officeHolderBelow returns the person the next two paragraphs name, with
// their office, as the speaker of their own first cue, when lead cue ci's
// speaker is that office of a body ("A co-owner of the Tarrow Devils said
// ..." and below "Devils co-owner Tomas Brenn said"): the office, then its
// holder, the story's one speaker. The body the office was read to speak
// for (a director of a firm speaking for it) gives way to the holder; an
// office whose holder is not named so ("The head of the relief agency"),
// or a voice of many ("an official of"), is left as it was. It returns -1
// otherwise.
func (d *doc) officeHolderBelow(ci, p int) int {
	c := &d.cues[ci]
	h := c.subjFirst
	if s := d.sents[d.sentOf[c.verb]]; c.ent >= 0 && h > s.first && d.toks[s.first].has(lxDet) {
		// "A co-owner of the NHL's Tarrow Devils said": the subject
		// found is the body; the office opens the sentence.
		h = s.first
	} else if c.ent >= 0 && h-3 >= s.first && d.isWord(h-1, "of") && d.toks[h-3].has(lxDet) && d.toks[h-2].has(lxRole|lxTitle) {
		h -= 3 // "TARVIK — The CEO of Pellam Air says": the office after a dateline
	}
	if h < 0 || h >= c.verb || d.namesOwnSpeaker(c) {
		return -1
	}
	start := h
	if d.toks[h].has(lxDet) {
		h++ // "A co-owner", "the chairman"
	}
	ofBody := h+1 < c.verb && d.isWord(h+1, "of")
	if !ofBody {
		// "Norland's opposition party leader says", "its chief scientist
		// says", "the Union's refugee commissioner said": the office is
		// the phrase's last word, and only a holder titled with that very
		// office below is its holder.
		h = d.possessedOffice(start, c.verb)
	}
	if h < 0 {
		return -1
	}
	t := &d.toks[h]
	head := d.lower(h)
	role := t.has(lxRole|lxTitle) || ownVoice(head) || strings.HasPrefix(head, "co-") && lex.lookup(head[3:])&lxRole != 0 // "co-owner"
	if ofBody && h+1 >= c.verb || t.kind != tkWord || !role ||
		isSpokesperson(head) || kinWord(head) || acquaintance(head) || bystanderWord(head) || commonPeople(head) {
		return -1
	}
	e := d.namedCueIn(p+1, p+2, ci, c.subjFirst, h, false, true)
	if e < 0 || e == c.ent || !d.ents[e].personish() {
		return -1
	}
	words := officeWords(head)
	if !ofBody {
		words = []string{head}
	}
	for _, w := range words {
		if hasRoleWord(&d.ents[e], w) || d.roleNextToName(w, e, p+1, p+2) {
			return e
		}
	}
	return -1
}

// possessedOffice returns the office word that ends the subject phrase
// opening at token first, when an owner holds it ("Norland's opposition
// party leader", "its chief scientist", "the Union's refugee
// commissioner"): from the cue verb back, past auxiliaries, the office,
// then lower-case words only, then the owner's possessive. It returns -1
// for any other phrase.
func (d *doc) possessedOffice(first, verb int) int {
	k := verb - 1
	for k > first && auxWord(d.lower(k)) {
		k-- // "leader has claimed"
	}
	if k <= first || !d.toks[k].lowerWord() || !d.toks[k].has(lxRole|lxTitle) {
		return -1
	}
	head := k
	for k--; k >= first; k-- {
		switch t := &d.toks[k]; {
		case t.kind == tkPoss || d.isWord(k, "its") || d.isWord(k, "their"):
			return head
		case !t.lowerWord() || t.kind != tkWord:
			return -1
		}
	}
	return -1
}

// auxWord reports whether w is an auxiliary that may stand between a
// subject and its cue verb: "has told", "was quoted".
func auxWord(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "will", "would":
		return true
	}
	return false
}

// officeWords returns the words that may name the office head names: the
// word itself, and for the top office of a body every word for it, since
// a story that leads with "the head of the space agency" names her below
// as "agency chief Lise Dormand" or "Director-General Lise Dormand".
func officeWords(head string) []string {
	top := []string{"head", "chief", "leader", "boss", "director-general"}
	if slices.Contains(top, head) {
		// "The head of the water agency" is "agency Administrator Tomas
		// Brenn" or "board director Ana Holt" too: the title of a body's
		// top office varies with the body.
		return append(top, "director", "administrator", "commissioner", "chair", "chairman", "chairwoman", "chairperson")
	}
	return []string{head}
}

// roleNextToName reports whether the role word head stands within three
// tokens of a name of e in paragraphs [from, to]: "Ravens co-owner Tomas
// Brenn", "Tomas Brenn, a co-owner of the Ravens" (a role the lexicon
// does not know, so no role of e's records it).
func (d *doc) roleNextToName(head string, e, from, to int) bool {
	for k := d.paraFirst[from]; k < len(d.toks) && int(d.toks[k].para) <= to; k++ {
		if d.chunkAt[k] < 0 || d.chunks[d.chunkAt[k]].ent != e || d.toks[k].inQuote() {
			continue
		}
		for n := max(0, k-3); n < len(d.toks) && n <= k+4; n++ {
			if d.toks[n].lowerWord() && d.lower(n) == head {
				return true
			}
		}
	}
	return false
}

// ownedBy reports whether the name at token k is an owner in a
// possessive ("the governor's choice", "Velmark's chief"), which a
// description may hold.
func (d *doc) ownedBy(k int) bool {
	return k+1 < len(d.toks) && d.toks[k+1].kind == tkPoss
}

// namedCueIn returns the speaker of the first cue (other than skip) in
// paragraphs [from, to] whose speaker phrase names its speaker, if that
// speaker fits the description [i, h] of a body (body) or of a person;
// -1 when the first cue there with a speaker is unnamed or does not fit.
// Looking forward (ahead), the name must also fit the office the
// description gives: a headline above names the story's subject, whom
// the lead may describe by another of their offices ("Anja Koll, a former
// mayor, says ..." then "A senior opposition leader has said"), while the
// next paragraphs may name someone else.
func (d *doc) namedCueIn(from, to, skip, i, h int, body, ahead bool) int {
	if from < 0 {
		return -1
	}
	for ci := range d.cues {
		t := &d.cues[ci]
		p := int(d.toks[t.verb].para)
		if ci == skip || p < from || p > to || t.skip || !t.found || t.thing {
			continue
		}
		if t.ent < 0 && t.co < 0 && skip >= 0 && d.sameSpeakerPhrase(&d.cues[skip], t) {
			// "The head of the customs agency has said ..." and below
			// "..., the head of the customs agency has said.": the
			// description again, as nameless; the name is further on.
			continue
		}
		if t.ent < 0 || t.co >= 0 {
			return -1
		}
		lo, hi := t.subjFirst, t.verb
		if t.inverted {
			lo, hi = t.verb, t.after
		}
		// The speaker must be named: in the cue's speaker phrase, or
		// before it in the paragraphs searched ("Piet Holm has turned to
		// the stage. The Danish composer confirmed he is writing an
		// opera").
		named := false
		for k := d.paraFirst[from]; k < hi && !named; k++ {
			named = int(d.entAt[k]) == t.ent && d.chunkAt[k] >= 0 && (k >= lo || !d.toks[k].inQuote())
		}
		if !named {
			return -1
		}
		e := &d.ents[t.ent]
		if e.outlet || e.placeish() {
			return -1
		}
		if body && e.personish() && e.orgEv == 0 || !body && !e.personish() && !d.toks[h].has(lxGenericOrg) {
			if ahead && !body && e.orgish() {
				// "The head of the ministry's customs department said
				// ...", then "Ministry officials announced ...", then
				// "Sok Varan, head of the customs department, said": a
				// body's cue between is not the office holder's.
				continue
			}
			return -1
		}
		if !ahead && companyHead(d.lower(h)) && d.toks[h].lowerWord() && !describes(d.lower(h), e) && bodyOfOtherKind(e) {
			// "The University of Tarn found problems with the study. The
			// milk company said ...": a university, a hospital or a
			// ministry is no company, however near.
			continue
		}
		if ahead && (!d.fitsDescription(i, h, t.ent) || d.speaksBeside(skip, t.ent)) {
			// "Ivo Brant says ... Harlow County assessor Ada Brinvik
			// disagrees, saying": the standfirst's two speakers again;
			// the one the description fits may come second, and the one
			// who speaks beside it in the lead is someone else.
			continue
		}
		return t.ent
	}
	return -1
}

// bodyOfOtherKind reports whether body e's name holds a word of a body
// that is not a business ("University", "Hospital", "Ministry") and none
// of a business's ("Corp.", "Inc."), so "the company" cannot mean it.
func bodyOfOtherKind(e *entity) bool {
	org := false
	for _, w := range e.words {
		f := lex.lookup(w)
		if f&lxCompany != 0 {
			return false
		}
		org = org || f&lxOrgCue != 0
	}
	return org
}

// bystanderWord reports whether w describes one of many who may speak in
// a story (a witness, a resident, an official, a source) or a body that
// reports rather than speaks for itself: such a description is someone
// else than the story's named speaker.
func bystanderWord(w string) bool {
	switch w {
	case "official", "officer", "source", "aide", "witness", "eyewitness", "bystander", "expert", "analyst", "person",
		"someone", "one", "another", "insider", "resident", "observer", "critic", "neighbour", "neighbor", "friend",
		"relative", "colleague", "passenger", "victim", "survivor", "patient", "customer", "voter", "protester",
		"local", "villager", "citizen", "employee", "staffer", "worker", "member", "student", "police", "team",
		"media", "press", "court", "researcher", "scientist", "study", "family":
		return true
	}
	return false
}

// fitsDescription reports whether entity v may be the one the lead's
// description [i, h] names, when its head says what v is: a person of
// that office and field ("the health minister" is not "the opposition
// leader, Aurel Kast", nor "Ilse Varga, a nurse"), a body the head word
// describes ("the transport ministry" is not a passengers' association).
// A description that says only what kind of speaker ("campaign group",
// "Tarvish composer") fits any named speaker of that kind.
func (d *doc) fitsDescription(i, h, v int) bool {
	t, e, head := &d.toks[h], &d.ents[v], d.lower(h)
	switch {
	case t.has(lxRole|lxTitle) && e.personish():
		words := officeWords(head)
		if head == "minister" && h-1 >= i && d.isWord(h-1, "cabinet") {
			// "a Cabinet minister has told ..." and below "Ada Pirro, the
			// work and pensions secretary": a cabinet seat goes by either
			// title.
			words = append(words, "secretary", "chancellor")
		}
		return (len(e.roles) == 0 || slices.ContainsFunc(words, func(w string) bool { return hasRoleWord(e, w) })) && !d.otherField(i, h, v, head)
	case t.has(lxGenericOrg) && !t.has(lxRole) && !kindOfBody(head):
		return describes(head, e) || d.sharesModifier(h, e) || unionWord(head) && unionName(e)
	}
	return true
}

// kindOfBody reports whether w says only what kind of body speaks, not
// which: "campaign group", "a charity".
func kindOfBody(w string) bool {
	switch w {
	case "group", "campaign", "organisation", "organization", "charity", "coalition", "alliance", "movement", "body", "network":
		return true
	}
	return false
}

// kinNamedBelow returns the person a lead's kin description [i, j) ("The
// dad of a man missing for a decade", "The mother of a teenager who ...")
// names in the next three paragraphs as "His dad, <name>," or "Her
// mother, <name>,", or -1.
func (d *doc) kinNamedBelow(i, j, p int) int {
	// The speaker phrase read back may stop inside the description ("a
	// decade"): the kin word opens the sentence.
	if s := d.sents[d.sentOf[j]]; s.first <= i {
		i = s.first
	}
	if j-i < 4 || j-i > 16 || !d.toks[i].has(lxDet) || !d.isWord(i+2, "of") || !d.toks[i+1].lowerWord() {
		return -1
	}
	kin := kinGroup(d.lower(i + 1))
	if kin == "" || p+1 >= len(d.paraFirst)-1 {
		return -1
	}
	last := min(p+3, len(d.paraFirst)-2)
	for k := d.paraFirst[p+1]; k+3 < d.paraEnd(last); k++ {
		if !(d.isWord(k, "his") || d.isWord(k, "her") || d.isWord(k, "their")) || kinGroup(d.lower(k+1)) != kin || !d.punct(k+2, ",") {
			continue
		}
		if ci := d.chunkAt[k+3]; ci >= 0 && d.chunks[ci].first == k+3 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
			return d.chunks[ci].ent
		}
	}
	return -1
}

// counselNamedBelow returns the person that cue ci's possessive
// description of one who speaks for another, "his lawyer", "her
// attorney", "their spokesman" (before the verb or after it, "..., said
// his lawyer"), stands for when one of the next three paragraphs names
// him in apposition to the same words, "His lawyer, Edward Greenspan,",
// or -1.
func (d *doc) counselNamedBelow(ci, p int) int {
	c := &d.cues[ci]
	k := -1
	for _, at := range []int{c.verb - 2, c.verb + 1} {
		if at >= 0 && at+2 < len(d.toks) && d.toks[at].lowerWord() && possessivePronoun(d.lower(at)) && d.toks[at+1].lowerWord() && counselWord(d.lower(at+1)) {
			k = at
			break
		}
	}
	if k < 0 || p+1 >= len(d.paraFirst)-1 {
		return -1
	}
	word := d.lower(k + 1)
	last := min(p+3, len(d.paraFirst)-2)
	for j := d.paraFirst[p+1]; j+3 < d.paraEnd(last); j++ {
		if !possessivePronoun(d.lower(j)) || d.lower(j+1) != word || !d.punct(j+2, ",") {
			continue
		}
		if ch := d.chunkAt[j+3]; ch >= 0 && d.chunks[ch].first == j+3 && d.chunks[ch].ent >= 0 && d.ents[d.chunks[ch].ent].personish() {
			return d.chunks[ch].ent
		}
	}
	return -1
}

// counselWord reports whether w names one who speaks for another: a
// spokesperson (isSpokesperson), a lawyer or an agent.
func counselWord(w string) bool {
	switch w {
	case "lawyer", "attorney", "solicitor", "barrister", "counsel", "agent", "publicist":
		return true
	}
	return isSpokesperson(w)
}

// kinGroup folds a word for a relation to one form ("dad" and "father"),
// or "" when w is none.
func kinGroup(w string) string {
	switch w {
	case "dad", "father":
		return "father"
	case "mum", "mom", "mother":
		return "mother"
	}
	if kinWord(w) {
		return w
	}
	return ""
}

// docAuthorBelow returns who wrote the document that speaks in the
// inverted cue ci ("..., says a new report."), when one of the next two
// paragraphs names its author in the subject of a cue of its own ("The
// report by the Tarvik Nurses' Union claims ..."), or -1. Anywhere in a
// story, not only in its lead: a document is introduced, then its author.
func (d *doc) docAuthorBelow(ci int) int {
	c := &d.cues[ci]
	head := ""
	for k := c.verb + 1; k < len(d.toks) && k <= c.verb+4; k++ {
		t := &d.toks[k]
		if !t.lowerWord() {
			break
		}
		if t.has(lxDoc) || thingWords[d.lower(k)] {
			head = d.lower(k)
			break
		}
	}
	if head == "" {
		return -1
	}
	p := int(d.toks[c.verb].para)
	for n := ci + 1; n < len(d.cues); n++ {
		o := &d.cues[n]
		q := int(d.toks[o.verb].para)
		if q > p+2 {
			break
		}
		if q == p || o.skip || !o.found || o.inverted || o.ent < 0 || !d.isWord(o.subjFirst, "the") {
			continue
		}
		// "The [report by the union](...) claims": a link's bracket may
		// stand between the article and the noun.
		k := o.subjFirst + 1
		if d.punct(k, "[") {
			k++
		}
		if d.isWord(k, head) && (d.isWord(k+1, "by") || d.isWord(k+1, "from")) {
			return o.ent
		}
	}
	return -1
}

// newNameAfterOffice returns the person the next cue names for the first
// time, deep in a story, when cue ci's speaker is one office described
// without a name ("The head of the hotel federation in Tarrow said on
// Saturday that ...") and that next cue, in the same paragraph or the
// next, names someone new with nothing of their own to say who they are
// ("“...,” Ida Marsh said."): a story names the office, then its holder.
// One with a role of their own ("Ida Marsh, a grower"), one named
// before, voices of many ("officials", "a spokesman") and a cue between
// leave the office nobody's. It returns -1 otherwise.
func (d *doc) newNameAfterOffice(ci int) int {
	c := &d.cues[ci]
	if c.ent >= 0 || c.co >= 0 || c.inverted || c.relays || c.thing || c.subjFirst < 0 || c.subjFirst >= c.verb {
		return -1
	}
	h := d.officeHead(c.subjFirst, c.verb)
	if h < 0 {
		return -1
	}
	var t *cue
	for n := ci + 1; n < len(d.cues); n++ {
		if tn := &d.cues[n]; !tn.skip && tn.found {
			t = tn
			break
		}
	}
	if t == nil || t.ent < 0 || t.co >= 0 || int(d.toks[t.verb].para) > int(d.toks[c.verb].para)+1 {
		return -1
	}
	e := &d.ents[t.ent]
	if !e.personish() || e.outlet || !d.fitsDescription(c.subjFirst, h, t.ent) {
		return -1
	}
	for k := 0; k < c.verb; k++ {
		if int(d.entAt[k]) == t.ent {
			return -1 // named before: someone the story already knows
		}
	}
	if len(e.roles) > 0 && !hasRoleWord(e, d.lower(h)) {
		return -1
	}
	for k := c.verb; k < len(d.toks); k++ {
		if int(d.entAt[k]) == t.ent && d.chunkAt[k] >= 0 {
			if d.punct(d.chunks[d.chunkAt[k]].last, ",") {
				return -1 // "Ida Marsh, a grower in Tarrow, said": who they are is their own
			}
			break
		}
	}
	return t.ent
}

// officeHead returns the head of a description of one office holder in
// tokens [i, j), "the head of the hotel federation in Tarrow", "the
// chairman of the growers' union": an article, a singular role and "of";
// or -1.
func (d *doc) officeHead(i, j int) int {
	if !d.isWord(i, "the") {
		return -1
	}
	h := i + 1
	for h+1 < j && d.toks[h].lowerWord() && !d.isWord(h+1, "of") {
		h++ // "the managing director of"
	}
	if h+1 >= j || h > i+3 || !d.isWord(h+1, "of") || !d.toks[h].lowerWord() || !d.toks[h].has(lxRole|lxTitle) {
		return -1
	}
	for k := i; k < j; k++ {
		if t := &d.toks[k]; t.inQuote() || t.kind == tkQuote || d.punct(k, ",") || t.kind == tkWord && t.has(lxPronoun) {
			return -1
		}
	}
	head := d.lower(h)
	if isSpokesperson(head) || commonPeople(head) || kinWord(head) || bystanderWord(head) || d.deputyIn(i, h) != "" {
		return -1
	}
	return h
}

// placeModifier reports whether the name at token k, inside a description
// ending before token j, is a place's or a body's that modifies a
// lowercase noun after it: "the Harlow County property tax assessor"
// describes one whom the body may name ("Harlow County assessor Ada
// Brinvik"); the name is no speaker, and no person's.
func (d *doc) placeModifier(k, j int) bool {
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].ent < 0 {
		return false
	}
	c := &d.chunks[ci]
	e := &d.ents[c.ent]
	if e.personish() || e.outlet {
		return false
	}
	n := int(c.last)
	return n < j && d.toks[n].lowerWord() && !d.toks[n].has(lxFunc|lxAux|lxPrep)
}

// speaksBeside reports whether entity e speaks in another cue of the
// sentence of cue ci: "Ivo Brant says ... but the county assessor says":
// the description beside him is not him.
func (d *doc) speaksBeside(ci, e int) bool {
	if ci < 0 || ci >= len(d.cues) {
		return false
	}
	si := d.sentOf[d.cues[ci].verb]
	for k := range d.cues {
		if k != ci && d.sentOf[d.cues[k].verb] == si && d.cues[k].ent == e && !d.cues[k].skip {
			return true
		}
	}
	return false
}

// indefiniteAt reports whether token i opens an indefinite description:
// "a", "an", "one", "another".
func (d *doc) indefiniteAt(i int) bool {
	return d.isWord(i, "a") || d.isWord(i, "an") || d.isWord(i, "one") || d.isWord(i, "another")
}

// headlineAbove reports whether paragraph p is the first below a
// headline: paragraph 0 with no stop at its end ("Anja Koll says harbour
// plan will go ahead"), unlike a lead sentence that ends in one.
func (d *doc) headlineAbove(p int) bool {
	if p != 1 {
		return false
	}
	s := strings.TrimRight(d.paraString(0), " \t\"'”’")
	return s != "" && !strings.ContainsAny(s[len(s)-1:], ".!?")
}

// titleCaseVerb reports whether token i is a speech verb in the present
// ("Says", "Warns", "Denies") after a capitalised word in a headline in
// title case: "Mayor Anja Koll Says Harbour Plan Will Go Ahead". Such a
// headline capitalises its verb as it does its names; the verb ends the
// name before it, and is the headline's cue.
func (d *doc) titleCaseVerb(i int) bool {
	t := &d.toks[i]
	return t.para == 0 && t.cv != 0 && t.is(fCap) && !t.is(fAllCaps) && i > 0 && d.toks[i-1].is(fCap) &&
		strings.HasSuffix(d.lower(i), "s") && d.titleCaseHeadline()
}

// titleCaseHeadline reports whether paragraph 0 is a headline in title
// case over a story: five words or more, every one longer than three
// letters capitalised, no quotation and no stop at its end.
func (d *doc) titleCaseHeadline() bool {
	if len(d.paraFirst) < 3 {
		return false
	}
	end := d.paraEnd(0)
	words, lower := 0, 0
	for k := d.paraFirst[0]; k < end; k++ {
		w := &d.toks[k]
		if w.kind == tkQuote || w.inQuote() {
			return false
		}
		if w.kind != tkWord {
			continue
		}
		words++
		if !w.is(fCap) && len(d.lower(k)) > 3 {
			lower++
		}
	}
	return words >= 5 && lower == 0 && !d.punct(end-1, ".")
}

// presentCue reports whether the speech verb at v is in the present or
// the present perfect: "says", "has said", "has also warned".
func (d *doc) presentCue(v int) bool {
	w := d.lower(v)
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return true
	}
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		if d.isWord(k, "has") || d.isWord(k, "have") {
			return true
		}
	}
	return false
}

// namesOwnSpeaker reports whether the subject of cue c names the person
// it was resolved to: "Chair of the party's federal council Ivo Tamm
// said" has its holder in it, and one holding a like office below
// ("Party Chairperson Ilse Varga") is someone else.
func (d *doc) namesOwnSpeaker(c *cue) bool {
	if c.ent < 0 || !d.ents[c.ent].personish() {
		return false
	}
	for k := max(c.subjFirst, 0); k < c.verb; k++ {
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent == c.ent && d.chunks[ci].kind == kPerson {
			return true
		}
	}
	return false
}

// sameSpeakerPhrase reports whether cues a and b, neither inverted, have
// the same speaker phrase of three words or more, word for word.
func (d *doc) sameSpeakerPhrase(a, b *cue) bool {
	if a.inverted || b.inverted || a.subjFirst < 0 || b.subjFirst < 0 || a.verb-a.subjFirst != b.verb-b.subjFirst || a.verb-a.subjFirst < 3 {
		return false
	}
	for k := 0; k < a.verb-a.subjFirst; k++ {
		if d.lower(a.subjFirst+k) != d.lower(b.subjFirst+k) {
			return false
		}
	}
	return true
}

// holderParticiple reports whether w is a participle that says what the
// one a description names does for whom, after the description's head:
// "a lobbyist representing", "a magistrate presiding over".
func holderParticiple(w string) bool {
	switch w {
	case "representing", "presiding", "overseeing", "chairing", "defending", "prosecuting":
		return true
	}
	return false
}

// namedIn reports whether tokens [i, j) name entity e.
func (d *doc) namedIn(i, j, e int) bool {
	for k := max(i, 0); k < j && k < len(d.toks); k++ {
		if int(d.entAt[k]) == e {
			return true
		}
	}
	return false
}

// participleAfterHead returns where a holderParticiple stands among the
// first words after token i, before token j ("A magistrate presiding"),
// or -1.
func (d *doc) participleAfterHead(i, j int) int {
	for k := i + 1; k < j && k <= i+5; k++ {
		if d.toks[k].lowerWord() && holderParticiple(d.lower(k)) {
			return k
		}
	}
	return -1
}

// titledHolderBelow returns the one person of the article titled with the
// description's head h ("Judge Ilse Varga", "Magistrate Ana Holt", "trade
// minister Piet Holm") when that person is first named in the paragraphs
// just below lead cue ci's paragraph p and fits the description [i, h];
// -1 when the head is no title, when two people hold that title, or when
// the holder was named before the cue (someone the lead would have named).
func (d *doc) titledHolderBelow(ci, i, h, p int) int {
	t := &d.toks[h]
	if t.kind != tkWord || !t.has(lxTitle) || !t.has(lxRole) || t.has(lxHonorific) {
		return -1
	}
	head, verb := d.lower(h), d.cues[ci].verb
	for n := ci + 1; n < len(d.cues) && d.sentOf[d.cues[n].verb] == d.sentOf[verb]; n++ {
		if d.itPassive(d.cues[n].verb) {
			// "A judge told a man he would ..., it has been claimed":
			// the lead relays another's account of the holder's words.
			return -1
		}
	}
	found := -1
	for n := range d.chunks {
		c := &d.chunks[n]
		if c.ent < 0 || c.ent == found || !d.ents[c.ent].personish() || d.toks[c.first].inQuote() {
			continue
		}
		tk := c.first
		if d.lower(tk) != head {
			tk--
		}
		if tk < 0 || d.lower(tk) != head || d.otherHolderOf(tk) {
			continue
		}
		if found >= 0 {
			return -1 // "Judge Ilse Varga ... Judge Oskar Lind": which one?
		}
		if q := int(d.toks[c.first].para); c.first < verb || q <= p || q > p+leadLinkParas+1 {
			return -1
		}
		found = c.ent
	}
	if found < 0 || d.namedIn(0, verb, found) || !d.fitsDescription(i, h, found) {
		return -1
	}
	return found
}

// itPassive reports whether the verb at v is a report in the passive with
// "it" for its subject: "it has been claimed", "it was alleged".
func (d *doc) itPassive(v int) bool {
	k := v - 1
	for k > 0 && k >= v-3 && (auxWord(d.lower(k)) || d.isWord(k, "been") || d.isWord(k, "is")) {
		k--
	}
	return k < v-1 && d.isWord(k, "it")
}

// otherHolderOf reports whether the title at token k has a word before it
// that makes its holder another than the title's own: "shadow transport
// secretary", "Deputy Judge", "former minister".
func (d *doc) otherHolderOf(k int) bool {
	for n := max(0, k-2); n < k; n++ {
		if w := d.lower(n); deputyWord(w) || w == "shadow" || w == "former" || w == "acting" || w == "ex" {
			return true
		}
	}
	return false
}

// spokespersonNamedBelow returns the person a lead's nameless spokesperson
// or official turns out to be, named a few paragraphs below with the same
// office, or -1: "..., but a rebel spokesman said they would not take the
// city." and then "Colonel Ardo Venn, spokesman for the Tarsk rebels,
// said"; "according to an official of the International Office for
// Travellers" and then "Mira Dalen, a spokeswoman for the IOT,"; "A
// spokeswoman for Premier Ivo Brandt says ..." and then "Spokeswoman Ana
// Lind said". Wire leads name their source by office and the body names
// them; the description's modifiers ("rebel", "Tarvian presidential") or
// the body it speaks for must be in the office the name is given, and one
// speaking for a person is never that person. A description with neither
// ("a spokesman said") could be anyone's, and stays nameless.
func (d *doc) spokespersonNamedBelow(ci, p int) int {
	c := &d.cues[ci]
	if c.inverted || c.co >= 0 || c.relays {
		return -1
	}
	lo, hi := c.subjFirst, c.verb
	if c.lemma == "according to" {
		lo, hi = c.verb+2, c.after // "according to an official of ..."
	}
	for hi > lo && auxWord(d.lower(hi-1)) {
		hi--
	}
	if hi-lo < 2 || !d.toks[lo].has(lxDet) {
		return -1
	}
	h := -1
	for k := lo + 1; k < hi && h < 0; k++ {
		if d.toks[k].kind != tkWord {
			return -1
		}
		if w := d.lower(k); d.toks[k].lowerWord() && (isSpokesperson(w) || w == "official") {
			h = k
		}
	}
	if h < 0 {
		return -1
	}
	var mods []string
	for k := lo + 1; k < h; k++ {
		if w := d.lower(k); w != "senior" && w != "top" {
			mods = append(mods, strings.TrimSuffix(w, "s"))
		}
	}
	owner := -1
	if h+2 < hi && (d.isWord(h+1, "for") || d.isWord(h+1, "of") || d.isWord(h+1, "from")) {
		for k := h + 2; k < hi && owner < 0; k++ {
			owner = int(d.entAt[k])
		}
		if owner < 0 {
			return -1
		}
	}
	if len(mods) == 0 && owner < 0 {
		return -1
	}
	paras := len(d.paraFirst) - 1
	from := d.sents[d.sentOf[c.verb]].last
	to := d.paraEnd(min(p+3, paras-1))
	for k := from; k < to; k++ {
		ch := d.chunkAt[k]
		if ch < 0 || d.chunks[ch].first != k || d.chunks[ch].ent < 0 {
			continue
		}
		e := d.chunks[ch].ent
		en := &d.ents[e]
		if e == owner || en.kind != kPerson || d.namedBefore(e, c.verb) {
			continue
		}
		if owner >= 0 && d.ents[owner].kind == kPerson {
			// "The spokesperson for Secretary-General Ivo Brandt said
			// ..." and then "Tomas Kell said that the Secretary-General
			// ...": the one who speaks next, named for the first time,
			// with no other office.
			if d.speaksIn(e, p+1) && (len(en.roles) == 0 || d.spokesRole(en) != "") {
				return e
			}
			continue
		}
		role := d.spokesRole(en)
		if role == "" {
			continue
		}
		fits := true
		for _, m := range mods {
			fits = fits && wordPrefixIn(role, m)
		}
		if fits && owner >= 0 {
			fits = d.roleNamesBody(role, owner)
		}
		if fits || (role == "spokesman" || role == "spokeswoman" || role == "spokesperson") && int(d.toks[k].para) <= p+1 && owner < 0 && d.speaksIn(e, int(d.toks[k].para)) {
			// and "A Foreign Ministry spokesman said ..." then, in the
			// next paragraph, "spokesman Hong Lei said": the office bare,
			// the body already given, and the one named speaking there.
			return e
		}
	}
	return -1
}

// spokesRole returns, lower-cased, the first of e's offices and titled
// forms that calls it a spokesperson or an official, or "".
func (d *doc) spokesRole(e *entity) string {
	for _, list := range [][]string{e.roles, e.forms} {
		for _, r := range list {
			r = strings.ToLower(r)
			for w := range strings.FieldsFuncSeq(r, roleSep) {
				if isSpokesperson(w) || w == "official" {
					return r
				}
			}
		}
	}
	return ""
}

// roleSep reports whether c separates the words of an office as written:
// a space or a comma.
func roleSep(c rune) bool { return c == ' ' || c == ',' }

// wordPrefixIn reports whether a word of the lower-case text r begins
// with m: "rebel" in "spokesman for the tarsk rebels".
func wordPrefixIn(r, m string) bool {
	for w := range strings.FieldsFuncSeq(r, roleSep) {
		if strings.HasPrefix(w, m) {
			return true
		}
	}
	return false
}

// roleNamesBody reports whether the lower-case office r names body e: one
// of its forms, or its initials as a word ("spokeswoman for the iot").
func (d *doc) roleNamesBody(r string, e int) bool {
	en := &d.ents[e]
	for _, f := range en.forms {
		if f = strings.ToLower(f); len(f) > 1 && strings.Contains(r, f) {
			return true
		}
	}
	if len(en.acro) < 2 {
		return false
	}
	for w := range strings.FieldsFuncSeq(r, roleSep) {
		if w == en.acro {
			return true
		}
	}
	return false
}

// speaksIn reports whether a cue in paragraph p has e for its speaker.
func (d *doc) speaksIn(e, p int) bool {
	for ci := range d.cues {
		if c := &d.cues[ci]; c.ent == e && !c.skip && int(d.toks[c.verb].para) == p {
			return true
		}
	}
	return false
}

// linkDescribedBodies gives the words of a body named by a description
// in capitals and lower case ("the UN atomic watchdog", "the U.N. food
// agency"; describedBodyEnd) or by a country's possessive ("the UK's
// competition watchdog") to the body the story names whose name holds the
// description's words, "the International Atomic Energy Agency", "the
// World Food Programme", "the Competition and Markets Authority": a
// wire's second reference, not a body of its own.
func (d *doc) linkDescribedBodies() {
	for ci := range d.cues {
		c := &d.cues[ci]
		if c.skip || c.ent < 0 {
			continue
		}
		if b, ok := d.countrysBody(c); ok {
			// "The UK's biggest higher education union has called on
			// ...": not the country but its body, the one the story
			// names with that noun, or none.
			old := c.ent
			for cj := ci; cj < len(d.cues); cj++ {
				o := &d.cues[cj]
				if o.ent != old || d.sentOf[o.verb] != d.sentOf[c.verb] || cj > ci && !d.endsWith(o.verb, "ing") {
					continue // the participles sharing the subject ("..., warning that") too
				}
				d.moveCue(o, b)
			}
			continue
		}
		e, drop := d.describedBodyNamed(c.ent)
		if e < 0 && !drop {
			continue
		}
		d.moveCue(c, e) // -1 when dropped
	}
}

// linkSubjectBodies gives a cue whose speaker is a body described only by
// its noun after the clause it reports ("The FAA has asked SpaceX to
// investigate, the agency said") to the body that clause opens on, when
// its name does not say it is another kind of body: wire copy names the
// body in its own report and describes it in the attribution.
func (d *doc) linkSubjectBodies() {
	for ci := range d.cues {
		c := &d.cues[ci]
		if c.skip || c.ent >= 0 || !c.found || c.inverted || !c.before || len(c.comps) == 0 || c.co >= 0 {
			continue
		}
		// "the agency said", "agency officials said": the body's noun,
		// alone after "the" or before the word for its voices.
		k, end := c.subjFirst, d.skipBackAdverbials(c.verb-1, c.subjFirst)+1
		if d.isWord(k, "the") {
			k++
		}
		h := k
		if end == k+2 && d.toks[k+1].lowerWord() && (d.isWord(k+1, "officials") || isSpokesperson(d.lower(k+1))) {
			end--
		} else if !d.isWord(c.subjFirst, "the") {
			continue
		}
		if end != h+1 || !d.toks[h].lowerWord() || !d.toks[h].has(lxGenericOrg) || d.toks[h].has(lxRole|lxGroup) {
			continue
		}
		a := c.comps[0][0]
		if d.isWord(a, "the") && d.toks[a].capWord() {
			a++
		}
		ci2 := d.chunkAt[a]
		if ci2 < 0 || d.chunks[ci2].first != a || d.chunks[ci2].ent < 0 {
			continue
		}
		e := d.chunks[ci2].ent
		en := &d.ents[e]
		if en.personish() || en.placeish() || en.outlet || !en.orgish() {
			continue
		}
		if last := en.words[len(en.words)-1]; lex.lookup(last)&(lxGenericOrg|lxOrgCue|lxCompany) != 0 && !strings.HasPrefix(last, strings.TrimSuffix(d.lower(h), "s")) {
			continue // "The Tarvik Council approved the plan, the company said": a council is no company
		}
		d.giveCue(c, e)
	}
}

// countrysBody reads cue c's subject as a country's possessive and a
// description of one of its bodies in lower case ending in a body's noun
// ("The UK's biggest higher education union", "Kessa's largest
// charity"), when the cue's speaker is that country. It returns the one
// body the story names whose last word is that noun, or -1 (nobody), and
// whether the subject had that shape.
func (d *doc) countrysBody(c *cue) (int, bool) {
	if c.inverted || c.subjFirst < 0 || c.subjFirst >= c.verb {
		return -1, false
	}
	k := c.subjFirst
	if d.isWord(k, "the") {
		k++
	}
	ci := d.chunkAt[k]
	if ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent != c.ent {
		return -1, false
	}
	p := int(d.chunks[ci].last)
	if p >= c.verb || d.toks[p].kind != tkPoss {
		return -1, false
	}
	if en := &d.ents[c.ent]; !en.placeish() && !countryName(en) {
		return -1, false
	}
	h := -1
	for j := p + 1; j < c.verb; j++ {
		t := &d.toks[j]
		if !t.lowerWord() || t.has(lxFunc|lxPrep|lxAux|lxVerb|lxPronoun) && !t.has(lxGenericOrg) {
			break
		}
		h = j
	}
	if h < 0 || h+1 != d.skipBackAdverbials(c.verb-1, p)+1 && h+1 != c.verb && !d.toks[h+1].has(lxAux) || !d.toks[h].has(lxGenericOrg) || d.toks[h].has(lxRole) {
		return -1, false
	}
	head := strings.TrimSuffix(d.lower(h), "s")
	return d.soleEntity(func(o int, on *entity) bool {
		return d.otherNamedBody(o, c.ent) && strings.HasPrefix(on.words[len(on.words)-1], head)
	}), true
}

// describedBodyNamed returns the one named body whose name holds every
// word of entity e's description after its letters ("atomic" of "UN
// atomic watchdog"), or -1 when e is no such description or none fits.
// drop says the description is a regulator's by a country's possessive
// that no named body fits ("Britain's markets watchdog" beside only
// "FCA"): the regulator is one the story names otherwise, or none, and
// the description no body of its own.
func (d *doc) describedBodyNamed(e int) (found int, drop bool) {
	en := &d.ents[e]
	if len(en.forms) == 0 || len(en.words) < 3 || en.kind == kPerson {
		return -1, false
	}
	form := en.forms[0]
	sp := strings.IndexByte(form, ' ')
	if sp < 2 || strings.IndexFunc(form[sp:], unicode.IsUpper) >= 0 {
		return -1, false
	}
	first := form[:sp]
	possessive := strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")
	if strings.ToUpper(first) != first && !possessive {
		return -1, false // "UN atomic watchdog", "UK's competition watchdog": letters or a country's possessive, then lower case only
	}
	mods := strings.Fields(form[sp:])
	head := mods[len(mods)-1]
	mods = mods[:len(mods)-1] // the head, "watchdog", "agency"
	regulator := head == "watchdog" || head == "regulator"
	if b := d.describedBodyByWords(e, mods); b >= 0 || !regulator {
		return b, false
	}
	// "Britain's markets watchdog" beside "the Financial Conduct
	// Authority": a regulator's description whose words its name lacks,
	// the story's one regulator.
	found = d.soleEntity(func(o int, on *entity) bool {
		return d.otherNamedBody(o, e) && regulatorHead(on.words[len(on.words)-1])
	})
	return found, found < 0 && possessive
}

// regulatorHead reports whether w, a body's last word, can name a
// regulator: "Authority", "Commission".
func regulatorHead(w string) bool {
	switch w {
	case "authority", "commission", "regulator", "watchdog", "ombudsman":
		return true
	}
	return false
}

// describedBodyByWords returns the one named body other than e whose name
// holds every word of mods, or -1.
func (d *doc) describedBodyByWords(e int, mods []string) int {
	stems := make([]string, len(mods))
	for n, m := range mods {
		stems[n] = strings.TrimSuffix(m, "s")
	}
	return d.soleEntity(func(o int, on *entity) bool {
		if !d.otherNamedBody(o, e) {
			return false
		}
		for _, m := range stems {
			if !slices.ContainsFunc(on.words, func(w string) bool { return strings.HasPrefix(w, m) }) {
				return false
			}
		}
		return true
	})
}

// otherNamedBody reports whether entity o, not e, is a body named by two
// words or more: no person, place or news outlet.
func (d *doc) otherNamedBody(o, e int) bool {
	on := &d.ents[o]
	return o != e && on.kind != kPerson && !on.outlet && !on.placeish() && len(on.words) >= 2
}

// soleEntity returns the one entity pred holds for, or -1 when none or
// several do.
func (d *doc) soleEntity(pred func(e int, en *entity) bool) int {
	found := -1
	for e := range d.ents {
		if !pred(e, &d.ents[e]) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}
