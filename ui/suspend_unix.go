//go:build unix

package ui

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// suspender suspends the reader as a shell job, on ctrl+z (the reader asks
// with tea.Suspend) and on a SIGTSTP from outside (kill -TSTP, or a shell
// stopping its job), giving the terminal back first: main screen, cursor
// shown, mouse off, cooked mode with echo. On `fg` it takes the terminal
// again and redraws. Left to its default action, SIGTSTP would stop the
// process with the terminal still raw and on the alternate screen.
//
// bubbletea's own suspend stops the process with SIGTSTP, which would come
// back to the handler here (os/signal cannot hand a signal back to its
// default action once it has been watched), so the suspender does the
// work itself and stops the process with SIGSTOP, which a shell reports
// and resumes the same way.
type suspender struct {
	prog *tea.Program
	sigs chan os.Signal
	// ignored: soundbite was started with SIGTSTP ignored, by a shell
	// without job control; nothing could resume a stopped reader.
	ignored bool
}

// watch starts turning SIGTSTP into a suspend of p, until the returned
// function is called.
func (s *suspender) watch(p *tea.Program) (stop func()) {
	s.prog = p
	s.ignored = signal.Ignored(syscall.SIGTSTP)
	s.sigs = make(chan os.Signal, 1)
	if !s.ignored {
		signal.Notify(s.sigs, syscall.SIGTSTP)
	}
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-s.sigs:
				p.Send(tea.SuspendMsg{})
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(s.sigs)
		close(done)
	}
}

// filter sees every message before bubbletea and the reader do, and
// carries out a suspend in their place.
func (s *suspender) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(tea.SuspendMsg); !ok {
		return msg
	}
	if s.ignored || s.prog == nil {
		return nil
	}
	if err := s.prog.ReleaseTerminal(); err != nil {
		return nil // the terminal could not be given back: stay
	}
	// Stop the process group, as a shell's ctrl+z does, and wait for
	// SIGCONT: a stop sent to a group lands a moment later, so without
	// the wait the terminal would be taken back before the stop, and the
	// shell would then set it to its own cooked mode for good.
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	_ = syscall.Kill(0, syscall.SIGSTOP)
	<-cont
	signal.Stop(cont)
	_ = s.prog.RestoreTerminal()
	// The screen was the shell's meanwhile: draw all of it again. Send
	// from another goroutine: this one is the loop that receives.
	go s.prog.Send(tea.ClearScreen())
	return tea.ResumeMsg{}
}
