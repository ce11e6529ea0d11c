package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/search"
	"soundbite/ui/list"
)

// Marking a whole view read (the mark_all_read action) changes many
// articles at once, so the status bar asks first; y goes ahead and any
// other key leaves everything as it was. What is marked is the view as
// it stood when the question was asked.

// markAsk is a mark-all-read waiting for its answer.
type markAsk struct {
	filter model.Filter
	query  search.Query
}

// markedMsg says how a mark-all-read went.
type markedMsg struct {
	n   int
	err error
}

// askMarkAll puts the question in the status bar.
func (m *Model) askMarkAll() tea.Cmd {
	n := m.list.Total()
	if n == 0 || (m.list.Loaded() && n < 0) {
		m.status = status{text: "Nothing here to mark read."}
		return nil
	}
	m.asking = &markAsk{filter: m.filter, query: m.query}
	what := "every article here"
	if n > 0 {
		what = fmt.Sprintf("%d %s", n, plural(n, "article", "articles"))
	}
	m.status = status{text: fmt.Sprintf("Mark %s read? y/n", what)}
	return nil
}

// answerMarkAll takes the key that answers the question.
func (m *Model) answerMarkAll(k tea.KeyPressMsg) tea.Cmd {
	ask := *m.asking
	m.asking = nil
	if !key.Matches(k, m.keys.Confirm) {
		m.status = status{text: "Marked nothing."}
		return nil
	}
	m.status = status{text: "Marking…", busy: true}
	return markAll(m.store, ask.filter, ask.query)
}

func markAll(s Store, f model.Filter, q search.Query) tea.Cmd {
	return func() tea.Msg {
		done, err := s.MarkView(f, q, true)
		if err != nil {
			err = fmt.Errorf("mark all read: %w", err)
		}
		return markedMsg{n: done.Changed, err: err}
	}
}

// marked shows the outcome and reloads the list, its counts and the
// sidebar, which all changed.
func (m *Model) marked(msg markedMsg) tea.Cmd {
	if msg.err != nil {
		m.setError(msg.err)
	} else {
		m.status = status{text: fmt.Sprintf("Marked %d %s read.", msg.n, plural(msg.n, "article", "articles"))}
	}
	return m.reload(m.selected, list.Window)
}
