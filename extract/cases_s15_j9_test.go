package extract_test

import (
	"testing"
)

// Session 15, helper j9: the lead paragraph read as a headline. A story's
// first paragraph that names a speaker may be a headline or standfirst
// ("Anja Koll says harbour plan will go ahead"), whose speaker a
// description in the next paragraph may describe ("The mayor said ...");
// or a full lead sentence, whose speaker is no more likely than anyone
// to be the next paragraph's "A teacher said ...". An indefinite
// description ("A/An/One <role>") is never the named speaker's: it
// introduces someone new.
//
// j9Rows crosses four lead shapes (a headline without a stop, a
// headline-case title, a full lead sentence, a dateline lead) with
// second paragraphs: indefinite descriptions that must stay nobody's,
// definite ones that the lead's speaker fits, and near misses (a
// description with its own name, the named speaker again).
//
// FIRST PASS (whole table written first and run once before any fix):
// 19/40 (0.47): headline 4/10, titlecase 7/10, fullsent 4/10, dateline
// 4/10. Every indefinite description below a lead that named Anja Koll
// was hers (linkLeadDescriptions looked at the paragraph above for any
// description, whatever that paragraph was).
//
// Fix 1: an indefinite description ("A/An/One/Another <role>") takes the
// speaker of the paragraph above only when that paragraph is a headline
// or standfirst (the first paragraph, with no stop at its end): the
// feeds' standfirst ("Anja Koll, a former mayor, says ...") over "A senior
// opposition leader has said ..." is that style, and a check that the
// headline gave the speaker the description's office cost FeedGold
// attribution 0.916 -> 0.911 (the standfirst gives another office), so
// below a headline the link stays. Rows added after fix 1 (headrole, a
// headline with the office; indef-same-role; def-engineer), run on the
// engine before the fix too: all 60 rows 27/60 before, 39/60 after.
// fullsent 5/12 -> 11/12, dateline 5/12 -> 11/12. No score set moved.
//
// Fix 2 (title case, a shape of the first table): a headline in title
// case ("Mayor Anja Koll Says Harbour Plan Will Go Ahead") read "Says
// Harbour Plan Will Go Ahead" into names and found no cue, so "She
// said", "Koll said" and "The mayor said" below went to nobody or to
// "Will Go Ahead". A present-tense speech verb after a capitalised word
// in such a headline now ends the name and is its cue (titleCaseVerb);
// an indefinite description below a title-case headline stays nobody's
// (that style names its subject in the lead at once). titlecase 8/12 ->
// 11/12; all 60 rows 39/60 -> 42/60. Batch 2 (j9TitleRows, near misses
// of title case), written after fix 2 and run once: 5/6. No score set
// moved.
//
// Fix 3 (the indefinite rows below a sentence-case headline, left known
// after fix 1): the standfirst style that names its subject late speaks
// of now ("A senior opposition leader in Tarvia has said", "A campaign
// group says"); "A teacher said", "One fisherman said" are witnesses of
// the day. Below such a headline an indefinite description takes the
// headline's speaker only when its cue is in the present or the present
// perfect (presentCue). Rows indef-has-said and indef-says added with
// it (linked below a headline, nobody's below a lead sentence): all 76
// rows 57/76 -> 69/76 (headline 7/14 -> 13/14, headrole 6/14 -> 12/14).
// No score set moved (the feed's standfirst case stays linked).
//
// Batch 3 (j9AheadRows: "A teacher said" in the second paragraph, a
// name in the third), written whole and run once: 4/15; the teacher's
// words went to the one named below ("Ivo Brant said"), the lead's look
// ahead. Fix 4: the look ahead takes an indefinite description only
// when its cue speaks of now, as fix 3 does for the look above (a lead
// that names its speaker late: "A senior opposition leader has said",
// then the name). Batch 3 4/15 -> 12/15. No score set moved.

type j9Lead struct {
	shape string
	text  string
}

var j9Leads = []j9Lead{
	{"headline", "Anja Koll says harbour plan will go ahead"},
	{"headrole", "Tarvik mayor Anja Koll says harbour plan will go ahead"},
	{"titlecase", "Mayor Anja Koll Says Harbour Plan Will Go Ahead"},
	{"fullsent", "Tarvik mayor Anja Koll said on Tuesday that the harbour plan would go ahead despite the protests."},
	{"dateline", "TARVIK (Wire) - Tarvik mayor Anja Koll said on Tuesday that the harbour plan would go ahead despite the protests."},
}

// j9Follow is a second paragraph: its quote and who should speak it, or
// "" for nobody; "=lead" stands for the lead's speaker.
type j9Follow struct {
	name    string
	text    string
	quote   string
	speaker string
}

var j9Follows = []j9Follow{
	{"indef-teacher", "A teacher said the new quay would cut the school off from the town.", "the new quay would cut the school off from the town", ""},
	{"indef-engineer", "An engineer told reporters that the old breakwater was no longer safe.", "the old breakwater was no longer safe", ""},
	{"indef-one-fisherman", "One fisherman said the catch had fallen by half since the works began.", "the catch had fallen by half since the works began", ""},
	{"indef-nurse", "A local nurse said the ambulance route would be blocked for months.", "the ambulance route would be blocked for months", ""},
	{"indef-councillor", "A councillor said the vote had been rushed through the chamber.", "the vote had been rushed through the chamber", ""},
	{"indef-mayor", "A former mayor said the harbour had been promised for thirty years.", "the harbour had been promised for thirty years", ""},
	{"indef-same-role", "A mayor in the north has said the harbour plan would go ahead.", "the harbour plan would go ahead", "=headrole"},
	{"indef-has-said", "A senior councillor has said the vote had been rushed through the chamber.", "the vote had been rushed through the chamber", "=headline"},
	{"indef-says", "A harbour pilot says the channel is too shallow for the new ferries.", "the channel is too shallow for the new ferries", "=headline"},
	{"def-engineer", "The engineer said the old breakwater was no longer safe.", "the old breakwater was no longer safe", ""},
	{"def-mayor", "The mayor said the first ships would dock in the spring.", "the first ships would dock in the spring", "=lead"},
	{"near-named", "A teacher, Ivo Brant, said the new quay would cut the school off from the town.", "the new quay would cut the school off from the town", "Ivo Brant"},
	{"near-she", "She said the first ships would dock in the spring.", "the first ships would dock in the spring", "=lead"},
	{"near-koll", "Koll said the first ships would dock in the spring.", "the first ships would dock in the spring", "=lead"},
}

// Mechanisms of the rows still failing.
const (
	j9SoleDescr = "sole-descr: coref gives a definite role description (\"The engineer said\") to the story's one named person though her office (mayor) is another"
	j9TitleCase = "title-case: a headline in title case (\"Mayor Anja Koll Says Harbour Plan Will Go Ahead\") reads \"Will Go Ahead\" as a name, which takes the body's \"She\", \"Koll\" and \"The mayor\""
	j9HasSaid   = "in-the-north: \"A mayor in the north has said\" below \"Tarvik mayor Anja Koll says ...\" is not linked to her: the description with \"in the north\" is no lead description (\"A senior mayor has said\" is linked; it was not before fix 1 either)"
)

// j9Known gives the mechanism of a row still failing, by lead shape and
// second paragraph.
func j9Known(shape, follow string) string {
	switch {
	case shape == "headrole" && follow == "indef-same-role":
		return j9HasSaid
	case follow == "def-engineer":
		return j9SoleDescr
	}
	return ""
}

func j9Rows() []auditRow {
	var rows []auditRow
	for _, l := range j9Leads {
		for _, f := range j9Follows {
			sp := f.speaker
			switch {
			case sp == "=lead", sp == "=headrole" && l.shape == "headrole":
				sp = "Anja Koll"
			case sp == "=headline" && (l.shape == "headline" || l.shape == "headrole"):
				sp = "Anja Koll"
			case sp == "=headrole", sp == "=headline":
				sp = ""
			}
			rows = append(rows, auditRow{
				class: l.shape + "/" + f.name,
				text:  l.text + "\n\n" + f.text,
				want:  []quote{{sp, auI, f.quote}},
				known: j9Known(l.shape, f.name),
			})
		}
	}
	return rows
}

// j9TitleRows are title-case headlines of other shapes (batch 2, written
// after fix 2): a body's verb, a headline with no speech verb, a
// sentence-case headline over a name's plain verb, and one in capitals
// only at its names.
func j9TitleRows() []auditRow {
	body := "The ferry operator said the first ships would dock in the spring."
	return []auditRow{
		{class: "title2/body-warns", text: "Tarvik Harbour Trust Warns Of Delays To Quay\n\nThe trust said the new quay would open a year late.",
			want: []quote{{"Tarvik Harbour Trust", auI, "the new quay would open a year late"}}},
		{class: "title2/no-verb", text: "Mayor Anja Koll Opens New Harbour Gates\n\nA teacher said the new quay would cut the school off from the town.",
			want: []quote{{"", auI, "the new quay would cut the school off from the town"}}},
		{class: "title2/no-verb-she", text: "Mayor Anja Koll Opens New Harbour Gates\n\n" + body,
			want:  []quote{{"", auI, "the first ships would dock in the spring"}},
			known: "title-name: a title-case headline's words after a verb the lexicon lacks (\"Opens New Harbour Gates\") read as a body's name, which then takes \"The ferry operator said\""},
		{class: "title2/warns-she", text: "Mayor Anja Koll Warns Harbour Works Will Run Late\n\nShe said the first ships would dock in the summer.",
			want: []quote{{"Anja Koll", auI, "the first ships would dock in the summer"}}},
		{class: "title2/sentence-case", text: "Mayor Anja Koll says harbour works will run late\n\nShe said the first ships would dock in the summer.",
			want: []quote{{"Anja Koll", auI, "the first ships would dock in the summer"}}},
		{class: "title2/title-indef", text: "Mayor Anja Koll Warns Harbour Works Will Run Late\n\nA fisherman said the catch had fallen by half since the works began.",
			want: []quote{{"", auI, "the catch had fallen by half since the works began"}}},
	}
}

// j9AheadRows (batch 3): an indefinite description in the second
// paragraph with a named speaker in the third, below each lead shape:
// the lead's speaker again ("Koll said"), someone new ("Ivo Brant
// said"), and someone new given the description's office ("Ivo Brant, a
// teacher at the harbour school, said").
func j9AheadRows() []auditRow {
	indef := "A teacher said the new quay would cut the school off from the town."
	iq := "the new quay would cut the school off from the town"
	var rows []auditRow
	for _, l := range j9Leads {
		for _, third := range []struct{ name, text, speaker string }{
			{"koll", "Koll said the first ships would dock in the spring.", "Anja Koll"},
			{"new-name", "Ivo Brant said the first ships would dock in the spring.", "Ivo Brant"},
			{"new-teacher", "Ivo Brant, a teacher at the harbour school, said the first ships would dock in the spring.", "Ivo Brant"},
		} {
			rows = append(rows, auditRow{
				class: "ahead-" + l.shape + "/" + third.name,
				text:  l.text + "\n\n" + indef + "\n\n" + third.text,
				want:  []quote{{"", auI, iq}, {third.speaker, auI, "the first ships would dock in the spring"}},
				known: j9AheadKnown(l.shape, third.name),
			})
		}
	}
	return rows
}

// j9AheadKnown gives the mechanism of a batch 3 row still failing.
func j9AheadKnown(shape, third string) string {
	if third == "new-teacher" && (shape == "headline" || shape == "headrole" || shape == "titlecase") {
		return "teacher-below: below a headline, \"A teacher said\" goes to one named in the next paragraph as \"Ivo Brant, a teacher at the harbour school\" by a pass other than the lead link (whether he is the same teacher the text does not say)"
	}
	return ""
}

func TestAuditS15J9(t *testing.T) {
	rows := append(j9Rows(), j9TitleRows()...)
	runAudit(t, "j9", append(rows, j9AheadRows()...), *auditKnown)
}
