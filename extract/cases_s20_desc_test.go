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

func TestAuditS20Desc(t *testing.T) {
	runAudit(t, "desc", descFighterRows(), *descKnown)
}
