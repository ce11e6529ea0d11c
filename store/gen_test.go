package store

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	"soundbite/model"
)

// gen makes deterministic synthetic articles for tests and benchmarks:
// about 600 words each, quoting 3 to 5 speakers from a pool of fictional
// people and organisations. Words follow a Zipf law over an invented
// vocabulary, so bodies compress about as well as real reporting.
//
// Article i is published about i*9 minutes after the first, give or take
// six hours, as a reader subscribed to a few feeds collects them; with
// randomDates the dates scatter over two years instead, as when importing
// an archive in no particular order.
type gen struct {
	r           *rand.Rand
	zipf        *rand.Zipf
	vocab       []string
	pool        []model.Speaker
	feeds       []string
	origin      time.Time
	randomDates bool
}

var (
	genFirst = []string{"Amara", "Tobias", "Ilse", "Corwin", "Maren", "Dashiell", "Odile", "Fenna",
		"Rurik", "Selma", "Bram", "Liesl", "Caspian", "Wren", "Anouk", "Teodor", "Halvard",
		"Nerys", "Quillon", "Sabeth"}
	genLast = []string{"Vellacourt", "Osterby", "Quenneville", "Thornquist", "Baskerton", "Ferrold",
		"Ambrecht", "Kestrelle", "Draycott", "Lindqvane", "Marrowby", "Penhallow", "Ystrell",
		"Cobbledick", "Arkwright-Nune"}
	genOrgs = []string{"Port Calder Water Board", "Velmora Transit Authority", "Greyhaven Council",
		"Oslund Fisheries Guild", "Brackmoor University", "Tarrow Valley Hospital Trust",
		"Ember Coast Rail", "Lowmere Chamber of Commerce"}
	genRoles = []string{"mayor of Port Calder", "spokesperson", "chief engineer", "council leader",
		"union steward", "professor of hydrology", "harbour master", "finance minister of Velmora"}
	genCategories = []string{"Politics", "Science", "Business", "Local", "Health", "Transport"}
)

func newGen(seed int64) *gen {
	r := rand.New(rand.NewSource(seed))
	g := &gen{r: r, origin: time.Date(2031, 6, 1, 12, 0, 0, 0, time.UTC)}
	syll := []string{"ka", "lo", "mer", "tin", "sa", "ve", "dor", "ul", "in", "an", "ro", "pe",
		"stra", "ny", "ce", "gal", "o", "be", "ri", "ton", "ash", "el", "wen", "quo"}
	function := []string{"the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on",
		"it", "with", "as", "by", "at", "from", "said", "this", "had", "not", "are", "but", "they"}
	g.vocab = append(g.vocab, function...)
	for len(g.vocab) < 4000 {
		var w strings.Builder
		for range 2 + r.Intn(3) {
			w.WriteString(syll[r.Intn(len(syll))])
		}
		g.vocab = append(g.vocab, w.String())
	}
	g.zipf = rand.NewZipf(r, 1.07, 3, uint64(len(g.vocab)-1))
	for _, first := range genFirst {
		for _, last := range genLast {
			role := genRoles[r.Intn(len(genRoles))]
			g.pool = append(g.pool, model.Speaker{
				Name:    first + " " + last,
				Kind:    model.Person,
				Aliases: []string{last},
				Roles:   []string{role},
			})
		}
	}
	for _, org := range genOrgs {
		g.pool = append(g.pool, model.Speaker{Name: org, Kind: model.Organization})
	}
	for i := range 10 {
		g.feeds = append(g.feeds, fmt.Sprintf("https://news%d.example.org/feed.xml", i))
	}
	return g
}

func (g *gen) words(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.vocab[g.zipf.Uint64()])
	}
	return b.String()
}

func (g *gen) sentence() string { return capitalize(g.words(8+g.r.Intn(14))) + "." }

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func (g *gen) published(i int) time.Time {
	if g.randomDates {
		return g.origin.Add(-time.Duration(g.r.Int63n(int64(2 * 365 * 24 * time.Hour))))
	}
	jitter := time.Duration(g.r.Int63n(int64(12*time.Hour))) - 6*time.Hour
	return g.origin.Add(time.Duration(i)*9*time.Minute + jitter)
}

// article returns the i'th synthetic article; the same generator state
// gives the same article.
func (g *gen) article(i int) model.Article {
	a := model.Article{
		ID:               model.NewID(fmt.Sprintf("synthetic-%d", i)),
		Title:            capitalize(g.words(5 + g.r.Intn(6))),
		Category:         genCategories[g.r.Intn(len(genCategories))],
		Caption:          g.sentence(),
		Source:           fmt.Sprintf("synthetic/%06d.txt", i),
		Published:        g.published(i),
		Imported:         g.origin,
		ExtractorVersion: 1,
	}
	if n := g.r.Intn(len(g.feeds) + 2); n < len(g.feeds) {
		a.Feed = g.feeds[n]
	}
	paras := make([]strings.Builder, 9)
	for p := range paras {
		for paras[p].Len() < 260 {
			if paras[p].Len() > 0 {
				paras[p].WriteByte(' ')
			}
			paras[p].WriteString(g.sentence())
		}
	}
	type mark struct{ para, start, end, speaker int }
	var marks []mark
	perm := g.r.Perm(len(g.pool))[:3+g.r.Intn(3)]
	for si, pi := range perm {
		sp := g.pool[pi]
		sp.Quotes = 1 + g.r.Intn(3)
		a.Speakers = append(a.Speakers, sp)
		for range sp.Quotes {
			p := g.r.Intn(len(paras))
			paras[p].WriteString(" \u201c")
			start := paras[p].Len()
			paras[p].WriteString(capitalize(g.words(12 + g.r.Intn(10))))
			marks = append(marks, mark{p, start, paras[p].Len(), si})
			paras[p].WriteString(",\u201d " + sp.Name + " said.")
		}
	}
	offset := make([]int, len(paras))
	for p := range paras {
		a.Body = append(a.Body, paras[p].String())
		if p > 0 {
			offset[p] = offset[p-1] + paras[p-1].Len() + len(model.ParagraphSep)
		}
	}
	for _, m := range marks {
		a.Quotes = append(a.Quotes, model.Quote{
			Speaker: a.Speakers[m.speaker].Name,
			Kind:    model.Direct,
			Text:    a.Body[m.para][m.start:m.end],
			Cue:     "said",
			Start:   offset[m.para] + m.start,
			End:     offset[m.para] + m.end,
		})
	}
	return a
}
