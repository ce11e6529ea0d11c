package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"soundbite/ui/cells"
)

// helpGroup is one titled block of the full help.
type helpGroup struct {
	title string
	keys  []key.Binding
}

// helpGroups is every binding of the reader, in the groups the full help
// shows them. Disabled bindings are listed too: the full help is where a
// person learns the keys, not only those that do something this moment.
func (m *Model) helpGroups() []helpGroup {
	k := m.keys
	l, r, s := k.List, k.Reader, k.Speakers
	return []helpGroup{
		{"Moving", []key.Binding{l.Up, l.Down, l.HalfUp, l.HalfDown, l.PageUp, l.PageDown, l.Top, l.Bottom,
			k.NextPane, k.PrevPane, k.Left, k.Right}},
		{"Articles", []key.Binding{l.Open, k.Read, k.Bookmark, k.UnreadOnly, k.Bookmarks,
			k.OpenLink, k.CopyLink, k.Refresh, k.MarkAllRead, k.Delete, k.Feeds}},
		{"Reading", []key.Binding{r.PageDown, r.PageUp, r.NextMatch, r.PrevMatch, k.Back, k.Zoom}},
		{"Speakers", []key.Binding{s.Toggle, s.Quotes, s.Back, k.ClearFilters, k.Sidebar}},
		{"Search", append(queryHelp(l.Filter, k.SaveSearch), l.AcceptFilter, l.CancelFilter, s.Saved, s.Forget)},
		{"Leaving", []key.Binding{k.Help, k.Quit, k.QuitNow, k.Interrupt, k.Suspend}},
	}
}

// helpPages lays the groups out in columns that fit w×h and returns the
// pages they need, each exactly h lines of w cells. A group is never
// split unless it is taller than a page.
func (m *Model) helpPages(w, h int) [][]string {
	st := m.help.Styles
	type entry struct{ key, desc string }
	var blocks [][]entry // a heading as {"", title}
	keyW, descW := 0, 0
	for _, g := range m.helpGroups() {
		block := []entry{{"", g.title}}
		for _, b := range g.keys {
			hk := b.Help()
			if hk.Key == "" && hk.Desc == "" {
				continue
			}
			block = append(block, entry{hk.Key, hk.Desc})
			keyW, descW = max(keyW, cells.Width(hk.Key)), max(descW, cells.Width(hk.Desc))
		}
		blocks = append(blocks, block)
	}
	keyW = min(keyW, 14)
	colW := min(max(1, w-1), 1+keyW+1+descW)
	cols := max(1, (w-1+2)/(colW+2))
	h = max(1, h)

	// Fill columns top to bottom, then pages.
	var columns [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			columns = append(columns, cur)
			cur = nil
		}
	}
	for _, block := range blocks {
		need := len(block)
		if len(cur) > 0 {
			need++ // a blank line between groups
		}
		if len(cur)+need > h && len(cur) > 0 {
			flush()
		}
		if len(cur) > 0 {
			cur = append(cur, "")
		}
		for _, e := range block {
			if len(cur) == h {
				flush()
			}
			var line string
			if e.key == "" {
				line = st.FullDesc.Bold(true).Render(e.desc)
			} else {
				kk := cells.Truncate(e.key, keyW, "…")
				line = st.FullKey.Render(kk) + strings.Repeat(" ", keyW-cells.Width(kk)+1) + st.FullDesc.Render(e.desc)
			}
			cur = append(cur, " "+cells.Truncate(line, colW-1, "…"))
		}
	}
	flush()

	var pages [][]string
	for start := 0; start < len(columns); start += cols {
		group := columns[start:min(len(columns), start+cols)]
		page := make([]string, h)
		for y := range h {
			var b strings.Builder
			for i, col := range group {
				cell := ""
				if y < len(col) {
					cell = col[y]
				}
				if i < len(group)-1 {
					cell = fit(cell, colW+2)
				}
				b.WriteString(cell)
			}
			page[y] = fit(b.String(), w)
		}
		pages = append(pages, page)
	}
	return pages
}

// helpScreen is the full help page being shown, laid out for the screen
// less the status bar.
func (m *Model) helpScreen() []string {
	pages := m.helpPages(m.width, m.height-1)
	if len(pages) == 0 {
		return nil
	}
	return pages[min(m.helpPage, len(pages))-1]
}

// helpPageCount is how many pages the full help takes on this screen.
func (m *Model) helpPageCount() int { return len(m.helpPages(m.width, m.height-1)) }
