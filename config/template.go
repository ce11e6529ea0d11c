package config

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Binding is one action's default keys, as the caller knows them, for the
// commented file Template writes.
type Binding struct {
	Action string
	Keys   []string
	Help   string
}

// Template writes a settings file holding every setting at its default,
// each line commented out, so the file documents itself and changes
// nothing until a line is uncommented. It is what `soundbite config`
// prints.
func Template(w io.Writer, bindings []Binding) error {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("# soundbite settings. Every line is commented out and shows the default;")
	line("# uncomment a line to change it. A mistake here never stops the reader:")
	line("# it starts on the defaults and says what was wrong in its status bar.")
	line("")
	line("# Command that opens a link; the URL is added as its last argument (or")
	line("# replaces %%s). Empty: $BROWSER, else xdg-open (open on macOS).")
	line("# browser = \"firefox --new-tab\"")
	line("")
	line("# auto follows the terminal's background; or dark, light.")
	line("# theme = \"auto\"")
	line("")
	line("# The article stylesheet: auto (the theme's own), or one of Glamour's:")
	line("# %s.", strings.Join(glamourStyles[1:], ", "))
	line("# glamour_style = \"auto\"")
	line("")
	line("[colors]")
	line("# \"#rrggbb\" or an ANSI colour number; empty keeps the theme's colour.")
	for _, k := range []string{"text", "subtle", "accent", "quote", "rule"} {
		line("# %s = \"\"", k)
	}
	line("")
	line("[layout]")
	line("# Widths in columns; 0 lets the reader choose from the window's width.")
	line("# list_width = 0")
	line("# sidebar_width = 0")
	line("# The longest line of an article, for comfort on wide terminals.")
	line("# reader_width = 0")
	line("")
	line("[refresh]")
	line("# Fetch feeds when the reader starts, and every N minutes while it is open")
	line("# (0: only when you press the refresh key).")
	line("# on_start = false")
	line("# every_minutes = 0")
	line("")
	line("[retention]")
	line("# soundbite prune (and a refresh, when set) removes articles older than")
	line("# this many days, and beyond the newest N of each feed. Bookmarked")
	line("# articles are always kept. 0 keeps everything.")
	line("# max_age_days = 0")
	line("# max_per_feed = 0")
	line("")
	line("[keys]")
	line("# A line for an action replaces that action's keys. Keys are written as")
	line("# below: a character (\"j\", \"G\", \"?\"), or a name (\"down\", \"pgdown\", \"esc\",")
	line("# \"space\", \"f1\") after any of ctrl+, alt+, shift+ in that order (\"ctrl+d\").")
	for _, bd := range bindings {
		quoted := make([]string, len(bd.Keys))
		for i, k := range bd.Keys {
			quoted[i] = strconv.Quote(k)
		}
		entry := fmt.Sprintf("# %s = [%s]", bd.Action, strings.Join(quoted, ", "))
		if bd.Help != "" {
			entry = fmt.Sprintf("%-40s # %s", entry, bd.Help)
		}
		line("%s", entry)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
