package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"soundbite/internal/process"
	"soundbite/library"
	"soundbite/mfsync"
	"soundbite/model"
	"soundbite/report"
)

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
			acct, err := mfsync.LoadSaved()
			if err != nil {
				return err
			}
			return a.withStore(readWrite, func(st *library.Library) error {
				rep, err := st.Sync(cmd.Context(), acct, report.SyncProgress(a.Output, acct.URL))
				for _, f := range rep.Failures {
					a.Warnf("the server would not subscribe to %s", model.SanitizeLine(f))
				}
				if err != nil {
					a.Warnf("sync failed: %s", model.SanitizeLine(err.Error()))
					return process.ExitError{Code: 1}
				}
				if err := report.WriteSynced(a.Output, rep, asJSON); err != nil {
					return err
				}
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

func (a *app) syncAddCommand() *cobra.Command {
	var user string
	cmd := &cobra.Command{
		Use:   "add URL",
		Short: "Add the Miniflux server to sync with",
		Long: `Add the Miniflux server at URL. The API token (Settings > API Keys in
Miniflux) is read from $` + mfsync.EnvToken + `, else from a prompt that does not echo,
else from the first line of stdin. With --user, a password is read the same way
($` + mfsync.EnvPassword + `). The server is asked who we are before anything is saved;
the credentials go to a file only you can read, never to the store.`,
		Example: "  soundbite sync add https://reader.example.org\n  printf %s \"$TOKEN\" | soundbite sync add https://reader.example.org",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			url, err := mfsync.CheckURL(args[0])
			if err != nil {
				return err
			}
			acct := mfsync.Account{URL: url, Username: user}
			secret, err := mfsync.ReadSecret(a.stdin, a.Stderr, user)
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
			if err := mfsync.Replace(acct, a.unsync); err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "added %s as %s; run soundbite sync\n", url, model.SanitizeLine(name))
			return nil
		},
	}
	cmd.Flags().StringVar(&user, "user", "", "log in with this user name and a password instead of a token")
	return cmd
}

func (a *app) syncStatusCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the Miniflux server and the last sync",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			acct, err := mfsync.LoadSaved()
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
			return report.WriteSyncStatus(a.Output, acct, state, asJSON)
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
			if err := mfsync.Forget(a.unsync); err != nil {
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
