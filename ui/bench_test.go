package ui

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/store"
	"soundbite/ui/speakers"
)

// benchSize is the store size the reader must stay quick on.
const benchSize = 100_000

// The corpus and the stores over it are built once per test binary: a
// 100,000-article bbolt file takes a while to fill.
var (
	benchOnce     sync.Once
	benchArticles []model.Article
)

func benchCorpus() []model.Article {
	benchOnce.Do(func() { benchArticles = testArticles(benchSize) })
	return benchArticles
}

// noTimers is a tea.Tick that never fires, so that a benchmark measures a
// keypress and its frame, not the render the cursor schedules for later.
func noTimers(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }

// benchDriver is a reader on s at 120×40 with its first frame done.
func benchDriver(b *testing.B, s Store) *driver {
	d := newDriver(b, s, 120, 40)
	d.m.after = noTimers
	d.m.renderDelay = renderDelay
	if d.m.list.Total() != benchSize {
		b.Fatalf("list total %d", d.m.list.Total())
	}
	return d
}

// BenchmarkStartToFirstFrame measures New to the first full frame: the
// session, the first window of rows, the counts, the speakers and the
// first article rendered, then View.
func BenchmarkStartToFirstFrame(b *testing.B) {
	b.Run("fake", func(b *testing.B) {
		benchStart(b, newFakeStore(benchCorpus()))
	})
	b.Run("bbolt", func(b *testing.B) {
		st := openStore(b, nil)
		defer st.Close()
		putAll(b, st.Store, benchCorpus())
		benchStart(b, st)
	})
}

func putAll(b *testing.B, st *store.Store, arts []model.Article) {
	b.Helper()
	const batch = 5000
	for i := 0; i < len(arts); i += batch {
		if _, err := st.Put(arts[i:min(len(arts), i+batch)]); err != nil {
			b.Fatal(err)
		}
	}
}

func benchStart(b *testing.B, s Store) {
	for b.Loop() {
		d := newDriver(b, s, 120, 40)
		if d.m.reader.Title() == "" || len(d.m.View().Content) == 0 {
			b.Fatal("no article in the first frame")
		}
	}
}

// BenchmarkView120x40 measures drawing a full frame from held state.
func BenchmarkView120x40(b *testing.B) {
	d := benchDriver(b, newFakeStore(benchCorpus()))
	b.ReportAllocs()
	for b.Loop() {
		_ = d.m.View()
	}
}

// BenchmarkKeypressToFrame measures j in the list through Update, the
// page loads it causes as the window moves, and the next View, walking
// down the whole 100,000-article list and back to the top.
func BenchmarkKeypressToFrame(b *testing.B) {
	d := benchDriver(b, newFakeStore(benchCorpus()))
	j, g := keyPress("j"), keyPress("g")
	b.ReportAllocs()
	for b.Loop() {
		if d.m.list.Cursor() == benchSize-1 {
			d.send(g)
		}
		d.send(j)
		_ = d.m.View()
	}
}

// BenchmarkToggleSpeakerFilter measures turning a speaker filter on and
// off: the list, the counts and the sidebar reload each time, then View.
func BenchmarkToggleSpeakerFilter(b *testing.B) {
	for _, tc := range []struct {
		name  string
		store func(b *testing.B) Store
	}{
		{"fake", func(*testing.B) Store { return newFakeStore(benchCorpus()) }},
		{"bbolt", func(b *testing.B) Store {
			st := openStore(b, nil)
			b.Cleanup(func() { st.Close() })
			putAll(b, st.Store, benchCorpus())
			return st
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			d := benchDriver(b, tc.store(b))
			on := speakers.ToggleMsg{Key: "mara olenko", Name: "Mara Olenko"}
			for b.Loop() {
				d.send(on)
				_ = d.m.View()
				d.send(on)
				_ = d.m.View()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(2*b.N), "ns/toggle")
		})
	}
}

// BenchmarkEnterToFrame measures Enter on a row the cursor has just
// reached, to the frame that shows its article: the key's Update and
// View, as the update loop runs them. The commands that read and render
// the article run beside the loop and are left out: the frame must show
// the article's title without them.
func BenchmarkEnterToFrame(b *testing.B) {
	d := benchDriver(b, newFakeStore(benchCorpus()))
	j, h, enter := keyPress("j"), keyPress("h"), keyPress("enter")
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		if d.m.list.Cursor() == benchSize-1 {
			d.send(keyPress("g"))
		}
		d.send(j)
		want, _ := d.m.list.Selected()
		b.StartTimer()
		next, _ := d.m.Update(enter) // its commands read and render
		d.m = next.(Model)
		if !strings.Contains(d.m.View().Content, want.Title[:20]) {
			b.Fatalf("the frame after Enter does not show %q", want.Title)
		}
		b.StopTimer()
		clear(d.m.rendering) // the renders were never run
		d.send(h)
		b.StartTimer()
	}
}
