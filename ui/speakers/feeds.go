package speakers

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
)

// EntryKind is what a row of the feeds view selects.
type EntryKind int

const (
	AllEntry EntryKind = iota
	UnreadEntry
	BookmarkedEntry
	FolderEntry
	FeedEntry
)

// Entry is one row of the feeds view: a view of every article, unread or
// bookmarked, a folder, or a feed. The root builds them from the store's
// feeds and counts.
type Entry struct {
	Kind   EntryKind
	Label  string // sanitised by SetEntries
	Feed   string // FeedEntry: the feed's URL
	Folder string // FolderEntry: its name; FeedEntry: the feed's folder
	Unread int
	Err    string // FeedEntry: the last fetch's error, if any
}

// FeedMsg asks for the list to show an entry's articles.
type FeedMsg struct{ Entry Entry }

// feedsView lists the entries: enter filters the list by one. It is a
// view of the sidebar, as the saved searches are, so the speakers keep
// their place underneath.
type feedsView struct {
	open    bool
	entries []Entry
	active  int // the entry the list shows
	cursor  int
	top     int
}

func (v *feedsView) clamp(paneHeight int) {
	v.cursor, v.top = clampRows(v.cursor, v.top, len(v.entries), paneHeight)
}

func (v feedsView) selected() (Entry, bool) {
	if !v.open || v.cursor < 0 || v.cursor >= len(v.entries) {
		return Entry{}, false
	}
	return v.entries[v.cursor], true
}

// SetEntries sets the feeds view's rows and which of them the list shows.
// A cursor the user moved off the list's entry stays on its entry; one on
// the list's entry (or on no row) follows it to its new row: feeds that
// arrive after the counts add the row of a restored folder.
func (m *Model) SetEntries(entries []Entry, active int) {
	var at Entry
	hadAt := false
	if m.feeds.cursor < len(m.feeds.entries) && m.feeds.cursor != m.feeds.active {
		at, hadAt = m.feeds.entries[m.feeds.cursor], true
	} else {
		m.feeds.cursor = active
	}
	m.feeds.entries = make([]Entry, len(entries))
	for i, e := range entries {
		e.Label, e.Err = model.SanitizeLine(e.Label), model.SanitizeLine(e.Err)
		m.feeds.entries[i] = e
		if hadAt && e.Kind == at.Kind && e.Feed == at.Feed && e.Folder == at.Folder {
			m.feeds.cursor = i
		}
	}
	m.feeds.active = active
	m.feeds.clamp(m.height)
}

// InFeeds reports whether the pane shows the feeds view.
func (m Model) InFeeds() bool { return m.feeds.open }

// ShowFeeds opens the feeds view with the cursor on the entry the list
// shows.
func (m *Model) ShowFeeds() {
	m.quotes.open, m.saved.open = false, false
	m.feeds.open, m.feeds.cursor = true, m.feeds.active
	m.feeds.clamp(m.height)
}

// CloseFeeds goes back to the speakers.
func (m *Model) CloseFeeds() { m.feeds.open = false }

// feedLines draws the feeds view: the entries with their unread counts,
// a ! on a feed whose last fetch failed, and that error under the header
// while the cursor is on it.
func (m Model) feedLines() string {
	v := m.feeds
	lines := make([]string, 0, m.height)
	lines = append(lines, m.Styles.Header.Render(ansi.Truncate(" ‹ Feeds · unread", m.width, "…")))
	note := ""
	if e, ok := v.selected(); ok && e.Err != "" {
		note = m.Styles.Placeholder.Render(ansi.Truncate(" ! "+e.Err, m.width, "…"))
	}
	lines = append(lines, note)
	countW := 1
	for _, e := range v.entries {
		countW = max(countW, len(strconv.Itoa(e.Unread)))
	}
	for i := v.top; i < len(v.entries) && len(lines) < m.height; i++ {
		lines = append(lines, m.entryRow(i, countW))
	}
	return strings.Join(lines, "\n")
}

func (m Model) entryRow(i, countW int) string {
	v := m.feeds
	e := v.entries[i]
	lead := "  "
	nameSt := m.Styles.Name
	if i == v.cursor && m.focused {
		lead = m.Styles.Bar.Render(bar) + " "
		nameSt = m.Styles.SelectedName
	}
	glyph := " "
	switch {
	case i == v.active:
		glyph, nameSt = personActiveGlyph, m.Styles.Active
	case e.Err != "":
		glyph = "!"
	case e.Kind == FolderEntry:
		glyph = "▸"
	}
	label := e.Label
	if e.Kind == FeedEntry && e.Folder != "" {
		label = "  " + label
	}
	count := fmt.Sprintf("%*d", countW, e.Unread)
	nameW := max(0, m.width-4-countW-1)
	label = ansi.Truncate(label, nameW, "…")
	pad := strings.Repeat(" ", max(0, nameW-ansi.StringWidth(label)))
	return lead + m.Styles.Glyph.Render(glyph) + " " + nameSt.Render(label) + pad + " " + m.Styles.Count.Render(count)
}

// SelectedEntry returns the entry under the cursor of the feeds view.
func (m Model) SelectedEntry() (Entry, bool) { return m.feeds.selected() }

// Entries returns the feeds view's rows.
func (m Model) Entries() []Entry { return m.feeds.entries }
