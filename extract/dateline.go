// Wire copy opens with where and by whom a story was filed: a byline
// paragraph ("By Mara Quell, Wirenews") and a dateline ("HARBOURTON,
// Calder (Wirenews) — "). Neither is anything anyone said, and left in
// the text they join the first sentence, so the words reported before a
// closing cue ("..., the minister said on Tuesday.") would start with the
// place and the agency.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadParas is how many paragraphs at the start of a body may hold a
// byline.
const leadParas = 3

// leadSkip returns how many bytes at the start of the i-th paragraph p
// are a byline or a dateline, to be left out of the tokens, and whether
// p is still in the lead, where a byline may follow. A dateline may open
// any paragraph: an agency's release often puts a headline and a
// subheading before it.
//
// labelled says whether more than one paragraph of the body opens with a
// label in capitals and a colon: a transcript's turns ("VARGA: ...",
// "Q: ..."), whose first label is no dateline.
func leadSkip(i int, p string, lead, labelled bool) (skip int, stillLead bool) {
	if lead && i < leadParas && byline(p) {
		return len(p), true
	}
	if lead && i+1 < leadParas && strings.HasPrefix(p, "#") {
		return 0, true // a page's subheading before its byline
	}
	if i < leadParas && !labelled {
		if end := datelineColonEnd(p); end > 0 {
			return end, false
		}
	}
	plain, cut := unlinkAgency(p)
	if end := datelineEnd(plain); end > 0 {
		return end + cut, false
	}
	return 0, false
}

// unlinkAgency returns p with a Markdown link that is all an opening
// bracket holds, within its first bytes, cut down to the link's words, and
// how many bytes that took out: a web page's dateline links its outlet
// ("CHICAGO ([Coastline News](https://...)) — "), and the address would
// hide both the brackets and the dash from datelineEnd.
func unlinkAgency(p string) (string, int) {
	k := strings.Index(p[:min(len(p), 60)], "([")
	if k < 0 {
		return p, 0
	}
	label, rest, ok := strings.Cut(p[k+2:], "](")
	if !ok || len(label) > 30 || strings.ContainsAny(label, "[]()") {
		return p, 0
	}
	end := strings.IndexByte(rest[:min(len(rest), 300)], ')')
	if end < 0 {
		return p, 0
	}
	if sp := strings.IndexByte(rest[:end], ' '); sp >= 0 && strings.HasPrefix(rest[sp:], ` "`) {
		// an address with a title: (https://... "Coastline News")
		q := strings.IndexByte(rest[sp+2:min(len(rest), sp+2+100)], '"')
		if q < 0 {
			return p, 0
		}
		end = sp + 2 + q + 1
		if !strings.HasPrefix(rest[end:], ")") {
			return p, 0
		}
	} else if strings.ContainsAny(rest[:end], " (") {
		return p, 0
	}
	if !strings.HasPrefix(rest[end+1:], ")") {
		return p, 0
	}
	head := p[:k+1] + label
	tail := rest[end+1:]
	return head + tail, len(p) - len(head) - len(tail)
}

// datelineColonEnd returns the end of a dateline that a colon closes,
// with the colon and the space after it, or 0: "KESTREL BAY: The mayor
// said ...", "TARNWICK (Reuters): ...", "PORT ELLIS, Nov 3: ...", as
// some outlets write it. Only the first paragraphs are read, and the
// place must be in capitals and no one's name, so that a transcript's
// label ("KELLY:", "MARA QUELL:") is left to the interview reader.
func datelineColonEnd(p string) int {
	head := p[:min(len(p), 60)]
	colon := strings.Index(head, ": ")
	if colon < 2 {
		return 0
	}
	rest := p[colon+2:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'", r) {
		return 0
	}
	place, agency, dated := head[:colon], false, false
	if k := strings.IndexByte(place, '('); k > 0 && strings.HasSuffix(place, ")") {
		place, agency = strings.TrimSpace(place[:k]), true
	}
	if k := strings.IndexByte(place, ','); k > 0 {
		dated = datedAfterComma(place[k+1:])
		place = place[:k] // "PORT ELLIS, Nov 3": the date after the place
	}
	words := strings.Fields(place)
	if len(words) == 0 || len(words) > 4 {
		return 0
	}
	for _, w := range words {
		if !allCaps(w) {
			if titlePlaceDateline(words, dated) {
				return colon + 2
			}
			return 0
		}
	}
	if first := strings.ToLower(words[0]); !agency && (lex.lookup(first)&(lxFirstName|lxTitle|lxRole) != 0 || len(words) == 1 && lex.lookup(first)&lxPlace == 0 && len(first) < 4) {
		return 0 // "MARA QUELL:", "HOST:", "JE:": a speaker's label
	}
	return colon + 2
}

// titlePlaceDateline reports whether the words before a dateline's
// colon, not in capitals, still name its place, as outlets in South
// Asia and Africa write it: a place the lexicon knows ("Mumbai: The
// Bombay High Court on Wednesday ..."), or places joined by a slash or
// not known, with the date after a comma ("Rourkela/Allahabad, May 25:
// Ten compartments ..."). Each word opens with a capital, and none is a
// first name, title or role, so "Kelly:" and "Host:" stay labels.
func titlePlaceDateline(words []string, dated bool) bool {
	for _, w := range words {
		for _, part := range strings.Split(w, "/") {
			r, _ := utf8.DecodeRuneInString(part)
			if !unicode.IsUpper(r) || lex.lookup(strings.ToLower(part))&(lxFirstName|lxTitle|lxRole|lxFunc) != 0 {
				return false
			}
		}
	}
	if dated {
		return true
	}
	first, _, _ := strings.Cut(words[0], "/")
	return lex.lookup(strings.ToLower(first))&lxPlace != 0 && lex.lookup(strings.ToLower(words[len(words)-1]))&(lxOrgCue|lxCompany|lxGenericOrg) == 0
}

// datedAfterComma reports whether s, the words after a dateline's
// comma, is a date: a month and a day ("May 25", "Nov. 3").
func datedAfterComma(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 || lex.lookup(strings.ToLower(strings.TrimSuffix(f[0], ".")))&lxTime == 0 {
		return false
	}
	for _, r := range f[1] {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// byline reports whether paragraph p only names the story's writers and
// their agency: "By Mara Quell", "By Mara Quell and Tomas Brenn,
// Wirenews", "By MARA QUELL in Harbourton".
func byline(p string) bool {
	p = linkWords(p)
	rest, ok := strings.CutPrefix(p, "By ")
	if !ok || len(p) > 90 || strings.ContainsAny(p, ".:;\"“”!?") {
		return false
	}
	words := strings.Fields(rest)
	if len(words) < 2 || len(words) > 10 {
		return false
	}
	for _, w := range words {
		w = strings.TrimSuffix(w, ",")
		switch w {
		case "and", "in", "of", "for", "the":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// datelineEnd returns the end of a dateline opening paragraph p, with
// its dash and the space after it, or 0: a place whose first word is in
// capitals or an agency in brackets, then a dash, then the story
// ("KESTREL BAY, Calder, March 3 (Wirenews) - Calder's army said ...",
// "Harbourton (Wirenews) — ...", "Cape Town - ...").
func datelineEnd(p string) int {
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) {
		return 0
	}
	// The dash comes within the first 100 bytes; every paragraph is
	// checked, so only those are searched.
	head := p[:min(len(p), 100+len(" -- "))]
	if !hasDash(head) {
		return 0 // no hyphen and no em or en dash (not just the dashes' first byte, which curly quotation marks share)
	}
	dash, width := -1, 0
	for _, d := range [...]string{" — ", "— ", " – ", " -- ", " - "} {
		if k := strings.Index(head, d); k > 0 && k < 100 && (dash < 0 || k < dash) {
			dash, width = k, len(d)
		}
	}
	if dash < 0 {
		// "COLORADO SPRINGS, Colo.—A cyclist is suing": a dash set with
		// no spaces, after a town in capitals and its state.
		if k := strings.Index(head, "—"); k > 0 && strings.Contains(head[:k], ",") && allCaps(strings.Fields(head[:k])[0]) {
			dash, width = k, len("—")
		} else if k, w := unspacedDash(head); k > 0 && capsPlace(head[:k]) && wordOpensSentence(head[k+w:]) {
			// "TORONTO–The union said": a town in capitals alone, the
			// dash set with no spaces; not "UK–US talks".
			dash, width = k, w
		}
	}
	if dash < 0 {
		return 0
	}
	head, rest := strings.TrimSpace(p[:dash]), p[dash+width:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'", r) {
		return 0
	}
	agency := false
	if k := strings.IndexByte(head, '('); k > 0 {
		if !strings.HasSuffix(head, ")") || strings.IndexByte(head[k+1:], '(') >= 0 {
			return 0
		}
		in := head[k+1 : len(head)-1]
		// "(dpa)", "(dpa/GNA)": a few agencies write their names in
		// lower case, one word with no space.
		if r, _ := utf8.DecodeRuneInString(in); !unicode.IsUpper(r) && (strings.ContainsRune(in, ' ') || len(in) > 12 || !unicode.IsLetter(r)) || len(in) > 30 {
			return 0
		}
		head, agency = strings.TrimSpace(head[:k]), true
	}
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 8 {
		return 0
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return 0 // a lower-case word: a sentence, not a place and a date
		}
	}
	if !agency && !allCaps(strings.TrimRight(words[0], ",")) && !placeCountryHead(head) && lex.lookup(head)&lxPlace == 0 {
		return 0 // but "Cape Town - A takeover ...": a place the lexicon knows, in plain capitals
	}
	return dash + width
}

// unspacedDash returns where the first em or en dash in s is and its
// width in bytes, or -1.
func unspacedDash(s string) (int, int) {
	em, en := strings.Index(s, "—"), strings.Index(s, "–")
	switch {
	case em < 0 && en < 0:
		return -1, 0
	case en < 0 || em >= 0 && em < en:
		return em, len("—")
	}
	return en, len("–")
}

// capsPlace reports whether s is one to three words in capitals, three
// letters or more in the first: a dateline's town ("TORONTO", "NEW
// YORK").
func capsPlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 || len(words[0]) < 3 {
		return false
	}
	for _, w := range words {
		if !allCaps(w) {
			return false
		}
	}
	return true
}

// wordOpensSentence reports whether s opens with a capitalised word
// whose next letter is small ("The union", not "US talks") or with a
// quotation mark.
func wordOpensSentence(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("\"“‘'", r) {
		return true
	}
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// placeCountryHead reports whether a dateline's head not in capitals is
// a place and its country or region, as some international services
// write it ("Orsk, Tannland — The army said"): one comma between two
// short capitalised parts, the first no one's first name or title.
func placeCountryHead(head string) bool {
	place, country, ok := strings.Cut(head, ",")
	if !ok || strings.Contains(country, ",") {
		return false
	}
	pw, cw := strings.Fields(place), strings.Fields(country)
	if len(pw) == 0 || len(pw) > 3 || len(cw) == 0 || len(cw) > 3 {
		return false
	}
	// A common word alone is no place ("Today, Monday — "); first in a
	// longer name it may be ("Port Avel").
	bad := lxFirstName | lxTitle | lxHonorific | lxFunc | lxDet
	if len(pw) == 1 {
		bad |= lxCommon
	}
	return lex.lookup(strings.ToLower(pw[0]))&bad == 0
}

// hasDash reports whether s holds a hyphen, an em dash or an en dash. It
// reads s for the dashes' first byte, which curly quotation marks share,
// once for both, where strings.Contains for each read every paragraph's
// head twice more.
func hasDash(s string) bool {
	if strings.IndexByte(s, '-') >= 0 {
		return true
	}
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], 0xe2)
		if k < 0 {
			return false
		}
		i += k
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x94 || s[i+2] == 0x93) { // "—" or "–"
			return true
		}
	}
}

// allCaps reports whether w has two letters or more, all of them capitals:
// "HARBOURTON", "ST.", "N'DJAMENA".
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// datelineAgency returns the news agency the dateline head credits in
// brackets ("MARLOW, Ostavia (Coastline) — " gives "Coastline"), or ""
// when its brackets hold a date. head is the dateline as leadSkip found
// it, up to the story.
func datelineAgency(head string) string {
	head, _ = unlinkAgency(head)
	k, j := strings.LastIndexByte(head, '('), strings.LastIndexByte(head, ')')
	if k < 0 || j < k {
		return ""
	}
	in := strings.TrimSpace(head[k+1 : j])
	if in == "" || strings.ContainsAny(in, "0123456789,") || lex.lookup(strings.ToLower(in))&lxTime != 0 {
		return "" // "(May 4)", "(AP, Reuters)"
	}
	return in
}

// capsLabelled reports whether more than one paragraph opens with words in
// capitals and a colon ("BRENN: ...", "Q: ...", "UPDATE: ..."), as a
// transcript's turns do and a dateline, written once, does not.
func capsLabelled(paragraphs []string) bool {
	n := 0
	for _, p := range paragraphs {
		if capsLabel(p) {
			if n++; n > 1 {
				return true
			}
		}
	}
	return false
}

// capsLabel reports whether p opens with at most four words in capitals
// and a colon: "VARGA: ", "MARA QUELL: ", "Q: ".
func capsLabel(p string) bool {
	head := p[:min(len(p), 40)]
	colon := strings.IndexByte(head, ':')
	if colon < 1 {
		return false
	}
	words := 0
	for _, w := range strings.Fields(head[:colon]) {
		if words++; words > 4 {
			return false
		}
		for _, r := range w {
			if unicode.IsLetter(r) && !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return words > 0
}

// linkWords returns p with each Markdown link cut down to its words: a
// web page's byline links the writer's page ("By [Mara Quell](https://...
// "Mara Quell")").
func linkWords(p string) string {
	if !strings.HasPrefix(p, "By [") {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '[' {
			if cl, end := markdownLink(p, i, len(p)); end > 0 {
				b.WriteString(p[i+1 : cl])
				i = end - 1
				continue
			}
		}
		b.WriteByte(p[i])
	}
	return b.String()
}
