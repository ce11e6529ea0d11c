package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestPagesDevDS8Cases covers the classes of error the page dev sets C and D
// showed: the Markdown a web page keeps in its body (feed.Fetcher.Page),
// emphasis around a speaker's name and italics around a publication's,
// and wordings of attribution the pages use. Each row gives exactly the
// quotes wanted; the near misses keep a label, a title or an act done at
// someone's word from speaking.
func TestPagesDevDS8Cases(t *testing.T) {
	tests := []freshCase{
		// Bold names: the stars part neither the name from its cue nor a
		// quotation mark from the space that tells which way it faces.
		{
			name:     "a bold name, a role, then a cue with a quotation",
			text:     "**Pauline Verhagen**, deputy manager of Skelde Air, highlights that “one of the pillars of the airline has been comfort.”",
			want:     []quote{{"Pauline Verhagen", model.Direct, "one of the pillars of the airline has been comfort."}},
			speakers: []string{"Pauline Verhagen"},
		},
		{
			name:     "a bold name before said",
			text:     "**Oskar Velde** said the pier would reopen in May.",
			want:     []quote{{"Oskar Velde", model.Indirect, "the pier would reopen in May"}},
			speakers: []string{"Oskar Velde"},
		},
		{
			name:     "a bold name after a quotation's cue",
			text:     "“The pier is safe,” said **Oskar Velde**, the harbour master.",
			want:     []quote{{"Oskar Velde", model.Direct, "The pier is safe"}},
			speakers: []string{"Oskar Velde"},
		},
		{
			name:     "a bold comma after the name",
			text:     "**Oskar Velde,** a harbour pilot, says he supports the new pier.",
			want:     []quote{{"Oskar Velde", model.Indirect, "he supports the new pier"}},
			speakers: []string{"Oskar Velde"},
		},
		{
			name:     "a bold name in a list item",
			text:     "- **Ilse Marner**, a councillor, warned that the ferry fares would double.",
			want:     []quote{{"Ilse Marner", model.Indirect, "the ferry fares would double"}},
			speakers: []string{"Ilse Marner"},
		},
		{
			name:     "near miss: bold labels of a list are no interview",
			text:     "**Note:** The ferry leaves at nine.\n\n**Ilse Marner:** Harbour office, Tarvik.\n\n**Oskar Velde:** Pier office, Tarvik.",
			want:     nil,
			speakers: []string{},
		},
		// Italics: a publication's name.
		{
			name:     "according to an italic publication",
			text:     "Ferry fares are rising across the coast, according to *Coastline Living*.",
			want:     []quote{{"", model.Indirect, "Ferry fares are rising across the coast"}},
			speakers: []string{},
		},
		{
			name:     "told an italic magazine",
			text:     "Marner told *Tarvik Life* that she had sold the ferry.",
			want:     []quote{{"Marner", model.Indirect, "she had sold the ferry"}},
			speakers: []string{"Marner"},
		},
		{
			name:     "near miss: an italic title inside what is reported",
			text:     "Velde said the film *Grey Harbour* would open in May.",
			want:     []quote{{"Velde", model.Indirect, "the film *Grey Harbour* would open in May"}},
			speakers: []string{"Velde"},
		},
		// ", as confirmed by X": the passive of a speech verb credits the
		// clause before it, as "according to X" does.
		{
			name:     "as confirmed by a titled name",
			text:     "The ferry will stop running in June, as confirmed by Harbour Minister Ilse Marner.",
			want:     []quote{{"Ilse Marner", model.Indirect, "The ferry will stop running in June"}},
			speakers: []string{"Ilse Marner"},
		},
		{
			name: "as announced by a name, then a time",
			text: "The vote will be held in May, as announced by Prime Minister Oskar Velde last week.",
			want: []quote{{"Oskar Velde", model.Indirect, "The vote will be held in May"}},
		},
		{
			name: "as stated by an organisation",
			text: "The ferry will stop running in June, as stated by the Tarvik Harbour Board.",
			want: []quote{{"Tarvik Harbour Board", model.Indirect, "The ferry will stop running in June"}},
		},
		{
			name: "near miss: as requested by, an act done at someone's word",
			text: "The bridge was closed on Monday, as requested by the council.",
			want: nil,
		},
		{
			name: "near miss: as ordered by a court",
			text: "The bridge was closed on Monday, as ordered by the Skelde High Court.",
			want: nil,
		},
		{
			name: "near miss: as shown by the records, no speech",
			text: "The ferry was built in 1960, as shown by the records.",
			want: nil,
		},
		{
			name: "near miss: as reported by an outlet",
			text: "The ferry will stop running in June, as reported by the Tarvik Post.",
			want: nil,
		},
		{
			name:     "near miss: in the middle of the sentence",
			text:     "The deal, as announced by Velde, will cut fares.",
			want:     nil,
			speakers: []string{},
		},
		// A role set between a quotation and its speaker, "“...,” Minister
		// of Industry, Investment and Commerce, Senator the Hon. Aubyn
		// Hill, told JIS News": the role is the speaker's, not a clause;
		// "the Hon." and "Rt. Hon." are honorifics.
		{
			name:     "a role with commas, titles and the Hon. before the name",
			text:     "“We are ready,” Minister of Industry, Investment and Commerce, Senator the Hon. Aubyn Hallam, told the Tarvik News.",
			want:     []quote{{"Aubyn Hallam", model.Direct, "We are ready"}},
			speakers: []string{"Aubyn Hallam"},
		},
		{
			name:     "a role, then a name without a title",
			text:     "“We are ready,” President of the Skelde Bar Association, Jonas Mahler, said.",
			want:     []quote{{"Jonas Mahler", model.Direct, "We are ready"}},
			speakers: []string{"Jonas Mahler"},
		},
		{
			name:     "an acting officer's role in brackets",
			text:     "“We are ready,” Chief Executive Officer (Acting) of the Skelde Zone Authority, Gary Scoville, added.",
			want:     []quote{{"Gary Scoville", model.Direct, "We are ready"}},
			speakers: []string{"Gary Scoville"},
		},
		{
			name:     "the role with an article",
			text:     "“We are ready,” the Minister of Trade, Ilse Marner, said.",
			want:     []quote{{"Ilse Marner", model.Direct, "We are ready"}},
			speakers: []string{"Ilse Marner"},
		},
		{
			name:     "an honorific before a surname that names places",
			text:     "“We are ready,” Minister of Trade, Dr. Aubyn Hill, told reporters.",
			want:     []quote{{"Aubyn Hill", model.Direct, "We are ready"}},
			speakers: []string{"Aubyn Hill"},
		},
		{
			name:     "the Rt. Hon. after a quotation",
			text:     "“We are ready,” the Rt. Hon. Aubyn Hallam said.",
			want:     []quote{{"Aubyn Hallam", model.Direct, "We are ready"}},
			speakers: []string{"Aubyn Hallam"},
		},
		{
			name:     "near miss: a place named like a person, no honorific",
			text:     "The team walked up Aubyn Hill on Sunday.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: the name first, then the role",
			text:     "“We are ready,” Ilse Marner, Minister of Trade, said.",
			want:     []quote{{"Ilse Marner", model.Direct, "We are ready"}},
			speakers: []string{"Ilse Marner"},
		},
		// "X of/in PLACE, REGION, said": the region qualifies the place;
		// it is no speaker.
		{
			name:     "a named person of a town and its state",
			text:     "Ilse Marner of Fresno, California, said the water was brown.",
			want:     []quote{{"Ilse Marner", model.Indirect, "the water was brown"}},
			speakers: []string{"Ilse Marner"},
		},
		{
			name:     "residents of a town and its state",
			text:     "Residents of Fresno, California, said the water was brown.",
			want:     []quote{{"", model.Indirect, "the water was brown"}},
			speakers: []string{},
		},
		{
			name:     "officials in a county and its state",
			text:     "Officials in Broward County, Florida, announced that they had spent more than $11 million on cameras.",
			want:     []quote{{"", model.Indirect, "they had spent more than $11 million on cameras"}},
			speakers: []string{},
		},
		{
			name:     "a fictional town and region",
			text:     "Ilse Marner of Ostby, Skelde, said the water was brown.",
			want:     []quote{{"Ilse Marner", model.Indirect, "the water was brown"}},
			speakers: []string{"Ilse Marner"},
		},
		{
			name:     "near miss: a name, then a description",
			text:     "Ilse Marner, Skelde's mayor, said the water was brown.",
			want:     []quote{{"Ilse Marner", model.Indirect, "the water was brown"}},
			speakers: []string{"Ilse Marner"},
		},
		// A Markdown link around a name right after a cue: the brackets
		// and the address would part the name from the cue.
		{
			name:     "said a role, then a linked name",
			text:     "“We will rebuild the pier,” said lead author [Maren Tallis](https://example.org/people/maren-tallis), a marine engineering student at Halden University.",
			want:     []quote{{"Maren Tallis", model.Direct, "We will rebuild the pier"}},
			speakers: []string{"Maren Tallis"},
		},
		{
			name:     "said a role with a comma, then a linked name",
			text:     "“It was a mistake,” said the board’s chair, [Ilse Marner](https://example.org/m).",
			want:     []quote{{"Ilse Marner", model.Direct, "It was a mistake"}},
			speakers: []string{"Ilse Marner"},
		},
		{
			name:     "said a linked name, then two quotations",
			text:     "“The pier is safe,” said harbour master [Oskar Velde](https://example.org/velde). “We checked every pile.”",
			want:     []quote{{"Oskar Velde", model.Direct, "The pier is safe"}, {"Oskar Velde", model.Direct, "We checked every pile."}},
			speakers: []string{"Oskar Velde"},
		},
		{
			name:     "near miss: a linked magazine after told is the hearer",
			text:     "“I sold it,” Ilse Marner told [Tarvik Life](https://example.org/tl).",
			want:     []quote{{"Ilse Marner", model.Direct, "I sold it"}},
			speakers: []string{"Ilse Marner"},
		},
		{
			name:     "near miss: a linked name praised says nothing",
			text:     "Ilse Marner praised [Oskar Velde](https://example.org/v), who sold the ferry.",
			want:     nil,
			speakers: []string{},
		},
		// "according to X's explanations/testimony": the owner of the
		// words is the source.
		{
			name: "according to a name's explanations, a mixed clause",
			text: "The meeting intends to “lay the groundwork for a deal” before the summit, according to Marner’s explanations.",
			want: []quote{{"Marner", model.Mixed, "The meeting intends to “lay the groundwork for a deal” before the summit"}},
		},
		{
			name: "according to a name's testimony",
			text: "The ferry left without lights, according to Oskar Velde’s testimony.",
			want: []quote{{"Oskar Velde", model.Indirect, "The ferry left without lights"}},
		},
		{
			name:     "near miss: testimony as a subject says nothing",
			text:     "Velde’s testimony lasted three hours on Monday.",
			want:     nil,
			speakers: []string{},
		},
		// An inverted cue whose speaker is followed by a clause of time,
		// a body's acronym before its officer's title, and a byline run
		// into the lead.
		{
			name: "warns a titled name as she urged",
			text: "The bridge is unsafe, warned Mayor Ilse Marner as she toured the port.",
			want: []quote{{"Ilse Marner", model.Indirect, "The bridge is unsafe"}},
		},
		{
			name: "an acronym between the body and its officer",
			text: "The ferry is late, said Skelde Ferries (SKF) Director Oskar Velde.",
			want: []quote{{"Oskar Velde", model.Indirect, "The ferry is late"}},
		},
		{
			name: "a byline before the lead's clause",
			text: "***By Aaron Hume***: The ferry is late again, warns Skelde Ferries Director Oskar Velde.",
			want: []quote{{"Oskar Velde", model.Indirect, "The ferry is late again"}},
		},
		{
			name: "near miss: said as she left, a quotation's scene",
			text: "“We will appeal,” Ilse Marner said as she left the court.",
			want: []quote{{"Ilse Marner", model.Direct, "We will appeal"}},
		},
		{
			name:     "near miss: no speech, a time clause",
			text:     "Ilse Marner smiled as she left the court.",
			want:     nil,
			speakers: []string{},
		},
		// ", according to estimates", ", according to the first clinical
		// trial of the device": a source the noun phrase reader does not
		// take still credits the clause before it, to nobody by name.
		{
			name: "according to bare estimates",
			text: "The pier will cost $4 billion, according to estimates.",
			want: []quote{{"", model.Indirect, "The pier will cost $4 billion"}},
		},
		{
			name: "according to the first clinical trial",
			text: "The robot performed as well as people, according to the first clinical trial of the device.",
			want: []quote{{"", model.Indirect, "The robot performed as well as people"}},
		},
		{
			name: "near miss: according to the rules, no comma",
			text: "The vote was held according to the first rules of the council.",
			want: nil,
		},
		{
			name: "near miss: prices vary according to the season",
			text: "Prices vary according to the season.",
			want: nil,
		},
		// A Markdown list kept in one paragraph: each item is a sentence
		// of its own, however the one before ends.
		{
			name: "a list's items in one paragraph",
			text: "- Officials in Tarvik announced that they had spent $11 million on cameras.\n- There are now more than 12,500 cameras in Tarvik schools, said Superintendent Robert Runell.",
			want: []quote{
				{"", model.Indirect, "they had spent $11 million on cameras"},
				{"Robert Runell", model.Indirect, "There are now more than 12,500 cameras in Tarvik schools"},
			},
		},
		{
			name: "a numbered list's items",
			text: "1. The ferry will stop in June, the board said.\n2. The pier will close in July, said Oskar Velde.",
			want: []quote{
				{"", model.Indirect, "The ferry will stop in June"},
				{"Oskar Velde", model.Indirect, "The pier will close in July"},
			},
		},
		{
			name: "near miss: a line break with no list marker keeps the sentence",
			text: "Oskar Velde said the pier\nwould close in July.",
			want: []quote{{"Oskar Velde", model.Indirect, "the pier\nwould close in July"}},
		},
		{
			name:     "officials in a county and its state, then a dash aside",
			text:     "Officials in Broward County, Florida — where the port is located — announced that they had spent more than $11 million on cameras.",
			want:     []quote{{"", model.Indirect, "they had spent more than $11 million on cameras"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a month before a titled name",
			text:     "The bridge will reopen in May, Mayor Ilse Varga said on Sunday.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The bridge will reopen in May"}},
			speakers: []string{"Ilse Varga"},
		},
		// "Loved ones say": a group of people unnamed.
		{
			name:     "loved ones say",
			text:     "Loved ones say the deceased is Kevin Andrade. He was 25 years old.",
			want:     []quote{{"", model.Indirect, "the deceased is Kevin Andrade"}},
			speakers: []string{},
		},
		{
			name: "near miss: new ones bought, said a name",
			text: "He bought new ones, said Ilse Marner.",
			want: []quote{{"Ilse Marner", model.Indirect, "He bought new ones"}},
		},
		{
			name: "according to a linked source",
			text: "Every public school in Tarvik County will soon use the cameras, according to [a flyer posted online](https://example.org/flyer.pdf).",
			want: []quote{{"", model.Indirect, "Every public school in Tarvik County will soon use the cameras"}},
		},
		{
			name: "according to a long source of plain words",
			text: "A Tarvik-led team has built a robot that draws blood as well as people, according to the first human clinical trial of an automated blood drawing and testing device.",
			want: []quote{{"", model.Indirect, "A Tarvik-led team has built a robot that draws blood as well as people"}},
		},
		{
			name: "a linked outlet and its cue after the clause",
			text: "The school district is considering buying cameras, the [Tarvik Sun Sentinel reports](https://example.org/a).",
			want: []quote{{"", model.Indirect, "The school district is considering buying cameras"}},
		},
		{
			name: "a linked name and its cue after the clause",
			text: "The pier will close in May, [Ilse Marner said](https://example.org/b).",
			want: []quote{{"Ilse Marner", model.Indirect, "The pier will close in May"}},
		},
		// A release's credit with the speech verb left out.
		{
			name:     "a quotation, then a name and a role, no verb",
			text:     "“Our agents continue to stop unlawful cargo,” Augusto Reyna, Director of the Caribbean Air and Marine Branch.",
			want:     []quote{{"Augusto Reyna", model.Direct, "Our agents continue to stop unlawful cargo"}},
			speakers: []string{"Augusto Reyna"},
		},
		{
			name:     "near miss: a title, then a possessive",
			text:     "He starred in “Grey Harbour,” Ilse Marner’s first film.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: a title, then a name with a verb",
			text:     "The cast of “Grey Harbour,” Ilse Marner, won.",
			want:     nil,
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFreshCase(t, tt)
			if res := extract.Extract(strings.Split(tt.text, "\n\n")); len(res.Quotes) != len(tt.want) {
				t.Errorf("got %d quotes, want %d: %s", len(res.Quotes), len(tt.want), describe(res))
			}
		})
	}
}
