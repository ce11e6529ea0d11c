package extract_test

import (
	"testing"

	"soundbite/extract"
)

// speakerCase is an invented text and who each of its quotes is given to
// (quote text -> speaker, "" for nobody).
type speakerCase struct {
	paras []string
	want  map[string]string
}

// checkSpeakerCases runs the cases and reports every quote missing or given
// to the wrong speaker.
func checkSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tc := range cases {
		r := extract.Extract(tc.paras)
		got := make(map[string]string)
		for _, q := range r.Quotes {
			got[q.Text] = q.Speaker
		}
		for text, who := range tc.want {
			if s, ok := got[text]; !ok || s != who {
				t.Errorf("%q in %q: speaker %q (found %v), want %q", text, tc.paras[0], s, ok, who)
			}
		}
	}
}

// TestSpeakerPhraseAfterQuote checks speaker phrases that follow a
// quotation and open with a description: a lower-case role with a modifier
// ("lead author"), a role set off before the name, and a university named
// with "of" before a role.
func TestSpeakerPhraseAfterQuote(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`"We were surprised," lead author Mirela Sanz said.`},
			map[string]string{"We were surprised": "Mirela Sanz"}},
		{[]string{`"We were surprised," the study's lead author, Mirela Sanz, said.`},
			map[string]string{"We were surprised": "Mirela Sanz"}},
		{[]string{`"It is a big step," University of Tarn professor Ines Ralle said.`},
			map[string]string{"It is a big step": "Ines Ralle"}},
		{[]string{`University of Tarn professor Ines Ralle said the findings were a big step.`},
			map[string]string{"the findings were a big step": "Ines Ralle"}},
		{[]string{`"We will appeal," its chief executive, Lena Voss, told reporters.`},
			map[string]string{"We will appeal": "Lena Voss"}},
	})
}

// TestReportedClauseShapes checks reported clauses that open without
// "that": after a hearer and a subject pronoun, with "at least", after a
// plural subject and a base-form verb, a finding after "found", and after
// a phrase set off by commas; and "according to" a name with its acronym.
func TestReportedClauseShapes(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`Ada Lowe told local media she heard two explosions.`},
			map[string]string{"she heard two explosions": "Ada Lowe"}},
		{[]string{`Witnesses told reporters they heard two explosions.`},
			map[string]string{"they heard two explosions": ""}},
		{[]string{`Ada Lowe said at least 14 people had been taken to hospital.`},
			map[string]string{"at least 14 people had been taken to hospital": "Ada Lowe"}},
		{[]string{`Aid agencies say the vaccination rate must stay above 95 percent.`},
			map[string]string{"the vaccination rate must stay above 95 percent": ""}},
		{[]string{`Sources report the minister will resign on Friday.`},
			map[string]string{"the minister will resign on Friday": ""}},
		{[]string{`Tarvik claimed, as of Thursday, it was free of the virus.`},
			map[string]string{"it was free of the virus": "Tarvik"}},
		{[]string{`Marit Olsen said, in a statement on Friday, the vote had been fair.`},
			map[string]string{"the vote had been fair": "Marit Olsen"}},
		{[]string{`According to the National Storm Center (NSC), the storm had winds of 120 miles per hour.`},
			map[string]string{"the storm had winds of 120 miles per hour": "National Storm Center"}},
	})
	// An object found is no finding.
	for _, q := range extract.Extract([]string{"Divers from the Tarvik Rescue Service found the boat near the harbour wall."}).Quotes {
		t.Errorf("found an object: got quote %q", q.Text)
	}
}

// TestTeamFindings checks the findings of a research team: "X et al"
// speaks as its first author, and "they" soon after is the same team.
func TestTeamFindings(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Biologist Mirela Sanz of the Tarn Institute studies frogs.",
			"Sanz et al studied the hill frogs of Varn. They found the frogs can breed twice a year.",
			"Sanz et al found the species would survive a warmer climate."},
			map[string]string{"the frogs can breed twice a year": "Mirela Sanz", "the species would survive a warmer climate": "Mirela Sanz"}},
		{[]string{"The researchers showed those lichens can survive in Mars-like conditions."},
			map[string]string{"those lichens can survive in Mars-like conditions": ""}},
	})
}

// TestDescriptionsAndAsides checks role nouns that end in "ss" ("the
// actress" is one person, not a group), "the club" for a sports club, and a
// participle aside between the speaker and the verb.
func TestDescriptionsAndAsides(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`Actor Paul Dane died on Sunday. His co-star, Mira Dace, paid tribute. "He was a gentle soul," the actress said.`},
			map[string]string{"He was a gentle soul": "Mira Dace"}},
		{[]string{`Kelmar United sacked manager Rob Denton on Sunday. "We thank Rob for his work," the club said in a statement.`},
			map[string]string{"We thank Rob for his work": "Kelmar United"}},
		{[]string{`Ruth Kalder, asked about the attack, said: "We are following several leads."`},
			map[string]string{"We are following several leads.": "Ruth Kalder"}},
		{[]string{`Justice Elena Marsh, writing for the majority, said the law "plainly does not allow" such a ban.`},
			map[string]string{`the law "plainly does not allow" such a ban`: "Elena Marsh"}},
	})
}

// TestTranscriptLabels checks interview transcripts whose answers are
// labelled with the interviewee's initials, and short answers after a
// name label.
func TestTranscriptLabels(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Wikinews spoke with candidates Jonas Ebbe and Ada Lowe.",
			"((WN)) Why are you running?", "((JE)) I want to cut taxes.", "((AL)) Because nobody else will fix the schools."},
			map[string]string{"I want to cut taxes.": "Jonas Ebbe", "Because nobody else will fix the schools.": "Ada Lowe"}},
		{[]string{"Wikinews spoke with candidate Ada Lowe.",
			"Wikinews: Why are you running?", "Ada Lowe: Because nobody else will fix the schools.",
			"Wikinews: What is your top priority?", "Lowe: Schools, again."},
			map[string]string{"Because nobody else will fix the schools.": "Ada Lowe", "Schools, again.": "Ada Lowe"}},
	})
	// A short caption is no answer.
	r := extract.Extract([]string{"Ada Lowe spoke to Wikinews.", "Wikinews: Why are you running?", "Ada Lowe: Because nobody else will.", "Image: Tarvik Hall."})
	for _, q := range r.Quotes {
		if q.Text == "Tarvik Hall." {
			t.Errorf("a caption read as an answer: %+v", q)
		}
	}
}

// TestSingleQuotationMarks checks quotations in single marks, straight and
// curly, and that apostrophes (possessives, elisions, years) pair nothing.
func TestSingleQuotationMarks(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`Lady Mara Hale said: 'The decision to suspend the assembly was unlawful.'`},
			map[string]string{"The decision to suspend the assembly was unlawful.": "Mara Hale"}},
		{[]string{`'We will respect the judgment,' Prime Minister Ivo Sandberg said. 'But we disagree with it.'`},
			map[string]string{"We will respect the judgment": "Ivo Sandberg", "But we disagree with it.": "Ivo Sandberg"}},
		{[]string{`Tomas Olsen told the Kelmar Echo: ‘It's not over.’`},
			map[string]string{"It's not over.": "Tomas Olsen"}},
		{[]string{`Ivo Sandberg said the ruling was 'deeply wrong' and vowed to appeal.`},
			map[string]string{"the ruling was 'deeply wrong'": "Ivo Sandberg"}},
	})
	r := extract.Extract([]string{"The workers' union said the '90s were hard for rock 'n' roll fans and their families' hopes rose."})
	for _, q := range r.Quotes {
		if q.Kind != "indirect" {
			t.Errorf("apostrophes read as quotation marks: %+v", q)
		}
	}
}

// TestDocumentsSpeakForTheirIssuer checks that "the statement" or "the
// report" after a body released one speaks for that body, a statement read
// out after its quotation, and a hyphenated title before a name.
func TestDocumentsSpeakForTheirIssuer(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`The Tarn Ministry of Health released a statement on Monday. "The situation is under control," the statement read.`},
			map[string]string{"The situation is under control": "Tarn Ministry of Health"}},
		{[]string{`The Tarn Ministry of Health published a report on Monday. The report said 40 people had died.`},
			map[string]string{"40 people had died": "Tarn Ministry of Health"}},
		{[]string{`"The situation is under control," read a statement from the Ministry of Health.`},
			map[string]string{"The situation is under control": "Ministry of Health"}},
		{[]string{`"The situation is under control," read a statement.`},
			map[string]string{"The situation is under control": ""}},
	})
	r := extract.Extract([]string{"WHO Director-General Anton Gires said the virus was a pandemic."})
	if len(r.Speakers) != 1 || r.Speakers[0].Name != "Anton Gires" {
		t.Errorf("speakers %+v, want Anton Gires", r.Speakers)
	}
}

// TestPronounGenderAndObjects checks that a pronoun looks past a speaker of
// the other sex for one who fits, that "She disagreed:" gives its
// quotation to her, and that a speech verb in a relative clause with an
// object ("who announced the closure,") reports nothing.
func TestPronounGenderAndObjects(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`Tomas Olsen spoke with Greta Lund. "It was inevitable," Olsen said. She disagreed: "It was a choice."`},
			map[string]string{"It was inevitable": "Tomas Olsen", "It was a choice.": "Greta Lund"}},
		{[]string{`Greta Lund met Tomas Olsen on Friday. "It was useful," Olsen said. "We will meet again," she said.`},
			map[string]string{"It was useful": "Tomas Olsen", "We will meet again": "Greta Lund"}},
	})
	r := extract.Extract([]string{"Tomas Olsen, who announced the closure, spoke with Greta Lund on Monday."})
	for _, q := range r.Quotes {
		t.Errorf("an object read as a clause: %+v", q)
	}
}

// TestOutletsAndPublications checks that outlets are sources, not speakers:
// a name with no word of a body or a person that "reported", an outlet
// named "X of Place", and a journal a study was published in; and that a
// person's unnamed spokesman speaks for the person.
func TestOutletsAndPublications(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"La Cumbre reported that the outbreak began at a nursing home."},
			map[string]string{"the outbreak began at a nursing home": ""}},
		{[]string{"The Times of Tarvik said the train had left on time."},
			map[string]string{"the train had left on time": ""}},
		{[]string{"A study published in Frontiers of Ecology found that the frogs had declined by 40 percent."},
			map[string]string{"the frogs had declined by 40 percent": ""}},
		{[]string{"Ivo Sandberg's spokesman said: 'We will study the judgment.'"},
			map[string]string{"We will study the judgment.": "Ivo Sandberg"}},
		{[]string{"The Tarn Space Agency reported that the probe had reached orbit."},
			map[string]string{"the probe had reached orbit": "Tarn Space Agency"}},
		{[]string{"TSA reported that the probe had reached orbit."},
			map[string]string{"the probe had reached orbit": "TSA"}},
	})
}

// TestSubjectsAcrossInsertions checks speakers separated from their verb by
// a sentence adverb or "went on to", a plural noun that is also a verb form
// after a number, "forecast" as a speech verb, and "reported on" a topic.
func TestSubjectsAcrossInsertions(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Tomas Olsen, however, said the plan would fail."},
			map[string]string{"the plan would fail": "Tomas Olsen"}},
		{[]string{"Greta Lund, for her part, said the plan would work."},
			map[string]string{"the plan would work": "Greta Lund"}},
		{[]string{"Tomas Olsen went on to say that the plan would fail."},
			map[string]string{"the plan would fail": "Tomas Olsen"}},
		{[]string{"The attorneys general of sixteen states argued in the lawsuit that the declaration was illegal."},
			map[string]string{"the declaration was illegal": ""}},
		{[]string{"The National Storm Center forecast that the storm would become a hurricane by Friday."},
			map[string]string{"the storm would become a hurricane by Friday": "National Storm Center"}},
	})
	r := extract.Extract([]string{"The Kelmar Echo, however, reported on a distress call from someone on the ferry, who may have been the captain."})
	for _, q := range r.Quotes {
		t.Errorf("a topic read as a clause: %+v", q)
	}
}

// TestNamesAndQuoteOnlyVerbs checks that a contraction opening a sentence
// ("You've") names nobody, that two bodies joined by "and" stay two, and
// verbs that report speech only before a quotation ("reacted on Twitter").
func TestNamesAndQuoteOnlyVerbs(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`Mick Dorran of The Stone Roses also reacted on Twitter, "Sad news. He was a fiery but talented drummer."`},
			map[string]string{"Sad news. He was a fiery but talented drummer.": "Mick Dorran"}},
	})
	r := extract.Extract([]string{`"You've got to fight for it," Ada Lowe said. You've heard it before.`})
	for _, s := range r.Speakers {
		if s.Name != "Ada Lowe" {
			t.Errorf("false speaker %q", s.Name)
		}
	}
	r = extract.Extract([]string{"The Center for Marsh Ecology and Center for Clean Rivers asked that the frogs be protected."})
	for _, s := range r.Speakers {
		if s.Name == "Center for Marsh Ecology and Center for Clean Rivers" {
			t.Errorf("two bodies read as one: %q", s.Name)
		}
	}
	if r := extract.Extract([]string{"Tomas Olsen reacted angrily to the ruling."}); len(r.Quotes) > 0 {
		t.Errorf("a reaction without a quotation read as a quote: %+v", r.Quotes)
	}
}

// TestToldNeverInverts checks that the phrase after "told" is the hearer,
// even after an appositive and a comma.
func TestToldNeverInverts(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`"We will win," Tomas Olsen, a former teacher, told the Kelmar Echo. "We always do."`},
			map[string]string{"We will win": "Tomas Olsen", "We always do.": "Tomas Olsen"}},
	})
}

// TestBareSurnameSpeaker checks that a one-word name that has spoken can be
// "he" or "she" next.
func TestBareSurnameSpeaker(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Olsen said the count was fair. He added that he would not go to court."},
			map[string]string{"he would not go to court": "Olsen"}},
		{[]string{`"The count was fair," Brekke said. "We will not go to court," she added.`},
			map[string]string{"We will not go to court": "Brekke"}},
	})
}

// TestMoreReportingVerbs checks speech verbs of argument and science
// ("maintained", "disclosed", "speculated", "determined that"), and that a
// noun object before ", and" is no clause ("conceded a penalty").
func TestMoreReportingVerbs(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Tomas Olsen maintained he had done nothing wrong."},
			map[string]string{"he had done nothing wrong": "Tomas Olsen"}},
		{[]string{"Greta Lund disclosed that the firm had lost $2 million."},
			map[string]string{"the firm had lost $2 million": "Greta Lund"}},
		{[]string{"Mirela Sanz speculated the frogs had arrived by river."},
			map[string]string{"the frogs had arrived by river": "Mirela Sanz"}},
		{[]string{"The Tarn Safety Board determined that the pilot had lost control."},
			map[string]string{"the pilot had lost control": "Tarn Safety Board"}},
	})
	r := extract.Extract([]string{"Striker Jonah Mbeki conceded a penalty in the second half, and the visitors scored from it."})
	for _, q := range r.Quotes {
		t.Errorf("an object read as a clause: %+v", q)
	}
}

// TestTeamsSpeakThroughTheirLead checks research teams named by their lead:
// "X and colleagues", "X's team", "a team led by X", and "they" after one.
func TestTeamsSpeakThroughTheirLead(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Mirela Sanz of the Tarn Institute and her colleagues found that the frogs can breed twice a year. They also found the species was rare."},
			map[string]string{"the frogs can breed twice a year": "Mirela Sanz", "the species was rare": "Mirela Sanz"}},
		{[]string{"Mirela Sanz's team found that the frogs can breed twice a year."},
			map[string]string{"the frogs can breed twice a year": "Mirela Sanz"}},
		{[]string{"A team led by Mirela Sanz found that the frogs can breed twice a year."},
			map[string]string{"the frogs can breed twice a year": "Mirela Sanz"}},
	})
	r := extract.Extract([]string{"Mirela Sanz of the Tarn Institute and her colleagues found that the frogs can breed twice a year."})
	for _, s := range r.Speakers {
		if s.Name != "Mirela Sanz" {
			t.Errorf("false speaker %q", s.Name)
		}
	}
}

// TestCarryOverAParagraphAboutNoOne checks that a quotation standing alone
// keeps the latest speaker across a paragraph that names no one, and not
// across one that names someone else.
func TestCarryOverAParagraphAboutNoOne(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Marten Holm said the company would appeal the ruling.",
			"The ruling comes two years after a former employee sued the company over unpaid wages.",
			`"We are disappointed but not surprised."`},
			map[string]string{"We are disappointed but not surprised.": "Marten Holm"}},
		{[]string{"Marten Holm said the company would appeal the ruling.",
			"The case was brought by Greta Lund, a former employee, in 2018.",
			`"We are disappointed but not surprised."`},
			map[string]string{"We are disappointed but not surprised.": ""}},
	})
}

// TestColonAfterWordsNoun checks a quotation after a colon whose subject
// names someone's words: "X's response was blunt:", "The message from X
// was clear:".
func TestColonAfterWordsNoun(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`Tomas Olsen's response was blunt: "Watch this space."`},
			map[string]string{"Watch this space.": "Tomas Olsen"}},
		{[]string{`The message from Tomas Olsen was clear: "We will be fine."`},
			map[string]string{"We will be fine.": "Tomas Olsen"}},
	})
}

// TestOutletsRelaySpeakers checks that an outlet that quotes or interviews
// someone relays that person's words: "in an interview with X that",
// "X quoted Y as saying", "Y was quoted by X as saying".
func TestOutletsRelaySpeakers(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Ada Lowe said in an interview with the Kelmar News that the festival had been cancelled."},
			map[string]string{"the festival had been cancelled": "Ada Lowe"}},
		{[]string{"The Kelmar Gazette quoted Ada Lowe as saying the festival had been cancelled."},
			map[string]string{"the festival had been cancelled": "Ada Lowe"}},
		{[]string{"Ada Lowe was quoted by the Kelmar Gazette as saying the festival had been cancelled."},
			map[string]string{"the festival had been cancelled": "Ada Lowe"}},
	})
}

// TestStateBodiesNamedByCountry checks ministries and other state bodies
// named by their country: "the Tarnish health ministry" in the style of
// "the Mexican government".
func TestStateBodiesNamedByCountry(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"The Chilean health ministry said 12 residents had tested positive."},
			map[string]string{"12 residents had tested positive": "Chilean health ministry"}},
		{[]string{"Russia's foreign ministry said the sanctions were illegal."},
			map[string]string{"the sanctions were illegal": "Russia's foreign ministry"}},
		{[]string{"The ministry said the sanctions were illegal."},
			map[string]string{"the sanctions were illegal": ""}},
	})
}

// TestRoleDescriptionWithModifier checks that a description's modifier
// picks between two holders of the same role: "the health minister".
func TestRoleDescriptionWithModifier(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Health Minister Anika Rolf and Finance Minister Lars Brenn presented the budget. The health minister said hospitals would get more money."},
			map[string]string{"hospitals would get more money": "Anika Rolf"}},
		{[]string{"Finance Minister Lars Brenn and Health Minister Anika Rolf presented the budget. The finance minister said taxes would fall."},
			map[string]string{"taxes would fall": "Lars Brenn"}},
	})
}

// TestAsXPutIt checks the manner clause "As X put it," before a quotation.
func TestAsXPutIt(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`As Tomas Olsen put it, "We are not going anywhere."`},
			map[string]string{"We are not going anywhere.": "Tomas Olsen"}},
		{[]string{`Tomas Olsen put it to the minister that the plan was dead.`},
			map[string]string{"the plan was dead": "Tomas Olsen"}},
	})
}

// TestAnsweredQuestionsIsNoClause checks that "answered some questions"
// reports nothing, while "answered that" does.
func TestAnsweredQuestionsIsNoClause(t *testing.T) {
	if r := extract.Extract([]string{"Retired teacher Ivo Brand answered some questions about his campaign from Wikinews reporter Ada Lowe."}); len(r.Quotes) > 0 {
		t.Errorf("an object read as a clause: %+v", r.Quotes)
	}
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Ivo Brand answered that he would run again."},
			map[string]string{"he would run again": "Ivo Brand"}},
	})
}

// TestReporterInitialsAskTheQuestions checks a transcript whose questions
// are labelled with the reporter's initials.
func TestReporterInitialsAskTheQuestions(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Candidate Ivo Brand answered some questions from Wikinews accredited reporter Ada S. Lowe.",
			"((ASL)) Why are you running?", "((IB)) Because nobody else will fix the schools.",
			"((ASL)) What is your top priority?", "((IB)) Schools, again."},
			map[string]string{"Because nobody else will fix the schools.": "Ivo Brand", "Schools, again.": "Ivo Brand"}},
	})
}

// TestSourcesFamiliarAndTownPolice checks unnamed sources described at
// length ("sources familiar with the matter") and a police force named by
// its town.
func TestSourcesFamiliarAndTownPolice(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Olsen will resign next week, sources familiar with the matter said."},
			map[string]string{"Olsen will resign next week": ""}},
		{[]string{"Two people died and 14 were injured, Kelmar police said Tuesday."},
			map[string]string{"Two people died and 14 were injured": "Kelmar police"}},
	})
}

// TestLongPlainNamesReportAsBodies checks that a body with a long plain
// name that "reported" stays a speaker.
func TestLongPlainNamesReportAsBodies(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{"Coastal Rights Watch reported that the arrests were unlawful."},
			map[string]string{"the arrests were unlawful": "Coastal Rights Watch"}},
	})
}
