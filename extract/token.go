package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tkWord  tokKind = iota // letters, possibly with digits, hyphens, inner full stops and apostrophes
	tkNum                  // digits and separators only
	tkPunct                // any other single mark
	tkQuote                // a double quotation mark, straight or curly
	tkPoss                 // a possessive ending: 's or a bare apostrophe after s
)

// tokFlag records facts about a token's spelling and place.
type tokFlag uint16

const (
	fCap         tokFlag = 1 << iota // starts with an upper-case letter
	fAllCaps                         // an acronym: two or more letters, none lower-case
	fSentStart                       // first token of a sentence
	fParaStart                       // first token of a paragraph
	fOpenMark                        // a quotation mark that opens
	fCloseMark                       // a quotation mark that closes
	fSpaceBefore                     // whitespace (or the paragraph start) comes just before
	fSpaceAfter                      // whitespace (or the paragraph end) comes just after
)

// token is one word or mark of the article, with byte offsets into the
// joined text.
type token struct {
	start, end int
	kind       tokKind
	flags      tokFlag
	lx         lexFlag
	cue        *cueVerb
	para       int
	quote      int // index into doc.quotes of the enclosing quotation, or -1
}

func (t *token) is(f tokFlag) bool  { return t.flags&f != 0 }
func (t *token) has(f lexFlag) bool { return t.lx&f != 0 }
func (t *token) inQuote() bool      { return t.quote >= 0 }
func (t *token) word() bool         { return t.kind == tkWord }
func (t *token) capWord() bool      { return t.kind == tkWord && t.flags&fCap != 0 }
func (t *token) lowerWord() bool    { return t.kind == tkWord && t.flags&fCap == 0 }
func (d *doc) str(i int) string     { return d.text[d.toks[i].start:d.toks[i].end] }
func (d *doc) span(i, j int) string { return d.text[d.toks[i].start:d.toks[j-1].end] }
func (d *doc) punct(i int, s string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tkPunct && d.str(i) == s
}

// lower returns the token's text lower-cased, for the rare comparisons the
// lexicon flags do not cover.
func (d *doc) lower(i int) string { return strings.ToLower(d.str(i)) }

// isWord reports whether token i is a word spelled w, ignoring case.
func (d *doc) isWord(i int, w string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tkWord && strings.EqualFold(d.str(i), w)
}

// contractions keep their apostrophe: they are words, not possessives.
var contractions = map[string]bool{
	"it": true, "he": true, "she": true, "that": true, "there": true, "what": true, "who": true,
	"let": true, "here": true, "where": true, "how": true, "everyone": true, "nobody": true,
}

// tokenize splits the paragraph text[start:end] into tokens appended to
// toks.
func tokenize(toks []token, text string, start, end, para int) []token {
	first := len(toks)
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i, end)
			toks = appendWord(toks, text, i, j, end, para)
			i = toks[len(toks)-1].end
			continue
		case r == '"' || r == '“' || r == '”' || r == '„' || r == '‟' || r == '«' || r == '»':
			toks = append(toks, token{start: i, end: i + size, kind: tkQuote, para: para, quote: -1})
		default:
			toks = append(toks, token{start: i, end: i + size, kind: tkPunct, para: para, quote: -1})
		}
		i += size
	}
	for k := first; k < len(toks); k++ {
		t := &toks[k]
		if t.start == start || isSpaceBefore(text, t.start) {
			t.flags |= fSpaceBefore
		}
		if t.end == end || isSpaceAt(text, t.end) {
			t.flags |= fSpaceAfter
		}
	}
	if first < len(toks) {
		toks[first].flags |= fParaStart | fSentStart
	}
	return toks
}

func isSpaceAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

func isSpaceBefore(text string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by hyphens, full stops, commas between digits and apostrophes when
// a letter or digit follows.
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if j+size < end {
			next, _ := utf8.DecodeRuneInString(text[j+size : end])
			prev, _ := utf8.DecodeLastRuneInString(text[i:j])
			nextAlnum := unicode.IsLetter(next) || unicode.IsDigit(next)
			switch {
			case (r == '-' || r == '‑' || r == '.') && nextAlnum:
				j += size
				continue
			case r == ',' && unicode.IsDigit(prev) && unicode.IsDigit(next):
				j += size
				continue
			case (r == '\'' || r == '’') && unicode.IsLetter(next):
				// A possessive 's ends the word; other apostrophes (don't,
				// O'Brien) stay inside it.
				if (next == 's' || next == 'S') && !letterAt(text, j+size+1, end) &&
					!contractions[strings.ToLower(text[i:j])] {
					return j
				}
				j += size
				continue
			}
		}
		break
	}
	return j
}

func letterAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendWord appends the word text[i:j] and, when one follows, its
// abbreviation full stop and possessive ending.
func appendWord(toks []token, text string, i, j, end, para int) []token {
	w := text[i:j]
	// A full stop belongs to the word when the word is an abbreviation, an
	// initial, or dotted already (U.S.).
	if j < end && text[j] == '.' {
		r, size := utf8.DecodeRuneInString(w)
		single := size == len(w) && unicode.IsUpper(r)
		if single || strings.Contains(w, ".") || lex.lookup(text[i:j+1])&lxAbbrev != 0 {
			j++
			w = text[i:j]
		}
	}
	t := token{start: i, end: j, kind: tkWord, para: para, quote: -1}
	if !strings.ContainsFunc(w, unicode.IsLetter) {
		t.kind = tkNum
	} else {
		if isUpperInitial(w) {
			t.flags |= fCap
		} else if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			// "fifteen-year-old" and "54-year-old" are words; "M5S" is capitalised.
			if k := strings.IndexFunc(w, unicode.IsLetter); k > 0 && isUpperInitial(w[k:]) {
				t.flags |= fCap
			}
		}
		if isAllUpper(w) {
			t.flags |= fAllCaps
		}
		t.lx = lex.lookup(w)
		if t.lx&lxVerb != 0 {
			t.cue = lex.cue(w)
		}
	}
	toks = append(toks, t)
	// Possessive endings: 's, ’s, and a bare apostrophe after a plural s.
	if j < end && (text[j] == '\'' || strings.HasPrefix(text[j:end], "’")) {
		size := 1
		if text[j] != '\'' {
			size = len("’")
		}
		k := j + size
		switch {
		case k < end && (text[k] == 's' || text[k] == 'S') && !letterAt(text, k+1, end):
			toks = append(toks, token{start: j, end: k + 1, kind: tkPoss, para: para, quote: -1})
		case (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && !letterAt(text, k, end):
			toks = append(toks, token{start: j, end: k, kind: tkPoss, para: para, quote: -1})
		}
	}
	return toks
}
