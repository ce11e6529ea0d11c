package reader

import (
	"container/list"
	"fmt"
	"regexp"
	"strings"
	"sync"

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
	// Partial says Content stands in for the styled rendering while
	// that is on its way (Plain, Heading); it is never cached.
	Partial bool
}

// Render renders a at the key's width with the given Glamour stylesheet,
// on a renderer of its own. Renderers.Render does the same on a reused one.
func Render(a model.Article, k Key, style gansi.StyleConfig) Rendered {
	return (*Renderers)(nil).Render(a, k, style)
}

// Renderers keeps Glamour renderers for reuse. Building one costs about
// as much as rendering a short article, and renders run in commands side
// by side while a renderer is not safe for concurrent use, so each render
// takes an idle renderer for its width and theme, or builds one, and
// gives it back when done. The zero value is not ready: use NewRenderers.
// A nil *Renderers builds a renderer per call.
type Renderers struct {
	mu   sync.Mutex
	idle map[rendererKey][]*glamour.TermRenderer
}

// rendererKey is what a renderer is built for. Two stylesheets with the
// same theme name render alike (see Key), so the name stands for the style.
type rendererKey struct {
	width int
	theme string
}

// Bounds on what Renderers keeps: renders in flight at once are few (one
// wanted, one ahead), and widths and themes change only on resize and on
// the terminal's background reply.
const (
	idlePerKey = 2
	idleKeys   = 4
)

// NewRenderers returns an empty pool.
func NewRenderers() *Renderers {
	return &Renderers{idle: make(map[rendererKey][]*glamour.TermRenderer)}
}

func (p *Renderers) get(k rendererKey, style gansi.StyleConfig) (*glamour.TermRenderer, error) {
	if p != nil {
		p.mu.Lock()
		free := p.idle[k]
		if n := len(free); n > 0 {
			tr := free[n-1]
			p.idle[k] = free[:n-1]
			p.mu.Unlock()
			return tr, nil
		}
		p.mu.Unlock()
	}
	return glamour.NewTermRenderer(
		glamour.WithStyles(style),
		glamour.WithWordWrap(max(10, k.width-2)), // the document margin takes the rest
	)
}

func (p *Renderers) put(k rendererKey, tr *glamour.TermRenderer) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.idle[k]; !ok && len(p.idle) >= idleKeys {
		// A width or theme no longer in use: forget the others rather
		// than grow with every resize.
		clear(p.idle)
	}
	if len(p.idle[k]) < idlePerKey {
		p.idle[k] = append(p.idle[k], tr)
	}
}

// Render renders a at the key's width with the given Glamour stylesheet.
func (p *Renderers) Render(a model.Article, k Key, style gansi.StyleConfig) Rendered {
	r := Rendered{Key: k, Title: model.SanitizeLine(a.Title)}
	rk := rendererKey{width: k.Width, theme: k.Theme}
	tr, err := p.get(rk, style)
	if err != nil {
		r.Err = fmt.Errorf("render %s: %w", a.ID, err)
		return r
	}
	out, err := tr.Render(Markdown(a, k.FocusKeys()))
	if err != nil {
		// A renderer that failed midway may hold state from the failed
		// document; it is not given back.
		r.Err = fmt.Errorf("render %s: %w", a.ID, err)
		return r
	}
	p.put(rk, tr)
	// Glamour pads lines to the wrap width and frames the document with
	// blank lines; the pane has its own spacing.
	r.Content = emptySGR.ReplaceAllString(strings.Trim(trimPadding(onlySGR(out)), "\n"), "\x1b[m")
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
