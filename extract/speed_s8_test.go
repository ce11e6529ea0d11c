package extract

import (
	"strings"
	"testing"
)

// TestApostropheIndex checks the byte loops against the library functions
// they stand in for, invalid UTF-8 included.
func TestApostropheIndex(t *testing.T) {
	for _, s := range []string{
		"", "'", "’", "You've", "They’re", "O'Brien’s", "D’Souza's", "plain",
		"\xe2\x80", "\x80\x99", "\xe2\x80\x99\x80", "\xe2\xe2\x80\x99", "\xe2\x80\x99\x99x'", "a\xf0\xe2\x80\x99b",
		"\xe2\x80\x98\xe2\x80\x99", "'\xe2", "\xe2\x80\x99\x80\x80",
	} {
		if got, want := firstApostrophe(s), strings.IndexAny(s, "'’"); got != want {
			t.Errorf("firstApostrophe(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastApostrophe(s), strings.LastIndexAny(s, "'’"); got != want {
			t.Errorf("lastApostrophe(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestEndsWith checks endsWith, which compares with the lower-cased
// text, against strings.EqualFold on the token's tail, for words with
// runes that fold to ASCII letters (the Kelvin sign, the long s).
func TestEndsWith(t *testing.T) {
	d := newDoc([]string{"Running RUNNING runninG ru\u212Aing pas\u017F PAS\u017FS rested RESTED \u017Fs s \xe2\x80 ologists Egyptologists ss EN ly"})
	for i := range d.toks {
		w := d.str(i)
		for _, suf := range []string{"ed", "en", "ing", "ly", "ologists", "s", "ss", "ers", "ists"} {
			want := len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
			if got := d.endsWith(i, suf); got != want {
				t.Errorf("endsWith(%q, %q) = %v, want %v", w, suf, got, want)
			}
		}
	}
}

// TestJoinParagraphs checks the lower-cased copy, which skips eight bytes
// at a time, against lowering byte by byte, on every byte value at every
// offset.
func TestJoinParagraphs(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c), 'a', byte(c), 'Z', '@', '[', byte(255-c), 'A')
	}
	for off := 0; off < 8; off++ {
		paras := []string{string(all[off:]), "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abc", "Hello World, said the MINISTER.\xff\xe2\x80\x99"}
		text, lower := joinParagraphs(paras, 4000)
		if want := strings.Join(paras, "\n\n"); text != want {
			t.Fatalf("text = %q, want %q", text, want)
		}
		want := []byte(text)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if lower != string(want) {
			t.Errorf("offset %d: lower = %q, want %q", off, lower, want)
		}
	}
}
