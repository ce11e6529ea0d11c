package store

import (
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
)

// Initials written with full stops, with spaces or run together are one
// person's: "RJ Okonkwo-Dane" finds R.J. Okonkwo-Dane, and an article
// that writes "RJ" joins the one that wrote "R.J.".
func TestIdentityInitialsRunTogether(t *testing.T) {
	c := idCase{
		name: "initials with and without full stops",
		arts: []idArt{
			{idPerson("rj", "Okonkwo-Dane")},
			{idPerson("rj", "R.J. Okonkwo-Dane")},
			{idPerson("rj", "RJ Okonkwo-Dane")},
			{idPerson("jrr", "J.R.R. Tolkien")},
		},
		rows: slices.Concat(
			idRows("rj", "R.J. Okonkwo-Dane", "RJ Okonkwo-Dane", "rj okonkwo-dane", "R. J. Okonkwo-Dane",
				"R.J Okonkwo-Dane", "R. Okonkwo-Dane", "Okonkwo-Dane", "RJ Okonkwo-Dane's"),
			idRows("jrr", "JRR Tolkien", "J.R.R. Tolkien", "J. R. R. Tolkien", "Tolkien"),
			[]idRow{{form: "TJ Okonkwo-Dane"}},
		),
	}
	for _, m := range identityAuditModes() {
		s := c.store(t, m)
		for _, r := range c.rows {
			if msg := c.check(t, s, r); msg != "" {
				t.Errorf("%s: %q: %s", m.name, r.form, msg)
			}
		}
		if msg := c.sidebar(s); msg != "" {
			t.Errorf("%s: %s", m.name, msg)
		}
	}
}

// A name typed with a space where it has a hyphen, or a hyphen where it
// has a space, finds the person when the form as typed finds no one;
// a form that finds someone as typed keeps to them.
func TestIdentityHyphenOrSpace(t *testing.T) {
	c := idCase{
		name: "hyphen or space",
		arts: []idArt{
			{idPerson("zoe", "Zoë Marchetti-Lund")},
			{idPerson("zoe", "Marchetti-Lund")},
			{idPerson("karim", "Karim al-Hamdan")},
			{idPerson("anna", "Anna Maria Lund")},
			{idPerson("erik", "Erik Lund")},
		},
		rows: slices.Concat(
			idRows("zoe", "zoë marchetti lund", "Zoe Marchetti Lund", "marchetti lund", "Dr. Zoë Marchetti Lund",
				"Marchetti Lund's", "Zoë Marchetti-Lund"),
			idRows("karim", "Karim al Hamdan", "karim al-hamdan"),
			idRows("anna", "Anna-Maria Lund", "anna maria lund"),
			[]idRow{
				{form: "lund", who: []string{"anna", "erik"}},
				{form: "Petra Marchetti Lund"},
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

// A bare surname's own entry is a person's when the surname is a stored
// person's, though the extractor took the one word for an organisation;
// a one-word organisation nobody is called stays one.
func TestBareSurnameEntryIsAPerson(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s,
		art("Clinic opens a ward", "", day(1), spk{"Ilse Varga", model.Person, nil, nil, 1}),
		art("Mayor backs the clinic", "", day(2), spk{"Tomas Varga", model.Person, nil, nil, 1}),
		art("A voice from the quay", "", day(3), spk{"Varga", model.Organization, nil, nil, 1}),
		art("Gas prices", "", day(4), spk{"Gazprom", model.Organization, nil, nil, 1}))
	if err := s.RebuildIndexes(); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Speakers(model.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]model.SpeakerKind{"Ilse Varga": model.Person, "Tomas Varga": model.Person,
		"Varga": model.Person, "Gazprom": model.Organization}
	if len(rows) != len(want) {
		t.Fatalf("Speakers = %q, want %d", names(rows), len(want))
	}
	for _, r := range rows {
		if r.Kind != want[r.Name] {
			t.Errorf("%q is a %s, want %s", r.Name, r.Kind, want[r.Name])
		}
	}
	named, err := s.SpeakersNamed("=varga")
	if err != nil || len(named) != 1 || named[0].Kind != model.Person {
		t.Errorf("SpeakersNamed(=varga) = %+v, %v; want the bare Varga, a person", named, err)
	}
}

// TestMigrateV7Forms opens a schema 7 file whose aliases bucket holds
// the forms of the rules before initials were run together ("r.j
// okonkwo-dane"): the migration rewrites the forms from the stored
// identities, deciding nothing again, so "RJ Okonkwo-Dane" finds him and
// reading state, identities and the search index stay as they were.
func TestMigrateV7Forms(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := []model.Article{
		art("Ferry company posts a loss", "", day(1), spk{"R.J. Okonkwo-Dane", model.Person, []string{"Okonkwo-Dane"}, nil, 1}),
		art("Ferry fares to rise", "", day(2), spk{"Okonkwo-Dane", model.Person, nil, nil, 1}),
	}
	arts = append(arts, corpus()...)
	mustPut(t, s, arts...)
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBookmarked(arts[1].ID, true); err != nil {
		t.Fatal(err)
	}
	wantCounts, _ := s.Counts()
	wantSpeakers, _ := s.Speakers(model.Filter{}, 0)
	s.Close()
	// Schema 7 kept "r.j" as the word of "R.J.": move the forms of the
	// initials back to it.
	writeBolt(t, path, func(tx *bolt.Tx) error {
		aliases := tx.Bucket(bucketAliases)
		old := aliases.Bucket([]byte("rj okonkwo-dane"))
		if old == nil {
			t.Fatal("no form rj okonkwo-dane to move back")
		}
		moved, err := aliases.CreateBucket([]byte("r.j okonkwo-dane"))
		if err != nil {
			return err
		}
		if err := old.ForEach(func(k, v []byte) error { return moved.Put(k, v) }); err != nil {
			return err
		}
		if err := aliases.DeleteBucket([]byte("rj okonkwo-dane")); err != nil {
			return err
		}
		return putU32(tx.Bucket(bucketMeta), keySchema, 7)
	})
	s = openMigrated(t, path)
	if c, _ := s.Counts(); c != wantCounts {
		t.Errorf("Counts after migration = %+v, want %+v", c, wantCounts)
	}
	if a, _ := s.Get(arts[0].ID); !a.State.Read {
		t.Error("read state lost")
	}
	if a, _ := s.Get(arts[1].ID); !a.State.Bookmarked {
		t.Error("bookmark lost")
	}
	if got, _ := s.Speakers(model.Filter{}, 0); !slices.EqualFunc(got, wantSpeakers, func(a, b model.SpeakerCount) bool {
		return a.Name == b.Name && a.Quotes == b.Quotes && a.Articles == b.Articles
	}) {
		t.Errorf("Speakers after migration = %q, want %q", names(got), names(wantSpeakers))
	}
	if l, q, f := speakerCounts(t, s, "RJ Okonkwo-Dane"); l != 2 || q != 2 || f != 2 {
		t.Errorf("RJ Okonkwo-Dane after migration: list %d, quotes %d, search %d; want 2 each", l, q, f)
	}
	verify(t, s)
}
