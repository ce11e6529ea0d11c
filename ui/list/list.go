// Package list is the article list pane: a cursor over every article the
// filter selects, of which only a window of rows around the cursor is ever
// held. It asks for rows through PageRequest values the root answers, and
// does no I/O itself.
package list

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/ui/theme"
)

// FilterDebounce is how long typing must pause before a search is run,
// so each keystroke does not reload the list.
const FilterDebounce = 150 * time.Millisecond

// rowHeight is the lines one article takes: a title of one or two lines,
// meta, and a gap when the title took one.
const rowHeight = 3

// FilterMsg carries the search typed once typing has paused. The list
// does not read it: the root parses and runs it.
type FilterMsg struct{ Title string }

// Highlighter finds the words of a text a search matched, as [start, end)
// byte ranges in order; the root supplies it, so the pane need not know
// the query language.
type Highlighter func(text string) [][2]int

// filterTick is a debounce timer; only the newest one becomes a FilterMsg.
type filterTick struct {
	seq   int
	title string
}

// Model is the article list.
type Model struct {
	KeyMap KeyMap
	Styles theme.List

	width, height int
	focused       bool

	gen     int // bumped by Reset: pages of an older gen are stale
	total   int
	loaded  bool // the first page since Reset arrived
	offset  int  // absolute index of rows[0]
	rows    []model.Summary
	metas   []string // each row's metadata line, made as the rows arrive
	pending *PageRequest

	cursor int // absolute index of the selected article
	top    int // absolute index of the first visible article

	chips     []string
	input     textinput.Model
	filterSeq int
	highlight Highlighter // nil when no search is on
}

// New returns an empty list with default keys and dark styles.
func New() Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = `words, "a phrase", speaker:, said:, is:unread`
	in.CharLimit = 1000
	t := theme.New(true, false)
	m := Model{KeyMap: DefaultKeyMap(), input: in}
	m.SetStyles(t.List, t.Input)
	return m
}

// SetStyles sets the list's styles and its filter input's.
func (m *Model) SetStyles(s theme.List, in textinput.Styles) {
	m.Styles = s
	m.input.SetStyles(in)
}

// SetSize sets the pane's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.SetWidth(max(1, w-4))
	m.clamp()
}

// Focus and Blur tell the list whether its keys are live, which changes
// how the cursor is drawn.
func (m *Model) Focus()         { m.focused = true }
func (m *Model) Blur()          { m.focused = false }
func (m Model) Focused() bool   { return m.focused }
func (m Model) Total() int      { return m.total }
func (m Model) Cursor() int     { return m.cursor }
func (m Model) Loaded() bool    { return m.loaded }
func (m Model) Filtering() bool { return m.input.Focused() }

// FilterValue is the title filter as typed.
func (m Model) FilterValue() string { return m.input.Value() }

// SetFilterValue sets the title filter without applying it, as when a
// session is restored.
func (m *Model) SetFilterValue(s string) { m.input.SetValue(s) }

// SetHighlight sets what marks the search's matches in titles; nil
// marks nothing.
func (m *Model) SetHighlight(h Highlighter) { m.highlight = h }

// SetChips sets the names of the active speaker filters shown above the rows.
func (m *Model) SetChips(names []string) { m.chips = names; m.clamp() }

// Selected returns the article under the cursor, when its row is loaded.
func (m Model) Selected() (model.Summary, bool) { return m.row(m.cursor) }

// StartFilter focuses the title filter input.
func (m *Model) StartFilter() tea.Cmd { m.clamp(); return m.input.Focus() }

// Select moves the cursor to absolute index i.
func (m *Model) Select(i int) { m.cursor = i; m.clamp() }

// Move moves the cursor by delta rows, as the mouse wheel does.
func (m *Model) Move(delta int) { m.cursor += delta; m.clamp() }

// RowAt returns the absolute index of the article drawn at line y of the
// pane, for mouse clicks.
func (m Model) RowAt(y int) (int, bool) {
	y -= m.headerLines()
	if y < 0 {
		return 0, false
	}
	i := m.top + y/rowHeight
	return i, i < m.total
}

// Update handles keys for the focused list and the filter debounce timer.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case filterTick:
		if msg.seq != m.filterSeq {
			return m, nil
		}
		return m, func() tea.Msg { return FilterMsg{Title: msg.title} }
	case tea.KeyPressMsg:
		if m.input.Focused() {
			return m.updateFilter(msg)
		}
		if !m.focused {
			return m, nil
		}
		return m.updateKeys(msg)
	}
	return m, nil
}

func (m Model) updateKeys(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	vis := m.visible()
	switch {
	case key.Matches(msg, m.KeyMap.Up):
		m.cursor--
	case key.Matches(msg, m.KeyMap.Down):
		m.cursor++
	case key.Matches(msg, m.KeyMap.HalfUp):
		m.cursor -= max(1, vis/2)
	case key.Matches(msg, m.KeyMap.HalfDown):
		m.cursor += max(1, vis/2)
	case key.Matches(msg, m.KeyMap.PageUp):
		m.cursor -= vis
	case key.Matches(msg, m.KeyMap.PageDown):
		m.cursor += vis
	case key.Matches(msg, m.KeyMap.Top):
		m.cursor = 0
	case key.Matches(msg, m.KeyMap.Bottom):
		m.cursor = m.total - 1
	case key.Matches(msg, m.KeyMap.Filter):
		m.clamp()
		return m, m.StartFilter()
	}
	m.clamp()
	return m, nil
}

// updateFilter feeds keys to the title input and debounces its changes.
func (m Model) updateFilter(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.KeyMap.AcceptFilter):
		m.input.Blur()
		m.clamp()
		return m, nil
	case key.Matches(msg, m.KeyMap.CancelFilter):
		m.input.Blur()
		m.input.Reset()
		m.filterSeq++
		m.clamp()
		return m, func() tea.Msg { return FilterMsg{} }
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if v := m.input.Value(); v != before {
		m.filterSeq++
		tick := filterTick{seq: m.filterSeq, title: v}
		cmd = tea.Batch(cmd, tea.Tick(FilterDebounce, func(time.Time) tea.Msg { return tick }))
	}
	return m, cmd
}

// visible is how many articles fit in the pane.
func (m Model) visible() int {
	return max(1, (m.height-m.headerLines()+1)/rowHeight) // no gap after the last row
}

// headerLines counts the lines above the rows: chips and the filter input.
func (m Model) headerLines() int {
	n := 0
	if len(m.chips) > 0 {
		n++
	}
	if m.input.Focused() || m.input.Value() != "" {
		n++
	}
	if n > 0 {
		n++ // a blank line before the rows
	}
	return n
}

// clamp keeps the cursor on an article and in view.
func (m *Model) clamp() {
	m.cursor = max(0, min(m.cursor, m.total-1))
	vis := m.visible()
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+vis {
		m.top = m.cursor - vis + 1
	}
	m.top = max(0, min(m.top, m.total-vis))
}
