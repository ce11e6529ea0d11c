package extract_test

import (
	"flag"
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

// j6Nouns: noun objects of "announced" that are no report.
var j6Nouns = []string{
	"the addition of another layer of trading halts",
	"the closure of its plant in Tarsby",
	"a new range of electric vans",
	"plans for a second terminal at the airport",
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
