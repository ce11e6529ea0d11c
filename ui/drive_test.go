package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// driver runs a Model without a terminal: it feeds messages to Update and
// runs every command they return, and the commands those return, until
// nothing is left, as the Bubble Tea loop would.
type driver struct {
	tb   testing.TB
	m    Model
	quit bool
	// hold, when set, keeps the messages it picks out of Update, in held,
	// for a test to deliver when it chooses.
	hold func(tea.Msg) bool
	held []tea.Msg
}

// newDriver starts a reader on s at w×h, with renders started at once
// rather than after the cursor settles, so no test waits on a timer.
func newDriver(tb testing.TB, s Store, w, h int) *driver {
	tb.Helper()
	m := New(Options{Store: s})
	m.renderDelay, m.placeDelay = 0, 0
	d := &driver{tb: tb, m: m}
	d.run(m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// send delivers msgs in turn, each with all the work it causes.
func (d *driver) send(msgs ...tea.Msg) *driver {
	d.tb.Helper()
	for _, msg := range msgs {
		d.deliver(msg)
	}
	return d
}

func (d *driver) deliver(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		// Commands of a batch run side by side, as in Bubble Tea: one may
		// wait on another, as a refresh's progress reader does.
		results := make(chan tea.Msg, len(msg))
		n := 0
		for _, c := range msg {
			if c != nil {
				n++
				go func() { results <- c() }()
			}
		}
		for range n {
			d.deliver(<-results)
		}
		return
	case tea.QuitMsg:
		d.quit = true
		return
	}
	if d.hold != nil && d.hold(msg) {
		d.held = append(d.held, msg)
		return
	}
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	d.run(cmd)
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil || d.quit {
		return
	}
	d.deliver(cmd())
}

// keys sends key presses: single characters, or names such as "enter".
func (d *driver) keys(names ...string) *driver {
	d.tb.Helper()
	for _, n := range names {
		d.send(keyPress(n))
	}
	return d
}

func keyPress(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	}
	r := []rune(name)[0]
	k := tea.KeyPressMsg{Code: r, Text: name}
	if r >= 'A' && r <= 'Z' {
		k.Code, k.ShiftedCode, k.Mod = r+'a'-'A', r, tea.ModShift
	}
	return k
}

// frame is the screen as text, ANSI styling stripped.
func (d *driver) frame() string { return ansi.Strip(d.m.View().Content) }

// sgrOnly matches the escape sequences a frame may hold: styling alone.
var sgrOnly = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// assertOnlySGR fails when s holds an escape sequence or control character
// other than SGR styling: no cursor moves, clears, titles or clipboard.
func assertOnlySGR(tb testing.TB, s string) {
	tb.Helper()
	rest := sgrOnly.ReplaceAllString(s, "")
	if i := strings.IndexFunc(rest, func(r rune) bool {
		return r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f
	}); i >= 0 {
		lo := max(0, i-20)
		tb.Fatalf("control character %q in output near %q", rest[i], rest[lo:min(len(rest), i+20)])
	}
}
