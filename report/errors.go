package report

import (
	"errors"

	"soundbite/store"
)

// UserMessage words an error for the person at the terminal.
func UserMessage(err error) string {
	switch {
	case errors.Is(err, store.ErrLocked):
		return err.Error() + " (another soundbite holds it without serving it: an older version, or one that hangs; close it, or use --db for another file)"
	case errors.Is(err, store.ErrNewerSchema):
		return err.Error() + " (it was written by a newer soundbite; upgrade this one)"
	case errors.Is(err, store.ErrNotDatabase):
		return err.Error() + " (refusing to touch it; pass --db with another path)"
	case errors.Is(err, store.ErrDamaged):
		return err.Error() + " (nothing was written to it; soundbite check says what is damaged, soundbite repair copies what can be read into a new store)"
	}
	return err.Error()
}
