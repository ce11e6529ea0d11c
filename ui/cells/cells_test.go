package cells

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestNarrowRunesMatchAnsi checks every character the fast path counts
// as one cell against package ansi, alone and between letters.
func TestNarrowRunesMatchAnsi(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !narrow(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r) + "b", "\x1b[1m" + string(r) + "\x1b[m"} {
			if got, want := Width(s), ansi.StringWidth(s); got != want {
				t.Errorf("Width(%q) = %d, ansi says %d", s, got, want)
			}
		}
	}
}

// TestWidthMatchesAnsi checks text the fast path measures, and text it
// hands to package ansi.
func TestWidthMatchesAnsi(t *testing.T) {
	for _, s := range []string{
		"",
		"plain words",
		"\x1b[38;2;154;140;255;1mEastmere harbour\x1b[m · 2 June 2025",
		"┃ ● Ysolde Stenley, the chair of…",
		" ↓/j down • enter open • / search",
		"naïve café — “quoted” ★",
		"e\u0301 combining",         // a mark joins the letter before it
		"flag 🇸🇪 and 👍🏽",            // emoji take two cells
		"東京 wide",                   // wide characters
		"❤\ufe0f heart",             // an emoji presentation selector
		"soft\u00adhyphen",          // takes no cell
		"tab\there",                 // a control character
		"bell\a and \x1b]0;title\a", // OSC
		"\x1b[", "\x1b[31", "\x1b",  // cut sequences
		"a\r\nb",
		"\x9b31m C1",
		string([]byte{0xff, 'a'}), // not UTF-8
		strings.Repeat("─", 40),
		"A headline of ordinary words — “quoted” · cut…",
		"narrow then 東京 wide",
		"narrow then é combining",
	} {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, ansi says %d", s, got, want)
		}
		for _, w := range []int{0, 1, 5, 12, 20} {
			if got, want := Truncate(s, w, "…"), ansi.Truncate(s, w, "…"); Width(got) > w || ansi.StringWidth(s) > w && got != want {
				t.Errorf("Truncate(%q, %d) = %q, ansi gives %q", s, w, got, want)
			}
		}
	}
}

func FuzzWidth(f *testing.F) {
	for _, s := range []string{"plain", "\x1b[1mbold\x1b[m ·", "é\u0301", "👍🏽 東京", "\x1b[?25l", "a headline — cut…"} {
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, ansi says %d", s, got, want)
		}
		w = w % 100
		if got, want := Truncate(s, w, "…"), ansi.Truncate(s, w, "…"); ansi.StringWidth(s) > w && got != want {
			t.Errorf("Truncate(%q, %d) = %q, ansi gives %q", s, w, got, want)
		}
	})
}

func BenchmarkWidth(b *testing.B) {
	line := "┃ ● \x1b[1mYsolde Stenley, the chair of Wrenfield Retail Group\x1b[m · 5 Jun 2025 · 6 speakers"
	b.Run("cells", func(b *testing.B) {
		for b.Loop() {
			Width(line)
		}
	})
	b.Run("ansi", func(b *testing.B) {
		for b.Loop() {
			ansi.StringWidth(line)
		}
	})
}
