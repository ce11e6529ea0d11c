package speakers

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
)

func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	return tea.KeyPressMsg{Code: []rune(s)[0], Text: s}
}

func sidebar() Model {
	m := New()
	m.SetSize(30, 12)
	m.Focus()
	m.SetSpeakers([]model.SpeakerCount{
		{Speaker: model.Speaker{Name: "Mara Olenko", Kind: model.Person, Quotes: 12}, Articles: 4},
		{Speaker: model.Speaker{Name: "Eastmere Harbour Authority", Kind: model.Organization, Quotes: 7}, Articles: 3},
		{Speaker: model.Speaker{Name: "Tomas \x1b[31mReyvik", Kind: model.Person, Quotes: 2}, Articles: 2},
	}, false)
	return m
}

func TestToggleAndQuotesMessages(t *testing.T) {
	m := sidebar()
	m, _ = m.Update(press("j"))
	_, cmd := m.Update(press("enter"))
	if msg, ok := cmd().(ToggleMsg); !ok || msg.Key != "eastmere harbour authority" {
		t.Errorf("enter gave %#v", msg)
	}
	_, cmd = m.Update(press("o"))
	if msg, ok := cmd().(QuotesMsg); !ok || msg.Name != "Eastmere Harbour Authority" {
		t.Errorf("o gave %#v", msg)
	}
	m.Blur()
	if _, cmd := m.Update(press("enter")); cmd != nil {
		t.Error("a blurred sidebar acted on a key")
	}
}

func TestView(t *testing.T) {
	m := sidebar()
	m.SetActive([]string{"mara olenko"})
	got := ansi.Strip(m.View())
	want := strings.Join([]string{
		" ○ person  □ organisation",
		"",
		"┃ ● Mara Olenko             12",
		"  □ Eastmere Harbour Autho…  7",
		"  ○ Tomas Reyvik             2",
	}, "\n")
	if got != want {
		t.Errorf("view:\n%s\nwant:\n%s", got, want)
	}
}

func TestSetSpeakersKeepsCursor(t *testing.T) {
	m := sidebar()
	m, _ = m.Update(press("j"))
	m.SetSpeakers([]model.SpeakerCount{
		{Speaker: model.Speaker{Name: "Someone New", Quotes: 20}},
		{Speaker: model.Speaker{Name: "Mara Olenko", Quotes: 12}},
		{Speaker: model.Speaker{Name: "Eastmere Harbour Authority", Kind: model.Organization, Quotes: 7}},
	}, false)
	if s, _ := m.Selected(); s.Name != "Eastmere Harbour Authority" {
		t.Errorf("cursor moved to %q", s.Name)
	}
}

func TestQuoteView(t *testing.T) {
	m := sidebar()
	day := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	m.ShowQuotes("Mara Olenko", []model.QuoteRef{
		{Quote: model.Quote{Speaker: "Mara Olenko", Text: "We are ready"}, Article: "a1", Title: "Harbour reopens", Date: day},
		{Quote: model.Quote{Speaker: "Mara Olenko", Text: strings.Repeat("a long quote that wraps ", 10)}, Article: "a2", Title: "Ferry"},
		{Quote: model.Quote{Speaker: "Mara Olenko", Text: "Third"}, Article: "a3", Title: "Bridge"},
	})
	if !m.InQuotes() {
		t.Fatal("quote view not open")
	}
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "‹ Mara Olenko · 3 quotes") || !strings.Contains(v, "“We are ready”") ||
		!strings.Contains(v, "Harbour reopens · 1 May 2025") {
		t.Errorf("quote view:\n%s", v)
	}
	if lines := strings.Split(v, "\n"); len(lines) > 12 {
		t.Errorf("quote view is %d lines in a 12-line pane", len(lines))
	}
	m, _ = m.Update(press("j"))
	m, _ = m.Update(press("j"))
	_, cmd := m.Update(press("enter"))
	if msg, ok := cmd().(OpenMsg); !ok || msg.Ref.Article != "a3" {
		t.Errorf("enter on the third quote gave %#v", msg)
	}
	// The long quote took four lines: the cursor entry must be on screen.
	if i, ok := m.RowAt(strings.Count(ansi.Strip(m.View()), "\n")); ok && i < m.quotes.top {
		t.Errorf("row lookup before the top entry")
	}
	if !strings.Contains(ansi.Strip(m.View()), "Third") {
		t.Errorf("the selected quote scrolled out of view:\n%s", ansi.Strip(m.View()))
	}
	m, _ = m.Update(press("esc"))
	if m.InQuotes() {
		t.Error("esc did not leave the quote view")
	}
}

func TestSavedSearches(t *testing.T) {
	m := sidebar()
	m.SetSaved([]string{"speaker:olenko", "ferry \x1b[2J-strike"})
	m, _ = m.Update(press("S"))
	if !m.InSaved() {
		t.Fatal("S did not open the saved searches")
	}
	view := ansi.Strip(m.View())
	if !strings.Contains(view, "⌕ speaker:olenko") || !strings.Contains(view, "⌕ ferry -strike") {
		t.Errorf("view:\n%s", view)
	}
	m, _ = m.Update(press("j"))
	_, cmd := m.Update(press("enter"))
	if msg, ok := cmd().(SearchMsg); !ok || msg.Query != "ferry -strike" {
		t.Errorf("enter gave %#v", msg)
	}
	_, cmd = m.Update(press("x"))
	if msg, ok := cmd().(ForgetMsg); !ok || msg.Query != "ferry -strike" {
		t.Errorf("x gave %#v", msg)
	}
	if i, ok := m.RowAt(2); !ok || i != 0 {
		t.Errorf("RowAt(2) = %d, %v", i, ok)
	}
	m, _ = m.Update(press("esc"))
	if m.InSaved() || !strings.Contains(ansi.Strip(m.View()), "Mara Olenko") {
		t.Errorf("esc did not go back to the speakers:\n%s", ansi.Strip(m.View()))
	}
	m.SetSaved(nil)
	m.ShowSaved()
	if !strings.Contains(ansi.Strip(m.View()), "None yet") {
		t.Errorf("no placeholder:\n%s", ansi.Strip(m.View()))
	}
}

// The feeds view's cursor follows the list's entry when new rows come
// (the counts' rows first, the feeds' later, as a reopened reader gets
// them), but stays on a row the user moved to.
func TestSetEntriesCursor(t *testing.T) {
	base := []Entry{{Kind: AllEntry, Label: "All articles"}, {Kind: UnreadEntry, Label: "Unread"}, {Kind: BookmarkedEntry, Label: "Bookmarked"}}
	full := append(append([]Entry(nil), base...),
		Entry{Kind: FolderEntry, Label: "Coast", Folder: "Coast"},
		Entry{Kind: FeedEntry, Label: "Wire", Feed: "https://wire.example/feed", Folder: "Coast"})

	m := sidebar()
	m.ShowFeeds()
	m.SetEntries(base, 0) // the counts, before the feeds: the folder has no row yet
	m.SetEntries(full, 3) // the feeds: the list shows the Coast folder
	if e, ok := m.SelectedEntry(); !ok || e.Folder != "Coast" || e.Kind != FolderEntry {
		t.Errorf("cursor on %+v, want the Coast folder the list shows", e)
	}

	m, _ = m.Update(press("j")) // the user moves to the Wire feed
	m.SetEntries(full, 3)       // fresh counts
	if e, ok := m.SelectedEntry(); !ok || e.Kind != FeedEntry {
		t.Errorf("cursor on %+v after fresh counts, want the Wire feed the user chose", e)
	}
}
