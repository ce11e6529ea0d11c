package report

import (
	"encoding/json"
	"fmt"
	"io"

	"soundbite/model"
	"soundbite/store"
)

// What the store commands print: check's report and sizes for people.

// CheckLine is `check --json`.
type CheckLine struct {
	Path     string   `json:"path"`
	Damaged  bool     `json:"damaged"`
	Pages    int      `json:"pages"`
	Articles int      `json:"articles"`
	Problems []string `json:"problems"`
}

// WriteCheckText says whether the store is damaged and, when it is, how.
func WriteCheckText(w io.Writer, rep store.CheckReport) {
	path := model.SanitizeLine(rep.Path)
	if !rep.Damaged() {
		fmt.Fprintf(w, "%s: no damage (%d pages, %d articles)\n", path, rep.Pages, rep.Articles)
		return
	}
	fmt.Fprintf(w, "%s is damaged:\n", path)
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "  %s\n", model.SanitizeLine(p))
	}
	fmt.Fprintln(w, "run soundbite repair to copy what can be read into a new store")
}

// Mib formats a size in MiB for people.
func Mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// WriteCheck writes check's report: one JSON object, or text for people.
func WriteCheck(o Output, rep store.CheckReport, asJSON bool) error {
	if !asJSON {
		WriteCheckText(o.Stdout, rep)
		return nil
	}
	line := CheckLine{Path: rep.Path, Damaged: rep.Damaged(), Pages: rep.Pages,
		Articles: rep.Articles, Problems: rep.Problems}
	if line.Problems == nil {
		line.Problems = []string{}
	}
	enc := json.NewEncoder(o.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(line); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// WriteRepaired says what repair recovered and where the damaged store
// was kept.
func WriteRepaired(w io.Writer, rep store.RepairReport) {
	lost := fmt.Sprintf("%d lost", rep.Lost)
	if !rep.Counted {
		lost = fmt.Sprintf("at least %d lost (the article count is damaged too)", rep.Lost)
	}
	fmt.Fprintf(w, "%d articles recovered, %s, %d feeds recovered; the damaged store is kept as %s\n",
		rep.Recovered, lost, rep.Feeds, model.SanitizeLine(rep.Damaged))
}

// WritePruned says how many articles a prune removed, or would remove on
// a dry run, and how many it kept.
func WritePruned(w io.Writer, removed, kept int, dryRun bool) {
	verb := "Removed"
	if dryRun {
		verb = "Would remove"
	}
	fmt.Fprintf(w, "%s %d %s; %d kept.\n", verb, removed, Plural(removed, "article", "articles"), kept)
}
