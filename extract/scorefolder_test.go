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
var (
	scoreFolderDir  = flag.String("score.dir", "", "TestScoreFolder grades the articles of this folder")
	scoreFolderGold = flag.String("score.gold", "", "TestScoreFolder's gold file (JSON lines, the format of testdata/gold.jsonl)")
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
	scoreSet(t, gold, *scoreFolderDir, true)
}
