package ui

import (
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// BenchmarkEnterToOutput measures Enter to the bytes of its frame on the
// output of a real Bubble Tea program at 120 fps: input parsing, Update,
// View and the renderer's pacing, which the benchmarks on Update and
// View leave out. The terminal is a pipe and a writer, so tmux is not
// in it. Enter opens the selected article (the reader's help line names
// "scroll down"); h goes back, untimed, and then Enter comes either
// after a pause (as keys by hand do) or at once after the frame that
// went back (as in a burst, or the tmux harness's steps).
func BenchmarkEnterToOutput(b *testing.B) {
	for _, tc := range []struct {
		name  string
		pause time.Duration
	}{{"after_pause", 20 * time.Millisecond}, {"after_frame", 0}} {
		b.Run(tc.name, func(b *testing.B) {
			prog := startProgram(b)
			for b.Loop() {
				prog.press("\r", "scroll down")
				b.StopTimer()
				prog.press("h", "enter open")
				time.Sleep(tc.pause)
				b.StartTimer()
			}
		})
	}
}

// program is the reader on the benchmark corpus in a real Bubble Tea
// program, its keys written to a pipe and its frames to a frameWriter.
type program struct {
	b    *testing.B
	keys io.Writer
	out  *frameWriter
}

func startProgram(b *testing.B) *program {
	in, keys := io.Pipe()
	out := &frameWriter{frames: make(chan string, 64), done: make(chan struct{})}
	prog := tea.NewProgram(New(Options{Store: newFakeStore(benchCorpus())}),
		tea.WithInput(in), tea.WithOutput(out), tea.WithFPS(120),
		tea.WithWindowSize(120, 40), tea.WithoutSignals(),
		tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		tea.WithColorProfile(colorprofile.ANSI256))
	ran := make(chan error, 1)
	go func() { _, err := prog.Run(); ran <- err }()
	b.Cleanup(func() {
		close(out.done) // the last frames go nowhere
		prog.Quit()
		if err := <-ran; err != nil {
			b.Error(err)
		}
	})
	p := &program{b: b, keys: keys, out: out}
	// The first frame with the list's rows and counts, then the first
	// article's rendering: what comes after is the keys' doing.
	out.waitFor(b, "articles · ")
	time.Sleep(500 * time.Millisecond)
	for len(out.frames) > 0 {
		<-out.frames
	}
	return p
}

// press sends key and waits for a frame that shows want.
func (p *program) press(key, want string) {
	p.b.Helper()
	if _, err := p.keys.Write([]byte(key)); err != nil {
		p.b.Fatal(err)
	}
	p.out.waitFor(p.b, want)
}

// frameWriter is the program's terminal: it hands each write, without
// its escape sequences, to waitFor.
type frameWriter struct {
	frames chan string
	done   chan struct{} // closed when nobody waits any more
}

func (w *frameWriter) Write(p []byte) (int, error) {
	select {
	case w.frames <- ansi.Strip(string(p)):
	case <-w.done:
	}
	return len(p), nil
}

func (w *frameWriter) waitFor(b *testing.B, text string) {
	b.Helper()
	timeout := time.After(10 * time.Second)
	var seen []string
	for {
		select {
		case frame := <-w.frames:
			if strings.Contains(frame, text) {
				return
			}
			seen = append(seen, frame)
		case <-timeout:
			b.Fatalf("no frame with %q in 10 s: %q", text, seen)
		}
	}
}
