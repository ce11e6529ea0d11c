package extract_test

import (
	"flag"
	"testing"
)

// Session 21, class inner-report: a sentence whose main clause has its
// own subject and a verb of speech or decree ("Norland declared a state
// of emergency on Sunday", "Tessaly's government told the Kessel army
// that ..."), reported whole by a trailing cue with another speaker
// (", Defense Minister Arno Vell said", ", said army spokesman Ilse
// Varga"). The words are the trailing cue's speaker's: the inner
// subject is part of what is reported and no speaker of the clause.
// Near misses: two speakers each with a clause of their own, joined by
// "and"; the inner cue in a sentence of its own or in a relative; a cue
// between commas that splits the clause; a trailing judgement ("a claim
// Mayor Lena Ortiz disputed"); the trailing cue's speaker the same as the
// opening one.
// First pass (before the fix): 12/21 rows (every near miss and the
// "agreed", "according to" and pronoun positives passed; the two known
// failures, unknown-country and joined-clause, count as failures and
// still fail after it). After the fix: 19/21.

var innerKnown = flag.Bool("inner.known", false, "TestAuditS21Inner runs its known failures too, to see which a change fixed")

func innerRows() []auditRow {
	return []auditRow{
		{class: "inner/declared", text: "Norland declared a nationwide state of emergency on Sunday in a bid to end the protests, Defense Minister Arno Vell said.",
			want:     []quote{{"Arno Vell", auI, "Norland declared a nationwide state of emergency on Sunday in a bid to end the protests"}},
			speakers: []string{"Arno Vell"}},
		{class: "inner/told", text: "The Tessaly government told the Kessel army that it was still fighting rebels near the capital, said army spokesman Ilse Varga.",
			want:     []quote{{"Ilse Varga", auI, "The Tessaly government told the Kessel army that it was still fighting rebels near the capital"}},
			speakers: []string{"Ilse Varga"}},
		{class: "inner/told", text: "The Tessaly Defence Ministry told the Kessel army that it was still fighting rebels near the capital, said army spokesman Capt. Ilse Varga.",
			want:     []quote{{"Ilse Varga", auI, "The Tessaly Defence Ministry told the Kessel army that it was still fighting rebels near the capital"}},
			speakers: []string{"Ilse Varga"}},
		{class: "inner/told", text: "Tessaly's government told the Kessel army that it was still fighting rebels near the capital, said army spokesman Ilse Varga.",
			want:     []quote{{"Ilse Varga", auI, "Tessaly's government told the Kessel army that it was still fighting rebels near the capital"}},
			speakers: []string{"Ilse Varga"},
			known:    "unknown-country: a country the lexicon lacks names no body with \"'s government\", so the opening cue has no named speaker, innerReport leaves it, and its clause swallows the inverted cue"},
		{class: "inner/pronoun", text: "Interior Minister Tomas Brenn met reporters in Tarvik on Monday.\n\nNorland announced a curfew in the capital on Monday night, he said.",
			want:     []quote{{"Tomas Brenn", auI, "Norland announced a curfew in the capital on Monday night"}},
			speakers: []string{"Tomas Brenn"}},
		{class: "inner/agreed", text: "The Tarvik city council has agreed to close the old bridge for repairs, Mayor Lena Ortiz said on Tuesday.",
			want:     []quote{{"Lena Ortiz", auI, "The Tarvik city council has agreed to close the old bridge for repairs"}},
			speakers: []string{"Lena Ortiz"}},
		{class: "inner/warned", text: "The Kessel Rail Union warned that strikes would go on until May, Transport Minister Mira Holt said.",
			want:     []quote{{"Mira Holt", auI, "The Kessel Rail Union warned that strikes would go on until May"}},
			speakers: []string{"Mira Holt"}},
		{class: "inner/according", text: "Norland declared a curfew in the capital on Sunday, according to Defense Minister Arno Vell.",
			want:     []quote{{"Arno Vell", auI, "Norland declared a curfew in the capital on Sunday"}},
			speakers: []string{"Arno Vell"}},
		{class: "inner/follow", text: "Norland declared a nationwide state of emergency on Sunday, Defense Minister Arno Vell said.\n\n\"We have agreed to declare a state of emergency for the whole country,\" Vell said after a cabinet meeting.",
			want:     []quote{{"Arno Vell", auI, "Norland declared a nationwide state of emergency on Sunday"}, {"Arno Vell", auD, "We have agreed to declare a state of emergency for the whole country,"}},
			speakers: []string{"Arno Vell"}},

		{class: "inner/person", text: "President Ilse Varga declared a state of emergency in the north on Sunday, her spokesman Arno Vell said.",
			want:     []quote{{"Arno Vell", auI, "President Ilse Varga declared a state of emergency in the north on Sunday"}},
			speakers: []string{"Arno Vell"}},
		{class: "inner/adding", text: "Norland declared a curfew in the capital on Sunday, Defense Minister Arno Vell said, adding that troops would patrol the streets.",
			want:     []quote{{"Arno Vell", auI, "Norland declared a curfew in the capital on Sunday"}, {"Arno Vell", auI, "troops would patrol the streets"}},
			speakers: []string{"Arno Vell"}},
		// Near misses: each speaker keeps a clause of their own.
		{class: "inner/near", text: "Arno Vell said the bridge would close, and Ilse Varga declared that it was safe.",
			want:     []quote{{"Arno Vell", auI, "the bridge would close"}, {"Ilse Varga", auI, "it was safe"}},
			speakers: []string{"Arno Vell", "Ilse Varga"}},
		{class: "inner/near", text: "The Tarvik City Council said the bridge would close, and Mayor Lena Ortiz said it would reopen in May.",
			want:     []quote{{"Tarvik City Council", auI, "the bridge would close"}, {"Lena Ortiz", auI, "it would reopen in May"}},
			speakers: []string{"Lena Ortiz", "Tarvik City Council"}},
		{class: "inner/near", text: "The Norland government said the curfew would end on Friday. Defense Minister Arno Vell said troops would stay in the capital.",
			want:     []quote{{"Norland government", auI, "the curfew would end on Friday"}, {"Arno Vell", auI, "troops would stay in the capital"}},
			speakers: []string{"Arno Vell", "Norland government"}},
		{class: "inner/near", text: "Arno Vell, who said last week the bridge would close, told reporters on Monday that the plan had failed.",
			want:     []quote{{"Arno Vell", auI, "the plan had failed"}},
			speakers: []string{"Arno Vell"}},
		{class: "inner/near", text: "The Tarvik council, Mayor Lena Ortiz said, would close the bridge in May.",
			want:     []quote{{"Lena Ortiz", auI, "would close the bridge in May"}},
			speakers: []string{"Lena Ortiz"}},
		{class: "inner/near", text: "The bridge will close in May, Mayor Lena Ortiz said, and the Tarvik City Council said it would pay for the repairs.",
			want:     []quote{{"Lena Ortiz", auI, "The bridge will close in May"}, {"Tarvik City Council", auI, "it would pay for the repairs"}},
			speakers: []string{"Lena Ortiz", "Tarvik City Council"}},
		{class: "inner/near", text: "The Tarvik City Council said the bridge was safe, a claim Mayor Lena Ortiz disputed.",
			want: []quote{{"Tarvik City Council", auI, "the bridge was safe"}}},
		{class: "inner/near", text: "The Norland government declared a curfew in the capital on Sunday, the government said.",
			want: []quote{{"Norland government", auI, "a curfew in the capital on Sunday"}}},
		{class: "inner/near", text: "\"The bridge is safe,\" Mayor Lena Ortiz said, but engineer Tomas Brenn warned that it could fail.",
			want:     []quote{{"Lena Ortiz", auD, "The bridge is safe,"}, {"Tomas Brenn", auI, "it could fail"}},
			speakers: []string{"Lena Ortiz", "Tomas Brenn"}},
		// A second speaker's clause joined on inside the opening report:
		// left as it was (the opening speaker's report swallows it); the
		// ideal split is below.
		{class: "inner/near", text: "Lena Ortiz said the bridge would close, and the Norland government announced on Sunday that the ferry would resume, Arno Vell said.",
			want:  []quote{{"Lena Ortiz", auI, "the bridge would close"}, {"Arno Vell", auI, "the Norland government announced on Sunday that the ferry would resume"}},
			known: "joined-clause: an opening report runs on over \", and\" into a second clause with its own cue, which the trailing cue reports; innerReport leaves such sentences alone"},
	}
}

func TestAuditS21Inner(t *testing.T) {
	runAudit(t, "inner", innerRows(), *innerKnown)
}
