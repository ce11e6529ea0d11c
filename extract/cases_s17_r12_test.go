package extract_test

import (
	"flag"
	"slices"
	"testing"
)

// Session 17, helper r12: sports reporting (match reports, transfers,
// injuries, governing bodies, doping cases). Invented probes in the shapes
// the fresh pool of real sports pages showed.
//
// First pass of the table as first written (17 rows), before any engine
// change: 10/17 (agency 6/7, epithet 3/7, statement 1/3); pool of 23 real
// sports pages: speaker F1 0.971, quote recall 1.000, attribution 0.886.
// The four "a sentence between" agency rows were added with the office fix.
// Fixed: a demonym noun ("the Spaniard", "the Welshman") is a description
// of a person, not a name; one of a list of three or more names is no
// fallback for a description; "the agency" may be an Office or a Unit;
// "A statement released on Monday read" is the body that spoke last.

var r12KnownFlag = flag.Bool("r12.known", false, "TestAuditS17R12 runs its known failures too")

func TestAuditS17R12(t *testing.T) {
	runAudit(t, "r12", slices.Concat(r12Agency, r12Epithet, r12Statement), *r12KnownFlag)
}

// r12Agency: a body named in the lead ("the Norrland Anti-Doping Office",
// "the Kessel Integrity Unit") is "the agency" later, and its words go on
// being its own ("the agency told Kestrel Radio", "The agency says").
var r12Agency = []auditRow{
	{class: "agency/office, told outlet",
		known: "inner-finding-verb: \"tests found X, the agency told Kestrel Radio\": the clause's own verb of finding takes the span and the trailing cue is left inside it",
		text: "The Norrland National Anti-Doping Office announced on Friday it has banned the runner Tomas Reyvik for four years.\n\n" +
			"Later tests found a banned stimulant in his system, the agency told Kestrel Radio.",
		want: []quote{{"Norrland National Anti-Doping Office", auI, "it has banned the runner Tomas Reyvik for four years"},
			{"Norrland National Anti-Doping Office", auI, "Later tests found a banned stimulant in his system"}},
		speakers: []string{"Norrland National Anti-Doping Office"}},
	{class: "agency/office, also said",
		text: "The Norrland National Anti-Doping Office announced on Friday it has banned the runner Tomas Reyvik for four years.\n\n" +
			"Meanwhile, the agency also said it is investigating two other athletes.",
		want: []quote{{"Norrland National Anti-Doping Office", auI, "it has banned the runner Tomas Reyvik for four years"},
			{"Norrland National Anti-Doping Office", auI, "it is investigating two other athletes"}},
		speakers: []string{"Norrland National Anti-Doping Office"}},
	{class: "agency/office, says present",
		text: "The Norrland National Anti-Doping Office announced on Friday it has banned the runner Tomas Reyvik for four years.\n\n" +
			"The agency says it will name the other athletes in due course.",
		want: []quote{{"Norrland National Anti-Doping Office", auI, "it has banned the runner Tomas Reyvik for four years"},
			{"Norrland National Anti-Doping Office", auI, "it will name the other athletes in due course"}},
		speakers: []string{"Norrland National Anti-Doping Office"}},
	{class: "agency/unit, said",
		text: "The Kessel Athletics Integrity Unit said on Monday that the sprinter Ana Dorval had missed three tests.\n\n" +
			"The agency said she would be provisionally suspended.",
		want: []quote{{"Kessel Athletics Integrity Unit", auI, "the sprinter Ana Dorval had missed three tests"},
			{"Kessel Athletics Integrity Unit", auI, "she would be provisionally suspended"}},
		speakers: []string{"Kessel Athletics Integrity Unit"}},
	{class: "agency/office, interrupted subject",
		text: "The Norrland National Anti-Doping Office announced on Friday it has banned the runner Tomas Reyvik for four years.\n\n" +
			"The agency, without naming them, said two other runners had used the drug abroad.",
		want: []quote{{"Norrland National Anti-Doping Office", auI, "it has banned the runner Tomas Reyvik for four years"},
			{"Norrland National Anti-Doping Office", auI, "two other runners had used the drug abroad"}},
		speakers: []string{"Norrland National Anti-Doping Office"}},
	{class: "agency/office, a sentence between",
		text: "The Norrland National Anti-Doping Office announced on Friday it has banned the runner Tomas Reyvik for four years.\n\n" +
			"The runner was stripped of his medal from the race.\n\n" +
			"Meanwhile, the agency also said it is investigating two other athletes.",
		want: []quote{{"Norrland National Anti-Doping Office", auI, "it has banned the runner Tomas Reyvik for four years"},
			{"Norrland National Anti-Doping Office", auI, "it is investigating two other athletes"}},
		speakers: []string{"Norrland National Anti-Doping Office"}},
	{class: "agency/unit, a sentence between",
		text: "The Kessel Athletics Integrity Unit said on Monday that the sprinter Ana Dorval had missed three tests.\n\n" +
			"Dorval won bronze at the indoor championships in March.\n\n" +
			"The agency said she would be provisionally suspended.",
		want: []quote{{"Kessel Athletics Integrity Unit", auI, "the sprinter Ana Dorval had missed three tests"},
			{"Kessel Athletics Integrity Unit", auI, "she would be provisionally suspended"}},
		speakers: []string{"Kessel Athletics Integrity Unit"}},
	{class: "agency/statistics office, a sentence between",
		text: "The Tarn Statistics Office said on Monday that attendance at league matches fell by a tenth.\n\n" +
			"Clubs in the north were hit hardest.\n\n" +
			"The agency said the fall was the largest since 1990.",
		want: []quote{{"Tarn Statistics Office", auI, "attendance at league matches fell by a tenth"},
			{"Tarn Statistics Office", auI, "the fall was the largest since 1990"}},
		speakers: []string{"Tarn Statistics Office"}},
	// Near misses: another agency named in between takes "the agency".
	{class: "agency/near miss: a named agency in between",
		text: "The Norrland National Anti-Doping Office announced on Friday it has banned the runner Tomas Reyvik for four years.\n\n" +
			"The World Testing Agency had asked for the case to be reopened. The agency said it would study the ruling.",
		want: []quote{{"Norrland National Anti-Doping Office", auI, "it has banned the runner Tomas Reyvik for four years"},
			{"World Testing Agency", auI, "it would study the ruling"}}},
	{class: "agency/near miss: a post office, a sentence between",
		text: "Postmaster Liv Harrow said the Dunmore Post Office would close in May.\n\n" +
			"Villagers have collected 900 signatures.\n\n" +
			"The agency said the closure was final.",
		want: []quote{{"Liv Harrow", auI, "the Dunmore Post Office would close in May"},
			{"", auI, "the closure was final"}}},
	{class: "agency/near miss: a post office is no agency",
		text: "Postmaster Liv Harrow said the Dunmore Post Office would close in May.\n\n" +
			"The agency said the closure was final.",
		want: []quote{{"Liv Harrow", auI, "the Dunmore Post Office would close in May"},
			{"", auI, "the closure was final"}}},
}

// r12Epithet: a player is named once and then called by nationality and
// position ("the Spanish forward said", "the Brazilian told"), with a list
// of other players named in between.
var r12Epithet = []auditRow{
	{class: "epithet/nationality + position after a list",
		text: "Harlow City have confirmed the signing of striker Ruben Vasca from Dunmore on a three-year contract.\n\n" +
			"Vasca becomes the club's fifth signing of the window, following the arrivals of Tom Ekker, Jon Bastow and Piet Arnaud.\n\n" +
			"\u201cI feel very happy, because I have signed for a big club,\u201d the Spanish forward said.",
		want:     []quote{{"Ruben Vasca", auD, "I feel very happy, because I have signed for a big club"}},
		speakers: []string{"Ruben Vasca"}},
	{class: "epithet/demonym after a list",
		text: "Harlow City have confirmed the signing of striker Ruben Vasca from Dunmore on a three-year contract.\n\n" +
			"Vasca becomes the club's fifth signing of the window, following the arrivals of Tom Ekker, Jon Bastow and Piet Arnaud.\n\n" +
			"\u201cI feel very happy, because I have signed for a big club,\u201d the Spaniard said.",
		want:     []quote{{"Ruben Vasca", auD, "I feel very happy, because I have signed for a big club"}},
		speakers: []string{"Ruben Vasca"}},
	{class: "epithet/age after a list",
		text: "Harlow City have confirmed the signing of striker Ruben Vasca from Dunmore on a three-year contract.\n\n" +
			"The 27-year-old becomes the club's fifth signing of the window, following the arrivals of Tom Ekker, Jon Bastow and Piet Arnaud.\n\n" +
			"\u201cI feel very happy, because I have signed for a big club,\u201d the 27-year-old said.",
		want:     []quote{{"Ruben Vasca", auD, "I feel very happy, because I have signed for a big club"}},
		speakers: []string{"Ruben Vasca"}},
	{class: "epithet/single name, position only",
		text: "Harlow City have confirmed the signing of striker Vasca from Dunmore on a three-year contract.\n\n" +
			"Vasca becomes the club's fifth signing of the window, following the arrivals of Tom Ekker, Jon Bastow and Piet Arnaud.\n\n" +
			"\u201cI feel very happy, because I have signed for a big club,\u201d the forward said.",
		want:     []quote{{"Vasca", auD, "I feel very happy, because I have signed for a big club"}},
		speakers: []string{"Vasca"}},
	{class: "epithet/single name, nationality + position",
		text: "Harlow City have confirmed the signing of striker Vasca from Dunmore on a three-year contract.\n\n" +
			"Vasca becomes the club's fifth signing of the window, following the arrivals of Tom Ekker, Jon Bastow and Piet Arnaud.\n\n" +
			"\u201cI feel very happy, because I have signed for a big club,\u201d the Spanish forward said.",
		want:     []quote{{"Vasca", auD, "I feel very happy, because I have signed for a big club"}},
		speakers: []string{"Vasca"}},
	{class: "epithet/the Swiss great",
		known: "people-as-country: \"said the Swiss\" is read as the Swiss people speaking for Switzerland, and not as one Swiss player",
		text: "Lior Brandt won a record seventh Kessel Open title on Sunday, beating Tomas Ekker in four sets.\n\n" +
			"Ekker had hoped to become the first home winner for 40 years.\n\n" +
			"\u201cIt feels amazing to be back here as the winner,\u201d said the Swiss, who had not won a major since 2019.",
		want:     []quote{{"Lior Brandt", auD, "It feels amazing to be back here as the winner"}},
		speakers: []string{"Lior Brandt"}},
	// Near miss: the epithet fits the person named last.
	{class: "epithet/near miss: epithet fits the last named",
		text: "Harlow City have confirmed the signing of striker Ruben Vasca from Dunmore on a three-year contract.\n\n" +
			"Manager Jon Bastow, a former Welsh defender, spoke of his delight.\n\n" +
			"\u201cWe have watched him for years,\u201d the Welshman said.",
		want:     []quote{{"Jon Bastow", auD, "We have watched him for years"}},
		speakers: []string{"Jon Bastow"}},
}

// r12Statement: "A statement released on Monday read, ..." with the club
// the story is about and no body named in the sentence.
var r12Statement = []auditRow{
	{class: "statement/a statement read, club in focus",
		known: "club-maintain: \"The club maintain that they have broken no rules\" (a club with a plural verb and \"maintain\") is not taken as a cue, where \"The club say\" is",
		text: "Harlow City have confirmed that they have lodged an appeal against the transfer ban imposed by the league.\n\n" +
			"The club maintain that they have broken no rules.\n\n" +
			"A statement released on Monday evening read, \u201cHarlow City has presented its appeal against the decision of the disciplinary committee.\u201d",
		want: []quote{{"Harlow City", auI, "they have lodged an appeal against the transfer ban imposed by the league"},
			{"Harlow City", auI, "they have broken no rules"},
			{"Harlow City", auD, "Harlow City has presented its appeal against the decision of the disciplinary committee."}},
		speakers: []string{"Harlow City"}},
	{class: "statement/a statement read, a sentence between",
		text: "Harlow City have confirmed that they have lodged an appeal against the transfer ban imposed by the league.\n\n" +
			"The ban would stop the club signing players until next summer.\n\n" +
			"A statement released on Monday evening read: \u201cWe have acted within the rules in every case.\u201d",
		want: []quote{{"Harlow City", auI, "they have lodged an appeal against the transfer ban imposed by the league"},
			{"Harlow City", auD, "We have acted within the rules in every case."}},
		speakers: []string{"Harlow City"}},
	{class: "statement/a statement read, federation",
		text: "The Kessel Football Federation said on Tuesday it would appeal against the stadium ban.\n\n" +
			"A statement read: \u201cWe do not accept the ruling and will take it to the highest court.\u201d",
		want: []quote{{"Kessel Football Federation", auI, "it would appeal against the stadium ban"},
			{"Kessel Football Federation", auD, "We do not accept the ruling and will take it to the highest court."}},
		speakers: []string{"Kessel Football Federation"}},
	{class: "statement/club named for its city, a statement read",
		text: "Atletico Tarvik have confirmed that they have lodged an appeal against the transfer ban.\n\n" +
			"A statement released on Monday evening read: \u201cWe have acted within the rules in every case.\u201d",
		want: []quote{{"Atletico Tarvik", auI, "they have lodged an appeal against the transfer ban"},
			{"Atletico Tarvik", auD, "We have acted within the rules in every case."}},
		speakers: []string{"Atletico Tarvik"}},
	{class: "statement/club named Rovers, the club said",
		text: "Dunmore Rovers have sacked their manager after six straight defeats.\n\n" +
			"The club said a new manager would be named within a week.",
		want:     []quote{{"Dunmore Rovers", auI, "a new manager would be named within a week"}},
		speakers: []string{"Dunmore Rovers"}},
	{class: "statement/club named Sporting, a statement read",
		text: "Sporting Brask have confirmed that they have signed the defender Ole Kvist.\n\n" +
			"A statement read: \u201cWe are delighted to welcome Ole to the club.\u201d",
		want: []quote{{"Sporting Brask", auI, "they have signed the defender Ole Kvist"},
			{"Sporting Brask", auD, "We are delighted to welcome Ole to the club."}},
		speakers: []string{"Sporting Brask"}},
	// Near misses: a person spoke last, or the statement names its body.
	{class: "statement/near miss: a person spoke last",
		text: "Harlow City manager Ana Dorval said the ban was unfair.\n\n" +
			"A statement released on Monday evening read: \u201cWe have acted within the rules in every case.\u201d",
		want: []quote{{"Ana Dorval", auI, "the ban was unfair"},
			{"", auD, "We have acted within the rules in every case."}}},
	{class: "statement/near miss: a statement from another body",
		text: "Harlow City have confirmed that they have lodged an appeal against the transfer ban.\n\n" +
			"A statement from the Kessel League read: \u201cThe sanction stands until the appeal is heard.\u201d",
		want: []quote{{"Harlow City", auI, "they have lodged an appeal against the transfer ban"},
			{"Kessel League", auD, "The sanction stands until the appeal is heard."}}},
	{class: "statement/the statement read, federation in focus",
		text: "The Kessel Football Federation said on Tuesday it would appeal against the stadium ban.\n\n" +
			"The statement read: \u201cWe do not accept the ruling and will take it to the highest court.\u201d",
		want: []quote{{"Kessel Football Federation", auI, "it would appeal against the stadium ban"},
			{"Kessel Football Federation", auD, "We do not accept the ruling and will take it to the highest court."}},
		speakers: []string{"Kessel Football Federation"}},
	{class: "statement/governing body said, acronym",
		known:    "descriptor-before-speaking: \"the sport's governing body said\" in the lead, before the acronym body has spoken, is not matched to it",
		text:     "LONDON - The KFU has appealed against the sanctions its own disciplinary panel imposed on two clubs, the sport's governing body said on Wednesday.",
		want:     []quote{{"KFU", auI, "The KFU has appealed against the sanctions its own disciplinary panel imposed on two clubs"}},
		speakers: []string{"KFU"}},
}
