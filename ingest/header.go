package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"soundbite/model"
)

// header is what a file says about itself before its body.
type header struct {
	format            Format
	category, caption string
	title             string
	body              int // index of the first line after the header
}

// Limits that keep an ordinary first paragraph from being read as a header.
const (
	maxCategoryLen   = 40 // bytes
	maxCategoryWords = 4
	maxHeadlineLen   = 150 // runes
)

// readHeader detects the layout from the first lines and reads the header.
// Markdown is recognised by its heading syntax, the sample layout by the
// boilerplate under its first line or by its "Category,caption," shape, and
// everything else is plain text.
func readHeader(lines []line) header {
	first := nextText(lines, 0)
	if first < 0 {
		return header{format: FormatPlain, body: len(lines)}
	}
	if h, ok := markdownHeader(lines, first); ok {
		return h
	}
	l := lines[first].text
	if cat, caption, ok := strings.Cut(l, ","); ok {
		next := first + 1
		for next < len(lines) && lines[next].blank && !lines[next].boiler {
			next++
		}
		boiler := next < len(lines) && lines[next].boiler
		if boiler || strings.HasSuffix(l, ",") && strings.Count(l, ",") >= 2 && categoryLike(cat) {
			return header{
				format:   FormatSample,
				category: model.SanitizeLine(cat),
				caption:  model.SanitizeLine(strings.TrimSuffix(caption, ",")),
				body:     first + 1,
			}
		}
	}
	h := header{format: FormatPlain, body: first}
	// A headline is a paragraph of one line with more text after it.
	single := first+1 < len(lines) && lines[first+1].blank && nextText(lines, first+1) >= 0
	if !single {
		return h
	}
	if cat, title, ok := strings.Cut(l, ","); ok && categoryLike(cat) && title != "" &&
		!startsWithSpace(title) && utf8.RuneCountInString(title) <= maxHeadlineLen {
		h.category, h.title, h.body = model.SanitizeLine(cat), model.SanitizeLine(title), first+1
		return h
	}
	if headlineLike(l) {
		h.title, h.body = model.SanitizeLine(l), first+1
	}
	return h
}

// nextText returns the index of the first non-blank line at or after i, or
// -1.
func nextText(lines []line, i int) int {
	for ; i < len(lines); i++ {
		if !lines[i].blank {
			return i
		}
	}
	return -1
}

// categoryLike reports whether s looks like a section name ("Business",
// "Israel-Hamas War", "Science & Tech") rather than the start of a sentence:
// short, and every word capitalised except short joining words.
func categoryLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxCategoryLen || strings.ContainsAny(s, "!?;:\"“”") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxCategoryWords {
		return false
	}
	for _, w := range words {
		switch w {
		case "&", "and", "of", "the", "in", "for", "on":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// headlineLike reports whether a one-line first paragraph is a headline:
// short, and not ending in a full stop as a sentence of body text would.
func headlineLike(s string) bool {
	if utf8.RuneCountInString(s) > maxHeadlineLen {
		return false
	}
	return !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "...")
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// markdownHeader reads a Markdown title: front matter with a title key,
// then an ATX ("# Title") or setext ("Title" over "=====") heading. A
// heading wins over front matter.
func markdownHeader(lines []line, first int) (header, bool) {
	h := header{format: FormatMarkdown}
	found := false
	if first == 0 && lines[0].text == "---" {
		// Front matter: key: value lines up to a closing --- or ...
		for i := 1; i < len(lines); i++ {
			t := lines[i].text
			if t == "---" || t == "..." {
				found = true
				h.body = i + 1
				break
			}
			key, val, ok := strings.Cut(t, ":")
			if !ok {
				continue
			}
			val = strings.Trim(strings.TrimSpace(val), `"'`)
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "title":
				h.title = model.SanitizeLine(val)
			case "category":
				h.category = model.SanitizeLine(val)
			}
		}
		if !found {
			return header{}, false
		}
		first = nextText(lines, h.body)
		if first < 0 {
			return h, true
		}
	}
	t := lines[first].text
	if level := atxLevel(t); level > 0 {
		if title := atxText(t); title != "" {
			h.title = title
		}
		h.body = first + 1
		return h, true
	}
	if first+1 < len(lines) && !lines[first+1].blank && isSetextUnderline(lines[first+1].text) {
		h.title = model.SanitizeLine(t)
		h.body = first + 2
		return h, true
	}
	return h, found
}

// atxLevel returns the level of an ATX heading line ("## Notes" is 2), or 0.
func atxLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	return n
}

// atxText returns an ATX heading's text without its opening and optional
// closing hashes.
func atxText(s string) string {
	s = strings.TrimLeft(s, "#")
	s = strings.TrimSpace(s)
	if t := strings.TrimRight(s, "#"); t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t") {
		s = t
	}
	return model.SanitizeLine(s)
}

func isSetextUnderline(s string) bool {
	return len(s) >= 2 && (strings.Trim(s, "=") == "" || strings.Trim(s, "-") == "")
}
