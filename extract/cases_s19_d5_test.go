package extract_test

import "testing"

// Session 19, helper d5: classes the engine missed on a pool of thirty
// real excerpts of NATIONAL POLITICS (parliaments, elections, government
// announcements in Britain, Ireland, Canada, Australia, New Zealand and
// US states; kept outside the repository). Every sentence here is
// invented: fictional people, parties and places in the shapes the pool
// showed, with near misses that must not change.
//
// FIRST PASS (engine at 890dd47a, the table of 23 rows written first and
// run once): 11/23 (0.48): particle 2/6, month-name 3/6, claiming 3/4,
// joint 1/3, group-name 2/3, open-less 0/1. (The conj-open class was
// written whole after the first fixes and run once before its fix: 4/9,
// its four near misses passing.)
//
// On the pool itself the engine at 890dd47a scored, before anyone tuned
// on it: speaker F1 0.894 (precision 0.922, recall 0.868), quote recall
// 0.942, attribution 0.858 (direct 0.957/0.829, indirect 0.947/0.873,
// mixed 0.898/0.909); with two gold lines mended to the house rules (a
// quoted word that recurs is widened by the fewest words; a reporter who
// reports in his own name speaks): 0.902, 0.946, 0.860.
//
// AFTER this branch's three fixes (one class a commit; every repository
// score set and the twelve dev pools unchanged): 27/33 rows, 6 left
// known with their mechanism; the pool: speaker F1 0.925, quote recall
// 0.959, attribution 0.905.

// Mechanisms of the rows left failing.
const (
	d5MonthName  = "month-name: a month after a preposition joins the name after it (\"On Jan 5 Marta Ilson\", \"In May Tolland said\"); so before this branch"
	d5Joint      = "joint: two bodies as one subject (\"both the X and the Y say\") get the clause once each, or the clause runs into the sentence before"
	d5TitlePlace = "title-place: a title naming a place (\"The Secretary of State for Norland called ...\") gives the place the words"
	d5OpenLess   = "open-less: an answer printed with a closing mark but no opening one is no quote, and a name inside it speaks"
)

func d5Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// particle: a Welsh patronymic particle ("ap", "ab") between a given
	// name and a surname cut the name short: "Rhodri ap Gwilym" became
	// the speaker "Rhodri" and every later "he said" went with it.
	add(auditRow{class: "particle/lead said",
		text:     "Harbour Party leader Rhodri ap Gwilym said the deal was over.\n\n“We will hold the government to account,” he said.",
		want:     []quote{{"Rhodri ap Gwilym", auI, "the deal was over"}, {"Rhodri ap Gwilym", auD, "We will hold the government to account"}},
		speakers: []string{"Rhodri ap Gwilym"}})
	add(auditRow{class: "particle/appositive",
		text: "Cerys ab Owain, the party's health spokesperson, said waiting lists were too long.",
		want: []quote{{"Cerys ab Owain", auI, "waiting lists were too long"}}, speakers: []string{"Cerys ab Owain"}})
	add(auditRow{class: "particle/said-name",
		text: "“It is a scandal,” said Dafydd ap Llewelyn, a councillor in Brynmawr.",
		want: []quote{{"Dafydd ap Llewelyn", auD, "It is a scandal"}}, speakers: []string{"Dafydd ap Llewelyn"}})
	add(auditRow{class: "particle/claiming then quotes",
		text:     "But Senedd member Iestyn ap Rhys cited concerns over the minister's donations, claiming the gift “shows a lack of judgment”.\n\n“Since becoming leader, I have held the government to account,” he said.\n\n“I remain deeply concerned.”",
		want:     []quote{{"Iestyn ap Rhys", auD, "Since becoming leader, I have held the government to account"}, {"Iestyn ap Rhys", auD, "I remain deeply concerned."}},
		speakers: []string{"Iestyn ap Rhys"}})
	add(auditRow{class: "particle/near: no particle",
		text: "Harbour Party leader Rhodri Gwilym said the deal was over.",
		want: []quote{{"Rhodri Gwilym", auI, "the deal was over"}}, speakers: []string{"Rhodri Gwilym"}})
	add(auditRow{class: "particle/near: agency AP",
		text: "Gwen Rowlands told AP the count was late.",
		want: []quote{{"Gwen Rowlands", auI, "the count was late"}}, speakers: []string{"Gwen Rowlands"}})

	// month-name: a given name that is also a month or its short form
	// ("Jan", "April", "June"). "Jan" was a man's name only, so the
	// governor "Jan Brewster" could not be "she" and her words went to
	// another woman; it is a woman's name too ("Jan" Brewer, Schakowsky)
	// as well as a man's (Egeland, Kubis).
	add(auditRow{class: "month-name/Gov. Jan",
		text: "In 2007, Gov. Martha Ilson signed a similar measure.\n\nRecently, Gov. Jan Brewster approved a bill on custodial services. But she said she was concerned about the cost of implementing it.",
		want: []quote{{"Jan Brewster", auI, "she was concerned about the cost of implementing it"}}, speakers: []string{"Jan Brewster"}})
	add(auditRow{class: "month-name/near: he after Jan",
		text: "Recently, envoy Jan Vostrand arrived in Tarvik. But he said the talks had stalled.",
		want: []quote{{"Jan Vostrand", auI, "the talks had stalled"}}, speakers: []string{"Jan Vostrand"}})
	add(auditRow{class: "month-name/Jan appositive",
		text: "Jan Vostrik, the mayor, said the bridge would reopen in spring.",
		want: []quote{{"Jan Vostrik", auI, "the bridge would reopen in spring"}}, speakers: []string{"Jan Vostrik"}})
	add(auditRow{class: "month-name/April said-name",
		text: "“We will appeal,” said April Dunmore, a spokeswoman for the union.",
		want: []quote{{"April Dunmore", auD, "We will appeal"}}, speakers: []string{"April Dunmore"}})
	add(auditRow{class: "month-name/June told",
		text: "June Halloway told reporters the vote was lost.",
		want: []quote{{"June Halloway", auI, "the vote was lost"}}, speakers: []string{"June Halloway"}})
	add(auditRow{class: "month-name/near: Jan date",
		text: "On Jan 5 Marta Ilson said the budget was late.",
		want: []quote{{"Marta Ilson", auI, "the budget was late"}}, speakers: []string{"Marta Ilson"},
		known: d5MonthName})
	add(auditRow{class: "month-name/near: in May",
		text: "Piet Tolland spoke at the rally. In May Tolland said the plan had failed.",
		want: []quote{{"Piet Tolland", auI, "the plan had failed"}}, speakers: []string{"Piet Tolland"},
		known: d5MonthName})

	// claiming: a participle of claiming after a comma, when the main
	// clause's verb says nothing ("cited concerns", "accused X of"),
	// introduces the subject's reported words.
	add(auditRow{class: "claiming/cited concerns",
		text: "Plaid leader Ifor Kaye cited concerns over the minister's finances as a factor, claiming the gift from a convicted firm “shows a serious lack of judgment”.",
		want: []quote{{"Ifor Kaye", auM, "the gift from a convicted firm “shows a serious lack of judgment”"}}})
	add(auditRow{class: "claiming/accused of",
		text: "Deputy leader Greta Varn said the party was “mired in scandal”.\n\nAnd she accused Tolland of being a “caretaker premier”, claiming he had failed to prove he was his “own man”.",
		want: []quote{{"Greta Varn", auM, "the party was “mired in scandal”"}, {"Greta Varn", auD, "caretaker premier"}, {"Greta Varn", auM, "he had failed to prove he was his “own man”"}}})
	add(auditRow{class: "claiming/near: plain clause",
		text: "Dorren Mills raised prices in May, claiming costs had risen.",
		want: []quote{{"Dorren Mills", auI, "costs had risen"}}})
	add(auditRow{class: "claiming/near: others speak",
		text: "Ifor Kaye visited the site on Monday, meeting workers who said wages were low.",
		want: []quote{{"", auI, "wages were low"}}, speakers: []string{}})

	// conj-open: a sentence opened by "But", "And" or "Yet" took the
	// conjunction for an introductory phrase running to the first comma
	// ("After the vote, ..."), so the subject was looked for after the
	// comma: a participle's clause ("..., claiming ...", "..., saying
	// ...") or a second verb's ("... and claimed ...") had no speaker or
	// no quote at all.
	add(auditRow{class: "conj-open/but saying",
		text: "But Ifor Kaye visited the site, saying the plan had failed.",
		want: []quote{{"Ifor Kaye", auI, "the plan had failed"}}, speakers: []string{"Ifor Kaye"}})
	add(auditRow{class: "conj-open/and insisting",
		text: "And Ifor Kaye left the chamber, insisting he was right.",
		want: []quote{{"Ifor Kaye", auI, "he was right"}}, speakers: []string{"Ifor Kaye"}})
	add(auditRow{class: "conj-open/but and claimed",
		text: "But Ifor Kaye cited concerns and claimed the gift was improper.",
		want: []quote{{"Ifor Kaye", auI, "the gift was improper"}}, speakers: []string{"Ifor Kaye"}})
	add(auditRow{class: "conj-open/but claiming mixed",
		text: "But Harbour leader Ifor Kaye cited concerns over the premier's campaign finances as a factor, claiming the receipt of £200,000 from a convicted firm “demonstrates a lack of judgment”.",
		want: []quote{{"Ifor Kaye", auM, "the receipt of £200,000 from a convicted firm “demonstrates a lack of judgment”"}}})
	add(auditRow{class: "conj-open/and accused of being",
		text: "And Greta Varn accused the premier of being a “caretaker premier”.",
		want: []quote{{"Greta Varn", auD, "caretaker premier"}}})
	add(auditRow{class: "conj-open/near: but after the vote",
		text: "But after the vote, Ifor Kaye said the count was fair.",
		want: []quote{{"Ifor Kaye", auI, "the count was fair"}}, speakers: []string{"Ifor Kaye"}})
	add(auditRow{class: "conj-open/near: and while",
		text: "And while the count went on, Greta Varn said she was confident.",
		want: []quote{{"Greta Varn", auI, "she was confident"}}, speakers: []string{"Greta Varn"}})
	add(auditRow{class: "conj-open/near: but comma statement",
		text: "But, in a statement, the Harbour Party said the count was fair.",
		want: []quote{{"Harbour Party", auI, "the count was fair"}}})
	add(auditRow{class: "conj-open/near: still",
		text: "Still, Ifor Kaye cited concerns, claiming the gift was improper.",
		want: []quote{{"Ifor Kaye", auI, "the gift was improper"}}})

	// joint: two bodies as one subject ("both the X and the Y say") speak
	// together: their clause is null, not the last person's.
	add(auditRow{class: "joint/both say",
		text:  "Premier Orla Fenwick claims rival parties are “reckless”, but both the Harbour Party and the Greens say she has it backwards.",
		want:  []quote{{"Orla Fenwick", auM, "rival parties are “reckless”"}, {"", auI, "she has it backwards"}},
		known: d5Joint})
	add(auditRow{class: "joint/both say, own paragraph",
		text:  "Premier Orla Fenwick says she has the “safe hands” to lead Norland.\n\nBoth the Harbour Party and the Greens say she has the whole thing backwards.",
		want:  []quote{{"Orla Fenwick", auM, "she has the “safe hands” to lead Norland"}, {"", auI, "she has the whole thing backwards"}},
		known: d5Joint})
	add(auditRow{class: "joint/near: one party",
		text: "Premier Orla Fenwick says she has the “safe hands” to lead Norland.\n\nThe Harbour Party says she has the whole thing backwards.",
		want: []quote{{"Orla Fenwick", auM, "she has the “safe hands” to lead Norland"}, {"Harbour Party", auI, "she has the whole thing backwards"}}})

	// group-name: a capitalised group ending in a plural noun ("Harbour
	// Party Assembly Members", "Labour Councillors") is no person: it is
	// not a speaker, and a description later is not linked to it.
	add(auditRow{class: "group-name/plural members",
		text:     "The Greens questioned whether Harbour Party Assembly Members would be able to scrutinise ministers.\n\nThe Secretary of State for Norland called the deal an “absolute farce”.\n\nMr Tolland said: “It is very curious to be both government and opposition.”",
		want:     []quote{{"Greens", auI, "whether Harbour Party Assembly Members would be able to scrutinise ministers"}, {"Tolland", auD, "It is very curious to be both government and opposition."}},
		speakers: []string{"Greens", "Tolland"},
		known:    d5TitlePlace})
	add(auditRow{class: "group-name/councillors",
		text: "Some Harbour Party Councillors said the plan was rushed.",
		want: []quote{{"", auI, "the plan was rushed"}}, speakers: []string{}})
	add(auditRow{class: "group-name/near: senator",
		text: "Senator Idris Molle said the vote was rigged.",
		want: []quote{{"Idris Molle", auI, "the vote was rigged"}}, speakers: []string{"Idris Molle"}})

	// open-less: a transcribed answer printed with a closing mark but no
	// opening one; a name inside it ("I would agree with X when he
	// says") is no speaker.
	add(auditRow{class: "open-less/agree with",
		text:     "Shadow minister Greta Varn said they wanted restraint.\n\nHere’s what she told the program:\n\nWhat we want is restraint. I would agree with Piet Skell when he says that this is a tax budget. It is high tax, and families will be worse off for it.”",
		want:     []quote{{"Greta Varn", auI, "they wanted restraint"}, {"Greta Varn", auD, "What we want is restraint. I would agree with Piet Skell when he says that this is a tax budget. It is high tax, and families will be worse off for it."}},
		speakers: []string{"Greta Varn"},
		known:    d5OpenLess})
	return rows
}

func TestAuditS19D5(t *testing.T) { runAudit(t, "d5", d5Rows(), *auditKnown) }
