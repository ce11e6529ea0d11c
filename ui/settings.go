package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"soundbite/config"
	"soundbite/opener"
	"soundbite/ui/theme"
)

// The settings file (package config) is mostly the reader's: its keys,
// colours, widths, browser and refreshes. Here it is read against the
// reader's actions and turned into Options.

// DefaultBindings are the reader's actions with their default keys, as the
// settings file names them.
func DefaultBindings() []config.Binding {
	keys := DefaultKeyMap()
	var out []config.Binding
	for _, act := range keys.Actions() {
		out = append(out, config.Binding{Action: act.Name, Keys: act.Binding.Keys(), Help: act.Binding.Help().Desc})
	}
	return out
}

// LoadSettings reads the settings file, refusing one that cannot be used.
func LoadSettings() (config.Config, error) {
	path, err := config.Path()
	if err != nil {
		return config.Default(), fmt.Errorf("settings: %w", err)
	}
	keys := DefaultKeyMap()
	cfg, err := config.Load(path, keys.ActionNames())
	if err != nil {
		return cfg, fmt.Errorf("settings: %w", err)
	}
	return cfg, nil
}

// Settings reads the settings file for the reader. A file that cannot be
// used gives the defaults and a warning for the status bar: the reader
// always starts.
func Settings() (config.Config, string) {
	path, err := config.Path()
	if err != nil {
		return config.Default(), "settings: " + err.Error()
	}
	keys := DefaultKeyMap()
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

// OptionsFrom turns settings into the reader's options; the caller adds
// the store and what refreshes it.
func OptionsFrom(cfg config.Config) Options {
	c := cfg.Colors
	return Options{
		Keys: cfg.Keys,
		Theme: theme.Options{
			Colors:  theme.Colors{Text: c.Text, Subtle: c.Subtle, Accent: c.Accent, Quote: c.Quote, Rule: c.Rule},
			Glamour: strings.TrimPrefix(cfg.GlamourStyle, "auto"),
			Force:   strings.TrimPrefix(cfg.Theme, "auto"),
		},
		Widths:  Widths{List: cfg.Layout.ListWidth, Sidebar: cfg.Layout.SidebarWidth, Reader: cfg.Layout.ReaderWidth},
		OpenURL: opener.Opener{Browser: cfg.Browser}.Open,

		RefreshOnStart: cfg.Refresh.OnStart,
		RefreshEvery:   time.Duration(cfg.Refresh.EveryMinutes) * time.Minute,
	}
}
