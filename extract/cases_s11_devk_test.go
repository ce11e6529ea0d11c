package extract_test

import (
	"slices"
	"testing"
)

// Session 11, dev-k (go-htmldate's English news pages of 2023: UK
// tabloids and regionals, an Irish daily, US local TV and national
// sites), first scored untuned: speaker F1 0.867 (P 0.889, R 0.847),
// quote recall 0.942, attribution 0.884; after the fixes below F1 0.914
// (P 0.961, R 0.871), recall 0.955, attribution 0.936. Its errors by
// mechanism (s = false/missed speakers, q = missed or misgiven quotes),
// each with a paraphrase, counts before -> after:
//
//	fixed
//	site prompt as antecedent, long   1s 4q -> 0  "[Click this link] ... stories from <Town> Live" and five long
//	  statement cuts the window                   quoted paragraphs before "She continued:": the outlet was "she"
//	body name with "for"              2s 1q -> 0  "said the charity Medical Aid for <people>" cut to "Medical Aid"
//	relation apposition over subject  0s 2q of 6  "slammed the Duke and his wife, Meghan, ... and she's ...
//	                                              she said": Meghan took "she"
//	opening time clause's subject     1s 1q -> 0  "As Mr <Name> left <city>, he said" went to who spoke before
//	name and cue inside a link        0s 1q -> 0  "The [CDC said](...) nearly 90 percent ..." missed
//	caption with bracketed credit     0s 2q -> 0  "<Name> Jnr with his father (Image: ...)" ended a father's run
//	coordinated verbs after object    1s 1q -> 0  "expressed support for X in its war with Hamas, promised ...,
//	                                              and suggested" gave Hamas the clause
//	request hearer with apposition    0s 1q -> 0  "calls on the Office for <X>, the regulator in <Y>, to require"
//	description missing its comma     1s 2q -> 0  "<Name>, an OBGYN based in <State> told", "<Name>, president
//	                                              of the <Academy> (AAP) said" went to nobody / the body
//	"the group of U.N. rapporteurs"   1s 1q -> 0  the body named inside the phrase spoke for the group
//	kin description in the lead       0s 1q -> 0  "The dad of a man missing ... has said" with "His dad, <Name>,"
//	"pushed X to <verb>"              0s 1q -> 0  a request not taken
//	inner straight marks              0s 1q -> 0  "house people "temporarily", with ..." ended a continued quote
//	left (see the report)
//	description subject not linked    1s 4q       "The 38-year-old reality TV regular hit out ... She fumed:"
//	lead description, party modifier  1s 1q       "A DUP councillor has said" linked to an SDLP councillor
//	report as source, author later    0s 2q       "..., says a report highlighting ..." (the union's report)
//	body descriptions as speakers     6s 5q       "Gaza health authorities say", "The Israeli mission to the
//	                                              UN in Geneva called ...", "Levy's office", "the Biden
//	                                              administration", "the White House's initiative [said](...)"
//	naming verbs and relatives        2s 5q       "praised X for calling Y "scum"", "whom X called on to resign",
//	                                              "which he said include", "<Name> and senior adviser said"
//	other missed reported speech      0s ~10q     one-off cues (UFO page, court report, local TV)
//
// The rows below probe each fixed class with invented text (fictional
// people and places) and the near misses that must not change.
func TestDevkCases(t *testing.T) {
	runAudit(t, "devk", slices.Concat(devkOutletRows(), devkOrgForRows(), devkRelationRows(), devkOpeningClauseRows(), devkLinkCueRows(), devkCaptionRows(), devkCoordinatedRows(), devkRequestRows(), devkUnclosedRows(), devkGroupOfRows(), devkKinLeadRows(), devkPushRows(), devkInnerMarkRows()), *auditKnown)
}

func devkOutletRows() []auditRow {
	return []auditRow{
		{
			class: "outlet-self/promo",
			text: "Councillor Maren Tolsby said: \"I have spoken to residents in Harwick this week.\n\n" +
				"\"They are worried about the plans.\"\n\n" +
				"[Click this link](https://chat.example.com/abc) or scan the QR code to receive breaking news and top stories from Harwick Live. We also treat our community members to special offers.\n\n" +
				"She continued: \"We need more homes in this town, and we need them soon.\"",
			want: []quote{
				{"Maren Tolsby", auD, "I have spoken to residents in Harwick this week."},
				{"Maren Tolsby", auD, "They are worried about the plans."},
				{"Maren Tolsby", auD, "We need more homes in this town, and we need them soon."},
			},
			speakers: []string{"Maren Tolsby"},
		},
		{
			class: "outlet-self/promo-signup",
			text: "Tomas Brenn, who runs the Dunmore food bank, said: \"Demand has doubled since spring.\n\n" +
				"\"We are running out of tins.\"\n\n" +
				"**Sign up to the Dunmore Echo newsletter for the latest news from Dunmore.**\n\n" +
				"He added: \"Anyone can help by giving an hour a week.\"",
			want: []quote{
				{"Tomas Brenn", auD, "Demand has doubled since spring."},
				{"Tomas Brenn", auD, "We are running out of tins."},
				{"Tomas Brenn", auD, "Anyone can help by giving an hour a week."},
			},
			speakers: []string{"Tomas Brenn"},
		},
		// Near misses: a paragraph opening with "Scan" or "Tap" as a noun
		// is story, and whom it names may be "she".
		{
			class: "outlet-self/near-miss-scan-noun",
			text: "Lena Orvik said the ward was full.\n\n" +
				"Scan results showed a fracture, according to Dr Ilse Varga.\n\n" +
				"She said: \"It will heal in six weeks.\"",
			want: []quote{
				{"Ilse Varga", auD, "It will heal in six weeks."},
				{"Lena Orvik", auI, "the ward was full"},
				{"Ilse Varga", auI, "Scan results showed a fracture"},
			},
		},
		{
			class: "outlet-self/near-miss-tap-noun",
			text: "Tap water in Kelby is safe again, said Marta Sollen, the town's engineer.\n\n" +
				"She said: \"We flushed every main twice.\"",
			want: []quote{
				{"Marta Sollen", auI, "Tap water in Kelby is safe again"},
				{"Marta Sollen", auD, "We flushed every main twice."},
			},
		},
		// A long statement over several paragraphs, broken by a photo and
		// its caption, then "She continued:": the pronoun still reaches
		// the one who opened the statement.
		{
			class: "long-statement/she-continued",
			text: "Councillor Ada Merrow said: \"We have lived on this estate for thirty years, and in that time we have seen the shops close, the bus route cut, the youth club shut and the play park fenced off, one after another, with nobody asking us what we thought of any of it.\n\n" +
				"\"Families who grew up here have had to move away to find a home, and the ones who stay are squeezed into flats that were meant to be temporary twenty years ago, with damp in the walls and lifts that break every other week.\n\n" +
				"\"We have lived on this estate for thirty years, and in that time we have seen the shops close, the bus route cut, the youth club shut and the play park fenced off, one after another, with nobody asking us what we thought of any of it.\n\n" +
				"\"Families who grew up here have had to move away to find a home, and the ones who stay are squeezed into flats that were meant to be temporary twenty years ago, with damp in the walls and lifts that break every other week.\n\n" +
				"\"We have lived on this estate for thirty years, and in that time we have seen the shops close, the bus route cut, the youth club shut and the play park fenced off, one after another, with nobody asking us what we thought of any of it. Families who grew up here have had to move away to find a home, and the ones who stay are squeezed into flats that were meant to be temporary twenty years ago, with damp in the walls and lifts that break every other week.\"\n\n" +
				"![](https://img.example.com/estate.jpg)\n\n" +
				"She continued: \"We will keep asking until somebody listens.\"",
			want: []quote{
				{"Ada Merrow", auD, "We will keep asking until somebody listens."},
			},
			speakers: []string{"Ada Merrow"},
		},
		// Near miss: a new person named in the story's own words since
		// the statement is the pronoun's.
		{
			class: "long-statement/near-miss-new-subject",
			text: "Councillor Ada Merrow said: \"We have lived on this estate for thirty years, and in that time we have seen the shops close, the bus route cut, the youth club shut and the play park fenced off, one after another, with nobody asking us what we thought of any of it.\n\n" +
				"\"Families who grew up here have had to move away to find a home, and the ones who stay are squeezed into flats that were meant to be temporary twenty years ago, with damp in the walls and lifts that break every other week.\"\n\n" +
				"Housing officer Greta Lund visited the estate on Monday.\n\n" +
				"She said: \"The repairs start next month.\"",
			want: []quote{
				{"Greta Lund", auD, "The repairs start next month."},
			},
		},
	}
}

// devkOrgForRows: a body's name in title case that joins its remit with a
// lower-case "for" after a word that is no organisation word ("Medical
// Aid for <people>", "Physicians for <cause>"): the whole name speaks.
func devkOrgForRows() []auditRow {
	return []auditRow{
		{
			class:    "org-for/said-the-charity",
			text:     "\"The clinics are overwhelmed,\" said the charity Medical Relief for Veldorians, describing queues that ran round the block.",
			want:     []quote{{"Medical Relief for Veldorians", auD, "The clinics are overwhelmed,"}},
			speakers: []string{"Medical Relief for Veldorians"},
		},
		{
			class:    "org-for/subject",
			text:     "The campaign group Engineers for Safe Bridges said the crossing at Dunmore should close until it is inspected.",
			want:     []quote{{"Engineers for Safe Bridges", auI, "the crossing at Dunmore should close until it is inspected"}},
			speakers: []string{"Engineers for Safe Bridges"},
		},
		// Near misses: a person's name then "for" and a place or a body
		// is no single name.
		{
			class:    "org-for/near-miss-person-for-place",
			text:     "\"We will win the seat,\" said Tomas Brenn, the candidate for Dunmore East.",
			want:     []quote{{"Tomas Brenn", auD, "We will win the seat,"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			class:    "org-for/near-miss-person-works-for",
			text:     "\"The figures are wrong,\" said Ilse Varga, who works for Calder Mills.",
			want:     []quote{{"Ilse Varga", auD, "The figures are wrong,"}},
			speakers: []string{"Ilse Varga"},
		},
	}
}

// devkRelationRows: a name in apposition to someone's relation after the
// verb ("slammed the Duke and his wife, Meghan,") is no subject, and the
// last sentence's own "she" (a contraction too: "she’s") goes on.
func devkRelationRows() []auditRow {
	return []auditRow{
		{
			class: "relation-appositive/she-subject",
			text: "Kelly Brannock has blasted Tomas Varga for playing the victim.\n\n" +
				"She slammed the Lord of Tarvik and his wife, Meghan, three months ago.\n\n" +
				"Speaking on her podcast, she said: “I said he was a fool. I meant it.”",
			want: []quote{{"Kelly Brannock", auD, "I said he was a fool. I meant it."}},
		},
		{
			class: "relation-appositive/she-contraction",
			text: "**Kelly Brannock has blasted “whinger” Tomas Varga for playing the victim.**\n\n" +
				"The 38-year-old star slammed the Lord of Tarvik and his wife, Meghan, three months ago, and she’s now explained she lashed out because she was let down.\n\n" +
				"Speaking on her podcast, she said: “I said he was a fool. I meant it.”",
			want: []quote{
				{"Kelly Brannock", auD, "whinger"},
				{"Kelly Brannock", auD, "I said he was a fool. I meant it."},
			},
		},
		// Near misses: the relation opening the sentence is its subject;
		// a wife named as a co-subject is "she" when no other woman is;
		// a "he" in a clause of another's is not followed.
		{
			class: "relation-appositive/near-miss-opening",
			text: "Tomas Varga sold the farm last year.\n\n" +
				"His wife, Ilse, was against it.\n\n" +
				"She said: “We had no choice in the end.”",
			want: []quote{{"Ilse", auD, "We had no choice in the end."}},
		},
		{
			class: "relation-appositive/near-miss-co-subject",
			text:  "Tomas Brenn and his wife Ilse sold the farm last year.\n\nShe said: “We had no choice.”",
			want:  []quote{{"Ilse", auD, "We had no choice."}},
		},
		{
			class: "relation-appositive/near-miss-other-clause",
			text: "Dario Mell lost his job at a Kelby radio station after the owner's security team told him he would no longer be welcome. " +
				"He later sued the owner, Anna Sorvik, claiming he had been falsely accused and that she had ruined his career.",
			want: []quote{{"Dario Mell", auI, "he had been falsely accused and that she had ruined his career"}},
		},
	}
}

// devkOpeningClauseRows: the subject of a time clause that opens the
// sentence ("As Mr Lund left Kelby, he said") is the pronoun's, over one
// who spoke in the paragraph before.
func devkOpeningClauseRows() []auditRow {
	const before = "Foreign minister Anders Lund was due to visit Tarvik to meet Mr Oskarsson.\n\n" +
		"“We are advancing,” Mr Oskarsson said in a statement.\n\n"
	return []auditRow{
		{
			class: "opening-clause/as",
			text:  before + "As Mr Lund left Kelby for the talks, he said he would raise the border closures.",
			want: []quote{
				{"Oskarsson", auD, "We are advancing,"},
				{"Anders Lund", auI, "he would raise the border closures"},
			},
		},
		{
			class: "opening-clause/after",
			text:  before + "After Mr Lund landed in Kelby, he said he would raise the border closures.",
			want:  []quote{{"Anders Lund", auI, "he would raise the border closures"}},
		},
		// Near misses: a possessor or an object in the clause, or a
		// subject of the other gender, leaves the one who spoke.
		{
			class: "opening-clause/near-miss-possessor",
			text:  before + "As Lund's plane landed in Kelby, he said the army would hold its lines.",
			want:  []quote{{"Oskarsson", auI, "the army would hold its lines"}},
		},
		{
			class: "opening-clause/near-miss-said-inside",
			text:  before + "After Lund landed, he said, the talks could begin.",
			want:  []quote{{"Oskarsson", auI, "the talks could begin"}},
		},
		{
			class: "opening-clause/near-miss-other-gender",
			text:  before + "As Ilse Varga left the hall, he said the army would hold its lines.",
			want:  []quote{{"Oskarsson", auI, "the army would hold its lines"}},
		},
	}
}

// devkLinkCueRows: a Markdown link holding a name and its cue, the clause
// after it ("The [CDC said](...) nearly 90 percent ...").
func devkLinkCueRows() []auditRow {
	return []auditRow{
		{
			class: "link-cue/name-and-cue",
			text:  "Measles can be prevented. The [Tarvik Health Agency said](https://example.com/report) nearly half of the new cases could have been prevented.",
			want:  []quote{{"Tarvik Health Agency", auI, "nearly half of the new cases could have been prevented"}},
		},
		{
			class: "link-cue/acronym-and-cue",
			text:  "The [THA said](https://example.com/report) nearly half of the new cases could have been prevented with vaccination.",
			want:  []quote{{"THA", auI, "nearly half of the new cases could have been prevented with vaccination"}},
		},
		// Near misses: a headline's link (every word capitalised) and a
		// link to a name alone, its cue outside, are as before.
		{
			class: "link-cue/near-miss-headline",
			text:  "Read more: [Tarvik Mayor Quits After Vote](https://example.com/mayor). The vote was close.",
			want:  []quote{},
			exact: true,
		},
		{
			class: "link-cue/near-miss-name-link",
			text:  "[Ilse Varga](https://example.com/varga) said the vote was close.",
			want:  []quote{{"Ilse Varga", auI, "the vote was close"}},
		},
	}
}

// devkCaptionRows: a photo's caption ending with its credit in brackets
// ("... with his father (Image: Kelby Press)") between paragraphs of one
// father's quotation does not end his run.
func devkCaptionRows() []auditRow {
	const opening = "Tomas Brenn believes someone in Kelby knows what happened to his son.\n\n" +
		"\"It just doesn't add up. I am sure of that.\n\n" +
		"\"We hoped it would all be over by now.\n\n" +
		"![Tomas Brenn Jnr with his father](https://img.example.com/a.jpg)\n\n"
	return []auditRow{
		{
			class: "caption-credit/run-goes-on",
			text: opening + "Tomas Brenn Jnr with his father (Image: Kelby Press)\n\n" +
				"\"The police have been really supportive and check in with us all the time.\"\n\n" +
				"\"I'd like to thank everyone who has helped us.\"",
			want: []quote{
				{"Tomas Brenn", auD, "It just doesn't add up. I am sure of that."},
				{"Tomas Brenn", auD, "We hoped it would all be over by now."},
				{"Tomas Brenn", auD, "The police have been really supportive and check in with us all the time."},
				{"Tomas Brenn", auD, "I'd like to thank everyone who has helped us."},
			},
			speakers: []string{"Tomas Brenn"},
		},
		// Near miss: a caption that quotes someone is kept, its speaker
		// with it.
		{
			class: "caption-credit/near-miss-quoting-caption",
			text: "Ilse Varga runs the Kelby shelter.\n\n" +
				"Ilse Varga said: \"We are full every night\" (Image: Kelby Press)",
			want: []quote{{"Ilse Varga", auD, "We are full every night"}},
		},
	}
}

// devkCoordinatedRows: a verb after a comma that ends a clause's object
// ("expressed support for Tarvik in its war with Morland, promised ...,
// and suggested") is coordinated with the clause's verb and shares its
// subject; the name before the comma does not speak.
func devkCoordinatedRows() []auditRow {
	return []auditRow{
		{
			class: "coordinated-verbs/named-subject",
			text:  "Anna Varga expressed support for Tarvik in its war with Morland, promised to fight smugglers, and suggested that tariffs be set by the regions.",
			want:  []quote{{"Anna Varga", auI, "tariffs be set by the regions"}},
		},
		{
			class:    "coordinated-verbs/pronoun-subject",
			text:     "For example, they both expressed support for Tarvik in its war with Morland, promised to fight smugglers, and suggested they prefer that tariffs be set by the regions.",
			want:     []quote{{"", auI, "they prefer that tariffs be set by the regions"}},
			speakers: []string{},
		},
		// Near misses: a name with an aside before the verb, and a name
		// opening the sentence, still speak.
		{
			class: "coordinated-verbs/near-miss-aside",
			text:  "The vote came after Ilse Brenn, the council leader, said the budget was sound.",
			want:  []quote{{"Ilse Brenn", auI, "the budget was sound"}},
		},
		{
			class: "coordinated-verbs/near-miss-two-verbs",
			text:  "Anna Varga expressed support for Tomas Brenn, and suggested that tariffs be set by the regions.",
			want:  []quote{{"Anna Varga", auI, "tariffs be set by the regions"}},
		},
	}
}

// devkRequestRows: a request whose hearer has an apposition with a phrase
// of its own ("calls on the Office for Schools, the regulator in Tarvik,
// to require ...").
func devkRequestRows() []auditRow {
	const report = "The Tarvik Teachers Union published a report on Monday.\n\n"
	return []auditRow{
		{
			class: "request/appositive-hearer",
			text:  report + "It calls on the Office for Schools, the regulator in Tarvik, to require each school to publish its figures.",
			want:  []quote{{"Tarvik Teachers Union", auI, "the Office for Schools, the regulator in Tarvik, to require each school to publish its figures"}},
		},
		{
			class: "request/appositive-hearer-linked",
			text:  report + "It calls on the [Office for Schools](https://example.com/ofs), the regulator in Tarvik, to require each school to publish its figures.",
			want:  []quote{{"Tarvik Teachers Union", auI, "the [Office for Schools](https://example.com/ofs), the regulator in Tarvik, to require each school to publish its figures"}},
		},
		// Near miss: an apposition whose phrase runs on with no
		// infinitive after it is no request.
		{
			class: "request/near-miss-no-infinitive",
			text:  report + "It calls on the Office for Schools, the regulator in Tarvik, for more money.",
			want:  []quote{},
			exact: true,
		},
	}
}

// devkUnclosedRows: a description after a name that lost its closing
// comma ("Lena Osk, a midwife based in Tarvik told reporters"): the name
// speaks, not the place or the body the description ends with.
func devkUnclosedRows() []auditRow {
	return []auditRow{
		{
			class: "unclosed-description/indefinite",
			text:  "Lena Osk, a midwife based in Tarvik told reporters the clinics are full and should be expanded.",
			want:  []quote{{"Lena Osk", auI, "the clinics are full and should be expanded"}},
		},
		{
			class: "unclosed-description/role-of-body",
			text:  "In a statement, Tomas Brenn, president of the Tarvik Academy of Nursing (TAN) said the rise in cases is “worrying and sad.”",
			want:  []quote{{"Tomas Brenn", auM, "the rise in cases is “worrying and sad.”"}},
		},
		// Near misses: a name after a verb or a preposition, its comma
		// closing an opening phrase, is no subject; nor a place.
		{
			class: "unclosed-description/near-miss-intro",
			text:  "Speaking to Tomas Brenn, a spokesman for the council said the road would reopen.",
			want:  []quote{{"", auI, "the road would reopen"}},
		},
		{
			class: "unclosed-description/near-miss-place",
			text:  "In Kelby, a spokesman for the council said the road would reopen.",
			want:  []quote{{"", auI, "the road would reopen"}},
		},
	}
}

// devkGroupOfRows: "the group of U.N. special rapporteurs" is people
// unnamed, not the body named inside the phrase nor one named before.
func devkGroupOfRows() []auditRow {
	return []auditRow{
		{
			class:    "group-of/people-plural",
			text:     "“We call on both sides to stop. We are running out of time,” the group of Tarvik Union special rapporteurs said in a statement.",
			want:     []quote{{"", auD, "We call on both sides to stop. We are running out of time"}},
			speakers: []string{},
		},
		{
			class:    "group-of/known-plural",
			text:     "The Kelby Relief Fund sent aid on Monday.\n\n“We call on both sides to stop,” the group of Tarvik Union experts said in a statement.",
			want:     []quote{{"", auD, "We call on both sides to stop"}},
			speakers: []string{},
		},
		// Near miss: "the group" alone after a body is that body.
		{
			class: "group-of/near-miss-the-group",
			text:  "The Kelby Relief Fund sent aid on Monday.\n\n“We call on both sides to stop,” the group said in a statement.",
			want:  []quote{{"Kelby Relief Fund", auD, "We call on both sides to stop"}},
		},
	}
}

// devkKinLeadRows: a lead's kin description ("The dad of a man missing
// for a decade has said ...") is the one named below as "His dad, X,".
func devkKinLeadRows() []auditRow {
	const lead = "The dad of a man missing for a decade has said he has finally accepted his son is dead.\n\n" +
		"Piet Lomm, from Kelby, was 23 when he disappeared after leaving a nightclub in 2013.\n\n"
	return []auditRow{
		{
			class: "kin-lead/dad",
			text: lead + "His dad, Piet Lomm Snr, 58, has now given up hope of finding his son alive.\n\n" +
				"Speaking to the Echo, Piet Snr said: \"I don't think he is alive.\"",
			want: []quote{
				{"Piet Lomm Snr", auI, "he has finally accepted his son is dead"},
				{"Piet Lomm Snr", auD, "I don't think he is alive."},
			},
		},
		{
			class: "kin-lead/mother",
			text: "The mother of a woman missing for a decade has said she has finally accepted her daughter is dead.\n\n" +
				"Anna Lomm, from Kelby, was 23 when she disappeared in 2013.\n\n" +
				"Her mother, Greta Lomm, 58, has now given up hope of finding her daughter alive.",
			want: []quote{{"Greta Lomm", auI, "she has finally accepted her daughter is dead"}},
		},
		// Near misses: another relation named below, or none, leaves
		// the lead's speaker unnamed.
		{
			class: "kin-lead/near-miss-other-kin",
			text:  lead + "His brother, Tomas Lomm, 30, still searches the woods every weekend.",
			want:  []quote{{"", auI, "he has finally accepted his son is dead"}},
		},
		{
			class: "kin-lead/near-miss-none",
			text:  lead + "Police have renewed their appeal for information.",
			want:  []quote{{"", auI, "he has finally accepted his son is dead"}},
		},
	}
}

// devkPushRows: "pushed <a person> to <verb>" is a request, as "pressed"
// and "urged" are; goods, a river or "pushed for" are none.
func devkPushRows() []auditRow {
	return []auditRow{
		{
			class: "request-push/hearer",
			text:  "Anchor Ilse Varga on Wednesday repeatedly pushed Tarvik diplomat Tomas Brenn to estimate the death toll at the camp.",
			want:  []quote{{"Ilse Varga", auI, "Tarvik diplomat Tomas Brenn to estimate the death toll at the camp"}},
		},
		{class: "request-push/near-miss-goods", text: "Strong demand pushed prices to record highs in Tarvik.", want: []quote{}, exact: true},
		{class: "request-push/near-miss-river", text: "The storm pushed the river to rise above its banks.", want: []quote{}, exact: true},
		{class: "request-push/near-miss-for", text: "Ilse Varga pushed for reform of the council.", want: []quote{}, exact: true},
		{class: "request-push/near-miss-cart", text: "Ilse Varga pushed the cart to the gate.", want: []quote{}, exact: true},
		{
			class: "request-push/near-miss-push-back",
			text:  "“No,” Tomas Brenn pushed back.",
			want:  []quote{{"Tomas Brenn", auD, "No"}},
		},
	}
}

// devkInnerMarkRows: inside a paragraph of a statement in straight marks,
// left open for the next, a word or two in straight marks ("to house
// people "temporarily", with ...") is quoted inside it, not its end.
func devkInnerMarkRows() []auditRow {
	return []auditRow{
		{
			class: "inner-straight-marks/continued",
			text: "Ada Merrow said: \"We were told the flats were safe.\n\n" +
				"\"Then the council decided to house people \"temporarily\", with no answer to how long temporarily would be, and no answer to where these \"temporary\" tenants would go.\n\n" +
				"\"We will keep asking.\"",
			want: []quote{
				{"Ada Merrow", auD, "We were told the flats were safe."},
				{"Ada Merrow", auD, "Then the council decided to house people \"temporarily\", with no answer to how long temporarily would be, and no answer to where these \"temporary\" tenants would go."},
				{"Ada Merrow", auD, "We will keep asking."},
			},
			exact: true,
		},
		// Near misses: two quotations in one paragraph, and scare quotes
		// outside any quotation, pair as before.
		{
			class: "inner-straight-marks/near-miss-two",
			text:  "\"We won,\" Brenn said. \"We will win again.\"",
			want:  []quote{{"Brenn", auD, "We won,"}, {"Brenn", auD, "We will win again."}},
			exact: true,
		},
		{
			class: "inner-straight-marks/near-miss-scare",
			text:  "Ada Merrow called the plan \"reckless\" and \"unfair\" on Monday.",
			want:  []quote{{"Ada Merrow", auD, "reckless"}, {"Ada Merrow", auD, "unfair"}},
			exact: true,
		},
	}
}
