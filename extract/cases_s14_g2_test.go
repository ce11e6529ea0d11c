package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// The session 14 audit (helper g2) of a SCIENCE AGENCY'S PRESS RELEASES:
// invented releases of invented agencies, labs, missions and scientists in
// the house style (quotes first with "said Dr. X, <affiliation>" last, long
// appositions, "the team found", "the study, published ... in ..., shows",
// "according to the paper", data and models that "indicate" or "suggest",
// the agency's estimates, spacecraft and instruments that detect, co-author
// lists, "led by", boilerplate, media contacts, credits and captions).
// Calls (extract/testdata/README.md and realnews/README.md): an unnamed
// study, team, paper, data, model or "the researchers" give a null quote;
// "researchers at X report" and a named body's data are X's; a study "led
// by" a named scientist is that scientist's; "X and her colleagues found"
// is a joint cue, null; a spacecraft or instrument that detects says
// nothing; boilerplate, contacts, credits and captions are no quotes.
//
// SUMMARY. The fresh estimate is the batches written as a release's
// wordings, not aimed at a miss already seen (1, 2, 6, 7, 9): 214/228
// (0.94) on their first pass. The batches aimed at the misses those showed
// (3, 4, 5, 8, 10) first passed 37/99, nearly all the near misses among
// them; after the fixes every batch passes but for 8 known rows.
//
// FIRST PASS (engine at d973fa8, each batch run once as written, before
// any fix on this branch):
//
// batch 1 (g2Rows, 74 rows): 73/74 (0.99); affil 35/35, body 7/7, boiler
// 8/8, coauth 7/7, instr 8/8, study 8/9. The one failure was a call of
// mine the engine settles otherwise: "Quell and her colleagues found" is
// the lead's (np.go, "Mirela Sanz and colleagues"), not a joint null;
// the row now wants Quell.
//
// batch 2 (g2Batch2Rows, 66 rows): 56/66 (0.85); premod 10/10, split
// 25/25, near 6/6, lead 15/25. The lead misses: "Scientists using the
// Halden orbiter have found evidence that X" gave no quote (5), and "The
// team, which included scientists from OSA, the University of Pellmark
// and ..., found that X" gave the quote to OSA (5).
//
// batch 3 (g2Batch3Rows, 29 rows, on those two and zero-"that" science
// verbs): 14/29 (0.48); evid 3/12 (every "found/discovered evidence
// that" failed; "uncovered", no cue verb, passed, and so did two near
// misses), acr 3/5, zero 8/12. Three zero rows wanted a surname where
// the row names the scientist in full first (my error, corrected) and
// one ("The agency estimates" after a Survey) was no settled call and
// was dropped.
//
// After the fix (foundEvidenceThat in cues.go: a verb of finding with
// "evidence" and "that", asked before the verb's own reading): batch 1
// 74/74, batch 2 61/66, batch 3 23/28; the rest carry known.
//
// batch 4 (g2Batch4Rows, 19 rows, on batch 3's "The researchers, who
// worked with colleagues at OSA, report that"): run once on the engine
// before its fix (cues.go as committed after the evidence fix): 5/19
// (0.26); every plain-form cue after a plural subject and a clause set off
// by commas lost its quote (only the near misses passed). After the fix
// (setOffSubjectBefore in cues.go): 16/19 with 3 known, a zero-"that"
// clause with a long subject that fails without the set-off clause too.
//
// batch 5 (g2Batch5Rows, 14 rows, on that zero-"that" class after a verb
// that may take a hearer: "warned temperatures in the Varn Basin would
// rise"): run once before its fix, 6/14 (0.43); a thing with a phrase
// after it was read as the hearer, so the clause lost its subject (the
// four near misses, people who hear, passed). After the fix
// (skipNounPhrasePreps in complement.go): 12/14, the two left on
// "beneath", which the lexicon lacked; with "beneath", "underneath",
// "alongside", "throughout" and "atop" added to prepWords: 14/14. The
// set-off fix also passed batch 3's "who worked with colleagues at OSA,
// report" row, and this one a batch 4 row ("warn sea-surface
// temperatures in the Varn Basin rose ...").
//
// batch 6 (g2Batch6Rows, 33 rows: "X's team reports", "writes X in the
// paper", "adding that", "noting that", "put it this way:", "OSA
// officials said", "the authors write", "About OSA:", "Ph.D." after the
// name): 32/33 (0.97); the one failure was my call, "Agency officials
// said" for the agency, where the house convention (pages README,
// cases_s6_known_test.go) makes a common noun's officials unnamed; the
// row now wants nobody.
//
// batch 7 (g2Batch7Rows, 30 rows, an international staff's names and
// titles in three frames): 28/30 (0.93); "Assoc. Prof." was no title
// (its period ended the sentence and "Assoc" became the speaker). After
// adding "assoc." to titleWords and abbrevWords: 30/30.
//
// batch 8 (g2Batch8Rows, 17 rows, on batch 4's "note adults who slept
// ... were": a plural speaker, a base form the lexicon also reads as a
// noun, a clause with no "that" and a bare noun for subject): run once
// before its fix, 5/17 (0.29); "note", "conclude", "observe", "state",
// "reveal" before a bare noun were demoted to nouns and "demonstrate"
// took no clause without "that". One near miss ("The students note cards
// were handed out") was a garden path either reading allows, and was
// dropped. After the fix (pluralBeforeBareClause in doc.go; "calculate"
// and "demonstrate" beside "estimate" in complement.go, which also
// passed batch 3's "Quell calculated the asteroid would pass"): 14/16,
// the two left behind "Scientists at the Halvard Institute" known. With
// pluralSpeakerEndsAt in doc.go (the plural may carry "at/from/with <body>"
// or a clause set off by commas): 16/16, and batch 4's two zero-long rows
// pass too (19/19); three near misses added then (objects after the
// noun-like verb, and "state parks" after a body's name) pass.
//
// batch 9 (g2Batch9Rows, 25 rows: straight quotation marks, a quotation
// over two paragraphs, a PR wire dateline, "in a news release"): 25/25.
//
// batch 10 (g2Batch10Rows, 20 rows: "The mission's principal
// investigator, Dr. Mara Quell of Pellmark University, said"): run once
// before its fix, 7/20 (0.35); a role noun the lexicon lacked
// ("investigator", "glaciologist", "oceanographer", ...) before a titled
// name with "of <body>" gave the quote to nobody (without the title it
// passed). After adding science copy's role nouns to roleWords: 20/20.

// Mechanisms of the rows still failing.
const (
	g2AcronymMember = "acronym-member: \"The team, which included scientists from OSA, ...\" with the acronym never spelt out: the acronym, a member's employer inside the subject's relative clause, is taken for the team's speaker (spelt out, or the full name, it is not)"
	g2GroupCoref    = "group-coref: \"The group, which includes engineers from OSA, says\" after three bodies named: \"the group\" is read as the last body named"
	g2NoEvidence    = "no-evidence: \"found no evidence that X\" is read as the clause \"no evidence that X\" by the verb's own reading (before this audit as after); whether it is a quote at all is no settled call"
	g2FoundObject   = "found-object: \"found evidence in a rock it drilled\": an object with a contact clause is read as a clause without \"that\" (before this audit as after)"
)

// g2Cast is a scientist as a release names them: the title and name
// before the cue, the affiliation after it, the name the gold wants, and
// the pronoun for the next paragraph.
type g2Cast struct{ titled, affil, name, pron string }

var g2Casts = []g2Cast{
	{"Dr. Mara Quell", "project scientist for the Halden mission at the Orlund Space Agency's Tarvik Flight Center in Lenmoor", "Mara Quell", "she"},
	{"Ilya Brannoch", "a research geophysicist with the Kessling Geological Survey's Volcano Hazards Program in Ostry, Varland", "Ilya Brannoch", "he"},
	{"Dr. Sunniva Okafor-Lund", "director of the Halvard Institute for Ocean Research and a co-author of the study", "Sunniva Okafor-Lund", "she"},
	{"Professor Tomas Ederveen", "who leads the Arctic Ice Group at the University of Pellmark and was not involved in the research", "Tomas Ederveen", "he"},
	{"Deon Marsh, Ph.D.", "chief of the Sleep Disorders Branch at the Velmar Institutes of Health's National Heart Center", "Deon Marsh", "he"},
}

// g2Clauses are findings as reported clauses.
var g2Clauses = []string{
	"the glacier lost about 40 billion tonnes of ice between 2015 and 2023",
	"sea-surface temperatures in the Varn Basin rose faster than the models predicted",
	"the aquifer beneath the Ostry plain recharges far more slowly than once thought",
	"adults who slept less than six hours a night were twice as likely to develop the condition",
	"the comet's tail holds roughly three times as much water vapour as expected",
}

// g2Quotes are a scientist's direct words.
var g2Quotes = []string{
	"This is the clearest picture we have ever had of how the ice sheet is changing",
	"We did not expect the signal to be this strong, and that tells us something new about the crust",
	"These measurements give coastal planners numbers they can actually use",
	"What surprised us most was how quickly the effect appeared",
	"It is a bit like hearing a whisper across a crowded stadium",
}

func g2Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	for i, c := range g2Casts {
		q := g2Quotes[i]
		cl := g2Clauses[i]
		q2 := g2Quotes[(i+1)%len(g2Quotes)]
		// affil: quote first, the cue last, the affiliation after the name.
		add(auditRow{class: "affil/quote, said Dr. X, affiliation",
			text:     fmt.Sprintf("“%s,” said %s, %s.", q, c.titled, c.affil),
			want:     []quote{{c.name, auD, q}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "affil/quote, X, affiliation, said",
			text:     fmt.Sprintf("“%s,” %s, %s, said.", q, c.titled, c.affil),
			want:     []quote{{c.name, auD, q}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "affil/quote, explained X, then pronoun's second quote",
			text:     fmt.Sprintf("“%s,” explained %s, %s.\n\n“%s,” %s added.", q, c.titled, c.affil, q2, c.pron),
			want:     []quote{{c.name, auD, q}, {c.name, auD, q2}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "affil/X, affiliation, said: quote",
			text:     fmt.Sprintf("%s, %s, said: “%s.”", c.titled, c.affil, q),
			want:     []quote{{c.name, auD, q}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "affil/X, affiliation, said clause",
			text:     fmt.Sprintf("%s, %s, said the new measurements show %s.", c.titled, c.affil, cl),
			want:     []quote{{c.name, auI, "the new measurements show " + cl}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "affil/clause, noted X, affiliation",
			text:     fmt.Sprintf("The results show that %s, noted %s, %s.", cl, c.titled, c.affil),
			want:     []quote{{c.name, auI, "The results show that " + cl}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "affil/mission context, then surname said",
			text: fmt.Sprintf("The Halden orbiter detected the plume on its fourth pass over the pole.\n\n“%s,” said %s, %s.\n\n%s said the team will point the orbiter's Varo spectrometer at the plume again in May.",
				q, c.titled, c.affil, g2Surname(c.name)),
			want:     []quote{{c.name, auD, q}, {c.name, auI, "the team will point the orbiter's Varo spectrometer at the plume again in May"}},
			speakers: []string{c.name}, exact: true})
	}
	// study: the study's, team's, paper's, data's and models' findings
	// are null quotes.
	studyFrames := []struct{ class, format, span string }{
		{"study/the team found that", "The team found that %s.", "%s"},
		{"study/the study, published in, shows that", "The study, published Tuesday in the journal Northern Geoscience, shows that %s.", "%s"},
		{"study/according to the paper", "According to the paper, %s.", "%s"},
		{"study/the data indicate that", "The data indicate that %s.", "%s"},
		{"study/models suggest", "Models suggest %s.", "%s"},
		{"study/the researchers report in the journal", "The researchers report in the journal Ocean Letters that %s.", "%s"},
		{"study/the authors write", "In the paper, the authors write that %s.", "%s"},
		{"study/clause, the study found", "Over the decade, %s, the study found.", "Over the decade, %s"},
		{"study/X and her colleagues found (the lead's)", "Quell and her colleagues found that %s.", "%s"},
	}
	for i, f := range studyFrames {
		cl := g2Clauses[i%len(g2Clauses)]
		text := fmt.Sprintf(f.format, cl)
		who := ""
		if f.class == "study/X and her colleagues found (the lead's)" {
			text = "Dr. Mara Quell of the Orlund Space Agency led the analysis. " + text
			who = "Mara Quell"
		}
		add(auditRow{class: f.class, text: text,
			want: []quote{{who, auI, fmt.Sprintf(f.span, cl)}}, exact: true})
	}
	// body: a named body's research, data or estimate is its own.
	bodyFrames := []struct{ class, text, speaker, span string }{
		{"body/researchers at X report", "Researchers at the University of Pellmark report that %s.", "University of Pellmark", "%s"},
		{"body/the agency estimates, named before", "The Orlund Space Agency (OSA) launched the Halden orbiter in 2021. The agency estimates that %s.", "Orlund Space Agency", "%s"},
		{"body/acronym estimates", "The Kessling Geological Survey (KGS) monitors the basin. KGS estimates %s.", "Kessling Geological Survey", "%s"},
		{"body/data from the body show", "Data from the Kessling Geological Survey show that %s.", "Kessling Geological Survey", "%s"},
		{"body/a study led by Dr. X found", "A study led by Dr. Mara Quell of the Orlund Space Agency found that %s.", "Mara Quell", "%s"},
		{"body/according to a survey by the body", "According to a new survey by the Halvard Institute for Ocean Research, %s.", "Halvard Institute for Ocean Research", "%s"},
		{"body/the agency said in its annual report", "The Velmar Institutes of Health said in its annual report that %s.", "Velmar Institutes of Health", "%s"},
	}
	for i, f := range bodyFrames {
		cl := g2Clauses[(i+2)%len(g2Clauses)]
		add(auditRow{class: f.class, text: fmt.Sprintf(f.text, cl),
			want: []quote{{f.speaker, auI, fmt.Sprintf(f.span, cl)}}, exact: true})
	}
	// instr: spacecraft, instruments and missions detect and observe;
	// they are no speakers and say nothing.
	instr := []string{
		"The Halden orbiter detected a faint plume of water vapour above the southern pole on March 3.",
		"Its Varo spectrometer observed the plume for about 40 minutes before it faded.",
		"The Pellmark-2 satellite measured a 12-metre drop in the height of the ice shelf.",
		"Sensors aboard the research vessel Kelda Marr recorded water temperatures of 31 degrees Celsius.",
		"The mission, known as the Deep Aquifer Mapping Experiment, or DAME, will fly again in 2027.",
		"NOVA-3 spotted the asteroid on Jan. 9, and ground telescopes in Ostry confirmed it two nights later.",
	}
	for _, s := range instr {
		add(auditRow{class: "instr/near miss: a spacecraft or instrument observes", text: s, exact: true, speakers: []string{}})
	}
	add(auditRow{class: "instr/instrument named beside the speaker",
		text:     "“The plume is real, and it is bigger than we thought,” said Dr. Mara Quell, whose team built the Varo spectrometer aboard the Halden orbiter.",
		want:     []quote{{"Mara Quell", auD, "The plume is real, and it is bigger than we thought"}},
		speakers: []string{"Mara Quell"}, exact: true})
	add(auditRow{class: "instr/spacecraft in the quote's sentence, scientist named",
		text:     "Halden's camera captured the image from 400 kilometres up. “You can see every crevasse,” Quell said.",
		want:     []quote{{"Quell", auD, "You can see every crevasse"}},
		speakers: []string{"Quell"}, exact: true})
	// boiler: a release's tail is no quote and names no speaker.
	boiler := []string{
		"The Orlund Space Agency's Tarvik Flight Center in Lenmoor manages the Halden mission for the agency's Science Mission Directorate in Brask.",
		"For more information about Halden, visit:\n\nwww.osa.example/halden",
		"Media contacts:\n\nPetra Lind\nOrlund Space Agency, Brask\n555-0142\npetra.lind@osa.example\n\nJonas Eker\nTarvik Flight Center, Lenmoor\n555-0188",
		"Image credit: OSA/Tarvik/University of Pellmark",
		"Caption: An artist's concept shows the Halden orbiter above the southern pole of the moon Kessa. Credit: OSA/Tarvik",
		"Other authors of the paper include Jun Tasaki of the Pellmark Observatory and Ravi Denholm of Kessling University.",
		"The research was funded by the Velmar Science Council and the Halvard Institute for Ocean Research.",
		"Multimedia: Download high-resolution images and video of the plume at osa.example/media. -end-",
	}
	for i, b := range boiler {
		c := g2Casts[i%len(g2Casts)]
		q := g2Quotes[i%len(g2Quotes)]
		add(auditRow{class: "boiler/release tail after a quote",
			text:     fmt.Sprintf("“%s,” said %s, %s.\n\n%s", q, c.titled, c.affil, b),
			want:     []quote{{c.name, auD, q}},
			speakers: []string{c.name}, exact: true})
	}
	// coauth: co-authors and leads as speakers.
	add(auditRow{class: "coauth/said co-author Dr. X of Y",
		text:     "“The pattern held at every site we sampled,” said co-author Dr. Jun Tasaki of the Pellmark Observatory.",
		want:     []quote{{"Jun Tasaki", auD, "The pattern held at every site we sampled"}},
		speakers: []string{"Jun Tasaki"}, exact: true})
	add(auditRow{class: "coauth/lead author X said",
		text:     "Lead author Ravi Denholm, a doctoral student at Kessling University, said the team will next test the method on river deltas.",
		want:     []quote{{"Ravi Denholm", auI, "the team will next test the method on river deltas"}},
		speakers: []string{"Ravi Denholm"}, exact: true})
	add(auditRow{class: "coauth/the study's lead author, X, said",
		text:     "The study's lead author, Dr. Sunniva Okafor-Lund of the Halvard Institute, said the warming was concentrated in the upper 50 metres.",
		want:     []quote{{"Sunniva Okafor-Lund", auI, "the warming was concentrated in the upper 50 metres"}},
		speakers: []string{"Sunniva Okafor-Lund"}, exact: true})
	add(auditRow{class: "coauth/X, who led the study, said",
		text:     "Ilya Brannoch, who led the study with colleagues at the Kessling Geological Survey, said the fault had been locked for at least 300 years.",
		want:     []quote{{"Ilya Brannoch", auI, "the fault had been locked for at least 300 years"}},
		speakers: []string{"Ilya Brannoch"}, exact: true})
	add(auditRow{class: "coauth/outside expert, mixed",
		text:     "Tomas Ederveen, a glaciologist at the University of Pellmark who was not involved in the study, called the findings “a genuine step forward” and said they would need to be confirmed.",
		want:     []quote{{"Tomas Ederveen", auI, "they would need to be confirmed"}},
		speakers: []string{"Tomas Ederveen"}})
	add(auditRow{class: "coauth/agency director, quote first, title before name",
		text:     "“Halden has already paid for itself many times over,” said OSA Director Anneke Vos.",
		want:     []quote{{"Anneke Vos", auD, "Halden has already paid for itself many times over"}},
		speakers: []string{"Anneke Vos"}, exact: true})
	add(auditRow{class: "coauth/according to X, affiliation",
		text:     "The eruption could come within months, according to Ilya Brannoch, a geophysicist with the Kessling Geological Survey.",
		want:     []quote{{"Ilya Brannoch", auI, "The eruption could come within months"}},
		speakers: []string{"Ilya Brannoch"}, exact: true})
	return rows
}

// g2Surname is the last word of a name.
func g2Surname(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == ' ' {
			return name[i+1:]
		}
	}
	return name
}

func TestAuditS14G2(t *testing.T) {
	runAudit(t, "g2", g2Rows(), *auditKnown)
	runAudit(t, "g2b2", g2Batch2Rows(), *auditKnown)
	runAudit(t, "g2b3", g2Batch3Rows(), *auditKnown)
	runAudit(t, "g2b4", g2Batch4Rows(), *auditKnown)
	runAudit(t, "g2b5", g2Batch5Rows(), *auditKnown)
	runAudit(t, "g2b6", g2Batch6Rows(), *auditKnown)
	runAudit(t, "g2b7", g2Batch7Rows(), *auditKnown)
	runAudit(t, "g2b8", g2Batch8Rows(), *auditKnown)
	runAudit(t, "g2b9", g2Batch9Rows(), *auditKnown)
	runAudit(t, "g2b10", g2Batch10Rows(), *auditKnown)
}

// g2Batch2Rows is the second batch: rarer release wordings, written after
// the first batch passed nearly whole.
func g2Batch2Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	// premod: the affiliation as words before the name.
	premods := []struct{ pre, name string }{
		{"KGS volcanologist", "Ilya Brannoch"},
		{"Tarvik Flight Center planetary scientist", "Mara Quell"},
		{"University of Pellmark glaciologist", "Tomas Ederveen"},
		{"Halvard Institute oceanographer Dr.", "Sunniva Okafor-Lund"},
		{"OSA Associate Administrator for Science", "Petr Halvik"},
	}
	for i, p := range premods {
		q := g2Quotes[i]
		cl := g2Clauses[i]
		add(auditRow{class: "premod/quote, said <affiliation> X",
			text:     fmt.Sprintf("“%s,” said %s %s.", q, p.pre, p.name),
			want:     []quote{{p.name, auD, q}},
			speakers: []string{p.name}, exact: true})
		add(auditRow{class: "premod/<affiliation> X says clause",
			text:     fmt.Sprintf("%s %s says the new data show %s.", p.pre, p.name, cl),
			want:     []quote{{p.name, auI, "the new data show " + cl}},
			speakers: []string{p.name}, exact: true})
	}
	// says: releases in the present tense, the cue inverted or mid-quote.
	for i, c := range g2Casts {
		q := g2Quotes[i]
		q2 := g2Quotes[(i+2)%len(g2Quotes)]
		cl := g2Clauses[i]
		add(auditRow{class: "split/quote, says X, affiliation, \"rest\"",
			text:     fmt.Sprintf("“%s,” says %s, %s, “and we want to know why.”", q, c.titled, c.affil),
			want:     []quote{{c.name, auD, q}, {c.name, auD, "and we want to know why."}},
			speakers: []string{c.name}})
		add(auditRow{class: "split/quote, said X, affiliation. second sentence quoted",
			text:     fmt.Sprintf("“%s,” said %s, %s. “%s.”", q, c.titled, c.affil, q2),
			want:     []quote{{c.name, auD, q}, {c.name, auD, q2}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "split/the findings, X said, clause",
			text:     fmt.Sprintf("The findings, %s said, suggest that %s.", g2Surname(c.name), cl),
			want:     []quote{{g2Surname(c.name), auI, "The findings suggest that " + cl}},
			speakers: []string{g2Surname(c.name)}})
		add(auditRow{class: "split/lead-author paragraph, then pronoun quote",
			text:     fmt.Sprintf("%s is the lead author of a paper describing the results, published Monday in the journal Geophysical Letters.\n\n“%s,” %s said.", c.titled, q, c.pron),
			want:     []quote{{c.name, auD, q}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "split/said X, who is also, published in",
			text:     fmt.Sprintf("“%s,” said %s, who is also lead author of the paper, published Oct. 3 in the journal Ocean Letters.", q, c.titled),
			want:     []quote{{c.name, auD, q}},
			speakers: []string{c.name}, exact: true})
	}
	// lead: a release's lead, unnamed or named scientists.
	for i, cl := range g2Clauses {
		_ = i
		add(auditRow{class: "lead/scientists using the orbiter have found evidence that",
			text: fmt.Sprintf("Scientists using the Orlund Space Agency's Halden orbiter have found evidence that %s.", cl),
			want: []quote{{"", auI, cl}}, speakers: []string{}, exact: true})
		add(auditRow{class: "lead/new research from X suggests",
			text: fmt.Sprintf("New research from the University of Pellmark suggests that %s.", cl),
			want: []quote{{"University of Pellmark", auI, cl}}, exact: true})
		add(auditRow{class: "lead/scientists with X have confirmed",
			text: fmt.Sprintf("LENMOOR, Varland — Scientists with the Kessling Geological Survey have confirmed that %s.", cl),
			want: []quote{{"Kessling Geological Survey", auI, cl}}, exact: true})
		add(auditRow{class: "lead/the findings suggest",
			text: fmt.Sprintf("The findings suggest %s.", cl),
			want: []quote{{"", auI, cl}}, speakers: []string{}, exact: true})
		add(auditRow{class: "lead/the team, which included scientists from bodies, found",
			text: fmt.Sprintf("The team, which included scientists from OSA, the University of Pellmark and the Kessling Geological Survey, found that %s.", cl),
			want: []quote{{"", auI, cl}}, speakers: []string{}, exact: true, known: g2AcronymMember})
	}
	// near: a release's other lines, no quote and no speaker.
	nears := []string{
		"Caption: Dr. Mara Quell inspects a core sample at the Tarvik Flight Center's ice lab in Lenmoor. Credit: OSA/Jens Alm",
		"Quell presented the results Tuesday at the Varland Geophysical Union's autumn meeting in Brask.",
		"The paper, “Rapid Thinning of the Kessa Ice Shelf,” appears in this week's issue of the journal Northern Geoscience.",
		"Dr. Ilya Brannoch (left) and Dr. Jun Tasaki prepare a seismometer for deployment near the summit of Mount Ostry. Photo: KGS",
		"Halden is a partnership between the Orlund Space Agency and the Varland Centre for Space Studies, which built the Varo spectrometer.",
		"Watch a video about the discovery on the OSA YouTube channel.",
	}
	for _, n := range nears {
		add(auditRow{class: "near/release line, no quote", text: n, exact: true, speakers: []string{}})
	}
	return rows
}

// g2Batch3Rows is the third batch, on the two kinds of lead batch 2
// failed and one beside them: a finding's noun between the verb and
// "that" ("have found evidence that"; the pages README's call gives the
// clause), a team's relative clause naming bodies by acronym ("The team,
// which included scientists from OSA, ..., found"), and a science verb's
// clause with no "that" ("The researchers concluded the crater formed
// ...").
func g2Batch3Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	evid := []struct{ subj, verb, who string }{
		{"Scientists using the Halden orbiter", "have found evidence that", ""},
		{"The team", "found new evidence that", ""},
		{"Researchers", "have uncovered evidence that", ""},
		{"Astronomers at the Vantry Observatory", "found strong evidence that", "Vantry Observatory"},
		{"Dr. Mara Quell of the Orlund Space Agency", "found evidence that", "Mara Quell"},
		{"The study", "found clear evidence that", ""},
		{"Brannoch and his colleagues", "discovered evidence that", "Brannoch"},
		{"The researchers", "found further evidence that", ""},
	}
	for i, e := range evid {
		cl := g2Clauses[i%len(g2Clauses)]
		add(auditRow{class: "evid/found evidence that",
			text: fmt.Sprintf("%s %s %s.", e.subj, e.verb, cl),
			want: []quote{{e.who, auI, cl}}, exact: true})
	}
	for _, n := range []string{
		"The team found evidence of water-bearing clays on the asteroid.",
		"Investigators found no evidence that the sample had been contaminated.",
		"The rover found evidence in a rock it drilled last week.",
		"Quell said the team found the evidence that it needed in the second sample.",
	} {
		want := []quote{}
		if strings.HasPrefix(n, "Quell said") {
			want = []quote{{"Quell", auI, "the team found the evidence that it needed in the second sample"}}
		}
		known := ""
		switch {
		case strings.Contains(n, "no evidence"):
			known = g2NoEvidence
		case strings.Contains(n, "evidence in"):
			known = g2FoundObject
		}
		add(auditRow{class: "evid/near miss: evidence of, no evidence, evidence in", text: n, want: want, exact: true, known: known})
	}
	acr := []string{
		"The team, which included scientists from OSA, the University of Pellmark and the Kessling Geological Survey, found that %s.",
		"The team, which included scientists from KGS and the Halvard Institute, found that %s.",
		"The researchers, who worked with colleagues at OSA, report that %s.",
		"The study, which drew on data from VIH and the Velmar Science Council, shows that %s.",
		"The group, which includes engineers from OSA, says %s.",
	}
	for i, a := range acr {
		cl := g2Clauses[i%len(g2Clauses)]
		known := ""
		switch i {
		case 4:
			known = g2GroupCoref
		}
		add(auditRow{class: "acr/a team's relative clause names a body by acronym",
			text: "The Orlund Space Agency (OSA), the Kessling Geological Survey (KGS) and the Velmar Institutes of Health (VIH) took part. " + fmt.Sprintf(a, cl),
			want: []quote{{"", auI, cl}}, exact: true, known: known})
	}
	zero := []struct{ subj, verb, clause, who string }{
		{"The researchers", "concluded", "the crater formed about 2 billion years ago", ""},
		{"The team", "estimated", "the lake holds about 40 cubic kilometres of water", ""},
		{"Quell", "calculated", "the asteroid would pass within 30,000 kilometres of Earth", "Mara Quell"},
		{"The scientists", "determined", "the sample was 4.1 billion years old", ""},
		{"Brannoch", "concluded", "magma had been rising beneath the summit for months", "Ilya Brannoch"},
		{"The authors", "estimate", "sea level along the coast will rise 30 centimetres by 2070", ""},
		{"Ederveen", "predicted", "the shelf would break up within a decade", "Tomas Ederveen"},
	}
	for _, z := range zero {
		add(auditRow{class: "zero/science verb, clause without that",
			text: "Ilya Brannoch of the Kessling Geological Survey, Dr. Mara Quell and Professor Tomas Ederveen led the work for the Kessling Geological Survey. " + fmt.Sprintf("%s %s %s.", z.subj, z.verb, z.clause),
			want: []quote{{z.who, auI, z.clause}}, exact: true})
	}
	for _, n := range []string{
		"The researchers concluded the survey in March.",
		"The team estimated the mass of the asteroid.",
		"Quell calculated the orbit by hand.",
		"The scientists determined the age of the sample.",
	} {
		add(auditRow{class: "zero/near miss: the verb's object only", text: n, exact: true})
	}
	return rows
}

// g2Batch4Rows is the fourth batch: a plural subject, a clause set off by
// commas after it (", who worked with colleagues at OSA,", ", based in
// Brask,"), then a cue in its plain form ("report", "write", "conclude",
// "estimate", "warn", "argue", "note"), which batch 3's "The
// researchers, who worked with colleagues at OSA, report that" lost.
func g2Batch4Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	subjects := []struct{ subj, who string }{
		{"The researchers, who worked with colleagues at the Orlund Space Agency,", ""},
		{"The scientists, who spent two winters on the ice,", ""},
		{"The authors, who analysed 40 years of buoy records,", ""},
		{"The team's members, based in Lenmoor and Ostry,", ""},
		{"Dr. Mara Quell and Ilya Brannoch, who led the study,", ""},
		{"Geologists, who have watched the volcano since 1998,", ""},
		{"Volcanologists at the Kessling Geological Survey, which monitors the summit,", "Kessling Geological Survey"},
	}
	verbs := []string{"report that", "write that", "conclude that", "estimate that", "warn that", "argue that", "note that"}
	for i, sb := range subjects {
		cl := g2Clauses[i%len(g2Clauses)]
		v := verbs[i%len(verbs)]
		add(auditRow{class: "setoff/plural subject, set-off clause, plain cue",
			text: fmt.Sprintf("%s %s %s.", sb.subj, v, cl),
			want: []quote{{sb.who, auI, cl}}, exact: true})
		v2 := verbs[(i+3)%len(verbs)]
		add(auditRow{class: "setoff/plural subject, set-off clause, plain cue",
			text: fmt.Sprintf("%s %s %s.", sb.subj, strings.TrimSuffix(v2, " that"), cl),
			want: []quote{{sb.who, auI, cl}}, exact: true})
	}
	for _, n := range []string{
		"The residents, who live below the glacier, report seeing new cracks every spring.",
		"The samples, which were collected in 2019, note the date of each dive on the label.",
		"The findings, based on 40 years of records, estimate costs at 2 billion crowns.",
		"The rules, which take effect in May, report requirements for every lab.",
		"In the report, which runs to 300 pages, the authors list 40 sites.",
	} {
		add(auditRow{class: "setoff/near miss: no speech after the set-off clause", text: n, exact: true})
	}
	return rows
}

// g2Batch5Rows is the fifth batch: a verb that may take a hearer
// ("warned", "cautioned", "promised", "clarified") before a clause with
// no "that" whose subject is a thing with phrases after it ("warned
// sea-surface temperatures in the Varn Basin would rise"), which batch 4's
// zero-"that" rows showed read as a hearer. Near misses: the hearer is
// people with a phrase after them ("warned residents of the valley the
// dam could fail").
func g2Batch5Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	things := []string{
		"sea-surface temperatures in the Varn Basin would rise faster than the models predicted",
		"the level of carbon in the lake could double by 2040",
		"water from the aquifer beneath the plain will run short within a decade",
		"the cost of the cleanup along the coast rose sharply last year",
		"ice on the northern flank of the volcano may collapse without warning",
	}
	verbs := []string{"warned", "cautioned", "warned", "clarified", "cautioned"}
	for i, c := range g2Casts {
		for j := 0; j < 2; j++ {
			cl := things[(i+j)%len(things)]
			v := verbs[(i+2*j)%len(verbs)]
			add(auditRow{class: "hearer/thing with phrases, then its verb",
				text: fmt.Sprintf("%s, %s, %s %s.", c.titled, c.affil, v, cl),
				want: []quote{{c.name, auI, cl}}, speakers: []string{c.name}, exact: true})
		}
	}
	for _, n := range []struct{ text, who, clause string }{
		{"Quell warned residents of the valley the dam could fail.", "Quell", "the dam could fail"},
		{"Brannoch cautioned families in the flood zone the water would rise overnight.", "Brannoch", "the water would rise overnight"},
		{"Quell warned officials at the ministry the budget would run out in May.", "Quell", "the budget would run out in May"},
		{"Brannoch warned reporters in Ostry the summit was unsafe.", "Brannoch", "the summit was unsafe"},
	} {
		add(auditRow{class: "hearer/near miss: people hear, with a phrase after them", text: n.text,
			want: []quote{{n.who, auI, n.clause}}, exact: true})
	}
	return rows
}

// g2Batch6Rows is the sixth batch: more of a release's wordings, one row
// each, crossed with two casts where the wording allows.
func g2Batch6Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	intro := "Dr. Mara Quell of the Orlund Space Agency (OSA) led the study with Ilya Brannoch of the Kessling Geological Survey. "
	type w struct {
		class, text string
		want        []quote
	}
	for _, c := range []struct{ name, sur, pron, poss string }{{"Mara Quell", "Quell", "she", "her"}, {"Ilya Brannoch", "Brannoch", "he", "his"}} {
		for _, r := range []w{
			{"team/X's team reports in the journal that", c.sur + "'s team reports in the journal Ocean Letters that the ice shelf thinned by 12 metres.",
				[]quote{{c.name, auI, "the ice shelf thinned by 12 metres"}}},
			{"team/writes X in the paper", "The shelf may not survive the decade, writes " + c.sur + " in the paper.",
				[]quote{{c.name, auI, "The shelf may not survive the decade"}}},
			{"team/X and co-authors write in the paper that", c.sur + " and " + c.poss + " co-authors write in the paper that the shelf may not survive the decade.",
				[]quote{{c.name, auI, "the shelf may not survive the decade"}}},
			{"team/quote, said X, adding that", "“The shelf is thinning from below,” said " + c.sur + ", adding that warm water had reached the grounding line.",
				[]quote{{c.name, auD, "The shelf is thinning from below"}, {c.name, auI, "warm water had reached the grounding line"}}},
			{"team/quote, pronoun said, noting that", "“The shelf is thinning from below,” " + c.pron + " said, noting that warm water had reached the grounding line.",
				[]quote{{c.name, auD, "The shelf is thinning from below"}, {c.name, auI, "warm water had reached the grounding line"}}},
			{"team/according to X, quote", "According to " + c.sur + ", “the shelf is thinning from below.”",
				[]quote{{c.name, auD, "the shelf is thinning from below."}}},
			{"team/lead author X notes that", "Lead author " + c.sur + " notes that the shelf lost a fifth of its mass.",
				[]quote{{c.name, auI, "the shelf lost a fifth of its mass"}}},
			{"team/X put it this way: quote", c.sur + " put it this way: “The shelf is a cork in a bottle.”",
				[]quote{{c.name, auD, "The shelf is a cork in a bottle."}}},
			{"team/quote, X said of the thing", "“It is a cork in a bottle,” " + c.sur + " said of the shelf.",
				[]quote{{c.name, auD, "It is a cork in a bottle"}}},
			{"team/X is available for interviews (no quote)", c.sur + " is available for interviews. Contact the OSA press office.", nil},
		} {
			add(auditRow{class: r.class, text: intro + r.text, want: r.want, exact: true})
		}
	}
	for _, r := range []w{
		{"body/OSA officials said", "OSA officials said the orbiter would be moved to a higher orbit in June.",
			[]quote{{"Orlund Space Agency", auI, "the orbiter would be moved to a higher orbit in June"}}},
		{"body/agency officials said (unnamed, the house convention)", "Agency officials said the orbiter would be moved to a higher orbit in June.",
			[]quote{{"", auI, "the orbiter would be moved to a higher orbit in June"}}},
		{"body/OSA announced Tuesday that", "OSA announced Tuesday that the orbiter would be moved to a higher orbit in June.",
			[]quote{{"Orlund Space Agency", auI, "the orbiter would be moved to a higher orbit in June"}}},
		{"body/announced by the body, which said", "The findings were announced Tuesday by OSA, which said the orbiter would be moved to a higher orbit in June.",
			[]quote{{"Orlund Space Agency", auI, "the orbiter would be moved to a higher orbit in June"}}},
		{"body/quote, said the director in a statement", "“Halden keeps surprising us,” said OSA Administrator Anneke Vos in a statement.",
			[]quote{{"Anneke Vos", auD, "Halden keeps surprising us"}}},
		{"null/quote, the researchers wrote", "“The shelf is thinning from below,” the researchers wrote.",
			[]quote{{"", auD, "The shelf is thinning from below"}}},
		{"null/quote, the authors write in the paper", "“Warm water has reached the grounding line,” the authors write in the paper.",
			[]quote{{"", auD, "Warm water has reached the grounding line"}}},
		{"null/the study's authors caution that", "The study's authors caution that the shelf may not survive the decade.",
			[]quote{{"", auI, "the shelf may not survive the decade"}}},
		{"null/the researchers say more work is needed", "The researchers say more work is needed before the model can be used for forecasts.",
			[]quote{{"", auI, "more work is needed before the model can be used for forecasts"}}},
		{"null/the team's results indicate", "The team's results indicate that warm water reached the shelf in 2019.",
			[]quote{{"", auI, "warm water reached the shelf in 2019"}}},
		{"boiler/About the agency paragraph", "About OSA: The Orlund Space Agency is Varland's civil space agency. It operates 14 missions and employs 3,000 people.", nil},
		{"boiler/Ph.D. after the name, long affiliation", "“The shelf is thinning from below,” said Mara Quell, Ph.D., the study's senior author and an associate professor of geology at the University of Pellmark in Brask.",
			[]quote{{"Mara Quell", auD, "The shelf is thinning from below"}}},
		{"boiler/pronoun after a second person named", "Quell spent two winters at the station with Ilya Brannoch and his team. “The cold was the easy part,” she said.",
			[]quote{{"Mara Quell", auD, "The cold was the easy part"}}},
	} {
		add(auditRow{class: r.class, text: intro + r.text, want: r.want, exact: true})
	}
	return rows
}

// g2Batch7Rows is the seventh batch: the names of an international
// science staff (particles, hyphens, apostrophes, accents, initials,
// suffixes, names in their own order) with the titles releases give them,
// in three release frames each.
func g2Batch7Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	names := []struct{ titled, name, second string }{
		{"Dr. Annelie van der Berg", "Annelie van der Berg", "Van der Berg"},
		{"Prof. Jean-Pierre de la Croix", "Jean-Pierre de la Croix", "De la Croix"},
		{"Dr. Kwame Asante-Mensah", "Kwame Asante-Mensah", "Asante-Mensah"},
		{"Dr. Siobhán Ní Bhriain", "Siobhán Ní Bhriain", "Ní Bhriain"},
		{"Dr. Mary-Kate O'Donnell", "Mary-Kate O'Donnell", "O'Donnell"},
		{"Dr. J. Robert Halvorsen Jr.", "J. Robert Halvorsen Jr.", "Halvorsen"},
		{"Assoc. Prof. Olúwádámilàre Adéyemí", "Olúwádámilàre Adéyemí", "Adéyemí"},
		{"Dr. Nguyen Thi Lan", "Nguyen Thi Lan", "Nguyen"},
		{"Professor Dame Helen Arkwright", "Helen Arkwright", "Arkwright"},
		{"Dr. Ravi K. Subramaniam", "Ravi K. Subramaniam", "Subramaniam"},
	}
	q := "The signal was there in every one of the 40 cores we drilled"
	for _, n := range names {
		add(auditRow{class: "names/quote, said titled name, affiliation",
			text:     fmt.Sprintf("“%s,” said %s, a paleoclimatologist at the Halvard Institute for Ocean Research in Brask.", q, n.titled),
			want:     []quote{{n.name, auD, q}},
			speakers: []string{n.name}, exact: true})
		add(auditRow{class: "names/<affiliation> titled name said clause, then surname",
			text:     fmt.Sprintf("Halvard Institute paleoclimatologist %s said the cores cover 90,000 years.\n\n“%s,” %s said.", n.titled, q, n.second),
			want:     []quote{{n.name, auI, "the cores cover 90,000 years"}, {n.name, auD, q}},
			speakers: []string{n.name}, exact: true})
		add(auditRow{class: "names/according to titled name, affiliation",
			text:     fmt.Sprintf("The cores cover 90,000 years, according to %s of the Halvard Institute for Ocean Research.", n.titled),
			want:     []quote{{n.name, auI, "The cores cover 90,000 years"}},
			speakers: []string{n.name}, exact: true})
	}
	return rows
}

// g2Batch8Rows is the eighth batch: a plural speaker, a base-form verb
// the lexicon also reads as a noun ("note", "conclude", "observe",
// "state", "reveal", "demonstrate"), then a clause with no "that" whose
// subject is a bare noun ("The researchers note temperatures rose"),
// which batch 4's zero-"that" rows lost. Near misses: the noun readings
// ("state media", "note cards", "observe rules" after no plural).
func g2Batch8Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	subjects := []string{"The researchers", "The authors", "Scientists at the Halvard Institute", "Officials", "Geologists", "The study's authors"}
	verbs := []string{"note", "conclude", "observe", "state", "reveal", "demonstrate"}
	clauses := []string{
		"temperatures in the Varn Basin rose faster than the models predicted",
		"adults who slept less than six hours were twice as likely to fall ill",
		"glaciers on the northern flank lost a fifth of their mass",
		"cores drilled near the summit show layers of ash from 40 eruptions",
		"seabirds nesting on the island have declined by half since 2005",
		"levels of nitrate in the river will double by 2040",
	}
	for i, sb := range subjects {
		for j := 0; j < 2; j++ {
			v := verbs[(i+j)%len(verbs)]
			cl := clauses[(i+2*j)%len(clauses)]
			who := ""
			if strings.Contains(sb, "Halvard") {
				who = "Halvard Institute"
			}
			add(auditRow{class: "bare/plural, noun-like cue, clause without that",
				text: fmt.Sprintf("%s %s %s.", sb, v, cl),
				want: []quote{{who, auI, cl}}, exact: true})
		}
	}
	for _, n := range []string{
		"State media reported the launch on Tuesday.",
		"Visitors observe rules posted at the gate.",
		"Authorities in the state conclude talks with the union this week.",
		"Many scientists point telescopes at the comet each night.",
		"Visitors at the Halvard Institute observe seals from the gallery.",
		"Tourists from the Orlund Space Agency's open day state parks were crowded.",
		"The engineers, who built the probe, note times on a whiteboard.",
	} {
		add(auditRow{class: "bare/near miss: the noun or object reading", text: n, exact: true})
	}
	return rows
}

// g2Batch9Rows is the ninth batch: a release's typography and framing,
// straight quotation marks, a wire dateline, a quotation over two
// paragraphs, "in a news release".
func g2Batch9Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	for i, c := range g2Casts {
		q := g2Quotes[i]
		q2 := g2Quotes[(i+1)%len(g2Quotes)]
		add(auditRow{class: "straight/quote, said X, affiliation",
			text:     fmt.Sprintf("\"%s,\" said %s, %s.", q, c.titled, c.affil),
			want:     []quote{{c.name, auD, q}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "straight/X said: quote, then pronoun quote",
			text:     fmt.Sprintf("%s, %s, said: \"%s.\"\n\n\"%s,\" %s added.", c.titled, c.affil, q, q2, c.pron),
			want:     []quote{{c.name, auD, q}, {c.name, auD, q2}},
			speakers: []string{c.name}, exact: true})
		add(auditRow{class: "para/a quotation over two paragraphs",
			text:     fmt.Sprintf("“%s,” said %s, %s. “We went back three times to be sure.\n\n“%s.”", q, c.titled, c.affil, q2),
			want:     []quote{{c.name, auD, q}, {c.name, auD, "We went back three times to be sure."}, {c.name, auD, q2}},
			speakers: []string{c.name}})
		add(auditRow{class: "wire/PR wire dateline, then quote",
			text:     fmt.Sprintf("LENMOOR, Varland, March 3, 2026 /PRNewswire/ -- The Orlund Space Agency's Halden orbiter has completed its survey of the pole.\n\n“%s,” said %s, %s.", q, c.titled, c.affil),
			want:     []quote{{c.name, auD, q}},
			speakers: []string{c.name}, exact: true})
	}
	for _, r := range []struct {
		class, text, who, span string
	}{
		{"release/in a news release, the body said", "In a news release, the Orlund Space Agency said the orbiter would be moved in June.", "Orlund Space Agency", "the orbiter would be moved in June"},
		{"release/the body said in a news release Tuesday that", "The Orlund Space Agency said in a news release Tuesday that the orbiter would be moved in June.", "Orlund Space Agency", "the orbiter would be moved in June"},
		{"release/according to a news release from the body", "The orbiter will be moved in June, according to a news release from the Orlund Space Agency.", "Orlund Space Agency", "The orbiter will be moved in June"},
		{"release/the body's administrator, X, said", "The agency's administrator, Anneke Vos, said the orbiter would be moved in June.", "Anneke Vos", "the orbiter would be moved in June"},
		{"release/a release from the body quoted X as saying", "A release from the Orlund Space Agency quoted Anneke Vos as saying the orbiter would be moved in June.", "Anneke Vos", "the orbiter would be moved in June"},
	} {
		add(auditRow{class: r.class, text: r.text, want: []quote{{r.who, auI, r.span}}, exact: true})
	}
	return rows
}

// g2Batch10Rows is the tenth batch: a description of a scientist's role
// before the name, set off by commas, the name carrying "of <body>" ("The
// mission's principal investigator, Dr. Mara Quell of Pellmark
// University, said"), with the role nouns of science copy; near misses:
// the role in the plural and unnamed.
func g2Batch10Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	roles := []string{
		"principal investigator", "co-investigator", "lead glaciologist", "oceanographer", "volcanologist",
		"seismologist", "geophysicist", "hydrologist", "paleontologist", "entomologist", "ornithologist",
		"microbiologist", "astrobiologist", "cosmologist", "geochemist", "toxicologist",
	}
	people := []struct{ titled, name, of string }{
		{"Dr. Mara Quell", "Mara Quell", "Pellmark University"},
		{"Professor Tomas Ederveen", "Tomas Ederveen", "the Halvard Institute for Ocean Research"},
		{"Ilya Brannoch", "Ilya Brannoch", "the Kessling Geological Survey"},
	}
	for i, r := range roles {
		p := people[i%len(people)]
		cl := g2Clauses[i%len(g2Clauses)]
		if i%2 == 0 {
			add(auditRow{class: "role/the mission's <role>, X of Y, said that",
				text:     fmt.Sprintf("The mission's %s, %s of %s, said that %s.", r, p.titled, p.of, cl),
				want:     []quote{{p.name, auI, cl}},
				speakers: []string{p.name}, exact: true})
		} else {
			q := g2Quotes[i%len(g2Quotes)]
			add(auditRow{class: "role/quote, the study's <role>, X of Y, said",
				text:     fmt.Sprintf("“%s,” the study's %s, %s of %s, said.", q, r, p.titled, p.of),
				want:     []quote{{p.name, auD, q}},
				speakers: []string{p.name}, exact: true})
		}
	}
	for i, r := range []string{"glaciologists", "oceanographers", "volcanologists", "seismologists"} {
		cl := g2Clauses[i%len(g2Clauses)]
		add(auditRow{class: "role/near miss: the role in the plural, unnamed",
			text:     fmt.Sprintf("The mission's %s said %s.", r, cl),
			want:     []quote{{"", auI, cl}},
			speakers: []string{}, exact: true})
	}
	return rows
}
