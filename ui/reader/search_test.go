package reader

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// wordLight is a Highlighter marking every "ferry".
func wordLight(text string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.Index(text[i:], "ferry")
		if j < 0 {
			return out
		}
		out = append(out, [2]int{i + j, i + j + len("ferry")})
		i += j + len("ferry")
	}
}

func TestMarkSpans(t *testing.T) {
	line := "\x1b[1mThe\x1b[m ferry and the \x1b[3mferry\x1b[m."
	got := markSpans(line, wordLight(ansi.Strip(line)))
	want := "\x1b[1mThe\x1b[m \x1b[7mferry\x1b[27m and the \x1b[3m\x1b[7mferry\x1b[27m\x1b[m."
	if got != want {
		t.Errorf("markSpans:\n got %q\nwant %q", got, want)
	}
	if ansi.Strip(got) != ansi.Strip(line) {
		t.Error("marking changed the text")
	}
}

func TestMatchJumps(t *testing.T) {
	m := New()
	m.SetSize(40, 9)
	m.Focus()
	k := Key{ID: "a", Width: 40}
	m.Want(k)
	lines := make([]string, 100)
	for i := range lines {
		lines[i] = fmt.Sprintf("line %d", i)
	}
	for _, i := range []int{1, 40, 80} {
		lines[i] += " ferry"
	}
	m.SetRendered(Rendered{Key: k, Content: strings.Join(lines, "\n")})
	if _, n := m.Matches(); n != 0 {
		t.Fatalf("%d matches before a highlighter", n)
	}
	m.SetHighlight(wordLight)
	if at, n := m.Matches(); at != 0 || n != 3 {
		t.Fatalf("Matches = %d of %d, want 0 of 3", at, n)
	}
	if !strings.Contains(m.View(), "\x1b[7mferry\x1b[27m") {
		t.Errorf("the match on screen is not marked:\n%q", m.View())
	}
	n := tea.KeyPressMsg{Code: 'n', Text: "n"}
	shiftN := tea.KeyPressMsg{Code: 'n', ShiftedCode: 'N', Mod: tea.ModShift, Text: "N"}
	top := func() string { return strings.SplitN(ansi.Strip(m.View()), "\n", 2)[0] }
	for _, want := range []struct {
		key tea.KeyPressMsg
		at  int
		top string
	}{
		{n, 1, "line 0"},       // line 1, a third down a pane at the top
		{n, 2, "line 37"},      // line 40, three lines down
		{n, 3, "line 77"},      // line 80
		{n, 1, "line 0"},       // around to the first
		{shiftN, 3, "line 77"}, // and back round to the last
	} {
		m, _ = m.Update(want.key)
		if at, _ := m.Matches(); at != want.at || top() != want.top {
			t.Errorf("%s: at match %d, top %q; want %d, %q", want.key, at, top(), want.at, want.top)
		}
	}
	// Scrolled elsewhere, n goes to the first match below the top.
	m, _ = m.Update(tea.KeyPressMsg{Code: 'g', Text: "g"})
	for range 10 {
		m, _ = m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	}
	m, _ = m.Update(n)
	if at, _ := m.Matches(); at != 2 {
		t.Errorf("n from line 10: at match %d, want 2", at)
	}
	m.SetHighlight(nil)
	if _, n := m.Matches(); n != 0 || strings.Contains(m.View(), "\x1b[7m") {
		t.Error("clearing the highlighter left marks")
	}
}
