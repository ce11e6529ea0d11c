// Package config reads the reader's settings from one TOML file,
// $XDG_CONFIG_HOME/soundbite/config.toml by default.
//
// A missing file means the defaults. A file that cannot be used is never
// fatal: Load returns the defaults with an *Error naming the line and the
// key, so the reader can start anyway and say what was wrong. The key
// bindings are the one part whose defaults live elsewhere (with the panes
// that own the actions); this package carries them as action name -> keys
// and checks the names against the actions the caller knows.
//
// TOML is read with github.com/pelletier/go-toml/v2: strict decoding (an
// unknown key is an error, not silently ignored) and errors that carry the
// line and the key path, which is what a person fixing a file needs.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// maxFileSize bounds what Load reads: a settings file is a few kilobytes,
// and a larger one is a mistake (a wrong path, a log) rather than settings.
const maxFileSize = 1 << 20

// Config is every setting. The zero value of a field means "the default",
// so a file only needs the lines it changes.
type Config struct {
	// Browser is the command that opens a link: a program and its
	// arguments, split on spaces, with the URL appended as one more
	// argument (or put where "%s" stands). Empty: $BROWSER, else the
	// platform's opener.
	Browser string `toml:"browser"`
	// Theme is "auto" (follow the terminal's background), "dark" or "light".
	Theme string `toml:"theme"`
	// GlamourStyle is the article stylesheet: "auto" (the theme's own),
	// or one of Glamour's: "dark", "light", "dracula", "tokyo-night",
	// "pink", "ascii", "notty".
	GlamourStyle string `toml:"glamour_style"`

	Colors    Colors    `toml:"colors"`
	Layout    Layout    `toml:"layout"`
	Refresh   Refresh   `toml:"refresh"`
	Retention Retention `toml:"retention"`

	// Keys maps an action to the keys bound to it, replacing its
	// defaults ("down" = ["j", "down"]). Actions left out keep theirs.
	Keys map[string][]string `toml:"keys"`
}

// Colors override the theme's palette: "#rrggbb", "#rgb" or an ANSI
// colour number "0" to "255". Empty keeps the theme's colour.
type Colors struct {
	Text   string `toml:"text"`
	Subtle string `toml:"subtle"`
	Accent string `toml:"accent"`
	Quote  string `toml:"quote"`
	Rule   string `toml:"rule"`
}

// Layout sets the panes' widths in columns. Zero lets the reader choose
// from the window's width.
type Layout struct {
	ListWidth    int `toml:"list_width"`
	SidebarWidth int `toml:"sidebar_width"`
	// ReaderWidth caps the article's line length, for comfort on wide
	// terminals.
	ReaderWidth int `toml:"reader_width"`
}

// Refresh says when the reader fetches feeds by itself.
type Refresh struct {
	OnStart      bool `toml:"on_start"`
	EveryMinutes int  `toml:"every_minutes"`
}

// Retention says which articles prune removes. Bookmarked articles are
// always kept. Zero keeps everything.
type Retention struct {
	MaxAgeDays int `toml:"max_age_days"`
	MaxPerFeed int `toml:"max_per_feed"`
}

// Default returns the settings used where the file says nothing.
func Default() Config {
	return Config{Theme: "auto", GlamourStyle: "auto"}
}

// Error is a setting that could not be used.
type Error struct {
	Path string
	Line int    // 1-based; 0 when the line is not known
	Key  string // dotted key path, "keys.down"; empty when none applies
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Key != "" {
		fmt.Fprintf(&b, "%s: ", e.Key)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Path returns where the settings file lives: $XDG_CONFIG_HOME/soundbite/
// config.toml, or ~/.config/soundbite/config.toml.
func Path() (string, error) {
	if d := os.Getenv("XDG_CONFIG_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "soundbite", "config.toml"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the config directory: %w", err)
	}
	return filepath.Join(home, ".config", "soundbite", "config.toml"), nil
}

// AccountPath returns where the Miniflux account lives: beside the
// settings file, in $XDG_CONFIG_HOME/soundbite.
func AccountPath() (string, error) {
	p, err := Path()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(p), "miniflux.json"), nil
}

// Load reads the file at path. actions are the key-binding action names
// the caller knows; a [keys] entry for any other name is an error. On
// any error Load returns the defaults together with the error, so the
// caller can go on and report it; a missing file is not an error.
func Load(path string, actions []string) (Config, error) {
	def := Default()
	data, err := readBounded(path)
	if errors.Is(err, fs.ErrNotExist) {
		return def, nil
	}
	if err != nil {
		return def, &Error{Path: path, Msg: err.Error()}
	}
	cfg, err := Parse(data, actions)
	if err != nil {
		var ce *Error
		if errors.As(err, &ce) {
			ce.Path = path
		}
		return def, err
	}
	return cfg, nil
}

func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if info.Size() > maxFileSize {
		return nil, fmt.Errorf("%d bytes is too large for a settings file", info.Size())
	}
	var buf bytes.Buffer
	_, err = buf.ReadFrom(f)
	return buf.Bytes(), err
}

// Parse decodes a settings document and checks every value.
func Parse(data []byte, actions []string) (Config, error) {
	cfg := Default()
	dec := toml.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return Default(), decodeError(err)
	}
	if err := cfg.check(data, actions); err != nil {
		return Default(), err
	}
	return cfg, nil
}

// decodeError turns go-toml's errors into an *Error with a line and key.
func decodeError(err error) error {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) && len(strict.Errors) > 0 {
		de := strict.Errors[0]
		line, _ := de.Position()
		return &Error{Line: line, Key: strings.Join(de.Key(), "."), Msg: "unknown setting"}
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, _ := de.Position()
		return &Error{Line: line, Key: strings.Join(de.Key(), "."), Msg: strings.TrimPrefix(de.Error(), "toml: ")}
	}
	return &Error{Msg: strings.TrimPrefix(err.Error(), "toml: ")}
}

var (
	hexColor  = regexp.MustCompile(`^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)
	ansiColor = regexp.MustCompile(`^([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])$`)
)

// GlamourStyles are the article stylesheets glamour_style accepts.
var glamourStyles = []string{"auto", "dark", "light", "dracula", "tokyo-night", "pink", "ascii", "notty"}

// check validates values go-toml cannot: names, ranges, colours.
func (c *Config) check(data []byte, actions []string) error {
	bad := func(key, format string, args ...any) error {
		return &Error{Line: lineOf(data, key), Key: key, Msg: fmt.Sprintf(format, args...)}
	}
	if !slices.Contains([]string{"auto", "dark", "light"}, c.Theme) {
		return bad("theme", "%q is not one of auto, dark, light", c.Theme)
	}
	if !slices.Contains(glamourStyles, c.GlamourStyle) {
		return bad("glamour_style", "%q is not one of %s", c.GlamourStyle, strings.Join(glamourStyles, ", "))
	}
	for _, col := range []struct{ key, value string }{
		{"colors.text", c.Colors.Text}, {"colors.subtle", c.Colors.Subtle},
		{"colors.accent", c.Colors.Accent}, {"colors.quote", c.Colors.Quote},
		{"colors.rule", c.Colors.Rule},
	} {
		if col.value != "" && !hexColor.MatchString(col.value) && !ansiColor.MatchString(col.value) {
			return bad(col.key, "%q is not a colour (use \"#rrggbb\" or an ANSI number 0-255)", col.value)
		}
	}
	for _, n := range []struct {
		key      string
		value    int
		min, max int
	}{
		{"layout.list_width", c.Layout.ListWidth, 20, 400},
		{"layout.sidebar_width", c.Layout.SidebarWidth, 16, 200},
		{"layout.reader_width", c.Layout.ReaderWidth, 30, 400},
		{"refresh.every_minutes", c.Refresh.EveryMinutes, 1, 7 * 24 * 60},
		{"retention.max_age_days", c.Retention.MaxAgeDays, 1, 100 * 365},
		{"retention.max_per_feed", c.Retention.MaxPerFeed, 1, 10_000_000},
	} {
		if n.value != 0 && (n.value < n.min || n.value > n.max) {
			return bad(n.key, "%d is out of range (%d to %d, or 0 for the default)", n.value, n.min, n.max)
		}
	}
	if strings.TrimSpace(c.Browser) == "" && c.Browser != "" {
		return bad("browser", "is blank; leave it out to use $BROWSER")
	}
	for action, keys := range c.Keys {
		key := "keys." + action
		if !slices.Contains(actions, action) {
			return bad(key, "unknown action (known: %s)", strings.Join(actions, ", "))
		}
		if len(keys) == 0 {
			return bad(key, "binds no key; bind at least one")
		}
		for _, k := range keys {
			if err := checkKeyName(k); err != nil {
				return bad(key, "%s", err)
			}
		}
	}
	return nil
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }
