// Package report writes what the command line prints: text for people,
// with everything from files and the network sanitised, and the JSON Lines
// objects scripts read, one shape per command. It holds no logic of its
// own beyond formatting; the use cases are in package library.
package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/term"
)

// Output holds the streams every command writes to.
type Output struct {
	Stdout, Stderr       io.Writer // text for people
	RawStdout, RawStderr io.Writer // JSON and progress displays
}

// NewOutput wraps the process's streams.
func NewOutput(stdout, stderr io.Writer) Output {
	return Output{Stdout: stdout, Stderr: stderr, RawStdout: stdout, RawStderr: stderr}
}

// Warnf prints one message for people on stderr, prefixed with the
// program's name.
func (o Output) Warnf(format string, args ...any) {
	fmt.Fprintf(o.Stderr, "soundbite: "+format+"\n", args...)
}

// WriteJSONLines writes one JSON object per item, converted by conv.
func WriteJSONLines[T, J any](w io.Writer, items []T, conv func(T) J) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(conv(it)); err != nil {
			return fmt.Errorf("writing JSON: %w", err)
		}
	}
	return nil
}

// WriteJSON writes v as one JSON line in a single Write, so a reader of a
// pipe never sees half a line from a process killed between writes, and
// flushes w when it buffers: a line of `import --json` is the promise
// that its batch is stored, and a promise kept in a buffer is lost with
// the process.
func WriteJSON(w io.Writer, v any) error {
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encoding JSON: %w", err)
	}
	if _, err := w.Write(line.Bytes()); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	if f, ok := w.(interface{ Flush() error }); ok {
		if err := f.Flush(); err != nil {
			return fmt.Errorf("flushing JSON: %w", err)
		}
	}
	return nil
}

// Plural picks the word for n things: "1 feed", "2 feeds".
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// IsTerminal reports whether w is a terminal, where progress is drawn in
// place; elsewhere (a pipe, cron's mail) it is printed a line at a time.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
