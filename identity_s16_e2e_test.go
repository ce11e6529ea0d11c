package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"soundbite/library"
	"soundbite/model"
)

// An outside audit of one identity per speaker (issue 11, point 3), on
// fictional articles: titled forms, a bare surname, unique first names,
// a surname with particles, a hyphenated and accented name, a person
// known by initials, two people sharing a surname in different articles
// and in one, and an organisation sharing a word with a person. Files are
// imported one at a time in this order, the short forms first, so each
// import must join what it finds to what is stored.
//
// First pass, on main before any fix: 29 of 82 cases. 49 failed on
// list --json and search --json, which named each article's speakers as
// the article did ("Marchetti-Lund", "Varga") where every other door
// gave the store's name; "Mayor Varga" and "Dr. Varga" found both Vargas
// (4, in both phases); and the bare Varga's own sidebar row filtered by
// every Varga (1). All three were store (and sidebar) bugs, fixed.
var s16Articles = []struct{ file, text string }{
	{"varga-2", `Clinic director warns of staff shortage

The Orsk clinic cannot fill its night shifts, its director says.

"Without twelve more nurses the new ward will stand empty," Varga told the council.
`},
	{"varga-1", `Clinic opens a new ward

A new children's ward opened at the Orsk clinic on Monday.

"We have waited six years for this room," said Dr. Ilse Varga, the clinic's director.

Varga added that the ward would take its first patients next week.
`},
	{"varga-3", `Mayor backs the clinic

The mayor of Orsk said on Wednesday that the town would pay for more nurses.

"The clinic will have what it needs," said Mayor Tomas Varga. He added that the money would come from the road budget.
`},
	{"varga-4", `Two Vargas at the town hall

The town hall was full on Thursday night for the budget debate.

"The road budget is not a piggy bank," said Ilse Varga, who runs the clinic.

"I will not let the nurses wait another year," Tomas Varga replied.
`},
	{"holdings", `Varga Holdings buys the old mill

Varga Holdings, a property company, has bought the old mill at Orsk.

"We will turn the mill into flats," Varga Holdings said in a statement.
`},
	{"berg-2", `Guild asks for a new lock

The boatmen's guild wants a second lock on the canal.

"One lock is not enough for the summer traffic," van der Berg said.
`},
	{"berg-1", `Canal boats return to the Lindegracht

Canal boats were back on the Lindegracht on Saturday.

"The water is clean again at last," said Jan van der Berg, who chairs the boatmen's guild.
`},
	{"zoe-2", `Conductor plans a season of new music

The new season will open with three premieres.

"Nobody comes to hear the same Brahms every year," Marchetti-Lund told the audience.
`},
	{"zoe-1", `Orchestra names a conductor

The Sarrow Philharmonic has a new principal conductor.

"I am honoured and a little terrified," said Zoë Marchetti-Lund, who takes up the post in March.
`},
	{"rj-2", `Ferry fares to rise

Fares on the island ferries will rise by a tenth in April.

"We held off as long as we could," Okonkwo-Dane said.
`},
	{"rj-1", `Ferry company posts a loss

The island ferry company lost money for the third year running.

"The fuel bill doubled and the fares did not," said R.J. Okonkwo-Dane, the company's chief executive.
`},
}

// s16Case is a name form and what every command must find for it: the
// articles (by file) and the speakers, the same from list --speaker,
// quotes, search speaker:, search --quotes and the --json of each.
type s16Case struct {
	form     string
	files    []string
	speakers []string
}

// s16Cases are the cases for the store as imported (reindexed false) or
// after reindex. The bare "Varga" of varga-2 joins Ilse Varga on import,
// the only Varga stored then; reindex decides bare surnames last, knowing
// both Vargas, and gives it a "Varga" of its own (README, Speakers).
func s16Cases(reindexed bool) []s16Case {
	ilse, ilseFiles := []string{"Ilse Varga"}, []string{"varga-1", "varga-2", "varga-4"}
	tomas, tomasFiles := []string{"Tomas Varga"}, []string{"varga-3", "varga-4"}
	anyVarga := []string{"Ilse Varga", "Tomas Varga"}
	if reindexed {
		ilseFiles = []string{"varga-1", "varga-4"}
		anyVarga = append(anyVarga, "Varga")
	}
	berg, bergFiles := []string{"Jan van der Berg"}, []string{"berg-1", "berg-2"}
	zoe, zoeFiles := []string{"Zoë Marchetti-Lund"}, []string{"zoe-1", "zoe-2"}
	rj, rjFiles := []string{"R.J. Okonkwo-Dane"}, []string{"rj-1", "rj-2"}
	holdings, holdingsFiles := []string{"Varga Holdings"}, []string{"holdings"}
	cases := []s16Case{
		{"Ilse Varga", ilseFiles, ilse},
		{"Dr. Ilse Varga", ilseFiles, ilse},
		{"dr ilse varga", ilseFiles, ilse},
		{"ILSE VARGA", ilseFiles, ilse},
		{"ilse", ilseFiles, ilse},
		{"Tomas Varga", tomasFiles, tomas},
		{"Mayor Tomas Varga", tomasFiles, tomas},
		{"tomas", tomasFiles, tomas},
		// A title before a surname two people share picks the one it
		// describes, as "spokesman Vasko" does.
		{"Mayor Varga", tomasFiles, tomas},
		{"Dr. Varga", ilseFiles, ilse},
		// The bare surname finds every Varga, never Varga Holdings.
		{"varga", []string{"varga-1", "varga-2", "varga-3", "varga-4"}, anyVarga},
		{"VARGA", []string{"varga-1", "varga-2", "varga-3", "varga-4"}, anyVarga},
		// A title neither is known by tells them no apart.
		{"Mr. Varga", []string{"varga-1", "varga-2", "varga-3", "varga-4"}, anyVarga},
		{"I. Varga", ilseFiles, ilse},
		{"T. Varga", tomasFiles, tomas},
		{"Varga's", []string{"varga-1", "varga-2", "varga-3", "varga-4"}, anyVarga},
		{"Mayor Tomas Varga's", tomasFiles, tomas},
		{"Varga Holdings", holdingsFiles, holdings},
		{"varga holdings", holdingsFiles, holdings},
		{"Jan van der Berg", bergFiles, berg},
		{"van der Berg", bergFiles, berg},
		{"Van Der Berg", bergFiles, berg},
		{"jan", bergFiles, berg},
		{"Berg", bergFiles, berg},
		{"J. van der Berg", bergFiles, berg},
		{"Van der Berg's", bergFiles, berg},
		{"Zoë Marchetti-Lund", zoeFiles, zoe},
		{"Zoe Marchetti-Lund", zoeFiles, zoe},
		{"ZOË MARCHETTI-LUND", zoeFiles, zoe},
		{"Marchetti-Lund", zoeFiles, zoe},
		{"marchetti-lund", zoeFiles, zoe},
		{"zoe", zoeFiles, zoe},
		{"Zoë", zoeFiles, zoe},
		{"Dr. Zoë Marchetti-Lund", zoeFiles, zoe},
		{"R.J. Okonkwo-Dane", rjFiles, rj},
		{"r.j. okonkwo-dane", rjFiles, rj},
		{"R. J. Okonkwo-Dane", rjFiles, rj},
		{"Okonkwo-Dane", rjFiles, rj},
		// Added by helper n12: initials run together, and a space typed
		// for a hyphen (each found no one before).
		{"RJ Okonkwo-Dane", rjFiles, rj},
		{"R.J Okonkwo-Dane", rjFiles, rj},
		{"zoë marchetti lund", zoeFiles, zoe},
		{"Marchetti Lund", zoeFiles, zoe},
	}
	return cases
}

// s16Check runs one case through every command and returns what
// disagrees with it.
func s16Check(t *testing.T, db string, ids map[string]string, c s16Case) []string {
	t.Helper()
	var faults []string
	fault := func(format string, args ...any) { faults = append(faults, fmt.Sprintf(format, args...)) }
	var want []string
	for _, f := range c.files {
		want = append(want, ids[f])
	}
	slices.Sort(want)
	byID := map[string]string{}
	for f, id := range ids {
		byID[id] = f
	}
	files := func(got []string) []string {
		var out []string
		for _, id := range got {
			out = append(out, byID[id])
		}
		slices.Sort(out)
		return out
	}
	okSpeaker := func(s *string) bool { return s != nil && slices.Contains(c.speakers, *s) }

	// list --speaker, and the speakers its --json gives each article.
	out, errOut, code := soundbite(t, db, "list", "--json", "--limit", "0", "--speaker", c.form)
	if code != 0 {
		fault("list --speaker: exit %d: %s", code, errOut)
	}
	var list []string
	for _, it := range jsonLines[articleLine](t, out) {
		list = append(list, string(it.ID))
		if !slices.ContainsFunc(it.Speakers, func(s string) bool { return slices.Contains(c.speakers, s) }) {
			fault("list --json gives %s the speakers %q, none of %q", byID[string(it.ID)], it.Speakers, c.speakers)
		}
	}
	slices.Sort(list)
	if !slices.Equal(list, want) {
		fault("list --speaker finds %v, want %v", files(list), c.files)
	}
	ambiguous := strings.Contains(errOut, fmt.Sprintf("names %d speakers", len(c.speakers)))
	if len(c.speakers) > 1 && !ambiguous {
		fault("list --speaker stderr %q does not say it names %d speakers", errOut, len(c.speakers))
	}
	if len(c.speakers) == 1 && errOut != "" {
		fault("list --speaker stderr %q for one speaker", errOut)
	}

	// quotes: every quote of the speakers, under their store-wide names.
	out, errOut, code = soundbite(t, db, "quotes", "--json", c.form)
	if code != 0 {
		fault("quotes: exit %d: %s", code, errOut)
	}
	var quoted []string
	speakers := map[string]bool{}
	for _, q := range jsonLines[quoteLine](t, out) {
		if !slices.Contains(quoted, string(q.Article)) {
			quoted = append(quoted, string(q.Article))
		}
		if !okSpeaker(q.Speaker) {
			fault("quotes gives %q to %s", q.Text, deref(q.Speaker))
		} else {
			speakers[*q.Speaker] = true
		}
	}
	slices.Sort(quoted)
	if !slices.Equal(quoted, want) {
		fault("quotes finds %v, want %v", files(quoted), c.files)
	}
	if len(speakers) != len(c.speakers) {
		fault("quotes come from %v, want all of %q", speakers, c.speakers)
	}
	if len(c.speakers) > 1 && !strings.Contains(errOut, fmt.Sprintf("names %d speakers", len(c.speakers))) {
		fault("quotes stderr %q does not say it names %d speakers", errOut, len(c.speakers))
	}

	// search speaker: and search --quotes speaker: agree.
	query := `speaker:"` + c.form + `"`
	out, errOut, code = soundbite(t, db, "search", "--json", "--limit", "0", "--", query)
	if code != 0 {
		fault("search: exit %d: %s", code, errOut)
	}
	var found []string
	for _, h := range jsonLines[searchLine](t, out) {
		found = append(found, string(h.ID))
		if !slices.ContainsFunc(h.Speakers, func(s string) bool { return slices.Contains(c.speakers, s) }) {
			fault("search --json gives %s the speakers %q, none of %q", byID[string(h.ID)], h.Speakers, c.speakers)
		}
		for _, q := range h.Matches {
			if !okSpeaker(q.Speaker) {
				fault("search --json matches %q of %s", q.Text, deref(q.Speaker))
			}
		}
	}
	slices.Sort(found)
	if !slices.Equal(found, want) {
		fault("search %s finds %v, want %v", query, files(found), c.files)
	}
	out, errOut, code = soundbite(t, db, "search", "--quotes", "--json", "--limit", "0", "--", query)
	if code != 0 {
		fault("search --quotes: exit %d: %s", code, errOut)
	}
	sq := jsonLines[searchQuoteLine](t, out)
	for _, q := range sq {
		if !okSpeaker(q.Speaker) {
			fault("search --quotes gives %q to %s", q.Text, deref(q.Speaker))
		}
	}
	if n := len(jsonLines[quoteLine](t, mustRun(t, db, "quotes", "--json", c.form))); len(sq) != n {
		fault("search --quotes finds %d quotes, quotes %d", len(sq), n)
	}
	return faults
}

// s16Speakers checks `speakers --json`: one entry per person, under the
// fullest name, with the other forms as aliases.
func s16Speakers(t *testing.T, db string, reindexed bool) []string {
	t.Helper()
	want := map[string]struct {
		kind     string
		articles int
		aliases  []string
	}{
		"Ilse Varga":         {"person", 3, []string{"Dr. Ilse Varga", "Varga"}},
		"Tomas Varga":        {"person", 2, []string{"Mayor Tomas Varga"}},
		"Varga Holdings":     {"organization", 1, nil},
		"Jan van der Berg":   {"person", 2, []string{"van der Berg"}},
		"Zoë Marchetti-Lund": {"person", 2, []string{"Marchetti-Lund"}},
		"R.J. Okonkwo-Dane":  {"person", 2, []string{"Okonkwo-Dane"}},
	}
	if reindexed {
		w := want["Ilse Varga"]
		w.articles = 2
		want["Ilse Varga"] = w
		want["Varga"] = struct {
			kind     string
			articles int
			aliases  []string
		}{"person", 1, nil} // its one word is Ilse's and Tomas's surname
	}
	var faults []string
	seen := map[string]bool{}
	for _, s := range jsonLines[speakerLine](t, mustRun(t, db, "speakers", "--json")) {
		w, ok := want[s.Name]
		if !ok {
			if strings.Contains(s.Name, "Varga") || strings.Contains(s.Name, "Berg") || strings.Contains(s.Name, "Marchetti") ||
				strings.Contains(s.Name, "Okonkwo") || strings.Contains(s.Name, "Zo") {
				faults = append(faults, fmt.Sprintf("an extra speaker %+v", s))
			}
			continue
		}
		seen[s.Name] = true
		if s.Articles != w.articles || w.kind != "" && string(s.Kind) != w.kind {
			faults = append(faults, fmt.Sprintf("%s: %d articles, kind %s; want %d, %s", s.Name, s.Articles, s.Kind, w.articles, w.kind))
		}
		for _, al := range w.aliases {
			if !slices.Contains(s.Aliases, al) {
				faults = append(faults, fmt.Sprintf("%s: aliases %q lack %q", s.Name, s.Aliases, al))
			}
		}
	}
	for name := range want {
		if !seen[name] {
			faults = append(faults, fmt.Sprintf("no speaker %q", name))
		}
	}
	return faults
}

// s16Sidebar checks the reader's sidebar, through the library as main
// hands it to the reader: each speaker is one row, and toggling a row
// (its model.SpeakerCount.FilterKey, as ui/speakers sends it) lists the articles
// its count says.
func s16Sidebar(t *testing.T, db string) (faults []string) {
	t.Helper()
	st, err := library.Open(db, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := st.Close(); err != nil {
			t.Errorf("closing the store: %v", err)
		}
	}()
	rows, err := st.Speakers(model.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, r := range rows {
		seen[r.Name]++
		if seen[r.Name] > 1 {
			faults = append(faults, fmt.Sprintf("sidebar shows %q twice", r.Name))
		}
		n, err := st.Count(model.Filter{Speakers: []string{r.FilterKey()}})
		if err != nil {
			t.Fatal(err)
		}
		if n != r.Articles {
			faults = append(faults, fmt.Sprintf("sidebar row %q says %d articles, its filter lists %d", r.Name, r.Articles, n))
		}
		// Its quotes (`o` in the sidebar) are its own too.
		refs, err := st.SpeakerQuotes(r.FilterKey(), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(refs) != r.Quotes {
			faults = append(faults, fmt.Sprintf("sidebar row %q says %d quotes, its quote view shows %d", r.Name, r.Quotes, len(refs)))
		}
	}
	// The sidebar of one speaker's articles shows them once, by name.
	for _, form := range []string{"zoe", "van der berg", "okonkwo-dane"} {
		in, err := st.Speakers(model.Filter{Speakers: []string{form}}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(in) != 1 || in[0].Articles != 2 {
			faults = append(faults, fmt.Sprintf("sidebar under the filter %q: %+v, want one speaker in 2 articles", form, in))
		}
	}
	return faults
}

func TestIdentityS16Audit(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	for _, a := range s16Articles {
		path := filepath.Join(dir, a.file+".txt")
		writeFile(t, path, a.text)
		mustRun(t, db, "import", path)
	}
	ids := map[string]string{}
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	for _, a := range s16Articles {
		ids[a.file] = titled(t, items, strings.SplitN(a.text, "\n", 2)[0])
	}

	pass, total := 0, 0
	run := func(phase string, reindexed bool) {
		for _, c := range s16Cases(reindexed) {
			total++
			t.Run(phase+"/"+c.form, func(t *testing.T) {
				faults := s16Check(t, db, ids, c)
				for _, f := range faults {
					t.Error(f)
				}
				if len(faults) == 0 {
					pass++
				}
			})
		}
		total++
		t.Run(phase+"/sidebar", func(t *testing.T) {
			faults := s16Sidebar(t, db)
			for _, f := range faults {
				t.Error(f)
			}
			if len(faults) == 0 {
				pass++
			}
		})
		total++
		t.Run(phase+"/speakers", func(t *testing.T) {
			faults := s16Speakers(t, db, reindexed)
			for _, f := range faults {
				t.Error(f)
			}
			if len(faults) == 0 {
				pass++
			}
		})
	}
	run("imported", false)

	// The words of an article, accents aside, as a reader types them.
	total++
	t.Run("words", func(t *testing.T) {
		for q, file := range map[string]string{"zoe": "zoe-1", "Zoë": "zoe-1", "marchetti-lund": "zoe-1", "okonkwo-dane": "rj-1"} {
			if got := searchIDs(t, db, q); !slices.Contains(got, ids[file]) {
				t.Errorf("search %s = %v, want %s among them", q, got, file)
			}
		}
		if !t.Failed() {
			pass++
		}
	})

	// Reading state rides through reindex, on an article whose speaker
	// moves (varga-2) and on ones whose speaker stays.
	mustRun(t, db, "bookmark", ids["varga-2"], ids["zoe-2"])
	mustRun(t, db, "read", ids["varga-2"], ids["berg-2"], ids["rj-1"])
	mustRun(t, db, "reindex")
	total++
	t.Run("reindex/state", func(t *testing.T) {
		n := 0
		for _, it := range jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")) {
			id := string(it.ID)
			wantRead := id == ids["varga-2"] || id == ids["berg-2"] || id == ids["rj-1"]
			wantMark := id == ids["varga-2"] || id == ids["zoe-2"]
			if it.Read != wantRead || it.Bookmarked != wantMark {
				t.Errorf("%s %q: read %v bookmarked %v, want %v %v", id, it.Title, it.Read, it.Bookmarked, wantRead, wantMark)
			} else {
				n++
			}
		}
		if n != len(s16Articles) {
			t.Errorf("%d articles after reindex, want %d", n, len(s16Articles))
		}
		// The filters see the state: the bookmarked bare Varga, by every
		// Varga; Zoë's bookmark by her first name.
		if got := searchIDs(t, db, "speaker:varga is:bookmarked"); !slices.Equal(got, []string{ids["varga-2"]}) {
			t.Errorf("speaker:varga is:bookmarked = %v, want varga-2", got)
		}
		if got := searchIDs(t, db, "speaker:zoe is:bookmarked"); !slices.Equal(got, []string{ids["zoe-2"]}) {
			t.Errorf("speaker:zoe is:bookmarked = %v, want zoe-2", got)
		}
		if !t.Failed() {
			pass++
		}
	})
	run("reindex", true)

	// A script selects the bare Varga's row alone by its ref (helper
	// n12): its name finds every Varga.
	total++
	t.Run("reindex/ref", func(t *testing.T) {
		refs := map[string]string{}
		for _, s := range jsonLines[speakerLine](t, mustRun(t, db, "speakers", "--json")) {
			if s.Ref != "" {
				refs[s.Name] = s.Ref
			}
		}
		if len(refs) != 1 || refs["Varga"] == "" {
			t.Fatalf("speakers --json refs %v, want the bare Varga's alone", refs)
		}
		ref := refs["Varga"]
		var got []string
		for _, it := range jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0", "--speaker", ref)) {
			got = append(got, string(it.ID))
		}
		if !slices.Equal(got, []string{ids["varga-2"]}) {
			t.Errorf("list --speaker %s = %v, want varga-2", ref, got)
		}
		if qs := jsonLines[quoteLine](t, mustRun(t, db, "quotes", "--json", ref)); len(qs) != 1 || string(qs[0].Article) != ids["varga-2"] {
			t.Errorf("quotes %s = %+v, want varga-2's one quote", ref, qs)
		}
		if got := searchIDs(t, db, "speaker:"+ref); !slices.Equal(got, []string{ids["varga-2"]}) {
			t.Errorf("search speaker:%s = %v, want varga-2", ref, got)
		}
		if !t.Failed() {
			pass++
		}
	})
	t.Logf("identity audit: %d/%d cases pass", pass, total)
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}
