package extract_test

import (
	"strings"
	"testing"
)

// Session 14, helper f1: attribution on dev-o and dev-p (1989 Wall Street
// Journal digest items, parts 48 to 96). The largest class of misses: a
// business item names its company once, by an action that is no cue
// ("X tumbled 2 to 14.", "X attributed the drop to ...", "X reported
// flat earnings"), or by a cue, and the next sentences speak through a
// description of it ("The company said", "The El Paso, Texas, maker of
// boots said", "The Fairlawn, Ohio-based company also said", "The
// paper, packaging and publishing concern said", "The thrift said"),
// which went to nobody or to a company named earlier. A second, smaller
// class: a company whose name opens with "First" ("First of America
// Bank Corp.") loses its first word at the start of a sentence.
// Names, places and bodies are invented.
//
// FIRST-PASS (the first table, descr and first, written whole and run
// once before any fix): 28/64 (0.44): descr 26/56, first 2/8. Failures
// by mechanism: a body whose name holds a standing body's word
// ("Dunmore Savings & Loan Association", "Kessel Research Council") is
// not "the company" nor "the group", and "thrift" is no description's
// head (22); a description with a town in commas, a "maker of" phrase or
// a list of trades finds nothing after an opener that is no cue (8); a
// company whose name opens with "First" loses that word (6).
//
// Fix 2 (thrift): a savings bank's name ("Savings & Loan Association")
// is a company for "the company", and "thrift" heads a description of
// it: descr 26/56 -> 42/56, with two near misses added (thrift shops) that pass.
//
// Fix 3 (first): "First" opening a company's name ("First Dunmore
// Corp.", "First of Tarrow Bank Corp.") is no adverb and no first
// officer: first 2/8 -> 8/8, with a near miss added ("The First
// Secretary of Dunmore Trading Co.") that passes. Then its short form
// ("First of Tarrow said" after "First of Tarrow Bank Corp."), three rows
// written and run once before the fix: 1/3 (the near miss); after 3/3.
//
// Fix 4 (maker of): "The Tulsa, Okla., maker of cotton yarn and knitted
// fabric said" is the maker's description, its head before "of": descr
// 42/58 -> 48/58; three rows added with it (one without a town, two
// near misses), of which "workers at the maker of" fails as it did
// before the fix.
//
// Fix 5 (based): "The Tulsa, Okla.-based company said" holds its town
// as "The Dalton, Ga., carpet maker" does: descr 48/61 -> 52/61, with a
// near miss added ("A Tulsa, Okla.-based analyst, Ida Marsh,") that passes.
//
// Batch 3, aside (f1AsideRows, "Brenco Inc., hurt by a plant accident,
// said"), written whole and run once before its fix: 8/14 (the regular
// participles and the near misses); after 14/14: "hurt", "stung" and
// other irregular participles open an aside as "pressed" does.
//
// Batch 2, bare (f1BareRows, "Tarvelco tumbled 2 to 14. ... The company
// said"), written whole and run once before its fix: 4/14 (the near
// misses and the one-word names with "its"); after 13/14.

// f1Companies are companies an item names, each with descriptions of it
// a later sentence may use.
var f1Companies = []struct{ name, descrs string }{
	{"Marlow Textile Corp.", "The company|The Tulsa, Okla., maker of cotton yarn and knitted fabric|The Tulsa, Okla.-based company|The textile, apparel and home furnishings concern|The Tulsa company, which makes cotton yarn,"},
	{"Dunmore Savings & Loan Association", "The company|The Fenton, Ore., thrift|The thrift|The Fenton-based thrift"},
	{"Kessel Research Council", "The nonprofit, industry-supported group|The group|The research group"},
}

// f1Openers are the item's first sentence about the company (%s is its
// name), after a paragraph about other companies.
var f1Openers = []struct{ frame, text string }{
	{"stock move", "%s tumbled 2 to 14."},
	{"attributed", "%s attributed the drop in its earnings to higher start-up costs."},
	{"reported", "%s reported flat operating earnings for the third quarter."},
	{"said", "%s said its net income fell 5% to $9.1 million."},
}

const f1OtherCos = "Other rumored takeover candidates included Benfield Stores, up 1 to 20; Corra Labs, up 2 to 31, and Ostrin Mills, up 3/4 to 12."

func f1Sprintf(frame, name string) string {
	out := ""
	for i := 0; i < len(frame); i++ {
		if frame[i] == '%' && i+1 < len(frame) && frame[i+1] == 's' {
			out += name
			i++
			continue
		}
		out += string(frame[i])
	}
	return out
}

func f1Split(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// f1DescrRows: opener, then "<description> said ..." in the next
// paragraph; the other companies named before must not take it.
func f1DescrRows() []auditRow {
	var rows []auditRow
	for _, c := range f1Companies {
		for _, d := range f1Split(c.descrs) {
			for _, o := range f1Openers {
				open := f1Sprintf(o.text, c.name)
				want := []quote{{c.name, auI, "it plans a fourth-quarter charge for an early-retirement program"}}
				if o.frame == "said" {
					want = append(want, quote{c.name, auI, "its net income fell 5% to $9.1 million"})
				}
				rows = append(rows, auditRow{class: "descr/" + o.frame + " then " + d,
					text: f1OtherCos + "\n\n" + open + "\n\n" + d + " said it plans a fourth-quarter charge for an early-retirement program.",
					want: want})
			}
		}
	}
	// Other cue verbs and an adverb after the description.
	for _, v := range []string{"also said", "forecast", "also indicated", "added"} {
		rows = append(rows, auditRow{class: "descr/cue " + v,
			text: f1OtherCos + "\n\nMarlow Textile Corp. reported flat operating earnings for the third quarter.\n\nThe Tulsa, Okla.-based company " + v + " that the first half of 1990 could be rough.",
			want: []quote{{"Marlow Textile Corp.", auI, "the first half of 1990 could be rough"}}})
	}
	// Near misses.
	rows = append(rows,
		auditRow{class: "descr/maker of, no town",
			text: f1OtherCos + "\n\nMarlow Textile Corp. tumbled 2 to 14.\n\nThe maker of cotton yarn and knitted fabric said it plans a fourth-quarter charge.",
			want: []quote{{"Marlow Textile Corp.", auI, "it plans a fourth-quarter charge"}}},
		auditRow{class: "descr/near miss, workers at the maker of",
			text: f1OtherCos + "\n\nMarlow Textile Corp. tumbled 2 to 14.\n\nWorkers at the maker of cotton yarn said the plant would close.",
			want: []quote{{"", auI, "the plant would close"}}},
		auditRow{class: "descr/near miss, the maker of the film, named",
			text: "Marlow Textile Corp. tumbled 2 to 14.\n\nThe maker of the film, Ostrin Studios, said the release would be delayed.",
			want: []quote{{"Ostrin Studios", auI, "the release would be delayed"}}},
		auditRow{class: "descr/near miss, a town-based analyst named",
			text: f1OtherCos + "\n\nMarlow Textile Corp. tumbled 2 to 14.\n\nA Tulsa, Okla.-based analyst, Ida Marsh, said the textile maker faces higher costs.",
			want: []quote{{"Ida Marsh", auI, "the textile maker faces higher costs"}}},
		auditRow{class: "descr/near miss, analyst named",
			text: f1OtherCos + "\n\nMarlow Textile Corp. tumbled 2 to 14.\n\nAnalyst Mira Castel said the textile maker faces higher costs.",
			want: []quote{{"Mira Castel", auI, "the textile maker faces higher costs"}}},
		auditRow{class: "descr/near miss, a later company speaks",
			text: "Marlow Textile Corp. tumbled 2 to 14.\n\nCorra Labs said it cut prices on its test kits by 10%.\n\nThe company said the cuts take effect Monday.",
			want: []quote{{"Corra Labs", auI, "it cut prices on its test kits by 10%"}, {"Corra Labs", auI, "the cuts take effect Monday"}}},
		auditRow{class: "descr/near miss, shoppers at the thrift",
			text: "Dunmore Savings & Loan Association tumbled 2 to 14.\n\nShoppers at a thrift store in Fenton said prices were too high.",
			want: []quote{{"", auI, "prices were too high"}}},
		auditRow{class: "descr/near miss, a thrift shop's owner",
			text: "Marlow Textile Corp. tumbled 2 to 14.\n\nIda Marsh, who runs a thrift shop in Fenton, said used clothes sell well.",
			want: []quote{{"Ida Marsh", auI, "used clothes sell well"}}},
		auditRow{class: "descr/near miss, the union said",
			text: "Marlow Textile Corp. tumbled 2 to 14.\n\nThe union said the layoffs were unfair.",
			want: []quote{{"", auI, "the layoffs were unfair"}}},
		auditRow{class: "descr/near miss, a person then the company",
			text: "Marlow Textile Corp. tumbled 2 to 14.\n\n“We expected worse,” said Ana Prell, the company’s treasurer.\n\nThe company said it plans a fourth-quarter charge.",
			want: []quote{{"Ana Prell", auD, "We expected worse"}, {"Marlow Textile Corp.", auI, "it plans a fourth-quarter charge"}}},
	)
	return rows
}

// f1FirstRows: a company whose name opens with "First".
func f1FirstRows() []auditRow {
	var rows []auditRow
	for _, n := range []string{"First of Tarrow Bank Corp.", "First Dunmore Corp.", "First Kessel Financial Inc."} {
		rows = append(rows,
			auditRow{class: "first/opens the paragraph",
				text: "The thrift has assets of $3.2 billion.\n\n" + n + " said it completed its acquisition of Ravel Financial Group Inc. for about $250 million.",
				want: []quote{{n, auI, "it completed its acquisition of Ravel Financial Group Inc. for about $250 million"}}},
			auditRow{class: "first/opens the second sentence",
				text: "Bank stocks were mixed. " + n + " said it completed its acquisition of Ravel Financial Group Inc. for about $250 million.",
				want: []quote{{n, auI, "it completed its acquisition of Ravel Financial Group Inc. for about $250 million"}}},
		)
	}
	// The short form after the full name.
	rows = append(rows,
		auditRow{class: "first/short form after the full name",
			text: "First of Tarrow Bank Corp. said it completed its acquisition of Ravel Financial Group Inc.\n\nFirst of Tarrow said it will eliminate 13 management positions.",
			want: []quote{{"First of Tarrow Bank Corp.", auI, "it completed its acquisition of Ravel Financial Group Inc."}, {"First of Tarrow Bank Corp.", auI, "it will eliminate 13 management positions"}}},
		auditRow{class: "first/short form with a town before it",
			text: "First of Tarrow Bank Corp. said it completed its acquisition of Ravel Financial Group Inc.\n\nRavel Financial has eight banks.\n\nFenton, Ore.-based First of Tarrow said it will eliminate 13 management positions.",
			want: []quote{{"First of Tarrow Bank Corp.", auI, "it completed its acquisition of Ravel Financial Group Inc."}, {"First of Tarrow Bank Corp.", auI, "it will eliminate 13 management positions"}}},
		auditRow{class: "first/near miss, First of all",
			text: "First of Tarrow Bank Corp. said it completed its acquisition of Ravel Financial Group Inc.\n\nFirst of all, Lena Vokes said, the branches will stay open.",
			want: []quote{{"First of Tarrow Bank Corp.", auI, "it completed its acquisition of Ravel Financial Group Inc."}, {"Lena Vokes", auI, "the branches will stay open"}}},
	)
	// Near misses: "First," as an adverb.
	rows = append(rows,
		auditRow{class: "first/near miss, First, the adverb",
			text: "The plan has three parts.\n\nFirst, Dunmore Corp. said it will sell its trucking unit.",
			want: []quote{{"Dunmore Corp.", auI, "it will sell its trucking unit"}}},
		auditRow{class: "first/near miss, the First Secretary of a company",
			text: "The plan has three parts.\n\nThe First Secretary of Dunmore Trading Co. said the unit would be sold.",
			want: []quote{{"", auI, "the unit would be sold"}}},
		auditRow{class: "first/near miss, First the adverb then a person",
			text: "The plan has three parts.\n\nFirst Lena Vokes said the unit would be sold.",
			want: []quote{{"Lena Vokes", auI, "the unit would be sold"}}},
	)
	return rows
}

// f1BareRows: a company named by a bare name with no word of a
// company ("Tarvelco", "Brenmark Truck"), the subject of a stock move or
// of a business verb, then "The company said"; another company named in
// the paragraph before must not take it.
func f1BareRows() []auditRow {
	var rows []auditRow
	for _, n := range []string{"Tarvelco", "Quillbyne", "Brenmark Truck"} {
		for _, o := range []string{
			"%s tumbled 2 to 14.",
			"%s, a rumored target within the drug industry, advanced 7/8 to 38 7/8.",
			"%s rose 1 1/4 to 22 1/2 on heavy volume.",
			"%s attributed the downturn in its earnings to higher start-up costs.",
		} {
			rows = append(rows, auditRow{class: "bare/" + f1Sprintf(o, "X") + " then the company said",
				text: f1OtherCos + "\n\n" + f1Sprintf(o, n) + "\n\nThe company said it plans a fourth-quarter charge for an early-retirement program.",
				want: []quote{{n, auI, "it plans a fourth-quarter charge for an early-retirement program"}}})
		}
	}
	// Near misses: a person's name, or a person's move.
	rows = append(rows,
		auditRow{class: "bare/near miss, a person rose to a post",
			text: f1OtherCos + "\n\nLena Vokes rose to chief executive in 1987.\n\nThe company said she would retire in May.",
			want: []quote{{"Ostrin Mills", auI, "she would retire in May"}}},
		auditRow{class: "bare/near miss, a golfer fell 2 strokes",
			text: "Ivo Santer fell 2 strokes behind the leader.\n\nThe company said its sponsorship would continue.",
			want: []quote{{"", auI, "its sponsorship would continue"}}},
	)
	return rows
}

// Mechanisms of the rows still failing.
const (
	f1BodyWord  = "body-word: a research council (\"Kessel Research Council\") is not \"the group\" unless it spoke and is a body of people by its name"
	f1TownDescr = "town-descr: a description with a list of trades or traits (\"The textile, apparel and home furnishings concern\") resolves only to a company that has spoken"
	f1WorkersAt = "workers-at: unnamed workers at a described company go to the company, as they did before this table (not its class)"
	f1TwoWord   = "two-word-its: a two-word name the shape makes a person (\"Brenmark Truck attributed ... its\") is no company for \"the company\" without a stock move"
)

// f1AsideRows: a participle's aside in commas between the speaker and
// the cue ("Brenco Inc., hurt by a plant accident and other costs,
// said").
func f1AsideRows() []auditRow {
	var rows []auditRow
	for _, n := range []string{"Brenco Inc.", "Lena Vokes", "the Tarrow County Council"} {
		want := strings.TrimPrefix(n, "the ")
		for _, a := range []string{"hurt by a plant accident and other unexpected costs", "stung by higher costs", "pressed by reporters", "burdened with debt"} {
			text := "Poland needs markets.\n\n" + n + ", " + a + ", said it expects profit to fall."
			if n[0] == 't' {
				text = "Poland needs markets.\n\nThe" + n[3:] + ", " + a + ", said it expects profit to fall."
			}
			rows = append(rows, auditRow{class: "aside/" + want + ", " + a + ", said",
				text: text,
				want: []quote{{want, auI, "it expects profit to fall"}}})
		}
	}
	rows = append(rows,
		auditRow{class: "aside/near miss, an agent in the aside",
			text: "Poland needs markets.\n\nBrenco Inc., owned by Ostrin Mills Corp., said it expects profit to fall.",
			want: []quote{{"Brenco Inc.", auI, "it expects profit to fall"}}},
		auditRow{class: "aside/near miss, people hurt, no commas",
			text: "Brenco Inc. closed the plant.\n\nWorkers hurt by the accident said the plant was unsafe.",
			want: []quote{{"", auI, "the plant was unsafe"}}},
	)
	return rows
}

func TestAuditS14F1(t *testing.T) {
	var rows []auditRow
	for _, g := range [][]auditRow{f1DescrRows(), f1FirstRows(), f1BareRows(), f1AsideRows()} {
		rows = append(rows, g...)
	}
	for i := range rows {
		r := &rows[i]
		switch {
		case strings.Contains(r.class, "workers at the maker"):
			r.known = f1WorkersAt
		case strings.Contains(r.class, "near miss"):
		case strings.HasPrefix(r.class, "bare/") && strings.Contains(r.text, "Brenmark Truck attributed"):
			r.known = f1TwoWord
		case !strings.HasPrefix(r.class, "descr/"):
		case strings.HasSuffix(r.class, "then The group"):
			r.known = f1BodyWord
		case (strings.Contains(r.class, "stock move then") || strings.Contains(r.class, "attributed then")) &&
			(strings.Contains(r.class, "concern") || strings.Contains(r.class, "nonprofit")):
			r.known = f1TownDescr
		}
	}
	runAudit(t, "f1", rows, *auditKnown)
}
