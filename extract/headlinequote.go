package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headlines and standfirsts quote in the form "Name: ‘words’" (or with a
// role before the name: "Golf pro Anja Koll: ‘I just laugh’ at ..."),
// with no speech verb. The words are the named person's.

// maxLineRole is how many words of role may stand before the name.
const maxLineRole = 3

// attachNamedLines gives each quotation nobody was found for that opens
// right after "Name:" at the start of a line to that name.
func (d *doc) attachNamedLines() {
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.ent >= 0 || q.absorbed || q.name || q.contPrev || q.open < 1 || !d.punct(q.open-1, ":") {
			continue
		}
		colon := q.open - 1
		ci := d.chunkAt[max(colon-1, 0)]
		if colon >= 1 && (ci < 0 || d.chunks[ci].ent < 0) {
			if e := d.headlineRoleHolder(colon); e >= 0 {
				q.ent, q.decided, q.carried = e, true, false
			}
			continue
		}
		if colon < 1 || ci < 0 {
			continue
		}
		c := &d.chunks[ci]
		if c.ent < 0 || c.last != colon {
			continue
		}
		e := &d.ents[c.ent]
		if e.outlet || e.placeish() || !e.personish() && e.orgEv == 0 && e.kind != kPerson {
			continue
		}
		if !d.lineStartBefore(c.first, maxLineRole) || d.toks[c.last-1].is(fAllCaps) {
			continue // "COUNCIL SAYS: ...": a line in capitals, no name
		}
		q.ent, q.decided, q.carried = c.ent, true, false
	}
}

// headlineRoleHolder returns the one person of the story who holds the
// role the headline names before the colon at token colon ("Minister:
// ‘We will not back down’" over a story of Housing Minister Ilse Varga),
// or -1: the line is the first paragraph, the role one title or role
// word alone on it before the colon, and no one else holds that role. A
// topic before the colon ("Housing: ‘...’") names nobody.
func (d *doc) headlineRoleHolder(colon int) int {
	w := colon - 1
	if d.toks[colon].para != 0 || d.toks[w].kind != tkWord || !d.toks[w].has(lxTitle|lxRole) || d.toks[w].has(lxHonorific) || !d.lineStartBefore(w, 0) {
		return -1
	}
	role := newRoleQuery(d.lower(w)) // worked out once for every entity asked
	found := -1
	for e := range d.ents {
		en := &d.ents[e]
		if en.kind != kPerson && !en.personish() || !role.heldBy(en) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// attachSignatures gives each quotation nobody was found for to the name
// signed under it: the rest of its paragraph is a line holding only a
// name, perhaps after a dash and with credentials after a comma, as pull
// quotes and block quotes in web pages are signed ("> “...”\n> \n>
// Michael Shadlen, Ph.D.", "“...” — Ilse Varga").
func (d *doc) attachSignatures() {
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.ent >= 0 || q.absorbed || q.name || q.close < 0 {
			continue
		}
		end := d.paraEnd(q.para)
		k := q.close + 1
		for k < end && (d.punct(k, ">") || d.punct(k, "-") || d.punct(k, "–") || d.punct(k, "—") || d.punct(k, "--")) {
			k++
		}
		if k >= end || !strings.Contains(d.text[d.toks[q.close].end:d.toks[k].start], "\n") && !d.dashBefore(k, q.close) {
			continue
		}
		ci := d.chunkAt[k]
		if ci < 0 || d.chunks[ci].first != k || d.chunks[ci].ent < 0 {
			continue
		}
		c := &d.chunks[ci]
		e := &d.ents[c.ent]
		if e.outlet || e.placeish() {
			continue
		}
		if n := c.last; n < end && !(d.punct(n, ",") && d.signatureTail(n+1, end)) {
			continue
		}
		q.ent, q.decided, q.carried = c.ent, true, false
	}
}

// dashBefore reports whether a dash stands between token from and token k.
func (d *doc) dashBefore(k, from int) bool {
	for j := k - 1; j > from; j-- {
		if d.punct(j, "-") || d.punct(j, "–") || d.punct(j, "—") || d.punct(j, "--") {
			return true
		}
	}
	return false
}

// signatureTail reports whether tokens [k, end) are only a name's
// credentials or role: a few words and stops, no verb ("Ph.D.", "MD",
// "chief economist at Tidewater").
func (d *doc) signatureTail(k, end int) bool {
	if end-k > 10 {
		return false
	}
	for j := k; j < end; j++ {
		t := &d.toks[j]
		if t.kind == tkQuote || t.cv != 0 || t.lowerWord() && t.has(lxAux|lxVerb) {
			return false
		}
	}
	return true
}

// lineStartBefore reports whether a line starts at most n words before
// token k: nothing but a bullet mark and a few words (a role) before it
// on its line.
func (d *doc) lineStartBefore(k, n int) bool {
	for words := 0; ; k-- {
		if k == d.paraFirst[d.toks[k].para] || strings.Contains(d.text[d.toks[k-1].end:d.toks[k].start], "\n") {
			return true
		}
		p := k - 1
		switch {
		case d.toks[p].kind == tkWord && !d.toks[p].inQuote():
			words++
			if words > n {
				return false
			}
		case d.punct(p, "-") || d.punct(p, "–") || d.punct(p, "—") || d.punct(p, "--") || d.punct(p, "•"):
		default:
			return false
		}
	}
}

// attachRepeatedLead gives a quotation nobody was found for in the lead
// to the speaker of the same words quoted again in the lead: a standfirst
// quotes what the body then attributes ("the Tarvish star thanks fans
// for ‘believing in women’ ... Mira Dalen thanked readers for “believing
// in women”").
func (d *doc) attachRepeatedLead() {
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if q.ent >= 0 || q.absorbed || q.name || q.para >= leadLinkParas || q.words(d) < 2 {
			continue
		}
		if n := q.close + 1; q.close >= 0 && n < len(d.toks) && d.toks[n].lowerWord() && !d.toks[n].has(lxFunc|lxPrep|lxDet|lxAux|lxVerb|lxAdverb|lxPronoun) && d.toks[n].cv == 0 {
			continue // "the president’s ‘new American moment’ speech": a name for the speech
		}
		words := quoteKey(d.text[q.start:q.end])
		for oi := range d.quotes {
			o := &d.quotes[oi]
			if oi == qi || o.ent < 0 || o.para >= leadLinkParas+1 || o.para == q.para || o.name {
				continue
			}
			if quoteKey(d.text[o.start:o.end]) == words {
				q.ent, q.decided, q.carried = o.ent, true, false
				break
			}
		}
	}
}

// quoteKey folds a quotation's words for comparison: lower case, letters
// and digits only.
//
// It reads ASCII a byte at a time and lower-cases a rune at a time, with
// no lower-cased copy first: attachRepeatedLead folds every quotation of
// the lead again for each quotation it matches.
func quoteKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next letter or digit
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var r rune
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				space = b.Len() > 0
				i++
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r = unicode.ToLower(r); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				space = b.Len() > 0
				i += size
				continue
			}
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}
