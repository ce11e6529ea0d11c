package extract_test

import (
	"strings"
	"testing"
)

// The session 14 audit e2 of QUOTE RECALL: a document, a study or a
// filing as the speaker of an inverted cue after the reported clause
// ("..., says a report by the Tarrow Water Board."), and the same
// document with its source before the verb ("..., a report by the Tarrow
// Water Board says."). Grouping the dev sets' recall misses found a
// report's inverted "says" left out (pages dev: "..., says a report
// highlighting ..."); probed, every inverted document failed. Batches 2
// to 12 take the next classes of the same grouping (dev misses of
// Wikinews realnews, pages, feed and fictional dev only). Every body,
// place and clause is invented.
//
// OVERALL FIRST PASS (each of the thirteen batches run once as written,
// before its fix): 73/256 (0.29). FINAL: 254/269 pass (13 rows were
// written beside the fixes), 15 known failures by mechanism.
//
// FIRST PASS (engine at f241247, the whole table run once as written, 55
// rows): 15/55 (0.27).
//   docby 3/12  invdoc 1/15  invdocby 0/12  invdocmod 0/5  near 9/9
//   quoted 2/2
// Every inverted document failed but "warns the filing" ("filing" read
// as no document, the clause kept by chance); "..., says a new report."
// even took "a new report" for the clause. Before the verb, "a report
// by X says" lost the clause ("by" ended the subject phrase, so the
// words between the comma and the body were no subject's); "a study
// from X says" passed.
// After the fix, rows written beside it (not in the first pass): the
// author named below ("The report by X claims ..." in the next
// paragraph gives the inverted document its author, as the pages' dev-k
// lead has it) and near misses where a document after "said" opens the
// clause ("said the measurements covered only part of it"), which a
// participle modifier must not swallow.
// FIRST PASS, batch 2 (postmod: a plural subject of people with a
// modifier after its head, then a speech verb's base form; 33 rows, and 7
// near misses): 3/33, near 7/7. Only "Sources close to the board say",
// "Critics of the plan argue that" and "Critics of the plan insist"
// passed: an adjective before "to"/"with" ("close to", "familiar with"),
// a participle in -ing ("organising the march"), "who" and its clause,
// and a noun that can be a verb after its article ("the plan") each
// stopped the walk back to the head. The bare "warn" rows were the
// table's fault ("warn rents rose" reads "rents" as the hearer): they
// became "warn that" before the fix. "Those helping the Pellan campaign
// say" then credited the campaign (a body's noun after its name, outside
// its chunk); fixed too. Near misses written beside the fix: "Those who
// acknowledge that ... regretted" (the relative's own verb, found in the
// pages' dev-h as a false quote by the first version of the fix).
// FIRST PASS, batch 3 (base: 24 rows, and 10 near misses): 0/24, near
// 10/10; eighteen speech verbs known in -s, -ed and -ing had no base
// form, so a plural's present ("Critics assert that") was no cue.
// "agree" and "concur" stay out on purpose (the pages' gold gives
// "Experts agree" nothing), as do "comment", "highlight", "hint",
// "fret", "vow", "pledge" and "promise", nouns or plans as often.
// FIRST PASS, batch 4 (people: 10 rows, and 4 near misses): 0/10, near
// 4/4; plurals in -ists and -ians the lexicon lacks ("theorists",
// "motorists", "civilians") were no subject for a base form. Batches 3
// and 4 together found the pages' dev-k "Some theorists assert that".
// FIRST PASS, batch 5 (saidand: 22 rows, and 2 near misses): 0/22, near
// 2/2; a cue after the clause and its comma, then "and" (another
// source, "videos showed", or the speaker's next act, "left the room"),
// lost the clause before: only the end of the sentence, a comma or a
// dash after the cue handed back to it.
// FIRST PASS, batch 6 (credit: 7 rows, and 5 near misses): 0/7, near
// 5/5; a sentence with no cue, then "That is the view of X" (or "So says
// X", "That is what X told ...") in the next, was nobody's: the credit
// was read only after a standalone quotation (laterCredit).
// FIRST PASS, batch 7 (naming: 10 rows, and 2 near misses): 6/10, near
// 1/2; ", called Harbour First," and ", dubbed ...," inside a reported
// clause were read as an inverted cue and its speaker, cutting the
// clause at the comma ("named", "nicknamed", "titled" passed). The near
// miss that failed, ", said Ida Brenn, the harbour master." (the whole
// sentence taken, the unknown "harbour master" apposition), is another
// mechanism: the row now says "the mayor" and the other is left for a
// later audit.
// FIRST PASS, batch 8 (doctime: 6 rows, and a near miss): 1/6, near 0/1;
// with the fix the lead applied after the merge (findSubject reads back
// over the time, and over "in" and its journal, to the participle and its
// document; it changed the ranker's examples, so the branch left it) 5/6,
// near 1/1, and the fictional dev's last missed quote found
// (the near miss was the table's: "said X, and Y was ..." is one quote
// by the rules; it became a text with no clause). A document with a
// participle and a time ("a study published this week (in the journal
// Boreal Notes) has found") after the clause took the time for the
// subject; "a report released last month" passed. The fix is not kept
// (e2DocTimeRanker); its rows stay known.
// FIRST PASS, batch 9 (passive: 18 rows, and 6 near misses): 0/18, near
// 6/6; a passive hearer with a "that" clause and no teller ("the
// audience was told that", "Officials were informed that", which the
// pages' gold makes null quotes) was no cue but for a jury or a court.
// The three rows with a named hearer ("Ida Brenn was told that") became
// near misses: the older audits (TestIndirectS7Cases, TestIndirectS9Cases)
// keep "Brenn was told that he had been sacked" and "after being told
// that" unquoted, news the hearer learnt.
// FIRST PASS, batch 10 (adverbing: 7 rows, and 3 near misses): 1/7,
// near 3/3; a speech participle after a comma and an adverb in -ly the
// lexicon lacks ("..., eventually confirming that") was no cue
// ("subsequently" passed), and "express" and "voice" had no base form.
// The first is fixed; the second is not kept (e2ExpressBase).
// FIRST PASS, batch 11 (gap: 5 rows, and 3 near misses): 0/5, near 3/3;
// after a cue inside a relative clause whose subject is gapped, a verb
// in the present's -s ("which she said cuts costs") was not read as the
// clause's verb, and a relative with no pronoun ("attack code he said
// exploits the flaw") was no gap at all.
// FIRST PASS, batch 12 (esplural: 6 rows, and 3 near misses): 0/6, near
// 3/3; a plural in -es or -ves stripped only its "s" before the lexicon
// was asked ("coache", "bosse"). Three stay known: their singulars are
// no roles in the lexicon (e2NoRoleSingular).
// FIRST PASS, batch 13 (invappos: 6 rows, and a near miss): 2/6, near
// 1/1; the fix moved no set and is not kept (e2InvApposVerbNoun).

// e2PhrasalParticiple is the mechanism of the doctime row left failing.
const e2PhrasalParticiple = "phrasal-participle: \"..., a survey carried out last year found\": a participle with its particle before the time is not read back to the document (\"published earlier this month\" is)"

// e2ExpressBase is the mechanism of the adverbing rows left failing.
const e2ExpressBase = "express-base: \"express\" and \"voice\" have no base form, so \"Police officers express frustration that\" is no cue; giving them one passed 3/3 and found a pages dev-e quote (recall 0.965 -> 0.969) but cost RealnewsHalves dev-l attribution 0.926 -> 0.907 and changed the ranker's training examples: not kept"

// e2NoRoleSingular is the mechanism of the esplural rows left failing.
const e2NoRoleSingular = "no-role-singular: the singular (\"waitress\", \"wife\", \"thief\") is no role in the lexicon, so its plural in -es or -ves is no people either; a lexicon matter, left"

// e2InvApposVerbNoun is the mechanism of the invappos rows left failing.
const e2InvApposVerbNoun = "invappos-verbnoun: \"..., said Ida Brenn, the harbour master.\": an apposition with \"the\" whose head is also a verb (\"master\", \"host\", \"lead\") is read as a clause after a parenthetical cue, and the whole sentence, cue and all, is quoted; the fix (after an inverted cue's named speaker, \"the\" and up to four plain lower-case words to the sentence's end are an apposition) passed 8/8 but moved no set, so it is not kept"

func TestAuditS14E2(t *testing.T) {
	runAudit(t, "s14e2", e2Rows(), *auditKnown)
}

// e2Clauses are the reported clauses, each with a capitalised opening.
var e2Clauses = []string{
	"The old ferry pier will stay closed until May",
	"Thousands of nurses are being treated as second-class staff",
	"Rents in Marlow rose by a fifth last year",
}

// e2Rows: "invdoc" is a clause, a comma and an inverted cue whose subject
// is an unnamed document ("says a new report", "warns the study");
// "invdocby" the same with the body that wrote it ("says a report by the
// Tarrow Water Board"), which speaks; "docby" the body's document before
// the verb ("a report by the Tarrow Water Board says"); "invdocmod" a
// document with a modifier that names no speaker ("a study published in
// Lancet"); "near" texts that must keep their figures.
func e2Rows() []auditRow {
	rows := []auditRow{}
	docs := []string{"a report", "a new report", "the report", "a study", "the study", "a new survey",
		"the letter", "the filing", "the statement", "the ruling", "an internal memo", "the audit"}
	verbs := []string{"says", "said", "warns", "concludes", "notes"}
	for i, d := range docs {
		c := e2Clauses[i%len(e2Clauses)]
		v := verbs[i%len(verbs)]
		rows = append(rows, auditRow{class: "invdoc/" + v + " " + d, text: c + ", " + v + " " + d + ".",
			want: []quote{{"", auI, c}}, exact: true})
	}
	// Plural documents take the plural verb.
	for i, d := range []string{"court papers", "new figures", "the minutes"} {
		c := e2Clauses[i%len(e2Clauses)]
		rows = append(rows, auditRow{class: "invdoc/say " + d, text: c + ", say " + d + ".",
			want: []quote{{"", auI, c}}, exact: true})
	}
	bodies := []struct{ phrase, name string }{
		{"the Tarrow Water Board", "Tarrow Water Board"},
		{"the Pellan Institute", "Pellan Institute"},
		{"Marlow City Council", "Marlow City Council"},
	}
	for i, b := range bodies {
		for j, d := range []string{"a report", "a new study", "a letter"} {
			c := e2Clauses[(i+j)%len(e2Clauses)]
			for _, by := range []string{"by", "from"} {
				if by == "from" && j != 1 {
					continue
				}
				rows = append(rows,
					auditRow{class: "invdocby/says " + d + " " + by, text: c + ", says " + d + " " + by + " " + b.phrase + ".",
						want: []quote{{b.name, auI, c}}, exact: true},
					auditRow{class: "docby/" + d + " " + by + " says", text: c + ", " + d + " " + by + " " + b.phrase + " says.",
						want: []quote{{b.name, auI, c}}, exact: true})
			}
		}
	}
	for i, d := range []string{"a study published in Lancet", "a survey of 2,000 nurses", "a review commissioned by the council",
		"a report highlighting the rise of short contracts", "a study released on Monday"} {
		c := e2Clauses[i%len(e2Clauses)]
		rows = append(rows, auditRow{class: "invdocmod/" + d, text: c + ", says " + d + ".",
			want: []quote{{"", auI, c}}, exact: true})
	}
	// The same documents beside a quotation, which already passed.
	rows = append(rows,
		auditRow{class: "quoted/says the report", text: "“The pier is unsafe,” says the report.",
			want: []quote{{"", auD, "The pier is unsafe"}}, exact: true},
		auditRow{class: "quoted/says a report by", text: "“The pier is unsafe,” says a report by the Tarrow Water Board.",
			want: []quote{{"Tarrow Water Board", auD, "The pier is unsafe"}}, exact: true})
	// Near misses: "says" with a clause after it whose subject is a
	// document; a document as an object; titles; the noun "report".
	near := []string{
		"The pier closed in March, and Ida Brenn says a report will follow in May.",
		"Ida Brenn says a report by the Tarrow Water Board is due in May.",
		"After the pier closed, a report by the Tarrow Water Board was published.",
		"The pier closed in March, a month before the report was due.",
		"The council met on Tuesday, the day the report was published.",
		"The pier closed in March, says nothing about the budget, and stays shut.",
		"Ida Brenn read the report, a study of the pier, on Monday.",
		"The board published “Tides and Piers”, a study of the harbour, in May.",
		"Ida Brenn, who wrote the report, left the board in May.",
	}
	// The author named in a paragraph below.
	for _, b := range bodies {
		c := e2Clauses[1]
		rows = append(rows, auditRow{class: "later/author below",
			text: c + ", says a new report.\n\nThe report by " + b.phrase + " claims wards have been left short of staff.",
			want: []quote{{b.name, auI, c}, {b.name, auI, "wards have been left short of staff"}}, exact: true})
	}
	rows = append(rows,
		auditRow{class: "later/near: a person below",
			text: e2Clauses[1] + ", says a new report.\n\nIda Brenn, a ward nurse, said wards have been left short of staff.",
			want: []quote{{"", auI, e2Clauses[1]}, {"Ida Brenn", auI, "wards have been left short of staff"}}, exact: true},
		auditRow{class: "later/near: another document below",
			text: e2Clauses[1] + ", says a new report.\n\nThe survey by the Pellan Institute found wards have been left short of staff.",
			want: []quote{{"", auI, e2Clauses[1]}, {"Pellan Institute", auI, "wards have been left short of staff"}}, exact: true})
	for _, n := range []struct{ text, clause string }{
		{"Professor Ida Brenn, who studies tides at Marlow, said the measurements covered only a small part of one pier.", "the measurements covered only a small part of one pier"},
		{"Ida Brenn said the measurements taken in May covered only a small part of one pier.", "the measurements taken in May covered only a small part of one pier"},
		{"Ida Brenn said the figures released last week showed a drop in rents.", "the figures released last week showed a drop in rents"},
		{"Ida Brenn said the report published by the board was wrong.", "the report published by the board was wrong"},
		{"Ida Brenn said the study found nothing new.", "the study found nothing new"},
	} {
		rows = append(rows, auditRow{class: "near/said DOC clause", text: n.text, want: []quote{{"Ida Brenn", auI, n.clause}}, exact: true})
	}
	// Batch 2, "postmod": a plural subject of people with a modifier
	// after its head ("People close to the mayor", "Those organising the
	// march", "Residents who live near the dam") before a speech verb's
	// base form; nobody named speaks, not the modifier's object.
	postmod := []string{
		"People close to the mayor", "Sources close to Ida Brenn", "People familiar with the talks",
		"Those loyal to the mayor", "Those organising the march", "Doctors working in the wards",
		"Those helping the Pellan campaign", "Those who organised the march", "Residents who live near the dam",
		"Farmers who lost crops in the flood", "Critics of the plan",
	}
	pmVerbs := []string{"say", "argue that", "warn that", "insist", "predict that", "claim"}
	for i, subj := range postmod {
		for j := 0; j < 3; j++ {
			v := pmVerbs[(i+j)%len(pmVerbs)]
			c := strings.ToLower(e2Clauses[(i+j)%len(e2Clauses)][:1]) + e2Clauses[(i+j)%len(e2Clauses)][1:]
			rows = append(rows, auditRow{class: "postmod/" + v, text: subj + " " + v + " " + c + ".",
				want: []quote{{"", auI, c}}, exact: true})
		}
	}
	for _, n := range []string{
		"People close to the mayor report to the council every week.",
		"Those working on the pier claim overtime pay from the council.",
		"Doctors working in the wards stress the need for rest.",
		"People living close to the river note the water level every day.",
		"Those organising the march point to the cost of the pier.",
		"Residents who live near the dam answer the phones at the depot.",
		"Sources of income for farmers who lost crops in the flood report little change.",
		"Those who acknowledge that the pier was a mistake regretted the cost of the ferry.",
		"Residents who insist the dam is safe ignored the warnings of the Pellan Institute.",
	} {
		rows = append(rows, auditRow{class: "postmod/near", text: n, exact: true})
	}
	// Batch 3, "base": a speech verb the lexicon knew only in -s, -ed and
	// -ing ("asserts", "asserted") in its base form after a plural
	// subject ("Critics assert that ...", "Some scientists reckon ...").
	baseVerbs := []string{"assert", "emphasise", "emphasize", "underline", "underscore", "recall", "speculate",
		"lament", "testify", "reiterate", "reckon", "posit", "theorise", "hypothesise", "disclose", "remark",
		"affirm", "attest"}
	baseSubjects := []string{"Critics", "Some scientists", "Local residents"}
	for i, v := range baseVerbs {
		c := strings.ToLower(e2Clauses[i%len(e2Clauses)][:1]) + e2Clauses[i%len(e2Clauses)][1:]
		subj := baseSubjects[i%len(baseSubjects)]
		rows = append(rows, auditRow{class: "base/" + v + " that", text: subj + " " + v + " that " + c + ".",
			want: []quote{{"", auI, c}}, exact: true})
		if i%3 == 0 {
			rows = append(rows, auditRow{class: "base/" + v, text: "But " + strings.ToLower(subj[:1]) + subj[1:] + " " + v + " " + c + ".",
				want: []quote{{"", auI, c}}, exact: true})
		}
	}
	for _, n := range []string{
		"Critics will assert that the old ferry pier is safe.",
		"Local residents plan to testify that the pier is unsafe.",
		"Local residents recall the flood of 1990.",
		"Witnesses testify before the Marlow court on Monday.",
		"Fans lament the loss of the old ferry pier.",
		"The recall that cost Pellan Motors millions ended in May.",
		"Experts agree that the old ferry pier is unsafe.",
		"Some scientists concur that the old ferry pier is unsafe.",
		"The remark that the pier was unsafe angered Ida Brenn.",
		"Both reports underline the cost of the pier.",
	} {
		rows = append(rows, auditRow{class: "base/near", text: n, exact: true})
	}
	// Batch 4, "people": a plural noun for people in -ists or -ians the
	// lexicon does not list ("theorists", "motorists", "civilians") as
	// the subject of a speech verb's base form.
	for i, n := range []string{"theorists", "environmentalists", "nationalists", "conservationists", "motorists",
		"civilians", "custodians", "dietitians", "academicians", "loyalists"} {
		c := strings.ToLower(e2Clauses[i%len(e2Clauses)][:1]) + e2Clauses[i%len(e2Clauses)][1:]
		v := []string{"argue that", "say", "insist that", "claim"}[i%4]
		rows = append(rows, auditRow{class: "people/" + n, text: "Many " + n + " " + v + " " + c + ".",
			want: []quote{{"", auI, c}}, exact: true})
	}
	for _, n := range []string{
		"The old ferry pier persists in local memory.",
		"Ida Brenn insists on a vote.",
		"The council checklists show the pier was unsafe.",
		"The shortlists claim little space in the report.",
	} {
		rows = append(rows, auditRow{class: "people/near", text: n, exact: true})
	}
	// Batch 5, "saidand": a cue after the clause and its comma, then
	// "and" and a second source or a second verb ("..., residents said
	// and videos showed.", "..., Ida Brenn said and added that ...").
	for i, src := range []struct{ phrase, name string }{
		{"residents", ""}, {"police", ""}, {"Ida Brenn", "Ida Brenn"}, {"the Tarrow Water Board", "Tarrow Water Board"},
	} {
		for j, second := range []string{"videos showed", "records show", "witnesses confirmed", "footage from the scene showed", "left the room"} {
			c := e2Clauses[(i+j)%len(e2Clauses)]
			rows = append(rows, auditRow{class: "saidand/" + second, text: c + ", " + src.phrase + " said and " + second + ".",
				want: []quote{{src.name, auI, c}}, exact: true})
		}
	}
	rows = append(rows,
		auditRow{class: "saidand/added that", text: e2Clauses[0] + ", Ida Brenn said and added that the ferry would run in June.",
			want: []quote{{"Ida Brenn", auI, e2Clauses[0]}, {"Ida Brenn", auI, "the ferry would run in June"}}, exact: true},
		auditRow{class: "saidand/named second", text: e2Clauses[1] + ", Ida Brenn said and Omar Pell confirmed.",
			want: []quote{{"", auI, e2Clauses[1]}}, exact: true},
		auditRow{class: "saidand/near: a scene", text: "In May, Ida Brenn said and did little about the pier.", exact: true},
		auditRow{class: "saidand/near: no clause", text: "Ida Brenn, the mayor, said and did little about the pier.", exact: true},
	)
	// Batch 6, "credit": a sentence that reports, then one that points
	// back and names who said it ("That is the view of harbour master Ida
	// Brenn.", "That was the stark warning from the Tarrow Water Board."),
	// in the same paragraph or opening the next.
	credits := []struct{ text, name string }{
		{"That is the view of harbour master Ida Brenn.", "Ida Brenn"},
		{"That was the stark warning from the Tarrow Water Board on Monday.", "Tarrow Water Board"},
		{"That is the conclusion of the Pellan Institute.", "Pellan Institute"},
		{"That was the message from Ida Brenn.", "Ida Brenn"},
		{"That's the verdict of Omar Pell, a Marlow councillor.", "Omar Pell"},
		{"So says Ida Brenn, the harbour master.", "Ida Brenn"},
		{"That is what Ida Brenn told the council on Monday.", "Ida Brenn"},
	}
	for i, cr := range credits {
		c := e2Clauses[i%len(e2Clauses)]
		sep := " "
		if i%2 == 1 {
			sep = "\n\n"
		}
		rows = append(rows, auditRow{class: "credit/" + strings.Join(strings.Fields(cr.text)[:4], " "), text: c + "." + sep + cr.text,
			want: []quote{{cr.name, auI, c}}, exact: true})
	}
	for _, n := range []string{
		"The old ferry pier closed in May. That was the view of the harbour from the hill.",
		"The old ferry pier closed in May. That is the view of Tarrow from the pier.",
		"The old ferry pier closed in May. That was the decision of Marlow City Council.",
		"Rents in Marlow rose by a fifth. That was the year Ida Brenn became mayor.",
	} {
		rows = append(rows, auditRow{class: "credit/near", text: n, exact: true})
	}
	rows = append(rows, auditRow{class: "credit/near: its own cue",
		text: "Ida Brenn said the old ferry pier would stay closed until May. That is the view of Omar Pell too.",
		want: []quote{{"Ida Brenn", auI, "the old ferry pier would stay closed until May"}}, exact: true})
	// Batch 7, "naming": a participle that names the noun before it, set
	// off by commas inside a reported clause ("a new fund, called Harbour
	// First, to pay for repairs"), is no inverted cue ending the clause.
	for i, nm := range []string{"called", "dubbed", "named", "nicknamed", "titled"} {
		for j, sp := range []struct{ intro, name string }{{"Ida Brenn", "Ida Brenn"}, {"Marlow City Council", "Marlow City Council"}} {
			c := []string{
				"the board had set up a new fund, " + nm + " Harbour First, to pay for repairs",
				"the team had begun a second study, " + nm + " Tidewatch, in which 200 boats carry sensors",
			}[(i+j)%2]
			rows = append(rows, auditRow{class: "naming/" + nm, text: sp.intro + " said " + c + ".",
				want: []quote{{sp.name, auI, c}}, exact: true})
		}
	}
	rows = append(rows,
		auditRow{class: "naming/near: an inverted cue", text: "The old ferry pier will stay closed until May, said Ida Brenn, the mayor.",
			want: []quote{{"Ida Brenn", auI, "The old ferry pier will stay closed until May"}}, exact: true},
		auditRow{class: "naming/near: a role called", text: "Ida Brenn said the pier was unsafe, called the mayor, and left.",
			want: []quote{{"Ida Brenn", auI, "the pier was unsafe"}}},
	)
	// Batch 8, "doctime": a study whose participle carries a time ("a
	// study published this week", "a report released on Monday in the
	// Marlow Review") after the clause, its cue last ("has found").
	for i, d := range []string{"a study published this week", "a study published this week in the journal Boreal Notes",
		"a report released last month", "a survey carried out last year", "a review published on Monday in the Marlow Review",
		"research published earlier this month"} {
		c := e2Clauses[i%len(e2Clauses)]
		v := []string{"has found", "found", "concluded", "says"}[i%4]
		row := auditRow{class: "doctime/" + d, text: c + ", " + d + " " + v + ".",
			want: []quote{{"", auI, c}}, exact: true}
		if strings.Contains(d, "carried out") {
			row.known = e2PhrasalParticiple
		}
		rows = append(rows, row)
	}
	rows = append(rows, auditRow{class: "doctime/near: no clause",
		text: "Ida Brenn read a study published this week in the journal Boreal Notes.", exact: true})
	// Batch 9, "passive": a hearer told, informed, assured, reminded or
	// warned that a clause holds, no teller named ("the audience was told
	// that ...", "Officials were informed that ..."): nobody's words, as
	// the pages' gold has them, and the hearer is no speaker.
	for i, subj := range []string{"The audience", "Officials", "Residents", "Viewers", "Ida Brenn", "Staff at the pier", "Parents"} {
		for j, v := range []string{"told", "informed", "assured", "reminded", "warned"} {
			if (i+j)%2 == 1 {
				continue
			}
			aux := "were"
			if subj == "The audience" || subj == "Ida Brenn" {
				aux = "was"
			}
			if j == 4 {
				aux = "had been"
			}
			c := strings.ToLower(e2Clauses[(i+j)%len(e2Clauses)][:1]) + e2Clauses[(i+j)%len(e2Clauses)][1:]
			row := auditRow{class: "passive/" + v, text: subj + " " + aux + " " + v + " that " + c + ".",
				want: []quote{{"", auI, c}}, speakers: []string{}, exact: true}
			if subj == "Ida Brenn" {
				// A named hearer learnt news of her own (TestIndirectS7Cases'
				// "Brenn was told that he had been sacked"): no quote.
				row.class, row.want = "passive/near: a named hearer", nil
			}
			rows = append(rows, row)
		}
	}
	for _, n := range []string{
		"Residents were told to leave their homes.",
		"Ida Brenn was warned about the cost of the pier.",
		"Officials were informed of the decision on Monday.",
		"Residents were assured of support from Marlow City Council.",
		"Parents were reminded to collect their children early.",
	} {
		rows = append(rows, auditRow{class: "passive/near", text: n, exact: true})
	}
	rows = append(rows, auditRow{class: "passive/near: the teller named",
		text: "Residents were told by Ida Brenn that the old ferry pier would stay closed until May.",
		want: []quote{{"Ida Brenn", auI, "the old ferry pier would stay closed until May"}}, exact: true})
	// Batch 10, "adverbing": a speech participle after a comma and an
	// adverb in -ly the lexicon lacks ("..., eventually confirming that
	// ..."), and "express" and "voice" in a plural's present ("Police
	// officers express frequent frustration that ...").
	for i, adv := range []string{"eventually", "ultimately", "subsequently", "reluctantly"} {
		c := strings.ToLower(e2Clauses[i%len(e2Clauses)][:1]) + e2Clauses[i%len(e2Clauses)][1:]
		v := []string{"confirming that", "saying", "admitting that", "insisting that"}[i%4]
		rows = append(rows, auditRow{class: "adverbing/" + adv, text: "Ida Brenn spoke to the council for an hour, " + adv + " " + v + " " + c + ".",
			want: []quote{{"Ida Brenn", auI, c}}, exact: true})
	}
	for i, v := range []string{"express frequent frustration that", "voice concern that", "express hope that"} {
		c := strings.ToLower(e2Clauses[i%len(e2Clauses)][:1]) + e2Clauses[i%len(e2Clauses)][1:]
		rows = append(rows, auditRow{class: "adverbing/" + v, text: "Police officers " + v + " " + c + ".",
			want: []quote{{"", auI, c}}, exact: true, known: e2ExpressBase})
	}
	for _, n := range []string{
		"Ida Brenn walked to the pier, eventually reaching the ferry.",
		"Residents want to express their thanks to the crew.",
		"Fans voice their support at every match.",
	} {
		rows = append(rows, auditRow{class: "adverbing/near", text: n, exact: true})
	}
	// Batch 11, "gap": a relative clause whose subject is gapped, the cue
	// inside it, and a verb in the present after the cue ("a plan which
	// she said cuts costs", "attack code she said exploits the flaw"):
	// what follows the cue is the speaker's.
	for i, r := range []struct{ text, clause string }{
		{"Ida Brenn backed a plan which she said cuts costs by a fifth.", "cuts costs by a fifth"},
		{"Ida Brenn backed a plan that she said saves the ferry.", "saves the ferry"},
		{"Omar Pell has released attack code he said exploits the flaw to crash any server.", "exploits the flaw to crash any server"},
		{"Ida Brenn backed a plan she said cuts costs by a fifth.", "cuts costs by a fifth"},
		{"Omar Pell sells a device he says halves the cost of repairs.", "halves the cost of repairs"},
	} {
		name := "Ida Brenn"
		if strings.HasPrefix(r.text, "Omar") {
			name = "Omar Pell"
		}
		rows = append(rows, auditRow{class: "gap/" + []string{"which", "that", "contact", "contact", "contact says"}[i], text: r.text,
			want: []quote{{name, auI, r.clause}}, exact: true})
	}
	for _, n := range []string{
		"Ida Brenn backed a plan she said nothing about.",
		"The plan she wrote costs a fortune.",
		"Omar Pell sold the code he said nothing of to a buyer.",
	} {
		rows = append(rows, auditRow{class: "gap/near", text: n, exact: true})
	}
	// Batch 12, "esplural": a plural of people in -es or -ves ("coaches",
	// "bosses", "actresses", "wives") as the subject of a base form.
	for i, n := range []string{"coaches", "bosses", "actresses", "waitresses", "wives", "thieves"} {
		c := strings.ToLower(e2Clauses[i%len(e2Clauses)][:1]) + e2Clauses[i%len(e2Clauses)][1:]
		v := []string{"insist that", "argue", "claim that"}[i%3]
		row := auditRow{class: "esplural/" + n, text: "Several " + n + " " + v + " " + c + ".",
			want: []quote{{"", auI, c}}, exact: true}
		if n == "waitresses" || n == "wives" || n == "thieves" {
			row.known = e2NoRoleSingular
		}
		rows = append(rows, row)
	}
	for _, n := range []string{
		"The old ferry pier matches say nothing about the cost.",
		"Marlow Rovers' coaches arrived late on Monday.",
		"The knives claim no victims in the report.",
	} {
		rows = append(rows, auditRow{class: "esplural/near", text: n, exact: true})
	}
	// Batch 13, "invappos": an inverted cue, its named speaker and an
	// apposition with "the" whose head noun is also a verb ("said Ida
	// Brenn, the harbour master."): the apposition describes her.
	for i, ap := range []string{"the harbour master", "the show host", "the project lead", "the station master", "the team coach", "the night guard"} {
		c := e2Clauses[i%len(e2Clauses)]
		row := auditRow{class: "invappos/" + ap, text: c + ", said Ida Brenn, " + ap + ".",
			want: []quote{{"Ida Brenn", auI, c}}, exact: true}
		if ap != "the team coach" && ap != "the night guard" {
			row.known = e2InvApposVerbNoun
		}
		rows = append(rows, row)
	}
	rows = append(rows, auditRow{class: "invappos/near: a clause whose subject the cue interrupts",
		text: "Thanks to Omar Pell, said Ida Brenn, the pier reopened.",
		want: []quote{{"Ida Brenn", auI, "the pier reopened"}}, exact: true})
	rows = append(rows, auditRow{class: "invappos/near: a clause after the cue",
		text: "The pier is old, said Ida Brenn, and the ferry runs late.",
		want: []quote{{"Ida Brenn", auI, "The pier is old"}, {"Ida Brenn", auI, "the ferry runs late"}}, exact: true})
	for _, n := range near {
		row := auditRow{class: "near", text: n, exact: true}
		if strings.HasPrefix(n, "The pier closed in March, and Ida Brenn says") {
			row.want = []quote{{"Ida Brenn", auI, "a report will follow in May"}}
		}
		if strings.HasPrefix(n, "Ida Brenn says a report") {
			row.want = []quote{{"Ida Brenn", auI, "a report by the Tarrow Water Board is due in May"}}
		}
		rows = append(rows, row)
	}
	return rows
}
