package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// The session 13 audit of QUOTE RECALL in 1989 wire reporting (dev-l,
// the Wall Street Journal parts): the classes of reported speech dev-l's
// first score missed, each crossed with fictional speakers and clauses,
// with near misses that must stay unquoted. Every person, company and
// clause is invented.
//
// FIRST PASS (engine at d4681ec, the whole table run once as written, 93
// rows): 51/93 (0.55).
//   group 6/12  near 27/30  tail 0/15  time 9/12  verb 9/24
// The engine's: an unknown verb after "it" or a noun ("bid", "shut",
// "consists", "comprises"; "forecast", "split" and "entails" passed), a
// month's name before "it" ("said in May it could", 3/3; "on Friday" and
// "last June" passed), "educators" and "specialists" unknown as a group
// (the other two passed), every clause after a mid-sentence cue and its
// comma (15/15), and a near miss "said so in May, and it was ..." read as
// a report (3/3).
// Later batches, each written whole and run once before its fix:
// FIRST PASS, batch 2 (gerund: 15 rows, and 9 near misses): gerund 0/15,
// near 9/9: a name as the gerund's object was not taken for one, and
// "suggested" and "recommended" took no gerund at all.
// FIRST PASS, batch 3 (42 rows: 33 wanting a quote, 9 near misses):
// 12/42: coord 0/6, evidence 0/6, percent 0/6, question 0/6, relative
// 3/9 (only a named antecedent), near 9/9. "; questions surround
// whether" was added after the "question" fix let it in on a Wikinews
// dev article. The evidence rows pass since "offered (new) evidence
// that" is read as a cue of its own, the verb no cue form: made one,
// "offered" took Modi's quotation after "tweeted ... and offered
// “condolences ...”" from him (RealnewsHalves dev-e attribution 0.972 ->
// 0.958).
// FIRST PASS, batch 4 (openpart: a participle of speech after an
// opening "While", "Though", "After", 12 rows, and 2 near misses): 0/12,
// near 2/2; the participle after a capitalised subordinator was taken
// for a heading's.
// FIRST PASS, batch 5 (dash: "--" for a dash in plain copy, 12 rows, and
// 3 near misses): 0/12, near 3/3; "--" was two hyphens, so a relative
// set off by them had no antecedent and ran over the closing one, and a
// cue's aside after "--" lost the clause before it. Of the 3 failures
// left after the fix, all were the table's (a span wanted without its
// subject).
// FIRST PASS, batch 6 (quotedas: "was quoted as" and a speech participle
// other than "saying", 9 rows, and a near miss): 0/9, near 1/1; only
// "saying" after "quoted as" found its subject, and "referring" was no
// cue form.
// FIRST PASS, batch 7 (introadj: "After troubled X proposed ...", 6
// rows, and 6 near misses that keep an intro participle): 0/6, near 6/6;
// the adjective after the subordinator was read as the intro's own
// participle ("When asked ..."), and every cue up to the comma skipped.
// FIRST PASS, batch 8 (appos: "the programs, largely game shows, will
// ...", 6 rows, and 3 near misses): 3/6, near 3/3; "game shows," read as
// a speaker and its cue, which ended the clause at "the programs".
// FIRST PASS, batch 9 (charges: "the ad charges", 9 rows, and 3 near
// misses): 0/9, near 3/3; neither fix tried kept its score (see
// s13recCharges), so the rows are known.
// FIRST PASS, batch 10 (quotedamount: "says “well over 10 million” of
// its passes have been sold", 6 rows): 0/6; the amount in marks was a
// direct quote and the clause after it lost. (A near miss written with
// it, "said “well over budget” of all things", was the table's: the
// quoted words are a direct quote, and it was dropped.)
// NOW: 240/258, the 18 failures known (charges 9, quoted-amount 6,
// suggest-gerund 3).
//
// Classes:
//   verb:  a that-less clause whose verb the lexicon does not know ("said
//          it bid ...", "said the dispute consists of ...").
//   time:  a phrase of time before a that-less clause opening on "it"
//          ("said in May it could seek ...").
//   group: an unnamed plural source the lexicon does not know ("some
//          educators say", "..., specialists say.").
//   tail:  a clause after a mid-sentence cue, joined by "because" or a
//          participle of consequence ("..., traders said, because ...").
//   near:  the same syntax reporting nothing, or a scene after the cue.
//   gerund: a gerund proposed or recommended, its object a name
//          ("proposed acquiring Tesh Marine in a stock swap").
//   relative, coord, percent, evidence, question: ", who say ..." after
//          unnamed people, "some educators and researchers say", "8%
//          said", "offered new evidence that", "question whether".
//   openpart, dash, quotedas, introadj, appos, charges: see the batches.

var s13recKnown = flag.Bool("audit13recall.known", false, "TestAuditS13Recall runs its known failures too")

// Mechanisms of the known failures.
const (
	s13recSuggest = "suggest-gerund: a gerund after \"suggested\" is left out: the Wikinews gold does not count \"He suggested expanding the Court to 15 justices\", and taking it cost RealnewsHalves dev-m speaker F1 0.907 -> 0.895"
	s13recAmount  = "quoted-amount: a quoted amount opening the clause (\"says “well over 10 million” of its books have been sold\") stays a direct quote: the fix (after \"of\" and a noun phrase, the verb: fragmentOpensClause) finds dev-l's mixed quote but the speaker is \"McGraw\" for \"Macmillan/McGraw\" (a name cut at the slash), and attribution fell 0.860 -> 0.857; retry once slashed names hold"
	s13recCharges = "charges: \"charges\" in the present is no cue: as a cue form it cost Pages dev-h speaker F1 0.917 -> 0.909 (the form's verb flag let \"include charges of ...\" read as a clause); as a cue of its own after a name or a noun with its article, dev-l found the ad's charge but gave it to nobody, not the campaign behind the ad (attribution 0.860 -> 0.857)"
)

func TestAuditS13Recall(t *testing.T) {
	runAudit(t, "recall13", s13recRows(), *s13recKnown)
}

// s13recSpeaker is one fictional speaker: full name, the form used again
// ("Ms. Varga", "Brannock Mills") and the pronoun.
type s13recSpeaker struct{ name, again, pro string }

var s13recSpeakers = []s13recSpeaker{
	{"Odile Varga", "Ms. Varga", "she"},
	{"Brannock Mills Inc.", "Brannock Mills", "it"},
	{"Tomas Brandvik", "Mr. Brandvik", "he"},
	{"Kestrel Freight Corp.", "Kestrel Freight", "it"},
}

// s13recFrame is one sentence frame: {N} the full name, {A} the form
// used again, {P} the pronoun, {G} a plural source. want lists the
// wanted spans, each {N}'s indirect quote (nobody's when nobody is set);
// an empty want is a near miss that must give no quote at all.
type s13recFrame struct {
	class  string
	frame  string
	want   []string
	nobody bool
	known  string
}

var s13recFrames = []s13recFrame{
	// A that-less clause whose verb the lexicon does not know.
	{class: "verb/said it bid", frame: "{N} said it bid less than a penny on two harbor contracts.",
		want: []string{"it bid less than a penny on two harbor contracts"}},
	{class: "verb/said the N consists of", frame: "{N} said the dispute consists mainly of unpaid storage fees.",
		want: []string{"the dispute consists mainly of unpaid storage fees"}},
	{class: "verb/said the Ns consist of", frame: "{N} said the buildings consist of two warehouses and a depot on 40 acres.",
		want: []string{"the buildings consist of two warehouses and a depot on 40 acres"}},
	{class: "verb/said the N comprises", frame: "{N} said the offer comprises cash and a new class of preferred stock.",
		want: []string{"the offer comprises cash and a new class of preferred stock"}},
	{class: "verb/said it shut", frame: "{N} said it shut two of its mills in Orvella last year.",
		want: []string{"it shut two of its mills in Orvella last year"}},
	{class: "verb/said it forecast", frame: "{N} said it forecast lower earnings for the fourth quarter.",
		want: []string{"it forecast lower earnings for the fourth quarter"}},
	{class: "verb/said it split", frame: "{N} said it split its shipping arm into two units.",
		want: []string{"it split its shipping arm into two units"}},
	{class: "verb/said the plan entails", frame: "{N} said the plan entails the sale of three barges.",
		want: []string{"the plan entails the sale of three barges"}},
	{class: "near/said it twice", frame: "{N} said it twice before the vote."},
	{class: "near/said it aloud", frame: "{N} said it aloud to the crowd."},
	{class: "near/announced the bid", frame: "{N} announced the bid on Monday."},
	{class: "near/said goodbye", frame: "{N} said goodbye to the staff at the depot."},

	// A phrase of time before a clause opening on "it".
	{class: "time/said in May it could", frame: "{N} said in May it could seek $2 million from the port if the lease were broken.",
		want: []string{"it could seek $2 million from the port if the lease were broken"}},
	{class: "time/said in March it would", frame: "{N} said in March it would close the depot in Orvella.",
		want: []string{"it would close the depot in Orvella"}},
	{class: "time/said last June it had", frame: "{N} said last June it had sold the tanker fleet.",
		want: []string{"it had sold the tanker fleet"}},
	{class: "time/said on Friday it might", frame: "{N} said on Friday it might raise the price of its offer.",
		want: []string{"it might raise the price of its offer"}},
	{class: "near/said so in May", frame: "{N} said so in May, and it was repeated in June."},

	// An unnamed plural source the lexicon does not know.
	{class: "group/, some educators say", frame: "Close ties between the two schools are common, some {G} say.",
		want: []string{"Close ties between the two schools are common"}, nobody: true},
	{class: "group/, Gs say", frame: "The harbor fund is probably worth a premium, {G} say.",
		want: []string{"The harbor fund is probably worth a premium"}, nobody: true},
	{class: "group/Gs say, clause", frame: "In Orvella and Tesh, {G} say the drills are common classroom tools.",
		want: []string{"the drills are common classroom tools"}, nobody: true},
	{class: "group/some Gs said", frame: "Some {G} said the harbor fund would close by June.",
		want: []string{"the harbor fund would close by June"}, nobody: true},
	{class: "near/Gs met", frame: "Some {G} met in Orvella on Tuesday to discuss the harbor fund."},

	// A clause after a mid-sentence cue.
	{class: "tail/said, because", frame: "The mill shares weren't helped much by the news, traders said, because many of those firms have heavy debts.",
		want: []string{"The mill shares weren't helped much by the news", "because many of those firms have heavy debts"}, nobody: true},
	{class: "tail/{A} said, because", frame: "The ferry levy would be dropped, {A} said, because the council had found the money elsewhere.",
		want: []string{"The ferry levy would be dropped", "because the council had found the money elsewhere"}},
	{class: "tail/{A} says, when", frame: "The boom in harbor funds mirrors the mania of the 1920s, {A} says, when such funds grew wildly popular.",
		want: []string{"The boom in harbor funds mirrors the mania of the 1920s", "when such funds grew wildly popular"}},
	{class: "tail/{P} says, making", frame: "Changes had been made to the barge at the time the survey was printed, {P} says, making it less unsafe than was claimed.",
		want: []string{"Changes had been made to the barge at the time the survey was printed", "making it less unsafe than was claimed"}},
	{class: "tail/{A} said, although", frame: "The depot will reopen in May, {A} said, although the road to it is still closed.",
		want: []string{"The depot will reopen in May", "although the road to it is still closed"}},
	{class: "near/said on Sunday, as", frame: "At least 40 barges were lost in the storm, {A} said on Sunday, as crews searched the coast.",
		want: []string{"At least 40 barges were lost in the storm"}},
	{class: "near/said, citing", frame: "The mill will close, {A} said, citing high costs.",
		want: []string{"The mill will close"}},
	{class: "near/said, while", frame: "The bridge will reopen in May, {A} said on Sunday, while crews worked through the night.",
		want: []string{"The bridge will reopen in May"}},
	// Added after the first pass, batch 2: a gerund proposed, suggested
	// or recommended, with a name as its object.
	{class: "gerund/proposed acquiring Name", frame: "{N} proposed acquiring Tesh Marine in a stock swap.",
		want: []string{"acquiring Tesh Marine in a stock swap"}},
	{class: "gerund/X, which owns, proposed paying", frame: "{N}, which already owns about 51% of Tesh Marine, proposed paying Tesh Marine holders with shares of a new class of preferred stock.",
		want: []string{"paying Tesh Marine holders with shares of a new class of preferred stock"}},
	{class: "gerund/after X proposed acquiring", frame: "After {N} proposed acquiring Tesh Marine in a stock swap, Tesh Marine's shares fell 4 to 14.",
		want: []string{"acquiring Tesh Marine in a stock swap"}},
	{class: "gerund/suggested selling", frame: "{N} suggested selling the tanker fleet to Orvella Shipping.",
		want: []string{"selling the tanker fleet to Orvella Shipping"}, known: s13recSuggest},
	{class: "gerund/recommended closing", frame: "{N} recommended closing the depot in March.",
		want: []string{"closing the depot in March"}},
	{class: "near/proposed spending cuts", frame: "{N} proposed spending cuts of $2 million at the depot."},
	{class: "near/proposed funding for", frame: "{N} proposed funding for Tesh Marine's new dock."},
	{class: "near/recommended Name to clients", frame: "{N} recommended Orvella Bank shares to its clients."},

	// Added after the first pass, batch 3: unnamed sources and cue forms
	// of wire copy.
	{class: "relative/by Gs, who say", frame: "The rules have led to an outcry by {G}, who say the fees are protected by the port's charter.",
		want: []string{"the fees are protected by the port's charter"}, nobody: true},
	{class: "relative/members of the bar, who claim", frame: "The letters have drawn protests from members of the Orvella bar, who claim the files are protected by privilege.",
		want: []string{"the files are protected by privilege"}, nobody: true},
	{class: "relative/{N}, who says", frame: "The plan was opposed by {N}, who says the depot should stay open.",
		want: []string{"the depot should stay open"}},
	{class: "coord/, some Gs and Hs say", frame: "Close ties between the two schools are common, some {G} and researchers say.",
		want: []string{"Close ties between the two schools are common"}, nobody: true},
	{class: "coord/, Gs and Hs said", frame: "The harbor fund will close by June, {G} and bankers said.",
		want: []string{"The harbor fund will close by June"}, nobody: true},
	{class: "percent/8% said", frame: "Of the managers polled, 8% said export orders were down last month.",
		want: []string{"export orders were down last month"}, nobody: true},
	{class: "percent/And 12% said", frame: "Most saw no change. And 12% said their stocks of steel had grown.",
		want: []string{"their stocks of steel had grown"}, nobody: true},
	{class: "evidence/offered new evidence that", frame: "The survey offered new evidence that the export boom may be slowing.",
		want: []string{"the export boom may be slowing"}, nobody: true},
	{class: "evidence/provided evidence that", frame: "The audit provided evidence that the depot had been run at a loss.",
		want: []string{"the depot had been run at a loss"}, nobody: true},
	{class: "question/Gs question whether", frame: "Some {G} question whether a small fund can risk losing its biggest backers.",
		want: []string{"whether a small fund can risk losing its biggest backers"}, nobody: true},
	{class: "question/{N}, who questions whether", frame: "{N} questions whether the depot can survive another winter.",
		want: []string{"whether the depot can survive another winter"}},
	{class: "near/offered new shares", frame: "{N} offered new shares to its staff in March."},
	{class: "near/; questions surround whether", frame: "{N} made the sale amid two disputes: the price was low; questions surround whether the buyer was told."},
	{class: "near/those who argue, no comma", frame: "{N} said the finding will help those who argue that the depot should be sold.",
		want: []string{"the finding will help those who argue that the depot should be sold"}},
	{class: "near/question the need", frame: "Some {G} question the need for a second depot."},
	{class: "near/outcry by Gs, who met", frame: "The rules drew an outcry from {G}, who met in Orvella on Monday."},

	// Added after the first pass, batch 4: a participle of speech after
	// an opening subordinator, its subject the main clause's.
	{class: "openpart/While acknowledging", frame: "While acknowledging one month's figures don't prove a trend, {N} said the port would recover by spring.",
		want: []string{"one month's figures don't prove a trend", "the port would recover by spring"}},
	{class: "openpart/Though conceding", frame: "Though conceding the plan had flaws, {N} said it would pass in March.",
		want: []string{"the plan had flaws", "it would pass in March"}},
	{class: "openpart/After noting", frame: "After noting the bridge was old, {N} said the depot would close in June.",
		want: []string{"the bridge was old", "the depot would close in June"}},
	{class: "openpart/While insisting, direct after", frame: "While insisting the depot was safe, {N} said: \"We will check it again.\"",
		want: []string{"the depot was safe"}},
	{class: "near/While walking", frame: "While walking to the depot on Monday, {N} met the harbor crews.", want: nil},
	{class: "near/After reporting, the heading", frame: "After Reporting Season Ends\n\n{N} met the harbor crews.", want: nil},

	// Added after the first pass, batch 5: the double hyphen of plain
	// copy as a dash.
	{class: "dash/-- which said --", frame: "{N} spoke on Monday. That leaflet -- which said the depot would close in June -- angered the crews.",
		want: []string{"the depot would close in June"}, nobody: true},
	{class: "dash/-- which said, a charge --", frame: "{N} spoke on Monday. That advert -- which said {A} wanted to close the port, a charge {A} denies -- changed the race.",
		want: []string{"{A} wanted to close the port"}, nobody: true},
	{class: "dash/X -- Y said -- clause", frame: "The ferry -- {N} said -- would resume in May.",
		want: []string{"would resume in May"}},
	{class: "dash/clause, X said -- aside --", frame: "The depot will close in June, {N} said -- a month earlier than planned.",
		want: []string{"The depot will close in June"}},
	{class: "near/-- which ran --", frame: "{N} spoke on Monday. That leaflet -- which ran to four pages -- angered the crews."},

	// Added after the first pass, batch 6: "was quoted as" and a speech
	// participle other than "saying", with a quoted word.
	{class: "quotedas/quoted as referring to X as", frame: "{N} spoke on Monday. {A} was quoted as referring to the fishermen as \"pirates\" and saying they should have stayed home.",
		want: []string{"pirates", "they should have stayed home"}},
	{class: "quotedas/quoted as calling", frame: "{N} spoke on Monday. {A} was quoted as calling the new depot \"a white elephant.\"",
		want: []string{"a white elephant."}},
	{class: "quotedas/quoted as describing", frame: "{N} spoke on Monday. {A} was quoted as describing the levy as \"daylight robbery.\"",
		want: []string{"daylight robbery."}},
	{class: "near/quoted as an expert", frame: "{N} was quoted as an expert in the Orvella Gazette on Monday."},

	// Added after the first pass, batch 7: an adjective in -ed or -ing
	// before the subject's name after an opening subordinator.
	{class: "introadj/After troubled X proposed", frame: "After troubled Tesh Marine proposed acquiring Orvella Radio in a stock swap, Orvella Radio's shares fell 4.",
		want: []string{"acquiring Orvella Radio in a stock swap"}, nobody: true},
	{class: "introadj/When ailing X said", frame: "When ailing Tesh Marine said it would sell two barges, its shares rose.",
		want: []string{"it would sell two barges"}, nobody: true},
	{class: "near/When asked about, X said", frame: "When asked about the depot, {N} said it would stay open.",
		want: []string{"it would stay open"}},
	{class: "near/When told Name, X said", frame: "When told Tesh Marine would close the depot, {N} said the news was sad.",
		want: []string{"the news was sad"}},

	// Added after the first pass, batch 8: an apposition opened by
	// "largely", "mostly" inside the clause, its noun a speech verb's
	// form ("shows", "reports").
	{class: "appos/largely game shows", frame: "{N} said the programs, largely game shows, will be supplied by its Orvella unit.",
		want: []string{"the programs, largely game shows, will be supplied by its Orvella unit"}},
	{class: "appos/mostly press reports", frame: "{N} said the leaks, mostly press reports, had come from the port office.",
		want: []string{"the leaks, mostly press reports, had come from the port office"}},
	{class: "near/, the company reports,", frame: "The depot, the company reports, will close in June.",
		want: []string{"will close in June"}, nobody: true},

	// Added after the first pass, batch 9: "charges" in the present, a
	// claim made by an advertisement, a suit or a body.
	{class: "charges/X, the ad charges, ...", frame: "{N} spoke on Monday. {A}, the leaflet charges, also failed to pay the harbor fees.",
		want: []string{"also failed to pay the harbor fees"}, nobody: true, known: s13recCharges},
	{class: "charges/clause, the suit charges", frame: "{N} spoke on Monday. {A} hid the losses for two years, the suit charges.",
		want: []string{"{A} hid the losses for two years"}, nobody: true, known: s13recCharges},
	{class: "charges/the suit charges that", frame: "{N} spoke on Monday. The suit charges that {A} hid the losses.",
		want: []string{"{A} hid the losses"}, nobody: true, known: s13recCharges},
	{class: "near/faces charges that", frame: "{N} faces charges that the depot's fees were stolen."},
	{class: "near/dropped charges that", frame: "Prosecutors dropped charges that {N} hid the losses."},
	{class: "near/was charged", frame: "{N} was arrested on Monday and charged."},

	// Added after the first pass, batch 10: a quoted amount opening the
	// clause, what it counts after "of", then the verb.
	{class: "quotedamount/says “well over” of its", frame: "{N} says \"well over 10 million\" of its harbor passes have been sold since 1980, with most sales in the last five years.",
		want: []string{"\"well over 10 million\" of its harbor passes have been sold since 1980, with most sales in the last five years"}, known: s13recAmount},
	{class: "quotedamount/said “nearly half” of the", frame: "{N} said \"nearly half\" of the barges would be sold by June.",
		want: []string{"\"nearly half\" of the barges would be sold by June"}, known: s13recAmount},

	// Added after the first pass: another report in the tail is the
	// writer's ("..., though a spokesperson declined to tell ...").
	{class: "near/said, though another declined to tell", frame: "The depot will close, {A} said, though a spokesman for the port declined to tell reporters whether staff had been warned.",
		want: []string{"The depot will close"}},
	{class: "near/said, after", frame: "The depot will shed 200 jobs, {A} said on Thursday, after profits fell for a third year.",
		want: []string{"The depot will shed 200 jobs"}},
}

// s13recGroups are plural sources the frames of class group take.
var s13recGroups = []string{"educators", "specialists", "strategists", "consultants"}

func s13recRows() []auditRow {
	var rows []auditRow
	n := 0
	for _, f := range s13recFrames {
		for k := 0; k < 3; k++ {
			sp := s13recSpeakers[n%len(s13recSpeakers)]
			g := s13recGroups[n%len(s13recGroups)]
			n++
			r := strings.NewReplacer("{N}", sp.name, "{A}", sp.again, "{P}", sp.pro, "{G}", g)
			text := r.Replace(f.frame)
			if strings.Contains(f.frame, "{A}") || strings.Contains(f.frame, "{P}") {
				// The one named before, so that the form used again and
				// the pronoun have someone to stand for.
				text = sp.name + " spoke in Orvella on Monday. " + text
			}
			row := auditRow{class: f.class, text: text, known: f.known}
			if len(f.want) == 0 || f.class == "near/said, though another declined to tell" {
				row.exact = true
			}
			for _, w := range f.want {
				who := sp.name
				if strings.HasPrefix(f.class, "introadj/") {
					who = "Tesh Marine" // the adjective's name, not the row's speaker
				} else if f.nobody {
					who = ""
				}
				kind := auI
				if strings.HasPrefix(f.class, "quotedamount/") {
					kind = auM // the clause holds the quoted amount
				}
				if strings.HasPrefix(f.class, "quotedas/") && !strings.Contains(w, " have ") {
					kind = auD // the quoted word or phrase itself
				}
				row.want = append(row.want, quote{who, kind, r.Replace(w)})
			}
			rows = append(rows, row)
		}
	}
	return rows
}
