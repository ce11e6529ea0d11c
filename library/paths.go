package library

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// DefaultPath is where the store lives unless told otherwise:
// $SOUNDBITE_DB, else $XDG_DATA_HOME/soundbite/soundbite.db, else
// ~/.local/share/soundbite/soundbite.db.
func DefaultPath() (string, error) {
	if p := os.Getenv("SOUNDBITE_DB"); p != "" {
		return p, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "soundbite", "soundbite.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the data directory: %w (set --db or SOUNDBITE_DB)", err)
	}
	return filepath.Join(home, ".local", "share", "soundbite", "soundbite.db"), nil
}

// OpenSample opens the sample store beside the store at storePath and
// loads the bundled corpus, the *.txt files of fsys, into it.
func OpenSample(storePath string, fsys fs.FS) (*Library, error) {
	lib, err := Open(filepath.Join(filepath.Dir(storePath), SampleName), Options{})
	if err != nil {
		return nil, fmt.Errorf("opening the sample store: %w", err)
	}
	if _, err := LoadSample(lib, fsys, time.Now()); err != nil {
		lib.Close()
		return nil, err
	}
	return lib, nil
}
