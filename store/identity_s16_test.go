package store

import (
	"slices"
	"testing"

	"soundbite/model"
	"soundbite/search"
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

// A summary names its speakers as the store does, by their identities'
// names, in List, SearchList and Search alike: the article that said
// only "Marchetti-Lund" lists Zoë Marchetti-Lund, and one that named
// Ilse Varga twice over lists her once.
func TestSummaryNamesIdentities(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s, art("Conductor plans a season", "", day(1), spk{"Marchetti-Lund", model.Organization, nil, nil, 1}))
	mustPut(t, s, art("Orchestra names a conductor", "", day(2), spk{"Zoë Marchetti-Lund", model.Person, nil, nil, 1}))
	mustPut(t, s, art("Clinic opens a ward", "", day(3), spk{"Ilse Varga", model.Person, nil, nil, 2}))
	mustPut(t, s, art("Clinic director warns", "", day(4),
		spk{"Dr. Ilse Varga", model.Person, nil, nil, 1}, spk{"Ilse Varga", model.Person, nil, nil, 1}))
	want := map[string][]string{
		"Conductor plans a season":    {"Zoë Marchetti-Lund"},
		"Orchestra names a conductor": {"Zoë Marchetti-Lund"},
		"Clinic opens a ward":         {"Ilse Varga"},
		"Clinic director warns":       {"Ilse Varga"},
	}
	check := func(how string, sums []model.Summary) {
		t.Helper()
		if len(sums) != len(want) {
			t.Errorf("%s: %d summaries, want %d", how, len(sums), len(want))
		}
		for _, m := range sums {
			if !slices.Equal(m.Speakers, want[m.Title]) {
				t.Errorf("%s: %q names %q, want %q", how, m.Title, m.Speakers, want[m.Title])
			}
		}
	}
	// List reads folded speaker records, as an import's end leaves them;
	// before the fold an article keeps its own names.
	if err := s.settle(); err != nil {
		t.Fatal(err)
	}
	list, err := s.List(model.Filter{}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	check("List", list)
	q, err := search.Parse("is:unread")
	if err != nil {
		t.Fatal(err)
	}
	sl, _, err := s.SearchList(q, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	check("SearchList", sl)
	hits, err := s.Search(q, 0)
	if err != nil {
		t.Fatal(err)
	}
	var sums []model.Summary
	for _, h := range hits {
		sums = append(sums, h.Summary)
	}
	check("Search", sums)
}

// A bare surname's own entry, beside the full names that share it, has
// a Ref that finds it alone: the sidebar filters by it, where its name
// finds every holder of the surname as a typed name does.
func TestBareEntryRef(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s,
		art("Clinic opens a ward", "", day(1), spk{"Ilse Varga", model.Person, nil, nil, 1}),
		art("Mayor backs the clinic", "", day(2), spk{"Tomas Varga", model.Person, nil, nil, 1}),
		art("A voice from the quay", "", day(3), spk{"Varga", model.Person, nil, nil, 1}))
	if err := s.RebuildIndexes(); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Speakers(model.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("Speakers = %q, want three", names(rows))
	}
	for _, r := range rows {
		if bare := r.Name == "Varga"; bare != (r.Ref != "") {
			t.Errorf("%q has Ref %q", r.Name, r.Ref)
		}
		n, err := s.Count(model.Filter{Speakers: []string{r.FilterKey()}})
		if err != nil || n != 1 {
			t.Errorf("%q: its filter %q counts %d, %v; want 1", r.Name, r.FilterKey(), n, err)
		}
		if named, err := s.SpeakersNamed(r.FilterKey()); err != nil || len(named) != 1 || named[0].Name != r.Name {
			t.Errorf("SpeakersNamed(%q) = %q, %v; want %q", r.FilterKey(), names(named), err, r.Name)
		}
	}
	if n, err := s.Count(model.Filter{Speakers: []string{"varga"}}); err != nil || n != 3 {
		t.Errorf("varga counts %d, %v; want every Varga's 3", n, err)
	}
	if n, err := s.Count(model.Filter{Speakers: []string{"=nobody"}}); err != nil || n != 0 {
		t.Errorf("=nobody counts %d, %v; want 0", n, err)
	}
}
