package extract

import (
	"strings"
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
	fShoutedVerb                     // a speech verb in capitals ("DENIES"), not an acronym
	fHyphen                          // a word with a hyphen in it ("al-Amr"), for nameWord
)

// token is one word or mark of the article, with byte offsets into the
// joined text.
type token struct {
	start, end int32
	lx         lexFlag
	para       int32
	quote      int32 // index into doc.quotes of the enclosing quotation, or -1
	flags      tokFlag
	kind       tokKind
	cv         uint8 // 1 + index into cueVerbs of a speech-verb form, or 0
}

func (t *token) is(f tokFlag) bool  { return t.flags&f != 0 }
func (t *token) has(f lexFlag) bool { return t.lx&f != 0 }
func (t *token) inQuote() bool      { return t.quote >= 0 }
func (t *token) capWord() bool      { return t.kind == tkWord && t.flags&fCap != 0 }
func (t *token) lowerWord() bool    { return t.kind == tkWord && t.flags&fCap == 0 }
func (d *doc) str(i int) string     { return d.text[d.toks[i].start:d.toks[i].end] }
func (d *doc) span(i, j int) string { return d.text[d.toks[i].start:d.toks[j-1].end] }
func (d *doc) punct(i int, s string) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	return int(t.end-t.start) == len(s) && t.kind == tkPunct && d.text[t.start:t.end] == s
}

// lower returns the token's text with ASCII letters lower-cased, for the
// comparisons the lexicon flags do not cover. It allocates nothing.
func (d *doc) lower(i int) string { return d.ltext[d.toks[i].start:d.toks[i].end] }

// key returns token i folded for comparing names: lower case, without an
// abbreviation's full stop.
func (d *doc) key(i int) string { return strings.TrimSuffix(d.lower(i), ".") }

// isWord reports whether token i is a word spelled w, ignoring case. w
// is a lower-case literal: compared with the lower-cased text, the test
// inlines, and with a constant w compiles to a length check and a few
// loads, which matters because the rules ask it of nearly every token.
func (d *doc) isWord(i int, w string) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	return int(t.end-t.start) == len(w) && t.kind == tkWord && d.ltext[t.start:t.end] == w
}

// endsWith reports whether token i ends in the lower-case ASCII suffix,
// ignoring case. It compares with the lower-cased text: for an ASCII
// suffix of the same byte length that is what strings.EqualFold decides,
// without decoding runes.
func (d *doc) endsWith(i int, suffix string) bool {
	t := &d.toks[i]
	return int(t.end-t.start) >= len(suffix) && d.ltext[int(t.end)-len(suffix):t.end] == suffix
}
