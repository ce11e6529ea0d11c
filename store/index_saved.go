package store

import (
	"fmt"
	"slices"
	"strings"

	"soundbite/model"
)

// Saved searches are the reader's: query texts kept in meta (keySaved),
// newest first, in a record of a version byte and a string list.

const (
	savedSearchesV1 = 1
	// MaxSavedSearches bounds the list; saving one more forgets the
	// oldest.
	MaxSavedSearches = 50
)

// SavedSearches returns the saved searches, newest first.
func (s *Store) SavedSearches() ([]string, error) {
	var out []string
	err := s.view("read saved searches", func(t *txn) error {
		var err error
		out, err = t.savedSearches()
		return err
	})
	return out, err
}

// SaveSearch saves a query text at the front of the saved searches; one
// saved before moves to the front. Surrounding space does not count.
func (s *Store) SaveSearch(query string) error {
	query = model.SanitizeLine(query)
	if query == "" {
		return fmt.Errorf("save search: empty query")
	}
	return s.update("save search", func(t *txn) error {
		list, err := t.savedSearches()
		if err != nil {
			return err
		}
		list = slices.DeleteFunc(list, func(q string) bool { return q == query })
		list = append([]string{query}, list...)
		return t.putSavedSearches(list[:min(len(list), MaxSavedSearches)])
	})
}

// ForgetSearch removes a saved search; forgetting one not saved is not an
// error.
func (s *Store) ForgetSearch(query string) error {
	query = strings.TrimSpace(query)
	return s.update("forget search", func(t *txn) error {
		list, err := t.savedSearches()
		if err != nil {
			return err
		}
		return t.putSavedSearches(slices.DeleteFunc(list, func(q string) bool { return q == query }))
	})
}

func (t *txn) savedSearches() ([]string, error) {
	v := t.b(bucketMeta).Get(keySaved)
	if v == nil {
		return nil, nil
	}
	return decodeSavedSearches(v)
}

func (t *txn) putSavedSearches(list []string) error {
	if len(list) == 0 {
		return t.b(bucketMeta).Delete(keySaved)
	}
	return putChecked(t.b(bucketMeta), keySaved, encodeSavedSearches(list), "saved searches", reads(decodeSavedSearches))
}

func encodeSavedSearches(list []string) []byte {
	e := encoder{}
	e.byte(savedSearchesV1)
	e.strs(list)
	return e.b
}

func decodeSavedSearches(b []byte) ([]string, error) {
	d := decoder{b: b}
	d.version(savedSearchesV1, "saved searches")
	list := d.strs()
	return list, d.done("saved searches")
}
