package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text.
type Token struct {
	Term       string // the index term: folded and stemmed
	Pos        int    // position: words count one, paragraph breaks ParagraphGap more
	Start, End int    // byte offsets of the word in the text
	Stop       bool   // a stopword: has a position but is not indexed

	id int32 // the term's number in the Analyzer (see stem); -1 for stopwords
}

// ParagraphGap is the extra distance between the last word of a paragraph
// and the first of the next, so a phrase never matches across them.
const ParagraphGap = 4

// maxWordBytes bounds a word; longer runs (base64, hashes, hostile input)
// are skipped, though they still take a position.
const maxWordBytes = 64

// maxCachedStems bounds an Analyzer's stem cache. News vocabulary is Zipf
// distributed, so a cache of this size answers nearly every lookup. The
// store pools an analyser for each core, and a full cache holds about
// 125 bytes a stem: at 1 << 16 the caches were the largest thing alive in
// an import of 100,000 articles (17 MB of 56 after a collection), which
// a smaller cache, emptied more often, did not make slower.
const maxCachedStems = 1 << 14

// stopword returns the interned form of a folded word when it is a
// stopword, left out of the index. It is Lucene's English list: short, so
// that most phrases a reader types keep words that can be searched. A
// switch on string(b) neither allocates nor needs a package variable.
func stopword(b []byte) (string, bool) {
	switch string(b) {
	case "a":
		return "a", true
	case "an":
		return "an", true
	case "and":
		return "and", true
	case "are":
		return "are", true
	case "as":
		return "as", true
	case "at":
		return "at", true
	case "be":
		return "be", true
	case "but":
		return "but", true
	case "by":
		return "by", true
	case "for":
		return "for", true
	case "if":
		return "if", true
	case "in":
		return "in", true
	case "into":
		return "into", true
	case "is":
		return "is", true
	case "it":
		return "it", true
	case "no":
		return "no", true
	case "not":
		return "not", true
	case "of":
		return "of", true
	case "on":
		return "on", true
	case "or":
		return "or", true
	case "such":
		return "such", true
	case "that":
		return "that", true
	case "the":
		return "the", true
	case "their":
		return "their", true
	case "then":
		return "then", true
	case "there":
		return "there", true
	case "these":
		return "these", true
	case "they":
		return "they", true
	case "this":
		return "this", true
	case "to":
		return "to", true
	case "was":
		return "was", true
	case "will":
		return "will", true
	case "with":
		return "with", true
	}
	return "", false
}

// IsStopword reports whether a folded word is left out of the index.
func IsStopword(word string) bool {
	_, ok := stopword([]byte(word))
	return ok
}

// An Analyzer turns text into tokens. It caches stems, so keep one per
// goroutine and reuse it; it is not safe for concurrent use. The zero
// value is ready to use.
type Analyzer struct {
	stems stemCache        // folded word → its term
	ids   map[string]int32 // term → number, as words share stems
	buf   []byte
	doc   docScratch // Document's tables, kept between documents
}

// stem is a cached stem with the term's number: Document groups a text's
// tokens by number, in slices, rather than by string in a map.
type stem struct {
	term string
	id   int32 // -1 for stopwords
	stop bool
}

// limitCache empties the stem cache when it is full. It runs only before
// a text, never in the middle of one, so a text's term numbers hold for
// the whole of it.
func (a *Analyzer) limitCache() {
	if len(a.stems.entries) >= maxCachedStems {
		a.stems, a.ids = stemCache{}, nil
		a.doc.reset()
	}
}

// NewAnalyzer returns an Analyzer.
func NewAnalyzer() *Analyzer { return &Analyzer{} }

// Tokens calls fn for each word of text in order, stopwords included.
// Positions start at first; Tokens returns the position after the last
// word, so a caller can continue counting in a following text.
func (a *Analyzer) Tokens(text string, first int, fn func(Token)) (next int) {
	a.limitCache()
	return a.tokens(text, first, nil, fn)
}

// initials is a set of first letters: a word whose first byte, ASCII
// lowercased, is not in it cannot stem to a term that starts with none of
// them, as stemming only ever changes a word's end.
type initials [256]bool

// initialsOf returns the first bytes of terms; a term that does not start
// with an ASCII letter or digit admits every word.
func initialsOf(terms []string) *initials {
	var in initials
	for _, t := range terms {
		if t == "" || !isASCIIWord(t[0]) {
			return nil
		}
		in[t[0]] = true
	}
	return &in
}

// tokens is Tokens that, given initials, skips analysing the words that
// cannot match: fn only sees words that start with one of them (or with a
// non-ASCII letter).
func (a *Analyzer) tokens(text string, first int, only *initials, fn func(Token)) (next int) {
	pos := first
	breaks := 0 // newlines since the last word
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				if c == '\n' {
					breaks++
				}
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		// Most words are ASCII: find their end, and whether they hold a
		// capital, and fall back to the general path at the first other
		// byte.
		end, plain, upper := asciiWord(text, i)
		ascii := plain
		if !plain {
			end, ascii = wordEnd(text, i)
		}
		i = end
		if breaks >= 2 && pos > first {
			pos += ParagraphGap
		}
		breaks = 0
		if c := text[start]; only != nil && c < utf8.RuneSelf && !only[c|0x20] {
			pos++
			continue
		}
		if end-start <= maxWordBytes {
			// An ASCII word without a capital is its own folded form: the
			// stem cache is asked with the text itself, and only a miss
			// or another word is copied into a.buf.
			st, ok := stem{}, false
			if plain && !upper {
				w := text[start:end]
				st, ok = findStem(&a.stems, hashWord(w), w)
			}
			if !ok {
				a.fold(text[start:end], ascii)
				st, ok = a.lookup()
			}
			if ok {
				fn(Token{Term: st.term, Pos: pos, Start: start, End: end, Stop: st.stop, id: st.id})
			}
		}
		pos++
	}
	return pos
}

// asciiWord returns the end of the ASCII word at i, and whether it holds
// a capital. It reports false when the word has a byte that is not ASCII.
func asciiWord(text string, i int) (end int, ok, upper bool) {
	start := i
	for ; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= utf8.RuneSelf:
			return i, false, upper
		case c == '\'' && i > start && isLetterBefore(text, i) && isLetterAt(text, i+1):
		default:
			return i, true, upper
		}
	}
	return i, true, upper
}

// Terms returns the index terms of text, stopwords left out, in order.
func (a *Analyzer) Terms(text string) []string {
	var terms []string
	a.Tokens(text, 0, func(t Token) {
		if !t.Stop {
			terms = append(terms, t.Term)
		}
	})
	return terms
}

// Fold lowercases and accent-folds s and collapses its runs of space,
// without stemming: the form categories are indexed under.
func Fold(s string) string {
	var b strings.Builder
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(appendFolded(nil, f))
	}
	return b.String()
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordEnd returns the end of the word starting at i: letters, digits and
// combining marks, and apostrophes with a letter on each side ("Putin's",
// "don’t").
func wordEnd(text string, i int) (end int, ascii bool) {
	ascii = true
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				i++
				continue
			}
			if c == '\'' && i > 0 && isLetterBefore(text, i) && isLetterAt(text, i+1) {
				i++
				continue
			}
			return i, ascii
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc):
		case (r == '’' || r == 'ʼ') && isLetterBefore(text, i) && isLetterAt(text, i+size):
		default:
			return i, ascii
		}
		ascii = false
		i += size
	}
	return i, ascii
}

func isLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func isLetterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

// fold puts word into a.buf, lowercased and accent-folded.
func (a *Analyzer) fold(word string, ascii bool) {
	a.buf = a.buf[:0]
	if !ascii {
		a.buf = appendFolded(a.buf, word)
		return
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		a.buf = append(a.buf, c)
	}
}

// lookup stems the folded word in a.buf, from the cache when it can. ok
// is false when nothing is left of the word.
func (a *Analyzer) lookup() (st stem, ok bool) {
	if len(a.buf) == 0 {
		return stem{}, false
	}
	h := hashWord(a.buf)
	if st, hit := findStem(&a.stems, h, a.buf); hit {
		return st, true
	}
	if a.ids == nil {
		a.ids = make(map[string]int32, 1024)
	}
	folded := string(a.buf)
	if w, stop := stopword(a.buf); stop {
		st = stem{term: w, id: -1, stop: true}
		a.stems.add(h, folded, st)
		return st, true
	}
	// The stemmer costs ~13,000 instructions a word, and the words a
	// cache misses are mostly numbers (each figure is new) and names,
	// many of which it surely leaves as they are.
	t := folded
	if !stemmerKeeps(a.buf) {
		t = english.Stem(folded, true)
	}
	if t == "" {
		t = folded
	}
	id, known := a.ids[t]
	if !known {
		id = int32(len(a.ids))
		a.ids[t] = id
	}
	st = stem{term: t, id: id}
	a.stems.add(h, folded, st)
	return st, true
}

// stemCache maps folded words to their stems: open addressing on a word's
// FNV-1a hash, each slot holding the hash and the place of its entry. A Go
// map cost ~150 instructions a word here, in general code that hashes and
// compares any string. Full (maxCachedStems entries) it holds ~1 MB, as
// the map did.
type stemCache struct {
	slots   []uint64 // hash<<32 | entry index+1, 0 when empty; a power of two, at most half full
	entries []stemEntry
}

type stemEntry struct {
	word string
	st   stem
	hash uint32
}

// hashWord is FNV-1a of a word held in a string or a byte slice.
func hashWord[K string | []byte](w K) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// findStem returns the cached stem of word w, whose hash is h. (A
// function, not a method, to take a string or a byte slice: string(w) of
// a []byte compared does not copy it.)
func findStem[K string | []byte](c *stemCache, h uint32, w K) (stem, bool) {
	if len(c.slots) == 0 {
		return stem{}, false
	}
	mask := uint32(len(c.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := c.slots[i]
		if s == 0 {
			return stem{}, false
		}
		if uint32(s>>32) == h {
			if e := &c.entries[uint32(s)-1]; e.word == string(w) {
				return e.st, true
			}
		}
	}
}

// add caches the stem of word, whose hash is h; word is not cached yet.
func (c *stemCache) add(h uint32, word string, st stem) {
	if 2*(len(c.entries)+1) > len(c.slots) {
		c.slots = make([]uint64, max(1024, 2*len(c.slots)))
		for i := range c.entries {
			c.place(c.entries[i].hash, i)
		}
	}
	c.entries = append(c.entries, stemEntry{word: word, st: st, hash: h})
	c.place(h, len(c.entries)-1)
}

// place puts entry i, of hash h, in its slot.
func (c *stemCache) place(h uint32, i int) {
	mask := uint32(len(c.slots) - 1)
	k := h & mask
	for c.slots[k] != 0 {
		k = (k + 1) & mask
	}
	c.slots[k] = uint64(h)<<32 | uint64(i+1)
}

// stemmerKeeps reports whether the English stemmer surely returns the
// folded word b as it is: a word of ASCII letters and digits that is a
// number, or that ends in none of the suffixes a step of the stemmer
// removes or rewrites. (Porter2's steps look only at a word's end, and
// the words it treats as exceptions all end in -s, -ed, -ing, -ly, -sky
// or -e.)
// TestStemmerKeeps checks it against the stemmer.
func stemmerKeeps(b []byte) bool {
	digits := true
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
		case c >= 'a' && c <= 'z':
			digits = false
		default:
			return false
		}
	}
	if digits {
		return true
	}
	ends := func(suffix string) bool {
		return len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix
	}
	switch b[len(b)-1] {
	case 'e', 'i':
		return false
	case 's':
		// -s, -'s, -sses, -ies, -ness, -ous, ...: only "-ss" and "-us"
		// stay, as the stemmer's first step finds them.
		return ends("ss") && !ends("ness") || ends("us") && !ends("ous")
	case 'd':
		return !ends("ed") // -ed, -eed, -ied; "proceed" and the like
	case 'g':
		return !ends("ing") // -ing; "dying", "herring" and the like
	case 'y':
		// A y after a consonant becomes i (and -ly, -edly, -ingly go);
		// after a vowel it stays.
		return len(b) >= 3 && (ends("ay") || ends("ey") || ends("oy") || ends("uy"))
	case 'l':
		return !ends("al") && !ends("ful") && !ends("ll") // -al, -ical, -ional, -ful; a final l of -ll
	case 'n':
		return !ends("ion") // -ion, -ation, -ization
	case 'm':
		return !ends("ism") // -ism, -alism
	case 'c':
		return !ends("ic")
	case 'r':
		return !ends("er") && !ends("ator") // -er, -izer, -ator
	case 't':
		return !ends("ant") && !ends("ent") // -ant, -ent, -ment, -ement
	}
	return true
}

// foldSpecial spells letters that Unicode does not decompose into a base
// letter and a mark.
func foldSpecial(r rune) (string, bool) {
	switch r {
	case 'ß', 'ẞ':
		return "ss", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ø', 'Ø':
		return "o", true
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d", true
	case 'ł', 'Ł':
		return "l", true
	case 'þ', 'Þ':
		return "th", true
	case 'ı':
		return "i", true
	case '’', 'ʼ':
		return "'", true
	}
	return "", false
}

// appendFolded appends s lowercased, with marks removed and the letters of
// foldSpecial spelled out.
func appendFolded(dst []byte, s string) []byte {
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if sp, ok := foldSpecial(r); ok {
			dst = append(dst, sp...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}
