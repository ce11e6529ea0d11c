package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordsAtMost checks wordsAtMost against counting strings.Fields, on
// random strings of words, every kind of space (ASCII and not) and broken
// UTF-8.
func TestWordsAtMost(t *testing.T) {
	pieces := []string{"a", "Zed", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "é", "日", "”", "\xe2", "\x80", "\xff"}
	rng := rand.New(rand.NewPCG(16, 6))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, n := range []int{0, 1, 3, 20} {
			if got, want := wordsAtMost(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Fatalf("wordsAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
