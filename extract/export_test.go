package extract

import "soundbite/model"

// What the ranker's trainer and tests in extract_test need of the
// package's insides.

// NumRankFeatures is the length of a candidate's feature vector.
const NumRankFeatures = numRankFeatures

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
	ftOrg: "ftOrg", ftPlace: "ftPlace", ftOutlet: "ftOutlet", ftSpoke: "ftSpoke", ftSpokeNear: "ftSpokeNear",
	ftNamedInQuote: "ftNamedInQuote", ftFullName: "ftFullName", ftRole: "ftRole",
}

// RankCand is one candidate speaker of a standalone quotation.
type RankCand struct {
	Nobody  bool
	Speaker model.Speaker // as Extract would report it
	X       RankWeights   // its features
}

// RankCase is one standalone quotation and its candidates.
type RankCase struct {
	Start, End int // the quotation's byte span
	Cands      []RankCand
	Chosen     int // index in Cands of the one the engine chose, -1 if none of them
}

// ExtractRanked is Extract with the standalone quotations' speakers chosen
// by the weights w, or by the rules when w is nil.
func ExtractRanked(paragraphs []string, w *RankWeights) Result {
	return runPipeline(paragraphs, w, nil).result()
}

// RankCases extracts with the weights w (nil: the rules) and returns the
// candidates of every standalone quotation on the way.
func RankCases(paragraphs []string, w *RankWeights) []RankCase {
	var log []rankCase
	d := runPipeline(paragraphs, w, &log)
	out := make([]RankCase, 0, len(log))
	for _, c := range log {
		rc := RankCase{Start: c.start, End: c.end, Chosen: -1}
		for _, k := range c.cands {
			cand := RankCand{Nobody: k.ent < 0, X: k.x}
			if k.ent >= 0 {
				cand.Speaker = d.speaker(k.ent, 1)
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
