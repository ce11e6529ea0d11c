package extract_test

import (
	"strings"
	"testing"
)

// Session 18, helper t3: the held-out pool "hoA" (31 excerpts of real
// reporting: public broadcasters, science and health releases, local and
// world news; kept outside the repository), released for tuning. Its
// misses were split into gold that disagreed with the annotation rules
// (mended in a copy outside the repository) and engine errors, classed by
// mechanism; every sentence here is invented (fictional people, bodies
// and places) in the shapes the pool showed, with near misses that must
// not change.
//
// FIRST PASS (the first table of 14 rows, written whole and run once at
// 1ad7869): 3/14 (0.21); coun 2/8 (the near misses), acronym 1/4 (the
// near miss), leadsame 0/2. Classes added while fixing, before their fix:
// frontedpp 6/9 (the short "with" rows and near misses), contracted 2/6,
// leadbody 0/3, reporterasks 2/5, jointwith 2/8 (the near misses pass);
// dottedgov, remittitle and reversedopen were written with their fix (the
// pool showed each failing). The pool at 1ad7869: speaker F1 0.810, quote
// recall 0.963, attribution 0.836 on its gold as annotated; 0.867, 0.963,
// 0.885 on the gold mended to the annotation rules (16 of its 60 misses
// were the gold's: bare forms of "Tonga's Ministry of Health" and the like
// missing as aliases, "Gardaí" (police) made a speaker, a study's words
// given to its leader).
//
// AFTER this branch: 60/60 rows; the pool 0.881, 0.984, 0.888 (as
// annotated) and 0.940, 0.984, 0.936 (mended); no repository score set
// and no session-17/18 dev pool moved.

// t3Rows crosses the pool's shapes with invented names.
func t3Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// coun: "Coun." and "Coun" are the councillor's title in Canadian and
	// British local copy, as "Cllr" is: "said city Coun. Ada Brink" and
	// later "Coun Brink added" are one speaker, and the title is no body.
	type councillor struct{ first, last string }
	for _, p := range []councillor{{"Ada", "Brinkley"}, {"Osric", "Taane"}, {"Marta", "Velling"}} {
		full := p.first + " " + p.last
		add(auditRow{class: "coun/dotted title after said/" + p.last,
			text: "Tarrow council voted on Thursday to close the Elm Street library.\n\n" +
				"\"The vote meant there was no debate at all on the closure,\" said city Coun. " + full + ", in a statement on Friday.\n\n" +
				p.last + " called the vote \"a sad day for readers\".",
			want:     []quote{{full, auD, "The vote meant there was no debate at all on the closure"}, {full, auD, "a sad day for readers"}},
			speakers: []string{full}})
		add(auditRow{class: "coun/bare title, later Coun surname/" + p.last,
			text: "Residents of Kellby were left confused by the new bin calendar.\n\n" +
				"Green councillor " + full + " said that the change caused confusion for residents.\n\n" +
				"Coun " + p.last + " added: \"If people cannot trust the calendar, they will stop using it.\"",
			want:     []quote{{full, auI, "the change caused confusion for residents"}, {full, auD, "If people cannot trust the calendar, they will stop using it."}},
			speakers: []string{full}})
	}
	// Near misses: "Cllr" as before, and a council that speaks as a body.
	add(auditRow{class: "coun/near miss Cllr",
		text: "Cllr Dena Harrow said that the bridge would reopen in May.\n\n" +
			"\"We have waited long enough,\" Cllr Harrow said.",
		want:     []quote{{"Dena Harrow", auI, "the bridge would reopen in May"}, {"Dena Harrow", auD, "We have waited long enough"}},
		speakers: []string{"Dena Harrow"}})
	add(auditRow{class: "coun/near miss council body",
		text: "Brenlow City Council said that no collections had been missed.\n\n" +
			"\"Our calendar was wrong for a week,\" a Brenlow City Council spokesperson said.",
		want:     []quote{{"Brenlow City Council", auI, "no collections had been missed"}, {"Brenlow City Council", auD, "Our calendar was wrong for a week"}},
		speakers: []string{"Brenlow City Council"}})

	// acronym: a body whose initials are an agency's ("AFP", "AP",
	// "UPI") when the article defines them for the body: "the Arvel
	// Federal Police (AFP) said" and "an AFP spokeswoman said" are the
	// body's; with no such definition the initials stay the agency's.
	type initials struct{ name, abbr string }
	for _, b := range []initials{{"Arvel Federal Police", "AFP"}, {"Tarrow Federal Police", "AFP"}, {"Ostland Police", "AP"}} {
		add(auditRow{class: "acronym/defined then spokeswoman/" + b.name,
			text: "Suspicious packages were found at six consulates in Kellport on Wednesday.\n\n" +
				"The " + b.name + " (" + b.abbr + ") said they were aware of the packages.\n\n" +
				"\"The packages are being examined by emergency services,\" an " + b.abbr + " spokeswoman said. \"The circumstances are being investigated.\"",
			want: []quote{{b.name, auI, "they were aware of the packages"}, {b.name, auD, "The packages are being examined by emergency services"},
				{b.name, auD, "The circumstances are being investigated."}},
			speakers: []string{b.name}})
	}
	add(auditRow{class: "acronym/near miss agency cited",
		text: "Suspicious packages were found at six consulates in Kellport on Wednesday, AFP reported.\n\n" +
			"\"The packages are being examined,\" police spokeswoman Lena Varro told AFP.",
		want:     []quote{{"Lena Varro", auD, "The packages are being examined"}},
		speakers: []string{"Lena Varro"}})

	// leadsame: the lead's description said twice ("The head of Velmark's
	// customs agency has said ...", then "..., the head of Velmark's
	// customs agency has said.") before the name: both cues are the
	// named holder's.
	for _, n := range []string{"Ivo Randell", "Sanna Kettil"} {
		add(auditRow{class: "leadsame/description twice then name/" + n,
			text: "The head of Velmark's customs agency has said smugglers used the northern ferry to move cigarettes.\n\n" +
				"Smugglers moved thousands of cartons through Port Allen, the head of Velmark's customs agency has said.\n\n" +
				"\"We saw the same lorries every week,\" customs chief " + n + " told the Velmark Post in an interview.",
			want: []quote{{n, auI, "smugglers used the northern ferry to move cigarettes"}, {n, auI, "Smugglers moved thousands of cartons through Port Allen"},
				{n, auD, "We saw the same lorries every week"}},
			speakers: []string{n}})
	}
	add(auditRow{class: "leadsame/near miss, the one named is no head",
		text: "The head of Velmark's customs agency has said smugglers used the northern ferry to move cigarettes.\n\n" +
			"Smugglers moved thousands of cartons through Port Allen, the head of Velmark's customs agency has said.\n\n" +
			"\"We saw the same lorries every week,\" lorry driver Pavo Drenn told the Velmark Post.",
		want: []quote{{"", auI, "smugglers used the northern ferry to move cigarettes"}, {"", auI, "Smugglers moved thousands of cartons through Port Allen"},
			{"Pavo Drenn", auD, "We saw the same lorries every week"}},
		speakers: []string{"Pavo Drenn"}})
	// frontedpp: a reported clause that opens on a phrase of
	// "despite" or "with" and a comma ("said despite many members being
	// opposed, the majority backed it", "says with Kellby's help
	// providing boats, her town is ready"): the whole is what was said.
	type fronted struct{ name, role string }
	for _, p := range []fronted{{"Tomas Brenn", "chief of the Ostby band"}, {"Ilse Varga", "harbour minister"}, {"Aurel Kast", "leader of the fishers' union"}} {
		last := t2Surname(p.name)
		add(auditRow{class: "frontedpp/despite/" + last,
			text: "Chiefs met the premier in Kellport on Friday.\n\n" +
				p.name + ", who is also " + p.role + ", said despite many members being opposed to the plan, the majority of those who spoke supported it.",
			want:     []quote{{p.name, auI, "despite many members being opposed to the plan, the majority of those who spoke supported it"}},
			speakers: []string{p.name}})
		add(auditRow{class: "frontedpp/with/" + last,
			text: "Kellby will host the regatta in August.\n\n" +
				p.name + " says with Tarrow's support providing boats and money, her town has every confidence in its ability to host the regatta.",
			want:     []quote{{p.name, auI, "with Tarrow's support providing boats and money, her town has every confidence in its ability to host the regatta"}},
			speakers: []string{p.name}})
	}
	add(auditRow{class: "frontedpp/with, a long phrase/Varga",
		text: "Kellby will host the regatta in August.\n\n" +
			"Harbour Minister Ilse Varga says with Tarrow’s navy providing safety advice and emergency boats and money, her town has every confidence in its ability to host the regatta.",
		want:     []quote{{"Ilse Varga", auI, "with Tarrow’s navy providing safety advice and emergency boats and money, her town has every confidence in its ability to host the regatta"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "frontedpp/near miss, with manner then that",
		text: "Dena Harrow said with a smile that the vote was over.",
		want: []quote{{"Dena Harrow", auI, "the vote was over"}}, exact: true})
	add(auditRow{class: "frontedpp/near miss, despite and no clause",
		text: "Dena Harrow spoke at the rally on Monday despite the rain, and the crowd cheered.",
		want: nil, exact: true})
	add(auditRow{class: "frontedpp/near miss, with a person then a clause cue",
		text: "Dena Harrow met with Tomas Brenn, and both said the bridge would reopen in May.",
		want: []quote{{"", auI, "the bridge would reopen in May"}}, exact: true})
	// contracted: the progressive with a contracted "is" or "are" ("He's
	// saying that", "She’s only telling them that", "They're saying")
	// reports speech as "He is saying that" does.
	for _, p := range []struct{ name, pro, form string }{
		{"Tomas Rell", "He", "He's saying"}, {"Ada Brink", "She", "She’s only saying"},
		{"Ivo Sten", "He", "He's now telling residents"}, {"Dena Harrow", "She", "She’s saying"},
	} {
		add(auditRow{class: "contracted/" + p.form,
			text:     "Mayor " + p.name + " would not name the councillor.\n\n" + p.form + " that the councillor now fears for their family's safety.",
			want:     []quote{{p.name, auI, "the councillor now fears for their family's safety"}},
			speakers: []string{p.name}})
	}
	add(auditRow{class: "contracted/near miss, no speech",
		text: "Mayor Tomas Rell opened the new bridge on Monday. He's saying goodbye to the old one after forty years.",
		want: nil, exact: true})
	add(auditRow{class: "contracted/near miss, is saying",
		text: "Mayor Tomas Rell opened the new bridge on Monday. He is saying that the old one will be kept.",
		want: []quote{{"Tomas Rell", auI, "the old one will be kept"}}, exact: true})
	// leadbody: a lead describing an office holder ("The head of the
	// Velmark Interior Ministry's customs department said ...") whose
	// name comes two paragraphs down, after a cue of a body between
	// ("Interior Ministry officials announced ..."): the holder named
	// with the office speaks the lead.
	for _, n := range []string{"Sok Varan", "Ilse Marten"} {
		add(auditRow{class: "leadbody/body cue between/" + n,
			text: "The head of the Velmark Interior Ministry's customs department said on Friday that 40 lorries had been stopped at the border.\n\n" +
				"On Wednesday, Interior Ministry officials announced that the border would close at night.\n\n" +
				"Speaking at a conference in Kellport, " + n + ", head of the customs department, said he believed the lorries carried cigarettes.",
			want: []quote{{n, auI, "40 lorries had been stopped at the border"}, {"Velmark Interior Ministry", auI, "the border would close at night"},
				{n, auI, "he believed the lorries carried cigarettes"}}})
	}
	add(auditRow{class: "leadbody/near miss, the one named holds no such office",
		text: "The head of the Velmark Interior Ministry's customs department said on Friday that 40 lorries had been stopped at the border.\n\n" +
			"On Wednesday, Interior Ministry officials announced that the border would close at night.\n\n" +
			"Speaking at a conference in Kellport, lorry driver Pavo Drenn said he believed the lorries carried cigarettes.",
		want: []quote{{"", auI, "40 lorries had been stopped at the border"}, {"Velmark Interior Ministry", auI, "the border would close at night"},
			{"Pavo Drenn", auI, "he believed the lorries carried cigarettes"}}})
	// reporterasks: a broadcaster's reporter asking the one interviewed
	// ("“What would you tell them?” WKLX's Ada Brinn asked.") says no
	// quotation; the answers around it are the interviewee's.
	for _, o := range []string{"WKLX's Ada Brinn", "KTRV's Pavo Drenn", "CNN's Lena Varro"} {
		add(auditRow{class: "reporterasks/" + o,
			text: "\"We have shown that the vaccine works,\" said Dr. Ilse Varga.\n\n" +
				"\"Some people are afraid of a vaccine. What would you tell them?\" " + o + " asked.\n\n" +
				"\"I would say that we are making sure that things are safe,\" said Dr. Varga.",
			want:     []quote{{"Ilse Varga", auD, "We have shown that the vaccine works"}, {"Ilse Varga", auD, "I would say that we are making sure that things are safe"}},
			speakers: []string{"Ilse Varga"}, exact: true})
	}
	add(auditRow{class: "reporterasks/near miss, a body's officer asks",
		text: "\"Why was the bridge closed?\" Tarrow Council's Ada Brinn asked.\n\n" +
			"\"It was not safe,\" said Mayor Ilse Varga.",
		want: []quote{{"Ada Brinn", auD, "Why was the bridge closed?"}, {"Ilse Varga", auD, "It was not safe"}}})
	add(auditRow{class: "reporterasks/near miss, a reporter's statement",
		text: "\"The bridge was closed on Monday,\" WKLX's Ada Brinn said.",
		want: []quote{{"Ada Brinn", auD, "The bridge was closed on Monday"}}})
	// jointwith: what a body says in a joint statement it issued with
	// others ("issued a joint statement with its counterparts in the
	// south calling for action against “abuse suffered”") is no one
	// body's: null, as a joint statement of named bodies is.
	for _, b := range []string{"Kellby Fishers' Federation", "Tarrow Nurses' Union", "Ostby Chamber of Commerce"} {
		add(auditRow{class: "jointwith/issued, fragment/" + b,
			text: "Last month, the " + b + " issued a joint statement with its counterparts in the south calling for action against “abuse and intimidation suffered” by members.",
			want: []quote{{"", auD, "abuse and intimidation suffered"}}})
		add(auditRow{class: "jointwith/issued, saying/" + b,
			text: "The " + b + " issued a joint statement with the Harlow Boatmen's Union on Monday saying that quotas were “far too low”.",
			want: []quote{{"", auM, "quotas were “far too low”"}}})
	}
	add(auditRow{class: "jointwith/near miss, a statement of its own",
		text: "Last month, the Kellby Fishers' Federation issued a statement calling for action against “abuse suffered” by skippers.",
		want: []quote{{"Kellby Fishers' Federation", auD, "abuse suffered"}}, speakers: []string{"Kellby Fishers' Federation"}})
	add(auditRow{class: "jointwith/near miss, met with others then said",
		text: "The Kellby Fishers' Federation met with the Harlow Boatmen's Union on Monday and said that quotas were too low.",
		want: []quote{{"Kellby Fishers' Federation", auI, "quotas were too low"}}, speakers: []string{"Kellby Fishers' Federation"}})
	// dottedgov: a province or state by its dotted initials before a
	// state body's noun ("The N.W. government had recommended that
	// ...", "P.E.I. police said") is one body, not the initials alone.
	for _, g := range []string{"N.W. government", "K.T. government", "P.E.I. police"} {
		add(auditRow{class: "dottedgov/" + g,
			text:     "The " + g + " had recommended that the city keep its own police force.",
			want:     []quote{{g, auI, "the city keep its own police force"}},
			speakers: []string{g}})
	}
	add(auditRow{class: "dottedgov/near miss, a person's initials",
		text:     "J.K. Rowan said that the city would keep its own police force.",
		want:     []quote{{"J.K. Rowan", auI, "the city would keep its own police force"}},
		speakers: []string{"J.K. Rowan"}})
	add(auditRow{class: "dottedgov/near miss, the U.K. government",
		text:     "The U.K. government said that the city would keep its own police force.",
		want:     []quote{{"U.K. government", auI, "the city would keep its own police force"}},
		speakers: []string{"U.K. government"}})
	// remittitle: a minister's remit of two fields, the second with an
	// adjective ("the Minister of Information and National
	// Orientation, Tomas Brenn"), is a title; "The Minister said" later
	// is Brenn, no person called "National Orientation".
	for _, r := range []string{"Information and National Orientation", "Agriculture and Rural Development", "Communications and Digital Economy"} {
		add(auditRow{class: "remittitle/" + r,
			text: "The Minister of " + r + ", Tomas Brenn, on Friday said that no serious government wants its people to suffer.\n\n" +
				"Brenn noted that the reforms were needed.\n\n" +
				"The Minister said the President had made it clear that he was for all citizens.",
			want: []quote{{"Tomas Brenn", auI, "no serious government wants its people to suffer"}, {"Tomas Brenn", auI, "the reforms were needed"},
				{"Tomas Brenn", auI, "the President had made it clear that he was for all citizens"}},
			speakers: []string{"Tomas Brenn"}})
	}
	add(auditRow{class: "remittitle/near miss, a one-word remit then the name",
		text:     "Minister of Information Tomas Brenn said that the reforms were needed.",
		want:     []quote{{"Tomas Brenn", auI, "the reforms were needed"}},
		speakers: []string{"Tomas Brenn"}})
	// reversedopen: a closing curly mark set, spaced, where the opening
	// one belongs after "said," (`said, ” Science is ...”`) opens the
	// quotation.
	for _, n := range []string{"Lena Varro", "Ivo Randell", "Sanna Kettil"} {
		add(auditRow{class: "reversedopen/" + n,
			text:     "The Kellby team found the galaxy on Tuesday.\n\nThe agency's press officer " + n + " said, ” Science is a shared effort and finds like these help us all.”",
			want:     []quote{{n, auD, "Science is a shared effort and finds like these help us all."}},
			speakers: []string{n}})
	}
	add(auditRow{class: "reversedopen/near miss, marks the right way round",
		text: "“The galaxy is far away,” Lena Varro said, “and more will follow.”",
		want: []quote{{"Lena Varro", auD, "The galaxy is far away"}, {"Lena Varro", auD, "and more will follow."}}, exact: true})
	for i := range rows {
		for prefix, why := range t3Known {
			if strings.HasPrefix(rows[i].class, prefix) {
				rows[i].known = why
			}
		}
	}
	return rows
}

// t3Known marks the rows of classes still failing, by class prefix.
var t3Known = map[string]string{}

// Mechanisms of the known failures.
const ()

func TestAuditS18T3(t *testing.T) {
	runAudit(t, "s18-t3", t3Rows(), *auditKnown)
}
