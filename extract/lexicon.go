package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexFlag classifies a word form. A form may carry several flags ("general"
// is a title and a common word). Flags are looked up by the lower-cased form.
type lexFlag uint32

const (
	lxFunc         lexFlag = 1 << iota // function word: never part of a name
	lxCommon                           // common English word: capitalised only at a sentence start or in names of things
	lxTitle                            // title that can stand before a name: President, Minister, Judge
	lxHonorific                        // personal honorific: Mr, Mrs, Dr; marks a person
	lxRole                             // role noun: spokeswoman, director, coach
	lxNation                           // nationality adjective: Russian, Afghan
	lxPlace                            // country, region or city
	lxOrgCue                           // head word of an organisation name: Ministry, Council
	lxCompany                          // head word of a company name: Foods, Energy, Inc
	lxOutletCue                        // head word of a news outlet name: News, Times
	lxOutlet                           // a news outlet or agency by name: Reuters
	lxMale                             // male first name or male noun
	lxFemale                           // female first name or female noun
	lxTime                             // month, weekday or time word
	lxDet                              // determiner or possessive determiner
	lxPrep                             // preposition
	lxAux                              // auxiliary or copula
	lxAdverb                           // adverb that may stand between a subject and its verb
	lxNeg                              // negation
	lxGroup                            // plural noun for an unnamed group: officials, analysts
	lxDoc                              // noun for a text that can "say" something: statement, letter
	lxParticle                         // lower-case name particle: de, van, al
	lxPostNominal                      // QC, Jr, MP: follows a name
	lxPronoun                          // personal pronoun
	lxRelative                         // who, which, whose, that
	lxConnector                        // joins words inside an organisation name: of, for, on
	lxGenericOrg                       // noun naming an organisation generically: company, ministry
	lxAbbrev                           // abbreviation that keeps its full stop: Mr., Jan.
	lxFirstName                        // a first name (male, female or both)
	lxVerb                             // common finite verb form, for telling clauses from noun phrases
	lxStrongOutlet                     // marks a news outlet wherever it stands in a name: News, Journal
	lxPlaceCue                         // names places and things, not people: Street, River
)

// lexicon is the word table: an open-addressing hash table over folded
// word forms, which folds and hashes a word in one pass and allocates
// nothing. It is built once at package initialisation and only read
// afterwards, so it is safe for concurrent use.
type lexicon struct {
	// filter has one bit per hash bucket that holds a word: a 2 KB bitmap
	// that stays in cache and turns away most words the table does not
	// know (names, rarer words) without touching the table.
	filter [filterWords]uint64
	keys   string   // every key, concatenated
	hashes []uint32 // per slot: the key's hash, never 0; 0 marks an empty slot
	slots  []lexSlot
	mask   uint32
}

// lexSlot is a word's entry. Probing reads only the compact hashes array,
// which stays in cache, and comes here on a hash match.
type lexSlot struct {
	off   uint32 // the key is keys[off:off+n]
	n     uint8
	cue   uint8 // 1 + index into cueVerbs, or 0
	flags lexFlag
}

var lex = buildLexicon()

func buildLexicon() *lexicon {
	words := make(map[string]lexFlag, 8192)
	cues := make(map[string]uint8, 512)
	add := func(f lexFlag, lists ...string) {
		for _, list := range lists {
			for _, w := range strings.Fields(list) {
				words[strings.ToLower(strings.ReplaceAll(w, "_", " "))] |= f
			}
		}
	}
	add(lxFunc, funcWords)
	add(lxCommon, commonWords, verbWords, funcWords)
	add(lxVerb, verbWords)
	add(lxTitle, titleWords)
	add(lxHonorific, honorificWords)
	add(lxRole, roleWords)
	add(lxNation, nationWords)
	add(lxPlace, placeWords)
	add(lxOrgCue, orgCueWords)
	add(lxCompany, companyWords)
	add(lxOutletCue, outletCueWords)
	add(lxOutlet, outletWords)
	add(lxStrongOutlet, strongOutletWords)
	add(lxPlaceCue, placeCueWords)
	add(lxMale|lxFirstName, maleNames)
	add(lxFemale|lxFirstName, femaleNames)
	add(lxFirstName, unisexNames)
	add(lxMale, maleWords)
	add(lxFemale, femaleWords)
	// "Ivo Brennick, Tomas’s brother-in-law, said:", "her stepson",
	// "his half-sister", "a great-grandson": a family tie built on a kin
	// word is a role like the kin word itself, of the same sex, so that
	// the apposition names the speaker's tie and not a clause's subject.
	for _, w := range strings.Fields(kinStemWords) {
		f := words[w] & (lxRole | lxMale | lxFemale)
		for _, form := range [...]string{w + "-in-law", "step" + w, "step-" + w, "half-" + w, "great-" + w, "god" + w} {
			words[form] |= f | lxRole
		}
	}
	add(lxTime, timeWords)
	add(lxDet, detWords)
	add(lxPrep, prepWords)
	add(lxAux, auxWords)
	add(lxAdverb, adverbWords)
	add(lxNeg, negWords)
	add(lxGroup, groupWords)
	add(lxDoc, docWords)
	add(lxParticle, particleWords)
	add(lxPostNominal, postNominalWords)
	add(lxPronoun, pronounWords)
	add(lxRelative, relativeWords)
	add(lxConnector, connectorWords)
	add(lxGenericOrg, genericOrgWords)
	add(lxAbbrev, abbrevWords)
	// "Mayor-elect", "Ex-President", "Vice-Chancellor": an office with
	// the hyphenated prefix or suffix of a holder to be or one gone is
	// still a title before a name.
	// "Then-President", "then-Foreign Minister", "ex-Prime Minister": a
	// title the holder had at the time, before any title word.
	for _, w := range strings.Fields(titleWords) {
		if f := words[w]; f&lxRole != 0 && !strings.ContainsAny(w, ".-") {
			for _, form := range [...]string{w + "-elect", w + "-designate", "ex-" + w, "vice-" + w} {
				words[form] |= lxTitle | lxRole
			}
		}
		if !strings.ContainsAny(w, ".-") && words[w]&lxHonorific == 0 {
			words["then-"+w] |= lxTitle | words[w]&lxRole
			words["ex-"+w] |= lxTitle | words[w]&lxRole
		}
	}
	for i, c := range cueVerbs {
		for _, f := range c.forms {
			cues[f] = uint8(i + 1)
			words[f] |= lxVerb | lxCommon
		}
	}
	size := 1
	for size < 2*len(words) {
		size <<= 1
	}
	l := &lexicon{hashes: make([]uint32, size), slots: make([]lexSlot, size), mask: uint32(size - 1)}
	var keys strings.Builder
	for w, f := range words {
		h := hashKey(w)
		i := h & l.mask
		for l.hashes[i] != 0 {
			i = (i + 1) & l.mask
		}
		l.hashes[i] = h
		l.filter[filterBit(h)/64] |= 1 << (filterBit(h) % 64)
		l.slots[i] = lexSlot{off: uint32(keys.Len()), n: uint8(len(w)), flags: f, cue: cues[w]}
		keys.WriteString(w)
	}
	l.keys = keys.String()
	return l
}

// hashKey is FNV-1a over a folded key, never 0 (which marks an empty
// slot).
func hashKey(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return nonZero(h)
}

const filterWords = 256 // 16,384 bits

// filterBit is h's bit in the filter, taken from high bits the slot index
// does not use.
func filterBit(h uint32) uint32 { return h >> 18 }

func nonZero(h uint32) uint32 {
	if h == 0 {
		return 1
	}
	return h
}

// find returns the slot of word, folded, or nil. It folds and hashes in
// one pass; a word with no capital (most asks are of folded words) is
// probed as it is, without a copy, and words that are not ASCII (but for
// the typographic apostrophe) take the slow way.
func (l *lexicon) find(word string) *lexSlot {
	const maxLen = 48
	if len(word) > maxLen {
		return nil
	}
	h := uint32(2166136261)
	upper := false
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return l.findNonASCII(word)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		h ^= uint32(c)
		h *= 16777619
	}
	if !upper {
		return l.probeString(h, word)
	}
	var buf [maxLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return l.probe(h, buf[:len(word)])
}

// findNonASCII is find for a word with a byte that is not ASCII.
func (l *lexicon) findNonASCII(word string) *lexSlot {
	var buf [48]byte
	k, ok := foldInto(buf[:0], word)
	if !ok {
		return l.findFolded(strings.ToLower(strings.ReplaceAll(word, "’", "'")))
	}
	return l.findBytes(k)
}

// probeKey returns the slot of the folded key k, held in a string or a
// byte slice, whose FNV-1a hash is h, or nil. (A function of its own per
// kind of key, not a conversion at the call: string(k) of a []byte would
// copy it.)
func probeKey[K string | []byte](l *lexicon, h uint32, k K) *lexSlot {
	h = nonZero(h)
	if l.filter[filterBit(h)/64]&(1<<(filterBit(h)%64)) == 0 {
		return nil
	}
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		switch l.hashes[i] {
		case 0:
			return nil
		case h:
			s := &l.slots[i]
			if int(s.n) == len(k) && l.keys[s.off:s.off+uint32(s.n)] == string(k) {
				return s
			}
		}
	}
}

// probe is probeKey for a key held in a byte slice.
func (l *lexicon) probe(h uint32, k []byte) *lexSlot { return probeKey(l, h, k) }

// probeString is probeKey for a key held in a string.
func (l *lexicon) probeString(h uint32, k string) *lexSlot { return probeKey(l, h, k) }

// findBytes returns the slot of the folded key k, or nil.
func (l *lexicon) findBytes(k []byte) *lexSlot {
	h := uint32(2166136261)
	for _, c := range k {
		h ^= uint32(c)
		h *= 16777619
	}
	return l.probe(h, k)
}

func (l *lexicon) findFolded(k string) *lexSlot {
	if len(k) > 255 {
		return nil
	}
	h := hashKey(k)
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		switch l.hashes[i] {
		case 0:
			return nil
		case h:
			s := &l.slots[i]
			if l.keys[s.off:s.off+uint32(s.n)] == k {
				return s
			}
		}
	}
}

// lookup returns the flags of word.
func (l *lexicon) lookup(word string) lexFlag {
	if s := l.find(word); s != nil {
		return s.flags
	}
	if roleBySuffix(word) {
		return lxRole
	}
	return 0
}

// roleBySuffix reports whether w, a word the lexicon does not hold, is a
// specialist's title by its ending ("nephrologist", "geographer",
// "bioinformatician", "podiatrist"), in any case: releases name the trade
// of the person speaking with words no list can hold, and without the
// role a name's apposition ("Ana Ruiz, hematologist at Kessel Hospital,
// said") gave the speaker to the body at its end.
func roleBySuffix[K string | []byte](w K) bool {
	if len(w) < 8 {
		return false
	}
	for _, suf := range [...]string{"ologist", "ographer", "ician", "iatrist"} {
		if foldedSuffix(w, suf) {
			return true
		}
	}
	return false
}

// foldedSuffix reports whether w ends in suf, a lower-case ASCII suffix,
// ignoring the case of w.
func foldedSuffix[K string | []byte](w K, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	off := len(w) - len(suf)
	for i := 0; i < len(suf); i++ {
		c := w[off+i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[i] {
			return false
		}
	}
	return true
}

// foldInto lower-cases an ASCII word into dst, turning the typographic
// apostrophe into a straight one. It reports false for other non-ASCII
// words or words too long for dst, which the caller folds the slow way.
func foldInto(dst []byte, word string) ([]byte, bool) {
	if len(word) > cap(dst) {
		return nil, false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			if strings.HasPrefix(word[i:], "’") && len(dst)+1 <= cap(dst) {
				dst = append(dst, '\'')
				i += len("’") - 1
				continue
			}
			return nil, false
		}
		dst = append(dst, c)
	}
	return dst, true
}

// isUpperInitial reports whether s starts with an upper-case letter.
func isUpperInitial(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllUpper reports whether s has at least two letters and no lower-case
// one: an acronym such as "KCNA" or "U.S.".
func isAllUpper(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return isAllUpperSlow(s)
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

func isAllUpperSlow(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
