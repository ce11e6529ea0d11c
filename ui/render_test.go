package ui

import (
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
	"soundbite/ui/reader"
	"soundbite/ui/theme"
)

// TestRenderPlainThenStyled checks the render command's two steps, and
// that a render the cursor has left stops early.
func TestRenderPlainThenStyled(t *testing.T) {
	a := testArticles(1)[0]
	st := newFakeStore([]model.Article{a})
	style := theme.New(true, false).Glamour
	k := reader.Key{ID: a.ID, Width: 60, Theme: "dark"}
	other := reader.Key{ID: "elsewhere", Width: 60, Theme: "dark"}

	wanted := new(atomic.Pointer[reader.Key])
	wanted.Store(&k)
	p, ok := render(st, reader.NewRenderers(), wanted, k, style)().(partialMsg)
	if !ok {
		t.Fatal("the first step is not the plain layout")
	}
	if !p.first.Partial || p.first.Key != k || p.first.Title != a.Title || !strings.Contains(p.first.Content, "voted on Tuesday") {
		t.Errorf("the plain layout of %+v lacks the title, the body or the stand-in mark:\n%s", p.first.Key, p.first.Content)
	}
	styled, ok := p.rest().(reader.Rendered)
	if !ok || styled.Partial || styled.Err != nil || !strings.Contains(styled.Content, "\x1b[") {
		t.Fatalf("the second step is not the styled rendering: %T", styled)
	}
	if ansi.Strip(styled.Content) != p.first.Content {
		t.Errorf("the styled rendering moves lines of the plain one:\n%s\n---\n%s", ansi.Strip(styled.Content), p.first.Content)
	}

	// The cursor moves on before the store answers, then before Glamour.
	wanted.Store(&other)
	if d, ok := render(st, reader.NewRenderers(), wanted, k, style)().(renderDroppedMsg); !ok || d.key != k {
		t.Error("a render the cursor left went on past the store")
	}
	wanted.Store(&k)
	p = render(st, reader.NewRenderers(), wanted, k, style)().(partialMsg)
	wanted.Store(&other)
	if d, ok := p.rest().(renderDroppedMsg); !ok || d.key != k {
		t.Error("a render the cursor left went on to Glamour")
	}
}

// holdRenders picks out the messages that carry renderings.
func holdRenders(msg tea.Msg) bool {
	switch msg.(type) {
	case partialMsg, reader.Rendered:
		return true
	}
	return false
}

// TestEnterShowsArticleInTheNextFrame opens an article right after a
// burst of keys, with the store and Glamour held back: the frame after
// Enter has its title and the line under it, the plain layout brings its
// first paragraphs, the styled rendering replaces that line for line and
// keeps the scroll position, and late renderings of the rows the burst
// passed never replace it.
func TestEnterShowsArticleInTheNextFrame(t *testing.T) {
	arts := testArticles(8)
	// Long enough to scroll, so the reader's title shows how far.
	arts[3].Body = append(arts[3].Body, arts[3].Body...)
	arts[3].Body = append(arts[3].Body, arts[3].Body...)
	d := newDriver(t, newFakeStore(arts), 120, 40)
	d.hold = holdRenders
	d.keys("j", "j", "j")
	passed := len(d.held) // renderings of the rows the cursor passed
	if passed == 0 {
		t.Fatal("the burst started no renders")
	}
	d.keys("enter")

	want := arts[3]
	lines := strings.Split(ansi.Strip(d.m.reader.View()), "\n")
	if !strings.Contains(lines[0], strings.Join(strings.Fields(want.Title)[:3], " ")) ||
		!strings.Contains(strings.Join(lines[:min(5, len(lines))], "\n"), strings.ToUpper(want.Category)) {
		t.Fatalf("the reader after Enter does not open on %q:\n%s", want.Title, strings.Join(lines, "\n"))
	}
	if f := d.frame(); !strings.Contains(f, "scroll down") || !strings.Contains(f, lines[0]) {
		t.Errorf("the frame after Enter lacks the reader's help or the heading:\n%s", f)
	}

	// The store answers: the plain layout, with the body.
	i := slices.IndexFunc(d.held, func(msg tea.Msg) bool {
		p, ok := msg.(partialMsg)
		return ok && p.first.Key.ID == want.ID
	})
	if i < 0 {
		t.Fatal("no render of the article opened")
	}
	plain := d.held[i]
	d.held = slices.Delete(d.held, i, i+1)
	late := d.held
	d.held = nil
	d.hold = func(msg tea.Msg) bool { _, ok := msg.(reader.Rendered); return ok }
	d.send(plain)
	if v := ansi.Strip(d.m.reader.View()); !strings.Contains(v, "voted on Tuesday") || !strings.Contains(v, "Speaking:") {
		t.Errorf("the plain layout lacks the first paragraph:\n%s", v)
	}
	if len(d.held) != 1 {
		t.Fatalf("%d styled renderings on their way, want 1", len(d.held))
	}
	styled := d.held[0]
	d.hold = nil
	d.keys("j", "j")
	before, frame := ansi.Strip(d.m.reader.View()), d.frame()
	if !strings.Contains(frame, "%") {
		t.Errorf("the reader's title lacks how far the plain layout is scrolled:\n%s", frame)
	}
	d.send(styled)
	after := d.m.reader.View()
	if !d.m.reader.Showing() || ansi.Strip(after) != before || !strings.Contains(after, "\x1b[") {
		t.Errorf("the styled rendering did not take the plain one's place, scrolled two lines:\n%s\n---\n%s", ansi.Strip(after), before)
	}
	if d.frame() != frame {
		t.Errorf("the frame's text changed as the styled rendering arrived:\n%s\n---\n%s", d.frame(), frame)
	}

	// The renderings the burst started arrive late.
	for _, msg := range late {
		d.send(msg)
		if p, ok := msg.(partialMsg); ok {
			d.send(p.rest())
		}
	}
	if got := d.m.reader.Title(); got != want.Title || d.m.reader.View() != after {
		t.Errorf("a late rendering replaced %q with %q", want.Title, got)
	}
}

// TestOpenShowsWholeArticle checks that after the plain layout the
// reader ends on the whole article, and that nothing stays in flight.
func TestOpenShowsWholeArticle(t *testing.T) {
	arts := testArticles(5)
	para := strings.Repeat("The quay committee went through the figures once more before the vote. ", 8)
	for i := range arts {
		arts[i].Body = []string{para, para, para, para, para, para, para, para}
	}
	d := newDriver(t, newFakeStore(arts), 120, 24)
	d.keys("j", "j", "enter")
	if !d.m.reader.Showing() || len(d.m.rendering) != 0 {
		t.Fatalf("reader showing whole: %v, renders in flight: %v", d.m.reader.Showing(), d.m.rendering)
	}
	d.keys("G")
	if !strings.Contains(d.frame(), "before the vote") {
		t.Errorf("the end of the article is missing:\n%s", d.frame())
	}
}

// trimCounter is a store that counts Trim calls.
type trimCounter struct {
	*fakeStore
	trims atomic.Int32
}

func (s *trimCounter) Trim() error { s.trims.Add(1); return nil }

// TestStoreTrimmedAfterBigReads checks that the reader gives back mapped
// pages after the list, the sidebar and an article have loaded.
func TestStoreTrimmedAfterBigReads(t *testing.T) {
	s := &trimCounter{fakeStore: newFakeStore(testArticles(30))}
	d := newDriver(t, s, 120, 40)
	// The first window, the sidebar and the first article.
	if n := s.trims.Load(); n < 3 {
		t.Errorf("%d trims at start, want one per read", n)
	}
	before := s.trims.Load()
	d.keys("j")
	if s.trims.Load() <= before {
		t.Error("no trim after loading another article")
	}
}
