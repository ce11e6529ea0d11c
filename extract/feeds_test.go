package extract_test

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"soundbite/extract"
	"soundbite/feed"
	"soundbite/model"
)

// feedsDir holds snapshots of real sites' feeds, beside the repository.
const feedsDir = "../../shared/realworld/feeds/realworld"

// feedparserDir holds the Python feedparser project's test feeds, well
// and ill formed, in English and other languages: few carry news, but
// none may give a fragment of a name as a speaker.
const feedparserDir = "../../shared/realworld/feeds/feedparser"

// feedFragments are speakers the extractor once made of the real feeds:
// pieces of names, titles, dates and words. None may come back.
var feedFragments = []string{
	"of GMU", "the House Paul Ryan", "Dept", "Day", "D-N.H.", "I'm", "DayGlo T-shirt",
	"Democrat Phil Murphy", "AT&T CEO Randall Stephenson", "Donald J. Trump",
	"Deprecation Schedule", "Batch Processing", // link texts of a help page
	"FM Lavrov",                      // an office in capitals glued to the name
	"Global Change Research Program", // the U.S. one, cut short
}

// feedNotSpeakers are names the extractor once made speakers of the real
// feeds that say nothing there: a podcast, an event and a film title read
// as the subjects of nouns ("The Bombcast maintains its status", "PAX East
// highlights", "Back to the Future II jokes"), the game "Simon says", hosts
// telling tales or warning a crew while someone else acts, a person the
// words of a cue in a link went to, a first name cut off a titled name
// ("Prof. Gita Ashok Raj"), a department its nominee spoke for, and a
// man a scene-setting phrase described ("Frightened but remaining calm,
// he alerted his superiors").
var feedNotSpeakers = []string{
	"Bombcast", "PAX East", "Future", "Simon", "Jeff", "Patrick", "Althea Garrison", "Ashok Raj",
	"Department of Homeland Security", "Randall Stephenson DENIES", "Marvin Gonzalez",
}

// feedNotQuotes are titles in marks the real feeds hold that the
// extractor once gave a speaker as words said: a show and a book.
var feedNotQuotes = []string{"New Day", "Dreams From My Father.", "Dreams From My Father"}

// feedPeople are speakers of the real feeds who must be people: a host
// named only by surname in the text, and in full only in his show's name;
// a minister after an office in capitals; a woman whose surname is a
// company word.
var feedPeople = []string{"Kimmel", "Danica Roem", "Gita Ashok Raj", "Lavrov", "Lis Power"}

// feedOutlets are the news outlets and shows the real feeds cite or are:
// they publish what others said, so none is a speaker.
var feedOutlets = []string{
	"CNN", "Fox News", "Fox", "The Guardian", "Guardian", "AP", "Associated Press",
	"Politico", "NBC Nightly News", "Verdens Gang", "Giant Bomb", "TPM", "New Day",
}

// feedTitles begin a name only when the extractor kept a title, a party
// word or an article as part of it; the title belongs in Roles.
var feedTitles = []string{
	"the ", "of ", "President ", "Sen. ", "Rep. ", "Dr. ", "Mr. ", "Mr ", "Prof. ",
	"Professor ", "Judge ", "Speaker ", "House ", "Senate ", "Democrat ", "Republican ",
	"GOP ", "CEO ", "Shri ", "FM ", "CM ", "PM ",
}

// feedOneSpeaker are people the real feeds name in several forms, with a
// title or a middle initial; each form must be an alias of the one person.
var feedOneSpeaker = map[string][]string{
	"Donald Trump":       {"Donald J. Trump", "President Donald Trump", "Trump"},
	"Randall Stephenson": {"AT&T CEO Randall Stephenson"},
	"Paul Ryan":          {"Speaker of the House Paul Ryan", "House Speaker Paul Ryan"},
	"Nancy Pelosi":       {"House Minority Leader Nancy Pelosi"},
}

// TestFeedSpeakers extracts every item of the real feeds (and of
// feedparser's test feeds), as a refresh imports them, and lists the
// speakers found across them, one line per
// name, for checking by hand (go test -run TestFeedSpeakers -v). It fails
// on a speaker that is a known fragment, starts with a lower-case word or
// a mark, or is a title alone; on one that is an outlet, that begins with
// a title, or that another speaker has as an alias (one person counted
// twice); and on a person named in several forms who is not one person
// with all of them as aliases.
func TestFeedSpeakers(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(feedsDir, "*.*"))
	if len(files) == 0 {
		t.Skipf("real feeds not available in %s", feedsDir)
	}
	root := filepath.Dir(feedsDir)
	// feedparser's feeds are tests of parsing: some do not parse, and
	// that is no failure here.
	lenient := make(map[string]bool)
	_ = filepath.WalkDir(feedparserDir, func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(path, ".xml") {
			files = append(files, path)
			lenient[path] = true
		}
		return nil
	})
	srv := httptest.NewServer(http.FileServer(http.Dir(root)))
	defer srv.Close()
	f := feed.NewFetcher(feed.Options{Timeout: 20 * time.Second})

	type seen struct {
		sp       model.Speaker
		articles int
		where    string
		quote    model.Quote // the first quote given to them, for the check by hand
		aliases  map[string]bool
	}
	speakers := make(map[string]*seen)
	items := 0
	for _, file := range files {
		name := filepath.Base(file)
		if strings.HasPrefix(name, "LICENSE") || strings.HasSuffix(name, ".tsv") || strings.HasSuffix(name, ".md") {
			continue
		}
		rel, err := filepath.Rel(root, file)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		res := f.Fetch(ctx, model.Feed{URL: srv.URL + "/" + filepath.ToSlash(rel)})
		cancel()
		if res.Err != nil {
			if !lenient[file] {
				t.Errorf("%s: %v", name, res.Err)
			}
			continue
		}
		for i, a := range res.Articles {
			items++
			r := extract.Extract(a.Body)
			checkInvariants(t, a.Body, r)
			for _, q := range r.Quotes {
				if slices.Contains(feedNotQuotes, q.Text) {
					t.Errorf("%s #%d: the title %q is a quote of %q", name, i, q.Text, q.Speaker)
				}
			}
			for _, sp := range r.Speakers {
				s, ok := speakers[sp.Key()]
				if !ok {
					s = &seen{sp: sp, where: fmt.Sprintf("%s #%d", name, i), aliases: make(map[string]bool)}
					for _, q := range r.Quotes {
						if q.Speaker == sp.Name {
							s.quote = q
							break
						}
					}
					speakers[sp.Key()] = s
				}
				s.articles++
				for _, a := range sp.Aliases {
					s.aliases[a] = true
				}
			}
		}
	}
	list := make([]*seen, 0, len(speakers))
	for _, s := range speakers {
		list = append(list, s)
	}
	slices.SortFunc(list, func(a, b *seen) int { return cmp.Compare(a.sp.Name, b.sp.Name) })
	var b strings.Builder
	for _, s := range list {
		fmt.Fprintf(&b, "  %-40s %-12s %3d  %s  %q\n      %s %s: %.100q\n", s.sp.Name, s.sp.Kind, s.articles, s.where, s.sp.Aliases,
			s.quote.Kind, s.quote.Cue, s.quote.Text)
		if slices.Contains(feedFragments, s.sp.Name) {
			t.Errorf("speaker %q is a fragment the extractor once made", s.sp.Name)
		}
		if r := []rune(s.sp.Name); len(r) == 0 || !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			t.Errorf("speaker %q does not start with a capital", s.sp.Name)
		}
		if slices.Contains(feedOutlets, s.sp.Name) {
			t.Errorf("speaker %q is a news outlet", s.sp.Name)
		}
		for _, title := range feedTitles {
			if strings.HasPrefix(s.sp.Name, title) {
				t.Errorf("speaker %q begins with the title %q", s.sp.Name, title)
			}
		}
		for alias := range s.aliases {
			if other, ok := speakers[model.SpeakerKey(alias)]; ok && other != s {
				t.Errorf("speaker %q is an alias of speaker %q: one speaker counted twice", other.sp.Name, s.sp.Name)
			}
		}
	}
	for _, name := range feedNotSpeakers {
		if _, ok := speakers[model.SpeakerKey(name)]; ok {
			t.Errorf("speaker %q says nothing in the feeds", name)
		}
	}
	for _, name := range feedPeople {
		if s, ok := speakers[model.SpeakerKey(name)]; !ok || s.sp.Kind != model.Person {
			t.Errorf("speaker %q missing or not a person", name)
		}
	}
	for name, forms := range feedOneSpeaker {
		s, ok := speakers[model.SpeakerKey(name)]
		if !ok {
			t.Errorf("speaker %q missing", name)
			continue
		}
		if s.sp.Kind != model.Person {
			t.Errorf("speaker %q is of kind %s, want %s", name, s.sp.Kind, model.Person)
		}
		for _, form := range forms {
			if !s.aliases[form] {
				t.Errorf("speaker %q lacks the alias %q, aliases %q", name, form, slices.Sorted(maps.Keys(s.aliases)))
			}
		}
	}
	t.Logf("%d items, %d speakers:\n%s", items, len(list), b.String())
	if items < 1000 {
		t.Errorf("only %d items from the real feeds, want over 1,000", items)
	}
	if _, err := os.Stat(filepath.Join(feedsDir, "manifest.tsv")); err != nil {
		t.Errorf("manifest missing: %v", err)
	}
}
