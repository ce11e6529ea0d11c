package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// The session 13 audit of REPORTED AND MIXED SPEECH the dev misses left
// (Wikinews dev, pages dev-a..dev-k, feed gold, read for their mechanism
// only; every sentence below is invented). The classes:
//   gerund   a verb of admitting or denying with a gerund phrase as what was
//            admitted ("has long denied taking bribes", "admitted making
//            the calls", "acknowledged leaving the gate open"); near
//            misses: a noun object ("denied the charges", "denied any
//            wrongdoing", "was admitted to hospital").
//   docsrc   a document named with its author ("according to a report from
//            the Harbour Safety Board", "a study by the Orrin Institute")
//            and later cited alone ("The report said ..."); near misses: a
//            report with no author, or an author that is an outlet.
//   later    a description in a lead sentence ("A former ferry captain from
//            Orlund told the court ...") whose person the next paragraph
//            names; near misses: a place after "from" is not the speaker.
//   cueframe reporting frames with no plain cue verb ("confirmed with the
//            council that", "found it curious that", "cited a police
//            source that").
// Each frame is crossed with three casts of invented people.
//
// FIRST PASS (engine at bb30ae1, the whole table run once as written,
// 25 frames x 3 casts = 75 rows):
//   cueframe 3/12   docsrc 3/15   gerund 15/33   later 3/15   ALL 24/75 (0.32)
// The misses: no gerund phrase after deny/admit/acknowledge is reported
// (18, every positive); "the report said" after "a report from the X" or
// "X published its report" is nobody's (12); a lead's description is not
// linked to the person the next paragraph names, and a place after
// "from" in the description is made the speaker (12); the three frames
// with no plain cue find nothing (9).
//
// Batches 2 to 8 (orgdesc, fronted, contract, connective, gersubj,
// lostmark, listappos) were written beside their fixes after scratch probes of the
// wordings the dev misses showed had failed; their comments say which.
//
// FINAL: 162/174 (0.93) over 58 frames x 3 casts; 12 known failures
// (no-cue 9, published 3), each with its mechanism (run -s13quotes.known).

var s13quoKnownFlag = flag.Bool("s13quotes.known", false, "TestAuditS13Quotes runs its known failures too, to see which a change fixed")

func TestAuditS13Quotes(t *testing.T) {
	runAudit(t, "quotes13", s13quoRows(), *s13quoKnownFlag)
}

// s13quoCast is one set of invented people and bodies a frame is filled with.
type s13quoCast struct {
	a, as, ahe, aHe, ahis string
	org, place            string
}

var s13quoCasts = []s13quoCast{
	{a: "Tomas Brenn", as: "Brenn", ahe: "he", aHe: "He", ahis: "his", org: "Harbour Safety Board", place: "Orlund"},
	{a: "Ilse Varga", as: "Varga", ahe: "she", aHe: "She", ahis: "her", org: "Orrin Institute", place: "Kessling"},
	{a: "Henrik Salvesen", as: "Salvesen", ahe: "he", aHe: "He", ahis: "his", org: "Velmar Water Authority", place: "Tarrow"},
}

func (c s13quoCast) fill(s string) string {
	return strings.NewReplacer(
		"{A}", c.a, "{As}", c.as, "{ahe}", c.ahe, "{aHe}", c.aHe, "{ahis}", c.ahis,
		"{O}", c.org, "{P}", c.place,
	).Replace(s)
}

// s13quoFrame is one wording with the cast's placeholders.
type s13quoFrame struct {
	class    string
	frame    string
	want     []quote
	speakers []string
	exact    bool
}

// s13quoKnown gives the mechanism of each row the engine still fails, by
// the row's class and cast number ("class#n").
var s13quoKnown = map[string]string{
	"cueframe/confirmed with a body that #1": s13quoNoCue, "cueframe/confirmed with a body that #2": s13quoNoCue, "cueframe/confirmed with a body that #3": s13quoNoCue,
	"cueframe/found it curious that #1": s13quoNoCue, "cueframe/found it curious that #2": s13quoNoCue, "cueframe/found it curious that #3": s13quoNoCue,
	"cueframe/despite claiming previously that #1": s13quoNoCue, "cueframe/despite claiming previously that #2": s13quoNoCue, "cueframe/despite claiming previously that #3": s13quoNoCue,
	"docsrc/the report also suggested #1": s13quoPublished, "docsrc/the report also suggested #2": s13quoPublished, "docsrc/the report also suggested #3": s13quoPublished,
}

// Mechanisms of the known failures, named once so the audit groups them.
const (
	s13quoNoCue     = "no-cue: \"confirmed with the council that\" (a hearer after \"with\"), \"found it curious that\" (a judgement, not a speech verb) and \"despite claiming previously that\" (a cue inside a prepositional phrase whose subject is the object of the main verb) find no clause"
	s13quoPublished = "published: \"The report said\" after \"X published its annual report\" is nobody's: taking the publisher as the author (docAuthor) fixed these rows but cost the Wikinews held-out set an attribution (0.882 -> 0.876)"
)

func s13quoRows() []auditRow {
	var rows []auditRow
	for _, f := range s13quoFrames {
		for ci, c := range s13quoCasts {
			row := auditRow{class: f.class + " #" + string(rune('1'+ci)), text: c.fill(f.frame), exact: f.exact}
			for _, w := range f.want {
				row.want = append(row.want, quote{c.fill(w.speaker), w.kind, c.fill(w.text)})
			}
			if f.speakers != nil {
				row.speakers = []string{}
				for _, s := range f.speakers {
					row.speakers = append(row.speakers, c.fill(s))
				}
			}
			row.known = s13quoKnown[row.class]
			rows = append(rows, row)
		}
	}
	return rows
}

var s13quoFrames = []s13quoFrame{
	// gerund: what was admitted or denied, as a gerund phrase.
	{class: "gerund/denied, gerund and bare plural",
		frame: "{A} has long denied taking bribes from the contractor.",
		want:  []quote{{"{A}", auI, "taking bribes from the contractor"}}, exact: true},
	{class: "gerund/admitted, gerund and bare plural",
		frame: "{A}, 41, admitted making phone calls to the gang before the fight.",
		want:  []quote{{"{A}", auI, "making phone calls to the gang before the fight"}}, exact: true},
	{class: "gerund/acknowledged, gerund and possessive",
		frame: "{A} acknowledged leaving {ahis} office unlocked, but said nothing had been taken.",
		want:  []quote{{"{A}", auI, "leaving {ahis} office unlocked"}, {"{A}", auI, "nothing had been taken"}}, exact: true},
	{class: "gerund/denied, adverb before the gerund",
		frame: "The mayor, {A}, denied knowingly misleading the inquiry.",
		want:  []quote{{"{A}", auI, "knowingly misleading the inquiry"}}, exact: true},
	{class: "gerund/denies, ever and a name",
		frame: "{A} denies ever meeting Marten Oakes.",
		want:  []quote{{"{A}", auI, "ever meeting Marten Oakes"}}},
	{class: "gerund/pronoun subject, next sentence",
		frame: "{A} was charged in March. {aHe} admitted driving the van but denied planning the raid.",
		want:  []quote{{"{A}", auI, "driving the van"}, {"{A}", auI, "planning the raid"}}},
	{class: "gerund/near miss: noun object",
		frame: "{A} denied the charges and admitted the lesser offence.",
		want:  nil, exact: true},
	{class: "gerund/near miss: wrongdoing",
		frame: "{A} has denied any wrongdoing. {aHe} also denied wrongdoing in the sale.",
		want:  nil, exact: true},
	{class: "gerund/near miss: admitted to hospital",
		frame: "{A} was admitted to hospital on Monday after collapsing at home.",
		want:  nil, exact: true},
	{class: "gerund/near miss: denied bail, funding",
		frame: "{A} was denied bail. The council denied funding for the festival.",
		want:  nil, exact: true},
	{class: "gerund/near miss: a that clause still wins",
		frame: "{A} denied that {ahe} had taken the money.",
		want:  []quote{{"{A}", auI, "{ahe} had taken the money"}}, exact: true},

	// docsrc: a document named with its author, cited again alone.
	{class: "docsrc/according to a report from, then the report said",
		frame: "According to a 1998 report from the {O}, the same ferry had run aground before. The report said two passengers were hurt.",
		want:  []quote{{"{O}", auI, "the same ferry had run aground before"}, {"{O}", auI, "two passengers were hurt"}}},
	{class: "docsrc/a study by, then the study found",
		frame: "A study by the {O} found that most harbours were losing money.\n\nThe study said small ports should merge.",
		want:  []quote{{"{O}", auI, "most harbours were losing money"}, {"{O}", auI, "small ports should merge"}}},
	{class: "docsrc/the report also suggested",
		frame: "The {O} published its annual report on Tuesday.\n\nThe report also suggested the region might not be the growth engine it thinks it is.",
		want:  []quote{{"{O}", auI, "the region might not be the growth engine it thinks it is"}}},
	{class: "docsrc/report from, a person speaks between",
		frame: "According to a report from the {O}, the river had burst its banks twice. {A} said the banks would be raised. The report said no homes were lost.",
		want:  []quote{{"{O}", auI, "the river had burst its banks twice"}, {"{A}", auI, "the banks would be raised"}, {"{O}", auI, "no homes were lost"}}},
	{class: "docsrc/near miss: a report with no author",
		frame: "The report said two passengers were hurt.",
		want:  []quote{{"", auI, "two passengers were hurt"}}, speakers: []string{}},

	{class: "docsrc/near miss: the latest report has no author",
		frame: "A study by the {O} found that most harbours were losing money. A second study, run by students, was smaller.\n\nThe study said small ports should merge.",
		want:  []quote{{"{O}", auI, "most harbours were losing money"}, {"", auI, "small ports should merge"}}},
	{class: "docsrc/near miss: a report in a paper",
		frame: "A report in the Kessling Courier said two passengers were hurt. The report said the ferry was late.",
		want:  []quote{{"", auI, "two passengers were hurt"}, {"", auI, "the ferry was late"}}},

	{class: "docsrc/near miss: a report someone read",
		frame: "{A} read a report by the {O} on Monday.\n\nThe report said the harbour would close.",
		want:  []quote{{"", auI, "the harbour would close"}}},

	// later: a lead's description named in the next paragraph.
	{class: "later/a former captain from a place, told",
		frame: "A former ferry captain from {P} told the court on Monday that the logbook had been altered.\n\n{A}, 58, who commanded the vessel for a decade, is accused of negligence.",
		want:  []quote{{"{A}", auI, "the logbook had been altered"}}},
	{class: "later/a former manager at a firm, telling",
		frame: "A former manager at the {O} took the stand on Monday, telling the court that the missing money was the result of a broken till.\n\n{A}, 51, who ran the booking office for nine years, is accused of fraud.",
		want:  []quote{{"{A}", auI, "the missing money was the result of a broken till"}}},
	{class: "later/a retired nurse from a place, said",
		frame: "A retired nurse from {P} said on Monday that the ward had been short of staff for years.\n\n{A}, 64, worked at the hospital for three decades.",
		want:  []quote{{"{A}", auI, "the ward had been short of staff for years"}}},
	{class: "later/near miss: the place is nobody",
		frame: "A retired nurse from {P} said on Monday that the ward had been short of staff for years.",
		want:  []quote{{"", auI, "the ward had been short of staff for years"}}, speakers: []string{}},
	{class: "later/near miss: a named person from a place",
		frame: "{A} from {P} said the ward had been short of staff for years.",
		want:  []quote{{"{A}", auI, "the ward had been short of staff for years"}}, speakers: []string{"{A}"}},

	{class: "later/near miss: a spokesman from a body",
		frame: "A spokesman from Tarvocorp said the ward had been short of staff for years.",
		want:  []quote{{"Tarvocorp", auI, "the ward had been short of staff for years"}}},
	{class: "later/near miss: a doctor from a named union",
		frame: "A doctor from the {O} said the ward had been short of staff for years.",
		want:  []quote{{"{O}", auI, "the ward had been short of staff for years"}}},

	// orgdesc (batch 2, written beside its fix after the scratch probes of
	// the first two rows failed): a company's kind named again.
	{class: "orgdesc/the brokerage, after the firm spoke",
		frame: "Goldvane Partners said on Tuesday that growth would slow. The brokerage, which had forecast 3 per cent growth in March, said exports would fall.",
		want:  []quote{{"Goldvane Partners", auI, "growth would slow"}, {"Goldvane Partners", auI, "exports would fall"}}},
	{class: "orgdesc/the supermarket, in a later paragraph",
		frame: "Velmart said its Kessling stores would close in May.\n\nStaff would be offered jobs elsewhere, the supermarket said.",
		want:  []quote{{"Velmart", auI, "its Kessling stores would close in May"}, {"Velmart", auI, "Staff would be offered jobs elsewhere"}}},
	{class: "orgdesc/near miss: a figure's label is no brokerage",
		frame: "Growth in FY21 will be the lowest in decades. \"The outlook is bleak,\" {A} said.\n\nConsumption will be hit badly, the brokerage said.",
		want:  []quote{{"{A}", auD, "The outlook is bleak"}, {"", auI, "Consumption will be hit badly"}}},

	// fronted (batch 3, written beside its fix after a scratch probe of
	// the first row failed): a subordinate clause opening the sentence
	// holds one speaker's words, and the main clause's subject, with a long
	// apposition, speaks next.
	{class: "fronted/but as, a long title before the cue",
		frame: "But as trust member {A} asked how the bus would cross the junctions, Marten Oakes, assistant director for construction of county transport and public works, explained that the bus would not stop for cars.",
		want:  []quote{{"{A}", auI, "how the bus would cross the junctions"}, {"Marten Oakes", auI, "the bus would not stop for cars"}}},
	{class: "fronted/as, a short title",
		frame: "As {A} asked how the bus would cross the junctions, Marten Oakes, the assistant director, said the bus would not stop for cars.",
		want:  []quote{{"{A}", auI, "how the bus would cross the junctions"}, {"Marten Oakes", auI, "the bus would not stop for cars"}}},
	{class: "fronted/and when, replied",
		frame: "And when {A} said the repairs were late, Marten Oakes, an engineer for the county, replied that the work had begun.",
		want:  []quote{{"{A}", auI, "the repairs were late"}, {"Marten Oakes", auI, "the work had begun"}}},
	{class: "fronted/near miss: an aside in the reported clause",
		frame: "{A} said the bridge, which opened in 1990 and carried trains until 2004, would close in May.",
		want:  []quote{{"{A}", auI, "the bridge, which opened in 1990 and carried trains until 2004, would close in May"}}, exact: true},
	{class: "fronted/near miss: the main clause's verb is no cue",
		frame: "While {A} said the bridge was safe, engineers, who inspected it in May, disagreed.",
		want:  []quote{{"{A}", auI, "the bridge was safe"}}, exact: true},

	// contract (batch 4, written beside its fix after scratch probes of
	// the first two rows failed): a pronoun run together with "is" or
	// "has" as the subject of a reported clause.
	{class: "contract/he's, then a second verb",
		frame: "{A} won gold in 2000.\n\n{aHe}'s disappointed by the funding cut and says the sport needs to spend its money better.",
		want:  []quote{{"{A}", auI, "the sport needs to spend its money better"}}},
	{class: "contract/he's said",
		frame: "{A} won gold in 2000. {aHe}'s said the sport needs to spend its money better.",
		want:  []quote{{"{A}", auI, "the sport needs to spend its money better"}}},
	{class: "contract/he's told a hearer",
		frame: "{A} won gold in 2000. {aHe}'s told reporters the sport needs to spend its money better.",
		want:  []quote{{"{A}", auI, "the sport needs to spend its money better"}}},
	{class: "contract/near miss: said to be, a passive",
		frame: "{A} won gold in 2000. {aHe}'s said to be angry about the cut.",
		want:  nil, exact: true},

	// connective (batch 5, written beside its fix after a scratch probe of
	// "Nevertheless, X ... and calls on" failed): a connective adverb and
	// its comma opening the sentence before the subject of a second verb.
	{class: "connective/nevertheless, a request after and",
		frame: "Nevertheless, {A} did not want the country to fight and calls on the capital to remain neutral.",
		want:  []quote{{"{A}", auI, "the capital to remain neutral"}}},
	{class: "connective/additionally, said after and",
		frame: "Additionally, {A} opposed the war and said the capital should remain neutral.",
		want:  []quote{{"{A}", auI, "the capital should remain neutral"}}},
	{class: "connective/furthermore, a that clause after and",
		frame: "Furthermore, {A} voted against the plan and argued that the levy was unfair.",
		want:  []quote{{"{A}", auI, "the levy was unfair"}}},
	{class: "connective/near miss: nonetheless in the reported clause",
		frame: "{A} said the levy was unfair but would nonetheless pass.",
		want:  []quote{{"{A}", auI, "the levy was unfair but would nonetheless pass"}}, exact: true},

	// gersubj (batch 6, written beside its fix after scratch probes of the
	// first three rows failed): a reported clause whose subject is a long
	// gerund phrase, and a gerund phrase as what is recommended.
	{class: "gersubj/said, a gerund phrase and -s verb",
		frame: "{A} said relegating the bill to the back-burner carries costs for both parties.",
		want:  []quote{{"{A}", auI, "relegating the bill to the back-burner carries costs for both parties"}}},
	{class: "gersubj/said, two gerunds and is",
		frame: "{A} said shutting campuses down and moving most learning online is unsustainable.",
		want:  []quote{{"{A}", auI, "shutting campuses down and moving most learning online is unsustainable"}}},
	{class: "gersubj/a cue inserted after but",
		frame: "{A} spoke on Tuesday. But, {ahe} said, relegating the bill to the back-burner carries costs for both parties.",
		want:  []quote{{"{A}", auI, "relegating the bill to the back-burner carries costs for both parties"}}},
	{class: "gersubj/recommends a gerund phrase",
		frame: "{A} recommends taking gummies or powder instead of a pill.",
		want:  []quote{{"{A}", auI, "taking gummies or powder instead of a pill"}}},
	{class: "gersubj/near miss: said during, then the clause",
		frame: "{A} said during a visit to the plant that the line would close.",
		want:  []quote{{"{A}", auI, "the line would close"}}, exact: true},
	{class: "gersubj/near miss: recommended funding for",
		frame: "{A} recommended funding for the new ward.",
		want:  nil, exact: true},

	// lostmark (batch 7, written beside its fix after a scratch probe of
	// the first row failed): a page decoded badly, its curly apostrophes
	// turned into the replacement character.
	{class: "lostmark/wouldn't",
		frame: "{A} said the nomination wouldn\ufffdt necessarily slow down the relief package.",
		want:  []quote{{"{A}", auI, "the nomination wouldn\ufffdt necessarily slow down the relief package"}}},
	{class: "lostmark/they're",
		frame: "{A} said they\ufffdre ready to vote on the relief package.",
		want:  []quote{{"{A}", auI, "they\ufffdre ready to vote on the relief package"}}},
	{class: "lostmark/near miss: a lost space between words",
		frame: "{A} met Marten Oakes\ufffdof Kessling on Monday.",
		want:  nil, exact: true},

	// listappos (batch 8, written beside its fix after a scratch probe of
	// the first row failed): a person's description whose list of trades
	// runs over commas, then a relative clause, before the cue.
	{class: "listappos/a list, then who",
		frame: "{A}, an Ellsby heating, ventilation and air conditioning contractor who helped with the rally and another one Monday in Tarrow, said {ahe} asked protesters to stay in their cars.",
		want:  []quote{{"{A}", auI, "{ahe} asked protesters to stay in their cars"}}},
	{class: "listappos/a list alone",
		frame: "{A}, a heating, ventilation and roofing contractor, said {ahe} asked protesters to stay in their cars.",
		want:  []quote{{"{A}", auI, "{ahe} asked protesters to stay in their cars"}}},
	{class: "listappos/near miss: a list in a thing's aside",
		frame: "The plan, a costly, slow and unpopular scheme, was dropped, {A} said.",
		want:  []quote{{"{A}", auI, "The plan, a costly, slow and unpopular scheme, was dropped"}}, exact: true},

	// cueframe: reporting frames with no plain cue verb.
	{class: "cueframe/confirmed with a body that",
		frame: "{A} confirmed with the council that the two leaks involved separate servers.",
		want:  []quote{{"{A}", auI, "the two leaks involved separate servers"}}},
	{class: "cueframe/found it curious that",
		frame: "{A} found it curious that {ahe} was called a radical in one paper.",
		want:  []quote{{"{A}", auI, "{ahe} was called a radical in one paper"}}},
	{class: "cueframe/despite claiming previously that",
		frame: "The mayor criticised {A} for making the trip despite claiming previously that it was not safe to travel.",
		want:  []quote{{"{A}", auI, "it was not safe to travel"}}},
	{class: "cueframe/near miss: found it hard to",
		frame: "{A} found it hard to sleep after the storm.",
		want:  nil, exact: true},
}
