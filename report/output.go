package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"soundbite/model"
)

// Every byte soundbite writes leaves through this file. File names, URLs,
// error texts and flag names can hold anything, escape sequences included,
// so text for people passes through the sanitiser here, in one place, and
// JSON through one encoder that escapes whatever a terminal would act on.
// Only the progress displays write their own escapes, through the raw
// writers, and everything they show of the outside world is sanitised too.

// SanitizingWriter writes text for people with every escape sequence and
// control character removed (tab and newline kept). Callers write whole
// messages, as fmt.Fprintf does, so a sequence is never split between two
// writes.
type SanitizingWriter struct{ w io.Writer }

func (s SanitizingWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, model.Sanitize(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Output holds the streams every command writes to.
type Output struct {
	Stdout, Stderr       io.Writer // sanitised: text for people
	RawStdout, RawStderr io.Writer // JSON and progress displays only
}

func NewOutput(stdout, stderr io.Writer) Output {
	return Output{
		Stdout: SanitizingWriter{stdout}, Stderr: SanitizingWriter{stderr},
		RawStdout: stdout, RawStderr: stderr,
	}
}

// Warnf prints one message for people on stderr, prefixed with the
// program's name.
func (o Output) Warnf(format string, args ...any) {
	fmt.Fprintf(o.Stderr, "soundbite: "+format+"\n", args...)
}

// JSONWriter writes JSON Lines for every --json command: one object a line,
// with HTML left alone and, beyond what encoding/json escapes (C0 controls,
// U+2028, U+2029), DEL, C1 controls and bidirectional controls escaped as
// \uXXXX, so that `cat`ing the output or a `jq -r` of it cannot drive the
// terminal. Lines are buffered and written whole: Flush writes them.
type JSONWriter struct {
	w   io.Writer
	buf bytes.Buffer
}

// jsonFlushAt is how much JSON is held before it is written: lines leave in
// a few large writes, not one system call each.
const jsonFlushAt = 64 << 10

func NewJSONWriter(w io.Writer) *JSONWriter { return &JSONWriter{w: w} }

// Encode appends v as one line, writing out what is held once it is large.
func (j *JSONWriter) Encode(v any) error {
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encoding JSON: %w", err)
	}
	escapeControls(&j.buf, line.Bytes())
	if j.buf.Len() >= jsonFlushAt {
		return j.Flush()
	}
	return nil
}

// Flush writes the lines held, in one write, and flushes w when it buffers
// (a line of `import --json` is a promise that its batch is stored, and a
// promise kept in a buffer dies with the process).
func (j *JSONWriter) Flush() error {
	if j.buf.Len() > 0 {
		_, err := j.w.Write(j.buf.Bytes())
		j.buf.Reset()
		if err != nil {
			return fmt.Errorf("writing JSON: %w", err)
		}
	}
	if f, ok := j.w.(interface{ Flush() error }); ok {
		if err := f.Flush(); err != nil {
			return fmt.Errorf("flushing JSON: %w", err)
		}
	}
	return nil
}

// escapeControls copies encoded JSON to dst with the characters a terminal
// acts on, which encoding/json leaves raw, written as \uXXXX escapes. They
// can only stand inside strings (the rest of JSON is ASCII punctuation), so
// the result decodes to the same values.
func escapeControls(dst *bytes.Buffer, src []byte) {
	start := 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if model.IsControl(r) {
			dst.Write(src[start:i])
			fmt.Fprintf(dst, `\u%04x`, r)
			start = i + size
		}
		i += size
	}
	dst.Write(src[start:])
}

// WriteJSONLines writes one JSON object per item, converted by conv.
func WriteJSONLines[T, J any](w io.Writer, items []T, conv func(T) J) error {
	jw := NewJSONWriter(w)
	for _, it := range items {
		if err := jw.Encode(conv(it)); err != nil {
			return err
		}
	}
	return jw.Flush()
}

// WriteJSON writes v as one JSON line, at once.
func WriteJSON(w io.Writer, v any) error {
	jw := NewJSONWriter(w)
	if err := jw.Encode(v); err != nil {
		return err
	}
	return jw.Flush()
}

// Plural picks the word for n things: "1 feed", "2 feeds".
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
