package report

import (
	"fmt"
	"io"

	"soundbite/model"
	"soundbite/store"
)

// CheckLine is `check --json`.
type CheckLine struct {
	Path     string   `json:"path"`
	Damaged  bool     `json:"damaged"`
	Pages    int      `json:"pages"`
	Articles int      `json:"articles"`
	Problems []string `json:"problems"`
}

// Check is a damage check as `check --json` prints it.
func Check(rep store.CheckReport) CheckLine {
	line := CheckLine{Path: rep.Path, Damaged: rep.Damaged(), Pages: rep.Pages,
		Articles: rep.Articles, Problems: rep.Problems}
	if line.Problems == nil {
		line.Problems = []string{}
	}
	return line
}

// WriteCheckText prints a damage check for people.
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
