//go:build unix

package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// TestFIFO checks that a named pipe with no writer, named or met in a walk
// or behind a link, is refused with ErrNotRegular at once instead of
// blocking the read forever.
func TestFIFO(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": goodSample})
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := os.Symlink("pipe.txt", filepath.Join(dir, "to-pipe.txt")); err != nil {
		t.Fatal(err)
	}

	done := make(chan struct{})
	var got []visit
	var readErr error
	go func() {
		defer close(done)
		_, readErr = ReadFile(fifo)
		got = collect(t, dir, dir)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		// Unblock the reader so the test can end, then fail.
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		t.Fatal("reading a named pipe blocked")
	}
	if !errors.Is(readErr, ErrNotRegular) {
		t.Errorf("ReadFile of a named pipe: %v, want ErrNotRegular", readErr)
	}
	want := []visit{{"a.txt", nil}, {"pipe.txt", ErrNotRegular}, {"to-pipe.txt", ErrNotRegular}}
	if !slices.Equal(got, want) {
		t.Errorf("Walk visited\n%v\nwant\n%v", got, want)
	}
}
