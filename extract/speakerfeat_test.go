package extract_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

var (
	featOut     = flag.String("feat.out", "", "TestSpeakerFeatures writes each reported speaker's evidence and whether the gold has it to this file")
	featFolders = flag.String("feat.folders", "", "TestSpeakerFeatures also reads these folders: NAME=DIR,... (gold in DIR/gold.jsonl)")
)

// TestSpeakerFeatures dumps, for every speaker the engine reports on the
// tuning sets (and on any folder given), the engine's evidence for it and
// whether the gold holds it: the data for studying false speakers. It
// skips unless -feat.out is given.
func TestSpeakerFeatures(t *testing.T) {
	if *featOut == "" {
		t.Skip("give -feat.out FILE")
	}
	arts := cvArticles(t)
	if *featFolders != "" {
		for _, spec := range strings.Split(*featFolders, ",") {
			name, dir, ok := strings.Cut(spec, "=")
			if !ok {
				t.Fatalf("-feat.folders: %q is not NAME=DIR", spec)
			}
			for _, g := range loadGoldFile(t, filepath.Join(dir, "gold.jsonl")) {
				paras := readBodyIn(t, dir, g.File)
				arts = append(arts, cvArticle{set: name, g: g, paras: paras, body: strings.Join(paras, model.ParagraphSep)})
			}
		}
	}
	f, err := os.Create(*featOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "set\tfile\tname\tok\t%s\n", strings.Join(extract.SpeakerEvidenceNames, "\t"))
	rows, falses := 0, 0
	for _, a := range arts {
		res, ev := extract.EvidenceOf(a.paras)
		used := make(map[int]bool)
		for i, sp := range res.Speakers {
			ok := 0
			if gi := resolve(sp, a.g.Speakers); gi >= 0 && !used[gi] {
				used[gi], ok = true, 1
			} else {
				falses++
			}
			cols := make([]string, len(ev[i].X))
			for k, v := range ev[i].X {
				cols[k] = fmt.Sprintf("%.4g", v)
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\n", a.set, a.g.File, strings.ReplaceAll(sp.Name, "\t", " "), ok, strings.Join(cols, "\t"))
			rows++
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d speakers, %d false, written to %s", rows, falses, *featOut)
}
