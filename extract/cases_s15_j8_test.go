package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 15, helper j8: DIRECT quotations of WRITTEN text given to
// nobody or to the wrong speaker. A tally of the dev misses found the
// largest class to be a quotation from a body's or a person's post,
// tweet, memo, letter, statement or ruling introduced with no speech verb
// ("The memo, signed by X, reads: “...”", "“...,” the letter reads.",
// "A statement from the ministry read: “...”"). The probe table crosses
// document nouns with frames and owner forms (a named person, a named
// body, a possessive "her"/"its" after the owner is named, "signed by",
// "posted by"), plus near misses where the quoted words are no one's (a
// book's title, a law's name, a sign, a banner, a headline).
//
// FIRST PASS (the whole table of 103 rows written first and run once):
// 75/103 (0.73): according 8/8, from 8/8, inpron 8/8, nearmiss 7/7,
// possname 8/8, posted 8/8, signed 8/8, tweeted 4/4, wrote 8/8, pronread
// 7/8, ruling 1/3, filing 0/1, and 0/8 each for the three frames where
// "the <document>" stands for a writing whose owner the sentence before
// names with no document noun ("Ilse Varga wrote to residents on Monday.
// The letter said: “...”", "“...,” the letter reads.", the same across a
// paragraph): all went to nobody. The frames with a speech verb, an owner
// in the phrase ("signed by", "posted by", "from", a possessive) or the
// document named when it was issued already passed.
//
// Fix 1 (writerBefore, np.go): "the <document a speaker issues>" with no
// issuer found is the subject of the sentence before when its verb is one
// of writing ("wrote", "has written", "emailed", "tweeted", "posted") and
// no document is named there; across a paragraph only when a quotation
// opens the sentence. 75/103 -> 100/103 (pronread's "Her memo read" too);
// batch 2 (seven near misses, added while fixing: another's letter
// received, a body's statement, a letter read not written, a speaker
// then a writer, a sign) passed. No score set moved (all totals equal).
//
// Batch 3 (j8AccountRows, 24 rows from frames the dev misses showed:
// an account posting for its owner, a document made by declaring or
// issuing; written whole and run once after fix 1): 7/24: account 4/13
// ("The account for X tweeted:" and "X's Twitter account posted:"
// passed; a time phrase before the colon, a quotation before the cue,
// "A post on X's Facebook page read" and "made the following
// announcement" failed), declare 2/8 ("signed an order. The order
// states" passed; "declared an emergency. The proclamation (declaration)
// said", "issued new rules. The rules state" failed), nearaccount 1/3
// (a fan or parody account went to the one it names).
// Fix 2 (accountPosts, subject.go): an account is the cue's subject with
// a time phrase before the colon and when the cue closes a sentence a
// quotation opens. Fix 3 (np.go, words.go): "the proclamation
// (declaration, decree)" after a sentence whose subject declared is that
// subject's (writerBefore with authorsDocument); "issued new rules" with no
// article issues the plural document; "declaration" is a document word.
// Batch 3 7/24 -> 15/24; ALL 122/134. No score set moved (all totals
// equal). Fix 4 (np.go, notOwnersSite): a site's noun after "fan",
// "parody", "fake", "unofficial" is no one's ("A fan account for the
// Tarvik Water Board tweeted" went to the board); nearaccount 1/3 ->
// 2/3, ALL 123/134; no score set moved. Fix 5 (subject.go): "written
// by" and "authored by" in a document's aside name its speaker, as
// "signed by" does ("The ruling, written by Judge Ilse Varga, states");
// ruling 1/3 -> 2/3, ALL 124/134 (125/135 with a near miss, "The
// letter, written by hand, says", added after); no score set moved.
// Fix 6 (subject.go, postedDocObject): an account is the subject of a
// cue whose object is a document before the colon ("X's account posted
// a message: “...”", "posted the following message on Monday:"); four
// rows written for it failed before it (0/4 -> 4/4); ALL 129/139; no
// score set moved. Fix 7 (implicit.go, colonSubject): a subject phrase
// ending in an account's noun with its owner named before the colon is
// the owner ("The Tarvik Water Board's Twitter account made the
// following announcement: “...”"); with two rows written for it, 129/141
// -> 132/141 (named announcement 0/2 -> 2/2, the body's "Its Twitter
// account" row too); no score set moved. Left as known: bare-state,
// post-on-page, made-announcement ("Her Twitter account" and a bare
// "government Twitter account"), posing-as, ruling-author (the judge who
// ruled, then "the ruling reads"), filing-party.

var j8Known = flag.Bool("s15j8.known", false, "TestAuditS15J8 runs its known failures too, to see which a change fixed")

func TestAuditS15J8(t *testing.T) {
	runAudit(t, "j8", append(j8Rows(), j8AccountRows()...), *j8Known)
}

// j8Owner is one owner of a document: the name the gold gives, how a
// sentence names it, its possessive pronoun and a sentence that names it
// before a frame that only refers to it.
type j8Owner struct {
	tag, speaker, phrase, pron, intro string
}

var j8Owners = []j8Owner{
	{"person", "Ilse Varga", "Ilse Varga", "her", "Ilse Varga, the mayor of Tarvik, wrote to residents on Monday."},
	{"body", "Tarvik Water Board", "the Tarvik Water Board", "its", "The Tarvik Water Board wrote to residents on Monday."},
}

var j8Nouns = []struct{ noun, q string }{
	{"statement", "We will not raise the price of water this year."},
	{"letter", "The reservoir is lower than it has been for forty years."},
	{"memo", "Every pump station must be checked before the winter."},
	{"post", "Please boil your tap water until further notice."},
}

// j8Cap gives a phrase a capital first letter to open a sentence.
func j8Cap(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// j8KnownRows gives the mechanism of each row the engine still fails, by
// the row's class.
var j8KnownRows = map[string]string{
	"ruling/qfirst reads":                 "ruling-author: \"Judge X ruled on Monday. “...,” the ruling reads.\": the ruling is given to a court named before (recentCourt), never to the judge who ruled",
	"declare/rules person":                "bare-state: \"The rules state: “...”\": the bare plural form \"state\" after a document is not taken as the cue (\"stated\", \"say\", \"read\" are)",
	"declare/rules body":                  "bare-state: \"The rules state: “...”\": the bare plural form \"state\" after a document is not taken as the cue (\"stated\", \"say\", \"read\" are)",
	"account/facebook page person":        "post-on-page: \"A post on X's Facebook page read\": the page's owner inside \"on\" is not the post's",
	"account/facebook page body":          "post-on-page: \"A post on X's Facebook page read\": the page's owner inside \"on\" is not the post's",
	"account/announcement person":         "made-announcement: \"Her Twitter account made the following announcement: “...”\": \"made ... announcement\" with an account as subject is no cue of the owner",
	"account/official government account": "made-announcement: \"an official government Twitter account made the following announcement\": neither the cue nor the government behind \"government\" is found",
	"nearaccount/parody account":          "posing-as: \"A parody account posing as X tweeted\": the name after \"posing as\" is taken for the account's owner (\"a parody account for X\" is no one's since fix 4)",
	"filing/according to the filing":      "filing-party: \"X sued Y. According to the filing, “...”\": a filing is no document a speaker issues, and the party who filed it is not looked for",
}

func j8Rows() []auditRow {
	var rows []auditRow
	add := func(class, text, speaker, q string) {
		rows = append(rows, auditRow{class: class, text: text, want: []quote{{speaker, auD, q}}, known: j8KnownRows[class]})
	}
	for _, o := range j8Owners {
		for _, n := range j8Nouns {
			tag := o.tag + " " + n.noun
			q := n.q
			add("wrote/"+tag, "In a "+n.noun+" on "+o.pron+" website, "+o.phrase+" wrote: “"+q+"”", o.speaker, q)
			add("signed/"+tag, "The "+n.noun+", signed by "+o.phrase+", reads: “"+q+"”", o.speaker, q)
			add("posted/"+tag, "The "+n.noun+" posted by "+o.phrase+" read: “"+q+"”", o.speaker, q)
			add("from/"+tag, "A "+n.noun+" from "+o.phrase+" read: “"+q+"”", o.speaker, q)
			add("possname/"+tag, j8Cap(o.phrase)+"'s "+n.noun+" states: “"+q+"”", o.speaker, q)
			add("according/"+tag, "According to "+o.phrase+"'s "+n.noun+", “"+q+"”", o.speaker, q)
			add("inpron/"+tag, "In "+o.pron+" "+n.noun+", "+o.phrase+" said: “"+q+"”", o.speaker, q)
			add("pronread/"+tag, o.intro+" "+j8Cap(o.pron)+" "+n.noun+" read: “"+q+"”", o.speaker, q)
			add("thedocsaid/"+tag, o.intro+" The "+n.noun+" said: “"+q+"”", o.speaker, q)
			add("qfirstreads/"+tag, o.intro+" “"+q+",” the "+n.noun+" reads.", o.speaker, q[:len(q)-1])
			add("qfirstpara/"+tag, o.intro+"\n\n“"+q[:len(q)-1]+",” the "+n.noun+" said.", o.speaker, q[:len(q)-1])
		}
		add("tweeted/"+o.tag, j8Cap(o.phrase)+" tweeted on Monday: “The bridge will stay shut until Friday.”", o.speaker, "The bridge will stay shut until Friday.")
		add("tweeted/"+o.tag+" qfirst", "“The bridge will stay shut until Friday,” "+o.phrase+" tweeted.", o.speaker, "The bridge will stay shut until Friday")
	}
	// A court's ruling and a judge's.
	add("ruling/court states", "The Tarvik District Court's ruling states: “The fine was lawful.”", "Tarvik District Court", "The fine was lawful.")
	add("ruling/written by judge", "The ruling, written by Judge Ilse Varga, states: “The fine was lawful.”", "Ilse Varga", "The fine was lawful.")
	add("ruling/aside written by hand", "The letter, written by hand, says: “The fine was lawful.”", "", "The fine was lawful.")
	add("ruling/qfirst reads", "Judge Ilse Varga ruled on Monday. “The fine was lawful,” the ruling reads.", "Ilse Varga", "The fine was lawful")
	add("filing/according to the filing", "Osric Hale sued the Tarvik Water Board in May. According to the filing, “the board knew of the leak for a year.”", "Osric Hale", "the board knew of the leak for a year.")

	// Near misses: quoted words that are no one's.
	none := func(class, text string) {
		rows = append(rows, auditRow{class: "nearmiss/" + class, text: text, speakers: []string{}})
	}
	none("a sign read", "The sign on the door of the Tarvik library read: “Closed until Monday.”")
	none("a banner read", "A banner outside the town hall read “Welcome home” as the team arrived.")
	none("a headline read", "The headline in the Tarvik Courier read: “Floods again.”")
	none("a book's title", "Ilse Varga's new book, “Salt and Iron”, reads like a thriller.")
	none("a law's name", "The law, known as the “Clean Harbour Act”, was signed by Ilse Varga in May.")
	none("a plaque reads", "A plaque on the bridge reads: “Built by the people of Tarvik, 1902.”")
	none("a post's title", "Ilse Varga shared a post titled “Ten walks near Tarvik” on Monday.")
	// Batch 2, near misses of the writer fix (added while fixing): the
	// document is another's, or read, not written, or a sign.
	wq := "We will not raise the price of water this year."
	add("nearwriter/another's letter received", "Osric Hale wrote to residents on Monday. He had received a letter from Ilse Varga. The letter said: “"+wq+"”", "Ilse Varga", wq)
	add("nearwriter/a statement from a body", "Osric Hale wrote to residents on Monday. A statement from the Tarvik Water Board said: “"+wq+"”", "Tarvik Water Board", wq)
	add("nearwriter/the body's letter", "Osric Hale wrote to the Tarvik Water Board in May. The board's letter said: “"+wq+"”", "Tarvik Water Board", wq)
	add("nearwriter/read, not wrote", "Osric Hale read the letter to residents on Monday. The letter said: “"+wq+"”", "", wq)
	add("nearwriter/speaker then writer", "“The pipes are old,” said Ilse Varga. Osric Hale wrote to the council on Monday. The letter said: “"+wq+"”", "Osric Hale", wq)
	add("nearwriter/has written", "Ilse Varga has written to every household in Tarvik. “"+wq[:len(wq)-1]+",” the letter reads.", "Ilse Varga", wq[:len(wq)-1])
	none("writer then a sign", "Osric Hale wrote to residents on Monday. The sign on the pump house said: “Keep out.”")
	return rows
}

// j8AccountRows is batch 3, frames the dev misses showed in real news: an
// account that posts for its owner ("The account for X tweeted: “...”",
// "an official government Twitter account made the following
// announcement: “...”") and a document made by a verb of declaring or
// ordering ("X declared an emergency. The proclamation said “...”").
func j8AccountRows() []auditRow {
	var rows []auditRow
	add := func(class, text, speaker, q string) {
		rows = append(rows, auditRow{class: class, text: text, want: []quote{{speaker, auD, q}}, known: j8KnownRows[class]})
	}
	q := "The ferry to Ostby is cancelled for the rest of the week."
	qc := q[:len(q)-1]
	for _, o := range j8Owners {
		add("account/for "+o.tag, "The account for "+o.phrase+" tweeted: “"+q+"”", o.speaker, q)
		add("account/twitter account "+o.tag, j8Cap(o.phrase)+"'s Twitter account posted: “"+q+"”", o.speaker, q)
		add("account/official account "+o.tag, j8Cap(o.phrase)+"'s official account tweeted on Monday: “"+q+"”", o.speaker, q)
		add("account/qfirst "+o.tag, "“"+qc+",” "+o.phrase+"'s account posted.", o.speaker, qc)
		add("account/facebook page "+o.tag, "A post on "+o.phrase+"'s Facebook page read: “"+q+"”", o.speaker, q)
		add("account/announcement "+o.tag, o.intro+" "+j8Cap(o.pron)+" Twitter account made the following announcement: “"+q+"”", o.speaker, q)
		add("account/posted a message "+o.tag, j8Cap(o.phrase)+"'s account posted a message: “"+q+"”", o.speaker, q)
		add("account/posted the following "+o.tag, j8Cap(o.phrase)+"'s account posted the following message on Monday: “"+q+"”", o.speaker, q)
		add("account/named announcement "+o.tag, j8Cap(o.phrase)+"'s Twitter account made the following announcement: “"+q+"”", o.speaker, q)
		add("declare/proclamation "+o.tag, j8Cap(o.phrase)+" declared a state of emergency on Friday. The proclamation said “"+q+"”", o.speaker, q)
		add("declare/declaration "+o.tag, j8Cap(o.phrase)+" declared a state of emergency on Friday. The declaration reads: “"+q+"”", o.speaker, q)
		add("declare/order "+o.tag, j8Cap(o.phrase)+" signed an order on Friday. The order states: “"+q+"”", o.speaker, q)
		add("declare/rules "+o.tag, j8Cap(o.phrase)+" issued new rules on Friday. The rules state: “"+q+"”", o.speaker, q)
	}
	add("account/official government account", "The government of Velmora shut its offices on Monday. Earlier, an official government Twitter account made the following announcement: “"+q+"”", "government of Velmora", q)
	// Near misses: an account that is not the owner's.
	add("nearaccount/fan account", "A fan account for the Tarvik Water Board tweeted: “"+q+"”", "", q)
	add("nearaccount/parody account", "A parody account posing as Ilse Varga tweeted: “"+q+"”", "", q)
	add("nearaccount/read the proclamation", "Osric Hale read the proclamation aloud on Friday. The proclamation said “"+q+"”", "", q)
	return rows
}
