package ui

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestSmoke runs the reader in a real Bubble Tea program: the first
// article appears, keys reach it, and q quits after saving the session.
func TestSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole program")
	}
	arts := testArticles(8)
	s := newFakeStore(arts)
	tm := teatest.NewTestModel(t, New(Options{Store: s, Notice: "Hello from the test"}),
		teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	out := &output{tm: tm}
	out.waitFor(t, "Hello from the test")
	out.waitFor(t, "LOCAL") // the first article's meta line, from Glamour

	tm.Send(keyPress("j"))
	tm.Send(keyPress("enter"))
	out.waitFor(t, "TRANSPORT") // the second article's category
	tm.Send(keyPress("q"))      // back to the list
	tm.Send(keyPress("q"))      // and quit
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	final := tm.FinalModel(t).(Model)
	if final.reader.Title() != arts[1].Title {
		t.Errorf("reader ended on %q, want %q", final.reader.Title(), arts[1].Title)
	}
	if s.session.Selected != arts[1].ID {
		t.Errorf("saved session selects %s, want %s", s.session.Selected, arts[1].ID)
	}
}

// output keeps everything a test program wrote: teatest.WaitFor consumes
// what it reads, so two waits in a row would miss text the first read.
type output struct {
	tm  *teatest.TestModel
	all bytes.Buffer
}

func (o *output) waitFor(t *testing.T, text string) {
	t.Helper()
	teatest.WaitFor(t, io.TeeReader(o.tm.Output(), &o.all), func([]byte) bool {
		return bytes.Contains(o.all.Bytes(), []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}
