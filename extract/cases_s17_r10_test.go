package extract_test

import "testing"

// Session 17, helper r10: a fresh audit of NEWSPAPER FEATURES with many
// voices and long pronoun chains (profiles, obituaries, anniversaries,
// retirements, community and arts pieces), drawn from the classes the
// engine missed on a pool of 27 real excerpts of such reporting (kept
// outside the repository). Every sentence here is invented: fictional
// people, places and bodies, in the shapes the pool showed, with near
// misses that must not change.
//
// FIRST PASS (engine at 152499c, the whole table of 25 rows written first
// and run once): 16/25 (0.64): colon-appos 4/5, kin-surname 2/5,
// kin-standalone 2/4, she-chain 2/2, joint 4/4, with-saying 2/3,
// in-saying 0/2.
//
// On the pool itself the engine at 152499c scored, before anyone tuned on
// it: speaker F1 0.938, quote recall 0.980, attribution 0.898 (direct
// 1.000/0.902, indirect 0.936/0.886, mixed 0.900/0.889). One quote my
// gold had beyond the rules ("encouraged anyone ... should communicate",
// no to-infinitive) was dropped before any fix (0.938, 0.985, 0.898).
//
// AFTER this branch's five fixes (one commit a class, every repository
// score set unchanged): 56/63 rows (0.89, with the rows added later),
// colon-appos 20/20 (compound kin words), kin-gender 7/7, call-signs
// 4/4, in-saying 6/6, quoted-verb 6/6, with-saying 3/3, joint 4/5,
// she-chain 2/2, kin-surname 2/5, kin-standalone 2/5; the pool: speaker
// F1 0.955, quote recall 0.995, attribution 0.924 (direct 1.000/0.937,
// indirect 0.978/0.889, mixed 1.000/0.900). Rows added after the first
// pass are the compound kin words in both cue frames, the kin-gender,
// call-signs and quoted-verb classes, the near misses of in-saying, and
// two rows the pool showed later (a contracted "She’s", a couple whose
// first name no list knows); each was seen failing before its fix, or is
// left known with its mechanism below.
//
// Before each fix its rows stood at: colon-appos 12/20 (the cue after
// the quotation mostly worked; the colon frame failed), kin-gender 5/7,
// call-signs 1/4, in-saying 0/2 (its near misses passed), quoted-verb
// 4/6 with with-saying 2/3 (the commit of the quoted-verb fix says 0/5:
// it miscounts; two of its rows and both near misses passed before).

func r10Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// colon-appos: "Name, an appositive, said:" opening a quote that runs
	// over several paragraphs: every paragraph is the named speaker's.
	for _, c := range []struct{ tag, appos string }{
		{"possessive kin", "Tomas’s brother-in-law"},
		{"possessive kin straight", "Tomas's cousin"},
		{"plain role", "a family friend"},
		{"role of body", "a spokesman for the Varden family"},
	} {
		add(auditRow{class: "colon-appos/" + c.tag,
			text: "Tomas Aldercott died in the fire on Friday.\n\nIvo Brennick, " + c.appos + ", said: “This has been the hardest week of our lives.\n\n“We have felt the kindness of strangers every day.\n\n“Tomas would have loved the way the town came together.”",
			want: []quote{
				{"Ivo Brennick", auD, "This has been the hardest week of our lives."},
				{"Ivo Brennick", auD, "We have felt the kindness of strangers every day."},
				{"Ivo Brennick", auD, "Tomas would have loved the way the town came together."},
			}, exact: true})
	}
	// The compound kin words themselves, in both cue frames.
	for _, kin := range []string{"brother-in-law", "stepdaughter", "half-sister", "great-granddaughter", "godson", "daughter-in-law", "step-father"} {
		add(auditRow{class: "colon-appos/" + kin + " before colon",
			text: "Ivo Brennick, Tomas’s " + kin + ", said: “We will miss him every day.”",
			want: []quote{{"Ivo Brennick", auD, "We will miss him every day."}}, exact: true})
		add(auditRow{class: "colon-appos/" + kin + " after quote",
			text: "“We will miss him every day,” said Ivo Brennick, Tomas’s " + kin + ".",
			want: []quote{{"Ivo Brennick", auD, "We will miss him every day"}}, exact: true})
	}
	add(auditRow{class: "colon-appos/near: kin before the name",
		text: "Tomas’s brother-in-law, Ivo Brennick, said: “We will miss him every day.”",
		want: []quote{{"Ivo Brennick", auD, "We will miss him every day."}}, exact: true})
	add(auditRow{class: "colon-appos/near: no appositive",
		text: "Tomas Aldercott died in the fire on Friday.\n\nIvo Brennick said: “This has been the hardest week of our lives.\n\n“We have felt the kindness of strangers every day.”",
		want: []quote{
			{"Ivo Brennick", auD, "This has been the hardest week of our lives."},
			{"Ivo Brennick", auD, "We have felt the kindness of strangers every day."},
		}, exact: true})

	// kin-surname: two people share a surname; the bare surname and the
	// pronoun go to the one the text last named, and a silent spouse
	// never speaks.
	add(auditRow{class: "kin-surname/bare surname after the second",
		text: "Arne Wessel, a member of the library board, praised her long service.\n\nMarit Wessel, the board's president, said the librarian had a gift with children.\n\n“She does it beautifully,” she said.\n\nWessel explained that libraries now do far more than lend books.",
		want: []quote{
			{"Marit Wessel", auI, "the librarian had a gift with children"},
			{"Marit Wessel", auD, "She does it beautifully"},
			{"Marit Wessel", auI, "libraries now do far more than lend books"},
		}})
	add(auditRow{class: "kin-surname/silent husband",
		text: "Greta Hollin, who has run the Marsh Lane Library for 30 years, plans to join her husband of 36 years, Pavel Hollin, in retirement.\n\n“I want to travel with him,” she said.\n\nHollin said she liked working with the children most of all.",
		want: []quote{
			{"Greta Hollin", auD, "I want to travel with him"},
			{"Greta Hollin", auI, "she liked working with the children most of all"},
		}, speakers: []string{"Greta Hollin"}})
	add(auditRow{class: "kin-surname/silent wife",
		text: "Osric Pell, who kept the Tarrow lighthouse for 40 years, retired on Monday with his wife, Ilse Pell, at his side.\n\n“The light was my life,” he said.\n\nPell said he would miss the storms most.",
		want: []quote{
			{"Osric Pell", auD, "The light was my life"},
			{"Osric Pell", auI, "he would miss the storms most"},
		}, speakers: []string{"Osric Pell"}})
	add(auditRow{class: "kin-surname/she after his wife",
		text: "“We still love each other, right, darling?” said Halvard Dunmore to his wife, Sigrid.\n\nHer reply? “Always.”\n\nThe couple married in 1961. She says it was love at first sight.",
		want: []quote{
			{"Halvard Dunmore", auD, "We still love each other, right, darling?"},
			{"Sigrid", auD, "Always."},
			{"Sigrid", auI, "it was love at first sight"},
		}})
	add(auditRow{class: "kin-surname/she after his wife named in full",
		text: "“We met at a dance,” said Halvard Dunmore, whose wife, Sigrid Dunmore, sat beside him.\n\nShe said the dance hall burned down a year later.",
		want: []quote{
			{"Halvard Dunmore", auD, "We met at a dance"},
			{"Sigrid Dunmore", auI, "the dance hall burned down a year later"},
		}})

	// kin-gender: a name beside "her husband (of 36 years)," or after
	// "said X to his wife" takes the kin word's sex, so "she" finds the
	// woman, not a man whose first name no list knows.
	for _, c := range []struct{ tag, intro string }{
		{"her husband of years", "The librarian plans to join her husband of 36 years, Rikard Hollin, in retirement."},
		{"her husband", "The librarian plans to join her husband, Rikard Hollin, in retirement."},
		{"her husband of decades", "The librarian will travel with her husband of four decades, Rikard Hollin, in spring."},
	} {
		add(auditRow{class: "kin-gender/" + c.tag,
			text: "Greta Hollin’s voice broke as she spoke of the library.\n\n" + c.intro + "\n\n“I want to see the fjords,” she said.",
			want: []quote{{"Greta Hollin", auD, "I want to see the fjords"}}, speakers: []string{"Greta Hollin"}})
	}
	for _, c := range []struct{ tag, intro, she string }{
		{"said to his wife", "“We met at a dance,” said Halvard Dunmore to his wife, Sigrid.", "Sigrid"},
		{"and his wife", "Halvard Dunmore and his wife Sigrid came to the party.", "Sigrid"},
		{"with his wife", "Halvard Dunmore sat with his wife, Sigrid, at the front.", "Sigrid"},
	} {
		add(auditRow{class: "kin-gender/" + c.tag,
			text: c.intro + "\n\nShe says it was love at first sight.",
			want: []quote{{c.she, auI, "it was love at first sight"}}})
	}
	add(auditRow{class: "kin-gender/near: his wife of another man",
		text: "Marit Kell thanked Halvard Dunmore and his wife.\n\nShe said the hall had never looked better.",
		want: []quote{{"Marit Kell", auI, "the hall had never looked better"}}})

	// kin-standalone: a quote standing alone after a sentence that names
	// the speaker's spouse or child in apposition stays the speaker's.
	for _, c := range []struct{ tag, kin string }{
		{"husband", "She has been married to her husband, Jorund, for 60 years."},
		{"son", "Her son, Ketil, drove her to the party."},
		{"daughter", "Her daughter, Liv, organised the party."},
	} {
		add(auditRow{class: "kin-standalone/" + c.tag,
			text: "“He is my partner,” Edda Varne said. " + c.kin + " “It was meant to be.”",
			want: []quote{
				{"Edda Varne", auD, "He is my partner"},
				{"Edda Varne", auD, "It was meant to be."},
			}})
	}
	add(auditRow{class: "kin-standalone/contracted she",
		text: "“He is my partner,” Edda Varne said. She’s been married to her husband, Jorund, for 60 years. “It was meant to be.”",
		want: []quote{
			{"Edda Varne", auD, "He is my partner"},
			{"Edda Varne", auD, "It was meant to be."},
		}})
	add(auditRow{class: "kin-standalone/near: kin speaks",
		text: "“He is my partner,” Edda Varne said. Her son, Ketil Varne, laughed. “She says that every year,” he said.",
		want: []quote{
			{"Edda Varne", auD, "He is my partner"},
			{"Ketil Varne", auD, "She says that every year"},
		}})

	// she-chain: a daughter speaks of her mother; "she" in the narrative
	// is the mother, but "She said her mother ..." is the daughter again.
	add(auditRow{class: "she-chain/daughter after mother paragraphs",
		text: "Runa Tolvik said her mother had turned 100 on Sunday and was joined by family from across the country.\n\nHer mother grew up in Skarn before moving to Velby when she married.\n\n“She played the piano at every dance in the valley.\n\n“It was all for the love of it.”\n\nShe said her mother had received a card from the governor.",
		want: []quote{
			{"Runa Tolvik", auI, "her mother had turned 100 on Sunday and was joined by family from across the country"},
			{"Runa Tolvik", auD, "She played the piano at every dance in the valley."},
			{"Runa Tolvik", auD, "It was all for the love of it."},
			{"Runa Tolvik", auI, "her mother had received a card from the governor"},
		}})
	add(auditRow{class: "she-chain/son after father paragraphs",
		text: "Bram Oskarsen said his father had turned 100 on Sunday.\n\nHis father grew up in Skarn and later moved to Velby.\n\n“He fixed every clock in the valley.”\n\nHe said his father still walks to the harbour each morning.",
		want: []quote{
			{"Bram Oskarsen", auI, "his father had turned 100 on Sunday"},
			{"Bram Oskarsen", auD, "He fixed every clock in the valley."},
			{"Bram Oskarsen", auI, "his father still walks to the harbour each morning"},
		}})

	// joint: "explained Marta and Ole Brekke" is what a couple says
	// together: no one speaker, and neither first name is made one.
	for _, c := range []struct{ tag, cue string }{
		{"explained after", "explained Marta and Ole Brekke."},
		{"said after", "said Marta and Ole Brekke."},
		{"before said", "Marta and Ole Brekke said."},
	} {
		add(auditRow{class: "joint/" + c.tag,
			text: "Five couples met for lunch on Tuesday.\n\n“Just keep going, and forgive each other,” " + c.cue,
			want: []quote{{"", auD, "Just keep going, and forgive each other"}}, speakers: []string{}})
	}
	add(auditRow{class: "joint/unlisted first name",
		text: "Five couples met for lunch on Tuesday.\n\n“Just keep going, and forgive each other,” explained Marge and Ole Brekke.",
		want: []quote{{"", auD, "Just keep going, and forgive each other"}}, speakers: []string{}})
	add(auditRow{class: "joint/near: one speaker",
		text: "Five couples met for lunch on Tuesday.\n\n“Just keep going, and forgive each other,” said Marta Brekke.",
		want: []quote{{"Marta Brekke", auD, "Just keep going, and forgive each other"}}})

	// with-saying: "with X saying (that) ..." reports X's words.
	add(auditRow{class: "with-saying/quoted word",
		text: "Her favourite author is Halla Brun, with Ms Sandvik saying Greta often \"stalks\" her new books.",
		want: []quote{{"Sandvik", auM, "Greta often \"stalks\" her new books"}}})
	add(auditRow{class: "with-saying/plain clause",
		text: "The library will close for a month, with librarian Oda Sandvik saying the roof must be replaced first.",
		want: []quote{{"Oda Sandvik", auI, "the roof must be replaced first"}}})
	add(auditRow{class: "with-saying/that",
		text: "Turnout was low, with Mayor Per-Arne Lisle saying that the rain had kept voters at home.",
		want: []quote{{"Per-Arne Lisle", auI, "the rain had kept voters at home"}}})

	// in-saying: "got serious in saying that ..." reports the subject.
	add(auditRow{class: "in-saying/got serious",
		text: "Edda Varne, 85, comes to the park every day.\n\nShe got serious in saying that the park keeps children out of trouble.",
		want: []quote{{"Edda Varne", auI, "the park keeps children out of trouble"}}})
	add(auditRow{class: "in-saying/was right in saying",
		text: "Council member Ivo Brennick was blunt in saying the budget would not survive a second vote.",
		want: []quote{{"Ivo Brennick", auI, "the budget would not survive a second vote"}}})
	for i := range rows {
		rows[i].known = r10Known[rows[i].class]
	}

	// call-signs: a pair of broadcast call signs joined by a slash
	// ("KVRO/KTAL reported") is a station, an outlet that relays and
	// never speaks.
	for _, c := range []struct{ tag, sign string }{
		{"W pair", "WQRT/WSLA"},
		{"K pair", "KVRO/KTAL"},
		{"mixed pair", "WQRT/KTAL"},
	} {
		add(auditRow{class: "call-signs/" + c.tag,
			text: "A couple married for 71 years died on the same day, " + c.sign + " reported.\n\n“She worked at a little cafe,” Osgood Pellan said in a 2018 interview.\n\nIlse Pellan told " + c.sign + " that he kept her laughing.",
			want: []quote{
				{"Osgood Pellan", auD, "She worked at a little cafe"},
				{"Ilse Pellan", auI, "he kept her laughing"},
			}, speakers: []string{"Ilse Pellan", "Osgood Pellan"}})
	}
	add(auditRow{class: "call-signs/near: a body's acronym",
		text: "The ban will stand, WADA said on Monday.",
		want: []quote{{"WADA", auI, "The ban will stand"}}, speakers: []string{"WADA"}})
	add(auditRow{class: "in-saying/was firm in saying that",
		text: "Harbour master Lene Oyen was firm in saying that the quay would reopen in May.",
		want: []quote{{"Lene Oyen", auI, "the quay would reopen in May"}}})
	add(auditRow{class: "in-saying/near: in saying so",
		text: "In saying so, Lene Oyen opened the meeting.",
		want: []quote{}, exact: true})
	add(auditRow{class: "in-saying/near: interest in saying",
		text: "Lene Oyen has no interest in saying goodbye to the harbour.",
		want: []quote{}, exact: true})
	add(auditRow{class: "in-saying/near: the risk in saying",
		text: "There is little risk in saying the quay will reopen, Lene Oyen said.",
		want: []quote{{"Lene Oyen", auI, "There is little risk in saying the quay will reopen"}}})
	// quoted-verb: a reported clause whose verb is the one quoted word,
	// after a named subject: mixed, the whole clause.
	for _, c := range []struct{ tag, text, want string }{
		{"adverb", "Oda Sandvik said Greta often “stalks” her new books.", "Greta often “stalks” her new books"},
		{"bare", "Oda Sandvik said Greta “stalks” her new books.", "Greta “stalks” her new books"},
		{"full name", "Oda Sandvik said Per Lund “hates” the new rules.", "Per Lund “hates” the new rules"},
		{"straight marks", "Oda Sandvik said Per Lund \"hates\" the new rules.", "Per Lund \"hates\" the new rules"},
	} {
		add(auditRow{class: "quoted-verb/" + c.tag, text: c.text,
			want: []quote{{"Oda Sandvik", auM, c.want}}, exact: true})
	}
	add(auditRow{class: "quoted-verb/near: called a name a word",
		text: "Oda Sandvik called Greta “tireless”.",
		want: []quote{{"Oda Sandvik", auD, "tireless"}}, exact: true})
	add(auditRow{class: "quoted-verb/near: a noun quoted after a verb",
		text: "Oda Sandvik said Greta was “tireless” in her work.",
		want: []quote{{"Oda Sandvik", auM, "Greta was “tireless” in her work"}}, exact: true})
	return rows
}

// Mechanisms of the rows still failing, by row class.
const (
	r10SurnameRecent = "surname-recent: a bare surname two people share goes to the first of them named, not to the one the text last named and quoted"
	r10HerReply      = "her-reply: a quote after \"Her reply?\" goes to the last speaker, a man, not to the woman the possessive names"
	r10WhoseKin      = "whose-kin: \"X, whose wife, Y, sat beside him\" gives X no sex, so a later \"she\" may go to X, the last speaker"
	r10KinSubject    = "kin-subject: a quote standing alone after a sentence whose subject is the speaker's son or daughter goes to that subject (a reading the text allows)"
	r10Contracted    = "contracted-she: after \"She’s been married to her husband, Jorund,\" a quote standing alone goes to the name set off, not to the contracted pronoun's referent (\"She has been\" works); the ranker decides such quotes"
	r10UnlistedFirst = "unlisted-first: \"explained Marge and Ole Brekke\": a first name no list knows is read as a speaker of its own, not as one of a couple speaking together"
)

var r10Known = map[string]string{
	"kin-surname/bare surname after the second":    r10SurnameRecent,
	"kin-surname/she after his wife":               r10HerReply,
	"kin-surname/she after his wife named in full": r10WhoseKin,
	"kin-standalone/son":                           r10KinSubject,
	"kin-standalone/daughter":                      r10KinSubject,
	"kin-standalone/contracted she":                r10Contracted,
	"joint/unlisted first name":                    r10UnlistedFirst,
}

func TestAuditS17R10(t *testing.T) { runAudit(t, "r10", r10Rows(), *auditKnown) }
