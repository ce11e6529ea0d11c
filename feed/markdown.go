package feed

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	xhtml "golang.org/x/net/html"

	"soundbite/model"
)

// maxTitle is the most runes kept of a title; feeds have been seen putting a
// whole article in one.
const maxTitle = 300

// newMarkdownConverter builds the HTML to Markdown converter. It is safe for
// concurrent use (it keeps per-call state only), so a Fetcher shares one.
func newMarkdownConverter() *converter.Converter {
	conv := converter.NewConverter(converter.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(),
		table.NewTablePlugin(),
		strikethrough.NewStrikethroughPlugin(),
	))
	// Interactive and embedded things have no place in a terminal reader.
	for _, tag := range []string{"iframe", "form", "button", "input", "select", "textarea", "nav", "svg", "object", "embed", "template", "dialog", "noscript"} {
		conv.Register.TagType(tag, converter.TagTypeRemove, converter.PriorityStandard)
	}
	return conv
}

// htmlParagraphs converts an HTML fragment to sanitised Markdown paragraphs.
// base, the page the fragment came from, makes relative links absolute.
func htmlParagraphs(conv *converter.Converter, fragment, base string) []string {
	if strings.TrimSpace(fragment) == "" {
		return nil
	}
	doc, err := xhtml.Parse(strings.NewReader(fragment))
	if err != nil {
		// The HTML parser refuses documents nested deeper than 512 open
		// elements; a tokenizer keeps the words without the tree.
		return textParagraphs(conv, htmlText(fragment, true))
	}
	sanitizeTree(doc)
	md, err := conv.ConvertNode(doc, converter.WithDomain(base))
	if err != nil {
		// The converter fails only when misconfigured; keep the words.
		return textParagraphs(conv, htmlText(fragment, true))
	}
	// The tree was clean, so this only guards against a converter that
	// one day adds something of its own.
	return splitParagraphs(model.Sanitize(string(md)))
}

// sanitizeTree sanitises the text of every node of a parsed document and
// every attribute value, in place. It must run on the tree, not on the
// markup: only there are character references decoded ("&#x1b;[2J" is an
// escape sequence only once parsed) and is the text not yet Markdown, whose
// escaping would split a sequence ("\x1b\\[2J") so that only its
// introducer is recognised and the rest is left on screen. Each text node
// is sanitised alone, so an unterminated control string swallows at most
// the rest of its own node, never the paragraphs after it.
func sanitizeTree(doc *xhtml.Node) {
	for n := range doc.Descendants() {
		switch n.Type {
		case xhtml.TextNode, xhtml.CommentNode:
			n.Data = model.Sanitize(n.Data)
		case xhtml.ElementNode:
			for i := range n.Attr {
				n.Attr[i].Val = model.Sanitize(n.Attr[i].Val)
			}
		}
	}
}

// textParagraphs turns plain text (blank lines between paragraphs, line
// breaks within them kept) into Markdown paragraphs. It goes through the
// converter so that characters Markdown would misread are escaped the same
// way as in converted HTML.
func textParagraphs(conv *converter.Converter, text string) []string {
	text = model.Sanitize(text)
	if strings.TrimSpace(text) == "" {
		return nil
	}
	md, err := conv.ConvertString(textToHTML(text))
	if err != nil {
		// textToHTML nests nothing, so this is unexpected; show the text
		// unconverted rather than lose it.
		md = text
	}
	return splitParagraphs(model.Sanitize(md))
}

// textToHTML wraps plain text in <p> elements, escaped, with <br> for line
// breaks inside a paragraph.
func textToHTML(text string) string {
	var b strings.Builder
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for _, para := range strings.Split(text, "\n\n") {
		lines := strings.Split(strings.TrimSpace(para), "\n")
		if len(lines) == 1 && lines[0] == "" {
			continue
		}
		b.WriteString("<p>")
		for i, line := range lines {
			if i > 0 {
				b.WriteString("<br>")
			}
			b.WriteString(html.EscapeString(strings.TrimSpace(line)))
		}
		b.WriteString("</p>\n")
	}
	return b.String()
}

// splitParagraphs cuts Markdown into blocks at blank lines, keeping fenced
// code blocks whole, and drops empty blocks. Joined with
// model.ParagraphSep the result is the same Markdown, blank-line runs aside.
func splitParagraphs(md string) []string {
	var (
		paras []string
		cur   []string
		fence string // the opening fence while inside a fenced block
	)
	flush := func() {
		p := strings.TrimRight(strings.Join(cur, "\n"), " \t\n")
		if strings.TrimSpace(p) != "" {
			paras = append(paras, p)
		}
		cur = cur[:0]
	}
	for _, line := range strings.Split(md, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case fence != "":
			cur = append(cur, line)
			if closesFence(trimmed, fence) {
				fence = ""
			}
		case trimmed == "":
			flush()
		default:
			if f := openingFence(trimmed); f != "" {
				fence = f
			}
			cur = append(cur, line)
		}
	}
	flush()
	return paras
}

// openingFence returns the fence run (``` or ~~~, three or more) that line
// opens, or "".
func openingFence(line string) string {
	if len(line) < 3 || (line[0] != '`' && line[0] != '~') {
		return ""
	}
	n := 0
	for n < len(line) && line[n] == line[0] {
		n++
	}
	if n < 3 || (line[0] == '`' && strings.Contains(line[n:], "`")) {
		return ""
	}
	return line[:n]
}

func closesFence(line, fence string) bool {
	if !strings.HasPrefix(line, fence) {
		return false
	}
	return strings.Trim(line, fence[:1]) == ""
}

// htmlText returns the text of an HTML fragment, entities decoded, scripts
// and styles dropped. With blocks, block elements and <br> become paragraph
// and line breaks; without, the text runs on (for one-line fields). It uses
// the tokenizer, not the parser, so any nesting depth costs linear time.
func htmlText(s string, blocks bool) string {
	z := xhtml.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0 // depth inside script and style
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			return b.String()
		case xhtml.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "script" || tag == "style" {
				switch {
				case tt == xhtml.StartTagToken:
					skip++
				case tt == xhtml.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			switch {
			case !blocks:
				if tag == "br" {
					b.WriteByte(' ')
				}
			case tag == "br":
				b.WriteByte('\n')
			case blockTags[tag]:
				b.WriteString("\n\n")
			}
		}
	}
}

var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"pre": true, "table": true, "tr": true, "hr": true, "figure": true, "figcaption": true,
	"header": true, "footer": true, "main": true, "aside": true,
}

// lineText cleans a one-line field (title, author, category) that may hold
// markup or entities: tags stripped, entities decoded, then sanitised, runs of
// space collapsed, and cut to maxTitle runes.
func lineText(s string) string {
	// Sanitised once, after decoding: before it, "&#x1b;]0;x&#7;" is
	// harmless text, and removing a raw control first could cut a decoded
	// sequence from its terminator.
	if strings.ContainsAny(s, "<&") {
		s = htmlText(s, false)
	}
	return truncate(model.SanitizeLine(s), maxTitle)
}

// truncate cuts s to at most n runes, at a word boundary when one is near,
// marking the cut with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if n == 0 {
			cut = i
			break
		}
		n--
	}
	s = s[:cut]
	if sp := strings.LastIndexByte(s, ' '); sp > len(s)*2/3 {
		s = s[:sp]
	}
	return strings.TrimRight(s, " ") + "…"
}

// titleFromBody makes a title for an untitled item (microblog posts in JSON
// Feeds often have none) from the start of its first paragraph.
func titleFromBody(body []string) string {
	for _, p := range body {
		if t := lineText(markdownText(p)); t != "" {
			return truncate(t, 80)
		}
	}
	return ""
}

// markdownText strips the commonest Markdown punctuation from a paragraph,
// enough for a title made from it to read cleanly.
func markdownText(p string) string {
	p = strings.NewReplacer("**", "", "__", "", "\\", "", "`", "").Replace(p)
	p = strings.TrimLeft(p, "#>-*+ ")
	// [text](url) -> text
	var b strings.Builder
	for len(p) > 0 {
		open := strings.IndexByte(p, '[')
		if open < 0 {
			b.WriteString(p)
			break
		}
		mid := strings.Index(p[open:], "](")
		if mid < 0 {
			b.WriteString(p)
			break
		}
		end := strings.IndexByte(p[open+mid:], ')')
		if end < 0 {
			b.WriteString(p)
			break
		}
		b.WriteString(strings.TrimSuffix(p[:open], "!"))
		b.WriteString(p[open+1 : open+mid])
		p = p[open+mid+end+1:]
	}
	return b.String()
}
