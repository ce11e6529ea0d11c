package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexFlag classifies a word form. A form may carry several flags ("general"
// is a title and a common word). Flags are looked up by the lower-cased form.
type lexFlag uint64

const (
	lxFunc        lexFlag = 1 << iota // function word: never part of a name
	lxCommon                          // common English word: capitalised only at a sentence start or in names of things
	lxTitle                           // title that can stand before a name: President, Minister, Judge
	lxHonorific                       // personal honorific: Mr, Mrs, Dr; marks a person
	lxRole                            // role noun: spokeswoman, director, coach
	lxNation                          // nationality adjective: Russian, Afghan
	lxPlace                           // country, region or city
	lxOrgCue                          // head word of an organisation name: Ministry, Council
	lxCompany                         // head word of a company name: Foods, Energy, Inc
	lxOutletCue                       // head word of a news outlet name: News, Times
	lxOutlet                          // a news outlet or agency by name: Reuters
	lxMale                            // male first name or male noun
	lxFemale                          // female first name or female noun
	lxTime                            // month, weekday or time word
	lxDet                             // determiner or possessive determiner
	lxPrep                            // preposition
	lxAux                             // auxiliary or copula
	lxAdverb                          // adverb that may stand between a subject and its verb
	lxNeg                             // negation
	lxGroup                           // plural noun for an unnamed group: officials, analysts
	lxDoc                             // noun for a text that can "say" something: statement, letter
	lxParticle                        // lower-case name particle: de, van, al
	lxPostNominal                     // QC, Jr, MP: follows a name
	lxPronoun                         // personal pronoun
	lxRelative                        // who, which, whose, that
	lxConnector                       // joins words inside an organisation name: of, for, on
	lxGenericOrg                      // noun naming an organisation generically: company, ministry
	lxAbbrev                          // abbreviation that keeps its full stop: Mr., Jan.
	lxFirstName                       // a first name (male, female or both)
	lxVerb                            // common finite verb form, for telling clauses from noun phrases
)

// lexicon is the word table. It is built once at package initialisation and
// only read afterwards, so it is safe for concurrent use.
type lexicon struct {
	words map[string]lexFlag
	cues  map[string]*cueVerb
}

var lex = buildLexicon()

func buildLexicon() *lexicon {
	l := &lexicon{words: make(map[string]lexFlag, 8192), cues: make(map[string]*cueVerb, 512)}
	add := func(f lexFlag, lists ...string) {
		for _, list := range lists {
			for _, w := range strings.Fields(list) {
				w = strings.ToLower(strings.ReplaceAll(w, "_", " "))
				l.words[w] |= f
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
	add(lxMale|lxFirstName, maleNames)
	add(lxFemale|lxFirstName, femaleNames)
	add(lxFirstName, unisexNames)
	add(lxMale, maleWords)
	add(lxFemale, femaleWords)
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
	for _, c := range cueVerbs {
		for _, f := range c.forms {
			l.cues[f] = c
			l.words[f] |= lxVerb | lxCommon
		}
	}
	return l
}

// lookup returns the flags of word, folding case without allocating for the
// common short forms.
func (l *lexicon) lookup(word string) lexFlag {
	var buf [48]byte
	if k, ok := foldInto(buf[:0], word); ok {
		return l.words[string(k)]
	}
	return l.words[strings.ToLower(word)]
}

// cue returns the speech verb whose form word is, or nil.
func (l *lexicon) cue(word string) *cueVerb {
	var buf [48]byte
	if k, ok := foldInto(buf[:0], word); ok {
		return l.cues[string(k)]
	}
	return l.cues[strings.ToLower(word)]
}

// foldInto lower-cases an ASCII word into dst, turning the typographic
// apostrophe into a straight one. It reports false for non-ASCII words or
// words too long for dst, which the caller folds the slow way.
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
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllUpper reports whether s has at least two letters and no lower-case
// one: an acronym such as "KCNA" or "U.S.".
func isAllUpper(s string) bool {
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
