package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 13: speaker precision and recall on real reporting. The dev
// misses (Wikinews dev, pages dev-a..dev-k, feed gold) were sorted by
// mechanism; the classes probed here, each a frame crossed with three
// casts of invented people and bodies, with near misses that must not
// change:
//
//   - relaside: a speech verb in a relative clause hung on a name's role
//     aside ("X, a former pilot who asserted in July that ..., was
//     present"): nobody spoke, and the report ran on into the main
//     clause's predicate;
//   - docpart: a body's document named with a participle ("A Kestrel
//     Institute report released on Monday said"): nobody spoke, though
//     the same document without the participle is the body's;
//   - contact: a noun object with a relative clause without "that" ("X
//     emphasized the risks the plan would bring") read as a reported
//     clause whose verb is the relative's;
//   - joint (added after fix 3): "X and Y said" credited to each of the
//     two, where the gold makes a joint report no one's;
//   - gaprel (added after fix 6): "X, whom Y called on to resign, said".
//
// FIRST PASS (engine at bb30ae1, the whole table run once as written,
// 30 frames x 3 casts = 90 rows):
//   relaside 16/30   docpart 18/30   contact 18/30   ALL 52/90 (0.58)
// The misses: every relative on a role aside gave nobody (or the body in
// the role, "an economist at Tarrow University who ...") and a report
// running into the main predicate; every document with a participle gave
// nobody; contact relatives on a definite or indefinite object gave a
// report; and "A lawyer who represents X said" credited X.
//
// After fix 1 (roleAsideComma, relativeInAside): relaside 27/30, the
// three left "A lawyer who represents X said" (known). After fix 2
// (contactRelativeAt, needForObject): contact 30/30, and 57/57 with the
// near misses written beside the fix (an infinitive inside the clause's
// subject, a request's and a forecast's object and infinitive, a
// receiver, a time phrase, "the day they arrived"). docpart stays 18/30
// (known): the fix written for it (the document's body speaks through
// the participle, and a bare "this week" after it) passed 30/30 but moved
// no gold set, so it was not kept.
//
// The joint class (10 frames x 3 = 30 rows: two people or bodies joined
// by "and" before or after one cue, whose words the real-news and pages
// gold make no one's), written after fix 3 and run once before fix 4:
// 12/30, every positive giving the words to each of the two (the engine's
// rule since session 10, which the realnews README notes the gold does
// not follow). After fix 4 (a co-speaker makes the report no one's):
// 30/30, and 33/33 with "Both X and Y have asserted" written beside the
// fix as a near miss (the realworld gold credits each there). The joint2
// batch (6 frames x 3), written beside fix 5 after probes of ", as well
// as Y," and of modifiers before the first of two titled names failed as
// they did: 15/18 after it, "as well as being a lawyer" known (it loses
// the name without the fix too).
//
// The gaprel batch (5 frames x 3: a request whose hearer is the relative
// pronoun, "X, whom Y urged to resign, said"), written after fix 6 and run
// once before fix 7: 6/15 (the near misses), nothing found for the
// "whom ... called on to" request, and the "urged to" one running on into
// the main clause, X's cue lost. After fix 7: 15/15.
//
// The forces batch (4 frames x 3, "Canadian forces said"), written after
// fix 7 and run once before fix 8: 6/12 (the near misses). After fix 8
// ("forces" names a state's body, as "military" does): 12/12.

// Mechanisms of the rows still failing, named once so the audit groups them.
const (
	s13spkDocPart  = "doc-participle: a body's document named before a participle (\"A Kestrel Institute report released on Monday said\") is read as an unnamed document, nobody's"
	s13spkLawyerOf = "lawyer-rel: \"A lawyer who represents X said\" credits X, the object of the relative clause"
	s13spkAsideIng = "aside-being: an aside opening with a participle (\", as well as being a lawyer,\") between a name and its cue hides the name: nobody speaks (so before the joint fix too)"
	s13spkVenueCue = "venue-name: a name ending in hotel, restaurant, pub, salon or supermarket (or opening with Hotel or Restaurant before one word) is not a body's name, so \"the hotel\" finds nothing: making these words organisation cues made \"Hotel Saturnia\" (a hotel spoken of) a false speaker on pages dev-f and split \"Hotel Arvit Palace\""
)

var s13spkKnown = flag.Bool("s13spk.known", false, "TestAuditS13Speakers runs its known failures too, to see which a change fixed")

func TestAuditS13Speakers(t *testing.T) {
	runAudit(t, "s13spk", s13spkRows(), *s13spkKnown)
}

// s13spkCast is one set of invented people and bodies a frame is filled
// with: P a person, R a role for them, O a body, Q a second person.
type s13spkCast struct{ P, R, O, Q string }

var s13spkCasts = []s13spkCast{
	{P: "Oren Pask", R: "a former navy pilot", O: "Kestrel Institute", Q: "Mara Quell"},
	{P: "Lira Venn", R: "the retired judge", O: "Tarrow Water Board", Q: "Ivo Dask"},
	{P: "Hal Moreno", R: "an economist at Tarrow University", O: "Marlow Housing Trust", Q: "Ada Brenn"},
}

// s13spkFrame is one frame: text with {P} {R} {O} {Q} to fill ({Ps} and
// {Qs} their surnames), the quotes
// wanted (speaker a placeholder or ""), the speakers wanted.
type s13spkFrame struct {
	class    string
	text     string
	want     []quote
	speakers []string
	known    string
}

func s13spkFill(s string, c s13spkCast) string {
	last := func(n string) string { f := strings.Fields(n); return f[len(f)-1] }
	return strings.NewReplacer("{P}", c.P, "{R}", c.R, "{O}", c.O, "{Q}", c.Q, "{Ps}", last(c.P), "{Qs}", last(c.Q)).Replace(s)
}

func s13spkRows() []auditRow {
	var rows []auditRow
	for _, f := range s13spkFrames {
		for _, c := range s13spkCasts {
			row := auditRow{class: f.class, text: s13spkFill(f.text, c), exact: true, known: f.known, speakers: []string{}}
			for _, w := range f.want {
				row.want = append(row.want, quote{s13spkFill(w.speaker, c), w.kind, s13spkFill(w.text, c)})
			}
			for _, sp := range f.speakers {
				row.speakers = append(row.speakers, s13spkFill(sp, c))
			}
			rows = append(rows, row)
		}
	}
	return rows
}

var s13spkFrames = []s13spkFrame{
	// relaside: the relative clause on a role aside reports; the name
	// before the aside speaks, and the report ends at the aside's comma.
	{class: "relaside/asserted, then the main predicate",
		text:     "{P}, {R} who asserted in July that the sightings were underreported, was also present at the event.",
		want:     []quote{{"{P}", auI, "the sightings were underreported"}},
		speakers: []string{"{P}"}},
	{class: "relaside/has said, then the main verb",
		text:     "{P}, {R} who has said the inquiry was rushed, chaired the meeting on Friday.",
		want:     []quote{{"{P}", auI, "the inquiry was rushed"}},
		speakers: []string{"{P}"}},
	{class: "relaside/after by, at the sentence's end",
		text:     "The meeting was chaired by {P}, {R} who has long argued that the inquiry was rushed.",
		want:     []quote{{"{P}", auI, "the inquiry was rushed"}},
		speakers: []string{"{P}"}},
	{class: "relaside/told reporters",
		text:     "{P}, {R} who told reporters last week that the plant was safe, resigned on Monday.",
		want:     []quote{{"{P}", auI, "the plant was safe"}},
		speakers: []string{"{P}"}},
	{class: "relaside/near miss: no speech in the relative",
		text:     "{P}, {R} who flew the plane, was also present at the event.",
		speakers: []string{}},
	{class: "relaside/near miss: the main clause's cue",
		text:     "{P}, {R} who knew the victim, said the road was unsafe.",
		want:     []quote{{"{P}", auI, "the road was unsafe"}},
		speakers: []string{"{P}"}},
	{class: "relaside/near miss: the aside of a relative's noun, not the name",
		text: "Police questioned a neighbour of {P}, a woman who said she had heard two shots.",
		want: []quote{{"", auI, "she had heard two shots"}}},
	{class: "relaside/near miss: a plain aside",
		text:     "{P}, {R}, said the bridge was unsafe.",
		want:     []quote{{"{P}", auI, "the bridge was unsafe"}},
		speakers: []string{"{P}"}},
	{class: "relaside/near miss: the relative after the name",
		text:     "{P}, who asserted in July that the sightings were underreported, was also present.",
		want:     []quote{{"{P}", auI, "the sightings were underreported"}},
		speakers: []string{"{P}"}},
	{class: "relaside/near miss: a role before the name",
		known: s13spkLawyerOf,
		text:  "A lawyer who represents {P} said the charges would be dropped.",
		want:  []quote{{"", auI, "the charges would be dropped"}}},

	// joint: what two named people or bodies say together is no one's
	// (the Wikinews and pages gold: "a joint statement of several people
	// or bodies has speaker: null", "Ted Cruz and Francis Rooney proposed
	// to ..." and "Disney and Lucasfilm announced" are null).
	{class: "joint/two names said",
		text: "{P} and {Q} said the bridge would reopen in May.",
		want: []quote{{"", auI, "the bridge would reopen in May"}}},
	{class: "joint/two names after the quotation",
		text: "“The ferry was late,” said {P} and {Q}.",
		want: []quote{{"", auD, "The ferry was late"}}},
	{class: "joint/a name with an aside and a name",
		text: "{P}, {R}, and {Q} said the bridge would reopen in May.",
		want: []quote{{"", auI, "the bridge would reopen in May"}}},
	{class: "joint/a body and a union requested",
		text: "The {O} and the Tarrow Nurses Union requested the marsh be given protected status.",
		want: []quote{{"", auI, "the marsh be given protected status"}}},
	{class: "joint/surnames announced",
		text: "{P} met {Q} on Monday. {Ps} and {Qs} announced they would form four working groups.",
		want: []quote{{"", auI, "they would form four working groups"}}},
	{class: "joint/titled names proposed",
		text: "Senator {P} and fellow Liberal Representative {Q} proposed to cap rents across the valley.",
		want: []quote{{"", auI, "to cap rents across the valley"}}},
	{class: "joint/near miss: each their own cue",
		text:     "{P} said the bridge would reopen, and {Q} said it would not.",
		want:     []quote{{"{P}", auI, "the bridge would reopen"}, {"{Q}", auI, "it would not"}},
		speakers: []string{"{P}", "{Q}"}},
	{class: "joint/near miss: one of two named before speaks",
		text:     "{P} and {Q} met on Monday. {Q} said the bridge would reopen in May.",
		want:     []quote{{"{Q}", auI, "the bridge would reopen in May"}},
		speakers: []string{"{Q}"}},
	{class: "joint/near miss: a body whose name holds and",
		text:     "The Dorn Department of Health and Social Care said the ward would reopen in May.",
		want:     []quote{{"Dorn Department of Health and Social Care", auI, "the ward would reopen in May"}},
		speakers: []string{"Dorn Department of Health and Social Care"}},
	{class: "joint2/as well as, set off by commas",
		text: "{P}, as well as {Q}, said there was no link between the rallies and the campaign.",
		want: []quote{{"", auI, "there was no link between the rallies and the campaign"}}},
	{class: "joint2/a group and a name, as well as two bodies",
		text: "The rally's organisers and {Ps}, as well as the {O} and the Dask campaign, said there was no link.",
		want: []quote{{"", auI, "there was no link"}}},
	{class: "joint2/titled names after an opening phrase and modifiers",
		text: "On Thursday, former presidential candidate Senator {P} and fellow Liberal Representative {Q} proposed to set term limits for the council.",
		want: []quote{{"", auI, "to set term limits for the council"}}},
	{class: "joint2/near miss: as well as being",
		known:    s13spkAsideIng,
		text:     "{P}, as well as being a lawyer, said the bridge would reopen in May.",
		want:     []quote{{"{P}", auI, "the bridge would reopen in May"}},
		speakers: []string{"{P}"}},
	{class: "joint2/near miss: as well as after the cue",
		text:     "{P} said the bridge, as well as the road, would reopen in May.",
		want:     []quote{{"{P}", auI, "the bridge, as well as the road, would reopen in May"}},
		speakers: []string{"{P}"}},
	{class: "joint2/near miss: modifiers before one name",
		text:     "On Thursday, former presidential candidate Senator {P} proposed to set term limits for the council.",
		want:     []quote{{"{P}", auI, "to set term limits for the council"}},
		speakers: []string{"{P}"}},
	{class: "joint/near miss: both opens the two, each asserts",
		text:     "Both the {O} and the Tarrow Nurses Union have asserted that the ward was safe.",
		want:     []quote{{"{O}", auI, "the ward was safe"}, {"Tarrow Nurses Union", auI, "the ward was safe"}},
		speakers: []string{"{O}", "Tarrow Nurses Union"}},
	{class: "joint/near miss: a name and an unnamed other",
		text:     "{P} said on Monday the bridge would reopen in May.",
		want:     []quote{{"{P}", auI, "the bridge would reopen in May"}},
		speakers: []string{"{P}"}},

	// gaprel: a request whose hearer is the relative pronoun ("X, whom Y
	// urged to resign, said"): Y's request runs from "to" to the
	// relative's closing comma, and X's own cue keeps its clause.
	{class: "gaprel/whom urged to",
		text:     "{P}, whom {Q} urged to resign, said the party needed her.",
		want:     []quote{{"{Q}", auI, "to resign"}, {"{P}", auI, "the party needed her"}},
		speakers: []string{"{P}", "{Q}"}},
	{class: "gaprel/whom called on to, a long phrase",
		text:     "{P}, whom {Q} called on to resign as head of the party from the debate stage, said she was not bothered.",
		want:     []quote{{"{Q}", auI, "to resign as head of the party from the debate stage"}, {"{P}", auI, "she was not bothered"}},
		speakers: []string{"{P}", "{Q}"}},
	{class: "gaprel/who has asked to",
		text:     "{P}, who {Q} has asked to step down, declined to comment.",
		want:     []quote{{"{Q}", auI, "to step down"}},
		speakers: []string{"{Q}"}},
	{class: "gaprel/near miss: whom met",
		text:     "{P}, whom {Q} met in May, said the plan was sound.",
		want:     []quote{{"{P}", auI, "the plan was sound"}},
		speakers: []string{"{P}"}},
	{class: "gaprel/near miss: who urged an object",
		text:     "{P}, who urged {Q} to resign, lost the vote.",
		want:     []quote{{"{P}", auI, "{Q} to resign"}},
		speakers: []string{"{P}"}},

	// forces: a country's forces, named by its adjective or name, speak
	// as its military does ("Israeli forces" speaks in the pages gold).
	{class: "forces/nation forces said",
		text:     "Canadian forces said they had reached the {O} compound.",
		want:     []quote{{"Canadian forces", auI, "they had reached the {O} compound"}},
		speakers: []string{"Canadian forces"}},
	{class: "forces/confirmed, saying",
		text:     "Tarrovian forces confirmed a second day of strikes near the {O}, saying they had killed a commander.",
		want:     []quote{{"Tarrovian forces", auI, "they had killed a commander"}},
		speakers: []string{"Tarrovian forces"}},
	{class: "forces/near miss: government forces",
		text: "Government forces said they had reached the {O} compound.",
		want: []quote{{"", auI, "they had reached the {O} compound"}}},
	{class: "forces/near miss: the military",
		text:     "The Canadian military said it had reached the {O} compound.",
		want:     []quote{{"Canadian military", auI, "it had reached the {O} compound"}},
		speakers: []string{"Canadian military"}},

	// docpart: a body's document, then a participle phrase, then the cue.
	{class: "docpart/report released on",
		known:    s13spkDocPart,
		text:     "A {O} report released on Monday said rents had risen by a fifth.",
		want:     []quote{{"{O}", auI, "rents had risen by a fifth"}},
		speakers: []string{"{O}"}},
	{class: "docpart/statement issued on",
		known:    s13spkDocPart,
		text:     "A {O} statement issued on Friday said the port would reopen.",
		want:     []quote{{"{O}", auI, "the port would reopen"}},
		speakers: []string{"{O}"}},
	{class: "docpart/the study published in",
		known:    s13spkDocPart,
		text:     "The {O} study published in March found that rents had risen by a fifth.",
		want:     []quote{{"{O}", auI, "rents had risen by a fifth"}},
		speakers: []string{"{O}"}},
	{class: "docpart/new report released",
		known:    s13spkDocPart,
		text:     "A new {O} report released this week says the waiting list has doubled.",
		want:     []quote{{"{O}", auI, "the waiting list has doubled"}},
		speakers: []string{"{O}"}},
	{class: "docpart/near miss: no participle",
		text:     "A {O} report said rents had risen by a fifth.",
		want:     []quote{{"{O}", auI, "rents had risen by a fifth"}},
		speakers: []string{"{O}"}},
	{class: "docpart/near miss: a report on the body",
		text: "A report on the {O} released on Monday said its rents had risen by a fifth.",
		want: []quote{{"", auI, "its rents had risen by a fifth"}}},
	{class: "docpart/near miss: an outlet's report",
		text: "A Marlow Courier report published on Monday said rents had risen by a fifth.",
		want: []quote{{"", auI, "rents had risen by a fifth"}}},
	{class: "docpart/near miss: a wire's report",
		text: "A Reuters report released on Monday said rents had risen by a fifth.",
		want: []quote{{"", auI, "rents had risen by a fifth"}}},
	{class: "docpart/near miss: a report with no author",
		text: "A 2021 report released on Monday said rents had risen by a fifth.",
		want: []quote{{"", auI, "rents had risen by a fifth"}}},
	{class: "docpart/near miss: a report by the body",
		text:     "A report released by the {O} on Monday said rents had risen by a fifth.",
		want:     []quote{{"{O}", auI, "rents had risen by a fifth"}},
		speakers: []string{"{O}"}},

	// contact: a noun object whose relative clause has no "that".
	{class: "contact/emphasized the risks",
		text: "{P} emphasized the risks the plan would bring to the town."},
	{class: "contact/stresses the importance of, after an aside",
		text: "{P}, {R}, stresses the importance of cheap buses for the workers they carry."},
	{class: "contact/stressed the dangers",
		text: "{Q} stressed the dangers the new road poses to children."},
	{class: "contact/highlighted the costs",
		text: "{Q} highlighted the costs the families would face this winter."},
	{class: "contact/near miss: a pronoun's relative inside the clause",
		text:     "{P} stressed the workers they hired were paid well.",
		want:     []quote{{"{P}", auI, "the workers they hired were paid well"}},
		speakers: []string{"{P}"}},
	{class: "contact/near miss: a noun's relative inside the clause",
		text:     "{Q} noted the cost the council had agreed was too high.",
		want:     []quote{{"{Q}", auI, "the cost the council had agreed was too high"}},
		speakers: []string{"{Q}"}},
	{class: "contact/near miss: said, a relative inside the clause",
		text:     "{P} said the plan the council backed would fail.",
		want:     []quote{{"{P}", auI, "the plan the council backed would fail"}},
		speakers: []string{"{P}"}},
	{class: "contact/near miss: a plain clause",
		text:     "{Q} said the risks were small.",
		want:     []quote{{"{Q}", auI, "the risks were small"}},
		speakers: []string{"{Q}"}},
	{class: "contact/near miss: the risks they faced were",
		text:     "{P} stressed the risks they faced were real.",
		want:     []quote{{"{P}", auI, "the risks they faced were real"}},
		speakers: []string{"{P}"}},
	{class: "contact/an infinitive after the object",
		text: "{P} emphasizes the need for rapid cuts to prevent the floods."},
	{class: "contact/an infinitive and a contact relative",
		text: "{Q}, {R}, stresses the need for cuts to prevent the weather events they bring."},
	{class: "contact/near miss: an infinitive inside the clause's subject",
		text:     "{P} stressed the decision to close the plant was wrong.",
		want:     []quote{{"{P}", auI, "the decision to close the plant was wrong"}},
		speakers: []string{"{P}"}},
	{class: "contact/near miss: a request's infinitive",
		text:     "{Q} urged the council to reopen the bridge.",
		want:     []quote{{"{Q}", auI, "the council to reopen the bridge"}},
		speakers: []string{"{Q}"}},
	{class: "contact/near miss: a forecast's object and its infinitive",
		text:     "Temperatures should climb on Thursday, but the {O} forecasts the cold weather to return over the weekend.",
		want:     []quote{{"{O}", auI, "the cold weather to return over the weekend"}},
		speakers: []string{"{O}"}},
	{class: "contact/near miss: a receiver, then the clause",
		text:     "{P} warned residents the river would rise overnight.",
		want:     []quote{{"{P}", auI, "the river would rise overnight"}},
		speakers: []string{"{P}"}},
	{class: "contact/near miss: a time phrase, then the clause",
		text:     "{Q} said last week the plan would fail.",
		want:     []quote{{"{Q}", auI, "the plan would fail"}},
		speakers: []string{"{Q}"}},
	{class: "contact/near miss: the day they arrived",
		text:     "{P} said the day they arrived the power failed.",
		want:     []quote{{"{P}", auI, "the day they arrived the power failed"}},
		speakers: []string{"{P}"}},
	{class: "contact/near miss: a report they published showed",
		text:     "{Q} noted the report they published showed a rise in rents.",
		want:     []quote{{"{Q}", auI, "the report they published showed a rise in rents"}},
		speakers: []string{"{Q}"}},
	{class: "contact/near miss: an indefinite object's relative",
		text: "{Q} announced a deal the council brokered with the union."},
}

// FIRST PASS of the venues (engine at 8123217, 51 rows run once as
// written): 24/51 (0.47): every "the hotel (restaurant, pub, salon,
// brewery, airport, library, supermarket) said" after the place named in
// full gave nobody, and so did its website and "according to" it, and
// "Hotel Arvit Palace ... the hotel's website"; the near misses passed. After fix 3 (the
// nouns for such places are generic words for a body, genericOrgWords):
// 34/51; 17 known (venue-name).
//
// TestAuditS13Venues is the second batch: a business or venue named in
// full ("the Kestrel Restaurant", "Hotel Arvit Palace"), then its generic
// noun as the speaker ("the restaurant said", "the hotel's website
// said", "according to the pub"), crossed with the nouns for such
// places; near misses with no place named, a guest who speaks and the
// place as a thing in someone's words.
func TestAuditS13Venues(t *testing.T) {
	runAudit(t, "s13venue", s13spkVenueRows(), *s13spkKnown)
}

func s13spkVenueRows() []auditRow {
	nouns := []string{"hotel", "restaurant", "pub", "salon", "brewery", "airport", "library", "supermarket"}
	var rows []auditRow
	for _, n := range nouns {
		name := "Kestrel " + strings.ToUpper(n[:1]) + n[1:]
		fill := func(s string) string { return strings.NewReplacer("{N}", name, "{n}", n).Replace(s) }
		known := ""
		switch n {
		case "hotel", "restaurant", "pub", "salon", "supermarket":
			known = s13spkVenueCue
		}
		add := func(class, text string, want []quote, speakers []string) {
			row := auditRow{class: class, text: fill(text), exact: true, speakers: []string{}}
			if speakers != nil && !strings.Contains(class, "near miss") {
				row.known = known
			}
			for _, w := range want {
				row.want = append(row.want, quote{fill(w.speaker), w.kind, fill(w.text)})
			}
			for _, sp := range speakers {
				row.speakers = append(row.speakers, fill(sp))
			}
			rows = append(rows, row)
		}
		add("venue/the noun said", "The {N} closed on Monday. The {n} said the kitchen would reopen in May.",
			[]quote{{"{N}", auI, "the kitchen would reopen in May"}}, []string{"{N}"})
		add("venue/the noun's website said", "The {N} closed on Monday. The {n}'s website said the kitchen would reopen in May.",
			[]quote{{"{N}", auI, "the kitchen would reopen in May"}}, []string{"{N}"})
		add("venue/according to the noun", "The {N} closed on Monday. According to the {n}, the kitchen would reopen in May.",
			[]quote{{"{N}", auI, "the kitchen would reopen in May"}}, []string{"{N}"})
		add("venue/near miss: no place named", "Ivo Dask ate there on Monday. The {n} said the kitchen would reopen in May.",
			[]quote{{"", auI, "the kitchen would reopen in May"}}, nil)
		add("venue/near miss: a guest speaks", "Ivo Dask stayed at the {N} last week. He said the staff were kind.",
			[]quote{{"Ivo Dask", auI, "the staff were kind"}}, []string{"Ivo Dask"})
		add("venue/near miss: the place spoken of", "The {n} was quiet on Monday, Ivo Dask said.",
			[]quote{{"Ivo Dask", auI, "The {n} was quiet on Monday"}}, []string{"Ivo Dask"})
	}
	for _, c := range []struct{ name, n, known string }{{"Hotel Arvit Palace", "hotel", ""}, {"Hotel Brenmoor", "hotel", s13spkVenueCue}, {"Restaurant Velka", "restaurant", s13spkVenueCue}} {
		rows = append(rows, auditRow{class: "venue/the noun first, its website estimated", known: c.known,
			text:     c.name + " caught fire on Monday. The " + c.n + "'s website estimated 80 guests were in the building at the time.",
			want:     []quote{{c.name, auI, "80 guests were in the building at the time"}},
			speakers: []string{c.name}, exact: true})
	}
	return rows
}

// FIRST PASS of the roles (engine at bd0a11c, 17 rows run once as
// written): 9/17, every "the inventor (gun dealer, hacker, whistleblower,
// painter, gardener, hotelier, collector) said" after the person named
// gave nobody; the near misses passed. After fix 6 (the nouns are role
// words): 17/17. "donor" was left out: "DeSantis donor Dan Eberhart
// said" on pages dev-k then lost DeSantis's own quotes (attribution 0.943
// -> 0.936).
//
// TestAuditS13Roles is the third batch: a person named, then a role noun
// standing for them as the subject of the next sentence's cue ("the
// inventor said", "the gun dealer said"), for role nouns of news reports
// the lexicon lacked; near misses with no person named and a role noun
// that stays out of the lexicon.
func TestAuditS13Roles(t *testing.T) {
	runAudit(t, "s13role", s13spkRoleRows(), *s13spkKnown)
}

func s13spkRoleRows() []auditRow {
	var rows []auditRow
	for _, r := range []string{"inventor", "gun dealer", "hacker", "whistleblower", "painter", "gardener", "hotelier", "collector"} {
		rows = append(rows,
			auditRow{class: "rolelex/the role, after the person",
				text:     "Oren Pask has worked in Tarrow since 1990. The " + r + " said sales had fallen by a third.",
				want:     []quote{{"Oren Pask", auI, "sales had fallen by a third"}},
				speakers: []string{"Oren Pask"}, exact: true},
			auditRow{class: "rolelex/near miss: no person named",
				text:     "The " + r + " said sales had fallen by a third.",
				want:     []quote{{"", auI, "sales had fallen by a third"}},
				speakers: []string{}, exact: true})
	}
	rows = append(rows, auditRow{class: "rolelex/near miss: a donor named after another's name",
		text:     "Mara Quell won the debate. “She was calm,” Quell donor Oren Pask said.",
		want:     []quote{{"Oren Pask", auD, "She was calm,"}},
		speakers: []string{"Oren Pask"}, exact: true})
	return rows
}
