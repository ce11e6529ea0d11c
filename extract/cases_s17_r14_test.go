package extract_test

import (
	"strings"
	"testing"
)

// Session 17, helper r14: a fresh audit of ENTERTAINMENT and TECHNOLOGY
// reporting (celebrity statements on social media, publicists, outages,
// privacy rulings, security research), drawn from the classes the engine
// missed on a pool of 18 real excerpts of such reporting (kept outside
// the repository). Every sentence here is invented: fictional people,
// firms and places, in the shapes the pool showed, with near misses that
// must not change.
//
// FIRST PASS (engine at d0c3068, the table of 28 rows written first and
// run once): 5/28, but three "regulator" rows wanted "the Data Office"
// where the name form is "Data Office"; mended, 8/28 (0.29):
// researchers 4/11, org-noun 4/17 (only "the regulator" and the near
// miss). On the pool itself the engine at d0c3068 scored, before anyone
// tuned on it: speaker F1 0.833, quote recall 0.980, attribution 0.707
// (direct 0.973/0.767, indirect 1.000/0.476, mixed 1.000/0.800).
//
// AFTER this branch's three fixes (one commit a class, no repository
// score set falling; the held-out pages set c rose 0.896 -> 0.901 in
// attribution, a total only): 32/49 rows, researchers 8/12 (a bare firm
// name before "researchers" or "analysts" is the firm, as "researchers
// at" it is), org-noun 24/37 (a bare one-word name that owns a service,
// an app or its users is a firm "the company" or "the firm" may mean;
// "it" as the next cue's subject after a bare name with no gender just
// quoted is that name); the pool: speaker F1 0.833, quote recall 0.980,
// attribution 0.727 (from 0.707). Left known: a firm named only at a
// sentence's start, "the tech giant", "the agency" for a body with no
// agency word, a unit named with its parent's possessive.
//
// Rows added after the first pass: org-noun/it after bare firm (the six
// seen failing before its fix, with the first pass's "it said" row;
// its near misses passing both before and after), org-noun/owns service (the six seen
// failing before its fix, its two near misses passing both before and
// after), the "with ... its" outage shape and
// its near miss (org-noun/with its; the engine already passed the
// company and firm rows), and researchers/after other researchers (seen
// failing before the fix).

// r14Rows crosses the shapes the pool's technology stories used for a
// firm's own words with invented firms.
func r14Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// researchers: security research credited to "researchers at FIRM"
	// or "the FIRM researchers"; the words belong to the firm.
	type firm struct{ name, short string }
	firms := []firm{
		{"Quillfen Labs", "Quillfen"},
		{"Harrowgate Security", "Harrowgate"},
		{"Brisket Systems' Unit 9", "Unit 9"},
	}
	for _, f := range firms {
		add(auditRow{class: "researchers/at firm found/" + f.short,
			text:     "Researchers at " + f.name + " found that a hacking group called Copperwing is targeting ministries in Veltria with poisoned spreadsheets.",
			want:     []quote{{f.name, auI, "a hacking group called Copperwing is targeting ministries in Veltria with poisoned spreadsheets"}},
			speakers: []string{f.name}})
		add(auditRow{class: "researchers/the firm researchers wrote/" + f.short,
			text: "Researchers at " + f.name + " found that a hacking group called Copperwing is targeting ministries in Veltria.\n\n“This is not a new trick, but it is hard to spot,” the " + f.short + " researchers wrote.",
			want: []quote{
				{f.name, auI, "a hacking group called Copperwing is targeting ministries in Veltria"},
				{f.name, auD, "This is not a new trick, but it is hard to spot"},
			}})
		add(auditRow{class: "researchers/firm researchers said/" + f.short,
			text: "The flaw sits in a popular mail program, " + f.short + " researchers said Thursday.",
			want: []quote{{f.short, auI, "The flaw sits in a popular mail program"}}})
	}
	// The pool's shape: the finding's own clause mentions other
	// researchers just before the credit.
	add(auditRow{class: "researchers/after other researchers",
		text: "The unfixed flaw sits in a mail program used by the targeted researchers, Tessaly researchers said Thursday.",
		want: []quote{{"Tessaly", auI, "The unfixed flaw sits in a mail program used by the targeted researchers"}}})
	add(auditRow{class: "researchers/near: named researcher",
		text: "Researchers at Quillfen Labs found the flaw.\n\n“It was hiding in plain sight,” said Odile Marchetti, a researcher at Quillfen Labs.",
		want: []quote{{"Odile Marchetti", auD, "It was hiding in plain sight"}}})
	add(auditRow{class: "researchers/near: unnamed researchers",
		text: "Some researchers said the flaw sits in a popular mail program.",
		want: []quote{{"", auI, "the flaw sits in a popular mail program"}}})

	// org-noun: a firm or agency named once and then called "the
	// company", "the tech giant", "the agency", "the regulator" or "it".
	type noun struct{ org, intro, ref string }
	nouns := []noun{
		{"Tessaly", "Tessaly's cloud service went down for an hour on Monday, and engineers blamed a full disk.", "the company"},
		{"Tessaly", "Tessaly's cloud service went down for an hour on Monday, and engineers blamed a full disk.", "the tech giant"},
		{"Tessaly", "Tessaly's cloud service went down for an hour on Monday, and engineers blamed a full disk.", "the firm"},
		{"Data Office", "Brightpost was fined 2 million crowns by the Data Office on Tuesday.", "the agency"},
		{"Data Office", "Brightpost was fined 2 million crowns by the Data Office on Tuesday.", "the regulator"},
	}
	for _, n := range nouns {
		add(auditRow{class: "org-noun/said colon/" + n.ref,
			text: n.intro + "\n\nIn a statement, " + n.ref + " said: “We apologise to everyone affected.”",
			want: []quote{{n.org, auD, "We apologise to everyone affected."}}})
		add(auditRow{class: "org-noun/after quote/" + n.ref,
			text: n.intro + "\n\n“We apologise to everyone affected,” " + n.ref + " said.",
			want: []quote{{n.org, auD, "We apologise to everyone affected"}}})
		add(auditRow{class: "org-noun/stated/" + n.ref,
			text: n.intro + "\n\n“The problem has been resolved,” " + n.ref + " stated on Monday evening.",
			want: []quote{{n.org, auD, "The problem has been resolved"}}})
	}
	// The pool's outage shape: a bare firm name owns a service, a page or
	// its users mid-sentence, and "the company" or "the firm" is it.
	for _, ref := range []string{"the company", "the firm"} {
		intro := "Users of Tessaly's cloud service could not log in for an hour on Monday."
		add(auditRow{class: "org-noun/owns service/said colon/" + ref,
			text: intro + "\n\nIn a statement, " + ref + " said: “We apologise to everyone affected.”",
			want: []quote{{"Tessaly", auD, "We apologise to everyone affected."}}})
		add(auditRow{class: "org-noun/owns service/after quote/" + ref,
			text: intro + "\n\n“We apologise to everyone affected,” " + ref + " said.",
			want: []quote{{"Tessaly", auD, "We apologise to everyone affected"}}})
		add(auditRow{class: "org-noun/owns service/indirect/" + ref,
			text: intro + "\n\n" + strings.ToUpper(ref[:1]) + ref[1:] + " said it had fixed the fault by 4pm.",
			want: []quote{{"Tessaly", auI, "it had fixed the fault by 4pm"}}})
	}
	add(auditRow{class: "org-noun/owns service/near: a singer's songs",
		text: "Fans of Marisol's new songs queued for hours on Monday.\n\n“We apologise to everyone affected,” the company said.",
		want: []quote{{"", auD, "We apologise to everyone affected"}}})
	add(auditRow{class: "org-noun/owns service/near: a person's app",
		text: "Users of Ruben Okafor's app could not log in on Monday.\n\n“We apologise to everyone affected,” the company said.",
		want: []quote{{"", auD, "We apologise to everyone affected"}}})
	// The pool's outage shape: the firm named only as a non-finite
	// clause's subject with "its" after it.
	for _, ref := range []string{"the company", "the tech giant", "the firm"} {
		add(auditRow{class: "org-noun/with its/" + ref,
			text: "The outage began on Thursday afternoon, with Tessaly confirming on its status page that engineers had found the cause.\n\n“We apologise for the inconvenience,” " + ref + " stated.",
			want: []quote{{"Tessaly", auD, "We apologise for the inconvenience"}}})
	}
	add(auditRow{class: "org-noun/near: with a person and her",
		text: "The tour ended on Thursday, with Marisol confirming on her page that doctors had found the cause.\n\n“We apologise for the inconvenience,” the company stated.",
		want: []quote{{"", auD, "We apologise for the inconvenience"}}})
	add(auditRow{class: "org-noun/it said after org quote",
		text: "“We take note of the decision,” Brightpost said in a statement.\n\n“Privacy is at the heart of what we do,” it said.",
		want: []quote{
			{"Brightpost", auD, "We take note of the decision"},
			{"Brightpost", auD, "Privacy is at the heart of what we do"},
		}})
	for _, f := range []string{"Brightpost", "Quillfen"} {
		for _, cue := range []string{"it added", "it said in a statement", "it wrote in a blog post"} {
			add(auditRow{class: "org-noun/it after bare firm/" + f + "/" + cue,
				text: "“We take note of the ruling,” " + f + " said on Tuesday.\n\n“Privacy is at the heart of what we do,” " + cue + ".",
				want: []quote{
					{f, auD, "We take note of the ruling"},
					{f, auD, "Privacy is at the heart of what we do"},
				}})
		}
	}
	add(auditRow{class: "org-noun/it after bare firm/near: a singer and she",
		text: "“I am so sorry to every fan,” Marisol wrote on Instagram.\n\n“It breaks my heart,” she added.",
		want: []quote{
			{"Marisol", auD, "I am so sorry to every fan"},
			{"Marisol", auD, "It breaks my heart"},
		}})
	add(auditRow{class: "org-noun/it after bare firm/near: it is the quote's own",
		text: "“We take note of the ruling,” Brightpost said on Tuesday.\n\nThe fine is the largest yet, and it will be paid in May.",
		want: []quote{{"Brightpost", auD, "We take note of the ruling"}}, exact: true})
	add(auditRow{class: "org-noun/near: a person named last",
		text: "Tessaly's cloud service went down on Monday.\n\n“We are sorry,” said Ruben Okafor, the company's chief engineer.\n\n“It will not happen again,” he said.",
		want: []quote{
			{"Ruben Okafor", auD, "We are sorry"},
			{"Ruben Okafor", auD, "It will not happen again"},
		}})
	for i := range rows {
		c := rows[i].class
		switch {
		case strings.Contains(c, "Unit 9"):
			rows[i].known = "possessive-unit: a unit named after its parent's possessive (\"Brisket Systems' Unit 9\") is no one entity"
		case strings.HasSuffix(c, "/Harrowgate") && strings.Contains(c, "the firm researchers"):
			rows[i].known = "gate-name: \"the Harrowgate researchers\" takes the -gate name for a place's"
		case strings.HasPrefix(c, "org-noun/") && !strings.Contains(c, "near") && !strings.Contains(c, "owns service") && !strings.Contains(c, "it after bare firm") && c != "org-noun/it said after org quote" && !strings.HasSuffix(c, "the regulator") && !(strings.Contains(c, "with its") && c != "org-noun/with its/the tech giant"):
			rows[i].known = "org-noun: a bare one-word firm named at a sentence's start (or a body with no agency word) that no cue has marked as a body is not what \"the company\", \"the firm\", \"the tech giant\", \"the agency\" or \"it\" can mean"
		}
	}
	return rows
}

func TestAuditS17R14(t *testing.T) {
	runAudit(t, "s17-r14", r14Rows(), *auditKnown)
}
