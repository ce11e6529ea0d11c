package extract_test

import (
	"strings"
	"testing"

	"soundbite/model"
)

// Session 15, helper j11: a short quoted phrase under a verb that is not
// a speech verb but reports the subject's words ("accused the council of
// “playing games”", "described the deal as “historic”", "thanked them for
// their “unwavering support”"). The gold makes such a phrase a direct
// quote of the subject (README "Kinds": "called the strike “regrettable
// and avoidable”"; dev pages: "condemned the truce suspension as
// “deplorable”"). Near misses, where the quoted words are nobody's or
// someone else's: a film or book title, a name ("a programme called
// “Fresh Start”"), scare quotes of a term, and "accused Brekke of calling
// the plan “a joke”" where the words are Brekke's.
//
// j11Rows crosses twelve verb frames with four speaker forms (full name,
// surname after an introducing paragraph, pronoun, organisation), plus a
// passive frame and the near misses.
//
// FIRST PASS (whole table written first, run once before any fix): 51/60
// (0.85). accuse, describe, referto, whatcalled, thank, praise,
// criticise, label, passive and the near misses all passed; brand 0/4
// ("branded the audit report “nonsense”": after "report" the phrase is
// read as the report's or dropped), cite/dismiss/welcome failed for the
// organisation only (3 rows: a body's subject fragment was kept only
// after "gave its", ...), and both rows of someone else's words
// ("accused Jonas Brekke of calling the plan “a joke”") went to the
// subject.
//
// Fix 1 (organisation subjects): a body that takes a stand with a
// judging or discourse verb in the past ("Tarvik Council dismissed the
// claims as “pure fantasy”") owns the quoted phrase in its object, as a
// person does (bodyJudges), unless the phrase is a term inside a noun
// phrase. Near misses orgtitle, orgmodifier, orgscare added with it (the
// modifier row failed until the modifierTerm guard). All rows 54/63 ->
// 57/63; dev-p attribution 0.930 -> 0.934, no other set moved.
//
// Fix 2 (brand, the largest failing frame left): in "branded the audit
// report “nonsense”" the bare "report" is a cue form, refused as a verb
// there, and a refused cue right before a quotation made it nobody's
// (refusedCueBefore). A bare cue form that heads a noun phrase after a
// determiner and one modifier (modifiedNounCue: "the audit report", "the
// latest claim") is a noun, and refuses nothing. Batch 2 (brand2 rows and
// two near misses: "Harbour officials report “...”", "The audit report
// that ...") written with it: 4/5 without the fix, 5/5 with it. All rows
// 61/68 -> 66/68. No score set moved.
//
// Batch 3 (j11Batch3: shapes seen around dev misses of the class, an
// unnamed spokesman of a named body, a passive in the perfect with the
// agent last, "complained about/of", "warned of"), written whole and run
// once: 9/12 (spokes 2/4, perfect 2/3). Two near misses added after
// (an unnamed body's spokesman, a named spokesman) fail with or without
// fix 3 and stay known.
//
// Fix 3 (spokes): subjectVerb took only a named chunk or a pronoun as the
// subject, so "A Tarvik Council spokesman condemned the order as
// “deplorable”" found no subject; a spokesperson noun heading the
// subject now lets resolveNP find the body (spokesHead), and bodyJudges
// gives it the phrase. spokes 2/6 -> 4/6; all rows 75/82 -> 77/82.
// dev-p recall 0.944 -> 0.947, no other set moved.
//
// Fix 4 (perfect, a passive judging verb with its agent last): "has been
// condemned as “shameful” by Tarvik Council" went to nobody, since
// "condemned" is no cue verb and byAgent reads only cues' agents. A
// passive judging or discourse verb right before the phrase (or its
// "as"), with "by" and a named agent right after it, gives the phrase to
// the agent (passiveJudgeAgent). Rows perfect/hail, perfect/welcome-org
// and near/by-time ("by the end of the week") added with it. perfect
// 3/5 -> 5/5; all rows 80/88 -> 82/88. No score set moved.
//
// Batch 4 (j11Batch4Rows: lists of quoted words under one verb,
// participle clauses, reflexive judgements), written whole and run once:
// 7/8; the body's list under "listed" stays known (bodyJudges keeps to
// stand-taking verbs: a body's neutral verb is as often before a name).
//
// Fix 5 (spokes/named): "A Tarvik Council spokesman, Ivo Brant,
// condemned ..." gave the phrase to nobody; a named spokesperson in
// apposition to the spokesperson noun is now the subject (README: a
// named spokesperson's words are theirs). spokes 4/6 -> 5/6 (row
// spokes/named-role, added after, passes too). No score set moved.
//
// Batch 5 (j11Batch5Frames: eight more verbs, person and body), written
// whole and run once: 12/16; "expressed “deep regret”" and "voiced “grave
// doubts”" gave nothing but a stray mixed quote "” over the closures".
//
// Fix 6 (express): the cue "expressed <feeling>" ended inside the marks,
// so its clause began at the closing mark. The clause now starts after
// the closing mark, and a quotation that a live cue's words run into
// from the verb before it is that cue's (cueThrough). b5express and
// b5voice 0/4 -> 4/4; rows b5express/that and b5express/term added
// after. No score set moved.
//
// Tried and dropped (gerund-owner): "accused B of <gerund>" giving the
// gerund's cue to B (accusedBefore, beside blameObjectBefore's "praised B
// for calling"). Rows other/passive, other/saying, other/comma added with
// it; other 1/5 -> 4/5, but a held-out page set's attribution fell 0.902
// -> 0.898 (over the 0.002 bar), so it was reverted untuned; the rows stay
// known.

type j11Frame struct {
	name string
	vp   string // {subj} is she/it, {pos} her/its
	frag string
}

var j11Frames = []j11Frame{
	{"accuse", "accused the council of “playing games with people's homes”", "playing games with people's homes"},
	{"cite", "cited “serious concerns” about the new bridge", "serious concerns"},
	{"referto", "referred to the harbour plan as “a disgrace”", "a disgrace"},
	{"describe", "described the rent deal as “historic”", "historic"},
	{"brand", "branded the audit report “nonsense”", "nonsense"},
	{"dismiss", "dismissed the eviction claims as “pure fantasy”", "pure fantasy"},
	{"whatcalled", "condemned what {subj} called “a betrayal of the town”", "a betrayal of the town"},
	{"thank", "thanked the volunteers for their “unwavering support”", "unwavering support"},
	{"praise", "praised the rescue crews as “true heroes”", "true heroes"},
	{"welcome", "welcomed the court ruling as “a victory for common sense”", "a victory for common sense"},
	{"criticise", "criticised the landlords for their “shameful neglect”", "shameful neglect"},
	{"label", "labelled the new fees “daylight robbery”", "daylight robbery"},
}

type j11Form struct {
	name, intro, subj, pron, pos, speaker string
}

var j11Forms = []j11Form{
	{"full", "", "Mirela Varga", "she", "her", "Mirela Varga"},
	{"surname", "Mirela Varga said the rents in the old quarter had doubled since January.\n\n", "Varga", "she", "her", "Mirela Varga"},
	{"pronoun", "Mirela Varga said the rents in the old quarter had doubled since January.\n\n", "She", "she", "her", "Mirela Varga"},
	{"org", "", "Tarvik Council", "it", "its", "Tarvik Council"},
}

// j11Known holds the mechanisms of rows still failing, by row class.
var j11Known = map[string]string{
	"spokes/unnamed-body": "nullfrag: an unnamed spokesman's phrase has no subject entity and is dropped, not kept as nobody's",
	"list/org":            "bodyverb: \"listed\" is no judging or discourse verb, and a body's phrase is kept only after those (bodyJudges)",
	"other/passive":       "gerund-owner: \"B was accused of calling\": the passive subject is not read as the gerund's doer",
	"other/saying":        "gerund-owner: the clause under \"accused B of saying\" is B's, the engine gives the subject",
	"other/calling":       "gerund-owner: the words under \"accused B of calling\" are B's, the engine gives the subject",
	"other/describing":    "gerund-owner: the words under \"accused B of describing\" are B's, the engine gives the subject",
}

func j11Rows() []auditRow {
	var rows []auditRow
	for _, f := range j11Frames {
		for _, s := range j11Forms {
			vp := strings.NewReplacer("{subj}", s.pron, "{pos}", s.pos).Replace(f.vp)
			class := f.name + "/" + s.name
			rows = append(rows, auditRow{
				class: class,
				text:  s.intro + s.subj + " " + vp + ".",
				want:  []quote{{s.speaker, model.Direct, f.frag}},
				known: j11Known[class],
			})
		}
	}
	near := []auditRow{
		{class: "passive/full", text: "The rent deal was described as “historic” by Mirela Varga.",
			want: []quote{{"Mirela Varga", model.Direct, "historic"}}},
		{class: "passive/org", text: "The harbour plan was branded “a disgrace” by Tarvik Council.",
			want: []quote{{"Tarvik Council", model.Direct, "a disgrace"}}},
		{class: "near/film", text: "Mirela Varga, who starred in the film “Open Doors”, said the rents had doubled.",
			want: []quote{{"Mirela Varga", model.Indirect, "the rents had doubled"}}, exact: true},
		{class: "near/programme", text: "Mirela Varga runs a programme called “Fresh Start” for young offenders.", exact: true},
		{class: "near/knownas", text: "The estate, known locally as “the Ring”, was built in 1968.", exact: true},
		{class: "near/socalled", text: "Work on the so-called “green corridor” will begin in May.", exact: true},
		{class: "near/book", text: "Mirela Varga's memoir, “Rooms Without Keys”, was published last year.", exact: true},
		{class: "near/ship", text: "The ferry “Northern Star” was launched by Mirela Varga in 2019.", exact: true},
		{class: "near/named", text: "Mirela Varga named the new ferry “Northern Star” at a ceremony in the harbour.", exact: true},
		{class: "near/termed", text: "Mirela Varga opened the so-called “tenants' hub” on Friday.", exact: true},
		{class: "near/orgtitle", text: "Tarvik Council cited the “Fresh Start” scheme as a model for the region.", exact: true},
		{class: "near/orgmodifier", text: "Tarvik Council welcomed a “pay as you feel” café in the old market.", exact: true},
		{class: "near/orgscare", text: "Tarvik Council has waited two years for the “green corridor” to open.", exact: true},
		{class: "brand2/new", text: "Mirela Varga branded the new report “utter nonsense” on Friday.",
			want: []quote{{"Mirela Varga", model.Direct, "utter nonsense"}}},
		{class: "brand2/claim", text: "Tarvik Council dismissed the latest claim as “pure invention”.",
			want: []quote{{"Tarvik Council", model.Direct, "pure invention"}}},
		{class: "brand2/comment", text: "Mirela Varga called the mayor's comment “deeply hurtful”.",
			want: []quote{{"Mirela Varga", model.Direct, "deeply hurtful"}}},
		{class: "near/plural-report", text: "Harbour officials report “steady progress” on the repairs.",
			want: []quote{{"", model.Direct, "steady progress"}}, exact: true},
		{class: "near/report-that", text: "The audit report that Mirela Varga ordered found “serious gaps” in the accounts.",
			want: []quote{{"", model.Direct, "serious gaps"}}},
		{class: "near/by-time", text: "The plan was criticised as “a mess” by the end of the week.", speakers: []string{}},
		{class: "other/calling", text: "Mirela Varga accused Jonas Brekke of calling the plan “a joke”.",
			want: []quote{{"Jonas Brekke", model.Direct, "a joke"}}},
		{class: "other/passive", text: "Jonas Brekke was accused of calling the plan “a joke”.",
			want: []quote{{"Jonas Brekke", model.Direct, "a joke"}}},
		{class: "other/saying", text: "Mirela Varga accused Jonas Brekke of saying the harbour would close.",
			want: []quote{{"Jonas Brekke", model.Indirect, "the harbour would close"}}},
		{class: "other/comma", text: "Mirela Varga accused Jonas Brekke of lying, calling his plan “a joke”.",
			want: []quote{{"Mirela Varga", model.Direct, "a joke"}}},
		{class: "other/describing", text: "Mirela Varga accused Jonas Brekke of describing the tenants as “squatters”.",
			want: []quote{{"Jonas Brekke", model.Direct, "squatters"}}},
	}
	for i := range near {
		near[i].known = j11Known[near[i].class]
	}
	return append(rows, near...)
}

// j11Batch3Frames are shapes seen around the dev misses of the class,
// crossed with three verbs each: an unnamed spokesman of a named body, a
// passive in the perfect with the agent last, and a complaint "about" a
// phrase.
var j11Batch3 = []struct{ class, text, speaker, frag string }{
	{"spokes/condemn", "A Tarvik Council spokesman condemned the eviction order as “deplorable” but said talks would go on.", "Tarvik Council", "deplorable"},
	{"spokes/describe", "A Tarvik Council spokeswoman described the ruling as “deeply disappointing”.", "Tarvik Council", "deeply disappointing"},
	{"spokes/dismiss", "A spokesman for Tarvik Council dismissed the claims as “pure fantasy”.", "Tarvik Council", "pure fantasy"},
	{"spokes/welcome", "A Tarvik Council spokesman welcomed the ruling as “a victory for common sense”.", "Tarvik Council", "a victory for common sense"},
	{"spokes/unnamed-body", "A spokesman welcomed the ruling as “a fair outcome” for the tenants.", "", "a fair outcome"},
	{"spokes/named", "A Tarvik Council spokesman, Ivo Brant, condemned the eviction order as “deplorable”.", "Ivo Brant", "deplorable"},
	{"spokes/named-role", "A spokeswoman for Tarvik Council, Anja Koll, described the ruling as “deeply disappointing”.", "Anja Koll", "deeply disappointing"},
	{"perfect/describe", "The recent closures have been described as “heartbreaking” by Mirela Varga.", "Mirela Varga", "heartbreaking"},
	{"perfect/condemn", "The eviction order has been condemned as “shameful” by Tarvik Council.", "Tarvik Council", "shameful"},
	{"perfect/brand", "The new fees have been branded “daylight robbery” by Mirela Varga.", "Mirela Varga", "daylight robbery"},
	{"perfect/hail", "The harbour deal was hailed as “a turning point” by Mirela Varga.", "Mirela Varga", "a turning point"},
	{"perfect/welcome-org", "The ruling has been welcomed as “long overdue” by Tarvik Council.", "Tarvik Council", "long overdue"},
	{"complain/about", "Mirela Varga complained to the mayor about the council's “interference” in tenants' affairs.", "Mirela Varga", "interference"},
	{"complain/of", "Mirela Varga complained of “endless delays” at the housing office.", "Mirela Varga", "endless delays"},
	{"complain/org", "Tarvik Council complained about the ministry's “heavy-handed approach” to the harbour.", "Tarvik Council", "heavy-handed approach"},
	{"warned/of", "Mirela Varga warned of “a summer of chaos” at the harbour.", "Mirela Varga", "a summer of chaos"},
	{"warned/org", "Tarvik Council warned of “a summer of chaos” at the harbour.", "Tarvik Council", "a summer of chaos"},
}

func j11Batch3Rows() []auditRow {
	var rows []auditRow
	for _, r := range j11Batch3 {
		rows = append(rows, auditRow{class: r.class, text: r.text, want: []quote{{r.speaker, model.Direct, r.frag}}, known: j11Known[r.class]})
	}
	return rows
}

// j11Batch4Rows are further shapes seen around dev misses: several quoted
// words in a list under one verb, a participle clause after the main one
// ("..., accusing him of “...”"), and a reflexive judgement ("declared
// herself “delighted”").
func j11Batch4Rows() []auditRow {
	mv, tc := "Mirela Varga", "Tarvik Council"
	rows := []auditRow{
		{class: "list/named", text: "Mirela Varga named “housing”, “transport” and “schools” as her priorities.",
			want: []quote{{mv, model.Direct, "housing"}, {mv, model.Direct, "transport"}, {mv, model.Direct, "schools"}}},
		{class: "list/endorse", text: "Mirela Varga endorsed using “fairness”, “safety”, and “respect” as the test of the plan.",
			want: []quote{{mv, model.Direct, "fairness"}, {mv, model.Direct, "safety"}, {mv, model.Direct, "respect"}}},
		{class: "list/org", text: "Tarvik Council listed “housing”, “transport” and “schools” as its priorities.",
			want: []quote{{tc, model.Direct, "housing"}, {tc, model.Direct, "transport"}, {tc, model.Direct, "schools"}}},
		{class: "partic/accusing", text: "Mirela Varga said it was up to Jonas Brekke to act, accusing him of “dragging his feet.”",
			want: []quote{{mv, model.Direct, "dragging his feet."}}},
		{class: "partic/calling", text: "Mirela Varga left the meeting early, calling the vote “a farce”.",
			want: []quote{{mv, model.Direct, "a farce"}}},
		{class: "partic/org", text: "Tarvik Council rejected the offer, describing it as “an insult”.",
			want: []quote{{tc, model.Direct, "an insult"}}},
		{class: "reflexive/professed", text: "Mirela Varga professed herself “deeply concerned” about the harbour.",
			want: []quote{{mv, model.Direct, "deeply concerned"}}},
		{class: "reflexive/declared", text: "Mirela Varga declared herself “delighted” with the result.",
			want: []quote{{mv, model.Direct, "delighted"}}},
	}
	for i := range rows {
		rows[i].known = j11Known[rows[i].class]
	}
	return rows
}

// j11Batch5Frames widen the verb list: more verbs of judging and of taking
// a stand, each with a person and a body as subject.
var j11Batch5Frames = []j11Frame{
	{"hail", "hailed the harbour deal as “a turning point”", "a turning point"},
	{"slam", "slammed the new fees as “a tax on the poor”", "a tax on the poor"},
	{"denounce", "denounced the eviction order as “cruel and needless”", "cruel and needless"},
	{"reject", "rejected the offer as “an insult to tenants”", "an insult to tenants"},
	{"defend", "defended the rent cap as “the only fair option”", "the only fair option"},
	{"decry", "decried the “shameful neglect” of the old quarter", "shameful neglect"},
	{"express", "expressed “deep regret” over the closures", "deep regret"},
	{"voice", "voiced “grave doubts” about the bridge", "grave doubts"},
}

func j11Batch5Rows() []auditRow {
	rows := []auditRow{
		{class: "b5express/that", text: "Mirela Varga expressed “deep concern” that the harbour would flood.",
			want: []quote{{"Mirela Varga", model.Direct, "deep concern"}, {"Mirela Varga", model.Indirect, "the harbour would flood"}}},
		// A term inside the object of a cue is the speaker's, as the dev
		// gold has it ("warn against a “...” approach").
		{class: "b5express/term", text: "Mirela Varga expressed concern about the “green corridor” plan.",
			want: []quote{{"Mirela Varga", model.Direct, "green corridor"}}},
	}
	for _, f := range j11Batch5Frames {
		for _, s := range []j11Form{j11Forms[0], j11Forms[3]} {
			class := "b5" + f.name + "/" + s.name
			rows = append(rows, auditRow{class: class, text: s.subj + " " + f.vp + ".",
				want: []quote{{s.speaker, model.Direct, f.frag}}, known: j11Known[class]})
		}
	}
	return rows
}

func TestAuditS15J11(t *testing.T) {
	rows := append(j11Rows(), j11Batch3Rows()...)
	rows = append(rows, j11Batch4Rows()...)
	runAudit(t, "j11", append(rows, j11Batch5Rows()...), *auditKnown)
}
