package ui

import (
	"testing"

	"soundbite/model"
)

// TestBareSurnameRowFiltersItself: a bare "Varga" stored beside Ilse and
// Tomas Varga is a row of its own, and toggling that row lists its one
// article, not every Varga's, though a typed "varga" finds them all.
func TestBareSurnameRowFiltersItself(t *testing.T) {
	arts := []model.Article{
		brennoArticle(0, "Ilse Varga"),
		brennoArticle(1, "Tomas Varga"),
		brennoArticle(2, "Varga"),
	}
	st := openStore(t, arts)
	defer st.Close()
	d := newDriver(t, st, 120, 40)
	if n := d.m.speakers.Len(); n != 3 {
		t.Fatalf("sidebar has %d speakers, want three:\n%s", n, d.frame())
	}
	selectSpeaker(t, d, "Varga")
	d.keys("enter")
	if got := d.m.list.Total(); got != 1 {
		t.Errorf("filter by the bare Varga row: %d articles, want 1", got)
	}
	if s, _ := d.m.list.Selected(); s.Title != arts[2].Title {
		t.Errorf("filter by the bare Varga row lists %q, want %q", s.Title, arts[2].Title)
	}
	if chips := d.m.chipNames(); len(chips) != 1 || chips[0] != "Varga" {
		t.Errorf("chips = %q, want the row's name", chips)
	}
}
