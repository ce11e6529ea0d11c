package extract_test

// This file turns the Wall Street Journal sample of the Penn Treebank, as
// github.com/jdkato/prose/v2 ships it for its tagger's tests (100,676
// tokens of 1989 business reporting, in testdata/treebank_tokens.json and
// treebank_tags.json), back into running text, so the extractor is graded
// on wire-style reporting too: "said Mr. Vinken, chairman of ...", long
// appositions, reported speech in nearly every paragraph. The files hold
// tokens only, with the treebank's empty elements, and no article or
// paragraph breaks; wsjParts rebuilds sentences and paragraphs and deals
// them, in order, into parts of about forty sentences. A part may hold the
// end of one article and the start of the next, as a digest does.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// wsjSentencesPerPart is how many sentences a part holds at least; it ends
// at the first paragraph break after that.
const wsjSentencesPerPart = 40

// wsjQuoteSentences is the most sentences a paragraph holds while a
// quotation in it stays open.
const wsjQuoteSentences = 3

// wsjToken is one treebank token as prose stores it.
type wsjToken struct {
	Text string `json:"text"`
}

// wsjParts reads the tokens and tags once per test binary, from the
// folder pageDirs finds for the "wsj" source.
var wsjParts = sync.OnceValues(func() (map[string][]string, error) {
	dir, ok := pageDirs()["wsj"]
	if !ok {
		return nil, nil
	}
	return loadWSJParts(dir)
})

// loadWSJParts rebuilds the parts from the treebank files in dir: every
// key is "wsj/part-NN", every value the part's paragraphs.
func loadWSJParts(dir string) (map[string][]string, error) {
	var tokens []wsjToken
	var tags []string
	if err := readJSONFile(filepath.Join(dir, "treebank_tokens.json"), &tokens); err != nil {
		return nil, err
	}
	if err := readJSONFile(filepath.Join(dir, "treebank_tags.json"), &tags); err != nil {
		return nil, err
	}
	if len(tokens) != len(tags) {
		return nil, fmt.Errorf("treebank: %d tokens but %d tags", len(tokens), len(tags))
	}
	parts := make(map[string][]string)
	var paras []string
	var para, sentence strings.Builder
	sentences, paraSentences, quoteOpen := 0, 0, false
	flushPara := func() {
		paraSentences = 0
		if para.Len() > 0 {
			paras = append(paras, para.String())
			para.Reset()
		}
	}
	flushPart := func() {
		flushPara()
		if len(paras) > 0 {
			parts[fmt.Sprintf("wsj/part-%02d", len(parts))] = paras
			paras, sentences = nil, 0
		}
	}
	endSentence := func() {
		s := strings.TrimSpace(sentence.String())
		sentence.Reset()
		if s == "" {
			return
		}
		if para.Len() > 0 {
			para.WriteByte(' ')
		}
		para.WriteString(s)
		sentences++
		paraSentences++
		if quoteOpen && paraSentences >= wsjQuoteSentences {
			// The treebank drops some closing marks (a quotation that
			// ends an article): give up on the quotation rather than
			// run on into the next story.
			quoteOpen = false
		}
		if !quoteOpen {
			flushPara()
			if sentences >= wsjSentencesPerPart {
				flushPart()
			}
		}
	}
	for i, tok := range tokens {
		tag := tags[i]
		if tag == "-NONE-" {
			continue
		}
		text, joinsLeft := wsjSurface(tok.Text, tag)
		if tag == "``" && text == "“" {
			if quoteOpen && sentence.Len() == 0 {
				// A quotation that runs on into a new paragraph opens
				// it again without having closed: the paragraph ends
				// before.
				quoteOpen = false
				flushPara()
			}
			quoteOpen = true
		}
		if tag == "''" && text == "”" {
			quoteOpen = false
		}
		switch {
		case sentence.Len() == 0:
		case joinsLeft, wsjGluesRight(sentence.String()):
		default:
			sentence.WriteByte(' ')
		}
		sentence.WriteString(text)
		if tag == "." && !wsjMoreClosers(tags, i+1) {
			endSentence()
		}
		if tag == "''" && i > 0 && tags[i-1] == "." {
			endSentence()
		}
	}
	endSentence()
	flushPart()
	return parts, nil
}

// wsjSurface gives the text a treebank token stands for, and whether it
// joins the token before it with no space.
func wsjSurface(tok, tag string) (text string, joinsLeft bool) {
	switch tok {
	case "-LRB-":
		return "(", false
	case "-RRB-":
		return ")", true
	case "-LCB-":
		return "{", false
	case "-RCB-":
		return "}", true
	case "``":
		return "“", false
	case "`":
		return "‘", false
	case "''":
		return "”", true
	}
	// The treebank escapes the slash and the asterisk of the text.
	tok = strings.NewReplacer(`\/`, "/", `\*`, "*").Replace(tok)
	if tag == "''" && tok == "'" {
		return "’", true
	}
	if tag == "POS" {
		return strings.ReplaceAll(tok, "'", "’"), true
	}
	switch tok {
	case ",", ".", ";", ":", "?", "!", "%", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m":
		return strings.ReplaceAll(tok, "'", "’"), true
	}
	return tok, false
}

// wsjGluesRight reports whether the text so far ends in a token the next
// one joins without a space: an opening bracket or quotation mark, or a
// currency sign.
func wsjGluesRight(s string) bool {
	for _, open := range []string{"(", "{", "“", "‘", "$", "#"} {
		if strings.HasSuffix(s, open) {
			return true
		}
	}
	return false
}

// wsjMoreClosers reports whether the tokens after a full stop close a
// quotation or bracket that belongs to the same sentence.
func wsjMoreClosers(tags []string, i int) bool {
	for ; i < len(tags); i++ {
		switch tags[i] {
		case "-NONE-":
			continue
		case "''", "-RRB-":
			return true
		}
		return false
	}
	return false
}

func readJSONFile(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
