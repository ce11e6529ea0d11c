package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The CLI rough edges of issue 12, each through the binary.

func TestNegativeLimitRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	for _, args := range [][]string{
		{"list", "--limit", "-5"}, {"list", "--limit=-1"}, {"search", "--limit", "-5", "kremlin"},
		{"speakers", "--limit", "-2"}, {"quotes", "--limit", "-3", "peskov"},
	} {
		out, errOut, code := soundbite(t, db, args...)
		if code != 1 || out != "" || !strings.Contains(errOut, `for "--limit" flag: want a count of 0 (for all) or more`) {
			t.Errorf("soundbite %v: exit %d, %d bytes out, stderr %q; want a refusal", args, code, len(out), errOut)
		}
	}
	if n := len(jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "3"))); n != 3 {
		t.Errorf("list --limit 3 listed %d", n)
	}
}

func TestListFeedByTitleOrName(t *testing.T) {
	srv := serveHarbourFeed(t)
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	if out := mustRun(t, db, "feed", "add", "--name", "Courier", srv.URL+"/rss"); !strings.Contains(out, "subscribed to Courier: 2 new articles") {
		t.Fatalf("feed add: %q", out)
	}
	for _, feed := range []string{srv.URL + "/rss", "Courier", "courier", "Port Avel Courier"} {
		items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--feed", feed))
		if len(items) != 2 {
			t.Errorf("list --feed %q: %d articles, want the feed's 2", feed, len(items))
		}
	}
	if _, errOut, code := soundbite(t, db, "list", "--feed", "Velmont Gazette"); code != 1 || !strings.Contains(errOut, `"Velmont Gazette": no such feed`) {
		t.Errorf("list --feed of no feed: exit %d, stderr %q", code, errOut)
	}
	// Plurals: one feed.
	if out := mustRun(t, db, "refresh"); !strings.HasPrefix(out, "1 feed: 0 new articles") {
		t.Errorf("refresh of one feed said %q", out)
	}
}

func TestShowPrintsQuotes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", filepath.Join("sample", "00-kremlin-middle-east.txt"))
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json"))
	shown := jsonLines[articleJSON](t, mustRun(t, db, "show", "--json", string(items[0].ID)))
	if len(shown) != 1 || len(shown[0].Quotes) == 0 {
		t.Fatalf("show --json found no quotes to check: %+v", shown)
	}
	out := mustRun(t, db, "show", string(items[0].ID))
	if !strings.Contains(out, "quotes\n") && !strings.Contains(out, "quote\n") {
		t.Errorf("show prints no quotes section:\n%s", out)
	}
	for _, q := range shown[0].Quotes {
		if !strings.Contains(out, q.Text) {
			t.Errorf("show does not print the quote %q", q.Text)
		}
	}
}

func TestMessagesSayThingsOnce(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	empty := filepath.Join(dir, "x.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	for _, args := range [][]string{{"import", empty, missing}, {"extract", empty, missing}} {
		_, errOut, _ := soundbite(t, db, args...)
		for _, p := range []string{empty, missing} {
			if n := strings.Count(errOut, p); n != 1 {
				t.Errorf("soundbite %v names %s %d times:\n%s", args, p, n, errOut)
			}
		}
	}
	out, _, _ := soundbite(t, db, "import", "--json", empty)
	done := jsonLines[importLine](t, out)
	if l := done[len(done)-1]; len(l.Errors) != 1 || l.Errors[0].File != empty || strings.Contains(l.Errors[0].Error, empty) {
		t.Errorf("import --json errors: %+v; want the path in file only", l.Errors)
	}
	if _, errOut, _ := soundbite(t, db, "quotes", "Nobody Atall"); strings.Count(errOut, "Nobody Atall") != 1 {
		t.Errorf("quotes of no speaker: %q", errOut)
	}
}

func TestImportOPMLNotFetchedYet(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	opml := filepath.Join(dir, "subs.opml")
	if err := os.WriteFile(opml, []byte(`<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Velmont Gazette" type="rss" xmlUrl="http://127.0.0.1:1/gazette.xml"/></body></opml>`), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := mustRun(t, db, "import-opml", opml); !strings.HasPrefix(out, "1 feed added, 0 already subscribed") {
		t.Errorf("import-opml said %q", out)
	}
	out := mustRun(t, db, "feed", "list")
	if !strings.Contains(out, "not fetched yet") || strings.Contains(out, " ok ") {
		t.Errorf("feed list of a feed never fetched:\n%s", out)
	}
}

func TestUnknownCommandSuggests(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	for args, want := range map[string]string{
		"lsit":     `unknown command "lsit" for "soundbite"; did you mean list?`,
		"serach x": `did you mean search?`,
		"feed lst": `unknown command "lst" for "soundbite feed"; did you mean list?`,
	} {
		_, errOut, code := soundbite(t, db, strings.Fields(args)...)
		if code != 1 || !strings.Contains(errOut, want) {
			t.Errorf("soundbite %s: exit %d, stderr %q; want %q", args, code, errOut, want)
		}
	}
}

func TestSearchDashExplained(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	_, errOut, code := soundbite(t, db, "search", "-strike")
	if code != 1 || !strings.Contains(errOut, "put -- before them, as in soundbite search -- -word") {
		t.Errorf("search -strike: exit %d, stderr %q; want the -- hint", code, errOut)
	}
	all := len(jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")))
	hits := jsonLines[articleLine](t, mustRun(t, db, "search", "--json", "--limit", "0", "--", "-strike"))
	if len(hits) == 0 || len(hits) >= all {
		t.Errorf("search -- -strike: %d of %d articles; want those without the word", len(hits), all)
	}
}
