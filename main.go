// Command soundbite is a terminal news reader that knows who said what.
//
// Run without arguments it opens the reader on the store; its subcommands
// import articles, list and show them, manage feeds and run the speaker
// extractor, with --json output for scripts. main.go holds the command tree
// and wiring; each cmd_*.go file holds one family of subcommands, which
// call package library for the use cases and package report for what
// they print.
package main

import (
	"context"
	"io"
	"os"

	"github.com/spf13/cobra"

	"soundbite/feed"
	"soundbite/internal/cli"
	"soundbite/internal/process"
	"soundbite/library"
	"soundbite/report"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	ctx, stop := process.SignalContext()
	stopProfiles := process.StartProfiles(os.Stderr)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopProfiles()
	stop()
	os.Exit(code)
}

// run executes the command line and returns the process exit status. Errors
// are worded for people here, once, at the edge.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &app{stdin: stdin, Output: report.NewOutput(stdout, stderr)}
	root := app.rootCommand()
	root.SetArgs(args)
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
				return cli.NoSuchCommand(cmd, args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runReader(cmd.Context())
		},
	}
	root.SetIn(a.stdin)
	// Help goes to stdout, and cobra's own messages (silenced below, but
	// cobra still prints some, such as unknown help topics) pass through
	// the sanitiser like ours.
	root.SetOut(a.Stdout)
	root.SetErr(a.Stderr)
	root.PersistentFlags().StringVar(&a.dbPath, "db", "", "path of the database file (default $SOUNDBITE_DB, else "+library.DefaultPathHelp+")")
	root.AddCommand(
		a.importCommand(),
		a.listCommand(),
		a.showCommand(),
		a.readCommand("read", "Mark articles as read", true),
		a.readCommand("unread", "Mark articles as unread", false),
		a.stateCommand("bookmark", "Bookmark articles", library.Bookmark),
		a.stateCommand("unbookmark", "Remove bookmarks from articles", library.Unbookmark),
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

// storePath is the store's path: --db, else $SOUNDBITE_DB, else the XDG
// data directory's.
func (a *app) storePath() (string, error) {
	loc, err := library.Locate(a.dbPath)
	return loc.Path, err
}

// Whether a command changes the store: only one that does may create it.
const (
	readOnly  = false
	readWrite = true
)

// openStore opens the store: as its owner, or through the soundbite that
// owns it (package library).
func (a *app) openStore(write bool) (*library.Library, error) {
	loc, err := library.Locate(a.dbPath)
	if err != nil {
		return nil, err
	}
	return library.OpenAt(loc, library.Options{Fetcher: feed.NewFetcher(feed.Options{UserAgent: feed.UserAgent(version)}),
		ReadOnly: !write, Retention: a.retention})
}

// withStore opens the store (read-write when write), runs fn and closes
// the store.
func (a *app) withStore(write bool, fn func(st *library.Library) error) error {
	st, err := a.openStore(write)
	if err != nil {
		return err
	}
	return st.Use(fn)
}
