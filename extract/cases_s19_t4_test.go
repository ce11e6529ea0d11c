package extract_test

import "testing"

// Session 19, helper t4: classes the engine missed on a released pool of
// thirty real local and business reports (kept outside the repository).
// Every sentence here is invented: fictional people, places and bodies in
// the shapes the pool showed, with near misses that must not change.
//
// FIRST PASS (engine at bf4226b2, the table of 25 rows written first and
// run once): 9/25 (0.36): titled-cue-surname 6/18 (the three lead-cue
// rows of each name, whose title is in the cue's own sentence, passed),
// doubled-apostrophe 3/7 (its near misses). Two near misses failed
// before any change and are left known (t4PlaceSpeaks).
//
// On the pool itself the engine at bf4226b2 scored speaker F1 0.945,
// quote recall 0.912, attribution 0.898 on the gold as annotated (0.945,
// 0.917, 0.899 once one line was mended to the house rules: a word in
// marks after "described X as" is a direct fragment, not a mixed quote).
//
// AFTER this branch's nine fixes (one class a commit, each with its rows
// seen failing first; the classes added after the first pass were
// written whole and run once before their fix, figures in each commit):
// 66/70 rows, 4 left known with their mechanism; the pool 0.961, 0.935,
// 0.970 on the mended gold (0.961, 0.931, 0.970 as annotated). Every
// repository score set unchanged but the held-out pages heldout-a
// (attribution 0.914 -> 0.925, total only); the twelve dev pools
// unchanged.

// t4PlaceSpeaks: failing before this branch, left as they were.
const t4PlaceSpeaks = "place-speaks: a staff noun at a named building or park (\"a spokesman at Ostby City Hall\", \"rangers at Governor Brandt Park\") makes the place the speaker; so before this branch too"

func t4s19Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// titled-cue-surname: a person whose surname is a word that ends
	// place names ("West", "Hall", "Park"), brought in with a title and a
	// given name the lexicon does not know, was taken for a place, and
	// every later "West said" went to nobody.
	for _, n := range []struct{ title, given, surname string }{
		{"Chairman", "Reid", "West"},
		{"Commissioner", "Odo", "Hall"},
		{"Councillor", "Brin", "Park"},
		{"Sheriff", "Kesh", "North"},
		{"Mayor", "Tobin", "Day"},
	} {
		full := n.given + " " + n.surname
		add(auditRow{class: "titled-cue-surname/said that " + n.surname,
			text: n.title + " " + full + " opened the Ostby board meeting on Monday.\n\n" +
				n.surname + " said the board would meet again in May.",
			want: []quote{{full, auI, "the board would meet again in May"}}})
		add(auditRow{class: "titled-cue-surname/quote then " + n.surname,
			text: n.title + " " + full + " spoke at the Ostby board meeting on Monday.\n\n" +
				"\u201cWe cannot go on like this,\u201d " + n.surname + " said.",
			want: []quote{{full, auD, "We cannot go on like this"}}})
		add(auditRow{class: "titled-cue-surname/lead cue " + n.surname,
			text: n.title + " " + full + " said the Ostby budget was short by $200,000.",
			want: []quote{{full, auI, "the Ostby budget was short by $200,000"}}, speakers: []string{full}})
	}
	// Near misses: a real place after a title-like word, a building, a
	// region: no person appears.
	add(auditRow{class: "titled-cue-surname/near: the West as a bloc",
		text: "Officials in the West said the sanctions on Tarvia would stay.",
		want: []quote{{"", auI, "the sanctions on Tarvia would stay"}}, speakers: []string{}})
	add(auditRow{class: "titled-cue-surname/near: city hall",
		text: "A spokesman at Ostby City Hall said the offices would close early.",
		want: []quote{{"", auI, "the offices would close early"}}, speakers: []string{},
		known: t4PlaceSpeaks})
	add(auditRow{class: "titled-cue-surname/near: park named for a governor",
		text: "Rangers at Governor Brandt Park said the trails would reopen in June.",
		want: []quote{{"", auI, "the trails would reopen in June"}}, speakers: []string{},
		known: t4PlaceSpeaks})

	// doubled-apostrophe: some Indian agency copy opens and closes a
	// quotation with two apostrophes, ''...''; only a closing '' was read.
	add(auditRow{class: "doubled-apostrophe/open and close",
		text: "Port secretary Anil Varkey spoke at the Tarrow summit on Monday.\n\n''We will build ten new berths. The work has begun,'' he said.",
		want: []quote{{"Anil Varkey", auD, "We will build ten new berths. The work has begun"}}})
	add(auditRow{class: "doubled-apostrophe/bracket first",
		text: "Port secretary Anil Varkey spoke at the Tarrow summit on Monday.\n\n''(If) we can cut costs, more ships will come. A lot of work is underway,'' Varkey said.",
		want: []quote{{"Anil Varkey", auD, "(If) we can cut costs, more ships will come. A lot of work is underway"}}})
	add(auditRow{class: "doubled-apostrophe/after cue",
		text: "Port secretary Anil Varkey said on Monday: ''The harbour is full and the queue is long.''",
		want: []quote{{"Anil Varkey", auD, "The harbour is full and the queue is long."}}})
	add(auditRow{class: "doubled-apostrophe/two in a paragraph",
		text: "''The harbour is full,'' Anil Varkey said. ''We need two more cranes.''",
		want: []quote{{"Anil Varkey", auD, "The harbour is full"}, {"Anil Varkey", auD, "We need two more cranes."}}})
	add(auditRow{class: "doubled-apostrophe/near: single marks closed by doubled",
		text: "'We don't know yet,'' Lila Bechi said of the harbour.",
		want: []quote{{"Lila Bechi", auD, "We don't know yet"}}})
	add(auditRow{class: "doubled-apostrophe/near: feet and inches",
		text: "The crane stands 40'' taller than the old one, Anil Varkey said.",
		want: []quote{{"Anil Varkey", auI, "The crane stands 40'' taller than the old one"}}})
	add(auditRow{class: "doubled-apostrophe/near: lone doubled mark",
		text: "Anil Varkey said the berth, known locally as ''the long one, would reopen in May.",
		want: []quote{{"Anil Varkey", auI, "the berth, known locally as ''the long one, would reopen in May"}}})

	// subordinate-pronoun: "Professor Kask imposed the cap because he is
	// concerned": the "he" of a clause of reason or time after the main
	// clause is the main clause's subject. The titled subject of the
	// sentence before ("Mr Brandt") took it, and with it every "He said"
	// of the paragraph after, when "Mr" was the only gender known.
	for _, sub := range []string{"because", "after", "when", "since"} {
		add(auditRow{class: "subordinate-pronoun/" + sub,
			text: "Ostby Power's chairman, Ivo Brandt, has warned that prices could rise.\n\n" +
				"Mr Brandt said that a return to market forces could hurt. He believes that the regulator may be digging a pit.\n\n" +
				"Professor Tolan Kask imposed the cap " + sub + " he saw the market fail. He hopes that competition will be fierce. He has demanded that the two firms sell plants.\n\n" +
				"He said his cap would save customers money.",
			want: []quote{{"Ivo Brandt", auI, "prices could rise"}, {"Ivo Brandt", auI, "a return to market forces could hurt"},
				{"Tolan Kask", auI, "the two firms sell plants"}, {"Tolan Kask", auI, "his cap would save customers money"}}})
	}
	add(auditRow{class: "subordinate-pronoun/cue right after",
		text: "Ostby Power's chairman, Ivo Brandt, has warned that prices could rise.\n\n" +
			"Mr Brandt said that a return to market forces could hurt. He believes that the regulator may be digging a pit.\n\n" +
			"Professor Tolan Kask imposed the cap because he saw the market fail. He has demanded that the two firms sell plants.",
		want: []quote{{"Ivo Brandt", auI, "prices could rise"}, {"Ivo Brandt", auI, "a return to market forces could hurt"},
			{"Tolan Kask", auI, "the two firms sell plants"}},
		known: "subordinate-chain: the cue's \"He\" is resolved before the clause's \"he\" of the sentence before, while Kask's gender is unknown, and the titled \"Mr Brandt\" two sentences back still takes it"})
	// Near misses: the main subject is a body, or the pronoun's clause
	// comes first, or a woman is the main subject: unchanged.
	add(auditRow{class: "subordinate-pronoun/near: body subject",
		text: "Mr Ivo Brandt said that prices could rise.\n\nThe Ostby board fined Tolan Kask because he broke the rules. He said the fine was fair.",
		want: []quote{{"Ivo Brandt", auI, "prices could rise"}, {"Ivo Brandt", auI, "the fine was fair"}}})
	add(auditRow{class: "subordinate-pronoun/near: woman subject",
		text: "Mr Ivo Brandt said that prices could rise.\n\nMrs Tola Kask imposed the cap because he had failed. He said the cap was unfair.",
		want: []quote{{"Ivo Brandt", auI, "prices could rise"}, {"Ivo Brandt", auI, "the cap was unfair"}}})
	add(auditRow{class: "subordinate-pronoun/near: object pronoun between",
		text: "Mr Ivo Brandt said that prices could rise.\n\nThe regulator, Tolan Kask, stood beside him while he said the talks went well.",
		want: []quote{{"Ivo Brandt", auI, "prices could rise"}, {"Ivo Brandt", auI, "the talks went well"}}})
	add(auditRow{class: "subordinate-pronoun/near: spoke in same sentence",
		text: "Mr Ivo Brandt said that prices could rise.\n\nThe regulator, Tolan Kask, met Mr Brandt after he said so. He said the talks went well.",
		want: []quote{{"Ivo Brandt", auI, "prices could rise"}, {"Ivo Brandt", auI, "the talks went well"}}})

	// hearer-scene-noun: "told peers at question time that": a cue's word
	// ("question", "comment") used as a noun of the scene after the
	// hearer stopped the search for "that", and the clause was lost.
	for _, scene := range []string{"at question time", "during question time", "in a question session", "at the comment stage"} {
		add(auditRow{class: "hearer-scene-noun/" + scene,
			text: "Lady Orla Tarn told the House of Lords " + scene + " that there has to be a balance between fares and taxes.",
			want: []quote{{"Orla Tarn", auI, "there has to be a balance between fares and taxes"}}})
	}
	add(auditRow{class: "hearer-scene-noun/near: plain hearer",
		text: "Lady Orla Tarn told peers on Tuesday that there has to be a balance between fares and taxes.",
		want: []quote{{"Orla Tarn", auI, "there has to be a balance between fares and taxes"}}})
	add(auditRow{class: "hearer-scene-noun/near: request with infinitive",
		text: "Lady Orla Tarn told the committee to question the rail operators on fares.",
		want: []quote{{"Orla Tarn", auI, "the committee to question the rail operators on fares"}}})
	add(auditRow{class: "hearer-scene-noun/near: hearer then clause with a cue verb",
		text: "Lady Orla Tarn told peers the operators would question the figures.",
		want: []quote{{"Orla Tarn", auI, "the operators would question the figures"}}})

	// according-number: "According to officials 511 of 532 schools remain
	// closed": with no comma after the source, the number that opens the
	// clause was read into the source, and the clause lost its subject.
	for _, r := range []struct{ src, clause string }{
		{"officials", "511 of 532 schools remain closed in the Tarrow district"},
		{"police", "two men were arrested outside the Ostby depot on Monday"},
		{"organisers", "3,000 people joined the march through Brenmark"},
		{"witnesses", "five shots were fired near the Varn bridge"},
	} {
		add(auditRow{class: "according-number/" + r.src,
			text: "In Tarrow the strike was felt at once. According to " + r.src + " " + r.clause + ".",
			want: []quote{{"", auI, r.clause}}, exact: true})
	}
	add(auditRow{class: "according-number/near: comma",
		text: "According to officials, 40 schools remain closed in the Tarrow district.",
		want: []quote{{"", auI, "40 schools remain closed in the Tarrow district"}}, exact: true})
	add(auditRow{class: "according-number/a census",
		text: "According to the 2019 census 4,000 people live in Ostby.",
		want: []quote{{"", auI, "4,000 people live in Ostby"}}, exact: true,
		known: "according-doc-number: a document as the source with no comma and a number after it (\"according to the 2019 census 4,000 people live\") gives no quote at all; so before this branch"})
	add(auditRow{class: "according-number/near: a census year",
		text: "According to the 2019 census, 4,000 people live in Ostby.",
		want: []quote{{"", auI, "4,000 people live in Ostby"}}, exact: true})
	add(auditRow{class: "according-number/near: a named source",
		text: "According to Ivo Brandt the fund will run out in June.",
		want: []quote{{"Ivo Brandt", auI, "the fund will run out in June"}}, exact: true})
	add(auditRow{class: "according-number/near: figures of a body",
		text: "According to police figures 40 cars were stolen in Ostby last year.",
		want: []quote{{"", auI, "40 cars were stolen in Ostby last year"}}, exact: true})

	// doc-given-by: "As per the crop loss details that Mr. Mallan shared
	// with the Minister, ...": the one who gave the document or figures
	// in a relative clause speaks, as the agent of "a report released
	// by" does.
	const t4Farm = "Tarn Minister Ola Brisk visited the farms on Saturday. Joint director Kofi Mallan met him there.\n\n"
	for _, src := range []string{
		"As per the crop loss details that Mr. Mallan shared with the Minister",
		"According to the figures that Mr. Mallan gave the council",
		"According to a report that Mr. Mallan presented on Monday",
		"As per information which Mr. Mallan sent to the district office",
	} {
		add(auditRow{class: "doc-given-by/" + src,
			text: t4Farm + src + ", the crops on 6,000 hectares were destroyed.",
			want: []quote{{"Kofi Mallan", auI, "the crops on 6,000 hectares were destroyed"}}})
	}
	add(auditRow{class: "doc-given-by/near: people he met",
		text: t4Farm + "According to farmers that Mr. Mallan met on Monday, the crops on 6,000 hectares were destroyed.",
		want: []quote{{"", auI, "the crops on 6,000 hectares were destroyed"}}})
	add(auditRow{class: "doc-given-by/near: figures the minister questioned, no comma",
		text: t4Farm + "According to the figures the crops on 6,000 hectares were destroyed, Mr. Mallan said.",
		want: []quote{{"Kofi Mallan", auI, "According to the figures the crops on 6,000 hectares were destroyed"}}})

	// unclosed-narration: a straight quotation never closed runs on to the
	// next opening mark and swallows the reporter's sentences between
	// ("... last year. Mr Hayes added that ... Mike Jones said ...");
	// a sentence of an honorific, a name and a speech verb ends it.
	for _, h := range []string{"Mr", "Ms", "Dr"} {
		add(auditRow{class: "unclosed-narration/" + h,
			text: "Tarrow Tourism chief Anton Hale said bookings were up. \"The season starts well,\" " + h + " Hale said. " +
				"\"Early feedback suggests as many visitors will come as last year. " + h + " Hale added that five million people stayed home in 2011. " +
				"Consultant Mira Jonsen said hotel staff told her the market was slow. \"Travellers leave it to the last minute.\" Ms Jonsen said.",
			want: []quote{{"Anton Hale", auD, "Early feedback suggests as many visitors will come as last year."},
				{"Anton Hale", auI, "five million people stayed home in 2011"},
				{"Mira Jonsen", auI, "hotel staff told her the market was slow"},
				{"Mira Jonsen", auD, "Travellers leave it to the last minute."}}})
	}
	add(auditRow{class: "unclosed-narration/near: the speaker names a Mr inside",
		text: "\"We met the minister. Mr Varn said nothing new. We left,\" Anton Hale said.",
		want: []quote{{"Anton Hale", auD, "We met the minister. Mr Varn said nothing new. We left"}}, exact: true})
	add(auditRow{class: "unclosed-narration/near: a lost paragraph break, no narration",
		text: "\"We will rebuild the pier. It will take a year. \"But we will not give up,\" Anton Hale said.",
		want: []quote{{"Anton Hale", auD, "We will rebuild the pier. It will take a year."}, {"Anton Hale", auD, "But we will not give up"}}})

	// titled-particle-name: "New York City Mayor Bill de Blasio": after a
	// body's or city's name and a title, a surname with a particle was
	// left inside one organisation's name, and "the mayor" found no one.
	for _, n := range []struct{ title, name, role string }{
		{"Ostby City Mayor", "Olan de Brisk", "mayor"},
		{"Tarrow County Sheriff", "Ivo van Holt", "sheriff"},
		{"Kansas City Mayor", "Lena da Costa", "mayor"},
	} {
		add(auditRow{class: "titled-particle-name/" + n.name,
			text: n.title + " " + n.name + " won a vote on Tuesday.\n\n" +
				"In a statement, the " + n.role + " praised the vote: \"We are one step closer to fair rents.\"",
			want:     []quote{{n.name, auD, "We are one step closer to fair rents."}},
			speakers: []string{n.name}})
	}
	add(auditRow{class: "titled-particle-name/near: a body of the city",
		text: "Ostby City Council said in a statement that the vote would stand.",
		want: []quote{{"Ostby City Council", auI, "the vote would stand"}}, speakers: []string{"Ostby City Council"}})
	add(auditRow{class: "titled-particle-name/near: particle ending the chunk",
		text: "Ostby City Mayor Olan Brisk said de facto rents had doubled.",
		want: []quote{{"Olan Brisk", auI, "de facto rents had doubled"}}, speakers: []string{"Olan Brisk"}})

	// subordinate-issuer: "The dispute surfaced this month, when the
	// Tarrow Dockers Union released a letter ... The letter urged ...":
	// the letter's issuer is the subject of the clause of time, the
	// sentence's own subject being no name; the letter's words went to
	// the story's main speaker.
	const t4Board = "The Ostby Harbour Board has rejected a lawsuit. \"The claims are untrue,\" the board said in a statement.\n\n"
	for _, lead := range []string{
		"The dispute surfaced this month, when the Tarrow Dockers Union released a letter it sent to the governors.",
		"The row grew after the Tarrow Dockers Union, an affiliate of the port workers' federation, sent a letter to the governors.",
		"The row deepened as the Tarrow Dockers Union published a letter to the governors.",
	} {
		add(auditRow{class: "subordinate-issuer/" + lead[:12],
			text: t4Board + lead + " The letter urged the governors to intervene, asserting that a labor shortage was threatening the port.",
			want: []quote{{"Ostby Harbour Board", auD, "The claims are untrue"},
				{"Tarrow Dockers Union", auI, "the governors to intervene"},
				{"Tarrow Dockers Union", auI, "a labor shortage was threatening the port"}}})
	}
	add(auditRow{class: "subordinate-issuer/near: a letter received",
		text: t4Board + "The dispute surfaced this month, when the Tarrow Dockers Union received a letter from an unnamed sender. The letter urged the governors to intervene.",
		want: []quote{{"Ostby Harbour Board", auD, "The claims are untrue"}, {"Ostby Harbour Board", auI, "the governors to intervene"}}})
	return rows
}

func TestAuditS19T4(t *testing.T) { runAudit(t, "t4", t4s19Rows(), *auditKnown) }
