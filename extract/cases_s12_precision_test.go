package extract_test

import (
	"strings"
	"testing"
	"unicode"
)

// Session 12, issue 11: speaker precision on real reporting. The class is
// "a name near a speech cue that is not the speaker": the addressee, the
// subject spoken of, a client or relative whose lawyer or friend speaks,
// the outlet that reports or quotes, the object of a report, things named
// after people (laws, ships, prizes, storms, stadiums), places, bylines
// and credits, and quoted titles. Each frame is crossed with several
// invented names (people with and without titles, bodies), with positive
// controls that must keep the real speaker. Every person, place, body and
// title is invented.
//
// First pass (before any change to the engine), rows passing / rows:
//
//	class      first pass         after fix 1 (np.go: prepositional modifiers)
//	addressee   30/30  1.00        30/30
//	subject     24/27  0.89        27/27  ("critics of X said")
//	relation    30/36  0.83        36/36  ("an aide to X", "a former employee of X")
//	outlet      21/21  1.00        21/21
//	report       4/17  0.24        17/17  ("a report on X", "biography of", "inquiry into", "documentary about")
//	things      15/16  0.94        16/16  ("visitors to the X Library")
//	places       7/ 9  0.78         9/ 9  ("visitors from X", "people across X")
//	furniture   14/14  1.00        14/14
//	titles       9/10  0.90         9/10  (title-subject, known: a recall miss, no false speaker)
//	ALL        154/180 0.86       179/180
//
// Second batch (s12Batch2, 74 rows, written after fix 1 and run once
// before fix 2): 66/74 (0.89). Its misses: "an audit of Velstrom Energy
// said" (report2 5/6), "the Vessen Act, named after Senator Tobin Vessen,
// says" credited to the senator (a law's chunk has no name and was
// resolved as a title: things2 4/7), and people "near", "on" or "across"
// a named place or thing ("residents near the Oren Dravic Stadium",
// "workers on the Tobin Vale Bridge", "officials across the Tarrow
// Valley", "shopkeepers on Marlow High Street", "people near Marlow":
// things2, places2 3/6). After fix 2: 74/74.
//
// Third batch (s12Batch3, 58 rows: the named one as the object of the
// speaker's verb, a passive's subject, or inside the speaker's aside),
// run once before fix 3: 55/58 (0.95), aside3 16/16, object3 39/42. Its
// misses: "X was described by the Harbour Board as “...”" given to nobody
// (a passive's agent named with "the" was not found). After fix 3: 58/58,
// with three near misses added (an outlet as agent, an acronym, "told by
// the Harbour Board that").
//
// Fourth batch (s12Batch4, 40 rows: the name in the object of a clause
// whose subject is a pronoun or a thing, then a participle, a joined verb
// or "he/she said"), run once before fix 4: 38/40 (0.95). Its misses:
// "Ivo Dane, unlike Mara Quell, said" credited to Quell (an aside opened
// by "unlike" was not an aside; with a title it was). After fix 4: 40/40,
// with two near misses added.
//
// Fifth batch (s12Batch5, 36 rows: the name as the possessor of what is
// spoken about, "X's remarks", "X's death was confirmed by", "X's
// critics say"): first pass 36/36.
//
// Sixth batch (s12Batch6, 14 rows: someone unnamed with a tie to a name
// that looks like a person's, "a co-owner of Tarrow Rovers", "a fan of",
// "a player for"), run against the engine before fix 5: 3/14. After fix
// 5: 13/14; "the coach of Oren Dravic" stays known (role-of-person).
//
// Seventh batch (s12Batch7, 15 rows: "Officials in the Tarvian capital,
// Marlow, said"), run against the engine before fix 6: 6/15 (the place in
// apposition took the cue). After fix 6: 15/15.
//
// Eighth batch (s12Batch8, 14 rows: "Vessen's Law says", "the Vessen
// Rule says" with and without Senator Tobin Vessen named before, a ship
// named after a person, and "Jude Law said" as near misses), run against
// the engine before fix 7: 3/14 (the law was a speaker, or its namesake
// was). After fix 7: 14/14, and 15/15 with "the Institute of International
// Law" added as a near miss.
//
// Ninth batch (s12Batch9, 17 rows: bylines, credits and sign-offs in web
// shapes): first pass 17/17.
//
// Tenth batch (s12Batch10, 24 rows: "people close to X", "a person close
// to X", "someone/those close to X", "X's allies in the Senate", "critics
// in the Harbour Board"), run against the engine before fix 8: 6/24.
// After fix 8: 24/24.
//
// Eleventh batch (s12Batch11, 16 rows: "X's autopsy report said", "the
// indictment of X says", "a warrant for X says", with "X's statement" and
// "the board's review" as controls), run against the engine before fix
// 9: 10/16. After fix 9: 16/16.
//
// Twelfth batch (s12Batch12, 8 rows: "Mara Quell died ... The Quell
// family's spokesman said", "her family's spokesman", "the Quell estate's
// lawyer"), run against the engine before fix 10: 6/8 (the family's
// spokesman was Mara Quell). After fix 10: 8/8.
//
// Thirteenth batch (s12Batch13, 27 rows: "Oren Dravic died/was shot/was
// arrested/was sacked. The coroner/surgeon/officer/chairman said", with
// "the suspect", an age, "was appointed coach" and "has coached" as
// controls), run against the engine before fix 11: 8/27 (the one done to
// was made the role). After fix 11: 27/27. A first form of the fix, which
// looked at any earlier mention, cost Pages dev-d attr 0.014 (a person
// demoted two sentences before, then "he resigned", then "the future
// President said"): it now looks at the sentence before only.
//
// Fourteenth batch (s12Batch14, 9 rows: "Police arrested Oren Dravic.
// The officer said", "Gunmen shot X. The surgeon said"), run against the
// engine before fix 12: 2/9. After fix 12: 8/9; "Tarrow Rovers signed
// Oren Dravic. The striker said" stays known (team-as-person).
//
// Fifteenth batch (s12Batch15, 12 rows: the same frames with the cue
// first or "according to"): first pass 12/12, and 12/12 on the engine at
// branch start too.
//
// Sixteenth batch (s12Batch16, 24 rows: "a lawsuit/charges/allegations/a
// complaint against X says", "protesters against X", with the one who
// brings the action as controls), run against the engine before fix 13:
// 3/24. After fix 13: 24/24.
//
// Seventeenth batch (s12Batch17, 22 rows: "a report regarding/concerning/
// naming/about X said", "a case involving X", "the controversy
// surrounding X", "officials worried about X said", "senators loyal to X
// said", "Ivo Dane, angry at X, said"), run against the engine before fix
// 14: topic 2/12, feeling 2/10. After fix 14: 22/22.
//
// Eighteenth batch (s12Batch18, 11 rows: "participants in the Marlow
// Talks", "attendees at the Tarrow Expo", "competitors at the Quell Cup
// final"), run against the engine before fix 15: 5/11. After fix 15:
// 10/11; "speakers at the Marlow Summit" stays known (event-speakers).
//
// Final pass: the whole table (550 rows, before the sixteenth batch) against the engine at branch
// start (bdfac3c) and now; the batches' first passes above are against
// the engine as it stood when each was written.
//
//	class       branch start   now      class       branch start   now
//	addressee     30/30       30/30     possessor5    36/36       36/36
//	addressee2     8/10       10/10     relation      30/36       36/36
//	subject       24/27       27/27     relation2     12/14       14/14
//	subject2      10/10       10/10     tie6           3/14       13/14
//	object3       41/45       45/45     close10        6/24       24/24
//	object4       40/42       42/42     family12       6/8         8/8
//	aside3        16/16       16/16     outlet        21/21       21/21
//	patient13      8/27       27/27     outlet2        9/9         9/9
//	patient14      2/9         8/9      inverted15    12/12       12/12
//	report         4/17       17/17     furniture     14/14       14/14
//	report2        1/6         6/6      furniture2     6/6         6/6
//	about11       10/16       16/16     furniture9    17/17       17/17
//	things        15/16       16/16     titles         9/10        9/10
//	things2        4/7         7/7      titles2        6/6         6/6
//	law8           4/15       15/15     places         7/9         9/9
//	place7         6/15       15/15     places2        2/6         6/6
//	ALL          419/550 (0.76)  547/550 (0.99), 3 known
//
// With the sixteenth to eighteenth batches, all 607 rows: 429/607 (0.71)
// at branch start, 603/607 (0.99) now, 4 known.

// Mechanisms of the known failures.
const (
	s12RoleOfPerson  = "role-of-person: \"the coach of Oren Dravic said\" is credited to Dravic; the rule that makes any role \"of\" a lone name unnamed (as \"a co-owner of\" and \"a fan of\" are) cost Realnews validation F1 0.007: the gold there credits some \"the <role> of <name>\""
	s12TeamAsPerson  = "team-as-person: a team named like a person (\"Tarrow Rovers signed Oren Dravic. The striker said\") is the salient person a role description falls back to, before the one signed"
	s12EventSpeakers = "event-speakers: \"Speakers at the Marlow Summit said\" credits the summit; taking \"speakers\" as common people (as \"participants\" and \"attendees\" are) cost Realnews heldout F1 0.008"
	s12TitleSubject  = "title-subject: a sentence whose subject is a quoted title (“The Long Harbour” says ...) followed by \", critic X wrote\" yields no quote at all: the title's marks are rightly no quote, but the clause before the inverted cue is not taken as reported speech"
)

func TestAuditS12Precision(t *testing.T) {
	runAudit(t, "precision", s12PrecisionRows(), *auditKnown)
}

// s12People and s12Bodies are the names crossed with the frames: a full
// name, a name behind a title, a surname alone, and bodies with and
// without "the".
var (
	s12People = []string{"Mara Quell", "Senator Tobin Vale", "Oren Dravic"}
	s12Bodies = []string{"the Tidemark Group", "the Harbour Board", "Velstrom Energy"}
)

// s12Frame is one sentence frame: {X} is where the silent name goes.
// speakers is the whole speaker list wanted (the silent name is never in
// it); want, when set, is the quote wanted, its speaker fixed.
type s12Frame struct {
	class    string
	frame    string
	speakers []string
	want     []quote
	known    string
}

// s12Cross writes one row per frame and name.
func s12Cross(names []string, frames ...s12Frame) []auditRow {
	var rows []auditRow
	for _, f := range frames {
		for _, n := range names {
			text := s12Capital(strings.ReplaceAll(f.frame, "{X}", n))
			rows = append(rows, auditRow{
				class:    f.class + " [" + n + "]",
				text:     text,
				want:     f.want,
				speakers: f.speakers,
				known:    f.known,
			})
		}
	}
	return rows
}

// s12Capital upper-cases the first letter of every sentence a frame
// opens with a lower-case name ("the Tidemark Group ...").
func s12Capital(s string) string {
	r := []rune(s)
	start := true
	for i, c := range r {
		if start && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
			start = false
			continue
		}
		if c == '.' || c == '\n' {
			// Only a full stop followed by a space opens a sentence.
			start = c == '\n' || i+1 < len(r) && r[i+1] == ' '
		} else if !unicode.IsSpace(c) && c != '“' && c != '"' {
			start = false
		}
	}
	return string(r)
}

func s12PrecisionRows() []auditRow {
	var rows []auditRow
	for _, g := range [][]auditRow{
		s12Addressee(), s12Subject(), s12Relation(), s12Outlet(),
		s12Report(), s12Things, s12Places, s12Furniture, s12Titles, s12Batch2, s12Batch3(), s12Batch4(), s12Batch5(), s12Batch6(), s12Batch7(), s12Batch8(), s12Batch9, s12Batch10(), s12Batch11(), s12Batch12(), s12Batch13(), s12Batch14(), s12Batch15, s12Batch16(), s12Batch17(), s12Batch18(),
	} {
		rows = append(rows, g...)
	}
	return rows
}

// The addressee: "told X", "in a letter to X", "wrote to X".
func s12Addressee() []auditRow {
	rows := s12Cross(append(append([]string{}, s12People...), s12Bodies...),
		s12Frame{class: "addressee/told X that",
			frame:    "Lena Marsh told {X} that the deal was off.",
			speakers: []string{"Lena Marsh"},
			want:     []quote{{"Lena Marsh", auI, "the deal was off"}}},
		s12Frame{class: "addressee/quote, said in a letter to X",
			frame:    "“We will appeal,” Ivo Dane said in a letter to {X}.",
			speakers: []string{"Ivo Dane"},
			want:     []quote{{"Ivo Dane", auD, "We will appeal"}}},
		s12Frame{class: "addressee/in a letter to X, subject said",
			frame:    "In a letter to {X}, Mayor Ada Crane said the bridge would close in June.",
			speakers: []string{"Ada Crane"},
			want:     []quote{{"Ada Crane", auI, "the bridge would close in June"}}},
	)
	rows = append(rows, s12Cross(s12Bodies,
		s12Frame{class: "addressee/body wrote to X that",
			frame:    "The Carth Dockers Union wrote to {X} that the cranes were unsafe.",
			speakers: []string{"Carth Dockers Union"},
			want:     []quote{{"Carth Dockers Union", auI, "the cranes were unsafe"}}},
	)...)
	rows = append(rows, s12Cross(s12People,
		s12Frame{class: "addressee/speaking to X, subject said",
			frame:    "Speaking to {X} on Monday, Elin Sarr said the plan would fail.",
			speakers: []string{"Elin Sarr"},
			want:     []quote{{"Elin Sarr", auI, "the plan would fail"}}},
		s12Frame{class: "addressee/X was told by",
			frame:    "{X} was told by Ivo Dane that the contract was void.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "addressee/quote told X, cue last",
			frame:    "“You have my vote,” Elin Sarr told {X}.",
			speakers: []string{"Elin Sarr"},
			want:     []quote{{"Elin Sarr", auD, "You have my vote"}}},
	)...)
	return rows
}

// The subject spoken of: "said of X", "speaking about X", "X was
// described as", "praised X", "criticised X".
func s12Subject() []auditRow {
	rows := s12Cross(s12People,
		s12Frame{class: "subject/quote said of X",
			frame:    "“There is nobody braver,” Ivo Dane said of {X}.",
			speakers: []string{"Ivo Dane"},
			want:     []quote{{"Ivo Dane", auD, "There is nobody braver"}}},
		s12Frame{class: "subject/speaking about X, subject said",
			frame:    "Speaking about {X}, coach Lise Harten said the season had been hard.",
			speakers: []string{"Lise Harten"},
			want:     []quote{{"Lise Harten", auI, "the season had been hard"}}},
		s12Frame{class: "subject/X was described as ... by colleagues",
			frame:    "{X} was described as “a tireless worker” by colleagues.",
			speakers: []string{}},
		s12Frame{class: "subject/praised X, saying",
			frame:    "Mayor Ada Crane praised {X}, saying the rescue had saved lives.",
			speakers: []string{"Ada Crane"}},
		s12Frame{class: "subject/asked about X, subject said",
			frame:    "Asked about {X}, Ivo Dane said there had been no wrongdoing.",
			speakers: []string{"Ivo Dane"},
			want:     []quote{{"Ivo Dane", auI, "there had been no wrongdoing"}}},
		s12Frame{class: "subject/paid tribute to X, calling",
			frame:    "Ivo Dane paid tribute to {X}, calling the career “a gift to the town”.",
			speakers: []string{"Ivo Dane"}},
	)
	rows = append(rows, s12Cross(s12Bodies,
		s12Frame{class: "subject/criticised X, then he said",
			frame:    "Senator Rhea Vale criticised {X} on Monday. “They have lied to us,” she said.",
			speakers: []string{"Rhea Vale"},
			want:     []quote{{"Rhea Vale", auD, "They have lied to us"}}},
		s12Frame{class: "subject/X was criticised by regulators, who said",
			frame:    "{X} was criticised by regulators, who said its filings were late.",
			speakers: []string{}},
		s12Frame{class: "subject/critics of X said",
			frame:    "Critics of {X} said the plan was unrealistic.",
			speakers: []string{}},
	)...)
	return rows
}

// Relations: a lawyer, friend, relative, aide or source of X speaks, not X;
// a spokesperson for X speaks for X.
func s12Relation() []auditRow {
	rows := s12Cross(s12People,
		s12Frame{class: "relation/X's lawyer said",
			frame:    "{X}'s lawyer said the charges would be fought.",
			speakers: []string{}},
		s12Frame{class: "relation/a friend of X said",
			frame:    "A friend of {X} said the trip had been planned for months.",
			speakers: []string{}},
		s12Frame{class: "relation/an aide to X said",
			frame:    "An aide to {X} said the vote would be delayed.",
			speakers: []string{}},
		s12Frame{class: "relation/a source close to X said",
			frame:    "A source close to {X} said a resignation was likely.",
			speakers: []string{}},
		s12Frame{class: "relation/X's mother told reporters",
			frame:    "{X}'s mother told reporters the family was shocked.",
			speakers: []string{}},
		s12Frame{class: "relation/quote, X's agent said",
			frame:    "“There is no offer on the table,” {X}'s agent said.",
			speakers: []string{}},
		s12Frame{class: "relation/X's lawyer, named, said (positive)",
			frame:    "{X}'s lawyer, Petra Lind, said the charges would be fought.",
			speakers: []string{"Petra Lind"}},
	)
	rows = append(rows, s12Cross([]string{"Quell", "Dravic", "Marsh"},
		s12Frame{class: "relation/the X family's spokesman said",
			frame:    "The {X} family's spokesman said the funeral would be private.",
			speakers: []string{}},
		s12Frame{class: "relation/a neighbour of the X family said",
			frame:    "A neighbour of the {X} family said the house had been empty for weeks.",
			speakers: []string{}},
	)...)
	rows = append(rows, s12Cross(s12Bodies,
		s12Frame{class: "relation/lawyers for X said (body's)",
			frame:    "Lawyers for {X} said the fine would be appealed.",
			speakers: []string{"{X}"}},
		s12Frame{class: "relation/a spokesman for X said (positive)",
			frame:    "A spokesman for {X} said the plant was safe.",
			speakers: []string{"{X}"}},
		s12Frame{class: "relation/a former employee of X said",
			frame:    "A former employee of {X} said the safety checks were skipped.",
			speakers: []string{}},
	)...)
	// The body's rows want the body's own name as speaker.
	for i := range rows {
		if len(rows[i].speakers) == 1 && rows[i].speakers[0] == "{X}" {
			_, name, _ := strings.Cut(rows[i].class, " [")
			name = strings.TrimSuffix(strings.TrimPrefix(name, "the "), "]")
			rows[i].speakers = []string{name}
		}
	}
	return rows
}

// Outlets report and quote; they never speak.
func s12Outlet() []auditRow {
	outlets := []string{"the Marlow Post", "Radio Halvern", "the Calder Gazette"}
	return s12Cross(outlets,
		s12Frame{class: "outlet/Y, quoted by X, said",
			frame:    "Mara Quell, quoted by {X}, said the port would close.",
			speakers: []string{"Mara Quell"},
			want:     []quote{{"Mara Quell", auI, "the port would close"}}},
		s12Frame{class: "outlet/Y told X that",
			frame:    "Ivo Dane told {X} that the port would close.",
			speakers: []string{"Ivo Dane"},
			want:     []quote{{"Ivo Dane", auI, "the port would close"}}},
		s12Frame{class: "outlet/quote, Y told X on Tuesday",
			frame:    "“The port will close,” Ivo Dane told {X} on Tuesday.",
			speakers: []string{"Ivo Dane"},
			want:     []quote{{"Ivo Dane", auD, "The port will close"}}},
		s12Frame{class: "outlet/Y said in an interview with X",
			frame:    "Ivo Dane said in an interview with {X} that the port would close.",
			speakers: []string{"Ivo Dane"},
			want:     []quote{{"Ivo Dane", auI, "the port would close"}}},
		s12Frame{class: "outlet/according to X, Y said",
			frame:    "According to {X}, Ivo Dane said the port would close.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "outlet/X reported that",
			frame:    "{X} reported that the port would close.",
			speakers: []string{}},
		s12Frame{class: "outlet/Y was quoted by X as saying",
			frame:    "Ivo Dane was quoted by {X} as saying the port would close.",
			speakers: []string{"Ivo Dane"}},
	)
}

// The object of a report, inquiry, biography or film is not its voice.
func s12Report() []auditRow {
	rows := s12Cross([]string{"Mara Quell", "Oren Dravic", "the Tidemark Group"},
		s12Frame{class: "report/a report on X said",
			frame:    "A report on {X} said the accounts had not been audited.",
			speakers: []string{}},
		s12Frame{class: "report/a biography of X says",
			frame:    "A new biography of {X} says the early years were hard.",
			speakers: []string{}},
		s12Frame{class: "report/an inquiry into X said",
			frame:    "An inquiry into {X} said the records were incomplete.",
			speakers: []string{}},
		s12Frame{class: "report/a documentary about X claims",
			frame:    "A documentary about {X} claims that the races were fixed.",
			speakers: []string{}},
		s12Frame{class: "report/an outlet's investigation into X said",
			frame:    "A Marlow Post investigation into {X} said the payments were hidden.",
			speakers: []string{}},
	)
	rows = append(rows,
		auditRow{class: "report/a report by a named body said (positive)",
			text:     "A report by the Harbour Board said the cranes were unsafe.",
			speakers: []string{"Harbour Board"},
			want:     []quote{{"Harbour Board", auI, "the cranes were unsafe"}}},
		auditRow{class: "report/a report on X by a named body said (positive)",
			text:     "A report on Mara Quell by the Ethics Office said the gifts were declared late.",
			speakers: []string{"Ethics Office"}},
	)
	return rows
}

// Things named after people, and named things that do not speak.
var s12Things = []auditRow{
	{class: "things/the Act says",
		text:     "The Vessen Act says landlords must give three months' notice.",
		speakers: []string{}},
	{class: "things/under the Act, minister said",
		text:     "Under the Vessen Act, landlords must give notice, housing minister Ada Crane said.",
		speakers: []string{"Ada Crane"}},
	{class: "things/storm named, service said",
		text:     "Storm Idris brought winds of 120 km/h to the coast, the Coastal Weather Service said.",
		speakers: []string{"Coastal Weather Service"}},
	{class: "things/storm named, forecasters said",
		text:     "Hurricane Mara weakened overnight, forecasters said.",
		speakers: []string{}},
	{class: "things/storm named as subject of a cue-like verb",
		text:     "Storm Idris warned of worse to come as it battered the coast on Sunday.",
		speakers: []string{}},
	{class: "things/prize committee said",
		text:     "The Quell Prize Committee said the award would go to a poet this year.",
		speakers: []string{"Quell Prize Committee"}},
	{class: "things/prize named, organisers said",
		text:     "The Dravic Prize for Poetry will be announced in May, organisers said.",
		speakers: []string{}},
	{class: "things/ship named after a person",
		text:     "The MV Oren Dravic sank off Tarrow Point, the Harwick Coastguard said.",
		speakers: []string{"Harwick Coastguard"}},
	{class: "things/stadium named after a person",
		text:     "The Oren Dravic Stadium will be rebuilt, club chairman Lise Harten said.",
		speakers: []string{"Lise Harten"}},
	{class: "things/library named after a person, visitors said",
		text:     "Visitors to the Mara Quell Library said the new wing was too dark.",
		speakers: []string{}},
	{class: "things/foundation speaks (positive)",
		text:     "The Dravic Foundation said it would fund ten scholarships.",
		speakers: []string{"Dravic Foundation"}},
	{class: "things/memorial hospital speaks (positive)",
		text:     "The Vale Memorial Hospital said the patient was in a stable condition.",
		speakers: []string{"Vale Memorial Hospital"}},
	{class: "things/award named, fire service said",
		text:     "The Ada Crane Award for Bravery went to two firefighters, the Tarrow Fire Service said.",
		speakers: []string{"Tarrow Fire Service"}},
	{class: "things/product named, company said",
		text:     "The Quell 3 phone will go on sale in May, Velstrom Energy said.",
		speakers: []string{"Velstrom Energy"}},
	{class: "things/festival named after a person, organisers said",
		text:     "The Mara Quell Festival drew 20,000 people, its organisers said.",
		speakers: []string{}},
	{class: "things/bridge named after a person, engineers said",
		text:     "The Tobin Vale Bridge is safe to cross, engineers from the Roads Agency said.",
		speakers: []string{"Roads Agency"}},
}

// Places: a city or region near a cue is a setting, not a voice; a
// country as subject speaks for its government (the annotation rules
// credit a country's unnamed representatives to the country).
var s12Places = []auditRow{
	{class: "places/officials in a city said",
		text:     "Officials in Marlow said the bridge was safe.",
		speakers: []string{}},
	{class: "places/residents of a city said",
		text:     "Residents of Marlow said the water tasted of metal.",
		speakers: []string{}},
	{class: "places/in the city, mayor said",
		text:     "In Marlow, Mayor Ada Crane said the bridge was safe.",
		speakers: []string{"Ada Crane"}},
	{class: "places/speaking in the city, minister said",
		text:     "Speaking in Marlow on Monday, Finance Minister Ivo Dane said taxes would not rise.",
		speakers: []string{"Ivo Dane"}},
	{class: "places/voters in a town told the outlet",
		text:     "Voters in Tarrow told the Marlow Post they wanted change.",
		speakers: []string{}},
	{class: "places/at a rally in the town, candidate said",
		text:     "At a rally in Tarrow, Elin Sarr said the election was hers to lose.",
		speakers: []string{"Elin Sarr"}},
	{class: "places/quote, said in the city",
		text:     "“The bridge is safe,” Ada Crane said in Marlow.",
		speakers: []string{"Ada Crane"}},
	{class: "places/visitors from a city said",
		text:     "Visitors from Harwick said the queues were long.",
		speakers: []string{}},
	{class: "places/people across the region said",
		text:     "People across the Tarrow Valley said the floods were the worst in memory.",
		speakers: []string{}},
}

// Bylines, credits, datelines and sign-offs name people who do not speak.
var s12Furniture = []auditRow{
	{class: "furniture/byline",
		text:     "By Mara Quell\n\nThe port will reopen on Friday, harbour master Ivo Dane said.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/byline with outlet",
		text:     "By Mara Quell, Marlow Post\n\nThe port will reopen on Friday, harbour master Ivo Dane said.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/photo credit",
		text:     "“The water rose in minutes,” said Oren Dravic.\n\nPhoto: Lise Harten/Marlow Post",
		speakers: []string{"Oren Dravic"}},
	{class: "furniture/reporting by; editing by",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\nReporting by Mara Quell; Editing by Tomas Rudd",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/bracketed reporting and editing",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\n(Reporting by Mara Quell in Marlow; additional reporting by Tomas Rudd; editing by Elin Sarr)",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/dateline with wire",
		text:     "MARLOW, March 3 (Meridian Wire) - The port will reopen on Friday, harbour master Ivo Dane said.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/sign-off line",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\nMara Quell is a staff writer at the Marlow Post.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/contact line",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\nContact Mara Quell at mquell@marlowpost.example.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/written by | edited by",
		text:     "Written by Mara Quell | Edited by Tomas Rudd\n\nThe port will reopen on Friday, harbour master Ivo Dane said.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/dash sign-off",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\n— Mara Quell, Marlow Post",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/additional reporting",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\nAdditional reporting by Tomas Rudd in Harwick.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/image credit",
		text:     "“The water rose in minutes,” said Oren Dravic.\n\nImage credit: Lise Harten",
		speakers: []string{"Oren Dravic"}},
	{class: "furniture/follow line",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\nFollow Mara Quell on X at @mquell.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture/editor's note",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\nThis story was updated by Tomas Rudd to correct the date.",
		speakers: []string{"Ivo Dane"}},
}

// Quoted titles of books, films, laws and reports are no quotes.
var s12Titles = []auditRow{
	{class: "titles/book title, publisher said",
		text:     "Mara Quell's new book, “The Long Harbour”, comes out in May, her publisher said.",
		speakers: []string{}},
	{class: "titles/film by a person, no cue",
		text:     "“Storm Over Tarrow”, a film by Oren Dravic, opens on Friday.",
		speakers: []string{}, exact: true},
	{class: "titles/starred in two films",
		text:     "Ivo Dane starred in “The Quiet Coast” and “Night Ferry” before turning to the stage.",
		speakers: []string{}, exact: true},
	{class: "titles/read from her memoir",
		text:     "Lise Harten read from her memoir, “Salt and Iron”, at the library on Sunday.",
		speakers: []string{}, exact: true},
	{class: "titles/album by a person topped the charts",
		text:     "The album “Tidemark” by Oren Dravic topped the charts for six weeks.",
		speakers: []string{}, exact: true},
	{class: "titles/report title, published",
		text:     "Mara Quell's report, “Rivers at Risk”, was published on Monday.",
		speakers: []string{}, exact: true},
	{class: "titles/quote, then study title (positive)",
		text:     "“The ice is thinning,” Elin Sarr said, presenting her study “Arctic Shelf Loss”.",
		speakers: []string{"Elin Sarr"},
		want:     []quote{{"Elin Sarr", auD, "The ice is thinning"}}},
	{class: "titles/quoted act, senator said",
		text:     "The “Clean Rivers Act” passed on Tuesday, Senator Rhea Vale said.",
		speakers: []string{"Rhea Vale"}},
	{class: "titles/novel title as subject of says",
		known:    s12TitleSubject,
		text:     "“The Long Harbour” says more about Tarrow than any history, critic Ivo Dane wrote.",
		speakers: []string{"Ivo Dane"}},
	{class: "titles/play by a person, premiered",
		text:     "Oren Dravic's play “The Salt Road” premiered at the Tarrow Theatre on Friday.",
		speakers: []string{}, exact: true},
}

// A second batch, written after fix 1 and before running it: harder
// wordings of the same classes and the near misses around them.
var s12Batch2 = []auditRow{
	// The addressee.
	{class: "addressee2/in an open letter to X, body said",
		text:     "In an open letter to Mara Quell, the Carth Dockers Union said the cranes were unsafe.",
		speakers: []string{"Carth Dockers Union"}},
	{class: "addressee2/Y, in a statement to the outlet, said",
		text:     "Ivo Dane, in a statement to the Marlow Post, said the port would close.",
		speakers: []string{"Ivo Dane"}},
	{class: "addressee2/a letter to X from a body said",
		text:     "A letter to Mara Quell from the Harbour Board said the cranes were unsafe.",
		speakers: []string{"Harbour Board"}},
	{class: "addressee2/a letter to a body said",
		text:     "A letter to the Harbour Board said the cranes were unsafe.",
		speakers: []string{}},
	{class: "addressee2/responding to X, Y said",
		text:     "Responding to Mara Quell, Ivo Dane said the figures were wrong.",
		speakers: []string{"Ivo Dane"}},
	{class: "addressee2/Y said, replying to X, that",
		text:     "Ivo Dane said, replying to Senator Rhea Vale, that the figures were wrong.",
		speakers: []string{"Ivo Dane"}},
	{class: "addressee2/wrote to X, then he wrote",
		text:     "Ivo Dane wrote to Mara Quell on Monday. “The figures are wrong,” he wrote.",
		speakers: []string{"Ivo Dane"}},
	{class: "addressee2/sent X a letter saying",
		text:     "Ivo Dane sent Mara Quell a letter saying the figures were wrong.",
		speakers: []string{"Ivo Dane"}},
	{class: "addressee2/quote, mayor told councillor",
		text:     "“Sit down,” Mayor Ada Crane told Councillor Piet Rusk.",
		speakers: []string{"Ada Crane"}},
	{class: "addressee2/X received a letter from Y saying",
		text:     "Mara Quell received a letter from Ivo Dane saying the contract was void.",
		speakers: []string{"Ivo Dane"}},
	// The subject spoken of.
	{class: "subject2/X was praised by Y, who said",
		text:     "Mara Quell was praised by Ivo Dane, who said the rescue had saved lives.",
		speakers: []string{"Ivo Dane"}},
	{class: "subject2/of X, Y said: quote",
		text:     "Of Mara Quell, Ivo Dane said: “She was the best of us.”",
		speakers: []string{"Ivo Dane"}},
	{class: "subject2/quote, said of the late X",
		text:     "“She was the best of us,” Ivo Dane said of the late Mara Quell.",
		speakers: []string{"Ivo Dane"}},
	{class: "subject2/Y described X as",
		text:     "Ivo Dane described Mara Quell as “the best of us”.",
		speakers: []string{"Ivo Dane"}},
	{class: "subject2/Y called X a coward",
		text:     "Ivo Dane called Senator Tobin Vale “a coward”.",
		speakers: []string{"Ivo Dane"}},
	{class: "subject2/Y blamed X, saying",
		text:     "Ivo Dane blamed the Tidemark Group for the spill, saying its pipes were old.",
		speakers: []string{"Ivo Dane"}},
	{class: "subject2/Y thanked X, saying",
		text:     "Ivo Dane thanked the Harbour Board, saying the rescue had been swift.",
		speakers: []string{"Ivo Dane"}},
	{class: "subject2/X, whom Y described as",
		text:     "Mara Quell, whom Ivo Dane described as “a genius”, left the company in May.",
		speakers: []string{"Ivo Dane"}},
	{class: "subject2/body accused by Y speaks (positive)",
		text:     "The Tidemark Group, which Senator Rhea Vale accused of lying, said its figures were right.",
		speakers: []string{"Tidemark Group"}},
	{class: "subject2/concerns about X raised by a body, which said",
		text:     "Concerns about Mara Quell were raised by the Ethics Office, which said the gifts were declared late.",
		speakers: []string{"Ethics Office"}},
	// Relations.
	{class: "relation2/surname's lawyer said",
		text:     "Mara Quell was charged on Monday. Quell's lawyer said she would plead not guilty.",
		speakers: []string{}},
	{class: "relation2/lawyers for a titled person said",
		text:     "Lawyers for Senator Tobin Vale said he would appeal.",
		speakers: []string{}},
	{class: "relation2/an adviser to X said",
		text:     "An adviser to Mara Quell said the vote would be delayed.",
		speakers: []string{}},
	{class: "relation2/advisers to a titled person said",
		text:     "Advisers to Senator Tobin Vale said he would not run again.",
		speakers: []string{}},
	{class: "relation2/X's former chief of staff said",
		text:     "Mara Quell's former chief of staff said the office had been chaotic.",
		speakers: []string{}},
	{class: "relation2/a spokeswoman for X said (positive)",
		text:     "A spokeswoman for Mara Quell said the senator was resting.",
		speakers: []string{"Mara Quell"}},
	{class: "relation2/X's office said (positive)",
		text:     "Mara Quell's office said the senator was resting.",
		speakers: []string{"Mara Quell"}},
	{class: "relation2/relatives of X told the outlet",
		text:     "Relatives of Oren Dravic told the Marlow Post he had been threatened.",
		speakers: []string{}},
	{class: "relation2/the family of X said in a statement",
		text:     "The family of Oren Dravic said in a statement that he had been threatened.",
		speakers: []string{}},
	{class: "relation2/Y, a friend of X, said (positive)",
		text:     "Ivo Dane, a friend of Mara Quell, said she would stay.",
		speakers: []string{"Ivo Dane"}},
	{class: "relation2/a former colleague of X said",
		text:     "A former colleague of Senator Tobin Vale said he was a careful man.",
		speakers: []string{}},
	{class: "relation2/supporters of X said",
		text:     "Supporters of Mara Quell said the poll was wrong.",
		speakers: []string{}},
	{class: "relation2/X's coach said",
		text:     "Oren Dravic's coach said he would race on Sunday.",
		speakers: []string{}},
	{class: "relation2/the son of X said",
		text:     "The son of Mara Quell said his mother was recovering.",
		speakers: []string{}},
	// Outlets.
	{class: "outlet2/Y told the outlet's reporter",
		text:     "Ivo Dane told the Marlow Post's Lise Harten that the port would close.",
		speakers: []string{"Ivo Dane"}},
	{class: "outlet2/in an interview with the outlet, Y said",
		text:     "In an interview with Radio Halvern, Ivo Dane said the port would close.",
		speakers: []string{"Ivo Dane"}},
	{class: "outlet2/Y said on the outlet's show",
		text:     "Ivo Dane said on Radio Halvern's morning show that the port would close.",
		speakers: []string{"Ivo Dane"}},
	{class: "outlet2/the outlet quoted Y as saying",
		text:     "The Marlow Post quoted Ivo Dane as saying the port would close.",
		speakers: []string{"Ivo Dane"}},
	{class: "outlet2/the outlet said",
		text:     "The Marlow Post said the port would close.",
		speakers: []string{}},
	{class: "outlet2/according to an outlet's report",
		text:     "According to a Marlow Post report, the port will close.",
		speakers: []string{}},
	{class: "outlet2/outlet reported, citing Y",
		text:     "Radio Halvern reported, citing Ivo Dane, that the port would close.",
		speakers: []string{"Ivo Dane"}},
	{class: "outlet2/Y told the outlet: quote",
		text:     "Ivo Dane told Radio Halvern: “The port will close.”",
		speakers: []string{"Ivo Dane"}},
	{class: "outlet2/writing in the outlet, Y said",
		text:     "Writing in the Calder Gazette, Ivo Dane said the port would close.",
		speakers: []string{"Ivo Dane"}},
	// The object of a report.
	{class: "report2/an investigation into X found that",
		text:     "An investigation into Senator Tobin Vale found that the gifts were not declared.",
		speakers: []string{}},
	{class: "report2/an audit of a body said",
		text:     "An audit of Velstrom Energy said the books were in order.",
		speakers: []string{}},
	{class: "report2/a report into a body said",
		text:     "A report into the Tidemark Group said the pipes were old.",
		speakers: []string{}},
	{class: "report2/a book about X says",
		text:     "A book about Mara Quell says she grew up in Tarrow.",
		speakers: []string{}},
	{class: "report2/a new film about a titled person claims",
		text:     "A new film about Senator Tobin Vale claims that he took bribes.",
		speakers: []string{}},
	{class: "report2/an outlet's profile of Y said",
		text:     "A Marlow Post profile of Ivo Dane said he rarely slept.",
		speakers: []string{}},
	// Things named after people.
	{class: "things2/an Act named after a person says",
		text:     "The Vessen Act, named after Senator Tobin Vessen, says landlords must give notice.",
		speakers: []string{}},
	{class: "things2/fans at a stadium named after a person",
		text:     "Fans at Dravic Park said the stadium was cold.",
		speakers: []string{}},
	{class: "things2/passengers on a ship named after a person",
		text:     "Passengers on the MV Oren Dravic said the crossing was rough.",
		speakers: []string{}},
	{class: "things2/storm named, company said",
		text:     "Storm Mara knocked out power to 9,000 homes, Velstrom Energy said.",
		speakers: []string{"Velstrom Energy"}},
	{class: "things2/bridge named after a person, police said",
		text:     "The Tobin Vale Bridge was closed on Monday, police said.",
		speakers: []string{}},
	{class: "things2/residents near a stadium named after a person",
		text:     "Residents near the Oren Dravic Stadium said the noise was unbearable.",
		speakers: []string{}},
	{class: "things2/workers on a bridge named after a person",
		text:     "Workers on the Tobin Vale Bridge said the steel was rusting.",
		speakers: []string{}},
	// Places.
	{class: "places2/officials across a region said",
		text:     "Officials across the Tarrow Valley said the roads were closed.",
		speakers: []string{}},
	{class: "places2/farmers in a valley said",
		text:     "Farmers in the Tarrow Valley said the river was low.",
		speakers: []string{}},
	{class: "places2/shopkeepers on a street said",
		text:     "Shopkeepers on Marlow High Street said trade was down.",
		speakers: []string{}},
	{class: "places2/tourists in a city told the outlet",
		text:     "Tourists in Marlow told the Marlow Post they felt safe.",
		speakers: []string{}},
	{class: "places2/commuters from a town said",
		text:     "Commuters from Harwick said the trains were late.",
		speakers: []string{}},
	{class: "places2/people near a city said",
		text:     "People near Marlow said the smoke was thick.",
		speakers: []string{}},
	// Bylines, credits and sign-offs.
	{class: "furniture2/reports-from line",
		text:     "Mara Quell reports from Marlow.\n\nThe port will reopen on Friday, harbour master Ivo Dane said.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture2/story by, photos by",
		text:     "Story by Mara Quell. Photos by Lise Harten.\n\nThe port will reopen on Friday, harbour master Ivo Dane said.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture2/reporting; writing; editing",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\n(Reporting by Mara Quell; Writing by Tomas Rudd; Editing by Elin Sarr)",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture2/contributed to this report",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\nMara Quell contributed to this report.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture2/photograph credit for the outlet",
		text:     "“The water rose in minutes,” said Oren Dravic.\n\nPhotograph: Lise Harten for the Marlow Post",
		speakers: []string{"Oren Dravic"}},
	{class: "furniture2/compiled by",
		text:     "The port will reopen on Friday, harbour master Ivo Dane said.\n\nCompiled by Tomas Rudd.",
		speakers: []string{"Ivo Dane"}},
	// Quoted titles.
	{class: "titles2/memoir title holding said",
		text:     "Mara Quell's memoir “I Said No” is out in June.",
		speakers: []string{}, exact: true},
	{class: "titles2/film title holding says",
		text:     "The film “Dravic Says Goodbye” opens on Friday.",
		speakers: []string{}, exact: true},
	{class: "titles2/song title holding said",
		text:     "Ivo Dane's song “Tell Them I Said So” topped the charts.",
		speakers: []string{}, exact: true},
	{class: "titles2/rule named in marks",
		text:     "The “Quell Rule” was adopted by the board on Monday.",
		speakers: []string{}, exact: true},
	{class: "titles2/bill known as a name in marks",
		text:     "The bill, known as “Tobin's Law”, passed on Tuesday.",
		speakers: []string{}, exact: true},
	{class: "titles2/presented his report, saying (positive)",
		text:     "Ivo Dane presented his report, “Ports in Peril”, on Monday, saying the docks needed investment.",
		speakers: []string{"Ivo Dane"}},
}

// A third batch, written after fix 2 and before running it: the one who
// is spoken of, to, about or with as the object of the speaker's verb,
// a passive agent, or inside the speaker's own aside, crossed with a
// person, a titled person and a body.
func s12Batch3() []auditRow {
	objects := []string{"Mara Quell", "Senator Tobin Vale", "the Tidemark Group"}
	rows := s12Cross(objects,
		s12Frame{class: "object3/X was described by a body as",
			frame:    "{X} was described by the Harbour Board as “a danger to the port”.",
			speakers: []string{"Harbour Board"}},
		s12Frame{class: "object3/X was described by a person as",
			frame:    "{X} was described by Ivo Dane as “a danger to the port”.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y hailed X as",
			frame:    "Mayor Ada Crane hailed {X} as “the saviour of the port”.",
			speakers: []string{"Ada Crane"}},
		s12Frame{class: "object3/Y accused X of lying, saying",
			frame:    "Ivo Dane accused {X} of lying, saying the figures had been changed.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/X was criticised by Y, who said",
			frame:    "{X} was criticised by Ivo Dane, who said the figures had been changed.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y defended X, saying",
			frame:    "Ivo Dane defended {X}, saying the figures were correct.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y warned X that",
			frame:    "Ivo Dane warned {X} that the port would close.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y urged X to resign",
			frame:    "Ivo Dane urged {X} to withdraw the plan.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y apologised to X, saying",
			frame:    "Ivo Dane apologised to {X}, saying the remarks had been unfair.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y met X and said",
			frame:    "Ivo Dane met {X} on Monday and said the talks had gone well.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y told reporters after meeting X that",
			frame:    "Ivo Dane told reporters after meeting {X} that the talks had gone well.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y described the meeting with X as",
			frame:    "Ivo Dane described the meeting with {X} as “productive”.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y compared X to, saying",
			frame:    "Ivo Dane compared {X} to a sinking ship, saying nobody was steering.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object3/Y slammed X, then quote",
			frame:    "Ivo Dane slammed {X} on Tuesday. “It is a disgrace,” he said.",
			speakers: []string{"Ivo Dane"}},
	)
	rows = append(rows, s12Cross([]string{"Mara Quell", "Senator Tobin Vale"},
		s12Frame{class: "aside3/in a tribute to X, Y said",
			frame:    "In a tribute to {X}, Ivo Dane said the town had lost its conscience.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "aside3/Y, speaking at X's funeral, said",
			frame:    "Ivo Dane, speaking at {X}'s funeral, said the town had lost its conscience.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "aside3/at a memorial for X, Y said",
			frame:    "At a memorial for {X} on Sunday, Ivo Dane said the town had lost its conscience.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "aside3/Y, who worked with X, said",
			frame:    "Ivo Dane, who worked with {X} for a decade, said the office had been calm.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "aside3/Y, X's former coach, said",
			frame:    "Ivo Dane, {X}'s former adviser, said the office had been calm.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "aside3/Y, who succeeded X, said",
			frame:    "Ivo Dane, who succeeded {X} as mayor in 2019, said the office had been calm.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "aside3/X was quoted as saying (positive)",
			frame:    "{X} was quoted as saying the office had been calm.",
			speakers: []string{"{X}"}},
		s12Frame{class: "aside3/Y quoted X as saying (positive)",
			frame:    "The Marlow Post quoted {X} as saying the office had been calm.",
			speakers: []string{"{X}"}},
	)...)
	rows = append(rows,
		auditRow{class: "object3/X was described by an outlet as (near miss)",
			text:     "Mara Quell was described by the Marlow Post as “a danger to the port”.",
			speakers: []string{}},
		auditRow{class: "object3/X was described by a body's acronym as",
			text:     "Dinu Garro died on Monday, according to the Bishops' Conference of Tarvia (BCT). Garro was described by the BCT as “a strong advocate for the poor”.",
			speakers: []string{"Bishops' Conference of Tarvia"}},
		auditRow{class: "object3/X was told by a body that",
			text:     "Mara Quell was told by the Harbour Board that her licence had been revoked.",
			speakers: []string{"Harbour Board"}},
	)
	for i := range rows {
		if len(rows[i].speakers) == 1 && rows[i].speakers[0] == "{X}" {
			_, name, _ := strings.Cut(rows[i].class, " [")
			name = strings.TrimSuffix(strings.TrimPrefix(name, "Senator "), "]")
			rows[i].speakers = []string{name}
		}
	}
	return rows
}

// A fourth batch, written after fix 3 and before running it: the name
// in the object of a clause whose subject is a pronoun or a thing, then a
// participle, a coordinated verb or "he/she said": the object is never
// the voice.
func s12Batch4() []auditRow {
	objects := []string{"Mara Quell", "Oren Dravic", "Senator Rhea Vale"}
	rows := s12Cross(objects,
		s12Frame{class: "object4/pronoun praised X, saying",
			frame:    "Ivo Dane spoke on Monday. He praised {X}, saying the rescue had saved lives.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object4/Y worked with X, and recalls that",
			frame:    "Ivo Dane worked with {X} for a decade, and recalls that the office was calm.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object4/pronoun worked with X, and recalls that",
			frame:    "Ivo Dane retired in May. He worked with {X} for a decade, and recalls that the office was calm.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object4/a book in the tone of X, describing",
			frame:    "The memoir opens in the tone of writers such as {X}, describing a childhood in Tarrow.",
			speakers: []string{}},
		s12Frame{class: "object4/a report compares to X, saying",
			frame:    "The report compares the port to {X}, saying the docks were neglected.",
			speakers: []string{}},
		s12Frame{class: "object4/Y sued X, then he says",
			frame:    "Ivo Dane sued {X} in May. He says the contract was void.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object4/Y visited X and later told reporters",
			frame:    "Ivo Dane visited {X} in hospital and later told reporters the recovery was going well.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object4/Y, unlike X, said",
			frame:    "Ivo Dane, unlike {X}, said the plan would work.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object4/Y beat X in the final, then he said",
			frame:    "Ivo Dane beat {X} in the final on Sunday. “I played my best,” he said.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object4/Y replaced X as coach, then he said",
			frame:    "Ivo Dane replaced {X} as coach in May. He said the squad was strong.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "object4/voters backed X, body said",
			frame:    "Voters backed {X} by a wide margin, the Election Board said.",
			speakers: []string{"Election Board"}},
		s12Frame{class: "object4/Y endorsed X, calling",
			frame:    "Ivo Dane endorsed {X} for mayor on Monday, calling the campaign “serious”.",
			speakers: []string{"Ivo Dane"}},
	)
	rows = append(rows,
		auditRow{class: "object4/unlike X, Y said (near miss)",
			text:     "Unlike Mara Quell, Ivo Dane said the plan would work.",
			speakers: []string{"Ivo Dane"}},
		auditRow{class: "object4/Y, like X, said (near miss)",
			text:     "Ivo Dane, like Mara Quell, said the plan would work.",
			speakers: []string{"Ivo Dane"}},
	)
	rows = append(rows, s12Cross([]string{"Mara Quell", "Senator Rhea Vale"},
		s12Frame{class: "object4/she criticised X and her husband, and she explained",
			frame:    "Lena Marsh criticised {X} and her husband, Tomas Quell, last year, and she has now explained that she was angry.",
			speakers: []string{"Lena Marsh"}},
		s12Frame{class: "object4/she slammed X, then she said",
			frame:    "Lena Marsh slammed {X} in March. “I stand by every word,” she said on Monday.",
			speakers: []string{"Lena Marsh"}},
	)...)
	return rows
}

// A fifth batch, written after fix 4 and before running it: the name as
// the possessor of what is spoken about ("X's remarks", "X's death",
// "X's critics"), next to the body or person who speaks.
func s12Batch5() []auditRow {
	return s12Cross([]string{"Mara Quell", "Senator Rhea Vale", "Oren Dravic"},
		s12Frame{class: "possessor5/X's remarks came after a body said",
			frame:    "{X}'s remarks came after the Harbour Board said the cranes were unsafe.",
			speakers: []string{"Harbour Board"}},
		s12Frame{class: "possessor5/in response to X's comments, a body said",
			frame:    "In response to {X}'s comments, the Harbour Board said the cranes were safe.",
			speakers: []string{"Harbour Board"}},
		s12Frame{class: "possessor5/X's decision was welcomed by a union, which said",
			frame:    "{X}'s decision was welcomed by the Carth Dockers Union, which said the cranes were unsafe.",
			speakers: []string{"Carth Dockers Union"}},
		s12Frame{class: "possessor5/X's death was confirmed by a body, which said",
			frame:    "{X}'s death was confirmed by the Harbour Board, which said the funeral would be private.",
			speakers: []string{"Harbour Board"}},
		s12Frame{class: "possessor5/X's arrest was confirmed by police, who said",
			frame:    "{X}'s arrest was confirmed by police, who said the charges would follow.",
			speakers: []string{}},
		s12Frame{class: "possessor5/questions about X's finances raised by a body, which said",
			frame:    "Questions about {X}'s finances were raised by the Ethics Office, which said the gifts were declared late.",
			speakers: []string{"Ethics Office"}},
		s12Frame{class: "possessor5/X's supporters said",
			frame:    "{X}'s supporters said the poll was wrong.",
			speakers: []string{}},
		s12Frame{class: "possessor5/X's critics say",
			frame:    "{X}'s critics say the plan is unaffordable.",
			speakers: []string{}},
		s12Frame{class: "possessor5/X's rivals said",
			frame:    "{X}'s rivals said the result would be challenged.",
			speakers: []string{}},
		s12Frame{class: "possessor5/X's former employer, a body, said",
			frame:    "{X}'s former employer, the Tidemark Group, said the contract had ended in May.",
			speakers: []string{"Tidemark Group"}},
		s12Frame{class: "possessor5/X's successor, Y, said",
			frame:    "{X}'s successor, Ivo Dane, said the office would move.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "possessor5/X's fans told the outlet",
			frame:    "{X}'s fans told the Marlow Post the tickets had sold out.",
			speakers: []string{}},
	)
}

// A sixth batch: someone unnamed who speaks for themself, with a tie to a
// name that looks like a person's (a team, a band), and the conventions
// around it.
func s12Batch6() []auditRow {
	rows := s12Cross([]string{"Tarrow Rovers", "the Harwick Hawks", "the league's Marlow Albion"},
		s12Frame{class: "tie6/a co-owner of a team said",
			frame:    "A co-owner of {X} said today that he was truly sorry.",
			speakers: []string{}},
		s12Frame{class: "tie6/a fan of a team told the outlet",
			frame:    "A fan of {X} told the Marlow Post that the tickets were too dear.",
			speakers: []string{}},
		s12Frame{class: "tie6/a player for a team said",
			frame:    "A player for {X} said the pitch was waterlogged.",
			speakers: []string{}},
	)
	rows = append(rows,
		auditRow{class: "tie6/a fan of a person said",
			text:     "A fan of Oren Dravic said the concert was too short.",
			speakers: []string{}},
		auditRow{class: "tie6/a member of a body said",
			text:     "A member of the Harbour Board said the vote had been rushed.",
			speakers: []string{}},
		auditRow{class: "tie6/the team's co-owner, named, said (positive)",
			text:     "Tarrow Rovers co-owner Ivo Dane said he was truly sorry.",
			speakers: []string{"Ivo Dane"}},
		auditRow{class: "tie6/a spokesman for a team said (positive)",
			text:     "A spokesman for Tarrow Rovers said the match would go ahead.",
			speakers: []string{"Tarrow Rovers"}},
		auditRow{class: "tie6/the coach of a person said",
			known:    s12RoleOfPerson,
			text:     "The coach of Oren Dravic said he would race on Sunday.",
			speakers: []string{}},
	)
	return rows
}

// A seventh batch: a place named in apposition to a common noun for a
// place ("in the Tarvian capital, Marlow,") between the speakers and
// their verb.
func s12Batch7() []auditRow {
	rows := s12Cross([]string{"Marlow", "Harwick", "Lisk"},
		s12Frame{class: "place7/officials in the capital, X, said",
			frame:    "Officials in the Tarvian capital, {X}, said the border would reopen.",
			speakers: []string{}},
		s12Frame{class: "place7/doctors in the northern town, X, said",
			frame:    "Doctors in the northern town, {X}, said the clinic was full.",
			speakers: []string{}},
		s12Frame{class: "place7/officials from the capital, X, told reporters",
			frame:    "Officials from the capital, {X}, told reporters the border would reopen.",
			speakers: []string{}},
		s12Frame{class: "place7/Y, who lives in the capital, X, said (positive)",
			frame:    "Ivo Dane, who lives in the capital, {X}, said the water was rising.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "place7/the mayor of the city, X, named, said (positive)",
			frame:    "Ada Crane, mayor of the port city, {X}, said the water was rising.",
			speakers: []string{"Ada Crane"}},
	)
	return rows
}

// An eighth batch: laws, rules and ships named after someone the story
// also names, as the subject of a speech verb; the person never speaks
// through them, and a law is no speaker of its own.
func s12Batch8() []auditRow {
	rows := s12Cross([]string{"Vessen's Law", "the Vessen Law", "the Vessen Rule", "the Vessen Doctrine", "the Vessen Code"},
		s12Frame{class: "law8/law named after a person named before says",
			frame:    "Senator Tobin Vessen retired in 2001. {X} says landlords must give three months' notice.",
			speakers: []string{}},
		s12Frame{class: "law8/law named after a person, alone, says",
			frame:    "{X} says landlords must give three months' notice.",
			speakers: []string{}},
	)
	rows = append(rows,
		auditRow{class: "law8/ship named after a person named before reported",
			text:     "Mara Quell died in 2001. The MV Mara Quell reported that the sea was rough.",
			speakers: []string{}},
		auditRow{class: "law8/actor named Law speaks (near miss)",
			text:     "Actor Jude Law said the film had been hard to make.",
			speakers: []string{"Jude Law"}},
		auditRow{class: "law8/surname Law, quote first (near miss)",
			text:     "Jude Law starred in the film. “It was hard,” said Law.",
			speakers: []string{"Jude Law"}},
		auditRow{class: "law8/a body named with Law speaks (near miss)",
			text:     "The Institute of International Law said the ruling was sound.",
			speakers: []string{"Institute of International Law"}},
		auditRow{class: "law8/minister cites the law (positive)",
			text:     "Vessen's Law requires notice, housing minister Ada Crane said.",
			speakers: []string{"Ada Crane"}},
	)
	return rows
}

// A ninth batch: bylines, credits and sign-offs in the shapes web pages
// give them (links, pipes, agency slashes, "can be reached at", "with
// files from"), around one real speaker.
const s12Said = "The port will reopen on Friday, harbour master Ivo Dane said."

var s12Batch9 = []auditRow{
	{class: "furniture9/linked byline",
		text:     "By [Mara Quell](https://marlowpost.example/staff/quell)\n\n" + s12Said,
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/byline with outlet after comma",
		text:     "Mara Quell, Marlow Post\n\n" + s12Said,
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/byline with pipe and role",
		text:     "Mara Quell | Staff Writer\n\n" + s12Said,
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/updated by line",
		text:     "Updated 3:45 PM by Mara Quell\n\n" + s12Said,
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/photo credit with agency slash",
		text:     s12Said + "\n\nPhoto: Meridian Images/Mara Quell",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/caption credit in brackets",
		text:     s12Said + "\n\nThe harbour at dawn. (Mara Quell/Marlow Post)",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/can be reached at",
		text:     s12Said + "\n\nMara Quell can be reached at mquell@marlowpost.example or 555-0100.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/is a reporter covering",
		text:     s12Said + "\n\nMara Quell is a reporter covering the harbour for the Marlow Post.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/with files from",
		text:     s12Said + "\n\n— With files from Tomas Rudd",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/contributors line",
		text:     s12Said + "\n\nContributors: Tomas Rudd, Elin Sarr",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/email the author",
		text:     s12Said + "\n\nEmail Mara Quell at mquell@marlowpost.example.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/editor's note on a contributor",
		text:     "Editor's note: Mara Quell is a contributor to the Marlow Post.\n\n" + s12Said,
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/originally appeared",
		text:     s12Said + "\n\nThis article by Mara Quell originally appeared in the Calder Gazette.",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/wire byline with dash",
		text:     "MARLOW, March 3 (Meridian Wire) — By Mara Quell\n\n" + s12Said,
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/written by with date",
		text:     "Written by Mara Quell on March 3, 2026\n\n" + s12Said,
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/read more by",
		text:     s12Said + "\n\nRead more stories by Mara Quell",
		speakers: []string{"Ivo Dane"}},
	{class: "furniture9/author bio with says",
		text:     s12Said + "\n\nAbout the author: Mara Quell says she has covered the port for 20 years.",
		speakers: []string{"Ivo Dane", "Mara Quell"}},
}

// A tenth batch: unnamed people who know someone ("close to", "familiar
// with", "briefed on") or belong to a body as its critics or allies ("in
// the Senate"); the one they know, and the body, say nothing.
func s12Batch10() []auditRow {
	rows := s12Cross([]string{"Mara Quell", "the Tidemark Group", "Senator Tobin Vale"},
		s12Frame{class: "close10/people close to X said",
			frame:    "People close to {X} said the sale was off.",
			speakers: []string{}},
		s12Frame{class: "close10/a person close to X said",
			frame:    "A person close to {X} said the sale was off.",
			speakers: []string{}},
		s12Frame{class: "close10/someone close to X said",
			frame:    "Someone close to {X} said the sale was off.",
			speakers: []string{}},
		s12Frame{class: "close10/those close to X said",
			frame:    "Those close to {X} said the sale was off.",
			speakers: []string{}},
		s12Frame{class: "close10/a source close to X said (control)",
			frame:    "A source close to {X} said the sale was off.",
			speakers: []string{}},
	)
	rows = append(rows, s12Cross([]string{"the Senate", "the Harbour Board", "the Tarrow Labour Party"},
		s12Frame{class: "close10/Y's allies in X said",
			frame:    "Mara Quell's allies in {X} said the vote would be close.",
			speakers: []string{}},
		s12Frame{class: "close10/critics in X said",
			frame:    "Critics in {X} said the vote had been rushed.",
			speakers: []string{}},
		s12Frame{class: "close10/a spokesman in X said (positive)",
			frame:    "A spokesman for {X} said the vote had been fair.",
			speakers: []string{"{X}"}},
	)...)
	for i := range rows {
		if len(rows[i].speakers) == 1 && rows[i].speakers[0] == "{X}" {
			_, name, _ := strings.Cut(rows[i].class, " [")
			rows[i].speakers = []string{strings.TrimSuffix(strings.TrimPrefix(name, "the "), "]")}
		}
	}
	return rows
}

// An eleventh batch: documents about the one whose name they take, by
// possessive or preposition ("Dravic's autopsy report", "the indictment
// of Dravic"), and the documents that are the owner's own.
func s12Batch11() []auditRow {
	rows := s12Cross([]string{"Oren Dravic", "Senator Tobin Vale"},
		s12Frame{class: "about11/X's autopsy report said",
			frame:    "{X}'s autopsy report said the cause of death was a heart attack.",
			speakers: []string{}},
		s12Frame{class: "about11/the indictment of X says",
			frame:    "The indictment of {X} says the bribes were paid in cash.",
			speakers: []string{}},
		s12Frame{class: "about11/X's obituary said",
			frame:    "{X}'s obituary said the family had moved to Tarrow in 1950.",
			speakers: []string{}},
		s12Frame{class: "about11/a warrant for X says",
			frame:    "A warrant for {X} says the suspect fled in May.",
			speakers: []string{}},
		s12Frame{class: "about11/X's arrest warrant says",
			frame:    "{X}'s arrest warrant says the suspect fled in May.",
			speakers: []string{}},
		s12Frame{class: "about11/X's statement said (positive)",
			frame:    "{X}'s statement said the charges were false.",
			speakers: []string{"{X}"}},
		s12Frame{class: "about11/X's memoir says (positive)",
			frame:    "{X}'s memoir says the early years were hard.",
			speakers: []string{"{X}"}},
	)
	rows = append(rows,
		auditRow{class: "about11/a body's review said (positive)",
			text:     "The Harbour Board's review said the cranes were unsafe.",
			speakers: []string{"Harbour Board"}},
		auditRow{class: "about11/a body's audit report said (positive)",
			text:     "The Harbour Board's audit report said the cranes were unsafe.",
			speakers: []string{"Harbour Board"}},
	)
	for i := range rows {
		if len(rows[i].speakers) == 1 && rows[i].speakers[0] == "{X}" {
			_, name, _ := strings.Cut(rows[i].class, " [")
			rows[i].speakers = []string{strings.TrimSuffix(strings.TrimPrefix(name, "Senator "), "]")}
		}
	}
	return rows
}

// A twelfth batch: a family's spokesman or lawyer after one of the
// family has been named: the family's voice is unnamed, never that one's.
func s12Batch12() []auditRow {
	rows := s12Cross([]string{"The Quell family's spokesman", "Her family's spokesman", "The Quell family's lawyer", "The Quell estate's lawyer", "A spokesman for the Quell family"},
		s12Frame{class: "family12/after X died, the family's voice said",
			frame:    "Mara Quell died in Tarrow on Sunday. {X} said the funeral would be private.",
			speakers: []string{}},
	)
	rows = append(rows,
		auditRow{class: "family12/the family's spokesman, named (positive)",
			text:     "Mara Quell died in Tarrow on Sunday. Her family's spokesman, Ivo Dane, said the funeral would be private.",
			speakers: []string{"Ivo Dane"}},
		auditRow{class: "family12/X's spokesman after X spoke (positive)",
			text:     "Mara Quell announced her retirement on Sunday. Quell's spokesman said she would stay in Tarrow.",
			speakers: []string{"Mara Quell"}},
		auditRow{class: "family12/a body's board spokesman (near miss)",
			text:     "The Tidemark Group sold its port. The Tidemark board's spokesman said the sale was final.",
			speakers: []string{"Tidemark Group"}},
	)
	return rows
}

// A thirteenth batch: a role named with "the" right after a sentence that
// did something to a named person ("was arrested", "died", "was shot"):
// the one done to is not the one who did it or reports it; the roles of
// the one done to ("the suspect", "the man", an age) and roles given by
// the passive ("was appointed coach") still are.
func s12Batch13() []auditRow {
	rows := s12Cross([]string{"The coroner", "The paramedic", "The surgeon", "The chairman", "The referee"},
		s12Frame{class: "patient13/X died; the role said",
			frame:    "Oren Dravic died in Tarrow on Sunday. {X} said the cause was unclear.",
			speakers: []string{}},
		s12Frame{class: "patient13/X was shot; the role said",
			frame:    "Oren Dravic was shot on Monday. {X} said the wound was serious.",
			speakers: []string{}},
		s12Frame{class: "patient13/X had been found; the role said",
			frame:    "Mara Quell had been found in the river. {X} said the water was cold.",
			speakers: []string{}},
	)
	rows = append(rows, s12Cross([]string{"Oren Dravic", "Mara Quell"},
		s12Frame{class: "patient13/X was arrested; the officer said",
			frame:    "{X} was arrested on Monday. The officer said the arrest was calm.",
			speakers: []string{}},
		s12Frame{class: "patient13/X was sacked; the chairman said",
			frame:    "{X} was sacked on Monday. The chairman said results had been poor.",
			speakers: []string{}},
		s12Frame{class: "patient13/X was arrested; the suspect said (positive)",
			frame:    "{X} was arrested on Monday. The suspect said the charges were false.",
			speakers: []string{"{X}"}},
		s12Frame{class: "patient13/X was injured; the 34-year-old said (positive)",
			frame:    "{X} was injured in the crash. The 34-year-old said the brakes had failed.",
			speakers: []string{"{X}"}},
		s12Frame{class: "patient13/X was appointed coach; the coach said (positive)",
			frame:    "{X} was appointed coach on Monday. The coach said the squad was strong.",
			speakers: []string{"{X}"}},
		s12Frame{class: "patient13/X has coached; the coach said (positive)",
			frame:    "{X} has coached the team for a decade. The coach said the squad was strong.",
			speakers: []string{"{X}"}},
	)...)
	for i := range rows {
		if len(rows[i].speakers) == 1 && rows[i].speakers[0] == "{X}" {
			_, name, _ := strings.Cut(rows[i].class, " [")
			rows[i].speakers = []string{strings.TrimSuffix(name, "]")}
		}
	}
	return rows
}

// A fourteenth batch: the same with the named person as the object of an
// active verb that does something to them ("Police arrested Oren Dravic.
// The officer said").
func s12Batch14() []auditRow {
	rows := s12Cross([]string{"Oren Dravic", "Mara Quell"},
		s12Frame{class: "patient14/police arrested X; the officer said",
			frame:    "Police arrested {X} on Monday. The officer said the arrest was calm.",
			speakers: []string{}},
		s12Frame{class: "patient14/rescuers pulled X; the pilot said",
			frame:    "Rescuers pulled {X} from the sea. The pilot said the waves were high.",
			speakers: []string{}},
		s12Frame{class: "patient14/gunmen shot X; the surgeon said",
			frame:    "Gunmen shot {X} on Monday. The surgeon said the wound was serious.",
			speakers: []string{}},
		s12Frame{class: "patient14/the club sacked X; the chairman said",
			frame:    "The club sacked {X} on Monday. The chairman said results had been poor.",
			speakers: []string{}},
	)
	rows = append(rows,
		auditRow{class: "patient14/a team signed X; the striker said",
			known:    s12TeamAsPerson,
			text:     "Tarrow Rovers signed Oren Dravic on Monday. The striker said he was delighted.",
			speakers: []string{"Oren Dravic"}},
	)
	return rows
}

// A fifteenth batch: the frames of the first batches with the cue first
// ("said a lawyer for X") or "according to", which find their speaker
// forward, not back.
var s12Batch15 = []auditRow{
	{class: "inverted15/said a lawyer for X", text: "“The charges are false,” said a lawyer for Mara Quell.", speakers: []string{}},
	{class: "inverted15/said a friend of X", text: "“He was kind,” said a friend of Oren Dravic.", speakers: []string{}},
	{class: "inverted15/said an aide to X", text: "“The vote will be delayed,” said an aide to Senator Tobin Vale.", speakers: []string{}},
	{class: "inverted15/said people close to X", text: "“The sale is off,” said people close to the Tidemark Group.", speakers: []string{}},
	{class: "inverted15/said critics of X", text: "“The plan is unrealistic,” said critics of the Harbour Board.", speakers: []string{}},
	{class: "inverted15/said a fan of X", text: "“The tickets are too dear,” said a fan of Tarrow Rovers.", speakers: []string{}},
	{class: "inverted15/said visitors to X", text: "“The water is cold,” said visitors to the Mara Quell Library.", speakers: []string{}},
	{class: "inverted15/according to a person close to X", text: "The sale is off, according to a person close to the Tidemark Group.", speakers: []string{}},
	{class: "inverted15/according to an aide to X", text: "The vote will be delayed, according to an aide to Senator Tobin Vale.", speakers: []string{}},
	{class: "inverted15/according to an inquiry into X", text: "The accounts were not audited, according to an inquiry into the Tidemark Group.", speakers: []string{}},
	{class: "inverted15/according to a co-owner of X", text: "The tickets are too dear, according to a co-owner of Tarrow Rovers.", speakers: []string{}},
	{class: "inverted15/said a spokesman for X (positive)", text: "“The match will go ahead,” said a spokesman for Tarrow Rovers.", speakers: []string{"Tarrow Rovers"}},
}

// A sixteenth batch: an action "against" someone (a lawsuit, charges,
// allegations, a complaint) and people against something: the one it is
// against says nothing by it; the one who brings it does.
func s12Batch16() []auditRow {
	rows := s12Cross([]string{"Mara Quell", "the Tidemark Group", "Senator Tobin Vale"},
		s12Frame{class: "against16/a lawsuit against X says",
			frame:    "A lawsuit against {X} says the contract was broken.",
			speakers: []string{}},
		s12Frame{class: "against16/charges against X say",
			frame:    "Charges against {X} say the bribes were paid in cash.",
			speakers: []string{}},
		s12Frame{class: "against16/allegations against X say",
			frame:    "Allegations against {X} say the bribes were paid in cash.",
			speakers: []string{}},
		s12Frame{class: "against16/a complaint against X says",
			frame:    "A complaint against {X} says the plant leaked.",
			speakers: []string{}},
		s12Frame{class: "against16/protesters against X said",
			frame:    "Protesters against {X} said the plant leaked.",
			speakers: []string{}},
		s12Frame{class: "against16/a suit filed by Y against X says (positive)",
			frame:    "A lawsuit filed by Ivo Dane against {X} says the contract was broken.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "against16/Y's lawsuit against X says (positive)",
			frame:    "Ivo Dane's lawsuit against {X} says the contract was broken.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "against16/Y, who testified against X, said (positive)",
			frame:    "Ivo Dane, who testified against {X}, said the contract was broken.",
			speakers: []string{"Ivo Dane"}},
	)
	return rows
}

// A seventeenth batch: what a phrase is about, after "regarding",
// "concerning", "involving", "surrounding", "naming" or "about", and what
// a group or a speaker feels about ("worried about", "angry at", "loyal
// to"): the name after it says nothing.
func s12Batch17() []auditRow {
	rows := s12Cross([]string{"Mara Quell", "the Tidemark Group"},
		s12Frame{class: "topic17/a report regarding X said",
			frame:    "A report regarding {X} said the gifts were declared late.",
			speakers: []string{}},
		s12Frame{class: "topic17/a report concerning X said",
			frame:    "A report concerning {X} said the gifts were declared late.",
			speakers: []string{}},
		s12Frame{class: "topic17/a case involving X says",
			frame:    "A case involving {X} says the bribes were paid in cash.",
			speakers: []string{}},
		s12Frame{class: "topic17/the controversy surrounding X shows",
			frame:    "The controversy surrounding {X} shows the party is split.",
			speakers: []string{}},
		s12Frame{class: "topic17/a report naming X said",
			frame:    "A report naming {X} said the bribes were paid in cash.",
			speakers: []string{}},
		s12Frame{class: "topic17/a report about X said",
			frame:    "A report about {X} said the gifts were declared late.",
			speakers: []string{}},
		s12Frame{class: "feeling17/officials worried about X said",
			frame:    "Officials worried about {X} said the plant leaked.",
			speakers: []string{}},
		s12Frame{class: "feeling17/residents angry at X said",
			frame:    "Residents angry at {X} said the cranes were loud.",
			speakers: []string{}},
		s12Frame{class: "feeling17/senators loyal to X said",
			frame:    "Senators loyal to {X} said the vote was close.",
			speakers: []string{}},
		s12Frame{class: "feeling17/Y, angry at X, said (positive)",
			frame:    "Ivo Dane, angry at {X}, said the cranes were loud.",
			speakers: []string{"Ivo Dane"}},
		s12Frame{class: "feeling17/officials at a body said (control)",
			frame:    "Officials at the Harbour Board said the cranes were loud.",
			speakers: []string{"Harbour Board"}},
	)
	return rows
}

// An eighteenth batch: those taking part in a named event ("participants
// in the Marlow Talks", "attendees at the Tarrow Expo") speak for
// themselves; the event says nothing. A common noun opening the sentence
// ("Participants", "Allegations") is no name either.
func s12Batch18() []auditRow {
	rows := s12Cross([]string{"the Marlow Talks", "the Tarrow Expo", "the Quell Cup final"},
		s12Frame{class: "event18/participants in X said",
			frame:    "Participants in {X} said the mood was tense.",
			speakers: []string{}},
		s12Frame{class: "event18/attendees at X said",
			frame:    "Attendees at {X} said the halls were full.",
			speakers: []string{}},
		s12Frame{class: "event18/competitors at X said",
			frame:    "Competitors at {X} said the ground was hard.",
			speakers: []string{}},
	)
	rows = append(rows,
		auditRow{class: "event18/speakers at a summit said",
			known:    s12EventSpeakers,
			text:     "Speakers at the Marlow Summit said the talks had stalled.",
			speakers: []string{}},
		auditRow{class: "event18/the Speaker, titled, said (near miss)",
			text:     "Speaker Ada Crane said the house would sit late.",
			speakers: []string{"Ada Crane"}},
	)
	return rows
}
