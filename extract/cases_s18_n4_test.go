package extract_test

import "testing"

// Session 18, helper n4: a fresh audit of WIKINEWS reporting (short items
// of its briefs pages and reprinted stories), drawn from the classes the
// engine missed on a pool of 23 real Wikinews stories (kept outside the
// repository). Every sentence here is invented: fictional people, places
// and bodies, in the shapes the pool showed, with near misses that must
// not change.
//
// FIRST PASS (engine at 6c94b050, the table of 19 rows written first and
// run once): 11/19 (0.58): body-reason 4/5, quoted-as-saying 2/3,
// body-subject 2/3, inverted-late 1/3, according-document 2/3, exhort 0/2.
//
// On the pool itself the engine at 6c94b050 scored, before anyone tuned
// on it: speaker F1 0.786, quote recall 0.800, attribution 0.875 (direct
// 0.750/0.667, indirect 0.857/0.944, mixed 0.714/1.000).
//
// AFTER this branch's seven fixes (one commit a class, every repository
// score set, the ten s17 dev pools and the n3 pool unchanged): 39/42 rows
// (0.93, with the rows added later; 3 left known with their mechanism),
// comma-title 8/8, quoted-as-saying 5/5, body-subject 9/9, exhort 4/4,
// inverted-late 5/6, according-document 4/5, body-reason 4/5; the pool:
// speaker F1 0.933, quote recall 0.897, attribution 1.000 (direct
// 0.727/1.000, indirect 1.000/1.000, mixed 0.857/1.000), one gold line
// mended (a TV channel's reason for refusing an advertisement is an
// outlet's words, no quote). Each fixed class's rows were seen failing
// before its fix.

func n4s18Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// body-reason: a named body's quoted words hang on a participle
	// ("calling the raids ...") or a reason clause ("because it ...") of
	// a sentence whose subject is the body.
	add(auditRow{class: "body-reason/calling the attacks",
		text: "The rights group Civic Watch has accused the Tarvik army of targeting farms, calling the raids \"reckless and unlawful\".",
		want: []quote{{"Civic Watch", auD, "reckless and unlawful"}}})
	add(auditRow{class: "body-reason/person calling",
		text: "Senator Edda Moll criticised the budget on Monday, calling it \"a gift to the banks\".",
		want: []quote{{"Edda Moll", auD, "a gift to the banks"}}})
	add(auditRow{class: "body-reason/refused because it",
		text: "Broadcaster NRV refused to show the film because it \"insults the victims\" and aired a shorter cut.",
		want: []quote{{"NRV", auD, "insults the victims"}}})
	add(auditRow{class: "body-reason/describing",
		text: "The Ostby Harbour Board closed the quay on Friday, describing the cracks as \"a serious danger\".",
		want: []quote{{"Ostby Harbour Board", auD, "a serious danger"}}})
	add(auditRow{class: "body-reason/near: scare term, no body",
		text: "The film, described in the press as \"a masterpiece\", opens on Friday.",
		want: []quote{}})

	// quoted-as-saying: "X was quoted by the Y news agency as saying".
	add(auditRow{class: "quoted-as-saying/by agency",
		text: "Local official Arvid Sten was quoted by the Norland news agency Nortel as saying: \"Soldiers have been sent to the valley.\"",
		want: []quote{{"Arvid Sten", auD, "Soldiers have been sent to the valley."}}})
	add(auditRow{class: "quoted-as-saying/comma official",
		text: "The town was badly hit, and local official, Mira Holt was quoted by the state agency as saying: \"The school has collapsed.\"",
		want: []quote{{"Mira Holt", auD, "The school has collapsed."}}})
	add(auditRow{class: "quoted-as-saying/by lower-case agency after clause",
		text: "The town was badly hit, and Mira Holt was quoted by the state agency as saying: \"The school has collapsed.\"",
		want: []quote{{"Mira Holt", auD, "The school has collapsed."}}})
	add(auditRow{class: "quoted-as-saying/near: quoted by with name agent",
		text: "The Ostby Courier quoted Pim Adler as saying that the team would recover.",
		want: []quote{{"Pim Adler", auI, "the team would recover"}}})
	add(auditRow{class: "quoted-as-saying/in paper",
		text: "Coach Pim Adler was quoted in the Ostby Courier as saying that the team would recover.",
		want: []quote{{"Pim Adler", auI, "the team would recover"}}})

	// comma-title: Wikinews writes a description, a comma, then the name,
	// with no second comma: "The human rights organisation, Civic Watch
	// has accused", "and local official, Mira Holt was quoted".
	add(auditRow{class: "comma-title/organisation calling",
		text: "The human rights organisation, Civic Watch has accused the Tarvik army of targeting farms, calling the raids \"reckless and unlawful\". Tarvik has rejected the charge.",
		want: []quote{{"Civic Watch", auD, "reckless and unlawful"}}})
	add(auditRow{class: "comma-title/official after and",
		text: "Most houses in Brek were destroyed, and local official, Mira Holt said: \"The school has collapsed.\"",
		want: []quote{{"Mira Holt", auD, "The school has collapsed."}}, exact: true})
	add(auditRow{class: "comma-title/quoted by agency after and",
		text: "An official said that most houses in Brek were destroyed, and local official, Mira Holt was quoted by the Norland Nortel news service as saying: “Soldiers have been sent to the valley.”",
		want: []quote{{"", auI, "most houses in Brek were destroyed"}, {"Mira Holt", auD, "Soldiers have been sent to the valley."}}, exact: true})
	add(auditRow{class: "comma-title/commented then quoted by",
		text: "An official commented that most buildings were destroyed, and local official, Tan Meilin was quoted by the Norland Nortel news service as saying: “Soldiers have been dispatched to the valley.”",
		want: []quote{{"", auI, "most buildings were destroyed"}, {"Tan Meilin", auD, "Soldiers have been dispatched to the valley."}}, exact: true})
	add(auditRow{class: "comma-title/said then titled quoted by",
		text: "The mayor said the road was closed, and port spokesman Tor Lindqvist was quoted by the local paper as saying: “The ferry will not sail.”",
		want: []quote{{"", auI, "the road was closed"}, {"Tor Lindqvist", auD, "The ferry will not sail."}}, exact: true})
	add(auditRow{class: "comma-title/near: and a group, then a cue",
		text: "Officials said most buildings were destroyed, and residents, Mira Holt among them, fled to the hills.",
		want: []quote{{"", auI, "most buildings were destroyed, and residents, Mira Holt among them, fled to the hills"}}})
	add(auditRow{class: "comma-title/near: aside with second comma",
		text: "Rents rose sharply, and many young renters, Mira Holt said, left the city.",
		want: []quote{{"Mira Holt", auI, "Rents rose sharply, and many young renters, Mira Holt said, left the city"}}})
	add(auditRow{class: "comma-title/near: body aside",
		text: "The rights group, Civic Watch, said the raids were unlawful.",
		want: []quote{{"Civic Watch", auI, "the raids were unlawful"}}})

	// body-of-people: "Researchers at the X", "Canada's X" as the subject
	// of a cue.
	add(auditRow{class: "body-subject/researchers at",
		text: "Researchers at the Institute for Coastal Studies (ICS) have stated that the dune has moved twenty metres in a year.",
		want: []quote{{"Institute for Coastal Studies", auI, "the dune has moved twenty metres in a year"}}})
	add(auditRow{class: "body-subject/country's agency reports",
		text: "Norland’s Food Safety Agency reports that early tests on a herd near Ostby could not rule out the disease.",
		want: []quote{{"Food Safety Agency", auI, "early tests on a herd near Ostby could not rule out the disease"}}})
	add(auditRow{class: "body-subject/country's ministry states",
		text: "Tarvik's Ministry of Fisheries states that the cod stock has halved since 2010.",
		want: []quote{{"Ministry of Fisheries", auI, "the cod stock has halved since 2010"}}})
	add(auditRow{class: "body-subject/near: possessive name highlights",
		text: "Some of Liar's Day highlights were shown on Monday.",
		want: []quote{}})
	add(auditRow{class: "body-subject/near: the agency's reports that",
		text: "Norland's Food Safety Agency reports that tests failed were denied by the minister.",
		want: []quote{}})
	add(auditRow{class: "body-subject/scientists at",
		text: "Scientists at the Tarvik Marine Institute said that the reef had lost half its coral.",
		want: []quote{{"Tarvik Marine Institute", auI, "the reef had lost half its coral"}}})

	add(auditRow{class: "body-subject/researchers at a name with and",
		text: "Researchers at the Institute for Science and Coastal Security (ISCS) have stated that the dune has moved twenty metres in a year.",
		want: []quote{{"Institute for Science and Coastal Security", auI, "the dune has moved twenty metres in a year"}}})
	add(auditRow{class: "body-subject/officials at a department with and",
		text: "Officials at the Department of Health and Coastal Services said the beach would reopen on Friday.",
		want: []quote{{"Department of Health and Coastal Services", auI, "the beach would reopen on Friday"}}})
	add(auditRow{class: "body-subject/near: researchers at two bodies",
		text: "Researchers at Tarvik University and Lenmoor College said the dune had moved.",
		want: []quote{{"", auI, "the dune had moved"}}})

	// inverted-late: a cue after its clause: "claim the ICS", "doctors fear".
	add(auditRow{class: "inverted-late/claim the acronym",
		text: "Researchers at the Institute for Coastal Studies (ICS) released the images on Monday.\n\nA pumping station on the river was used to drain the marsh, claim the ICS.",
		want: []quote{{"Institute for Coastal Studies", auI, "A pumping station on the river was used to drain the marsh"}}})
	add(auditRow{class: "inverted-late/claims the acronym",
		text: "Researchers at the Institute for Coastal Studies (ICS) released the images on Monday.\n\nA pumping station on the river was used to drain the marsh, claims the ICS.",
		want: []quote{{"Institute for Coastal Studies", auI, "A pumping station on the river was used to drain the marsh"}}})
	add(auditRow{class: "inverted-late/near: the claims the acronym made",
		text: "The board rejected the demands, the claims the ICS made last year.",
		want: []quote{}})
	add(auditRow{class: "inverted-late/near: claim the lives",
		text: "The storms could claim the lives of many, the ICS warned.",
		want: []quote{{"ICS", auI, "The storms could claim the lives of many"}}})
	add(auditRow{class: "inverted-late/doctors fear",
		text: "A fever spreading in Tarvik is to \"reach the coast\" by spring, doctors fear.",
		want: []quote{{"", auM, "A fever spreading in Tarvik is to \"reach the coast\" by spring"}}})
	add(auditRow{class: "inverted-late/experts warn",
		text: "The bridge could fail within a decade, engineers warn.",
		want: []quote{{"", auI, "The bridge could fail within a decade"}}})

	// according-document: "according to an email sent by X".
	add(auditRow{class: "according-document/email sent by",
		text: "Two coaches were among the dead, according to an email sent out by Ostby University President Lena Marsh to students and staff.",
		want: []quote{{"Lena Marsh", auI, "Two coaches were among the dead"}}})
	add(auditRow{class: "according-document/letter from",
		text: "The plant will close in June, according to a letter from Mayor Jonas Brekke to residents.",
		want: []quote{{"Jonas Brekke", auI, "The plant will close in June"}}})
	add(auditRow{class: "according-document/statement put out by",
		text: "The talks have stalled, according to a statement put out by the Ostby Dockers Union on Monday.",
		want: []quote{{"Ostby Dockers Union", auI, "The talks have stalled"}}})
	add(auditRow{class: "according-document/near: sent out to",
		text: "Two coaches were among the dead, according to an email sent out to Lena Marsh.",
		want: []quote{{"", auI, "Two coaches were among the dead"}}})
	add(auditRow{class: "according-document/near: report about",
		text: "The plant will close in June, according to a report about Mayor Jonas Brekke.",
		want: []quote{{"", auI, "The plant will close in June"}}})

	// exhort: a request verb with a quoted infinitive.
	add(auditRow{class: "exhort/quoted imperative",
		text: "In the video, Harald Voss exhorts his followers to “Hold fast, hold together.”",
		want: []quote{{"Harald Voss", auM, "his followers to “Hold fast, hold together.”"}}})
	add(auditRow{class: "exhort/plain",
		text: "Bishop Arne Lund exhorted the faithful to forgive their neighbours.",
		want: []quote{{"Arne Lund", auI, "the faithful to forgive their neighbours"}}})

	add(auditRow{class: "exhort/urged quoted imperative",
		text: "Mayor Jonas Brekke urged drivers to “Stay off the bridge tonight.”",
		want: []quote{{"Jonas Brekke", auM, "drivers to “Stay off the bridge tonight.”"}}})
	add(auditRow{class: "exhort/near: title after to",
		text: "Mayor Jonas Brekke urged drivers to “Bridge Watch”, a new text service.",
		want: []quote{}})
	for i := range rows {
		if k, ok := n4s18Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	return rows
}

// n4s18Known lists the rows still failing, by class, with the mechanism.
var n4s18Known = map[string]string{
	"according-document/statement put out by": "put-out: the irregular \"put\" is not read as the document's participle, so its agent is not the source",
	"body-reason/refused because it":          "reason-quote: a quotation in a \"because it\" clause of a non-speech verb has no cue",
	"inverted-late/doctors fear":              "fear-cue: \"fear\" is no cue after its clause",
}

func TestAuditS18N4(t *testing.T) { runAudit(t, "n4", n4s18Rows(), *auditKnown) }
