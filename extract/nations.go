package extract

import "strings"

// A people named as the subject of a speech verb ("The Armenians claim
// they were retaliating", "the Chinese said") speaks for its country: the
// annotation rules credit a country's unnamed representatives to the
// country. A counted or quantified people ("Many Americans say", "two
// Russians", "thousands of Armenians") is a group of unnamed people, no
// country and no speaker.

// countryNames holds every country nationPlurals names, folded, and
// countryFirstWords their first words, so a name is checked against them
// without walking the map: countryNameAt asks of most names in a text.
var countryNames, countryFirstWords = func() (map[string]bool, map[string]bool) {
	names, first := map[string]bool{}, map[string]bool{}
	for _, c := range nationPlurals {
		c = strings.ToLower(c)
		names[c] = true
		first[strings.Fields(c)[0]] = true
	}
	return names, first
}()

// nationPlurals maps the folded plural of a people to the country it
// speaks for. The nouns that are also the nationality adjective
// ("Chinese", "French") are in it too: after "the" they name the people.
var nationPlurals = map[string]string{
	"afghans": "Afghanistan", "albanians": "Albania", "algerians": "Algeria", "americans": "United States",
	"argentines": "Argentina", "argentinians": "Argentina", "armenians": "Armenia", "australians": "Australia",
	"austrians": "Austria", "azerbaijanis": "Azerbaijan", "azeris": "Azerbaijan", "bangladeshis": "Bangladesh",
	"belarusians": "Belarus", "belgians": "Belgium", "bolivians": "Bolivia", "bosnians": "Bosnia",
	"brazilians": "Brazil", "british": "United Kingdom", "britons": "United Kingdom", "bulgarians": "Bulgaria",
	"cambodians": "Cambodia", "cameroonians": "Cameroon", "canadians": "Canada", "chileans": "Chile",
	"chinese": "China", "colombians": "Colombia", "croatians": "Croatia", "croats": "Croatia", "cubans": "Cuba",
	"cypriots": "Cyprus", "czechs": "Czech Republic", "danes": "Denmark", "dutch": "Netherlands",
	"ecuadorians": "Ecuador", "egyptians": "Egypt", "emiratis": "United Arab Emirates", "eritreans": "Eritrea",
	"estonians": "Estonia", "ethiopians": "Ethiopia", "filipinos": "Philippines", "finns": "Finland",
	"french": "France", "georgians": "Georgia", "germans": "Germany", "ghanaians": "Ghana", "greeks": "Greece",
	"guatemalans": "Guatemala", "haitians": "Haiti", "hondurans": "Honduras", "hungarians": "Hungary",
	"icelanders": "Iceland", "indians": "India", "indonesians": "Indonesia", "iranians": "Iran", "iraqis": "Iraq",
	"irish": "Ireland", "israelis": "Israel", "italians": "Italy", "jamaicans": "Jamaica", "japanese": "Japan",
	"jordanians": "Jordan", "kazakhs": "Kazakhstan", "kenyans": "Kenya", "kuwaitis": "Kuwait",
	"latvians": "Latvia", "lebanese": "Lebanon", "liberians": "Liberia", "libyans": "Libya",
	"lithuanians": "Lithuania", "malaysians": "Malaysia", "malians": "Mali", "mexicans": "Mexico",
	"moldovans": "Moldova", "mongolians": "Mongolia", "moroccans": "Morocco", "nepalese": "Nepal",
	"nigerians": "Nigeria", "norwegians": "Norway", "pakistanis": "Pakistan", "palestinians": "Palestine",
	"peruvians": "Peru", "poles": "Poland", "portuguese": "Portugal", "qataris": "Qatar",
	"romanians": "Romania", "russians": "Russia", "rwandans": "Rwanda", "saudis": "Saudi Arabia",
	"serbs": "Serbia", "serbians": "Serbia", "slovaks": "Slovakia", "slovenians": "Slovenia",
	"somalis": "Somalia", "spaniards": "Spain", "sudanese": "Sudan", "swedes": "Sweden", "swiss": "Switzerland",
	"syrians": "Syria", "taiwanese": "Taiwan", "tanzanians": "Tanzania", "thais": "Thailand",
	"tunisians": "Tunisia", "turks": "Turkey", "ugandans": "Uganda", "ukrainians": "Ukraine",
	"uruguayans": "Uruguay", "uzbeks": "Uzbekistan", "venezuelans": "Venezuela", "vietnamese": "Vietnam",
	"yemenis": "Yemen", "zambians": "Zambia", "zimbabweans": "Zimbabwe",
}

// nationPeople returns the country the one-token chunk at k speaks for
// when it names a people as a body: "The Armenians", "the Chinese". ok
// is false for any other token, and people reports whether the token is
// a people at all, counted or not ("Many Americans": people, no country).
func (d *doc) nationPeople(k int) (country string, people, ok bool) {
	t := &d.toks[k]
	if t.kind != tkWord || !t.capWord() {
		return "", false, false
	}
	country, people = nationPlurals[d.lower(k)]
	if !people {
		return "", false, false
	}
	if t.has(lxNation) && !d.verbNext(k+1) {
		return "", false, false // "the Chinese embassy": the adjective
	}
	// A people is a body only after a bare "the": "the Armenians", not
	// "the two Russians", "many Americans" or "Armenians" alone.
	if k == 0 || !d.isWord(k-1, "the") || d.toks[k-1].para != t.para {
		return "", true, false
	}
	if !strings.HasSuffix(d.lower(k), "s") && d.askedEarlierInSentence(k) >= 0 {
		// "When Brandt asked Ferreira about the coach, the Portuguese
		// said": a word that is both the people and one of them, after
		// the person asked in its sentence, is that person described.
		return "", true, false
	}
	// "Two Russians were arrested ... The Russians said they were
	// tourists": the people counted before, not their country.
	for j := k - 2; j > 0 && j > k-5000; j-- {
		if d.lower(j) == d.lower(k) && d.countedBefore(j-1) {
			return "", true, false
		}
	}
	return country, true, true
}

// askedEarlierInSentence returns the person named, outside quotation
// marks, as the one asked before token k in k's sentence ("When Brandt
// asked Ferreira about the coach"), who answers next; not anyone named
// ("After a meeting with Mayor Ada Pirro, the Chinese said"). It returns
// -1 otherwise.
func (d *doc) askedEarlierInSentence(k int) int {
	for j := d.sents[d.sentOf[k]].first + 1; j < k && j < len(d.toks); j++ {
		ci := d.chunkAt[j]
		if ci < 0 || d.toks[j].inQuote() || int(d.chunks[ci].first) != j || d.chunks[ci].ent < 0 || !d.ents[d.chunks[ci].ent].personish() {
			continue
		}
		switch d.lower(j - 1) {
		case "asked", "quizzed", "questioned", "pressed":
			return d.chunks[ci].ent
		}
	}
	return -1
}

// countedBefore reports whether the word at j counts or quantifies the
// noun after it: "two", "12", "many", "thousands of".
func (d *doc) countedBefore(j int) bool {
	if j < 0 {
		return false
	}
	if d.isWord(j, "of") && j > 0 {
		j-- // "thousands of Armenians", "some of the Russians" are counted too
		if d.isWord(j, "the") && j > 0 {
			j--
		}
	}
	if d.toks[j].kind == tkNum || numberWord(d.lower(j)) > 0 {
		return true
	}
	switch d.lower(j) {
	case "some", "many", "most", "few", "several", "thousands", "hundreds", "dozens", "millions", "tens", "scores", "other", "fellow", "young", "ordinary", "all":
		return true
	}
	return false
}

// verbNext reports whether the token at k opens a verb phrase: a speech
// verb, an auxiliary or an adverb ("the French said", "the Chinese have
// denied", "the Japanese also warned").
func (d *doc) verbNext(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	return t.kind == tkWord && t.lowerWord() && (t.cv != 0 || t.has(lxAux|lxAdverb|lxNeg))
}

// nationSpeaks reports whether the token at k is a people that speaks for
// its country, the subject of a base-form verb: "The Armenians claim".
func (d *doc) nationSpeaks(k int) bool {
	_, _, ok := d.nationPeople(k)
	return ok
}

// nationVoices reports whether w names a state's unnamed voices after a
// nation's adjective: "Israeli officials", "a senior Japanese official",
// "Israeli authorities", "Chinese leaders"; not "Japanese investors", who
// are people.
func nationVoices(w string) bool {
	switch w {
	case "official", "officials", "authorities", "leaders":
		return true
	}
	return false
}

// nationOfficials returns the country whose adjective stands just before
// the head at h (in the phrase from i, past "senior", "top" or
// "government"), when the story names that country itself as a body
// somewhere: the page gold credits "a senior Japanese official said" to
// Japan there. Without the country named as an actor ("Japanese officials
// said" alone, "a U.S. official", China only as the place in "in Wuhan,
// China", as the Wikinews gold has it) they stay nobody's.
func (d *doc) nationOfficials(i, h int) int {
	k := h - 1
	for k > i && d.toks[k].lowerWord() && (d.isWord(k, "senior") || d.isWord(k, "top") || d.isWord(k, "government")) {
		k--
	}
	if k < i || d.toks[k].kind != tkWord || !d.toks[k].capWord() || k+1 == h && d.toks[h].capWord() {
		return -1
	}
	if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].last-d.chunks[ci].first > 1 {
		return -1 // "a Harbour Agency official": a body's name, handled elsewhere
	}
	adj := d.lower(k)
	for e := range d.ents {
		en := &d.ents[e]
		if len(en.words) != 1 || en.personish() || en.outlet || en.thing {
			continue
		}
		if adjectiveOf(en.words[0], adj) && d.actsAsBody(e) {
			return e
		}
	}
	return -1
}

// adjectiveOf reports whether adj is the nationality adjective of the
// one-word country name: "israeli" of "israel", "japanese" of "japan",
// "chinese" of "china", "tarsinian" of "tarsinia", "norlandic" of "norland".
func adjectiveOf(country, adj string) bool {
	if len(country) < 4 || len(adj) <= len(country)-1 {
		return false
	}
	stems := []string{country}
	if strings.HasSuffix(country, "a") {
		stems = append(stems, country[:len(country)-1])
	}
	for _, st := range stems {
		rest, ok := strings.CutPrefix(adj, st)
		if !ok {
			continue
		}
		switch rest {
		case "i", "ese", "ic", "n", "an", "ian", "ish":
			return true
		}
	}
	return false
}

// actsAsBody reports whether the story names entity e as the subject of a
// verb somewhere ("Japan is concerned", "Israel defends", "Norland closed
// its border") or as an owner ("Norland's minister"), not only as a place ("in China", "Wuhan, China", "from
// Japan").
func (d *doc) actsAsBody(e int) bool {
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent != e || c.last >= len(d.toks) || len(d.ents[e].words) != 1 || d.lower(c.last-1) != d.ents[e].words[0] {
			continue // only the name itself: "Chinese authorities" is no act of China's
		}
		if d.toks[c.last].kind == tkPoss {
			return true // "Norland's government", "Japan's finance minister"
		}
		if c.first > 0 && (d.toks[c.first-1].has(lxPrep) || d.punct(c.first-1, ",")) {
			continue
		}
		if t := &d.toks[c.last]; t.kind == tkWord && t.lowerWord() && (t.has(lxAux) || !t.has(lxPrep|lxDet|lxFunc)) && t.para == d.toks[c.first].para {
			return true
		}
	}
	return false
}
