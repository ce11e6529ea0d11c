package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// Session 16's speed pass (n5) leans on these: the sieve that turns
// words away before a map is asked, and the order of the cues, which
// lets a scan back over them stop early.

// TestWordSieve checks that a wordSieve passes every word added to it,
// and turns away words of another length or first byte.
func TestWordSieve(t *testing.T) {
	in := []string{"Tarbeck", "a", "company", "Ørsted", "é", strings.Repeat("x", 63), strings.Repeat("y", 64), strings.Repeat("z", 200)}
	var s wordSieve
	for _, w := range in {
		s.add(w)
	}
	for _, w := range in {
		if !s.mayHold(w) {
			t.Errorf("mayHold(%q) = false for a word added", w)
		}
	}
	for _, w := range []string{"Tarbecks", "Barbeck", "b", "Company", "d", strings.Repeat("x", 62), strings.Repeat("q", 64)} {
		if s.mayHold(w) {
			t.Errorf("mayHold(%q) = true for a word of another length or first byte", w)
		}
	}
	var empty wordSieve
	if empty.mayHold("Tarbeck") {
		t.Error("an empty sieve passes a word")
	}
}

// TestCuesInTextOrder checks what justAnswered relies on: findCues lists
// the cues in text order, at most one a token.
func TestCuesInTextOrder(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no annotated articles in testdata/articles")
	}
	texts := []string{"“Will you run?” Varga asked. “No,” Kell said. “Why not?” she asked. As confirmed by Ilse Marner, it holds, according to Brenn."}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for i, text := range texts {
		var paras []string
		for p := range strings.SplitSeq(text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		d := runPipeline(paras, nil, &rankWeights, nil)
		for ci := 1; ci < len(d.cues); ci++ {
			if d.cues[ci].verb <= d.cues[ci-1].verb {
				t.Errorf("text %d: cue %d at token %d follows one at %d", i, ci, d.cues[ci].verb, d.cues[ci-1].verb)
			}
		}
	}
}

// TestHasDash checks hasDash against the three searches it stands in
// for, with curly quotation marks (which share the dashes' first byte)
// and a dash cut off at the end.
func TestHasDash(t *testing.T) {
	for _, s := range []string{
		"", "-", "HARBOURTON — ", "x–y", "“Quoted,” he said", "‘a’ ’", "ab\xe2\x80", "ab\xe2", "\xe2\x80\x94", "\xe2\x80\x93",
		"\xe2\xe2\x80\x94", "\xe2\x80\xe2\x80\x93", "no dash at all", "en\xe2\x80\x92", "a-b — c",
	} {
		want := strings.IndexByte(s, '-') >= 0 || strings.Contains(s, "—") || strings.Contains(s, "–")
		if got := hasDash(s); got != want {
			t.Errorf("hasDash(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNumberWord checks numberWord against the way it was first written,
// cutting at the first hyphen whether or not there is one.
func TestNumberWord(t *testing.T) {
	old := func(s string) int {
		if v := numberUnit(s); v > 0 {
			return v
		}
		a, b, _ := strings.Cut(s, "-")
		return numberTen(a) + numberUnit(b)
	}
	for _, w := range []string{"one", "nineteen", "twenty", "twenty-one", "ninety-nine", "twenty-", "-one", "forty-two-three",
		"one-two", "people", "", "-", "sixty-six", "well-known", "twenty--one"} {
		if got, want := numberWord(w), old(w); got != want {
			t.Errorf("numberWord(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestLetterRunsRandom checks letterRuns against strings.FieldsFuncSeq on
// random strings of ASCII letters, marks, letters and marks past ASCII,
// and stray bytes of broken UTF-8.
func TestLetterRunsRandom(t *testing.T) {
	pieces := []string{"a", "Z", "q", " ", ",", "'", "1", "é", "Ø", "ſ", "日", "’", "—", "\u0301", "٣", "\xe2", "\x80", "\xff", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(16, 5))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		got := slices.Collect(letterRuns(s))
		want := slices.Collect(strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }))
		if !slices.Equal(got, want) {
			t.Fatalf("letterRuns(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFill checks fill on lists of every length up to 300.
func TestFill(t *testing.T) {
	for n := range 300 {
		s := make([]int32, n)
		fill(s, -1)
		for i, v := range s {
			if v != -1 {
				t.Fatalf("fill of %d: element %d is %d", n, i, v)
			}
		}
	}
}

// TestHyphenFlag checks that tokenize marks every word with a hyphen in
// it, and only those, as nameWord relies on.
func TestHyphenFlag(t *testing.T) {
	d := newDoc([]string{
		"Omar al-Amr met ex-minister Ilse Varga-Lind, a well-known, 45-year-old figure in co-op circles; x-ray, e.g.-style, U.S.-based.",
		"al-Qaeda and bin-Laden's “al-Amr” — twenty-one - one -- two –three end- -start Dr.-Ing. al-‘Amr al-Ðor",
	})
	for i := range d.toks {
		tk := &d.toks[i]
		want := tk.kind == tkWord && strings.Contains(d.str(i), "-")
		if tk.kind == tkWord && tk.is(fHyphen) != want {
			t.Errorf("token %q: fHyphen %v, want %v", d.str(i), tk.is(fHyphen), want)
		}
	}
}

// TestPlainWordHash checks that the hash tokenize takes of a plain word
// as it reads it finds in the lexicon what a lookup of the word itself
// finds, for words of every case and digits.
func TestPlainWordHash(t *testing.T) {
	text := "Said SAID said sAiD Minister MINISTER minister the The THE 2024 4x4 M5S spokeswoman Spokeswoman police Zürich 9am AM"
	d := newDoc([]string{text})
	for i := range d.toks {
		tk := &d.toks[i]
		if tk.kind != tkWord {
			continue
		}
		want := lex.find(d.str(i))
		var lx lexFlag
		var cv uint8
		if want != nil {
			lx, cv = want.flags, want.cue
		}
		if tk.is(fAllCaps) {
			if cv != 0 && len(d.str(i)) >= 4 && !tk.is(fShoutedVerb) {
				t.Errorf("%q: not marked as shouted", d.str(i))
			}
			lx &= acronymFlags
			cv = 0
		}
		if tk.lx&^lxGroup != lx&^lxGroup || tk.cv != cv {
			t.Errorf("%q: lexicon flags %x cue %d, want %x %d", d.str(i), tk.lx, tk.cv, lx, cv)
		}
	}
}
