package store

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"soundbite/model"
)

// Name cores and the forms an identity is known by (identity.go has the
// rules that use them).

// honorifics are dropped from the front of a core: they never tell two
// people apart.
var honorifics = []string{"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"}

// offices are dropped from the front of a core as honorifics are, but
// only before a name: a reporter puts them before a surname alone ("Sen.
// Olsen", "President Vasko"), which would otherwise read as a given name
// and a surname, while "President of Valdoria" names an office, not a
// Valdoria. "General" is not one, as "General Motors" is a name.
var offices = []string{"sen", "senator", "rep", "gov", "governor", "president", "mayor"}

// dropsFirst reports whether a name's first word, folded, is dropped
// from its core, next being the folded word after it.
func dropsFirst(first, next string) bool {
	if first == "the" {
		return true
	}
	f := strings.TrimSuffix(first, ".")
	return slices.Contains(honorifics, f) ||
		slices.Contains(offices, f) && !slices.Contains([]string{"of", "for", "and", "&"}, next)
}

// droppedTitles are the honorifics and offices a name's core leaves out
// from its front ("mayor" of "Mayor Varga"), folded as parseName folds
// words; "the" is none.
func droppedTitles(name string) []string {
	var out []string
	lower := strings.Fields(foldName(name))
	for len(lower) > 1 && dropsFirst(lower[0], lower[1]) {
		if lower[0] != "the" {
			out = append(out, coreWord(lower[0]))
		}
		lower = lower[1:]
	}
	return out
}

// suffixes end a person's name without being their surname: "Robert Kale
// Jr." is a Kale. They stay in the core, as Jr. and Sr. are two people.
var suffixes = []string{"jr", "sr", "ii", "iii", "iv"}

// withoutSuffix returns a person's words less a suffix, and whether they
// had one.
func withoutSuffix(ws []string) ([]string, bool) {
	if len(ws) > 2 && slices.Contains(suffixes, ws[len(ws)-1]) {
		return ws[:len(ws)-1], true
	}
	return ws, false
}

// foldRunes maps the accented lower-case letters of Latin-1 and Latin
// Extended-A, and typographic apostrophes, to their plain forms: feeds
// that drop accents write "Jose Muller" for "José Müller", and a reader
// types "O'Neill" for "O’Neill". Two people told apart by an accent
// alone are rarer than one person spelled both ways.
var foldRunes = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u02bc", "'",
	"à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a", "å", "a", "ā", "a", "ă", "a", "ą", "a",
	"ç", "c", "ć", "c", "ĉ", "c", "ċ", "c", "č", "c", "ď", "d", "đ", "d",
	"è", "e", "é", "e", "ê", "e", "ë", "e", "ē", "e", "ĕ", "e", "ė", "e", "ę", "e", "ě", "e",
	"ĝ", "g", "ğ", "g", "ġ", "g", "ģ", "g", "ĥ", "h", "ħ", "h",
	"ì", "i", "í", "i", "î", "i", "ï", "i", "ĩ", "i", "ī", "i", "ĭ", "i", "į", "i", "ı", "i",
	"ĵ", "j", "ķ", "k", "ĺ", "l", "ļ", "l", "ľ", "l", "ł", "l",
	"ñ", "n", "ń", "n", "ņ", "n", "ň", "n",
	"ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o", "ō", "o", "ŏ", "o", "ő", "o",
	"ŕ", "r", "ŗ", "r", "ř", "r", "ś", "s", "ŝ", "s", "ş", "s", "š", "s", "ţ", "t", "ť", "t", "ŧ", "t",
	"ù", "u", "ú", "u", "û", "u", "ü", "u", "ũ", "u", "ū", "u", "ŭ", "u", "ů", "u", "ű", "u", "ų", "u",
	"ŵ", "w", "ý", "y", "ÿ", "y", "ŷ", "y", "ź", "z", "ż", "z", "ž", "z",
)

// foldName lower-cases a name and folds its accents and apostrophes
// (foldRunes), keeping its spaces as they are.
func foldName(name string) string {
	lower := strings.ToLower(name)
	if nonASCII(lower) == 0 {
		return lower // nearly every name: nothing to fold
	}
	return foldRunes.Replace(lower)
}

// particles begin surnames ("van Aalst", "De Wyn", "Al Sudani"): a
// particle and a word are one surname, not a first name and a last.
var particles = []string{"al", "ben", "bin", "da", "das", "de", "del", "della", "den", "der", "di",
	"do", "dos", "du", "el", "ibn", "la", "le", "st", "st.", "te", "ten", "ter", "van", "von"}

func isParticle(w string) bool { return slices.Contains(particles, w) }

// parsedName is a name's core words, folded, and whether each began with
// a capital letter (or anything but a letter) as written.
type parsedName struct {
	words []string
	caps  []bool
	// middles are the first letters of the middle initials the core
	// left out ("m" of "Orla M. Tamsk"): an initial may tell two
	// people apart (identity.go's rule 3).
	middles string
}

// parseName splits a name into its core words: without a leading "the",
// honorifics and offices, without middle initials ("Donald J. Trump" is "donald
// trump"), each word without closing full stops and commas ("D. Peskar"
// is "d peskar", as a reader types it; "Robert Kale, Jr." is "robert
// kale jr").
func parseName(name string) parsedName {
	// Every speaker of every article passes through here as it is
	// stored: fold the name once, and cut both forms into the same
	// fields (folding makes no space and takes none away).
	fields, lower := strings.Fields(name), strings.Fields(foldName(name))
	for len(fields) > 1 {
		if !dropsFirst(lower[0], lower[1]) {
			break
		}
		fields, lower = fields[1:], lower[1:]
	}
	p := parsedName{words: make([]string, 0, len(fields)), caps: make([]bool, 0, len(fields))}
	for i, f := range fields {
		if i > 0 && i < len(fields)-1 && len(fields) > 2 && strings.HasSuffix(f, ".") && utf8.RuneCountInString(f) == 2 {
			r, _ := utf8.DecodeRuneInString(lower[i])
			p.middles += string(r) // a middle initial
			continue
		}
		p.words = append(p.words, coreWord(lower[i]))
		p.caps = append(p.caps, capitalised(f))
	}
	return p
}

// coreWord is a folded word of a name without its closing full stops
// and commas ("kale" of "Kale," in "Robert Kale, Jr."), unless that
// leaves nothing, and initials run together without their full stops
// ("rj" of "R.J."), as a reader and many a feed write them: "RJ
// Okonkwo-Dane" is R.J. Okonkwo-Dane.
func coreWord(w string) string {
	t := strings.TrimRight(w, ".,")
	if t == "" {
		return w
	}
	if strings.IndexByte(t, '.') > 0 && dottedInitials(t) {
		return strings.ReplaceAll(t, ".", "")
	}
	return t
}

// dottedInitials reports whether w is single letters joined by full
// stops ("r.j", "j.r.r"); "e.on" and "st.john" are not.
func dottedInitials(w string) bool {
	for _, part := range strings.Split(w, ".") {
		r, n := utf8.DecodeRuneInString(part)
		if n == 0 || n != len(part) || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// initial reports whether a core word is an initial ("d" of "D. Peskar").
func initial(w string) bool { return utf8.RuneCountInString(w) == 1 }

// capitalised reports whether a word as written begins with a capital
// letter or anything but a letter, or is a particle joined to one
// ("al-Hamdan").
func capitalised(f string) bool {
	if before, after, ok := strings.Cut(f, "-"); ok && isParticle(strings.ToLower(before)) {
		f = after
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r) || !unicode.IsLetter(r)
}

func (p parsedName) core() string { return strings.Join(p.words, " ") }

// nameCore folds a name for identity matching (parseName).
func nameCore(name string) string { return parseName(name).core() }

// person returns the words that name a person: the longest tail of
// the name that starts with a capitalised word, is capitalised
// throughout but for particles and holds a given name and a surname
// ("Ilvar Brenno" of "Palace press secretary Ilvar Brenno"); nil for a
// fragment ("of Valdoria", "Affairs of Kessland").
func (p parsedName) person() []string {
	start := len(p.words)
	for i := len(p.words) - 1; i >= 0; i-- {
		if !p.caps[i] && !isParticle(p.words[i]) {
			break
		}
		if p.caps[i] && !isParticle(p.words[i]) {
			start = i
		}
	}
	if sig(p.words[start:]) < 2 {
		return nil
	}
	return p.words[start:]
}

// titleAt reports whether the words from i on may be a name with a title
// before it: they start with a capitalised word that is no particle, and
// hold two names' worth of words ("Dmitry Peskov" in "Kremlin spokesman
// Dmitry Peskov"; not "of Valdoria").
func (p parsedName) titleAt(i int) bool {
	return i > 0 && i < len(p.words) && p.caps[i] && !isParticle(p.words[i]) && sig(p.words[i:]) >= 2
}

// maxNameWords bounds the words a titled form's name part may have: a
// name with a title before it ends with a short name, and a hostile
// "name" of thousands of words must not cost thousands of lookups.
const maxNameWords = 6

// titledFrom is the first word from which a name of n words is tried
// for a name without its title.
func titledFrom(n int) int { return max(1, n-maxNameWords) }

// surnameStart is where the surname of a person's words begins: the
// last word, with the particles before it.
func surnameStart(ws []string) int {
	i := len(ws) - 1
	for i > 1 && isParticle(ws[i-1]) {
		i--
	}
	return i
}

// sig counts the words that are not particles: "De Wyn" is one, a bare
// surname, and "Frode De Wyn" two, a full name.
func sig(ws []string) int {
	n := 0
	for _, w := range ws {
		if !isParticle(w) {
			n++
		}
	}
	return n
}

// nameSig is sig of a core.
func nameSig(core string) int { return sig(strings.Fields(core)) }

// words counts the words of a core.
func words(core string) int {
	if core == "" {
		return 0
	}
	return strings.Count(core, " ") + 1
}

// isOrg reports whether a kind is an organisation's.
func isOrg(kind string) bool { return kind == string(model.Organization) }

// kindsMeet reports whether a speaker of kind a may join an identity of
// kind b: people and organisations never join, an unknown kind joins
// either.
func kindsMeet(a, b string) bool { return a == "" || b == "" || isOrg(a) == isOrg(b) }

// addForms adds the forms a name of a speaker of kind gives: its core as
// a name; its last words from two names' worth on, which may be the name
// without a title ("Ilvar Brenno" of "Palace press secretary Ilvar
// Brenno"); and with derive, for a person, the surname (with and without
// particles) of the words that name them (parsedName.person), and as
// given names its first word and the one before the surname.
func addForms(forms map[string]byte, name string, kind string, derive bool) {
	if len(name) > 2*maxIndexKey {
		return // its core could not be indexed either
	}
	addParsedForms(forms, parseName(name), kind, derive)
}

// addParsedForms is addForms for a name parsed already.
func addParsedForms(forms map[string]byte, p parsedName, kind string, derive bool) {
	c := p.core()
	if !indexable(c) {
		return
	}
	forms[c] |= formName
	n := len(p.words)
	for i := titledFrom(n); i < n; i++ {
		if p.titleAt(i) {
			forms[strings.Join(p.words[i:], " ")] |= formTitle
		}
	}
	if derive && isOrg(kind) {
		for _, in := range nameInitials(p.words) {
			forms[in] |= formInitials
		}
	}
	ws := p.person()
	if !derive || isOrg(kind) || ws == nil {
		return
	}
	ws, suffixed := withoutSuffix(ws)
	if suffixed {
		forms[strings.Join(ws, " ")] |= formShort
	}
	sn := surnameStart(ws)
	forms[strings.Join(ws[sn:], " ")] |= formSurname
	forms[ws[len(ws)-1]] |= formSurname
	if !isParticle(ws[0]) && !initial(ws[0]) {
		forms[ws[0]] |= formGiven
	}
	if sn >= 2 && !isParticle(ws[sn-1]) && !initial(ws[sn-1]) {
		forms[ws[sn-1]] |= formGiven
	}
	if short := shortName(ws); short != "" {
		forms[short] |= formShort
	}
}

// shortName is a person's first name and surname when their words hold
// middle names between them ("dmitry peskov" of "dmitry sergeyevich
// peskov", "anna van der berg" of "anna maria van der berg"), else "".
func shortName(ws []string) string {
	sn := surnameStart(ws)
	if sn < 2 || isParticle(ws[0]) {
		return ""
	}
	for _, w := range ws[1:sn] {
		if isParticle(w) {
			return "" // "Frode de la Wyn": the particles are the surname's
		}
	}
	return ws[0] + " " + strings.Join(ws[sn:], " ")
}

// baseNames are an identity's names less its titled forms: a name that
// ends with another of its names of two words or more ("Kremlin
// spokesman Dmitry Peskov" beside "Dmitry Peskov") is a titled form.
func baseNames(names map[string]uint64) []string {
	cores := map[string]bool{}
	for n := range names {
		cores[nameCore(n)] = true
	}
	var out []string
	for n := range names {
		if !titled(nameCore(n), cores) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

func titled(c string, cores map[string]bool) bool {
	for i := strings.IndexByte(c, ' '); i >= 0; {
		rest := c[i+1:]
		if nameSig(rest) >= 2 && cores[rest] {
			return true
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// forms are the forms the aliases bucket must hold for the identity.
func (a *aggregate) forms() map[string]byte {
	kind := a.kind()
	forms := map[string]byte{}
	for _, n := range baseNames(a.names) {
		addForms(forms, n, kind, true)
	}
	for n := range a.names {
		addForms(forms, n, kind, false)
	}
	for al := range a.aliases {
		addForms(forms, al, kind, false)
	}
	return forms
}

// kind is the identity's most used kind, as its full names give it, else
// as its one-word names do (weakKind).
func (a *aggregate) kind() string {
	// Most used first, and "person" before "organization" on a tie: a
	// name given as a person's as often as not is a person's.
	ks := ranked(a.kinds)
	slices.SortFunc(ks, func(x, y string) int {
		if a.kinds[x] != a.kinds[y] {
			return cmp.Compare(a.kinds[y], a.kinds[x])
		}
		return strings.Compare(y, x)
	})
	for _, k := range ks {
		if !strings.HasPrefix(k, "~") {
			return k
		}
	}
	if len(ks) > 0 {
		return ks[0][1:]
	}
	return ""
}

// bare reports whether the identity has no full name: no name of two
// words or more.
func (a *aggregate) bare() bool {
	for n := range a.names {
		if nameSig(nameCore(n)) >= 2 {
			return false
		}
	}
	return true
}

// personNames calls f with the words that name a person (parsedName.person,
// less a suffix) of each of the identity's names, and the middle initials
// its core left out, until f returns true; it reports whether one did.
func (a *aggregate) personNames(f func(ws []string, middles string) bool) bool {
	for n := range a.names {
		p := parseName(n)
		if ws := p.person(); ws != nil {
			ws, _ = withoutSuffix(ws)
			if f(ws, p.middles) {
				return true
			}
		}
	}
	return false
}

// middlesAgree reports whether each middle initial in middles begins a
// middle name, or is a middle initial, of one of the identity's names:
// "Orla M. Tamsk" may be Orla Maren Tamsk, never Orla Beata Tamsk.
func (a *aggregate) middlesAgree(middles string) bool {
	if middles == "" {
		return true
	}
	return a.personNames(func(ws []string, ms string) bool {
		for _, w := range ws[1:surnameStart(ws)] {
			r, _ := utf8.DecodeRuneInString(w)
			ms += string(r)
		}
		for _, m := range middles {
			if !strings.ContainsRune(ms, m) {
				return false
			}
		}
		return true
	})
}

// givenInitial reports whether one of the identity's full names has a
// given name, not itself an initial, that begins with the initial i.
func (a *aggregate) givenInitial(i string) bool {
	return a.personNames(func(ws []string, _ string) bool {
		return !initial(ws[0]) && strings.HasPrefix(ws[0], i)
	})
}

// initialOnly reports whether every full name of the identity is an
// initial and a surname, the initial beginning given: the identity has
// no given name that given could contradict.
func (a *aggregate) initialOnly(given string) bool {
	for n := range a.names {
		p := parseName(n)
		if sig(p.words) < 2 {
			continue
		}
		ws := p.person()
		if ws == nil || len(ws) != 2 || !initial(ws[0]) || !strings.HasPrefix(given, ws[0]) {
			return false
		}
	}
	return true
}

// nameInitials returns the acronyms an organisation's name of three words
// or more is written as, from its folded words: the initials of its
// words ("cbo" of "congressional budget office"), and of its words with
// their connectors ("doj" of "department of justice", "iofm" beside "iom"
// of "international organization for migration"), each of three letters
// at least. A name holding a figure or a word of one letter gives none:
// it is no name of words to abbreviate.
func nameInitials(words []string) []string {
	if len(words) < 3 {
		return nil
	}
	var all, content []byte
	for _, w := range words {
		if len(w) < 2 || w[0] < 'a' || w[0] > 'z' {
			return nil
		}
		all = append(all, w[0])
		switch w {
		case "of", "for", "and", "on", "the", "de":
		default:
			content = append(content, w[0])
		}
	}
	var out []string
	if len(content) >= 3 {
		out = append(out, string(content))
	}
	if len(all) != len(content) && words[0] != "the" {
		out = append(out, string(all))
	}
	return out
}

// acronym reports whether an alias is an acronym as written: two letters
// or more, all capitals, perhaps with "&" or full stops ("NRA", "AT&T").
func acronym(alias string) bool {
	letters := 0
	for _, r := range alias {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r != '&' && r != '.':
			return false
		}
	}
	return letters >= 2
}

// possessive returns a name form less a closing possessive ("Peskov's",
// "Peskov’s", "Jones'"), and whether it had one.
func possessive(form string) (string, bool) {
	form = strings.TrimSpace(form)
	for _, end := range []string{"'s", "\u2019s", "'", "\u2019"} {
		if base, ok := strings.CutSuffix(form, end); ok && base != "" {
			return base, true
		}
	}
	return form, false
}
