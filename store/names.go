package store

import (
	"cmp"
	"slices"
	"strings"

	"soundbite/model"
)

// Name cores and the forms an identity is known by (identity.go has the
// rules that use them).

// honorifics are dropped from the front of a core: they never tell two
// people apart.
var honorifics = []string{"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"}

// nameCore folds a name for identity matching: its key without a
// leading "the" and honorifics, and without middle initials ("Donald J.
// Trump" is "donald trump").
func nameCore(name string) string {
	k := model.SpeakerKey(name)
	for {
		first, rest, ok := strings.Cut(k, " ")
		if !ok {
			break
		}
		if first != "the" && !slices.Contains(honorifics, strings.TrimSuffix(first, ".")) {
			break
		}
		k = rest
	}
	if strings.Count(k, " ") < 2 || !strings.Contains(k, ". ") {
		return k
	}
	ws := strings.Fields(k)
	out := ws[:1]
	for _, w := range ws[1 : len(ws)-1] {
		if r := []rune(w); len(r) == 2 && r[1] == '.' {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(append(out, ws[len(ws)-1]), " ")
}

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
// a name; for a person's name of three words or more, its last words from
// two on, which may be the name without a title ("Ilvar Brenno" of
// "Palace press secretary Ilvar Brenno"); and with derive, for a person's
// full name, its last word as a surname and as given names its first
// word and, in a longer name, the word before the surname.
func addForms(forms map[string]byte, name string, kind string, derive bool) {
	c := nameCore(name)
	if !indexable(c) {
		return
	}
	forms[c] |= formName
	n := words(c)
	if n < 2 {
		return
	}
	ws := strings.Fields(c)
	for i := 1; i+2 <= n; i++ {
		forms[strings.Join(ws[i:], " ")] |= formTitle
	}
	if !derive || isOrg(kind) {
		return
	}
	forms[ws[n-1]] |= formSurname
	forms[ws[0]] |= formGiven
	if n >= 3 {
		forms[ws[n-2]] |= formGiven
	}
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
		if words(rest) >= 2 && cores[rest] {
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
		if words(nameCore(n)) >= 2 {
			return false
		}
	}
	return true
}
