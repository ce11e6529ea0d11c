package extract

import "strings"

// answerAfterInterjection returns who answers, in standalone quotation
// qi, the short question put in the quotation just before it, or -1:
// "“We almost closed in 2019,” she said. / “Why?” I asked. / “The roof
// was falling in.”" The question's cue makes its asker the latest
// speaker, but the words after it are the answer, the turn going back to
// whoever spoke before the question. An interjection follows the words
// it interrupts at once, and is the writer's or a reporter's, a word or
// three, or put to "you".
func (d *doc) answerAfterInterjection(qi int) int {
	const maxQuestionWords = 8
	if qi < 2 {
		return -1
	}
	q, ask, prev := &d.quotes[qi], &d.quotes[qi-1], &d.quotes[qi-2]
	if ask.close < 0 || q.contPrev || !ask.decided || ask.carried || ask.words(d) > maxQuestionWords ||
		!strings.HasSuffix(d.quoteText(qi-1), "?") || strings.HasSuffix(d.quoteText(qi), "?") {
		return -1
	}
	if d.sentOf[q.open] != d.sentOf[ask.close]+1 {
		return -1 // narrative between the question and the words
	}
	if e := d.personAsked(qi - 1); e >= 0 {
		// "“Will you resign?” a reporter asked Ilse Varga. “Never.”":
		// the one asked answers.
		return e
	}
	if q.para == ask.para {
		// The words go on in the asker's paragraph, where a new speaker
		// would start a new one ("“Earlier?” Brask said. “It was late
		// before ...”").
		return -1
	}
	if !prev.decided || prev.ent < 0 || prev.ent == ask.ent || !d.ents[prev.ent].personish() ||
		prev.close < 0 || d.sentOf[ask.open] != d.sentOf[prev.close]+1 {
		return -1
	}
	if strings.HasSuffix(d.quoteText(qi-2), "?") {
		return -1 // a question answered by a question: an exchange of the asker's own
	}
	if ask.ent >= 0 && ask.words(d) > 3 && !d.addressesHearer(qi-1) {
		// "“Who will pay for it?” Varga asked. “The taxpayer will.”": a
		// named speaker's own question, answered by herself.
		return -1
	}
	return prev.ent
}

// addressesHearer reports whether quotation qi speaks to someone: "you",
// "your".
func (d *doc) addressesHearer(qi int) bool {
	q := &d.quotes[qi]
	for k := q.first; k < q.last; k++ {
		if d.isWord(k, "you") || d.isWord(k, "your") {
			return true
		}
	}
	return false
}

// personAsked returns the person the sentence of question qi names after
// the question's marks, other than its asker ("a reporter asked Ilse
// Varga"), or -1.
func (d *doc) personAsked(qi int) int {
	q := &d.quotes[qi]
	s := d.sents[d.sentOf[q.close]]
	for k := q.close + 1; k < s.last; k++ {
		if d.toks[k].kind == tkQuote {
			return -1
		}
		if ci := d.chunkAt[k]; ci >= 0 && d.chunks[ci].first == k {
			if e := d.chunks[ci].ent; e >= 0 && e != q.ent && d.ents[e].personish() && d.isWord(k-1, "asked") {
				return e
			}
		}
	}
	return -1
}
