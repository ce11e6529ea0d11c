package extract_test

import (
	"flag"
	"testing"
)

// Session 21, pool q3: speaker classes found in real wire copy, probed
// with invented bodies, places and people.
//
// Shape "bodyin": a body named by its own name, then where it sits with
// an article, opening the sentence before the cue ("The Norvan Health
// Ministry in the Selka Strip said"): the body speaks; the place only
// says where it is. Without the article ("in Selka") the engine already
// found the body. Near misses: a person in a place, police in a place
// (policeInPlace), a place alone as subject.
//
// Shape "spokesplural": "Kessel military spokesmen said", the plural of
// "a Kessel military spokesman said", is the state body the nation's
// adjective names, as the singular is. Near misses: "officials" of a
// state's arm stay unnamed (the gold's convention), a bare "spokesmen".
//
// First pass (before the fixes): 3/13 rows (bodyin 1/7: only the bare
// "in Marovo" row; spokesplural 2/6: the singular and the "officials"
// near miss). Rows then mended, not for the fix: the police near miss
// wants the engine's own name form "Police in the Harrowby district",
// a sentence-initial "Spokesmen" (read as a name, another mechanism)
// became "The spokesmen", and an object near miss was added. After the
// fixes: 11/14, three known failures (below).

const q3PlaceSubject = "place-subject: unnamed people \"in the Selka Strip\" before the cue: the place of two words is made the speaker (a person)"

const q3UnknownBody = "unknown-body: namedInPlace wants the name before \"in the\" known as a body or a person; a name the text says nothing else about (\"The Tarvik Red Crescent\") or a person after role words (\"Aid worker Arno Vell\") still loses the cue to the place"

const q3CapsDG = "caps-dg: \"DG Marsh\", \"DIG Rafiq Alam\": the office in capitals stays in the name, so one person is two speakers"

var q3Known = flag.Bool("q3.known", false, "TestAuditS21Q3 runs its known failures too")

func q3BodyInRows() []auditRow {
	return []auditRow{
		{class: "bodyin/strip", text: "Fighting went on.\n\nThe Dorvani Health Ministry in the Selka Strip said Arno Vell, 41, was killed in a strike.",
			want: []quote{{"Dorvani Health Ministry", auI, "Arno Vell, 41, was killed in a strike"}}},
		{class: "bodyin/valley", text: "Fighting went on.\n\nThe Kessel Interior Ministry in the Marovo Valley said the border was closed.",
			want: []quote{{"Kessel Interior Ministry", auI, "the border was closed"}}},
		{class: "bodyin/crescent", text: "Fighting went on.\n\nThe Tarvik Red Crescent in the Selka Strip said 40 people were hurt.",
			want: []quote{{"Tarvik Red Crescent", auI, "40 people were hurt"}}, known: q3UnknownBody},
		{class: "bodyin/bare", text: "Fighting went on.\n\nThe Kessel Interior Ministry in Marovo said the border was closed.",
			want: []quote{{"Kessel Interior Ministry", auI, "the border was closed"}}},
		// Near misses.
		{class: "bodyin/near", text: "Fighting went on.\n\nPolice in the Harrowby district said the road was shut.",
			want: []quote{{"Police in the Harrowby district", auI, "the road was shut"}}},
		{class: "bodyin/near", text: "Fighting went on.\n\nAid worker Arno Vell in the Selka Strip said the road was shut.",
			want: []quote{{"Arno Vell", auI, "the road was shut"}}, known: q3UnknownBody},
		{class: "bodyin/near", text: "Fighting went on.\n\nOfficials in the Selka Strip said the road was shut.",
			want: []quote{{"", auI, "the road was shut"}}, known: q3PlaceSubject},
		{class: "bodyin/near", text: "Fighting went on.\n\nTroops said they shelled the Kessel Interior Ministry in the Marovo Valley.",
			want: []quote{{"", auI, "they shelled the Kessel Interior Ministry in the Marovo Valley"}}},
	}
}

func q3SpokesRows() []auditRow {
	return []auditRow{
		{class: "spokesplural/military", text: "Jets struck the town.\n\nKessel military spokesmen said the operation involved 30 aircraft.",
			want: []quote{{"Kessel military", auI, "the operation involved 30 aircraft"}}},
		{class: "spokesplural/army", text: "Jets struck the town.\n\nTarvish army spokespeople said the raid was over.",
			want: []quote{{"Tarvish army", auI, "the raid was over"}}},
		{class: "spokesplural/police", text: "A crowd gathered.\n\nDunmoor police spokesmen said 12 people were held.",
			want: []quote{{"Dunmoor police", auI, "12 people were held"}}},
		{class: "spokesplural/singular", text: "Jets struck the town.\n\nA Kessel military spokesman said the operation involved 30 aircraft.",
			want: []quote{{"Kessel military", auI, "the operation involved 30 aircraft"}}},
		// Near misses.
		{class: "spokesplural/near", text: "Jets struck the town.\n\nKessel military officials said the raid was over.",
			want: []quote{{"", auI, "the raid was over"}}},
		{class: "spokesplural/near", text: "Jets struck the town.\n\nThe spokesmen said the raid was over.",
			want: []quote{{"", auI, "the raid was over"}}},
	}
}

// Shape "capsdg": "DG" (director general) and "DIG" (deputy inspector
// general) before a name are offices in capitals, as "IGP" and "DCP"
// already were (capsTitles): "DG Marsh" is the "Director General Ilse
// Marsh" named before, not a second speaker. Near miss: the European
// Commission's "DG Trade", a directorate, speaks as no person. First
// pass: 1/3 rows (the near miss). Not fixed: adding "dg" and "dig" to
// capsTitles alone did not strip them (capsTitle's other tests refuse
// them); left as known failures for a later session.
func q3CapsRows() []auditRow {
	return []auditRow{
		{class: "capsdg/dg", text: "Floods hit Tarvik.\n\nAccording to Relief Agency Director General Ilse Marsh, water entered 15 villages.\n\nTalking to reporters, DG Marsh said 1,000 people had been moved.",
			want: []quote{{"Ilse Marsh", auI, "water entered 15 villages"}, {"Ilse Marsh", auI, "1,000 people had been moved"}}, known: q3CapsDG},
		{class: "capsdg/dig", text: "A crowd gathered in Tarvik.\n\nDIG Rafiq Alam said 12 people were held.",
			want: []quote{{"Rafiq Alam", auI, "12 people were held"}}, speakers: []string{"Rafiq Alam"}, known: q3CapsDG},
		{class: "capsdg/near", text: "Talks resumed in Brussels.\n\nOfficials at DG Trade said the offer was final.",
			want: []quote{{"", auI, "the offer was final"}}},
	}
}

func TestAuditS21Q3(t *testing.T) {
	rows := append(q3BodyInRows(), q3SpokesRows()...)
	runAudit(t, "q3", append(rows, q3CapsRows()...), *q3Known)
}
