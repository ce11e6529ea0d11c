package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestNewPagesS9Cases covers the session 9 classes that dev-f (go-htmldate's
// mediacloud pages: US local papers, wire stories, business news of 2020)
// showed the engine missing. Each row gives exactly the quotes wanted; the
// near misses want none, or only the ones listed.
func TestNewPagesS9Cases(t *testing.T) {
	tests := []freshCase{
		// Staff at a firm whose name looks like a person's: "economists at
		// Goldman Sachs" speak for the firm.
		{
			name:     "economists at a firm named like a person",
			text:     "Policymakers have not been aggressive enough, economists at Goldman Sachs said.",
			want:     []quote{{"Goldman Sachs", model.Indirect, "Policymakers have not been aggressive enough"}},
			speakers: []string{"Goldman Sachs"},
		},
		{
			name:     "analysts at a firm named like a person, inverted",
			text:     "The shares will rise, said analysts at Wells Fargo.",
			want:     []quote{{"Wells Fargo", model.Indirect, "The shares will rise"}},
			speakers: []string{"Wells Fargo"},
		},
		{
			name:     "officials at a firm named like a person",
			text:     "The bridge is unsafe, officials at Morgan Stanley said.",
			want:     []quote{{"Morgan Stanley", model.Indirect, "The bridge is unsafe"}},
			speakers: []string{"Morgan Stanley"},
		},
		{
			name: "the firm then speaks as it",
			text: "Policymakers have not been aggressive enough, economists at Goldman Sachs said.\n\n“We believe the shutdown will hurt,” it said.",
			want: []quote{
				{"Goldman Sachs", model.Indirect, "Policymakers have not been aggressive enough"},
				{"Goldman Sachs", model.Direct, "We believe the shutdown will hurt"},
			},
		},
		{
			name:     "near miss: associates of a person are not the person",
			text:     "Associates of Tomas Brenn said the bridge was unsafe.",
			want:     []quote{{"", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{},
		},
		{
			name: "near miss: lawyers at a person's firm are nobody named",
			text: "Lawyers at Tomas Brenn's firm said the case would go ahead.",
			want: []quote{{"", model.Indirect, "the case would go ahead"}},
		},
		{
			name:     "near miss: a person who is an analyst at a firm",
			text:     "Tomas Brenn, an analyst at Orvel Bank, said the shares would rise.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the shares would rise"}},
			speakers: []string{"Tomas Brenn"},
		},
		// A trailing cue followed by where it was said: the words before
		// the cue are still what was said. "in a note to clients", "in
		// its report to shareholders", "in its document 'Vision 2023'",
		// "in a report that was released on Friday", "in its bleakest
		// forecast yet".
		{
			name:     "trailing cue, in a note to clients",
			text:     "The plant will close in May, Ostby Steel said in a note to clients.",
			want:     []quote{{"Ostby Steel", model.Indirect, "The plant will close in May"}},
			speakers: []string{"Ostby Steel"},
		},
		{
			name: "trailing cue, in its report to shareholders on Tuesday",
			text: "The plant will close in May, Ostby Steel said on Tuesday in its quarterly report to shareholders.",
			want: []quote{{"Ostby Steel", model.Indirect, "The plant will close in May"}},
		},
		{
			name: "trailing cue, a document's title in single marks",
			text: "The number of attacks has increased manifold in the recent past, the Tarvik Bank said in its document 'Vision 2023'.",
			want: []quote{{"Tarvik Bank", model.Indirect, "The number of attacks has increased manifold in the recent past"}},
		},
		{
			name: "trailing cue, a document's title in double marks is no quotation",
			text: "The bridge is safe, Ilse Varga said in her report \"Bridges of Ostby\".",
			want: []quote{{"Ilse Varga", model.Indirect, "The bridge is safe"}},
		},
		{
			name: "trailing cue, a report that was released",
			text: "The bridge will reopen in May, the ministry said in a report that was released on Friday.",
			want: []quote{{"", model.Indirect, "The bridge will reopen in May"}},
		},
		{
			name: "trailing cue, its bleakest forecast yet",
			text: "The plant will close in May, Ostby Steel said in its bleakest forecast yet.",
			want: []quote{{"Ostby Steel", model.Indirect, "The plant will close in May"}},
		},
		{
			name: "a clause after a note to clients",
			text: "Ostby Steel said in a note to clients that the plant would close in May.",
			want: []quote{{"Ostby Steel", model.Indirect, "the plant would close in May"}},
		},
		{
			name: "near miss: told clients to, a request",
			text: "Ostby Steel told clients to expect delays.",
			want: []quote{{"Ostby Steel", model.Indirect, "clients to expect delays"}},
		},
		{
			name: "near miss: words in marks after a report are a quotation",
			text: "Ilse Varga said in her report \"the bridge is safe and sound\".",
			want: []quote{{"Ilse Varga", model.Direct, "the bridge is safe and sound"}},
		},
		{
			name: "near miss: the largest union speaks",
			text: "The largest union said the strike would go ahead.",
			want: []quote{{"", model.Indirect, "the strike would go ahead"}},
		},
		// "“...,” X said at a fundraiser, according to a pool report": the
		// source relays X's words; it makes no clause of the quotation and
		// the cue, and X keeps the quotation.
		{
			name:     "a quotation said at a fundraiser, according to a pool report",
			text:     "\"Mark my words: he will try to delay the vote,\" Tomas Brenn said at a virtual fundraiser, according to a pool report.",
			want:     []quote{{"Tomas Brenn", model.Direct, "Mark my words: he will try to delay the vote"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "a quotation told to supporters, according to a transcript",
			text: "\"We will win,\" Tomas Brenn told supporters, according to a transcript.",
			want: []quote{{"Tomas Brenn", model.Direct, "We will win"}},
		},
		{
			name: "a quotation an unnamed coach told, according to two people",
			text: "\"It is over,\" the coach told players, according to two people in the room.",
			want: []quote{{"", model.Direct, "It is over"}},
		},
		{
			name: "near miss: a clause said, according to a pool report",
			text: "Tomas Brenn said the vote would be delayed, according to a pool report.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the vote would be delayed"}},
		},
		{
			name: "near miss: a verb with its object, according to the institute",
			text: "The findings could change how Carvane reports its emissions, according to the institute.",
			want: []quote{{"", model.Indirect, "The findings could change how Carvane reports its emissions"}},
		},
		// A lawmaker's party and state with the state's whole name: "Sen.
		// Ilse Varga, D-California,", "Rep. Tomas Brenn, R-New York,".
		{
			name:     "a party and a state's whole name after a senator",
			text:     "A spokesperson for Sen. Ilse Varga, D-California, said her office was working on it.",
			want:     []quote{{"Ilse Varga", model.Indirect, "her office was working on it"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a party and a state of two words",
			text:     "Sen. Ilse Varga, R-New York, said her office was working on it.",
			want:     []quote{{"Ilse Varga", model.Indirect, "her office was working on it"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a party and North Carolina",
			text:     "Rep. Tomas Brenn, D-North Carolina, said the bill would pass.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the bill would pass"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: the abbreviated state, as before",
			text:     "Sen. Ilse Varga, D-Calif., said her office was working on it.",
			want:     []quote{{"Ilse Varga", model.Indirect, "her office was working on it"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a place in apposition is still no speaker",
			text:     "Tomas Brenn, of New York, said the bill would pass.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the bill would pass"}},
			speakers: []string{"Tomas Brenn"},
		},
		// "Restaurant owners protested, saying ...": the participle's
		// subject is a group of people, not the capitalised word before
		// its plural head.
		{
			name:     "a participle after capitalised trade and owners",
			text:     "Restaurant owners in Milan protested on Saturday, saying that the rules remain unclear.",
			want:     []quote{{"", model.Indirect, "the rules remain unclear"}},
			speakers: []string{},
		},
		{
			name:     "a participle after taxi drivers",
			text:     "Taxi drivers in Ostby protested on Saturday, saying that the rules remain unclear.",
			want:     []quote{{"", model.Indirect, "the rules remain unclear"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a name and a present-tense verb before the participle",
			text:     "Ilse Varga disagrees, saying the bridge is safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge is safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a body that objects",
			text:     "The Tarvik Union objects, arguing the plan is unfair.",
			want:     []quote{{"Tarvik Union", model.Indirect, "the plan is unfair"}},
			speakers: []string{"Tarvik Union"},
		},
		// A lone given name after "in" (or after "the mayor of") is a
		// city: "the hotel federation in Florence", "owners in Milan".
		{
			name:     "the head of a federation in a city named like a woman",
			text:     "The head of the hotel federation in Florence said the rules were unclear.",
			want:     []quote{{"", model.Indirect, "the rules were unclear"}},
			speakers: []string{},
		},
		{
			name:     "owners in a city named like a man",
			text:     "Restaurant owners in Milan said the rules remain unclear.",
			want:     []quote{{"", model.Indirect, "the rules remain unclear"}},
			speakers: []string{},
		},
		{
			name:     "the mayor of a city named like a woman",
			text:     "The mayor of Florence said the rules were unclear.",
			want:     []quote{{"", model.Indirect, "the rules were unclear"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a woman met by her given name speaks",
			text:     "Tomas Brenn met Florence on Monday. She said the talks went well.",
			want:     []quote{{"Florence", model.Indirect, "the talks went well"}},
			speakers: []string{"Florence"},
		},
		{
			name: "near miss: a daughter in a town",
			text: "Ilse Varga lives with her daughter Victoria in Ostby.\n\n\"It is hard,\" Victoria said.",
			want: []quote{{"Victoria", model.Direct, "It is hard"}},
		},
		// "Meanwhile, a health official, rejecting the allegations, said
		// ...": a sentence adverb opens the sentence; the phrase after its
		// comma is the subject, not an appositive of nothing.
		{
			name:     "meanwhile, an unnamed official with an aside",
			text:     "Meanwhile, a health official, rejecting the allegations, said both the babies died due to preterm birth.",
			want:     []quote{{"", model.Indirect, "both the babies died due to preterm birth"}},
			speakers: []string{},
		},
		{
			name: "however, the ministry responding to a report",
			text: "However, the ministry, responding to the report, said the bridge was safe.",
			want: []quote{{"", model.Indirect, "the bridge was safe"}},
		},
		{
			name: "meanwhile, a role whose holder asked not to be named",
			text: "Meanwhile, the head of the union, who asked not to be named, said the strike would go ahead.",
			want: []quote{{"", model.Indirect, "the strike would go ahead"}},
		},
		{
			name:     "near miss: however, a role and the name in apposition",
			text:     "However, the mayor, Tomas Brenn, said the bridge was safe.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: meanwhile, a name and a role in apposition",
			text:     "Meanwhile, Ilse Varga, a nurse, said the babies died of natural causes.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the babies died of natural causes"}},
			speakers: []string{"Ilse Varga"},
		},
		// A participle after a clause a conjunction joins goes with that
		// clause's subject: "..., although Stephen King was among those
		// questioning it, writing on Twitter: “...”".
		{
			name: "a participle after an although clause with a named subject",
			text: "The council dropped the plan, although Ilse Varga was among those opposing it, writing on Facebook: \"This is a mistake.\"",
			want: []quote{{"Ilse Varga", model.Direct, "This is a mistake."}},
		},
		{
			name: "a participle after an and clause with a named subject",
			text: "The union called a strike, and Tomas Brenn joined it, saying the pay offer was an insult.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the pay offer was an insult"}},
		},
		{
			name: "a participle after a though clause",
			text: "Ilse Varga praised the plan, though Tomas Brenn was less sure, warning that costs could rise.",
			want: []quote{{"Tomas Brenn", model.Indirect, "costs could rise"}},
		},
		{
			name: "near miss: a participle straight after the main clause",
			text: "The council dropped the plan, writing on its website: \"The costs were too high.\"",
			want: []quote{{"", model.Direct, "The costs were too high."}},
		},
		{
			name: "near miss: a joined clause with its own cue",
			text: "Ilse Varga closed the bridge, but Tomas Brenn, the mayor, said it was safe.",
			want: []quote{{"Tomas Brenn", model.Indirect, "it was safe"}},
		},
		// "Crime Stoppers of Michigan officials said": a body named with
		// its place, then the officials who speak for it.
		{
			name:     "officials of a body named with its place, cue after",
			text:     "The woman had gone to a corner store, Crime Stoppers of Michigan officials said in a statement.",
			want:     []quote{{"Crime Stoppers", model.Indirect, "The woman had gone to a corner store"}},
			speakers: []string{"Crime Stoppers"},
		},
		{
			name: "officials of a body named with its place, cue first",
			text: "Crime Stoppers of Michigan officials said the woman had gone to a corner store.",
			want: []quote{{"Crime Stoppers", model.Indirect, "the woman had gone to a corner store"}},
		},
		{
			name: "near miss: supporters of a person are nobody named",
			text: "Supporters of Tomas Brenn said the plant would close.",
			want: []quote{{"", model.Indirect, "the plant would close"}},
		},
		{
			name: "near miss: residents of a town are nobody named",
			text: "Residents of Ostby said the plant would close.",
			want: []quote{{"", model.Indirect, "the plant would close"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFreshCase(t, tt)
			if res := extract.Extract(strings.Split(tt.text, "\n\n")); len(res.Quotes) != len(tt.want) {
				t.Errorf("got %d quotes, want %d: %s", len(res.Quotes), len(tt.want), describe(res))
			}
		})
	}
}
