package mfsync

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"soundbite/model"
)

// State is what a store knows of its server as of the last sync: the base
// the next sync compares both sides with. It is kept in a file beside the
// store (StatePath), written as a sync goes, so a sync killed midway
// resumes about where it stopped.
type State struct {
	Version  int    `json:"version"`
	Server   string `json:"server"`
	UserID   int64  `json:"user_id"`
	Username string `json:"username"`
	// LastSync is when the last sync finished, on this machine's clock.
	LastSync time.Time `json:"last_sync"`
	// MaxEntry is the highest entry ID stored: the next sync asks for the
	// entries after it.
	MaxEntry int64 `json:"max_entry"`
	// Changed is the newest changed_at seen, on the server's clock: the
	// next sync asks for the entries changed since.
	Changed time.Time `json:"changed"`
	// Feeds maps the server's feed IDs to their URLs, as last synced.
	Feeds map[int64]string `json:"feeds"`
	// Entries maps the server's entry IDs to their state as last agreed.
	Entries map[int64]Base `json:"entries"`
	// Recent are a few of the newest entries with their hashes, to tell a
	// server whose data was reset from the one we synced with.
	Recent []Known `json:"recent"`
}

// Base is one entry's state as both sides last agreed.
type Base struct {
	Article model.ID `json:"a"`
	Read    bool     `json:"r,omitempty"`
	Starred bool     `json:"s,omitempty"`
}

// Known is an entry as the server first gave it: what identifies it
// across a reset that reuses its ID.
type Known struct {
	ID      int64     `json:"id"`
	Feed    int64     `json:"feed"`
	Hash    string    `json:"hash"`
	Created time.Time `json:"created"`
}

const (
	stateVersion = 1
	// maxState bounds what loadState reads: a million entries.
	maxState = 256 << 20
	// recentKept is how many entries the reset check asks the server for.
	recentKept = 8
)

// StatePath is where the sync state of the store at storePath lives.
func StatePath(storePath string) string { return storePath + ".miniflux.json" }

func newState() *State {
	return &State{Version: stateVersion, Feeds: map[int64]string{}, Entries: map[int64]Base{}}
}

// loadState reads the state file; a fresh State when there is none.
func loadState(path string) (*State, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return newState(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the sync state: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxState))
	if err != nil {
		return nil, fmt.Errorf("reading the sync state: %w", err)
	}
	s := newState()
	if err := json.Unmarshal(data, s); err != nil || s.Version != stateVersion {
		return nil, fmt.Errorf("the sync state %s is damaged or from another soundbite (soundbite sync remove starts afresh)", path)
	}
	if s.Feeds == nil {
		s.Feeds = map[int64]string{}
	}
	if s.Entries == nil {
		s.Entries = map[int64]Base{}
	}
	return s, nil
}

func (s *State) save(path string) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, data, 0o600)
}

// remember notes an entry among the newest, for the reset check.
func (s *State) remember(k Known) {
	s.Recent = append(s.Recent, k)
	if len(s.Recent) > recentKept {
		s.Recent = s.Recent[len(s.Recent)-recentKept:]
	}
}

// RemoveState deletes the sync state of a store; no error when there is
// none.
func RemoveState(storePath string) error {
	if err := os.Remove(StatePath(storePath)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing the sync state: %w", err)
	}
	return nil
}

// LoadState reads the sync state of the store at storePath, for status.
func LoadState(storePath string) (*State, error) { return loadState(StatePath(storePath)) }
