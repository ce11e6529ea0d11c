package store

import (
	"fmt"
	"testing"
	"time"

	"soundbite/model"
)

// TestFilteredSpeakersCountEveryMatch checks that a filtered sidebar
// counts every matching article, however old: a speaker's count is what
// the list shows with that speaker's filter added.
func TestFilteredSpeakersCountEveryMatch(t *testing.T) {
	const n = 250 // more than a list window
	s := openTemp(t)
	old := time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC)
	kell := spk{name: "Noor Kellaway", kind: model.Person, quotes: 1}
	brisk := spk{name: "Tam Briskett", kind: model.Person, quotes: 1}
	var arts []model.Article
	for i := range n {
		arts = append(arts, art(fmt.Sprintf("Quay report %d", i), "", old.Add(time.Duration(i+10)*time.Hour), kell))
	}
	arts = append(arts, art("Quay report oldest", "", old, kell, brisk))
	mustPut(t, s, arts...)
	got, err := s.Speakers(model.Filter{Speakers: []string{"noor kellaway"}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "Noor Kellaway" || got[0].Articles != n+1 || got[1].Name != "Tam Briskett" || got[1].Articles != 1 {
		t.Errorf("Speakers(filter) = %+v, want Noor Kellaway in %d articles, then Tam Briskett in 1", got, n+1)
	}
	for _, sc := range got {
		f := model.Filter{Speakers: []string{"noor kellaway", sc.Name}}
		if listed, _ := s.Count(f); listed != sc.Articles {
			t.Errorf("%s counts %d articles, the list with the filter %d", sc.Name, sc.Articles, listed)
		}
	}
	top, err := s.Speakers(model.Filter{Title: "quay report"}, 1)
	if err != nil || len(top) != 1 || top[0].Name != "Noor Kellaway" || len(top[0].Speaker.Aliases) != 0 {
		t.Errorf("Speakers(title, 1) = %+v, %v", top, err)
	}
}
