package search

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

func TestTokens(t *testing.T) {
	type tok struct {
		term string
		pos  int
		word string // the text the offsets cover
		stop bool
	}
	tests := []struct {
		text string
		want []tok
	}{
		{"Ceasefire talks", []tok{{"ceasefir", 0, "Ceasefire", false}, {"talk", 1, "talks", false}}},
		{"CEASEFIRES, ceasefire!", []tok{{"ceasefir", 0, "CEASEFIRES", false}, {"ceasefir", 1, "ceasefire", false}}},
		{"Kessel's harbour", []tok{{"kessel", 0, "Kessel's", false}, {"harbour", 1, "harbour", false}}},
		{"Kessel’s don’t", []tok{{"kessel", 0, "Kessel’s", false}, {"don't", 1, "don’t", false}}},
		{"'quoted' words", []tok{{"quot", 0, "quoted", false}, {"word", 1, "words", false}}},
		{"Zürich naïve Øresund STRAẞE", []tok{
			{"zurich", 0, "Zürich", false}, {"naiv", 1, "naïve", false},
			{"oresund", 2, "Øresund", false}, {"strass", 3, "STRAẞE", false},
		}},
		{"the state of the union", []tok{
			{"the", 0, "the", true}, {"state", 1, "state", false}, {"of", 2, "of", true},
			{"the", 3, "the", true}, {"union", 4, "union", false},
		}},
		{"cease-fire 2031 v2", []tok{{"ceas", 0, "cease", false}, {"fire", 1, "fire", false}, {"2031", 2, "2031", false}, {"v2", 3, "v2", false}}},
		// A blank line between paragraphs puts ParagraphGap more between
		// their words; one newline does not.
		{"open\n\ntalks\nnow", []tok{{"open", 0, "open", false}, {"talk", 1 + ParagraphGap, "talks", false}, {"now", 2 + ParagraphGap, "now", false}}},
		// Escape sequences leave no words of their own beyond their
		// letters, and long runs are skipped but still counted.
		{"a\x1b[31mred " + strings.Repeat("x", maxWordBytes+1) + " end", []tok{
			{"a", 0, "a", true}, {"31mred", 1, "31mred", false}, {"end", 3, "end", false},
		}},
		{"¿Qué? — «Sí»", []tok{{"que", 0, "Qué", false}, {"si", 1, "Sí", false}}},
		{"", nil},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		var got []tok
		a.Tokens(tt.text, 0, func(t Token) {
			got = append(got, tok{t.Term, t.Pos, tt.text[t.Start:t.End], t.Stop})
		})
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

func TestTokensContinue(t *testing.T) {
	a := NewAnalyzer()
	next := a.Tokens("one two", 10, func(Token) {})
	if next != 12 {
		t.Errorf("next = %d, want 12", next)
	}
}

func TestAnalyzerCacheBounded(t *testing.T) {
	a := NewAnalyzer()
	for i := range maxCachedStems + 10 {
		a.Terms("w" + strings.Repeat("a", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26)) + string(rune('a'+i/17576%26)))
	}
	if len(a.stems.entries) > maxCachedStems {
		t.Errorf("cache holds %d stems, more than %d", len(a.stems.entries), maxCachedStems)
	}
	// A cached stem is the same as a fresh one.
	if got, want := a.Terms("running runs"), NewAnalyzer().Terms("running runs"); !reflect.DeepEqual(got, want) {
		t.Errorf("cached %v, fresh %v", got, want)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Politics":               "politics",
		"  Élections   Locales ": "elections locales",
		"Straße":                 "strasse",
		"":                       "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsStopword(t *testing.T) {
	for w, want := range map[string]bool{"the": true, "with": true, "said": false, "harbour": false} {
		if got := IsStopword(w); got != want {
			t.Errorf("IsStopword(%q) = %v", w, got)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	text := strings.Repeat(`Foreign Minister Marta Kessel said on Tuesday that there would be no ceasefire until the harbour at Port Calder reopened to ferries. `, 40)
	a := NewAnalyzer()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Tokens(text, 0, func(Token) {})
	}
}

// TestStemKeepsInitial backs the snippet's shortcut (initials): stemming
// never changes a word's first letter.
func TestStemKeepsInitial(t *testing.T) {
	a := NewAnalyzer()
	words := strings.Fields(`dying lying tying skis skies idly gently ugly early only singly news
		howe atlas cosmos bias andes innings outing canning herring earring proceed exceed succeed
		yearly Yesterday youthful Zürich Ökonomie 1990s 3rd Kessel's`)
	for _, w := range words {
		a.Tokens(w, 0, func(tok Token) {
			folded := Fold(w[tok.Start:tok.End])
			if tok.Term[0] != folded[0] {
				t.Errorf("%q stems to %q", w, tok.Term)
			}
		})
	}
	// And the filtered walk finds what the full one does.
	text := "Dying embers; the Harbour's keepers said yearly that ugly skies were early."
	q := []string{"die", "harbour", "ugli", "sky"}
	var full, fast []string
	a.Tokens(text, 0, func(tok Token) {
		if slices.Contains(q, tok.Term) {
			full = append(full, tok.Term)
		}
	})
	a.tokens(text, 0, initialsOf(q), func(tok Token) {
		if slices.Contains(q, tok.Term) {
			fast = append(fast, tok.Term)
		}
	})
	if !reflect.DeepEqual(full, fast) || len(full) != 4 {
		t.Errorf("filtered walk found %q, full walk %q", fast, full)
	}
}

// TestStemmerKeeps backs lookup's shortcut: every word stemmerKeeps lets
// by, the stemmer returns as it is. The words: every number of up to five
// digits (with and without leading zeros), random numbers of up to 64
// digits, every word of the annotated articles of package extract's
// tests, and random words, of letters or of letters and digits, many
// with the endings the shortcut has to tell apart.
func TestStemmerKeeps(t *testing.T) {
	kept := 0
	check := func(w string) {
		if !stemmerKeeps([]byte(w)) {
			return
		}
		kept++
		if got := english.Stem(w, true); got != w {
			t.Fatalf("stemmerKeeps(%q), but Stem(%q) = %q", w, w, got)
		}
	}
	for n := range 100000 {
		check(strconv.Itoa(n))
		check(fmt.Sprintf("%05d", n))
	}
	rng := rand.New(rand.NewPCG(14, 9))
	for range 20000 {
		b := make([]byte, 1+rng.IntN(maxWordBytes))
		for i := range b {
			b[i] = byte('0' + rng.IntN(10))
		}
		check(string(b))
	}
	files, _ := filepath.Glob("../extract/testdata/articles/*.txt")
	a := NewAnalyzer()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		a.tokens(text, 0, nil, func(tk Token) { check(strings.ToLower(text[tk.Start:tk.End])) })
	}
	endings := []string{"", "", "n", "on", "ion", "an", "en", "m", "sm", "ism", "om", "c", "ic", "ac", "r", "er", "or", "ator", "ar", "t", "nt", "ant", "ent", "ment", "ement", "st", "ot", "h", "k", "o", "a", "w", "x", "z", "u", "b", "p", "f", "v",
		"s", "ss", "us", "ous", "ness", "ess", "iss", "uss", "'s", "d", "ed", "eed", "ied", "nd", "rd", "ld", "g", "ng", "ing", "ying", "ong", "y", "ay", "ey", "oy", "uy", "iy", "yy", "ly", "ry", "edly", "l", "al", "ful", "ll", "el", "il", "ol", "ul", "ical", "tional"}
	for range 200000 {
		b := make([]byte, 1+rng.IntN(9))
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
		}
		check(string(b) + endings[rng.IntN(len(endings))])
	}
	for range 50000 { // letters and digits mixed: "covid19", "a380", "4x4"
		b := make([]byte, 1+rng.IntN(10))
		for i := range b {
			b[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[rng.IntN(36)]
		}
		check(string(b) + endings[rng.IntN(len(endings))])
	}
	// The stemmer's exceptions, and words of y.
	for _, w := range strings.Fields(`skis skies dying lying tying idly gently ugly early only singly sky
		news howe atlas cosmos bias andes inning innings outing outings canning cannings herring herrings
		earring earrings proceed proceeds proceeded proceeding exceed exceeds succeed succeeds
		yay ayy yoy boy buy key day dye guy essay monday abbey ploy`) {
		check(w)
	}
	if kept < 250000 {
		t.Errorf("only %d words kept", kept)
	}
	t.Logf("%d words kept", kept)
}
