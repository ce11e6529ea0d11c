//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOSkipped names a real FIFO (with no writer) to import and extract,
// directly and inside a walked directory: both finish, skip it with a
// message naming it, exit 1 for the failure, and still import the file
// beside it.
func TestFIFOSkipped(t *testing.T) {
	dir := t.TempDir()
	files := filepath.Join(dir, "files")
	if err := os.Mkdir(files, 0o755); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(files, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	good := filepath.Join(files, "good.txt")
	if err := os.WriteFile(good, []byte("Harbour reopens in Velmont\n\n\"We are open again,\" said Ilse Varga, the harbour master.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "soundbite.db")
	for _, args := range [][]string{
		{"import", fifo, good},
		{"import", files},
		{"extract", fifo, good},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		cmd := exec.CommandContext(ctx, binary, append([]string{"--db", db}, args...)...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		hung := ctx.Err() != nil
		cancel()
		if hung {
			t.Fatalf("soundbite %v hung on a FIFO", args)
		}
		code := 0
		if exit, ok := err.(*exec.ExitError); ok {
			code = exit.ExitCode()
		}
		if code != 1 || !strings.Contains(errOut.String(), "pipe.txt: not a regular file: a named pipe") {
			t.Errorf("soundbite %v: exit %d, stderr %q; want exit 1 and the FIFO skipped by name", args, code, errOut.String())
		}
		if !strings.Contains(out.String(), "good.txt") && !strings.Contains(out.String(), "failed") {
			t.Errorf("soundbite %v: the regular file beside the FIFO was not handled: %q", args, out.String())
		}
	}
	if items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json")); len(items) != 1 {
		t.Errorf("the store holds %d articles, want the one regular file", len(items))
	}
}
