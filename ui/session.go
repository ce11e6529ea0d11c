package ui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"soundbite/model"
)

// sessionDelay is how long the reader's place must stay put before it is
// written: a burst of keys writes once, and a terminal closed without q
// still loses at most this much.
const sessionDelay = 700 * time.Millisecond

// sessionTick fires placeDelay after the reader's place changed, and
// again while it goes on changing.
type sessionTick struct{}

// sessionSavedMsg reports a background session write.
type sessionSavedMsg struct{ err error }

// session is where the reader is now.
func (m *Model) session() model.Session {
	return model.Session{Selected: m.selected, Filter: m.filter, Query: m.queryText, Feeds: m.speakers.InFeeds()}
}

// sessionKey tells two sessions apart (Session holds a slice, so it is
// not comparable).
func sessionKey(s model.Session) string { return fmt.Sprintf("%q", fmt.Sprint(s)) }

// keepPlace schedules a write of the session once it has changed and then
// stayed put for sessionDelay.
func (m *Model) keepPlace() tea.Cmd {
	if m.selected == "" {
		return nil // nothing loaded yet: the stored session still holds
	}
	k := sessionKey(m.session())
	if k == m.placeKey {
		return nil
	}
	m.placeKey = k
	if !m.placeWait.changed(time.Now(), m.placeDelay) {
		return nil
	}
	return m.after(m.placeDelay, func(time.Time) tea.Msg { return sessionTick{} })
}

// placeSettled writes the session once it has stayed put, and waits on
// while it moves.
func (m *Model) placeSettled() tea.Cmd {
	if wait, ok := m.placeWait.fired(time.Now()); !ok {
		return m.after(wait, func(time.Time) tea.Msg { return sessionTick{} })
	}
	s, sess := m.store, m.session()
	return func() tea.Msg { return sessionSavedMsg{err: s.SaveSession(sess)} }
}
