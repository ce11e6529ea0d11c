package ui

import (
	"charm.land/bubbles/v2/key"

	"soundbite/ui/list"
	"soundbite/ui/reader"
	"soundbite/ui/speakers"
)

// KeyMap gathers the reader's global bindings and the panes' own, so one
// help view can show what applies now.
type KeyMap struct {
	Quit         key.Binding // quits from the list; goes back to it from elsewhere
	QuitNow      key.Binding // quits from anywhere
	Back         key.Binding // from the reader back to the list
	Zoom         key.Binding // the reader across the whole width
	Interrupt    key.Binding // quits even from the filter input
	Suspend      key.Binding // stops the reader as a shell job (fg resumes it), even from the filter input
	Help         key.Binding
	NextPane     key.Binding
	PrevPane     key.Binding
	Left, Right  key.Binding
	Bookmark     key.Binding
	Read         key.Binding
	UnreadOnly   key.Binding
	Bookmarks    key.Binding
	Refresh      key.Binding
	Sidebar      key.Binding
	ClearFilters key.Binding
	SaveSearch   key.Binding
	OpenLink     key.Binding // the article's web address, in the browser
	CopyLink     key.Binding // the article's web address, to the clipboard
	MarkAllRead  key.Binding // every article of the view, after a y/n
	Delete       key.Binding // the article, after a y/n
	Feeds        key.Binding // the feeds view in the sidebar
	Confirm      key.Binding // answers yes to a question in the status bar

	List     list.KeyMap
	Reader   reader.KeyMap
	Speakers speakers.KeyMap
}

// DefaultKeyMap returns the default bindings of the reader and its panes.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:         key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		QuitNow:      key.NewBinding(key.WithKeys("Q"), key.WithHelp("Q", "quit from anywhere")),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the list")),
		Zoom:         key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "full-width reading")),
		Interrupt:    key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:      key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		NextPane:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Left:         key.NewBinding(key.WithKeys("h", "left"), key.WithHelp("h", "pane left")),
		Right:        key.NewBinding(key.WithKeys("l", "right"), key.WithHelp("l", "pane right")),
		Bookmark:     key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "bookmark")),
		Read:         key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "read/unread")),
		UnreadOnly:   key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "unread only")),
		Bookmarks:    key.NewBinding(key.WithKeys("B"), key.WithHelp("B", "bookmarks only")),
		Refresh:      key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "refresh")),
		Sidebar:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "show/hide sidebar")),
		ClearFilters: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear speaker filters")),
		SaveSearch:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save search")),
		OpenLink:     key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open in browser")),
		CopyLink:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy link")),
		MarkAllRead:  key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "mark all read")),
		Feeds:        key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "feeds")),
		Delete:       key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "delete article")),
		Confirm:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		List:         list.DefaultKeyMap(),
		Reader:       reader.DefaultKeyMap(),
		Speakers:     speakers.DefaultKeyMap(),
	}
}

// helpKeys is the KeyMap as help.KeyMap sees it at one moment: the focused
// pane's bindings first, then the global ones.
type helpKeys struct {
	k     KeyMap
	focus focus
	quote bool // the sidebar shows the quote view
	saved bool // the sidebar shows the saved searches
	feeds bool // the sidebar shows the feeds
}

func (h helpKeys) ShortHelp() []key.Binding {
	k := h.k
	var pane []key.Binding
	switch h.focus {
	case focusList:
		pane = []key.Binding{k.List.Down, k.List.Open, k.List.Filter}
	case focusReader:
		pane = []key.Binding{k.Reader.Down, k.Reader.PageDown, k.Reader.NextMatch}
	case focusSpeakers:
		if h.feeds {
			pane = []key.Binding{k.Speakers.Down, showFeed(k.Speakers.Toggle), k.Speakers.Back, k.MarkAllRead}
		} else if h.saved {
			pane = []key.Binding{k.Speakers.Down, runSearch(k.Speakers.Toggle), k.Speakers.Forget, k.Speakers.Back}
		} else if h.quote {
			pane = []key.Binding{k.Speakers.Down, openQuote(k.Speakers.Toggle), k.Speakers.Back}
		} else {
			pane = []key.Binding{k.Speakers.Down, k.Speakers.Toggle, k.Speakers.Quotes}
		}
	}
	// Help and quit come right after the pane's keys: a narrow screen
	// cuts the line from the end, and those two must always show.
	return append(pane, k.Help, k.Quit, k.NextPane, k.Bookmark, k.Read, k.OpenLink, k.ClearFilters, k.SaveSearch, k.Sidebar)
}

func (h helpKeys) FullHelp() [][]key.Binding {
	k := h.k
	l, r, s := k.List, k.Reader, k.Speakers
	return [][]key.Binding{
		{l.Up, l.Down, l.Top, l.Bottom, l.HalfDown, l.HalfUp, l.PageDown, l.PageUp, k.Help},
		{l.Open, r.PageDown, r.NextMatch, k.NextPane, k.PrevPane, k.Left, k.Right, k.Bookmark, k.Read},
		{s.Toggle, s.Quotes, s.Back, s.Saved, k.UnreadOnly, k.Bookmarks, k.Refresh, k.Sidebar, k.Quit},
		{k.Feeds, k.OpenLink, k.CopyLink, k.MarkAllRead, k.Delete},
		queryHelp(l.Filter, k.SaveSearch),
	}
}

// queryHelp is a column of help on the query language, written as
// bindings so help lays it out with the keys. Only / and save are keys;
// the others never match a key press.
func queryHelp(filter, save key.Binding) []key.Binding {
	term := func(t, desc string) key.Binding {
		return key.NewBinding(key.WithKeys("\x00"+t), key.WithHelp(t, desc))
	}
	return []key.Binding{
		filter,
		term(`"a b"`, "words in a row"),
		term("-word", "without it"),
		term("speaker:NAME", "quoting NAME"),
		term("said:WORDS", "in their quotes"),
		term("category:NAME", "feed:NAME too"),
		term("is:unread", "read, bookmarked"),
		term("after:DATE", "before:DATE too"),
		save,
	}
}

// runSearch is the Toggle binding as the saved searches use it.
func runSearch(b key.Binding) key.Binding {
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, "run search"))
}

// showFeed is the Toggle binding as the feeds view uses it.
func showFeed(b key.Binding) key.Binding {
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, "show its articles"))
}

// openQuote is the Toggle binding as the quote view uses it.
func openQuote(b key.Binding) key.Binding {
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, "open article"))
}
