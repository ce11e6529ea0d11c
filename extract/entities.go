package extract

import (
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
	words    []string // folded words of the canonical name
	name     string   // canonical name: the fullest form, without titles
	kind     entKind
	outlet   bool
	gender   gender
	keys     []string // folded name forms without titles, for exact matching
	forms    []string // every form used, titles included, as written
	roles    []string
	age      int
	personEv int // evidence it is a person: titles, first names, he/she
	orgEv    int // evidence it is an organisation: org words, it/they
	placeEv  int // evidence it is a place: "in X", "from X"
	quotes   int
	spoke    int // token of its latest quotation, -1 before it speaks
}

// foldWords returns the lower-cased words of tokens [i, j), skipping
// punctuation other than "&".
func (d *doc) foldWords(i, j int) []string {
	out := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.kind == tkWord || t.kind == tkNum || d.punct(k, "&") {
			out = append(out, foldKey(d.str(k)))
		}
	}
	return out
}

// foldKey folds a word or name for comparison: lower case, straight
// apostrophes, no trailing full stop.
func foldKey(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.TrimSuffix(s, ".")
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
	e := d.match(words, c)
	if e < 0 {
		d.ents = append(d.ents, entity{words: words, name: d.span(c.name, c.last), spoke: -1})
		e = len(d.ents) - 1
	} else if d.fuller(e, words, c) {
		d.ents[e].words, d.ents[e].name = words, d.span(c.name, c.last)
	}
	c.ent = e
	d.entAt[c.last-1] = int32(e)
	en := &d.ents[e]
	en.addKey(strings.Join(words, " "))
	en.addForm(d.span(c.first, c.last))
	switch c.kind {
	case kPerson:
		en.personEv += 2
	case kOrg:
		en.orgEv += 2
	case kPlace:
		en.placeEv += 2
	}
	if c.outlet {
		en.outlet = true
	}
	if g := d.genderOf(c); g != gUnknown && en.gender == gUnknown {
		en.gender = g
	}
	d.addTitles(e, c)
	// "World Health Organisation (WHO)": the acronym is another name.
	if c.last+2 < len(d.toks) && d.punct(c.last, "(") && d.punct(c.last+2, ")") && d.toks[c.last+1].is(fAllCaps) {
		en.addKey(foldKey(d.str(c.last + 1)))
		en.addForm(d.str(c.last + 1))
	}
	if c.first > 0 && d.toks[c.first-1].lowerWord() {
		switch d.lower(c.first - 1) {
		case "in", "from", "near", "across", "outside", "inside", "throughout":
			en.placeEv++
		}
	}
}

func (e *entity) addKey(k string) {
	for _, have := range e.keys {
		if have == k {
			return
		}
	}
	e.keys = append(e.keys, k)
}

func (e *entity) addForm(f string) {
	for _, have := range e.forms {
		if strings.EqualFold(have, f) {
			return
		}
	}
	e.forms = append(e.forms, f)
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
	return true
}

// match returns the entity the name words (of chunk c) refer to, or -1.
// Rules run from the surest to the loosest; within a rule the most recently
// mentioned entity wins.
func (d *doc) match(words []string, c *chunk) int {
	key := strings.Join(words, " ")
	single := len(words) == 1
	w0, wl := words[0], words[len(words)-1]
	orgish := c.kind == kOrg || c.kind == kUnknown
	rules := []func(e *entity) bool{
		func(e *entity) bool { return contains(e.keys, key) },
		// "Putin" after "Vladimir Putin".
		func(e *entity) bool {
			return single && len(e.words) >= 2 && e.kind != kOrg && !e.outlet && e.words[len(e.words)-1] == w0
		},
		// "Vladimir Putin" after "Putin"; "Mohammed Shia Al-Sudani" after "Mohammed Al-Sudani".
		func(e *entity) bool {
			if single || c.kind == kOrg || e.outlet {
				return false
			}
			el := e.words[len(e.words)-1]
			return el == wl && (len(e.words) == 1 || e.words[0] == w0)
		},
		// "Home Office" after "United Kingdom Home Office" and the reverse;
		// "Interior Ministry" and "Ministry of the Interior".
		func(e *entity) bool {
			if !orgish || e.personEv > e.orgEv {
				return false
			}
			if suffix(e.words, words) && (len(words) >= 2 || isOrgWord(w0)) {
				return true
			}
			if suffix(words, e.words) && (len(e.words) >= 2 || isOrgWord(e.words[0])) && e.orgEv > 0 {
				return true
			}
			return len(words) >= 2 && sameOrgWords(words, e.words)
		},
		// "Tidewater" after "Tidewater Energy".
		func(e *entity) bool {
			return single && len(e.words) >= 2 && e.orgEv > e.personEv && e.words[0] == w0 &&
				lex.lookup(w0)&(lxCommon|lxNation|lxPlace) == 0
		},
		// "KCNA" after "Korean Central News Agency".
		func(e *entity) bool { return single && len(e.words) >= 2 && acronym(e.words) == w0 },
		// "Elias" after "Elias Thorne".
		func(e *entity) bool {
			return single && len(e.words) >= 2 && e.personEv > e.orgEv && e.words[0] == w0 && !d.isSurname(w0)
		},
		// Misspelt surnames: "Mauer" after "K.C. Maurer".
		func(e *entity) bool {
			if !single || len(e.words) < 2 || e.personEv <= e.orgEv || len(w0) < 4 {
				return false
			}
			s := e.words[len(e.words)-1]
			limit := 1
			if len(s) >= 8 {
				limit = 2
			}
			return s[0] == w0[0] && editDistance(s, w0, limit) <= limit
		},
	}
	for _, rule := range rules {
		for e := len(d.ents) - 1; e >= 0; e-- {
			if rule(&d.ents[e]) {
				return e
			}
		}
	}
	return -1
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

// suffix reports whether short is a proper suffix of long.
func suffix(long, short []string) bool {
	if len(short) >= len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

func isOrgWord(w string) bool { return lex.lookup(w)&(lxOrgCue|lxCompany) != 0 }

// sameOrgWords reports whether two organisation names have the same words
// but for connectors and order: "Interior Ministry", "Ministry of the
// Interior".
func sameOrgWords(a, b []string) bool {
	content := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			if lex.lookup(w)&(lxConnector|lxDet) == 0 {
				m[w] = true
			}
		}
		return m
	}
	ma, mb := content(a), content(b)
	if len(ma) != len(mb) || len(ma) < 2 {
		return false
	}
	org := false
	for w := range ma {
		if !mb[w] {
			return false
		}
		org = org || isOrgWord(w)
	}
	return org
}

// acronym returns the initials of a name's capitalised words: "Korean
// Central News Agency" gives "kcna".
func acronym(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if lex.lookup(w)&(lxConnector|lxDet) != 0 || w == "" {
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// editDistance is the Levenshtein distance between a and b, giving up (and
// returning limit+1) once it must exceed limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
