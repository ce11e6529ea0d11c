package speakers

import (
	"fmt"
	"slices"
	"strings"

	"soundbite/model"
	"soundbite/ui/cells"
)

// Glyphs tell people from organisations; a filled glyph means the speaker
// filters the list.
const (
	personGlyph       = "○"
	personActiveGlyph = "●"
	orgGlyph          = "□"
	orgActiveGlyph    = "■"
	bar               = "┃"
)

// View draws the speakers, or the quote view when it is open.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.feeds.open {
		return m.feedLines()
	}
	if m.saved.open {
		return m.savedLines()
	}
	if m.quotes.open {
		return m.quoteView()
	}
	lines := make([]string, 0, m.height)
	legend := personGlyph + " person  " + orgGlyph + " organisation"
	lines = append(lines, m.Styles.Glyph.Render(cells.Truncate(" "+legend, m.width, "…")), "")
	switch {
	case !m.loaded:
		lines = append(lines, m.Styles.Placeholder.Render(" Loading…"))
	case len(m.speakers) == 0:
		lines = append(lines, m.Styles.Placeholder.Render(" Nobody is quoted here."))
	}
	for i := m.top; i < len(m.speakers) && len(lines) < m.height; i++ {
		lines = append(lines, m.row(i, max(1, m.countW)))
	}
	return strings.Join(lines, "\n")
}

// row draws one speaker: cursor bar, kind glyph, name, and its quote count
// right-aligned in a column countW wide.
func (m Model) row(i, countW int) string {
	s := m.speakers[i]
	// The cursor shows only while the sidebar has focus: a bar beside the
	// pane separator would read as a second rule.
	lead := "  "
	if i == m.cursor && m.focused {
		lead = m.Styles.Bar.Render(bar) + " "
	}
	// A speaker's key costs a few allocations, and rows are drawn on
	// every frame: it is made only when a filter is on.
	active := len(m.active) > 0 && slices.Contains(m.active, s.FilterKey())
	glyph := personGlyph
	switch {
	case s.Kind == model.Organization && active:
		glyph = orgActiveGlyph
	case s.Kind == model.Organization:
		glyph = orgGlyph
	case active:
		glyph = personActiveGlyph
	}
	count := fmt.Sprintf("%*d", countW, s.Quotes)
	nameW := max(0, m.width-4-countW-1)
	name := cells.Truncate(s.Name, nameW, "…")
	nameSt := m.Styles.Name
	switch {
	case active:
		nameSt = m.Styles.Active
	case i == m.cursor && m.focused:
		nameSt = m.Styles.SelectedName
	}
	glyphSt := m.Styles.Glyph
	if active {
		glyphSt = m.Styles.Active
	}
	pad := strings.Repeat(" ", max(0, nameW-cells.Width(name)))
	return lead + glyphSt.Render(glyph) + " " + nameSt.Render(name) + pad + " " + m.Styles.Count.Render(count)
}

// quoteView draws the quotes of one speaker with the article of each.
func (m Model) quoteView() string {
	q := m.quotes
	lines := make([]string, 0, m.height)
	head := fmt.Sprintf("‹ %s · %d quotes", q.name, len(q.refs))
	if len(q.refs) == 1 {
		head = fmt.Sprintf("‹ %s · 1 quote", q.name)
	}
	lines = append(lines, m.Styles.Header.Render(cells.Truncate(" "+head, m.width, "…")), "")
	if len(q.refs) == 0 {
		lines = append(lines, m.Styles.Placeholder.Render(" No quotes stored."))
	}
	for i := q.top; i < len(q.refs) && len(lines) < m.height; i++ {
		lead := "  "
		if i == q.cursor {
			st := m.Styles.BarBlurred
			if m.focused {
				st = m.Styles.Bar
			}
			lead = st.Render(bar) + " "
		}
		for _, l := range q.lines[i] {
			lines = append(lines, lead+m.Styles.Quote.Render(l))
		}
		r := q.refs[i]
		meta := r.Title
		if !r.Date.IsZero() {
			meta += " · " + r.Date.Format("2 Jan 2006")
		}
		lines = append(lines, lead+m.Styles.QuoteMeta.Render(cells.Truncate(meta, max(0, m.width-2), "…")), "")
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	return strings.Join(lines, "\n")
}
