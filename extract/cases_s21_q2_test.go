package extract_test

import (
	"flag"
	"testing"
)

// Session 21, pool q2: false and missed speakers of science releases.
// Every name, place and body below is invented.
//
// Shape "passive-ly": a passive finding verb with a degree or frequency
// adverb in -ly between "be" and the participle ("are largely determined
// by", "is mostly found in") is no speech, as the bare passive ("are
// determined by") already is not; its subject ("Outcomes", "Landfalls")
// was made a speaker and the "by" phrase its words. Near misses: the
// active verb and a passive whose agent is a named body that speaks.
//
// Shape "degree-letters": dotted letters of a degree after a name
// ("Arno P. Vell, L.H.D., director at ...", "Sc.D.", "Ph.D" without its
// last stop) are the person's letters, not a body or a person who speaks;
// the letters took the quotation from the name. Near misses: the
// letters the lexicon knew ("Ph.D.", "M.D."), a state's letters after a
// place.
//
// Shape "instrument-head": a name ending in an instrument's head noun
// ("Kestrel Radio Array", "the Orrin Interferometer") is a thing, like
// "Telescope" or "Satellite", and no person a later "he" may mean. Near
// misses: a person named before and after the array, a body that speaks.
//
// Shape "new-body-research": a sentence opened by the adjective "New" or
// "Recent" before a body's name and its research noun ("New Kessel
// Institute data show that ...") credits the body, without the
// adjective. Near misses: names that start with "New" ("New Tarrow
// University" said), a place after "New".
//
// Shape "site-apposition": a name with an apposition naming a site (",
// an observatory in Mayhill", ", a small village near the dam") is a
// place, which no later "he" or "she" means. Near misses: a role in the
// apposition ("a farmer in"), a site that speaks.
//
// Shape "name-modifier": a name between "a" and a common noun ("during
// an El Niño year") qualifies the noun and is no antecedent of a later
// "she". Near misses: a name before a verb, "a" before a name and a
// relative clause.
//
// First pass (before the fixes): 13/35 rows (name-modifier 2/5, its near
// misses); the rest: 11/30 rows (every near miss passed; of
// the positives only the village row and the Ed.D. row, whose letters
// the lexicon knew).

var q2Known = flag.Bool("q2.known", false, "TestAuditS21Q2 runs its known failures too, to see which a change fixed")

func q2PassiveRows() []auditRow {
	var rows []auditRow
	for _, adv := range []string{"largely", "mostly", "partly", "usually", "primarily"} {
		rows = append(rows, auditRow{class: "passive-ly/" + adv,
			text:     "Tarrow Weather Office forecasters issued the outlook on Monday.\n\nOutcomes are " + adv + " determined by short-term weather patterns, which are only predictable within about a week.",
			speakers: []string{}})
	}
	rows = append(rows,
		auditRow{class: "passive-ly/plural", text: "Floods are largely determined by the shape of the valley, the Kessel River Board said.",
			want: []quote{{"Kessel River Board", auI, "Floods are largely determined by the shape of the valley"}}, speakers: []string{"Kessel River Board"}},
		// Near misses: an active finding verb keeps its speaker.
		auditRow{class: "passive-ly/near", text: "The Kessel River Board has largely determined that the dam was safe.",
			want: []quote{{"Kessel River Board", auI, "the dam was safe"}}},
		auditRow{class: "passive-ly/near", text: "Hydrologist Mara Tulle said the floods were largely caused by the shape of the valley.",
			want: []quote{{"Mara Tulle", auI, "the floods were largely caused by the shape of the valley"}}},
	)
	return rows
}

func q2DegreeRows() []auditRow {
	var rows []auditRow
	for _, letters := range []string{"L.H.D", "L.H.D.", "Sc.D.", "Ph.D", "Ed.D."} {
		rows = append(rows, auditRow{class: "degree-letters/" + letters,
			text: "\"The data shows a clear trend across the basin,\" Arno P. Vell, " + letters + ", director at the Tarrow Institute, said in the release.",
			want: []quote{{"Arno P. Vell", auD, "The data shows a clear trend across the basin"}}, speakers: []string{"Arno P. Vell"}})
	}
	rows = append(rows,
		auditRow{class: "degree-letters/near", text: "\"The data shows a clear trend across the basin,\" Arno P. Vell, Ph.D., director at the Tarrow Institute, said in the release.",
			want: []quote{{"Arno P. Vell", auD, "The data shows a clear trend across the basin"}}, speakers: []string{"Arno P. Vell"}},
		auditRow{class: "degree-letters/near", text: "Arno Vell, who lives in Mayhill, N.M., said the telescope cost less than a car.",
			want: []quote{{"Arno Vell", auI, "the telescope cost less than a car"}}, speakers: []string{"Arno Vell"}},
	)
	return rows
}

func q2InstrumentRows() []auditRow {
	var rows []auditRow
	for _, head := range []string{"Radio Array", "Telephoto Array", "Interferometer"} {
		rows = append(rows, auditRow{class: "instrument-head/" + head,
			text: "Arno Vell, chair of the astronomy department, designed the telescope. Their Kestrel " + head + " uses eight lenses.\n\nThe lenses are the kind used at football matches, said Vell. The compact telescope named Kestrel was built in 2012.\n\nHe added that he would be surprised if all of them were satellites.",
			want: []quote{{"Arno Vell", auI, "he would be surprised if all of them were satellites"}}, speakers: []string{"Arno Vell"}})
	}
	rows = append(rows,
		// Near miss: a craft noun the engine knew.
		auditRow{class: "instrument-head/near", text: "Arno Vell, chair of the astronomy department, designed the telescope. The Kestrel Space Telescope uses eight lenses.\n\nHe added that he would be surprised if all of them were satellites.",
			want: []quote{{"Arno Vell", auI, "he would be surprised if all of them were satellites"}}, speakers: []string{"Arno Vell"}},
	)
	return rows
}

func q2NewBodyRows() []auditRow {
	return []auditRow{
		{class: "new-body-research/new", text: "Lack of rain is not the only measure of drought. New UC Tarrow research shows that the impact of drought can persist for up to 3.5 years.",
			want: []quote{{"UC Tarrow", auI, "the impact of drought can persist for up to 3.5 years"}}, speakers: []string{"UC Tarrow"}},
		{class: "new-body-research/new", text: "New Kessel Institute data show that the impact of drought can persist for up to 3.5 years.",
			want: []quote{{"Kessel Institute", auI, "the impact of drought can persist for up to 3.5 years"}}, speakers: []string{"Kessel Institute"}},
		{class: "new-body-research/recent", text: "Recent Kessel Institute research suggests that the impact of drought can persist for up to 3.5 years.",
			want: []quote{{"Kessel Institute", auI, "the impact of drought can persist for up to 3.5 years"}}, speakers: []string{"Kessel Institute"}},
		// Near misses: a name that opens with "New".
		{class: "new-body-research/near", text: "New Tarrow University said that the impact of drought can persist for up to 3.5 years.",
			want: []quote{{"New Tarrow University", auI, "the impact of drought can persist for up to 3.5 years"}}},
		{class: "new-body-research/near", text: "New York University research shows that the impact of drought can persist for up to 3.5 years.",
			want: []quote{{"New York University", auI, "the impact of drought can persist for up to 3.5 years"}}},
	}
}

func q2SiteRows() []auditRow {
	var rows []auditRow
	for _, site := range []string{"Tarrow Skies", "Mayhill Fields", "New Kessel Skies"} {
		rows = append(rows, auditRow{class: "site-apposition/" + site,
			text: "The lenses are the kind used at football matches, said Arno Vell. The compact telescope was built in 2012 at " + site + ", an observatory in Mayhill.\n\nHe added that he would be surprised if all of them were satellites.",
			want: []quote{{"Arno Vell", auI, "he would be surprised if all of them were satellites"}}, speakers: []string{"Arno Vell"}})
	}
	rows = append(rows,
		auditRow{class: "site-apposition/village", text: "Ilse Varga said the water was clean. Samples came from Orrin Cross, a small village near the dam.\n\nShe said the tests would go on.",
			want: []quote{{"Ilse Varga", auI, "the tests would go on"}}, speakers: []string{"Ilse Varga"}},
		// Near misses: a role in the apposition names a person; a site
		// named so may still speak.
		auditRow{class: "site-apposition/near", text: "Arno Vell, a farmer in Mayhill, said the dam leaked.",
			want: []quote{{"Arno Vell", auI, "the dam leaked"}}, speakers: []string{"Arno Vell"}},
		auditRow{class: "site-apposition/near", text: "Tarrow Skies, an observatory in Mayhill, said the dam was safe.",
			want: []quote{{"Tarrow Skies", auI, "the dam was safe"}}, speakers: []string{"Tarrow Skies"}},
	)
	return rows
}

func q2ModifierRows() []auditRow {
	var rows []auditRow
	for _, n := range []string{"La Marra", "El Tarro", "Lina Vey"} {
		rows = append(rows, auditRow{class: "name-modifier/" + n,
			text: "Though " + n + " and the outlook are good signs, one storm can do great damage, said Mara Tulle, agency administrator.\n\nThe 1992 season produced only seven named storms. It also occurred during a " + n + " year.\n\n\"It does not matter how many pitches we face,\" she said.",
			want: []quote{{"Mara Tulle", auD, "It does not matter how many pitches we face"}}, speakers: []string{"Mara Tulle"}})
	}
	rows = append(rows,
		// Near misses: a name before a verb or after "the" is a mention.
		auditRow{class: "name-modifier/near", text: "Mara Tulle said the storm was weak.\n\nIlse Varga arrived at the port on Monday.\n\n\"We will rebuild,\" she said.",
			want: []quote{{"Ilse Varga", auD, "We will rebuild"}}},
		auditRow{class: "name-modifier/near", text: "Mara Tulle said the storm was weak.\n\nThe boat was hired by a Ilse Varga, who runs a shop in the port.\n\n\"We will rebuild,\" she said.",
			want: []quote{{"Ilse Varga", auD, "We will rebuild"}}},
	)
	return rows
}

func TestAuditS21Q2(t *testing.T) {
	rows := append(q2PassiveRows(), q2DegreeRows()...)
	rows = append(rows, q2SiteRows()...)
	rows = append(rows, q2ModifierRows()...)
	rows = append(rows, q2InstrumentRows()...)
	runAudit(t, "q2", append(rows, q2NewBodyRows()...), *q2Known)
}
