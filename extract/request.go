package extract

// Requests, calls and orders report speech (annotation rule of session 6):
// "urged the union to call off the strike", "called on residents to
// conserve water", "a court ordered Tidemark to pay damages", "warned
// residents against swimming", "proposed cutting the fares". The reported
// text runs from the object (or "to"/"against" when there is none) to the
// end of the phrase the verb governs.

// requestVerb reports whether lemma reports a request or an order with a
// hearer and a to-infinitive: "asked drivers to avoid the bridge". A
// switch, not a map: it is asked of nearly every cue.
func requestVerb(lemma string) bool {
	switch lemma {
	case "ask", "urge", "call on", "press", "appeal to", "encourage",
		"advise", "instruct", "tell", "order", "implore", "exhort", "beg", "pressure",
		"warn", "caution", "remind", "push", "request", "direct":
		return true
	}
	return false
}

// requestOnly reports whether lemma reports speech only as a request:
// the verb is a cue only when a hearer and a to-infinitive follow it.
func requestOnly(lemma string) bool {
	switch lemma {
	case "appeal to", "encourage", "instruct", "implore", "exhort", "beg", "pressure", "direct":
		return true
	}
	return false
}

// requestStart returns where the request reported by cue c starts, or -1:
// the hearer of "urged the union to call off the strike", what follows
// "against" in "warned (residents) against swimming", the infinitive or
// gerund of "proposed cutting the fares". k is the first token after the
// cue words.
func (d *doc) requestStart(c *cue, k int, s sentence) int {
	if k >= s.last {
		return -1
	}
	if c.lemma == "recommend" && d.gerundWithObject(k, s) {
		// "recommended closing the depot". Not "suggested": the
		// Wikinews gold leaves "He suggested expanding the Court" out.
		return k
	}
	if c.lemma == "propose" {
		// "proposed cutting the fares", "proposed to cut the fares"; not
		// "proposed a four-day week".
		if d.infinitiveAt(k, s) || d.gerundWithObject(k, s) {
			return k
		}
		return -1
	}
	if !requestVerb(c.lemma) {
		return -1
	}
	if c.found && c.subjFirst-2 >= s.first && (d.isWord(c.subjFirst-1, "whom") || d.isWord(c.subjFirst-1, "who")) && d.toks[c.subjFirst-1].lowerWord() &&
		d.punct(c.subjFirst-2, ",") && d.infinitiveAt(k, s) {
		return k // "Mara Quell, whom Ivo Dask urged to resign, said": the hearer is the relative pronoun's
	}
	if c.lemma == "ask" && c.verb > s.first && d.endsWith(c.verb, "ing") && d.infinitiveAt(k, s) && d.wroteTo(c.verb-1, s) {
		return k // "wrote to the embassy asking to waive her immunity": the request with no hearer named
	}
	if d.isWord(k, "for") && (c.lemma == "ask" || c.lemma == "urge") && k+1 < s.last {
		// "asked for the price to be kept secret", "urged for the Guard
		// to be brought in": the hearer after "for".
		// Not "asked for places to eat": a bare noun and its own
		// infinitive.
		n := &d.toks[k+1]
		if !(n.lowerWord() && n.has(lxDet) || n.capWord() || n.kind == tkQuote) {
			return -1
		}
		if end := d.requestObject(k+1, s); end > k+1 && d.infinitiveAt(end, s) {
			return k + 1
		}
		return -1
	}
	if c.lemma == "appeal to" && d.isWord(k-1, "for") {
		// "appealed for witnesses to come forward": people; not
		// "appealed for donations to help the families", a thing wanted
		// and its purpose.
		n := &d.toks[k]
		w := d.lower(k)
		if !(n.lowerWord() && (n.has(lxDet|lxGroup|lxRole|lxPronoun) || commonPeople(w) || w == "anyone" || w == "anybody" || w == "everyone" || w == "witnesses" || w == "volunteers") || n.capWord()) {
			return -1
		}
	}
	if c.lemma == "appeal to" && d.markedHearerRun(k, s) > k {
		// "appealed to nurses in public and private clinics across the
		// province to only protest": the preposition marks the hearer,
		// whose phrase may run long before the infinitive.
		return k
	}
	if c.lemma == "direct" {
		// "directed the four to be detained": a court's order to people;
		// "directed the film in Varn to raise money" has no hearer at
		// its head.
		if d.isWord(k, "the") && k+2 < s.last && numberWord(d.lower(k+1)) > 0 && d.infinitiveAt(k+2, s) {
			return k
		}
		hk := k
		if (d.toks[k].kind == tkNum || numberWord(d.lower(k)) > 0) && d.isWord(k+1, "of") {
			hk = k + 2 // "directed six of the city's committees to": the committees hear it
		}
		if h := d.npForward(hk, s.last); !d.hearerLike(hk, h) {
			return -1
		}
		if end := d.requestObject(hk, s); hk > k && end > hk && d.infinitiveAt(end, s) {
			return k
		}
	}
	warn := c.lemma == "warn" || c.lemma == "caution" || c.lemma == "advise" || c.lemma == "urge"
	if warn && d.against(k, s) {
		return k + 1 // "warned against swimming in the lake"
	}
	end := d.requestObject(k, s)
	if end <= k {
		return -1
	}
	if (c.lemma == "order" || c.lemma == "recommend" || c.lemma == "push" || c.lemma == "request") && !d.hearerLike(k, end) && !d.hearerLike(k, d.npForward(k, s.last)) {
		// The head is the first phrase, before "of" or "along": "ordered
		// residents of 300 homes to leave" has a hearer though "homes"
		// is none.
		return -1 // "ordered new trains to replace the fleet": goods, no hearer
	}
	if warn && d.against(end, s) {
		return end + 1 // "warned residents against swimming in the lake"
	}
	if d.infinitiveAt(end, s) {
		return k
	}
	// "asked the securities board last week to study ...": a time, among
	// other insertions, between hearer and request (requestGap).
	if (d.hearerLike(k, end) || d.hearerLike(k, d.npForward(k, s.last)) || d.pluralBodies(end)) && d.infinitiveAt(d.requestGap(end, s), s) {
		return k
	}
	return -1
}

// markedHearerRun returns where the infinitive of a request starts after
// a hearer that "appealed to" has already marked, its
// phrase however it runs within a small window: "the nation and people
// who have not been affected by the floods to help", "residents in areas
// threatened by the storm to comply"; or -1. A quotation, a punctuation
// mark or another cue ends the hearer, and the word before "to" must not
// be one that takes an infinitive of its own ("voters who were willing
// to help", "and vowed to fight").
func (d *doc) markedHearerRun(k int, s sentence) int {
	if k >= s.last || d.toks[k].kind != tkWord || d.toks[k].inQuote() || d.isWord(k, "to") || d.isWord(k, "that") {
		return -1
	}
	for j := k + 1; j+1 < s.last && j <= k+20; j++ {
		t := &d.toks[j]
		if t.kind != tkWord && t.kind != tkNum || t.inQuote() || t.cv != 0 && !(d.endsWith(j, "ed") && d.isWord(j+1, "by")) {
			return -1 // a cue ends the hearer; "threatened by the storm" describes it
		}
		if !d.isWord(j, "to") || !t.lowerWord() || !d.infinitiveAt(j, s) {
			continue
		}
		p := &d.toks[j-1]
		if p.kind != tkWord || p.has(lxAux|lxAdverb) || p.lowerWord() && (d.endsWith(j-1, "ed") || takesInfinitive[d.lower(j-1)]) {
			return -1
		}
		return j
	}
	return -1
}

// takesInfinitive are words that govern an infinitive of their own, so
// that "to" after them opens no request to the hearer before them.
var takesInfinitive = map[string]bool{
	"able": true, "unable": true, "willing": true, "unwilling": true, "likely": true, "unlikely": true, "ready": true,
	"eager": true, "keen": true, "due": true, "set": true, "going": true, "trying": true, "want": true, "wants": true,
	"plans": true, "plan": true, "hopes": true, "hope": true, "needs": true, "need": true, "intends": true, "aims": true,
	"tries": true, "seeks": true, "wishes": true, "began": true, "begin": true, "chose": true, "refuse": true,
	"refuses": true, "afraid": true, "reluctant": true, "free": true, "enough": true, "used": true, "ought": true,
}

// requestGap returns where the infinitive of a request may start after
// its hearer ends at end, past what wire copy puts between them: a time
// ("ordered the company last week to pay", "urged residents on Sunday to
// leave"), an abbreviation in brackets ("the Tarvik Port Authority (TPA)
// to reopen"), or an insertion between commas ("the board, widely
// criticised for the delays, to publish", "hospitals, in a letter sent
// on Friday, to postpone"); end when nothing is skipped. The caller
// wants the infinitive at once after it, and a hearer before it, so
// "urged restraint on Friday to avoid clashes" stays no request.
func (d *doc) requestGap(end int, s sentence) int {
	if p := d.skipPublishedTime(end, s.last); p > end {
		return p
	}
	if d.punct(end, "(") {
		for j := end + 1; j < s.last && j <= end+6; j++ {
			if d.toks[j].kind == tkQuote || d.punct(j, "(") {
				break
			}
			if d.punct(j, ")") {
				end = j + 1
				break
			}
		}
	}
	if !d.punct(end, ",") {
		return end
	}
	for j := end + 1; j+1 < s.last && j <= end+16; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote || t.inQuote() || d.punct(j, ";") || d.punct(j, ":") {
			break
		}
		if d.punct(j, ",") {
			if d.infinitiveAt(j+1, s) {
				return j + 1
			}
			if j > end+1 && !d.punct(j-1, ")") {
				break // a second comma with no infinitive: a list, not one insertion
			}
		}
	}
	return end
}

// pluralBodies reports whether the hearer ending at end is bodies named
// by the plural of a body's word: "hospitals", "schools", "councils",
// which the lexicon knows in the singular.
func (d *doc) pluralBodies(end int) bool {
	h := end - 1
	if h < 0 || !d.toks[h].lowerWord() || !d.endsWith(h, "s") || d.endsWith(h, "ss") {
		return false
	}
	w := d.lower(h)
	return lex.lookup(w[:len(w)-1])&lxGenericOrg != 0
}

// spanRequestGap carries the request that starts at r past an insertion
// between its hearer and its infinitive (requestGap) when the clause
// found ended at the insertion's comma or at its relative pronoun: "the
// board, widely criticised for the delays, to publish its accounts" is
// one request, the hearer's note inside it.
func (d *doc) spanRequestGap(c *cue, r int, s sentence) {
	n := len(c.comps)
	if n == 0 || c.comps[n-1][0] != r {
		return
	}
	end := d.requestObject(r, s)
	gap := d.requestGap(end, s)
	if gap <= end || c.comps[n-1][1] > gap || !d.infinitiveAt(gap, s) {
		return
	}
	last := d.clauseEnd(gap, s)
	if last <= gap {
		return
	}
	// Trim the infinitive's phrase as any request's, from the gap on.
	c.comps[n-1] = [2]int{gap, last}
	d.trimRequest(c, s)
	c.comps[n-1][0] = r
}

// requestObject returns the end of the hearer of a request that starts at
// k, "the union", "all residents of the coast", "them", or k when there is
// none.
func (d *doc) requestObject(k int, s sentence) int {
	t := &d.toks[k]
	if t.kind != tkWord && t.kind != tkNum || t.inQuote() || d.isWord(k, "to") || d.isWord(k, "not") || d.isWord(k, "that") {
		return k
	}
	var end int
	switch {
	case d.isWord(k, "me") || d.isWord(k, "him") || d.isWord(k, "them") || d.isWord(k, "us") || d.isWord(k, "you"):
		return k + 1
	case d.isWord(k, "everyone") || d.isWord(k, "everybody") || d.isWord(k, "anyone") || d.isWord(k, "anybody") || d.isWord(k, "those"):
		// "asked anyone with information to contact them", "urged those
		// affected to call", "told everyone in the hall to leave"
		for j := k + 1; j < s.last && j <= k+8; j++ {
			// A speech verb's form in the hearers' phrase is a noun or a
			// participle there: "anyone with information on the shooting",
			// "on the shots fired".
			nounUse := d.toks[j-1].lowerWord() && d.toks[j-1].has(lxDet) || d.endsWith(j, "ed") && j-1 > k && d.toks[j-1].lowerWord() && !d.toks[j-1].has(lxPronoun|lxAux)
			if d.toks[j].kind != tkWord && d.toks[j].kind != tkNum || d.toks[j].cv != 0 && !nounUse || d.toks[j].inQuote() { // "everyone over 65"
				break
			}
			if d.infinitiveAt(j, s) {
				return j
			}
		}
		end = k + 1
	case (d.isWord(k, "more") || d.isWord(k, "fewer")) && d.isWord(k+1, "than") || d.isWord(k, "at") && d.isWord(k+1, "least"):
		end = d.npForward(k+2, s.last) // "urged more than 2,000 residents to leave"
		if end == k+2 {
			end = k
		}
	case t.kind == tkNum || t.lowerWord() && numberWord(d.lower(k)) > 0 && !d.isWord(k, "one"):
		// "urged 2,000 residents to leave", "told three officers to"
		end = d.npForward(k, s.last)
		if end <= k+1 {
			end = d.npForward(k+1, s.last)
		}
		if !d.hearerLike(k, end) {
			end = k
		}
	case d.isWord(k, "it") && t.lowerWord() && d.infinitiveAt(k+1, s):
		return k + 1 // "asking it to delay the closure": a body as the hearer
	case t.lowerWord() && t.has(lxPronoun) && !t.has(lxDet):
		return k
	case d.isWord(k, "her") && d.infinitiveAt(k+1, s):
		return k + 1
	default:
		end = d.npForward(k, s.last)
		if end == k && t.lowerWord() && (d.isWord(k, "other") || d.isWord(k, "fellow")) {
			// "called on other humanitarian agencies to intervene",
			// "urged fellow traders to stay calm": the hearers after a
			// word the noun phrase does not open with.
			if end = d.npForward(k+1, s.last); end == k+1 {
				end = k
			}
		}
		// "urged (the) states not to reschedule": a plural noun that is
		// also a speech verb.
		n := k
		if end == k && t.lowerWord() && t.has(lxDet) {
			n = k + 1
		}
		if end <= n && n < s.last && d.toks[n].cv != 0 && d.toks[n].lowerWord() && d.endsWith(n, "s") && d.infinitiveAt(n+1, s) {
			end = n + 1
		}
	}
	if end > k && (toldThings[d.lower(end-1)] || d.isWord(end-1, "question") || d.isWord(end-1, "questions")) {
		return k // "told the story to children", "asked the question to provoke a debate"
	}
	// "all residents of the coast", "people in the general vicinity",
	// "anyone with information"
	for end > k && end+1 < s.last && (d.isWord(end, "of") || d.isWord(end, "in") || d.isWord(end, "from") || d.isWord(end, "with") ||
		(d.isWord(end, "along") || d.isWord(end, "near")) && !d.isWord(end+1, "with")) {
		e := d.npForward(end+1, s.last)
		if e <= end+1 {
			break
		}
		// "people in the Marren, Tolvey and Ostrel provinces": the
		// phrase's names listed with commas run on to its noun.
		// Only when the infinitive follows the list.
		l := e
		for l+1 < s.last && (d.punct(l, ",") || d.isWord(l, "and") && d.toks[l].lowerWord()) && d.nameWord(l+1) {
			e2 := d.npForward(l+1, s.last)
			if e2 <= l+1 {
				break
			}
			l = e2
		}
		if l > e && d.infinitiveAt(l, s) {
			e = l
		}
		end = e
	}
	if end > k {
		end = d.ageRangeEnd(end, s) // "people over 65", "adults aged 40 and older"
	}
	if end > k && end+2 < s.last && d.toks[end].lowerWord() && (d.isWord(end, "who") || d.isWord(end, "that")) && d.relativeVerbAt(end+1) {
		// "urged residents who live in flood-prone areas to seek higher
		// ground", "told drivers who use the bridge to expect delays": the
		// hearers' relative clause, its verb at once, then the infinitive;
		// not "told its producers that they won't be allowed to export".
		for j := end + 2; j < s.last && j <= end+10; j++ {
			if d.toks[j].kind != tkWord && d.toks[j].kind != tkNum || d.toks[j].cv != 0 || d.toks[j].inQuote() {
				break
			}
			if d.infinitiveAt(j, s) {
				return j
			}
		}
	}
	if end > k && end+1 < s.last && (d.isWord(end, "and") || d.punct(end, ",")) && !d.infinitiveAt(end, s) {
		// "urged Ostby and Marlow to sign", "urged the mayor, Ilse Varga,
		// to resign": a second hearer or one in apposition.
		e := d.npForward(end+1, s.last)
		if d.isWord(end, "and") && e > end+1 && (d.infinitiveAt(e, s) || d.infinitiveAt(d.skipPublishedTime(e, s.last), s)) {
			return e
		}
		// "the Office for Students, the regulator in England, to
		// require": the apposition's own phrase after "in" or "of".
		for d.punct(end, ",") && e > end+1 && e+1 < s.last && (d.isWord(e, "of") || d.isWord(e, "in") || d.isWord(e, "for")) {
			e2 := d.npForward(e+1, s.last)
			if e2 <= e+1 {
				break
			}
			e = e2
		}
		if d.punct(end, ",") && e > end+1 && d.punct(e, ",") && d.infinitiveAt(e+1, s) {
			return e + 1
		}
	}
	if end > k {
		if e := d.requestObjectTail(k, end, s); e > end {
			return e
		}
	}
	return end
}

// requestObjectTail returns where the infinitive of a request starts when
// a day or an aside in dashes stands between the hearers [k, end) and
// it (a day only after people or a body, not goods): "urged residents on Wednesday to boil water", "asked parents on
// May 3 to keep children home", "advised residents experiencing symptoms
// — such as a cough — to stay home"; or end when none does.
func (d *doc) requestObjectTail(k, end int, s sentence) int {
	j := end
	if !d.hearerLike(k, end) && d.isWord(j, "on") {
		return end // "ordered new trains on Sunday to replace the fleet": goods, no hearer
	}
	if d.isWord(j, "on") && j+1 < s.last && weekday(d.lower(j+1)) || d.isWord(j, "on") && j+1 < s.last && d.toks[j+1].has(lxTime) && d.toks[j+1].capWord() {
		// "on Wednesday", "on May 3", "on Monday night"
		j += 2
		for j < s.last && j <= end+4 && (d.toks[j].kind == tkNum || d.punct(j, ",") && d.toks[j-1].kind == tkNum && j+1 < s.last && d.toks[j+1].kind == tkNum) {
			j++
		}
		if d.infinitiveAt(j, s) {
			return j
		}
		return end
	}
	// Words of the hearers' own (a participle and its object) up to an
	// aside in dashes that the infinitive follows.
	for ; j < s.last && j <= end+8 && !d.isDash(j); j++ {
		t := &d.toks[j]
		if t.kind != tkWord || !t.lowerWord() || t.cv != 0 || t.has(lxAux) || t.inQuote() {
			return end
		}
	}
	if j >= s.last || !d.isDash(j) {
		return end
	}
	for k := j + 1; k < s.last && k <= j+12; k++ {
		if d.toks[k].kind == tkQuote || d.toks[k].cv != 0 {
			return end
		}
		if d.isDash(k) {
			if k > j+1 && d.infinitiveAt(k+1, s) {
				return k + 1
			}
			return end
		}
	}
	return end
}

// ageRangeEnd returns the end of an age range that opens at k after a
// hearer's noun ("over 65", "under 40", "aged 65 and older", "aged 18 to
// 25"), or k when none does.
func (d *doc) ageRangeEnd(k int, s sentence) int {
	if k+1 >= s.last || !d.toks[k].lowerWord() || !(d.isWord(k, "over") || d.isWord(k, "under") || d.isWord(k, "aged")) ||
		d.toks[k+1].kind != tkNum && numberWord(d.lower(k+1)) == 0 {
		return k
	}
	j := k + 2
	if j < s.last && d.toks[j].lowerWord() && (timeUnitPlural(d.lower(j)) || d.isWord(j, "month") || d.isWord(j, "year")) {
		j++ // "aged six months and older"
	}
	if j+1 < s.last && d.isWord(j, "to") && d.toks[j+1].kind == tkNum {
		j += 2
	}
	if j+1 < s.last && (d.isWord(j, "and") || d.isWord(j, "or")) {
		switch d.lower(j + 1) {
		case "older", "over", "above", "up", "younger", "under", "below":
			j += 2
		}
	}
	return j
}

// infinitiveAt reports whether a to-infinitive starts at k: "to call off",
// "not to swim", "to quickly leave"; not "to his face", "to Ostby".
func (d *doc) infinitiveAt(k int, s sentence) bool {
	if (d.isWord(k, "not") || d.isWord(k, "never")) && d.toks[k].lowerWord() {
		k++
	}
	// "urged residents “to remain vigilant”": the quotation opens with the
	// infinitive, which is the request's all the same.
	marked := k+1 < s.last && d.toks[k].kind == tkQuote && d.toks[k].is(fOpenMark) && d.isWord(k+1, "to") && d.toks[k+1].lowerWord() &&
		!d.commaInQuote(k)
	if marked {
		k++
	}
	if !d.isWord(k, "to") || k+1 >= s.last {
		return false
	}
	j := k + 1
	opened := false
	if q := &d.toks[j]; q.kind == tkQuote && q.is(fOpenMark) && j+1 < s.last {
		j++ // "urged the government to “act now”"
		opened = true
	} else if d.toks[j].inQuote() && !marked {
		return false
	}
	if d.toks[j].lowerWord() && (d.toks[j].has(lxAdverb) || d.isWord(j, "not") || d.isWord(j, "never")) && !d.toks[j].has(lxAux) && j+1 < s.last {
		j++ // "to quickly leave", "to not panic"
	}
	t := &d.toks[j]
	// "exhorted his followers to “Stay firm”": a quoted imperative keeps
	// its capital.
	if t.kind != tkWord || !(t.lowerWord() || opened && t.capWord()) {
		return false
	}
	if t.has(lxAux) {
		return true // "to be patient", "to have their papers ready"
	}
	if t.has(lxDet|lxPronoun|lxPrep|lxTime|lxGroup|lxRole|lxFunc) || numberWord(d.lower(j)) > 0 {
		return false
	}
	// "urged residents to safety", "read the story to children": a place
	// or a noun, not a verb.
	if toPlaces[d.lower(j)] || d.endsWith(j, "s") && !d.endsWith(j, "ss") {
		return false
	}
	return !(d.endsWith(j, "ing") && !ingBase[d.lower(j)]) && !(d.endsWith(j, "ed") && !edBase[d.lower(j)])
}

// edBase are verbs whose plain form ends in "-ed", which no participle
// test may take for one: "urged residents to heed the evacuation orders".
var edBase = map[string]bool{
	"heed": true, "need": true, "feed": true, "proceed": true, "succeed": true, "exceed": true,
	"speed": true, "bleed": true, "breed": true, "shed": true, "embed": true,
}

// ingBase are verbs whose plain form ends in "-ing", which no participle
// test may take for one: "called on the government to bring a policy".
var ingBase = map[string]bool{
	"bring": true, "sing": true, "ring": true, "swing": true, "sting": true, "spring": true,
	"fling": true, "cling": true, "wring": true, "string": true,
}

// toPlaces are nouns that often follow "to" after a hearer: "urged them to
// safety".
var toPlaces = map[string]bool{
	"safety": true, "shelter": true, "hospital": true, "school": true, "church": true, "prison": true,
	"jail": true, "death": true, "power": true, "office": true, "court": true, "bed": true, "sea": true,
	"trial": true, "justice": true, "account": true, "task": true, "date": true, "children": true,
}

// gerundWithObject reports whether a gerund and its object start at k,
// "proposed cutting the fares", "proposed raising it", "proposed
// acquiring Tesh Marine"; not "proposed
// funding for schools", "proposed spending cuts": nouns.
func (d *doc) gerundWithObject(k int, s sentence) bool {
	if k+1 >= s.last || !d.toks[k].lowerWord() || !d.endsWith(k, "ing") || d.toks[k].cv != 0 || d.toks[k].has(lxDet|lxPrep|lxFunc) {
		return false
	}
	n := &d.toks[k+1]
	if n.capWord() && !n.has(lxTime) && d.chunkAt[k+1] >= 0 && d.chunks[d.chunkAt[k+1]].first == k+1 {
		return true // "proposed acquiring Tesh Marine": a name as the object
	}
	return n.kind == tkNum || n.lowerWord() && (n.has(lxDet|lxPronoun) || numberWord(d.lower(k+1)) > 0 ||
		d.isWord(k+1, "up") || d.isWord(k+1, "down") || d.isWord(k+1, "off") || d.isWord(k+1, "back") || d.isWord(k+1, "out"))
}

// admitOrDeny reports whether lemma is a verb of admitting or denying,
// which takes what was admitted or denied as a gerund phrase.
func admitOrDeny(lemma string) bool {
	return lemma == "deny" || lemma == "admit" || lemma == "acknowledge"
}

// adviseGerund reports whether lemma is a verb of advising, which takes
// what it advises as a gerund phrase: "recommends taking gummies".
// ("suggested expanding the court" is left out: the Wikinews dev gold
// leaves it, and data "suggests" as often as people do.)
func adviseGerund(lemma string) bool {
	return lemma == "recommend" || lemma == "advocate"
}

// gerundPhraseAt reports whether a gerund phrase starts at k, after at
// most two adverbs: "taking bribes from the contractor", "knowingly
// misleading the inquiry", "ever meeting Marten Oakes". The gerund must
// take something after it, so "denied wrongdoing in the sale" and
// "admitted the offence after collapsing" stay nouns and objects.
func (d *doc) gerundPhraseAt(k int, s sentence) bool {
	for n := 0; n < 2 && k < s.last && d.toks[k].lowerWord() && (d.isWord(k, "ever") || d.isWord(k, "never") || d.endsWith(k, "ly")); n++ {
		k++
	}
	if k+1 >= s.last || !d.toks[k].lowerWord() || !d.endsWith(k, "ing") || d.toks[k].inQuote() ||
		d.toks[k].has(lxDet|lxPrep|lxFunc|lxRole) {
		return false
	}
	n := &d.toks[k+1]
	if ingNouns[d.lower(k)] && !(n.capWord() || n.lowerWord() && n.has(lxDet|lxPronoun)) {
		return false // "denied wrongdoing", "denied funding cuts"; but "denied meeting the buyer"
	}
	if n.inQuote() || n.kind == tkPunct || n.lowerWord() && n.has(lxPrep|lxAux) && !d.isWord(k+1, "to") && !d.isWord(k+1, "up") && !d.isWord(k+1, "out") && !d.isWord(k+1, "off") {
		return false // "denied wrongdoing in the sale", "admitted wrongdoing."
	}
	return n.kind == tkWord || n.kind == tkNum
}

// ingNouns are nouns ending in -ing that a verb of denying takes as its
// object: "denied wrongdoing", "denied funding".
var ingNouns = map[string]bool{
	"wrongdoing": true, "funding": true, "bleeding": true, "spending": true, "wedding": true, "building": true,
	"meeting": true, "hearing": true, "ruling": true, "finding": true, "morning": true, "evening": true,
	"anything": true, "something": true, "nothing": true, "everything": true, "thing": true, "king": true,
	"feeling": true, "clothing": true, "housing": true, "training": true, "sibling": true, "ceiling": true,
	"killing": true, "shooting": true, "bombing": true, "warning": true, "rating": true, "ring": true, "string": true,
}

// against reports whether token k is "against" followed by a gerund.
func (d *doc) against(k int, s sentence) bool {
	if !d.isWord(k, "against") || k+2 > s.last {
		return false
	}
	n := k + 1
	if d.isWord(n, "not") {
		n++
	}
	return n < s.last && d.toks[n].lowerWord() && d.endsWith(n, "ing") && !d.toks[n].has(lxDet|lxPrep|lxFunc)
}

// trimRequest ends the request cue c reports before a comma and a
// conjunction or relative that open a clause of the writer's own, or a
// dash: "urged residents to vote, but the turnout remained low".
func (d *doc) trimRequest(c *cue, s sentence) {
	n := len(c.comps)
	if n == 0 {
		return
	}
	r := &c.comps[n-1]
	for j := r[0] + 3; j+1 < r[1]; j++ {
		if d.isWord(j, "in") && d.toks[j].lowerWord() && d.docAtEnd(j+1, r[1]) {
			r[1] = j // "to leave the country immediately in its January 3 security alert"
			break
		}
	}
	// An aside in dashes among the hearers, before the infinitive, stays:
	// "advised residents with symptoms — such as a cough — to stay home".
	inf := r[0]
	for inf < r[1] && inf < r[0]+24 && !d.infinitiveAt(inf, s) {
		inf++
	}
	if inf >= r[1] || inf >= r[0]+24 {
		inf = r[0]
	}
	for j := r[0] + 1; j+1 < r[1]; j++ {
		if d.isDash(j) && !d.toks[j].inQuote() && j > inf {
			r[1] = j // "to revoke Article 50 — the treaty clause invoked by Brexit —"
			return
		}
		if !d.punct(j, ",") || d.toks[j].inQuote() || !d.toks[j+1].lowerWord() {
			continue
		}
		switch d.lower(j + 1) {
		case "but", "while", "whereas", "although", "though", "yet", "which", "who":
			// "to delay the aid for Ukraine, which is at war": the
			// writer's note on a name.
			r[1] = j
			return
		case "and":
			if j+2 < r[1] && !d.isWord(j+2, "to") && !d.isWord(j+2, "not") && d.clauseLike(j+2, s) && d.clauseVerbSoon(j+2, s) {
				r[1] = j
				return
			}
		case "a", "an":
			// "asked the court to exclude the evidence, a request the
			// judge, Thora Grunwald, said she would decide on": the
			// writer's note on the request, with a speaker of its own.
			for m := j + 2; m < r[1] && m < j+12; m++ {
				if t := &d.toks[m]; t.cv != 0 && !t.inQuote() && t.lowerWord() && (d.endsWith(m, "ed") || d.isWord(m, "said")) {
					r[1] = j
					return
				}
			}
		}
	}
}

// requestParticiple reports whether a participle of request may follow
// token prev: a comma or an adverb (", specially asking voters to"), a
// word of time ("after asking air traffic control to"), or a document
// ("a statement urging residents to"); not any noun ("Twitter asking
// places to eat").
func (d *doc) requestParticiple(prev int, s sentence) bool {
	if prev < 0 {
		return false
	}
	switch d.lower(prev) {
	case ",", "after", "before", "while", "when", "by", "also", "and", "then":
		return true
	}
	if d.toks[prev].lowerWord() && (noticeWords[d.lower(prev)] || requestCarriers[d.lower(prev)]) {
		// "a travel warning asking visitors to", "a campaign urging
		// voters to": a notice making the request; not when it opens the
		// sentence's subject ("The campaign asking voters to register has
		// ended"), whose verb would end up inside the request. People
		// before the participle stay out ("the calls by council members
		// asking the government to", cases_s6_requests_test.go).
		return !d.opensSubject(prev, s)
	}
	if d.wroteTo(prev, s) {
		return true // "wrote to the ministry asking it to delay the closure": the letter's request
	}
	return d.toks[prev].has(lxDoc|lxAdverb) || d.endsWith(prev, "ly") && d.toks[prev].lowerWord()
}

// wroteTo reports whether the noun phrase ending at prev is the addressee
// of "wrote to": "wrote to the US Embassy in London | asking ...".
func (d *doc) wroteTo(prev int, s sentence) bool {
	for j := prev; j > s.first && j >= prev-10; j-- {
		t := &d.toks[j]
		if t.inQuote() || t.kind != tkWord && t.kind != tkNum && !(j == prev && d.punct(j, ",")) {
			return false // "wrote to all banks on 12 September, asking": a date and the comma before the participle
		}
		if d.isWord(j, "to") && t.lowerWord() {
			w := d.lower(j - 1)
			return w == "wrote" || w == "writes" || w == "written" || w == "write" || d.letterSent(j-1, s)
		}
	}
	return false
}

// letterSent reports whether token k is the noun of a letter sent or
// written ("sent a letter", "wrote letters", "issued a circular"), after
// which "to" names the addressee.
func (d *doc) letterSent(k int, s sentence) bool {
	switch d.lower(k) {
	case "letter", "letters", "circular", "memo", "notice":
	default:
		return false
	}
	for j := k - 1; j > s.first && j >= k-2; j-- {
		switch d.lower(j) {
		case "sent", "sends", "send", "wrote", "writes", "issued", "issues":
			return true
		}
	}
	return false
}

// requestCarriers are nouns for a public request that the lexicon does not
// mark as documents: "a warning asking drivers to avoid the bridge".
var requestCarriers = map[string]bool{
	"warning": true, "warnings": true, "campaign": true, "campaigns": true, "advert": true, "advertisement": true,
	"ad": true, "ads": true, "poster": true, "posters": true, "sign": true, "signs": true, "banner": true, "banners": true,
	"message": true, "messages": true, "email": true, "emails": true, "post": true, "video": true,
}

// callOnRequest reports whether "call" at i opens "called on/upon X to
// V": a request, not "called on a friend".
func (d *doc) callOnRequest(i int, s sentence) bool {
	r := cue{lemma: "call on", class: cueAsk}
	return d.requestStart(&r, i+2, s) >= 0 || d.infinitiveAt(i+2, s) && d.gappedRelativeBefore(i, s)
}

// gappedRelativeBefore reports whether the verb at i ends a relative
// clause opened after a comma by "whom" (or "who") and a subject of its
// own, whose object the pronoun is: "Mara Quell, whom Ivo Dask called on
// to resign": the one called on is Quell.
func (d *doc) gappedRelativeBefore(i int, s sentence) bool {
	for k := i - 1; k > s.first && k >= i-6; k-- {
		t := &d.toks[k]
		if t.lowerWord() && (d.isWord(k, "whom") || d.isWord(k, "who")) {
			return k < i-1 && d.punct(k-1, ",") && d.toks[k+1].capWord()
		}
		if t.kind != tkWord || t.lowerWord() && !t.has(lxAux|lxAdverb) {
			return false
		}
	}
	return false
}

// docAtEnd reports whether tokens [k, end) are a phrase naming a document,
// "a statement", "its January 3 security alert", perhaps with a time
// after it ("a letter on Monday"): where the request was made, not what.
func (d *doc) docAtEnd(k, end int) bool {
	if k >= end || !(d.toks[k].has(lxDet) || possessivePronoun(d.lower(k))) {
		return false
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if !d.toks[j].has(lxDoc) && !noticeWords[d.lower(j)] {
			continue
		}
		for m := j + 1; m < end; m++ {
			if !(d.isWord(m, "on") || d.toks[m].has(lxTime) || d.toks[m].kind == tkNum) {
				return false
			}
		}
		return true
	}
	return false
}

// noticeWords name notices an authority issues, as lxDoc names
// statements: "in its security alert".
var noticeWords = map[string]bool{
	"alert": true, "advisory": true, "notice": true, "bulletin": true, "update": true, "order": true, "ruling": true, "decree": true,
}

// hearerLike reports whether the phrase [k, end) can be told what to do:
// a name, a pronoun, people or a body ("the defendants", "troops", "the
// jury", "the company"), not goods ("new trains", "20 jets").
func (d *doc) hearerLike(k, end int) bool {
	if end <= k {
		return false
	}
	h := end - 1
	t := &d.toks[h]
	if t.capWord() || t.has(lxPronoun|lxGroup|lxRole|lxGenericOrg) || hearerNouns[d.lower(h)] {
		return true
	}
	for _, suf := range [...]string{"ers", "ors", "ants", "ents", "ians", "ists"} {
		if d.endsWith(h, suf) {
			return true
		}
	}
	return false
}

// hearerNouns are nouns for people or bodies that the lexicon does not
// mark: "ordered the jury to", "told the crowd to".
var hearerNouns = map[string]bool{
	"jury": true, "crowd": true, "crew": true, "crews": true, "forces": true, "public": true, "nation": true,
	"country": true, "world": true, "children": true, "people": true, "court": true, "everyone": true,
	"men": true, "women": true, "family": true, "families": true, "side": true, "sides": true, "staff": true,
	// Institutions told what to do: "ordered state hospitals to ensure
	// ...", "told schools to close".
	"hospitals": true, "clinics": true, "institutions": true, "schools": true, "universities": true, "councils": true,
	"trusts": true, "committees": true, "agencies": true, "departments": true, "ministries": true, "authorities": true,
	"governments": true, "states": true,
}

// purposeTo reports whether the "to" at k opens the purpose of a past
// action, "interrupted twice to ask", "rose to urge": not the infinitive of
// a plan or a wish ("wanted to ask", "plans to urge", "was expected to").
func (d *doc) purposeTo(k, first int) bool {
	p := k - 1
	for p > first && d.toks[p].lowerWord() && d.toks[p].has(lxAdverb) {
		p--
	}
	if p <= first || !d.toks[p].lowerWord() || !d.endsWith(p, "ed") || d.toks[p].cv != 0 || catenatives[d.lower(p)] {
		return false
	}
	switch d.lower(p - 1) {
	case "is", "are", "was", "were", "be", "been", "being":
		return false // "was scheduled to ask": a plan, or a passive
	}
	return true
}

// catenatives are past forms that take an infinitive of what is wanted or
// planned, not done: "decided to ask".
var catenatives = map[string]bool{
	"wanted": true, "decided": true, "planned": true, "hoped": true, "expected": true, "intended": true,
	"refused": true, "failed": true, "agreed": true, "promised": true, "tried": true, "attempted": true,
	"declined": true, "offered": true, "threatened": true, "pledged": true, "vowed": true, "needed": true,
	"scheduled": true, "used": true, "seemed": true, "appeared": true, "happened": true, "continued": true,
	"started": true, "preferred": true, "wished": true, "aimed": true, "asked": true, "urged": true,
	"prepared": true, "struggled": true, "managed": true, "sought": true, "volunteered": true, "waited": true,
	"proposed": true, "pretended": true, "claimed": true, "dared": true, "ceased": true, "hesitated": true,
	"neglected": true, "forgot": true, "remembered": true, "liked": true, "loved": true, "hated": true,
}

// commaInQuote reports whether the quotation opening at token open holds a
// comma: "told reporters “to be honest, the plan is dead”" and "asked
// them “to be patient,” then left" hold more than the request's words.
func (d *doc) commaInQuote(open int) bool {
	qi := d.markQuote(open)
	if qi < 0 || d.quotes[qi].close < 0 {
		return true
	}
	for j := open + 1; j < d.quotes[qi].close; j++ {
		if d.punct(j, ",") {
			return true
		}
	}
	return false
}

// purposeSay are the base forms that report speech as the purpose of
// what was done ("went on television to say ..."), with a clause after
// them.
var purposeSay = map[string]bool{
	"say": true, "argue": true, "claim": true, "insist": true, "warn": true, "explain": true, "confirm": true,
	"deny": true, "complain": true, "admit": true, "concede": true, "stress": true, "reveal": true, "state": true,
	"acknowledge": true, "allege": true, "tell": true, "announce": true, "declare": true, "write": true,
	// "has written to the Speaker to inform her that ...": a verb of
	// telling with its hearer, as "to tell him that" is.
	"inform": true, "notify": true, "assure": true, "remind": true,
}

// causeVerbs make their object the one who does what follows: "led
// Pelosi to announce", "forced the minister to concede".
var causeVerbs = map[string]bool{
	"led": true, "prompted": true, "forced": true, "drove": true, "moved": true, "inspired": true, "compelled": true, "caused": true,
	// "..., prompting Oskar Velde to say that ...": the participle after
	// a clause, the one prompted the speaker as after "prompted".
	"prompting": true, "leading": true, "forcing": true, "causing": true, "compelling": true,
}

// objectControl verbs make their object do what follows: "hired a
// lawyer to argue", "sent a spokesman to say", "allowed her to claim".
var objectControl = map[string]bool{
	"hired": true, "sent": true, "appointed": true, "paid": true, "employed": true, "commissioned": true,
	"allowed": true, "enabled": true, "permitted": true, "invited": true, "brought": true, "recruited": true,
	"assigned": true, "tasked": true, "authorised": true, "authorized": true, "instructed": true, "told": true,
}

// pastActs are the irregular past forms of what a speaker does in order
// to say something: "took to Twitter", "went on television", "rose".
var pastActs = map[string]bool{
	"took": true, "went": true, "came": true, "rose": true, "wrote": true, "held": true, "stood": true, "spoke": true,
	"met": true, "gave": true, "made": true, "got": true, "sat": true, "put": true, "drove": true, "led": true,
	// Their participles, after "has" or "had": "has written to the
	// Speaker to inform her".
	"taken": true, "gone": true, "written": true, "spoken": true, "given": true, "gotten": true, "driven": true,
}

// sayPurposeOf returns the past verb whose purpose the "to" at k opens
// when what follows it is speech: the clause's own verb, after its
// subject, with at most an object or a place between ("stepped forward
// on Facebook to say", "phoned the newspaper to say", "led Pelosi to
// announce"); or -1. A verb of wanting or planning ("decided to say",
// "refused to say") is no act done.
func (d *doc) sayPurposeOf(k int, s sentence) int {
	for p := k - 1; p > s.first && p >= k-8; p-- {
		t := &d.toks[p]
		if t.kind == tkPoss || d.chunkAt[p] >= 0 {
			continue // "his speech", "Twitter", "Pelosi"
		}
		if t.kind == tkWord && t.capWord() && t.has(lxTime) && !t.inQuote() {
			continue // "on Monday"
		}
		if t.kind != tkWord || !t.lowerWord() || t.inQuote() {
			return -1
		}
		w := d.lower(p)
		if objectControl[w] {
			return -1 // "hired a lawyer to argue": the lawyer argues
		}
		past := pastActs[w] || d.endsWith(p, "ed") && w != "said" && w != "asked" || causeVerbs[w] && d.sayCausee(p, k) >= 0
		if !past {
			if t.has(lxAux|lxRelative|lxNeg|lxPronoun) && !t.has(lxDet) || t.cv != 0 || w == "and" || w == "or" || w == "but" {
				return -1 // "said to", "who went", "and went"
			}
			continue // an object or a place: "on television", "a press conference"
		}
		if p == k-1 && (catenatives[w] || causeVerbs[w]) || t.cv != 0 && p == k-1 {
			return -1 // "decided to say", "was led to say"
		}
		if d.sayCausee(p, k) >= 0 {
			return p // "The pressure led Pelosi to announce": the one led speaks
		}
		// The verb's subject stands right before it: a name, a pronoun
		// or a noun phrase's head, not an auxiliary ("was forced to").
		b := d.skipBackAdverbials(p-1, s.first)
		if b > s.first && d.toks[b].lowerWord() && (d.isWord(b, "has") || d.isWord(b, "have") || d.isWord(b, "had")) && !d.endsWith(p, "ing") {
			// "Ilse Varga has written to the Speaker to inform her": the
			// perfect's auxiliary, its subject before it; not "was
			// forced to", a passive.
			b = d.skipBackAdverbials(b-1, s.first)
		}
		appositive := d.punct(b, ",") && b-1 >= s.first && (d.chunkAt[b-1] >= 0 || d.nameBeforeAside(b, s) >= 0) // "a candidate, Tim Dann, stepped forward"
		if b < s.first || d.toks[b].has(lxAux) || !appositive && !d.subjectLike(b) && !(d.toks[b].has(lxRelative) && d.isWord(b, "who")) {
			return -1
		}
		return p
	}
	return -1
}

// nameBeforeAside returns the last token of a name that an aside set off
// by commas follows, when the comma at b closes the aside: "Ilse Varga,
// in his role as leader of government business, has written"; or -1.
// The aside holds no verb, quotation or other comma.
func (d *doc) nameBeforeAside(b int, s sentence) int {
	for m := b - 1; m > s.first && m >= b-14; m-- {
		t := &d.toks[m]
		if t.inQuote() || t.kind == tkQuote || t.cv != 0 || t.lowerWord() && t.has(lxAux|lxRelative) {
			return -1
		}
		if d.punct(m, ",") {
			if m-1 >= s.first && d.chunkAt[m-1] >= 0 && d.chunks[d.chunkAt[m-1]].last == m && m+1 < b && d.toks[m+1].lowerWord() && d.toks[m+1].has(lxPrep) {
				return m - 1
			}
			return -1
		}
		if t.kind == tkPunct {
			return -1
		}
	}
	return -1
}

// sayCausee returns the chunk a causing verb at p makes speak, the one
// name between it and the "to" at k ("led Pelosi to announce"), or -1.
func (d *doc) sayCausee(p, k int) int {
	if !causeVerbs[d.lower(p)] {
		return -1
	}
	ci := int(d.chunkAt[k-1])
	if ci < 0 || d.chunks[ci].first <= p || d.chunks[ci].first > p+4 {
		return -1
	}
	for j := p + 1; j < d.chunks[ci].first; j++ {
		// "prompted Harbour Mayor Ivo Tamm to say": a title (and the
		// place it is of) before the name, as "the" before a body.
		t := &d.toks[j]
		if !(d.isWord(j, "the") || t.capWord() && (t.has(lxTitle|lxRole) || j+1 < d.chunks[ci].first && d.toks[j+1].has(lxTitle|lxRole))) {
			return -1
		}
	}
	return ci
}

// relativeVerbAt reports whether token j, right after "who" or "that",
// is the relative clause's verb ("who live", "that had", "who only
// use"), not the subject of a clause ("that they won't be allowed").
func (d *doc) relativeVerbAt(j int) bool {
	t := &d.toks[j]
	return t.lowerWord() && !t.has(lxPronoun|lxDet|lxPrep) && (t.has(lxVerb|lxAux|lxAdverb) || d.endsWith(j, "ed") || d.endsWith(j, "s"))
}
