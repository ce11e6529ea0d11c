package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"soundbite/model"
)

// brennoArticle is an article quoting a fictional press secretary by one
// form of his name.
func brennoArticle(i int, name string) model.Article {
	quoted := fmt.Sprintf("There is news on the harbour lease, part %d", i+1)
	para := "\u201c" + quoted + ",\u201d " + name + " said."
	a := model.Article{
		Title:     fmt.Sprintf("Harbour lease, part %d", i+1),
		Category:  "Local",
		Published: time.Date(2025, 6, 1+i, 12, 0, 0, 0, time.UTC),
		Body:      []string{"The palace spoke about the lease.", para},
		Speakers:  []model.Speaker{{Name: name, Kind: model.Person, Quotes: 1}},
	}
	start := len(a.Body[0]) + len(model.ParagraphSep) + len("\u201c")
	a.Quotes = []model.Quote{{Speaker: name, Kind: model.Direct, Text: quoted, Cue: "said", Start: start, End: start + len(quoted)}}
	a.ID = model.NewID(model.ContentIdentity(a))
	return a
}

// TestRealStoreOneSpeakerPerIdentity: a speaker named three ways in three
// articles is one row of the sidebar, whose filter finds all three, and
// whose quotes the reader marks in each, however the article names him.
func TestRealStoreOneSpeakerPerIdentity(t *testing.T) {
	arts := []model.Article{
		brennoArticle(0, "Brenno"),
		brennoArticle(1, "Ilvar Brenno"),
		brennoArticle(2, "Palace press secretary Ilvar Brenno"),
	}
	st := openStore(t, arts)
	defer st.Close()
	d := newDriver(t, st, 120, 40)
	if n := d.m.speakers.Len(); n != 1 {
		t.Fatalf("sidebar has %d speakers, want one:\n%s", n, d.frame())
	}
	if s, _ := d.m.speakers.Selected(); s.Name != "Ilvar Brenno" || s.Articles != 3 || !strings.Contains(d.frame(), "Ilvar Brenno") {
		t.Errorf("sidebar row %+v, want Ilvar Brenno in 3 articles, on screen", s)
	}
	selectSpeaker(t, d, "Ilvar Brenno")
	d.keys("enter")
	if got := d.m.list.Total(); got != len(arts) {
		t.Errorf("filter by Ilvar Brenno: %d articles, want %d", got, len(arts))
	}
	keys := d.m.focusKeys()
	for _, form := range []string{"brenno", "ilvar brenno", "palace press secretary ilvar brenno"} {
		if !slices.Contains(keys, form) {
			t.Errorf("the reader marks quotes of %q, not of %q", keys, form)
		}
	}
}
