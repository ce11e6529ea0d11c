package ui

// focus is the pane that receives keys.
type focus int

const (
	focusList focus = iota
	focusReader
	focusSpeakers
	numPanes
)

// Widths at which the layout changes.
const (
	wideWidth   = 120 // speakers | list | reader
	mediumWidth = 80  // list | reader or speakers; below, one pane at a time
)

// rect is a rectangle of cells.
type rect struct{ X, Y, W, H int }

func (r rect) contains(x, y int) bool {
	return r.W > 0 && r.H > 0 && x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// layout is where everything goes, computed once per resize, focus change
// or help toggle, and used both to draw and to hit-test the mouse. A pane's
// rectangle is its body; its title is the line above.
type layout struct {
	panes  [numPanes]rect  // zero width when hidden
	order  [numPanes]focus // left to right, hidden panes where they would show
	status rect
	help   rect
}

// Widths are the user's pane widths in columns; zero lets the layout
// choose. The reader always keeps minReader columns, whatever was asked.
type Widths struct {
	List, Sidebar int
	Reader        int // the longest article line
}

const minReader = 30

// computeLayout places the panes in a w×h screen. side says whether the
// right column of the medium layout shows the speakers rather than the
// reader; in the narrow layout only the focused pane shows.
//
// zoom gives the focused reader the whole width.
func computeLayout(w, h, helpHeight int, f focus, side bool, want Widths, zoom bool) layout {
	// The medium layout's right column shows the reader or the speakers;
	// the narrow one shows a pane at a time.
	l := layout{order: [numPanes]focus{focusList, focusReader, focusSpeakers}}
	bodyTop := 1 // pane titles take the first line
	l.help = rect{X: 0, Y: h - helpHeight, W: w, H: helpHeight}
	l.status = rect{X: 0, Y: l.help.Y - 1, W: w, H: 1}
	bodyH := max(0, l.status.Y-bodyTop)
	pane := func(x, width int) rect { return rect{X: x, Y: bodyTop, W: max(0, width), H: bodyH} }

	switch {
	case zoom && f == focusReader:
		l.panes[focusReader] = pane(0, w)
	case w >= wideWidth:
		sp := pick(want.Sidebar, clamp(w/5, 26, 36))
		ls := pick(want.List, clamp(w*2/7, 36, 60))
		if over := ls + sp + 2 + minReader - w; over > 0 {
			ls = max(20, ls-over)
			sp = max(16, w-ls-2-minReader)
		}
		rd := w - ls - sp - 2 // two separators
		// The reader goes on the right, against the screen's edge, so its
		// lines end where their text ends instead of being padded out to
		// a pane after it (a mail client's reading pane, with the sidebar
		// on the left): a lighter screen to draw and to read back.
		l.order = [numPanes]focus{focusSpeakers, focusList, focusReader}
		l.panes[focusSpeakers] = pane(0, sp)
		l.panes[focusList] = pane(sp+1, ls)
		l.panes[focusReader] = pane(sp+1+ls+1, rd)
	case w >= mediumWidth:
		ls := min(pick(want.List, clamp(w*2/5, 34, 48)), w-1-minReader)
		right := focusReader
		if f == focusSpeakers || f == focusList && side {
			right = focusSpeakers
		}
		l.panes[focusList] = pane(0, ls)
		l.panes[right] = pane(ls+1, w-ls-1)
	default:
		l.panes[f] = pane(0, w)
	}
	return l
}

// paneAt returns the visible pane under the cell (x, y), title included.
func (l layout) paneAt(x, y int) (focus, bool) {
	for f, r := range l.panes {
		title := rect{X: r.X, Y: r.Y - 1, W: r.W, H: r.H + 1}
		if title.contains(x, y) {
			return focus(f), true
		}
	}
	return 0, false
}

// step is the pane n places right of f (left when n is negative), and
// false past either edge.
func (l layout) step(f focus, n int) (focus, bool) {
	for i, g := range l.order {
		if g == f {
			j := i + n
			if j < 0 || j >= len(l.order) {
				return f, false
			}
			return l.order[j], true
		}
	}
	return f, false
}

// visible reports whether pane f is on screen.
func (l layout) visible(f focus) bool { return l.panes[f].W > 0 }

// pick is the asked-for value when there is one, else the default.
func pick(asked, def int) int {
	if asked > 0 {
		return asked
	}
	return def
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }
