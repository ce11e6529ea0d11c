package extract

import (
	"slices"
	"strings"
	"testing"
)

func analyse(text string) *doc {
	d := newDoc(strings.Split(text, "\n\n"))
	d.findChunks()
	d.findAppositives()
	return d
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Orr said no. Dr. Ilse Varn agreed.", []string{"Mr. Orr said no.", "Dr. Ilse Varn agreed."}},
		{"It came from the U.S. The deal failed.", []string{"It came from the U.S.", "The deal failed."}},
		{"U.S. President Jon Arlo spoke. K.C. Maurer left.", []string{"U.S. President Jon Arlo spoke.", "K.C. Maurer left."}},
		{"“We won. It was hard,” she said. Then she left.", []string{"“We won. It was hard,” she said.", "Then she left."}},
		{"“Why?” asked the judge. Nobody answered.", []string{"“Why?” asked the judge.", "Nobody answered."}},
		{"A banner read “Give us our bridge.” One man shouted.", []string{"A banner read “Give us our bridge.”", "One man shouted."}},
		{"Turnout was 68.5 per cent.\n\nIt rained.", []string{"Turnout was 68.5 per cent.", "It rained."}},
	}
	for _, tt := range tests {
		d := newDoc(strings.Split(tt.text, "\n\n"))
		var got []string
		for _, s := range d.sents {
			got = append(got, d.span(s.first, s.last))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestPairQuotes(t *testing.T) {
	tests := []struct {
		text string
		want []string // quotation contents
		cont []bool   // contNext of each
	}{
		{"“A,” she said, “B.”", []string{"A", "B."}, []bool{false, false}},
		{`"A," she said, "B."`, []string{"A", "B."}, []bool{false, false}},
		{"He said: “One.\n\n“Two.”", []string{"One.", "Two."}, []bool{true, false}},
		{"He said: “Unclosed to the end\n\nNext paragraph.", []string{"Unclosed to the end"}, []bool{false}},
		{"Wilkins said,\" [Warhol] liked booths\".", []string{"[Warhol] liked booths"}, []bool{false}},
		{"A stray ” mark and “real” one.", []string{"real"}, []bool{false}},
	}
	for _, tt := range tests {
		d := newDoc(strings.Split(tt.text, "\n\n"))
		var got []string
		var cont []bool
		for k := range d.quotes {
			got = append(got, d.quoteText(k))
			cont = append(cont, d.quotes[k].contNext)
		}
		if !slices.Equal(got, tt.want) || !slices.Equal(cont, tt.cont) {
			t.Errorf("%q: got %q %v, want %q %v", tt.text, got, cont, tt.want, tt.cont)
		}
	}
}

// TestNames checks how capitalised runs split into titles and names, and
// what they are taken to name.
func TestNames(t *testing.T) {
	tests := []struct {
		text, chunk, name string
		kind              entKind
	}{
		{"Russian President Vladimir Putin spoke.", "Russian President Vladimir Putin", "Vladimir Putin", kPerson},
		{"Then the Ministry of the Interior spoke.", "Ministry of the Interior", "Ministry of the Interior", kOrg},
		{"Then Hollis & Pryor spoke.", "Hollis & Pryor", "Hollis & Pryor", kOrg},
		{"Then the Dravonian Nurses' Union spoke.", "Dravonian Nurses' Union", "Dravonian Nurses' Union", kOrg},
		{"Then General Suleiman al-Amr spoke.", "General Suleiman al-Amr", "Suleiman al-Amr", kPerson},
		{"Then K.C. Maurer spoke.", "K.C. Maurer", "K.C. Maurer", kPerson},
		{"Then Mining Minister Frida Oster spoke.", "Mining Minister Frida Oster", "Frida Oster", kPerson},
		{"Then the CEO of the Refugee Council Enver Salo spoke.", "CEO of the Refugee Council Enver Salo", "Enver Salo", kPerson},
		{"Then Afghan Ambassador to the United States Hamid Moh spoke.", "United States Hamid Moh", "Hamid Moh", kPerson},
		{"Then the Coastline News Agency reported it.", "Coastline News Agency", "Coastline News Agency", kOrg},
		{"Then he walked down Cobble Lane.", "Cobble Lane", "Cobble Lane", kPlace},
		{"Civic Renewal leader Odile Varga spoke.", "Civic Renewal", "Civic Renewal", kUnknown},
	}
	for _, tt := range tests {
		d := analyse(tt.text)
		found := false
		for _, c := range d.chunks {
			if d.span(c.first, c.last) != tt.chunk {
				continue
			}
			found = true
			name := ""
			if c.name < c.last {
				name = d.span(c.name, c.last)
			}
			if name != tt.name || c.kind != tt.kind {
				t.Errorf("%q: chunk %q names %q (kind %d), want %q (kind %d)", tt.text, tt.chunk, name, c.kind, tt.name, tt.kind)
			}
		}
		if !found {
			var got []string
			for _, c := range d.chunks {
				got = append(got, d.span(c.first, c.last))
			}
			t.Errorf("%q: no chunk %q; got %q", tt.text, tt.chunk, got)
		}
	}
}

// TestAliasMerge checks that every form of a name becomes one entity and
// that different people stay apart.
func TestAliasMerge(t *testing.T) {
	tests := []struct {
		text string
		want []string // canonical names of the entities, in order
	}{
		{"Putin arrived. Russian President Vladimir Putin spoke. Later Putin left.", []string{"Vladimir Putin"}},
		{"Thomas Sam and his wife Manju Sam were charged. Sam denied it.", []string{"Thomas Sam", "Manju Sam"}},
		{"The United Kingdom Home Office wrote. The Home Office letter followed.", []string{"United Kingdom Home Office"}},
		{"The World Health Organisation (WHO) agreed. WHO officials spoke.", []string{"World Health Organisation"}},
		{"Tidewater Energy won. Tidewater said so.", []string{"Tidewater Energy"}},
		{"Fifteen-year-old Elias Thorne spoke. Elias laughed.", []string{"Elias Thorne"}},
		{"K.C. Maurer spoke. Mauer agreed.", []string{"K.C. Maurer"}},
		{"The Interior Ministry spoke. The Ministry of the Interior agreed.", []string{"Ministry of the Interior"}},
	}
	for _, tt := range tests {
		d := analyse(tt.text)
		var got []string
		for _, e := range d.ents {
			got = append(got, e.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: entities %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPronouns checks which entity a cue's pronoun or description resolves
// to.
func TestPronouns(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		// The speaker of the sentence before beats a name inside its clause.
		{"Judge Annika Solvo said the pilot, Teodor Vask, could not see. She added that the radar failed.", "Annika Solvo"},
		// A quotation that names someone is not theirs.
		{"For Kevin Allto, Warhol was a legend.\n\n“Andy Warhol was the centre of it all,” he said.", "Kevin Allto"},
		// Gender from an honorific rules out the wrong person.
		{"Mr Ostrem met Ms Tulloch. She said the bridge was unsafe.", "Tulloch"},
		// An organisation that just spoke is "it".
		{"The Halden Institute said the eels were safe. It added that none had been harmed.", "Halden Institute"},
		// A description by role.
		{"Pavel Orlin, Lindqvist’s spokesperson, arrived. The spokesperson said the talks had failed.", "Pavel Orlin"},
	}
	for _, tt := range tests {
		res := Extract(strings.Split(tt.text, "\n\n"))
		last := ""
		if n := len(res.Quotes); n > 0 {
			last = res.Quotes[n-1].Speaker
		}
		if last != tt.want {
			t.Errorf("%q: last quote by %q, want %q", tt.text, last, tt.want)
		}
	}
}
