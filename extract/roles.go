package extract

import (
	"strconv"
	"strings"
)

// addTitles records the titles inside chunk c ("Russian President" gives
// "President") and a role phrase just before it ("Kremlin spokesperson
// Peskov") as roles of entity e.
func (d *doc) addTitles(e int, c *chunk) {
	en := &d.ents[e]
	k := c.first
	if t0, t1 := d.postedTitle(c); t0 >= 0 {
		// "Ambassador to Calder Ilse Varga": the title before "to" is
		// hers, the place after it only where she is posted.
		en.addRole(d.span(t0, t1))
		en.personEv++
		k = c.name
	}
	for k < c.name {
		if n := d.placeStartingAt(k, c.name); n > 0 && !d.toks[k].has(lxTitle) {
			k += n // "United States", "Russian": where, not what
			continue
		}
		if !d.honorificAt(k) {
			break
		}
		en.personEv += 2
		k++
	}
	end := c.name
	for end > k {
		// "Shoulder Surgeon Dr. Ashish Babhulkar", "President Mr. Praveen
		// Shetty", "MR. Arun Sharma": the honorific is the person's, not
		// the role's.
		h := end - 1
		if d.punct(h, ".") && h > k {
			h--
		}
		if !d.honorificAt(h) {
			break
		}
		end = h
		en.personEv += 2
	}
	if k < end {
		en.addRole(d.span(k, end))
		en.personEv++
	}
	start := d.rolePhraseBefore(c.first)
	from := c.first
	if start >= 0 {
		from = start
	}
	if from >= 2 && d.isWord(from-1, "and") && d.toks[from-1].lowerWord() && d.toks[from-2].lowerWord() && d.toks[from-2].has(lxRole) {
		// "BJP leader and former Union Minister Rajeev Chandrasekhar":
		// the first of two roles joined, which "the senior BJP leader
		// said" goes back to.
		if s2 := d.rolePhraseBefore(from - 1); s2 >= 0 && c.kind == kPerson && (s2 == 0 || d.toks[s2].is(fSentStart) || d.toks[s2-1].kind == tkPunct) {
			// Not "between the accused and prosecuting counsel Mr
			// Adrian Mannering": two people, the first by an article.
			d.noteRole(e, s2, from-1)
		}
	}
	if start >= 0 {
		d.noteRole(e, start, c.first)
		// "Lattice Works chief executive", "Kremlin spokesperson": a name
		// that employs someone is an organisation's.
		for k := start; k < c.first; k++ {
			if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 && d.chunks[ci].name < d.chunks[ci].last &&
				d.toks[c.first-1].has(lxRole) && d.chunks[ci].kind != kPlace && !d.kinAfterPossessive(d.chunks[ci].last, c.first-1) {
				d.ents[d.chunks[ci].ent].orgEv += 3
				if en := &d.ents[d.chunks[ci].ent]; en.bodyHead == "" && sportsRole(d.lower(c.first-1)) {
					en.bodyHead = "club" // "Brask City striker Liam Dorsey": "the club" may mean it later
				}
				k = d.chunks[ci].last - 1
			}
		}
	}
}

// kinAfterPossessive reports whether the role word at r, after the name
// ending at token end, is a relative or a friend of a person named in
// the possessive: "Siobhan Garvey's son Cian" is hers, not an employer's.
func (d *doc) kinAfterPossessive(end, r int) bool {
	w := d.lower(r)
	return end < r && d.toks[end].kind == tkPoss && d.toks[r].lowerWord() && (kinWord(w) || acquaintance(w))
}

// sportsRole reports whether w is a player's or a manager's role, which
// only a club or a team has: "striker", "boss".
func sportsRole(w string) bool {
	switch w {
	case "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "manager", "boss", "coach", "captain", "skipper", "playmaker":
		return true
	}
	return false
}

// honorificAt reports whether token k is an honorific and no role noun:
// "Mr", "Dr.", and "MR." in capitals, which the lexicon leaves untagged
// as it does every word in capitals.
func (d *doc) honorificAt(k int) bool {
	t := &d.toks[k]
	if t.is(fAllCaps) && t.kind == tkWord {
		f := lex.lookup(d.lower(k))
		return f&lxHonorific != 0 && f&lxRole == 0
	}
	return t.has(lxHonorific) && !t.has(lxRole)
}

// noteRole records tokens [i, j) as a role of entity e, with the age and
// gender the words give away.
// homeAfterName reports whether the name starting at token f is where
// the person named just before comes from: "Brin Tallow of Harwick, who
// was there with his children" ("of" or "from" after a name of two words
// or more that names no body). The "who" after it is the person's.
func (d *doc) homeAfterName(f int) bool {
	if f < 3 || !d.toks[f-1].lowerWord() || !(d.isWord(f-1, "of") || d.isWord(f-1, "from")) {
		return false
	}
	pc := d.chunkAt[f-2]
	if pc < 0 {
		return false
	}
	prev := &d.chunks[pc]
	return prev.last == f-1 && prev.last-prev.first >= 2 && prev.kind != kOrg && prev.kind != kPlace
}

func (d *doc) noteRole(e, i, j int) {
	en := &d.ents[e]
	for i < j && d.toks[i].has(lxDet) {
		i++
	}
	if i >= j {
		return
	}
	role := d.span(i, j)
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if age := ageOf(d.str(k)); age > 0 {
			en.age = age
			en.personEv++
		}
		// A role word before a body's word modifies it: "the largest
		// local union" is a body, whatever "local" names alone.
		modifier := k+1 < j && d.toks[k+1].lowerWord() && d.toks[k+1].has(lxGenericOrg) && !d.toks[k+1].has(lxRole)
		if t.lowerWord() && t.has(lxRole) && !modifier {
			en.personEv++
			// "who hired his sister": someone else's kin says nothing of
			// the holder's sex.
			others := false
			if k > i {
				switch d.lower(k - 1) {
				case "his", "her", "their", "its", "my", "our", "your", "whose":
					others = true
				}
			}
			// A role's "-man" is said of women too ("club chairman Marit
			// Ostby"): it does not overrule a woman's first name.
			g := genderOfWord(t.lx)
			manRole := g == gMale && strings.HasSuffix(d.lower(k), "man") && en.gender == gFemale
			if g != gUnknown && !others && !manRole && (en.gender == gUnknown || en.genderHint) {
				en.gender, en.genderHint, en.genderGuess = g, false, false
			}
		}
	}
	en.addRole(role)
}

// rolePhraseBefore returns where a role phrase ending just before token k
// starts ("team member", "Chief executive", "People's Alliance campaign
// chief"), or -1 when there is none.
func (d *doc) rolePhraseBefore(k int) int {
	j := k - 1
	if j < 0 || d.toks[j].para != d.toks[k].para || d.toks[j].inQuote() {
		return -1
	}
	t := &d.toks[j]
	// A title in lower case is a role too: "criticised by archbishop
	// Tomas Vell", then "the archbishop said".
	// An age opening the sentence is capitalised: "Sixteen-year-old Ida
	// Farn won", then "the teenager said".
	// A role word opening the sentence is capitalised too, and the chunk
	// may have left it out as a common word: "Businessman Tobias Renn".
	opening := j == d.sents[d.sentOf[k]].first && t.capWord() && t.has(lxRole) && !t.has(lxFirstName|lxTitle)
	if !(t.lowerWord() && t.has(lxRole|lxTitle) || ageOf(d.str(j)) > 0 || opening) {
		return -1
	}
	if t.cv != 0 && j > 0 && d.chunkAt[j-1] >= 0 && d.toks[j-1].capWord() {
		// "Jana Rees accused Ivo Brandt": a role word that is also a
		// speech verb, after a name, is the name's verb, not a role.
		return -1
	}
	start := j
	first := d.sents[d.sentOf[k]].first
	for i := j - 1; i >= first && i > k-9; i-- {
		t := &d.toks[i]
		switch {
		case t.inQuote():
			return start
		case t.lowerWord() && !t.has(lxFunc|lxPrep|lxDet|lxAux|lxPronoun|lxRelative|lxVerb) && t.cv == 0:
			if gestureWords[d.lower(i)] {
				return start // "“...,” smiled councillor Ranjan Poddar": the gesture is no part of the role
			}
		case t.capWord() && t.has(lxFunc|lxPrep|lxAux|lxPronoun|lxRelative) && !t.has(lxDet) && t.is(fSentStart):
			return start // "But Republican National Committee chair ...": the sentence's word, not the role's
		case t.capWord(), t.kind == tkPoss, t.kind == tkNum:
		case d.punct(i, "&") && i > first && d.toks[i-1].capWord() && i+1 < k && d.toks[i+1].capWord():
			// "AT&T's CEO": the ampersand inside a company's name
		default:
			return start
		}
		start = i
	}
	return start
}

// ageOf reads "54-year-old" or "fifteen-year-old" and returns the age, or 0.
func ageOf(w string) int {
	if len(w) < 10 || !strings.EqualFold(w[len(w)-9:], "-year-old") {
		return 0
	}
	n, ok := strings.CutSuffix(strings.ToLower(w), "-year-old")
	if !ok {
		return 0
	}
	if v, err := strconv.Atoi(n); err == nil {
		return v
	}
	return numberWord(n)
}

// numberWord reads a number written out: "fifteen", "forty-two". A
// switch, not a map: the rules ask it of most words of a clause.
func numberWord(s string) int {
	if v := numberUnit(s); v > 0 {
		return v
	}
	// "twenty-one": a search for the hyphen first, as most words asked
	// (npWord asks nearly every word) have none, where strings.Cut cost
	// more than the two switches.
	h := strings.IndexByte(s, '-')
	if h < 0 {
		return numberTen(s)
	}
	return numberTen(s[:h]) + numberUnit(s[h+1:])
}

// numberUnit reads "one" to "nineteen", or returns 0.
func numberUnit(s string) int {
	switch s {
	case "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	case "thirteen":
		return 13
	case "fourteen":
		return 14
	case "fifteen":
		return 15
	case "sixteen":
		return 16
	case "seventeen":
		return 17
	case "eighteen":
		return 18
	case "nineteen":
		return 19
	}
	return 0
}

// numberTen reads "twenty" to "ninety", or returns 0.
func numberTen(s string) int {
	switch s {
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "forty":
		return 40
	case "fifty":
		return 50
	case "sixty":
		return 60
	case "seventy":
		return 70
	case "eighty":
		return 80
	case "ninety":
		return 90
	}
	return 0
}

func genderOfWord(f lexFlag) gender {
	switch {
	case f&lxMale != 0 && f&lxFemale == 0:
		return gMale
	case f&lxFemale != 0 && f&lxMale == 0:
		return gFemale
	}
	return gUnknown
}

// genderOf guesses a person's gender from a chunk's honorific (a strong
// sign) or first name (a weak one: many names are given to both).
func (d *doc) genderOf(c *chunk) (g gender, strong bool) {
	for k := c.first; k < c.name; k++ {
		if g := genderOfWord(d.toks[k].lx); g != gUnknown && d.toks[k].has(lxHonorific|lxTitle) {
			if g == gMale && strings.HasSuffix(d.lower(k), "man") && genderOfWord(d.toks[c.name].lx&^lxTitle) == gFemale {
				// "Club chairman Marit Ostby": a role's "-man" is said of
				// women too; her first name tells.
				return gFemale, false
			}
			return g, true
		}
	}
	if g := genderOfWord(d.toks[c.name].lx &^ lxTitle); g != gUnknown {
		return g, false
	}
	return d.guessFirstName(c), false
}

// guessFirstName guesses the gender of a first name no list knows from
// its ending: a name in -a of a person named in full is most often a
// woman's ("Isaura Pendry", "Sunniva Eklund").
func (d *doc) guessFirstName(c *chunk) gender {
	k := c.name
	if c.last-k < 2 || !d.toks[k].capWord() || d.toks[k].lx != 0 || d.toks[k].is(fAllCaps) {
		return gUnknown
	}
	w := d.lower(k)
	if c.last-k >= 3 && d.toks[k+1].has(lxFirstName) {
		return gUnknown // "Khawaja Muhammad Asif": an honorific or family word before a known given name, no woman's name in "-a"
	}
	if len(w) >= 4 && strings.HasSuffix(w, "a") && !strings.HasSuffix(w, "ea") {
		return gFemale
	}
	return gUnknown
}

// employerInTitle returns where an executive's role starts inside the
// title of the person chunk c, after capitalised words that name the
// company ("Korvin CEO Ivo Tamm", "Tarrow Foods chief executive Mara
// Quell"), or -1. The words hold no title, role, first name, place or
// nation ("Calder President Ivo Vell" is a country's), and the role is
// one only a company has.
func (d *doc) employerInTitle(c *chunk) int {
	r := int(c.first)
	for r < int(c.name) && d.toks[r].capWord() && !d.toks[r].has(lxTitle|lxRole|lxHonorific|lxFirstName|lxPlace|lxNation|lxFunc) {
		r++
	}
	if r == int(c.first) || r >= int(c.name) || r-int(c.first) > 3 {
		return -1
	}
	if legalForm(d.lower(r-1)) && d.toks[r].has(lxTitle|lxRole) {
		return r // "Kessa Motor Corp. President Ivo Varo": any office of a firm its legal form names
	}
	switch d.lower(r) {
	case "ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder":
		return r
	case "chief":
		if d.isWord(r+1, "executive") || d.isWord(r+1, "financial") || d.isWord(r+1, "operating") {
			return r
		}
	case "managing":
		if d.isWord(r+1, "director") {
			return r
		}
	}
	return -1
}

// unionAfterName reports whether the name in chunk c is a trade union's,
// the lower-case noun "union" right after it ("the Varnex union said",
// "Varnex union members"): not a person's, a place's or a people's name
// ("the Tarrow union" may be a town's, "the European union" a miscased
// bloc). Initials before a name ("KV Varnex union") read as a person's
// and are left.
func (d *doc) unionAfterName(c *chunk) bool {
	u := int(c.last)
	if u >= len(d.toks) || !d.isWord(u, "union") || !d.toks[u].lowerWord() || d.sentOf[u] != d.sentOf[c.first] {
		return false
	}
	for k := int(c.first); k < u; k++ {
		if d.toks[k].has(lxFirstName | lxPlace | lxNation | lxTitle | lxHonorific) {
			return false
		}
	}
	e := &d.ents[c.ent]
	return !e.personish() && !e.placeish()
}

// findAppositives reads the roles and ages set off by commas next to names:
// "Dmitry Peskov, Putin’s spokesperson,", "Vasko, 58,", "Its chairman,
// Aurelio Banks,".
func (d *doc) findAppositives() {
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 && (d.thingNamed(c) || d.characterNamed(ci) || d.stormNamed(c) || d.documentNamed(c)) {
			d.ents[c.ent].thing = true
		}
		if c.ent >= 0 && c.kind != kPerson && c.kind != kPlace && c.last+1 < len(d.toks) && d.toks[c.last].lowerWord() &&
			(d.isWord(c.last, "is") || d.isWord(c.last, "was")) && d.ents[c.ent].bodyHead == "" {
			// "TED is a nonprofit organization dedicated to ...": the body
			// a later "the organization says" stands for.
			if h := d.bodyAppositive(c.last + 1); h >= 0 {
				d.ents[c.ent].bodyHead = d.lower(h)
			}
		}
		if c.ent >= 0 && c.kind != kPerson && c.kind != kPlace && d.ents[c.ent].bodyHead == "" {
			if h := d.bodyWordBefore(c); h >= 0 {
				// "The union, the Sarvik Nurses' Federation, wants": the
				// body a lead's "the union said" stands for.
				d.ents[c.ent].bodyHead = d.lower(h)
			}
		}
		if c.ent >= 0 && d.ents[c.ent].bodyHead == "" && !d.toks[c.first].has(lxFirstName|lxTitle|lxHonorific|lxRole) && d.musicWorkAfter(c.last) {
			// "Copperline's fourth album", "Velvet Ash's spring tour": a
			// name that makes albums and tours and opens with no first
			// name ("Mara Holt's album" is a singer's), which a later "the
			// band said" stands for.
			d.ents[c.ent].bodyHead = "band"
		}
		if c.ent >= 0 && c.kind != kOrg && d.bodyNounNamesBody(c.first-1, c) && d.ents[c.ent].orgEv == 0 {
			// "rights group Keshet Vale", "the rights organisation Open
			// Hand": a name whose shape says person or place, which the
			// noun before it says is a body's.
			d.ents[c.ent].orgEv += 2
			if d.ents[c.ent].bodyHead == "" {
				d.ents[c.ent].bodyHead = d.lower(c.first - 1)
			}
		}
		if c.ent >= 0 && c.kind == kPlace && d.ents[c.ent].bodyHead == "" && d.punct(c.last, ",") && !d.knownPlaceIn(c) {
			if h := d.bodyAppositive(c.last + 1); h >= 0 {
				// "Harbour Lights, a band from Lissby,": a name shaped
				// like a place's that no list knows, which its apposition
				// calls a body.
				d.ents[c.ent].bodyHead = d.lower(h)
				d.ents[c.ent].orgEv += 3
			}
		}
		if c.ent >= 0 && c.kind != kPerson && c.kind != kPlace && d.ents[c.ent].bodyHead == "" && d.punct(c.last, ",") && d.possessivePlaceAt(c.last+1) {
			if h := d.bodyAppositive(c.last + 1); h >= 0 {
				// "the Risk Management Secretariat, Norland's emergency
				// response agency,": the body a later "the agency" means.
				d.ents[c.ent].bodyHead = d.lower(h)
			}
		}
		if c.ent >= 0 && c.kind == kPerson {
			if r := d.employerInTitle(c); r > c.first {
				// "BlackBerry CEO John Chen ... The company said": the
				// company named inside its officer's title, which "the
				// company" later stands for.
				// A name that employs an executive is a company's, as
				// "Lattice Works chief executive" makes it (addTitles).
				e := d.bodyEntity(c.first, r)
				if en := &d.ents[e]; !en.personish() && !en.outlet {
					en.orgEv += 3
					if en.bodyHead == "" {
						en.bodyHead = "company"
					}
					if d.entAt[r-1] < 0 {
						d.entAt[r-1] = int32(e)
					}
				}
			}
		}
		if c.ent >= 0 && c.kind != kPerson && c.kind != kPlace && d.ents[c.ent].bodyHead == "" && d.unionAfterName(c) {
			// "the Varnex union", "Germany's powerful IG Metall union":
			// a union named by its name and the lower-case noun, which a
			// later "the union said" stands for.
			d.ents[c.ent].orgEv += 2
			d.ents[c.ent].bodyHead = "union"
		}
		if c.ent < 0 || c.kind == kOrg || c.kind == kPlace {
			continue
		}
		d.noteLeadsBody(c)
		d.noteOwnKinGender(c)
		// "Agnes Whitcombe (72)"
		if d.punct(c.last, "(") && c.last+2 < len(d.toks) && d.punct(c.last+2, ")") && d.toks[c.last+1].kind == tkNum {
			d.noteAppositive(c.ent, c.last+1, c.last+2)
		}
		cl := c.last // the comma that may open an apposition
		if end := d.nameChangedAside(c.last); end > 0 {
			// "Dan (not his real name), a 19-year-old student,": a person
			// the story names by a given name it made up; the apposition
			// comes after the aside.
			d.ents[c.ent].personEv += 2
			cl = end
		}
		if d.punct(cl, ",") && cl+1 < len(d.toks) && d.sentOf[cl+1] == d.sentOf[c.last] {
			if c.kind == kUnknown && d.isWord(cl+1, "who") && d.toks[cl+1].lowerWord() && !d.homeAfterName(c.first) {
				// "Quell, who led the study, said": a person; a body is
				// "which" (but "whose" serves both).
				d.ents[c.ent].personEv++
			}
			if end := d.appositiveEnd(cl + 1); end > cl+1 {
				d.noteAppositive(c.ent, cl+1, end)
				if h := d.appositiveBodyHead(cl+1, end); h >= 0 && d.ents[c.ent].bodyHead == "" && d.ents[c.ent].personEv == 0 {
					// "Unison, the largest local government union,": a
					// body, which "a spokeswoman said" later speaks for.
					d.ents[c.ent].bodyHead = d.lower(h)
					d.ents[c.ent].orgEv++
				}
				// "Maren Tulloch, 54, an engineer from Ostby,": the role
				// after the age.
				if end == cl+2 && d.toks[cl+1].kind == tkNum && d.punct(end, ",") && end+1 < len(d.toks) && d.sentOf[end+1] == d.sentOf[end] {
					// Only a noun phrase: "Brennagh, 69, arrived ... with his
					// late wife," goes on with the verb.
					if end2 := d.appositiveEnd(end + 1); end2 > end+1 && d.toks[end+1].lowerWord() && d.toks[end+1].has(lxDet) {
						d.noteAppositive(c.ent, end+1, end2)
					}
				}
			} else if h := d.bodyAppositive(cl + 1); h >= 0 {
				// "Grauhorn Bahnen, the company that runs the cable car,":
				// a body that "it" and "the company" can stand for.
				d.ents[c.ent].bodyHead = d.lower(h)
			}
		}
		if h := c.first - 1; h >= 1 && c.kind != kPerson && d.toks[h].lowerWord() && d.toks[h].has(lxGenericOrg) &&
			(companyHead(d.lower(h)) && !d.toks[h].has(lxRole) || describedBody(d.lower(h))) && !d.toks[h-1].has(lxPrep) && !d.isWord(h-1, "a") && !d.isWord(h-1, "an") {
			// "Power company Sudnet urged ...", "the rail operator Carvane
			// Rail": the noun before the name says it is a body, one "it"
			// and "the company" can stand for. Not "a company Tomas Brenn
			// founded", nor "for the company Sudnet bought".
			d.ents[c.ent].orgEv += 2
			if d.ents[c.ent].bodyHead == "" {
				d.ents[c.ent].bodyHead = d.lower(h)
			}
		}
		d.noteCounterpart(ci)
		d.noteCourtPart(ci)
		d.notePredicateRole(ci)
		// "Its general secretary, Bartholomew Osei" and "the Crown
		// prosecutor, Mark Tedeschi": the role comes first.
		comma := c.first - 1
		for comma > c.first-4 && comma > 0 && d.toks[comma].kind == tkWord && (d.toks[comma].has(lxHonorific) || d.isWord(comma, "the") && d.toks[comma+1].has(lxHonorific)) {
			comma-- // "Prime Minister, Dr the Rt. Hon. Keith Mitchell": the honorifics before the name
		}
		if comma >= 1 && d.punct(comma, ",") {
			j := comma - 1
			if o := d.roleOfBefore(j); o >= 0 && d.punct(c.last, ",") {
				// "The driver of the bus, Tobias Renn, and", "The mother
				// of the boy, Ashe Keld,": the role before "of", so that
				// "the driver" finds him; the boy is not she.
				// Not when the role phrase is itself an appositive of a
				// name before it: in "Ada Crane, mayor of the port city,
				// Marlow, said" the mayor is Ada Crane, Marlow the city.
				if start := d.nounPhraseStart(o - 1); start >= 0 && !(start > 0 && d.punct(start-1, ",")) {
					d.noteRole(c.ent, start, o)
				}
			} else if start := d.capOfficeBefore(j); start >= 0 && d.punct(c.last, ",") {
				// "The Orashi State Commissioner of Police, Tunde
				// Okorafor, said": an office in capitals, "of" and all,
				// so that "the commissioner" finds him later.
				d.noteRole(c.ent, start, j+1)
			} else if t := &d.toks[j]; t.lowerWord() && t.has(lxRole) || d.chunkAt[j] >= 0 && d.chunks[d.chunkAt[j]].name == d.chunks[d.chunkAt[j]].last {
				// Only a true appositive: closed by a comma, or opening the
				// sentence ("Malaysia's Prime Minister, Najib Razak said"), or
				// closing it ("met the mayor, Anna Varga."); not "to speak
				// with his mother, Montalvo was put through".
				start := d.nounPhraseStart(j)
				if tc := d.chunkAt[j]; tc >= 0 && d.chunks[tc].first < start {
					// "the UN Special Envoy on Tarvik, Ilse Varga,": the
					// title chunk's remit after "on" or "for" stops the
					// phrase read back from its end; the office is the
					// whole chunk, so that "the special envoy" finds her.
					start = d.chunks[tc].first
				}
				if start >= 0 && (d.punct(c.last, ",") || d.toks[start].is(fSentStart) || d.closesSentence(c.last)) {
					d.noteRole(c.ent, start, j+1)
				}
			}
		}
	}
}

// nameChangedAside returns the token after an aside in brackets at token
// k that says the name before it was made up ("(not his real name)",
// "(name changed)", "(a pseudonym)"), or 0.
func (d *doc) nameChangedAside(k int) int {
	if !d.punct(k, "(") {
		return 0
	}
	var words []string
	j := k + 1
	for ; j < len(d.toks) && j < k+7 && !d.punct(j, ")"); j++ {
		words = append(words, d.lower(j))
	}
	if !d.punct(j, ")") {
		return 0
	}
	switch strings.Join(words, " ") {
	case "not his real name", "not her real name", "not their real name", "not his real first name", "not her real first name",
		"name changed", "name has been changed", "a pseudonym", "not the real name":
		return j + 1
	}
	return 0
}

// roleOfBefore returns the token of "of" in a role's phrase "driver of
// the bus", "mother of the boy" ending at token j (the role or kin word
// just before "of", at most three words after it, none a verb), or -1.
func (d *doc) roleOfBefore(j int) int {
	first := d.sents[d.sentOf[j]].first
	for o := j - 1; o > first && o >= j-3; o-- {
		t := &d.toks[o+1]
		// "her husband of 36 years, Rikard Hollin,": a count may follow "of".
		if !t.lowerWord() && t.kind != tkNum || t.has(lxVerb|lxAux) || t.cv != 0 {
			return -1
		}
		if d.isWord(o, "of") {
			if r := &d.toks[o-1]; r.lowerWord() && (r.has(lxRole) || kinWord(d.lower(o-1))) {
				return o
			}
			return -1
		}
	}
	return -1
}

// bodyAppositive returns the head word of the appositive starting at
// token i when it is a word for a body: "the company that runs the cable
// car", "a charity based in Tarvik", "the operator,". A noun after the
// word ("a company director") or a possessive ("the company's founder")
// makes it a person's. It returns -1 otherwise.
func (d *doc) bodyAppositive(i int) int {
	if i >= len(d.toks) {
		return -1
	}
	from := i + 1
	if d.possessivePlaceAt(i) {
		// "the Risk Management Secretariat, Norland's emergency response
		// agency,": a country's body, which a later "the agency" means.
		from = d.chunks[d.chunkAt[i]].last + 1
	} else if !d.toks[i].lowerWord() || !d.toks[i].has(lxDet) || d.isWord(i, "this") || d.isWord(i, "that") {
		return -1
	}
	s := d.sents[d.sentOf[i]]
	for k := from; k < s.last && k < from+4; k++ {
		t := &d.toks[k]
		if !t.lowerWord() || t.has(lxFunc|lxAux|lxVerb) || t.cv != 0 {
			return -1
		}
		// A country's body may be any body: "Peru's emergency agency".
		if !t.has(lxGenericOrg) || t.has(lxRole) || from == i+1 && !companyHead(d.lower(k)) && !describedBody(d.lower(k)) {
			continue
		}
		n := k + 1
		if n >= s.last {
			return k
		}
		nt := &d.toks[n]
		if d.punct(n, ",") || d.punct(n, ".") || nt.lowerWord() && (nt.has(lxRelative|lxPrep) || (d.endsWith(n, "ing") && !nt.has(lxCommon) || d.endsWith(n, "ed"))) {
			return k
		}
		return -1
	}
	return -1
}

// possessivePlaceAt reports whether a place's name in the possessive
// opens at token i: "Norland's", "Ecuador's".
func (d *doc) possessivePlaceAt(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	ci := d.chunkAt[i]
	if ci < 0 || d.chunks[ci].first != i || d.chunks[ci].last >= len(d.toks) || d.toks[d.chunks[ci].last].kind != tkPoss {
		return false
	}
	e := d.chunks[ci].ent
	return e >= 0 && d.ents[e].placeish() || d.toks[i].has(lxPlace)
}

// noteLeadsBody records the office a relative clause gives the person of
// chunk c over a body named in it, "Ulla Svendsen, who leads the North Sea
// Fisheries Commission,": she is its head, leader and chair, whom "the
// commission's chair" means later.
func (d *doc) noteLeadsBody(c *chunk) {
	k := c.last
	if k+4 >= len(d.toks) || !d.punct(k, ",") || !d.isWord(k+1, "who") || !d.toks[k+1].lowerWord() || !d.isWord(k+3, "the") {
		return
	}
	var roles []string
	switch d.lower(k + 2) {
	case "leads", "led", "heads", "headed":
		roles = []string{"head", "leader", "chair"}
	case "chairs", "chaired":
		roles = []string{"chair"}
	case "directs", "directed":
		roles = []string{"director", "head"}
	default:
		return
	}
	bc := d.chunkAt[k+4]
	if bc < 0 || d.chunks[bc].first != k+4 || d.chunks[bc].ent < 0 {
		return
	}
	b := &d.ents[d.chunks[bc].ent]
	if b.personish() || b.placeish() || b.outlet || b.thing {
		return
	}
	for _, r := range roles {
		d.ents[c.ent].addRole(r + " of the " + b.name)
	}
}

// bodyWordBefore returns the head of a definite description of a body set
// off by commas just before chunk c's name, "The union, the Sarvik Nurses'
// Federation,", "the regulator, Velmark Energy Office,"; or -1. The name
// must close the appositive with a comma or the sentence's end, and the
// description be a body's word alone, with no owner: "The chairman's
// union, ..." or "the union, Tomas Brenn," is not one. A league's or a
// nation's name may stand for "the", and the name then be the subject:
// "English Premier League club, Chelsea have announced".
func (d *doc) bodyWordBefore(c *chunk) int {
	k := c.first - 1
	if k >= 0 && d.isWord(k, "the") && d.toks[k].lowerWord() {
		k--
	}
	h := k - 1
	if h < 1 || !d.punct(k, ",") || !d.toks[h].lowerWord() || !d.toks[h].has(lxGenericOrg) || !d.isWord(h-1, "the") && !d.leagueBefore(h-1) {
		return -1
	}
	if d.sentOf[h] != d.sentOf[c.first] || c.last >= len(d.toks) || !d.punct(c.last, ",") && !d.punct(c.last, ".") && (d.isWord(h-1, "the") || !d.toks[c.last].lowerWord() || !d.toks[c.last].has(lxAux)) {
		return -1
	}
	return h
}

// leagueBefore reports whether the name ending at token k, before a
// body's noun, is a body's or a nation's, as a league's name is before
// the club in "English Premier League club, Chelsea have announced".
func (d *doc) leagueBefore(k int) bool {
	if k < 0 || !d.toks[k].capWord() || d.chunkAt[k] < 0 {
		return false
	}
	ch := &d.chunks[d.chunkAt[k]]
	return ch.last == k+1 && ch.ent >= 0 && (d.ents[ch.ent].orgish() || d.toks[k].has(lxNation))
}

// bodyNounNamesBody reports whether the noun at h, just before chunk c
// that its shape made a person, says the name is a body's: "rights group
// Keshet Vale", "the human rights organisation Open Hand". The noun has a
// modifier in lower case before it, and the name no first name, title or
// honorific; "group leader Ilse Varga" has a role between.
func (d *doc) bodyNounNamesBody(h int, c *chunk) bool {
	if h < 1 || !describedBody(d.lower(h)) || !d.toks[h-1].lowerWord() || d.toks[h-1].has(lxDet|lxPrep|lxFunc) && !d.isWord(h-1, "the") {
		return false
	}
	for j := c.first; j < c.last; j++ {
		if d.toks[j].has(lxFirstName | lxTitle | lxHonorific | lxRole) {
			return false
		}
	}
	return true
}

// musicWorkAfter reports whether the possessive at token k owns an album
// or a tour, past a few modifiers: "Copperline's fourth album", "their
// spring tour".
func (d *doc) musicWorkAfter(k int) bool {
	if k >= len(d.toks) || d.toks[k].kind != tkPoss {
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+4 && d.toks[j].kind == tkWord && !d.toks[j].is(fAllCaps); j++ {
		switch d.lower(j) {
		case "album", "albums", "tour", "ep":
			return true
		}
		if d.toks[j].has(lxVerb | lxAux | lxPrep | lxFunc) {
			return false
		}
	}
	return false
}

// describedBody reports whether w, as an appositive's head, makes a name
// a body's beyond doubt: "a charity that restores boats".
func describedBody(w string) bool {
	switch w {
	case "operator", "carrier", "airline", "insurer", "utility", "lender", "startup", "charity", "consultancy",
		"organisation", "organization", "nonprofit", "regulator", "watchdog", "group", "band",
		"union", "federation", "association", "alliance", "trust":
		return true
	}
	return false
}

// appositiveBodyHead returns the head of the appositive [i, end) when it
// is a body's word, no role's ("the largest local government union", "the
// national meteorological service for Ireland"), or -1.
func (d *doc) appositiveBodyHead(i, end int) int {
	if i >= end || !d.toks[i].lowerWord() || !d.toks[i].has(lxDet) {
		return -1
	}
	for k := i + 1; k < end; k++ {
		t := &d.toks[k]
		if !t.lowerWord() || t.has(lxFunc|lxAux|lxVerb) || t.cv != 0 {
			return -1
		}
		if k+1 < end && !(d.toks[k+1].lowerWord() && d.toks[k+1].has(lxPrep)) {
			continue
		}
		if t.has(lxGenericOrg) && !t.has(lxRole) {
			return k
		}
		return -1
	}
	return -1
}

// closesSentence reports whether token k ends its sentence: a full stop,
// a question or exclamation mark, a semicolon, or no token of the sentence
// at all.
func (d *doc) closesSentence(k int) bool {
	if k >= len(d.toks) || k > 0 && d.sentOf[k] != d.sentOf[k-1] {
		return true
	}
	return d.punct(k, ".") || d.punct(k, "?") || d.punct(k, "!") || d.punct(k, ";")
}

// appositiveToks bounds an appositive: a release's affiliations run long
// ("principal investigator at the institute's Centre for Ice and Climate
// Dynamics in Lindholm and the study's lead author", 20 words), and one
// cut short leaves its tail to be read as what was said.
const appositiveToks = 32

// appositiveEnd returns the end of an appositive starting at token i (just
// after a comma) when it reads as one: an age, or a noun phrase holding a
// role word, up to the next comma. It returns i when there is none.
func (d *doc) appositiveEnd(i int) int {
	if i >= len(d.toks) {
		return i
	}
	s := d.sents[d.sentOf[i]]
	end := i
	role := false
	for k := i; k < s.last && k < i+appositiveToks; k++ {
		t := &d.toks[k]
		if t.inQuote() || t.kind == tkQuote {
			return i
		}
		if t.kind == tkPunct {
			if d.str(k) == "," || d.str(k) == ";" || d.str(k) == "." || d.str(k) == ")" {
				end = k
				break
			}
			continue
		}
		if k == i && t.kind == tkNum && (k+1 >= s.last || d.toks[k+1].kind == tkPunct || d.isWord(k+1, "years")) {
			role = true // an age: "Ilse Varga, 57, said"; not "..., 57 percent of residents ..."
		}
		if k == i && (d.isWord(k, "and") || d.isWord(k, "or")) && t.lowerWord() {
			// "Ilse Varga, and the governor, Tomas Brenn,": the next
			// person of a list, with a role of their own.
			return i
		}
		if k == i && t.lowerWord() && (d.isWord(k, "in") || d.isWord(k, "on") || d.isWord(k, "during") || d.isWord(k, "through")) {
			// "CP Danmamman, in a statement signed by the Public Relations
			// Officer, Wasiu Abiodun": a phrase of how he spoke, not his
			// role; the officer is another.
			return i
		}
		if k == i && d.isWord(k, "whose") {
			// "Tomas Brenn, whose sister runs the bakery,": a clause about
			// someone of his, not his role; the sister does not make him
			// a woman. ("Anna Varga, who became interior minister," is.)
			return i
		}
		if t.has(lxRelative) && k > i {
			end = k
			break
		}
		if t.cv != 0 || t.has(lxAux) || t.lowerWord() && pastOnlyVerb(d.lower(k)) {
			// "According to police, the man fled to Ostby": a role noun
			// with a verb of its own is a clause's subject, not an
			// appositive.
			return i
		}
		if k == i && d.agentRoleAt(k) {
			role = true // "Tseng Ming-chung, convener of the KMT caucus,": a role no list knows, by its form
		}
		if t.has(lxRole) && (t.lowerWord() || d.chunkAt[k] < 0 || d.chunks[d.chunkAt[k]].name > k ||
			d.chunks[d.chunkAt[k]].kind == kOrg) || ageOf(d.str(k)) > 0 {
			role = true
		}
		end = k + 1
	}
	if !role {
		return i
	}
	return end
}

// agentRoleAt reports whether the word at k, before "of", is a role by
// its form though no list knows it: "convener of the KMT caucus".
func (d *doc) agentRoleAt(k int) bool {
	t := &d.toks[k]
	return t.lowerWord() && d.isWord(k+1, "of") && agentNoun(d.lower(k)) && !t.has(lxFunc|lxPrep|lxDet|lxVerb|lxAux|lxPronoun) && t.cv == 0
}

// agentNoun reports whether w has the ending of a noun for someone who
// does something: "convener", "custodian", "curator", "organiser".
func agentNoun(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "ee"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pastOnlyVerb reports whether w is a verb in the simple past that is
// never a participle, so that it can only be a clause's verb: "the man
// fled", "a bird flew into the car", "the driver died".
func pastOnlyVerb(w string) bool {
	switch w {
	case "went", "came", "took", "gave", "began", "became", "ran", "rose", "fell", "flew", "fled", "grew",
		"knew", "drove", "chose", "saw", "threw", "broke", "spoke", "drew", "drank", "ate", "froze", "hid",
		"rode", "rang", "sank", "shrank", "swam", "woke", "withdrew", "shook", "sang", "wore", "tore", "swore",
		"died", "arrived", "happened", "occurred", "appeared", "seemed":
		return true
	}
	return false
}

// noteAppositive records the appositive [i, j) of entity e as an age or a
// role.
func (d *doc) noteAppositive(e, i, j int) {
	if j == i+1 && d.toks[i].kind == tkNum {
		if v, err := strconv.Atoi(d.str(i)); err == nil && v > 0 && v < 130 {
			d.ents[e].age = v
			d.ents[e].personEv++
		}
		return
	}
	d.noteRole(e, i, j)
}

// nounPhraseStart returns the first token of the noun phrase ending at token
// j: back over adjectives, nouns, names and possessives to a determiner,
// or -1 when it runs into something else first.
func (d *doc) nounPhraseStart(j int) int {
	first := d.sents[d.sentOf[j]].first
	start := j
	for i := j - 1; i >= first && i > j-8; i-- {
		t := &d.toks[i]
		switch {
		case t.inQuote() || t.kind == tkQuote:
			return start
		case t.has(lxDet) && t.lowerWord() || t.has(lxDet) && t.is(fSentStart):
			return i
		case t.kind == tkPoss || t.capWord() || t.kind == tkNum:
		case t.lowerWord() && !t.has(lxFunc|lxPrep|lxAux|lxRelative|lxVerb) && t.cv == 0:
		default:
			return start
		}
		start = i
	}
	return start
}

// noteCounterpart gives the person of chunk ci, introduced as someone's
// counterpart ("Her Corvanian counterpart, Bastian Leclerc", "His opposite
// number, Athletic's Solveig Marr"), the role of the last person before who
// holds one, with the words that set the two apart: "Corvanian minister",
// "Athletic coach". Then "said the Corvanian minister" and "the Athletic
// coach said" are theirs, and "the minister said" after Leclerc is his,
// not the named minister's.
func (d *doc) noteCounterpart(ci int) {
	c := &d.chunks[ci]
	if c.last < len(d.toks) && d.toks[c.last].kind == tkPoss {
		return // "Athletic" of "Athletic's Solveig Marr"
	}
	f, owner := c.first, ""
	if f >= 3 && d.toks[f-1].kind == tkPoss && d.chunkAt[f-2] >= 0 {
		o := &d.chunks[d.chunkAt[f-2]]
		owner, f = d.span(o.first, o.last), o.first // "Athletic's Solveig Marr"
	}
	j := f - 2
	if j < 1 || !d.punct(f-1, ",") || d.sentOf[j] != d.sentOf[c.first] {
		return
	}
	mods := j
	switch {
	case d.isWord(j, "counterpart") && d.toks[j].lowerWord():
	case d.isWord(j, "number") && d.isWord(j-1, "opposite"):
		mods = j - 1
	default:
		return
	}
	start := mods
	for start-1 >= 0 && d.sentOf[start-1] == d.sentOf[j] && start > mods-3 && !d.toks[start-1].has(lxDet) && d.toks[start-1].kind == tkWord {
		start-- // "Corvanian" in "Her Corvanian counterpart"
	}
	head := ""
	for pi := ci - 1; pi >= 0 && head == ""; pi-- {
		p := &d.chunks[pi]
		if p.ent < 0 || p.ent == c.ent || p.last >= j || d.sentOf[p.first] < d.sentOf[j]-10 {
			if p.last < j && d.sentOf[p.first] < d.sentOf[j]-10 {
				return
			}
			continue
		}
		for _, r := range d.ents[p.ent].roles {
			words := strings.Fields(r)
			if w := strings.ToLower(words[len(words)-1]); lex.lookup(w)&lxRole != 0 {
				head = w
				break
			}
		}
	}
	if head == "" {
		return
	}
	role := head
	if start < mods {
		role = d.span(start, mods) + " " + head
	}
	if owner != "" {
		role = owner + " " + role
	}
	d.ents[c.ent].addRole(role)
	d.ents[c.ent].personEv++
}

// noteCourtPart gives the person of chunk ci the part in a trial that the
// words around the name state: "for the prosecution, Hester Quayle KC
// said", "Lionel Achebe, for the defence, said", "Ada Lind, prosecuting,
// told the court". Then "the prosecutor" and "the defence lawyer" are them.
func (d *doc) noteCourtPart(ci int) {
	c := &d.chunks[ci]
	if c.ent < 0 || c.kind == kOrg || c.kind == kPlace {
		return
	}
	side := func(k int) string {
		switch d.lower(k) {
		case "prosecution", "crown":
			return "prosecutor"
		case "defence", "defense":
			return "defence lawyer"
		}
		return ""
	}
	role := ""
	if f := c.first; f >= 4 && d.punct(f-1, ",") && d.isWord(f-3, "the") && d.isWord(f-4, "for") && d.sentOf[f-4] == d.sentOf[f] &&
		!(f >= 6 && d.punct(f-5, ",") && d.chunkAt[f-6] >= 0) {
		// "for the prosecution, Hester Quayle KC", but not "Cross-examined
		// by Nathaniel Orde, for the defence, Ancrum accepted": there the
		// part is the name's before it.
		role = side(f - 2)
	}
	if k := c.last; role == "" && d.punct(k, ",") && k+3 < len(d.toks) && d.sentOf[k+3] == d.sentOf[k] {
		switch {
		case d.isWord(k+1, "prosecuting") && d.punct(k+2, ","):
			role = "prosecutor"
		case d.isWord(k+1, "defending") && d.punct(k+2, ","):
			role = "defence lawyer"
		case d.isWord(k+1, "for") && d.isWord(k+2, "the") && k+4 < len(d.toks) && d.punct(k+4, ","):
			role = side(k + 3) // "Lionel Achebe, for the defence,"
		}
	}
	if role != "" && d.ents[c.ent].courtSide() == "" {
		d.ents[c.ent].addRole(role)
		d.ents[c.ent].personEv++
	}
}

// thingNamed reports whether chunk c is the name given to a thing just
// before it: "the spacecraft's infrared spectrometer, known as LIRA", "a
// network of 40 sensors, called BuzzNet", "a second study, named
// STRIDE". A body ("a charity called Open Doors") or a person ("a man
// named Tomas Brenn") is no thing.
func (d *doc) thingNamed(c *chunk) bool {
	k := c.first - 1
	if k < 1 || c.kind == kPerson || c.kind == kPlace || d.ents[c.ent].personEv > 0 || !d.toks[k].lowerWord() {
		return false
	}
	switch d.lower(k) {
	case "called", "named", "dubbed", "nicknamed":
		k--
	case "as":
		if !d.isWord(k-1, "known") {
			return false
		}
		k -= 2
	default:
		return false
	}
	if k >= 0 && d.punct(k, ",") {
		k--
	}
	if k < 0 || !d.toks[k].lowerWord() || d.toks[k].inQuote() {
		return false
	}
	t := &d.toks[k]
	if w := d.lower(k); skyObject(w) && (w != "star" || k > 0 && starKind(d.lower(k-1))) {
		return true // "a red dwarf star known as KELL-4": a star, though "star" is a role too ("the pop star known as Vell")
	}
	// "Alan Spoon, recently named Newsweek president", "newly named": an
	// adverb before "named" gives a post, not a name.
	adverb := t.has(lxAdverb) || strings.HasSuffix(d.lower(k), "ly") && !t.has(lxCommon)
	return t.kind == tkWord && !adverb && !t.has(lxGenericOrg|lxGroup|lxRole|lxTitle|lxPlaceCue|lxPronoun|lxDet|lxPrep|lxFunc|lxVerb|lxAux) && t.cv == 0 &&
		!d.endsWith(k, "ed") && !d.endsWith(k, "ing") && !teamWord(d.lower(k)) && !companyHead(d.lower(k)) && !describedBody(d.lower(k))
}

// documentNamed reports whether chunk c names a document by its title,
// its last word a document's noun: "the Kessby Annual Report", "Police
// First Information Report", "the Varno Memorandum". A report says what
// its authors found; it is no one who speaks.
func (d *doc) documentNamed(c *chunk) bool {
	if c.last-c.first < 2 || !d.toks[c.last-1].capWord() {
		return false
	}
	switch d.lower(c.last - 1) {
	case "report", "memo", "memorandum", "communique", "communiqué", "manifesto":
		return true
	}
	return false
}

// stormNamed reports whether chunk c names a storm: "Typhoon Koppu",
// "Hurricane Oskar", "Tropical Storm Mira". Storms get people's names;
// they never speak, and a "he" or "she" later is never theirs.
func (d *doc) stormNamed(c *chunk) bool {
	k := c.first
	if k+1 < c.last && (d.isWord(k, "tropical") || d.isWord(k, "super") || d.isWord(k, "severe")) {
		k++
	}
	if k+1 >= c.last || !d.toks[k].capWord() {
		return false
	}
	switch d.lower(k) {
	case "typhoon", "hurricane", "cyclone":
		return true
	case "storm", "depression":
		return k > c.first // "Tropical Storm Mira"; not "Storm Rellan", a person
	}
	return false
}

// skyObject reports whether w names a body in the sky, which a catalogue
// name ("TRAPPIST-1", "Kepler-90") is given: never a speaker.
func skyObject(w string) bool {
	switch w {
	case "star", "planet", "exoplanet", "galaxy", "asteroid", "comet", "nebula", "quasar", "pulsar":
		return true
	}
	return false
}

// starKind reports whether w, before "star", makes it one in the sky.
func starKind(w string) bool {
	switch w {
	case "dwarf", "giant", "supergiant", "neutron", "host", "binary", "parent", "variable", "sunlike":
		return true
	}
	return false
}

// knownPlaceIn reports whether a word of chunk c is a place or a nation
// the lexicon knows.
func (d *doc) knownPlaceIn(c *chunk) bool {
	for j := c.first; j < c.last; j++ {
		if d.toks[j].has(lxPlace | lxNation) {
			return true
		}
	}
	return false
}

// characterNamed reports whether chunk ci is the first mention of a
// character in a plot summary: a name brought in by a description with
// "a" ("follows a widow, Elsa,", "a tired detective, Inspector Moll,",
// "a lighthouse keeper named Ada") in a sentence about a film, a novel,
// a game or a like work, and never the subject of a past cue ("said",
// "told") anywhere, as a real person at a premiere would be. What a
// character "tells" or "warns" in the plot is no one's speech.
func (d *doc) characterNamed(ci int) bool {
	c := &d.chunks[ci]
	if c.kind == kOrg || c.kind == kPlace || c.first < 3 {
		return false
	}
	k := c.first - 1
	switch {
	case d.punct(k, ","):
		if !d.punct(c.last, ",") {
			return false
		}
	case d.isWord(k, "named") || d.isWord(k, "called"):
	default:
		return false
	}
	// The description: "a", then up to three words that are no verb;
	// or a character's own ("Moll's partner, Dana Voss,"), which needs
	// no work named beside it.
	desc, ofCharacter := false, false
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if d.toks[j].kind == tkPoss {
			o := d.entAt[j-1]
			ofCharacter = j < k-1 && o >= 0 && int(o) != c.ent && d.ents[o].thing && d.ents[o].kind != kOrg
			desc = ofCharacter
			break
		}
		if !d.toks[j].lowerWord() {
			break
		}
		if d.isWord(j, "a") || d.isWord(j, "an") {
			desc = j < k-1
			break
		}
		if d.toks[j].has(lxVerb | lxAux | lxPrep | lxPronoun) {
			return false
		}
	}
	if !desc || !ofCharacter && c.last-c.name != 1 {
		// A plot summary calls its people by one name ("Elsa",
		// "Inspector Moll"); "a critic, Tomas Lind, says" is a real one.
		return false
	}
	s := d.sents[d.sentOf[c.first]]
	work := ofCharacter
	for j := s.first; j < s.last && !work; j++ {
		work = d.toks[j].lowerWord() && !d.toks[j].inQuote() && plotWork(d.lower(j))
	}
	if !work {
		return false
	}
	// What the entity's other mentions say comes last, after the tests of
	// the words around the name, which turn nearly every chunk away.
	m := d.mentionFacts(c.ent)
	// Not its first mention; nor "A fan, Elsa Brant, said at the
	// premiere of the film".
	return int(m.firstChunk) == ci && !m.saidAfter
}

// mentionFacts is what characterNamed asks of the chunks naming entity
// e, noted of every chunk once a text on first need, where it read every
// chunk for each name it asked about, and a long text of many names cost
// the square of its length. findAppositives, its only caller, changes no
// chunk's entity.
type mentionFacts struct {
	firstChunk int32 // the first chunk naming the entity
	saidAfter  bool  // a chunk naming it is followed by "said", "told", "added" or "wrote"
}

// mentionFacts returns the mentionFacts of entity e.
func (d *doc) mentionFacts(e int) mentionFacts {
	if d.entMentions == nil {
		d.entMentions = make([]mentionFacts, len(d.ents))
		for i := range d.entMentions {
			d.entMentions[i].firstChunk = -1
		}
		for j := range d.chunks {
			o := &d.chunks[j]
			if o.ent < 0 {
				continue
			}
			m := &d.entMentions[o.ent]
			if m.firstChunk < 0 {
				m.firstChunk = int32(j)
			}
			if o.last < len(d.toks) && d.toks[o.last].lowerWord() &&
				(d.isWord(o.last, "said") || d.isWord(o.last, "told") || d.isWord(o.last, "added") || d.isWord(o.last, "wrote")) {
				m.saidAfter = true
			}
		}
	}
	return d.entMentions[e]
}

// plotWork reports whether w names a work with a plot a review sums up
// (not a documentary, whose people are real).
func plotWork(w string) bool {
	switch w {
	case "film", "movie", "novel", "book", "series", "game", "play", "episode", "musical", "sitcom",
		"drama", "thriller", "comedy", "opera", "story", "novella", "show":
		return true
	}
	return false
}

// roleByVerb maps a verb that says what someone does to the role it
// gives: "who chairs the commission" is its chair, "a team led by" its
// leader.
var roleByVerb = map[string]string{
	"chairs": "chair", "chaired": "chair", "heads": "head", "headed": "head", "leads": "leader", "led": "leader",
	"coaches": "coach", "coached": "coach", "manages": "manager", "managed": "manager", "directs": "director",
	"directed": "director", "captains": "captain", "captained": "captain",
	// "a car driven by Keyosha Jackson", "the bakery, founded by", "the
	// mill, owned by": then "the driver", "the founder", "the owner".
	"driven": "driver", "drives": "driver", "founded": "founder", "owned": "owner", "owns": "owner",
	"written": "author", "designed": "designer", "trained": "trainer", "trains": "trainer",
}

// tradeByVerb maps a verb a subject works at to the trade it names.
var tradeByVerb = map[string]string{
	"farms": "farmer", "farmed": "farmer", "teaches": "teacher", "taught": "teacher",
}

// tradeByOwnVerb returns the trade the verb after the subject chunk c,
// past an age or other aside and "has", gives it ("Ivo Marsh, 61, has
// farmed at Kettle Ridge", "Varga teaches at the school"), or "".
func (d *doc) tradeByOwnVerb(c *chunk, k int) string {
	if !d.opensSentence(int(c.first)) {
		return ""
	}
	s := d.sents[d.sentOf[c.first]]
	if d.punct(k, ",") {
		n := k + 1
		for ; n < s.last && n < k+8 && !d.punct(n, ","); n++ {
		}
		if !d.punct(n, ",") {
			return ""
		}
		k = n + 1
	}
	if d.isWord(k, "has") || d.isWord(k, "had") {
		k++
	}
	if k >= s.last || !d.toks[k].lowerWord() {
		return ""
	}
	return tradeByVerb[d.lower(k)]
}

// notePredicateRole records the role a clause gives the person of chunk
// ci, where news gives it by a verb rather than in apposition: "Ilse
// Varga became mayor", "Brenn was elected mayor of Tarvik", "Varga, who
// chairs the commission,", "The talks were chaired by Ulla Svendsen".
// Then "the mayor said" and "the commission's chair said" are them.
func (d *doc) notePredicateRole(ci int) {
	c := &d.chunks[ci]
	if c.ent < 0 || c.kind == kOrg || c.kind == kPlace {
		return
	}
	if f := c.first; f >= 2 && d.isWord(f-1, "by") && d.toks[f-2].lowerWord() && d.sentOf[f-2] == d.sentOf[f] {
		if r := roleByVerb[d.lower(f-2)]; r != "" && (d.endsWith(f-2, "ed") || d.isWord(f-2, "led") || d.endsWith(f-2, "en")) {
			d.ents[c.ent].addRole(r) // "chaired by Ulla Svendsen"
			return
		}
	}
	k := c.last
	if k >= len(d.toks) || d.sentOf[k] != d.sentOf[c.first] {
		return
	}
	if d.punct(k, ",") && d.isWord(k+1, "who") && k+2 < len(d.toks) {
		if r := roleByVerb[d.lower(k+2)]; r != "" && d.endsWith(k+2, "s") && d.toks[k+2].lowerWord() {
			d.ents[c.ent].addRole(r) // "Varga, who chairs the commission,"
		}
		return
	}
	if r := d.crimeRoleAfter(k); r != "" {
		d.ents[c.ent].addRole(r) // "Tomas Brenn, 29, was robbed": "the victim"
		return
	}
	if r := d.tradeByOwnVerb(c, k); r != "" {
		d.ents[c.ent].addRole(r) // "Ivo Marsh, 61, has farmed there all his life": "the farmer"
		return
	}
	copula := false
	switch {
	case d.isWord(k, "became") || d.isWord(k, "becomes"):
		k++
	case (d.isWord(k, "was") || d.isWord(k, "is")) && (d.isWord(k+1, "elected") || d.isWord(k+1, "appointed") || d.isWord(k+1, "named")):
		k += 2
	case (d.isWord(k, "took") || d.isWord(k, "takes")) && d.isWord(k+1, "over") && d.isWord(k+2, "as"):
		k += 3
	case (d.isWord(k, "is") || d.isWord(k, "was")) && (d.isWord(k+1, "the") || d.isWord(k+1, "a") || d.isWord(k+1, "an")):
		// "Ilse Varga is the mayor of Tarvik", "Brenn was a coach in
		// Pellan for ten years": news gives a role by the copula as often
		// as in apposition, and a later "the mayor said" is them.
		k++
		copula = true
	default:
		return
	}
	if d.isWord(k, "as") {
		k++
	}
	if k < len(d.toks) && d.toks[k].lowerWord() && (d.isWord(k, "the") || d.isWord(k, "a") || d.isWord(k, "an")) {
		k++
	}
	start, end := k, -1
	for j := k; j < len(d.toks) && j < k+4 && d.sentOf[j] == d.sentOf[c.first] && d.toks[j].kind == tkWord; j++ {
		if d.toks[j].has(lxRole) && !d.toks[j].has(lxDet|lxPrep) {
			end = j + 1 // "mayor", "head coach", "chief executive"
		} else if end >= 0 || d.toks[j].has(lxDet|lxPrep|lxVerb|lxAux) {
			break
		}
	}
	if copula && end > start && end < len(d.toks) && d.toks[end].kind == tkPoss {
		return // "Varga is the mayor's sister": the role is another's
	}
	if end > start {
		d.noteRole(c.ent, start, end)
	}
}

// crimeRoleAfter returns the part in a crime that the passive verb after
// a name, at token k, gives its holder: "was robbed", "was stabbed" make a
// victim, "was arrested", "was charged" a suspect; or "". An age or a
// home set off by commas may come between ("X, 29, of Lerrow, was").
func (d *doc) crimeRoleAfter(k int) string {
	s := d.sents[d.sentOf[k]]
	for n := 0; n < 2 && d.punct(k, ","); n++ {
		j := k + 1
		for j < s.last && j < k+5 && !d.punct(j, ",") {
			j++
		}
		if j >= s.last || !d.punct(j, ",") {
			if n == 0 {
				return ""
			}
			break // the verb after the last aside
		}
		k = j // the closing comma may open the next aside: ", 29, of Lerrow,"
	}
	if d.punct(k, ",") {
		k++
	}
	if !d.isWord(k, "was") && !d.isWord(k, "is") && !d.isWord(k, "has") {
		return ""
	}
	k++
	if d.isWord(k, "been") {
		k++
	}
	if k >= s.last || !d.toks[k].lowerWord() {
		return ""
	}
	switch d.lower(k) {
	case "robbed", "mugged", "stabbed", "attacked", "assaulted", "beaten", "shot", "wounded", "injured", "hurt", "kidnapped", "abducted", "defrauded", "burgled":
		return "victim"
	case "arrested", "charged", "detained":
		return "suspect"
	}
	return ""
}

// postedTitle returns the tokens [t0, t1) of the title before the "to"
// (or "to the") that chunk c follows, when c names where the title's
// holder is posted and then the holder ("Ambassador to | Calder Ilse
// Varga"); -1 and -1 otherwise.
func (d *doc) postedTitle(c *chunk) (int, int) {
	if c.name <= c.first || d.postedToStart(c.first, c) != c.name {
		return -1, -1
	}
	k := c.first - 1
	if d.isWord(k, "the") {
		k--
	}
	t1 := k // the "to"
	t0 := t1
	for t0-1 >= 0 && t1-t0 < 3 && d.toks[t0-1].capWord() && d.toks[t0-1].has(lxTitle|lxRole) && d.toks[t0-1].para == d.toks[c.first].para {
		t0--
	}
	if t0 == t1 {
		return -1, -1
	}
	return t0, t1
}

// capOfficeBefore returns the start of an office written in capitals that
// opens its sentence with "the" and ends at token j ("The Orashi State
// Commissioner of Police", "The State Police Public Relations Officer"):
// capitalised words and "of" only, one of them a role; or -1.
//
// The remit after "of" may list several fields, commas and "and" between
// them ("The Minister of Regional and Local Government, Housing and Rural
// Development, Carl Namby,"): a list only the "of" opens.
func (d *doc) capOfficeBefore(j int) int {
	role := false
	listed := false // an "and" or a comma read back that no "of" has opened yet
	for k := j; k >= 0 && k > j-16; k-- {
		t := &d.toks[k]
		switch {
		case d.isWord(k, "the") && t.is(fSentStart):
			if !role || k == j || listed {
				return -1
			}
			return k
		case t.capWord() && t.kind == tkWord:
			if t.has(lxRole) {
				role = true
			}
		case d.isWord(k, "of") && t.lowerWord():
			listed = false
		case k > 0 && k < j && (d.isWord(k, "and") && t.lowerWord() || d.punct(k, ",")) && d.toks[k+1].capWord() && d.toks[k-1].capWord():
			listed = true
		default:
			return -1
		}
	}
	return -1
}

// noteOwnKinGender gives person chunk c the sex its own kin word implies
// when the name is followed at once by "to", "with", "and", "beside" or
// "alongside" and a "his" or "her" before a word for a family tie: "said
// Halvard Dunmore to his wife", "Marta Kell and her husband": the
// possessive can be no one else's, so a later "she" is not him.
func (d *doc) noteOwnKinGender(c *chunk) {
	en := &d.ents[c.ent]
	if en.gender != gUnknown && !en.genderHint {
		return
	}
	k := c.last
	if k+2 >= len(d.toks) || d.sentOf[k+2] != d.sentOf[c.first] || !d.toks[k].lowerWord() {
		return
	}
	switch d.lower(k) {
	case "to", "with", "and", "beside", "alongside":
	default:
		return
	}
	var g gender
	switch d.lower(k + 1) {
	case "his":
		g = gMale
	case "her":
		g = gFemale
	default:
		return
	}
	if t := &d.toks[k+2]; !t.lowerWord() || !t.has(lxRole) || genderOfWord(t.lx) == gUnknown && !kinWord(d.lower(k+2)) {
		return
	}
	en.gender, en.genderHint, en.genderGuess = g, false, false
}

// legalForm reports whether w is a firm's legal form closing its name:
// "Corp.", "Inc.", "Ltd", "plc".
func legalForm(w string) bool {
	switch w {
	case "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "co.", "gmbh", "ag", "s.a.", "n.v.", "limited", "corporation":
		return true
	}
	return false
}
