package extract_test

import (
	"flag"
	"strings"
	"testing"

	"soundbite/model"
)

// The session 12 audit of BODIES AS SPEAKERS (issue 11): a body named by
// a description and a place or group, a body's short form after its full
// name, a spokesperson or statement of a body, "it said" after a body, an
// acronym defined in the text, and unnamed sources, which stay null
// (testdata/README.md and testdata/realnews/README.md: a statement or an
// unnamed spokesperson's words are the body's; a body with a place's or a
// nation's name speaks under that name; "officials said", "police said"
// with no named body and a joint statement of several bodies are null).
// Lists of invented bodies are crossed with sentence frames; near misses
// (a body named but silent, a person's quote after a body, a joint
// statement, a named spokesperson) must not change.
//
// Classes:
//   placegroup  a description with a place's or nation's name: "Velmora
//               health authorities said", "the Marlow city council said"
//   shortform   the body's own noun after its full name: "the trust said"
//   itsaid      "It said" after a body is the sentence's subject
//   spokes      "a Harbour Police spokesman said", "according to a X
//               spokesperson", "a statement from the ministry said", "in a
//               statement, the company said"
//   acronym     "the Coastal Fisheries Authority (CFA) ... the CFA said"
//   unnamed     "officials said", "police said": null
//   nearmiss    a body named but silent, a joint statement, a named
//               spokesperson, a description with nothing named
//
// FIRST PASS (engine at 60d62b1, before any change; the table of 98 rows
// run once as written):
//   acronym 12/12   itsaid 8/8   nearmiss 10/10   placegroup 6/24
//   shortform 20/20   spokes 14/14   unnamed 9/10   ALL 79/98 (0.81)
// The engine already handled a body's short form, "it said", a
// spokesperson's or a statement's body and acronyms; it failed a
// description with a place's or nation's name and a remit ("Velmora
// health authorities", "Ostby port authorities", "Tarvian health
// officials") and a council of a named kind with an article ("the Marlow
// city council"), and gave "Police said" to the force named before it.
// Fixed: authorities of a remit and "the X city council" (Pages dev-k F1
// 0.926 -> 0.933, attribution 0.936 -> 0.940). Officials of a remit and
// bare "police" stay as they were: each fix cost a held-out set (known).
// Batch 2 (bd12Batch2Rows, 28 rows: two bodies before a short form,
// inverted and distant short forms, acronyms in a spokesperson's or a
// statement's phrase, officials at a body, more near misses), run once
// after the first fix: 27/28; it failed "the council" after "Marlow city
// council" (fixed: a council of a named kind is the place's body
// wherever it stands; no set moves).
// Batch 3 (bd12TradeRows and bd12Batch3Rows, 32 rows: a company named
// with no word of its trade, then described by it, "Vantor, a logistics
// company, ... the firm said", "Ofvel, the water regulator, ... the
// regulator said"; long names with "and" and their acronyms; a
// ministry named with its place; "the city of"), run once after the
// second fix: 25/32 (trade 10/16, acronym3 3/4). Fixed: an appositive's
// company noun is any company's ("the company", "the firm"), and
// "regulator" and "watchdog" are appositive bodies (no set moves).
// Batch 4 (bd12Batch4Rows: a body's data or report named the sentence
// before; "it" after a body that is a passive's agent), run once after
// the third fix: 6/8 (data4 4/4, passive4 2/4). Fixed: "It claims"
// after "rolled out by the Ministry of Ports" is the ministry (Pages
// dev-e attribution 0.963 -> 0.967).
// Batch 5 (bd12MemberRows: a body named for its members, then "the
// doctors", "the nurses" for it; near misses), run once after the fourth
// fix: 4/14 (the near misses passed, every body row failed). Fixed: "the"
// and the plural of a word in a body's name before its own noun is that
// body (Pages dev-f attribution 0.922 -> 0.927).
// Batch 6 (bd12LeadRows: a lead's description of a body with a relative
// clause, "The trust that runs the harbour said", named further down),
// run once after the fifth fix: 4/6. Fixed: a relative with "that" or
// "which" after a body's noun or name is stepped over to the subject, as
// "who" is, and a lead's "the trust" is the one body below whose name
// ends in "Trust" (no set moves).
// Batch 7 (bd12OfficerRows: an unnamed officer of a named body), run once
// after the sixth fix: 3/5; not fixed (known: officer).
// Batch 8 (bd12PossRows: a place's possessive before a body's noun), run
// once: 4/6; it failed "Marlow's police" and a near miss whose want had
// no ground in the gold's rules ("Ivo Brandt's department": the golds
// give "X's office" to X or to the office), replaced by "Brandt's
// police" after a baker. Fixed: a local body's noun after a one-word
// name's possessive is the town's body, as without it (no set moves).
// FIRST PASS over all eight batches, each run once as written before its
// fix: 152/197 (0.77); 13 near misses were added beside the fixes. FINAL:
// 198/210 (0.94); 12 known failures, each with its mechanism (run
// -s12bodies.known).

var bd12Known = flag.Bool("s12bodies.known", false, "TestAuditS12Bodies runs its known failures too, to see which a change fixed")

func TestAuditS12Bodies(t *testing.T) {
	rows := bd12Rows()
	for i := range rows {
		if k, ok := bd12KnownRows[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	runAudit(t, "bodies12", rows, *bd12Known)
}

// bd12KnownRows gives the mechanism of each row the engine still fails,
// by the row's class.
var bd12KnownRows = map[string]string{
	"placegroup/that: Tarvian health officials":                       bd12Officials,
	"placegroup/cuelast: Tarvian health officials":                    bd12Officials,
	"placegroup/qfirst: Tarvian health officials":                     bd12Officials,
	"placegroup/that: Brennish coastguard officials":                  bd12Officials,
	"placegroup/cuelast: Brennish coastguard officials":               bd12Officials,
	"placegroup/qfirst: Brennish coastguard officials":                bd12Officials,
	"unnamed/police said after a named force":                         bd12BarePolice,
	"trade/that: the retailer":                                        bd12Chain,
	"trade/qfirst next paragraph: the retailer":                       bd12Chain,
	"acronym3/the acronym first, the name in brackets":                bd12AcronymFirst,
	"officer7/according to the body's officer, another person before": bd12Officer,
	"officer7/the body's officer said, another person before":         bd12Officer,
}

// Mechanisms of the known failures, named once so the audit groups them.
const (
	bd12Officials    = "officials-head: \"Tarvian health officials said\": a place's officials of one remit made its body (as \"Velmora health authorities\" is) cost Pages heldout-c F1 0.904 -> 0.898, attribution 0.884 -> 0.878; the real gold reads such officials as unnamed"
	bd12Chain        = "chain: \"Tallgrove, the supermarket chain, ... the retailer\": \"chain\" is no body's noun in the lexicon (\"a chain of islands\"), so the appositive makes no body and no trade"
	bd12AcronymFirst = "acronym-first: \"The MSA (Maritime Safety Agency)\": an acronym met before its name in brackets stays a name of its own; the name in brackets is not matched back to it"
	bd12Officer      = "officer: \"According to the Harbour Trust's chief engineer\" after one named in another office goes to that person (or to nobody): giving an officer of a named body nobody holds to the body, when the person before holds another office, cost RealnewsHalves dev-k speaker F1 0.932 -> 0.919 (a body named with another's possessive, \"the United Nations' X Organization's officer\", became a speaker under the longer name)"
	bd12BarePolice   = "bare-police: \"Police said\" after a named force goes to the force; making it null (as realnews dev-a wants) cost Pages heldout-b attribution 0.902 -> 0.893 and Realnews dev-a 0.956 -> 0.951: the golds differ on it"
)

// bd12Clause is one reported clause, used in its indirect and direct forms.
type bd12Clause struct {
	that   string // "the harbour would reopen in May"
	direct string // "We expect the harbour to reopen in May."
}

var bd12Clauses = []bd12Clause{
	{"the harbour would reopen in May", "We expect the harbour to reopen in May."},
	{"the water in the bay was safe to swim in", "The water in the bay is safe to swim in."},
	{"three wards had been closed to new patients", "Three wards have been closed to new patients."},
	{"the ferry timetable would be cut over the winter", "The ferry timetable will be cut over the winter."},
	{"no fishing boats had been lost in the storm", "No fishing boats were lost in the storm."},
	{"the repairs would cost more than expected", "The repairs will cost more than we expected."},
	{"the bridge inspection had found no cracks", "The inspection found no cracks in the bridge."},
	{"the new rules would take effect in March", "The new rules take effect in March."},
}

func bd12Clause1(i int) bd12Clause { return bd12Clauses[i%len(bd12Clauses)] }

// bd12Cap capitalises a sentence's first letter.
func bd12Cap(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// bd12Body is a body as the cue names it and the speaker it should give.
type bd12Body struct {
	cue     string // "the Marlow city council"
	speaker string // "Marlow city council"; "" for null
}

// bd12PlaceGroup: descriptions with a place's or nation's name.
var bd12PlaceGroup = []bd12Body{
	{"Velmora health authorities", "Velmora health authorities"},
	{"Tarvian health officials", "Tarvian health officials"},
	{"the Marlow city council", "Marlow city council"},
	{"the state's Department of Health", "Department of Health"},
	{"Ostby port authorities", "Ostby port authorities"},
	{"the Kessby district council", "Kessby district council"},
	{"Brennish coastguard officials", "Brennish coastguard officials"},
	{"the Calder fire service", "Calder fire service"},
}

// bd12Frames crosses one body with the three common frames: a lead's
// "said on Tuesday that", a clause with its cue last, and a quotation
// first.
func bd12Frames(class string, prefix string, b bd12Body, i int) []auditRow {
	const ind, dir = model.Indirect, model.Direct
	c := bd12Clause1(i)
	c2 := bd12Clause1(i + 3)
	c3 := bd12Clause1(i + 5)
	var spk []string
	if b.speaker != "" {
		spk = []string{b.speaker}
	} else {
		spk = []string{}
	}
	return []auditRow{
		{
			class:    class + "/that: " + b.cue,
			text:     prefix + bd12Cap(b.cue) + " said on Tuesday that " + c.that + ".",
			want:     []quote{{b.speaker, ind, c.that}},
			speakers: spk,
		},
		{
			class:    class + "/cuelast: " + b.cue,
			text:     prefix + bd12Cap(c2.that) + ", " + b.cue + " said.",
			want:     []quote{{b.speaker, ind, c2.that}},
			speakers: spk,
		},
		{
			class:    class + "/qfirst: " + b.cue,
			text:     prefix + "“" + strings.TrimSuffix(c3.direct, ".") + ",” " + b.cue + " said in a statement.",
			want:     []quote{{b.speaker, dir, strings.TrimSuffix(c3.direct, ".")}},
			speakers: spk,
		},
	}
}

// bd12Short is a body's full name and the short form used after it.
type bd12Short struct {
	full, short, speaker string
}

var bd12Shorts = []bd12Short{
	{"the Harbour Trust", "the trust", "Harbour Trust"},
	{"the Ministry of Ports", "the ministry", "Ministry of Ports"},
	{"the Marine Safety Regulator", "the regulator", "Marine Safety Regulator"},
	{"the Ostby Water Board", "the board", "Ostby Water Board"},
	{"the Calder Housing Association", "the association", "Calder Housing Association"},
	{"Tarvik Dock Company", "the company", "Tarvik Dock Company"},
	{"the Velmark Nurses' Union", "the union", "Velmark Nurses' Union"},
	{"the Brask Valley Authority", "the authority", "Brask Valley Authority"},
}

func bd12ShortRows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	var rows []auditRow
	for i, b := range bd12Shorts {
		c, c2, c3 := bd12Clause1(i), bd12Clause1(i+2), bd12Clause1(i+4)
		intro := bd12Cap(b.full) + " took over the running of the quay at Ostby last year. "
		rows = append(rows,
			auditRow{
				class:    "shortform/that: " + b.short,
				text:     intro + "On Tuesday " + b.short + " said that " + c.that + ".",
				want:     []quote{{b.speaker, ind, c.that}},
				speakers: []string{b.speaker},
			},
			auditRow{
				class:    "shortform/next paragraph cuelast: " + b.short,
				text:     intro + "\n\n" + bd12Cap(c2.that) + ", " + b.short + " said on Wednesday.",
				want:     []quote{{b.speaker, ind, c2.that}},
				speakers: []string{b.speaker},
			},
			auditRow{
				class:    "itsaid/It said: " + b.full,
				text:     bd12Cap(b.full) + " published its annual report on Monday. It said " + c3.that + ".",
				want:     []quote{{b.speaker, ind, c3.that}},
				speakers: []string{b.speaker},
			},
		)
		if i%2 == 0 {
			rows = append(rows, auditRow{
				class:    "shortform/qfirst: " + b.short,
				text:     intro + "“" + strings.TrimSuffix(c.direct, ".") + ",” " + b.short + " said.",
				want:     []quote{{b.speaker, dir, strings.TrimSuffix(c.direct, ".")}},
				speakers: []string{b.speaker},
			})
		}
	}
	return rows
}

func bd12SpokesRows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	c := bd12Clause1
	return []auditRow{
		{
			class:    "spokes/a BODY spokesman said",
			text:     "A Harbour Police spokesman said " + c(0).that + ".",
			want:     []quote{{"Harbour Police", ind, c(0).that}},
			speakers: []string{"Harbour Police"},
		},
		{
			class:    "spokes/a BODY spokeswoman, quotation",
			text:     "“" + strings.TrimSuffix(c(1).direct, ".") + ",” a Marlow Council spokeswoman said.",
			want:     []quote{{"Marlow Council", dir, strings.TrimSuffix(c(1).direct, ".")}},
			speakers: []string{"Marlow Council"},
		},
		{
			class:    "spokes/according to a BODY spokesperson",
			text:     bd12Cap(c(2).that) + ", according to a Tidemark Freight spokesperson.",
			want:     []quote{{"Tidemark Freight", ind, c(2).that}},
			speakers: []string{"Tidemark Freight"},
		},
		{
			class:    "spokes/according to a spokesperson for BODY",
			text:     bd12Cap(c(3).that) + ", according to a spokesperson for Arvell Mining.",
			want:     []quote{{"Arvell Mining", ind, c(3).that}},
			speakers: []string{"Arvell Mining"},
		},
		{
			class:    "spokes/a spokeswoman for the Ministry",
			text:     "A spokeswoman for the Ministry of Fisheries told reporters that " + c(4).that + ".",
			want:     []quote{{"Ministry of Fisheries", ind, c(4).that}},
			speakers: []string{"Ministry of Fisheries"},
		},
		{
			class:    "spokes/a statement from the ministry, after its name",
			text:     "The Ministry of Ports ordered an inspection of the quay in March.\n\nA statement from the ministry said " + c(5).that + ".",
			want:     []quote{{"Ministry of Ports", ind, c(5).that}},
			speakers: []string{"Ministry of Ports"},
		},
		{
			class:    "spokes/a statement from BODY",
			text:     "A statement from the Ostby Water Board said " + c(6).that + ".",
			want:     []quote{{"Ostby Water Board", ind, c(6).that}},
			speakers: []string{"Ostby Water Board"},
		},
		{
			class:    "spokes/in a statement, the company said",
			text:     "Kestrel Shipping runs four ferries between the islands.\n\nIn a statement, the company said " + c(7).that + ".",
			want:     []quote{{"Kestrel Shipping", ind, c(7).that}},
			speakers: []string{"Kestrel Shipping"},
		},
		{
			class:    "spokes/in a statement, the trust said, quotation",
			text:     "The Harbour Trust owns the slipway. In a statement, the trust said: “" + c(0).direct + "”",
			want:     []quote{{"Harbour Trust", dir, c(0).direct}},
			speakers: []string{"Harbour Trust"},
		},
		{
			class:    "spokes/a spokesman for the company, after its name",
			text:     "Brannock Foods closed its plant in Tarvik on Friday. A spokesman for the company said " + c(1).that + ".",
			want:     []quote{{"Brannock Foods", ind, c(1).that}},
			speakers: []string{"Brannock Foods"},
		},
		{
			class:    "spokes/a ministry spokesperson, after its name",
			text:     "The Ministry of Ports said little at first.\n\n“" + strings.TrimSuffix(c(2).direct, ".") + ",” a ministry spokesperson said later.",
			want:     []quote{{"Ministry of Ports", dir, strings.TrimSuffix(c(2).direct, ".")}},
			speakers: []string{"Ministry of Ports"},
		},
		{
			class:    "spokes/the BODY said in a statement on its website",
			text:     "The Velmark Rail Board said in a statement on its website that " + c(3).that + ".",
			want:     []quote{{"Velmark Rail Board", ind, c(3).that}},
			speakers: []string{"Velmark Rail Board"},
		},
		{
			class:    "spokes/a Police spokesperson, quotation after a colon",
			text:     "A Calder Police spokesperson said: “" + c(4).direct + "”",
			want:     []quote{{"Calder Police", dir, c(4).direct}},
			speakers: []string{"Calder Police"},
		},
		{
			class:    "spokes/a statement released by BODY",
			text:     "A statement released by the Brask Valley Authority on Monday said " + c(5).that + ".",
			want:     []quote{{"Brask Valley Authority", ind, c(5).that}},
			speakers: []string{"Brask Valley Authority"},
		},
	}
}

// bd12Acronyms: a body's name with its acronym in brackets, then the
// acronym alone.
var bd12Acronyms = []struct{ full, acr string }{
	{"Coastal Fisheries Authority", "CFA"},
	{"Northern Rail Board", "NRB"},
	{"Velmark Water Agency", "VWA"},
	{"Institute of Marine Survey", "IMS"},
}

func bd12AcronymRows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	var rows []auditRow
	for i, a := range bd12Acronyms {
		c, c2, c3 := bd12Clause1(i), bd12Clause1(i+3), bd12Clause1(i+6)
		intro := "The " + a.full + " (" + a.acr + ") was set up in 2009 to oversee the coast. "
		rows = append(rows,
			auditRow{
				class:    "acronym/the ACR said that: " + a.acr,
				text:     intro + "\n\nOn Tuesday the " + a.acr + " said " + c.that + ".",
				want:     []quote{{a.full, ind, c.that}},
				speakers: []string{a.full},
			},
			auditRow{
				class:    "acronym/qfirst the ACR said: " + a.acr,
				text:     intro + "“" + strings.TrimSuffix(c2.direct, ".") + ",” the " + a.acr + " said.",
				want:     []quote{{a.full, dir, strings.TrimSuffix(c2.direct, ".")}},
				speakers: []string{a.full},
			},
			auditRow{
				class:    "acronym/according to the ACR: " + a.acr,
				text:     intro + bd12Cap(c3.that) + ", according to the " + a.acr + ".",
				want:     []quote{{a.full, ind, c3.that}},
				speakers: []string{a.full},
			},
		)
	}
	return rows
}

func bd12UnnamedRows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	c := bd12Clause1
	return []auditRow{
		{class: "unnamed/Officials said", text: "Officials said " + c(0).that + ".", want: []quote{{"", ind, c(0).that}}, speakers: []string{}},
		{class: "unnamed/Police said", text: "Police said " + c(1).that + ".", want: []quote{{"", ind, c(1).that}}, speakers: []string{}},
		{class: "unnamed/health officials said cuelast", text: bd12Cap(c(2).that) + ", health officials said.", want: []quote{{"", ind, c(2).that}}, speakers: []string{}},
		{class: "unnamed/the authorities said", text: "The authorities said on Monday that " + c(3).that + ".", want: []quote{{"", ind, c(3).that}}, speakers: []string{}},
		{class: "unnamed/police said after a named force", text: "Marlow Police closed the road on Sunday.\n\nPolice said " + c(4).that + ".", want: []quote{{"", ind, c(4).that}}, speakers: []string{}},
		{class: "unnamed/officials said, quotation", text: "“" + strings.TrimSuffix(c(5).direct, ".") + ",” officials said.", want: []quote{{"", dir, strings.TrimSuffix(c(5).direct, ".")}}, speakers: []string{}},
		{class: "unnamed/the ministry with no ministry named", text: "The ministry said on Friday that " + c(6).that + ".", want: []quote{{"", ind, c(6).that}}, speakers: []string{}},
		{class: "unnamed/a hospital spokesperson", text: "A hospital spokesperson said " + c(7).that + ".", want: []quote{{"", ind, c(7).that}}, speakers: []string{}},
		{class: "unnamed/local authorities said", text: "Local authorities said " + c(0).that + ".", want: []quote{{"", ind, c(0).that}}, speakers: []string{}},
		{class: "unnamed/the health authorities, no place", text: "The health authorities said on Monday that " + c(2).that + ".", want: []quote{{"", ind, c(2).that}}, speakers: []string{}},
		{class: "unnamed/local port authorities", text: "Local port authorities said " + c(3).that + ".", want: []quote{{"", ind, c(3).that}}, speakers: []string{}},
		{class: "unnamed/the city council, no place", text: "The city council said on Monday that " + c(4).that + ".", want: []quote{{"", ind, c(4).that}}, speakers: []string{}},
		{class: "unnamed/a person's name before health authorities", text: "Mara Lindqvist, a nurse, has worked in Ostby for years. The health authorities said " + c(5).that + ".", want: []quote{{"", ind, c(5).that}}, speakers: []string{}},
		{class: "unnamed/rescue officials told reporters", text: "Rescue officials told reporters that " + c(1).that + ".", want: []quote{{"", ind, c(1).that}}, speakers: []string{}},
	}
}

func bd12NearMissRows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	c := bd12Clause1
	return []auditRow{
		{
			class:    "nearmiss/body silent, then a person",
			text:     "The Harbour Trust owns the slipway at Ostby. Mara Lindqvist, who fishes from it, said " + c(0).that + ".",
			want:     []quote{{"Mara Lindqvist", ind, c(0).that}},
			speakers: []string{"Mara Lindqvist"},
		},
		{
			class:    "nearmiss/body silent, then a person's quotation",
			text:     "The Ministry of Ports has promised a review.\n\n“" + strings.TrimSuffix(c(1).direct, ".") + ",” said Ivo Brandt, a ferry captain.",
			want:     []quote{{"Ivo Brandt", dir, strings.TrimSuffix(c(1).direct, ".")}},
			speakers: []string{"Ivo Brandt"},
		},
		{
			class:    "nearmiss/joint statement of two bodies",
			text:     "In a joint statement, the Harbour Trust and the Ostby Water Board said " + c(2).that + ".",
			want:     []quote{{"", ind, c(2).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss/a joint statement from two bodies",
			text:     "A joint statement from the Marine Safety Regulator and Tarvik Dock Company said " + c(3).that + ".",
			want:     []quote{{"", ind, c(3).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss/named spokeswoman of a body",
			text:     "Harbour Trust spokeswoman Lena Varga said " + c(4).that + ".",
			want:     []quote{{"Lena Varga", ind, c(4).that}},
			speakers: []string{"Lena Varga"},
		},
		{
			class:    "nearmiss/named spokesman in a statement",
			text:     "Tarvik Dock Company has four cranes. Its spokesman, Oskar Hale, said in a statement that " + c(5).that + ".",
			want:     []quote{{"Oskar Hale", ind, c(5).that}},
			speakers: []string{"Oskar Hale"},
		},
		{
			class:    "nearmiss/body declined to comment, officials said",
			text:     "The Ostby Water Board declined to comment. Officials said " + c(6).that + ".",
			want:     []quote{{"", ind, c(6).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss/body as object of the cue",
			text:     "Mayor Ilse Brandvik told the Marlow city council that " + c(7).that + ".",
			want:     []quote{{"Ilse Brandvik", ind, c(7).that}},
			speakers: []string{"Ilse Brandvik"},
		},
		{
			class:    "nearmiss/a person of the body, then the body's words",
			text:     "Rolf Eide chairs the Harbour Trust. He said " + c(0).that + ".",
			want:     []quote{{"Rolf Eide", ind, c(0).that}},
			speakers: []string{"Rolf Eide"},
		},
		{
			class:    "nearmiss/the trust with another trust named",
			text:     "Kira Holm, who sits on the board of the Ostby Heritage Trust, said " + c(1).that + ".",
			want:     []quote{{"Kira Holm", ind, c(1).that}},
			speakers: []string{"Kira Holm"},
		},
	}
}

func bd12Rows() []auditRow {
	var rows []auditRow
	for i, b := range bd12PlaceGroup {
		rows = append(rows, bd12Frames("placegroup", "", b, i)...)
	}
	rows = append(rows, bd12ShortRows()...)
	rows = append(rows, bd12SpokesRows()...)
	rows = append(rows, bd12AcronymRows()...)
	rows = append(rows, bd12UnnamedRows()...)
	rows = append(rows, bd12NearMissRows()...)
	rows = append(rows, bd12Batch2Rows()...)
	rows = append(rows, bd12TradeRows()...)
	rows = append(rows, bd12Batch3Rows()...)
	rows = append(rows, bd12Batch4Rows()...)
	rows = append(rows, bd12MemberRows()...)
	rows = append(rows, bd12LeadRows()...)
	rows = append(rows, bd12OfficerRows()...)
	rows = append(rows, bd12PossRows()...)
	return rows
}

// bd12Batch2Rows: harder frames for the same classes, written after the
// first fix and run once before the next (their first pass is in the
// file's header): two bodies named before a short form, a body's short
// form inverted or in a later paragraph, acronyms in a spokesperson's or
// a statement's phrase, officials "at" a body, a synonym of the body's
// noun, and more near misses.
func bd12Batch2Rows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	c := bd12Clause1
	q := func(i int) string { return strings.TrimSuffix(c(i).direct, ".") }
	return []auditRow{
		{
			class:    "shortform2/the ministry past a nearer trust",
			text:     "The Ministry of Ports has asked the Harbour Trust to repair the quay. The ministry said " + c(0).that + ".",
			want:     []quote{{"Ministry of Ports", ind, c(0).that}},
			speakers: []string{"Ministry of Ports"},
		},
		{
			class:    "shortform2/the trust past a nearer ministry",
			text:     "The Harbour Trust has been asked by the Ministry of Ports to repair the quay. The trust said " + c(1).that + ".",
			want:     []quote{{"Harbour Trust", ind, c(1).that}},
			speakers: []string{"Harbour Trust"},
		},
		{
			class:    "shortform2/inverted said the trust",
			text:     "The Harbour Trust owns the slipway.\n\n“" + q(2) + ",” said the trust.",
			want:     []quote{{"Harbour Trust", dir, q(2)}},
			speakers: []string{"Harbour Trust"},
		},
		{
			class:    "shortform2/the department after Department of X",
			text:     "The Department of Harbours issued new guidance on Monday.\n\nThe department said " + c(3).that + ".",
			want:     []quote{{"Department of Harbours", ind, c(3).that}},
			speakers: []string{"Department of Harbours"},
		},
		{
			class:    "shortform2/the council after X city council",
			text:     "Marlow city council met on Monday night.\n\nThe council said " + c(4).that + ".",
			want:     []quote{{"Marlow city council", ind, c(4).that}},
			speakers: []string{"Marlow city council"},
		},
		{
			class:    "shortform2/the watchdog after a regulator",
			text:     "The Marine Safety Regulator opened an inquiry in June. The watchdog said " + c(5).that + ".",
			want:     []quote{{"Marine Safety Regulator", ind, c(5).that}},
			speakers: []string{"Marine Safety Regulator"},
		},
		{
			class:    "shortform2/the group after a named group",
			text:     "Friends of Ostby Bay has campaigned against the marina for a decade. The group said " + c(6).that + ".",
			want:     []quote{{"Friends of Ostby Bay", ind, c(6).that}},
			speakers: []string{"Friends of Ostby Bay"},
		},
		{
			class:    "shortform2/the company told reporters",
			text:     "Tarvik Dock Company laid off forty workers. The company told reporters that " + c(7).that + ".",
			want:     []quote{{"Tarvik Dock Company", ind, c(7).that}},
			speakers: []string{"Tarvik Dock Company"},
		},
		{
			class:    "shortform2/the agency three paragraphs on",
			text:     "The Velmark Water Agency tested the bay in May.\n\nSwimmers had complained of a rash for weeks.\n\nThe beach was closed twice.\n\nThe agency said " + c(0).that + ".",
			want:     []quote{{"Velmark Water Agency", ind, c(0).that}},
			speakers: []string{"Velmark Water Agency"},
		},
		{
			class:    "itsaid2/it said in a statement, next paragraph",
			text:     "Brannock Foods closed its plant in Tarvik on Friday.\n\nIt said in a statement that " + c(1).that + ".",
			want:     []quote{{"Brannock Foods", ind, c(1).that}},
			speakers: []string{"Brannock Foods"},
		},
		{
			class:    "itsaid2/it added, after the body's quote",
			text:     "The Harbour Trust said " + c(2).that + ". It added that " + c(3).that + ".",
			want:     []quote{{"Harbour Trust", ind, c(2).that}, {"Harbour Trust", ind, c(3).that}},
			speakers: []string{"Harbour Trust"},
		},
		{
			class:    "itsaid2/cuelast it said",
			text:     "Kestrel Shipping cancelled the evening sailing. " + bd12Cap(c(4).that) + ", it said.",
			want:     []quote{{"Kestrel Shipping", ind, c(4).that}},
			speakers: []string{"Kestrel Shipping"},
		},
		{
			class:    "acronym2/a ACR spokesman",
			text:     "The Coastal Fisheries Authority (CFA) sets the quotas. A CFA spokesman said " + c(5).that + ".",
			want:     []quote{{"Coastal Fisheries Authority", ind, c(5).that}},
			speakers: []string{"Coastal Fisheries Authority"},
		},
		{
			class:    "acronym2/a statement from the ACR",
			text:     "The Northern Rail Board (NRB) runs the line.\n\nA statement from the NRB said " + c(6).that + ".",
			want:     []quote{{"Northern Rail Board", ind, c(6).that}},
			speakers: []string{"Northern Rail Board"},
		},
		{
			class:    "acronym2/the ACR, which, said",
			text:     "The Velmark Water Agency (VWA) was founded in 1998. The VWA, which tests the bay each month, said " + c(7).that + ".",
			want:     []quote{{"Velmark Water Agency", ind, c(7).that}},
			speakers: []string{"Velmark Water Agency"},
		},
		{
			class:    "acronym2/ACR without article",
			text:     "The Institute of Marine Survey (IMS) mapped the reef last year.\n\n“" + q(0) + ",” IMS said.",
			want:     []quote{{"Institute of Marine Survey", dir, q(0)}},
			speakers: []string{"Institute of Marine Survey"},
		},
		{
			class:    "spokes2/officials at BODY said",
			text:     "Officials at the Ministry of Ports said " + c(1).that + ".",
			want:     []quote{{"Ministry of Ports", ind, c(1).that}},
			speakers: []string{"Ministry of Ports"},
		},
		{
			class:    "spokes2/BODY officials said",
			text:     "Brask Valley Authority officials said " + c(2).that + ".",
			want:     []quote{{"Brask Valley Authority", ind, c(2).that}},
			speakers: []string{"Brask Valley Authority"},
		},
		{
			class:    "spokes2/a spokesperson for BODY said in an email",
			text:     "A spokesperson for the Ostby Water Board said in an email that " + c(3).that + ".",
			want:     []quote{{"Ostby Water Board", ind, c(3).that}},
			speakers: []string{"Ostby Water Board"},
		},
		{
			class:    "spokes2/BODY said in a statement, quotation",
			text:     "“" + q(4) + ",” Kestrel Shipping said in a statement.",
			want:     []quote{{"Kestrel Shipping", dir, q(4)}},
			speakers: []string{"Kestrel Shipping"},
		},
		{
			class:    "spokes2/the statement said, after the body issued one",
			text:     "The Marine Safety Regulator issued a statement on Tuesday. The statement said " + c(5).that + ".",
			want:     []quote{{"Marine Safety Regulator", ind, c(5).that}},
			speakers: []string{"Marine Safety Regulator"},
		},
		{
			class:    "spokes2/a police spokesman after a named force",
			text:     "Calder Police closed the coast road on Sunday. A police spokesman said " + c(6).that + ".",
			want:     []quote{{"Calder Police", ind, c(6).that}},
			speakers: []string{"Calder Police"},
		},
		{
			class:    "nearmiss2/the body's chief named",
			text:     "The Harbour Trust's chief executive, Mara Lindqvist, said " + c(7).that + ".",
			want:     []quote{{"Mara Lindqvist", ind, c(7).that}},
			speakers: []string{"Mara Lindqvist"},
		},
		{
			class:    "nearmiss2/the two bodies said",
			text:     "The Harbour Trust and the Ministry of Ports met on Monday. The two bodies said " + c(0).that + ".",
			want:     []quote{{"", ind, c(0).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss2/body and person together",
			text:     "Ivo Brandt and the Harbour Trust said in a joint letter that " + c(1).that + ".",
			want:     []quote{{"", ind, c(1).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss2/the trust when no trust was named",
			text:     "The Ministry of Ports met on Monday. The trust said " + c(2).that + ".",
			want:     []quote{{"", ind, c(2).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss2/body as the topic of a person's quote",
			text:     "Ivo Brandt, a ferry captain, said the Ministry of Ports had ignored the fishermen. “" + q(3) + ",” he said.",
			want:     []quote{{"Ivo Brandt", ind, "the Ministry of Ports had ignored the fishermen"}, {"Ivo Brandt", dir, q(3)}},
			speakers: []string{"Ivo Brandt"},
		},
		{
			class:    "nearmiss2/a member of the city council, then the council's words",
			text:     "Ana Roos of the Marlow city council said " + c(5).that + ". The council said on Friday that " + c(6).that + ".",
			want:     []quote{{"Ana Roos", ind, c(5).that}, {"Marlow city council", ind, c(6).that}},
			speakers: []string{"Ana Roos", "Marlow city council"},
		},
		{
			class:    "nearmiss2/the company after a person of the company",
			text:     "Ana Roos, who founded Kestrel Shipping, said " + c(4).that + ".",
			want:     []quote{{"Ana Roos", ind, c(4).that}},
			speakers: []string{"Ana Roos"},
		},
	}
}

// bd12Trades: a company named with no word of its trade in its name, then
// described by its trade.
var bd12Trades = []struct{ intro, trade, speaker string }{
	{"Skyra, the budget airline, added two routes last spring.", "the airline", "Skyra"},
	{"Holm Motors recalled 40,000 cars in March.", "the carmaker", "Holm Motors"},
	{"Brask Savings Bank raised its rates on Monday.", "the bank", "Brask Savings Bank"},
	{"Vantor, a logistics company based in Ostby, lost the contract.", "the firm", "Vantor"},
	{"Ferrin Insurance paid out on most claims.", "the insurer", "Ferrin Insurance"},
	{"Tallgrove, the supermarket chain, closed three stores.", "the retailer", "Tallgrove"},
	{"Ofvel, the water regulator, fined the utility in May.", "the regulator", "Ofvel"},
	{"Kessby Grid operates the power lines on the islands.", "the operator", "Kessby Grid"},
}

func bd12TradeRows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	var rows []auditRow
	for i, t := range bd12Trades {
		c, c2 := bd12Clause1(i), bd12Clause1(i+4)
		rows = append(rows,
			auditRow{
				class:    "trade/that: " + t.trade,
				text:     t.intro + " " + bd12Cap(t.trade) + " said on Tuesday that " + c.that + ".",
				want:     []quote{{t.speaker, ind, c.that}},
				speakers: []string{t.speaker},
			},
			auditRow{
				class:    "trade/qfirst next paragraph: " + t.trade,
				text:     t.intro + "\n\n“" + strings.TrimSuffix(c2.direct, ".") + ",” " + t.trade + " said in a statement.",
				want:     []quote{{t.speaker, dir, strings.TrimSuffix(c2.direct, ".")}},
				speakers: []string{t.speaker},
			},
		)
	}
	return rows
}

// bd12Batch3Rows: long names with "and" and their acronyms, a ministry
// named by its place before or after, "the city of", and near misses.
func bd12Batch3Rows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	c := bd12Clause1
	q := func(i int) string { return strings.TrimSuffix(c(i).direct, ".") }
	return []auditRow{
		{
			class:    "acronym3/a long name with and, then its acronym",
			text:     "The Velmoran Centers for Disease Control and Prevention (VCDC) tracks outbreaks.\n\nThe VCDC said " + c(0).that + ".",
			want:     []quote{{"Velmoran Centers for Disease Control and Prevention", ind, c(0).that}},
			speakers: []string{"Velmoran Centers for Disease Control and Prevention"},
		},
		{
			class:    "acronym3/the acronym first, the name in brackets",
			text:     "The MSA (Maritime Safety Agency) inspected the ferry in April. The MSA said " + c(1).that + ".",
			want:     []quote{{"Maritime Safety Agency", ind, c(1).that}},
			speakers: []string{"Maritime Safety Agency"},
		},
		{
			class:    "acronym3/according to the acronym, a long name with of",
			text:     "The Department of Fisheries and Oceans (DFO) counted the salmon.\n\n" + bd12Cap(c(2).that) + ", according to the DFO.",
			want:     []quote{{"Department of Fisheries and Oceans", ind, c(2).that}},
			speakers: []string{"Department of Fisheries and Oceans"},
		},
		{
			class:    "acronym3/the agency after the acronym's body",
			text:     "The Velmark Water Agency (VWA) tested the bay.\n\nThe VWA closed the beach. The agency said " + c(3).that + ".",
			want:     []quote{{"Velmark Water Agency", ind, c(3).that}},
			speakers: []string{"Velmark Water Agency"},
		},
		{
			class:    "ministry3/Place's Ministry of X",
			text:     "Velmora's Ministry of Health said " + c(4).that + ".",
			want:     []quote{{"Ministry of Health", ind, c(4).that}},
			speakers: []string{"Ministry of Health"},
		},
		{
			class:    "ministry3/the Place Ministry of X",
			text:     "The Tarvian Ministry of Health said " + c(5).that + ".",
			want:     []quote{{"Tarvian Ministry of Health", ind, c(5).that}},
			speakers: []string{"Tarvian Ministry of Health"},
		},
		{
			class:    "ministry3/according to the Ministry of X of Place",
			text:     bd12Cap(c(6).that) + ", according to the Ministry of Health of Velmora.",
			want:     []quote{{"Ministry of Health of Velmora", ind, c(6).that}},
			speakers: []string{"Ministry of Health of Velmora"},
		},
		{
			class:    "ministry3/the health ministry after the Ministry of Health",
			text:     "The Ministry of Health opened a field clinic. “" + q(7) + ",” the health ministry said.",
			want:     []quote{{"Ministry of Health", dir, q(7)}},
			speakers: []string{"Ministry of Health"},
		},
		{
			class:    "city3/the city of Place said",
			text:     "The city of Marlow said in a statement that " + c(0).that + ".",
			want:     []quote{{"city of Marlow", ind, c(0).that}},
			speakers: []string{"city of Marlow"},
		},
		{
			class:    "city3/a spokesperson for the city of Place",
			text:     "A spokesperson for the city of Marlow said " + c(1).that + ".",
			want:     []quote{{"city of Marlow", ind, c(1).that}},
			speakers: []string{"city of Marlow"},
		},
		{
			class:    "city3/Place County Sheriff's Office",
			text:     "The Brask County Sheriff's Office said " + c(2).that + ".",
			want:     []quote{{"Brask County Sheriff's Office", ind, c(2).that}},
			speakers: []string{"Brask County Sheriff's Office"},
		},
		{
			class:    "city3/Place Police Department, then police said",
			text:     "The Ostby Police Department said " + c(3).that + ".",
			want:     []quote{{"Ostby Police Department", ind, c(3).that}},
			speakers: []string{"Ostby Police Department"},
		},
		{
			class:    "nearmiss3/the firm with two firms named",
			text:     "Vantor bought Holm Motors in 2019. Ivo Brandt, who worked at both, said " + c(4).that + ".",
			want:     []quote{{"Ivo Brandt", ind, c(4).that}},
			speakers: []string{"Ivo Brandt"},
		},
		{
			class:    "nearmiss3/an acronym not defined",
			text:     "The KSA said " + c(5).that + ".",
			want:     []quote{{"KSA", ind, c(5).that}},
			speakers: []string{"KSA"},
		},
		{
			class:    "nearmiss3/the airline with no airline named",
			text:     "Ivo Brandt flew home on Monday. The airline said " + c(6).that + ".",
			want:     []quote{{"", ind, c(6).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss3/another trade than the appositive's",
			text:     "Vantor, a logistics company based in Ostby, lost the contract. The airline said " + c(0).that + ".",
			want:     []quote{{"", ind, c(0).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss3/a company for a regulator",
			text:     "Ofvel, the water regulator, fined the utility in May. The company said " + c(1).that + ".",
			want:     []quote{{"", ind, c(1).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss3/the firm after a person described",
			text:     "Ivo Brandt, a logistics consultant based in Ostby, lost the contract. The firm said " + c(2).that + ".",
			want:     []quote{{"", ind, c(2).that}},
			speakers: []string{},
		},
		{
			class:    "nearmiss3/a regulator's chair named",
			text:     "Ofvel, the water regulator, fined the utility. Its chair, Lena Varga, said " + c(7).that + ".",
			want:     []quote{{"Lena Varga", ind, c(7).that}},
			speakers: []string{"Lena Varga"},
		},
	}
}

// bd12Batch4Rows: a body's data or report named in the sentence before
// ("X has released data ... According to the data, ..."), and "it"
// after a body that is the agent of a passive ("The rules are being
// rolled out by the Ministry of Ports. It claims ..."), with near misses.
func bd12Batch4Rows() []auditRow {
	const ind = model.Indirect
	c := bd12Clause1
	return []auditRow{
		{
			class:    "data4/according to the data a body released",
			text:     "The Ostby Police Department has released data for the first half of the year. According to the data, " + c(0).that + ".",
			want:     []quote{{"Ostby Police Department", ind, c(0).that}},
			speakers: []string{"Ostby Police Department"},
		},
		{
			class:    "data4/the figures a body published show",
			text:     "The Velmark Water Agency published figures for May on Monday. The figures show " + c(1).that + ".",
			want:     []quote{{"Velmark Water Agency", ind, c(1).that}},
			speakers: []string{"Velmark Water Agency"},
		},
		{
			class:    "data4/the report a body released said",
			text:     "The Harbour Trust released its annual report on Friday. The report said " + c(2).that + ".",
			want:     []quote{{"Harbour Trust", ind, c(2).that}},
			speakers: []string{"Harbour Trust"},
		},
		{
			class:    "data4/according to the data, none released",
			text:     "Thefts in Ostby are a worry for shop owners. According to the data, " + c(3).that + ".",
			want:     []quote{{"", ind, c(3).that}},
			speakers: []string{},
		},
		{
			class:    "passive4/it claims after a passive's agent",
			text:     "The rules are being rolled out by the Ministry of Ports. It claims " + c(4).that + ".",
			want:     []quote{{"Ministry of Ports", ind, c(4).that}},
			speakers: []string{"Ministry of Ports"},
		},
		{
			class:    "passive4/it said after a passive's agent",
			text:     "The new timetable was drawn up by Kestrel Shipping. It said " + c(5).that + ".",
			want:     []quote{{"Kestrel Shipping", ind, c(5).that}},
			speakers: []string{"Kestrel Shipping"},
		},
		{
			class:    "passive4/the ministry said after a passive's agent",
			text:     "The rules are being rolled out by the Ministry of Ports. The ministry said " + c(6).that + ".",
			want:     []quote{{"Ministry of Ports", ind, c(6).that}},
			speakers: []string{"Ministry of Ports"},
		},
		{
			class:    "passive4/it claims after the Government's department",
			text:     "The rules are being rolled out by the Government's Department for Harbours, Ferries & Piers. It claims " + c(0).that + ".",
			want:     []quote{{"Department for Harbours, Ferries & Piers", ind, c(0).that}},
			speakers: []string{"Department for Harbours, Ferries & Piers"},
		},
		{
			class: "passive4/it after two agents, a near miss",
			text:  "The rules were drawn up by the Ministry of Ports and the Harbour Trust. It said " + c(1).that + ".",
			want:  []quote{{"", ind, c(1).that}},
		},
		{
			class:    "passive4/it is the thing, a near miss",
			text:     "The bridge was built by Tarvik Dock Company in 1990. It is due to be inspected in March, and Ivo Brandt, an engineer, said " + c(7).that + ".",
			want:     []quote{{"Ivo Brandt", ind, c(7).that}},
			speakers: []string{"Ivo Brandt"},
		},
	}
}

// bd12Members: a body named for its members, and the members' plural
// noun later standing for it ("The Zell Hospital Doctors Association
// (ZHDA) ... The doctors warned that ...").
var bd12Members = []struct{ body, members, speaker string }{
	{"The Zell Hospital Doctors Association (ZHDA)", "the doctors", "Zell Hospital Doctors Association"},
	{"The Velmark Nurses' Union", "the nurses", "Velmark Nurses' Union"},
	{"The Brask Farmers' Federation", "the farmers", "Brask Farmers' Federation"},
	{"The Ostby Teachers Association", "the teachers", "Ostby Teachers Association"},
	{"The Northern Pilots Guild", "the pilots", "Northern Pilots Guild"},
}

func bd12MemberRows() []auditRow {
	const ind = model.Indirect
	var rows []auditRow
	for i, m := range bd12Members {
		c, c2 := bd12Clause1(i), bd12Clause1(i+3)
		intro := m.body + " has proposed a strike from Monday, citing low pay."
		rows = append(rows,
			auditRow{
				class:    "members5/next sentence: " + m.members,
				text:     intro + " " + bd12Cap(m.members) + " warned that " + c.that + ".",
				want:     []quote{{m.speaker, ind, c.that}},
				speakers: []string{m.speaker},
			},
			auditRow{
				class:    "members5/next paragraph cuelast: " + m.members,
				text:     intro + "\n\n" + bd12Cap(c2.that) + ", " + m.members + " said.",
				want:     []quote{{m.speaker, ind, c2.that}},
				speakers: []string{m.speaker},
			},
		)
	}
	c := bd12Clause1
	rows = append(rows,
		auditRow{
			class:    "members5/near miss: bare plural",
			text:     "The Velmark Nurses' Union has proposed a strike from Monday. Nurses at the Ostby clinic said " + c(5).that + ".",
			want:     []quote{{"", ind, c(5).that}},
			speakers: []string{},
		},
		auditRow{
			class:    "members5/near miss: no such body",
			text:     "The Harbour Trust has proposed a levy. The doctors warned that " + c(6).that + ".",
			want:     []quote{{"", ind, c(6).that}},
			speakers: []string{},
		},
		auditRow{
			class:    "members5/near miss: a named member after the body",
			text:     "The Velmark Nurses' Union has proposed a strike. Ana Roos, one of the nurses, said " + c(7).that + ".",
			want:     []quote{{"Ana Roos", ind, c(7).that}},
			speakers: []string{"Ana Roos"},
		},
		auditRow{
			class:    "members5/near miss: the two doctors",
			text:     "The Zell Hospital Doctors Association has proposed a strike. Two doctors at the clinic, who asked not to be named, said " + c(0).that + ".",
			want:     []quote{{"", ind, c(0).that}},
			speakers: []string{},
		},
	)
	return rows
}

// bd12LeadRows: a lead whose cue describes a body the story names only
// further down ("The trust that runs the harbour said ... [a paragraph
// later] The Ostby Harbour Trust, set up in 1990, ...").
func bd12LeadRows() []auditRow {
	const ind = model.Indirect
	c := bd12Clause1
	return []auditRow{
		{
			class:    "lead6/the trust that runs, named two paragraphs on",
			text:     "The trust that runs the harbour said on Monday that " + c(0).that + ".\n\nBoats have been tied up since the storm.\n\nThe Ostby Harbour Trust, set up in 1990, owns the quay and the slipway.",
			want:     []quote{{"Ostby Harbour Trust", ind, c(0).that}},
			speakers: []string{"Ostby Harbour Trust"},
		},
		{
			class:    "lead6/a based firm, named in the next paragraph",
			text:     "The Ostby-based shipping firm that runs the island ferries announced on Thursday that " + c(1).that + ".\n\nKestrel Shipping bought its first ferry in 1998.",
			want:     []quote{{"Kestrel Shipping", ind, c(1).that}},
			speakers: []string{"Kestrel Shipping"},
		},
		{
			class:    "lead6/the regulator, named with its trade below",
			text:     "The country's water regulator said on Friday that " + c(2).that + ".\n\nOfvel, the water regulator, fined the utility in May.",
			want:     []quote{{"Ofvel", ind, c(2).that}},
			speakers: []string{"Ofvel"},
		},
		{
			class:    "lead6/the union, saying, named below",
			text:     "The union representing dock workers refused on Monday to meet the owners, saying " + c(3).that + ".\n\nThe Ostby Dockers' Union has 4,000 members.",
			want:     []quote{{"Ostby Dockers' Union", ind, c(3).that}},
			speakers: []string{"Ostby Dockers' Union"},
		},
		{
			class:    "lead6/near miss: another trust named below",
			text:     "Ivo Brandt said on Monday that " + c(4).that + ".\n\nThe Ostby Harbour Trust, set up in 1990, owns the quay.",
			want:     []quote{{"Ivo Brandt", ind, c(4).that}},
			speakers: []string{"Ivo Brandt"},
		},
		{
			class:    "lead6/near miss: two trusts named below",
			text:     "The trust that runs the harbour said on Monday that " + c(6).that + ".\n\nBoats have been tied up since the storm.\n\nThe Ostby Harbour Trust and the Marlow Rail Trust share the quay.",
			want:     []quote{{"", ind, c(6).that}},
			speakers: []string{},
		},
		{
			class:    "lead6/near miss: a person's relative with that",
			text:     "The report that the trust published on Monday was read by Ivo Brandt, who said " + c(7).that + ".",
			want:     []quote{{"Ivo Brandt", ind, c(7).that}},
			speakers: []string{"Ivo Brandt"},
		},
		{
			class:    "lead6/a named body's relative with which",
			text:     "The Ostby Harbour Trust which runs the quay said on Monday that " + c(1).that + ".",
			want:     []quote{{"Ostby Harbour Trust", ind, c(1).that}},
			speakers: []string{"Ostby Harbour Trust"},
		},
		{
			class:    "lead6/near miss: the trust, nothing named",
			text:     "The trust that runs the harbour said on Monday that " + c(5).that + ".\n\nBoats have been tied up since the storm.",
			want:     []quote{{"", ind, c(5).that}},
			speakers: []string{},
		},
	}
}

// bd12OfficerRows: an unnamed officer of a named body, "according to the
// Harbour Trust's chief engineer", speaks for the body, as an unnamed
// spokesperson does; one named before with that role is that person.
func bd12OfficerRows() []auditRow {
	const ind, dir = model.Indirect, model.Direct
	c := bd12Clause1
	q := func(i int) string { return strings.TrimSuffix(c(i).direct, ".") }
	return []auditRow{
		{
			class:    "officer7/according to the body's officer, another person before",
			text:     "Mara Lindqvist, the mayor of Ostby, opened the quay in 2004. According to the Harbour Trust's chief engineer, " + c(0).that + ".",
			want:     []quote{{"Harbour Trust", ind, c(0).that}},
			speakers: []string{"Harbour Trust"},
		},
		{
			class:    "officer7/the body's officer said, another person before",
			text:     "Ivo Brandt, a ferry captain, has sailed the route for years.\n\nThe Ministry of Ports' chief inspector said " + c(1).that + ".",
			want:     []quote{{"Ministry of Ports", ind, c(1).that}},
			speakers: []string{"Ministry of Ports"},
		},
		{
			class:    "officer7/a senior official of the body, quotation",
			text:     "Ivo Brandt, a ferry captain, has sailed the route for years.\n\n“" + q(2) + ",” a senior official at the Marine Safety Regulator said.",
			want:     []quote{{"Marine Safety Regulator", dir, q(2)}},
			speakers: []string{"Marine Safety Regulator"},
		},
		{
			class:    "officer7/near miss: the officer named before",
			text:     "Lena Varga, the Harbour Trust's chief engineer, inspected the quay in May. According to the trust's chief engineer, " + c(3).that + ".",
			want:     []quote{{"Lena Varga", ind, c(3).that}},
			speakers: []string{"Lena Varga"},
		},
		{
			class:    "officer7/near miss: the officer named just after",
			text:     "The Harbour Trust's chief engineer, Lena Varga, said " + c(4).that + ".",
			want:     []quote{{"Lena Varga", ind, c(4).that}},
			speakers: []string{"Lena Varga"},
		},
	}
}

// bd12PossRows: a place's possessive before a body's noun ("Ostby's port
// authority said", "the city's council said" after the city is named).
func bd12PossRows() []auditRow {
	const ind = model.Indirect
	c := bd12Clause1
	return []auditRow{
		{
			class:    "poss8/Place's port authority",
			text:     "Ostby's port authority said on Monday that " + c(0).that + ".",
			want:     []quote{{"Ostby's port authority", ind, c(0).that}},
			speakers: []string{"Ostby's port authority"},
		},
		{
			class:    "poss8/Place's health department",
			text:     bd12Cap(c(1).that) + ", Velmora's health department said.",
			want:     []quote{{"Velmora's health department", ind, c(1).that}},
			speakers: []string{"Velmora's health department"},
		},
		{
			class:    "poss8/Place's police",
			text:     "Marlow's police said on Sunday that " + c(2).that + ".",
			want:     []quote{{"Marlow's police", ind, c(2).that}},
			speakers: []string{"Marlow's police"},
		},
		{
			class:    "poss8/Place's city council",
			text:     "Kessby's city council said " + c(3).that + ".",
			want:     []quote{{"Kessby's city council", ind, c(3).that}},
			speakers: []string{"Kessby's city council"},
		},
		{
			class:    "poss8/near miss: a person's police",
			text:     "Ivo Brandt runs a bakery. Brandt's police said " + c(4).that + ".",
			want:     []quote{{"", ind, c(4).that}},
			speakers: []string{},
		},
		{
			class:    "poss8/near miss: the city's council, no city named",
			text:     "The city's council said " + c(5).that + ".",
			want:     []quote{{"", ind, c(5).that}},
			speakers: []string{},
		},
	}
}
