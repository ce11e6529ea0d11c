package extract

import "soundbite/model"

// What the ranker's trainer and tests in extract_test need of the
// package's insides.

// ExtractStrict is Extract without its recover, for FuzzExtract and the
// score tests: a panic must fail them, not turn into an empty result.
func ExtractStrict(paragraphs []string) Result { return extractStrict(paragraphs) }

// NumRankFeatures is the length of a candidate's feature vector.
const NumRankFeatures = numRankFeatures

// RankMargin is how far the fallback's first candidate must lead.
const RankMargin = rankMargin

// RankWeights weigh a candidate's features.
type RankWeights = [numRankFeatures]float64

// ShippedRankWeights are the weights in rankweights.go.
func ShippedRankWeights() RankWeights { return rankWeights }

// RankFeatureNames are the names of the feature constants, for the
// generated weights file.
var RankFeatureNames = [numRankFeatures]string{
	ftNobody: "ftNobody", ftNobodyNoPerson: "ftNobodyNoPerson", ftNobodyEventNone: "ftNobodyEventNone",
	ftNobodyNoEvent: "ftNobodyNoEvent", ftNobodyOpensPara: "ftNobodyOpensPara", ftNobodyShort: "ftNobodyShort",
	ftEvent: "ftEvent", ftEventSamePara: "ftEventSamePara", ftEventPrevPara: "ftEventPrevPara",
	ftEventOpensPara: "ftEventOpensPara", ftActor: "ftActor", ftActorSamePara: "ftActorSamePara",
	ftActorPrevPara: "ftActorPrevPara", ftActorAfterEvent: "ftActorAfterEvent", ftSole: "ftSole",
	ftLastSpeaker: "ftLastSpeaker", ftMentionsPara: "ftMentionsPara", ftMentionsPrev: "ftMentionsPrev",
	ftMostRecent: "ftMostRecent", ftSecondRecent: "ftSecondRecent", ftPrevSentence: "ftPrevSentence",
	ftSubjectPrevSentence: "ftSubjectPrevSentence", ftSinceEvent: "ftSinceEvent", ftPerson: "ftPerson",
	ftOrg: "ftOrg", ftPlace: "ftPlace", ftSpoke: "ftSpoke", ftSpokeNear: "ftSpokeNear",
	ftNamedInQuote: "ftNamedInQuote", ftFullName: "ftFullName", ftRole: "ftRole",
	ftNobodyNoCue: "ftNobodyNoCue", ftSentBefore: "ftSentBefore", ftSentAfter: "ftSentAfter",
	ftSentSubject: "ftSentSubject", ftCueSpeaker: "ftCueSpeaker", ftPrevCueSpeaker: "ftPrevCueSpeaker",
	ftColonBefore: "ftColonBefore", ftNobodyInSentence: "ftNobodyInSentence", ftNobodyColon: "ftNobodyColon",
}

// RankCand is one candidate speaker of a standalone quotation.
type RankCand struct {
	Nobody  bool
	Speaker model.Speaker // as Extract would report it
	X       RankWeights   // its features
}

// RankCase is one direct quotation and its candidates.
type RankCase struct {
	Start, End int // the quotation's byte span
	Cands      []RankCand
	Chosen     int  // index in Cands of the one the engine chose (0: nobody), -1 if none of them
	Standalone bool // a sentence of its own, given a speaker by carry
	Claimed    bool // a cue gave it a speaker or nobody; the fallback never decides it
	Ranked     bool // the rules left it to nobody and the fallback weights chose
}

// Rankers says which weights rank which quotations' candidates; nil
// leaves the choice to the rules.
type Rankers struct {
	Standalone *RankWeights // quotations standing as sentences of their own
	Fallback   *RankWeights // quotations the rules leave to nobody
}

// ExtractRanked is Extract with the rankers r.
func ExtractRanked(paragraphs []string, r Rankers) Result {
	return runPipeline(paragraphs, r.Standalone, r.Fallback, nil).result()
}

// RankCases extracts with the rankers r and returns the candidates of
// every direct quotation on the way, as they were when it was attributed.
func RankCases(paragraphs []string, r Rankers) []RankCase {
	var log []rankCase
	d := runPipeline(paragraphs, r.Standalone, r.Fallback, &log)
	out := make([]RankCase, 0, len(log))
	for _, c := range log {
		rc := RankCase{Start: c.start, End: c.end, Chosen: -1, Standalone: c.standalone, Claimed: c.claimed, Ranked: c.ranked}
		for _, k := range c.cands {
			cand := RankCand{Nobody: k.ent < 0, X: k.x}
			if k.ent >= 0 {
				cand.Speaker = d.speaker(k.ent, 1, false) // the trainer reads only the name
			}
			if k.ent == c.chosen {
				rc.Chosen = len(rc.Cands)
			}
			rc.Cands = append(rc.Cands, cand)
		}
		out = append(out, rc)
	}
	return out
}
