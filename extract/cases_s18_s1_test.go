package extract_test

import "testing"

// Session 18, helper s1: SPEAKER F1 on the ten tuned session-17 pools of
// real reporting (kept outside the repository). Every speaker-level miss
// there (about 60) was classed by mechanism; these rows are invented
// (fictional people, bodies and places; real country names only where a
// body carries one) in the shapes of the classes fixed here, with near
// misses that must not change.
//
// FIRST PASS (engine at f8a1dee, the table of 14 rows written first and
// run once): 9/14 (0.64): from-place 6/7, titled-first 2/4, org-country
// 1/3. The from-place row that failed used a first name the lexicon does
// not know ("Rolf"); it stays as a known failure, and the row in its
// place uses one it knows, as the pool's case did.
//
// Each later class's rows were written and run before its fix too:
// uc-campus 1/3, owner-body 1/3, joint-aside 2/5, work-title 3/5,
// press-officer 3/6, doc-owner 0/5, added-turn 2/4, police-boss 0/3,
// noun-claims 3/4.
//
// AFTER the branch's twelve fixes: 49/55 rows (6 known, each named by
// its mechanism). No repository score set moved. The ten pools' speaker
// F1 summed 9.282 -> 9.433 (r2 .913->.923, r3 .970->.990, r4 .901->.944,
// r7 .917->.938, r8 .907->.940, r14 .833->.857), no quote recall or
// attribution falling (attribution rose in r2, r3, r4, r7, r8, r14).
//
// The pools' speaker errors by class (60): a named body or person whose
// quotes went to nobody (about 22: "the company said", "X researchers",
// a report for its body, joint speakers after the clause); a named
// non-speaker given a pronoun's or a description's quotes (about 15); a
// fragment, a title or a work made a speaker ("Be Forgiven", "Semi-Arid
// Lands", "World Economic Report", "Refugees"; 7); one person or body
// under two forms not merged (6); the rest gold calls.

func s1Rows() []auditRow {
	return []auditRow{
		// from-place: "a man who gave his name as Colin from Tallowmere":
		// the name after a person's "from" is where he comes from (or
		// whom he works for), never a second person who may be "he".
		{class: "from-place/identified", text: "A man who only identified himself as Colin from Tallowmere described the scene as chaos.\n\n\"People were running in all directions,\" he said.",
			want: []quote{{"Colin", auD, "People were running in all directions"}}, speakers: []string{"Colin"}},
		{class: "from-place/unknown first name", text: "A man who only identified himself as Rolf from Tallowmere described the scene as chaos.\n\n\"People were running in all directions,\" he said.",
			want: []quote{{"Rolf", auD, "People were running in all directions"}}, speakers: []string{"Rolf"},
			known: "from-unknown: a first name the lexicon does not know is no person to the engine, so the name after its \"from\" is not marked a place"},
		{class: "from-place/gave name", text: "A woman who gave her name only as Nadia from Pellowby said the gates had been locked.\n\n\"We could not get out,\" she said.",
			want: []quote{{"Nadia", auI, "the gates had been locked"}, {"Nadia", auD, "We could not get out"}}, speakers: []string{"Nadia"}},
		{class: "from-place/first name", text: "Marta from Elsby was selling lemonade when the panic began.\n\n\"Everyone just ran,\" she said.",
			want: []quote{{"Marta", auD, "Everyone just ran"}}, speakers: []string{"Marta"}},
		{class: "from-place/full name", text: "Among the crowd was Tomas Brenn from Kessingley, who had come for the fireworks.\n\n\"It was a stampede,\" he said.",
			want: []quote{{"Tomas Brenn", auD, "It was a stampede"}}, speakers: []string{"Tomas Brenn"}},
		{class: "from-place/two", text: "Ilse Varga from Marrowdene said the stalls had closed early.\n\n\"Nobody told us anything,\" she said.",
			want: []quote{{"Ilse Varga", auI, "the stalls had closed early"}, {"Ilse Varga", auD, "Nobody told us anything"}}, speakers: []string{"Ilse Varga"}},
		{class: "from-place/near miss letter", text: "The council received a letter from Orrin Tay on Monday.\n\n\"I will not give up,\" Tay said.",
			want: []quote{{"Orrin Tay", auD, "I will not give up"}}, speakers: []string{"Orrin Tay"}},
		{class: "from-place/near miss org", text: "Halla Brisk from the Tarrow Housing Trust said the flats were damp.",
			want: []quote{{"Halla Brisk", auI, "the flats were damp"}}, speakers: []string{"Halla Brisk"}},

		// titled-first-name: "Coach Tavin" then "Coach Tavin Orrowe": a
		// first name the lexicon does not know, met first under the same
		// title as the full name, is one person.
		{class: "titled-first/coach", text: "Coach Tavin was left rueing missed chances on Sunday.\n\nCoach Tavin Orrowe said his side was the better team.\n\nSpeaking about the goals, Tavin lamented that luck was not on his side.",
			want: []quote{{"Tavin Orrowe", auI, "his side was the better team"}, {"Tavin Orrowe", auI, "luck was not on his side"}}, speakers: []string{"Tavin Orrowe"}},
		{class: "titled-first/club coach", text: "Pellan coach Dusko was left frustrated by the draw.\n\nPellan coach Dusko Marvane said his players had tired late.\n\nDusko added that the referee had been fair.",
			want: []quote{{"Dusko Marvane", auI, "his players had tired late"}, {"Dusko Marvane", auI, "the referee had been fair"}}, speakers: []string{"Dusko Marvane"}},
		{class: "titled-first/near miss other role", text: "Coach Tavin praised the crowd.\n\nAssistant coach Tavin Orrowe said the players were tired.\n\nTavin said the crowd had been loud.",
			want: []quote{{"Tavin Orrowe", auI, "the players were tired"}, {"Tavin", auI, "the crowd had been loud"}}, speakers: []string{"Tavin", "Tavin Orrowe"}},
		{class: "titled-first/near miss untitled", text: "Tavin arrived late to the meeting.\n\nCoach Tavin Orrowe said the players were tired.",
			want: []quote{{"Tavin Orrowe", auI, "the players were tired"}}, speakers: []string{"Tavin Orrowe"}},

		// org-place-suffix: "Lokta Party" and "Lokta Party Nepal": a body
		// named again with its country after it is the same body.
		{class: "org-country/party", text: "The Lokta Party has said the step towards instability is unfortunate.\n\nLokta Party Nepal has deemed the move reckless, saying there was no need for it.",
			want: []quote{{"Lokta Party Nepal", auI, "the step towards instability is unfortunate"}, {"Lokta Party Nepal", auI, "there was no need for it"}}, speakers: []string{"Lokta Party Nepal"}},
		{class: "org-country/reverse", text: "Marden Relief Trust Kenya said the wells had run dry.\n\nMarden Relief Trust said it would send more water trucks.",
			want: []quote{{"Marden Relief Trust Kenya", auI, "the wells had run dry"}, {"Marden Relief Trust Kenya", auI, "it would send more water trucks"}}, speakers: []string{"Marden Relief Trust Kenya"}},
		{class: "org-country/no org word", text: "Marden Relief Kenya said the wells had run dry.\n\nMarden Relief said it would send more water trucks.",
			want: []quote{{"Marden Relief Kenya", auI, "the wells had run dry"}, {"Marden Relief Kenya", auI, "it would send more water trucks"}}, speakers: []string{"Marden Relief Kenya"},
			known: "org-country-bare: a name with no word of a body's, its country after it, is no body to the engine, so its short form is not merged"},
		{class: "org-country/near miss person", text: "Tomas Brenn said the wells had run dry.\n\nBrenn Kenya, his company, said it would send trucks.",
			want: []quote{{"Tomas Brenn", auI, "the wells had run dry"}}},
		{class: "org-country/near miss youth wing", text: "The Lokta Party said the vote was fair.\n\nThe Lokta Party Youth Wing said the vote had been rigged.",
			want: []quote{{"Lokta Party", auI, "the vote was fair"}, {"Lokta Party Youth Wing", auI, "the vote had been rigged"}}, speakers: []string{"Lokta Party", "Lokta Party Youth Wing"}},

		// uc-campus: "UC Riverside" is a campus of the University of
		// California, no person with the initials U. C.
		{class: "uc-campus/research", text: "Plant emissions will rise by as much as 14 percent, according to new UC Marwick research.",
			want: []quote{{"UC Marwick", auI, "Plant emissions will rise by as much as 14 percent"}}, speakers: []string{"UC Marwick"}},
		{class: "uc-campus/researchers", text: "UC Dellby researchers said the drought would last into spring.",
			want: []quote{{"UC Dellby", auI, "the drought would last into spring"}}, speakers: []string{"UC Dellby"}},
		{class: "uc-campus/near miss professor", text: "Ana Torvik, a UC Marwick professor, said the data were sound.",
			want: []quote{{"Ana Torvik", auI, "the data were sound"}}, speakers: []string{"Ana Torvik"}},

		// owner-not-place: "a researcher in Velcor's Threat Analysis
		// Group": the name whose body it is, not a place the researcher
		// is in, so "Velcor researchers" later speak for the firm.
		{class: "owner-body/researchers", text: "Malware used in the campaign matches older code, Tomas Brenn, a researcher in Velcor's Threat Analysis Group, said.\n\nThe flaw resides in a popular package, Velcor researchers said Thursday.",
			want: []quote{{"Tomas Brenn", auI, "Malware used in the campaign matches older code"}, {"Velcor", auI, "The flaw resides in a popular package"}}, speakers: []string{"Tomas Brenn", "Velcor"}},
		{class: "owner-body/analysts", text: "Ilse Varga, who works in Marlow's Research Institute, said prices would rise.\n\nDemand will slow next year, Marlow analysts said.",
			want: []quote{{"Ilse Varga", auI, "prices would rise"}, {"Marlow", auI, "Demand will slow next year"}}, speakers: []string{"Ilse Varga", "Marlow"}},
		{class: "owner-body/near miss town hall", text: "Tomas Brenn, who works in Harwick's town hall, said the roof leaked.\n\nThe damp will spread, Harwick researchers said on Monday.",
			want: []quote{{"Tomas Brenn", auI, "the roof leaked"}, {"", auI, "The damp will spread"}}, speakers: []string{"Tomas Brenn"}},

		// joint-aside: "..., X and Y, both researchers at Z, said": the
		// aside says what the two are; the two speak together, which
		// the rules give to nobody, as without the aside.
		{class: "joint-aside/both researchers in", text: "Malware used in the campaign closely matches older code, Tomas Brenn and Ilse Varga, both researchers in Velcor's Threat Analysis Group, said.",
			want: []quote{{"", auI, "Malware used in the campaign closely matches older code"}}, exact: true},
		{class: "joint-aside/both at", text: "The harbour fund will close by June, Mara Quell and Osk Lindqvist, both traders at Pellam Bank, said.",
			want: []quote{{"", auI, "The harbour fund will close by June"}}, exact: true},
		{class: "joint-aside/all students", text: "The vote was unfair, Ada Brinvik, Jon Ardis and Tove Lund, all students at Orsk College, said on Monday.",
			want: []quote{{"", auI, "The vote was unfair"}}, exact: true,
			known: "joint-list-aside: a list of three names before the aside is read as asides of its own, comma by comma, and the first name joins the clause"},
		{class: "joint-aside/near miss one name", text: "The harbour fund will close by June, Mara Quell, a trader at Pellam Bank, said.",
			want: []quote{{"Mara Quell", auI, "The harbour fund will close by June"}}, exact: true},
		{class: "joint-aside/near miss no aside", text: "The harbour fund will close by June, Mara Quell and Osk Lindqvist said.",
			want: []quote{{"", auI, "The harbour fund will close by June"}}, exact: true},

		// work-title: "her sixth novel, May We Be Forgiven": a title with
		// a pronoun, a verb or an article in it is no one's name, after
		// its noun or met again without it, so "she" is the author.
		{class: "work-title/novel twice", text: "Ilse Varga won the prize with her sixth novel, May We Be Forgiven. Within the first pages of May We be Forgiven, a marriage collapses.\n\n\"I didn't think I could win,\" she tells me.",
			want: []quote{{"Ilse Varga", auD, "I didn't think I could win"}}, speakers: []string{"Ilse Varga"}},
		{class: "work-title/film the", text: "Mara Quell spent four years on the film The Night We Left, which opens on Friday.\n\n\"It took everything I had,\" she said.",
			want: []quote{{"Mara Quell", auD, "It took everything I had"}}, speakers: []string{"Mara Quell"}},
		{class: "work-title/album", text: "Tomas Brenn recorded the album Where Is Home in a barn.\n\n\"We wanted it raw,\" he said.",
			want: []quote{{"Tomas Brenn", auD, "We wanted it raw"}}, speakers: []string{"Tomas Brenn"}},
		{class: "work-title/near miss maker", text: "The documentary Ilse Varga made about the river opens on Friday.\n\n\"The river is dying,\" Varga said.",
			want: []quote{{"Ilse Varga", auD, "The river is dying"}}, speakers: []string{"Ilse Varga"},
			known: "doc-maker: \"The documentary Ilse Varga made\" (no title rule at work, failing before it too): the maker named after the work's noun is not found, and her quote goes to nobody"},
		{class: "work-title/near miss in the film", text: "In the film, Tomas Brenn plays a retired soldier.\n\n\"I trained for months,\" Brenn said.",
			want: []quote{{"Tomas Brenn", auD, "I trained for months"}}, speakers: []string{"Tomas Brenn"}},

		// press-officer: "The Brakeley State Police Public Relations
		// Officer, DSP Osk Lindqvist," is his title, no body; and "the
		// police spokesman" later is the spokesman (or press officer)
		// named before, not another police body named since.
		{class: "press-officer/title before name", text: "The Brakeley State Police Public Relations Officer, DSP Osk Lindqvist, in a statement said that two suspects had been arrested.\n\nLindqvist said that a pistol was recovered from them.\n\n\"Investigation is ongoing,\" the police spokesman said.",
			want: []quote{{"Osk Lindqvist", auI, "two suspects had been arrested"}, {"Osk Lindqvist", auI, "a pistol was recovered from them"}, {"Osk Lindqvist", auD, "Investigation is ongoing"}}, speakers: []string{"Osk Lindqvist"}},
		{class: "press-officer/other station", text: "Officers from the Harwick Police Station have arrested two suspected robbers.\n\nThe Brakeley State Police Public Relations Officer, DSP Osk Lindqvist, said that the suspects had confessed.\n\n\"Investigation is ongoing,\" the police spokesman said.",
			want: []quote{{"Osk Lindqvist", auI, "the suspects had confessed"}, {"Osk Lindqvist", auD, "Investigation is ongoing"}}, speakers: []string{"Osk Lindqvist"}},
		{class: "press-officer/named spokesman", text: "Officers from the Harwick Police Station have arrested two suspected robbers.\n\nBrakeley police spokesman Osk Lindqvist said that the suspects had confessed.\n\n\"Investigation is ongoing,\" the police spokesman said.",
			want: []quote{{"Osk Lindqvist", auI, "the suspects had confessed"}, {"Osk Lindqvist", auD, "Investigation is ongoing"}}, speakers: []string{"Osk Lindqvist"}},
		{class: "press-officer/army", text: "Soldiers of the Tarvik Border Brigade fired on the convoy.\n\nTarvik army spokeswoman Ilse Marner said the convoy had ignored warnings.\n\n\"We acted within the rules,\" the army spokeswoman said.",
			want: []quote{{"Ilse Marner", auI, "the convoy had ignored warnings"}, {"Ilse Marner", auD, "We acted within the rules"}}, speakers: []string{"Ilse Marner"}},
		{class: "press-officer/near miss no one named", text: "Officers from the Harwick Police Station have arrested two suspected robbers.\n\n\"Investigation is ongoing,\" the police spokesman said.",
			want: []quote{{"Harwick Police Station", auD, "Investigation is ongoing"}}, speakers: []string{"Harwick Police Station"}},
		{class: "press-officer/near miss chief", text: "The Brakeley Police Chief Inspector, Osk Lindqvist, said the road would reopen.\n\nThe Brakeley Police said the road would reopen on Friday.",
			want: []quote{{"Osk Lindqvist", auI, "the road would reopen"}, {"Brakeley Police", auI, "the road would reopen on Friday"}}},

		// doc-owner: "The global lender's World Economic Report ...
		// warned that": a body's named publication speaks for the body,
		// owned by a description of it too, and as the subject of a
		// second verb joined by "and".
		{class: "doc-owner/description owner", text: "The Tarvik Monetary Fund cut its growth forecast on Tuesday.\n\nThe global lender's World Economic Report warned that chances of further cuts were high.",
			want: []quote{{"Tarvik Monetary Fund", auI, "chances of further cuts were high"}}, speakers: []string{"Tarvik Monetary Fund"}},
		{class: "doc-owner/joined verb", text: "The Tarvik Monetary Fund cut its growth forecast on Tuesday.\n\nThe fund's World Economic Report pointed to the trade war as a key risk and warned that chances of further cuts were high.",
			want: []quote{{"Tarvik Monetary Fund", auI, "chances of further cuts were high"}}, speakers: []string{"Tarvik Monetary Fund"}},
		{class: "doc-owner/both", text: "The Tarvik Monetary Fund cut its growth forecast on Tuesday.\n\nThe global lender's World Economic Report pointed to the trade war as a key risk and warned that chances of further cuts were high.",
			want: []quote{{"Tarvik Monetary Fund", auI, "chances of further cuts were high"}}, speakers: []string{"Tarvik Monetary Fund"}},
		{class: "doc-owner/the lender said", text: "The Tarvik Monetary Fund cut its growth forecast on Tuesday.\n\nThe global lender said chances of further cuts were high.",
			want: []quote{{"Tarvik Monetary Fund", auI, "chances of further cuts were high"}}, speakers: []string{"Tarvik Monetary Fund"}},
		{class: "doc-owner/near miss person's book", text: "Ilse Varga spoke at the fair on Tuesday.\n\nThe novelist's Winter Book pointed to her childhood and warned that memory fails.",
			want:  []quote{{"", auI, "memory fails"}},
			known: "named-doc: a work named with a document's word and owned by a person (\"The novelist's Winter Book\") is made a speaker of its own, before and after the doc-owner change"},

		// added-turn: "“...,” he added." right after a quotation of one
		// whose first name only hints at the other sex goes on with
		// them, not back to a man named before as the story's subject.
		{class: "added-turn/quote then added", text: "Officers went to arrest Marek Dolan, who is wanted in several cases.\n\nVichitra Lanka, Deputy Commissioner of Police for West District, said, \"The attack occurred in the border area of the two stations.\"\n\n\"When the police team tried to arrest the suspect, a crowd gathered and confronted the team,\" he added.",
			want: []quote{{"Vichitra Lanka", auD, "The attack occurred in the border area of the two stations."}, {"Vichitra Lanka", auD, "When the police team tried to arrest the suspect, a crowd gathered and confronted the team"}}, speakers: []string{"Vichitra Lanka"}},
		{class: "added-turn/indirect then added", text: "Officers went to arrest Marek Dolan, who is wanted in several cases.\n\nVanya Korrin, the district police chief, said the attack occurred near the station.\n\n\"A crowd gathered and confronted the team,\" he added.",
			want: []quote{{"Vanya Korrin", auI, "the attack occurred near the station"}, {"Vanya Korrin", auD, "A crowd gathered and confronted the team"}}, speakers: []string{"Vanya Korrin"}},
		{class: "added-turn/near miss honorific", text: "Officers went to arrest Marek Dolan, who is wanted in several cases.\n\nMs Ilka Varda, the district police chief, said, \"The attack occurred near the station.\"\n\n\"A crowd gathered and confronted the team,\" he added.",
			want: []quote{{"Ilka Varda", auD, "The attack occurred near the station."}, {"Marek Dolan", auD, "A crowd gathered and confronted the team"}}},
		// Session 25: "said" keeps the turn as "added" does when the
		// gender is only guessed from the first name's ending ("Kizza
		// Besigye ... told reporters ... | “...,” he said." in real
		// reporting); this row once wanted Marek Dolan.
		{class: "added-turn/said keeps the turn too", text: "Officers went to arrest Marek Dolan, who is wanted in several cases.\n\nVanya Korrin, the district police chief, said the attack occurred near the station.\n\n\"A crowd gathered and confronted the team,\" he said.",
			want: []quote{{"Vanya Korrin", auI, "the attack occurred near the station"}, {"Vanya Korrin", auD, "A crowd gathered and confronted the team"}}},

		// police-boss: "the police boss" (or chief) is the police
		// commissioner named before, not the last person named.
		{class: "police-boss/boss added", text: "The Tarvik State Police Commissioner, Osk Marrow, said the command had arrested 200 suspects.\n\nAccording to him, three men were arrested for killing a taxi driver, Pell Danvers, on September 12.\n\nThe Tarvik police boss added that two cultists were also arrested for murder.",
			want: []quote{{"Osk Marrow", auI, "the command had arrested 200 suspects"}, {"Osk Marrow", auI, "two cultists were also arrested for murder"}}, speakers: []string{"Osk Marrow"}},
		{class: "police-boss/chief", text: "Commissioner of Police Ilse Varda said the roads would reopen on Friday.\n\nTraffic was diverted through Lenmoor, where a bus driver, Tomas Brenn, waited for hours.\n\nThe police chief later said the diversion would end on Thursday.",
			want: []quote{{"Ilse Varda", auI, "the roads would reopen on Friday"}, {"Ilse Varda", auI, "the diversion would end on Thursday"}}, speakers: []string{"Ilse Varda"}},
		{class: "police-boss/near miss fire chief", text: "The Tarvik State Police Commissioner, Osk Marrow, said the command had arrested 200 suspects.\n\nThe blaze was put out by noon, and the fire chief said the cause was unknown.",
			want:  []quote{{"Osk Marrow", auI, "the command had arrested 200 suspects"}, {"", auI, "the cause was unknown"}},
			known: "other-chief: \"the fire chief\" falls back on the police commissioner, the one titled holder named (before and after the police-boss change)"},

		// noun-claims: "challenged the Courier email claims from the
		// start, noting ...": "claims" after a noun and before "from" is
		// the noun, so the participle's speaker is the sentence's subject.
		{class: "noun-claims/claims from", text: "Premier Ilse Varda spoke on Monday.\n\nVarda had challenged the veracity of the Courier email claims from the start, noting officials could find no evidence.",
			want: []quote{{"Ilse Varda", auI, "officials could find no evidence"}}, speakers: []string{"Ilse Varda"}},
		{class: "noun-claims/reports of", text: "Mayor Tomas Brenn spoke on Monday.\n\nBrenn dismissed the newspaper reports of a deal, saying talks had not begun.",
			want: []quote{{"Tomas Brenn", auI, "talks had not begun"}}, speakers: []string{"Tomas Brenn"}},
		{class: "noun-claims/near miss verb", text: "The union claims that the plant will close.",
			want: []quote{{"", auI, "the plant will close"}}},
		{class: "noun-claims/near miss name subject", text: "Tomas Brenn claims from experience that the plan fails.",
			want: []quote{{"Tomas Brenn", auI, "the plan fails"}}},
	}
}

func TestAuditS18S1(t *testing.T) { runAudit(t, "s1", s1Rows(), *auditKnown) }
