package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/search"
	"soundbite/ui/list"
)

// Marking a whole view read (mark_all_read) and deleting an article
// (delete) change much or cannot be undone, so the status bar asks
// first: y goes ahead and any other key leaves everything as it was.
// What happens is decided when the question is asked.

// question is a change waiting for its y/n.
type question struct {
	yes tea.Cmd
}

// Results of the changes a question guards.
type (
	markedMsg struct {
		n   int
		err error
	}
	deletedMsg struct {
		id  model.ID
		err error
	}
)

// ask puts a question in the status bar.
func (m *Model) ask(text string, yes tea.Cmd) {
	m.asking = &question{yes: yes}
	m.status = status{text: text + " y/n"}
}

// answer takes the key that answers the question.
func (m *Model) answer(k tea.KeyPressMsg) tea.Cmd {
	q := *m.asking
	m.asking = nil
	if !key.Matches(k, m.keys.Confirm) {
		m.status = status{text: "Changed nothing."}
		return nil
	}
	m.status = status{text: "Working…", busy: true}
	return q.yes
}

// askMarkAll asks to mark every article of the view read.
func (m *Model) askMarkAll() tea.Cmd {
	n := m.list.Total()
	if n == 0 || (m.list.Loaded() && n < 0) {
		m.status = status{text: "Nothing here to mark read."}
		return nil
	}
	what := "every article here"
	if n > 0 {
		what = fmt.Sprintf("%d %s", n, plural(n, "article", "articles"))
	}
	m.ask(fmt.Sprintf("Mark %s read?", what), markAll(m.store, m.filter, m.query))
	return nil
}

// askDelete asks to delete the article the reader shows.
func (m *Model) askDelete() tea.Cmd {
	id := m.linkTarget()
	if id == "" {
		return nil
	}
	title := string(id)
	if row, ok := m.list.Find(id); ok {
		title = model.SanitizeLine(row.Title)
	}
	if r := []rune(title); len(r) > 40 {
		title = string(r[:39]) + "…"
	}
	m.ask(fmt.Sprintf("Delete “%s” from the store?", title), deleteArticle(m.store, id))
	return nil
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

func deleteArticle(s Store, id model.ID) tea.Cmd {
	return func() tea.Msg {
		_, err := s.DeleteMany([]model.ID{id}, false)
		if err != nil {
			err = fmt.Errorf("delete: %w", err)
		}
		return deletedMsg{id: id, err: err}
	}
}

// changedMany shows the outcome of a question's change and reloads the
// list, its counts and the sidebar, which all changed.
func (m *Model) changedMany(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case markedMsg:
		if msg.err != nil {
			m.setError(msg.err)
			break
		}
		m.status = status{text: fmt.Sprintf("Marked %d %s read.", msg.n, plural(msg.n, "article", "articles"))}
	case deletedMsg:
		if msg.err != nil {
			m.setError(msg.err)
			break
		}
		m.status = status{text: "Deleted the article."}
	}
	return m.reload(m.selected, list.Window)
}
