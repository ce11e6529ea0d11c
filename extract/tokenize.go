package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// contractions keep their apostrophe: they are words, not possessives.
var contractions = map[string]bool{
	"it": true, "he": true, "she": true, "that": true, "there": true, "what": true, "who": true,
	"let": true, "here": true, "where": true, "how": true, "everyone": true, "nobody": true,
}

// Byte classes for the tokenizer's ASCII fast paths.
const (
	bcOther = iota
	bcSpace
	bcAlnum
	bcUpper // also alnum
)

var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = bcAlnum
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bcAlnum
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = bcUpper
	}
	for _, c := range " \t\n\r\v\f" {
		t[c] = bcSpace
	}
	return t
}()

// tokenize splits the paragraph text[start:end] into tokens appended to
// toks, and counts the double quotation marks among them. ltext is text
// with its ASCII letters lower-cased.
func tokenize(toks []token, text, ltext string, start, end int, para int32) (_ []token, marks int) {
	first := len(toks)
	i := start
	linkClose, linkEnd := -1, -1
	for i < end {
		c := text[i]
		if c == '[' || i == linkClose {
			// A Markdown link holding a quotation's cue, “...,” [Roem
			// told supporters](https://...), a cue of its own, "Ofcom
			// [wrote](https://...) that", or a name after a cue, "said
			// [Ilse Marner](https://...), a student": its words are the
			// sentence's;
			// the brackets and the address are not, and would part the
			// cue from its speaker or from what it reports.
			if i == linkClose {
				i, linkClose = linkEnd, -1
				if k := possessiveEnd(text, i, end); k > i && len(toks) > first && toks[len(toks)-1].kind == tkWord {
					// "the [NHL](https://...)'s [Ravens]": the link's
					// words own what follows, as "the NHL's Ravens" do.
					toks = append(toks, token{start: int32(i), end: int32(k), kind: tkPoss, para: para, quote: -1})
					i = k
				}
				continue
			}
			// A picture's text ("![Brekke](...)") is no part of the
			// sentence: its address stays, and parts it from the words
			// after it.
			if cl, e := markdownLink(text, i, end); cl > 0 && (i == start || text[i-1] != '!') && (afterQuotation(text, start, i) || cueLink(text, start, i, cl, e, end) || nameLink(text, i, cl) || commonLink(text, i, cl) || sourceLink(text, start, i, cl) || subjectLink(text, i, cl, e, end)) {
				linkClose, linkEnd = cl, e
				i++
				continue
			}
		}
		if c == '>' && lineOpening(text, start, i) {
			// "> The proposed cuts ...": the mark of a block quotation's
			// line; the sentence starts at the word after it.
			i++
			continue
		}
		if c == '*' && !(len(toks) == first && emphasisLabel(text, i, end)) {
			// Markdown emphasis, "**Ilse Marner** said": the stars would
			// part a name from its cue and a quotation mark from the
			// space that tells which way it faces.
			i++
			continue
		}
		size := 1
		var r rune
		if c < utf8.RuneSelf {
			switch byteClass[c] {
			case bcSpace:
				i++
				continue
			case bcAlnum, bcUpper:
				// The common case, ASCII letters and digits and an end
				// that cannot continue the word, is classified in place.
				// The word's FNV-1a hash, folded, is taken as it is
				// read, for the lexicon (classifyPlain): a letter or
				// digit with the 0x20 bit set is its lower case.
				h := (fnvOffset ^ uint32(c|0x20)) * fnvPrime
				j := i + 1
				for j < end {
					b := text[j]
					if byteClass[b] < bcAlnum {
						break
					}
					h = (h ^ uint32(b|0x20)) * fnvPrime
					j++
				}
				if plainEnd(text, i, j, end) {
					toks = append(toks, token{start: int32(i), end: int32(j), kind: tkWord, para: para, quote: -1})
					classifyPlain(&toks[len(toks)-1], text, ltext, h)
					i = j
					if i < end && text[i] == ' ' {
						// The space after most words, passed here: the
						// loop's tests would find it no mark, no link's
						// end (a bracket) and a space, and only pass it.
						i++
					}
					continue
				}
				j = scanWord(text, i, end)
				toks = appendWord(toks, text, i, j, end, para)
				i = int(toks[len(toks)-1].end)
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:end])
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				j := scanWord(text, i, end)
				toks = appendWord(toks, text, i, j, end, para)
				i = int(toks[len(toks)-1].end)
				continue
			}
		}
		kind := tkPunct
		switch r {
		case '"', '“', '”', '„', '‟', '«', '»':
			kind = tkQuote
		case '\'', '`':
			// Typesetters' double marks, ``...'' and "...'' (wire copy
			// set for print): two single marks together are one double
			// mark, a third makes them something else; and '' only
			// closes a double mark still open in the paragraph ("'We
			// don't ...,'' Bechi said" was set with single marks).
			if i+1 < end && text[i+1] == byte(r) && (i+2 >= end || text[i+2] != byte(r)) && (i == start || text[i-1] != byte(r)) &&
				(r == '`' || marks%2 == 1 || doubleApostropheOpens(text, i, start, end)) {
				kind, size = tkQuote, 2
			}
		case '‘', '’':
			// "...from the gang,’’ he said": one national agency's wire
			// copy closes a double mark with two curly apostrophes, and
			// they close it as '' does; read as two single marks they
			// left the quotation open to the paragraph's end, cue and all.
			// Some papers open one with two curly single marks too:
			// "‘‘Supermarkets ruin all this,’’ Mr Govett said".
			const sq = len("’") // both marks are three bytes
			mark := text[i : i+sq]
			if (r == '‘' || marks%2 == 1) && strings.HasPrefix(text[i+sq:end], mark) && !strings.HasPrefix(text[i+2*sq:end], mark) &&
				(i < start+sq || !strings.HasPrefix(text[i-sq:], mark)) {
				kind, size = tkQuote, 2*sq
			}
		case '-':
			// "That commercial -- which said ... -- changed": two hyphens
			// in plain or typewritten copy are one dash.
			if i+1 < end && text[i+1] == '-' && (i+2 >= end || text[i+2] != '-') && (i == start || text[i-1] != '-') {
				size = 2
			}
		}
		if kind == tkQuote {
			marks++
		}
		toks = append(toks, token{start: int32(i), end: int32(i + size), kind: kind, para: para, quote: -1})
		i += size
	}
	// The space flags, with the ASCII test written out: this runs for
	// every token.
	for k := first; k < len(toks); k++ {
		t := &toks[k]
		if b := int(t.start); b == start {
			t.flags |= fSpaceBefore
		} else if c := text[b-1]; c < utf8.RuneSelf && byteClass[c] == bcSpace || c >= utf8.RuneSelf && isSpaceBefore(text, b) {
			t.flags |= fSpaceBefore
		}
		if e := int(t.end); e == end {
			t.flags |= fSpaceAfter
		} else if c := text[e]; c < utf8.RuneSelf && byteClass[c] == bcSpace || c >= utf8.RuneSelf && isSpaceAt(text, e) {
			t.flags |= fSpaceAfter
		}
	}
	if first < len(toks) {
		toks[first].flags |= fParaStart | fSentStart
	}
	return toks, marks
}

func isSpaceAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	if c := text[i]; c < utf8.RuneSelf {
		return byteClass[c] == bcSpace
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

func isSpaceBefore(text string, i int) bool {
	if i <= 0 {
		return true
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return byteClass[c] == bcSpace
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
		for j < end && byteClass[text[j]] >= bcAlnum {
			j++
		}
		if j >= end {
			break
		}
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:end])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				j += size
				continue
			}
		}
		if j+size >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j+size : end])
		nextAlnum := unicode.IsLetter(next) || unicode.IsDigit(next)
		switch {
		case (r == '-' || r == '‑' || r == '.') && nextAlnum:
			j += size
			continue
		case r == '/' && unicode.IsUpper(next) && j > i && byteClass[text[i]] == bcUpper && byteClass[text[j-1]] >= bcAlnum && !isDigitByte(text[j-1]):
			// "Macmillan/McGraw-Hill School Publishing Co.": a slash
			// between two capitalised words joins one firm's name, which
			// cut there left only its second half.
			j += size
			continue
		case r == ',' && nextAlnum && unicode.IsDigit(next) && j > i && isDigitByte(text[j-1]):
			j += size
			continue
		case r == utf8.RuneError && size == len("\ufffd") && j > i && lostApostrophe(text, j, j+size, end):
			// "wouldn\ufffdt", "they\ufffdre": a curly apostrophe a bad decoding
			// replaced, inside the word as the apostrophe was.
			j += size
			continue
		case (r == '\'' || r == '’') && unicode.IsLetter(next):
			// A possessive 's ends the word; other apostrophes (don't,
			// O'Brien) stay inside it.
			if (next == 's' || next == 'S') && !letterAt(text, j+size+1, end) && !isContraction(text[i:j]) {
				return j
			}
			j += size
			continue
		}
		break
	}
	return j
}

// plainEnd reports whether the ASCII letters and digits text[i:j] make a
// whole word of the common kind: at most maxPlainWord bytes, followed by
// the paragraph's end, a space or a mark that cannot continue, glue or
// possess it. Other words take the general path (scanWord, appendWord).
func plainEnd(text string, i, j, end int) bool {
	if j-i > maxPlainWord {
		return false
	}
	if j == end {
		return true
	}
	switch text[j] {
	case ' ', ';', ':', '!', '?', ')', '"', '\n':
		return true
	case ',':
		return j+1 >= end || !isDigitByte(text[j+1]) // not 38,400
	}
	return false
}

// The FNV-1a parameters of the lexicon's hash (hashKey).
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// classifyPlain sets the kind, capitalisation and lexicon entry of the
// plain word t (see plainEnd), whose folded form, which the lexicon is
// probed with, is read from ltext (text lower-cased), not copied; h is
// that form's FNV-1a hash.
func classifyPlain(t *token, text, ltext string, h uint32) {
	i, j := int(t.start), int(t.end)
	// The first letter, past any digits; a word of digits only is a
	// number. A word is capitalised by its first letter, and in capitals
	// when it has two capital letters or more and no small one.
	k := i
	for k < j && isDigitByte(text[k]) {
		k++
	}
	if k == j {
		t.kind = tkNum
		return
	}
	if c := text[k]; 'A' <= c && c <= 'Z' {
		t.flags |= fCap
		upper := 0
		for ; k < j; k++ {
			c := text[k]
			if 'a' <= c && c <= 'z' {
				upper = 0
				break
			}
			if 'A' <= c && c <= 'Z' {
				upper++
			}
		}
		if upper >= 2 {
			t.flags |= fAllCaps
		}
	} else if k == i && j-i >= 5 && 'a' <= c && c <= 'z' && 'A' <= text[i+1] && text[i+1] <= 'Z' && 'a' <= text[i+2] && text[i+2] <= 'z' {
		// "eThekwini", "uMhlanga": a name whose prefix keeps its small
		// letter is still capitalised, by its second letter.
		t.flags |= fCap
	}
	key := ltext[i:j]
	if sl := lex.probeString(h, key); sl != nil {
		t.takeLexicon(sl, j-i)
	} else if t.flags&fCap != 0 && practitioners(key) {
		t.lx |= lxGroup
	} else if t.flags&fAllCaps == 0 && roleBySuffix(key) {
		t.lx |= lxRole
	}
	if t.flags&fAllCaps != 0 && capsPostNominal(key) {
		t.lx |= lxPostNominal
	}
}

// practitioners reports whether the word w, which the lexicon does not
// know, is a plural noun for the people of a practice or a science by its
// ending: "homeopaths", "herbalists", "epidemiologists", "paediatricians".
// Capitalised, as when one opens a sentence ("Homeopaths say"), such a
// word would pass for a body's name; it is a group, as "Scientists" is,
// and names no one. (In lower case the word is left as it was: "according
// to Varga archaeologists have found" needs it unknown.)
func practitioners(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range [...]string{"ists", "paths", "ogists", "icians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// maxPlainWord is the longest word plainEnd takes.
const maxPlainWord = 40

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isContraction reports whether w's apostrophe-s is "is" or "us", not a
// possessive: it's, he's, let's.
func isContraction(w string) bool {
	if len(w) > 8 || isAllUpper(w) {
		return false // "WHO's report": an acronym's possessive
	}
	var buf [8]byte
	k, ok := foldInto(buf[:0], w)
	return ok && contractions[string(k)]
}

// lostApostrophe reports whether the replacement character at text[j:k]
// stands for the apostrophe of a contraction: "n\ufffdt", "\ufffdre",
// "\ufffdve", "\ufffdll", "\ufffdm", "\ufffdd" ending the word. A
// possessive's "\ufffds" is left alone (it may part a name from its
// ending), and so is any other ("Golden\ufffdof Maine": a lost space).
func lostApostrophe(text string, j, k, end int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	if !unicode.IsLetter(r) {
		return false
	}
	n := k
	for n < end && n < k+3 && 'a' <= text[n] && text[n] <= 'z' {
		n++
	}
	if n < end && letterAt(text, n, end) {
		return false
	}
	switch text[k:n] {
	case "t":
		return r == 'n' || r == 'N'
	case "re", "ve", "ll", "m", "d":
		return true
	}
	return false
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
func appendWord(toks []token, text string, i, j, end int, para int32) []token {
	w := text[i:j]
	// A full stop belongs to the word when the word is an abbreviation, an
	// initial, or dotted already (U.S.), or when a comma follows it, which
	// no sentence's end does ("Sen. Tom Vell, D-Del., said", "Corp.,").
	if j < end && text[j] == '.' {
		r, size := utf8.DecodeRuneInString(w)
		single := size == len(w) && unicode.IsUpper(r)
		beforeComma := j+1 < end && text[j+1] == ',' && len(w) <= 8
		if single || beforeComma || strings.IndexByte(w, '.') >= 0 || len(w) <= 6 && lex.lookup(text[i:j+1])&lxAbbrev != 0 && !numberAbbrevNotNumber(text, w, j, end) {
			j++
			w = text[i:j]
		}
	}
	t := token{start: int32(i), end: int32(j), kind: tkWord, para: para, quote: -1}
	if strings.IndexByte(w, '-') >= 0 {
		t.flags |= fHyphen // said here, where few words come, for nameWord, which asks of nearly every one
	}
	if !classifyASCII(&t, w) {
		classifySlow(&t, w)
	}
	toks = append(toks, t)
	// Possessive endings: 's, ’s, and a bare apostrophe after a plural s;
	// after the stars that close an emphasis too ("*The Ledger*'s",
	// "*Reuters*' Bram Heath").
	for p := j; p < end && p < j+2 && text[p] == '*'; p++ {
		if p+1 < end && (text[p+1] == '\'' || text[p+1] == 0xe2 && strings.HasPrefix(text[p+1:end], "’")) {
			j = p + 1
			break
		}
	}
	if k := possessiveEnd(text, j, end); k > 0 {
		toks = append(toks, token{start: int32(j), end: int32(k), kind: tkPoss, para: para, quote: -1})
	} else if k := apostropheEnd(text, j, end); k > 0 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && !letterAt(text, k, end) {
		toks = append(toks, token{start: int32(j), end: int32(k), kind: tkPoss, para: para, quote: -1})
	}
	return toks
}

// possessiveEnd returns the end of a possessive "'s" or "’s" opening
// text[i:end], no letter after it, or -1.
func possessiveEnd(text string, i, end int) int {
	k := apostropheEnd(text, i, end)
	if k > 0 && k < end && (text[k] == 's' || text[k] == 'S') && !letterAt(text, k+1, end) {
		return k + 1
	}
	return -1
}

// apostropheEnd returns the end of an apostrophe, straight or curly,
// opening text[i:end], or -1.
func apostropheEnd(text string, i, end int) int {
	switch {
	case i < end && text[i] == '\'':
		return i + 1
	case i < end && strings.HasPrefix(text[i:end], "’"):
		return i + len("’")
	}
	return -1
}

// hasLetter reports whether w holds a letter.
func hasLetter(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			return strings.ContainsFunc(w[i:], unicode.IsLetter)
		}
	}
	return false
}

// classifyASCII sets the kind, capitalisation and lexicon entry of the
// ASCII word w in one pass: it folds and hashes as it scans. It reports
// false, touching nothing, when w is not ASCII or too long.
func classifyASCII(t *token, w string) bool {
	var buf [48]byte
	if len(w) > len(buf) {
		return false
	}
	h := uint32(2166136261)
	upper, lower := 0, 0
	firstLetter := -1
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		switch byteClass[c] {
		case bcUpper:
			upper++
			if firstLetter < 0 {
				firstLetter = i
			}
			c += 'a' - 'A'
		case bcAlnum:
			if c >= 'a' {
				lower++
				if firstLetter < 0 {
					firstLetter = i
				}
			}
		}
		buf[i] = c
		h ^= uint32(c)
		h *= 16777619
	}
	if upper+lower == 0 {
		t.kind = tkNum
		return true
	}
	// A word is capitalised by its first letter: "M5S" is, "54-year-old" is not.
	if c := w[firstLetter]; 'A' <= c && c <= 'Z' {
		t.flags |= fCap
	}
	if lower == 0 && upper >= 2 {
		t.flags |= fAllCaps
	}
	if sl := lex.probe(h, buf[:len(w)]); sl != nil {
		t.takeLexicon(sl, len(w))
	} else if of := strings.Index(w, "-of-"); of > 0 && lex.lookup(string(buf[:of]))&lxRole != 0 {
		t.lx |= lxRole // "grandmother-of-five", "father-of-two": the person the first part names
	} else if lower > 0 && roleBySuffix(buf[:len(w)]) {
		t.lx |= lxRole
	} else if doctorateLetters(buf[:len(w)]) {
		// "Thomas Reed, L.H.D., director at ...", "Sc.D.", "Ph.D" with
		// its last stop dropped: a degree's letters after a name, which
		// the list of post-nominals cannot hold in every spelling.
		t.lx |= lxPostNominal
	}
	if lower == 0 && upper >= 2 && capsPostNominal(string(buf[:len(w)])) {
		t.lx |= lxPostNominal
	}
	return true
}

// doctorateLetters reports whether the folded word w is written as a
// doctorate's dotted letters: two to four parts of one to five letters,
// each closed by a stop (the last one's may be missing), the last part
// "d" ("l.h.d.", "sc.d", "pharm.d."). Not "n.d." or "s.d.", the Dakotas.
func doctorateLetters(w []byte) bool {
	n := len(w)
	if n > 0 && w[n-1] == '.' {
		n-- // the last stop, which may be missing
	}
	if n < 3 || n > 14 || w[n-1] != 'd' || w[n-2] != '.' {
		return false
	}
	if n == 3 && (w[0] == 'n' || w[0] == 's') {
		return false
	}
	parts, run := 1, 0
	for i := 0; i < n; i++ {
		switch c := w[i]; {
		case c == '.':
			if run == 0 {
				return false
			}
			parts, run = parts+1, 0
		case 'a' <= c && c <= 'z' && run < 5:
			run++
		default:
			return false
		}
	}
	return parts <= 4
}

// capsPostNominal reports whether the folded word w is letters that
// follow a name only when written in capitals: "Dayo Ade SAN" (a Senior
// Advocate of Nigeria), "Raj Mehta MLA", "Ann Lee MPP". In lower case
// ("san", "mpa") they are other words, and the lexicon is folded, so they
// are tested here on a capitalised word alone. "BL" is the Irish bar's
// barrister-at-law ("counsel for the State, Tom Varley BL, told the
// judge"), as "SC" is its senior counsel.
func capsPostNominal(w string) bool {
	switch w {
	case "san", "bl", "mla", "mlc", "mpp", "mna", "mpa", "mha", "mhk", "gcfr", "gcon", "cfr", "ofr":
		return true
	}
	return false
}

// takeLexicon gives t, a word n bytes long, what the lexicon says of it.
// A word in capitals is an acronym ("WHO", "US", "IT"), not the function
// word, and keeps only the flags an acronym can have; but a longer speech
// verb ("DENIES", "SAYS") is shouted, and says so.
func (t *token) takeLexicon(sl *lexSlot, n int) {
	t.lx, t.cv = sl.flags, sl.cue
	if t.flags&fAllCaps == 0 {
		return
	}
	if t.cv != 0 && n >= 4 {
		t.flags |= fShoutedVerb
	}
	t.lx &= acronymFlags
	t.cv = 0
}

// acronymFlags are the lexicon flags an all-capitals word keeps.
const acronymFlags = lxNation | lxPlace | lxOrgCue | lxCompany | lxOutlet | lxOutletCue | lxStrongOutlet |
	lxTitle | lxRole | lxPostNominal | lxAbbrev

// classifySlow is classifyASCII for words with other characters.
func classifySlow(t *token, w string) {
	if !hasLetter(w) {
		t.kind = tkNum
		return
	}
	if isUpperInitial(w) {
		t.flags |= fCap
	} else if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
		if k := strings.IndexFunc(w, unicode.IsLetter); k > 0 && isUpperInitial(w[k:]) {
			t.flags |= fCap
		}
	}
	if isAllUpper(w) {
		t.flags |= fAllCaps
	}
	if strings.Contains(w, "\ufffd") {
		w = strings.ReplaceAll(w, "\ufffd", "'") // "wouldn�t" is "wouldn't" badly decoded
	}
	if sl := lex.find(w); sl != nil {
		t.lx, t.cv = sl.flags, sl.cue
	} else if t.flags&fAllCaps == 0 && roleBySuffix(w) {
		t.lx |= lxRole
	}
}

// numberAbbrevNotNumber reports whether "No." (or "no.") at text[j] is the
// word "no" ending a sentence rather than the abbreviation of "number",
// which a digit follows.
func numberAbbrevNotNumber(text, w string, j, end int) bool {
	if !strings.EqualFold(w, "no") {
		return false
	}
	k := j + 1
	for k < end && text[k] == ' ' {
		k++
	}
	return k >= end || !isDigitByte(text[k])
}

// lineOpening reports whether only spaces stand between the start of the
// line (or of the paragraph, at start) and byte i of text.
func lineOpening(text string, start, i int) bool {
	for j := i - 1; j >= start; j-- {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// markdownLink reports where the "](" of a Markdown link opening with the
// "[" at i closes its text, and the end of its address (and of the quoted
// title after it, as in `(https://... "More about Ilse Varga.")`), when
// one ends in text[:end]; 0 and 0 otherwise.
func markdownLink(text string, i, end int) (int, int) {
	cl := -1
	for j := i + 1; j+1 < end && j < i+400; j++ {
		if text[j] == '[' {
			return 0, 0
		}
		if text[j] == ']' {
			if text[j+1] != '(' {
				return 0, 0
			}
			cl = j
			break
		}
	}
	if cl < 0 {
		return 0, 0
	}
	depth := 0
	for j := cl + 2; j < end && j < cl+2+2000; j++ {
		switch text[j] {
		case ' ':
			if j+1 < end && text[j+1] == '"' {
				if k := strings.IndexByte(text[j+2:min(end, j+2+300)], '"'); k >= 0 && j+2+k+1 < end && text[j+2+k+1] == ')' && depth == 0 {
					return cl, j + 2 + k + 2
				}
			}
			return 0, 0
		case '\n':
			return 0, 0
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return cl, j + 1
			}
			depth--
		}
	}
	return 0, 0
}

// cueLink reports whether the Markdown link whose text runs from the "["
// at i to the "]" at cl, and whose address ends at e, holds the words of a
// speech cue: a few words opening with a speech verb, perhaps after an
// auxiliary ("[has said]", "[claimed to the Associated Press]"), or any
// words right after one ("said [in a new estimate]"). A longer link text
// opening with a speech verb, perhaps after an adverb, counts only when it
// runs to the end of its clause, so that it holds what the verb reports
// too ("police [said the tablets held a toxin](...), known as", "has
// [already pointed out that it will be a great TV](...)."); a longer link
// the sentence goes on after is a phrase of its own.
func cueLink(text string, start, i, cl, e, end int) bool {
	words := strings.Fields(text[i+1 : cl])
	if len(words) == 0 {
		return false
	}
	long := len(words) > 5
	// "[said could amount to a war crime](...)": a link opening with
	// "said" hands its words to the sentence even when it goes on.
	according := words[0] == "according" && len(words) > 1 && words[1] == "to"
	saidLink := (words[0] == "said" || according) && len(words) <= 12
	j := i
	for j > start && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > start && byteClass[text[k-1]] >= bcAlnum {
		k--
	}
	if len(words) <= 20 && clauseOpener(words[0]) && cueBefore(text, start, i) {
		// "announced [he won't approve the pipeline](...)",
		// "announced in October [he's putting 50 troops](...) on the
		// ground": the link holds what the cue before it reports.
		return true
	}
	if long && !clauseEndAt(text, e, end) && !saidLink {
		return false
	}
	if !long && k < j && lowerCue(text[k:j]) || according {
		return true
	}
	if len(words) >= 3 && words[0] == "according" && words[1] == "to" {
		return true // "..., [according to city data](...)."
	}
	if len(words) >= 2 && lowerCue(words[len(words)-1]) && !strings.ContainsAny(text[i+1:cl], "\"“”") && afterCommaClause(text, start, i) {
		return true // "..., the [South Florida Sun Sentinel reports](https://...)."
	}
	if len(words) >= 2 && len(words) <= 5 && lowerCue(words[len(words)-1]) && capitalisedWords(words[:len(words)-1]) {
		// "The [CDC said](https://...) nearly 90 percent ...": a name and
		// its cue, the clause after the link.
		return true
	}
	for n, w := range words {
		if n < 2 && lex.lookup(w)&lxAux != 0 || long && n < 2 && lex.lookup(w)&lxAdverb != 0 {
			continue
		}
		return lowerCue(w)
	}
	return false
}

// capitalisedWords reports whether every word of ws opens with a capital
// letter (ASCII), as the words of a name do.
func capitalisedWords(ws []string) bool {
	for _, w := range ws {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// clauseOpener reports whether w can open a reported clause: a subject
// pronoun ("he", "he's", "they'll") or "that".
func clauseOpener(w string) bool {
	if a, _, ok := strings.Cut(w, "'"); ok {
		w = a
	} else if a, _, ok := strings.Cut(w, "’"); ok {
		w = a
	}
	switch w {
	case "he", "she", "it", "they", "we", "that":
		return true
	}
	return false
}

// cueBefore reports whether a speech verb in lower case stands within
// the three words before i in the paragraph starting at start, with no
// mark between: "announced [", "announced in October [".
func cueBefore(text string, start, i int) bool {
	j := i
	for n := 0; n < 3; n++ {
		for j > start && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > start && byteClass[text[k-1]] >= bcAlnum {
			k--
		}
		if k == j {
			return false // a mark, or the paragraph's start
		}
		if lowerCue(text[k:j]) {
			return true
		}
		j = k
	}
	return false
}

// nameLink reports whether the Markdown link whose text runs from the "["
// at i to the "]" at cl is a name and nothing else ("according to the [Tax
// Policy Center](...)", "President [Tomas Brenn](...) said"): a few
// capitalised words, perhaps joined by the lower-case words of
// organisation names. Web reporting links the people and bodies it names;
// read with its brackets and address, the name would stand apart from the
// title before it and the cue after it.
func nameLink(text string, i, cl int) bool {
	words := strings.Fields(text[i+1 : cl])
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for n, w := range words {
		w = strings.Trim(w, "*_") // "[*The Calder Journal*](...)": a title in italics
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
		case n > 0 && n < len(words)-1 && (w == "&" || lex.lookup(w)&(lxConnector|lxParticle|lxDet) != 0):
		default:
			return false
		}
	}
	return true
}

// subjectLink reports whether the Markdown link whose text runs from the
// "[" at i to the "]" at cl, with its address ending at e, holds the
// opening of a sentence up to a name, and a speech verb follows it: "[In
// 2016, LVMH CFO Jean-Jacques Guiony](...) said that ...". Its words are
// the sentence's, and the speaker's name must stay next to the cue.
func subjectLink(text string, i, cl, e, end int) bool {
	in := text[i+1 : cl]
	words := strings.Fields(in)
	if len(words) < 2 || len(words) > 12 || strings.ContainsAny(in, "\"“”[]()") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[len(words)-1]); !unicode.IsUpper(r) {
		return false
	}
	k := e
	for k < end && text[k] == ' ' {
		k++
	}
	j := k
	for j < end && byteClass[text[j]] >= bcAlnum {
		j++
	}
	return j > k && lowerCue(text[k:j])
}

// commonLink reports whether the Markdown link whose text runs from the
// "[" at i to the "]" at cl is a few lower-case words ("A large body of
// [studies](...) has pointed out that", "[scientists think](...)"): a
// phrase of the sentence, whose subject or verb the brackets and the
// address would part from the rest.
func commonLink(text string, i, cl int) bool {
	words := strings.Fields(text[i+1 : cl])
	if len(words) == 4 && (words[0] == "a" || words[0] == "an") && (interviewWords[words[1]] || words[1] == "statement" || words[1] == "letter") {
		return true // "but in [an interview last year](...) argued": the occasion and its time
	}
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if w[0] < 'a' || w[0] > 'z' {
			return false
		}
	}
	return true
}

// clauseEndAt reports whether a clause ends at i: a stop, a comma, a
// colon or semicolon follows, or the paragraph ends.
func clauseEndAt(text string, i, end int) bool {
	if i >= end {
		return true
	}
	switch text[i] {
	case ',', '.', ';', ':', '!', '?':
		return true
	}
	return false
}

// afterCommaClause reports whether the text of the paragraph (starting
// at start) before i ends in a comma, perhaps with "the": the place of
// an attribution after the clause it reports.
func afterCommaClause(text string, start, i int) bool {
	b := strings.TrimRight(text[start:i], " *")
	b = strings.TrimSuffix(b, "the")
	b = strings.TrimRight(b, " ")
	return strings.HasSuffix(b, ",")
}

// emphasisLabel reports whether the Markdown emphasis opening at i, the
// start of a paragraph, holds a label ending in a colon, "**Note:**
// ...", "**Peanut butter**: ...", which the stars keep from reading as
// an interview's "Lowe: ..." (a list of bold labels is no transcript).
func emphasisLabel(text string, i, end int) bool {
	j := i
	for j < end && text[j] == '*' {
		j++
	}
	k := strings.IndexByte(text[j:min(end, j+80)], '*')
	if k < 0 {
		return false
	}
	k += j
	if k > j && text[k-1] == ':' {
		return true
	}
	for k < end && text[k] == '*' {
		k++
	}
	return k < end && text[k] == ':'
}

// sourceLink reports whether the Markdown link whose text runs from the
// "[" at i to the "]" at cl is a few words after "according to", the
// source: "according to [a flyer posted online](https://...)". (A name
// linked after a cue, "said lead author [Ilse Marner](https://...)", is
// nameLink's.)
func sourceLink(text string, start, i, cl int) bool {
	words := strings.Fields(text[i+1 : cl])
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(text[start:i], " *"), "according to") && !strings.ContainsAny(text[i+1:cl], "\"“”")
}

// lowerCue reports whether w is a speech verb in lower case.
func lowerCue(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	sl := lex.find(w)
	return sl != nil && sl.cue != 0
}

// afterQuotation reports whether a closing quotation mark, and perhaps a
// comma, end the text of the paragraph (starting at start) before i.
func afterQuotation(text string, start, i int) bool {
	j := i
	for j > start && text[j-1] == ' ' {
		j--
	}
	if j > start && text[j-1] == ',' {
		j--
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:j])
	return r == '"' || r == '”' || r == '’' || r == '\''
}

// doubleApostropheOpens reports whether the two apostrophes at i, with no
// double mark open before them in the paragraph [start, end), open a
// quotation: some agencies' copy sets a pair of apostrophes on each side
// of a quotation where others set a double mark. They must start the
// paragraph or follow a space, come before a word or a bracket, and be
// closed by a second pair in the paragraph; inches after a number and a
// lone pair are no quotation.
func doubleApostropheOpens(text string, i, start, end int) bool {
	if i+2 >= end || i > start && text[i-1] != ' ' {
		return false
	}
	c := text[i+2]
	if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '(') {
		return false
	}
	return strings.Contains(text[i+2:end], "''")
}
