package search

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"soundbite/model"
)

func mustParse(t *testing.T, s string) Query {
	t.Helper()
	q, err := ParseIn(s, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestSnippet(t *testing.T) {
	arts := corpus()
	a := NewAnalyzer()
	tests := []struct {
		art    int
		query  string
		quotes []int
		want   string
	}{
		{0, "stalled", nil, "The talks in Port Calder [stalled] on Tuesday."},
		{0, "ceasefire", nil, `Foreign Minister Marta Kessel said: "There will be no [ceasefire] until the harbour is open."`},
		{0, "nothing", nil, `Foreign Minister Marta Kessel said: "There will be no ceasefire until the harbour is open."`},
		// The sentence with more distinct words wins.
		{4, "ceasefire timetable", nil, "[Ceasefire] talks did not affect the [timetable]."},
		// said: prefers the sentence of the quote it matched in.
		{1, "said:harbour speaker:kessel", []int{1}, `Kessel answered: "The [harbour] stays closed."`},
	}
	for _, tt := range tests {
		s := a.Snippet(&arts[tt.art], mustParse(t, tt.query), tt.quotes)
		if got := s.Marked("[", "]"); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.query, got, tt.want)
		}
	}
}

func TestSnippetLongAndHostile(t *testing.T) {
	long := strings.Repeat("filler words go here ", 30) + "the \x1b]52;c;ZXZpbA==\a lighthouse \x1b[31mkeeper\x1b[0m " + strings.Repeat("more filler ", 30) + "."
	art := model.Article{Body: []string{long}}
	s := NewAnalyzer().Snippet(&art, mustParse(t, "lighthouse keeper"), nil)
	if len(s.Text) > MaxSnippet+len("… ")+len(" …")+4 {
		t.Errorf("snippet is %d bytes", len(s.Text))
	}
	if strings.ContainsAny(s.Text, "\x1b\a") {
		t.Errorf("snippet keeps control bytes: %q", s.Text)
	}
	if !strings.HasPrefix(s.Text, "… ") || !strings.HasSuffix(s.Text, " …") {
		t.Errorf("cut snippet lacks ellipses: %q", s.Text)
	}
	if got := s.Marked("[", "]"); !strings.Contains(got, "[lighthouse] [keeper]") {
		t.Errorf("marks: %q", got)
	}
}

func TestHighlight(t *testing.T) {
	title := "Harbour talks: ceasefire hopes fade"
	got := NewAnalyzer().Highlight(title, mustParse(t, `ceasefires -harbour said:hope`))
	want := []Span{{15, 24}, {25, 30}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSentences(t *testing.T) {
	text := `He said: "Go." Then he left! Was it 3.5 km? Yes` + "\nNew line"
	var got []string
	for _, s := range sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{`He said: "Go."`, "Then he left!", "Was it 3.5 km?", "Yes", "New line"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMatchQuotes(t *testing.T) {
	arts := corpus()
	a := NewAnalyzer()
	tests := []struct {
		art      int
		query    string
		speakers []string
		want     []int
	}{
		{1, "ceasefire", nil, []int{0}},
		{1, "harbour", nil, []int{1}},
		{1, `"stays closed"`, nil, []int{1}},
		{1, `"closed stays"`, nil, nil},
		{1, "ceasefire", []string{"marta kessel"}, nil},
		{1, "speaker:kessel", []string{"marta kessel"}, []int{1}},
		{1, "speaker:kessel", nil, nil},
	}
	for _, tt := range tests {
		if got := a.MatchQuotes(&arts[tt.art], mustParse(t, tt.query), tt.speakers); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q %v: got %v, want %v", tt.query, tt.speakers, got, tt.want)
		}
	}
}
