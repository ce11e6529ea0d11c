package ui

import (
	"fmt"
	"strconv"
	"strings"

	"soundbite/model"
	"soundbite/ui/cells"
)

// separator is drawn between panes.
const separator = "│"

// frame draws the whole screen from what the panes already hold: pane
// titles, pane bodies side by side, the status bar and the help.
func (m *Model) frame() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.helpPage > 0 {
		hint := fmt.Sprintf(" Keys, page %d of %d · %s next page · esc close", m.helpPage, m.helpPageCount(), m.keys.Help.Help().Key)
		if m.helpPage == m.helpPageCount() {
			hint = fmt.Sprintf(" Keys, page %d of %d · %s or esc close", m.helpPage, m.helpPageCount(), m.keys.Help.Help().Key)
		}
		lines := append(m.helpScreen(), fit(m.theme.Status.Bar.Render(hint), m.width))
		return strings.Join(lines[:min(len(lines), m.height)], "\n")
	}
	// Panes are drawn left to right in the layout's order. Their lines
	// are taken one by one as the rows reach them, and the frame is
	// written into one buffer: a frame is drawn after every key.
	var bodies [numPanes]string
	var shown [numPanes]focus
	order := shown[:0]
	for _, f := range m.layout.order {
		if m.layout.visible(f) {
			order = append(order, f)
			bodies[f] = m.paneView(f)
		}
	}
	sep := m.theme.Frame.Separator.Render(separator)
	var b strings.Builder
	b.Grow(m.height * (4*m.width + 64))
	lines := 0
	newline := func() bool {
		if lines == m.height {
			return false
		}
		if lines > 0 {
			b.WriteByte('\n')
		}
		lines++
		return true
	}
	for y := 0; y < m.layout.status.Y && newline(); y++ {
		for i, f := range order {
			r := m.layout.panes[f]
			if i > 0 {
				b.WriteString(sep)
			}
			var s string
			switch {
			case y == r.Y-1:
				s = m.title(f, r.W)
			case y >= r.Y:
				s, bodies[f], _ = strings.Cut(bodies[f], "\n")
			}
			writeFit(&b, s, r.W)
		}
	}
	for _, l := range append([]string{m.chrome.status}, m.chrome.help...) {
		if !newline() {
			break
		}
		b.WriteString(l)
	}
	return b.String()
}

func (m *Model) paneView(f focus) string {
	switch f {
	case focusList:
		return m.list.View()
	case focusReader:
		return m.reader.View()
	}
	return m.speakers.View()
}

// title draws the line above a pane: its name, a figure, and focus.
func (m *Model) title(f focus, w int) string {
	st := m.theme.Frame.TitleBlurred
	if f == m.focus {
		st = m.theme.Frame.TitleFocused
	}
	var name, figure string
	switch f {
	case focusList:
		name, figure = "Articles", m.listFigure()
	case focusReader:
		name = "Reader"
		// The plain stand-in has the styled rendering's lines, so the
		// figure stays put when that arrives.
		if m.reader.ShowingWanted() && m.reader.Scrollable() {
			figure = fmt.Sprintf("%d%%", int(m.reader.ScrollPercent()*100+0.5))
		}
		if at, n := m.reader.Matches(); n > 0 && m.reader.ShowingWanted() {
			matches := fmt.Sprintf("%d %s", n, plural(n, "line matches", "lines match"))
			if at > 0 {
				matches = fmt.Sprintf("match %d of %d", at, n)
			}
			figure = strings.TrimSuffix(matches+" · "+figure, " · ")
		}
	case focusSpeakers:
		name = "Speakers"
		if m.speakers.InFeeds() {
			name, figure = "Feeds", thousands(len(m.feeds))
		} else if m.speakers.InSaved() {
			name = "Saved searches"
		} else if m.speakers.InQuotes() {
			name = "Quotes"
		} else if n := m.speakers.Len(); n > 0 {
			figure = thousands(n)
			if m.speakers.HasMore() {
				figure += "+"
			}
		}
	}
	left := st.Render(" " + name)
	if figure == "" {
		return left
	}
	right := m.theme.Frame.TitleCount.Render(figure + " ")
	gap := w - cells.Width(left) - cells.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// listFigure is the list's total with the filters that narrow it.
func (m *Model) listFigure() string {
	if !m.list.Loaded() {
		return ""
	}
	s := thousands(m.list.Total())
	if m.searching() {
		s += " found"
	}
	if m.filter.Unread {
		s = "unread · " + s
	}
	if m.filter.Bookmarked {
		s = "★ · " + s
	}
	return s
}

// statusBar draws the counts on the left and the last message on the right.
func (m *Model) statusBar() string {
	st := m.theme.Status
	c := m.counts
	counts := fmt.Sprintf(" %s %s · %s unread · %s ★", thousands(c.Articles),
		plural(c.Articles, "article", "articles"), thousands(c.Unread), thousands(c.Bookmarked))
	switch {
	case m.searching() && m.list.Loaded():
		counts += fmt.Sprintf(" · %s found", thousands(m.list.Total()))
	case !m.filter.IsZero() && m.list.Loaded():
		counts += fmt.Sprintf(" · %s in filter", thousands(m.list.Total()))
	}
	fullCounts := counts
	const gapMin = 4 // between the counts and the message
	text := model.SanitizeLine(m.status.text)
	// A message matters more than the counts, which are always there to
	// see again: when it does not fit, the counts shrink, then go.
	for _, c := range []string{counts, fmt.Sprintf(" %s · %s unread", thousands(c.Articles), thousands(c.Unread)), ""} {
		counts = c
		if cells.Width(c)+gapMin+1+cells.Width(text) <= m.width {
			break
		}
	}
	left := st.Count.Render(counts)
	room := m.width - cells.Width(left) - gapMin - 1
	if counts == "" {
		room = m.width - 2
	}
	if text == "" || room < 8 {
		return fit(st.Count.Render(fullCounts), m.width)
	}
	msgSt := st.Info
	switch {
	case m.status.err:
		msgSt = st.Error
	case m.status.busy:
		msgSt = st.Busy
	}
	// Status text holds error messages, which can quote file names and
	// URLs: only our own styling may reach the terminal.
	msg := msgSt.Render(cells.Truncate(text, room, "…"))
	if counts == "" {
		return fit(" "+msg, m.width)
	}
	gap := m.width - cells.Width(left) - cells.Width(msg) - 1
	return left + strings.Repeat(" ", max(gapMin, gap)) + msg + " "
}

// helpView is the short help line: the bindings that fit whole. help's
// short view adds one item too many when its ellipsis does not fit, and
// cutting that item left half a binding or a bare separator at the end of
// the line; the "more keys" binding is there to say there are others.
func (m *Model) helpView() []string {
	h := helpKeys{k: m.keys, focus: m.focus, quote: m.speakers.InQuotes(), saved: m.speakers.InSaved(), feeds: m.speakers.InFeeds()}
	bindings := h.ShortHelp()
	line := m.help.ShortHelpView(bindings)
	for n := len(bindings) - 1; n > 0 && cells.Width(line) > m.width-1; n-- {
		line = m.help.ShortHelpView(bindings[:n])
	}
	return []string{fit(" "+line, m.width)}
}

// fit cuts or pads s to exactly w cells.
func fit(s string, w int) string {
	var b strings.Builder
	writeFit(&b, s, w)
	return b.String()
}

// writeFit writes s to b, cut or padded to exactly w cells.
func writeFit(b *strings.Builder, s string, w int) {
	n := cells.Width(s)
	if n > w {
		s = cells.Truncate(s, w, "")
		n = cells.Width(s)
	}
	b.WriteString(s)
	for pad := max(0, w-n); pad > 0; pad -= len(spaces) {
		b.WriteString(spaces[:min(pad, len(spaces))])
	}
}

// spaces pads lines without allocating.
const spaces = "                                                                "

// thousands formats n with thousands separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 1000 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead == 0 {
		lead = 3
	}
	b.WriteString(s[:lead])
	for i := lead; i < len(s); i += 3 {
		b.WriteByte(',')
		b.WriteString(s[i : i+3])
	}
	return b.String()
}
