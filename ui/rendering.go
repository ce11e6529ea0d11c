package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/ui/reader"
)

// What the reader shows, and when it is rendered: the article opened
// shows at once (showHeading), the selection is rendered once the cursor
// settles (syncReader), and renders run in commands (render).

// showHeading puts the head of the article opened, from its list row, in
// the reader at once, so the frame after the key shows the article
// whatever the store and Glamour take; the plain layout and then the
// styled one replace it line for line (reader.Plain). A rendering in the
// cache shows instead, and one on screen stays.
func (m *Model) showHeading(row model.Summary) {
	k := m.wantedKey()
	if k == (reader.Key{}) || k.ID != row.ID || m.reader.Cached(k) {
		return
	}
	m.reader.Want(k)
	m.reader.SetRendered(reader.Heading(row, k))
}

// wantedKey is the rendering the reader should show now.
func (m *Model) wantedKey() reader.Key {
	if m.article == "" || m.reader.Width() <= 0 {
		return reader.Key{}
	}
	return reader.Key{
		ID:    m.article,
		Width: m.reader.Width(),
		Theme: m.theme.Name(),
		Focus: reader.FocusKey(m.focusKeys()),
	}
}

// syncReader points the reader at the rendering it should show. A cached
// one shows at once. Otherwise rendering starts now when asked to, and
// after the cursor has settled for renderDelay when not: the old article
// stays on screen meanwhile. The very first rendering waits a little
// longer, for the first frame and the terminal's background colour.
func (m *Model) syncReader(now bool) tea.Cmd {
	k := m.wantedKey()
	if w := m.wanted.Load(); w == nil || *w != k {
		m.wanted.Store(&k)
	}
	if k == (reader.Key{}) {
		return nil
	}
	first := m.reader.Wanted() == (reader.Key{})
	if k != m.reader.Wanted() && m.reader.Want(k) {
		return nil
	}
	if m.reader.Showing() || m.rendering[k] {
		return nil
	}
	switch {
	case now || m.renderDelay <= 0:
		return m.startRender(k)
	case first:
		return m.scheduleRender(k, max(m.renderDelay, startRenderDelay))
	}
	return m.scheduleRender(k, m.renderDelay)
}

// scheduleRender renders k once the cursor has stayed on it for delay. A
// burst of moves keeps one timer on its way, which fires again until the
// moves stop (debounce).
func (m *Model) scheduleRender(k reader.Key, delay time.Duration) tea.Cmd {
	if k == m.renderNext {
		return nil
	}
	m.renderNext = k
	if !m.renderWait.changed(time.Now(), delay) {
		return nil
	}
	return m.after(delay, func(time.Time) tea.Msg { return renderTick{} })
}

// renderSettled takes a renderTick: it waits on while the cursor is still
// moving, and then renders what is wanted, unless that is on screen, in
// the cache or on its way already.
func (m *Model) renderSettled() tea.Cmd {
	if wait, ok := m.renderWait.fired(time.Now()); !ok {
		return m.after(wait, func(time.Time) tea.Msg { return renderTick{} })
	}
	m.renderNext = reader.Key{}
	k := m.wantedKey()
	if k == (reader.Key{}) || m.reader.Cached(k) || m.rendering[k] || m.reader.Showing() && m.reader.Wanted() == k {
		return nil
	}
	m.reader.Want(k)
	return m.startRender(k)
}

func (m *Model) startRender(k reader.Key) tea.Cmd {
	if m.rendering[k] {
		return nil
	}
	m.rendering[k] = true
	return render(m.store, m.renderers, m.wanted, k, m.theme.Glamour)
}

// styleLater starts the Glamour render of an article whose plain layout
// has just been shown, after styleDelay: the frame with the plain layout
// then reaches the terminal without the render's tens of milliseconds of
// CPU (and its garbage) competing with the write and the terminal on a
// busy machine. A zero renderDelay (tests) starts it at once.
func (m *Model) styleLater(rest tea.Cmd) tea.Cmd {
	if rest == nil || m.renderDelay <= 0 || styleDelay <= 0 {
		return rest
	}
	return m.after(styleDelay, func(time.Time) tea.Msg { return styleMsg{rest: rest} })
}
