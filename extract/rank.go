package extract

// A direct quotation that no cue claims goes to someone in reach: the
// latest speaker, the person the narrative is about, the one person the
// paragraph names, or nobody. The rules (carryByRules) were tuned sentence
// by sentence and, on articles they were not tuned on, leave many such
// quotations to nobody that someone said. Those quotations are given to
// the candidate a linear model ranks first (rankSentence), over facts the
// rules read anyway; its weights are fitted by a trainer over the tuning
// gold (rank_train_test.go) and written to rankweights.go. The same
// ranking in place of carryByRules for every standalone quotation is kept
// for measuring (doc.ranker), off: it did no better than the rules.

// Features of a candidate speaker for a direct quotation. The first few
// describe the "nobody" candidate; the rest a named entity in reach (never
// a news outlet: outlets relay, so they are no candidates).
const (
	ftNobody              = iota // the candidate is nobody
	ftNobodyNoPerson             // nobody, and no person is named in this paragraph or the one before
	ftNobodyEventNone            // nobody, and the latest attribution in reach was to nobody
	ftNobodyNoEvent              // nobody, and nobody spoke in this paragraph or the one before
	ftNobodyOpensPara            // nobody, and the quotation opens its paragraph
	ftNobodyShort                // nobody, and the quotation has fewer than six words
	ftNobodyNoCue                // nobody, and no cue with a speaker in this sentence or the one before
	ftNobodyInSentence           // nobody, and the quotation is inside its sentence, after words that are no opening phrase
	ftNobodyColon                // nobody, and a colon leads to the quotation
	ftEvent                      // the speaker of the latest attribution in reach
	ftEventSamePara              // ... made in this paragraph
	ftEventPrevPara              // ... made in the paragraph before
	ftEventOpensPara             // ... and the quotation opens its paragraph
	ftActor                      // the person the latest sentence about someone was about
	ftActorSamePara              // ... in this paragraph
	ftActorPrevPara              // ... in the paragraph before
	ftActorAfterEvent            // ... and that sentence came after the latest attribution
	ftSole                       // the one person, named in full, this paragraph names before the quotation
	ftLastSpeaker                // the entity whose quotation came last, within the pronoun window
	ftMentionsPara               // mentions in this paragraph before the quotation (a third each, up to three)
	ftMentionsPrev               // mentions in the paragraph before (likewise)
	ftMostRecent                 // the entity named last before the quotation
	ftSecondRecent               // the entity named last but one
	ftPrevSentence               // named in the sentence just before
	ftSubjectPrevSentence        // the subject of the sentence just before
	ftSinceEvent                 // named after the latest attribution, and not its speaker
	ftPerson                     // a person
	ftOrg                        // an organisation
	ftPlace                      // a place
	ftSpoke                      // has spoken before
	ftSpokeNear                  // has spoken within the pronoun window
	ftNamedInQuote               // the quotation names it by its last name
	ftFullName                   // named with two or more words
	ftRole                       // holds a role
	ftSentBefore                 // named in the quotation's sentence before it
	ftSentAfter                  // named in the quotation's sentence after it
	ftSentSubject                // a subject in the quotation's sentence
	ftCueSpeaker                 // the speaker of a cue in the quotation's sentence
	ftPrevCueSpeaker             // the speaker of a cue in the sentence before
	ftColonBefore                // named in the words before a colon that leads to the quotation
	numRankFeatures
)

// rankReachParas is how many paragraphs before the quotation's own a
// candidate may come from.
const rankReachParas = 2

// rankMaxCands bounds the candidates per quotation: the nearest named ones
// (and nobody).
const rankMaxCands = 12

// rankCand is one candidate speaker of a direct quotation.
type rankCand struct {
	ent int // -1 for nobody
	x   [numRankFeatures]float64
}

// rankCase records the candidates of one direct quotation, for training:
// its byte span, the candidates, whom the engine chose, whether it stood
// as a sentence of its own, whether a cue claimed it, and whether the
// fallback weights gave it its speaker.
type rankCase struct {
	start, end int
	cands      []rankCand
	chosen     int // the entity given the quotation, -1 for nobody
	standalone bool
	claimed    bool // a cue gave it a speaker or nobody; the fallback never decides it
	ranked     bool // the rules left it to nobody and the fallback gave it chosen
}

// rankSentence logs the candidates of sentence s's direct quotations, and
// gives those the rules left to nobody to the candidate the fallback
// weights rank first by rankMargin or more.
func (d *doc) rankSentence(s sentence, cs []cue) {
	lo, hi := d.quotesIn(s)
	for qi := lo; qi < hi; qi++ {
		q := &d.quotes[qi]
		if q.contPrev || !d.sentenceLike(qi) || q.words(d) < 2 || inComplement(q.open, cs) {
			continue // not a direct quotation of its own
		}
		// Only a quotation no cue claimed is the fallback's: one a cue gave
		// to nobody ("police said", "CNN reported") stays nobody's.
		nobody := !q.decided || q.carried && q.ent < 0
		if d.rankLog == nil && !nobody {
			continue
		}
		d.rankBuf = d.rankCandidates(qi, s, cs, d.rankBuf)
		ranked := false
		if d.fallback != nil && nobody {
			if e, margin := rankBest(d.rankBuf, d.fallback); e >= 0 && margin >= rankMargin {
				q.decided, q.ent, ranked = true, e, true
			}
		}
		if d.rankLog != nil {
			chosen := q.ent
			if !q.decided {
				chosen = -1
			}
			*d.rankLog = append(*d.rankLog, rankCase{start: q.start, end: q.end, cands: append([]rankCand(nil), d.rankBuf...),
				chosen: chosen, standalone: q.standalone, claimed: !nobody && !q.carried, ranked: ranked})
		}
	}
}

// inComplement reports whether token k lies in a clause that one of the
// cues cs reports: a quotation there is part of mixed speech.
func inComplement(k int, cs []cue) bool {
	for ci := range cs {
		if c := &cs[ci]; !c.skip && c.found {
			for _, cp := range c.comps {
				if k >= cp[0] && k < cp[1] {
					return true
				}
			}
		}
	}
	return false
}

// rankCandidates builds the candidates for quotation qi of sentence s,
// whose cues are cs: nobody, then the entities named outside quotations
// in its sentence and before it in its paragraph and the rankReachParas
// paragraphs before, nearest first, and the latest speaker and actor if
// not among them.
func (d *doc) rankCandidates(qi int, s sentence, cs []cue, buf []rankCand) []rankCand {
	q := &d.quotes[qi]
	from := d.paraFirst[max(0, q.para-rankReachParas)]
	ev, act := d.lastEvent, d.lastActor
	evIn := ev.ok && ev.para >= q.para-rankReachParas
	actIn := act.ok && act.para >= q.para-rankReachParas
	prevSent := int32(-1)
	if si := d.sentOf[q.open]; si > 0 {
		prevSent = si - 1
	}

	cands := append(buf[:0], rankCand{ent: -1})
	index := func(e int) int {
		if en := &d.ents[e]; en.outlet || isDomain(en.name) {
			return -1 // a news outlet relays; it is never a speaker
		} else if en.spoke < 0 && !en.personish() && !en.orgish() && !en.bareSpeaker() {
			return -1 // a place, or a name of nothing known ("an oversized, DayGlo T-shirt")
		}
		for i := 1; i < len(cands); i++ {
			if cands[i].ent == e {
				return i
			}
		}
		if len(cands) > rankMaxCands {
			return -1
		}
		cands = append(cands, rankCand{ent: e})
		return len(cands) - 1
	}
	person := false
	// Named after the quotation, within its sentence.
	for k := s.last - 1; k > q.open; k-- {
		if v := d.entAt[k]; v >= 0 && !d.toks[k].inQuote() {
			if i := index(int(v)); i >= 0 {
				cands[i].x[ftSentAfter] = 1
				cands[i].x[ftSentSubject] = max(cands[i].x[ftSentSubject], b2f(d.subjectAt(k)))
			}
		}
	}
	colon := -1 // a colon before the quotation, in its sentence or ending the one before
	for k := q.open - 1; k >= from && k >= q.open-3; k-- {
		if d.punct(k, ":") {
			colon = k
			break
		}
	}
	order := 0
	for k := q.open - 1; k >= from; k-- {
		v := d.entAt[k]
		if v < 0 || d.toks[k].inQuote() {
			continue
		}
		i := index(int(v))
		if i < 0 {
			continue
		}
		c := &cands[i]
		en := &d.ents[v]
		person = person || en.personish() && int(d.toks[k].para) >= q.para-1
		if c.x[ftMostRecent] == 0 && c.x[ftSecondRecent] == 0 {
			switch order {
			case 0:
				c.x[ftMostRecent] = 1
			case 1:
				c.x[ftSecondRecent] = 1
			}
			order++
		}
		switch int(d.toks[k].para) {
		case q.para:
			c.x[ftMentionsPara] = min(1, c.x[ftMentionsPara]+1.0/3)
		case q.para - 1:
			c.x[ftMentionsPrev] = min(1, c.x[ftMentionsPrev]+1.0/3)
		}
		if d.sentOf[k] == d.sentOf[q.open] {
			c.x[ftSentBefore] = 1
			c.x[ftSentSubject] = max(c.x[ftSentSubject], b2f(d.subjectAt(k)))
		}
		if colon >= 0 && k < colon && d.sentOf[k] >= d.sentOf[colon] {
			c.x[ftColonBefore] = 1
		}
		if d.sentOf[k] == prevSent {
			c.x[ftPrevSentence] = 1
			if d.subjectAt(k) {
				c.x[ftSubjectPrevSentence] = 1
			}
		}
		if evIn && k > ev.tok && int(v) != ev.ent {
			c.x[ftSinceEvent] = 1
		}
	}
	if evIn && ev.ent >= 0 {
		index(ev.ent)
	}
	if actIn && act.ent >= 0 {
		index(act.ent)
	}
	last := d.lastSpeaker(q.open)
	if last >= 0 {
		index(last)
	}

	cueSpeaker := false
	for ci := range cs {
		if c := &cs[ci]; !c.skip && c.found && c.ent >= 0 {
			if i := index(c.ent); i >= 0 {
				cands[i].x[ftCueSpeaker] = 1
				cueSpeaker = true
			}
		}
	}
	if prevSent >= 0 {
		// The cues before cs, back to the previous sentence's first.
		first := d.sents[prevSent].first
		all := d.cues[:len(d.cues)-len(cs)]
		for ci := len(all) - 1; ci >= 0 && all[ci].verb >= first; ci-- {
			if c := &all[ci]; !c.skip && c.found && c.ent >= 0 {
				if i := index(c.ent); i >= 0 {
					cands[i].x[ftPrevCueSpeaker] = 1
					cueSpeaker = true
				}
			}
		}
	}

	opens := q.open == d.paraFirst[q.para]
	sole := d.soleMention(d.paraFirst[q.para], q.open)
	win := d.windowStart(q.open)
	for i := range cands {
		c := &cands[i]
		if c.ent < 0 {
			c.x[ftNobody] = 1
			c.x[ftNobodyNoPerson] = b2f(!person)
			c.x[ftNobodyEventNone] = b2f(evIn && ev.ent < 0)
			c.x[ftNobodyNoEvent] = b2f(!ev.ok || ev.para < q.para-1)
			c.x[ftNobodyOpensPara] = b2f(opens)
			c.x[ftNobodyShort] = b2f(q.words(d) < 6)
			c.x[ftNobodyNoCue] = b2f(!cueSpeaker)
			c.x[ftNobodyInSentence] = b2f(q.open != s.first && !d.openingPhraseBefore(q.open, s))
			c.x[ftNobodyColon] = b2f(colon >= 0)
			continue
		}
		en := &d.ents[c.ent]
		if evIn && ev.ent == c.ent {
			c.x[ftEvent] = 1
			c.x[ftEventSamePara] = b2f(ev.para == q.para)
			c.x[ftEventPrevPara] = b2f(ev.para == q.para-1)
			c.x[ftEventOpensPara] = b2f(opens)
		}
		if actIn && act.ent == c.ent {
			c.x[ftActor] = 1
			c.x[ftActorSamePara] = b2f(act.para == q.para)
			c.x[ftActorPrevPara] = b2f(act.para == q.para-1)
			c.x[ftActorAfterEvent] = b2f(!ev.ok || act.tok > ev.tok)
		}
		c.x[ftSole] = b2f(sole == c.ent)
		c.x[ftLastSpeaker] = b2f(last == c.ent)
		c.x[ftPerson] = b2f(en.personish())
		c.x[ftOrg] = b2f(en.orgish())
		c.x[ftPlace] = b2f(en.placeish())
		c.x[ftSpoke] = b2f(en.spoke >= 0)
		c.x[ftSpokeNear] = b2f(en.spoke >= win)
		c.x[ftNamedInQuote] = b2f(d.quoteNames(qi, c.ent))
		c.x[ftFullName] = b2f(len(en.words) >= 2)
		c.x[ftRole] = b2f(len(en.roles) > 0)
	}
	return cands
}

// rankMargin is how far the fallback's first candidate must score above
// the next for it to be given a quotation the rules left to nobody: two
// people about as likely ("Tomas Brekke and Anders Holm were on board.
// “It was cold.”") leave it nobody's.
const rankMargin = 1.0

// rankBest returns the entity of the candidate the weights w score
// highest, the first of equals (-1 for nobody), and by how much it
// outscores the next best (0 when it is alone).
func rankBest(cands []rankCand, w *[numRankFeatures]float64) (best int, margin float64) {
	best = -1
	bestScore, second := 0.0, 0.0
	for i := range cands {
		s := 0.0
		for f, x := range cands[i].x {
			s += w[f] * x
		}
		switch {
		case i == 0 || s > bestScore:
			if i > 0 {
				second = bestScore
			}
			best, bestScore = cands[i].ent, s
		case i == 1 || s > second:
			second = s
		}
	}
	if len(cands) < 2 {
		return best, 0
	}
	return best, bestScore - second
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
