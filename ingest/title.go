package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"soundbite/model"
)

// maxTitle is the longest derived title in runes, ellipsis included: about
// what an article list row shows beside its date and speakers.
const maxTitle = 90

// deriveTitle makes a title from a paragraph: its first sentence without
// the full stop, cut at a word boundary with an ellipsis when too long.
func deriveTitle(p string) string {
	// The text is sanitised already; only runs of space may need folding.
	s := firstSentence(p)
	if hasSpaceRun(s) {
		s = model.SanitizeLine(s)
	}
	if t := strings.TrimSuffix(s, "."); t != s && !strings.HasSuffix(t, ".") {
		if t = strings.TrimRightFunc(t, unicode.IsSpace); t != "" {
			s = t
		}
	}
	if utf8.RuneCountInString(s) <= maxTitle {
		return s
	}
	// Keep maxTitle-1 runes and room for the ellipsis; if the cut falls
	// inside a word, that word goes.
	cut, n := 0, 0
	for i := range s {
		if n == maxTitle-1 {
			cut = i
			break
		}
		n++
	}
	words := strings.Fields(s[:cut])
	before, _ := utf8.DecodeLastRuneInString(s[:cut])
	if r, _ := utf8.DecodeRuneInString(s[cut:]); !unicode.IsSpace(r) && !unicode.IsSpace(before) && len(words) > 1 {
		words = words[:len(words)-1]
	}
	for len(words) > 1 {
		last := strings.TrimRightFunc(words[len(words)-1], isTrailingPunct)
		if last == "" || len(words) > 3 && isDangling(last) {
			words = words[:len(words)-1]
			continue
		}
		words[len(words)-1] = last
		break
	}
	return strings.Join(words, " ") + "…"
}

// isTrailingPunct reports runes that read badly before an ellipsis.
func isTrailingPunct(r rune) bool {
	// Straight quotes stay: at the end of a word they close a quotation.
	return strings.ContainsRune(",;:-–—([{“‘/", r)
}

// isDangling reports words that leave a cut title hanging ("violence
// between…"); they are dropped from the end before the ellipsis. A switch,
// not a map, so the package holds no mutable state.
func isDangling(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
		"with", "by", "from", "into", "between", "as", "than", "that", "which", "who", "whose",
		"its", "their", "his", "her", "our", "is", "are", "was", "were", "be", "has", "have",
		"had", "will", "would", "not", "after", "before", "during", "about", "over", "under",
		"while", "if":
		return true
	}
	return false
}

// firstSentence returns p up to the end of its first sentence: a full stop,
// question or exclamation mark, and any closing quotes or brackets, before
// a space and a capital, digit or opening quote. Full stops after initials
// ("J."), dotted abbreviations ("U.S.") and common titles ("Dr.") do not
// end a sentence.
func firstSentence(p string) string {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) {
			r, size := utf8.DecodeRuneInString(p[j:])
			if !strings.ContainsRune(`"')]”’`, r) {
				break
			}
			j += size
		}
		if j == len(p) {
			return p
		}
		if p[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(p[j:], " "))
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(`"'“‘`, next) {
			continue
		}
		if c == '.' && isAbbreviation(p[:i]) {
			continue
		}
		return p[:j]
	}
	return p
}

// isAbbreviation reports whether the word ending before is one that a full
// stop follows without ending a sentence.
func isAbbreviation(before string) bool {
	w := before[strings.LastIndexAny(before, " (\"“")+1:]
	if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") {
		return true // an initial, or U.S., a.m.
	}
	return isTitleAbbreviation(w)
}

// isTitleAbbreviation reports abbreviations written with a full stop.
func isTitleAbbreviation(w string) bool {
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "col", "lt", "sgt", "capt", "gov",
		"sen", "rep", "rev", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "approx",
		"ave", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// hasSpaceRun reports whether s has white space other than single spaces
// between words, which a one-line title must not have.
func hasSpaceRun(s string) bool {
	prevSpace := true // leading space counts as a run
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return true
		}
		prevSpace = space
	}
	return prevSpace
}
