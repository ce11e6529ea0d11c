package main

import (
	"soundbite/library"

	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"soundbite/model"
)

// TestImportInterrupted stops an import of 15,000 files with SIGINT once
// its first batch is stored: it exits 130, says how many articles it
// stored, and every article its batch lines reported is in the store, which
// holds nothing else. Then a reindex --all stopped by SIGTERM exits 143 and
// says how far it got.
func TestImportInterrupted(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	n := 15000
	if testing.Short() {
		n = 3000
	}
	dir := t.TempDir()
	files := filepath.Join(dir, "files")
	writeCorpus(t, files, 16, n)
	db := filepath.Join(dir, "soundbite.db")

	r := startImport(t, db, library.DefaultBatch, files)
	var res importResult
	var signalled time.Time
	for l := range r.lines {
		res.add(l)
		if signalled.IsZero() {
			signalled = time.Now()
			if err := r.cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatal(err)
			}
		}
	}
	for msg := range r.bad {
		t.Errorf("import: %s", msg)
	}
	err := r.cmd.Wait()
	t.Logf("the import exited %v after SIGINT", time.Since(signalled).Round(time.Millisecond))
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 {
		t.Fatalf("import after SIGINT: %v, want exit status 130\nstderr: %s", err, r.stderr)
	}
	if res.done != nil {
		t.Errorf("an interrupted import printed a done line: %+v", res.done)
	}
	committed := map[model.ID]bool{}
	for _, b := range res.batches {
		for _, id := range b.IDs {
			committed[id] = true
		}
	}
	m := regexp.MustCompile(`interrupted: (\d+) articles? stored`).FindStringSubmatch(r.stderr.String())
	if m == nil {
		t.Fatalf("the interrupted import did not say how far it got:\n%s", r.stderr)
	}
	if said, _ := strconv.Atoi(m[1]); said != len(committed) {
		t.Errorf("the import said %d articles were stored, its batch lines name %d", said, len(committed))
	}
	if len(committed) == 0 || len(committed) >= n {
		t.Errorf("%d of %d articles stored: the signal should have stopped the import part way", len(committed), n)
	}
	counts := checkStore(t, db, committed)
	if counts.Articles != len(committed) {
		t.Errorf("the store holds %d articles, the import reported %d", counts.Articles, len(committed))
	}
	t.Logf("%d of %d articles stored before SIGINT", len(committed), n)

	// reindex --all, stopped by SIGTERM part way through: over the whole
	// corpus, so that it is still working when the signal comes.
	mustRun(t, db, "import", files)
	cmd := exec.Command(binary, "--db", db, "reindex", "--all")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Signal only once the process has the store open: its handler is set
	// first thing in main, and before that Go's default action would end
	// it, which is not what is being tested.
	waitOpen(t, cmd.Process.Pid, db)
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	t.Logf("reindex exited %v after SIGTERM: %s", time.Since(start).Round(time.Millisecond), stderr.String())
	if !errors.As(err, &exit) || exit.ExitCode() != 143 {
		t.Fatalf("reindex after SIGTERM: %v, want exit status 143\nstderr: %s", err, &stderr)
	}
	if !regexp.MustCompile(`interrupted: \d+ of \d+ articles re-extracted`).MatchString(stderr.String()) {
		t.Errorf("the interrupted reindex did not say how far it got: %s", &stderr)
	}
	if counts := checkStore(t, db, committed); counts.Articles != n {
		t.Errorf("after the interrupted reindex the store holds %d articles, want %d", counts.Articles, n)
	}
}

// TestRefreshInterrupted stops a refresh waiting on a feed that does not
// answer: it exits 130 at once, says so, and keeps the feed as it was.
func TestRefreshInterrupted(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	asked := make(chan struct{}, 1)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case asked <- struct{}{}:
		default:
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "feed", "add", "--no-fetch", srv.URL+"/slow.xml")

	cmd := exec.Command(binary, "--db", db, "refresh")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-asked:
	case <-time.After(20 * time.Second):
		t.Fatal("the refresh never asked for the feed")
	}
	start := time.Now()
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	t.Logf("refresh exited %v after SIGINT", time.Since(start).Round(time.Millisecond))
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 || !bytes.Contains(stderr.Bytes(), []byte("interrupted: 0 new articles stored")) {
		t.Fatalf("refresh after SIGINT: %v, stderr %q; want exit 130 and how far it got", err, &stderr)
	}
	feeds := jsonLines[feedLine](t, mustRun(t, db, "feed", "list", "--json"))
	if len(feeds) != 1 || feeds[0].LastFetch != nil || feeds[0].LastError != "" {
		t.Errorf("the interrupted feed's record changed: %+v", feeds)
	}
}

// TestIgnoredSignalStaysIgnored: an import started with SIGHUP ignored, as
// nohup starts it, runs on through a SIGHUP to its end.
func TestIgnoredSignalStaysIgnored(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGHUP on Windows")
	}
	dir := t.TempDir()
	files := filepath.Join(dir, "files")
	const n = 1500
	writeCorpus(t, files, 17, n)
	db := filepath.Join(dir, "soundbite.db")
	cmd := exec.Command("sh", "-c", `trap '' HUP; exec "$0" --db "$1" import --json --batch-size 50 "$2"`, binary, db, files)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var last string
	for sc.Scan() {
		if last == "" {
			if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
				t.Fatal(err)
			}
		}
		last = sc.Text()
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the import stopped on an ignored SIGHUP: %v\nstderr: %s", err, &stderr)
	}
	if !strings.Contains(last, `"event":"done"`) || !strings.Contains(last, `"new":1500`) {
		t.Errorf("the import did not run to its end: last line %q", last)
	}
}

// waitOpen waits until process pid holds the file at path open. Go's
// runtime catches every signal from its first instruction (SigCgt says
// nothing about main's handler), so an open store is the sign that main
// has run far enough; where /proc is missing it waits a second.
func waitOpen(t *testing.T, pid int, path string) {
	t.Helper()
	fds := fmt.Sprintf("/proc/%d/fd", pid)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		entries, err := os.ReadDir(fds)
		if err != nil {
			time.Sleep(time.Second)
			return
		}
		for _, e := range entries {
			if target, err := os.Readlink(filepath.Join(fds, e.Name())); err == nil && target == path {
				return
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("process %d never opened %s", pid, path)
}
