// Package theme holds every style of the reader, built once from two facts
// about the terminal: whether its background is dark, and whether the user
// asked for no colour (NO_COLOR). Panes receive the part they need as a
// value; nothing here is mutable package state.
package theme

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
)

// Theme is the full set of styles for one background and colour setting.
type Theme struct {
	IsDark  bool
	NoColor bool

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
	switch {
	case t.NoColor:
		return "plain"
	case t.IsDark:
		return "dark"
	}
	return "light"
}

// Frame styles the parts the root draws around panes.
type Frame struct {
	TitleFocused lipgloss.Style // pane title when the pane has focus
	TitleBlurred lipgloss.Style
	TitleCount   lipgloss.Style // the figure beside a pane title
	Separator    lipgloss.Style // the rule between panes
}

// List styles the article list.
type List struct {
	Title         lipgloss.Style
	SelectedTitle lipgloss.Style
	Meta          lipgloss.Style // category, date, speaker count
	SelectedMeta  lipgloss.Style
	Bar           lipgloss.Style // the cursor bar left of the selected row
	BarBlurred    lipgloss.Style // the cursor bar when the list is not focused
	Unread        lipgloss.Style // the unread dot
	Bookmark      lipgloss.Style
	Placeholder   lipgloss.Style // rows still loading, empty list text
	Chip          lipgloss.Style // an active speaker filter
	FilterPrompt  lipgloss.Style
}

// Reader styles the reading pane around Glamour's output.
type Reader struct {
	Placeholder lipgloss.Style
	Scroll      lipgloss.Style
}

// Speakers styles the speaker sidebar and its quote view.
type Speakers struct {
	Name         lipgloss.Style
	SelectedName lipgloss.Style
	Active       lipgloss.Style // a speaker whose filter is on
	Glyph        lipgloss.Style
	Count        lipgloss.Style
	Bar          lipgloss.Style
	BarBlurred   lipgloss.Style
	Header       lipgloss.Style
	Quote        lipgloss.Style
	QuoteMeta    lipgloss.Style
	Placeholder  lipgloss.Style
}

// Status styles the status bar.
type Status struct {
	Bar   lipgloss.Style
	Count lipgloss.Style
	Info  lipgloss.Style
	Error lipgloss.Style
	Busy  lipgloss.Style
}

// palette is the handful of colours everything else is made of.
type palette struct {
	text, subtle, faint, rule, accent, quote, mark, errc, chipBg color.Color
	hexText, hexSubtle, hexAccent, hexQuote, hexRule             string
}

func newPalette(isDark bool) palette {
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
	if noColor {
		return plain(isDark)
	}
	p := newPalette(isDark)
	s := lipgloss.NewStyle
	t := Theme{IsDark: isDark}
	t.Frame = Frame{
		TitleFocused: s().Bold(true).Foreground(p.accent),
		TitleBlurred: s().Foreground(p.subtle),
		TitleCount:   s().Foreground(p.faint),
		Separator:    s().Foreground(p.rule),
	}
	t.List = List{
		Title:         s().Foreground(p.text),
		SelectedTitle: s().Foreground(p.accent).Bold(true),
		Meta:          s().Foreground(p.faint),
		SelectedMeta:  s().Foreground(p.subtle),
		Bar:           s().Foreground(p.accent),
		BarBlurred:    s().Foreground(p.subtle),
		Unread:        s().Foreground(p.accent),
		Bookmark:      s().Foreground(p.mark),
		Placeholder:   s().Foreground(p.faint).Italic(true),
		Chip:          s().Foreground(p.text).Background(p.chipBg).Padding(0, 1),
		FilterPrompt:  s().Foreground(p.accent),
	}
	t.Reader = Reader{
		Placeholder: s().Foreground(p.faint).Italic(true),
		Scroll:      s().Foreground(p.faint),
	}
	t.Speakers = Speakers{
		Name:         s().Foreground(p.text),
		SelectedName: s().Foreground(p.accent).Bold(true),
		Active:       s().Foreground(p.quote).Bold(true),
		Glyph:        s().Foreground(p.faint),
		Count:        s().Foreground(p.subtle),
		Bar:          s().Foreground(p.accent),
		BarBlurred:   s().Foreground(p.subtle),
		Header:       s().Foreground(p.subtle).Bold(true),
		Quote:        s().Foreground(p.text).Italic(true),
		QuoteMeta:    s().Foreground(p.faint),
		Placeholder:  s().Foreground(p.faint).Italic(true),
	}
	t.Status = Status{
		Bar:   s().Foreground(p.subtle),
		Count: s().Foreground(p.subtle),
		Info:  s().Foreground(p.text),
		Error: s().Foreground(p.errc).Bold(true),
		Busy:  s().Foreground(p.accent),
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
	t.Frame = Frame{TitleFocused: s().Bold(true).Underline(true), TitleBlurred: n, TitleCount: n, Separator: n}
	t.List = List{
		Title: n, SelectedTitle: s().Bold(true), Meta: n, SelectedMeta: n,
		Bar: s().Bold(true), BarBlurred: n, Unread: s().Bold(true), Bookmark: s().Bold(true),
		Placeholder: s().Italic(true), Chip: s().Reverse(true).Padding(0, 1), FilterPrompt: s().Bold(true),
	}
	t.Reader = Reader{Placeholder: s().Italic(true), Scroll: n}
	t.Speakers = Speakers{
		Name: n, SelectedName: s().Bold(true), Active: s().Bold(true).Underline(true), Glyph: n, Count: n,
		Bar: s().Bold(true), BarBlurred: n, Header: s().Bold(true), Quote: s().Italic(true), QuoteMeta: n,
		Placeholder: s().Italic(true),
	}
	t.Status = Status{Bar: n, Count: n, Info: n, Error: s().Bold(true), Busy: n}
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
