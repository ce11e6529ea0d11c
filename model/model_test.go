package model

import (
	"strings"
	"testing"
)

// slowSpeakerKey is SpeakerKey's definition, which its ASCII path must
// match byte for byte.
func slowSpeakerKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

func TestSpeakerKey(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Mira Olsten", "mira olsten"},
		{"mira olsten", "mira olsten"},
		{"  Mira \t Olsten\n", "mira olsten"},
		{"mira  olsten", "mira olsten"},
		{"mira\tolsten", "mira olsten"},
		{" mira", "mira"},
		{"mira ", "mira"},
		{"", ""},
		{"   ", ""},
		{"O'Brannock-Vale Jr.", "o'brannock-vale jr."},
		{"ÉLODIE Varrant", "élodie varrant"},
		{"Ana\u00a0Lindqvist", "ana lindqvist"}, // a no-break space is space to strings.Fields
		{"İlkay Tovar", slowSpeakerKey("İlkay Tovar")},
	} {
		if got := SpeakerKey(tc.name); got != tc.want {
			t.Errorf("SpeakerKey(%q) = %q, want %q", tc.name, got, tc.want)
		}
		if got, want := SpeakerKey(tc.name), slowSpeakerKey(tc.name); got != want {
			t.Errorf("SpeakerKey(%q) = %q, its definition gives %q", tc.name, got, want)
		}
	}
}

func FuzzSpeakerKey(f *testing.F) {
	for _, s := range []string{"Mira Olsten", " a  b ", "\tX\vY\fZ\r", "Zoë Marrick", "a\u0085b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if got, want := SpeakerKey(name), slowSpeakerKey(name); got != want {
			t.Fatalf("SpeakerKey(%q) = %q, its definition gives %q", name, got, want)
		}
	})
}

func TestContentIDIsTheIDOfTheContentIdentity(t *testing.T) {
	long := strings.Repeat("The ferry from Port Adley runs twice a day. ", 40) // over the hashing buffer
	for _, a := range []Article{
		{},
		{Title: "Tarrow council meets"},
		{Category: "Local", Caption: "The bridge at dusk", Title: "Tarrow council meets", Body: []string{"First.", long, "", "Last."}},
		{Title: "x", Body: []string{long + long}},
	} {
		if got, want := ContentID(&a), NewID(ContentIdentity(a)); got != want {
			t.Errorf("ContentID of %q = %s, want %s", a.Title, got, want)
		}
	}
	a, b := Article{Title: "a", Body: []string{"b"}}, Article{Title: "a", Body: []string{"c"}}
	if ContentID(&a) == ContentID(&b) {
		t.Error("two bodies share a content ID")
	}
}
