package extract_test

import (
	"flag"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// Any folder of articles with a gold file in this package's format can be
// graded without a line of code: an annotator reading new reporting
// checks the gold and sees the extractor's first score and misses before
// deciding what to change. Folders of third-party text stay outside the
// repository, so this test skips unless both flags are given:
//
//	go test ./extract -run TestScoreFolder -v -args -score.dir DIR -score.gold FILE -misses
//
// With -score.check it stops after checking the gold: whoever annotates a
// held-out folder can mend their gold without seeing a score or a miss,
// so the figures later taken on it are blind.
//
// With -score.pred FILE a second annotator's gold of the same folder is
// graded in the extractor's place: how far two careful readers agree is
// the ceiling any extractor is measured under.
var (
	scoreFolderDir  = flag.String("score.dir", "", "TestScoreFolder grades the articles of this folder")
	scoreFolderGold = flag.String("score.gold", "", "TestScoreFolder's gold file (JSON lines, the format of testdata/gold.jsonl)")
	scoreFolderOnly = flag.Bool("score.check", false, "TestScoreFolder checks the gold and grades nothing")
	scoreFolderPred = flag.String("score.pred", "", "TestScoreFolder grades this gold file (a second annotator's) instead of the extractor")
)

func TestScoreFolder(t *testing.T) {
	if *scoreFolderDir == "" || *scoreFolderGold == "" {
		t.Skip("give -score.dir and -score.gold")
	}
	gold := loadGoldFile(t, *scoreFolderGold)
	valid := true
	for _, g := range gold {
		paras := readBodyIn(t, *scoreFolderDir, g.File)
		body := strings.Join(paras, model.ParagraphSep)
		for _, m := range append(checkGold(g, body), checkSelfScore(body, g)...) {
			t.Errorf("%s: %s", g.File, m)
			valid = false
		}
	}
	if !valid {
		t.Fatal("mend the gold before grading")
	}
	if *scoreFolderOnly {
		t.Logf("gold valid: %d articles", len(gold))
		return
	}
	if *scoreFolderPred == "" {
		scoreSet(t, gold, *scoreFolderDir, true)
		return
	}
	second := make(map[string]goldArticle)
	for _, g := range loadGoldFile(t, *scoreFolderPred) {
		second[g.File] = g
	}
	scoreSetWith(t, gold, *scoreFolderDir, true, func(paras []string) extract.Result {
		body := strings.Join(paras, model.ParagraphSep)
		for _, g := range gold {
			if strings.Join(readBodyIn(t, *scoreFolderDir, g.File), model.ParagraphSep) == body {
				return goldAsResult(body, second[g.File])
			}
		}
		return extract.Result{}
	})
}

// goldAsResult is what an extractor answering exactly as the gold g would
// give: its speakers and its quotes, located in body (a quote body lacks is
// left out).
func goldAsResult(body string, g goldArticle) extract.Result {
	var res extract.Result
	quotes := make(map[string]int)
	for _, q := range g.Quotes {
		quotes[q.speaker()]++
		start := strings.Index(body, q.Text)
		if start < 0 {
			continue
		}
		res.Quotes = append(res.Quotes, model.Quote{Speaker: q.speaker(), Kind: q.Kind, Text: q.Text, Start: start, End: start + len(q.Text)})
	}
	for _, sp := range g.Speakers {
		res.Speakers = append(res.Speakers, model.Speaker{Name: sp.Name, Kind: sp.Kind, Aliases: sp.Aliases, Quotes: quotes[sp.Name]})
	}
	return res
}
