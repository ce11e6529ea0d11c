package store

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// A store is created under a temporary name beside it (create), and so is
// a repaired one (Repair), which a kill at the wrong moment leaves behind.
// The names carry the creating process's ID, so the next write Open
// removes the ones whose creator is gone, and, of the ones it cannot
// tell, those older than staleAfter: creating a store takes milliseconds,
// and a file another process is creating right now is never touched.
const staleAfter = 10 * time.Minute

// tempPattern is create's os.CreateTemp pattern for path.
func tempPattern(path string) string {
	return "." + filepath.Base(path) + ".new-" + strconv.Itoa(os.Getpid()) + "-*"
}

// removeStaleTemps removes leftovers of create for path. Failures are
// ignored: a leftover costs disk space, never data.
func removeStaleTemps(path string) {
	newPrefix := "." + filepath.Base(path) + ".new-"
	repairPrefix := "." + filepath.Base(path) + ".repair-"
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() {
			continue
		}
		var pidText string
		switch {
		case strings.HasPrefix(name, newPrefix):
			// "<pid>-<random>", or "<random>" from before names
			// carried the pid.
			rest := strings.TrimPrefix(name, newPrefix)
			before, _, found := strings.Cut(rest, "-")
			if found {
				pidText = before
			}
		case strings.HasPrefix(name, repairPrefix):
			pidText = strings.TrimPrefix(name, repairPrefix) // "<pid>"
		default:
			continue
		}
		if stale(pidText, e) {
			_ = os.Remove(filepath.Join(dir, name))
		}
	}
}

// stale decides on one leftover, made by the process pidText names ("" when
// the name does not say).
func stale(pidText string, e os.DirEntry) bool {
	info, err := e.Info()
	if err != nil {
		return false
	}
	old := time.Since(info.ModTime()) > staleAfter
	pid, err := strconv.Atoi(pidText)
	if err != nil || pid <= 0 {
		return old
	}
	if pid == os.Getpid() {
		return false // this process: a create running in another goroutine
	}
	return old || !processAlive(pid)
}
