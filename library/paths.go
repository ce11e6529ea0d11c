package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Location is where the store is, and whether the person chose that
// place (with --db or $SOUNDBITE_DB) rather than taking the default.
type Location struct {
	Path   string
	Chosen bool
}

// DefaultPathHelp is the default store path as help texts show it.
const DefaultPathHelp = "$XDG_DATA_HOME/soundbite/soundbite.db"

// Locate resolves the store's path: given (--db) when not empty, then
// $SOUNDBITE_DB, then $XDG_DATA_HOME/soundbite/soundbite.db, else
// ~/.local/share/soundbite/soundbite.db.
func Locate(given string) (Location, error) {
	if given != "" {
		return Location{Path: given, Chosen: true}, nil
	}
	if p := os.Getenv("SOUNDBITE_DB"); p != "" {
		return Location{Path: p, Chosen: true}, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return Location{Path: filepath.Join(d, "soundbite", "soundbite.db")}, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return Location{}, fmt.Errorf("finding the data directory: %w (set --db or SOUNDBITE_DB)", err)
	}
	return Location{Path: filepath.Join(home, ".local", "share", "soundbite", "soundbite.db")}, nil
}

// OpenAt opens the store at loc, as Open does. Only the default data
// directory is ever created: a place the person chose must be in a folder
// that exists, so a mistyped --db fails instead of leaving folders
// behind. A reader (opts.ReadOnly) never creates the store.
func OpenAt(loc Location, opts Options) (*Library, error) {
	if loc.Chosen {
		dir := filepath.Dir(loc.Path)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, fmt.Errorf("no folder %s for the store %s: soundbite creates only its default data folder (create it, or check the path)", dir, loc.Path)
		}
	}
	if _, err := os.Stat(loc.Path); opts.ReadOnly && errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no store at %s yet: import articles or subscribe to a feed first", loc.Path)
	}
	return Open(loc.Path, opts)
}
