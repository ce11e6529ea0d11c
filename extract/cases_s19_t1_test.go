package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 19, helper t1: classes the engine missed on the session-18
// pool "hoB" (30 excerpts of real reporting, held out and graded blind
// twice as a total, then released for tuning; kept outside the
// repository). Every sentence here is invented: fictional people,
// bodies and places in the shapes the pool showed, with near misses that
// must not change.
//
// FIRST PASS (engine at bf4226b2, the table of 24 rows written first and
// run once): 10/24 (0.42): org-role 3/6, doc-read 4/5, demonym-person
// 2/4, coord-cue 1/4, inc-merge 0/1, a request with "to heed" 0/3,
// spokes-pronoun 0/1. On the pool itself at bf4226b2: speaker F1 0.950,
// quote recall 0.945, attribution 0.937 on its gold as annotated; 0.964,
// 0.950, 0.942 after two convention mends (an outlet's own correspondent
// "says" is the outlet's report, nobody's; a court's "finding that" is a
// nominal form, no quote).
//
// Rows added after the first pass, each class's rows seen failing before
// its fix and its near misses passing before and after: the asked person
// ("When Brandt asked X about Y, the Portuguese said"), the place before
// "and NAME has said", relative-unnamed, office-of (left known: see
// t1s19OfficeOf), ed-base, fronted-nocomma, passive-by, gerund-aside,
// cabinet-minister, apologized-fragment, fronted-means, tense-pair.
//
// AFTER this branch (16 classes, one commit each; no repository set and
// none of the twelve dev pools moved): 87/95 rows, 8 known; the pool
// 0.993 / 0.977 / 0.977 on the mended gold.

// t1s19OfficeOf is the mechanism of the office-of rows: prepCue ends the
// source at "the office", so the name after "of" is lost and, with an
// apposition after the name, the apposition is taken for the clause. A
// fix (end the source at the person's name after "the office of") passed
// these rows and moved no set or pool, but not the pool's one case (a
// surname that is a common noun), so it was left out by the keep rule.
const t1s19OfficeOf = "office-of: \"according to the office of NAME\" ends the source at \"office\" (a fix passed these rows but did not move the pool, left out)"

var t1s19Known = flag.Bool("t1s19.known", false, "TestAuditS19T1 runs its known failures too, to see which a change fixed")

// t1s19Rows crosses the pool's missed shapes with invented people.
func t1s19Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// org-role: "a BODY lawyer said" is the body's unnamed spokesman.
	type orgRole struct{ body, role string }
	for _, o := range []orgRole{
		{"Kestrel Alliance", "lawyer"},
		{"Marden Freight", "lawyer"},
		{"Tolvik Party", "official"},
		{"Orsa Workers Union", "negotiator"},
	} {
		add(auditRow{class: "org-role/" + o.role,
			text: "Riot police blocked the road to the hall on Friday.\n\n" +
				"Later a " + o.body + " " + o.role + " said there had been a mix up over the permit.",
			want: []quote{{o.body, auI, "there had been a mix up over the permit"}}})
	}
	// near misses: a named holder of the role speaks; an unowned role is nobody.
	add(auditRow{class: "org-role/named",
		text: "Riot police blocked the road on Friday.\n\n" +
			"Later a Kestrel Alliance lawyer, Ivo Brenn, said there had been a mix up over the permit.",
		want: []quote{{"Ivo Brenn", auI, "there had been a mix up over the permit"}}})
	add(auditRow{class: "org-role/unowned",
		text: "Riot police blocked the road on Friday.\n\n" +
			"Later a lawyer said there had been a mix up over the permit.",
		want: []quote{{"", auI, "there had been a mix up over the permit"}}})

	// doc-read: "..., the communication read." after "In a statement, NAME
	// has ..." is NAME's statement.
	for _, noun := range []string{"communication", "communique", "statement", "letter"} {
		add(auditRow{class: "doc-read/" + noun,
			text: "In a statement, Harbour Governor Tomas Vell has rebuked his Dunmore counterpart Ada Pirro over the marches.\n\n" +
				"Vell noted that Harbour County is the home of the port.\n\n" +
				"“Harbour has already hosted two of these marches. We have borne the cost so far,” the " + noun + " read.",
			want: []quote{{"Tomas Vell", auD, "Harbour has already hosted two of these marches. We have borne the cost so far"}}})
	}
	// near miss: a sign is nobody's.
	add(auditRow{class: "doc-read/sign",
		text: "Marchers gathered outside the Harbour County offices on Monday.\n\n" +
			"“Harbour says no,” the sign read.",
		want: []quote{{"", auD, "Harbour says no"}}})

	// demonym-person: "the Portuguese said:" after a named person is the
	// person, described by nationality, and no nation speaks.
	type dem struct{ who, short, demonym string }
	for _, p := range []dem{
		{"Marco Veloso", "Veloso", "Brazilian"},
		{"Anders Holm", "Holm", "Swede"},
		{"Tomasz Kral", "Kral", "Pole"},
		{"Luis Ferreira", "Ferreira", "Portuguese"},
	} {
		known := ""
		if p.demonym == "Pole" {
			known = "singular-demonym: a demonym noun with its own singular (\"the Pole\") is taken for a new name, not the person described"
		}
		add(auditRow{class: "demonym-person/" + p.demonym, known: known,
			text: p.who + " says he was let down by Calder Rovers.\n\n" +
				"When asked about the coach, " + p.short + ", 34, said: “I felt let down.”\n\n" +
				"When Brandt asked " + p.short + " about the new manager, the " + p.demonym + " said: “I have no respect for him.”",
			want:     []quote{{p.who, auD, "I have no respect for him."}},
			speakers: []string{p.who}})
	}

	// the asked person answers, not the one asked about.
	for _, p := range []dem{{"Marco Veloso", "Veloso", "Brazilian"}, {"Luis Ferreira", "Ferreira", "Portuguese"}, {"Aki Tanaka", "Tanaka", "Japanese"}} {
		add(auditRow{class: "demonym-person/about-" + p.demonym,
			text: p.who + " says he was let down by Calder Rovers.\n\n" +
				"When asked about the coach, " + p.short + ", 34, said: “I felt let down.”\n\n" +
				"When Brandt asked " + p.short + " about Calder manager Ivo Lind, the " + p.demonym + " said: “I have no respect for him.”",
			want:     []quote{{p.who, auD, "I have no respect for him."}},
			speakers: []string{p.who}})
	}
	// near misses: the people as a body, with no person before it in its
	// sentence, or after talks with a person of another nation.
	add(auditRow{class: "demonym-person/nation",
		text: "Luis Ferreira met the delegation on Monday.\n\n" +
			"The Portuguese said the talks had been useful.",
		want: []quote{{"Portugal", auI, "the talks had been useful"}}})
	add(auditRow{class: "demonym-person/other",
		text: "The trade talks in Velmark ended early on Monday.\n\n" +
			"After a meeting with Mayor Ada Pirro, the Chinese said the deal was off.",
		want: []quote{{"China", auI, "the deal was off"}}})

	// coord-cue: "X have said A and NAME has (reportedly) said B": the
	// second cue closes the first clause.
	type cc struct{ name, adv string }
	for _, c := range []cc{
		{"Lord Fenwick", "reportedly "},
		{"Mayor Ada Pirro", ""},
		{"the Velmark Council", "also "},
	} {
		want := []quote{
			{"Church of Calder", auI, "the policy shames the island"},
			{c.name, auM, "it is “appalling”"},
		}
		switch c.name { // the speaker's name without title or article
		case "the Velmark Council":
			want[1].speaker = "Velmark Council"
		case "Lord Fenwick":
			want[1].speaker = "Fenwick"
		case "Mayor Ada Pirro":
			want[1].speaker = "Ada Pirro"
		}
		add(auditRow{class: "coord-cue/" + c.name,
			text: "The ferry plan was approved on Monday.\n\n" +
				"Church of Calder leaders have said the policy shames the island and " + c.name + " has " + c.adv + "said privately that it is “appalling”.",
			want: want})
	}
	// the clause's last word a name before "and": the second subject
	// starts after "and", not at the first clause.
	for _, c := range []cc{{"Prince Alric", "reportedly "}, {"Mayor Ada Pirro", "also "}, {"Lord Fenwick", ""}} {
		who := map[string]string{"Prince Alric": "Alric", "Mayor Ada Pirro": "Ada Pirro", "Lord Fenwick": "Fenwick"}[c.name]
		add(auditRow{class: "coord-cue/place-" + who,
			text: "The ferry plan was approved on Monday.\n\n" +
				"Church of Calder leaders have said the policy shames Velmark and " + c.name + " has " + c.adv + "said privately that it is “appalling”.",
			want: []quote{
				{"Church of Calder", auI, "the policy shames Velmark"},
				{who, auM, "it is “appalling”"},
			}})
	}
	// near miss: a name after "and" inside the clause, no cue of its own.
	add(auditRow{class: "coord-cue/nocue",
		text: "The ferry plan was approved on Monday.\n\n" +
			"Church of Calder leaders have said the policy shames the island and Lord Fenwick has lost his seat over it.",
		want: []quote{{"Church of Calder", auI, "the policy shames the island and Lord Fenwick has lost his seat over it"}}})

	add(auditRow{class: "coord-cue/nocue-ed",
		text: "The ferry plan was approved on Monday.\n\n" +
			"Church of Calder leaders have said the policy shames the island and Lord Fenwick has resigned over it.",
		want: []quote{{"Church of Calder", auI, "the policy shames the island and Lord Fenwick has resigned over it"}}})

	// near miss: two places joined by "and" are one subject of a cue
	// with no singular auxiliary; neither speaks alone.
	add(auditRow{class: "coord-cue/joint-places",
		text: "The aid convoy waited at the border on Monday.\n\n" +
			"The Relief Office has said its trucks would not move until Tarvik and Calder signalled that the road was safe.",
		want: []quote{
			{"Relief Office", auI, "its trucks would not move until Tarvik"},
			{"", auI, "the road was safe"},
		}})

	// relative-unnamed: ", who say ..." closing another's clause after
	// unnamed people is their own report, unattributed.
	type rel struct{ people, verb string }
	for _, r := range []rel{{"campaigners", "say"}, {"residents", "said"}, {"two fishermen", "told reporters"}, {"local farmers", "have argued"}} {
		add(auditRow{class: "relative-unnamed/" + r.people,
			text: "The ferry plan was approved on Monday.\n\n" +
				"The Court of Calder ruled on Monday that the ferry could sail after a legal challenge by " + r.people + ", who " + r.verb + " the plan is unsafe.",
			want: []quote{
				{"Court of Calder", auI, "the ferry could sail after a legal challenge by " + r.people},
				{"", auI, "the plan is unsafe"},
			}})
	}
	// near misses: a relative closed by a second comma stays inside; a
	// document's relative is no speaker's.
	add(auditRow{class: "relative-unnamed/inside",
		text: "The ferry plan was approved on Monday.\n\n" +
			"The Court of Calder ruled that the residents, who said the plan was unsafe, had no standing.",
		want: []quote{{"Court of Calder", auI, "the residents, who said the plan was unsafe, had no standing"}}})
	add(auditRow{class: "relative-unnamed/which",
		text: "The ferry plan was approved on Monday.\n\n" +
			"The Court of Calder ruled that the ferry could sail under the new rules, which say crews must be licensed.",
		want: []quote{{"Court of Calder", auI, "the ferry could sail under the new rules, which say crews must be licensed"}}})

	// office-of: "according to the office of NAME, APPOSITION" is NAME's,
	// and the clause before the cue is what the office said.
	for _, who := range []string{"Ivo Brenn", "Mara Quell", "Tomas Vell"} {
		for _, appos := range []string{", the U.S. attorney for the Northern District of Calder.", "."} {
			add(auditRow{class: "office-of/" + who + appos[:1], known: t1s19OfficeOf,
				text: "A former partner at a Calder law firm got five years in prison.\n\n" +
					"The lawyer, Joel Marsh, 46, was sentenced on Tuesday on charges of bribery, according to the office of " + who + appos,
				want: []quote{{who, auI, "The lawyer, Joel Marsh, 46, was sentenced on Tuesday on charges of bribery"}}})
		}
	}
	add(auditRow{class: "office-of/Town",
		known: "common-surname: \"Jay Town\", a surname that is a common noun, is not read as a person",
		text: "A former partner at a Calder law firm got five years in prison.\n\n" +
			"The lawyer, Joel Marsh, 46, was sentenced on Tuesday on charges of bribery, according to the office of Jay Town, the U.S. attorney for the district.\n\n" +
			"“Marsh was too clever by half,” Town said in a statement.",
		want: []quote{
			{"Jay Town", auI, "The lawyer, Joel Marsh, 46, was sentenced on Tuesday on charges of bribery"},
			{"Jay Town", auD, "Marsh was too clever by half"},
		}})
	// near misses: an office with no name, and a body called an office.
	add(auditRow{class: "office-of/unnamed",
		text: "A former partner at a Calder law firm got five years in prison.\n\n" +
			"The lawyer, Joel Marsh, 46, was sentenced on Tuesday on charges of bribery, according to the office of the district attorney.",
		want: []quote{{"", auI, "The lawyer, Joel Marsh, 46, was sentenced on Tuesday on charges of bribery"}}})
	add(auditRow{class: "office-of/body",
		text: "A former partner at a Calder law firm got five years in prison.\n\n" +
			"The lawyer, Joel Marsh, 46, was sentenced on Tuesday on charges of bribery, according to the Calder Office of Public Prosecutions.",
		want: []quote{{"Calder Office of Public Prosecutions", auI, "The lawyer, Joel Marsh, 46, was sentenced on Tuesday on charges of bribery"}}})

	// inc-merge: "Velto" first and "Velto Inc." later are one company,
	// whichever form names the speaker.
	for _, co := range []struct{ bare, full string }{{"Velto", "Velto Inc."}, {"Marrow", "Marrow Corp."}, {"Quillstone", "Quillstone Ltd."}} {
		add(auditRow{class: "inc-merge/" + co.bare,
			text: co.bare + " found a way to divert attention from its chief executive on Tuesday.\n\n" +
				"A day after the chief executive left, " + co.full + " beat estimates with record revenue.\n\n" +
				co.bare + "'s profit rose 40% to $2 billion, the Tarrow company said.\n\n" +
				co.bare + " said it would beat forecasts for the next quarter.",
			want: []quote{
				{co.full, auI, co.bare + "'s profit rose 40% to $2 billion"},
				{co.full, auI, "it would beat forecasts for the next quarter"},
			},
			speakers: []string{co.full}})
	}
	// near misses: a person of that one word, and a place, are not the company.
	add(auditRow{class: "inc-merge/person",
		text: "Tomas Velto said on Monday that he would retire.\n\n" +
			"Velto said the firm he founded, Velto Inc., would be sold.\n\n" +
			"Velto Inc. said it would keep its 200 workers.",
		want: []quote{
			{"Tomas Velto", auI, "the firm he founded, Velto Inc., would be sold"},
			{"Velto Inc.", auI, "it would keep its 200 workers"},
		},
		speakers: []string{"Tomas Velto", "Velto Inc."}})

	// fronted-nocomma: a fronted clause of time that lost its comma
	// before the main clause ("As the officers approached him he
	// continued to yell, police said") is part of what is reported.
	for _, t := range []struct{ text, speaker, want string }{
		{"As the officers approached him he continued to yell, police said.", "", "As the officers approached him he continued to yell"},
		{"When the crews arrived they found the house empty, the Carrow Fire Service said.", "Carrow Fire Service", "When the crews arrived they found the house empty"},
		{"After the vote ended she left the hall without a word, aides to Mayor Ada Pirro said.", "", "After the vote ended she left the hall without a word"},
		{"Once the water receded we counted forty damaged homes, Tomas Vell said.", "Tomas Vell", "Once the water receded we counted forty damaged homes"},
	} {
		add(auditRow{class: "fronted-nocomma/" + t.want[:4],
			text: "Floodwater rose through Carrow on Sunday.\n\n" + t.text,
			want: []quote{{t.speaker, auI, t.want}}})
	}
	// near misses: a fronted clause alone sets the scene and reports
	// nothing, its pronoun after a subordinator or not.
	for _, scene := range []string{"After the bridge was shut, residents complained.", "When the crews arrived because they were called, residents complained."} {
		add(auditRow{class: "fronted-nocomma/scene",
			text:  "Floodwater rose through Carrow on Sunday.\n\n" + scene,
			exact: true})
	}

	// passive-by: "X was compounded, he said, by Y": the cue splits the
	// clause, and what is reported is the part after it.
	for _, t := range []struct{ before, after string }{
		{"That was compounded", "by continued softness in the Velmark market"},
		{"The delay was caused", "by a shortage of parts"},
		{"The losses were deepened", "by weaker sales in the north"},
	} {
		add(auditRow{class: "passive-by/" + t.before[4:9],
			text: "Sales at Marrow Corp. fell in the quarter.\n\n" +
				"The chairman, Ivo Brenn, said the company had expected some slowdown. " + t.before + ", he said, " + t.after + ".",
			want: []quote{{"Ivo Brenn", auI, "the company had expected some slowdown"}, {"Ivo Brenn", auI, t.after}}})
	}
	// near miss: no agent after the cue; the clause before is reported.
	add(auditRow{class: "passive-by/reason",
		text: "Sales at Marrow Corp. fell in the quarter.\n\n" +
			"The bridge was closed, Ivo Brenn said, because of the storm.",
		want: []quote{{"Ivo Brenn", auI, "The bridge was closed"}}})

	// gerund-aside: a gerund subject after the cue whose verb comes after
	// an aside between dashes ("said holding a meeting with the group -
	// formed to mediate - would benefit talks").
	for _, t := range []struct{ ger, aside, verb string }{
		{"holding a meeting with all 11 members of the Velmark group", " - formed to mediate the conflict and led by Calder - ", "would benefit the talks"},
		{"opening the border to traders", " — a step the council resisted for years — ", "could ease the shortages"},
		{"raising the levy on ferries", " -- first proposed in 2019 -- ", "will fund the new harbour"},
	} {
		add(auditRow{class: "gerund-aside/" + t.ger[:4],
			text: "Talks resumed in Tarrow on Tuesday.\n\n" +
				"Speaking at a news conference with his counterpart Ada Pirro, Ivo Brenn said " + t.ger + t.aside + t.verb + ".",
			want: []quote{{"Ivo Brenn", auI, t.ger + t.aside + t.verb}}})
	}
	// near miss: a participle after the cue, no subject, reports nothing of its own.
	add(auditRow{class: "gerund-aside/participle",
		text: "Talks resumed in Tarrow on Tuesday.\n\n" +
			"Ivo Brenn left the hall on Tuesday, saying nothing - as his aides had advised - to the press.",
		exact: true})

	// cabinet-minister: "a Cabinet minister has told X" in the lead is the
	// secretary named next.
	for _, title := range []string{"the work and pensions secretary", "the home secretary", "the chancellor", "the transport minister"} {
		add(auditRow{class: "cabinet-minister/" + title[4:8],
			text: "The government will appeal against the ruling and is “highly confident” the next ferry will sail, a Cabinet minister has told Calder News.\n\n" +
				"Ada Pirro, " + title + ", said the public would be surprised by the ruling.",
			want: []quote{
				{"Ada Pirro", auM, "The government will appeal against the ruling and is “highly confident” the next ferry will sail"},
				{"Ada Pirro", auI, "the public would be surprised by the ruling"},
			}})
	}
	// near miss: a plain minister is no secretary.
	add(auditRow{class: "cabinet-minister/minister",
		text: "The government will appeal against the ruling, a senior minister has told Calder News.\n\n" +
			"Ada Pirro, the work and pensions secretary, said the public would be surprised by the ruling.",
		want: []quote{
			{"", auI, "The government will appeal against the ruling"},
			{"Ada Pirro", auI, "the public would be surprised by the ruling"},
		}})

	// apologized-fragment: a phrase quoted in the object of "apologized
	// for" is the subject's own words, as after "blamed" or "denounced".
	for _, t := range []struct{ verb, frag string }{
		{"apologized on Wednesday for covering up the", "dirty deeds"},
		{"apologised to voters for the", "mistakes of the past"},
		{"apologized for his", "reckless words"},
	} {
		add(auditRow{class: "apologized-fragment/" + t.frag[:4],
			text: "The trial ended in Tarrow on Wednesday.\n\n" +
				"Ivo Brenn, the former aide, " + t.verb + " “" + t.frag + "” of his former boss.",
			want: []quote{{"Ivo Brenn", auD, t.frag}}})
	}
	// near miss: the phrase in a later sentence, with no one judging it,
	// is not the apologizer's (a scare term: no quote at all).
	add(auditRow{class: "apologized-fragment/later",
		text: "The trial ended in Tarrow on Wednesday.\n\n" +
			"Ivo Brenn, the former aide, apologized on Wednesday. The “dirty deeds” were first reported by the Calder Gazette in May.",
		exact: true})

	// fronted-means: "A day after NAME stunned X by announcing Y, MAIN":
	// the report ends at the fronted clause's comma and is NAME's.
	for _, lead := range []string{"A day after", "Two weeks before", "Hours after", "After"} {
		add(auditRow{class: "fronted-means/" + lead,
			text: "Shares of Velto rose on Tuesday.\n\n" +
				lead + " Ivo Brenn stunned investors by announcing he was taking medical leave, Velto Inc. beat estimates with record revenue.",
			want: []quote{{"Ivo Brenn", auI, "he was taking medical leave"}}})
	}
	// near misses: the means of the main clause is its subject's.
	add(auditRow{class: "fronted-means/main",
		text: "Shares of Velto rose on Tuesday.\n\n" +
			"After the vote, Velto Inc. stunned investors by announcing it would close two plants.",
		want: []quote{{"Velto Inc.", auI, "it would close two plants"}}})
	add(auditRow{class: "fronted-means/plain",
		text: "Shares of Velto rose on Tuesday.\n\n" +
			"Ivo Brenn stunned investors by announcing he was taking medical leave.",
		want: []quote{{"Ivo Brenn", auI, "he was taking medical leave"}}})

	// tense-pair: after a cue in the past, "X vindicates Y and shows that
	// Z" is one reported clause with two verbs in the present.
	for _, t := range []string{
		"the low turnout vindicates his party and shows that voters have no confidence in the government",
		"the ruling confirms his view and proves the council acted unlawfully",
		"the new survey supports their case and suggests that the reef is recovering",
	} {
		add(auditRow{class: "tense-pair/" + t[4:9],
			text: "Turnout was low in Tarrow on Saturday.\n\n" +
				"Speaking to reporters on Sunday, Ivo Brenn said " + t + ".",
			want: []quote{{"Ivo Brenn", auI, t}}})
	}
	// near misses: the cue's subject's own second verb, past or present.
	add(auditRow{class: "tense-pair/added",
		text: "Turnout was low in Tarrow on Saturday.\n\n" +
			"Ivo Brenn said the turnout proves his point and added that he would stand again.",
		want: []quote{{"Ivo Brenn", auI, "the turnout proves his point"}, {"Ivo Brenn", auI, "he would stand again"}}})
	add(auditRow{class: "tense-pair/says",
		text: "Turnout was low in Tarrow on Saturday.\n\n" +
			"Ivo Brenn says the turnout proves his point and warns that he will stand again.",
		want: []quote{{"Ivo Brenn", auI, "the turnout proves his point"}, {"Ivo Brenn", auI, "he will stand again"}}})

	// ed-base: an infinitive whose plain form ends in "-ed" ("to heed",
	// "to proceed") is a request's, not a participle.
	for _, subj := range []string{"The Carrow Council", "Officials", "Police"} {
		for _, inf := range []string{"heed the evacuation orders", "proceed to higher ground", "feed the animals before leaving"} {
			speaker := ""
			if subj == "The Carrow Council" {
				speaker = "Carrow Council"
			}
			add(auditRow{class: "ed-base/" + subj + "/" + inf[:4],
				text: "Floodwater rose through Carrow on Sunday.\n\n" +
					subj + " urged residents to " + inf + ".",
				want: []quote{{speaker, auI, "residents to " + inf}}})
		}
	}
	// near misses: a participle after "to" is no infinitive.
	add(auditRow{class: "ed-base/participle",
		text: "Floodwater rose through Carrow on Sunday.\n\n" +
			"The Carrow Council said the road to flooded farms was closed.",
		want: []quote{{"Carrow Council", auI, "the road to flooded farms was closed"}}, exact: true})

	// spokes-pronoun: "he said" after "He denied" whose "he" is a body's
	// unnamed spokesman stays the body's.
	for _, sp := range []struct{ role, pron, body string }{
		{"spokesman", "he", "Harlow Office"},
		{"spokeswoman", "she", "Harlow Office"},
		{"spokesman", "he", "Velmark Water Board"},
	} {
		up := strings.ToUpper(sp.pron[:1]) + sp.pron[1:]
		add(auditRow{class: "spokes-pronoun/" + sp.pron,
			text: "Interior Minister Halvard Ostrem said he was “deeply concerned” by the ruling. “This measure is an important part of our reforms,” he said.\n\n" +
				"A " + sp.body + " " + sp.role + " said the government needed time to consider its position.\n\n" +
				up + " denied that the government planned to leave the treaty. “We cannot leave any part of it,” " + sp.pron + " said.",
			want: []quote{
				{sp.body, auI, "the government planned to leave the treaty"},
				{sp.body, auD, "We cannot leave any part of it"},
			}})
	}
	// near miss: the chain of a named person stays his.
	add(auditRow{class: "spokes-pronoun/person",
		text: "A Harlow Office spokesman said the government needed time to consider its position.\n\n" +
			"Interior Minister Halvard Ostrem said he was “deeply concerned” by the ruling.\n\n" +
			"He denied that the government planned to leave the treaty. “We cannot leave any part of it,” he said.",
		want: []quote{
			{"Halvard Ostrem", auI, "the government planned to leave the treaty"},
			{"Halvard Ostrem", auD, "We cannot leave any part of it"},
		}})

	return rows
}

func TestAuditS19T1(t *testing.T) { runAudit(t, "t1s19", t1s19Rows(), *t1s19Known) }
