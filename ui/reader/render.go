package reader

import (
	"container/list"
	"fmt"
	"regexp"
	"strings"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
)

// Key names one rendering of an article: the same article at another width,
// in another theme or with other quotes highlighted is another rendering.
type Key struct {
	ID    model.ID
	Width int
	Theme string
	Focus string // speaker keys in focus, joined by FocusSep
}

// FocusSep joins speaker keys in Key.Focus; it cannot occur in a key.
const FocusSep = "\x00"

// FocusKey joins speaker keys for Key.Focus.
func FocusKey(keys []string) string { return strings.Join(keys, FocusSep) }

// Focus splits Key.Focus back into speaker keys.
func (k Key) FocusKeys() []string {
	if k.Focus == "" {
		return nil
	}
	return strings.Split(k.Focus, FocusSep)
}

// Rendered is the result of rendering an article, as a message.
type Rendered struct {
	Key     Key
	Title   string // sanitised, for the status bar
	Content string
	Err     error
}

// Render renders a at the key's width with the given Glamour stylesheet. It
// builds its own renderer on each call, because a Glamour renderer is not
// safe for concurrent use and renders run in commands side by side.
func Render(a model.Article, k Key, style gansi.StyleConfig) Rendered {
	r := Rendered{Key: k, Title: model.SanitizeLine(a.Title)}
	tr, err := glamour.NewTermRenderer(
		glamour.WithStyles(style),
		glamour.WithWordWrap(max(10, k.Width-2)), // the document margin takes the rest
	)
	if err != nil {
		r.Err = fmt.Errorf("render %s: %w", a.ID, err)
		return r
	}
	out, err := tr.Render(Markdown(a, k.FocusKeys()))
	if err != nil {
		r.Err = fmt.Errorf("render %s: %w", a.ID, err)
		return r
	}
	// Glamour pads lines to the wrap width and frames the document with
	// blank lines; the pane has its own spacing.
	r.Content = emptySGR.ReplaceAllString(strings.Trim(trimPadding(out), "\n"), "\x1b[m")
	return r
}

// emptySGR matches styles set and reset with nothing between, which
// Glamour leaves behind by the hundred; the reset alone does the same.
var emptySGR = regexp.MustCompile(`(?:\x1b\[[0-9;]*m)+\x1b\[m`)

// trimPadding drops the styled spaces Glamour pads every line with, so
// the viewport holds only text and lines never overrun a narrower pane.
func trimPadding(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		text := strings.TrimRight(ansi.Strip(l), " ")
		switch {
		case text == "":
			lines[i] = ""
		case len(text) < len(l):
			lines[i] = ansi.Truncate(l, ansi.StringWidth(text), "") + "\x1b[m"
		}
	}
	return strings.Join(lines, "\n")
}

// Cache is a small least-recently-used cache of renderings. It belongs to
// the update loop: commands never touch it, they return Rendered messages.
type Cache struct {
	size  int
	order *list.List // of Rendered, most recent first
	items map[Key]*list.Element
}

// NewCache returns a cache of at most size renderings.
func NewCache(size int) *Cache {
	return &Cache{size: max(1, size), order: list.New(), items: make(map[Key]*list.Element)}
}

// Get returns the rendering for k and marks it recently used.
func (c *Cache) Get(k Key) (Rendered, bool) {
	e, ok := c.items[k]
	if !ok {
		return Rendered{}, false
	}
	c.order.MoveToFront(e)
	return e.Value.(Rendered), true
}

// Put adds a rendering, evicting the least recently used beyond the size.
func (c *Cache) Put(r Rendered) {
	if e, ok := c.items[r.Key]; ok {
		e.Value = r
		c.order.MoveToFront(e)
		return
	}
	c.items[r.Key] = c.order.PushFront(r)
	for c.order.Len() > c.size {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(Rendered).Key)
	}
}

// Len is the number of renderings held.
func (c *Cache) Len() int { return c.order.Len() }

// Clear forgets every rendering, as after a refresh changed articles.
func (c *Cache) Clear() {
	c.order.Init()
	clear(c.items)
}
