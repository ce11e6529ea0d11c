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
	"path/filepath"

	"github.com/spf13/cobra"

	"soundbite/internal/process"
	"soundbite/library"
	"soundbite/report"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	ctx, stop := process.SignalContext()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
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
	code, say := process.Status(ctx, err)
	if say {
		app.Warnf("%s", report.UserMessage(err))
	}
	return code
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
