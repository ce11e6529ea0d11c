package store

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// A store is created under a temporary name beside it (create), which a
// kill at the wrong moment leaves behind. The name carries the creating
// process's ID, so the next write Open removes the ones whose creator is
// gone, and, of the ones it cannot tell, those older than staleAfter:
// creating a store takes milliseconds, and a file another process is
// creating right now is never touched.
const staleAfter = 10 * time.Minute

// tempPattern is create's os.CreateTemp pattern for path.
func tempPattern(path string) string {
	return "." + filepath.Base(path) + ".new-" + strconv.Itoa(os.Getpid()) + "-*"
}

// removeStaleTemps removes leftovers of create for path. Failures are
// ignored: a leftover costs disk space, never data.
func removeStaleTemps(path string) {
	prefix := "." + filepath.Base(path) + ".new-"
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !e.Type().IsRegular() {
			continue
		}
		if stale(strings.TrimPrefix(name, prefix), e) {
			_ = os.Remove(filepath.Join(dir, name))
		}
	}
}

// stale decides on one leftover, from the part of its name after ".new-"
// ("<pid>-<random>", or "<random>" from before names carried the pid).
func stale(rest string, e os.DirEntry) bool {
	info, err := e.Info()
	if err != nil {
		return false
	}
	old := time.Since(info.ModTime()) > staleAfter
	pidText, _, found := strings.Cut(rest, "-")
	pid, err := strconv.Atoi(pidText)
	if !found || err != nil || pid <= 0 {
		return old
	}
	if pid == os.Getpid() {
		return false // this process: a create running in another goroutine
	}
	return old || !processAlive(pid)
}
