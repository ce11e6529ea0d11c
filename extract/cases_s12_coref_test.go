package extract_test

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

// Session 12, who a pronoun or a description refers to, in invented
// multi-paragraph articles (fictional people, places and bodies): the last
// person named is not always the speaker (a person spoken about, a victim,
// the object of "told", the owner in "X's lawyer"), two speakers
// alternate, a pronoun's gender picks one of two people, a description
// ("the minister", "the 54-year-old", "the company") points back to the
// one entity it fits, "they" stands for a body, and a quotation with no
// cue continues the last speaker or goes to a person just introduced.
//
// Each frame is an article with two people, A (who speaks) and B (who
// mostly does not), written once and filled with several casts: the two of
// different genders either way round, and of the same gender, so a frame
// shows whether gender, role or position did the work.
//
// FIRST-PASS (the whole first table of 150 rows, written before any fix
// on this branch), 113/150 pass (0.75): about 16/24, alternate 12/12,
// carry 16/24, descr 29/35, gender 9/15, object 14/20, possessive 16/16,
// they 1/4 (one of the they failures was the row's own span, "will close
// ..." for the whole clause the engine rightly takes; corrected). Failures
// by mechanism: a pronoun cue given to a silent person of the speaker's
// gender named since (about and object, same-gender casts: 12), a
// quotation-only paragraph after narration naming someone or "X
// disagreed" (8), a description no entity carries ("the farmer" of "the
// farm of X", 4), gender of a title or learned from a pronoun (6), a body's
// description or "they" (5).
//
// AFTER this branch's fixes, the same 150 rows: 141/150 (0.94): about
// 22/24, alternate 12/12, carry 24/24, descr 30/35, gender 14/15, object
// 20/20, possessive 16/16, they 3/4.
//
// Later batches, each written whole and run once before any fix of its
// own (first pass -> after): 2 (descriptions, pronouns after "angered",
// "thanked", a reporter's question) 48/52 -> 52/52, the 4 failures the
// rows' own span; 3 (whole articles in nine styles) 38/40 -> 40/40; 4
// (nationality, party, former office, team position) 24/40 -> 36/40; 5
// (roles from appositions, crimes, kin) 20/32 -> 32/32; 6 (two bodies, two
// ministers, interviewers, groups) 28/28; 7 (the dead between, carry)
// 8/16 -> 16/16; 8 (the dead before a pronoun cue) 6/8 -> 8/8; 9 (mixed,
// a fresh estimate after the fixes) 20/24 -> 24/24. All rows written
// before their fixes: 305/390 (0.78) first pass, 377/390 (0.97) after.
// Near misses added with each fix bring the table to 433 rows.

// Mechanisms of the known failures, named once so the audit groups them.
const (
	crSilentSame   = "silent-same: a pronoun cue goes to a silent person of the speaker's gender named since (the person the quotation speaks of: a pupil, a suspect, a painter), over the speaker who spoke or was the subject before"
	crFarmOf       = "farm-of: \"the farm of X\" does not make X \"the farmer\"; the description falls to the last speaker"
	crPassiveAgent = "passive-agent: a quotation-only paragraph after \"was inspected by the county surveyor X\" is left to nobody: TestCarryOverAParagraphAboutNoOne wants it so (\"The case was brought by Greta Lund\": the agent may be the one whose words come next)"
	crDisagreed    = "disagreed: a quotation-only paragraph after \"But X disagreed.\" is left to nobody, not given to X (h12-coref2 gave it to X; the ranker refitted after h12-recall2's merge leaves it to nobody again)"
	crLearnGender  = "learn-gender: a subject's own possessive later in its sentence (\"Tavi Lund sold her bakery\") does not give a first name of unknown gender its gender (tried in session 11 for any his/her: it cost two score sets)"
	crPossessorShe = "possessor-she: \"Tavi Lund's mother ran the inn. She died in 2010.\": the narration's \"she\" resolves to the possessor, who is then taken for a woman and loses a later \"he said\""
	crUnknownTurn  = "unknown-turn: the last speaker, of no known gender, keeps \"he said\" over a man the narration called \"he\" two paragraphs back"
	crVeteran      = "descr-fallback: a description no entity carries (\"the boy\" of an unnamed boy, \"the victim\" of an unnamed woman) falls to the salient person named last, as session 11's at2DescrFallback"
	crChallenger   = "challenger: \"the challenger\" is no role of the one \"Mayor X will face Y\" sets against the mayor; the quotation is left to nobody"
	crBodyDescr    = "body-descr: \"Food safety officer Ilse Varga\" makes \"Food\" a body (as \"Corvel Rail spokesman\" names Corvel Rail), which \"the company\" then takes over Quarrow Foods"
	crTheyBody     = "they-body: \"they said\" does not reach a body (a trust, a campaign group) named as a subject two paragraphs back"
)

// corefKnownRows gives the rows still failing their mechanism, by class.
var corefKnownRows = map[string]string{
	"descr/near miss: the victim not named, an elected man spoke":            crVeteran,
	"descr/near miss: the boy is not his mother":                             crVeteran,
	"descr4/the mayor, the challenger [fm]":                                  crChallenger,
	"descr4/the mayor, the challenger [mf]":                                  crChallenger,
	"descr4/the mayor, the challenger [mm]":                                  crChallenger,
	"descr4/the mayor, the challenger [ff]":                                  crChallenger,
	"carry/yet X, with an aside, was unconvinced, then quote-only paragraph": crDisagreed,
	"carry/new person disagreed, then quote-only paragraph [fm]":             crDisagreed,
	"carry/new person disagreed, then quote-only paragraph [mf]":             crDisagreed,
	"carry/new person disagreed, then quote-only paragraph [mm]":             crDisagreed,
	"carry/new person disagreed, then quote-only paragraph [ff]":             crDisagreed,
	"carry/passive agent with a role between, quote-only paragraph":          crPassiveAgent,
	"gender/near miss: the opening name is a possessor, she is the mother":   crPossessorShe,
	"gender/learned from he, the man spoke, then the woman of unknown name":  crUnknownTurn,
	"about/speaker quoted first, then the subject's story, pronoun cue [mm]": crSilentSame,
	"about/speaker quoted first, then the subject's story, pronoun cue [ff]": crSilentSame,
	"descr/the scientist, the farmer [fm]":                                   crFarmOf,
	"descr/the scientist, the farmer [mf]":                                   crFarmOf,
	"descr/the scientist, the farmer [mm]":                                   crFarmOf,
	"descr/the scientist, the farmer [ff]":                                   crFarmOf,
	"gender/learned from her possessive, she said":                           crLearnGender,
	"descr/the company, after a person spoke":                                crBodyDescr,
	"they/a group's quote, they said":                                        crTheyBody,
}

var corefKnown = flag.Bool("coref.known", false, "TestAuditS12Coref runs its known failures too")

func TestAuditS12Coref(t *testing.T) { runAudit(t, "coref", corefRows(), *corefKnown) }

// corefCast is a pair of people for a frame: A and B, each a full name, a
// surname and a gender ("f" or "m").
type corefCast struct {
	id    string
	a, as string
	ag    string
	b, bs string
	bg    string
}

var (
	castFM = corefCast{id: "fm", a: "Marit Ostby", as: "Ostby", ag: "f", b: "Jonas Kell", bs: "Kell", bg: "m"}
	castMF = corefCast{id: "mf", a: "Gunnar Sveil", as: "Sveil", ag: "m", b: "Ingrid Laas", bs: "Laas", bg: "f"}
	castMM = corefCast{id: "mm", a: "Tobias Renn", as: "Renn", ag: "m", b: "Anders Mollo", bs: "Mollo", bg: "m"}
	castFF = corefCast{id: "ff", a: "Sigrid Pell", as: "Pell", ag: "f", b: "Nora Vasch", bs: "Vasch", bg: "f"}
)

var (
	castsAll   = []corefCast{castFM, castMF, castMM, castFF}
	castsMixed = []corefCast{castFM, castMF}
)

// corefWant is a wanted quote of a frame: who is "A", "B", "" or a literal
// name, text a template.
type corefWant struct {
	who  string
	kind string
	text string
}

// corefFrame is an article template: {A} {As} {B} {Bs} name the people,
// {a.he} {a.He} {a.his} {a.His} {a.him} and the same for b their pronouns.
type corefFrame struct {
	class string
	text  string
	want  []corefWant
	casts []corefCast
}

func pronouns(p, g string) []string {
	he, his, him := "he", "his", "him"
	if g == "f" {
		he, his, him = "she", "her", "her"
	}
	up := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	return []string{"{" + p + ".he}", he, "{" + p + ".He}", up(he), "{" + p + ".his}", his, "{" + p + ".His}", up(his), "{" + p + ".him}", him}
}

func (c corefCast) fill(s string) string {
	pairs := []string{"{A}", c.a, "{As}", c.as, "{B}", c.b, "{Bs}", c.bs}
	pairs = append(pairs, pronouns("a", c.ag)...)
	pairs = append(pairs, pronouns("b", c.bg)...)
	return strings.NewReplacer(pairs...).Replace(s)
}

func (f corefFrame) rows() []auditRow {
	casts := f.casts
	if casts == nil {
		casts = castsAll
	}
	var rows []auditRow
	for _, c := range casts {
		class := f.class + " [" + c.id + "]"
		row := auditRow{class: class, text: c.fill(f.text), known: corefKnownRows[class]}
		for _, w := range f.want {
			who := w.who
			switch who {
			case "A":
				who = c.a
			case "B":
				who = c.b
			}
			kind := auD
			switch w.kind {
			case "I":
				kind = auI
			case "M":
				kind = auM
			}
			row.want = append(row.want, quote{who, kind, c.fill(w.text)})
		}
		rows = append(rows, row)
	}
	return rows
}

func corefRows() []auditRow {
	var rows []auditRow
	for _, f := range corefFrames {
		rows = append(rows, f.rows()...)
	}
	for _, r := range corefSingles {
		r.known = corefKnownRows[r.class]
		rows = append(rows, r)
	}
	for _, f := range slices.Concat(corefFrames2, corefFrames3, corefFrames4, corefFrames5, corefFrames6, corefFrames7, corefFrames8, corefFrames9, corefFramesRoleVerb) {
		rows = append(rows, f.rows()...)
	}
	return rows
}

var corefFrames = []corefFrame{
	// The person spoken about is named after the speaker.
	{class: "about/tribute to the dead, pronoun cue",
		text: "{A}, the mayor of Tessbury, paid tribute on Monday to {B}, a firefighter who died in the blaze at the Corrin mill.\n\n{b.His} body was recovered from the east wing on Sunday morning.\n\n“{b.He} gave {b.his} life for this town,” {a.he} said.\n\n“We will name the new fire station after {b.him}.”",
		want: []corefWant{{"A", "D", "{b.He} gave {b.his} life for this town"}, {"A", "D", "We will name the new fire station after {b.him}."}}},
	{class: "about/victim named first, detective speaks",
		text: "{B}, 34, was stabbed outside a bar in Lerrow on Saturday night.\n\n{A}, a detective inspector with Lerrow Police, said {b.he} had been taken to hospital with serious injuries.\n\n“{b.He} is lucky to be alive,” {a.he} said.\n\n“We are appealing for witnesses.”",
		want: []corefWant{{"A", "I", "{b.he} had been taken to hospital with serious injuries"}, {"A", "D", "{b.He} is lucky to be alive"}, {"A", "D", "We are appealing for witnesses."}}},
	{class: "about/coach on the pupil",
		text: "{A} has coached at the Vell swimming club for twelve years.\n\n{a.His} best pupil, {B}, won two medals at the national championships in May.\n\n“{b.He} trains harder than anyone I have known,” {a.he} said.\n\n{Bs} has been picked for the national squad.",
		want: []corefWant{{"A", "D", "{b.He} trains harder than anyone I have known"}}},
	{class: "about/speaker quoted first, then the subject's story, pronoun cue",
		text: "“This is the worst case of neglect I have seen,” said {A}, an inspector for the Harlow Animal Trust.\n\nThe trust found 40 dogs at a farm owned by {B} near Vessby last week. {Bs} was arrested on Friday.\n\n“Some of the dogs had not been fed for weeks,” {a.he} said.",
		want: []corefWant{{"A", "D", "This is the worst case of neglect I have seen"}, {"A", "D", "Some of the dogs had not been fed for weeks"}}},
	{class: "about/biographer on the subject",
		text: "{A} spent eight years writing the life of the painter {B}, who died in Marrenport in 1961.\n\n{Bs} painted the harbour almost every day for forty years.\n\n“{b.He} was never satisfied with a single canvas,” {a.he} said.\n\n“{b.He} burned half of them.”",
		want: []corefWant{{"A", "D", "{b.He} was never satisfied with a single canvas"}, {"A", "D", "{b.He} burned half of them."}}},
	{class: "about/neighbour on the missing person, cue after a paragraph on the subject",
		text: "Police are searching for {B}, 71, who left {b.his} home in Sallow Road on Wednesday evening.\n\n{B} was wearing a green coat and walks with a stick.\n\n{A}, who lives next door, said {a.he} had seen {b.him} walking towards the canal.\n\n“{b.He} looked confused,” {a.he} said.",
		want: []corefWant{{"A", "I", "{a.he} had seen {b.him} walking towards the canal"}, {"A", "D", "{b.He} looked confused"}}},

	// The last person named is the object of the cue or the interviewer.
	{class: "object/told X that, then pronoun",
		text: "{A} told {B}, a reporter for the Brennick Gazette, that the Harrow glassworks would close in March.\n\n“There is no buyer and no money,” {a.he} said.\n\n“I am sorry for the workers.”",
		want: []corefWant{{"A", "I", "the Harrow glassworks would close in March"}, {"A", "D", "There is no buyer and no money"}, {"A", "D", "I am sorry for the workers."}}},
	{class: "object/interviewed by X on the radio",
		text: "In an interview with {B} on Radio Tessbury on Sunday, {A} defended the rise in council tax.\n\n“Nobody likes paying more,” {a.he} said.\n\n“But the roads are falling apart.”",
		want: []corefWant{{"A", "D", "Nobody likes paying more"}, {"A", "D", "But the roads are falling apart."}}},
	{class: "object/told X, then X replies by surname",
		text: "Club chairman {A} told {B} on Tuesday that {b.his} contract would not be renewed.\n\n“{Bs} has been loyal, but the club must change,” {a.he} said.\n\n{Bs} said {b.he} was disappointed.",
		want: []corefWant{{"A", "I", "{b.his} contract would not be renewed"}, {"A", "D", "{Bs} has been loyal, but the club must change"}, {"B", "I", "{b.he} was disappointed"}}},
	{class: "object/wrote to the minister",
		text: "{A}, a nurse at Calder General, wrote to the health minister, {B}, on Friday asking for more beds.\n\n“Patients are waiting on trolleys for two days,” {a.he} said.\n\nThe minister has not replied.",
		want: []corefWant{{"A", "D", "Patients are waiting on trolleys for two days"}}},
	{class: "object/met X, pronoun cue",
		text: "Foreign Minister {A} met {B}, the leader of the Ostrava opposition, in Brennick on Thursday.\n\nThe two spoke for an hour about the border dispute.\n\n“We agreed that talks must continue,” {a.he} told reporters afterwards.",
		want: []corefWant{{"A", "D", "We agreed that talks must continue"}}},

	// A possessive: the owner is not the speaker.
	{class: "possessive/X's lawyer, named, then pronoun",
		text: "{B} was charged on Friday with fraud at the Pellan Savings Bank.\n\n{Bs}'s lawyer, {A}, said {a.his} client would plead not guilty.\n\n“My client has done nothing wrong,” {a.he} said.",
		want: []corefWant{{"A", "I", "{a.his} client would plead not guilty"}, {"A", "D", "My client has done nothing wrong"}}},
	{class: "possessive/X's lawyer, unnamed, the lawyer said",
		text: "{B} was arrested at Lerrow airport on Monday.\n\n{Bs}'s lawyer said the arrest was unlawful.\n\n“{b.He} has cooperated with the police for months,” the lawyer said.",
		want: []corefWant{{"", "I", "the arrest was unlawful"}, {"", "D", "{b.He} has cooperated with the police for months"}}},
	{class: "possessive/X's parent, named, pronoun cue",
		text: "{B}, 17, has been missing since Tuesday.\n\n{b.His} guardian, {A}, said {b.he} had left home after an argument.\n\n“{b.He} took nothing with {b.him}, not even {b.his} phone,” {a.he} said.",
		want: []corefWant{{"A", "I", "{b.he} had left home after an argument"}, {"A", "D", "{b.He} took nothing with {b.him}, not even {b.his} phone"}}},
	{class: "possessive/X's manager speaks, surname cue then pronoun",
		text: "{B} won the Harlow marathon on Sunday in a course record.\n\n{Bs}'s manager, {A}, had predicted the record in March.\n\n“I told everyone this would happen,” {As} said.\n\n“Next year it is the world record,” {a.he} added.",
		want: []corefWant{{"A", "D", "I told everyone this would happen"}, {"A", "D", "Next year it is the world record"}}},

	// Two speakers alternate.
	{class: "alternate/two bakers, pronouns",
		text:  "{A} and {B} have run the Corrin bakery together since 1998.\n\n“We start at four every morning,” {As} said.\n\n“{a.He} starts at four. I start at five,” {Bs} said.\n\n“The ovens take an hour to heat,” {a.he} said.\n\n“And I am the one who lights them,” {b.he} added.",
		want:  []corefWant{{"A", "D", "We start at four every morning"}, {"B", "D", "{a.He} starts at four. I start at five"}, {"A", "D", "The ovens take an hour to heat"}, {"B", "D", "And I am the one who lights them"}},
		casts: castsMixed},
	{class: "alternate/debate, accuser then accused",
		text: "At the debate in Harlow on Thursday, {A} accused {B} of ignoring the town's hospital.\n\n“{b.He} has voted against every new ward,” {a.he} said.\n\n{Bs} rejected the claim. “That is simply untrue,” {b.he} said.\n\n“I voted for the children's unit last year.”",
		want: []corefWant{{"A", "D", "{b.He} has voted against every new ward"}, {"B", "D", "That is simply untrue"}, {"B", "D", "I voted for the children's unit last year."}}},
	{class: "alternate/pronoun-only turns after both named",
		text:  "Landlord {A} and tenant {B} met at the Vessby tribunal on Monday.\n\n“The rent has not been paid since June,” {a.he} said.\n\n“The roof has leaked since May,” {b.he} said.\n\n“I sent a builder twice,” {a.he} said.",
		want:  []corefWant{{"A", "D", "The rent has not been paid since June"}, {"B", "D", "The roof has leaked since May"}, {"A", "D", "I sent a builder twice"}},
		casts: castsMixed},
	{class: "alternate/quote-only paragraph after the second speaker",
		text: "“The bypass will save every driver twenty minutes,” said transport chief {A}.\n\n“It will cut through the last meadow in the valley,” said campaigner {B}.\n\n“There are orchids there that grow nowhere else.”\n\n{As} said the route had been chosen to spare the village.",
		want: []corefWant{{"A", "D", "The bypass will save every driver twenty minutes"}, {"B", "D", "It will cut through the last meadow in the valley"}, {"B", "D", "There are orchids there that grow nowhere else."}, {"A", "I", "the route had been chosen to spare the village"}}},

	// A description points back to the one entity it fits.
	{class: "descr/the minister among a minister and an opposition leader",
		text: "Finance Minister {A} presented the budget on Tuesday.\n\nOpposition leader {B} called it a betrayal of pensioners.\n\n“The numbers have to add up,” the minister said.",
		want: []corefWant{{"A", "D", "The numbers have to add up"}}},
	{class: "descr/the 54-year-old, then the chairman by role",
		text: "{A}, 54, was sacked by Pellan Rovers on Sunday after two years as manager.\n\nThe club's chairman, {B}, said the decision had been taken with regret.\n\n“I gave this club everything,” the 54-year-old said.",
		want: []corefWant{{"B", "I", "the decision had been taken with regret"}, {"A", "D", "I gave this club everything"}}},
	{class: "descr/the coach, after a player named",
		text: "Harlow City coach {A} watched {a.his} side lose 3-0 at Fenmoor on Saturday.\n\nStriker {B} missed a penalty in the first half.\n\n“We were poor from the first minute,” the coach said.",
		want: []corefWant{{"A", "D", "We were poor from the first minute"}}},
	{class: "descr/the judge, after the defendant",
		text: "Judge {A} sentenced {B} to six years in prison at Brennick Crown Court on Friday.\n\n{Bs}, 41, had admitted stealing 2 million crowns from a charity.\n\n“You showed no remorse,” the judge said.",
		want: []corefWant{{"A", "D", "You showed no remorse"}}},
	{class: "descr/the driver, a witness spoke between",
		text: "A lorry overturned on the Vessby bypass on Thursday morning, blocking both lanes for five hours.\n\nThe driver, {B}, was freed by firefighters.\n\nWitness {A} said the lorry had swerved to avoid a deer.\n\n“I just saw it go over,” {As} said.\n\n“I have been driving for thirty years and never hit anything,” the driver said.",
		want: []corefWant{{"A", "I", "the lorry had swerved to avoid a deer"}, {"A", "D", "I just saw it go over"}, {"B", "D", "I have been driving for thirty years and never hit anything"}}},
	{class: "descr/the mayor, a resident spoke between",
		text: "Tessbury's mayor, {A}, opened the new footbridge on Saturday.\n\nResident {B} said the bridge had taken eleven years to build.\n\n“It was worth the wait,” the mayor said.",
		want: []corefWant{{"B", "I", "the bridge had taken eleven years to build"}, {"A", "D", "It was worth the wait"}}},
	{class: "descr/the scientist, the farmer",
		text: "Soil scientist {A} has spent three summers on the farm of {B} outside Marrow.\n\nThe two have planted clover between the rows of barley.\n\n“The yields went up by a fifth,” the scientist said.\n\n“I did not believe it would work,” the farmer said.",
		want: []corefWant{{"A", "D", "The yields went up by a fifth"}, {"B", "D", "I did not believe it would work"}}},

	// A quotation with no cue, or the paragraph after narration.
	{class: "carry/quote-only after a paragraph of narration",
		text: "“I have never seen a fire spread so fast,” said {A}, the chief fire officer for Marrow.\n\nThe fire started in the kitchen of the Old Mill hotel at about 2 am. Crews from three stations fought it for six hours.\n\n“The building was full of old timber.”",
		want: []corefWant{{"A", "D", "I have never seen a fire spread so fast"}, {"A", "D", "The building was full of old timber."}}},
	{class: "carry/quote-only after narration naming the owner",
		text: "“I have never seen a fire spread so fast,” said {A}, the chief fire officer for Marrow.\n\nThe hotel belonged to {B}, who bought it in 2009.\n\n“The building was full of old timber.”",
		want: []corefWant{{"A", "D", "I have never seen a fire spread so fast"}, {"A", "D", "The building was full of old timber."}}},
	{class: "carry/new person introduced, then quote-only paragraph",
		text: "“The river has never been this high,” said {A}, who runs the Sallow lock.\n\n{B} has lived on Dock Street for forty years and has sandbags at every door.\n\n“We moved everything upstairs on Friday.”",
		want: []corefWant{{"A", "D", "The river has never been this high"}, {"B", "D", "We moved everything upstairs on Friday."}}},
	{class: "carry/new person disagreed, then quote-only paragraph",
		text: "“The market brings people into the town,” said {A}, who organises it.\n\nBut {B}, who owns the Corner Grocer on Vell Street, disagreed.\n\n“They park on the pavement and buy nothing from the shops.”",
		want: []corefWant{{"A", "D", "The market brings people into the town"}, {"B", "D", "They park on the pavement and buy nothing from the shops."}}},
	{class: "carry/quote-only paragraph, then a pronoun cue",
		text: "{A}, who chairs the Harlow Allotment Society, said the waiting list had reached 300.\n\n“Some people have waited nine years.”\n\n“We need the council to give us the old rail yard,” {a.he} said.\n\n{B}, the council's land officer, said the yard was not for sale.",
		want: []corefWant{{"A", "I", "the waiting list had reached 300"}, {"A", "D", "Some people have waited nine years."}, {"A", "D", "We need the council to give us the old rail yard"}, {"B", "I", "the yard was not for sale"}}},
	{class: "carry/near miss: the new person's quote has a cue",
		text: "“The river has never been this high,” said {A}, who runs the Sallow lock.\n\n{B} has lived on Dock Street for forty years.\n\n“We moved everything upstairs on Friday,” {Bs} said.",
		want: []corefWant{{"A", "D", "The river has never been this high"}, {"B", "D", "We moved everything upstairs on Friday"}}},
}

// Rows that need one particular set of people: gender from an honorific,
// a title or an earlier pronoun, bodies as "they" and descriptions of
// bodies.
var corefSingles = []auditRow{
	// Gender learned from an honorific or a title.
	{class: "gender/Ms on the second mention, she said",
		text: "Ashe Keld and Rennick Dole both applied to be harbourmaster at Saltby.\n\nMs Keld got the job on Monday.\n\n“I grew up on these quays,” she said.",
		want: []quote{{"Ashe Keld", auD, "I grew up on these quays"}}},
	{class: "gender/Mr on the second mention, he said",
		text: "Ashe Keld and Rennick Dole both applied to be harbourmaster at Saltby.\n\nMr Dole got the job on Monday, the port board said.\n\n“I grew up on these quays,” he said.",
		want: []quote{{"Rennick Dole", auD, "I grew up on these quays"}}},
	{class: "gender/Mrs and Mr named in turn, she said after him",
		text: "Mrs Ashe Keld has kept bees in Corrin for thirty years. Her neighbour, Mr Rennick Dole, says the bees sting his grandchildren.\n\n“They are the gentlest bees in the county,” she said.",
		want: []quote{{"Ashe Keld", auD, "They are the gentlest bees in the county"}}},
	{class: "gender/Mr and Ms named, he said after her",
		text: "Mr Rennick Dole has kept bees in Corrin for thirty years. His neighbour, Ms Ashe Keld, says the bees sting her grandchildren.\n\n“They are the gentlest bees in the county,” he said.",
		want: []quote{{"Rennick Dole", auD, "They are the gentlest bees in the county"}}},
	{class: "gender/Queen and prime minister, she said",
		text: "Queen Ysolde of Marrenland opened the new parliament building in Vessby on Tuesday. Prime Minister Tavin Roe showed the guests around.\n\n“This house belongs to every citizen,” she said.",
		want: []quote{{"Ysolde", auD, "This house belongs to every citizen"}}},
	{class: "gender/King and a woman minister, he said",
		text: "King Edrin of Marrenland met Foreign Minister Ilse Varga at the palace on Friday.\n\n“We spoke of the border and of the harvest,” he said.",
		want: []quote{{"Edrin", auD, "We spoke of the border and of the harvest"}}},
	{class: "gender/Sir and a woman, he said",
		text: "Sir Corin Hale, the chairman of the Vessby Opera, welcomed the new director, Tavi Lund, to the house on Monday.\n\nLund joins from the Marrow Ballet.\n\n“We have waited a year for the right person,” he said.",
		want: []quote{{"Corin Hale", auD, "We have waited a year for the right person"}}},
	{class: "gender/Lady and a man, she said",
		text: "Lady Emmeline Foss gave her collection of maps to the Harlow library on Thursday. The librarian, Orrin Tay, accepted the gift.\n\n“My father drew most of these himself,” she said.",
		want: []quote{{"Emmeline Foss", auD, "My father drew most of these himself"}}},
	{class: "gender/Dame, then a man speaks, then she added",
		text: "“The theatre must stay open,” said Dame Wren Astley, who first acted there in 1962.\n\nThe council's leader, Ossian Brell, said it cost 2 million a year to run. “We cannot pay for it,” he said.\n\n“Then sell something else,” she added.",
		want: []quote{{"Wren Astley", auD, "The theatre must stay open"}, {"Ossian Brell", auD, "We cannot pay for it"}, {"Wren Astley", auD, "Then sell something else"}}},

	{class: "gender/near miss: the nearer one of unknown gender spoke",
		text: "Lady Emmeline Foss gave her collection of maps to the Harlow library on Thursday. The librarian, Tavi Lund, said the maps were priceless.\n\n“Some of them are the only copies in the world,” she said.",
		want: []quote{{"Tavi Lund", auI, "the maps were priceless"}, {"Tavi Lund", auD, "Some of them are the only copies in the world"}}},
	{class: "gender/near miss: the titled one is of the other gender",
		text: "Sir Corin Hale gave his collection of maps to the Harlow library on Thursday. The librarian, Tavi Lund, accepted the gift.\n\n“Some of them are the only copies in the world,” she said.",
		want: []quote{{"Tavi Lund", auD, "Some of them are the only copies in the world"}}},
	{class: "gender/Mrs named first, a nearer subject of unknown gender, she said",
		text: "Mrs Ashe Keld ran the Corrin post office for 41 years. Her successor, Tavi Lund, took over on Monday.\n\n“I knew every family in the valley by name,” she said.",
		want: []quote{{"Ashe Keld", auD, "I knew every family in the valley by name"}}},
	{class: "gender/near miss: the Mr is named in a possessive",
		text: "Mr Rennick Dole's farm has been sold. The buyer, Tavi Lund, moved in on Monday.\n\n“The soil here is the best in the county,” he said.",
		want: []quote{{"Tavi Lund", auD, "The soil here is the best in the county"}}},

	// Gender learned from a pronoun earlier in the article.
	{class: "gender/learned from her earlier, she said after a man of unknown gender",
		text: "Tavi Lund founded the Corrin rowing club in 1988. She still coaches the juniors.\n\nThe club's treasurer, Rennick Dole, has asked the council for a new boathouse.\n\n“We keep the boats under a tarpaulin,” she said.",
		want: []quote{{"Tavi Lund", auD, "We keep the boats under a tarpaulin"}}},
	{class: "gender/learned from he earlier, he said after a woman",
		text: "Orrin Tay founded the Corrin rowing club in 1988. He still coaches the juniors.\n\nThe club's treasurer, Ashe Keld, has asked the council for a new boathouse. She said the boats were kept under a tarpaulin.\n\n“Some of them are forty years old,” he said.",
		want: []quote{{"Ashe Keld", auI, "the boats were kept under a tarpaulin"}, {"Orrin Tay", auD, "Some of them are forty years old"}}},
	{class: "gender/learned from her possessive, she said",
		text: "Tavi Lund sold her bakery in Vessby last month after 31 years. The buyer, Rennick Dole, plans to turn it into a café.\n\n“I will miss the early mornings,” she said.",
		want: []quote{{"Tavi Lund", auD, "I will miss the early mornings"}}},
	{class: "gender/learned from himself, he said",
		text: "Rennick Dole built the house himself in 1974. His neighbour, Ashe Keld, wants it listed.\n\nThe council will decide in June.\n\n“I would rather it came down,” he said.",
		want: []quote{{"Rennick Dole", auD, "I would rather it came down"}}},
	{class: "gender/near miss: she said with only men named",
		text: "Rennick Dole and Orrin Tay run the ferry to Skerry Island.\n\n“Nobody else will do the winter crossings,” Dole said.\n\n“We are paid by the trip,” he added.",
		want: []quote{{"Rennick Dole", auD, "Nobody else will do the winter crossings"}, {"Rennick Dole", auD, "We are paid by the trip"}}},
	{class: "gender/woman and man, she said after he spoke",
		text: "“The clinic will close in April,” said health board director Tavi Lund.\n\nLocal doctor Orrin Tay said the nearest clinic would then be 40 km away. “Old people cannot travel that far,” he said.\n\n“The buses will be free for patients,” she said.",
		want: []quote{{"Tavi Lund", auD, "The clinic will close in April"}, {"Orrin Tay", auI, "the nearest clinic would then be 40 km away"}, {"Orrin Tay", auD, "Old people cannot travel that far"}, {"Tavi Lund", auD, "The buses will be free for patients"}}},

	// The quotation's own "he" is someone else than its speaker, but only
	// a subject or a speaker takes over from the one it displaces.
	{class: "about/near miss: the dead son named as an object, the father speaks",
		text: "Police named the dead man as Anders Mollo, 19.\n\nHis father, Tobias Renn, laid flowers at the scene on Sunday.\n\n“He was always smiling,” he said.",
		want: []quote{{"Tobias Renn", auD, "He was always smiling"}}},
	{class: "about/near miss: one man, his son spoken of",
		text: "Tobias Renn lost his son in the Vessby flood.\n\nThe boy was swept from the bridge on Tuesday.\n\n“He was nine years old and afraid of nothing,” he said.",
		want: []quote{{"Tobias Renn", auD, "He was nine years old and afraid of nothing"}}},
	{class: "about/near miss: the speaker spoke before, the subject since",
		text: "“The club owes him everything,” said chairman Tobias Renn.\n\nStriker Anders Mollo scored 200 goals for Fenmoor in twelve seasons.\n\n“He never asked for a rise,” he said.",
		want: []quote{{"Tobias Renn", auD, "The club owes him everything"}, {"Tobias Renn", auD, "He never asked for a rise"}}},
	{class: "about/the accused speaks of his accuser, a subject",
		text: "Tobias Renn accused his neighbour, Anders Mollo, of poisoning his hedge.\n\nMollo denied it in court on Monday.\n\n“He has hated me for years,” he said.",
		want: []quote{{"Anders Mollo", auD, "He has hated me for years"}}},

	{class: "about/near miss: the quotation's he is named after the speaker",
		text: "“Mollo has kept every promise,” said party organiser Marit Ostby.\n\nAmong those at the rally in Vessby was Tobias Renn, 52, a baker who voted for Anders Mollo in 2019.\n\n“He fixed the bridge in my village,” he said.",
		want: []quote{{"Marit Ostby", auD, "Mollo has kept every promise"}, {"Tobias Renn", auD, "He fixed the bridge in my village"}}},

	// A role's name after its description: the object's, unless the
	// description opens the sentence or follows an opening phrase.
	{class: "object/near miss: the described name is a subject after a time",
		text: "Nurse Tobias Renn has worked at Calder General for twenty years.\n\nOn Friday the health minister, Anders Mollo, visited the wards.\n\n“I have seen the queues myself,” he said.",
		want: []quote{{"Anders Mollo", auD, "I have seen the queues myself"}}},
	{class: "object/near miss: the described name opens the sentence",
		text: "Nurse Tobias Renn has worked at Calder General for twenty years.\n\nThe health minister, Anders Mollo, visited the wards on Friday.\n\n“I have seen the queues myself,” he said.",
		want: []quote{{"Anders Mollo", auD, "I have seen the queues myself"}}},
	{class: "object/told the chairman, named, then he said",
		text: "Tobias Renn, a fisherman from Saltby, complained to the harbour board's chairman, Anders Mollo, about the new mooring fees.\n\n“I pay twice what I paid last year,” he said.",
		want: []quote{{"Tobias Renn", auD, "I pay twice what I paid last year"}}},
	{class: "object/near miss: an opening phrase's comma before the name",
		text: "Anders Mollo ran the Saltby harbour board for ten years.\n\nAt the end of his term, Tobias Renn, a fisherman, took over.\n\n“The fees will stay as they are,” he said.",
		want: []quote{{"Tobias Renn", auD, "The fees will stay as they are"}}},

	{class: "object/near miss: the object is the subject since",
		text: "Foreign Minister Tobias Renn met Anders Mollo, the leader of the Ostrava opposition, in Brennick on Thursday.\n\nMollo had asked for the meeting a month ago.\n\n“We agreed that talks must continue,” he told reporters afterwards.",
		want: []quote{{"Anders Mollo", auD, "We agreed that talks must continue"}}},
	{class: "object/near miss: far back, a subject of the other gender",
		text: "Foreign Minister Marit Ostby met Anders Mollo, the leader of the Ostrava opposition, in Brennick on Thursday.\n\nThe two spoke for an hour about the border dispute.\n\n“We agreed that talks must continue,” he told reporters afterwards.",
		want: []quote{{"Anders Mollo", auD, "We agreed that talks must continue"}}},

	// A quotation-only paragraph after narration naming someone only as
	// an object continues the speaker before; one named as a subject
	// takes it or leaves it to nobody.
	{class: "carry/passive agent with a role between, quote-only paragraph",
		text: "“The roof could fall in at any moment,” said church warden Tobias Renn.\n\nThe tower was inspected last week by the county surveyor Anders Mollo.\n\n“We have asked for the money three times.”",
		want: []quote{{"Tobias Renn", auD, "The roof could fall in at any moment"}, {"Tobias Renn", auD, "We have asked for the money three times."}}},
	{class: "carry/arrested man as object between, quote-only paragraph",
		text: "“He had a knife and he was shouting,” said Marit Ostby, who saw the attack.\n\nPolice arrested Anders Mollo, 34, at his flat on Friday.\n\n“I hid behind a car until it was over.”",
		want: []quote{{"Marit Ostby", auD, "He had a knife and he was shouting"}, {"Marit Ostby", auD, "I hid behind a car until it was over."}}},
	{class: "carry/near miss: the person between is the subject and speaks next by cue",
		text: "“The roof could fall in at any moment,” said church warden Tobias Renn.\n\nCounty surveyor Anders Mollo inspected the tower last week.\n\n“The stone is sound,” Mollo said.",
		want: []quote{{"Tobias Renn", auD, "The roof could fall in at any moment"}, {"Anders Mollo", auD, "The stone is sound"}}},

	{class: "carry/yet X, with an aside, was unconvinced, then quote-only paragraph",
		text: "“The new timetable adds twelve trains a day,” said rail manager Marit Ostby.\n\nYet Anders Mollo, who has commuted from Vessby for thirty years, was unconvinced.\n\n“They promised the same in 2015 and cancelled half of them.”",
		want: []quote{{"Marit Ostby", auD, "The new timetable adds twelve trains a day"}, {"Anders Mollo", auD, "They promised the same in 2015 and cancelled half of them."}}},
	{class: "carry/near miss: but, a time phrase and a body, then quote-only paragraph",
		text: "“The market brings people into the town,” said Tobias Renn, who organises it.\n\nBut on Friday, the council voted to move it to the car park.\n\n“The car park has no shade and no toilets.”",
		want: []quote{{"Tobias Renn", auD, "The market brings people into the town"}, {"Tobias Renn", auD, "The car park has no shade and no toilets."}}},

	// A role's "-man" is said of women too: a woman's first name decides.
	{class: "gender/chairman with a woman's first name, she said after a man",
		text: "Club chairman Ingrid Laas sacked the coach, Jonas Kell, on Sunday.\n\nKell had lost eight games in a row.\n\n“We thank him for his work,” she said.",
		want: []quote{{"Ingrid Laas", auD, "We thank him for his work"}}},
	{class: "gender/near miss: chairman with a man's first name, he said after a woman",
		text: "Club chairman Jonas Kell sacked the coach, Ingrid Laas, on Sunday.\n\nLaas had lost eight games in a row.\n\n“We thank her for her work,” he said.",
		want: []quote{{"Jonas Kell", auD, "We thank her for her work"}}},

	// A role recorded where the name is given: "the mother of the boy, X,"
	// and a role word opening the sentence.
	{class: "descr/the mother of the boy, then the mother",
		text: "A boy of six was found safe on Tuesday after a night lost in the Vell forest.\n\nThe mother of the boy, Ashe Keld, thanked the 200 volunteers who searched for him. Police chief Orrin Tay said the boy had slept under a fallen tree.\n\n“I will never let go of his hand again,” the mother said.",
		want: []quote{{"Orrin Tay", auI, "the boy had slept under a fallen tree"}, {"Ashe Keld", auD, "I will never let go of his hand again"}}},
	{class: "descr/the suspect, arrested, after the detective spoke",
		text: "Tobias Renn, 34, of Lerrow, was arrested on Friday after a fire at a warehouse on Dock Street.\n\nDetective Ashe Keld said the fire had been started deliberately.\n\n“I was at home all night,” the suspect told reporters outside the police station.",
		want: []quote{{"Ashe Keld", auI, "the fire had been started deliberately"}, {"Tobias Renn", auD, "I was at home all night"}}},
	{class: "descr/near miss: the victim not named, an elected man spoke",
		text: "Tobias Renn was elected mayor of Lerrow on Sunday.\n\n“I will make the streets safe,” Renn said.\n\nA woman was robbed on Dock Street the same night. “They took everything,” the victim said.",
		want: []quote{{"Tobias Renn", auD, "I will make the streets safe"}, {"", auD, "They took everything"}}},
	{class: "descr/the veteran by the older age, the younger spoke last",
		text: "Striker Tobias Renn, 36, and winger Anders Mollo, 20, both scored as Fenmoor won 2-0 on Saturday.\n\n“I have waited all season for that,” Mollo said.\n\n“My legs will feel it tomorrow,” the veteran said.",
		want: []quote{{"Anders Mollo", auD, "I have waited all season for that"}, {"Tobias Renn", auD, "My legs will feel it tomorrow"}}},
	{class: "descr/near miss: the boy is not his mother",
		text: "A boy of six was found safe on Tuesday after a night lost in the Vell forest.\n\nThe mother of the boy, Ashe Keld, thanked the 200 volunteers who searched for him.\n\n“I was so cold,” the boy said.",
		want: []quote{{"", auD, "I was so cold"}}},
	{class: "descr/Farmer opening the sentence, then the farmer",
		text: "Farmer Orrin Tay lost forty sheep to the flood on Sunday.\n\nCouncillor Ashe Keld said the river wall had been due for repair since 2019.\n\n“I watched them go under from the top field,” the farmer said.",
		want: []quote{{"Ashe Keld", auI, "the river wall had been due for repair since 2019"}, {"Orrin Tay", auD, "I watched them go under from the top field"}}},

	// Gender learned from narration: only from a sentence whose opening
	// subject is its only person.
	{class: "gender/near miss: the opening name is a possessor, she is the mother",
		text: "Tavi Lund's mother ran the Corrin inn for forty years. She died in 2010.\n\nThe inn is now run by Tavi Lund, who reopened it on Friday.\n\n“I kept every recipe she wrote down,” he said.",
		want: []quote{{"Tavi Lund", auD, "I kept every recipe she wrote down"}}},
	{class: "gender/near miss: herself with two people named",
		text: "Rennick Dole invited the engineer Ashe Keld to judge the old bridge for herself.\n\n“It will stand another hundred years,” he said.",
		want: []quote{{"Rennick Dole", auD, "It will stand another hundred years"}}},
	{class: "gender/learned from he, the man spoke, then the woman of unknown name",
		text: "Orrin Tay has farmed at Vell for fifty years. He keeps 300 sheep on the hill.\n\nHis neighbour, Ashe Keld, wants to plant a forest on the slope. “Trees would hold the soil,” Keld said.\n\n“Trees would take my grazing,” he said.",
		want: []quote{{"Ashe Keld", auD, "Trees would hold the soil"}, {"Orrin Tay", auD, "Trees would take my grazing"}}},

	// A description of a body, and "they".
	{class: "descr/the company, after a person spoke",
		text: "Quarrow Foods recalled 40,000 jars of honey on Tuesday.\n\nFood safety officer Ilse Varga said the glass had come from a faulty machine at the Marrow plant.\n\n“We apologise to every customer,” the company said.",
		want: []quote{{"Ilse Varga", auI, "the glass had come from a faulty machine at the Marrow plant"}, {"Quarrow Foods", auD, "We apologise to every customer"}}},
	{class: "descr/the agency, after a farmer spoke",
		text: "The Northern Weather Service issued a red warning for the Vessby coast on Monday.\n\nFarmer Orrin Tay said he had moved his sheep to the barns.\n\nWinds of 120 km/h were likely overnight, the agency said.",
		want: []quote{{"Orrin Tay", auI, "he had moved his sheep to the barns"}, {"Northern Weather Service", auI, "Winds of 120 km/h were likely overnight"}}},
	{class: "descr/the council, a resident and a company between",
		text: "Brask City Council approved the Tarrow Wharf housing plan on Wednesday.\n\nThe developer, Halvern Homes, will build 400 flats. Resident Tavi Lund said the flats would block the view of the river.\n\nThe council said a fifth of the flats would be affordable.",
		want: []quote{{"Tavi Lund", auI, "the flats would block the view of the river"}, {"Brask City Council", auI, "a fifth of the flats would be affordable"}}},
	{class: "descr/the club, after the manager was named",
		text: "Fenmoor Athletic sacked their manager, Rennick Dole, on Sunday after eight defeats in a row.\n\nDole had been in charge for two years.\n\nThe club said a new manager would be named within a week.",
		want: []quote{{"Fenmoor Athletic", auI, "a new manager would be named within a week"}}},
	{class: "descr/the union, after the employer spoke",
		text: "Nurses in the Harlow Nurses' Union will strike on Monday.\n\nThe health board said it had offered a rise of four per cent.\n\nThe union said the offer was worth less than inflation.",
		want: []quote{{"", auI, "it had offered a rise of four per cent"}, {"Harlow Nurses' Union", auI, "the offer was worth less than inflation"}}},
	{class: "descr/the agency for an administration",
		text: "The Marrenland Aviation Administration grounded the airline's six turboprops on Thursday.\n\nThe airline's chief executive, Orrin Tay, said the planes were safe.\n\n“Cracks were found in two wing spars,” the agency said.",
		want: []quote{{"Orrin Tay", auI, "the planes were safe"}, {"Marrenland Aviation Administration", auD, "Cracks were found in two wing spars"}}},
	{class: "descr/the agency for an authority",
		text: "The Coastal Food Standards Authority closed two oyster beds near Saltby on Monday.\n\nOyster farmer Ashe Keld said she had lost a month's income.\n\nTests had found a toxin in the water, the agency said.",
		want: []quote{{"Ashe Keld", auI, "she had lost a month's income"}, {"Coastal Food Standards Authority", auI, "Tests had found a toxin in the water"}}},
	{class: "descr/near miss: the agency with no body named",
		text: "Farmer Orrin Tay said he had moved his sheep to the barns on Monday.\n\nWinds of 120 km/h were likely overnight, the agency said.",
		want: []quote{{"Orrin Tay", auI, "he had moved his sheep to the barns on Monday"}, {"", auI, "Winds of 120 km/h were likely overnight"}}},
	{class: "they/a body's statement, they said",
		text: "The Sallow Canal Trust has closed the towpath between Vessby and Marrow.\n\nA landslip last week left a crack in the bank, and engineer Orrin Tay said the path was unsafe.\n\n“We hope to reopen it by the summer,” they said in a statement.",
		want: []quote{{"Orrin Tay", auI, "the path was unsafe"}, {"Sallow Canal Trust", auD, "We hope to reopen it by the summer"}}},
	{class: "they/a group's quote, they said",
		text: "Campaign group Save Harlow Woods has collected 5,000 signatures against the new road.\n\nThe road's engineer, Ashe Keld, said only 40 trees would be felled.\n\n“Every one of those trees is two hundred years old,” they said.",
		want: []quote{{"Ashe Keld", auI, "only 40 trees would be felled"}, {"Save Harlow Woods", auD, "Every one of those trees is two hundred years old"}}},
	{class: "they/near miss: parents named since, they said in a statement",
		text: "Tobias Renn, 19, died in the crash on Friday. The Vessby Rowing Club, where he trained, closed for the day.\n\nHis parents paid tribute to him. “He lit up every room,” they said in a statement.",
		want: []quote{{"", auD, "He lit up every room"}}},
	{class: "they/a company's statement past a person who spoke",
		text: "The Halvern Steel Corporation has shut its Marrow furnace for repairs.\n\nUnion official Ashe Keld said 200 workers had been sent home.\n\n“No jobs are at risk,” they said in a statement on Tuesday.",
		want: []quote{{"Ashe Keld", auI, "200 workers had been sent home"}, {"Halvern Steel Corporation", auD, "No jobs are at risk"}}},
	{class: "they/near miss: a couple, they said",
		text: "Tavi and Orrin Lund lost their inn at Corrin in the flood.\n\nThe inn had been in the family for a hundred years.\n\n“We will rebuild,” they said.",
		want: []quote{{"", auD, "We will rebuild"}}},
	{class: "they/the company said, then a worker",
		text: "Halvern Steel will close its Marrow furnace in June, the company said on Monday.\n\nWorker Orrin Tay said he had worked at the furnace for 22 years.\n\n“We have lost money on every tonne for three years,” the company said in a statement.",
		want: []quote{{"Halvern Steel", auI, "Halvern Steel will close its Marrow furnace in June"}, {"Orrin Tay", auI, "he had worked at the furnace for 22 years"}, {"Halvern Steel", auD, "We have lost money on every tonne for three years"}}},
	{class: "descr/the ministry, after the minister",
		text: "The Velmar Ministry of Health ordered a recall of the cough syrup on Friday.\n\nHealth Minister Ilse Varga said no children had fallen ill.\n\nThe ministry said the syrup had been sold in 300 pharmacies.",
		want: []quote{{"Ilse Varga", auI, "no children had fallen ill"}, {"Velmar Ministry of Health", auI, "the syrup had been sold in 300 pharmacies"}}},
	{class: "descr/the police, after a victim",
		text: "Lerrow Police have arrested two men after a robbery at a jeweller's on Mill Street.\n\nThe owner, Tavi Lund, was tied up for an hour.\n\nPolice said the men had been caught on camera.",
		want: []quote{{"Lerrow Police", auI, "the men had been caught on camera"}}},
}

// The second batch, written after the first batch's fixes and run once
// before any fix of its own (its classes carry "2").
var corefFrames2 = []corefFrame{
	{class: "descr2/the 54-year-old among two ages",
		text: "{A}, 54, and {B}, 31, were pulled from the sea off Saltby on Sunday after their boat capsized.\n\nThe two had been at sea for nine hours.\n\n“I thought we would not see the morning,” the 54-year-old said.",
		want: []corefWant{{"A", "D", "I thought we would not see the morning"}}},
	{class: "descr2/the officer and the shopkeeper",
		text: "Police officer {A} chased the thief along Mill Street on Tuesday.\n\nShopkeeper {B} had called for help after the man took a till.\n\n“He dropped the money after a hundred metres,” the officer said.",
		want: []corefWant{{"A", "D", "He dropped the money after a hundred metres"}}},
	{class: "descr2/the minister after the opposition spoke by cue",
		text: "Health Minister {A} announced 40 new ambulances for the north on Monday.\n\n“It is too little and too late,” said opposition health spokesperson {B}.\n\n“These ambulances will be on the road by June,” the minister said.",
		want: []corefWant{{"B", "D", "It is too little and too late"}, {"A", "D", "These ambulances will be on the road by June"}}},
	{class: "descr2/the club after a signing",
		text: "Fenmoor Athletic have signed striker {B} from Pellan Rovers for a club record fee.\n\n{Bs}, 24, scored 19 goals last season.\n\n“He is exactly the player we needed,” the club said in a statement.",
		want: []corefWant{{"Fenmoor Athletic", "D", "He is exactly the player we needed"}}},
	{class: "descr2/the teacher and the pupil",
		text: "Teacher {A} has taught at Vell Primary for 35 years.\n\nOne of {a.his} first pupils, {B}, is now the school's head.\n\n“I remember {b.him} as the boy who never stopped asking questions,” the teacher said.",
		want: []corefWant{{"A", "D", "I remember {b.him} as the boy who never stopped asking questions"}}},

	{class: "pronoun2/the one angered by another's words",
		text: "{Bs}'s comments about the harbour angered {A}, who has fished from Saltby for forty years.\n\n“{b.He} has never set foot on a trawler,” {a.he} said.",
		want: []corefWant{{"A", "D", "{b.He} has never set foot on a trawler"}}},
	{class: "pronoun2/thanked X, then the subject's pronoun cue",
		text: "Head teacher {A} thanked {B} for the donation of 10,000 crowns on Friday.\n\n{a.He} said the money would pay for a new roof on the gym.\n\n“The children have played in the rain for two winters,” {a.he} added.",
		want: []corefWant{{"A", "I", "the money would pay for a new roof on the gym"}, {"A", "D", "The children have played in the rain for two winters"}}},
	{class: "pronoun2/the speaker said X had, then pronoun",
		text: "Inspector {A} said {B} had been warned twice about the dog.\n\n“{b.He} ignored every letter we sent,” {a.he} said.",
		want: []corefWant{{"A", "I", "{B} had been warned twice about the dog"}, {"A", "D", "{b.He} ignored every letter we sent"}}},
	{class: "pronoun2/according to X, then pronoun",
		text: "According to {A}, the ferry's captain, {B} had boarded without a ticket.\n\n“I asked {b.him} to leave three times,” {a.he} said.",
		want: []corefWant{{"A", "I", "{B} had boarded without a ticket"}, {"A", "D", "I asked {b.him} to leave three times"}}},
	{class: "pronoun2/asked by a reporter, the answer",
		text: "At a news conference on Monday, {B} of Radio Tessbury asked {A} whether the budget would be cut.\n\n“Not this year,” {a.he} said.",
		want: []corefWant{{"B", "I", "whether the budget would be cut"}, {"A", "D", "Not this year"}}},

	{class: "carry2/a neighbour agreed, then quote-only paragraph",
		text: "“The council should have fixed the drains years ago,” said {A}, who lives on Brook Lane.\n\n{B}, a neighbour, agreed.\n\n“Every winter the water comes into our kitchens.”",
		want: []corefWant{{"A", "D", "The council should have fixed the drains years ago"}, {"B", "D", "Every winter the water comes into our kitchens."}}},
	{class: "carry2/asked, X shook the head, then quote-only paragraph",
		text: "“The bridge will reopen in May,” said county engineer {A}.\n\nAsked whether that was realistic, local builder {B} shook {b.his} head.\n\n“They have not even ordered the steel.”",
		want: []corefWant{{"A", "D", "The bridge will reopen in May"}, {"B", "D", "They have not even ordered the steel."}}},
	{class: "carry2/two quote-only paragraphs after a narration paragraph about a place",
		text: "“We sold out of bread by nine,” said baker {A}.\n\nThe village of Corrin has had no shop since 2011, and the nearest supermarket is 30 km away.\n\n“People drive here from three valleys.”\n\n“Some of them queue in the rain.”",
		want: []corefWant{{"A", "D", "We sold out of bread by nine"}, {"A", "D", "People drive here from three valleys."}, {"A", "D", "Some of them queue in the rain."}}},
}

// The third batch: whole articles of four to six paragraphs in the
// styles of court, sport, disaster, politics, science and business
// reporting, several speakers each, run once before any fix of its own
// (its classes carry "3").
var corefFrames3 = []corefFrame{
	{class: "court3/prosecutor on the accused, then the defence",
		text: "{B}, 41, of Lerrow, denies fraud.\n\nProsecutor {A} told the jury at Brennick Crown Court that {Bs} had forged 200 invoices.\n\n“{b.He} lived a life of luxury on other people's money,” {a.he} said.\n\n{Bs}'s barrister, Ilse Varga, said her client had been deceived by his accountant.\n\nThe trial continues.",
		want: []corefWant{{"A", "I", "{Bs} had forged 200 invoices"}, {"A", "D", "{b.He} lived a life of luxury on other people's money"}, {"Ilse Varga", "I", "her client had been deceived by his accountant"}}},
	{class: "sport3/coach on the goalkeeper, then the goalkeeper",
		text: "Harlow City coach {A} praised goalkeeper {B} after the 1-0 win over Fenmoor on Saturday.\n\n{Bs} saved a penalty in the 89th minute.\n\n“{b.He} won us the game,” {a.he} said.\n\n“I just guessed right,” {Bs} said.",
		want: []corefWant{{"A", "D", "{b.He} won us the game"}, {"B", "D", "I just guessed right"}}},
	{class: "disaster3/fire chief, resident, the fire chief",
		text: "A fire at a block of flats in Marrow killed two people on Sunday.\n\nFire chief {A} said the fire had started on the third floor.\n\nResident {B}, who escaped with {b.his} two children, said the alarms had not sounded.\n\n“We only woke because of the smoke,” {b.he} said.\n\n“Investigators will look at every alarm in the building,” the fire chief said.",
		want: []corefWant{{"A", "I", "the fire had started on the third floor"}, {"B", "I", "the alarms had not sounded"}, {"B", "D", "We only woke because of the smoke"}, {"A", "D", "Investigators will look at every alarm in the building"}}},
	{class: "politics3/opposition leader, then the prime minister's pronoun",
		text: "Prime Minister {A} faced questions over the hospital plan in parliament on Wednesday.\n\nOpposition leader {B} accused the government of breaking its promise.\n\n“Ten hospitals were promised. Two have been built,” {Bs} said.\n\n{A} said four more would open next year.\n\n“The money is there and the sites are chosen,” {a.he} said.",
		want: []corefWant{{"B", "D", "Ten hospitals were promised. Two have been built"}, {"A", "I", "four more would open next year"}, {"A", "D", "The money is there and the sites are chosen"}}},
	{class: "science3/the lead author, then an outside expert",
		text: "A team led by {A} at the Vantry Institute found that the Marrow beetle can survive a winter frozen solid.\n\n“We were surprised it came back to life at all,” {a.he} said.\n\n{B}, an ecologist at Tessbury University who was not involved in the study, said the findings were important.\n\n“This changes how we think about insects in the far north,” {b.he} said.",
		want: []corefWant{{"A", "D", "We were surprised it came back to life at all"}, {"B", "I", "the findings were important"}, {"B", "D", "This changes how we think about insects in the far north"}}},
	{class: "obit3/the founder has died, the successor speaks",
		text: "{B}, the founder of the Vell Festival, has died aged 88.\n\n{b.He} started the festival in a barn in 1961 with three fiddlers and a borrowed piano.\n\n{A}, who runs the festival now, said {b.he} had been the heart of the town.\n\n“Everything we do here began with {b.him},” {a.he} said.",
		want: []corefWant{{"A", "I", "{b.he} had been the heart of the town"}, {"A", "D", "Everything we do here began with {b.him}"}}},
	{class: "business3/company, chief executive, union official, the company",
		text: "Quarrow Foods will close its Marrow plant in June, the company said on Monday.\n\nChief executive {A} said demand for tinned fish had halved in five years.\n\nUnion official {B} said the 300 workers had been told by email.\n\n“It is a disgrace,” {b.he} said.\n\nThe company said it would help staff find new jobs.",
		want: []corefWant{{"Quarrow Foods", "I", "Quarrow Foods will close its Marrow plant in June"}, {"A", "I", "demand for tinned fish had halved in five years"}, {"B", "I", "the 300 workers had been told by email"}, {"B", "D", "It is a disgrace"}, {"Quarrow Foods", "I", "it would help staff find new jobs"}}},
	{class: "accident3/the dead named first, the witness speaks of them",
		text: "{B}, 67, died after being hit by a van on Harbour Road on Friday evening.\n\nWitness {A} said the van had not stopped.\n\n“{b.He} was crossing at the lights,” {a.he} said.\n\nPolice are looking for the driver.",
		want: []corefWant{{"A", "I", "the van had not stopped"}, {"A", "D", "{b.He} was crossing at the lights"}}},
	{class: "feature3/the subject introduced, a relative speaks, then the subject",
		text: "At 102, {B} is the oldest person in Vessby.\n\n{b.He} still walks to the harbour every morning.\n\n{b.His} grandchild, {A}, said the secret was porridge and stubbornness.\n\n“{b.He} has never let anyone carry {b.his} shopping,” {a.he} said.\n\n“I do not see why I should start now,” {Bs} said.",
		want: []corefWant{{"A", "I", "the secret was porridge and stubbornness"}, {"A", "D", "{b.He} has never let anyone carry {b.his} shopping"}, {"B", "D", "I do not see why I should start now"}}},
	{class: "rescue3/the rescued and the rescuer, descriptions",
		text: "Lifeboat volunteer {A} pulled {B} from the water off Saltby pier on Tuesday.\n\n{Bs}, a tourist from Brennick, had been swept off the pier by a wave.\n\n“I could not feel my legs after five minutes,” the tourist said.\n\n“The sea was rougher than it looked from the shore,” the volunteer said.",
		want: []corefWant{{"B", "D", "I could not feel my legs after five minutes"}, {"A", "D", "The sea was rougher than it looked from the shore"}}},
}

// The fourth batch: descriptions by nationality, party, former office and
// position on a team, between two people of the story, run once before
// any fix of its own (its classes carry "4").
var corefFrames4 = []corefFrame{
	{class: "descr4/the Norwegian and the Swiss",
		text: "Norwegian skier {A} beat Swiss rival {B} by two tenths of a second in the downhill at Vell on Saturday.\n\n{Bs} had led after the top section.\n\n“I took every risk on the lower slope,” the Norwegian said.",
		want: []corefWant{{"A", "D", "I took every risk on the lower slope"}}},
	{class: "descr4/the Swiss after the Norwegian",
		text: "Norwegian skier {A} beat Swiss rival {B} by two tenths of a second in the downhill at Vell on Saturday.\n\n“I took every risk on the lower slope,” {As} said.\n\n“My skis were too slow on the flat,” the Swiss said.",
		want: []corefWant{{"A", "D", "I took every risk on the lower slope"}, {"B", "D", "My skis were too slow on the flat"}}},
	{class: "descr4/the Republican and the Democrat",
		text: "Republican {A} and Democrat {B} met in the only debate of the Marrow County race on Tuesday.\n\n{Bs} attacked {As}'s record on schools.\n\n“I have voted for every school budget for ten years,” the Republican said.",
		want: []corefWant{{"A", "D", "I have voted for every school budget for ten years"}}},
	{class: "descr4/the former minister",
		text: "{A}, a former finance minister, has joined the board of Pellan Savings Bank.\n\nThe bank's chairman, {B}, said the appointment would reassure savers.\n\n“I know how the bank got into trouble,” the former minister said.",
		want: []corefWant{{"B", "I", "the appointment would reassure savers"}, {"A", "D", "I know how the bank got into trouble"}}},
	{class: "descr4/the defender and the striker",
		text: "Fenmoor striker {A} and defender {B} both scored in the 2-2 draw at Harlow on Sunday.\n\n“We should have won by three,” the striker said.\n\n“I have not scored since I was fifteen,” the defender said.",
		want: []corefWant{{"A", "D", "We should have won by three"}, {"B", "D", "I have not scored since I was fifteen"}}},
	{class: "descr4/the lawmaker after a lobbyist",
		text: "State senator {A} introduced a bill on Monday to ban phones in schools.\n\nLobbyist {B}, who represents the Marrow phone makers, said the ban would fail.\n\n“Children cannot learn with a screen in their pocket,” the lawmaker said.",
		want: []corefWant{{"B", "I", "the ban would fail"}, {"A", "D", "Children cannot learn with a screen in their pocket"}}},
	{class: "descr4/the veteran and the newcomer, ages",
		text: "Sailor {A}, 71, and newcomer {B}, 19, finished the Skerry race side by side.\n\n“I have done this race fifty times,” the veteran said.\n\n“{a.He} taught me everything,” the 19-year-old said.",
		want: []corefWant{{"A", "D", "I have done this race fifty times"}, {"B", "D", "{a.He} taught me everything"}}},
	{class: "descr4/the singer after a producer spoke",
		text: "Singer {A} has released {a.his} first album in ten years.\n\nProducer {B} said the songs had been recorded in a church in Vessby.\n\n“I needed a room with an echo,” the singer said.",
		want: []corefWant{{"B", "I", "the songs had been recorded in a church in Vessby"}, {"A", "D", "I needed a room with an echo"}}},
	{class: "descr4/the mayor, the challenger",
		text: "Mayor {A} will face {B} in the Tessbury election in May.\n\n{Bs}, a former police chief, launched {b.his} campaign on Saturday.\n\n“Nobody has done more for this town,” the mayor said.\n\n“The streets are less safe than they were,” the challenger said.",
		want: []corefWant{{"A", "D", "Nobody has done more for this town"}, {"B", "D", "The streets are less safe than they were"}}},
	{class: "descr4/near miss: the pair is nobody",
		text: "{A} and {B} have rowed across the Marren Sea in 41 days.\n\nThe pair landed at Saltby on Thursday.\n\n“We ate nothing but porridge for a month,” the pair said.",
		want: []corefWant{{"", "D", "We ate nothing but porridge for a month"}}},
}

// The fifth batch: a description by the role an apposition, a relative
// clause or a kin word gave, with the other person nearer or speaking in
// between, run once before any fix of its own (its classes carry "5").
var corefFrames5 = []corefFrame{
	{class: "descr5/the nurse, a patient between",
		text: "{A}, a nurse at Calder General, has worked nights for eleven years.\n\nPatient {B} said the ward had been short of staff all winter.\n\n“Some nights I do not sit down once,” the nurse said.",
		want: []corefWant{{"B", "I", "the ward had been short of staff all winter"}, {"A", "D", "Some nights I do not sit down once"}}},
	{class: "descr5/the pensioner, a council officer between",
		text: "{A}, a pensioner from Vessby, has waited two years for a new boiler.\n\n{B}, the council's housing officer, said the repairs were planned for March.\n\n“I have heard that every winter,” the pensioner said.",
		want: []corefWant{{"B", "I", "the repairs were planned for March"}, {"A", "D", "I have heard that every winter"}}},
	{class: "descr5/the student, the lecturer spoke between",
		text: "{A}, a student at Tessbury University, found the fossil on a beach near Saltby.\n\n“It is the best preserved we have,” said {b.his} lecturer, {B}.\n\n“I nearly threw it back in the sea,” the student said.",
		want: []corefWant{{"B", "D", "It is the best preserved we have"}, {"A", "D", "I nearly threw it back in the sea"}}},
	{class: "descr5/the suspect and the victim",
		text: "{B}, 29, was robbed at knifepoint outside a bank in Lerrow on Monday.\n\nPolice arrested {A}, 34, an hour later.\n\n“I did not do it,” the 34-year-old shouted as {a.he} was led to a van.\n\n“I just want my bag back,” the victim said.",
		want: []corefWant{{"A", "D", "I did not do it"}, {"B", "D", "I just want my bag back"}}},
	{class: "descr5/the driver and the passenger",
		text: "The driver of the bus, {A}, and a passenger, {B}, were hurt when it left the road near Marrow on Friday.\n\n“The brakes just went,” the driver said.\n\n“We were lucky it did not roll,” the passenger said.",
		want: []corefWant{{"A", "D", "The brakes just went"}, {"B", "D", "We were lucky it did not roll"}}},
	{class: "descr5/the doctor after the patient's pronoun",
		text: "Dr {A} removed a 40 cm tapeworm from {B} at Calder General last week.\n\n{Bs} had complained of stomach pains for a year.\n\n“It was the longest I have seen,” the doctor said.",
		want: []corefWant{{"A", "D", "It was the longest I have seen"}}},
	{class: "descr5/the businessman and the campaigner",
		text: "Businessman {A} wants to build a hotel on the Corrin cliffs.\n\nCampaigner {B} has collected 3,000 signatures against it.\n\n“The hotel would bring 200 jobs,” the businessman said.\n\n“It would ruin the only wild coast we have,” the campaigner said.",
		want: []corefWant{{"A", "D", "The hotel would bring 200 jobs"}, {"B", "D", "It would ruin the only wild coast we have"}}},
	{class: "descr5/the landlord, the tenant",
		text: "{A} has owned the flats on Brook Lane since 1998. {B} has rented one of them for twelve years.\n\nLast month {As} raised the rent by a third.\n\n“The roof alone cost me 40,000 crowns,” the landlord said.",
		want: []corefWant{{"A", "D", "The roof alone cost me 40,000 crowns"}}},
}

// The sixth batch: two bodies or two office holders, an interviewer named
// in the cue, and a group as "they", run once before any fix of its own
// (its classes carry "6").
var corefFrames6 = []corefFrame{
	{class: "body6/the company among a buyer and a seller",
		text: "Halvern Steel Corporation has agreed to buy Tarrow Wire Ltd for 90 million crowns.\n\n{A}, who founded Tarrow Wire in 1987, said {a.he} would stay on for a year.\n\nThe deal would make Halvern the largest wire maker in the north, the company said.",
		want: []corefWant{{"A", "I", "{a.he} would stay on for a year"}, {"Halvern Steel Corporation", "I", "The deal would make Halvern the largest wire maker in the north"}}},
	{class: "office6/the health minister among two ministers",
		text: "Finance Minister {B} refused on Tuesday to give more money to hospitals.\n\nHealth Minister {A} said the wards needed 300 more nurses.\n\n“We cannot run a hospital on promises,” the health minister said.",
		want: []corefWant{{"A", "I", "the wards needed 300 more nurses"}, {"A", "D", "We cannot run a hospital on promises"}}},
	{class: "office6/the finance minister after the health minister spoke",
		text: "Finance Minister {B} refused on Tuesday to give more money to hospitals.\n\nHealth Minister {A} said the wards needed 300 more nurses.\n\n“Every ministry must cut,” the finance minister said.",
		want: []corefWant{{"A", "I", "the wards needed 300 more nurses"}, {"B", "D", "Every ministry must cut"}}},
	{class: "interviewer6/told the reporter, then pronoun",
		text: "{A} has run the Corrin lighthouse museum since 2002.\n\n“The lamp was lit for the last time in 1994,” {a.he} told the Brennick Gazette's {B}.\n\n“I was there that night.”",
		want: []corefWant{{"A", "D", "The lamp was lit for the last time in 1994"}, {"A", "D", "I was there that night."}}},
	{class: "interviewer6/in an interview with X, she said",
		text: "In an interview with {B} of Radio Vell, {A} said {a.he} would not stand again.\n\n“Twelve years is enough for anyone,” {a.he} said.",
		want: []corefWant{{"A", "I", "{a.he} would not stand again"}, {"A", "D", "Twelve years is enough for anyone"}}},
	{class: "group6/the family said after a named relative",
		text: "{B}, 19, died in a climbing accident on the Vell ridge on Saturday.\n\n{b.His} cousin, {A}, said {b.he} had climbed since {b.he} was six.\n\n“{b.He} knew those mountains better than anyone,” {a.he} said.\n\n“We are heartbroken,” the family said in a statement.",
		want: []corefWant{{"A", "I", "{b.he} had climbed since {b.he} was six"}, {"A", "D", "{b.He} knew those mountains better than anyone"}, {"", "D", "We are heartbroken"}}},
	{class: "group6/residents as they, after an official",
		text: "Council engineer {A} said the Brook Lane drains would be replaced in the spring.\n\nResidents of Brook Lane have been flooded four times in two years.\n\n“We have heard that every spring,” they said.",
		want: []corefWant{{"A", "I", "the Brook Lane drains would be replaced in the spring"}, {"", "D", "We have heard that every spring"}}},
}

// The seventh batch: the person spoken about is dead or long gone, named
// as the subject of the paragraph between a speaker and a quotation-only
// paragraph or a pronoun cue, run once before any fix of its own (its
// classes carry "7").
var corefFrames7 = []corefFrame{
	{class: "dead7/who died, subject between, quote-only paragraph",
		text: "“This bridge has outlived three of its engineers,” said {A}, who looks after it for the county.\n\n{B}, who died in 1961, designed it in the year the war ended.\n\n“The iron came from the Marrow works.”",
		want: []corefWant{{"A", "D", "This bridge has outlived three of its engineers"}, {"A", "D", "The iron came from the Marrow works."}}},
	{class: "dead7/the late X between, quote-only paragraph",
		text: "“The garden was always open to the village,” said {A}, who lives in the old rectory.\n\nThe late {B} planted the orchard in the 1950s.\n\n“Some of the trees still fruit every autumn.”",
		want: []corefWant{{"A", "D", "The garden was always open to the village"}, {"A", "D", "Some of the trees still fruit every autumn."}}},
	{class: "dead7/died last year, then pronoun cue",
		text: "{A} runs the Vessby boatyard {a.his} grandparent, {B}, opened in 1932.\n\n{B} died last year at the age of 97.\n\n“{b.He} still came down to the yard every day,” {a.he} said.",
		want: []corefWant{{"A", "D", "{b.He} still came down to the yard every day"}}},
	{class: "dead7/near miss: whose father died, the living one takes the quote-only paragraph",
		text: "“This bridge has outlived three of its engineers,” said {A}, who looks after it for the county.\n\n{B}, whose father died building it, still walks across it every morning.\n\n“I have counted every rivet twice.”",
		want: []corefWant{{"A", "D", "This bridge has outlived three of its engineers"}, {"B", "D", "I have counted every rivet twice."}}},
	{class: "dead7/near miss: a living person introduced takes the quote-only paragraph",
		text: "“This bridge has outlived three of its engineers,” said {A}, who looks after it for the county.\n\n{B}, who has painted it every summer since 1990, knows every rivet.\n\n“I have counted them twice.”",
		want: []corefWant{{"A", "D", "This bridge has outlived three of its engineers"}, {"B", "D", "I have counted them twice."}}},
}

// The eighth batch: a pronoun cue after a paragraph telling of someone's
// death, with no pronoun in the quotation to tell the two apart; and the
// obituary's own archive quotation, which is the dead person's (its
// classes carry "8").
var corefFrames8 = []corefFrame{
	{class: "dead8/died last year, pronoun cue, no pronoun in the quotation",
		text: "{A} runs the Vessby boatyard that {a.his} grandparent, {B}, opened in 1932.\n\n{Bs} died last year at the age of 97.\n\n“The yard has never closed for a single day,” {a.he} said.",
		want: []corefWant{{"A", "D", "The yard has never closed for a single day"}}},
	{class: "dead8/near miss: obituary, the dead the only person, no date on the quotation",
		text: "{B}, who founded the Vell Festival, has died aged 88.\n\n{b.He} started the festival in a barn in 1961.\n\n“I wanted music that anyone could walk in on,” {b.he} said.",
		want: []corefWant{{"B", "D", "I wanted music that anyone could walk in on"}}},
	{class: "dead8/obituary: the dead person's archive quotation",
		text: "{B}, who founded the Vell Festival, has died aged 88.\n\n{b.He} started the festival in a barn in 1961.\n\n“I wanted music that anyone could walk in on,” {b.he} told the Brennick Gazette in 1998.",
		want: []corefWant{{"B", "D", "I wanted music that anyone could walk in on"}}},
}

// The ninth batch, written after every fix above as a fresh estimate of
// the class: mixed articles of five or six paragraphs, run once (its
// classes carry "9").
var corefFrames9 = []corefFrame{
	{class: "mixed9/strike: union, employer, the union, a worker",
		text: "Bus drivers in Brennick will strike for three days from Monday.\n\n{A}, who leads the drivers' union, said the company had offered a rise of two per cent.\n\n“Our members cannot live on that,” {a.he} said.\n\nThe bus company's director, {B}, said the offer was the best it could afford.\n\n“Every extra crown comes out of fares,” {b.he} said.\n\nDriver Ilse Varga said she had not had a rise in four years.",
		want: []corefWant{{"A", "I", "the company had offered a rise of two per cent"}, {"A", "D", "Our members cannot live on that"}, {"B", "I", "the offer was the best it could afford"}, {"B", "D", "Every extra crown comes out of fares"}, {"Ilse Varga", "I", "she had not had a rise in four years"}}},
	{class: "mixed9/rescue of a hiker, spoken about, then the hiker",
		text: "Mountain rescuers found {B}, 58, alive on Saturday after two nights on the Vell ridge.\n\nRescue leader {A} said {b.he} had sheltered in a snow hole.\n\n“{b.He} did everything right,” {a.he} said.\n\n{Bs} was taken to hospital in Marrow with frostbite.\n\n“I thought about my grandchildren the whole time,” the 58-year-old said.",
		want: []corefWant{{"A", "I", "{b.he} had sheltered in a snow hole"}, {"A", "D", "{b.He} did everything right"}, {"B", "D", "I thought about my grandchildren the whole time"}}},
	{class: "mixed9/planning row: developer, objector, the council",
		text: "Tessbury Council has approved 200 homes on the old airfield.\n\nDeveloper {A} said a fifth of the homes would be for rent.\n\nObjector {B}, who lives beside the airfield, said the roads could not take the traffic.\n\n“The lane outside my house is a single track,” {b.he} said.\n\nThe council said a new junction would be built first.",
		want: []corefWant{{"A", "I", "a fifth of the homes would be for rent"}, {"B", "I", "the roads could not take the traffic"}, {"B", "D", "The lane outside my house is a single track"}, {"Tessbury Council", "I", "a new junction would be built first"}}},
	{class: "mixed9/award: the winner, the judge, quote-only paragraph",
		text: "{A} has won the Marrow Prize for {a.his} first novel.\n\n“I wrote most of it on the night bus,” {As} said.\n\nThe chair of the judges, {B}, called the book a quiet masterpiece.\n\n“It is the best first novel I have read in twenty years.”",
		want: []corefWant{{"A", "D", "I wrote most of it on the night bus"}, {"B", "D", "It is the best first novel I have read in twenty years."}}},
	{class: "mixed9/trial: the defendant's words, the judge",
		text: "{B}, 45, was jailed for four years at Lerrow Crown Court on Thursday for stealing from a charity.\n\nJudge {A} said {Bs} had betrayed the people who trusted {b.him}.\n\n“You took money meant for sick children,” the judge said.\n\n{Bs}'s lawyer said {b.he} would appeal.",
		want: []corefWant{{"A", "I", "{Bs} had betrayed the people who trusted {b.him}"}, {"A", "D", "You took money meant for sick children"}, {"", "I", "{b.he} would appeal"}}},
	{class: "mixed9/match report: the scorer, the manager by pronoun",
		text: "{B} scored twice as Fenmoor beat Harlow City 2-1 on Saturday.\n\nFenmoor manager {A} had left {Bs} out of the side for a month.\n\n“I was wrong about {b.him},” {a.he} admitted.\n\n“I just wanted to play,” {Bs} said.",
		want: []corefWant{{"A", "D", "I was wrong about {b.him}"}, {"B", "D", "I just wanted to play"}}},
}

// Roles a passive verb gives ("a car driven by X" makes X "the driver"),
// written after the fix that a development page's miss pointed to.
var corefFramesRoleVerb = []corefFrame{
	{class: "roleverb/driven by, then the driver",
		text: "A van driven by {A} hit a lamp post on Mill Street on Tuesday. A cyclist, {B}, was thrown into the road.\n\nThe driver said {a.he} had been dazzled by the sun.",
		want: []corefWant{{"A", "I", "{a.he} had been dazzled by the sun"}}},
	{class: "roleverb/founded by, then the founder",
		text: "The Vell bakery, founded by {A} in 1979, closed on Saturday. {B} bought the building last year.\n\n“We baked every day for 45 years,” the founder said.",
		want: []corefWant{{"A", "D", "We baked every day for 45 years"}}},
	{class: "roleverb/owned by, then the owner",
		text: "The Corrin mill, owned by {A} since 2002, was flooded on Monday. Engineer {B} said the sluice gate had failed.\n\n“We lost a year of grain,” the owner said.",
		want: []corefWant{{"B", "I", "the sluice gate had failed"}, {"A", "D", "We lost a year of grain"}}},
	{class: "roleverb/written by, then the author",
		text: "A history of Saltby written by {A} has won the Marrow Prize. The judges' chair, {B}, called it a triumph.\n\n“It took me eleven years,” the author said.",
		want: []corefWant{{"A", "D", "It took me eleven years"}}},
}
