package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 15, helper j4: speaker precision and recall for bodies on the
// newer page sets (dev-j, dev-k, dev-n) and the feed gold. The misses
// there are mostly bodies given to nobody or to the wrong name; two
// classes general to news writing are probed here:
//
//   - envoy: a diplomat or a mission "to" a body ("the Norwegian
//     ambassador to the UN said", "the Israeli mission to the UN in
//     Geneva called ..."): the body the envoy is sent to took the
//     speech, a false speaker, or the mission's words went to nobody.
//   - bodyspk: a body's noun named by a place or a nation before
//     "spokesperson" ("a Dunmoor police spokeswoman said", "an Israeli
//     army spokesperson told"): the report went to nobody, while "a
//     spokesman for the Dunmoor police" gives the body.
//
// FIRST PASS (engine at a62869d, the whole table as first written, 44
// rows): 12/44 (0.27). envoy 3/20 (only three "after the clause" rows:
// every diplomat sent to a body gave the speech to that body, "Tarsby"
// or nobody; every mission lost its name), bodyspk 0/15 (every one to
// nobody), near 9/9.
//
// Fix 1 (bodyspk: np.go, a spokesperson whose modifier is a body's noun
// that namedBody names by a place or nation speaks for that body):
// bodyspk 15/15. Score: dev-n 0.962/0.957/0.939 -> 0.975/0.957/0.947;
// no other set moved, held-out included.
//
//   - calledposs: "X called Y's remarks “...”" (added after fix 1, with
//     three near misses): a noun the lexicon also knows as a speech verb
//     ("remarks", "comments", "claims") after its owner ended the search
//     for the quotation, and "called" after a place ("the embassy in
//     Harlow called the ruling") was read as naming something. FIRST
//     PASS (engine at c9a426f, 15 rows): 4/15 (0.27); only "her
//     remarks" and "statements" passed.
//
// Fix 2 (envoy: np.go envoyNoun, a diplomat or mission "to" a body is
// split from it and the body is no speaker; bodies.go envoyMission, a
// nation's mission or delegation to a body is a body named with it and
// any city after; calledposs: complement.go, the noun after its owner;
// cues.go, "called" after a place with an object or an owner after it
// calls): envoy 19/20, calledposs 15/15, near 11/12 (the two left are
// known, other mechanisms). Neither half alone moved a set (a real
// sentence has both: a mission to a body in a city called another's
// comments something); together dev-k 0.964/0.984/0.967 ->
// 0.970/0.984/0.971, no other set moved, held-out included.
//
//   - butcue: two reports joined by "but" with no comma, the second
//     speaker described ("Tarsby says the stadium is worth $50m but the
//     county assessor says it is worth $19m", a feed standfirst's shape):
//     the first report swallowed the second, cue and all. FIRST PASS
//     (engine at 757c361, 17 rows, and 6 near misses): butcue 0/17; the
//     near misses passed.
//
// Fix 3 (clause.go describedCueAfter: "but" and a described, plural or
// named subject with a finite speech verb ends the first report;
// attribute.go contrastDescribed: that description, set against a named
// first speaker in the same sentence, is not resolved to them): butcue
// 17/17. Score: dev-b 0.954/0.957/0.964 -> 0.954/0.957/0.968, no other
// set moved, held-out included. (The feed standfirst now splits, but
// its described appraiser is named only in the next paragraph, so the
// feed's figures stay.) A first version without the named-first-speaker
// test cost Wikinews dev-b 0.007 attribution ("The partner asked ...,
// but the commissioner stated", both described).
//
//   - anondescr: a description of a person ("the woman said", "the man
//     added") after an unnamed person spoke ("A resident who did not want
//     to be identified said ..."): it went to the person named before the
//     unnamed one, by resolvePersonDescription's fallback to the last
//     salient person. FIRST PASS (engine at fbee4e4, 16 rows and 4 near
//     misses): anondescr 0/16; the near misses passed.
//
// Fix 4 (coref.go resolvePersonDescription: the fallback, which nothing
// in the description picks out, is no one when an unnamed speaker spoke
// since its mention): anondescr 12/16 (the 4 left were trade-owner, an
// older mechanism; they pass since session 15's later merges). Score: dev-j 0.968/0.953/0.961 -> 0.968/0.953/0.966,
// held-out pages f attribution 0.882 -> 0.887; no other set moved.
//
//   - leaddescr: a standfirst's description with a place's or a body's
//     name before the office ("the Harlow County property tax appraiser
//     says"), the holder named in the body below ("Harlow County property
//     tax appraiser Ada Brinvik disagrees, saying"), the feed's shape:
//     the name inside the description stopped the lead link, "appraiser"
//     and "assessor" were no roles, the first speaker of the standfirst
//     ended the search below, and the description contrasted with him
//     kept his entity. FIRST PASS (engine at 1b86bb5, 8 rows and 2 near
//     misses): leaddescr 0/8; the near misses passed.
//
// Fix 5 (leadlink.go placeModifier, speaksBeside and the search below
// going on past a named speaker the description does not fit;
// words.go appraiser, assessor, valuer, surveyor as roles; attribute.go
// the contrasted description's head token cleared of the first
// speaker): leaddescr 8/8. Score: feed gold 0.937/0.968/0.911 ->
// 0.937/0.968/0.916; no other set moved, held-out included.
//
//   - forcalling: "Ada Brinvik praised Ivo Brant for calling the plan
//     “a disgrace”" (dev-k's shape): the gerund after "for" was no cue,
//     so the quotation was lost, or went to the praiser. FIRST PASS
//     (engine at db9ba13, 20 rows and 3 near misses): forcalling 0/20;
//     "was criticised for calling" lost its quotation too.
//
// Fix 6 (cues.go speechAfterPrep, namingGerund, blameObjectBefore: a
// naming gerund after "for" after a verb of praise or blame and its
// object, or after a passive, is a cue; subject.go: its speaker is that
// object): forcalling 20/20, near 25/26 (the one left is called-title).
// Score: dev-k 0.970/0.984/0.971 -> 0.970/0.984/0.974; no other set
// moved, held-out included.
//
//   - kinowner: a named person's relative, unnamed ("“...?” Page's mother
//     asked", dev-j's shape): the description's fallback gave the words to
//     the person named last, who was neither. FIRST PASS (engine at
//     3b5caf8, 16 rows and 3 near misses): kinowner 0/16; the near misses
//     passed.
//
// Fix 7 (np.go: a kin noun owned by a named person is that person's
// relative named before, or no one, unless an apposition names them):
// kinowner 16/16. Score: dev-j 0.968/0.953/0.966 -> 0.968/0.953/0.970,
// held-out pages e 0.876/0.943/0.840 -> 0.881/0.943/0.844; no other set
// moved. A first version without the apposition test cost Wikinews
// dev-h and dev-l ("Shapiro's widow, former tennis player X, said").
//
//   - indicating: "is under fire for indicating in June that ..." (dev-j's
//     shape): "indicating" with a time or a phrase before its clause was
//     no report, where "saying in June that" was. FIRST PASS (engine at
//     3f189f2, 4 rows and 2 near misses): indicating 0/4; the clause
//     without "that" failed too.
//
// Fix 8 (cues.go clauseParticiples: "indicating"): indicating 4/4, near
// 30/31. Score: dev-j 0.968/0.953/0.970 -> 0.968/0.958/0.971; no other
// set moved, held-out included.
//
//   - butdoc: a finding set against a report after "but" or "— but"
//     ("once argued that wages fall — but subsequent analysis showed his
//     results fell apart", dev-n's shape): the argument's clause ran on
//     over the finding, and "his results" gave the finding to the arguer.
//     FIRST PASS (engine at 16c9b6c, 6 rows and a near miss): butdoc 0/6.
//
// Fix 9 (clause.go describedCueAfter: a document's noun as the subject
// after "but"; a dash before "but" ends the first clause): butdoc 2/6,
// the 4 left are np-ends. Score: dev-n 0.975/0.957/0.947 ->
// 0.975/0.957/0.955; no other set moved, held-out included.

// Mechanisms of the rows still failing.
const (
	j4OwnerVoice  = "owner-voice: \"..., said Tarsby's permanent representative\": after the clause, a name the text says nothing else about is taken for a body whose representative speaks for it; before the clause, or with a nation's name, it is no one (not the envoy class: \"to the Corvan Assembly\" plays no part)"
	j4NPEnds      = "np-ends: \"but a later study found\", \"but the council's own report concluded\": npForward reads no phrase from \"a later\" and ends \"the council's\" before \"own\", so no subject is found after \"but\" and the first report runs on"
	j4CalledTitle = "called-title: \"a class at the Harlow Arts Centre called “Open Doors”\": after a body's name (no place), a quoted name after \"called\" is taken for words the body called out (as before this session)"
)

var j4Known = flag.Bool("j4.known", false, "TestAuditS15J4 runs its known failures too, to see which a change fixed")

func TestAuditS15J4(t *testing.T) { runAudit(t, "j4", j4Rows(), *j4Known) }

// j4Envoys: a diplomat sent to a body, as the sentence's subject.
var j4Envoys = []string{
	"The Norwegian ambassador to the UN",
	"The Dunmoor envoy to the United Nations",
	"Tarsby's permanent representative to the Corvan Assembly",
	"The Norwegian special envoy to the African Union",
}

// j4Missions: a country's mission or delegation to a body, and the
// speaker name wanted for it.
var j4Missions = []struct{ np, name string }{
	{"The Norwegian mission to the UN", "Norwegian mission to the UN"},
	{"The Israeli mission to the UN in Geneva", "Israeli mission to the UN in Geneva"},
	{"The Dunmoor delegation to the Corvan Assembly", "Dunmoor delegation to the Corvan Assembly"},
	{"The Swedish mission to the European Union", "Swedish mission to the European Union"},
}

// j4Bodies: a body named by a place or nation before "spokesperson",
// and the speaker name wanted for it.
var j4Bodies = []struct{ np, name string }{
	{"A Dunmoor police spokeswoman", "Dunmoor police"},
	{"An Israeli army spokesperson", "Israeli army"},
	{"A Norwegian government spokesman", "Norwegian government"},
	{"A Tarsby council spokesperson", "Tarsby council"},
	{"A Norwegian military spokesman", "Norwegian military"},
}

// j4Callers: who calls another's words something, and the speaker
// wanted.
var j4Callers = []struct{ np, name string }{
	{"Ada Brinvik", "Ada Brinvik"},
	{"The Harlow Water Board", "Harlow Water Board"},
	{"The Norwegian embassy in Harlow", "Norwegian embassy in Harlow"},
}

// j4Owned: another's words, the object called something; nouns the
// lexicon also knows as speech verbs, after their owner.
var j4Owned = []string{
	"the envoy\u2019s remarks",
	"Ivo Brant\u2019s comments",
	"his rival\u2019s claims",
	"her remarks",
	"the minister's statements",
}

// j4ButFrames: the tense of two reports joined by "but" with no comma.
var j4ButFrames = []struct {
	verb, be string
	verb2    func(plural bool) string
}{
	{"says", "is", func(plural bool) string {
		if plural {
			return "say"
		}
		return "says"
	}},
	{"said", "was", func(bool) string { return "said" }},
	{"insisted", "was", func(bool) string { return "argued" }},
}

// j4Others: the second speaker, described or named.
var j4Others = []struct {
	np, name string
	plural   bool
}{
	{"the Harlow county engineer", "", false},
	{"critics", "", true},
	{"the engineer", "", false},
	{"her rival", "", false},
	{"local residents", "", true},
}

// j4Anons: an unnamed person who speaks, as a sentence's subject.
var j4Anons = []string{
	"A resident who did not want to be identified",
	"A neighbour, who asked not to be named,",
	"A shopkeeper",
	"One worker, speaking on condition of anonymity,",
}

// j4Opening: a paragraph of narrative before the named speaker, so that
// the named one is no headline, which a description in the lead below
// may name (linkLeadDescriptions).
const j4Opening = "The market in Tarsby has been quiet since May.\n\n"

// j4Named: a named speaker before the unnamed one, and the description
// of their gender that follows.
var j4Named = []struct{ name, pos, noun string }{
	{"Mara Quellin", "her", "woman"},
	{"Ivo Brant", "his", "man"},
}

// j4Leads: a description in a standfirst, a place's or a body's name
// before its office, and the form the body names the holder with.
var j4Leads = []struct{ descr, named string }{
	{"Harlow County assessor", "Harlow County assessor"},
	{"Harlow County property tax appraiser", "Harlow County property tax appraiser"},
	{"Vell Foundation treasurer", "Vell Foundation treasurer"},
	{"county surveyor", "County surveyor"},
}

func j4Rows() []auditRow {
	var rows []auditRow
	for _, np := range j4Envoys {
		after := ""
		if !strings.HasPrefix(np, "The ") {
			after = j4OwnerVoice
		}
		rows = append(rows,
			auditRow{class: "envoy/diplomat said, that-less",
				text: np + " said the ruling was regrettable.",
				want: []quote{{"", auI, "the ruling was regrettable"}}, speakers: []string{}},
			auditRow{class: "envoy/diplomat called it, quoted",
				text: np + " called the ruling \u201cdeeply regrettable\u201d on Monday.",
				want: []quote{{"", auD, "deeply regrettable"}}, speakers: []string{}},
			auditRow{class: "envoy/diplomat after the clause", known: after,
				text: "The ruling was regrettable, said " + j4LowerArticle(np) + ".",
				want: []quote{{"", auI, "The ruling was regrettable"}}, speakers: []string{}},
		)
	}
	for _, m := range j4Missions {
		rows = append(rows,
			auditRow{class: "envoy/mission said",
				text: m.np + " said the ruling was regrettable.",
				want: []quote{{m.name, auI, "the ruling was regrettable"}}, speakers: []string{m.name}},
			auditRow{class: "envoy/mission called it, quoted",
				text: m.np + " called the envoy\u2019s remarks \u201creckless and deeply unhelpful\u201d and blamed the rebels for the delay.",
				want: []quote{{m.name, auD, "reckless and deeply unhelpful"}}, speakers: []string{m.name}},
		)
	}
	for _, b := range j4Bodies {
		rows = append(rows,
			auditRow{class: "bodyspk/spokesperson said",
				text: b.np + " said the road would reopen on Friday.",
				want: []quote{{b.name, auI, "the road would reopen on Friday"}}, speakers: []string{b.name}},
			auditRow{class: "bodyspk/spokesperson said, after the clause",
				text: "The road would reopen on Friday, " + j4LowerArticle(b.np) + " said.",
				want: []quote{{b.name, auI, "The road would reopen on Friday"}}, speakers: []string{b.name}},
			auditRow{class: "bodyspk/spokesperson told an outlet, mixed",
				text: "Asked about the flooding, " + j4LowerArticle(b.np) + " told the Tarsby Courier that the service \"takes every measure to protect residents\".",
				want: []quote{{b.name, auM, "the service \"takes every measure to protect residents\""}}, speakers: []string{b.name}},
		)
	}
	for _, subj := range j4Callers {
		for _, obj := range j4Owned {
			rows = append(rows, auditRow{class: "calledposs/called another's words, quoted",
				text: subj.np + " called " + obj + " \u201creckless and deeply unhelpful\u201d.",
				want: []quote{{subj.name, auD, "reckless and deeply unhelpful"}}})
		}
	}
	for _, f := range j4ButFrames {
		for _, o := range j4Others {
			rows = append(rows, auditRow{class: "butcue/a second speaker after \"but\"",
				text: "Ada Brinvik " + f.verb + " the bridge " + f.be + " safe but " + o.np + " " + f.verb2(o.plural) + " it " + f.be + " failing.",
				want: []quote{{"Ada Brinvik", auI, "the bridge " + f.be + " safe"}, {o.name, auI, "it " + f.be + " failing"}}})
		}
	}
	rows = append(rows,
		auditRow{class: "butcue/a second one disagrees",
			text: "Ada Brinvik says the bridge is safe but the county engineer disagrees.",
			want: []quote{{"Ada Brinvik", auI, "the bridge is safe"}}},
		auditRow{class: "butcue/a standfirst, two says",
			text: "Tarsby says the stadium is worth $50m but the Harlow county assessor says it is actually worth $19m",
			want: []quote{{"Tarsby", auI, "the stadium is worth $50m"}, {"", auI, "it is actually worth $19m"}}},
		auditRow{class: "near/but and a pronoun goes on with the clause, as before",
			text: "Ada Brinvik said the bridge was safe but she said the road was not.",
			want: []quote{{"Ada Brinvik", auI, "the bridge was safe but she said the road was not"}}, exact: true},
		auditRow{class: "near/but goes on with the clause",
			text: "Ada Brinvik said the bridge was safe but the road was not.",
			want: []quote{{"Ada Brinvik", auI, "the bridge was safe but the road was not"}}, exact: true},
		auditRow{class: "near/but that goes on with the clause",
			text: "Ada Brinvik said the bridge was safe but that the road was not.",
			want: []quote{{"Ada Brinvik", auI, "the bridge was safe but that the road was not"}}, exact: true},
		auditRow{class: "near/but and a noun with a verb of its own",
			text: "Ada Brinvik said the bridge was safe but the repairs took longer than planned.",
			want: []quote{{"Ada Brinvik", auI, "the bridge was safe but the repairs took longer than planned"}}, exact: true},
		auditRow{class: "near/but a participle after the noun",
			text: "Ada Brinvik said the bridge was safe but the report published in May was wrong.",
			want: []quote{{"Ada Brinvik", auI, "the bridge was safe but the report published in May was wrong"}}, exact: true},
	)
	for _, a := range j4Anons {
		for _, p := range j4Named {
			rows = append(rows,
				auditRow{class: "anondescr/the woman or man said, next paragraph",
					text: j4Opening + p.name + " said " + p.pos + " shop had lost half its trade.\n\n" + a + " said people were afraid to go out.\n\n\"We just stay inside. Nobody wants trouble,\" the " + p.noun + " said.",
					want: []quote{{p.name, auI, p.pos + " shop had lost half its trade"}, {"", auI, "people were afraid to go out"}, {"", auD, "We just stay inside. Nobody wants trouble"}}},
				auditRow{class: "anondescr/the woman or man added, same paragraph",
					text: j4Opening + p.name + " said " + p.pos + " shop had lost half its trade.\n\n" + a + " said people were afraid to go out. \"We just stay inside,\" the " + p.noun + " added.",
					want: []quote{{p.name, auI, p.pos + " shop had lost half its trade"}, {"", auI, "people were afraid to go out"}, {"", auD, "We just stay inside"}}},
			)
		}
	}
	rows = append(rows,
		auditRow{class: "near/the woman said, no one between",
			text: j4Opening + "Mara Quellin said her shop had lost half its trade.\n\n\"We just stay inside,\" the woman said.",
			want: []quote{{"Mara Quellin", auI, "her shop had lost half its trade"}, {"Mara Quellin", auD, "We just stay inside"}}},
		auditRow{class: "near/the role named before, someone unnamed between",
			text: j4Opening + "Mara Quellin, a nurse at the Tarsby clinic, said the ward was full.\n\nA resident said people were afraid to go out.\n\n\"We cannot take more patients,\" the nurse said.",
			want: []quote{{"Mara Quellin", auI, "the ward was full"}, {"", auI, "people were afraid to go out"}, {"Mara Quellin", auD, "We cannot take more patients"}}},
		auditRow{class: "near/the age named before, someone unnamed between",
			text: j4Opening + "Mara Quellin, 54, said the ward was full.\n\nA resident said people were afraid to go out.\n\n\"We cannot take more patients,\" the 54-year-old said.",
			want: []quote{{"Mara Quellin", auI, "the ward was full"}, {"", auI, "people were afraid to go out"}, {"Mara Quellin", auD, "We cannot take more patients"}}},
		auditRow{class: "near/a pronoun after someone unnamed, as before",
			text: j4Opening + "Mara Quellin said her shop had lost half its trade.\n\nA resident said people were afraid to go out.\n\n\"We just stay inside,\" she said.",
			want: []quote{{"Mara Quellin", auI, "her shop had lost half its trade"}, {"", auI, "people were afraid to go out"}, {"", auD, "We just stay inside"}}},
	)
	for _, l := range j4Leads {
		rows = append(rows,
			auditRow{class: "leaddescr/a standfirst's description, named below",
				text: "The " + l.descr + " says the stadium is actually worth $19m\n\n" + l.named + " Ada Brinvik said the stadium was actually worth $19m.",
				want: []quote{{"Ada Brinvik", auI, "the stadium is actually worth $19m"}, {"Ada Brinvik", auI, "the stadium was actually worth $19m"}}},
			auditRow{class: "leaddescr/two speakers in a standfirst, the second described",
				text: "Ivo Brant says the stadium is worth $50m but the " + l.descr + " says it is actually worth $19m\n\nIvo Brant says the stadium is worth more than $50m. " + l.named + " Ada Brinvik disagrees, saying the stadium is actually worth $19m.",
				want: []quote{{"Ivo Brant", auI, "the stadium is worth $50m"}, {"Ada Brinvik", auI, "it is actually worth $19m"}, {"Ivo Brant", auI, "the stadium is worth more than $50m"}, {"Ada Brinvik", auI, "the stadium is actually worth $19m"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "near/a standfirst's description, another office named below",
			text: "The Harlow County assessor says the stadium is actually worth $19m\n\nHarlow County treasurer Ada Brinvik said the budget was short.",
			want: []quote{{"", auI, "the stadium is actually worth $19m"}, {"Ada Brinvik", auI, "the budget was short"}}},
		auditRow{class: "near/two speakers in a standfirst, nobody named below",
			text: "Ivo Brant says the stadium is worth $50m but the county assessor says it is actually worth $19m\n\nThe stadium opened in 1998.",
			want: []quote{{"Ivo Brant", auI, "the stadium is worth $50m"}, {"", auI, "it is actually worth $19m"}}},
	)
	for _, v := range []string{"praised", "criticised", "attacked", "thanked", "blasted"} {
		for _, o := range []struct{ np, name string }{{"Ivo Brant", "Ivo Brant"}, {"the mayor", ""}} {
			rows = append(rows,
				auditRow{class: "forcalling/praised or blamed for calling it, quoted",
					text: "Ada Brinvik " + v + " " + o.np + " for calling the plan \u201ca disgrace\u201d.",
					want: []quote{{o.name, auD, "a disgrace"}}},
				auditRow{class: "forcalling/for calling it, then a time",
					text: "Ada Brinvik " + v + " " + o.np + " for calling the vote \u201ca farce\u201d during the debate.",
					want: []quote{{o.name, auD, "a farce"}}},
			)
		}
	}
	rows = append(rows,
		auditRow{class: "near/was criticised for calling",
			text: "Ada Brinvik was criticised for calling the plan \u201ca disgrace\u201d.",
			want: []quote{{"Ada Brinvik", auD, "a disgrace"}}},
		auditRow{class: "near/praised for work, no words",
			text:  "Ada Brinvik praised Ivo Brant for his work on the plan.",
			exact: true},
		auditRow{class: "near/criticised for saying, as before",
			text:  "Ada Brinvik criticised Ivo Brant for saying the plan was sound.",
			exact: true},
	)
	for _, owner := range []string{"Ivo Brant", "Mara Quellin"} {
		for _, kin := range []string{"mother", "father", "brother", "widow"} {
			rows = append(rows,
				auditRow{class: "kinowner/a named person's relative, unnamed, after the quotation",
					text: "Tomas Vell joined the board in May.\n\n\u201cThe house is empty now,\u201d " + owner + "\u2019s " + kin + " said.",
					want: []quote{{"", auD, "The house is empty now"}}, speakers: []string{}},
				auditRow{class: "kinowner/a named person's relative, unnamed, as the subject",
					text: "Tomas Vell joined the board in May.\n\n" + owner + "'s " + kin + " said the house was empty now.",
					want: []quote{{"", auI, "the house was empty now"}}, speakers: []string{}},
			)
		}
	}
	rows = append(rows,
		auditRow{class: "near/the relative named after the comma",
			text: "Tomas Vell joined the board in May.\n\nIvo Brant\u2019s mother, Lena Brant, said the house was empty now.",
			want: []quote{{"Lena Brant", auI, "the house was empty now"}}},
		auditRow{class: "near/the relative named with a role after the comma",
			text: "Tomas Vell joined the board in May.\n\nIvo Brant's widow, former nurse Ada Kellby, said the house was empty now.",
			want: []quote{{"Ada Kellby", auI, "the house was empty now"}}},
		auditRow{class: "near/the relative named before",
			text: "Ivo Brant and his mother, Lena Brant, spoke on Monday.\n\n\u201cThe house is empty now,\u201d Ivo Brant\u2019s mother said.",
			want: []quote{{"Lena Brant", auD, "The house is empty now"}}},
	)
	for _, f := range []string{"is under fire for indicating in June", "resigned after indicating on Monday", "was criticised for indicating last week", "stayed on despite indicating in an interview"} {
		rows = append(rows, auditRow{class: "indicating/indicating, a time or a phrase, then that",
			text: "Ada Brinvik " + f + " that the pension age should rise to 70.",
			want: []quote{{"Ada Brinvik", auI, "the pension age should rise to 70"}}})
	}
	rows = append(rows,
		auditRow{class: "near/indicating a way, no words",
			text:  "Ada Brinvik left after indicating the way to the exit.",
			exact: true},
		auditRow{class: "near/indicating a clause after a time, no that",
			text: "Ada Brinvik resigned after indicating on Monday she would not stand again.",
			want: []quote{{"Ada Brinvik", auI, "she would not stand again"}}},
	)
	for _, doc := range []string{"subsequent analysis showed", "a later study found", "the council\u2019s own report concluded"} {
		for _, sep := range []string{" \u2014 but ", " but "} {
			known := ""
			if !strings.HasPrefix(doc, "subsequent") {
				known = j4NPEnds
			}
			rows = append(rows, auditRow{class: "butdoc/a finding set against a report after \"but\"", known: known,
				text: "Ivo Brant once argued that wages fall after a rise in migration" + sep + doc + " the effect was small.",
				want: []quote{{"Ivo Brant", auI, "wages fall after a rise in migration"}, {"", auI, "the effect was small"}}})
		}
	}
	rows = append(rows,
		auditRow{class: "near/but a document that goes on with the clause",
			text:  "Ivo Brant argued that wages fall but the data was thin.",
			want:  []quote{{"Ivo Brant", auI, "wages fall but the data was thin"}},
			exact: true},
	)
	// Near misses: the envoy named in apposition speaks; someone sent to
	// a person, a letter to a body, a body alone, a bare body noun before
	// "spokesman" and a spokesperson named after the phrase keep what
	// they had.
	rows = append(rows,
		auditRow{class: "near/envoy named after",
			text: "The Norwegian ambassador to the UN, Ada Brinvik, said the ruling was regrettable.",
			want: []quote{{"Ada Brinvik", auI, "the ruling was regrettable"}}},
		auditRow{class: "near/envoy named before",
			text: "Ada Brinvik, Norway's ambassador to the UN, said the ruling was regrettable.",
			want: []quote{{"Ada Brinvik", auI, "the ruling was regrettable"}}},
		auditRow{class: "near/aide to a person",
			text: "An aide to Senator Orla Vensk said the bill would pass.",
			want: []quote{{"", auI, "the bill would pass"}}},
		auditRow{class: "near/the body itself",
			text: "The Corvan Assembly said the ruling was regrettable.",
			want: []quote{{"Corvan Assembly", auI, "the ruling was regrettable"}}},
		auditRow{class: "near/spokesperson for the body",
			text: "A spokesman for the Dunmoor police said the road would reopen on Friday.",
			want: []quote{{"Dunmoor police", auI, "the road would reopen on Friday"}}},
		auditRow{class: "near/bare body noun",
			text: "A police spokesman said the road would reopen on Friday.",
			want: []quote{{"", auI, "the road would reopen on Friday"}}, speakers: []string{}},
		auditRow{class: "near/bare government noun",
			text: "A government spokeswoman said the talks would resume.",
			want: []quote{{"", auI, "the talks would resume"}}, speakers: []string{}},
		auditRow{class: "near/spokesperson named",
			text: "A Norwegian army spokesman, Ivo Brant, said the patrol had come under fire.",
			want: []quote{{"Ivo Brant", auI, "the patrol had come under fire"}}},
		auditRow{class: "near/words called, speaker after",
			text: "The envoy\u2019s remarks were \u201creckless and deeply unhelpful\u201d, Ada Brinvik said.",
			want: []quote{{"Ada Brinvik", auM, "The envoy\u2019s remarks were \u201creckless and deeply unhelpful\u201d"}}},
		auditRow{class: "near/a class at a body called a name",
			text:  "She runs a class at the Harlow Arts Centre called \u201cOpen Doors\u201d.",
			exact: true, known: j4CalledTitle},
		auditRow{class: "near/a hotel in a town called a name",
			text:  "A hotel in Harlow called the Grand reopened on Monday.",
			exact: true},
		auditRow{class: "near/space mission",
			text: "The Artemis mission to the Moon was delayed, Nasa said on Friday.",
			want: []quote{{"Nasa", auI, "The Artemis mission to the Moon was delayed"}}},
	)
	return rows
}

// j4LowerArticle lowers the article opening a phrase that starts a
// sentence in one frame and follows a comma in another; a name stays.
func j4LowerArticle(s string) string {
	for _, a := range []string{"The ", "A ", "An "} {
		if strings.HasPrefix(s, a) {
			return strings.ToLower(a) + s[len(a):]
		}
	}
	return s
}
