package ui

import "soundbite/model"

// chrome is the status bar and the short help as last drawn, with what
// they were drawn from. A key that only moves a cursor changes neither,
// so settle redraws them only when what they show has changed, and View
// joins the lines held.
type chrome struct {
	of     chromeInputs
	status string
	help   []string
}

// chromeInputs is everything the status bar and the short help are drawn
// from, besides the key map's text, which is fixed at New.
type chromeInputs struct {
	width, total                      int
	theme                             string
	focus                             focus
	quote, saved, feeds               bool // the sidebar's view
	clearFilters, saveSearch, sidebar bool // bindings syncKeys turns on and off
	quit                              string
	counts                            model.Counts
	status                            status
	searching, filtered, loaded       bool
}

func (m *Model) chromeInputs() chromeInputs {
	return chromeInputs{
		width:        m.width,
		total:        m.list.Total(),
		theme:        m.theme.Name(),
		focus:        m.focus,
		quote:        m.speakers.InQuotes(),
		saved:        m.speakers.InSaved(),
		feeds:        m.speakers.InFeeds(),
		clearFilters: m.keys.ClearFilters.Enabled(),
		saveSearch:   m.keys.SaveSearch.Enabled(),
		sidebar:      m.keys.Sidebar.Enabled(),
		quit:         m.keys.Quit.Help().Desc,
		counts:       m.counts,
		status:       m.status,
		searching:    m.searching(),
		filtered:     !m.filter.IsZero(),
		loaded:       m.list.Loaded(),
	}
}

// redrawChrome draws the status bar and the short help again when what
// they show has changed.
func (m *Model) redrawChrome() {
	in := m.chromeInputs()
	if in == m.chrome.of && m.chrome.help != nil {
		return
	}
	m.chrome = chrome{of: in, status: m.statusBar(), help: m.helpView()}
}
