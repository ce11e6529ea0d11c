package extract_test

// This file guards optimisations of the engine: it runs extract.Extract
// over every text the tests know (the annotated articles, the real-news
// and real-world articles, the feed items and pages, the fuzz corpus and
// every case table's text) and writes or checks the full results, so a
// change meant only to make extraction faster can be shown to change no
// output at all. It does nothing unless -equiv.write or -equiv.check
// names a file:
//
//	go test ./extract -run TestEquivalence -count=1 -args -equiv.write FILE
//	(change the engine)
//	go test ./extract -run TestEquivalence -count=1 -args -equiv.check FILE
//
// FILE is best kept outside the repository.
//
// Results of articles no one may read while changing the engine (the
// held-out parts of the real-news and page sets, the hold-out set) are
// kept only as hashes,
// and a difference there is reported by number, never by name or text.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"soundbite/extract"
)

var (
	equivWrite = flag.String("equiv.write", "", "TestEquivalence writes every corpus's extraction results to this file")
	equivCheck = flag.String("equiv.check", "", "TestEquivalence checks every corpus's extraction results against this file")
)

// equivInput is one text to extract: its key, its paragraphs, and whether
// its result may be read.
type equivInput struct {
	key    string
	paras  []string
	hidden bool
}

func TestEquivalence(t *testing.T) {
	if *equivWrite == "" && *equivCheck == "" {
		t.Skip("no -equiv.write or -equiv.check given")
	}
	inputs := equivInputs(t)
	got := make(map[string]string, len(inputs))
	for _, in := range inputs {
		data, err := json.Marshal(extract.Extract(in.paras))
		if err != nil {
			t.Fatal(err)
		}
		if in.hidden {
			sum := sha256.Sum256(data)
			got[in.key] = "sha256:" + hex.EncodeToString(sum[:])
		} else {
			got[in.key] = string(data)
		}
	}
	t.Logf("%d inputs", len(inputs))
	if *equivWrite != "" {
		data, err := json.Marshal(got)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*equivWrite, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(*equivCheck)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]string
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Errorf("%d inputs, the file has %d", len(got), len(want))
	}
	diffs := 0
	for i, in := range inputs {
		if got[in.key] == want[in.key] {
			continue
		}
		diffs++
		switch {
		case in.hidden:
			t.Errorf("hidden input #%d differs", i)
		case diffs <= 10:
			t.Errorf("%s differs:\n got %s\nwant %s", in.key, got[in.key], want[in.key])
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d results differ", diffs, len(inputs))
	}
}

// equivInputs gathers every text the tests extract, each under a unique key.
func equivInputs(t *testing.T) []equivInput {
	t.Helper()
	var out []equivInput
	seen := make(map[string]bool)
	add := func(key string, paras []string, hidden bool) {
		for seen[key] {
			key += "'"
		}
		seen[key] = true
		out = append(out, equivInput{key: key, paras: paras, hidden: hidden})
	}

	// The annotated articles, one by one and joined as the benchmark
	// joins them.
	files, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		add("articles/"+filepath.Base(f), readBodyIn(t, articlesDir, filepath.Base(f)), false)
	}
	var b testing.B
	for i, a := range benchArticles(&b) {
		add("bench/"+strconv.Itoa(i), a, false)
	}

	// The bundled sample and the real-world articles with speaker gold.
	for _, dir := range []string{sampleDir, realworldDir} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			add(dir+"/"+filepath.Base(f), readBodyIn(t, dir, filepath.Base(f)), false)
		}
	}

	// The Wikinews articles: those the dev gold names are open; every
	// other one may be held out, so only its hash is kept.
	if _, err := os.Stat(wikinewsDir); err == nil {
		dev := make(map[string]bool)
		golds, _ := filepath.Glob(filepath.Join(realnewsGoldDir, "dev-*.jsonl"))
		for _, g := range golds {
			for _, a := range loadGoldFile(t, g) {
				dev[a.File] = true
			}
		}
		files, _ := filepath.Glob(filepath.Join(wikinewsDir, "*"))
		for _, f := range files {
			name := filepath.Base(f)
			if fi, err := os.Stat(f); err != nil || fi.IsDir() {
				continue
			}
			add("wikinews/"+name, readBodyIn(t, wikinewsDir, name), !dev[name])
		}
	}

	// The hold-out articles: hashes only.
	held, _ := filepath.Glob(filepath.Join(holdoutArticlesDir, "*"))
	for _, f := range held {
		if fi, err := os.Stat(f); err != nil || fi.IsDir() {
			continue
		}
		add("holdout/"+filepath.Base(f), readBodyIn(t, holdoutArticlesDir, filepath.Base(f)), true)
	}

	// The feed items and the pages, fetched as the score tests fetch them.
	if _, err := os.Stat(filepath.Join(feedsDir, feedGoldFeeds[0])); err == nil {
		items := loadFeedItems(t)
		keys := make([]string, 0, len(items))
		for k := range items {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			add("feeds/"+k, items[k], false)
		}
	}
	for _, set := range pageGoldSets {
		if _, err := os.Stat(set.path); err != nil {
			continue
		}
		for _, g := range loadGoldFile(t, set.path) {
			if paras, ok := loadPage(t, g.File); ok {
				add("pages/"+g.File, fixedServer(paras), set.heldOut)
			}
		}
	}

	// The fuzz corpus and every string literal of the test files given
	// as a case's text or a fuzz seed, split at blank lines as the case
	// tests split them.
	fuzz, _ := filepath.Glob("testdata/fuzz/FuzzExtract/*")
	for _, f := range fuzz {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if lit, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(lit, ")")); err == nil {
					add("fuzz/"+filepath.Base(f), strings.Split(s, "\n\n"), false)
				}
			}
		}
	}
	for i, s := range caseTexts(t) {
		add("case/"+strconv.Itoa(i), strings.Split(s, "\n\n"), false)
	}
	return out
}

// localServer is the address of the server loadPage fetches a page from,
// which links relative to the page resolve against.
var localServer = regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+`)

// fixedServer writes every link to the local server with one fixed port,
// because each run serves the pages on a port of its own, and a link's
// port would make two runs of an unchanged engine differ.
func fixedServer(paras []string) []string {
	out := make([]string, len(paras))
	for i, p := range paras {
		out[i] = localServer.ReplaceAllLiteralString(p, "http://127.0.0.1:40000")
	}
	return out
}

// caseTexts returns every string literal in the package's test files that
// is the value of a "text" field or an argument of a call to Add.
func caseTexts(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	fset := token.NewFileSet()
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "text" {
					if s, ok := stringLit(n.Value); ok {
						texts = append(texts, s)
					}
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Add" && len(n.Args) == 1 {
					if s, ok := stringLit(n.Args[0]); ok {
						texts = append(texts, s)
					}
				}
			}
			return true
		})
	}
	return texts
}

// stringLit is the value of a string literal or a sum of them.
func stringLit(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := stringLit(e.X)
		b, ok2 := stringLit(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return stringLit(e.X)
	}
	return "", false
}
