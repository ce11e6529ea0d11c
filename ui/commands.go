package ui

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2/ansi"

	"soundbite/model"
	"soundbite/search"
	"soundbite/ui/list"
	"soundbite/ui/reader"
)

// Limits of what the sidebar and the quote view load.
const (
	speakerLimit = 200 // the sidebar's first page; it asks for more as the cursor nears the end
	quoteLimit   = 500
	// locateLimit is how far into the list a restored or kept selection is
	// looked for; past it the list starts at the top.
	locateLimit = 1000
	// renderDelay lets the cursor settle before the selection is rendered
	// ahead, so a burst of keys does not render every article it passes:
	// keys of a burst come a couple of milliseconds apart, and a frame at
	// 60 fps is 16 ms, so an article rendered this soon after the cursor
	// stops is on screen by the time the frame showing the cursor is.
	renderDelay = 6 * time.Millisecond
	// startRenderDelay holds the first article's rendering back at start
	// for about two frames, so the list's first frame has the CPU to
	// itself and the terminal's background colour, which decides the
	// theme the article is rendered in, has likely arrived.
	startRenderDelay = 35 * time.Millisecond
	// styleDelay is how long an article's plain layout stays on screen
	// before its Glamour render starts (styleLater).
	styleDelay = 30 * time.Millisecond
)

// Messages carrying store results back to Update.
type (
	sessionMsg struct {
		session model.Session
		err     error
		token   *uint64 // the change token read before the session, if any
	}
	pageMsg struct {
		page list.Page
		err  error
		then tea.Cmd // work that waits for the page: the sidebar after a filter change
	}
	countsMsg struct {
		counts model.Counts
		err    error
	}
	speakersMsg struct {
		gen      int
		limit    int // what was asked for: fewer says there are no more
		speakers []model.SpeakerCount
		err      error
	}
	quotesMsg struct {
		name string
		refs []model.QuoteRef
		err  error
	}
	// writeMsg reports a read or bookmark write; on failure the row goes
	// back to prev.
	writeMsg struct {
		id   model.ID
		prev model.State
		next model.State
		what string
		err  error
	}
	// renderTick fires renderDelay after the wanted rendering changed,
	// and again while it goes on changing.
	renderTick struct{}
	// styleMsg starts a Glamour render that waited for styleDelay.
	styleMsg struct{ rest tea.Cmd }
	// partialMsg is an article laid out plainly, with the command that
	// renders it with Glamour.
	partialMsg struct {
		first reader.Rendered
		rest  tea.Cmd
	}
	// renderDroppedMsg says a render stopped early because the cursor
	// had moved on.
	renderDroppedMsg struct{ key reader.Key }
	progressMsg      struct{ done, total int }
	refreshedMsg     struct {
		added int
		err   error
	}
	quitMsg struct{}
)

// loadSession reads where the reader was, and first the change token
// when there is a Watcher: whatever is written after it, the next poll
// sees, so nothing slips between the token and the list it loads.
func loadSession(s Store, w Watcher) tea.Cmd {
	return func() tea.Msg {
		var token *uint64
		if w != nil {
			if t, err := w.Changes(); err == nil {
				token = &t
			}
		}
		sess, err := s.Session()
		if err != nil {
			err = fmt.Errorf("restore session: %w", err)
		}
		return sessionMsg{session: sess, err: err, token: token}
	}
}

// loadPage answers a list page request. With Locate set it reads the
// first depth rows in one call, finds the article among them and serves the
// window around it from what it read.
// With a query the rows are its search hits, best first (searchPage).
func loadPage(s Store, f model.Filter, q search.Query, req list.PageRequest, depth int) tea.Cmd {
	return loadPageThen(s, f, q, req, depth, nil)
}

// loadPageThen is loadPage, with then run once the page is shown.
func loadPageThen(s Store, f model.Filter, q search.Query, req list.PageRequest, depth int, then tea.Cmd) tea.Cmd {
	load := func() pageMsg {
		if !q.IsZero() {
			return searchPage(s, q, f, req, depth)
		}
		p := list.Page{Gen: req.Gen, Offset: req.Offset, Total: -1, Index: -1}
		if req.Count {
			n, err := s.Count(f)
			if err != nil {
				return pageMsg{page: p, err: fmt.Errorf("count articles: %w", err)}
			}
			p.Total = n
		}
		if req.Locate != "" {
			depth = max(depth, req.Limit)
			rows, err := s.List(f, 0, depth)
			if err != nil {
				return pageMsg{page: p, err: fmt.Errorf("find article %s: %w", req.Locate, err)}
			}
			i := slices.IndexFunc(rows, func(r model.Summary) bool { return r.ID == req.Locate })
			p.Index = i
			p.Offset = max(0, i-req.Limit/2)
			if end := p.Offset + req.Limit; end <= len(rows) || len(rows) < depth {
				p.Rows = rows[p.Offset:min(end, len(rows))]
				return pageMsg{page: p}
			}
		}
		rows, err := s.List(f, p.Offset, req.Limit)
		if err != nil {
			return pageMsg{page: p, err: fmt.Errorf("list articles from %d: %w", p.Offset, err)}
		}
		p.Rows = rows
		return pageMsg{page: p}
	}
	return func() tea.Msg {
		msg := load()
		trim(s)
		msg.then = then
		return msg
	}
}

// trimmer is a Store whose reads leave pages of its file mapped, counted
// in the reader's memory, until it gives them back (store.Store.Trim).
type trimmer interface{ Trim() error }

// trim gives back the pages a read mapped, after the big reads: a list
// window, the sidebar, an article. Only memory is at stake, so an error
// is dropped.
func trim(s Store) {
	if t, ok := s.(trimmer); ok {
		_ = t.Trim()
	}
}

func loadCounts(s Store) tea.Cmd {
	return func() tea.Msg {
		c, err := s.Counts()
		if err != nil {
			err = fmt.Errorf("count articles: %w", err)
		}
		return countsMsg{counts: c, err: err}
	}
}

func loadSpeakers(s Store, f model.Filter, gen, limit int) tea.Cmd {
	return func() tea.Msg {
		sp, err := s.Speakers(f, limit)
		trim(s)
		if err != nil {
			err = fmt.Errorf("load speakers: %w", err)
		}
		return speakersMsg{gen: gen, limit: limit, speakers: sp, err: err}
	}
}

func loadQuotes(s Store, key, name string) tea.Cmd {
	return func() tea.Msg {
		refs, err := s.SpeakerQuotes(key, quoteLimit)
		if err != nil {
			err = fmt.Errorf("load quotes of %s: %w", name, err)
		}
		return quotesMsg{name: name, refs: refs, err: err}
	}
}

// render fetches and renders an article off the update loop: its plain
// layout at once (reader.Plain), then Glamour's, which takes its place.
// It stops early when wanted no longer holds k.
func render(s Store, p *reader.Renderers, wanted *atomic.Pointer[reader.Key], k reader.Key, style ansi.StyleConfig) tea.Cmd {
	return func() tea.Msg {
		a, err := s.Get(k.ID)
		trim(s)
		if err != nil {
			return reader.Rendered{Key: k, Err: fmt.Errorf("load article: %w", err)}
		}
		if stale(wanted, k) {
			return renderDroppedMsg{key: k}
		}
		styled := func() tea.Msg {
			if stale(wanted, k) {
				return renderDroppedMsg{key: k}
			}
			return p.Render(a, k, style)
		}
		return partialMsg{first: reader.Plain(a, k), rest: styled}
	}
}

func stale(wanted *atomic.Pointer[reader.Key], k reader.Key) bool {
	w := wanted.Load()
	return w != nil && *w != k
}

// writeState persists a read or bookmark change the screen already shows.
func writeState(s Store, id model.ID, prev, next model.State) tea.Cmd {
	return func() tea.Msg {
		msg := writeMsg{id: id, prev: prev, next: next, what: "mark as read"}
		var err error
		if prev.Bookmarked != next.Bookmarked {
			msg.what = "bookmark"
			err = s.SetBookmarked(id, next.Bookmarked)
		}
		if err == nil && prev.Read != next.Read {
			err = s.SetRead(id, next.Read)
		}
		if err != nil {
			msg.err = fmt.Errorf("%s: %w", msg.what, err)
		}
		return msg
	}
}

// toggleStored flips a state of an article that is not in the loaded rows,
// so its current state is read from the store first.
func toggleStored(s Store, id model.ID, flip func(model.State) model.State) tea.Cmd {
	return func() tea.Msg {
		a, err := s.Get(id)
		if err != nil {
			return writeMsg{id: id, what: "change article", err: fmt.Errorf("load article: %w", err)}
		}
		return writeState(s, id, a.State, flip(a.State))()
	}
}

func saveSession(s Store, sess model.Session) tea.Cmd {
	return func() tea.Msg {
		// Nothing can show an error once the screen is gone; a failed save
		// only costs the next start its place.
		_ = s.SaveSession(sess)
		return quitMsg{}
	}
}

// startRefresh runs Options.Feeds in the background. Its progress and
// then its result reach Update through ch, which waitRefresh reads one
// message at a time; progress reports are dropped while Update is behind.
func startRefresh(ctx context.Context, r Refresher, ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		added, err := r.RefreshAll(ctx, func(done, total int) {
			select {
			case ch <- progressMsg{done: done, total: total}:
			default:
			}
		})
		if err != nil {
			err = fmt.Errorf("refresh: %w", err)
		}
		ch <- refreshedMsg{added: added, err: err}
		return nil
	}
}

// refreshTimeMsg says a scheduled refresh is due (Options.RefreshEvery).
type refreshTimeMsg struct{}

func waitRefresh(ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-ch }
}

// preparer is a store that can do ahead of time what its first write
// does first (library.Library: the walk of the file's pages).
type preparer interface{ Prepare() error }

// prepareStore gets the store ready for writes once the first screen is
// up, so the first key that writes (Enter marks an article read) does not
// wait for the walk of the whole file. It is only ahead of time: a store
// that cannot do it, or fails, is walked by its first write, which
// reports what it finds.
func prepareStore(s Store) tea.Cmd {
	p, ok := s.(preparer)
	if !ok {
		return nil
	}
	return func() tea.Msg {
		_ = p.Prepare()
		return nil
	}
}
