package extract_test

import "testing"

// Session 20, helper req: MISSED CUES OF REQUESTS. The classified misses
// of ten fresh dev pools (kept outside the repository) showed requests the
// engine did not take: "appealed to X to V" with a long hearer, "pleaded
// with X to V", "directed X to V", "called for X to V", "urged A, B and C
// to V", "asked X to not V". Every sentence here is invented: fictional
// people, places and bodies in the shapes the pools showed, with near
// misses that must not change.
//
// FIRST PASS (engine at f1da3e53, the table written first and run once):
// 13/26 (0.50): appeal 3/6, call-for 2/4, direct 2/5, plead 2/5, split
// 2/3, urge-list 2/3. (The row "asked doctors ... to not strike" was
// mended afterwards to the house rule: an unnamed body's request is null;
// two near misses of "appeal" were added after the fix.) The "comma"
// rows, written second (six rows) and run once before their fix: 3/6,
// the three near misses passing; two rows (a hyphenated name, "it")
// were added with the fix. The "adding" shape ("he said adding ...")
// was probed outside the table before its fix (both positive shapes
// failing: the quotation left with no cue, "adding" kept inside the
// clause) and its three rows written with the fix.
//
// AFTER (four kept fixes, "appealed to" with a long hearer, "directed X
// to V", "said, <clause>" and "he said adding"): 30/39, 9 left known with their mechanism (plead-with and the
// split infinitive were tried and left out by the keep rule; "called for
// X to V" waits on the house rule).

func reqRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// appeal: "appealed to X to V", the hearer long or a pair.
	add(auditRow{class: "appeal/long hearer",
		text: "Odo Brannock, the health minister, has appealed to nurses in both public and private clinics across the province to only protest outside working hours.",
		want: []quote{{"Odo Brannock", auI, "nurses in both public and private clinics across the province to only protest outside working hours"}}})
	add(auditRow{class: "appeal/hearer in areas",
		text: "Defence Secretary Mara Quell appealed to residents in areas threatened by the storm to comply with evacuation orders.",
		want: []quote{{"Mara Quell", auI, "residents in areas threatened by the storm to comply with evacuation orders"}}})
	add(auditRow{class: "appeal/pair with relative",
		text: "Ivo Tessel said the floods had cut the region in two. He appealed to the nation and people who have not been affected by the floods to help the families.",
		want: []quote{{"Ivo Tessel", auI, "the nation and people who have not been affected by the floods to help the families"}}})
	add(auditRow{class: "appeal/plain",
		text: "Kessa Lund appealed to drivers to avoid the bridge.",
		want: []quote{{"Kessa Lund", auI, "drivers to avoid the bridge"}}})
	add(auditRow{class: "appeal/near: hearer's own infinitive",
		text: "The campaign appealed to voters who were willing to help in the north.",
		want: []quote{}, exact: true, speakers: []string{},
		known: "relative-infinitive: requestObject (before this branch) runs the hearer's relative clause \"who were willing\" on to its infinitive; markedHearerRun itself declines it"})
	add(auditRow{class: "appeal/near: second verb's infinitive",
		text: "Kessa Lund appealed to the court in Varn and vowed to fight on.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "appeal/near: appealed the ruling",
		text: "Kessa Lund appealed the ruling to the high court in Varn.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "appeal/near: appealed to voters, no infinitive",
		text: "The plan appealed to voters in the north of Tarsia.",
		want: []quote{}, exact: true, speakers: []string{}})

	// plead: "pleaded with X to V".
	add(auditRow{class: "plead/relative who has pleaded",
		text:  "The strikes angered the government of President Odo Varga, who has pleaded with foreign troops to avoid harming civilians.",
		want:  []quote{{"Odo Varga", auI, "foreign troops to avoid harming civilians"}},
		known: "plead-with: a request cue \"pleaded with X to V\" was tried and left out: it made \"Thomas' sister\" of a real-world article a named speaker through a wrong coreference (real-world speaker F1 0.964 to 0.957)"})
	add(auditRow{class: "plead/plain",
		text:  "Mara Dask pleaded with city leaders to release the video from the incident.",
		want:  []quote{{"Mara Dask", auI, "city leaders to release the video from the incident"}},
		known: "plead-with: a request cue \"pleaded with X to V\" was tried and left out: it made \"Thomas' sister\" of a real-world article a named speaker through a wrong coreference (real-world speaker F1 0.964 to 0.957)"})
	add(auditRow{class: "plead/to plead with",
		text:  "Ivo Renn, whose brother was hurt in the chase, took time at the meeting to plead with council members to release the footage.",
		want:  []quote{{"Ivo Renn", auI, "council members to release the footage"}},
		known: "plead-with: a request cue \"pleaded with X to V\" was tried and left out: it made \"Thomas' sister\" of a real-world article a named speaker through a wrong coreference (real-world speaker F1 0.964 to 0.957)"})
	add(auditRow{class: "plead/near: pleaded guilty",
		text: "Mara Dask pleaded guilty to two counts of fraud in Varn.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "plead/near: pleaded with no infinitive",
		text: "Mara Dask pleaded with the guards for an hour.",
		want: []quote{}, exact: true, speakers: []string{}})

	// direct: "directed X to V", a court or an officer.
	add(auditRow{class: "direct/magistrate",
		text: "Tarvik Magistrate Ivo Brannock directed the three to be detained at Tarvik police station until Friday.",
		want: []quote{{"Ivo Brannock", auI, "the three to be detained at Tarvik police station until Friday"}}})
	add(auditRow{class: "direct/court with apposition",
		text: "The court directed the suspect, Mr Odo Kell, to be held at the Varn Police Station for ten days.",
		want: []quote{{"", auI, "the suspect, Mr Odo Kell, to be held at the Varn Police Station for ten days"}}})
	add(auditRow{class: "direct/minister",
		text: "Mara Quell directed officials to release the funds by Monday.",
		want: []quote{{"Mara Quell", auI, "officials to release the funds by Monday"}}})
	add(auditRow{class: "direct/near: directed the film",
		text: "Mara Quell directed the film in Varn to raise money for the school.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "direct/near: passive",
		text: "Local officials were directed by the council on Sunday to open the shelters.",
		want: []quote{}, exact: true, speakers: []string{}})

	// call for: "called for X to V" (a hearer, then the infinitive).
	add(auditRow{class: "call-for/government to",
		text:  "The vice chancellor of Tarsby University, Ivo Marrek, has called for the government to raise fees in line with inflation.",
		want:  []quote{{"Ivo Marrek", auI, "the government to raise fees in line with inflation"}},
		known: "house-rule: the repository gold leaves \"called for X to V\" out (cues.go, call on); the fresh pool counts it; left until the rule is settled"})
	add(auditRow{class: "call-for/ministers to",
		text:  "Kessa Brandt called for ministers to publish the report.",
		want:  []quote{{"Kessa Brandt", auI, "ministers to publish the report"}},
		known: "house-rule: as above"})
	add(auditRow{class: "call-for/near: noun and purpose",
		text: "Kessa Brandt called for more funding to help the schools.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "call-for/near: noun object",
		text: "Kessa Brandt called for calm in Varn.",
		want: []quote{}, exact: true, speakers: []string{}})

	// urge-list: "urged A, B and C to V".
	add(auditRow{class: "urge-list/three hearers",
		text: "The planning minister Ivo Tessel also urged the business community, farmers and overseas Tarsians to help the country in this hour of need.",
		want: []quote{{"Ivo Tessel", auI, "the business community, farmers and overseas Tarsians to help the country in this hour of need"}}})
	add(auditRow{class: "urge-list/two with comma",
		text:  "Mara Quell urged nurses, doctors and porters to return to work.",
		want:  []quote{{"Mara Quell", auI, "nurses, doctors and porters to return to work"}},
		known: "bare-plural-list: a comma list of bare plurals is no noun phrase to requestObject; the determiner-led list works"})
	add(auditRow{class: "urge-list/near: single hearer",
		text: "Mara Quell urged nurses to return to work.",
		want: []quote{{"Mara Quell", auI, "nurses to return to work"}}})

	// split: "asked X to not V".
	add(auditRow{class: "split/asked to not",
		text:  "The association asked doctors in public hospitals to not strike work.",
		want:  []quote{{"", auI, "doctors in public hospitals to not strike work"}},
		known: "split-infinitive: \"to not V\" as an infinitive was tried and left out: a tuned pool's \"instructed X to not report ..., according to Y\" then went to the instructing body, not the according-to source (tuned mixed attribution -0.0024)"})
	add(auditRow{class: "split/urged to not",
		text:  "Mara Quell urged residents to not drive on Sunday.",
		want:  []quote{{"Mara Quell", auI, "residents to not drive on Sunday"}},
		known: "split-infinitive: \"to not V\" as an infinitive was tried and left out: a tuned pool's \"instructed X to not report ..., according to Y\" then went to the instructing body, not the according-to source (tuned mixed attribution -0.0024)"})
	add(auditRow{class: "split/near: not to",
		text: "Mara Quell urged residents not to drive on Sunday.",
		want: []quote{{"Mara Quell", auI, "residents not to drive on Sunday"}}})

	// comma: a comma set between "said" and its clause ("He said, the
	// government was ..."), in copy from several countries.
	add(auditRow{class: "comma/role and name",
		text: "Finance Minister Ivo Renn said, the government was on track to meet its targets.",
		want: []quote{{"Ivo Renn", auI, "the government was on track to meet its targets"}}})
	add(auditRow{class: "comma/pronoun",
		text: "Mara Quell runs the Tarvik mine.\n\nShe said, the reserves would last another decade.",
		want: []quote{{"Mara Quell", auI, "the reserves would last another decade"}}})
	add(auditRow{class: "comma/subject pronoun opens",
		text: "Ivo Renn said, they had not been told about the cuts.",
		want: []quote{{"Ivo Renn", auI, "they had not been told about the cuts"}}})
	add(auditRow{class: "comma/hyphenated name",
		text: "Arno Kessel-Brandt said, the treasury was on target with its plan to restore growth.",
		want: []quote{{"Arno Kessel-Brandt", auI, "the treasury was on target with its plan to restore growth"}}})
	add(auditRow{class: "comma/it opens",
		text: "Ivo Renn doubted the figures. He said, it must be proven after the survey.",
		want: []quote{{"Ivo Renn", auI, "it must be proven after the survey"}}})
	add(auditRow{class: "comma/near: adverb then that",
		text: "Ivo Renn said, however, that the plan was sound.",
		want: []quote{{"Ivo Renn", auI, "the plan was sound"}}})
	add(auditRow{class: "comma/near: quotation before",
		text: "\"We will win,\" Ivo Renn said, the crowd cheering behind him.",
		want: []quote{{"Ivo Renn", auD, "We will win,"}}, exact: true})
	add(auditRow{class: "comma/near: participle after",
		text: "Ivo Renn said, adding that the plan was sound.",
		want: []quote{{"Ivo Renn", auI, "the plan was sound"}}})

	// adding: "he said adding ..." with no comma, in agency copy: the
	// clause before is what was said, "adding" a second cue.
	add(auditRow{class: "adding/quotation after",
		text: "Ivo Renn leads the Tarvik space agency.\n\nA second lander will search the pole for ice, he said adding \"then a third mission will bring back a sample.\"",
		want: []quote{{"Ivo Renn", auI, "A second lander will search the pole for ice"}, {"Ivo Renn", auD, "then a third mission will bring back a sample."}}})
	add(auditRow{class: "adding/clause after quotation",
		text: "Mara Quell runs the Tarvik observatory.\n\n\"The poles are less explored,\" she said adding the poles were very different from the equator.",
		want: []quote{{"Mara Quell", auD, "The poles are less explored,"}, {"Mara Quell", auI, "the poles were very different from the equator"}}})
	add(auditRow{class: "adding/near: comma before adding",
		text: "Ivo Renn said the lander was ready, adding that the launch was set for May.",
		want: []quote{{"Ivo Renn", auI, "the lander was ready"}, {"Ivo Renn", auI, "the launch was set for May"}}})
	return rows
}

func TestAuditS20Req(t *testing.T) { runAudit(t, "req", reqRows(), *auditKnown) }
