package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Fictional articles naming a press secretary three ways, and two people
// who share a surname beside a bare mention of it.
var identityArticles = map[string]string{
	"brenno-1.txt": `Palace silent on the harbour lease

The palace said little on Monday about the lease of the old harbour at Velmora.

"There is nothing to announce yet," Brenno told reporters at the gate. The press secretary added that talks would go on.
`,
	"brenno-2.txt": `Lease talks resume at the palace

Talks on the Velmora harbour lease resumed on Tuesday.

"We expect an agreement within the month," said Ilvar Brenno, speaking after the first session.

Brenno said the council had asked for more time.
`,
	"brenno-3.txt": `Council and palace agree a lease

The Marrow Council and the palace agreed a lease for the Velmora harbour on Friday.

"This is a good day for the harbour," Palace press secretary Ilvar Brenno said.
`,
	"tamsk-1.txt": `Harbour master warns of silt

The harbour at Velmora is silting up faster than expected.

"We will need a dredger by spring," said Orla Tamsk, the harbour master. Tamsk added that the cost was not yet known.
`,
	"tamsk-2.txt": `Ferry captain cancels crossings

Crossings to the islands were cancelled on Thursday.

"The swell is too high for the old ferry," said Piet Tamsk, the ferry's captain.
`,
	"tamsk-3.txt": `A voice from the quay

People on the quay were divided about the new timetable.

"Nobody asked the fishermen," Tamsk said.
`,
}

// speakerViews returns the articles `list --speaker`, `quotes` and
// `search speaker:` find for a name, sorted, and the quotes.
func speakerViews(t *testing.T, db, name string) (list, quoted, found []string, quotes []quoteLine) {
	t.Helper()
	for _, it := range jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0", "--speaker", name)) {
		list = append(list, string(it.ID))
	}
	quotes = jsonLines[quoteLine](t, mustRun(t, db, "quotes", "--json", name))
	for _, q := range quotes {
		if !slices.Contains(quoted, string(q.Article)) {
			quoted = append(quoted, string(q.Article))
		}
	}
	found = searchIDs(t, db, `speaker:"`+name+`"`)
	slices.Sort(list)
	slices.Sort(quoted)
	slices.Sort(found)
	return list, quoted, found, quotes
}

func TestOneIdentityAcrossCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	for name, text := range identityArticles {
		writeFile(t, filepath.Join(dir, name), text)
	}
	// One article at a time, the bare name first: each import joins
	// what it finds to what is stored.
	mustRun(t, db, "import", "sample")
	for _, name := range []string{"brenno-1.txt", "brenno-3.txt", "brenno-2.txt", "tamsk-1.txt", "tamsk-2.txt", "tamsk-3.txt"} {
		mustRun(t, db, "import", filepath.Join(dir, name))
	}
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	brenno := []string{
		titled(t, items, "Palace silent"), titled(t, items, "Lease talks"), titled(t, items, "Council and palace"),
	}
	slices.Sort(brenno)

	check := func(t *testing.T) {
		t.Helper()
		for _, name := range []string{"brenno", "Ilvar Brenno", "Palace press secretary Ilvar Brenno", "ilvar", "BRENNO"} {
			list, quoted, found, quotes := speakerViews(t, db, name)
			if !slices.Equal(list, brenno) || !slices.Equal(quoted, brenno) || !slices.Equal(found, brenno) {
				t.Errorf("%q: list %v, quotes %v, search %v; want %v in all three", name, list, quoted, found, brenno)
			}
			for _, q := range quotes {
				if q.Speaker == nil || *q.Speaker != "Ilvar Brenno" {
					t.Errorf("%q: quote %q has speaker %v, want Ilvar Brenno", name, q.Text, q.Speaker)
				}
			}
			if !slices.ContainsFunc(quotes, func(q quoteLine) bool { return q.NamedAs == "Brenno" }) {
				t.Errorf("%q: no quote says the article named him Brenno: %+v", name, quotes)
			}
			// search --quotes finds the same quotes under the same name.
			sq := jsonLines[searchQuoteLine](t, mustRun(t, db, "search", "--quotes", "--json", "--limit", "0", `speaker:"`+name+`"`))
			if len(sq) != len(quotes) {
				t.Errorf("%q: search --quotes finds %d quotes, quotes %d", name, len(sq), len(quotes))
			}
			for _, q := range sq {
				if q.Speaker == nil || *q.Speaker != "Ilvar Brenno" {
					t.Errorf("%q: search --quotes gives %q to %v", name, q.Text, q.Speaker)
				}
			}
		}
		// Peskov, named "Dmitry Peskov" and "Peskov" in the sample.
		for _, name := range []string{"peskov", "Dmitry Peskov", "PESKOV"} {
			list, quoted, found, _ := speakerViews(t, db, name)
			if len(list) == 0 || !slices.Equal(list, quoted) || !slices.Equal(list, found) {
				t.Errorf("%q: list %v, quotes %v, search %v disagree", name, list, quoted, found)
			}
		}

		speakers := jsonLines[speakerLine](t, mustRun(t, db, "speakers", "--json"))
		var seen []string
		for _, s := range speakers {
			if strings.Contains(s.Name, "Brenno") || strings.Contains(s.Name, "Tamsk") || strings.Contains(s.Name, "Peskov") {
				seen = append(seen, s.Name)
			}
			if s.Name == "Ilvar Brenno" && (s.Articles != 3 || !slices.Contains(s.Aliases, "Brenno")) {
				t.Errorf("Ilvar Brenno = %+v, want 3 articles and the alias Brenno", s)
			}
		}
		slices.Sort(seen)
		if want := []string{"Dmitry Peskov", "Ilvar Brenno", "Orla Tamsk", "Piet Tamsk", "Tamsk"}; !slices.Equal(seen, want) {
			t.Errorf("speakers = %q, want %q", seen, want)
		}

		// Two Tamsks stay two; the bare one the quay article could not
		// tell stays apart, and "tamsk" finds all three, saying so.
		for name, want := range map[string]int{"Orla Tamsk": 1, "piet tamsk": 1} {
			if list, quoted, found, _ := speakerViews(t, db, name); len(list) != want || !slices.Equal(list, quoted) || !slices.Equal(list, found) {
				t.Errorf("%q: list %v, quotes %v, search %v; want %d article", name, list, quoted, found, want)
			}
		}
		if list, quoted, found, _ := speakerViews(t, db, "tamsk"); len(list) != 3 || !slices.Equal(list, quoted) || !slices.Equal(list, found) {
			t.Errorf("tamsk: list %v, quotes %v, search %v; want the same 3", list, quoted, found)
		}
		if _, errOut, _ := soundbite(t, db, "list", "--speaker", "tamsk"); !strings.Contains(errOut, "names 3 speakers") {
			t.Errorf("list --speaker tamsk says %q on stderr, want that it names 3 speakers", errOut)
		}
		if _, errOut, code := soundbite(t, db, "quotes", "nobody"); code == 0 || !strings.Contains(errOut, "no speaker") {
			t.Errorf("quotes nobody: exit %d, %q", code, errOut)
		}
	}
	check(t)

	// reindex decides again over the whole store and keeps reading state.
	mustRun(t, db, "read", brenno[0])
	mustRun(t, db, "bookmark", brenno[1])
	mustRun(t, db, "reindex", "--all")
	check(t)
	after := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	for _, it := range after {
		if string(it.ID) == brenno[0] && !it.Read || string(it.ID) == brenno[1] && !it.Bookmarked {
			t.Errorf("after reindex %s: read %v, bookmarked %v", it.ID, it.Read, it.Bookmarked)
		}
	}
}
