package extract_test

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

// Session 16, helper n9: direct-quote recall and attribution across the
// quotation typography and layout of different outlets (issue 11).
// Invented short articles with fictional people, each frame filled with
// two casts (a woman speaking and a man named O'Neill beside her, and
// the other way round, so an apostrophe sits in a speaker's name too):
// British single marks holding apostrophes (it's, the council's, rock 'n'
// roll, a dropped g "goin'") and double marks nested inside; straight
// and curly double marks, and both on one page; a quotation over several
// paragraphs (each opening with a mark, only the last closing); a
// paragraph whose quotation never closes; guillemets and „...“; a dash
// before the quotation; an ellipsis or an editor's [words] inside; a
// question or exclamation before the cue; a cue between two halves of a
// sentence; a colon before a long quotation; a headline "Minister:
// 'We will not back down'"; quotations in parentheses; and near misses:
// scare quotes and titles in single marks, possessives after s ("the
// workers' union"), which must not open a quotation. Conventions follow
// testdata/README.md: a direct quote is the words between the marks
// without the comma handing over to the cue, a cue between two halves
// makes two quotes, a quotation over paragraphs one quote per paragraph
// for the same speaker; titles and the writer's scare quotes are no
// quotes.
//
// FIRST-PASS (n9Frames, 46 frames x 2 casts = 92 rows, written whole and
// run once before any change): 76/92 (0.83): ascii 4/4, brit 4/16,
// colon 4/4, curly 2/2, dash 2/4, guill 8/8, headline 2/4, inside 6/6,
// mixedpage 4/4, multipara 8/8, nearmiss 14/14, paren 4/4, qmark 6/6,
// split 4/4, unclosed 4/4. Failures: an apostrophe against a word's end
// inside single marks ("goin' round", "listenin’ to", "rock 'n' roll",
// "the landlords' promises") closed the quotation there, which then lost
// the whole quote or cut it (8); double marks inside single ones ended
// the single quotation (2); "X said the budget was '...' and voted
// against it" ran the clause on over "and" (2, a clause boundary, not
// typography); a dash before a quoted sentence ending the writer's did
// not do a colon's work (2); a headline's role before the colon,
// "Minister: '...'", was tied to nobody (2).
//
// AFTER: brit 14/16 (elisionBeforeClose and closeAfterDoubles in
// quotes.go; n9SingleFix 14/14, 4 of them failing before, near misses
// passing before and after). dash 4/4 (dashBeforeLastSentence in
// implicit.go; n9DashFix, see there). headline 4/4
// (headlineRoleHolder in headlinequote.go; n9HeadFix 8/8, 4 failing
// before, the 4 near misses passing before and after). The two brit rows
// left (and-verb) are a clause boundary, not typography.
//
// FINAL (all batches, 218 rows): 204/218 pass, 14 known (and-verb 2,
// open-elision 2, began-split 2, no-open 4, two-style-open 2,
// sign-saying 2). First-pass figures per batch: batch 1 76/92, batch 2
// 30/40, batch 3 6/10, batch 4 2/10, batch 5 4/12; fix tables were
// written after each fix and say in their comments how they did before
// it. Score sets against the branch's start: dev-a recall 0.973 ->
// 0.979, dev-m recall 0.968 -> 0.972, dev-n F1 0.975 -> 0.988 and attr
// 0.970 -> 0.977, heldout-c recall 0.941 -> 0.950 and attr 0.889 ->
// 0.891, heldout-g recall 0.924 -> 0.931 and attr 0.902 -> 0.903; every
// other set unchanged.

// Mechanisms of the known failures.
const (
	n9OpenElision  = "open-elision: a single mark against an elision's own apostrophe (\"''Cause nobody ...,' she said\") opens nothing: two marks together read as one double mark or none (rare in news copy; left)"
	n9BeganSplit   = "began-split: \"'...,' X began, '...'\": \"began\" hands the first half over as a gesture, but the half after it is not carried (only cue verbs split a quotation)"
	n9NoOpen       = "no-open: a paragraph whose opening mark was left out (\"We have won ...,” she said.\") loses the quotation: a quotation needs an opening token, and a straight close read as an opener makes \"she said.\" a quote"
	n9TwoStyleOpen = "two-style-open: a straight and a curly opening mark side by side (saying \"“...) pair the first as an empty quotation and lose the quotation, or absorb it into a mixed one; reading them as one mark found a dev page's quote but gave it to nobody (\"Speaking on X he ... saying\", no comma after the opening phrase), dev-h attribution 0.900 -> 0.895, so it was dropped"
	n9SignSaying   = "sign-saying: \"X put up a sign saying “...”\" gives the sign's words to X (failing before this branch too; \"held up a banner saying\" is nobody's)"
	n9AndVerb      = "and-verb: \"X said the budget was '...' and voted against it\": the reported clause runs on over \"and\" into the subject's own next act (a clause boundary, not typography)"
)

var n9KnownFlag = flag.Bool("n9.known", false, "TestAuditS16N9 runs its known failures too")

// n9Cast is one filling of a frame: the speaker {N} (surname {S},
// pronoun {P}/{Pc}, possessive {Pp}) and the other person {O} ({OS},
// {OP}).
type n9Cast struct {
	label                    string
	name, sur, pro, cap, pos string
	oname, osur, opro        string
}

var n9Casts = []n9Cast{
	{"fm", "Orla Brannagh", "Brannagh", "she", "She", "her", "Fintan O'Neill", "O'Neill", "he"},
	{"mf", "Fintan O'Neill", "O'Neill", "he", "He", "his", "Orla Brannagh", "Brannagh", "she"},
}

// n9Want is one wanted quote of a frame: who says it ("N" the speaker,
// "O" the other, "" nobody), its kind and its text with placeholders.
type n9Want struct {
	who  string
	kind string
	text string
}

// n9Frame is an article with placeholders; exact says no other quote may
// be found; known holds the mechanism of a known failure, per cast label
// ("*" for all).
type n9Frame struct {
	class string
	text  string
	want  []n9Want
	exact bool
	known map[string]string
}

func (c n9Cast) fill(s string) string {
	return strings.NewReplacer(
		"{N}", c.name, "{S}", c.sur, "{Pc}", c.cap, "{Pp}", c.pos, "{P}", c.pro,
		"{O}", c.oname, "{OS}", c.osur, "{OP}", c.opro,
	).Replace(s)
}

func n9Rows(frames []n9Frame) []auditRow {
	var rows []auditRow
	for _, f := range frames {
		for _, c := range n9Casts {
			row := auditRow{class: f.class + " [" + c.label + "]", text: c.fill(f.text), exact: f.exact}
			row.want = []quote{}
			for _, w := range f.want {
				who := ""
				switch w.who {
				case "N":
					who = c.name
				case "O":
					who = c.oname
				case "":
				default:
					who = w.who // a body, named as is
				}
				kind := auD
				switch w.kind {
				case "I":
					kind = auI
				case "M":
					kind = auM
				}
				row.want = append(row.want, quote{who, kind, c.fill(w.text)})
			}
			if k := f.known[c.label]; k != "" {
				row.known = k
			} else if k := f.known["*"]; k != "" {
				row.known = k
			}
			rows = append(rows, row)
		}
	}
	return rows
}

func TestAuditS16N9(t *testing.T) {
	runAudit(t, "n9", n9Rows(slices.Concat(n9Frames, n9SingleFix, n9DashFix, n9HeadFix, n9Frames2, n9Fix2, n9Frames3, n9Frames4, n9Frames5, n9SayingFix)), *n9KnownFlag)
}

var n9Frames = []n9Frame{
	// British single marks with apostrophes inside the words.
	{class: "brit/it's and the council's inside single marks",
		text: "{N}, who chairs the Kellmoor residents' group, was blunt.\n\n'It's the council's mess, and it's the council's job to fix it,' {P} said.",
		want: []n9Want{{"N", "D", "It's the council's mess, and it's the council's job to fix it"}}},
	{class: "brit/a dropped g, straight marks",
		text: "The talks over the Dunmore quay collapsed on Friday.\n\n'We were goin' round in circles for months,' said {N}, who led the fishermen's side.",
		want: []n9Want{{"N", "D", "We were goin' round in circles for months"}}},
	{class: "brit/a dropped g, curly marks",
		text: "The talks over the Dunmore quay collapsed on Friday.\n\n‘Nobody was listenin’ to the boat owners,’ {N} said.",
		want: []n9Want{{"N", "D", "Nobody was listenin’ to the boat owners"}}},
	{class: "brit/rock 'n' roll inside single marks",
		text: "The Lyric Hall will host the festival again in August.\n\n'Rock 'n' roll saved this town once and it can do it again,' said {N}, the festival's organiser.",
		want: []n9Want{{"N", "D", "Rock 'n' roll saved this town once and it can do it again"}}},
	{class: "brit/the '90s and a possessive plural inside",
		text: "{N} has run the Quayside Cafe for two decades.\n\n'We've been waiting since the '90s for the landlords' promises to come good,' {P} said.",
		want: []n9Want{{"N", "D", "We've been waiting since the '90s for the landlords' promises to come good"}}},
	{class: "brit/double marks nested inside single",
		text: "{N} has fought the Tullow Bog development since 2019.\n\n'They told us the site was \"a goldmine\", and it's a bog,' {S} said.",
		want: []n9Want{{"N", "D", "They told us the site was \"a goldmine\", and it's a bog"}}},
	{class: "brit/curly apostrophes throughout",
		text: "{N} spoke after the vote at Kellmoor town hall.\n\n‘It’s not the council’s money, it’s the people’s money,’ {S} said. ‘They’ve forgotten that.’",
		want: []n9Want{{"N", "D", "It’s not the council’s money, it’s the people’s money"}, {"N", "D", "They’ve forgotten that."}}},
	{class: "brit/a fragment in single marks, mixed",
		text:  "{N} said the budget was 'a sticking plaster on a broken leg' and voted against it.",
		want:  []n9Want{{"N", "M", "the budget was 'a sticking plaster on a broken leg'"}},
		known: map[string]string{"*": n9AndVerb}},

	// Straight and curly double marks, and both on one page.
	{class: "ascii/straight marks, two sentences around the cue",
		text: "The Kellmoor council meets on Tuesday to vote on the housing plan.\n\n\"We have the votes,\" {N} said. \"We will use them.\"",
		want: []n9Want{{"N", "D", "We have the votes"}, {"N", "D", "We will use them."}}},
	{class: "ascii/straight marks, inverted cue, a plural possessive inside",
		text: "\"It's a farmers' market, not a car park,\" said {N}, who runs a stall in Dunmore square.",
		want: []n9Want{{"N", "D", "It's a farmers' market, not a car park"}}},
	{class: "curly/curly marks, the cue names the paper",
		text: "“The ferry has been late every day this month,” {N} told the Kellmoor Herald.\n\n“The company must answer for it,” {P} added.",
		want: []n9Want{{"N", "D", "The ferry has been late every day this month"}, {"N", "D", "The company must answer for it"}}},
	{class: "mixedpage/curly, single and straight on one page, two speakers",
		text: "The Dunmore harbour board met on Monday to decide the fate of the old slipway.\n\n“We cannot keep patching it,” said {N}, the board's chair.\n\n{O} disagreed. 'It's the last working slipway on this coast,' {OP} said.\n\n\"The engineers will report in June,\" {S} said.",
		want: []n9Want{{"N", "D", "We cannot keep patching it"}, {"O", "D", "It's the last working slipway on this coast"}, {"N", "D", "The engineers will report in June"}}},
	{class: "mixedpage/single marks after a double-marked quote by the other",
		text: "\"The vote was rigged,\" {O} said after the count in Tullow.\n\n{N}, the returning officer, rejected that. 'Every ballot was counted twice,' {P} said.",
		want: []n9Want{{"O", "D", "The vote was rigged"}, {"N", "D", "Every ballot was counted twice"}}},

	// A quotation over several paragraphs.
	{class: "multipara/double marks over three paragraphs after a colon",
		text: "{N} set out the case at the inquiry in Kellmoor on Thursday:\n\n\"The pumping station was built for a town of four thousand people.\n\n\"The town now has eleven thousand, and nobody has added a single pump.\n\n\"When the river rose in March, the station simply gave up.\"",
		want: []n9Want{{"N", "D", "The pumping station was built for a town of four thousand people."}, {"N", "D", "The town now has eleven thousand, and nobody has added a single pump."}, {"N", "D", "When the river rose in March, the station simply gave up."}}},
	{class: "multipara/single marks over three paragraphs, cue in the first",
		text: "'The lifeboat crew went out nine times in January,' {N} said.\n\n'Each time they came back soaked and exhausted, and each time they went out again.\n\n'They deserve a new boathouse, and they deserve it this year.'",
		want: []n9Want{{"N", "D", "The lifeboat crew went out nine times in January"}, {"N", "D", "Each time they came back soaked and exhausted, and each time they went out again."}, {"N", "D", "They deserve a new boathouse, and they deserve it this year."}}},
	{class: "multipara/a run of paragraphs, then the other speaks",
		text: "{N} said: \"We opened the school with forty pupils and a leaking roof.\n\n\"Today we have three hundred, and the roof still leaks.\"\n\n{O}, the county's education officer, said the repairs were booked for the summer.",
		want: []n9Want{{"N", "D", "We opened the school with forty pupils and a leaking roof."}, {"N", "D", "Today we have three hundred, and the roof still leaks."}, {"O", "I", "the repairs were booked for the summer"}}},
	{class: "multipara/curly single marks over two paragraphs after a colon",
		text: "{N} told the meeting in Tullow:\n\n‘The bus to the hospital runs twice a day, and it’s often full before it reaches us.\n\n‘A woman waited four hours in the rain last week. That’s not a service.’",
		want: []n9Want{{"N", "D", "The bus to the hospital runs twice a day, and it’s often full before it reaches us."}, {"N", "D", "A woman waited four hours in the rain last week. That’s not a service."}}},

	// A paragraph whose quotation never closes (a typo).
	{class: "unclosed/the second quotation of a paragraph never closes",
		text: "\"The ruling is wrong and we will appeal it,\" {N} said outside the court in Kellmoor. \"Nobody in this town believes the hearing was fair.\n\n{O}, who represented the council, said the judgment was sound.",
		want: []n9Want{{"N", "D", "Nobody in this town believes the hearing was fair."}, {"O", "I", "the judgment was sound"}}},
	{class: "unclosed/a quotation after a colon runs to the paragraph end",
		text: "{N} spoke for the tenants at the meeting on Monday. {Pc} said: \"We have waited six years for the lifts to be fixed and we will not wait another.\n\nThe housing association said the work would start in April.",
		want: []n9Want{{"N", "D", "We have waited six years for the lifts to be fixed and we will not wait another."}, {"", "I", "the work would start in April"}}},

	// Guillemets and low-high marks.
	{class: "guill/guillemets, cue after",
		text: "{N} spoke to reporters in Dunmore after the talks.\n\n«We will not sign a deal that leaves the fishermen out,» {P} said.",
		want: []n9Want{{"N", "D", "We will not sign a deal that leaves the fishermen out"}}},
	{class: "guill/guillemets with spaces inside, cue before",
		text: "{N} was asked about the closure of the Tullow mill. {Pc} said: « The mill has been losing money for ten years. »",
		want: []n9Want{{"N", "D", "The mill has been losing money for ten years."}}},
	{class: "guill/reversed guillemets",
		text: "{N} addressed the crowd outside the Kellmoor depot.\n\n»We are not going back to work until the depot stays open,« {P} said.",
		want: []n9Want{{"N", "D", "We are not going back to work until the depot stays open"}}},
	{class: "guill/low-high marks, comma after",
		text: "{N} defended the new timetable on Wednesday.\n\n„The trains will run every twenty minutes from May“, {S} said.",
		want: []n9Want{{"N", "D", "The trains will run every twenty minutes from May"}}},

	// A dash before the quotation.
	{class: "dash/a dash between cue and quotation",
		text: "{N} had one message for the health board – \"Pay the nurses what they are owed.\"",
		want: []n9Want{{"N", "D", "Pay the nurses what they are owed."}}},
	{class: "dash/an em dash after said",
		text: "The strike at the Dunmore cannery entered its third week. {N} said — 'We are not for sale, and neither is this town.'",
		want: []n9Want{{"N", "D", "We are not for sale, and neither is this town."}}},

	// An ellipsis or an editor's words inside a quotation.
	{class: "inside/an ellipsis inside the quotation",
		text: "\"The council has ... let every family on this estate down,\" {N} said at the meeting in Tullow.",
		want: []n9Want{{"N", "D", "The council has ... let every family on this estate down"}}},
	{class: "inside/an editor's words in brackets",
		text: "{N} spoke to the inquiry on Tuesday. 'They [the board] knew about the leak for a year and did nothing,' {P} said.",
		want: []n9Want{{"N", "D", "They [the board] knew about the leak for a year and did nothing"}}},
	{class: "inside/a Unicode ellipsis, curly marks",
		text: "“We tried everything… the banks, the county, the ministry,” {N} said of the failed rescue of the Kellmoor mill.",
		want: []n9Want{{"N", "D", "We tried everything… the banks, the county, the ministry"}}},

	// A question or exclamation before the cue.
	{class: "qmark/single marks, question then asked",
		text: "{N} was unimpressed by the council's timing.\n\n'Why now?' {P} asked. 'Why not last year, when the bridge first cracked?'",
		want: []n9Want{{"N", "D", "Why now?"}, {"N", "D", "Why not last year, when the bridge first cracked?"}}},
	{class: "qmark/straight marks, exclamation then inverted cue",
		text: "The crowd outside Kellmoor town hall grew through the afternoon.\n\n\"Enough is enough!\" shouted {N}, a nurse at the county hospital.",
		want: []n9Want{{"N", "D", "Enough is enough!"}}},
	{class: "qmark/curly marks, question, then the other answers",
		text: "“Who is paying for this?” {O} asked at the hearing.\n\n“The ministry is,” {N} replied.",
		want: []n9Want{{"O", "D", "Who is paying for this?"}, {"N", "D", "The ministry is"}}},

	// A cue between two halves of one sentence.
	{class: "split/single marks, pronoun cue between halves",
		text: "{N} spoke after the board rejected the merger.\n\n'The plan,' {P} said, 'is dead in the water.'",
		want: []n9Want{{"N", "D", "The plan"}, {"N", "D", "is dead in the water."}}},
	{class: "split/straight marks, the name between halves",
		text: "\"The harbour,\" {N} said, \"was built by our grandparents and it will not be sold.\"",
		want: []n9Want{{"N", "D", "The harbour"}, {"N", "D", "was built by our grandparents and it will not be sold."}}},

	// A colon before a long quotation.
	{class: "colon/single marks after said and a colon",
		text: "{N} said: 'The board has known for three years that the roof was failing, and it chose to spend the money on a new sign instead.'",
		want: []n9Want{{"N", "D", "The board has known for three years that the roof was failing, and it chose to spend the money on a new sign instead."}}},
	{class: "colon/a statement after a colon, two speakers",
		text: "{O} had called the closure a betrayal. {N} answered in a statement: \"The Tullow clinic will move, not close, and every patient will be seen.\"",
		want: []n9Want{{"N", "D", "The Tullow clinic will move, not close, and every patient will be seen."}}},

	// Headline-style quotations.
	{class: "headline/Minister: 'We will not back down'",
		text: "Minister: 'We will not back down'\n\nHousing Minister {N} said on Monday that the rent cap would stay.",
		want: []n9Want{{"N", "D", "We will not back down"}, {"N", "I", "the rent cap would stay"}}},
	{class: "headline/surname: \"...\" in straight marks",
		text: "{S}: \"No deal without the fishermen\"\n\nThe fisheries minister, {N}, said the talks in Dunmore would go on.",
		want: []n9Want{{"N", "D", "No deal without the fishermen"}, {"N", "I", "the talks in Dunmore would go on"}}},

	// Quotations in parentheses.
	{class: "paren/a whole quoted sentence in parentheses",
		text: "The vote on the Tullow bypass was close, 14 to 13. (\"We counted twice,\" {N} said.) The scheme now goes to the ministry.",
		want: []n9Want{{"N", "D", "We counted twice"}}},
	{class: "paren/single marks and added, in parentheses",
		text: "{N} lost the final in Kellmoor on Sunday. ('It was a fair fight,' {P} added.)",
		want: []n9Want{{"N", "D", "It was a fair fight"}}},

	// Near misses: scare quotes, titles, possessives.
	{class: "nearmiss/scare quotes in single marks in the writer's voice",
		text: "The 'temporary' cabins have stood on the Kellmoor green since 2015, and the so-called 'green levy' paid for none of them.",
		want: []n9Want{}, exact: true},
	{class: "nearmiss/a title in single marks",
		text: "{N}'s new album, 'Salt Roads', is out on Friday, and the band plays the Lyric Hall in Dunmore in May.",
		want: []n9Want{}, exact: true},
	{class: "nearmiss/a title inside a quotation by the speaker",
		text: "\"I wrote 'Salt Roads' in a week in a caravan in Tullow,\" {N} said.",
		want: []n9Want{{"N", "D", "I wrote 'Salt Roads' in a week in a caravan in Tullow"}}},
	{class: "nearmiss/the workers' union speaks, possessive after s",
		text: "The Dunmore Dock Workers' Union said the strike would go on into next week. The members' vote was 212 to 40.",
		want: []n9Want{{"Dunmore Dock Workers' Union", "I", "the strike would go on into next week"}}},
	{class: "nearmiss/possessives after s before a single-marked quotation",
		text: "The farmers' market closed on Sunday, and the traders' stalls stood empty. 'It was a sad day for Tullow,' said {N}, the market's manager.",
		want: []n9Want{{"N", "D", "It was a sad day for Tullow"}}},
	{class: "nearmiss/the nurses' leader, colon, single marks",
		text: "The nurses' leader, {N}, said: 'We are tired of waiting for the ministry's answer.'",
		want: []n9Want{{"N", "D", "We are tired of waiting for the ministry's answer."}}},
	{class: "nearmiss/a fragment closing after a plural possessive",
		text: "{N} called the budget 'a gift to the landlords'. The vote is on Thursday.",
		want: []n9Want{{"N", "D", "a gift to the landlords"}}},
}

// n9HeadFix guards the fix of the headline class (headlineRoleHolder): a
// headline's role alone before the colon is the one person of the story
// who holds it; near misses: a topic before the colon, two holders of
// the role, a role line below the headline.
var n9HeadFix = []n9Frame{
	{class: "headfix/Mayor: curly single marks",
		text: "Mayor: ‘The pier will be saved’\n\nThe mayor of Tullow, {N}, told councillors the repairs would cost 2 million.",
		want: []n9Want{{"N", "D", "The pier will be saved"}, {"N", "I", "the repairs would cost 2 million"}}},
	{class: "headfix/Coach: double marks, another person in the story",
		text: "Coach: \"The referee cost us the cup\"\n\nKellmoor Rovers coach {N} said the referee had missed two penalties. Captain {O} said nothing after the match.",
		want: []n9Want{{"N", "D", "The referee cost us the cup"}, {"N", "I", "the referee had missed two penalties"}}},
	{class: "headfix/near miss: a topic before the colon",
		text: "Housing: 'We will not back down'\n\nHousing Minister {N} said on Monday that the rent cap would stay.",
		want: []n9Want{{"", "D", "We will not back down"}, {"N", "I", "the rent cap would stay"}}},
	{class: "headfix/near miss: two ministers in the story",
		text: "Minister: 'We will not back down'\n\nHousing Minister {N} said the rent cap would stay. Finance Minister {O} said the budget could not carry it.",
		want: []n9Want{{"", "D", "We will not back down"}, {"N", "I", "the rent cap would stay"}, {"O", "I", "the budget could not carry it"}}},
}

// n9DashFix guards the fix of the dash class (dashBeforeLastSentence):
// a dash before a quoted sentence that ends the writer's does a colon's
// work; near misses: the dash opening an aside the sentence goes on
// after, a quoted title after a dash, a body as the subject.
var n9DashFix = []n9Frame{
	{class: "dashfix/was blunt, en dash, single marks",
		text: "{N} was blunt – 'The county has abandoned us.'",
		want: []n9Want{{"N", "D", "The county has abandoned us."}}},
	{class: "dashfix/a pronoun subject, em dash, curly marks",
		text: "{O} spoke first at the Tullow meeting. Then {N} stood up.\n\n{Pc} had a question for the board — “Where did the money go?”",
		want: []n9Want{{"N", "D", "Where did the money go?"}}},
	{class: "dashfix/a body as the subject",
		text: "The Kellmoor Rowing Club put out a short statement – \"We are heartbroken and we will rebuild.\"",
		want: []n9Want{{"Kellmoor Rowing Club", "D", "We are heartbroken and we will rebuild."}}},
	{class: "dashfix/near miss: the sentence goes on after the quotation",
		text: "{N} painted a banner – \"Save Our Pier!\" – and hung it from the railings.",
		want: []n9Want{{"", "D", "Save Our Pier!"}}},
	{class: "dashfix/near miss: a title after a dash",
		text: "{N} has written a second book – \"The Salt Roads of Tullow\".",
		want: []n9Want{}, exact: true},
}

// n9SingleFix guards the fix of the brit class (elisionBeforeClose,
// closeAfterDoubles): an apostrophe against a word's end inside single
// marks, and double marks inside single ones; near misses where such a
// mark really closes a fragment, with another quotation after it, or
// where double marks follow a single quotation that has closed.
var n9SingleFix = []n9Frame{
	{class: "singlefix/nothin' and a second quotation after",
		text: "'There's nothin' left for the young ones here,' {N} said. 'They all go to the city.'",
		want: []n9Want{{"N", "D", "There's nothin' left for the young ones here"}, {"N", "D", "They all go to the city."}}},
	{class: "singlefix/the members' pay inside, cue first",
		text: "{N} told the Kellmoor Herald: 'The members' pay has not moved in six years, and they're angry.'",
		want: []n9Want{{"N", "D", "The members' pay has not moved in six years, and they're angry."}}},
	{class: "singlefix/a long double quotation inside single marks",
		text: "'The inspector wrote \"the building is unsafe for any public use\" and we closed it that day,' {N} said.",
		want: []n9Want{{"N", "D", "The inspector wrote \"the building is unsafe for any public use\" and we closed it that day"}}},
	{class: "singlefix/near miss: a fragment closes before a word, then a quotation",
		text: "{N} called the plan 'utterly reckless' and walked out of the meeting. 'We will fight it,' {P} said later.",
		want: []n9Want{{"N", "D", "utterly reckless"}, {"N", "D", "We will fight it"}}},
	{class: "singlefix/near miss: a mixed fragment, then a quotation",
		text: "{N} said the cuts were 'a disgrace to this county' and would hurt the poor. 'Nobody voted for this,' {P} added.",
		want: []n9Want{{"N", "M", "the cuts were 'a disgrace to this county' and would hurt the poor"}, {"N", "D", "Nobody voted for this"}}},
	{class: "singlefix/near miss: a single quotation closed, then a double one",
		text: "'We lost the vote,' {N} said. The mayor answered: \"The vote was fair.\"",
		want: []n9Want{{"N", "D", "We lost the vote"}, {"", "D", "The vote was fair."}}},
	{class: "singlefix/near miss: rock 'n' roll with no quotation",
		text: "Rock 'n' roll came to Tullow in the '60s, and the dancers' hall was packed, {N} recalled in {Pp} memoir.",
		want: []n9Want{}},
}

// n9Frames2 is batch 2, written whole after the fixes above and run once
// (FIRST-PASS 30/40, 0.75: b2wrongmark 0/2, b2elision 0/4, b2breakoff
// 0/2, every other class 2/2 or 4/4; after: 38/40, the ”Cause rows
// left known). The failures: a right single mark set where a left one
// belongs opened nothing, so the quotation was lost (rightMarkOpens);
// "waitin',' said X" closed at the elision, leaving ",'" between the
// quotation and its cue (elisionBeforeClose); a quotation broken off
// with a dash, then "X began", was nobody's (gestureSpeaker takes a dash
// as a hand-over and "began", "started" as gestures); "”Cause" opening
// a quotation (left).
//
// typography of other outlets and of careless copy (a right mark set
// where a left one belongs, Nordic ”...”, Polish „...”, German ‚...‘,
// single guillemets inside double ones, padded marks, an American comma
// before the quotation, a quotation opening with an elision, a quotation
// that breaks off with a dash, a quotation over paragraphs with the cue
// only in the last, an unclosed paragraph followed by another speaker's
// quotation, a quotation in emphasis stars).
var n9Frames2 = []n9Frame{
	{class: "b2wrongmark/a right single mark opening the quotation",
		text: "{N} spoke after the vote in Kellmoor.\n\n’We will take this to the high court,’ {P} said.",
		want: []n9Want{{"N", "D", "We will take this to the high court"}}},
	{class: "b2nordic/right double marks on both sides",
		text: "{N} visited the Tullow shipyard on Monday.\n\n”The yard has orders for six years,” {S} said.",
		want: []n9Want{{"N", "D", "The yard has orders for six years"}}},
	{class: "b2polish/low then right double marks",
		text: "{N} defended the budget in the assembly.\n\n„We have cut nothing that matters”, {P} said.",
		want: []n9Want{{"N", "D", "We have cut nothing that matters"}}},
	{class: "b2german/low then left single marks, the quotation inside double",
		text: "„The board told us ‚the money is gone‘, and that was all“, {N} said.",
		want: []n9Want{{"N", "D", "The board told us ‚the money is gone‘, and that was all"}}},
	{class: "b2single-guill/single guillemets inside double ones",
		text: "«They called our plan ‹a fantasy›, and now they copy it,» {N} said.",
		want: []n9Want{{"N", "D", "They called our plan ‹a fantasy›, and now they copy it"}}},
	{class: "b2padded/spaces inside straight marks",
		text: "{N} was asked about the harbour fees. \" We will not raise them this year, \" {P} said.",
		want: []n9Want{{"N", "D", "We will not raise them this year"}}},
	{class: "b2comma/an American comma before the quotation",
		text: "{N} said, \"The clinic in Tullow will stay open as long as I am on this board.\"",
		want: []n9Want{{"N", "D", "The clinic in Tullow will stay open as long as I am on this board."}}},
	{class: "b2elision/a quotation opening with an elision",
		text:  "The Kellmoor band has played the Lyric Hall every winter since 1988.\n\n''Cause nobody else would have us,' {N} said with a laugh.",
		want:  []n9Want{{"N", "D", "'Cause nobody else would have us"}},
		known: map[string]string{"*": n9OpenElision}},
	{class: "b2elision/an elision before the comma that hands over",
		text: "'We were just sittin' there, waitin',' said {N}, who was on the stranded train.",
		want: []n9Want{{"N", "D", "We were just sittin' there, waitin'"}}},
	{class: "b2breakoff/a quotation breaking off with a dash",
		text: "\"We were about to sign when the bank—\" {N} began, before {O} cut in.",
		want: []n9Want{{"N", "D", "We were about to sign when the bank—"}}},
	{class: "b2lastcue/three paragraphs, the cue only in the last",
		text: "The Tullow lifeboat was called out four times on Saturday.\n\n\"The first call came at six in the morning.\n\n\"By midnight the crew had been at sea for eleven hours.\n\n\"Nobody complained, not once,\" said {N}, the station's coxswain.",
		want: []n9Want{{"N", "D", "The first call came at six in the morning."}, {"N", "D", "By midnight the crew had been at sea for eleven hours."}, {"N", "D", "Nobody complained, not once"}}},
	{class: "b2unclosed/an unclosed paragraph, then the other's quotation",
		text: "{N} said: \"The depot must stay open, and I will say so to the minister.\n\n\"It will close,\" {O} said. \"The figures leave no choice.\"",
		want: []n9Want{{"N", "D", "The depot must stay open, and I will say so to the minister."}, {"O", "D", "It will close"}, {"O", "D", "The figures leave no choice."}}},
	{class: "b2stars/a quotation in emphasis stars",
		text: "{N} opened the new wing of the Kellmoor library on Friday.\n\n*\"Books are the cheapest holiday there is,\"* {P} said.",
		want: []n9Want{{"N", "D", "Books are the cheapest holiday there is"}}},
	{class: "b2nested/an apostrophe word in single marks inside double",
		text: "\"My father used to say 'it's only rain', and he farmed here for fifty years,\" {N} said.",
		want: []n9Want{{"N", "D", "My father used to say 'it's only rain', and he farmed here for fifty years"}}},
	{class: "b2inverted/a question in single marks, inverted cue with the name",
		text: "The Dunmore council voted to close the baths on Tuesday.\n\n'Where will the children learn to swim?' asked {N}, a parent.",
		want: []n9Want{{"N", "D", "Where will the children learn to swim?"}}},
	{class: "b2source/a quotation, the cue and a source in brackets",
		text: "\"The figures are a disgrace,\" {N} said (in a post on social media).",
		want: []n9Want{{"N", "D", "The figures are a disgrace"}}},
	{class: "b2namecolon/the name on a line of its own before the quotation",
		text: "Three people spoke at the Tullow meeting.\n\n{N}:\n\n\"We have asked for a crossing outside the school for ten years.\"",
		want: []n9Want{{"N", "D", "We have asked for a crossing outside the school for ten years."}}},
	{class: "b2apostname/a name with an apostrophe inside single marks",
		text: "'Ask Seamus O'Hara what the council promised him in 2019,' {N} said.",
		want: []n9Want{{"N", "D", "Ask Seamus O'Hara what the council promised him in 2019"}}},
	{class: "b2nearmiss/decades, elisions and possessives with no quotation",
		text: "The Kellmoor Players' new show, set in the '80s, is a rock 'n' roll story of the dockers' strike, and {N}'s cast rehearses it nightly.",
		want: []n9Want{}, exact: true},
	{class: "b2nearmiss/a nickname in single marks",
		text: "{N}, known to everyone in Tullow as 'the Captain', died on Sunday aged 91.",
		want: []n9Want{}, exact: true},
}

// n9Fix2 guards the fixes of batch 2 with near misses: a right single
// mark before a number or a word with no close to come, a broken-off
// quotation followed by no person, a fragment closed before a comma with
// no quotation mark after it.
var n9Fix2 = []n9Frame{
	{class: "fix2/a right mark opening, then a second quotation",
		text: "’The harbour is full every summer,’ {N} said. ’We need a second pontoon.’",
		want: []n9Want{{"N", "D", "The harbour is full every summer"}, {"N", "D", "We need a second pontoon."}}},
	{class: "fix2/near miss: elisions with right marks, no quotation",
		text: "The ’90s were the Lyric Hall’s best years, when {N}'s band played ’em all night.",
		want: []n9Want{}, exact: true},
	{class: "fix2/near miss: a broken-off quotation, then the line went dead",
		text: "{N} was on the phone to the coastguard. \"We are taking on water and the pump—\" The line went dead.",
		want: []n9Want{{"N", "D", "We are taking on water and the pump—"}}},
	{class: "fix2/near miss: a fragment closing before a comma",
		text: "{N} called the scheme 'a waste of money', and the council dropped it a week later.",
		want: []n9Want{{"N", "D", "a waste of money"}}},
	{class: "fix2/began after a comma-ended quotation",
		text:  "'When I first came to Tullow,' {N} began, 'there were nine boats in this harbour.'",
		want:  []n9Want{{"N", "D", "When I first came to Tullow"}, {"N", "D", "there were nine boats in this harbour."}},
		known: map[string]string{"*": n9BeganSplit}},
}

// n9Frames3 is batch 3, from the class of a dev page's miss (invented
// wording): a quotation that ends with a quotation inside it, the inner
// close set against the outer one (“It’s ‘Teatime at the Lyric.’”), in
// curly and straight marks, short and title-like or a full sentence;
// near misses: a title alone in marks, as a term. FIRST-PASS 6/10
// (0.60): the title-like inner quotation ending the outer was taken for
// a title, its stop hidden behind the inner close (2); single marks
// holding double ones closed against the double close ('... "Closed For
// Good."') were never paired, so the quotation was lost (2; first
// written as nobody's, then given to the speaker of the next sentence,
// as the gold gives a stand-alone quotation). After (sentenceLike reads
// past the inner close, singleAfterDouble): 10/10.
var n9Frames3 = []n9Frame{
	{class: "b3innerend/a short title-like inner quotation ends the outer, curly",
		text: "“I’m not worried,” {N} said as {P} tightened the valve. “It’s ‘Teatime at the Lyric.’”",
		want: []n9Want{{"N", "D", "I’m not worried"}, {"N", "D", "It’s ‘Teatime at the Lyric.’"}}},
	{class: "b3innerend/a short inner quotation ends the outer, straight",
		text: "\"We were ready,\" {N} said after the Tullow final. \"Then the manager said 'Sit Down.'\"",
		want: []n9Want{{"N", "D", "We were ready"}, {"N", "D", "Then the manager said 'Sit Down.'"}}},
	{class: "b3innerend/an inner question ends the outer, before the cue",
		text: "“Every morning the children ask ‘Is the Bus Coming?’” {N} said.",
		want: []n9Want{{"N", "D", "Every morning the children ask ‘Is the Bus Coming?’"}}},
	{class: "b3innerend/single outer, double inner, British",
		text: "'The sign on the door just said \"Closed For Good.\"' {N} said the shop had given no warning.",
		want: []n9Want{{"N", "D", "The sign on the door just said \"Closed For Good.\""}, {"N", "I", "the shop had given no warning"}}},
	{class: "b3innerend/near miss: a title in marks as a term",
		text: "{N} starred in “Teatime at the Lyric” at the Kellmoor theatre last winter.",
		want: []n9Want{}, exact: true},
}

// n9Frames4 is batch 4, from the class of a dev page's miss (invented
// wording): careless copy where a quotation mark is left out: the outer
// close missing after an inner single quotation that ends at the cue, a
// plain close missing before an inverted cue, the opening mark missing
// (curly and straight) with the cue after the close. FIRST-PASS 2/10
// (0.20): the inner single close before "said X" left the quotation
// running over its cue, nobody's (4); the missing opening mark lost the
// quotation (4, left known: no-open). After (cueInsideOpen takes the
// inner close for the outer): 6/10, b4fix near misses 4/4.
var n9Frames4 = []n9Frame{
	{class: "b4noclose/an inner single close stands for the missing outer one",
		text: "The estate has flooded twice this year. “Round here everyone just calls it ‘the swamp,’ said {N}, 41, a tenant.",
		want: []n9Want{{"N", "D", "Round here everyone just calls it ‘the swamp,’"}}},
	{class: "b4noclose/straight marks, an inner exclamation before the cue",
		text: "The Tullow juniors won the county cup on Saturday. \"The whole town was shouting 'one more!' said {N}, the coach.",
		want: []n9Want{{"N", "D", "The whole town was shouting 'one more!'"}}},
	{class: "b4noclose/the plain close missing before an inverted cue",
		text: "\"We will rebuild the pier before the summer, said {N}, the harbour master.",
		want: []n9Want{{"N", "D", "We will rebuild the pier before the summer"}}},
	{class: "b4noopen/the curly opening mark missing",
		text:  "{N} spoke after the count in Kellmoor.\n\nWe have won this seat for the first time in forty years,” {P} said.",
		want:  []n9Want{{"N", "D", "We have won this seat for the first time in forty years"}},
		known: map[string]string{"*": n9NoOpen}},
	{class: "b4noopen/the straight opening mark missing",
		text:  "{N} spoke after the count in Kellmoor.\n\nWe have won this seat for the first time in forty years,\" {P} said.",
		want:  []n9Want{{"N", "D", "We have won this seat for the first time in forty years"}},
		known: map[string]string{"*": n9NoOpen}},
	{class: "b4fix/near miss: the inner close, then the outer close",
		text: "“Round here everyone just calls it ‘the swamp,’” said {N}, 41, a tenant.",
		want: []n9Want{{"N", "D", "Round here everyone just calls it ‘the swamp,’"}}},
	{class: "b4fix/near miss: an unclosed quotation, the inner close before a lower-case source",
		text: "{N} read from the letter at the meeting. “The site is ‘unsafe for any use,’ said the report, and nothing has changed since.",
		want: []n9Want{{"N", "D", "The site is ‘unsafe for any use,’ said the report, and nothing has changed since."}}},
}

// n9Frames5 is batch 5, from the class of two dev pages' misses
// (invented wording): marks doubled or nested in the same style: a
// straight and a curly opening mark side by side ("“), the same pair at
// the close (”"), and a term in curly double marks inside a curly double
// quotation; near misses: two quotations each closed, one after the
// other, and an opening mark left unclosed before a second quotation.
// FIRST-PASS 4/12 (0.33): doubled 0/4, nestsame 0/4, nearmiss 4/4.
// After (pairQuotes: a doubled close in two styles is one mark;
// curlyInnerPair): 10/12, the two-style opening left known.
var n9Frames5 = []n9Frame{
	{class: "b5doubled/a straight and a curly opening mark together",
		text:  "Speaking on Kellmoor Radio, {N} dodged the question again, saying \"“It’s not about who wins, it’s about getting the ferry back on time.”",
		want:  []n9Want{{"N", "D", "It’s not about who wins, it’s about getting the ferry back on time."}},
		known: map[string]string{"*": n9TwoStyleOpen}},
	{class: "b5doubled/a curly and a straight closing mark together, cue after",
		text: "“The harbour fees will not rise this year,”\" {N} said on Tuesday.",
		want: []n9Want{{"N", "D", "The harbour fees will not rise this year"}}},
	{class: "b5nestsame/a term in curly double marks inside a curly quotation",
		text: "“All the “currach” builders in Tullow are booked until spring,” says {N}, who runs the boatyard.",
		want: []n9Want{{"N", "D", "All the “currach” builders in Tullow are booked until spring"}}},
	{class: "b5nestsame/two words inside, then the close and a second sentence",
		text: "{N} runs the Dunmore food bank. “Some families call it “the Tuesday shop” now,” {P} said. “That tells you everything.”",
		want: []n9Want{{"N", "D", "Some families call it “the Tuesday shop” now"}, {"N", "D", "That tells you everything."}}},
	{class: "b5nearmiss/two quotations each closed",
		text: "“We are ready,” {N} said. “The boats are fuelled and the crews are rested.”",
		want: []n9Want{{"N", "D", "We are ready"}, {"N", "D", "The boats are fuelled and the crews are rested."}}},
	{class: "b5nearmiss/an unclosed opening mark before a second quotation",
		text: "{O} spoke first. “The bridge is unsafe and must close, {OP} said. “It will stay open,” {N} replied.",
		want: []n9Want{{"N", "D", "It will stay open"}}},
}

// n9SayingFix: "saying" with no comma before it, handing over a
// quotation that opens right after it (the class behind the two-style
// opening's dev page, found while looking at it; written after the
// engine was seen to give these to nobody): the clause's subject
// speaks; near misses: a banner, a sign or a text carries its own words.
// Before the fix 2/8 (the banner near miss passing; the sign near miss
// failing before and after, left known); after 6/8.
var n9SayingFix = []n9Frame{
	{class: "sayingfix/a pronoun subject, an adverbial before saying",
		text: "{N} was asked about the ferry again on Monday.\n\n{Pc} dodged the question for a second time saying “It’s not about who wins, it’s about the ferry.”",
		want: []n9Want{{"N", "D", "It’s not about who wins, it’s about the ferry."}}},
	{class: "sayingfix/a name subject, an object before saying, straight marks",
		text: "{N} ended the meeting in Tullow saying \"We will be back next month with the figures.\"",
		want: []n9Want{{"N", "D", "We will be back next month with the figures."}}},
	{class: "sayingfix/near miss: a banner saying",
		text: "{N} and other residents held up a banner saying “Save Our Pier” outside the town hall.",
		want: []n9Want{{"", "D", "Save Our Pier"}}},
	{class: "sayingfix/near miss: a sign saying",
		text:  "{N} put up a sign saying “Closed until further notice” on the cafe door.",
		want:  []n9Want{{"", "D", "Closed until further notice"}},
		known: map[string]string{"*": n9SignSaying}},
}
