package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestLetterRuns checks letterRuns against strings.FieldsFuncSeq, which
// it stands in for, on letters of every kind, marks, digits and invalid
// UTF-8.
func TestLetterRuns(t *testing.T) {
	for _, s := range []string{
		"", " ", "I", "I'm sure, my friend", "  we said: “our town”  ", "Ça va, señor Ørsted? Да", "x1y2z",
		"ǅemal ſo Kelvin K", "\xff\xfeab\xe2\x80", "a\xe2\x80\x99b", "end.", "日本語のテキスト", "٣ digits ٤ Ⅻ",
	} {
		got := slices.Collect(letterRuns(s))
		want := slices.Collect(strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }))
		if !slices.Equal(got, want) {
			t.Errorf("letterRuns(%q) = %q, want %q", s, got, want)
		}
	}
}
