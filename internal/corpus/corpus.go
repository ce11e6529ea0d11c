// Package corpus generates a synthetic news corpus for benchmarks and
// tests at scale: any number of realistic articles in soundbite's sample
// file layout, each a pure function of a seed and its index.
//
// Because article i depends only on (seed, i), a corpus of 1,000 articles
// is an exact prefix of one of 10,000, reruns are byte-identical, and
// articles can be generated in any order and in parallel.
//
// The articles read like wire copy: a lede with reported speech, direct
// quotes in curly or straight quotation marks with the cue before or after
// ("..., " Ashford said. / said Ashford, a spokeswoman for ... / Ashford
// said: "..."), reported speech ("said that", "according to"), pronoun
// follow-ups ("he added"), surname-only second references, people who are
// mentioned but say nothing, organisations that speak in statements, and a
// news agency cited as a source. The speakers come from a fixed pool of a
// few hundred fictional people holding posts in fictional organisations,
// so the same names recur across thousands of articles, some far more
// often than others. Every person, place and organisation is invented.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"
)

// PerDir is how many articles share a directory in the corpus layout.
const PerDir = 1000

// Boilerplate is the line the sample layout carries under its first line
// and after its last paragraph.
const Boilerplate = "Share If You Like The Article"

// Name returns the slash-separated path of article i inside a corpus
// directory: "000/000001.txt" for i = 1, with PerDir articles per
// directory, so directory 000 holds articles 1 to 1000. Names sort in
// article order up to i = 999,999.
func Name(i int) string {
	return fmt.Sprintf("%03d/%06d.txt", (i-1)/PerDir, i)
}

// Article returns article i of the corpus for seed: its path in the corpus
// layout (see Name) and its bytes in the sample layout. i counts from 1;
// Article panics if i < 1.
//
// The file is "Category,image caption," on line 1, the boilerplate line,
// a blank line, paragraphs separated by blank lines, a blank line and the
// boilerplate again, with no final newline, as the bundled sample has it.
// Bodies run to about 500-800 words in 9 or more paragraphs, with 3-6
// speakers.
func Article(seed int64, i int) (name string, data []byte) {
	if i < 1 {
		panic(fmt.Sprintf("corpus: article index %d, want 1 or more", i))
	}
	g := newGen(seed, i)
	return Name(i), g.article()
}

// epoch is the publication time of the (notional) article 0; article i is
// about i slots older. A function, so the package holds no variables.
func epoch() time.Time { return time.Date(2025, time.June, 30, 18, 0, 0, 0, time.UTC) }

// dateSlot is the mean gap between consecutive articles: 100,000 articles span
// about seven years.
const dateSlot = 37 * time.Minute

// Date returns the publication time of article i of the corpus for seed,
// in UTC and in whole seconds. Article 1 is the newest and each later
// article is strictly older, by between zero and two slots (37 minutes
// each), so a caller can set file modification times from it and sort by
// them. Like Article, it depends only on (seed, i).
func Date(seed int64, i int) time.Time {
	// A jitter below one slot keeps the order strict: t(i) - t(i+1) is a
	// slot plus a difference of two jitters, which is always positive.
	jitter := mix(uint64(seed), uint64(i)) % uint64(dateSlot/time.Second)
	return epoch().Add(-time.Duration(i)*dateSlot + time.Duration(jitter)*time.Second)
}

// mix is the SplitMix64 finaliser over a and b: a cheap, well-spread hash
// for values that need no full random stream.
func mix(a, b uint64) uint64 {
	x := a*0x9e3779b97f4a7c15 ^ b
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// speaker is a person or organisation quoted in the article being written.
type speaker struct {
	p          *person // nil for an organisation
	o          *org
	introduced bool
}

// gen writes one article. It is used once and thrown away.
type gen struct {
	v   *vocab
	pcg rand.PCG
	r   *rand.Rand
	sec *compiledSection

	date    time.Time
	weekday string // the day the news happened
	curly   bool

	topic, place, place2 string
	topicShort           string // "scheme" for "flood defence scheme in Lindell"
	topicUses            int
	org                  *org // the story's main organisation
	agency               string
	speakers             []*speaker
	silent               []*person
	silentNext           int // index of the next silent person to mention
	silentOrg            *org

	out       []byte
	paraStart int
	paras     int
	words     int
	target    int

	last        *speaker // subject of the previous sentence, for pronouns
	lastPara    *speaker // subject of the last sentence of the previous paragraph
	agencyCited bool
	// agencyReported is set once the agency has been cited on its own
	// account, which reads oddly twice in one story.
	agencyReported bool
	silentSaid     bool

	// used remembers which templates of each list the article has used,
	// so that no quote or fact appears twice.
	used map[*tmpl]bool
}

func newGen(seed int64, i int) *gen {
	g := &gen{v: theVocab(), used: make(map[*tmpl]bool, 64)}
	g.pcg.Seed(uint64(seed), uint64(i))
	g.r = rand.New(&g.pcg)
	g.date = Date(seed, i)
	day := g.date
	if g.r.IntN(4) == 0 {
		day = day.AddDate(0, 0, -1) // yesterday's news
	}
	g.weekday = day.Weekday().String()
	g.out = make([]byte, 0, 6<<10)
	return g
}

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// fresh picks a template from lists (weighted by length) that the article
// has not used yet, falling back to a used one when all are.
func (g *gen) fresh(lists ...[]tmpl) tmpl {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	for try := 0; try < 8; try++ {
		k := g.r.IntN(n)
		for _, l := range lists {
			if k < len(l) {
				if t := &l[k]; !g.used[t] {
					g.used[t] = true
					return *t
				}
				break
			}
			k -= len(l)
		}
	}
	k := g.r.IntN(n)
	for _, l := range lists {
		if k < len(l) {
			return l[k]
		}
		k -= len(l)
	}
	panic("unreachable")
}

// expand appends template t with its slots filled.
func (g *gen) expand(t tmpl) {
	for _, p := range t {
		if p.slot == slotNone {
			g.out = append(g.out, p.lit...)
			continue
		}
		g.fill(p.slot)
	}
}

func (g *gen) fill(s slot) {
	r := g.r
	switch s {
	case slotTopic:
		// After two mentions in full, "the scheme" will often do.
		if g.topicUses >= 2 && g.r.IntN(5) < 2 {
			g.out = append(g.out, g.topicShort...)
		} else {
			g.out = append(g.out, g.topic...)
		}
		g.topicUses++
	case slotTopic2:
		g.expandTopic(pick(r, g.sec.topics), g.place2)
	case slotPlace:
		g.out = append(g.out, g.place...)
	case slotPlace2:
		g.out = append(g.out, g.place2...)
	case slotOrg:
		g.out = append(g.out, g.org.name...)
	case slotOrgShort:
		g.out = append(g.out, g.org.short...)
	case slotGroup, slotGroup2:
		g.out = append(g.out, pick(r, g.sec.groups)...)
	case slotN:
		g.out = append(g.out, pick(r, g.v.smallNum)...)
	case slotNum:
		g.appendNum()
	case slotPct:
		g.out = strconv.AppendInt(g.out, int64(1+r.IntN(19)), 10)
		g.out = append(g.out, '.')
		g.out = strconv.AppendInt(g.out, int64(1+r.IntN(9)), 10)
	case slotMoney:
		g.out = strconv.AppendInt(g.out, int64(3+r.IntN(950)), 10)
		g.out = append(g.out, " million "+currency...)
	case slotMonth:
		g.out = append(g.out, pick(r, g.v.months)...)
	case slotYear:
		g.out = strconv.AppendInt(g.out, int64(g.date.Year()-1-r.IntN(8)), 10)
	case slotOldYear:
		g.out = strconv.AppendInt(g.out, int64(g.date.Year()-20-r.IntN(80)), 10)
	case slotPeriod:
		g.out = append(g.out, pick(r, g.v.periods)...)
	case slotWeekday:
		g.out = append(g.out, g.weekday...)
	case slotOrdinal:
		g.out = append(g.out, pick(r, g.v.ordinals)...)
	case slotAgency:
		g.out = append(g.out, g.agency...)
		g.agencyCited = true
	case slotSilent:
		// silentFact gives each silent person one full mention.
		p := g.silent[min(g.silentNext, len(g.silent)-1)]
		g.silentNext++
		g.out = append(g.out, p.full...)
		g.out = append(g.out, ", "...)
		g.out = append(g.out, p.desc...)
		g.silentSaid = true
	case slotSilentOrg:
		g.out = append(g.out, g.silentOrg.name...)
		g.silentSaid = true
	case slotQuote:
		g.expand(g.fresh(g.v.voxQuotes))
	case slotWho:
		g.appendWho()
	}
}

// expandTopic appends a topic with place in its {place} slot.
func (g *gen) expandTopic(t tmpl, place string) {
	for _, p := range t {
		if p.slot == slotPlace {
			g.out = append(g.out, place...)
		} else {
			g.out = append(g.out, p.lit...)
		}
	}
}

// appendNum appends a count in figures, rounded as reporters round.
func (g *gen) appendNum() {
	var n int
	switch k := g.r.IntN(20); {
	case k < 10:
		n = 20 + g.r.IntN(880)
	case k < 17:
		n = (10 + g.r.IntN(90)) * 100
	default:
		n = (10 + g.r.IntN(90)) * 1000
	}
	if n < 1000 {
		g.out = strconv.AppendInt(g.out, int64(n), 10)
		return
	}
	g.out = strconv.AppendInt(g.out, int64(n/1000), 10)
	g.out = append(g.out, ',')
	switch m := n % 1000; {
	case m < 10:
		g.out = append(g.out, "00"...)
	case m < 100:
		g.out = append(g.out, '0')
	}
	g.out = strconv.AppendInt(g.out, int64(n%1000), 10)
}

// appendWho appends the main speaker as a caption names them: with their
// title when they have one.
func (g *gen) appendWho() {
	p := g.speakers[0].p
	if p.title != "" {
		g.out = append(g.out, p.title...)
		g.out = append(g.out, ' ')
	}
	g.out = append(g.out, p.full...)
}
