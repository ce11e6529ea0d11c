package extract_test

// A listing of the gold speakers the engine never produces on the dev
// sets, with what it gave their quotes instead, and a probe that runs
// invented texts through the engine. Neither runs by
// default: go test ./extract -run TestMissedSpeakers -v -args -missedspk
// (MISSED_OUT=file writes the listing there), PROBE_FILE=file for the
// probe (texts separated by lines "---"). Held-out sets are never read.

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

var missedSpk = flag.Bool("missedspk", false, "TestMissedSpeakers lists the dev gold speakers the engine misses")

func TestMissedSpeakers(t *testing.T) {
	if !*missedSpk {
		t.Skip("no -missedspk")
	}
	var out strings.Builder
	n := 0
	dump := func(set string, g goldArticle, paras []string) {
		body := strings.Join(paras, model.ParagraphSep)
		res := extract.Extract(paras)
		matched := make(map[int]bool)
		for _, sp := range res.Speakers {
			if gi := resolve(sp, g.Speakers); gi >= 0 {
				matched[gi] = true
			}
		}
		for gi, gs := range g.Speakers {
			if matched[gi] {
				continue
			}
			n++
			fmt.Fprintf(&out, "=== MISS %d [%s] %s :: %q (%s) aliases %q\n", n, set, g.File, gs.Name, gs.Kind, gs.Aliases)
			for _, q := range g.Quotes {
				if q.speaker() != gs.Name {
					continue
				}
				start := strings.Index(body, q.Text)
				if start < 0 {
					continue
				}
				end := start + len(q.Text)
				// The enclosing paragraph, cut short.
				ps := strings.LastIndex(body[:start], model.ParagraphSep)
				if ps < 0 {
					ps = 0
				} else {
					ps += len(model.ParagraphSep)
				}
				pe := strings.Index(body[end:], model.ParagraphSep)
				if pe < 0 {
					pe = len(body)
				} else {
					pe += end
				}
				para := body[ps:pe]
				if len(para) > 700 {
					para = para[:700] + "…"
				}
				got := "MISSED"
				best := 0
				for _, pq := range res.Quotes {
					sp := locate(body, pq)
					if o := (span{start, end}).overlap(sp); o > best && 2*o >= len(q.Text) {
						best = o
						got = fmt.Sprintf("given to %q (%s)", orNobody(pq.Speaker), pq.Kind)
					}
				}
				fmt.Fprintf(&out, "  - %s quote: %q\n    engine: %s\n    para: %s\n", q.Kind, q.Text, got, para)
			}
		}
	}
	// Wikinews dev only: heldout.jsonl and validation.jsonl are not read.
	files, _ := filepath.Glob(filepath.Join(realnewsGoldDir, "dev-*.jsonl"))
	for _, f := range files {
		for _, g := range loadGoldFile(t, f) {
			dump("wikinews/"+filepath.Base(f), g, readBodyIn(t, wikinewsDir, g.File))
		}
	}
	// pages dev
	for _, set := range pageGoldSets {
		if set.heldOut {
			continue
		}
		gold, pages := loadPageGold(t, set.path)
		for _, g := range gold {
			if paras, ok := pages[g.File]; ok {
				dump("pages/"+filepath.Base(set.path), g, paras)
			}
		}
	}
	// feed gold
	gold, items := loadFeedGold(t)
	for _, g := range gold {
		if paras, ok := items[g.File]; ok {
			dump("feeds", g, paras)
		}
	}
	// fictional dev
	for _, g := range loadGold(t) {
		dump("fiction", g, readBody(t, g.File))
	}
	if path := os.Getenv("MISSED_OUT"); path != "" {
		if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	} else {
		t.Log(out.String())
	}
	t.Logf("%d missed speakers", n)
}

// TestProbe runs each paragraph block (separated by a line "---") of the
// file named by PROBE_FILE through the engine and prints what it gives.
func TestProbe(t *testing.T) {
	path := os.Getenv("PROBE_FILE")
	if path == "" {
		t.Skip("no PROBE_FILE")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range strings.Split(string(data), "\n---\n") {
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		res := extract.Extract(strings.Split(text, "\n\n"))
		var b strings.Builder
		fmt.Fprintf(&b, "## %s\n", text)
		for _, s := range res.Speakers {
			fmt.Fprintf(&b, "   S %q (%s)\n", s.Name, s.Kind)
		}
		for _, q := range res.Quotes {
			fmt.Fprintf(&b, "   Q %s %q: %q\n", q.Kind, orNobody(q.Speaker), q.Text)
		}
		fmt.Println(b.String())
	}
}
