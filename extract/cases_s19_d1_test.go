package extract_test

import "testing"

// Session 19, helper d1: a fresh audit of BUSINESS, ECONOMY, MARKETS and
// TECHNOLOGY reporting (wires, business papers, trade press of several
// countries), drawn from the classes the engine missed on a pool of 30
// real excerpts (kept outside the repository). Every sentence here is
// invented: fictional people, places and bodies, in the shapes the pool
// showed, with near misses that must not change.
//
// FIRST PASS (engine at bf4226b2, the table of 22 rows written first and
// run once): 9/22 (0.41): noun-object 4/8, trade-prefix 1/3, descr-body
// 1/4, cue 3/7. (One near miss, "that then while", was added after a
// repository set showed it.)
//
// On the pool itself the engine at bf4226b2 scored, before anyone tuned
// on it: speaker F1 0.884 (precision 0.915, recall 0.855), quote recall
// 0.923, attribution 0.934 (direct 0.987/0.959, indirect 0.877/0.910,
// mixed 1.000/1.000); with the gold's four convention calls mended
// (a named body's unnamed officials speak for it, twice; a scare-quoted
// term with no named source is null; "urged for the enactment of X to
// ..." is a request): 0.886, 0.924, 0.929.
//
// AFTER this branch's seven fixes (one commit a class; every repository
// score set and the twelve dev pools unchanged): 31/36 rows (0.86, with
// the rows added later; 5 left known with their mechanism): noun-object
// 9/9, trade-prefix 3/3, title-run 5/5, descr-body 4/6, cue 10/13; the
// pool: speaker F1 0.940 (precision 0.986, recall 0.897), quote recall
// 0.929, attribution 0.956.

func d1Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// noun-object: a report verb ("indicated", "reported", "mentioned")
	// whose object is a bare noun phrase, with the only finite verb in a
	// clause after it ("while Y mentioned ...", "indicating that ...").
	// The noun phrase is no quote and its subject no speaker.
	add(auditRow{class: "noun-object/while clause",
		text: "Carmakers such as Velden Motors indicated a decline in sales volumes while Orla Buses mentioned a fall in output due to shortages.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "noun-object/whereas clause",
		text: "Brannock Foods reported weaker margins whereas Tessel Dairy posted a record year.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "noun-object/participle indicating that",
		text: "Chipmakers Korrin Devices and Askel Materials reported rise in inventories of raw material indicating that there were no issues around supply.",
		want: []quote{}, exact: true, speakers: []string{}})
	add(auditRow{class: "noun-object/participle suggesting that",
		text: "Tarsby Steel reported higher orders in March suggesting that demand was recovering.",
		want: []quote{}, speakers: []string{}})
	add(auditRow{class: "noun-object/near: clause before while",
		text: "Velden Motors said sales fell in March while costs rose.",
		want: []quote{{"Velden Motors", auI, "sales fell in March while costs rose"}}})
	add(auditRow{class: "noun-object/near: that clause",
		text: "Orla Buses indicated that output had fallen by a third.",
		want: []quote{{"Orla Buses", auI, "output had fallen by a third"}}})
	add(auditRow{class: "noun-object/near: concession opens",
		text: "Kessa Brandt, the chief executive, said while the quarter was weak, the year would end well.",
		want: []quote{{"Kessa Brandt", auI, "while the quarter was weak, the year would end well"}}})
	add(auditRow{class: "noun-object/near: subject then while",
		text: "Ivo Marrek said demand from Tarsia while strong had not lifted prices.",
		want: []quote{{"Ivo Marrek", auI, "demand from Tarsia while strong had not lifted prices"}}})

	add(auditRow{class: "noun-object/near: that then while",
		text: "Speaker Odo Brannock said in a statement marking the 75th anniversary that while the fund has served millions, the trustees have \"warned that reforms are needed.\"",
		want: []quote{{"Odo Brannock", auM, "while the fund has served millions, the trustees have \"warned that reforms are needed.\""}}})

	// trade-prefix: a company named after a capitalised description of its
	// trade ("Mobile Phone Operator Safaricom said"): the description is
	// no part of the name, and the company is an organisation.
	add(auditRow{class: "trade-prefix/phone operator",
		text: "NAIROBI, Jan 19 – Mobile Phone Operator Telvanta said on Monday that it had not heard from the committee.",
		want: []quote{{"Telvanta", auI, "it had not heard from the committee"}}, speakers: []string{"Telvanta"}})
	add(auditRow{class: "trade-prefix/steel maker",
		text: "Steel Maker Orvik Works said on Friday it would close its Tarn furnace.",
		want: []quote{{"Orvik Works", auI, "it would close its Tarn furnace"}}, speakers: []string{"Orvik Works"}})
	add(auditRow{class: "trade-prefix/near: title of a person",
		text: "Finance Minister Odo Brannock said on Monday that the budget was balanced.",
		want: []quote{{"Odo Brannock", auI, "the budget was balanced"}}, speakers: []string{"Odo Brannock"}})

	// title-run: a job title in capitals after a person's name, the words
	// of its field before its role noun ("Business Fundamentals Analyst
	// at Veltdata"), is an aside, not a name; the person speaks, not the
	// body after "at". (Added after the first pass: 0/3 before the fix.)
	add(auditRow{class: "title-run/comments colon",
		text: "Ines Marl, Business Fundamentals Analyst at Veltdata, comments: “Chip supplies remain tight across many sectors.”",
		want: []quote{{"Ines Marl", auD, "Chip supplies remain tight across many sectors."}}, speakers: []string{"Ines Marl"}})
	add(auditRow{class: "title-run/said that",
		text: "Ines Marl, Retail Analyst at Veltdata, said that chip supplies remain tight.",
		want: []quote{{"Ines Marl", auI, "chip supplies remain tight"}}, speakers: []string{"Ines Marl"}})
	add(auditRow{class: "title-run/said colon",
		text: "Odo Brannock, Principal Energy Economist at Tarsia Capital, said: “Rates will stay high.”",
		want: []quote{{"Odo Brannock", auD, "Rates will stay high."}}, speakers: []string{"Odo Brannock"}})
	add(auditRow{class: "title-run/near: inverted",
		text: "“Chip supplies remain tight,” said Ines Marl, Business Fundamentals Analyst at Veltdata.",
		want: []quote{{"Ines Marl", auD, "Chip supplies remain tight"}}, speakers: []string{"Ines Marl"}})
	add(auditRow{class: "title-run/near: body with description",
		text: "Veltdata, a data and analytics company, said that chip supplies remain tight.",
		want: []quote{{"Veltdata", auI, "chip supplies remain tight"}}, speakers: []string{"Veltdata"}})

	// descr-body: a company or bank taken up by a description or "It" in
	// the sentence after the one that names it.
	add(auditRow{class: "descr-body/biggest carmaker",
		text: "Velden Motor Corp. said Wednesday it logged a profit for the quarter.\n\nThe world’s biggest carmaker said its net profit stood at 190 billion crowns, up 27 percent.",
		want: []quote{{"Velden Motor Corp.", auI, "it logged a profit for the quarter"}, {"Velden Motor Corp.", auI, "its net profit stood at 190 billion crowns, up 27 percent"}}})
	add(auditRow{class: "descr-body/it said after lowered",
		text: "The Northern Development Bank on October 2 lowered its growth projection for Tarsia to 4.7 percent. It said that the economy has been under pressure from capital outflows.",
		want: []quote{{"Northern Development Bank", auI, "the economy has been under pressure from capital outflows"}}})
	add(auditRow{class: "descr-body/it said after acronym on date",
		text: "The NDB on Monday lowered its growth projection for Tarsia. It said the economy was weak.",
		want: []quote{{"NDB", auI, "the economy was weak"}}})
	add(auditRow{class: "descr-body/near: person on date then he",
		text: "Ivo Dane on Monday lowered his forecast for Tarsia. He said that the economy was weak.",
		want: []quote{{"Ivo Dane", auI, "the economy was weak"}}})
	add(auditRow{class: "descr-body/the company reported in lead",
		text: "Shares of Kestrel Phones fell 4.8 percent on Wednesday, a day after the company reported revenue missed estimates.",
		want: []quote{{"Kestrel Phones", auI, "revenue missed estimates"}}})
	add(auditRow{class: "descr-body/utility not the bank",
		text: "An economist from Marsh Bank said the outages had caught firms off guard.\n\nThere were reports that Velpower was considering longer outages.\n\nBut the power utility has since stated that it is not the case.",
		want: []quote{{"Marsh Bank", auI, "the outages had caught firms off guard"}, {"Velpower", auI, "it is not the case"}}})

	// other cues the pool missed.
	add(auditRow{class: "cue/has in the past said",
		text: "The Central Bank of Tarsia (CBT) Governor Prof Ama Otieno has in the past said that they are monitoring money transfer services.",
		want: []quote{{"Ama Otieno", auI, "they are monitoring money transfer services"}}})
	add(auditRow{class: "cue/has in recent weeks said",
		text: "Treasury chief Ama Otieno has in recent weeks said that prices would fall.",
		want: []quote{{"Ama Otieno", auI, "prices would fall"}}})
	add(auditRow{class: "cue/near: said in the past that",
		text: "Ama Otieno said in the past that prices would fall.",
		want: []quote{{"Ama Otieno", auI, "prices would fall"}}})
	add(auditRow{class: "cue/near: plural in the past have said",
		text: "Firms in the past have said that prices would fall.",
		want: []quote{{"", auI, "prices would fall"}}, speakers: []string{}})
	add(auditRow{class: "cue/speaking she said no comma",
		text: "His view was echoed by Mara Velt, head of the Tarsian Business Council.\n\nSpeaking to media this morning she said members were gripped by concern.",
		want: []quote{{"Mara Velt", auI, "members were gripped by concern"}}})
	add(auditRow{class: "cue/possessive comments that",
		text: "President Odo Rask’s comments yesterday that “the grid is our collective duty” have not calmed the country.",
		want: []quote{{"Odo Rask", auD, "the grid is our collective duty"}}})
	add(auditRow{class: "cue/comments colon",
		text: "Ines Marl, Senior Analyst at Veltdata, comments: “Chip supplies remain tight across many sectors.”",
		want: []quote{{"Ines Marl", auD, "Chip supplies remain tight across many sectors."}}})
	add(auditRow{class: "cue/reveals inverted",
		text: "Supply problems dominate the earnings calls of 30 chipmakers, reveals Veltdata, a data company.",
		want: []quote{{"Veltdata", auI, "Supply problems dominate the earnings calls of 30 chipmakers"}}})
	add(auditRow{class: "cue/said officials who spoke",
		text: "Tarsia will also cut output by 50,000 barrels a day, said officials who spoke on condition of anonymity.",
		want: []quote{{"", auI, "Tarsia will also cut output by 50,000 barrels a day"}}, exact: true, speakers: []string{}})
	add(auditRow{class: "cue/said body officials who spoke",
		text: "Tarsia will also cut output by 50,000 barrels a day, said Norpec officials who spoke on condition of anonymity.",
		want: []quote{{"Norpec", auI, "Tarsia will also cut output by 50,000 barrels a day"}}, exact: true})
	add(auditRow{class: "cue/near: said analysts who follow",
		text: "Prices will rise in the spring, said analysts who follow the company.",
		want: []quote{{"", auI, "Prices will rise in the spring"}}, exact: true, speakers: []string{}})
	add(auditRow{class: "cue/near: said named, who heads",
		text: "Prices will rise in the spring, said Ivo Dane, who heads the fund.",
		want: []quote{{"Ivo Dane", auI, "Prices will rise in the spring"}}, exact: true})
	add(auditRow{class: "cue/she said to applause",
		text: "Works council leader Ada Kern spoke in Velden.\n\nKern issued a warning during her remarks: “Don’t mess with the workforce,” she said to applause from employees.",
		want: []quote{{"Ada Kern", auD, "Don’t mess with the workforce"}}})
	for i := range rows {
		if k, ok := d1Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	return rows
}

// d1Known lists the rows still failing, by class, with the mechanism.
var d1Known = map[string]string{
	"descr-body/the company reported in lead": "lead-company: \"the company reported\" in the lead, after \"Shares of X fell\", is not linked to X, the possessor of the sentence's subject",
	"descr-body/utility not the bank":         "utility-unnamed: a company named once in passing (\"reports that Velpower was considering\") is not known as a body, so \"the power utility\" finds nobody",
	"cue/possessive comments that":            "possessive-comments: \"X's comments yesterday that “...”\": a quotation in a speech noun's that-clause is not credited to the possessor",
	"cue/said body officials who spoke":       "inverted-body-officials: \"..., said Norpec officials\": a named body's unnamed officials after an inverted cue speak for nobody (before the cue, \"Norpec officials said\", they speak for the body)",
	"cue/she said to applause":                "colon-then-she: \"X issued a warning during her remarks: “...,” she said\": the pronoun after a quote that a colon opens finds nobody",
}

func TestAuditS19D1(t *testing.T) { runAudit(t, "d1", d1Rows(), *auditKnown) }
