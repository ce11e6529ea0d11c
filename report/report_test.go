package report

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"soundbite/feed"
	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

func output() (Output, *bytes.Buffer, *bytes.Buffer) {
	var stdout, stderr bytes.Buffer
	return NewOutput(&stdout, &stderr), &stdout, &stderr
}

func TestParseQuery(t *testing.T) {
	if _, err := ParseQuery(`speaker:tamsk said:"harbour`); err == nil {
		t.Fatal("an unclosed phrase parsed")
	} else {
		var se *search.SyntaxError
		lines := strings.Split(err.Error(), "\n")
		if !errors.As(err, &se) || len(lines) != 3 || !strings.HasPrefix(lines[0], "bad query: ") || !strings.HasSuffix(lines[2], "^") {
			t.Errorf("syntax error worded as %q", err)
		}
	}
	if _, err := ParseQuery("   "); err == nil || !strings.HasPrefix(err.Error(), "empty query") {
		t.Errorf("an empty query: %v", err)
	}
	if q, err := ParseQuery("harbour is:unread"); err != nil || q.IsZero() {
		t.Errorf("a good query: %+v, %v", q, err)
	}
}

func TestWriteMarked(t *testing.T) {
	var b bytes.Buffer
	WriteMarked(&b, model.Marked{Matched: 5, Changed: 1}, "read")
	WriteMarked(&b, model.Marked{Matched: 2, Changed: 2}, "unread")
	if want := "Marked 1 article read (4 already read).\nMarked 2 articles unread.\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestWriteRefresh(t *testing.T) {
	sum := feed.Summary{Feeds: 3, Failed: 1, NotModified: 1, New: 1, Deferred: 2}
	o, stdout, _ := output()
	if err := WriteRefresh(o, sum, 4, true); err != nil {
		t.Fatal(err)
	}
	if want := `{"deferred":2,"failed":1,"feeds":3,"new":1,"not_modified":1,"pruned":4}` + "\n"; stdout.String() != want {
		t.Errorf("JSON %q, want %q", stdout, want)
	}
	o, stdout, _ = output()
	if err := WriteRefresh(o, sum, 0, false); err != nil {
		t.Fatal(err)
	}
	text := stdout.String()
	if !strings.HasPrefix(text, "3 feeds: 1 new article, 1 unchanged, 1 failed\n") || strings.Contains(text, "pruned") || !strings.Contains(text, "2 full-text items left") {
		t.Errorf("text %q", text)
	}
}

func TestWarnSpeakers(t *testing.T) {
	o, _, stderr := output()
	one := []model.SpeakerCount{{Speaker: model.Speaker{Name: "Orla Tamsk"}}}
	WarnSpeakers(o, "tamsk", one)
	if stderr.Len() != 0 {
		t.Errorf("one speaker warned: %q", stderr)
	}
	two := append(one, model.SpeakerCount{Speaker: model.Speaker{Name: "Bram Tamsk\x1b[31m"}})
	WarnSpeakers(o, "tamsk", two)
	if want := "soundbite: \"tamsk\" names 2 speakers (Orla Tamsk, Bram Tamsk); showing them all, name one in full for one\n"; stderr.String() != want {
		t.Errorf("got %q, want %q", stderr, want)
	}
}

// The done line keeps the shape it had when it embedded the import
// report: event first, then the counts, then the errors, never null.
func TestWriteImportDone(t *testing.T) {
	type fileError struct {
		File  string `json:"file"`
		Error string `json:"error"`
	}
	o, stdout, _ := output()
	done := DoneEvent[fileError]{New: 2, Failed: 1, Errors: []fileError{{"a.txt", "binary file"}}}
	if err := WriteImportDone(o, done, true); err != nil {
		t.Fatal(err)
	}
	if want := `{"event":"done","new":2,"updated":0,"unchanged":0,"failed":1,"errors":[{"file":"a.txt","error":"binary file"}]}` + "\n"; stdout.String() != want {
		t.Errorf("got %q, want %q", stdout, want)
	}
	o, stdout, _ = output()
	if err := WriteImportDone(o, done, false); err != nil || stdout.String() != "2 new, 0 updated, 0 unchanged, 1 failed\n" {
		t.Errorf("text %q, %v", stdout, err)
	}
}

func TestImportDisplayBatches(t *testing.T) {
	o, stdout, stderr := output()
	d := NewImportDisplay(o, true)
	if err := d.Batch(store.PutResult{New: 1, IDs: []model.ID{"3f2a91c0"}}); err != nil {
		t.Fatal(err)
	}
	if err := d.Batch(store.PutResult{}); err != nil {
		t.Fatal(err)
	}
	d.Skip("b.txt", errors.New("b.txt: binary file"))
	d.Done()
	want := `{"event":"batch","new":1,"updated":0,"unchanged":0,"ids":["3f2a91c0"]}` + "\n" +
		`{"event":"batch","new":0,"updated":0,"unchanged":0,"ids":[]}` + "\n"
	if stdout.String() != want {
		t.Errorf("batches %q, want %q", stdout, want)
	}
	if stderr.String() != "soundbite: skipping b.txt: binary file\n" {
		t.Errorf("stderr %q (a pipe gets no running count)", stderr)
	}
}
