package ui

import (
	"strings"
	"sync/atomic"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
	"soundbite/ui/reader"
	"soundbite/ui/theme"
)

// TestRenderFirstScreenThenWhole checks the render command's two steps
// for a long article, and that a render the cursor has left stops early.
func TestRenderFirstScreenThenWhole(t *testing.T) {
	a := testArticles(1)[0]
	para := strings.Repeat("The quay committee went through the figures once more before the vote. ", 8)
	a.Body = []string{para, para, para, para, para, para, para, para}
	st := newFakeStore([]model.Article{a})
	style := theme.New(true, false).Glamour
	k := reader.Key{ID: a.ID, Width: 60, Theme: "dark"}
	other := reader.Key{ID: "elsewhere", Width: 60, Theme: "dark"}

	for _, tc := range []struct {
		name   string
		wanted reader.Key
		height int
		check  func(t *testing.T, cmdMsg any)
	}{
		{"long article in a short pane", k, 20, func(t *testing.T, msg any) {
			p, ok := msg.(partialMsg)
			if !ok {
				t.Fatalf("got %T, want the first screenful", msg)
			}
			if !p.first.Partial || p.first.Key != k || p.first.Title != a.Title ||
				!strings.Contains(ansi.Strip(p.first.Content), "quay committee") {
				t.Errorf("first screenful of %+v lacks the title, the body or the partial mark", p.first.Key)
			}
			whole, ok := p.rest().(reader.Rendered)
			if !ok || whole.Partial || len(whole.Content) <= len(p.first.Content) {
				t.Errorf("the rest is not the whole article: %T", whole)
			}
		}},
		{"tall pane renders the whole at once", k, 500, func(t *testing.T, msg any) {
			if r, ok := msg.(reader.Rendered); !ok || r.Partial || r.Err != nil {
				t.Errorf("got %T, want the whole rendering", msg)
			}
		}},
		{"cursor moved on", other, 20, func(t *testing.T, msg any) {
			if d, ok := msg.(renderDroppedMsg); !ok || d.key != k {
				t.Errorf("got %T, want the render dropped", msg)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wanted := new(atomic.Pointer[reader.Key])
			wanted.Store(&tc.wanted)
			tc.check(t, render(st, reader.NewRenderers(), wanted, k, tc.height, style)())
		})
	}
}

// TestOpenShowsWholeArticle checks that after the first screenful the
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
