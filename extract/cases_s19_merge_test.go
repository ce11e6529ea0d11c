package extract_test

import "testing"

// Session 19's merge probes: classes where two branches' rules met
// after the merge and one undid the other's case. Invented text.

func mergeS19Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// site-carried: "as per the club's website" after a speech verb with
	// its own subject names where the words were carried, not who said
	// them (a body's own site is no outlet since h19-d4, so "as per" had
	// begun to take the whole sentence for the club).
	for _, site := range []string{"the official Calder United website", "Calder United's website", "the Calder United website"} {
		add(auditRow{class: "site-carried/" + site,
			text: "Calder United beat Tarvik 2-1 on Sunday.\n\n" +
				"“We played well, and I am proud of the team,” Tomas Verl said after the match as per " + site + ".",
			want:     []quote{{"Tomas Verl", auD, "We played well, and I am proud of the team"}},
			speakers: []string{"Tomas Verl"}})
	}
	// near misses: "as per" opening a sentence, after a comma, or with no
	// speech verb before it still gives its source the clause.
	add(auditRow{class: "site-carried/near: opening",
		text:     "As per the Tarvik Health Service, 40 people were treated on Sunday.",
		want:     []quote{{"Tarvik Health Service", auI, "40 people were treated on Sunday"}},
		speakers: []string{"Tarvik Health Service"}})
	add(auditRow{class: "site-carried/near: no verb before",
		text:     "The bridge will reopen on Monday as per the Tarvik Roads Authority.",
		want:     []quote{{"Tarvik Roads Authority", auI, "The bridge will reopen on Monday"}},
		speakers: []string{"Tarvik Roads Authority"}})
	// prep-fronted: "said after the vote the party would regroup": a
	// preposition's object of an article and plain words the lexicon
	// also knows as verbs or adverbs ("vote", "long run"), no comma, then
	// the clause; its phrase the noun-phrase reader took for no phrase.
	add(auditRow{class: "prep-fronted/after the vote",
		text:     "Mara Quell said after the vote the party would regroup.",
		want:     []quote{{"Mara Quell", auI, "after the vote the party would regroup"}},
		speakers: []string{"Mara Quell"}})
	add(auditRow{class: "prep-fronted/in the long run",
		text:     "Ilan Dravic said in the long run the arena would fail.",
		want:     []quote{{"Ilan Dravic", auI, "in the long run the arena would fail"}},
		speakers: []string{"Ilan Dravic"}})
	// near miss: a speaker of its own after the phrase.
	add(auditRow{class: "prep-fronted/near: speaker after",
		text:     "The ferry sailed at noon. After the vote the harbour board said the fares would rise.",
		want:     []quote{{"", auI, "the fares would rise"}},
		speakers: []string{}})
	return rows
}

func TestAuditS19Merge(t *testing.T) {
	runAudit(t, "s19 merge", mergeS19Rows(), false)
}
