package corpus

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"soundbite/ingest"
	"soundbite/model"
)

// corpusSize is how many articles the corpus-wide tests look at: enough
// to meet every section and template often, few enough for -short.
func corpusSize(t testing.TB) int {
	if testing.Short() {
		return 300
	}
	return 3000
}

func TestName(t *testing.T) {
	tests := []struct {
		i    int
		want string
	}{
		{1, "000/000001.txt"},
		{999, "000/000999.txt"},
		{1000, "000/001000.txt"},
		{1001, "001/001001.txt"},
		{100000, "099/100000.txt"},
	}
	for _, tt := range tests {
		if got := Name(tt.i); got != tt.want {
			t.Errorf("Name(%d) = %q, want %q", tt.i, got, tt.want)
		}
		if name, _ := Article(1, tt.i); name != tt.want {
			t.Errorf("Article(1, %d) name = %q, want %q", tt.i, name, tt.want)
		}
	}
}

func TestArticleIndexFromOne(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Article(1, 0) did not panic")
		}
	}()
	Article(1, 0)
}

func TestDeterministic(t *testing.T) {
	for _, seed := range []int64{1, 42, -7} {
		for _, i := range []int{1, 2, 17, 1000, 123456} {
			_, a := Article(seed, i)
			// Other articles in between must not change the result.
			for j := 1; j < 5; j++ {
				Article(seed+1, j)
			}
			_, b := Article(seed, i)
			if !bytes.Equal(a, b) {
				t.Fatalf("Article(%d, %d) differs between calls", seed, i)
			}
		}
	}
}

// TestPrefix checks that a corpus generated in parallel and out of order
// equals one generated in order: with no shared state, a small corpus is
// a prefix of a large one whatever the order of generation.
func TestPrefix(t *testing.T) {
	const n = 400
	want := make([][]byte, n+1)
	for i := 1; i <= n; i++ {
		_, want[i] = Article(9, i)
	}
	got := make([][]byte, n+1)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := n - w; i >= 1; i -= 4 {
				_, got[i] = Article(9, i)
			}
		})
	}
	wg.Wait()
	for i := 1; i <= n; i++ {
		if !bytes.Equal(got[i], want[i]) {
			t.Fatalf("article %d differs when generated in parallel", i)
		}
	}
}

func TestSeedsDiffer(t *testing.T) {
	same := 0
	for i := 1; i <= 50; i++ {
		_, a := Article(1, i)
		_, b := Article(2, i)
		if bytes.Equal(a, b) {
			same++
		}
		if Date(1, i) == Date(2, i) {
			same++
		}
	}
	if same > 1 {
		t.Errorf("seeds 1 and 2 agree on %d of 100 articles and dates", same)
	}
}

func TestDate(t *testing.T) {
	for _, seed := range []int64{1, 77} {
		prev := Date(seed, 1)
		if !prev.Before(epoch()) || prev.Location() != time.UTC {
			t.Fatalf("Date(%d, 1) = %v, want a UTC time before %v", seed, prev, epoch())
		}
		for i := 2; i <= 20000; i++ {
			d := Date(seed, i)
			if !d.Before(prev) {
				t.Fatalf("Date(%d, %d) = %v is not before article %d's %v", seed, i, d, i-1, prev)
			}
			if gap := prev.Sub(d); gap > 2*dateSlot {
				t.Fatalf("gap between articles %d and %d is %v, want at most %v", i-1, i, gap, 2*dateSlot)
			}
			if d.Nanosecond() != 0 {
				t.Fatalf("Date(%d, %d) = %v has a fraction of a second", seed, i, d)
			}
			prev = d
		}
		if d := Date(seed, 5); !d.Equal(Date(seed, 5)) {
			t.Fatalf("Date(%d, 5) not deterministic", seed)
		}
	}
}

// TestParse feeds the corpus to the importer's parser: every article must
// be read in the sample layout, into its section, with enough paragraphs,
// and without anything the sanitiser would change.
func TestParse(t *testing.T) {
	n := corpusSize(t)
	sections := make(map[string]int)
	for _, s := range theVocab().sections {
		sections[s.name] = 0
	}
	var curly, straight, totalWords, minWords, maxWords int
	minWords = 1 << 30
	for i := 1; i <= n; i++ {
		name, data := Article(5, i)
		cat, _, _ := strings.Cut(string(data), ",")
		d, err := ingest.Parse(name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		a := d.Article
		if d.Format != ingest.FormatSample {
			t.Fatalf("%s: read as %v, want sample layout", name, d.Format)
		}
		if _, ok := sections[a.Category]; !ok || a.Category != cat {
			t.Fatalf("%s: category %q, file says %q", name, a.Category, cat)
		}
		sections[a.Category]++
		if a.Caption == "" || a.Title == "" {
			t.Fatalf("%s: caption %q, title %q", name, a.Caption, a.Title)
		}
		if len(a.Body) < 8 {
			t.Fatalf("%s: %d paragraphs, want 8 or more", name, len(a.Body))
		}
		text := a.Text()
		if strings.Contains(text, ingest.Boilerplate) {
			t.Fatalf("%s: boilerplate left in the body", name)
		}
		if strings.ContainsAny(text, "{}") {
			t.Fatalf("%s: unfilled template slot in %q", name, text)
		}
		if model.Sanitize(string(data)) != string(data) {
			t.Fatalf("%s: text the sanitiser would change", name)
		}
		switch {
		case strings.Contains(text, "“"):
			curly++
			if strings.ContainsAny(text, `"'`) {
				t.Fatalf("%s: straight quotes in a curly article", name)
			}
		case strings.Contains(text, `"`):
			straight++
		}
		words := len(strings.Fields(text))
		totalWords += words
		minWords, maxWords = min(minWords, words), max(maxWords, words)
	}
	for s, k := range sections {
		if k < n/len(sections)/3 {
			t.Errorf("section %s has %d of %d articles", s, k, n)
		}
	}
	if len(sections) < 8 {
		t.Errorf("%d sections, want 8 or more", len(sections))
	}
	if curly < n/4 || straight < n/4 {
		t.Errorf("%d curly and %d straight articles of %d, want both common", curly, straight, n)
	}
	avg := totalWords / n
	t.Logf("words: min %d, mean %d, max %d", minWords, avg, maxWords)
	if avg < 550 || avg > 750 || minWords < 450 || maxWords > 950 {
		t.Errorf("words: min %d, mean %d, max %d; want a mean of 550-750 within 450-950", minWords, avg, maxWords)
	}
}

// TestNewsLanguage checks that each article has what an extractor is to be
// tested on: 3-6 speakers, all named in the text, second references by
// surname, a cited agency and someone mentioned who does not speak; and
// that the corpus as a whole uses every form of attribution.
func TestNewsLanguage(t *testing.T) {
	n := corpusSize(t)
	forms := map[string]int{
		`," said `: 0, `," he added.`: 0, `," she said.`: 0, ` said: "`: 0, ` said that `: 0,
		`According to `: 0, `according to `: 0, ` told reporters`: 0, ` reported`: 0, `It added`: 0,
		`" and said `: 0, ` in a statement`: 0, ` as "`: 0, `, who asked not to be named, said`: 0,
	}
	speakerArticles := map[*person]int{}
	for i := 1; i <= n; i++ {
		g := newGen(11, i)
		text := string(g.article())
		if k := len(g.speakers); k < 3 || k > 6 {
			t.Fatalf("article %d: %d speakers", i, k)
		}
		for _, sp := range g.speakers {
			if !sp.introduced {
				t.Fatalf("article %d: speaker never introduced", i)
			}
			if sp.o != nil {
				if !named(text, sp.o.name, g.curly) {
					t.Fatalf("article %d: organisation %q not named", i, sp.o.name)
				}
				continue
			}
			speakerArticles[sp.p]++
			if !named(text, sp.p.full, g.curly) {
				t.Fatalf("article %d: speaker %q not named in full", i, sp.p.full)
			}
			if sp == g.speakers[0] && strings.Count(text, typeset(sp.p.surname, g.curly)) < 2 {
				t.Fatalf("article %d: main speaker %q never referred to again", i, sp.p.surname)
			}
		}
		if !named(text, g.agency, g.curly) {
			t.Fatalf("article %d: agency %q not cited", i, g.agency)
		}
		if g.silentNext == 0 && !named(text, g.silentOrg.name, g.curly) {
			t.Fatalf("article %d: nobody mentioned without speaking", i)
		}
		if g.curly {
			text = strings.NewReplacer("“", `"`, "”", `"`, "’", "'").Replace(text)
		}
		for f := range forms {
			forms[f] += strings.Count(text, f)
		}
	}
	for f, k := range forms {
		if k == 0 {
			t.Errorf("no article uses %q", f)
		}
	}
	// Recurring speakers: some people appear in many articles.
	most := 0
	for _, k := range speakerArticles {
		most = max(most, k)
	}
	if most < n/50 {
		t.Errorf("the most quoted person is in %d of %d articles; want some to recur often", most, n)
	}
	t.Logf("%d distinct people quoted; the most quoted in %d articles", len(speakerArticles), most)
}

// named reports whether name is in text, perhaps capitalised to start a
// sentence, with typographic apostrophes when curly is set.
func named(text, name string, curly bool) bool {
	name = typeset(name, curly)
	return strings.Contains(text, name) || strings.Contains(text, strings.ToUpper(name[:1])+name[1:])
}

func typeset(s string, curly bool) string {
	if curly {
		return strings.ReplaceAll(s, "'", "’")
	}
	return s
}

func TestPool(t *testing.T) {
	v := theVocab()
	if n := len(v.people); n < 200 || n > 500 {
		t.Errorf("%d people in the pool, want a few hundred", n)
	}
	surnames := map[string]bool{}
	fulls := map[string]bool{}
	for _, p := range v.people {
		if surnames[p.surname] {
			t.Errorf("surname %q used twice", p.surname)
		}
		surnames[p.surname] = true
		fulls[p.full] = true
		if p.desc == "" || strings.ContainsAny(p.desc+p.title, "{}") {
			t.Errorf("%s: bad office %q / %q", p.full, p.title, p.desc)
		}
	}
	for _, s := range v.sections {
		if len(s.orgs) < 4 || len(s.people) < 12 {
			t.Errorf("section %s: %d organisations, %d people", s.name, len(s.orgs), len(s.people))
		}
	}
	// The pool does not depend on anything but the package: a rebuild
	// gives the same people.
	again := compileVocab()
	for i := range v.people {
		if v.people[i] != again.people[i] {
			t.Fatalf("pool differs on rebuild at %d: %+v vs %+v", i, v.people[i], again.people[i])
		}
	}
}

func TestCompile(t *testing.T) {
	tests := []struct {
		src  string
		want tmpl
	}{
		{"plain", tmpl{{lit: "plain"}}},
		{"{topic}", tmpl{{slot: slotTopic}}},
		{"the {topic} in {place}.", tmpl{{lit: "the "}, {slot: slotTopic}, {lit: " in "}, {slot: slotPlace}, {lit: "."}}},
	}
	for _, tt := range tests {
		got := compile(tt.src)
		if len(got) != len(tt.want) {
			t.Fatalf("compile(%q) = %v, want %v", tt.src, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Fatalf("compile(%q) = %v, want %v", tt.src, got, tt.want)
			}
		}
	}
	for _, bad := range []string{"{nope}", "open {topic"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("compile(%q) did not panic", bad)
				}
			}()
			compile(bad)
		}()
	}
}

func TestShortTopic(t *testing.T) {
	tests := []struct{ topic, want string }{
		{"budget bill", "bill"},
		{"flood defence scheme in Lindell", "scheme"},
		{"repair of the Selwick bridge", "repair"},
		{"fossil find near Stavra", "find"},
		{"border agreement with Kessland", "agreement"},
		{"drought", "drought"},
	}
	for _, tt := range tests {
		if got := shortTopic(tt.topic); got != tt.want {
			t.Errorf("shortTopic(%q) = %q, want %q", tt.topic, got, tt.want)
		}
	}
}

func TestSmarten(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"We will," she said.`, `“We will,” she said.`},
		{`Ashford said: "It's done."`, `Ashford said: “It’s done.”`},
		{"a\n\"b\"", "a\n“b”"},
		{`called it "a shambles".`, `called it “a shambles”.`},
		{`O'Varra said (" quoted")`, `O’Varra said (“ quoted”)`},
	}
	for _, tt := range tests {
		if got := string(smarten([]byte(tt.in))); got != tt.want {
			t.Errorf("smarten(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkArticle(b *testing.B) {
	var n int64
	for i := 1; b.Loop(); i++ {
		_, data := Article(1, i)
		n += int64(len(data))
	}
	b.ReportMetric(float64(n)/float64(b.N), "bytes/article")
}
