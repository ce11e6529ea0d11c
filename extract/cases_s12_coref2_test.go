package extract_test

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

// Session 12, who a direct quotation belongs to in whole invented articles
// (fictional people, places and bodies; wire, local news, sport, courts,
// science releases, interviews), for the layouts the first coref audit
// (cases_s12_coref_test.go) left out: a long quotation split over
// paragraphs (an opening mark on each, one closing mark at the end), a
// quotation whose cue comes in the next sentence or paragraph, Q&A and
// "Name: ..." transcripts, a quotation-first paragraph naming its speaker
// at the end after another name, quotations inside quotations, a
// description after the quotation ("said the 34-year-old, who ..."), two
// speakers in one paragraph, "according to" a person, and posts on social
// networks.
//
// Each frame is an article filled with three casts (a woman and a man
// either way round, two men), so a frame shows whether gender or position
// did the work.
//
// FIRST-PASS (the whole first table of 106 rows, written before any fix
// on this branch): 95/106 (0.90): accto 10/10, cuenext 12/16, descafter
// 13/13, endname 9/12, nested 6/6, qa 13/14, social 13/13, split 13/13,
// two 6/9. Failures by mechanism: "said the lawyer for B, A, outside the
// court" left to nobody (a phrase after the name hid it, 3); "But B, of
// ..., disagreed: “...”" left to nobody ("disagree" was no cue, 3); a
// quotation then a person first named after it who "recalled the moment"
// (3, kept: a new voice); Q and A with nobody introduced (1, session 11's
// qa-label); one near miss's own "exact" (a sign's words, "Slow down.",
// are rightly a quotation by nobody; corrected).
//
// AFTER this branch's fixes, with 10 near misses added: 112/116 (0.97),
// the 4 failures known below.
//
// Batch 2 (cr212Frames2: "The speaker was X", Q. and A., capitalised
// labels, an answer quoting someone, "B's mother, A, told the court",
// "said the mother of three", "according to a statement by X", tweets and
// posts, two quotations with the second cued by "the landlord of the
// Kettle Arms, B"), written whole and run once: 44/53 (0.83): accto2 3/3,
// cuenext2 6/9, descafter2 8/8, endname2 9/9, qa2 6/9, social2 9/9,
// split2 3/3, two2 0/3. After: 53/53, with 7 near misses added (one
// known) (the
// capitalised labels read as the one person of that surname, and
// "PRESENTER", "HOST", "MODERATOR" as an interviewer's).
//
// Batch 3 (cr212Frames3: split quotations by two speakers and with the
// cue in the middle paragraph, first-name labels, answers in marks,
// quotations inside quotations, pronoun cues by gender, "X, formerly
// Twitter", "said the Harwick-born forward"), written whole and run once:
// 25/34 (0.74): accto3 3/3, descafter3 0/3, nested3 6/6, qa3 3/5, social3
// 6/6, split3 3/6, two3 4/5. The split3 failures were "Tamsin, the head
// teacher, nominated her. “...,” she said." giving her words to him (the
// object of his own verb is someone else; fixed). After: 28/34, the rest
// known below, with 4 near misses added.
//
// Batch 4 (cr212Frames4: a judge telling the accused, lead author and
// co-author, "according to the carnival's chair, A", a handle in
// brackets, "So says" opening the next paragraph, a split quotation cued
// by "said the farmer"), written whole and run once: 23/26 (0.88), the 3
// failures "said the farmer" of a man who "has farmed" there (the first
// form had the neighbour farm too, which made the row ambiguous;
// corrected to a teacher). A subject's own "farms", "has farmed",
// "teaches" now gives the trade: 26/26, with 2 near misses (one known).
//
// Batch 5 (cr212Frames5: bold labels, a debate transcript ending in
// narration, a split quotation then narration then the other speaker,
// a pronoun's sentence after the quotation, "said the Fenmoor coach, A,
// who", "the baker wrote on Facebook"), written whole after the fixes
// above and run once: 18/18.
//
// All rows written before their fixes: 205/237 (0.86) first pass; the
// same rows after this branch: 227/237 (0.96), the rest known.

var cr212KnownFlag = flag.Bool("coref2.known", false, "TestAuditS12Coref2 runs its known failures too")

func TestAuditS12Coref2(t *testing.T) { runAudit(t, "coref2", cr212Rows(), *cr212KnownFlag) }

// Mechanisms of the known failures, named once so the audit groups them.
const (
	cr212FirstName = "two-turns: a transcript of only two labelled turns (\"Rurik: ...\", \"Dalia: ...\") and no interviewer is not read as one (a debate wants three turns; with an \"Interviewer:\" label the same first-name labels are read)"
	cr212Unknown   = "unknown-names: two people whose first names carry no known gender (\"Osric\", \"Liesl\"), then \"he said\" and \"she replied\": the pronouns go by nearness, crossed"
	cr212Forward   = "descr-fallback: \"said the Harwick-born forward\" names no role any entity carries; it falls to the person named last (session 11's at2DescrFallback)"
	cr212Shared    = "shared-surname: a surname two people share (\"QUELL:\" after Dalia and Rurik Quell) goes to the first named, in a label as in the narration"
	cr212Vet       = "vet: \"a vet\" in apposition is no role the lexicon knows, so \"said the vet\" is left to nobody (not, at least, to the farmer)"
	cr212NewVoice  = "new-voice: a quotation opening a paragraph, then a person first named in the next sentence who \"recalled the moment\" is left to nobody: namedCueAfter wants the person named before the words (\"“Stop the closures.” Ivo Tamm, 34, said he had come from Ostby\" is a new voice)"
)

// cr212KnownRows gives the rows still failing, by mechanism.
var cr212KnownRows = map[string]string{
	"cuenext/the quotation, then X recalled in the next sentence [fm]": cr212NewVoice,
	"cuenext/the quotation, then X recalled in the next sentence [mf]": cr212NewVoice,
	"cuenext/the quotation, then X recalled in the next sentence [mm]": cr212NewVoice,
	"qa/near miss: Q and A with nobody introduced":                     au2QA,
	"split4/near miss: the farmer's trade, then a vet's description":   cr212Vet,
	"qa2/near miss: capitalised surname shared by two guests":          cr212Shared,
	"qa3/first-name labels after an introduction [fm]":                 cr212FirstName,
	"qa3/first-name labels after an introduction [mm]":                 cr212FirstName,
	"two3/two quotations, two speakers, pronoun cues by gender [mf]":   cr212Unknown,
	"descafter3/said the Harwick-born forward [fm]":                    cr212Forward,
	"descafter3/said the Harwick-born forward [mf]":                    cr212Forward,
	"descafter3/said the Harwick-born forward [mm]":                    cr212Forward,
}

var (
	cr212CastFM = corefCast{id: "fm", a: "Dalia Quell", as: "Quell", ag: "f", b: "Rurik Tamsin", bs: "Tamsin", bg: "m"}
	cr212CastMF = corefCast{id: "mf", a: "Osric Vane", as: "Vane", ag: "m", b: "Liesl Marrow", bs: "Marrow", bg: "f"}
	cr212CastMM = corefCast{id: "mm", a: "Bram Hollis", as: "Hollis", ag: "m", b: "Teodor Wyck", bs: "Wyck", bg: "m"}
	cr212CastFF = corefCast{id: "ff", a: "Elske Rund", as: "Rund", ag: "f", b: "Maren Folk", bs: "Folk", bg: "f"}
)

var cr212Casts = []corefCast{cr212CastFM, cr212CastMF, cr212CastMM}

func cr212Rows() []auditRow {
	var rows []auditRow
	for _, f := range cr212Frames {
		if f.casts == nil {
			f.casts = cr212Casts
		}
		for _, r := range f.rows() {
			r.known = cr212KnownRows[r.class]
			rows = append(rows, r)
		}
	}
	for _, f := range slices.Concat(cr212Frames2, cr212Frames3, cr212Frames4, cr212Frames5) {
		if f.casts == nil {
			f.casts = cr212Casts
		}
		for _, c := range f.casts {
			// Capitalised surname labels: a frame per cast.
			g := f
			g.casts = []corefCast{c}
			g.text = strings.NewReplacer("{AS}", strings.ToUpper(c.as), "{BS}", strings.ToUpper(c.bs)).Replace(f.text)
			for _, r := range g.rows() {
				r.known = cr212KnownRows[r.class]
				rows = append(rows, r)
			}
		}
	}
	for _, r := range cr212Singles {
		r.known = cr212KnownRows[r.class]
		rows = append(rows, r)
	}
	return rows
}

var cr212Frames = []corefFrame{
	// A long quotation over paragraphs: each paragraph opens a mark, only
	// the last closes it, and the cue comes only at the end or only at the
	// start.
	{class: "split/cue in the first paragraph, continuation without cue",
		text: "HARWICK, May 2 (Meridian Wire) - {A}, chief executive of Harwick Water, defended a 9 percent rise in bills on Monday. {B}, who chairs the consumer panel, called it unjustified.\n\n“We have not raised bills in six years,” {As} said. “The pipes under Harwick are older than anyone alive.\n\n“Every pound of this rise goes into the ground, and customers will see the leaks fall within two years.\n\n“Nobody likes paying more, but the alternative is a town without water.”\n\nThe regulator will rule on the rise in July.",
		want: []corefWant{
			{"A", "", "We have not raised bills in six years"},
			{"A", "", "The pipes under Harwick are older than anyone alive."},
			{"A", "", "Every pound of this rise goes into the ground, and customers will see the leaks fall within two years."},
			{"A", "", "Nobody likes paying more, but the alternative is a town without water."},
		}},
	{class: "split/cue only at the end of the last paragraph",
		text: "The Tarrow Rovers manager {A} was in no mood to celebrate after the 2-2 draw with Fenmoor on Saturday. Striker {B} had scored both goals.\n\n“We threw away two points in the last ten minutes, and that is not the first time this season.\n\n“I told the players at half-time to keep the ball, and they did the opposite,” {As} said.\n\n{Bs} was more forgiving. “It is a point away from home,” {b.he} said.",
		want: []corefWant{
			{"A", "", "We threw away two points in the last ten minutes, and that is not the first time this season."},
			{"A", "", "I told the players at half-time to keep the ball, and they did the opposite"},
			{"B", "", "It is a point away from home"},
		}},
	{class: "split/colon then three paragraphs of one statement",
		text: "Judge {A} sentenced the former treasurer of the Orlen Rowing Club to four years on Thursday. {B}, for the defence, said {b.he} would study the ruling.\n\nIn passing sentence, {As} said: “You took money from children's coaching and from a fund for a new boathouse.\n\n“You lied to the members for six years, and you lied to the auditors.\n\n“The sentence must mark the harm you have done to a small club run by volunteers.”\n\nThe club has since recovered about half of the money.",
		want: []corefWant{
			{"A", "", "You took money from children's coaching and from a fund for a new boathouse."},
			{"A", "", "You lied to the members for six years, and you lied to the auditors."},
			{"A", "", "The sentence must mark the harm you have done to a small club run by volunteers."},
		}},
	{class: "split/continuation after another person was named in narration",
		text: "Residents of Ashby Lane packed the parish hall on Tuesday to oppose the new quarry. {A}, who has lived on the lane for forty years, spoke first.\n\n“The lorries will pass the school gate every four minutes,” {a.he} said. “My grandchildren walk that way.\n\n“Nobody from Grell Aggregates has ever knocked on our doors. Not once.”\n\n{B}, the company's planning director, said the route would avoid the school at drop-off times.",
		want: []corefWant{
			{"A", "", "The lorries will pass the school gate every four minutes"},
			{"A", "", "My grandchildren walk that way."},
			{"A", "", "Nobody from Grell Aggregates has ever knocked on our doors. Not once."},
			{"B", "I", "the route would avoid the school at drop-off times"},
		}},

	// The cue after the quotation, in the next sentence or paragraph.
	{class: "cuenext/That was how X put it",
		text: "The Corvel Institute of Marine Science said on Wednesday that cod stocks in the Harl Sea had fallen by a third since 2015.\n\n“We are fishing a stock that is no longer there.” That was how {A}, the institute's lead author, put it. {B}, who speaks for the fishing fleet, disputed the figures.\n\n“The boats see more fish, not fewer,” {b.he} said.",
		want: []corefWant{
			{"A", "", "We are fishing a stock that is no longer there."},
			{"B", "", "The boats see more fish, not fewer"},
		}},
	{class: "cuenext/quotation paragraph, the words are X's in the next",
		text: "The council's budget for next year will cut library hours across Brennick.\n\n“This is the slow death of the public library.”\n\nThose were the words of {A}, who chairs the Friends of Brennick Library, on Monday. {B}, the council's finance chief, said the cuts were unavoidable.",
		want: []corefWant{
			{"A", "", "This is the slow death of the public library."},
			{"B", "I", "the cuts were unavoidable"},
		}},
	{class: "cuenext/the quotation, then So said X",
		text: "{B} has spent a decade studying the glaciers of the Vask range.\n\n“Every summer we come back and the ice has moved further up the valley.” So said {A}, {b.his} colleague at the Kettle Observatory, in a lecture on Friday.",
		want: []corefWant{
			{"A", "", "Every summer we come back and the ice has moved further up the valley."},
		}},
	{class: "cuenext/the quotation, then X recalled in the next sentence",
		text: "Fire crews from three stations fought the blaze at the Morrow Mill for six hours. No one was hurt.\n\n“The roof came down in front of us.” {A}, a firefighter for twenty years, recalled the moment on Sunday. {B}, the station manager, praised the crews.",
		want: []corefWant{
			{"A", "", "The roof came down in front of us."},
		}},
	{class: "cuenext/near miss: the next sentence names someone who did not say it",
		text: "The mayor, {A}, opened the new bridge on Saturday.\n\n“It took eleven years to build,” {a.he} said. {B}, who designed it, was not invited to the ceremony.",
		want: []corefWant{
			{"A", "", "It took eleven years to build"},
		}},

	// Interviews laid out as transcripts.
	{class: "qa/Q and A after an introduction",
		text: "{A} has coached the Tarrow under-18s for twelve years. {B} spoke to {a.him} before the cup final.\n\nQ: How do you prepare a team for a final?\n\nA: You keep it normal. Same training, same food, same jokes.\n\nQ: Are you nervous?\n\nA: Always. The day I stop being nervous I should stop coaching.",
		want: []corefWant{
			{"A", "", "You keep it normal. Same training, same food, same jokes."},
			{"A", "", "Always. The day I stop being nervous I should stop coaching."},
		}},
	{class: "qa/surname labels, both people",
		text: "{A}, the novelist, and {B}, the critic, met at the Orlen Book Festival to talk about the future of the short story.\n\n{Bs}: Is the short story dying?\n\n{As}: It has been dying for a hundred years. It keeps not dying.\n\n{Bs}: Then why do publishers avoid it?\n\n{As}: Because it does not sell at airports.",
		want: []corefWant{
			{"B", "", "Is the short story dying?"},
			{"A", "", "It has been dying for a hundred years. It keeps not dying."},
			{"B", "", "Then why do publishers avoid it?"},
			{"A", "", "Because it does not sell at airports."},
		}},
	{class: "qa/full-name labels in a transcript",
		text: "The following is an edited transcript of a debate on Radio Brennick between two candidates for mayor.\n\n{A}: The town centre needs parking before it needs another cycle lane.\n\n{B}: The town centre needs people, and people do not come to a car park.\n\n{A}: Ask the shopkeepers what they want.",
		want: []corefWant{
			{"A", "", "The town centre needs parking before it needs another cycle lane."},
			{"B", "", "The town centre needs people, and people do not come to a car park."},
			{"A", "", "Ask the shopkeepers what they want."},
		}},
	{class: "qa/interviewer label and the guest's surname",
		text: "{A} retired from the Vantry Institute in May after thirty years of research on bees. {b.He} is now writing a book.\n\nInterviewer: What did the bees teach you?\n\n{As}: Patience, mostly. And that a hive is smarter than any of us.\n\nInterviewer: Will you keep bees now?\n\n{As}: Four hives, at the bottom of the garden.",
		want: []corefWant{
			{"A", "", "Patience, mostly. And that a hive is smarter than any of us."},
			{"A", "", "Four hives, at the bottom of the garden."},
		}},

	// A paragraph opening with a quotation names its speaker only at its
	// end, after another name.
	{class: "endname/said the lawyer for B, A",
		text: "{B} was cleared on Friday of stealing from the Harl Valley Credit Union, where {b.he} worked for nine years.\n\n“This case should never have come to court,” said the lawyer for {Bs}, {A}, outside Orlen Crown Court.\n\nThe prosecution said it would not appeal.",
		want: []corefWant{
			{"A", "", "This case should never have come to court"},
		}},
	{class: "endname/B's coach, A, said",
		text: "{B} won the Fenmoor marathon on Sunday in a course record.\n\n“We planned for a fast second half and it came off,” {Bs}'s coach, {A}, said.",
		want: []corefWant{
			{"A", "", "We planned for a fast second half and it came off"},
		}},
	{class: "endname/a quote about B, said A, B's neighbour",
		text: "Tributes have been paid to {B}, who died in a fall on the Kettle Ridge on Saturday.\n\n“{Bs} knew those hills better than anyone in the valley,” said {A}, {b.his} neighbour of twenty years.",
		want: []corefWant{
			{"A", "", "{Bs} knew those hills better than anyone in the valley"},
		}},
	{class: "endname/near miss: said B at the end, A inside the quotation",
		text: "The Orlen Players open their season on Friday.\n\n“{A} has directed every play we have put on since 1998,” said {B}, the company's chair.",
		want: []corefWant{
			{"B", "", "{A} has directed every play we have put on since 1998"},
		}},

	// Quotations inside quotations belong to the outer speaker.
	{class: "nested/single marks inside double, the outer speaker",
		text: "{A}, 29, was told in 2021 that {a.he} would never run again after breaking {a.his} hip.\n\n“The surgeon said to me, ‘You will walk, but that is all,’ and I went home and cried,” {As} said on Sunday after finishing the Brennick half-marathon.\n\n{B}, the surgeon, said {b.he} was delighted to be proved wrong.",
		want: []corefWant{
			{"A", "", "The surgeon said to me, ‘You will walk, but that is all,’ and I went home and cried"},
			{"B", "I", "{b.he} was delighted to be proved wrong"},
		}},
	{class: "nested/quoting the other person inside the quotation",
		text: "Councillors in Harwick voted 7-5 on Tuesday to close the Marl Street baths.\n\n“{B} told the committee, ‘The baths lose money every year,’ but the baths were never meant to make money,” {A} said after the vote.",
		want: []corefWant{
			{"A", "", "{B} told the committee, ‘The baths lose money every year,’ but the baths were never meant to make money"},
		}},

	// A description after the quotation, fitted to the person it
	// describes.
	{class: "descafter/said the 34-year-old, who",
		text: "{A}, 34, won the Harl Open on Sunday, {a.his} first title in five years. {B}, 22, finished second.\n\n“I thought my chance had gone,” said the 34-year-old, who had surgery on {a.his} wrist last year.\n\n“I just ran out of holes,” {Bs} said.",
		want: []corefWant{
			{"A", "", "I thought my chance had gone"},
			{"B", "", "I just ran out of holes"},
		}},
	{class: "descafter/said the 22-year-old, the second person",
		text: "{A}, 34, won the Harl Open on Sunday, {a.his} first title in five years. {B}, 22, finished second.\n\n“I thought my chance had gone,” {As} said.\n\n“I just ran out of holes,” said the 22-year-old, who turned professional in March.",
		want: []corefWant{
			{"A", "", "I thought my chance had gone"},
			{"B", "", "I just ran out of holes"},
		}},
	{class: "descafter/said the defender, who, a role given before",
		text: "Fenmoor defender {A} signed a new three-year contract on Friday. Manager {B} called it the club's best news of the summer.\n\n“I never wanted to leave,” said the defender, who joined the club at the age of nine.",
		want: []corefWant{
			{"A", "", "I never wanted to leave"},
		}},
	{class: "descafter/said the physicist, a science release",
		text: "Researchers at the Vantry Institute have built a clock that loses one second in forty billion years, the institute said on Monday. The work was led by physicist {A} with chemist {B}.\n\n“It is the first clock good enough to notice a change in gravity of a centimetre,” said the physicist, who has worked on the project since 2016.",
		want: []corefWant{
			{"A", "", "It is the first clock good enough to notice a change in gravity of a centimetre"},
		}},

	// Two speakers in one paragraph.
	{class: "two/said A. said B in one paragraph",
		text: "The Brennick ferry will stop running in October after 140 years.\n\n“It is the end of an era,” said {A}, the ferry's last captain. “It is the end of a loss-making service,” said {B}, who runs the harbour board.",
		want: []corefWant{
			{"A", "", "It is the end of an era"},
			{"B", "", "It is the end of a loss-making service"},
		}},
	{class: "two/A said, but B disagreed, colon",
		text: "Police in Orlen will start wearing body cameras next month.\n\n“It protects the public and it protects officers,” Chief Constable {A} said. But {B}, of the civil liberties group Open Orlen, disagreed: “It is a camera pointed at the public.”",
		want: []corefWant{
			{"A", "", "It protects the public and it protects officers"},
			{"B", "", "It is a camera pointed at the public."},
		}},
	{class: "two/A's quote, then B replied, with pronoun",
		text: "The two candidates clashed over housing at a hustings in Tarrow on Thursday.\n\n“We will build 2,000 homes in four years,” {A} said. {B} laughed. “{As} promised the same thing in 2019,” {b.he} said.",
		want: []corefWant{
			{"A", "", "We will build 2,000 homes in four years"},
			{"B", "", "{As} promised the same thing in 2019"},
		}},

	// "According to" a person.
	{class: "accto/quotation, according to X",
		text: "The Marl Street bakery closed on Saturday after 60 years.\n\n“We simply could not pay the energy bills,” according to {A}, who ran it with {a.his} brother. {B}, a customer for thirty years, said the street would not be the same.",
		want: []corefWant{
			{"A", "", "We simply could not pay the energy bills"},
			{"B", "I", "the street would not be the same"},
		}},
	{class: "accto/According to X, colon quotation",
		text: "Harwick General Hospital has cut waiting times for hip surgery by half.\n\nAccording to {A}, the hospital's medical director, “the new theatre runs six days a week, and that is the whole secret.”\n\n{B}, a patient, said {b.he} waited five weeks.",
		want: []corefWant{
			{"A", "", "the new theatre runs six days a week, and that is the whole secret."},
			{"B", "I", "{b.he} waited five weeks"},
		}},
	{class: "accto/according to X mid-sentence, then quotation",
		text: "The Kettle Observatory will close its public gallery for a year, according to its director, {A}. “The roof is the problem, not the telescope,” {a.he} said.\n\n{B}, who runs the astronomy club, said members were disappointed.",
		want: []corefWant{
			{"A", "I", "The Kettle Observatory will close its public gallery for a year"},
			{"A", "", "The roof is the problem, not the telescope"},
			{"B", "I", "members were disappointed"},
		}},

	// Posts on social networks.
	{class: "social/X wrote on X, colon",
		text: "The Tarrow Rovers captain {A} has apologised for missing training. Manager {B} had dropped {a.him} for the weekend.\n\n{As} wrote on X: “I let the lads down and I will make it right.”\n\n{Bs} declined to comment.",
		want: []corefWant{
			{"A", "", "I let the lads down and I will make it right."},
		}},
	{class: "social/In a Facebook post, X said",
		text: "Flooding closed the Harl Valley road for a third day on Wednesday.\n\nIn a Facebook post, {A}, who owns the Harl Valley Inn, said: “We have sandbags, we have tea, and we are open.”\n\n{B}, of the county highways team, said the road should reopen by Friday.",
		want: []corefWant{
			{"A", "", "We have sandbags, we have tea, and we are open."},
			{"B", "I", "the road should reopen by Friday"},
		}},
	{class: "social/posted on Instagram, quotation after",
		text: "{A} announced {a.his} retirement from international rugby on Monday.\n\nThe 31-year-old posted on Instagram: “Twelve years, 84 caps, and not one regret.” {B}, the national coach, called {a.him} a great of the game.",
		want: []corefWant{
			{"A", "", "Twelve years, 84 caps, and not one regret."},
		}},
	{class: "social/quotation, B wrote on Facebook",
		text: "{A} said the new parking charges in Orlen were fair. “Every other town charges,” {a.he} said.\n\n“Every other town has a bus service,” {B} wrote on Facebook.",
		want: []corefWant{
			{"A", "", "Every other town charges"},
			{"B", "", "Every other town has a bus service"},
		}},
}

// Near misses and single layouts.
var cr212Singles = []auditRow{
	{class: "qa/near miss: Q and A with nobody introduced",
		text:     "Q: When does the pool reopen?\n\nA: The council has not said.",
		exact:    true,
		want:     []quote{{"", auD, "The council has not said."}},
		speakers: []string{}},
	{class: "qa/near miss: a label-like time, not a speaker",
		text:     "Harwick Water said work on Marl Street would start early.\n\nUpdate: The road will close at 7 a.m. on Monday.",
		exact:    true,
		want:     []quote{{"Harwick Water", auI, "work on Marl Street would start early"}},
		speakers: []string{"Harwick Water"}},
	{class: "split/near miss: a closed quotation, then a new person's paragraph",
		text: "Ilka Dorran, who runs the Brennick food bank, said demand had doubled. “We fed 400 families last week,” Dorran said.\n\n“We are out of rice,” said Piet Aramov, a volunteer.",
		want: []quote{{"Ilka Dorran", auI, "demand had doubled"}, {"Ilka Dorran", auD, "We fed 400 families last week"}, {"Piet Aramov", auD, "We are out of rice"}}},
	{class: "social/near miss: a post quoted by someone else",
		text: "Mara Quell, a councillor, read out a post by a resident. “The post said the bins had not been emptied for a month,” Quell said.",
		want: []quote{{"Mara Quell", auD, "The post said the bins had not been emptied for a month"}}},
	{class: "accto/near miss: according to a report, not a person",
		text:     "Unemployment in Tarrow rose to 7 percent last year, according to the Brask Policy Unit.",
		want:     []quote{{"Brask Policy Unit", auI, "Unemployment in Tarrow rose to 7 percent last year"}},
		speakers: []string{"Brask Policy Unit"}},
	{class: "cuenext/near miss: quotation-only first paragraph, nobody named after",
		text:     "“Slow down.”\n\nThe sign on the Brennick road has been stolen four times this year.",
		speakers: []string{}},
	{class: "endname/said the lawyer for B, A, on a day",
		text: "Rurik Tamsin was cleared of fraud on Friday.\n\n“We always said he was innocent,” said the lawyer for Tamsin, Dalia Quell, on Friday evening.",
		want: []quote{{"Dalia Quell", auD, "We always said he was innocent"}}},
	{class: "endname/said the lawyer for B, A, who",
		text: "Rurik Tamsin was cleared of fraud on Friday.\n\n“We always said he was innocent,” said the lawyer for Tamsin, Dalia Quell, who had represented him for six years.",
		want: []quote{{"Dalia Quell", auD, "We always said he was innocent"}}},
	{class: "endname/said the lawyer for B, A, who said more",
		text: "Rurik Tamsin was cleared of fraud on Friday.\n\n“We always said he was innocent,” said the lawyer for Tamsin, Dalia Quell, who said she would seek costs.",
		want: []quote{{"Dalia Quell", auD, "We always said he was innocent"}, {"Dalia Quell", auI, "she would seek costs"}}},
	{class: "endname/near miss: said the role of a place, whose",
		text:     "“The ferry must run,” said the mayor of Harwick, whose council voted to close it.",
		want:     []quote{{"", auD, "The ferry must run"}},
		speakers: []string{}},
	{class: "endname/near miss: said the lawyer for B, A and C, outside",
		text: "Rurik Tamsin was cleared of fraud on Friday.\n\n“We always said he was innocent,” said a statement from the families of Tamsin, Dalia Quell and Osric Vane, outside the court.",
		want: []quote{{"", auD, "We always said he was innocent"}}},
	{class: "endname/near miss: the name after the role is the place's, then a phrase",
		text: "“The ferry must run,” said the mayor of Harwick, a town of 9,000, at the meeting.",
		want: []quote{{"", auD, "The ferry must run"}}},
	{class: "two/near miss: disagreed with a scare-quoted plan, no quotation of the speaker",
		text:     "Bram Hollis, a councillor, disagreed with the plan to close the baths on Tuesday.",
		exact:    true,
		speakers: []string{}},
	{class: "two/disagreed, colon, after a pronoun",
		text: "Teodor Wyck said the baths lose money. Bram Hollis, a swimmer for fifty years, disagreed: “The baths were never meant to make money.”",
		want: []quote{{"Teodor Wyck", auI, "the baths lose money"}, {"Bram Hollis", auD, "The baths were never meant to make money."}}},
	{class: "two/disagrees, present, colon",
		text: "Not everyone in Harwick welcomes the new road. Liesl Marrow, who farms beside it, disagrees: “It cuts my land in two.”",
		want: []quote{{"Liesl Marrow", auD, "It cuts my land in two."}}},
	{class: "two/near miss: nobody disagreed, a quotation after",
		text: "Osric Vane, the harbour master, said the ferry would run. Few disagreed. “It has run for 140 years,” he said.",
		want: []quote{{"Osric Vane", auI, "the ferry would run"}, {"Osric Vane", auD, "It has run for 140 years"}}},
	{class: "cuenext2/near miss: the speaker was late",
		text: "Hundreds gathered in Marl Square.\n\n“Every one of us owes a life to that boat.” The speaker was late, and Dalia Quell read the address instead.",
		want: []quote{{"", auD, "Every one of us owes a life to that boat."}}},
	{class: "cuenext2/near miss: the speaker is someone's brother",
		text: "Rurik Tamsin spoke first. “We will win.” The speaker is Dalia Quell's brother.",
		want: []quote{{"Rurik Tamsin", auD, "We will win."}}},
	{class: "two2/near miss: said the owner of the place, the earlier owner named again",
		text: "Dalia Quell sold the Harl Valley Inn in May.\n\n“It was time,” said the owner of the inn, Dalia Quell, at the farewell party.",
		want: []quote{{"Dalia Quell", auD, "It was time"}}},
	{class: "two2/near miss: said the description, no name after it",
		text: "Dalia Quell, the last owner of the Harl Valley Inn, handed over the keys on Friday.\n\n“It was time to go,” said the last owner of the inn.",
		want: []quote{{"Dalia Quell", auD, "It was time to go"}}},
	{class: "split3/the subject's own object pronoun, quotation after, pronoun cue",
		text: "Elske Rund ran the fastest time of the season on Saturday. Maren Folk, her coach, praised her.\n\n“I felt light from the first lap,” she said.",
		want: []quote{{"Elske Rund", auD, "I felt light from the first lap"}}},
	{class: "split3/near miss: a possessive her after the verb, the subject speaks",
		text: "Elske Rund has coached at the Orlen club for a decade. Maren Folk thanked her mother in a speech on Friday.\n\n“She drove me to every race,” she said.",
		want: []quote{{"Maren Folk", auD, "She drove me to every race"}}},
	{class: "split3/near miss: her inside a reported clause, the subject speaks",
		text: "Maren Folk said the club had let her down. “Nobody called me,” she said.",
		want: []quote{{"Maren Folk", auI, "the club had let her down"}, {"Maren Folk", auD, "Nobody called me"}}},
	{class: "split3/near miss: an object of the other gender, the subject speaks",
		text: "Liesl Marrow met him at the station on Monday.\n\n“We had not spoken in ten years,” she said.",
		want: []quote{{"Liesl Marrow", auD, "We had not spoken in ten years"}}},
	{class: "qa2/host label, capitalised surname, one guest",
		text: "Dalia Quell runs the Harl Valley Inn.\n\nHOST: Is the valley busier this year?\n\nQUELL: Busier than ever. We turn people away every weekend.",
		want: []quote{{"Dalia Quell", auD, "Busier than ever. We turn people away every weekend."}}},
	{class: "qa2/near miss: capitalised surname shared by two guests",
		text:     "Dalia Quell and Rurik Quell run the Harl Valley Inn.\n\nHOST: Is the valley busier this year?\n\nQUELL: Busier than ever. We turn people away every weekend.",
		exact:    true,
		speakers: []string{}},
	{class: "qa2/near miss: an event listing with a host",
		text:     "Dalia Quell will read from her new novel on Friday.\n\nHost: Orlen Arts Centre. Tickets are free.",
		exact:    true,
		speakers: []string{}},
	{class: "split4/taught, then the teacher, another person named between",
		text: "Maren Folk has taught at Ashby Lane school since 1991. Elske Rund, a parent, organised her leaving party.\n\n“I will miss the noise most,” said the teacher.",
		want: []quote{{"Maren Folk", auD, "I will miss the noise most"}}},
	{class: "split4/near miss: the farmer's trade, then a vet's description",
		text: "Rurik Tamsin farms sheep at Kettle Ridge. Dalia Quell, a vet, was called out on Sunday.\n\n“Three ewes had eaten yew,” said the vet.",
		want: []quote{{"Dalia Quell", auD, "Three ewes had eaten yew"}}},
	{class: "descafter/near miss: said the 22-year-old with only one age given",
		text: "Petra Lind, 22, and Hanne Sole, a coach, watched from the stand.\n\n“We were robbed,” said the 22-year-old.",
		want: []quote{{"Petra Lind", auD, "We were robbed"}}},
}

// Batch 2, written whole and run once before any fix of its own.
var cr212Frames2 = []corefFrame{
	{class: "cuenext2/The speaker was X",
		text: "Hundreds gathered in Marl Square on Saturday to mark fifty years of the Orlen lifeboat.\n\n“Every one of us owes a life to that boat, or knows someone who does.” The speaker was {A}, whose father was rescued in 1981. {B}, the coxswain, laid a wreath.",
		want: []corefWant{{"A", "", "Every one of us owes a life to that boat, or knows someone who does."}}},
	{class: "cuenext2/That, at least, is the view of X",
		text: "The Harwick bypass opened on Monday, two years late.\n\n“It will take the lorries out of the high street at last.” That, at least, is the view of {A}, who runs the bakery on the corner. {B}, a councillor, was less sure.",
		want: []corefWant{{"A", "", "It will take the lorries out of the high street at last."}}},
	{class: "cuenext2/This is how X sees it, after another speaker",
		text: "{B}, the club's chairman, said the new stand would be finished by August.\n\n“We have been promised August before.” This is how {A}, a season-ticket holder for thirty years, sees it.",
		want: []corefWant{
			{"B", "I", "the new stand would be finished by August"},
			{"A", "", "We have been promised August before."}}},
	{class: "qa2/Q. and A. with full stops",
		text: "{A}, the new head of the Vantry Institute, took questions from staff on Tuesday. {B} chaired the session.\n\nQ. Will there be job cuts?\n\nA. Not this year. I cannot promise more than that.",
		want: []corefWant{{"A", "", "Not this year. I cannot promise more than that."}}},
	{class: "qa2/capitalised surname labels",
		text: "{A} and {B} spoke to Radio Brennick about the strike at the Grell works.\n\nPRESENTER: Who blinks first?\n\n{AS}: The company. It has orders it cannot fill.\n\n{BS}: The union, I am afraid. The fund runs out in May.",
		want: []corefWant{
			{"A", "", "The company. It has orders it cannot fill."},
			{"B", "", "The union, I am afraid. The fund runs out in May."}}},
	{class: "qa2/answer quoting someone else",
		text: "{A} has run the Brennick night shelter since 2012.\n\nQ: What keeps you going?\n\nA: A man called {Bs} once told me, ‘You are the only door that opened.’ I think of that every night.",
		want: []corefWant{{"A", "", "A man called {Bs} once told me, ‘You are the only door that opened.’ I think of that every night."}}},
	{class: "endname2/B's mother, A, told the court",
		text: "{B}, 19, was jailed for three years at Orlen Crown Court on Wednesday for causing a crash that injured two cyclists.\n\n“I will never stop being sorry for what my son did,” {Bs}'s mother, {A}, told the court.",
		want: []corefWant{{"A", "", "I will never stop being sorry for what my son did"}}},
	{class: "endname2/said B's team-mate A, no comma",
		text: "{B} scored a hat-trick as Tarrow Rovers beat Fenmoor 4-1 on Saturday.\n\n“I have never seen anyone hit a ball that cleanly,” said {Bs}'s team-mate {A}.",
		want: []corefWant{{"A", "", "I have never seen anyone hit a ball that cleanly"}}},
	{class: "endname2/the judge told B, the judge named before",
		text: "Judge {A} jailed {B} for six years on Monday for a string of burglaries in Harwick.\n\n“You preyed on the old and the frail,” the judge told {Bs}.",
		want: []corefWant{{"A", "", "You preyed on the old and the frail"}}},
	{class: "descafter2/said the mother of three",
		text:  "{A}, a mother of three from Ashby Lane, won a prize of 40,000 in the Brennick raffle. The draw was made by {B}.\n\n“I have never won anything in my life,” said the mother of three, who plans to fix her roof.",
		casts: []corefCast{cr212CastFM, cr212CastFF},
		want:  []corefWant{{"A", "", "I have never won anything in my life"}}},
	{class: "descafter2/said the former champion",
		text: "{A}, a former world champion, returned to the ring on Friday and beat {B} on points in Orlen.\n\n“I still have it,” said the former champion, who is 41.",
		want: []corefWant{{"A", "", "I still have it"}}},
	{class: "descafter2/said the veteran, description of the older",
		text: "{A}, 38, and {B}, 21, shared the lead after the first round of the Harl Open. {As} has played the course for twenty years.\n\n“I know where not to hit it,” said the veteran.",
		want: []corefWant{{"A", "", "I know where not to hit it"}}},
	{class: "accto2/according to a statement by X",
		text: "The Orlen Rowing Club will sell its boathouse.\n\n“The club cannot afford the repairs,” according to a statement by {A}, the club's chair. {B}, a member, called the sale a betrayal.",
		want: []corefWant{{"A", "", "The club cannot afford the repairs"}}},
	{class: "social2/X tweeted, colon",
		text: "Harwick Water cut supplies to 3,000 homes on Sunday after a main burst.\n\n{A}, the town's MP, tweeted: “Bottled water is being handed out at the leisure centre.” {B}, the company's operations director, apologised.",
		want: []corefWant{{"A", "", "Bottled water is being handed out at the leisure centre."}}},
	{class: "social2/quotation, X posted on Instagram",
		text: "{A} has withdrawn from the Fenmoor marathon with a knee injury. {B}, {a.his} coach, said {a.he} would be back in the autumn.\n\n“Gutted, but the knee comes first,” {As} posted on Instagram.",
		want: []corefWant{
			{"B", "I", "{a.he} would be back in the autumn"},
			{"A", "", "Gutted, but the knee comes first"}}},
	{class: "social2/X's post read, colon",
		text: "{A} closed {a.his} cafe in Marl Street on Friday after twenty years. {B}, a regular, organised a collection.\n\n{As}'s post on Facebook read: “Thank you, Brennick. It has been the joy of my life.”",
		want: []corefWant{{"A", "", "Thank you, Brennick. It has been the joy of my life."}}},
	{class: "split2/split quotation after a named hearer",
		text: "{A} told the inquiry on Thursday that {a.he} had warned {B} about the bridge in 2019.\n\n“I told {b.him} the bearings were gone,” {As} said. “I put it in writing.\n\n“Nobody read it. Nobody called me back.”",
		want: []corefWant{
			{"A", "", "I told {b.him} the bearings were gone"},
			{"A", "", "I put it in writing."},
			{"A", "", "Nobody read it. Nobody called me back."}}},
	{class: "two2/two quotations, the second cued by a description",
		text: "The Harl Valley Inn has been sold to a chain after 80 years in one family.\n\n“It was time,” said {A}, the last owner. “It is a sad day for the valley,” said the landlord of the Kettle Arms, {B}.",
		want: []corefWant{
			{"A", "", "It was time"},
			{"B", "", "It is a sad day for the valley"}}},
}

// Batch 3, written whole and run once before any fix of its own.
var cr212Frames3 = []corefFrame{
	{class: "split3/split quotation, then the other person's split quotation",
		text: "The Harwick town council voted on Tuesday to sell the old fire station to a developer.\n\n“We have no money to repair it,” said {A}, the council leader. “The roof leaks and the boiler is from 1970.\n\n“A sale is the only way to keep the front of the building.”\n\n{B}, who led the campaign to save it, said: “The council has let it rot for ten years.\n\n“Now it says rot is the reason to sell.”",
		want: []corefWant{
			{"A", "", "We have no money to repair it"},
			{"A", "", "The roof leaks and the boiler is from 1970."},
			{"A", "", "A sale is the only way to keep the front of the building."},
			{"B", "", "The council has let it rot for ten years."},
			{"B", "", "Now it says rot is the reason to sell."}}},
	{class: "split3/split quotation with a pronoun cue in the middle paragraph",
		text: "{A} has been a lollipop warden outside Ashby Lane school for 31 years. {B}, the head teacher, nominated {a.him} for an award.\n\n“I have seen the children of the children I first crossed.\n\n“Some of them wave at me from their cars now,” {a.he} said, laughing. “I tell them to slow down.”",
		want: []corefWant{
			{"A", "", "I have seen the children of the children I first crossed."},
			{"A", "", "Some of them wave at me from their cars now"},
			{"A", "", "I tell them to slow down."}}},
	{class: "qa3/first-name labels after an introduction",
		text: "Siblings {A} and {B} run the Kettle Arms together.\n\n{B}: We argue about everything except the beer.\n\n{A}: That is true. The beer is sacred.",
		casts: []corefCast{
			{id: "fm", a: "Dalia Quell", as: "Quell", ag: "f", b: "Rurik Quell", bs: "Quell", bg: "m"},
			{id: "mm", a: "Bram Hollis", as: "Hollis", ag: "m", b: "Teodor Hollis", bs: "Hollis", bg: "m"}},
		want: []corefWant{
			{"B", "", "We argue about everything except the beer."},
			{"A", "", "That is true. The beer is sacred."}}},
	{class: "qa3/interview with the answers in marks after Q",
		text: "{A} has written eleven novels set in the Harl valley.\n\nQ: Why always the valley?\n\nA: “Because I have never understood it. When I do, I will stop.”",
		want: []corefWant{{"A", "", "Because I have never understood it. When I do, I will stop."}}},
	{class: "nested3/a whole paragraph quoting another's words inside",
		text: "{A}, a nurse at Harwick General, described the night of the fire.\n\n“A man came in carrying his daughter and said, ‘She is not breathing, please help her.’ We did. She went home on Friday,” {As} said.\n\n{B}, the hospital's chief executive, praised the staff.",
		want: []corefWant{
			{"A", "", "A man came in carrying his daughter and said, ‘She is not breathing, please help her.’ We did. She went home on Friday"}}},
	{class: "nested3/a quotation quoting the other person by name",
		text: "{A} and {B} have fallen out over the Brennick bypass.\n\n“When {Bs} says, ‘Trust me,’ I check my wallet,” {As} said on Thursday.\n\n{Bs} did not respond.",
		want: []corefWant{
			{"A", "", "When {Bs} says, ‘Trust me,’ I check my wallet"}}},
	{class: "two3/two quotations, two speakers, pronoun cues by gender",
		casts: []corefCast{cr212CastFM, cr212CastMF},
		text:  "{A} and {B} both stood for the Harwick seat.\n\n“I will fight for the hospital,” {a.he} said. “I built the hospital,” {b.he} replied.",
		want: []corefWant{
			{"A", "", "I will fight for the hospital"},
			{"B", "", "I built the hospital"}}},
	{class: "two3/quotation, said A; then B, quotation, with a colon cue",
		text: "The Orlen marathon will move to October.\n\n“The summer is too hot now,” said {A}, the race director. {B}, who has run it twenty times, had one word: “Sensible.”",
		want: []corefWant{
			{"A", "", "The summer is too hot now"},
			{"B", "", "Sensible."}}},
	{class: "accto3/according to X, who, then a quotation",
		text: "Three of the Brennick library's branches will close in April, according to {A}, who chairs the council's culture committee. “We kept the busiest ones,” {a.he} said.\n\n{B}, a librarian for 25 years, said staff had not been told.",
		want: []corefWant{
			{"A", "I", "Three of the Brennick library's branches will close in April"},
			{"A", "", "We kept the busiest ones"},
			{"B", "I", "staff had not been told"}}},
	{class: "social3/wrote on X, formerly Twitter",
		text: "The Fenmoor goalkeeper {A} has left the club after a row with manager {B}.\n\nIn a message on X, formerly Twitter, {As} wrote: “Ten good years. Thank you, Fenmoor.”",
		want: []corefWant{{"A", "", "Ten good years. Thank you, Fenmoor."}}},
	{class: "social3/a post quoted, then the poster named",
		text: "A video of the Harl river bursting its banks has been watched two million times.\n\n“This is my street. This was my car,” wrote {A}, who filmed it from an upstairs window. {B}, a neighbour, helped {a.him} save the dog.",
		want: []corefWant{{"A", "", "This is my street. This was my car"}}},
	{class: "descafter3/said the Harwick-born forward",
		text: "{A} scored twice as Tarrow Rovers beat {a.his} home town club Harwick 2-0. {B} missed a penalty for Harwick.\n\n“It felt strange to celebrate,” said the Harwick-born forward.",
		want: []corefWant{{"A", "", "It felt strange to celebrate"}}},
}

// Batch 4, written whole and run once before any fix of its own.
var cr212Frames4 = []corefFrame{
	{class: "court4/the judge told B, who, after the defence spoke",
		text: "{B}, 44, was jailed for five years at Orlen Crown Court on Tuesday for a fraud on the Harl Valley Credit Union.\n\nDefending, Ilka Dorran said {b.he} had repaid half the money.\n\n“You betrayed people who trusted you with their savings,” Judge {A} told {Bs}, who showed no emotion.",
		want: []corefWant{
			{"Ilka Dorran", "I", "{b.he} had repaid half the money"},
			{"A", "", "You betrayed people who trusted you with their savings"}}},
	{class: "science4/lead author, then co-author added, colon",
		text: "Bees in the Vask valley learn to avoid flowers sprayed with pesticide within two days, a study from the Vantry Institute has found.\n\n“They remember which flowers made them ill,” said {A}, the study's lead author. “That surprised us.”\n\nCo-author {B} added: “The next question is whether the hive learns it too.”",
		want: []corefWant{
			{"A", "", "They remember which flowers made them ill"},
			{"A", "", "That surprised us."},
			{"B", "", "The next question is whether the hive learns it too."}}},
	{class: "accto4/quotation, according to the role, name",
		text: "The Harwick carnival will not go ahead this summer.\n\n“We simply do not have the volunteers,” according to the carnival's chair, {A}. {B}, who has marched in it since 1990, said {b.he} was heartbroken.",
		want: []corefWant{
			{"A", "", "We simply do not have the volunteers"},
			{"B", "I", "{b.he} was heartbroken"}}},
	{class: "social4/name with a handle, wrote on X",
		text: "The Fenmoor chairman {B} has sacked manager {A} after six straight defeats.\n\n{As} (@fenmoorboss) wrote on X: “Gutted. I gave this club everything.”",
		want: []corefWant{{"A", "", "Gutted. I gave this club everything."}}},
	{class: "cuenext4/quotation paragraph, then the next paragraph opens with So says",
		text: "The Brennick tram will run all night at weekends from June.\n\n“It is the best thing the council has done in years.”\n\nSo says {A}, who drives a taxi in the city centre and will lose most of {a.his} late trade. {B}, the transport chief, said the trial would last a year.",
		want: []corefWant{
			{"A", "", "It is the best thing the council has done in years."},
			{"B", "I", "the trial would last a year"}}},
	{class: "two4/A said, however B, pronoun cue in the same paragraph",
		casts: []corefCast{cr212CastFM, cr212CastFF},
		text:  "The Orlen Players will stage their first opera in the autumn.\n\n“It is a risk, but a good one,” said {A}, the company's director. {B}, who sings the lead, is less calm. “I have not slept for a week,” {b.he} said.",
		want: []corefWant{
			{"A", "", "It is a risk, but a good one"},
			{"B", "", "I have not slept for a week"}}},
	{class: "nested4/A recalled B saying, colon, single marks",
		text: "{A} remembers the day the Morrow Mill closed in 1986.\n\n“The manager, {B}, stood on a crate and said, ‘That is the last shift.’ Nobody moved,” {As} said.",
		want: []corefWant{{"A", "", "The manager, {B}, stood on a crate and said, ‘That is the last shift.’ Nobody moved"}}},
	{class: "split4/opening cue by description, two continuation paragraphs",
		text: "{A}, 61, has farmed at Kettle Ridge all {a.his} life. {B}, {a.his} neighbour, teaches at the village school.\n\n“The rain comes earlier every year,” said the farmer. “We cut the hay in June now, not July.\n\n“My father would not believe it.\n\n“But the sheep do not care what month it is.”",
		want: []corefWant{
			{"A", "", "The rain comes earlier every year"},
			{"A", "", "We cut the hay in June now, not July."},
			{"A", "", "My father would not believe it."},
			{"A", "", "But the sheep do not care what month it is."}}},
	{class: "endname4/quotation, then the speaker named after a quoted person's name in the cue",
		text: "Tributes have been paid to the Harwick poet {B}, who died on Sunday aged 88.\n\n“{Bs} taught half this town to love words, including me,” said {A}, who runs the Marl Street bookshop.",
		want: []corefWant{{"A", "", "{Bs} taught half this town to love words, including me"}}},
}

// Batch 5, written whole and run once before any fix of its own.
var cr212Frames5 = []corefFrame{
	{class: "qa5/bold full-name labels, interviewer in bold",
		text: "{A} has led the Orlen mountain rescue team for fifteen years.\n\n**Harl Gazette:** How many call-outs this year?\n\n**{A}:** Ninety-one. A record, and it is only October.\n\n**Harl Gazette:** Why so many?\n\n**{A}:** Phones. People follow a map on a phone into places no map should take them.",
		want: []corefWant{
			{"A", "", "Ninety-one. A record, and it is only October."},
			{"A", "", "Phones. People follow a map on a phone into places no map should take them."}}},
	{class: "qa5/transcript, narration paragraph between the turns",
		text: "{A} and {B} debated the Harwick bypass on Radio Brennick on Monday.\n\n{A}: The bypass will save the high street.\n\n{B}: It will empty the high street.\n\n{A}: Every town that built one is glad of it.\n\nThe council will vote on the plan in March.",
		want: []corefWant{
			{"A", "", "The bypass will save the high street."},
			{"B", "", "It will empty the high street."},
			{"A", "", "Every town that built one is glad of it."}}},
	{class: "split5/split quotation, a narration paragraph, then a quotation-only paragraph",
		text: "{A} opened the new ward at Harwick General on Friday. {B}, a nurse on the ward, showed {a.him} round.\n\n“This ward is the first in the county built around the patient,” {As} said. “Every bed has a window.\n\n“Every family has a room to sleep in.”\n\nThe ward cost 12 million and took two years to build.\n\n“We waited a long time for this,” {Bs} said.",
		want: []corefWant{
			{"A", "", "This ward is the first in the county built around the patient"},
			{"A", "", "Every bed has a window."},
			{"A", "", "Every family has a room to sleep in."},
			{"B", "", "We waited a long time for this"}}},
	{class: "cuenext5/quotation first, the cue in the next sentence with a pronoun for the last named",
		text: "{B} chaired the meeting. {A}, who lives on the estate, stood up at the end.\n\n“We have asked for a crossing for ten years.” {a.He} sat down to applause.",
		want: []corefWant{{"A", "", "We have asked for a crossing for ten years."}}},
	{class: "endname5/quotation, said the coach of the other team, name",
		text: "Tarrow Rovers, managed by {B}, lost 3-0 at Fenmoor on Saturday.\n\n“They were better in every part of the pitch,” said the Fenmoor coach, {A}, who had predicted a draw.",
		want: []corefWant{{"A", "", "They were better in every part of the pitch"}}},
	{class: "social5/a post's words, the account holder named by description",
		text: "{A}, the Harwick baker who went viral last year, has closed {a.his} shop. {B} bought the building.\n\n“Fourteen years, a million loaves, one very tired baker,” the baker wrote on Facebook.",
		want: []corefWant{{"A", "", "Fourteen years, a million loaves, one very tired baker"}}},
}
