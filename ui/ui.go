// Package ui is soundbite's terminal reader: the root Bubble Tea model that
// lays out the article list, the reading pane and the speaker sidebar,
// routes keys and mouse to them, and runs every store call and every
// rendering in a command. It reaches the store only through the Store
// interface below, so tests run it on a fake or on a temporary file.
package ui

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/search"
	"soundbite/ui/list"
	"soundbite/ui/reader"
	"soundbite/ui/speakers"
	"soundbite/ui/theme"
)

// Store is what the reader needs of the article store.
type Store interface {
	List(f model.Filter, offset, limit int) ([]model.Summary, error) // newest first
	Count(f model.Filter) (int, error)
	Counts() (model.Counts, error)
	Get(id model.ID) (model.Article, error)
	SetRead(id model.ID, read bool) error
	SetBookmarked(id model.ID, on bool) error
	// MarkView marks every article of a view (f, or q narrowed by f when
	// q is not zero) read or unread, in batches, and says how many
	// changed.
	MarkView(f model.Filter, q search.Query, read bool) (model.Marked, error)
	// Feeds lists the subscriptions with their unread counts.
	Feeds() ([]model.Feed, error)
	// DeleteMany deletes articles, bookmarked ones too unless asked.
	DeleteMany(ids []model.ID, keepBookmarked bool) (int, error)
	Speakers(f model.Filter, limit int) ([]model.SpeakerCount, error) // by quotes desc
	SpeakerQuotes(speakerKey string, limit int) ([]model.QuoteRef, error)
	Session() (model.Session, error)
	SaveSession(model.Session) error
	// SearchList pages through a search's hits, best first, with the
	// total; SavedSearches and the rest keep the reader's saved queries.
	SearchList(q search.Query, offset, limit int) ([]model.Summary, int, error)
	SavedSearches() ([]string, error)
	SaveSearch(query string) error
	ForgetSearch(query string) error
}

// Refresher fetches the subscribed feeds and stores what is new: the
// application's refresh, which R runs.
type Refresher interface {
	RefreshAll(ctx context.Context, progress func(done, total int)) (added int, err error)
}

// Watcher says when the store changed, whoever changed it: Changes
// returns a token that differs after every write.
type Watcher interface {
	Changes() (uint64, error)
}

// Options configure the reader.
type Options struct {
	Store Store
	// Notice is shown in the status bar at start.
	Notice string
	// Feeds is what R runs; nil says refreshing is not set up.
	Feeds Refresher
	// Changes, when set, is polled every watchEvery, and the list, the
	// counts and the sidebar reload when another process wrote.
	Changes Watcher

	// Keys rebinds actions by the names KeyMap.Actions gives them.
	Keys map[string][]string
	// Theme changes colours and the article stylesheet.
	Theme theme.Options
	// Widths fixes pane widths; zero lets the layout choose.
	Widths Widths
	// RefreshOnStart refreshes as the reader opens; RefreshEvery, when
	// not zero, refreshes again that often while it is open.
	RefreshOnStart bool
	RefreshEvery   time.Duration
	// OpenURL opens a web address in the browser; nil says it is not
	// set up.
	OpenURL func(url string) error
	// Warning is shown in the status bar at start as an error: a
	// settings file that could not be used, say.
	Warning string
}

// Model is the root model. It implements tea.Model.
type Model struct {
	store   Store
	refresh Refresher
	watch   Watcher
	seen    uint64 // the last change token, once one was read
	seenAny bool
	// prepared is set once the store was asked to get ready for writes.
	prepared bool
	openURL  func(string) error
	// refreshOnStart and refreshEvery schedule refreshes (Options).
	refreshOnStart bool
	refreshEvery   time.Duration
	keys           KeyMap
	help           help.Model
	theme          *theme.Theme // never changed in place: setTheme replaces it, so copies of the model share it
	themeOf        theme.Options
	noColor        bool
	widths         Widths

	list     list.Model
	reader   reader.Model
	speakers speakers.Model

	focus         focus
	side          bool   // the medium layout's right column shows speakers
	zoom          bool   // the reader, focused, takes the whole width
	placeKey      string // the session last scheduled for writing (session.go)
	placeWait     debounce
	placeDelay    time.Duration // sessionDelay; tests make it 0
	helpPage      int           // the full help's page on screen, from 1; 0 when closed
	width, height int
	layout        layout

	filter    model.Filter
	query     search.Query      // the search the list shows; zero for none
	queryText string            // as typed
	asking    *question         // a change waiting for its y/n
	feeds     []model.Feed      // for the feeds view (feeds.go)
	searcher  *search.Analyzer  // marks search matches, on the update loop only
	names     map[string]string // speaker key -> name, for chips
	// forms are the keys of every name a speaker's articles use
	// ("Brenno" for Ilvar Brenno), so the reader highlights their quotes
	// however the article names them.
	forms       map[string][]string
	counts      model.Counts
	selected    model.ID   // the list selection last seen
	article     model.ID   // what the reader shows: the selection, or an article opened from a quote
	quoteOf     string     // speaker key whose quote opened the article shown, if one did
	renderNext  reader.Key // the rendering renderWait is for
	renderWait  debounce
	renderDelay time.Duration
	// after is tea.Tick; benchmarks swap it to keep timers out of a
	// measurement.
	after        func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	speakersGen  int
	speakerLimit int                 // how many speakers the sidebar asked for
	rendering    map[reader.Key]bool // renders in flight
	renderers    *reader.Renderers
	// wanted is wantedKey as of the last settle, shared with the render
	// commands so that one whose article the cursor has left stops before
	// the costly part.
	wanted *atomic.Pointer[reader.Key]
	status status
	chrome chrome // the status bar and short help, drawn (chrome.go)

	refreshCh     chan tea.Msg // non-nil while a refresh runs
	cancelRefresh context.CancelFunc
}

// status is the message in the status bar.
type status struct {
	text string
	err  bool
	busy bool
}

// New returns the reader on opts.Store.
func New(opts Options) Model {
	_, noColor := os.LookupEnv("NO_COLOR")
	m := Model{
		store:   opts.Store,
		refresh: opts.Feeds,
		watch:   opts.Changes,
		openURL: opts.OpenURL,

		refreshOnStart: opts.RefreshOnStart,
		refreshEvery:   opts.RefreshEvery,
		keys:           DefaultKeyMap(),
		help:           help.New(),
		noColor:        noColor,
		list:           list.New(),
		reader:         reader.New(),
		speakers:       speakers.New(),
		names:          make(map[string]string),
		forms:          make(map[string][]string),
		searcher:       search.NewAnalyzer(),
		rendering:      make(map[reader.Key]bool),
		renderers:      reader.NewRenderers(),
		wanted:         new(atomic.Pointer[reader.Key]),
		status:         status{text: opts.Notice},

		renderDelay: renderDelay,
		placeDelay:  sessionDelay,
		after:       tea.Tick,
	}
	m.themeOf, m.widths = opts.Theme, opts.Widths
	m.reader.MaxWidth = opts.Widths.Reader
	if err := m.keys.Rebind(opts.Keys); err != nil {
		m.status = status{text: "settings: " + err.Error(), err: true}
	}
	// The panes match keys with their own KeyMaps; the root's holds the
	// same bindings for help, so both must carry the rebinding.
	m.list.KeyMap, m.reader.KeyMap, m.speakers.KeyMap = m.keys.List, m.keys.Reader, m.keys.Speakers
	if opts.Warning != "" {
		m.status = status{text: opts.Warning, err: true}
	}
	m.setTheme(theme.Custom(true, noColor, m.themeOf))
	m.setFocus(focusList)
	return m
}

// Init asks for the terminal's background and restores the last session.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, loadSession(m.store, m.watch), loadSaved(m.store), m.watchLater()}
	if m.refresh != nil && m.refreshOnStart {
		cmds = append(cmds, func() tea.Msg { return refreshTimeMsg{} })
	} else if m.refresh != nil && m.refreshEvery > 0 {
		cmds = append(cmds, m.after(m.refreshEvery, func(time.Time) tea.Msg { return refreshTimeMsg{} }))
	}
	return tea.Batch(cmds...)
}

// Update routes a message: sizes and colours to the layout and styles,
// store results to the panes, keys to the text input, then the global
// bindings, then the focused pane.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.relayout()
	case tea.BackgroundColorMsg:
		m.setTheme(theme.Custom(msg.IsDark(), m.noColor, m.themeOf))
	case sessionMsg:
		cmds = append(cmds, m.restore(msg))
	case pageMsg:
		if msg.err != nil {
			m.setError(msg.err)
		}
		m.list.SetPage(msg.page)
		cmds = append(cmds, msg.then)
		if !m.prepared {
			m.prepared = true
			cmds = append(cmds, prepareStore(m.store))
		}
	case countsMsg:
		if msg.err != nil {
			m.setError(msg.err)
		}
		m.counts = msg.counts
		m.syncEntries()
	case speakersMsg:
		m.setSpeakers(msg)
	case quotesMsg:
		if msg.err != nil {
			m.setError(msg.err)
			break
		}
		m.speakers.ShowQuotes(msg.name, msg.refs)
	case reader.Rendered:
		delete(m.rendering, msg.Key)
		if m.reader.SetRendered(msg) && msg.Err != nil {
			m.setError(msg.Err)
		}
	case partialMsg:
		// The whole rendering is still to come: the key stays in flight.
		m.reader.SetRendered(msg.first)
		cmds = append(cmds, m.styleLater(msg.rest))
	case styleMsg:
		cmds = append(cmds, msg.rest)
	case renderDroppedMsg:
		delete(m.rendering, msg.key)
	case renderTick:
		cmds = append(cmds, m.renderSettled())
	case writeMsg:
		cmds = append(cmds, m.written(msg))
	case feedsMsg:
		m.setFeeds(msg)
	case speakers.FeedMsg:
		cmds = append(cmds, m.chooseEntry(msg.Entry))
	case markedMsg, deletedMsg:
		cmds = append(cmds, m.changedMany(msg))
	case refreshTimeMsg:
		cmds = append(cmds, m.startRefresh())
		if m.refreshEvery > 0 {
			cmds = append(cmds, m.after(m.refreshEvery, func(time.Time) tea.Msg { return refreshTimeMsg{} }))
		}
	case linkMsg:
		cmds = append(cmds, m.followLink(msg))
	case sessionTick:
		cmds = append(cmds, m.placeSettled())
	case sessionSavedMsg:
		if msg.err != nil {
			m.setError(fmt.Errorf("saving your place: %w", msg.err))
		}
	case progressMsg:
		m.status = status{text: progressText(msg), busy: true}
		cmds = append(cmds, waitRefresh(m.refreshCh))
	case refreshedMsg:
		cmds = append(cmds, m.refreshed(msg))
	case watchTick:
		cmds = append(cmds, pollChanges(m.watch))
	case changesMsg:
		cmds = append(cmds, m.changed(msg))
	case quitMsg:
		return m, tea.Quit
	case list.FilterMsg:
		cmds = append(cmds, m.runSearch(msg.Title))
	case speakers.SearchMsg:
		cmds = append(cmds, m.openSaved(msg.Query))
	case speakers.ForgetMsg:
		cmds = append(cmds, saveSearch(m.store, msg.Query, true))
	case savedMsg:
		if msg.err != nil {
			m.setError(msg.err)
		}
		m.speakers.SetSaved(msg.queries)
	case searchSavedMsg:
		cmds = append(cmds, m.searchSaved(msg))
	case speakers.MoreMsg:
		cmds = append(cmds, m.moreSpeakers())
	case speakers.ToggleMsg:
		cmds = append(cmds, m.toggleSpeaker(msg.Key, msg.Name))
	case speakers.QuotesMsg:
		cmds = append(cmds, loadQuotes(m.store, msg.Key, msg.Name))
	case speakers.OpenMsg:
		m.quoteOf = model.SpeakerKey(msg.Ref.Speaker)
		cmds = append(cmds, m.open(msg.Ref.Article))
	case tea.KeyPressMsg:
		cmds = append(cmds, m.handleKey(msg))
	case tea.MouseClickMsg:
		m.click(msg.Mouse())
	case tea.MouseWheelMsg:
		m.wheel(msg.Mouse())
	default:
		// Pane-internal messages, such as the list's filter debounce.
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		cmds = append(cmds, cmd)
	}
	cmds = append(cmds, m.settle())
	return m, tea.Batch(cmds...)
}

// handleKey sends a key to the filter input while it is open, else to the
// global bindings, else to the focused pane.
func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if m.asking != nil {
		return m.answer(k)
	}
	if m.helpPage > 0 {
		if cmd, done := m.helpKey(k); done {
			return cmd
		}
	}
	if m.list.Filtering() && key.Matches(k, m.keys.SaveSearch) {
		// Save what is typed, searching for it first if the debounce
		// has not yet.
		text := strings.TrimSpace(m.list.FilterValue())
		return tea.Sequence(m.runSearch(text), saveSearch(m.store, text, false))
	}
	if m.list.Filtering() && !key.Matches(k, m.keys.Interrupt, m.keys.Suspend) {
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(k)
		return cmd
	}
	if cmd, ok := m.globalKey(k); ok {
		return cmd
	}
	var cmd tea.Cmd
	switch m.focus {
	case focusList:
		if key.Matches(k, m.keys.List.Open) {
			// Opened here rather than through a message from the
			// list, so the frame this key draws shows the article.
			if s, ok := m.list.Selected(); ok {
				return m.open(s.ID)
			}
			return nil
		}
		m.list, cmd = m.list.Update(k)
	case focusReader:
		m.reader, cmd = m.reader.Update(k)
	case focusSpeakers:
		m.speakers, cmd = m.speakers.Update(k)
	}
	return cmd
}

// settle runs after every message: it asks for the list rows the cursor
// is coming to, and points the reader at the article it should show.
func (m *Model) settle() tea.Cmd {
	var cmds []tea.Cmd
	if req, ok := m.list.NextRequest(); ok {
		cmds = append(cmds, loadPage(m.store, m.filter, m.query, req, 0))
	}
	// The reader follows the list when its selection moves, and stays on
	// an article opened from a quote until then.
	if s, ok := m.list.Selected(); ok && s.ID != m.selected {
		m.selected, m.article, m.quoteOf = s.ID, s.ID, ""
	}
	cmds = append(cmds, m.syncReader(false), m.keepPlace())
	m.syncKeys()
	m.redrawChrome()
	return tea.Batch(cmds...)
}

// View draws the frame. Only the root sets tea.View's fields.
func (m Model) View() tea.View {
	v := tea.NewView(m.frame())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "soundbite"
	return v
}
