package extract_test

import (
	"slices"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// A body named with its country's or town's possessive ("Norvania's
// Ministry of Health") keeps that form as an alias: it is how the story
// names it, how a reader may look for it, and how another annotator may
// write it; the bare name stays its name. A person's possessive before a
// body ("Mara Quell's Ministry of Health", "Dane's Justice Department"
// after "President Ivo Dane") adds no such form.
func TestPossessiveOwnerAliasS18(t *testing.T) {
	for _, tc := range []struct {
		text, name, alias string
		want              bool
	}{
		{"Norvania's Ministry of Health said on Monday that 40 new cases were found.", "Ministry of Health", "Norvania's Ministry of Health", true},
		{"Tarvik's City Council said the road would reopen in May.", "City Council", "Tarvik's City Council", true},
		{"The Ministry of Health said on Monday that 40 new cases were found.", "Ministry of Health", "The Ministry of Health", false},
		{"Mara Quell's Ministry of Health said the clinics would stay open.", "Ministry of Health", "Mara Quell's Ministry of Health", false},
		{"President Ivo Dane took office in May. Dane's Justice Department said the case was closed.", "Justice Department", "Dane's Justice Department", false},
	} {
		res := extract.Extract([]string{tc.text})
		i := slices.IndexFunc(res.Speakers, func(s model.Speaker) bool { return s.Name == tc.name })
		if i < 0 {
			t.Errorf("%q: no speaker %q in %+v", tc.text, tc.name, res.Speakers)
			continue
		}
		if got := slices.Contains(res.Speakers[i].Aliases, tc.alias); got != tc.want {
			t.Errorf("%q: alias %q present %v, want %v (aliases %q)", tc.text, tc.alias, got, tc.want, res.Speakers[i].Aliases)
		}
	}
}
