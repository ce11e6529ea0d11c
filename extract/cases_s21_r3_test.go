package extract_test

import (
	"flag"
	"testing"
)

// Session 21, pool r3: speaker classes from Irish and British regional
// reporting.
//
// Shape "barrister": the Irish bar's post-nominal "BL" (barrister-at-law)
// after a counsel's name ("counsel for the State, Tom Varley BL told the
// judge") is no part of the name, as "SC" and "QC" are not; the later
// "Ms Nolan" is the same person. Near misses: "SC" (already known), and
// "BL" alone, which names a body.
//
// Shape "writes": a lead paragraph closed by ", writes Ann Keel." is the
// story's byline run into its first sentence: the reporter's own
// narration, no one's quote. Near misses: a writer described or placed
// ("writes economist Jane Dorr in her new book"), a later paragraph (a
// columnist or letter quoted), the past tense ("wrote Ann Keel").
//
// Shape "pressoffice": a body's "Press Office" named in capitals ("The
// Norland Police Press Office said ...") is the body's voice, as "the
// press office of the Vantry Institute" is, not a news outlet for its word
// "Press". Near misses: a paper ("The Kessel Press"), a news agency ("the
// Tarvel Press Association", "Meridian Press Service").
//
// Shape "residents": a name after "residents in", "villagers of" and the
// like is where they live ("residents in Kessa Rusa have suffered"), a
// place; an unknown two-word name there is no person for a later "the
// lawmaker said" to mean. Near misses: a body after the noun ("residents
// of Tarvel Housing Association homes"), whose own cue later stays its.
// First pass (the fix held back): 1/4 rows, the near miss.
//
// First pass (before the fixes): 9/18 rows (every near miss passed, no
// positive did).

var s21r3Known = flag.Bool("s21r3.known", false, "TestAuditS21R3 runs its known failures too")

func r3BarristerRows() []auditRow {
	return []auditRow{
		{class: "barrister/bl", text: "On the steps, counsel for the State, Tom Varley BL told Judge Anna Rowan that the pleas were acceptable to the DPP.",
			want: []quote{{"Tom Varley", auI, "the pleas were acceptable to the DPP"}}, speakers: []string{"Tom Varley"}},
		{class: "barrister/bl", text: "Defence barrister Ciara Nolan BL said her client had no previous convictions.\n\nMs Nolan said he had been drinking.",
			want: []quote{{"Ciara Nolan", auI, "her client had no previous convictions"}, {"Ciara Nolan", auI, "he had been drinking"}}, speakers: []string{"Ciara Nolan"}},
		{class: "barrister/bl", text: "Senan Moore BL, for the accused, said his client would plead guilty.",
			want: []quote{{"Senan Moore", auI, "his client would plead guilty"}}, speakers: []string{"Senan Moore"}},
		// Near misses.
		{class: "barrister/near", text: "Tom Varley SC said the pleas were acceptable.",
			want: []quote{{"Tom Varley", auI, "the pleas were acceptable"}}, speakers: []string{"Tom Varley"}},
		{class: "barrister/near", text: "BL said its profits had risen.",
			want: []quote{{"BL", auI, "its profits had risen"}}, speakers: []string{"BL"}},
	}
}

func r3BylineRows() []auditRow {
	return []auditRow{
		{class: "writes/lead", text: "Councillors in Tarvel have voted to close the town pool after a long debate, writes Ann Keel.\n\nMayor Tom Brack said the pool was too costly to run.",
			want: []quote{{"Tom Brack", auI, "the pool was too costly to run"}}, speakers: []string{"Tom Brack"}, exact: true},
		{class: "writes/lead", text: "A circuit court judge moved a hearing onto the steps of Marrow courthouse after two accused men showed symptoms of flu, writes Dara Quilty.\n\nJudge Anna Rowan said she was satisfied the hearing could go ahead.",
			want: []quote{{"Anna Rowan", auI, "she was satisfied the hearing could go ahead"}}, speakers: []string{"Anna Rowan"}, exact: true},
		{class: "writes/lead", text: "Residents of Kessel Bay are angry over plans for a new quarry, writes Noel Farran.\n\n\"It will ruin the place,\" said resident Maura Quirke.",
			want: []quote{{"Maura Quirke", auD, "It will ruin the place"}}, speakers: []string{"Maura Quirke"}, exact: true},
		// Near misses: still the writer's words.
		{class: "writes/near", text: "The economy is in deep trouble, writes economist Jane Dorr in her new book.",
			want: []quote{{"Jane Dorr", auI, "The economy is in deep trouble"}}},
		{class: "writes/near", text: "Councillors met on Monday.\n\nThe plan is flawed and should be scrapped, writes Ann Keel.",
			want: []quote{{"Ann Keel", auI, "The plan is flawed and should be scrapped"}}},
		{class: "writes/near", text: "Councillors in Tarvel have voted to close the town pool, wrote Ann Keel.",
			want: []quote{{"Ann Keel", auI, "Councillors in Tarvel have voted to close the town pool"}}},
		{class: "writes/near", text: "\"The pool must stay open,\" writes Ann Keel.",
			want: []quote{{"Ann Keel", auD, "The pool must stay open"}}},
	}
}

func r3PressOfficeRows() []auditRow {
	return []auditRow{
		{class: "pressoffice/body", text: "The Tarvel Press Office said officers had been directed to remove the public.",
			want: []quote{{"Tarvel Press Office", auI, "officers had been directed to remove the public"}}},
		{class: "pressoffice/body", text: "The Norland Police Press Office had insisted that officers were directed to clear the court.",
			want: []quote{{"Norland Police Press Office", auI, "officers were directed to clear the court"}}},
		{class: "pressoffice/body", text: "Two soldiers were hurt in the blast on Monday.\n\nThe Kessel Army Press Office confirmed that both men were in a stable condition.",
			want: []quote{{"Kessel Army Press Office", auI, "both men were in a stable condition"}}},
		// Near misses: outlets relay, nobody's words.
		{class: "pressoffice/near", text: "The Kessel Press said officers had been directed to remove the public.",
			want: []quote{{"", auI, "officers had been directed to remove the public"}}},
		{class: "pressoffice/near", text: "The Tarvel Press Association said officers had been directed to remove the public.",
			want: []quote{{"", auI, "officers had been directed to remove the public"}}},
		{class: "pressoffice/near", text: "Meridian Press Service reported that officers had been directed to remove the public.",
			want: []quote{{"", auI, "officers had been directed to remove the public"}}},
	}
}

func r3ResidentsRows() []auditRow {
	return []auditRow{
		{class: "residents/place", text: "Chief Minister Tan Ah Kow admitted today that residents in Kessa Rusa have suffered problems due to an illegal factory.\n\nThe Penang lawmaker said the factory was built before 2008.",
			want: []quote{{"Tan Ah Kow", auI, "residents in Kessa Rusa have suffered problems due to an illegal factory"}, {"Tan Ah Kow", auI, "the factory was built before 2008"}}, speakers: []string{"Tan Ah Kow"}},
		{class: "residents/place", text: "State assemblyman Osman Darus said on Friday that villagers of Bukit Lanu had lost their crops to the floods.\n\nThe lawmaker said the road would be repaired by March.",
			want: []quote{{"Osman Darus", auI, "villagers of Bukit Lanu had lost their crops to the floods"}, {"Osman Darus", auI, "the road would be repaired by March"}}, speakers: []string{"Osman Darus"}},
		{class: "residents/place", text: "Mayor Ilse Varga warned that inhabitants of Dorran Vale faced a second winter without heating.\n\nThe official said the site was unsafe.",
			want: []quote{{"Ilse Varga", auI, "inhabitants of Dorran Vale faced a second winter without heating"}, {"Ilse Varga", auI, "the site was unsafe"}}, speakers: []string{"Ilse Varga"}},
		// Near miss: a body after the noun.
		{class: "residents/near", text: "Repairs were promised to residents of Tarvel Housing Association homes.\n\nThe Tarvel Housing Association said the work would start in May.",
			want: []quote{{"Tarvel Housing Association", auI, "the work would start in May"}}, speakers: []string{"Tarvel Housing Association"}},
	}
}

func TestAuditS21R3(t *testing.T) {
	rows := append(r3BarristerRows(), r3BylineRows()...)
	rows = append(rows, r3ResidentsRows()...)
	runAudit(t, "r3", append(rows, r3PressOfficeRows()...), *s21r3Known)
}
