package extract_test

import (
	"flag"
	"testing"
)

// Session 22: reported clauses without a plain speech verb, read off the
// Wikinews validation part.
//
// Shape "perdoc": "per" before a document and its author ("Per the
// decree signed by Bishop Ilan Dravic, ...", "..., per a statement from
// the council."), as "according to" is; and "according to the decree
// signed by ...": "decree" was no document. Near misses: "per cent",
// "per share", "Per Olsen said".
//
// Shape "thatlist": one report of several "that" clauses joined by
// semicolons ("reported that A; that B; and that C"): the report ended
// at the first semicolon. Near misses: "; that is", a new sentence after
// the semicolon.
//
// Shape "stance": a stance stated with its clause ("maintains a position
// that", "holds the view that", "took the position that", "expressed the
// view that"): no speech verb, so no report. Near misses: a relative
// after the noun ("the view that was put to the board"), a view of a
// place.
//
// Shape "remarkthat": "made the argument that ..." in the sentence after
// another made that sentence the argument (a credit pointing back, as
// "made the remark" is). Near miss: "made the remark" alone still
// credits the quotation before.
//
// Shape "directs": "directed" or "was directing" bodies in the plural,
// or some of them, to act ("directed the committees to proceed",
// "directing six of the committees to “proceed ...”"): the plural body
// was no hearer, "directing" no cue and "six of" no head. Near misses:
// "directing the film", "directing traffic to the port".
//
// First pass (before the fix): 7/17 rows (perdoc 2/6, thatlist 2/4,
// stance 2/5, remarkthat 1/2); directs, added later, 2/5.

var s22ClausesKnown = flag.Bool("s22clauses.known", false, "TestAuditS22Clauses runs its known failures too")

func s22ClausesRows() []auditRow {
	return []auditRow{
		// perdoc: positives.
		{class: "perdoc/signed", text: "Per the decree signed by Bishop Ilan Dravic, priests are expected to notify the council.",
			want: []quote{{"Ilan Dravic", auI, "priests are expected to notify the council"}}},
		{class: "perdoc/from", text: "Per a statement from the Harbour Council, the ferry will run on Monday.",
			want: []quote{{"Harbour Council", auI, "the ferry will run on Monday"}}},
		{class: "perdoc/according", text: "According to the decree signed by Bishop Ilan Dravic, priests are expected to notify the council.",
			want: []quote{{"Ilan Dravic", auI, "priests are expected to notify the council"}}},
		// perdoc: near misses.
		{class: "perdoc/near", text: "Prices rose 4 per cent in May, the Tarvik Statistics Office said.",
			want: []quote{{"Tarvik Statistics Office", auI, "Prices rose 4 per cent in May"}}},
		{class: "perdoc/near", text: "Per Olsen, a nurse, said the ward was full.",
			want:  []quote{{"Per Olsen", auI, "the ward was full"}},
			known: "a name whose first word is \"Per\" opening the sentence is never a chunk (before and after the fix)"},
		{class: "perdoc/near", text: "The fund paid 12 dollars per share, a rise of a third.",
			speakers: []string{}},
		// thatlist: positives.
		{class: "thatlist/semicolons", text: "Researchers from Tarvik University reported that deaths were caused by coal; that race was a factor; and that many deaths came from other states.",
			want: []quote{{"Tarvik University", auI, "deaths were caused by coal; that race was a factor; and that many deaths came from other states"}}},
		{class: "thatlist/semicolons", text: "Ada Quell said that the port would close; that the ferry would stop; and that the bridge would open.",
			want: []quote{{"Ada Quell", auI, "the port would close; that the ferry would stop; and that the bridge would open"}}},
		// thatlist: near misses.
		{class: "thatlist/near", text: "Ada Quell said that the port would close; that is, the ferry would stop.",
			want: []quote{{"Ada Quell", auI, "the port would close; that is, the ferry would stop"}}}, // the gloss goes on with the report, as it did before
		{class: "thatlist/near", text: "Ada Quell said the port would close; the mayor disagreed.",
			want: []quote{{"Ada Quell", auI, "the port would close"}}},
		// stance: positives.
		{class: "stance/maintains", text: "The Kelmar government maintains a position that only the north has the right to the zone.",
			want: []quote{{"Kelmar government", auI, "only the north has the right to the zone"}}},
		{class: "stance/holds", text: "The Harbour Council holds the view that the port should close.",
			want: []quote{{"Harbour Council", auI, "the port should close"}}},
		{class: "stance/took", text: "Ada Quell took the position that the port should close.",
			want: []quote{{"Ada Quell", auI, "the port should close"}}},
		// stance: near misses.
		{class: "stance/near", text: "Ada Quell held the view that was put to the board.",
			speakers: []string{}},
		{class: "stance/near", text: "Ada Quell took the view of the harbour from the pier.",
			speakers: []string{}},
		// remarkthat.
		{class: "remarkthat/argument", text: "Ada Quell called it unlikely that the fund would pay for the project.\n\nAda Quell made the argument that the port should close.",
			want: []quote{{"Ada Quell", auI, "the port should close"}}, exact: true},
		{class: "remarkthat/near", text: "The harbour has a long past. “The port was the town's heart for a thousand years.” Ada Quell, the town's historian, made the remark in a talk on Tuesday.",
			want: []quote{{"Ada Quell", auD, "The port was the town's heart for a thousand years."}}},
		// directs.
		{class: "directs/plural", text: "Mayor Ada Quell directed the committees to proceed with their work.",
			want: []quote{{"Ada Quell", auI, "the committees to proceed with their work"}}},
		{class: "directs/partitive", text: "Mayor Ada Quell spoke on Monday. Specifically, she was directing six of the committees to “proceed with their work” of the inquiry.",
			want: []quote{{"Ada Quell", auM, "six of the committees to “proceed with their work” of the inquiry"}}},
		{class: "directs/partitive", text: "Mayor Ada Quell directed six of the city's committees to proceed.",
			want: []quote{{"Ada Quell", auI, "six of the city's committees to proceed"}}},
		{class: "directs/near", text: "Ada Quell, who is directing the film, said it was done.",
			want: []quote{{"Ada Quell", auI, "it was done"}}, exact: true},
		{class: "directs/near", text: "Ada Quell was directing traffic to the port.",
			speakers: []string{}},
	}
}

func TestAuditS22Clauses(t *testing.T) {
	runAudit(t, "s22clauses", s22ClausesRows(), *s22ClausesKnown)
}
