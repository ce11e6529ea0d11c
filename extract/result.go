package extract

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"soundbite/model"
)

// result assembles the quotations and the speakers who said them.
func (d *doc) result() Result {
	quotes := make([]model.Quote, 0, len(d.cues)+len(d.quotes))
	ents := make([]int, 0, cap(quotes))
	emit := func(ent int, kind model.QuoteKind, cueText string, start, end int) {
		start, end = trimSpan(d.text, start, end)
		if start >= end || d.interviewerAsks(ent, cueText) {
			return
		}
		end = closeLink(d.text, start, end)
		q := model.Quote{Kind: kind, Text: d.text[start:end], Cue: cleanLine(cueText), Start: start, End: end}
		quotes = append(quotes, q)
		ents = append(ents, ent)
	}
	inTranscript := func(tok int) bool {
		_, ok := d.answerOf[int(d.toks[tok].para)]
		return ok
	}
	for _, a := range d.answers {
		emit(a.ent, model.Direct, "", a.start, a.end)
	}
	for _, p := range d.embeds {
		emit(p.ent, model.Direct, "", p.start, p.end)
	}
	for _, c := range d.credited {
		emit(c.ent, model.Indirect, "", int(d.toks[c.start].start), int(d.toks[c.end-1].end))
	}
	for ci := range d.cues {
		c := &d.cues[ci]
		if d.answerOf != nil && inTranscript(c.verb) {
			continue // the transcript's lines are quoted whole
		}
		// Reported speech by nobody in particular ("one spectator said")
		// is kept, unattributed; a cue whose speaker was not found at all
		// reports nothing we can vouch for.
		if c.skip || !c.found || len(c.comps) == 0 || c.used && c.before && !c.both {
			continue
		}
		for _, cp := range c.comps {
			a, b := cp[0], cp[1]
			if a >= b {
				continue
			}
			if qi := d.wholeQuote(a, b); qi >= 0 {
				// "According to Quell, “the reef is a library.”": a
				// clause entirely inside the marks is a direct quote.
				q := &d.quotes[qi]
				q.absorbed = true
				emit(c.ent, model.Direct, c.text, q.start, q.end)
				if c.co >= 0 {
					emit(c.co, model.Direct, c.text, q.start, q.end)
				}
				continue
			}
			kind := model.Indirect
			for k := a; k < b; k++ {
				if d.toks[k].kind == tkQuote {
					kind = model.Mixed
					if qi := d.markQuote(k); qi >= 0 {
						d.quotes[qi].absorbed = true
					}
				}
			}
			emit(c.ent, kind, c.text, int(d.toks[a].start), int(d.toks[b-1].end))
			if c.co >= 0 {
				emit(c.co, kind, c.text, int(d.toks[a].start), int(d.toks[b-1].end))
			}
		}
	}
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if d.answerOf != nil && inTranscript(q.open) {
			continue
		}
		if q.absorbed || q.name || !q.decided && !d.sentenceLike(qi) || !q.decided && q.words(d) < 2 || d.inMarkup(qi) || d.labelledCaption(int(q.para)) || d.relatedBlockLine(int(q.para)) {
			continue
		}
		if q.carried && !q.contPrev && !d.sentenceLike(qi) && !d.oneWordSentence(qi) {
			continue // “Build Back Better” is a plan: a name, not words said
		}
		if q.decided && q.ent < 0 && q.words(d) < 2 && !(q.cue != "" && d.spokenWord(qi)) {
			continue // a term in marks, nobody's words
		}
		if q.ent < 0 && d.modifierTerm(qi) {
			continue // "the “pay as you feel” café": a term inside a noun phrase
		}
		if q.ent < 0 && d.fictionQuote(qi) {
			continue // a line of a film or a song a review quotes
		}
		if q.decided && q.ent < 0 && q.cue == "" && d.stoppedTitle(qi) {
			continue // “Salt and Iron.”: a title, nobody's words
		}
		if q.predicate {
			emit(q.ent, model.Mixed, q.cue, int(d.toks[q.subject].start), int(d.toks[q.close].end))
			continue
		}
		emit(q.ent, model.Direct, q.cue, q.start, q.end)
		if q.co >= 0 && q.ent >= 0 {
			emit(q.co, model.Direct, q.cue, q.start, q.end) // each of two joined speakers said it
		}
	}
	// Order by position; a quotation emitted twice (by two cues) counts once.
	idx := make([]int, len(quotes))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(quotes[a].Start, quotes[b].Start) })
	var res Result
	if len(idx) > 0 {
		res.Quotes = make([]model.Quote, 0, len(idx)) // nil when there are none
	}
	count := make([]int, len(d.ents))
	voice := make([]int, len(d.ents)) // first person singular in their direct quotes, less plural
	for n, i := range idx {
		q := quotes[i]
		// Two cues may report the same words for the same speaker; keep
		// one. Equal spans sort together.
		dup := false
		for k := n - 1; k >= 0 && quotes[idx[k]].Start == q.Start; k-- {
			if j := idx[k]; quotes[j].End == q.End && ents[j] == ents[i] {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if e := ents[i]; e >= 0 {
			q.Speaker = d.ents[e].fullName()
			count[e]++
			if q.Kind == model.Direct {
				voice[e] += firstPersonVoice(q.Text)
			} else if q.Kind == model.Indirect && (strings.HasPrefix(q.Text, "he ") || strings.HasPrefix(q.Text, "she ")) {
				// "Steinberg ..., saying he may seek control": reported
				// speech in the third person singular is a person's; a
				// body says "it" or "they".
				voice[e]++
			}
		}
		res.Quotes = append(res.Quotes, q)
	}
	// Two entities left with one name (say, two men called Sam) are one
	// speaker to the reader: merge them, in entity order for determinism.
	// An article quotes a handful of speakers: their keys are found by
	// reading a list on the stack, not a map made for each article, and
	// the list of speakers is made once, for all who were quoted.
	quoted := 0
	for _, n := range count {
		if n > 0 {
			quoted++
		}
	}
	if quoted > 0 {
		res.Speakers = make([]model.Speaker, 0, quoted) // nil when there are none
	}
	var keyBuf [16]string
	keys := keyBuf[:0] // res.Speakers[i]'s key is keys[i]
	for e := range d.ents {
		n := count[e]
		if n == 0 {
			continue
		}
		sp := d.speaker(e, n, voice[e] > 0)
		key := sp.Key()
		if i := slices.Index(keys, key); i >= 0 {
			res.Speakers[i] = mergeSpeakers(res.Speakers[i], sp)
			continue
		}
		keys = append(keys, key)
		res.Speakers = append(res.Speakers, sp)
	}
	slices.SortStableFunc(res.Speakers, func(a, b model.Speaker) int {
		if a.Quotes != b.Quotes {
			return cmp.Compare(b.Quotes, a.Quotes)
		}
		return cmp.Compare(a.Name, b.Name)
	})
	for i := range res.Quotes {
		res.Quotes[i].Speaker = cleanLine(res.Quotes[i].Speaker)
	}
	return res
}

// speaker builds the model speaker for entity e with n quotations; singular
// says their direct quotations speak as "I" more than as "we".
func (d *doc) speaker(e, n int, singular bool) model.Speaker {
	en := &d.ents[e]
	sp := model.Speaker{Name: cleanLine(en.fullName()), Kind: model.Organization, Quotes: n}
	// With no evidence either way, one who says "I found Rome a city of
	// bricks" is a person: a body speaks as "we".
	if en.personEv > en.orgEv && !en.outlet || en.personEv == 0 && en.orgEv == 0 && !en.outlet && (singular || d.firstNameBefore(en)) {
		sp.Kind = model.Person
	}
	for _, f := range en.forms {
		f = cleanLine(f)
		if !strings.EqualFold(f, sp.Name) && !slices.ContainsFunc(sp.Aliases, func(a string) bool { return strings.EqualFold(a, f) }) {
			sp.Aliases = append(sp.Aliases, f)
		}
	}
	for _, r := range en.roles {
		sp.Roles = append(sp.Roles, cleanLine(r))
	}
	return sp
}

// firstPersonVoice counts a quotation's words of the first person
// singular ("I", "me", "my") less those of the plural ("we", "our").
func firstPersonVoice(text string) int {
	n := 0
	for w := range letterRuns(text) {
		switch w {
		case "I", "me", "my", "Me", "My", "myself", "mine":
			n++
		case "we", "We", "our", "Our", "us", "ourselves", "ours":
			n--
		}
	}
	return n
}

// letterRuns yields the runs of letters of s, as strings.FieldsFuncSeq
// with a test for non-letters does, but tells an ASCII byte by a table:
// it runs over every direct quotation, nearly all ASCII, where decoding
// each byte as a rune and calling the test cost more than the rest. Two
// tight loops, one past what is no letter and one over a run of
// letters, read each byte once.
func letterRuns(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		i := 0
		for i < len(s) {
			for i < len(s) {
				c := runByte[s[i]]
				if c == rbLetter {
					break
				}
				if c == rbWide {
					r, size := utf8.DecodeRuneInString(s[i:])
					if unicode.IsLetter(r) {
						break
					}
					i += size
					continue
				}
				i++
			}
			start := i
			for i < len(s) {
				c := runByte[s[i]]
				if c == rbLetter {
					i++
					continue
				}
				if c == rbWide {
					r, size := utf8.DecodeRuneInString(s[i:])
					if unicode.IsLetter(r) {
						i += size
						continue
					}
				}
				break
			}
			if i > start && !yield(s[start:i]) {
				return
			}
		}
	}
}

// Classes of bytes for letterRuns: an ASCII letter, a byte of a rune
// past ASCII (decoded to tell), anything else.
const (
	rbOther = iota
	rbLetter
	rbWide
)

var runByte = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = rbLetter, rbLetter
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = rbWide
	}
	return t
}()

// firstNameBefore reports whether entity en, a single word with no other
// evidence of what it names, follows a first name somewhere in the text:
// "Kimmel asked" after "Jimmy Kimmel Live!", the show named for him.
func (d *doc) firstNameBefore(en *entity) bool {
	if len(en.words) != 1 {
		return false
	}
	w := en.words[0]
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].capWord() && d.toks[k-1].capWord() && d.toks[k-1].has(lxFirstName) && strings.EqualFold(d.str(k), w) {
			return true
		}
	}
	return false
}

// mergeSpeakers folds b, a second entity with a's name, into a.
func mergeSpeakers(a, b model.Speaker) model.Speaker {
	a.Quotes += b.Quotes
	if a.Kind != model.Person && b.Kind == model.Person {
		a.Kind = model.Person
	}
	for _, al := range b.Aliases {
		if !slices.ContainsFunc(a.Aliases, func(x string) bool { return strings.EqualFold(x, al) }) {
			a.Aliases = append(a.Aliases, al)
		}
	}
	for _, r := range b.Roles {
		if !slices.Contains(a.Roles, r) {
			a.Roles = append(a.Roles, r)
		}
	}
	return a
}

// trimSpan trims space and trailing punctuation that belongs to the
// sentence rather than the words: a comma, a colon, a full stop after a
// clause.
func trimSpan(text string, start, end int) (int, int) {
	for start < end && unicode.IsSpace(rune(text[start])) {
		start++
	}
	for end > start {
		c := text[end-1]
		if c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ';' || c == ':' {
			end--
			continue
		}
		break
	}
	return start, end
}

// closeLink returns the end of the span [start, end) of text, carried to
// the end of a Markdown link the span opens but stops inside: "the caucus
// is [too ideologically diverse](https://...)" rather than "the caucus is
// [too ideologically diverse", whose bracket would stand alone.
func closeLink(text string, start, end int) int {
	if strings.IndexByte(text[start:end], '[') < 0 {
		return end // most spans hold no link: IndexByte is vectorised, LastIndexByte is not
	}
	o := strings.LastIndexByte(text[start:end], '[')
	if o < 0 || strings.IndexByte(text[start+o:end], ']') >= 0 {
		return end
	}
	if cl, e := markdownLink(text, start+o, len(text)); cl >= end && cl-end <= 200 && !strings.ContainsAny(text[end:cl], "\n\"“”") {
		return e
	}
	return end
}

// cleanLine is model.SanitizeLine without the copy when s is clean already:
// printable ASCII or UTF-8 with single spaces and no padding.
func cleanLine(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c >= 0x80 || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return model.SanitizeLine(s)
		}
	}
	return s
}

// wholeQuote returns the quotation that tokens [a, b) hold and nothing
// else (but a closing full stop), or -1.
func (d *doc) wholeQuote(a, b int) int {
	qi := -1
	switch {
	case d.toks[a].kind == tkQuote && d.toks[a].is(fOpenMark):
		qi = d.markQuote(a)
		if qi >= 0 && d.quotes[qi].open != a {
			qi = -1
		}
	case d.toks[a].quote >= 0:
		// “... refused.¶I thought ... down,” he said: a quotation run in
		// from the paragraph before starts at the paragraph's first word,
		// its opening mark left out.
		qi = int(d.toks[a].quote)
		if q := &d.quotes[qi]; !q.contPrev || q.open != a || d.toks[a].kind == tkQuote {
			qi = -1
		}
	}
	if qi < 0 || d.quotes[qi].close < 0 {
		return -1
	}
	end := d.quotes[qi].close + 1
	for end < b && d.toks[end].kind == tkPunct && !d.toks[end].is(fOpenMark) {
		end++
	}
	if end != b || d.quotes[qi].start >= d.quotes[qi].end {
		return -1
	}
	return qi
}

// interviewerAsks reports whether entity e, asking (cue cueText), is the
// host of a show or the moderator of a debate putting a question: an
// interviewer's questions are no quotes ("“What do you take from it?”
// Fox News host Colm Arden asked Ryan"), as the annotation rules have it.
// Anyone else's question is what they said: "“Why has this taken four
// months?” asked trust member Peggy Vance".
func (d *doc) interviewerAsks(e int, cueText string) bool {
	if e < 0 || len(cueText) < 3 || !strings.EqualFold(cueText[:3], "ask") {
		return false
	}
	for _, r := range d.ents[e].roles {
		words := strings.Fields(strings.ToLower(r))
		if len(words) == 0 {
			continue
		}
		switch words[len(words)-1] {
		case "host", "co-host", "cohost", "anchor", "co-anchor", "presenter", "interviewer", "moderator":
			return true
		}
	}
	return false
}
