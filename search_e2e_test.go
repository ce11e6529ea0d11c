package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// kremlinTitle starts the title of the sample article that reads "Russian
// President Vladimir Putin", quotes him and Dmitry Peskov, and names
// Reuters only outside its quotes.
const kremlinTitle = "Russian President Vladimir Putin"

// searchIDs runs a search and returns the hits' IDs, best first.
func searchIDs(t *testing.T, db string, args ...string) []string {
	t.Helper()
	var ids []string
	// "--" ends the flags, so a query may start with "-word".
	for _, h := range jsonLines[searchLine](t, mustRun(t, db, append([]string{"search", "--json", "--limit", "0", "--"}, args...)...)) {
		ids = append(ids, string(h.ID))
	}
	return ids
}

// titled returns the ID of the one listed article whose title starts with
// prefix.
func titled(t *testing.T, items []articleLine, prefix string) string {
	t.Helper()
	for _, it := range items {
		if strings.HasPrefix(it.Title, prefix) {
			return string(it.ID)
		}
	}
	t.Fatalf("no article titled %q", prefix)
	return ""
}

func TestSearchSampleOperators(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	kremlin := titled(t, items, kremlinTitle)
	budget := titled(t, items, "Arvenna's parliament approved")

	has := func(ids []string, id string) bool { return slices.Contains(ids, id) }
	tests := []struct {
		query      string
		want, not  []string // IDs that must and must not be found
		wantNumber int      // exact count when > 0
	}{
		// Words, any form; alias matching for speakers.
		{query: "reuters", want: []string{kremlin}},
		{query: "REUTERS", want: []string{kremlin}},
		{query: "speaker:putin", want: []string{kremlin}, wantNumber: 1},
		{query: `speaker:"vladimir putin"`, want: []string{kremlin}, wantNumber: 1},
		{query: `speaker:"President Vladimir Putin"`, want: []string{kremlin}, wantNumber: 1},
		{query: "speaker:peskov", want: []string{kremlin}},
		// said: looks inside the speaker's quotes only. "Reuters" is in
		// the article but in nobody's quote; "potential to spread" is in
		// Peskov's, not Putin's.
		{query: "speaker:peskov said:reuters", not: []string{kremlin}},
		{query: "said:reuters", not: []string{kremlin}},
		{query: `speaker:peskov said:"potential to spread"`, want: []string{kremlin}, wantNumber: 1},
		{query: `speaker:putin said:"potential to spread"`, not: []string{kremlin}},
		{query: `said:"potential to spread"`, want: []string{kremlin}},
		{query: `"potential to spread"`, want: []string{kremlin}},
		{query: `"spread potential"`, not: []string{kremlin}},
		// Exclusions and metadata.
		{query: "putin -reuters", not: []string{kremlin}},
		{query: `putin -"middle east"`, not: []string{kremlin}},
		{query: "-speaker:putin", want: []string{budget}, not: []string{kremlin}},
		{query: "category:politics", want: []string{budget}, not: []string{kremlin}},
		{query: `category:"israel-hamas war"`, want: []string{kremlin}, wantNumber: 1},
		{query: "is:unread", wantNumber: len(items)},
	}
	for _, tt := range tests {
		ids := searchIDs(t, db, tt.query)
		for _, id := range tt.want {
			if !has(ids, id) {
				t.Errorf("%q does not find %s (got %v)", tt.query, id, ids)
			}
		}
		for _, id := range tt.not {
			if has(ids, id) {
				t.Errorf("%q finds %s", tt.query, id)
			}
		}
		if tt.wantNumber > 0 && len(ids) != tt.wantNumber {
			t.Errorf("%q: %d hits, want %d", tt.query, len(ids), tt.wantNumber)
		}
	}

	// Reading state follows at once: bookmark and read from the CLI.
	mustRun(t, db, "bookmark", kremlin[:8])
	mustRun(t, db, "read", budget)
	if ids := searchIDs(t, db, "is:bookmarked"); !slices.Equal(ids, []string{kremlin}) {
		t.Errorf("is:bookmarked = %v, want [%s]", ids, kremlin)
	}
	if ids := searchIDs(t, db, "is:read"); !slices.Equal(ids, []string{budget}) {
		t.Errorf("is:read = %v, want [%s]", ids, budget)
	}
	if ids := searchIDs(t, db, "is:unread"); len(ids) != len(items)-1 || has(ids, budget) {
		t.Errorf("is:unread = %d hits, want %d without %s", len(ids), len(items)-1, budget)
	}
	if ids := searchIDs(t, db, "putin -is:bookmarked"); has(ids, kremlin) {
		t.Errorf("putin -is:bookmarked finds the bookmarked article")
	}

	// Results are the same from a new process, and after re-extraction.
	before := mustRun(t, db, "search", "--json", "putin middle east")
	if again := mustRun(t, db, "search", "--json", "putin middle east"); again != before {
		t.Errorf("a second run differs:\n%s\n%s", before, again)
	}
	mustRun(t, db, "reindex", "--all")
	if ids := searchIDs(t, db, "speaker:putin"); !slices.Equal(ids, []string{kremlin}) {
		t.Errorf("speaker:putin after reindex = %v", ids)
	}
	if ids := searchIDs(t, db, "speaker:peskov said:reuters"); has(ids, kremlin) {
		t.Errorf("said: after reindex finds words outside quotes")
	}
	if ids := searchIDs(t, db, "is:bookmarked"); !slices.Equal(ids, []string{kremlin}) {
		t.Errorf("is:bookmarked after reindex = %v", ids)
	}
}

func TestSearchOutput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")

	hits := jsonLines[searchLine](t, mustRun(t, db, "search", "--json", "speaker:putin said:palestinians"))
	if len(hits) != 1 {
		t.Fatalf("hits: %+v", hits)
	}
	h := hits[0]
	if h.Score <= 0 || !strings.HasPrefix(h.Title, kremlinTitle) || len(h.Matches) == 0 {
		t.Errorf("hit %+v", h)
	}
	for _, q := range h.Matches {
		if q.Speaker == nil || *q.Speaker != "Vladimir Putin" || !strings.Contains(strings.ToLower(q.Text), "palestinian") {
			t.Errorf("matching quote %+v", q)
		}
	}
	if len(h.Snippet.Marks) == 0 {
		t.Fatalf("snippet %+v has no marks", h.Snippet)
	}
	for _, m := range h.Snippet.Marks {
		if w := strings.ToLower(h.Snippet.Text[m[0]:m[1]]); !strings.HasPrefix(w, "palestinian") {
			t.Errorf("mark %v covers %q", m, w)
		}
	}

	// The text form: one line per article, its snippet below with the
	// matches in brackets.
	out := mustRun(t, db, "search", "middle east")
	if !strings.Contains(out, "[Middle] [East]") || !strings.Contains(out, string(h.ID)) {
		t.Errorf("text output:\n%s", out)
	}

	// --quotes lists quotes, with --limit counting quotes.
	quotes := jsonLines[searchQuoteLine](t, mustRun(t, db, "search", "--quotes", "--json", "--limit", "2", "speaker:peskov"))
	if len(quotes) != 2 {
		t.Fatalf("--quotes --limit 2: %d quotes", len(quotes))
	}
	for _, q := range quotes {
		if q.Speaker == nil || *q.Speaker != "Dmitry Peskov" || q.Article != h.ID {
			t.Errorf("quote %+v", q)
		}
	}
	out = mustRun(t, db, "search", "--quotes", "speaker:peskov", "said:conflict")
	if !strings.Contains(out, "Dmitry Peskov: \u201c") || strings.Contains(out, "Vladimir Putin:") {
		t.Errorf("--quotes text:\n%s", out)
	}
}

func TestSearchBadQueries(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"speaker: peskov"}, "speaker: needs a name at column 9"},
		{[]string{`said:"no ceasefire`}, `unclosed " at column 6`},
		{[]string{"by:peskov"}, "unknown operator by: (try speaker:, said:"},
		{[]string{"after:2026-13-01"}, `after: wants a date as YYYY-MM-DD, not "2026-13-01" at column 7`},
		{[]string{"is:starred"}, `is: wants unread, read or bookmarked, not "starred" at column 4`},
		{[]string{"putin", "-"}, `- needs a word`},
		{[]string{"the"}, `"the" is too common a word to search for`},
		{[]string{"  "}, "empty query"},
	}
	for _, tt := range tests {
		out, errOut, code := soundbite(t, db, append([]string{"search"}, tt.args...)...)
		if code != 1 || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("search %q: exit %d, stdout %q, stderr %q; want exit 1 and %q", tt.args, code, out, errOut, tt.want)
		}
	}
	// The message points at the fault.
	_, errOut, _ := soundbite(t, db, "search", "putin speaker:")
	if !strings.Contains(errOut, "  putin speaker:\n                ^") {
		t.Errorf("no pointer under the fault:\n%s", errOut)
	}
}

// courierFeed is a fictional RSS feed of two dated items.
const courierFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Port Avel Courier</title>
<link>http://example.invalid/</link>
<description>News from Port Avel</description>
<item>
<title>Port Avel repairs finished</title>
<link>http://example.invalid/harbour</link>
<guid>harbour-1</guid>
<pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate>
<category>Local</category>
<content:encoded><![CDATA[<p>The harbour at Port Avel reopened on Monday after a week of repairs.</p>
<p>"We worked through every night to get the boats back in the water," harbour master Ilse Varga told reporters.</p>]]></content:encoded>
</item>
<item>
<title>Council approves new ferry timetable</title>
<link>http://example.invalid/ferry</link>
<guid>ferry-2</guid>
<pubDate>Sun, 15 Nov 2026 18:30:00 GMT</pubDate>
<category>Transport</category>
<content:encoded><![CDATA[<p>Port Avel council approved a winter ferry timetable on Sunday.</p>
<p>"Families on the islands deserve a ferry they can rely on," said councillor Tomas Brenn.</p>]]></content:encoded>
</item>
</channel>
</rss>`

// TestSearchFollowsFeedsAndDates covers feed:, after: and before:, and
// an updated article: its old document leaves the index.
func TestSearchFollowsFeedsAndDates(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, courierFeed)
	}))
	defer srv.Close()
	url := srv.URL + "/feed.xml"

	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	mustRun(t, db, "feed", "add", url)
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	harbour, ferry := titled(t, items, "Port Avel repairs"), titled(t, items, "Council approves")

	// A file with a known date, for after: and before:.
	dir := t.TempDir()
	file := filepath.Join(dir, "quay.txt")
	writeFile(t, file, "Local,The old quay at Sellin in the rain\n\nSellin's old quay will be rebuilt in stone, the town council said on Tuesday.\n")
	day := time.Date(2026, 11, 18, 12, 0, 0, 0, time.Local)
	if err := os.Chtimes(file, day, day); err != nil {
		t.Fatal(err)
	}
	mustRun(t, db, "import", file)
	quay := titled(t, jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")), "The old quay at Sellin")

	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"feed:" + url, []string{harbour, ferry}},
		{`feed:"port avel courier"`, []string{harbour, ferry}},
		{"feed:courier ferry", []string{ferry}},
		{"harbour after:2026-11-20 before:2026-11-24", []string{harbour}},
		{"after:2026-11-14 before:2026-11-20", []string{ferry, quay}},
		{"quay before:2026-11-19", []string{quay}},
		{"quay after:2026-11-19", nil},
		{"speaker:varga said:boats", []string{harbour}},
	} {
		ids := searchIDs(t, db, tt.query)
		slices.Sort(ids)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(ids, want) {
			t.Errorf("%q = %v, want %v", tt.query, ids, want)
		}
	}

	// The file comes back with a later date: the same article, updated,
	// so its old document leaves the index and the new one answers.
	later := time.Date(2026, 11, 28, 12, 0, 0, 0, time.Local)
	if err := os.Chtimes(file, later, later); err != nil {
		t.Fatal(err)
	}
	if out := mustRun(t, db, "import", file); !strings.HasPrefix(out, "0 new, 1 updated") {
		t.Fatalf("re-import: %q", out)
	}
	if ids := searchIDs(t, db, "quay before:2026-11-19"); len(ids) != 0 {
		t.Errorf("the old date still answers: %v", ids)
	}
	if ids := searchIDs(t, db, "quay after:2026-11-27"); !slices.Equal(ids, []string{quay}) {
		t.Errorf("quay after:2026-11-27 = %v, want [%s]", ids, quay)
	}
	if ids := searchIDs(t, db, "quay"); !slices.Equal(ids, []string{quay}) {
		t.Errorf("quay = %v, want it once", ids)
	}
}
