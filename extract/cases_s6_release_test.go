package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestReleaseWordingCases covers wordings of science and institutional
// press releases (agency, university and laboratory news) that a probe of
// invented sentences found the extractor getting wrong, with near misses
// that must not change.
func TestReleaseWordingCases(t *testing.T) {
	tests := []freshCase{
		// "..., according to X, <what X is>.": the description after the
		// source is no clause; what X is credited with comes before.
		{
			name:     "according to a person, then an indefinite apposition with a relative clause",
			text:     "The glacier is retreating faster than models predicted, according to Keld Amory, a glaciologist at Tarvik University who led the study.",
			want:     []quote{{"Keld Amory", model.Indirect, "The glacier is retreating faster than models predicted"}},
			speakers: []string{"Keld Amory"},
		},
		{
			name:     "according to a person, then a role without an article",
			text:     "The reef lost half its coral in 2023, according to Nadia Orsk, lead author of the study.",
			want:     []quote{{"Nadia Orsk", model.Indirect, "The reef lost half its coral in 2023"}},
			speakers: []string{"Nadia Orsk"},
		},
		{
			name:     "according to the study, then where it was published",
			text:     "The plume rises about 200 kilometres above the surface, according to the study, published Monday in the Journal of Calder Geophysics.",
			want:     []quote{{"", model.Indirect, "The plume rises about 200 kilometres above the surface"}},
			speakers: []string{},
		},
		{
			name: "according to the survey, then who conducted it",
			text: "The reef lost half its coral in 2023, according to the survey, conducted by the Varn Marine Laboratory.",
			want: []quote{{"", model.Indirect, "The reef lost half its coral in 2023"}},
		},
		{
			name:     "near miss: according to a source at the start, its apposition, then the clause",
			text:     "According to Nadia Orsk, a marine biologist, the reef has recovered.",
			want:     []quote{{"Nadia Orsk", model.Indirect, "the reef has recovered"}},
			speakers: []string{"Nadia Orsk"},
		},
		{
			name: "near miss: according to sources after a phrase of time and place, then the clause",
			text: "On Sunday in Tarvik, according to witnesses and the police, a man wearing a mask entered a store and grabbed a knife.",
			want: []quote{{"", model.Indirect, "a man wearing a mask entered a store and grabbed a knife"}},
		},
		{
			name: "near miss: according to police inside the clause, then the verb",
			text: "The gunman, according to police, fired six shots.",
			want: []quote{{"", model.Indirect, "fired six shots"}},
		},
		// A quotation running over paragraphs whose cue comes only in its
		// last paragraph: every part is that speaker's.
		{
			name: "a run of two paragraphs opening the article, the cue after the second",
			text: "\"The reef came back. We did not expect it to come back so fast.\n\n\"It gives us hope,\" said Nadia Orsk, a marine biologist at the Varn Marine Laboratory.",
			want: []quote{
				{"Nadia Orsk", model.Direct, "The reef came back. We did not expect it to come back so fast."},
				{"Nadia Orsk", model.Direct, "It gives us hope"},
			},
			speakers: []string{"Nadia Orsk"},
		},
		{
			name: "a run of three paragraphs, the cue in the middle of the third",
			text: "The Tarvik team drilled 30 cores.\n\n\"Each core is a diary.\n\n\"We read it layer by layer.\n\n\"Now we want to know,\" said Keld Amory, who led the work, \"how the ice survived.\"",
			want: []quote{
				{"Keld Amory", model.Direct, "Each core is a diary."},
				{"Keld Amory", model.Direct, "We read it layer by layer."},
				{"Keld Amory", model.Direct, "Now we want to know"},
				{"Keld Amory", model.Direct, "how the ice survived."},
			},
			speakers: []string{"Keld Amory"},
		},
		{
			name: "a run after another speaker's paragraph goes to its own cue",
			text: "Ilan Dravic said the signal was faint.\n\n\"It was there every time. We checked it twice.\n\n\"Nobody expected it,\" Petra Sollen said.",
			want: []quote{
				{"Ilan Dravic", model.Indirect, "the signal was faint"},
				{"Petra Sollen", model.Direct, "It was there every time. We checked it twice."},
				{"Petra Sollen", model.Direct, "Nobody expected it"},
			},
			speakers: []string{"Ilan Dravic", "Petra Sollen"},
		},
		{
			name: "near miss: a run cued in its first paragraph keeps that speaker",
			text: "\"The reef came back,\" Nadia Orsk said. \"We did not expect it.\n\n\"It gives us hope.\"\n\nKeld Amory said the data were sound.",
			want: []quote{
				{"Nadia Orsk", model.Direct, "We did not expect it."},
				{"Nadia Orsk", model.Direct, "It gives us hope."},
				{"Keld Amory", model.Indirect, "the data were sound"},
			},
		},
		// Titles of papers and reports, and names, in quotation marks are
		// no words said; the document after its title still speaks.
		{
			name:     "a paper's title set off by commas",
			text:     "Their paper, \"Plumes and tides on Oska\", is published in the Journal of Calder Geophysics.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "a study titled",
			text:     "The study, titled \"Old ice at the bed of the Osk sheet,\" appears in Calder Geoscience.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "a sensor nicknamed",
			text:     "The new sensor, nicknamed \"Owl Eye on the sky,\" can see in the dark.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "a report's title, then what the report found",
			text:     "The report, \"State of the Reefs 2025\", found that most reefs had recovered.",
			want:     []quote{{"", model.Indirect, "most reefs had recovered"}},
			speakers: []string{},
		},
		{
			name:     "a named body's report with its title, then what it found",
			text:     "The Varn Marine Laboratory's report, \"State of the Reefs 2025,\" found that most reefs had recovered.",
			want:     []quote{{"Varn Marine Laboratory", model.Indirect, "most reefs had recovered"}},
			speakers: []string{"Varn Marine Laboratory"},
		},
		{
			name:     "a person's paper with its title says",
			text:     "Keld Amory's paper, \"Old ice at the bed,\" says the ice is 800,000 years old.",
			want:     []quote{{"Keld Amory", model.Indirect, "the ice is 800,000 years old"}},
			speakers: []string{"Keld Amory"},
		},
		{
			name: "near miss: a quotation after a document and a comma, ending the sentence, stays a quotation",
			text: "Keld Amory added in the statement, \"We are proud of the team.\"",
			want: []quote{{"Keld Amory", model.Direct, "We are proud of the team."}},
		},
		{
			name: "near miss: a quotation before its cue after a document",
			text: "\"The ice is old,\" Keld Amory said of the study. \"We dated it twice.\"",
			want: []quote{{"Keld Amory", model.Direct, "The ice is old"}, {"Keld Amory", model.Direct, "We dated it twice."}},
		},
		// Findings and data report: "the research shows", "data from the
		// satellite show". An unnamed study's finding is nobody's.
		{
			name:     "the research shows that",
			text:     "The research shows that plankton numbers fell sharply after 2015.",
			want:     []quote{{"", model.Indirect, "plankton numbers fell sharply after 2015"}},
			speakers: []string{},
		},
		{
			name:     "the evidence shows",
			text:     "The evidence shows that plankton numbers fell.",
			want:     []quote{{"", model.Indirect, "plankton numbers fell"}},
			speakers: []string{},
		},
		{
			name:     "data from the satellite show",
			text:     "Data from the satellite show that sea ice fell to a record low.",
			want:     []quote{{"", model.Indirect, "sea ice fell to a record low"}},
			speakers: []string{},
		},
		{
			name:     "measurements taken by the orbiter show",
			text:     "Measurements taken by the orbiter show the ice is thinning.",
			want:     []quote{{"", model.Indirect, "the ice is thinning"}},
			speakers: []string{},
		},
		{
			name:     "observations from the telescope suggest",
			text:     "Observations from the telescope suggest the comet has split.",
			want:     []quote{{"", model.Indirect, "the comet has split"}},
			speakers: []string{},
		},
		{
			name:     "samples collected by the rover suggest: the samples are no name",
			text:     "Samples collected by the rover suggest the crater once held a lake.",
			want:     []quote{{"", model.Indirect, "the crater once held a lake"}},
			speakers: []string{},
		},
		{
			name:     "near miss: new data from a named agency show speaks for the agency",
			text:     "New data from the Calder Space Agency show the ice is thinning.",
			want:     []quote{{"Calder Space Agency", model.Indirect, "the ice is thinning"}},
			speakers: []string{"Calder Space Agency"},
		},
		{
			name:     "near miss: a verb of showing with a person in the phrase before",
			text:     "Pictures of the mayor show him at the opening.",
			want:     nil,
			speakers: []string{},
		},
		// A surname met alone, with "who" after it, is a person's, so a
		// pronoun can mean it.
		{
			name:     "a lone surname with who, then he said",
			text:     "The findings surprised Amory, who drilled the cores. \"We thought the ice would be younger,\" he said.",
			want:     []quote{{"Amory", model.Direct, "We thought the ice would be younger"}},
			speakers: []string{"Amory"},
		},
		{
			name:     "who led the study, said",
			text:     "Quell, who led the study, said the plume was made mostly of water vapour.",
			want:     []quote{{"Quell", model.Indirect, "the plume was made mostly of water vapour"}},
			speakers: []string{"Quell"},
		},
		{
			name:     "near miss: a body with which stays a body",
			text:     "Orlen, which built the rover, said the wheel had been repaired.",
			want:     []quote{{"Orlen", model.Indirect, "the wheel had been repaired"}},
			speakers: []string{"Orlen"},
			orgs:     []string{"Orlen"},
		},
		// "X and colleagues report": the lead author speaks for the team,
		// as with "X et al"; a scientist reporting is no news outlet.
		{
			name:     "a scientist and colleagues report in a journal",
			text:     "Keld Amory and colleagues report in the journal Calder Geoscience that the ice is 800,000 years old.",
			want:     []quote{{"Keld Amory", model.Indirect, "the ice is 800,000 years old"}},
			speakers: []string{"Keld Amory"},
		},
		{
			name:     "a scientist and his colleagues reported",
			text:     "Keld Amory and his colleagues reported that the ice was older than expected.",
			want:     []quote{{"Keld Amory", model.Indirect, "the ice was older than expected"}},
			speakers: []string{"Keld Amory"},
		},
		{
			name:     "a surname alone and co-authors write",
			text:     "Quell and co-authors write that the plume is seasonal.",
			want:     []quote{{"Quell", model.Indirect, "the plume is seasonal"}},
			speakers: []string{"Quell"},
		},
		{
			name:     "near miss: an outlet that reported stays an outlet",
			text:     "The Tarvik Courier reported that the ice was older than expected.",
			want:     []quote{{"", model.Indirect, "the ice was older than expected"}},
			speakers: []string{},
		},
		{
			name:     "near miss: someone's colleagues say is nobody named",
			text:     "Her colleagues say the plume is seasonal.",
			want:     []quote{{"", model.Indirect, "the plume is seasonal"}},
			speakers: []string{},
		},
		// "the center", "the lab" for a body named with that word, and an
		// advisory as a body's document.
		{
			name:     "the center said, after a center named",
			text:     "The Calder Hurricane Center issued a warning on Monday. The center said the storm could bring a surge of three metres.",
			want:     []quote{{"Calder Hurricane Center", model.Indirect, "the storm could bring a surge of three metres"}},
			speakers: []string{"Calder Hurricane Center"},
		},
		{
			name:     "the lab said, after a laboratory named",
			text:     "The Varn Marine Laboratory released its annual report. The lab said coral cover had risen.",
			want:     []quote{{"Varn Marine Laboratory", model.Indirect, "coral cover had risen"}},
			speakers: []string{"Varn Marine Laboratory"},
		},
		{
			name:     "quote first, then the center said",
			text:     "Researchers at the Calder Space Flight Center tested the engine. \"It worked,\" the center said.",
			want:     []quote{{"Calder Space Flight Center", model.Direct, "It worked"}},
			speakers: []string{"Calder Space Flight Center"},
		},
		{
			name:     "according to the latest advisory from a named center",
			text:     "According to the latest advisory from the Calder Hurricane Center, the storm is moving north at 15 km/h.",
			want:     []quote{{"Calder Hurricane Center", model.Indirect, "the storm is moving north at 15 km/h"}},
			speakers: []string{"Calder Hurricane Center"},
		},
		{
			name:     "a named center's advisory said",
			text:     "The Calder Hurricane Center's latest advisory said the storm was moving north.",
			want:     []quote{{"Calder Hurricane Center", model.Indirect, "the storm was moving north"}},
			speakers: []string{"Calder Hurricane Center"},
		},
		{
			name:     "the advisory said, after a body issued one",
			text:     "The Calder Weather Service issued an advisory. \"This is a dangerous storm,\" the advisory said.",
			want:     []quote{{"Calder Weather Service", model.Direct, "This is a dangerous storm"}},
			speakers: []string{"Calder Weather Service"},
		},
		{
			name:     "near miss: the town center is not the medical center",
			text:     "The Tarvik Medical Center treated 12 people. Shop owners in the town center said they had lost trade.",
			want:     []quote{{"", model.Indirect, "they had lost trade"}},
			speakers: []string{},
		},
		{
			name:     "near miss: the center of a town is no body",
			text:     "The storm hit the center of Tarvik. The center said it was closed.",
			want:     []quote{{"", model.Indirect, "it was closed"}},
			speakers: []string{},
		},
		{
			name: "near miss: a lab with no name of its own",
			text: "Keld Amory works in a lab at Tarvik University. The lab said it would share the data.",
			want: []quote{{"", model.Indirect, "it would share the data"}},
		},
		// Reported clauses whose verb is an everyday verb of science the
		// lexicon did not know: "the coral grows slowly".
		{
			name:     "says the coral grows slowly",
			text:     "Sarah Quell says the coral grows slowly.",
			want:     []quote{{"Sarah Quell", model.Indirect, "the coral grows slowly"}},
			speakers: []string{"Sarah Quell"},
		},
		{
			name:     "said the ice melted",
			text:     "Keld Amory said the ice melted faster than the models predicted.",
			want:     []quote{{"Keld Amory", model.Indirect, "the ice melted faster than the models predicted"}},
			speakers: []string{"Keld Amory"},
		},
		{
			name:     "explained the plume varies",
			text:     "Ilan Dravic explained that the plume varies with the seasons.",
			want:     []quote{{"Ilan Dravic", model.Indirect, "the plume varies with the seasons"}},
			speakers: []string{"Ilan Dravic"},
		},
		{
			name:     "noted the sensor absorbs",
			text:     "Nadia Orsk noted the sensor absorbs less light at night.",
			want:     []quote{{"Nadia Orsk", model.Indirect, "the sensor absorbs less light at night"}},
			speakers: []string{"Nadia Orsk"},
		},
		{
			name:     "near miss: announced new limits is an object",
			text:     "The Calder Space Agency announced new limits.",
			want:     nil,
			speakers: []string{},
		},
		// A source's clause entirely in quotation marks is a direct quote,
		// and "in X's words" credits what follows to X.
		{
			name:     "according to a person, then a whole quotation",
			text:     "Sarah Quell leads the team. According to Quell, \"the reef is a library.\"",
			want:     []quote{{"Sarah Quell", model.Direct, "the reef is a library."}},
			speakers: []string{"Sarah Quell"},
		},
		{
			name:     "in the words of a person, then a whole quotation",
			text:     "Sarah Quell leads the team. In the words of Quell, \"the reef is a library.\"",
			want:     []quote{{"Sarah Quell", model.Direct, "the reef is a library."}},
			speakers: []string{"Sarah Quell"},
		},
		{
			name:     "in a person's words, then a whole quotation",
			text:     "Sarah Quell leads the team. In Quell's words, \"the reef is a library.\"",
			want:     []quote{{"Sarah Quell", model.Direct, "the reef is a library."}},
			speakers: []string{"Sarah Quell"},
		},
		{
			name:     "in a person's words, in mid-sentence",
			text:     "Sarah Quell leads the team. The reef is, in Quell's words, \"a library on fire.\"",
			want:     []quote{{"Sarah Quell", model.Direct, "a library on fire."}},
			speakers: []string{"Sarah Quell"},
		},
		{
			name:     "in a body's own words, then a clause",
			text:     "In the Calder Space Agency's own words, the probe is healthy.",
			want:     []quote{{"Calder Space Agency", model.Indirect, "the probe is healthy"}},
			speakers: []string{"Calder Space Agency"},
		},
		{
			name: "near miss: a mixed clause stays mixed",
			text: "According to Sarah Quell, the reef is \"a library on fire.\"",
			want: []quote{{"Sarah Quell", model.Mixed, "the reef is \"a library on fire.\""}},
		},
		{
			name:     "near miss: a place's words archive is a thing",
			text:     "In Tarvik's words archive, the letters are kept.",
			want:     nil,
			speakers: []string{},
		},
		// An ordinal before a role is part of the speaker phrase: "said
		// first author Lena Torv".
		{
			name:     "said first author, then the name",
			text:     "\"The signal was clear,\" said first author Lena Torv, a researcher at Tarvik.",
			want:     []quote{{"Lena Torv", model.Direct, "The signal was clear"}},
			speakers: []string{"Lena Torv"},
		},
		{
			name:     "said the first author, then the name in apposition",
			text:     "\"The signal was clear,\" said the first author, Lena Torv.",
			want:     []quote{{"Lena Torv", model.Direct, "The signal was clear"}},
			speakers: []string{"Lena Torv"},
		},
		{
			name:     "said first minister, then the name",
			text:     "\"We will rebuild,\" said first minister Anna Brekke.",
			want:     []quote{{"Anna Brekke", model.Direct, "We will rebuild"}},
			speakers: []string{"Anna Brekke"},
		},
		{
			name:     "near miss: said first that",
			text:     "Lena Torv said first that the signal was clear.",
			want:     []quote{{"Lena Torv", model.Indirect, "the signal was clear"}},
			speakers: []string{"Lena Torv"},
		},
		// Spacecraft and instruments find and return, but say nothing.
		{
			name:     "the rover Tansy found that",
			text:     "The rover Tansy found that the soil is salty.",
			want:     []quote{{"", model.Indirect, "the soil is salty"}},
			speakers: []string{},
		},
		{
			name:     "a body's rover, its name first",
			text:     "The Calder Space Agency's Tansy rover found that the soil is salty. The agency said the rover was healthy.",
			want:     []quote{{"", model.Indirect, "the soil is salty"}, {"Calder Space Agency", model.Indirect, "the rover was healthy"}},
			speakers: []string{"Calder Space Agency"},
		},
		{
			name:     "a space telescope by name",
			text:     "The Lantern Space Telescope found that the star has a companion.",
			want:     []quote{{"", model.Indirect, "the star has a companion"}},
			speakers: []string{},
		},
		{
			name:     "near miss: Vessen-2 returned images",
			text:     "Vessen-2 returned images of the south pole on Monday.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: a company with a craft's word inside its name",
			text:     "Tarvik Probe Services said the pipe was safe.",
			want:     []quote{{"Tarvik Probe Services", model.Indirect, "the pipe was safe"}},
			speakers: []string{"Tarvik Probe Services"},
		},
		{
			name:     "near miss: the probe's leader, named, speaks",
			text:     "The probe's project manager, Anna Brekke, said the orbit was stable.",
			want:     []quote{{"Anna Brekke", model.Indirect, "the orbit was stable"}},
			speakers: []string{"Anna Brekke"},
		},
		// A dateline opening a release is no part of what is said.
		{
			name:     "a dateline, then a clause and its source",
			text:     "VARN — Coral reefs off the coast of Brenmoor are recovering faster than expected, a new study has found.",
			want:     []quote{{"", model.Indirect, "Coral reefs off the coast of Brenmoor are recovering faster than expected"}},
			speakers: []string{},
		},
		{
			name:     "a dateline with a region and a date",
			text:     "HARBOURTON, Calder (May 4, 2026) — The probe is healthy, the Calder Space Agency said Monday.",
			want:     []quote{{"Calder Space Agency", model.Indirect, "The probe is healthy"}},
			speakers: []string{"Calder Space Agency"},
		},
		{
			name:     "a dateline, then a quotation",
			text:     "HARBOURTON — \"We are ready,\" said Mara Quell, the mission's director.",
			want:     []quote{{"Mara Quell", model.Direct, "We are ready"}},
			speakers: []string{"Mara Quell"},
		},
		{
			name:     "near miss: an acronym with an aside in dashes still speaks",
			text:     "CSA — which runs the mission — said the probe was healthy.",
			want:     []quote{{"CSA", model.Indirect, "the probe was healthy"}},
			speakers: []string{"CSA"},
		},
		// A journal carries a study; it does not say what the study says.
		{
			name:     "the study in a journal says",
			text:     "The study in Calder Ocean Letters says the reefs are recovering.",
			want:     []quote{{"", model.Indirect, "the reefs are recovering"}},
			speakers: []string{},
		},
		{
			name:     "a paper in a journal found",
			text:     "A paper in the Journal of Calder Geophysics found that the plume is seasonal.",
			want:     []quote{{"", model.Indirect, "the plume is seasonal"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a statement from a body is the body's",
			text:     "A statement from the Calder Space Agency said the probe was healthy.",
			want:     []quote{{"Calder Space Agency", model.Indirect, "the probe was healthy"}},
			speakers: []string{"Calder Space Agency"},
		},
		{
			name:     "near miss: a person in a place speaks",
			text:     "Keld Amory in Tarvik said the ice was old.",
			want:     []quote{{"Keld Amory", model.Indirect, "the ice was old"}},
			speakers: []string{"Keld Amory"},
		},
		// "Writing in <journal>, X and colleagues say": X and a team after
		// an opening phrase that ends in a name is no list of names.
		{
			name:     "writing in a journal, a scientist and colleagues say",
			text:     "Writing in Calder Geoscience, Keld Amory and colleagues say the ice is old.",
			want:     []quote{{"Keld Amory", model.Indirect, "the ice is old"}},
			speakers: []string{"Keld Amory"},
		},
		{
			name:     "in a town, a scientist and her team found",
			text:     "In Tarvik, Nadia Orsk and her team found that the reef had recovered.",
			want:     []quote{{"Nadia Orsk", model.Indirect, "the reef had recovered"}},
			speakers: []string{"Nadia Orsk"},
		},
		{
			name:     "near miss: a list of three bodies speaks jointly",
			text:     "Tarvik, Lenmoor and Osk said they would share the data.",
			want:     []quote{{"", model.Indirect, "they would share the data"}},
			speakers: []string{},
		},
		// A long apposition holding a "where" clause still leads to its
		// name.
		{
			name:     "a name, a role at a university, where he has worked, said",
			text:     "Keld Amory, a glaciologist at Tarvik University, where he has worked since 2004, said the ice is older than expected.",
			want:     []quote{{"Keld Amory", model.Indirect, "the ice is older than expected"}},
			speakers: []string{"Keld Amory"},
		},
		{
			name:     "a body, where something happens, said",
			text:     "The Varn Marine Laboratory, where the cores are kept, said the freezer had failed.",
			want:     []quote{{"Varn Marine Laboratory", model.Indirect, "the freezer had failed"}},
			speakers: []string{"Varn Marine Laboratory"},
		},
		{
			name:     "near miss: an opening time with a when clause",
			text:     "Last May, when the team reached the pole, Nadia Orsk said the ice was thin.",
			want:     []quote{{"Nadia Orsk", model.Indirect, "the ice was thin"}},
			speakers: []string{"Nadia Orsk"},
		},
		// "Director of Science Jörg Halvorsen": the field after "of" is the
		// title's, even before a first name the lexicon does not know.
		{
			name:     "a title with its field, then an unknown first name",
			text:     "\"The data are superb,\" says CSA Director of Science Jörg Halvorsen.",
			want:     []quote{{"Jörg Halvorsen", model.Direct, "The data are superb"}},
			speakers: []string{"Jörg Halvorsen"},
		},
		{
			name:     "head of a directorate, then the name, cue first",
			text:     "Head of Planetary Science Ilkka Varjo said the orbit was stable.",
			want:     []quote{{"Ilkka Varjo", model.Indirect, "the orbit was stable"}},
			speakers: []string{"Ilkka Varjo"},
		},
		// Two scientists joined by "and", then an aside, as without it.
		{
			name: "two names, a relative clause, said",
			text: "Mara Quell and Ilan Dravic, who co-led the study, said the results were clear.",
			want: []quote{{"", model.Indirect, "the results were clear"}}, // a joint cue: neither's alone
		},
		{
			name: "two names, their role, said",
			text: "Mara Quell and Ilan Dravic, the study's co-leaders, said the results were clear.",
			want: []quote{{"", model.Indirect, "the results were clear"}}, // a joint cue: neither's alone
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFreshCase(t, tt)
			if tt.want == nil && tt.speakers != nil && len(tt.speakers) == 0 {
				checkCase(t, tt.text, nil, true) // a near miss gives nothing at all
			}
		})
	}
}
