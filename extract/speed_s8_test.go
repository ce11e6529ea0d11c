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
