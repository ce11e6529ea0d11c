package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestFictionS8Cases covers the session 8 classes of attribution that the
// ten fictional articles 59-68 missed, from probes of invented wordings
// beyond them. Each row gives exactly the quotes wanted; the near misses
// want only the ones listed.
func TestFictionS8Cases(t *testing.T) {
	const intro = "Marta Kellner, 58, has run the Ostby ferry for twenty years. We spoke to her on the quay.\n\n"
	tests := []freshCase{
		// A Q:/A: interview with the writer's narrative between the
		// answers: a paragraph quoting someone else with a cue of its own
		// is not more of the answer before it.
		{
			name: "interview: another voice quoted between the answers",
			text: intro + "Q: Why the ferry?\n\nA: Because my father ran it. I never wanted anything else.\n\n" +
				"Her brother, Jonas Kellner, remembers it differently. \"She wanted to be a pilot,\" he said.\n\n" +
				"Q: Is that true?\n\nA: When I was nine. Then I got seasick on a plane.",
			want: []quote{
				{"Marta Kellner", model.Direct, "Because my father ran it. I never wanted anything else."},
				{"Jonas Kellner", model.Direct, "She wanted to be a pilot"},
				{"Marta Kellner", model.Direct, "When I was nine. Then I got seasick on a plane."},
			},
		},
		{
			name: "interview: reported speech of an official between the answers",
			text: intro + "Q: Why the ferry?\n\nA: Because my father ran it. I never wanted anything else.\n\n" +
				"The harbour master, Piet Vos, said the ferry carried 40,000 people a year. He said the council would pay for a new engine.\n\n" +
				"Q: Will you retire?\n\nA: Not this year.",
			want: []quote{
				{"Marta Kellner", model.Direct, "Because my father ran it. I never wanted anything else."},
				{"Piet Vos", model.Indirect, "the ferry carried 40,000 people a year"},
				{"Piet Vos", model.Indirect, "the council would pay for a new engine"},
				{"Marta Kellner", model.Direct, "Not this year."},
			},
		},
		{
			name: "interview: a daughter of the same surname quoted between the answers",
			text: intro + "Q: Why the ferry?\n\nA: Because my father ran it. I never wanted anything else.\n\n" +
				"Her daughter, Lise Kellner, laughed when told this. \"She'll be here at six every morning,\" she said.\n\n" +
				"Q: Will you stop?\n\nA: Ask me in April.",
			want: []quote{
				{"Marta Kellner", model.Direct, "Because my father ran it. I never wanted anything else."},
				{"Lise Kellner", model.Direct, "She'll be here at six every morning"},
				{"Marta Kellner", model.Direct, "Ask me in April."},
			},
		},
		{
			name: "near miss: an answer's next paragraph in the first person runs on",
			text: intro + "Q: Why the ferry?\n\nA: Because my father ran it. I never wanted anything else.\n\n" +
				"My mother said I was mad. My brother said I would last a month.\n\nQ: Did you?\n\nA: Twenty years so far.",
			want: []quote{
				{"Marta Kellner", model.Direct, "Because my father ran it. I never wanted anything else."},
				{"Marta Kellner", model.Direct, "My mother said I was mad. My brother said I would last a month."},
				{"Marta Kellner", model.Direct, "Twenty years so far."},
			},
		},
		{
			name: "near miss: an answer's next paragraph retelling a talk in quotation marks runs on",
			text: intro + "Q: Why the ferry?\n\nA: Because my father ran it. I never wanted anything else.\n\n" +
				"And then she's like, \"Why a ferry?\" And I'm like, \"Why not?\" She said nothing.\n\nQ: Did you?\n\nA: Twenty years so far.",
			want: []quote{
				{"Marta Kellner", model.Direct, "Because my father ran it. I never wanted anything else."},
				{"Marta Kellner", model.Direct, "And then she's like, \"Why a ferry?\" And I'm like, \"Why not?\" She said nothing."},
				{"Marta Kellner", model.Direct, "Twenty years so far."},
			},
		},
		{
			name: "near miss: labelled answers with a statement between them",
			text: intro + "Q: Why the ferry?\n\nKellner: Because my father ran it. I never wanted anything else.\n\n" +
				"Q: And the council?\n\nKellner: They said they would close it. My father said, \"Over my dead body.\"\n\n" +
				"The council's leader, Anja Holt, said in a statement that the service was safe.\n\nQ: Will you retire?\n\nKellner: Not this year.",
			want: []quote{
				{"Marta Kellner", model.Direct, "Because my father ran it. I never wanted anything else."},
				{"Marta Kellner", model.Direct, "They said they would close it. My father said, \"Over my dead body.\""},
				{"Anja Holt", model.Indirect, "the service was safe"},
				{"Marta Kellner", model.Direct, "Not this year."},
			},
		},
		// A trade union named by the trades it organises: "X and Y
		// Workers' Union" is one body, not X and "Y Workers' Union".
		{
			name:     "trade union: Brewery and Distillery Workers' Union",
			text:     "The Brewery and Distillery Workers' Union said it had asked for a meeting.",
			want:     []quote{{"Brewery and Distillery Workers' Union", model.Indirect, "it had asked for a meeting"}},
			speakers: []string{"Brewery and Distillery Workers' Union"},
		},
		{
			name:     "trade union: a spokesman for the Hotel and Restaurant Employees' Federation",
			text:     "A spokesman for the Hotel and Restaurant Employees' Federation said members were angry.",
			want:     []quote{{"Hotel and Restaurant Employees' Federation", model.Indirect, "members were angry"}},
			speakers: []string{"Hotel and Restaurant Employees' Federation"},
		},
		{
			name:     "near miss: a charity and a fund are two",
			text:     "Oxfam and the Ostby Relief Fund sent lorries. The Ostby Relief Fund said aid was arriving.",
			want:     []quote{{"Ostby Relief Fund", model.Indirect, "aid was arriving"}},
			speakers: []string{"Ostby Relief Fund"},
		},
		{
			name:     "near miss: two companies are two",
			text:     "Calder Mills and Ostby Steel shares fell. Calder Mills said the merger would go ahead.",
			want:     []quote{{"Calder Mills", model.Indirect, "the merger would go ahead"}},
			speakers: []string{"Calder Mills"},
		},
		// "which he said": a relative clause's speaker is the subject of
		// the sentence it hangs on, not the one who spoke before it.
		{
			name: "which he said, after a manager in apposition",
			text: "“We won,” said the captain, Ewan Strachey.\n\nUnited's manager, Dario Feld, was furious about the second goal, which he said had come from a corner that should never have been given.\n\n“The ball came off their player,” he said.",
			want: []quote{
				{"Ewan Strachey", model.Direct, "We won"},
				{"Dario Feld", model.Indirect, "had come from a corner that should never have been given"},
				{"Dario Feld", model.Direct, "The ball came off their player"},
			},
		},
		{
			name: "which he said, after a referee who acted",
			text: "“We won,” Ewan Strachey said.\n\nThe referee, Piet Vos, disallowed the goal, which he said had been offside.",
			want: []quote{{"Ewan Strachey", model.Direct, "We won"}, {"Piet Vos", model.Indirect, "had been offside"}},
		},
		{
			name: "near miss: a subject inside the clause before the cue",
			text: "“We lost,” Tomas Brenn said. Piet Vos was injured in the first half, he said.",
			want: []quote{{"Tomas Brenn", model.Direct, "We lost"}, {"Tomas Brenn", model.Indirect, "Piet Vos was injured in the first half"}},
		},
		{
			name: "near miss: a subject before while he said",
			text: "“We lost,” Tomas Brenn said. The striker, Piet Vos, stood behind him while he said the club would appeal.",
			want: []quote{{"Tomas Brenn", model.Direct, "We lost"}, {"Tomas Brenn", model.Indirect, "the club would appeal"}},
		},
		{
			name: "near miss: after a subordinate clause, he said",
			text: "“We lost,” Tomas Brenn said. After Piet Vos scored, he said, the team relaxed.",
			want: []quote{{"Tomas Brenn", model.Direct, "We lost"}, {"Tomas Brenn", model.Indirect, "the team relaxed"}},
		},
		// An unnamed person who has just spoken is whom "she" means, not
		// a named person from before (of either sex).
		{
			name: "unnamed mother who cannot be named, then she said",
			text: "Wendel Strand denies the charge.\n\nThe mother of the injured girl, who cannot be named, told the court she had heard a siren. “There was no one at the gate,” she said.",
			want: []quote{{"", model.Indirect, "she had heard a siren"}, {"", model.Direct, "There was no one at the gate"}},
		},
		{
			name: "one witness who asked not to be named, then she said",
			text: "Wendel Strand denies the charge.\n\nOne witness, who asked not to be named, said she had heard a siren. “There was no one at the gate,” she said.",
			want: []quote{{"", model.Indirect, "she had heard a siren"}, {"", model.Direct, "There was no one at the gate"}},
		},
		{
			name:     "near miss: a description of a named person goes on to her",
			text:     "Ilse Varga, the head teacher, spoke first.\n\nThe head teacher said she was proud of the pupils. “They did it themselves,” she said.",
			want:     []quote{{"Ilse Varga", model.Indirect, "she was proud of the pupils"}, {"Ilse Varga", model.Direct, "They did it themselves"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: the defendant named before",
			text:     "Tomas Brenn, the defendant, denies fraud.\n\nThe defendant told the court he had done nothing wrong. “I am innocent,” he said.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "he had done nothing wrong"}, {"Tomas Brenn", model.Direct, "I am innocent"}},
			speakers: []string{"Tomas Brenn"},
		},
		// ", now 89," and ", now retired," are appositives; a classmate or
		// a nephew is a role that introduces the name after it, or that a
		// later "her nephew said" goes back to.
		{
			name:     "now and an age after a name",
			text:     "Piet Vos, now 61, said the club had changed.",
			want:     []quote{{"Piet Vos", model.Indirect, "the club had changed"}},
			speakers: []string{"Piet Vos"},
		},
		{
			name:     "now and an adjective after a name",
			text:     "Her former colleague, Ruben Falk, now retired, said she was relentless.",
			want:     []quote{{"Ruben Falk", model.Indirect, "she was relentless"}},
			speakers: []string{"Ruben Falk"},
		},
		{
			name:     "a classmate, a titled name, now an age",
			text:     "A classmate, Dr Ines Harrow, now 89, said the doctor had been kind.",
			want:     []quote{{"Ines Harrow", model.Indirect, "the doctor had been kind"}},
			speakers: []string{"Ines Harrow"},
		},
		{
			name: "her nephew said, the nephew named before",
			text: "Her death was announced by her nephew, Caspar Orloff, who said she had died peacefully.\n\nHer nephew said that behind the bluntness was a deep shyness.",
			want: []quote{
				{"Caspar Orloff", model.Indirect, "she had died peacefully"},
				{"Caspar Orloff", model.Indirect, "behind the bluntness was a deep shyness"},
			},
			speakers: []string{"Caspar Orloff"},
		},
		{
			name:     "near miss: then and a role, still and an adjective",
			text:     "Piet Vos, then a student, said the club had changed. Anja Holt, still angry, said it had not.",
			want:     []quote{{"Piet Vos", model.Indirect, "the club had changed"}, {"Anja Holt", model.Indirect, "it had not"}},
			speakers: []string{"Anja Holt", "Piet Vos"},
		},
		// "accepted that" concedes a point, as "conceded that" does;
		// "accepted the offer" and "accepted into the code" report nothing.
		{
			name:     "accepted that, under cross-examination",
			text:     "Cross-examined by Nathaniel Orde, Piers Ancrum accepted that the fence had been repaired.",
			want:     []quote{{"Piers Ancrum", model.Indirect, "the fence had been repaired"}},
			speakers: []string{"Piers Ancrum"},
		},
		{
			name:     "near miss: accepted the offer, accepted an invitation",
			text:     "Piers Ancrum accepted the offer. Ines Harrow has accepted an invitation to speak.",
			speakers: []string{},
		},
		{
			name: "near miss: an answer's next paragraph with accepted into and no first person runs on",
			text: intro + "Q: Why the ferry?\n\nA: Because my father ran it. I never wanted anything else.\n\n" +
				"Passengers can now book online. They can send complaints and expect that they will be read and accepted into the plan.\n\nQ: Did you?\n\nA: Twenty years so far.",
			want: []quote{
				{"Marta Kellner", model.Direct, "Because my father ran it. I never wanted anything else."},
				{"Marta Kellner", model.Direct, "Passengers can now book online. They can send complaints and expect that they will be read and accepted into the plan."},
				{"Marta Kellner", model.Direct, "Twenty years so far."},
			},
		},
		// A lead's description of a body ("the regional emergency
		// service said") is the one body named further down whose name
		// holds its words in a run, when the next paragraphs' cues are
		// unnamed voices.
		{
			name: "lead: the regional emergency service, named three paragraphs down",
			text: "A landslide buried six homes on Sunday, the regional emergency service said.\n\n" +
				"The missing are a man and his son, according to neighbours.\n\n" +
				"\"We heard it before we saw it,\" said one woman who did not want to be named.\n\n" +
				"The commander of the Gellan Regional Emergency Service, Aldric Venn, said teams were searching.",
			want: []quote{
				{"Gellan Regional Emergency Service", model.Indirect, "A landslide buried six homes on Sunday"},
				{"", model.Indirect, "The missing are a man and his son"},
				{"", model.Direct, "We heard it before we saw it"},
				{"Aldric Venn", model.Indirect, "teams were searching"},
			},
		},
		{
			name: "near miss: two bodies fit the description",
			text: "A landslide buried six homes on Sunday, the emergency service said.\n\n" +
				"The missing are a man and his son, according to neighbours.\n\n" +
				"\"We heard it before we saw it,\" said one woman who did not want to be named.\n\n" +
				"The Gellan Emergency Service and the Askel Emergency Service sent teams.",
			want: []quote{
				{"", model.Indirect, "A landslide buried six homes on Sunday"},
				{"", model.Indirect, "The missing are a man and his son"},
				{"", model.Direct, "We heard it before we saw it"},
			},
		},
		// "According to X, the team found traces": a finding verb with an
		// object, no "that", is no speaker of its own after the source.
		{
			name:     "according to a surname, the team also found",
			text:     "Tomas Rydell is a geochemist.\n\nAccording to Rydell, the team also found traces of fires set by farmers.",
			want:     []quote{{"Tomas Rydell", model.Indirect, "the team also found traces of fires set by farmers"}},
			speakers: []string{"Tomas Rydell"},
		},
		{
			name:     "near miss: according to a source, the minister said",
			text:     "According to Tomas Rydell, the minister said the mine would close.",
			want:     []quote{{"", model.Indirect, "the mine would close"}},
			speakers: []string{},
		},
		// "X's answer is that ...", like "X's view is that ...".
		{
			name:     "possessive answer is that",
			text:     "Tomas Brenn's reply was that the mine was safe. Anja Holt's message was that the party must change.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the mine was safe"}, {"Anja Holt", model.Indirect, "the party must change"}},
			speakers: []string{"Anja Holt", "Tomas Brenn"},
		},
		{
			name:     "near miss: an answer that is no clause, an answer of nobody's",
			text:     "Tomas Brenn's answer to the question was long. The answer is that nobody knows.",
			speakers: []string{},
		},
		// The person a paragraph opens with as its subject is still its
		// topic two sentences on, over one named since in a cleft who
		// spoke in an earlier paragraph; another main subject between
		// moves the topic on.
		{
			name: "paragraph topic over a cleft's earlier speaker",
			text: "“We will appeal,” Piet Vos said.\n\nTomas Brenn tells it differently. In his version, it was Vos who called the meeting. “I only chaired it,” he said.",
			want: []quote{{"Piet Vos", model.Direct, "We will appeal"}, {"Tomas Brenn", model.Direct, "I only chaired it"}},
		},
		{
			name: "near miss: another main subject between",
			text: "“We will appeal,” Piet Vos said.\n\nTomas Brenn opened the meeting on Monday. Vos then took questions from reporters. “Nobody expected this,” he said.",
			want: []quote{{"Piet Vos", model.Direct, "We will appeal"}, {"Piet Vos", model.Direct, "Nobody expected this"}},
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
