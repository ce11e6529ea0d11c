package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"soundbite/store"
)

// TestStorePathCreation checks what the store path may create: a --db in a
// folder that does not exist is refused, by reading and writing commands
// alike, and nothing is made; a reading command never creates a store; the
// default data directory is created by a command that writes.
func TestStorePathCreation(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "mistyped", "deeper", "soundbite.db")
	for _, args := range [][]string{{"list"}, {"import", "sample"}, {"feed", "add", "--no-fetch", "http://127.0.0.1:1/feed.xml"}} {
		_, errOut, code := soundbite(t, typo, args...)
		if code != 1 || !strings.Contains(errOut, "no folder") {
			t.Errorf("soundbite --db %s %v: exit %d, stderr %q; want a refusal", typo, args, code, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "mistyped")); !os.IsNotExist(err) {
		t.Errorf("a mistyped --db made folders: %v", err)
	}

	missing := filepath.Join(dir, "none.db")
	for _, args := range [][]string{{"list"}, {"show", "abcd"}, {"speakers"}, {"search", "harbour"}, {"feed", "list"}, {"export-opml"}} {
		_, errOut, code := soundbite(t, missing, args...)
		if code != 1 || !strings.Contains(errOut, "no store at") {
			t.Errorf("soundbite %v on no store: exit %d, stderr %q", args, code, errOut)
		}
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("a reading command made a store: %v", err)
	}

	// The default data directory is created, by a command that writes.
	xdg := filepath.Join(dir, "xdg")
	cmd := exec.Command(binary, "import", filepath.Join("sample", "01-budget-vote.txt"))
	cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+xdg, "SOUNDBITE_DB=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("import to the default store: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(xdg, "soundbite", "soundbite.db")); err != nil {
		t.Errorf("the default store was not made: %v", err)
	}
}

// TestReadOnlyStore: beside a process that holds the store read-only and
// does not serve it (another tool, an older soundbite), commands that only
// read open it read-only too, and those that write are turned away.
func TestReadOnlyStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	ids := jsonLines[articleLine](t, mustRun(t, db, "list", "--json"))

	held, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"show", string(ids[0].ID)}, {"speakers"}, {"quotes", "Peskov"}, {"search", "harbour"}, {"feed", "list"}, {"export-opml"}} {
		if _, errOut, code := soundbite(t, db, args...); code != 0 {
			t.Errorf("soundbite %v beside another reader: exit %d: %s", args, code, errOut)
		}
	}
	if _, errOut, code := soundbite(t, db, "read", string(ids[0].ID)); code != 1 || !strings.Contains(errOut, "in use") {
		t.Errorf("a writing command beside a reader: exit %d, stderr %q; want turned away", code, errOut)
	}
	if err := held.Close(); err != nil {
		t.Fatal(err)
	}

	if os.Geteuid() == 0 {
		t.Log("running as root, who may write any file: the read-only file check is skipped")
		return
	}
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(db)
	if out := mustRun(t, db, "list"); !strings.Contains(out, string(ids[0].ID)) {
		t.Errorf("list of a read-only file: %q", out)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("listing changed the file")
	}
}
