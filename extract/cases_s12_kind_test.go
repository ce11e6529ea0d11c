package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// A one-word speaker the text gives no other evidence about is typed by
// the voice of their direct quotations: "I" is a person's, "we" a body's.
func TestKindFromFirstPersonVoice(t *testing.T) {
	for _, c := range []struct {
		text string
		name string
		want model.SpeakerKind
	}{
		{"Tavrin once wrote about the capital.\n\n“I found the city in ruins and left it whole,” Tavrin wrote.", "Tavrin", model.Person},
		{"“My door was always open,” Orvane said.", "Orvane", model.Person},
		{"“We will open three new depots this year,” Kestrel said.", "Kestrel", model.Organization},
		{"“Our prices will not rise, and I can promise that,” Lumora said. “We have the stock.”", "Lumora", model.Organization},
	} {
		r := extract.Extract(strings.Split(c.text, "\n\n"))
		var got []model.Speaker
		for _, sp := range r.Speakers {
			if sp.Name == c.name {
				got = append(got, sp)
			}
		}
		if len(got) != 1 || got[0].Kind != c.want {
			t.Errorf("%q: speakers %+v, want %s as %s", c.text, r.Speakers, c.name, c.want)
		}
	}
}
