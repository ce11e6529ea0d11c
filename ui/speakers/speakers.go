// Package speakers is the sidebar of people and organisations quoted in the
// articles in view, most quoted first. Enter toggles a speaker as a list
// filter; o opens every quote of a speaker across the store, each of which
// opens its article. The pane asks for all of this through messages the
// root answers, and does no I/O itself.
package speakers

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/ui/theme"
)

// ToggleMsg asks for a speaker filter to be turned on or off.
type ToggleMsg struct{ Key, Name string }

// QuotesMsg asks for the quotes of a speaker, for the quote view.
type QuotesMsg struct{ Key, Name string }

// MoreMsg asks for more speakers: the cursor is near the end of those
// loaded and the store holds more.
type MoreMsg struct{}

// OpenMsg asks for the article of a quote to be opened.
type OpenMsg struct{ Ref model.QuoteRef }

// KeyMap is the sidebar's key bindings.
type KeyMap struct {
	Up, Down         key.Binding
	HalfUp, HalfDown key.Binding
	Top, Bottom      key.Binding
	Toggle           key.Binding // filter by the speaker; in the quote view, open the article
	Quotes           key.Binding
	Back             key.Binding // leave the quote view or the saved searches
	Saved            key.Binding // show the saved searches
	Forget           key.Binding // forget the saved search under the cursor
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		HalfUp:   key.NewBinding(key.WithKeys("ctrl+u", "pgup"), key.WithHelp("ctrl+u", "half page up")),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d", "pgdown"), key.WithHelp("ctrl+d", "half page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		Toggle:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "filter by speaker")),
		Quotes:   key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "all their quotes")),
		Back:     key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back to speakers")),
		Saved:    key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "saved searches")),
		Forget:   key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "forget search")),
	}
}

// Model is the speaker sidebar.
type Model struct {
	KeyMap KeyMap
	Styles theme.Speakers

	width, height int
	focused       bool

	speakers []model.SpeakerCount // names sanitised
	countW   int                  // the widest quote count, in digits
	loaded   bool
	more     bool     // the store holds speakers past those loaded
	asked    bool     // MoreMsg sent, its answer not yet here
	active   []string // speaker keys filtered on
	cursor   int
	top      int

	quotes quoteView
	saved  savedView
	feeds  feedsView
}

// New returns an empty sidebar.
func New() Model {
	return Model{KeyMap: DefaultKeyMap(), Styles: theme.New(true, false).Speakers}
}

// SetSize sets the pane's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.quotes.layout(w)
	m.clamp()
	m.saved.clamp(h)
	m.feeds.clamp(h)
}

func (m *Model) Focus()       { m.focused = true }
func (m *Model) Blur()        { m.focused = false }
func (m Model) Focused() bool { return m.focused }

// InQuotes reports whether the pane shows the quote view.
func (m Model) InQuotes() bool { return m.quotes.open }

// SetSpeakers replaces the speakers shown, keeping the cursor on the same
// speaker when it is still there.
func (m *Model) SetSpeakers(sp []model.SpeakerCount, more bool) {
	m.more, m.asked = more, false
	var at string
	if s, ok := m.Selected(); ok {
		at = s.FilterKey()
	}
	m.speakers = make([]model.SpeakerCount, len(sp))
	m.cursor, m.countW = 0, 1
	for i, s := range sp {
		s.Name = model.SanitizeLine(s.Name)
		m.speakers[i] = s
		m.countW = max(m.countW, len(strconv.Itoa(s.Quotes)))
		if at != "" && s.FilterKey() == at {
			m.cursor = i
		}
	}
	m.loaded = true
	m.clamp()
}

// HasMore reports whether the store holds speakers past those loaded.
func (m Model) HasMore() bool { return m.more }

// Len is the number of speakers shown.
func (m Model) Len() int { return len(m.speakers) }

// SetActive sets the speaker keys the list is filtered by.
func (m *Model) SetActive(keys []string) { m.active = keys }

// Selected returns the speaker under the cursor.
func (m Model) Selected() (model.SpeakerCount, bool) {
	if m.cursor < 0 || m.cursor >= len(m.speakers) {
		return model.SpeakerCount{}, false
	}
	return m.speakers[m.cursor], true
}

// ShowQuotes opens the quote view on a speaker's quotes.
func (m *Model) ShowQuotes(name string, refs []model.QuoteRef) {
	m.saved.open, m.feeds.open = false, false
	m.quotes.set(name, refs, m.width)
}

// CloseQuotes goes back from the quote view to the speakers.
func (m *Model) CloseQuotes() { m.quotes.open = false }

// SelectedQuote returns the quote under the cursor of the quote view.
func (m Model) SelectedQuote() (model.QuoteRef, bool) { return m.quotes.selected() }

// RowAt returns the index of the speaker, or of the quote in the quote
// view, drawn at line y of the pane, for mouse clicks.
func (m Model) RowAt(y int) (int, bool) {
	if m.feeds.open {
		i := m.feeds.top + y - headerLines
		return i, y >= headerLines && i < len(m.feeds.entries)
	}
	if m.saved.open {
		i := m.saved.top + y - headerLines
		return i, y >= headerLines && i < len(m.saved.queries)
	}
	if m.quotes.open {
		return m.quotes.entryAt(y, m.height)
	}
	i := m.top + y - headerLines
	return i, y >= headerLines && i < len(m.speakers)
}

// Select moves the cursor to row i.
func (m *Model) Select(i int) {
	if m.feeds.open {
		m.feeds.cursor = i
		m.feeds.clamp(m.height)
		return
	}
	if m.saved.open {
		m.saved.cursor = i
		m.saved.clamp(m.height)
		return
	}
	if m.quotes.open {
		m.quotes.cursor = i
		m.quotes.clamp(m.height)
		return
	}
	m.cursor = i
	m.clamp()
}

// Move moves the cursor by delta rows, as the mouse wheel does.
func (m *Model) Move(delta int) {
	if m.feeds.open {
		m.Select(m.feeds.cursor + delta)
		return
	}
	if m.saved.open {
		m.Select(m.saved.cursor + delta)
		return
	}
	if m.quotes.open {
		m.Select(m.quotes.cursor + delta)
		return
	}
	m.Select(m.cursor + delta)
}

// Update handles keys for the focused sidebar.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !m.focused {
		return m, nil
	}
	cur := m.cursor
	switch {
	case m.feeds.open:
		cur = m.feeds.cursor
	case m.saved.open:
		cur = m.saved.cursor
	case m.quotes.open:
		cur = m.quotes.cursor
	}
	half := max(1, m.height/2)
	switch {
	case key.Matches(k, m.KeyMap.Up):
		cur--
	case key.Matches(k, m.KeyMap.Down):
		cur++
	case key.Matches(k, m.KeyMap.HalfUp):
		cur -= half
	case key.Matches(k, m.KeyMap.HalfDown):
		cur += half
	case key.Matches(k, m.KeyMap.Top):
		cur = 0
	case key.Matches(k, m.KeyMap.Bottom):
		cur = max(len(m.speakers), len(m.quotes.refs), len(m.saved.queries), len(m.feeds.entries))
	case m.feeds.open && key.Matches(k, m.KeyMap.Back):
		m.feeds.open = false
		return m, nil
	case m.feeds.open && key.Matches(k, m.KeyMap.Toggle):
		if e, ok := m.feeds.selected(); ok {
			return m, func() tea.Msg { return FeedMsg{Entry: e} }
		}
		return m, nil
	case m.feeds.open:
		return m, nil
	case m.saved.open && key.Matches(k, m.KeyMap.Back), m.saved.open && key.Matches(k, m.KeyMap.Saved):
		m.saved.open = false
		return m, nil
	case m.saved.open && key.Matches(k, m.KeyMap.Toggle):
		if q, ok := m.saved.selected(); ok {
			return m, func() tea.Msg { return SearchMsg{Query: q} }
		}
		return m, nil
	case m.saved.open && key.Matches(k, m.KeyMap.Forget):
		if q, ok := m.saved.selected(); ok {
			return m, func() tea.Msg { return ForgetMsg{Query: q} }
		}
		return m, nil
	case m.saved.open:
		return m, nil
	case key.Matches(k, m.KeyMap.Saved):
		m.ShowSaved()
		return m, nil
	case m.quotes.open && key.Matches(k, m.KeyMap.Back):
		m.quotes.open = false
		return m, nil
	case m.quotes.open && key.Matches(k, m.KeyMap.Toggle):
		if r, ok := m.quotes.selected(); ok {
			return m, func() tea.Msg { return OpenMsg{Ref: r} }
		}
		return m, nil
	case key.Matches(k, m.KeyMap.Toggle):
		if s, ok := m.Selected(); ok {
			return m, func() tea.Msg { return ToggleMsg{Key: s.FilterKey(), Name: s.Name} }
		}
		return m, nil
	case key.Matches(k, m.KeyMap.Quotes):
		if s, ok := m.Selected(); ok && !m.quotes.open {
			return m, func() tea.Msg { return QuotesMsg{Key: s.FilterKey(), Name: s.Name} }
		}
		return m, nil
	default:
		return m, nil
	}
	m.Select(cur)
	if m.more && !m.asked && !m.quotes.open && !m.saved.open && !m.feeds.open && m.cursor >= len(m.speakers)-m.height {
		m.asked = true
		return m, func() tea.Msg { return MoreMsg{} }
	}
	return m, nil
}

// headerLines is the legend above the speaker rows.
const headerLines = 2

// clamp keeps the cursor on a speaker and in view.
func (m *Model) clamp() {
	m.cursor, m.top = clampRows(m.cursor, m.top, len(m.speakers), m.height)
	m.quotes.clamp(m.height)
}

// clampRows keeps a cursor over n one-line rows on a row and in view
// in a pane paneHeight lines tall under its header, and returns it with
// the first row shown. The speakers, the feeds view and the saved
// searches all scroll this way.
func clampRows(cursor, top, n, paneHeight int) (int, int) {
	cursor = max(0, min(cursor, n-1))
	vis := max(1, paneHeight-headerLines)
	if cursor < top {
		top = cursor
	}
	if cursor >= top+vis {
		top = cursor - vis + 1
	}
	return cursor, max(0, min(top, n-vis))
}
