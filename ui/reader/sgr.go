package reader

import "strings"

// onlySGR removes every escape sequence from Glamour's output except SGR
// styling (CSI ... m). Glamour turns links into OSC 8 hyperlinks; a link's
// address comes from the article, so it must not become a live terminal
// sequence any more than the article's text may. The link text and its
// address stay on screen as text.
func onlySGR(s string) string {
	if !strings.Contains(s, "\x1b") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] != 0x1b {
			b.WriteByte(s[i])
			i++
			continue
		}
		end, sgr := sequenceEnd(s, i)
		if sgr {
			b.WriteString(s[i:end])
		}
		i = end
	}
	return b.String()
}

// sequenceEnd returns the index just past the escape sequence starting at
// s[i] (an ESC) and whether it is an SGR sequence.
func sequenceEnd(s string, i int) (int, bool) {
	j := i + 1
	if j >= len(s) {
		return j, false
	}
	switch s[j] {
	case '[':
		for j++; j < len(s); j++ {
			if c := s[j]; c >= 0x40 && c <= 0x7e {
				return j + 1, c == 'm'
			}
		}
		return j, false
	case ']', 'P', 'X', '^', '_':
		for j++; j < len(s); j++ {
			switch {
			case s[j] == 0x07:
				return j + 1, false
			case s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\':
				return j + 2, false
			case s[j] == 0x1b:
				return j, false
			}
		}
		return j, false
	}
	return j + 1, false
}
