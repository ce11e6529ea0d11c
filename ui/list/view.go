package list

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
	"soundbite/ui/theme"
)

// Glyphs of a row.
const (
	unreadDot = "●"
	bookmark  = "★"
	bar       = "┃"
	ellipsis  = "…"
)

// View draws the visible rows, the chips of active speaker filters and the
// title filter input. It draws only what fits, whatever the total.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	lines := make([]string, 0, m.height)
	if len(m.chips) > 0 {
		lines = append(lines, m.chipLine())
	}
	if m.input.Focused() || m.input.Value() != "" {
		lines = append(lines, ansi.Truncate(m.input.View(), m.width, ellipsis))
	}
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	switch {
	case !m.loaded:
		lines = append(lines, m.Styles.Placeholder.Render(" Loading…"))
	case m.total == 0:
		lines = append(lines, m.Styles.Placeholder.Render(" No articles here."))
	}
	for i := m.top; i < m.total; i++ {
		gap := 0
		if i > m.top {
			gap = 1
		}
		if len(lines)+gap+2 > m.height {
			break
		}
		if gap > 0 {
			lines = append(lines, "")
		}
		a, b := m.rowLines(i)
		lines = append(lines, a, b)
	}
	return strings.Join(lines, "\n")
}

// chipLine draws the active speaker filters, as many as fit.
func (m Model) chipLine() string {
	var b strings.Builder
	w := 0
	for i, c := range m.chips {
		chip := m.Styles.Chip.Render(c)
		cw := ansi.StringWidth(chip)
		if w+cw+1 > m.width {
			if i == 0 {
				return ansi.Truncate(chip, m.width, ellipsis)
			}
			b.WriteString(ellipsis)
			break
		}
		if i > 0 {
			b.WriteByte(' ')
			w++
		}
		b.WriteString(chip)
		w += cw
	}
	return b.String()
}

// rowLines draws article i as two lines: marks and title, then metadata.
func (m Model) rowLines(i int) (string, string) {
	selected := i == m.cursor
	lead := "  "
	if selected {
		st := m.Styles.BarBlurred
		if m.focused {
			st = m.Styles.Bar
		}
		lead = st.Render(bar) + " "
	}
	s, ok := m.row(i)
	if !ok {
		return lead + m.Styles.Placeholder.Render("…"), lead
	}
	dot := "  "
	if !s.State.Read {
		dot = m.Styles.Unread.Render(unreadDot) + " "
	}
	mark := ""
	titleW := m.width - 4
	if s.State.Bookmarked {
		mark = " " + m.Styles.Bookmark.Render(bookmark)
		titleW -= 2
	}
	titleSt, metaSt := m.Styles.Title, m.Styles.Meta
	if selected {
		titleSt, metaSt = m.Styles.SelectedTitle, m.Styles.SelectedMeta
	}
	title := ansi.Truncate(s.Title, max(0, titleW), ellipsis)
	pad := max(0, titleW-ansi.StringWidth(title))
	line1 := lead + dot + m.paintTitle(s.Title, title, titleSt) + strings.Repeat(" ", pad) + mark
	meta := ansi.Truncate(metaText(s), max(0, m.width-4), ellipsis)
	return line1, lead + "  " + metaSt.Render(meta)
}

// paintTitle paints a row's title, cut to shown, marking the words the
// search matched in the whole title that survived the cut.
func (m Model) paintTitle(whole, shown string, st theme.Paint) string {
	if m.highlight == nil {
		return st.Render(shown)
	}
	kept := len(strings.TrimSuffix(shown, ellipsis))
	if kept > len(whole) || whole[:kept] != shown[:kept] {
		return st.Render(shown)
	}
	var b strings.Builder
	at := 0
	for _, sp := range m.highlight(whole) {
		if sp[0] < at || sp[1] > kept {
			continue
		}
		if sp[0] > at {
			b.WriteString(st.Render(shown[at:sp[0]]))
		}
		b.WriteString(m.Styles.Match.Render(shown[sp[0]:sp[1]]))
		at = sp[1]
	}
	if at < len(shown) {
		b.WriteString(st.Render(shown[at:]))
	}
	return b.String()
}

// metaText is the second line of a row: category, date, speakers.
func metaText(s model.Summary) string {
	parts := make([]string, 0, 3)
	if s.Category != "" {
		parts = append(parts, s.Category)
	}
	if !s.Date.IsZero() {
		parts = append(parts, s.Date.Format("2 Jan 2006"))
	}
	switch n := len(s.Speakers); n {
	case 0:
	case 1:
		parts = append(parts, "1 speaker")
	default:
		parts = append(parts, strconv.Itoa(n)+" speakers")
	}
	return strings.Join(parts, " · ")
}
