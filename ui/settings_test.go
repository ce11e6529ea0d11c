package ui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"soundbite/model"
	"soundbite/ui/theme"
)

// driveWith starts a reader with opts on s at w×h, as newDriver does.
func driveWith(t *testing.T, s Store, opts Options, w, h int) *driver {
	t.Helper()
	opts.Store = s
	m := New(opts)
	m.renderDelay, m.placeDelay = 0, 0
	d := &driver{tb: t, m: m}
	d.run(m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

func TestReboundKeysMoveAndShowInHelp(t *testing.T) {
	s := newFakeStore(testArticles(5))
	d := driveWith(t, s, Options{Keys: map[string][]string{"down": {"n"}, "up": {"p"}}}, 120, 40)
	first := selectedID(d)
	d.keys("j")
	if selectedID(d) != first {
		t.Fatal("j still moves after down was rebound to n")
	}
	d.keys("n", "n")
	if selectedID(d) != s.articles[2].ID {
		t.Fatalf("n n selected %s, want the third article", selectedID(d))
	}
	d.keys("p")
	if selectedID(d) != s.articles[1].ID {
		t.Fatal("p did not move up")
	}
	d.keys("?")
	f := d.frame()
	if !strings.Contains(f, "n ") || strings.Contains(f, "↓/j") {
		t.Errorf("full help does not show the bound keys:\n%s", f)
	}
}

func TestUnknownActionAndWarningShowInStatus(t *testing.T) {
	s := newFakeStore(testArticles(2))
	d := driveWith(t, s, Options{Warning: "settings not used, running on defaults: config.toml:3: keys.fly: unknown action"}, 120, 40)
	if f := d.frame(); !strings.Contains(f, "running on defaults") {
		t.Errorf("warning not in the status bar:\n%s", f)
	}
	d = driveWith(t, s, Options{Keys: map[string][]string{"fly": {"f"}}}, 120, 40)
	if f := d.frame(); !strings.Contains(f, "unknown action fly") {
		t.Errorf("unknown action not reported:\n%s", f)
	}
}

func TestColourOverrideChangesTheme(t *testing.T) {
	plain := theme.Custom(true, false, theme.Options{})
	red := theme.Custom(true, false, theme.Options{Colors: theme.Colors{Accent: "#ff0000"}})
	if plain.Name() == red.Name() {
		t.Fatal("a colour override must change the theme's name (it keys the render cache)")
	}
	s := newFakeStore(testArticles(2))
	d := driveWith(t, s, Options{Theme: theme.Options{Colors: theme.Colors{Accent: "#ff0000"}}}, 120, 40)
	if v := d.m.View().Content; !strings.Contains(v, "255;0;0") && !strings.Contains(v, "38;5;196") && !strings.Contains(v, "91m") {
		t.Errorf("the accent colour is not on screen")
	}
}

func withSource(arts []model.Article, i int, src string) []model.Article {
	arts[i].Source = src
	return arts
}

func TestOpenAndCopyLink(t *testing.T) {
	const link = "https://news.example/story?id=7&x=$(touch pwned)"
	// What the browser gets, the status line shows and the clipboard holds:
	// the link percent-encoded, so it stays one word.
	const escaped = "https://news.example/story?id=7&x=$(touch%20pwned)"
	arts := withSource(testArticles(3), 0, link)
	s := newFakeStore(arts)
	var opened []string
	d := driveWith(t, s, Options{OpenURL: func(u string) error { opened = append(opened, u); return nil }}, 120, 40)
	// The list is newest first; select the article with the link.
	selectArticle(d, arts[0].ID)
	d.keys("o")
	if len(opened) != 1 || opened[0] != escaped {
		t.Fatalf("opened %q, want exactly %q", opened, escaped)
	}
	if f := d.frame(); !strings.Contains(f, "Opened "+escaped) {
		t.Errorf("no confirmation:\n%s", f)
	}
	d.keys("y")
	if f := d.frame(); !strings.Contains(f, "Copied "+escaped) {
		t.Errorf("no copy confirmation:\n%s", f)
	}

	// A file-imported article has no link to open.
	d.keys("j")
	d.keys("o")
	if len(opened) != 1 {
		t.Fatalf("opened a file article: %q", opened)
	}
	if f := d.frame(); !strings.Contains(f, "no web link") {
		t.Errorf("no explanation for a file article:\n%s", f)
	}

	// The browser failing is shown, not swallowed.
	d = driveWith(t, s, Options{OpenURL: func(string) error { return errors.New("no browser found") }}, 120, 40)
	selectArticle(d, arts[0].ID)
	d.keys("o")
	if f := d.frame(); !strings.Contains(f, "no browser found") {
		t.Errorf("browser failure not shown:\n%s", f)
	}
}

func TestReaderWidthCapsLines(t *testing.T) {
	s := newFakeStore(testArticles(2))
	d := driveWith(t, s, Options{Widths: Widths{Reader: 40}}, 160, 40)
	if w := d.m.reader.Width(); w != 40 {
		t.Fatalf("render width %d, want 40", w)
	}
}

func selectedID(d *driver) model.ID {
	row, _ := d.m.list.Selected()
	return row.ID
}

// selectArticle moves the list's cursor to id, from the top.
func selectArticle(d *driver, id model.ID) {
	d.tb.Helper()
	d.keys("g")
	for range d.m.list.Total() {
		if selectedID(d) == id {
			return
		}
		d.keys("j")
	}
	d.tb.Fatalf("article %s is not in the list", id)
}
