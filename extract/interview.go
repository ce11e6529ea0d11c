package extract

import "strings"

// answer is one paragraph of an interview transcript that the interviewee
// speaks: the words after its label, or the whole paragraph when it
// continues the answer before.
type answer struct {
	ent        int
	start, end int // byte offsets of the answer's words
}

// findInterview reads an interview transcript: paragraphs opened by a
// speaker's label ("((WN)) How has CentOS evolved?", "((Gregory Kurtzer))
// Red Hat has ...", "MS Although we used ...", "Kurtzer: We are ..."). The
// interviewer's paragraphs are questions, not quotes; an interviewee's
// paragraph, and the unlabelled paragraphs after it, are what they said.
// Only an article with labels for both the interviewer and an interviewee
// is read as a transcript.
func (d *doc) findInterview() {
	type label struct {
		para, after int // paragraph, first token after the label
		ent         int // the interviewee, or -1 for the interviewer
	}
	var labels []label
	answers, questions := 0, 0
	people := [2]int{-1, -1} // the first two interviewees labelled, their words without marks
	spoken := 0              // labels of interviewees without marks
	for p := 0; p+1 < len(d.paraFirst); p++ {
		after, ent, ok := d.paraLabel(p)
		if !ok {
			continue
		}
		if ent >= 0 && d.introducedReporting(ent) {
			// "Ada Lowe reports." then "ADA LOWE: It has been a hard
			// year for ...": a broadcast reporter's lines are the
			// story's narrative, the quotes in them other people's.
			labels = append(labels, label{para: p, after: after, ent: noSpeaker})
			continue
		}
		labels = append(labels, label{para: p, after: after, ent: ent})
		if ent >= 0 {
			answers++
			switch {
			case after < len(d.toks) && d.toks[after].kind == tkQuote:
				// "Ilse Varga: “We are shocked.”": a reaction in marks,
				// the quotation's own to attribute.
			case people[0] < 0:
				people[0] = ent
				spoken++
			case people[1] < 0 && ent != people[0]:
				people[1] = ent
				spoken++
			default:
				spoken++
			}
		} else {
			questions++
		}
	}
	// A debate's or a hearing's transcript labels two people who answer
	// each other, and no interviewer: "BRENN: The plan will cost too
	// much." / "VARGA: It will pay for itself.".
	debate := people[1] >= 0 && spoken >= 3
	if answers == 0 || questions == 0 && !debate {
		d.findUnlabelledInterview()
		return
	}
	d.answerOf = make(map[int]int, 8)
	next := 0
	cur := -1
	for p := labels[0].para; p+1 < len(d.paraFirst); p++ {
		first, end := d.paraFirst[p], d.paraEnd(p)
		if d.sceneBreak(p) {
			// "* * *" before a book excerpt: the transcript is over, and
			// what follows is no answer until a label opens one again.
			cur = noSpeaker
			continue
		}
		if first >= end {
			continue
		}
		from := first
		if next < len(labels) && labels[next].para == p {
			cur, from = labels[next].ent, labels[next].after
			next++
		} else if debate && questions == 0 {
			// A debate labels every turn; a paragraph without a label
			// is the writer's ("The vote is on Friday.").
			continue
		} else if d.punct(first, "—") || d.punct(first, "–") || d.punct(first, "-") || d.punct(first, "--") {
			continue // "—Professor Siegel": a pull quote's credit
		} else if cur >= 0 && (d.headingPara(p) || d.narrativePara(p)) {
			// "Her former supervisor, Marten Oakes, remembers the doubts.
			// “...,” he said." between two answers is the writer's
			// narrative, its quotes another speaker's; the answer before
			// it does not run on past it.
			cur = noSpeaker
			continue
		}
		if cur == noSpeaker {
			continue
		}
		d.answerOf[p] = cur
		if cur < 0 || from >= end {
			continue
		}
		d.answers = append(d.answers, answer{ent: cur, start: int(d.toks[from].start), end: int(d.toks[end-1].end)})
	}
}

// sceneBreak reports whether paragraph p is a scene break: stars, dashes
// or the like and nothing else ("* * *", "\\* * *", "———").
func (d *doc) sceneBreak(p int) bool {
	end := len(d.text)
	if p+1 < len(d.paraStart) {
		end = d.paraStart[p+1]
	}
	t := strings.TrimSpace(d.text[d.paraStart[p]:end])
	return t != "" && strings.Trim(t, "*\\-—–_~•#· \n") == ""
}

// noSpeaker marks, while a transcript is read, the unlabelled paragraphs
// after a narrative one: nobody's answer, neither are they questions.
const noSpeaker = -2

// narrativePara reports whether unlabelled paragraph p is the writer's
// narrative rather than more of an answer: it reports someone's words with
// a cue of its own whose speaker is not "I" or "we" (a clause, or
// quotation marks beside it), and outside its
// quotation marks it never says "I", "me", "my", "we", "our" or "us" (an
// answer retelling a talk, “she's like, "Look ..."”, does).
func (d *doc) narrativePara(p int) bool {
	first, end := d.paraFirst[p], d.paraEnd(p)
	marks := false
	for k := first; k < end; k++ {
		if d.toks[k].kind == tkQuote {
			marks = true
		}
		if t := &d.toks[k]; t.kind == tkWord && !t.inQuote() {
			if w := d.lower(k); firstPersonWord(w) && (w[0] != 'i' || d.str(k)[0] == 'I') {
				return false
			}
		}
	}
	for ci := range d.cues {
		c := &d.cues[ci]
		if c.verb < first || c.verb >= end || !c.found || c.skip || len(c.comps) == 0 && !marks {
			continue // "be considered and accepted into the code": no words reported
		}
		if k := c.subjFirst; k < c.verb && k >= first {
			if w := d.lower(k); w == "i" || w == "we" {
				continue
			}
		}
		return true
	}
	return false
}

// firstPersonWord reports whether the lower-cased word w is the speaker
// speaking of themselves: "I", "me", "my", "we", "our", "us", and "I'm",
// "we're" and the like.
func firstPersonWord(w string) bool {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	switch w {
	case "i", "me", "my", "we", "our", "us":
		return true
	}
	return false
}

// findUnlabelledInterview reads a profile's questions and answers set
// out without labels: a paragraph that asks a question, then the answer
// in the first person, without quotation marks ("How did you choose the
// pieces?" / "I did not, mostly. The curator ..."). The answers are the
// words of the person the article opens with. It takes three such pairs
// to read the article so; the paragraphs around them are narrative.
func (d *doc) findUnlabelledInterview() {
	const minPairs = 3
	var pairs []int // answer paragraphs
	for p := 0; p+2 < len(d.paraFirst); p++ {
		if d.questionPara(p) && !d.questionPara(p+1) && d.firstPersonPara(p+1) {
			pairs = append(pairs, p+1)
		}
	}
	if len(pairs) < minPairs {
		return
	}
	ent := d.firstPerson()
	if ent < 0 || !d.namedBefore(ent, d.paraFirst[pairs[0]-1]) {
		// A person first named after the questions start (the author
		// signing a help page's questions and answers) was not asked them.
		return
	}
	d.answerOf = make(map[int]int, 2*len(pairs))
	for _, p := range pairs {
		d.answerOf[p-1] = -1
		d.answerOf[p] = ent
		first, end := d.paraFirst[p], d.paraEnd(p)
		d.answers = append(d.answers, answer{ent: ent, start: int(d.toks[first].start), end: int(d.toks[end-1].end)})
	}
}

// namedBefore reports whether a name chunk of entity e starts before
// token k.
func (d *doc) namedBefore(e, k int) bool {
	for ci := range d.chunks {
		if c := &d.chunks[ci]; c.first < k && c.ent == e {
			return true
		}
	}
	return false
}

// questionPara reports whether paragraph p is an interviewer's question:
// short, without quotation marks, and ending in a question mark.
func (d *doc) questionPara(p int) bool {
	first, end := d.paraFirst[p], d.paraEnd(p)
	if end-first < 3 || end-first > 60 || !d.punct(end-1, "?") {
		return false
	}
	for k := first; k < end; k++ {
		if d.toks[k].kind == tkQuote {
			return false
		}
	}
	return true
}

// firstPersonPara reports whether paragraph p speaks in the first person
// without quotation marks: an answer, not narrative.
func (d *doc) firstPersonPara(p int) bool {
	first, end := d.paraFirst[p], d.paraEnd(p)
	me := false
	for k := first; k < end; k++ {
		t := &d.toks[k]
		if t.kind == tkQuote {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		switch d.lower(k) {
		case "i", "me", "my", "we", "our", "us":
			if d.lower(k) != "i" || d.str(k) == "I" {
				me = true
			}
		}
	}
	return me
}

// paraLabel reads the speaker's label opening paragraph p. It returns the
// first token after the label, the interviewee it names (-1 for the
// interviewer), and whether there is a label at all.
func (d *doc) paraLabel(p int) (after, ent int, ok bool) {
	first, end := d.paraFirst[p], d.paraEnd(p)
	bold := false
	for first < end && d.starAt(first) {
		first++ // "**Thomas Malone:** A supermind is ...": a label in bold
		bold = true
	}
	if end-first < 3 {
		return 0, -1, false
	}
	// "((Gregory Kurtzer))", "((WN))"
	if d.punct(first, "(") && d.punct(first+1, "(") {
		for k := first + 2; k+1 < end && k < first+8; k++ {
			if d.punct(k, ")") && d.punct(k+1, ")") {
				after := k + 2
				if d.punct(after, ":") {
					after++ // "((Ada Lowe)): Because ..."
				}
				return after, d.labelEntity(first+2, k), k > first+2
			}
		}
		return 0, -1, false
	}
	// "Q. How long ...?" and "A. Since I was twelve.": labels with a full
	// stop, read so only when some paragraph opens with "Q." ("A. Lowe
	// said" is an initial).
	if w := d.str(first); (w == "Q." || w == "A.") && d.toks[first+1].capWord() && d.qDotParagraph() {
		if w == "Q." {
			return first + 1, -1, true
		}
		return first + 1, d.firstPerson(), true
	}
	// "Kurtzer: We are ...", "Q: ..."; not a caption's "Image: Afdahe."
	for k := first; k < end && k < first+3; k++ {
		if d.punct(k, ":") && k > first {
			next := k + 1
			for bold && next < end && d.starAt(next) {
				next++ // the bold's close after the colon
			}
			if !d.toks[first].capWord() || d.toks[k-1].kind != tkWord || end-next < 2 || !d.toks[next].capWord() && d.toks[next].kind != tkQuote {
				return 0, -1, false
			}
			// A short answer needs a label naming a person: "Lowe: Schools,
			// again."; "Image: Afdahe." is a caption.
			short := end-k < 6
			for j := first; j < k; j++ {
				if !d.toks[j].capWord() {
					return 0, -1, false
				}
			}
			if l := d.str(k - 1); len(l) > len("Image") && (strings.HasSuffix(l, "Image") || strings.HasSuffix(l, "Photo")) {
				return 0, -1, false // "Jo JorgensenImage: Gage Skidmore.": a caption run into its credit
			}
			if headingLabel(d.key(k - 1)) {
				return 0, -1, false // "UPDATE: The road has reopened.", "BREAKING NEWS: ...": the writer's heading
			}
			e := d.labelEntity(first, k)
			interviewer := k-first == 1 && interviewerLabel(d.key(first))
			if bold && e < 0 && !interviewer {
				// "**The Economist:** What ...", back with every question;
				// "**Note:** ..." is a bold heading, not a label in bold.
				if d.boldLabels(d.span(first, k)) < 2 {
					return 0, -1, false
				}
				interviewer = true
			}
			if short && e < 0 && !interviewer {
				return 0, -1, false
			}
			return next, e, true
		}
	}
	// "MS Although ...": a person's initials; "Michael Siegel I am ...": a
	// person's name run into the answer.
	t := &d.toks[first]
	if t.is(fAllCaps) && t.kind == tkWord && first+1 < end && d.toks[first+1].capWord() {
		if e := d.initialsOf(d.key(first)); e >= 0 {
			return first + 1, e, true
		}
		if interviewerLabel(d.key(first)) {
			return first + 1, -1, true
		}
	}
	if ci := d.chunkAt[first]; ci >= 0 {
		c := &d.chunks[ci]
		if c.first == first && c.last < end && c.ent >= 0 && c.last-c.first >= 2 && d.ents[c.ent].personish() &&
			d.toks[c.last].capWord() && d.toks[c.last].has(lxFunc|lxPronoun) {
			return c.last, c.ent, true
		}
	}
	return 0, -1, false
}

// boldLabels counts the paragraphs that open with label in bold and a
// colon ("**The Economist:** ..."): an interviewer's label comes back with
// every question, a heading's ("**Note:**") seldom.
func (d *doc) boldLabels(label string) int {
	n := 0
	for p := 0; p < len(d.paraStart) && n < 2; p++ {
		t := strings.TrimLeft(d.text[d.paraStart[p]:], "*")
		if strings.HasPrefix(t, label+":") {
			n++
		}
	}
	return n
}

// starAt reports whether token k is Markdown emphasis: stars only.
func (d *doc) starAt(k int) bool {
	t := &d.toks[k]
	return t.kind == tkPunct && strings.Trim(d.text[t.start:t.end], "*") == ""
}

// labelEntity resolves the label tokens [i, j) to an interviewee, or -1
// for the interviewer or a name it cannot place.
func (d *doc) labelEntity(i, j int) int {
	if j-i == 1 {
		w := d.key(i)
		if interviewerLabel(w) {
			return -1
		}
		if w == "a" || w == "answer" {
			return d.firstPerson() // "Q: ... A: ...": the person interviewed
		}
		if e := d.initialsOf(w); e >= 0 {
			return d.unlessReporter(e)
		}
		if e := d.personCalledByLabel(w); e >= 0 {
			// "QUELL: ...", "Rurik: ...": a surname in capitals, or the
			// first name that tells two of one family apart.
			return d.unlessReporter(e)
		}
	}
	if ci := d.chunkAt[j-1]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].personish() {
		if d.commonHeading(i, j, d.chunks[ci].ent) {
			return -1
		}
		return d.unlessReporter(d.chunks[ci].ent)
	}
	return -1
}

// commonHeading reports whether the label [i, j), read as entity e, is a
// column's heading in capitals ("FIRST CAMPAIGN:", "NEW ACCOUNT:"): two
// words or more, each a common word or a title or one the text writes in
// lower case elsewhere ("campaign"), none a first name or an honorific,
// and e never written but in capitals. A title word before a common one
// made a man called Campaign; "JUDGE WHITE:" after "Judge Ellen White"
// names her.
func (d *doc) commonHeading(i, j, e int) bool {
	if j-i < 2 {
		return false
	}
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.kind != tkWord || !t.is(fAllCaps) || t.has(lxFirstName|lxHonorific) {
			return false
		}
		if !t.has(lxCommon|lxTitle) && !d.writtenLower(d.lower(k)) {
			return false
		}
	}
	name := d.ents[e].name
	return name == strings.ToUpper(name)
}

// personCalledByLabel returns the one person of a full name whose first
// or last word is w, folded, or -1 when none or several are.
func (d *doc) personCalledByLabel(w string) int {
	found := -1
	for e := range d.ents {
		en := &d.ents[e]
		if !en.personish() || len(en.words) < 2 || en.words[0] != w && en.words[len(en.words)-1] != w {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// unlessReporter returns e, or -1 when e is the reporter asking the
// questions ("Wikinews accredited reporter Ada S. Lowe", labelled "((ASL))").
func (d *doc) unlessReporter(e int) int {
	for _, r := range []string{"reporter", "journalist", "correspondent", "interviewer"} {
		if hasRoleWord(&d.ents[e], r) {
			return -1
		}
	}
	return e
}

// firstPerson returns the first person the article names, the usual
// subject of an interview, or -1.
func (d *doc) firstPerson() int {
	for e := range d.ents {
		if d.ents[e].personish() {
			return e
		}
	}
	return -1
}

// headingPara reports whether paragraph p opens with a heading of the
// writer's: "UPDATE: Varga resigned on Friday." after an interview is no
// more of the last answer.
func (d *doc) headingPara(p int) bool {
	first, end := d.paraFirst[p], d.paraEnd(p)
	for k := first + 1; k < end && k < first+3; k++ {
		if d.punct(k, ":") {
			return d.toks[k-1].capWord() && headingLabel(d.key(k-1))
		}
	}
	return false
}

// headingLabel reports whether w, the last word before a colon opening a
// paragraph, makes it the writer's heading rather than a speaker's label.
func headingLabel(w string) bool {
	switch w {
	case "update", "updated", "warning", "note", "correction", "clarification", "breaking", "news", "related", "read",
		"more", "watch", "listen", "see", "also", "advertisement", "disclaimer", "source", "sources", "caption",
		"credit", "credits", "alert", "notice", "background", "context", "summary", "editor", "editors", "trigger",
		"content", "spoiler", "spoilers", "tl;dr", "tldr", "ps", "p.s.":
		return true
	}
	return false
}

// interviewerLabel reports whether w labels the interviewer's lines.
func interviewerLabel(w string) bool {
	switch w {
	case "wn", "wikinews", "q", "question", "interviewer", "presenter", "host", "moderator":
		return true
	}
	return false
}

// initialsOf returns the person whose initials are w ("ms" for Michael
// Siegel), or -1.
func (d *doc) initialsOf(w string) int {
	if len(w) < 2 || len(w) > 3 {
		return -1
	}
	for e := range d.ents {
		en := &d.ents[e]
		if en.personish() && len(en.words) == len(w) && strings.EqualFold(en.acro, w) {
			return e
		}
	}
	return -1
}

// qDotParagraph reports whether a paragraph opens with "Q." and a
// capital: an interview whose labels have a full stop.
func (d *doc) qDotParagraph() bool {
	for p := 0; p+1 < len(d.paraFirst) && p < 400; p++ {
		if k := d.paraFirst[p]; k+1 < d.paraFirst[p+1] && d.str(k) == "Q." && d.toks[k+1].capWord() {
			return true
		}
	}
	return false
}

// introducedReporting reports whether person e is introduced as the one
// filing the report, in a line of their own: "Ada Lowe reports.", "Ada
// Lowe reports from Tarvik.", "Ada Lowe has this report."
func (d *doc) introducedReporting(e int) bool {
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent != e || int(d.toks[c.first].para) >= len(d.paraFirst) {
			continue
		}
		p := int(d.toks[c.first].para)
		first, end := d.paraFirst[p], d.paraEnd(p)
		if c.first != first || end-c.last > 8 || !d.punct(end-1, ".") {
			continue
		}
		k := c.last
		switch {
		case d.isWord(k, "reports") || d.isWord(k, "reported"):
			return true
		case (d.isWord(k, "has") || d.isWord(k, "with")) && (d.isWord(k+1, "this") || d.isWord(k+1, "the")) &&
			(d.isWord(k+2, "report") || d.isWord(k+2, "story")):
			return true
		}
	}
	return false
}

// writtenLower reports whether the text has the word w in lower case
// somewhere: a heading's word the lexicon does not know as common
// ("campaign", which it knows as a verb) is an ordinary word if so.
// appearsLower lists only the words the lexicon knows nothing of.
func (d *doc) writtenLower(w string) bool {
	for k := range d.toks {
		if d.toks[k].lowerWord() && d.lower(k) == w {
			return true
		}
	}
	return false
}
