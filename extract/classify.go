package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classify splits chunk c into titles and name and guesses what it names.
func (d *doc) classify(c *chunk) {
	c.name = c.first
	hasOrg, outlet, strong := false, false, false
	lastOrg := -1
	for k := c.first; k < c.last; k++ {
		t := &d.toks[k]
		if t.has(lxOrgCue|lxCompany) || k == c.first && k+2 < c.last && t.capWord() && (d.isWord(k, "friends") || d.isWord(k, "port")) && d.isWord(k+1, "of") {
			hasOrg, lastOrg = true, k // "Friends of Tarvik Park" is a group, not the park; "the Port of Dunmere" its authority, not the town
		}
		if t.lowerWord() && d.isWord(k, "to") && k > c.first && d.remitVerbAfter(k) {
			hasOrg, lastOrg = true, c.last-1 // "Coalition to Save Marrow Bay": the body's purpose, no person after it
		}
		if t.lowerWord() && d.isWord(k, "of") && k > c.first && k+2 == c.last && d.chiefsOfStaff(k) {
			hasOrg, lastOrg = true, c.last-1 // "Vessenia's Joint Chiefs of Staff": the military's command, a body
		}
		if t.lowerWord() && d.isWord(k, "and") && d.remitAgency(c.first, k) {
			hasOrg, lastOrg = true, c.last-1 // "Customs and Border Protection": an agency's remit, no person
		}
		if t.lowerWord() && d.isWord(k, "for") && k > c.first && c.first > 0 && d.toks[c.first-1].lowerWord() && kindOfBody(d.lower(c.first-1)) {
			hasOrg, lastOrg = true, c.last-1 // "the charity Medical Aid for Palestinians": one body, its remit after "for"
		}
		if t.has(lxOutlet|lxStrongOutlet) && !d.outletWordBeforeHead(c, k) {
			outlet, strong = true, true
		}
		if k == c.first && c.last-c.first >= 2 && t.capWord() && d.isWord(k, "radio") {
			outlet = true // "Radio Kessel", "Radio Free Asia": a station's name opening on the word, as "Kessel Radio" ends on it
		}
		if t.has(lxOutletCue) && k+2 < c.last && d.isWord(k+1, "of") {
			outlet, strong = true, true // "The Times of India", "Voice of America"
		}
	}
	lastTok := &d.toks[c.last-1]
	if d.creditedName(c.first, c.last, 3) {
		// "(Photo by Jonas Brekke/Getty Images)", "Credit...Rich
		// Pedroncelli/AP": a caption's credit names a photographer or an
		// agency, who say nothing in the story; as a mention it would
		// take the next paragraph's "he says" from the speaker.
		c.name, c.kind = c.last, kUnknown
		return
	}
	if c.first > 0 && d.punct(c.first-1, ",") && strings.Contains(d.str(c.first), ".") && d.stateAt(c.first, c.last) {
		// "Hollinsby, Wis.,", "Tarrow Heights, N.J.,": the state after
		// a town, dotted like initials, is a place, not a body.
		c.kind = kPlace
		return
	}
	if d.residentsOfName(c) {
		// "residents in Kessa Rusa have suffered", "villagers of Bukit
		// Lanu": where the people live, a place, which no later "the
		// lawmaker said" means.
		c.kind = kPlace
		return
	}
	if d.placeApposition(c.last) {
		// "built at Tarrow Skies, an observatory in Mayhill": the
		// apposition says the name is a site's, which no later "he"
		// means.
		c.kind = kPlace
		return
	}
	if lawHead(d.str(c.last-1)) || d.lawNamedAfter(c) || c.last-c.first >= 2 && examHead(d.str(c.last-1)) {
		// "the Clean Water Act", "the 14th Amendment": a law's words
		// are quoted, but it speaks for nobody; like a ship, it names
		// no speaker.
		c.name, c.kind = c.last, kUnknown
		return
	}
	// "the Tulsa World", and a lone head word after "the": "The Guardian".
	if lastTok.has(lxOutletCue) && !lastTok.has(lxOrgCue|lxCompany) && (c.last-c.first > 1 || d.isWord(c.first-1, "the") || d.weekendTitleBefore(c.first)) {
		outlet = true
	}
	// "Irving Independent School District" is a school board, "Meridian
	// Press Service" a news agency.
	if lastTok.has(lxOrgCue|lxCompany) && !lastTok.has(lxOutletCue) && !strong {
		outlet = false
	}
	if outlet && c.last-c.first >= 3 && d.isWord(c.last-1, "office") && lastTok.capWord() && d.isWord(c.last-2, "press") {
		// "the Norland Police Press Office": a body's press office, its
		// voice as "the press office of the Vantry Institute" is; no
		// paper or agency is an office ("Meridian Press Service" is).
		outlet = false
	}
	if outlet && outletOwnerName(d.foldWords(c.first, c.last)) {
		// "Reuters Holdings PLC": the company that owns the outlet,
		// named by its legal form, which speaks in its own corporate
		// news as any company does; not "British Broadcasting Corp.".
		outlet = false
	}
	if outlet && hasOrg && d.toks[c.first].has(lxOrgCue) && !d.toks[c.first].has(lxOutletCue|lxStrongOutlet) && d.isWord(c.first+1, "of") {
		// "Ministry of Information and Broadcasting": a body whose
		// remit a word for news names, not a news outlet.
		outlet = false
	}
	if outlet && !hasOrg && d.outletSurname(c) {
		outlet = false // "Michael Bloomberg", "Megan Fox": a person's surname
	}
	if d.possessiveNamed(c) {
		// "Tarbeck's said": only a firm is named by its possessive
		// (possessiveNameEnd), and "a stake in Rally's" is that firm
		// again, whatever a common word alone would be.
		c.kind = kOrg
		return
	}
	if c.last-c.first >= 3 && d.toks[c.first+1].kind == tkPoss && lastTok.capWord() && shopWord(d.lower(c.last-1)) {
		// "Casey's Bar", "Brennan's Bakery" (possessiveFirmEnd): a
		// business named for its owner, no person.
		c.kind = kOrg
		return
	}
	if n := c.last - c.first; n == 1 || n == 2 && d.isWord(c.first, "the") {
		if _, people, ok := d.nationPeople(c.last - 1); ok {
			c.name, c.kind = c.last-1, kOrg // "The Armenians claim": Armenia speaks
			return
		} else if people {
			c.name, c.kind = c.last, kUnknown // "Many Americans say": unnamed people
			return
		}
	}
	if hasOrg && !outlet && c.last-c.first == 2 && c.first > 0 && d.isWord(c.first-1, "the") && d.toks[c.first].capWord() && d.toks[c.first].has(lxOrgCue) &&
		lastTok.capWord() && lastTok.has(lxTitle) && !lastTok.has(lxOrgCue|lxCompany) && (d.isWord(c.last-1, "minister") || d.isWord(c.last-1, "secretary")) {
		// "the Union Minister said", "the Cabinet Secretary said": an
		// office whose holder the story named before, no body.
		c.name, c.kind = c.last, kUnknown
		return
	}
	if hasOrg && !outlet && c.first > 0 && d.toks[c.first-1].kind == tkPoss && c.last-c.first >= 2 && lastTok.capWord() && lastTok.has(lxTitle) &&
		!lastTok.has(lxOrgCue|lxCompany) && !portfolioWord(d.lower(c.last-1)) && !d.hasWordBefore(c.first, c.last, "of", c.last-c.first) {
		// "Troy Clarke, GM's North America Group Vice President, said":
		// a title after its body's possessive, its holder named beside
		// it; as a body it would take his words.
		c.name, c.kind = c.last, kUnknown
		return
	}
	if hasOrg && !outlet && d.titleOfBodyBeforeName(c) {
		// "Representative of the Food Agency in Norland, Mr. Kofi Abban
		// explained": the office of the holder named after the comma,
		// whose role it is; as a body it would keep the role from him.
		c.name, c.kind = c.last, kUnknown
		return
	}
	if hasOrg && !outlet && (d.spokesTitleRun(c) || d.officeTitleRun(c)) {
		// "Ama Kiconco, the Tarvo Police Spokesperson", "the Food Agency
		// Country Representative affirmed", "The Communication Service
		// State Minister, said": a body's spokesperson's or office's
		// title in capitals, its holder unnamed here, no body of its
		// own; as one it would take the next "Police also said" from
		// the force.
		c.name, c.kind = c.last, kUnknown
		return
	}
	switch {
	case hasOrg || outlet:
		if start := d.titledName(c); start > 0 {
			c.name, c.kind = start, kPerson
			return
		}
		if start := d.personTail(c, lastOrg); start > 0 {
			c.name, c.kind = start, kPerson
			return
		}
		if !outlet {
			if start, kind := d.companySurname(c, lastOrg); start >= 0 {
				c.name, c.kind = start, kind
				return
			}
		}
		c.kind, c.outlet = kOrg, outlet
		return
	case c.last-c.first == 1 && lastTok.is(fAllCaps) && c.last < len(d.toks) && d.digestVerb(c.last, len(d.toks)):
		// "ORTEGA ENDED a truce": the digest's name in capitals, no
		// acronym; what it names the text says elsewhere.
		c.kind = kUnknown
		return
	case c.last-c.first == 1 && lastTok.is(fAllCaps) && (!lastTok.has(lxPostNominal) || d.isWord(c.first, "bl")) && !lastTok.has(lxNation|lxPlace|lxTitle|lxRole) &&
		!strings.Contains(d.str(c.first), "."):
		// "BL" after a name is a barrister's letters (capsPostNominal),
		// but alone, no name before it, only a body is called so: unlike
		// "MP" or "MLA", no one holder is meant by the bare letters.
		c.kind = kOrg
		return
	case d.hasAmpersand(c):
		if start := d.titledName(c); start > 0 {
			c.name, c.kind = start, kPerson // "AT&T CEO Randall Stephenson"
			return
		}
		c.kind = kOrg // "Hollis & Pryor": a firm
		return
	case c.last-c.first == 1 && isDomain(d.str(c.first)):
		c.kind = kOrg
		return
	}
	if c.last-c.first >= 2 && vesselPrefix(d.str(c.first)) {
		// "the MV Tarn Star": a ship, which says nothing; like a title
		// alone, it names no speaker.
		c.name, c.kind = c.last, kUnknown
		return
	}
	if !hasOrg && !outlet && d.venueAtBefore(c) {
		// "at his office at Kemal Bagh in the capital": where the office
		// is, a place; as a person it would take the next "he said".
		c.kind = kPlace
		return
	}
	if c.last-c.first >= 2 && saintPrefix(d.str(c.first)) {
		// "St Eustatius", "Santa Ana", "San Marco": a place named for a
		// saint, not a person with a title; a body named so ("Santa
		// Clara University") has its head word and is one above.
		c.kind = kPlace
		return
	}
	if d.craftBefore(c.first) || c.last-c.first >= 2 && craftNoun(d.lower(c.last-1)) && d.lower(c.last-1) != "satellite" || d.craftNamed(c) ||
		c.last < len(d.toks) && d.toks[c.last].lowerWord() && craftNoun(d.lower(c.last)) && c.first > 0 &&
			(d.toks[c.first-1].has(lxDet) || d.toks[c.first-1].kind == tkPoss) {
		// "the rover Tansy", "the agency's Vessen orbiter", "the Lantern
		// Space Telescope": a spacecraft or an instrument, which finds and
		// returns but says nothing.
		c.name, c.kind = c.last, kUnknown
		return
	}
	c.name = d.nameStart(c)
	if d.remitOnly(c) {
		// "the Secretary for Education said": the title's remit after
		// "for", everyday words, names no holder. After a body's letters
		// it is the body's office, as the news calls the agency itself:
		// "the UN High Commissioner for Refugees said".
		c.name = c.last
		if d.toks[c.first].is(fAllCaps) && d.toks[c.first].capWord() {
			c.kind, c.name = kOrg, c.first
		}
	}
	if c.name > c.first+2 && c.name < c.last && d.isWord(c.name-1, "and") && d.titleRemitBefore(c, c.name-1) {
		// "the Minister of Plantation and Community Infrastructure": the
		// remit goes on past "and"; no name opens right after it.
		c.name = d.holderAfterRemitAnd(c.name-1, c.last)
	}
	if c.name > c.first+3 && c.last-c.name >= 3 && d.toks[c.name-1].lowerWord() && (d.isWord(c.name-1, "for") || d.isWord(c.name-1, "to") || d.isWord(c.name-1, "on")) &&
		d.titleRemitBefore(c, c.name-1) && !d.toks[c.name].has(lxFirstName) {
		// "Director of Public Health for Ontario Maria Senn": the
		// remit's place, then its holder, whose given name opens the
		// name; or the place is one the lexicon knows.
		for k := c.name + 1; k < c.last-1; k++ {
			if d.toks[k].has(lxFirstName) && !d.toks[k].has(lxCommon) || d.toks[k-1].has(lxPlace) && k == c.name+1 {
				c.name = k
				break
			}
		}
	}
	if a := c.first - 2; a > 0 && c.last-c.first >= 3 && d.isWord(a, "and") && d.isWord(a+1, "the") && d.toks[a+1].lowerWord() &&
		d.toks[c.first].has(lxCommon) && d.chunkAt[a-1] >= 0 {
		// "Minister of State for Sustainability and the Environment
		// Desmond Tan": the remit goes on past "and the", which ends
		// the title's chunk; its holder's name follows the field.
		if p := &d.chunks[d.chunkAt[a-1]]; int(p.last) == a && d.titleRemitBefore(p, a) {
			c.name = max(c.name, d.holderAfterRemitAnd(a+1, c.last))
		}
	}
	if c.name > c.first && d.firstOfFirm(c.first) {
		c.name = c.first // "First of Tarrow said": a bank's short name, "of" and all
		c.kind = kOrg
	}
	if c.name == c.last && c.last-c.first == 1 && d.knownSurname(d.key(c.first)) {
		// "King said" after "Gayle King", "Judge said" after "Anna
		// Judge": a surname that is also a title, standing alone.
		c.name = c.first
	}
	if c.name == c.last && c.last-c.first == 1 && d.toks[c.first].is(fSentStart) &&
		(d.partyAppositive(c.first) || d.cueAfter(c.first) && d.partyNamedElsewhere(c.first)) {
		// "Forward, the liberal party founded last year, said": a party
		// named by a role word, which alone would title no one. Only
		// opening the sentence: "a Republican said" is a party's member.
		c.name, c.kind = c.first, kOrg
		return
	}
	if c.name == c.last && c.last-c.first == 2 && d.toks[c.first].has(lxHonorific) && d.toks[c.last-1].has(lxTitle) && d.knownSurname(d.key(c.last-1)) {
		// "Ms. Judge said", "Mr. King said" after "Ruth Judge", "Paul
		// King": the paper's honorific on her surname; "Mr. President"
		// with no one so named is a form of address.
		c.name = c.last - 1
	}
	if c.name == c.first && c.first > 1 && d.toks[c.first-1].lowerWord() && (d.isWord(c.first-1, "from") || d.isWord(c.first-1, "of")) &&
		d.toks[c.first-2].has(lxTitle) && c.last-c.first >= 3 {
		// "Senator from Vermont Bernie Sanders": the place ends the title.
		c.name = c.last - 2
		for k := c.first + 1; k < c.last-1; k++ {
			if d.toks[k].has(lxFirstName) && !d.toks[k-1].has(lxFirstName) {
				c.name = k
				break
			}
		}
	}
	if of := d.roleOnly(c); of > 0 && d.peerTitle(c, of) {
		// "The Duke of Calder", "the Archbishop of Osk": a peer or a
		// prelate is known by the title and its place, a name of its own.
		c.name, c.kind = c.first, kPerson
		return
	} else if of > 0 {
		c.name = c.last
		// "Minister of Information Moammar al-Eryani": a one-word
		// complement, then a name of two or more words.
		if k := of + 1; d.isWord(k, "the") && c.last-k >= 4 || !d.isWord(k, "the") && c.last-k >= 3 {
			if d.isWord(k, "the") {
				k++
			}
			c.name = k + 1
		}
	}
	if c.name < c.last && d.remitOnlyTitle(c) {
		// "Minister for Housing and Communities", "Secretary of State
		// for Northern Affairs": the remit's last words are no name.
		c.name = c.last
	}
	if c.name >= c.last && c.last-c.first == 1 && d.toks[c.first].is(fAllCaps) && d.toks[c.first].has(lxNation) {
		// "The U.S. says", "the UN said": a country or union that speaks
		// through its government.
		c.name, c.kind = c.first, kOrg
		return
	}
	if c.name >= c.last {
		c.kind = kUnknown // titles only
		return
	}
	c.kind = d.guessKind(c)
}

// outletWordBeforeHead reports whether the outlet's name at token k of
// chunk c is a word inside a body's name, right before the organisation
// head word that ends it: "the Kessel Liberation Front", "the National
// Liberation Army" hold the French daily's name but are armed groups,
// which speak in their own statements. An outlet's name first ("BBC
// World Service") or a word for news ("Meridian News Service") still
// makes an outlet.
func (d *doc) outletWordBeforeHead(c *chunk, k int) bool {
	if k == c.first || k+2 != c.last || d.toks[k].has(lxStrongOutlet|lxOutletCue) {
		return false
	}
	if k-1 == c.first && d.toks[c.first].has(lxNation) && d.isWord(k+1, "agency") {
		return false // "Turkish Anadolu Agency": the country's wire, named with its nation
	}
	head := &d.toks[k+1]
	return head.has(lxOrgCue) && !head.has(lxOutletCue|lxStrongOutlet|lxOutlet)
}

// outletSurname reports whether the only outlet word of chunk c is its
// last, after a first name and at most one more name word or initial: the
// surname of a person ("Michael Bloomberg", "Megan Fox", "Emily R. Post"),
// since an outlet named after its founder is never written with his first
// name ("the Bloomberg news agency").
func (d *doc) outletSurname(c *chunk) bool {
	n := c.last - c.first
	if n < 2 || n > 3 || d.isWord(c.first-1, "the") || !d.toks[c.first].has(lxFirstName) {
		return false
	}
	last := &d.toks[c.last-1]
	if !last.has(lxOutlet|lxOutletCue) || last.has(lxStrongOutlet) || last.is(fAllCaps) {
		return false
	}
	for k := c.first; k < c.last-1; k++ {
		if t := &d.toks[k]; !t.capWord() || t.has(lxOutlet|lxOutletCue|lxStrongOutlet|lxTitle|lxPlace|lxNation) {
			return false
		}
	}
	return true
}

// personTail finds a person's name glued to the end of an organisation's
// ("the Council on American-Islamic Relations Alia Salem"): two or three
// name words after the organisation's last head word and its "of X"
// complement. It returns the start of the name, or 0.
func (d *doc) personTail(c *chunk, lastOrg int) int {
	if lastOrg < 0 {
		return 0
	}
	k := lastOrg + 1
	if k < c.last && d.toks[k].lowerWord() {
		// "of Texas", "on American-Islamic", "of the Interior"
		k++
		if k < c.last && d.toks[k].lowerWord() {
			k++
		}
		k++
		if k < c.last && compassWord(d.lower(k-1)) {
			k++ // "of South Carolina", "of New Mexico": a place of two words
		}
	}
	// "Congress MP Gaurav Gogoi", "NTSB Air Safety Investigator Aaron
	// McCarter": the office after the body, then the holder's name.
	for r := c.last - 3; r >= k; r-- {
		if t := &d.toks[r]; (t.has(lxRole|lxTitle) || t.is(fAllCaps) && t.has(lxPostNominal)) && !t.has(lxOrgCue|lxCompany|lxFirstName) &&
			!d.toks[r+1].has(lxRole|lxTitle|lxOrgCue|lxCompany) {
			k = r + 1
			break
		}
	}
	n := c.last - k
	if n < 2 {
		return 0
	}
	if t := &d.toks[c.last-n]; t.has(lxCommon|lxVerb) && !t.has(lxFirstName) {
		return 0 // "Task Force Operation Inherent Resolve": a name of a thing, not a person
	}
	if first := c.last - n; !d.toks[first].has(lxFirstName) && (d.endsWith(first, "ing") || pluralNoun(d.lower(c.last-1))) {
		// "Federation of Tarvian | Fishing Unions", "Union of Coastal |
		// Dock Workers": a trade and a plural go on with the remit; no
		// person's given name is a gerund nor his surname a plural noun.
		return 0
	}
	if n == 2 && d.remitBefore(c.first, k) && !d.toks[k].has(lxFirstName) && d.toks[k+1].has(lxCommon) {
		// "Commission on International | Religious Freedom": after a
		// remit, two words that are no given name and a common noun go
		// on with the remit; "ACLU of Texas | Ilse Varga" is a person.
		return 0
	}
	for m := k; m < c.last; m++ {
		t := &d.toks[m]
		if !t.is(fCap) || t.has(lxOrgCue|lxCompany|lxOutletCue|lxTitle|lxPlace|lxNation) || t.is(fAllCaps) {
			return 0
		}
	}
	if n >= 3 && !d.toks[c.last-3].has(lxFirstName) {
		return c.last - 2
	}
	return c.last - min(n, 3)
}

// pluralNoun reports whether w, in lower case, is the plural of a noun
// the lexicon knows ("unions", "industries", "workers", "fishermen").
func pluralNoun(w string) bool {
	const nouns = lxCommon | lxOrgCue | lxCompany | lxGroup | lxRole
	switch {
	case strings.HasSuffix(w, "men"):
		return lex.lookup(w[:len(w)-2]+"an")&nouns != 0
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return lex.lookup(w[:len(w)-3]+"y")&nouns != 0
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return lex.lookup(w[:len(w)-1])&nouns != 0
	}
	return false
}

// remitBefore reports whether an "of", "for" or "on" opening a body's
// remit stands in [i, j): "Commission on International".
func (d *doc) remitBefore(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.toks[k].lowerWord() && (d.isWord(k, "of") || d.isWord(k, "for") || d.isWord(k, "on")) {
			return true
		}
	}
	return false
}

// companySurname reads chunk c, whose only organisation word is its last
// and a common surname ("Samantha Power", "Janet Mills", "Arron Banks",
// "Bryan Ferry"), as a person's name: after a first name or a title it
// is one, and the start of the name and kPerson come back. After a word
// the lexicon does not know at all ("Samantha", and "Tata" of "Tata
// Power") it may be either, and kUnknown leaves it to what the text says
// of it ("she", "the ambassador"); with nothing said, it stays an
// organisation. Otherwise it returns -1.
func (d *doc) companySurname(c *chunk, lastOrg int) (int, entKind) {
	k := c.last - 2
	if lastOrg != c.last-1 || k < c.first || !companySurnames[d.lower(c.last-1)] {
		return -1, kUnknown
	}
	given := &d.toks[k]
	if !given.capWord() || given.is(fAllCaps) || given.has(lxOrgCue|lxCompany|lxOutletCue|lxStrongOutlet|lxOutlet|lxPlace|lxNation|lxTitle|lxHonorific|lxPlaceCue) ||
		given.has(lxCommon) && !given.has(lxFirstName) || d.placeStartingAt(k, c.last) > 0 {
		return -1, kUnknown
	}
	titled := k > c.first
	for j := c.first; j < k; j++ {
		if !d.toks[j].has(lxTitle | lxHonorific) {
			return -1, kUnknown // "Tarvik Valley Power": a place's company
		}
	}
	if titled || given.has(lxFirstName) {
		return k, kPerson
	}
	if d.isWord(c.first-1, "the") || lex.lookup(d.lower(k)) != 0 {
		return -1, kUnknown
	}
	return k, kUnknown
}

// companySurnames are company words that are common surnames too.
var companySurnames = map[string]bool{"power": true, "mills": true, "banks": true, "ferry": true, "steel": true, "branch": true}

// compassWord reports whether w opens a place name of two words: "South
// Carolina", "New Mexico", "West Bengal".
func compassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "new", "northern", "southern", "eastern", "western", "upper", "lower":
		return true
	}
	return false
}

// remitOnly reports whether the words from chunk c's name start are only
// a title's remit: after "for" or "of" and a title word, every word an
// everyday one the lexicon knows or a word for a group of people, no
// given name among them ("High Commissioner for Refugees", "Secretary for
// Education").
func (d *doc) remitOnly(c *chunk) bool {
	n := c.name
	if n < c.first+2 || n >= c.last || !d.toks[n-1].lowerWord() || !(d.isWord(n-1, "for") || d.isWord(n-1, "of")) || !d.toks[n-2].has(lxTitle) {
		return false
	}
	for k := n; k < c.last; k++ {
		if t := &d.toks[k]; !t.has(lxCommon|lxGroup) || t.has(lxFirstName|lxPlace|lxNation) {
			return false
		}
	}
	return true
}

// nameStart returns where the name proper starts in a chunk without
// organisation words: after titles and nationality or place modifiers
// ("Russian President | Vladimir Putin", "United States | Hamdullah Mohib").
func (d *doc) nameStart(c *chunk) int {
	if d.firmAndName(c) {
		return c.first // "retailer Marks and Spencer": the whole firm's name
	}
	if n := c.last - c.first; n > 1 && d.toks[c.first].has(lxNation|lxHonorific) && d.placeEndingAt(c.last-1, c.first) == n {
		return c.first // "Saudi Arabia", "Sri Lanka": a place that starts with a modifier's word
	}
	k, taken := c.last-1, 0
	for ; k >= c.first && taken < 4; k-- {
		t := &d.toks[k]
		if t.lowerWord() && !d.nameWord(k) && (!t.has(lxParticle) || t.has(lxDet) || d.isWord(k, "and") || d.isWord(k, "of") || d.isWord(k, "for")) {
			break // "Speaker of the House", "Deputy Chief of Staff": a name never takes "of"
		}
		if t.has(lxTitle|lxNation|lxHonorific|lxPostNominal) || d.rankedRoleAt(k, c) && d.roleBeforeName(k, taken) {
			// A title word ends the name, unless it is a surname after a
			// first name ("John Major").
			surname := taken == 0 && k > c.first && d.toks[k-1].has(lxFirstName) && !t.has(lxHonorific|lxNation) ||
				d.nationSurname(k, c) || d.juniorSuffix(k, c, taken) ||
				// "Dean Rusk": a title that is also a given name, opening
				// a name of two words, is the given name.
				taken == 1 && k == c.first && t.has(lxFirstName) && !t.has(lxHonorific) && !t.is(fAllCaps) ||
				// "Gayle King", "Tamsin Judge": a title that is a common
				// surname, after a given name no list knows.
				taken == 0 && k > c.first && surnameTitle(d.lower(k)) && d.toks[k-1].capWord() &&
					!d.toks[k-1].has(lxTitle|lxCommon|lxPlace|lxNation|lxOrgCue|lxCompany|lxHonorific|lxRole|lxFunc) &&
					!(c.first > 0 && d.toks[c.first-1].kind == tkWord && d.toks[c.first-1].has(lxDet)) // not "the Circuit Judge"
			// "Home Depot", "Health Canada": a portfolio's word right
			// before the name titles no one without its role ("Home
			// Secretary Ilse Varga").
			// "Brask Health", "Hexa Home": a portfolio's word ending the
			// name after a word that is no title, place or nation is a
			// firm's last word, with no role to title.
			// Not "Bangladeshi Road Transport and Bridges Minister": a
			// country's portfolio, joined to the rest of a title.
			firm := taken == 0 && k > c.first && k == c.last-1 && portfolioWord(d.lower(k)) &&
				!d.toks[k-1].has(lxTitle|lxRole|lxNation|lxPlace|lxHonorific|lxFirstName) && !d.toks[k-1].is(fAllCaps) &&
				!d.toks[c.first].has(lxNation|lxPlace) &&
				(c.last >= len(d.toks) || !d.toks[c.last].has(lxTitle|lxRole) && !d.isWord(c.last, "and") && !d.punct(c.last, "&"))
			// "Labour said": the party alone, before no role or name it
			// could title ("Labour leader Ilse Varga"), names the party.
			party := taken == 0 && k == c.first && k == c.last-1 && (d.isWord(k, "labour") || d.isWord(k, "labor")) && t.capWord() &&
				!t.is(fAllCaps) && c.last < len(d.toks) && d.toks[c.last].lowerWord() && !d.toks[c.last].has(lxTitle|lxRole)
			if !surname && !firm && !party && !(taken > 0 && k+1 < c.last && !d.toks[k+1].has(lxTitle|lxRole) && portfolioWord(d.lower(k))) {
				break
			}
		}
		if taken > 0 && d.placeEndingAt(k, c.first) > 0 && !(taken == 1 && k > c.first && d.honorificAt(k-1) && d.placeEndingAt(k, k) == 1) &&
			!d.placeGivenName(k, c, taken) {
			// A place between an honorific and a surname is a given
			// name: "Dr Sofia Renn", "Ms Florence Abbot".
			break
		}
		if taken >= 2 && d.titleField(k, c) {
			break // "Director of Science | Jörg Halvorsen": the field of a title, not a first name
		}
		if !t.has(lxParticle) && t.kind != tkQuote && !t.inQuote() {
			taken++ // "Ahmed bin Rashid Al Maktoum": particles and a nickname do not count
		}
	}
	if start := d.postedToStart(k+1, c); start > k+1 {
		return start
	}
	return d.firstNameStart(k+1, c.last)
}

// placeGivenName reports whether the place at k, opening chunk c before
// one more word, is a given name: "Sofia Laane said", where the capital is
// also a woman's name and the word after it is no place, body or title
// ("Sofia Airport", "Sofia University" stay the city's).
func (d *doc) placeGivenName(k int, c *chunk, taken int) bool {
	if taken != 1 || k != c.first || k+1 >= c.last {
		return false
	}
	t, n := &d.toks[k], &d.toks[k+1]
	return t.has(lxFirstName) && !t.has(lxNation) && d.placeEndingAt(k, k) == 1 &&
		!n.has(lxCommon|lxPlace|lxPlaceCue|lxNation|lxOrgCue|lxCompany|lxGenericOrg|lxTitle|lxRole|lxFirstName) && !n.is(fAllCaps)
}

// postedToStart returns where the name starts in chunk c when the words
// from token start open with where a title's holder is posted, after "to"
// or "to the": "Ambassador to | Calder | Ilse Varga", "Envoy to the |
// United Nations | Tomas Brenn". The place is one the lexicon knows, or
// every word but the last two; start when no such title comes before.
func (d *doc) postedToStart(start int, c *chunk) int {
	k := start - 1
	if k >= 1 && d.isWord(k, "the") && d.toks[k].lowerWord() {
		k--
	}
	if k < 1 || !d.isWord(k, "to") || !d.toks[k].lowerWord() || !d.toks[k-1].has(lxTitle|lxRole) || d.toks[k-1].lowerWord() && !d.toks[k-1].has(lxTitle) {
		return start
	}
	if c.last-start < 3 {
		return start // "Ambassador to | Ilse Varga"? no: a place needs a word of its own
	}
	n := d.placeStartingAt(start, c.last)
	if n == 0 {
		n = c.last - start - 2
	}
	if c.last-(start+n) < 2 {
		return start
	}
	return d.firstNameStart(start+n, c.last)
}

// surnameTitle reports whether w, in lower case, is a title that is also
// a common surname: "King", "Judge", "Bishop".
func surnameTitle(w string) bool {
	switch w {
	case "king", "judge", "prince", "bishop", "major", "marshal", "dean", "duke", "earl", "baron", "pope", "sheriff", "chancellor", "deacon", "abbot",
		"sultan", "sheikh", "cardinal", "pastor":
		return true
	}
	return false
}

// nationSurname reports whether the nationality word at token k, the last
// of chunk c, is a surname: "Mayor John Tory", "Anna Welsh". A first name
// that is no other kind of word comes just before it, and it is not the
// title word of a name that goes on.
func (d *doc) nationSurname(k int, c *chunk) bool {
	if k != c.last-1 || k <= c.first {
		return false
	}
	t, prev := &d.toks[k], &d.toks[k-1]
	return t.has(lxNation) && !t.is(fAllCaps) && !t.has(lxHonorific|lxTitle|lxPlace) &&
		prev.has(lxFirstName) && !prev.has(lxNation|lxPlace|lxTitle|lxCommon)
}

// firstNameStart moves the start of a name to a first name two or three
// words from its end when what comes before it is not a first name:
// "United Nations | Nikki Haley", "Immunologist | Kristian Andersen",
// "NATO Secretary-General | Jens Stoltenberg". A run of first names stays
// whole ("Mary Jane Smith").
func (d *doc) firstNameStart(start, last int) int {
	if start > 0 && last-start <= 3 && d.toks[start-1].has(lxHonorific|lxTitle) && d.toks[start-1].kind == tkWord && !d.toks[start-1].has(lxNation|lxPlace) {
		return start // "Prof. Gita Ashok Raj": after a title, every word is the name
	}
	for k := max(start+1, last-3); k < last-1; k++ {
		t, prev := &d.toks[k], &d.toks[k-1]
		// A word with a letter outside ASCII is a name's, never an
		// English title's: "Andrés Manuel López Obrador" stays whole.
		if t.has(lxFirstName) && !prev.has(lxFirstName|lxParticle) && prev.kind == tkWord && !t.has(lxParticle) && isASCII(d.str(k-1)) {
			return k
		}
	}
	return start
}

// isASCII reports whether s has no byte outside ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// juniorSuffix reports whether the title word "Junior" at token k closes
// the name in chunk c, as it does in Portuguese and Brazilian names
// ("Adalberto Costa Junior"): the chunk's last word, capitalised, after
// two name words that are no titles, bodies or places. "Junior" before a
// name ("Junior Minister Ilse Varga") or after one word is the title.
func (d *doc) juniorSuffix(k int, c *chunk, taken int) bool {
	if taken != 0 || k != c.last-1 || k-2 < c.first || !d.isWord(k, "junior") || !d.toks[k].capWord() {
		return false
	}
	const notName = lxTitle | lxRole | lxOrgCue | lxCompany | lxPlace | lxNation | lxHonorific | lxFunc
	return d.toks[k-1].capWord() && d.toks[k-2].capWord() && !d.toks[k-1].has(notName|lxCommon) && !d.toks[k-2].has(notName)
}

// remitOnlyTitle reports whether chunk c is a title and nothing but its
// remit after "of" or "for": field words joined by "and", "of" or "for"
// ("Minister for Housing and Communities", "Secretary of State for
// Northern Affairs", "Under-Secretary-General for Political Affairs").
// Such a chunk describes someone named elsewhere, as roleOnly's do, though
// the name read back from its end stopped inside the remit. A given name
// or a word no list knows as a field ("Secretary of State Mike Pompeo",
// "Duke of Calder") keeps the chunk's name.
func (d *doc) remitOnlyTitle(c *chunk) bool {
	t := &d.toks[c.first]
	if !t.capWord() || !t.has(lxTitle) || t.has(lxOrgCue|lxCompany|lxHonorific) {
		return false
	}
	k := c.first + 1
	for k < c.last && d.toks[k].capWord() && d.toks[k].has(lxTitle) && !d.toks[k].has(lxOrgCue|lxCompany) {
		k++
	}
	if k >= c.last-1 || !d.toks[k].lowerWord() || !(d.isWord(k, "of") || d.isWord(k, "for")) {
		return false
	}
	fields := 0
	for k++; k < c.last; k++ {
		tk := &d.toks[k]
		w := d.lower(k)
		switch {
		case tk.lowerWord() && (w == "and" || w == "of" || w == "for" || w == "the"):
		case !tk.capWord() || tk.has(lxFirstName|lxHonorific) || d.knownSurname(d.key(k)):
			return false
		case tk.has(lxCommon|lxTitle) || remitWord(w) || ministryField(w):
			fields++
		case tk.has(lxPlace|lxNation) || compassWord(w) || remitAdjective(w) && k+1 < c.last && d.toks[k+1].capWord():
		default:
			return false
		}
	}
	return fields > 0
}

// roleOnly returns the "of" in chunk c when c is a title with its
// complement and no name after it found yet: "Chancellor of GMU",
// "Provost of the University", "Deputy Chief of Staff". Such a chunk
// describes someone named elsewhere ("Prof. Hossam Hamdy, Chancellor of
// GMU, said"). It returns 0 otherwise.
func (d *doc) roleOnly(c *chunk) int {
	first, acronym := c.first, false
	if t := &d.toks[first]; first+2 < c.last && t.is(fAllCaps) && t.has(lxNation) && d.toks[first+1].capWord() && d.toks[first+1].has(lxTitle) {
		// "UN Special Envoy on Tarvik", "EU Ambassador to Calder": the
		// union's or country's short name before the title is part of
		// the office, not a name.
		first, acronym = first+1, true
	} else if c.first+3 < c.last && d.toks[c.first].capWord() && !d.toks[c.first].is(fAllCaps) && !d.toks[c.first].has(lxTitle|lxFirstName|lxHonorific|lxOrgCue|lxCompany) &&
		d.toks[c.first+1].has(lxTitle) && !d.toks[c.first+1].has(lxOrgCue|lxCompany|lxHonorific) {
		// "Philippine Secretary of Health", "Norland Minister of
		// Finance": the country's name before the office is no name
		// of the holder's, who is named after the comma. Not an
		// acronym's office ("UN High Commissioner for Refugees"), which
		// stories quote as a body.
		first++
	}
	t := &d.toks[first]
	if !t.has(lxTitle) || t.has(lxOrgCue|lxCompany|lxHonorific) || first+1 >= c.last || d.firstOfFirm(c.first) {
		return 0 // not "First of Tarrow", a bank's short name
	}
	// "Deputy Chief of Staff": a run of title words before the "of".
	of := first + 1
	for of+1 < c.last && d.toks[of].capWord() && d.toks[of].has(lxTitle) && !d.toks[of].has(lxOrgCue|lxCompany) {
		of++
	}
	// "Special Envoy on Tarvik", "Ambassador to Calder": an envoy's
	// post is named after "on" or "to" as an office's remit is after
	// "of" or "for".
	envoy := envoyTitle(d.lower(of - 1))
	if !(d.isWord(of, "of") || d.isWord(of, "for") || envoy && (d.isWord(of, "on") || d.isWord(of, "to"))) || !d.toks[of].lowerWord() {
		return 0
	}
	if acronym && !envoy {
		return 0 // "the UN High Commissioner for Refugees": the office is the agency's name too
	}
	// The name must be the complement itself: "Secretary of State Mike
	// Pompeo" keeps its person.
	j := of + 1
	if d.isWord(j, "the") {
		j++
	}
	if c.name != j {
		return 0
	}
	return of
}

// envoyTitle reports whether w is a title of someone sent to a place or
// a matter, named after "on" or "to": "Special Envoy on Tarvik",
// "Ambassador to Calder", "Special Rapporteur on Torture".
func envoyTitle(w string) bool {
	switch w {
	case "envoy", "ambassador", "rapporteur", "representative", "coordinator", "adviser", "advisor":
		return true
	}
	return false
}

// peerTitle reports whether chunk c, a title and its "of" complement at
// of, is a peerage or a see that names its holder: "Duke of Calder",
// "Countess of Osk", "Archbishop of Tarvik"; not an office ("Minister of
// Health", "Secretary of State") nor one with a name after it ("Duke of
// Calder Tomas Brek" is not written).
func (d *doc) peerTitle(c *chunk, of int) bool {
	switch d.lower(c.first) {
	case "duke", "duchess", "earl", "countess", "marquess", "marchioness", "viscount", "viscountess",
		"baron", "baroness", "prince", "princess", "archbishop", "bishop":
	default:
		return false
	}
	if of != c.first+1 {
		return false
	}
	j := of + 1
	if d.isWord(j, "the") {
		j++
	}
	if c.last-j < 1 || c.last-j > 2 {
		return false
	}
	for k := j; k < c.last; k++ {
		if !d.toks[k].capWord() || d.toks[k].has(lxFirstName|lxTitle|lxOrgCue|lxGenericOrg) {
			return false
		}
	}
	// "The Archbishop of Calder, Tomas Brek,", "Prince Tomas, the Duke of
	// Calder,": the title is a role of the name beside it.
	if c.last+1 < len(d.toks) && d.punct(c.last, ",") && d.toks[c.last+1].capWord() && !d.toks[c.last+1].has(lxDet|lxFunc) {
		return false
	}
	b := c.first - 1
	if b >= 0 && d.isWord(b, "the") {
		b--
	}
	return b < 1 || !d.punct(b, ",") || d.chunkAt[b-1] < 0
}

// guessKind guesses from the chunk alone whether its name is a person's, a
// place's or unknown. Later evidence (pronouns, roles) may change it.
func (d *doc) guessKind(c *chunk) entKind {
	if d.firmAndName(c) {
		return kOrg
	}
	n := c.last - c.name
	first, last := &d.toks[c.name], &d.toks[c.last-1]
	if c.name > c.first && d.toks[c.name-1].has(lxHonorific) && n >= 2 {
		return kPerson // "Dr. Aubyn Hill", "the Hon. Aubyn Hill": a person, whatever "Hill" names elsewhere
	}
	if pl := d.placeEndingAt(c.last-1, c.name); pl == n {
		return kPlace
	}
	if d.isWord(c.last-1, "bill") && !last.lowerWord() && (n >= 2 || c.name > 0 && (d.punct(c.name-1, ")") || d.isWord(c.name-1, "the"))) {
		return kUnknown // "the Repeal Bill", "the EU (Withdrawal) Bill": a law before parliament, no man called Bill
	}
	if n >= 2 && c.name == c.first && c.first >= 2 && d.isWord(c.first-1, "of") && d.toks[c.first-1].lowerWord() &&
		d.chunkAt[c.first-2] >= 0 && d.chunks[d.chunkAt[c.first-2]].kind == kPerson {
		return kPlace // "Vern Hale of Des Moines": where he is from, not a second person
	}
	if n == 2 && first.has(lxFirstName) && surnameCue(d.lower(c.last-1)) {
		return kPerson // "Doris Day", "Stuart Hall"
	}
	if n == 2 && hyphenedGivenName(d.str(c.last-1)) {
		return kPerson // "Park Ji-hoon", "Moon Jae-won": a Korean name, family name first
	}
	if n == 2 && hyphenedGivenName(d.str(c.name)) && koreanFamilyName(last) {
		return kPerson // "Ji-woo Park", "Seo-yeon Kim": the same name, given name first, whatever "Park" names elsewhere
	}
	if n == 2 && c.name > c.first && surnameCue(d.lower(c.last-1)) && d.toks[c.name-1].has(lxTitle) && !d.toks[c.name-1].has(lxOrgCue|lxCompany|lxPlaceCue) && first.lx == 0 && d.nameWord(c.name) {
		// "Chairman Reid West", "Commissioner Odo Hall": a title, a given
		// name the lexicon does not know and a surname that ends place
		// names too; as a place, every later "West said" went to nobody.
		return kPerson
	}
	if last.has(lxPlaceCue) || first.has(lxPlaceCue) && n > 1 {
		return kPlace
	}
	for k := c.first; k < c.name; k++ {
		if d.toks[k].has(lxHonorific | lxTitle) {
			return kPerson
		}
	}
	if n == 1 && c.name == c.first && first.has(lxFirstName) && d.affiliationBefore(c.first) {
		return kOrg // "a researcher at Mila", "Luccioni of Mila": where she works, not a woman called Mila
	}
	if first.has(lxFirstName) {
		return kPerson
	}
	if n >= 2 && !first.has(lxCommon|lxPlace|lxNation) && !last.has(lxCompany) && !last.is(fAllCaps) && d.nameForm(c.name, c.last) && !(c.name == c.first && d.detBefore(c.first)) &&
		!d.headingChunk(c) {
		// Two capitalised words no first name or title marks look like a
		// person's name, unless the words after them say otherwise: "Con
		// Edison officials", "a Con Edison worker" are a body's people;
		// "Con Edison, which maintains ..." is no one.
		if c.last < len(d.toks) && d.toks[c.last].lowerWord() && bodyStaff(d.lower(c.last)) && !(c.first > 0 && d.isWord(c.first-1, "and")) {
			return kOrg // not "New Orleans and Jefferson Parish officials": places joined
		}
		if d.punct(c.last, ",") && d.isWord(c.last+1, "which") && d.toks[c.last+1].lowerWord() {
			return kUnknown
		}
		return kPerson
	}
	if n == 1 && first.is(fAllCaps) {
		return kOrg
	}
	return kUnknown
}

// bodyStaff reports whether w, after a name, makes the name a body's:
// "Con Edison officials", "a Con Edison worker".
func bodyStaff(w string) bool {
	switch w {
	case "officials", "executives", "employees", "worker", "workers", "engineers", "crews", "shareholders":
		return true // not "spokesman" or "staff": a person has those too
	}
	return false
}

// affiliationBefore reports whether the word before token k ties what
// follows to a person as their workplace: "at" after a role or a name ("a
// researcher at Mila"), or "of" right after a name ("Luccioni of Mila").
func (d *doc) affiliationBefore(k int) bool {
	if k < 2 || !d.toks[k-1].lowerWord() || k+1 < len(d.toks) && d.toks[k+1].kind == tkPoss {
		return false
	}
	prev := &d.toks[k-2]
	switch {
	case d.isWord(k-1, "at"):
		return d.chunkAt[k-2] >= 0 || prev.lowerWord() && prev.has(lxRole)
	case d.isWord(k-1, "of"):
		return d.chunkAt[k-2] >= 0 && d.chunks[d.chunkAt[k-2]].kind != kOrg
	}
	return false
}

// nameForm reports whether the capitalised words [i, j) could be a
// person's name that no first name or title marks: none is a function
// word ("Click Here", "Learn More") or has the ending of an abstract noun
// ("Deprecation Schedule", "Risk Assessment"). Link texts and headings in
// title case are such words, and name no one.
func (d *doc) nameForm(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].has(lxFunc|lxPronoun) || abstractNoun(d.lower(k)) || modelCode(d.str(k)) {
			return false
		}
	}
	return true
}

// modelCode reports whether a name's word mixes letters and digits, as a
// product's model does ("Galaxy S6", "Nimbus X7"), which no person's name
// does.
func modelCode(w string) bool {
	letter, digit := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsLetter(r):
			letter = true
		}
	}
	return letter && digit
}

// headingChunk reports whether chunk c fills its paragraph, or opens it
// as a label before a colon: a heading ("Related Stories", "Quick
// Facts") or a credit ("Image Credit: ..."), which names no one unless a
// first name or a title says it is a person. (A transcript's label,
// "Tamsor Okwuosa: ...", is a name.)
func (d *doc) headingChunk(c *chunk) bool {
	p := int(d.toks[c.first].para)
	marked := false // after a Markdown heading's hashes or a link's bracket
	for k := d.paraFirst[p]; k < c.first; k++ {
		if !d.punct(k, "#") && !d.punct(k, "[") {
			return false
		}
		marked = true
	}
	end := d.paraEnd(p)
	if c.last == end && !marked {
		return true
	}
	if c.last < end && d.punct(c.last, ":") {
		switch d.lower(c.last - 1) {
		case "credit", "credits", "image", "photo", "source", "sources", "caption", "contact", "note", "notes":
			return true
		}
		// "### Coronavirus Velmar: One death and 432 new cases", and the
		// same headline as a link to its story: a topic's label before
		// the headline proper, no one's name.
		if marked {
			return true
		}
	}
	return false
}

// saintPrefix reports whether s, capitalised, is the word for a saint
// that opens a place's name: "St", "Saint", "San", "Santa", "São".
func saintPrefix(s string) bool {
	switch s {
	case "St", "Saint", "Sainte", "Ste", "San", "Santa", "Santo", "São", "Sao", "Sankt":
		return true
	}
	return false
}

// creditedName reports whether the name on tokens [k, end) is a photo
// credit's: after "Photo by", "Photograph:", "Image credit:", "(AP
// Photo/", "Credit..." or "©" in its paragraph, or after a slash or "via"
// that follows such a name ("Jonas Brekke/Getty Images"). After "by" or a
// colon the credit must end there, at the end of the paragraph or of a
// bracket or before an agency: "Photos by Jonas Brekke were shown" names
// a man the story may quote. depth bounds how many names are followed
// back.
func (d *doc) creditedName(k, end, depth int) bool {
	first := d.paraFirst[d.toks[k].para]
	i := k - 1
	if i < first {
		return false
	}
	switch {
	case d.punct(i, "©"):
		return true
	case d.isWord(i, "by"), d.punct(i, ":"):
		return i > first && creditWord(d.lower(i-1)) && d.creditEnds(end)
	case d.punct(i, "…"):
		return i > first && d.isWord(i-1, "credit")
	case d.punct(i, "."):
		j := i
		for j >= first && d.punct(j, ".") {
			j--
		}
		return i-j >= 2 && j >= first && d.isWord(j, "credit") // "Credit...Rich Pedroncelli"
	case d.punct(i, "/"), d.isWord(i, "via"):
		if d.punct(i, "/") && i > first && creditWord(d.lower(i-1)) {
			return true // "(AP Photo/Elaine Thompson)"
		}
		// "Jonas Brekke/Getty Images", "Ashraf Amra/Anadolu via Getty
		// Images": an agency after a credited name.
		j := i - 1
		for j > first && i-j < 4 && d.toks[j-1].capWord() {
			j--
		}
		return depth > 0 && j >= first && j < i && d.toks[j].capWord() && d.creditedName(j, i, depth-1)
	}
	return false
}

// creditEnds reports whether a credit's name may end before token k: at
// the end of its paragraph or of a bracket, before a slash or "via" and
// an agency, or before the punctuation that closes a caption.
func (d *doc) creditEnds(k int) bool {
	if k >= len(d.toks) || int(d.toks[k].para) != int(d.toks[k-1].para) {
		return true
	}
	for _, p := range []string{"/", ")", "]", ",", ";", "|"} {
		if d.punct(k, p) {
			return true
		}
	}
	if d.isWord(k, "via") || d.isWord(k, "for") {
		return true
	}
	return d.punct(k, ".") && (k+1 >= len(d.toks) || d.toks[k+1].para != d.toks[k].para)
}

// creditWord reports whether w, in lower case, heads a photo credit:
// "photo" in "Photo by ...", "credit" in "Image credit: ...".
func creditWord(w string) bool {
	switch w {
	case "photo", "photos", "photograph", "photographs", "photography", "picture", "pictures",
		"image", "images", "illustration", "graphic", "video", "credit", "credits":
		return true
	}
	return false
}

// descriptionOpensAt reports whether token k is an article or a
// possessive determiner in lower case ("the", "a", "her", "their"): a
// description starts there, not a name.
func (d *doc) descriptionOpensAt(k int) bool {
	return d.toks[k].lowerWord() && (d.toks[k].has(lxDet) || possessivePronoun(d.lower(k)))
}

// detBefore reports whether a possessive determiner, in lower case, goes
// before the name at token k, perhaps with a link's bracket between: "our
// [Batch Processing guide](...)", "your Account Settings". It goes before
// a thing's name, not a person's ("the" may: "the Rev. ...", "the late ...").
func (d *doc) detBefore(k int) bool {
	if k > 0 && d.punct(k-1, "[") {
		k--
	}
	if k == 0 || !d.toks[k-1].lowerWord() {
		return false
	}
	switch d.lower(k - 1) {
	case "our", "your", "my", "its", "their":
		return true
	}
	return false
}

// abstractNoun reports whether w ends as an abstract noun does, which no
// surname does: "deprecation", "assessment", "awareness", "security".
func abstractNoun(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ology", "ism"} {
		if len(w) >= len(suf)+4 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// koreanFamilyName reports whether t can be a Korean family name as
// English writes it after a hyphened given name: one short capitalised
// word ("Park", "Kim", "Choi") that names no body or outlet.
func koreanFamilyName(t *token) bool {
	n := t.end - t.start
	return n >= 2 && n <= 5 && t.capWord() && !t.is(fAllCaps) && !t.has(lxOrgCue|lxCompany|lxOutletCue|lxStrongOutlet|lxOutlet|lxGenericOrg)
}

// hyphenedGivenName reports whether s is a given name of two syllables
// joined by a hyphen, the second in lower case, as Korean names are
// written in English: "Ji-hoon", "Soo-min". No English word has that
// shape but compounds of words the lexicon knows ("Long-term").
func hyphenedGivenName(s string) bool {
	h := strings.IndexByte(s, '-')
	if h < 2 || h > 5 || len(s)-h-1 < 2 || len(s)-h-1 > 5 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if i != h && (s[i] < 'a' || s[i] > 'z') {
			return false
		}
	}
	return lex.lookup(s[:h])&lxCommon == 0 && lex.lookup(s[h+1:])&(lxCommon|lxFunc) == 0 || lex.lookup(s[:h]) == 0
}

// surnameCue reports whether a word that ends place names is as often a
// surname: "Day", "Hall", "Park".
func surnameCue(w string) bool {
	switch w {
	case "day", "hall", "hill", "park", "lane", "bay", "port", "castle", "tower", "north", "west":
		return true
	}
	return false
}

// isDomain reports whether s looks like a web site's name: "Gawker.com".
func isDomain(s string) bool {
	if strings.IndexByte(s, '.') < 0 {
		return false
	}
	for _, tld := range []string{".com", ".org", ".net", ".co.uk", ".io", ".gov", ".edu"} {
		if len(s) > len(tld) && strings.EqualFold(s[len(s)-len(tld):], tld) {
			return true
		}
	}
	return false
}

func (d *doc) hasAmpersand(c *chunk) bool {
	for k := c.first; k < c.last; k++ {
		if d.punct(k, "&") {
			return true
		}
	}
	return false
}

// titledName finds a person's name after a title inside a chunk that also
// holds an organisation word: "Mining Minister Frida Osterhagen",
// "Kremlin Spokesman Dmitry Peskov". It returns the start of the name, or
// 0.
func (d *doc) titledName(c *chunk) int {
	last := c.last - 1
	if last-1 > c.first && surnameTitle(d.lower(last)) && d.toks[last-1].has(lxFirstName) && !d.toks[last-1].has(lxTitle) {
		last-- // "District Judge Peter King": a surname that is a title's word too, after a given name
	}
	k := last
	for k > c.first && !d.toks[k].has(lxTitle|lxOrgCue|lxCompany|lxOutletCue|lxStrongOutlet|lxNation|lxPlace|lxHonorific) {
		k--
	}
	if k == last || !d.toks[k].has(lxTitle|lxHonorific) || d.toks[k].has(lxOrgCue|lxCompany) {
		return 0
	}
	if c.last-(k+1) > 4 {
		return 0
	}
	// "Ministry of Foreign Affairs", "Conference of State Legislatures",
	// "Directorate General of Civil Aviation", "Committee on Foreign
	// Affairs", "Commission on International Religious Freedom": a title
	// word inside an organisation's complement heads no person.
	if p := k - 1; p >= c.first && d.toks[p].lowerWord() && (d.isWord(p, "of") || d.isWord(p, "for") || d.isWord(p, "on") || d.isWord(p, "and")) {
		return 0
	}
	start := k + 1
	if (d.isWord(start, "of") || d.isWord(start, "for")) && d.toks[start].lowerWord() && c.last-(start+2) >= 2 {
		start += 2 // "White House Chief of Staff Rolf Ganner": a one-word complement
	}
	if c.last-start >= 2 && d.toks[start].has(lxRole) && !d.toks[start].has(lxFirstName|lxTitle) {
		start++ // "Bureau Chief Scientist Oren Vale": the rank's role noun, no given name
	}
	for j := start; j < c.last; j++ {
		if !d.toks[j].capWord() && !(j > start && j < c.last-1 && d.toks[j].lowerWord() && d.toks[j].has(lxParticle)) {
			return 0 // but "New York City Mayor Bill de Blasio": a surname's particle inside the name
		}
	}
	return start
}

// lawHead reports whether w, capitalised, ends the name of a law or a
// treaty: "Clean Water Act", "the Constitution", "the Ostby Accord".
func lawHead(w string) bool {
	switch w {
	case "Act", "Amendment", "Constitution", "Treaty", "Accord", "Accords", "Protocol", "Statute", "Directive", "Ordinance",
		"Rule", "Doctrine", "Code", "Charter", "Covenant", "Decree", "Edict":
		return true
	}
	return false
}

// examHead reports whether w ends the name of a standard test, "the
// California Achievement Test asks fifth graders: “...”": its questions
// are quoted, but it is no one speaking, as a law is not.
func examHead(w string) bool {
	switch w {
	case "Test", "Exam", "Examination":
		return true
	}
	return false
}

// lawNamedAfter reports whether chunk c is a law named with "Law" after
// someone: "Vessen's Law", "the Quell Law". "Law" is also a surname
// ("Jude Law said"), so only after "the" or a possessive.
func (d *doc) lawNamedAfter(c *chunk) bool {
	if d.str(c.last-1) != "Law" || c.last-c.first < 2 && !(c.first > 0 && d.toks[c.first-1].kind == tkPoss) {
		return false
	}
	for k := c.first + 1; k < c.last-1; k++ {
		if !d.toks[k].capWord() {
			return false // "the Faculty of Law", "the Institute of International Law": a body
		}
	}
	if d.isWord(c.first, "the") {
		return true // "The Quell Law" opening a sentence
	}
	if c.first == 0 {
		return false
	}
	b := &d.toks[c.first-1]
	return b.kind == tkPoss || d.isWord(c.first-1, "the") && (b.lowerWord() || b.is(fSentStart))
}

// vesselPrefix reports whether w is the prefix of a ship's name: "MV Tarn
// Star", "HMS Vessel".
func vesselPrefix(w string) bool {
	switch w {
	case "MV", "MS", "MT", "SS", "RMS", "HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "INS", "FV", "RV":
		return true
	}
	return false
}

// craftBefore reports whether a spacecraft's noun, after an article or a
// possessive, stands just before token k: "the rover Tansy", "its lander
// Osk-1".
func (d *doc) craftBefore(k int) bool {
	return k > 1 && d.toks[k-1].lowerWord() && (craftNoun(d.lower(k-1)) || vesselNoun(d.lower(k-1))) &&
		(d.toks[k-2].has(lxDet) || d.toks[k-2].kind == tkPoss)
}

// craftNamed reports whether chunk c is one word the text elsewhere
// gives a spacecraft or an instrument as its name ("the Harrow probe",
// "VSA's Kestrel satellite"): "Harrow found that ..."
// is the probe again, which finds but says nothing.
func (d *doc) craftNamed(c *chunk) bool {
	if c.last-c.first != 1 || !d.toks[c.first].capWord() {
		return false
	}
	if d.craftNames == nil {
		d.craftNames = map[string]bool{}
		// This reads every token of the text, so craftScanWords first
		// turns away by length and first letter nearly every word the
		// three word switches would: they cost more than the rest of
		// the scan.
		for k := 2; k+1 < len(d.toks); k++ {
			t := &d.toks[k]
			if !t.lowerWord() || !craftScanWords.mayHoldAt(d.ltext, t.start, t.end) {
				continue
			}
			if w := d.ltext[t.start:t.end]; !craftNoun(w) && !instrumentWord(w) && !d.botNounAt(k) {
				continue
			}
			if n := d.craftNameAt(k); n >= 0 {
				d.craftNames[d.lower(n)] = true
			}
		}
		// A sieve of the few names found spares hashing every
		// capitalised word of the text for the map.
		var names wordSieve
		for w := range d.craftNames {
			names.add(w)
		}
		first := map[string]bool{} // the names whose first mention is the craft's
		for k := 0; k < len(d.toks) && len(d.craftNames) > 0; k++ {
			t := &d.toks[k]
			if !t.capWord() {
				continue
			}
			w := d.ltext[t.start:t.end]
			if !names.mayHold(w) || !d.craftNames[w] {
				continue
			}
			if _, seen := first[w]; !seen {
				first[w] = d.craftAt(k)
			}
			if k > 0 && d.toks[k-1].capWord() && !d.toks[k-1].has(lxDet) && !d.toks[k-1].is(fAllCaps) || d.toks[k].has(lxPlace|lxNation|lxCompany|lxOrgCue|lxOutletCue) {
				// "Robert Mueller ... the Mueller probe": a person's
				// surname, the probe an inquiry named for him; "the
				// Vatican mission": a state's.
				first[w] = false
			}
		}
		for w := range d.craftNames {
			if !first[w] {
				// "Boeing said ... the Boeing capsule": a firm named
				// before its craft, which speaks.
				delete(d.craftNames, w)
			}
		}
	}
	return d.craftNames[d.lower(c.first)]
}

// craftScanWords holds, for craftNamed's scan of every token, the words
// craftNoun, instrumentWord and botNounAt look for (a test checks the
// list against their switches). It is built once and only read.
var craftScanWords = newLengthLetterSieve(
	"rover", "orbiter", "lander", "spacecraft", "probe", "satellite", "telescope", "spectrometer", "capsule", "array", "interferometer", "collider", "detector", // craftNoun
	"instrument", "imager", "radar", "radiometer", "altimeter", "sounder", // instrumentWord
	"chatbot", "bot", "robot", "assistant", // botNounAt
)

// lengthLetterSieve passes every word of a fixed set of short lower-case
// words and turns away nearly every other word by its length and first
// letter together: entry n has bit b for a word of n bytes opening with
// 'a'+b. (A wordSieve keeps the two apart, so "the" would pass for
// "bot" and "probe".)
type lengthLetterSieve [16]uint32

// newLengthLetterSieve makes the sieve of words, each of 1 to 15 bytes
// opening with a letter from a to z.
func newLengthLetterSieve(words ...string) lengthLetterSieve {
	var s lengthLetterSieve
	for _, w := range words {
		if w == "" || len(w) >= len(s) || w[0] < 'a' || w[0] > 'z' {
			panic("extract: lengthLetterSieve cannot hold " + w)
		}
		s[len(w)] |= 1 << (w[0] - 'a')
	}
	return s
}

// mayHoldAt reports whether text[start:end], a token's, may be one of the
// sieve's words (false means surely not), read without making the string:
// craftNamed asks it of every lower-case word.
func (s *lengthLetterSieve) mayHoldAt(text string, start, end int32) bool {
	n := end - start
	return n > 0 && n < int32(len(s)) && s[n]&letterBit(text[start]) != 0
}

// letterBit is the sieve's bit for a word opening with byte b. A byte
// past 'z' shifts by 26 or more, a byte before 'a' wraps round to more
// still: a bit no letter sets (26 to 31), or one shifted out of the 32
// (Go's shifts do not wrap), so no other byte takes a letter's bit.
func letterBit(b byte) uint32 {
	return 1 << (b - 'a')
}

// craftNameAt returns the one-word name the craft noun at k gives a
// craft, or -1: "the Harrow probe", "Harrow's Tamsin instrument", "Lantern, the probe's imaging spectrometer," (not
// "Lantern, the probe's lead engineer,").
func (d *doc) craftNameAt(k int) int {
	if n := k - 1; n >= 1 && d.toks[n].capWord() && !d.toks[n].is(fAllCaps) && (d.toks[n-1].has(lxDet) || d.toks[n-1].kind == tkPoss) {
		return n
	}
	if k+1 < len(d.toks) && d.toks[k+1].kind == tkPoss {
		return -1
	}
	if n := d.botNameAfter(k); n >= 0 {
		return n
	}
	return d.craftAppositionName(k)
}

// botNounAt reports whether token k names a program that talks back, a
// chatbot or a voice assistant: its replies are output, no one's words.
// "Assistant" alone is a person's job ("her assistant, Mary,").
func (d *doc) botNounAt(k int) bool {
	switch d.lower(k) {
	case "chatbot", "bot", "robot":
		return true
	case "assistant":
		if k > 0 && d.toks[k-1].lowerWord() {
			switch d.lower(k - 1) {
			case "voice", "digital", "virtual", "ai":
				return true
			}
		}
	}
	return false
}

// botNameAfter returns the one-word name a chatbot's noun at k gives
// after it, or -1: "Brightwave's chatbot, Orla, replied", "a chatbot
// called Orla". The noun must follow an article or a possessive, so
// "told the chatbot, Ilse said" is no naming.
func (d *doc) botNameAfter(k int) int {
	if !d.botNounAt(k) || k < 1 || !d.toks[k-1].has(lxDet) && d.toks[k-1].kind != tkPoss && !(k > 1 && d.toks[k-1].lowerWord() && (d.toks[k-2].has(lxDet) || d.toks[k-2].kind == tkPoss)) {
		return -1
	}
	n := k + 2
	if n >= len(d.toks) || !d.toks[n].capWord() || d.toks[n].is(fAllCaps) || n+1 < len(d.toks) && d.toks[n+1].capWord() {
		return -1
	}
	switch {
	case d.punct(k+1, ","):
		// An apposition closes: "told the chatbot, Ilse said" names
		// no chatbot.
		if n+1 < len(d.toks) && d.punct(n+1, ",") {
			return n
		}
	case d.isWord(k+1, "called") || d.isWord(k+1, "named"):
		return n
	}
	return -1
}

// craftAt reports whether the name at k is given a craft right there:
// the craft noun after it, or its apposition headed by one.
func (d *doc) craftAt(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+7; j++ {
		if d.toks[j].lowerWord() && (craftNoun(d.lower(j)) || instrumentWord(d.lower(j)) || d.botNounAt(j)) && d.craftNameAt(j) == k {
			return true
		}
	}
	// "Brightwave's chatbot, Orla,": the noun before the name.
	return k >= 2 && d.botNameAfter(k-2) == k
}

// instrumentWord reports whether w, after a one-word name, names an
// instrument aboard a craft: "Harrow's Tamsin instrument". ("Mission"
// is left out: "the Vatican mission" is a state's; so are "camera" and
// "sensor", as often a firm's product.)
func instrumentWord(w string) bool {
	switch w {
	case "instrument", "imager", "radar", "radiometer", "altimeter", "sounder":
		return true
	}
	return false
}

// craftAppositionName returns the one-word name whose apposition the
// craft noun at k heads ("Lantern, the probe's imaging spectrometer,",
// "Kestrel, a satellite that maps ice", "Orrin, a radar carried by"), or
// -1: the words between the comma and the noun an article, possessives
// and modifiers, no verb.
func (d *doc) craftAppositionName(k int) int {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		t := &d.toks[j]
		if d.punct(j, ",") {
			n := j - 1
			if j == k-1 || !d.toks[n].capWord() || d.toks[n].is(fAllCaps) || n > 0 && d.toks[n-1].capWord() && !d.toks[n-1].has(lxDet) {
				return -1
			}
			return n
		}
		if t.kind == tkPoss || t.lowerWord() && !t.has(lxVerb|lxAux|lxPrep|lxPronoun|lxRelative) && t.cv == 0 || t.lowerWord() && t.has(lxDet) {
			continue
		}
		return -1
	}
	return -1
}

// vesselNoun reports whether w names a ship or a boat, which before a
// name makes it a vessel's: "the ship Northern Star", "the tanker Osk
// Pioneer". A ship radios and reports, but it is no speaker.
func vesselNoun(w string) bool {
	switch w {
	case "ship", "vessel", "tanker", "freighter", "ferry", "trawler", "yacht", "boat", "liner", "submarine",
		"destroyer", "frigate", "cruiser", "warship", "carrier", "icebreaker", "tugboat", "barge":
		return true
	}
	return false
}

// craftNoun reports whether w names a spacecraft or an instrument.
func craftNoun(w string) bool {
	switch w {
	case "rover", "orbiter", "lander", "spacecraft", "probe", "satellite", "telescope", "spectrometer", "capsule",
		// "the Kestrel Radio Array", "the Orrin Interferometer": an
		// instrument of many parts, named as a telescope is.
		"array", "interferometer", "collider", "detector":
		return true
	}
	return false
}

// titleField reports whether token k of chunk c ends the field of a title
// ("Director of Science", "Head of Planetary Science"): a common word,
// and only capitalised words that are no first names back to an "of" or
// a "for".
func (d *doc) titleField(k int, c *chunk) bool {
	for j := k; j > c.first; j-- {
		t := &d.toks[j]
		if t.lowerWord() {
			return j < k && (d.isWord(j, "of") || d.isWord(j, "for"))
		}
		if j == k && !t.has(lxCommon) || t.has(lxFirstName|lxParticle) || t.kind != tkWord {
			return false
		}
	}
	return false
}

// portfolioWord reports whether the folded w names a ministry's field,
// a title word only before its role: "Home Secretary", "Finance
// Minister".
func portfolioWord(w string) bool {
	switch w {
	case "foreign", "home", "interior", "defence", "defense", "finance", "health", "education", "environment",
		"transport", "trade", "energy", "culture", "agriculture", "labour", "labor", "economy", "treasury":
		return true
	}
	return false
}

// occupationCompound reports whether a word no list knows is an
// occupation by its ending: "harbourmaster", "lighthousekeeper",
// "clockmaker", "silversmith", "shipwright". Opening a sentence before a
// name ("Harbourmaster Kjell Ivars said") it is a role, not a given name.
func occupationCompound(w string) bool {
	for _, suf := range [...]string{"master", "keeper", "maker", "smith", "wright"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// rankedRoleAt reports whether the word at k may be a role heading the
// name in chunk c: it opens the chunk, or a title's rank or "Lead" comes
// just before it ("Chief Scientist Oren Vale", "Bureau Chief Hydrologist
// Ana Moss", "Lead Engineer Ilse Varga"), which a role noun alone after
// them makes no one's given name.
func (d *doc) rankedRoleAt(k int, c *chunk) bool {
	if k == c.first {
		return true
	}
	p := &d.toks[k-1]
	return p.capWord() && (p.has(lxTitle) && !p.has(lxFirstName) || d.isWord(k-1, "lead"))
}

// roleBeforeName reports whether the word at k, opening a name chunk, is
// a role heading the name rather than its given name. Opening a sentence,
// any role word or occupation by its ending is ("Curator Ilse Varga
// said"). Inside a sentence the capital no longer hides a common noun,
// so the same word before a given name and a surname is a role too
// ("said Curator Ilse Varga", "angered Harbourmaster Edda Quayle"): left
// in, it made the speaker's name one no later mention matches. The given
// name must be one the lexicon knows, or the two words after the role
// words no list knows: "the Producer Price Index", "Host Hotels
// Resorts" are bodies whose first word is theirs.
func (d *doc) roleBeforeName(k, after int) bool {
	t := &d.toks[k]
	if t.has(lxFirstName) || !(t.has(lxRole) || occupationCompound(d.lower(k))) {
		return false
	}
	if t.is(fSentStart) {
		return true
	}
	if after < 2 || !t.capWord() || t.is(fAllCaps) {
		return false
	}
	if d.toks[k+1].has(lxFirstName) {
		return true
	}
	// A given name no list knows: two words that no list knows either,
	// the person's name as a whole ("Harbourmaster Edda Quayle").
	if after != 2 {
		return false
	}
	for j := k + 1; j <= k+2; j++ {
		if !d.toks[j].capWord() || d.toks[j].has(lxCommon|lxVerb|lxOrgCue|lxCompany|lxGenericOrg|lxPlace|lxNation|lxTitle|lxRole|lxOutletCue|lxGroup) {
			return false
		}
		if w := d.lower(j); len(w) > 3 && strings.HasSuffix(w, "s") && lex.lookup(w[:len(w)-1]) != 0 {
			return false // "Hotels", "Awards": a plural of a word some list knows, a body's name
		}
	}
	return true
}

// spokesTitleRun reports whether chunk c is a body's words followed by a
// spokesperson's title and nothing else: "Tarvo Police Spokesperson",
// "Food Agency Country Representative" (a field office's head). Not
// "Office of the Trade Representative" (an office named with "of").
func (d *doc) spokesTitleRun(c *chunk) bool {
	if c.last-c.first < 2 || c.last > len(d.toks) {
		return false
	}
	last := d.lower(c.last - 1)
	if !d.toks[c.last-1].capWord() || !isSpokesperson(last) {
		return false
	}
	if last == "representative" && !d.isWord(c.last-2, "country") && !d.isWord(c.last-2, "resident") {
		return false
	}
	for k := c.first; k < c.last; k++ {
		if !d.toks[k].capWord() {
			return false
		}
	}
	return true
}

// officeTitleRun reports whether chunk c, after "the", is a body's words
// and then an office's title, all in capitals: "the Communication Service
// State Minister", "the Harbour Board Chairman".
func (d *doc) officeTitleRun(c *chunk) bool {
	if c.last-c.first < 2 || c.first < 1 || !d.isWord(c.first-1, "the") {
		return false
	}
	switch d.lower(c.last - 1) {
	case "minister", "secretary", "director", "commissioner", "chairman", "chairperson", "chairwoman":
	default:
		return false
	}
	for k := c.first; k < c.last; k++ {
		if !d.toks[k].capWord() {
			return false
		}
	}
	return true
}

// holderAfterRemitAnd returns where the holder's name starts in a title
// whose remit goes on past "and" at token and ("Minister of Plantation
// and Community Infrastructure", "Minister of Lands and Rural
// Resettlement Anxious Morva"), up to last; last when there is none. No
// name opens right after "and": one or two capitalised words there finish
// the remit; of more, the last two are the name, or from a given name on.
func (d *doc) holderAfterRemitAnd(and, last int) int {
	n := last - (and + 1)
	if d.toks[and+1].has(lxFirstName) && !d.toks[and+1].has(lxCommon|lxTitle) {
		return and + 1 // "... of Europe and Tomas Brenn": a given name opens a person's name
	}
	if n <= 2 {
		return last
	}
	for k := and + 2; k < last-1; k++ {
		if d.toks[k].has(lxFirstName) && !d.toks[k].has(lxCommon) {
			return k
		}
	}
	return last - 2
}

// titleRemitBefore reports whether chunk c opens with a title in capitals
// followed by its remit after a lower-case "of" or "for", before the
// lower-case "and" at token and: "Minister of Plantation and ...".
func (d *doc) titleRemitBefore(c *chunk, and int) bool {
	if !d.toks[and].lowerWord() || !d.toks[c.first].capWord() || !d.toks[c.first].has(lxTitle) || d.toks[c.first].has(lxOrgCue|lxCompany) {
		return false
	}
	for k := c.first + 1; k < and; k++ {
		if d.toks[k].lowerWord() && (d.isWord(k, "of") || d.isWord(k, "for")) {
			return true
		}
	}
	return false
}

// venueAtBefore reports whether chunk c follows "at" right after a venue's
// noun ("his office at", "the secretariat at", "a rally at"), so that it
// says where the venue is: "at his office at Kemal Bagh". Not a
// possessive ("at his office at Rahman's house").
func (d *doc) venueAtBefore(c *chunk) bool {
	f := c.first
	if f < 2 || !d.isWord(f-1, "at") || !d.toks[f-1].lowerWord() || c.last < len(d.toks) && d.toks[c.last].kind == tkPoss {
		return false
	}
	switch d.lower(f - 2) {
	case "office", "offices", "residence", "home", "house", "headquarters", "secretariat", "hotel", "camp",
		"compound", "rally", "ceremony", "function", "programme", "program", "event", "gathering":
		return d.toks[f-2].lowerWord()
	}
	return false
}

// titleOfBodyBeforeName reports whether chunk c opens its sentence with a
// field office's title and "of" ("Representative of the Food Agency",
// "Country Director of the Relief Fund") and, after a place perhaps
// ("in Norland"), a comma and an honorific's name follow: the holder's
// office, set before the name.
func (d *doc) titleOfBodyBeforeName(c *chunk) bool {
	if c.first > 0 && !d.toks[c.first].is(fSentStart) || c.last-c.first < 3 || !d.isWord(c.first+1, "of") || !d.toks[c.first+1].lowerWord() {
		return false
	}
	if w := d.lower(c.first); !isSpokesperson(w) && w != "envoy" {
		return false
	}
	k := c.last
	if k < len(d.toks) && d.isWord(k, "in") && d.toks[k].lowerWord() {
		k++ // "... in Norland": where the office is (the chunks after c are not found yet)
		for n := k + 3; k < n && k < len(d.toks) && d.toks[k].capWord(); {
			k++
		}
	}
	return k+1 < len(d.toks) && d.punct(k, ",") && d.toks[k+1].has(lxHonorific)
}

// weekendTitleBefore reports whether a capitalised day of the week and
// "the" come just before token k: "the Sunday Times", "The Saturday
// Herald", a paper's weekend title, the day no part of the name found.
func (d *doc) weekendTitleBefore(k int) bool {
	if k < 2 || !d.toks[k-1].capWord() || !d.isWord(k-2, "the") {
		return false
	}
	switch d.lower(k - 1) {
	case "sunday", "saturday", "weekend":
		return true
	}
	return false
}

// residentsOfName reports whether chunk c follows "residents in", "villagers
// of" or the like: the dwellers' noun and its preposition just before it
// name where they live. A name with a word of a body, a person's first
// name, a title, a role or an honorific, or an owner's "'s" after it, is
// left alone ("residents of Tarvel Housing Association homes").
func (d *doc) residentsOfName(c *chunk) bool {
	f := c.first
	if f < 2 || !(d.isWord(f-1, "in") || d.isWord(f-1, "of")) || !d.toks[f-1].lowerWord() || !d.toks[f-2].lowerWord() {
		return false
	}
	switch d.lower(f - 2) {
	case "residents", "villagers", "inhabitants", "townspeople", "townsfolk", "islanders", "dwellers":
	default:
		return false
	}
	if c.last < len(d.toks) && d.toks[c.last].kind == tkPoss {
		return false
	}
	for k := c.first; k < c.last; k++ {
		if d.toks[k].has(lxOrgCue | lxCompany | lxFirstName | lxTitle | lxHonorific | lxRole) {
			return false
		}
	}
	return true
}

// placeApposition reports whether the name ending before token end has an
// apposition naming a site ", an observatory in", ", a small village
// near": an indefinite article, at most two modifiers, a site's noun and
// a preposition of place. A role there ("a farmer in") names a person.
func (d *doc) placeApposition(end int) bool {
	if !d.punct(end, ",") || !(d.isWord(end+1, "a") || d.isWord(end+1, "an")) {
		return false
	}
	for k := end + 2; k < end+5 && k+1 < len(d.toks); k++ {
		if !d.toks[k].lowerWord() {
			return false
		}
		if placeSiteNoun(d.lower(k)) {
			switch d.lower(k + 1) {
			case "in", "near", "outside", "on", "off", "at":
				return d.toks[k+1].lowerWord()
			}
			return false
		}
		if d.toks[k].has(lxRole | lxGroup | lxFunc | lxPrep) {
			return false
		}
	}
	return false
}

// placeSiteNoun reports whether w names a place or a site, never a person:
// the head of "an observatory in Mayhill".
func placeSiteNoun(w string) bool {
	switch w {
	case "observatory", "village", "town", "hamlet", "suburb", "farm", "ranch", "vineyard", "island", "reserve",
		"resort", "neighbourhood", "neighborhood", "mine", "refinery", "campsite", "settlement", "township", "valley":
		return true
	}
	return false
}

// firmAndName reports whether chunk c is a firm's name of two words
// joined by "and" after a singular word for its kind: "British retailer
// Marks and Spencer".
func (d *doc) firmAndName(c *chunk) bool {
	return c.last-c.first == 3 && d.isWord(c.first+1, "and") && c.first > 0 && d.toks[c.first-1].lowerWord() && firmKindNoun(d.lower(c.first-1))
}
