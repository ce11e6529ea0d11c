package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Session 16's second speed pass (n7): checks that each rewritten
// function answers as the way it replaced.

// n7Docs runs the pipeline over the annotated articles and a few
// invented texts.
func n7Docs(t *testing.T) []*doc {
	t.Helper()
	texts := []string{
		"Piet Dambra said the firm and Mr. Holm cut the price.\n\nThe two met in May. Holm spoke for an hour.\n\nLater, Dambra met Ilse Varga. “We will see,” he said.",
		"Minister Renn met Mollo, the opposition leader. The two spoke for an hour. Varga said Renn had agreed.\n\nThe plan was sound. It was cheap. “...,” he said.",
	}
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	var docs []*doc
	for _, text := range texts {
		var paras []string
		for p := range strings.SplitSeq(text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		docs = append(docs, runPipeline(paras, nil, &rankWeights, nil))
	}
	return docs
}

// n7ReportedByAnother is reportedByAnother as first written: every cue
// of the text read for each token asked.
func n7ReportedByAnother(d *doc, k, v int) bool {
	for ci := range d.cues {
		c := &d.cues[ci]
		if !c.found || c.skip || c.ent < 0 || c.ent == v {
			continue
		}
		for _, cp := range c.comps {
			if k >= cp[0] && k < cp[1] {
				return true
			}
		}
	}
	return false
}

// n7CompareReported checks reportedByAnother against the full scan for
// every token of d and every speaker a cue names (and none).
func n7CompareReported(t *testing.T, i int, d *doc) {
	t.Helper()
	vs := []int{-1}
	for _, c := range d.cues {
		if c.ent >= 0 {
			vs = append(vs, c.ent)
		}
	}
	for k := range d.toks {
		for _, v := range vs {
			if got, want := d.reportedByAnother(k, v), n7ReportedByAnother(d, k, v); got != want {
				t.Fatalf("text %d: reportedByAnother(%d, %d) = %v, want %v", i, k, v, got, want)
			}
		}
	}
}

// TestReportedByAnotherIndex checks that every cue of the texts passes
// checkComps (so reportedByAnother reads one sentence's cues), that
// reportedByAnother answers as the full scan did, and that a cue
// reporting past its sentence sends it back to the full scan.
func TestReportedByAnotherIndex(t *testing.T) {
	for i, d := range n7Docs(t) {
		if d.strayComps || d.compsChecked != len(d.cues) {
			t.Errorf("text %d: strayComps %v, %d of %d cues checked", i, d.strayComps, d.compsChecked, len(d.cues))
		}
		n7CompareReported(t, i, d)

		// A cue whose clause runs into the next sentence is caught, and
		// the answers stay the full scan's.
		for ci := range d.cues {
			c := &d.cues[ci]
			if len(c.comps) == 0 || !c.found || c.skip || c.ent < 0 {
				continue
			}
			s := d.sents[d.sentOf[c.verb]]
			if s.last+3 > len(d.toks) {
				continue
			}
			c.comps = [][2]int{{c.comps[0][0], s.last + 3}}
			d.compsChecked, d.strayComps = 0, false
			d.checkComps()
			if !d.strayComps {
				t.Errorf("text %d: a cue reporting past its sentence passes checkComps", i)
			}
			n7CompareReported(t, i, d)
			break
		}
	}
}

// TestFieldsAtMost checks fieldsAtMost against counting strings.Fields on
// random strings of words, ASCII and Unicode white space, and stray
// bytes of broken UTF-8.
func TestFieldsAtMost(t *testing.T) {
	pieces := []string{"a", "Word", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\u0085", "\u00a0", "\u2003", "\u3000",
		"é", "—", "\xe2", "\x80", "\xff", "\xc2", "\xc2\xa0", "“", "."}
	rng := rand.New(rand.NewPCG(16, 7))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, n := range []int{0, 1, 2, 5, 20} {
			if got, want := fieldsAtMost(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Fatalf("fieldsAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// n7RelatedBlockLine is relatedBlockLine as first written, with nothing
// kept between calls.
func n7RelatedBlockLine(d *doc, p int) bool {
	if !blockHeadlineLike(d.paraText(p)) {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-24; q-- {
		txt := strings.ToLower(strings.Trim(d.paraText(q), "*_#: "))
		if slices.Contains(relatedBlockLabels, txt) {
			return true
		}
		if !blockHeadlineLike(d.paraText(q)) {
			return false
		}
	}
	return false
}

// TestRelatedBlockLineMemo checks relatedBlockLine, which keeps its
// answers, against the first way on every paragraph of the texts and of
// a page with a related-stories block, asked in both orders on fresh
// documents.
func TestRelatedBlockLineMemo(t *testing.T) {
	for _, l := range relatedBlockLabels {
		if len(l) > relatedBlockLabelMax {
			t.Fatalf("label %q is longer than relatedBlockLabelMax", l)
		}
	}
	docs := n7Docs(t)
	page := []string{
		"Ilse Varga said the ferry would resume in May.", "“It is ready,” she said", "More on this story", "Mayor says the bridge will reopen",
		"Published 2 hours ago", "Tarvik council votes to close the towpath", "“We will see,” he said.", "**Related topics**", "Ferry strike ends",
	}
	for i := range 30 {
		page = append(page, "Headline number "+strings.Repeat("x", i%5+1))
	}
	pd := runPipeline(page, nil, &rankWeights, nil)
	if !n7RelatedBlockLine(pd, 3) || n7RelatedBlockLine(pd, 1) {
		t.Fatal("the page's block is not read as a related-stories block")
	}
	docs = append(docs, pd)
	for i, d := range docs {
		for _, backwards := range []bool{false, true} {
			fresh := newDoc(nil)
			fresh.text, fresh.paraStart, fresh.paraFirst = d.text, d.paraStart, d.paraFirst
			n := len(d.paraStart)
			for j := range n {
				p := j
				if backwards {
					p = n - 1 - j
				}
				if got, want := fresh.relatedBlockLine(p), n7RelatedBlockLine(d, p); got != want {
					t.Fatalf("text %d: relatedBlockLine(%d) = %v, want %v", i, p, got, want)
				}
			}
		}
	}
}

// n7HasRoleWord is hasRoleWord as first written, asking titleSynonym
// (n7TitleSynonym) all about w again for each word of each role.
func n7HasRoleWord(e *entity, w string) bool {
	norm := func(s string) string {
		switch s {
		case "spokesman", "spokeswoman", "spokesperson", "spokespeople":
			return "spokesperson"
		}
		return s
	}
	w = norm(w)
	for _, f := range e.forms {
		if len(f) > len(w)+4 && strings.EqualFold(f[:len(w)], w) && f[len(w):len(w)+4] == " of " {
			return true
		}
	}
	if _, ok := titleCategories[w]; ok {
		for _, f := range e.forms {
			if sp := strings.IndexByte(f, ' '); sp > 0 && n7CategoryHolds(w, f[:sp]) && !titleWordAfter(f, sp) {
				return true
			}
		}
	}
	for _, r := range e.roles {
		start := 0
		for i := 0; i <= len(r); i++ {
			if i < len(r) && r[i] != ' ' && r[i] != ',' && r[i] != '\'' && !strings.HasPrefix(r[i:], "’") {
				continue
			}
			if f := r[start:i]; f != "" && (strings.EqualFold(f, w) || w == "spokesperson" && strings.EqualFold(norm(strings.ToLower(f)), w) || n7TitleSynonym(f, w, r)) &&
				!deputyBefore(r[:start]) {
				return true
			}
			if i < len(r) && r[i] == 0xe2 {
				i += len("’") - 1
			}
			start = i + 1
		}
	}
	return false
}

func n7TitleSynonym(f, w, r string) bool {
	chair := func(s string) bool {
		return strings.EqualFold(s, "chair") || strings.EqualFold(s, "chairman") || strings.EqualFold(s, "chairwoman") || strings.EqualFold(s, "chairperson")
	}
	switch {
	case chair(f) && chair(w):
		return true
	case strings.EqualFold(f, "ceo"):
		return w == "executive" || w == "chief"
	case w == "ceo":
		return strings.EqualFold(f, "executive") && containsFold(r, "chief executive")
	case (w == "chief" || w == "boss") && (strings.EqualFold(f, "head") || strings.EqualFold(f, "director")): // session 17 (r9)
		return containsFold(r, "head of") || containsFold(r, "managing director") || containsFold(r, "director-general") || containsFold(r, "director general")
	case strings.EqualFold(f, "pm"):
		return w == "minister" || w == "prime" || w == "premier"
	case w == "pm":
		return strings.EqualFold(f, "minister") && containsFold(r, "prime minister") || strings.EqualFold(f, "premier")
	case strings.EqualFold(f, "premier"):
		return w == "minister" || w == "prime"
	case w == "premier":
		return strings.EqualFold(f, "minister") && containsFold(r, "prime minister")
	case w == "leader" && strings.EqualFold(f, "head"): // session 30
		return strings.HasSuffix(strings.ToLower(r), "head") || containsFold(r, "head of the")
	case w == "leader" && strings.EqualFold(f, "minister"):
		return containsFold(r, "prime minister")
	}
	if abbrevTitleNames(f, w) {
		return true
	}
	if !n7CategoryHolds(w, f) {
		return false
	}
	i := strings.Index(strings.ToLower(r), strings.ToLower(f))
	return i < 0 || !titleWordAfter(r, i+len(f))
}

func n7CategoryHolds(w, f string) bool {
	titles, ok := titleCategories[w]
	if !ok {
		return false
	}
	f = strings.TrimSuffix(f, ".")
	for t := range strings.FieldsSeq(titles) {
		if strings.EqualFold(t, f) {
			return true
		}
	}
	return false
}

// TestHasRoleWordQuery checks hasRoleWord, which works out what it asks
// of the word once (roleQuery), against the first way: every entity of
// the texts and some invented ones (titles abbreviated, in capitals, in
// letters that fold to ASCII ones) with every word of their roles and
// names, the words of three texts and every title word the rules know.
func TestHasRoleWordQuery(t *testing.T) {
	ws := map[string]bool{"spokesman": true, "spokeswoman": true, "ceo": true, "pm": true, "premier": true, "leader": true, "minister": true,
		"prime": true, "executive": true, "chief": true, "chair": true, "chairman": true, "chairwoman": true, "chairperson": true, "duke": true, "": true}
	for w := range titleCategories {
		ws[w] = true
	}
	for w := range titleAbbrevWords {
		ws[w] = true
	}
	for _, a := range titleAbbrevs {
		ws[a.abbr] = true
	}
	var ents []entity
	for i, d := range n7Docs(t) {
		for k := range d.toks {
			if d.toks[k].kind == tkWord && i < 3 {
				ws[d.lower(k)] = true // words the roles do not hold, as most asked are
			}
		}
		for _, e := range d.ents {
			for _, r := range slices.Concat(e.roles, e.forms) {
				for f := range strings.FieldsFuncSeq(r, func(c rune) bool { return c == ' ' || c == ',' || c == '\'' || c == '’' }) {
					ws[strings.ToLower(f)] = true // the words they hold
				}
			}
		}
		ents = append(ents, d.ents...)
	}
	roles := []string{"Gen.", "gen", "ſen.", "Sen. Majority Leader", "CEO", "chief executive officer", "PM", "prime minister", "Premier",
		"Chairperson of the board", "chaiRwoman", "deputy chairman", "Rep.", "Amb", "Dr.", "Msgr.", "Capt. of the guard", "Rabbi",
		"Justice Minister", "the King's envoy", "K", "\u212aing", "Executive, chief", "bishop’s aide", "Insp"}
	for _, r := range roles {
		ents = append(ents, entity{roles: []string{r}}, entity{forms: []string{r + " Tomas Brek"}})
	}
	for i := range ents {
		e := &ents[i]
		for w := range ws {
			if got, want := hasRoleWord(e, w), n7HasRoleWord(e, w); got != want {
				t.Fatalf("hasRoleWord(%q, %q) = %v, want %v (roles %q)", e.forms, w, got, want, e.roles)
			}
		}
	}
}
