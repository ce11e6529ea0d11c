package extract_test

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

// Session 13 false speakers: names the engine made speakers that the page
// gold does not have, by mechanism: an exchange named only as where a
// stock traded taken for "the company" after it (venue), an outlet cited
// with "according to" and described after a comma (source), a cue verb
// with a noun phrase for object (object).
//
// FIRST PASS (before any fix): venue and source written first, 12/15
// (venue 12/12, source 0/3; the source/data row then wanted no speaker,
// against the realnews README's call that a body's data is its word, and
// was corrected); object added after, 9/10 (the one failure the row's
// own misspelt speaker). The source rows failed twice over: "according to
// X, a newsletter that tracks the funds" took the appositive for the
// quote and X's owner for the speaker; both fixed (describedByRelative,
// sourceCalledOutlet). The dev pages' venue and object false speakers
// (WSJ part-04's "the new company said" after "New York Stock Exchange
// composite trading", "announced the two candidates vying for ...") come
// from something the invented frames do not reproduce.
// The group class was added later, from the unannotated WSJ parts:
// first pass 0/4 (the two near misses were written after the fix); after it
// (unnamedPluralSubject) 3/4. The dup class (WSJ part-06's "F.H.
// Faulding & Co." then "Faulding said"): first pass 1/7 (the person near
// miss passing), 7/7 after the fix (initialsWord in the short-form rule).
// Then from WSJ parts 33, 41 and 47: place/from first pass 4/5 (the
// "observed" frame fails: not the verb but the noun, "ringer", a head no
// lexicon knows; 5/5 after the fix, oneNounBefore), object/posted and
// object/insisted-on 0/4, 4/4 after the fix (resultObject, "insist on").

var s13fspKnownFlag = flag.Bool("s13fsp.known", false, "TestAuditS13FalseSpk runs its known failures too")

// s13fspFirms are invented companies that speak; s13fspVenues invented
// exchanges named only as where a stock traded.
var s13fspFirms = []string{"Norvel Instruments Inc.", "Halbrook Cable Corp.", "Petrov Marine Ltd."}
var s13fspVenues = []string{"Tarrow Stock Exchange", "Vellmar Exchange", "Osterby Board of Trade"}

func s13fspRows() []auditRow {
	var rows []auditRow
	for i, firm := range s13fspFirms {
		venue := s13fspVenues[i]
		// venue: an exchange named only as the place of trading is no
		// antecedent for "the company" or "it" that follows.
		rows = append(rows,
			auditRow{
				class:    "venue/composite",
				text:     fmt.Sprintf("%s shares rose 40 cents to close at $12 in %s composite trading yesterday.\n\nThe company said it expects a strong fourth quarter.", firm, venue),
				want:     []quote{{firm, auI, "it expects a strong fourth quarter"}},
				speakers: []string{firm},
			},
			auditRow{
				class:    "venue/it",
				text:     fmt.Sprintf("%s said yesterday that sales fell 3%%. Its stock closed unchanged at $8 in %s composite trading.\n\nIt said the decline reflected weak orders from Europe.", firm, venue),
				want:     []quote{{firm, auI, "sales fell 3%"}, {firm, auI, "the decline reflected weak orders from Europe"}},
				speakers: []string{firm},
			},
			auditRow{
				class:    "venue/on-the",
				text:     fmt.Sprintf("Shares of %s fell $1.25 to $30 on the %s, where volume was heavy.\n\nThe new company said it is talking with several buyers.", firm, venue),
				want:     []quote{{firm, auI, "it is talking with several buyers"}},
				speakers: []string{firm},
			},
			// near miss: the exchange itself speaks and must stay a speaker.
			auditRow{
				class:    "venue/near-speaks",
				text:     fmt.Sprintf("The %s said it will extend trading hours next month.\n\nIt said members had asked for the change.", venue),
				want:     []quote{{venue, auI, "it will extend trading hours next month"}, {venue, auI, "members had asked for the change"}},
				speakers: []string{venue},
			},
		)
	}
	// source: an outlet or a body's data cited with "according to" is no
	// speaker when the gold lists it as a not_speaker (realnews README).
	for _, src := range []string{"Fennick's Fund Report", "Marlowe's Money Letter"} {
		rows = append(rows, auditRow{
			class:    "source/according",
			text:     fmt.Sprintf("Yields on money funds slipped this week, according to %s, a newsletter that tracks the funds.", src),
			want:     []quote{{"", auI, "Yields on money funds slipped this week"}},
			speakers: []string{},
		})
	}
	rows = append(rows,
		// a body's data is the body's word (realnews README): it stays.
		auditRow{
			class:    "source/data",
			text:     "About 9% of the block trades in June took place abroad, according to Tarrow Stock Exchange data.",
			want:     []quote{{"Tarrow Stock Exchange", auI, "About 9% of the block trades in June took place abroad"}},
			speakers: []string{"Tarrow Stock Exchange"},
		},
		// near misses: a person or an agency described after the comma
		// still speaks, and the clause before is what they say.
		auditRow{
			class:    "source/near-person",
			text:     "Yields on money funds slipped this week, according to Harlan Vost, an analyst who tracks the funds.",
			want:     []quote{{"Harlan Vost", auI, "Yields on money funds slipped this week"}},
			speakers: []string{"Harlan Vost"},
		},
		auditRow{
			class:    "source/near-agency",
			text:     "Yields on money funds slipped this week, according to the Tarsin Rates Bureau, an agency that tracks the funds.",
			want:     []quote{{"Tarsin Rates Bureau", auI, "Yields on money funds slipped this week"}},
			speakers: []string{"Tarsin Rates Bureau"},
		},
	)
	// object: a cue verb whose object is a noun phrase, not a clause
	// ("announced the two candidates vying for ...", "informed the
	// ministry of the arrest"), reports no words; near misses with a
	// clause after the object noun must stay quotes.
	for _, body := range []string{"The Harlow Unity Party", "The Pellan Rowing Club", "Tarsin County Council"} {
		rows = append(rows,
			auditRow{
				class:    "object/participle",
				text:     body + " has formally announced the three candidates vying for the post of chair ahead of its annual meeting on Sunday.",
				speakers: []string{},
			},
			auditRow{
				class:    "object/named",
				text:     body + " announced the two finalists chosen from more than 40 entries on Friday.",
				speakers: []string{},
			},
			auditRow{
				class: "object/near-clause",
				text:  body + " announced the two candidates would face a vote on Sunday.",
				want:  []quote{{strings.TrimPrefix(body, "The "), auI, "the two candidates would face a vote on Sunday"}},
			},
		)
	}
	rows = append(rows, auditRow{
		class:    "object/informed",
		text:     "Mr Ostrander was detained at the border. The Vellish government has informed the Tarrow Foreign Office of the arrest, as part of the usual process followed when a citizen is held abroad.",
		speakers: []string{},
	})
	// group: "they" in a sentence whose subject is a plural group that
	// names nobody ("some critics have proposed reforms, which they say
	// would ...") is the group, not the body that spoke before (WSJ
	// part-63's shape, found on the unannotated parts).
	groupRows := []struct{ lead, who, text, said string }{
		{"The cuts will go ahead, Tarrow Board officials say.", "Tarrow Board", "Short of a ban, some critics have proposed several smaller reforms, which they say would slow the fall in prices.", "would slow the fall in prices"},
		{"The Vellmar Exchange said it will extend trading hours.", "Vellmar Exchange", "Some brokers have proposed two changes, which they say would cut costs for small investors.", "would cut costs for small investors"},
		{"Halbrook Cable Corp. said it will close two plants.", "Halbrook Cable Corp.", "Local residents have started a petition, which they say has 4,000 names.", "has 4,000 names"},
		{"The Vellmar Exchange said it will extend trading hours.", "Vellmar Exchange", "Several unions oppose the plan, which they say would lengthen shifts.", "would lengthen shifts"},
	}
	for i, g := range groupRows {
		row := auditRow{
			class:    "group/which-they-say",
			text:     g.lead + "\n\n" + g.text,
			want:     []quote{{"", auI, g.said}},
			speakers: []string{g.who},
		}
		if i == 3 {
			row.known = s13fspClauseSplit
		}
		rows = append(rows, row)
	}
	// near misses: "they" opening its own sentence after a body spoke is
	// the body still.
	rows = append(rows,
		auditRow{
			class:    "group/near-body",
			text:     "The Vellmar Exchange said it will extend trading hours.\n\nThey said members had asked for the change.",
			want:     []quote{{"Vellmar Exchange", auI, "members had asked for the change"}},
			speakers: []string{"Vellmar Exchange"},
		},
		auditRow{
			class:    "group/near-body",
			text:     "Halbrook Cable Corp. said it will close two plants.\n\nThey said the closures would cut 300 jobs.",
			want:     []quote{{"Halbrook Cable Corp.", auI, "the closures would cut 300 jobs"}},
			speakers: []string{"Halbrook Cable Corp."},
		},
	)
	// dup: a company named first with a founder's initials ("K.L. Marden
	// & Co.") and then by the surname alone ("Marden said") is one
	// speaker, not two; a person so initialled stays a person.
	for _, f := range []struct{ full, short string }{
		{"K.L. Marden & Co.", "Marden"}, {"T.R. Oakhurst Corp.", "Oakhurst"}, {"J.W. Pellbury Inc.", "Pellbury"},
	} {
		rows = append(rows,
			auditRow{
				class:    "dup/initials",
				text:     f.full + ", a Tarrow shipping concern, said its freight unit acquired Vellmar Lines for $12 million.\n\n" + f.short + " said it owns 40% of the unit's stock.",
				want:     []quote{{f.full, auI, "its freight unit acquired Vellmar Lines for $12 million"}, {f.full, auI, "it owns 40% of the unit's stock"}},
				speakers: []string{f.full},
			},
			auditRow{
				class:    "dup/initials-later",
				text:     f.full + " reported a loss for the quarter.\n\nShares fell 20 cents.\n\n" + f.short + " said it expects to return to profit next year.",
				want:     []quote{{f.full, auI, "it expects to return to profit next year"}},
				speakers: []string{f.full},
			},
		)
	}
	rows = append(rows, auditRow{
		class:    "dup/near-person",
		text:     "K.L. Marden, the author, spoke in Tarrow on Friday.\n\nMarden said the novel took nine years.",
		want:     []quote{{"K.L. Marden", auI, "the novel took nine years"}},
		speakers: []string{"K.L. Marden"},
	})
	// place: an unnamed person described as from a place ("one woman
	// ringer from Solihull observed that ...") is no speaker the text
	// names, and the place is none either.
	for _, fr := range []struct{ who, place, verb string }{
		{"one woman ringer", "Tarrow", "observed"}, {"a nurse", "Vellmar", "said"}, {"one reader", "Osterby", "wrote"},
	} {
		rows = append(rows, auditRow{
			class:    "place/from",
			text:     "The letters kept coming. In the replies that followed, " + fr.who + " from " + fr.place + " " + fr.verb + " that the bells were far too loud on Sundays.",
			want:     []quote{{"", auI, "the bells were far too loud on Sundays"}},
			speakers: []string{},
		})
	}
	rows = append(rows,
		auditRow{
			class:    "place/near-named",
			text:     "In the replies that followed, Ivo Tamm from Tarrow observed that the bells were far too loud on Sundays.",
			want:     []quote{{"Ivo Tamm", auI, "the bells were far too loud on Sundays"}},
			speakers: []string{"Ivo Tamm"},
		},
		auditRow{
			class:    "place/near-body",
			text:     "A spokeswoman from Halbrook Cable Corp. said that the plant would close in May.",
			want:     []quote{{"Halbrook Cable Corp.", auI, "the plant would close in May"}},
			speakers: []string{"Halbrook Cable Corp."},
		},
		auditRow{
			class:    "place/near-body",
			text:     "A monitoring mission from the Tarsin Union of States said that the vote had been orderly.",
			want:     []quote{{"Tarsin Union of States", auI, "the vote had been orderly"}},
			speakers: []string{"Tarsin Union of States"},
		},
		auditRow{
			class:    "place/near-named",
			text:     "In the replies, one ringer, Ivo Tamm from Tarrow, said that the bells were far too loud.",
			want:     []quote{{"Ivo Tamm", auI, "the bells were far too loud"}},
			speakers: []string{"Ivo Tamm"},
		},
		auditRow{
			class:    "place/near-body",
			text:     "A spokesman from Halbrook Cable Corp. said that the plant would close in May.",
			want:     []quote{{"Halbrook Cable Corp.", auI, "the plant would close in May"}},
			speakers: []string{"Halbrook Cable Corp."},
		},
	)
	// object: "posted a 12% rise in profit", "insisted on a wage that
	// ..." report no words.
	for _, firm := range []string{"Halbrook Cable Corp.", "Norvel Instruments Inc."} {
		rows = append(rows,
			auditRow{
				class:    "object/posted",
				text:     firm + " posted a 12% rise in pretax profit to 4.1 billion yen in its fiscal first half ended Sept. 30 compared with 3.6 billion yen a year earlier.",
				speakers: []string{},
				exact:    true,
			},
			auditRow{
				class:    "object/insisted-on",
				text:     firm + " previously insisted on an unrestricted training wage that could be paid any time a worker took a new job.",
				speakers: []string{},
				exact:    true,
			},
			auditRow{
				class:    "object/near-posted",
				text:     firm + " posted on its website that the Tarrow plant would close in May.",
				want:     []quote{{firm, auI, "the Tarrow plant would close in May"}},
				speakers: []string{firm},
			},
			auditRow{
				class:    "object/near-insisted",
				text:     firm + " insisted on Friday that the training wage was fair.",
				want:     []quote{{firm, auI, "the training wage was fair"}},
				speakers: []string{firm},
			},
		)
	}
	return rows
}

// s13fspClauseSplit is the mechanism of the group row still failing.
const s13fspClauseSplit = "clause-split: \"Several unions oppose the plan, which they say ...\": the sentence's clause start falls on \"which\", so the plural subject before it is not seen and \"they\" goes to the body that spoke before"

func TestAuditS13FalseSpk(t *testing.T) { runAudit(t, "falsespk", s13fspRows(), *s13fspKnownFlag) }
