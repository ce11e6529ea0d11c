// Comparing the forms of a name: initials, connectors, word order,
// acronyms and misspellings.

package extract

// suffix reports whether short is a proper suffix of long.
func suffix(long, short []string) bool {
	if len(short) >= len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// sameOrgWords reports whether two organisation names have the same words
// but for connectors and order: "Interior Ministry", "Ministry of the
// Interior". A remit's noun may be plural after "of" and singular before
// the body's word ("Railway Ministry", "Ministry of Railways"; "Highway
// Department", "Department of Highways"), so a word matches its plural.
func sameOrgWords(a, b []string) bool {
	org := false
	n := 0
	for _, w := range a {
		if lex.lookup(w)&(lxConnector|lxDet) != 0 {
			continue
		}
		if !containsOrPlural(b, w) {
			return false
		}
		org = org || isOrgWord(w)
		n++
	}
	for _, w := range b {
		if lex.lookup(w)&(lxConnector|lxDet) == 0 && !containsOrPlural(a, w) {
			return false
		}
	}
	return org && n >= 2
}

// oneWordMisspelt reports whether two names of a body, of three words or
// more and ending in a body's word, are the same but for one word that
// one misspells: "Betsi Cadwalder University Health Board" and "Betsi
// Cadwaladr University Health Board". The two spellings are no words
// the lexicon knows (a typo is none; "North" and "South", "Water" and
// "Waste" name two bodies), keep seven letters or more and the same
// first letter, and are at most two edits (or one swap) apart.
func oneWordMisspelt(a, b []string) bool {
	if len(a) != len(b) || len(a) < 3 || !isOrgWord(a[len(a)-1]) {
		return false
	}
	diff := -1
	for k := range a {
		if a[k] == b[k] {
			continue
		}
		if diff >= 0 {
			return false
		}
		diff = k
	}
	if diff < 0 {
		return false
	}
	x, y := a[diff], b[diff]
	if len(x) < 7 || len(y) < 7 || x[0] != y[0] || lex.lookup(x) != 0 || lex.lookup(y) != 0 {
		return false
	}
	return editDistance(x, y, 2) <= 2 || swapped(x, y)
}

// containsOrPlural reports whether list holds w, or w's plural or
// singular in -s when w is a word of four letters or more ("railway",
// "railways"); shorter words ("new", "news") are left exact.
func containsOrPlural(list []string, w string) bool {
	if contains(list, w) {
		return true
	}
	if len(w) < 4 {
		return false
	}
	if contains(list, w+"s") {
		return true
	}
	return w[len(w)-1] == 's' && len(w) > 4 && contains(list, w[:len(w)-1])
}

// acronym returns the initials of a name's capitalised words: "Korean
// Central News Agency" gives "kcna".
func acronym(words []string) string {
	acro, _ := initials(words)
	return acro
}

// initials returns the acronym of a name's words and how many of them are
// content words, no connector or determiner: one lexicon lookup a word for
// both, where setWords looked each word up once for each.
func initials(words []string) (acro string, content int) {
	// A buffer on the stack: a one-letter acronym, the most common, then
	// costs no allocation at all.
	var buf [16]byte
	b := buf[:0]
	for _, w := range words {
		if lex.lookup(w)&(lxConnector|lxDet) != 0 {
			continue
		}
		content++
		if w != "" {
			b = append(b, w[0])
		}
	}
	return string(b), content
}

// editDistance is the Levenshtein distance between a and b, giving up (and
// returning limit+1) once it must exceed limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit || len(b) >= 32 {
		return limit + 1
	}
	var pa, ca [33]int
	prev, cur := pa[:len(b)+1], ca[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// swapped reports whether a and b are the same word but for two
// neighbouring letters in the other order ("Tinsely" for "Tinsley"), the
// commonest slip of typing, which the Levenshtein distance counts twice.
func swapped(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// sameButInitials reports whether long is short with initials inserted.
func sameButInitials(long, short []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && w == short[j] {
			j++
			continue
		}
		if len(w) > 1 {
			return false
		}
	}
	return j == len(short)
}

// sameFirstName reports whether two folded first names are one person's
// within an article: one spelt with a letter more inside it ("stacey" and
// "stacy", "phillip" and "philip"), or a familiar form beside the formal
// one ("larry" and "lawrence"). A letter more at the end is another name,
// often the other sex's ("paul" and "paula"); so is any other letter
// ("mark" and "mary").
func sameFirstName(a, b string) bool {
	if a == b {
		return true
	}
	if familiarOf[a] == b || familiarOf[b] == a {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) < 4 || len(a) != len(b)+1 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return a[i+1:] == b[i:]
		}
	}
	return false
}

// familiarOf maps common English familiar first names to the formal
// name they stand for: a profile calls "Larry Page" by the name on his
// birth certificate too.
var familiarOf = map[string]string{
	"larry": "lawrence", "bill": "william", "billy": "william", "will": "william", "bob": "robert", "bobby": "robert",
	"rob": "robert", "jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas", "tommy": "thomas",
	"dick": "richard", "rick": "richard", "ted": "edward", "ed": "edward", "tony": "anthony", "dave": "david",
	"steve": "steven", "joe": "joseph", "chris": "christopher", "dan": "daniel", "danny": "daniel", "ben": "benjamin",
	"sam": "samuel", "alex": "alexander", "andy": "andrew", "kate": "katherine", "katie": "katherine", "liz": "elizabeth",
	"beth": "elizabeth", "peggy": "margaret", "sue": "susan", "jenny": "jennifer", "matt": "matthew", "nick": "nicholas",
	"pat": "patrick", "tim": "timothy", "greg": "gregory", "jerry": "gerald", "hank": "henry", "chuck": "charles",
	"charlie": "charles", "fred": "frederick", "ron": "ronald", "don": "donald", "ken": "kenneth", "walt": "walter",
}
