package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"maps"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// Session 16's third speed pass (n11): checks that each rewritten
// function answers as the way it replaced.

// n11Texts are invented texts that name crafts, instruments and bots,
// with the near misses craftNamed turns away, for the checks below
// beside the annotated articles n7Docs reads.
var n11Texts = []string{
	"The Harrow probe reached orbit in May. Harrow found that the ice was thin, VSA said.\n\nThe Tamsin instrument and its radar worked. Tamsin sent data.",
	"Robert Mueller met the board. The Mueller probe ended in March. Mueller said little.\n\nBoeing said the Boeing capsule was safe. The Vatican mission spoke.",
	"Brightwave's chatbot, Orla, replied that it could not help. A chatbot called Orla said more. Her assistant, Mary, said no.\n\nLantern, the probe's imaging spectrometer, failed. Kestrel, a satellite that maps ice, was lost. Quillsoft's voice assistant, Harper, answered.",
	"The rover Tansy drove on. Its lander Osk-1 slept. A robot named Pim said hello, and the bot, Ilse said, was slow.",
}

// n11CraftNames is craftNamed's set of names as first written: the three
// word switches asked of every lower-case word, the map of every
// capitalised one.
func n11CraftNames(d *doc) map[string]bool {
	names := map[string]bool{}
	for k := 2; k+1 < len(d.toks); k++ {
		if !d.toks[k].lowerWord() || !craftNoun(d.lower(k)) && !instrumentWord(d.lower(k)) && !d.botNounAt(k) {
			continue
		}
		if n := d.craftNameAt(k); n >= 0 {
			names[d.lower(n)] = true
		}
	}
	first := map[string]bool{}
	for k := 0; k < len(d.toks) && len(names) > 0; k++ {
		w := d.lower(k)
		if !d.toks[k].capWord() || !names[w] {
			continue
		}
		if _, seen := first[w]; !seen {
			first[w] = d.craftAt(k)
		}
		if k > 0 && d.toks[k-1].capWord() && !d.toks[k-1].has(lxDet) && !d.toks[k-1].is(fAllCaps) || d.toks[k].has(lxPlace|lxNation|lxCompany|lxOrgCue|lxOutletCue) {
			first[w] = false
		}
	}
	for w := range names {
		if !first[w] {
			delete(names, w)
		}
	}
	return names
}

// n11Docs runs the pipeline over n11Texts and the annotated articles.
func n11Docs(t *testing.T) []*doc {
	t.Helper()
	docs := n7Docs(t)
	for _, text := range n11Texts {
		var paras []string
		for p := range strings.SplitSeq(text, "\n\n") {
			paras = append(paras, strings.TrimSpace(p))
		}
		docs = append(docs, runPipeline(paras, nil, &rankWeights, nil))
	}
	return docs
}

// TestCraftNamesSieved checks craftNamed's set of names, made with its
// two sieves, against the first way, on every text.
func TestCraftNamesSieved(t *testing.T) {
	found := 0
	for i, d := range n11Docs(t) {
		k := 0
		for k < len(d.toks) && !d.toks[k].capWord() {
			k++
		}
		if k == len(d.toks) {
			continue
		}
		d.craftNames = nil
		d.craftNamed(&chunk{first: k, last: k + 1, name: k})
		want := n11CraftNames(d)
		if !maps.Equal(d.craftNames, want) {
			t.Errorf("text %d: craft names %v, first way %v", i, d.craftNames, want)
		}
		found += len(want)
	}
	if found < 5 {
		t.Errorf("only %d craft names in all the texts: the check proves little", found)
	}
}

// TestCraftScanWords checks that craftScanWords passes every word the
// switches of craftNoun, instrumentWord and botNounAt (its outer one, on
// the token itself) look for, read from classify.go, so a word added to
// one of them and not to the sieve fails here; and that it turns away
// the commonest words.
func TestCraftScanWords(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "classify.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "craftNoun" && fn.Name.Name != "instrumentWord" && fn.Name.Name != "botNounAt" {
			continue
		}
		sw, ok := fn.Body.List[0].(*ast.SwitchStmt)
		if !ok {
			t.Fatalf("%s no longer opens with a switch: update this test", fn.Name.Name)
		}
		for _, st := range sw.Body.List {
			for _, e := range st.(*ast.CaseClause).List {
				lit, ok := e.(*ast.BasicLit)
				if !ok {
					t.Fatalf("%s: a case that is no literal", fn.Name.Name)
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				words = append(words, w)
			}
		}
	}
	if len(words) < 19 {
		t.Fatalf("read only %d words from the three switches", len(words))
	}
	for _, w := range words {
		if !craftScanWords.mayHoldAt(w, 0, int32(len(w))) {
			t.Errorf("craftScanWords turns away %q, a word the switches look for", w)
		}
	}
	for _, w := range []string{"", "the", "and", "said", "of", "a", "to", "in", "that", "for", "was", "he", "she", "it", "is", "on", "with", "Rover", "é", "\x00", "rovers", strings.Repeat("s", 16)} {
		if craftScanWords.mayHoldAt(w, 0, int32(len(w))) {
			t.Errorf("craftScanWords passes %q", w)
		}
	}
}

// n11BornName is bornName as first written, reading chunks, the chunks
// registered so far.
func n11BornName(d *doc, chunks []chunk, e int) bool {
	seen := false
	for i := range chunks {
		c := &chunks[i]
		if c.ent != e {
			continue
		}
		if k := c.first - 1; k < 0 || !(d.isWord(k, "born") || d.isWord(k, "née") || d.isWord(k, "nee")) {
			return false
		}
		seen = true
	}
	return seen
}

// n11IntroducedAsKin is introducedAsKin as first written, reading
// chunks, the chunks registered so far.
func n11IntroducedAsKin(d *doc, chunks []chunk, e int) bool {
	for i := range chunks {
		c := &chunks[i]
		if c.ent != e || c.last-c.name < 2 {
			continue
		}
		k := c.first - 1
		if k >= 0 && d.punct(k, ",") {
			k--
		}
		return k >= 1 && d.toks[k].lowerWord() && kinWord(d.lower(k)) &&
			(d.toks[k-1].kind == tkPoss || d.toks[k-1].lowerWord() && possessivePronoun(d.lower(k-1)))
	}
	return false
}

// TestMentionNotes replays each text's chunks in order, as findChunks
// registers them, through noteMentions on fresh entities, and checks
// after every chunk that bornName and introducedAsKin answer for every
// entity as the first way reading the chunks before the one being
// registered.
func TestMentionNotes(t *testing.T) {
	texts := []string{
		"Ginger Baker was born Peter Edward Baker in Lewisham. His daughter Nettie Baker said he was kind. Baker said little.",
		"Varga's husband, Tomas Varga, spoke first. Ilse Varga, the mayor, said later that Varga was right.\n\nHori Parata said the boat was sound. His father, Hori Parata, said so too. Parata left.",
		"The singer, née Ada Holm, was born Ada Brenn. Brenn said yes. Her son, Piet Brenn, said no. Brenn smiled.",
	}
	docs := n11Docs(t)
	for _, text := range texts {
		docs = append(docs, runPipeline(strings.Split(text, "\n\n"), nil, &rankWeights, nil))
	}
	born, kin := 0, 0
	for i, d := range docs {
		chunks := d.chunks
		d.ents = make([]entity, len(d.ents))
		d.notedChunks = 0
		for ci := range chunks {
			// Chunk ci is being registered: the first way read the
			// chunks before it (and it, of no entity yet).
			d.chunks = chunks[:ci+1]
			d.noteMentions()
			for e := range d.ents {
				if got, want := d.bornName(e), n11BornName(d, chunks[:ci], e); got != want {
					t.Fatalf("text %d, chunk %d: bornName(%d) = %v, first way %v", i, ci, e, got, want)
				}
				if got, want := d.introducedAsKin(e), n11IntroducedAsKin(d, chunks[:ci], e); got != want {
					t.Fatalf("text %d, chunk %d: introducedAsKin(%d) = %v, first way %v", i, ci, e, got, want)
				}
				if ci == len(chunks)-1 {
					if d.bornName(e) {
						born++
					}
					if d.introducedAsKin(e) {
						kin++
					}
				}
			}
		}
	}
	if born < 2 || kin < 2 {
		t.Errorf("only %d birth names and %d relatives introduced in all the texts: the check proves little", born, kin)
	}
}

// TestEqualFoldLetter checks equalFoldLetter against strings.EqualFold
// for every word it is asked with, on words that fold to them in odd
// ways and on random strings; and that no letter but the two ASCII cases
// folds to the first letter of any of them, on which its first-byte test
// rests.
func TestEqualFoldLetter(t *testing.T) {
	targets := []string{"chair", "chairman", "chairwoman", "chairperson", "ceo", "pm", "premier"}
	for _, w := range targets {
		for r := unicode.SimpleFold(rune(w[0])); r != rune(w[0]); r = unicode.SimpleFold(r) {
			if r != unicode.ToUpper(rune(w[0])) {
				t.Errorf("%q folds to %q, the first letter of %q", r, w[0], w)
			}
		}
	}
	in := []string{"", "c", "C", "CHAIR", "Chairman", "chairperſon", "CHAIRWOMAN", "cEo", "CEO", "Pm", "PM", "ᴘm", "Premier", "premıer", "Chair.", "\x00", "chair\xff"}
	rng := rand.New(rand.NewPCG(11, 11))
	const alphabet = "cCpPeEoOmMrRiIaAhHnNwWſ\u212a "
	letters := []rune(alphabet)
	for range 20000 {
		b := make([]rune, rng.IntN(12))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		in = append(in, string(b))
	}
	for _, w := range targets {
		in = append(in, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, s := range in {
		for _, w := range targets {
			if got, want := equalFoldLetter(s, w), strings.EqualFold(s, w); got != want {
				t.Errorf("equalFoldLetter(%q, %q) = %v, EqualFold %v", s, w, got, want)
			}
		}
	}
}

// n11CharacterNamed is characterNamed as first written: the scan for an
// earlier mention first, for every chunk.
func n11CharacterNamed(d *doc, ci int) bool {
	c := &d.chunks[ci]
	if c.kind == kOrg || c.kind == kPlace || c.first < 3 {
		return false
	}
	for j := 0; j < ci; j++ {
		if d.chunks[j].ent == c.ent {
			return false
		}
	}
	k := c.first - 1
	switch {
	case d.punct(k, ","):
		if !d.punct(c.last, ",") {
			return false
		}
	case d.isWord(k, "named") || d.isWord(k, "called"):
	default:
		return false
	}
	desc, ofCharacter := false, false
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if d.toks[j].kind == tkPoss {
			o := d.entAt[j-1]
			ofCharacter = j < k-1 && o >= 0 && int(o) != c.ent && d.ents[o].thing && d.ents[o].kind != kOrg
			desc = ofCharacter
			break
		}
		if !d.toks[j].lowerWord() {
			break
		}
		if d.isWord(j, "a") || d.isWord(j, "an") {
			desc = j < k-1
			break
		}
		if d.toks[j].has(lxVerb | lxAux | lxPrep | lxPronoun) {
			return false
		}
	}
	if !desc || !ofCharacter && c.last-c.name != 1 {
		return false
	}
	s := d.sents[d.sentOf[c.first]]
	work := ofCharacter
	for j := s.first; j < s.last && !work; j++ {
		work = d.toks[j].lowerWord() && !d.toks[j].inQuote() && plotWork(d.lower(j))
	}
	if !work {
		return false
	}
	for j := range d.chunks {
		if o := &d.chunks[j]; o.ent == c.ent && o.last < len(d.toks) && d.toks[o.last].lowerWord() &&
			(d.isWord(o.last, "said") || d.isWord(o.last, "told") || d.isWord(o.last, "added") || d.isWord(o.last, "wrote")) {
			return false
		}
	}
	return true
}

// TestCharacterNamedOrder checks characterNamed, which scans the chunks
// after its tests of the words around the name, against the first way on
// every chunk of the texts and some plot summaries.
func TestCharacterNamedOrder(t *testing.T) {
	docs := n11Docs(t)
	for _, text := range []string{
		"The film follows a widow, Elsa, who runs a bakery. Elsa tells her son to leave. In the film a tired detective, Inspector Moll, joins her.\n\nThe novel has a lighthouse keeper named Ada. Ada said nothing. The game stars a young pilot, Roan, and the series a cook, Tam.",
		"A fan, Elsa Brant, said at the premiere of the film that it was long. The series follows a cook, Tam, and a critic, Tomas Lind, says it works. Tam said no.",
		"The thriller follows a retired spy, Kesh, to Lisbon. In the musical a shy clerk named Orrin sings. The opera has a sailor, Bram, at its heart.",
	} {
		docs = append(docs, runPipeline(strings.Split(text, "\n\n"), nil, &rankWeights, nil))
	}
	yes := 0
	for i, d := range docs {
		for ci := range d.chunks {
			if d.chunks[ci].ent < 0 {
				continue
			}
			got, want := d.characterNamed(ci), n11CharacterNamed(d, ci)
			if got != want {
				t.Errorf("text %d, chunk %d (%s): characterNamed %v, first way %v", i, ci, d.span(d.chunks[ci].first, d.chunks[ci].last), got, want)
			}
			if got {
				yes++
			}
		}
	}
	if yes < 3 {
		t.Errorf("only %d characters named in all the texts: the check proves little", yes)
	}
}

// TestWordSieveShape checks that a wordSieve holding many words, as a
// long text's possessives make it, passes every one of them, and that
// its bits for the shape of a word turn away most of the commonest
// words, which its length and first byte no longer can.
func TestWordSieveShape(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 11))
	var s wordSieve
	var in []string
	for range 1000 {
		b := make([]byte, 1+rng.IntN(14))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		b[0] = 'A' + byte(rng.IntN(26)) // most are names
		in = append(in, string(b))
	}
	in = append(in, "t", "T", "Tarbeck", "é", "\xff", strings.Repeat("Z", 70), "the", "and")
	for _, w := range in {
		s.add(w)
	}
	if !s.manyWords() {
		t.Fatal("a sieve of 1,000 words does not ask its shape bits")
	}
	for _, w := range in {
		if !s.mayHold(w) || !s.shapeMayHold(w) {
			t.Errorf("mayHold(%q) = %v, shapeMayHold %v for a word added", w, s.mayHold(w), s.shapeMayHold(w))
		}
	}
	passed := 0
	common := strings.Fields("of to in that for was said is on with he it as at by his but from have has an be are not this who they had will were their been would which she its after more when also about")
	for _, w := range common {
		if s.mayHold(w) && s.shapeMayHold(w) {
			passed++
		}
	}
	if passed > len(common)/3 {
		t.Errorf("%d of %d common words pass a sieve of 1,000 names", passed, len(common))
	}
}

// TestLengthLetterSieveBytes checks lengthLetterSieve's mayHoldAt against
// the set of words itself, for every first byte and length, so that no
// byte but a word's first letter takes its bit.
func TestLengthLetterSieveBytes(t *testing.T) {
	words := []string{"a", "zz", "bot", "rover", "chatbot", "spectrometer", "abcdefghijklmno"}
	s := newLengthLetterSieve(words...)
	for n := 0; n <= 20; n++ {
		for b := range 256 {
			w := strings.Repeat("x", n)
			if n > 0 {
				w = string([]byte{byte(b)}) + w[1:]
			}
			want := false
			for _, x := range words {
				want = want || len(x) == len(w) && n > 0 && x[0] == w[0]
			}
			text := "..." + w + "..."
			if got := s.mayHoldAt(text, 3, int32(3+len(w))); got != want {
				t.Errorf("mayHoldAt(%q) = %v, want %v", w, got, want)
			}
		}
	}
}
