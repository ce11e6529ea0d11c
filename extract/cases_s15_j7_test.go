package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 15, helper j7: who a DIRECT quotation is given to. On unseen
// news the engine finds nearly every direct quote but gives 84-89% of
// them to the right speaker on several held-out sets; the dev sets sit at
// 0.95+. This file probes, with invented people and places, the general
// classes of structure behind the dev misses:
//
// carry: a quotation paragraph with no cue after a paragraph about
// another person ("Tomas Brenner lost his shop in the flood.\n\n“...”").
// run: a run of quotes across paragraphs where the speaker changes.
// pronoun: "he said"/"she said" with two candidates before it.
// after: the cue after a long quote names a description that stands for
// one named before ("..., said the minister, who took office in May").
// colon: a quotation after a colon, the sentence naming its speaker
// ("Varga was blunt: “...”").
// descr: a cue with a description ("the coach said") and another person
// nearer.
// inside: a person named inside the quotation, the speaker outside it.
// partial: partial quotes within a reported sentence.
//
// FIRST PASS (whole table written first and run once before any fix):
// 84/96 (0.88): after 12/12, carry 18/18, colon 12/18, descr 6/9, inside
// 9/9, partial 3/6, pronoun 12/12, run 12/12. The six colon failures were
// a fault of the probe, not the engine: the speaker was named only by
// surname ("Varga was blunt: “...”" with no "Ilse Varga" before), so no
// full name could be wanted; with the speaker named in full first and the
// other nearer, colon is 18/18. On clean invented text the classes the
// dev misses suggested pass; what fails is a role given by the copula.
//
// Batch 2, descrsubj (j7DescrSubjectRows, written whole and run once
// before its fix): 9/18; every copula row failed ("Ilse Varga is the
// mayor of Tarvik. ... “...,” the mayor said." went to nobody) and so did
// its near miss (the role is the other's), while "former" and a nation's
// adjective before the role passed.
//
// Fix 1 (copula role): notePredicateRole reads "X is/was the/a ROLE" as
// it reads "X became mayor", a possessive after the role word excepted
// ("X is the mayor's sister"). descr 6/9 -> 9/9, descrsubj 9/18 ->
// 18/18. Held-out pages d attribution 0.909 -> 0.924 (totals only); no
// other set moved.
//
// Batch 3 (j7TopicRows, written whole and run once before any fix):
// 15/21: accused 6/6 (a description subject with "accused X of “...”"),
// topic 9/15: a bare quotation after "For Brenner, the flood was a
// warning." goes to Brenner, but not after "But for Brenner and his
// family, ..." (to the speaker before) nor "To Brenner, ..." (to no
// one). A fourth frame without the comma, added while fixing, was 0/3
// before. Letting noteActor read those three shapes passed 18/18 but
// moved no dev set with the comma, and without it cost pages dev-a
// speaker F1 0.974 -> 0.966 (a real page's bare surname resolved to the
// wrong one of two relatives sharing it, sharedSurname), so it waited for
// fix 2 below. Fix 3 (after fix 2): noteActor reads "But for X and his
// family, ...", the same without the comma when "the" opens the clause,
// and "To X, ..." as it reads "For X, ...". topic 9/18 -> 18/18; pages
// dev-a attribution 0.967 -> 0.973; no other set moved.
//
// Batch 4, kinlater (j7KinLaterRows, written after the dev-a page showed
// the mechanism, run once before its fix): 6/9. Of two relatives sharing
// a surname, one the story introduced on their own and a caption later
// calls "his father, Ivo Marsh" was taken for the relative, so the bare
// surname went to the child. Fix 2: introducedAsKin looks only at the
// first mention by full name. kinlater 6/9 -> 9/9; no set moved alone.
//
// Batch 5, descrpron (j7DescrPronounRows: a pronoun's cue after a
// description subject, a description the story never gave the speaker
// right after their quotation, "The former minister also accused X of
// “...”"), written whole and run once: 9/9, no change.
//
// Batch 6, leadin (j7LeadInRows: a quotation paragraph continuing the
// last speaker after a lead-in and no cue: "But “...”", "Still, “...”",
// "With the vote set for Friday, “...”"), written whole and run once
// before its fix: 3/15 (only the near misses). Fix 4: carry keeps the
// paragraph before among the places to look for the speaker when the
// lead-in opens the paragraph, names no one and the quotation ends the
// sentence (bareLeadIn). leadin 3/15 -> 12/15 ("And if ..., “...”" left
// known); pages dev-m attribution 0.942 -> 0.946; no other set moved.
// Taking "And if the plan fails, “...”" too (a conjunction and a clause
// of condition or time before the comma) passed 15/15 but moved no set,
// so it was dropped and those rows stay known (leadin-clause).
//
// Batch 7, colonpara (j7ColonParaRows: the speaker's sentence ends its
// paragraph with a colon, the quotation is the next paragraph, the verb
// no speech verb: "reflects this view in comments to ...:", "had this to
// say:"), written whole and run once: 18/18, no change.
//
// Batch 8 (j7RelCueRows, written whole and run once before any fix):
// relcue (a speaker's apposition holding a relative clause with its own
// speech verb, then a second quotation) 9/9; firstonly (a person named by
// a made-up given name alone, "Dan (not his real name), a student,")
// 4/6: "Ilse (not her real name)" was no one, the quotation going to the
// speaker before. Fix 5: findAppositives reads such an aside
// (nameChangedAside) as a person's and looks for the apposition after
// it. firstonly 4/6 -> 6/6, and 12/12 with the six rows added while
// fixing. Pages dev-b speaker F1 0.960 -> 0.966, attribution 0.971 ->
// 0.974; no other set moved.
//
// Batch 9, relplace (j7RelPlaceRows: as relcue with a name between the
// role and "who": "a student at Tarvik State who said he ..."), written
// whole and run once before its fix: 6/9, every "Tarvik State" row
// failing: "State" is a form of the speech verb "state", which ended
// describedBeforeWho's walk back. Fix 6: a speech verb's form inside a
// name, past its first word, is no verb there. relplace 6/9 -> 9/9;
// pages dev-n attribution 0.955 -> 0.970; no other set moved.
//
// Batch 10, perfect (j7PerfectAfterRows: a long quotation, then the
// speaker, a long apposition and "has said repeatedly", "has stressed",
// "had told reporters"), written whole and run once: 21/21, no change.
//
// Batch 11, unclosed (j7UnclosedRows: a quotation whose closing mark is
// missing before its cue, “..., said Tomas Brenner, 25, a student. and
// "..., says Brenner. "..." in straight marks), written whole and run
// once before its fix: 6/15 (only the near misses). Fix 7: pairQuotes
// ends such a quotation at the comma before "said"/"says"/"added"/"adds"
// and one to four capitalised words that end the sentence
// (cueInsideOpen), for an open quotation at the paragraph's end and for
// a straight mark that faces a capitalised word while one is open.
// unclosed 6/15 -> 15/15; pages dev-e quote recall 0.965 -> 0.969,
// attribution 0.971 -> 0.976; no other set moved. (A real page's “...
// like, ‘martyr,’ or ‘villain,’ said X, an inner single quotation's close
// between the comma and the cue, is left: stepping over that mark split
// the quotation but the cue after it was still not read.)
//
// Batch 12, account (j7AccountRows: a body's or a show's account as the
// cue's subject, "The account for X, which ..., hosted by ..., tweeted:
// “...”"), written whole and run once: 3/9; three were a fault of the
// probe (it wanted "The Pellan Harbour Trust" where the engine names the
// body without "the"), the other three cut a show's name at a time word
// ("The Morning Drive" to "Drive"; known, time-word-name). The account
// itself is read right; no change.
//
// Batch 13, secondrole (j7SecondRoleRows: "former chief of staff X and
// senior party adviser said that “...”", one person with two roles),
// written whole and run once: 0/12. Two frames were the probe's fault:
// "X and a senior adviser" is another person, not X, and "X and senior
// adviser Tove Dahl said" (wanted as no one's) is a joint cue the engine
// credits to the nearer name; reframed, the first as the near miss and
// the second as "senior Pellan adviser": 3/12. A fix in resolveNP did
// not reach the cue's subject; rows known (second-role).
//
// The dev misses (pages and Wikinews dev, 80 "gave direct quote of X to
// Y" lines once duplicates are removed) sorted by structure: the classes
// of the brief are a small part; most are a speaker missed altogether.
//   written text or a body's post, memo, readout, rule, tweet     ~22
//   partial quote under a verb that is no speech ("accused X of",
//     "cited", "referred to as", "as Covid “severely disrupted”") ~18
//   description cue to nobody ("the editors wrote", "a Voice
//     official explained", "The Albert Quay spot said")             ~6
//   run across paragraphs / bare continuation after a cue           ~4
//   quotation paragraph after a paragraph about another person      ~2
//   colon after a sentence naming the speaker (a handle, "X's
//     argument ...: “...”", "uttering ... words:")                  ~4
//   nested or broken quote marks (an unclosed opening quote)        ~5
//   quote-first with the cue after a long quote                     ~2
//   a person named inside the quote (a quoted quotation)            ~2
//   "he said" with two candidates                                   ~1
//   no context (the quote opens the page), other                    ~14

// j7CalledKind: the speaker is right; the kind and span are not.
const j7CalledKind = "called-kind: \"X called Y “a coward” and said the plan was “dead on arrival.”\": the name after \"called\" is found as a direct quote, not mixed, and the second span takes in \"the plan was\" (the speaker is right; kind and span are not this file's class)"

// j7LeadInClause: a conjunction then a subordinate clause before the quotation.
const j7LeadInClause = "leadin-clause: \"And if the plan fails, “...”\": a conjunction then a clause is neither openingPhraseBefore (which wants a preposition, adverb or time first) nor conjunctionBefore (the quotation right after the conjunction), so carry gives the quotation no one"

// j7TimeWordName: a show's name with a time word is cut to its last word.
const j7TimeWordName = "time-word-name: a show's name holding a time word (\"The Morning Drive\") is cut to the words after it (\"Drive\"); the account is read right"

// j7SecondRole: see batch 13 in the file's head.
const j7SecondRole = "second-role: \"former chief of staff X and senior party adviser said that\": a second role joined to the name by \"and\" makes the subject a pair with an unnamed member, so the quotation goes to no one; reading it in resolveNP (as \"X and colleagues\" is) did not reach the cue's subject, which is split at \"and\" before"

var j7Known = flag.Bool("j7.known", false, "TestAuditS15J7 runs its known failures too, to see which a change fixed")

// j7Pair is a speaker and another person of the passage, with their
// pronouns and a role noun for the speaker.
type j7Pair struct {
	name, surname, pron string // the speaker
	other, otherSur     string // another person in the passage
	otherPron           string
	role, otherRole     string // "the mayor"
}

var j7Pairs = []j7Pair{
	{"Ilse Varga", "Varga", "she", "Tomas Brenner", "Brenner", "he", "mayor", "baker"},
	{"Piet Halloran", "Halloran", "he", "Ruben Okafor", "Okafor", "he", "coach", "striker"},
	{"Odile Marchetti", "Marchetti", "she", "Hanne Lund", "Lund", "she", "minister", "governor"},
}

const (
	j7Q1 = "We will rebuild the market by the spring"
	j7Q2 = "Nobody came to help us for three days"
	j7Q3 = "This is the worst season I can remember"
)

func j7CarryRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		rows = append(rows,
			// The paragraph before the bare quotation is about the other
			// person, named as its subject: the quotation is theirs.
			auditRow{class: "carry/other is the subject of the paragraph before, " + p.surname,
				text: "“" + j7Q1 + ",” " + p.name + " said on Monday.\n\n" + p.other + ", a " + p.otherRole + " from Tarvik, lost everything in the flood.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.other, auD, j7Q2}}},
			auditRow{class: "carry/other with an age, " + p.surname,
				text: p.name + " said the town would recover. “" + j7Q1 + ",” " + p.pron + " said.\n\n" + p.other + ", 54, has lived in Tarvik all " + j7PossOf(p.otherPron) + " life.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.other, auD, j7Q2}}},
			auditRow{class: "carry/other's story, pronoun subject after, " + p.surname,
				text: "“" + j7Q1 + ",” said " + p.name + ".\n\nAcross the river, " + p.other + " was sweeping mud from " + j7PossOf(p.otherPron) + " kitchen. " + j7CapFirst(p.otherPron) + " had no insurance.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.other, auD, j7Q2}}},
			// Near misses: the paragraph before names nobody, or names the
			// speaker again, or names the other only as an object.
			auditRow{class: "carry/near miss, a paragraph of facts between, " + p.surname,
				text: "“" + j7Q1 + ",” " + p.name + " said on Monday.\n\nThe flood destroyed 40 shops on Mill Street.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, j7Q2}}},
			auditRow{class: "carry/near miss, the speaker's own story between, " + p.surname,
				text: "“" + j7Q1 + ",” " + p.name + " said on Monday.\n\n" + p.surname + " has led the town for six years.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, j7Q2}}},
			auditRow{class: "carry/near miss, the other as an object, " + p.surname,
				text: "“" + j7Q1 + ",” " + p.name + " said on Monday.\n\n" + j7CapFirst(p.pron) + " thanked " + p.other + " for the donation.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, j7Q2}}},
		)
	}
	return rows
}

func j7RunRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		rows = append(rows,
			auditRow{class: "run/second speaker's bare continuation, " + p.surname,
				text: "“" + j7Q1 + ",” said " + p.name + ".\n\n“" + j7Q3 + ",” said " + p.other + ".\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.other, auD, j7Q3}, {p.other, auD, j7Q2}}},
			auditRow{class: "run/disagreement sentence, then bare quote, " + p.surname,
				text: "“" + j7Q1 + ",” " + p.name + " said. “We have the money.”\n\n" + p.other + " disagreed.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.other, auD, j7Q2}}},
			auditRow{class: "run/answer in the next paragraph, pronoun, " + p.surname,
				text: p.other + " asked whether the market would reopen.\n\n“" + j7Q1 + ",” " + p.name + " replied. “" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, j7Q2}}},
			auditRow{class: "run/near miss, same speaker throughout, " + p.surname,
				text: "“" + j7Q1 + ",” said " + p.name + ".\n\n“" + j7Q3 + ".”\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, j7Q3}, {p.name, auD, j7Q2}}},
		)
	}
	return rows
}

func j7PronounRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		rows = append(rows,
			// The subject of the sentence before, the other its object.
			auditRow{class: "pronoun/subject before, object other, " + p.surname,
				text: p.name + " met " + p.other + " on Monday. “" + j7Q1 + ",” " + p.pron + " said.",
				want: []quote{{p.name, auD, j7Q1}}},
			// The other inside a reported clause of the speaker.
			auditRow{class: "pronoun/other inside the speaker's report, " + p.surname,
				text: p.name + " said " + p.other + " had done nothing. “" + j7Q1 + ",” " + p.pron + " said.",
				want: []quote{{p.name, auD, j7Q1}}},
			// The other in a by-phrase: the speaker is the subject.
			auditRow{class: "pronoun/other in a prepositional phrase, " + p.surname,
				text: "In a letter to " + p.other + ", " + p.name + " called for calm. “" + j7Q1 + ",” " + p.pron + " wrote.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "pronoun/the other's paragraph, then pronoun, " + p.surname,
				text: "“" + j7Q3 + ",” said " + p.name + ".\n\n" + p.other + " was less sure. “" + j7Q2 + ",” " + p.otherPron + " said.",
				want: []quote{{p.name, auD, j7Q3}, {p.other, auD, j7Q2}}},
		)
	}
	return rows
}

func j7AfterRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		intro := j7CapFirst(p.role) + " " + p.name + " visited Tarvik on Monday. " + p.other + ", the town's " + p.otherRole + ", showed " + j7ObjOf(p.pron) + " the damage.\n\n"
		rows = append(rows,
			auditRow{class: "after/said the role, who ..., " + p.surname,
				text: intro + "“" + j7Q1 + ". The money is there and the plans are drawn,” said the " + p.role + ", who took office in May.",
				want: []quote{{p.name, auD, j7Q1 + ". The money is there and the plans are drawn"}}},
			auditRow{class: "after/the role said, " + p.surname,
				text: intro + "“" + j7Q1 + ". The money is there and the plans are drawn,” the " + p.role + " said.",
				want: []quote{{p.name, auD, j7Q1 + ". The money is there and the plans are drawn"}}},
			auditRow{class: "after/the role added, after a paragraph, " + p.surname,
				text: intro + "The river rose two metres overnight.\n\n“" + j7Q1 + ",” the " + p.role + " added.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "after/near miss, the other's role, " + p.surname,
				text: intro + "“" + j7Q2 + ",” said the " + p.otherRole + ".",
				want: []quote{{p.other, auD, j7Q2}}},
		)
	}
	return rows
}

func j7ColonRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		// The speaker named in full first, the other nearer the quote.
		lead := p.name + " met " + p.other + " at the market on Monday. " + p.otherSur + " asked about the plans.\n\n"
		rows = append(rows,
			auditRow{class: "colon/was blunt, " + p.surname,
				text: lead + p.surname + " was blunt: “" + j7Q1 + ".”",
				want: []quote{{p.name, auD, j7Q1}}, speakers: nil},
			auditRow{class: "colon/put it simply, " + p.surname,
				text: p.name + " spoke after " + p.other + ".\n\n" + j7CapFirst(p.pron) + " put it simply: “" + j7Q1 + ".”",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "colon/asked about, the speaker unmoved, " + p.surname,
				text: lead + "Asked about the plan, " + p.name + " was unmoved: “" + j7Q1 + ".”",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "colon/the role and name, was defiant, " + p.surname,
				text: lead + "The " + p.role + ", " + p.name + ", was defiant: “" + j7Q1 + ".”",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "colon/had a message for, " + p.surname,
				text: lead + p.surname + " had a message for the critics: “" + j7Q1 + ".”",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "colon/near miss, the sign read, " + p.surname,
				text: p.name + " stood by the gate. The sign above it read: “" + j7Q2 + ".”",
				want: []quote{{"", auD, j7Q2}}},
		)
	}
	return rows
}

func j7DescrRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		rows = append(rows,
			auditRow{class: "descr/the role said, the other nearer, " + p.surname,
				text: p.name + " is the " + p.role + " of Tarvik. On Monday " + p.pron + " met " + p.other + ", who has lived there for 30 years.\n\n“" + j7Q1 + ",” the " + p.role + " said.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "descr/said the role, role named as apposition, " + p.surname,
				text: p.name + ", the " + p.role + ", and " + p.other + ", the " + p.otherRole + ", toured the site.\n\n“" + j7Q1 + ",” said the " + p.role + ".",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "descr/the other's role, appositions, " + p.surname,
				text: p.name + ", the " + p.role + ", and " + p.other + ", the " + p.otherRole + ", toured the site.\n\n“" + j7Q2 + ",” said the " + p.otherRole + ".",
				want: []quote{{p.other, auD, j7Q2}}},
		)
	}
	return rows
}

// j7DescrSubjectRows, batch 2 (written whole after the first pass and run
// once before any fix): a description as the subject of the sentence
// that holds or leads to the quotation, standing for one named before in
// another shape: a role by copula ("X is the mayor of Tarvik"), "former"
// before the role, a nation's adjective before it.
func j7DescrSubjectRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		rows = append(rows,
			auditRow{class: "descrsubj/copula role, the role said, " + p.surname,
				text: p.name + " is the " + p.role + " of Tarvik. " + p.other + " runs a shop on Mill Street.\n\n“" + j7Q1 + ",” the " + p.role + " said.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "descrsubj/copula role with a, said the role, " + p.surname,
				text: p.name + " was a " + p.role + " in Tarvik for ten years. " + p.other + " met " + j7ObjOf(p.pron) + " on Monday.\n\n“" + j7Q1 + ",” said the " + p.role + ".",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "descrsubj/former role, then the former role said, " + p.surname,
				text: "Former " + p.role + " " + p.name + " spoke in Tarvik on Monday. " + p.other + " was in the crowd.\n\n“" + j7Q1 + ",” the former " + p.role + " said.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "descrsubj/nation's role, then the nation's role told, " + p.surname,
				text: "Lorvan " + p.role + " " + p.name + " met " + p.other + " on Monday.\n\nThe talks lasted four hours.\n\n“" + j7Q1 + ",” the Lorvan " + p.role + " told reporters.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "descrsubj/near miss, the copula role is the other's, " + p.surname,
				text: p.other + " is the " + p.role + " of Tarvik. " + p.name + " runs a shop on Mill Street.\n\n“" + j7Q1 + ",” the " + p.role + " said.",
				want: []quote{{p.other, auD, j7Q1}}},
			auditRow{class: "descrsubj/near miss, the role's possessive, " + p.surname,
				text: p.name + " is the " + p.role + "'s sister. " + p.other + " is the " + p.role + " of Tarvik.\n\n“" + j7Q1 + ",” the " + p.role + " said.",
				want: []quote{{p.other, auD, j7Q1}}},
		)
	}
	return rows
}

// j7TopicRows, batch 3 (written whole and run once before any fix): a
// bare quotation paragraph after a paragraph whose topic is another
// person, named in a fronted phrase ("But for Brenner and his family, the
// loss is personal."), not as the subject; and a description subject with
// a partial quote after "accused ... of".
func j7TopicRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		intro := p.other + ", a " + p.otherRole + ", lost " + j7PossOf(p.otherPron) + " shop in the flood. “" + j7Q1 + ",” " + p.name + " said on Monday.\n\n"
		for _, topic := range []string{
			"But for " + p.otherSur + " and " + j7PossOf(p.otherPron) + " family, the loss is personal.",
			"For " + p.otherSur + ", the flood was a warning.",
			"To " + p.otherSur + ", the money matters less than the shop.",
			"But for " + p.otherSur + " and " + j7PossOf(p.otherPron) + " family the slow loss of the shop is personal.",
		} {
			rows = append(rows,
				auditRow{class: "topic/fronted phrase names the other, " + topic,
					text: intro + topic + "\n\n“" + j7Q2 + ".”",
					want: []quote{{p.name, auD, j7Q1}, {p.other, auD, j7Q2}}})
		}
		rows = append(rows,
			auditRow{class: "topic/near miss, fronted phrase names a place, " + p.surname,
				text: intro + "For Tarvik, the loss is personal.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, j7Q2}}},
			auditRow{class: "topic/near miss, fronted phrase names the speaker, " + p.surname,
				text: intro + "For " + p.surname + ", the loss is personal.\n\n“" + j7Q2 + ".”",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, j7Q2}}},
			auditRow{class: "accused/former role accused the other of, " + p.surname,
				text: "Former " + p.role + " " + p.name + " spoke in Tarvik on Monday.\n\nThe former " + p.role + " also accused " + p.other + " of “wasting the town's money.”",
				want: []quote{{p.name, auD, "wasting the town's money"}}},
			auditRow{class: "accused/nation's role, citing, accused, " + p.surname,
				text: "Lorvan " + p.role + " " + p.name + " ended the truce on Monday.\n\nThe Lorvan " + p.role + ", citing attacks by rebels, accused " + p.other + " of “promoting war.”",
				want: []quote{{p.name, auD, "promoting war"}}},
		)
	}
	return rows
}

// j7KinLaterRows, batch 4: two relatives share a surname; the one the
// story introduced on their own is later called another's relative ("his
// father, Ivo Marsh") in a caption or an aside. The bare surname is still
// theirs.
func j7KinLaterRows() []auditRow {
	var rows []auditRow
	for _, f := range []struct{ elder, child, kin, pron, childPron string }{
		{"Ivo Marsh", "Tomas Marsh", "father", "he", "he"},
		{"Greta Solberg", "Anna Solberg", "mother", "she", "she"},
		{"Pavel Orlik", "Nina Orlik", "grandfather", "he", "she"},
	} {
		sur := f.elder[strings.LastIndex(f.elder, " ")+1:]
		rows = append(rows,
			auditRow{class: "kinlater/caption calls the elder a relative, says surname, " + sur,
				text: "Boat builder " + f.elder + " was seven when " + f.pron + " first went to sea.\n\n" + f.child + ", watched by " + j7PossOf(f.childPron) + " " + f.kin + ", " + f.elder + ", sands a hull in the yard.\n\n“" + j7Q3 + ",” says " + sur + ".",
				want: []quote{{f.elder, auD, j7Q3}}},
			auditRow{class: "kinlater/aside calls the elder a relative, surname said, " + sur,
				text: f.elder + " has built boats in Tarvik for fifty years.\n\nThe yard now belongs to " + f.child + ", whose " + f.kin + ", " + f.elder + ", still works there daily.\n\n" + sur + " said: “" + j7Q3 + ".”",
				want: []quote{{f.elder, auD, j7Q3}}},
			auditRow{class: "kinlater/near miss, the child introduced as kin, " + sur,
				text: f.elder + " has built boats in Tarvik for fifty years. " + j7CapFirst(j7PossOf(f.pron)) + " daughter " + f.child + " now runs the yard.\n\n“" + j7Q3 + ",” " + sur + " said.",
				want: []quote{{f.elder, auD, j7Q3}}},
		)
	}
	return rows
}

// j7DescrPronounRows, batch 5 (written whole and run once before any
// fix): a description subject standing for the speaker named before
// ("the former mayor urged ...") and then a pronoun's cue, or a
// description the story never gave the speaker, right after the
// speaker's own quotation ("“...,” Varga said. The former minister also
// accused ...").
func j7DescrPronounRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		rows = append(rows,
			auditRow{class: "descrpron/the former role urged, then pronoun told, " + p.surname,
				text: "Former " + p.role + " " + p.name + " visited Tarvik on Monday.\n\n" + p.other + " met " + j7ObjOf(p.pron) + " at the station.\n\nIn the talks, the former " + p.role + " urged the council to act.\n\n“" + j7Q1 + ",” " + p.pron + " told reporters.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "descrpron/unknown description right after the speaker's quote, " + p.surname,
				text: p.other + " resigned on Monday.\n\n“" + j7Q2 + ",” " + p.name + " said on Tuesday.\n\nThe former " + p.role + " also accused " + p.other + " of “wasting the town's money.”",
				want: []quote{{p.name, auD, j7Q2}, {p.name, auD, "wasting the town's money"}}},
			auditRow{class: "descrpron/near miss, the description the other's, " + p.surname,
				text: "Former " + p.otherRole + " " + p.other + " resigned on Monday.\n\n“" + j7Q2 + ",” " + p.name + " said on Tuesday.\n\nThe former " + p.otherRole + " also accused the council of “wasting the town's money.”",
				want: []quote{{p.name, auD, j7Q2}, {p.other, auD, "wasting the town's money"}}},
		)
	}
	return rows
}

// j7LeadInRows, batch 6 (written whole and run once before any fix): a
// quotation paragraph that continues the last speaker after a short
// lead-in of the reporter's and no cue: "But “...”", "Still, “...”",
// "With the vote set for Friday, “...”".
func j7LeadInRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		before := "The council will vote on the plan on Friday.\n\n“" + j7Q3 + ",” " + p.name + " said during the debate.\n\n"
		for _, lead := range []string{"But ", "Still, ", "With the vote set for Friday, ", "And if the plan fails, "} {
			known := ""
			if strings.HasPrefix(lead, "And if") {
				known = j7LeadInClause
			}
			rows = append(rows,
				auditRow{class: "leadin/" + lead + p.surname,
					text:  before + lead + "“" + j7Q1 + ".”",
					want:  []quote{{p.name, auD, j7Q3}, {p.name, auD, j7Q1}},
					known: known})
		}
		rows = append(rows,
			auditRow{class: "leadin/near miss, the lead-in has its own cue, " + p.surname,
				text: before + "But " + p.other + " said: “" + j7Q1 + ".”",
				want: []quote{{p.name, auD, j7Q3}, {p.other, auD, j7Q1}}},
		)
	}
	return rows
}

// j7ColonParaRows, batch 7 (written whole and run once before any fix):
// a sentence naming the speaker ends its paragraph with a colon and the
// quotation is the next paragraph, the verb before the colon no speech
// verb ("reflects this view in comments to ...:", "put it this way:").
func j7ColonParaRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		intro := p.other + " has called the plan reckless.\n\n"
		for _, lead := range []string{
			p.name + " wrote:",
			p.name + " put it this way in a letter to members:",
			"Tarvik " + p.role + " " + p.name + " reflects this view in comments to the Tarvik Courier:",
			p.name + " had this to say:",
			"In a post on her blog, " + p.name + " was blunter:",
		} {
			rows = append(rows,
				auditRow{class: "colonpara/" + lead,
					text: intro + lead + "\n\n“" + j7Q1 + ".”",
					want: []quote{{p.name, auD, j7Q1}}})
		}
		rows = append(rows,
			auditRow{class: "colonpara/near miss, a sign's words, " + p.surname,
				text: p.name + " stood by the gate. The sign above it read:\n\n“" + j7Q2 + ".”",
				want: []quote{{"", auD, j7Q2}}},
		)
	}
	return rows
}

// j7RelCueRows, batch 8 (written whole and run once before any fix): a
// speaker's cue whose apposition holds a relative clause with a speech
// verb of its own ("said Tomas Brenner, 22, a student who said he was
// taking the term off. “...”"), the second quotation the speaker's; and
// a first name introduced alone ("Dan (not his real name), a student,").
func j7RelCueRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		before := "The clerk, " + p.other + ", refused to sign the licences.\n\n"
		for _, rel := range []string{
			"who said " + p.pron + " was taking the term off",
			"who says " + p.pron + " has lived there all " + j7PossOf(p.pron) + " life",
			"who told reporters " + p.pron + " had voted for the plan",
		} {
			rows = append(rows,
				auditRow{class: "relcue/" + rel + ", " + p.surname,
					text: before + "“" + j7Q3 + ",” said " + p.name + ", 22, a student " + rel + ". “" + j7Q2 + ".”",
					want: []quote{{p.name, auD, j7Q3}, {p.name, auD, j7Q2}}})
		}
		first := p.name[:strings.Index(p.name, " ")]
		rows = append(rows,
			auditRow{class: "firstonly/not the real name, " + p.surname,
				text: "“" + j7Q3 + ",” says " + p.other + ".\n\n" + first + " (not " + j7PossOf(p.pron) + " real name), a 19-year-old student, has just returned home. " + j7CapFirst(p.pron) + " does not plan to go back. “" + j7Q2 + ".”",
				want: []quote{{p.other, auD, j7Q3}, {first, auD, j7Q2}}},
			// Added while fixing: another wording of the aside, and a near
			// miss whose aside says nothing of the name.
			auditRow{class: "firstonly/name changed, " + p.surname,
				text: "“" + j7Q3 + ",” says " + p.other + ".\n\n" + first + " (name changed), a 19-year-old student, has just returned home. " + j7CapFirst(p.pron) + " does not plan to go back. “" + j7Q2 + ".”",
				want: []quote{{p.other, auD, j7Q3}, {first, auD, j7Q2}}},
			auditRow{class: "firstonly/near miss, a full name with an aside, " + p.surname,
				text: "“" + j7Q3 + ",” says " + p.other + ".\n\n" + p.name + " (pictured), a 19-year-old student, has just returned home. " + j7CapFirst(p.pron) + " does not plan to go back. “" + j7Q2 + ".”",
				want: []quote{{p.other, auD, j7Q3}, {p.name, auD, j7Q2}}},
			auditRow{class: "firstonly/asked that the surname not be used, " + p.surname,
				text: "“" + j7Q3 + ",” says " + p.other + ".\n\n" + first + ", who asked that " + j7PossOf(p.pron) + " surname not be used, has just returned home. " + j7CapFirst(p.pron) + " does not plan to go back. “" + j7Q2 + ".”",
				want: []quote{{p.other, auD, j7Q3}, {first, auD, j7Q2}}},
		)
	}
	return rows
}

// j7RelPlaceRows, batch 9 (written whole and run once before any fix):
// as relcue, with a body's or a place's name between the role and the
// relative clause ("a student at Tarvik State who said he ..."), the
// clerk named before of the other gender.
func j7RelPlaceRows() []auditRow {
	var rows []auditRow
	for _, sp := range []struct{ name, pron, clerk string }{
		{"Tomas Brenner", "he", "Ilse Varga"},
		{"Hanne Lund", "she", "Ruben Okafor"},
		{"Piet Halloran", "he", "Odile Marchetti"},
	} {
		before := "The clerk, " + sp.clerk + ", refused to sign the licences.\n\n"
		for _, at := range []string{"at Tarvik State", "at Pellan University", "from Orlen"} {
			rows = append(rows,
				auditRow{class: "relplace/a student " + at + " who said, " + sp.name,
					text: before + "“" + j7Q3 + ",” said " + sp.name + ", 22, a student " + at + " who said " + sp.pron + " was taking the term off. “" + j7Q2 + ".”",
					want: []quote{{sp.name, auD, j7Q3}, {sp.name, auD, j7Q2}}})
		}
	}
	return rows
}

// j7PerfectAfterRows, batch 10 (written whole and run once before any
// fix): a long quotation first, then the speaker, a long apposition and
// a verb in the perfect, perhaps with an adverb ("..., Ilse Varga,
// chairwoman of the Tarvik Residents Group in Pellan, has said
// repeatedly.").
func j7PerfectAfterRows() []auditRow {
	var rows []auditRow
	long := j7Q1 + ". The lights are out in Tarvik and the shops are closing. " + j7Q2
	for _, p := range j7Pairs {
		for _, verb := range []string{"has said", "has said repeatedly", "has stressed", "has argued", "has warned", "has insisted", "had told reporters"} {
			rows = append(rows,
				auditRow{class: "perfect/" + verb + ", " + p.surname,
					text: p.other + " runs the power company.\n\n“" + long + ",” " + p.name + ", chair of the Tarvik Residents Group in Pellan, " + verb + ".",
					want: []quote{{p.name, auD, long}}})
		}
	}
	return rows
}

// j7UnclosedRows, batch 11 (written whole and run once before any fix):
// a quotation whose closing mark is missing before its cue, so the marks
// pair wrongly: “..., said Tomas Brenner, 25, a student. with no close,
// and "..., says Brenner. "..." in straight marks.
func j7UnclosedRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		before := p.other + " has refused to sign the licences.\n\n"
		rows = append(rows,
			auditRow{class: "unclosed/curly, no close, said name, " + p.surname,
				text: before + "“" + j7Q1 + ", said " + p.name + ", 25, a psychology student.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "unclosed/curly, no close, says name, " + p.surname,
				text: before + "“" + j7Q1 + ", says " + p.name + ", who runs the market.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "unclosed/straight, close missing, says surname, " + p.surname,
				text: before + p.name + " spoke on Monday.\n\n\"" + j7Q1 + ", says " + p.surname + ". \"" + j7Q2 + ".\"",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, j7Q2}}},
			auditRow{class: "unclosed/near miss, closed normally, " + p.surname,
				text: before + "“" + j7Q1 + ",” said " + p.name + ", 25, a psychology student.",
				want: []quote{{p.name, auD, j7Q1}}},
			auditRow{class: "unclosed/near miss, a quoted quotation inside, " + p.surname,
				text: before + "“When " + p.other + " says " + p.otherSur + " will fix it, I believe " + j7ObjOf(p.otherPron) + ",” " + p.name + " said.",
				want: []quote{{p.name, auD, "When " + p.other + " says " + p.otherSur + " will fix it, I believe " + j7ObjOf(p.otherPron)}}},
		)
	}
	return rows
}

// j7AccountRows, batch 12 (written whole and run once before any fix):
// a body's or a show's social-media account as the subject of the cue
// ("The account for The Morning Drive, which replaced ..., tweeted:").
func j7AccountRows() []auditRow {
	var rows []auditRow
	for _, b := range []struct{ text, name, known string }{
		{"The Morning Drive", "The Morning Drive", j7TimeWordName},
		{"Tarvik Rovers", "Tarvik Rovers", ""},
		// The body's name without "the", as the engine names bodies (the
		// first pass wanted "The Pellan Harbour Trust": a fault of the
		// probe).
		{"the Pellan Harbour Trust", "Pellan Harbour Trust", ""},
	} {
		first := len(rows)
		rows = append(rows,
			auditRow{class: "account/the account for, tweeted, " + b.text,
				text: "Ilse Varga hosted the show for twenty years.\n\nThe account for " + b.text + " tweeted: “" + j7Q3 + ".”",
				want: []quote{{b.name, auD, j7Q3}}},
			auditRow{class: "account/the account for, long asides, tweeted, " + b.text,
				text: "Ilse Varga hosted the show for twenty years.\n\nThe account for " + b.text + ", which replaced her show, hosted by Tomas Brenner and Piet Halloran, who both worked for Varga, tweeted: “" + j7Q3 + ".”",
				want: []quote{{b.name, auD, j7Q3}}},
			auditRow{class: "account/the official account of, posted, " + b.text,
				text: "Ilse Varga hosted the show for twenty years.\n\nThe official account of " + b.text + " posted: “" + j7Q3 + ".”",
				want: []quote{{b.name, auD, j7Q3}}},
		)
		for i := first; i < len(rows); i++ {
			rows[i].known = b.known
		}
	}
	return rows
}

// j7SecondRoleRows, batch 13 (written whole and run once before any
// fix): a second role joined to the speaker's name by "and", with no
// name of its own ("former chief of staff Ilse Varga and senior party
// adviser said that “...”").
func j7SecondRoleRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		before := p.other + " was named campaign manager on Monday. " + p.otherSur + " has led two campaigns.\n\n"
		for _, second := range []string{"senior party adviser", "longtime adviser to the governor", "senior Pellan adviser"} {
			rows = append(rows,
				auditRow{class: "secondrole/" + second + ", " + p.surname,
					text:  before + "In an interview with the Tarvik Courier, former chief of staff " + p.name + " and " + second + " said that “" + j7Q3 + ".”",
					want:  []quote{{p.name, auD, j7Q3}},
					known: j7SecondRole})
		}
		rows = append(rows,
			// Near miss: "and a senior adviser" is another person, unnamed.
			auditRow{class: "secondrole/near miss, and a senior adviser, " + p.surname,
				text: before + "In an interview with the Tarvik Courier, former chief of staff " + p.name + " and a senior adviser said that “" + j7Q3 + ".”",
				want: []quote{{"", auD, j7Q3}}},
		)
	}
	return rows
}

func j7InsideRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		rows = append(rows,
			auditRow{class: "inside/the other named in the quote, cue after, " + p.surname,
				text: p.name + " spoke on Monday.\n\n“" + p.other + " promised us help and " + p.otherPron + " never came,” " + p.pron + " said.",
				want: []quote{{p.name, auD, p.other + " promised us help and " + p.otherPron + " never came"}}},
			auditRow{class: "inside/the other named in a bare quote, " + p.surname,
				text: "“" + j7Q1 + ",” " + p.name + " said.\n\n“" + p.other + " promised us help and " + p.otherPron + " never came.”",
				want: []quote{{p.name, auD, j7Q1}, {p.name, auD, p.other + " promised us help and " + p.otherPron + " never came"}}},
			auditRow{class: "inside/the other at the start of the quote, cue mid, " + p.surname,
				text: "“" + p.surname + " is wrong,” " + p.name + " said of " + p.other + ". “" + j7Q1 + ".”",
				want: []quote{{p.name, auD, p.surname + " is wrong"}, {p.name, auD, j7Q1}}},
		)
	}
	return rows
}

func j7PartialRows() []auditRow {
	var rows []auditRow
	for _, p := range j7Pairs {
		rows = append(rows,
			auditRow{class: "partial/called the other a name, " + p.surname,
				text:  p.name + " called " + p.other + " “a coward” and said the plan was “dead on arrival.”",
				want:  []quote{{p.name, auM, "a coward"}, {p.name, auM, "dead on arrival"}},
				known: j7CalledKind},
			auditRow{class: "partial/nested quote of the other, " + p.surname,
				text: "“When " + p.surname + " told me ‘we will fix it,’ I believed " + j7ObjOf(p.otherPron) + ",” " + p.name + " said.",
				want: []quote{{p.name, auD, "When " + p.surname + " told me we will fix it I believed " + j7ObjOf(p.otherPron)}}},
		)
	}
	return rows
}

func j7PossOf(pron string) string {
	if pron == "she" {
		return "her"
	}
	return "his"
}

func j7ObjOf(pron string) string {
	if pron == "she" {
		return "her"
	}
	return "him"
}

func j7CapFirst(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func TestAuditS15J7(t *testing.T) {
	var rows []auditRow
	for _, g := range [][]auditRow{j7CarryRows(), j7RunRows(), j7PronounRows(), j7AfterRows(), j7ColonRows(), j7DescrRows(), j7DescrSubjectRows(), j7TopicRows(), j7KinLaterRows(), j7DescrPronounRows(), j7LeadInRows(), j7ColonParaRows(), j7RelCueRows(), j7RelPlaceRows(), j7PerfectAfterRows(), j7UnclosedRows(), j7AccountRows(), j7SecondRoleRows(), j7InsideRows(), j7PartialRows()} {
		rows = append(rows, g...)
	}
	runAudit(t, "j7", rows, *j7Known)
}
