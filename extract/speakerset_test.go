package extract_test

import (
	"slices"
	"testing"

	"soundbite/extract"
)

// TestSpeakerSet checks which names come out as speakers for the classes
// of error measured on real news (issue 11): words that are no speaker,
// and speakers reached only through a variant of their name. Each case is
// an invented text; want lists every speaker, sorted.
func TestSpeakerSet(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		{
			name:  "an adjective before an unnamed report",
			paras: []string{"Initial reports from the clinic stated no traces of poison were found. Preliminary statements said the ward was closed."},
			want:  nil,
		},
		{
			name: "papers named in their own language, and a web site called an insider",
			paras: []string{"Gazeta Lorska reports only 2% of sales come from deliveries. The chain's plan, according to Velden Zeitung, is too big. " +
				"Harbour Insider reported that the mill would close."},
			want: nil,
		},
		{
			name:  "a short name in brackets that is no acronym",
			paras: []string{"The Lorvan Institute of Tides and Currents (Lotic) reported the wave was small. Lotic said the coast was seismically active."},
			want:  []string{"Lorvan Institute of Tides and Currents"},
		},
		{
			name: "the head word alone for an organisation named after a place",
			paras: []string{"The Valley Department of Corrections and Rehabilitation did not name the victim.",
				"The Department said an inmate had been stabbed. The Department also said the attacker was held."},
			want: []string{"Valley Department of Corrections and Rehabilitation"},
		},
		{
			name: "a mission, a campaign and a city that speak as bodies",
			paras: []string{"Senator Orla Kell of Brenmoor won 7 delegates. Senator Kell's campaign said she was ending her bid.",
				"The guests were local; the Velorian embassy confirmed two pilgrims also died.",
				"A boat sank near Tarvik, Lorvan. The city of Tarvik announced on Twitter the coastguard would investigate."},
			want: []string{"Kell's campaign", "Velorian embassy", "city of Tarvik"},
		},
		{
			name:  "a name with a particle before the body the speaker serves",
			paras: []string{"Arnel dela Cruz of the army's Southern Command said the group were the suspects. Hanna zu Arendt agreed."},
			want:  []string{"Arnel dela Cruz"},
		},
		{
			name: "an appositive whose closing comma is missing",
			paras: []string{"In the blog post Ivo Tamm, the Chief Technology Officer of Kelda Systems said Kelda had informed the board. " +
				"In a talk with Rina Osk, the minister said it was fine."},
			want: []string{"Ivo Tamm"},
		},
		{
			name: "a speech verb with an object and no clause",
			paras: []string{"The Harbour Union has announced their plans to oppose the bill by lawsuit. Senator Rina Osk has stated her intention to endorse a rival, but had not yet decided.",
				"Businessman Ivo Tamm, the party's nominee, answered some questions about his campaign from accredited reporter Lena Saar.",
				"Mayor Edda Moll said their plans to cut taxes were reckless."},
			want: []string{"Edda Moll"},
		},
		{
			name: "agreeing on a thing is no statement",
			paras: []string{"In the deal, Lorvan and Velor agreed on a line as their shared border that would make the sea a part of their zone. " +
				"The ministers agreed to a future meeting. Ivo Tamm agreed the plan was sound."},
			want: []string{"Ivo Tamm"},
		},
		{
			name: "a source that a report cites as saying",
			paras: []string{"The Harbour Post also cited Rina Osk, chief of the Lorvan Intelligence Agency, as saying the suspects were linked to the network. " +
				"The Tide Gazette cited the Coast Guard as stating Velor Ferries owned the boat."},
			want: []string{"Coast Guard", "Rina Osk"},
		},
		{
			name: "a thing named at a place is named, not said",
			paras: []string{`The University of Lorva had been hosting a course at Tanners' Hall called "Learning Together". ` +
				`Mayor Ivo Tamm called the plan "a disgrace".`},
			want: []string{"Ivo Tamm"},
		},
		{
			name: "the police of a county are not the county",
			paras: []string{"A party took place in Harlow County. Guests fled when officers arrived, according to county police. " +
				"The Data Protection Office opened an inquiry. The data protection regulator said the firm broke the law."},
			want: []string{"Data Protection Office"},
		},
		{
			name: "a body named inside an unnamed or joint subject",
			paras: []string{"Reports citing sources within the Lorvan Party have indicated Tamm was encouraged to drop out. " +
				"Ivo Tamm and others in the Velor Party warned the delay was a threat."},
			want: nil,
		},
		{
			name:  "a surname ending in -ing at a sentence start",
			paras: []string{"The deal covers 301 stores. Harling said the plan would work. Smoking is banned."},
			want:  []string{"Harling"},
		},
		{
			name:  "a pronoun and a present-tense verb the lexicon does not know",
			paras: []string{"With the acquisition Velor Group said it seeks to improve its coverage. Ivo Tamm said it loudly."},
			want:  []string{"Velor Group"},
		},
		{
			name: "a pronoun or a body before a colon and a quotation",
			paras: []string{"Ali Rezai, the Supreme Leader, ordered three days of mourning. In his message, he looked back on the general's life: \"He was a stellar example.\"",
				"In a statement, the Lorvan Ministry of Defence justified the strike: \"We acted to protect our people.\""},
			want: []string{"Ali Rezai", "Lorvan Ministry of Defence"},
		},
		{
			name:  "a phrase of time before a subject with an aside",
			paras: []string{"Late on Sunday, the Lorvan President Ivo Tamm, in a statement delivered via his secretary, announced the troops would be leaving Velor."},
			want:  []string{"Ivo Tamm"},
		},
		{
			name: "a city named as a place is no \"it\"",
			paras: []string{"The Lorvan Basketball Association (LBA) suspended its season. The LBA did not name the player. " +
				"They did say he was not at the arena in Tarvik City, where the team was to play.",
				`According to its press release, the LBA was "suspending game play until further notice."`},
			want: []string{"Lorvan Basketball Association"},
		},
		{
			name:  "a clause opening with \"this\" is no phrase of time",
			paras: []string{"Rina Osk agreed, saying only this group appeared capable of the attack. Ivo Tamm said this week he would resign."},
			want:  []string{"Ivo Tamm", "Rina Osk"},
		},
		{
			name:  "a present-tense verb the lexicon does not know, after a noun",
			paras: []string{"Fleetlog states the aircraft uses the A300 and the 747."},
			want:  []string{"Fleetlog"},
		},
		{
			name:  "a verb that is also a noun after an appositive",
			paras: []string{"Fleetlog, a database of the aircraft flown by carriers, states the plane was built in 1972."},
			want:  []string{"Fleetlog"},
		},
		{
			name:  "a task force named after its operation is no person",
			paras: []string{"On Friday, the Joint Task Force Operation Steady Harbour released a statement saying the attack produced no casualties."},
			want:  []string{"Joint Task Force Operation Steady Harbour"},
		},
		{
			name:  "a named role after an inverted subject that is a body",
			paras: []string{`"Walter was the finest scientist I have known," said Velor University, Tarvik's chancellor, Ana Berg.`},
			want:  []string{"Ana Berg"},
		},
		{
			name:  "claiming victory or credit is taking, not saying",
			paras: []string{"Ivo Tamm and Rina Osk claimed victory in the presidential vote, which was marred by fraud. The Harbour Front claimed credit for the attack, which was planned for weeks."},
			want:  nil,
		},
		{
			name: "a pronoun means the sentence's subject, not a relative clause's",
			paras: []string{"Ivo Tamm won an election over Rina Osk. Refusing to give up power, Tamm agreed to a deal in which Osk became prime minister. " +
				`"Only God who appointed me will remove me," he declared.`},
			want: []string{"Ivo Tamm"},
		},
		{
			name:  "\"that\" before a time word is no relative pronoun",
			paras: []string{"On Friday, the Harbour Task Force released a statement saying an attack that day on a base near Tarvik produced no casualties."},
			want:  []string{"Harbour Task Force"},
		},
		{
			name:  "a relative clause about a person runs up to a colon and a quotation",
			paras: []string{`Another was tour manager Tomas Grey, 24, who cited only his years of rugby: "One in, all in. I did what anyone would do."`},
			want:  []string{"Tomas Grey"},
		},
		{
			name: "a news outlet's own comment is its reporting, not a statement",
			paras: []string{"The Harbour Times observed that the vote was the closest in decades. The magazine Velor Weekly described the ruling as historic.",
				`"We will appeal," said the Tarvik News Agency.`},
			want: []string{"Tarvik News Agency"},
		},
		{
			name:  "a publication titled with a plural of a word for a text",
			paras: []string{"The chain has suffered losses. According to Notes from Tarvik, some stores resorted to offer postal services, a loophole."},
			want:  nil,
		},
		{
			name:  "a pronoun run together with a verb is no name",
			paras: []string{"((WN)) : You've said that you want to act on the floods. We're told the plan would fail."},
			want:  nil,
		},
		{
			name: "an order by a named person, announced by a body",
			paras: []string{"The Coast Guard said its casualties were attending mass. The Coast Guard has announced an order by Commandant Admiral Ivo Tamm " +
				`directing units nearby to "join the army in the pursuit of the attackers."`},
			want: []string{"Coast Guard", "Ivo Tamm"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extract.Extract(tt.paras)
			var got []string
			for _, s := range res.Speakers {
				got = append(got, s.Name)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("speakers %q, want %q", got, tt.want)
			}
		})
	}
}
