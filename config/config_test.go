package config

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var testActions = []string{"down", "up", "quit", "open_link"}

func TestLoadMissingFileIsDefaults(t *testing.T) {
	cfg, err := Load(filepath.Join(t.TempDir(), "config.toml"), testActions)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.Theme != "auto" || cfg.GlamourStyle != "auto" || cfg.Keys != nil {
		t.Fatalf("defaults = %+v", cfg)
	}
}

func TestParseEverySetting(t *testing.T) {
	doc := `
browser = "firefox --new-tab"
theme = "dark"
glamour_style = "dracula"

[colors]
accent = "#ff8800"
quote = "214"

[layout]
list_width = 70
reader_width = 90

[refresh]
on_start = true
every_minutes = 30

[retention]
max_age_days = 60
max_per_feed = 500

[keys]
down = ["n"]
up = ["p", "up"]
`
	cfg, err := Parse([]byte(doc), testActions)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := Config{
		Browser: "firefox --new-tab", Theme: "dark", GlamourStyle: "dracula",
		Colors:    Colors{Accent: "#ff8800", Quote: "214"},
		Layout:    Layout{ListWidth: 70, ReaderWidth: 90},
		Refresh:   Refresh{OnStart: true, EveryMinutes: 30},
		Retention: Retention{MaxAgeDays: 60, MaxPerFeed: 500},
	}
	if cfg.Browser != want.Browser || cfg.Theme != want.Theme || cfg.GlamourStyle != want.GlamourStyle ||
		cfg.Colors != want.Colors || cfg.Layout != want.Layout || cfg.Refresh != want.Refresh ||
		cfg.Retention != want.Retention {
		t.Fatalf("got %+v\nwant %+v", cfg, want)
	}
	if got := strings.Join(cfg.Keys["down"], ","); got != "n" {
		t.Errorf("keys.down = %q", got)
	}
	if got := strings.Join(cfg.Keys["up"], ","); got != "p,up" {
		t.Errorf("keys.up = %q", got)
	}
}

// Each broken file must name the line and the key a person has to fix,
// and come back with the defaults.
func TestBadFilesNameLineAndKey(t *testing.T) {
	cases := []struct {
		name, doc string
		line      int
		key, msg  string
	}{
		{"syntax", "theme = \"dark\"\nbrowser = \n", 2, "", ""},
		{"unknown setting", "theme = \"dark\"\n\n[layout]\nlist_wdth = 40\n", 4, "layout.list_wdth", "unknown setting"},
		{"wrong type", "[refresh]\non_start = true\nevery_minutes = \"often\"\n", 3, "refresh.every_minutes", "cannot decode"},
		{"bad theme", "\ntheme = \"purple\"\n", 2, "theme", "not one of"},
		{"bad colour", "[colors]\ntext = \"#fff\"\naccent = \"orange\"\n", 3, "colors.accent", "not a colour"},
		{"out of range", "[layout]\nlist_width = 5\n", 2, "layout.list_width", "out of range"},
		{"negative", "[retention]\nmax_age_days = -3\n", 2, "retention.max_age_days", "out of range"},
		{"unknown action", "[keys]\ndown = [\"j\"]\nfly = [\"f\"]\n", 3, "keys.fly", "unknown action"},
		{"empty binding", "[keys]\ndown = []\n", 2, "keys.down", "binds no key"},
		{"control key", "[keys]\ndown = [\"\\u001b]52;c;x\\u0007\"]\n", 2, "keys.down", "not a key"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			if err := os.WriteFile(path, []byte(c.doc), 0o600); err != nil {
				t.Fatal(err)
			}
			cfg, err := Load(path, testActions)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Load error = %v (%T), want *Error", err, err)
			}
			if ce.Path != path || ce.Line != c.line || ce.Key != c.key || !strings.Contains(ce.Msg, c.msg) {
				t.Errorf("error = %+v, want line %d key %q msg ~%q", ce, c.line, c.key, c.msg)
			}
			if !strings.HasPrefix(err.Error(), path+":") {
				t.Errorf("message %q does not start with the path", err)
			}
			if cfg.Theme != "auto" || cfg.Keys != nil || cfg.Layout.ListWidth != 0 {
				t.Errorf("a bad file must give the defaults, got %+v", cfg)
			}
		})
	}
}

func TestLoadRefusesHugeAndOddFiles(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, bytes.Repeat([]byte("# x\n"), maxFileSize/4+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big, testActions); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("huge file: %v", err)
	}
	if _, err := Load(dir, testActions); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("directory: %v", err)
	}
}

// The commented template must parse to exactly the defaults, and with
// every line uncommented to the defaults made explicit.
func TestTemplateRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	bindings := []Binding{{"down", []string{"j", "down"}, "down"}, {"quit", []string{"q"}, "quit"}}
	if err := Template(&buf, bindings); err != nil {
		t.Fatal(err)
	}
	cfg, err := Parse(buf.Bytes(), testActions)
	if err != nil {
		t.Fatalf("template does not parse: %v", err)
	}
	if cfg.Theme != "auto" || cfg.Keys != nil {
		t.Errorf("commented template changed settings: %+v", cfg)
	}
	var un strings.Builder
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(l, "# ") && strings.Contains(l, " = ") {
			l = strings.TrimPrefix(l, "# ")
		}
		un.WriteString(l + "\n")
	}
	// The browser example is an example, not a default.
	cfg, err = Parse([]byte(strings.Replace(un.String(), `browser = "firefox --new-tab"`, "", 1)), testActions)
	if err != nil {
		t.Fatalf("uncommented template does not parse: %v\n%s", err, un.String())
	}
	if got := strings.Join(cfg.Keys["down"], ","); got != "j,down" {
		t.Errorf("keys.down = %q", got)
	}
	if cfg.Theme != "auto" || cfg.GlamourStyle != "auto" || cfg.Layout != (Layout{}) {
		t.Errorf("uncommented template is not the defaults: %+v", cfg)
	}
}

func TestPathFollowsXDG(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/somewhere/cfg")
	p, err := Path()
	if err != nil || p != filepath.Join("/somewhere/cfg", "soundbite", "config.toml") {
		t.Errorf("Path = %q, %v", p, err)
	}
	t.Setenv("XDG_CONFIG_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/someone")
	p, _ = Path()
	if p != filepath.Join("/home/someone", ".config", "soundbite", "config.toml") {
		t.Errorf("relative XDG_CONFIG_HOME must be ignored, got %q", p)
	}
}

// Keys are Bubble Tea's key names; other spellings are refused with the
// one to use, since they would bind a key no press matches.
func TestKeyNames(t *testing.T) {
	for _, k := range []string{"j", "G", "?", "/", "ä", "ctrl+d", "shift+tab", "ctrl+alt+x", "pgdown", "pgup",
		"space", "shift+space", "esc", "f5", "delete", "enter", "home", "alt+enter"} {
		if err := checkKeyName(k); err != nil {
			t.Errorf("%q refused: %v", k, err)
		}
	}
	for k, hint := range map[string]string{
		"pgdn": `write "pgdown"`, "PageUp": `write "pgup"`, "C-d": `write "ctrl+d"`, "^D": `write "ctrl+d"`,
		"Escape": `write "esc"`, "ctrl+D": `write "ctrl+d"`, "shift+ctrl+a": "modifiers go in the order",
		"Enter": `write "enter"`, " ": `write "space"`, "": "not a key", "jj": "not a key",
		"ctrl+": "not a key", "\u200b": "not a key",
	} {
		err := checkKeyName(k)
		if err == nil || !strings.Contains(err.Error(), hint) {
			t.Errorf("%q: %v, want it refused saying %s", k, err, hint)
		}
	}
}
