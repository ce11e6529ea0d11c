package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"soundbite/config"
	"soundbite/ui"
)

// settingsFeed has a newest item whose link would run a command if any
// shell ever saw it. Its people and places are fictional.
const settingsFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tarn Valley Wire</title><link>%[1]s/</link><description>x</description>
<item><title>Quarry reopens; touch pwned</title><link>%[1]s/quarry?q=$(touch${IFS}pwned)%%3Btouch${IFS}pwned</link><guid>q1</guid>
<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate>
<description>The quarry at Tarn Valley reopened on Tuesday. "We are glad to be back," said foreman Edda Holm.</description></item>
<item><title>Ferry fares frozen for winter</title><link>%[1]s/ferry</link><guid>f2</guid>
<pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate>
<description>Fares will not rise this winter, councillor Bram Ostby said on Monday.</description></item>
</channel></rss>`

// TestReaderSettingsAndLinks runs the reader in tmux with a settings file
// that rebinds j/k, sets a colour and names a test browser: the new keys
// move and show in ? help, o starts the browser with the article's link
// as its only argument (and no shell runs what the link holds), and a
// broken settings file starts the reader on defaults with the error in
// its status bar.
func TestReaderSettingsAndLinks(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, settingsFeed, srv.URL)
	}))
	defer srv.Close()

	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	mustRun(t, db, "feed", "add", srv.URL+"/feed.xml")

	work := filepath.Join(dir, "work") // the reader's (and so the browser's) directory
	cfgHome := filepath.Join(dir, "config")
	for _, d := range []string{work, filepath.Join(cfgHome, "soundbite")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	browser, args := testBrowser(t, dir)
	cfgPath := filepath.Join(cfgHome, "soundbite", "config.toml")
	good := fmt.Sprintf("browser = %q\n[colors]\naccent = \"#ff8800\"\n[keys]\ndown = [\"n\", \"down\"]\nup = [\"p\", \"up\"]\n", browser)
	if err := os.WriteFile(cfgPath, []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}

	start := func() *tmuxSession {
		return startTmux(t, "sh", "-c", `cd "$0" && exec env XDG_CONFIG_HOME="$1" "$2" --db "$3"`, work, cfgHome, binary, db)
	}
	tm := start()
	tm.waitFor(t, "Quarry reopens", 15*time.Second)

	// o opens the selected (newest) article's link.
	if _, err := tm.run("send-keys", "-t", tm.target, "o"); err != nil {
		t.Fatal(err)
	}
	got := waitForFile(t, args)
	// The braces, which a URL may not hold, arrive percent-encoded.
	want := srv.URL + "/quarry?q=$(touch$%7BIFS%7Dpwned)%3Btouch$%7BIFS%7Dpwned\n"
	if got != want {
		t.Fatalf("the browser got %q, want the link as its one argument %q", got, want)
	}
	if _, err := os.Stat(filepath.Join(work, "pwned")); err == nil {
		t.Fatal("a command in the article's link ran")
	}

	// n moves down (j no longer does), and ? help shows the new keys.
	tm.send(t, "j")
	time.Sleep(200 * time.Millisecond)
	tm.send(t, "n")
	tm.waitFor(t, "Fares will not rise", 5*time.Second)
	tm.send(t, "?")
	screen := tm.waitFor(t, "Moving", 5*time.Second)
	if !regexp.MustCompile(`n/down\s+down`).MatchString(screen) || !regexp.MustCompile(`p/up\s+up`).MatchString(screen) {
		t.Errorf("? help does not show the rebound keys:\n%s", screen)
	}
	tm.send(t, "esc")
	tm.send(t, "Q")
	tm.waitGone(t, 10*time.Second)

	// A broken file: the reader starts on defaults and says why.
	if err := os.WriteFile(cfgPath, []byte("[colors]\naccent = \"orange\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tm = start()
	screen = tm.waitFor(t, "settings not used", 15*time.Second)
	if !strings.Contains(screen, "config.toml:2") {
		t.Errorf("the status bar does not name the line:\n%s", screen)
	}
	tm.send(t, "j") // the default keys work
	tm.waitFor(t, "Fares will not rise", 5*time.Second)
	tm.send(t, "Q")
	tm.waitGone(t, 10*time.Second)

	// soundbite config says the whole of what is wrong, on stderr; a
	// key spelled as another program spells it names the spelling to use.
	if err := os.WriteFile(cfgPath, []byte("[keys]\nhalf_page_down = [\"C-d\"]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CONFIG_HOME", cfgHome)
	out, errOut, code := soundbite(t, db, "config")
	if code != 0 || !strings.HasPrefix(out, "# "+cfgPath) ||
		!strings.Contains(errOut, `config.toml:2: keys.half_page_down: "C-d" is not a key; write "ctrl+d"`) {
		t.Errorf("config with a mistyped key: exit %d, stderr %q", code, errOut)
	}
}

// send types keys into the session.
func (s *tmuxSession) send(t *testing.T, keys ...string) {
	t.Helper()
	if out, err := s.run(append([]string{"send-keys", "-t", s.target}, keys...)...); err != nil {
		t.Fatalf("send-keys: %v\n%s", err, out)
	}
}

// testBrowser writes a browser command into dir that records its
// arguments, one a line, in the file args, written whole at once.
func testBrowser(t *testing.T, dir string) (browser, args string) {
	t.Helper()
	args = filepath.Join(dir, "browser-args")
	browser = filepath.Join(dir, "browser")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + args + ".tmp\nmv " + args + ".tmp " + args + "\n"
	if err := os.WriteFile(browser, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return browser, args
}

// waitForFile waits for a file to appear and returns what it holds.
func waitForFile(t *testing.T, path string) string {
	t.Helper()
	for range 500 {
		if b, err := os.ReadFile(path); err == nil {
			return string(b)
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s was never written", path)
	return ""
}

// The file soundbite config prints, every line uncommented, is a valid
// settings file: every default key is a key name the settings accept.
func TestConfigTemplateUncommentedIsValid(t *testing.T) {
	out := mustRun(t, filepath.Join(t.TempDir(), "soundbite.db"), "config")
	var b strings.Builder
	for _, line := range strings.Split(out, "\n") {
		// browser's example is not a default: it stays commented out.
		if rest, ok := strings.CutPrefix(line, "# "); ok && !strings.HasPrefix(rest, "browser") &&
			regexp.MustCompile(`^[a-z_]+ = `).MatchString(rest) {
			line = rest
		}
		b.WriteString(line + "\n")
	}
	doc := b.String()
	if !strings.Contains(doc, "\nquit = [\"q\"]") || !strings.Contains(doc, "\nmax_per_feed = 0") {
		t.Fatalf("the settings were not uncommented:\n%s", doc)
	}
	cfgHome := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfgHome)
	if err := os.MkdirAll(filepath.Join(cfgHome, "soundbite"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(cfgHome, "soundbite", "config.toml"), doc)
	cfg, err := ui.LoadSettings()
	if err != nil {
		t.Fatalf("the uncommented template is refused: %v\n%s", err, doc)
	}
	if got := strings.Join(cfg.Keys["reader_page_up"], ","); got != "pgup,shift+space" {
		t.Errorf("reader_page_up = %q", got)
	}
}

// README's settings table names every setting soundbite config prints,
// with its default, and the list of actions names every rebindable one.
func TestReadmeSettingsAreTrue(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var tmpl strings.Builder
	if err := config.Template(&tmpl, ui.DefaultBindings()); err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{} // a setting's README row, by each name the row gives
	for _, line := range strings.Split(string(readme), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 4 || !strings.HasPrefix(line, "| `") {
			continue
		}
		for _, name := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(cells[1], -1) {
			rows[name[1]] = cells[2]
		}
	}
	section := ""
	setting := regexp.MustCompile(`^# ([a-z_]+) = (.*?)\s*(#.*)?$`)
	for _, line := range strings.Split(tmpl.String(), "\n") {
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			continue
		}
		m := setting.FindStringSubmatch(line)
		if m == nil || section == "keys" {
			continue
		}
		name, def := m[1], m[2]
		if section != "" {
			name = section + "." + name
		}
		if name == "browser" {
			def = `""` // the file shows an example; empty is the default
		}
		row, ok := rows[name]
		if !ok && section != "" {
			row, ok = rows["."+m[1]] // `colors.text`, `.subtle`, ...
		}
		if !ok {
			t.Errorf("README's settings table lacks %s", name)
			continue
		}
		if !strings.Contains(row, "`"+def+"`") {
			t.Errorf("README gives %s the default %s, soundbite config %s", name, strings.TrimSpace(row), def)
		}
	}
	keys := ui.DefaultKeyMap()
	for _, name := range keys.ActionNames() {
		if !strings.Contains(string(readme), "`"+name+"`") {
			t.Errorf("README's list of actions lacks %s", name)
		}
	}
}
