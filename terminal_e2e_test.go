//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// terminalState is what tmux knows of a pane's modes: the alternate
// screen, the cursor and the mouse reporting modes.
type terminalState struct{ alt, cursor, mouse string }

const terminalStateFormat = "#{alternate_on} #{cursor_flag} #{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}"

var (
	readerState = terminalState{alt: "1", cursor: "0", mouse: "011"} // cell motion (1002), which tmux counts as "any" too
	saneState   = terminalState{alt: "0", cursor: "1", mouse: "000"}
)

func (s *tmuxSession) state(t *testing.T) terminalState {
	t.Helper()
	out, err := s.run("display-message", "-p", "-t", s.target, terminalStateFormat)
	if err != nil {
		t.Fatalf("asking tmux for the pane's modes: %v\n%s", err, out)
	}
	f := strings.Fields(out)
	if len(f) != 3 {
		t.Fatalf("tmux answered %q", out)
	}
	return terminalState{f[0], f[1], f[2]}
}

// waitState waits for the pane's modes to be want.
func (s *tmuxSession) waitState(t *testing.T, want terminalState, when string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := s.state(t)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			screen, _ := s.run("capture-pane", "-p", "-t", s.target)
			t.Fatalf("%s: terminal modes (alternate screen, cursor, mouse 1000/1002/1003) %+v, want %+v\n%s", when, got, want, screen)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// shellReader starts an interactive bash with job control in tmux and runs
// the reader in it, in the foreground. It returns the session and the
// reader's pid.
func shellReader(t *testing.T) (*tmuxSession, int) {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "pid")
	tm := startTmux(t, "PS1=$ ", bash, "--norc", "--noprofile", "-i")
	tm.waitFor(t, "$", 10*time.Second)
	line := "sh -c 'echo $$ > " + pidFile + "; exec " + binary + " --db " + filepath.Join(dir, "soundbite.db") + "'"
	if out, err := tm.run("send-keys", "-t", tm.target, line, "Enter"); err != nil {
		t.Fatalf("typing the command: %v\n%s", err, out)
	}
	tm.waitFor(t, "Speakers", 15*time.Second)
	tm.waitState(t, readerState, "the reader running")
	data, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	return tm, pid
}

func waitExit(t *testing.T, pid int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for syscall.Kill(pid, 0) == nil {
		if time.Now().After(deadline) {
			t.Fatalf("the reader (pid %d) did not exit", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestReaderSignals sends the reader SIGHUP, SIGTERM, SIGTSTP and ctrl+z in
// tmux and checks that the terminal is left sane each time (main screen,
// cursor shown, mouse reporting off), and that after `fg` the reader
// redraws and takes keys.
func TestReaderSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			tm, pid := shellReader(t)
			if err := syscall.Kill(pid, sig); err != nil {
				t.Fatal(err)
			}
			waitExit(t, pid)
			tm.waitState(t, saneState, "after "+sig.String())
		})
	}
	suspends := map[string]func(t *testing.T, tm *tmuxSession, pid int){
		"SIGTSTP": func(t *testing.T, _ *tmuxSession, pid int) {
			if err := syscall.Kill(pid, syscall.SIGTSTP); err != nil {
				t.Fatal(err)
			}
		},
		"ctrl+z": func(t *testing.T, tm *tmuxSession, _ int) {
			if out, err := tm.run("send-keys", "-t", tm.target, "C-z"); err != nil {
				t.Fatalf("sending ctrl+z: %v\n%s", err, out)
			}
		},
	}
	for name, suspend := range suspends {
		t.Run(name, func(t *testing.T) {
			tm, pid := shellReader(t)
			suspend(t, tm, pid)
			tm.waitFor(t, "Stopped", 10*time.Second)
			tm.waitState(t, saneState, "suspended by "+name)
			if out, err := tm.run("send-keys", "-t", tm.target, "fg", "Enter"); err != nil {
				t.Fatalf("typing fg: %v\n%s", err, out)
			}
			tm.waitState(t, readerState, "after fg")
			tm.waitFor(t, "Speakers", 10*time.Second)
			// Keys reach the reader: ? opens the full help, Q quits.
			if out, err := tm.run("send-keys", "-t", tm.target, "?"); err != nil {
				t.Fatalf("sending ?: %v\n%s", err, out)
			}
			tm.waitFor(t, "Moving", 10*time.Second) // the first heading of the full help
			if out, err := tm.run("send-keys", "-t", tm.target, "Q"); err != nil {
				t.Fatalf("sending Q: %v\n%s", err, out)
			}
			waitExit(t, pid)
			tm.waitState(t, saneState, "after Q")
		})
	}
}
