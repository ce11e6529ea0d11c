package store

import (
	"slices"
	"strings"
	"testing"
)

// parseNameByField is parseName as first written, folding field by
// field: the faster one must agree with it.
func parseNameByField(name string) parsedName {
	fields := strings.Fields(name)
	for len(fields) > 1 {
		if !dropsFirst(foldName(fields[0]), foldName(fields[1])) {
			break
		}
		fields = fields[1:]
	}
	var p parsedName
	for i, f := range fields {
		if r := []rune(f); i > 0 && i < len(fields)-1 && len(fields) > 2 && len(r) == 2 && r[1] == '.' {
			continue
		}
		w := foldName(f)
		if t := strings.TrimRight(w, ".,"); t != "" {
			w = t
		}
		p.words = append(p.words, w)
		p.caps = append(p.caps, capitalised(f))
	}
	return p
}

func sameParse(a, b parsedName) bool {
	return slices.Equal(a.words, b.words) && slices.Equal(a.caps, b.caps)
}

func TestParseName(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words []string
		caps  []bool
	}{
		{"Mira Olsten", []string{"mira", "olsten"}, []bool{true, true}},
		{"Dr. Mira J. Olsten", []string{"mira", "olsten"}, []bool{true, true}},
		{"The Tarrow Council", []string{"tarrow", "council"}, []bool{true, true}},
		{"Mr", []string{"mr"}, []bool{true}},
		{"Ilvar É. Brenno", []string{"ilvar", "brenno"}, []bool{true, true}},
		{"J. Olsten", []string{"j", "olsten"}, []bool{true, true}},
		{"Sen. Dara Olsen Jr.", []string{"dara", "olsen", "jr"}, []bool{true, true, true}},
		{"President Anton Vasko", []string{"anton", "vasko"}, []bool{true, true}},
		{"President of Valdoria", []string{"president", "of", "valdoria"}, []bool{true, false, true}},
		{"Karim al-Hamdan", []string{"karim", "al-hamdan"}, []bool{true, true}},
		{"Siobhan O\u2019Neill", []string{"siobhan", "o'neill"}, []bool{true, true}},
		{"press secretary  Ilvar\tBrenno", []string{"press", "secretary", "ilvar", "brenno"}, []bool{false, false, true, true}},
		{"ÉLODIE van VARRANT", []string{"elodie", "van", "varrant"}, []bool{true, false, true}},
		{"", nil, nil},
	} {
		got := parseName(tc.name)
		if !slices.Equal(got.words, tc.words) || !slices.Equal(got.caps, tc.caps) {
			t.Errorf("parseName(%q) = %q %v, want %q %v", tc.name, got.words, got.caps, tc.words, tc.caps)
		}
		if want := parseNameByField(tc.name); !sameParse(got, want) {
			t.Errorf("parseName(%q) = %q %v, field by field %q %v", tc.name, got.words, got.caps, want.words, want.caps)
		}
	}
}

func FuzzParseName(f *testing.F) {
	for _, s := range []string{"Dr. Mira J. Olsten", "the  The x", "İlkay Ǆ. Tovar", "a\xffb c. d", "Ω. Σ. Λ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got, want := parseName(name), parseNameByField(name)
		if !sameParse(got, want) {
			t.Fatalf("parseName(%q) = %q %v, field by field %q %v", name, got.words, got.caps, want.words, want.caps)
		}
	})
}
