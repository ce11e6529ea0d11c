package ui

import (
	"context"
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/ui/list"
	"soundbite/ui/theme"
)

// globalKey handles the bindings that work whatever pane has focus. It
// reports whether the key was one of them.
func (m *Model) globalKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	keys := m.keys
	switch {
	case key.Matches(k, keys.Quit) && m.focus != focusList,
		key.Matches(k, keys.Back) && m.focus == focusReader:
		m.setFocus(focusList)
	case key.Matches(k, keys.Quit, keys.QuitNow, keys.Interrupt):
		return m.quit(), true
	case key.Matches(k, keys.Suspend):
		// bubbletea gives the terminal back before the process stops and
		// takes it again, redrawing, when the shell resumes it.
		return tea.Suspend, true
	case key.Matches(k, keys.SaveSearch):
		return saveSearch(m.store, m.queryText, false), true
	case key.Matches(k, keys.Help):
		m.helpPage = 1
		m.relayout()
	case key.Matches(k, keys.Zoom) && m.focus == focusReader:
		m.zoom = !m.zoom
		m.relayout()
	case key.Matches(k, m.keys.List.Filter) && m.focus != focusList:
		m.setFocus(focusList)
		return m.list.StartFilter(), true
	case key.Matches(k, keys.Back) && m.focus == focusList && m.searching():
		m.list.SetFilterValue("")
		return m.runSearch(""), true
	case key.Matches(k, keys.NextPane):
		m.cycleFocus(1)
	case key.Matches(k, keys.PrevPane):
		m.cycleFocus(-1)
	case key.Matches(k, keys.Left):
		m.stepFocus(-1)
	case key.Matches(k, keys.Right):
		m.stepFocus(1)
	case key.Matches(k, keys.Sidebar):
		m.side = !m.side
		if m.side {
			m.setFocus(focusSpeakers)
		} else if m.focus == focusSpeakers {
			m.setFocus(focusList)
		}
	case key.Matches(k, keys.Bookmark):
		return m.toggleState(func(s model.State) model.State { s.Bookmarked = !s.Bookmarked; return s }), true
	case key.Matches(k, keys.Read):
		return m.toggleState(func(s model.State) model.State { s.Read = !s.Read; return s }), true
	case key.Matches(k, keys.UnreadOnly):
		m.filter.Unread = !m.filter.Unread
		return m.reload(m.selected, list.Window), true
	case key.Matches(k, keys.Bookmarks):
		m.filter.Bookmarked = !m.filter.Bookmarked
		return m.reload(m.selected, list.Window), true
	case key.Matches(k, keys.MarkAllRead):
		return m.askMarkAll(), true
	case key.Matches(k, keys.Feeds):
		m.showFeeds()
	case key.Matches(k, keys.Delete):
		return m.askDelete(), true
	case key.Matches(k, keys.Refresh):
		return m.startRefresh(), true
	// The sidebar's own o (a speaker's quotes) wins there.
	case key.Matches(k, keys.OpenLink) && m.focus != focusSpeakers:
		return articleLink(m.store, m.linkTarget(), false), true
	case key.Matches(k, keys.CopyLink):
		return articleLink(m.store, m.linkTarget(), true), true
	case key.Matches(k, keys.ClearFilters) && !(m.focus == focusSpeakers && (m.speakers.InQuotes() || m.speakers.InFeeds())):
		m.filter.Speakers = nil
		return m.reload(m.selected, list.Window), true
	default:
		return nil, false
	}
	return nil, true
}

// quit saves where the reader is and ends the program.
func (m *Model) quit() tea.Cmd {
	if m.cancelRefresh != nil {
		m.cancelRefresh()
	}
	return saveSession(m.store, m.session())
}

// helpKey handles a key while the full help is open: ? turns the page
// and closes it after the last, esc and q close it, and any other key
// closes it and goes on to do what it does.
func (m *Model) helpKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(k, m.keys.Help):
		m.helpPage++
		if m.helpPage > m.helpPageCount() {
			m.helpPage = 0
		}
	case key.Matches(k, m.keys.Back, m.keys.Quit):
		m.helpPage = 0
	default:
		m.helpPage = 0
		m.relayout()
		return nil, false
	}
	m.relayout()
	return nil, true
}

// open shows an article in the reader, focuses the reader and marks the
// article read.
func (m *Model) open(id model.ID) tea.Cmd {
	if id == "" {
		return nil
	}
	m.article = id
	m.setFocus(focusReader)
	read := func(s model.State) model.State { s.Read = true; return s }
	var mark tea.Cmd
	row, ok := m.list.Find(id)
	switch {
	case !ok:
		mark = toggleStored(m.store, id, read)
	case !row.State.Read:
		mark = m.setState(row, read(row.State))
	}
	if ok {
		m.showHeading(row)
	}
	return tea.Batch(m.syncReader(true), mark)
}

// toggleState flips a state of the article in the reader.
func (m *Model) toggleState(flip func(model.State) model.State) tea.Cmd {
	if m.article == "" {
		return nil
	}
	if row, ok := m.list.Find(m.article); ok {
		return m.setState(row, flip(row.State))
	}
	return toggleStored(m.store, m.article, flip)
}

// setState shows a row's new state at once and writes it after.
func (m *Model) setState(row model.Summary, next model.State) tea.Cmd {
	m.list.SetState(row.ID, next)
	return writeState(m.store, row.ID, row.State, next)
}

// written takes the outcome of a state write: on failure the row goes back
// and the error shows; either way the counts are fetched again.
func (m *Model) written(msg writeMsg) tea.Cmd {
	if msg.err != nil {
		if msg.prev != msg.next {
			m.list.SetState(msg.id, msg.prev)
		}
		m.setError(fmt.Errorf("could not %w", msg.err))
		return nil
	}
	m.list.SetState(msg.id, msg.next)
	return loadCounts(m.store)
}

// reload starts the list over for the current filter, keeping the given
// article selected when it is among the first depth articles, and reloads
// what depends on the filter: the counts and the speakers. A filter change
// looks no deeper than the first page, so that it stays quick; a restored
// session or a refresh looks further. The speakers load once the list is
// shown: on two cores they would otherwise hold the list back.
func (m *Model) reload(keep model.ID, depth int) tea.Cmd {
	m.list.SetChips(m.chipNames())
	m.speakers.SetActive(m.filter.Speakers)
	m.speakersGen++
	m.speakerLimit = speakerLimit
	return tea.Batch(
		loadPageThen(m.store, m.filter, m.query, m.list.Reset(keep), depth,
			loadSpeakers(m.store, m.filter, m.speakersGen, m.speakerLimit)),
		loadCounts(m.store),
		loadFeeds(m.store),
	)
}

// toggleSpeaker turns a speaker filter on or off.
func (m *Model) toggleSpeaker(k, name string) tea.Cmd {
	m.names[k] = name
	if i := slices.Index(m.filter.Speakers, k); i >= 0 {
		m.filter.Speakers = slices.Delete(slices.Clone(m.filter.Speakers), i, i+1)
	} else {
		m.filter.Speakers = append(slices.Clone(m.filter.Speakers), k)
	}
	return m.reload(m.selected, list.Window)
}

// setSpeakers shows the sidebar's speakers unless a later filter change
// has asked for others since.
func (m *Model) setSpeakers(msg speakersMsg) {
	if msg.gen != m.speakersGen {
		return
	}
	if msg.err != nil {
		m.setError(msg.err)
		return
	}
	m.speakers.SetSpeakers(msg.speakers, len(msg.speakers) >= msg.limit)
	for _, s := range msg.speakers {
		m.names[s.FilterKey()] = model.SanitizeLine(s.Name)
		forms := []string{s.Key()}
		for _, al := range s.Aliases {
			forms = append(forms, model.SpeakerKey(al))
		}
		m.forms[s.FilterKey()] = forms
	}
	m.list.SetChips(m.chipNames())
}

// moreSpeakers asks for twice as many speakers as the sidebar holds, as
// its cursor nears the end of them.
func (m *Model) moreSpeakers() tea.Cmd {
	m.speakerLimit *= 2
	return loadSpeakers(m.store, m.filter, m.speakersGen, m.speakerLimit)
}

// chipNames names the active speaker filters, by key until a name is known.
func (m *Model) chipNames() []string {
	var out []string
	if c := m.feedChip(); c != "" {
		out = append(out, c)
	}
	for _, k := range m.filter.Speakers {
		n := m.names[k]
		if n == "" {
			n = model.SanitizeLine(k)
		}
		out = append(out, n)
	}
	return out
}

// focusKeys are the speakers whose quotes the reader highlights: the active
// filters, the speaker whose quote opened the article, and the speaker or
// quote under the sidebar cursor; a speaker by every name their articles
// use.
func (m *Model) focusKeys() []string {
	var keys []string
	for _, k := range m.filter.Speakers {
		keys = append(append(keys, k), m.forms[k]...)
	}
	if m.quoteOf != "" {
		keys = append(keys, m.quoteOf)
	}
	if m.focus == focusSpeakers {
		if q, ok := m.speakers.SelectedQuote(); ok {
			keys = append(keys, model.SpeakerKey(q.Speaker))
		} else if s, ok := m.speakers.Selected(); ok && !m.speakers.InQuotes() {
			keys = append(append(keys, s.Key()), m.forms[s.FilterKey()]...)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// startRefresh runs Options.Feeds, unless it is missing or running.
func (m *Model) startRefresh() tea.Cmd {
	switch {
	case m.refresh == nil:
		m.status = status{text: "Refreshing is not set up: add feeds from the command line first."}
		return nil
	case m.refreshCh != nil:
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.refreshCh, m.cancelRefresh = make(chan tea.Msg, 1), cancel
	m.status = status{text: "Refreshing…", busy: true}
	return tea.Batch(startRefresh(ctx, m.refresh, m.refreshCh), waitRefresh(m.refreshCh))
}

// refreshed ends a refresh: the result shows and the list reloads on the
// same selection, with renderings of changed articles forgotten.
func (m *Model) refreshed(msg refreshedMsg) tea.Cmd {
	m.cancelRefresh()
	m.refreshCh, m.cancelRefresh = nil, nil
	if msg.err != nil {
		m.setError(msg.err)
	} else {
		m.status = status{text: fmt.Sprintf("Refreshed: %d new %s.", msg.added, plural(msg.added, "article", "articles"))}
	}
	m.reader.ClearCache()
	return m.reload(m.selected, locateLimit)
}

func progressText(p progressMsg) string {
	if p.total <= 0 {
		return "Refreshing…"
	}
	return fmt.Sprintf("Refreshing… %d of %d", p.done, p.total)
}

func (m *Model) setError(err error) { m.status = status{text: err.Error(), err: true} }

// setTheme applies a theme to every pane and to help.
func (m *Model) setTheme(t theme.Theme) {
	m.theme = &t
	m.list.SetStyles(t.List, t.Input)
	m.reader.Styles = t.Reader
	m.speakers.Styles = t.Speakers
	m.help.Styles = t.Help
}

// setFocus gives a pane the keys. In the medium layout focusing the reader
// or the sidebar also puts it in the right column.
func (m *Model) setFocus(f focus) {
	m.focus = f
	switch f {
	case focusReader:
		m.side = false
	case focusSpeakers:
		m.side = true
	}
	m.list.Blur()
	m.reader.Blur()
	m.speakers.Blur()
	switch f {
	case focusList:
		m.list.Focus()
	case focusReader:
		m.reader.Focus()
	case focusSpeakers:
		m.speakers.Focus()
	}
	m.relayout()
}

// cycleFocus moves focus through all panes, visible or not, as tab does.
func (m *Model) cycleFocus(step int) {
	m.setFocus(focus((int(m.focus) + step + int(numPanes)) % int(numPanes)))
}

// stepFocus moves focus to the next pane left or right, stopping at the
// edges, as h and l do.
func (m *Model) stepFocus(step int) {
	if f, ok := m.layout.step(m.focus, step); ok {
		m.setFocus(f)
	}
}

// relayout recomputes the layout and gives each pane its size.
func (m *Model) relayout() {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	m.help.SetWidth(m.width - 2)
	helpH := 1
	if m.helpPage > 0 {
		helpH = m.height - 1 // the full help takes all but the status bar
	}
	if m.focus != focusReader {
		m.zoom = false
	}
	m.layout = computeLayout(m.width, m.height, helpH, m.focus, m.side, m.widths, m.zoom)
	l, r, s := m.layout.panes[focusList], m.layout.panes[focusReader], m.layout.panes[focusSpeakers]
	// Hidden panes keep their last size, so their state (scroll, cursor)
	// survives until they show again.
	if l.W > 0 {
		m.list.SetSize(l.W, l.H)
	}
	if r.W > 0 {
		m.reader.SetSize(r.W, r.H)
	}
	if s.W > 0 {
		// Left of another pane, the speakers keep a column clear so
		// their counts do not run into the separator.
		if s.X+s.W < m.width {
			s.W--
		}
		m.speakers.SetSize(s.W, s.H)
	}
}

// syncKeys enables the bindings that apply now, for matching and help.
func (m *Model) syncKeys() {
	m.keys.ClearFilters.SetEnabled(len(m.filter.Speakers) > 0)
	m.keys.SaveSearch.SetEnabled(m.searching())
	m.keys.Sidebar.SetEnabled(m.width >= mediumWidth && m.width < wideWidth)
	quit := "quit"
	if m.focus != focusList {
		quit = "back"
	}
	m.keys.Quit.SetHelp(m.keys.Quit.Help().Key, quit)
}

// click focuses the pane under the pointer and selects the row clicked.
func (m *Model) click(ms tea.Mouse) {
	f, ok := m.layout.paneAt(ms.X, ms.Y)
	if !ok || ms.Button != tea.MouseLeft {
		return
	}
	if f != m.focus {
		m.setFocus(f)
	}
	y := ms.Y - m.layout.panes[f].Y
	switch f {
	case focusList:
		if i, ok := m.list.RowAt(y); ok {
			m.list.Select(i)
		}
	case focusSpeakers:
		if i, ok := m.speakers.RowAt(y); ok {
			m.speakers.Select(i)
		}
	}
}

// wheelStep is how far one wheel notch moves a pane.
const wheelStep = 3

// wheel scrolls the pane under the pointer, focused or not.
func (m *Model) wheel(ms tea.Mouse) {
	f, ok := m.layout.paneAt(ms.X, ms.Y)
	if !ok {
		return
	}
	d := wheelStep
	switch ms.Button {
	case tea.MouseWheelUp:
		d = -d
	case tea.MouseWheelDown:
	default:
		return
	}
	switch f {
	case focusList:
		m.list.Move(d / wheelStep)
	case focusReader:
		m.reader.Scroll(d)
	case focusSpeakers:
		m.speakers.Move(d / wheelStep)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
