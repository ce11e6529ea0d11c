package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestDirectS9Cases covers the session 9 classes of wording in which news
// gives a quotation its speaker and the engine gave it to someone else
// (or to nobody): a role noun as the cue's subject, turns in a trial or an
// interview. Each row gives exactly the quotes wanted; the near misses
// keep the speaker they had.
func TestDirectS9Cases(t *testing.T) {
	tests := []freshCase{
		// "The service's chief officer, X" and then "the fire chief said":
		// a possessive before a role names whose it is, not its field.
		{
			name: "the fire chief after the service's chief officer",
			text: "The service's chief officer, Halvor Dysthe, spoke to reporters. Dysthe said the cause was unknown. Asked about arson, the fire chief said: “We keep every option open.”",
			want: []quote{
				{"Halvor Dysthe", model.Indirect, "the cause was unknown"},
				{"Halvor Dysthe", model.Direct, "We keep every option open."},
			},
			speakers: []string{"Halvor Dysthe"},
		},
		{
			name:     "the coach after the club's head coach",
			text:     "The club's head coach, Dario Pell, was sacked. “I gave everything,” the coach said.",
			want:     []quote{{"Dario Pell", model.Direct, "I gave everything"}},
			speakers: []string{"Dario Pell"},
		},
		{
			name:     "near miss: the finance minister is not the health minister",
			text:     "Tarvik's health minister, Anika Rolf, opened the ward. “We will hire more nurses,” the finance minister said.",
			want:     []quote{{"", model.Direct, "We will hire more nurses"}},
			speakers: []string{},
		},
		{
			name:     "near miss: the health minister is not the civil aviation minister",
			text:     "Civil Aviation Minister Dario Pell opened the airport. “It is a fine day,” the health minister said.",
			want:     []quote{{"", model.Direct, "It is a fine day"}},
			speakers: []string{},
		},
		{
			name:     "near miss: the assistant coach is not the head coach",
			text:     "The club's head coach, Dario Pell, was sacked. “He gave everything,” the assistant coach said.",
			want:     []quote{{"", model.Direct, "He gave everything"}},
			speakers: []string{},
		},
		// A question in marks, then a pronoun's answer: the one asked
		// answers, though the asker spoke last.
		{
			name: "the asker's question, then she answers",
			text: "Defence lawyer Lionel Achebe questioned Marit Solheim. “Were you there?” Achebe asked. “I was,” she said.",
			want: []quote{
				{"Lionel Achebe", model.Direct, "Were you there?"},
				{"Marit Solheim", model.Direct, "I was"},
			},
			speakers: []string{"Lionel Achebe", "Marit Solheim"},
		},
		{
			name: "an interview's question, then the one interviewed",
			text: "Ilse Varga interviewed Robin Kell for the Tarvik Herald. “Will you run again?” Varga asked. “No, never,” she said.",
			want: []quote{
				{"Ilse Varga", model.Direct, "Will you run again?"},
				{"Robin Kell", model.Direct, "No, never"},
			},
		},
		{
			name: "near miss: the asker asks again",
			text: "Defence lawyer Lionel Achebe questioned Marit Solheim. “Were you there?” Achebe asked. “And did you see him?” he asked.",
			want: []quote{
				{"Lionel Achebe", model.Direct, "Were you there?"},
				{"Lionel Achebe", model.Direct, "And did you see him?"},
			},
		},
		{
			name:     "near miss: nobody else to answer",
			text:     "“Why did the money run out?” Tomas Brenn asked. “Because we spent it,” he said.",
			want:     []quote{{"Tomas Brenn", model.Direct, "Why did the money run out?"}, {"Tomas Brenn", model.Direct, "Because we spent it"}},
			speakers: []string{"Tomas Brenn"},
		},
		// A chain of words between the speaker and a speech verb in its
		// base form or in -ing, next to the quotation: the speaker's.
		{
			name:     "began to reply after the quotation",
			text:     "Ilse Varga spoke first. “The budget is sound,” Tomas Brenn began to reply.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The budget is sound"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "was quick to point out",
			text:     "Ilse Varga spoke first. “The budget is sound,” Tomas Brenn was quick to point out.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The budget is sound"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "would later say",
			text:     "Ilse Varga spoke first. “The budget is sound,” Tomas Brenn would later say.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The budget is sound"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "could be heard saying",
			text:     "Ilse Varga spoke first. “The budget is sound,” Tomas Brenn could be heard saying.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The budget is sound"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "is fond of saying, a pronoun",
			text:     "Tomas Brenn runs the Ostby mill. “Flour is patience,” he is fond of saying.",
			want:     []quote{{"Tomas Brenn", model.Direct, "Flour is patience"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "was quick to reply, a colon",
			text:     "Ilse Varga spoke first. Tomas Brenn was quick to reply: “The budget is sound.”",
			want:     []quote{{"Tomas Brenn", model.Direct, "The budget is sound."}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: a reply to a letter, no quotation",
			text:     "Tomas Brenn began to reply to the letter on Monday. He was quick to respond to the crisis.",
			speakers: []string{},
		},
		{
			name:     "near miss: declined to say",
			text:     "“We will see,” said Ilse Varga. Tomas Brenn declined to say whether he agreed.",
			want:     []quote{{"Ilse Varga", model.Direct, "We will see"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a reply noun before a colon",
			text:     "Ilse Varga had a reply ready: “We will not pay.”",
			want:     []quote{{"Ilse Varga", model.Direct, "We will not pay."}},
			speakers: []string{"Ilse Varga"},
		},
		// A role given by a verb, not in apposition: "became mayor", "was
		// elected mayor", "who chairs", "chaired by"; then the role noun
		// as a cue's subject is that person.
		{
			name:     "became mayor, then the mayor said",
			text:     "Ilse Varga became mayor of Tarvik in May. “We will rebuild the bridge by spring,” the mayor said.",
			want:     []quote{{"Ilse Varga", model.Direct, "We will rebuild the bridge by spring"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "was elected mayor",
			text:     "Tomas Brenn was elected mayor of Tarvik in May. “We will rebuild the bridge,” the mayor said.",
			want:     []quote{{"Tomas Brenn", model.Direct, "We will rebuild the bridge"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "chaired by, then the commission's chair",
			text:     "The talks were chaired by Ulla Svendsen, who leads the Fisheries Commission. “Both sides have moved,” said the commission's chair.",
			want:     []quote{{"Ulla Svendsen", model.Direct, "Both sides have moved"}},
			speakers: []string{"Ulla Svendsen"},
		},
		{
			name:     "who coaches, then the coach",
			text:     "Ilse Varga, who coaches the Ostby juniors, watched the final. “They were brave,” the coach said.",
			want:     []quote{{"Ilse Varga", model.Direct, "They were brave"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "took over as head coach",
			text:     "Ilse Varga took over as head coach in May. “We start today,” the coach said.",
			want:     []quote{{"Ilse Varga", model.Direct, "We start today"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: became angry gives no role",
			text:     "Tomas Brenn became angry at the meeting. “This is a farce,” the mayor said.",
			want:     []quote{{"", model.Direct, "This is a farce"}},
			speakers: []string{},
		},
		{
			name:     "near miss: named in a report, appointed by someone",
			text:     "Tomas Brenn was named in the report. Ilse Varga was appointed by him in May. “We start today,” the minister said.",
			want:     []quote{{"", model.Direct, "We start today"}},
			speakers: []string{},
		},
		// An unnamed fan, owner or player of a body speaks for themselves,
		// not for the body; its spokesman speaks for it.
		{
			name:     "a fan of the club is nobody named",
			text:     "A fan of the Ostby Football Club said he was “truly sorry” for the delay.",
			want:     []quote{{"", model.Mixed, "he was “truly sorry” for the delay"}},
			speakers: []string{},
		},
		{
			name:     "an owner of the club is nobody named",
			text:     "An owner of the Ostby Football Club said he was “truly sorry” for the delay.",
			want:     []quote{{"", model.Mixed, "he was “truly sorry” for the delay"}},
			speakers: []string{},
		},
		{
			name:     "a player for the club is nobody named",
			text:     "A player for the Ostby Football Club said he was “truly sorry” for the delay.",
			want:     []quote{{"", model.Mixed, "he was “truly sorry” for the delay"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a spokesman for the club is the club",
			text:     "A spokesman for the Ostby Football Club said the club was “truly sorry” for the delay.",
			want:     []quote{{"Ostby Football Club", model.Mixed, "the club was “truly sorry” for the delay"}},
			speakers: []string{"Ostby Football Club"},
		},
		// "It released a statement which said, “...”": the pronoun
		// subject of the clause the statement hangs on issued it.
		{
			name:     "it released a statement which said",
			text:     "The Ostby Harbour Board criticised the plan on Thursday. It released a statement which said, “The harbour must stay open.”",
			want:     []quote{{"Ostby Harbour Board", model.Direct, "The harbour must stay open."}},
			speakers: []string{"Ostby Harbour Board"},
		},
		{
			name:     "she released a statement which said",
			text:     "Ilse Varga criticised the plan on Thursday. She released a statement which said, “The harbour must stay open.”",
			want:     []quote{{"Ilse Varga", model.Direct, "The harbour must stay open."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a name still issues it",
			text:     "The Ostby Harbour Board released a statement which said, “The harbour must stay open.”",
			want:     []quote{{"Ostby Harbour Board", model.Direct, "The harbour must stay open."}},
			speakers: []string{"Ostby Harbour Board"},
		},
		// Quotations joined by "and" or "but" before one cue are all its
		// speaker's, whoever spoke before.
		{
			name: "“...” and “...,” she said in a statement",
			text: "Tomas Brenn spoke first.\n\n“The bridge is safe” and “the road will reopen on Friday,” Ilse Varga said in a statement.",
			want: []quote{
				{"Ilse Varga", model.Direct, "The bridge is safe"},
				{"Ilse Varga", model.Direct, "the road will reopen on Friday"},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "“...” but “...,” she said",
			text: "Tomas Brenn spoke first.\n\n“The bridge is safe” but “the road will stay shut,” Ilse Varga said.",
			want: []quote{
				{"Ilse Varga", model.Direct, "The bridge is safe"},
				{"Ilse Varga", model.Direct, "the road will stay shut"},
			},
			speakers: []string{"Ilse Varga"},
		},
		// "One of them, NAME, said": the one the aside names speaks.
		{
			name:     "one of them, a union named in the aside",
			text:     "Two unions joined the strike. One of them, the Ostby Dockers Union, said the deal was “a betrayal”.",
			want:     []quote{{"Ostby Dockers Union", model.Mixed, "the deal was “a betrayal”"}},
			speakers: []string{"Ostby Dockers Union"},
		},
		{
			name:     "one of them, a person named in the aside",
			text:     "Two men were arrested. One of them, Tomas Brenn, said he was “innocent”.",
			want:     []quote{{"Tomas Brenn", model.Mixed, "he was “innocent”"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: one of them, no name",
			text:     "Two men were arrested. One of them said he was “innocent”.",
			want:     []quote{{"", model.Mixed, "he was “innocent”"}},
			speakers: []string{},
		},
		// A new paragraph about someone else, who names the last speaker
		// only as an object: "he said" is the new paragraph's subject.
		{
			name: "met the last speaker, then he said",
			text: "Tomas Brenn spoke at the rally on Monday. “We will win,” Brenn said.\n\nAnders Lund met Brenn after the rally. “That is pretty cool,” he said.",
			want: []quote{
				{"Tomas Brenn", model.Direct, "We will win"},
				{"Anders Lund", model.Direct, "That is pretty cool"},
			},
			speakers: []string{"Anders Lund", "Tomas Brenn"},
		},
		{
			name: "pardoned by the last speaker, then he said",
			text: "Tomas Brenn spoke at the rally on Monday. “We will win,” Brenn said.\n\nAnders Lund was on stage while Brenn flew over. This was the first time Lund made a speech since he was pardoned by Brenn. He said “That is pretty cool.”",
			want: []quote{
				{"Tomas Brenn", model.Direct, "We will win"},
				{"Anders Lund", model.Direct, "That is pretty cool."},
			},
			speakers: []string{"Anders Lund", "Tomas Brenn"},
		},
		{
			name: "near miss: the last speaker as the subject goes on",
			text: "Tomas Brenn spoke at the rally on Monday. “We will win,” Brenn said.\n\nBrenn later met Anders Lund. “He is a good man,” he said.",
			want: []quote{
				{"Tomas Brenn", model.Direct, "We will win"},
				{"Tomas Brenn", model.Direct, "He is a good man"},
			},
			speakers: []string{"Tomas Brenn"},
		},
		// "For NAME, the answer is simple.": the one the sentence speaks
		// for is whom a quotation standing after it is by.
		{
			name: "for her, the answer is simple, then a quotation",
			text: "Tomas Brenn spoke first.\n\nFor Ilse Varga, the answer is simple. “We want answers.”",
			want: []quote{{"Ilse Varga", model.Direct, "We want answers."}},
		},
		{
			name: "near miss: for her, another person has praise",
			text: "Tomas Brenn spoke first.\n\nFor Ilse Varga, Anders Lund has only praise. “She is the best.”",
			want: []quote{{"Anders Lund", model.Direct, "She is the best."}},
		},
		// The mirror: after the asker's question and the answer, the next
		// question by pronoun is the asker's again.
		{
			name: "question, answer, then she asks again",
			text: "Ilse Varga interviewed Robin Kell for the Tarvik Herald. “Will you run again?” Varga asked. “No, never,” Kell said. “Why not?” she asked.",
			want: []quote{
				{"Ilse Varga", model.Direct, "Will you run again?"},
				{"Robin Kell", model.Direct, "No, never"},
				{"Ilse Varga", model.Direct, "Why not?"},
			},
			speakers: []string{"Ilse Varga", "Robin Kell"},
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

// TestCourtPartOfTheNameBefore checks that "for the defence" set off after
// one name is that name's part in the trial, not the next name's.
func TestCourtPartOfTheNameBefore(t *testing.T) {
	text := "Cross-examined by Nathaniel Orde, for the defence, Piers Ancrum accepted that the fence had been repaired. " +
		"For the prosecution, Ambrose Keel said the fence was down."
	roles := make(map[string][]string)
	for _, s := range extract.Extract([]string{text}).Speakers {
		roles[s.Name] = s.Roles
	}
	if r := roles["Piers Ancrum"]; len(r) != 0 {
		t.Errorf("Piers Ancrum has roles %q, want none", r)
	}
	if r := roles["Ambrose Keel"]; len(r) != 1 || r[0] != "prosecutor" {
		t.Errorf("Ambrose Keel has roles %q, want [prosecutor]", r)
	}
}
