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

// TestLabelFirstByte checks that labelFirstByte lets through every byte a
// caption's label or the space before it may start with.
func TestLabelFirstByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		may := c >= 0x80 || unicode.IsSpace(rune(c))
		for _, label := range []string{"image caption", "media caption", "photo caption", "video caption", "caption:", "caption,"} {
			may = may || label[0] == byte(c)
		}
		if may && !labelFirstByte(byte(c)) {
			t.Errorf("labelFirstByte(%q) = false", byte(c))
		}
	}
}

// TestQuoteKey checks quoteKey against the way it was first written:
// lower-case the whole quotation, then keep its letters and digits, one
// space between runs.
func TestQuoteKey(t *testing.T) {
	want := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			} else if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
		}
		return strings.TrimSpace(b.String())
	}
	for _, s := range []string{
		"", " ", "...", "Believing in Women", "  “We’ll BUILD it,” she said — 2024!  ", "ÇA VA, Señor ØRSTED? ДА",
		"İstanbul KELVIN \u212A ſ", "\xff\xfeAB\xe2\x80", "a\xe2\x80\x99b", "٣ digits ٤ Ⅻ", "x1-y2_z", "日本語 テキスト",
	} {
		if got := quoteKey(s); got != want(s) {
			t.Errorf("quoteKey(%q) = %q, want %q", s, got, want(s))
		}
	}
}

// TestAppendCut checks that lists cut from one spare array keep apart:
// what is appended to one, within its room or past it, never shows in
// another.
func TestAppendCut(t *testing.T) {
	var spare []int
	var lists [][]int
	for i := range 100 {
		lists = append(lists, appendCut(&spare, nil, i*10, 2))
	}
	for i := range lists {
		for k := 1; k <= i%4; k++ {
			lists[i] = appendCut(&spare, lists[i], i*10+k, 2)
		}
	}
	for i, l := range lists {
		want := []int{i * 10}
		for k := 1; k <= i%4; k++ {
			want = append(want, i*10+k)
		}
		if !slices.Equal(l, want) {
			t.Errorf("list %d = %v, want %v", i, l, want)
		}
	}
}
