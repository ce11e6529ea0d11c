package reader

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
)

// ruleText is the rule between an article's head and its body, as the
// theme's stylesheet draws it.
const ruleText = "────────"

// Plain lays an article out as Render does, line for line, without
// Glamour and without styling: the same blocks in the same order, wrapped
// at the same width behind the same margin. It costs a small part of a
// Glamour render, so the reader shows it at once while Glamour works, and
// the styled rendering then takes its place without moving a line, so the
// place the reader scrolled to stays. A body in Markdown is left out: its
// markup would show as it is, and its lines would not be Glamour's.
// Every string is sanitised, as for Render. The layout copied is that of
// the theme's own stylesheet (theme/glamour.go): one of Glamour's chosen
// in the settings has other margins and prefixes, and its rendering moves
// lines as it takes the plain one's place.
func Plain(a model.Article, k Key) Rendered {
	var p plainText
	p.width = wrapWidth(k.Width)
	p.block(model.SanitizeLine(a.Title))
	p.block(metaLine(a, false))
	p.block(sourceLine(a, false))
	p.block(model.SanitizeLine(a.Caption))
	p.block(speakersLine(a.Speakers, nil, false))
	p.block(ruleText)
	if a.Format != model.Markdown {
		for _, para := range a.Body {
			p.block(strings.TrimSpace(inline(para)))
		}
	}
	return Rendered{Key: k, Title: model.SanitizeLine(a.Title), Content: p.String(), Partial: true}
}

// Heading is the head of an article from its row in the list alone: its
// title and as much of the line under it as the row knows (not the
// byline). The root shows it the moment an article is opened, before the
// article is read from the store.
func Heading(s model.Summary, k Key) Rendered {
	var p plainText
	p.width = wrapWidth(k.Width)
	title := model.SanitizeLine(s.Title)
	p.block(title)
	p.block(metaLine(model.Article{Category: s.Category, Published: s.Date}, false))
	return Rendered{Key: k, Title: title, Content: p.String(), Partial: true}
}

// wrapWidth is the width Glamour wraps text at in a pane w cells wide:
// the word wrap Render asks for, less the document's margin each side.
func wrapWidth(w int) int { return max(1, max(10, w-2)-2) }

// plainText gathers blocks as Glamour lays them out: a blank line between
// blocks, every line behind a one-cell margin.
type plainText struct {
	strings.Builder
	width int
}

func (p *plainText) block(text string) {
	if text == "" {
		return
	}
	if p.Len() > 0 {
		p.WriteString("\n\n")
	}
	// Glamour wraps with lipgloss.Wrap, which is ansi.Wrap and then the
	// styles carried over line breaks: plain text has none to carry.
	for i, line := range strings.Split(ansi.Wrap(text, p.width, ""), "\n") {
		if i > 0 {
			p.WriteByte('\n')
		}
		p.WriteByte(' ')
		p.WriteString(strings.TrimRight(line, " "))
	}
}
