package extract

import (
	"slices"
	"strings"
)

// gender is what a pronoun needs to agree with.
type gender uint8

const (
	gUnknown gender = iota
	gMale
	gFemale
)

// entity is one person, organisation or place, however many ways the text
// names it.
type entity struct {
	words      []string // folded words of the canonical name
	name       string   // canonical name: the fullest form, without titles
	kind       entKind
	outlet     bool
	thing      bool // names an instrument, a vessel or a study ("a spectrometer known as LIRA"): never a speaker
	gender     gender
	genderHint bool // gender only guessed (a first name, a pronoun), so it may yield
	genderSeen bool // the hint is a pronoun in the narration that can mean no one else
	// genderGuess: the hint is only the ending of a first name no list
	// knows ("Kizza", "Bukola"), which the turn of talk outweighs.
	genderGuess bool
	bodyHead    string   // the head word of an appositive that calls it a body: "company" in "X, the company that ..."
	keys        []string // folded name forms without titles, for exact matching
	forms       []string // every form used, titles included, as written
	roles       []string
	age         int
	personEv    int    // evidence it is a person: titles, first names, he/she
	orgEv       int    // evidence it is an organisation: org words, it/they
	placeEv     int    // evidence it is a place: "in X", "the town of X"
	spoke       int    // token of its latest quotation, -1 before it speaks
	gen         string // generation after the name, folded ("jr", "sr", "iii"), or ""
	genForm     string // the generation as written ("Jr.")

	// What sharedSurname asks of a person's mentions so far, noted of
	// each chunk once (noteMentions), where it read every chunk of the
	// text for each person sharing a surname, on every bare surname:
	// quadratic on long texts.
	mentioned    bool // a chunk names it
	notBornName  bool // a chunk names it other than right after "born" or "née"
	fullyNamed   bool // a chunk names it by two words or more
	introducedAs bool // the first such chunk follows a possessive and a relative's word

	// Derived from words by setWords, for matching.
	acro     string // initials of the name's content words: "kcna"
	firstOrg bool   // the first word is an organisation word ("Union")
	content  int    // number of content (non-connector) words
}

// setWords makes words the entity's canonical name.
func (e *entity) setWords(words []string, name string) {
	e.words, e.name = words, name
	e.acro, e.content = initials(words)
	e.firstOrg = isOrgWord(words[0])
}

// joinedKey returns strings.Join(words, " "), where words are the folded
// words of tokens [i, j): the lower-cased text of the tokens when it reads
// the same (plain words one space apart, as nearly every name is), which
// costs no allocation.
func (d *doc) joinedKey(words []string, i, j int) string {
	s := d.ltext[d.toks[i].start:d.toks[j-1].end]
	rest := s
	for n, w := range words {
		if n > 0 {
			if rest == "" || rest[0] != ' ' {
				return strings.Join(words, " ")
			}
			rest = rest[1:]
		}
		if !strings.HasPrefix(rest, w) {
			return strings.Join(words, " ")
		}
		rest = rest[len(w):]
	}
	if rest != "" {
		return strings.Join(words, " ")
	}
	return s
}

// foldWords returns the lower-cased words of tokens [i, j), skipping
// punctuation other than "&".
//
// The words are cut from a backing array shared by the document's names
// (d.wordArena), one allocation for many; each slice is capped at its
// length, so an append to it copies rather than overwrites a neighbour.
func (d *doc) foldWords(i, j int) []string {
	if cap(d.wordArena)-len(d.wordArena) < j-i {
		d.wordArena = make([]string, 0, max(j-i, 64, len(d.toks)/8))
	}
	first := len(d.wordArena)
	out := d.wordArena
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.kind == tkWord || t.kind == tkNum || d.punct(k, "&") {
			w := foldNameWord(d.key(k))
			switch w {
			case "dept":
				w = "department"
			case "govt":
				w = "government"
			}
			out = append(out, w)
		}
	}
	d.wordArena = out
	return out[first:len(out):len(out)]
}

// accentFree maps the accented letters of European names to the plain
// ones papers print when their type lacks them.
var accentFree = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ą", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "ě", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ő", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ů", "u", "ű", "u", "ñ", "n", "ń", "n", "ň", "n", "ç", "c", "ć", "c", "č", "c",
	"ś", "s", "š", "s", "ş", "s", "ș", "s", "ź", "z", "ż", "z", "ž", "z", "ł", "l", "ř", "r", "ý", "y", "ğ", "g", "ț", "t", "ţ", "t", "đ", "d",
	"’", "'")

// foldNameWord folds a lower-cased name word for matching one form of a
// name with another: "O’Neill" and "O'Neill", "Núñez" and "Nunez" are one
// spelling; "al-Hamdan" and "Hamdan" one surname, the Arabic article
// being left off as English papers often do.
func foldNameWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		w = accentFree.Replace(w)
	}
	for _, art := range [...]string{"al-", "el-"} {
		if len(w) > len(art)+2 && strings.HasPrefix(w, art) {
			return w[len(art):]
		}
	}
	return w
}

// register links chunk ci to an existing entity or a new one, and records
// its form, titles and kind evidence.
func (d *doc) register(ci int) {
	c := &d.chunks[ci]
	if c.name >= c.last {
		return
	}
	words := d.foldWords(c.name, c.last)
	if len(words) == 0 {
		return
	}
	if len(words) == 1 && lex.lookup(words[0])&lxDet != 0 && !d.toks[c.name].is(fAllCaps) {
		// "> The proposed targets ...": a capital "The" where a line of a
		// block quotation opens is an article, never someone's name.
		return
	}
	if c.kind == kPerson && d.campusShortName(c) {
		c.kind = kOrg
	}
	name := ""
	if c.kind == kOrg && c.last-c.name == 1 {
		if country, _, ok := d.nationPeople(c.name); ok {
			// "The Armenians" is Armenia: one entity with "Armenia claimed".
			name = country
			words = strings.Fields(strings.ToLower(country))
		}
	}
	gen, genForm := d.generation(c)
	key := d.joinedKey(words, c.name, c.last)
	e := d.match(words, key, c)
	if e >= 0 && gen != "" && d.ents[e].gen != "" && d.ents[e].gen != gen {
		// "Ilan Dravic Sr." after "Ilan Dravic Jr.": his father, not he.
		e = d.generationOf(words, gen)
	}
	byTitle := false
	if e < 0 {
		if h := d.titleHolder(c); h >= 0 {
			// "the Election Commission President had said" after
			// "Election Commission President Ahmed Shareef": the title
			// alone is the man who holds it, no body of that name.
			e, byTitle, c.kind = h, true, kPerson
		}
	}
	if e < 0 {
		d.ents = append(d.ents, entity{spoke: -1})
		e = len(d.ents) - 1
		if name == "" {
			name = d.nameSpan(c.name, c.last)
		}
		d.ents[e].setWords(words, name)
	} else if !byTitle && name == "" && (d.fuller(e, words, c) || len(words) >= 2 && len(words) < len(d.ents[e].words) && sameButInitials(d.ents[e].words, words) ||
		len(words) == len(d.ents[e].words) && d.ents[e].name == strings.ToUpper(d.ents[e].name) && !d.toks[c.name].is(fAllCaps) && d.ents[e].kind != kOrg ||
		// "Tarvik County Sheriff's Department" after "TCSD": the body's
		// name spelt out, which the letters stand for.
		len(words) >= 3 && len(d.ents[e].words) == 1 && d.ents[e].words[0] == acronym(words) && c.kind == kOrg) {
		// and "Ortega" after the digest's "ORTEGA": the name as the
		// story writes it.
		// "Donald Trump" after "Donald J. Trump" is the name without its
		// initial; "Okoro" after "T. J. Okoro" is only the surname.
		d.ents[e].setWords(words, d.nameSpan(c.name, c.last))
	}
	c.ent = e
	d.entAt[c.last-1] = int32(e)
	en := &d.ents[e]
	if c.kind == kPerson && en.kind == kOrg && d.toks[c.first].is(fAllCaps) && contains(en.keys, key) {
		c.kind = kOrg // "UH Manoa" again, after "(UH Manoa)"
	}
	if c.kind == kPerson && en.kind == kOrg && len(words) < len(en.words) && slices.Equal(words, withoutTrailingAnd(withoutLegalForm(en.words))) {
		c.kind = kOrg // "Vela Boot" after "Vela Boot Co.": the company, not a man called Boot
	}
	if c.kind == kOrg && len(words) == 1 && len(en.words) >= 2 && en.words[len(en.words)-1] == words[0] && companySurnames[words[0]] && en.kind != kOrg && !en.outlet {
		// "Power" after "Samantha Power": her surname, not a power
		// company, whatever the text has yet said of her.
		c.kind = en.kind
	}
	if c.outlet && len(words) == 1 && len(en.words) >= 2 && en.words[len(en.words)-1] == words[0] && en.personEv > en.orgEv && !en.outlet {
		// "Bloomberg" after "Michael Bloomberg": his surname, not the
		// news agency.
		c.kind, c.outlet = kPerson, false
	}
	d.addKey(e, key)
	if gen != "" {
		en.personEv++ // "Dravic Sr.": only people have a generation
		if en.gen == "" {
			en.gen, en.genForm = gen, genForm
		}
		d.addForm(en, d.nameSpan(c.first, c.last)+" "+genForm)
	} else {
		d.addForm(en, d.nameSpan(c.first, c.last))
	}
	if c.kind == kOrg && c.first >= 2 && d.toks[c.first-1].kind == tkPoss {
		// "Tonga's Ministry of Health": the body with its country's name
		// as the story writes it is a form a reader (or another
		// annotator) names it by, and it tells two countries'
		// ministries apart.
		if pi := d.chunkAt[c.first-2]; pi >= 0 && d.chunks[pi].last == c.first-1 && d.chunks[pi].kind != kPerson &&
			d.chunks[pi].last-d.chunks[pi].first <= 3 && c.last-c.first >= 2 && !d.ownerIsPerson(d.chunks[pi]) {
			d.addForm(en, d.nameSpan(d.chunks[pi].first, c.last))
		}
	}
	if c.kind == kOrg {
		if o := d.parentBodyOf(c); o > 0 {
			// "the Coastal Flood Warning Center of the Norland Weather
			// Administration": the centre's own name, as the story
			// calls it next ("the Coastal Flood Warning Center said").
			d.addForm(en, d.nameSpan(c.first, o))
		}
	}
	switch c.kind {
	case kPerson:
		en.personEv += 2
	case kOrg:
		if en.kind == kPerson && c.last-c.first == 1 && d.toks[c.first].is(fAllCaps) {
			break // "JE" for Jonas Ebbe in a transcript: his initials, no organisation
		}
		en.orgEv += 2
	case kPlace:
		en.placeEv += 2
	}
	if en.kind == kUnknown {
		en.kind = c.kind
	}
	if (c.outlet || d.describedAsOutlet(c)) && !outletOwnerName(en.words) && !d.definedInitials(c, en, words) {
		// Not "Reuters" after "Reuters Holdings PLC": the company that
		// owns the outlet, named by its legal form, stays a company.
		en.outlet = true
	}
	if g, strong := d.genderOf(c); g != gUnknown && (en.gender == gUnknown || en.genderHint && strong) {
		en.gender, en.genderHint = g, !strong
		en.genderGuess = !strong && genderOfWord(d.toks[c.name].lx&^lxTitle) == gUnknown
	}
	d.addTitles(e, c)
	// "World Health Organisation (WHO)": the acronym is another name.
	if c.last+2 < len(d.toks) && d.punct(c.last, "(") && d.punct(c.last+2, ")") && !partyLabel(d.str(c.last+1)) &&
		(d.toks[c.last+1].is(fAllCaps) || d.shortName(c, c.last+1)) {
		d.addKey(e, d.key(c.last+1))
		d.addForm(en, d.str(c.last+1))
	}
	if c.kind != kPlace && c.last-c.first >= 2 && c.last < len(d.toks) && d.toks[c.last].lowerWord() && memberNoun(d.lower(c.last)) &&
		!d.toks[c.first].has(lxFirstName|lxTitle|lxHonorific|lxNation|lxPlace) && !d.toks[c.last-1].has(lxNation|lxPlace) {
		// "a press conference with Tanah Bersatu leaders", "three
		// Islamic Jihad commanders": a name whose leaders and members
		// are counted is a body's (a party's, a movement's), however
		// much its two words or more look like a person's (no first
		// name opens it), and "he" never means it. One word ("Tarvik
		// leaders", "G7 leaders") or a nation's or place's word may be
		// where the leaders are from, as "Varnian leaders" is. The shape's person evidence
		// this mention gave above is taken back.
		if c.kind == kPerson {
			en.personEv -= 2
		}
		en.orgEv += 3
	}
	if the := c.first - 1; the > 1 && compassSide(d.lower(c.first)) && c.last-c.first >= 2 {
		if d.toks[the].lowerWord() && !d.isWord(the, "the") && !d.toks[the].has(lxDet|lxPrep|lxFunc) {
			the-- // "in the occupied West Bank"
		}
		if d.isWord(the, "the") && d.toks[the].lowerWord() && the > 0 && d.toks[the-1].lowerWord() {
			switch d.lower(the - 1) {
			case "in", "near", "across", "throughout":
				// "in the West Bank", "across the North Downs": a
				// region named by its side, whatever its last word says.
				en.placeEv += 3
			}
		}
	}
	if c.last < len(d.toks) && c.last-c.first >= 2 && d.toks[c.last].lowerWord() && businessSite(d.lower(c.last)) && c.kind != kPlace &&
		!d.toks[c.first].has(lxPlace|lxNation|lxPlaceCue|lxFirstName|lxTitle) && !d.toks[c.last-1].has(lxPlace|lxPlaceCue) {
		// "the axed Bonar Yarns factory": a name before the site it runs
		// is a company's, which "the firm" may mean next, whatever its
		// shape said. One word may be the place ("the Hilltown plant").
		if c.kind == kPerson {
			en.personEv -= 2
		}
		en.orgEv += 2
	}
	if c.first > 0 && d.toks[c.first-1].lowerWord() && !d.possessiveNamed(c) && !d.ownsBodyAfter(c) {
		switch d.lower(c.first - 1) {
		case "in", "near", "across", "outside", "inside", "throughout":
			en.placeEv++
			if c.last-c.first == 1 && d.toks[c.first].has(lxFirstName) && c.first > 1 && d.toks[c.first-2].lowerWord() {
				// "the hotel federation in Florence", "owners in Milan": a
				// lone given name after a noun and "in" is a city's.
				en.placeEv += 2
			}
			if d.toks[c.last-1].has(lxPlaceCue) {
				// "in Oklahoma City", "in Harlow County": the place, not
				// its council, whatever "City" says.
				en.placeEv += 2
			}
		case "of":
			// "the town of Brenmoor", "the village of Lisk"; "the mayor of
			// Florence": a lone given name a mayor governs is a city.
			if c.first > 1 && d.toks[c.first-2].has(lxPlaceCue) && d.toks[c.first-2].lowerWord() {
				en.placeEv += 2
			} else if c.last-c.first == 1 && d.toks[c.first].has(lxFirstName) && c.first > 1 && (d.isWord(c.first-2, "mayor") || d.isWord(c.first-2, "governor")) {
				en.placeEv += 3
			} else if c.first > 1 && d.toks[c.first-2].lowerWord() && dwellerNoun(d.lower(c.first-2)) && c.kind != kOrg &&
				!(c.last < len(d.toks) && d.toks[c.last].kind == tkPoss) && !d.toks[c.first].has(lxFirstName|lxTitle) {
				// "A resident of Nyaung Kone said", "villagers of Lisk": where
				// they live, never a person "he" may mean, whatever the
				// name's shape.
				// The shape's person evidence this mention gave is taken
				// back; the evidence is the strongest a name's place gets.
				if c.kind == kPerson {
					en.personEv -= 2
				}
				en.placeEv += 6
				en.kind = kPlace
			}
		case "from":
			// "a man who gave his name as Rolf from Tallowmere": one word
			// after a person's "from" is where he comes from (or whom he
			// works for), never a second person "he" may mean.
			if c.last-c.first == 1 && c.kind != kOrg && d.personBefore(c.first-2) {
				en.placeEv += 3
			}
		case "at":
			// "economists at Goldman Sachs", "an analyst at Morgan
			// Stanley": a name with staff at it is a firm's, however much
			// it looks like a person's.
			if c.first > 1 && d.staffNounAt(c.first-2) && c.kind != kPlace && !(c.last < len(d.toks) && d.toks[c.last].kind == tkPoss) {
				en.orgEv += 3
			}
		}
	}
}

// compassSide reports whether w, folded, is a side of the compass that
// opens a region's name: "West Bank", "Northern Territory" (not "New" or
// "Upper", which open the names of papers and bodies too).
func compassSide(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western":
		return true
	}
	return false
}

// generation returns the generation that follows person chunk c, folded
// and as written: "Jr." in "Ilan Dravic Jr." and "Ilan Dravic, Jr.,"; or
// "" when none does.
func (d *doc) generation(c *chunk) (string, string) {
	if c.kind == kOrg || c.kind == kPlace {
		return "", ""
	}
	k := c.last
	if d.punct(k, ",") && k+1 < len(d.toks) && (k+2 >= len(d.toks) || d.punct(k+2, ",") || d.punct(k+2, ".") || d.toks[k+2].para != d.toks[k].para) {
		k++ // "Ilan Dravic, Jr., said", "said Harlan Vesey, III."
	}
	if k >= len(d.toks) || d.toks[k].kind != tkWord || d.toks[k].para != d.toks[c.first].para || d.toks[k].inQuote() != d.toks[c.first].inQuote() {
		return "", ""
	}
	switch w := strings.TrimSuffix(d.lower(k), "."); w {
	case "jr", "sr":
		if d.toks[k].capWord() {
			return w, d.str(k)
		}
	case "ii", "iii", "iv":
		if d.toks[k].is(fAllCaps) {
			return w, d.str(k)
		}
	}
	return "", ""
}

// generationOf returns the entity of generation gen whose last name word
// is that of words, or -1.
func (d *doc) generationOf(words []string, gen string) int {
	last := words[len(words)-1]
	for e := range d.ents {
		if en := &d.ents[e]; en.gen == gen && en.words[len(en.words)-1] == last {
			return e
		}
	}
	return -1
}

// fullName is the entity's name with its generation: "Ilan Dravic Jr.".
func (e *entity) fullName() string {
	if e.gen == "" {
		return e.name
	}
	return e.name + " " + e.genForm
}

// campusShortName reports whether chunk c is "UC" and a campus's place,
// or initials and a word in brackets after an organisation, or after an organisation "at" a place:
// the short name of that body ("University of Hawaii at Manoa (UH
// Manoa)", "University of California (UC Berkeley)"), not a person
// whose initials stand for a first name.
func (d *doc) campusShortName(c *chunk) bool {
	if c.last-c.first == 2 && d.str(c.first) == "UC" && d.toks[c.first+1].capWord() && !d.toks[c.first+1].has(lxFirstName) {
		// "new UC Marwick research": a campus of the University of
		// California by its usual short name, with no brackets needed.
		return true
	}
	if c.last-c.first != 2 || c.first < 2 || !d.punct(c.first-1, "(") || !d.punct(c.last, ")") || !d.toks[c.first].is(fAllCaps) {
		return false
	}
	for k, hops := c.first-2, 0; k >= 0 && hops < 2; hops++ {
		ci := d.chunkAt[k]
		if ci < 0 {
			return false
		}
		if e := d.chunks[ci].ent; e >= 0 && d.ents[e].orgEv > d.ents[e].personEv {
			return true
		}
		k = d.chunks[ci].first - 2
		if !d.isWord(k+1, "at") {
			return false
		}
	}
	return false
}

// shortName reports whether token k, in brackets after the organisation
// chunk c, is a short name coined from it rather than an acronym in
// capitals: "Philippine Institute of Volcanology and Seismology
// (Phivolcs)". It starts with the name's first letter and is no word the
// lexicon knows.
func (d *doc) shortName(c *chunk, k int) bool {
	t := &d.toks[k]
	if c.kind != kOrg || c.last-c.name < 2 || !t.capWord() || t.lx != 0 {
		return false
	}
	return d.lower(k)[0] == d.lower(c.name)[0]
}

// addKey records k as a name form of entity e, indexing its words.
func (d *doc) addKey(e int, k string) {
	en := &d.ents[e]
	if contains(en.keys, k) {
		return
	}
	en.keys = d.appendName(en.keys, k)
	if d.wordIdx == nil {
		// 56 words fill 64 slots; 64 asked for 128. The names of an
		// article of 800 words hold 42 distinct words at the median, 56
		// at most in the annotated set.
		d.wordIdx = make(map[string][]int32, 56)
	}
	for w := range strings.FieldsSeq(k) {
		switch l := d.wordIdx[w]; {
		case len(l) == 0:
			d.wordIdx[w] = d.entityList(e)
		case l[len(l)-1] != int32(e):
			d.wordIdx[w] = append(l, int32(e))
		}
	}
}

// entityList returns a list of entity e alone, for a word of a name not
// indexed before, cut from one array for the article: most words name
// one entity, and a list allocated for each word was most of the
// allocations of an article. Its capacity is one, so an entity appended
// to it copies it out and never writes over the next word's list.
func (d *doc) entityList(e int) []int32 {
	return appendCut(&d.idxSpace, nil, int32(e), 1)
}

func (d *doc) addForm(e *entity, f string) {
	for _, have := range e.forms {
		if strings.EqualFold(have, f) {
			return
		}
	}
	e.forms = d.appendName(e.forms, f)
}

// parentBodyOf returns the "of" in body chunk c when c names a body and,
// after "of the", its parent body, each with its own head word of a body
// and two words at least: "Coastal Flood Warning Center of the Norland
// Weather Administration", "Marrow Institute of the University of
// Ostby". Not a body of a field or a place ("Department of Health",
// "Central Bank of Norland", "Supreme Court of the United Kingdom").
// It returns 0 otherwise.
func (d *doc) parentBodyOf(c *chunk) int {
	for o := c.first + 2; o+3 < c.last; o++ {
		if !d.isWord(o, "of") || !d.toks[o].lowerWord() {
			continue
		}
		if !d.isWord(o+1, "the") || !d.toks[o+1].lowerWord() || !d.toks[o-1].capWord() || !d.toks[o-1].has(lxOrgCue) {
			return 0
		}
		for k := c.first; k < o; k++ {
			if !d.toks[k].capWord() {
				return 0
			}
		}
		// The parent: capitalised words with a body's head word among
		// them ("Norland Weather Administration", "University of Ostby").
		for k := o + 2; k < c.last; k++ {
			if d.toks[k].capWord() && d.toks[k].has(lxOrgCue) && k > o+2 || k == o+2 && d.toks[k].capWord() && d.toks[k].has(lxOrgCue) && d.isWord(k+1, "of") {
				return o
			}
		}
		return 0
	}
	return 0
}

// ownerIsPerson reports whether the owner chunk before a body's
// possessive names someone the text knows as a person ("Trump's Justice
// Department" after "Donald Trump"): a characterisation, not the body's
// name with its place.
func (d *doc) ownerIsPerson(o chunk) bool {
	return o.ent >= 0 && d.ents[o.ent].personEv > d.ents[o.ent].orgEv || d.toks[o.first].has(lxFirstName)
}

// appendName appends s to list, an entity's keys or forms, with room for
// a second item when it is the first: most names are written once or
// twice.
func (d *doc) appendName(list []string, s string) []string {
	return appendCut(&d.nameSpace, list, s, 2)
}

// appendCut appends x to list. A list's first item is cut from spare, an
// array for the article, with room for n items in all, where each list
// was allocated and grown on its own: most of an article's small lists
// hold one item or two. A list that outgrows its room is copied out, as
// append does, and never writes over the next one.
func appendCut[T any](spare *[]T, list []T, x T, n int) []T {
	if list != nil {
		return append(list, x)
	}
	if cap(*spare)-len(*spare) < n {
		*spare = make([]T, 0, 32)
	}
	k := len(*spare)
	*spare = (*spare)[:k+n]
	list = (*spare)[k : k+1 : k+n]
	list[0] = x
	return list
}

func (e *entity) addRole(r string) {
	r = strings.TrimSpace(r)
	if r == "" || len(r) > 120 {
		return
	}
	for _, have := range e.roles {
		if strings.EqualFold(have, r) {
			return
		}
	}
	e.roles = append(e.roles, r)
}

// titleHolder returns the one person the text has named with chunk c's
// words as a title before the name ("Election Commission President Ahmed
// Shareef") when c, after "the", ends in a title word and names no one
// ("the Election Commission President"); -1 otherwise. Asked only of
// such chunks, it reads the entities' written forms.
func (d *doc) titleHolder(c *chunk) int {
	if c.last-c.name < 2 || c.first != c.name || c.first < 1 {
		return -1
	}
	// "the 71-year-old Senate President said": the holder's age between
	// the article and the title leaves the title his.
	if k := c.first - 1; !d.isWord(k, "the") && !(k >= 1 && ageOf(d.lower(k)) > 0 && d.isWord(k-1, "the")) {
		return -1
	}
	if t := &d.toks[c.last-1]; !t.has(lxTitle) || t.has(lxOrgCue) {
		return -1
	}
	prefix := strings.ToLower(d.nameSpan(c.name, c.last)) + " "
	found := -1
	for i := range d.ents {
		en := &d.ents[i]
		if en.personEv == 0 || en.personEv < en.orgEv {
			continue
		}
		for _, f := range en.forms {
			if len(f) > len(prefix) && strings.HasPrefix(strings.ToLower(f), prefix) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
				break
			}
		}
	}
	return found
}

// fuller reports whether words name entity e more fully than its current
// canonical name.
func (d *doc) fuller(e int, words []string, c *chunk) bool {
	en := &d.ents[e]
	if len(words) <= len(en.words) {
		return false
	}
	// A person's name never grows into an organisation's.
	if en.personEv > en.orgEv && c.kind == kOrg {
		return false
	}
	// "Donald J. Trump" after "Donald Trump": an initial is no fuller name;
	// nor is "IM Dorsa Derakhshani", a title the lexicon does not know.
	if len(en.words) >= 2 && suffix(words, en.words) && en.personEv > en.orgEv {
		return false
	}
	// "T. J. Okoro" after "Okoro" is fuller: initials are all his given
	// names.
	return len(en.words) < 2 || !sameButInitials(words, en.words)
}

// match returns the entity the name words (of chunk c; key is the words
// joined by spaces) refer to, or -1. Rules run from the surest to the
// loosest; within a rule the most recently mentioned entity wins.
func (d *doc) match(words []string, key string, c *chunk) int {
	// "the Chicago Merc": a city the chunk holds before the name does not
	// part the name from its "the".
	the := c.name - 1
	if c.first < c.name && d.toks[c.first].has(lxPlace) {
		the = c.first - 1
	}
	m := nameMatch{words: words, key: key, kind: c.kind, firstOrg: isOrgWord(words[0]), afterThe: the >= 0 && d.isWord(the, "the")}
	if len(words) == 1 {
		m.plain = lex.lookup(words[0])&(lxCommon|lxNation|lxPlace) == 0
	}
	m.honorific = c.first < c.name && d.toks[c.name-1].has(lxHonorific)
	if c.first < c.name && d.toks[c.name-1].has(lxTitle|lxHonorific) {
		m.title = d.str(c.name - 1)
	}
	// A bare surname two people share ("Ferris" for Declan and Maeve
	// Ferris) is, by newspaper custom, the one not called by first name,
	// else the one introduced first.
	titled := gUnknown // the gender an honorific gives a bare surname: "Ms. Harlow"
	if len(words) == 1 {
		g, strong := d.genderOf(c)
		if !strong {
			g = gUnknown
		}
		titled = g
		if e := d.sharedSurname(words[0], g); e >= 0 {
			return e
		}
	}
	// Most rules need a word in common: try the entities sharing one,
	// newest first, each only with the rules better than the best match
	// so far. Acronyms and misspellings share no word; they scan all.
	var buf [32]int32
	cands := buf[:0]
	for _, w := range words {
		for _, e := range d.wordIdx[w] {
			if !slices.Contains(cands, e) {
				cands = append(cands, e)
			}
		}
	}
	slices.Sort(cands)
	kinOf := d.kinAppositionOf(c)
	best, bestRule := -1, numRules
	for i := len(cands) - 1; i >= 0 && bestRule > 0; i-- {
		en := &d.ents[cands[i]]
		if len(kinOf) > 0 && len(en.words) > len(words) && allIn(kinOf, en.words) {
			// "Mary Marchand, Mary Beth's mother" after "Mary Beth
			// Marchand": the relative of the one named before, never
			// she, though her name is the shorter form of it.
			continue
		}
		if otherGender(en, titled) {
			continue // "Ms. Harlow" is not Mr. Harlow: his wife, say
		}
		for rule := range bestRule {
			if rule != ruleAcronym && rule != ruleMisspelt && d.matches(rule, en, &m) {
				best, bestRule = int(cands[i]), rule
				break
			}
		}
	}
	if best < 0 && len(words) == 2 && d.toks[c.name].is(fAllCaps) && len(words[0]) >= 2 && len(words[0]) <= 4 {
		if e := titleInitialsOf(d.ents, cands, words); e >= 0 {
			return e // "DG Qureshi" after "PDMA Director General Imran Qureshi": his title's initials and his surname
		}
	}
	if best < 0 && len(words) == 2 && c.kind == kPerson {
		if e := d.titledFirstName(words[0], c); e >= 0 {
			return e // "Coach Tavin Orrowe" after "Coach Tavin": his first name under the same title
		}
	}
	if best < 0 && titled != gUnknown {
		if e := d.spouseCalled(words[0], titled, c.first); e >= 0 {
			return e // "Mr. Harlow and his wife, Sue, ... Ms. Harlow said": Sue
		}
	}
	if best < 0 && c.kind == kOrg {
		if e := d.acronymBefore(words); e >= 0 {
			return e // "the TCSD ... the Tarvik County Sheriff's Department": the letters came first
		}
	}
	if best < 0 {
		if e := d.initialsWithin(words, c); e >= 0 {
			return e // "Health NZ" after "Health New Zealand": the same body, a run of its words cut to initials
		}
	}
	if best < 0 && len(words) == 3 && words[1] == "&" && len(words[0]) == 1 && len(words[2]) == 1 {
		// "M&S" after "Marks and Spencer", "P&G" after "Procter and
		// Gamble": a firm of two names by their initials.
		for e := len(d.ents) - 1; e >= 0 && e >= len(d.ents)-maxScan; e-- {
			if en := &d.ents[e]; len(en.words) == 3 && (en.words[1] == "and" || en.words[1] == "&") && en.words[0][:1] == words[0] && en.words[2][:1] == words[2] {
				return e
			}
		}
	}
	for _, rule := range []int{ruleAcronym, ruleMisspelt} {
		if rule >= bestRule || len(words) != 1 {
			break
		}
		for e := len(d.ents) - 1; e >= 0 && e >= len(d.ents)-maxScan; e-- {
			// Both rules take only a name of two words or more: asked
			// here, the test spares a call of matches for each other.
			if len(d.ents[e].words) >= 2 && !otherGender(&d.ents[e], titled) && d.matches(rule, &d.ents[e], &m) {
				return e
			}
		}
	}
	return best
}

// titleInitialsOf returns the person among cands (newest last) whose
// surname is words[1] and one of whose titles has words[0], in capitals
// in the text, for the initials of a run of its words: "DG Qureshi" for
// the "PDMA Director General" Imran Qureshi; or -1.
func titleInitialsOf(ents []entity, cands []int32, words []string) int {
	for i := len(cands) - 1; i >= 0; i-- {
		en := &ents[cands[i]]
		if len(en.words) < 2 || en.personEv <= en.orgEv || en.words[len(en.words)-1] != words[1] {
			continue
		}
		for _, r := range en.roles {
			acro, _ := initials(strings.Fields(strings.ToLower(r)))
			if strings.Contains(acro, words[0]) && len(acro) <= 6 {
				return int(cands[i])
			}
		}
	}
	return -1
}

// acronymBefore returns the body named earlier only by the initials of
// the name words ("TCSD" before "Tarvik County Sheriff's Department"),
// or -1: a story may use the letters in its opening paragraphs and
// spell them out only later. The match runs the other way from
// ruleAcronym's, and as strictly: one letter for each content word, an
// all-capital word of three letters or more, never a person's.
func (d *doc) acronymBefore(words []string) int {
	acro, content := initials(words)
	if content < 3 || len(acro) != content {
		return -1
	}
	for e := len(d.ents) - 1; e >= 0 && e >= len(d.ents)-maxScan; e-- {
		en := &d.ents[e]
		if len(en.words) == 1 && en.words[0] == acro && en.personEv == 0 && !en.outlet && en.name == strings.ToUpper(en.name) {
			return e
		}
	}
	return -1
}

// initialsWithin returns the body the name words (of chunk c) name
// with one run of two words or more of it cut to their capital initials,
// the rest word for word ("Health NZ" and "Health New Zealand",
// "Transport for NSW" and "Transport for New South Wales"), whichever
// the story wrote first; or -1. The letters must be capitals in the form
// that has them, and never a person's name: "Marta VO Ossian" is not
// "Marta Vell Ossian".
func (d *doc) initialsWithin(words []string, c *chunk) int {
	if len(words) < 2 {
		return -1
	}
	for e := len(d.ents) - 1; e >= 0 && e >= len(d.ents)-maxScan; e-- {
		en := &d.ents[e]
		if len(en.words) < 2 || en.personEv > en.orgEv || len(en.words) == len(words) {
			continue
		}
		if len(words) < len(en.words) {
			if i := initialsRun(en.words, words); i >= 0 && d.capitalsIn(c, words[i]) {
				return e
			}
		} else if i := initialsRun(words, en.words); i >= 0 && slices.Contains(strings.Fields(en.name), strings.ToUpper(en.words[i])) {
			return e
		}
	}
	return -1
}

// capitalsIn reports whether chunk c's name holds w written in capitals.
func (d *doc) capitalsIn(c *chunk, w string) bool {
	for k := c.name; k < c.last; k++ {
		if d.toks[k].is(fAllCaps) && d.lower(k) == w {
			return true
		}
	}
	return false
}

// initialsRun returns where short, a name of folded words, has one word
// that is the initials of a run of two or more of long's words, all
// other words the same in order; or -1.
func initialsRun(long, short []string) int {
	k := len(long) - len(short) + 1 // the run's length
	if k < 2 {
		return -1
	}
	i := 0
	for i < len(short) && short[i] == long[i] {
		i++
	}
	if i == len(short) || len(short[i]) != k || !slices.Equal(long[i+k:], short[i+1:]) {
		return -1
	}
	for j := range k {
		if long[i+j] == "" || long[i+j][0] != short[i][j] || lex.lookup(long[i+j])&(lxConnector|lxDet) != 0 {
			return -1
		}
	}
	return i
}

// spouseCalled returns the person named by first name alone as the wife
// (husband) of a man (woman) of surname w, before token at: "Mr. Harlow
// and his wife, Sue," for a later "Ms. Harlow"; or -1.
func (d *doc) spouseCalled(w string, g gender, at int) int {
	kin := "wife"
	if g == gMale {
		kin = "husband"
	}
	for i := range d.chunks {
		c := &d.chunks[i]
		if c.first >= at {
			break
		}
		if c.ent < 0 || len(d.ents[c.ent].words) != 1 || c.first < 3 {
			continue
		}
		k := c.first - 1
		if d.punct(k, ",") {
			k--
		}
		if !d.isWord(k, kin) || !(d.isWord(k-1, "his") || d.isWord(k-1, "her")) {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-8; j-- {
			if o := d.entAt[j]; o >= 0 && int(o) != c.ent {
				if ow := d.ents[o].words; len(ow) >= 1 && ow[len(ow)-1] == w && d.ents[o].personEv > d.ents[o].orgEv {
					return c.ent
				}
			}
		}
	}
	return -1
}

// otherGender reports whether person en is known, not merely guessed
// from a first name, to be of the other gender than g, the one an
// honorific gives a bare surname: "Ms. Harlow" after "Mr. Harlow".
func otherGender(en *entity, g gender) bool {
	return g != gUnknown && en.gender != gUnknown && !en.genderHint && en.gender != g && en.personEv > en.orgEv
}

// sharedSurname returns the person a bare surname w means when several
// people have it, or -1 when fewer than two do. An honorific's gender g
// ("Mrs Varga") rules out those of the other.
func (d *doc) sharedSurname(w string, g gender) int {
	var cands []int
	for _, e := range d.wordIdx[w] {
		en := &d.ents[e]
		if len(en.words) >= 2 && en.words[len(en.words)-1] == w && en.personEv > en.orgEv && !en.outlet {
			cands = append(cands, int(e))
		}
	}
	if len(cands) < 2 {
		return -1
	}
	slices.Sort(cands)
	if g != gUnknown {
		var fit []int
		for _, e := range cands {
			if eg := d.ents[e].gender; eg == g || eg == gUnknown {
				fit = append(fit, e)
			}
		}
		if len(fit) == 1 {
			return fit[0]
		}
	}
	// "Ginger Baker ... his daughter Nettie Baker ... Baker said": one
	// introduced as another's relative is not the one the bare surname
	// means.
	// A birth name ("Ginger Baker was born Peter Edward Baker") is no
	// one else either.
	var principal []int
	d.noteMentions()
	for _, e := range cands {
		if !d.introducedAsKin(e) && !d.bornName(e) {
			principal = append(principal, e)
		}
	}
	if len(principal) == 1 {
		return principal[0]
	}
	if len(principal) > 1 {
		cands = principal
	}
	for _, e := range cands {
		if !contains(d.ents[e].keys, d.ents[e].words[0]) {
			return e
		}
	}
	return cands[0]
}

// noteMentions notes in their entities what bornName and
// introducedAsKin ask of the chunks registered since it last ran: every
// chunk but the last. It runs only as a name is matched (sharedSurname,
// from register), so the last chunk is the one being registered, whose
// entity is yet to be found, as it was for the scan these notes
// replace; every other has its entity for good. Each chunk is noted
// once, and only in a text where people share a surname.
func (d *doc) noteMentions() {
	for ; d.notedChunks < len(d.chunks)-1; d.notedChunks++ {
		if c := &d.chunks[d.notedChunks]; c.ent >= 0 {
			d.noteMention(&d.ents[c.ent], c)
		}
	}
}

// noteMention notes what bornName and introducedAsKin ask of chunk c,
// which names en. Chunks are noted in text order.
func (d *doc) noteMention(en *entity, c *chunk) {
	en.mentioned = true
	if k := c.first - 1; en.notBornName || k < 0 || !(d.isWord(k, "born") || d.isWord(k, "née") || d.isWord(k, "nee")) {
		en.notBornName = true
	}
	if !en.fullyNamed && c.last-c.name >= 2 {
		en.fullyNamed = true
		k := c.first - 1
		if k >= 0 && d.punct(k, ",") {
			k--
		}
		en.introducedAs = k >= 1 && d.toks[k].lowerWord() && kinWord(d.lower(k)) &&
			(d.toks[k-1].kind == tkPoss || d.toks[k-1].lowerWord() && possessivePronoun(d.lower(k-1)))
	}
}

// bornName reports whether person e is only ever named right after
// "born" or "née": a birth name, another name of someone else named.
func (d *doc) bornName(e int) bool {
	return d.ents[e].mentioned && !d.ents[e].notBornName
}

// introducedAsKin reports whether person e is named, at the first
// mention by full name, right after a possessive and a word for a
// relative: "his daughter Nettie Baker", "Varga's husband, Tomas Varga".
// One the story introduced on their own and a later caption calls "his
// father, Hori Parata" is still its principal bearer of the surname.
func (d *doc) introducedAsKin(e int) bool {
	return d.ents[e].introducedAs
}

// maxScan bounds how many recent entities the rules that need no word in
// common look at, so that a huge input stays linear.
const maxScan = 200

// The rules of matches that need no word in common.
const (
	ruleAcronym  = 5
	ruleMisspelt = 7
)

// nameMatch is a name being matched against the known entities.
type nameMatch struct {
	words     []string
	key       string
	kind      entKind
	firstOrg  bool   // the first word is an organisation word
	plain     bool   // a single word that is no common word, nationality or place
	afterThe  bool   // the name follows "the": "the Fed", a body's short form, never a surname
	honorific bool   // the name follows an honorific: "Mr. Drevin" is a person, whatever else has the word
	title     string // the title right before the name, as written ("Justice"), or ""
}

const numRules = 8

// matches reports whether entity e is the name m under the given rule.
func (d *doc) matches(rule int, e *entity, m *nameMatch) bool {
	words := m.words
	single := len(words) == 1
	w0, wl := words[0], words[len(words)-1]
	switch rule {
	case 0:
		return contains(e.keys, m.key)
	case 1: // "Putin" after "Vladimir Putin"; "Van der Berg" after "Jan van der Berg".
		if len(e.words) < 2 || e.kind == kOrg || e.outlet || e.orgEv > e.personEv {
			return false
		}
		if !single {
			// A surname of several words: "García de la Vega" after
			// "Gabriel García de la Vega".
			// Or the given names before a patronymic: "Nik Mazian"
			// after "Nik Mazian Nik Mohamad", "Ahmad Zaki" after "Ahmad
			// Zaki Hamid".
			return m.kind != kOrg && m.kind != kPlace && e.personEv > 0 && (suffix(e.words, words) || givenNamesOf(e.words, words))
		}
		if e.words[len(e.words)-1] == w0 {
			return true
		}
		// "Fernández" after "Lucía Fernández del Río": the first of two
		// surnames joined by a Spanish or Portuguese particle.
		for k := 1; k+2 < len(e.words); k++ {
			if e.words[k] == w0 && iberianParticle(e.words[k+1]) && e.personEv > 0 {
				return true
			}
		}
		return false
	case 2: // "Vladimir Putin" after "Putin"; "IM Dorsa Derakhshani" after "Dorsa Derakhshani".
		if single || m.kind == kOrg || e.outlet || e.orgEv > e.personEv {
			return false
		}
		if len(e.words) == 1 && e.words[0] == w0 && len(words) == 2 && e.personEv > 0 && lex.lookup(w0)&lxFirstName != 0 &&
			lex.lookup(w0)&(lxPlace|lxNation|lxCommon) == 0 {
			return true // "Tomas Varga" after "her husband, Tomas,": the first name met first
		}
		if m.title != "" && len(e.words) >= 2 && e.personEv > 0 && m.kind != kOrg && m.kind != kPlace && givenNamesOf(words, e.words) &&
			slices.ContainsFunc(e.forms, func(f string) bool { return strings.HasPrefix(f, m.title+" ") }) {
			// "Justice Shehram Sarwar Chaudhary" after "Justice Shehram
			// Sarwar": the surname a first mention left off, under the
			// same title. Without one, "Kim Jong" may be another's name.
			return true
		}
		if e.words[len(e.words)-1] != wl {
			return false
		}
		if len(e.words) == 1 || e.words[0] == w0 || suffix(words, e.words) && e.personEv > 0 {
			return true
		}
		// "Lawrence Edward Page" after "Larry Page", "Stacy Sullivan"
		// after "Stacey Sullivan": one person's first name in two forms.
		return e.personEv > 0 && m.kind != kPlace && sameFirstName(w0, e.words[0])
	case 3: // "Home Office" and "United Kingdom Home Office"; "Interior Ministry" and "Ministry of the Interior".
		if len(words) >= 2 && clippedOrgName(words, e) {
			return true // "the Chicago Merc" after "the Chicago Mercantile Exchange"
		}
		if pluralTailOf(words, e) {
			return true // "the Pilots' Association" after "the International Federation of Air Line Pilots' Associations"
		}
		if appealsCourtOf(words, e.words) {
			return true // "the Appellate Court" after "the 4th District Court of Appeal"
		}
		// A place's look counts for nothing when no word of it is a
		// known place's: "Sea Containers" and "Blue Harbor" after "Sea
		// Containers Ltd." and "Blue Harbor Inc.", a common word and a
		// place's word; not "Hong Kong" after "Hong Kong Ltd.".
		placeLook := m.kind == kPlace && lex.lookup(words[0])&(lxPlace|lxNation) == 0 && lex.lookup(words[len(words)-1])&(lxPlace|lxNation) == 0
		if len(words) >= 2 && len(words) < len(e.words) && e.kind == kOrg && e.orgEv > e.personEv && (m.kind != kPlace || placeLook) {
			// "Vela Boot" and "Dow Jenks" after "Vela Boot Co." and "Dow
			// Jenks & Co.": the company without its legal form, whatever
			// the short form looks like on its own (a first name and a
			// surname, a place).
			if b := withoutLegalForm(e.words); len(b) < len(e.words) && slices.Equal(words, withoutTrailingAnd(b)) {
				return true
			}
		}
		if len(words) == 2 && len(e.words) == 1 && m.kind == kOrg && e.kind != kPerson && e.kind != kPlace && e.personEv == 0 &&
			len(withoutLegalForm(words)) == 1 && words[0] == e.words[0] {
			// "Velto Inc." after "Velto found a way ...": the company
			// named bare first, its legal form given later; not after a
			// person or a place of that one word.
			return true
		}
		if m.kind != kOrg && m.kind != kUnknown || e.personEv > e.orgEv {
			return false
		}
		if e.orgEv > 0 && (countrySuffixed(words, e.words) || countrySuffixed(e.words, words)) {
			return true // "Lokta Party Nepal" after "Lokta Party": the body with its country after it
		}
		if single && m.plain && e.bodyHead == "club" && len(e.words) >= 2 && e.words[len(e.words)-1] == w0 {
			// "A Rovers spokesman" after "Harlow Rovers striker Joel
			// Marren": a club goes by the last word of its name.
			return true
		}
		// "the World Bank" is no short form of "the Administrative
		// Tribunal of the World Bank": a name after "of" is the body the
		// longer one belongs to.
		if suffix(e.words, words) && (len(words) >= 2 || m.firstOrg) && !ofTail(e.words, len(words)) {
			return true
		}
		if suffix(words, e.words) && (len(e.words) >= 2 || e.firstOrg) && e.orgEv > 0 && !ofTail(words, len(e.words)) {
			return true
		}
		if single && m.firstOrg && len(e.words) >= 3 {
			// "the Church" after "the Church of Scientology", "the
			// Department" after "the Valley Department of Corrections".
			for k := 0; k < 3 && k+1 < len(e.words); k++ {
				if e.words[k] == w0 && lex.lookup(e.words[k+1])&lxConnector != 0 {
					return true
				}
			}
		}
		if a, b := withoutLegalForm(words), withoutLegalForm(e.words); len(words) != len(e.words) && len(a) >= 2 && slices.Equal(a, b) {
			return true // "Brennick Holdings" and "Brennick Holdings Inc."
		}
		if len(words) >= 2 && len(e.words) >= 2 && sameOrgWords(words, e.words) {
			return true
		}
		if e.kind == kOrg && e.orgEv > e.personEv && oneWordMisspelt(words, e.words) {
			return true // "Betsi Cadwalder University Health Board" and "... Cadwaladr ...": one body, a word misspelt
		}
		// "Transport Ministry" after "the Calder Ministry of Transport":
		// the same words but for the place the fuller name starts with.
		return len(words) >= 2 && len(e.words) >= 4 && !isOrgWord(e.words[0]) && lex.lookup(e.words[0])&lxConnector == 0 &&
			sameOrgWords(words, e.words[1:])
	case 4: // "Tidewater" after "Tidewater Energy".
		if m.honorific && single && e.kind == kOrg {
			return false // "Mr. Drevin" after "Drevin Computer Corp.": its founder, not the company
		}
		if len(words) >= 3 && w0 == "first" && words[1] == "of" && len(e.words) > len(words) && e.kind == kOrg && slices.Equal(e.words[:len(words)], words) &&
			len(withoutLegalForm(e.words)) < len(e.words) {
			return true // "First of Tarrow" after "First of Tarrow Bank Corp."
		}
		if single && !m.plain && len(e.words) >= 2 && e.kind == kOrg && e.orgEv > e.personEv && e.words[0] == w0 &&
			len(withoutLegalForm(e.words)) < len(e.words) && lex.lookup(w0)&(lxNation|lxPlace|lxTitle|lxRole|lxFirstName|lxGenericOrg|lxOrgCue|lxTime|lxDet|lxFunc|lxPronoun) == 0 {
			return true // "Heritage" after "Heritage Media Corp.": a common word, but the company named in full
		}
		if single && m.plain && len(e.words) >= 3 && e.kind == kOrg && e.orgEv > e.personEv && e.personEv == 0 && initialsWord(e.words[0]) && e.words[1] == w0 &&
			len(withoutLegalForm(e.words)) < len(e.words) {
			return true // "Faulding" after "F.H. Faulding & Co.": the founder's initials left off
		}
		return single && m.plain && len(e.words) >= 2 && e.orgEv > e.personEv && e.words[0] == w0
	case 5: // "KCNA" after "Korean Central News Agency"; "FDA" after "the US Food and Drug Administration".
		if !single || len(e.words) < 2 {
			return false
		}
		if m.afterThe && m.kind != kPerson && clippedOrgName(words, e) {
			return true // "the Fed" after "the Federal Reserve", "the Merc" after "the Chicago Mercantile Exchange"
		}
		if len(w0) == e.content && e.acro == w0 {
			return true
		}
		if dotted := dottedLetters(e.words[0]); len(dotted) >= 2 && len(w0) == e.content-1+len(dotted) &&
			w0[:len(dotted)] == dotted && w0[len(dotted):] == e.acro[1:] {
			return true // "USGS" after "the U.S. Geological Survey": each letter of the dotted word
		}
		if len(w0) >= 3 && e.personEv > e.orgEv && m.kind != kPerson && roleInitialled(e, w0) {
			return true // "The CMO told" after "Chief Medical Officer Dr Anna Velt": her title's initials
		}
		// A place or nation modifier before the name proper is left out
		// of its acronym.
		return len(w0) >= 3 && len(w0)+1 == e.content && len(e.acro) > 1 && e.acro[1:] == w0 && e.orgEv > e.personEv &&
			lex.lookup(e.words[0])&lxCommon == 0
	case 6: // "Elias" after "Elias Thorne"; "Etienne" after "Camille Etienne Brask".
		if !single || len(e.words) < 2 || e.personEv <= e.orgEv {
			return false
		}
		if e.words[0] == w0 {
			return !d.isSurname(w0)
		}
		// A middle name, which some people go by or keep from before a
		// marriage: one person, not a second speaker. Rule 1 has taken
		// the word first if anyone has it for a surname.
		if lex.lookup(e.words[len(e.words)-1])&lxCommon != 0 {
			return false // "Kimmel" is no middle name of "Jimmy Kimmel Live", a show
		}
		for k := 1; k+1 < len(e.words); k++ {
			if e.words[k] == w0 && len(w0) > 2 && lex.lookup(w0)&(lxParticle|lxConnector|lxCommon) == 0 {
				return true
			}
		}
		return false
	case 7: // Misspelt surnames: "Mauer" after "K.C. Maurer".
		if !single || len(e.words) < 2 || e.personEv <= e.orgEv || len(w0) < 4 {
			return false
		}
		s := e.words[len(e.words)-1]
		limit := 1
		if len(s) >= 8 {
			limit = 2
		}
		return s[0] == w0[0] && (editDistance(s, w0, limit) <= limit || swapped(s, w0) || doubleMoved(s, w0))
	}
	return false
}

// doubleMoved reports whether a and b are one word with its doubled
// letter written at another consonant ("Morffet" and "Morfett"), a slip
// of spelling an edit distance of one cannot see: with one letter of its
// pair dropped, each is the same.
func doubleMoved(a, b string) bool {
	if len(a) != len(b) || len(a) < 5 || a == b {
		return false
	}
	ia, ib := doubledAt(a), doubledAt(b)
	return ia > 0 && ib > 0 && ia != ib && a[:ia]+a[ia+1:] == b[:ib]+b[ib+1:]
}

// doubledAt returns where the only doubled letter of w begins, or -1 when
// it has none or more than one.
func doubledAt(w string) int {
	at := -1
	for i := 0; i+1 < len(w); i++ {
		if w[i] == w[i+1] {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// clippedOrgName reports whether words are the start of organisation e's
// name with a word clipped, as the wire shortens a body it has named in
// full: "Fed" for "Federal Reserve", "Chicago Merc" for "Chicago
// Mercantile Exchange", "Merc" alone past the city. A clipped word keeps
// three letters or more, drops three or more, and the name goes on after
// it, so no name is the clip of a one-word body.
func clippedOrgName(words []string, e *entity) bool {
	if e.kind == kPerson || e.kind == kPlace || e.personEv > 0 || e.kind != kOrg && e.orgEv == 0 && e.placeEv > 0 || e.outlet || len(e.words) < 2 {
		return false
	}
	off := 0
	if len(words) == 1 && len(e.words) == 3 && !strings.HasPrefix(e.words[0], words[0]) {
		off = 1 // "Merc" after "Chicago Mercantile Exchange": the city left out too
	}
	if off+len(words) >= len(e.words) {
		return false
	}
	clipped := false
	for k, w := range words {
		full := e.words[off+k]
		switch {
		case w == full:
		case len(w) >= 3 && len(full)-len(w) >= 3 && strings.HasPrefix(full, w) && !strings.ContainsAny(w, ".-") && lex.lookup(w)&lxFirstName == 0:
			clipped = true
		default:
			return false
		}
	}
	return clipped
}

// pluralTailOf reports whether words, two or more, are the last words of
// the body e's name, its plural last word made singular: a federation of
// associations called by its members' kind.
func pluralTailOf(words []string, e *entity) bool {
	n, m := len(words), len(e.words)
	if n < 2 || n >= m || e.kind == kPerson || e.personEv > 0 || e.kind != kOrg && e.orgEv == 0 {
		return false
	}
	if !slices.Equal(words[:n-1], e.words[m-n:m-1]) {
		return false
	}
	last, full := words[n-1], e.words[m-1]
	return full == last+"s" && isOrgWord(last)
}

// appealsCourtOf reports whether words name a court of appeal by its kind
// ("Appellate Court", "Appeals Court") and full is the name of one
// ("4th District Court of Appeal", "Tarrow Court of Appeals"): the court
// named in full, called by what it is.
func appealsCourtOf(words, full []string) bool {
	if len(words) != 2 || words[1] != "court" || len(full) < 4 {
		return false
	}
	switch words[0] {
	case "appellate", "appeals", "appeal":
	default:
		return false
	}
	n := len(full)
	return full[n-3] == "court" && full[n-2] == "of" && (full[n-1] == "appeal" || full[n-1] == "appeals")
}

// roleInitialled reports whether w, folded, is the initials of one of
// person e's titles ("cmo" for Chief Medical Officer): the title for
// short, standing for the one who holds it.
func roleInitialled(e *entity, w string) bool {
	for _, r := range e.roles {
		// Most titles have fewer words than the initials letters: counted
		// first, in place, they are turned away without folding a copy.
		// Lower-casing changes no space, so the count is the folded one's.
		n := 0
		for range strings.FieldsSeq(r) {
			n++
		}
		if n != len(w) {
			continue
		}
		if words := strings.Fields(strings.ToLower(r)); acronym(words) == w {
			return true
		}
	}
	return false
}

// dottedLetters returns the letters of w when it is single letters parted
// by full stops ("u.s", as the words of a name fold "U.S."; "u.k."), an
// abbreviation a body's initials spell out in full ("USGS" for "U.S.
// Geological Survey"), or "".
func dottedLetters(w string) string {
	core := strings.TrimSuffix(w, ".")
	if len(core) > 15 || !initialsWord(core) {
		return "" // at most eight letters, as an acronym to match has
	}
	var buf [8]byte
	b := buf[:0]
	for i := 0; i < len(core); i += 2 {
		b = append(b, core[i])
	}
	return string(b)
}

// ofTail reports whether the last n of words, two or more, are a body's
// own name after an "of" ("of the"): "world bank" in "administrative
// tribunal of the world bank". A remit is no body: "Homeland Security"
// is the "Department of Homeland Security" for short.
func ofTail(words []string, n int) bool {
	if n < 2 || !isOrgWord(words[len(words)-1]) {
		return false
	}
	k := len(words) - n - 1
	if k >= 0 && words[k] == "the" {
		k--
	}
	return k >= 0 && words[k] == "of"
}

// nameSpan returns the text of the name written by tokens [i, j) without
// the marks of a Markdown link the tokenizer read through: web copy links
// the name after its title ("President [Tomas Brenn](https://...)"), and
// the titled form would keep the bracket, a fragment in the speakers list.
// A gap between two tokens that held a space is one space; one that held
// only link marks ("[Brenn](...)'s") is none.
func (d *doc) nameSpan(i, j int) string {
	s := d.span(i, j)
	// Two byte searches, not strings.ContainsAny, which builds a set of
	// its characters at each call: this runs for every name mention.
	if strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, ']') < 0 {
		return s
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			gap := d.text[d.toks[k-1].end:d.toks[k].start]
			if strings.ContainsAny(gap, " \t\n\u00a0") {
				b.WriteByte(' ')
			}
		}
		b.WriteString(d.str(k))
	}
	return b.String()
}

// withoutTrailingAnd returns words without an "&" or "and" at their end,
// left by a legal form taken off: "dow jenks &" of "Dow Jenks & Co.".
func withoutTrailingAnd(words []string) []string {
	if n := len(words); n >= 2 && (words[n-1] == "&" || words[n-1] == "and") {
		return words[:n-1]
	}
	return words
}

// withoutLegalForm returns a company's name words without the legal form
// at their end: "brennick holdings" for "Brennick Holdings Inc.".
func withoutLegalForm(words []string) []string {
	if n := len(words); n >= 2 {
		switch words[n-1] {
		case "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "corporation", "co", "co.", "gmbh", "ag", "sa", "s.a.",
			"nv", "n.v.", "bv", "asa", "oyj", "pty", "limited", "incorporated", "se":
			return words[:n-1]
		}
	}
	return words
}

// givenNamesOf reports whether short is the given names that open the
// longer name full, whose other words are names too: "Nik Mazian" of
// "Nik Mazian Nik Mohamad"; not "Sven Holm" of a headline's "Sven Holm
// Dies".
func givenNamesOf(full, short []string) bool {
	if len(full) <= len(short) || !slices.Equal(full[:len(short)], short) {
		return false
	}
	for _, w := range full[len(short):] {
		l := lex.lookup(w)
		if l&(lxCommon|lxVerb|lxAux|lxFunc|lxPrep|lxTitle|lxRole) != 0 {
			return false
		}
		if strings.HasSuffix(w, "s") && l&lxFirstName == 0 {
			return false // a headline's verb: "Sven Holm Dies at 80", "Ada Venn Wins"
		}
	}
	return true
}

// iberianParticle reports whether w joins two Spanish or Portuguese
// surnames: "del" in "Fernández del Río", "y" in "Ortega y Gasset".
func iberianParticle(w string) bool {
	switch w {
	case "de", "del", "da", "do", "dos", "das", "y":
		return true
	}
	return false
}

// isSurname reports whether w is the last word of some known person's name.
func (d *doc) isSurname(w string) bool {
	for i := range d.ents {
		e := &d.ents[i]
		if len(e.words) >= 2 && e.words[len(e.words)-1] == w {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isOrgWord(w string) bool { return lex.lookup(w)&(lxOrgCue|lxCompany) != 0 }

// staffNounAt reports whether token k is a lower-case role noun, singular
// or plural, of people who work somewhere: "economists", "an analyst",
// "officials"; not a place's word ("residents of", "the town").
func (d *doc) staffNounAt(k int) bool {
	t := &d.toks[k]
	if !t.lowerWord() || t.has(lxPlaceCue) {
		return false
	}
	if t.has(lxRole) {
		return true
	}
	w := d.lower(k)
	return len(w) > 3 && rolePlural(w)
}

// rolePlural reports whether w, in lower case, is a role word the lexicon
// knows with an "s" added: "shopkeepers", "officers".
func rolePlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && lex.lookup(w[:len(w)-1])&lxRole != 0
}

// kinAppositionOf returns the words, folded, of the name whose relative
// the apposition right after chunk c says its person is ("Mary Marchand,
// Mary Beth's mother" gives "mary beth"), or nil.
func (d *doc) kinAppositionOf(c *chunk) []string {
	k := c.last
	if k+3 >= len(d.toks) || !d.punct(k, ",") || !d.toks[k+1].capWord() {
		return nil
	}
	var words []string
	j := k + 1
	for ; j < len(d.toks) && j < k+5 && d.toks[j].capWord(); j++ {
		words = append(words, d.lower(j))
	}
	if j+1 >= len(d.toks) || d.toks[j].kind != tkPoss || !d.toks[j+1].lowerWord() || !kinWord(d.lower(j+1)) {
		return nil
	}
	return words
}

// allIn reports whether every word of part is among words.
func allIn(part, words []string) bool {
	for _, w := range part {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// initialsWord reports whether w, folded, is initials run together with
// their points, the last point dropped as a name's words keep it: "f.h",
// "r.p", "k.l".
func initialsWord(w string) bool {
	if len(w) < 3 || len(w)%2 != 1 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'a' || w[i] > 'z' || i+1 < len(w) && w[i+1] != '.' {
			return false
		}
	}
	return true
}

// outletOwnerName reports whether a name's words end in a legal form
// after a word that is no news word: "Reuters Holdings PLC", the company
// that owns an outlet, speaks in its own corporate news; "British
// Broadcasting Corp." is the broadcaster itself.
func outletOwnerName(words []string) bool {
	n := len(words)
	if n < 3 || !legalFormAt(strings.ToLower(words[n-1])) {
		return false
	}
	if lex.lookup(strings.ToLower(words[n-2]))&lxOutletCue == 0 {
		return true
	}
	// "Olympia Broadcasting Corp.": a news word before the legal form
	// after a proper name is a company in the trade, whose filings and
	// debts make business news; a nation's broadcaster ("British
	// Broadcasting Corp.") is named by its nation's word.
	first := lex.lookup(strings.ToLower(words[0]))
	return n == 3 && first&(lxNation|lxCommon|lxOutletCue) == 0
}

// possessiveNamed reports whether chunk c is a firm named by its
// possessive, or the word of one before its "'s": "a stake in
// Tarbeck's" is in the firm, not in a place called Tarbeck.
func (d *doc) possessiveNamed(c *chunk) bool {
	if d.toks[c.last-1].kind == tkPoss {
		return true
	}
	return c.last-c.first == 1 && c.last < len(d.toks) && d.toks[c.last].kind == tkPoss && d.possessiveNameAnywhere(c.first)
}

// personBefore reports whether token k ends the name of a person already
// registered: "Rolf" in "Rolf from Tallowmere".
func (d *doc) personBefore(k int) bool {
	if k < 0 || d.chunkAt[k] < 0 {
		return false
	}
	ch := &d.chunks[d.chunkAt[k]]
	if ch.last != k+1 || ch.ent < 0 {
		return false
	}
	return ch.kind == kPerson || d.ents[ch.ent].personish() || ch.last-ch.first == 1 && d.toks[k].has(lxFirstName)
}

// titledFirstName returns the person named before by the one word w
// alone under a title that chunk c, a two-word name starting with w,
// carries too, or -1: "Geylang coach Kanan" then "Geylang coach Kanan
// Vedhamatu" is one coach called first by a first name the lexicon may
// not know (rule 2 takes only known ones). A title the other lacks
// ("assistant coach") leaves them two.
func (d *doc) titledFirstName(w string, c *chunk) int {
	var roles []string
	if c.first < c.name {
		roles = append(roles, d.span(c.first, c.name))
	}
	if i := d.rolePhraseBefore(c.first); i >= 0 {
		for i < c.first && d.toks[i].has(lxDet) {
			i++
		}
		if i < c.first {
			roles = append(roles, d.span(i, c.first))
		}
	}
	if len(roles) == 0 {
		return -1
	}
	idx := d.wordIdx[w]
	for n := len(idx) - 1; n >= 0; n-- {
		en := &d.ents[idx[n]]
		if len(en.words) != 1 || en.words[0] != w || en.outlet || en.placeEv > 0 || en.personEv <= en.orgEv {
			continue
		}
		for _, have := range en.roles {
			for _, r := range roles {
				if strings.EqualFold(strings.TrimSpace(have), strings.TrimSpace(r)) {
					return int(idx[n])
				}
			}
		}
	}
	return -1
}

// countrySuffixed reports whether long is short, a body's name of two
// words or more, with a country or place after it: "Lokta Party Nepal"
// for "Lokta Party", as a national branch signs itself. Not "Lokta Party
// Youth Wing", another body.
func countrySuffixed(long, short []string) bool {
	n := len(short)
	return n >= 2 && len(long) == n+1 && slices.Equal(long[:n], short) && lex.lookup(long[n])&(lxNation|lxPlace) != 0
}

// ownsBodyAfter reports whether the one-word name of chunk c owns, by its
// "'s", a body named right after it: "a researcher in Velcor's Threat
// Analysis Group" is in the group, and Velcor is the firm it belongs to,
// no place the researcher is in.
func (d *doc) ownsBodyAfter(c *chunk) bool {
	k := c.last
	if c.last-c.first != 1 || k+1 >= len(d.toks) || d.toks[k].kind != tkPoss {
		return false
	}
	// The chunks after c are not found yet: the capitalised words after
	// the "'s", the last a body's word ("Group", "Institute").
	j := k + 1
	for j < len(d.toks) && j < k+8 && d.toks[j].capWord() {
		j++
	}
	return j > k+1 && isOrgWord(d.lower(j-1))
}

// definedInitials reports whether chunk c, one word in capitals, is the
// initials the article gave body en's longer name in parentheses ("the
// Tarrow Federal Police (AFP)", then "an AFP spokeswoman"): the body
// again, though a news agency goes by the same letters.
func (d *doc) definedInitials(c *chunk, en *entity, words []string) bool {
	return len(words) == 1 && c.last-c.name == 1 && d.toks[c.name].is(fAllCaps) && en.kind == kOrg && !en.outlet && len(en.words) >= 2
}

// memberNoun reports whether w (lower case, plural) names the members or
// leaders of a party, movement or assembly, as they are counted after its
// name: "Tanah Bersatu leaders", "Labour MPs". Not "supporters" or
// "officials", which a person has too ("Kolmar supporters").
func memberNoun(w string) bool {
	switch w {
	case "leaders", "members", "lawmakers", "legislators", "commanders", "militants", "fighters", "mps", "meps", "councillors", "councilors", "delegates":
		return true
	}
	return false
}

// dwellerNoun reports whether w names people by where they live, so that
// the name after its "of" is a place: "a resident of", "villagers of".
func dwellerNoun(w string) bool {
	switch w {
	case "resident", "residents", "villager", "villagers", "inhabitant", "inhabitants", "native", "natives":
		return true
	}
	return false
}

// businessSite reports whether w names a site a company runs, which a
// name before it ("the Bonar Yarns factory") says is the company's.
func businessSite(w string) bool {
	switch w {
	case "factory", "plant", "mill", "warehouse", "depot", "refinery", "smelter", "mine", "brewery", "distillery":
		return true
	}
	return false
}
