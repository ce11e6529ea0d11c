package list

import "soundbite/model"

// The list holds a window of rows around the cursor, never the whole store:
// Window rows are fetched at once, and a new window is asked for when the
// cursor comes within Margin rows of the loaded edge.
const (
	Window = 200
	Margin = 50
	// FirstPage is how many rows a reset asks for: a screenful and the
	// margin below it, so the first frame after a start or a filter
	// change waits for half a window's reads, not a whole one. The full
	// window follows as the cursor moves.
	FirstPage = 2 * Margin
)

// PageRequest asks the root for rows [Offset, Offset+Limit) of the current
// filter. Gen ties the answer to the list state that asked; Locate, when
// set, asks the root to find that article and centre the page on it.
type PageRequest struct {
	Gen    int
	Offset int
	Limit  int
	Locate model.ID
	Count  bool // the total is unknown: count the filter too
}

// Page is the root's answer to a PageRequest.
type Page struct {
	Gen    int
	Offset int
	Rows   []model.Summary
	Total  int // -1 when not counted
	Index  int // absolute index of the located article, or -1
}

// Reset forgets every row, as when the filter changes, and returns the
// request for the first window. With locate set the window is centred on
// that article when it is found, so a restored session or a refresh keeps
// its selection.
func (m *Model) Reset(locate model.ID) PageRequest {
	m.gen++
	m.rows, m.metas, m.offset, m.cursor, m.top = nil, nil, 0, 0, 0
	m.loaded = false
	req := PageRequest{Gen: m.gen, Offset: 0, Limit: FirstPage, Locate: locate, Count: true}
	m.pending = &req
	return req
}

// SetPage installs a window of rows. Pages from before the last Reset, and
// pages nobody is waiting for, are dropped; it reports whether p was used.
func (m *Model) SetPage(p Page) bool {
	if p.Gen != m.gen || m.pending == nil || m.pending.Offset != p.Offset && m.pending.Locate == "" {
		return false
	}
	m.pending = nil
	m.loaded = true
	if p.Total >= 0 {
		m.total = p.Total
	}
	rows := make([]model.Summary, len(p.Rows))
	metas := make([]string, len(p.Rows))
	for i, r := range p.Rows {
		rows[i] = clean(r)
		metas[i] = metaText(rows[i])
	}
	m.rows, m.metas, m.offset = rows, metas, p.Offset
	if p.Index >= 0 {
		m.cursor = p.Index
		m.top = max(0, p.Index-m.visible()/2)
	}
	m.clamp()
	return true
}

// NextRequest returns the page the list needs next, if any: when the
// rows around the cursor are not all loaded and no request covering them is
// on its way. The request is remembered as pending.
func (m *Model) NextRequest() (PageRequest, bool) {
	if !m.loaded || m.total == 0 {
		return PageRequest{}, false
	}
	lo := max(0, m.cursor-Margin)
	hi := min(m.total, m.cursor+m.visible()+Margin)
	covers := func(off, n int) bool { return off <= lo && hi <= off+n }
	if covers(m.offset, len(m.rows)) || m.pending != nil && covers(m.pending.Offset, m.pending.Limit) {
		return PageRequest{}, false
	}
	off := max(0, min(m.cursor-Window/2, m.total-Window))
	req := PageRequest{Gen: m.gen, Offset: off, Limit: Window}
	m.pending = &req
	return req, true
}

// row returns the row at absolute index i when it is loaded.
func (m Model) row(i int) (model.Summary, bool) {
	if i < m.offset || i >= m.offset+len(m.rows) {
		return model.Summary{}, false
	}
	return m.rows[i-m.offset], true
}

// Find returns the loaded row of article id.
func (m Model) Find(id model.ID) (model.Summary, bool) {
	for _, r := range m.rows {
		if r.ID == id {
			return r, true
		}
	}
	return model.Summary{}, false
}

// SetState changes the state of a loaded row, so a toggle shows before it
// is written. It reports whether the row was loaded.
func (m *Model) SetState(id model.ID, s model.State) bool {
	for i := range m.rows {
		if m.rows[i].ID == id {
			m.rows[i].State = s
			return true
		}
	}
	return false
}

// clean sanitises the fields of a row that reach the screen, once, when
// the row arrives rather than on every frame.
func clean(s model.Summary) model.Summary {
	s.Title = model.SanitizeLine(s.Title)
	s.Category = model.SanitizeLine(s.Category)
	if len(s.Speakers) > 0 {
		sp := make([]string, len(s.Speakers))
		for i, n := range s.Speakers {
			sp[i] = model.SanitizeLine(n)
		}
		s.Speakers = sp
	}
	return s
}
