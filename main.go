// Command soundbite is a terminal news reader that knows who said what.
//
// Run without arguments it opens the reader on the store; its subcommands
// import articles, list and show them, manage feeds and run the speaker
// extractor, with --json output for scripts. main.go holds the command tree,
// data paths and wiring; each cmd_*.go file holds one family of subcommands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"soundbite/library"
	"soundbite/store"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// exitError carries an exit status for a failure that has already been
// reported (for example: some files of an import failed).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line and returns the process exit status. Errors
// are worded for people here, once, at the edge.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var exit exitError
	if errors.As(err, &exit) {
		return exit.code
	}
	fmt.Fprintln(stderr, "soundbite:", userMessage(err))
	return 1
}

// userMessage words an error for the person at the terminal.
func userMessage(err error) string {
	switch {
	case errors.Is(err, store.ErrLocked):
		return err.Error() + " (close the other soundbite, or use --db for another file)"
	case errors.Is(err, store.ErrNewerSchema):
		return err.Error() + " (it was written by a newer soundbite; upgrade this one)"
	case errors.Is(err, store.ErrNotDatabase):
		return err.Error() + " (refusing to touch it; pass --db with another path)"
	case errors.Is(err, store.ErrDamaged):
		return err.Error() + " (left as it is; restore it from a backup or pass --db with another path)"
	}
	return err.Error()
}

// app holds what every subcommand shares: the streams and the store path.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	dbPath         string
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "soundbite",
		Short: "A terminal news reader that knows who said what",
		Long: `soundbite reads news in the terminal and shows who is quoted in it.

Run without a command to open the reader. When the store is empty the reader
opens on a bundled sample corpus so there is something to read at once.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runReader(cmd.Context())
		},
	}
	root.PersistentFlags().StringVar(&a.dbPath, "db", "", "path of the database file (default $SOUNDBITE_DB, else "+displayDefaultDB()+")")
	root.AddCommand(
		a.importCommand(),
		a.listCommand(),
		a.showCommand(),
		a.stateCommand("read", "Mark articles as read", setRead(true)),
		a.stateCommand("unread", "Mark articles as unread", setRead(false)),
		a.stateCommand("bookmark", "Bookmark articles", setBookmark(true)),
		a.stateCommand("unbookmark", "Remove bookmarks from articles", setBookmark(false)),
		a.speakersCommand(),
		a.quotesCommand(),
		a.extractCommand(),
		a.reindexCommand(),
		a.feedCommand(),
		a.refreshCommand(),
		a.addCommand(),
		a.importOPMLCommand(),
		a.exportOPMLCommand(),
		a.searchCommand(),
		a.configCommand(),
		a.syncCommand(),
	)
	return root
}

// databasePath resolves the store path: --db, then $SOUNDBITE_DB, then the
// XDG data directory.
func (a *app) databasePath() (string, error) {
	if a.dbPath != "" {
		return a.dbPath, nil
	}
	if p := os.Getenv("SOUNDBITE_DB"); p != "" {
		return p, nil
	}
	dir, err := dataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "soundbite.db"), nil
}

// dataDir is $XDG_DATA_HOME/soundbite, or ~/.local/share/soundbite.
func dataDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "soundbite"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the data directory: %w (set --db or SOUNDBITE_DB)", err)
	}
	return filepath.Join(home, ".local", "share", "soundbite"), nil
}

func displayDefaultDB() string { return "$XDG_DATA_HOME/soundbite/soundbite.db" }

// openLibrary opens the store at the resolved path: as its owner, or
// through the soundbite that owns it.
func (a *app) openLibrary() (*library.Library, error) {
	path, err := a.databasePath()
	if err != nil {
		return nil, err
	}
	return library.Open(path, library.Options{Fetcher: a.newFetcher()})
}

// withStore opens the store, runs fn and closes the store, keeping the first
// error.
func (a *app) withStore(fn func(st *library.Library) error) (err error) {
	st, err := a.openLibrary()
	if err != nil {
		return err
	}
	defer func() {
		if cerr := st.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("closing the store: %w", cerr)
		}
	}()
	return fn(st)
}
