package mfsync

import (
	"errors"
	"slices"
	"testing"
)

// The saved account is replaced and forgotten with the feeds of a server
// given up released first, and only those of a server given up.
func TestReplaceAndForget(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	var released []string
	release := func(url string) error { released = append(released, url); return nil }
	first := Account{URL: "https://reader.example.org", Token: "one"}
	second := Account{URL: "https://other.example.org", Token: "two"}
	for _, acct := range []Account{first, first, second} {
		if err := Replace(acct, release); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := LoadSaved(); err != nil || got != second {
		t.Errorf("saved %+v, %v; want %+v", got, err, second)
	}
	if err := Forget(release); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSaved(); !errors.Is(err, ErrNoAccount) {
		t.Errorf("after Forget: %v, want ErrNoAccount", err)
	}
	if err := Forget(release); err != nil {
		t.Fatal(err)
	}
	if want := []string{first.URL, second.URL, ""}; !slices.Equal(released, want) {
		t.Errorf("released %q, want %q", released, want)
	}
	boom := errors.New("store locked")
	if err := Replace(first, func(string) error { return boom }); err != nil {
		t.Fatalf("nothing saved, nothing to release: %v", err)
	}
	if err := Replace(second, func(string) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("a failed release: %v", err)
	}
	if got, _ := LoadSaved(); got != first {
		t.Errorf("a failed release replaced the account with %+v", got)
	}
}
