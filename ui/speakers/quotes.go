package speakers

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
)

// maxQuoteLines caps how much of a long quote the view shows; the article
// has the rest.
const maxQuoteLines = 4

// quoteHeader is the lines above the quotes: the speaker and a gap.
const quoteHeader = 2

// quoteView is every quote of one speaker. Quotes wrap to the pane width,
// so entries differ in height; they are laid out once per width.
type quoteView struct {
	open   bool
	name   string
	refs   []model.QuoteRef // text and titles sanitised
	lines  [][]string       // wrapped quote text per entry
	cursor int
	top    int
}

func (q *quoteView) set(name string, refs []model.QuoteRef, width int) {
	q.open, q.name, q.cursor, q.top = true, name, 0, 0
	q.refs = make([]model.QuoteRef, len(refs))
	for i, r := range refs {
		r.Text = model.SanitizeLine(r.Text)
		r.Title = model.SanitizeLine(r.Title)
		q.refs[i] = r
	}
	q.layout(width)
}

// layout wraps every quote to the width.
func (q *quoteView) layout(width int) {
	w := max(8, width-4)
	q.lines = make([][]string, len(q.refs))
	for i, r := range q.refs {
		ls := strings.Split(ansi.Wrap("“"+r.Text+"”", w, ""), "\n")
		if len(ls) > maxQuoteLines {
			ls = ls[:maxQuoteLines]
			ls[maxQuoteLines-1] = ansi.Truncate(ls[maxQuoteLines-1], w-1, "") + "…"
		}
		q.lines[i] = ls
	}
}

// height is the lines entry i takes: its quote, the article line, a gap.
func (q quoteView) height(i int) int { return len(q.lines[i]) + 2 }

func (q quoteView) selected() (model.QuoteRef, bool) {
	if !q.open || q.cursor < 0 || q.cursor >= len(q.refs) {
		return model.QuoteRef{}, false
	}
	return q.refs[q.cursor], true
}

// clamp keeps the cursor on a quote and its whole entry in view.
func (q *quoteView) clamp(paneHeight int) {
	if len(q.lines) != len(q.refs) {
		return
	}
	q.cursor = max(0, min(q.cursor, len(q.refs)-1))
	if q.cursor < q.top {
		q.top = q.cursor
	}
	room := paneHeight - quoteHeader
	for q.top < q.cursor {
		used := 0
		for i := q.top; i <= q.cursor; i++ {
			used += q.height(i)
		}
		if used <= room {
			break
		}
		q.top++
	}
}

// entryAt returns the entry drawn at line y of the pane.
func (q quoteView) entryAt(y, paneHeight int) (int, bool) {
	line := quoteHeader
	for i := q.top; i < len(q.refs) && line < paneHeight; i++ {
		h := q.height(i)
		if y >= line && y < line+h {
			return i, true
		}
		line += h
	}
	return 0, false
}
