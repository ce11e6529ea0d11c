// Institutions a text names by their country, place or person rather than
// by a name of their own: "the Mexican government", "Northamptonshire
// police".

package extract

import "strings"

// stateBodyAdjective reports whether w says which of a state's bodies
// its noun is ("federal government", "national police"), standing
// between the country's possessive and the noun.
func stateBodyAdjective(w string) bool {
	switch w {
	case "federal", "central", "national", "interim", "transitional", "provisional", "caretaker", "regional", "state":
		return true
	}
	return false
}

// namedBody returns the body that a public institution named after its
// country, place or person is ("the Mexican government", "Northamptonshire
// police", "the Biden campaign", "the government of Samoa"), making it an
// entity of its own; or -1 when the phrase [i, j) with head h is no such
// name.
func (d *doc) namedBody(i, h, main, j int) int {
	if e := d.localService(i, h); e >= 0 {
		return e
	}
	if b := d.bodyBeforeDoc(i, h); b > i {
		// "a Tarvik police press release", "a Marlow council statement":
		// the body the document is of.
		return d.namedBody(i, b, b+1, b+1)
	}
	if envoyBody(d.lower(h)) {
		return d.envoyMission(i, h, main, j)
	}
	start, end := -1, h+1
	switch d.lower(h) {
	case "government", "police", "embassy", "consulate", "campaign", "military", "army", "navy", "forces", "administration",
		"council", "airport", "coastguard", "hospital", "junta":
		// "Russia's government": a state body named by its country's
		// possessive.
		k := h - 1
		if k-2 >= i && d.toks[k].lowerWord() && stateBodyAdjective(d.lower(k)) && d.toks[k-1].kind == tkPoss {
			k-- // "Tarvik's federal government", "Calder's national police": the kind of state body between
		}
		if k-1 >= i && d.toks[k].kind == tkPoss && d.lower(h) != "campaign" {
			if ci := d.chunkAt[k-1]; ci >= 0 && d.chunks[ci].ent >= 0 {
				// "Marlow's police": a local body's noun takes a name the
				// text says nothing else about as a town's, as "Marlow
				// police" does.
				// "Tannland's military": a state's noun takes a one-word
				// name the text says nothing else about as a country's,
				// as a mission's does (envoyMission).
				en := &d.ents[d.chunks[ci].ent]
				single := d.chunks[ci].last-d.chunks[ci].first == 1
				if en.placeish() || localBodyHead(d.lower(h)) && single && !en.personish() && !en.orgish() && en.personEv == 0 ||
					stateHead(d.lower(h)) && single && d.bareName(d.chunks[ci].ent) {
					return d.bodyEntity(d.chunks[ci].first, end)
				}
			}
		}
	case "ministry", "judiciary", "parliament", "cabinet", "presidency", "agency", "authority", "watchdog", "regulator":
		// "the Chilean health ministry", "Russia's foreign ministry",
		// "Iran's judiciary", "Bahia's civil defense agency": a state body
		// named by its country or region. Not "Turkey's Anatolia news
		// agency": an outlet.
		generic := d.isWord(h, "agency") || d.isWord(h, "authority") || d.isWord(h, "watchdog") || d.isWord(h, "regulator")
		if generic && (d.isWord(h-1, "news") || d.isWord(h-1, "press") || d.isWord(h-1, "wire") || i > 0 && d.punct(i-1, ",")) {
			return -1 // nor "The Safety Secretariat, Peru's emergency agency,": the name's apposition
		}
		k := h - 1
		for k > i && k > h-3 && d.toks[k].lowerWord() && !d.toks[k].has(lxDet|lxFunc|lxPrep) {
			k--
		}
		poss := false
		if k >= i && d.toks[k].kind == tkPoss && k-1 >= i {
			k--
			poss = true
		}
		if k < i || k < 0 {
			return -1
		}
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 && (d.ents[d.chunks[ci].ent].placeish() || poss && countryName(&d.ents[d.chunks[ci].ent])) {
			return d.bodyEntity(d.chunks[ci].first, end) // "the UK's competition watchdog": the country's, though its letters read as a body's
		}
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].ent >= 0 && d.chunks[ci].first == k && d.chunks[ci].last == k+1 && d.bareName(d.chunks[ci].ent) {
			// "Tannland's foreign ministry", "the Norvan defence
			// ministry": a one-word name the text says nothing else
			// about is a country's, as before a mission (envoyMission).
			return d.bodyEntity(k, end)
		}
		if !generic && d.toks[k].capWord() && d.toks[k].has(lxNation) && (d.chunkAt[k] < 0 || d.chunks[d.chunkAt[k]].last-d.chunks[d.chunkAt[k]].first == 1) {
			if e := d.nationShortBody(k, h); e >= 0 {
				return e
			}
			return d.bodyEntity(k, end) // "the Chilean health ministry"
		}
		return -1
	case "court":
		// "The Tarvik high court on Friday told ...", "the Ostby district
		// court": a court named by its town and its kind in lower case,
		// as the Indian press writes it, is that court (the annotation
		// gives it the court's words, as "Tarvik High Court").
		k := h - 1
		if k-1 < i || !d.toks[k].lowerWord() || !courtKind(d.lower(k)) {
			return -1
		}
		ci := d.chunkAt[k-1]
		if ci < 0 || int(d.chunks[ci].last) != k || int(d.chunks[ci].first) < i || d.chunks[ci].ent < 0 {
			return -1
		}
		if en := &d.ents[d.chunks[ci].ent]; en.personish() || en.orgish() || en.outlet {
			return -1 // "the Varga high court" is none; "Harlow Steel district court" neither
		}
		return d.bodyEntity(int(d.chunks[ci].first), end)
	case "guard":
		// "the Chinese coast guard": a state's service named by its
		// nation, as "the Chinese coastguard" is.
		k := h - 2
		if k < i || !d.isWord(h-1, "coast") || !d.toks[h-1].lowerWord() || !d.toks[k].capWord() {
			return -1
		}
		if d.toks[k].has(lxNation) {
			return d.bodyEntity(k, end)
		}
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].last == k+1 && d.chunks[ci].ent >= 0 {
			if en := &d.ents[d.chunks[ci].ent]; !en.personish() && !en.orgish() {
				return d.bodyEntity(int(d.chunks[ci].first), end) // "the Kessan coast guard": a name the text says nothing else about
			}
		}
		return -1
	case "coalition":
		// "the Norland-led coalition": an alliance named by the state
		// that leads it, as the wires name it. "U.S.-led" is three
		// tokens, and the phrase may open after the hyphen, or after
		// "led", which reads as a verb.
		if s := d.ledStart(h - 1); s >= 0 && h >= i {
			return d.bodyEntity(s, end)
		}
		return -1
	case "city", "town", "municipality":
		// "the city of Calabasas": only with the place after "of" (below).
		if !d.isWord(main, "of") {
			return -1
		}
	case "department", "office":
		// "the Los Angeles County coroner's department"
		if k := h - 1; k-2 >= i && d.toks[k].kind == tkPoss && d.toks[k-1].lowerWord() && d.toks[k-1].has(lxRole|lxTitle) {
			if ci := d.chunkAt[k-2]; ci >= 0 && d.chunks[ci].ent >= 0 && !d.ents[d.chunks[ci].ent].personish() {
				return d.bodyEntity(d.chunks[ci].first, end)
			}
		}
		// "Matovič's government office": the government office a
		// person heads is a body named after them, which speaks for
		// itself, as "Kell's campaign" does. "Varga's office" speaks for
		// the Varga the text has named ("her office" names no body and
		// speaks for her too); for a Varga it has not, it is the office.
		k := h - 1
		gov := k > i && d.toks[k].lowerWord() && d.isWord(k, "government")
		if gov || k > i && d.toks[k].lowerWord() && d.isWord(k, "press") {
			k-- // "Varga's press office"
		}
		if d.isWord(h, "office") && k-1 >= i && d.toks[k].kind == tkPoss {
			if ci := d.chunkAt[k-1]; ci >= 0 && d.chunks[ci].ent >= 0 && (gov && d.ents[d.chunks[ci].ent].personish() || d.bareName(d.chunks[ci].ent)) {
				return d.bodyEntity(d.chunks[ci].name, end)
			}
		}
		return -1
	default:
		return -1
	}
	// "the Marlow city council" is the city's council by its kind's name,
	// as "Marlow city council" is.
	kindCouncil := d.isWord(h, "council") && h-1 > i && d.toks[h-1].lowerWord() && councilKind(d.lower(h-1))
	if newLocalHead(d.lower(h)) && d.toks[i].has(lxDet) && !kindCouncil {
		return -1 // "the Ostby council" is a council of Ostby's, not its name
	}
	k := h - 1
	if d.isWord(h, "council") && k > i && d.toks[k].lowerWord() && councilKind(d.lower(k)) {
		k-- // "Ostby city council", "Kestrel county council"
	}
	if d.isWord(h, "government") && k > i && d.toks[k].lowerWord() && governmentKind(d.lower(k)) {
		k-- // "the Oster state government", "the Varn provincial government": the place's government by its tier
	}
	if k >= i && d.toks[k].capWord() && !(d.isWord(h, "police") && d.toks[k].is(fSentStart) && policeKind(d.lower(k))) {
		if ci := d.chunkAt[k]; ci >= 0 {
			c := &d.chunks[ci]
			// A name the text says nothing else about is a country's, a
			// place's or a town's: "the Myanma embassy", "Kelmar police".
			// A local body's noun takes a longer such name too: "Western
			// Isles council", "Dumfries and Galloway police".
			unknown := c.ent >= 0 && !d.ents[c.ent].orgish() && !d.ents[c.ent].personish() && (c.last-c.first == 1 || localBodyHead(d.lower(h)))
			// A one-word name before "police" or "council" is a town's
			// even when it is a given name too: "Eugene police",
			// "Charlotte council"; no person has a force of their own.
			town := c.last-c.first == 1 && d.toks[h].lowerWord() && localBodyHead(d.lower(h)) && c.ent >= 0 && !d.ents[c.ent].orgish()
			// "the B.C. government", "P.E.I. police": a province or state
			// by its dotted initials, which read as a body's on their own.
			dotted := c.last-c.first == 1 && dottedInitials(d.str(c.first)) && d.lower(h) != "campaign" && (c.ent < 0 || !d.ents[c.ent].personish())
			if c.ent < 0 || d.ents[c.ent].placeish() || d.ents[c.ent].kind == kPlace || unknown || town || dotted || d.lower(h) == "campaign" && !d.ents[c.ent].orgish() {
				start = c.first
			}
		} else if d.toks[k].has(lxNation) {
			start = k
		}
		if ci := d.chunkAt[k]; ci >= 0 && start < 0 && d.toks[d.chunks[ci].first].has(lxNation) && d.chunks[ci].last-d.chunks[ci].first == 1 {
			start = k // "the U.S. embassy"
		}
	}
	// "Dumfries and Galloway police", "Argyll and Bute council": a local
	// body serves two places joined by "and", one name.
	if start >= 0 && localBodyHead(d.lower(h)) && start-2 >= 0 && d.isWord(start-1, "and") && d.toks[start-1].lowerWord() && d.toks[start-2].capWord() {
		if ci := d.chunkAt[start-2]; ci >= 0 && d.chunks[ci].last == start-1 && d.chunks[ci].last-d.chunks[ci].first == 1 {
			f := d.chunks[ci].first
			if e := d.chunks[ci].ent; (e < 0 || !d.ents[e].personish() && !d.ents[e].orgish()) && !(f >= 2 && d.punct(f-1, ",") && d.chunkAt[f-2] >= 0) {
				start = f
			}
		}
	}
	// "Senator Kell's campaign": a candidate's campaign speaks for itself.
	if k := h - 1; start < 0 && d.lower(h) == "campaign" && k-1 >= i && d.toks[k].kind == tkPoss {
		if ci := d.chunkAt[k-1]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
			return d.bodyEntity(d.chunks[ci].name, end)
		}
	}
	// "the U.S. embassy in Beijing": a mission is named with its city.
	if start >= 0 && (d.isWord(h, "embassy") || d.isWord(h, "consulate")) && d.isWord(h+1, "in") {
		if h+2 < len(d.toks) && d.chunkAt[h+2] >= 0 && d.chunks[d.chunkAt[h+2]].first == h+2 {
			ci := d.chunkAt[h+2]
			end = d.chunks[ci].last
		}
	}
	// "police in Lenmoor": a force is named with the town it serves; not
	// "police in Saudi Arabia", a country's many forces.
	if start < 0 && d.isWord(h, "police") && d.isWord(h+1, "in") && h+2 < len(d.toks) && d.toks[h+2].capWord() && !d.toks[h+2].has(lxPlace|lxNation) {
		if ci := d.chunkAt[h+2]; ci >= 0 && d.chunks[ci].first == h+2 {
			if e := d.chunks[ci].ent; e < 0 || d.ents[e].placeish() || d.ents[e].kind == kPlace || !d.ents[e].orgish() && !d.ents[e].personish() {
				start, end = h, d.chunks[ci].last
			}
		}
	}
	if start < 0 && main == h+1 && d.isWord(main, "of") && j > main+1 {
		if ci := d.chunkAt[j-1]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].placeish() && d.chunks[ci].last == j {
			start, end = h, j // "the government of Samoa"
		}
	}
	if start < 0 {
		return -1
	}
	if end == h+1 && d.toks[start].has(lxNation) {
		if e := d.nationShortBody(start, h); e >= 0 {
			return e
		}
	}
	return d.bodyEntity(start, end)
}

// nationShortBody returns the one body the text has already named in
// full whose name opens with the nation word at k and has the noun at h
// for its head, holding any words between them: "the Turkish ministry"
// after "the Turkish Foreign Ministry", "the Kenyan ministry" after "the
// Kenyan Ministry of Water". A writer shortens a body's name so once it
// is known; made a body of its own, the short form split the body's
// quotes between two speakers. Two such bodies, or none, give -1.
func (d *doc) nationShortBody(k, h int) int {
	nation, head := foldNameWord(d.key(k)), foldNameWord(d.key(h))
	found := -1
	for _, e := range d.wordIdx[head] {
		en := &d.ents[e]
		if len(en.words) <= h-k+1 || en.words[0] != nation || !en.orgish() || bodyNameHead(en.words) != head {
			continue
		}
		inner := true
		for m := k + 1; m < h && inner; m++ {
			inner = contains(en.words, foldNameWord(d.key(m)))
		}
		if !inner || found == int(e) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = int(e)
	}
	return found
}

// bodyNameHead is the head noun of a body's folded name: the word before
// its first "of" ("ministry" in "kenyan ministry of water"), else its
// last word.
func bodyNameHead(words []string) string {
	for i, w := range words {
		if w == "of" && i > 0 {
			return words[i-1]
		}
	}
	return words[len(words)-1]
}

// envoyMission returns the body a country's mission or delegation "to" a
// body makes, named with the body and any city after it, as the gold and
// the press name it: "the Israeli mission to the UN in Geneva". The
// country is a nation's word or a name the text says nothing else about;
// "the Artemis mission to Mars" is sent to a place, no body, and is -1.
func (d *doc) envoyMission(i, h, main, j int) int {
	k := h - 1
	if k < i || !d.isWord(main, "to") || main != h+1 {
		return -1
	}
	start := -1
	if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].last == k+1 {
		c := &d.chunks[ci]
		if e := c.ent; e >= 0 && (d.ents[e].placeish() || c.last-c.first == 1 && d.bareName(e)) || d.toks[c.first].has(lxNation) && c.last-c.first == 1 {
			start = c.first
		}
	} else if d.toks[k].capWord() && d.toks[k].has(lxNation) {
		start = k
	}
	if start < i {
		return -1
	}
	n := main + 1
	if d.isWord(n, "the") && d.toks[n].lowerWord() {
		n++
	}
	ci := -1
	if n < j {
		ci = int(d.chunkAt[n])
	}
	if ci < 0 || d.chunks[ci].first != n || d.chunks[ci].ent < 0 || d.ents[d.chunks[ci].ent].placeish() {
		return -1
	}
	return d.bodyEntity(start, j)
}

// stateHead reports whether head is the noun of a state's own body,
// which a country's possessive names: "Tannland's military".
func stateHead(head string) bool {
	switch head {
	case "government", "military", "army", "navy", "forces", "administration", "embassy", "consulate", "junta":
		return true
	}
	return false
}

// bareName reports whether entity e is a name the text says nothing else
// about: not a person, a body or a place.
func (d *doc) bareName(e int) bool {
	en := &d.ents[e]
	return en.personEv == 0 && !en.outlet && !en.orgish() && !en.placeish() && en.kind == kUnknown
}

// namedBodyHead reports whether head is the noun of a public body that
// namedBody names by its country, place or person: "the Russian
// government", "Kelmar police", "the Vell campaign".
func namedBodyHead(head string) bool {
	switch head {
	case "government", "police", "embassy", "consulate", "campaign", "military", "army", "navy", "forces", "administration",
		"council", "airport", "coastguard", "hospital", "junta":
		return true
	}
	return false
}

// personalBody reports whether head names a body that serves one person
// and speaks for that person: "the office of", "the campaign of".
func personalBody(head string) bool {
	switch head {
	case "office", "campaign", "administration":
		return true
	}
	return false
}

// bodyKnown returns the entity already named by the words [i, j), or -1.
func (d *doc) bodyKnown(i, j int) int {
	words := d.foldWords(i, j)
	if len(words) == 0 {
		return -1
	}
	key := strings.Join(words, " ")
	for _, e := range d.wordIdx[words[len(words)-1]] {
		if contains(d.ents[e].keys, key) {
			return int(e)
		}
	}
	return -1
}

// bodyEntity returns the entity named by the words [i, j), registering it
// as an organisation when it is new.
func (d *doc) bodyEntity(i, j int) int {
	if e := d.bodyKnown(i, j); e >= 0 {
		return e
	}
	words := d.foldWords(i, j)
	key := strings.Join(words, " ")
	d.ents = append(d.ents, entity{spoke: -1, kind: kOrg, orgEv: 2})
	e := len(d.ents) - 1
	d.ents[e].setWords(words, d.nameSpan(i, j))
	d.addKey(e, key)
	d.addForm(&d.ents[e], d.nameSpan(i, j))
	return e
}

// courtKind reports whether w, before "court", says what kind of court
// it is: "Tarvik high court", "Ostby district court".
func courtKind(w string) bool {
	switch w {
	case "high", "district", "sessions", "magistrate", "magistrates", "supreme", "appeals", "county", "circuit", "family", "civil", "criminal":
		return true
	}
	return false
}

// councilKind reports whether w, before "council", says what kind of
// local council it is: "Ostby city council", "Kestrel county council".
func councilKind(w string) bool {
	switch w {
	case "city", "county", "borough", "district", "town", "parish", "regional", "island", "islands", "municipal":
		return true
	}
	return false
}

// governmentKind reports whether w, before "government" and after a
// place's name, says which tier of government it is: "the Oster state
// government", "the Varn provincial government", as councilKind says a
// council's kind.
func governmentKind(w string) bool {
	switch w {
	case "state", "provincial", "regional", "county", "municipal", "territorial", "city":
		return true
	}
	return false
}

// policeKind reports whether w names a kind of police force rather than
// the place it serves, which opening a sentence looks like a town's name:
// "State police said", "Campus police said", as "City police" and
// "Transit police" already give no body.
func policeKind(w string) bool {
	switch w {
	case "state", "campus", "metro", "tribal", "park", "port", "railway", "university", "village", "federal":
		return true
	}
	return false
}

// localBodyHead reports whether head is the noun of a body that serves a
// place and is named by it, whatever the length of the place's name:
// "Western Isles council", "Dublin airport".
func localBodyHead(head string) bool {
	switch head {
	case "police", "council", "airport", "coastguard", "hospital":
		return true
	}
	return false
}

// newLocalHead reports whether head is a local body's noun that names a
// body only without an article before the place: "Ostby council", not
// "the Ostby council". Every localBodyHead but "police", which names a
// body either way ("the Ostby police").
func newLocalHead(head string) bool {
	return head != "police" && localBodyHead(head)
}

// localService returns the body that a place's public service is, named
// by the place and what the service does: "the Tarvik fire service",
// "Ostby health department", "Scottish Fire and Rescue service",
// "Kestrel water authority"; or -1 when the phrase [i, h] with head h is
// no such name. The place is a name the text says nothing else about, as
// localBodyHead's are; a person's or a company's service is no such body.
func (d *doc) localService(i, h int) int {
	if !serviceHead(d.lower(h)) {
		return -1
	}
	k := h - 1
	kinds := 0
	for k >= i && k > h-5 && d.toks[k].kind == tkWord && serviceKind(d.lower(k)) {
		kinds++
		k--
		if k-1 >= i && (d.isWord(k, "and") || d.punct(k, "&")) && serviceKind(d.lower(k-1)) {
			k-- // "fire and rescue service"
		}
	}
	poss := kinds > 0 && k-1 >= i && d.toks[k].kind == tkPoss
	if poss {
		k-- // "Ostby's health department"
	}
	if kinds == 0 || k < i || !d.toks[k].capWord() {
		return -1
	}
	start := -1
	if ci := d.chunkAt[k]; ci >= 0 {
		// "Kelmar County fire department": a county's name is a body's
		// too, but here the place's.
		c := &d.chunks[ci]
		county := d.toks[c.last-1].has(lxPlaceCue)
		if e := c.ent; e < 0 || d.ents[e].placeish() || d.ents[e].kind == kPlace ||
			!d.ents[e].personish() && (!d.ents[e].orgish() || c.last > k+1 || county) && !(poss && d.ents[e].orgish() && !county) {
			start = c.first
		}
	} else if d.toks[k].has(lxNation) {
		start = k
	}
	if start < i || start > k || start > 0 && d.toks[start-1].kind == tkPoss {
		return -1
	}
	return d.bodyEntity(start, h+1)
}

// serviceHead reports whether head is the noun of a public service that
// a place names together with what it does: "fire service", "health
// department", "tourism board", "water authority", "fire brigade".
func serviceHead(head string) bool {
	switch head {
	case "service", "services", "brigade", "authority", "board", "department", "agency",
		// "Velmora health authorities", "Tarvian health officials": a
		// place's officials of one remit speak for its public body.
		"authorities":
		return true
	}
	return false
}

// serviceKind reports whether w, before a service's noun, says what the
// service does: "fire", "rescue", "health", "tourism", "water".
func serviceKind(w string) bool {
	switch w {
	case "fire", "rescue", "ambulance", "health", "tourism", "tourist", "water", "transport", "transit", "parks",
		"education", "housing", "planning", "sanitation", "environment", "environmental", "emergency", "coast",
		"port", "coastguard", "customs", "aviation", "maritime", "fisheries":
		return true
	}
	return false
}

// bodyBeforeDoc returns the head of a body named by its place just before
// the document noun at token h ("Tarvik police | press release", "Marlow
// council | statement"), or -1.
func (d *doc) bodyBeforeDoc(i, h int) int {
	if !d.toks[h].lowerWord() || !(d.toks[h].has(lxDoc) || d.isWord(h, "statement") || d.isWord(h, "release")) {
		return -1
	}
	k := h - 1
	if k > i && (d.isWord(k, "press") || d.isWord(k, "news")) && d.toks[k].lowerWord() {
		k-- // "press release", "news release"
	}
	if k <= i || !d.toks[k].lowerWord() || !namedBodyHead(d.lower(k)) || d.chunkAt[k-1] < 0 {
		return -1
	}
	return k
}

// dottedInitials reports whether w is two or more capital letters each
// followed by a full stop: "B.C.", "P.E.I.".
func dottedInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// ledStart returns the first token of a capitalised "X-led" ending at
// token k, naming the one that leads what follows ("the Norland-led
// coalition", "the U.S.-led coalition"), or -1.
func (d *doc) ledStart(k int) int {
	if k < 0 || k >= len(d.toks) || d.toks[k].inQuote() {
		return -1
	}
	if d.toks[k].capWord() && len(d.lower(k)) > 4 && d.endsWith(k, "-led") {
		return k
	}
	if k >= 2 && d.isWord(k, "led") && d.punct(k-1, "-") && d.toks[k-2].capWord() && d.toks[k-1].start == d.toks[k-2].end && d.toks[k].start == d.toks[k-1].end {
		return k - 2
	}
	return -1
}
