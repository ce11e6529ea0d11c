package extract_test

import "testing"

// Session 19, helper d2: a fresh audit from a pool of 30 excerpts of
// world-affairs reporting (conflicts, disasters, aid agencies, UN bodies,
// elections, diplomacy; wires, public broadcasters, regional outlets),
// kept outside the repository. Every sentence here is invented:
// fictional people, places and bodies, in the shapes the pool showed,
// with near misses that must not change.
//
// FIRST PASS (engine at bf4226b2, the table of 28 rows written whole and
// run once): 16/28 (0.57): envoy-title 4/9, states-noun 3/5,
// noun-s-verb 4/6, tally-object 4/5, programme-head 1/3.
//
// On the pool itself the engine at bf4226b2 (version 20) scored, before
// anyone tuned on it: speaker F1 0.831 (precision 0.797), quote recall
// 0.929, attribution 0.836 (direct 0.954/0.839, indirect 0.913/0.905,
// mixed 0.926/0.600); 0.847/0.929/0.842 once three gold calls were mended
// (a body's long form as an alias, a statement's words its body's, "it"
// for the body the story is about).
//
// AFTER this branch's fixes (every repository score set and the twelve
// dev pools unchanged): 35/35 rows (two near misses of envoy-title added
// after the first pass; state-body, five rows, written later and run
// once before its fix: 2/5); the pool: speaker F1 0.887 (precision
// 0.875), quote recall 0.929, attribution 0.865. Each fixed class's rows
// were seen failing before its fix.

func d2s19Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// envoy-title: "the UN Special Envoy on Tarvik, Ilse Varga," is an
	// office and its holder; the place after "on", "for" or "to" is the
	// post's remit, never a person who speaks when "the special envoy"
	// does.
	add(auditRow{class: "envoy-title/on place, appositive, later description",
		text:     "On Monday, the UN Special Envoy on Tarvik, Ilse Varga, met General Odo Brannock.\n\nThe special envoy said the talks would resume.",
		want:     []quote{{"Ilse Varga", auI, "the talks would resume"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "envoy-title/possessive office, request",
		text:     "On 17 August, the Secretary-General's Special Envoy on Tarvik, Ilse Varga, met Council Chairman Odo Brannock.\n\nThe special envoy asked the general “to halt the bombing of the villages.”",
		want:     []quote{{"Ilse Varga", auM, "the general “to halt the bombing of the villages.”"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "envoy-title/for place, envoy",
		text:     "On Monday, the UN Envoy for Calder, Ilse Varga, met General Odo Brannock.\n\nThe envoy asked the general to halt the bombing.",
		want:     []quote{{"Ilse Varga", auI, "the general to halt the bombing"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "envoy-title/no commas",
		text:     "On Monday, UN Special Envoy for Calder Ilse Varga met General Odo Brannock.\n\nThe envoy asked the general to halt the bombing.",
		want:     []quote{{"Ilse Varga", auI, "the general to halt the bombing"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "envoy-title/ambassador to",
		text:     "The EU Ambassador to Calder, Lena Hartov, met the foreign minister on Friday.\n\nThe ambassador said the embassy would stay open.",
		want:     []quote{{"Lena Hartov", auI, "the embassy would stay open"}},
		speakers: []string{"Lena Hartov"}})
	add(auditRow{class: "envoy-title/rapporteur on matter",
		text:     "The UN Special Rapporteur on Torture, Pim Adler, visited two prisons.\n\nThe rapporteur said conditions had improved.",
		want:     []quote{{"Pim Adler", auI, "conditions had improved"}},
		speakers: []string{"Pim Adler"}})
	add(auditRow{class: "envoy-title/near: holder named after office",
		text:     "UN Special Envoy Ilse Varga said the talks would resume.",
		want:     []quote{{"Ilse Varga", auI, "the talks would resume"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "envoy-title/near: minister for, appositive",
		text:     "The Minister for Housing, Tomas Brek, said the rents would be frozen.",
		want:     []quote{{"Tomas Brek", auI, "the rents would be frozen"}},
		speakers: []string{"Tomas Brek"}})
	add(auditRow{class: "envoy-title/near: holder first, post after",
		text:     "Lena Hartov, the Ambassador to Calder, said the embassy would stay open.",
		want:     []quote{{"Lena Hartov", auI, "the embassy would stay open"}},
		speakers: []string{"Lena Hartov"}})
	add(auditRow{class: "envoy-title/near: ambassador spoke to a radio",
		text:     "Ambassador Lena Hartov told Calder Radio the embassy would stay open.",
		want:     []quote{{"Lena Hartov", auI, "the embassy would stay open"}},
		speakers: []string{"Lena Hartov"}})
	add(auditRow{class: "envoy-title/near: envoy on a day",
		text:     "Envoy Ilse Varga on Monday said the talks would resume.",
		want:     []quote{{"Ilse Varga", auI, "the talks would resume"}},
		speakers: []string{"Ilse Varga"}})

	// states-noun: "Gulf states such as ...", "island states like ...":
	// the plural noun, never the verb "states" with a place for subject.
	add(auditRow{class: "states-noun/such as",
		text:     "Aid agencies and wealthy Gulf states such as the Tarvik Emirates are rushing aid to the area, while local officials say they need food and water.",
		want:     []quote{{"", auI, "they need food and water"}},
		speakers: []string{}})
	add(auditRow{class: "states-noun/like",
		text:     "Small island states like Ostra have long warned about rising seas.",
		want:     []quote{},
		speakers: []string{}, exact: true})
	add(auditRow{class: "states-noun/member states such as",
		text:     "Several Union member states such as Calder have yet to ratify the treaty.",
		want:     []quote{},
		speakers: []string{}, exact: true})
	add(auditRow{class: "states-noun/near: report states",
		text: "The Ostby Water Board report states that the reservoir is half full.",
		want: []quote{{"Ostby Water Board", auI, "the reservoir is half full"}}})
	add(auditRow{class: "states-noun/near: person states quotation",
		text: "In a post on Friday, Ilse Varga states, “We will not back down.”",
		want: []quote{{"Ilse Varga", auD, "We will not back down."}}})

	// noun-s-verb: a noun ending in -is or -us ("crisis", "status",
	// "census") is no verb in -s, so "declared the flood crisis a level
	// three emergency" names a thing declared, not a clause.
	add(auditRow{class: "noun-s-verb/crisis object",
		text:     "The Northern Grain Programme declared the flood crisis a level three emergency on Friday night, putting it on a par with the worst.",
		want:     []quote{},
		speakers: []string{}, exact: true})
	add(auditRow{class: "noun-s-verb/status object",
		text:     "The Ostby Housing Board confirmed the tenant status a priority last year.",
		want:     []quote{},
		speakers: []string{}, exact: true})
	add(auditRow{class: "noun-s-verb/census object",
		text:     "The Calder Statistics Office called the farm census a success in its yearly review.",
		want:     []quote{},
		speakers: []string{}, exact: true})
	add(auditRow{class: "noun-s-verb/near: crisis subject, its verb",
		text: "Ilse Varga said the debt crisis was over.",
		want: []quote{{"Ilse Varga", auI, "the debt crisis was over"}}})
	add(auditRow{class: "noun-s-verb/near: verb in -s after noun",
		text: "Tomas Brek says the team wins the games that matter.",
		want: []quote{{"Tomas Brek", auI, "the team wins the games that matter"}}})
	add(auditRow{class: "noun-s-verb/near: plural noun, verb in -s",
		text: "The Calder Weather Service said the storm brings a risk of floods.",
		want: []quote{{"Calder Weather Service", auI, "the storm brings a risk of floods"}}})

	// tally-object: a count of the dead and hurt after "confirmed" or
	// "reported" is the thing confirmed, no clause: no quote and no speaker.
	add(auditRow{class: "tally-object/dead and injured",
		text:     "The Tarvik Disaster Council in Ostby confirmed only two dead and three injured.",
		want:     []quote{},
		speakers: []string{}, exact: true})
	add(auditRow{class: "tally-object/dead and missing",
		text:     "The Calder Coast Guard reported five dead and 20 missing by nightfall.",
		want:     []quote{},
		speakers: []string{}, exact: true})
	add(auditRow{class: "tally-object/near: number died",
		text: "The Tarvik Disaster Council confirmed two people had died.",
		want: []quote{{"Tarvik Disaster Council", auI, "two people had died"}}})
	add(auditRow{class: "tally-object/near: were injured",
		text: "Ilse Varga said three were injured in the blast.",
		want: []quote{{"Ilse Varga", auI, "three were injured in the blast"}}})
	add(auditRow{class: "tally-object/near: bare number, past",
		text: "Police chief Tomas Brek said 14 died and dozens fled.",
		want: []quote{{"Tomas Brek", auI, "14 died and dozens fled"}}})

	// programme-head: "the programme" (or "program") stands for a body
	// named with that word, as "the agency" does for an agency.
	add(auditRow{class: "programme-head/program said in statement",
		text: "The Northern Food Program (NFP) warned Monday of a \"devastating famine\" in Tarvik.\n\nThe program said in a statement that it \"is working to increase food aid in the worst areas.\"",
		want: []quote{{"Northern Food Program", auD, "devastating famine"}, {"Northern Food Program", auM, "it \"is working to increase food aid in the worst areas.\""}}})
	add(auditRow{class: "programme-head/programme added",
		text: "The Calder Grain Programme said 40,000 families would get rations.\n\nThe programme added that its stocks would last until June.",
		want: []quote{{"Calder Grain Programme", auI, "40,000 families would get rations"}, {"Calder Grain Programme", auI, "its stocks would last until June"}}})
	add(auditRow{class: "programme-head/near: a programme that is no body",
		text: "The Ostby Literacy Program ended in May.\n\nThe program taught 300 adults to read, Mayor Ilse Varga said.",
		want: []quote{{"Ilse Varga", auI, "The program taught 300 adults to read"}}})

	// state-body: a country's possessive, a word for the kind of body
	// ("federal", "national", "interim"), then "government" or "police":
	// the state body speaks, named so, as "Tarvik's government" does.
	add(auditRow{class: "state-body/federal government says",
		text:     "Tarvik's federal government says it has accepted an invitation to the talks.",
		want:     []quote{{"Tarvik's federal government", auI, "it has accepted an invitation to the talks"}},
		speakers: []string{"Tarvik's federal government"}})
	add(auditRow{class: "state-body/national police said",
		text:     "Calder's national police said two officers were hurt in the clashes.",
		want:     []quote{{"Calder's national police", auI, "two officers were hurt in the clashes"}},
		speakers: []string{"Calder's national police"}})
	add(auditRow{class: "state-body/interim government",
		text:     "Ostra's interim government said the vote would be held in May.",
		want:     []quote{{"Ostra's interim government", auI, "the vote would be held in May"}},
		speakers: []string{"Ostra's interim government"}})
	add(auditRow{class: "state-body/near: government without adjective",
		text:     "Tarvik's government said the vote would be held in May.",
		want:     []quote{{"Tarvik's government", auI, "the vote would be held in May"}},
		speakers: []string{"Tarvik's government"}})
	add(auditRow{class: "state-body/near: federal budget, a minister speaks",
		text:     "Tarvik's federal budget will be cut, Finance Minister Lena Hartov said.",
		want:     []quote{{"Lena Hartov", auI, "Tarvik's federal budget will be cut"}},
		speakers: []string{"Lena Hartov"}})

	for i := range rows {
		if k, ok := d2s19Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	return rows
}

// d2s19Known lists the rows still failing, by class, with the mechanism.
var d2s19Known = map[string]string{}

func TestAuditS19D2(t *testing.T) { runAudit(t, "d2", d2s19Rows(), *auditKnown) }
