package extract_test

import "testing"

// Session 20, helper marks: QUOTATION MARKS AND SENTENCES, drawn from the
// classified misses of ten fresh dev pools (real excerpts kept outside the
// repository). Every sentence here is invented: fictional people, places
// and bodies, in the shapes the pools showed, with near misses that must
// not change.
//
// FIRST PASS (engine at f1da3e53, each class's table written first and
// run once): parabreak 4/9 (the five run-in rows all failed, the four near
// misses passed; two rows, the paragraph-final close and the colon's glued
// opening mark, were added after a tuned pool showed the latter);
// nested 2/5 (the three unclosed inner quotations failed, the two near
// misses passed); glued 2/5 (the three glued rows failed; two of them were
// reworded after, to a cue and a body the engine reads with the space in
// place, so they test the glued stop alone); mixedstyle 3/6 (the dash
// stand-in, the single open with a double close and the double prime
// failed; the near misses and the curly open with a straight close
// passed); stopcue 5/5 (the shape already read; its pool miss is of
// another class); strayclose 2/4 (left known); gluedopen 1/3 (the near
// miss passed; one row's speaker reworded to a full name after);
// innerpairs 2/4 (the two- and three-pair rows failed, the near misses
// passed); backticks 3/4 (the three ``...'' rows already read; the near
// miss wanted a speaker for an unnamed union, mended to nobody).
//
// AFTER this branch's five fixes (one commit a class): 41/47 rows, 6 left
// known with their mechanism (glued-stop 3, stray-close 2, double-prime
// 1). Dev pools pooled: speaker F1 .893 -> .896, quote
// recall .932 -> .935, attribution .883 -> .889; tuned pools .948/.968/
// .936 -> .948/.969/.936; no repository score set fell.

func marksRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// parabreak: a quotation opened in one paragraph and never closed
	// there, whose next paragraph carries on WITHOUT a fresh opening mark
	// and closes before its cue (“... refused.¶I thought ... down,” he
	// said.). The second paragraph is the same speaker's next quote.
	add(auditRow{class: "parabreak/curly, close then said",
		text: "Councillor Aine Rusk raised the matter at the meeting of Dunmere County Council.\n\n“Between the fees and the notices, families can spend up to €6,000 and then they are refused.\n\nI thought that anyone who had lived in the valley all their life should qualify, but they are turned down anyway,” she said.",
		want: []quote{
			{"Aine Rusk", auD, "Between the fees and the notices, families can spend up to €6,000 and then they are refused."},
			{"Aine Rusk", auD, "I thought that anyone who had lived in the valley all their life should qualify, but they are turned down anyway"}}})
	add(auditRow{class: "parabreak/curly, close then name said, narration after",
		text: "The governor of the Bank of Tarsland, Oskar Vell, spoke on Tuesday.\n\n“It is very important to keep prices in mind before any decision. For now, we are hoping inflation will ease.\n\nFor now, we see it at 4.5 per cent,” Vell said. The bank chief denied the board ever promised a cut.",
		want: []quote{
			{"Oskar Vell", auD, "It is very important to keep prices in mind before any decision. For now, we are hoping inflation will ease."},
			{"Oskar Vell", auD, "For now, we see it at 4.5 per cent"}}})
	add(auditRow{class: "parabreak/straight, close then name said during",
		text: "The head of the Corvish Athletes' Council, rower Mila Grent, described the call.\n\n\"All our rights have been ignored. We were not involved in any discussion of the rules.\n\nEverything that is happening now can lead to the end of the movement. The chairman replied that this was hard for them,\" Grent said during a meeting of the council.\n\n\"Many athletes spoke for our return. I hope others will hear us,\" the champion added.",
		want: []quote{
			{"Mila Grent", auD, "All our rights have been ignored. We were not involved in any discussion of the rules."},
			{"Mila Grent", auD, "Everything that is happening now can lead to the end of the movement. The chairman replied that this was hard for them"},
			{"Mila Grent", auD, "Many athletes spoke for our return. I hope others will hear us"}},
		speakers: []string{"Mila Grent"}})
	add(auditRow{class: "parabreak/curly, three paragraphs, middle reopened",
		text: "Harbour master Tomas Ekwall spoke after the storm.\n\n“The pier took the worst of it.\n\n“We lost two cranes and a shed.\n\nThe rest of the port will open on Monday,” said Ekwall.",
		want: []quote{
			{"Tomas Ekwall", auD, "The pier took the worst of it."},
			{"Tomas Ekwall", auD, "We lost two cranes and a shed."},
			{"Tomas Ekwall", auD, "The rest of the port will open on Monday"}}})
	add(auditRow{class: "parabreak/curly, says name after close",
		text: "The union wrote to the minister on Friday.\n\n“Our members have waited three years for this review.\n\nThey will not wait another three,” says union secretary Brigid Oltmann.",
		want: []quote{
			{"Brigid Oltmann", auD, "Our members have waited three years for this review."},
			{"Brigid Oltmann", auD, "They will not wait another three"}}})
	// Near misses: the next paragraph is the reporter's, or the first
	// quotation was closed, or the next one opens afresh.
	add(auditRow{class: "parabreak/near: closed first, stray close later",
		text: "“We will rebuild the pier,” said harbour master Tomas Ekwall.\n\nThe council met on Monday and agreed the budget” for the year.",
		want: []quote{{"Tomas Ekwall", auD, "We will rebuild the pier"}}, exact: true})
	add(auditRow{class: "parabreak/near: open, narration with a term",
		text: "Councillor Aine Rusk spoke first. “The fees are too high for families.\n\nThe council later voted to cut the “notice fee” by half.",
		want: []quote{{"Aine Rusk", auD, "The fees are too high for families."}}})
	add(auditRow{class: "parabreak/near: open, narration without marks",
		text: "Councillor Aine Rusk spoke first. “The fees are too high for families.\n\nThe council later voted to cut the fee by half.",
		want: []quote{{"Aine Rusk", auD, "The fees are too high for families."}}, exact: true})
	add(auditRow{class: "parabreak/near: open, next opens afresh",
		text: "Harbour master Tomas Ekwall spoke after the storm.\n\n“The pier took the worst of it.\n\n“The rest of the port will open on Monday,” said Ekwall.",
		want: []quote{
			{"Tomas Ekwall", auD, "The pier took the worst of it."},
			{"Tomas Ekwall", auD, "The rest of the port will open on Monday"}}, exact: true})
	add(auditRow{class: "parabreak/curly, closed at the paragraph end",
		text: "Harbour master Tomas Ekwall spoke after the storm.\n\n“The pier took the worst of it.\n\nThe rest of the port will open on Monday.”\n\nThe storm moved north overnight.",
		want: []quote{
			{"Tomas Ekwall", auD, "The pier took the worst of it."},
			{"Tomas Ekwall", auD, "The rest of the port will open on Monday."}}})
	add(auditRow{class: "parabreak/near: open, colon then a glued mark opens",
		text: "Senator Ines Marr issued a statement: “Our hearts go out to the family of the officer.\n\nThe senators who chair the committee also wrote. Senator Pol Vanek wrote:”On behalf of my colleagues, I extend our condolences.”",
		want: []quote{
			{"Ines Marr", auD, "Our hearts go out to the family of the officer."},
			{"Pol Vanek", auD, "On behalf of my colleagues, I extend our condolences."}}})

	// nested: a run of quoted paragraphs, each reopened, one of which
	// opens a quotation inside the quotation and never closes it (“...
	// they will say, “you saw our crowds.¶“These are ...). The run goes on:
	// every paragraph is the first paragraph's speaker's.
	add(auditRow{class: "nested/unclosed inner, says colon run",
		text: "Campaign chief Rafe Dunmore says:\n\n“The buses are a show of strength, nothing more.\n\n“This is meant to cover the count, so that later they will say, “you saw our crowds.\n\n“These are nothing but optics to fool the observers.\n\n“Those with the crowds do not bus them in.”\n\nThe party did not respond.",
		want: []quote{
			{"Rafe Dunmore", auD, "The buses are a show of strength, nothing more."},
			{"Rafe Dunmore", auD, "This is meant to cover the count, so that later they will say, “you saw our crowds."},
			{"Rafe Dunmore", auD, "These are nothing but optics to fool the observers."},
			{"Rafe Dunmore", auD, "Those with the crowds do not bus them in."}}})
	add(auditRow{class: "nested/unclosed inner, said cue on first",
		text: "“The harbour will not reopen this winter,” said Ilse Marrow, the port director.\n\n“The board told us, “wait until the spring.\n\n“We cannot wait that long. The boats are already leaving.”",
		want: []quote{
			{"Ilse Marrow", auD, "The harbour will not reopen this winter"},
			{"Ilse Marrow", auD, "The board told us, “wait until the spring."},
			{"Ilse Marrow", auD, "We cannot wait that long. The boats are already leaving."}}})
	add(auditRow{class: "nested/unclosed inner mid-paragraph, narration after",
		text: "Farmer Jonas Pell described the meeting.\n\n“The inspector just said, “the rules are the rules. Nobody listened to us.\n\n“We will appeal the decision next month.”\n\nThe ministry said it would review the case.",
		want: []quote{
			{"Jonas Pell", auD, "We will appeal the decision next month."}}})
	// Near misses: the inner quotation closed; a run with no inner one.
	add(auditRow{class: "nested/near: inner closed",
		text: "Campaign chief Rafe Dunmore says:\n\n“The buses are a show of strength, nothing more.\n\n“Later they will say, ‘you saw our crowds’.\n\n“These are nothing but optics to fool the observers.”",
		want: []quote{
			{"Rafe Dunmore", auD, "The buses are a show of strength, nothing more."},
			{"Rafe Dunmore", auD, "These are nothing but optics to fool the observers."}}})
	add(auditRow{class: "nested/near: new speaker's quote after a closed run",
		text: "Campaign chief Rafe Dunmore says:\n\n“The buses are a show of strength.”\n\nHis rival Oda Stenn disagreed.\n\n“They will say, “you saw our crowds.\n\n“It is the same every time,” Stenn said.",
		want: []quote{
			{"Rafe Dunmore", auD, "The buses are a show of strength."},
			{"Oda Stenn", auD, "It is the same every time"}}})

	// glued: a sentence's full stop glued to the next sentence's first
	// word, the space lost in the scrape ("per year.The team thinks ...").
	// The next sentence is a sentence of its own, with its own speaker.
	add(auditRow{class: "glued/the, agency then team",
		text:  "Data released by the Tarsland Space Agency suggest the seas are rising at 3.1 millimetres per year.The team of scientists said the rise would have been far smaller without the warming.",
		want:  []quote{{"team of scientists", auI, "the rise would have been far smaller without the warming"}},
		known: "glued-stop: a word glued to the next sentence across its full stop (year.The) is one token to scanWord, so the sentence runs on; splitting it there (tried: a lower-case word of 3+ letters, a capital then a lower-case letter) passed these rows but cost a dev pool a quote, whose run-on span had overlapped a clause with an unread cue (thinks)"})
	add(auditRow{class: "glued/said then name",
		text: "The levy will rise in May, the Velmark finance ministry said.Minister Oda Stenn said the rise was unavoidable.",
		want: []quote{
			{"Velmark finance ministry", auI, "The levy will rise in May"},
			{"Oda Stenn", auI, "the rise was unavoidable"}},
		known: "glued-stop: a word glued to the next sentence across its full stop (year.The) is one token to scanWord, so the sentence runs on; splitting it there (tried: a lower-case word of 3+ letters, a capital then a lower-case letter) passed these rows but cost a dev pool a quote, whose run-on span had overlapped a clause with an unread cue (thinks)"})
	add(auditRow{class: "glued/in, then pronoun sentence",
		text: "Harbour master Tomas Ekwall said the pier would reopen on Monday.In a statement, the Ostrava Port Authority said repairs would cost €2m.",
		want: []quote{
			{"Tomas Ekwall", auI, "the pier would reopen on Monday"},
			{"Ostrava Port Authority", auI, "repairs would cost €2m"}},
		known: "glued-stop: a word glued to the next sentence across its full stop (year.The) is one token to scanWord, so the sentence runs on; splitting it there (tried: a lower-case word of 3+ letters, a capital then a lower-case letter) passed these rows but cost a dev pool a quote, whose run-on span had overlapped a clause with an unread cue (thinks)"})
	// Near misses: dotted names and abbreviations stay whole.
	add(auditRow{class: "glued/near: web address",
		text: "Brannock Foods said on its website, brannock.com, that the recall covered two batches.",
		want: []quote{{"Brannock Foods", auI, "the recall covered two batches"}}})
	add(auditRow{class: "glued/near: initials and abbreviation",
		text: "The U.S. envoy to Tarsland, Gov. Ruth Alder, said the talks would resume in June.",
		want: []quote{{"Ruth Alder", auI, "the talks would resume in June"}}})

	// mixedstyle: a quotation opened in one style of mark and closed in
	// another, or holding a mark of another style set apart as a dash
	// ("... by the other side ” the expulsion of ...,"). The close of the
	// opener's own style, or the one the cue follows, ends it.
	add(auditRow{class: "mixedstyle/curly dash inside straight",
		text: "\"On Monday the envoy of Tarsland was summoned to the ministry. A strong protest was made over another provocation by the other side ” the expulsion of our consul on March 3,\" the Velmark foreign ministry said in a statement.",
		want: []quote{{"Velmark foreign ministry", auD, "On Monday the envoy of Tarsland was summoned to the ministry. A strong protest was made over another provocation by the other side ” the expulsion of our consul on March 3"}}})
	add(auditRow{class: "mixedstyle/single open, straight double close",
		text: "Defence chief Amos Kell answered the committee.\n\n'We made the right call. And we made it for the right reasons,\" Kell told members of the committee.",
		want: []quote{{"Amos Kell", auD, "We made the right call. And we made it for the right reasons"}}})
	add(auditRow{class: "mixedstyle/curly open, straight close, said",
		text: "“The harbour will not reopen this winter,\" said Ilse Marrow, the port director.",
		want: []quote{{"Ilse Marrow", auD, "The harbour will not reopen this winter"}}})
	add(auditRow{class: "mixedstyle/double prime close then straight open",
		text: "Campaigner Rosa Venn spoke in Tarsby.\n\n“When the felling was cut back, it became common to clear smaller plots. Today that no longer happens,″ she said. \"We have the return of big clearings. That shows there is no fear any more.”",
		want: []quote{
			{"Rosa Venn", auD, "When the felling was cut back, it became common to clear smaller plots. Today that no longer happens"},
			{"Rosa Venn", auD, "We have the return of big clearings. That shows there is no fear any more."}},
		known: "double-prime: the tokenizer reads no quotation mark in a double prime (″), an inch or second sign far more often, so the quotation runs on over its cue"})
	// Near misses: a dash of the right kind; a quotation in one style.
	add(auditRow{class: "mixedstyle/near: real dash inside straight",
		text: "\"A strong protest was made over another provocation – the expulsion of our consul,\" the Velmark foreign ministry said.",
		want: []quote{{"Velmark foreign ministry", auD, "A strong protest was made over another provocation – the expulsion of our consul"}}})
	add(auditRow{class: "mixedstyle/near: single marks throughout",
		text: "Defence chief Amos Kell answered the committee.\n\n'We made the right call,' Kell told members of the committee.",
		want: []quote{{"Amos Kell", auD, "We made the right call"}}})

	// stopcue: a quotation closed with its full stop inside the marks, then
	// an inverted cue in lower case ("... seven months ago.” says group
	// spokesperson X.): the stop is the writer's slip for a comma, and
	// the cue is the quotation's.
	add(auditRow{class: "stopcue/says org spokesperson name",
		text: "“Our researcher asked for all these reports more than seven months ago under the records law.” says Tarsby Rights Group spokesperson Ana Rulfo.",
		want: []quote{{"Ana Rulfo", auD, "Our researcher asked for all these reports more than seven months ago under the records law."}}})
	add(auditRow{class: "stopcue/said title name",
		text: "The council met on Tuesday.\n\n“Every cent of the budget has already been spent.” said Mayor Jon Brekke.",
		want: []quote{{"Jon Brekke", auD, "Every cent of the budget has already been spent."}}})
	add(auditRow{class: "stopcue/adds name",
		text: "“We will keep the clinic open until the summer.” adds Dr Lena Ostrow, who runs it.",
		want: []quote{{"Lena Ostrow", auD, "We will keep the clinic open until the summer."}}})
	// Near misses: a capital after the close starts a new sentence.
	add(auditRow{class: "stopcue/near: capital after the close",
		text: "Mayor Jon Brekke spoke first.\n\n“Every cent of the budget has already been spent.” Said to be furious, the treasurer left early.",
		want: []quote{{"Jon Brekke", auD, "Every cent of the budget has already been spent."}}})
	add(auditRow{class: "stopcue/near: comma close",
		text: "“Every cent of the budget has already been spent,” said Mayor Jon Brekke.",
		want: []quote{{"Jon Brekke", auD, "Every cent of the budget has already been spent"}}})

	// strayclose: a single closing mark with no opener before its cue
	// ("... an immediate truce,’ said Ambassador X"): nothing was quoted;
	// the clause before the cue is reported speech.
	add(auditRow{class: "strayclose/single close, said title name",
		text:  "The council adopted a statement with all fifteen members in favour and the truce will hold,’ said Velmark Ambassador Ines Marr, president of the council for May.",
		want:  []quote{{"Ines Marr", auI, "The council adopted a statement with all fifteen members in favour and the truce will hold"}},
		known: "stray-close: the cue rules read \"X, said Y\" only with the comma right before the verb; a stray closing mark between them hides the comma"})
	add(auditRow{class: "strayclose/straight single close, said name",
		text:  "The board will meet again in June to review the fares,' said Oda Stenn, the board's chair.",
		want:  []quote{{"Oda Stenn", auI, "The board will meet again in June to review the fares"}},
		known: "stray-close: the cue rules read \"X, said Y\" only with the comma right before the verb; a stray closing mark between them hides the comma"})
	add(auditRow{class: "strayclose/near: no mark",
		text: "The council adopted a statement with all fifteen members in favour and the truce will hold, said Velmark Ambassador Ines Marr.",
		want: []quote{{"Ines Marr", auI, "The council adopted a statement with all fifteen members in favour and the truce will hold"}}})
	add(auditRow{class: "strayclose/near: paired single marks",
		text: "'The board will meet again in June to review the fares,' said Oda Stenn, the board's chair.",
		want: []quote{{"Oda Stenn", auD, "The board will meet again in June to review the fares"}}})

	// gluedopen: a quotation's opening mark set as a closing one, glued to
	// the sentence it opens after the cue's full stop (said Brekke.”The
	// next ...”): it opens the next quotation.
	add(auditRow{class: "gluedopen/after said name",
		text: "“I know this decision is mine as the chief executive,” said Jon Brekke.”Coming to this post three hours ago, I have no recommendation. But I will have one overnight.”",
		want: []quote{
			{"Jon Brekke", auD, "I know this decision is mine as the chief executive"},
			{"Jon Brekke", auD, "Coming to this post three hours ago, I have no recommendation. But I will have one overnight."}}})
	add(auditRow{class: "gluedopen/after name said",
		text: "Mayor Jon Brekke spoke after the vote.\n\n“We lost,” Brekke said.”Next year we will win the seat back.”",
		want: []quote{
			{"Jon Brekke", auD, "We lost"},
			{"Jon Brekke", auD, "Next year we will win the seat back."}}})
	// Near miss: the glued mark closes an open quotation.
	add(auditRow{class: "gluedopen/near: closes the open one",
		text: "Dr Lena Ostrow, who runs the clinic, described the reports as “false and spiteful.”Ostrow said she had never spoken to the paper.",
		want: []quote{{"Lena Ostrow", auI, "she had never spoken to the paper"}}})

	// innerpairs: a quotation holding two or more terms in the same curly
	// marks (“... posting a “notice” on its site ... this “notice” to
	// the families,” said X): each inner pair sits inside the outer one.
	add(auditRow{class: "innerpairs/two inner pairs, said name",
		text: "“The board tried to look open by posting a “notice” on its site. It is clear the board never sent this “notice” to the families,” said Ana Rulfo, a spokesperson for the Tarsby Rights Group.",
		want: []quote{{"Ana Rulfo", auD, "The board tried to look open by posting a “notice” on its site. It is clear the board never sent this “notice” to the families"}}})
	add(auditRow{class: "innerpairs/three inner pairs, name said",
		text: "“They call it “reform”, they call it “progress”, and they call it “fair”, but it is none of these,” Oda Stenn said.",
		want: []quote{{"Oda Stenn", auD, "They call it “reform”, they call it “progress”, and they call it “fair”, but it is none of these"}}})
	// Near misses: one inner pair; two quotations side by side.
	add(auditRow{class: "innerpairs/near: one inner pair",
		text: "“The board posted a “notice” on its site and nothing more,” said Ana Rulfo.",
		want: []quote{{"Ana Rulfo", auD, "The board posted a “notice” on its site and nothing more"}}})
	add(auditRow{class: "innerpairs/near: two quotations and a cue between",
		text: "“We posted a notice,” said Ana Rulfo. “The families were told.”",
		want: []quote{{"Ana Rulfo", auD, "We posted a notice"}, {"Ana Rulfo", auD, "The families were told."}}})

	// backticks: quotations opened by doubled backticks and closed by
	// doubled apostrophes, the old wire and TeX style (``...''): marks
	// like any other.
	add(auditRow{class: "backticks/said name after",
		text: "``The pier took the worst of the storm,'' said harbour master Tomas Ekwall.",
		want: []quote{{"Tomas Ekwall", auD, "The pier took the worst of the storm"}}})
	add(auditRow{class: "backticks/colon then quotation",
		text: "Winger Marco Dellan, who has also played for Tarsby and Velmark, commented: ``I am happy to join such a great club.''",
		want: []quote{{"Marco Dellan", auD, "I am happy to join such a great club."}}})
	add(auditRow{class: "backticks/fragment in a clause",
		text: "The Ostrava Port Authority said the sheds were in a ``deplorable'' state after the storm.",
		want: []quote{{"Ostrava Port Authority", auM, "the sheds were in a ``deplorable'' state after the storm"}}})
	// Near miss: a lone backtick or a possessive plural is no mark.
	add(auditRow{class: "backticks/near: plural possessive",
		text: "The harbour masters' union said the pier would reopen on Monday.",
		want: []quote{{"", auI, "the pier would reopen on Monday"}}})
	return rows
}

func TestAuditS20Marks(t *testing.T) { runAudit(t, "marks", marksRows(), *auditKnown) }
