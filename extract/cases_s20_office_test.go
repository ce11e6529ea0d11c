package extract_test

import "testing"

// Session 20: an office in capitals with its remit, named before its
// holder. Of the classes the engine missed on fresh pools of real
// reporting (kept outside the repository), this one recurred across
// pools and genres: the remit's last words ("for Ontario", "to South
// Sudan", "on Myanmar", "of Health", "and the Environment") were taken
// for the holder, who was named after a comma or after the whole office.
// Every sentence here is invented: fictional people, in the shapes the
// pools showed (real places, as the lexicon knows them, and places it
// does not), with near misses that must not change.
//
// FIRST PASS (engine at 8db013d): 7/15 rows (inverted 1/5, before 3/6,
// near 3/4; two known failures skipped). After: 13/15, the two known
// failures left with their mechanism; on four fresh pools graded before
// and after (120 excerpts), speaker F1 0.881 to 0.886, attribution 0.874
// to 0.879; every repository set unchanged.
func officeRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	add(auditRow{class: "inverted/remit with a place, then the holder",
		text:     "“The river is safe,” said the Minister of Water for Kenya, Pia Lund.",
		want:     []quote{{"Pia Lund", auD, "The river is safe"}},
		speakers: []string{"Pia Lund"}})
	add(auditRow{class: "inverted/remit with a place the lexicon lacks",
		text:     "“Cases are up,” said the Director of Public Health for Ontario, Dr Ivo Senn.",
		want:     []quote{{"Ivo Senn", auD, "Cases are up"}},
		speakers: []string{"Ivo Senn"}})
	add(auditRow{class: "inverted/a body's acronym, an envoy's remit",
		text:     "“The campaign brings hope,” said the WHO Representative to Vessenland, Dr Amal Orrin.",
		want:     []quote{{"Amal Orrin", auD, "The campaign brings hope"}},
		speakers: []string{"Amal Orrin"}})
	add(auditRow{class: "inverted/a body's office, its remit a place",
		text:     "“We will rebuild,” said the Relief Agency Representative to Vessenland, Dr Amal Orrin.",
		want:     []quote{{"Amal Orrin", auD, "We will rebuild"}},
		speakers: []string{"Amal Orrin"}})
	add(auditRow{class: "inverted/remit of two fields",
		text:     "“Prices will fall,” said Tarvik's Minister of Finance and Planning, Oskar Brenn.",
		want:     []quote{{"Oskar Brenn", auD, "Prices will fall"}},
		speakers: []string{"Oskar Brenn"}})
	add(auditRow{class: "before/remit goes on past and the",
		text:     "Speaking to reporters, Minister of State for Sustainability and the Environment Desmond Varo said that dengue remains a serious threat.",
		want:     []quote{{"Desmond Varo", auI, "dengue remains a serious threat"}},
		speakers: []string{"Desmond Varo"}})
	add(auditRow{class: "before/remit past and the, a known first name",
		text:     "Minister of State for Sustainability and the Environment Amy Kerr said that the campaign would go on.",
		want:     []quote{{"Amy Kerr", auI, "the campaign would go on"}},
		speakers: []string{"Amy Kerr"}})
	add(auditRow{class: "before/remit past and the, a later minister not the speaker",
		text: "Minister of State for Trade and the Economy Desmond Varo said that exports had grown.\n\n" +
			"Minister for Health Ilse Marren said the wards would reopen.",
		want:     []quote{{"Desmond Varo", auI, "exports had grown"}, {"Ilse Marren", auI, "the wards would reopen"}},
		speakers: []string{"Desmond Varo", "Ilse Marren"}})
	add(auditRow{class: "before/remit with a place, no comma",
		text:     "Director of Public Health for Ontario Maria Senn said cases were falling.",
		want:     []quote{{"Maria Senn", auI, "cases were falling"}},
		speakers: []string{"Maria Senn"}})
	add(auditRow{class: "before/remit with a known place, no comma",
		text:     "Minister of Water for Kenya Ivo Senn said the river was safe.",
		want:     []quote{{"Ivo Senn", auI, "the river was safe"}},
		speakers: []string{"Ivo Senn"}})
	add(auditRow{class: "before/remit with an unknown place and given name, no comma",
		text:     "Director of Public Health for Ontario Ivo Senn said cases were falling.",
		want:     []quote{{"Ivo Senn", auI, "cases were falling"}},
		speakers: []string{"Ivo Senn"},
		known:    "nothing tells a place the lexicon lacks from a given name it lacks: \"Ontario Ivo Senn\" reads as three names"})

	// Near misses: the name after the comma is the holder already, or no
	// office stands before it.
	add(auditRow{class: "near/holder first, office after",
		text:     "“The river is clean,” said Pia Lund, the Minister of Water for Kenya.",
		want:     []quote{{"Pia Lund", auD, "The river is clean"}},
		speakers: []string{"Pia Lund"}})
	add(auditRow{class: "near/office without a remit",
		text:     "“Schools will open,” said the Minister of Education, Oskar Brenn.",
		want:     []quote{{"Oskar Brenn", auD, "Schools will open"}},
		speakers: []string{"Oskar Brenn"}})
	add(auditRow{class: "near/a named body after the comma, no person",
		text:     "“Prices will rise,” said the Director of Trade for Kenya, the Tarvik Export Board.",
		want:     []quote{{"", auD, "Prices will rise"}},
		speakers: []string{}})
	add(auditRow{class: "near/and with no article joins two people",
		text:     "Minister of Health Ilse Marren and Oskar Brenn said the wards would reopen.",
		want:     []quote{{"Ilse Marren", auI, "the wards would reopen"}, {"Oskar Brenn", auI, "the wards would reopen"}},
		speakers: []string{"Ilse Marren", "Oskar Brenn"},
		known:    "the title's chunk runs on past the lower-case \"and\" (for \"Minister of Plantation and Community Infrastructure\"), so the second person is read as the holder of an office ending in the first's name"})
	return rows
}

func TestAuditS20Office(t *testing.T) { runAudit(t, "office", officeRows(), *auditKnown) }
