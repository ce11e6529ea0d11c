package ingest

import (
	"bufio"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sampleDir is the bundled corpus, in the repository.
const sampleDir = "../sample"

// TestSampleCorpus checks the bundled articles: each reads as the sample
// layout, keeps no boilerplate, maps back to its file exactly, and has a
// gold record whose names all occur in its body.
func TestSampleCorpus(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(sampleDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no sample articles in %s", sampleDir)
	}
	if len(paths) < 15 {
		t.Errorf("%d sample articles, want at least 15", len(paths))
	}
	gold := readGold(t, filepath.Join(sampleDir, "gold.jsonl"))
	categories := map[string]bool{}
	for _, path := range paths {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			a := d.Article
			categories[a.Category] = true
			if d.Format != FormatSample || a.Category == "" || a.Caption == "" || strings.HasSuffix(a.Caption, ",") {
				t.Errorf("format %v, category %q, caption %q", d.Format, a.Category, a.Caption)
			}
			text := a.Text()
			if strings.Contains(strings.ToLower(text), "share if you like") {
				t.Error("boilerplate left in the body")
			}
			assertExactOffsets(t, data, d)
			if words := len(strings.Fields(text)); !strings.HasPrefix(name, "00-") && (words < 300 || words > 700) {
				t.Errorf("%d words, want 300 to 700", words)
			}
			g, ok := gold[name]
			if !ok {
				t.Fatal("no gold record")
			}
			if len(g.Speakers) == 0 {
				t.Error("gold lists no speakers")
			}
			for _, sp := range g.Speakers {
				if sp.Kind != "person" && sp.Kind != "organization" {
					t.Errorf("speaker %q has kind %q", sp.Name, sp.Kind)
				}
				for _, s := range append([]string{sp.Name}, sp.Aliases...) {
					if !strings.Contains(strings.ToLower(text), strings.ToLower(s)) {
						t.Errorf("speaker %q: %q is not in the text", sp.Name, s)
					}
				}
			}
			for _, s := range g.NotSpeakers {
				if !strings.Contains(strings.ToLower(text), strings.ToLower(s)) {
					t.Errorf("not_speaker %q is not in the text", s)
				}
			}
		})
	}
	if len(categories) < 6 {
		t.Errorf("categories %v, want at least six", slices.Sorted(maps.Keys(categories)))
	}
	for name := range gold {
		if !slices.Contains(paths, filepath.Join(sampleDir, name)) {
			t.Errorf("gold record for %s, which is not in %s", name, sampleDir)
		}
	}
}

type goldRecord struct {
	File     string `json:"file"`
	Speakers []struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Aliases []string `json:"aliases"`
	} `json:"speakers"`
	NotSpeakers []string `json:"not_speakers"`
}

func readGold(t *testing.T, path string) map[string]goldRecord {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold := map[string]goldRecord{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		var g goldRecord
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		if _, dup := gold[g.File]; dup {
			t.Errorf("%s:%d: second record for %s", path, line, g.File)
		}
		gold[g.File] = g
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return gold
}
