package store

import (
	"fmt"
	"testing"
	"time"

	"soundbite/model"
)

// TestFilteredSpeakersCountNewestMatches checks that a filtered sidebar
// counts the newest speakerScanLimit matching articles only: a speaker
// quoted only in older matches is left out.
func TestFilteredSpeakersCountNewestMatches(t *testing.T) {
	s := openTemp(t)
	old := time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC)
	kell := spk{name: "Noor Kellaway", kind: model.Person, quotes: 1}
	brisk := spk{name: "Tam Briskett", kind: model.Person, quotes: 1}
	var arts []model.Article
	for i := range speakerScanLimit {
		arts = append(arts, art(fmt.Sprintf("Quay report %d", i), "", old.Add(time.Duration(i+10)*time.Hour), kell))
	}
	arts = append(arts, art("Quay report oldest", "", old, kell, brisk))
	mustPut(t, s, arts...)
	got, err := s.Speakers(model.Filter{Speakers: []string{"noor kellaway"}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Name != "Noor Kellaway" || got[0].Articles != speakerScanLimit {
		t.Errorf("Speakers(filter) = %+v, want Noor Kellaway alone in %d articles", got, speakerScanLimit)
	}
	top, err := s.Speakers(model.Filter{Title: "quay report"}, 1)
	if err != nil || len(top) != 1 || top[0].Name != "Noor Kellaway" || len(top[0].Speaker.Aliases) != 0 {
		t.Errorf("Speakers(title, 1) = %+v, %v", top, err)
	}
}
