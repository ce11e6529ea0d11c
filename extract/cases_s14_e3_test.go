package extract_test

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"soundbite/extract"
)

// Session 14 (helper e3): speaker F1 on the dev sets. The dev speaker
// misses and false speakers (Wikinews dev-a..dev-n, pages dev-a..dev-n,
// feed gold, fictional dev; 87 misses, 44 false, 7 duplicates at the
// start) were sorted by mechanism. Most are one of a kind (a pronoun
// taken by a body named in passing, a cue verb with a noun object, a
// body's nickname the text never ties to its name: "Big Board", "the
// Merc", "RBI" beside "Reserve Bank"). Two name-forming classes are
// probed here, each a frame crossed with three invented casts, with near
// misses that must not change:
//
//   - acrand: an acronym and a second body joined by "and" before a
//     shared noun ("a team of MITI and U.S. Commerce Department
//     officials") read as one body's name: the "Fire and Rescue
//     Service" rule (one remit word before the "and", the body's word
//     after it) took the acronym for the first half of a remit, so the
//     pair became a speaker of its own, took the acronym as its alias,
//     and the acronym's later quotes with it (WSJ part-35);
//   - linkform (checked by e3FormRows, not runAudit): a name linked in
//     web copy after its title ("President [Tomas Brenn](...)") keeps the
//     link's bracket in the titled form the speaker lists among its
//     aliases ("President [Tomas Brenn"): a fragment in the speakers
//     list (pages dev-a, dev-k).
//
// FIRST PASS OF THE WHOLE TABLE (each class's rows run once as written,
// before its fix): 74/183 (0.40); at the end 182/191 (9 known), the 8
// rows more written beside the fixes as near misses or found cases.
//
// FIRST PASS (engine at f241247, the whole table run once as written):
//   acrand   10/19 (the seven near misses pass; 3 of the 12 positives:
//            the pair took every later quote of the acronym's, or of the
//            partner's)
//   linkform  0/12 (every titled form kept the bracket)
// After the fixes (acronymThenBody, nameSpan): acrand 18/19 (one known:
// a bare acronym opening a sentence is no name, another mechanism),
// linkform 12/12. Pages dev-m speaker F1 0.930 -> 0.935.
//
// Then from WSJ part-28 (an ad column), four classes, each written and
// run once before its fix:
//
//   - label: a column's heading in capitals ("FIRST CAMPAIGN:") read as
//     a transcript's label naming a man called Campaign, who took the
//     paragraphs after it: first pass 8/14 (every "FIRST" heading and
//     every near miss after one failing; other headings passed), 14/14
//     after the fix (commonHeading), 16/16 with two transcript near
//     misses written beside it;
//   - firmamp: a firm named for partners whose first name is a common
//     word ("Young & Rubicam") cut to the second when it opens a
//     sentence: first pass 6/14 (mid-sentence and near misses passing),
//     14/14 after the fix (the ampersand case of commonAtStart);
//   - townbased: "X, a Hamilton, Bermuda-based shipping concern, said"
//     cut at the town's comma, so X lost the words: 9/12 before the fix
//     (the rows were written beside it; every firm row failed), 12/12
//     after (townBasedComma);
//   - legaldup: "Sea Containers" after "Sea Containers Ltd." a second
//     speaker when the short form reads as a place: first pass 2/10 (the
//     near misses), 10/10 after the fix (placeLook in the legal-form
//     rule).
//
//   - gerund (pages dev-e): "Rejecting Keystone demonstrates that ..."
//     made the gerund and its object a person who spoke: first pass 3/11
//     (the near misses), 11/13 after the fix (gerundObject, and the
//     gerund rule of commonAtStart), with two given names in "-ing"
//     written beside it; "Banning" stays known (a doubled consonant).
//     Pages dev-e speaker F1 0.960 -> 0.965.
//
//   - cityclip (WSJ part-39): "the Chicago Merc" after "the Chicago
//     Mercantile Exchange" a second speaker, "Merc", when the city is
//     one the lexicon knows: first pass 7/9 (Chicago failing; the other
//     cities stay in the name, and the clip rule held), 9/9 after the
//     fix (a city in the chunk before the name does not part it from
//     "the"). Pages dev-m speaker F1 0.935 -> 0.940, attribution 0.912
//     -> 0.916.
//
//   - court (pages dev-b): "the Appellate Court" after "the 4th
//     District Court of Appeal" a second speaker: first pass 3/8 (the
//     near misses, and "Appeals Court" after a court of appeals with a
//     one-word place), 8/8 after the fix (appealsCourtOf). Pages dev-b
//     speaker F1 0.949 -> 0.954.
//
//   - outletbiz and namedpost (WSJ part-02): "Newsweek said it will
//     introduce a new incentive plan for advertisers" is the magazine
//     speaking as a company (the READMEs' call), but an outlet's "said"
//     relayed for nobody; and "Alan Spoon, recently named Newsweek
//     president" made the body a thing given a name, so it spoke nowhere.
//     outletbiz first pass 9/18 (the near misses), 18/18 after the fix
//     (ownPlans, outletActsFirst); namedpost first pass 1/7 (the near
//     miss), 7/7 after it (an adverb before "named" in thingNamed).
//     Neither alone moves a set; together pages dev-l speaker F1 0.930 ->
//     0.936, attribution 0.922 -> 0.929.
//
//   - posssource (WSJ part-00): "according to Donoghue's." (a
//     newsletter called by its owner's possessive) made a speaker:
//     first pass 2/8 (the near misses), 8/8 after the fix
//     (possessiveAlone). Pages dev-l speaker F1 0.936 -> 0.941.
//
//   - office (pages dev-e): a lead's "A co-owner of the New Jersey
//     Devils said ..." with the next line naming "Devils co-owner Joshua
//     Harris": the office, then its holder. First pass 9/12 (the near
//     misses and "owner"; the office went to the body or to no one), 12/12
//     after the fix (officeHolderBelow, merged with h14-e1's lead link of the same office: roleNextToName); the rows with
//     the body linked, written after it when dev-e had not moved, pass
//     once the office is read from the sentence's opening. Pages dev-e
//     speaker F1 0.965 -> 0.971, attribution 0.967 -> 0.971.
//
//   - camel (pages dev-f): "FreedomWorks and Tea Party Patriots" one
//     name, as acronyms were (acrand), the pair later speaking for the
//     first and taking "they": first pass 0/9, 9/9 after the fix (a word
//     in camel case before the "and" is a whole name). Pages dev-f
//     speaker F1 0.927 -> 0.933, attribution 0.946 -> 0.951.
//
//   - titlethe (Wikinews dev-m): "Next, The Atlantic claimed that ..."
//     (a capital "The" inside the sentence, a publication's title) made
//     the outlet a speaker: first pass 2/11 (the near misses), 11/11
//     after the fix (claim, allege and reveal join "according to" in the
//     titleThe test). Wikinews dev speaker F1 0.972 -> 0.973 (half dev-m
//     0.907 -> 0.919).
//
// Together: pages dev-l speaker F1 0.914 -> 0.930, quote recall 0.974 ->
// 0.985, attribution 0.921 -> 0.922 (the heading fix alone found three
// quotes and lost attribution to 0.914 until the other three were in).

var e3KnownFlag = flag.Bool("e3.known", false, "TestAuditS14E3 runs its known failures too")

// e3Bodies are invented bodies named in full, their acronyms, and a
// second body the acronym is paired with.
var e3Bodies = []struct{ full, acr, partner string }{
	{"Ministry of Coastal Works and Harbours", "MCWH", "Estmark Transport Department"},
	{"Office of Rail Standards", "ORS", "Calder Interior Ministry"},
	{"Tarrow Valley Authority", "TVA", "Vellmar Water Board"},
}

// e3BareAcronym marks the acronyms the engine does not take for a name
// when they open a sentence with no article ("ORS said ..." gives nobody,
// "The ORS said ..." the ORS), so a joint with one reads as the partner's
// alone: another mechanism than the pair's name.
var e3BareAcronym = map[string]string{
	"ORS": "bare-acronym: a sentence-opening acronym without \"the\" (\"ORS said ...\") is not taken for a name, so \"ORS and X officials said in a joint statement\" is X's alone",
}

func e3Rows() []auditRow {
	var rows []auditRow
	for _, b := range e3Bodies {
		rows = append(rows,
			auditRow{
				class: "acrand/team-of",
				text: fmt.Sprintf("“We will not move,” says a %s official.\n\nSince then, a team of %s and %s officials have toured the ports.\n\n“Slowly, it changes,” says the %s official.",
					b.full, b.acr, b.partner, b.acr),
				want:     []quote{{b.full, auD, "We will not move"}, {b.full, auD, "Slowly, it changes"}},
				speakers: []string{b.full},
			},
			auditRow{
				class:    "acrand/met",
				text:     fmt.Sprintf("%s and %s officials met on Monday.\n\nThe %s said the talks had gone well.", b.acr, b.partner, b.acr),
				want:     []quote{{b.acr, auI, "the talks had gone well"}},
				speakers: []string{b.acr},
			},
			auditRow{
				class:    "acrand/partner-speaks",
				text:     fmt.Sprintf("Officials of %s and %s met on Monday.\n\nThe %s said the talks had gone well.", b.acr, b.partner, b.partner),
				want:     []quote{{b.partner, auI, "the talks had gone well"}},
				speakers: []string{b.partner},
			},
			auditRow{
				class:    "acrand/joint",
				text:     fmt.Sprintf("%s and %s officials said in a joint statement that the ports would reopen on Friday.", b.acr, b.partner),
				want:     []quote{{"", auI, "the ports would reopen on Friday"}},
				speakers: []string{},
				known:    e3BareAcronym[b.acr],
			},
		)
	}
	// near misses: one body whose remit is joined by "and" stays one
	// speaker.
	for _, nm := range []struct{ text, speaker, words string }{
		{"The North Calder Fire and Rescue Service said the blaze was out by midnight.", "North Calder Fire and Rescue Service", "the blaze was out by midnight"},
		{"The Food and Drug Administration said the pills were safe to take.", "Food and Drug Administration", "the pills were safe to take"},
		{"The Brewery and Distillery Workers' Union said its members would strike.", "Brewery and Distillery Workers' Union", "its members would strike"},
		{"HM Revenue and Customs said the new forms would be sent in May.", "HM Revenue and Customs", "the new forms would be sent in May"},
		{"The Vellmar Agriculture and Food Agency said the harvest was late.", "Vellmar Agriculture and Food Agency", "the harvest was late"},
		{"The Estmark Fish and Wildlife Service said the herons had returned.", "Estmark Fish and Wildlife Service", "the herons had returned"},
		{"The ICT and Innovation Ministry said the network would be upgraded.", "ICT and Innovation Ministry", "the network would be upgraded"},
	} {
		rows = append(rows, auditRow{
			class:    "acrand/near-one-body",
			text:     nm.text,
			want:     []quote{{nm.speaker, auI, nm.words}},
			speakers: []string{nm.speaker},
		})
	}
	rows = append(rows, e3LabelRows()...)
	rows = append(rows, e3AmpRows()...)
	rows = append(rows, e3TownRows()...)
	rows = append(rows, e3LegalRows()...)
	rows = append(rows, e3GerundRows()...)
	rows = append(rows, e3ClipRows()...)
	rows = append(rows, e3CourtRows()...)
	rows = append(rows, e3OutletRows()...)
	rows = append(rows, e3NamedPostRows()...)
	rows = append(rows, e3PossSourceRows()...)
	rows = append(rows, e3OfficeRows()...)
	rows = append(rows, e3CamelRows()...)
	rows = append(rows, e3TitleRows()...)
	return append(rows, e3MarriedRows()...)
}

// e3MarriedRows: a woman the story names before her marriage and, after
// it says whom she married, by her married name ("Ellen Fetter had
// married John Gille" ... "Ellen Gille") was two speakers (pages dev-c).
// A fix (the married name joined to the one woman of that given name who
// "married" a man of that surname) passed 9/9 but cost pages dev-c
// speaker F1 0.919 -> 0.895 and attribution 0.952 -> 0.921: with the two
// names one entity, "she" and "her" in the story went to her husband and
// her daughter of the same surname. It was not kept.
func e3MarriedRows() []auditRow {
	const married = "married-name: a woman's married name after \"X married Y Z\" is a second speaker; joining them cost pages dev-c 0.024 (her pronouns went to the husband and daughter of that surname)"
	var rows []auditRow
	for _, p := range []struct{ first, maiden, husband, surname string }{
		{"Ellen", "Farrow", "Tomas", "Gillan"},
		{"Ilse", "Varga", "Piet", "Brenn"},
		{"Mara", "Quell", "Oren", "Dask"},
	} {
		before, after := p.first+" "+p.maiden, p.first+" "+p.surname
		rows = append(rows,
			auditRow{
				class: "married/had-married",
				text: fmt.Sprintf("%s joined the lab in 1961. “It was hard work,” she said.\n\nIn 1963 %s had married %s %s, a physicist, and changed her name.\n\n“Nobody asked us,” %s said of the early programs.",
					before, before, p.husband, p.surname, after),
				want:     []quote{{before, auD, "It was hard work"}, {before, auD, "Nobody asked us"}},
				speakers: []string{before},
				known:    married,
			},
			auditRow{
				class: "married/surname-married",
				text: fmt.Sprintf("%s joined the lab in 1961. “It was hard work,” she said.\n\nMeanwhile, %s married %s %s and moved to Florida.\n\n“Nobody asked us,” %s said of the early programs.",
					before, p.maiden, p.husband, p.surname, after),
				want:     []quote{{before, auD, "It was hard work"}, {before, auD, "Nobody asked us"}},
				speakers: []string{before},
				known:    married,
			},
			// near miss: the daughter, of the married surname and
			// another given name, is someone else.
			auditRow{
				class: "married/near-daughter",
				text: fmt.Sprintf("%s joined the lab in 1961. “It was hard work,” she said.\n\nIn 1963 %s married %s %s.\n\n“I found the paper,” said Sarah %s, her daughter.",
					before, before, p.husband, p.surname, p.surname),
				want:     []quote{{before, auD, "It was hard work"}, {"Sarah " + p.surname, auD, "I found the paper"}},
				speakers: []string{before, "Sarah " + p.surname},
			},
		)
	}
	return rows
}

// e3TitleRows: a publication's title written with a capital "The" inside
// a sentence ("Next, The Atlantic claimed that ...") is an outlet's, as
// "according to The Atlantic" already was; it made the outlet a speaker
// (Wikinews dev-m).
func e3TitleRows() []auditRow {
	var rows []auditRow
	for _, o := range []string{"Harbinger", "Lantern", "Dispatcher"} {
		for _, v := range []string{"claimed", "alleged", "revealed"} {
			rows = append(rows, auditRow{
				class:    "titlethe/" + v,
				text:     fmt.Sprintf("Brenn attacked the press again. Next, The %s %s that during a trip to Calder, Brenn refused to visit a cemetery.", o, v),
				want:     []quote{{"", auI, "during a trip to Calder, Brenn refused to visit a cemetery"}},
				speakers: []string{},
			})
		}
	}
	// near misses: a body with "the" in lower case, and a place's "The"
	// opening the sentence.
	rows = append(rows,
		auditRow{
			class:    "titlethe/near-body",
			text:     "Brenn attacked the press again. Next, the Harwick Institute claimed that during a trip to Calder, Brenn refused to visit a cemetery.",
			want:     []quote{{"Harwick Institute", auI, "during a trip to Calder, Brenn refused to visit a cemetery"}},
			speakers: []string{"Harwick Institute"},
		},
		auditRow{
			class:    "titlethe/near-person",
			text:     "Brenn attacked the press again. Next, Ilse Varga claimed that during a trip to Calder, Brenn refused to visit a cemetery.",
			want:     []quote{{"Ilse Varga", auI, "during a trip to Calder, Brenn refused to visit a cemetery"}},
			speakers: []string{"Ilse Varga"},
		},
	)
	return rows
}

// e3CamelRows: a group named by one word in camel case ("FreedomWorks")
// and a second body joined by "and" ("FreedomWorks and Tea Party
// Patriots") read as one name, as acronyms were (acrand): the pair spoke
// for the first later, and took "they" (pages dev-f).
func e3CamelRows() []auditRow {
	var rows []auditRow
	for _, b := range []string{"ClearWater", "MoveAhead", "GreenPath"} {
		rows = append(rows,
			auditRow{
				class:    "camel/first-speaks",
				text:     fmt.Sprintf("Nonprofit groups including %s and Tea Party Patriots have used their lists to spread the word.\n\n%s said the protests would go on.", b, b),
				want:     []quote{{b, auI, "the protests would go on"}},
				speakers: []string{b},
			},
			auditRow{
				class:    "camel/second-speaks",
				text:     fmt.Sprintf("%s and Calder Labour Party officials met on Monday.\n\nThe Calder Labour Party said the talks had gone well.", b),
				want:     []quote{{"Calder Labour Party", auI, "the talks had gone well"}},
				speakers: []string{"Calder Labour Party"},
			},
			auditRow{
				class:    "camel/they",
				text:     fmt.Sprintf("Among those fighting the orders are %s and Tea Party Patriots, which played roles in earlier protests.\n\nOrganizers of the protests acknowledged that %s helped. But they stressed that the events reflected real concerns.", b, b),
				speakers: []string{},
			},
		)
	}
	return rows
}

// e3OfficeRows: a lead's "A co-owner of the New Jersey Devils said ..."
// with the next line naming "Devils co-owner Joshua Harris" is his: the
// office, then its holder (pages dev-e); it went to the team, or to no
// one.
func e3OfficeRows() []auditRow {
	var rows []auditRow
	for _, o := range []struct{ office, body, short string }{
		{"co-owner", "Tarrow Devils", "Devils"},
		{"director", "Kessel Foods", "Kessel"},
		{"co-founder", "Velder Labs", "Velder"},
		{"owner", "Harwick Rovers", "Rovers"},
	} {
		link := fmt.Sprintf("the [NHL](https://example.com/nhl)'s [%s](https://example.com/team)", o.body)
		rows = append(rows,
			auditRow{
				class: "office/linked-body",
				text: fmt.Sprintf("A %s of %s said today that he's “truly sorry” for the cancelled game.\n\n%s %s Tomas Brenn said in a statement that he had not known a game was being played.",
					o.office, link, o.short, o.office),
				want:     []quote{{"Tomas Brenn", auM, "he's “truly sorry” for the cancelled game"}, {"Tomas Brenn", auI, "he had not known a game was being played"}},
				speakers: []string{"Tomas Brenn"},
			},
			auditRow{
				class: "office/next-line",
				text: fmt.Sprintf("A %s of the %s said today that he's “truly sorry” for the cancelled game.\n\n%s %s Tomas Brenn said in a statement that he had not known a game was being played.",
					o.office, o.body, o.short, o.office),
				want:     []quote{{"Tomas Brenn", auM, "he's “truly sorry” for the cancelled game"}, {"Tomas Brenn", auI, "he had not known a game was being played"}},
				speakers: []string{"Tomas Brenn"},
			},
			// near misses: a voice of the body, and a holder of another
			// office named next.
			auditRow{
				class: "office/near-spokesman",
				text: fmt.Sprintf("A spokesman for the %s said today that the club was “truly sorry” for the cancelled game.\n\n%s %s Tomas Brenn said in a statement that he had not known a game was being played.",
					o.body, o.short, o.office),
				want: []quote{{"Tomas Brenn", auI, "he had not known a game was being played"}},
			},
			auditRow{
				class: "office/near-other-office",
				text: fmt.Sprintf("A %s of the %s said today that he's “truly sorry” for the cancelled game.\n\n%s coach Ilse Varga said in a statement that she had not known a game was being played.",
					o.office, o.body, o.short),
				want: []quote{{"Ilse Varga", auI, "she had not known a game was being played"}},
			},
		)
	}
	return rows
}

// e3PossSourceRows: a source named by a possessive alone ("according to
// Donoghue's", a newsletter called by its owner's name as "Barron's" is)
// is a publication, which the gold lists among the not_speakers; it was
// taken for a body that spoke (WSJ part-00).
func e3PossSourceRows() []auditRow {
	var rows []auditRow
	for _, src := range []string{"Fennick’s", "Marlowe's", "Harlan’s"} {
		rows = append(rows,
			auditRow{
				class:    "posssource/after",
				text:     "Yields on money funds slipped this week, according to " + src + ".",
				want:     []quote{{"", auI, "Yields on money funds slipped this week"}},
				speakers: []string{},
			},
			auditRow{
				class:    "posssource/before",
				text:     "According to " + src + ", the average maturity of the funds lengthened by a day.",
				want:     []quote{{"", auI, "the average maturity of the funds lengthened by a day"}},
				speakers: []string{},
			},
		)
	}
	// near misses: a person, and a body's data.
	rows = append(rows,
		auditRow{
			class:    "posssource/near-person",
			text:     "Yields on money funds slipped this week, according to Harlan Vost.",
			want:     []quote{{"Harlan Vost", auI, "Yields on money funds slipped this week"}},
			speakers: []string{"Harlan Vost"},
		},
		auditRow{
			class:    "posssource/near-data",
			text:     "Yields on money funds slipped this week, according to the Tarsin Rates Bureau's figures.",
			want:     []quote{{"Tarsin Rates Bureau", auI, "Yields on money funds slipped this week"}},
			speakers: []string{"Tarsin Rates Bureau"},
		},
	)
	return rows
}

// e3NamedPostRows: "Alan Spoon, recently named Newsweek president" read
// the body as a thing given a name ("a second study, named STRIDE"), so
// the body, a thing, spoke nowhere in the story (WSJ part-02).
func e3NamedPostRows() []auditRow {
	var rows []auditRow
	for _, b := range []string{"Velder Foods", "Harbor Weekly", "Tarrow Shipping Corp."} {
		for _, adv := range []string{"recently", "newly"} {
			rows = append(rows, auditRow{
				class:    "namedpost/" + adv,
				text:     fmt.Sprintf("%s said it will open two new plants next year.\n\nAlan Spoon, %s named %s president, said prices would rise 5%% in January.", b, adv, b),
				want:     []quote{{b, auI, "it will open two new plants next year"}, {"Alan Spoon", auI, "prices would rise 5% in January"}},
				speakers: []string{"Alan Spoon", b},
			})
		}
	}
	// near miss: a thing given a name after a comma stays a thing.
	rows = append(rows, auditRow{
		class:    "namedpost/near-thing",
		text:     "The agency began a second study, named STRIDE, in May.\n\nIlse Varga, who leads it, said the study would take five years.",
		want:     []quote{{"Ilse Varga", auI, "the study would take five years"}},
		speakers: []string{"Ilse Varga"},
	})
	return rows
}

// e3OutletRows: a news outlet that speaks of its own business as a
// company ("Newsweek said it will introduce a new incentive plan for
// advertisers") is quoted as an organisation making a statement, which
// the gold makes its words (testdata READMEs); an outlet reporting the
// news stays no speaker (WSJ part-02).
func e3OutletRows() []auditRow {
	var rows []auditRow
	for _, o := range []string{"Tarrow Gazette", "Calder Times", "Harbor Weekly"} {
		rows = append(rows,
			auditRow{
				class:    "outletbiz/will",
				text:     fmt.Sprintf("The %s said it will cut 40 jobs and close its printing plant.", o),
				want:     []quote{{o, auI, "it will cut 40 jobs and close its printing plant"}},
				speakers: []string{o},
			},
			auditRow{
				class:    "outletbiz/plans",
				text:     fmt.Sprintf("The %s said it plans to raise its cover price next year.", o),
				want:     []quote{{o, auI, "it plans to raise its cover price next year"}},
				speakers: []string{o},
			},
			auditRow{
				class:    "outletbiz/announced-and-said",
				text:     fmt.Sprintf("The %s, trying to keep pace with a rival, announced new advertising rates and said it will introduce a credit plan for advertisers.", o),
				want:     []quote{{o, auI, "it will introduce a credit plan for advertisers"}},
				speakers: []string{o},
			},
			// near misses: the outlet reports the news.
			auditRow{
				class:    "outletbiz/near-reported",
				text:     fmt.Sprintf("The %s reported that the mayor would resign on Friday.", o),
				want:     []quote{{"", auI, "the mayor would resign on Friday"}},
				speakers: []string{},
			},
			auditRow{
				class:    "outletbiz/near-obtained",
				text:     fmt.Sprintf("The %s said it had obtained a copy of the draft budget.", o),
				speakers: []string{},
			},
			auditRow{
				class:    "outletbiz/near-dummy-it",
				text:     fmt.Sprintf("The %s said it would be difficult to confirm the figures before Friday.", o),
				speakers: []string{},
			},
		)
	}
	return rows
}

// e3CourtRows: a court of appeal named in full, then by its kind ("the
// Appellate Court", "the Appeals Court"), was two speakers (pages dev-b).
func e3CourtRows() []auditRow {
	var rows []auditRow
	for _, court := range []string{"4th District Court of Appeal", "Tarrow Court of Appeals", "Calder Court of Appeal"} {
		for _, short := range []string{"Appellate Court", "Appeals Court"} {
			rows = append(rows, auditRow{
				class:    "court/short",
				text:     fmt.Sprintf("The %s ruled on Thursday that the contract was void.\n\nThe %s said the lower court had erred in its reading of the law.", court, short),
				want:     []quote{{court, auI, "the contract was void"}, {court, auI, "the lower court had erred in its reading of the law"}},
				speakers: []string{court},
			})
		}
	}
	// near misses: another court, and the short form with no court of
	// appeal named.
	rows = append(rows,
		auditRow{
			class:    "court/near-other",
			text:     "The Tarrow Court of Appeals ruled on Thursday that the contract was void.\n\nThe Calder Supreme Court said it would hear the case in May.",
			want:     []quote{{"Tarrow Court of Appeals", auI, "the contract was void"}, {"Calder Supreme Court", auI, "it would hear the case in May"}},
			speakers: []string{"Calder Supreme Court", "Tarrow Court of Appeals"},
		},
		auditRow{
			class:    "court/near-alone",
			text:     "The Appellate Court said the lower court had erred in its reading of the law.",
			want:     []quote{{"Appellate Court", auI, "the lower court had erred in its reading of the law"}},
			speakers: []string{"Appellate Court"},
		},
	)
	return rows
}

// e3ClipRows: a body's clipped short form after its city ("the Chicago
// Merc" after "the Chicago Mercantile Exchange") was a second speaker,
// "Merc", when the city is a place the lexicon knows: the city is read
// as a modifier before the name, and the clip then follows no "the"
// (WSJ part-39). An invented city keeps the city in the name, and the
// clip rule already holds.
func e3ClipRows() []auditRow {
	var rows []auditRow
	for _, city := range []string{"Chicago", "Boston", "Denver"} {
		full := city + " Mercantile Exchange"
		rows = append(rows,
			auditRow{
				class:    "cityclip/next",
				text:     fmt.Sprintf("The %s said it plans to add a new circuit breaker.\n\nThe %s Merc said a new price limit would take effect in its futures pit.", full, city),
				want:     []quote{{full, auI, "it plans to add a new circuit breaker"}, {full, auI, "a new price limit would take effect in its futures pit"}},
				speakers: []string{full},
			},
			auditRow{
				class:    "cityclip/then-exchange",
				text:     fmt.Sprintf("The %s said it plans to add a new circuit breaker.\n\nThe %s Merc said a new price limit would take effect.\n\nThe exchange said it decided the limit was needed after the slide.", full, city),
				want:     []quote{{full, auI, "a new price limit would take effect"}, {full, auI, "it decided the limit was needed after the slide"}},
				speakers: []string{full},
			},
			// near misses: another body of the same city, not clipped
			// from the first.
			auditRow{
				class:    "cityclip/near-other-body",
				text:     fmt.Sprintf("The %s said it plans to add a new circuit breaker.\n\nThe %s Board of Trade said it would not follow.", full, city),
				want:     []quote{{full, auI, "it plans to add a new circuit breaker"}, {city + " Board of Trade", auI, "it would not follow"}},
				speakers: []string{city + " Board of Trade", full},
			},
		)
	}
	return rows
}

// e3GerundRows: a sentence opening with a gerund and its named object
// ("Rejecting Keystone demonstrates that ...") made the phrase a person
// who spoke (pages dev-e).
func e3GerundRows() []auditRow {
	const doubled = "doubled-consonant: a gerund whose stem doubles its last consonant (\"banning\") is not known for a verb's; reading \"bann\" as \"ban\" made \"Manning Tarrow said\" an act too"
	var rows []auditRow
	for _, g := range []struct{ act, object, known string }{
		{"Rejecting", "Tarrow Pipeline", ""},
		{"Banning", "Kessel Ale", doubled},
		{"Approving", "Dorvale Mine", ""},
		{"Closing", "Harwick Station", ""},
	} {
		phrase := g.act + " " + g.object
		rows = append(rows,
			auditRow{
				class:    "gerund/then-said",
				text:     phrase + " shows that the council is serious, Ilse Varga said.",
				want:     []quote{{"Ilse Varga", auI, phrase + " shows that the council is serious"}},
				speakers: []string{"Ilse Varga"},
				known:    g.known,
			},
			auditRow{
				class:    "gerund/alone",
				text:     phrase + " demonstrates that the council is serious about the climate.",
				speakers: []string{},
				known:    g.known,
			},
		)
	}
	// near misses: given names that end in "-ing".
	for _, n := range []string{"Sterling Marlowe", "Irving Kessel", "Channing Brant", "Manning Tarrow", "Fleming Osk"} {
		rows = append(rows, auditRow{
			class:    "gerund/near-given-name",
			text:     n + " said the plan was a disaster for the town.",
			want:     []quote{{n, auI, "the plan was a disaster for the town"}},
			speakers: []string{n},
		})
	}
	return rows
}

// e3LegalRows: a firm named with its legal form and later without it is
// one speaker ("Brennick Holdings" after "Brennick Holdings Inc."); when
// the short form reads as a place ("Sea Containers", "Blue Harbor": a
// common word and a place's word), the two were two speakers (WSJ
// part-28, found once the appositive with a town and state no longer hid
// the second).
func e3LegalRows() []auditRow {
	var rows []auditRow
	for _, f := range []struct{ full, short string }{
		{"Sea Vessels Ltd.", "Sea Vessels"},
		{"Blue Harbor Inc.", "Blue Harbor"},
		{"North Ridge Corp.", "North Ridge"},
		{"Pine Valley Co.", "Pine Valley"},
	} {
		rows = append(rows,
			auditRow{
				class:    "legaldup/next",
				text:     fmt.Sprintf("%s said it might raise its offer.\n\n%s said Tuesday that it would sell $1 billion of assets.", f.full, f.short),
				want:     []quote{{f.full, auI, "it might raise its offer"}, {f.full, auI, "it would sell $1 billion of assets"}},
				speakers: []string{f.full},
			},
			auditRow{
				class:    "legaldup/appositive",
				text:     fmt.Sprintf("%s said it might raise its offer.\n\n%s, a Dorvale shipping concern, said Tuesday that it would sell $1 billion of assets.", f.full, f.short),
				want:     []quote{{f.full, auI, "it might raise its offer"}, {f.full, auI, "it would sell $1 billion of assets"}},
				speakers: []string{f.full},
			},
		)
	}
	// near misses: a place named like the firm after it, where people
	// speak, not the firm; and a known place's name.
	rows = append(rows,
		auditRow{
			class:    "legaldup/near-residents",
			text:     "Tarrow Bay Ltd. said it would build a new port.\n\nResidents of Tarrow Bay said they feared the traffic.",
			want:     []quote{{"Tarrow Bay Ltd.", auI, "it would build a new port"}, {"", auI, "they feared the traffic"}},
			speakers: []string{"Tarrow Bay Ltd."},
		},
		auditRow{
			class:    "legaldup/near-place",
			text:     "Hong Kong Traders Ltd. said it would close two shops.\n\nOfficials in Hong Kong said the rents had doubled.",
			want:     []quote{{"Hong Kong Traders Ltd.", auI, "it would close two shops"}, {"", auI, "the rents had doubled"}},
			speakers: []string{"Hong Kong Traders Ltd."},
		},
	)
	return rows
}

// e3TownRows: an appositive naming a town and the state a firm is based
// in ("Sea Vessels, a Hamilton, Bermuda-based shipping concern, said")
// was cut at the town's comma, and its firm lost the words (WSJ
// part-28, found once the column's heading no longer took them).
func e3TownRows() []auditRow {
	var rows []auditRow
	for _, c := range []struct{ firm, town, state string }{
		{"Tarrow Shipping Ltd.", "Dorvale", "Estmark"},
		{"Velder Mills", "Brennick", "Calder"},
		{"Ostby Freight Corp.", "Harwick", "Tarvia"},
	} {
		rows = append(rows,
			auditRow{
				class:    "townbased/firm",
				text:     fmt.Sprintf("%s, a %s, %s-based shipping concern, said Tuesday that it would sell $1 billion of assets.", c.firm, c.town, c.state),
				want:     []quote{{c.firm, auI, "it would sell $1 billion of assets"}},
				speakers: []string{c.firm},
			},
			auditRow{
				class:    "townbased/person",
				text:     fmt.Sprintf("Ilse Varga, a %s, %s-born lawyer, said the contract was void.", c.town, c.state),
				want:     []quote{{"Ilse Varga", auI, "the contract was void"}},
				speakers: []string{"Ilse Varga"},
			},
			// near misses: a town with its state in one chunk, and a
			// phrase of place before the subject.
			auditRow{
				class:    "townbased/near-native",
				text:     fmt.Sprintf("%s, a %s, %s, shipping concern, said it would sell $1 billion of assets.", c.firm, c.town, c.state),
				want:     []quote{{c.firm, auI, "it would sell $1 billion of assets"}},
				speakers: []string{c.firm},
			},
			auditRow{
				class:    "townbased/near-place-first",
				text:     fmt.Sprintf("In %s, %s-based insurers said claims had doubled.", c.town, c.state),
				want:     []quote{{"", auI, "claims had doubled"}},
				speakers: []string{},
			},
		)
	}
	return rows
}

// e3AmpRows: a firm named for its partners whose first name is a common
// word ("Young & Rubicam") lost that word when it opened a sentence, the
// speaker cut to the partner after the ampersand (WSJ part-28, found once
// the column's heading no longer took the paragraph).
func e3AmpRows() []auditRow {
	var rows []auditRow
	for _, f := range []string{"Young & Tarrow", "Black & Kessel", "Long & Marlowe", "Little & Brant"} {
		rows = append(rows,
			auditRow{
				class:    "firmamp/opens",
				text:     f + " said it completed its acquisition of Landor Partners, a Dorvale design firm.",
				want:     []quote{{f, auI, "it completed its acquisition of Landor Partners, a Dorvale design firm"}},
				speakers: []string{f},
			},
			auditRow{
				class:    "firmamp/after-heading",
				text:     "Ad Notes ....\n\nLANDOR PARTNERS: " + f + " said it completed its acquisition of Landor Partners.",
				want:     []quote{{f, auI, "it completed its acquisition of Landor Partners"}},
				speakers: []string{f},
			},
			auditRow{
				class:    "firmamp/mid",
				text:     "The account had been handled by " + f + ", New York.\n\n“We are sorry to lose it,” a spokesman for " + f + " said.",
				want:     []quote{{f, auD, "We are sorry to lose it"}},
				speakers: []string{f},
			},
		)
	}
	// near misses: a common word before an ampersand and a lower-case
	// word, or a person whose given name is a common word.
	rows = append(rows,
		auditRow{
			class:    "firmamp/near-lower",
			text:     "Young & old alike said the new park was a gift to the town.",
			want:     []quote{{"", auI, "the new park was a gift to the town"}},
			speakers: []string{},
		},
		auditRow{
			class:    "firmamp/near-person",
			text:     "Young Tarrow, a 19-year-old from Dorvale, said the race had been hard.",
			want:     []quote{{"Young Tarrow", auI, "the race had been hard"}},
			speakers: []string{"Young Tarrow"},
		},
	)
	return rows
}

// e3Columns are invented ad columns' casts: a firm, its town, an agency.
var e3Columns = []struct{ firm, town, agency string }{
	{"Harbin Rent-A-Van Inc.", "Dorvale", "Kessel & Brant"},
	{"Tarrow Foods Corp.", "Ostby", "Marlowe & Finch"},
	{"Velder Systems Inc.", "Brennick", "Pellan Partners"},
}

// e3LabelRows: a news column's paragraphs open with a heading in capitals
// and a colon ("NEW ACCOUNT:", "FIRST CAMPAIGN:"), as a transcript's open
// with the speaker's name; a heading of common words names no one, and the
// paragraphs after it are the writer's (WSJ part-28's "FIRST CAMPAIGN"
// took three paragraphs as its words).
func e3LabelRows() []auditRow {
	var rows []auditRow
	for _, c := range e3Columns {
		notes := fmt.Sprintf("Ad Notes ....\n\nNEW ACCOUNT: %s, %s, named %s as agency of record for its $5 million account.\n\nThe business had been handled by Ostrava Media.\n\n", c.firm, c.town, c.agency)
		for _, h := range []string{"FIRST CAMPAIGN", "NEW PRODUCT", "SECOND OFFICE"} {
			rows = append(rows, auditRow{
				class:    "label/column-heading",
				text:     notes + fmt.Sprintf("%s: %s breaks its first national ad campaign this week.\n\nThe %s firm specializes in van rentals for movers.", h, c.firm, c.town),
				speakers: []string{},
				exact:    true,
			})
		}
		// near miss: the column's firm speaks after its heading.
		rows = append(rows, auditRow{
			class:    "label/near-firm-said",
			text:     notes + fmt.Sprintf("FIRST CAMPAIGN: %s said its first national campaign will start this week.", c.firm),
			want:     []quote{{c.firm, auI, "its first national campaign will start this week"}},
			speakers: []string{c.firm},
		})
	}
	// near misses: a transcript's labels name its speakers.
	rows = append(rows,
		auditRow{
			class: "label/near-transcript",
			text:  "The debate between Tomas Brenn and Ilse Varga ran for an hour.\n\nBRENN: The plan will cost too much.\n\nVARGA: It will pay for itself.\n\nBRENN: Not in ten years.",
			want: []quote{{"Tomas Brenn", auD, "The plan will cost too much."}, {"Ilse Varga", auD, "It will pay for itself."},
				{"Tomas Brenn", auD, "Not in ten years."}},
			speakers: []string{"Ilse Varga", "Tomas Brenn"},
		},
		auditRow{
			class:    "label/near-interview",
			text:     "Ada Lowe spoke to us about her new book.\n\nQ: Why write it now?\n\nADA LOWE: Because the archive opened last year.",
			want:     []quote{{"Ada Lowe", auD, "Because the archive opened last year."}},
			speakers: []string{"Ada Lowe"},
		},
		// written beside the fix: a title and a surname that is a common
		// word, the judge named in full before; and a transcript whose
		// titled names are never written but in capitals.
		auditRow{
			class: "label/near-title-common",
			text:  "Judge Ellen White heard the motion on Monday.\n\nJUDGE WHITE: Is the witness ready?\n\nMR. HALLORAN: She is, your honour.\n\nJUDGE WHITE: Then we will begin.",
			want:  []quote{{"Ellen White", auD, "Then we will begin."}},
		},
		auditRow{
			class: "label/near-title-caps",
			text:  "SENATOR BRENN: The plan will cost too much.\n\nSENATOR VARGA: It will pay for itself, as the figures show.\n\nSENATOR BRENN: Not in ten years.",
			want:  []quote{{"BRENN", auD, "The plan will cost too much."}, {"VARGA", auD, "It will pay for itself, as the figures show."}},
		},
	)
	return rows
}

// e3Linked are invented people named by a title and a linked name.
var e3Linked = []struct{ title, name, slug string }{
	{"Estmark President", "Arlo Venn", "arlo-venn"},
	{"Calder Prime Minister", "Ines Morrow", "ines-morrow"},
	{"Tarrow Mayor", "Osk Halloran", "osk-halloran"},
}

// e3FormRow is a text and the one speaker it should list, whose name and
// aliases should hold no Markdown link marks.
type e3FormRow struct {
	class, text, speaker string
}

func e3FormRows() []e3FormRow {
	var rows []e3FormRow
	for _, p := range e3Linked {
		link := fmt.Sprintf("[%s](https://example.com/people/%s)", p.name, p.slug)
		rows = append(rows,
			e3FormRow{"linkform/title-said", fmt.Sprintf("%s %s said on Wednesday that the border would stay shut.", p.title, link), p.name},
			e3FormRow{"linkform/title-called", fmt.Sprintf("%s %s on Wednesday called for a “pause” in the fighting.", p.title, link), p.name},
			e3FormRow{"linkform/according", fmt.Sprintf("The border will stay shut, according to %s %s.", p.title, link), p.name},
			e3FormRow{"linkform/later-said", fmt.Sprintf("%s %s visited the port on Monday.\n\n“We will rebuild it,” %s said.", p.title, link, p.name[strings.LastIndex(p.name, " ")+1:]), p.name},
		)
	}
	return rows
}

func TestAuditS14E3(t *testing.T) {
	runAudit(t, "e3", e3Rows(), *e3KnownFlag)
	pass := 0
	rows := e3FormRows()
	for i, row := range rows {
		var probs []string
		res := extract.Extract(strings.Split(row.text, "\n\n"))
		if len(res.Speakers) != 1 || res.Speakers[0].Name != row.speaker {
			var names []string
			for _, s := range res.Speakers {
				names = append(names, s.Name)
			}
			probs = append(probs, fmt.Sprintf("speakers %q, want [%q]", names, row.speaker))
		}
		for _, s := range res.Speakers {
			for _, f := range append([]string{s.Name}, s.Aliases...) {
				if strings.ContainsAny(f, "[]()") {
					probs = append(probs, fmt.Sprintf("speaker %q has the form %q", s.Name, f))
				}
			}
		}
		if len(probs) == 0 {
			pass++
		}
		t.Run(fmt.Sprintf("%03d/%s", i, row.class), func(t *testing.T) {
			for _, p := range probs {
				t.Error(p)
			}
		})
	}
	t.Logf("e3 %-12s %3d/%3d pass (%.2f)", "linkform", pass, len(rows), float64(pass)/float64(len(rows)))
}
