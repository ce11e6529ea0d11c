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
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"soundbite/library"
	"soundbite/report"
	"soundbite/store"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// exitError carries an exit status for a failure that has already been
// reported (for example: some files of an import failed).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	ctx, stop := signalContext()
	stopProfiles := startProfiles(os.Stderr)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopProfiles()
	stop()
	os.Exit(code)
}

// interrupted is why a command's context ends when a signal arrives. Long
// commands stop at the next article, commit what they have, say how far
// they got and return it; the process then exits 128 + the signal number,
// as a shell reports a process killed by it (130 for SIGINT, 143 for
// SIGTERM, 129 for SIGHUP).
type interrupted struct{ sig os.Signal }

func (i interrupted) Error() string { return "interrupted by " + i.sig.String() }

func (i interrupted) exitCode() int {
	if s, ok := i.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

// signalContext returns a context cancelled, with interrupted as its cause,
// by the first SIGINT, SIGTERM or SIGHUP (a closed terminal). Only the
// first is caught: a second one ends the process at once, for a person who
// will not wait for the current batch to commit. A signal the process was
// started with ignored stays ignored: nohup ignores SIGHUP, and a shell
// script's background job SIGINT, and watching one would undo that.
func signalContext() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(sig) {
			signal.Notify(sigs, sig)
		}
	}
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-sigs:
			signal.Stop(sigs)
			cancel(interrupted{sig})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel(nil)
	}
}

// interruption returns the signal that ended ctx, if one did.
func interruption(ctx context.Context) (interrupted, bool) {
	var in interrupted
	ok := errors.As(context.Cause(ctx), &in)
	return in, ok
}

// run executes the command line and returns the process exit status. Errors
// are worded for people here, once, at the edge.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &app{stdin: stdin, Output: report.NewOutput(stdout, stderr)}
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	// Help goes to stdout, and cobra's own messages (silenced below, but
	// cobra still prints some, such as unknown help topics) pass through
	// the sanitiser like ours.
	root.SetOut(app.Stdout)
	root.SetErr(app.Stderr)
	err := root.ExecuteContext(ctx)
	var exit exitError
	switch in, signalled := interruption(ctx); {
	case signalled:
		// The command has said how far it got; an error that is only the
		// interruption itself needs no second word.
		if err != nil && !errors.As(err, &exit) && !errors.Is(err, context.Canceled) && !errors.As(err, &interrupted{}) {
			app.Warnf("%s", userMessage(err))
		}
		return in.exitCode()
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.code
	}
	app.Warnf("%s", userMessage(err))
	return 1
}

// userMessage words an error for the person at the terminal.
func userMessage(err error) string {
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

// app holds what every subcommand shares: the streams and the store path.
type app struct {
	stdin io.Reader
	report.Output
	dbPath string
	// retention prunes after a refresh: the settings file's, for the
	// commands that refresh.
	retention library.Retention
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
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return noSuchCommand(cmd, args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runReader(cmd.Context())
		},
	}
	root.PersistentFlags().StringVar(&a.dbPath, "db", "", "path of the database file (default $SOUNDBITE_DB, else "+displayDefaultDB()+")")
	root.AddCommand(
		a.importCommand(),
		a.listCommand(),
		a.showCommand(),
		a.readCommand("read", "Mark articles as read", true),
		a.readCommand("unread", "Mark articles as unread", false),
		a.stateCommand("bookmark", "Bookmark articles", setBookmark(true)),
		a.stateCommand("unbookmark", "Remove bookmarks from articles", setBookmark(false)),
		a.deleteCommand(),
		a.pruneCommand(),
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
		a.checkCommand(),
		a.repairCommand(),
		a.compactCommand(),
		a.configCommand(),
		a.syncCommand(),
	)
	return root
}

// databasePath resolves the store path: --db, then $SOUNDBITE_DB, then the
// XDG data directory. chosen is true for a path the user gave.
func (a *app) databasePath() (path string, chosen bool, err error) {
	if a.dbPath != "" {
		return a.dbPath, true, nil
	}
	if p := os.Getenv("SOUNDBITE_DB"); p != "" {
		return p, true, nil
	}
	dir, err := dataDir()
	if err != nil {
		return "", false, err
	}
	return filepath.Join(dir, "soundbite.db"), false, nil
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

// Whether a command changes the store: only one that does may create it.
const (
	readOnly  = false
	readWrite = true
)

// openStore opens the store at the resolved path: as its owner, or through
// the soundbite that owns it (package library). Only the default data
// directory is ever created: a path the user gave must be in a folder that
// exists, so a mistyped --db fails instead of leaving folders behind.
func (a *app) openStore(write bool) (*library.Library, error) {
	path, chosen, err := a.databasePath()
	if err != nil {
		return nil, err
	}
	if chosen {
		dir := filepath.Dir(path)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, fmt.Errorf("no folder %s for the store %s: soundbite creates only its default data folder (create it, or check the path)", dir, path)
		}
	}
	if _, err := os.Stat(path); !write && errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no store at %s yet: import articles or subscribe to a feed first", path)
	}
	return library.Open(path, library.Options{Fetcher: a.newFetcher(), ReadOnly: !write, Retention: a.retention})
}

// withStore opens the store (read-write when write), runs fn and closes
// the store, keeping the first error.
func (a *app) withStore(write bool, fn func(st *library.Library) error) (err error) {
	st, err := a.openStore(write)
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
