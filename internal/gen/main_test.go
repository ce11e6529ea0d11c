package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"soundbite/internal/corpus"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	const n = 2100
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-n", strconv.Itoa(n), "-out", dir, "-seed", "3"}, &stdout, &stderr, false); code != exitOK {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr without a terminal: %q", stderr.String())
	}
	if !strings.Contains(stdout.String(), "wrote 2100 articles") {
		t.Errorf("summary %q does not give the count", stdout.String())
	}

	dirs, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range dirs {
		names = append(names, d.Name())
	}
	if got := strings.Join(names, " "); got != "000 001 002" {
		t.Errorf("directories %q, want 000 001 002", got)
	}
	files := 0
	for _, d := range names {
		es, err := os.ReadDir(filepath.Join(dir, d))
		if err != nil {
			t.Fatal(err)
		}
		files += len(es)
	}
	if files != n {
		t.Errorf("%d files, want %d", files, n)
	}

	for _, i := range []int{1, 2, 999, 1000, 1001, n} {
		name, want := corpus.Article(3, i)
		path := filepath.Join(dir, filepath.FromSlash(name))
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from corpus.Article(3, %d)", name, i)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if date := corpus.Date(3, i); !fi.ModTime().Equal(date) {
			t.Errorf("%s modified %v, want %v", name, fi.ModTime(), date)
		}
	}
}

// TestRunPrefix checks on disk what the corpus package promises: a small
// corpus is the start of a larger one, whatever the number of workers.
func TestRunPrefix(t *testing.T) {
	small, large := t.TempDir(), t.TempDir()
	var out bytes.Buffer
	if code := run([]string{"-n", "70", "-out", small, "-workers", "1"}, &out, &out, false); code != exitOK {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	if code := run([]string{"-n", "300", "-out", large, "-workers", "3"}, &out, &out, false); code != exitOK {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	for i := 1; i <= 70; i++ {
		name := filepath.FromSlash(corpus.Name(i))
		a, err := os.ReadFile(filepath.Join(small, name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(large, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatalf("%s differs between -n 70 and -n 300", name)
		}
	}
}

func TestRunBadFlags(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no n", []string{"-out", dir}, "-n must be between 1 and"},
		{"zero n", []string{"-n", "0", "-out", dir}, "-n must be between 1 and"},
		{"huge n", []string{"-n", "1000000", "-out", dir}, "-n must be between 1 and"},
		{"n not a number", []string{"-n", "many", "-out", dir}, "invalid value"},
		{"no out", []string{"-n", "5"}, "-out is required"},
		{"stray argument", []string{"-n", "5", "-out", dir, "extra"}, `unexpected argument "extra"`},
		{"no workers", []string{"-n", "5", "-out", dir, "-workers", "0"}, "-workers must be at least 1"},
		{"unknown flag", []string{"-count", "5"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr, false); code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr %q does not say %q", stderr.String(), tt.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q, want nothing", stdout.String())
			}
		})
	}
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-h"}, &stdout, &stderr, false); code != exitOK {
		t.Errorf("exit %d, want %d", code, exitOK)
	}
	if !strings.Contains(stderr.String(), "Usage: gen -n N -out DIR") {
		t.Errorf("help %q", stderr.String())
	}
}

func TestRunUnwritable(t *testing.T) {
	// A file where the corpus directory should be.
	path := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-n", "5", "-out", path}, &stdout, &stderr, false); code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	if !strings.Contains(stderr.String(), "creating corpus directory") {
		t.Errorf("stderr %q", stderr.String())
	}
}

func TestProgress(t *testing.T) {
	if testing.Short() {
		t.Skip("writes enough articles to see progress")
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-n", "3000", "-out", t.TempDir()}, &stdout, &stderr, true); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	// Progress lines end in a cleared line, so the terminal is tidy.
	if s := stderr.String(); !strings.HasSuffix(s, "\r\033[K") {
		t.Errorf("stderr %q does not end by clearing the progress line", s)
	}
}

func BenchmarkGenerate(b *testing.B) {
	const n = 1000
	dir := b.TempDir()
	for b.Loop() {
		if _, err := generate(config{n: n, out: dir, seed: 1, workers: 2}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
