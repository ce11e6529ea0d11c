package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// Session 17, helper r7: PUBLIC BROADCASTERS' AND WIRE SERVICES' STORIES,
// heavy in reported speech and in attribution carried across paragraphs
// (a state premier's funding pledge, a provincial premier and a spy
// agency, a police assault charge, flood warnings, a nurses' pay dispute,
// a chancellor's apology, opposition parties on a quota, agency crime and
// health briefs). The classes come from the misses on a fresh pool of real
// reporting graded once (kept outside the repository); every row here is
// invented: fictional people, parties, agencies and places crossed with
// the frames such copy uses, and near misses that must not change.
//
// The pool: 25 real reports (166 quotes: 55 direct, 84 indirect, 27
// mixed; 49 speakers), graded once before any change: speaker F1 0.872,
// quote recall 0.940, attribution 0.897 (direct 1.000/0.891, indirect
// 0.929/0.885, mixed 0.852/0.957).
//
// FIRST PASS (the whole table written first and run once, engine at
// 8a24876): 24/43 (0.56): signoff 8/16, coordsaid 7/8, ledby 5/9,
// prompted 2/3, says-quote 2/3, according-next 0/4. Classes written
// later, each run once before its fix: anddescr 2/10, caprole 1/6,
// statebody 1/4, officenamed 1/5, primeminister 1/5, formeroffice 2/6
// (left).
//
// AFTER this branch's fixes: 78/90 with 12 known (according-next 4,
// formeroffice 4, and one each of four near misses or variants); the
// pool after them (its gold mended once): speaker F1 0.917, quote recall
// 0.964, attribution 0.944; no repository score set moves.

// Mechanisms of the rows left failing.
const (
	r7AccordingNext = "according-next: a lead sentence with no cue of its own (\"The Government is “very disappointed” that ...\") credited by the next paragraph's \"That's according to X\": the credit names no quotation, so the lead is nobody's words and is not taken"
	r7CauseeAppos   = "causee-appos: \"prompted the Harbour Minister, Tomas Brenn, to say\": the one prompted set off by commas is not read through to the name"
	r7GroupName     = "group-name: a name right after \"council group\" (\"Leader of the party's council group Ilse Varga said\") is read as the group's own name, a body, so the office holder named below takes the words"
	r7ForTitleFirst = "for-title-first: \"Minister for Parliamentary Affairs Halvard Ostrem\" opening a sentence takes \"Affairs\" into the name when the first name is not a known one"
	r7FormerOffice  = "former-office: \"The prime minister said\" after \"former prime minister Maren Tollefsen\" goes to her; passing over a former holder (in describedBy and resolvePersonDescription) only moves the words to the last speaker, another office's holder, through a later fallback"
	r7DashSentence  = "dash-sentence: a dash after a full stop with lower-case words after it is read as the sentence going on, so a clause before it runs into the next"
)

// r7Agencies are wire services that sign off a story after its last cue;
// they relay the words and never say them.
var r7Agencies = []string{"Bernama", "Meridian Press", "Coastline News Agency", "Tarrow Wire"}

var r7People = []string{"Halvard Ostrem", "Maren Tollefsen", "Dorin Vasko", "Ilse Varga", "Tomas Brenn", "Petra Lund"}

// r7Parties are parties or bodies with a short form in brackets.
var r7Parties = [][2]string{
	{"Harbour Party", "HP"},
	{"Workers' League", "WL"},
	{"Northern Alliance", "NA"},
	{"Green Valley Movement", "GVM"},
}

func r7Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// signoff: a wire story's last paragraph ends its cue with the
	// agency's name after a dash; the clause before the cue is still
	// the speaker's, and the agency is no speaker.
	for i, ag := range r7Agencies {
		n := r7People[i%len(r7People)]
		lead := n + " said the province would rebuild four bridges this year.\n\n"
		add(auditRow{class: "signoff/added-dash", text: lead + "The ferry terminal would be the first project finished under the plan, he added. — " + ag,
			want:     []quote{{n, auI, "the province would rebuild four bridges this year"}, {n, auI, "The ferry terminal would be the first project finished under the plan"}},
			speakers: []string{n}})
		add(auditRow{class: "signoff/said-dash", text: lead + "Work on the coastal road would start in March, she said. —" + ag,
			want:     []quote{{n, auI, "Work on the coastal road would start in March"}},
			speakers: []string{n}})
		add(auditRow{class: "signoff/direct-dash", text: lead + "“We will not wait for the federal money,” he said. — " + ag,
			want:     []quote{{n, auD, "We will not wait for the federal money"}},
			speakers: []string{n}})
		add(auditRow{class: "signoff/paren", text: lead + "The tender would close on Friday, he added. (" + ag + ")",
			want:     []quote{{n, auI, "The tender would close on Friday"}},
			speakers: []string{n}})
	}

	// coordsaid: the speaker is the subject of an earlier verb that is no
	// cue ("welcomed the move but said ..."), or of a participle cue after
	// one ("challenged the claims, noting ...").
	coordFrames := []struct{ before, after string }{
		{" welcomed the move but said ", ""},
		{" rejected the offer and said ", ""},
		{" praised the crews but warned that ", ""},
		{" backed the plan on Monday but said ", ""},
		{" had challenged the claims from the start, noting ", ""},
		{" found no fault with the count but, based on other figures, concluded ", ""},
	}
	for i, f := range coordFrames {
		n := r7People[i%len(r7People)]
		cl := "the decision was taken with the elections in mind"
		add(auditRow{class: "coordsaid", text: "The cabinet approved the quota on Monday.\n\nRegional leader " + n + f.before + cl + ".",
			want: []quote{{n, auI, cl}}, speakers: []string{n}})
	}
	// near misses: the object of the first verb is no speaker.
	add(auditRow{class: "coordsaid/near-object", text: "Regional leader Ilse Varga thanked Tomas Brenn but said the bridge would stay closed.",
		want: []quote{{"Ilse Varga", auI, "the bridge would stay closed"}}, speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "coordsaid/near-new-subject", text: "Ilse Varga welcomed the move, but Tomas Brenn said the bridge would stay closed.",
		want: []quote{{"Tomas Brenn", auI, "the bridge would stay closed"}}, speakers: []string{"Tomas Brenn"}})

	// ledby: a party "led by" a person demands or says: the party speaks.
	for i, p := range r7Parties {
		n := r7People[(i+2)%len(r7People)]
		add(auditRow{class: "ledby/demanded", text: "The " + p[0] + " (" + p[1] + ") led by Tarrow mayor " + n + " demanded that the council extend its winter session “if it was serious” about the budget.",
			want: []quote{{p[0], auM, "the council extend its winter session “if it was serious” about the budget"}}})
		add(auditRow{class: "ledby/said", text: "The " + p[0] + ", led by " + n + ", said the quota was a vote-catching move.",
			want: []quote{{p[0], auI, "the quota was a vote-catching move"}}})
	}
	// near miss: the person who leads the party speaks.
	add(auditRow{class: "ledby/near-who-leads", text: "Petra Lund, who leads the Harbour Party, said the quota was a vote-catching move.",
		want: []quote{{"Petra Lund", auI, "the quota was a vote-catching move"}}, speakers: []string{"Petra Lund"}})

	// prompted: "the report prompted X to say that ..." gives X the clause.
	promptFrames := []string{
		"The report prompted Harbour Mayor %s to say on Thursday that he was disgusted by its claims.",
		"The ruling led %s to say that the council would appeal.",
		"The leak prompted %s to warn that the talks could collapse.",
	}
	promptClauses := []string{"he was disgusted by its claims", "the council would appeal", "the talks could collapse"}
	for i, f := range promptFrames {
		n := r7People[(i+1)%len(r7People)]
		add(auditRow{class: "prompted", text: fmt.Sprintf(f, n),
			want: []quote{{n, auI, promptClauses[i]}}, speakers: []string{n}})
	}

	// Titles before the one prompted, and a near miss: a noun object
	// ("prompted calls for") is no one made to speak.
	add(auditRow{class: "prompted/title", text: "The report prompted Harbour Mayor Ilse Varga to say that the audit would be published.",
		want: []quote{{"Ilse Varga", auI, "the audit would be published"}}, speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "prompted/the-title", text: "The leak prompted the Harbour Minister, Tomas Brenn, to say on Friday that the talks would go on.",
		want: []quote{{"Tomas Brenn", auI, "the talks would go on"}}, speakers: []string{"Tomas Brenn"}, known: r7CauseeAppos})
	add(auditRow{class: "prompted/near-noun", text: "The report prompted calls for Petra Lund to resign on Thursday.", speakers: []string{}})

	// Near misses for the aside after a conjunction: a new subject after
	// the aside speaks.
	add(auditRow{class: "coordsaid/near-aside-subject", text: "Ilse Varga welcomed the count but, in a later statement, Tomas Brenn said the bridge would stay closed.",
		want: []quote{{"Tomas Brenn", auI, "the bridge would stay closed"}}, speakers: []string{"Tomas Brenn"}})
	add(auditRow{class: "coordsaid/aside-reply", text: "Ilse Varga thanked the crews and, in a reply to Tomas Brenn, said the bridge would stay closed.",
		want: []quote{{"Ilse Varga", auI, "the bridge would stay closed"}}, speakers: []string{"Ilse Varga"}})

	// Near misses for the sign-off: a dash after a full stop that opens a
	// sentence of lower-case words, and a credit inside a paragraph.
	add(auditRow{class: "signoff/near-dash-sentence", text: "Petra Lund said the levy would rise. — and the council agreed the next day.",
		want: []quote{{"Petra Lund", auI, "the levy would rise"}}, speakers: []string{"Petra Lund"}, known: r7DashSentence})

	// according-next: a lead sentence's words credited in the next
	// paragraph, "That's according to X".
	for _, n := range r7People[:4] {
		add(auditRow{class: "according-next", text: "The Government is \"very, very disappointed\" that teachers have rejected the latest pay offer.\n\nThat's according to Education Minister " + n + ", speaking today after the union confirmed the strike.",
			want: []quote{{n, auM, "The Government is \"very, very disappointed\" that teachers have rejected the latest pay offer"}}, known: r7AccordingNext})
	}

	// says-quote: "X says “...” for/to ..." where the reported clause
	// opens with its quoted phrase.
	saysQuote := []string{
		"Tarrow mayor %s says “it may be wise” for residents near the river to find other accommodation tonight.",
		"%s says “there is no reason” to close the schools on Friday.",
		"Harbour Police Inspector %s said “every option” was being looked at by the investigators.",
	}
	saysText := []string{
		"“it may be wise” for residents near the river to find other accommodation tonight",
		"“there is no reason” to close the schools on Friday",
		"“every option” was being looked at by the investigators",
	}
	for i, f := range saysQuote {
		n := r7People[(i+3)%len(r7People)]
		add(auditRow{class: "says-quote", text: fmt.Sprintf(f, n),
			want: []quote{{n, auM, saysText[i]}}, speakers: []string{n}})
	}
	// anddescr: a description and then a role and a name joined by "and"
	// are one person ("His counterpart and party leader X"), who goes on
	// to speak after a verb that is no cue; near misses: two named, or a
	// body and a person, make a joint subject, which no one has alone.
	descs := []string{"His Harbour counterpart", "Her predecessor", "The former mayor", "Their neighbour"}
	roleWords := []string{"Workers' League leader", "union chief", "Harbour Party spokeswoman", "council leader"}
	for i, ds := range descs {
		n := r7People[(i+4)%len(r7People)]
		add(auditRow{class: "anddescr/but-said", text: ds + " and " + roleWords[i] + " " + n + " welcomed the move but said the decision was taken with the elections in mind.",
			want: []quote{{n, auI, "the decision was taken with the elections in mind"}}, speakers: []string{n}})
		add(auditRow{class: "anddescr/and-warned", text: ds + " and " + roleWords[i] + " " + n + " backed the plan and warned that the cost would double.",
			want: []quote{{n, auI, "the cost would double"}}, speakers: []string{n}})
	}
	for i, p := range r7Parties[:2] {
		n := r7People[i]
		add(auditRow{class: "anddescr/bracket", text: "His Tarrow counterpart and " + p[0] + " (" + p[1] + ") leader " + n + " welcomed the move but said the quota came too late.",
			want: []quote{{n, auI, "the quota came too late"}}, speakers: []string{n}})
	}
	add(auditRow{class: "anddescr/near-two-names", text: "Ilse Varga and union chief Tomas Brenn welcomed the move but said the decision was taken with the elections in mind.",
		want: []quote{{"", auI, "the decision was taken with the elections in mind"}}, speakers: []string{}})
	add(auditRow{class: "anddescr/near-body", text: "The Harbour Party and its leader Tomas Brenn welcomed the move but said the decision was taken with the elections in mind.",
		want: []quote{{"", auI, "the decision was taken with the elections in mind"}}, speakers: []string{}})

	// caprole: a capitalised role standing for a person named before
	// ("The Premier says ...", house style at public broadcasters) is
	// where the next "she said" or "he said" looks back to, past a
	// paragraph about something else; near misses: a pronoun of the
	// other gender, and a role of someone else named since.
	capRoles := [][3]string{
		{"Premier", "The Premier", "she"},
		{"Minister", "The Minister", "he"},
		{"Chancellor", "The Chancellor", "she"},
		{"Mayor", "The Mayor", "he"},
		{"Commissioner", "The Commissioner", "she"},
	}
	for i, r := range capRoles {
		n := r7People[i%len(r7People)]
		text := r[0] + " " + n + " says the state would commit $10 million to the campus.\n\n" +
			"The University of Tarrow is seeking more than $100 million in federal funding.\n\n" +
			r[1] + " says it is a vital project for the city.\n\n" +
			"“The campus will drive the renewal of the city centre,” " + r[2] + " said."
		add(auditRow{class: "caprole", text: text,
			want: []quote{{n, auI, "it is a vital project for the city"}, {n, auD, "The campus will drive the renewal of the city centre"}}, speakers: []string{n}})
	}
	add(auditRow{class: "caprole/near-other-named", text: "Premier Ilse Varga says the state would commit $10 million to the campus.\n\n" +
		"Opposition leader Tomas Brenn says the promise has no credibility.\n\n" +
		"“Nobody believes a word of it,” he said.",
		want: []quote{{"Ilse Varga", auI, "the state would commit $10 million to the campus"}, {"Tomas Brenn", auI, "the promise has no credibility"}, {"Tomas Brenn", auD, "Nobody believes a word of it"}}})

	// statebody: "the Opposition", "the Government" capitalised alone is
	// a body, not a description of the person named before; near miss:
	// "the opposition leader" is the leader named before.
	for i, f := range []string{"The Opposition announced last month it would fund roads in mining towns.", "The Opposition says it would fund roads in mining towns.", "But the Opposition said it would fund roads in mining towns."} {
		n := r7People[i%len(r7People)]
		add(auditRow{class: "statebody", text: "Premier " + n + " says the state would commit $10 million to the campus.\n\n" + f,
			want: []quote{{n, auI, "the state would commit $10 million to the campus"}, {"", auI, "it would fund roads in mining towns"}}})
	}
	add(auditRow{class: "statebody/near-leader", text: "Opposition leader Tomas Brenn criticised the budget on Monday.\n\n" +
		"The opposition leader said the state had broken its promise.",
		want: []quote{{"Tomas Brenn", auI, "the state had broken its promise"}}, speakers: []string{"Tomas Brenn"}})

	// officenamed: a lead subject that opens with an office "of" a body
	// and names its holder ("Chair of the party's council Former Mayor X
	// said") is X's, though someone holding a like office is named below;
	// near miss: an office with no name in the lead is the holder named
	// below.
	offices := [][2]string{
		{"Chair of the party's federal council Former Prime Minister", "Party Chairperson"},
		{"Head of the union's youth wing", "Union head"},
		{"Director of the Tarrow Institute", "Institute director"},
		{"Leader of the Harbour Party's council group", "Harbour Party leader"},
	}
	for i, o := range offices {
		a, b := r7People[i%len(r7People)], r7People[(i+3)%len(r7People)]
		known := ""
		if strings.HasSuffix(o[0], "group") {
			known = r7GroupName
		}
		add(auditRow{class: "officenamed", text: o[0] + " " + a + " said that the government had committed a grave error.\n\n" +
			o[1] + " " + b + " stated that the step would lead to instability.",
			want: []quote{{a, auI, "the government had committed a grave error"}, {b, auI, "the step would lead to instability"}}, known: known})
	}
	add(auditRow{class: "officenamed/near-unnamed", text: "A co-owner of the Velmark Ravens said the club would be sold.\n\n" +
		"Ravens co-owner Tomas Brenn said the sale would close in June.",
		want: []quote{{"Tomas Brenn", auI, "the club would be sold"}, {"Tomas Brenn", auI, "the sale would close in June"}}})

	// primeminister: "the minister" is a minister named before, never a
	// prime minister mentioned since; near miss: "the prime minister" is.
	ministers := []string{"Minister for Parliamentary Affairs", "Parliamentary Affairs Minister", "Finance Minister", "Minister of Health"}
	for i, m := range ministers {
		a, b := r7People[i%len(r7People)], r7People[(i+2)%len(r7People)]
		known := ""
		if i == 0 {
			known = r7ForTitleFirst
		}
		add(auditRow{class: "primeminister", text: m + " " + a + " said the debate had raised few real points.\n\n" +
			"He said former prime minister " + b + " had never answered for the sugar crisis.\n\n" +
			"The minister said the cabinet had decided that nobody would be spared.",
			want: []quote{{a, auI, "the debate had raised few real points"}, {a, auI, "the cabinet had decided that nobody would be spared"}}, speakers: []string{a}, known: known})
	}
	add(auditRow{class: "primeminister/near-pm", text: "Finance Minister Ilse Varga said the budget was balanced.\n\n" +
		"Prime Minister Tomas Brenn visited the port on Monday.\n\n" +
		"The prime minister said the harbour would be dredged.",
		want: []quote{{"Ilse Varga", auI, "the budget was balanced"}, {"Tomas Brenn", auI, "the harbour would be dredged"}}})

	// formeroffice: "the prime minister" (the president, the mayor) is
	// the office's holder now, never one the story calls its former
	// holder; near miss: "the former prime minister" is.
	formerOffices := [][2]string{{"prime minister", "The prime minister"}, {"president", "The president"}, {"mayor", "The mayor"}, {"premier", "The premier"}}
	for i, o := range formerOffices {
		a, b := r7People[i%len(r7People)], r7People[(i+1)%len(r7People)]
		add(auditRow{class: "formeroffice", text: "Opposition leader " + a + " said the inquiry was a sham.\n\n" +
			"He said former " + o[0] + " " + b + " had never ordered an audit.\n\n" +
			o[1] + " said the audit would be made public within a month.",
			want: []quote{{a, auI, "the inquiry was a sham"}, {"", auI, "the audit would be made public within a month"}}, known: r7FormerOffice})
	}
	add(auditRow{class: "formeroffice/near-former", text: "Former prime minister Tomas Brenn visited the port on Monday.\n\n" +
		"The former prime minister said the harbour should be dredged.",
		want: []quote{{"Tomas Brenn", auI, "the harbour should be dredged"}}, speakers: []string{"Tomas Brenn"}})
	add(auditRow{class: "formeroffice/near-current", text: "Prime Minister Tomas Brenn visited the port on Monday.\n\n" +
		"The prime minister said the harbour should be dredged.",
		want: []quote{{"Tomas Brenn", auI, "the harbour should be dredged"}}, speakers: []string{"Tomas Brenn"}})

	// A notice issued in a time clause after the reported words is no
	// cue of its own; near misses: hearers after "to", and another's cue
	// in the time clause, leave the words direct.
	add(auditRow{class: "says-quote/after-issued", text: "Tomas Brenn says “it would be wise” for drivers to stay home tonight after the Weather Office issued a red warning.",
		want: []quote{{"Tomas Brenn", auM, "“it would be wise” for drivers to stay home tonight after the Weather Office issued a red warning"}}, speakers: []string{"Tomas Brenn"}})
	add(auditRow{class: "says-quote/near-hearers", text: "Ilse Varga said “the work is done” to reporters on Friday.",
		want: []quote{{"Ilse Varga", auD, "the work is done"}}, speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "says-quote/near-other-cue", text: "Ilse Varga said “the work will be done” by Friday, after Tomas Brenn said it would take a month.",
		want: []quote{{"Ilse Varga", auD, "the work will be done"}, {"Tomas Brenn", auI, "it would take a month"}}})
	return rows
}

// r7Pending maps row index to the mechanism of a row still failing.
var r7Pending = map[int]string{}

func TestAuditS17R7(t *testing.T) {
	rows := r7Rows()
	for i, m := range r7Pending {
		rows[i].known = m
	}
	runAudit(t, "r7", rows, *auditKnown)
}
