package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Hello, world", "Hello, world"},
		{"keeps tab and newline", "a\tb\nc", "a\tb\nc"},
		{"csi clear screen", "before\x1b[2Jafter", "beforeafter"},
		{"csi colour", "\x1b[31;1mred\x1b[0m", "red"},
		{"osc 52 bel", "x\x1b]52;c;ZXZpbA==\ay", "xy"},
		{"osc 52 st", "x\x1b]52;c;ZXZpbA==\x1b\\y", "xy"},
		{"osc 8 link", "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"osc title", "\x1b]0;pwned\atitle", "title"},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"apc", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"c1 csi", "a\u009b2Jb", "ab"},
		{"c1 osc", "a\u009d52;c;QQ==\u009cb", "ab"},
		{"c1 control", "a\u0085b", "ab"},
		{"bell and backspace", "a\a\bb", "ab"},
		{"bidi override", "abc\u202edcba\u202c", "abcdcba"},
		{"bidi isolate", "\u2066x\u2069", "x"},
		{"crlf", "a\r\nb", "a\nb"},
		{"lone cr", "a\rb", "a\nb"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"unterminated osc", "a\x1b]52;c;QQ==", "a"},
		{"esc at end", "a\x1b", "a"},
		{"esc inside unterminated osc", "a\x1b]0;title\x1b[31mred", "ared"},
		{"esc inside unterminated dcs", "a\x1bPq\x1b]52;c;QQ==\ab", "ab"},
		{"two-byte escape", "a\x1bcb", "ab"},
		{"unicode kept", "Peskov’s “quote” — ok", "Peskov’s “quote” — ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeLine(t *testing.T) {
	if got := SanitizeLine("  a\n b\t\x1b[2J c "); got != "a b c" {
		t.Errorf("SanitizeLine = %q", got)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"plain", "\x1b[2J", "\x1b]52;c;QQ==\a", "\u009b1m", "a\u202eb", "\x1bP\x1b\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", in)
		}
		for _, r := range out {
			if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f || isBidiControl(r) {
				t.Fatalf("control %U left in %q (from %q)", r, out, in)
			}
		}
		if strings.Contains(out, "\x1b") {
			t.Fatalf("ESC left in %q", out)
		}
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent: %q -> %q", out, again)
		}
	})
}
