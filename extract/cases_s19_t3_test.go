package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
)

// Session 19, helper t3: classes the engine missed on a released pool of
// 30 real news excerpts (earthquakes, storms, elections, health agencies,
// science releases; kept outside the repository). Every sentence here is
// invented: fictional people, places and bodies, in the shapes the pool
// showed, with near misses that must not change.
//
// FIRST PASS (engine at bf4226b2, the table written first and run once):
// 12/23 audit rows (0.52): place-office-comma 5/8, unnamed-gender 3/5,
// said-pp-name 2/6, spokesperson-body 2/4; alias rows 2/4 (body-of-body).
// Classes added later, each table written and run before its fix:
// body-word-office 2/6, sent-doc-to-people 2/6, says-gerund 2/5.
//
// AFTER this branch (one commit a class; every repository score set and
// dev pool unchanged): 48/49 audit rows, 5/5 alias rows; the one row left
// known failed before the branch too (acronym-office). The pool, on its
// gold as annotated: speaker F1 0.821 -> 0.929, quote recall 0.955 ->
// 0.968, attribution 0.847 -> 0.908.

func t3s19Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// place-office-comma: a country's or place's name, an office with its
	// "of" remit, a comma, then the holder's name: "said Norland Secretary
	// of Health, Pia Vennick". The remit is no person.
	add(auditRow{class: "place-office-comma/said Norland Minister of Health",
		text:     "\"Our clinics are open,\" said Norland Minister of Health, Pia Vennick. \"We are ready.\"",
		want:     []quote{{"Pia Vennick", auD, "Our clinics are open"}, {"Pia Vennick", auD, "We are ready."}},
		speakers: []string{"Pia Vennick"}})
	add(auditRow{class: "place-office-comma/said Philippine Secretary of Education",
		text: "\"The schools will reopen,\" said Philippine Secretary of Education, Marco Dalisay.",
		want: []quote{{"Marco Dalisay", auD, "The schools will reopen"}}, speakers: []string{"Marco Dalisay"}})
	add(auditRow{class: "place-office-comma/subject before said",
		text: "Tarvik Director of Public Works, Ansel Rudd said the bridge would reopen in May.",
		want: []quote{{"Ansel Rudd", auI, "the bridge would reopen in May"}}, speakers: []string{"Ansel Rudd"}})
	add(auditRow{class: "place-office-comma/Kessen Minister of Finance",
		text: "\"Taxes will not rise,\" said Kessen Minister of Finance, Lidia Moravec, on Monday.",
		want: []quote{{"Lidia Moravec", auD, "Taxes will not rise"}}, speakers: []string{"Lidia Moravec"}})
	add(auditRow{class: "place-office-comma/near: the office, no place",
		text: "\"Our clinics are open,\" said the Minister of Health, Pia Vennick.",
		want: []quote{{"Pia Vennick", auD, "Our clinics are open"}}, speakers: []string{"Pia Vennick"}})
	add(auditRow{class: "place-office-comma/near: name right after the office",
		text: "\"Our clinics are open,\" said Norland Secretary of Health Pia Vennick.",
		want: []quote{{"Pia Vennick", auD, "Our clinics are open"}}, speakers: []string{"Pia Vennick"}})
	add(auditRow{class: "place-office-comma/near: Secretary of State name",
		text: "\"We will talk,\" said Norland Secretary of State Ivo Brandt.",
		want: []quote{{"Ivo Brandt", auD, "We will talk"}}, speakers: []string{"Ivo Brandt"}})
	add(auditRow{class: "place-office-comma/near: an acronym's office speaks as a body",
		text: "More than 9,000 people have fled to the coast, the OSK High Commissioner for Refugees said on Friday.",
		want: []quote{{"OSK High Commissioner for Refugees", auI, "More than 9,000 people have fled to the coast"}}})
	add(auditRow{class: "place-office-comma/near: a body of a place",
		text: "\"Trade is up,\" said the Norland Chamber of Commerce, citing new figures.",
		want: []quote{{"Norland Chamber of Commerce", auD, "Trade is up"}}})

	// unnamed-gender: an unnamed person of the other sex acts between the
	// named one and the pronoun that speaks: "A woman came in ... he said"
	// is still the man named before; one of the same sex still blocks.
	add(auditRow{class: "unnamed-gender/a woman came in, he said",
		text: "Freddie Holm, 22, was at the market when he heard shouting outside. A woman came in and told others that a man had tried to rob her.\n\n\"She was shaking,\" he said.",
		want: []quote{{"Freddie Holm", auD, "She was shaking"}}})
	add(auditRow{class: "unnamed-gender/a girl ran past, he said",
		text: "Tomas Brek was on the platform. A girl ran past him.\n\n\"She looked terrified,\" he said.",
		want: []quote{{"Tomas Brek", auD, "She looked terrified"}}})
	add(auditRow{class: "unnamed-gender/a man shouted, she said",
		text: "Ilse Varga was in the queue at the bank. A man shouted at the teller.\n\n\"Everyone froze,\" she said.",
		want: []quote{{"Ilse Varga", auD, "Everyone froze"}}})
	add(auditRow{class: "unnamed-gender/one elderly woman, he said",
		text: "Jonas Brekke runs the bakery on the square. One elderly woman fainted in the heat.\n\n\"We called an ambulance,\" he said.",
		want: []quote{{"Jonas Brekke", auD, "We called an ambulance"}}})
	add(auditRow{class: "unnamed-gender/near: a woman's husband, he said",
		text: "Freddie Holm was at the market. A woman's husband came in and sat down.\n\n\"I was scared,\" he said.",
		want: []quote{{"", auD, "I was scared"}}})
	add(auditRow{class: "unnamed-gender/near: a man came in, he said",
		text: "Freddie Holm was at the market. A man came in and sat down.\n\n\"I was scared,\" he said.",
		want: []quote{{"", auD, "I was scared"}}})
	add(auditRow{class: "unnamed-gender/near: a woman came in, she said",
		text: "Ilse Varga was at the market. A woman came in and sat down.\n\n\"I was scared,\" she said.",
		want: []quote{{"", auD, "I was scared"}}})

	// said-pp-name: an inverted cue with a phrase between the verb and the
	// speaker: "said in the statement Ana Pell, the agency's chief".
	add(auditRow{class: "said-pp-name/in the statement, appositive",
		text: "\"The signal is unusual,\" said in the statement Ana Pell, the agency's chief scientist.",
		want: []quote{{"Ana Pell", auD, "The signal is unusual"}}, speakers: []string{"Ana Pell"}})
	add(auditRow{class: "said-pp-name/in a statement",
		text: "\"The signal is unusual,\" said in a statement Ana Pell.",
		want: []quote{{"Ana Pell", auD, "The signal is unusual"}}, speakers: []string{"Ana Pell"}})
	add(auditRow{class: "said-pp-name/in a statement, a body",
		text: "\"The launch is delayed,\" said in a statement the Ostby Space Agency.",
		want: []quote{{"Ostby Space Agency", auD, "The launch is delayed"}}})
	add(auditRow{class: "said-pp-name/on Tuesday",
		text: "\"We will publish the data,\" said on Tuesday Karl Dunmore, the mission's lead scientist.",
		want: []quote{{"Karl Dunmore", auD, "We will publish the data"}}, speakers: []string{"Karl Dunmore"}})
	add(auditRow{class: "said-pp-name/near: said in a statement Tuesday",
		text: "\"The bridge is safe,\" Mayor Ada Lind said in a statement Tuesday.",
		want: []quote{{"Ada Lind", auD, "The bridge is safe"}}, speakers: []string{"Ada Lind"}})
	add(auditRow{class: "said-pp-name/near: a place after the phrase",
		text: "Ana Pell toured the site. \"The bridge is safe,\" she said on Tuesday in Ostby.",
		want: []quote{{"Ana Pell", auD, "The bridge is safe"}}, speakers: []string{"Ana Pell"}})
	add(auditRow{class: "said-pp-name/near: said in a statement, speaker before",
		text: "\"The signal is unusual,\" Ana Pell said in a statement.",
		want: []quote{{"Ana Pell", auD, "The signal is unusual"}}, speakers: []string{"Ana Pell"}})
	add(auditRow{class: "said-pp-name/near: said in Ostby, the place no speaker",
		text: "Ana Pell opened the centre. \"The signal is unusual,\" she said in Ostby.",
		want: []quote{{"Ana Pell", auD, "The signal is unusual"}}, speakers: []string{"Ana Pell"}})

	// spokesperson-body: a bare "A spokesperson said" right after a named
	// body voiced something ("rejected the offer") is the body's; after
	// a mere act (session 10's near miss, "Halvern Steel shed 300 jobs")
	// it stays unnamed.
	add(auditRow{class: "spokesperson-body/union, a spokesperson said colon",
		text: "The largest teachers union, Edvik, questioned the plan. A spokesperson said: \"We do not accept this.\"",
		want: []quote{{"Edvik", auD, "We do not accept this."}}})
	add(auditRow{class: "spokesperson-body/company, a spokesman said",
		text: "Harrow Mills questioned the offer on Monday. A spokesman said the bid undervalued the firm.",
		want: []quote{{"Harrow Mills", auI, "the bid undervalued the firm"}}})
	add(auditRow{class: "spokesperson-body/body in the paragraph before",
		text: "The Varde Rail Company criticised the plan on Friday.\n\nA spokeswoman said the tracks were flooded near Ostby.",
		want: []quote{{"Varde Rail Company", auI, "the tracks were flooded near Ostby"}}})
	add(auditRow{class: "spokesperson-body/near: a mere act, no voice",
		text: "Harrow Mills shed 300 jobs on Monday. A spokesman said orders had collapsed.",
		want: []quote{{"", auI, "orders had collapsed"}}})
	add(auditRow{class: "spokesperson-body/near: an outlet reported",
		text: "The Ostby Courier reported the closure on Monday. A spokesman said the mine would reopen in May.",
		want: []quote{{"", auI, "the mine would reopen in May"}}})
	add(auditRow{class: "spokesperson-body/near: a place acted",
		text: "Ostby flooded again on Monday. A spokesman said the pumps had failed.",
		want: []quote{{"", auI, "the pumps had failed"}}})
	add(auditRow{class: "spokesperson-body/near: spokesperson for another body",
		text: "Harrow Mills rejected the offer on Monday. A spokesman for the Ostby council said the bid was fair.",
		want: []quote{{"", auI, "the bid was fair"}}})
	add(auditRow{class: "spokesperson-body/near: a person acted",
		text: "Mayor Ada Lind rejected the offer on Monday. A spokesman said the bid was too low.",
		want: []quote{{"", auI, "the bid was too low"}}})

	// body-word-office: "the Union Minister", "the Cabinet Secretary": an
	// office whose first word is also a body's word is the holder the
	// story named before, not a body called "Union Minister".
	add(auditRow{class: "body-word-office/the Union Minister said",
		text: "Union Transport Minister Rohan Mehta on Friday said the government was confident.\n\nSpeaking to reporters, the Union Minister said, \"We have the numbers.\"",
		want: []quote{{"Rohan Mehta", auI, "the government was confident"}, {"Rohan Mehta", auD, "We have the numbers."}}, speakers: []string{"Rohan Mehta"}})
	add(auditRow{class: "body-word-office/the Cabinet Minister said",
		text: "Cabinet Minister Ila Sorensen opened the bridge. The Cabinet Minister said it had cost less than planned.",
		want: []quote{{"Ila Sorensen", auI, "it had cost less than planned"}}, speakers: []string{"Ila Sorensen"}})
	add(auditRow{class: "body-word-office/the Cabinet Secretary told",
		text: "Cabinet Secretary Paul Amsel met the unions on Monday. \"The talks were useful,\" the Cabinet Secretary told reporters.",
		want: []quote{{"Paul Amsel", auD, "The talks were useful"}}, speakers: []string{"Paul Amsel"}})
	add(auditRow{class: "body-word-office/near: the Cabinet Office said",
		text: "The Cabinet Office said the review would be published in June.",
		want: []quote{{"Cabinet Office", auI, "the review would be published in June"}}})
	add(auditRow{class: "body-word-office/near: the Union Ministry said",
		text: "The Union Ministry said the review would be published in June.",
		want: []quote{{"Union Ministry", auI, "the review would be published in June"}}})
	add(auditRow{class: "body-word-office/near: nobody named before",
		text: "The Union Minister said the review would be published in June.",
		want: []quote{{"", auI, "the review would be published in June"}}, speakers: []string{}})

	// sent-doc-to-people: "X sent a message to journalists saying ...":
	// the participle after the people the message went to is the
	// sender's, not a gerund of theirs.
	add(auditRow{class: "sent-doc-to-people/message to journalists",
		text: "Harrow House sent a message to journalists saying the minister had been misinformed.",
		want: []quote{{"Harrow House", auI, "the minister had been misinformed"}}})
	add(auditRow{class: "sent-doc-to-people/memo to staff",
		text: "The Ostby Council sent a memo to staff saying the vote was not binding.",
		want: []quote{{"Ostby Council", auI, "the vote was not binding"}}})
	add(auditRow{class: "sent-doc-to-people/letter to parents",
		text: "Principal Ada Lind sent a letter to parents saying the school would close on Friday.",
		want: []quote{{"Ada Lind", auI, "the school would close on Friday"}}})
	add(auditRow{class: "sent-doc-to-people/email to members, mixed",
		text: "The Tarvik Rowing Club sent an email to members saying the regatta was \"off for good\".",
		want: []quote{{"Tarvik Rowing Club", auM, "the regatta was \"off for good\""}}})
	add(auditRow{class: "sent-doc-to-people/near: no document sent",
		text: "The Ostby Council met staff saying the pay was too low.",
		want: []quote{}, exact: true})
	add(auditRow{class: "sent-doc-to-people/near: people saying after a visit",
		text: "Mayor Ada Lind visited workers saying they had not been paid.",
		want: []quote{}, exact: true})

	// says-gerund: "says" before a clause opening on the gerund of a
	// speech verb ("says reading novels helps", "says emphasizing the
	// fun can draw them back"): "says" is no plural noun.
	add(auditRow{class: "says-gerund/reading",
		text: "Ana Lund says reading the books would help children.",
		want: []quote{{"Ana Lund", auI, "reading the books would help children"}}})
	add(auditRow{class: "says-gerund/emphasizing after a fronted clause",
		text: "As reading declines as a pastime, Martin-Lund says emphasizing the fun of it can draw readers back.",
		want: []quote{{"Martin-Lund", auI, "emphasizing the fun of it can draw readers back"}}})
	add(auditRow{class: "says-gerund/announcing",
		text: "Coach Pim Adler says announcing the team early would only help rivals.",
		want: []quote{{"Pim Adler", auI, "announcing the team early would only help rivals"}}})
	add(auditRow{class: "says-gerund/near: plural noun reports",
		text: "Recent reports have revealed the dam is weak.",
		want: []quote{{"", auI, "the dam is weak"}}})
	add(auditRow{class: "says-gerund/near: says with an auxiliary after",
		text: "What the coach says is final.",
		want: []quote{}, exact: true})

	for i := range rows {
		if k, ok := t3s19Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	return rows
}

// t3s19Known lists the rows still failing, by class, with the mechanism.
var t3s19Known = map[string]string{
	"place-office-comma/near: an acronym's office speaks as a body": "acronym-office: an acronym no list knows, then an office with a \"for\" remit, is read as a titled person named by the remit (\"Refugees\"); so before this branch",
}

func TestAuditS19T3(t *testing.T) { runAudit(t, "t3", t3s19Rows(), *auditKnown) }

// t3s19AliasRow is a text whose speaker must be found under a given form:
// its name or one of its aliases.
type t3s19AliasRow struct {
	class, text, form string
	known             string
}

// t3s19AliasRows: a body named with its parent body after "of" ("the Coastal
// Flood Warning Center of the Norland Weather Administration") keeps the
// first body's own name as a form; a body whose "of" complement is a
// field or a place keeps its whole name.
func t3s19AliasRows() []t3s19AliasRow {
	return []t3s19AliasRow{
		{class: "body-of-body/center of administration",
			text: "The Coastal Flood Warning Center of the Norland Weather Administration canceled the watch. The flood was small, the center said.",
			form: "Coastal Flood Warning Center"},
		{class: "body-of-body/institute of university",
			text: "The Marrow Institute of the University of Ostby said the survey was complete.",
			form: "Marrow Institute"},
		{class: "body-of-body/near: department of health",
			text: "The Department of Health said the clinics were open.",
			form: "Department of Health"},
		{class: "body-of-body/near: court of a country",
			text: "The Supreme Court of the Tarvik Republic said the law was void.",
			form: "Supreme Court of the Tarvik Republic"},
		{class: "body-of-body/near: bank of a place",
			text: "The Central Bank of Norland said rates would stay at 4 percent.",
			form: "Central Bank of Norland"},
	}
}

func TestAuditS19T3Alias(t *testing.T) {
	pass := 0
	for _, row := range t3s19AliasRows() {
		t.Run(row.class, func(t *testing.T) {
			if row.known != "" && !*auditKnown {
				t.Skip("known failure: " + row.known)
			}
			res := extract.Extract(strings.Split(row.text, "\n\n"))
			for _, s := range res.Speakers {
				if strings.EqualFold(s.Name, row.form) {
					pass++
					return
				}
				for _, a := range s.Aliases {
					if strings.EqualFold(a, row.form) {
						pass++
						return
					}
				}
			}
			t.Errorf("no speaker with the form %q: %s", row.form, describe(res))
		})
	}
	t.Logf("t3 alias rows: %d/%d pass", pass, len(t3s19AliasRows()))
}
