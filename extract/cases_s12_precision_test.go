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
// Final pass:
//
//	FINAL-PASS-TABLE

// Mechanisms of the known failures.
const (
	s12TitleSubject = "title-subject: a sentence whose subject is a quoted title (“The Long Harbour” says ...) followed by \", critic X wrote\" yields no quote at all: the title's marks are rightly no quote, but the clause before the inverted cue is not taken as reported speech"
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
		s12Report(), s12Things, s12Places, s12Furniture, s12Titles,
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
