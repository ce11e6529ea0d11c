// Package mfsync keeps a store in step with a Miniflux server: the
// subscriptions and their categories (as feeds and folders), the entries
// (as articles whose identity is the server's entry), and read and
// starred state both ways. It is one use case of the application layer,
// called through package library; it declares the little it needs of a
// store (Store), so it works alike on a store this process owns and on one
// reached through another soundbite.
package mfsync

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"soundbite/config"

	miniflux "miniflux.app/v2/client"
)

// Account is how to reach one Miniflux server: its address and either an
// API token or a user name and password. It lives in a file only its
// owner can read, never in the store.
type Account struct {
	URL      string `json:"url"`
	Token    string `json:"token,omitempty"`
	Username string `json:"username,omitempty"`
	Password string `json:"password,omitempty"`
}

var (
	// ErrNoAccount says no server was added.
	ErrNoAccount = errors.New("no Miniflux server added (add one with soundbite sync add URL)")
	// ErrAuth says the server refused the credentials.
	ErrAuth = errors.New("the Miniflux server refused the credentials")
)

// maxAccountFile bounds what LoadAccount reads.
const maxAccountFile = 64 << 10

// CheckURL normalises a server address: http or https with a host, no
// trailing slash or /v1.
func CheckURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return "", fmt.Errorf("%q is not the http(s) address of a Miniflux server", raw)
	}
	u.RawQuery, u.Fragment = "", ""
	s := strings.TrimSuffix(strings.TrimSuffix(u.String(), "/"), "/v1")
	return strings.TrimSuffix(s, "/"), nil
}

// LoadAccount reads the account file; ErrNoAccount when there is none.
func LoadAccount(path string) (Account, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Account{}, ErrNoAccount
	}
	if err != nil {
		return Account{}, fmt.Errorf("reading the Miniflux account: %w", err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, maxAccountFile)); err != nil {
		return Account{}, fmt.Errorf("reading the Miniflux account: %w", err)
	}
	var a Account
	if err := json.Unmarshal(buf.Bytes(), &a); err != nil || a.URL == "" {
		return Account{}, fmt.Errorf("the Miniflux account file %s is damaged (remove it with soundbite sync remove)", path)
	}
	return a, nil
}

// LoadSaved reads the account saved beside the settings file
// (config.AccountPath); ErrNoAccount when there is none.
func LoadSaved() (Account, error) {
	path, err := config.AccountPath()
	if err != nil {
		return Account{}, err
	}
	return LoadAccount(path)
}

// SaveAccount writes the account file with mode 0600, in a directory only
// its owner can enter when it has to create it, replacing any file there
// in one rename.
func SaveAccount(path string, a Account) error {
	data, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("creating the config directory: %w", err)
	}
	return writeFileAtomic(path, append(data, '\n'), 0o600)
}

// RemoveAccount deletes the account file; no error when there is none.
func RemoveAccount(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing the Miniflux account: %w", err)
	}
	return nil
}

// Replace saves acct beside the settings file in place of the account
// saved before. When that one is another server's, release(its URL) runs
// first, so the feeds that server fetched become the store's own again.
func Replace(acct Account, release func(oldURL string) error) error {
	path, err := config.AccountPath()
	if err != nil {
		return err
	}
	if old, err := LoadAccount(path); err == nil && old.URL != acct.URL {
		if err := release(old.URL); err != nil {
			return err
		}
	}
	return SaveAccount(path, acct)
}

// Forget removes the account saved beside the settings file, after
// release(its URL, "" when none is saved) has made the feeds its server
// fetched the store's own again.
func Forget(release func(url string) error) error {
	path, err := config.AccountPath()
	if err != nil {
		return err
	}
	acct, err := LoadAccount(path)
	if err != nil && !errors.Is(err, ErrNoAccount) {
		return err
	}
	if err := release(acct.URL); err != nil {
		return err
	}
	return RemoveAccount(path)
}

// Client is a Miniflux API client for a, making its requests with hc
// (soundbite's feed client: the same timeouts and body caps as feeds).
func (a Account) Client(hc *http.Client) *miniflux.Client {
	opts := []miniflux.Option{miniflux.WithHTTPClient(hc)}
	if a.Token != "" {
		opts = append(opts, miniflux.WithAPIKey(a.Token))
	} else {
		opts = append(opts, miniflux.WithCredentials(a.Username, a.Password))
	}
	return miniflux.NewClientWithOptions(a.URL, opts...)
}

// Verify asks the server who a is: the user, or ErrAuth when it refuses
// the credentials.
func Verify(ctx context.Context, c *miniflux.Client) (*miniflux.User, error) {
	me, err := c.MeContext(ctx)
	if err != nil {
		return nil, serverError("asking the server who we are", err)
	}
	return me, nil
}

// serverError words a failed request, turning the client's refusals into
// ErrAuth.
func serverError(doing string, err error) error {
	if errors.Is(err, miniflux.ErrNotAuthorized) || errors.Is(err, miniflux.ErrForbidden) {
		return fmt.Errorf("%s: %w (check the token with soundbite sync add)", doing, ErrAuth)
	}
	return fmt.Errorf("%s: %w", doing, err)
}
