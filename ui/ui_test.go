package ui

import (
	"time"

	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"soundbite/model"
	"soundbite/ui/cells"
)

func TestGoldenFrames(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"120x40", 120, 40}, {"80x24", 80, 24}} {
		t.Run(size.name, func(t *testing.T) {
			d := newDriver(t, newFakeStore(testArticles(12)), size.w, size.h)
			golden.RequireEqual(t, d.frame())
		})
	}
}

func TestStartShowsListAndFirstArticle(t *testing.T) {
	arts := testArticles(5)
	d := newDriver(t, newFakeStore(arts), 120, 40)
	if got, ok := d.m.list.Selected(); !ok || got.ID != arts[0].ID {
		t.Fatalf("selected %v (%v), want the newest article %s", got.ID, ok, arts[0].ID)
	}
	if d.m.reader.Title() != arts[0].Title {
		t.Errorf("reader shows %q, want %q", d.m.reader.Title(), arts[0].Title)
	}
	f := d.frame()
	for _, a := range arts[:3] {
		if !strings.Contains(f, a.Title[:20]) {
			t.Errorf("frame lacks %q:\n%s", a.Title[:20], f)
		}
	}
	if !strings.Contains(f, "5 articles · 5 unread") {
		t.Errorf("status bar lacks the counts:\n%s", f)
	}
}

func TestOpenThirdArticle(t *testing.T) {
	arts := testArticles(6)
	s := newFakeStore(arts)
	d := newDriver(t, s, 120, 40).keys("j", "j", "enter")
	if d.m.focus != focusReader {
		t.Errorf("focus = %v, want the reader", d.m.focus)
	}
	if d.m.reader.Title() != arts[2].Title {
		t.Errorf("reader shows %q, want %q", d.m.reader.Title(), arts[2].Title)
	}
	if a, _ := s.Get(arts[2].ID); !a.State.Read {
		t.Error("opening did not mark the article read in the store")
	}
	if row, _ := d.m.list.Find(arts[2].ID); !row.State.Read {
		t.Error("opening did not mark the row read")
	}
}

func TestBookmarkSurvivesRestart(t *testing.T) {
	arts := testArticles(6)
	s := newFakeStore(arts)
	d := newDriver(t, s, 120, 40).keys("j", "b")
	if row, _ := d.m.list.Find(arts[1].ID); !row.State.Bookmarked {
		t.Fatal("b did not bookmark the row on screen")
	}
	d.keys("q")
	if !d.quit {
		t.Fatal("q did not quit")
	}

	d = newDriver(t, s, 120, 40)
	sel, _ := d.m.list.Selected()
	if sel.ID != arts[1].ID {
		t.Errorf("restart selected %s, want the article selected at quit %s", sel.ID, arts[1].ID)
	}
	if !sel.State.Bookmarked {
		t.Error("bookmark lost across restart")
	}
	if !strings.Contains(d.frame(), "1 ★") {
		t.Errorf("status bar does not count the bookmark:\n%s", d.frame())
	}
}

// selectSpeaker moves the sidebar cursor to the speaker called name.
func selectSpeaker(t *testing.T, d *driver, name string) {
	t.Helper()
	for d.m.focus != focusSpeakers {
		d.keys("tab")
	}
	d.keys("g")
	for range d.m.speakers.Len() {
		if s, _ := d.m.speakers.Selected(); s.Name == name {
			return
		}
		d.keys("j")
	}
	t.Fatalf("speaker %q not in the sidebar", name)
}

func TestSpeakerFilter(t *testing.T) {
	arts := testArticles(30)
	d := newDriver(t, newFakeStore(arts), 120, 40)
	const who = "Mara Olenko"
	var want []model.ID
	for _, a := range arts {
		if slices.ContainsFunc(a.Speakers, func(s model.Speaker) bool { return s.Name == who }) {
			want = append(want, a.ID)
		}
	}
	selectSpeaker(t, d, who)
	d.keys("enter")
	if got := d.m.list.Total(); got != len(want) {
		t.Fatalf("filtered list has %d articles, want %d", got, len(want))
	}
	for i := range d.m.list.Total() {
		d.m.list.Select(i)
		row, _ := d.m.list.Selected()
		if !slices.Contains(want, row.ID) {
			t.Errorf("row %d (%s) does not quote %s", i, row.Title, who)
		}
	}
	if f := d.frame(); !strings.Contains(f, " "+who+" ") || !strings.Contains(f, "in filter") {
		t.Errorf("no chip or filter count for %s:\n%s", who, f)
	}
	// The sidebar counts every article in view, as the list does.
	if f := d.frame(); strings.Contains(f, "in newest") {
		t.Errorf("the sidebar counts only some articles:\n%s", f)
	}
	found := false
	for i := range d.m.speakers.Len() {
		d.m.speakers.Select(i)
		if s, _ := d.m.speakers.Selected(); s.Name == who {
			found = true
			if s.Articles != d.m.list.Total() {
				t.Errorf("the sidebar counts %s in %d articles, the list shows %d", who, s.Articles, d.m.list.Total())
			}
		}
	}
	if !found {
		t.Errorf("%s is not in the filtered sidebar", who)
	}

	d.keys("esc")
	if got := d.m.list.Total(); got != len(arts) {
		t.Errorf("after esc the list has %d articles, want all %d", got, len(arts))
	}
}

func TestResizeKeepsSelection(t *testing.T) {
	arts := testArticles(20)
	d := newDriver(t, newFakeStore(arts), 120, 40).keys("j", "j", "j", "j")
	before, _ := d.m.list.Selected()
	for _, w := range []int{70, 100, 40, 120} {
		d.send(tea.WindowSizeMsg{Width: w, Height: 30})
		if got, _ := d.m.list.Selected(); got.ID != before.ID {
			t.Fatalf("at width %d the selection is %q, want %q", w, got.Title, before.Title)
		}
		lines := strings.Split(d.frame(), "\n")
		if len(lines) != 30 {
			t.Errorf("at width %d the frame has %d lines, want 30", w, len(lines))
		}
		for i, l := range lines {
			if n := len([]rune(l)); n > w {
				t.Errorf("at width %d line %d is %d cells: %q", w, i, n, l)
			}
		}
	}
}

func TestNarrowShowsOnePane(t *testing.T) {
	d := newDriver(t, newFakeStore(testArticles(5)), 70, 24)
	if f := d.frame(); !strings.Contains(f, "Articles") || strings.Contains(f, "Reader") {
		t.Errorf("narrow start should show only the list:\n%s", f)
	}
	d.keys("enter")
	if f := d.frame(); strings.Contains(f, "Articles") || !strings.Contains(f, "Reader") {
		t.Errorf("enter should switch to the reader:\n%s", f)
	}
}

func TestHostileTitleIsDefused(t *testing.T) {
	arts := testArticles(3)
	arts[0].Title = "Evil \x1b]52;c;ZXZpbA==\a title \x1b[2J here &#27;[2J"
	arts[0].Caption = "caption \x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\"
	arts[0].Body[0] = "A body with \x1b[31mcolour\x1b[0m and <script>x</script> and &#x1b;[H in it."
	arts[0].Speakers[0].Name = "Mara \x1b[5mOlenko"
	d := newDriver(t, newFakeStore(arts), 120, 40)
	if d.m.reader.Title() == "" {
		t.Fatal("the hostile article did not render")
	}
	raw := d.m.View().Content
	assertOnlySGR(t, raw)
	f := d.frame()
	for _, bad := range []string{"52;c", "[2J" + " here", "\x1b"} {
		if strings.Contains(f, bad) {
			t.Errorf("frame holds %q", bad)
		}
	}
	if !strings.Contains(f, "Evil title here") {
		t.Errorf("the title's text should survive:\n%s", f)
	}
}

func TestWriteFailureIsShown(t *testing.T) {
	arts := testArticles(3)
	s := newFakeStore(arts)
	d := newDriver(t, s, 120, 40)
	s.failWrite = errors.New("disk full")
	d.keys("b")
	if row, _ := d.m.list.Find(arts[0].ID); row.State.Bookmarked {
		t.Error("a failed bookmark write left the row bookmarked")
	}
	if f := d.frame(); !strings.Contains(f, "could not bookmark: disk full") {
		t.Errorf("the write error is not in the status bar:\n%s", f)
	}
}

func TestUnreadAndBookmarkFilters(t *testing.T) {
	arts := testArticles(8)
	s := newFakeStore(arts)
	d := newDriver(t, s, 120, 40).keys("enter", "tab", "tab", "tab") // read the first, back to the list
	d.keys("u")
	if got := d.m.list.Total(); got != 7 {
		t.Errorf("unread only: %d articles, want 7", got)
	}
	d.keys("u", "j", "b", "B")
	if got := d.m.list.Total(); got != 1 {
		t.Errorf("bookmarks only: %d articles, want 1", got)
	}
}

func TestSearchFromList(t *testing.T) {
	arts := testArticles(20)
	d := newDriver(t, newFakeStore(arts), 120, 40)
	d.keys("/", "O", "r", "m", "s", "b", "y")
	// The driver runs the debounce timers, so by now the search runs.
	if d.m.queryText != "Ormsby" {
		t.Fatalf("search = %q, want Ormsby", d.m.queryText)
	}
	n := 0
	for _, a := range arts {
		if strings.Contains(a.Title+a.Text(), "Ormsby") {
			n++
		}
	}
	if got := d.m.list.Total(); got != n || n == 0 {
		t.Errorf("search: %d articles, want %d", got, n)
	}
	if f := d.frame(); !strings.Contains(f, fmt.Sprintf("%d found", n)) {
		t.Errorf("the list title does not count the hits:\n%s", f)
	}
	// Titles mark the word matched.
	if raw := d.m.View().Content; !strings.Contains(raw, d.m.theme.List.Match.Render("Ormsby")) {
		t.Errorf("no title marks Ormsby:\n%q", raw)
	}
	d.keys("q") // typed into the input, not quitting
	if d.quit {
		t.Fatal("q in the search input quit the reader")
	}
	// A query that does not parse says why and leaves the list on the
	// last one that did.
	d.keys("backspace", " ", "s", "p", "e", "a", "k", "e", "r")
	before := d.m.list.Total()
	d.keys(":")
	if f := d.frame(); !strings.Contains(f, "speaker: needs a name at column 16") {
		t.Errorf("a bad query shows no error:\n%s", f)
	}
	if d.m.queryText != "Ormsby speaker" || d.m.list.Total() != before {
		t.Errorf("a bad query changed the list: search %q, %d articles", d.m.queryText, d.m.list.Total())
	}
	d.keys("esc")
	if got := d.m.list.Total(); got != len(arts) || d.m.queryText != "" {
		t.Errorf("esc left %d articles and search %q", got, d.m.queryText)
	}
	d.keys("/", "ctrl+c")
	if !d.quit {
		t.Error("ctrl+c in the search input did not quit")
	}
}

func TestSearchMarksReader(t *testing.T) {
	arts := testArticles(6)
	d := newDriver(t, newFakeStore(arts), 120, 40)
	d.keys("/", "c", "o", "u", "n", "c", "i", "l", "enter", "enter")
	if d.m.focus != focusReader {
		t.Fatalf("focus %v, want the reader", d.m.focus)
	}
	at, lines := d.m.reader.Matches()
	if lines == 0 || at != 0 {
		t.Fatalf("reader matches: at %d of %d", at, lines)
	}
	if raw := d.m.View().Content; !strings.Contains(raw, "\x1b[7mcouncil\x1b[27m") {
		t.Errorf("the reader does not mark council:\n%q", raw)
	}
	d.keys("n")
	if at, _ := d.m.reader.Matches(); at != 1 {
		t.Errorf("n: at match %d, want 1", at)
	}
	if f := d.frame(); !strings.Contains(f, fmt.Sprintf("match 1 of %d", lines)) {
		t.Errorf("the reader title does not say which match:\n%s", f)
	}
	d.keys("N")
	if at, _ := d.m.reader.Matches(); at != lines {
		t.Errorf("N from the first match: at %d, want the last (%d)", at, lines)
	}
}

func TestSavedSearches(t *testing.T) {
	arts := testArticles(12)
	s := newFakeStore(arts)
	d := newDriver(t, s, 120, 40)
	d.keys("/", "O", "r", "m", "s", "b", "y", "enter", "ctrl+s")
	if got, _ := s.SavedSearches(); !slices.Equal(got, []string{"Ormsby"}) {
		t.Fatalf("saved %q", got)
	}
	if f := d.frame(); !strings.Contains(f, "Saved the search Ormsby") {
		t.Errorf("no word of the save:\n%s", f)
	}
	d.keys("/", "esc") // the search ends
	if d.m.queryText != "" {
		t.Fatalf("search %q after esc", d.m.queryText)
	}
	d.keys("tab", "tab", "S")
	if !d.m.speakers.InSaved() || !strings.Contains(d.frame(), "⌕ Ormsby") {
		t.Fatalf("the sidebar does not list the saved search:\n%s", d.frame())
	}
	d.keys("enter")
	if d.m.queryText != "Ormsby" || d.m.focus != focusList || d.m.list.FilterValue() != "Ormsby" {
		t.Errorf("enter on a saved search: search %q, focus %v, input %q", d.m.queryText, d.m.focus, d.m.list.FilterValue())
	}
	d.keys("tab", "tab", "x")
	if got, _ := s.SavedSearches(); len(got) != 0 {
		t.Errorf("x left %q saved", got)
	}
}

func TestSearchSession(t *testing.T) {
	arts := testArticles(12)
	s := newFakeStore(arts)
	d := newDriver(t, s, 120, 40)
	d.keys("/", "O", "r", "m", "s", "b", "y", "enter", "q")
	if got, _ := s.Session(); got.Query != "Ormsby" {
		t.Fatalf("session query %q", got.Query)
	}
	d = newDriver(t, s, 120, 40)
	if d.m.queryText != "Ormsby" || d.m.list.FilterValue() != "Ormsby" || d.m.list.Total() >= len(arts) {
		t.Errorf("restored: search %q, input %q, %d articles", d.m.queryText, d.m.list.FilterValue(), d.m.list.Total())
	}
	// A title filter saved before searches comes back as a search.
	s.session = model.Session{Filter: model.Filter{Title: "Ormsby"}}
	if d = newDriver(t, s, 120, 40); d.m.queryText != "Ormsby" || d.m.filter.Title != "" {
		t.Errorf("old session: search %q, title %q", d.m.queryText, d.m.filter.Title)
	}
}

func TestQuoteViewOpensArticle(t *testing.T) {
	arts := testArticles(10)
	d := newDriver(t, newFakeStore(arts), 120, 40)
	const who = "Tomas Reyvik"
	selectSpeaker(t, d, who)
	d.keys("o")
	if !d.m.speakers.InQuotes() {
		t.Fatal("o did not open the quote view")
	}
	q, ok := d.m.speakers.SelectedQuote()
	if !ok || q.Speaker != who {
		t.Fatalf("quote view selected %+v", q)
	}
	d.keys("enter")
	a, _ := newFakeStore(arts).Get(q.Article)
	if d.m.reader.Title() != a.Title || d.m.focus != focusReader {
		t.Errorf("enter on a quote shows %q with focus %v, want %q in the reader", d.m.reader.Title(), d.m.focus, a.Title)
	}
	if !strings.Contains(d.m.reader.Wanted().Focus, "tomas reyvik") {
		t.Errorf("the quote's speaker is not highlighted: focus %q", d.m.reader.Wanted().Focus)
	}
}

func TestMouse(t *testing.T) {
	arts := testArticles(10)
	d := newDriver(t, newFakeStore(arts), 120, 40)
	// Rows take three lines under the title line: row 2 starts at y=7.
	l := d.m.layout.panes[focusList]
	d.send(tea.MouseClickMsg{X: l.X + 5, Y: 7, Button: tea.MouseLeft})
	if got, _ := d.m.list.Selected(); got.ID != arts[2].ID {
		t.Errorf("click selected %q, want %q", got.Title, arts[2].Title)
	}
	r := d.m.layout.panes[focusSpeakers]
	d.send(tea.MouseClickMsg{X: r.X + 2, Y: r.Y + 3, Button: tea.MouseLeft})
	if d.m.focus != focusSpeakers {
		t.Errorf("click in the sidebar did not focus it")
	}
	if i, _ := d.m.speakers.RowAt(3); i != 1 {
		t.Errorf("sidebar row at line 3 = %d, want 1", i)
	}
	d.send(tea.MouseWheelMsg{X: l.X + 5, Y: 10, Button: tea.MouseWheelDown})
	if got := d.m.list.Cursor(); got != 3 {
		t.Errorf("wheel over the list moved the cursor to %d, want 3", got)
	}
}

func TestRefresh(t *testing.T) {
	arts := testArticles(4)
	s := newFakeStore(arts)
	d := newDriver(t, s, 120, 40).keys("R")
	if !strings.Contains(d.frame(), "Refreshing is not set up") {
		t.Errorf("R without Refresh should say so:\n%s", d.frame())
	}

	m := New(Options{Store: s, Feeds: refreshFunc(func(ctx context.Context, progress func(done, total int)) (int, error) {
		progress(1, 2)
		progress(2, 2)
		return 3, nil
	})})
	m.renderDelay = 0
	d = &driver{tb: t, m: m}
	d.run(m.Init())
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40}).keys("R")
	if !strings.Contains(d.frame(), "Refreshed: 3 new articles.") {
		t.Errorf("no refresh result in the status bar:\n%s", d.frame())
	}
}

func TestFullHelp(t *testing.T) {
	d := newDriver(t, newFakeStore(testArticles(3)), 120, 40).keys("?")
	f := d.frame()
	for _, want := range []string{"bookmarks only", "all their quotes", "refresh", "half page down"} {
		if !strings.Contains(f, want) {
			t.Errorf("full help lacks %q:\n%s", want, f)
		}
	}
	if n := len(strings.Split(f, "\n")); n != 40 {
		t.Errorf("frame with full help has %d lines, want 40", n)
	}
}

// refreshFunc is a Refresher made of a function.
type refreshFunc func(ctx context.Context, progress func(done, total int)) (int, error)

func (f refreshFunc) RefreshAll(ctx context.Context, progress func(done, total int)) (int, error) {
	return f(ctx, progress)
}

// tokenWatcher is a Watcher whose token the test moves.
type tokenWatcher struct{ token uint64 }

func (w *tokenWatcher) Changes() (uint64, error) { return w.token, nil }

func TestOtherProcessesWritesShowWithoutARestart(t *testing.T) {
	arts := testArticles(6)
	s := newFakeStore(arts)
	w := &tokenWatcher{token: 7}
	m := New(Options{Store: s, Changes: w})
	m.renderDelay = 0
	m.after = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil } // the test polls
	d := &driver{tb: t, m: m}
	d.run(m.Init())
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40}).keys("j", "j")
	sel, _ := d.m.list.Selected()
	d.send(pollChanges(w)())

	// Another process bookmarks the first article: the token moves.
	if err := s.SetBookmarked(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	w.token++
	d.send(pollChanges(w)())
	if !strings.Contains(d.frame(), "1 ★") {
		t.Errorf("the bookmark made elsewhere does not show:\n%s", d.frame())
	}
	if now, _ := d.m.list.Selected(); now.ID != sel.ID {
		t.Errorf("the cursor moved from %s to %s on reload", sel.ID, now.ID)
	}
}

// The full help, paged through at 120x40, 80x24 and 60x20, lists every
// binding it groups, each key beside its whole description, every action a
// settings file can rebind among them, and cuts nothing.
func TestFullHelpListsEveryKeyUncut(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}} {
		d := newDriver(t, newFakeStore(testArticles(3)), size[0], size[1])
		d.keys("?")
		var lines []string
		for range 10 {
			if d.m.helpPage == 0 {
				break
			}
			lines = append(lines, strings.Split(d.frame(), "\n")...)
			d.keys("?")
		}
		if d.m.helpPage > 0 {
			t.Fatalf("%dx%d: the help never closed after 10 pages", size[0], size[1])
		}
		text := strings.Join(lines, "\n")
		if strings.Contains(text, "…") {
			t.Errorf("%dx%d: the help cuts something:\n%s", size[0], size[1], text)
		}
		shown := func(b key.Binding) bool {
			h := b.Help()
			re := regexp.MustCompile(`(^|\s)` + regexp.QuoteMeta(h.Key) + ` +` + regexp.QuoteMeta(h.Desc) + `(\s|$)`)
			return re.MatchString(text)
		}
		listed := map[string]bool{}
		for _, g := range d.m.helpGroups() {
			for _, b := range g.keys {
				listed[b.Help().Key+"\x00"+b.Help().Desc] = true
				if !shown(b) {
					t.Errorf("%dx%d: %q (%s) is not shown whole:\n%s", size[0], size[1], b.Help().Key, b.Help().Desc, text)
				}
			}
		}
		for _, a := range d.m.keys.Actions() {
			if h := a.Binding.Help(); !listed[h.Key+"\x00"+h.Desc] {
				t.Errorf("action %s (%q) is not in the help", a.Name, h.Key)
			}
		}
		for _, k := range []string{"ctrl+s", "x", "ctrl+c", "ctrl+z", "Q", "n", "N"} {
			if !regexp.MustCompile(`(^|\s)` + regexp.QuoteMeta(k) + ` `).MatchString(text) {
				t.Errorf("%dx%d: %s is never listed", size[0], size[1], k)
			}
		}
	}
}

// h and l move focus as the panes stand on screen: at 120 columns the
// speakers are left of the list and the reader is on the right; from 80
// to 119 the speakers take the reader's column.
func TestPaneLeftRightFollowTheLayout(t *testing.T) {
	for _, c := range []struct {
		w, h int
		keys []string
		want []focus
	}{
		{120, 40, []string{"h", "h", "l", "l", "l"}, []focus{focusSpeakers, focusSpeakers, focusList, focusReader, focusReader}},
		{80, 24, []string{"h", "l", "l", "l", "h"}, []focus{focusList, focusReader, focusSpeakers, focusSpeakers, focusReader}},
	} {
		d := newDriver(t, newFakeStore(testArticles(4)), c.w, c.h)
		for i, k := range c.keys {
			if d.keys(k); d.m.focus != c.want[i] {
				t.Errorf("%dx%d: after %v focus = %v, want %v", c.w, c.h, c.keys[:i+1], d.m.focus, c.want[i])
			}
		}
	}
}

// The short help shows whole bindings: never half of one, or a separator
// with nothing after it, at the end of the line.
func TestShortHelpEndsWithAWholeBinding(t *testing.T) {
	for w := 60; w <= 130; w++ {
		d := newDriver(t, newFakeStore(testArticles(4)), w, 30)
		for _, k := range []string{"", "enter", "shift+tab"} {
			if k != "" {
				d.keys(k)
			}
			lines := strings.Split(d.frame(), "\n")
			help := strings.TrimRight(lines[len(lines)-1], " ")
			if strings.HasSuffix(help, "•") || cells.Width(help) > w {
				t.Errorf("width %d after %q: help line %q", w, k, help)
			}
		}
	}
}

// The article screen is read back by terminal multiplexers and the tmux
// harness as text, blanks at the ends of lines left out: the more it
// holds, the slower each read (docs/benchmarks.md, issue 14). With the
// reader against the right edge its lines end with their text; this
// ceiling (3,678 bytes on 2026-12-04, 4,456 with the reader between the
// list and the sidebar) catches a layout that pads them out again.
func TestArticleScreenWeight(t *testing.T) {
	d := newDriver(t, newFakeStore(testArticles(12)), 120, 40).keys("enter")
	n := 0
	for _, l := range strings.Split(d.frame(), "\n") {
		n += len(strings.TrimRight(l, " ")) + 1
	}
	if n > 3800 {
		t.Errorf("the article screen at 120x40 holds %d bytes of text, want at most 3,800", n)
	}
}
