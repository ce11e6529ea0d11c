package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"soundbite/model"
	"soundbite/search"
)

// A press secretary named three ways in three articles, and the council
// he speaks for, with and without "the".
var (
	brennoBare   = spk{"Brenno", model.Person, nil, []string{"press secretary"}, 1}
	brennoFull   = spk{"Ilvar Brenno", model.Person, []string{"Brenno"}, []string{"Palace press secretary"}, 2}
	brennoTitled = spk{"Palace press secretary Ilvar Brenno", model.Person, nil, nil, 1}
	councilThe   = spk{"the Marrow Council", model.Organization, []string{"the council"}, nil, 1}
	councilBare  = spk{"Marrow Council", model.Organization, nil, nil, 1}
)

func brennoArticles() []model.Article {
	return []model.Article{
		art("Palace silent on the harbour lease", "", day(1), brennoBare, councilThe),
		art("Lease talks resume at the palace", "", day(2), brennoFull),
		art("Council and palace agree a lease", "", day(3), brennoTitled, councilBare),
	}
}

// speakerCounts returns what every name form finds: how many articles
// list --speaker counts, how many quotes `quotes` lists and how many
// articles speaker: finds.
func speakerCounts(t *testing.T, s *Store, form string) (list, quotes, found int) {
	t.Helper()
	n, err := s.Count(model.Filter{Speakers: []string{form}})
	if err != nil {
		t.Fatal(err)
	}
	sums, err := s.List(model.Filter{Speakers: []string{form}}, 0, 0)
	if err != nil || len(sums) != n {
		t.Fatalf("List(%q) = %d articles, %v; Count says %d", form, len(sums), err, n)
	}
	qs, err := s.SpeakerQuotes(form, 0)
	if err != nil {
		t.Fatal(err)
	}
	return n, len(qs), len(speakerHits(t, s, form))
}

// speakerHits returns what the search speaker:"form" finds.
func speakerHits(t testing.TB, s *Store, form string) []SearchHit {
	t.Helper()
	q, err := search.Parse(`speaker:"` + form + `"`)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(q, 0)
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

func TestIdentityJoinsNameForms(t *testing.T) {
	orders := [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}
	for _, order := range orders {
		for _, oneBatch := range []bool{false, true} {
			t.Run(fmt.Sprintf("%v/batch=%v", order, oneBatch), func(t *testing.T) {
				s := openTemp(t)
				arts := brennoArticles()
				var batch []model.Article
				for _, i := range order {
					batch = append(batch, arts[i])
					if !oneBatch {
						mustPut(t, s, batch...)
						batch = nil
					}
				}
				if oneBatch {
					mustPut(t, s, batch...)
				}
				all, err := s.Speakers(model.Filter{}, 0)
				if err != nil {
					t.Fatal(err)
				}
				if len(all) != 2 {
					t.Fatalf("Speakers = %+v, want Ilvar Brenno and the council", all)
				}
				b := all[0]
				if b.Name != "Ilvar Brenno" || b.Kind != model.Person || b.Articles != 3 || b.Quotes != 4 {
					t.Errorf("speaker = %+v, want Ilvar Brenno, 3 articles, 4 quotes", b)
				}
				if !slices.Contains(b.Aliases, "Brenno") || !slices.Contains(b.Aliases, "Palace press secretary Ilvar Brenno") {
					t.Errorf("aliases = %q", b.Aliases)
				}
				if c := all[1]; c.Name != "the Marrow Council" && c.Name != "Marrow Council" || c.Articles != 2 {
					t.Errorf("council = %+v", c)
				}
				for _, form := range []string{"brenno", "Ilvar Brenno", "palace press secretary ilvar brenno", "Mr Brenno", "ilvar", "BRENNO"} {
					if l, q, f := speakerCounts(t, s, form); l != 3 || q != 4 || f != 3 {
						t.Errorf("%q: list %d, quotes %d, search %d; want 3, 4, 3", form, l, q, f)
					}
				}
				for _, form := range []string{"the marrow council", "Marrow Council", "the council"} {
					if l, q, f := speakerCounts(t, s, form); l != 2 || q != 2 || f != 2 {
						t.Errorf("%q: list %d, quotes %d, search %d; want 2, 2, 2", form, l, q, f)
					}
				}
				// The sidebar under a filter counts the identity once.
				f, err := s.Speakers(model.Filter{Speakers: []string{"brenno"}}, 0)
				if err != nil || len(f) != 2 || f[0].Name != "Ilvar Brenno" || f[0].Articles != 3 {
					t.Errorf("Speakers(brenno) = %+v, %v", f, err)
				}
				verify(t, s)

				// Taking an article out takes back exactly its share.
				if err := s.Delete(arts[order[0]].ID); err != nil {
					t.Fatal(err)
				}
				verify(t, s)
				if sc, err := s.Speaker("brenno"); err != nil || sc.Articles != 2 {
					t.Errorf("after delete: %+v, %v", sc, err)
				}
			})
		}
	}
}

// Two people who share a surname stay two; a bare surname goes to the one
// the article names, joins the only one known by it, or else stays apart.
var (
	orla       = spk{"Orla Tamsk", model.Person, []string{"Tamsk"}, []string{"harbour master"}, 2}
	piet       = spk{"Piet Tamsk", model.Person, []string{"Tamsk"}, []string{"ferry captain"}, 1}
	tamskBare  = spk{"Tamsk", model.Person, nil, nil, 1}
	orlaGiven  = spk{"Orla", model.Person, nil, nil, 1}
	tamskGuild = spk{"Tamsk", model.Organization, nil, nil, 1}
)

func names(scs []model.SpeakerCount) []string {
	var out []string
	for _, sc := range scs {
		out = append(out, sc.Name)
	}
	slices.Sort(out)
	return out
}

func TestIdentitySameSurnameStaysTwo(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s,
		art("Harbour master warns of silt", "", day(1), orla),
		art("Ferry captain cancels crossings", "", day(2), piet),
		art("A Tamsk speaks at the quay", "", day(3), tamskBare),
	)
	mustPut(t, s, art("Another Tamsk at the quay", "", day(4), tamskBare))
	all, _ := s.Speakers(model.Filter{}, 0)
	if got := names(all); !slices.Equal(got, []string{"Orla Tamsk", "Piet Tamsk", "Tamsk"}) {
		t.Fatalf("Speakers = %q, want Orla Tamsk, Piet Tamsk and one Tamsk nobody could tell", got)
	}
	for form, want := range map[string][3]int{
		"orla tamsk": {1, 2, 1},
		"Piet Tamsk": {1, 1, 1},
		"tamsk":      {4, 5, 4}, // ambiguous: every Tamsk
	} {
		if l, q, f := speakerCounts(t, s, form); [3]int{l, q, f} != want {
			t.Errorf("%q: list %d, quotes %d, search %d; want %v", form, l, q, f, want)
		}
	}
	if scs, err := s.SpeakersNamed("tamsk"); err != nil || len(scs) != 3 {
		t.Errorf("SpeakersNamed(tamsk) = %+v, %v", scs, err)
	}
	// A filter by both full names needs an article quoting both.
	if n, _ := s.Count(model.Filter{Speakers: []string{"orla tamsk", "piet tamsk"}}); n != 0 {
		t.Errorf("Orla and Piet together: %d articles", n)
	}
	verify(t, s)

	// An article naming Piet in full and then "Tamsk" is Piet's.
	mustPut(t, s, art("Ferry captain returns", "", day(5), piet))
	if sc, _ := s.Speaker("piet tamsk"); sc.Articles != 2 {
		t.Errorf("Piet Tamsk = %+v, want 2 articles", sc)
	}
	verify(t, s)
}

func TestIdentityBareName(t *testing.T) {
	t.Run("joins the only one known by it", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, art("Silt report", "", day(1), orla))
		mustPut(t, s, art("Silt report follow-up", "", day(2), tamskBare))
		if all, _ := s.Speakers(model.Filter{}, 0); len(all) != 1 || all[0].Articles != 2 {
			t.Errorf("Speakers = %+v, want Orla Tamsk in 2 articles", all)
		}
	})
	t.Run("first, then the full name", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, art("Silt report", "", day(1), tamskBare))
		mustPut(t, s, art("Silt report follow-up", "", day(2), orla))
		mustPut(t, s, art("Ferry report", "", day(3), piet))
		all, _ := s.Speakers(model.Filter{}, 0)
		if got := names(all); !slices.Equal(got, []string{"Orla Tamsk", "Piet Tamsk"}) {
			t.Errorf("Speakers = %q", got)
		}
		verify(t, s)
	})
	t.Run("a given name alone never joins", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, art("Silt report", "", day(1), orla))
		// A unique first name finds her.
		if scs, _ := s.SpeakersNamed("orla"); len(scs) != 1 || scs[0].Name != "Orla Tamsk" {
			t.Errorf("SpeakersNamed(orla) = %+v, want Orla Tamsk", scs)
		}
		mustPut(t, s, art("School play", "", day(2), orlaGiven))
		all, _ := s.Speakers(model.Filter{}, 0)
		if got := names(all); !slices.Equal(got, []string{"Orla", "Orla Tamsk"}) {
			t.Errorf("Speakers = %q", got)
		}
		// Now "Orla" is someone's whole name: it finds her alone.
		if scs, _ := s.SpeakersNamed("orla"); len(scs) != 1 || scs[0].Name != "Orla" {
			t.Errorf("SpeakersNamed(orla) = %+v, want Orla", scs)
		}
	})
	t.Run("people and organisations stay apart", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, art("Silt report", "", day(1), tamskBare))
		mustPut(t, s, art("Guild report", "", day(2), tamskGuild))
		all, _ := s.Speakers(model.Filter{}, 0)
		if len(all) != 2 || all[0].Kind == all[1].Kind {
			t.Errorf("Speakers = %+v, want a person and an organisation", all)
		}
		verify(t, s)
	})
	t.Run("unknown", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, brennoArticles()...)
		if _, err := s.SpeakersNamed("nobody at all"); !errors.Is(err, ErrNotFound) {
			t.Errorf("SpeakersNamed(nobody at all) = %v", err)
		}
		if l, q, f := speakerCounts(t, s, "nobody"); l+q+f != 0 {
			t.Errorf("nobody: %d %d %d", l, q, f)
		}
	})
}

func TestSpeakerQuotesCarryTheStoreName(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s, brennoArticles()...)
	qs, err := s.SpeakerQuotes("brenno", 0)
	if err != nil || len(qs) != 4 {
		t.Fatalf("SpeakerQuotes = %d, %v", len(qs), err)
	}
	var said []string
	for _, q := range qs {
		if q.SpeakerName != "Ilvar Brenno" {
			t.Errorf("quote %q: SpeakerName %q", q.Text, q.SpeakerName)
		}
		said = append(said, q.Speaker)
	}
	// Newest article first: the titled form, the full name twice, the bare one.
	want := []string{"Palace press secretary Ilvar Brenno", "Ilvar Brenno", "Ilvar Brenno", "Brenno"}
	if !slices.Equal(said, want) {
		t.Errorf("speakers as the articles name them = %q, want %q", said, want)
	}
}

func TestIdentityTitlesInitialsAndKinds(t *testing.T) {
	t.Run("a middle initial", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, art("Vote", "", day(1), spk{"Dara J. Olsen", model.Person, nil, nil, 1}))
		mustPut(t, s, art("Vote again", "", day(2), spk{"Dara Olsen", model.Person, nil, nil, 1}))
		if all, _ := s.Speakers(model.Filter{}, 0); len(all) != 1 || all[0].Articles != 2 {
			t.Errorf("Speakers = %+v, want one Dara Olsen", all)
		}
	})
	for _, first := range []bool{true, false} {
		t.Run(fmt.Sprintf("a person taken for a company, first=%v", first), func(t *testing.T) {
			s := openTemp(t)
			titled := art("Merger", "", day(1), spk{"Tidemark CEO Mara Quell", model.Organization, nil, nil, 1})
			plain := art("Merger approved", "", day(2), spk{"Mara Quell", model.Person, nil, []string{"chief executive"}, 1})
			if first {
				mustPut(t, s, titled)
				mustPut(t, s, plain)
			} else {
				mustPut(t, s, plain)
				mustPut(t, s, titled)
			}
			all, _ := s.Speakers(model.Filter{}, 0)
			if len(all) != 1 || all[0].Name != "Mara Quell" || all[0].Kind != model.Person || all[0].Articles != 2 {
				t.Errorf("Speakers = %+v, want the person Mara Quell in 2 articles", all)
			}
			verify(t, s)
		})
	}
	t.Run("organisations join by the same name only", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, art("Road closed", "", day(1), spk{"Alder County Sheriff's Office", model.Organization, nil, nil, 1}))
		mustPut(t, s, art("Road open", "", day(2), spk{"Sheriff's Office", model.Organization, nil, nil, 1}))
		if all, _ := s.Speakers(model.Filter{}, 0); len(all) != 2 {
			t.Errorf("Speakers = %+v, want two offices", all)
		}
		// The sidebar's name finds its own speaker alone.
		if scs, _ := s.SpeakersNamed("Sheriff's Office"); len(scs) != 1 || scs[0].Name != "Sheriff's Office" {
			t.Errorf("SpeakersNamed(Sheriff's Office) = %+v", scs)
		}
	})
}

func TestIdentityParticlesAndFragments(t *testing.T) {
	t.Run("a surname with a particle", func(t *testing.T) {
		for _, bareFirst := range []bool{true, false} {
			s := openTemp(t)
			full := art("Theatre reopens", "", day(1), spk{"Frode De Wyn", model.Person, []string{"De Wyn"}, nil, 1})
			bare := art("Theatre closes", "", day(2), spk{"De Wyn", model.Person, nil, nil, 1})
			if bareFirst {
				full, bare = bare, full
			}
			mustPut(t, s, full)
			mustPut(t, s, bare)
			all, _ := s.Speakers(model.Filter{}, 0)
			if len(all) != 1 || all[0].Name != "Frode De Wyn" || all[0].Articles != 2 {
				t.Errorf("bare first %v: Speakers = %+v, want Frode De Wyn in 2 articles", bareFirst, all)
			}
		}
	})
	t.Run("fragments swallow nothing", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s,
			art("Rates", "", day(1), spk{"of Valdoria", model.Person, nil, nil, 1}),
			art("Rates held", "", day(2), spk{"Central Bank of Valdoria", model.Organization, nil, nil, 1}),
			art("Budget", "", day(3), spk{"Ministry of Finance of Valdoria", model.Organization, nil, nil, 1}),
			art("Greens", "", day(4), spk{"Valdoria", model.Organization, nil, nil, 1}),
			art("Talks", "", day(5), spk{"Affairs of Kessland", model.Person, nil, nil, 1}),
			art("Talks end", "", day(6), spk{"Kessland", model.Organization, nil, nil, 1}),
		)
		if all, _ := s.Speakers(model.Filter{}, 0); len(all) != 6 {
			t.Errorf("Speakers = %q, want six apart", names(all))
		}
		verify(t, s)
	})
}

// A hostile name of thousands of capitalised words, and a huge alias,
// cost a few lookups, not one per word, and are stored like any other.
func TestIdentityLongNames(t *testing.T) {
	s := openTemp(t)
	long := strings.TrimSpace(strings.Repeat("Quay ", 200)) + " Brenno"
	huge := strings.Repeat("Harbour ", 200_000)
	a := art("Long names", "", day(1),
		spk{long, model.Person, []string{huge}, nil, 1},
		spk{"Ilvar Brenno", model.Person, nil, nil, 1})
	mustPut(t, s, a)
	if scs, err := s.SpeakersNamed(long); err != nil || len(scs) != 1 {
		t.Errorf("SpeakersNamed(long) = %d, %v", len(scs), err)
	}
	if scs, err := s.SpeakersNamed(huge); err == nil {
		t.Errorf("SpeakersNamed(huge) = %+v, want not found", scs)
	}
	verify(t, s)
}

// A person named with and without a middle name in different articles,
// a bare surname beside both, and two people whose first name and
// surname are the same but whose middle names differ.
func TestIdentityMiddleNames(t *testing.T) {
	full := spk{"Ilvar Tomasz Brenno", model.Person, []string{"Brenno"}, nil, 2}
	short := spk{"Ilvar Brenno", model.Person, nil, nil, 1}
	bare := spk{"Brenno", model.Organization, nil, nil, 1} // the extractor could not tell
	arts := []model.Article{
		art("Lease talks", "", day(1), full),
		art("Lease signed", "", day(2), short),
		art("Lease doubts", "", day(3), bare),
	}
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) {
			s := openTemp(t)
			for _, i := range order {
				mustPut(t, s, arts[i])
			}
			all, err := s.Speakers(model.Filter{}, 0)
			if err != nil || len(all) != 1 || all[0].Articles != 3 || all[0].Quotes != 4 {
				t.Fatalf("Speakers = %+v, %v; want one person in 3 articles, 4 quotes", all, err)
			}
			for _, form := range []string{"brenno", "Ilvar Brenno", "Ilvar Tomasz Brenno"} {
				if l, q, f := speakerCounts(t, s, form); l != 3 || q != 4 || f != 3 {
					t.Errorf("%q: list %d, quotes %d, search %d; want 3, 4, 3", form, l, q, f)
				}
			}
			verify(t, s)
		})
	}
	t.Run("two middle names, two people", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, art("Quay report", "", day(1), spk{"Orla Maren Tamsk", model.Person, nil, nil, 1}))
		mustPut(t, s, art("Ferry report", "", day(2), spk{"Orla Beata Tamsk", model.Person, nil, nil, 1}))
		mustPut(t, s, art("Harbour report", "", day(3), spk{"Orla Tamsk", model.Person, nil, nil, 1}))
		all, _ := s.Speakers(model.Filter{}, 0)
		if got := names(all); !slices.Equal(got, []string{"Orla Beata Tamsk", "Orla Maren Tamsk", "Orla Tamsk"}) {
			t.Errorf("Speakers = %q; the short name could be either", got)
		}
		verify(t, s)
	})
	t.Run("particles are the surname's", func(t *testing.T) {
		s := openTemp(t)
		mustPut(t, s, art("Dyke report", "", day(1), spk{"Frode de Wyn", model.Person, nil, nil, 1}))
		mustPut(t, s, art("Dyke repair", "", day(2), spk{"Frode Wyn", model.Person, nil, nil, 1}))
		if all, _ := s.Speakers(model.Filter{}, 0); len(all) != 2 {
			t.Errorf("Speakers = %+v: Frode de Wyn is not Frode Wyn", all)
		}
	})
}

// The sidebar names a person by their given name, not by its initial,
// whichever article came first.
func TestIdentityShowsTheGivenNameOverTheInitial(t *testing.T) {
	full := art("Senate vote", "", day(1), spk{"Dara Olsen", model.Person, nil, nil, 1})
	short := art("Vote count", "", day(2), spk{"D. Olsen", model.Person, nil, nil, 1})
	for _, arts := range [][]model.Article{{full, short}, {short, full}} {
		s := openTemp(t)
		for _, a := range arts {
			mustPut(t, s, a)
		}
		all, err := s.Speakers(model.Filter{}, 0)
		if err != nil || len(all) != 1 || all[0].Name != "Dara Olsen" || all[0].Articles != 2 {
			t.Errorf("Speakers = %+v, %v; want Dara Olsen in 2 articles", all, err)
		}
	}
}
