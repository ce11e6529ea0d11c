package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"soundbite/config"
	"soundbite/internal/process"
	"soundbite/library"
	"soundbite/mfsync"
	"soundbite/model"
)

// Environment variables that hand sync add its secret without a prompt.
const (
	envToken    = "SOUNDBITE_MINIFLUX_TOKEN"
	envPassword = "SOUNDBITE_MINIFLUX_PASSWORD"
)

// accountPath is where the Miniflux account lives: beside the settings,
// in $XDG_CONFIG_HOME/soundbite.
func accountPath() (string, error) {
	p, err := config.Path()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(p), "miniflux.json"), nil
}

func (a *app) syncCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sync",
		Short: "Sync feeds, articles and read state with a Miniflux server",
		Long: `Sync with the Miniflux server added with sync add: subscriptions and
categories (as feeds and folders), new entries (stored as articles, with their
speakers), and read and starred (bookmarked) state both ways. Only what changed
since the last sync is fetched. Progress goes to stderr; the exit status is 1
when the sync failed, and the next sync finishes what it left.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			acct, err := a.account()
			if err != nil {
				return err
			}
			return a.withStore(readWrite, func(st *library.Library) error {
				rep, err := st.Sync(cmd.Context(), acct, func(p mfsync.Progress) {
					if p.Stage == "feeds" {
						fmt.Fprintf(a.Stderr, "sync: %d feeds on %s\n", p.Total, model.SanitizeLine(acct.URL))
						return
					}
					fmt.Fprintf(a.Stderr, "sync: %s %d/%d\n", p.Stage, p.Done, p.Total)
				})
				for _, f := range rep.Failures {
					fmt.Fprintf(a.Stderr, "soundbite: the server would not subscribe to %s\n", model.SanitizeLine(f))
				}
				if err != nil {
					fmt.Fprintf(a.Stderr, "soundbite: sync failed: %s\n", model.SanitizeLine(err.Error()))
					return process.ExitError{Code: 1}
				}
				if asJSON {
					return json.NewEncoder(a.Stdout).Encode(syncReportJSON(rep))
				}
				fmt.Fprintf(a.Stdout, "synced: %d new articles, %d changes received, %d sent; feeds: %d added, %d removed, %d sent, %d unsubscribed on the server\n",
					rep.Entries, rep.Received, rep.Sent, rep.FeedsAdded, rep.FeedsRemoved, rep.FeedsSent, rep.FeedsDropped)
				if len(rep.Failures) > 0 {
					return process.ExitError{Code: 1}
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	cmd.AddCommand(a.syncAddCommand(), a.syncStatusCommand(), a.syncRemoveCommand())
	return cmd
}

func syncReportJSON(r mfsync.Report) map[string]any {
	failures := make([]string, len(r.Failures))
	for i, f := range r.Failures {
		failures[i] = model.SanitizeLine(f)
	}
	return map[string]any{
		"new": r.Entries, "received": r.Received, "sent": r.Sent,
		"feeds_added": r.FeedsAdded, "feeds_removed": r.FeedsRemoved,
		"feeds_sent": r.FeedsSent, "feeds_unsubscribed": r.FeedsDropped,
		"failures": failures,
	}
}

// account reads the saved account.
func (a *app) account() (mfsync.Account, error) {
	path, err := accountPath()
	if err != nil {
		return mfsync.Account{}, err
	}
	return mfsync.LoadAccount(path)
}

func (a *app) syncAddCommand() *cobra.Command {
	var user string
	cmd := &cobra.Command{
		Use:   "add URL",
		Short: "Add the Miniflux server to sync with",
		Long: `Add the Miniflux server at URL. The API token (Settings > API Keys in
Miniflux) is read from $` + envToken + `, else from a prompt that does not echo,
else from the first line of stdin. With --user, a password is read the same way
($` + envPassword + `). The server is asked who we are before anything is saved;
the credentials go to a file only you can read, never to the store.`,
		Example: "  soundbite sync add https://reader.example.org\n  printf %s \"$TOKEN\" | soundbite sync add https://reader.example.org",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			url, err := mfsync.CheckURL(args[0])
			if err != nil {
				return err
			}
			acct := mfsync.Account{URL: url, Username: user}
			secret, err := a.readSecret(user)
			if err != nil {
				return err
			}
			if user == "" {
				acct.Token = secret
			} else {
				acct.Password = secret
			}
			name, err := library.VerifyAccount(cmd.Context(), acct)
			if err != nil {
				return fmt.Errorf("not added: %s", model.SanitizeLine(err.Error()))
			}
			path, err := accountPath()
			if err != nil {
				return err
			}
			if old, err := mfsync.LoadAccount(path); err == nil && old.URL != url {
				if err := a.unsync(old.URL); err != nil {
					return err
				}
			}
			if err := mfsync.SaveAccount(path, acct); err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "added %s as %s; run soundbite sync\n", url, model.SanitizeLine(name))
			return nil
		},
	}
	cmd.Flags().StringVar(&user, "user", "", "log in with this user name and a password instead of a token")
	return cmd
}

// readSecret reads the token, or the password when user is set: from the
// environment, a prompt without echo, or stdin's first line.
func (a *app) readSecret(user string) (string, error) {
	what, env := "API token", envToken
	if user != "" {
		what, env = "password for "+user, envPassword
	}
	if v := os.Getenv(env); v != "" {
		return strings.TrimSpace(v), nil
	}
	var secret string
	if f, ok := a.stdin.(*os.File); ok && term.IsTerminal(f.Fd()) {
		fmt.Fprintf(a.Stderr, "%s: ", what)
		b, err := term.ReadPassword(f.Fd())
		fmt.Fprintln(a.Stderr)
		if err != nil {
			return "", fmt.Errorf("reading the %s: %w", what, err)
		}
		secret = string(b)
	} else {
		line, err := bufio.NewReader(io.LimitReader(a.stdin, 4096)).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", fmt.Errorf("reading the %s from stdin: %w", what, err)
		}
		secret = line
	}
	if secret = strings.TrimSpace(secret); secret == "" {
		return "", fmt.Errorf("no %s given (set $%s, or type it at the prompt)", what, env)
	}
	return secret, nil
}

func (a *app) syncStatusCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the Miniflux server and the last sync",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			acct, err := a.account()
			if err != nil {
				return err
			}
			db, err := a.storePath()
			if err != nil {
				return err
			}
			state, err := mfsync.LoadState(db)
			if err != nil {
				return err
			}
			out := map[string]any{
				"server": acct.URL, "user": state.Username, "token": acct.Token != "",
				"feeds": len(state.Feeds), "entries": len(state.Entries), "last_sync": nil,
			}
			if !state.LastSync.IsZero() {
				out["last_sync"] = state.LastSync
			}
			if asJSON {
				return json.NewEncoder(a.Stdout).Encode(out)
			}
			last := "never"
			if !state.LastSync.IsZero() {
				last = state.LastSync.Local().Format(time.DateTime)
			}
			fmt.Fprintf(a.Stdout, "server:    %s\nuser:      %s\nlast sync: %s\nsynced:    %d feeds, %d entries\n",
				model.SanitizeLine(acct.URL), model.SanitizeLine(state.Username), last, len(state.Feeds), len(state.Entries))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the status as JSON")
	return cmd
}

func (a *app) syncRemoveCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "remove",
		Short: "Forget the Miniflux server (articles and feeds stay)",
		Long: `Forget the Miniflux server: its credentials and the sync state go; the
feeds stay subscribed here and soundbite's refresh fetches them again; the
articles stay with their read state. Nothing changes on the server.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			path, err := accountPath()
			if err != nil {
				return err
			}
			acct, err := mfsync.LoadAccount(path)
			if err != nil && !errors.Is(err, mfsync.ErrNoAccount) {
				return err
			}
			if err := a.unsync(acct.URL); err != nil {
				return err
			}
			if err := mfsync.RemoveAccount(path); err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, "removed the Miniflux server")
			return nil
		},
	}
}

// unsync makes the feeds a server fetched this store's own again.
func (a *app) unsync(url string) error {
	return a.withStore(readWrite, func(st *library.Library) error { return st.Unsync(url) })
}
