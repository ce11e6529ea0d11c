package search

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"soundbite/ingest"
	"soundbite/model"
)

func TestDocument(t *testing.T) {
	a := corpus()[1] // two paragraphs, two quotes by two speakers
	d := NewAnalyzer().Document(&a)
	if d.TitleLen != 4 { // talks resume port calder
		t.Errorf("TitleLen = %d, want 4", d.TitleLen)
	}
	terms := map[string]DocTerm{}
	for _, dt := range d.Terms {
		if _, dup := terms[dt.Term]; dup {
			t.Errorf("term %q twice", dt.Term)
		}
		terms[dt.Term] = dt
	}
	if got := terms["port"]; !reflect.DeepEqual(got.Title, []uint32{3}) || got.Body != nil {
		t.Errorf("port: %+v", got)
	}
	// "Negotiator(0) Ivo Brannigan said: We(4) want a ceasefire(7) by
	// spring(9)." then a paragraph break, then "Kessel(10+gap) answered:
	// The harbour stays closed(15+gap)."
	if got := terms["ceasefir"].Body; !reflect.DeepEqual(got, []uint32{7}) {
		t.Errorf("ceasefire at %v, want [7]", got)
	}
	if got := terms["kessel"].Body; !reflect.DeepEqual(got, []uint32{10 + ParagraphGap}) {
		t.Errorf("kessel at %v, want [%d]", got, 10+ParagraphGap)
	}
	for _, meta := range []string{CategoryTerm("Politics"), SpeakerTerm("marta kessel"), SpeakerTerm("ivo brannigan")} {
		if _, ok := terms[meta]; !ok {
			t.Errorf("metadata term %q missing", meta)
		}
	}
	if _, ok := terms[FeedTerm("")]; ok {
		t.Error("empty feed indexed")
	}
	want := []QuoteSpan{
		{Quote: 0, Speaker: "ivo brannigan", Start: 4, End: 10},
		{Quote: 1, Speaker: "marta kessel", Start: 12 + ParagraphGap, End: 16 + ParagraphGap},
	}
	if !reflect.DeepEqual(d.Quotes, want) {
		t.Errorf("quotes:\n got %+v\nwant %+v", d.Quotes, want)
	}
}

func TestQuoteSpansBadOffsets(t *testing.T) {
	a := model.Article{Body: []string{"one two three"}, Quotes: []model.Quote{
		{Speaker: "X", Start: -1, End: 3},
		{Speaker: "X", Start: 5, End: 5},
		{Speaker: "X", Start: 100, End: 200},
		{Speaker: "", Start: 4, End: 13},
	}}
	d := NewAnalyzer().Document(&a)
	want := []QuoteSpan{{Quote: 3, Speaker: "", Start: 1, End: 3}}
	if !reflect.DeepEqual(d.Quotes, want) {
		t.Errorf("got %+v, want %+v", d.Quotes, want)
	}
}

func TestQuoteTable(t *testing.T) {
	docs := [][]QuoteSpan{
		{{Quote: 0, Speaker: "marta kessel", Start: 3, End: 9}, {Quote: 2, Speaker: "", Start: 12, End: 13}},
		nil,
		{{Quote: 5, Speaker: "marta kessel", Start: 40, End: 400}, {Quote: 6, Speaker: "ivo brannigan", Start: 401, End: 402}},
	}
	b := NewBuilder()
	for i, spans := range docs {
		d := Doc{Quotes: spans}
		if err := b.Add(uint64(i+1), model.NewID(fmt.Sprint(i)), &d); err != nil {
			t.Fatal(err)
		}
	}
	table, quotes, err := b.Finish(func(string, []byte) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range docs {
		got, err := quotes.Spans(table, i)
		if err != nil || len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("doc %d: %+v, %v; want %+v", i, got, err, want)
		}
	}
	// Each speaker key is stored once.
	if n := strings.Count(string(quotes), "marta kessel"); n != 1 {
		t.Errorf("speaker key stored %d times", n)
	}
	for i := range len(quotes) - 1 {
		if _, err := QuoteTable(quotes[:i]).Spans(table, 2); !errors.Is(err, ErrCorrupt) {
			t.Errorf("truncated to %d bytes: %v, want ErrCorrupt", i, err)
		}
	}
}

func TestBuilderAndDocTable(t *testing.T) {
	b := NewBuilder()
	a := NewAnalyzer()
	arts := corpus()
	for i := range arts {
		d := a.Document(&arts[i])
		d.Date = arts[i].Date()
		if err := b.Add(uint64(10+i*2), arts[i].ID, &d); err != nil {
			t.Fatal(err)
		}
	}
	d := a.Document(&arts[0])
	if err := b.Add(12, arts[0].ID, &d); err == nil {
		t.Error("adding a lower number did not fail")
	}
	if err := b.Add(100, "not-hex", &d); err == nil {
		t.Error("adding a bad ID did not fail")
	}
	var terms []string
	table, _, err := b.Finish(func(term string, list []byte) error {
		terms = append(terms, term)
		_, err := DecodePostings(list)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSorted(terms) {
		t.Error("terms not emitted in order")
	}
	table, err = ParseDocTable(table)
	if err != nil {
		t.Fatal(err)
	}
	if table.Len() != 5 || table.First() != 10 || table.Last() != 18 {
		t.Errorf("table: %d docs from %d to %d", table.Len(), table.First(), table.Last())
	}
	if got, want := table.Date(2), arts[2].Date().Unix(); got != want {
		t.Errorf("date %d, want %d", got, want)
	}
	if got := table.ID(3); got != arts[3].ID {
		t.Errorf("ID(3) = %s, want %s", got, arts[3].ID)
	}
	if i, ok := table.Find(14, 0); !ok || i != 2 {
		t.Errorf("Find(14) = %d, %v", i, ok)
	}
	if i, ok := table.Find(15, 1); ok || i != 3 {
		t.Errorf("Find(15) = %d, %v", i, ok)
	}
	for _, bad := range [][]byte{nil, {2}, table[:len(table)-1]} {
		if _, err := ParseDocTable(bad); !errors.Is(err, ErrCorrupt) {
			t.Errorf("ParseDocTable(%d bytes): %v", len(bad), err)
		}
	}
}

func TestMergeRejectsOverlap(t *testing.T) {
	mk := func(docs ...uint64) MergeSource {
		b := NewBuilder()
		for _, d := range docs {
			if err := b.Add(d, model.NewID(fmt.Sprint(d)), &Doc{Date: time.Unix(0, 0)}); err != nil {
				t.Fatal(err)
			}
		}
		table, quotes, _ := b.Finish(func(string, []byte) error { return nil })
		return MergeSource{Docs: table, Quotes: quotes, Terms: func(func(string, []byte) bool) {}}
	}
	_, _, err := Merge([]MergeSource{mk(1, 5), mk(3)},
		func(uint64) bool { return false }, func(string, []byte) error { return nil })
	if err == nil {
		t.Error("overlapping segments merged")
	}
}

func BenchmarkDocument(b *testing.B) {
	a := corpus()[0]
	for range 6 {
		a.Body = append(a.Body, a.Body...)
	}
	an := NewAnalyzer()
	for b.Loop() {
		an.Document(&a)
	}
}

// BenchmarkDocumentArticles analyses the annotated articles of package
// extract's tests in turn, as an import's workers analyse what they
// store: fictional news of a few hundred words each, names, figures and
// dates included. (BenchmarkDocument analyses one long text.)
func BenchmarkDocumentArticles(b *testing.B) {
	files, err := filepath.Glob("../extract/testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no articles in ../extract/testdata/articles")
	}
	var arts []model.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := ingest.Parse(filepath.Base(f), data)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, doc.Article)
	}
	an := NewAnalyzer()
	n := 0
	for b.Loop() {
		an.Document(&arts[n%len(arts)])
		n++
	}
}
