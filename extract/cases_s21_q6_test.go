package extract_test

import (
	"flag"
	"fmt"
	"testing"
)

// Session 21, dev pool q6 (court reports from Nigeria, Kenya and Pakistan,
// British and New Zealand health stories, Philippine senators). Three
// classes of false and missed speakers, probed with invented people:
//
// Shape "postnominal-caps": letters after a name that only capitals make
// post-nominal ("Dayo Ade SAN", a Senior Advocate of Nigeria; "Raj Mehta
// MLA", "Ann Lee MPP", "Chief Olu Bade GCON") were kept in the name, so
// "Tobi Ekun SAN" was a person of its own and "Ekun SAN" a body. Near
// misses: "San" starting a place ("San Marco"), a title before a name
// ("Congress MLA Raj Mehta said").
//
// Shape "quantity-start": a plural quantity noun opening a sentence
// ("Dozens of delegates walked out", "Hundreds of nurses") was read as a
// name, and took the pronoun and the quotes of the person the story is
// about. Near misses: quantities mid-sentence, a surname that a word list
// might hold ("Tens" is none).
//
// Shape "aged-title": an age between the article and a title ("the
// 71-year-old Senate President said", "the 58-year-old minister said")
// cut the title off its holder named before: the first became a body of
// that name, the second nobody. Near misses: another holder given an age,
// an age alone, a title of another field.
//
// Shape "nested-relative": a relative clause with a speech verb nested in
// an aside after a name ("Sen. Ivo Dask, who posted a photo which
// confirmed he tested negative, said he was ill") took the main clause
// into what "confirmed" reports, so "said" was lost and the senator with
// it. Near misses: no aside opened by ", who", no speech verb after the
// closing comma.
//
// Shape "reply-who": "He was replying to Lars Brenn (Green Party) who
// said ...": the reply took "who said ..." as what the replier said, and
// the one replied to, described by the relative clause, was lost (the
// bracketed party also hid him from "who"). Near misses: a comma before
// "who"; a reply with a "that" clause of its own.
//
// First pass (before the fixes): 16/30 rows; nested-relative 2/5 and
// reply-who 2/5 (their near misses); for the first three classes 12/20. Every near miss but one passed;
// the one, "the 44-year-old minister" after "Finance Minister Lars Brenn,
// 44", failed because the age was read as the office's field ("the health
// minister" is not the aviation minister) and is fixed with the rest. Of
// the positives, "Scores", "Millions" and "Tens" were already no names
// in this shape, and "the 58-year-old minister" already resolved here
// through the last speaker (in a longer story it did not).

var q6Known = flag.Bool("q6.known", false, "TestAuditS21Q6 runs its known failures too, to see which a change fixed")

func q6PostNominalRows() []auditRow {
	return []auditRow{
		{class: "postnominal-caps/san", text: "Court adjourns Obaro case\n\nBut counsel to the defendant, Tobi Ekun SAN, argued that the case was not ripe for hearing.\n\nThe judge adjourned the case to Friday.",
			want: []quote{{"Tobi Ekun", auI, "the case was not ripe for hearing"}}, speakers: []string{"Tobi Ekun"}},
		{class: "postnominal-caps/san", text: "Court adjourns Obaro case\n\nThe counsel to the clan, Mr Wale Orode, SAN, has filed an application.\n\nHowever, Orode SAN said the judge still had his discretion to hear the case.",
			want: []quote{{"Wale Orode", auI, "the judge still had his discretion to hear the case"}}, speakers: []string{"Wale Orode"}},
		{class: "postnominal-caps/mla", text: "Road protest ends\n\nLocal legislator Raj Mehta MLA said the road would be repaired within a month.",
			want: []quote{{"Raj Mehta", auI, "the road would be repaired within a month"}}, speakers: []string{"Raj Mehta"}},
		{class: "postnominal-caps/mpp", text: "Trustees defended\n\nOpposition member Ann Kessel MPP said the plan would harm parents.",
			want: []quote{{"Ann Kessel", auI, "the plan would harm parents"}}, speakers: []string{"Ann Kessel"}},
		{class: "postnominal-caps/gcon", text: "Elders meet\n\nFormer head of state Chief Olu Bade GCON said the council must meet again.",
			want: []quote{{"Olu Bade", auI, "the council must meet again"}}},
		// Near misses.
		{class: "postnominal-caps/near", text: "Festival returns\n\nThe mayor of San Marco, Lina Vesti, said the festival would return in May.",
			want: []quote{{"Lina Vesti", auI, "the festival would return in May"}}},
		{class: "postnominal-caps/near", text: "Road protest ends\n\nCongress MLA Raj Mehta said the road would be repaired within a month.",
			want: []quote{{"Raj Mehta", auI, "the road would be repaired within a month"}}},
		{class: "postnominal-caps/near", text: "Bridge opens\n\nTomas San said the bridge would open in June.",
			want: []quote{{"Tomas San", auI, "the bridge would open in June"}}},
	}
}

// q6Walkout is a walkout told with a quantity noun opening the sentence
// whose relative clause holds the minister's words.
const q6Walkout = "Minister shrugs off walkout\n\nHealth Minister Oren Dravic has shrugged off the walkout he faced at the union's conference in Tarrow today.\n\n%s of delegates turned their backs on him during his speech, in which he thanked nurses for their work - and acknowledged that many felt tired - before addressing \"the cost of the strike\".\n\n\"You have the right to strike. But thousands of patients are affected.\""

func q6QuantityRows() []auditRow {
	var rows []auditRow
	for _, q := range []string{"Dozens", "Scores", "Millions", "Tens"} {
		// The quantity speaks for no one; the minister's words in the
		// relative clause are his (the pronoun resolved since h21-coord).
		rows = append(rows, auditRow{class: "quantity-start/" + q, text: fmt.Sprintf(q6Walkout, q), speakers: []string{"Oren Dravic"}})
	}
	return append(rows,
		// Near misses.
		auditRow{class: "quantity-start/near", text: fmt.Sprintf(q6Walkout, "Hundreds"), speakers: []string{"Oren Dravic"}},
		auditRow{class: "quantity-start/near", text: "Strike spreads\n\nUnion leader Mara Quell said dozens of nurses had joined the strike.",
			want: []quote{{"Mara Quell", auI, "dozens of nurses had joined the strike"}}, speakers: []string{"Mara Quell"}},
		auditRow{class: "quantity-start/near", text: "Strike spreads\n\nMara Quell led the march on Monday.\n\nDozens of workers joined her, and she said the strike would go on.",
			want: []quote{{"Mara Quell", auI, "the strike would go on"}}, speakers: []string{"Mara Quell"}},
	)
}

func q6AgedTitleRows() []auditRow {
	return []auditRow{
		{class: "aged-title/compound", text: "Senators explain tests\n\nSenate President Arno Vell said he took two tests.\n\n\"My test turned out negative, so I took a second one,\" the 71-year-old Senate President said.",
			want: []quote{{"Arno Vell", auD, "My test turned out negative, so I took a second one"}}, speakers: []string{"Arno Vell"}},
		{class: "aged-title/plain", text: "Minister defends plan\n\nHealth Minister Ilse Varga said the plan would save money.\n\n\"We have to act now,\" the 58-year-old minister said.",
			want: []quote{{"Ilse Varga", auD, "We have to act now"}}, speakers: []string{"Ilse Varga"}},
		{class: "aged-title/plain", text: "Coach quits\n\nRovers coach Branko Vidmar resigned on Sunday.\n\nThe 61-year-old coach said the club needed a new voice.",
			want: []quote{{"Branko Vidmar", auI, "the club needed a new voice"}}},
		// Near misses: an age alone still goes by age, and an age with a
		// title picks the holder of that age over one given none.
		{class: "aged-title/near", text: "Minister defends plan\n\nHealth Minister Ilse Varga, 58, said the plan would save money.\n\n\"We have to act now,\" the 58-year-old said.",
			want: []quote{{"Ilse Varga", auD, "We have to act now"}}},
		{class: "aged-title/near", text: "Ministers defend plan\n\nHealth Minister Ilse Varga said the plan would save money. Finance Minister Lars Brenn, 44, agreed.\n\n\"We have to act now,\" the 44-year-old minister said.",
			want: []quote{{"Lars Brenn", auD, "We have to act now"}}},
	}
}

func q6NestedRows() []auditRow {
	return []auditRow{
		{class: "nested-relative/which", text: "Senators explain tests\n\nSen. Arno Vell, who earlier posted and then took down a photo which confirmed he tested negative, said he was a symptomatic patient.",
			want: []quote{{"Arno Vell", auI, "he was a symptomatic patient"}}},
		{class: "nested-relative/which", text: "Bridge closed\n\nMayor Ilse Varga, who shared a report which found the bridge was unsafe, said repairs would take a month.",
			want: []quote{{"Ilse Varga", auI, "repairs would take a month"}}},
		{class: "nested-relative/who", text: "Bridge closed\n\nMayor Ilse Varga, who met engineers who warned the bridge was unsafe, said repairs would take a month.",
			want: []quote{{"Ilse Varga", auI, "repairs would take a month"}}},
		// Near misses: no aside opened by a comma, or no speech verb after
		// the closing comma: the report runs on as before (the engine
		// gives the report she shared to her).
		{class: "nested-relative/near", text: "Bridge closed\n\nMayor Ilse Varga shared a report which found the bridge was unsafe, and repairs would take a month.",
			want: []quote{{"Ilse Varga", auI, "the bridge was unsafe, and repairs would take a month"}}},
		{class: "nested-relative/near", text: "Bridge closed\n\nMayor Ilse Varga, who shared a report which found the bridge was unsafe, closed it on Monday.",
			want: []quote{{"Ilse Varga", auI, "the bridge was unsafe, closed it on Monday"}}},
	}
}

func q6ReplyRows() []auditRow {
	return []auditRow{
		{class: "reply-who/paren", text: "Levy row\n\nPrime Minister Ivo Dask defended the levy.\n\nHe was replying to Lars Brenn (Green Party) who said the levy was unfair.",
			want: []quote{{"Lars Brenn", auI, "the levy was unfair"}}, speakers: []string{"Lars Brenn"}},
		{class: "reply-who/paren", text: "Levy row\n\nPrime Minister Ivo Dask defended the levy.\n\nHe was responding to Lars Brenn (Green Party) who suggested the government drop the levy.",
			want: []quote{{"Lars Brenn", auI, "the government drop the levy"}}, speakers: []string{"Lars Brenn"}},
		{class: "reply-who/bare", text: "Levy row\n\nPrime Minister Ivo Dask defended the levy.\n\nHe was replying to Lars Brenn who said the levy was unfair.",
			want: []quote{{"Lars Brenn", auI, "the levy was unfair"}}, speakers: []string{"Lars Brenn"}},
		// Near misses: a comma before "who", and a reply that reports a
		// clause of its own.
		{class: "reply-who/near", text: "Levy row\n\nPrime Minister Ivo Dask defended the levy.\n\nHe was replying to Lars Brenn (Green Party), who said the levy was unfair.",
			want: []quote{{"Lars Brenn", auI, "the levy was unfair"}}, speakers: []string{"Lars Brenn"}},
		{class: "reply-who/near", text: "Levy row\n\nPrime Minister Ivo Dask replied to Lars Brenn that the levy was fair.",
			want: []quote{{"Ivo Dask", auI, "the levy was fair"}}},
	}
}

func TestAuditS21Q6(t *testing.T) {
	rows := append(q6PostNominalRows(), q6QuantityRows()...)
	rows = append(rows, q6AgedTitleRows()...)
	rows = append(rows, q6NestedRows()...)
	runAudit(t, "q6", append(rows, q6ReplyRows()...), *q6Known)
}
