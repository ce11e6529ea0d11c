package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"soundbite/report"
	"strings"
	"testing"
)

// hostileNames are file-name fragments that drive a terminal: an OSC 52
// clipboard write, an OSC 0 window title, CSI 2J (clear the screen), an
// 8-bit CSI, and bidi overrides and isolates. A file name may hold any of
// them (anything but / and NUL).
var hostileNames = []string{
	"osc52\x1b]52;c;ZXZpbA==\x07",
	"osc0\x1b]0;pwned\x07",
	"clear\x1b[2J",
	"c1\u009b2J\u009d0;x\u009c",
	"bidi\u202etxt.exe\u202c\u2066x\u2069",
}

// TestEscapesInMessages runs the commands that name files, paths, URLs,
// flags and commands in their messages on hostile names, and finds no
// escape or control in what they print; --json keeps the names exact but
// escaped.
func TestEscapesInMessages(t *testing.T) {
	dir := t.TempDir()
	articles := filepath.Join(dir, "articles")
	if err := os.Mkdir(articles, 0o755); err != nil {
		t.Fatal(err)
	}
	var empty, good []string
	for i, name := range hostileNames {
		p := filepath.Join(articles, name+".txt")
		if err := os.WriteFile(p, nil, 0o644); err != nil { // empty: refused, and named
			t.Fatal(err)
		}
		empty = append(empty, p)
		g := filepath.Join(dir, name+"-good.txt")
		body := "Harbour reopens in Velmont\n\n\"We are open again,\" said Ilse Varga, the harbour master.\n"
		if err := os.WriteFile(g, []byte(strings.Repeat(" ", i)+body), 0o644); err != nil {
			t.Fatal(err)
		}
		good = append(good, g)
	}
	notDB := filepath.Join(dir, hostileNames[0]+".db")
	if err := os.WriteFile(notDB, []byte("not a database, and longer than a bbolt header would be, to be sure it is read"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "soundbite.db")

	runs := [][]string{
		append([]string{"extract"}, empty...),
		{"extract", articles},
		{"import", articles},
		append([]string{"import"}, empty...),
		{"import", filepath.Join(dir, hostileNames[1]+"-missing")},
		{"import-opml", filepath.Join(dir, hostileNames[2]+".opml")},
		{"--db", notDB, "list"},
		{"--db", filepath.Join(dir, hostileNames[3], "x.db"), "list"},
		{"feed", "add", "--no-fetch", "http://" + hostileNames[0] + ".example/"},
		{"add", "http://127.0.0.1:1/" + hostileNames[1]},
		{"list", "--" + hostileNames[2]},
		{hostileNames[0]},
		{"feed", hostileNames[4]},
		{"show", hostileNames[3]},
		{"quotes", hostileNames[1]},
		{"search", "speaker:" + hostileNames[0] + ` "`},
		append([]string{"extract"}, good...),
	}
	for _, args := range runs {
		out, errOut, code := soundbite(t, db, args...)
		for stream, text := range map[string]string{"stdout": out, "stderr": errOut} {
			if i, what := findControl(text); i >= 0 {
				t.Errorf("soundbite %q: %s holds %s at byte %d: %q", args, stream, what, i, around(text, i))
			}
		}
		t.Logf("soundbite %q: exit %d\n%s", args, code, errOut)
	}

	// --json keeps names exact, escaped: no C1 or bidi control in the raw
	// bytes, and the decoded name is the file's.
	out, errOut, code := soundbite(t, db, append([]string{"extract", "--json"}, good...)...)
	if code != 0 {
		t.Fatalf("extract --json: exit %d: %s", code, errOut)
	}
	if i, what := findControl(out); i >= 0 {
		t.Errorf("extract --json: the raw report.Output holds %s: %q", what, around(out, i))
	}
	lines := jsonLines[extractLine](t, out)
	if len(lines) != len(good) {
		t.Fatalf("extract --json: %d lines, want %d", len(lines), len(good))
	}
	for i, l := range lines {
		if l.File != filepath.Base(good[i]) {
			t.Errorf("extract --json: file %q, want %q", l.File, filepath.Base(good[i]))
		}
	}
	for _, want := range []string{`\u009b`, `\u202e`, `\u2066`, `\u001b`} {
		if !strings.Contains(out, want) {
			t.Errorf("extract --json: no %s escape in %q", want, out)
		}
	}
}

// TestEscapeControls checks the JSON escaping on its own: every control a
// terminal acts on is escaped, the rest is left as encoding/json wrote it,
// and the result decodes to the input.
func TestEscapeControls(t *testing.T) {
	in := "a\u0085b\u009bc\u202ed\u2066e\u200ef\u061cg\x7fh é “ok” <b>"
	var buf strings.Builder
	jw := report.NewJSONWriter(&buf)
	if err := jw.Encode(map[string]string{"k": in}); err != nil {
		t.Fatal(err)
	}
	if err := jw.Flush(); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	want := `{"k":"a\u0085b\u009bc\u202ed\u2066e\u200ef\u061cg\u007fh é “ok” <b>"}` + "\n"
	if got != want {
		t.Errorf("encoded\n got %s\nwant %s", got, want)
	}
	var back map[string]string
	if err := json.Unmarshal([]byte(got), &back); err != nil || back["k"] != in {
		t.Errorf("decoded %q (%v), want %q", back["k"], err, in)
	}
}
