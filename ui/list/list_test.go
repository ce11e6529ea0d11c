package list

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
)

// rows serves a window of a virtual list of n articles, as the root would.
func rows(n int, req PageRequest) Page {
	p := Page{Gen: req.Gen, Offset: req.Offset, Total: -1, Index: -1}
	if req.Count {
		p.Total = n
	}
	for i := req.Offset; i < min(n, req.Offset+req.Limit); i++ {
		p.Rows = append(p.Rows, model.Summary{ID: model.ID(fmt.Sprintf("%016d", i)), Title: fmt.Sprintf("Article %d", i)})
	}
	return p
}

func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "ctrl+d":
		return tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}
	case "G":
		return tea.KeyPressMsg{Code: 'g', ShiftedCode: 'G', Mod: tea.ModShift, Text: "G"}
	}
	return tea.KeyPressMsg{Code: []rune(s)[0], Text: s}
}

// loaded returns a focused list of n articles with its first window in.
func loaded(t *testing.T, n int) Model {
	t.Helper()
	m := New()
	m.SetSize(40, 30)
	m.Focus()
	if !m.SetPage(rows(n, m.Reset(""))) {
		t.Fatal("first page refused")
	}
	return m
}

func TestCursorKeys(t *testing.T) {
	vis := 10 // 30 lines hold 10 rows of 2 lines and 9 gaps
	tests := []struct {
		keys []string
		want int
	}{
		{[]string{"j", "j", "k"}, 1},
		{[]string{"k"}, 0},
		{[]string{"G"}, 999},
		{[]string{"G", "g"}, 0},
		{[]string{"ctrl+d"}, vis / 2},
		{[]string{"pgdown", "pgdown"}, 2 * vis},
		{[]string{"down", "up"}, 0},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			m := loaded(t, 1000)
			for _, k := range tt.keys {
				if k == "down" {
					m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
					continue
				}
				if k == "up" {
					m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyUp})
					continue
				}
				m, _ = m.Update(press(k))
			}
			if m.Cursor() != tt.want {
				t.Errorf("cursor = %d, want %d", m.Cursor(), tt.want)
			}
		})
	}
}

func TestWindowPaging(t *testing.T) {
	const n = 100_000
	m := loaded(t, n)
	if _, ok := m.NextRequest(); ok {
		t.Fatal("a request with the cursor at the top of a fresh window")
	}
	// Walk down until the list asks for more, then serve it.
	asked := 0
	for i := 0; i < 1000; i++ {
		m, _ = m.Update(press("j"))
		if req, ok := m.NextRequest(); ok {
			asked++
			if req.Offset > m.Cursor() || req.Offset+req.Limit <= m.Cursor()+Margin {
				t.Fatalf("request [%d,+%d) does not cover cursor %d", req.Offset, req.Limit, m.Cursor())
			}
			if _, again := m.NextRequest(); again {
				t.Fatal("a second request while the first is pending")
			}
			m.SetPage(rows(n, req))
		}
		if _, ok := m.Selected(); !ok {
			t.Fatalf("cursor %d not loaded", m.Cursor())
		}
	}
	if vis := 10; asked == 0 || asked > 1000/(Window/2-Margin-vis)+1 {
		t.Errorf("%d requests over 1000 rows", asked)
	}
	if len(m.rows) > Window {
		t.Errorf("the list holds %d rows, more than a window", len(m.rows))
	}

	// A jump to the end asks for the last window.
	m, _ = m.Update(press("G"))
	req, ok := m.NextRequest()
	if !ok || req.Offset+req.Limit != n {
		t.Fatalf("G asked for %+v (%v), want the last window", req, ok)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "…") {
		t.Errorf("rows not yet loaded should show as placeholders:\n%s", v)
	}
	m.SetPage(rows(n, req))
	if s, _ := m.Selected(); s.Title != fmt.Sprintf("Article %d", n-1) {
		t.Errorf("selected %q after G", s.Title)
	}
}

func TestStalePageDropped(t *testing.T) {
	m := New()
	m.SetSize(40, 30)
	old := m.Reset("")
	fresh := m.Reset("")
	if m.SetPage(rows(10, old)) {
		t.Error("a page from before Reset was used")
	}
	if !m.SetPage(rows(10, fresh)) {
		t.Error("the current page was refused")
	}
}

func TestLocate(t *testing.T) {
	m := New()
	m.SetSize(40, 30)
	req := m.Reset("0000000000000150")
	p := rows(1000, PageRequest{Gen: req.Gen, Offset: 50, Limit: Window, Count: true})
	p.Index = 150
	m.SetPage(p)
	if s, _ := m.Selected(); s.ID != "0000000000000150" {
		t.Errorf("located selection = %s", s.ID)
	}
}

func TestFilterMessages(t *testing.T) {
	m := loaded(t, 5)
	m, _ = m.Update(press("/"))
	if !m.Filtering() {
		t.Fatal("/ did not open the filter")
	}
	var ticks []tea.Cmd
	for _, k := range []string{"a", "b"} {
		var cmd tea.Cmd
		m, cmd = m.Update(press(k))
		ticks = append(ticks, cmd)
	}
	if m.FilterValue() != "ab" {
		t.Errorf("filter value %q", m.FilterValue())
	}
	// Only the newest debounce tick becomes a FilterMsg.
	var got []FilterMsg
	for _, c := range ticks {
		for _, msg := range runAll(c) {
			if tick, ok := msg.(filterTick); ok {
				_, out := m.Update(tick)
				if out != nil {
					got = append(got, out().(FilterMsg))
				}
			}
		}
	}
	if len(got) != 1 || got[0].Title != "ab" {
		t.Errorf("debounced filters %+v, want one for \"ab\"", got)
	}
	m, cmd := m.Update(press("esc"))
	if m.Filtering() || m.FilterValue() != "" {
		t.Error("esc did not close and clear the filter")
	}
	if msg, ok := cmd().(FilterMsg); !ok || msg.Title != "" {
		t.Errorf("esc gave %#v, want an empty FilterMsg", msg)
	}
}

// runAll runs a command and the batches it returns, collecting messages.
func runAll(c tea.Cmd) []tea.Msg {
	if c == nil {
		return nil
	}
	switch msg := c().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runAll(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

func TestRowView(t *testing.T) {
	m := New()
	m.SetSize(44, 9)
	req := m.Reset("")
	m.SetPage(Page{Gen: req.Gen, Total: 2, Index: -1, Rows: []model.Summary{
		{ID: "a", Title: "Bridge \x1b[2Jreopens", Category: "Local", Date: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC),
			Speakers: []string{"A", "B"}, State: model.State{Bookmarked: true}},
		{ID: "b", Title: "Ferry", State: model.State{Read: true}},
	}})
	m.SetChips([]string{"Mara Olenko"})
	got := ansi.Strip(m.View())
	want := strings.Join([]string{
		" Mara Olenko ",
		"",
		"┃ ● Bridge reopens                         ★",
		"┃   Local · 2 Jan 2025 · 2 speakers",
		"",
		"    Ferry                                   ",
		"    ",
	}, "\n")
	if got != want {
		t.Errorf("view:\n%s\nwant:\n%s", got, want)
	}
}

// TestFirstPageIsAScreenful checks that a reset asks for fewer rows than
// a window, enough for a screen and its margin, so the first frame comes
// sooner, and that the full window follows once the cursor needs it.
func TestFirstPageIsAScreenful(t *testing.T) {
	m := New()
	m.SetSize(40, 38)
	req := m.Reset("")
	if req.Limit != FirstPage || FirstPage >= Window {
		t.Fatalf("reset asked for %d rows, want %d (< %d)", req.Limit, FirstPage, Window)
	}
	m.SetPage(rows(1000, req))
	if r, ok := m.NextRequest(); ok {
		t.Errorf("the first page was not enough for the first screen: asked for %+v", r)
	}
	for range FirstPage - Margin {
		m.Move(1)
	}
	if r, ok := m.NextRequest(); !ok || r.Limit != Window {
		t.Errorf("moving down did not ask for a full window: %+v, %v", r, ok)
	}
}

func TestTitleHighlight(t *testing.T) {
	m := New()
	m.SetSize(40, 9)
	req := m.Reset("")
	m.SetPage(Page{Gen: req.Gen, Total: 1, Index: -1, Rows: []model.Summary{
		{ID: "a", Title: "Ferry talks stall as ferry crews strike for a week"},
	}})
	m.SetHighlight(func(text string) [][2]int {
		var out [][2]int
		lower := strings.ToLower(text)
		for i := 0; ; {
			j := strings.Index(lower[i:], "ferry")
			if j < 0 {
				return out
			}
			out = append(out, [2]int{i + j, i + j + 5})
			i += j + 5
		}
	})
	view := m.View()
	if got := strings.Count(view, m.Styles.Match.Render("Ferry")) + strings.Count(view, m.Styles.Match.Render("ferry")); got != 2 {
		t.Errorf("%d marked words, want both ferries:\n%q", got, view)
	}
	if plain := ansi.Strip(view); !strings.Contains(plain, "● Ferry talks stall as ferry crews") ||
		!strings.Contains(plain, "┃   strike for a week\n") {
		t.Errorf("the title is not wrapped on two lines:\n%s", plain)
	}
	// A match the cut goes through is not marked.
	m.SetSize(18, 9)
	view = m.View()
	if strings.Contains(view, m.Styles.Match.Render("ferr")) || !strings.Contains(view, m.Styles.Match.Render("Ferry")) {
		t.Errorf("marks at the cut:\n%q", view)
	}
}
