package extract_test

import "testing"

// Session 22, tuner h4: attribution classes of the s21 pools.
//
// Shape "counsel": in a court report, a party's lawyer described and not
// named ("The petitioner's counsel stated", "the counsel said") after a
// judge titled "Justice" ("Justice Omar Velk observed") is nobody: the
// bench is no lawyer, however recent. Near misses: "the judge" after the
// same judge (still the judge), a lawyer the text names ("counsel Ilse
// Marr") then "the counsel said", a Minister of Justice (no judge).
// First pass (before the fix): 4/8 rows.
func h4CounselRows() []auditRow {
	return []auditRow{
		{class: "counsel/party", text: "At the outset of the hearing, Justice Omar Velk observed that the union had already called off its march.\n\nThe petitioner's counsel stated that the city had not decided on the application.",
			want: []quote{{"Omar Velk", auI, "the union had already called off its march"}, {"", auI, "the city had not decided on the application"}}},
		{class: "counsel/party", text: "Justice Hana Trell asked why the march went ahead without approval.\n\nThe counsel said the police had beaten the marchers.",
			want: []quote{{"Hana Trell", auI, "why the march went ahead without approval"}, {"", auI, "the police had beaten the marchers"}}},
		{class: "counsel/party", text: "Chief Justice Pavel Orrin remarked that the law was plain.\n\nHowever, the petitioner's lawyer said any citizen could approach the court.",
			want: []quote{{"Pavel Orrin", auI, "the law was plain"}, {"", auI, "any citizen could approach the court"}}},
		{class: "counsel/party", text: "Justice Mirela Stan said the bench would hear the plea on Monday.\n\nThe defence lawyer said his client had been held for a month without charge.",
			want: []quote{{"Mirela Stan", auI, "the bench would hear the plea on Monday"}, {"", auI, "his client had been held for a month without charge"}}},
		// Near misses.
		{class: "counsel/near", text: "Justice Omar Velk observed that the union had already called off its march.\n\nThe judge said the petitioner should have gone to the city first.",
			want: []quote{{"Omar Velk", auI, "the union had already called off its march"}, {"Omar Velk", auI, "the petitioner should have gone to the city first"}}},
		{class: "counsel/near", text: "Justice Omar Velk heard the plea of the union, argued by counsel Ilse Marr.\n\nThe counsel said the police had beaten the marchers.",
			want: []quote{{"Ilse Marr", auI, "the police had beaten the marchers"}}},
		{class: "counsel/near", text: "Minister of Justice Tomas Brenn met the union on Monday.\n\nThe minister said the march could go ahead.",
			want: []quote{{"Tomas Brenn", auI, "the march could go ahead"}}},
		{class: "counsel/near", text: "Justice Hana Trell granted the request on Monday.\n\nShe said the witness could testify on Friday.",
			want: []quote{{"Hana Trell", auI, "the witness could testify on Friday"}}},
	}
}

// Shape "partylawyer": a party's lawyer described by the party's part
// ("the petitioner's lawyer said", "the defendant's counsel argued")
// after a party and a law officer of the state are named is nobody, and
// so is the "he" that goes on for him. Near misses: a lawyer named
// before ("Ilse Marr, the petitioner's lawyer, ... the petitioner's
// lawyer said"), "the attorney general said" (the law officer), a party
// speaking for itself ("The petitioner said").
// First pass (before the fix): 2/6 rows (the last near miss failed
// before the fix as well; kept as a known failure).
func h4PartyLawyerRows() []auditRow {
	lead := "KESSEL: The high court on Friday reserved its verdict on a plea against the arrests.\n\n"
	return []auditRow{
		{class: "partylawyer/party", text: lead + "Emil Strand has filed the petition. Attorney General Ravi Mehr pointed out that no illegal arrest had been made.\n\nHowever, the petitioner's lawyer said any citizen could approach the court. He said party workers had been kept in detention.",
			want: []quote{{"Ravi Mehr", auI, "no illegal arrest had been made"}, {"", auI, "any citizen could approach the court"}, {"", auI, "party workers had been kept in detention"}}},
		{class: "partylawyer/party", text: lead + "Marta Veld, a trader, brought the case. Advocate General Tomas Lund said the arrests were lawful.\n\nThe defendant's counsel argued that the police had no warrant.",
			want: []quote{{"Tomas Lund", auI, "the arrests were lawful"}, {"", auI, "the police had no warrant"}}},
		{class: "partylawyer/party", text: lead + "Justice Pavel Orrin heard the plea of Ida Farn.\n\nThe petitioner's counsel stated that the city had not decided on the application.",
			want: []quote{{"", auI, "the city had not decided on the application"}}},
		// Near misses.
		{class: "partylawyer/near", text: lead + "Ilse Marr, the petitioner's lawyer, filed a new plea. Attorney General Ravi Mehr said no arrest had been made.\n\nThe petitioner's lawyer said the workers had been held for a week.",
			want: []quote{{"Ravi Mehr", auI, "no arrest had been made"}, {"Ilse Marr", auI, "the workers had been held for a week"}}},
		{class: "partylawyer/near", text: lead + "Emil Strand has filed the petition. Attorney General Ravi Mehr was in court.\n\nThe attorney general said no illegal arrest had been made.",
			want: []quote{{"Ravi Mehr", auI, "no illegal arrest had been made"}}},
		{class: "partylawyer/near", text: lead + "Emil Strand has filed the petition against the arrests.\n\nThe petitioner said he had been held for a week.",
			want:  []quote{{"Emil Strand", auI, "he had been held for a week"}},
			known: "party-part: 'the petitioner' is no description the engine resolves to the one who filed the plea (fails before the fix too)"},
	}
}

func TestAuditS22H4(t *testing.T) {
	runAudit(t, "h4", append(h4CounselRows(), h4PartyLawyerRows()...), false)
}
