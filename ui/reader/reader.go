// Package reader is the reading pane: an article rendered with Glamour in
// a scrolling viewport. Rendering is a pure function the root runs in a
// command (Render); the pane keeps a small cache of renderings and shows the
// one it wants, dropping any that arrive for a key it no longer wants.
package reader

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"soundbite/ui/theme"
)

// CacheSize is how many renderings the reader keeps: enough for the
// articles around the cursor at a couple of widths.
const CacheSize = 32

// KeyMap is the reader's key bindings.
type KeyMap struct {
	Up, Down         key.Binding
	HalfUp, HalfDown key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	NextMatch        key.Binding // the next line with a word the search matched
	PrevMatch        key.Binding
}

// DefaultKeyMap returns pager-like bindings; space pages down.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "scroll up")),
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "scroll down")),
		HalfUp:    key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		HalfDown:  key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "shift+space"), key.WithHelp("pgup", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("space", "page down")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
	}
}

// Highlighter finds the words of a line of text a search matched, as
// [start, end) byte ranges in order. The root supplies it, so the pane
// need not know the query language.
type Highlighter func(text string) [][2]int

// Model is the reading pane.
type Model struct {
	KeyMap KeyMap
	Styles theme.Reader
	// MaxWidth caps the width articles are rendered for; zero for none.
	MaxWidth int

	vp       viewport.Model
	lines    []string // the content of vp, for drawing without its styling pass
	raw      []string // lines as rendered, before matches were marked
	light    Highlighter
	matches  []int // lines holding a match, ascending
	match    int   // index in matches of the one last jumped to; -1 before any
	jumpedTo int   // the scroll offset that jump left
	cache    *Cache
	want     Key  // the rendering the pane should show
	shown    Key  // the rendering in the viewport
	partial  bool // the viewport holds a stand-in for shown (Rendered.Partial)
	title    string
	err      error
	focused  bool
	width    int
	height   int
}

// New returns an empty reader.
func New() Model {
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	return Model{
		KeyMap: DefaultKeyMap(),
		Styles: theme.New(true, false).Reader,
		vp:     vp,
		cache:  NewCache(CacheSize),
	}
}

// SetSize sets the pane's size in cells. Renderings for the old width stay
// on screen until the root renders the new one.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.vp.SetWidth(w)
	m.vp.SetHeight(h)
}

func (m *Model) Focus()       { m.focused = true }
func (m *Model) Blur()        { m.focused = false }
func (m Model) Focused() bool { return m.focused }

// Width is the width renderings should be made for: the pane's, or
// MaxWidth when that is narrower, so lines stay a comfortable length.
func (m Model) Width() int {
	if m.MaxWidth > 0 {
		return min(m.width, m.MaxWidth)
	}
	return m.width
}

// Want makes k the rendering the pane should show. It reports whether the
// rendering was cached, and so is on screen already; when not, the root
// should render it.
func (m *Model) Want(k Key) bool {
	m.want = k
	if r, ok := m.cache.Get(k); ok {
		m.show(r)
		return true
	}
	return false
}

// Wanted is the rendering the pane wants.
func (m Model) Wanted() Key { return m.want }

// Showing reports whether the pane shows the wanted rendering, whole.
func (m Model) Showing() bool { return m.want != Key{} && m.shown == m.want && !m.partial }

// ShowingWanted reports whether the pane shows the wanted article, whole
// or as a stand-in laid out line for line as it will be (Plain).
func (m Model) ShowingWanted() bool { return m.want != Key{} && m.shown == m.want }

// Cached reports whether a rendering is in the cache, so the root need not
// render it ahead.
func (m Model) Cached(k Key) bool {
	_, ok := m.cache.items[k]
	return ok
}

// SetRendered stores a rendering and shows it when it is the one wanted;
// one that arrives after the pane moved on is kept for later but not shown.
// A stand-in (Rendered.Partial) is shown only until the styled rendering
// arrives, and is not kept. It reports whether r was shown.
func (m *Model) SetRendered(r Rendered) bool {
	if r.Partial {
		// The same article at another width or highlight stays on screen
		// rather than give way to a plain copy of itself.
		if r.Key != m.want || m.Showing() || r.Err != nil || (r.Key.ID == m.shown.ID && !m.partial) {
			return false
		}
		// Nor does a stand-in give way to a shorter one (Heading after
		// Plain).
		if r.Key == m.shown && m.partial && strings.Count(r.Content, "\n") < len(m.raw) {
			return false
		}
		m.show(r)
		return true
	}
	if r.Err == nil {
		m.cache.Put(r)
	}
	if r.Key != m.want {
		return false
	}
	m.show(r)
	return true
}

// ClearCache drops every rendering, as after a refresh.
func (m *Model) ClearCache() { m.cache.Clear() }

func (m *Model) show(r Rendered) {
	same := r.Key.ID == m.shown.ID
	// What replaces a stand-in of the same article is laid out line for
	// line as it was, and longer perhaps (Plain after Heading): it keeps
	// the line the reader scrolled to, not the fraction of a shorter text.
	grow := same && m.partial
	off := m.vp.YOffset()
	frac := m.vp.ScrollPercent()
	m.shown, m.title, m.err, m.partial = r.Key, r.Title, r.Err, r.Partial
	m.raw = strings.Split(r.Content, "\n")
	m.relight()
	switch {
	case grow:
		m.vp.SetYOffset(off)
		return
	case !same:
		m.vp.GotoTop()
		return
	}
	// The same article at another width or highlight: keep the place.
	m.vp.SetYOffset(int(frac * float64(max(0, m.vp.TotalLineCount()-m.vp.Height()))))
}

// SetHighlight sets what marks the search's matches in the article; nil
// marks nothing.
func (m *Model) SetHighlight(h Highlighter) {
	m.light = h
	m.relight()
}

// relight marks the matches in the rendered lines and notes where they
// are, for n and N.
func (m *Model) relight() {
	m.matches, m.match = nil, -1
	m.lines = m.raw
	if m.light != nil {
		m.lines = make([]string, len(m.raw))
		for i, l := range m.raw {
			plain := ansi.Strip(l)
			spans := m.light(plain)
			if len(spans) == 0 {
				m.lines[i] = l
				continue
			}
			m.lines[i] = markSpans(l, spans)
			m.matches = append(m.matches, i)
		}
	}
	m.vp.SetContent(strings.Join(m.lines, "\n"))
}

// Matches returns how many lines hold a match and which of them was last
// jumped to (0 before any).
func (m Model) Matches() (at, lines int) { return m.match + 1, len(m.matches) }

// jump scrolls to the next (dir 1) or previous (dir -1) line with a
// match, wrapping around, and puts it a third of the way down the pane.
// Next and previous count from the match last jumped to, or from the top
// of the view once the reader has scrolled elsewhere.
func (m *Model) jump(dir int) {
	n := len(m.matches)
	if n == 0 {
		return
	}
	var i int
	switch {
	case m.match >= 0 && m.vp.YOffset() == m.jumpedTo:
		i = m.match + dir
	case dir > 0:
		i = sort.SearchInts(m.matches, m.vp.YOffset())
	default:
		i = sort.SearchInts(m.matches, m.vp.YOffset()) - 1
	}
	m.match = (i%n + n) % n
	m.vp.SetYOffset(max(0, m.matches[m.match]-m.height/3))
	m.jumpedTo = m.vp.YOffset()
}

// markSpans reverses the video of the given byte ranges of a line's
// text in the line, which holds SGR styling besides: an offset into the
// text is found in the line by skipping escape sequences.
func markSpans(line string, spans [][2]int) string {
	var b strings.Builder
	b.Grow(len(line) + 10*len(spans))
	text := 0 // bytes of text passed
	s := 0    // next span
	for i := 0; i < len(line); {
		if line[i] == 0x1b {
			end, _ := sequenceEnd(line, i)
			b.WriteString(line[i:end])
			i = end
			continue
		}
		if s < len(spans) && text == spans[s][0] {
			b.WriteString("\x1b[7m")
		}
		b.WriteByte(line[i])
		i++
		text++
		if s < len(spans) && text == spans[s][1] {
			b.WriteString("\x1b[27m")
			s++
		}
	}
	return b.String()
}

// Title is the sanitised title of the article shown.
func (m Model) Title() string { return m.title }

// ScrollPercent is how far the article is scrolled, 0 to 1.
func (m Model) ScrollPercent() float64 { return m.vp.ScrollPercent() }

// Scrollable reports whether the article is taller than the pane.
func (m Model) Scrollable() bool { return m.vp.TotalLineCount() > m.vp.Height() }

// Scroll moves the article by delta lines, as the mouse wheel does.
func (m *Model) Scroll(delta int) {
	if delta < 0 {
		m.vp.ScrollUp(-delta)
	} else {
		m.vp.ScrollDown(delta)
	}
}

// Update scrolls the focused reader.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !m.focused {
		return m, nil
	}
	switch {
	case key.Matches(k, m.KeyMap.Up):
		m.vp.ScrollUp(1)
	case key.Matches(k, m.KeyMap.Down):
		m.vp.ScrollDown(1)
	case key.Matches(k, m.KeyMap.HalfUp):
		m.vp.HalfPageUp()
	case key.Matches(k, m.KeyMap.HalfDown):
		m.vp.HalfPageDown()
	case key.Matches(k, m.KeyMap.PageUp):
		m.vp.PageUp()
	case key.Matches(k, m.KeyMap.PageDown):
		m.vp.PageDown()
	case key.Matches(k, m.KeyMap.Top):
		m.vp.GotoTop()
	case key.Matches(k, m.KeyMap.Bottom):
		m.vp.GotoBottom()
	case key.Matches(k, m.KeyMap.NextMatch):
		m.jump(1)
	case key.Matches(k, m.KeyMap.PrevMatch):
		m.jump(-1)
	}
	return m, nil
}

// View draws the article, or a quiet placeholder while there is none.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var msg string
	switch {
	case m.shown != Key{} && m.err == nil:
		// The viewport keeps the scroll position; the lines it shows are
		// already wrapped and styled, so they are joined as they are.
		off := min(m.vp.YOffset(), len(m.lines))
		return strings.Join(m.lines[off:min(len(m.lines), off+m.height)], "\n")
	case m.err != nil:
		msg = "Could not show this article: " + m.err.Error()
	case m.want != Key{}:
		msg = "Loading…"
	default:
		msg = "Select an article to read it."
	}
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center,
		m.Styles.Placeholder.Width(max(1, m.width-4)).Align(lipgloss.Center).Render(msg))
}
