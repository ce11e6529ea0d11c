package ui

import (
	"errors"
	"fmt"
	"net/url"

	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/opener"
)

// linkMsg carries the web address of an article, fetched for the open and
// copy keys.
type linkMsg struct {
	url  string
	copy bool
	err  error
}

// linkTarget is the article the link keys act on: the one in the reader,
// else the list's selection.
func (m *Model) linkTarget() model.ID {
	if m.focus == focusReader && m.article != "" {
		return m.article
	}
	return m.selected
}

// articleLink fetches the article's address. Only a web address is
// offered: an article imported from a file has no link to follow.
func articleLink(s Store, id model.ID, copy bool) tea.Cmd {
	if id == "" {
		return nil
	}
	return func() tea.Msg {
		a, err := s.Get(id)
		if err != nil {
			return linkMsg{err: fmt.Errorf("finding the article's link: %w", err)}
		}
		u, perr := url.Parse(a.Source)
		if perr != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return linkMsg{err: errors.New("this article has no web link (it was imported from a file)")}
		}
		return linkMsg{url: a.Source, copy: copy}
	}
}

// followLink opens or copies the address a linkMsg brought. Copying goes
// through OSC 52, written by Bubble Tea itself; the address is the only
// text it carries, and control characters never get that far. The status
// line and the clipboard get the link percent-encoded, as the browser
// does, so what the user reads is what was opened.
func (m *Model) followLink(msg linkMsg) tea.Cmd {
	link := opener.Escape(msg.url)
	switch {
	case msg.err != nil:
		m.setError(msg.err)
		return nil
	case msg.copy:
		if err := checkLink(link); err != nil {
			m.setError(err)
			return nil
		}
		m.status = status{text: "Copied " + link}
		return tea.SetClipboard(link)
	case m.openURL == nil:
		m.setError(errors.New("opening links is not set up"))
		return nil
	}
	if err := m.openURL(link); err != nil {
		m.setError(fmt.Errorf("opening %s: %w", link, err))
		return nil
	}
	m.status = status{text: "Opened " + link}
	return nil
}

// checkLink refuses an address holding anything that is not printable:
// the clipboard sequence must carry the link and nothing else.
func checkLink(link string) error {
	if model.SanitizeLine(link) != link {
		return errors.New("this article's link holds control characters; not copied")
	}
	return nil
}
