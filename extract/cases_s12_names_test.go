package extract_test

import (
	"flag"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The session 12 audit of SPEAKER NAME BOUNDARIES AND FORMS (issue 11:
// on unseen real articles many speaker errors are name forms: a
// fragment or a title glued to a name, a body cut short, two forms of one
// person left as two). A list of invented names in real-world shapes
// (initials, suffixes, particles, hyphenated and double surnames, East
// and South Asian, African, Slavic, Spanish and Arabic shapes, single
// names, nicknames in quotes), titles and long roles before a name,
// descriptors that are no part of it (nationality, party and state tags,
// a company before a person's title) and bodies ("of", "'s Office", "&",
// "and", acronyms), each crossed with the same sentence frames: quote
// first and cue last, "said X" inverted, cue first with a colon,
// "according to", a long apposition before the cue, and a later surname
// or title-and-surname mention that must resolve to the same speaker.
// Every row names the whole speaker list it wants. The class of a row is
// the name's shape; the frame is the first word after the "/".
//
// FIRST PASS, first batch (engine at bdfac3c, 75 names, 502 rows):
//   african 28/28  arabic 20/21  asian 42/42  body 47/52  descr 63/64
//   double 35/35  initials 19/21  nickname 12/14  particle 56/56
//   single 14/14  slavic 21/21  suffix 21/21  title 113/113
//   ALL 491/502 (0.98)
// by frame: quotefirst 72/73, inverted 71/73, colon 72/73, according
// 69/73, appos 72/73, later 63/64, latercue 63/64, latertitle 9/9.
// The failures: a body cut short after its remit ("Federation of Tarvian
// | Fishing Unions" read as a person), spaced initials ("T. J. Okoro")
// lost to the surname when it comes again, a nickname in quotation marks
// and a party tag after "according to", an inverted cue before a name
// holding "el-".
// FIRST PASS, second batch (shapes ending in 2, 95 names, 659 rows):
//   body2 88/102  descr2 102/105  other2 91/98  title2 165/186
//   wordgiven2 63/84  wordsur2 84/84  ALL 593/659 (0.90)
// The failures: titles glued to the name ("Councilmember", "Trooper",
// "Sgt. First Class"), bodies cut short or lost ("Committee to Protect
// X", "Friends of X" opening a sentence, a firm's name with a comma, "said
// the Office of the X"), a weekday or title as a given name ("Sunday
// Adeyemi", "Prince Asante", "Major Okello"; the last was the row's own
// error: "Major" is a rank, and the name was replaced), "Sri" as part of
// an Indonesian name, a possessive role before a name quoted first.
// FIRST PASS, third batch (frames intro3 and two3 over every name with a
// later form, after the fixes to the first two batches): 277/283 (0.98);
// one failure the row's own (the second person shared a surname with a
// "Capt. Ilse Brenner"; renamed), four spaced initials ("T. J. Okoro"
// gave way to "Okoro" however the two forms came), one a known mechanism.
//
// FINAL (every batch's frames over every name, 4792 rows with the near
// misses): 5696/5780 (0.99), 84 known. Every shape of the first two
// batches passes all its frames but wordgiven2 159/180 (Prince and the
// weekday after "said" or "by") and other2 195/210 (Sri); body8 167/179,
// bodyform6 95/98. The fixes, each its own commit: titles glued to the
// name; a body cut after its remit ("Fishing Unions"); an inverted cue,
// "according to" and a subject read back through an article or a
// nickname's marks inside a name; a name tag ending "according to X"
// (party and state, age and town, letters); spaced initials; a role
// between a quotation and the name; a body named for its purpose ("to
// Protect"), "Friends of", a firm named for its partners, a campus after a
// comma; "Ms. Judge"; two spellings of one name (apostrophe, accents,
// "al-"); a time or a compound adjective before the name and its
// apposition; a weekday as a given name; a town and its state, or a home,
// after the name, and a generation after a comma; "Haji" and "Smt." as
// honorifics. Known: "Prince" and "Sri" (the
// lexicon's titles; only the text could tell), a weekday given name after
// "said", "by", "according to" or a year, a union's numbered local, a
// firm cut to two partners, the campus after "according to".

// Mechanisms of the known failures, named once so the audit groups them.
const (
	s12DayGiven   = "day-given: \"Sunday Adeyemi\": a weekday is a given name only where it opens the clause before an unknown surname and the cue or a comma (weekdayGivenName); after \"said\", \"according to\", \"by\" or a year it is read as the day, leaving the surname alone"
	s12RoyalTitle = "royal-title: \"Prince Asante\": Prince before a name is the royal title by the lexicon; only the text could say it is a given name"
	s12Sri        = "sri: \"Sri Mulyani Wardhana\": Sri is the Indian honorific by the lexicon, part of the name in Indonesian usage"
	s12CampusPrep = "campus-prep: \"according to the University of Tarvia, Harwick\": after a preposition the comma may close a phrase before the subject (\"Speaking at the University of Tarvia, Varga said\"), so the campus is not joined"
	s12UnionLocal = "union-local: \"Local 1199 of the Harbour Workers Union\": a union's numbered local is cut to the union"
	s12MidTag     = "mid-tag: \"The levee, Sen. Maya Torr, D-N.H., said, would hold\": with a party tag, a cue inside the clause finds no subject"
	s12AbbrElect  = "abbr-elect: \"Gov.-elect Ana Ebb\" after \"said\" or in a frame not opening the sentence: the tokenizer splits \"Gov.\", \"-\", \"elect\", and the name is cut off from the title"
	s12FirstLady  = "first-lady: \"First Lady Ana Ebb, a longtime resident ..., said\": the opening title phrase and the apposition give no subject"
	s12Agent      = "special-agent: \"Special Agent Ana Ebb\": \"agent\" as a title or role word made \"according to his agent, Hunter had ...\" read Hunter as the agent (RealnewsHalves dev-e speaker F1 0.982 -> 0.966): not kept"
	s12FirmShort  = "firm-short: \"Kessler Dunn\" after \"Kessler, Dunn & Mayhew LLP\": the firm cut to two partners is read as a person"
)

// s12Known gives the mechanism of each row still failing, by the name's
// lead, or by lead and frame.
var s12Known = map[string]string{
	"Sunday Adeyemi|inverted":                     s12DayGiven,
	"Sunday Adeyemi|according":                    s12DayGiven,
	"Sunday Adeyemi|intro3":                       s12DayGiven,
	"Sunday Adeyemi|two3":                         s12DayGiven,
	"Sunday Adeyemi|year5":                        s12DayGiven,
	"Sunday Adeyemi|relative5":                    s12DayGiven,
	"Prince Asante":                               s12RoyalTitle,
	"Kessler, Dunn & Mayhew LLP|later":            s12FirmShort,
	"Kessler, Dunn & Mayhew LLP|latercue":         s12FirmShort,
	"Kessler, Dunn & Mayhew LLP|intro3":           s12FirmShort,
	"the University of Tarvia, Harwick|according": s12CampusPrep,
	"Local 1199 of the Harbour Workers Union":     s12UnionLocal,
	"Sen. Maya Torr|mid10":                        s12MidTag,
	"Sunday Adeyemi|mid10":                        s12DayGiven,
	"Gov.-elect Ana Ebb|inverted":                 s12AbbrElect,
	"Gov.-elect Ana Ebb|according":                s12AbbrElect,
	"Gov.-elect Ana Ebb|relative5":                s12AbbrElect,
	"Gov.-elect Ana Ebb|outlet5":                  s12AbbrElect,
	"Gov.-elect Ana Ebb|platform5":                s12AbbrElect,
	"Gov.-elect Ana Ebb|mid10":                    s12AbbrElect,
	"First Lady Ana Ebb|appos":                    s12FirstLady,
	"Special Agent Ana Ebb":                       s12Agent,
	"Sri Mulyani Wardhana":                        s12Sri,
}

var auditS12NamesKnown = flag.Bool("s12names.known", false, "TestAuditS12Names runs its known failures too, to see which a change fixed")

func TestAuditS12Names(t *testing.T) {
	runAudit(t, "s12names", s12NameRows(), *auditS12NamesKnown)
}

// s12Name is one name form: how the first mention reads mid-sentence
// (lead, then tail, a descriptor set off by commas after the name), the
// speaker it must give, and the later forms that must resolve to it.
type s12Name struct {
	shape   string
	lead    string // "Senate Minority Whip Dana Kroll", "the Varlow County Sheriff's Office"
	tail    string // ", D-N.H." after the name, or ""
	speaker string
	later   string // a later short form ("Kroll"), or "" for none
	later2  string // a later title-and-surname form ("Sen. Torr"), or ""
	body    bool   // an organisation, not a person
}

var s12Names = []s12Name{
	// Initials.
	{shape: "initials", lead: "J.R. Tolland", speaker: "J.R. Tolland", later: "Tolland"},
	{shape: "initials", lead: "Mara K. Ostrow", speaker: "Mara K. Ostrow", later: "Ostrow"},
	{shape: "initials", lead: "T. J. Okoro", speaker: "T. J. Okoro", later: "Okoro"},
	// Suffixes.
	{shape: "suffix", lead: "Osric Tallow Jr.", speaker: "Osric Tallow Jr.", later: "Tallow"},
	{shape: "suffix", lead: "Harlan Vesey III", speaker: "Harlan Vesey III", later: "Vesey"},
	{shape: "suffix", lead: "Martin Esker Sr.", speaker: "Martin Esker Sr.", later: "Esker"},
	// Particles and prefixes.
	{shape: "particle", lead: "Anneke van der Molen", speaker: "Anneke van der Molen", later: "van der Molen"},
	{shape: "particle", lead: "Marisol de la Fuente", speaker: "Marisol de la Fuente", later: "de la Fuente"},
	{shape: "particle", lead: "Khalid bin Rashid al-Marri", speaker: "Khalid bin Rashid al-Marri", later: "al-Marri"},
	{shape: "particle", lead: "Yusuf al-Hamdan", speaker: "Yusuf al-Hamdan", later: "al-Hamdan"},
	{shape: "particle", lead: "Siobhan O'Neill", speaker: "Siobhan O'Neill", later: "O'Neill"},
	{shape: "particle", lead: "Declan O’Rourke", speaker: "Declan O’Rourke", later: "O’Rourke"},
	{shape: "particle", lead: "Fiona McAllister", speaker: "Fiona McAllister", later: "McAllister"},
	{shape: "particle", lead: "Greta von Almsberg", speaker: "Greta von Almsberg", later: "von Almsberg"},
	// Hyphenated and double surnames.
	{shape: "double", lead: "Jean-Luc Dufresne", speaker: "Jean-Luc Dufresne", later: "Dufresne"},
	{shape: "double", lead: "Ines Moreau-Lind", speaker: "Ines Moreau-Lind", later: "Moreau-Lind"},
	{shape: "double", lead: "Carmen Ruiz Salgado", speaker: "Carmen Ruiz Salgado", later: "Ruiz Salgado"},
	{shape: "double", lead: "Ana Paula Ferreira da Silva", speaker: "Ana Paula Ferreira da Silva", later: "Ferreira da Silva"},
	{shape: "double", lead: "Chidinma Okonkwo-Eze", speaker: "Chidinma Okonkwo-Eze", later: "Okonkwo-Eze"},
	// East and South Asian shapes.
	{shape: "asian", lead: "Zhang Weiming", speaker: "Zhang Weiming", later: "Zhang"},
	{shape: "asian", lead: "Park Ji-hoon", speaker: "Park Ji-hoon", later: "Park"},
	{shape: "asian", lead: "Haruto Nakamura", speaker: "Haruto Nakamura", later: "Nakamura"},
	{shape: "asian", lead: "Priya Raghunathan", speaker: "Priya Raghunathan", later: "Raghunathan"},
	{shape: "asian", lead: "Anil Kumar Deshpande", speaker: "Anil Kumar Deshpande", later: "Deshpande"},
	{shape: "asian", lead: "Nguyen Thi Hoa", speaker: "Nguyen Thi Hoa", later: "Hoa"},
	// African shapes.
	{shape: "african", lead: "Kwame Asante Boateng", speaker: "Kwame Asante Boateng", later: "Boateng"},
	{shape: "african", lead: "Thandiwe Mthembu", speaker: "Thandiwe Mthembu", later: "Mthembu"},
	{shape: "african", lead: "Abdoulaye N'Diaye", speaker: "Abdoulaye N'Diaye", later: "N'Diaye"},
	{shape: "african", lead: "Wanjiru Kamau", speaker: "Wanjiru Kamau", later: "Kamau"},
	// Slavic shapes.
	{shape: "slavic", lead: "Oleksandr Hrytsenko", speaker: "Oleksandr Hrytsenko", later: "Hrytsenko"},
	{shape: "slavic", lead: "Małgorzata Wiśniewska", speaker: "Małgorzata Wiśniewska", later: "Wiśniewska"},
	{shape: "slavic", lead: "Dmitri Sergeyevich Volkov", speaker: "Dmitri Sergeyevich Volkov", later: "Volkov"},
	// Arabic shapes.
	{shape: "arabic", lead: "Abdel Karim Mansour", speaker: "Abdel Karim Mansour", later: "Mansour"},
	{shape: "arabic", lead: "Layla Abu Zeid", speaker: "Layla Abu Zeid", later: "Abu Zeid"},
	{shape: "arabic", lead: "Omar Abdullah el-Sayed", speaker: "Omar Abdullah el-Sayed", later: "el-Sayed"},
	// Single names, made known by a description.
	{shape: "single", lead: "Rendra", tail: ", a fisherman from Tullow Point", speaker: "Rendra", later: "Rendra"},
	{shape: "single", lead: "Brazilian midfielder Joãozinho", speaker: "Joãozinho", later: "Joãozinho"},
	// Nicknames in quotation marks.
	{shape: "nickname", lead: "Marcus \"Bull\" Tennant", speaker: "Marcus \"Bull\" Tennant", later: "Tennant"},
	{shape: "nickname", lead: "Ernesto “Neto” Valdés", speaker: "Ernesto “Neto” Valdés", later: "Valdés"},
	// Titles and long roles before the name.
	{shape: "title", lead: "Senate Minority Whip Dana Kroll", speaker: "Dana Kroll", later: "Kroll"},
	{shape: "title", lead: "Deputy Health Minister Anan Siriwat", speaker: "Anan Siriwat", later: "Siriwat"},
	{shape: "title", lead: "Chief Executive Officer Bram Oosterhuis", speaker: "Bram Oosterhuis", later: "Oosterhuis"},
	{shape: "title", lead: "Lt. Gen. Harriet Okafor", speaker: "Harriet Okafor", later: "Okafor", later2: "Gen. Okafor"},
	{shape: "title", lead: "Dr. Selma Riaz", speaker: "Selma Riaz", later: "Riaz", later2: "Dr. Riaz"},
	{shape: "title", lead: "Prof. Linnea Strand", speaker: "Linnea Strand", later: "Strand", later2: "Prof. Strand"},
	{shape: "title", lead: "the Rev. Elijah Mbatha", speaker: "Elijah Mbatha", later: "Mbatha", later2: "Rev. Mbatha"},
	{shape: "title", lead: "Sheriff Cole Darnell", speaker: "Cole Darnell", later: "Darnell", later2: "Sheriff Darnell"},
	{shape: "title", lead: "Judge Renata Hale", speaker: "Renata Hale", later: "Hale", later2: "Judge Hale"},
	{shape: "title", lead: "Detective Inspector Fergus Lyle", speaker: "Fergus Lyle", later: "Lyle", later2: "Inspector Lyle"},
	{shape: "title", lead: "spokeswoman Nadia Korr", speaker: "Nadia Korr", later: "Korr"},
	{shape: "title", lead: "Assistant Chief Constable Morwenna Pryce", speaker: "Morwenna Pryce", later: "Pryce"},
	{shape: "title", lead: "State Attorney General Ezra Whitlock", speaker: "Ezra Whitlock", later: "Whitlock"},
	{shape: "title", lead: "former Deputy Prime Minister Tomasz Wierzbicki", speaker: "Tomasz Wierzbicki", later: "Wierzbicki"},
	{shape: "title", lead: "Justice Adaeze Nwosu", speaker: "Adaeze Nwosu", later: "Nwosu", later2: "Justice Nwosu"},
	// Descriptors that are no part of the name.
	{shape: "descr", lead: "Sen. Maya Torr", tail: ", D-N.H.", speaker: "Maya Torr", later: "Torr", later2: "Sen. Torr"},
	{shape: "descr", lead: "Rep. Colin Ashby (R-Texas)", speaker: "Colin Ashby", later: "Ashby"},
	{shape: "descr", lead: "Democrat Ellis Warburton", speaker: "Ellis Warburton", later: "Warburton"},
	{shape: "descr", lead: "Orvane CEO Lia Marsh", speaker: "Lia Marsh", later: "Marsh"},
	{shape: "descr", lead: "Nigerian novelist Chidi Obiora", speaker: "Chidi Obiora", later: "Obiora"},
	{shape: "descr", lead: "Tarvian Foreign Minister Aleksi Rautio", speaker: "Aleksi Rautio", later: "Rautio"},
	{shape: "descr", lead: "Velmar Labour MP Ruth Oakes", speaker: "Ruth Oakes", later: "Oakes"},
	{shape: "descr", lead: "Harwick Rovers manager Dorian Pell", speaker: "Dorian Pell", later: "Pell"},
	{shape: "descr", lead: "Republican state Sen. Wade Corliss", speaker: "Wade Corliss", later: "Corliss"},
	// Bodies.
	{shape: "body", lead: "the Ministry of Coastal Affairs", speaker: "Ministry of Coastal Affairs", body: true},
	{shape: "body", lead: "the Varlow County Sheriff's Office", speaker: "Varlow County Sheriff's Office", body: true},
	{shape: "body", lead: "the University of Carrowmore", speaker: "University of Carrowmore", body: true},
	{shape: "body", lead: "Halden & Pryce", speaker: "Halden & Pryce", body: true},
	{shape: "body", lead: "the Department of Parks and Recreation", speaker: "Department of Parks and Recreation", body: true},
	{shape: "body", lead: "the Marrow Valley Water Authority (MVWA)", speaker: "Marrow Valley Water Authority", later: "the MVWA", body: true},
	{shape: "body", lead: "the Calder District Attorney's Office", speaker: "Calder District Attorney's Office", body: true},
	{shape: "body", lead: "the Brenna Institute of Technology", speaker: "Brenna Institute of Technology", body: true},
	{shape: "body", lead: "the Federation of Tarvian Fishing Unions", speaker: "Federation of Tarvian Fishing Unions", body: true},
	{shape: "body", lead: "the Tarvian Energy Regulatory Authority", speaker: "Tarvian Energy Regulatory Authority", body: true},
}

// The second batch (shapes ending in 2), written after the first ran at
// 0.98: harder shapes real reporting has. Given names and surnames that
// are English words, months, days or titles; rarer titles and honorifics;
// descriptors of age, home town, company and party; bodies of other
// patterns ("Association of", "Friends of", "Inc.", a comma inside a
// firm's name); other name shapes (Irish, Portuguese, Vietnamese, Burmese).
var s12Names2 = []s12Name{
	// Given names that are words.
	{shape: "wordgiven2", lead: "Will Harmon", speaker: "Will Harmon", later: "Harmon"},
	{shape: "wordgiven2", lead: "May Lindqvist", speaker: "May Lindqvist", later: "Lindqvist"},
	{shape: "wordgiven2", lead: "Sunday Adeyemi", speaker: "Sunday Adeyemi", later: "Adeyemi"},
	{shape: "wordgiven2", lead: "Precious Moyo", speaker: "Precious Moyo", later: "Moyo"},
	{shape: "wordgiven2", lead: "Hope Castillo", speaker: "Hope Castillo", later: "Castillo"},
	{shape: "wordgiven2", lead: "Grant Pike", speaker: "Grant Pike", later: "Pike"},
	{shape: "wordgiven2", lead: "Faith Ndlovu", speaker: "Faith Ndlovu", later: "Ndlovu"},
	{shape: "wordgiven2", lead: "Guy Fennimore", speaker: "Guy Fennimore", later: "Fennimore"},
	{shape: "wordgiven2", lead: "April Stonebridge", speaker: "April Stonebridge", later: "Stonebridge"},
	{shape: "wordgiven2", lead: "Prince Asante", speaker: "Prince Asante", later: "Asante"},
	{shape: "wordgiven2", lead: "Bill Oyelaran", speaker: "Bill Oyelaran", later: "Oyelaran"},
	{shape: "wordgiven2", lead: "Blessing Chukwu", speaker: "Blessing Chukwu", later: "Chukwu"},
	// Surnames that are words or titles.
	{shape: "wordsur2", lead: "Carol Bishop", speaker: "Carol Bishop", later: "Bishop"},
	{shape: "wordsur2", lead: "Paul King", speaker: "Paul King", later: "King"},
	{shape: "wordsur2", lead: "Diane Major", speaker: "Diane Major", later: "Major"},
	{shape: "wordsur2", lead: "Howard Dean", speaker: "Howard Dean", later: "Dean"},
	{shape: "wordsur2", lead: "Ruth Judge", speaker: "Ruth Judge", later: "Judge"},
	{shape: "wordsur2", lead: "Nadia Said", speaker: "Nadia Said", later: "Said"},
	{shape: "wordsur2", lead: "Lena Price", speaker: "Lena Price", later: "Price"},
	{shape: "wordsur2", lead: "Mark Young", speaker: "Mark Young", later: "Young"},
	{shape: "wordsur2", lead: "Grace Field", speaker: "Grace Field", later: "Field"},
	{shape: "wordsur2", lead: "Eric Pope", speaker: "Eric Pope", later: "Pope"},
	{shape: "wordsur2", lead: "Alice Strong", speaker: "Alice Strong", later: "Strong"},
	{shape: "wordsur2", lead: "Tomas Marshal", speaker: "Tomas Marshal", later: "Marshal"},
	// Rarer titles and honorifics.
	{shape: "title2", lead: "Chairwoman Ines Lindgren", speaker: "Ines Lindgren", later: "Lindgren"},
	{shape: "title2", lead: "Councilmember Rafe Odom", speaker: "Rafe Odom", later: "Odom"},
	{shape: "title2", lead: "Alderman Pete Kowalczyk", speaker: "Pete Kowalczyk", later: "Kowalczyk"},
	{shape: "title2", lead: "Superintendent Gloria Baptiste", speaker: "Gloria Baptiste", later: "Baptiste"},
	{shape: "title2", lead: "Coach Terrell Vance", speaker: "Terrell Vance", later: "Vance"},
	{shape: "title2", lead: "Imam Bashir Osei", speaker: "Bashir Osei", later: "Osei"},
	{shape: "title2", lead: "Rabbi Naomi Geller", speaker: "Naomi Geller", later: "Geller", later2: "Rabbi Geller"},
	{shape: "title2", lead: "Father Tomás Iriarte", speaker: "Tomás Iriarte", later: "Iriarte", later2: "Father Iriarte"},
	{shape: "title2", lead: "Sgt. First Class Owen Tate", speaker: "Owen Tate", later: "Tate"},
	{shape: "title2", lead: "Capt. Ilse Brenner", speaker: "Ilse Brenner", later: "Brenner", later2: "Capt. Brenner"},
	{shape: "title2", lead: "Adm. Corin Hale", speaker: "Corin Hale", later: "Hale"},
	{shape: "title2", lead: "Ambassador Lucía Ferrán", speaker: "Lucía Ferrán", later: "Ferrán"},
	{shape: "title2", lead: "Mayor-elect Dana Whitfield", speaker: "Dana Whitfield", later: "Whitfield"},
	{shape: "title2", lead: "Interim Police Chief Roy Castellanos", speaker: "Roy Castellanos", later: "Castellanos"},
	{shape: "title2", lead: "acting Director Mei Tanaka", speaker: "Mei Tanaka", later: "Tanaka"},
	{shape: "title2", lead: "Vice Chancellor Ruth Oyelowo", speaker: "Ruth Oyelowo", later: "Oyelowo"},
	{shape: "title2", lead: "Dame Harriet Crane", speaker: "Harriet Crane", later: "Crane"},
	{shape: "title2", lead: "Sir Alan Brightwell", speaker: "Alan Brightwell", later: "Brightwell", later2: "Sir Alan"},
	{shape: "title2", lead: "Baroness Ilona Fairfax", speaker: "Ilona Fairfax", later: "Fairfax"},
	{shape: "title2", lead: "Sheikh Faisal al-Nouri", speaker: "Faisal al-Nouri", later: "al-Nouri"},
	{shape: "title2", lead: "Archbishop Emmanuel Oduya", speaker: "Emmanuel Oduya", later: "Oduya"},
	{shape: "title2", lead: "Cardinal Piero Santori", speaker: "Piero Santori", later: "Santori"},
	{shape: "title2", lead: "Trooper Kyle Dempsey", speaker: "Kyle Dempsey", later: "Dempsey"},
	{shape: "title2", lead: "Cpl. Ana Quiroga", speaker: "Ana Quiroga", later: "Quiroga"},
	{shape: "title2", lead: "Principal Denise Okafor", speaker: "Denise Okafor", later: "Okafor"},
	{shape: "title2", lead: "Pastor James Ellery", speaker: "James Ellery", later: "Ellery"},
	// Descriptors of age, home, company and party.
	{shape: "descr2", lead: "Lia Marsh", tail: ", 42, of Harwick", speaker: "Lia Marsh", later: "Marsh"},
	{shape: "descr2", lead: "Orvane's chief executive, Teodor Vask", speaker: "Teodor Vask", later: "Vask"},
	{shape: "descr2", lead: "Orvane Chief Financial Officer Edda Brun", speaker: "Edda Brun", later: "Brun"},
	{shape: "descr2", lead: "Velmar Health Authority chief executive Orla Finn", speaker: "Orla Finn", later: "Finn"},
	{shape: "descr2", lead: "Tarvian-born architect Nils Ekdahl", speaker: "Nils Ekdahl", later: "Ekdahl"},
	{shape: "descr2", lead: "U.S. Rep. Colin Ashby", speaker: "Colin Ashby", later: "Ashby"},
	{shape: "descr2", lead: "Gov. Dana Kroll (D)", speaker: "Dana Kroll", later: "Kroll"},
	{shape: "descr2", lead: "independent candidate Iris Vane", speaker: "Iris Vane", later: "Vane"},
	{shape: "descr2", lead: "79-year-old Edna Voss", speaker: "Edna Voss", later: "Voss"},
	{shape: "descr2", lead: "GOP Sen. Wade Corliss", speaker: "Wade Corliss", later: "Corliss"},
	{shape: "descr2", lead: "former Orvane executive Hugo Lamb", speaker: "Hugo Lamb", later: "Lamb"},
	{shape: "descr2", lead: "longtime Harwick resident Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "descr2", lead: "Velmar Police Commissioner Gert Lahm", speaker: "Gert Lahm", later: "Lahm"},
	{shape: "descr2", lead: "Maya Torr", tail: ", a Democrat from Harwick", speaker: "Maya Torr", later: "Torr"},
	{shape: "descr2", lead: "Hanne Vik", tail: ", the Orvane spokeswoman", speaker: "Hanne Vik", later: "Vik"},
	// Bodies of other patterns.
	{shape: "body2", lead: "the Association of Tarvian Ports", speaker: "Association of Tarvian Ports", body: true},
	{shape: "body2", lead: "the Union of Coastal Farmers", speaker: "Union of Coastal Farmers", body: true},
	{shape: "body2", lead: "the Varlow Board of Education", speaker: "Varlow Board of Education", body: true},
	{shape: "body2", lead: "the Council of Tarvian Mayors", speaker: "Council of Tarvian Mayors", body: true},
	{shape: "body2", lead: "the Bank of Velmar", speaker: "Bank of Velmar", body: true},
	{shape: "body2", lead: "St. Brigid's Hospital", speaker: "St. Brigid's Hospital", body: true},
	{shape: "body2", lead: "the Children's Hospital of Varlow", speaker: "Children's Hospital of Varlow", body: true},
	{shape: "body2", lead: "Friends of Marrow Valley", speaker: "Friends of Marrow Valley", body: true},
	{shape: "body2", lead: "the Committee to Protect Fishermen", speaker: "Committee to Protect Fishermen", body: true},
	{shape: "body2", lead: "the National Institute of Coastal Research", speaker: "National Institute of Coastal Research", body: true},
	{shape: "body2", lead: "Orvane Inc.", speaker: "Orvane Inc.", body: true},
	{shape: "body2", lead: "Kessler, Dunn & Mayhew LLP", speaker: "Kessler, Dunn & Mayhew LLP", body: true},
	{shape: "body2", lead: "the Harwick Chamber of Commerce", speaker: "Harwick Chamber of Commerce", body: true},
	{shape: "body2", lead: "the Office of the Tarvian Ombudsman", speaker: "Office of the Tarvian Ombudsman", body: true},
	{shape: "body2", lead: "the Varlow Fire Department", speaker: "Varlow Fire Department", body: true},
	{shape: "body2", lead: "the Department of Housing and Urban Renewal", speaker: "Department of Housing and Urban Renewal", body: true},
	{shape: "body2", lead: "the Society of Harbour Pilots", speaker: "Society of Harbour Pilots", body: true},
	{shape: "body2", lead: "the Global Harbour Organization (GHO)", speaker: "Global Harbour Organization", later: "the GHO", body: true},
	{shape: "body2", lead: "the League of Women Voters of Varlow", speaker: "League of Women Voters of Varlow", body: true},
	{shape: "body2", lead: "the Federation of Velmar Industries", speaker: "Federation of Velmar Industries", body: true},
	// Other name shapes.
	{shape: "other2", lead: "Ana St. Clair", speaker: "Ana St. Clair", later: "St. Clair"},
	{shape: "other2", lead: "Mary Ann Kessler", speaker: "Mary Ann Kessler", later: "Kessler"},
	{shape: "other2", lead: "D'Andre Wallace", speaker: "D'Andre Wallace", later: "Wallace"},
	{shape: "other2", lead: "Aoife Ní Bhriain", speaker: "Aoife Ní Bhriain", later: "Ní Bhriain"},
	{shape: "other2", lead: "Seán Ó Dálaigh", speaker: "Seán Ó Dálaigh", later: "Ó Dálaigh"},
	{shape: "other2", lead: "DeShawn Ellery", speaker: "DeShawn Ellery", later: "Ellery"},
	{shape: "other2", lead: "Maria José Pereira dos Santos", speaker: "Maria José Pereira dos Santos", later: "Pereira dos Santos"},
	{shape: "other2", lead: "Hans-Peter Grüber", speaker: "Hans-Peter Grüber", later: "Grüber"},
	{shape: "other2", lead: "Sidi Ould Cheikh", speaker: "Sidi Ould Cheikh", later: "Ould Cheikh"},
	{shape: "other2", lead: "Lê Văn Minh", speaker: "Lê Văn Minh", later: "Minh"},
	{shape: "other2", lead: "Aung Min Thu", speaker: "Aung Min Thu", later: "Aung Min Thu"},
	{shape: "other2", lead: "Sri Mulyani Wardhana", speaker: "Sri Mulyani Wardhana", later: "Wardhana"},
	{shape: "other2", lead: "Björn Ævarsson", speaker: "Björn Ævarsson", later: "Ævarsson"},
	{shape: "other2", lead: "Kofi Mensah-Bonsu", speaker: "Kofi Mensah-Bonsu", later: "Mensah-Bonsu"},
}

// Near misses beside the fixes: a title word that is also a role, a body
// named in a reported clause, a person after a body and its remit.
var s12Near = []auditRow{
	{class: "near/a trooper unnamed",
		text:     "A state trooper said the driver had been speeding.",
		want:     []quote{{"", auI, "the driver had been speeding"}},
		speakers: []string{}},
	{class: "near/a trooper described after the name",
		text:     "Ilse Varga, a state trooper, said the road was icy.",
		want:     []quote{{"Ilse Varga", auI, "the road was icy"}},
		speakers: []string{"Ilse Varga"}},
	{class: "near/a school's class is no title",
		text:     "The Class of 2019 said the school had changed.",
		speakers: []string{}},
	{class: "near/a body in the reported clause",
		text:     "Officials said the Ministry of the Interior would reopen the road.",
		want:     []quote{{"", auI, "the Ministry of the Interior would reopen the road"}},
		speakers: []string{}},
	{class: "near/a body's officer after its remit",
		text:     "The Federation of Tarvian Industries chairman Tomas Brenn said the ban was unfair.",
		want:     []quote{{"Tomas Brenn", auI, "the ban was unfair"}},
		speakers: []string{"Tomas Brenn"}},
	{class: "near/a union's leader after its remit",
		text:     "Union of Tarvian Miners leader Ilse Varga said the ban was unfair.",
		want:     []quote{{"Ilse Varga", auI, "the ban was unfair"}},
		speakers: []string{"Ilse Varga"}},
	{class: "near/a body and a person both speak",
		text:     "The Ministry of the Interior said the road would reopen. Tomas Brenn, who heads the Office of the Ombudsman, said he was pleased.",
		want:     []quote{{"Ministry of the Interior", auI, "the road would reopen"}, {"Tomas Brenn", auI, "he was pleased"}},
		speakers: []string{"Ministry of the Interior", "Tomas Brenn"}},
	{class: "near/a middle initial dropped later keeps the given name",
		text:     "Mara K. Ostrow said the clinic would stay open.\n\n“We are not going anywhere,” Mara Ostrow said.",
		want:     []quote{{"Mara Ostrow", auI, "the clinic would stay open"}, {"Mara Ostrow", auD, "We are not going anywhere"}},
		speakers: []string{"Mara Ostrow"}},
	{class: "near/two initials, then the surname alone",
		text:     "“We are not going anywhere,” Okoro said.\n\nT. J. Okoro founded the clinic in 1998.",
		speakers: []string{"T. J. Okoro"}},
	{class: "near/a role after a quotation, the comma closed",
		text:     "“The levee will hold,” the chief executive, Teodor Vask, said.",
		want:     []quote{{"Teodor Vask", auD, "The levee will hold"}},
		speakers: []string{"Teodor Vask"}},
	{class: "near/a role after the last sentence's quotation",
		text: "Tarvik opened its port, calling it “a new start.” The port's manager, Teodor Vask said the cranes were new.",
		want: []quote{{"Teodor Vask", auI, "the cranes were new"}}},
	{class: "near/a campaign named for its purpose",
		text:     "The Campaign to Stop Killer Robots said the ban was unfair.",
		want:     []quote{{"Campaign to Stop Killer Robots", auI, "the ban was unfair"}},
		speakers: []string{"Campaign to Stop Killer Robots"}},
	{class: "near/a coalition's purpose names a place",
		text:     "The ban was unfair, according to the Coalition to Save Marrow Bay.",
		want:     []quote{{"Coalition to Save Marrow Bay", auI, "The ban was unfair"}},
		speakers: []string{"Coalition to Save Marrow Bay"}},
	{class: "near/a body sent to a place is two names",
		text:     "The report was sent by the Committee to Tarvik Port, Ilse Varga said.",
		want:     []quote{{"Ilse Varga", auI, "The report was sent by the Committee to Tarvik Port"}},
		speakers: []string{"Ilse Varga"}},
	{class: "near/friends of a person are people",
		text:     "Friends of Ilse Varga said she had been happy.",
		speakers: []string{}},
	{class: "near/friends of a person named before",
		text:     "Ilse Varga died in May. Friends of Varga said she had been happy.",
		speakers: []string{}},
	{class: "near/friends of the Earth, a body",
		text:     "Friends of the Earth said the ban was unfair.",
		want:     []quote{{"Friends of the Earth", auI, "the ban was unfair"}},
		speakers: []string{"Friends of the Earth"}},
	{class: "near/three people listed, no firm",
		text:     "Kessler, Dunn and Mayhew said the ban was unfair.",
		speakers: []string{}},
	{class: "near/a firm with and and its legal form",
		text:     "Hale, Orr and Pike LLC said the ban was unfair.",
		want:     []quote{{"Hale, Orr and Pike LLC", auI, "the ban was unfair"}},
		speakers: []string{"Hale, Orr and Pike LLC"}},
	{class: "near/a place, then a firm",
		text:     "In Tarvik, Marrow & Sons said the shop would open.",
		want:     []quote{{"Marrow & Sons", auI, "the shop would open"}},
		speakers: []string{"Marrow & Sons"}},
	{class: "near/an honorific and a title alone is an address",
		text:     "“The bill is dead,” Mr. Speaker said.",
		want:     []quote{{"", auD, "The bill is dead"}},
		speakers: []string{}},
	{class: "near/letters after the name, quote first",
		text:     "“The fee will rise,” Selma Riaz, MD, said.",
		want:     []quote{{"Selma Riaz", auD, "The fee will rise"}},
		speakers: []string{"Selma Riaz"}},
	{class: "near/a place, its aside, then the subject",
		text:     "In Harwick, a port town, the mayor said the plan had failed.",
		want:     []quote{{"", auI, "the plan had failed"}},
		speakers: []string{}},
	{class: "near/a year, then a place and its aside, reported",
		text:     "In 2019 Harwick, a port town, voted to close the ferry, Ilse Varga said.",
		speakers: []string{"Ilse Varga"}},
	{class: "near/the head of a body whose name holds an article",
		text:     "“The plan failed,” the head of the Church of the Holy Name said.",
		want:     []quote{{"", auD, "The plan failed"}},
		speakers: []string{}},
	{class: "near/fans of a club told a paper",
		text:     "“We lost,” fans of the Harwick Rovers told the Harwick Gazette.",
		want:     []quote{{"", auD, "We lost"}},
		speakers: []string{}},
	{class: "near/an office holding an article, the words in marks",
		text:     "Chancellor of the Exchequer Ilse Varga, 44, outlined a “new deal” for the port in a speech in June.",
		want:     []quote{{"Ilse Varga", auD, "new deal"}},
		speakers: []string{"Ilse Varga"}},
	{class: "near/two people share a surname without its article",
		text:     "Yusuf al-Hamdan said the port would close. Layla Hamdan said the port would stay open.",
		want:     []quote{{"Yusuf al-Hamdan", auI, "the port would close"}, {"Layla Hamdan", auI, "the port would stay open"}},
		speakers: []string{"Layla Hamdan", "Yusuf al-Hamdan"}},
	{class: "near/two people share a surname without its accents",
		text:     "José Núñez said the port would close. Ana Nunez said the port would stay open.",
		want:     []quote{{"José Núñez", auI, "the port would close"}, {"Ana Nunez", auI, "the port would stay open"}},
		speakers: []string{"Ana Nunez", "José Núñez"}},
	{class: "near/a compound adjective alone opens the sentence",
		text:     "Long-serving and unpopular, the mayor, Tom Ebb, said the harvest had been poor.",
		want:     []quote{{"Tom Ebb", auI, "the harvest had been poor"}},
		speakers: []string{"Tom Ebb"}},
	{class: "near/a participle intro about a person",
		text:     "Asked about Tom Ebb, the mayor, Ana Quill, said the harvest had been poor.",
		want:     []quote{{"Ana Quill", auI, "the harvest had been poor"}},
		speakers: []string{"Ana Quill"}},
	{class: "near/a day, then a surname met before",
		text:     "Donald Trump golfed on Saturday. Sunday Trump tweeted that the market would reopen.",
		want:     []quote{{"Donald Trump", auI, "the market would reopen"}},
		speakers: []string{"Donald Trump"}},
	{class: "near/said, a day, then the subject",
		text:     "Officials said Sunday Adeyemi had been arrested.",
		want:     []quote{{"", auI, "Adeyemi had been arrested"}},
		speakers: []string{}},
	{class: "near/on a day, a surname",
		text:     "On Sunday Adeyemi said the market would reopen.",
		want:     []quote{{"Adeyemi", auI, "the market would reopen"}},
		speakers: []string{"Adeyemi"}},
	{class: "near/a university, then the subject after an opening phrase",
		text:     "At the University of Tarvia, Ilse Varga said fees would rise.",
		want:     []quote{{"Ilse Varga", auI, "fees would rise"}},
		speakers: []string{"Ilse Varga"}},
	{class: "near/a university, then a list of places",
		text:     "Researchers at the University of Tarvia, Harwick and Osk found the ice was thin, Ilse Varga said.",
		speakers: []string{}},
	{class: "near/a university, then a mayor",
		text:     "At the University of Tarvia, Harwick Mayor Ilse Varga said fees would rise.",
		want:     []quote{{"Ilse Varga", auI, "fees would rise"}},
		speakers: []string{"Ilse Varga"}},
	{class: "near/a town and its state after \"met\", no description of a speaker",
		text:     "She met a Harwick, Tarvia, man who said the ferry was late.",
		speakers: []string{}},
	{class: "near/a number after the name is no age",
		text:     "The ferry was late, according to Lia Marsh, 40 minutes late.",
		speakers: []string{"Lia Marsh"}},
	{class: "near/an age, and a clause joined after the cue",
		text:     "The ferry was late, said Lia Marsh, 42, and the kiosk was shut.",
		want:     []quote{{"Lia Marsh", auI, "The ferry was late"}, {"Lia Marsh", auI, "the kiosk was shut"}},
		speakers: []string{"Lia Marsh"}},
	{class: "near/two lawmakers with their tags",
		text:     "“The ferry was late,” said Rep. Colin Ashby, R-Texas, and Rep. Ilse Varga, D-Ore.",
		want:     []quote{{"", auD, "The ferry was late"}}, // a joint cue: neither's alone
		speakers: []string{}},
	{class: "near/a tag, then a relative clause",
		text:     "The ferry service will resume on Monday, according to Sen. Maya Torr, D-N.H., who chairs the panel.",
		want:     []quote{{"Maya Torr", auI, "The ferry service will resume on Monday"}},
		speakers: []string{"Maya Torr"}},
}

// The fourth batch (shapes ending in 4), written after the fixes to the
// first three: bodies named with "for", "on", a possessive or a number;
// a person's affiliation around the name (a company's possessive, "of" a
// body or a town, a party in brackets, letters after the name); offices
// named with "of" before the name; and the honorific a paper uses for
// the surname after ("Mr.", "Ms.", "Dr.").
// FIRST PASS, fifth batch (frames year5, dateline5, day5, relative5,
// outlet5, platform5 over every name, after the fixes to the first four):
// 1265/1278 (0.99); dateline, day and relative all pass. The failures: a
// year or day with no comma before a name and its apposition ("In 2019
// Hugo Lamb, a spokesman for Orvane Inc., said") read as an intro whose
// aside was the subject (5), and a quotation lost before "told" or
// "wrote" when the name holds an article or a nickname in marks ("the
// Church of the Holy Name told", "Marcus “Bull” Tennant wrote") (8).
// FIRST PASS, sixth batch (two forms of one speaker): bodyform6 95/98,
// personform6 209/225; ALL 304/323 (0.94). The failures: "Hamdan" after
// "Yusuf al-Hamdan", the other apostrophe ("O’Neill" after "O'Neill"),
// "Nunez" after "José Ángel Núñez" (each in four frames), and "Kessler
// Dunn" after the firm (known).
// FIRST PASS, seventh batch (mod7, 30 leads): 447/450 (0.99); the three
// failures a compound adjective opening the sentence ("Oscar-winning
// actor Tom Ebb, a longtime resident, said") read as a participle intro,
// so the apposition was taken for the subject.
// FIRST PASS, eighth batch (body8, 16 bodies): 157/179 (0.88); the
// failures a campus after a comma ("the University of Tarvia, Harwick
// said" gave "Harwick") and a union's local ("Local 1199 of the Harbour
// Workers Union" gave the union; known), 11 rows each.
// FIRST PASS, tenth batch (frames split10, a quotation split round the
// cue, and mid10, a clause split round it, over every name): split10
// 289/289; mid10 0/289 as first written, all the row's own error (the
// annotation rules report the part after a cue inside the clause, "would
// hold until spring", not the whole clause); corrected, 287/289, the two
// a party tag before the cue and a weekday given name after a comma.
// FIRST PASS, eleventh batch (hon11, honorifics of Asian and African
// reporting, 12 names): 178/204 (0.87); the failures "Haji" (not in the
// lexicon, read as a given name; 17 rows) and "Smt." (its full stop read
// as the sentence's end; 9 rows).
// FIRST PASS, twelfth batch (named12, bodies named for a person, 8
// bodies): 104/104.
// FIRST PASS, thirteenth batch (title13, 40 more titles and ranks):
// 647/680 (0.95); the failures "Special Agent" (17; "agent" no title),
// "Del." (9; the delegate's abbreviation), "Gov.-elect" (6; the tokenizer
// splits it, known) and "First Lady" before an apposition (1, known).
// "Del." fixed; "agent" as a title cost a real page and stays known.
// FIRST PASS, fourth batch (46 names, 351 rows): affil4 87/90, body4
// 63/63, honor4 106/108, office4 90/90; ALL 346/351 (0.99). The
// failures: letters after the name at the end of "according to" ("Selma
// Riaz, MD"), "Ms. Judge" and "Mr. King" (the honorific and a surname
// that is a title, read as a title alone), and the row's own error (an
// apposition in the lead, left open before "said"; moved to the tail).
var s12Names4 = []s12Name{
	// Bodies.
	{shape: "body4", lead: "the Center for Coastal Studies", speaker: "Center for Coastal Studies", body: true},
	{shape: "body4", lead: "the Institute for Fiscal Reform", speaker: "Institute for Fiscal Reform", body: true},
	{shape: "body4", lead: "the Council on Tarvian Relations", speaker: "Council on Tarvian Relations", body: true},
	{shape: "body4", lead: "the Tarvian Centers for Disease Control and Prevention", speaker: "Tarvian Centers for Disease Control and Prevention", body: true},
	{shape: "body4", lead: "the Women's Refugee Council", speaker: "Women's Refugee Council", body: true},
	{shape: "body4", lead: "St. Mary's University", speaker: "St. Mary's University", body: true},
	{shape: "body4", lead: "the 4th District Court of Appeal", speaker: "4th District Court of Appeal", body: true},
	{shape: "body4", lead: "the Church of the Holy Name", speaker: "Church of the Holy Name", body: true},
	{shape: "body4", lead: "the Harwick Port Authority", speaker: "Harwick Port Authority", later: "the port authority", body: true},
	{shape: "body4", lead: "the Tarvian Ministry of Foreign Affairs", speaker: "Tarvian Ministry of Foreign Affairs", body: true},
	{shape: "body4", lead: "the Marrow County Board of Supervisors", speaker: "Marrow County Board of Supervisors", body: true},
	{shape: "body4", lead: "the Velmar Teachers' Union", speaker: "Velmar Teachers' Union", body: true},
	// Affiliations around a person's name.
	{shape: "affil4", lead: "Orvane's Lia Marsh", speaker: "Lia Marsh", later: "Marsh"},
	{shape: "affil4", lead: "Lia Marsh of Orvane", speaker: "Lia Marsh", later: "Marsh"},
	{shape: "affil4", lead: "Lia Marsh of Harwick", speaker: "Lia Marsh", later: "Marsh"},
	{shape: "affil4", lead: "Rep. Colin Ashby of Texas", speaker: "Colin Ashby", later: "Ashby"},
	{shape: "affil4", lead: "Colin Ashby (Orvane)", speaker: "Colin Ashby", later: "Ashby"},
	{shape: "affil4", lead: "Selma Riaz", tail: ", MD", speaker: "Selma Riaz", later: "Riaz"},
	{shape: "affil4", lead: "Selma Riaz PhD", speaker: "Selma Riaz", later: "Riaz"},
	{shape: "affil4", lead: "Hugo Lamb", tail: ", the Orvane founder", speaker: "Hugo Lamb", later: "Lamb"},
	{shape: "affil4", lead: "Tarvik University's Ines Moreau", speaker: "Ines Moreau", later: "Moreau"},
	{shape: "affil4", lead: "Hugo Lamb", tail: ", a spokesman for Orvane Inc.", speaker: "Hugo Lamb", later: "Lamb"},
	// Offices named with "of" or "for" before the name.
	{shape: "office4", lead: "Secretary of State Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Minister for Ports Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Director of Public Health Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Ostby Institute Director of Research Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Harwick Port Authority chair Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Tarvian Secretary of Defence Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "ex-Minister Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Chief Justice Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Speaker of the House Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Attorney General Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Chancellor of the Exchequer Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	{shape: "office4", lead: "Secretary of the Navy Ana Ruiz", speaker: "Ana Ruiz", later: "Ruiz"},
	// A paper's honorific on the surname after.
	{shape: "honor4", lead: "Colin Ashby", speaker: "Colin Ashby", later: "Mr. Ashby"},
	{shape: "honor4", lead: "Ana Ruiz", speaker: "Ana Ruiz", later: "Ms. Ruiz"},
	{shape: "honor4", lead: "Selma Riaz", speaker: "Selma Riaz", later: "Dr. Riaz"},
	{shape: "honor4", lead: "Harlan Vesey III", speaker: "Harlan Vesey III", later: "Mr. Vesey"},
	{shape: "honor4", lead: "Anneke van der Molen", speaker: "Anneke van der Molen", later: "Ms. van der Molen"},
	{shape: "honor4", lead: "Siobhan O'Neill", speaker: "Siobhan O'Neill", later: "Ms. O'Neill"},
	{shape: "honor4", lead: "Yusuf al-Hamdan", speaker: "Yusuf al-Hamdan", later: "Mr. al-Hamdan"},
	{shape: "honor4", lead: "Carmen Ruiz Salgado", speaker: "Carmen Ruiz Salgado", later: "Ms. Ruiz Salgado"},
	{shape: "honor4", lead: "Zhang Weiming", speaker: "Zhang Weiming", later: "Mr. Zhang"},
	{shape: "honor4", lead: "Ruth Judge", speaker: "Ruth Judge", later: "Ms. Judge"},
	{shape: "honor4", lead: "Paul King", speaker: "Paul King", later: "Mr. King"},
	{shape: "honor4", lead: "Ines Moreau-Lind", speaker: "Ines Moreau-Lind", later: "Ms. Moreau-Lind"},
}

// The sixth batch (shapes ending in 6): two forms of one speaker, the
// second as papers write it later: a body's name turned round, cut to its
// head or its acronym, a company without its legal form; a surname
// without its article ("Hamdan" after "Yusuf al-Hamdan"), the first of
// two Spanish surnames, the other apostrophe, the letters without their
// accents, the title written out.
var s12Names6 = []s12Name{
	{shape: "bodyform6", lead: "the Ministry of Coastal Affairs", speaker: "Ministry of Coastal Affairs", later: "the Coastal Affairs Ministry", body: true},
	{shape: "bodyform6", lead: "the Varlow County Sheriff's Office", speaker: "Varlow County Sheriff's Office", later: "the VCSO", body: true},
	{shape: "bodyform6", lead: "the Tarvian Energy Regulatory Authority", speaker: "Tarvian Energy Regulatory Authority", later: "TERA", body: true},
	{shape: "bodyform6", lead: "Orvane Inc.", speaker: "Orvane Inc.", later: "Orvane", body: true},
	{shape: "bodyform6", lead: "Brightwater Holdings", speaker: "Brightwater Holdings", later: "Brightwater", body: true},
	{shape: "bodyform6", lead: "Kessler, Dunn & Mayhew LLP", speaker: "Kessler, Dunn & Mayhew LLP", later: "Kessler Dunn", body: true},
	{shape: "bodyform6", lead: "the Marrow Valley Water Authority", speaker: "Marrow Valley Water Authority", later: "the Water Authority", body: true},
	{shape: "personform6", lead: "Yusuf al-Hamdan", speaker: "Yusuf al-Hamdan", later: "Hamdan"},
	{shape: "personform6", lead: "Omar Abdullah el-Sayed", speaker: "Omar Abdullah el-Sayed", later: "El-Sayed"},
	{shape: "personform6", lead: "Carmen Ruiz Salgado", speaker: "Carmen Ruiz Salgado", later: "Ruiz"},
	{shape: "personform6", lead: "Ana Paula Ferreira da Silva", speaker: "Ana Paula Ferreira da Silva", later: "Silva"},
	{shape: "personform6", lead: "Siobhan O'Neill", speaker: "Siobhan O'Neill", later: "O’Neill"},
	{shape: "personform6", lead: "Declan O’Rourke", speaker: "Declan O’Rourke", later: "O'Rourke"},
	{shape: "personform6", lead: "Małgorzata Wiśniewska", speaker: "Małgorzata Wiśniewska", later: "Wisniewska"},
	{shape: "personform6", lead: "José Ángel Núñez", speaker: "José Ángel Núñez", later: "Nunez"},
	{shape: "personform6", lead: "Prof. Linnea Strand", speaker: "Linnea Strand", later: "Professor Strand"},
	{shape: "personform6", lead: "Lt. Gen. Harriet Okafor", speaker: "Harriet Okafor", later: "General Okafor"},
	{shape: "personform6", lead: "Sen. Maya Torr", speaker: "Maya Torr", later: "Senator Torr"},
	{shape: "personform6", lead: "Lia Marsh", speaker: "Lia Marsh", later: "Lia"},
	{shape: "personform6", lead: "Harlan Vesey III", speaker: "Harlan Vesey III", later: "Vesey III"},
	{shape: "personform6", lead: "Marcus \"Bull\" Tennant", speaker: "Marcus \"Bull\" Tennant", later: "Marcus Tennant"},
	{shape: "personform6", lead: "J.R. Tolland", speaker: "J.R. Tolland", later: "JR Tolland"},
}

// The seventh batch (shape mod7): the words papers put before a name
// that are no part of it, most of them capitalised when they open the
// sentence: an adjective of time or standing ("Veteran", "Embattled",
// "Retired"), a trade or a prize ("Nobel laureate", "Oscar-winning
// actor"), a party, a place with "-based", an age, a family.
var s12Names7 = []s12Name{
	{shape: "mod7", lead: "veteran defender Hugo Lamb", speaker: "Hugo Lamb", later: "Lamb"},
	{shape: "mod7", lead: "longtime resident Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "local farmer Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "fellow councillor Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "then-Governor Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "freshman Sen. Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "retired Judge Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "embattled CEO Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Tarvian-American author Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Nobel laureate Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Oscar-winning actor Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Republican presidential candidate Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Democratic Rep. Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Harwick-based lawyer Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "26-year-old Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "mother-of-three Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Grammy winner Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "former England captain Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "new signing Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Harwick native Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "award-winning chef Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Labour leadership hopeful Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Velmar striker Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Orvane co-founder Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "state Rep. Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "U.N. envoy Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "acting Prime Minister Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "mod7", lead: "Ebb's lawyer, Ana Quill", speaker: "Ana Quill", later: "Quill"},
	{shape: "mod7", lead: "his wife, Ana Ebb", speaker: "Ana Ebb", later: "Ana Ebb"},
	{shape: "mod7", lead: "Harwick High School principal Tom Ebb", speaker: "Tom Ebb", later: "Ebb"},
}

// The eighth batch (shape body8): bodies of other shapes still: a comma
// inside a university's name, "A&M", a hyphenated or numbered name, a
// court "for the District of", a police service "of Northern X", a
// foreign particle ("Médecins Sans Frontières"), "Watch" and
// "International" as last words.
var s12Names8 = []s12Name{
	{shape: "body8", lead: "the University of Tarvia, Harwick", speaker: "University of Tarvia, Harwick", body: true},
	{shape: "body8", lead: "Harwick A&M University", speaker: "Harwick A&M University", body: true},
	{shape: "body8", lead: "the Tarvik-Osk Railway", speaker: "Tarvik-Osk Railway", body: true},
	{shape: "body8", lead: "Local 1199 of the Harbour Workers Union", speaker: "Local 1199 of the Harbour Workers Union", body: true},
	{shape: "body8", lead: "the U.S. District Court for the District of Tarvia", speaker: "U.S. District Court for the District of Tarvia", body: true},
	{shape: "body8", lead: "the Police Service of Northern Tarvia", speaker: "Police Service of Northern Tarvia", body: true},
	{shape: "body8", lead: "Médecins Sans Frontières", speaker: "Médecins Sans Frontières", body: true},
	{shape: "body8", lead: "Coastal Rights Watch", speaker: "Coastal Rights Watch", body: true},
	{shape: "body8", lead: "Tarvian Amnesty International", speaker: "Tarvian Amnesty International", body: true},
	{shape: "body8", lead: "the Harwick City Council", speaker: "Harwick City Council", body: true},
	{shape: "body8", lead: "the Royal Tarvian Mounted Police", speaker: "Royal Tarvian Mounted Police", body: true},
	{shape: "body8", lead: "the Tarvian Red Cross", speaker: "Tarvian Red Cross", body: true},
	{shape: "body8", lead: "the Harwick Police Department", speaker: "Harwick Police Department", body: true},
	{shape: "body8", lead: "Brightwater Holdings Ltd.", speaker: "Brightwater Holdings Ltd.", body: true},
	{shape: "body8", lead: "the Bank of Velmar's monetary policy committee", speaker: "Bank of Velmar", body: true},
	{shape: "body8", lead: "the Tarvian Department of Transportation (TDOT)", speaker: "Tarvian Department of Transportation", later: "TDOT", body: true},
}

// The ninth batch (shape tail9), written with its fix after probes of
// nine tails found two failing (a town and its state in a description,
// the AP's "a Lansing, Michigan, native"): what follows a name and
// belongs to no name.
var s12Names9 = []s12Name{
	{shape: "tail9", lead: "Ilse Varga", tail: ", a Lansing, Michigan, native", speaker: "Ilse Varga", later: "Varga"},
	{shape: "tail9", lead: "Tom Ebb", tail: ", a Harwick, Tarvia, resident", speaker: "Tom Ebb", later: "Ebb"},
	{shape: "tail9", lead: "Ilse Varga", tail: ", of Harwick, Tarvia", speaker: "Ilse Varga", later: "Varga"},
	{shape: "tail9", lead: "Selma Riaz", tail: ", M.D., Ph.D.", speaker: "Selma Riaz", later: "Riaz"},
	{shape: "tail9", lead: "Harlan Vesey", tail: ", III", speaker: "Harlan Vesey III", later: "Vesey"},
	{shape: "tail9", lead: "Ilse Varga", tail: ", 42, a nurse from Harwick", speaker: "Ilse Varga", later: "Varga"},
}

// The eleventh batch (shape hon11): honorifics of Asian and African
// reporting before a name, which are no part of it, and British style
// with no full stop after "Mr", "Dr".
var s12Names11 = []s12Name{
	{shape: "hon11", lead: "Alhaji Musa Bello", speaker: "Musa Bello", later: "Bello"},
	{shape: "hon11", lead: "Chief Emeka Nwosu", speaker: "Emeka Nwosu", later: "Nwosu"},
	{shape: "hon11", lead: "Datuk Seri Anwar Halim", speaker: "Anwar Halim", later: "Anwar"},
	{shape: "hon11", lead: "Tun Rahim Osman", speaker: "Rahim Osman", later: "Rahim"},
	{shape: "hon11", lead: "Shri Rajesh Kumar Varma", speaker: "Rajesh Kumar Varma", later: "Varma"},
	{shape: "hon11", lead: "Mr Tan Wei Ming", speaker: "Tan Wei Ming", later: "Mr Tan"},
	{shape: "hon11", lead: "Dr Lim Boon Heng", speaker: "Lim Boon Heng", later: "Dr Lim"},
	{shape: "hon11", lead: "Ms Ng Siew Ling", speaker: "Ng Siew Ling", later: "Ms Ng"},
	{shape: "hon11", lead: "Haji Ismail Sabri", speaker: "Ismail Sabri", later: "Ismail"},
	{shape: "hon11", lead: "Ustaz Hafiz Rahman", speaker: "Hafiz Rahman", later: "Hafiz"},
	{shape: "hon11", lead: "Mallam Sani Abubakar", speaker: "Sani Abubakar", later: "Abubakar"},
	{shape: "hon11", lead: "Smt. Lakshmi Menon", speaker: "Lakshmi Menon", later: "Menon"},
}

// The twelfth batch (shape named12): bodies named for a person, which
// must stay bodies and whole, not the person nor a fragment.
var s12Names12 = []s12Name{
	{shape: "named12", lead: "the Ilse Varga Foundation", speaker: "Ilse Varga Foundation", body: true},
	{shape: "named12", lead: "the Tomas Brenn Institute for Coastal Studies", speaker: "Tomas Brenn Institute for Coastal Studies", body: true},
	{shape: "named12", lead: "the J.R. Tolland Center", speaker: "J.R. Tolland Center", body: true},
	{shape: "named12", lead: "the Lia Marsh Trust", speaker: "Lia Marsh Trust", body: true},
	{shape: "named12", lead: "the Elijah Mbatha Memorial Hospital", speaker: "Elijah Mbatha Memorial Hospital", body: true},
	{shape: "named12", lead: "the Anna Ebb List", speaker: "Anna Ebb List", body: true},
	{shape: "named12", lead: "the Marta Quell Society", speaker: "Marta Quell Society", body: true},
	{shape: "named12", lead: "Hugo Lamb & Partners", speaker: "Hugo Lamb & Partners", body: true},
}

// The thirteenth batch (shape title13): more titles and ranks before a
// name, of offices, services and courts, with "of the", "Pro Tem", a
// number and class, "-elect", and abbreviations.
var s12Names13 = []s12Name{
	{shape: "title13", lead: "Chairman of the Board Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Mayor Pro Tem Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Lieutenant Governor Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Lt. Gov. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Secretary-General Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Director-General Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Commissioner of Police Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Inspector General Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Surgeon General Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Solicitor General Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "House Majority Leader Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "House Speaker Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "First Lady Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Deputy Chief Medical Officer Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Chief Medical Officer Dr. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Police Superintendent Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Fire Chief Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Battalion Chief Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "County Coroner Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Sgt. Maj. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Master Sgt. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Staff Sgt. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Petty Officer 2nd Class Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Airman 1st Class Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Chief Warrant Officer Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Rear Adm. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Vice Adm. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Brig. Gen. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Maj. Gen. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Gov.-elect Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Councilwoman Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Del. Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Assemblyman Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Special Agent Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Deputy Sheriff Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Public Defender Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "District Attorney Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "U.S. Attorney Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Circuit Judge Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
	{shape: "title13", lead: "Magistrate Judge Ana Ebb", speaker: "Ana Ebb", later: "Ebb"},
}

// s12Cap capitalises a sentence's first letter.
func s12Cap(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// known gives the mechanism of a row still failing, by lead and frame or
// by lead alone.
func known(lead, frame string) string {
	if k, ok := s12Known[lead+"|"+frame]; ok {
		return k
	}
	return s12Known[lead]
}

// s12NameRows crosses every name with every frame.
func s12NameRows() []auditRow {
	var rows []auditRow
	for _, n := range slices.Concat(s12Names, s12Names2, s12Names4, s12Names6, s12Names7, s12Names8, s12Names9, s12Names11, s12Names12, s12Names13) {
		subj := n.lead // before a cue verb
		end := n.lead  // at a sentence's end
		if n.tail != "" {
			subj = n.lead + n.tail + ","
			end = n.lead + n.tail
		}
		appos := ", a longtime resident who has farmed the valley since the 1980s,"
		if n.body {
			appos = ", which oversees the region's dams, harbours and reservoirs,"
		}
		if n.tail != "" { // a second description after the tail reads as a list
			appos = ", who has farmed the valley since the 1980s,"
		}
		who := []string{n.speaker}
		add := func(frame, text string, want ...quote) {
			rows = append(rows, auditRow{class: n.shape + "/" + frame + ": " + n.lead, text: text, want: want, speakers: who, known: known(n.lead, frame)})
		}
		add("quotefirst", "“The levee will hold through the spring,” "+subj+" said.",
			quote{n.speaker, auD, "The levee will hold through the spring"})
		add("inverted", "“Nobody should drive on that road tonight,” said "+end+".",
			quote{n.speaker, auD, "Nobody should drive on that road tonight"})
		add("colon", s12Cap(subj)+" said: “We expect the report by the end of March.”",
			quote{n.speaker, auD, "We expect the report by the end of March"})
		add("according", "The ferry service will resume on Monday, according to "+end+".",
			quote{n.speaker, auI, "The ferry service will resume on Monday"})
		add("appos", s12Cap(strings.TrimSuffix(subj, ","))+appos+" said the harvest had been the worst in a decade.",
			quote{n.speaker, auI, "the harvest had been the worst in a decade"})
		if n.later != "" {
			add("later", s12Cap(subj)+" said the clinic would stay open.\n\n“We are not going anywhere,” "+n.later+" said.",
				quote{n.speaker, auI, "the clinic would stay open"},
				quote{n.speaker, auD, "We are not going anywhere"})
			add("latercue", "“The count will take two days,” "+subj+" said on Tuesday.\n\nThe board met for three hours. "+s12Cap(n.later)+" said the vote would be held in June.",
				quote{n.speaker, auD, "The count will take two days"},
				quote{n.speaker, auI, "the vote would be held in June"})
		}
		if n.later != "" {
			// The third batch's frames: a first mention that says nothing,
			// then the short form speaking; and a second person beside,
			// who must stay apart.
			add("intro3", "The plan was drawn up by "+subj+" in 2019.\n\n“It still works,” "+n.later+" said.",
				quote{n.speaker, auD, "It still works"})
			if !n.body {
				rows = append(rows, auditRow{class: n.shape + "/two3: " + n.lead,
					text:     s12Cap(subj) + " and Tomas Brandvold met on Monday.\n\n“We agreed on nothing,” " + n.later + " said. Brandvold said the talks had gone well.",
					want:     []quote{{n.speaker, auD, "We agreed on nothing"}, {"Tomas Brandvold", auI, "the talks had gone well"}},
					speakers: []string{n.speaker, "Tomas Brandvold"}, known: known(n.lead, "two3")})
			}
		}
		// The fifth batch's frames: what stands before and after the
		// name in wire and local copy (a year with no comma, a dateline,
		// the day after the verb, a relative clause after an inverted
		// cue, an outlet or a platform after the cue).
		add("year5", "In 2019 "+subj+" said the plan had failed.",
			quote{n.speaker, auI, "the plan had failed"})
		add("dateline5", "HARWICK, Tarvia (TP) — "+subj+" said on Tuesday that the plan had failed.",
			quote{n.speaker, auI, "the plan had failed"})
		add("day5", s12Cap(subj)+" said Tuesday that the plan had failed.",
			quote{n.speaker, auI, "the plan had failed"})
		add("relative5", "“The plan failed,” said "+end+", who has led the review since 2019.",
			quote{n.speaker, auD, "The plan failed"})
		add("outlet5", "“The plan failed,” "+subj+" told the Harwick Gazette.",
			quote{n.speaker, auD, "The plan failed"})
		add("platform5", "“The plan failed,” "+subj+" wrote on Facebook.",
			quote{n.speaker, auD, "The plan failed"})
		// The tenth batch's frames: the cue inside the words, a
		// quotation split round it and a clause split round it.
		add("split10", "“The levee will hold,” "+subj+" said, “but not for long.”",
			quote{n.speaker, auD, "The levee will hold"}, quote{n.speaker, auD, "but not for long"})
		add("mid10", "The levee, "+subj+" said, would hold until spring.",
			quote{n.speaker, auI, "would hold until spring"}) // the part after the cue, by the annotation rules
		if n.later2 != "" {
			add("latertitle", s12Cap(subj)+" said the clinic would stay open.\n\n“We are not going anywhere,” "+n.later2+" said.",
				quote{n.speaker, auI, "the clinic would stay open"},
				quote{n.speaker, auD, "We are not going anywhere"})
		}
	}
	return append(rows, s12Near...)
}
