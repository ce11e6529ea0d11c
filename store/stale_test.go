package store

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// TestStaleTempsRemoved leaves what a kill during create leaves, and
// checks that the next write Open removes the leftovers whose creator is
// gone or that are old, and keeps any another process may be creating.
func TestStaleTempsRemoved(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("process IDs are not checked on Windows")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "soundbite.db")
	// A process that has exited, and one that is running.
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skip("cannot run true:", err)
	}
	alive := exec.Command("sleep", "60")
	if err := alive.Start(); err != nil {
		t.Skip("cannot run sleep:", err)
	}
	defer func() { _ = alive.Process.Kill(); _ = alive.Wait() }()

	old := time.Now().Add(-time.Hour)
	leftovers := []struct {
		name string
		old  bool
		kept bool
	}{
		{fmt.Sprintf(".soundbite.db.new-%d-111", gone.Process.Pid), false, false},
		{fmt.Sprintf(".soundbite.db.new-%d-222", alive.Process.Pid), false, true},
		{fmt.Sprintf(".soundbite.db.new-%d-333", alive.Process.Pid), true, false},
		{fmt.Sprintf(".soundbite.db.new-%d-444", os.Getpid()), true, true},
		{".soundbite.db.new-555", false, true}, // before names carried a pid
		{".soundbite.db.new-666", true, false},
		{".other.db.new-1-777", true, true}, // another store's
		{fmt.Sprintf(".soundbite.db.repair-%d", gone.Process.Pid), false, false},
		{fmt.Sprintf(".soundbite.db.repair-%d", alive.Process.Pid), false, true},
	}
	for _, l := range leftovers {
		p := filepath.Join(dir, l.name)
		writeFile(t, p, []byte("half a store"))
		if l.old {
			if err := os.Chtimes(p, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, l := range leftovers {
		_, err := os.Stat(filepath.Join(dir, l.name))
		if kept := err == nil; kept != l.kept {
			t.Errorf("%s: kept %v, want %v", l.name, kept, l.kept)
		}
	}
	// A read-only Open removes nothing.
	stale := filepath.Join(dir, fmt.Sprintf(".soundbite.db.new-%d-888", gone.Process.Pid))
	writeFile(t, stale, []byte("half a store"))
	ro, err := Open(path, Options{ReadOnly: true, Timeout: 50 * time.Millisecond})
	if err == nil {
		ro.Close()
	}
	if _, err := os.Stat(stale); err != nil {
		t.Errorf("a read-only open removed %s", filepath.Base(stale))
	}
}
