package corpus

import (
	"strings"
)

// article writes the whole file: header, body and closing boilerplate.
//
// The body follows the shape of wire copy. The lede gives the main
// speaker's news in reported speech, the next two paragraphs come back to
// them by surname (once citing the agency) and quote them directly, and
// then the other speakers are brought in one by one, spread over the
// article, between background paragraphs and returns to speakers already
// introduced. It ends on a line of what happens next.
func (g *gen) article() []byte {
	g.setup()
	g.header()
	g.paragraph(g.lede)
	g.paragraph(g.mainFollowUp)
	g.paragraph(g.mainQuote)
	next, n := 1, len(g.speakers)
	for {
		// Speaker k is due once the body has reached k/n of its length,
		// leaving room at the end to come back to them.
		if next < n && g.words >= (g.target-120)*next/n {
			sp := g.speakers[next]
			g.paragraph(func() { g.introduce(sp) })
			next++
			continue
		}
		if next >= n && g.words >= g.target && g.paras >= minParas-1 {
			break
		}
		switch k := g.r.IntN(20); {
		case k < 7:
			g.paragraph(g.background)
		case k < 18:
			g.paragraph(g.followUp)
		default:
			g.paragraph(g.agencyReport)
		}
	}
	g.paragraph(g.closing)
	if g.curly {
		g.out = smarten(g.out)
	}
	g.out = append(g.out, "\n\n"+Boilerplate...)
	return g.out
}

// minParas is the fewest paragraphs an article has.
const minParas = 9

// politics is the index of the Politics section in raw().sections.
const politics = 0

// setup chooses the story: section, speakers, place, topic and the people
// mentioned without being quoted.
func (g *gen) setup() {
	v, r := g.v, g.r
	g.sec = &v.sections[r.IntN(len(v.sections))]
	g.curly = r.IntN(100) < 55
	g.agency = pick(r, v.agencies)
	g.target = 470 + r.IntN(300)

	var main *speaker
	if r.IntN(100) < 85 {
		p := &v.people[g.sec.pickPerson(r)]
		main = &speaker{p: p}
		g.org = &v.orgs[p.org]
	} else {
		g.org = &v.orgs[pick(r, g.sec.orgs)]
		main = &speaker{o: g.org}
	}
	g.speakers = append(g.speakers, main)
	want := 3 + r.IntN(4)
	hasOrg := main.p == nil
	for len(g.speakers) < want {
		var sp *speaker
		switch k := r.IntN(100); {
		case k < 15 && !hasOrg:
			sp = &speaker{o: &v.orgs[pick(r, g.sec.orgs)]}
		case k < 25:
			// Politicians comment on everything.
			sp = &speaker{p: &v.people[v.sections[politics].pickPerson(r)]}
		default:
			sp = &speaker{p: &v.people[g.sec.pickPerson(r)]}
		}
		if g.isSpeaker(sp.p, sp.o) {
			continue
		}
		hasOrg = hasOrg || sp.o != nil
		g.speakers = append(g.speakers, sp)
	}

	g.place = pick(r, v.towns)
	if g.org.place != "" && r.IntN(3) > 0 {
		g.place = g.org.place
	}
	for g.place2 = pick(r, v.towns); g.place2 == g.place; g.place2 = pick(r, v.towns) {
	}
	start := len(g.out)
	g.expandTopic(pick(r, g.sec.topics), g.place)
	g.topic = string(g.out[start:])
	g.topicShort = shortTopic(g.topic)
	g.out = g.out[:start]

	for n := 1 + r.IntN(2); len(g.silent) < n; {
		p := &v.people[pick(r, g.sec.people)]
		if !g.isSpeaker(p, nil) && (len(g.silent) == 0 || g.silent[0] != p) {
			g.silent = append(g.silent, p)
		}
	}
	for try := 0; g.silentOrg == nil; try++ {
		o := &v.orgs[pick(r, g.sec.orgs)]
		if try > 20 {
			o = &v.orgs[r.IntN(len(v.orgs))]
		}
		if o != g.org && !g.speaksFor(o) {
			g.silentOrg = o
		}
	}
}

// shortTopic returns the head noun of a topic, for second mentions: the
// last word before any "of", "in", "near" or "with" phrase.
func shortTopic(topic string) string {
	for _, sep := range []string{" of ", " in ", " near ", " with "} {
		if i := strings.Index(topic, sep); i >= 0 {
			topic = topic[:i]
		}
	}
	return topic[strings.LastIndexByte(topic, ' ')+1:]
}

// isSpeaker reports whether p (or o) already speaks in the article.
func (g *gen) isSpeaker(p *person, o *org) bool {
	for _, sp := range g.speakers {
		if p != nil && sp.p == p || o != nil && sp.o == o {
			return true
		}
	}
	return false
}

// speaksFor reports whether o, or anyone from o, speaks in the article.
func (g *gen) speaksFor(o *org) bool {
	for _, sp := range g.speakers {
		if sp.o == o || sp.p != nil && &g.v.orgs[sp.p.org] == o {
			return true
		}
	}
	return false
}

// header writes "Category,caption," and the boilerplate line.
func (g *gen) header() {
	g.out = append(g.out, g.sec.name...)
	g.out = append(g.out, ',')
	start := len(g.out)
	main := g.speakers[0]
	for {
		t := g.fresh(g.sec.captions, g.v.captions)
		if main.p == nil && t.has(slotWho) {
			continue
		}
		g.expand(t)
		break
	}
	capitalize(g.out, start)
	g.out = append(g.out, ",\n"+Boilerplate+"\n\n"...)
}

// paragraph writes one paragraph with f and counts its words.
func (g *gen) paragraph(f func()) {
	if g.paras > 0 {
		g.out = append(g.out, "\n\n"...)
	}
	g.paraStart = len(g.out)
	f()
	g.lastPara = g.last
	words := 1
	for _, c := range g.out[g.paraStart:] {
		if c == ' ' {
			words++
		}
	}
	g.words += words
	g.paras++
}

// sentence writes one sentence with f, which says who its subject is (nil
// for none) so that the next sentence may use a pronoun for them.
func (g *gen) sentence(f func() *speaker) {
	if len(g.out) > g.paraStart {
		g.out = append(g.out, ' ')
	}
	start := len(g.out)
	g.last = f()
	capitalize(g.out, start)
}

// capitalize upper-cases the first letter at or after b[i], past an
// opening quotation mark.
func capitalize(b []byte, i int) {
	if i < len(b) && b[i] == '"' {
		i++
	}
	if i < len(b) && 'a' <= b[i] && b[i] <= 'z' {
		b[i] -= 'a' - 'A'
	}
}

// smarten turns straight quotation marks into curly ones and apostrophes
// into typographic ones: a double quote opens after a space, a line break
// or a bracket and closes elsewhere. The templates hold no single-quoted
// passages, so every straight single quote is an apostrophe.
func smarten(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/32)
	for i, c := range b {
		switch c {
		case '"':
			if i == 0 || b[i-1] == ' ' || b[i-1] == '\n' || b[i-1] == '(' {
				out = append(out, "“"...)
			} else {
				out = append(out, "”"...)
			}
		case '\'':
			out = append(out, "’"...)
		default:
			out = append(out, c)
		}
	}
	return out
}

// Paragraphs.

func (g *gen) lede() {
	main := g.speakers[0]
	if g.r.IntN(2) == 0 {
		g.sentence(func() *speaker { return g.introIndirect(main, true) })
	} else {
		g.sentence(func() *speaker { return g.newsFirst(main) })
	}
	if g.r.IntN(10) < 3 {
		// Only the section's own facts: the generic ones include voices
		// from a meeting the lede has not mentioned yet.
		g.sentence(func() *speaker {
			g.expand(g.fresh(g.sec.facts))
			return nil
		})
	}
}

func (g *gen) mainFollowUp() {
	main := g.speakers[0]
	g.sentence(func() *speaker { return g.laterIndirect(main, g.r.IntN(2) == 0) })
	if g.r.IntN(10) < 4 {
		g.sentence(func() *speaker { return g.pronounSentence(main) })
	}
}

func (g *gen) mainQuote() {
	main := g.speakers[0]
	if g.r.IntN(4) == 0 {
		g.sentence(g.fact)
	}
	g.sentence(func() *speaker { return g.laterDirect(main) })
	if g.r.IntN(10) < 4 {
		g.sentence(func() *speaker { return g.pronounSentence(main) })
	}
}

func (g *gen) introduce(sp *speaker) {
	if g.r.IntN(10) < 2 {
		g.sentence(g.fact)
	}
	if g.r.IntN(100) < 55 {
		g.sentence(func() *speaker { return g.introDirect(sp) })
	} else {
		g.sentence(func() *speaker { return g.introIndirect(sp, false) })
	}
	switch k := g.r.IntN(10); {
	case k < 4:
		g.sentence(func() *speaker { return g.pronounSentence(sp) })
	case k < 6:
		g.sentence(func() *speaker { return g.laterDirect(sp) })
	}
}

func (g *gen) followUp() {
	sp := g.nextVoice()
	if g.r.IntN(10) < 3 {
		g.sentence(g.fact)
	}
	switch k := g.r.IntN(100); {
	case k < 45:
		g.sentence(func() *speaker { return g.laterDirect(sp) })
	case k < 80:
		g.sentence(func() *speaker { return g.laterIndirect(sp, false) })
	default:
		g.sentence(func() *speaker { return g.laterMixed(sp) })
	}
	if g.r.IntN(2) == 0 {
		g.sentence(func() *speaker { return g.pronounSentence(sp) })
	}
}

// nextVoice chooses whom a follow-up paragraph returns to: someone already
// introduced, not the speaker of the paragraph before, with the main
// speaker favoured as the story's centre.
func (g *gen) nextVoice() *speaker {
	main := g.speakers[0]
	if main != g.lastPara && g.r.IntN(3) == 0 {
		return main
	}
	var known []*speaker
	for _, s := range g.speakers {
		if s.introduced && s != g.lastPara {
			known = append(known, s)
		}
	}
	if len(known) == 0 {
		return main
	}
	return pick(g.r, known)
}

func (g *gen) background() {
	n := 1 + g.r.IntN(2)
	silentAt := -1
	if !g.silentSaid && g.paras >= 3 || g.r.IntN(10) < 3 {
		silentAt = g.r.IntN(n)
	}
	for i := 0; i < n; i++ {
		if i == silentAt {
			g.sentence(g.silentFact)
		} else {
			g.sentence(g.fact)
		}
	}
}

func (g *gen) agencyReport() {
	if !g.agencyReported && g.r.IntN(2) == 0 {
		g.agencyReported = true
		g.sentence(func() *speaker {
			g.out = append(g.out, g.agency...)
			g.agencyCited = true
			g.out = append(g.out, " reported on "...)
			g.out = append(g.out, g.weekday...)
			g.out = append(g.out, " that "...)
			g.clause()
			g.out = append(g.out, ", citing officials familiar with the matter."...)
			return nil
		})
		return
	}
	sp := g.nextVoice()
	g.sentence(func() *speaker { return g.laterIndirect(sp, true) })
}

func (g *gen) closing() {
	if !g.silentSaid {
		g.sentence(g.silentFact)
	}
	if !g.agencyCited {
		g.sentence(func() *speaker {
			g.fillFact()
			g.out = g.out[:len(g.out)-1] // the full stop
			g.out = append(g.out, ", "...)
			g.out = append(g.out, g.agency...)
			g.out = append(g.out, " reported."...)
			g.agencyCited = true
			return nil
		})
	}
	g.sentence(func() *speaker {
		g.expand(g.fresh(g.v.closings))
		return nil
	})
}

// Sentences. Each returns the sentence's subject.

func (g *gen) fact() *speaker {
	g.fillFact()
	return nil
}

func (g *gen) fillFact() {
	g.expand(g.fresh(g.sec.facts, g.v.facts))
}

func (g *gen) silentFact() *speaker {
	for {
		t := g.fresh(g.v.silentFacts)
		// Once every silent person has been named, only organisations
		// are left to mention.
		if g.silentNext < len(g.silent) || !t.has(slotSilent) {
			g.expand(t)
			return nil
		}
	}
}

// clause appends reported speech: "the bridge would reopen in May".
func (g *gen) clause() {
	g.expand(g.fresh(g.sec.clauses, g.v.clauses))
}

// quote appends a direct quote without its closing punctuation; one in
// four runs to two sentences.
func (g *gen) quote() {
	g.expand(g.fresh(g.sec.quotes, g.v.quotes))
	if g.r.IntN(4) == 0 {
		g.out = append(g.out, ". "...)
		g.expand(g.fresh(g.sec.quotes, g.v.quotes))
	}
}

func (g *gen) lit(s string) { g.out = append(g.out, s...) }

// onDay appends " on Monday" always when must is set, else sometimes.
func (g *gen) onDay(must bool) {
	if must || g.r.IntN(10) < 3 {
		g.lit(" on ")
		g.lit(g.weekday)
	}
}

// introSubject appends the first mention of sp before a verb: "Interior
// Minister Ingrid Ashford", or "Ingrid Ashford, a spokeswoman for the
// Harbour Authority," with the appositive's closing comma.
func (g *gen) introSubject(sp *speaker) { g.introName(sp, false) }

// introFinal appends the first mention of sp where the sentence or clause
// ends after it: "said Ingrid Ashford, a spokeswoman for the Harbour
// Authority."
func (g *gen) introFinal(sp *speaker) { g.introName(sp, true) }

func (g *gen) introName(sp *speaker, final bool) {
	sp.introduced = true
	if sp.p == nil {
		g.lit(sp.o.name)
		return
	}
	p := sp.p
	if p.titleAlone && g.r.IntN(3) > 0 {
		g.lit(p.title)
		g.lit(" ")
		g.lit(p.full)
		return
	}
	// "Dr Ingrid Ashford, a consultant at ...", but not "Chief executive
	// Ingrid Ashford, the chief executive of ...".
	if !p.titleAlone && formalTitle(p.title) && g.r.IntN(2) == 0 {
		g.lit(p.title)
		g.lit(" ")
	}
	g.lit(p.full)
	g.lit(", ")
	g.lit(p.desc)
	if !final {
		g.lit(",")
	}
}

// ref appends a second reference: the surname, sometimes with a title
// ("Judge Ashford"), or the organisation's short name.
func (g *gen) ref(sp *speaker) {
	if sp.p == nil {
		g.lit(sp.o.short)
		return
	}
	if formalTitle(sp.p.title) && g.r.IntN(4) == 0 {
		g.lit(sp.p.title)
		g.lit(" ")
	}
	g.lit(sp.p.surname)
}

// formalTitle reports whether a title reads well before a bare surname:
// "Professor Ashford" and "Interior Minister Ashford" do, "Chief executive
// Ashford" does not.
func formalTitle(t string) bool {
	if t == "" {
		return false
	}
	for _, w := range strings.Fields(t) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

func pronoun(sp *speaker) string {
	switch {
	case sp.p == nil:
		return "it"
	case sp.p.female:
		return "she"
	}
	return "he"
}

// introIndirect introduces sp with reported speech.
func (g *gen) introIndirect(sp *speaker, lede bool) *speaker {
	switch g.r.IntN(4) {
	case 0:
		g.introSubject(sp)
		g.lit(" said")
		g.onDay(lede)
		g.lit(" that ")
		g.clause()
	case 1:
		g.clause()
		g.lit(", ")
		g.introSubject(sp)
		g.lit(" said")
		g.onDay(lede)
	case 2:
		g.lit("according to ")
		g.introFinal(sp)
		g.lit(", ")
		g.clause()
	default:
		if sp.p == nil {
			g.lit("in a statement")
			g.onDay(lede)
			g.lit(", ")
			g.introFinal(sp)
			g.lit(" said ")
			g.clause()
			break
		}
		sp.introduced = true
		g.lit(sp.p.desc)
		g.lit(", ")
		g.lit(sp.p.full)
		g.lit(", said")
		g.onDay(lede)
		g.lit(" that ")
		g.clause()
	}
	g.lit(".")
	return sp
}

// newsFirst gives the news first and the source after: "Ticket prices
// will rise by 4 per cent from March, Valrail said on Monday."
func (g *gen) newsFirst(sp *speaker) *speaker {
	g.expand(g.fresh(g.sec.ledes, g.v.ledes))
	g.lit(", ")
	g.introSubject(sp)
	if g.r.IntN(4) == 0 {
		g.lit(" told ")
		g.lit(g.agency)
		g.agencyCited = true
	} else {
		g.lit(" said")
	}
	g.onDay(true)
	g.lit(".")
	return sp
}

// introDirect introduces sp with a direct quote.
func (g *gen) introDirect(sp *speaker) *speaker {
	if sp.p == nil {
		if g.r.IntN(2) == 0 {
			g.lit(`"`)
			g.quote()
			g.lit(`," `)
			g.introFinal(sp)
			g.lit(" said in a statement.")
		} else {
			g.lit("in a statement, ")
			g.introFinal(sp)
			g.lit(` said: "`)
			g.quote()
			g.lit(`."`)
		}
		return sp
	}
	switch g.r.IntN(4) {
	case 0:
		g.lit(`"`)
		g.quote()
		g.lit(`," said `)
		g.introFinal(sp)
		g.lit(".")
	case 1:
		g.lit(`"`)
		g.quote()
		g.lit(`," `)
		g.introSubject(sp)
		g.lit(" said.")
	case 2:
		g.introSubject(sp)
		g.lit(` said: "`)
		g.quote()
		g.lit(`."`)
	default:
		g.lit(`"`)
		g.quote()
		g.lit(`," `)
		g.introSubject(sp)
		g.lit(" told reporters")
		g.onDay(false)
		g.lit(".")
	}
	return sp
}

// laterIndirect reports sp's words by second reference; withAgency makes
// the sentence cite the news agency.
func (g *gen) laterIndirect(sp *speaker, withAgency bool) *speaker {
	k := g.r.IntN(4)
	if withAgency {
		k = 4 + g.r.IntN(3)
	}
	switch k {
	case 0:
		g.ref(sp)
		g.lit(" ")
		g.lit(pick(g.r, g.v.reportVerbs))
		g.lit(" that ")
		g.clause()
	case 1:
		g.ref(sp)
		g.lit(" said ")
		g.clause()
	case 2:
		g.lit("according to ")
		g.ref(sp)
		g.lit(", ")
		g.clause()
	case 3:
		g.clause()
		g.lit(", ")
		g.ref(sp)
		g.lit(" said")
	case 4:
		g.ref(sp)
		g.lit(" told ")
		g.lit(g.agency)
		g.lit(" that ")
		g.clause()
	case 5:
		g.ref(sp)
		g.lit(" said ")
		g.clause()
		g.lit(", ")
		g.lit(g.agency)
		g.lit(" reported")
	default:
		g.ref(sp)
		g.lit(" said ")
		g.clause()
		g.lit(", as reported by ")
		g.lit(g.agency)
	}
	if withAgency {
		g.agencyCited = true
	}
	g.lit(".")
	return sp
}

// laterDirect quotes sp by second reference.
func (g *gen) laterDirect(sp *speaker) *speaker {
	switch g.r.IntN(5) {
	case 0, 1:
		g.lit(`"`)
		g.quote()
		g.lit(`," `)
		g.ref(sp)
		if sp.p == nil {
			g.lit(" said in a statement.")
			break
		}
		g.lit(" ")
		g.expand(pick(g.r, g.v.quoteCues))
		g.lit(".")
	case 2:
		g.ref(sp)
		g.lit(` said: "`)
		g.quote()
		g.lit(`."`)
	case 3:
		g.lit(`"`)
		g.expand(g.fresh(g.sec.quotes, g.v.quotes))
		g.lit(`," `)
		g.ref(sp)
		g.lit(` said, "`)
		g.lit(pick(g.r, g.v.quoteTails))
		g.lit(`."`)
	default:
		// The second quote has no cue: it is still the same speaker.
		g.lit(`"`)
		g.expand(g.fresh(g.sec.quotes, g.v.quotes))
		g.lit(`," `)
		g.ref(sp)
		g.lit(` said. "`)
		g.expand(g.fresh(g.sec.quotes, g.v.quotes))
		g.lit(`."`)
	}
	return sp
}

// laterMixed gives sp's view with a quoted phrase inside reported speech.
func (g *gen) laterMixed(sp *speaker) *speaker {
	g.ref(sp)
	switch g.r.IntN(3) {
	case 0:
		g.lit(" described the ")
		g.fill(slotTopic)
		g.lit(` as "`)
		g.expand(g.fresh(g.v.fragments))
		g.lit(`".`)
	case 1:
		g.lit(` said the plans were "`)
		g.expand(g.fresh(g.v.fragments))
		g.lit(`".`)
	default:
		g.lit(` called the decision "`)
		g.expand(g.fresh(g.v.fragments))
		g.lit(`" and said `)
		g.clause()
		g.lit(".")
	}
	return sp
}

// pronounSentence follows a sentence about sp with "he added" and the
// like; if the previous sentence was about someone else it falls back to
// a second reference, so a pronoun never points at the wrong person.
func (g *gen) pronounSentence(sp *speaker) *speaker {
	if g.last != sp {
		return g.laterDirect(sp)
	}
	he := pronoun(sp)
	switch g.r.IntN(5) {
	case 0:
		g.lit(`"`)
		g.quote()
		g.lit(`," `)
		g.lit(he)
		g.lit(" added.")
	case 1:
		g.lit(`"`)
		g.quote()
		g.lit(`," `)
		g.lit(he)
		g.lit(" said.")
	case 2:
		g.lit(he)
		g.lit(` added: "`)
		g.quote()
		g.lit(`."`)
	case 3:
		g.lit(he)
		g.lit(" also ")
		g.lit(pick(g.r, g.v.alsoVerbs))
		g.lit(" that ")
		g.clause()
		g.lit(".")
	default:
		g.lit(he)
		g.lit(" said ")
		g.clause()
		g.lit(".")
	}
	return sp
}
