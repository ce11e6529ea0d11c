package corpus

import (
	"math"
	"math/rand/v2"
	"strings"
	"sync"
)

// vocab is the raw material compiled: templates parsed and the pool of
// recurring speakers built. It is built once and only read afterwards, so
// any number of goroutines may generate articles at the same time.
type vocab struct {
	sections []compiledSection
	people   []person
	orgs     []org

	towns, agencies, months, periods, ordinals, smallNum []string
	quoteTails, reportVerbs, alsoVerbs                   []string

	ledes, clauses, quotes, facts []tmpl
	silentFacts                   []tmpl
	closings, captions, quoteCues []tmpl
	voxQuotes, fragments          []tmpl
}

// compiledSection is a section with its templates parsed and its share of
// the pool.
type compiledSection struct {
	name                                     string
	topics, clauses, quotes, facts, captions []tmpl
	ledes                                    []tmpl
	groups                                   []string
	orgs                                     []int // indices into vocab.orgs
	// people are indices into vocab.people, most often quoted first; cum
	// holds their cumulative weights, so that a few people dominate the
	// section's news the way a minister or a club manager does.
	people []int
	cum    []float64
}

// person is a recurring fictional speaker.
type person struct {
	first, surname, full string
	title                string // used before the name; may be empty
	// titleAlone is set when the title says who someone is without their
	// description: "Transport Minister", "Athletic manager".
	titleAlone   bool
	desc         string // appositive: "a spokeswoman for the Harbour Authority"
	female       bool
	section, org int
}

// org is a recurring fictional organisation; it may speak too ("the
// ministry said in a statement").
type org struct {
	name, short string
	place       string
	section     int
}

// poolSeed fixes the pool: the same people hold the same posts whatever
// seed a corpus is generated with, so speakers recur across corpora.
const poolSeed1, poolSeed2 = 0x736f756e64626974, 0x706f6f6c

// theVocab is compiled on first use. It is immutable afterwards.
var theVocab = sync.OnceValue(compileVocab)

func compileVocab() *vocab {
	raw := raw()
	v := &vocab{
		towns: raw.towns, agencies: raw.agencies, months: raw.months, periods: raw.periods,
		ordinals: raw.ordinals, smallNum: raw.smallNum, quoteTails: raw.quoteTails,
		reportVerbs: raw.reportVerbs, alsoVerbs: raw.alsoVerbs,
		fragments:   compileAll(raw.fragments),
		ledes:       compileAll(raw.genericLedes),
		clauses:     compileAll(raw.genericClauses),
		quotes:      compileAll(raw.genericQuotes),
		facts:       compileAll(raw.genericFacts),
		silentFacts: compileAll(raw.silentFacts),
		closings:    compileAll(raw.closings),
		captions:    compileAll(raw.genericCaptions),
		quoteCues:   compileAll(raw.quoteCues),
		voxQuotes:   compileAll(raw.voxQuotes),
	}
	r := rand.New(rand.NewPCG(poolSeed1, poolSeed2))
	surnames := buildSurnames(r, raw)
	for si, s := range raw.sections {
		cs := compiledSection{
			name:     s.name,
			topics:   compileAll(s.topics),
			clauses:  compileAll(s.clauses),
			quotes:   compileAll(s.quotes),
			facts:    compileAll(s.facts),
			captions: compileAll(s.captions),
			ledes:    compileAll(s.ledes),
			groups:   s.groups,
		}
		for _, spec := range s.orgs {
			oi := len(v.orgs)
			short := spec.short
			if short == "" {
				short = spec.kind.short()
			}
			v.orgs = append(v.orgs, org{name: spec.name, short: short, place: spec.place, section: si})
			cs.orgs = append(cs.orgs, oi)
			for _, off := range spec.kind.offices() {
				female := r.IntN(2) == 0
				first := raw.maleNames[r.IntN(len(raw.maleNames))]
				if female {
					first = raw.femaleNames[r.IntN(len(raw.femaleNames))]
				}
				sur := surnames[len(v.people)]
				fill := officeReplacer(spec, short, female)
				title := fill.Replace(off.title)
				cs.people = append(cs.people, len(v.people))
				v.people = append(v.people, person{
					first: first, surname: sur, full: first + " " + sur,
					title: title, desc: fill.Replace(off.desc), titleAlone: selfExplaining(title),
					female: female, section: si, org: oi,
				})
			}
		}
		// Prominence: a random order, weighted like Zipf's law, so that
		// which posts dominate differs from section to section.
		r.Shuffle(len(cs.people), func(i, j int) { cs.people[i], cs.people[j] = cs.people[j], cs.people[i] })
		cs.cum = make([]float64, len(cs.people))
		total := 0.0
		for rank := range cs.people {
			total += 1 / math.Pow(float64(rank+1), 0.9)
			cs.cum[rank] = total
		}
		v.sections = append(v.sections, cs)
	}
	return v
}

// selfExplaining reports whether a title identifies its holder without a
// description.
func selfExplaining(title string) bool {
	return strings.Contains(title, "Minister") || title == "Mayor" ||
		strings.HasSuffix(title, " manager") || strings.HasSuffix(title, " captain")
}

// officeReplacer fills an office's placeholders for one organisation.
func officeReplacer(spec orgSpec, short string, female bool) *strings.Replacer {
	land := spec.land
	if land == "" {
		land = country
	}
	spokes := "spokesman"
	if female {
		spokes = "spokeswoman"
	}
	place := spec.place
	if place == "" {
		place = capital
	}
	return strings.NewReplacer(
		"{org}", spec.name,
		"{Short}", strings.TrimPrefix(short, "the "),
		"{place}", place,
		"{land}", land,
		"{Dept}", spec.dept,
		"{dept}", strings.ToLower(spec.dept),
		"{field}", spec.field,
		"{spokes}", spokes,
	)
}

// buildSurnames returns every root-and-ending surname plus the written-out
// ones, shuffled, so that each person in the pool gets a different one.
func buildSurnames(r *rand.Rand, raw rawVocab) []string {
	var names []string
	for _, root := range raw.surnameRoots {
		for _, end := range raw.surnameEndings {
			// "Holholm", "Lindlin" and "Garrridge" read as typing errors.
			if strings.Contains(strings.ToLower(root), end[:min(3, len(end))]) || root[len(root)-1] == end[0] {
				continue
			}
			names = append(names, root+end)
		}
	}
	r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	// The written-out names are spread through the first few dozen, so
	// the pool is sure to use them and no one section gets them all.
	out := make([]string, 0, len(names)+len(raw.extraSurnames))
	for i, extra := range raw.extraSurnames {
		out = append(out, names[i*extraSpacing:(i+1)*extraSpacing]...)
		out = append(out, extra)
	}
	return append(out, names[len(raw.extraSurnames)*extraSpacing:]...)
}

// extraSpacing is how many built surnames come before each written-out one.
const extraSpacing = 37

// pickPerson chooses a person of section s by prominence.
func (s *compiledSection) pickPerson(r *rand.Rand) int {
	x := r.Float64() * s.cum[len(s.cum)-1]
	lo, hi := 0, len(s.cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if s.cum[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return s.people[lo]
}
