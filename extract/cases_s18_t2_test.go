package extract_test

import (
	"strings"
	"testing"
)

// Session 18, helper t2: the session-17 pool "r11" (30 excerpts of real
// reporting of mixed genres: budgets and trade, science releases,
// floods and fires, business and court news, book prizes; kept outside
// the repository), held out in session 17 and released for tuning. The
// engine's misses on it, classified by mechanism; every sentence here is
// invented (fictional people, bodies and places) in the shapes the pool
// showed, with near misses that must not change.
//
// FIRST PASS (the whole table of 37 rows written first and run once on
// the engine at f8a1dee): 9/37 (0.24); docissuer 2/9, nphead 4/10 (the
// three near misses and one "Images" row), colonappos 1/3 and
// roleatbody 1/3 (the near misses), team 1/1, every other class 0. The
// pool itself at f8a1dee (version 19): speaker F1 0.840, quote recall
// 0.944, attribution 0.803.
//
// AFTER this branch (one commit a class, no repository score set and no
// other session-17 dev pool moving): 80/90 rows, 10 known; the pool:
// speaker F1 0.957, quote recall 0.969, attribution 0.962. Rows added
// after the first pass are the near misses and the classes found while
// fixing (bodyleaders, requesttime, titlebeside, capnoun, scareposs,
// promptedissuer, having, findingthat), each seen failing before its fix
// unless it is a near miss.

// Mechanisms of the known failures.
const (
	t2ThinkTank  = "think-tank: \"according to a report by the think tank X\": \"think\" is read as a verb and ends the source's phrase, so the first clause is nobody's (the report cited later is X's)"
	t2FarRelease = "far-release: \"according to the release\" more than three paragraphs after the release's issuer was named, with another body quoted between, is nobody's (statementCueBefore looks three paragraphs back)"
)

// t2Rows crosses the pool's shapes with invented names.
func t2Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// docissuer: a body's release or report, cited again later as "the
	// release" or "the report", is the body's, even when another body
	// spoke in between or the body is described before its name.
	type body struct{ name, other string }
	bodies := []body{
		{"Lenmoor Fire Department", "Harrow County Sheriff's Office"},
		{"Ostby Rescue Service", "Tarvik Police Department"},
	}
	for _, b := range bodies {
		add(auditRow{class: "docissuer/release after another body/" + b.name,
			text: "No one was hurt in a barn fire Sunday in Kell, according to a news release from the " + b.name + ".\n\n" +
				"The crews arrived at 3 a.m., according to the release. The " + b.other + " arrived first and reported “a small fire” and the family had already left the barn.\n\n" +
				"No injuries were reported, according to the release.\n\n" +
				"The cause of the fire is under investigation, according to the release.",
			want: []quote{
				{b.name, auI, "No one was hurt in a barn fire Sunday in Kell"},
				{b.name, auI, "The crews arrived at 3 a.m."},
				{b.name, auI, "No injuries were reported"},
				{b.name, auI, "The cause of the fire is under investigation"},
			}})
		add(auditRow{class: "docissuer/release far on/" + b.name,
			text: "No one was hurt in a barn fire Sunday in Kell, according to a news release from the " + b.name + ".\n\n" +
				"The " + b.other + " arrived first and reported “a small fire” and the family had already left the barn.\n\n" +
				"Firefighters put out the fire with one hose line.\n\n" +
				"Smoke damage was confined to one room.\n\n" +
				"Crews from Dunmore and Pellan helped at the scene, according to the release.",
			want: []quote{
				{b.name, auI, "No one was hurt in a barn fire Sunday in Kell"},
				{b.name, auI, "Crews from Dunmore and Pellan helped at the scene"},
			},
			known: t2FarRelease})
	}
	add(auditRow{class: "docissuer/near: the other body's own statement",
		text: "No one was hurt in a barn fire Sunday in Kell, according to a news release from the Lenmoor Fire Department.\n\n" +
			"The Harrow County Sheriff's Office issued a statement saying deputies had closed the road.\n\n" +
			"The road will reopen Monday, according to the statement.",
		want: []quote{
			{"Lenmoor Fire Department", auI, "No one was hurt in a barn fire Sunday in Kell"},
			{"Harrow County Sheriff's Office", auI, "deputies had closed the road"},
			{"Harrow County Sheriff's Office", auI, "The road will reopen Monday"},
		}})
	add(auditRow{class: "docissuer/near: release of prisoners",
		text: "The Harrow County Sheriff's Office said the two men were freed on Monday.\n\n" +
			"“We are glad it is over,” said Ivo Brenn, a brother of one of the men, after the release.",
		want: []quote{
			{"Harrow County Sheriff's Office", auI, "the two men were freed on Monday"},
			{"Ivo Brenn", auD, "We are glad it is over"},
		}})
	type described struct{ desc, name, known string }
	descs := []described{
		{"the conservation group", "Wildkeep", ""},
		{"the think tank", "Morrow Institute", t2ThinkTank},
		{"the charity", "Riverwatch", ""},
	}
	for _, b := range descs {
		add(auditRow{class: "docissuer/report by described body/" + b.name,
			text: "According to a major report by " + b.desc + " " + b.name + ", otter numbers have fallen by half since 1990.\n\n" +
				"And the report warns that rivers are being poisoned at a record rate.\n\n" +
				"Ilse Varga, who heads the Pellan Angling Club, said the decline was plain to see.\n\n" +
				"The report says the drought is a stark reminder of the damage.",
			want: []quote{
				{b.name, auI, "otter numbers have fallen by half since 1990"},
				{b.name, auI, "rivers are being poisoned at a record rate"},
				{"Ilse Varga", auI, "the decline was plain to see"},
				{b.name, auI, "the drought is a stark reminder of the damage"},
			},
			known: b.known})
	}

	// nphead: a capitalised first word that only modifies the subject's
	// head ("Water rescues", "Mandatory evacuations") is no speaker of a
	// participle later in the sentence.
	for _, w := range []string{"Water", "Boat", "Mandatory", "Helicopter"} {
		add(auditRow{class: "nphead/participle after modifier/" + w,
			text:     w + " rescues and evacuations were taking place in Dunmore on Friday, as rising water prompted the Marsh Weather Office to issue a rare warning, warning that heavy rains could cause severe damage.",
			want:     []quote{{"Marsh Weather Office", auI, "heavy rains could cause severe damage"}},
			speakers: []string{"Marsh Weather Office"}})
	}
	// promptedissuer: the body a cause made issue a notice warns in the
	// participle after it. (The rows above were first written with no
	// speaker wanted, for the false speaker; since this fix they want
	// the body.)
	add(auditRow{class: "promptedissuer/forced the council to declare",
		text: "The flooding forced the Pellan District Council to declare an emergency, warning that more rain was coming.",
		want: []quote{{"Pellan District Council", auI, "more rain was coming"}}})
	add(auditRow{class: "promptedissuer/near: urged by a person",
		text: "Ilse Varga urged the Pellan District Council to issue a warning, saying the river was rising.",
		want: []quote{{"Ilse Varga", auI, "the river was rising"}}})
	add(auditRow{class: "nphead/near: name then present verb",
		text: "Ilse Varga disagrees, saying the plan would cost too much.",
		want: []quote{{"Ilse Varga", auI, "the plan would cost too much"}}})
	add(auditRow{class: "nphead/near: body then present verb",
		text: "Quillfen Labs objects, arguing that the fine is unfair.",
		want: []quote{{"Quillfen Labs", auI, "the fine is unfair"}}})
	add(auditRow{class: "nphead/near: name then present verb and object",
		text: "Ilse Varga disagrees with the plan, saying it would cost too much.",
		want: []quote{{"Ilse Varga", auI, "it would cost too much"}}})
	add(auditRow{class: "nphead/near: surname in -s then participle aside",
		text: "Marta Jennings, backed by the union, said the plan would fail.",
		want: []quote{{"Marta Jennings", auI, "the plan would fail"}}})
	add(auditRow{class: "nphead/near: firm then plural object",
		text: "Quillfen Labs rejects claims from the union, saying the plant is safe.",
		want: []quote{{"Quillfen Labs", auI, "the plant is safe"}}})
	for _, w := range []string{"Photos", "Images", "Videos"} {
		add(auditRow{class: "nphead/things shared by/" + w,
			text:     w + " shared by the Dunmore police department showed streets submerged in debris-filled water.",
			speakers: []string{}})
	}

	// colonappos: a role and a name, then an unclosed description, then
	// "said:" and the words; they run on over the next paragraphs.
	add(auditRow{class: "colonappos/unclosed description said colon",
		text: "Novelist and playwright Ilse Varga, chair of the judges said: “Tomas Brenn's first novel is a remarkable book.\n\n" +
			"“There is nothing timid about this first novel. It is a mature book.”",
		want: []quote{
			{"Ilse Varga", auD, "Tomas Brenn's first novel is a remarkable book."},
			{"Ilse Varga", auD, "There is nothing timid about this first novel. It is a mature book."},
		}})
	add(auditRow{class: "colonappos/unclosed description said colon/poet",
		text: "Poet Marta Oyelaran, head of the panel said: “The winning book is brave and wide-ranging.”",
		want: []quote{{"Marta Oyelaran", auD, "The winning book is brave and wide-ranging."}}})
	add(auditRow{class: "colonappos/near: closed description",
		text: "Novelist Ilse Varga, chair of the judges, said: “Tomas Brenn's first novel is a remarkable book.”",
		want: []quote{{"Ilse Varga", auD, "Tomas Brenn's first novel is a remarkable book."}}})

	add(auditRow{class: "colonappos/near: list of names after a role",
		text: "Poet Marta Oyelaran, Ivo Brenn and the other judges said the book was brave.",
		want: []quote{{"", auI, "the book was brave"}}})
	add(auditRow{class: "colonappos/near: role words and a name, then a description, told",
		text: "Author and critic Ivo Brenn, a judge last year told the paper the prize had lost its way.",
		want: []quote{{"Ivo Brenn", auI, "the prize had lost its way"}}})

	// scareposs: one word quoted between a possessive and its noun,
	// after a verb that neither speaks nor judges, is the writer's term,
	// not the subject's words. ("a" before it was tried too: it cost a
	// repository set a quote.)
	for _, f := range []string{"won the award for her “remarkable” book", "finished the race in his “lucky” boots", "celebrated their “historic” win in Dunmore"} {
		add(auditRow{class: "scareposs/term before its noun/" + f,
			text:     "Ilse Varga, 29, " + f + ".",
			speakers: []string{}})
	}
	add(auditRow{class: "scareposs/near: a judging verb",
		text: "Ilse Varga praised her “remarkable” team.",
		want: []quote{{"Ilse Varga", auD, "remarkable"}}})
	add(auditRow{class: "scareposs/near: a speaking verb",
		text: "Ilse Varga announced a “temporary” halt to the works.",
		want: []quote{{"Ilse Varga", auD, "temporary"}}})

	// roleatbody: "Chief executive at BODY Name says".
	for _, b := range []string{"Wildkeep", "Riverwatch"} {
		add(auditRow{class: "roleatbody/role at body name says/" + b,
			text: "Chief executive at " + b + " Tanya Morrow says otters are “in freefall” as rivers dry up.\n\n" +
				"She added: “We are wrecking the one place we call home.”",
			want: []quote{
				{"Tanya Morrow", auM, "otters are “in freefall” as rivers dry up"},
				{"Tanya Morrow", auD, "We are wrecking the one place we call home."},
			}})
	}
	add(auditRow{class: "roleatbody/near: director of body",
		text: "Dr Ivo Brenn, director of science at the Pellan Society, says the decline was clear.",
		want: []quote{{"Ivo Brenn", auI, "the decline was clear"}}})

	add(auditRow{class: "roleatbody/near: professor at a university named for a person",
		text: "Ilse Varga, a professor at Tomas Brenn University, says the decline was clear.",
		want: []quote{{"Ilse Varga", auI, "the decline was clear"}}})
	add(auditRow{class: "roleatbody/near: analyst at a firm",
		text: "Ivo Brenn, an analyst at Pellan Morrow Securities, says the shares are cheap.",
		want: []quote{{"Ivo Brenn", auI, "the shares are cheap"}}})

	// ofbodyinplace: "Dr. Name of the BODY in PLACE, who led the study,
	// said": the name speaks, not the place.
	for _, p := range []string{"Tarvik", "Dunmore"} {
		add(auditRow{class: "ofbodyinplace/who led the study/" + p,
			text:     "Dr. Ilse Varga of the Marrow Valley Research Institute in " + p + ", who led the study, said the trial was an essential step toward larger trials.",
			want:     []quote{{"Ilse Varga", auI, "the trial was an essential step toward larger trials"}},
			speakers: []string{"Ilse Varga"}})
	}

	add(auditRow{class: "ofbodyinplace/near: object of a verb before",
		text: "Ivo Brenn visited Dr. Ilse Varga of the Marrow Valley Research Institute in Tarvik, who said the trial was an essential step.",
		want: []quote{{"Ilse Varga", auI, "the trial was an essential step"}}})
	add(auditRow{class: "ofbodyinplace/near: no relative",
		text: "Dr. Ilse Varga of the Marrow Valley Research Institute in Tarvik said the trial was an essential step.",
		want: []quote{{"Ilse Varga", auI, "the trial was an essential step"}}})

	// team: an unnamed team's report after a clause ending in a name.
	add(auditRow{class: "team/research team reported after a name",
		text:     "The volunteers developed antibodies at levels comparable to those found in people who survived Grey Fever, the research team reported in the Harbour Journal of Medicine.",
		want:     []quote{{"", auI, "The volunteers developed antibodies at levels comparable to those found in people who survived Grey Fever"}},
		speakers: []string{}})

	for _, code := range []string{"GREY-19", "MARV-2"} {
		add(auditRow{class: "team/research team reported after a code name/" + code,
			text:     "The volunteers developed antibodies at levels comparable to those found in people who survived " + code + ", the research team reported in the Harbour Journal of Medicine.",
			want:     []quote{{"", auI, "The volunteers developed antibodies at levels comparable to those found in people who survived " + code}},
			speakers: []string{}})
	}
	add(auditRow{class: "team/research team after bodies named before",
		text: "The vaccine, developed by the Tarvik Health Institute and Quillfen Labs, will start its final trial in July.\n\n" +
			"The volunteers developed antibodies at levels comparable to those of people who recovered, the research team reported in the Harbour Journal of Medicine.",
		want:     []quote{{"", auI, "The volunteers developed antibodies at levels comparable to those of people who recovered"}},
		speakers: []string{}})
	add(auditRow{class: "team/research team before an institute named next",
		text: "The volunteers developed antibodies at levels comparable to those of people who recovered, the research team reported in the Harbour Journal of Medicine.\n\n" +
			"Dr. Ilse Varga of the Marrow Valley Research Institute, who led the study, said the trial was an essential step.",
		want: []quote{
			{"", auI, "The volunteers developed antibodies at levels comparable to those of people who recovered"},
			{"Ilse Varga", auI, "the trial was an essential step"},
		},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "team/near: the research team of a named body",
		text:  "The Tarvik Health Institute research team tested the vaccine on 45 volunteers. The research team said the results were promising.",
		want:  []quote{{"Tarvik Health Institute", auI, "the results were promising"}},
		known: "team-of-body: \"The X Institute research team ... The research team said\": the team named with its body's name before is not linked to the body (failing before this branch too)"})
	add(auditRow{class: "team/near: a body named with letters and digits",
		text: "The Tarvik Group of 7 met on Monday. G7 leaders said the talks were useful.",
		want: []quote{{"", auI, "the talks were useful"}}})

	// readpost: “...” read a post on the town's page.
	add(auditRow{class: "readpost/read a post on the town's page",
		text: "The town of Ellery told its 900 residents to stay off the roads. “Our streets are flooded and not safe!!!” read a post on the town’s Facebook page. “Use extreme caution!!”",
		want: []quote{
			{"town of Ellery", auI, "its 900 residents to stay off the roads"},
			{"town of Ellery", auD, "Our streets are flooded and not safe!!!"},
			{"town of Ellery", auD, "Use extreme caution!!"},
		}})

	add(auditRow{class: "readpost/read a post on the council's page",
		text: "The Ellery Town Council closed two roads. “Our streets are flooded and not safe!!!” read a post on the council’s Facebook page.",
		want: []quote{{"Ellery Town Council", auD, "Our streets are flooded and not safe!!!"}}})
	add(auditRow{class: "readpost/read a message on its website",
		text: "The Pellan Rowing Club cancelled Saturday's regatta. “The river is too high to race,” read a message on its website.",
		want: []quote{{"Pellan Rowing Club", auD, "The river is too high to race"}}})
	add(auditRow{class: "readpost/near: a sign on the gate",
		text:  "The town of Ellery closed the park. “Keep out,” read a sign on the town’s gate.",
		want:  []quote{{"", auD, "Keep out"}},
		exact: false})

	// forecasters: "according to forecasters at the Weather Office".
	add(auditRow{class: "forecasters/according to forecasters at body",
		text: "The warning covered the town of Pellan, where 8 inches of rain had fallen in 12 hours, according to forecasters at the Marsh Weather Office in Tarvik.",
		want: []quote{{"Marsh Weather Office", auI, "The warning covered the town of Pellan, where 8 inches of rain had fallen in 12 hours"}}})

	add(auditRow{class: "forecasters/according to meteorologists at the body's office",
		text: "The Marsh Weather Service issued a rare warning on Tuesday. The warning covered Pellan, according to meteorologists at the Weather Service office in Tarvik.",
		want: []quote{{"Marsh Weather Service", auI, "The warning covered Pellan"}}})
	add(auditRow{class: "forecasters/near: forecasters in a place",
		text: "The warning covered Pellan, according to forecasters in Tarvik.",
		want: []quote{{"", auI, "The warning covered Pellan"}}})

	// appealscourt: "the appeals court found that" after the court's name.
	add(auditRow{class: "appealscourt/the appeals court found",
		text: "In 2019, the 4th Harbour Circuit Court of Appeals threw out the verdict against Ivo Brenn. The appeals court found that the trial judge should have called in the defence lawyers.",
		want: []quote{{"4th Harbour Circuit Court of Appeals", auI, "the trial judge should have called in the defence lawyers"}}})

	add(auditRow{class: "appealscourt/the appeals panel said",
		text: "Last year the Marrow Court of Appeals threw out the fine against Quillfen Labs. The appeals panel said the regulator had misread the law.",
		want: []quote{{"Marrow Court of Appeals", auI, "the regulator had misread the law"}}})
	add(auditRow{class: "appealscourt/near: a person appeals",
		text: "The Marrow Court of Appeals upheld the fine. Ivo Brenn appeals court rulings often, and said he would do so again.",
		want: []quote{{"Ivo Brenn", auI, "he would do so again"}}})

	// bodyleaders: "BODY leaders expressed optimism that": the body.
	for _, b := range []string{"Tarvik Health Institute", "Marrow Ferry Authority"} {
		add(auditRow{class: "bodyleaders/body leaders expressed optimism/" + b,
			text: "The trial began on Monday, which is why " + b + " leaders expressed optimism that results will come by year's end.",
			want: []quote{{b, auI, "results will come by year's end"}}})
	}
	add(auditRow{class: "bodyleaders/near: place leaders",
		text: "Tarvik leaders said the vote was a farce.",
		want: []quote{{"", auI, "the vote was a farce"}}})

	// requesttime: a time phrase between the hearer and the infinitive.
	for _, tm := range []string{"last week", "on Monday", "Tuesday"} {
		add(auditRow{class: "requesttime/asked body TIME to/" + tm,
			text: "Premier Ivo Brenn asked the Harbour Securities Board " + tm + " to study letting companies report their earnings twice a year.",
			want: []quote{{"Ivo Brenn", auI, "the Harbour Securities Board " + tm + " to study letting companies report their earnings twice a year"}}})
	}
	add(auditRow{class: "requesttime/asked a body named with and, TIME, to",
		text: "Ivo Brenn asked the Harbour Securities and Exchange Commission last week to study letting companies report their earnings twice a year.",
		want: []quote{{"Ivo Brenn", auI, "the Harbour Securities and Exchange Commission last week to study letting companies report their earnings twice a year"}}})
	add(auditRow{class: "requesttime/near: purpose after time",
		text:  "Premier Ivo Brenn met the Harbour Securities Board last week to discuss the budget.",
		exact: true})

	// titlebeside: "the President" after a sentence where one president
	// spoke and another was only mentioned.
	type titled struct{ title, a, b string }
	for _, tt := range []titled{{"President", "Ivo Brenn", "Oskar Dahl"}, {"Prime Minister", "Marta Oyelaran", "Tomas Kell"}} {
		add(auditRow{class: "titlebeside/the title after a mention beside the speaker/" + tt.title,
			text: "Tarvian " + tt.title + " " + tt.a + " signed a trade deal with Morland on Monday.\n\n" +
				"The deal is “a really good deal for both countries,” " + t2Surname(tt.a) + " said before telephoning Morland " + tt.title + " " + tt.b + " in the presence of the media.\n\n" +
				"The " + tt.title + " called it “one of the largest deals ever made”, adding that “we will get rid of the old name”.",
			want: []quote{
				{tt.a, auM, "The deal is “a really good deal for both countries,”"},
				{tt.a, auD, "one of the largest deals ever made"},
				{tt.a, auD, "we will get rid of the old name"},
			}})
	}
	add(auditRow{class: "titlebeside/near: the other holder the subject since",
		text: "“It is a good deal,” Tarvian President Ivo Brenn said on Monday.\n\n" +
			"Morland President Oskar Dahl arrived in Tarvik later that day. The President said “we are pleased”.",
		want: []quote{
			{"Ivo Brenn", auD, "It is a good deal"},
			{"Oskar Dahl", auD, "we are pleased"},
		}})

	// whilecalling: "Name while calling X “...” said “...”".
	add(auditRow{class: "whilecalling/while calling said quote",
		text: "Harbour Party chairman Ivo Brenn while calling the vote “a farce” said “all our members are here” and that “I answer for my own party.”",
		want: []quote{
			{"Ivo Brenn", auD, "a farce"},
			{"Ivo Brenn", auD, "all our members are here"},
			{"Ivo Brenn", auD, "I answer for my own party."},
		}})

	add(auditRow{class: "whilecalling/while calling, told",
		text: "Opposition leader Marta Oyelaran while calling the budget “a betrayal” told reporters “we will fight it in the house.”",
		want: []quote{
			{"Marta Oyelaran", auD, "a betrayal"},
			{"Marta Oyelaran", auD, "we will fight it in the house."},
		}})
	add(auditRow{class: "whilecalling/near: a comma and another speaker",
		text: "While Ivo Brenn was calling the vote “a farce”, Marta Oyelaran said “all our members are here.”",
		want: []quote{
			{"Ivo Brenn", auD, "a farce"},
			{"Marta Oyelaran", auD, "all our members are here."},
		}})

	// groupsay: a bare plural of people saying something.
	add(auditRow{class: "groupsay/neighbours say",
		text: "Neighbours say they heard bangs and went outside to see what was going on.",
		want: []quote{{"", auI, "they heard bangs and went outside to see what was going on"}}})

	// hazards: a clause with an "including" list, then "said Title Name".
	add(auditRow{class: "hazards/including list then said name",
		text: "Several hazards slowed the crews, including the heavy fire load and downed power lines lying in the yard, said District Chief Ivo Brenn with the Tarvik Fire Department.",
		want: []quote{{"Ivo Brenn", auI, "Several hazards slowed the crews, including the heavy fire load and downed power lines lying in the yard"}}})

	add(auditRow{class: "hazards/said name with body",
		text: "The crews were limited to ground ladders, said Captain Marta Oyelaran with the Pellan Rescue Service.",
		want: []quote{{"Marta Oyelaran", auI, "The crews were limited to ground ladders"}}})
	add(auditRow{class: "hazards/near: said name with a smile",
		text: "The crews did well, said Captain Marta Oyelaran with a smile.",
		want: []quote{{"Marta Oyelaran", auI, "The crews did well"}}})

	// recommended: "officials recommended that ...".
	add(auditRow{class: "recommended/officials recommended that",
		text: "Pellan declared a state of emergency on Wednesday. City officials there recommended that those living in flood zones leave by Thursday afternoon.",
		want: []quote{{"", auI, "those living in flood zones leave by Thursday afternoon"}}})

	add(auditRow{class: "recommended/city officials there warned that",
		text: "Pellan declared a state of emergency on Wednesday. City officials there warned that the river would crest on Friday.",
		want: []quote{{"", auI, "the river would crest on Friday"}}})
	add(auditRow{class: "recommended/officials there said",
		text:  "Officials there said the road was closed.",
		want:  []quote{{"", auI, "the road was closed"}},
		known: "there-said: \"Officials there said ...\" opening the sentence finds no clause (\"City officials there warned that\" does)"})

	// having: a perfect participle after a comma is the subject's.
	add(auditRow{class: "having/having called X a quoted word",
		text: "Ivo Brenn had been pushing for a new deal since 2017, having repeatedly called the pact, in force since 1994, a “disaster” for Tarvia.",
		want: []quote{{"Ivo Brenn", auD, "disaster"}}})
	add(auditRow{class: "having/having said that",
		text: "Ivo Brenn resigned in May, having said that the plan would fail.",
		want: []quote{{"Ivo Brenn", auI, "the plan would fail"}}})
	add(auditRow{class: "having/near: having opening the sentence",
		text:  "Having called the pact a “disaster”, Ivo Brenn signed it anyway.",
		want:  []quote{{"Ivo Brenn", auD, "disaster"}},
		known: "having-opening: \"Having called the pact a “disaster”, Ivo Brenn signed it\": a perfect participle opening the sentence finds no subject (failing before this branch too)"})

	// findingthat: ", finding that ..." after a body's act.
	add(auditRow{class: "findingthat/closed its probe, finding that",
		text:  "The Marrow Trade Commission on Wednesday closed its probe into how phones send data, ultimately finding that none of the 12 companies broke the law.",
		want:  []quote{{"Marrow Trade Commission", auI, "none of the 12 companies broke the law"}},
		known: "finding-that: \"finding\" is no cue form of \"find\"; adding it cost the Wikinews held-out and validation sets attribution (0.006, 0.004) and the session-17 pool r7 a quote"})

	// addingto: "adding to a deluge" is no cue.
	add(auditRow{class: "addingto/near: adding to a deluge",
		text:  "Evacuations were underway in Dunmore on Friday after heavy rains, adding to a deluge in an area that had received a foot of rain.",
		exact: true})

	// capnoun: an everyday noun capitalised for the occasion ("the
	// Budget") is no body that speaks.
	add(auditRow{class: "capnoun/the Budget underlines",
		text:     "The cuts will hurt families and the Budget underlines the Coalition's lack of vision, opposition parties say. Harbour Party leader Ivo Brenn said the Budget gives with one hand and takes with the other.",
		want:     []quote{{"Ivo Brenn", auI, "the Budget gives with one hand and takes with the other"}},
		speakers: []string{"Ivo Brenn"}})
	add(auditRow{class: "capnoun/the Budget shows then quotes",
		text: "The cuts will hurt families and the Budget underlines the Coalition's lack of vision, opposition parties say.\n\n" +
			"Green Party co-leader Marta Oyelaran said the Budget gives with one hand and takes with the other. It showed the Coalition as the “masters of the shell game”.\n\n" +
			"“The Coalition could not just give - they had to take away as well.”",
		want: []quote{
			{"Marta Oyelaran", auI, "the Budget gives with one hand and takes with the other"},
			{"Marta Oyelaran", auD, "The Coalition could not just give - they had to take away as well."},
		}})
	add(auditRow{class: "capnoun/near: the Commission said",
		text: "The Marrow Trade Commission fined Quillfen Labs in May. On Friday the Commission said the fine would stand.",
		want: []quote{{"Marrow Trade Commission", auI, "the fine would stand"}}})
	add(auditRow{class: "capnoun/near: the Council said",
		text: "The Pellan District Council closed the bridge. The Council said repairs would take a month.",
		want: []quote{{"Pellan District Council", auI, "repairs would take a month"}}})

	// nested: "X and the Budget underlines Y, opposition parties say".
	add(auditRow{class: "nested/budget underlines then group say",
		text:     "Relief for low earners will prove a mirage and the Budget underlines the Coalition's lack of vision, opposition parties say.",
		want:     []quote{{"", auI, "Relief for low earners will prove a mirage and the Budget underlines the Coalition's lack of vision"}},
		speakers: []string{}})
	for i := range rows {
		for prefix, mech := range t2Pending {
			if rows[i].known == "" && strings.HasPrefix(rows[i].class, prefix) {
				rows[i].known = mech
			}
		}
	}
	return rows
}

// t2Pending are the mechanisms of the rows still failing, by the start
// of their class.
var t2Pending = map[string]string{
	"groupsay/": "group-say: \"Neighbours say they heard ...\": a bare plural of people as subject of \"say\" opening the sentence is not taken as a cue",
	"addingto/": "adding-to: \", adding to a deluge in an area that ...\" is read as the cue \"adding\" with a clause after \"that\"",
	"nested/":   "nested-cue: \"X and the Budget underlines Y, opposition parties say\": the inner \"underlines\" (its subject a description) takes the clause the trailing cue with an unnamed group as subject reports",
}

func TestAuditS18T2(t *testing.T) {
	runAudit(t, "s18-t2", t2Rows(), *auditKnown)
}

// t2Surname returns the last word of a name as written.
func t2Surname(name string) string {
	f := strings.Fields(name)
	return f[len(f)-1]
}
