package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"soundbite/library"
	"soundbite/model"
	"soundbite/store"
	"soundbite/ui"
)

// The hostile corpus in testdata/hostile carries terminal escape sequences
// in every field an article has: CSI (clear screen, colours, cursor moves,
// a device status request the terminal would answer), OSC 0 and 2 (window
// title), OSC 8 (links), OSC 52 (clipboard writes), DCS and APC (terminal
// queries, graphics), SOS and PM, 8-bit C1 controls (U+0085, U+009B CSI,
// U+009D OSC), bidi overrides and isolates, and the same sequences spelled
// as HTML character references (&#27; &#x1b; &#155;). feed.xml carries
// them in an RSS feed: as references inside the HTML of item bodies, where
// they decode to the real thing, and escaped in titles, categories and the
// byline. Everything in it is fictional.
const hostileDir = "testdata/hostile"

// Parts of the hostile corpus for hostileSetup.
const (
	hostileFilesPart = 1 << iota
	hostileFeedPart
)

// hostileSetup imports the hostile files, or subscribes to the hostile
// feed and refreshes it, or both, into a new store. It returns the store's
// path and the stdout and stderr of each command it ran, keyed by command
// line.
func hostileSetup(t *testing.T, parts int) (db string, outputs map[string]string) {
	t.Helper()
	feedXML, err := os.ReadFile(filepath.Join(hostileDir, "feed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(feedXML)
	}))
	t.Cleanup(srv.Close)

	db = filepath.Join(t.TempDir(), "soundbite.db")
	outputs = make(map[string]string)
	run := func(args ...string) string {
		t.Helper()
		out, errOut, code := soundbite(t, db, args...)
		if code != 0 {
			t.Fatalf("soundbite %v: exit %d\nstderr: %s", args, code, errOut)
		}
		key := strings.Join(args, " ")
		outputs[key] = out
		outputs[key+" (stderr)"] = errOut
		return out
	}
	if parts&hostileFilesPart != 0 {
		run("import", hostileDir)
		run("import", "--json", hostileDir)
	}
	if parts&hostileFeedPart != 0 {
		run("feed", "add", "--no-fetch", srv.URL+"/feed.xml")
		run("refresh")
		run("refresh", "--json")
	}
	return db, outputs
}

// hostileFiles are the article files of the hostile corpus.
func hostileFiles(t *testing.T) []string {
	t.Helper()
	txt, err := filepath.Glob(filepath.Join(hostileDir, "*.txt"))
	md, _ := filepath.Glob(filepath.Join(hostileDir, "*.md"))
	files := append(txt, md...)
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile articles in %s: %v", hostileDir, err)
	}
	return files
}

func TestHostileTextCLI(t *testing.T) {
	db, outputs := hostileSetup(t, hostileFilesPart|hostileFeedPart)
	files := hostileFiles(t)
	run := func(args ...string) string {
		t.Helper()
		out, errOut, code := soundbite(t, db, args...)
		if code != 0 {
			t.Fatalf("soundbite %v: exit %d\nstderr: %s", args, code, errOut)
		}
		key := strings.Join(args, " ")
		outputs[key] = out
		outputs[key+" (stderr)"] = errOut
		return out
	}

	items := jsonLines[articleLine](t, run("list", "--json", "--limit", "0"))
	if want := len(files) + 2; len(items) != want {
		t.Fatalf("the store lists %d articles, want %d files and 2 feed items", len(items), want)
	}
	run("list", "--limit", "0")
	for _, it := range items {
		run("show", string(it.ID))
		run("show", "--json", string(it.ID))
	}
	speakers := jsonLines[speakerLine](t, run("speakers", "--json"))
	if len(speakers) < 5 {
		t.Fatalf("only %d speakers found in the hostile corpus: %+v", len(speakers), speakers)
	}
	run("speakers")
	for _, s := range speakers {
		run("quotes", s.Name)
		run("quotes", "--json", s.Name)
	}
	for _, f := range files {
		run("extract", f)
		run("extract", "--json", f)
	}
	run("feed", "list")
	run("feed", "list", "--json")

	for cmd, out := range outputs {
		if strings.Contains(cmd, "--json") && !strings.HasSuffix(cmd, "(stderr)") {
			checkJSONClean(t, cmd, out)
			continue
		}
		if i, what := findControl(out); i >= 0 {
			t.Errorf("soundbite %s: %s at byte %d: %q", cmd, what, i, around(out, i))
		}
	}
	t.Logf("checked the output of %d commands", len(outputs))
}

// checkJSONClean checks the raw lines, which JSON's escaping keeps free
// of C0 controls but not of C1 or bidi ones, and every string in them once
// decoded, which is what a script prints.
func checkJSONClean(t *testing.T, cmd, out string) {
	t.Helper()
	if i, what := findControl(out); i >= 0 {
		t.Errorf("soundbite %s: %s at byte %d: %q", cmd, what, i, around(out, i))
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Errorf("soundbite %s: bad JSON line %q: %v", cmd, line, err)
			continue
		}
		walkStrings(v, func(s string) {
			if i, what := findControl(s); i >= 0 {
				t.Errorf("soundbite %s: a JSON string holds %s: %q", cmd, what, around(s, i))
			}
		})
	}
}

func walkStrings(v any, fn func(string)) {
	switch v := v.(type) {
	case string:
		fn(v)
	case []any:
		for _, x := range v {
			walkStrings(x, fn)
		}
	case map[string]any:
		for k, x := range v {
			fn(k)
			walkStrings(x, fn)
		}
	}
}

// findControl returns the byte offset of the first thing in s a terminal
// could act on, and what it is: ESC or any other C0 control but tab and
// newline, DEL, a C1 control, a bidi control, or a byte that is not UTF-8
// (a lone 0x9b is CSI to an 8-bit terminal). It returns -1 when s is clean.
func findControl(s string) (int, string) {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return i, fmt.Sprintf("the invalid byte %#x", s[i])
		case r == 0x1b:
			return i, "ESC"
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f:
			return i, fmt.Sprintf("the control %U", r)
		case r >= 0x80 && r <= 0x9f:
			return i, fmt.Sprintf("the C1 control %U", r)
		case isBidi(r):
			return i, fmt.Sprintf("the bidi control %U", r)
		}
	}
	return -1, ""
}

func isBidi(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

func around(s string, i int) string {
	return s[max(0, i-30):min(len(s), i+30)]
}

// sgr matches SGR styling, the one escape sequence a frame may hold.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// TestHostileTextReader drives the reader in-process on the hostile store
// through every pane at three widths and checks that the only escape
// sequences in any frame are SGR styling.
func TestHostileTextReader(t *testing.T) {
	db, _ := hostileSetup(t, hostileFilesPart|hostileFeedPart)
	// The reader gets the library, as main hands it over.
	st, err := library.Open(db, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := st.Close(); err != nil {
			t.Errorf("closing the store: %v", err)
		}
	}()
	all, err := st.List(model.Filter{}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	speakers, err := st.Speakers(model.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}

	frames := 0
	check := func(d *readerDriver, when string) {
		t.Helper()
		frames++
		v := d.m.View()
		rest := sgr.ReplaceAllString(v.Content, "")
		if i, what := findControl(rest); i >= 0 {
			t.Fatalf("%s: the frame holds %s outside SGR styling: %q", when, what, around(rest, i))
		}
		if i, what := findControl(v.WindowTitle); i >= 0 {
			t.Fatalf("%s: the window title holds %s", when, what)
		}
	}
	down := func(d *readerDriver, n int) {
		for range n {
			d.keys("j")
		}
	}

	// Each walk starts a new reader, so that where focus lands after one
	// step cannot send the next key somewhere unintended. The wide layout
	// shows three panes at once, the narrow one each pane alone; the
	// medium one shares their code.
	widths := []int{120, 100, 70}
	if testing.Short() {
		widths = widths[:1]
	}
	for _, w := range widths {
		d := newReaderDriver(t, st, w, 40)
		check(d, fmt.Sprintf("width %d: start", w))
		for i := 1; i < len(all); i++ {
			d.keys("j")
			check(d, fmt.Sprintf("width %d: list at article %d", w, i+1))
		}
		d.keys("?")
		check(d, fmt.Sprintf("width %d: full help", w))
		if w == 100 {
			continue
		}

		for i := range all {
			d := newReaderDriver(t, st, w, 40)
			down(d, i)
			d.keys("enter")
			check(d, fmt.Sprintf("width %d: article %d open", w, i+1))
			d.keys("space", "space")
			check(d, fmt.Sprintf("width %d: article %d paged down", w, i+1))
		}

		for i := range speakers {
			d := newReaderDriver(t, st, w, 40)
			d.keys("s")
			down(d, i)
			check(d, fmt.Sprintf("width %d: sidebar at speaker %d", w, i+1))
			d.keys("o")
			check(d, fmt.Sprintf("width %d: quotes of speaker %d", w, i+1))
			d.keys("enter")
			check(d, fmt.Sprintf("width %d: article opened from a quote of speaker %d", w, i+1))
		}
	}
	// Filtering by a speaker puts the name in a chip over the list.
	for i := range speakers {
		d := newReaderDriver(t, st, 120, 40)
		d.keys("s")
		down(d, i)
		d.keys("enter")
		check(d, fmt.Sprintf("list filtered by speaker %d", i+1))
	}

	d := newReaderDriver(t, st, 120, 40)
	d.keys("/")
	d.send(tea.PasteMsg{Content: "Quay\x1b]52;c;ZXZpbA==\a\x1b[2J"})
	check(d, "a title filter with hostile text pasted in")
	t.Logf("checked %d frames of %d articles and %d speakers", frames, len(all), len(speakers))
}

// TestHostileTextTerminal runs the real reader in tmux on the hostile
// store and checks what a terminal makes of it: no window title set by an
// article, nothing written to the clipboard, and no sequence text left on
// screen. The files and the feed get a store each, so that a defect in one
// path does not hide the other.
func TestHostileTextTerminal(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	// The checks below must be able to fail: raw sequences written to this
	// terminal do set the title, fill the clipboard and, without their
	// introducer, show as text.
	t.Run("probe", func(t *testing.T) {
		tm := startTmux(t, "sh", "-c", `printf '\033]2;probe\007\033]52;c;cHJvYmU=\007]52;c; [2J ready\n'; sleep 30`)
		screen := tm.waitFor(t, "ready", 10*time.Second)
		if bad := sequenceRemnant(screen); bad == "" {
			t.Errorf("sequenceRemnant found nothing in %q", screen)
		}
		if title, _ := tm.run("display-message", "-p", "-t", tm.target, "#{pane_title}"); strings.TrimSpace(title) != "probe" {
			t.Errorf("OSC 2 did not set the pane title: %q", title)
		}
		if buffers, _ := tm.run("list-buffers"); !strings.Contains(buffers, "probe") {
			t.Errorf("OSC 52 did not reach tmux's buffers: %q", buffers)
		}
	})
	t.Run("files", func(t *testing.T) {
		db, _ := hostileSetup(t, hostileFilesPart)
		if remnants := watchReader(t, db, len(hostileFiles(t))); len(remnants) > 0 {
			t.Errorf("sequence text left on screen:\n%s", strings.Join(remnants, "\n"))
		}
	})
	t.Run("feed", func(t *testing.T) {
		db, _ := hostileSetup(t, hostileFeedPart)
		if remnants := watchReader(t, db, 2); len(remnants) > 0 {
			t.Errorf("sequence text left on screen:\n%s", strings.Join(remnants, "\n"))
		}
	})
}

// watchReader opens the reader on db in tmux, steps through n articles,
// opens the first, pages down and visits the sidebar and quote views. It
// fails the test if the pane title changes or anything reaches the
// clipboard, and returns the sequence text seen on screen, one line per
// screen that showed any.
func watchReader(t *testing.T, db string, n int) []string {
	t.Helper()
	tm := startTmux(t, binary, "--db", db)
	tm.waitFor(t, "articles", 15*time.Second)
	title := func() string {
		out, _ := tm.run("display-message", "-p", "-t", tm.target, "#{pane_title}")
		return strings.TrimSpace(out)
	}
	startTitle := title()

	var remnants []string
	screens := 0
	look := func(when string) {
		t.Helper()
		time.Sleep(150 * time.Millisecond) // let the render command land
		screen, err := tm.run("capture-pane", "-p", "-J", "-t", tm.target)
		if err != nil {
			t.Fatalf("capture-pane: %v", err)
		}
		screens++
		if bad := sequenceRemnant(screen); bad != "" {
			remnants = append(remnants, fmt.Sprintf("%s: %q", when, bad))
			t.Logf("%s: sequence text %q on screen:\n%s", when, bad, screen)
		}
		if got := title(); got != startTitle {
			t.Errorf("%s: the pane title changed from %q to %q", when, startTitle, got)
		}
	}
	keys := func(k ...string) {
		t.Helper()
		if out, err := tm.run(append([]string{"send-keys", "-t", tm.target}, k...)...); err != nil {
			t.Fatalf("send-keys %v: %v\n%s", k, err, out)
		}
	}

	look("start")
	for i := 1; i < n; i++ {
		keys("j")
		look(fmt.Sprintf("article %d", i+1))
	}
	keys("g", "Enter")
	look("first article open")
	keys("Space", "Space")
	look("first article paged down")
	keys("Tab")
	look("sidebar")
	for i := range 3 {
		keys("o")
		look(fmt.Sprintf("quotes of speaker %d", i+1))
		keys("Escape", "j")
	}
	if buffers, _ := tm.run("list-buffers"); strings.TrimSpace(buffers) != "" {
		t.Errorf("an article wrote to the clipboard (tmux buffers):\n%s", buffers)
	}
	t.Logf("looked at %d screens; pane title %q throughout", screens, startTitle)
	return remnants
}

// remnants are what an escape sequence leaves on screen when only its
// introducer is removed.
var remnants = []string{"]0;", "]2;", "]8;", "]52;", "[2J", "[3J", "[H", "[31m", "[0m", "[6n", "[?1049h", "P+q", "_Gf=", "_Ga=", "$qm"}

// spelledEntity matches an HTML character reference written out as text,
// as a plain-text article may legitimately hold it.
var spelledEntity = regexp.MustCompile(`&#(?:[0-9]+|[xX][0-9a-fA-F]+);$`)

// sequenceRemnant returns the first remnant on screen that is not simply
// the text after a spelled-out character reference, or "".
func sequenceRemnant(screen string) string {
	for _, r := range remnants {
		for off := 0; ; {
			i := strings.Index(screen[off:], r)
			if i < 0 {
				break
			}
			i += off
			if !spelledEntity.MatchString(screen[:i]) {
				return r
			}
			off = i + len(r)
		}
	}
	return ""
}

func closeStore(t *testing.T, st *store.Store) {
	t.Helper()
	if err := st.Close(); err != nil {
		t.Errorf("closing the store: %v", err)
	}
}

// readerDriver runs the reader's root model without a terminal, as the ui
// package's own tests do: each message goes to Update, and every command
// it returns runs, with the commands those return, until none is left.
// Timers run too, so a frame is taken once the render it waits for is in.
type readerDriver struct {
	tb   testing.TB
	m    ui.Model
	quit bool
}

func newReaderDriver(tb testing.TB, st ui.Store, w, h int) *readerDriver {
	d := &readerDriver{tb: tb, m: ui.New(ui.Options{Store: st})}
	d.run(d.m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

func (d *readerDriver) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		d.deliver(msg)
	}
}

func (d *readerDriver) deliver(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		// Commands of a batch run side by side, as in Bubble Tea.
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
	next, cmd := d.m.Update(msg)
	d.m = next.(ui.Model)
	d.run(cmd)
}

func (d *readerDriver) run(cmd tea.Cmd) {
	if cmd == nil || d.quit {
		return
	}
	d.deliver(cmd())
}

// keys sends key presses: single characters, or names such as "enter".
func (d *readerDriver) keys(names ...string) {
	for _, n := range names {
		d.send(keyPress(n))
	}
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
	}
	r, _ := utf8.DecodeRuneInString(name)
	k := tea.KeyPressMsg{Code: r, Text: name}
	if r >= 'A' && r <= 'Z' {
		k.Code, k.ShiftedCode, k.Mod = r+'a'-'A', r, tea.ModShift
	}
	return k
}

// tmuxSession is a program running in a 120×40 terminal of a private tmux
// server.
type tmuxSession struct {
	sock   string
	conf   string
	target string
}

// tmuxConf lets programs set the clipboard with OSC 52 (tmux's default
// ignores them), so that a write to it shows as a paste buffer.
const tmuxConf = "set -s set-clipboard on\n"

// startTmux starts argv in a new tmux server, with NO_COLOR set and only
// tmuxConf for configuration. The server goes when the test ends.
func startTmux(t *testing.T, argv ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	// Socket paths have a short length limit; t.TempDir's can be long.
	dir, err := os.MkdirTemp("", "sbtmux")
	if err != nil {
		t.Fatal(err)
	}
	s := &tmuxSession{sock: filepath.Join(dir, "sock"), conf: filepath.Join(dir, "tmux.conf"), target: "sb"}
	t.Cleanup(func() {
		_, _ = s.run("kill-server")
		os.RemoveAll(dir)
	})
	if err := os.WriteFile(s.conf, []byte(tmuxConf), 0o600); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"new-session", "-d", "-s", s.target, "-x", "120", "-y", "40", "env", "NO_COLOR=1"}, argv...)
	if out, err := s.run(args...); err != nil {
		t.Fatalf("starting tmux: %v\n%s", err, out)
	}
	return s
}

func (s *tmuxSession) run(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-S", s.sock, "-f", s.conf}, args...)...).CombinedOutput()
	return string(out), err
}

// waitFor waits for text to be on screen and returns the screen.
func (s *tmuxSession) waitFor(t *testing.T, text string, timeout time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen, _ := s.run("capture-pane", "-p", "-t", s.target)
		if strings.Contains(screen, text) {
			return screen
		}
		if time.Now().After(deadline) {
			t.Fatalf("%q did not appear on screen in %v:\n%s", text, timeout, screen)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// waitGone waits for the session's program to end.
func (s *tmuxSession) waitGone(t *testing.T, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if _, err := s.run("has-session", "-t", s.target); err != nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the program in tmux did not end in %v", timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// panePID is the process ID of the program in the session: env execs it,
// so it is the pane's own process.
func (s *tmuxSession) panePID(t *testing.T) int {
	t.Helper()
	out, err := s.run("display-message", "-p", "-t", s.target, "#{pane_pid}")
	if err != nil {
		t.Fatalf("asking tmux for the pane's pid: %v\n%s", err, out)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(out))
	if err != nil {
		t.Fatalf("tmux gave the pid %q: %v", out, err)
	}
	return pid
}
