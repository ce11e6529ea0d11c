package reader

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"soundbite/model"
	"soundbite/ui/theme"
)

// article is a fictional article with two quotes of Mara Olenko and one of
// the Eastmere Harbour Authority, at their true offsets.
func article() model.Article {
	a := model.Article{
		ID: "0123456789abcdef", Title: "Eastmere harbour reopens", Category: "Local",
		Caption:   "Boats at the old quay",
		Published: time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC),
		Body: []string{
			"The council of Eastmere voted on Tuesday.",
			"“We are ready,” said Mara Olenko, the mayor. The authority said that work would begin in May.",
			"Olenko added that the ferry would follow.",
		},
		Speakers: []model.Speaker{
			{Name: "Eastmere Harbour Authority", Kind: model.Organization, Quotes: 1},
			{Name: "Mara Olenko", Kind: model.Person, Quotes: 2},
		},
	}
	text := a.Text()
	for _, q := range []struct{ who, text string }{
		{"Mara Olenko", "We are ready,"},
		{"Eastmere Harbour Authority", "work would begin in May"},
		{"Mara Olenko", "the ferry would follow"},
	} {
		i := strings.Index(text, q.text)
		a.Quotes = append(a.Quotes, model.Quote{Speaker: q.who, Text: q.text, Start: i, End: i + len(q.text)})
	}
	return a
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"*bold* _em_ `code`", `\*bold\* \_em\_ \` + "`code\\`"},
		{"# heading", `\# heading`},
		{"1. item", `1\. item`},
		{"[link](http://x)", `\[link\]\(http://x\)`},
		{"<script>", `\<script\>`},
		{"&#27;[2J", "&amp;\\#27;\\[2J"},
		{"~~gone~~", "&#126;&#126;gone&#126;&#126;"},
		{"a | b", `a \| b`},
		{"“curly” — fine", "“curly” — fine"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownHighlightsFocusQuotes(t *testing.T) {
	a := article()
	md := Markdown(a, []string{"mara olenko"})
	for _, want := range []string{
		"# Eastmere harbour reopens",
		"LOCAL · 2 March 2025",
		"*Boats at the old quay*",
		"*Speaking:* **Mara Olenko**, Eastmere Harbour Authority",
		"“**We are ready,**” said",
		"that **the ferry would follow**\\.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "**work would begin") {
		t.Errorf("a quote of a speaker not in focus is highlighted:\n%s", md)
	}
	if strings.Contains(Markdown(a, nil), "**") {
		t.Error("highlights without a speaker in focus")
	}
}

func TestMarkdownBadOffsets(t *testing.T) {
	a := article()
	a.Quotes = append(a.Quotes,
		model.Quote{Speaker: "Mara Olenko", Start: -5, End: 3},
		model.Quote{Speaker: "Mara Olenko", Start: 10, End: 5},
		model.Quote{Speaker: "Mara Olenko", Start: 1 << 20, End: 1<<20 + 4},
	)
	md := Markdown(a, []string{"mara olenko"})
	if strings.Count(md, "**") != 6 {
		t.Errorf("bad offsets changed the highlights:\n%s", md)
	}
}

func TestRenderIsTerminalSafe(t *testing.T) {
	a := article()
	a.Title = "Evil \x1b]52;c;ZXZpbA==\a title \x1b[2J &#27;[31m"
	a.Body[0] = "Entities &#x1b;[H &#27; and <b>tags</b> and \u009b2J and \u202eabc."
	a.Speakers[1].Name = "Mara \x1b[5mOlenko"
	r := Render(a, Key{ID: a.ID, Width: 60, Theme: "dark"}, theme.New(true, false).Glamour)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	rest := ansi.Strip(r.Content)
	if strings.ContainsAny(rest, "\x1b\x07\u009b\u202e") {
		t.Errorf("control characters survive rendering: %q", rest)
	}
	for _, want := range []string{"Evil title", "&#27;[31m", "&#x1b;[H", "<b>tags</b>"} {
		if !strings.Contains(rest, want) {
			t.Errorf("rendering lacks the literal %q:\n%s", want, rest)
		}
	}
	for i, l := range strings.Split(r.Content, "\n") {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("line %d is %d cells wide, pane is 60", i, w)
		}
	}
}

func TestCacheEvictsLeastRecent(t *testing.T) {
	c := NewCache(2)
	k := func(i int) Key { return Key{ID: model.ID(fmt.Sprint(i)), Width: 80} }
	c.Put(Rendered{Key: k(1)})
	c.Put(Rendered{Key: k(2)})
	c.Get(k(1))
	c.Put(Rendered{Key: k(3)})
	if _, ok := c.Get(k(2)); ok {
		t.Error("the least recently used rendering was kept")
	}
	if _, ok := c.Get(k(1)); !ok {
		t.Error("a recently used rendering was evicted")
	}
	if c.Len() != 2 {
		t.Errorf("len = %d", c.Len())
	}
}

func TestStaleRenderingNotShown(t *testing.T) {
	m := New()
	m.SetSize(60, 20)
	a, b := Key{ID: "a", Width: 60}, Key{ID: "b", Width: 60}
	m.Want(a)
	m.Want(b)
	if m.SetRendered(Rendered{Key: a, Title: "A", Content: "old"}) {
		t.Error("a rendering for a key no longer wanted was shown")
	}
	if !m.SetRendered(Rendered{Key: b, Title: "B", Content: "new"}) || m.Title() != "B" {
		t.Error("the wanted rendering was not shown")
	}
	// The stale one was cached: wanting it again shows it at once.
	if !m.Want(a) || m.Title() != "A" {
		t.Error("a cached rendering did not show at once")
	}
}

func TestScrollKeys(t *testing.T) {
	m := New()
	m.SetSize(40, 5)
	m.Focus()
	k := Key{ID: "a", Width: 40}
	m.Want(k)
	lines := make([]string, 50)
	for i := range lines {
		lines[i] = fmt.Sprintf("line %d", i)
	}
	m.SetRendered(Rendered{Key: k, Content: strings.Join(lines, "\n")})
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	if !strings.HasPrefix(ansi.Strip(m.View()), "line 5") {
		t.Errorf("space did not page down:\n%s", m.View())
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: 'g', ShiftedCode: 'G', Mod: tea.ModShift, Text: "G"})
	if m.ScrollPercent() != 1 {
		t.Errorf("G left the reader at %.2f", m.ScrollPercent())
	}
}

func BenchmarkRender1000Words(b *testing.B) {
	a := article()
	sentence := "The harbour committee met again on Thursday to go through the figures one more time before the vote. "
	para := strings.Repeat(sentence, 5) // about 90 words
	a.Body = nil
	for range 11 {
		a.Body = append(a.Body, para)
	}
	style := theme.New(true, false).Glamour
	b.ReportAllocs()
	for b.Loop() {
		if r := Render(a, Key{ID: a.ID, Width: 80}, style); r.Err != nil {
			b.Fatal(r.Err)
		}
	}
}

func TestMarkdownBodyKeepsLinksButNotEscapes(t *testing.T) {
	a := model.Article{
		Title:  "Harbour",
		Format: model.Markdown,
		Body: []string{
			"The **harbour** reopened, says [the council](https://council.example/harbour).",
			"Hidden &#27;]52;c;QQ==&#7; and <script>alert(1)</script> stay text.",
		},
	}
	md := Markdown(a, nil)
	if !strings.Contains(md, "[the council](https://council.example/harbour)") || !strings.Contains(md, "**harbour**") {
		t.Errorf("Markdown body lost its link or emphasis:\n%s", md)
	}
	if !strings.Contains(md, "&amp;#27;") || !strings.Contains(md, `\<script>`) {
		t.Errorf("Markdown body kept a live entity or raw HTML:\n%s", md)
	}
	plain := Markdown(model.Article{Title: "Harbour", Body: a.Body[:1]}, nil)
	if strings.Contains(plain, "](https") {
		t.Errorf("plain-text body was read as Markdown:\n%s", plain)
	}
}

// longArticle is article() with eleven paragraphs of about ninety words.
func longArticle() model.Article {
	a := article()
	sentence := "The harbour committee met again on Thursday to go through the figures one more time before the vote. "
	para := strings.Repeat(sentence, 5)
	a.Body = nil
	for range 11 {
		a.Body = append(a.Body, para)
	}
	return a
}

func TestRenderersReuseRendersAlike(t *testing.T) {
	style := theme.New(true, false).Glamour
	p := NewRenderers()
	short, long := article(), longArticle()
	for i, tc := range []struct {
		a model.Article
		w int
	}{{long, 60}, {short, 60}, {long, 60}, {short, 40}, {long, 60}} {
		k := Key{ID: tc.a.ID, Width: tc.w, Theme: "dark"}
		got, want := p.Render(tc.a, k, style), Render(tc.a, k, style)
		if got.Err != nil || want.Err != nil {
			t.Fatal(got.Err, want.Err)
		}
		if got.Content != want.Content {
			t.Errorf("render %d on a reused renderer differs from a fresh one:\n%s\n---\n%s", i, got.Content, want.Content)
		}
	}
}

// TestPlainLaysOutAsGlamour checks that the plain stand-in has Glamour's
// lines, text for text, so the styled rendering replaces it without a
// line moving: the head, quotes in focus, punctuation Markdown escapes,
// long paragraphs, at several widths. A Markdown body is left out.
func TestPlainLaysOutAsGlamour(t *testing.T) {
	rich := article()
	rich.Author, rich.Source, rich.Feed = "Pia Lund", "https://example.org/eastmere", "https://feeds.example.org/rss"
	rich.Title = "Eastmere harbour reopens after a closure that lasted [most] of the *winter* & spring"
	rich.Body = append(rich.Body, strings.Repeat("A paragraph with 3.5 per cent, (brackets), #tags, 1. numbers & “quotes” — dashes_and_underscores. ", 6),
		"A state-of-the-art, well-known harbour-master of Eastmere; averyveryverylongwordthatfitsnocolumnatallanywhere ends it.",
		"Naïve café owners in Østerby   spoke  twice.")
	md := article()
	md.Format = model.Markdown
	md.Body = []string{"The harbour reopened, says [the council](http://example.org/x)."}
	style := theme.New(true, false).Glamour
	for _, tc := range []struct {
		name  string
		a     model.Article
		focus string
	}{
		{"short", article(), ""},
		{"long", longArticle(), ""},
		{"rich", rich, ""},
		{"quotes in focus", rich, "mara olenko"},
	} {
		for _, w := range []int{30, 56, 80, 120} {
			k := Key{ID: tc.a.ID, Width: w, Theme: "dark", Focus: tc.focus}
			styled, plain := Render(tc.a, k, style), Plain(tc.a, k)
			if styled.Err != nil {
				t.Fatal(styled.Err)
			}
			want := strings.Split(ansi.Strip(styled.Content), "\n")
			got := strings.Split(plain.Content, "\n")
			if !plain.Partial || plain.Title != styled.Title || len(got) != len(want) {
				t.Errorf("%s at %d: plain has %d lines (partial %v, title %q), Glamour %d (title %q):\n%s\n---\n%s",
					tc.name, w, len(got), plain.Partial, plain.Title, len(want), styled.Title, plain.Content, ansi.Strip(styled.Content))
				continue
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s at %d, line %d: plain %q, Glamour %q", tc.name, w, i, got[i], want[i])
				}
			}
			assertPlainText(t, plain.Content)
		}
	}
	k := Key{ID: md.ID, Width: 60, Theme: "dark"}
	if plain := Plain(md, k).Content; strings.Contains(plain, "council") || !strings.Contains(plain, ruleText) {
		t.Errorf("a Markdown body should be left out of the plain layout, its head kept:\n%s", plain)
	}
}

// TestPlainSanitises checks that hostile text in an article reaches the
// plain layout and the heading as text only.
func TestPlainSanitises(t *testing.T) {
	a := article()
	a.Title = "Harbour\x1b[2J reopens\x07\r\x1b]0;owned\x07"
	a.Caption = "Boats\x1b[31m red"
	a.Body = []string{"Text\x1b[?1049h with\ttabs\nand a \x9b31m C1 escape."}
	k := Key{ID: a.ID, Width: 60, Theme: "dark"}
	assertPlainText(t, Plain(a, k).Content)
	s := model.Summary{ID: a.ID, Title: a.Title, Category: "Local\x1b[5m", Date: a.Published}
	h := Heading(s, k)
	assertPlainText(t, h.Content)
	if !strings.Contains(h.Content, "Harbour") || !strings.Contains(h.Content, "LOCAL") || !h.Partial {
		t.Errorf("heading lacks the title or the category, or is not a stand-in:\n%s", h.Content)
	}
}

// assertPlainText fails when s holds a control character other than a
// line break: no escape sequence at all.
func assertPlainText(t *testing.T, s string) {
	t.Helper()
	if i := strings.IndexFunc(s, func(r rune) bool {
		return r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f
	}); i >= 0 {
		t.Errorf("control character %q in plain text %q", s[i], s)
	}
}

func TestPartialShowsUntilWhole(t *testing.T) {
	m := New()
	m.SetSize(60, 3)
	k := Key{ID: "a", Width: 60}
	m.Want(k)
	if !m.SetRendered(Rendered{Key: k, Title: "A", Content: "one\ntwo", Partial: true}) {
		t.Fatal("the heading of the wanted article was not shown")
	}
	if !m.SetRendered(Rendered{Key: k, Title: "A", Content: "one\ntwo\nthree\nfour", Partial: true}) {
		t.Fatal("the plain layout did not replace the heading")
	}
	if got := ansi.Strip(m.View()); !strings.HasPrefix(got, "one") {
		t.Errorf("the plain layout after a heading shorter than the pane is not at the top:\n%s", got)
	}
	if m.SetRendered(Rendered{Key: k, Title: "A", Content: "one\ntwo", Partial: true}) {
		t.Error("a heading replaced the longer plain layout")
	}
	if m.Showing() || m.Cached(k) {
		t.Error("a partial rendering counts as the whole or was cached")
	}
	m.Scroll(1)
	if !m.SetRendered(Rendered{Key: k, Title: "A", Content: "one\ntwo\nthree\nfour\nfive\nsix\nseven"}) || !m.Showing() {
		t.Fatal("the whole rendering did not replace the partial one")
	}
	if got := ansi.Strip(m.View()); !strings.HasPrefix(got, "two") {
		t.Errorf("the whole article lost the scroll position:\n%s", got)
	}
	if m.SetRendered(Rendered{Key: k, Content: "one", Partial: true}) {
		t.Error("a late partial rendering replaced the whole one")
	}
	// Another width of the article on screen keeps the old one up until
	// the whole new one arrives.
	k2 := Key{ID: "a", Width: 50}
	m.Want(k2)
	if m.SetRendered(Rendered{Key: k2, Content: "one", Partial: true}) {
		t.Error("a partial rendering replaced the same article at another width")
	}
}

// BenchmarkRenderReused measures BenchmarkRender1000Words's article on a
// renderer the pool keeps, as the reader renders.
func BenchmarkRenderReused(b *testing.B) {
	a := longArticle()
	style := theme.New(true, false).Glamour
	p := NewRenderers()
	b.ReportAllocs()
	for b.Loop() {
		if r := p.Render(a, Key{ID: a.ID, Width: 80, Theme: "dark"}, style); r.Err != nil {
			b.Fatal(r.Err)
		}
	}
}

// BenchmarkPlain measures BenchmarkRender1000Words's article laid out
// plainly in a 60-cell pane, what the reader shows while Glamour renders.
func BenchmarkPlain(b *testing.B) {
	a := longArticle()
	b.ReportAllocs()
	for b.Loop() {
		if r := Plain(a, Key{ID: a.ID, Width: 60, Theme: "dark"}); r.Content == "" {
			b.Fatal("nothing laid out")
		}
	}
}

func TestRenderedLinksAreNotHyperlinks(t *testing.T) {
	a := model.Article{ID: "0123456789abcdef", Title: "Harbour", Format: model.Markdown,
		Body: []string{"The harbour reopened, says [the council](http://evil.example/x)."}}
	r := Render(a, Key{ID: a.ID, Width: 60, Theme: "dark"}, theme.New(true, false).Glamour)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if strings.Contains(r.Content, "\x1b]") {
		t.Errorf("rendered article holds an OSC sequence: %q", r.Content)
	}
	if !strings.Contains(ansi.Strip(r.Content), "the council") {
		t.Errorf("link text lost: %q", ansi.Strip(r.Content))
	}
}

// TestRenderersConcurrent renders side by side, as commands do; run it
// with -race.
func TestRenderersConcurrent(t *testing.T) {
	style := theme.New(true, false).Glamour
	p := NewRenderers()
	a := article()
	want := Render(a, Key{ID: a.ID, Width: 50, Theme: "dark"}, style).Content
	errs := make(chan string, 8)
	for i := range 8 {
		go func() {
			k := Key{ID: a.ID, Width: 50 + i%2*10, Theme: "dark"}
			r := p.Render(a, k, style)
			if k.Width == 50 && r.Content != want {
				errs <- "a concurrent render differs"
				return
			}
			errs <- ""
		}()
	}
	for range 8 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// The header names the feed by the name it has here, escaped, and falls
// back to its host when it is not subscribed.
func TestSourceLineNamesTheFeed(t *testing.T) {
	a := article()
	a.Source, a.Feed = "https://courier.example/harbour", "https://feeds.example/courier.xml"
	if md := Markdown(a, nil); !strings.Contains(md, "via feeds\\.example") {
		t.Errorf("without a feed name, the header lacks the host:\n%s", md)
	}
	a.FeedName = "Port *Avel* Courier\x1b[2J"
	md := Markdown(a, nil)
	if !strings.Contains(md, `via Port \*Avel\* Courier`) || strings.Contains(md, "feeds\\.example") || strings.Contains(md, "\x1b") {
		t.Errorf("the header does not name the feed, escaped:\n%s", md)
	}
}
