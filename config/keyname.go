package config

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A key in [keys] is written as Bubble Tea names a key press: modifiers
// in its order (ctrl, alt, shift, meta, hyper, super), each followed by
// "+", then a named key or one printable character. A name in any other
// spelling ("pgdn", "C-d", "^D") would bind a key no press ever matches,
// so it is refused with the spelling to use.

// modifiers are the prefixes a key name may carry, in the order Bubble
// Tea writes them.
var modifiers = []string{"ctrl+", "alt+", "shift+", "meta+", "hyper+", "super+"}

// namedKeys are the keys with names rather than characters.
var namedKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`enter tab backspace esc space up down left right begin find
		insert delete select pgup pgdown home end capslock scrolllock numlock printscreen pause menu`) {
		m[n] = true
	}
	for i := 1; i <= 63; i++ {
		m[fmt.Sprintf("f%d", i)] = true
	}
	return m
}()

// keyHints are spellings people bring from other programs.
var keyHints = map[string]string{
	"pgdn": "pgdown", "pagedown": "pgdown", "page_down": "pgdown", "next": "pgdown",
	"pageup": "pgup", "page_up": "pgup", "prior": "pgup", "escape": "esc",
	"return": "enter", "del": "delete", "ins": "insert", "bs": "backspace",
	"spacebar": "space", " ": "space", "arrowup": "up", "arrowdown": "down",
	"arrowleft": "left", "arrowright": "right",
}

// checkKeyName says why k is not a key name Bubble Tea could match.
func checkKeyName(k string) error {
	const how = `write keys as "j", "G", "ctrl+d", "pgdown"`
	if strings.ContainsFunc(k, isControl) || k == "" {
		return fmt.Errorf("%q is not a key; %s", k, how)
	}
	rest, modded := k, false
	for _, m := range modifiers {
		if r, ok := strings.CutPrefix(rest, m); ok && r != "" {
			rest, modded = r, true
		}
	}
	switch {
	case namedKeys[rest]:
		return nil
	case utf8.RuneCountInString(rest) == 1:
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsPrint(r) || unicode.IsSpace(r) {
			break
		}
		if modded && unicode.IsUpper(r) {
			return fmt.Errorf("%q never matches; write %q (lower case)", k, k[:len(k)-len(rest)]+string(unicode.ToLower(r)))
		}
		return nil
	}
	lower := strings.ToLower(k)
	if hint, ok := keyHints[lower]; ok {
		return fmt.Errorf("%q is not a key; write %q", k, hint)
	}
	if namedKeys[lower] {
		return fmt.Errorf("%q is not a key; write %q", k, lower)
	}
	for _, p := range []string{"c-", "^"} {
		if r, ok := strings.CutPrefix(lower, p); ok && utf8.RuneCountInString(r) == 1 {
			return fmt.Errorf("%q is not a key; write %q", k, "ctrl+"+r)
		}
	}
	for i, m := range modifiers {
		for _, later := range modifiers[:i] {
			if strings.Contains(lower, m) && strings.Contains(lower, later) && strings.Index(lower, m) < strings.Index(lower, later) {
				return fmt.Errorf("%q never matches; modifiers go in the order ctrl, alt, shift", k)
			}
		}
	}
	return fmt.Errorf("%q is not a key; %s", k, how)
}
