// Package extract finds who is quoted or paraphrased in a news article:
// speakers (people and organisations) and the quotes attributed to them.
//
// It is pure and deterministic: text in, speakers and quotes out, with no
// I/O and no shared mutable state, so it is safe for concurrent use. It is
// rule-based rather than statistical, because it runs for every imported
// article and must keep up with thousands of articles a second on one
// core, offline, with nothing to download; its one learned part, a linear
// ranking of candidate speakers for the direct quotations no cue claims
// (rank.go), ships its weights in the source.
//
// The pipeline, one pass each over the article:
//
//  1. tokenize: words, marks and possessives with byte offsets, each word
//     looked up once in an allocation-free word table (tokenize.go,
//     token.go, lexicon.go and the word lists in words*.go, cueverbs.go);
//  2. pair quotation marks, including quotations that run over paragraphs,
//     and split sentences outside them (quotes.go, doc.go);
//  3. find capitalised name chunks, split titles from names, tell people
//     from organisations, places and news outlets, and merge every form of
//     a name into one entity with its roles (names.go, classify.go,
//     entities.go, nameforms.go, roles.go, outlets.go);
//  4. find speech cues sentence by sentence, in text order so that
//     pronouns see earlier speakers: who speaks (cues.go, subject.go,
//     skip.go, np.go, bodies.go, coref.go for pronouns and descriptions)
//     and what they report (complement.go, clause.go);
//  5. attach quotations to their cues, give a phrase quoted inside a
//     sentence to the speaker the sentence makes plain, or carry the
//     current speaker (attribute.go, fragments.go, implicit.go), read
//     interview transcripts (interview.go), and assemble the result
//     (result.go).
//
// What counts as a quote follows the annotation rules of testdata/README.md:
// direct quotes are the words between the marks; reported speech is the
// clause without "that" and without the cue; reported speech holding a
// quoted phrase is mixed. News outlets credited as a source, plural or
// unnamed sources, and documents are never speakers.
package extract

import (
	"soundbite/model"
)

// Version changes whenever results may change, so stored articles get
// re-extracted (soundbite reindex).
const Version = 40

// Result is what Extract finds in one article.
type Result struct {
	Speakers []model.Speaker
	Quotes   []model.Quote
}

// Extract finds who is quoted or paraphrased in an article's body
// paragraphs. Quote.Start and Quote.End are byte offsets of Quote.Text in
// strings.Join(paragraphs, model.ParagraphSep). Speakers are sorted by
// number of quotes, most first, then by name.
//
// A fault in some rule on some hostile text must not take an import or
// the reader down with it: a panic inside gives an empty result, and the
// article is stored without speakers. FuzzExtract hunts such faults
// through extractStrict, which lets them through.
func Extract(paragraphs []string) (res Result) {
	defer func() {
		if recover() != nil {
			res = Result{}
		}
	}()
	return extractStrict(paragraphs)
}

// extractStrict is Extract without the safety net.
func extractStrict(paragraphs []string) Result {
	return runPipeline(paragraphs, nil, &rankWeights, nil).result()
}

// runPipeline runs the pipeline up to the result, with the candidate
// speakers of standalone quotations ranked by the weights standalone (nil:
// chosen by the rules), those of quotations the rules leave to nobody
// ranked by the weights fallback (nil: left to nobody), and every direct
// quotation's candidates recorded in log when it is not nil.
func runPipeline(paragraphs []string, standalone, fallback *[numRankFeatures]float64, log *[]rankCase) *doc {
	d := newDoc(paragraphs)
	d.ranker, d.fallback, d.rankLog = standalone, fallback, log
	d.findChunks()
	d.markAgency()
	d.markReportingOutlets()
	d.findAppositives()
	d.learnNarratedGender()
	d.findCues()
	d.linkLeadDescriptions()
	d.linkDescribedBodies()
	d.linkSubjectBodies()
	d.linkFrontedPronouns()
	d.findInterview()
	d.findEmbeds()
	d.attachBlockQuotes()
	d.attachListAfterColon()
	d.attachNamedLines()
	d.attachSignatures()
	d.attachRepeatedLead()
	d.findCreditedClauses()
	d.findCarriedReports()
	return d
}
