package store

// The identity audit (issue 11, part 3): fictional people and bodies,
// each named in several forms across articles, stored one article per
// Put in both orders and all in one batch, then rebuilt as `soundbite
// reindex` does. Every query form must find the same identities through
// every door: SpeakersNamed (the sidebar and `speakers`), Count and List
// with a speaker filter (`list --speaker`), SpeakerQuotes (`quotes`) and
// search's speaker:"...". A row is one (case, query form) and passes
// only when it passes in all six ways of storing.
//
// First pass, before any fix: 69 of 127 rows passed (113 query forms
// and 14 sidebars). What failed, by class: titles the core kept ("Sen.
// Olsen", "Gov. Olsen": a whole case of 12 rows), a suffix taken for the
// surname ("Robert Kale Jr.": 10), curly apostrophes and accents not
// folded ("O’Neill", "José Müller" beside "Jose Muller": 12), an initial and
// a surname ("D. Peskar": 5), a lower-case particle joined by a hyphen
// ("Karim al-Hamdan" named nobody: 6), an acronym stored alone before
// its organisation ("NRA": 8), a possessive query ("Vasko's": 2, two
// more counted above), and one wrong merge: "Orla Maren Tamsk" and
// "Orla Beata Tamsk" joined through "Orla M. Tamsk" (3).
//
// Six rows came after the first pass, with the fixes: a surname after
// other words ("spokesman Vasko" is Anton Vasko, "Lena Vasko" and "Lena
// Holt" find nobody, where before the surname alone found them), and
// "Robert Kale, Jr." with its comma.
//
// A row marked open is a known gap: it is logged, not failed, and fails
// once it passes so the mark cannot outlive the gap.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"soundbite/model"
)

// idSpk is one speaker of an audit article and the person or body (who)
// the audit knows it to be.
type idSpk struct {
	who string
	spk
}

type idArt []idSpk

// idRow is a query form and whom it must find: the identities labelled
// who (several for an ambiguous form, none for a form nobody holds).
type idRow struct {
	form string
	who  []string
}

// sidebarRow is the row of a case that the sidebar (Speakers) shows
// each person or body once.
const sidebarRow = "(sidebar)"

type idCase struct {
	name string
	arts []idArt
	rows []idRow
	// open are the known gaps: why each row named (a form, or
	// sidebarRow) fails.
	open map[string]string
}

func idPerson(who, name string, aliases ...string) idSpk {
	return idSpk{who, spk{name, model.Person, aliases, nil, 1}}
}

func idOrg(who, name string, aliases ...string) idSpk {
	return idSpk{who, spk{name, model.Organization, aliases, nil, 1}}
}

func idRows(who string, forms ...string) []idRow {
	var out []idRow
	for _, f := range forms {
		out = append(out, idRow{form: f, who: []string{who}})
	}
	return out
}

func identityAuditCases() []idCase {
	return []idCase{
		{
			name: "one person, every form",
			arts: []idArt{
				{idPerson("vasko", "Anton Vasko", "Vasko", "Mr Vasko")},
				{idPerson("vasko", "Vasko")},
				{idPerson("vasko", "Palace spokesman Anton Vasko")},
				{idPerson("vasko", "Anton K. Vasko")},
				{idPerson("vasko", "Mr. Vasko")},
				{idPerson("vasko", "President Anton Vasko")},
			},
			rows: slices.Concat(idRows("vasko", "Anton Vasko", "vasko", "VASKO", "anton vasko", "Mr Vasko", "Mr. Vasko",
				"Dr Vasko", "Prof. Vasko", "President Vasko", "President Anton Vasko",
				"Palace spokesman Anton Vasko", "palace spokesman anton vasko", "Anton", "Vasko's",
				"Anton Vasko's", "Anton K. Vasko", "A. Vasko", "the Vasko", "spokesman Vasko"),
				// Another Vasko nobody quoted is not Anton.
				[]idRow{{form: "Lena Vasko"}, {form: "Mrs Lena Vasko"}},
			),
		},
		{
			name: "initial and surname as the article's name",
			arts: []idArt{
				{idPerson("peskar", "Dmitri Peskar", "Peskar")},
				{idPerson("peskar", "D. Peskar")},
			},
			rows: idRows("peskar", "Dmitri Peskar", "Peskar", "D. Peskar", "d peskar"),
		},
		{
			name: "role and full name, titles before a surname",
			arts: []idArt{
				{idPerson("olsen", "Senate Minority Whip Dara Olsen", "Olsen")},
				{idPerson("olsen", "Dara Olsen")},
				{idPerson("olsen", "Sen. Olsen")},
				{idPerson("olsen", "Senator Dara Olsen")},
				{idPerson("olsen", "Gov. Olsen")},
			},
			rows: idRows("olsen", "Dara Olsen", "Olsen", "Sen. Olsen", "Senator Olsen", "Gov. Olsen",
				"Governor Olsen", "Senate Minority Whip Dara Olsen", "Minority Whip Dara Olsen",
				"Ms Olsen", "Mrs Olsen", "dara"),
		},
		{
			name: "middle names",
			arts: []idArt{
				{idPerson("osk", "Helena Marit Osk", "Osk")},
				{idPerson("osk", "Helena Osk")},
				{idPerson("osk", "Osk")},
				{idPerson("osk", "Dr Helena M. Osk")},
			},
			rows: idRows("osk", "Helena Osk", "Helena Marit Osk", "Osk", "Dr Osk", "Helena M. Osk", "HELENA OSK"),
		},
		{
			name: "particles and hyphens",
			arts: []idArt{
				{idPerson("berg", "Jan van der Berg", "Van der Berg")},
				{idPerson("berg", "Van der Berg")},
				{idPerson("berg", "Mr van der Berg")},
				{idPerson("hamdan", "Karim al-Hamdan", "al-Hamdan")},
				{idPerson("hamdan", "Al-Hamdan")},
				{idPerson("cruz", "Lucia de la Cruz", "De la Cruz")},
				{idPerson("cruz", "Ms de la Cruz")},
				{idPerson("tagle", "Ana Ruiz-Tagle", "Ruiz-Tagle")},
				{idPerson("tagle", "Ruiz-Tagle")},
			},
			rows: slices.Concat(
				idRows("berg", "Jan van der Berg", "van der Berg", "Van Der Berg", "Mr van der Berg", "jan"),
				idRows("hamdan", "Karim al-Hamdan", "al-Hamdan", "Al-Hamdan", "AL-HAMDAN", "Dr al-Hamdan"),
				idRows("cruz", "Lucia de la Cruz", "de la Cruz", "De La Cruz", "Ms de la Cruz", "lucia"),
				idRows("tagle", "Ana Ruiz-Tagle", "Ruiz-Tagle", "ruiz-tagle"),
			),
		},
		{
			name: "suffixes",
			arts: []idArt{
				{idPerson("kale", "Robert Kale Jr.", "Kale")},
				{idPerson("kale", "Kale")},
				{idPerson("kale", "Robert Kale")},
				{idPerson("ames", "Lionel Ames III", "Ames")},
				{idPerson("ames", "Mr Ames")},
			},
			rows: slices.Concat(
				idRows("kale", "Robert Kale Jr.", "Robert Kale", "Kale", "Mr Kale", "robert kale jr", "Robert Kale, Jr."),
				idRows("ames", "Lionel Ames III", "Lionel Ames", "Ames", "Mr Ames"),
			),
		},
		{
			name: "apostrophes and accents",
			arts: []idArt{
				{idPerson("oneill", "Siobhan O\u2019Neill", "O\u2019Neill")},
				{idPerson("oneill", "O'Neill")},
				{idPerson("muller", "José Müller", "Müller")},
				{idPerson("muller", "Jose Muller")},
				{idPerson("muller", "Muller")},
			},
			rows: slices.Concat(
				idRows("oneill", "Siobhan O'Neill", "O'Neill", "o\u2019neill", "Ms O'Neill", "O'Neill's"),
				idRows("muller", "José Müller", "Jose Muller", "Müller", "muller", "MÜLLER", "jose"),
			),
		},
		{
			name: "organisations",
			arts: []idArt{
				{idOrg("rail", "NRA")},
				{idOrg("rail", "the Northern Rail Authority", "NRA")},
				{idOrg("rail", "Northern Rail Authority")},
				{idOrg("marrow", "the Marrow Council", "the council")},
				{idOrg("marrow", "Marrow Council")},
			},
			rows: slices.Concat(
				idRows("rail", "Northern Rail Authority", "the Northern Rail Authority", "NRA", "nra", "the NRA",
					"NORTHERN RAIL AUTHORITY", "Northern Rail Authority's"),
				idRows("marrow", "Marrow Council", "the Marrow Council", "the council"),
			),
		},
		{
			// Session 20: the real feeds name the Department of Justice in
			// one item and the DOJ in another, with nothing in either
			// linking the two forms.
			name: "an organisation and its name's initials",
			arts: []idArt{
				{idOrg("doj", "DOJ")},
				{idOrg("doj", "Department of Justice", "Justice Department")},
				{idOrg("cbo", "Congressional Budget Office")},
				{idOrg("cbo", "CBO")},
				{idOrg("students", "Union of Students")},
				{idOrg("us", "US")},
			},
			rows: slices.Concat(
				idRows("doj", "Department of Justice", "DOJ", "Justice Department", "the DOJ"),
				idRows("cbo", "Congressional Budget Office", "CBO"),
				idRows("students", "Union of Students"),
				idRows("us", "US"),
			),
		},
		{
			name: "two people who share a surname",
			arts: []idArt{
				{idPerson("karin", "Karin Holt", "Holt")},
				{idPerson("erik", "Erik Holt", "Holt")},
				{idPerson("karin", "Karin Holt")},
				{idPerson("erik", "Dr Erik Holt")},
			},
			rows: slices.Concat(
				idRows("karin", "Karin Holt", "karin", "Ms Karin Holt"),
				idRows("erik", "Erik Holt", "Dr Erik Holt", "erik"),
				[]idRow{{form: "Holt", who: []string{"karin", "erik"}}, {form: "Mr Holt", who: []string{"karin", "erik"}}},
				[]idRow{{form: "Lena Holt"}, {form: "Piet Holt's"}},
			),
		},
		{
			name: "a person and a body sharing a word",
			arts: []idArt{
				{idPerson("ada", "Ada Marrow", "Marrow")},
				{idOrg("council", "Marrow Council")},
				{idPerson("ivo", "Ivo Kessland")},
				{idOrg("kess", "Kessland Harbour Board")},
			},
			rows: slices.Concat(
				idRows("ada", "Ada Marrow", "Marrow", "Ms Marrow"),
				idRows("council", "Marrow Council", "the Marrow Council"),
				idRows("ivo", "Ivo Kessland", "Kessland"),
				idRows("kess", "Kessland Harbour Board", "the Kessland Harbour Board"),
			),
		},
		{
			name: "a first name shared by two people",
			arts: []idArt{
				{idPerson("tamsk", "Orla Tamsk", "Tamsk")},
				{idPerson("brand", "Orla Brand", "Brand")},
				{idPerson("tamsk", "Tamsk")},
			},
			rows: slices.Concat(
				idRows("tamsk", "Orla Tamsk", "Tamsk"),
				idRows("brand", "Orla Brand", "Brand"),
				[]idRow{{form: "Orla", who: []string{"tamsk", "brand"}}, {form: "nobody", who: nil}},
			),
		},
		{
			name: "the same short name, two middle names",
			arts: []idArt{
				{idPerson("maren", "Orla Maren Tamsk")},
				{idPerson("maren", "Orla M. Tamsk")},
				{idPerson("beata", "Orla Beata Tamsk")},
			},
			rows: slices.Concat(
				idRows("maren", "Orla Maren Tamsk"),
				idRows("beata", "Orla Beata Tamsk"),
			),
		},
		{
			name: "father and son",
			arts: []idArt{
				{idPerson("jr", "Robert Lusk Jr.")},
				{idPerson("sr", "Robert Lusk Sr.")},
			},
			rows: slices.Concat(
				idRows("jr", "Robert Lusk Jr."),
				idRows("sr", "Robert Lusk Sr."),
			),
		},
	}
}

// idMode is one way of storing a case's articles.
type idMode struct {
	name    string
	reverse bool
	batch   bool
	rebuild bool
}

func identityAuditModes() []idMode {
	var out []idMode
	for _, rebuild := range []bool{false, true} {
		out = append(out,
			idMode{"one per Put", false, false, rebuild},
			idMode{"one per Put, newest first", true, false, rebuild},
			idMode{"one batch", false, true, rebuild},
		)
	}
	for i := range out {
		if out[i].rebuild {
			out[i].name += ", reindexed"
		}
	}
	return out
}

// store puts c's articles into a new store as m says and returns it.
func (c idCase) store(t *testing.T, m idMode) *Store {
	s := openTemp(t)
	var arts []model.Article
	for i, a := range c.arts {
		var sps []spk
		for _, sp := range a {
			sps = append(sps, sp.spk)
		}
		arts = append(arts, art(fmt.Sprintf("%s article %d", c.name, i+1), "", day(1+i), sps...))
	}
	if m.reverse {
		slices.Reverse(arts)
	}
	if m.batch {
		mustPut(t, s, arts...)
	} else {
		for _, a := range arts {
			mustPut(t, s, a)
		}
	}
	if m.rebuild {
		if err := s.RebuildIndexes(); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// want returns what a row must find in c: the articles, the quotes, and
// per identity the articles it is in, sorted.
func (c idCase) want(who []string) (arts, quotes int, each []int) {
	per := map[string]int{}
	for _, a := range c.arts {
		in := false
		for _, sp := range a {
			if slices.Contains(who, sp.who) {
				in = true
				quotes += sp.quotes
				per[sp.who]++
			}
		}
		if in {
			arts++
		}
	}
	for _, n := range per {
		each = append(each, n)
	}
	slices.Sort(each)
	return arts, quotes, each
}

// check returns what is wrong with row r in s, or "".
func (c idCase) check(t *testing.T, s *Store, r idRow) string {
	wantArts, wantQuotes, wantEach := c.want(r.who)
	var each []int
	scs, _ := s.SpeakersNamed(r.form)
	for _, sc := range scs {
		each = append(each, sc.Articles)
	}
	slices.Sort(each)
	l, q, f := speakerCounts(t, s, r.form)
	if !slices.Equal(each, wantEach) || l != wantArts || q != wantQuotes || f != wantArts {
		return fmt.Sprintf("speakers %v, list %d, quotes %d, search %d; want speakers %v, %d, %d, %d",
			each, l, q, f, wantEach, wantArts, wantQuotes, wantArts)
	}
	return ""
}

// sidebar returns what is wrong with the sidebar of c in s, or "": it
// must show each person or body once.
func (c idCase) sidebar(s *Store) string {
	var whos []string
	for _, a := range c.arts {
		for _, sp := range a {
			if !slices.Contains(whos, sp.who) {
				whos = append(whos, sp.who)
			}
		}
	}
	if all, err := s.Speakers(model.Filter{}, 0); err != nil || len(all) != len(whos) {
		return fmt.Sprintf("Speakers = %q, %v; want %d", names(all), err, len(whos))
	}
	return ""
}

func TestIdentityAudit(t *testing.T) {
	passed, total := 0, 0
	for _, c := range identityAuditCases() {
		forms := []string{sidebarRow}
		for _, r := range c.rows {
			forms = append(forms, r.form)
		}
		fails := make(map[string][]string, len(forms))
		for _, m := range identityAuditModes() {
			s := c.store(t, m)
			if msg := c.sidebar(s); msg != "" {
				fails[sidebarRow] = append(fails[sidebarRow], m.name+": "+msg)
			}
			for _, r := range c.rows {
				if msg := c.check(t, s, r); msg != "" {
					fails[r.form] = append(fails[r.form], m.name+": "+msg)
				}
			}
			verify(t, s)
		}
		for _, form := range forms {
			total++
			open := c.open[form]
			switch {
			case len(fails[form]) == 0 && open != "":
				t.Errorf("%s: %q passes now: drop its open mark (%s)", c.name, form, open)
			case len(fails[form]) == 0:
				passed++
			case open != "":
				t.Logf("%s: %q, open (%s): %s", c.name, form, open, fails[form][0])
			default:
				t.Errorf("%s: %q:\n\t%s", c.name, form, strings.Join(fails[form], "\n\t"))
			}
		}
	}
	t.Logf("identity audit: %d of %d rows pass", passed, total)
}

// Two spellings of one name, one with accents: the sidebar shows the
// accented one, in whichever order they came.
func TestIdentityAccentedName(t *testing.T) {
	for _, accentedFirst := range []bool{true, false} {
		s := openTemp(t)
		accented := art("Port fees", "", day(1), spk{"José Müller", model.Person, nil, nil, 1})
		plain := art("Port fees approved", "", day(2), spk{"Jose Muller", model.Person, nil, nil, 1})
		if !accentedFirst {
			accented, plain = plain, accented
		}
		mustPut(t, s, accented)
		mustPut(t, s, plain)
		if all, err := s.Speakers(model.Filter{}, 0); err != nil || len(all) != 1 || all[0].Name != "José Müller" {
			t.Errorf("accented first %v: Speakers = %+v, %v; want José Müller alone", accentedFirst, all, err)
		}
	}
}
