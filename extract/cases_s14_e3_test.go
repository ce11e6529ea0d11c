package extract_test

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"soundbite/extract"
)

// Session 14 (helper e3): speaker F1 on the dev sets. The dev speaker
// misses and false speakers (Wikinews dev-a..dev-n, pages dev-a..dev-n,
// feed gold, fictional dev; 87 misses, 44 false, 7 duplicates at the
// start) were sorted by mechanism. Most are one of a kind (a pronoun
// taken by a body named in passing, a cue verb with a noun object, a
// body's nickname the text never ties to its name: "Big Board", "the
// Merc", "RBI" beside "Reserve Bank"). Two name-forming classes are
// probed here, each a frame crossed with three invented casts, with near
// misses that must not change:
//
//   - acrand: an acronym and a second body joined by "and" before a
//     shared noun ("a team of MITI and U.S. Commerce Department
//     officials") read as one body's name: the "Fire and Rescue
//     Service" rule (one remit word before the "and", the body's word
//     after it) took the acronym for the first half of a remit, so the
//     pair became a speaker of its own, took the acronym as its alias,
//     and the acronym's later quotes with it (WSJ part-35);
//   - linkform (checked by e3FormRows, not runAudit): a name linked in
//     web copy after its title ("President [Tomas Brenn](...)") keeps the
//     link's bracket in the titled form the speaker lists among its
//     aliases ("President [Tomas Brenn"): a fragment in the speakers
//     list (pages dev-a, dev-k).
//
// FIRST PASS (engine at f241247, the whole table run once as written):
//   acrand   10/19 (the seven near misses pass; 3 of the 12 positives:
//            the pair took every later quote of the acronym's, or of the
//            partner's)
//   linkform  0/12 (every titled form kept the bracket)

var e3KnownFlag = flag.Bool("e3.known", false, "TestAuditS14E3 runs its known failures too")

// e3Bodies are invented bodies named in full, their acronyms, and a
// second body the acronym is paired with.
var e3Bodies = []struct{ full, acr, partner string }{
	{"Ministry of Coastal Works and Harbours", "MCWH", "Estmark Transport Department"},
	{"Office of Rail Standards", "ORS", "Calder Interior Ministry"},
	{"Tarrow Valley Authority", "TVA", "Vellmar Water Board"},
}

// e3BareAcronym marks the acronyms the engine does not take for a name
// when they open a sentence with no article ("ORS said ..." gives nobody,
// "The ORS said ..." the ORS), so a joint with one reads as the partner's
// alone: another mechanism than the pair's name.
var e3BareAcronym = map[string]string{
	"ORS": "bare-acronym: a sentence-opening acronym without \"the\" (\"ORS said ...\") is not taken for a name, so \"ORS and X officials said in a joint statement\" is X's alone",
}

func e3Rows() []auditRow {
	var rows []auditRow
	for _, b := range e3Bodies {
		rows = append(rows,
			auditRow{
				class: "acrand/team-of",
				text: fmt.Sprintf("“We will not move,” says a %s official.\n\nSince then, a team of %s and %s officials have toured the ports.\n\n“Slowly, it changes,” says the %s official.",
					b.full, b.acr, b.partner, b.acr),
				want:     []quote{{b.full, auD, "We will not move"}, {b.full, auD, "Slowly, it changes"}},
				speakers: []string{b.full},
			},
			auditRow{
				class:    "acrand/met",
				text:     fmt.Sprintf("%s and %s officials met on Monday.\n\nThe %s said the talks had gone well.", b.acr, b.partner, b.acr),
				want:     []quote{{b.acr, auI, "the talks had gone well"}},
				speakers: []string{b.acr},
			},
			auditRow{
				class:    "acrand/partner-speaks",
				text:     fmt.Sprintf("Officials of %s and %s met on Monday.\n\nThe %s said the talks had gone well.", b.acr, b.partner, b.partner),
				want:     []quote{{b.partner, auI, "the talks had gone well"}},
				speakers: []string{b.partner},
			},
			auditRow{
				class:    "acrand/joint",
				text:     fmt.Sprintf("%s and %s officials said in a joint statement that the ports would reopen on Friday.", b.acr, b.partner),
				want:     []quote{{"", auI, "the ports would reopen on Friday"}},
				speakers: []string{},
				known:    e3BareAcronym[b.acr],
			},
		)
	}
	// near misses: one body whose remit is joined by "and" stays one
	// speaker.
	for _, nm := range []struct{ text, speaker, words string }{
		{"The North Calder Fire and Rescue Service said the blaze was out by midnight.", "North Calder Fire and Rescue Service", "the blaze was out by midnight"},
		{"The Food and Drug Administration said the pills were safe to take.", "Food and Drug Administration", "the pills were safe to take"},
		{"The Brewery and Distillery Workers' Union said its members would strike.", "Brewery and Distillery Workers' Union", "its members would strike"},
		{"HM Revenue and Customs said the new forms would be sent in May.", "HM Revenue and Customs", "the new forms would be sent in May"},
		{"The Vellmar Agriculture and Food Agency said the harvest was late.", "Vellmar Agriculture and Food Agency", "the harvest was late"},
		{"The Estmark Fish and Wildlife Service said the herons had returned.", "Estmark Fish and Wildlife Service", "the herons had returned"},
		{"The ICT and Innovation Ministry said the network would be upgraded.", "ICT and Innovation Ministry", "the network would be upgraded"},
	} {
		rows = append(rows, auditRow{
			class:    "acrand/near-one-body",
			text:     nm.text,
			want:     []quote{{nm.speaker, auI, nm.words}},
			speakers: []string{nm.speaker},
		})
	}
	return rows
}

// e3Linked are invented people named by a title and a linked name.
var e3Linked = []struct{ title, name, slug string }{
	{"Estmark President", "Arlo Venn", "arlo-venn"},
	{"Calder Prime Minister", "Ines Morrow", "ines-morrow"},
	{"Tarrow Mayor", "Osk Halloran", "osk-halloran"},
}

// e3FormRow is a text and the one speaker it should list, whose name and
// aliases should hold no Markdown link marks.
type e3FormRow struct {
	class, text, speaker string
}

func e3FormRows() []e3FormRow {
	var rows []e3FormRow
	for _, p := range e3Linked {
		link := fmt.Sprintf("[%s](https://example.com/people/%s)", p.name, p.slug)
		rows = append(rows,
			e3FormRow{"linkform/title-said", fmt.Sprintf("%s %s said on Wednesday that the border would stay shut.", p.title, link), p.name},
			e3FormRow{"linkform/title-called", fmt.Sprintf("%s %s on Wednesday called for a “pause” in the fighting.", p.title, link), p.name},
			e3FormRow{"linkform/according", fmt.Sprintf("The border will stay shut, according to %s %s.", p.title, link), p.name},
			e3FormRow{"linkform/later-said", fmt.Sprintf("%s %s visited the port on Monday.\n\n“We will rebuild it,” %s said.", p.title, link, p.name[strings.LastIndex(p.name, " ")+1:]), p.name},
		)
	}
	return rows
}

func TestAuditS14E3(t *testing.T) {
	runAudit(t, "e3", e3Rows(), *e3KnownFlag)
	pass := 0
	rows := e3FormRows()
	for i, row := range rows {
		var probs []string
		res := extract.Extract(strings.Split(row.text, "\n\n"))
		if len(res.Speakers) != 1 || res.Speakers[0].Name != row.speaker {
			var names []string
			for _, s := range res.Speakers {
				names = append(names, s.Name)
			}
			probs = append(probs, fmt.Sprintf("speakers %q, want [%q]", names, row.speaker))
		}
		for _, s := range res.Speakers {
			for _, f := range append([]string{s.Name}, s.Aliases...) {
				if strings.ContainsAny(f, "[]()") {
					probs = append(probs, fmt.Sprintf("speaker %q has the form %q", s.Name, f))
				}
			}
		}
		if len(probs) == 0 {
			pass++
		}
		t.Run(fmt.Sprintf("%03d/%s", i, row.class), func(t *testing.T) {
			for _, p := range probs {
				t.Error(p)
			}
		})
	}
	t.Logf("e3 %-12s %3d/%3d pass (%.2f)", "linkform", pass, len(rows), float64(pass)/float64(len(rows)))
}
