package extract_test

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The session 12 audit of THE BREADTH OF REPORTING CUES: a lexicon of the
// verbs and nominal cues that report speech in news writing (gathered
// from the verbs of published attribution lexicons and from reading wire
// copy, not from the gold sets), each crossed with the sentence frames
// news uses, plus near misses where the same verb reports nothing (a noun
// object, a sense that is not speech). The audit class is the frame; the
// row name gives the verb, so a verb failing in every frame is a lexicon
// gap and a frame failing for many verbs is a frame gap. Every person,
// body and clause is invented; names, bodies and clauses rotate so no
// row leans on one name.
//
// Frames:
//   that      Name, a ROLE at BODY, VERB that CLAUSE.
//   qfirst    “QUOTE,” Name VERB.
//   inverted  “QUOTE,” VERB Name, a ROLE at BODY.
//   colon     Name VERB: “QUOTE.”
//   cuelast   CLAUSE, Name VERB.
//   ontues    Name VERB on Tuesday that CLAUSE.
//   tense     Name VERBS that CLAUSE. / Name has VERBED that CLAUSE.
//   nominal   according to, in the words of, quoted as saying, the
//             report/study/survey found, said in a statement, ...
//   nearmiss  the verb with a noun object or in a sense that is not speech
//
// FIRST PASS (engine at bdfac3c, before any change; the whole table run
// once as written, 538 rows):
//   colon     54/54    cuelast  50/53    inverted 55/65    nearmiss 44/46
//   nominal   28/30    ontues   53/56    qfirst   70/89    tense    46/46
//   that      90/99    ALL 490/538 (0.91)
// By verb, the failures were three kinds. Verbs the lexicon lacked
// (reaffirmed, specified, surmised, divulged, relayed, grumbled,
// ventured, wagered, bemoaned; beside a quotation only: volunteered,
// concurred, echoed, muttered, rebutted, enthused, demurred, weighed in,
// summed up): 18 verbs, 40 rows. Verbs known only with their "that"
// (confessed, confided, protested, swore) dropped the quotation just
// before them: 6 rows. Two nominal frames (a passive "it was confirmed
// by X that", "court papers filed by X allege") and two near misses (a
// noun object whose modifier reads as a verb: "posted a photo of the
// flooded harbour", "acknowledged the crowd as she left the stage").
//
// FIRST PASS over all fifteen batches, each run once as written before
// its fix (the batch comments below give each): 1036/1330 (0.78); by
// batch: 1 490/538, 2 240/248, 3 (nouns for words said) 31/85, 4 (with,
// after-gerund, hearer) 112/168, passive 0/10, 5 (object clauses) 8/14,
// 6 (to-hearer, aspect, dashes) 71/81, 7 (relatives) 16/20, 8 (perceived
// speech) 9/17, 9 (a document's "that") 4/12, 10 (rarer verbs) 25/59, 11
// ("of" the topic) 6/21, 12 (about/on) 11/13, 13 3/9, 14 (gestures,
// tabloid cues) 6/21, 15 ("was quick to note") 4/14.
// FINAL: 1360/1373 (0.99) with the near misses written beside the fixes;
// 13 known failures, each with its mechanism (run -audit12verbs.known).

var audit12VerbsKnown = flag.Bool("audit12verbs.known", false, "TestAuditS12Verbs runs its known failures too, to see which a change fixed")

func TestAuditS12Verbs(t *testing.T) {
	runAudit(t, "verbs12", vb12VerbRows(), *audit12VerbsKnown)
}

// Mechanisms of the known failures, named once so the audit groups them.
const (
	vb12SpecifyLeft = "specify-left: \"specified that\" is no cue: as one it cost Realnews validation attribution 0.876 -> 0.872"
	vb12RelativeGap = "relative-gap: \"X's complaint that residents filed in March\": a relative clause missing its object is read as what was said"
	vb12RelTime     = "rel-time: \"The tram, which X said in May was late\": a time phrase between the cue and the relative's gapped clause is not stepped over"
	vb12SubjectRel  = "subject-rel: a relative clause inside the sentence's subject (\"A report that said ... was ignored\", \"The report that X said was flawed has been withdrawn\"): the reported clause would run on into the main verb, so a document's \"that\" there is left alone, and the gapped clause takes the main verb with it"
	vb12Certified   = "certified: \"certified that\" is no cue: \"says certified personal trainer X\" makes it a role's adjective, and as a cue it cost Pages dev-h recall 0.891 -> 0.882"
	vb12Worried     = "worried: \"worried that\" reports a feeling, not words; left out by design"
	vb12Stranger    = "stranger: \"“...,” the man could be heard saying\" after one named person: the perceived-speech cue takes only a name or a pronoun (a description cost Pages dev-b attribution 0.958 -> 0.951), and the quotation left without a cue goes to the one person named by the standalone-quotation ranker"
	vb12BaseForm    = "base-form: \"would later boast (promise) that\": the base forms of verbs whose base is also a noun are left out of the lexicon on purpose (\"a promise\", \"a boast\"; cueVerb)"
	vb12ObjectNoun  = "object-noun: \"noted the increased cost of the tram\": a participle after an article, then a noun that is also a verb (cost, plans), reads as a clause; skipping the noun after such a participle cost Realnews heldout recall 0.869 -> 0.864"
)

// vb12Known gives the mechanism of each row the engine still fails, by
// the row's class.
var vb12Known = map[string]string{
	"that/specified": vb12SpecifyLeft, "ontues/specified": vb12SpecifyLeft,
	"relative7/which X said in May was late, a time phrase after the cue": vb12RelTime,
	"docrel9/a report that said, the sentence's subject":                  vb12SubjectRel,
	"docrel9/the report that the council said was flawed, in the subject": vb12SubjectRel,
	"rare10/that certified":                            vb12Certified,
	"rare10/that worried":                              vb12Worried,
	"aspect6/would later boast":                        vb12BaseForm,
	"aspect6/would later promise":                      vb12BaseForm,
	"objclause5/noted the increased cost, near miss":   vb12ObjectNoun,
	"objclause5/revealed the updated plans, near miss": vb12ObjectNoun,
}

// vb12Cue is one reporting verb and the frames it is natural in.
type vb12Cue struct {
	past   string // "said"; the participle too unless perf is set
	pres   string // "says"; "" leaves the tense frame out
	perf   string // the participle when it differs: "written"
	recv   string // a hearer or channel the verb wants: "reporters"
	frames string // letters: T that, Q qfirst, I inverted, C colon, L cuelast, O ontues, S tense
}

// vb12Cues lists the verbs. Letters are given only for the frames where
// the verb reads naturally in news copy.
var vb12Cues = []vb12Cue{
	{past: "said", pres: "says", frames: "TQICLOS"},
	{past: "told", pres: "tells", recv: "reporters", frames: "TQCLOS"},
	{past: "added", pres: "adds", frames: "TQICLO"},
	{past: "argued", pres: "argues", frames: "TQICLOS"},
	{past: "acknowledged", pres: "acknowledges", frames: "TQICLOS"},
	{past: "admitted", pres: "admits", frames: "TQICLOS"},
	{past: "maintained", pres: "maintains", frames: "TQICLOS"},
	{past: "insisted", pres: "insists", frames: "TQICLOS"},
	{past: "conceded", pres: "concedes", frames: "TQICLO"},
	{past: "noted", pres: "notes", frames: "TQICLOS"},
	{past: "explained", pres: "explains", frames: "TQICLOS"},
	{past: "predicted", pres: "predicts", frames: "TQICLOS"},
	{past: "cautioned", pres: "cautions", frames: "TQICLO"},
	{past: "recalled", pres: "recalls", frames: "TQICLO"},
	{past: "warned", pres: "warns", frames: "TQICLOS"},
	{past: "urged", frames: "QIC"},
	{past: "claimed", pres: "claims", frames: "TQICLOS"},
	{past: "alleged", pres: "alleges", frames: "TQICLO"},
	{past: "asserted", pres: "asserts", frames: "TQICLO"},
	{past: "contended", pres: "contends", frames: "TQICLO"},
	{past: "countered", frames: "TQICLO"},
	{past: "confirmed", pres: "confirms", frames: "TQICLOS"},
	{past: "denied", pres: "denies", frames: "TOS"},
	{past: "disclosed", frames: "TLO"},
	{past: "revealed", pres: "reveals", frames: "TCLO"},
	{past: "announced", pres: "announces", frames: "TQICLOS"},
	{past: "declared", frames: "TQICLO"},
	{past: "stressed", pres: "stresses", frames: "TQICLOS"},
	{past: "emphasised", frames: "TQICLO"},
	{past: "emphasized", frames: "TQICL"},
	{past: "suggested", pres: "suggests", frames: "TQICLOS"},
	{past: "proposed", frames: "TQ"},
	{past: "estimated", pres: "estimates", frames: "TLOS"},
	{past: "reckoned", pres: "reckons", frames: "TQLS"},
	{past: "complained", frames: "TQICLO"},
	{past: "lamented", frames: "TQICLO"},
	{past: "replied", frames: "TQICL"},
	{past: "responded", frames: "TQICL"},
	{past: "wrote", pres: "writes", perf: "written", frames: "TQICLOS"},
	{past: "tweeted", frames: "TQICLO"},
	{past: "posted", recv: "on social media", frames: "TQCO"},
	{past: "testified", frames: "TQICLO"},
	{past: "pledged", frames: "TQCO"},
	{past: "vowed", frames: "TQICLO"},
	{past: "promised", pres: "promises", frames: "TQICLOS"},
	{past: "boasted", frames: "TQICLO"},
	{past: "speculated", frames: "TQICLO"},
	{past: "observed", frames: "TQICLO"},
	{past: "remarked", frames: "TQICLO"},
	{past: "reiterated", frames: "TQICLO"},
	{past: "pointed out", pres: "points out", frames: "TQICLOS"},
	{past: "made clear", frames: "TLO"},
	{past: "made it clear", frames: "TO"},
	{past: "went on to say", frames: "TC"},
	{past: "reaffirmed", frames: "TQICLO"},
	{past: "specified", frames: "TO"},
	{past: "surmised", frames: "TQICL"},
	{past: "volunteered", frames: "QI"},
	{past: "concurred", frames: "QI"},
	{past: "echoed", frames: "QI"},
	{past: "divulged", frames: "TO"},
	{past: "bemoaned", frames: "TQ"},
	{past: "grumbled", frames: "TQIL"},
	{past: "muttered", frames: "QI"},
	{past: "ventured", frames: "TQI"},
	{past: "wagered", frames: "TQ"},
	{past: "rebutted", frames: "Q"},
	{past: "relayed", frames: "T"},
	{past: "weighed in", frames: "QC"},
	{past: "summed up", frames: "Q"},
	{past: "hinted", frames: "TO"},
	{past: "signalled", frames: "TO"},
	{past: "indicated", frames: "TO"},
	{past: "implied", frames: "T"},
	{past: "confided", frames: "TQ"},
	{past: "protested", frames: "TQ"},
	{past: "swore", perf: "sworn", frames: "TQ"},
	{past: "confessed", frames: "TQI"},
	{past: "assured", recv: "residents", frames: "TQC"},
	{past: "reminded", recv: "members", frames: "TQ"},
	{past: "informed", recv: "the committee", frames: "TO"},
	{past: "advised", recv: "travellers", frames: "TQ"},
	{past: "notified", recv: "staff", frames: "T"},
	{past: "briefed", recv: "lawmakers", frames: "T"},
	{past: "agreed", frames: "TQ"},
	{past: "objected", frames: "TQ"},
	{past: "answered", frames: "TQI"},
	{past: "retorted", frames: "TQI"},
	{past: "quipped", frames: "QI"},
	{past: "joked", frames: "TQI"},
	{past: "mused", frames: "QI"},
	{past: "opined", frames: "TQI"},
	{past: "theorised", frames: "TQ"},
	{past: "hypothesised", frames: "T"},
	{past: "posited", frames: "T"},
	{past: "forecast", frames: "TLO"},
	{past: "projected", frames: "T"},
	{past: "calculated", frames: "T"},
	{past: "elaborated", frames: "QI"},
	{past: "exclaimed", frames: "QI"},
	{past: "affirmed", frames: "TQ"},
	{past: "averred", frames: "T"},
	{past: "clarified", frames: "TQ"},
	{past: "commented", frames: "TQIC"},
	{past: "stated", pres: "states", frames: "TQICLOS"},
	{past: "concluded", frames: "TQICL"},
	{past: "recounted", frames: "TQ"},
	{past: "reported", frames: "TQ"},
	{past: "underlined", frames: "T"},
	{past: "underscored", frames: "T"},
	{past: "highlighted", frames: "T"},
	{past: "enthused", frames: "QI"},
	{past: "demurred", frames: "Q"},
	{past: "interjected", frames: "QI"},
	{past: "shouted", frames: "QI"},
}

// The rotating material of the frames.
var (
	vb12Names = []string{
		"Maren Holloway", "Dafydd Pryce", "Ines Caldor", "Tobias Wrenfield", "Yusra Benali",
		"Corin Maddox", "Aleksy Dorn", "Priya Venkat", "Ottilie Brask", "Samuel Okonjo",
		"Greta Lindqvist", "Hamish Torr", "Leontyne Moss", "Rafael Quiroga", "Hedda Strand",
		"Kofi Mensah-Bright", "Nadia Orlov", "Bertrand Calloway", "Sunniva Haug", "Idris Kahn",
		"Marguerite Feld", "Thane Ashworth", "Lucía Ferrand", "Osian Bevan",
	}
	vb12Roles = []string{
		"an economist at the Harwell Institute", "a spokeswoman for the Tarvik Port Authority",
		"a director at Corvel Rail", "a professor at the University of Brennick",
		"a councillor in Ostmark", "a lawyer for the Valmont Growers Union",
		"an analyst at Quarrow Capital", "the chief executive of Lindell Water",
		"a senior official at the Ministry of Coastal Affairs", "a researcher at the Orvel Ocean Institute",
		"the head of the Brask Nurses Association", "a trustee of the Kestrel Bay Museum",
	}
	// Clauses in the tense of reported speech, lower case: a cue-last
	// frame gives them a capital.
	vb12Clauses = []string{
		"the ferry service would resume in May",
		"the new reservoir was already half full",
		"prices had risen faster than wages for three years",
		"the bridge could close for repairs next winter",
		"most of the missing files had been recovered",
		"the school would take in 200 more pupils",
		"the council had underestimated the cost of the tram",
		"exports of barley fell by a tenth last year",
		"the hospital needed at least 40 more nurses",
		"the strike had cost the port millions",
		"the harbour wall was in no danger of collapse",
		"the museum would open its new wing in the spring",
		"the drought had cut the olive harvest by half",
		"the airport's second runway was not needed",
	}
	vb12Quotes = []string{
		"We have never seen a season like this one",
		"Nobody in this town should have to wait a year for a doctor",
		"The numbers simply do not add up",
		"This is the best chance we have had in a decade",
		"We will keep the line open as long as people use it",
		"I think the worst is behind us",
		"There is no plan B, and everyone knows it",
		"Our members are tired of being ignored",
		"It was a mistake, and we have said so",
		"The river does not care about our budgets",
		"We owe these families an answer",
		"Nothing about this was inevitable",
	}
)

// vb12Pick rotates through a list.
func vb12Pick(list []string, i int) string { return list[i%len(list)] }

// vb12VerbCapital gives a clause a capital letter to open a sentence.
func vb12VerbCapital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// vb12VerbRows crosses every cue with its frames, then adds the nominal
// cues and the near misses.
func vb12VerbRows() []auditRow {
	var rows []auditRow
	n := 0
	add := func(frame, verb, text string, want []quote, speakers []string) {
		rows = append(rows, auditRow{class: frame + "/" + verb, text: text, want: want, speakers: speakers, exact: true})
		n++
	}
	for _, c := range vb12Cues {
		recv := ""
		if c.recv != "" {
			recv = " " + c.recv
		}
		perf := c.past
		if c.perf != "" {
			perf = c.perf
		}
		for _, f := range c.frames {
			name, role := vb12Pick(vb12Names, n), vb12Pick(vb12Roles, n)
			clause, q := vb12Pick(vb12Clauses, n), vb12Pick(vb12Quotes, n)
			who := []string{name}
			switch f {
			case 'T':
				add("that", c.past, fmt.Sprintf("%s, %s, %s%s that %s.", name, role, c.past, recv, clause),
					[]quote{{name, auI, clause}}, who)
			case 'Q':
				add("qfirst", c.past, fmt.Sprintf("“%s,” %s %s%s.", q, name, c.past, recv),
					[]quote{{name, auD, q}}, who)
			case 'I':
				add("inverted", c.past, fmt.Sprintf("“%s,” %s %s, %s.", q, c.past, name, role),
					[]quote{{name, auD, q}}, who)
			case 'C':
				add("colon", c.past, fmt.Sprintf("%s %s%s: “%s.”", name, c.past, recv, q),
					[]quote{{name, auD, q + "."}}, who)
			case 'L':
				add("cuelast", c.past, fmt.Sprintf("%s, %s %s%s.", vb12VerbCapital(clause), name, c.past, recv),
					[]quote{{name, auI, clause}}, who)
			case 'O':
				add("ontues", c.past, fmt.Sprintf("%s %s%s on Tuesday that %s.", name, c.past, recv, clause),
					[]quote{{name, auI, clause}}, who)
			case 'S':
				add("tense", c.pres, fmt.Sprintf("%s %s%s that %s.", name, c.pres, recv, clause),
					[]quote{{name, auI, clause}}, who)
				name, clause = vb12Pick(vb12Names, n), vb12Pick(vb12Clauses, n)
				add("tense", "has "+perf, fmt.Sprintf("%s has %s%s that %s.", name, perf, recv, clause),
					[]quote{{name, auI, clause}}, []string{name})
			}
		}
	}
	rows = append(rows, vb12Nominal...)
	for _, r := range slices.Concat(vb12NearMiss, vb12ThatQuoteNear) {
		r.exact, r.speakers = true, []string{}
		rows = append(rows, r)
	}
	rows = append(rows, vb12VerbRows2()...)
	rows = append(rows, vb12NounRows()...)
	rows = append(rows, vb12VerbRows4()...)
	for _, r := range vb12Batch4Near {
		r.exact = true
		rows = append(rows, r)
	}
	for _, r := range vb12NounNear {
		r.exact, r.speakers = true, []string{}
		rows = append(rows, r)
	}
	rows = append(rows, vb12VerbRows6()...)
	rows = append(rows, vb12RelativeRows()...)
	rows = append(rows, vb12PerceivedRows()...)
	rows = append(rows, vb12RareRows()...)
	rows = append(rows, vb12OfTopicRows()...)
	rows = append(rows, vb12AboutRows()...)
	rows = append(rows, vb12OfTopic2Rows()...)
	rows = append(rows, vb12GestureRows()...)
	rows = append(rows, vb12EagerRows()...)
	for _, r := range vb12DocRelative {
		r.exact = true
		if r.speakers == nil {
			r.speakers = []string{}
		}
		rows = append(rows, r)
	}
	for _, r := range vb12Batch6Near {
		r.exact = true
		rows = append(rows, r)
	}
	for _, r := range vb12ObjClause {
		r.exact = true
		if r.want == nil {
			r.speakers = []string{}
		}
		rows = append(rows, r)
	}
	for i := range rows {
		if k, ok := vb12Known[rows[i].class]; ok && rows[i].known == "" {
			rows[i].known = k
		}
	}
	return rows
}

// The nominal, passive and framed cues: a source named by a preposition,
// a report that finds, speech set in a statement, an interview or a post.
var vb12Nominal = []auditRow{
	{class: "nominal/according to a person, cue last", exact: true,
		text:     "The ferry service will resume in May, according to Maren Holloway, an economist at the Harwell Institute.",
		want:     []quote{{"Maren Holloway", auI, "The ferry service will resume in May"}},
		speakers: []string{"Maren Holloway"}},
	{class: "nominal/according to a person, opening", exact: true,
		text:     "According to Dafydd Pryce, a director at Corvel Rail, the bridge could close for repairs next winter.",
		want:     []quote{{"Dafydd Pryce", auI, "the bridge could close for repairs next winter"}},
		speakers: []string{"Dafydd Pryce"}},
	{class: "nominal/according to a statement from a body", exact: true,
		text:     "According to a statement from the Tarvik Port Authority, the harbour wall is in no danger of collapse.",
		want:     []quote{{"Tarvik Port Authority", auI, "the harbour wall is in no danger of collapse"}},
		speakers: []string{"Tarvik Port Authority"}},
	{class: "nominal/in the words of, full name", exact: true,
		text:     "In the words of Ines Caldor, a trustee of the Kestrel Bay Museum, “nothing about this was inevitable.”",
		want:     []quote{{"Ines Caldor", auD, "nothing about this was inevitable."}},
		speakers: []string{"Ines Caldor"}},
	{class: "nominal/was quoted as saying", exact: true,
		text:     "Tobias Wrenfield was quoted as saying that the school would take in 200 more pupils.",
		want:     []quote{{"Tobias Wrenfield", auI, "the school would take in 200 more pupils"}},
		speakers: []string{"Tobias Wrenfield"}},
	{class: "nominal/an outlet quoted X as saying", exact: true,
		text:     "The Brennick Gazette quoted Yusra Benali as saying that the strike had cost the port millions.",
		want:     []quote{{"Yusra Benali", auI, "the strike had cost the port millions"}},
		speakers: []string{"Yusra Benali"}},
	{class: "nominal/a report by a body found", exact: true,
		text:     "A report by the Harwell Institute found that prices had risen faster than wages for three years.",
		want:     []quote{{"Harwell Institute", auI, "prices had risen faster than wages for three years"}},
		speakers: []string{"Harwell Institute"}},
	{class: "nominal/a study by a body concluded", exact: true,
		text:     "A study by the Orvel Ocean Institute concluded that the drought had cut the olive harvest by half.",
		want:     []quote{{"Orvel Ocean Institute", auI, "the drought had cut the olive harvest by half"}},
		speakers: []string{"Orvel Ocean Institute"}},
	{class: "nominal/a survey by a body showed", exact: true,
		text:     "A survey by the Brask Nurses Association showed that the hospital needed at least 40 more nurses.",
		want:     []quote{{"Brask Nurses Association", auI, "the hospital needed at least 40 more nurses"}},
		speakers: []string{"Brask Nurses Association"}},
	{class: "nominal/the report, published by a body, concluded", exact: true,
		text:     "The report, published by the Valmont Growers Union on Monday, concluded that exports of barley fell by a tenth last year.",
		want:     []quote{{"Valmont Growers Union", auI, "exports of barley fell by a tenth last year"}},
		speakers: []string{"Valmont Growers Union"}},
	{class: "nominal/the study found, no body", exact: true,
		text:     "The study found that the drought had cut the olive harvest by half.",
		want:     []quote{{"", auI, "the drought had cut the olive harvest by half"}},
		speakers: []string{}},
	{class: "nominal/the survey suggests, no body", exact: true,
		text:     "The survey suggests that most of the missing files had been recovered.",
		want:     []quote{{"", auI, "most of the missing files had been recovered"}},
		speakers: []string{}},
	{class: "nominal/data from a body showed", exact: true,
		text:     "Data from the Brennick Statistics Office showed that exports of barley fell by a tenth last year.",
		want:     []quote{{"Brennick Statistics Office", auI, "exports of barley fell by a tenth last year"}},
		speakers: []string{"Brennick Statistics Office"}},
	{class: "nominal/the body said in a statement that", exact: true,
		text:     "The Ministry of Coastal Affairs said in a statement that the harbour wall was in no danger of collapse.",
		want:     []quote{{"Ministry of Coastal Affairs", auI, "the harbour wall was in no danger of collapse"}},
		speakers: []string{"Ministry of Coastal Affairs"}},
	{class: "nominal/in a statement, the body said", exact: true,
		text:     "In a statement, Lindell Water said the new reservoir was already half full.",
		want:     []quote{{"Lindell Water", auI, "the new reservoir was already half full"}},
		speakers: []string{"Lindell Water"}},
	{class: "nominal/speaking to reporters, X said", exact: true,
		text:     "Speaking to reporters in Ostmark, Corin Maddox said the museum would open its new wing in the spring.",
		want:     []quote{{"Corin Maddox", auI, "the museum would open its new wing in the spring"}},
		speakers: []string{"Corin Maddox"}},
	{class: "nominal/told an outlet in an interview that", exact: true,
		text:     "Aleksy Dorn told the Brennick Gazette in an interview that the council had underestimated the cost of the tram.",
		want:     []quote{{"Aleksy Dorn", auI, "the council had underestimated the cost of the tram"}},
		speakers: []string{"Aleksy Dorn"}},
	{class: "nominal/in a letter, X wrote that", exact: true,
		text:     "In a letter to members, Priya Venkat wrote that the strike had cost the port millions.",
		want:     []quote{{"Priya Venkat", auI, "the strike had cost the port millions"}},
		speakers: []string{"Priya Venkat"}},
	{class: "nominal/in a post, X wrote, colon", exact: true,
		text:     "In a post on social media, Ottilie Brask wrote: “We owe these families an answer.”",
		want:     []quote{{"Ottilie Brask", auD, "We owe these families an answer."}},
		speakers: []string{"Ottilie Brask"}},
	{class: "nominal/asked about, X said", exact: true,
		text:     "Asked about the delay, Samuel Okonjo said the ferry service would resume in May.",
		want:     []quote{{"Samuel Okonjo", auI, "the ferry service would resume in May"}},
		speakers: []string{"Samuel Okonjo"}},
	{class: "nominal/in an interview with, X said", exact: true,
		text:     "Hamish Torr, in an interview with the Brennick Gazette, said the bridge could close for repairs next winter.",
		want:     []quote{{"Hamish Torr", auI, "the bridge could close for repairs next winter"}},
		speakers: []string{"Hamish Torr"}},
	{class: "nominal/is reported to have said", exact: true,
		text:     "Rafael Quiroga is reported to have said that most of the missing files had been recovered.",
		want:     []quote{{"Rafael Quiroga", auI, "most of the missing files had been recovered"}},
		speakers: []string{"Rafael Quiroga"}},
	{class: "nominal/put it bluntly, colon", exact: true,
		text:     "Kofi Mensah-Bright put it bluntly: “There is no plan B, and everyone knows it.”",
		want:     []quote{{"Kofi Mensah-Bright", auD, "There is no plan B, and everyone knows it."}},
		speakers: []string{"Kofi Mensah-Bright"}},
	{class: "nominal/as X put it", exact: true,
		text:     "As Nadia Orlov put it, “the river does not care about our budgets.”",
		want:     []quote{{"Nadia Orlov", auD, "the river does not care about our budgets."}},
		speakers: []string{"Nadia Orlov"}},
	{class: "nominal/it was confirmed by a body that", exact: true,
		text:     "It was confirmed by the Tarvik Port Authority that the ferry service would resume in May.",
		want:     []quote{{"Tarvik Port Authority", auI, "the ferry service would resume in May"}},
		speakers: []string{"Tarvik Port Authority"}},
	{class: "nominal/a body announced on its website, cue last", exact: true,
		text:     "The ferry service will resume in May, the Tarvik Port Authority announced on its website.",
		want:     []quote{{"Tarvik Port Authority", auI, "The ferry service will resume in May"}},
		speakers: []string{"Tarvik Port Authority"}},
	{class: "nominal/said she believed", exact: true,
		text:     "Lucía Ferrand said she believed the museum would open its new wing in the spring.",
		want:     []quote{{"Lucía Ferrand", auI, "she believed the museum would open its new wing in the spring"}},
		speakers: []string{"Lucía Ferrand"}},
	{class: "nominal/in a speech, X said, then quote", exact: true,
		text:     "In a speech to the chamber on Monday, Osian Bevan said: “We will keep the line open as long as people use it.”",
		want:     []quote{{"Osian Bevan", auD, "We will keep the line open as long as people use it."}},
		speakers: []string{"Osian Bevan"}},
	{class: "nominal/said in a radio interview, quote first", exact: true,
		text:     "“I think the worst is behind us,” Thane Ashworth said in an interview with Radio Ostmark on Sunday.",
		want:     []quote{{"Thane Ashworth", auD, "I think the worst is behind us"}},
		speakers: []string{"Thane Ashworth"}},
	{class: "nominal/court papers allege, body", exact: true,
		text:     "Court papers filed by the Valmont Growers Union allege that the council had underestimated the cost of the tram.",
		want:     []quote{{"Valmont Growers Union", auI, "the council had underestimated the cost of the tram"}},
		speakers: []string{"Valmont Growers Union"}},
	{class: "nominal/court filings allege, no filer (added with the fix)", exact: true,
		text:     "Court filings allege that the council had underestimated the cost of the tram.",
		want:     []quote{{"", auI, "the council had underestimated the cost of the tram"}},
		speakers: []string{}},
	{class: "nominal/emails seen by an outlet show (added with the fix)", exact: true,
		text:     "Emails seen by the Brennick Gazette show that the council had underestimated the cost of the tram.",
		want:     []quote{{"", auI, "the council had underestimated the cost of the tram"}},
		speakers: []string{}},
}

// The near misses: a reporting verb with a noun object only, or in a
// sense that is not speech. None reports anything.
var vb12NearMiss = []auditRow{
	{class: "nearmiss/denied the charges", text: "Maren Holloway, a director at Corvel Rail, denied the charges on Monday."},
	{class: "nearmiss/announced a budget", text: "The Ministry of Coastal Affairs announced a budget of $40 million for the harbour."},
	{class: "nearmiss/noted the date", text: "Dafydd Pryce noted the date of the hearing in his diary."},
	{class: "nearmiss/the figures showed a fall", text: "The figures showed a fall in barley exports for a third month."},
	{class: "nearmiss/stressed the engine", text: "Ines Caldor stressed the engine on the climb out of Ostmark."},
	{class: "nearmiss/admitted to hospital", text: "Tobias Wrenfield was admitted to hospital on Friday with a broken leg."},
	{class: "nearmiss/confirmed her attendance", text: "Yusra Benali confirmed her attendance at the gala."},
	{class: "nearmiss/revealed a new logo", text: "Quarrow Capital revealed a new logo on Monday."},
	{class: "nearmiss/declared bankruptcy", text: "Lindell Water declared bankruptcy in 2019."},
	{class: "nearmiss/maintained the garden", text: "Corin Maddox maintained the museum garden for 20 years."},
	{class: "nearmiss/observed a minute's silence", text: "Players observed a minute's silence before the match in Brennick."},
	{class: "nearmiss/recalled cars", text: "Corvel Motors recalled 4,000 cars over a faulty brake."},
	{class: "nearmiss/recalled the ambassador", text: "The government of Ostmark recalled its ambassador from Tarvik on Sunday."},
	{class: "nearmiss/posted a photo", text: "Aleksy Dorn posted a photo of the flooded harbour."},
	{class: "nearmiss/wrote a novel", text: "Priya Venkat wrote a novel about the strike of 1984."},
	{class: "nearmiss/promised a review", text: "Ottilie Brask promised a review of the tram contract."},
	{class: "nearmiss/pledged money", text: "Samuel Okonjo pledged $2 million to the Brask children's hospital."},
	{class: "nearmiss/claimed the title", text: "Greta Lindqvist claimed the title in Lisbon on Saturday."},
	{class: "nearmiss/proposed a toast", text: "Hamish Torr proposed a toast to the retiring captain."},
	{class: "nearmiss/answered the door", text: "Leontyne Moss answered the door in her dressing gown."},
	{class: "nearmiss/added salt", text: "Rafael Quiroga added salt and a little lemon to the soup."},
	{class: "nearmiss/argued with the referee", text: "Hedda Strand argued with the referee after the penalty."},
	{class: "nearmiss/replied to a letter", text: "Kofi Mensah-Bright replied to the letter on Monday."},
	{class: "nearmiss/responded to a fire", text: "Firefighters from Ostmark responded to the fire within minutes."},
	{class: "nearmiss/testified for hours", text: "Nadia Orlov testified for three hours before the committee."},
	{class: "nearmiss/vowed revenge", text: "Bertrand Calloway vowed revenge after the defeat."},
	{class: "nearmiss/made clear progress", text: "Sunniva Haug made clear progress in her second season."},
	{class: "nearmiss/said goodbye", text: "Idris Kahn said goodbye to the crew at the harbour."},
	{class: "nearmiss/concluded its inquiry", text: "The Harwell Institute concluded its inquiry on Friday."},
	{class: "nearmiss/the report found its way", text: "The report found its way to the minister's desk within a week."},
	{class: "nearmiss/suggested a walk", text: "Marguerite Feld suggested a walk along the harbour wall."},
	{class: "nearmiss/told a story", text: "Thane Ashworth told a story about the flood of 1953."},
	{class: "nearmiss/warned the players", text: "The referee warned the players twice in the first half."},
	{class: "nearmiss/estimated the cost at", text: "Lucía Ferrand estimated the cost at $4 million."},
	{class: "nearmiss/predicted the weather", text: "Osian Bevan correctly predicted the winner of the race."},
	{class: "nearmiss/is said to be", text: "Maren Holloway is said to be furious about the delay."},
	{class: "nearmiss/complained to the council", text: "Dafydd Pryce complained to the council about the noise."},
	{class: "nearmiss/highlighted the problem", text: "The storm highlighted the weakness of the harbour wall."},
	{class: "nearmiss/pointed out of the window", text: "Ines Caldor pointed out of the window at the flooded square."},
	{class: "nearmiss/insisted on", text: "Tobias Wrenfield insisted on a recount."},
	{class: "nearmiss/acknowledged the crowd", text: "Yusra Benali acknowledged the crowd as she left the stage."},
	{class: "nearmiss/signalled a turn", text: "The driver signalled a turn and pulled into Tarvik Road."},
	{class: "nearmiss/reported for duty", text: "Corin Maddox reported for duty at the Ostmark barracks."},
	{class: "nearmiss/tweeted a link", text: "Priya Venkat tweeted a link to the council's budget."},
	{class: "nearmiss/agreed a deal", text: "Corvel Rail agreed a deal with the Valmont Growers Union."},
	{class: "nearmiss/reckoned with", text: "Ottilie Brask is a force to be reckoned with in the chamber."},
}

// The second batch: the same cues in the frames wire copy wraps them in,
// written after the first fixes and run once before any more. Frames:
//   participle  Name spoke to reporters ..., VERBing that CLAUSE.
//   adverb      Name later/also/previously/repeatedly/publicly VERB that CLAUSE.
//   body        The BODY VERB that CLAUSE.
//   pluperfect  Name had VERB that CLAUSE.
//   usdate      Name VERB Tuesday that CLAUSE.
//   pronoun     Name is a ROLE. She/He VERB that CLAUSE.
//
// FIRST PASS of the second batch (after the first commit's verbs, 248
// rows): adverb2 54/54, body2 46/46, participle2 43/51, pluperfect2
// 25/25, pronoun2 52/52, usdate2 20/20; ALL 240/248 (0.97). The eight
// failures were one gap: the participle of verbs whose other forms were
// known (estimating, pledging, boasting, indicating, forecasting,
// assuring, reminding, informing).

// vb12Cue2 is a cue of the second batch with its participle.
type vb12Cue2 struct {
	past, ing, recv string
	frames          string // letters: P participle, A adverb, B body, H pluperfect, U usdate, N pronoun
}

var vb12Cues2 = []vb12Cue2{
	{"said", "saying", "", "ABHUN"},
	{"told", "telling", "reporters", "PABHUN"},
	{"added", "adding", "", "PAN"},
	{"noted", "noting", "", "PABHUN"},
	{"warned", "warning", "", "PABHUN"},
	{"argued", "arguing", "", "PABHUN"},
	{"insisted", "insisting", "", "PABHUN"},
	{"claimed", "claiming", "", "PABHUN"},
	{"explained", "explaining", "", "PABN"},
	{"stressed", "stressing", "", "PABUN"},
	{"acknowledged", "acknowledging", "", "PABHUN"},
	{"admitted", "admitting", "", "PABHUN"},
	{"conceded", "conceding", "", "PABHN"},
	{"maintained", "maintaining", "", "PABHN"},
	{"predicted", "predicting", "", "PABHUN"},
	{"cautioned", "cautioning", "", "PABN"},
	{"recalled", "recalling", "", "PAN"},
	{"alleged", "alleging", "", "PABHUN"},
	{"asserted", "asserting", "", "PABN"},
	{"contended", "contending", "", "PABHN"},
	{"confirmed", "confirming", "", "PABHUN"},
	{"denied", "denying", "", "PABHUN"},
	{"disclosed", "disclosing", "", "PABUN"},
	{"revealed", "revealing", "", "PABUN"},
	{"announced", "announcing", "", "PABHUN"},
	{"declared", "declaring", "", "PABN"},
	{"emphasised", "emphasising", "", "PABN"},
	{"suggested", "suggesting", "", "PABHUN"},
	{"estimated", "estimating", "", "PABHN"},
	{"complained", "complaining", "", "PABHN"},
	{"lamented", "lamenting", "", "PABN"},
	{"wrote", "writing", "", "PAHN"},
	{"testified", "testifying", "", "AHN"},
	{"pledged", "pledging", "", "PABN"},
	{"vowed", "vowing", "", "PABHN"},
	{"promised", "promising", "", "PABHN"},
	{"boasted", "boasting", "", "PABN"},
	{"speculated", "speculating", "", "PAN"},
	{"observed", "observing", "", "PAN"},
	{"remarked", "remarking", "", "PAN"},
	{"reiterated", "reiterating", "", "PABUN"},
	{"pointed out", "pointing out", "", "PABN"},
	{"hinted", "hinting", "", "PABN"},
	{"signalled", "signalling", "", "PABN"},
	{"indicated", "indicating", "", "PABN"},
	{"reaffirmed", "reaffirming", "", "PABN"},
	{"underlined", "underlining", "", "PAB"},
	{"stated", "stating", "", "PABUN"},
	{"concluded", "concluding", "", "ABHN"},
	{"reported", "reporting", "", "PABN"},
	{"forecast", "forecasting", "", "PAB"},
	{"assured", "assuring", "residents", "PABN"},
	{"reminded", "reminding", "members", "PAN"},
	{"informed", "informing", "the committee", "PABN"},
}

// Names with the pronoun the pronoun frame refers to them by.
var vb12Gendered = []struct{ name, pron string }{
	{"Maren Holloway", "She"}, {"Dafydd Pryce", "He"}, {"Ines Caldor", "She"}, {"Tobias Wrenfield", "He"},
	{"Yusra Benali", "She"}, {"Samuel Okonjo", "He"}, {"Greta Lindqvist", "She"}, {"Hamish Torr", "He"},
	{"Leontyne Moss", "She"}, {"Rafael Quiroga", "He"}, {"Hedda Strand", "She"}, {"Idris Kahn", "He"},
}

var (
	vb12Adverbs    = []string{"later", "also", "previously", "repeatedly", "publicly"}
	vb12VerbBodies = []string{
		"Tarvik Port Authority", "Ministry of Coastal Affairs", "Harwell Institute", "Valmont Growers Union",
		"Brask Nurses Association", "Orvel Ocean Institute",
	}
	vb12PlainBodies = []string{"Corvel Rail", "Lindell Water", "Quarrow Capital"} // named without "the"
)

// vb12VerbRows2 crosses the second batch's cues with its frames.
func vb12VerbRows2() []auditRow {
	var rows []auditRow
	n := 0
	add := func(frame, verb, text string, want []quote, speakers []string) {
		rows = append(rows, auditRow{class: frame + "2/" + verb, text: text, want: want, speakers: speakers, exact: true})
		n++
	}
	for _, c := range vb12Cues2 {
		recv := ""
		if c.recv != "" {
			recv = " " + c.recv
		}
		for _, f := range c.frames {
			name, role, clause := vb12Pick(vb12Names, n+7), vb12Pick(vb12Roles, n+3), vb12Pick(vb12Clauses, n+5)
			who := []string{name}
			switch f {
			case 'P':
				add("participle", c.ing, fmt.Sprintf("%s, %s, spoke to reporters in Ostmark on Monday, %s%s that %s.", name, role, c.ing, recv, clause),
					[]quote{{name, auI, clause}}, who)
			case 'A':
				add("adverb", c.past, fmt.Sprintf("%s %s %s%s that %s.", name, vb12Pick(vb12Adverbs, n), c.past, recv, clause),
					[]quote{{name, auI, clause}}, who)
			case 'B':
				var body, subj string
				if n%3 == 2 {
					body = vb12Pick(vb12PlainBodies, n)
					subj = body
				} else {
					body = vb12Pick(vb12VerbBodies, n)
					subj = "The " + body
				}
				add("body", c.past, fmt.Sprintf("%s %s%s that %s.", subj, c.past, recv, clause),
					[]quote{{body, auI, clause}}, []string{body})
			case 'H':
				add("pluperfect", c.past, fmt.Sprintf("%s had %s%s that %s.", name, c.past, recv, clause),
					[]quote{{name, auI, clause}}, who)
			case 'U':
				add("usdate", c.past, fmt.Sprintf("%s %s%s Tuesday that %s.", name, c.past, recv, clause),
					[]quote{{name, auI, clause}}, who)
			case 'N':
				g := vb12Gendered[n%len(vb12Gendered)]
				add("pronoun", c.past, fmt.Sprintf("%s is %s.\n\n%s %s%s that %s.", g.name, role, g.pron, c.past, recv, clause),
					[]quote{{g.name, auI, clause}}, []string{g.name})
			}
		}
	}
	return rows
}

// Near misses of the quotation-before rule for verbs known with their
// "that" (confessed, swore, protested; found, ruled after a quotation):
// a title, not a quotation, before them reports nothing.
var vb12ThatQuoteNear = []auditRow{
	{class: "nearmiss3/a song's title, then swore at",
		text: "Dafydd Pryce hummed “Harbour Lights” and swore at the referee."},
	{class: "nearmiss3/a book's title found on a website",
		text: "“Reefs in Peril”, found on the museum's website, runs to 40 pages."},
	{class: "nearmiss3/a film's title, then confessed to",
		text: "Ines Caldor watched “The Last Harbour” twice and confessed to crying."},
	{class: "nearmiss3/a slogan's title, protested outside",
		text: "Members of the “Save Our Ferry” campaign protested outside the town hall."},
	{class: "nearmiss3/a report's title, then found",
		text: "The report, “State of the Harbour”, found its way to the minister's desk."},
}

// The third batch: nouns for words said, the nominal cues of the same
// lexicon, owned by a named speaker and followed by their clause.
// Frames:
//
//	poss      Name2 rejected Name's NOUN that CLAUSE.
//	despite   Despite Name's NOUN that CLAUSE, the council voted ...
//	made      Name made a NOUN that CLAUSE.
//	issued    Name issued/gave a NOUN that CLAUSE.
var vb12Nouns = []struct{ noun, frames string }{
	{"claim", "RDM"}, {"assertion", "RDM"}, {"assurance", "RDG"}, {"insistence", "RD"},
	{"announcement", "RDM"}, {"admission", "RDM"}, {"prediction", "RDM"}, {"pledge", "RDM"},
	{"promise", "RDM"}, {"warning", "RDG"}, {"allegation", "RDM"}, {"denial", "RD"},
	{"argument", "RDM"}, {"suggestion", "RDM"}, {"statement", "RDM"}, {"contention", "RD"},
	{"acknowledgement", "RD"}, {"vow", "RDM"}, {"concession", "RDM"}, {"forecast", "RDM"},
	{"estimate", "RD"}, {"accusation", "RDM"}, {"remark", "RDM"}, {"comment", "RDM"},
	{"observation", "RDM"}, {"reminder", "RDG"}, {"boast", "RDM"}, {"complaint", "RDM"},
	{"threat", "RDM"}, {"guarantee", "RDG"},
}

// vb12NounRows crosses the nouns with their frames.
func vb12NounRows() []auditRow {
	var rows []auditRow
	n := 0
	add := func(frame, noun, text string, want []quote, speakers []string) {
		rows = append(rows, auditRow{class: frame + "3/" + noun, text: text, want: want, speakers: speakers, exact: true})
		n++
	}
	article := func(w string) string {
		if strings.ContainsRune("aeiou", rune(w[0])) {
			return "an " + w
		}
		return "a " + w
	}
	for _, c := range vb12Nouns {
		for _, f := range c.frames {
			name, other, clause := vb12Pick(vb12Names, n+11), vb12Pick(vb12Names, n+2), vb12Pick(vb12Clauses, n+9)
			who := []string{name}
			switch f {
			case 'R':
				add("poss", c.noun, fmt.Sprintf("%s rejected %s's %s that %s.", other, name, c.noun, clause),
					[]quote{{name, auI, clause}}, who)
			case 'D':
				add("despite", c.noun, fmt.Sprintf("Despite %s's %s that %s, the council voted to close the pier.", name, c.noun, clause),
					[]quote{{name, auI, clause}}, who)
			case 'M':
				add("made", c.noun, fmt.Sprintf("%s made %s that %s.", name, article(c.noun), clause),
					[]quote{{name, auI, clause}}, who)
			case 'G':
				add("issued", c.noun, fmt.Sprintf("%s issued %s that %s.", name, article(c.noun), clause),
					[]quote{{name, auI, clause}}, who)
				name, clause = vb12Pick(vb12Names, n+11), vb12Pick(vb12Clauses, n+9)
				add("issued", "gave "+c.noun, fmt.Sprintf("%s gave %s that %s.", name, article(c.noun), clause),
					[]quote{{name, auI, clause}}, []string{name})
			}
		}
	}
	return rows
}

// Near misses of the nominal cues: the noun with no clause, or with a
// relative clause.
var vb12NounNear = []auditRow{
	{class: "nearmiss3/statement that was issued, a relative",
		text: "Dafydd Pryce rejected Maren Holloway's statement that was issued on Monday."},
	{class: "nearmiss3/complaint that residents filed, a relative", known: vb12RelativeGap,
		text: "Ines Caldor dismissed Tobias Wrenfield's complaint that residents filed in March."},
	{class: "nearmiss3/estimate of the cost",
		text: "Yusra Benali questioned Corin Maddox's estimate of the cost."},
	{class: "nearmiss3/threat to resign",
		text: "After Hamish Torr's threat to resign, the board met."},
	{class: "nearmiss3/comment on the plan",
		text: "Priya Venkat read Osian Bevan's comment on the plan."},
	{class: "nearmiss3/despite a warning, no clause",
		text: "Despite Greta Lindqvist's warning, the council voted to close the pier."},
	{class: "nearmiss3/made a complaint to the council",
		text: "Kofi Mensah-Bright made a complaint to the council on Monday."},
	{class: "nearmiss3/gave a warning to the players",
		text: "The referee, Idris Kahn, gave a warning to both players."},
	{class: "nearmiss3/issued a warning about",
		text: "The Tarvik Port Authority issued a warning about high winds."},
	{class: "nearmiss3/gave an assurance, no clause",
		text: "Nadia Orlov gave an assurance to the committee on Monday."},
}

// The fourth batch: frames read among the Wikinews dev misses (the
// patterns only; every sentence invented), crossed with the cues of the
// second batch:
//   with      The talks ended on Monday, with Name, a ROLE, VERBing that CLAUSE.
//   afterprep Name left the meeting early after VERBing that CLAUSE.
//             (after, despite, before, while: the gerund's subject is the sentence's)
//   coord     Name opened the new depot on Monday and VERB that CLAUSE.
//   hearer    Name VERB HEARER CLAUSE. ("that" left out after a hearer)
//   passive   It was VERB by Name (on Tuesday) that CLAUSE. (added with its fix)
//
// FIRST PASS of the fourth batch (168 rows): with4 0/51, afterprep4
// 48/51, coord4 54/54, hearer4 10/12; ALL 112/168 (0.67). Three gaps:
// the participle after "with X" (an absolute phrase) went to the
// sentence's subject, nobody, when an appositive stood between (51
// rows); a gerund after "after"/"despite" with a particle or a hearer
// ("despite pointing out that", "after reminding members that") was no
// cue (3 rows); a bare word for people as hearer ("told reporters
// exports fell") took the clause's subject into the hearer (2 rows).

// vb12VerbRows4 crosses the second batch's cues with the fourth batch's
// frames.
func vb12VerbRows4() []auditRow {
	var rows []auditRow
	n := 0
	add := func(frame, verb, text string, want []quote, speakers []string) {
		rows = append(rows, auditRow{class: frame + "4/" + verb, text: text, want: want, speakers: speakers, exact: true})
		n++
	}
	preps := []string{"after", "despite", "before", "while"}
	for i, c := range vb12Cues2 {
		recv := ""
		if c.recv != "" {
			recv = " " + c.recv
		}
		name, role, clause := vb12Pick(vb12Names, n+5), vb12Pick(vb12Roles, n+1), vb12Pick(vb12Clauses, n+3)
		if strings.Contains(c.frames, "P") {
			add("with", c.ing, fmt.Sprintf("The talks ended on Monday, with %s, %s, %s%s that %s.", name, role, c.ing, recv, clause),
				[]quote{{name, auI, clause}}, []string{name})
			name, clause = vb12Pick(vb12Names, n+5), vb12Pick(vb12Clauses, n+3)
			p := vb12Pick(preps, i)
			text := fmt.Sprintf("%s left the meeting early %s %s%s that %s.", name, p, c.ing, recv, clause)
			if p == "despite" {
				text = fmt.Sprintf("%s voted for the plan despite %s%s that %s.", name, c.ing, recv, clause)
			}
			add("afterprep", p+" "+c.ing, text, []quote{{name, auI, clause}}, []string{name})
		}
		name, clause = vb12Pick(vb12Names, n+5), vb12Pick(vb12Clauses, n+3)
		add("coord", c.past, fmt.Sprintf("%s opened the new depot on Monday and %s%s that %s.", name, c.past, recv, clause),
			[]quote{{name, auI, clause}}, []string{name})
		if c.recv != "" {
			name, clause = vb12Pick(vb12Names, n+5), vb12Pick(vb12Clauses, n+3)
			add("hearer", c.past, fmt.Sprintf("%s %s%s %s.", name, c.past, recv, clause),
				[]quote{{name, auI, clause}}, []string{name})
		}
	}
	// "It was VERB by Name (on Tuesday) that CLAUSE": the agent of the
	// expletive passive speaks (first pass 0/10, with the nominal row).
	for i, v := range []string{"confirmed", "announced", "stated", "revealed", "claimed", "alleged", "reported", "suggested", "disclosed", "argued"} {
		name, clause := vb12Pick(vb12Names, n+5), vb12Pick(vb12Clauses, n+3)
		when := ""
		if i%2 == 1 {
			when = " on Tuesday"
		}
		add("passive", v, fmt.Sprintf("It was %s by %s%s that %s.", v, name, when, clause),
			[]quote{{name, auI, clause}}, []string{name})
	}
	for _, h := range []struct{ verb, hearer string }{
		{"warned", "residents"}, {"told", "the committee"}, {"assured", "parents"}, {"reminded", "staff"},
		{"informed", "shareholders"}, {"advised", "travellers"}, {"cautioned", "investors"}, {"promised", "voters"},
	} {
		name, clause := vb12Pick(vb12Names, n+5), vb12Pick(vb12Clauses, n+3)
		add("hearer", h.verb+" "+h.hearer, fmt.Sprintf("%s %s %s %s.", name, h.verb, h.hearer, clause),
			[]quote{{name, auI, clause}}, []string{name})
	}
	return rows
}

// Near misses of the fourth batch: "with" as a verb's object, a gerund
// with a noun object, "with" and a participle of no speech.
var vb12Batch4Near = []auditRow{
	{class: "near4/met with X, role, noting: the one who met",
		text:     "Maren Holloway met with Dafydd Pryce, a lawyer for the union, noting that the bridge could close.",
		want:     []quote{{"Maren Holloway", auI, "the bridge could close"}},
		speakers: []string{"Maren Holloway"}},
	{class: "near4/spoke with X, noting: the one who spoke",
		text:     "Maren Holloway spoke with Dafydd Pryce on Monday, noting that the bridge could close.",
		want:     []quote{{"Maren Holloway", auI, "the bridge could close"}},
		speakers: []string{"Maren Holloway"}},
	{class: "near4/after pointing out a noun",
		text: "Hedda Strand left after pointing out the flaws in the plan.", speakers: []string{}},
	{class: "near4/after warning the board about",
		text: "Hedda Strand resigned after warning the board about the cost.", speakers: []string{}},
	{class: "near4/with a participle of no speech",
		text: "The river rose on Monday, with water levels rising across the valley.", speakers: []string{}},
	{class: "near4/told all staff, a determiner before the hearer",
		text:     "Nadia Orlov told all staff the bridge was safe.",
		want:     []quote{{"Nadia Orlov", auI, "the bridge was safe"}},
		speakers: []string{"Nadia Orlov"}},
	{class: "near4/told reporters gathered outside",
		text:     "Nadia Orlov told reporters gathered outside the hall the bridge was safe.",
		want:     []quote{{"Nadia Orlov", auI, "the bridge was safe"}},
		speakers: []string{"Nadia Orlov"}},
}

// The fifth batch: a noun object whose participle modifier reads as the
// verb of a clause with "that" left out ("posted a photo of the flooded
// harbour", found by the first batch's near misses), or an object and
// then a clause of time ("acknowledged the crowd as she left"); beside
// them the clauses with such a participle that must stay reports.
//
// FIRST PASS (engine at 195f388, 14 rows): 8/14, every near miss failing
// but "confirmed the reported figures"; the positives all passing.
var vb12ObjClause = []auditRow{
	{class: "objclause5/posted a photo of the flooded harbour, near miss",
		text: "Aleksy Dorn posted a photo of the flooded harbour."},
	{class: "objclause5/acknowledged the crowd as she left, near miss",
		text: "Yusra Benali acknowledged the crowd as she left the stage."},
	{class: "objclause5/announced a revised budget, near miss",
		text: "The Ministry of Coastal Affairs announced a revised budget for the harbour."},
	{class: "objclause5/stressed the need for planned upkeep, near miss",
		text: "Corin Maddox stressed the need for planned maintenance on the line."},
	{class: "objclause5/noted the increased cost, near miss",
		text: "Priya Venkat noted the increased cost of the tram."},
	{class: "objclause5/revealed the updated plans, near miss",
		text: "Corvel Rail revealed the updated plans on Monday."},
	{class: "objclause5/confirmed the reported figures, near miss",
		text: "Hamish Torr confirmed the reported figures."},
	{class: "objclause5/said the damaged bridge needed repairs",
		text: "Ines Caldor said the damaged bridge needed repairs.",
		want: []quote{{"Ines Caldor", auI, "the damaged bridge needed repairs"}}, speakers: []string{"Ines Caldor"}},
	{class: "objclause5/admitted the planned cuts were deep",
		text: "Tobias Wrenfield admitted the planned cuts were deep.",
		want: []quote{{"Tobias Wrenfield", auI, "the planned cuts were deep"}}, speakers: []string{"Tobias Wrenfield"}},
	{class: "objclause5/said the injured were taken",
		text: "Osian Bevan said the injured were taken to hospital in Ostmark.",
		want: []quote{{"Osian Bevan", auI, "the injured were taken to hospital in Ostmark"}}, speakers: []string{"Osian Bevan"}},
	{class: "objclause5/said people from affected areas needed help",
		text: "Hedda Strand said people from affected areas needed help.",
		want: []quote{{"Hedda Strand", auI, "people from affected areas needed help"}}, speakers: []string{"Hedda Strand"}},
	{class: "objclause5/said the bridge damaged in the storm had reopened",
		text: "Idris Kahn said the bridge damaged in the storm had reopened.",
		want: []quote{{"Idris Kahn", auI, "the bridge damaged in the storm had reopened"}}, speakers: []string{"Idris Kahn"}},
	{class: "objclause5/said the increased cost would fall on residents",
		text: "Nadia Orlov said the increased cost would fall on residents.",
		want: []quote{{"Nadia Orlov", auI, "the increased cost would fall on residents"}}, speakers: []string{"Nadia Orlov"}},
	{class: "objclause5/warned the proposed cuts could close wards",
		text: "Greta Lindqvist warned the proposed cuts could close two wards.",
		want: []quote{{"Greta Lindqvist", auI, "the proposed cuts could close two wards"}}, speakers: []string{"Greta Lindqvist"}},
}

// The sixth batch: the cues of the second batch in more of the frames wire
// copy wraps them in, written before any fix for them:
//
//	tohearer  Name VERB to HEARER that CLAUSE.
//	aspect    Name has long VERB / had previously VERB / would later VERB(base) that CLAUSE.
//	quoteadv  “QUOTE,” Name VERB quietly / later / on Monday / in a statement.
//	dashes    The CLAUSE-SUBJECT — Name VERB — CLAUSE-REST. (cue between dashes, no quotes)
//
// vb12Base gives the base form the "would later" frame needs.
var vb12Base = map[string]string{
	"said": "say", "added": "add", "noted": "note", "warned": "warn", "argued": "argue", "insisted": "insist",
	"claimed": "claim", "explained": "explain", "stressed": "stress", "acknowledged": "acknowledge",
	"admitted": "admit", "conceded": "concede", "maintained": "maintain", "predicted": "predict",
	"alleged": "allege", "confirmed": "confirm", "denied": "deny", "revealed": "reveal", "announced": "announce",
	"suggested": "suggest", "complained": "complain", "wrote": "write", "testified": "testify", "recalled": "recall",
	"promised": "promise", "boasted": "boast", "reiterated": "reiterate", "stated": "state", "contended": "contend",
	"disclosed": "disclose", "declared": "declare", "asserted": "assert", "observed": "observe", "remarked": "remark",
}

// vb12ToHearer are the verbs that take "to" and a hearer before their clause.
var vb12ToHearer = []string{
	"said", "explained", "admitted", "complained", "confessed", "insisted", "suggested", "wrote", "announced",
	"stressed", "revealed", "conceded", "confirmed", "pointed out", "noted", "recalled", "boasted", "declared",
	"acknowledged", "argued", "remarked", "disclosed", "indicated", "reported",
}

// vb12VerbRows6 builds the sixth batch.
func vb12VerbRows6() []auditRow {
	var rows []auditRow
	n := 0
	add := func(frame, verb, text string, want []quote) {
		speakers := []string{}
		for _, w := range want {
			if w.speaker != "" && !slices.Contains(speakers, w.speaker) {
				speakers = append(speakers, w.speaker)
			}
		}
		rows = append(rows, auditRow{class: frame + "6/" + verb, text: text, want: want, speakers: speakers, exact: true})
		n++
	}
	hearers := []string{"reporters", "the committee", "investigators", "the council", "members", "the court", "staff"}
	for _, v := range vb12ToHearer {
		name, clause := vb12Pick(vb12Names, n+13), vb12Pick(vb12Clauses, n+1)
		add("tohearer", v, fmt.Sprintf("%s %s to %s that %s.", name, v, vb12Pick(hearers, n), clause),
			[]quote{{name, auI, clause}})
	}
	aspects := []string{"has long %s", "had previously %s", "would later %s", "has repeatedly %s", "has since %s"}
	verbs := make([]string, 0, len(vb12Base))
	for v := range vb12Base {
		verbs = append(verbs, v)
	}
	slices.Sort(verbs)
	for i, v := range verbs {
		name, clause := vb12Pick(vb12Names, n+13), vb12Pick(vb12Clauses, n+1)
		a := vb12Pick(aspects, i)
		form := v
		switch {
		case strings.HasPrefix(a, "would"):
			form = vb12Base[v]
		case v == "wrote":
			form = "written"
		}
		verb := fmt.Sprintf(a, form)
		add("aspect", verb, fmt.Sprintf("%s %s that %s.", name, verb, clause), []quote{{name, auI, clause}})
	}
	advs := []string{"quietly", "later", "on Monday", "in a statement", "in an interview", "at the hearing", "afterwards", "with a smile"}
	for i, v := range verbs {
		if i%2 == 1 {
			continue
		}
		name, q := vb12Pick(vb12Names, n+13), vb12Pick(vb12Quotes, n+4)
		adv := vb12Pick(advs, i/2)
		add("quoteadv", v+" "+adv, fmt.Sprintf("“%s,” %s %s %s.", q, name, v, adv), []quote{{name, auD, q}})
	}
	// The cue between dashes: a subject, the cue, the rest of the clause.
	dashed := []struct{ subj, rest string }{
		{"The ferry service", "would resume in May"}, {"The new reservoir", "was already half full"},
		{"The bridge", "could close for repairs next winter"}, {"The school", "would take in 200 more pupils"},
		{"The harbour wall", "was in no danger of collapse"}, {"The museum", "would open its new wing in the spring"},
	}
	for i, v := range []string{"said", "insisted", "warned", "argued", "claimed", "added"} {
		name := vb12Pick(vb12Names, n+13)
		dd := dashed[i]
		add("dashes", v, fmt.Sprintf("%s — %s %s — %s.", dd.subj, name, v, dd.rest),
			[]quote{{name, auI, dd.rest}}) // the part after the cue, as TestMidCueCases has it
	}
	return rows
}

// Near misses of the sixth batch's fixes: dashes that set off no cue, a
// "with" phrase that is no manner of saying.
var vb12Batch6Near = []auditRow{
	{class: "near6/an apposition between dashes, cue last",
		text:     "The ferry — the island's lifeline — would resume in May, Nadia Orlov said.",
		want:     []quote{{"Nadia Orlov", auI, "The ferry — the island's lifeline — would resume in May"}},
		speakers: []string{"Nadia Orlov"}},
	{class: "near6/a relative between dashes",
		text: "The mayor — who said little — left early.", speakers: []string{}},
	{class: "near6/a relative between dashes after the speaker",
		text:     "Nadia Orlov — who chairs the trust — said the ferry would resume.",
		want:     []quote{{"Nadia Orlov", auI, "the ferry would resume"}},
		speakers: []string{"Nadia Orlov"}},
	{class: "near6/responded with applause",
		text: "The crowd in Ostmark responded with applause.", speakers: []string{}},
	{class: "near6/agreed with the council",
		text: "Aleksy Dorn agreed with the council.", speakers: []string{}},
	{class: "near6/reacted with anger",
		text: "Residents reacted with anger to the news.", speakers: []string{}},
}

// The seventh batch: the cue inside a relative clause whose gap is the
// reported clause's subject ("the tram, which Holloway said would cost
// millions, ..."; "..., which the researchers note is several times the
// supply"), read among the Wikinews dev misses. The part after the cue
// is reported, as with a cue set inside its clause (TestMidCueCases).
// Past forms with a named speaker; base forms with a plural one.
//
// FIRST PASS (engine at e2a4de2, 20 rows): 16/20. The gaps: a base form
// that is also a noun ("note") was demoted to the noun before an
// auxiliary ("which officials note is"); a verb known only with its
// "that" ("estimated") took no clause from the relative's gap; a time
// phrase after the cue ("which X said in May was late") hides the gap
// (known).
func vb12RelativeRows() []auditRow {
	var rows []auditRow
	past := []string{"said", "claimed", "argued", "insisted", "warned", "predicted", "estimated", "noted", "suggested", "admitted", "believed"}
	for i, v := range past {
		if v == "believed" {
			continue // a belief, not words: left out
		}
		name := vb12Pick(vb12Names, i+3)
		rows = append(rows, auditRow{class: "relative7/which X " + v, exact: true,
			text:     fmt.Sprintf("The tram, which %s %s would cost the city millions, opened in May.", name, v),
			want:     []quote{{name, auI, "would cost the city millions"}},
			speakers: []string{name}})
	}
	base := []string{"say", "note", "argue", "estimate", "warn", "claim", "suggest", "predict", "believe"}
	for i, v := range base {
		if v == "believe" {
			continue
		}
		group := vb12Pick([]string{"the researchers", "officials", "critics", "experts", "the authors"}, i)
		rows = append(rows, auditRow{class: "relative7/which " + group + " " + v, exact: true,
			text:     fmt.Sprintf("Daily use is 40 million litres, which %s %s is several times the town's supply.", group, v),
			want:     []quote{{"", auI, "is several times the town's supply"}},
			speakers: []string{}})
	}
	// A pronoun speaker, a time phrase after the cue, and a near miss: a
	// relative whose verb is no speech.
	rows = append(rows,
		auditRow{class: "relative7/which they note, a pronoun (added with the fix)", exact: true,
			text:     "Dafydd Pryce and Ines Caldor measured the flow.\n\nDaily use is 40 million litres, which they note is several times the town's supply.",
			want:     []quote{{"", auI, "is several times the town's supply"}},
			speakers: []string{}},
		auditRow{class: "relative7/which X said in May was late, a time phrase after the cue", exact: true,
			text:     "The tram, which Maren Holloway said in May was late, opened in June.",
			want:     []quote{{"Maren Holloway", auI, "was late"}},
			speakers: []string{"Maren Holloway"}},
		auditRow{class: "relative7/the case on which the court ruled, near miss", exact: true,
			text: "The case on which the Brask High Court has ruled was one of unpaid taxes.", speakers: []string{}},
		auditRow{class: "relative7/the note which officials read, near miss", exact: true,
			text: "The note which officials read aloud was short.", speakers: []string{}},
	)
	return rows
}

// The eighth batch: a speech participle after a passive of seeing or
// recording ("was filmed saying", "could be heard telling staff", "was
// caught on camera claiming"): the one seen or heard speaks, as "was
// quoted as saying" makes the one quoted speak.
//
// FIRST PASS (engine at ba5e3c0, measured with the fix's files reverted):
// 9/17: the six near misses and three of the eleven reports passed.
func vb12PerceivedRows() []auditRow {
	var rows []auditRow
	frames := []string{"was filmed %s", "was recorded %s", "could be heard %s", "was overheard %s", "was caught on camera %s",
		"can be seen %s", "was heard %s", "was captured on video %s"}
	parts := []struct{ ing, recv string }{
		{"saying", ""}, {"telling", "staff"}, {"claiming", ""}, {"insisting", ""}, {"warning", ""}, {"admitting", ""},
		{"saying", ""}, {"assuring", "residents"},
	}
	for i, f := range frames {
		name, clause := vb12Pick(vb12Names, i+17), vb12Pick(vb12Clauses, i+6)
		p := parts[i]
		verb := p.ing
		if p.recv != "" {
			verb += " " + p.recv
		}
		rows = append(rows, auditRow{class: "perceived8/" + fmt.Sprintf(f, p.ing), exact: true,
			text:     fmt.Sprintf("%s "+f+" that %s.", name, verb, clause),
			want:     []quote{{name, auI, clause}},
			speakers: []string{name}})
	}
	for i, f := range []string{"was heard saying", "could be heard saying", "was filmed telling reporters"} {
		name, q := vb12Pick(vb12Names, i+9), vb12Pick(vb12Quotes, i+2)
		rows = append(rows, auditRow{class: "perceived8/quote first, " + f, exact: true,
			text:     fmt.Sprintf("“%s,” %s %s.", q, name, f),
			want:     []quote{{name, auD, q}},
			speakers: []string{name}})
	}
	for _, t := range []string{
		"Maren Holloway was seen arguing with the driver.",
		"Dafydd Pryce was filmed leaving the court in Ostmark.",
		"The bridge was shown collapsing in the video.",
		"Residents heard a loud bang shortly after midnight.",
		"Ines Caldor filmed the crash on her phone.",
		"Tobias Wrenfield was caught speeding on the coast road.",
		"Usman Pryce runs the salon.\n\n“My cousin is on her way,” the man could be heard saying.",
	} {
		row := auditRow{class: "perceived8/near miss: " + t, exact: true, text: t, speakers: []string{}}
		if strings.Contains(t, "“") {
			// A stranger on a video is nobody the text names.
			row.want = []quote{{"", auD, "My cousin is on her way"}}
			row.known = vb12Stranger
		}
		rows = append(rows, row)
	}
	return rows
}

// The ninth batch: the cue of a document's relative clause, "that" or
// "which" after the document ("ignored a report that said", "pointed to a
// study last week that concludes"), read among the feed gold's misses.
// The document speaks for nobody unless the sentence's subject issued it
// ("released a report which said": the issuer); one that cites, ignores
// or rejects another's document is not its author.
//
// FIRST PASS (engine at b664ec7, measured with the fix's files reverted):
// 4/12: the issuers' rows and the near miss passed; every "that" after a
// document was read as a determiner, and "cited a report which said"
// credited the one citing.
var vb12DocRelative = []auditRow{
	{class: "docrel9/ignored a report that said",
		text: "The council ignored a report that said the harbour wall was in no danger of collapse.",
		want: []quote{{"", auI, "the harbour wall was in no danger of collapse"}}},
	{class: "docrel9/cited a study that found",
		text: "Critics cited a study that found the drought had cut the olive harvest by half.",
		want: []quote{{"", auI, "the drought had cut the olive harvest by half"}}},
	{class: "docrel9/pointed to a report last week that concludes",
		text: "Opponents pointed to a report last week that concludes the tram would cost twice as much.",
		want: []quote{{"", auI, "the tram would cost twice as much"}}},
	{class: "docrel9/a named body cited a report that said",
		text: "The Brask Council cited a report that said most of the missing files had been recovered.",
		want: []quote{{"", auI, "most of the missing files had been recovered"}}},
	{class: "docrel9/a named body cited a report which said",
		text: "The Brask Council cited a report which said most of the missing files had been recovered.",
		want: []quote{{"", auI, "most of the missing files had been recovered"}}},
	{class: "docrel9/a named body rejected a report which claimed",
		text: "Corvel Rail rejected a report which claimed the strike had cost the port millions.",
		want: []quote{{"", auI, "the strike had cost the port millions"}}},
	{class: "docrel9/a named body released a report which said: the issuer",
		text:     "The Brask Council released a report which said the school would take in 200 more pupils.",
		want:     []quote{{"Brask Council", auI, "the school would take in 200 more pupils"}},
		speakers: []string{"Brask Council"}},
	{class: "docrel9/a named body published a survey that showed: the issuer",
		text:     "Corvel Rail published a survey that showed most passengers wanted later trains.",
		want:     []quote{{"Corvel Rail", auI, "most passengers wanted later trains"}},
		speakers: []string{"Corvel Rail"}},
	{class: "docrel9/issued a statement that said: the issuer",
		text:     "Lindell Water issued a statement that said the new reservoir was already half full.",
		want:     []quote{{"Lindell Water", auI, "the new reservoir was already half full"}},
		speakers: []string{"Lindell Water"}},
	{class: "docrel9/a report that said, the sentence's subject",
		text: "A report that said the bridge could close for repairs next winter was ignored by the council.",
		want: []quote{{"", auI, "the bridge could close for repairs next winter"}}},
	{class: "docrel9/the report that the council said was flawed, in the subject",
		text:     "The report that the Brask Council said was flawed has been withdrawn.",
		want:     []quote{{"Brask Council", auI, "was flawed"}},
		speakers: []string{"Brask Council"}},
	{class: "docrel9/denied the report that said, near miss",
		text: "Maren Holloway denied the report that said she had resigned."},
	{class: "docrel9/a report that the minister read, near miss",
		text: "The report that the minister read on Monday ran to 40 pages."},
}

// The tenth batch: the rarer verbs of the published lexicons and of wire
// copy, in the "that" frame and after a quotation, run once as written.
//
// FIRST PASS (engine at c29ed6e, 59 rows): 25/59 (0.42): twenty-two
// verbs missing from the lexicon. Now 57/59; left: "certified" (as a
// role's adjective, "says certified trainer X", it cost Pages dev-h
// recall) and "worried that" (a feeling, not words; by design).
var vb12RareCues = []struct{ past, frames string }{
	{"attested", "T"}, {"certified", "T"}, {"decreed", "T"}, {"insinuated", "T"}, {"postulated", "T"},
	{"prophesied", "T"}, {"summarised", "TQ"}, {"summarized", "TQ"}, {"hypothesized", "T"}, {"theorized", "TQ"},
	{"reasoned", "TQ"}, {"stipulated", "T"}, {"vouched", ""}, {"griped", "TQ"}, {"groused", "TQ"},
	{"gloated", "TQ"}, {"bragged", "TQ"}, {"fretted", "TQ"}, {"moaned", "TQ"}, {"grumbled", "TQ"},
	{"sneered", "Q"}, {"intoned", "Q"}, {"thundered", "TQ"}, {"stammered", "Q"}, {"recited", "Q"},
	{"mentioned", "T"}, {"repeated", "T"}, {"conceded", "TQ"}, {"acknowledged", "TQ"}, {"blogged", "TQ"},
	{"worried", "T"}, {"lectured", "Q"}, {"pontificated", "Q"}, {"reminisced", "Q"}, {"exulted", "TQ"},
	{"objected", "TQ"}, {"protested", "TQ"}, {"queried", "Q"}, {"confided", "TQ"}, {"cautioned", "TQ"},
}

func vb12RareRows() []auditRow {
	rows := []auditRow{
		{class: "rare10/says certified trainer X, a role", exact: true,
			text:     "Taking a short walk every day might help, says certified personal trainer Osian Bevan.",
			want:     []quote{{"Osian Bevan", auI, "Taking a short walk every day might help"}},
			speakers: []string{"Osian Bevan"}},
		{class: "rare10/thundered overhead, near miss", exact: true,
			text: "Jets thundered over Ostmark all afternoon.", speakers: []string{}},
		{class: "rare10/summarised the findings, near miss", exact: true,
			text: "Maren Holloway summarised the findings for the committee.", speakers: []string{}},
		{class: "rare10/recited the names, near miss", exact: true,
			text: "Dafydd Pryce recited the names of the dead.", speakers: []string{}},
		{class: "rare10/fretted over the cost, near miss", exact: true,
			text: "Ines Caldor fretted over the cost of the tram.", speakers: []string{}},
	}
	n := 0
	for _, c := range vb12RareCues {
		for _, f := range c.frames {
			name, role := vb12Pick(vb12Names, n+19), vb12Pick(vb12Roles, n+5)
			clause, q := vb12Pick(vb12Clauses, n+2), vb12Pick(vb12Quotes, n+7)
			switch f {
			case 'T':
				rows = append(rows, auditRow{class: "rare10/that " + c.past, exact: true,
					text:     fmt.Sprintf("%s, %s, %s that %s.", name, role, c.past, clause),
					want:     []quote{{name, auI, clause}},
					speakers: []string{name}})
			case 'Q':
				rows = append(rows, auditRow{class: "rare10/qfirst " + c.past, exact: true,
					text:     fmt.Sprintf("“%s,” %s %s.", q, name, c.past),
					want:     []quote{{name, auD, q}},
					speakers: []string{name}})
			}
			n++
		}
	}
	return rows
}

// The eleventh batch: a quotation, then its speaker and a verb with "of"
// and the topic ("“...,” Holloway wrote of the decision"); beside them the
// same verbs with "of" and no quotation, which report nothing.
//
// FIRST PASS (engine at 630f91d, measured with the fix reverted, 21
// rows): 6/21: the five near misses and "said of"; every other verb with
// "of" after a quotation was unmade as a cue ("boasts of a curriculum").
func vb12OfTopicRows() []auditRow {
	var rows []auditRow
	for i, v := range []string{"wrote", "added", "remarked", "joked", "recalled", "explained", "noted", "warned",
		"complained", "observed", "declared", "insisted", "argued", "tweeted", "boasted", "said"} {
		name, q := vb12Pick(vb12Names, i+21), vb12Pick(vb12Quotes, i+1)
		rows = append(rows, auditRow{class: "oftopic11/" + v + " of", exact: true,
			text:     fmt.Sprintf("“%s,” %s %s of the decision to close the pier.", q, name, v),
			want:     []quote{{name, auD, q}},
			speakers: []string{name}})
	}
	for _, t := range []string{
		"Maren Holloway boasted of a record year for the port.",
		"Dafydd Pryce spoke of a betrayal by the council.",
		"Forecasters warned of floods along the coast.",
		"Ines Caldor wrote of her childhood in Ostmark.",
		"Tobias Wrenfield complained of chest pains on Monday.",
	} {
		rows = append(rows, auditRow{class: "oftopic11/near miss: " + t, exact: true, text: t, speakers: []string{}})
	}
	return rows
}

// The twelfth batch: a quotation, its speaker, and the verb with "about",
// "on" or a channel after it. FIRST PASS (engine at d5cef39, 13 rows):
// 11/13, both failures "reflected" (no cue beside the quotation before
// it); now 13/13.
func vb12AboutRows() []auditRow {
	var rows []auditRow
	for i, v := range []string{"joked about the weather", "tweeted about the ruling", "warned about the plan",
		"complained about the plan", "said about the plan", "commented on the plan", "reflected on the plan", "reflected",
		"wrote on Twitter", "posted on Instagram", "told the Brennick Gazette of her decision", "recalled about her father"} {
		name, q := vb12Pick(vb12Names, i+2), vb12Pick(vb12Quotes, i+5)
		rows = append(rows, auditRow{class: "about12/" + v, exact: true,
			text:     fmt.Sprintf("“%s,” %s %s.", q, name, v),
			want:     []quote{{name, auD, q}},
			speakers: []string{name}})
	}
	rows = append(rows, auditRow{class: "about12/near miss: the lake reflected the hills", exact: true,
		text: "The lake at Ostmark reflected the hills.", speakers: []string{}})
	return rows
}

// The thirteenth batch: the eleventh's frame with an appositive or an
// adverb between the speaker and the verb, and "remembered".
// FIRST PASS (engine at ffbf6cd, 9 rows): 3/9 (the two near misses and
// "who chairs the trust, joked about"); now 9/9.
func vb12OfTopic2Rows() []auditRow {
	var rows []auditRow
	for i, v := range []string{", a councillor in Ostmark, wrote of the decision", " later recalled of the night",
		" remembered of the night", " remembered", ", who chairs the trust, joked about the weather",
		" once wrote of the harbour", ", the union's head, warned of the cost"} {
		name, q := vb12Pick(vb12Names, i+4), vb12Pick(vb12Quotes, i+8)
		rows = append(rows, auditRow{class: "oftopic13/" + strings.TrimPrefix(v, " "), exact: true,
			text:     fmt.Sprintf("“%s,” %s%s.", q, name, v),
			want:     []quote{{name, auD, q}},
			speakers: []string{name}})
	}
	rows = append(rows,
		auditRow{class: "oftopic13/near miss: remembered the victims", exact: true,
			text: "Residents remembered the victims of the flood.", speakers: []string{}},
		auditRow{class: "oftopic13/near miss: an appositive, then boasted of", exact: true,
			text: "Maren Holloway, a councillor, boasted of a record year.", speakers: []string{}},
	)
	return rows
}

// The fourteenth batch: verbs of manner and gesture after a quotation
// ("“...,” Holloway laughed"), and the wire and tabloid cues ("lashed
// out at", "blasted", "doubled down", "piped up"), whose quotation is the
// subject's; near misses where the verb stands alone.
// FIRST PASS (engine at 51afbf8, 21 rows, "opened up about" among them
// then): 6/21, the six near misses; now 21/21 (+1 near miss).
func vb12GestureRows() []auditRow {
	var rows []auditRow
	for i, v := range []string{"laughed", "smiled", "shrugged", "beamed", "grinned", "sobbed", "wept", "gasped",
		"chuckled", "lashed out at the council", "blasted the council",
		"doubled down", "piped up", "laughed as she left the court"} {
		name, q := vb12Pick(vb12Names, i+6), vb12Pick(vb12Quotes, i+3)
		rows = append(rows, auditRow{class: "gesture14/" + v, exact: true,
			text:     fmt.Sprintf("“%s,” %s %s.", q, name, v),
			want:     []quote{{name, auD, q}},
			speakers: []string{name}})
	}
	for _, t := range []string{
		"Maren Holloway laughed and left the stage.",
		"The crowd in Ostmark wept as the coffin passed.",
		"Dafydd Pryce smiled at the cameras outside the court.",
		"Ines Caldor lashed out at the referee in the second half.",
		"Corvel Rail opened up a new line to Tarvik.",
		"Tobias Wrenfield doubled down on his bet.",
	} {
		rows = append(rows, auditRow{class: "gesture14/near miss: " + t, exact: true, text: t, speakers: []string{}})
	}
	// A quotation that ended its own sentence, then another's laugh: the
	// laugh is a reaction, the words the earlier speaker's (as
	// TestCarryS10Cases has it).
	rows = append(rows, auditRow{class: "gesture14/near miss: a full stop, then another laughed", exact: true,
		text:     "Tomas Brekke spoke first.\n\n“The money is there.” Dafydd Pryce laughed.",
		want:     []quote{{"Tomas Brekke", auD, "The money is there."}},
		speakers: []string{"Tomas Brekke"}})
	return rows
}

// The fifteenth batch: the speech verb after "was quick (careful, keen,
// at pains) to" and "made the case that".
// FIRST PASS (engine at 7cd5ff4, measured with the fix reverted, 14
// rows): 4/14, the near misses; now 14/14.
func vb12EagerRows() []auditRow {
	var rows []auditRow
	for i, v := range []string{"was quick to point out", "was careful to note", "was at pains to stress", "was keen to stress",
		"has been quick to say", "was always careful to explain", "is eager to stress", "were quick to deny",
		"made the case", "was swift to confirm"} {
		name, clause := vb12Pick(vb12Names, i+14), vb12Pick(vb12Clauses, i+8)
		rows = append(rows, auditRow{class: "eager15/" + v, exact: true,
			text:     fmt.Sprintf("%s %s that %s.", name, v, clause),
			want:     []quote{{name, auI, clause}},
			speakers: []string{name}})
	}
	for _, t := range []string{
		"Maren Holloway was quick to leave the stage.",
		"Dafydd Pryce was happy to say goodbye to the crew.",
		"Ines Caldor was keen to stress the need for calm.",
		"Corvel Rail made the case for a new line.",
	} {
		rows = append(rows, auditRow{class: "eager15/near miss: " + t, exact: true, text: t, speakers: []string{}})
	}
	return rows
}
