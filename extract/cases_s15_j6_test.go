package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 15, helper j6: speaker-level errors on the dev sets (pages
// dev-a..dev-p, Wikinews dev-a..dev-n). All 123 distinct speaker misses
// of the dev misses list (83 missed, 40 false; Wikinews lines print
// twice, as dev and as its half) were sorted by cause:
//
//   missed speaker (83)
//     33 a body's quotes found, given to nobody: a description as subject
//        ("the fast-food company said", "the nonprofit group said",
//        "organizers of the rally said"), "It said", a document or an
//        account ("a McKinsey report ... saying", "a White House call
//        readout said"), a member for the body ("a Voice official
//        explained"), a body with an aside ("The Contra military command,
//        in a statement from Honduras, said"), a description before the
//        name after "according to" ("according to data analysis firm
//        Quillon"), a heading naming a venue over a release
//     15 quotes given to another speaker: an official of a body named
//        with a possessive ("an official at London's Stock Exchange" to
//        the exchange named before), a company described after a rival
//        was named, a surname shared in a family, a body's office named
//        by its head ("Levy's office said" to Levy)
//     12 indirect or mixed reports not found (clause shapes)
//      9 a one-word or short scare quote not found ("corrupt", "no.")
//      8 a person's quotes found, given to nobody (a name after a long
//        aside, "said California Democratic Rep. X" after a long quote)
//      5 direct quotes with no cue (an interview's answers, a release)
//      1 name form cut ("The Rathcormac Inn" kept as "Rathcormac Inn")
//   false speaker (40)
//     13 a non-speech verb read as a cue: "announced" with a noun object
//        ("announced the addition of ..."), "accepted the bid", "found
//        Amazon to be", "informed" with no clause, "estimate", "showed",
//        "posted a report", "insisting" with an object clause of intent
//     10 took a quote the gold leaves to no one (passive or document
//        subjects, "Congress" as the object)
//      8 took another speaker's quote (a body near a person, a rival)
//      6 a name form split or merged (alias kept as a second speaker,
//        "Franklin Roosevelt" taking "Roosevelt", "Anthony List" cut from
//        "Susan B. Anthony List", "X Energy Partners" for "X")
//      2 a scare quote made a speaker
//      1 a quote the gold omits
//
// Classes probed here (general to news writing):
//
//   - orgaside: a body as subject, an aside in commas, then the speech
//     verb ("The Harlow Chamber of Commerce, still opposed to any rise,
//     said ...", "The rebel command, in a statement from Tarsby,
//     said ...").
//   - adjaside: the same with an adjective aside ("wary of upsetting
//     its neighbours", "long opposed to the scheme", "keen to avoid a
//     strike", "still reeling from the loss"), for bodies and people
//     (dev shapes: "Jamaica, wary of upsetting its allies, has
//     instructed", "The Chamber of Commerce, still opposed to any
//     increase, said").
//   - accdescr: "according to" a description then the name ("according
//     to data analysis firm Quillon", "according to research group
//     Varnet").
//   - nounannounce: "announced" with a plain noun object ("announced
//     the addition of another layer of halts"): no report.
//   - nounobj (added after fix 1): a report verb with a plain noun
//     object, no report ("accepted the bid at $28 a share", "denied
//     allegations by X that ...", "posted a report from ...").
//   - partylabel, invrole (added after fix 2): a bracketed party label
//     after the name, "(D., Ohio)," and a long role before an inverted
//     name, "said California Democratic Rep. X".
//   - possname, npparticiple (added after fix 3): a firm named in the
//     possessive ("Tarvel's said"), and an object of "announced" that a
//     participle modifies ("halts designed to slow traders").
//   - scare (added after fix 4): a short quoted phrase inside a verb's
//     object ("announced a plan to become “carbon negative”").
//   - surname (added after fix 5): a bare surname two people of
//     different gender share, the clause's pronoun telling which.
//   - joint (added after fix 6): two named people as one subject.
//   - pseudonym (added after fix 6): a person known by a first name
//     alone ("Dan (not his real name)"), the quotation after the
//     paragraph about them.
//   - possbody (added after fix 1): an official of a body named after a
//     place's possessive ("an official at London's Stock Exchange
//     said"), a like body named before.
//
// FIRST PASS (engine at 62f9745, 157 rows): 87/157 (0.55). orgaside
// 30/40 (every "still opposed to" aside failed), adjaside 36/96 ("angry
// at", "critical of", "unhappy with" passed; "wary of", "keen to", and
// any aside opened by "still", "long" or "already" lost the speaker, the
// report going to nobody), accdescr 8/8, nounannounce 8/8, near 5/5.
// The invented accdescr and nounannounce shapes already pass: the dev
// misses of those causes hang on other details (a lower-case name, the
// noun's own clause).
//
// Fix 1 (subject.go appositiveLike: a stance adjective before a
// preposition, "wary of", "keen to", and an aside opened by a degree or
// time adverb, "still opposed to", are asides): adjaside 96/96, orgaside
// 40/40, near 7/7 (two near misses added with the fix: an adverb aside
// inside the reported clause and inside the clause before the cue).
// Score: pages dev-m 0.973/0.968/0.942 -> 0.978/0.968/0.946, dev-p
// 0.934/0.944/0.927 -> 0.938/0.944/0.930; no other set moved, held-out
// included.
//
// FIRST PASS of nounobj and possbody (engine at 0192594, 14 rows):
// nounobj 3/8 ("accepted the bid at $28 a share" read "share" as a
// subjunctive's verb; "denied allegations by X that ..." kept the
// allegation's clause as the denier's words; a poll's "showed" and a
// court's "found X to be" are taken as reports), possbody 0/6 (every one
// to the exchange named before).
//
// Fix 2 (complement.go: "accept" with a plain noun object is no report;
// contentNounThat: a content noun, "by" or "from" its owner, then
// "that", so "denied allegations by X that ..." reports nothing):
// nounobj 6/8 (poll-showed and court-found known), near 9/10 (the one
// left, "accepted the plan was flawed", failed before too). Score: pages
// dev-f 0.940/0.953/0.964 -> 0.946/0.953/0.964, dev-p 0.938/0.944/0.930
// -> 0.942/0.944/0.930; no other set moved, held-out included.
//
// FIRST PASS of partylabel and invrole (added after fix 2, engine at
// e6c1b94, 21 rows; dev shapes "Rep. X (D., Ohio), said", "said
// California Democratic Rep. X"): partylabel 12/16 (every "(D., Ohio),"
// with a comma after the bracket lost the speaker: the comma inside the
// bracket cut the subject off), invrole 5/5.
//
// Fix 3 (subject.go subjectThroughAppositives: a bracket is stepped over
// whole, commas and all): partylabel 16/16, near 11/12 (two near misses
// added: a bracket in an opening phrase, a label on an object). Score:
// pages dev-o 0.950/0.950/0.916 -> 0.950/0.950/0.920; no other set
// moved, held-out included.
//
// FIRST PASS of possname (added after fix 3, engine at ca7987e, 20 rows
// and 2 near misses; dev shape "Rally's ... The restaurant operator
// said", and "Macy's said" in any business page): possname 0/20, every
// report lost. A fix passed 16/20 but moved no set, so it was not kept:
// the rows were known (poss-name) until h15-j10 fixed the class
// (cases_s15_j10_test.go); all 20 pass since.
//
// FIRST PASS of npparticiple (added after fix 3, engine at ca7987e, 15
// rows and 2 near misses; dev shape "announced the addition of another
// layer of trading halts designed to slow program traders"): 6/15, every
// object with "designed to", "aimed at" or "selected for" read as a
// that-less clause whose verb was the participle.
//
// Fix 4 (complement.go clauseLike and clauseVerbSoon: a participle that
// nearly always modifies its noun, before a preposition or "to", is no
// clause's verb): npparticiple 15/15, near 15/16. Score: pages dev-p
// 0.942/0.944/0.930 -> 0.946/0.944/0.930; no other set moved, held-out
// included.
//
// FIRST PASS of scare (added after fix 4, engine at 8341ef3, 15 rows;
// dev shapes: a short quoted phrase in a verb's object, "announced a
// plan to become “carbon negative”", "complained about U.S.
// “interference”", "made false claims about voting being “corrupt”"):
// 5/15 (the table's first cut used an outlet as subject, which the
// engine never makes a speaker by design; with a party instead, before
// any fix). "announced a plan to ..." lost every phrase: "plan" read as
// a verb ended the search for the quotation, and "a plan to open a
// plant" was taken as a that-less clause.
//
// Fix 5 (complement.go: after an aim's noun, "a plan to", "a pledge
// to", the infinitive is stepped over to the quoted phrase, and the
// object is no clause): scare 8/15 (7 known: made-claims, place-rulers,
// accused-body), near 16/17. Score: pages dev-b 0.960/0.957/0.971 ->
// 0.966/0.960/0.971; no other set moved, held-out included.
//
// FIRST PASS of surname (added after fix 5, engine at 4b821a3, 4 rows;
// dev shape: "Farrow, who had been working on ..., said he would stop"
// with Mia and Ronan Farrow named): 0/4, the bare surname always to the
// bearer named first.
//
// Fix 6 (cues.go surnameByPronoun: a report whose subject is a bare
// surname two people of different gender share goes to the one the
// clause's subject pronoun fits, "said he", "said she"): surname 3/4 (1
// known), near 18/19 (two near misses added: one bearer with another's
// pronoun, two bearers of one gender). Score: pages dev-f
// 0.946/0.953/0.964 -> 0.959/0.953/0.969; no other set moved, held-out
// included.
//
// FIRST PASS of joint (added after fix 6, engine at 42794ac, 6 rows;
// dev shapes: two named people as one subject, which the gold gives to
// no one): 5/6; only "Both he and the commissioner X urged" gave the
// words to X. A comma variant (the dev shape) was added; the fix tried
// moved no set and was not kept (known both-he).
//
// FIRST PASS of pseudonym (engine at 06cbde6, 10 rows; dev shape: "Dan
// (not his real name), a 19-year-old student, ... “...”" after another
// speaker's quotation): 3/10. Maya, Lena and Tomas passed; Dan, Mike,
// Dave, Matt, Josh, Greg and Meg lost their quotation to the speaker
// before: the short forms of common given names were not in the lexicon,
// so a lone "Dan" was no person.
//
// Fix 7 (words_common.go: dan, mike, dave, matt, jon, greg, phil, andy,
// josh, zach, nate, ron as male names, meg as female): pseudonym 10/10.
// Score: pages dev-b 0.966/0.960/0.971 -> 0.972/0.960/0.974; no other
// set moved, held-out included.

// Mechanisms of the known failures.
const (
	j6PollShowed     = "poll-showed: a poll's or a study's finding after \"showed\" is taken as its report; the gold sets differ on findings (a study's are reports in Wikinews), so it is left"
	j6AcceptBare     = "accept-bare: \"accepted\" with its clause and no \"that\" is no report (a cueThat verb takes a that-less clause only after data or a request); it failed before fix 2 as after"
	j6PossBody       = "poss-body: a body named after a place's possessive (\"an official at London's Stock Exchange\") is read as a description of the like body named before (\"the Harlow Stock Exchange\"), which takes the words"
	j6MadeClaims     = "made-claims: \"has made false claims about X being “corrupt”\": \"made\" is no cue and the noun \"claims\" before \"about\" opens no report, so the phrase is lost"
	j6PlaceRulers    = "place-rulers: \"Tarsby's rulers complained about ... “interference”\": an unnamed group owned by a place loses the phrase altogether (the gold gives it to the country)"
	j6AccusedBody    = "accused-body: \"The Harlow Labour Party accused the minister of being “...”\" loses the phrase that a person's accusation keeps"
	j6SurnameUnknown = "surname-unknown: the bearer named first, whose gender the text never gives (\"the writer Ronan Tarvel\"), has one guessed from the very pronoun of the report (a narrated \"she\" after the bare surname), so the pronoun seems to fit him and nothing moves"
	j6BothHe         = "both-he: \"Both he and the commissioner Mara Quell urged ...\": the pronoun's person is no second speaker, so the words go to her alone; a fix in joinedSpeaker (the pronoun after \"both\" resolved as the co-speaker) passed the frame without a comma but moved no set (the dev shape has a comma before the verb, which ends the subject search at an empty segment), so it was not kept"
	j6CourtFound     = "court-found: \"found X to be ...\" after a court is taken as its ruling; a court's ruling is a report elsewhere in the gold, so it is left"
)

var j6Known = flag.Bool("j6.known", false, "TestAuditS15J6 runs its known failures too, to see which a change fixed")

func TestAuditS15J6(t *testing.T) { runAudit(t, "j6", j6Rows(), *j6Known) }

// j6Bodies: bodies as subjects, each with the name the speaker list
// should carry.
var j6Bodies = []struct{ np, name string }{
	{"The Harlow Chamber of Commerce", "Harlow Chamber of Commerce"},
	{"The Dunmore Valley Water Authority", "Dunmore Valley Water Authority"},
	{"Varnell Computer Corp.", "Varnell Computer Corp."},
	{"The Tarsby Retail Association", "Tarsby Retail Association"},
	{"Quillon Holdings", "Quillon Holdings"},
}

// j6Asides: asides in commas between the body and its verb.
var j6Asides = []string{
	"still opposed to any increase in the levy",
	"in a statement from its head office in Corvan",
	"which has fought the plan for a year",
	"citing figures from its own members",
}

// j6AdjAsides: asides that are adjective phrases ("wary of ...",
// "long opposed to ..."), the shape the first pass found failing.
var j6AdjAsides = []string{
	"wary of upsetting its neighbours",
	"long opposed to the scheme",
	"angry at the delay",
	"critical of the deal from the start",
	"unhappy with the ruling",
	"keen to avoid a strike",
	"still reeling from the loss",
	"already under pressure from its members",
}

// j6People: people as subjects for the adjective asides.
var j6People = []string{"Ada Brinvik", "Councillor Ivo Brant", "Mr. Tarvel"}

// j6Descrs: a description and a name after "according to".
var j6Descrs = []struct{ np, name string }{
	{"data analysis firm Quillon", "Quillon"},
	{"research group Varnet Insights", "Varnet Insights"},
	{"the consultancy Harlow Partners", "Harlow Partners"},
	{"market researcher Brinvik Data", "Brinvik Data"},
}

// j6PossBodies: a body named with a place's possessive, and the name
// the speaker list should carry.
var j6PossBodies = []struct{ place, body, name string }{
	{"London", "Stock Exchange", "London Stock Exchange"},
	{"Corvan", "Mercantile Exchange", "Corvan Mercantile Exchange"},
	{"Tarsby", "Futures Exchange", "Tarsby Futures Exchange"},
}

// j6PartyLabels: party and state labels in brackets.
var j6PartyLabels = []string{"(D., Ohio)", "(R., Texas)", "(D-Calif.)", "(R-N.Y.)"}

// j6InvRoles: a place, a party and a title before a name.
var j6InvRoles = []string{
	"California Democratic Rep.",
	"Texas Republican Sen.",
	"Ohio Democratic Congresswoman",
	"Republican state Sen.",
	"Democratic Rep.",
}

// j6PossNames: companies named in the possessive, with both
// apostrophes.
var j6PossNames = []string{"Tarvel\u2019s", "Brinvik\u2019s", "Quillon's", "Harrowby's"}

// j6ParticipleObjects: objects of "announced" or "informed" that a
// participle phrase modifies, with no reported clause.
var j6ParticipleObjects = []struct{ label, text string }{
	{"halts designed to", "yesterday announced the addition of another layer of trading halts designed to slow program traders."},
	{"candidates vying for", "has formally announced the two candidates vying for the post of president ahead of its conference."},
	{"fund aimed at", "announced a new fund aimed at small farmers in the north."},
	{"players selected for", "announced the names of the players selected for the tour."},
	{"informed of, process followed", "has informed the Tarsby government of the arrest, as part of the usual process followed when a citizen is held abroad."},
}

// j6ScareFrames: a short quoted phrase in a verb's object or complement.
var j6ScareFrames = []struct {
	label, text, phrase string
	byNobody            bool
}{
	{"complained about", "complained to the envoy about Harlow\u2019s \u201cinterference\u201d in its affairs.", "interference", false},
	{"accused of being", "accused the minister of being a leading proponent of \u201cquiet reform,\u201d a phrase for the opposition's plan.", "quiet reform,", false},
	{"made claims about", "has made false claims about postal voting being \u201ccorrupt\u201d and \u201cdangerous,\u201d even as towns embrace it.", "corrupt", false},
	{"announced a plan to become", "announced a plan to become \u201ccarbon negative\u201d by 2030.", "carbon negative", false},
	{"called it", "called the ruling \u201cunjust.\u201d", "unjust.", false},
}

// j6SurnameFrames: two bearers of one surname, then the bare surname
// as a speaker.
var j6SurnameFrames = []struct{ label, text, who, clause string }{
	{"son after mother, he",
		"The actress Mia Tarvel backed the memoir. Her son, the writer Ronan Tarvel, opposed it.\n\nTarvel, who had been working on a book of his own, said he would stop working with the publisher.",
		"Ronan Tarvel", "he would stop working with the publisher"},
	{"mother after son, she",
		"The writer Ronan Tarvel opposed the memoir. His mother, the actress Mia Tarvel, backed it.\n\nTarvel, who had starred in three of the films, said she had no regrets.",
		"Mia Tarvel", "she had no regrets"},
	{"father after daughter, he",
		"Nora Brinvik runs the family firm. Her father, Anton Brinvik, founded it in 1970.\n\nBrinvik said he never expected the firm to last.",
		"Anton Brinvik", "he never expected the firm to last"},
	{"daughter after father, she",
		"Anton Brinvik founded the family firm in 1970. His daughter, Nora Brinvik, runs it now.\n\nBrinvik said she would not sell.",
		"Nora Brinvik", "she would not sell"},
}

// j6JointFrames: two named people, joined by "and", as one subject.
var j6JointFrames = []struct{ label, text, clause string }{
	{"plain pair", "Ada Brinvik and Ivo Brant said the plan would fail.", "the plan would fail"},
	{"pair with titles", "Senator Ada Brinvik and Representative Ivo Brant said the plan would fail.", "the plan would fail"},
	{"professors of places", "Professors Ada Brinvik of Harlow University and Ivo Brant of Corvan College said the plan would fail.", "the plan would fail"},
	{"fellow representative", "Senator Ada Brinvik and fellow Republican Representative Ivo Brant proposed to set limits on terms in office.", "to set limits on terms in office"},
	{"both he and", "Ivo Brant wrote to the embassy. Both he and the county's commissioner Mara Quell urged the immunity be waived.", "the immunity be waived"},
	{"both he and, a comma after", "Ivo Brant wrote to the embassy. Both he and the county's Police and Crime Commissioner Mara Quell, urged the immunity be waived.", "the immunity be waived"},
	{"role then pair", "Lawyers Ada Brinvik and Ivo Brant said the ruling would be appealed.", "the ruling would be appealed"},
}

// j6Pseudonyms: a first name given as not real.
var j6Pseudonyms = []struct{ label, intro, pron, name string }{
	{"not his real name", "Dan (not his real name)", "He", "Dan"},
	{"not her real name", "Maya (not her real name)", "She", "Maya"},
	{"whose name has been changed", "Tomas, whose name has been changed,", "He", "Tomas"},
	{"plain first name", "Lena", "She", "Lena"},
	{"short form Mike", "Mike (not his real name)", "He", "Mike"},
	{"short form Dave", "Dave (not his real name)", "He", "Dave"},
	{"short form Matt", "Matt (not his real name)", "He", "Matt"},
	{"short form Josh", "Josh, whose name has been changed,", "He", "Josh"},
	{"short form Greg", "Greg (not his real name)", "He", "Greg"},
	{"short form Meg", "Meg (not her real name)", "She", "Meg"},
}

// j6Nouns: noun objects of "announced" that are no report.
var j6Nouns = []string{
	"the addition of another layer of trading halts",
	"the closure of its plant in Tarsby",
	"a new range of electric vans",
	"plans for a second terminal at the airport",
}

// j6NounObjects: verbs that report speech elsewhere, here with a plain
// noun object and no reported clause.
var j6NounObjects = []struct{ label, text, known string }{
	{"accepted the bid", "Tarvel Air Corp. accepted the bid at prices higher than $28 a share.", ""},
	{"accepted the offer", "The Harlow board accepted the offer at a price well above the market.", ""},
	{"denied allegations that", "Ivo Brant denied allegations by Ada Brinvik that the lawyer had asked him for money.", ""},
	{"denied claims that", "The Dunmore council denied claims by residents that the water was unsafe.", ""},
	{"posted a report", "Mara Quell posted a report from the Corvan Herald about the minister's health as the top story.", ""},
	{"estimate the population", "Researchers at the Tarsby Wildlife Trust estimate the population by counting the nests on the cliffs.", ""},
	{"showed a figure", "A poll by Brinvik Research showed 55 percent of voters backed the plan.", j6PollShowed},
	{"found a firm to be", "The Harlow Superior Court found Quillon to be a \u201cservice provider\u201d and not a seller.", j6CourtFound},
}

func j6Rows() []auditRow {
	var rows []auditRow
	for _, b := range j6Bodies {
		for _, a := range j6Asides {
			rows = append(rows,
				auditRow{class: "orgaside/said, clause",
					text: b.np + ", " + a + ", said the new rules would cost jobs.",
					want: []quote{{b.name, auI, "the new rules would cost jobs"}}, speakers: []string{b.name}},
				auditRow{class: "orgaside/said, mixed",
					text: b.np + ", " + a + ", said the plan \u201cwill be impossible for many employers to accept.\u201d",
					want: []quote{{b.name, auM, "the plan \u201cwill be impossible for many employers to accept.\u201d"}}, speakers: []string{b.name}},
			)
		}
	}
	for _, a := range j6AdjAsides {
		for _, b := range j6Bodies[:3] {
			rows = append(rows,
				auditRow{class: "adjaside/body said",
					text: b.np + ", " + a + ", said the new rules would cost jobs.",
					want: []quote{{b.name, auI, "the new rules would cost jobs"}}, speakers: []string{b.name}},
				auditRow{class: "adjaside/body has told, clause",
					text: b.np + ", " + a + ", has told its lobbyist to drop the claim.",
					want: []quote{{b.name, auI, "its lobbyist to drop the claim"}}, speakers: []string{b.name}},
			)
		}
		for _, who := range j6People {
			name := who
			switch who {
			case "Councillor Ivo Brant":
				name = "Ivo Brant"
			case "Mr. Tarvel":
				name = "Tarvel"
			}
			rows = append(rows,
				auditRow{class: "adjaside/person said",
					text: who + ", " + a + ", said the new rules would cost jobs.",
					want: []quote{{name, auI, "the new rules would cost jobs"}}, speakers: []string{name}},
				auditRow{class: "adjaside/person said, quoted",
					text: who + ", " + a + ", said: “These rules will cost jobs.”",
					want: []quote{{name, auD, "These rules will cost jobs."}}, speakers: []string{name}},
			)
		}
	}
	for _, d := range j6Descrs {
		rows = append(rows,
			auditRow{class: "accdescr/after the clause",
				text: "The brand sold more than $6 million of goods in January alone, according to " + d.np + ".",
				want: []quote{{d.name, auI, "The brand sold more than $6 million of goods in January alone"}}, speakers: []string{d.name}},
			auditRow{class: "accdescr/before the clause",
				text: "According to " + d.np + ", the brand sold more than $6 million of goods in January.",
				want: []quote{{d.name, auI, "the brand sold more than $6 million of goods in January"}}, speakers: []string{d.name}},
		)
	}
	for _, n := range j6Nouns {
		rows = append(rows,
			auditRow{class: "nounannounce/announced a noun",
				text: "The Harlow Mercantile Exchange announced " + n + " on Monday.",
				want: []quote{}, speakers: []string{}, exact: true},
			auditRow{class: "nounannounce/yesterday announced a noun",
				text: "Tarsby Motors yesterday announced " + n + ".",
				want: []quote{}, speakers: []string{}, exact: true},
		)
	}
	// nounobj: a verb with a plain noun object, no report.
	for _, r := range j6NounObjects {
		rows = append(rows, auditRow{class: "nounobj/" + r.label, known: r.known,
			text: r.text, want: []quote{}, speakers: []string{}, exact: true})
	}
	rows = append(rows,
		auditRow{class: "near/bracket with a comma in an opening phrase",
			text: "In Tarsby (population 4,000, most of them farmers), Mara Quell said the plant would close.",
			want: []quote{{"Mara Quell", auI, "the plant would close"}}, speakers: []string{"Mara Quell"}},
		auditRow{class: "near/bracketed label on the object",
			text: "Ivo Brant praised Rep. Ada Brinvik (D., Ohio), and said the talks went well.",
			want: []quote{{"Ivo Brant", auI, "the talks went well"}}, speakers: []string{"Ivo Brant"}},
		auditRow{class: "near/possessive of a person before a role",
			text: "Ivo Brant\u2019s spokesman said the talks went well.",
			want: []quote{{"Ivo Brant", auI, "the talks went well"}}},
		auditRow{class: "near/possessive of a person before a noun",
			text: "Mara Quell's office said the talks went well.",
			want: []quote{{"Mara Quell", auI, "the talks went well"}}},
		auditRow{class: "near/accepted that",
			text: "Tarvel Air Corp. accepted that the bid was too low.",
			want: []quote{{"Tarvel Air Corp.", auI, "the bid was too low"}}, speakers: []string{"Tarvel Air Corp."}},
		auditRow{class: "near/accepted a clause without that", known: j6AcceptBare,
			text: "Ada Brinvik accepted the plan was flawed.",
			want: []quote{{"Ada Brinvik", auI, "the plan was flawed"}}, speakers: []string{"Ada Brinvik"}},
		auditRow{class: "near/denied that",
			text: "Ivo Brant denied that the lawyer had asked him for money.",
			want: []quote{{"Ivo Brant", auI, "the lawyer had asked him for money"}}, speakers: []string{"Ivo Brant"}},
	)
	// possbody: an official of a body named with a place's possessive,
	// another body of the same kind named before.
	for _, r := range j6PossBodies {
		rows = append(rows,
			auditRow{class: "possbody/official said, mixed", known: j6PossBody,
				text: "The Harlow Stock Exchange said it would study the trades. " + r.place + "’s " + r.body + " is watching too. Index trading is “something we want to watch closely,” an official at " + r.place + "’s " + r.body + " said.",
				want: []quote{{"Harlow Stock Exchange", auI, "it would study the trades"}, {r.name, auM, "Index trading is “something we want to watch closely,”"}}},
			auditRow{class: "possbody/spokesman said, clause", known: j6PossBody,
				text: "The Harlow Stock Exchange said it would study the trades. A spokesman for " + r.place + "’s " + r.body + " said there was no cause for concern.",
				want: []quote{{"Harlow Stock Exchange", auI, "it would study the trades"}, {r.name, auI, "there was no cause for concern"}}},
		)
	}
	// partylabel: a party and state label in brackets after the name,
	// the wire's "(D., Ohio)", with or without a comma after it.
	for _, lab := range j6PartyLabels {
		for _, comma := range []string{",", ""} {
			rows = append(rows,
				auditRow{class: "partylabel/said, clause",
					text: "Rep. Ada Brinvik " + lab + comma + " said the amendment would protect workers.",
					want: []quote{{"Ada Brinvik", auI, "the amendment would protect workers"}}, speakers: []string{"Ada Brinvik"}},
				auditRow{class: "partylabel/said, mixed",
					text: "Sen. Ivo Brant " + lab + comma + " said the bill would \u201clet the worker know we care.\u201d",
					want: []quote{{"Ivo Brant", auM, "the bill would \u201clet the worker know we care.\u201d"}}, speakers: []string{"Ivo Brant"}},
			)
		}
	}
	// invrole: after the quotation, "said" then a place, a party and a
	// title before the name.
	for _, r := range j6InvRoles {
		rows = append(rows, auditRow{class: "invrole/said " + r,
			text: "\u201cNobody could have faced that and come out better,\u201d said " + r + " Mara Quell.",
			want: []quote{{"Mara Quell", auD, "Nobody could have faced that and come out better,"}}, speakers: []string{"Mara Quell"}})
	}
	// possname: a company whose name is a possessive ("Macy's",
	// "Sotheby's"), as the subject of a speech verb.
	for _, n := range j6PossNames {
		rows = append(rows,
			auditRow{class: "possname/said, clause",
				text: n + " said it would close ten stores.",
				want: []quote{{n, auI, "it would close ten stores"}}, speakers: []string{n}},
			auditRow{class: "possname/said on a day that",
				text: n + " said on Monday that sales had slowed.",
				want: []quote{{n, auI, "sales had slowed"}}, speakers: []string{n}},
			auditRow{class: "possname/after the clause",
				text: "Sales had slowed in the spring, " + n + " said.",
				want: []quote{{n, auI, "Sales had slowed in the spring"}}, speakers: []string{n}},
			auditRow{class: "possname/quoted",
				text: "\u201cWe are confident in the plan,\u201d " + n + " said in a statement.",
				want: []quote{{n, auD, "We are confident in the plan,"}}, speakers: []string{n}},
			auditRow{class: "possname/with an appositive",
				text: n + ", the department store chain, said it would close ten stores.",
				want: []quote{{n, auI, "it would close ten stores"}}, speakers: []string{n}},
		)
	}
	// npparticiple: "announced" or "informed" with a noun object that a
	// participle phrase modifies ("halts designed to slow traders",
	// "candidates vying for the post"): no report.
	for _, subj := range []string{"The Corvan Mercantile Exchange", "The Harlow Labour Party", "Tarsby Motors"} {
		for _, obj := range j6ParticipleObjects {
			rows = append(rows, auditRow{class: "npparticiple/" + obj.label,
				text: subj + " " + obj.text, want: []quote{}, speakers: []string{}, exact: true})
		}
	}
	rows = append(rows,
		auditRow{class: "near/announced a clause with a participle",
			text: "Tarsby Motors announced the players selected for the tour would be paid.",
			want: []quote{{"Tarsby Motors", auI, "the players selected for the tour would be paid"}}, speakers: []string{"Tarsby Motors"}},
		auditRow{class: "near/announced a plan, no quotation",
			text: "Tarsby Motors announced a plan to open a second plant in Corvan.",
			want: []quote{}, speakers: []string{}, exact: true},
		auditRow{class: "near/one bearer, the pronoun another's",
			text: "Ada Tarvel met the mayor on Monday.\n\nTarvel said he had broken his promise.",
			want: []quote{{"Ada Tarvel", auI, "he had broken his promise"}}},
		auditRow{class: "near/two bearers of one gender",
			text: "Ivo Tarvel runs the firm. His brother, Anton Tarvel, founded it.\n\nTarvel said he would not sell.",
			want: []quote{{"Ivo Tarvel", auI, "he would not sell"}}},
		auditRow{class: "near/he and another, no both",
			text: "Ivo Brant wrote to the embassy. He said the immunity should be waived.",
			want: []quote{{"Ivo Brant", auI, "the immunity should be waived"}}},
		auditRow{class: "near/informed that",
			text: "The Harlow Labour Party informed members that the vote was delayed.",
			want: []quote{{"Harlow Labour Party", auI, "the vote was delayed"}}, speakers: []string{"Harlow Labour Party"}},
	)
	// scare: a short quoted phrase inside the object or the complement
	// of a verb of speech or of complaint, the speaker its subject.
	for _, who := range []struct{ np, name string }{{"Ada Brinvik", "Ada Brinvik"}, {"The Harlow Labour Party", "Harlow Labour Party"}, {"Tarsby's rulers", ""}} {
		for _, f := range j6ScareFrames {
			name := who.name
			if f.byNobody {
				name = ""
			}
			known := ""
			switch {
			case f.label == "made claims about":
				known = j6MadeClaims
			case who.name == "":
				if f.label != "announced a plan to become" {
					known = j6PlaceRulers
				}
			case f.label == "accused of being" && who.name != "Ada Brinvik":
				known = j6AccusedBody
			}
			rows = append(rows, auditRow{class: "scare/" + f.label, known: known,
				text: who.np + " " + f.text,
				want: []quote{{name, auD, f.phrase}}})
		}
	}
	// surname: a bare surname two named people share (a mother and her
	// son, a father and his daughter); the pronoun in the report, or
	// the role, says which.
	for _, f := range j6SurnameFrames {
		known := ""
		if f.label == "mother after son, she" {
			known = j6SurnameUnknown
		}
		rows = append(rows, auditRow{class: "surname/" + f.label, text: f.text, known: known,
			want: []quote{{f.who, auI, f.clause}}})
	}
	// joint: two named people as one subject; the words are no one's
	// alone.
	for _, f := range j6JointFrames {
		known := ""
		if strings.HasPrefix(f.label, "both he and") {
			known = j6BothHe
		}
		rows = append(rows, auditRow{class: "joint/" + f.label, text: f.text, known: known,
			want: []quote{{"", auI, f.clause}}})
	}
	// pseudonym: a person named by a first name the text says is not
	// real, whose quotation follows the paragraph about them, after
	// another speaker's.
	for _, f := range j6Pseudonyms {
		rows = append(rows, auditRow{class: "pseudonym/" + f.label,
			text: "\u201cThe halls were full,\u201d said Ivo Brant, a student leader.\n\n" + f.intro + ", a 19-year-old student at Harlow University, has just returned home after a week in halls. " + f.pron + " does not plan to go back. \u201cI was living with five others who just wanted to party. I felt left out.\u201d",
			want: []quote{{"Ivo Brant", auD, "The halls were full,"}, {f.name, auD, "I was living with five others who just wanted to party. I felt left out."}}})
	}
	// Near misses that must not change.
	rows = append(rows,
		auditRow{class: "near/announced a clause",
			text: "The Harlow Mercantile Exchange announced that it would add another layer of trading halts.",
			want: []quote{{"Harlow Mercantile Exchange", auI, "it would add another layer of trading halts"}}, speakers: []string{"Harlow Mercantile Exchange"}},
		auditRow{class: "near/announced a that-less clause",
			text: "Tarsby Motors announced it would close its plant in Corvan.",
			want: []quote{{"Tarsby Motors", auI, "it would close its plant in Corvan"}}, speakers: []string{"Tarsby Motors"}},
		auditRow{class: "near/person with an aside",
			text: "Ada Brinvik, who has fought the plan for a year, said the new rules would cost jobs.",
			want: []quote{{"Ada Brinvik", auI, "the new rules would cost jobs"}}, speakers: []string{"Ada Brinvik"}},
		auditRow{class: "near/according to a person with a role",
			text: "The brand sold more than $6 million of goods in January, according to analyst Ivo Brant.",
			want: []quote{{"Ivo Brant", auI, "The brand sold more than $6 million of goods in January"}}, speakers: []string{"Ivo Brant"}},
		auditRow{class: "near/adverb aside inside the reported clause",
			text: "Ada Brinvik said the council, still wary of the cost, would vote again.",
			want: []quote{{"Ada Brinvik", auI, "the council, still wary of the cost, would vote again"}}, speakers: []string{"Ada Brinvik"}},
		auditRow{class: "near/adverb aside in the clause before the cue",
			text: "The vote, long delayed by the courts, will be held on Monday, Ivo Brant said.",
			want: []quote{{"Ivo Brant", auI, "The vote, long delayed by the courts, will be held on Monday"}}, speakers: []string{"Ivo Brant"}},
		auditRow{class: "near/body said, no aside",
			text: "The Harlow Chamber of Commerce said the new rules would cost jobs.",
			want: []quote{{"Harlow Chamber of Commerce", auI, "the new rules would cost jobs"}}, speakers: []string{"Harlow Chamber of Commerce"}},
	)
	return rows
}
