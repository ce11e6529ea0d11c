package store

import (
	"slices"
	"testing"
)

// Two people who share a surname, each stored with a title before their
// full name: the title before the bare surname picks the one it
// describes, as "spokesman Vasko" does; a title neither is known by
// finds both, and so does the surname alone.
func TestIdentityTitleTellsSharedSurname(t *testing.T) {
	c := idCase{
		name: "a title before a shared surname",
		arts: []idArt{
			{idPerson("ilse", "Ilse Varga", "Dr. Ilse Varga", "Varga")},
			{idPerson("tomas", "Tomas Varga", "Mayor Tomas Varga")},
			{idPerson("ilse", "Ilse Varga"), idPerson("tomas", "Tomas Varga")},
		},
		rows: slices.Concat(
			idRows("tomas", "Mayor Varga", "mayor varga", "Mayor Varga's", "Mayor Tomas Varga"),
			idRows("ilse", "Dr. Varga", "Dr Varga", "dr. ilse varga"),
			[]idRow{
				{form: "Varga", who: []string{"ilse", "tomas"}},
				{form: "Mr. Varga", who: []string{"ilse", "tomas"}},
				{form: "Governor Varga", who: []string{"ilse", "tomas"}},
			},
		),
	}
	for _, m := range identityAuditModes() {
		s := c.store(t, m)
		for _, r := range c.rows {
			if msg := c.check(t, s, r); msg != "" {
				t.Errorf("%s: %q: %s", m.name, r.form, msg)
			}
		}
	}
}
