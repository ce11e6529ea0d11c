package library

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLocate(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("SOUNDBITE_DB", "")
	t.Setenv("XDG_DATA_HOME", "relative/is/ignored")
	want := Location{Path: filepath.Join(home, ".local", "share", "soundbite", "soundbite.db")}
	if got, err := Locate(""); err != nil || got != want {
		t.Errorf("default: %+v, %v; want %+v", got, err, want)
	}
	t.Setenv("XDG_DATA_HOME", "/data")
	want = Location{Path: filepath.Join("/data", "soundbite", "soundbite.db")}
	if got, err := Locate(""); err != nil || got != want {
		t.Errorf("XDG_DATA_HOME: %+v, %v; want %+v", got, err, want)
	}
	t.Setenv("SOUNDBITE_DB", "/env.db")
	if got, err := Locate(""); err != nil || got != (Location{Path: "/env.db", Chosen: true}) {
		t.Errorf("SOUNDBITE_DB: %+v, %v", got, err)
	}
	if got, err := Locate("/flag.db"); err != nil || got != (Location{Path: "/flag.db", Chosen: true}) {
		t.Errorf("--db: %+v, %v", got, err)
	}
}

func TestOpenAtCreatesNoFolders(t *testing.T) {
	dir := t.TempDir()
	chosen := Location{Path: filepath.Join(dir, "missing", "s.db"), Chosen: true}
	if _, err := OpenAt(chosen, Options{}); err == nil || !strings.Contains(err.Error(), "no folder") {
		t.Errorf("a chosen path in a missing folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing")); !os.IsNotExist(err) {
		t.Errorf("the missing folder was created: %v", err)
	}
	fresh := Location{Path: filepath.Join(dir, "s.db"), Chosen: true}
	if _, err := OpenAt(fresh, Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "no store at") {
		t.Errorf("reading a store not created yet: %v", err)
	}
	if _, err := os.Stat(fresh.Path); !os.IsNotExist(err) {
		t.Errorf("a read created the store: %v", err)
	}
	lib, err := OpenAt(fresh, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
}
