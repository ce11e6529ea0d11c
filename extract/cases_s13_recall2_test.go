package extract_test

import (
	"strings"
	"testing"
)

// The session 13 second audit of QUOTE RECALL (dev-m, WSJ parts 32-47,
// and dev-n, 2015 news): reported clauses the engine missed, by class,
// crossed with fictional speakers and clauses, with near misses that must
// stay unquoted. Every person, company and clause is invented.
//
// FIRST PASS (engine at 58d4f71, the whole table run once as written, 53
// rows): 20/53 (0.38).
//   midcue 6/9  near 8/8  present 6/36
// present: only "the firm sells used trucks" passed (its "used" read as a
// past); every other unknown verb in -s after a singular noun phrase, and
// a bare one after a plural ("several new hurdles loom"), left the clause
// unread. midcue: "In each case, X says, ..." failed for all three
// speakers (the opening phrase taken for the clause); "For now" and "In
// the long run" passed.
// FIRST PASS, batch 2 (group: 18 rows, and 4 near misses): group 14/18,
// near 4/4; "market watchers" and "dividend bulls" before "say" and
// "argue that" were no group (the tail frame ", market watchers said"
// and the other four nouns passed).
// FIRST PASS, batch 3 (place: 9 rows, and 2 near misses): place 3/9,
// near 2/2; a place and its state set off by commas, then an irregular
// past ("began", "lost"), read as an object and the speaker's own second
// verb ("burned down" passed).
// FIRST PASS, batch 4 (quotedsubj: 8 rows, and 4 near misses): 0/8, near
// 4/4; a quoted phrase after "said" was a clause's subject only before an
// auxiliary, so "said “grave doubts” surrounded ..." kept the two words.
// FIRST PASS, batch 5 (phrasal: 8 rows, and 2 near misses): 0/8, near
// 2/2; a named subject after the opening clause's comma whose verb is a
// phrasal cue's form without its particle ("made" with no "clear",
// "pointed" with no "out") was read as a second speaker, ending the
// clause at the comma (or dropping it).
// FIRST PASS, batch 6 (doccue: 8 rows, and 3 near misses): 0/8, near
// 3/3; "state" and "note" after a plural document ("..., the rules
// state.") were demoted to nouns, as only a plural group or role kept
// them; after the fix the two "the fund's documents" rows stay known.
// FIRST PASS, batch 7 (retort: 3 rows, and 2 near misses): 0/3, near
// 2/2; "retort" was no cue form in the base ("Critics retort that");
// made one, "In a sharp retort to the board, ..." took the clause after,
// so the form is demoted as "note" and "state" are, unless "that" or the
// like follows.
// FIRST PASS, batch 8 (documented: 6 rows, and 2 near misses): 0/6, near
// 2/2; "documented" was no cue: made one that takes only "that".
// FIRST PASS, batch 9 (presentof: 8 rows): 6/8; a bare present ending the
// sentence after a subject with an "of" phrase ("a number of hurdles
// loom") was not read (the others passed on their objects).
// FIRST PASS, batch 10 (monthday: 9 rows): 3/9; a day after its month
// ("Oct. 13") was taken for the number opening the clause, so a cue at
// the end ("..., X said Oct. 13.", "said after the Oct. 13 plunge") had a
// clause after it and reported nothing, and "said on Oct. 13 that ..."
// began its span at the day (the loose match passed those 3). The fix
// is not kept (see s13rc2MonthDay); its 6 rows stay known.
// FIRST PASS, batch 11 (apposcue: 6 rows, and a near miss): 4/6, near
// 1/1; after "X, a toolmaker, said" a group with a place phrase and an
// irregular past ("the workers at its plant began") was read as the
// inverted cue's speaker, the phrase as a closing modifier. The fix
// moved no set and is not kept (see s13rc2ClosingModifier).
// FIRST PASS, batch 12 (midpast: 6 rows, and 2 near misses): 0/6, near
// 2/2; the appos-after-cue shape with an irregular past ("began",
// "came", "took"), which trailingApposition now stops at (a past after
// an -ed participle, the midcue rows' "followed", stays known).

// s13rc2MonthDay is the mechanism of the monthday rows left failing.
const s13rc2MonthDay = "month-day: a day after its month (\"Oct. 13\") is taken for the number opening a clause after the cue, so a cue at the end reports nothing; the fix (the day goes with its month in skipForwardAdverbials and the phrase after the cue, not after \"in\") passed 9/9 and found dev-m's one such quote, but its gold speaker is the nation of \"a senior Japanese official\", which the engine leaves unnamed: dev-m attribution 0.908 -> 0.904, so not kept"

// s13rc2ClosingModifier is the mechanism of the apposcue rows left failing.
const s13rc2ClosingModifier = "closing-modifier: \", said the workers at its plant began ...\": closingModifier takes the place phrase up to the sentence's end as the inverted speaker's modifier, over an irregular past; stopping at a past-only verb (pastOnlyVerb, not after an article) passed 7/7 and moved no set, so it was not kept"

// s13rc2ApposAfterCue is the mechanism of the midcue rows left failing.
const s13rc2ApposAfterCue = "appos-after-cue: \"X says, a sharp fall in prices followed ...\": a clause after a mid-sentence cue opening on \"a\" with no auxiliary or cue verb is read as an apposition on the speaker (trailingApposition); a past in -ed cannot tell it from \"a lawyer based in Tarrow\""

func TestAuditS13Recall2(t *testing.T) {
	runAudit(t, "s13rc2", s13rc2Rows(), *auditKnown)
}

// s13rc2Rows: "present" is a reported clause whose only verb is one in
// the present the lexicon does not know ("the firm sells cars", "new
// hurdles loom"); "midcue" is a cue set off by commas after an opening
// phrase that is no clause ("In each case, he says, ..."); "near" are
// texts that must keep their figures.
func s13rc2Rows() []auditRow {
	rows := []auditRow{}
	speakers := []struct{ intro, name string }{
		{"Marta Quill, a spokeswoman for Dovecote Ltd.,", "Marta Quill"},
		{"Oren Battisti", "Oren Battisti"},
		{"Lydia Karsk, president of Fenwold Bank,", "Lydia Karsk"},
	}
	present := []string{
		"the company now targets younger buyers",
		"the firm sells used trucks in three states",
		"the bank lends mostly to farmers",
		"the plant employs about 400 people",
		"the new rule bars brokers from such trades",
		"several new hurdles loom",
	}
	for _, sp := range speakers {
		for _, c := range present {
			for _, verb := range []string{"says", "said"} {
				rows = append(rows, auditRow{class: "present", text: sp.intro + " " + verb + " " + c + ".",
					want: []quote{{sp.name, auI, c}}, exact: true})
			}
		}
	}
	midcue := []struct{ open, clause string }{
		{"In each case", "a sharp fall in prices followed within a year"},
		{"For now", "the fund will keep its cash in bonds"},
		{"In the long run", "the mill cannot survive without new orders"},
	}
	for _, sp := range []struct{ cue, name string }{{"he says", ""}, {"Oren Battisti says", "Oren Battisti"}, {"Dovecote Ltd. said", "Dovecote Ltd."}} {
		for _, m := range midcue {
			text := m.open + ", " + sp.cue + ", " + m.clause + "."
			if sp.name == "" {
				text = "Oren Battisti runs the fund. " + text
			}
			name := sp.name
			if name == "" {
				name = "Oren Battisti"
			}
			row := auditRow{class: "midcue", text: text, want: []quote{{name, auI, m.clause}}}
			if m.open == "In each case" {
				row.known = s13rc2ApposAfterCue
			}
			rows = append(rows, row)
		}
	}
	near := []string{
		"The company targets younger buyers with a new catalog.",
		"Oren Battisti announced the company results on Monday.",
		"Lydia Karsk praised the bank loans program.",
		"Marta Quill welcomed the plant orders.",
		"Oren Battisti reviewed the new hurdles.",
		"Lydia Karsk discussed the firm's trucks and its sales.",
		"In each case, prices fell within a year.",
		"For now, Oren Battisti runs the fund.",
	}
	// Batch 2, "group": a plural noun of market people the lexicon did not
	// know as a group ("market watchers", "dividend bulls", "bond
	// strategists") as the subject of a cue, in several frames.
	for _, g := range []string{"market watchers", "dividend bulls", "bond strategists", "small investors", "some bankers", "currency brokers"} {
		clause := "the rally will fade by spring"
		rows = append(rows,
			auditRow{class: "group", text: "Many " + g + " say " + clause + ".", want: []quote{{"", auI, clause}}, exact: true},
			auditRow{class: "group", text: "But " + g + " argue that " + clause + ".", want: []quote{{"", auI, clause}}, exact: true},
			auditRow{class: "group", text: "The Kessel Fund gained 4%. Still, " + clause + ", " + g + " said.", want: []quote{{"", auI, clause}}, exact: true})
	}
	near = append(near,
		"The Kessel Fund sold its shares to small investors in May.",
		"The bulls charged across the field at Harrow Farm.",
		"Mr. Quill met some bankers and currency brokers in Dunmore.",
		"Market watchers packed the hall at Dunmore.")
	// Batch 3, "place": a place and its state set off by commas inside
	// the reported clause ("workers in Dunmore, Ohio, began a strike"),
	// the verb after the closing comma an irregular past.
	for _, pl := range []string{"Dunmore, Ohio", "Pellston, Mich.", "Harwick, Conn."} {
		for _, c := range []string{"workers at a plant in %s, began a strike", "a warehouse in %s, burned down overnight", "its store in %s, lost money last year"} {
			clause := strings.Replace(c, "%s", pl, 1)
			rows = append(rows, auditRow{class: "place", text: "Marlow Corp. said " + clause + ".", want: []quote{{"Marlow Corp.", auI, clause}}, exact: true})
		}
	}
	near = append(near,
		"Lydia Karsk, who visited the plant in Dunmore, Ohio, spoke with the workers.",
		"Marlow Corp. announced the closing of its plant in Pellston, Mich., and left the state.")
	// Batch 4, "quotedsubj": a quoted phrase right after "said" is the
	// subject of the reported clause, its verb a past or a present with
	// no auxiliary ("said “grave doubts” surrounded the plan"): the whole
	// clause is a mixed quote.
	for _, c := range []string{"“grave doubts” surrounded the outlook for the fund",
		"“serious flaws” marred the inquiry from the start",
		"“deep concerns” remain about the cost of the bridge",
		"“early signs” pointed to a slowdown in hiring"} {
		for _, sp := range []struct{ intro, name string }{{"Oren Battisti", "Oren Battisti"}, {"Lydia Karsk, president of Fenwold Bank,", "Lydia Karsk"}} {
			rows = append(rows, auditRow{class: "quotedsubj", text: sp.intro + " said " + c + ".", want: []quote{{sp.name, auM, c}}, exact: true})
		}
	}
	for _, n := range []struct{ text, q string }{
		{"Oren Battisti said “no” to the plan.", "no"},
		{"Oren Battisti said “sorry” followed by a bow.", "sorry"},
		{"Oren Battisti said “thank you” repeatedly.", "thank you"},
		{"Lydia Karsk said “goodbye” and left the hall.", "goodbye"},
	} {
		rows = append(rows, auditRow{class: "quotedsubj/near", text: n.text, want: []quote{{strings.Fields(n.text)[0] + " " + strings.Fields(n.text)[1], auD, n.q}}, exact: true})
	}
	// Batch 5, "phrasal": after a clause of time that opens the reported
	// clause, a named subject whose verb is a phrasal cue's form used
	// plainly ("made an effort", "put the sign up", "gave money", "hit a
	// wall") is the clause's own, not a second speaker.
	for _, c := range []string{"Ms. Karsk made an extra effort to help him",
		"Lydia Karsk put him in touch with a banker",
		"Dovecote Ltd. gave him a loan on easy terms",
		"Ms. Karsk pointed him to a cheaper lot"} {
		for _, frame := range []string{"Oren Battisti said that when he opened his shop, ", "Oren Battisti says that after the fire, "} {
			text := frame + c + "."
			rows = append(rows, auditRow{class: "phrasal", text: text, want: []quote{{"Oren Battisti", auI, strings.TrimPrefix(text[len("Oren Battisti says that "):len(text)-1], "that ")}}, exact: true})
		}
	}
	rows = append(rows,
		auditRow{class: "phrasal/near", text: "Oren Battisti said the shop would close, but Lydia Karsk made clear that it would stay open.",
			want: []quote{{"Oren Battisti", auI, "the shop would close"}, {"Lydia Karsk", auI, "it would stay open"}}, exact: true},
		auditRow{class: "phrasal/near", text: "Oren Battisti said that when the shop opened, Lydia Karsk pointed out that it was too small.",
			want: []quote{{"Oren Battisti", auI, "when the shop opened"}, {"Lydia Karsk", auI, "it was too small"}}, exact: true})
	// Batch 6, "doccue": a plural document as the speaker of a base-form
	// verb that is more often a noun ("state", "note", "observe"), after
	// the clause it reports: "..., the rules state."
	for _, doc := range []string{"the rules", "the guidelines", "the regulations", "the fund's documents"} {
		for _, v := range []string{"state", "note"} {
			clause := "Each change can occur only once"
			row := auditRow{class: "doccue", text: clause + ", " + doc + " " + v + ".", want: []quote{{"", auI, clause}}, exact: true}
			if strings.Contains(doc, "'s") {
				row.known = "possessive-doc: trailingPluralCue walks back from the noun over lower-case words to the comma, and the possessive's \"'s\" stops it"
			}
			rows = append(rows, row)
		}
	}
	near = append(near,
		"The club follows the rules state officials wrote in May.",
		"Under the rules, state aid ends in May.",
		"The guidelines note pads were on the table.")
	// Batch 7, "retort": the base form "retort" after a plural subject.
	for _, subj := range []struct{ text, name string }{{"Critics", ""}, {"The bank's backers", ""}, {"Many traders", ""}} {
		clause := "the first round was too early for concessions"
		rows = append(rows, auditRow{class: "retort", text: subj.text + " retort that " + clause + ".", want: []quote{{subj.name, auI, clause}}})
	}
	near = append(near,
		"In a sharp retort to the board, the fund closed its doors.",
		"His retort was quick and the hall laughed.")
	// Batch 8, "documented": "documented that" reports what a group found.
	for _, subj := range []struct{ text, name string }{{"The rights group Veltra", "Veltra"}, {"Lydia Karsk", "Lydia Karsk"}, {"The auditors", ""}} {
		clause := "only 37 of 1,200 permits were granted"
		rows = append(rows,
			auditRow{class: "documented", text: subj.text + " documented that " + clause + ".", want: []quote{{subj.name, auI, clause}}},
			auditRow{class: "documented", text: subj.text + " has documented that between 2009 and 2012, " + clause + ".", want: []quote{{subj.name, auI, "between 2009 and 2012, " + clause}}})
	}
	near = append(near,
		"The rights group Veltra documented the demolitions in a long report.",
		"It was a well documented case of fraud in Dunmore.")
	// Batch 9, "presentof": the present's subject with an "of" phrase
	// ("a number of hurdles loom", "the head of the bank owns").
	for _, c := range []string{"a number of hurdles loom", "a handful of lenders dominate the market", "the head of the bank owns a stake in it", "most of the funds hold bonds"} {
		rows = append(rows,
			auditRow{class: "presentof", text: "Oren Battisti says " + c + ".", want: []quote{{"Oren Battisti", auI, c}}, exact: true},
			auditRow{class: "presentof", text: "Traders say " + c + ".", want: []quote{{"", auI, c}}, exact: true})
	}
	// Batch 10, "monthday": a date of month and day after the cue ("said
	// on Oct. 13 that ...", "..., an official said Oct. 13.", "said after
	// the Oct. 13 plunge").
	for _, date := range []string{"Oct. 13", "October 13", "Sept. 4"} {
		clause := "prices will fall by spring"
		rows = append(rows,
			auditRow{class: "monthday", text: "Oren Battisti said on " + date + " that " + clause + ".", want: []quote{{"Oren Battisti", auI, clause}}, exact: true},
			auditRow{class: "monthday", text: "Prices will fall by spring, Oren Battisti said " + date + ".", want: []quote{{"Oren Battisti", auI, "Prices will fall by spring"}}, exact: true,
				known: s13rc2MonthDay},
			auditRow{class: "monthday", text: "Prices will fall by spring, a senior official said after the " + date + " plunge.", want: []quote{{"", auI, "Prices will fall by spring"}}, exact: true,
				known: s13rc2MonthDay})
	}
	// Batch 11, "apposcue": a cue after the speaker's apposition, then a
	// group and a place phrase as the clause's subject ("Marlow Corp., a
	// toolmaker, said the workers in the plant began a strike"), read as
	// an inverted cue whose speaker is the group.
	for _, c := range []string{"the workers at its plant began a strike", "the miners in the north went back to work", "the traders on the floor fell silent"} {
		first := auditRow{class: "apposcue", text: "Marlow Corp., a toolmaker, said " + c + ".", want: []quote{{"Marlow Corp.", auI, c}}, exact: true}
		if strings.Contains(c, "began") || strings.Contains(c, "fell") {
			first.known = s13rc2ClosingModifier
		}
		rows = append(rows, first,
			auditRow{class: "apposcue", text: "Lydia Karsk, a banker in Dunmore, said " + c + ".", want: []quote{{"Lydia Karsk", auI, c}}, exact: true})
	}
	rows = append(rows, auditRow{class: "apposcue/near", text: "The mill will close, said the workers at its plant in Dunmore.",
		want: []quote{{"", auI, "The mill will close"}}, exact: true})
	// Batch 12, "midpast": the appos-after-cue shape with an irregular
	// past ("..., he says, a sharp drop in prices began within a year").
	for _, c := range []string{"a sharp drop in prices began within a year", "a new rival came along within months", "a big fund took the other side"} {
		rows = append(rows,
			auditRow{class: "midpast", text: "Oren Battisti runs the fund. In each case, he says, " + c + ".", want: []quote{{"Oren Battisti", auI, c}}},
			auditRow{class: "midpast", text: "And in each case, Oren Battisti says, " + c + ".", want: []quote{{"Oren Battisti", auI, c}}})
	}
	rows = append(rows,
		auditRow{class: "midpast/near", text: "The fund will close, said Oren Battisti, a lawyer who took the case in May.", want: []quote{{"Oren Battisti", auI, "The fund will close"}}, exact: true},
		auditRow{class: "midpast/near", text: "The fund will close, said Oren Battisti, a lawyer based in Dunmore.", want: []quote{{"Oren Battisti", auI, "The fund will close"}}, exact: true})
	for _, n := range near {
		rows = append(rows, auditRow{class: "near", text: n, exact: true})
	}
	return rows
}
