// Package theme holds every style of the reader, built once from two facts
// about the terminal: whether its background is dark, and whether the user
// asked for no colour (NO_COLOR). Panes receive the part they need as a
// value; nothing here is mutable package state.
package theme

import (
	"fmt"
	"hash/fnv"
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
)

// Theme is the full set of styles for one background and colour setting.
type Theme struct {
	IsDark  bool
	NoColor bool
	// custom names the user's overrides in Name, empty for none.
	custom string

	List     List
	Reader   Reader
	Speakers Speakers
	Status   Status
	Frame    Frame
	Help     help.Styles
	Input    textinput.Styles

	// Glamour is the stylesheet the reader renders articles with.
	Glamour ansi.StyleConfig
}

// Name identifies the theme in render cache keys: two themes with the same
// name render articles identically.
func (t Theme) Name() string {
	name := "light"
	switch {
	case t.NoColor:
		name = "plain"
	case t.IsDark:
		name = "dark"
	}
	return name + t.custom
}

// Frame styles the parts the root draws around panes.
type Frame struct {
	TitleFocused Paint // pane title when the pane has focus
	TitleBlurred Paint
	TitleCount   Paint // the figure beside a pane title
	Separator    Paint // the rule between panes
}

// List styles the article list.
type List struct {
	Title         Paint
	SelectedTitle Paint
	Meta          Paint // category, date, speaker count
	SelectedMeta  Paint
	Bar           Paint // the cursor bar left of the selected row
	BarBlurred    Paint // the cursor bar when the list is not focused
	Unread        Paint // the unread dot
	Bookmark      Paint
	Placeholder   Paint          // rows still loading, empty list text
	Chip          lipgloss.Style // an active speaker filter
	FilterPrompt  Paint
	Match         Paint // a word of the title the search matched
}

// Reader styles the reading pane around Glamour's output.
type Reader struct {
	Placeholder lipgloss.Style
	Scroll      lipgloss.Style
}

// Speakers styles the speaker sidebar and its quote view.
type Speakers struct {
	Name         Paint
	SelectedName Paint
	Active       Paint // a speaker whose filter is on
	Glyph        Paint
	Count        Paint
	Bar          Paint
	BarBlurred   Paint
	Header       Paint
	Quote        Paint
	QuoteMeta    Paint
	Placeholder  Paint
}

// Status styles the status bar.
type Status struct {
	Bar   Paint
	Count Paint
	Info  Paint
	Error Paint
	Busy  Paint
}

// Paint is a style reduced to the escape sequences around its text, for
// drawing the same style many times a frame without lipgloss's layout
// work. It suits styles of colour and weight, not padding or width.
type Paint struct{ pre, post string }

func paint(st lipgloss.Style) Paint {
	const mark = "\ue000"
	out := st.Render(mark)
	i := strings.Index(out, mark)
	if i < 0 {
		return Paint{}
	}
	return Paint{pre: out[:i], post: out[i+len(mark):]}
}

// Render paints s.
func (p Paint) Render(s string) string {
	if p.pre == "" && p.post == "" {
		return s
	}
	return p.pre + s + p.post
}

// palette is the handful of colours everything else is made of.
type palette struct {
	text, subtle, faint, rule, accent, quote, mark, errc, chipBg color.Color
	hexText, hexSubtle, hexAccent, hexQuote, hexRule             string
}

func newPalette(isDark bool, c Colors) palette {
	pick := func(light, dark string) string {
		if isDark {
			return dark
		}
		return light
	}
	p := palette{
		hexText:   pick("#2B2B2B", "#DADADA"),
		hexSubtle: pick("#6E6E6E", "#8E8E8E"),
		hexAccent: pick("#5B47D6", "#9A8CFF"),
		hexQuote:  pick("#9A5B00", "#F2C879"),
		hexRule:   pick("#D0D0D0", "#3C3C3C"),
	}
	for _, o := range []struct {
		dst *string
		v   string
	}{
		{&p.hexText, c.Text}, {&p.hexSubtle, c.Subtle}, {&p.hexAccent, c.Accent},
		{&p.hexQuote, c.Quote}, {&p.hexRule, c.Rule},
	} {
		if o.v != "" {
			*o.dst = o.v
		}
	}
	p.text = lipgloss.Color(p.hexText)
	p.subtle = lipgloss.Color(p.hexSubtle)
	p.faint = lipgloss.Color(pick("#A0A0A0", "#5E5E5E"))
	p.rule = lipgloss.Color(p.hexRule)
	p.accent = lipgloss.Color(p.hexAccent)
	p.quote = lipgloss.Color(p.hexQuote)
	p.mark = lipgloss.Color(pick("#B7791F", "#E9B949"))
	p.errc = lipgloss.Color(pick("#C62828", "#FF7070"))
	p.chipBg = lipgloss.Color(pick("#E6E2FB", "#36305C"))
	return p
}

// New builds the theme for a dark or light background. With noColor set
// the styles use no colour at all, only weight, italics and reverse video,
// as https://no-color.org asks.
func New(isDark, noColor bool) Theme {
	return Custom(isDark, noColor, Options{})
}

// Options are the user's changes to the theme, from the settings file.
type Options struct {
	Colors Colors
	// Glamour names one of Glamour's own stylesheets for articles
	// ("dracula", "light", ...); empty or "auto" keeps the theme's.
	Glamour string
	// Force is "dark" or "light" to ignore the terminal's background;
	// empty or "auto" follows it.
	Force string
}

// Colors replace palette colours: "#rrggbb" or an ANSI number as text;
// empty keeps the theme's.
type Colors struct {
	Text, Subtle, Accent, Quote, Rule string
}

// Custom builds the theme with the user's options applied.
func Custom(isDark, noColor bool, o Options) Theme {
	switch o.Force {
	case "dark":
		isDark = true
	case "light":
		isDark = false
	}
	var t Theme
	if noColor {
		t = plain(isDark)
	} else {
		t = colored(isDark, newPalette(isDark, o.Colors))
	}
	if g, ok := styles.DefaultStyles[o.Glamour]; ok && o.Glamour != "" {
		t.Glamour = *g
	}
	if o != (Options{}) {
		t.custom = fmt.Sprintf("+%x", fnv64(fmt.Sprint(o)))
	}
	return t
}

func fnv64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func colored(isDark bool, p palette) Theme {
	s := lipgloss.NewStyle
	t := Theme{IsDark: isDark}
	t.Frame = Frame{
		TitleFocused: paint(s().Bold(true).Foreground(p.accent)),
		TitleBlurred: paint(s().Foreground(p.subtle)),
		TitleCount:   paint(s().Foreground(p.faint)),
		Separator:    paint(s().Foreground(p.rule)),
	}
	t.List = List{
		Title:         paint(s().Foreground(p.text)),
		SelectedTitle: paint(s().Foreground(p.accent).Bold(true)),
		Meta:          paint(s().Foreground(p.faint)),
		SelectedMeta:  paint(s().Foreground(p.subtle)),
		Bar:           paint(s().Foreground(p.accent)),
		BarBlurred:    paint(s().Foreground(p.subtle)),
		Unread:        paint(s().Foreground(p.accent)),
		Bookmark:      paint(s().Foreground(p.mark)),
		Placeholder:   paint(s().Foreground(p.faint).Italic(true)),
		Chip:          s().Foreground(p.text).Background(p.chipBg).Padding(0, 1),
		FilterPrompt:  paint(s().Foreground(p.accent)),
		Match:         paint(s().Foreground(p.text).Background(p.chipBg).Bold(true)),
	}
	t.Reader = Reader{
		Placeholder: s().Foreground(p.faint).Italic(true),
		Scroll:      s().Foreground(p.faint),
	}
	t.Speakers = Speakers{
		Name:         paint(s().Foreground(p.text)),
		SelectedName: paint(s().Foreground(p.accent).Bold(true)),
		Active:       paint(s().Foreground(p.quote).Bold(true)),
		Glyph:        paint(s().Foreground(p.faint)),
		Count:        paint(s().Foreground(p.subtle)),
		Bar:          paint(s().Foreground(p.accent)),
		BarBlurred:   paint(s().Foreground(p.subtle)),
		Header:       paint(s().Foreground(p.subtle).Bold(true)),
		Quote:        paint(s().Foreground(p.text).Italic(true)),
		QuoteMeta:    paint(s().Foreground(p.faint)),
		Placeholder:  paint(s().Foreground(p.faint).Italic(true)),
	}
	t.Status = Status{
		Bar:   paint(s().Foreground(p.subtle)),
		Count: paint(s().Foreground(p.subtle)),
		Info:  paint(s().Foreground(p.text)),
		Error: paint(s().Foreground(p.errc).Bold(true)),
		Busy:  paint(s().Foreground(p.accent)),
	}
	t.Help = help.DefaultStyles(isDark)
	t.Input = textinput.DefaultStyles(isDark)
	t.Input.Focused.Prompt = s().Foreground(p.accent)
	t.Input.Cursor.Blink = false
	t.Glamour = glamourStyle(p, false)
	return t
}

// plain is the NO_COLOR theme: structure through weight and reverse video.
func plain(isDark bool) Theme {
	s := lipgloss.NewStyle
	n := s()
	t := Theme{IsDark: isDark, NoColor: true}
	t.Frame = Frame{TitleFocused: paint(s().Bold(true).Underline(true)), TitleBlurred: paint(n), TitleCount: paint(n), Separator: paint(n)}
	t.List = List{
		Title: paint(n), SelectedTitle: paint(s().Bold(true)), Meta: paint(n), SelectedMeta: paint(n),
		Bar: paint(s().Bold(true)), BarBlurred: paint(n), Unread: paint(s().Bold(true)), Bookmark: paint(s().Bold(true)),
		Placeholder: paint(s().Italic(true)), Chip: s().Reverse(true).Padding(0, 1), FilterPrompt: paint(s().Bold(true)),
		Match: paint(s().Reverse(true)),
	}
	t.Reader = Reader{Placeholder: s().Italic(true), Scroll: n}
	t.Speakers = Speakers{
		Name: paint(n), SelectedName: paint(s().Bold(true)), Active: paint(s().Bold(true).Underline(true)), Glyph: paint(n), Count: paint(n),
		Bar: paint(s().Bold(true)), BarBlurred: paint(n), Header: paint(s().Bold(true)), Quote: paint(s().Italic(true)), QuoteMeta: paint(n),
		Placeholder: paint(s().Italic(true)),
	}
	t.Status = Status{Bar: paint(n), Count: paint(n), Info: paint(n), Error: paint(s().Bold(true)), Busy: paint(n)}
	t.Help = help.Styles{
		Ellipsis: n, ShortKey: s().Bold(true), ShortDesc: n, ShortSeparator: n,
		FullKey: s().Bold(true), FullDesc: n, FullSeparator: n,
	}
	t.Input = textinput.Styles{
		Focused: textinput.StyleState{Text: n, Placeholder: s().Italic(true), Suggestion: n, Prompt: s().Bold(true)},
		Blurred: textinput.StyleState{Text: n, Placeholder: s().Italic(true), Suggestion: n, Prompt: n},
		Cursor:  textinput.CursorStyle{Shape: 0, Blink: false},
	}
	t.Glamour = glamourStyle(palette{}, true)
	return t
}
