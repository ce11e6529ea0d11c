package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
)

// Action is one rebindable action of the reader: the name a settings file
// uses for it and the binding it sets.
type Action struct {
	Name    string
	Binding *key.Binding
}

// Actions lists every action a settings file may rebind, in the order a
// commented settings file shows them. The pointers reach into k, so
// rebinding through them changes k.
func (k *KeyMap) Actions() []Action {
	l, r, s := &k.List, &k.Reader, &k.Speakers
	return []Action{
		{"quit", &k.Quit}, {"quit_now", &k.QuitNow}, {"back", &k.Back}, {"zoom", &k.Zoom},
		{"help", &k.Help},
		{"next_pane", &k.NextPane}, {"prev_pane", &k.PrevPane},
		{"pane_left", &k.Left}, {"pane_right", &k.Right},
		{"bookmark", &k.Bookmark}, {"toggle_read", &k.Read},
		{"unread_only", &k.UnreadOnly}, {"bookmarks_only", &k.Bookmarks},
		{"refresh", &k.Refresh}, {"sidebar", &k.Sidebar},
		{"clear_filters", &k.ClearFilters}, {"save_search", &k.SaveSearch},
		{"open_link", &k.OpenLink}, {"copy_link", &k.CopyLink},
		{"mark_all_read", &k.MarkAllRead}, {"delete", &k.Delete}, {"feeds", &k.Feeds},

		{"up", &l.Up}, {"down", &l.Down},
		{"half_page_up", &l.HalfUp}, {"half_page_down", &l.HalfDown},
		{"page_up", &l.PageUp}, {"page_down", &l.PageDown},
		{"first", &l.Top}, {"last", &l.Bottom},
		{"open", &l.Open}, {"search", &l.Filter},

		{"reader_page_down", &r.PageDown}, {"reader_page_up", &r.PageUp},
		{"next_match", &r.NextMatch}, {"prev_match", &r.PrevMatch},

		{"speaker_filter", &s.Toggle}, {"speaker_quotes", &s.Quotes},
		{"saved_searches", &s.Saved}, {"forget_search", &s.Forget},
	}
}

// ActionNames returns the names Actions uses.
func (k *KeyMap) ActionNames() []string {
	acts := k.Actions()
	names := make([]string, len(acts))
	for i, a := range acts {
		names[i] = a.Name
	}
	return names
}

// Rebind replaces the keys of the named actions. Moving along a list is
// one habit whatever pane has focus, so "up", "down", "first", "last" and
// the half pages rebind the reader's and the sidebar's movement too. The
// help text shows the new keys. An unknown action name is an error and
// changes nothing.
func (k *KeyMap) Rebind(keys map[string][]string) error {
	acts := make(map[string]*key.Binding)
	for _, a := range k.Actions() {
		acts[a.Name] = a.Binding
	}
	var unknown []string
	for name := range keys {
		if acts[name] == nil {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("unknown action %s", strings.Join(unknown, ", "))
	}
	follow := map[string][]*key.Binding{
		"up":             {&k.Reader.Up, &k.Speakers.Up},
		"down":           {&k.Reader.Down, &k.Speakers.Down},
		"half_page_up":   {&k.Reader.HalfUp, &k.Speakers.HalfUp},
		"half_page_down": {&k.Reader.HalfDown, &k.Speakers.HalfDown},
		"first":          {&k.Reader.Top, &k.Speakers.Top},
		"last":           {&k.Reader.Bottom, &k.Speakers.Bottom},
	}
	for name, ks := range keys {
		for _, b := range append([]*key.Binding{acts[name]}, follow[name]...) {
			rebind(b, ks)
		}
	}
	return nil
}

// rebind gives b new keys and shows them in its help, keeping its
// description.
func rebind(b *key.Binding, keys []string) {
	desc := b.Help().Desc
	b.SetKeys(keys...)
	b.SetHelp(strings.Join(keys, "/"), desc)
}
