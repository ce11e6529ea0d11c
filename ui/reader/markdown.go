package reader

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"soundbite/model"
)

// Markdown turns an article into the Markdown the reader renders. Every
// string from the article is sanitised and escaped, so article text can
// neither inject Markdown or HTML nor smuggle a control character in as an
// entity. The quotes of the speakers in focus (speaker keys, see
// model.SpeakerKey) are made strong, which the theme draws as a highlight.
func Markdown(a model.Article, focus []string) string {
	var b strings.Builder
	b.Grow(len(a.Title) + len(a.Caption) + 2*len(a.Text()) + 256)
	b.WriteString("# ")
	b.WriteString(Escape(model.SanitizeLine(a.Title)))
	b.WriteString("\n\n")

	if meta := metaLine(a, true); meta != "" {
		b.WriteString(meta)
		b.WriteString("\n\n")
	}
	if src := sourceLine(a, true); src != "" {
		b.WriteString(src)
		b.WriteString("\n\n")
	}
	if c := model.SanitizeLine(a.Caption); c != "" {
		b.WriteString("*")
		b.WriteString(Escape(c))
		b.WriteString("*\n\n")
	}
	if sp := speakersLine(a.Speakers, focus, true); sp != "" {
		b.WriteString(sp)
		b.WriteString("\n\n")
	}
	b.WriteString("---\n\n")

	// A plain-text body is made literal; a Markdown body (converted from
	// HTML, or a Markdown file) keeps its links and emphasis but is still
	// kept from smuggling in escapes or raw HTML.
	escape := Escape
	if a.Format == model.Markdown {
		escape = defuse
	}
	quotes := focusQuotes(a.Quotes, focus)
	start := 0
	for _, p := range a.Body {
		end := start + len(p)
		if para := paragraph(p, start, quotes, escape); para != "" {
			b.WriteString(para)
			b.WriteString("\n\n")
		}
		start = end + len(model.ParagraphSep)
	}
	return b.String()
}

// metaLine is the category, date and byline under the title, escaped as
// Markdown or, for Plain, as they are.
func metaLine(a model.Article, markdown bool) string {
	escape := escaper(markdown)
	var parts []string
	if c := model.SanitizeLine(a.Category); c != "" {
		parts = append(parts, escape(strings.ToUpper(c)))
	}
	if d := a.Date(); !d.IsZero() {
		parts = append(parts, d.Format("2 January 2006"))
	}
	if au := model.SanitizeLine(a.Author); au != "" {
		parts = append(parts, "by "+escape(au))
	}
	return strings.Join(parts, " · ")
}

// sourceLine is where a web article lives and the feed it came from (by
// the name it has here, else its host), escaped so that neither becomes a
// live link: the reader's open-link key is the way to follow it.
func sourceLine(a model.Article, markdown bool) string {
	escape := escaper(markdown)
	var parts []string
	if u, err := url.Parse(a.Source); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		parts = append(parts, escape(model.SanitizeLine(a.Source)))
	}
	if name := model.SanitizeLine(a.FeedName); name != "" {
		parts = append(parts, "via "+escape(name))
	} else if u, err := url.Parse(a.Feed); err == nil && u.Host != "" {
		parts = append(parts, "via "+escape(model.SanitizeLine(u.Host)))
	}
	return strings.Join(parts, " · ")
}

// speakersLine lists who speaks in the article, most quoted first, with the
// speakers in focus made strong in Markdown (Plain has no emphasis to
// give them).
func speakersLine(speakers []model.Speaker, focus []string, markdown bool) string {
	escape := escaper(markdown)
	if len(speakers) == 0 {
		return ""
	}
	sp := slices.Clone(speakers)
	slices.SortStableFunc(sp, func(x, y model.Speaker) int { return cmp.Compare(y.Quotes, x.Quotes) })
	names := make([]string, 0, len(sp))
	for _, s := range sp {
		n := escape(model.SanitizeLine(s.Name))
		if n == "" {
			continue
		}
		if markdown && slices.Contains(focus, s.Key()) {
			n = "**" + n + "**"
		}
		names = append(names, n)
	}
	if len(names) == 0 {
		return ""
	}
	if !markdown {
		return "Speaking: " + strings.Join(names, ", ")
	}
	return "*Speaking:* " + strings.Join(names, ", ")
}

// escaper is Escape for Markdown, and keeps text as it is for Plain.
func escaper(markdown bool) func(string) string {
	if markdown {
		return Escape
	}
	return func(s string) string { return s }
}

// focusQuotes returns the quotes of the speakers in focus, by position,
// without overlaps.
func focusQuotes(quotes []model.Quote, focus []string) []model.Quote {
	if len(focus) == 0 {
		return nil
	}
	var out []model.Quote
	for _, q := range quotes {
		if q.Start < q.End && slices.Contains(focus, model.SpeakerKey(q.Speaker)) {
			out = append(out, q)
		}
	}
	slices.SortFunc(out, func(x, y model.Quote) int { return cmp.Compare(x.Start, y.Start) })
	kept := out[:0]
	for _, q := range out {
		if len(kept) == 0 || q.Start >= kept[len(kept)-1].End {
			kept = append(kept, q)
		}
	}
	return kept
}

// paragraph escapes one body paragraph that starts at byte offset start of
// the article text, making the given quotes inside it strong. Offsets are
// applied to the raw text, before sanitising, since that is what they index.
func paragraph(p string, start int, quotes []model.Quote, escape func(string) string) string {
	var b strings.Builder
	at := 0 // offset in p written so far
	for _, q := range quotes {
		qs, qe := q.Start-start, q.End-start
		if qs < at || qe > len(p) || qs >= qe {
			continue
		}
		before := escape(inline(p[at:qs]))
		inner := strings.TrimSpace(inline(p[qs:qe]))
		// Only the first character after the quote matters to the check.
		after := escape(inline(p[qe:min(len(p), qe+utf8.UTFMax)]))
		if inner == "" {
			continue
		}
		inner = escape(inner)
		lead, trail := leadingSpace(p[qs:qe]), trailingSpace(p[qs:qe])
		if !canStrong(lastRune(b.String(), before, lead), inner, trail+after) {
			continue
		}
		b.WriteString(before)
		b.WriteString(lead)
		b.WriteString("**")
		b.WriteString(inner)
		b.WriteString("**")
		b.WriteString(trail)
		at = qe
	}
	b.WriteString(escape(inline(p[at:])))
	return strings.TrimSpace(b.String())
}

// inline sanitises a piece of a paragraph without trimming it, turning line
// breaks and tabs into spaces so the piece stays one Markdown paragraph.
func inline(s string) string {
	s = model.Sanitize(s)
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

func leadingSpace(s string) string {
	if s != "" && unicode.IsSpace(rune(s[0])) {
		return " "
	}
	return ""
}

func trailingSpace(s string) string {
	if s != "" && unicode.IsSpace(rune(s[len(s)-1])) {
		return " "
	}
	return ""
}

// canStrong reports whether "**" around inner parses as strong emphasis
// between prev and next, by CommonMark's flanking rules. Where it would
// not, the quote is left plain rather than showing stray asterisks.
func canStrong(before rune, inner, next string) bool {
	first, _ := utf8.DecodeRuneInString(inner)
	last, _ := utf8.DecodeLastRuneInString(inner)
	after, _ := utf8.DecodeRuneInString(next)
	if next == "" {
		after = ' '
	}
	opens := !isSpace(first) && (!isPunct(first) || isSpace(before) || isPunct(before))
	closes := !isSpace(last) && (!isPunct(last) || isSpace(after) || isPunct(after))
	return opens && closes
}

// lastRune is the last character of the pieces joined, or a space when
// they are all empty: the start of a paragraph counts as whitespace.
func lastRune(pieces ...string) rune {
	for i := len(pieces) - 1; i >= 0; i-- {
		if pieces[i] != "" {
			r, _ := utf8.DecodeLastRuneInString(pieces[i])
			return r
		}
	}
	return ' '
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// Escape makes text literal in Markdown. Characters that start Markdown
// syntax (emphasis, links, HTML, headings, lists, code, tables) are
// backslash-escaped. Glamour prints the escape of the rest literally, so
// "~" (strikethrough) becomes an entity, and "&" becomes "&amp;" so that an
// entity in the text, such as "&#27;", cannot decode into a live ESC.
func Escape(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && needsEscape(byte(r)) }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '&':
			b.WriteString("&amp;")
		case c == '~':
			b.WriteString("&#126;")
		case needsEscape(c):
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// defuse keeps Markdown syntax but takes away what could reach the
// terminal as more than text: a numeric entity such as "&#27;" would decode
// into a live ESC, and raw HTML is not article text.
func defuse(s string) string {
	if !strings.ContainsAny(s, "&<") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '&' && i+1 < len(s) && s[i+1] == '#':
			b.WriteString("&amp;")
		case s[i] == '<':
			b.WriteString("\\<")
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func needsEscape(c byte) bool {
	return strings.IndexByte("!#()*+-.<>[\\]_`{|}&~", c) >= 0
}
