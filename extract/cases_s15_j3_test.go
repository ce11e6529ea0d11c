package extract_test

import (
	"slices"
	"strings"
	"testing"
)

// Session 15, helper j3: reported (indirect) speech and mixed quotes in
// the house style of Wikinews reporting. A lexicon of reporting verbs
// crossed with the "that" and bare frames, the frames that place the
// source ("in a statement", "according to", "told [outlet] that", a cue
// after the clause, "in a press release", "in an interview with", the
// passive "it was reported by"), continuations ("adding that", "noting
// that", "and said" after a quoted phrase), quote-first mixed quotes with
// the cue last, reported speech running over a colon, descriptions as
// speakers, and near misses where a reporting verb takes a plain object
// and nothing is said. Each frame is crossed with three invented
// speakers: a titled person, a body and a person "of" a body.
//
// FIRST PASS (engine at a62869d, each batch run once as written):
//   batch 1 (j3Rows, 101 rows): 101/101 (1.00). Every verb, frame,
//   continuation, mixed and near-miss row already passed: the house
//   style's plain frames are solved.
//   batch 2 (j3Rows2, 100 rows, written after batch 1 passed, from the
//   longer sentences of the dev articles): 85/100 (0.85); both batches
//   186/201 (0.93). The misses: a capitalised role word no title list
//   knows before a name inside a sentence ("However, Harbourmaster Edda
//   Quayle said") kept in the speaker's name (7 rows); "X, and that Y"
//   wanted as two quotes (6 rows, a table error: the Wikinews gold keeps
//   one span, and the rows now want it); "believes" with a bare clause
//   found nothing (1); "The government recalled its ambassador" taken
//   for reported speech (1).
//   batch 3 (j3Rows3, 46 rows as first written, from the dev misses whose
//   source is a body's or a person's document): 44/46 (0.96). The misses:
//   "According to her website, she ..." given to nobody (the pronoun's
//   owner of a document was resolved for "its"/"their" only), and an
//   invented name in -ly opening a sentence ("Tessaly Rail Union's
//   report") losing its first word. The website row's clause was then
//   changed from "she trained as a nurse" (a clause the engine rejects
//   with any source) to "she worked as a nurse", and 19 rows of the
//   person's-document class were added with the fix: 3/20 before it.
//   batch 4 (j3Rows4, 35 rows as first written: a document no sentence
//   introduced, "to the effect", data after "according to"): 18/35
//   (0.51). back 0/12 ("X confirmed a closure. ..., the report said" and
//   "The statement said" given to nobody), data 8/12 ("a statement
//   posted on X's website" found nothing), effect 8/8, near 2/3 (the
//   miss, "according to data collected over ten years" as nobody's
//   speech, is what the gold convention wants: the row now wants it).
//   batch 5 (j3Rows5, 48 rows, mixed quotes): 43/48 (0.90). mverb 12/12;
//   the misses: a quoted phrase opening the clause after "said" (3),
//   "professed itself" for a body (1, and a table error in that row
//   fixed after), a title read aloud taken for speech (1). Left known:
//   rare wordings, and the dev gold has none of them.
//   batch 6 (j3Rows6, 40 rows: Wikinews's own reporting frames, a paper
//   citing a source, a dated poll): 33/40 (0.83). "confirmed with X
//   that" found nothing (6 rows); "cited a security source that" found
//   nothing (1, left known). Two near misses ("confirmed with regret
//   that") were added with the fix.
//   batch 7 (j3Rows7, 30 rows: clause openings after "said" and hedged
//   cues): 30/30.
//   batch 8 (j3Rows8, 30 rows: a person speaking for a body): 30/30.

func TestAuditS15J3(t *testing.T) {
	runAudit(t, "j3", slices.Concat(j3Rows(), j3Rows2(), j3Rows3(), j3Rows4(), j3Rows5(), j3Rows6(), j3Rows7(), j3Rows8()), false)
}

// j3Speaker is one speaker form: how the sentence names them (subj), the
// name the engine should credit, and a later short reference (short).
type j3Speaker struct{ subj, name, short string }

var j3Speakers = []j3Speaker{
	{"Port Minister Orla Penwright", "Orla Penwright", "Penwright"},
	{"the Varden Water Authority", "Varden Water Authority", "the authority"},
	{"Dr Ilse Markovan of the Corbel Institute", "Ilse Markovan", "Markovan"},
}

// j3Verbs: the reporting verbs of Wikinews copy, each with a clause it
// fits.
var j3Verbs = []struct{ verb, clause string }{
	{"claimed", "the harbour wall had been poorly maintained for years"},
	{"stated", "the ferry service would resume on Friday"},
	{"confirmed", "two crew members were still missing"},
	{"denied", "any money had changed hands before the vote"},
	{"announced", "the inquiry would report by the end of March"},
	{"explained", "the pumps had failed after the power cut"},
	{"argued", "the new levy would hurt small fishing crews"},
	{"reported", "water levels had fallen by a third since June"},
	{"warned", "the dam could fail if the rain continued"},
	{"suggested", "the fire had started in the engine room"},
	{"insisted", "the tender process had been fair"},
	{"estimated", "about four hundred homes had lost power"},
	{"noted", "the town had flooded twice in a decade"},
}

func j3Cap(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func j3Rows() []auditRow {
	var rows []auditRow
	// Verbs x {that, bare}, the speaker cycling through the three forms.
	for i, v := range j3Verbs {
		s := j3Speakers[i%len(j3Speakers)]
		rows = append(rows,
			auditRow{class: "verb/" + v.verb + " that",
				text: j3Cap(s.subj) + " " + v.verb + " that " + v.clause + ".",
				want: []quote{{s.name, auI, v.clause}}},
			auditRow{class: "verb/" + v.verb + " bare",
				text: j3Cap(s.subj) + " " + v.verb + " " + v.clause + ".",
				want: []quote{{s.name, auI, v.clause}}},
		)
	}
	// Frames that place the source, each with every speaker form.
	c1 := "the bridge would stay closed until the spring"
	c2 := "repairs would cost more than the council had planned"
	for _, s := range j3Speakers {
		subj := j3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "frame/said in a statement that",
				text: subj + " said in a statement that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/according to",
				text: "According to " + s.subj + ", " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/according to, after",
				text: j3Cap(c1) + ", according to " + s.subj + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/told outlet that",
				text: subj + " told the Kestrel Herald that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/cue after clause",
				text: j3Cap(c1) + ", " + s.subj + " said on Tuesday.",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/in a press release",
				text: "In a press release, " + s.subj + " said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/in an interview with",
				text: "In an interview with the Kestrel Herald, " + s.subj + " said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/passive reported by",
				text: "It was reported by " + s.subj + " that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/said on a day, bare",
				text: subj + " said on Monday " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "frame/confirmed to reporters",
				text: subj + " confirmed to reporters that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "colon/said X: Y",
				text: subj + " said the reason was simple: " + c2 + ".",
				want: []quote{{s.name, auI, "the reason was simple: " + c2}}},
			auditRow{class: "cont/adding that",
				text: subj + " said " + c1 + ", adding that " + c2 + ".",
				want: []quote{{s.name, auI, c1}, {s.name, auI, c2}}},
			auditRow{class: "cont/noting that",
				text: subj + " said " + c1 + ", noting that " + c2 + ".",
				want: []quote{{s.name, auI, c1}, {s.name, auI, c2}}},
			auditRow{class: "cont/also said, next sentence",
				text: subj + " said " + c1 + ". " + j3Cap(s.short) + " also said " + c2 + ".",
				want: []quote{{s.name, auI, c1}, {s.name, auI, c2}}},
			auditRow{class: "mixed/quote first, cue last, adding that",
				text: "The plan is \u201cunworkable,\u201d " + s.subj + " said, adding that " + c2 + ".",
				want: []quote{{s.name, auM, "The plan is \u201cunworkable\u201d"}, {s.name, auI, c2}}},
			auditRow{class: "mixed/clause with quoted phrase, and added that",
				text: subj + " said the plan was \u201centirely unworkable\u201d and added that " + c2 + ".",
				want: []quote{{s.name, auM, "the plan was \u201centirely unworkable\u201d"}, {s.name, auI, c2}}},
			auditRow{class: "mixed/called X and said",
				text: subj + " called the plan \u201ca costly mistake\u201d and said " + c2 + ".",
				want: []quote{{s.name, auD, "a costly mistake"}, {s.name, auI, c2}}},
			auditRow{class: "mixed/direct then and said",
				text: "\u201cWe will rebuild,\u201d " + s.subj + " said, and said " + c2 + ".",
				want: []quote{{s.name, auD, "We will rebuild"}, {s.name, auI, c2}}},
			auditRow{class: "mixed/quoted phrase ends the clause, cue after",
				text: "The repairs would be \u201cslow and very costly\u201d, " + s.subj + " said.",
				want: []quote{{s.name, auM, "The repairs would be \u201cslow and very costly\u201d"}}},
		)
	}
	// Spokespeople and descriptions as speakers.
	rows = append(rows,
		auditRow{class: "descr/body's spokesperson Name said",
			text: "The Varden Water Authority's spokesperson Tomas Grell said " + c1 + ".",
			want: []quote{{"Tomas Grell", auI, c1}}},
		auditRow{class: "descr/a spokesperson for the body said",
			text: "A spokesperson for the Varden Water Authority said " + c1 + ".",
			want: []quote{{"Varden Water Authority", auI, c1}}},
		auditRow{class: "descr/the agency's director, named before",
			text: "Pim Ostrava heads the Varden Water Authority.\n\nThe authority's director said " + c1 + ".",
			want: []quote{{"Pim Ostrava", auI, c1}}},
		auditRow{class: "descr/officials said",
			text: "Officials said " + c1 + ".",
			want: []quote{{"", auI, c1}}},
		auditRow{class: "descr/the ministry said, after",
			text: "The Ministry of Coastal Works opened an inquiry.\n\n" + j3Cap(c1) + ", the ministry said.",
			want: []quote{{"Ministry of Coastal Works", auI, c1}}},
		auditRow{class: "descr/a fire officer said",
			text: "A fire officer said " + c1 + ".",
			want: []quote{{"", auI, c1}}},
	)
	// Near misses: a reporting verb with a plain object, nothing said.
	for _, text := range []string{
		"Penwright denied the charges on Monday.",
		"The Varden Water Authority announced a new chairman on Monday.",
		"Markovan explained the rules to the visiting children.",
		"According to the timetable, the ferry leaves at noon.",
		"Penwright argued with a neighbour about the fence.",
		"Penwright warned the villagers on Sunday.",
		"Markovan suggested a walk along the harbour.",
		"The ferry was reported missing on Sunday night.",
		"Penwright noted the time and left the hall.",
		"Markovan confirmed her attendance at the summit.",
		"The report, which the authority published on Monday, runs to 300 pages.",
		"The damage was estimated at four million crowns.",
	} {
		rows = append(rows, auditRow{class: "near/" + text, text: text, exact: true})
	}
	return rows
}

// j3Cast2 is a speaker of the second batch: how the sentence names them,
// the name to credit, and how a later sentence refers to them.
type j3Cast2 struct{ subj, name, pron string }

var j3Casts2 = []j3Cast2{
	{"Harbourmaster Edda Quayle", "Edda Quayle", "she"},
	{"Corbel police chief Anton Drees", "Anton Drees", "he"},
	{"the Tessaly Rail Union", "Tessaly Rail Union", "the union"},
}

// j3Verbs2: less common reporting verbs and tenses, bare clause.
var j3Verbs2 = []string{
	"has claimed", "commented", "pointed out", "indicated", "testified",
	"acknowledged", "admitted", "maintained", "revealed", "asserted",
	"observed", "predicted", "alleged", "conceded", "stressed",
	"cautioned", "recalled", "told reporters", "wrote", "believes",
}

// j3Known2: the rows of batch 2 still failing, by verb or text.
var j3Known2 = map[string]string{
	"believes": "believe-bare: \"X believes <clause>\" is no cue (a belief, not a report); not yet probed against the gold",
	"The government recalled its ambassador in May.": "recall-object: \"recalled\" with a plain object (an envoy, a product) is read as a cue for the object",
}

// j3Rows2: the second batch, the structures longer Wikinews sentences
// wrap around a reported clause.
func j3Rows2() []auditRow {
	var rows []auditRow
	c1 := "the night trains would stop running in May"
	c2 := "the timetable had been agreed without any consultation"
	for i, v := range j3Verbs2 {
		s := j3Casts2[i%len(j3Casts2)]
		rows = append(rows, auditRow{class: "verb2/" + v,
			text: j3Cap(s.subj) + " " + v + " " + c1 + ".",
			want: []quote{{s.name, auI, c1}}, known: j3Known2[v]})
	}
	for _, s := range j3Casts2 {
		subj := j3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "wrap/leading subordinate clause",
				text: "While not naming the buyer, " + s.subj + " said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/leading adverb",
				text: "However, " + s.subj + " claimed " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/adverb before the verb",
				text: subj + " further claimed " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/day then comma",
				text: subj + " noted on Monday, " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/relative clause speaker",
				text: "The delay angered " + s.subj + ", who told reporters " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/agreed, saying",
				text: subj + " agreed, saying " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/claimed, insisting",
				text: subj + " claimed " + c1 + ", insisting " + c2 + ".",
				want: []quote{{s.name, auI, c1}, {s.name, auI, c2}}},
			// The Wikinews gold keeps "X, and that Y" after one cue as one
			// span (six quotes in dev-i, dev-m, dev-n); the first pass wanted
			// two and counted these rows failed.
			auditRow{class: "wrap/said X, and that Y",
				text: subj + " said " + c1 + ", and that " + c2 + ".",
				want: []quote{{s.name, auI, c1 + ", and that " + c2}}},
			auditRow{class: "wrap/cue mid, and a second clause",
				text: j3Cap(c1) + ", " + s.subj + " said, and " + c2 + ".",
				want: []quote{{s.name, auI, c1}, {s.name, auI, c2}}},
			auditRow{class: "wrap/told outlet with apposition",
				text: subj + " told the Kestrel Herald, a local weekly, that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/day and setting first",
				text: "On Saturday, in an online briefing, " + s.subj + " said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/stated to outlet in a month",
				text: subj + " stated to the Kestrel Herald in late June that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/pronoun next sentence also said",
				text: subj + " said " + c1 + ". " + j3Cap(s.pron) + " also said " + c2 + ".",
				want: []quote{{s.name, auI, c1}, {s.name, auI, c2}}},
			auditRow{class: "wrap/present tense claims",
				text: subj + " claims " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/said that X and that Y",
				text: subj + " said that " + c1 + " and that " + c2 + ".",
				want: []quote{{s.name, auI, c1 + " and that " + c2}}},
			auditRow{class: "wrap/wrote in a letter",
				text: "In a letter to the council, " + s.subj + " wrote that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wrap/wrote on social media",
				text: subj + " wrote on social media that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "mixed2/denied, insisting quoted",
				text: subj + " denied the claims, insisting the vote was \u201cnever rigged by anyone\u201d.",
				want: []quote{{s.name, auM, "the vote was \u201cnever rigged by anyone\u201d"}}},
			auditRow{class: "mixed2/should X and quoted",
				text: subj + " said the town should accept the result and \u201cmove on\u201d.",
				want: []quote{{s.name, auM, "the town should accept the result and \u201cmove on\u201d"}}},
			auditRow{class: "mixed2/urged to quoted",
				text: subj + " urged residents to \u201cstay calm and stay home\u201d.",
				want: []quote{{s.name, auM, "residents to \u201cstay calm and stay home\u201d"}}},
			auditRow{class: "mixed2/said X, and quoted after cue",
				text: j3Cap(c1) + ", " + s.subj + " said, calling the decision \u201ca betrayal\u201d.",
				want: []quote{{s.name, auI, c1}, {s.name, auD, "a betrayal"}}},
		)
	}
	// Bodies whose name opens with a role word, inside a sentence: the
	// word is theirs, not a title (written after the first fix for the
	// role word before a name cut "Producer Price Index" to "Price Index").
	for _, b := range []string{"Producer Price Board", "Host Harbour Resorts", "Critic Circle Awards", "Pilot Flying Trust"} {
		rows = append(rows, auditRow{class: "near2/role word opening a body's name",
			text: "On Monday, " + b + " said " + c1 + ".",
			want: []quote{{b, auI, c1}}})
	}
	// Bodies by their documents, and apposed names.
	rows = append(rows,
		auditRow{class: "doc/according to a press release from",
			text: "According to a press release from the Tessaly Rail Union, " + c1 + ".",
			want: []quote{{"Tessaly Rail Union", auI, c1}}},
		auditRow{class: "doc/according to a report by",
			text: "According to a report by the Varden Water Authority, " + c1 + ".",
			want: []quote{{"Varden Water Authority", auI, c1}}},
		auditRow{class: "doc/a statement from X said",
			text: "A statement from the Tessaly Rail Union said " + c1 + ".",
			want: []quote{{"Tessaly Rail Union", auI, c1}}},
		auditRow{class: "appos/role of body, Name, said",
			text: "The chief engineer of the Corbel Institute, Ilse Markovan, said " + c1 + ".",
			want: []quote{{"Ilse Markovan", auI, c1}}},
		auditRow{class: "appos/Name, two roles, said",
			text: "Ilse Markovan, the lead author of the study and a hydrologist, said " + c1 + ".",
			want: []quote{{"Ilse Markovan", auI, c1}}},
		auditRow{class: "appos/setting, the director of X, Name, said",
			text: "In an online news briefing, the director of the Corbel Institute, Dr Ilse Markovan, said " + c1 + ".",
			want: []quote{{"Ilse Markovan", auI, c1}}},
		auditRow{class: "appos/an official told outlet, apposition, that",
			text: "A hospital official told the Kestrel Herald, a local weekly, that " + c1 + ".",
			want: []quote{{"", auI, c1}}},
	)
	for _, text := range []string{
		"Quayle pointed out the old lighthouse to the visitors.",
		"The hospital admitted forty patients overnight.",
		"Quayle maintained the boats herself for years.",
		"Drees observed the eclipse from the harbour wall.",
		"The government recalled its ambassador in May.",
		"The union claimed victory on Monday night.",
		"Drees commented on the case in May.",
		"Quayle said goodbye to the crew at the quay.",
		"The union stressed the importance of safety.",
		"Drees told the story of the flood to the children.",
	} {
		rows = append(rows, auditRow{class: "near2/" + text, text: text, exact: true, known: j3Known2[text]})
	}
	return rows
}

// j3Body is a body of batch 3: its name as a sentence gives it, the name
// to credit, and the description a later sentence uses for it.
type j3Body struct{ subj, name, descr string }

var j3Bodies = []j3Body{
	{"the Tessaly Rail Union", "Tessaly Rail Union", "the union"},
	{"the Varden Water Authority", "Varden Water Authority", "the authority"},
	{"the Ministry of Coastal Works", "Ministry of Coastal Works", "the ministry"},
}

// j3Known3: the rows of batch 3 still failing, by the body's name.
var j3Known3 = map[string]string{
	"Tessaly Rail Union": "ly-name: a body's invented first word ending in -ly opening a sentence (\"Tessaly Rail Union said\") is read as an adverb and dropped from the name",
}

// j3Rows3: the third batch, written after the Wikinews dev misses showed
// reported speech whose source is a body's document (a report, a
// statement, a website, figures, data) named apart from the body, often
// in a later sentence or by the body's description.
func j3Rows3() []auditRow {
	var rows []auditRow
	c1 := "the night trains would stop running in May"
	for _, b := range j3Bodies {
		subj := j3Cap(b.subj)
		rows = append(rows,
			auditRow{class: "doc3/the report said, after the clause",
				text: subj + " released its report on Monday. " + j3Cap(c1) + ", the report said.",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "doc3/the statement said",
				text: subj + " issued a statement on Monday. The statement said " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "doc3/according to the statement",
				text: subj + " issued a statement on Monday. According to the statement, " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "doc3/according to the description's website",
				text: subj + " held a meeting on Monday. According to " + b.descr + "'s website, " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "doc3/according to the body's website",
				text: "According to " + b.subj + "'s website, " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "doc3/in its statement, the description said",
				text: subj + " met on Monday.\n\nIn its statement, " + b.descr + " said " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "doc3/the description's statement said",
				text: subj + " met on Monday. " + j3Cap(b.descr) + "'s statement said " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "doc3/a report by the body found",
				text: "A report by " + b.subj + " found " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "doc3/data from the body showed",
				text: "Data from " + b.subj + " showed fares had risen by a fifth.",
				want: []quote{{b.name, auI, "fares had risen by a fifth"}}},
			auditRow{class: "doc3/the body's report, published, said",
				text: j3Cap(strings.TrimPrefix(b.subj, "the ")) + "'s latest report, published on Monday, said " + c1 + ".",
				want: []quote{{b.name, auI, c1}}, known: j3Known3[b.name]},
			auditRow{class: "doc3/figures released by the body show",
				text: "Figures released by " + b.subj + " on Monday show fares had risen by a fifth.",
				want: []quote{{b.name, auI, "fares had risen by a fifth"}}},
			auditRow{class: "doc3/in a post on its website",
				text: "In a post on its website, " + b.subj + " said " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
		)
	}
	rows = append(rows,
		auditRow{class: "doc3p/in a post on her blog",
			text: "In a post on her blog, Edda Quayle wrote " + c1 + ".",
			want: []quote{{"Edda Quayle", auI, c1}}},
		auditRow{class: "doc3p/a statement from her office said",
			text: "A statement from Edda Quayle's office said " + c1 + ".",
			want: []quote{{"Edda Quayle", auI, c1}}},
		auditRow{class: "doc3p/the name's statement said",
			text: "Edda Quayle resigned on Monday. Quayle's statement said " + c1 + ".",
			want: []quote{{"Edda Quayle", auI, c1}}},
		auditRow{class: "doc3p/according to her website",
			text: "Edda Quayle is standing for the council. According to her website, she worked as a nurse in Corbel.",
			want: []quote{{"Edda Quayle", auI, "she worked as a nurse in Corbel"}}},
	)
	// A person's own text by a possessive pronoun, written with the fix
	// after the first pass found "According to her website" and "Her
	// statement said" given to nobody.
	for _, p := range []struct{ name, pron string }{{"Edda Quayle", "her"}, {"Anton Drees", "his"}} {
		intro := p.name + " resigned from the board on Monday. "
		for _, doc := range []string{"statement", "website", "blog", "letter"} {
			rows = append(rows,
				auditRow{class: "doc3p/" + p.pron + " " + doc + " said",
					text: intro + j3Cap(p.pron) + " " + doc + " said " + c1 + ".",
					want: []quote{{p.name, auI, c1}}},
				auditRow{class: "doc3p/according to " + p.pron + " " + doc,
					text: intro + "According to " + p.pron + " " + doc + ", " + c1 + ".",
					want: []quote{{p.name, auI, c1}}},
			)
		}
	}
	for _, text := range []string{
		"Edda Quayle read her statement aloud on Monday.",
		"Anton Drees deleted his blog on Monday night.",
		"Edda Quayle resigned on Monday. Her letter arrived a day late.",
		"The report, released on Monday, runs to 300 pages.",
		"The Tessaly Rail Union published its report on Monday.",
		"The statement was signed by forty members of the Tessaly Rail Union.",
		"The union's website crashed on Monday night.",
		"According to the schedule, the trains run every hour.",
		"The Varden Water Authority's report was delayed until May.",
	} {
		rows = append(rows, auditRow{class: "near3/" + text, text: text, exact: true})
	}
	return rows
}

// j3PostedOn: the mechanism of batch 4's rows still failing.
const j3PostedOn = "posted-on: \"A statement posted on X's website said\" as the subject: the quote is found but given to nobody (\"according to\" the same phrase is X's since siteOfDoc). resolveNPHead takes the participle for the head; making the document the head and the site's owner its source resolves the phrase, and crediting the owner where findSubject reads \"a report published ... found\" as nobody's document did not change the row either: the credit is lost further on"

// j3Rows4: the fourth batch, a document that points back to a source
// without having been introduced ("X confirmed a case. ..., the report
// said"), a statement "to the effect", and data or figures collected by a
// body after "according to".
func j3Rows4() []auditRow {
	var rows []auditRow
	c1 := "the night trains would stop running in May"
	type src struct{ subj, name string }
	srcs := []src{
		{"the Tessaly Rail Union", "Tessaly Rail Union"},
		{"the Varden Water Authority", "Varden Water Authority"},
		{"the Ministry of Coastal Works", "Ministry of Coastal Works"},
		{"Edda Quayle", "Edda Quayle"},
	}
	for _, s := range srcs {
		subj := j3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "back/the report said, no report before",
				text: subj + " confirmed a second closure on Monday. " + j3Cap(c1) + ", the report said.",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "back/the statement said, no statement before",
				text: subj + " announced the closure on Monday. The statement said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "back/according to the statement, no statement before",
				text: subj + " announced the closure on Monday. According to the statement, " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "effect/issued a statement to the effect",
				text: subj + " issued a statement to the effect " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "effect/issued a statement to the effect that",
				text: subj + " issued a statement to the effect that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "data/according to data collected by",
				text: "According to data collected by " + s.subj + ", fares had risen by a fifth.",
				want: []quote{{s.name, auI, "fares had risen by a fifth"}}},
			auditRow{class: "data/according to figures from",
				text: "According to figures from " + s.subj + ", fares had risen by a fifth.",
				want: []quote{{s.name, auI, "fares had risen by a fifth"}}},
			auditRow{class: "data/a statement posted on the website",
				text: "According to a statement posted on " + strings.TrimPrefix(s.subj, "the ") + "'s website, " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "data/a statement on the website",
				text: "According to a statement on " + strings.TrimPrefix(s.subj, "the ") + "'s website, " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "data/a statement posted on the website, subject",
				text: "A statement posted on " + strings.TrimPrefix(s.subj, "the ") + "'s website said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}, known: j3PostedOn},
		)
	}
	for _, text := range []string{
		"The Tessaly Rail Union confirmed a second strike. The report, due in May, will be published online.",
		"The Varden Water Authority announced the closure. The statement was read aloud by a clerk.",
	} {
		rows = append(rows, auditRow{class: "near4/" + text, text: text, exact: true})
	}
	rows = append(rows,
		// First written as a near miss wanting nothing; the Wikinews gold
		// keeps "according to reports/officials" as nobody's reported
		// speech, so nobody's quote is what it wants.
		auditRow{class: "near4/according to data, no source",
			text: "According to data collected over ten years, fares had risen by a fifth.",
			want: []quote{{"", auI, "fares had risen by a fifth"}}, exact: true},
		// A document no one named issued: the statement stays nobody's.
		auditRow{class: "near4/according to a statement posted on a day",
			text: "According to a statement posted on Monday, " + c1 + ".",
			want: []quote{{"", auI, c1}}, exact: true},
		auditRow{class: "near4/read, then the statement said",
			text: "Edda Quayle read the letter on Monday. The statement said " + c1 + ".",
			want: []quote{{"", auI, c1}}, exact: true},
		auditRow{class: "near4/released a product, then the report said",
			text: "Velmar Motors released its new car on Monday. Sales fell by a third, the report said.",
			want: []quote{{"", auI, "Sales fell by a third"}}, exact: true},
		auditRow{class: "near4/announced, a new paragraph",
			text: "The Varden Water Authority announced the closure.\n\nThe statement said " + c1 + ".",
			want: []quote{{"", auI, c1}}, exact: true},
		auditRow{class: "back/opening phrase, seat after the name",
			text: "Yesterday evening, the Varden Water Authority in Munich, Germany confirmed a second closure. " + j3Cap(c1) + ", the report said.",
			want: []quote{{"Varden Water Authority", auI, c1}}},
	)
	return rows
}

// j3Known5: the rows of batch 5 still failing.
var j3Known5 = map[string]string{
	"Edda Quayle/opens":            j3QuoteOpens,
	"Anton Drees/opens":            j3QuoteOpens,
	"Tessaly Rail Union/opens":     j3QuoteOpens,
	"Tessaly Rail Union/professed": "professed-body: \"The union professed itself \u201cdeeply concerned\u201d\" finds nothing (a person's \"herself\" works)",
	"Edda Quayle read \u201cThe Long Harbour\u201d to the children.": "read-title: a title in capitals after \"read\" is taken for the reader's words",
}

// j3QuoteOpens: a quoted phrase opening the reported clause after "said".
const j3QuoteOpens = "quote-opens: \"X said \u201cthe worst is over\u201d for the towns\" gives the quoted phrase alone as direct, not the clause as mixed"

// j3Rows5: the fifth batch, mixed quotes (a reported clause holding a
// quoted phrase) under the reporting verbs and frames of batches 1 and 2.
func j3Rows5() []auditRow {
	var rows []auditRow
	mc := "the plan was \u201cdead on arrival\u201d"
	for i, v := range []string{"claimed", "warned", "argued", "insisted", "noted", "stated", "added", "wrote", "told reporters", "suggested", "conceded", "explained"} {
		s := j3Speakers[i%len(j3Speakers)]
		rows = append(rows, auditRow{class: "mverb/" + v,
			text: j3Cap(s.subj) + " " + v + " " + mc + ".",
			want: []quote{{s.name, auM, mc}}})
	}
	for _, s := range j3Casts2 {
		subj := j3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "mframe/according to, quoted phrase",
				text: "According to " + s.subj + ", " + mc + ".",
				want: []quote{{s.name, auM, mc}}},
			auditRow{class: "mframe/cue after, quoted phrase inside",
				text: "The plan was \u201cdead on arrival\u201d and would be dropped, " + s.subj + " said.",
				want: []quote{{s.name, auM, "The plan was \u201cdead on arrival\u201d and would be dropped"}}},
			auditRow{class: "mframe/in a statement",
				text: "In a statement, " + s.subj + " said " + mc + ".",
				want: []quote{{s.name, auM, mc}}},
			auditRow{class: "mframe/told outlet",
				text: subj + " told the Kestrel Herald " + mc + ".",
				want: []quote{{s.name, auM, mc}}},
			auditRow{class: "mframe/quote opens the clause",
				text: subj + " said \u201cthe worst is over\u201d for the harbour towns.",
				want: []quote{{s.name, auM, "\u201cthe worst is over\u201d for the harbour towns"}}, known: j3Known5[s.name+"/opens"]},
			auditRow{class: "mframe/two quoted phrases",
				text: subj + " said the plan was \u201cdead on arrival\u201d and \u201cnever costed\u201d.",
				want: []quote{{s.name, auM, "the plan was \u201cdead on arrival\u201d and \u201cnever costed\u201d"}}},
			auditRow{class: "mframe/next sentence, pronoun",
				text: subj + " spoke on Monday. " + j3Cap(s.pron) + " added the town was \u201cready to rebuild\u201d.",
				want: []quote{{s.name, auM, "the town was \u201cready to rebuild\u201d"}}},
			auditRow{class: "mframe/urged to, quoted",
				text: subj + " urged the council to \u201cthink again\u201d before the vote.",
				want: []quote{{s.name, auM, "the council to \u201cthink again\u201d before the vote"}}},
			auditRow{class: "mframe/said, saying quoted",
				text: subj + " rejected the plan, saying it was \u201cdead on arrival\u201d.",
				want: []quote{{s.name, auM, "it was \u201cdead on arrival\u201d"}}},
			auditRow{class: "mframe/professed quoted",
				text: subj + " professed " + j3Self(s.pron) + " \u201cdeeply concerned\u201d about the vote.",
				want: []quote{{s.name, auD, "deeply concerned"}}, known: j3Known5[s.name+"/professed"]},
			auditRow{class: "mframe/after a direct quote, also said",
				text: "\u201cWe will rebuild,\u201d " + s.subj + " said. " + j3Cap(s.pron) + " also said the work would be \u201cslow but certain\u201d.",
				want: []quote{{s.name, auD, "We will rebuild"}, {s.name, auM, "the work would be \u201cslow but certain\u201d"}}},
		)
	}
	for _, text := range []string{
		"The union's newsletter, \u201cRail Voice\u201d, comes out in May.",
		"The so-called \u201cnight plan\u201d was dropped in May.",
		"Edda Quayle read \u201cThe Long Harbour\u201d to the children.",
	} {
		rows = append(rows, auditRow{class: "near5/" + text, text: text, exact: true, known: j3Known5[text]})
	}
	return rows
}

// j3Self: the reflexive for a cast's later reference.
func j3Self(pron string) string {
	switch pron {
	case "she":
		return "herself"
	case "he":
		return "himself"
	}
	return "itself"
}

// j3Rows6: the sixth batch, the frames Wikinews wraps around a source of
// its own reporting ("Wikinews confirmed with X that", "speaking to
// Wikinews", "in an email to Wikinews"), a paper citing a source, an
// absolute "with X responding that", a dated poll of a body, and the
// openings "When asked ...," and "Responding to ...,".
func j3Rows6() []auditRow {
	var rows []auditRow
	c1 := "the night trains would stop running in May"
	for _, s := range j3Casts2 {
		subj := j3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "wn/confirmed with X that",
				text: "Wikinews confirmed with " + s.subj + " that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/outlet confirmed with X that",
				text: "The Kestrel Herald confirmed with " + s.subj + " that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/speaking to Wikinews",
				text: "Speaking to Wikinews, " + s.subj + " said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/in an email to Wikinews",
				text: "In an email to Wikinews, " + s.subj + " said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/told Wikinews",
				text: subj + " told Wikinews " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/cited X as saying",
				text: "The Kestrel Herald cited " + s.subj + " as saying " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/with X responding that",
				text: "The council wrote to the operator again in May, with " + s.subj + " responding that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/when asked",
				text: "When asked about the delay, " + s.subj + " said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/responding to",
				text: "Responding to the report, " + s.subj + " said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "wn/name, speaking on a day, said",
				text: subj + ", speaking on Monday, said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
		)
	}
	for _, b := range j3Bodies {
		rows = append(rows,
			auditRow{class: "poll/according to a dated poll of the body",
				text: "According to a 2019 " + strings.TrimPrefix(b.subj, "the ") + " poll, most voters opposed the plan.",
				want: []quote{{b.name, auI, "most voters opposed the plan"}}},
			auditRow{class: "poll/according to a dated survey by the body",
				text: "According to a 2019 survey by " + b.subj + ", most voters opposed the plan.",
				want: []quote{{b.name, auI, "most voters opposed the plan"}}},
		)
	}
	rows = append(rows,
		// Written with the "confirmed with" fix: a manner after "with"
		// leaves the subject the speaker.
		auditRow{class: "near6/confirmed with regret that",
			text: "The Tessaly Rail Union confirmed with regret that " + c1 + ".",
			want: []quote{{"Tessaly Rail Union", auI, c1}}},
		auditRow{class: "near6/confirmed with high certainty that",
			text: "Edda Quayle confirmed with high certainty that " + c1 + ".",
			want: []quote{{"Edda Quayle", auI, c1}}},
		auditRow{class: "wn/a paper cited an unnamed source that",
			text: "The Kestrel Herald cited a security source that " + c1 + ".",
			want: []quote{{"", auI, c1}}, known: "cited-that: \"X cited a source that ...\" finds nothing: \"cite\" is no cue and \"that\" after a noun reads as a relative pronoun"},
	)
	for _, text := range []string{
		"Wikinews confirmed the date with the Tessaly Rail Union.",
		"When asked about the delay, the driver shrugged.",
		"The Kestrel Herald cited the report in its editorial.",
	} {
		rows = append(rows, auditRow{class: "near6/" + text, text: text, exact: true})
	}
	return rows
}

// j3Rows7: the seventh batch, reported clauses that open in ways a plain
// subject does not (a comma aside after "that", a conditional, a
// quantity word, a wh-clause, a possessive day), and the hedged cues
// ("reportedly said", "was quoted as saying", "is reported to have said").
func j3Rows7() []auditRow {
	var rows []auditRow
	clauses := []struct{ frame, clause string }{
		{"that aside", "that, in her view, the dam was safe"},
		{"conditional", "if the rain continued, the dam could fail"},
		{"that conditional", "that if the rain continued, the dam could fail"},
		{"existential", "there were no plans to close the port"},
		{"none of", "none of the crew had been hurt"},
		{"only", "only two of the pumps still worked"},
		{"wh-clause subject", "what happened on the quay was a tragedy"},
		{"possessive day", "Monday's vote had been rigged"},
		{"as of", "that, as of Monday, forty homes had been evacuated"},
		{"too early", "it was too early to say whether the dam would hold"},
		{"however", "however that the port would reopen"},
		{"relative inside", "the death toll, which stood at twelve, could rise"},
	}
	for i, c := range clauses {
		s := j3Casts2[i%len(j3Casts2)]
		want := strings.TrimPrefix(strings.TrimPrefix(c.clause, "however "), "that ")
		want = strings.TrimPrefix(want, ", ")
		text := j3Cap(s.subj) + " said " + c.clause + "."
		if c.frame == "however" {
			text = j3Cap(s.subj) + " said, however, that the port would reopen."
			want = "the port would reopen"
		}
		rows = append(rows, auditRow{class: "open/" + c.frame, text: text, want: []quote{{s.name, auI, want}}})
	}
	c1 := "the night trains would stop running in May"
	for _, s := range j3Casts2 {
		subj := j3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "hedge/reportedly said",
				text: subj + " reportedly said " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "hedge/was quoted as saying",
				text: subj + " was quoted as saying " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "hedge/is reported to have said",
				text: subj + " is reported to have said that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "hedge/said, according to the paper, that",
				text: subj + " said, according to the Kestrel Herald, that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
			auditRow{class: "hedge/is understood to have told",
				text: subj + " is understood to have told the board that " + c1 + ".",
				want: []quote{{s.name, auI, c1}}},
		)
	}
	for _, text := range []string{
		"Edda Quayle was said to be furious about the vote.",
		"Anton Drees is reported to be in good health.",
		"The Tessaly Rail Union is understood to have paid the fine.",
	} {
		rows = append(rows, auditRow{class: "near7/" + text, text: text, exact: true})
	}
	return rows
}

// j3Rows8: the eighth batch, the forms a reported clause's speaker takes
// when a person speaks for a body: the body's name or a role first, the
// person's name in apposition or after, a title and surname later.
func j3Rows8() []auditRow {
	var rows []auditRow
	c1 := "the night trains would stop running in May"
	people := []string{"Tomas Grell", "Ilse Markovan", "Pim Ostrava"}
	for i, b := range j3Bodies {
		p := people[i]
		bare := strings.TrimPrefix(b.subj, "the ")
		surname := p[strings.LastIndex(p, " ")+1:]
		rows = append(rows,
			auditRow{class: "voice/body spokesperson Name said",
				text: j3Cap(bare) + " spokesperson " + p + " said " + c1 + ".",
				want: []quote{{p, auI, c1}}},
			auditRow{class: "voice/a spokesperson for body, Name, said",
				text: "A spokesperson for " + b.subj + ", " + p + ", said " + c1 + ".",
				want: []quote{{p, auI, c1}}},
			auditRow{class: "voice/Name, a spokesperson for body, said",
				text: p + ", a spokesperson for " + b.subj + ", said " + c1 + ".",
				want: []quote{{p, auI, c1}}},
			auditRow{class: "voice/officials from body said",
				text: "Officials from " + b.subj + " said " + c1 + ".",
				want: []quote{{b.name, auI, c1}}},
			auditRow{class: "voice/body's chief executive, Name, said",
				text: j3Cap(b.subj) + "'s chief executive, " + p + ", said " + c1 + ".",
				want: []quote{{p, auI, c1}}},
			auditRow{class: "voice/body director Name said",
				text: j3Cap(bare) + " director " + p + " said " + c1 + ".",
				want: []quote{{p, auI, c1}}},
			auditRow{class: "voice/speaking for body, Name said",
				text: "Speaking for " + b.subj + ", " + p + " said " + c1 + ".",
				want: []quote{{p, auI, c1}}},
			auditRow{class: "voice/Name, who heads body, said",
				text: p + ", who heads " + b.subj + ", said " + c1 + ".",
				want: []quote{{p, auI, c1}}},
			auditRow{class: "voice/Title Surname later",
				text: "Police director " + p + " spoke on Monday.\n\nDirector " + surname + " said " + c1 + ".",
				want: []quote{{p, auI, c1}}},
			auditRow{class: "voice/Name's lawyer, Name2, said",
				text: p + " was charged on Monday. " + surname + "'s lawyer, Marta Vell, said " + c1 + ".",
				want: []quote{{"Marta Vell", auI, c1}}},
		)
	}
	return rows
}
