package extract

// A people named as the subject of a speech verb ("The Armenians claim
// they were retaliating", "the Chinese said") speaks for its country: the
// annotation rules credit a country's unnamed representatives to the
// country. A counted or quantified people ("Many Americans say", "two
// Russians", "thousands of Armenians") is a group of unnamed people, no
// country and no speaker.

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
	// "Two Russians were arrested ... The Russians said they were
	// tourists": the people counted before, not their country.
	for j := k - 2; j > 0 && j > k-5000; j-- {
		if d.lower(j) == d.lower(k) && d.countedBefore(j-1) {
			return "", true, false
		}
	}
	return country, true, true
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
