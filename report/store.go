package report

import (
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
