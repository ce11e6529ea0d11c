package ui

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// Run shows the reader on the terminal until it is quit or ctx ends.
//
// 120 frames a second (bubbletea's ceiling; the default is 60) halves
// the wait between a keypress and the frame that shows it; frames are
// only drawn when something changed, so an idle reader costs nothing.
//
// The terminal is restored on every way out: q and ctrl+c quit; the end
// of ctx (a SIGINT, SIGTERM or SIGHUP, for soundbite) makes bubbletea
// leave the alternate screen, show the cursor and turn the mouse off
// before Run returns; ctrl+z and SIGTSTP suspend (see suspender).
func Run(ctx context.Context, opts Options) error {
	var susp suspender
	prog := tea.NewProgram(New(opts), tea.WithContext(ctx), tea.WithFPS(120), tea.WithFilter(susp.filter))
	defer susp.watch(prog)()
	if _, err := prog.Run(); err != nil && ctx.Err() == nil {
		return fmt.Errorf("running the reader: %w", err)
	}
	return nil
}
