package extract_test

import (
	"flag"
	"strings"
	"testing"

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
var (
	scoreFolderDir  = flag.String("score.dir", "", "TestScoreFolder grades the articles of this folder")
	scoreFolderGold = flag.String("score.gold", "", "TestScoreFolder's gold file (JSON lines, the format of testdata/gold.jsonl)")
	scoreFolderOnly = flag.Bool("score.check", false, "TestScoreFolder checks the gold and grades nothing")
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
	scoreSet(t, gold, *scoreFolderDir, true)
}
