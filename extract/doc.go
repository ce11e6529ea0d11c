package extract

import (
	"strings"
	"unicode"

	"soundbite/model"
)

// doc is one article under analysis: its text, tokens, quotations,
// sentences, name mentions and entities. It lives for one Extract call.
type doc struct {
	text         string
	ltext        string // text with ASCII letters lower-cased, for allocation-free folding
	toks         []token
	paraFirst    []int // first token of each paragraph, plus len(toks) at the end
	paraStart    []int // byte offset of each paragraph in text
	quotes       []quoteSpan
	sents        []sentence
	sentOf       []int32 // sentence index of each token
	chunks       []chunk
	firms        []int                      // first token of each chunk naming a company with its legal form, in text order (legalFormFirm)
	possWords    []int                      // each word token a possessive "'s" follows, in text order (possessiveNameAnywhere)
	workTitles   [][]string                 // folded words of each work's title found after its noun (workTitleEnd)
	possStats    map[string]*possessiveUses // each of those words' uses in the text, made on first need (possessiveUsesOf)
	craftNames   map[string]bool            // one-word names the text gives a spacecraft or instrument ("the Harrow probe"), made on first need (craftNamed)
	partyNames   []int32                    // capitalised words inside a sentence that a party's head word follows ("the Renewal party"), listed on first need (partyNamedElsewhere)
	partyLooked  bool                       // whether partyNames was made
	acronyms     []int32                    // words in capitals ("UNHCR"), listed on first need (longerAcronymNamed)
	acronymsMade bool                       // whether acronyms was made
	resolvingFar bool                       // a pronoun before is being resolved for another's sake (resolvePronounBut)
	ownSurvey    int                        // the first token of a survey the text brings in, or len(toks), found on first need (ownSurveyAt)
	surveyLooked bool                       // whether ownSurvey was found
	chunkAt      []int32                    // chunk index of each token inside a name, or -1
	entAt        []int32                    // entity a token refers to (a name's last word, a resolved pronoun), or -1
	ents         []entity
	cues         []cue
	lastEvent    event
	lastActor    mark
	lastTeam     mark               // the latest "X et al", whom a "they" soon after means
	lowerWords   []int32            // the lower-case words unknown to the lexicon, listed on first use
	wordArena    []string           // backing store of the folded words of names (foldWords)
	lowerSeen    map[string]bool    // the same words as a set, built when often asked
	lowerAsked   int                // how often appearsLower scanned the list instead
	wordIdx      map[string][]int32 // entities by the words of their name forms
	idxSpace     []int32            // backing store of wordIdx's lists of one entity (entityList)
	nameSpace    []string           // backing store of the entities' first keys and forms (appendName)
	compSpace    [][2]int           // backing store of the cues' first clauses (addComps)
	answerOf     map[int]int        // in an interview transcript, the speaker of each paragraph (-1: the interviewer)
	answers      []answer
	agency       string   // the news agency a dateline credits ("Coastline"), or ""
	embeds       []embed  // embedded posts, each its author's words
	docSays      []docSay // documents a speaker spoke in ("said in a report"), for "according to the report" later

	credited []creditedClause // sentences the next one credits ("That is the view of ...")

	// The cues d.cues[:compsChecked] have been seen, once their sentence
	// was resolved, to lie in text order and to report only clauses of
	// their own sentence; strayComps is set if one did not. Together they
	// let reportedByAnother ask only the cues of a token's sentence.
	compsChecked int
	strayComps   bool

	// Per paragraph, whether its text reads as a headline and whether it
	// is a headline under a related-stories heading, made on first need
	// (relatedBlockLine): 0 not yet asked, then memoNo or memoYes.
	headlineLike []int8
	relatedBlock []int8

	// How many of chunks noteMentions has noted in their entities.
	notedChunks int

	// Per entity, what characterNamed asks of the chunks naming it, made
	// on first need (mentionFacts).
	entMentions []mentionFacts

	// Weights that rank the candidate speakers of standalone quotations
	// (nil: the rules of carryByRules choose) and of direct quotations the
	// rules leave to nobody (nil: they stay nobody's); a log of every
	// direct quotation's candidates, for training (nil: none kept); and
	// the candidates' scratch space.
	ranker   *[numRankFeatures]float64
	fallback *[numRankFeatures]float64
	rankLog  *[]rankCase
	rankBuf  []rankCand
}

// sentence is a token range [first, last) within one paragraph. Quotations
// never straddle sentences, so a quotation and the words that attribute it
// share one.
type sentence struct {
	first, last int
	para        int
}

func newDoc(paragraphs []string) *doc {
	n := 0
	for _, p := range paragraphs {
		n += len(p) + len(model.ParagraphSep)
	}
	// News prose runs at about one token per five bytes; a little more
	// room saves growing the slice. The paragraphs' lists are made at
	// their size.
	d := &doc{
		toks:      make([]token, 0, n/4+8),
		paraFirst: make([]int, 0, len(paragraphs)+1),
		paraStart: make([]int, 0, len(paragraphs)),
	}
	d.text, d.ltext = joinParagraphs(paragraphs, n)
	at, lead := 0, true
	marks := 0 // double quotation marks
	labelled := capsLabelled(paragraphs)
	for i, p := range paragraphs {
		d.paraFirst = append(d.paraFirst, len(d.toks))
		d.paraStart = append(d.paraStart, at)
		var skip int
		skip, lead = leadSkip(i, p, lead, labelled)
		if imageParagraph(p) || bracketCreditCaption(p) {
			skip = len(p)
		}
		if skip > 0 && !lead && d.agency == "" {
			d.agency = datelineAgency(p[:skip]) // a dateline, not a byline
		}
		var m int
		d.toks, m = tokenize(d.toks, d.text, d.ltext, at+skip, at+len(p), int32(i))
		marks += m
		at += len(p) + len(model.ParagraphSep)
	}
	d.paraFirst = append(d.paraFirst, len(d.toks))
	// Nearly every quotation takes two marks: room made for them at once
	// saves growing the list from nothing, which allocated twice as much.
	d.quotes = make([]quoteSpan, 0, marks/2+2)
	d.lowerCapsLeadIns()
	d.retag()
	d.pairQuotes()
	d.splitSentences()
	// Read from a local copy of the list: through d, which append may
	// write, each token's read reloaded the list first.
	toks := d.toks
	for k := 1; k < len(toks); k++ {
		if toks[k].kind == tkPoss && toks[k-1].kind == tkWord {
			d.possWords = append(d.possWords, k-1)
		}
	}
	return d
}

// imageParagraph reports whether paragraph p is nothing but Markdown
// images, each perhaps wrapped in a link ("![alt](src)",
// "[![alt](src)](href)"), as web pages hold between the paragraphs of the
// story: a picture says nothing, and the people its alt text names are no
// mentions that end a speaker's turn.
func imageParagraph(p string) bool {
	s := strings.TrimSpace(p)
	if !strings.HasPrefix(s, "![") && !strings.HasPrefix(s, "[![") {
		return false
	}
	for s != "" {
		linked := strings.HasPrefix(s, "[![")
		if linked {
			s = s[1:]
		}
		rest, ok := strings.CutPrefix(s, "![")
		if !ok {
			return false
		}
		if s, ok = skipLinkTail(rest); !ok {
			return false
		}
		if linked {
			if s, ok = skipLinkTail(s); !ok {
				return false
			}
		}
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
	}
	return true
}

// bracketCreditCaption reports whether paragraph p is a photo's caption that
// ends with its credit in brackets, "Allan Bryant Jnr with his father
// (Image: SWNS)", as some outlets set under a picture: like the picture,
// it says nothing, and whom it names ends no speaker's run of quotation.
// A caption is a phrase, with no full stop; one that quotes someone is
// left alone.
func bracketCreditCaption(p string) bool {
	s := strings.TrimSpace(p)
	if len(s) > 300 || !strings.HasSuffix(s, ")") || strings.ContainsAny(s, "\"“”") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 || strings.ContainsAny(s[:open], ".!?") {
		// "Marta Kell, the mayor, visited the site. (Photo: ...)": a
		// sentence of the story with a credit after it.
		return false
	}
	word, _, ok := strings.Cut(s[open+1:], ":")
	return ok && creditWord(strings.ToLower(strings.TrimSpace(word)))
}

// skipLinkTail returns what follows the "](address)" that closes the
// Markdown link or image whose text s starts with; ok is false when s
// holds no such end.
func skipLinkTail(s string) (rest string, ok bool) {
	cl := strings.Index(s, "](")
	if cl < 0 || cl > 1000 {
		return "", false
	}
	end := strings.IndexByte(s[cl+2:], ')')
	if end < 0 {
		return "", false
	}
	return s[cl+2+end+1:], true
}

// joinParagraphs returns the paragraphs joined by model.ParagraphSep, and
// the same text with its ASCII letters lower-cased (every other byte left
// alone, so that offsets into one are offsets into the other). n is at
// least the joined length. Each is written once, with no copy: the
// lower-cased text is appended in runs between capitals. They are two
// allocations, not one, so that a result's quotations, which are slices of
// the text, keep only the text alive.
func joinParagraphs(paragraphs []string, n int) (text, lower string) {
	var t strings.Builder
	t.Grow(n)
	for i, p := range paragraphs {
		if i > 0 {
			t.WriteString(model.ParagraphSep)
		}
		t.WriteString(p)
	}
	text = t.String()
	m := len(text)
	var b strings.Builder
	b.Grow(m)
	run := 0
	i := 0
	// Eight bytes at a time: on each byte's low seven bits, adding 0x3f
	// sets the high bit from 'A' up and adding 0x25 from past 'Z' (no
	// carry crosses bytes), and a byte with its own high bit set is no
	// capital; only a word of eight bytes holding one is lowered byte by
	// byte (news text has few).
	const ones = 0x0101010101010101
	for ; i+8 <= m; i += 8 {
		w := text[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		y := x & (0x7f * ones)
		if (y+(0x80-'A')*ones)&^(y+(0x80-'Z'-1)*ones)&^x&(0x80*ones) == 0 {
			continue
		}
		for k := i; k < i+8; k++ {
			if c := text[k]; 'A' <= c && c <= 'Z' {
				b.WriteString(text[run:k])
				b.WriteByte(c + 'a' - 'A')
				run = k + 1
			}
		}
	}
	for ; i < m; i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(text[run:i])
			b.WriteByte(c + 'a' - 'A')
			run = i + 1
		}
	}
	b.WriteString(text[run:])
	return text, b.String()
}

// paraEnd returns the token just past paragraph p.
func (d *doc) paraEnd(p int) int { return d.paraFirst[p+1] }

// paraString is paragraph p's text as stored, without the separator that
// follows it.
func (d *doc) paraString(p int) string {
	return d.text[d.paraStart[p]:d.paraStop(p)]
}

// paraLower is paragraph p's text as paraString gives it, with ASCII
// letters lower-cased (doc.ltext).
func (d *doc) paraLower(p int) string {
	return d.ltext[d.paraStart[p]:d.paraStop(p)]
}

// paraStop is the byte offset just past paragraph p's text, before the
// separator that follows it.
func (d *doc) paraStop(p int) int {
	if p+1 < len(d.paraStart) {
		return d.paraStart[p+1] - len(model.ParagraphSep)
	}
	return len(d.text)
}

// splitSentences finds sentence ends outside quotations: a full stop,
// question or exclamation mark followed by what can start a sentence, and a
// quotation that ends with a full stop inside its marks.
func (d *doc) splitSentences() {
	d.sentOf = make([]int32, len(d.toks))
	d.sents = make([]sentence, 0, len(d.toks)/16+4)
	for p := 0; p+1 < len(d.paraFirst); p++ {
		first, end := d.paraFirst[p], d.paraFirst[p+1]
		// A list item opens only after a line break, which most
		// paragraphs lack: only theirs need listItemBetween, asked
		// between every two tokens.
		lines := strings.IndexByte(d.paraString(p), '\n') >= 0
		start := first
		// The tokens and text from local copies: through d, which
		// addSentence writes, each read reloaded them.
		toks, text := d.toks, d.text
		for i := start; i+1 < end; i++ {
			if !lines && !mayEndSentence(&toks[i], text) {
				continue // a word or a number: asked here, spared the call
			}
			if d.endsSentence(i, lines) {
				d.addSentence(start, i+1, p)
				start = i + 1
			}
		}
		if start < end {
			d.addSentence(start, end, p)
		}
	}
}

func (d *doc) addSentence(first, last, para int) {
	d.toks[first].flags |= fSentStart
	// A local slice and number: stored through d, each token's store
	// reloaded the list and its length.
	of, n := d.sentOf[first:last], int32(len(d.sents))
	for i := range of {
		of[i] = n
	}
	d.sents = append(d.sents, sentence{first: first, last: last, para: para})
}

// mayEndSentence reports whether token t of text is of a kind
// endsSentence may end a sentence after, where no list item opens: a
// mark, or a word with an abbreviation's full stop. Most tokens are
// words without one.
func mayEndSentence(t *token, text string) bool {
	return t.kind == tkPunct || t.kind == tkQuote || t.kind == tkWord && text[t.end-1] == '.'
}

// endsSentence reports whether a sentence ends after token i, which is not
// the last of its paragraph; lines tells whether that paragraph breaks a
// line anywhere. (Without a break before the next token's end there is no
// list item: one at or after it leaves listItemBetween under two bytes.)
func (d *doc) endsSentence(i int, lines bool) bool {
	t, next := &d.toks[i], &d.toks[i+1]
	if lines && listItemBetween(d.text[t.end:min(len(d.text), int(next.end)+2)]) {
		return true // "... over the past year.\n- **Read this fact:** There are ...": the next item of a list
	}
	// Whether the next token can start a sentence, asked only by the marks
	// that may end one: most tokens are words, which never need it.
	startsNew := func() bool {
		return next.capWord() || next.kind == tkQuote || next.kind == tkNum ||
			d.punct(i+1, "(") || d.punct(i+1, "[")
	}
	switch {
	case t.inQuote():
		return false
	case t.kind == tkPunct:
		s := d.str(i)
		if s == "," {
			return d.commaSplice(i)
		}
		if s != "." && s != "!" && s != "?" && s != "…" {
			return false
		}
		if next.kind == tkQuote && next.is(fCloseMark) {
			return false
		}
		if s == "." && next.kind == tkNum && next.start == t.end && t.is(fSpaceBefore) {
			return false // "perhaps .02 percent": a decimal written without its nought
		}
		return startsNew() || s == "." && d.signOffAt(i+1)
	case t.kind == tkWord && d.text[t.end-1] == '.':
		// An abbreviation's full stop ends a sentence only before a word
		// that cannot follow it inside one ("in the U.S. The president").
		return !t.has(lxTitle|lxHonorific) && next.capWord() && next.has(lxFunc) && !next.has(lxTitle)
	case t.kind == tkQuote && t.is(fCloseMark):
		q := &d.quotes[d.markQuote(i)]
		last := d.text[q.start:q.end]
		if last == "" || !startsNew() || d.punct(i-1, ",") {
			return false // “... in the U.S.,” she said: the comma hands over to the cue
		}
		if strings.HasSuffix(last, ".]") {
			return true // "a commoner[.]": an editor's full stop
		}
		switch last[len(last)-1] {
		case '.':
			return true
		case '?', '!':
			return !d.cueSoon(i + 1)
		}
	}
	return false
}

// signOffAt reports whether token k is a dash that opens a wire
// service's sign-off closing its paragraph ("..., he added. — Bernama",
// "— Tarrow Wire"): a few capitalised words and nothing after. The story's
// last sentence ends before it, so a cue closing that sentence ("he
// added") still closes it and the agency, which relays the words, is no
// part of them.
func (d *doc) signOffAt(k int) bool {
	if !d.isDash(k) {
		return false
	}
	para, n := d.toks[k].para, 0
	for j := k + 1; j < len(d.toks) && d.toks[j].para == para; j++ {
		if !d.toks[j].capWord() || n == 4 {
			return false
		}
		n++
	}
	return n > 0
}

// listItemBetween reports whether the text between two tokens of a
// paragraph breaks the line and opens a Markdown list item there: "\n- ",
// "\n* ", "\n3. ". A page's list keeps its items in one paragraph, and an
// item never goes on with the sentence of the one before. A block
// quotation's empty line or credit line ("\n>\n", "\n> — Ilse Varga
// (@ivarga)") ends its sentence too: an embedded post's words stop there.
func listItemBetween(gap string) bool {
	n := strings.IndexByte(gap, '\n')
	if n < 0 {
		return false
	}
	rest := strings.TrimLeft(gap[n+1:], " \t")
	if quoted, ok := strings.CutPrefix(rest, ">"); ok && strings.TrimSpace(gap[:n]) == "" {
		quoted = strings.TrimLeft(quoted, " \t")
		if quoted == "" || quoted[0] == '\n' || strings.HasPrefix(quoted, "—") || strings.HasPrefix(quoted, "–") {
			return true
		}
	}
	if len(rest) >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ' {
		return true
	}
	digits := 0
	for digits < len(rest) && rest[digits] >= '0' && rest[digits] <= '9' {
		digits++
	}
	return digits > 0 && digits+1 < len(rest) && rest[digits] == '.' && rest[digits+1] == ' '
}

// cueSoon reports whether a speech verb follows within a few words, as in
// “Why?” asked the minister.
func (d *doc) cueSoon(i int) bool {
	end := d.paraEnd(int(d.toks[i].para))
	for k := i; k < end && k < i+6; k++ {
		t := &d.toks[k]
		if t.cv != 0 {
			// "“Where now?” That was the question from ...": a speech
			// verb's word after a determiner is its noun, and no cue.
			return k == i || d.toks[k-1].kind != tkWord || !d.toks[k-1].has(lxDet)
		}
		if t.kind == tkQuote || (t.kind == tkPunct && d.str(k) != ",") {
			return false
		}
	}
	return false
}

// modifierVerb reports whether w is a speech verb in the base form whose
// word is more often a noun or a modifier: "state media", "a note",
// "point guard", "a sharp retort to". A switch, not a map: retag asks it
// of every speech verb.
func modifierVerb(w string) bool {
	switch w {
	case "note", "state", "observe", "conclude", "reveal", "point", "demonstrate", "retort":
		return true
	}
	return false
}

// retag corrects, in one pass over the tokens, what the lexicon tagged
// without context: a speech verb that is a noun here, a "PM" telling the
// time, a title in capitals that names no one.
func (d *doc) retag() {
	for i := range d.toks {
		// Only a speech verb can be demoted and only a title can tell the
		// time or be one in capitals: the test here spares most tokens
		// three calls.
		if t := &d.toks[i]; t.cv != 0 || t.lx&lxTitle != 0 {
			d.demoteModifierVerb(i)
			d.clockTitle(i)
			d.capsTitle(i)
			if t.end-t.start == 3 {
				d.surnameTun(i)
			}
		}
		// "Rhun ap Iorwerth": a lower-case particle inside a name is no
		// agency, though the Associated Press's initials ("AP") are
		// spelt the same.
		if t := &d.toks[i]; t.lx&lxParticle != 0 && t.lx&lxOutlet != 0 && t.lowerWord() {
			t.lx &^= lxOutlet
		}
		// Only "may" is both a modal and a month.
		if t := &d.toks[i]; t.lx&(lxAux|lxTime) == lxAux|lxTime && d.monthMay(i) {
			t.lx &^= lxAux | lxVerb
		}
		// At a sentence's opening, where its capital makes it look like a
		// name: "Prior to the hearing, Judge Kerr said", a preposition of
		// two words.
		if t := &d.toks[i]; t.is(fSentStart) && t.lx&lxPrep == 0 && complexPrepTo(d.lower(i)) && i+1 < len(d.toks) && d.isWord(i+1, "to") {
			t.lx |= lxPrep
		}
	}
}

// monthMay reports whether "May" at token i, in capitals, is the month:
// after a preposition or a number, or before a number ("in May", "3 May",
// "May 3"), never "May" opening a question.
func (d *doc) monthMay(i int) bool {
	if !d.isWord(i, "may") || d.toks[i].is(fSentStart) {
		return false
	}
	if p := i - 1; p >= 0 && d.toks[p].para == d.toks[i].para && (d.toks[p].kind == tkNum || d.toks[p].lowerWord() && d.toks[p].has(lxPrep)) {
		return true
	}
	n := i + 1
	return n < len(d.toks) && d.toks[n].para == d.toks[i].para && d.toks[n].kind == tkNum
}

// surnameTun takes the title from "Tun" at token i when it ends a name
// rather than opening one: Malaysia's honorific ("Tun Mahathir") is a
// common last syllable of Burmese names ("Zaw Min Tun said", "Kyaw Tun
// told"), which no title ends.
func (d *doc) surnameTun(i int) {
	t := &d.toks[i]
	if !d.isWord(i, "tun") || !t.capWord() || i == 0 || !d.toks[i-1].capWord() || d.toks[i-1].para != t.para || d.toks[i-1].has(lxFunc|lxDet) {
		return
	}
	if n := i + 1; n < len(d.toks) && d.toks[n].para == t.para && d.toks[n].capWord() {
		return // "Prime Minister Tun Abdul Razak": the title before the name
	}
	t.lx &^= lxTitle | lxHonorific
}

// capsTitles are offices written as capitals before a name, in diplomats'
// posts and in the reporting of South Asia: "FM Lavrov" (foreign
// minister), "CM Tarun Vessel" (chief minister), "DCP Rohan Mehtar".
var capsTitles = map[string]bool{
	"fm": true, "cm": true, "mla": true, "mlc": true, "dcp": true, "acp": true, "igp": true, "dgp": true, "ssp": true,
	// The police ranks of the reporting of Nigeria and Bangladesh:
	// "CP Ade Bello" (commissioner of police), "AIG Musa Idris", "ASP
	// Rita Obi", "OC Rafiq Alam" (officer in charge of a station).
	"cp": true, "aig": true, "asp": true, "oc": true,
}

// capsTitle takes the title from one of the capsTitles at token i unless
// it is in capitals, after no number, and a capitalised word follows it
// that is a name's rather than a common word's, or "the" goes before it
// and a speech verb or a mark after it ("the CM said"): in any other form
// it is a unit ("5 cm"), a radio station's band ("Tarvik FM said") or a
// company's initials ("FM Global"), and a name never ends with it.
func (d *doc) capsTitle(i int) {
	t := &d.toks[i]
	if t.kind != tkWord || !t.has(lxTitle) || t.end-t.start > 3 || !capsTitles[d.lower(i)] {
		return
	}
	next := i + 1
	if !t.is(fAllCaps) || i > 0 && d.toks[i-1].kind == tkNum || next >= len(d.toks) || d.toks[next].para != t.para {
		t.lx &^= lxTitle
		return
	}
	n := &d.toks[next]
	if n.capWord() && n.has(lxCommon) && !n.has(lxFirstName) {
		t.lx &^= lxTitle // "FM Global said": a company's name, not the foreign minister's
		return
	}
	// Sentences are not split yet: a stop before the title opens one.
	opens := t.is(fSentStart) || i > 0 && d.toks[i-1].para == t.para && (d.punct(i-1, ".") || d.punct(i-1, "?") || d.punct(i-1, "!"))
	if !n.capWord() && !(d.isWord(i-1, "the") && (n.kind != tkWord || n.cv != 0)) && !(opens && n.kind == tkWord && (n.cv != 0 || n.has(lxAux))) {
		// "CM said there would be no discrimination": the chief
		// minister, named so without "the" in South Asian copy, opening
		// the sentence before a speech verb or an auxiliary ("CM was
		// addressing villagers"), is the title too.
		t.lx &^= lxTitle
	}
}

// demoteModifierVerb takes the speech verb from token i when it is such
// a base form and what follows it cannot open a reported clause
// ("researchers note that", "the Marlovians state they", "estimates state
// about 300", "they point out" keep it), so that "state media" and "state
// police" stay noun phrases.
func (d *doc) demoteModifierVerb(i int) {
	t := &d.toks[i]
	if t.cv == 0 || !t.lowerWord() || !modifierVerb(d.lower(i)) {
		return
	}
	keep := false
	if n := i + 1; n < len(d.toks) && d.toks[n].para == t.para {
		nt := &d.toks[n]
		w := d.lower(n)
		keep = nt.kind == tkNum || nt.kind == tkQuote ||
			nt.kind == tkWord && (w == "that" || w == "out" || nominative(w) || nt.has(lxDet) || w == "about" || w == "nearly" || w == "almost" || w == "around")
	}
	if !keep && i+1 < len(d.toks) && d.toks[i+1].para == t.para && d.toks[i+1].lowerWord() && d.toks[i+1].has(lxAux) && !d.isWord(i+1, "to") &&
		d.relativeGroupBefore(i) {
		// "..., which the researchers note is several times the supply":
		// the relative pronoun is the clause's subject, its verb next.
		keep = true
	}
	if !keep && d.pluralBeforeBareClause(i) {
		// "The researchers note temperatures rose", "Scientists conclude
		// adults who slept less were ...": a plural speaker, then a
		// clause with no "that" whose subject is a bare noun.
		keep = true
	}
	if !keep && d.trailingPluralCue(i) {
		// "..., the authors conclude.", "..., the researchers note in the
		// paper": a plural speaker's verb after the clause it reports.
		keep = true
	}
	if !keep {
		t.cv = 0
		t.lx &^= lxVerb // only the speech verb made it one
	}
}

// pluralBeforeBareClause reports whether the base-form verb at i follows
// a plural speaker right before it ("researchers", "the authors") and
// opens a clause whose subject is a bare lower-case noun: a verb of its
// own (an auxiliary, a past in -ed or a known verb) follows within a few
// words, before any mark. "state media reported" has no plural before it.
func (d *doc) pluralBeforeBareClause(i int) bool {
	t := &d.toks[i]
	h, n := i-1, i+1
	if h < 0 || n >= len(d.toks) || d.toks[h].para != t.para || d.toks[n].para != t.para {
		return false
	}
	if !d.pluralSpeakerEndsAt(h, 0) {
		return false
	}
	if nt := &d.toks[n]; nt.kind != tkWord || !nt.lowerWord() || nt.has(lxPrep|lxAux|lxVerb) || nt.cv != 0 {
		return false
	}
	for j := n + 1; j < len(d.toks) && j <= n+10 && d.toks[j].para == t.para; j++ {
		v := &d.toks[j]
		if v.kind != tkWord {
			return false
		}
		if !v.lowerWord() || d.endsWith(j, "ing") {
			continue
		}
		if v.has(lxAux) && !d.isWord(j, "to") || d.endsWith(j, "ed") && !d.toks[j-1].has(lxDet) || v.has(lxVerb) && !d.endsWith(j, "s") && !v.has(lxPrep) {
			return true
		}
	}
	return false
}

// pluralSpeakerEndsAt reports whether the words ending at token h are a
// plural speaker: "researchers", "Scientists at the Halvard Institute",
// or either with a clause set off by commas after it ("The authors, who
// studied 40 glaciers,"). depth bounds the set-off clauses stepped over.
func (d *doc) pluralSpeakerEndsAt(h, depth int) bool {
	if h < 0 {
		return false
	}
	para := d.toks[h].para
	if d.pluralSubject(h) && (d.toks[h].lowerWord() || d.toks[h].is(fSentStart)) && d.endsWith(h, "s") {
		return true
	}
	if d.punct(h, ",") && depth == 0 {
		for o := h - 1; o > 0 && o >= h-16 && d.toks[o].para == para; o-- {
			if d.toks[o].inQuote() || d.toks[o].kind == tkQuote || d.punct(o, ";") || d.punct(o, ":") || d.punct(o, ".") {
				return false
			}
			if d.punct(o, ",") {
				return setOffOpener(d.lower(o+1)) && d.toks[o+1].lowerWord() && d.pluralSpeakerEndsAt(o-1, depth+1)
			}
		}
		return false
	}
	// "Scientists at the Halvard Institute": a body's name, then "the",
	// then "at", "from" or "with" after the plural.
	j := h
	for j > 0 && j > h-8 && d.toks[j].para == para && (d.toks[j].capWord() || j < h && (d.isWord(j, "of") || d.isWord(j, "for") || d.isWord(j, "and"))) {
		j--
	}
	if j == h {
		return false
	}
	if d.isWord(j, "the") && d.toks[j].lowerWord() {
		j--
	}
	return j > 0 && d.toks[j].lowerWord() && (d.isWord(j, "at") || d.isWord(j, "from") || d.isWord(j, "with")) &&
		d.pluralSpeakerEndsAt(j-1, 1) && !d.punct(j-1, ",")
}

// trailingPluralCue reports whether the base-form verb at i follows a
// plural speaker ("the authors", "the researchers", "scientists at the
// institute", or a document's, "the rules"), which follows the comma that ends a clause, and ends the
// sentence or opens a phrase of where it was said: "..., the authors
// conclude.", "..., the researchers note in the paper".
func (d *doc) trailingPluralCue(i int) bool {
	t := &d.toks[i]
	h := i - 1
	// A plural document speaks so too: "..., the rules state."
	if h < 1 || d.toks[h].para != t.para || !d.toks[h].lowerWord() || !d.endsWith(h, "s") || !d.toks[h].has(lxGroup|lxRole|lxDoc) {
		return false
	}
	j := h - 1
	for j > 0 && j >= h-3 && d.toks[j].lowerWord() && !d.punct(j, ",") {
		if d.toks[j].has(lxDet) {
			j--
			break
		}
		j--
	}
	if !d.punct(j, ",") {
		return false
	}
	n := i + 1
	if n >= len(d.toks) || d.toks[n].para != t.para {
		return true
	}
	return d.punct(n, ".") || d.punct(n, ",") || d.isWord(n, "in") && d.toks[n].lowerWord()
}

// clockTitle takes the title from a "PM" at token i that tells the time:
// in lower case ("7:38 pm IST") or after a number ("at 5 PM"). In
// capitals, after no number, it is the prime minister ("The PM said").
func (d *doc) clockTitle(i int) {
	t := &d.toks[i]
	if t.kind == tkWord && t.has(lxTitle) && d.isWord(i, "pm") && (!t.is(fAllCaps) || i > 0 && d.toks[i-1].kind == tkNum) {
		t.lx &^= lxTitle
	}
}

// relativeGroupBefore reports whether the base-form verb at i follows a
// plural speaker that follows "which" after a comma: "..., which the
// researchers note", "..., which they note" (relativeSubjectBefore
// asks the same of a name or a pronoun, once sentences are known).
func (d *doc) relativeGroupBefore(i int) bool {
	h := i - 1
	if h < 2 || !d.toks[h].lowerWord() || !(d.endsWith(h, "s") && d.toks[h].has(lxGroup|lxRole) || d.isWord(h, "they") || d.isWord(h, "we")) {
		return false
	}
	w := h - 1
	if d.isWord(w, "the") && d.toks[w].lowerWord() {
		w--
	}
	return w >= 1 && d.isWord(w, "which") && d.toks[w].lowerWord() && d.punct(w-1, ",") && d.toks[w].para == d.toks[i].para
}

// lowerCapsLeadIns reads a paragraph's lead-in set in capitals ("WHEN
// STATE BIOLOGISTS reported last spring that ...", a magazine's style) as
// the ordinary words it is, not as acronyms or a name: a run of two
// capitalised words or more opening the paragraph, holding a function word
// ("when", "after", "the"), then a word in lower case or a comma. Only the
// first word keeps its capital, as a sentence's would. A dateline
// ("MARLOW, Ostavia —") or acronyms ("US FDA") hold no function word, and
// a body's acronym after one ("THE WHO said") is one word besides it: two
// are asked for.
func (d *doc) lowerCapsLeadIns() {
	for p := 0; p+1 < len(d.paraFirst); p++ {
		a, b := d.paraFirst[p], d.paraFirst[p+1]
		j, fn, other := a, false, 0
		for j < b && d.toks[j].kind == tkWord && d.toks[j].is(fAllCaps) {
			if capsLeadInWord(d.lower(j)) {
				fn = true
			} else {
				other++
			}
			j++
		}
		if other < 2 || !fn || j >= b || !(d.toks[j].lowerWord() || d.punct(j, ",")) {
			if k := a + 1; k+1 < b && j == a && d.capsLeadWord(a, k) {
				d.relex(k, false) // "A FLAWED study claiming ...": a newspaper's emphasis
			} else if j == a+1 && a+1 < b && d.capsOpeningWord(a) {
				d.relex(a, true) // "HUNDREDS of vendors marched ...": the same emphasis on the first word
			}
			continue
		}
		for k := a; k < j; k++ {
			d.relex(k, k == a)
		}
	}
}

// capsLeadWord reports whether the paragraph opening at a sets its second
// word k in capitals for emphasis, as some newspapers do ("A FLAWED study
// claiming ...", "THE drought"): an article, then a common English word of
// five letters or more that no acronym, name or place is, then a word in
// lower case.
func (d *doc) capsLeadWord(a, k int) bool {
	if !(d.isWord(a, "a") || d.isWord(a, "an") || d.isWord(a, "the")) || !d.toks[a].capWord() || d.toks[a].is(fAllCaps) && !d.isWord(a, "a") {
		return false
	}
	t := &d.toks[k]
	if t.kind != tkWord || !t.is(fAllCaps) || t.end-t.start < 5 || !d.toks[k+1].lowerWord() || d.toks[k+1].para != t.para {
		return false
	}
	w := d.lower(k)
	f := lex.lookup(w)
	if f&notEmphasis != 0 {
		return false
	}
	// The lexicon holds few adjectives; their endings tell them from
	// initials ("A DEADLY virus", "A GROWING number"; not "A UNICEF
	// report").
	return f&lxCommon != 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") ||
		strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ful")
}

// capsOpeningWord reports whether token a, alone in capitals at the
// start of its paragraph before a word in lower case, is a common word
// set in capitals for emphasis ("HUNDREDS of vendors", "RESIDENTS of
// Kessby"), not an acronym ("NASA said") or a dateline's place.
func (d *doc) capsOpeningWord(a int) bool {
	t := &d.toks[a]
	if t.kind != tkWord || !t.is(fAllCaps) || t.end-t.start < 5 || !d.toks[a+1].lowerWord() || d.toks[a+1].para != t.para {
		return false
	}
	f := lex.lookup(d.lower(a))
	return f&lxCommon != 0 && f&notEmphasis == 0
}

// notEmphasis are the kinds of word that a run of capitals keeps as
// written: function words, names' and bodies' words, titles, roles and
// abbreviations, which capitals may spell as they are ("THE WHO", "US
// FDA", "NASA"), not as emphasis.
const notEmphasis = lxFunc | lxPronoun | lxRelative | lxPlace | lxNation | lxOrgCue | lxCompany | lxOutlet | lxOutletCue |
	lxStrongOutlet | lxTitle | lxRole | lxFirstName | lxAbbrev

// relex reads token k again as an ordinary word in lower case (keeping
// its capital when it opens the paragraph), with its lexicon entry.
func (d *doc) relex(k int, first bool) {
	t := &d.toks[k]
	t.flags &^= fAllCaps
	if !first {
		t.flags &^= fCap
	}
	w := d.lower(k)
	t.lx, t.cv = 0, 0
	if sl := lex.probeString(hashKey(w), w); sl != nil {
		t.takeLexicon(sl, len(w))
	}
}

// capsLeadInWord reports whether w, a word of a lead-in in capitals, is a
// function word no acronym or name is: "WHEN", "AFTER", "THE".
func capsLeadInWord(w string) bool {
	switch w {
	case "when", "after", "before", "as", "the", "for", "in", "on", "at", "last", "this", "since", "while", "if", "once", "during", "of", "with", "by":
		return true
	}
	return false
}

// commaSplice reports whether the comma at i ends a sentence a writer
// joined to the next with it: a capitalised subject pronoun, not in
// capitals, then a word in lower case ("Maren Holst led the work, He
// said: “...”"). Mid-sentence a pronoun is never capitalised, so the
// capital says a sentence starts.
func (d *doc) commaSplice(i int) bool {
	n := i + 1
	if n+1 >= len(d.toks) || !d.toks[n].capWord() || d.toks[n].is(fAllCaps) || d.toks[n].para != d.toks[i].para || !d.toks[n+1].lowerWord() {
		return false
	}
	switch d.str(n) {
	case "He", "She", "They", "We":
		return true
	}
	return false
}

// complexPrepTo reports whether w and the "to" after it make one
// preposition: "prior to", "owing to", "pursuant to" ("due to" and
// "thanks to" are left out: "is due to arrive", "thanks to all").
func complexPrepTo(w string) bool {
	switch w {
	case "prior", "owing", "pursuant":
		return true
	}
	return false
}
