package extract_test

// This file grades the extractor on real news: Wikinews articles kept
// beside the repository in ../shared/realworld/wikinews (never copied into
// it), with quote-level gold in testdata/realnews/*.jsonl written by the
// team to the rules of testdata/README.md. The dev files (dev-*.jsonl) are
// for tuning; heldout.jsonl and validation.jsonl are only ever measured
// here, as totals: their per-article tables and misses are never logged.
// The held-out part is the last word. Validation told whether a rule tuned
// on dev generalised until session 22 opened it for tuning (its misses
// through TestScoreFolder; testdata/realnews/README.md).

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"soundbite/model"
)

const (
	realnewsGoldDir    = "testdata/realnews"
	wikinewsDir        = "../../shared/realworld/wikinews"
	realnewsHeldout    = "heldout.jsonl"
	realnewsValidation = "validation.jsonl"
)

// Floors for the real-news gold, about 0.02 under the scores measured with
// extract.Version 6 as session 4 ended: dev (dev-a to dev-k, 196 articles)
// F1 0.946, recall 0.952, attribution 0.967 (each dev file F1 0.849 or
// more; dev-k, the newest, was scored fresh); held-out F1 0.848, recall
// 0.850, attribution 0.850; validation F1 0.825, recall 0.871, attribution
// 0.868. Validation rose to F1 0.840, recall 0.880, attribution 0.870 with
// the recall classes of cases_recall_test.go, and its floors with it.
// With extract.Version 8 (session 6) held-out measured F1 0.870, recall
// 0.847, attribution 0.872 and validation 0.866, 0.888, 0.874: their
// floors went up to about 0.02 under those.
// Session 13 (version 15): validation 0.880, 0.902, 0.881, its speaker
// F1 and attribution floors up to 0.86.
// Session 18 (version 20): held-out quote recall 0.881, its floor 0.86.
// Session 22 (version 24) opened validation for tuning: 0.923, 0.930,
// 0.930, its floors up to about 0.02 under; none of its speakers is an
// outlet now, and its ceiling went down with that.
// These floors only go up; never lower one to let a change through.
// (Adding a dev file measures a new set: set the floors from what the
// engine scores on it, as for dev-c to dev-k. Session 5 added dev-l to
// dev-n, 8 articles and 282 quotes, scored fresh at F1 0.78, recall 0.83:
// the whole dev part then measured F1 0.929, recall 0.936, attribution
// 0.961, and its floors were set from that. Session 7 took the dev part
// to F1 0.958, recall 0.954, attribution 0.965, and the floors to about
// 0.02 under.)
const (
	realnewsDevMinSpeakerF1   = 0.95
	realnewsDevMinQuoteRecall = 0.94
	realnewsDevMinAttribution = 0.95

	realnewsHeldoutMinSpeakerF1   = 0.86
	realnewsHeldoutMinQuoteRecall = 0.86
	realnewsHeldoutMinAttribution = 0.87

	realnewsValidationMinSpeakerF1   = 0.90
	realnewsValidationMinQuoteRecall = 0.91
	realnewsValidationMinAttribution = 0.91
)

// How many news outlets or publications a part may have made speakers:
// issue 11 wants at most one; the ceilings are what was measured, and
// they only go down (dev: none since version 6 read "the journal Science"
// as a publication; validation: none since version 24 read "on Twitter"
// before a verb as where, not who).
const (
	realnewsDevMaxOutlets        = 0
	realnewsHeldoutMaxOutlets    = 1
	realnewsValidationMaxOutlets = 0
)

// realnewsPart is the gold of one part of the real-news set.
type realnewsPart struct {
	name    string
	heldout bool
	gold    []goldArticle
}

// loadRealnews reads the dev and held-out gold, skipping the test when the
// articles or the gold are missing.
func loadRealnews(t *testing.T) []realnewsPart {
	t.Helper()
	if _, err := os.Stat(wikinewsDir); err != nil {
		t.Skipf("Wikinews articles not available in %s: %v", wikinewsDir, err)
	}
	files, err := filepath.Glob(filepath.Join(realnewsGoldDir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skipf("no real-news gold in %s yet", realnewsGoldDir)
	}
	dev := realnewsPart{name: "dev"}
	held := realnewsPart{name: "heldout", heldout: true}
	valid := realnewsPart{name: "validation", heldout: true}
	for _, f := range files {
		g := loadGoldFile(t, f)
		switch filepath.Base(f) {
		case realnewsHeldout:
			held.gold = append(held.gold, g...)
		case realnewsValidation:
			valid.gold = append(valid.gold, g...)
		default:
			dev.gold = append(dev.gold, g...)
		}
	}
	var parts []realnewsPart
	for _, p := range []realnewsPart{dev, valid, held} {
		if len(p.gold) > 0 {
			parts = append(parts, p)
		}
	}
	return parts
}

// realnewsBody returns the body of a Wikinews article file as annotated:
// everything after the headline and its blank line.
func realnewsBody(t *testing.T, file string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(wikinewsDir, file))
	if err != nil {
		t.Fatalf("reading article: %v", err)
	}
	_, body, ok := strings.Cut(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n")
	if !ok {
		t.Fatalf("%s: no blank line after the headline", file)
	}
	return body
}

// TestRealnewsGoldValid checks the real-news annotations with the rules of
// TestGoldValid, against the article body, and that the gold scores
// perfectly against itself on the ingested body. Problems in the held-out
// part are counted, not shown.
func TestRealnewsGoldValid(t *testing.T) {
	seen := make(map[string]string)
	for _, p := range loadRealnews(t) {
		kinds := make(map[model.QuoteKind]int)
		for _, g := range p.gold {
			if other, ok := seen[g.File]; ok {
				t.Errorf("%s: annotated in %s and %s", g.File, other, p.name)
			}
			seen[g.File] = p.name
			msgs := checkGold(g, realnewsBody(t, g.File))
			msgs = append(msgs, checkSelfScore(strings.Join(readBodyIn(t, wikinewsDir, g.File), model.ParagraphSep), g)...)
			if p.heldout && len(msgs) > 0 {
				// Say what kind of problem, never the words.
				for _, m := range msgs {
					t.Errorf("%s (held out): %s", g.File, hideQuoted.ReplaceAllString(m, "…"))
				}
				continue
			}
			for _, m := range msgs {
				t.Errorf("%s: %s", g.File, m)
			}
			for _, q := range g.Quotes {
				kinds[q.Kind]++
			}
		}
		t.Logf("%s gold: %d articles, %d direct, %d indirect, %d mixed quotes",
			p.name, len(p.gold), kinds[model.Direct], kinds[model.Indirect], kinds[model.Mixed])
	}
}

// TestScoreRealnews grades extract.Extract on the real-news gold, the dev
// part and the held-out part apart. -args -misses lists the dev misses.
func TestScoreRealnews(t *testing.T) {
	for _, p := range loadRealnews(t) {
		t.Run(p.name, func(t *testing.T) {
			total := scoreSet(t, p.gold, wikinewsDir, !p.heldout)
			minF1, minRecall, minAttr := realnewsDevMinSpeakerF1, realnewsDevMinQuoteRecall, realnewsDevMinAttribution
			maxOutlets := realnewsDevMaxOutlets
			switch p.name {
			case "heldout":
				minF1, minRecall, minAttr = realnewsHeldoutMinSpeakerF1, realnewsHeldoutMinQuoteRecall, realnewsHeldoutMinAttribution
				maxOutlets = realnewsHeldoutMaxOutlets
			case "validation":
				minF1, minRecall, minAttr = realnewsValidationMinSpeakerF1, realnewsValidationMinQuoteRecall, realnewsValidationMinAttribution
				maxOutlets = realnewsValidationMaxOutlets
			}
			total.checkFloors(t, p.name, minF1, minRecall, minAttr)
			if n := len(total.outlets); n > maxOutlets {
				t.Errorf("%s: %d news outlets or publications made speakers, want at most %d", p.name, n, maxOutlets)
			}
		})
	}
}

// hideQuoted matches the quoted words in a gold problem, so that a problem
// in the held-out gold is reported without them.
var hideQuoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// outletWords mark the name of a news outlet or a publication: a paper, a
// broadcaster, an agency, a web site or a journal. A predicted speaker with
// such a name that the gold does not list as a speaker relays words
// rather than saying them.
var outletWords = []string{
	"news", "times", "post", "journal", "herald", "gazette", "tribune", "telegraph", "guardian",
	"chronicle", "daily", "magazine", "newspaper", "radio", "television", "tv", "broadcasting",
	"broadcaster", "channel", "newswire", "wire", "press", "reuters", "afp", "bbc", "cnn", "nbc",
	"cbs", "abc", "fox", "npr", "pbs", "msnbc", "xinhua", "tass", "interfax", "bloomberg", "yonhap",
	"kyodo", "wikinews", "wikipedia", "lancet", "nature", "plos", "science", "sputnik", "al-jazeera",
	"jazeera", "ria", "irna", "kcna", "politico", "axios", "reddit", "twitter", "facebook",
}

// outletName reports whether name reads as a news outlet's or a
// publication's.
func outletName(name string) bool {
	lower := strings.ToLower(name)
	for _, tld := range []string{".com", ".org", ".net", ".co.uk"} {
		if strings.HasSuffix(lower, tld) {
			return true
		}
	}
	words := strings.FieldsFunc(lower, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' || r == '(' || r == ')' })
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(outletWords, w) })
}

func TestOutletName(t *testing.T) {
	for name, want := range map[string]bool{
		"The New York Times": true, "Reuters": true, "CBC News": true, "Gawker.com": true,
		"The Lancet": true, "Dmitry Peskov": false, "Ministry of Health": false, "Kremlin": false,
	} {
		if got := outletName(name); got != want {
			t.Errorf("outletName(%q) = %v, want %v", name, got, want)
		}
	}
}

// realnewsDevFileMinSpeakerF1 is the floor for each dev file on its own,
// about 0.02 under the lowest measured (dev-a, 0.919).
const realnewsDevFileMinSpeakerF1 = 0.90

// realnewsDevFileFloors are the speaker F1 floors of the dev files that
// were added later and scored above the common floor once tuned on: dev-g
// and dev-h (first reads, scored fresh at 0.835 and 0.881 with
// extract.Version 5, then 0.987 and 1.000 with Version 6), a few points
// under, since a second reader may still adjust a line. A file not listed
// has realnewsDevFileMinSpeakerF1.
var realnewsDevFileFloors = map[string]float64{
	"dev-g": 0.95,
	"dev-h": 0.95,
	// Scored fresh at 0.875 and 0.862 with session 4's Version 6, before
	// anyone tuned on them; 0.957 and 0.943 once their error classes were
	// fixed (cases_fresh2_test.go).
	"dev-i": 0.93,
	"dev-j": 0.91,
	// Scored fresh at 0.849 with Version 6 as session 4 ended, before
	// anyone tuned on it.
	"dev-k": 0.83,
	// The last of the 272 articles, read in session 5 (two "On the
	// campaign trail" digests and three short reports in dev-l, longer
	// digests in dev-m and dev-n): scored fresh with Version 6 at 0.810,
	// 0.789 and 0.750 on their first reads.
	"dev-l": 0.79,
	"dev-m": 0.78,
	"dev-n": 0.75,
}

// TestScoreRealnewsHalves grades each dev file on its own (dev-a to dev-h),
// so that a change tuned on some files can be checked on the others.
func TestScoreRealnewsHalves(t *testing.T) {
	if _, err := os.Stat(wikinewsDir); err != nil {
		t.Skipf("Wikinews articles not available in %s: %v", wikinewsDir, err)
	}
	files, err := filepath.Glob(filepath.Join(realnewsGoldDir, "dev-*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		t.Run(name, func(t *testing.T) {
			total := scoreSet(t, loadGoldFile(t, f), wikinewsDir, *showMisses)
			floor, ok := realnewsDevFileFloors[name]
			if !ok {
				floor = realnewsDevFileMinSpeakerF1
			}
			if _, _, f1 := total.speakerPRF(); f1 < floor {
				t.Errorf("speaker F1 %.3f below the dev file floor %.2f", f1, floor)
			}
		})
	}
}
