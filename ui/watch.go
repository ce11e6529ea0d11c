package ui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
)

// watchEvery is how often the reader asks whether the store changed: other
// processes' writes (an import, a refresh from cron, a bookmark from a
// script) show within a second.
const watchEvery = 500 * time.Millisecond

type (
	// watchTick says it is time to ask again.
	watchTick struct{}
	// changesMsg carries the store's change token.
	changesMsg struct {
		token uint64
		err   error
	}
)

// watchLater asks for the next poll, when there is a Watcher.
func (m Model) watchLater() tea.Cmd {
	if m.watch == nil {
		return nil
	}
	return m.after(watchEvery, func(time.Time) tea.Msg { return watchTick{} })
}

func pollChanges(w Watcher) tea.Cmd {
	return func() tea.Msg {
		token, err := w.Changes()
		return changesMsg{token: token, err: err}
	}
}

// changed reloads what the list and the sidebar show, on the same article,
// when the token moved since the last poll.
func (m *Model) changed(msg changesMsg) tea.Cmd {
	next := m.watchLater()
	if msg.err != nil {
		m.setError(fmt.Errorf("watch the store: %w", msg.err))
		return next
	}
	if m.seenAny && msg.token == m.seen {
		return next
	}
	first := !m.seenAny
	m.seen, m.seenAny = msg.token, true
	if first {
		return next
	}
	return tea.Batch(m.reload(m.selected, locateLimit), loadSaved(m.store), next)
}
