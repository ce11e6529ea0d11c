// News outlets: how the text says a name is one, and when an outlet
// speaks in its own voice rather than relaying a story.

package extract

import "strings"

// describedAsOutlet reports whether the words around chunk c call it a news
// outlet: "news broadcaster NRK", "semi-official news agency ISNA", "daily
// Népszava", "Time magazine", "the Las Vegas Review-Journal", "WalesOnline".
func (d *doc) describedAsOutlet(c *chunk) bool {
	if d.italicName(c) || d.linksToOwnSite(c) {
		return true
	}
	if callSignPair(d.span(c.first, c.last)) {
		return true
	}
	if c.last-c.first == 1 && callSign(d.str(c.first)) && c.first >= 2 && d.toks[c.first-1].kind == tkPoss {
		// "Virginia's WHSV reported", "Denver's KUSA": a broadcaster's
		// call sign after the place it serves. A body's acronym is
		// seldom a place's possession, and a person's never has K or
		// W and three capitals more.
		if pi := d.chunkAt[c.first-2]; pi >= 0 && int(d.chunks[pi].last) == c.first-1 && (d.chunks[pi].kind != kPerson && (d.chunks[pi].kind == kPlace || d.toks[c.first-2].has(lxPlace)) ||
			d.stateAt(int(d.chunks[pi].first), c.first-1)) {
			// ("Virginia" is a first name too: the state's name is
			// enough.)
			return true
		}
	}
	last := d.lower(c.last - 1)
	if h := strings.LastIndexByte(last, '-'); h >= 0 && lex.lookup(last[h+1:])&(lxOutletCue|lxStrongOutlet) != 0 {
		return true
	}
	if c.last-c.first == 1 && len(last) > 6 && strings.HasSuffix(last, "online") {
		return true
	}
	if c.last-c.first >= 3 && (last == "service" || last == "agency") && (d.isWord(c.last-2, "reporting") || d.isWord(c.last-2, "news")) {
		return true // "the Local Democracy Reporting Service", "the Tarvik News Agency": a wire by its name
	}
	// "according to Notes from Poland": a capitalised plural of a word
	// for a text, inside a sentence, is the title of a publication.
	if c.last-c.first == 1 && !d.toks[c.first].is(fSentStart) && len(last) > 3 && last[len(last)-1] == 's' &&
		lex.lookup(last[:len(last)-1])&lxDoc != 0 {
		return true
	}
	if c.last < len(d.toks) && d.toks[c.last].lowerWord() && outletNoun(d.lower(c.last)) && d.lower(c.last) != "website" {
		// "Time magazine"; but "found on the KHSA website" is a body's
		// own site: a health service or a ministry has one as an outlet
		// does, and its name alone tells nothing of which it is.
		return true
	}
	if c.last-c.first == 1 && c.first > 0 && (d.isWord(c.first, "tv") || d.isWord(c.first, "television") || d.isWord(c.first, "radio")) &&
		(d.toks[c.first-1].lowerWord() && !d.toks[c.first-1].has(lxDet|lxPrep|lxFunc) || d.toks[c.first-1].capWord() && d.toks[c.first-1].has(lxNation)) {
		return true // "Iranian state TV said", "local radio reported": the word for the medium alone
	}
	if d.outletInApposition(c) {
		return true
	}
	before := c.first - 1
	if d.isWord(before, "the") {
		before-- // "newspaper The Hill"
	}
	for k := before; k >= 0 && k >= before-2 && d.toks[k].lowerWord() && !d.toks[k].inQuote(); k-- {
		w := d.lower(k)
		if outletNoun(w) || w == "daily" || w == "agency" && d.isWord(k-1, "news") {
			return true
		}
		if w == "affiliate" && k > 0 && d.toks[k-1].capWord() && d.toks[k-1].has(lxOutlet|lxStrongOutlet) {
			return true // "CNN affiliate YTN reported": a network's station
		}
		if k == before && titledWork(w) && !d.toks[c.first].has(lxFirstName) {
			return true // "Woodward's book Rage": a publication's title, not its author
		}
		if d.toks[k].has(lxFunc | lxPrep | lxVerb) {
			break
		}
	}
	return false
}

// outletInApposition reports whether chunk c, a short name no first
// name opens, has an outlet's description in apposition, before it or
// after it: "Syria's state news agency, SANA, said", "SANA, Syria's state
// news agency, said", "Iran's state broadcaster, IRIB,". A person is
// never named so: "the veteran broadcaster, Ada Lowe," has a first name.
func (d *doc) outletInApposition(c *chunk) bool {
	if c.last-c.first > 2 || d.toks[c.first].has(lxFirstName|lxTitle|lxHonorific) {
		return false
	}
	// "Ngozi Okafor, a broadcaster, said": a trade, with "a", is a
	// person's; the outlet is "the" one or a country's.
	outletHead := func(k, from int) bool {
		w := d.lower(k)
		if !d.toks[k].lowerWord() || !(outletNoun(w) && w != "weekly" && w != "journal" || w == "agency" && d.isWord(k-1, "news")) {
			return false
		}
		for j := k - 1; j >= from; j-- {
			if d.isWord(j, "a") || d.isWord(j, "an") {
				return false
			}
		}
		return true
	}
	if b := c.first - 1; b >= 2 && d.punct(b, ",") {
		from := b - 1
		for from > 0 && from > b-6 && d.toks[from-1].kind != tkPunct && d.sentOf[from-1] == d.sentOf[b] {
			from--
		}
		if outletHead(b-1, from) && !(d.prepIn(from, b-1) && !d.punct(c.last, ",")) {
			// Not "Speaking to the newspaper, Quell said": an outlet
			// a preposition governs ends an opening phrase, and the
			// name after its comma is the clause's subject; "the head
			// of the state agency, SANA, said" closes its apposition.
			return true
		}
	}
	if a := c.last; a+2 < len(d.toks) && d.punct(a, ",") {
		for k := a + 1; k < len(d.toks) && k <= a+7; k++ {
			if d.punct(k, ",") {
				return k > a+1 && outletHead(k-1, a+1)
			}
			if d.toks[k].kind == tkQuote || d.toks[k].cv != 0 && d.toks[k].lowerWord() {
				return false
			}
		}
	}
	return false
}

// prepIn reports whether a preposition stands in [from, to): "to" in
// "Speaking to the newspaper".
func (d *doc) prepIn(from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].lowerWord() && d.toks[k].has(lxPrep) {
			return true
		}
	}
	return false
}

// italicName reports whether chunk c is the whole of a Markdown italic,
// "according to *Forbes*", "told *[Vogue](https://...)*": pages set the
// names of publications (and of books and films) in italics, never a
// person's or a body's.
func (d *doc) italicName(c *chunk) bool {
	start, end := int(d.toks[c.first].start), int(d.toks[c.last-1].end)
	i := start
	if i > 0 && d.text[i-1] == '[' {
		i--
	}
	if i < 1 || d.text[i-1] != '*' || i >= 2 && d.text[i-2] == '*' {
		return false
	}
	j := end
	if strings.HasPrefix(d.text[j:], "](") {
		k := strings.IndexByte(d.text[j:min(len(d.text), j+2000)], ')')
		if k < 0 {
			return false
		}
		j += k + 1
	}
	return j < len(d.text) && d.text[j] == '*' && (j+1 == len(d.text) || d.text[j+1] != '*')
}

// linksToOwnSite reports whether chunk c is cited with a Markdown link
// to one of the articles of a commercial site named as it is: "according
// to [Forbes](https://www.forbes.com/...)", "[WMUR reports](https://www.wmur.com/...)",
// "according to [Iowa Starting Line](https://iowastartingline.com/...)".
// Pages link a publication they cite to the story on its own site. A link
// to a home page says only who someone is ("[Don Tapscott](http://dontapscott.com/),
// a consultant"), a link text with more words than the citation may
// describe what a company did ("[Data published by OpenAI](https://openai.com/blog/...)"),
// and a public body's or a charity's site is .gov or .org
// ("[CDC](https://www.cdc.gov/...)"): none of them marks an outlet.
func (d *doc) linksToOwnSite(c *chunk) bool {
	start, end := int(d.toks[c.first].start), int(d.toks[c.last-1].end)
	from := max(0, start-200)
	if strings.IndexByte(d.text[from:start], '[') < 0 {
		return false // most names are in no link: a fast look for any "[" before the slow scan for the nearest mark
	}
	open := strings.LastIndexAny(d.text[from:start], "[]\n")
	if open < 0 || d.text[from+open] != '[' {
		return false
	}
	rest := d.text[end:min(len(d.text), end+400)]
	cl := strings.IndexAny(rest, "[]\n")
	if cl < 0 || !strings.HasPrefix(rest[cl:], "](http") {
		return false
	}
	cites := false
	for _, w := range strings.Fields(d.text[from+open+1:start] + " " + rest[:cl]) {
		switch strings.ToLower(strings.Trim(w, ".,:;*_")) {
		case "according", "reports", "reported", "reporting", "per", "via":
			cites = true
		case "to", "the":
		default:
			return false
		}
	}
	if !cites {
		// "according to [Iowa Starting Line](...)", "according to *[Forbes](...)*":
		// the citation before the link.
		before := strings.Fields(strings.ToLower(strings.Trim(d.text[max(0, from+open-20):from+open], " *_")))
		if n := len(before); n > 0 && before[n-1] == "the" {
			before = before[:n-1]
		}
		n := len(before)
		cites = n >= 2 && before[n-2] == "according" && before[n-1] == "to" || n >= 1 && (before[n-1] == "per" || before[n-1] == "via")
	}
	if !cites {
		return false // "[Narvik Motors](https://narvikmotors.com/press/...) said": a firm linked to its own news
	}
	url := rest[cl+2:]
	url = url[strings.Index(url, "//")+2:]
	host, path, _ := strings.Cut(url, "/")
	if k := strings.IndexAny(host, ")?#:"); k >= 0 {
		host, path = host[:k], ""
	}
	if len(path) < 2 || path[0] == ')' {
		return false // a home page
	}
	labels := strings.Split(strings.ToLower(strings.TrimPrefix(host, "www.")), ".")
	if len(labels) != 2 || labels[1] != "com" {
		return false
	}
	var name strings.Builder
	for k := c.first; k < c.last; k++ {
		for _, r := range d.lower(k) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				name.WriteRune(r)
			}
		}
	}
	return name.Len() >= 3 && name.String() == labels[0]
}

// outletNoun reports whether w names a kind of news outlet.
func outletNoun(w string) bool {
	switch w {
	case "newspaper", "broadcaster", "magazine", "tabloid", "website", "newswire", "outlet", "weekly", "journal":
		return true
	}
	return false
}

// titledWork reports whether w names a published work whose title may
// follow it: "the book Rage". Shows are left out: they are often named
// after their host ("her television show Doris Day").
func titledWork(w string) bool {
	switch w {
	case "book", "novel", "memoir", "biography", "documentary", "film", "movie", "album", "podcast":
		return true
	}
	return false
}

// outletSpeaks reports whether the news outlet that cue c names speaks in
// its own voice: its own words quoted (“...”, said KCNA). Everything else
// an outlet says, it reports; and its own comment ("the Deseret News
// observed", "the magazine MicroMega describe the judgement as historic")
// is the reporting, not a statement (see outletComments). An outlet that
// says what it will do ("Newsweek said it will introduce a new plan for
// advertisers") speaks as the company it is.
func (d *doc) outletSpeaks(c *cue) bool {
	switch c.lemma {
	case "say", "add", "state":
		return c.inverted || c.quote >= 0 || len(c.comps) > 0 && d.ownPlans(c.comps[0][0])
	}
	return false
}

// possessiveAlone reports whether the source starting at token k is a
// name and its possessive with nothing owned after it ("according to
// Donoghue's.", "According to Barron's, ..."): a publication called by
// its owner's name, as a newsletter or a weekly is, never a person.
func (d *doc) possessiveAlone(k int, s sentence) bool {
	p := d.nameThenPossessive(k, s)
	if p < 0 {
		return false
	}
	return p+1 >= s.last || d.punct(p+1, ",") || d.punct(p+1, ".") || d.punct(p+1, ";")
}

// outletActsFirst reports whether cue c, an outlet's, reports nothing of
// its own ("announced new advertising rates") and a cue after it in the
// sentence has the outlet speak of its plans ("and said it will introduce
// ..."): the later verb takes its subject from this one, which must keep
// the outlet for it.
func (d *doc) outletActsFirst(c *cue, after []cue) bool {
	if len(c.comps) > 0 || c.quote >= 0 || c.inverted {
		return false
	}
	for i := range after {
		n := &after[i]
		if n.lemma != "say" && n.lemma != "add" {
			continue
		}
		k := d.skipForwardAdverbials(n.after, len(d.toks))
		if d.isWord(k, "that") {
			k++
		}
		return d.ownPlans(k)
	}
	return false
}

// ownPlans reports whether the clause at k opens with "it" and its own
// intention: "it will introduce", "it plans to", "it would close"; not
// "it had obtained" (a report's source) or "it would be difficult"
// (no one's act).
func (d *doc) ownPlans(k int) bool {
	if !d.isWord(k, "it") || k+2 >= len(d.toks) || !d.toks[k+1].lowerWord() {
		return false
	}
	switch d.lower(k + 1) {
	case "will", "would", "shall":
		next := d.lower(k + 2)
		return d.toks[k+2].lowerWord() && next != "be" && next != "not" && next != "have" && lex.lookup(next)&lxAdverb == 0
	case "plans", "planned", "intends", "intended", "expects", "expected":
		return d.isWord(k+2, "to")
	}
	return false
}

// outletComments reports whether cue c is a news outlet's own comment
// rather than a source it relays: what it observes, notes or describes is
// its reporting, which the annotation rules never count as a quote.
func outletComments(c *cue) bool {
	switch c.lemma {
	case "observe", "note", "describe", "characterise":
		return true
	}
	return false
}

// markAgency makes the news agency of the dateline, and any name that
// starts with it ("Coastline News"), a news outlet: "according to
// Coastline" later cites the agency that filed the story, which relays
// words and says none.
// markReportingOutlets marks, before any cue is read, the names that
// report a quotation as outlets do (“...,” Common Dreams reported
// Monday): reportsAsOutlet's test, taken before the name has spoken, so
// that an earlier "According to Common Dreams, “...”" is no speaker's
// either. A name with any evidence of a person's stays out: before its
// first quotation only an outlet's name is safe to mark.
func (d *doc) markReportingOutlets() {
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent < 0 || !d.isWord(c.last, "reported") || !d.toks[c.last].lowerWord() || !d.afterQuotationComma(c.first) {
			continue
		}
		if d.ents[c.ent].personEv == 0 && d.reportsAsOutlet(c.ent) {
			d.ents[c.ent].outlet = true
		}
	}
}

// afterQuotationComma reports whether token k follows a quotation's close
// and its comma, inside the marks or after them: “...,” k or “...”, k.
func (d *doc) afterQuotationComma(k int) bool {
	closeMark := func(j int) bool {
		return j >= 0 && d.toks[j].kind == tkQuote && d.toks[j].is(fCloseMark)
	}
	return closeMark(k-1) && d.punct(k-2, ",") || d.punct(k-1, ",") && closeMark(k-2)
}

func (d *doc) markAgency() {
	if d.agency == "" {
		return
	}
	for i := range d.ents {
		e := &d.ents[i]
		if strings.EqualFold(e.name, d.agency) || len(e.name) > len(d.agency) && strings.EqualFold(e.name[:len(d.agency)], d.agency) && e.name[len(d.agency)] == ' ' {
			e.outlet = true
		}
	}
}

// callSignPair reports whether name is two or more broadcast call signs
// joined by slashes, "KVRO/KTAL", "WQRT/WSLA": the stations that share a
// newsroom, an outlet. One sign alone may be a body's acronym ("WADA").
// callSign reports whether w is one broadcast call sign of four
// capitals, K or W first: "WHSV", "KUSA".
func callSign(w string) bool {
	if len(w) != 4 || w[0] != 'K' && w[0] != 'W' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func callSignPair(name string) bool {
	if !strings.Contains(name, "/") {
		return false
	}
	for p := range strings.SplitSeq(name, "/") {
		if !callSign(p) {
			return false
		}
	}
	return true
}
