package extract_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"soundbite/extract"
	"soundbite/ingest"
	"soundbite/model"
)

// seedDir holds the one real article the product was specified against.
const seedDir = "../../shared/seed"

func readSeed(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("seed article not available in %s", seedDir)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Parse(filepath.Base(files[0]), data)
	if err != nil {
		t.Fatal(err)
	}
	return doc.Article.Body
}

// TestSeed checks the exact requirements on the seed article: who speaks,
// who does not, and two quotations whose speaker must be worked out.
func TestSeed(t *testing.T) {
	body := readSeed(t)
	res := extract.Extract(body)
	checkInvariants(t, body, res)

	want := map[string]model.SpeakerKind{
		"Vladimir Putin": model.Person,
		"Dmitry Peskov":  model.Person,
		"Kremlin":        model.Organization,
	}
	got := make(map[string]model.Speaker)
	for _, s := range res.Speakers {
		got[s.Name] = s
	}
	for name, kind := range want {
		s, ok := got[name]
		if !ok {
			t.Errorf("speaker %q missing", name)
			continue
		}
		if s.Kind != kind {
			t.Errorf("speaker %q is %s, want %s", name, s.Kind, kind)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected speaker %q", name)
		}
	}
	for _, not := range []string{"Erdogan", "Al-Sudani", "Reuters", "Israel", "Hamas", "Washington"} {
		for name := range got {
			if strings.Contains(name, not) {
				t.Errorf("%q is a speaker; it is only mentioned", name)
			}
		}
	}
	if p := got["Vladimir Putin"]; !slices.Contains(p.Roles, "President") || !slices.Contains(p.Aliases, "Putin") {
		t.Errorf("Putin: roles %q aliases %q, want President and Putin among them", p.Roles, p.Aliases)
	}
	if p := got["Dmitry Peskov"]; !slices.ContainsFunc(p.Roles, func(r string) bool { return strings.Contains(r, "spokesperson") }) {
		t.Errorf("Peskov: roles %q, want a spokesperson role", p.Roles)
	}

	speakerOf := func(prefix string) string {
		t.Helper()
		for _, q := range res.Quotes {
			if strings.HasPrefix(q.Text, prefix) {
				return q.Speaker
			}
		}
		t.Errorf("no quote starting %q", prefix)
		return ""
	}
	for prefix, who := range map[string]string{
		"But nevertheless we intend to keep making efforts":                 "Dmitry Peskov",
		"The United States had neglected the interests of the Palestinians": "Vladimir Putin",
		"I think that many people will agree with me":                       "Vladimir Putin",
	} {
		if got := speakerOf(prefix); got != who {
			t.Errorf("quote %q… given to %q, want %q", prefix, got, who)
		}
	}
}

// checkInvariants checks what every result must satisfy, whatever the
// input: offsets inside the text, on rune boundaries and holding the quote's
// text; speakers of quotes listed, with counts that add up.
func checkInvariants(t testing.TB, paragraphs []string, res extract.Result) {
	t.Helper()
	text := strings.Join(paragraphs, model.ParagraphSep)
	// Rune boundaries as decoding sees them: an invalid byte is a rune of
	// its own.
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	count := make(map[string]int)
	for _, q := range res.Quotes {
		if q.Start < 0 || q.Start > q.End || q.End > len(text) {
			t.Fatalf("quote %q: offsets [%d, %d) outside text of %d bytes", q.Text, q.Start, q.End, len(text))
		}
		if !boundary[q.Start] || !boundary[q.End] {
			t.Fatalf("quote %q: offsets [%d, %d) split a character", q.Text, q.Start, q.End)
		}
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("quote text %q != text[%d:%d] %q", q.Text, q.Start, q.End, text[q.Start:q.End])
		}
		switch q.Kind {
		case model.Direct, model.Indirect, model.Mixed:
		default:
			t.Fatalf("quote %q: kind %q", q.Text, q.Kind)
		}
		if q.Speaker != "" {
			count[q.Speaker]++
		}
	}
	for i, s := range res.Speakers {
		if s.Quotes != count[s.Name] || s.Quotes == 0 {
			t.Fatalf("speaker %q: Quotes %d, but %d quotes name it", s.Name, s.Quotes, count[s.Name])
		}
		if i > 0 {
			p := res.Speakers[i-1]
			if p.Quotes < s.Quotes || p.Quotes == s.Quotes && p.Name > s.Name {
				t.Fatalf("speakers out of order: %q (%d) before %q (%d)", p.Name, p.Quotes, s.Name, s.Quotes)
			}
		}
		if s.Kind != model.Person && s.Kind != model.Organization {
			t.Fatalf("speaker %q: kind %q", s.Name, s.Kind)
		}
		delete(count, s.Name)
	}
	for name := range count {
		t.Fatalf("quotes name %q, who is not among the speakers", name)
	}
}

// TestConcurrentDeterministic runs Extract on the same articles from many
// goroutines at once (run with -race) and checks every run gives the same
// result as the first.
func TestConcurrentDeterministic(t *testing.T) {
	files, _ := filepath.Glob("testdata/articles/*.txt")
	if len(files) == 0 {
		t.Skip("no annotated articles")
	}
	var bodies [][]string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ingest.Parse(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, doc.Article.Body)
	}
	want := make([]extract.Result, len(bodies))
	for i, b := range bodies {
		want[i] = extract.Extract(b)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(bodies))
	for range 8 {
		wg.Go(func() {
			for i, b := range bodies {
				if got := extract.Extract(b); !reflect.DeepEqual(got, want[i]) {
					errs <- files[i]
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for f := range errs {
		t.Errorf("%s: result differs between runs", f)
	}
}
