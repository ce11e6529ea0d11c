// Package process is how soundbite ends: the signals that stop a long
// command between articles, and the exit status a command's outcome
// gives the shell.
package process

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// Interrupted is why a command's context ends when a signal arrives. Long
// commands stop at the next article, commit what they have, say how far
// they got and return it; the process then exits 128 + the signal number,
// as a shell reports a process killed by it (130 for SIGINT, 143 for
// SIGTERM, 129 for SIGHUP).
type Interrupted struct{ Signal os.Signal }

func (i Interrupted) Error() string { return "interrupted by " + i.Signal.String() }

// ExitCode is the status a shell gives a process the signal killed.
func (i Interrupted) ExitCode() int {
	if s, ok := i.Signal.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

// SignalContext returns a context cancelled, with Interrupted as its
// cause, by the first SIGINT, SIGTERM or SIGHUP (a closed terminal). Only
// the first is caught: a second one ends the process at once, for a
// person who will not wait for the current batch to commit. A signal the
// process was started with ignored stays ignored: nohup ignores SIGHUP,
// and a shell script's background job SIGINT, and watching one would undo
// that.
func SignalContext() (context.Context, func()) {
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
			cancel(Interrupted{sig})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel(nil)
	}
}

// Interruption returns the signal that ended ctx, if one did.
func Interruption(ctx context.Context) (Interrupted, bool) {
	var in Interrupted
	ok := errors.As(context.Cause(ctx), &in)
	return in, ok
}

// ExitError carries an exit status for a failure that has already been
// reported (for example: some files of an import failed).
type ExitError struct{ Code int }

func (e ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// Status is the exit status of a command that ran with ctx and returned
// err, and whether err still needs saying: an ExitError was said already,
// and so was an interruption, by the command that stopped for it.
func Status(ctx context.Context, err error) (code int, say bool) {
	var exit ExitError
	switch in, signalled := Interruption(ctx); {
	case signalled:
		// The command has said how far it got; an error that is only the
		// interruption itself needs no second word.
		say = err != nil && !errors.As(err, &exit) && !errors.Is(err, context.Canceled) && !errors.As(err, &Interrupted{})
		return in.ExitCode(), say
	case err == nil:
		return 0, false
	case errors.As(err, &exit):
		return exit.Code, false
	}
	return 1, true
}
