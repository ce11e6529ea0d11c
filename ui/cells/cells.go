// Package cells measures text in terminal cells, as ansi.StringWidth and
// ansi.Truncate do, quickly for the text the reader draws on every frame:
// ASCII, Latin letters, punctuation, arrows and box drawing, with SGR
// styling. Measuring by grapheme cluster costs most of a frame otherwise.
// Anything else (wide or combining characters, emoji, control characters,
// other escape sequences) is measured by package ansi, so the result is
// always the same as its.
package cells

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is the number of cells s takes, escape sequences taking none:
// ansi.StringWidth(s).
func Width(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			n++
			i++
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			// A control sequence: parameter bytes, intermediate bytes,
			// then a final byte.
			j := i + 2
			for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
				j++
			}
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
				j++
			}
			if j == len(s) || s[j] < 0x40 || s[j] > 0x7e {
				return ansi.StringWidth(s)
			}
			i = j + 1
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !narrow(r) {
				return ansi.StringWidth(s)
			}
			n++
			i += size
		default:
			return ansi.StringWidth(s)
		}
	}
	return n
}

// Truncate cuts s to w cells, ending it with tail when it was cut:
// ansi.Truncate(s, w, tail).
func Truncate(s string, w int, tail string) string {
	if Width(s) <= w {
		return s
	}
	// Text of characters a cell wide and nothing else is cut by
	// counting them.
	keep := w - Width(tail)
	if keep < 0 || !plain(s) {
		return ansi.Truncate(s, w, tail)
	}
	for i := range s {
		if keep == 0 {
			return s[:i] + tail
		}
		keep--
	}
	return s
}

// plain reports whether s holds nothing but characters a cell wide: no
// escape sequence, no control character.
func plain(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r >= utf8.RuneSelf && !narrow(r) {
			return false
		}
	}
	return true
}

// narrow reports whether r takes one cell wherever it stands: it is
// printable, neither wide nor ambiguous in a way ansi counts as two, and
// no mark that joins the character before it.
func narrow(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0x24f: // Latin-1 and Latin Extended letters, signs
		return r != 0xad // the soft hyphen takes no cell
	case r >= 0x2010 && r <= 0x2027: // dashes, quotes, bullets, the ellipsis
		return true
	case r >= 0x2030 && r <= 0x203a: // per mille, primes, angle quotes
		return true
	case r >= 0x2190 && r <= 0x21ff: // arrows
		return true
	case r >= 0x2500 && r <= 0x25fc: // box drawing, blocks, geometric shapes
		return true
	case r == 0x2605 || r == 0x2606: // stars
		return true
	}
	return false
}
