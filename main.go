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
	"syscall"

	"soundbite/feed"
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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
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
	root.SetOut(app.Stdout)
	root.SetErr(app.Stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var exit exitError
	if errors.As(err, &exit) {
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
}

// databasePath resolves the store path: --db, else the default.
func (a *app) databasePath() (string, error) {
	if a.dbPath != "" {
		return a.dbPath, nil
	}
	return library.DefaultPath()
}

// openLibrary opens the store at the resolved path: as its owner, or
// through the soundbite that owns it.
func (a *app) openLibrary() (*library.Library, error) {
	path, err := a.databasePath()
	if err != nil {
		return nil, err
	}
	fetcher := feed.NewFetcher(feed.Options{UserAgent: feed.UserAgent(version)})
	return library.Open(path, library.Options{Fetcher: fetcher})
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
