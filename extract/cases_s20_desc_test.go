package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 20, class description-link: a definite description ("the
// rebels", "the commission") after the name of the body it stands for,
// linked by the type evidence the text gives with the name.
//
// Shape "fighters": an armed body named with the noun of its fighters
// after its name ("the Norvan Liberation Front rebels") or, singular,
// before it ("the rebel Union of Patriots for Peace (UPP)"); later "the
// rebels said" is that body. Near misses: the noun never given with the
// name, the noun beside a place or a people, other plural nouns.
// First pass (before the fix): 8/16 rows (every near miss passed, no
// positive did).

var descKnown = flag.Bool("desc.known", false, "TestAuditS20Desc runs its known failures too, to see which a change fixed")

// descFighterBodies are invented armed bodies with the noun of their
// fighters.
var descFighterBodies = []struct{ name, noun string }{
	{"Norvan Liberation Front", "rebels"},
	{"Kessel People's Army", "rebels"},
	{"Tarrow Islamic Movement", "militants"},
	{"Union of Patriots for Peace", "insurgents"},
}

func descFighterRows() []auditRow {
	var rows []auditRow
	for _, b := range descFighterBodies {
		one := strings.TrimSuffix(b.noun, "s")
		rows = append(rows,
			auditRow{class: "fighters/after", text: "The " + b.name + " " + b.noun + " held 80 villagers in a church on Sunday.\n\nThe " + b.noun + " denied holding them hostage, saying they had fled the cross-fire.",
				want: []quote{{b.name, auI, "they had fled the cross-fire"}}},
			auditRow{class: "fighters/before", text: "But the " + one + " " + b.name + " dismissed the toll on Monday.\n\nOfficials said troops had retaken the town, but the " + b.noun + " said they withdrew after heavy fighting.",
				want: []quote{{b.name, auI, "they withdrew after heavy fighting"}}},
		)
	}
	rows = append(rows,
		// Near misses: nobody for the bare noun.
		auditRow{class: "fighters/near", text: "The Norvan Liberation Front signed a truce on Sunday.\n\nAbout 100 rebels occupied a village, officials said.\n\nThe rebels said they had fled the cross-fire.",
			want: []quote{{"", auI, "they had fled the cross-fire"}}},
		auditRow{class: "fighters/near", text: "Fighting broke out between Tarrow rebels and troops on Sunday.\n\nThe rebels said they had fled the cross-fire.",
			want: []quote{{"", auI, "they had fled the cross-fire"}}},
		auditRow{class: "fighters/near", text: "The Tarvik Rovers fans marched on Sunday.\n\nThe fans said the club had betrayed them.",
			want: []quote{{"", auI, "the club had betrayed them"}}},
		auditRow{class: "fighters/near", text: "The Norvan Liberation Front rebels held 80 villagers in a church on Sunday.\n\nThe soldiers said they had found weapons in the church.",
			want: []quote{{"", auI, "they had found weapons in the church"}}},
		auditRow{class: "fighters/near", text: "The Kessel People's Army guerrillas attacked the town on Monday.\n\nThe militants said the raid was revenge for the arrests.",
			want: []quote{{"", auI, "the raid was revenge for the arrests"}}},
		auditRow{class: "fighters/near", text: "The rebels of the north attacked the town on Monday, the Norvan Liberation Front said.\n\nThe rebels said the raid was revenge for the arrests.",
			want: []quote{{"", auI, "the raid was revenge for the arrests"}}},
		auditRow{class: "fighters/near", text: "Aid worker Arno Vell said the rebels had left the town.\n\nThe rebels said they withdrew after heavy fighting.",
			want: []quote{{"Arno Vell", auI, "the rebels had left the town"}, {"", auI, "they withdrew after heavy fighting"}}},
		auditRow{class: "fighters/near", text: "The Norvan Liberation Front's leader Ilse Varga met the rebels on Sunday.\n\nThe rebels said they wanted a truce.",
			want: []quote{{"", auI, "they wanted a truce"}}},
	)
	return rows
}

// Shape "unbody": "the UN agency", "the UN mission", "the 15-nation UN
// body" after a UN body named before (by a name holding "UN" or "United
// Nations", or letters opening with UN) is that body, not the UN itself.
// Near misses: no UN body named (the UN it is), a body of another kind
// named before, a union whose name opens with "Un", "the UN" alone.
// First pass (before the fix): 5/10 rows (the UNTRA-Norland row, added
// with the fix, fails before it too).
func descUNRows() []auditRow {
	return []auditRow{
		{class: "unbody/agency", text: "UNTRA voiced its concern on Monday as it had secured only 6 per cent of its budget.\n\nThe UN agency appealed to donors to keep supporting refugees.\n\nAccording to the UN agency, 83 per cent of refugees live in cities.",
			want: []quote{{"UNTRA", auI, "83 per cent of refugees live in cities"}}},
		{class: "unbody/agency", text: "The UN Tarn Relief Office said on Monday that the camps were full.\n\nThe Norland government said it would send tents.\n\nThe UN agency said that 80 were rescued.",
			want: []quote{{"UN Tarn Relief Office", auI, "the camps were full"}, {"Norland government", auI, "it would send tents"}, {"UN Tarn Relief Office", auI, "80 were rescued"}}},
		{class: "unbody/agency", text: "UNTRA-Norland voiced its concern on Monday as it had secured only 6 per cent of its budget.\n\nAccording to the UN agency, 83 per cent of refugees live in cities.",
			want: []quote{{"UNTRA-Norland", auI, "83 per cent of refugees live in cities"}}},
		{class: "unbody/body", text: "The UN Security Council met on Monday.\n\nThe 15-nation UN body said it backed the talks.",
			want: []quote{{"UN Security Council", auI, "it backed the talks"}}},
		{class: "unbody/body", text: "Delegates of the UN Security Council met in Genvar on Monday.\n\nThe U.N. body said it backed the talks.",
			want: []quote{{"UN Security Council", auI, "it backed the talks"}}},
		{class: "unbody/mission", text: "UNMOR said in a statement on Monday that the strike killed 15 civilians.\n\nCondemning the attack, the UN mission said 13 others were wounded.",
			want: []quote{{"UNMOR", auI, "the strike killed 15 civilians"}, {"UNMOR", auI, "13 others were wounded"}}},
		// Near misses: the UN it stays.
		{class: "unbody/near", text: "Arno Vell, a UN official, said on Monday that the campaign worked.\n\nThe UN agency said 80 per cent were reached.",
			want: []quote{{"Arno Vell", auI, "the campaign worked"}, {"UN", auI, "80 per cent were reached"}}},
		{class: "unbody/near", text: "The Norland Relief Agency said on Monday that the camps were full.\n\nThe UN agency said that 80 were rescued.",
			want: []quote{{"Norland Relief Agency", auI, "the camps were full"}, {"UN", auI, "80 were rescued"}}},
		{class: "unbody/near", text: "Unite said on Monday that its members would strike.\n\nThe UN agency said that 80 were rescued.",
			want: []quote{{"Unite", auI, "its members would strike"}, {"UN", auI, "80 were rescued"}}},
		{class: "unbody/near", text: "UNTRA said on Monday that the camps were full.\n\nThe UN said that 80 were rescued.",
			want: []quote{{"UNTRA", auI, "the camps were full"}, {"UN", auI, "80 were rescued"}}},
		{class: "unbody/near", text: "UNTRA said on Monday that the camps were full.\n\nA UN official, Ilse Varga, said that 80 were rescued.",
			want: []quote{{"UNTRA", auI, "the camps were full"}, {"Ilse Varga", auI, "80 were rescued"}}},
	}
}

// Shape "remitbody": a state body named by its country and its remit in
// lower case ("Malawi's electoral commission", "the Kenyan electoral
// commission"), as "Malawi's foreign ministry" already is, speaks as
// that body, and "the commission said" after it is that body even when
// it has not spoken. Near misses: a commission with no country, one
// named in capitals, its chairman speaking, a person's commission (theirs
// to speak for, as the engine had it).
// First pass: 4/8 rows (the near misses passed). Not fixed this session:
// the fix (namedBody and resolveOrgDescription taking "commission" as
// they take "ministry") passed every row but the Tessaly one, yet on the
// dev pools only added a speaker named "Kenya's electoral commission"
// that the gold's "electoral commission" does not match (speaker F1
// .895 -> .894, attribution unchanged), so it was reverted.

const descRemitKnown = "remit-commission: a state commission named by its country and remit in lower case (\"Malawi's electoral commission\") is no body to namedBody, which takes a ministry so but no commission; \"the commission said\" then finds nobody"

func descRemitRows() []auditRow {
	return []auditRow{
		{class: "remitbody/poss", text: "Voters in Malawi went to the polls on Monday.\n\nMalawi's electoral commission has warned the opposition that its claims could be deemed illegal.\n\nThe opposition leader Arno Vell said the count was rigged.\n\nBut the commission said that the attempt to hack its system had failed.",
			want:  []quote{{"Malawi's electoral commission", auI, "its claims could be deemed illegal"}, {"Arno Vell", auI, "the count was rigged"}, {"Malawi's electoral commission", auI, "the attempt to hack its system had failed"}},
			known: descRemitKnown},
		{class: "remitbody/poss", text: "Voters in Malawi went to the polls on Monday.\n\nMalawi's electoral commission opened the count on Tuesday.\n\nThe opposition leader Arno Vell said the count was rigged.\n\nBut the commission said that the attempt to hack its system had failed.",
			want:  []quote{{"Arno Vell", auI, "the count was rigged"}, {"Malawi's electoral commission", auI, "the attempt to hack its system had failed"}},
			known: descRemitKnown},
		{class: "remitbody/adj", text: "The Kenyan electoral commission said on Monday that the claims could be deemed illegal.\n\nThe commission added that the count would end on Friday.",
			want:  []quote{{"Kenyan electoral commission", auI, "the claims could be deemed illegal"}, {"Kenyan electoral commission", auI, "the count would end on Friday"}},
			known: descRemitKnown},
		{class: "remitbody/adj", text: "The Kenyan human rights commission said on Monday that the arrests were unlawful.",
			want:  []quote{{"Kenyan human rights commission", auI, "the arrests were unlawful"}},
			known: descRemitKnown},
		{class: "remitbody/poss", text: "Voters in Tessaly went to the polls on Monday.\n\nTessaly's electoral commission said on Monday that the count was fair.",
			want:  []quote{{"Tessaly's electoral commission", auI, "the count was fair"}},
			known: "unknown-country: a country name the lexicon lacks is no place to namedBody even after \"in\" (\"Tessaly's foreign ministry\" fails the same way), so its commission names no body"},
		// Near misses.
		{class: "remitbody/near", text: "A commission of inquiry said on Monday that the claims were false.",
			want: []quote{{"", auI, "the claims were false"}}},
		{class: "remitbody/near", text: "The Tessaly Electoral Commission opened the count on Tuesday.\n\nThe opposition leader Arno Vell said the count was rigged.\n\nBut the commission said that the attempt had failed.",
			want: []quote{{"Arno Vell", auI, "the count was rigged"}, {"Tessaly Electoral Commission", auI, "the attempt had failed"}}},
		{class: "remitbody/near", text: "Voters in Tessaly went to the polls on Monday.\n\nTessaly's electoral commission chairman Arno Vell said the count was fair.",
			want: []quote{{"Arno Vell", auI, "the count was fair"}}},
		{class: "remitbody/near", text: "Senator Arno Vell's commission said on Monday that the claims were false.",
			want: []quote{{"Arno Vell", auI, "the claims were false"}}},
	}
}

// Shape "ledcoalition": "the Norland-led coalition" names an alliance by
// the one that leads it, as the wires do; it speaks as that body, and
// "the coalition said" after it is that body, spoken before or not.
// Near misses: a coalition with no leader named, "led by" after the
// noun, a coalition in capitals.
// First pass (before the fix): 3/7 rows (the near misses passed).
func descCoalitionRows() []auditRow {
	return []auditRow{
		{class: "ledcoalition/spoke", text: "The Norland-led coalition said four civilians were killed in the raid.\n\nThe coalition said medics treated three women at the scene.",
			want: []quote{{"Norland-led coalition", auI, "four civilians were killed in the raid"}, {"Norland-led coalition", auI, "medics treated three women at the scene"}}},
		{class: "ledcoalition/silent", text: "The Norland-led coalition struck the village on Monday.\n\nThe coalition said medics treated three women at the scene.",
			want: []quote{{"Norland-led coalition", auI, "medics treated three women at the scene"}}},
		{class: "ledcoalition/silent", text: "Jets of the U.S.-led coalition struck the village on Monday.\n\nThe coalition said medics treated three women at the scene.",
			want: []quote{{"U.S.-led coalition", auI, "medics treated three women at the scene"}}},
		{class: "ledcoalition/spoke", text: "The Tarvian-led coalition said on Monday that the talks had failed.",
			want: []quote{{"Tarvian-led coalition", auI, "the talks had failed"}}},
		// Near misses.
		{class: "ledcoalition/near", text: "A coalition of aid groups struck a deal on Monday.\n\nThe coalition said medics treated three women at the scene.",
			want: []quote{{"", auI, "medics treated three women at the scene"}}},
		{class: "ledcoalition/near", text: "The Coalition for Clean Rivers met on Monday.\n\nThe coalition said the river was dying.",
			want: []quote{{"Coalition for Clean Rivers", auI, "the river was dying"}}},
		{class: "ledcoalition/near", text: "The state-led inquiry opened on Monday.\n\nThe coalition said medics treated three women at the scene.",
			want: []quote{{"", auI, "medics treated three women at the scene"}}},
	}
}

func TestAuditS20Desc(t *testing.T) {
	rows := append(descFighterRows(), descUNRows()...)
	rows = append(rows, descCoalitionRows()...)
	runAudit(t, "desc", append(rows, descRemitRows()...), *descKnown)
}
