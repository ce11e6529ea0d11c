package model

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes text from files and the network safe to show in a
// terminal. It removes every escape sequence (CSI, OSC including OSC 8 links
// and OSC 52 clipboard writes, DCS, SOS, PM, APC, and their 8-bit C1 forms),
// every other C0 and C1 control character except tab and newline, and the
// Unicode bidirectional overrides and isolates that can make text read
// differently from how it is stored. Carriage returns become newlines when
// they end a line and are dropped otherwise. Invalid UTF-8 becomes U+FFFD.
//
// Sequences are removed whole, not just their introducer: dropping only ESC
// from "\x1b]52;c;ZXZpbA==\a" would leave "]52;c;ZXZpbA==" on screen.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x1b:
			i = skipEscape(s, i+1)
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(s, i+size)
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // OSC, DCS, SOS, PM, APC
			i = skipString(s, i+size)
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				// CRLF: the newline that follows is kept.
			} else {
				b.WriteByte('\n')
			}
			i++
		case r == '\t' || r == '\n':
			b.WriteRune(r)
			i += size
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r):
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// SanitizeLine is Sanitize for one-line fields such as titles: line breaks
// and tabs become single spaces and the ends are trimmed.
func SanitizeLine(s string) string {
	return strings.Join(strings.Fields(Sanitize(s)), " ")
}

// isClean reports whether s needs no change, so that the common case costs
// one pass and no allocation.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r <= 0x9f || isBidiControl(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// IsControl reports whether r is a character a terminal may act on rather
// than show: a C0 or C1 control, DEL, or a bidirectional override, embedding,
// isolate or mark. Sanitize removes them from text; encoders that must keep
// text exact (JSON) escape them instead.
func IsControl(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f || isBidiControl(r)
}

func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// skipEscape returns the index just past the escape sequence whose ESC ended
// just before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// Two-byte or nF sequences: intermediates 0x20-0x2f, then one final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips parameters and intermediates up to and including the final
// byte. A byte outside the CSI grammar ends the sequence without being eaten,
// as a terminal would.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x20 && c <= 0x3f:
			i++
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipString skips a control string (OSC, DCS, SOS, PM, APC) up to and
// including its terminator: BEL, ESC \ or the 8-bit ST. An unterminated
// string runs to the end of the text or to the next ESC.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			// An ESC that does not end the string starts the next
			// sequence, as it would in a terminal; leave it to the
			// caller so that sequence is removed whole too.
			return i
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c: // U+009C ST
			return i + 2
		}
		i++
	}
	return i
}
