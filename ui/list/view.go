package list

import (
	"strconv"
	"strings"

	"soundbite/model"
	"soundbite/ui/cells"
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
		lines = append(lines, cells.Truncate(m.input.View(), m.width, ellipsis))
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
		if len(lines)+rowHeight-1 > m.height {
			break
		}
		row := m.rowLines(i)
		if len(lines)+len(row) > m.height {
			row = row[:rowHeight-1] // the last row needs no gap below it
		}
		lines = append(lines, row...)
	}
	// The last row's gap has nothing below it to keep apart.
	if n := len(lines); n > 0 && lines[n-1] == "" && m.total > 0 {
		lines = lines[:n-1]
	}
	return strings.Join(lines, "\n")
}

// chipLine draws the active speaker filters, as many as fit.
func (m Model) chipLine() string {
	var b strings.Builder
	w := 0
	for i, c := range m.chips {
		chip := m.Styles.Chip.Render(c)
		cw := cells.Width(chip)
		if w+cw+1 > m.width {
			if i == 0 {
				return cells.Truncate(chip, m.width, ellipsis)
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

// rowLines draws article i in rowHeight lines: marks and the title, on
// two lines when it needs them, then metadata, then a gap when the title
// took one line. Headlines run to 60-90 characters and a list column is
// 30-50 wide: one line would cut most of them.
func (m Model) rowLines(i int) []string {
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
		return []string{lead + m.Styles.Placeholder.Render("…"), lead, ""}
	}
	dot := "  "
	if !s.State.Read {
		dot = m.Styles.Unread.Render(unreadDot) + " "
	}
	mark := ""
	titleW := max(0, m.width-4)
	if s.State.Bookmarked {
		mark = " " + m.Styles.Bookmark.Render(bookmark)
		titleW = max(0, titleW-2)
	}
	titleSt, metaSt := m.Styles.Title, m.Styles.Meta
	if selected {
		titleSt, metaSt = m.Styles.SelectedTitle, m.Styles.SelectedMeta
	}
	first, rest := splitTitle(s.Title, titleW)
	pad := max(0, titleW-cells.Width(first))
	out := []string{lead + dot + m.paintTitle(s.Title, 0, first, titleSt) + strings.Repeat(" ", pad) + mark}
	if rest != "" {
		at := len(s.Title) - len(rest)
		second := cells.Truncate(rest, titleW, ellipsis)
		out = append(out, lead+"  "+m.paintTitle(s.Title, at, second, titleSt))
	}
	meta := cells.Truncate(m.metas[i-m.offset], max(0, m.width-4), ellipsis)
	out = append(out, lead+"  "+metaSt.Render(meta))
	if len(out) < rowHeight {
		out = append(out, "")
	}
	return out
}

// splitTitle cuts a title for a column w cells wide: the words that fit
// on the first line, and the rest (empty when it all fits). A single word
// too long for the line is cut inside.
func splitTitle(title string, w int) (first, rest string) {
	if cells.Width(title) <= w {
		return title, ""
	}
	cut := 0
	for i, r := range title {
		if r == ' ' {
			if cells.Width(title[:i]) > w {
				break
			}
			cut = i
		}
	}
	if cut == 0 {
		first = cells.Truncate(title, w, "")
		return first, title[len(first):]
	}
	return title[:cut], strings.TrimLeft(title[cut:], " ")
}

// paintTitle paints shown, the part of a row's title that starts at byte
// at of the whole title (cut with an ellipsis, perhaps), marking the words
// the search matched that lie wholly inside it.
func (m Model) paintTitle(whole string, at int, shown string, st theme.Paint) string {
	if m.highlight == nil {
		return st.Render(shown)
	}
	kept := len(strings.TrimSuffix(shown, ellipsis))
	if at+kept > len(whole) || whole[at:at+kept] != shown[:kept] {
		return st.Render(shown)
	}
	var b strings.Builder
	pos := 0 // in shown
	for _, sp := range m.highlight(whole) {
		lo, hi := sp[0]-at, sp[1]-at
		if lo < pos || hi > kept {
			continue
		}
		if lo > pos {
			b.WriteString(st.Render(shown[pos:lo]))
		}
		b.WriteString(m.Styles.Match.Render(shown[lo:hi]))
		pos = hi
	}
	if pos < len(shown) {
		b.WriteString(st.Render(shown[pos:]))
	}
	return b.String()
}

// metaText is the metadata line of a row: category, date, speakers.
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
