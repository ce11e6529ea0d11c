package theme

import "charm.land/glamour/v2/ansi"

// glamourStyle is a quiet stylesheet for articles: the reader only ever
// feeds Glamour a heading, emphasis, strong text (highlighted quotes), a
// rule and paragraphs, so only those are styled. Without colour, weight and
// italics carry the structure alone.
func glamourStyle(p palette, noColor bool) ansi.StyleConfig {
	color := func(hex string) *string {
		if noColor {
			return nil
		}
		return &hex
	}
	yes := func() *bool { b := true; return &b }
	margin := uint(1)
	return ansi.StyleConfig{
		Document: ansi.StyleBlock{
			StylePrimitive: ansi.StylePrimitive{Color: color(p.hexText)},
			Margin:         &margin,
		},
		Paragraph: ansi.StyleBlock{},
		Heading: ansi.StyleBlock{
			StylePrimitive: ansi.StylePrimitive{BlockSuffix: "\n", Bold: yes()},
		},
		H1: ansi.StyleBlock{
			StylePrimitive: ansi.StylePrimitive{Color: color(p.hexAccent), Bold: yes()},
		},
		H2: ansi.StyleBlock{
			StylePrimitive: ansi.StylePrimitive{Color: color(p.hexSubtle)},
		},
		Text:           ansi.StylePrimitive{},
		Emph:           ansi.StylePrimitive{Italic: yes(), Color: color(p.hexSubtle)},
		Strong:         ansi.StylePrimitive{Bold: yes(), Underline: yes(), Color: color(p.hexQuote)},
		HorizontalRule: ansi.StylePrimitive{Color: color(p.hexRule), Format: "\n────────\n"},
		Item:           ansi.StylePrimitive{BlockPrefix: "• "},
		Enumeration:    ansi.StylePrimitive{BlockPrefix: ". "},
		Code:           ansi.StyleBlock{},
		CodeBlock:      ansi.StyleCodeBlock{StyleBlock: ansi.StyleBlock{Margin: &margin}},
		List:           ansi.StyleList{LevelIndent: 2},
		BlockQuote: ansi.StyleBlock{
			Indent:      &margin,
			IndentToken: func() *string { s := "│ "; return &s }(),
		},
	}
}
