package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const goodSample = "Science,The Orrin telescope at dusk,\nShare If You Like The Article\n\n" +
	"The telescope opened on Monday.\n\nShare If You Like The Article"

// writeFiles creates files under dir; a nil content makes a directory.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sparseFile makes a file of size bytes without writing them.
func sparseFile(t *testing.T, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	writeFiles(t, dir, map[string]string{"a.txt": goodSample})
	mtime := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	d, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Article.Published.Equal(mtime) || d.Article.Source != path || d.Article.Category != "Science" {
		t.Errorf("Published %v, Source %q, Category %q", d.Article.Published, d.Article.Source, d.Article.Category)
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"empty.txt": "", "sub/x.txt": goodSample})
	sparseFile(t, filepath.Join(dir, "big.txt"), MaxFileSize+1)

	tests := []struct {
		name string
		path string
		want []error
		skip string
	}{
		{"empty", filepath.Join(dir, "empty.txt"), []error{ErrEmpty}, ""},
		{"too large by size", filepath.Join(dir, "big.txt"), []error{ErrTooLarge}, ""},
		{"missing", filepath.Join(dir, "nope.txt"), []error{ErrUnreadable, fs.ErrNotExist}, ""},
		{"directory", filepath.Join(dir, "sub"), []error{ErrUnreadable}, ""},
		// A device is never read: it could stream without end.
		{"device", "/dev/zero", []error{ErrNotRegular}, "no /dev/zero here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" {
				if _, err := os.Stat(tt.path); err != nil {
					t.Skip(tt.skip)
				}
			}
			_, err := ReadFile(tt.path)
			for _, want := range tt.want {
				if !errors.Is(err, want) {
					t.Errorf("err = %v, want %v", err, want)
				}
			}
			if err != nil && !strings.HasPrefix(err.Error(), tt.path+": ") {
				t.Errorf("error %q does not start with the path", err)
			}
			if err != nil && strings.Count(err.Error(), tt.path) != 1 {
				t.Errorf("error %q repeats the path", err)
			}
		})
	}
}

func TestReadFilePermission(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.txt")
	if err := os.WriteFile(path, []byte(goodSample), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	if err == nil {
		t.Skip("the file was readable despite mode 000 (running as root?)")
	}
	if !errors.Is(err, ErrUnreadable) || !errors.Is(err, fs.ErrPermission) {
		t.Errorf("err = %v, want ErrUnreadable and fs.ErrPermission", err)
	}
}

type visit struct {
	path string
	err  error // the sentinel, or nil
}

// collect walks paths and records, relative to dir, each visit and which
// sentinel its error matched.
func collect(t *testing.T, dir string, paths ...string) []visit {
	t.Helper()
	var got []visit
	err := Walk(paths, func(path string, d Doc, err error) error {
		rel, _ := filepath.Rel(dir, path)
		v := visit{path: filepath.ToSlash(rel)}
		for _, s := range []error{ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrTooLarge, ErrUnreadable, ErrNotRegular} {
			if errors.Is(err, s) {
				v.err = s
			}
		}
		switch {
		case err != nil && v.err == nil:
			t.Errorf("%s: error %v matches no sentinel", path, err)
		case err == nil && (len(d.Article.Body) == 0 || d.Article.Source != path):
			t.Errorf("%s: no error but doc %+v", path, d.Article)
		}
		got = append(got, v)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return got
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":            goodSample,
		"b.md":             "# A title\n\nBody.",
		"c":                "Headline\n\nBody.",
		"d.txt":            "  \n\n",
		"e.txt":            "PNG\x00\x00\x01",
		"f.TXT":            "Caf\xe9\n\nThe caf\xe9 opened in the old square on Monday morning.",
		"h.json":           `{"not": "an article"}`,
		".hidden.txt":      goodSample,
		".git/config":      goodSample,
		"sub/i.txt":        goodSample,
		"sub/j.markdown":   "Title\n=====\n\nBody.",
		"sub/deeper/k.txt": goodSample,
	})
	sparseFile(t, filepath.Join(dir, "g.txt"), MaxFileSize+1)
	symlinks := true
	for link, target := range map[string]string{"link.txt": "a.txt", "dirlink": "sub", "dangling.txt": "nope"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			symlinks = false
		}
	}

	want := []visit{
		{"a.txt", nil},
		{"b.md", nil},
		{"c", nil},
		{"d.txt", ErrEmpty},
		{"e.txt", ErrBinary},
		{"f.TXT", ErrInvalidUTF8},
		{"g.txt", ErrTooLarge},
		{"link.txt", nil},
		{"sub/deeper/k.txt", nil},
		{"sub/i.txt", nil},
		{"sub/j.markdown", nil},
	}
	if !symlinks {
		want = slices.DeleteFunc(want, func(v visit) bool { return v.path == "link.txt" })
	}
	if got := collect(t, dir, dir); !slices.Equal(got, want) {
		t.Errorf("Walk visited\n%v\nwant\n%v", got, want)
	}

	// Named paths are read whatever their names, in the order given; a
	// missing one is reported and the walk goes on.
	got := collect(t, dir, filepath.Join(dir, "h.json"), filepath.Join(dir, "missing"), filepath.Join(dir, ".hidden.txt"), filepath.Join(dir, "sub", "deeper"))
	want = []visit{{"h.json", nil}, {"missing", ErrUnreadable}, {".hidden.txt", nil}, {"sub/deeper/k.txt", nil}}
	if !slices.Equal(got, want) {
		t.Errorf("Walk of named paths visited\n%v\nwant\n%v", got, want)
	}
}

func TestWalkUnreadableDir(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": goodSample, "locked/b.txt": goodSample, "z.txt": goodSample})
	locked := filepath.Join(dir, "locked")
	if err := os.Chmod(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	if _, err := os.ReadDir(locked); err == nil {
		t.Skip("the directory was readable despite mode 000 (running as root?)")
	}
	want := []visit{{"a.txt", nil}, {"locked", ErrUnreadable}, {"z.txt", nil}}
	if got := collect(t, dir, dir); !slices.Equal(got, want) {
		t.Errorf("Walk visited %v, want %v", got, want)
	}
}

func TestWalkStop(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": goodSample, "b.txt": goodSample, "sub/c.txt": goodSample, "sub/d.txt": goodSample, "z.txt": goodSample})
	errStop := errors.New("stop")
	tests := []struct {
		name    string
		stopAt  string
		ret     error
		wantErr error
		visits  int
	}{
		{"SkipAll stops without error", "b.txt", filepath.SkipAll, nil, 2},
		{"other errors stop and return", "b.txt", errStop, errStop, 2},
		// a, b, sub/c (sub/d skipped), z, then the named a.txt.
		{"SkipDir skips the rest of the directory", "c.txt", filepath.SkipDir, nil, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			visits := 0
			err := Walk([]string{dir, filepath.Join(dir, "a.txt")}, func(path string, d Doc, err error) error {
				visits++
				if filepath.Base(path) == tt.stopAt {
					return tt.ret
				}
				return nil
			})
			if !errors.Is(err, tt.wantErr) || err != nil && tt.wantErr == nil {
				t.Errorf("Walk = %v, want %v", err, tt.wantErr)
			}
			if visits != tt.visits {
				t.Errorf("%d visits, want %d", visits, tt.visits)
			}
		})
	}
}
