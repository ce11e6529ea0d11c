package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// Session 16, helper n1: a fresh audit of a SCIENCE AGENCY'S NEWS
// RELEASES (a space, weather, geology or health agency's public
// releases), written whole before the engine ran on it: invented
// agencies, centres, instruments, places and people, a list of names and
// titles crossed with the frames such releases use, near misses that must
// not change, and whole short releases whose every quote is checked.
// Calls follow testdata/README.md and cases_s14_g2_test.go: an unnamed
// study, team, paper, data, model or "the researchers" give a null quote;
// an agency named before speaks as "the agency"; a probe, satellite,
// instrument or buoy network says nothing and is no speaker; a quoted
// mission name, nickname or paper title is no quote; "according to" a
// named body's report is the body's; boilerplate is no quote.
//
// SUMMARY. The fresh estimate is the batches written as a release's
// wordings, not aimed at a miss already seen (1, whole releases, 3, 4,
// 5, 6, 8), each run once as written: 271/305 (0.89), or 274/305 (0.90) with my
// three probe errors corrected. The craft batches (2, 7), aimed at a
// class batch 1 showed, first passed 8/31. After this branch's fixes:
// batch 1 168/173, releases 7/8, craft 24/24, batch 3 59/60, batch 4
// 25/25, batch 5 3/5, batch 6 39/39, batch 7 8/9, batch 8 3/3 (10 rows known, each
// with its mechanism below); every score set unchanged.
//
// FIRST PASS (engine at bbaaf57, the whole of batch 1 written first and
// run once): n1Rows 149/169 (0.88): affil 48/48, agency 12/17, boiler
// 8/8, indir 21/24, instr 9/12, report 3/5, study 14/14, title 6/8,
// titled 24/28, two 4/5; whole releases (n1Releases) 3/8 (0.38), one of
// the five failures my error (release 1 wanted no quote for "Scientists
// using the ... probe have found that X", which the house call, g2's
// lead rows, makes a null quote; corrected). The misses by class:
//   - agency: "the agency" after "the Tannland Geological Survey" went to
//     nobody (a Survey, Institutes, Centers were no agency's names);
//   - indir: "X, ..., said Dr. Y, <appositive> in Marrow, Tannland." and
//     "X, said Y, Ph.D., <appositive>" kept the cue inside the clause;
//   - report: "according to a report released Tuesday by <body>" and "a
//     new assessment from <body>" went to nobody;
//   - titled: "Bureau Chief Scientist Oren Vale" was "Scientist Oren
//     Vale";
//   - two: "chief of the Vector-Borne Disease Branch" made the Branch a
//     man, whom "he added" then went to;
//   - instr: one-word craft names as speakers ("Harrow found that");
//   - title: "called the feature “the Keyhole”", "dubbed the glow “the
//     lamp.”" were quotations.
//
// Batch 2 (n1CraftRows, a craft named with its noun and then alone,
// written after batch 1's run and run once before its fix): 6/23 (0.26).
//
// AFTER this branch's fixes (one commit a class; every score set
// unchanged, held-out totals included): batch 1 168/173 with 4 guard
// rows added (agency 17/17, indir 24/24, report 5/5, titled 28/28, two
// 5/5, title 10/12, instr 9/12), releases 7/8, craft 24/24. Left known:
// small-clause 1, bare-craft 2, dubbed-name 1, doc-title 1 (a guard row
// that fails at bbaaf57 too), team-led-at 1.
//
// Batch 3 (n1Batch3Rows: "in a statement" after the title, "X
// continued", "put it simply:", "As X explains,", partial quotes, "whose
// team built", a quotation over two paragraphs, the title after the name,
// a body's forecasters and officials, datelines, release numbers,
// credits), written whole after the fixes above and run once: 59/60
// (0.98); the one miss a doubtful call of mine (np-object), left known.
//
// Batch 4 (n1Batch4Rows: a health, weather and geology agency's
// recommendations, requests, "according to the agency", "the agency's
// statement", an acronym spoken, "MD, MPH", a warning's words, two
// scientists' pronouns), written whole and run once: 16/21 (0.76), one
// row my error ("Agency's statement said" with its article dropped;
// corrected: 17/21). The four misses were one class: "the survey" after
// "the Tannland Geological Survey" read as a poll, nobody's. After the
// fix (surveyBody in np.go: "the survey" and "the survey's" stand for
// an agency named "... Survey" when the text brought in no survey of its
// own before): 21/21; every score set unchanged.
//
// Batch 5 (n1Releases2, five more whole releases: a telescope, a storm
// outlook, a tick advisory, a landslide map, a launch), written whole and
// run once: 3/5 (0.60). Misses: "A new map released by the Survey shows
// that X" gave X to nobody ("map" no thing that reports; "a map by the
// Survey" passed), and "Forecasters at the bureau's Climate Outlook
// Office predict" went to the office (my call, the bureau, is doubtful).
// After adding map, chart and dataset to thingWords the map's clause is
// the Survey's, and "The study behind it found" after it became the
// Survey's too (null wanted; no settled call): 3/5, both left known;
// every score set unchanged. Four rows added to batch 4 with that fix
// (map, chart, "the map shows", "to map" near miss) were 1/4 on the
// engine before it, 4/4 after.
//
// Batch 6 (n1Batch6Rows: a long affiliation with the paper's publication
// after it, "program scientist ... at Headquarters in Brask", "according
// to X" after a direct quote, videos, teleconferences, briefings, emails,
// "Asked whether ...", "the paper's first author, graduate student X",
// "wrote the authors", a co-author list, two names before one cue),
// written whole and run once: 38/39 (0.97); the one miss my error (two
// names before one cue are no one alone, cases_whospeaks_test.go;
// corrected): 39/39, no change.
//
// Batch 7 (n1CraftRows2: the craft named by an apposition, "Lantern, the
// probe's imaging spectrometer,", "Kestrel, a satellite that maps ...",
// or by "mission" or "instrument" after its name, then alone; near
// misses: a person whose apposition names the probe's engineer, a
// diplomatic mission named for its envoy), written whole and run once:
// 2/8 (0.25), only the near misses. After the fix (craftNamed also reads
// an apposition headed by a craft noun, craftAppositionName, and
// "instrument", "radar", "imager", ... after a one-word name,
// instrumentWord; a name counts only when its first mention is the
// craft's, so a firm named before "the Tarvex capsule" still speaks):
// 8/9 with that near miss added, "the Quillon mission" left known
// ("mission" dropped for "the Vatican mission"); every score set
// unchanged.
//
// Batch 8 (n1Releases3: three whole releases hard on who speaks: two
// women and a quotation-only paragraph, "the administrator added" for a
// named one, the agency's statement between two men), written whole and
// run once: 3/3, no change.

// Mechanisms of the rows still failing.
const (
	n1SmallClause = "small-clause: \"Kestrel showed the ice sheet thinning\" with nothing else in the text: the object and its participle are read as a reported clause and the unknown one-word name as its speaker"
	n1BareCraft   = "bare-craft: \"Kestrel showed that ...\", \"Harrow found that ...\" with no text naming the craft: a one-word unknown name is a person's surname; with \"the Kestrel satellite\" anywhere in the text it is no speaker (craft batch, craftNamed)"
	n1DubbedName  = "dubbed-name: \"The Lantern team dubbed the glow “the lamp.”\" is a quotation by nobody: the house call (cases_s11_audit2_test.go, \"Critics have dubbed the scheme “the poll tax on wheels”\") makes what is dubbed the dubbers' words, and no syntax tells a label from a jibe"
	n1DocTitle    = "doc-title: a title-case judgement after a document's noun (\"called the decision “A Grave Mistake”\") is read as the document's title, no quotation (at bbaaf57 as after; \"the film\" passes)"
	n1NPObject    = "np-object: \"The bureau predicts a 60 percent chance of ...\": a forecast's noun phrase object, no clause, is no quotation (whether it should be is no settled call)"
	n1SubOffice   = "sub-office: \"Forecasters at the bureau's Climate Outlook Office predict\" goes to the office, a body named in its own right, where I wanted the bureau: no settled call"
	n1StudyBehind = "study-behind: \"A new map released by the Survey shows ... The study behind it found that X\": the study is taken as the Survey's (the map's issuer), where \"the study\" alone is null by the house call; which the gold wants is no settled call"
	n1MissionName = "mission-name: \"The Quillon mission ... Quillon found that\": \"mission\" after a name is no craft's word (\"the Vatican mission\" is a state's), so the name alone is a speaker"
	n1TeamLedAt   = "team-led-at: \"a team led by scientists at the University of Estervale reports\" is null, not the university's: an unsettled call (testdata/README.md: \"a study led by researchers at X\" null in the fictional gold, \"researchers at X report\" X's)"
)

// n1Cast is a scientist as a release names them.
type n1Cast struct{ titled, affil, who, name, pron string }

var n1Casts = []n1Cast{
	{"Dr. Lena Ostrova", "associate director for science at the Varnholm Space Agency's Kessel Flight Center in Marrow, Tannland",
		"leads the science team for the Harrow mission", "Lena Ostrova", "she"},
	{"Tobiah Wren", "a research hydrologist at the Tannland Geological Survey's Upper Quill Water Science Center in Dovecote",
		"has measured water levels in the valley's wells since 1998", "Tobiah Wren", "he"},
	{"Dr. Amara Linnqvist-Oyelaran", "chief of the Vector-Borne Disease Branch at the Tannland Institutes of Public Health",
		"oversaw the trapping programme in eleven counties", "Amara Linnqvist-Oyelaran", "she"},
	{"Rosalind Pike", "deputy program manager for the Sable series of weather satellites at the National Atmospheric Bureau's Office of Orbital Observations",
		"managed the satellite's two years of testing", "Rosalind Pike", "she"},
	{"Professor Henrik Salo", "a co-author of the study and head of the Marine Sediments Laboratory at the University of Estervale",
		"drilled the first cores from the bay in 2009", "Henrik Salo", "he"},
	{"Kwame Adjei-Brandt, Ph.D.", "principal investigator for the Harrow probe's Lantern imaging spectrometer at Corrin Polytechnic Institute",
		"designed the spectrometer's cooling system", "Kwame Adjei-Brandt", "he"},
}

var n1Quotes = []string{
	"Every orbit adds another piece to a puzzle we have been working on for twenty years",
	"The wells told us a story the surface never could",
	"We now know the mosquitoes arrived two seasons earlier than anyone suspected",
	"Forecasters will see storms forming hours sooner than they can today",
	"The mud at the bottom of the bay is a diary that goes back ten thousand years",
	"Lantern sees colours no human eye could ever pick out",
}

var n1Clauses = []string{
	"the ice on the crater floor is at least two metres thick",
	"groundwater levels in the Quill Valley fell by an average of four metres over the decade",
	"the virus was circulating in at least eleven counties by early summer",
	"the new imager will scan the full disc of the planet every five minutes",
	"the bay's oxygen-poor zone has doubled in size since 1990",
	"the moon's surface darkens slightly each time it passes through the ring",
}

// n1Titled is a title before a name, as an agency writes its officials.
var n1Titled = []struct{ pre, name string }{
	{"Varnholm Space Agency Administrator", "Pell Danner"},
	{"Survey Director", "Maren Tolk"},
	{"Bureau Chief Scientist", "Oren Vasquez-Hale"},
	{"Deputy Associate Administrator for Exploration", "Ilse Farrow"},
	{"Mission Project Scientist", "Kit Amberley"},
	{"Institutes Director Dr.", "Solveig Adeyemi"},
	{"Flight Director", "Ruben Castellano-Nye"},
}

func n1Cap(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func n1Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	// affil: a named scientist with a long affiliation or a "who" clause.
	for i, c := range n1Casts {
		q := n1Quotes[i]
		q2 := n1Quotes[(i+1)%len(n1Quotes)]
		cl := n1Clauses[i]
		one := []string{c.name}
		add(auditRow{class: "affil/quote, said Dr. X, long title",
			text: fmt.Sprintf("“%s,” said %s, %s.", q, c.titled, c.affil),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "affil/quote, said X, who leads",
			text: fmt.Sprintf("“%s,” said %s, who %s.", q, c.titled, c.who),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "affil/quote, X, title, said in a statement",
			text: fmt.Sprintf("“%s,” %s, %s, said in a statement.", q, c.titled, c.affil),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "affil/X, title, said in a statement: quote",
			text: fmt.Sprintf("%s, %s, said in a statement: “%s.”", c.titled, c.affil, q),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "affil/quote, says X, title (present)",
			text: fmt.Sprintf("“%s,” says %s, %s.", q, c.titled, c.affil),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "affil/led the analysis, then pronoun quote",
			text: fmt.Sprintf("%s, %s, led the analysis.\n\n“%s,” %s said.", c.titled, c.affil, q, c.pron),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "affil/quote, probe paragraph, pronoun added",
			text: fmt.Sprintf("“%s,” said %s, %s.\n\nThe Harrow probe reached orbit around the moon Kessa in March and has since completed 212 orbits.\n\n“%s,” %s added.", q, c.titled, c.affil, q2, c.pron),
			want: []quote{{c.name, auD, q}, {c.name, auD, q2}}, speakers: one, exact: true})
		add(auditRow{class: "affil/quote, said in a news release announcing",
			text: fmt.Sprintf("%s is %s.\n\n“%s,” %s said in a news release announcing the findings.", n1Subject(c.titled), c.affil, q, n1Surname(c.name)),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "indir/according to X, title, clause",
			text: fmt.Sprintf("According to %s, %s, %s.", c.titled, c.affil, cl),
			want: []quote{{c.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "indir/X, title, explained that",
			text: fmt.Sprintf("%s, %s, explained that %s.", c.titled, c.affil, cl),
			want: []quote{{c.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "indir/clause, said X, title",
			text: fmt.Sprintf("%s, said %s, %s.", n1Cap(cl), c.titled, c.affil),
			want: []quote{{c.name, auI, n1Cap(cl)}}, speakers: one, exact: true})
		add(auditRow{class: "indir/X, who leads, said clause",
			text: fmt.Sprintf("%s, who %s, said %s.", c.titled, c.who, cl),
			want: []quote{{c.name, auI, cl}}, speakers: one, exact: true})
	}
	// titled: a title before the name.
	for i, p := range n1Titled {
		q := n1Quotes[i%len(n1Quotes)]
		cl := n1Clauses[i%len(n1Clauses)]
		one := []string{p.name}
		add(auditRow{class: "titled/Title X said clause",
			text: fmt.Sprintf("%s %s said %s.", p.pre, p.name, cl),
			want: []quote{{p.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "titled/quote, said Title X",
			text: fmt.Sprintf("“%s,” said %s %s.", q, p.pre, p.name),
			want: []quote{{p.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "titled/Title X said in a statement that",
			text: fmt.Sprintf("%s %s said in a statement that %s.", p.pre, p.name, cl),
			want: []quote{{p.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "titled/quote, Title X said",
			text: fmt.Sprintf("“%s,” %s %s said.", q, p.pre, p.name),
			want: []quote{{p.name, auD, q}}, speakers: one, exact: true})
	}
	// study: unnamed study, team, paper, data and researchers: null.
	study := []string{
		"The team found that %s.",
		"The researchers estimate %s.",
		"The data show %s.",
		"The paper, published Wednesday in the Journal of Tannish Hydrology, reports that %s.",
		"The findings, which appear in the March issue of Estervale Earth Letters, indicate that %s.",
		"Their analysis shows that %s.",
		"The scientists conclude that %s.",
		"The authors caution that %s.",
		"The new measurements confirm that %s.",
		"The study's results suggest %s.",
		"The researchers, who analysed 40 years of records, estimate that %s.",
		"Results from the three-year field campaign, published Monday in the journal Geoworks, show that %s.",
		"Computer simulations run by the team suggest %s.",
		"The report's authors found %s.",
	}
	for i, f := range study {
		cl := n1Clauses[i%len(n1Clauses)]
		add(auditRow{class: "study/" + strings.SplitN(f, " %s", 2)[0],
			text: fmt.Sprintf(f, cl),
			want: []quote{{"", auI, cl}}, speakers: []string{}, exact: true})
	}
	// agency: the agency named before speaks as "the agency".
	agencies := []struct{ intro, desc, name string }{
		{"The Tannland Geological Survey released the study on Tuesday.", "the agency", "Tannland Geological Survey"},
		{"The National Atmospheric Bureau launched Sable-4 in 2024.", "the bureau", "National Atmospheric Bureau"},
		{"The Varnholm Space Agency (VSA) built the Harrow probe with Corrin Polytechnic Institute.", "the agency", "Varnholm Space Agency"},
	}
	for i, a := range agencies {
		cl := n1Clauses[(i+1)%len(n1Clauses)]
		want := []quote{{a.name, auI, cl}}
		add(auditRow{class: "agency/the agency said in a statement that",
			text: fmt.Sprintf("%s %s said in a statement that %s.", a.intro, n1Cap(a.desc), cl), want: want, exact: true})
		add(auditRow{class: "agency/in a statement, the agency said",
			text: fmt.Sprintf("%s In a statement, %s said %s.", a.intro, a.desc, cl), want: want, exact: true})
		add(auditRow{class: "agency/clause, the agency said",
			text: fmt.Sprintf("%s %s, %s said.", a.intro, n1Cap(cl), a.desc), want: want, exact: true})
		add(auditRow{class: "agency/according to the agency",
			text: fmt.Sprintf("%s According to %s, %s.", a.intro, a.desc, cl), want: want, exact: true})
		add(auditRow{class: "agency/the agency announced Thursday",
			text: fmt.Sprintf("%s %s announced Thursday that %s.", a.intro, n1Cap(a.desc), cl), want: want, exact: true})
	}
	add(auditRow{class: "agency/acronym said in a statement",
		text: "The Varnholm Space Agency (VSA) built the Harrow probe. VSA said in a statement that " + n1Clauses[0] + ".",
		want: []quote{{"Varnholm Space Agency", auI, n1Clauses[0]}}, exact: true})
	add(auditRow{class: "agency/full name announced, lead",
		text: "MARROW, Tannland — The Varnholm Space Agency announced Thursday that " + n1Clauses[5] + ".",
		want: []quote{{"Varnholm Space Agency", auI, n1Clauses[5]}}, exact: true})
	// report: "according to" a named body's report is the body's; an
	// unnamed report's is null.
	add(auditRow{class: "report/clause, according to a report by the body",
		text: n1Cap(n1Clauses[1]) + ", according to a report released Tuesday by the Tannland Geological Survey.",
		want: []quote{{"Tannland Geological Survey", auI, n1Cap(n1Clauses[1])}}, exact: true})
	add(auditRow{class: "report/according to a new assessment from the body",
		text: "According to a new assessment from the National Atmospheric Bureau, " + n1Clauses[3] + ".",
		want: []quote{{"National Atmospheric Bureau", auI, n1Clauses[3]}}, exact: true})
	add(auditRow{class: "report/according to the report, null",
		text: "According to the report, " + n1Clauses[4] + ".",
		want: []quote{{"", auI, n1Clauses[4]}}, speakers: []string{}, exact: true})
	add(auditRow{class: "report/clause, according to the study's authors, null",
		text: n1Cap(n1Clauses[2]) + ", according to the study's authors.",
		want: []quote{{"", auI, n1Cap(n1Clauses[2])}}, speakers: []string{}, exact: true})
	add(auditRow{class: "report/according to measurements from the probe, null",
		text: "According to measurements from the Harrow probe, " + n1Clauses[0] + ".",
		want: []quote{{"", auI, n1Clauses[0]}}, speakers: []string{}})
	// instr: a probe, satellite or instrument is no speaker.
	instr := []string{
		"The Harrow probe detected traces of ammonia in the plume on its sixth flyby.",
		"Kestrel showed the ice sheet thinning along its eastern edge.",
		"Lantern, the probe's imaging spectrometer, picked up a faint glow over the north pole.",
		"Images from the Sable-4 satellite revealed a second eyewall forming on Sunday.",
		"The Corrie buoy network recorded waves of up to nine metres off the Tannland coast.",
		"Sable-4 will be joined by its twin, Sable-5, in 2028.",
		"Harrow spotted the plume twice more in April, each time above the same crack.",
		"The Quill Valley monitoring wells, some drilled in the 1950s, logged record lows in August.",
	}
	for _, s := range instr {
		known := ""
		if strings.HasPrefix(s, "Kestrel showed") {
			known = n1SmallClause
		}
		add(auditRow{class: "instr/near miss: a probe or instrument observes", text: s, exact: true, speakers: []string{}, known: known})
	}
	for _, s := range []string{
		"Kestrel showed that the ice sheet was thinning along its eastern edge.",
		"Data from the Harrow probe indicate " + n1Clauses[0] + ".",
		"Harrow found that " + n1Clauses[5] + ".",
		"Measurements by the Sable-4 satellite suggest " + n1Clauses[3] + ".",
	} {
		known := ""
		if strings.HasPrefix(s, "Kestrel") || strings.HasPrefix(s, "Harrow") {
			known = n1BareCraft
		}
		add(auditRow{class: "instr/a probe's finding: no speaker", text: s, speakers: []string{}, known: known})
	}
	// title: a quoted mission name, nickname or paper title is no quote.
	titles := []string{
		"The mission, nicknamed “Long Glance” by its engineers, will launch in 2029.",
		"The paper, titled “Brine Seeps and Seasonal Flow on Kessa,” appears in this week's Estervale Earth Letters.",
		"The team called the feature “the Keyhole” because of its shape.",
		"Engineers named the rover “Pip,” after a lighthouse keeper's dog.",
		"The Lantern team dubbed the glow “the lamp.”",
		"The results will be presented at the “Frontiers of Ice” workshop in Marrow next month.",
		"The satellite's so-called “sounder” measures humidity at forty levels of the atmosphere.",
		"The survey's “Wells of the Quill” project has enlisted 300 volunteer well owners.",
	}
	for _, s := range titles {
		known := ""
		if strings.Contains(s, "dubbed") {
			known = n1DubbedName
		}
		add(auditRow{class: "title/near miss: a quoted name or title", text: s, exact: true, speakers: []string{}, known: known})
	}
	// Added with the fix for "called the feature “the Keyhole”": what a
	// speaker calls something stays their words.
	add(auditRow{class: "title/guard: called the plan a judgement (added with the fix)",
		text: "Pell Danner called the budget cut “a slow death for planetary science.”",
		want: []quote{{"Pell Danner", auD, "a slow death for planetary science."}}, speakers: []string{"Pell Danner"}})
	add(auditRow{class: "title/guard: called it a title-case judgement (added with the fix)",
		text: "Maren Tolk called the decision “A Grave Mistake”.",
		want: []quote{{"Maren Tolk", auD, "A Grave Mistake"}}, speakers: []string{"Maren Tolk"}, known: n1DocTitle})
	add(auditRow{class: "title/guard: called a film a title-case judgement (added with the fix)",
		text: "Maren Tolk called the film “A Grave Mistake”.",
		want: []quote{{"Maren Tolk", auD, "A Grave Mistake"}}, speakers: []string{"Maren Tolk"}})
	add(auditRow{class: "title/guard: named a crater, no quote (added with the fix)",
		text: "The team named the crater “Tern Hollow” after a fishing village.", exact: true, speakers: []string{}})
	// boiler: a release's tail after a quote says nothing.
	boiler := []string{
		"Learn more at vsa.example/harrow",
		"Learn more about the Harrow mission at:\n\nhttps://www.vsa.example/harrow",
		"To learn more about groundwater in Tannland, visit tgs.example/water.",
		"The Tannland Geological Survey provides science about the natural hazards that threaten lives and livelihoods, the water, energy and mineral resources we rely on, and the health of our ecosystems.",
		"Media contact: Gil Amsel, 555-0130, gamsel@tgs.example",
		"The Kessel Flight Center in Marrow manages the Harrow mission for VSA's Science Directorate. Corrin Polytechnic Institute built the Lantern spectrometer.",
		"Follow the mission on social media at @VSAHarrow.\n\n-end-",
		"For more information on mosquito-borne illness, visit the Institutes' website or call 555-0199.",
	}
	for i, b := range boiler {
		c := n1Casts[i%len(n1Casts)]
		q := n1Quotes[i%len(n1Quotes)]
		add(auditRow{class: "boiler/release tail after a quote",
			text: fmt.Sprintf("“%s,” said %s, %s.\n\n%s", q, c.titled, c.affil, b),
			want: []quote{{c.name, auD, q}}, speakers: []string{c.name}, exact: true})
	}
	// two: two speakers, pronouns passing across paragraphs.
	for i := 0; i < len(n1Casts); i++ {
		a := n1Casts[i]
		b := n1Casts[(i+1)%len(n1Casts)]
		if a.pron == b.pron {
			b = n1Casts[(i+3)%len(n1Casts)]
		}
		if a.pron == b.pron {
			continue
		}
		qa, qb, qa2 := n1Quotes[i], n1Quotes[(i+2)%len(n1Quotes)], n1Quotes[(i+4)%len(n1Quotes)]
		add(auditRow{class: "two/A quote, B quote, A's pronoun added",
			text: fmt.Sprintf("“%s,” said %s, %s.\n\n%s, %s, agreed. “%s,” %s said.\n\n“%s,” %s added.",
				qa, a.titled, a.affil, b.titled, b.affil, qb, b.pron, qa2, a.pron),
			want:     []quote{{a.name, auD, qa}, {b.name, auD, qb}, {a.name, auD, qa2}},
			speakers: []string{a.name, b.name}, exact: true})
	}
	return rows
}

// n1Releases are whole short releases; every quote is checked.
func n1Releases() []auditRow {
	return []auditRow{
		{class: "release/space: lead, two scientists, boilerplate",
			text: "VSA's Harrow Probe Finds Thick Ice in Kessa Crater\n\n" +
				"MARROW, Tannland — Scientists using the Varnholm Space Agency's Harrow probe have found that the ice on the floor of Kessa's Dunmore crater is at least two metres thick, enough to supply a future landing party for decades.\n\n" +
				"The finding, published Thursday in the journal Planetary Frontiers, comes from 212 orbits of radar and infrared data. Harrow's Lantern spectrometer detected the ice's signature in the crater's permanent shadow.\n\n" +
				"“This is the first time we can put a number on the ice instead of a guess,” said Dr. Lena Ostrova, associate director for science at VSA's Kessel Flight Center in Marrow and lead author of the paper.\n\n" +
				"Kwame Adjei-Brandt, principal investigator for Lantern at Corrin Polytechnic Institute, said the team would point the instrument at two neighbouring craters next spring. “If the same signal shows up there, Dunmore is not a fluke,” he said.\n\n" +
				"Ostrova said the next step is a lander. “We know where to go now,” she said.\n\n" +
				"Learn more about Harrow at vsa.example/harrow",
			want: []quote{
				{"", auI, "the ice on the floor of Kessa's Dunmore crater is at least two metres thick, enough to supply a future landing party for decades"},
				{"Lena Ostrova", auD, "This is the first time we can put a number on the ice instead of a guess"},
				{"Kwame Adjei-Brandt", auI, "the team would point the instrument at two neighbouring craters next spring"},
				{"Kwame Adjei-Brandt", auD, "If the same signal shows up there, Dunmore is not a fluke"},
				{"Lena Ostrova", auI, "the next step is a lander"},
				{"Lena Ostrova", auD, "We know where to go now"},
			},
			speakers: []string{"Kwame Adjei-Brandt", "Lena Ostrova"}, exact: true},
		{class: "release/geology: agency voice, hydrologist, data show",
			text: "Groundwater Falls Sharply in Quill Valley, Survey Finds\n\n" +
				"DOVECOTE, Tannland — Groundwater levels in the Quill Valley fell by an average of four metres between 2014 and 2024, according to a report released Tuesday by the Tannland Geological Survey.\n\n" +
				"The report draws on readings from 340 wells. The data show the steepest declines near the valley's orchards, the agency said.\n\n" +
				"“The wells told us a story the surface never could,” said Tobiah Wren, a research hydrologist at the survey's Upper Quill Water Science Center and the report's lead author. Wren said some shallow wells had already gone dry.\n\n" +
				"Survey Director Maren Tolk said the agency would share the data with the valley's irrigation districts. “Good decisions start with good numbers,” Tolk said.\n\n" +
				"The Tannland Geological Survey provides impartial science about the nation's water, land and hazards. Media contact: Gil Amsel, 555-0130.",
			want: []quote{
				{"Tannland Geological Survey", auI, "Groundwater levels in the Quill Valley fell by an average of four metres between 2014 and 2024"},
				{"Tannland Geological Survey", auI, "The data show the steepest declines near the valley's orchards"},
				{"Tobiah Wren", auD, "The wells told us a story the surface never could"},
				{"Tobiah Wren", auI, "some shallow wells had already gone dry"},
				{"Maren Tolk", auI, "the agency would share the data with the valley's irrigation districts"},
				{"Maren Tolk", auD, "Good decisions start with good numbers"},
			},
			speakers: []string{"Maren Tolk", "Tannland Geological Survey", "Tobiah Wren"}, exact: true},
		{class: "release/health: institute, branch chief, outside expert",
			text: "Mosquito Virus Spread Earlier Than Thought, Study Shows\n\n" +
				"The Tannland Institutes of Public Health said Monday that the Orrin Valley virus was circulating in at least eleven counties by early summer, two months earlier than previous estimates.\n\n" +
				"The study, published in the Tannish Journal of Infectious Disease, tested more than 90,000 mosquitoes collected in traps between April and October.\n\n" +
				"“We now know the mosquitoes arrived two seasons earlier than anyone suspected,” said Dr. Amara Linnqvist-Oyelaran, chief of the Institutes' Vector-Borne Disease Branch. “That changes when counties should start spraying.”\n\n" +
				"Dr. Piet Vorster, an entomologist at Harlow University who was not involved in the study, said the findings matched what field crews had reported for years. “The lab has caught up with the ditch,” he said.\n\n" +
				"Linnqvist-Oyelaran urged residents to empty standing water around their homes.",
			want: []quote{
				{"Tannland Institutes of Public Health", auI, "the Orrin Valley virus was circulating in at least eleven counties by early summer, two months earlier than previous estimates"},
				{"Amara Linnqvist-Oyelaran", auD, "We now know the mosquitoes arrived two seasons earlier than anyone suspected"},
				{"Amara Linnqvist-Oyelaran", auD, "That changes when counties should start spraying."},
				{"Piet Vorster", auI, "the findings matched what field crews had reported for years"},
				{"Piet Vorster", auD, "The lab has caught up with the ditch"},
				{"Amara Linnqvist-Oyelaran", auI, "residents to empty standing water around their homes"},
			},
			speakers: []string{"Amara Linnqvist-Oyelaran", "Piet Vorster", "Tannland Institutes of Public Health"}},
		{class: "release/weather: satellite, administrator, program manager",
			text: "New Weather Satellite Sends First Images\n\n" +
				"The National Atmospheric Bureau's Sable-4 satellite has sent back its first images of Earth, the bureau announced Wednesday.\n\n" +
				"The images, taken from 36,000 kilometres above the equator, show a storm system forming over the Gulf of Tann.\n\n" +
				"“Forecasters will see storms forming hours sooner than they can today,” said Rosalind Pike, deputy program manager for the Sable series at the bureau's Office of Orbital Observations.\n\n" +
				"Bureau Administrator Yusuf Arkwright called the launch “a generational upgrade” for the nation's forecasters. He said Sable-4 would begin routine operations in the autumn.\n\n" +
				"“We built this satellite to last fifteen years,” Pike said. “It will outlive most of the people who built it.”\n\n" +
				"For more information about Sable-4, visit nab.example/sable.",
			want: []quote{
				{"National Atmospheric Bureau", auI, "The National Atmospheric Bureau's Sable-4 satellite has sent back its first images of Earth"},
				{"Rosalind Pike", auD, "Forecasters will see storms forming hours sooner than they can today"},
				{"Yusuf Arkwright", auD, "a generational upgrade"},
				{"Yusuf Arkwright", auI, "Sable-4 would begin routine operations in the autumn"},
				{"Rosalind Pike", auD, "We built this satellite to last fifteen years"},
				{"Rosalind Pike", auD, "It will outlive most of the people who built it."},
			},
			speakers: []string{"National Atmospheric Bureau", "Rosalind Pike", "Yusuf Arkwright"}},
		{class: "release/ocean: team findings, co-author, the researchers say",
			text: "Bay's Dead Zone Has Doubled Since 1990\n\n" +
				"The oxygen-poor zone at the bottom of Estervale Bay has doubled in size since 1990, a team led by scientists at the University of Estervale reports in the journal Coastal Dynamics.\n\n" +
				"The researchers analysed 34 sediment cores and three decades of water samples. Their results suggest that runoff from farms upstream is the main cause.\n\n" +
				"“The mud at the bottom of the bay is a diary that goes back ten thousand years,” said Professor Henrik Salo, a co-author of the study and head of the university's Marine Sediments Laboratory. “The last thirty pages are the worst.”\n\n" +
				"The zone could shrink within a decade if nitrogen inputs fall by a third, the researchers say.\n\n" +
				"The work was funded by the Tannland Marine Research Council.",
			want: []quote{
				{"University of Estervale", auI, "The oxygen-poor zone at the bottom of Estervale Bay has doubled in size since 1990"},
				{"", auI, "runoff from farms upstream is the main cause"},
				{"Henrik Salo", auD, "The mud at the bottom of the bay is a diary that goes back ten thousand years"},
				{"Henrik Salo", auD, "The last thirty pages are the worst."},
				{"", auI, "The zone could shrink within a decade if nitrogen inputs fall by a third"},
			},
			speakers: []string{"Henrik Salo", "University of Estervale"}, exact: true, known: n1TeamLedAt},
		{class: "release/space: administrator, flight director, he said / she said",
			text: "Harrow Completes Closest Flyby of Kessa\n\n" +
				"The Varnholm Space Agency's Harrow probe passed 28 kilometres above the icy moon Kessa on Saturday, its closest approach yet.\n\n" +
				"“Harrow did exactly what we asked of it,” said VSA Administrator Pell Danner. “The team should be very proud.”\n\n" +
				"Flight Director Ruben Castellano-Nye said the probe's thrusters fired for 41 seconds to set up the pass. Mission Project Scientist Kit Amberley, who watched from the control room in Marrow, said the first images would be released next week.\n\n" +
				"“I have waited eleven years for this picture,” she said.\n\n" +
				"“So have I,” he added.\n\n" +
				"The Kessel Flight Center manages Harrow for VSA. Learn more at vsa.example/harrow",
			want: []quote{
				{"Pell Danner", auD, "Harrow did exactly what we asked of it"},
				{"Pell Danner", auD, "The team should be very proud."},
				{"Ruben Castellano-Nye", auI, "the probe's thrusters fired for 41 seconds to set up the pass"},
				{"Kit Amberley", auI, "the first images would be released next week"},
				{"Kit Amberley", auD, "I have waited eleven years for this picture"},
			},
			speakers: []string{"Kit Amberley", "Pell Danner", "Ruben Castellano-Nye"}},
		{class: "release/geology: volcano alert, agency in a statement, scientist",
			text: "Survey Raises Alert Level at Mount Ferrin\n\n" +
				"The Tannland Geological Survey raised the alert level at Mount Ferrin to orange on Friday after a swarm of more than 400 small earthquakes beneath the summit.\n\n" +
				"“There is no sign that an eruption is imminent, but the volcano is clearly restless,” the agency said in a statement.\n\n" +
				"Dr. Nadia Ferreira-Holm, a volcanologist at the survey's Ferrin Volcano Observatory, said instruments on the north flank had measured about three centimetres of swelling since January. According to Ferreira-Holm, similar swarms in 1987 and 2003 ended without an eruption.\n\n" +
				"The observatory will update its assessment daily, the agency said.",
			want: []quote{
				{"Tannland Geological Survey", auD, "There is no sign that an eruption is imminent, but the volcano is clearly restless"},
				{"Nadia Ferreira-Holm", auI, "instruments on the north flank had measured about three centimetres of swelling since January"},
				{"Nadia Ferreira-Holm", auI, "similar swarms in 1987 and 2003 ended without an eruption"},
				{"Tannland Geological Survey", auI, "The observatory will update its assessment daily"},
			},
			speakers: []string{"Nadia Ferreira-Holm", "Tannland Geological Survey"}, exact: true},
		{class: "release/health: a quoted trial name, the findings, deputy director",
			text: "Trial Finds Booster Cuts Hospital Stays\n\n" +
				"A booster dose cut hospital stays among adults over 65 by nearly half, according to results from the “Second Shield” trial run by the Tannland Institutes of Public Health.\n\n" +
				"The findings, presented Tuesday at the Northern Vaccine Conference in Harlow, cover 12,000 volunteers in six cities.\n\n" +
				"“These are the numbers older Tannlanders have been waiting for,” said Deputy Director Dr. Emil Varga-Strand.\n\n" +
				"Varga-Strand said the Institutes would publish the full data set later this year. He cautioned that the trial did not include people living in care homes.",
			want: []quote{
				{"Tannland Institutes of Public Health", auI, "A booster dose cut hospital stays among adults over 65 by nearly half"},
				{"Emil Varga-Strand", auD, "These are the numbers older Tannlanders have been waiting for"},
				{"Emil Varga-Strand", auI, "the Institutes would publish the full data set later this year"},
				{"Emil Varga-Strand", auI, "the trial did not include people living in care homes"},
			},
			speakers: []string{"Emil Varga-Strand", "Tannland Institutes of Public Health"}},
	}
}

// n1Subject closes a trailing degree with a comma, as a subject needs.
func n1Subject(titled string) string {
	if strings.HasSuffix(titled, "Ph.D.") {
		return titled + ","
	}
	return titled
}

// n1CraftRows is batch 2: a spacecraft, satellite or instrument the
// release names with its noun ("the Harrow probe", "VSA's Kestrel
// satellite") and later by its name alone, as the subject of a verb of
// finding or showing; near misses: a person of the same name in full,
// and a craft word naming no craft.
func n1CraftRows() []auditRow {
	var rows []auditRow
	crafts := []struct{ intro, name string }{
		{"The Varnholm Space Agency's Harrow probe reached the moon Kessa in March.", "Harrow"},
		{"VSA launched the Kestrel satellite in 2021 to map the southern ice sheet.", "Kestrel"},
		{"The Orrin telescope, on a mountain above Marrow, has watched the star since 2019.", "Orrin"},
		{"Data came from the agency's Lumen spectrometer, which flies aboard Harrow.", "Lumen"},
		{"The Sable orbiter has circled the planet Tessary for six years.", "Sable"},
	}
	verbs := []string{"found that", "showed that", "detected signs that", "revealed that", "confirmed"}
	for i, c := range crafts {
		cl := n1Clauses[i%len(n1Clauses)]
		for j, v := range verbs[:3] {
			v = verbs[(i+j)%len(verbs)]
			rows = append(rows, auditRow{class: "craft/the X probe, then X " + v,
				text:     fmt.Sprintf("%s\n\n%s %s %s.", c.intro, c.name, v, cl),
				speakers: []string{}})
		}
		rows = append(rows, auditRow{class: "craft/the X probe, then a scientist's quote",
			text:     fmt.Sprintf("%s %s %s.\n\n“%s,” said Dr. Lena Ostrova.", c.intro, c.name, "found that "+cl, n1Quotes[i%len(n1Quotes)]),
			want:     []quote{{"Lena Ostrova", auD, n1Quotes[i%len(n1Quotes)]}},
			speakers: []string{"Lena Ostrova"}})
	}
	// Near misses: a person in full, and a name not a craft's.
	rows = append(rows,
		auditRow{class: "craft/near miss: a person named in full, then by surname",
			text:     "Dr. Mara Kestrel leads the ice team at the Varnholm Space Agency.\n\nKestrel said " + n1Clauses[0] + ".",
			want:     []quote{{"Mara Kestrel", auI, n1Clauses[0]}},
			speakers: []string{"Mara Kestrel"}, exact: true},
		auditRow{class: "craft/near miss: a person, a probe of another name",
			text:     "The Harrow probe reached Kessa in March.\n\nTobiah Wren said " + n1Clauses[1] + ".",
			want:     []quote{{"Tobiah Wren", auI, n1Clauses[1]}},
			speakers: []string{"Tobiah Wren"}, exact: true},
		auditRow{class: "craft/near miss: an inquiry named for a person (added with the fix)",
			text:     "Ilse Varrow was named special counsel in 2024. The Varrow probe found that the grants had been misused.\n\nVarrow said the report speaks for itself.",
			want:     []quote{{"", auI, "the grants had been misused"}, {"Ilse Varrow", auI, "the report speaks for itself"}},
			speakers: []string{"Ilse Varrow"}, exact: true},
		auditRow{class: "craft/near miss: a surname before a probe noun, no article",
			text:     "Ostrova said the probe would reach Kessa in March.",
			want:     []quote{{"Ostrova", auI, "the probe would reach Kessa in March"}},
			speakers: []string{"Ostrova"}, exact: true},
	)
	return rows
}

// n1Batch3Rows is batch 3, more of a release's wordings, written whole
// after the fixes above and run once before any fix of its own.
func n1Batch3Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	for i, c := range n1Casts {
		q := n1Quotes[i]
		q2 := n1Quotes[(i+1)%len(n1Quotes)]
		cl := n1Clauses[i]
		sur := n1Surname(c.name)
		one := []string{c.name}
		add(auditRow{class: "b3/quote, said X, title, in a statement",
			text: fmt.Sprintf("“%s,” said %s, %s, in a statement.", q, c.titled, c.affil),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "b3/quote, said X. quote, X continued",
			text: fmt.Sprintf("“%s,” said %s, %s. “%s,” %s continued.", q, c.titled, c.affil, q2, sur),
			want: []quote{{c.name, auD, q}, {c.name, auD, q2}}, speakers: one, exact: true})
		add(auditRow{class: "b3/X put it simply: quote",
			text: fmt.Sprintf("%s, %s, led the work.\n\n%s put it simply: “%s.”", c.titled, c.affil, sur, q),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "b3/as X explains, clause",
			text: fmt.Sprintf("%s, %s, led the work.\n\nAs %s explains, %s.", c.titled, c.affil, sur, cl),
			want: []quote{{c.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "b3/X said the results were a partial quote",
			text: fmt.Sprintf("%s, %s, said the results were “a genuine surprise” to the team.", c.titled, c.affil),
			want: []quote{{c.name, auM, "the results were “a genuine surprise” to the team"}}, speakers: one})
		add(auditRow{class: "b3/X, whose team built, said clause",
			text: fmt.Sprintf("%s, whose team built the Lantern spectrometer, said %s.", c.titled, cl),
			want: []quote{{c.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "b3/quote, added X, a senior scientist with",
			text: fmt.Sprintf("“%s,” added %s, a senior scientist with the Varnholm Space Agency.", q, c.titled),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "b3/quote over two paragraphs, cue in the first",
			text: fmt.Sprintf("“%s,” said %s, %s. “%s.\n\n“%s.”", q, c.titled, c.affil, q2, n1Cap(cl)),
			want: []quote{{c.name, auD, q}, {c.name, auD, q2}, {c.name, auD, n1Cap(cl)}}, speakers: one})
	}
	// The official by the title after the name, or in apposition first.
	add(auditRow{class: "b3/the agency's acting administrator, X, said",
		text: "The agency's acting administrator, Pell Danner, said " + n1Clauses[0] + ".",
		want: []quote{{"Pell Danner", auI, n1Clauses[0]}}, speakers: []string{"Pell Danner"}, exact: true})
	add(auditRow{class: "b3/quote, X, the agency's administrator, said",
		text: "“" + n1Quotes[0] + ",” Pell Danner, the agency's acting administrator, said.",
		want: []quote{{"Pell Danner", auD, n1Quotes[0]}}, speakers: []string{"Pell Danner"}, exact: true})
	add(auditRow{class: "b3/in a statement, Title X said",
		text: "In a statement, VSA Administrator Pell Danner said " + n1Clauses[0] + ".",
		want: []quote{{"Pell Danner", auI, n1Clauses[0]}}, speakers: []string{"Pell Danner"}, exact: true})
	add(auditRow{class: "b3/said X, the agency's administrator",
		text: "“" + n1Quotes[0] + ",” said Pell Danner, the agency's administrator.",
		want: []quote{{"Pell Danner", auD, n1Quotes[0]}}, speakers: []string{"Pell Danner"}, exact: true})
	// A body's forecasters, officials and scientists speak for it.
	add(auditRow{class: "b3/forecasters at the body predict that",
		text: "Forecasters at the National Atmospheric Bureau predict that the hurricane season will be busier than normal.",
		want: []quote{{"National Atmospheric Bureau", auI, "the hurricane season will be busier than normal"}}, exact: true})
	add(auditRow{class: "b3/officials with the body warned that",
		text: "Officials with the Tannland Geological Survey warned that " + n1Clauses[1] + ".",
		want: []quote{{"Tannland Geological Survey", auI, n1Clauses[1]}}, exact: true})
	add(auditRow{class: "b3/the bureau predicts, named before",
		text: "The National Atmospheric Bureau issued its seasonal outlook on Thursday. The bureau predicts a 60 percent chance of an above-normal season.",
		want: []quote{{"National Atmospheric Bureau", auI, "a 60 percent chance of an above-normal season"}}, known: n1NPObject})
	add(auditRow{class: "b3/the outlook calls for, no speaker",
		text: "The outlook calls for 14 to 19 named storms.", exact: true, speakers: []string{}})
	// Release furniture: datelines, release numbers, image credits.
	add(auditRow{class: "b3/dateline with the agency in brackets, then a quote",
		text: "MARROW, Tannland (VSA) — The Harrow probe has completed its 300th orbit of Kessa.\n\n“" + n1Quotes[0] + ",” said Dr. Lena Ostrova.",
		want: []quote{{"Lena Ostrova", auD, n1Quotes[0]}}, speakers: []string{"Lena Ostrova"}, exact: true})
	add(auditRow{class: "b3/release number line, then the agency's lead",
		text: "RELEASE 26-041\n\nThe Varnholm Space Agency said Monday that " + n1Clauses[5] + ".",
		want: []quote{{"Varnholm Space Agency", auI, n1Clauses[5]}}, speakers: []string{"Varnholm Space Agency"}, exact: true})
	add(auditRow{class: "b3/image credit after a quote",
		text: "“" + n1Quotes[5] + ",” said Kwame Adjei-Brandt.\n\nImage credit: VSA/Kessel/Corrin Polytechnic Institute",
		want: []quote{{"Kwame Adjei-Brandt", auD, n1Quotes[5]}}, speakers: []string{"Kwame Adjei-Brandt"}, exact: true})
	add(auditRow{class: "b3/funding and acknowledgement line, no speaker",
		text:  "The study was supported by grants from the Tannland Science Foundation and the Varnholm Space Agency's Planetary Science Division.",
		exact: true, speakers: []string{}})
	return rows
}

// n1Batch4Rows is batch 4: a health, weather and geology agency's
// wordings (recommendations, warnings, advisories, a quake's facts from
// the agency), written whole and run once before any fix of its own.
func n1Batch4Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	bodies := []struct{ intro, desc, name string }{
		{"The Tannland Institutes of Public Health (TIPH) tracks the virus in 40 counties.", "the agency", "Tannland Institutes of Public Health"},
		{"The National Atmospheric Bureau's forecast office in Dovecote issued the warning at noon.", "the bureau", "National Atmospheric Bureau"},
		{"The Tannland Geological Survey recorded the earthquake at 4:12 a.m.", "the survey", "Tannland Geological Survey"},
	}
	for _, b := range bodies {
		one := []quote{{b.name, auI, "people over 65 get the booster before winter"}}
		add(auditRow{class: "b4/the agency recommends that",
			text: b.intro + " " + n1Cap(b.desc) + " recommends that people over 65 get the booster before winter.", want: one, exact: true})
		add(auditRow{class: "b4/the agency urged people to (request)",
			text: b.intro + " " + n1Cap(b.desc) + " urged residents to stay off the roads.",
			want: []quote{{b.name, auI, "residents to stay off the roads"}}})
		add(auditRow{class: "b4/clause, according to the agency",
			text: b.intro + " The quake was centred 12 kilometres beneath the town of Ferrin, according to " + b.desc + ".",
			want: []quote{{b.name, auI, "The quake was centred 12 kilometres beneath the town of Ferrin"}}, exact: true})
		add(auditRow{class: "b4/the agency's statement said",
			text: b.intro + " " + n1Cap(b.desc) + "'s statement said no damage had been reported.",
			want: []quote{{b.name, auI, "no damage had been reported"}}, exact: true})
	}
	add(auditRow{class: "b4/acronym spoken after spelt out",
		text: "The Tannland Institutes of Public Health (TIPH) tracks the virus in 40 counties. TIPH advises people to wear long sleeves at dusk.",
		want: []quote{{"Tannland Institutes of Public Health", auI, "people to wear long sleeves at dusk"}}})
	add(auditRow{class: "b4/health officials advise, no body named",
		text: "Health officials advise people to wear long sleeves at dusk.",
		want: []quote{{"", auI, "people to wear long sleeves at dusk"}}, speakers: []string{}})
	add(auditRow{class: "b4/the warning said, quote",
		text: "The bureau's forecast office in Dovecote issued a flood warning at noon. “Residents near the river should move to higher ground now,” the warning said.",
		want: []quote{{"", auD, "Residents near the river should move to higher ground now"}}, speakers: []string{}})
	add(auditRow{class: "b4/X, MD, MPH, director, said",
		text: "“Vaccination remains the best protection we have,” said Solveig Adeyemi, MD, MPH, director of the Tannland Institutes of Public Health.",
		want: []quote{{"Solveig Adeyemi", auD, "Vaccination remains the best protection we have"}}, speakers: []string{"Solveig Adeyemi"}, exact: true})
	add(auditRow{class: "b4/X's team reports that",
		text: "Dr. Lena Ostrova leads the ice group at Kessel Flight Center. Ostrova's team reports that " + n1Clauses[0] + ".",
		want: []quote{{"Lena Ostrova", auI, n1Clauses[0]}}, exact: true})
	// Added with the map fix (batch 5): a map, chart or dataset reports.
	add(auditRow{class: "b4/map: a map released by the body shows that (added with the fix)",
		text: "A new map released by the Tannland Geological Survey shows that " + n1Clauses[1] + ".",
		want: []quote{{"Tannland Geological Survey", auI, n1Clauses[1]}}, exact: true})
	add(auditRow{class: "b4/map: according to a chart from the body (added with the fix)",
		text: "According to a chart from the National Atmospheric Bureau, " + n1Clauses[3] + ".",
		want: []quote{{"National Atmospheric Bureau", auI, n1Clauses[3]}}, exact: true})
	add(auditRow{class: "b4/map: the map shows that, null (added with the fix)",
		text: "The map shows that " + n1Clauses[1] + ".",
		want: []quote{{"", auI, n1Clauses[1]}}, speakers: []string{}, exact: true})
	add(auditRow{class: "b4/map: near miss, to map the slopes (added with the fix)",
		text: "The survey team plans to map the slopes again next spring.", exact: true, speakers: []string{}})
	add(auditRow{class: "b4/no injuries were reported, no speaker",
		text: "No injuries were reported, and the shaking was felt as far away as Marrow.", exact: true, speakers: []string{}})
	add(auditRow{class: "b4/the quake struck, magnitude, no speaker",
		text: "The magnitude 5.8 earthquake struck at 4:12 a.m. local time near the town of Ferrin.", exact: true, speakers: []string{}})
	add(auditRow{class: "b4/the survey's seismologists said",
		text: "Seismologists at the Tannland Geological Survey said aftershocks could continue for weeks.",
		want: []quote{{"Tannland Geological Survey", auI, "aftershocks could continue for weeks"}}, exact: true})
	add(auditRow{class: "b4/two agency people, she said / he said",
		text: "“We expect aftershocks for weeks,” said Dr. Nadia Ferreira-Holm, a seismologist with the Tannland Geological Survey.\n\nTobiah Wren, who manages the survey's Ferrin network, said the stations had all stayed online.\n\n“Not one of them dropped out,” he said.\n\n“That has never happened before,” she added.",
		want: []quote{
			{"Nadia Ferreira-Holm", auD, "We expect aftershocks for weeks"},
			{"Tobiah Wren", auI, "the stations had all stayed online"},
			{"Tobiah Wren", auD, "Not one of them dropped out"},
			{"Nadia Ferreira-Holm", auD, "That has never happened before"}},
		speakers: []string{"Nadia Ferreira-Holm", "Tobiah Wren"}, exact: true})
	return rows
}

// n1Releases2 is batch 5: five more whole releases, every quote checked,
// written whole and run once before any fix of their own.
func n1Releases2() []auditRow {
	return []auditRow{
		{class: "rel2/telescope: director, postdoc, outside astronomer",
			text: "Orrin Telescope Spots Water in a Distant Atmosphere\n\n" +
				"LENHOLM, Tannland — Astronomers using the Tannland Astronomical Institute's Orrin telescope have detected water vapour in the atmosphere of a planet 120 light-years from Earth.\n\n" +
				"The planet, known as TK-88b, circles a small red star every nine days. The team, led by Dr. Ingrid Halvorsen-Mbeki of the institute, reports the finding in the Tannish Astronomical Journal.\n\n" +
				"“Finding water this clearly, this far away, would have sounded like science fiction ten years ago,” Halvorsen-Mbeki said.\n\n" +
				"Postdoctoral researcher Yusuf Okonkwo-Lind, who wrote the software that cleaned the data, said the signal appeared in all four nights of observations.\n\n" +
				"Marit Solheim, an astronomer at the University of Estervale who was not part of the team, called the result “careful and convincing.” She said the next step would be to look for carbon dioxide.\n\n" +
				"The Orrin telescope is operated by the institute with funding from the Tannland Science Foundation.",
			want: []quote{
				{"Ingrid Halvorsen-Mbeki", auD, "Finding water this clearly, this far away, would have sounded like science fiction ten years ago"},
				{"Yusuf Okonkwo-Lind", auI, "the signal appeared in all four nights of observations"},
				{"Marit Solheim", auD, "careful and convincing."},
				{"Marit Solheim", auI, "the next step would be to look for carbon dioxide"},
			},
			speakers: []string{"Ingrid Halvorsen-Mbeki", "Marit Solheim", "Yusuf Okonkwo-Lind"}},
		{class: "rel2/weather: seasonal outlook, administrator, lead forecaster",
			text: "Bureau Predicts Busy Storm Season\n\n" +
				"The National Atmospheric Bureau expects an above-normal storm season in the Gulf of Tann this year, the agency said Thursday.\n\n" +
				"Forecasters at the bureau's Climate Outlook Office predict 15 to 20 named storms, of which six to nine could become hurricanes.\n\n" +
				"“Warm water in the gulf is the fuel, and there is a lot of fuel this year,” said Bureau Administrator Yusuf Arkwright. “Now is the time to make a plan.”\n\n" +
				"Lead seasonal forecaster Hana Villanueva-Ross said the outlook will be updated in August. “An outlook is not a forecast for any one town,” she said. “It only takes one storm.”\n\n" +
				"Learn more about preparing for storms at nab.example/prepare.",
			want: []quote{
				{"National Atmospheric Bureau", auI, "The National Atmospheric Bureau expects an above-normal storm season in the Gulf of Tann this year"},
				{"National Atmospheric Bureau", auI, "15 to 20 named storms, of which six to nine could become hurricanes"},
				{"Yusuf Arkwright", auD, "Warm water in the gulf is the fuel, and there is a lot of fuel this year"},
				{"Yusuf Arkwright", auD, "Now is the time to make a plan."},
				{"Hana Villanueva-Ross", auI, "the outlook will be updated in August"},
				{"Hana Villanueva-Ross", auD, "An outlook is not a forecast for any one town"},
				{"Hana Villanueva-Ross", auD, "It only takes one storm."},
			},
			speakers: []string{"Hana Villanueva-Ross", "National Atmospheric Bureau", "Yusuf Arkwright"}, known: n1SubOffice},
		{class: "rel2/health: outbreak advisory, two officials, the agency",
			text: "Health Institutes Warn of Early Tick Season\n\n" +
				"The Tannland Institutes of Public Health (TIPH) on Monday urged hikers and farm workers to check for ticks daily after cases of Varn fever rose sharply in April.\n\n" +
				"TIPH said 212 cases had been reported so far this year, compared with 58 at the same point last year.\n\n" +
				"“Most cases are mild, but a few people end up in intensive care every year,” said Dr. Emil Varga-Strand, deputy director of the institutes.\n\n" +
				"Dr. Amara Linnqvist-Oyelaran, who leads the institutes' tick surveillance team, said warm weather had brought the ticks out three weeks early. “They are hungry, and they are everywhere,” she said.\n\n" +
				"“Long trousers tucked into socks still work,” Varga-Strand added.",
			want: []quote{
				{"Tannland Institutes of Public Health", auI, "hikers and farm workers to check for ticks daily after cases of Varn fever rose sharply in April"},
				{"Tannland Institutes of Public Health", auI, "212 cases had been reported so far this year, compared with 58 at the same point last year"},
				{"Emil Varga-Strand", auD, "Most cases are mild, but a few people end up in intensive care every year"},
				{"Amara Linnqvist-Oyelaran", auI, "warm weather had brought the ticks out three weeks early"},
				{"Amara Linnqvist-Oyelaran", auD, "They are hungry, and they are everywhere"},
				{"Emil Varga-Strand", auD, "Long trousers tucked into socks still work"},
			},
			speakers: []string{"Amara Linnqvist-Oyelaran", "Emil Varga-Strand", "Tannland Institutes of Public Health"}},
		{class: "rel2/geology: landslide map, the study, two scientists",
			text: "New Map Shows Landslide Risk Across the Ferrin Hills\n\n" +
				"A new map released by the Tannland Geological Survey shows that nearly a third of the homes in the Ferrin Hills sit on slopes at high risk of sliding during heavy rain.\n\n" +
				"The map combines lidar scans with records of 1,400 past slides. The study behind it found that slides were most likely on slopes cleared of trees within the last 20 years.\n\n" +
				"“People often don't know that the hill behind their house has moved before,” said Tobiah Wren, the survey geologist who led the mapping. “Now they can look it up.”\n\n" +
				"Ruth Abernathy-Oso, emergency manager for Ferrin County, said the county would use the map to plan evacuation routes.\n\n" +
				"The map is available at tgs.example/ferrin.",
			want: []quote{
				{"Tannland Geological Survey", auI, "nearly a third of the homes in the Ferrin Hills sit on slopes at high risk of sliding during heavy rain"},
				{"", auI, "slides were most likely on slopes cleared of trees within the last 20 years"},
				{"Tobiah Wren", auD, "People often don't know that the hill behind their house has moved before"},
				{"Tobiah Wren", auD, "Now they can look it up."},
				{"Ruth Abernathy-Oso", auI, "the county would use the map to plan evacuation routes"},
			},
			speakers: []string{"Ruth Abernathy-Oso", "Tannland Geological Survey", "Tobiah Wren"}, known: n1StudyBehind},
		{class: "rel2/space: launch, rocket, administrator, mission manager",
			text: "Kestrel-2 Launches to Study Polar Ice\n\n" +
				"The Varnholm Space Agency's Kestrel-2 satellite lifted off at 6:40 a.m. Tuesday aboard a Talon 4 rocket from the Brask Launch Range.\n\n" +
				"Kestrel-2 separated from the rocket 58 minutes later, and ground stations in Marrow picked up its first signal soon after.\n\n" +
				"“Kestrel-2 gives us eyes on the poles for the next decade,” said VSA Administrator Pell Danner.\n\n" +
				"Mission manager Ilse Farrow said engineers would spend about 90 days testing the satellite's instruments before science operations begin. “The launch is the easy part,” she said with a laugh.\n\n" +
				"The Kessel Flight Center manages the mission. Learn more at vsa.example/kestrel2",
			want: []quote{
				{"Pell Danner", auD, "Kestrel-2 gives us eyes on the poles for the next decade"},
				{"Ilse Farrow", auI, "engineers would spend about 90 days testing the satellite's instruments before science operations begin"},
				{"Ilse Farrow", auD, "The launch is the easy part"},
			},
			speakers: []string{"Ilse Farrow", "Pell Danner"}, exact: true},
	}
}

// n1Batch6Rows is batch 6: long affiliations with a paper's publication
// after them, briefings, teleconferences, emails, videos, "according to"
// after a direct quote, the authors writing; written whole and run once
// before any fix of its own.
func n1Batch6Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	people := []struct{ titled, name, pron string }{
		{"Dr. Lena Ostrova", "Lena Ostrova", "she"},
		{"Tobiah Wren", "Tobiah Wren", "he"},
		{"Professor Henrik Salo", "Henrik Salo", "he"},
	}
	for i, p := range people {
		q := n1Quotes[i]
		cl := n1Clauses[i]
		sur := n1Surname(p.name)
		one := []string{p.name}
		add(auditRow{class: "b6/said X, professor of A and B at U and a co-author of the paper, which was published",
			text: fmt.Sprintf("“%s,” said %s, a professor of geology and environmental science at the University of Estervale and a co-author of the paper, which was published Monday in the journal Geoworks.", q, p.titled),
			want: []quote{{p.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "b6/said X, program scientist at Headquarters in City",
			text: fmt.Sprintf("“%s,” said %s, program scientist for the mission at VSA Headquarters in Brask.", q, p.titled),
			want: []quote{{p.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "b6/quote, according to X",
			text: fmt.Sprintf("%s, of the Varnholm Space Agency, led the study.\n\n“%s,” according to %s.", p.titled, q, sur),
			want: []quote{{p.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "b6/quote, X said in a video released by the agency",
			text: fmt.Sprintf("“%s,” %s said in a video released by the agency.", q, p.titled),
			want: []quote{{p.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "b6/quote, X told reporters during a teleconference",
			text: fmt.Sprintf("“%s,” %s told reporters during a teleconference Thursday.", q, p.titled),
			want: []quote{{p.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "b6/during a briefing, X said clause",
			text: fmt.Sprintf("During a briefing on Thursday, %s said %s.", p.titled, cl),
			want: []quote{{p.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "b6/X noted in the paper that",
			text: fmt.Sprintf("%s noted in the paper that %s.", p.titled, cl),
			want: []quote{{p.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "b6/in an email, X said",
			text: fmt.Sprintf("In an email, %s said %s.", p.titled, cl),
			want: []quote{{p.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "b6/asked whether, X said",
			text: fmt.Sprintf("Asked whether the result could be wrong, %s said %s.", p.titled, cl),
			want: []quote{{p.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "b6/X, director of the agency's division, said",
			text: fmt.Sprintf("%s, director of VSA's Planetary Science Division, said %s.", p.titled, cl),
			want: []quote{{p.name, auI, cl}}, speakers: one, exact: true})
		add(auditRow{class: "b6/quote opening with a feature's name",
			text: fmt.Sprintf("“The Keyhole is the best place on Kessa to land,” said %s.", p.titled),
			want: []quote{{p.name, auD, "The Keyhole is the best place on Kessa to land"}}, speakers: one, exact: true})
		add(auditRow{class: "b6/the paper's first author, graduate student X of U, said",
			text: fmt.Sprintf("The paper's first author, graduate student %s of Corrin Polytechnic Institute, said %s.", p.name, cl),
			want: []quote{{p.name, auI, cl}}, speakers: one, exact: true})
	}
	add(auditRow{class: "b6/quote, wrote the authors in the study",
		text: "“" + n1Quotes[3] + ",” wrote the authors in the study.",
		want: []quote{{"", auD, n1Quotes[3]}}, speakers: []string{}, exact: true})
	add(auditRow{class: "b6/co-author list, no quote",
		text: "Tobiah Wren, Dr. Lena Ostrova and Professor Henrik Salo are co-authors of the study.", exact: true, speakers: []string{}})
	add(auditRow{class: "b6/two scientists, one cue, joint",
		text: "Dr. Lena Ostrova and Tobiah Wren said " + n1Clauses[0] + ".",
		want: []quote{{"", auI, n1Clauses[0]}}, speakers: []string{}})
	return rows
}

// n1CraftRows2 is batch 7: the craft named by an apposition ("Lantern,
// the probe's imaging spectrometer,") or with "mission" or "instrument"
// after its name, then alone; written whole and run once before its fix.
func n1CraftRows2() []auditRow {
	var rows []auditRow
	intros := []struct{ intro, name string }{
		{"Lantern, the probe's imaging spectrometer, picked up a faint glow over the pole.", "Lantern"},
		{"The agency launched Kestrel, a satellite that maps polar ice, in 2021.", "Kestrel"},
		{"Sable, the bureau's newest weather satellite, reached orbit in May.", "Sable"},
		{"The Quillon mission reached the asteroid belt in 2025.", "Quillon"},
		{"Data came from Harrow's Tamsin instrument, which measures dust.", "Tamsin"},
		{"Orrin, a radar carried by the Harrow probe, mapped the ice from orbit.", "Orrin"},
	}
	for i, c := range intros {
		cl := n1Clauses[i%len(n1Clauses)]
		known := ""
		if c.name == "Quillon" {
			known = n1MissionName
		}
		rows = append(rows, auditRow{class: "craft2/craft by apposition or mission, then X found that",
			text:     fmt.Sprintf("%s\n\n%s found that %s.", c.intro, c.name, cl),
			speakers: []string{}, known: known})
	}
	rows = append(rows,
		auditRow{class: "craft2/near miss: a person in apposition with a role",
			text:     "Lantern, the probe's lead engineer, joined the agency in 2009.\n\nLantern said " + n1Clauses[0] + ".",
			want:     []quote{{"Lantern", auI, n1Clauses[0]}},
			speakers: []string{"Lantern"}},
		auditRow{class: "craft2/near miss: a firm named before its capsule (added with the fix)",
			text:     "Tarvex said the test had gone well. The Tarvex capsule docked on Friday.\n\nTarvex said the hatch opened on the first try.",
			want:     []quote{{"Tarvex", auI, "the test had gone well"}, {"Tarvex", auI, "the hatch opened on the first try"}},
			speakers: []string{"Tarvex"}},
		auditRow{class: "craft2/near miss: a diplomatic mission named for its envoy",
			text:     "Envoy Ilse Varrow arrived in Brask on Monday. The Varrow mission is expected to last a week.\n\nVarrow said the talks had gone well.",
			want:     []quote{{"Ilse Varrow", auI, "the talks had gone well"}},
			speakers: []string{"Ilse Varrow"}},
	)
	return rows
}

// n1Releases3 is batch 8: whole releases hard on who speaks (two women,
// a quotation-only paragraph going on with the speaker, a description
// for a named official, the agency between two people), written whole
// and run once before any fix of their own.
func n1Releases3() []auditRow {
	return []auditRow{
		{class: "rel3/two women, quote-only paragraph carries",
			text: "Sea Ice Hits Record Low, Bureau Says\n\n" +
				"Sea ice around the Tannish Arctic islands shrank to its smallest extent on record this month, the National Atmospheric Bureau said Wednesday.\n\n" +
				"“We have been watching this coming for a decade,” said Dr. Hana Villanueva-Ross, a sea ice scientist at the bureau.\n\n" +
				"“What surprised us was the speed in the last six weeks.”\n\n" +
				"Rosalind Pike, who manages the bureau's satellite programme, said the new Sable-4 satellite had made daily maps possible for the first time. “Before Sable-4 we waited a week for a clear picture,” she said.\n\n" +
				"Villanueva-Ross said the ice would likely recover partly over the winter.",
			want: []quote{
				{"National Atmospheric Bureau", auI, "Sea ice around the Tannish Arctic islands shrank to its smallest extent on record this month"},
				{"Hana Villanueva-Ross", auD, "We have been watching this coming for a decade"},
				{"Hana Villanueva-Ross", auD, "What surprised us was the speed in the last six weeks."},
				{"Rosalind Pike", auI, "the new Sable-4 satellite had made daily maps possible for the first time"},
				{"Rosalind Pike", auD, "Before Sable-4 we waited a week for a clear picture"},
				{"Hana Villanueva-Ross", auI, "the ice would likely recover partly over the winter"},
			},
			speakers: []string{"Hana Villanueva-Ross", "National Atmospheric Bureau", "Rosalind Pike"}, exact: true},
		{class: "rel3/the administrator added, description for the named",
			text: "Agency Picks Landing Site for Kessa Lander\n\n" +
				"The Varnholm Space Agency has chosen a landing site near the Keyhole, a pit on the moon Kessa, for its first lander, Administrator Pell Danner announced Friday.\n\n" +
				"“The Keyhole gives us ice, shelter and a view,” Danner said. “It is the best seat in the house.”\n\n" +
				"The site was picked from 40 candidates after two years of study by a panel of scientists and engineers.\n\n" +
				"“We argued a lot,” said panel chair Dr. Lena Ostrova. “In the end the data decided.”\n\n" +
				"The lander is set to launch in 2031, the administrator added.",
			want: []quote{
				{"Pell Danner", auI, "The Varnholm Space Agency has chosen a landing site near the Keyhole, a pit on the moon Kessa, for its first lander"},
				{"Pell Danner", auD, "The Keyhole gives us ice, shelter and a view"},
				{"Pell Danner", auD, "It is the best seat in the house."},
				{"Lena Ostrova", auD, "We argued a lot"},
				{"Lena Ostrova", auD, "In the end the data decided."},
				{"Pell Danner", auI, "The lander is set to launch in 2031"},
			},
			speakers: []string{"Lena Ostrova", "Pell Danner"}, exact: true},
		{class: "rel3/agency statement between two scientists, he and he",
			text: "Quake Swarm Beneath Lake Orrin Eases\n\n" +
				"A swarm of small earthquakes beneath Lake Orrin has slowed, the Tannland Geological Survey said Tuesday, and the agency lowered its alert level to yellow.\n\n" +
				"“The swarm has not stopped, but it has lost most of its energy,” said Tobiah Wren, a seismologist at the survey's Orrin Observatory.\n\n" +
				"The agency said in a statement that it would keep extra seismometers around the lake until spring.\n\n" +
				"Professor Henrik Salo of the University of Estervale, who studies the lake's sediments, said cores taken in 2019 showed at least three large quakes in the past 2,000 years. “This lake has a long memory,” he said.\n\n" +
				"“We will keep listening,” Wren said.",
			want: []quote{
				{"Tannland Geological Survey", auI, "A swarm of small earthquakes beneath Lake Orrin has slowed"},
				{"Tobiah Wren", auD, "The swarm has not stopped, but it has lost most of its energy"},
				{"Tannland Geological Survey", auI, "it would keep extra seismometers around the lake until spring"},
				{"Henrik Salo", auI, "cores taken in 2019 showed at least three large quakes in the past 2,000 years"},
				{"Henrik Salo", auD, "This lake has a long memory"},
				{"Tobiah Wren", auD, "We will keep listening"},
			},
			speakers: []string{"Henrik Salo", "Tannland Geological Survey", "Tobiah Wren"}},
	}
}

// n1Surname is the last word of a name.
func n1Surname(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

func TestAuditS16N1(t *testing.T) {
	runAudit(t, "n1", n1Rows(), *auditKnown)
	runAudit(t, "n1rel", n1Releases(), *auditKnown)
	runAudit(t, "n1craft", n1CraftRows(), *auditKnown)
	runAudit(t, "n1b3", n1Batch3Rows(), *auditKnown)
	runAudit(t, "n1b4", n1Batch4Rows(), *auditKnown)
	runAudit(t, "n1rel2", n1Releases2(), *auditKnown)
	runAudit(t, "n1b6", n1Batch6Rows(), *auditKnown)
	runAudit(t, "n1craft2", n1CraftRows2(), *auditKnown)
	runAudit(t, "n1rel3", n1Releases3(), *auditKnown)
}
