package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// binary is the soundbite binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "soundbite-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "soundbite")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building soundbite: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// soundbite runs the binary against db and returns stdout, stderr and the
// exit status.
func soundbite(t *testing.T, db string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"--db", db}, args...)...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running soundbite %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	out, errOut, code := soundbite(t, db, args...)
	if code != 0 {
		t.Fatalf("soundbite %v: exit %d\nstderr: %s", args, code, errOut)
	}
	return out
}

func jsonLines[T any](t *testing.T, out string) []T {
	t.Helper()
	var items []T
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
		}
		items = append(items, v)
	}
	return items
}

func TestImportListBookmark(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	out := mustRun(t, db, "import", "sample")
	if !strings.Contains(out, " new, 0 updated, 0 unchanged, 0 failed") || strings.HasPrefix(out, "0 new") {
		t.Fatalf("first import: %q", out)
	}
	out = mustRun(t, db, "import", "sample")
	if !strings.HasPrefix(out, "0 new, 0 updated, ") || !strings.Contains(out, "0 failed") {
		t.Fatalf("re-import should change nothing: %q", out)
	}

	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	samples, _ := filepath.Glob("sample/*.txt")
	if len(items) != len(samples) {
		t.Fatalf("list --json: %d articles, want %d", len(items), len(samples))
	}
	for _, it := range items {
		if it.Read || it.Bookmarked || it.Title == "" || len(it.ID) != 16 {
			t.Errorf("unexpected fresh article %+v", it)
		}
	}

	target := items[2]
	mustRun(t, db, "bookmark", string(target.ID[:8]))
	marked := jsonLines[articleLine](t, mustRun(t, db, "list", "--bookmarked", "--json"))
	if len(marked) != 1 || marked[0].ID != target.ID || !marked[0].Bookmarked {
		t.Fatalf("list --bookmarked = %+v, want only %s", marked, target.ID)
	}

	mustRun(t, db, "read", string(target.ID))
	unread := jsonLines[articleLine](t, mustRun(t, db, "list", "--unread", "--json", "--limit", "0"))
	if len(unread) != len(items)-1 {
		t.Fatalf("list --unread: %d, want %d", len(unread), len(items)-1)
	}

	shown := jsonLines[articleJSON](t, mustRun(t, db, "show", "--json", string(target.ID)))
	if len(shown) != 1 || !shown[0].Read || !shown[0].Bookmarked || len(shown[0].Body) == 0 {
		t.Fatalf("show --json = %+v", shown)
	}
}

func TestSpeakersAndSpeakerFilter(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	speakers := jsonLines[speakerLine](t, mustRun(t, db, "speakers", "--json"))
	if len(speakers) == 0 {
		t.Fatal("no speakers in the bundled corpus")
	}
	var putin *speakerLine
	for i := range speakers {
		if speakers[i].Name == "Vladimir Putin" {
			putin = &speakers[i]
		}
	}
	if putin == nil || putin.Kind != "person" {
		t.Fatalf("Vladimir Putin missing from speakers: %+v", speakers)
	}
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--speaker", "putin", "--json"))
	if len(items) != putin.Articles || len(items) == 0 {
		t.Fatalf("list --speaker putin: %d articles, want %d", len(items), putin.Articles)
	}
	for _, it := range items {
		if !contains(it.Speakers, "Vladimir Putin") {
			t.Errorf("%s does not quote Putin: %v", it.ID, it.Speakers)
		}
	}
	quotes := jsonLines[quoteLine](t, mustRun(t, db, "quotes", "Peskov", "--json"))
	if len(quotes) == 0 || quotes[0].Speaker == nil || *quotes[0].Speaker != "Dmitry Peskov" {
		t.Fatalf("quotes Peskov = %+v", quotes)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestImportBadFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	files := filepath.Join(dir, "in")
	if err := os.MkdirAll(files, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(files, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Science,A harbour at dawn,\nShare If You Like The Article\n\nThe harbour reopened on Monday, officials in Port Avel said.\n\nShare If You Like The Article"))
	write("empty.txt", nil)
	write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0})
	write("latin1.txt", []byte("Headline\n\nCaf\xe9 au lait \xe0 la gare.\n"))
	out, errOut, code := soundbite(t, db, "import", files, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Fatalf("exit %d, want 1 (some files failed)\nstdout %s\nstderr %s", code, out, errOut)
	}
	if !strings.HasPrefix(out, "1 new, ") || !strings.Contains(out, "4 failed") {
		t.Fatalf("summary %q, want 1 new and 4 failed", out)
	}
	for _, name := range []string{"empty.txt", "binary.txt", "latin1.txt", "missing.txt"} {
		if !strings.Contains(errOut, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errOut)
		}
	}
	if items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json")); len(items) != 1 {
		t.Fatalf("stored %d articles, want the one good file", len(items))
	}
}

func TestExtractJSONOffsets(t *testing.T) {
	seeds, _ := filepath.Glob("sample/00-*.txt")
	if len(seeds) == 0 {
		t.Skip("no seed article in sample/")
	}
	data, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, filepath.Join(t.TempDir(), "unused.db"), "extract", "--json", seeds[0])
	lines := jsonLines[extractLine](t, out)
	if len(lines) != 1 || lines[0].File != filepath.Base(seeds[0]) || len(lines[0].Quotes) == 0 {
		t.Fatalf("extract --json = %s", out)
	}
	for _, q := range lines[0].Quotes {
		if q.Start < 0 || q.End > len(data) || q.Start > q.End || string(data[q.Start:q.End]) != q.Text {
			t.Errorf("quote %q: file[%d:%d] does not hold its text", q.Text, q.Start, q.End)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	if out := mustRun(t, db, "--version"); !strings.Contains(out, version) {
		t.Errorf("--version = %q", out)
	}
	for _, cmd := range []string{"import", "list", "show", "bookmark", "speakers", "extract", "reindex"} {
		if out := mustRun(t, db, cmd, "--help"); !strings.Contains(out, "Usage:") {
			t.Errorf("%s --help has no usage:\n%s", cmd, out)
		}
	}
	mustRun(t, db, "import", filepath.Join("sample", "00-kremlin-middle-east.txt"))
	if _, errOut, code := soundbite(t, db, "show", "ffff"); code == 0 || !strings.Contains(errOut, "ffff") {
		t.Errorf("show of a missing article: exit %d, stderr %q", code, errOut)
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
