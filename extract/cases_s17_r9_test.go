package extract_test

import "testing"

// Session 17, helper r9: DESCRIPTIONS AS SPEAKERS. A speaker named once
// ("Works Minister Ivo Daskal", "Daskal") and then cited by a description
// ("the minister said", "according to the fund chief", "exchange
// officials said") must get the named person or body; a description with
// no named referent gets nobody. Every sentence is invented.
//
// The class in the four dev pools of real reporting (kept outside the
// repository): 12 articles, about 19 quotes missed or misattributed whose
// speaker is cited by a description.
//
// FIRST PASS (engine at 152499c, the first 27 rows written first and run
// once): 21/27 (0.78): title-prev 8/11, body-desc 5/7, two-cand 2/2,
// none 3/3, near 3/4. The plain shapes (title given with the name
// earlier, "the company", "the regulator", "X officials") already pass.
//
// Rows added after the first pass, from the pool's failing shapes, were
// checked failing before the fix (headline 3/6, role-unnamed 2/4: only
// their near misses passed): a story that calls its subject by the role
// alone ("the minister" in the lead, in a headline) and names him only by
// surname, or by a title of another kind, so the description finds no
// holder.
//
// AFTER this branch (five engine commits, every repository score set
// unchanged): 52/56 (0.93), the first 27 rows 26/27 (the one left a body
// named in lower case); four rows known, each with its mechanism ("left"
// holds the pool's shapes not fixed). The four pools: r1 speaker F1 0.968
// -> 0.979, attribution 0.912 -> 0.973; r3 F1 0.959 -> 0.970, attribution
// 0.978 -> 0.983; r4 attribution 0.924 -> 0.930; r2 unchanged.

func r9Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// title-prev: the title is given with the name in an earlier paragraph,
	// by a title before the name, by apposition, or by "who heads".
	add(auditRow{class: "title-prev/title before name",
		text: "Works Minister Ivo Daskal denied shunning reporters on Friday.\n\nThe minister said he only wanted to thank the crews who covered the bridge opening.",
		want: []quote{{"Ivo Daskal", auI, "he only wanted to thank the crews who covered the bridge opening"}}})
	add(auditRow{class: "title-prev/apposition",
		text: "Ivo Daskal, the works minister, visited the Marrow bridge on Friday.\n\nThe minister said the bridge would reopen in May.",
		want: []quote{{"Ivo Daskal", auI, "the bridge would reopen in May"}}})
	add(auditRow{class: "title-prev/one word between",
		text: "Works Minister Ivo Daskal was accused of shunning reporters at a ceremony in Velmar.\n\nHowever, Daskal, speaking in Orland on Saturday, described the claim as untrue.\n\nThe minister said he only wanted to thank the crews who covered the bridge opening.",
		want: []quote{{"Ivo Daskal", auI, "he only wanted to thank the crews who covered the bridge opening"}}})
	add(auditRow{class: "title-prev/minister urged trailing",
		text: "Information Minister Petra Anselm met editors in Corvo on Monday.\n\n\"Report what is accurate and leave out what is in doubt,\" the minister urged.",
		want: []quote{{"Petra Anselm", auD, "Report what is accurate and leave out what is in doubt,"}}})
	add(auditRow{class: "title-prev/minister added trailing",
		text: "Works Minister Ivo Daskal spoke to reporters on Friday.\n\n\"I cannot invite them and shun them at the same time,\" the minister added.",
		want: []quote{{"Ivo Daskal", auD, "I cannot invite them and shun them at the same time,"}}})
	add(auditRow{class: "title-prev/who heads",
		text: "Lena Brandt, who heads the Tarvik Monetary Fund, spoke in Orland on Monday.\n\nAccording to the fund chief, the threat of deflation was bigger than that of inflation.",
		want: []quote{{"Lena Brandt", auI, "the threat of deflation was bigger than that of inflation"}}})
	add(auditRow{class: "title-prev/according to acronym chief",
		text: "Tarvik Monetary Fund managing director Lena Brandt spoke in Orland on Monday. Brandt also called for vigilance.\n\nAccording to the TMF chief, the threat of deflation was bigger than that of inflation.",
		want: []quote{{"Lena Brandt", auI, "the threat of deflation was bigger than that of inflation"}}})
	add(auditRow{class: "title-prev/opposition leader claimed",
		text: "Opposition leader Karl Osterberg accused the government of rigging the local election.\n\nSpeaking in parliament on Thursday, the main opposition leader has claimed that the election was not fair.",
		want: []quote{{"Karl Osterberg", auI, "the election was not fair"}}})
	add(auditRow{class: "title-prev/coach",
		text: "Arlo Pinto, the Dunmore coach, watched his side lose 2-0 on Saturday.\n\nThe coach said his players had run out of ideas.",
		want: []quote{{"Arlo Pinto", auI, "his players had run out of ideas"}}})
	add(auditRow{class: "title-prev/striker",
		text: "Dunmore striker Jonas Ekberg scored twice on Saturday.\n\n\"It was the best night of my career,\" the striker said.",
		want: []quote{{"Jonas Ekberg", auD, "It was the best night of my career,"}}})
	add(auditRow{class: "title-prev/official representative",
		text: "Foreign Ministry spokeswoman Irina Sokolova said the envoy had been summoned.\n\nIn addition, the official representative of the Veland Foreign Ministry added that the talks \"will be difficult for the other side.\"",
		want: []quote{{"Irina Sokolova", auM, "the talks \"will be difficult for the other side.\""}}})

	// body-desc: a body cited by a description of itself.
	add(auditRow{class: "body-desc/the company",
		text: "Halvorsen Freight cut 400 jobs on Tuesday.\n\nThe company said demand would stay weak until spring.",
		want: []quote{{"Halvorsen Freight", auI, "demand would stay weak until spring"}}})
	add(auditRow{class: "body-desc/the regulator",
		text: "The Veland Energy Regulator fined two suppliers on Monday.\n\nThe regulator said the firms had overcharged 20,000 households.",
		want: []quote{{"Veland Energy Regulator", auI, "the firms had overcharged 20,000 households"}}})
	add(auditRow{class: "body-desc/exchange officials",
		text: "Corvane Software missed its filing deadline on Friday.\n\nVeltra Exchange officials said they were aware the company was late in filing.",
		want: []quote{{"Veltra Exchange", auI, "they were aware the company was late in filing"}}})
	add(auditRow{class: "body-desc/police department officers told",
		text: "Reports of shots fired brought police cars to the square.\n\nCarlow Police Department officers told reporters that they received calls of gunshots near the bus depot.",
		want: []quote{{"Carlow Police Department", auI, "they received calls of gunshots near the bus depot"}}})
	add(auditRow{class: "body-desc/the milk company vs university",
		text: "Dalby Dairy paid for the study of its chocolate milk.\n\nThe University of Tarn said the study was an isolated mistake. The milk company said it was disappointed to learn the programme mishandled the research.",
		want: []quote{
			{"University of Tarn", auI, "the study was an isolated mistake"},
			{"Dalby Dairy", auI, "it was disappointed to learn the programme mishandled the research"}}})
	add(auditRow{class: "body-desc/weather agency: agency not its service",
		text: "\"Everything is in place for a busy season,\" Kaspar Lind, the director of the Veland Ocean Agency's Coastal Weather Service, told reporters.\n\nThree to five major storms are predicted, according to the Veland Ocean Agency.\n\nSix to ten storms will form, said the ocean agency.",
		want: []quote{{"Veland Ocean Agency", auI, "Six to ten storms will form"}}})
	add(auditRow{class: "body-desc/lowercase commission",
		known: "lowercase-body: a body named in lower case (\"the Tarnian electoral commission\") makes no entity",
		text:  "Tundra Kell, the opposition leader, called the vote a sham.\n\nThe Tarnian electoral commission said on Wednesday that the accusations were not true.",
		want:  []quote{{"Tarnian electoral commission", auI, "the accusations were not true"}}})

	// two-cand: two people of the same role; a qualified description picks
	// one.
	add(auditRow{class: "two-cand/finance minister of two",
		text: "Interior Minister Petra Sand met Finance Minister Ole Varg in Corvo on Monday.\n\nThe finance minister said the budget would be cut by 3 percent.",
		want: []quote{{"Ole Varg", auI, "the budget would be cut by 3 percent"}}})
	add(auditRow{class: "two-cand/home coach of two",
		text: "Dunmore coach Arlo Pinto and Velmar coach Rhys Bayne shook hands before the match.\n\nThe Velmar coach said his players were tired.",
		want: []quote{{"Rhys Bayne", auI, "his players were tired"}}})

	// none: a description with no named referent goes to nobody, and makes
	// no speaker.
	add(auditRow{class: "none/minister unnamed",
		text: "The bridge at Marrow has been shut for a month.\n\nThe minister said the bridge would reopen in May.",
		want: []quote{{"", auI, "the bridge would reopen in May"}}, speakers: []string{}})
	add(auditRow{class: "none/milk company unnamed, university named",
		text: "The University of Tarn apologised for the study on Monday.\n\nThe milk company said it was disappointed to learn the programme mishandled the research.",
		want: []quote{{"", auI, "it was disappointed to learn the programme mishandled the research"}}})
	add(auditRow{class: "none/coach of another side",
		text: "Dunmore striker Jonas Ekberg scored twice on Saturday.\n\nThe coach said his players had run out of ideas.",
		want: []quote{{"", auI, "his players had run out of ideas"}}})

	// near: descriptions that are not the named one.
	// (The annotation rules give "a spokesman for Orlov" to Orlov: the
	// first pass wanted nobody here, against them.)
	add(auditRow{class: "near/minister's spokesman",
		text: "Works Minister Ivo Daskal visited the Marrow bridge on Friday.\n\nThe minister's spokesman said the bridge would reopen in May.",
		want: []quote{{"Ivo Daskal", auI, "the bridge would reopen in May"}}})
	add(auditRow{class: "near/a minister indefinite",
		text: "Works Minister Ivo Daskal visited the Marrow bridge on Friday.\n\nA senior minister said the bridge would reopen in May.",
		want: []quote{{"", auI, "the bridge would reopen in May"}}})
	add(auditRow{class: "near/named speaker keeps",
		text: "Works Minister Ivo Daskal visited the Marrow bridge on Friday.\n\nMayor Ruth Callan said the bridge would reopen in May.",
		want: []quote{{"Ruth Callan", auI, "the bridge would reopen in May"}}})
	add(auditRow{class: "near/former minister other",
		text: "Works Minister Ivo Daskal visited the Marrow bridge on Friday.\n\nThe former minister, Hal Brent, said the bridge should never have closed.",
		want: []quote{{"Hal Brent", auI, "the bridge should never have closed"}}})

	// Rows added after the first pass (the pool's shapes, checked failing
	// before the fix): the headline names the story's subject by the role
	// and the body names him by his surname alone, or by another title.
	add(auditRow{class: "headline/bare surname subject",
		text: "Veland minister denies snubbing reporters\n\nThe agency recalls the minister walked out on reporters during his turn to present the scorecard.\n\nHowever, Daskal, while speaking with reporters in Orland after a ceremony, described the allegation as untrue.\n\nThe minister said he only wanted to thank the crews who covered the bridge opening.",
		want: []quote{{"Daskal", auI, "he only wanted to thank the crews who covered the bridge opening"}}})
	add(auditRow{class: "headline/minister urged after pronoun sentence",
		text: "Veland information minister urges media to back tracker\n\nSpeaking about the retreat, the minister highlighted the plan.\n\nAnselm urged the media to back the plan. He stressed the need for facts.\n\n\"Report what is accurate and leave out what is in doubt,\" the minister urged.",
		want: []quote{{"Anselm", auD, "Report what is accurate and leave out what is in doubt,"}}})
	add(auditRow{class: "headline/opposition leader with party title",
		text: "Veland opposition leader accuses government of rigging polls\n\nVLP Chairman Karl Osterberg has accused the government of rigging the local election.\n\nParticipating in the debate in the House on Thursday, the main opposition leader has claimed that the election was not fair.",
		want: []quote{{"Karl Osterberg", auI, "the election was not fair"}}})
	add(auditRow{class: "headline/near: headline of another role",
		text: "Veland mayor denies snubbing reporters\n\nHowever, Daskal, while speaking with reporters in Orland, described the allegation as untrue.\n\nThe minister said he only wanted to thank the crews.",
		want: []quote{{"", auI, "he only wanted to thank the crews"}}})
	add(auditRow{class: "headline/near: subject holds another office",
		text: "Veland minister denies snubbing reporters\n\nGovernor Ruth Callan described the allegation as untrue.\n\nThe minister said he only wanted to thank the crews.",
		want: []quote{{"", auI, "he only wanted to thank the crews"}}})
	add(auditRow{class: "headline/near: no headline",
		text: "However, Daskal, while speaking with reporters in Orland, described the allegation as untrue.\n\nThe minister said he only wanted to thank the crews.",
		want: []quote{{"", auI, "he only wanted to thank the crews"}}})
	// role-unnamed: no headline (the app gives Extract the body only), but
	// the body has called its subject "the minister" before naming him by
	// surname alone.
	add(auditRow{class: "role-unnamed/surname after the role",
		text: "The agency recalls the minister walked out on reporters during his turn to present the scorecard.\n\nHowever, Daskal, while speaking with reporters in Orland after a rally marking Gov. Ada Lind's first year, described the allegation as untrue.\n\nThe minister said he only wanted to thank the crews who covered the bridge opening.",
		want: []quote{{"Daskal", auI, "he only wanted to thank the crews who covered the bridge opening"}}})
	add(auditRow{class: "role-unnamed/minister urged",
		text: "The minister made this statement at a meeting with editors in Corvo on Monday.\n\nAnselm urged the media to back the plan. He stressed the need for facts.\n\n\"Report what is accurate and leave out what is in doubt,\" the minister urged.",
		want: []quote{{"Anselm", auD, "Report what is accurate and leave out what is in doubt,"}}})
	add(auditRow{class: "role-unnamed/near: the role is another's",
		text: "The agency recalls the minister walked out on reporters.\n\nMinister Petra Anselm later apologised.\n\nHowever, Daskal, a reporter in Orland, described the walkout as rude.\n\nThe minister said she only wanted to thank the crews.",
		want: []quote{{"Petra Anselm", auI, "she only wanted to thank the crews"}}})
	add(auditRow{class: "role-unnamed/near: subject has another office",
		text: "The agency recalls the minister walked out on reporters.\n\nGovernor Ada Lind described the walkout as rude.\n\nThe minister said he only wanted to thank the crews.",
		want: []quote{{"", auI, "he only wanted to thank the crews"}}})
	// voice-of: a body's spokesperson cited by description after being
	// named; near misses keep the body.
	add(auditRow{class: "voice-of/near: spokeswoman of another body",
		text: "Trade Ministry spokeswoman Irina Sokolova said the envoy had been summoned.\n\nIn addition, the official representative of the Veland Foreign Ministry added that the talks would be difficult.",
		want: []quote{{"Veland Foreign Ministry", auI, "the talks would be difficult"}}})
	add(auditRow{class: "voice-of/near: none named",
		text: "The envoy was summoned on Monday.\n\nThe official representative of the Veland Foreign Ministry added that the talks would be difficult.",
		want: []quote{{"Veland Foreign Ministry", auI, "the talks would be difficult"}}})
	add(auditRow{class: "voice-of/near: indefinite",
		text: "Foreign Ministry spokeswoman Irina Sokolova said the envoy had been summoned.\n\nA spokesman for the Veland Foreign Ministry added that the talks would be difficult.",
		want: []quote{{"Veland Foreign Ministry", auI, "the talks would be difficult"}}})
	add(auditRow{class: "voice-of/spokesman of the ministry",
		text: "Foreign Ministry spokesman Pavel Orlin said the envoy had been summoned.\n\nThe spokesman of the Veland Foreign Ministry added that the talks would be difficult.",
		want: []quote{{"Pavel Orlin", auI, "the talks would be difficult"}}})
	// chief-after-body: the body spoke last, then its chief, named
	// without a title, was the subject of the sentence before.
	add(auditRow{class: "chief-after-body/according to the fund chief",
		text: "The Tarvik Monetary Fund (TMF) will cut its forecast, the head of the fund said.\n\nIn an interview on Sunday, Lena Brandt said the crisis was not over.\n\nThe TMF predicted that the economy would shrink by 1 percent.\n\nBrandt also called for vigilance. According to the TMF chief, the threat of deflation was bigger than that of inflation.",
		want: []quote{{"Lena Brandt", auI, "the threat of deflation was bigger than that of inflation"}}})
	add(auditRow{class: "chief-after-body/near: the chief of another body",
		text: "The Tarvik Monetary Fund (TMF) predicted that the economy would shrink by 1 percent.\n\nBrandt, an economist at Orland University, called for vigilance. According to the TMF chief, the threat of deflation was bigger than that of inflation.",
		want: []quote{{"", auI, "the threat of deflation was bigger than that of inflation"}}})
	add(auditRow{class: "chief-after-body/near: a reporter subject",
		text: "The Tarvik Monetary Fund (TMF) predicted that the economy would shrink by 1 percent.\n\nFinance Minister Ole Varg called for vigilance. According to the TMF chief, the threat of deflation was bigger than that of inflation.",
		want: []quote{{"", auI, "the threat of deflation was bigger than that of inflation"}}})
	// officers: near misses of "X Police Department officers told".
	add(auditRow{class: "officers/near: bare officers",
		text: "Reports of shots fired brought police cars to the square.\n\nOfficers told reporters that they received calls of gunshots near the bus depot.",
		want: []quote{{"", auI, "they received calls of gunshots near the bus depot"}}})
	add(auditRow{class: "officers/near: officers of a place",
		text: "Reports of shots fired brought police cars to the square.\n\nCarlow officers told reporters that they received calls of gunshots near the bus depot.",
		want: []quote{{"", auI, "they received calls of gunshots near the bus depot"}}})
	add(auditRow{class: "officers/near: officers arrested",
		text: "Carlow Police Department officers arrested two men on Sunday.\n\nA witness said the men had run toward the depot.",
		want: []quote{{"", auI, "the men had run toward the depot"}}, speakers: []string{}})
	// chief-synonym near misses: a head coach and a board's director are
	// not "the chief".
	add(auditRow{class: "chief-syn/near: head coach",
		text: "Arlo Pinto, the head coach of Dunmore Rovers, watched the match on Saturday.\n\nA club chief said the players had run out of ideas.",
		want: []quote{{"", auI, "the players had run out of ideas"}}})
	add(auditRow{class: "chief-syn/near: a director of the board",
		text: "Lena Brandt, a director of the Tarvik Monetary Fund's board, spoke in Orland on Monday.\n\nAccording to the fund chief, the threat of deflation was bigger than that of inflation.",
		want: []quote{{"", auI, "the threat of deflation was bigger than that of inflation"}}})
	// left: the pool's remaining shapes of the class, each with its
	// mechanism.
	add(auditRow{class: "left/weather agency over its service",
		known: "sub-body-modifier: a body whose name shares the modifier (the Coastal Weather Service) beats the agency that owns it and spoke just before",
		text:  "\"Everything is in place for a busy season,\" Kaspar Lind, the director of the VOA's Coastal Weather Service, told reporters.\n\nThree to five major storms are predicted, according to the VOA.\n\nSix to ten storms will form, said the weather agency.",
		want:  []quote{{"VOA", auI, "Six to ten storms will form"}}})
	add(auditRow{class: "left/chief scientist named after",
		known: "cataphora: \"its chief scientist says\" in the lead, the scientist named in the next paragraph without that title",
		text:  "It has been a busy month for the Orvane telescope, but its chief scientist says the mission is on track.\n\n\"The instruments are cooling,\" Hana Weiss, an astrophysicist at the Veland Space Centre, said.",
		want:  []quote{{"Hana Weiss", auI, "the mission is on track"}}})
	add(auditRow{class: "left/one-word exchange officials",
		known: "unknown-body: a one-word name the story never shows to be a body (\"Veltra\") is no body for \"Veltra officials said\"",
		text:  "Corvane Software missed its filing deadline on Friday.\n\nVeltra officials said they were aware the company was late in filing.\n\nAnalyst Tom Reyes said Veltra typically adds a letter to the ticker of a late filer.",
		want:  []quote{{"Veltra", auI, "they were aware the company was late in filing"}}})
	// other-kind: a lead's "the company" is not the university, hospital
	// or ministry the sentence before was about; a company still is.
	add(auditRow{class: "other-kind/company after a university subject",
		text: "The University of Tarn found problems with the study.\n\nThe company said it was disappointed.",
		want: []quote{{"", auI, "it was disappointed"}}})
	add(auditRow{class: "other-kind/milk company after a hospital",
		text: "The Velmar General Hospital found problems with the trial.\n\nThe milk company said the trial was flawed.",
		want: []quote{{"", auI, "the trial was flawed"}}})
	add(auditRow{class: "other-kind/near: a company with Inc.",
		text: "Dalby Dairy Inc. found problems with the study.\n\nThe company said it was disappointed.",
		want: []quote{{"Dalby Dairy Inc.", auI, "it was disappointed"}}})
	add(auditRow{class: "other-kind/near: the university",
		text: "The University of Tarn found problems with the study.\n\nThe university said it was an isolated incident.",
		want: []quote{{"University of Tarn", auI, "it was an isolated incident"}}})
	return rows
}

func TestAuditS17R9(t *testing.T) { runAudit(t, "r9", r9Rows(), *auditKnown) }
