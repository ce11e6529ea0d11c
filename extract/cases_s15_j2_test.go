package extract_test

import (
	"strings"
	"testing"
)

// Session 15, helper j2: the Wall Street Journal dev sets (pages dev-l,
// dev-m, dev-o, dev-p). The misses read at branch start group as: quotes
// whose closing mark the rebuilt text lost, running into the next item
// (a property of that text, not of news writing); descriptions standing
// for a body or person named before ("the restaurant operator", "the
// nation's central bank", "the former president"); a body's unnamed
// voices ("company officials said", "Campbell officials said", "an
// official at London's Stock Exchange said", "a senior Japanese official
// said"); nations as speakers; a subject whose aside holds a town and
// its state ("University Patents Inc., based in Westport, Conn., said").
// Names, places and bodies below are invented.
//
// FIRST-PASS (batch 1, j2VoicesRows, "voices"): written whole and run
// once before any fix, 7/25 (0.28): every row where "company officials",
// "exchange officials", "bank executives", "agency spokesmen", "airline
// executives" or "union officials" speak after the body was named failed
// (18), the seven near misses passed. Taking every generic body word's
// officials for the body named before cost the held-out sets (see
// j2NotFirm); a firm's words only ("company", "bank", "exchange",
// "airline" and the like) moved only dev-l: attribution 0.933 -> 0.937,
// no other set moved. After: 18/25 with 7 known (6 not-firm, 1
// loose-trade).

// j2Body is a body named in a story's first paragraph and the generic
// word that later stands for it before its officials.
type j2Body struct {
	name, intro, generic, voice string
}

var j2Bodies = []j2Body{
	{"Varnex Corp.", "Varnex Corp. reported a loss for the quarter on Monday.", "company", "officials"},
	{"Brellin Stock Exchange", "The Brellin Stock Exchange opened an hour late on Monday.", "exchange", "officials"},
	{"Orland Savings Bank", "Orland Savings Bank cut its prime rate on Monday.", "bank", "executives"},
	{"Tarvik Water Agency", "The Tarvik Water Agency raised its fees on Monday.", "agency", "spokesmen"},
	{"Skyvar Airlines", "Skyvar Airlines cancelled 40 flights on Monday.", "airline", "executives"},
	{"Orvale Teachers Union", "The Orvale Teachers Union met on Monday.", "union", "officials"},
}

const j2NotFirm = "not-firm: the officials or spokesmen of an agency, a union or an arm of the state named before are left nobody's; taking them for the body (as a firm's are) cost Holdout speaker F1 0.980 -> 0.971 and attribution 0.910 -> 0.905, pages heldout-e attribution 0.840 -> 0.830"

const j2LooseTrade = "loose-trade: a generic word of one trade takes the body named before whatever its trade, as \"The airline said\" after a water agency already does (resolveOrgDescription reads the head loosely when the body's name names no trade)"

// j2VoicesRows: "<generic body word> officials said" after the body is
// named, crossed with three frames; near misses keep such officials
// nobody's when no body of that kind is named.
func j2VoicesRows() []auditRow {
	var rows []auditRow
	const said = "the plan had failed"
	for _, b := range j2Bodies {
		cap := strings.ToUpper(b.generic[:1]) + b.generic[1:]
		known := ""
		if b.generic == "agency" || b.generic == "union" {
			known = j2NotFirm
		}
		first := len(rows)
		rows = append(rows,
			auditRow{class: "voices/opens the sentence, " + b.generic,
				text: b.intro + "\n\n" + cap + " " + b.voice + " said that " + said + ".",
				want: []quote{{b.name, auI, said}}},
			auditRow{class: "voices/after the words, " + b.generic,
				text: b.intro + "\n\n" + "The plan had failed, " + b.generic + " " + b.voice + " said.",
				want: []quote{{b.name, auI, "The plan had failed"}}},
			auditRow{class: "voices/after but, with a time, " + b.generic,
				text: b.intro + "\n\nShares fell 3%.\n\nBut " + b.generic + " " + b.voice + " said yesterday that " + said + ".",
				want: []quote{{b.name, auI, said}}},
		)
		for i := first; i < len(rows); i++ {
			rows[i].known = known
		}
	}
	rows = append(rows,
		auditRow{class: "voices/near miss, no company named",
			text: "Ilse Varga met students on Monday.\n\nCompany officials said that the plan had failed.",
			want: []quote{{"", auI, said}}},
		auditRow{class: "voices/near miss, a body of another kind",
			text:  "The Tarvik Water Agency raised its fees on Monday.\n\nAirline executives said that the plan had failed.",
			want:  []quote{{"", auI, said}},
			known: j2LooseTrade},
		auditRow{class: "voices/near miss, city officials",
			text: "Floods hit Tarvik on Monday.\n\nCity officials said that the plan had failed.",
			want: []quote{{"", auI, said}}},
		auditRow{class: "voices/near miss, bank customers",
			text: "Orland Savings Bank cut its prime rate on Monday.\n\nBank customers said that the plan had failed.",
			want: []quote{{"", auI, said}}},
		auditRow{class: "voices/near miss, company employees",
			text: "Varnex Corp. reported a loss for the quarter on Monday.\n\nCompany employees said that the plan had failed.",
			want: []quote{{"", auI, said}}},
		auditRow{class: "voices/near miss, the named body's officials",
			text: "Varnex Corp. reported a loss for the quarter on Monday.\n\nVarnex officials said that the plan had failed.",
			want: []quote{{"Varnex Corp.", auI, said}}},
		auditRow{class: "voices/near miss, a company spokesman",
			text: "Varnex Corp. reported a loss for the quarter on Monday.\n\nA company spokesman said that the plan had failed.",
			want: []quote{{"Varnex Corp.", auI, said}}},
	)
	return rows
}

func TestAuditS15J2(t *testing.T) {
	var rows []auditRow
	for _, g := range [][]auditRow{j2VoicesRows()} {
		rows = append(rows, g...)
	}
	runAudit(t, "s15j2", rows, *auditKnown)
}
