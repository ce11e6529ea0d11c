package extract_test

import "testing"

// Session 17, helper r13: CONFLICT REPORTING. Wire copy from wars and
// relief operations names its spokesmen with a trailing title ("Imre
// Kalda, Norland Army Spokesman, told the agency"; "Tomas Verrin, district
// chief of Halden told reporters", the closing comma dropped) and quotes
// statements that come "from" a body ("said a statement Friday from the
// Office of the Army Chief"). Every sentence is invented.
//
// The class in the pool of 23 real conflict reports (kept outside the
// repository): three articles, 5 quotes and 2 false speakers (a trailing
// title read as the speaker, a statement "from" a body after a day).
//
// FIRST PASS (engine at d0c3068, the first 19 rows written first and run
// once): 13/19 (0.68): appos 7/11, from 3/4, near 3/4. The titled name
// before a quotation with a lower-case title already passed; a
// capitalised "Army Spokesman" title and a reported clause handed over
// by "Name, title of Place told" failed.
//
// Rows added after the first pass (a participle or place in the reported
// clause, a day or "on Friday" between the statement and its body) come
// from the pool's shapes, as are the "military" rows ("the military
// said" for an army named before, a second class, two quotes in the
// pool; they failed before its fix). AFTER: 31/32, the one left a near
// miss of another class, known.

func r13Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	const q1 = "The convoy turned back at the bridge"

	// appos: a name followed by a title phrase, with or without the
	// closing comma, before the cue.
	for _, f := range []struct{ name, frame string }{
		{"chief of place no comma told", "\"" + q1 + ",\" Tomas Verrin, district chief of Halden told the Coastline Agency."},
		{"chief of place no comma said", "\"" + q1 + ",\" Tomas Verrin, district chief of Halden said on Friday."},
		{"governor of province no comma", "\"" + q1 + ",\" Tomas Verrin, governor of Marsk province told reporters."},
		{"head of the council no comma", "\"" + q1 + ",\" Tomas Verrin, head of the Orvik Relief Council told reporters."},
		{"org spokesman capitalised", "\"" + q1 + ",\" Tomas Verrin, Norland Army Spokesman, told the Coastline Agency on Sunday."},
		{"org spokesman lower", "\"" + q1 + ",\" Tomas Verrin, Norland Army spokesman, told reporters on Sunday."},
		{"ministry spokesman said", "\"" + q1 + ",\" Tomas Verrin, Vessel Defence Ministry Spokesman, said on Sunday."},
		{"chief of place comma", "\"" + q1 + ",\" Tomas Verrin, district chief of Halden, told the Coastline Agency."},
	} {
		add(auditRow{class: "appos/" + f.name, text: f.frame,
			want: []quote{{"Tomas Verrin", auD, q1 + ","}}, speakers: []string{"Tomas Verrin"}})
	}
	for _, f := range []struct{ name, frame string }{
		{"indirect chief of place", "The convoy had turned back at the bridge, Sona Petrak, district chief of Halden told the Coastline Agency."},
		{"indirect spokesman", "Sona Petrak, Norland Army Spokesman, said the convoy had turned back at the bridge."},
		{"indirect past tense", "The convoy had turned back at the bridge, Sona Petrak, district chief of Halden told the Coastline Agency."},
		{"indirect head of", "Sona Petrak, head of the Orvik Relief Council said the convoy had turned back at the bridge."},
	} {
		add(auditRow{class: "appos/" + f.name, text: f.frame,
			want: []quote{{"Sona Petrak", auI, "the convoy had turned back at the bridge"}}, speakers: []string{"Sona Petrak"}})
	}
	for _, f := range []struct{ name, frame, text string }{
		{"participle clause", "The convoy had turned back at the bridge, stranding four trucks, Sona Petrak, district chief of Halden told the Coastline Agency.",
			"The convoy had turned back at the bridge, stranding four trucks"},
		{"place in clause", "The clashes erupted at dawn in the Abkor area of Halden district, killing four fighters, Sona Petrak, district chief of Halden told the Coastline Agency.",
			"The clashes erupted at dawn in the Abkor area of Halden district, killing four fighters"},
	} {
		add(auditRow{class: "appos/" + f.name, text: f.frame,
			want: []quote{{"Sona Petrak", auI, f.text}}, speakers: []string{"Sona Petrak"}})
	}
	// near misses: a body, a plain name, a postposed name.
	add(auditRow{class: "near/army said", text: "\"" + q1 + ",\" the Norland Army said on Sunday.",
		want: []quote{{"Norland Army", auD, q1 + ","}}})
	add(auditRow{class: "near/plain name", text: "\"" + q1 + ",\" Tomas Verrin told the Coastline Agency.",
		want: []quote{{"Tomas Verrin", auD, q1 + ","}}})
	add(auditRow{class: "near/said name title", text: "\"" + q1 + ",\" said Tomas Verrin, district chief of Halden.",
		want: []quote{{"Tomas Verrin", auD, q1 + ","}}})
	add(auditRow{class: "near/place speaker", text: "\"" + q1 + ",\" Halden district said in a statement.",
		want:  []quote{{"Halden district", auD, q1 + ","}},
		known: "place-body: a place name with a lower-case \"district\" after it is read as no body; not this class"})

	// from: a statement "from" a body.
	for _, f := range []struct{ name, frame, who string }{
		{"said a statement from", "\"" + q1 + ",\" said a statement Friday from the Office of the Army Chief.", "Office of the Army Chief"},
		{"said a statement from ministry", "\"" + q1 + ",\" said a statement from the Vessel Defence Ministry.", "Vessel Defence Ministry"},
		{"statement from said", "\"" + q1 + ",\" a statement from the Orvik Relief Council said.", "Orvik Relief Council"},
		{"no body", "\"" + q1 + ",\" said a statement on Friday.", ""},
		{"on day from", "\"" + q1 + ",\" said a statement on Friday from the Vessel Defence Ministry.", "Vessel Defence Ministry"},
		{"day no body", "\"" + q1 + ",\" said a statement Friday.", ""},
		{"day by", "\"" + q1 + ",\" said a report Monday by the Orvik Relief Council.", "Orvik Relief Council"},
	} {
		add(auditRow{class: "from/" + f.name, text: f.frame,
			want: []quote{{f.who, auD, q1 + ","}}})
	}

	// military: "the military" for an army named before (rows added after
	// the first pass, from the pool's shape; they failed before the fix).
	const q2 = "Rebel groups fired on our positions for a second day"
	for _, f := range []struct{ name, lead, cue, who string }{
		{"lower army", "The Norland army on Saturday accused rebels of breaking the truce.", "the military said in a statement", "Norland army"},
		{"capital army", "The Norland Army on Saturday accused rebels of breaking the truce.", "the military said in a statement", "Norland Army"},
		{"armed forces", "The Norland Armed Forces on Saturday accused rebels of breaking the truce.", "the military said", "Norland Armed Forces"},
		{"near army said", "The Norland army on Saturday accused rebels of breaking the truce.", "the army said in a statement", "Norland army"},
		{"nation army", "The Norlandic army on Saturday accused rebels of breaking the truce.", "the military said in a statement", "Norlandic army"},
		{"near spokesman", "Ivo Tamsen, spokesman of the Norland army, spoke on Saturday.", "the military spokesman said", "Ivo Tamsen"},
		{"near police", "Norland police on Saturday accused rebels of breaking the truce.", "the military said in a statement", ""},
	} {
		add(auditRow{class: "military/" + f.name, text: f.lead + "\n\n\"" + q2 + ",\" " + f.cue + ".",
			want: []quote{{f.who, auD, q2 + ","}}})
	}
	return rows
}

func TestAuditS17R13(t *testing.T) { runAudit(t, "r13", r13Rows(), *auditKnown) }
