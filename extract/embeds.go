package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feeds carry embedded posts as a block quote whose last line credits
// the author: "> The bridge will reopen in May.\n> \n> — Ilse Varga
// (@ilsevarga) March 3, 2024". The post is that person's words, with no
// cue and no quotation marks to find it by.

// embed is an embedded post: its words (byte offsets) and its author.
type embed struct {
	start, end int
	ent        int
}

// postCredit matches a block quote's credit line: a dash, the author's
// name and their handle in brackets.
var postCredit = regexp.MustCompile(`^>\s*[—–-]+\s*([^(@\n]+?)\s*\(@[A-Za-z0-9_\\]+\)`)

// trailingLink matches a picture or web link at the end of a post, which
// is no part of what was said.
var trailingLink = regexp.MustCompile(`\s*(\[(pic\.twitter\.com|https?://)[^\]]*\]\([^)]*\)|pic\.twitter\.com/\S+|https?://\S+)\s*$`)

// findEmbeds finds the embedded posts, gives each to its author, and
// keeps the cues and quotations inside them from being read as the
// article's own.
func (d *doc) findEmbeds() {
	for p := range len(d.paraStart) {
		ps := d.paraStart[p]
		text := d.paraString(p)
		if !strings.HasPrefix(text, ">") {
			continue
		}
		lines := strings.Split(text, "\n")
		credit := len(lines) - 1
		for credit > 0 && strings.TrimSpace(strings.TrimPrefix(lines[credit], ">")) == "" {
			credit--
		}
		m := postCredit.FindStringSubmatchIndex(lines[credit])
		if credit == 0 || m == nil {
			continue
		}
		off := ps // byte offset of the current line
		start, end := -1, -1
		for _, ln := range lines[:credit] {
			body := strings.TrimLeft(strings.TrimPrefix(ln, ">"), " ")
			if strings.TrimSpace(body) != "" {
				if start < 0 {
					start = off + len(ln) - len(body)
				}
				end = off + len(strings.TrimRight(ln, " "))
			}
			off += len(ln) + 1
		}
		if start < 0 {
			continue
		}
		lineStart := off // the credit line's
		if loc := trailingLink.FindStringIndex(d.text[start:end]); loc != nil {
			end = start + loc[0]
		}
		if start >= end {
			continue
		}
		if d.relaysSpeech(d.paraFirst[p], d.paraEnd(p)) {
			// "AT&T CEO Randall Stephenson says he has “never offered to
			// sell CNN”": the post reports someone else's words, which the
			// usual rules give to them.
			continue
		}
		nameStart, nameEnd := lineStart+m[2], lineStart+m[3]
		e := d.postAuthor(nameStart, nameEnd)
		if a, v := d.namedOpening(start, end); v >= 0 {
			// "FM Lavrov: all established facts point ...": an account
			// quoting someone it names.
			start, e = a, v
		}
		d.embeds = append(d.embeds, embed{start: start, end: end, ent: e})
		d.silence(d.paraFirst[p], d.paraEnd(p))
	}
}

// relaysSpeech reports whether tokens [a, b) hold a speech cue with a named
// speaker.
func (d *doc) relaysSpeech(a, b int) bool {
	for ci := range d.cues {
		if c := &d.cues[ci]; c.verb >= a && c.verb < b && !c.skip && c.found && c.ent >= 0 && !c.thing {
			return true
		}
	}
	return false
}

// silence keeps the cues and quotations of tokens [a, b), an embedded
// post, from giving quotes of their own.
func (d *doc) silence(a, b int) {
	for ci := range d.cues {
		if c := &d.cues[ci]; c.verb >= a && c.verb < b {
			c.skip = true
		}
	}
	for qi := range d.quotes {
		if q := &d.quotes[qi]; q.first >= a && q.first < b {
			q.absorbed = true
		}
	}
}

// postAuthor returns the entity the credit's name [a, b) (byte offsets)
// names: the entity of a name the text found there, else one named with
// the same surname, else a new person.
func (d *doc) postAuthor(a, b int) int {
	for k := range d.toks {
		t := &d.toks[k]
		if int(t.start) >= a && int(t.end) <= b && d.entAt[k] >= 0 && d.chunkAt[k] >= 0 {
			return int(d.entAt[k])
		}
	}
	name := strings.TrimSpace(d.text[a:b])
	fields := strings.Fields(name)
	if len(fields) == 0 {
		return -1
	}
	last := strings.ToLower(fields[len(fields)-1])
	for e := range d.ents {
		en := &d.ents[e]
		if len(fields) > 1 && len(en.words) > 1 && en.words[len(en.words)-1] == last && en.personish() {
			return e // "Ravinder S. Bhalla" is the Ravi Bhalla of the story
		}
	}
	words := make([]string, len(fields))
	for i, f := range fields {
		words[i] = strings.ToLower(f)
		if r, size := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			fields[i] = string(unicode.ToUpper(r)) + f[size:] // a name is a name however its owner types it
		}
	}
	name = strings.Join(fields, " ")
	d.ents = append(d.ents, entity{spoke: -1, kind: kPerson, personEv: 2})
	e := len(d.ents) - 1
	d.ents[e].setWords(words, name)
	d.addKey(e, strings.Join(words, " "))
	d.addForm(&d.ents[e], name)
	return e
}

// namedOpening reports a post in bytes [a, b) that opens with a name and
// a colon: the offset of the words after the colon and the entity named,
// or a and -1.
func (d *doc) namedOpening(a, b int) (int, int) {
	colon := strings.IndexByte(d.text[a:b], ':')
	if colon < 0 || colon > 40 {
		return a, -1
	}
	for k := range d.toks {
		t := &d.toks[k]
		if int(t.start) < a || int(t.end) > a+colon {
			continue
		}
		if !t.capWord() || t.is(fAllCaps) && len(d.span(k, k+1)) > 2 && !t.has(lxTitle) {
			// "CNN vs. Fox: A tale of two chyrons", "NEW: ...": no
			// one's name before the colon.
			return a, -1
		}
		if d.entAt[k] >= 0 && d.chunkAt[k] >= 0 && int(t.end) == a+colon && !d.ents[d.entAt[k]].outlet {
			rest := a + colon + 1
			for rest < b && d.text[rest] == ' ' {
				rest++
			}
			return rest, int(d.entAt[k])
		}
	}
	return a, -1
}

// attachBlockQuotes gives a block quotation without quotation marks ("> Much
// that happens in campaigns is ...") to the cue that ends the paragraph
// before it with a colon and reports nothing else ("As Klein writes:"):
// the block is what the speaker wrote or said, as a quotation in marks
// after such a cue is.
func (d *doc) attachBlockQuotes() {
	for ci := range d.cues {
		c := &d.cues[ci]
		if !c.found || c.skip || c.quote >= 0 || len(c.comps) > 0 || c.inverted || c.class == cueAsk {
			continue
		}
		s := d.sents[d.sentOf[c.verb]]
		last := s.last - 1
		if s.last != d.paraEnd(s.para) || !d.punct(last, ":") || s.para+2 >= len(d.paraFirst) {
			continue
		}
		quiet := true
		for j := c.after; j < last; j++ {
			if d.toks[j].inQuote() || d.toks[j].kind == tkQuote || d.toks[j].cv != 0 || d.isWord(j, "that") {
				quiet = false
				break
			}
		}
		p := s.para + 1
		first, end := d.paraFirst[p], d.paraEnd(p)
		if !quiet || first >= end || !strings.HasPrefix(strings.TrimLeft(d.text[d.paraStart[p]:], " "), ">") {
			continue
		}
		if d.answerOf != nil || d.embedAt(int(d.toks[first].start)) {
			continue
		}
		for j := first; j < end; j++ {
			if d.toks[j].kind == tkQuote {
				quiet = false // marks of its own: the quotation is found as such
				break
			}
		}
		if quiet {
			d.embeds = append(d.embeds, embed{start: int(d.toks[first].start), end: int(d.toks[end-1].end), ent: c.ent})
			d.silence(first, end)
		}
	}
}

// embedAt reports whether an embedded post holds byte offset at.
func (d *doc) embedAt(at int) bool {
	for _, e := range d.embeds {
		if e.start <= at && at < e.end {
			return true
		}
	}
	return false
}

// attachListAfterColon gives the lines of a paragraph set out as a list
// or a block quotation, without quotation marks of their own, to the
// speaker of the paragraph before it when that paragraph ends with a
// colon: "Kerr eventually wrote down his rules for the team:" then
// "- Don't wait: ...", one rule a line; or "The town was “out of step,”
// Kerr said. The reasons include:" then block-quoted figures ("> ..."),
// the speaker's own words set off. A list after a sentence of the
// writer's with no speaker before it is the writer's own.
func (d *doc) attachListAfterColon() {
	if d.answerOf != nil {
		return
	}
	for p := 0; p+2 < len(d.paraFirst); p++ {
		first, end := d.paraFirst[p], d.paraEnd(p)
		if first >= end || !d.punct(end-1, ":") {
			continue
		}
		next := p + 1
		nf, ne := d.paraFirst[next], d.paraEnd(next)
		if nf >= ne || d.embedAt(int(d.toks[nf].start)) {
			continue
		}
		text := d.text[d.paraStart[next]:int(d.toks[ne-1].end)]
		block := strings.HasPrefix(text, ">")
		if !block && !strings.HasPrefix(text, "- ") && !strings.HasPrefix(text, "• ") {
			continue
		}
		s := d.sents[d.sentOf[end-1]]
		ent := d.colonSpeaker(s, block)
		if ent < 0 {
			continue
		}
		quiet := true
		for _, ln := range strings.Split(text, "\n") {
			body := strings.TrimLeft(ln, ">-•* ")
			if strings.HasPrefix(body, "\"") || strings.HasPrefix(body, "“") || strings.HasPrefix(body, "'") || strings.HasPrefix(body, "‘") {
				quiet = false // lines in marks of their own: the quotations are found as such
				break
			}
		}
		if !quiet {
			continue
		}
		at := d.paraStart[next]
		for _, ln := range strings.Split(text, "\n") {
			body := strings.TrimLeft(ln, ">-•* ")
			if len(strings.Fields(body)) >= 2 {
				start := at + len(ln) - len(body)
				d.embeds = append(d.embeds, embed{start: start, end: at + len(ln), ent: ent})
			}
			at += len(ln) + 1
		}
		d.silence(nf, ne)
	}
}

// colonSpeaker returns who speaks the list after sentence s, which ends
// its paragraph with a colon, or -1: the named speaker of a cue in s that
// reports nothing itself ("Kerr wrote down his rules:"), or for a block
// quotation, the speaker of the sentence before s when s has no cue of
// its own ("..., Kerr said. The reasons include:").
func (d *doc) colonSpeaker(s sentence, block bool) int {
	prev := -1
	for ci := range d.cues {
		c := &d.cues[ci]
		if c.verb >= s.last || int(d.toks[c.verb].para) != int(s.para) {
			continue
		}
		if c.verb >= s.first {
			if !c.found || c.skip || c.ent < 0 || c.quote >= 0 || len(c.comps) > 0 || c.inverted || c.class == cueAsk {
				return -1
			}
			for j := c.after; j < s.last-1; j++ {
				if d.toks[j].inQuote() || d.toks[j].kind == tkQuote || d.isWord(j, "that") {
					return -1
				}
			}
			return c.ent
		}
		if c.found && !c.skip && c.ent >= 0 {
			prev = c.ent
		} else {
			prev = -1
		}
	}
	if !block || prev < 0 {
		return -1
	}
	for j := s.first; j < s.last; j++ {
		if d.toks[j].kind == tkQuote || d.toks[j].inQuote() {
			return -1
		}
	}
	// Only the sentence right before s may name the speaker.
	if si := d.sentOf[s.first]; si > 0 {
		ps := d.sents[si-1]
		if int(ps.para) != int(s.para) {
			return -1
		}
		for ci := range d.cues {
			if c := &d.cues[ci]; c.verb >= ps.first && c.verb < ps.last && c.ent == prev {
				return prev
			}
		}
	}
	return -1
}
