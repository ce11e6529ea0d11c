package store

import (
	"slices"
	"strconv"
	"strings"

	"soundbite/model"
)

// Speaker identity: one speaker across the store, however each article
// names them. The extractor gives every article its own speakers, each
// with the fullest name the article uses and the other forms (aliases);
// Put joins them to store-wide identities, one article at a time, by the
// rules below, and never revisits an earlier decision on its own: a
// bare "Tamsk" stored while only Orla Tamsk is known stays hers when
// Piet Tamsk comes. A reindex (and the schema 4 migration) decides afresh
// over the whole store, oldest article first but articles naming someone
// by one word only last, so it decides those knowing every full name.
//
// A name's core is its key (model.SpeakerKey) without a leading "the",
// honorifics and offices put before a surname ("Mr", "Dr", "Sen.",
// "President"), middle initials and closing full stops, initials run
// together without their full stops, its accents and curly apostrophes
// folded: "the Kremlin" and "Kremlin" are one core, as are "Donald J.
// Trump" and "Donald Trump", "R.J. Okonkwo-Dane" and "RJ Okonkwo-Dane",
// "José Müller" and "Jose Muller". A surname keeps its particles: "De Wyn" is a bare surname,
// "Frode De Wyn" a full name (names.go); a suffix is no surname ("Robert
// Kale Jr." is a Kale) but stays in the core, as Jr. is not Sr.
// An identity is known by forms, kept in the aliases bucket: the core of
// every name and alias its articles used; the last words, from two on,
// of a longer name (it may carry a title); and for a person the given
// names and surname of each full name that is not a titled form of
// another, and its name without middle names or a suffix; for an
// organisation, the initials of each name of three words or more.
//
// An article's speaker joins, in this order:
//  1. the identity known by its name's core as a name or alias ("Dmitry
//     Peskov"; several: the most quoted), else one with a longer name
//     ending with it ("Dmitry Peskov" joins "Kremlin spokesman Dmitry
//     Peskov"), which for an organisation's name must be a person's;
//  2. for a name of three words or more, the person known by its last
//     words, from a capitalised one holding a given name and a surname
//     ("Kremlin spokesman Dmitry Peskov", and "AT&T CEO Randall
//     Stephenson" that the extractor took for a company, are the person;
//     "Central Bank of Valdoria" is not "of Valdoria"); for an
//     organisation, the one organisation with no longer name known by
//     an acronym alias ("NRA" stored alone, then "Northern Rail
//     Authority" with the alias NRA) or by its name's initials ("DOJ"
//     stored alone, then "Department of Justice");
//  3. for a person's full name with middle names or a suffix ("Dmitry
//     Sergeyevich Peskov", "Robert Kale Jr."), the one person known by
//     the name without them as a name ("Dmitry Peskov") and by no other
//     longer form of it, and for a name without them, the one person
//     whose longer name they are the first name and surname of, whose
//     middle names any middle initial begins ("Orla M. Tamsk" is not
//     Orla Beata Tamsk); for an initial and a surname ("D. Peskar"), the
//     one person of that surname whose given name the initial begins;
//  4. for a person's full name (its capitalised end: parsedName.person),
//     the one identity known by its surname when that identity has no
//     full name yet, or only an initial our given name begins ("Peskov"
//     or "D. Peskov" stored first becomes Dmitry Peskov); never one with
//     another full name: Anna and Piotr Kowalski stay two;
//  5. for a bare name ("Kowalski"), the one identity known by it as a
//     name or surname (an organisation's acronym, "DOJ", also as an
//     organisation's initials); when several are, the one bare identity among them
//     that holds the mentions nobody could tell apart, else a new one;
//  6. else a new identity.
//
// Within an article the extractor has already joined "Kowalski" to the
// "Anna Kowalski" it names, so a bare name reaches rule 4 only when the
// article gives no full name. Kinds: two organisations join only by the
// same name (rule 1), as "Sheriff's Office" is not "Alder County
// Sheriff's Office"; a one-word name joins only an identity of its kind
// unless it is that identity's surname, as the extractor cannot tell
// "Brenno said" from "Gazprom said". An identity's kind is the one its
// full names have, else its one-word names' (weakKind).
//
// Looking a speaker up (resolveSpeaker) is one function for the list
// filter, `quotes`, the sidebar and search's speaker: it returns every
// identity known by the form's core as a name or surname, so an
// ambiguous "Kowalski" matches each Kowalski; failing those, every one
// known by it as the end of a longer name or as a given name; failing
// that, the same for the form without its first words (a titled form),
// a bare surname so found only for an identity whose names, aliases or
// roles hold the words before it ("spokesman Vasko", not "Lena Vasko");
// failing that, an identity's own key ("kowalski#2"). A form that finds
// several and begins with an honorific or office the core left out
// ("Mayor Varga", "Dr. Varga") finds those among them whose names,
// aliases or roles hold it, when any do. A form that finds no one so
// finds whom it finds with a hyphen for a space or a space for a hyphen
// ("zoë marchetti lund" is Zoë Marchetti-Lund). When all of those fail,
// the same for the form without a closing possessive ("Peskov's": a
// reader types what the headline says). A bare name's own entry listed
// as an organisation only by the extractor's guess is shown as a
// person's when its name is a stored person's surname (speakers.go).
// A bare name's own entry, which its name
// cannot tell from the full names sharing it, is found alone by its
// key after identityRef ("=kowalski"): the sidebar's row filters by that
// (model.SpeakerCount.Ref).

// Form flags: how an identity is known by a form (the aliases bucket's
// values).
const (
	formName     byte = 1 << iota // a name or alias an article used
	formSurname                   // the last word of a person's full name
	formGiven                     // the first word of a person's full name
	formTitle                     // two or more last words of a person's longer name
	formShort                     // the first name and surname of a person's name with middle names
	formInitials                  // the initials of an organisation's name of three words or more ("doj" of "Department of Justice")
)

// maxCandidates bounds the identities decoded to decide a join: a common
// surname known by hundreds of people is ambiguous whatever they are.
const maxCandidates = 16

// knownAs is an identity known by a form, and how.
type knownAs struct {
	key   string
	flags byte
}

// known lists the identities known by form, at most limit of them (all
// when limit <= 0), in key order.
func (t *txn) known(form string, limit int) []knownAs {
	if !indexable(form) {
		return nil
	}
	b := t.b(bucketAliases).Bucket([]byte(form))
	if b == nil {
		return nil
	}
	var out []knownAs
	c := b.Cursor()
	for k, v := c.First(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Next() {
		f := formName
		if len(v) == 1 {
			f = v[0]
		}
		out = append(out, knownAs{string(k), f})
	}
	return out
}

// pick returns, of the candidates known by one of the flags in mask (and
// with people only, of those that are people), the most quoted, or ""
// when none is.
func (t *txn) pick(cands []knownAs, mask byte, people bool) string {
	best, bestQuotes := "", uint64(0)
	for _, c := range cands {
		if c.flags&mask == 0 {
			continue
		}
		agg := t.aggregate(c.key).agg
		if people && isOrg(agg.kind()) {
			continue
		}
		if q := agg.quotes; best == "" || q > bestQuotes {
			best, bestQuotes = c.key, q
		}
	}
	return best
}

// onlyPerson returns the one candidate known by a form in mask that is
// not an organisation and that ok accepts (ok nil accepts all), or ""
// when none or several are: a join by a shortened name is made only when
// nobody else could be meant.
func (t *txn) onlyPerson(cands []knownAs, mask byte, ok func(knownAs) bool) string {
	only := ""
	for _, c := range cands {
		if c.flags&mask == 0 || isOrg(t.aggregate(c.key).agg.kind()) || ok != nil && !ok(c) {
			continue
		}
		if only != "" {
			return ""
		}
		only = c.key
	}
	return only
}

// identify returns the key of the identity an article's speaker joins,
// by the rules at the top of this file, making a new key when none.
func (t *txn) identify(c *contrib) string {
	p := c.parsed
	core := p.core()
	if sig(p.words) >= 2 {
		// 1. The name itself, or a titled form of it; an
		// organisation's name never joins a longer one by its end.
		org := isOrg(c.kind)
		cands := t.known(core, maxCandidates)
		if k := t.pick(cands, formName, false); k != "" {
			return k
		}
		if k := t.pick(cands, formTitle, org); k != "" {
			return k
		}
		// 2. A titled form, of a person's name only.
		for i := titledFrom(len(p.words)); i < len(p.words); i++ {
			if !p.titleAt(i) {
				continue
			}
			if k := t.pick(t.known(strings.Join(p.words[i:], " "), maxCandidates), formName, true); k != "" {
				return k
			}
		}
		if org {
			// 2b. An organisation's acronym, stored alone before: an
			// alias the article wrote, or its name's initials.
			if k := t.byAcronym(c); k != "" {
				return k
			}
			return t.newKey(core)
		}
		ws := p.person()
		if ws == nil {
			return t.newKey(core)
		}
		ws, suffixed := withoutSuffix(ws)
		// 3. A name with middle names (or a suffix) and the same name
		// without them: "Dmitry Sergeyevich Peskov" and "Dmitry Peskov",
		// when exactly one person is known by the other form; never one
		// whose own longer form differs ("Orla Maren Tamsk", known also
		// as "Orla Tamsk", is not "Orla Beata Tamsk"; "Robert Kale Jr."
		// is not "Robert Kale Sr."), nor one whose middle names a
		// middle initial contradicts ("Orla M. Tamsk" is not Orla Beata
		// Tamsk).
		short := shortName(ws)
		if suffixed {
			short = strings.Join(ws, " ")
		}
		if short != "" {
			if k := t.onlyPerson(t.known(short, maxCandidates), formName, func(c knownAs) bool { return c.flags&formShort == 0 }); k != "" {
				return k
			}
		} else if k := t.onlyPerson(t.known(strings.Join(ws, " "), maxCandidates), formShort, func(c knownAs) bool {
			return t.aggregate(c.key).agg.middlesAgree(p.middles)
		}); k != "" {
			return k
		}
		surname := strings.Join(ws[surnameStart(ws):], " ")
		// 3b. An initial and a surname ("D. Peskar"): the one person of
		// that surname whose given name the initial begins.
		if initial(ws[0]) && len(ws) == 2 {
			if k := t.onlyPerson(t.known(surname, maxCandidates), formSurname|formName, func(c knownAs) bool {
				return t.aggregate(c.key).agg.givenInitial(ws[0])
			}); k != "" {
				return k
			}
		}
		// 4. The surname of someone known only by it, or by it and the
		// initial of this name's given name ("D. Peskar" stored first is
		// Dmitri Peskar's).
		if cands := t.known(surname, 2); len(cands) == 1 {
			if agg := t.aggregate(cands[0].key).agg; agg.bare() || agg.initialOnly(ws[0]) {
				return cands[0].key
			}
		}
		return t.newKey(core)
	}
	// 5. A bare name; an organisation's acronym ("DOJ") also finds the
	// one organisation whose name's initials it is.
	var named []string
	initials := isOrg(c.kind) && acronym(c.name)
	for _, cd := range t.known(core, maxCandidates) {
		if cd.flags&(formName|formSurname) == 0 && !(initials && cd.flags&formInitials != 0 && isOrg(t.aggregate(cd.key).agg.kind())) {
			continue
		}
		if cd.flags&formSurname != 0 || kindsMeet(c.kind, t.aggregate(cd.key).agg.kind()) {
			named = append(named, cd.key)
		}
	}
	switch len(named) {
	case 0:
		return t.newKey(core)
	case 1:
		return named[0]
	}
	var bare []string
	for _, k := range named {
		if t.aggregate(k).agg.bare() {
			bare = append(bare, k)
		}
	}
	if len(bare) == 1 {
		return bare[0]
	}
	return t.newKey(core)
}

// byAcronym returns the organisation an organisation's acronym alias
// ("NRA" of "Northern Rail Authority"), or its name's initials ("DOJ" of
// "Department of Justice"), names when an article stored it alone: the one identity known by it as a name, itself an organisation
// with no longer name; else "". Only an acronym: "the council" of
// "Marrow Council" could be any council.
func (t *txn) byAcronym(c *contrib) string {
	forms := make([]string, 0, len(c.aliases)+2)
	for _, al := range c.aliases {
		if acronym(al) {
			forms = append(forms, nameCore(al))
		}
	}
	forms = append(forms, nameInitials(c.parsed.words)...)
	for _, form := range forms {
		cands := t.known(form, 2)
		if len(cands) != 1 || cands[0].flags&formName == 0 {
			continue
		}
		if agg := t.aggregate(cands[0].key).agg; agg.bare() && isOrg(agg.kind()) {
			return cands[0].key
		}
	}
	return ""
}

// newKey returns a key for a new identity named core: core itself when
// free, else core with a number ("kowalski#2").
func (t *txn) newKey(core string) string {
	if core == "" {
		core = "?"
	}
	key := core
	for n := 2; t.keyTaken(key); n++ {
		key = core + "#" + strconv.Itoa(n)
	}
	return key
}

func (t *txn) keyTaken(key string) bool {
	if e, ok := t.aggs[key]; ok {
		return e.agg.articles > 0 || e.dirty
	}
	return t.b(bucketSpeakers).Get([]byte(key)) != nil
}

// tiered returns the keys of the identities known by a form as a name or
// surname, or failing those, as the end of a longer name or a given
// name: "Greyhaven Council" is not "North Greyhaven Council", and
// "Dmitry" finds Dmitry Peskov only while nobody is called just Dmitry.
func tiered(cands []knownAs) []string {
	var keys, rest []string
	for _, c := range cands {
		if c.flags&(formName|formSurname) != 0 {
			keys = append(keys, c.key)
		} else {
			rest = append(rest, c.key)
		}
	}
	if len(keys) > 0 {
		return keys
	}
	return rest
}

// resolveSpeaker returns the keys of the identities a name form finds,
// most quoted first, by the rules at the top of this file; none when
// nothing is known by it. The list filter, `quotes`, the sidebar and
// search's speaker: all look speakers up here.
func (t *txn) resolveSpeaker(form string) []string {
	if key, ok := strings.CutPrefix(form, identityRef); ok {
		if indexable(key) && t.b(bucketSpeakers).Get([]byte(key)) != nil {
			return []string{key}
		}
		return nil
	}
	keys := t.resolveLoose(form)
	if base, ok := possessive(form); ok && len(keys) == 0 {
		keys = t.resolveLoose(base) // "Peskov's", as a reader may type it
	}
	if len(keys) > 1 {
		quotes := make(map[string]uint64, len(keys))
		for _, k := range keys {
			if agg, err := decodeAggregate(t.b(bucketSpeakers).Get([]byte(k))); err == nil {
				quotes[k] = agg.quotes
			}
		}
		slices.SortStableFunc(keys, func(a, b string) int {
			switch {
			case quotes[a] > quotes[b]:
				return -1
			case quotes[a] < quotes[b]:
				return 1
			}
			return strings.Compare(a, b)
		})
	}
	return keys
}

// identityRef begins a form that names one identity by its key
// (model.SpeakerCount.Ref): "=kowalski" is the bare Kowalski's own entry,
// where "kowalski" finds every Kowalski.
const identityRef = "="

// resolveLoose is resolveForm, or when the form finds no one, every
// identity the form finds with a space where the name has a hyphen ("zoë
// marchetti lund" is Zoë Marchetti-Lund) or a hyphen where it has a
// space: a reader cannot tell them apart in a name heard or half
// remembered. Only a form that finds no one as typed is read so, so a
// name stored both ways finds each by its own spelling.
func (t *txn) resolveLoose(form string) []string {
	keys := t.resolveForm(form)
	if len(keys) > 0 {
		return keys
	}
	fields := strings.Fields(form)
	if len(fields) > maxNameWords+2 {
		return nil // a hostile form costs a few lookups, not one per word
	}
	var variants []string
	if strings.Contains(form, "-") {
		variants = append(variants, strings.ReplaceAll(strings.Join(fields, " "), "-", " "))
	}
	for i := 1; i < len(fields); i++ {
		variants = append(variants, strings.Join(fields[:i], " ")+"-"+strings.Join(fields[i:], " "))
	}
	for _, v := range variants {
		for _, k := range t.resolveForm(v) {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// resolveForm is resolveSpeaker for the form as typed.
func (t *txn) resolveForm(form string) []string {
	core := nameCore(form)
	if core == "" {
		return nil
	}
	keys := tiered(t.known(core, 0))
	ws := strings.Fields(core)
	for i := titledFrom(len(ws)); len(keys) == 0 && i < len(ws); i++ {
		tail := strings.Join(ws[i:], " ")
		keys = tiered(t.known(tail, 0))
		if nameSig(tail) < 2 {
			// A bare surname after other words: "spokesman Vasko" is
			// the Vasko known by that role, "Lena Vasko" no other Vasko.
			keys = slices.DeleteFunc(keys, func(k string) bool { return !t.describedBy(k, ws[:i]) })
		}
	}
	if len(keys) == 0 {
		if k := model.SpeakerKey(form); indexable(k) && t.b(bucketSpeakers).Get([]byte(k)) != nil {
			keys = append(keys, k)
		}
	}
	if titles := droppedTitles(form); len(keys) > 1 && len(titles) > 0 {
		// "Mayor Varga" when two Vargas are stored: the one known as
		// mayor, as "spokesman Vasko" is; all of them when none is.
		if known := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return !t.describedBy(k, titles) }); len(known) > 0 {
			keys = known
		}
	}
	return keys
}

// describedBy reports whether each of words is a word of one of the
// identity's names, aliases or roles, or for an initial, begins one
// ("A. Vasko" is Anton Vasko).
func (t *txn) describedBy(key string, words []string) bool {
	agg, err := decodeAggregate(t.b(bucketSpeakers).Get([]byte(key)))
	if err != nil {
		return false
	}
	var known []string
	add := func(s string) {
		for _, w := range strings.Fields(foldName(s)) {
			known = append(known, coreWord(w)) // as parseName makes the words asked for
		}
	}
	for n := range agg.names {
		add(n)
	}
	for al := range agg.aliases {
		add(al)
	}
	for _, r := range agg.roles {
		add(r.s)
	}
	for _, w := range words {
		if !slices.ContainsFunc(known, func(k string) bool { return k == w || initial(w) && strings.HasPrefix(k, w) }) {
			return false
		}
	}
	return true
}
