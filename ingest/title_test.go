package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"One. Two.", "One."},
		{"No end", "No end"},
		{"Dr. Ana Vell spoke. Then left.", "Dr. Ana Vell spoke."},
		{"The U.S. Navy arrived. Later.", "The U.S. Navy arrived."},
		{"J. R. Tomlin wrote it. Yes.", "J. R. Tomlin wrote it."},
		{"Prices rose 2.5 per cent. Then fell.", "Prices rose 2.5 per cent."},
		{"“Why?” she asked. Nobody knew.", "“Why?” she asked."},
		{"“Stop.” He left.", "“Stop.”"},
		{"It ended. “Never again,” she said.", "It ended."},
		{"Wait... what happened. Next.", "Wait... what happened."},
		{"He said so. 2024 was hard.", "He said so."},
		{"lower. case follows.", "lower. case follows."},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDeriveTitle(t *testing.T) {
	long := "The harbour authority of Eastmere on Thursday approved a plan to dredge the northern channel " +
		"so that larger container ships can dock."
	tests := []struct{ in, want string }{
		{"Short sentence. Another.", "Short sentence"},
		{"Is it over? Maybe.", "Is it over?"},
		{".", "."},
		{"Ends with ellipsis...", "Ends with ellipsis..."},
		// Cut before "dredge the northern" would leave "to" hanging.
		{long, "The harbour authority of Eastmere on Thursday approved a plan to dredge the northern…"},
		{strings.Repeat("word ", 17) + "the end of it all and more", strings.TrimSpace(strings.Repeat("word ", 17)) + "…"},
		{strings.Repeat("word ", 17) + "big end", strings.Repeat("word ", 17) + "big…"},
		{strings.Repeat("x", 200), strings.Repeat("x", maxTitle-1) + "…"},
		{"He said that the award for \"courageous achievement\" was, in the view of every judge present, well earned.",
			"He said that the award for \"courageous achievement\" was, in the view of every judge…"},
	}
	for _, tt := range tests {
		got := deriveTitle(tt.in)
		if got != tt.want {
			t.Errorf("deriveTitle(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > maxTitle {
			t.Errorf("deriveTitle(%q) has %d runes, more than %d", tt.in, n, maxTitle)
		}
	}
}
