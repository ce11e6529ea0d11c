package extract

// A quotation standing as a sentence of its own, with no cue in it, goes to
// someone in reach: the latest speaker, the person the narrative is about,
// the one person the paragraph names, or nobody. Rules tuned sentence by
// sentence (carryByRules) pick well on the articles they were tuned on and
// less well elsewhere, so the choice can instead be made by ranking the
// candidates with a linear model over the same facts the rules read,
// weighed by a trainer over the annotated articles (rankweights.go is its
// output; rank_train_test.go the trainer).

// Features of a candidate speaker for a standalone quotation. The first
// few describe the "nobody" candidate; the rest a named entity in reach.
const (
	ftNobody              = iota // the candidate is nobody
	ftNobodyNoPerson             // nobody, and no person is named in this paragraph or the one before
	ftNobodyEventNone            // nobody, and the latest attribution in reach was to nobody
	ftNobodyNoEvent              // nobody, and nobody spoke in this paragraph or the one before
	ftNobodyOpensPara            // nobody, and the quotation opens its paragraph
	ftNobodyShort                // nobody, and the quotation has fewer than six words
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
	ftOutlet                     // a news outlet
	ftSpoke                      // has spoken before
	ftSpokeNear                  // has spoken within the pronoun window
	ftNamedInQuote               // the quotation names it by its last name
	ftFullName                   // named with two or more words
	ftRole                       // holds a role
	numRankFeatures
)

// rankReachParas is how many paragraphs before the quotation's own a
// candidate may come from.
const rankReachParas = 2

// rankMaxCands bounds the candidates per quotation: the nearest named ones
// (and nobody).
const rankMaxCands = 12

// rankCand is one candidate speaker of a standalone quotation.
type rankCand struct {
	ent int // -1 for nobody
	x   [numRankFeatures]float64
}

// rankCase records the candidates of one standalone quotation, for
// training: its byte span, the candidates, and whom the engine chose.
type rankCase struct {
	start, end int
	cands      []rankCand
	chosen     int // the entity given the quotation, -1 for nobody
}

// rankCandidates builds the candidates for standalone quotation qi:
// nobody, then the entities named outside quotations in its paragraph
// before it and in the rankReachParas paragraphs before, nearest first,
// and the latest speaker and actor if not among them.
func (d *doc) rankCandidates(qi int, buf []rankCand) []rankCand {
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
		c.x[ftOutlet] = b2f(en.outlet)
		c.x[ftSpoke] = b2f(en.spoke >= 0)
		c.x[ftSpokeNear] = b2f(en.spoke >= win)
		c.x[ftNamedInQuote] = b2f(d.quoteNames(qi, c.ent))
		c.x[ftFullName] = b2f(len(en.words) >= 2)
		c.x[ftRole] = b2f(len(en.roles) > 0)
	}
	return cands
}

// rankBest returns the entity of the candidate the weights w score
// highest, the first of equals: -1 for nobody.
func rankBest(cands []rankCand, w *[numRankFeatures]float64) int {
	best, bestScore := -1, 0.0
	for i := range cands {
		s := 0.0
		for f, x := range cands[i].x {
			s += w[f] * x
		}
		if i == 0 || s > bestScore {
			best, bestScore = cands[i].ent, s
		}
	}
	return best
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
