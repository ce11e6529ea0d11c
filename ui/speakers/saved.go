package speakers

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
)

// SearchMsg asks for a saved search to be run in the list.
type SearchMsg struct{ Query string }

// ForgetMsg asks for a saved search to be forgotten.
type ForgetMsg struct{ Query string }

// savedGlyph marks a saved search.
const savedGlyph = "⌕"

// savedView lists the saved searches, newest first: enter runs one, x
// forgets it. It is a view of the sidebar, as the quote view is, so the
// speakers keep their place underneath.
type savedView struct {
	open    bool
	queries []string // sanitised
	cursor  int
	top     int
}

func (v *savedView) set(queries []string) {
	v.queries = make([]string, len(queries))
	for i, q := range queries {
		v.queries[i] = model.SanitizeLine(q)
	}
}

func (v savedView) selected() (string, bool) {
	if !v.open || v.cursor < 0 || v.cursor >= len(v.queries) {
		return "", false
	}
	return v.queries[v.cursor], true
}

// clamp keeps the cursor on a search and in view.
func (v *savedView) clamp(paneHeight int) {
	v.cursor, v.top = clampRows(v.cursor, v.top, len(v.queries), paneHeight)
}

// SetSaved sets the saved searches the saved view lists.
func (m *Model) SetSaved(queries []string) {
	m.saved.set(queries)
	m.saved.clamp(m.height)
}

// InSaved reports whether the pane shows the saved searches.
func (m Model) InSaved() bool { return m.saved.open }

// ShowSaved opens the saved searches.
func (m *Model) ShowSaved() {
	m.quotes.open, m.feeds.open = false, false
	m.saved.open, m.saved.cursor, m.saved.top = true, 0, 0
	m.saved.clamp(m.height)
}

// savedLines draws the saved searches.
func (m Model) savedLines() string {
	v := m.saved
	lines := make([]string, 0, m.height)
	head := fmt.Sprintf("‹ Saved searches · %d", len(v.queries))
	lines = append(lines, m.Styles.Header.Render(ansi.Truncate(" "+head, m.width, "…")), "")
	if len(v.queries) == 0 {
		lines = append(lines, m.Styles.Placeholder.Render(ansi.Truncate(" None yet: search with /, then ctrl+s.", m.width, "…")))
	}
	for i := v.top; i < len(v.queries) && len(lines) < m.height; i++ {
		lead := "  "
		nameSt := m.Styles.Name
		if i == v.cursor {
			st := m.Styles.BarBlurred
			if m.focused {
				st = m.Styles.Bar
				nameSt = m.Styles.SelectedName
			}
			lead = st.Render(bar) + " "
		}
		q := ansi.Truncate(v.queries[i], max(0, m.width-4), "…")
		lines = append(lines, lead+m.Styles.Glyph.Render(savedGlyph)+" "+nameSt.Render(q))
	}
	return strings.Join(lines, "\n")
}
