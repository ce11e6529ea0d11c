package extract_test

import (
	"slices"
	"testing"

	"soundbite/model"
)

// Session 11, attribution: quotes found but given to the wrong speaker on
// the DEV sets (pages dev-a..k, realnews dev, feed gold; the realnews
// halves repeat realnews dev and are not counted twice). At branch start
// 219 (direct 95, indirect 106, mixed 18); after this file's fixes 192
// (direct 76, indirect 101, mixed 15). By mechanism (counts by hand, so
// approximate), before -> after, with a paraphrase (invented here, never
// the article's words):
//
//	class (before -> after)                    paraphrased example
//	to nobody, gold speaker unknown (64 -> 65)  a body the engine never makes a speaker ("the trust said",
//	                                            "Gaza health authorities said"), so its quotes go to nobody
//	to nobody, speaker known, link lost         "X, who's dissented, said" asides; book/report as source;
//	  (68 -> 57)                                "the brokerage, which ..., said" (a description of a body);
//	                                            FIXED: "it said" past the window (a bank's report quoted over
//	                                            six paragraphs); a run across a captioned photo; "the X's
//	                                            initiative said"
//	null wanted, speaker given (32 -> 30)       "police said" given to the force named earlier; "they" given to
//	                                            the shops the shoppers complained about; FIXED: "the group of
//	                                            U.N. special rapporteurs said" given to the U.N.; "“...,” one
//	                                            of the managers present said. “...”" given to the man before
//	second named person takes it (17 -> 13)     "Aisha's Salon ... the owner said" given to Aisha; "X told Y";
//	                                            FIXED: "former engineer and inventor X told Y" cut at "and";
//	                                            "a spokesperson for U urged ..., saying: ... He added"
//	pronoun to a silent name (12 -> 2)          FIXED: "She continued:" after a promo paragraph naming the site;
//	                                            "his wife, Lena," taking "she said" under an epithet subject
//	description to the wrong entity (9 -> 7)    "the owner said" given to the first name in "Aisha's Salon";
//	                                            FIXED: "The 41-year-old star" as the one named before;
//	                                            "A DUP councillor said" given to the SDLP councillor named first
//	organisation vs spokesperson (6 -> 5)       "Levy's office said" given to Levy; FIXED: "X, president of the Y
//	                                            Academy (YA) said" given to the academy
//	speaker named only in the next sentence (5) a quote before "That's what X told reporters." (unchanged)
//	interview / carried turns (6)               a quote carried past a new speaker's paragraph (unchanged)
//	outlet as speaker (4)                       "comment reported in The Atlantic" kept as the outlet's (unchanged)
//
// Tried and dropped: ranking the subject of an opening clause ("As Mr
// Lisk left, he said") over the last speaker (a held-out set fell);
// "praised X for calling Y “...”" (the quote is the praising cue's, a
// cue change too wide for this session).
//
// The rows below probe each fixed class with invented text (fictional
// people and places) and near misses that must not change.
func TestAttrS11Cases(t *testing.T) {
	runAudit(t, "attr", slices.Concat(attrS11PronounRows(), attrS11KinRows(), attrS11TwoRoleRows(), attrS11OpeningClauseRows(), attrS11OfficeRows(), attrS11CaptionRows(), attrS11ItSaidRows(), attrS11SpokespersonRows(), attrS11AgeEpithetRows(), attrS11LeadPartyRows(), attrS11GroupOfRows(), attrS11InitiativeRows(), attrS11OneOfRows(), attrS11ConnectiveRows(), attrS11LaterNameRows()), *auditKnown)
}

// attrS11PronounRows: a pronoun cue ("She continued:") whose last
// candidate before it is a name that never spoke and is of no known
// gender, standing in a paragraph of its own with no cue (a site's promo
// line, a caption), while the one who spoke last is of the pronoun's
// gender: the speaker goes on.
func attrS11PronounRows() []auditRow {
	const d = model.Direct
	return []auditRow{
		{
			class: "pronoun-silent-name/promo-paragraph",
			text: "Councillor Maren Oduya said the plan had failed. She said: \"We were never consulted about the towers at all.\n\n" +
				"\"The residents deserve better than this, and the board knows it well, because we have written to it many times over the past two years.\n\n" +
				"\"There are families on the estate who have waited for a home for longer than a decade, and they are still waiting for an answer from anyone.\n\n" +
				"\"The towers were meant to come down last spring, and then the date moved again, and nobody told the tenants who had already packed.\n\n" +
				"\"We are tired of being told to wait.\"\n\n" +
				"[Click this link](https://chat.example.com/x) or scan the code to receive breaking news and top stories from Tarvik Live. We also treat our members to special offers, promotions, and adverts from us and our partners. If you don’t like our group, you can leave any time you like. If you’re curious, you can read our [Privacy Notice](https://example.com/privacy).\n\n" +
				"She continued: \"I will meet the housing board on Monday to raise it.\"",
			want: []quote{
				{"Maren Oduya", d, "We were never consulted about the towers at all."},
				{"Maren Oduya", d, "I will meet the housing board on Monday to raise it."},
			},
		},
		{
			class: "pronoun-silent-name/near-miss-new-woman",
			text: "Councillor Maren Oduya said the plan had failed. She said: \"We were never consulted about the towers at all.\"\n\n" +
				"Her neighbour Ilse Brandvik has lived on the estate for thirty years. Ilse Brandvik runs the tenants' group and chairs its meetings each month.\n\n" +
				"She said: \"Nobody has asked us anything.\"",
			want: []quote{
				{"Maren Oduya", d, "We were never consulted about the towers at all."},
				{"Ilse Brandvik", d, "Nobody has asked us anything."},
			},
		},
		{
			class: "pronoun-silent-name/near-miss-new-subject",
			text: "Councillor Maren Oduya said the plan had failed. She said: \"We were never consulted about the towers at all.\"\n\n" +
				"Kim Osei has lived on the estate for thirty years. Kim Osei runs the tenants' group and chairs its meetings each month. The group meets in the old library.\n\n" +
				"She said: \"Nobody has asked us anything.\"",
			want: []quote{
				{"Maren Oduya", d, "We were never consulted about the towers at all."},
				{"Kim Osei", d, "Nobody has asked us anything."},
			},
		},
		{
			class: "pronoun-silent-name/near-miss-man-spoke",
			text: "Councillor Tomas Brenn said the plan had failed. He said: \"We were never consulted about the towers at all.\"\n\n" +
				"Sign up to the newsletter for the top stories from Tarvik Daily. We also send special offers from our partners. You can leave at any time.\n\n" +
				"She said: \"I will meet the housing board on Monday.\"",
			want: []quote{
				{"Tomas Brenn", d, "We were never consulted about the towers at all."},
				{"", d, "I will meet the housing board on Monday."},
			},
		},
	}
}

// attrS11KinRows: a woman named only as another man's kin ("his wife,
// Lena,") in a sentence whose subject is an unnamed description of the
// woman the story is about ("The 41-year-old singer slammed ...") does
// not take the next "she said" from that woman, who spoke just before.
func attrS11KinRows() []auditRow {
	const d = model.Direct
	return []auditRow{
		{
			class: "kin-appositive/description-subject",
			text: "Marta Quell has branded the prince a \"coward\" in a new interview.\n\n" +
				"The 41-year-old reality TV regular hit out at the earl, also 41, days after he and his wife Lena, Duchess of Tarvik, 40, had their television deal cancelled.\n\n" +
				"She fumed on the radio: \"I think he is a coward and I stand by every word.\"",
			want: []quote{
				{"Marta Quell", d, "coward"},
				{"Marta Quell", d, "I think he is a coward and I stand by every word."},
			},
		},
		{
			class: "kin-appositive/near-miss-named-subject",
			text: "Marta Quell has branded the prince a \"coward\" in a new interview.\n\n" +
				"Tomas Brenn arrived at the hall with his wife, Lena, just after noon.\n\n" +
				"Lena Brenn said: \"We came early to get a seat.\"",
			want: []quote{
				{"Marta Quell", d, "coward"},
				{"Lena Brenn", d, "We came early to get a seat."},
			},
		},
		{
			class: "kin-appositive/near-miss-nobody-spoke",
			text: "The 41-year-old singer slammed the Earl of Tarvik and his wife, Lena, last spring.\n\n" +
				"Speaking on the radio, she said: \"I stand by every word.\"",
			want: []quote{
				{"Lena", d, "I stand by every word."},
			},
		},
	}
}

// attrS11TwoRoleRows: a speaker phrase after the quotation with two roles
// of one man joined by "and" before his name ("former Tarvik engineer
// and Quillmail inventor Piet Dambra told") is his; the "and" does not
// cut the phrase off from the quotation, leaving it to whoever was named
// before.
func attrS11TwoRoleRows() []auditRow {
	const d = model.Direct
	return []auditRow{
		{
			class: "two-roles/told",
			text: "Arno Lisk ran the firm in those years.\n\n" +
				"“Nobody was ever so upset about anything,” former Tarvik engineer and Quillmail inventor Piet Dambra told Osk.",
			want: []quote{{"Piet Dambra", d, "Nobody was ever so upset about anything"}},
		},
		{
			class: "two-roles/said",
			text: "Arno Lisk ran the firm in those years.\n\n" +
				"“Nobody was ever so upset about anything,” former Tarvik engineer and Quillmail inventor Piet Dambra said.",
			want: []quote{{"Piet Dambra", d, "Nobody was ever so upset about anything"}},
		},
		{
			class: "two-roles/near-miss-one-role",
			text: "Arno Lisk ran the firm in those years.\n\n" +
				"“Nobody was ever so upset about anything,” former Tarvik engineer Piet Dambra told Osk.",
			want: []quote{{"Piet Dambra", d, "Nobody was ever so upset about anything"}},
		},
		{
			class: "two-roles/near-miss-second-clause",
			text: "Arno Lisk ran the firm in those years.\n\n" +
				"“Nobody was ever so upset about anything,” Lisk told Osk, and engineer Piet Dambra told Vos.",
			want: []quote{{"Arno Lisk", d, "Nobody was ever so upset about anything"}},
		},
	}
}

// attrS11OpeningClauseRows: "As Mr Lisk left the capital, he said ...":
// the subject of a clause of time opening the sentence is the main
// clause's pronoun, though someone else spoke in the sentence before.
// Near misses: a participle or a phrase opening the sentence ("Speaking
// to Lisk,", "After meeting Lisk,") names someone who is not its subject.
// Not fixed (the rows are known failures): ranking that subject first
// lifted dev-k attribution 0.908 -> 0.912 but a held-out set fell 0.010.
func attrS11OpeningClauseRows() []auditRow {
	const d, ind = model.Direct, model.Indirect
	return []auditRow{
		{
			class: "opening-clause/as",
			known: "an opening clause's subject is not ranked over the last speaker; a rule that did so lifted dev-k but cost a held-out set 0.010 attribution",
			text: "Tarvik's foreign minister Arno Lisk was due to visit Osk to meet Mr Brenn.\n\n" +
				"“We are advancing,” Mr Brenn said in a statement.\n\n" +
				"As Mr Lisk left the capital for Osk, he said he would discuss steps to protect civilians.",
			want: []quote{
				{"Brenn", d, "We are advancing"},
				{"Arno Lisk", ind, "he would discuss steps to protect civilians"},
			},
		},
		{
			class: "opening-clause/when",
			known: "an opening clause's subject is not ranked over the last speaker; a rule that did so lifted dev-k but cost a held-out set 0.010 attribution",
			text: "“We are advancing,” Mr Brenn said in a statement.\n\n" +
				"When Arno Lisk arrived in Osk, he said he would discuss steps to protect civilians.",
			want: []quote{
				{"Brenn", d, "We are advancing"},
				{"Arno Lisk", ind, "he would discuss steps to protect civilians"},
			},
		},
		{
			class: "opening-clause/near-miss-participle",
			text: "“We are advancing,” Mr Brenn said in a statement.\n\n" +
				"Speaking to Arno Lisk in Osk, he said he would discuss steps to protect civilians.",
			want: []quote{
				{"Brenn", d, "We are advancing"},
				{"Brenn", ind, "he would discuss steps to protect civilians"},
			},
		},
		{
			class: "opening-clause/near-miss-after-meeting",
			text: "“We are advancing,” Mr Brenn said in a statement.\n\n" +
				"After meeting Arno Lisk in Osk, he said he would discuss steps to protect civilians.",
			want: []quote{
				{"Brenn", d, "We are advancing"},
				{"Brenn", ind, "he would discuss steps to protect civilians"},
			},
		},
		{
			class: "opening-clause/near-miss-woman",
			text: "“We are advancing,” Mr Brenn said in a statement.\n\n" +
				"As Maria Varga left the capital for Osk, he said he would discuss steps to protect civilians.",
			want: []quote{
				{"Brenn", d, "We are advancing"},
				{"Brenn", ind, "he would discuss steps to protect civilians"},
			},
		},
	}
}

// attrS11OfficeRows: "Ilse Varga, president of the Tarvik Academy of
// Surgeons (TAS) said": an appositive office of lower case, with "the"
// before its body, that lost its closing comma leaves the person the
// speaker, not the body. Near misses: no name before the office, or a
// group of the body's members, keep their speakers.
func attrS11OfficeRows() []auditRow {
	const mx = model.Mixed
	const span = "the rise in cases is “disturbing and sad.”"
	return []auditRow{
		{
			class: "office-no-comma/acronym",
			text:  "In a statement, Ilse Varga, president of the Tarvik Academy of Surgeons (TAS) said " + span,
			want:  []quote{{"Ilse Varga", mx, span}},
		},
		{
			class: "office-no-comma/plain",
			text:  "Ilse Varga, president of the Tarvik Academy of Surgeons said " + span,
			want:  []quote{{"Ilse Varga", mx, span}},
		},
		{
			class: "office-no-comma/near-miss-no-name",
			text:  "The president of the Tarvik Academy of Surgeons said " + span,
			want:  []quote{{"", mx, span}},
		},
		{
			class: "office-no-comma/near-miss-members",
			text:  "After talks with Ilse Varga, members of the Tarvik Academy of Surgeons said " + span,
			want:  []quote{{"Tarvik Academy of Surgeons", mx, span}},
		},
	}
}

// attrS11CaptionRows: a speaker's run of quotation paragraphs goes on
// across a picture and its caption, even one that names someone else and
// ends in the picture's credit ("Piet Dambra Jnr with his father (Image:
// Osk Press)"). Near miss: a paragraph of story about another person
// still ends the run, and he is taken for the speaker, as before.
func attrS11CaptionRows() []auditRow {
	const d = model.Direct
	const lead = "Piet Dambra believes someone in Tarvik must know what happened to his son.\n\n" +
		"\"It just doesn't add up and someone in this town knows something. I am sure of that.\n\n" +
		"\"We are just so tired of it all.\n\n"
	const tail = "\"The police have been really supportive and are checking in with us all the time.\"\n\n" +
		"\"I'd just like to thank everyone else who has helped us.\""
	said := []quote{
		{"Piet Dambra", d, "It just doesn't add up and someone in this town knows something. I am sure of that."},
		{"Piet Dambra", d, "We are just so tired of it all."},
	}
	return []auditRow{
		{
			class: "caption-credit/run-goes-on",
			text:  lead + "![Piet Dambra Jnr with his father](https://img.example.com/a.jpg)\n\nPiet Dambra Jnr with his father (Image: Osk Press)\n\n" + tail,
			want: append(said,
				quote{"Piet Dambra", d, "The police have been really supportive and are checking in with us all the time."},
				quote{"Piet Dambra", d, "I'd just like to thank everyone else who has helped us."}),
		},
		{
			class: "caption-credit/near-miss-story-paragraph",
			text:  lead + "Piet Dambra Jnr had walked with friends to a party at the Osk Golf Club the night before he vanished.\n\n" + tail,
			want: append(said,
				quote{"Piet Dambra Jnr", d, "The police have been really supportive and are checking in with us all the time."},
				quote{"Piet Dambra Jnr", d, "I'd just like to thank everyone else who has helped us."}),
		},
	}
}

// attrS11ItSaidRows: "it said" after two paragraphs of background is the
// body that spoke last ("economists at Halvard Brask said"), though the
// pronoun window no longer holds it. Near misses: another body the
// subject in between, or a named person speaking since, leaves "it" to
// nobody.
func attrS11ItSaidRows() []auditRow {
	const d = model.Direct
	const lead = "Growth is likely to fall to a low of 1.2 per cent next year, economists at Halvard Brask said on Monday.\n\n" +
		"Growth had been expected to slow to 4 per cent for FY21 even before the floods.\n\n" +
		"Many forecasters have cut their figures in recent weeks, but this is the lowest yet.\n\n"
	const tail = "\"We believe the shutdown is likely to lead to a sharp fall in activity,\" it said."
	return []auditRow{
		{
			class: "it-said/body-beyond-window",
			text:  lead + tail,
			want:  []quote{{"Halvard Brask", d, "We believe the shutdown is likely to lead to a sharp fall in activity,"}},
		},
		{
			class: "it-said/place-in-relative-clause",
			text: "Floods hit farms across Norland in March.\n\n" + lead +
				"The fall will be deeper than the recessions Norland has had since the 1970s, the bank said.\n\n" + tail,
			want: []quote{
				{"", model.Indirect, "The fall will be deeper than the recessions Norland has had since the 1970s"},
				{"Halvard Brask", d, "We believe the shutdown is likely to lead to a sharp fall in activity,"},
			},
		},
		{
			class: "it-said/near-miss-other-body-subject",
			text: "Growth is likely to fall to a low of 1.2 per cent next year, economists at Halvard Brask said on Monday.\n\n" +
				"The Tarvik Monetary Authority cut its main rate by half a point last week.\n\n" +
				"Many forecasters have cut their figures in recent weeks, but this is the lowest yet.\n\n" + tail,
			want: []quote{{"", d, "We believe the shutdown is likely to lead to a sharp fall in activity,"}},
		},
		{
			class: "it-said/near-miss-person-spoke",
			text: "Growth is likely to fall to a low of 1.2 per cent next year, economists at Halvard Brask said on Monday.\n\n" +
				"Growth had been expected to slow to 4 per cent for FY21 even before the floods, Ilse Varga said.\n\n" +
				"Many forecasters have cut their figures in recent weeks, but this is the lowest yet.\n\n" + tail,
			want: []quote{{"", d, "We believe the shutdown is likely to lead to a sharp fall in activity,"}},
		},
	}
}

// attrS11SpokespersonRows: "A spokesperson for Tarvik University urged
// ..., saying: “...” He added": the spokesperson, for the body, goes on,
// though the participle "saying" holds no speaker phrase of its own.
// Near miss: a named person speaking in between takes "he".
func attrS11SpokespersonRows() []auditRow {
	const d, ind = model.Direct, model.Indirect
	return []auditRow{
		{
			class: "spokesperson-participle/he-added",
			text: "Tomas Brenn, a student, said the halls were unsafe.\n\n" +
				"A spokesperson for Tarvik University urged struggling students to talk to the university, saying: “We understand this is difficult.” He added that the university had organised more than 160 events.",
			want: []quote{
				{"Tomas Brenn", ind, "the halls were unsafe"},
				{"Tarvik University", d, "We understand this is difficult."},
				{"Tarvik University", ind, "the university had organised more than 160 events"},
			},
		},
		{
			class: "spokesperson-participle/near-miss-named-since",
			text: "A spokesperson for Tarvik University urged struggling students to talk to the university, saying: “We understand this is difficult.”\n\n" +
				"Tomas Brenn, a student, said the halls were unsafe. He added that nobody had called him.",
			want: []quote{
				{"Tarvik University", d, "We understand this is difficult."},
				{"Tomas Brenn", ind, "the halls were unsafe"},
				{"Tomas Brenn", ind, "nobody had called him"},
			},
		},
	}
}

// attrS11AgeEpithetRows: "The 41-year-old star slammed ..." is the woman
// the story named before the phrase, not one named after it in the same
// sentence ("his wife, Lena"); her "she said" follows. Near miss: a
// named person of another age given is not the epithet's.
func attrS11AgeEpithetRows() []auditRow {
	const d, mx = model.Direct, model.Mixed
	return []auditRow{
		{
			class: "age-epithet/star",
			known: "merge of h11-attr and h11-devkfix: the carried \"she\" of the sentence before (devkfix) is resolved before the age epithet links \"the 41-year-old star\" to the person named first (attr), so the kin named in the sentence takes it; each branch alone passes",
			text: "MARTA Quell has blasted \"coward\" Prince Tomas for portraying himself as a \"victim\".\n\n" +
				"The 41-year-old star slammed the Duke of Tarvik and his wife, Lena, Duchess of Tarvik, three months ago, and she has now revisited her comments and explained she lashed out because she feels \"let down\" by the couple.\n\n" +
				"Speaking on her family's podcast, she said: \"I think he is a coward and I stand by every word.\"",
			want: []quote{
				{"MARTA Quell", d, "coward"},
				{"MARTA Quell", mx, "she lashed out because she feels \"let down\" by the couple"},
				{"MARTA Quell", d, "I think he is a coward and I stand by every word."},
			},
		},
		{
			class: "age-epithet/near-miss-other-age",
			text: "Tomas Brenn, 50, was arrested on Monday.\n\n" +
				"The 23-year-old cyclist told police he had been pushed off his bike.",
			want: []quote{{"", model.Indirect, "he had been pushed off his bike"}},
		},
	}
}

// attrS11LeadPartyRows: a lead's "A TPP councillor has said ..." is the
// councillor of that party named further down, not another party's
// councillor named first; a party word linked in the page ("[TPP](...)")
// is still the word. Near miss: without the party word, the first
// councillor named is taken, as before.
func attrS11LeadPartyRows() []auditRow {
	const mx = model.Mixed
	body := "Signs went up in the Osk estate this week.\n\n" +
		"Graffiti called LRP councillor Tomas Brenn a thief for taking the signs down.\n\n" +
		"LRP Osk councillor Tomas Brenn removed a number of the signs after being told of them.\n\n" +
		"[TPP](https://example.com/tpp) Osk councillor Ilse Varga has said that she has spoken to residents about the signs.\n\n"
	const span = "the signs are a \"sign of a community pushed to its limit\""
	return []auditRow{
		{
			class: "lead-party/modifier",
			text:  "A TPP councillor has said " + span + ".\n\n" + body,
			want:  []quote{{"Ilse Varga", mx, span}},
		},
		{
			class: "lead-party/near-miss-no-party",
			text:  "A local councillor has said " + span + ".\n\n" + body,
			want:  []quote{{"", mx, span}},
		},
	}
}

// attrS11GroupOfRows: "the group of Tarvik Council inspectors said" is
// people of the body, unnamed, not the body. Near misses: the body
// itself, or "the group" after a named group, keep their speakers.
func attrS11GroupOfRows() []auditRow {
	const d = model.Direct
	const q = "“We are running out of time,” "
	return []auditRow{
		{
			class: "group-of/inspectors",
			text:  q + "the group of Tarvik Council inspectors said in a statement.",
			want:  []quote{{"", d, "We are running out of time"}},
		},
		{
			class: "group-of/rapporteurs",
			text:  q + "the group of U.N. special rapporteurs said in a statement.",
			want:  []quote{{"", d, "We are running out of time"}},
		},
		{
			class: "group-of/near-miss-body",
			text:  q + "the Tarvik Council said in a statement.",
			want:  []quote{{"Tarvik Council", d, "We are running out of time"}},
		},
	}
}

// attrS11InitiativeRows: "the Tarvik Council's initiative said" (or its
// blueprint) is a writing of the council's, which speaks through it, as
// "the council's report said" is. Near miss: an initiative spoken of by
// a named person leaves the words hers.
func attrS11InitiativeRows() []auditRow {
	const ind = model.Indirect
	return []auditRow{
		{
			class: "initiative/owner-speaks",
			text:  "Spending on rural clinics needs to be raised, the Tarvik Council’s initiative said.",
			want:  []quote{{"Tarvik Council", ind, "Spending on rural clinics needs to be raised"}},
		},
		{
			class: "initiative/near-miss-object",
			text:  "Ilse Varga said the council's initiative would fail.",
			want:  []quote{{"Ilse Varga", ind, "the council's initiative would fail"}},
		},
	}
}

// attrS11OneOfRows: "“It hurt,” one of the managers present said later.
// “...”": one of a group, unnamed, speaks both, not the man named in the
// paragraph before. Near miss: "one of the managers, Tomas Brenn, said"
// names him.
func attrS11OneOfRows() []auditRow {
	const d = model.Direct
	const lead = "Finally, Arno Lisk started yelling at Brenn.\n\n"
	return []auditRow{
		{
			class: "one-of/managers-present",
			text:  lead + "“It hurt,” one of the managers present said later. “I felt humiliated by it.”",
			want:  []quote{{"", d, "It hurt"}, {"", d, "I felt humiliated by it."}},
		},
		{
			class: "one-of/managers",
			text:  lead + "“It hurt,” one of the managers said. “I felt humiliated by it.”",
			want:  []quote{{"", d, "It hurt"}, {"", d, "I felt humiliated by it."}},
		},
		{
			class: "one-of/near-miss-named",
			text:  lead + "“It hurt,” one of the managers, Tomas Vrede, said. “I felt humiliated by it.”",
			want:  []quote{{"Tomas Vrede", d, "I felt humiliated by it."}},
		},
	}
}

// attrS11ConnectiveRows: a sentence opening with a connective
// ("Nevertheless, Brenn did not want ... and calls on Tarvik to ...")
// keeps its subject for the later verb; the connective is no name.
// Near miss: without the connective, as before. Not fixed (known rows):
// listing "nevertheless" and the like as function words lifted realnews
// dev attribution 0.971 -> 0.972 only, and needs a ranker refit.
func attrS11ConnectiveRows() []auditRow {
	const ind = model.Indirect
	return []auditRow{
		{
			class: "connective/nevertheless",
			known: "a connective opening the sentence is read as the subject; making it a function word fixes this but changes the ranker's training examples (needs a refit) for a gain of 0.001",
			text:  "Nevertheless, Tomas Brenn did not want the army to get involved and calls on Tarvik to remain neutral.",
			want:  []quote{{"Tomas Brenn", ind, "Tarvik to remain neutral"}},
		},
		{
			class: "connective/nonetheless",
			known: "a connective opening the sentence is read as the subject; making it a function word fixes this but changes the ranker's training examples (needs a refit) for a gain of 0.001",
			text:  "Nonetheless, Tomas Brenn did not want the army to get involved and calls on Tarvik to remain neutral.",
			want:  []quote{{"Tomas Brenn", ind, "Tarvik to remain neutral"}},
		},
		{
			class: "connective/near-miss-none",
			text:  "Tomas Brenn opposed the war and calls on Tarvik to remain neutral.",
			want:  []quote{{"Tomas Brenn", ind, "Tarvik to remain neutral"}},
		},
	}
}

// attrS11LaterNameRows: "He said Brenn should meet ..." never means Brenn:
// a subject pronoun is not a name its own sentence goes on to use.
// Near miss: a name in apposition to the pronoun ("He, Tomas Brenn,
// said") is his. Not fixed (known row): barring such a name lifted dev-j
// attribution 0.909 -> 0.914 but the feed gold fell 0.005 and a held-out
// set's speaker F1 0.014 (names of the same person in other forms).
func attrS11LaterNameRows() []auditRow {
	const ind = model.Indirect
	const lead = "Arno Lisk flipped out. It was obvious to him Tomas Brenn wasn't ready to lead the firm.\n\n"
	return []auditRow{
		{
			class: "later-name/he-said-name",
			known: "a subject pronoun may take a name its own sentence uses later; barring it lifted dev-j but cost the feed gold and a held-out set",
			text:  lead + "He said Brenn should meet other chief executives and ask them about their jobs.",
			want:  []quote{{"Arno Lisk", ind, "Brenn should meet other chief executives"}},
		},
		{
			class: "later-name/near-miss-apposition",
			text:  lead + "He, Tomas Brenn, said the firm would manage on its own.",
			want:  []quote{{"Tomas Brenn", ind, "the firm would manage on its own"}},
		},
	}
}
