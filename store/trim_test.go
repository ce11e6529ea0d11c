package store

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"soundbite/model"
)

// rssFileKB reads the file-backed resident memory of this process.
func rssFileKB(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "RssFile:" {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

func TestTrimGivesBackMappedPagesAndKeepsData(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("Trim is a no-op here")
	}
	s := openTemp(t)
	var arts []model.Article
	for i := range 1500 {
		a := art(fmt.Sprintf("Trim report %d", i), "", day(1+i%27), spk{name: "Noor Kellaway", kind: model.Person, quotes: 1})
		a.Body = append(a.Body, strings.Repeat(fmt.Sprintf("Padding %d so the file spans many pages. ", i), 40))
		arts = append(arts, a)
	}
	mustPut(t, s, arts...)
	before, err := s.List(model.Filter{}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range before {
		if _, err := s.Get(r.ID); err != nil {
			t.Fatal(err)
		}
	}
	mapped := rssFileKB(t)
	if err := s.Trim(); err != nil {
		t.Fatal(err)
	}
	if after := rssFileKB(t); after >= mapped {
		t.Errorf("RssFile %d KiB after Trim, %d KiB before", after, mapped)
	}
	// The data reads back the same after its pages were unmapped.
	again, err := s.List(model.Filter{}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(before) || again[0].Title != before[0].Title || again[len(again)-1].ID != before[len(before)-1].ID {
		t.Errorf("List after Trim differs: %d rows, want %d", len(again), len(before))
	}
	if a, err := s.Get(before[17].ID); err != nil || a.Title != before[17].Title {
		t.Errorf("Get after Trim = %q, %v", a.Title, err)
	}
}
