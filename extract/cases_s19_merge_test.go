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
	return rows
}

func TestAuditS19Merge(t *testing.T) {
	runAudit(t, "s19 merge", mergeS19Rows(), false)
}
