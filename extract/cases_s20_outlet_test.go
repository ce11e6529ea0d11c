package extract_test

import "testing"

// Session 20, helper outlet: SOURCES, BODIES AND GROUPS. A news outlet
// credited for a report is no speaker, and an outlet's outer credit must
// not hide the named speaker inside its report. Every sentence here is
// invented: fictional people, places, bodies and outlets, in the shapes
// the session-20 dev pools showed, with near misses that must not change.
//
// FIRST PASS (engine at f1da3e53, the table of 12 rows written first and
// run once): 7/12 (0.58): inverted 5/7, outer 2/5. (The rows of an
// outlet's bare report want no speaker; the engine keeps the words it
// relays, nobody's, as the annotation rules allow.) Rows of the later
// shapes were written before their fix and run once the same way:
// including-who 3/5, generic-group 3/8, weekend-title 3/4,
// present-credit 2/3.
//
// AFTER this branch's four fixes: 29/32 (3 left known with their
// mechanism); the ten session-20 dev pools pooled: speaker F1 0.893 ->
// 0.897 (precision 0.893 -> 0.901), attribution 0.883 -> 0.884; every
// repository score set and the tuned pools unchanged.

func outletRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// inverted: the outlet's credit after the verb ("..., reported The
	// Brisk Gazette."): the outlet relays a report, no one's words.
	add(auditRow{class: "inverted/title with The",
		text: "At least four people died in the floods in Varnholm on Friday, reported The Brisk Gazette.",
		want: []quote{}, speakers: []string{}})
	add(auditRow{class: "inverted/agency acronym",
		text: "The coastal road was closed after a landslide near Orvik, reported KNA.",
		want: []quote{}, speakers: []string{}})
	add(auditRow{class: "inverted/two-word outlet",
		text: "Rescue teams reached the village of Tamsby late on Saturday, reported Kessel Today.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "inverted/inner speaker kept",
		text:     "The Tarsian Weather Office said the storm would weaken by Monday morning, reported The Brisk Gazette.",
		want:     []quote{{"Tarsian Weather Office", auI, "the storm would weaken by Monday morning"}},
		speakers: []string{"Tarsian Weather Office"}})
	add(auditRow{class: "inverted/inner agency acronym",
		text:     "Minister of Roads Ivo Marrek said that 40 people were waiting to be rescued, reported KNA.",
		want:     []quote{{"Ivo Marrek", auI, "40 people were waiting to be rescued"}},
		speakers: []string{"Ivo Marrek"}})
	add(auditRow{class: "inverted/near: person after said",
		text:     "The bridge will reopen in May, said Ivo Marrek, the roads minister.",
		want:     []quote{{"Ivo Marrek", auI, "The bridge will reopen in May"}},
		speakers: []string{"Ivo Marrek"}})
	add(auditRow{class: "inverted/near: body after said",
		text:     "The harvest fell by a third this year, said the Tarsian Farmers Union.",
		want:     []quote{{"Tarsian Farmers Union", auI, "The harvest fell by a third this year"}},
		speakers: []string{"Tarsian Farmers Union"}})

	// outer: "NAME has vowed that ..., OUTLET reported": the outlet's
	// outer credit relays the named speaker's words.
	add(auditRow{class: "outer/vowed that",
		text:     "Planning Minister Ola Brandt has vowed that the state would rebuild every school lost to the floods, Kessel News reported on Saturday.",
		want:     []quote{{"Ola Brandt", auI, "the state would rebuild every school lost to the floods"}},
		speakers: []string{"Ola Brandt"},
		known:    "title: \"Planning Minister\" is no title the lexicon reads, so the name is not found (names class)"})
	add(auditRow{class: "outer/said that",
		text:     "Mayor Tomas Vell said that the harbour would stay shut until June, the Brisk Gazette reported.",
		want:     []quote{{"Tomas Vell", auI, "the harbour would stay shut until June"}},
		speakers: []string{"Tomas Vell"}})
	add(auditRow{class: "outer/who said quote",
		text:     "The rules were praised by green groups, including Tarsia Forest Trust's director Ivo Marrek, who said, \"This is an easy call for anyone who cares about rivers,\" the Brisk Gazette reported.",
		want:     []quote{{"Ivo Marrek", auD, "This is an easy call for anyone who cares about rivers,"}},
		speakers: []string{"Ivo Marrek"}})
	add(auditRow{class: "outer/argued that",
		text:     "Trade minister Pia Lund argued that the tariff was fair, given that imports had doubled, Kessel Today reports.",
		want:     []quote{{"Pia Lund", auI, "the tariff was fair, given that imports had doubled"}},
		speakers: []string{"Pia Lund"},
		known:    "present-credit: \", Kessel Today reports.\" does not end the clause before it"})
	add(auditRow{class: "outer/near: bare report",
		text: "The cannery in Orvik will close in May, the Brisk Gazette reported.",
		want: []quote{}, speakers: []string{}})

	// including-who: "GROUPS, including NAME, who said ...": the one
	// example named is the relative's antecedent; two named together, or
	// a group whose example is set off without "who", speak as no one.
	add(auditRow{class: "including-who/plain name",
		text:     "The plan was welcomed by farmers, including Tala Renn, who said the new dam would save her orchard.",
		want:     []quote{{"Tala Renn", auI, "the new dam would save her orchard"}},
		speakers: []string{"Tala Renn"}})
	add(auditRow{class: "including-who/role and body",
		text:     "Several unions backed the strike, including the Orvik Dockers' leader Piet Sande, who said, \"We will not move.\"",
		want:     []quote{{"Piet Sande", auD, "We will not move."}},
		speakers: []string{"Piet Sande"}})
	add(auditRow{class: "including-who/near: two named",
		text: "The rules were praised by green groups, including Ivo Marrek and Tala Renn, who said the rivers would recover.",
		want: []quote{{"", auI, "the rivers would recover"}}, speakers: []string{}})
	add(auditRow{class: "including-who/near: no who",
		text: "Several players, including captain Odo Brannock, said the pitch was too hard.",
		want: []quote{{"", auI, "the pitch was too hard"}}, speakers: []string{}})
	add(auditRow{class: "including-who/near: name then who",
		text:     "Tala Renn, who runs the orchard, said the new dam would save it.",
		want:     []quote{{"Tala Renn", auI, "the new dam would save it"}},
		speakers: []string{"Tala Renn"}})

	// generic-group: a capitalised plural opening the sentence is an
	// unnamed group ("Utilities had argued", "Fire-fighters said"), no
	// organisation: the plural of a trade noun, or a hyphened group noun.
	add(auditRow{class: "generic-group/trade plural ies",
		text: "Utilities had argued that the rule was too costly, saying it would raise bills in Tarsia.",
		want: []quote{{"", auI, "the rule was too costly"}}, speakers: []string{}})
	add(auditRow{class: "generic-group/trade plural ers",
		text: "Insurers said claims from the Orvik floods had doubled.",
		want: []quote{{"", auI, "claims from the Orvik floods had doubled"}}, speakers: []string{}})
	add(auditRow{class: "generic-group/lenders",
		text: "Lenders argued that rates in Varnholm would rise.",
		want: []quote{{"", auI, "rates in Varnholm would rise"}}, speakers: []string{}})
	add(auditRow{class: "generic-group/hyphened fire-fighters",
		text: "Fire-fighters said the blaze near Tamsby was contained by Sunday.",
		want: []quote{{"", auI, "the blaze near Tamsby was contained by Sunday"}}, speakers: []string{}})
	add(auditRow{class: "generic-group/hyphened co-workers",
		text: "Co-workers said Tala Renn had left the plant early.",
		want: []quote{{"", auI, "Tala Renn had left the plant early"}}, speakers: []string{}})
	add(auditRow{class: "generic-group/near: a surname in -ers",
		text:     "Ola Sanders, the mayor of Orvik, opened the bridge.\n\nSanders said the bridge would carry 4,000 cars a day.",
		want:     []quote{{"Ola Sanders", auI, "the bridge would carry 4,000 cars a day"}},
		speakers: []string{"Ola Sanders"}})
	add(auditRow{class: "generic-group/near: a firm named",
		text:     "Orvik Utilities said the power would return by noon.",
		want:     []quote{{"Orvik Utilities", auI, "the power would return by noon"}},
		speakers: []string{"Orvik Utilities"}})
	add(auditRow{class: "generic-group/near: hyphened surname",
		text:     "Ivo Marrek-Lund chairs the board.\n\nMarrek-Lund said the vote would be held in May.",
		want:     []quote{{"Ivo Marrek-Lund", auI, "the vote would be held in May"}},
		speakers: []string{"Ivo Marrek-Lund"}})

	// weekend-title: "The Sunday Courier said ...": the day splits the
	// paper's name, whose head still names an outlet, no speaker.
	add(auditRow{class: "weekend-title/sunday",
		text: "Earlier this month, The Sunday Courier said the results of 900 tests showed an \"extraordinary extent of cheating\" by runners.",
		want: []quote{}, speakers: []string{}})
	add(auditRow{class: "weekend-title/saturday lower the",
		text: "Data obtained by the Saturday Herald showed that 40 runners had failed, according to the Saturday Herald.",
		want: []quote{}, speakers: []string{}})
	add(auditRow{class: "weekend-title/near: day then place",
		text: "On Sunday Times Square in Orvik was closed, police said.",
		want: []quote{{"", auI, "On Sunday Times Square in Orvik was closed"}}, speakers: []string{}})
	add(auditRow{class: "weekend-title/near: day then person",
		text:     "On Sunday Tala Renn said the race would go ahead.",
		want:     []quote{{"Tala Renn", auI, "the race would go ahead"}},
		speakers: []string{"Tala Renn"}})

	// present-credit: ", ACRONYM reports." should close the clause before
	// it: "reports" is a noun too, and the phrase must not read over it.
	// (First pass 2/3.)
	add(auditRow{class: "present-credit/argued that",
		text:     "Trade minister Pia Lund argued that the tariff was fair, KNA reports.",
		want:     []quote{{"Pia Lund", auI, "the tariff was fair"}},
		speakers: []string{"Pia Lund"},
		known:    "present-credit: the noun phrase reads over \"reports\" (a noun too), so the clause runs on; a fix cutting it moved no dev pool and was not kept"})
	add(auditRow{class: "present-credit/given that inside",
		text:     "Trade minister Pia Lund argued that the tariff was fair, given that imports had doubled, KNA reports.",
		want:     []quote{{"Pia Lund", auI, "the tariff was fair, given that imports had doubled"}},
		speakers: []string{"Pia Lund"}})
	add(auditRow{class: "present-credit/near: noun reports",
		text:     "Pia Lund said the plan would cut Orvik tax reports by half.",
		want:     []quote{{"Pia Lund", auI, "the plan would cut Orvik tax reports by half"}},
		speakers: []string{"Pia Lund"}})

	return rows
}

func TestAuditS20Outlet(t *testing.T) { runAudit(t, "outlet", outletRows(), *auditKnown) }
