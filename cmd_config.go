package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"soundbite/config"
	"soundbite/opener"
	"soundbite/ui"
	"soundbite/ui/theme"
)

func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print where the settings file is and every setting at its default",
		Long: `Print the settings file's path, then a settings file with every setting at
its default, commented out; a settings file that cannot be used is named on
stderr with what is wrong. To start one:

  soundbite config > "$(soundbite config --path)"   # or copy the lines you want`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := config.Path()
			if err != nil {
				return err
			}
			if only, _ := cmd.Flags().GetBool("path"); only {
				fmt.Fprintln(a.Stdout, path)
				return nil
			}
			// The reader's status bar has one line for a broken file;
			// here the whole message goes to stderr.
			keys := ui.DefaultKeyMap()
			if _, err := config.Load(path, keys.ActionNames()); err != nil {
				a.Warnf("the settings file is not used: %v", err)
			}
			fmt.Fprintf(a.Stdout, "# %s\n", path)
			return config.Template(a.Stdout, defaultBindings())
		},
	}
	cmd.Flags().Bool("path", false, "print only the settings file's path")
	return cmd
}

// defaultBindings are the reader's actions with their default keys, as the
// settings file names them.
func defaultBindings() []config.Binding {
	keys := ui.DefaultKeyMap()
	var out []config.Binding
	for _, act := range keys.Actions() {
		out = append(out, config.Binding{Action: act.Name, Keys: act.Binding.Keys(), Help: act.Binding.Help().Desc})
	}
	return out
}

// readerSettings loads the settings file for the reader. A file that
// cannot be used gives the defaults and a warning for the status bar:
// the reader always starts.
func readerSettings() (config.Config, string) {
	path, err := config.Path()
	if err != nil {
		return config.Default(), "settings: " + err.Error()
	}
	keys := ui.DefaultKeyMap()
	cfg, err := config.Load(path, keys.ActionNames())
	if err != nil {
		// The status bar is one line: the file's name, line and key say
		// what to fix (soundbite config --path gives the whole path).
		var ce *config.Error
		if errors.As(err, &ce) {
			ce.Path = filepath.Base(ce.Path)
		}
		return cfg, "settings not used, running on defaults: " + err.Error()
	}
	return cfg, ""
}

// readerOptions turns settings into the reader's options.
func readerOptions(cfg config.Config) ui.Options {
	c := cfg.Colors
	return ui.Options{
		Keys: cfg.Keys,
		Theme: theme.Options{
			Colors:  theme.Colors{Text: c.Text, Subtle: c.Subtle, Accent: c.Accent, Quote: c.Quote, Rule: c.Rule},
			Glamour: strings.TrimPrefix(cfg.GlamourStyle, "auto"),
			Force:   strings.TrimPrefix(cfg.Theme, "auto"),
		},
		Widths:  ui.Widths{List: cfg.Layout.ListWidth, Sidebar: cfg.Layout.SidebarWidth, Reader: cfg.Layout.ReaderWidth},
		OpenURL: opener.Opener{Browser: cfg.Browser}.Open,

		RefreshOnStart: cfg.Refresh.OnStart,
		RefreshEvery:   time.Duration(cfg.Refresh.EveryMinutes) * time.Minute,
	}
}
