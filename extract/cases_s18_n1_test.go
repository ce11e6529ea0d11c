package extract_test

import "testing"

// Session 18, helper n1: science and health reporting (agency and
// university releases, public-health bodies, wire and broadcaster copy
// about research, medicine, climate and space). A fresh pool of 28 real
// excerpts, annotated and read twice before the extractor ran on it,
// gave the classes these rows probe with invented people, bodies and
// places.
//
// FIRST PASS (whole table written first and run once before any fix):
// 16/53 (0.30): roleapp 7/29, reportedas 1/4, reqtime 2/5, bodystaff 1/3,
// heand 1/3, jointappos 1/2, capsword 1/3, acronym 2/4. (The pool itself,
// first grading: speaker F1 0.899, quote recall 0.957, attribution 0.872;
// four gold quotes were then mended to the repository's calls, "called
// for X to" being no request and "BODY officials said" the body's, giving
// 0.909, 0.964, 0.895 on the same engine.)
//
// Fix 1 (roleapp): "Ada Vell, lead seasonal forecaster with the Orvane
// Weather Office's Climate Outlook Center, said": a role noun the lexicon
// did not know, standing bare after a name, left no apposition, and the
// body at its end took the words. "forecaster", "conservationist",
// "naturalist", "taxonomist", "environmentalist" and "postdoc" are role
// words now, and so is any word the lexicon lacks that ends like a
// specialist's title, "-ologist", "-ographer", "-ician", "-iatrist"
// (roleBySuffix): "hematologist", "geographer", "bioinformatician". Pool:
// speaker F1 0.909 -> 0.945, attribution 0.895 -> 0.917; every score set
// and the ten session-17 pools unchanged.
//
// Fix 2 (acronym): "the U.S. Seismic Bureau said ... The USSB said": the
// dotted "U.S." gave one initial, so the later initials were a second
// speaker; a first word of single letters parted by full stops ("u.s",
// "u.k.") now gives each letter (dottedLetters). Pool speaker F1 0.945 ->
// 0.954; every score set and the ten session-17 pools unchanged.
//
// Fix 3 (reportedas): "The quake, initially reported as a weaker 4.1,
// was shallow, the Survey said": "reported" in an aside about the subject
// was taken for a cue, which cut the clause at "as" and left it nobody's;
// a participle "reported as" after a comma (and adverbs of time), its
// aside closed by a comma, is no cue now (asideParticiple). Pool
// attribution 0.917 -> 0.925; every score set and the ten session-17
// pools unchanged.
//
// Fix 4 (reqtime): "urged residents on Wednesday to boil their water",
// "advised residents with symptoms — such as a cough — to stay home": a
// day after "on" (a weekday or a month and its number), or an aside in
// dashes after the hearers' own words, between the hearers and the
// infinitive lost the request (requestObjectTail), and a dash before the
// infinitive cut it (trimRequest now cuts only at a dash after it). Pool
// speaker F1 0.954 -> 0.964, quote recall 0.964 -> 0.971; every score set
// and the ten session-17 pools unchanged.
//
// Fix 5 (heand): "said he and Governor Odo Brannock support rewriting
// the finding": two subjects joined by "and", each a subject pronoun or
// a person's name, then a verb in its plain form, which the lexicon
// mostly lacks, were no clause (coordinatedSubjectVerb); three rows
// added after the first pass, two of them near misses. Pool quote recall
// 0.971 -> 0.978; every score set and the ten session-17 pools unchanged.
//
// Fix 6 (capsword): "A FLAWED study claiming ... should be withdrawn,
// scientists say": a newspaper's one word in capitals after the opening
// article was read as a body's initials, a false speaker; such a word of
// five letters or more, then a word in lower case, is read in lower case
// when the lexicon calls it common or it ends like an adjective or a
// participle ("-ed", "-ing", "-ly", "-ous", "-ful"): capsLeadWord. Three
// rows added after the first pass, one a near miss. Pool speaker F1 0.964
// -> 0.972, attribution 0.926 -> 0.933; every score set and the ten
// session-17 pools unchanged.
//
// Fix 7 (jointappos): "Responding to questions, Brannock and Tamsin
// Vell, the acting head of the bureau, were insistent that ...": two
// joined names with an aside after the second speak together when they
// open the sentence; after an opening phrase (afterIntro) the second took
// the words alone. Two rows added after the first pass, one a near miss.
// Pool attribution 0.933 -> 0.941; every score set and the ten
// session-17 pools unchanged.
//
// Fix 8 (whilequote): "said while the result was “disappointing in many
// ways”, the hunt continues": a concession opening the clause may hold a
// few quoted words, its comma outside the marks (concessionThenClause);
// the whole clause was lost, only the quoted words kept as a direct
// fragment. Three rows added after the first pass, two near misses. Pool
// quote recall 0.978 -> 0.986; every score set and the ten session-17
// pools unchanged.
//
// Fix 9 (announcedrel, a class added after the first pass, its own first
// pass 3/6): "Ivo Marn announced rules that would cut emissions", "...
// announced changes to the act that dramatically alter the way ...": a
// bare noun phrase after "announced" whose relative clause opens on its
// own verb, with no verb of a clause after it (verbAfterRelative), names
// what was announced, no reported clause. Kept to "announce": the same
// test after every verb cost held-out totals (pages heldout-a attribution
// 0.914 -> 0.903, Wikinews validation recall 0.902 -> 0.898). Pool
// speaker F1 0.972 -> 0.981 (two false speakers gone); every score set
// and the ten session-17 pools unchanged.
//
// Fix 10 (andlater, a class added after the first pass, its own first
// pass 2/5): "announced the first case Jan. 19 and later confirmed five
// more": the speaker's own second verb after "and" and an adverb of time
// ("later", "then", "soon") was read as the verb of a clause whose
// subject was the object; it ends the object now, as one right after
// "and" did (clauseLike). Pool speaker F1 0.981 -> 0.991; pages
// heldout-b speaker F1 0.901 -> 0.914; every other score set and the ten
// session-17 pools unchanged.
//
// Fix 11 (inclrole, a class added after the first pass, its own first
// pass 2/4): "Officials at the news conference, including the city's
// mayor, Ivo Marn, urged residents to ...": the name in apposition to the
// example's role took the request; the group opening the sentence speaks
// together, as with a titled example (exampleWithRoleBefore). Pool
// speaker F1 0.991 -> 1.000, attribution 0.941 -> 0.949; every score set
// and the ten session-17 pools unchanged.
//
// Fix 12 (bodystaff): "..., Orvane Space Agency scientists and engineers
// said Friday.": two unnamed groups joined by "and" hand the clause
// before the comma over, but a body's name or a noun before them
// ("agency scientists and engineers") hid the comma, and the clause was
// lost (complementBefore). Two rows added after the first pass, one a
// near miss, the other (a possessive before the groups) still failing.
// Pool quote recall 0.986 -> 0.993; every score set and the ten
// session-17 pools unchanged.

// n1s18PossessiveStaff: a row added after fix 12, failing before it too.
const n1s18PossessiveStaff = "possessive-staff: \"..., the agency's scientists and engineers said\": an article and a possessive before the two groups still hide the handing-over comma (complementBefore steps back over names and nouns only)"

// n1s18ListBodies: a known failure this session left alone.
const n1s18ListBodies = "list-bodies: three bodies joined by commas and \"and\" before the cue give the last two as one speaker, not nobody (a joint statement); older than this session, its rows elsewhere"

func TestAuditS18N1(t *testing.T) { runAudit(t, "s18n1", n1s18Rows(), *auditKnown) }

// n1s18Roles are bare role nouns of science and health work that stand
// after a name with no article ("Tamsin Vell, lead forecaster with the
// ..., said"), each with a modifier the way releases write them.
var n1s18Roles = []string{
	"lead seasonal forecaster",
	"senior forecaster",
	"conservationist",
	"staff naturalist",
	"taxonomist",
	"clinician",
	"consultant gastroenterologist",
	"paediatric ophthalmologist",
	"hematologist",
	"geographer",
	"bioinformatician",
	"nephrologist",
}

// n1s18Bodies are the bodies the roles work for, some with a unit behind a
// possessive, the shape that took the speaker from the person.
var n1s18Bodies = []string{
	"the Orvane Weather Office's Climate Outlook Center",
	"the Climate Outlook Center",
	"Kessel University Hospital",
	"the Brask Institute of Marine Science",
}

func n1s18Rows() []auditRow {
	const (
		vell      = "Tamsin Vell"
		brannock  = "Odo Brannock"
		salk      = "Mira Salk"
		clause    = "the dry spell would last into June"
		direct    = "The dry spell will last into June"
		seismic   = "Brask Seismic Bureau"
		usSeismic = "U.S. Seismic Bureau"
	)
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// roleapp: a bare role noun phrase after a name, then the cue.
	for i, role := range n1s18Roles {
		body := n1s18Bodies[i%len(n1s18Bodies)]
		add(auditRow{class: "roleapp/cue after, " + role,
			text:     vell + ", " + role + " with " + body + ", said " + clause + ".",
			want:     []quote{{vell, auI, clause}},
			speakers: []string{vell}})
		add(auditRow{class: "roleapp/quote first, " + role,
			text:     "“" + direct + ",” " + brannock + ", " + role + " at " + body + ", said in a release.",
			want:     []quote{{brannock, auD, direct}},
			speakers: []string{brannock}})
	}
	add(auditRow{class: "roleapp/degree then role",
		text:     "“" + direct + ",” " + salk + ", Ph.D., lead seasonal forecaster with the Orvane Weather Office's Climate Outlook Center, said in a release.",
		want:     []quote{{salk, auD, direct}},
		speakers: []string{salk}})
	add(auditRow{class: "roleapp/inverted",
		text:     "“" + direct + ",” said " + salk + ", senior forecaster at the Climate Outlook Center.",
		want:     []quote{{salk, auD, direct}},
		speakers: []string{salk}})
	// Near misses: the body speaks when no person stands before it.
	add(auditRow{class: "roleapp/near: the body alone",
		text: "The Climate Outlook Center, which employs forecasters, said " + clause + ".",
		want: []quote{{"Climate Outlook Center", auI, clause}}})
	add(auditRow{class: "roleapp/near: a forecaster with an article",
		text:     vell + ", a forecaster with the Climate Outlook Center, said " + clause + ".",
		want:     []quote{{vell, auI, clause}},
		speakers: []string{vell}})
	add(auditRow{class: "roleapp/near: a list of two bodies",
		known: n1s18ListBodies,
		text:  "The Brask Institute of Marine Science, the Climate Outlook Center and Kessel University Hospital said " + clause + ".",
		want:  []quote{{"", auI, clause}}})

	// reportedas: a participle "reported as" inside the clause's subject
	// is no cue of its own.
	for _, f := range []struct{ name, text, want, who string }{
		{"initially reported as", "The quake, initially reported as a weaker magnitude 4.1, was shallow, the " + seismic + " said.",
			"The quake, initially reported as a weaker magnitude 4.1, was shallow", seismic},
		{"first reported as", "The outbreak, first reported as a cluster of three cases, had spread to two towns, the Orvane Health Board said.",
			"The outbreak, first reported as a cluster of three cases, had spread to two towns", "Orvane Health Board"},
		{"earlier reported as", "The storm, earlier reported as a tropical depression, had strengthened overnight, the Orvane Weather Office said.",
			"The storm, earlier reported as a tropical depression, had strengthened overnight", "Orvane Weather Office"},
	} {
		add(auditRow{class: "reportedas/" + f.name, text: f.text,
			want: []quote{{f.who, auI, f.want}}, exact: true})
	}
	add(auditRow{class: "reportedas/near: a reported that-clause",
		text: "The " + seismic + " reported that the quake was shallow.",
		want: []quote{{seismic, auI, "the quake was shallow"}}})

	// reqtime: a request with a time or an aside between its object and
	// the infinitive.
	for _, f := range []struct{ name, text, want string }{
		{"on a weekday", "The Orvane Health Board urged residents on Wednesday to boil their drinking water.", "residents on Wednesday to boil their drinking water"},
		{"on a date", "The Orvane Health Board asked parents on May 3 to keep sick children at home.", "parents on May 3 to keep sick children at home"},
		{"dashes", "The Orvane Health Board advised residents with symptoms — such as a dry cough or a fever — to stay at home.", "residents with symptoms — such as a dry cough or a fever — to stay at home"},
		{"bare weekday", "The Orvane Health Board urged residents Wednesday to boil their drinking water.", "residents Wednesday to boil their drinking water"},
	} {
		add(auditRow{class: "reqtime/" + f.name, text: f.text,
			want: []quote{{"Orvane Health Board", auI, f.want}}})
	}
	add(auditRow{class: "reqtime/near: a noun object then a time",
		text: "The Orvane Health Board urged caution on Wednesday to the dismay of traders.",
		want: []quote{}, exact: true})

	// bodystaff: "BODY scientists and engineers said" at the end.
	add(auditRow{class: "bodystaff/scientists and engineers",
		text: "The rover is alive and well after its first night on the plain, Orvane Space Agency scientists and engineers said Friday.",
		want: []quote{{"", auI, "The rover is alive and well after its first night on the plain"}}})
	add(auditRow{class: "bodystaff/doctors and nurses",
		text: "The ward would reopen within a week, Kessel University Hospital doctors and nurses said.",
		want: []quote{{"", auI, "The ward would reopen within a week"}}})
	add(auditRow{class: "bodystaff/near: scientists and engineers",
		text: "The rover is alive and well after its first night on the plain, scientists and engineers said Friday.",
		want: []quote{{"", auI, "The rover is alive and well after its first night on the plain"}}})

	add(auditRow{class: "bodystaff/a possessive before the groups", known: n1s18PossessiveStaff,
		text: "The rover is alive and well, the agency's scientists and engineers said Friday.",
		want: []quote{{"", auI, "The rover is alive and well"}}})
	add(auditRow{class: "bodystaff/near: a clause's own words before the groups",
		text: "The rover survived the night and engineers and scientists said it was well.",
		want: []quote{{"", auI, "it was well"}}})

	// heand: a clause whose subject is "he and NAME".
	add(auditRow{class: "heand/he and a titled name",
		text: vell + " said he and Governor " + brannock + " support rewriting the agency's finding.",
		want: []quote{{vell, auI, "he and Governor " + brannock + " support rewriting the agency's finding"}}})
	add(auditRow{class: "heand/she and a name",
		text: vell + " said she and " + brannock + " support rewriting the finding.",
		want: []quote{{vell, auI, "she and " + brannock + " support rewriting the finding"}}})
	add(auditRow{class: "heand/they and a body",
		text: vell + " said she and the Orvane Health Board had agreed to share the data.",
		want: []quote{{vell, auI, "she and the Orvane Health Board had agreed to share the data"}}})

	add(auditRow{class: "heand/name and she",
		text: vell + " said " + brannock + " and she agree on the plan.",
		want: []quote{{vell, auI, brannock + " and she agree on the plan"}}})
	add(auditRow{class: "heand/near: two names after a verb of no clause",
		text:  vell + " thanked " + brannock + " and " + salk + " for their work.",
		want:  []quote{},
		exact: true})
	add(auditRow{class: "heand/near: no verb after the names",
		text:  vell + " said she and " + brannock + ".",
		want:  []quote{},
		exact: true})

	// jointappos: two people joined by "and", the second with a role.
	add(auditRow{class: "jointappos/opening phrase",
		text: "Responding to questions, Brannock and " + vell + ", the acting head of the bureau, were insistent that the cuts would not harm forecasting.",
		want: []quote{{"", auI, "the cuts would not harm forecasting"}}})
	add(auditRow{class: "jointappos/no opening phrase",
		text: brannock + " and " + vell + ", the acting head of the bureau, were insistent that the cuts would not harm forecasting.",
		want: []quote{{"", auI, "the cuts would not harm forecasting"}}})

	add(auditRow{class: "jointappos/opening phrase, two full names",
		text: "After the briefing, " + brannock + " and " + vell + ", the acting head of the bureau, said the cuts would not harm forecasting.",
		want: []quote{{"", auI, "the cuts would not harm forecasting"}}})
	add(auditRow{class: "jointappos/near: opening phrase, one name with a role",
		text:     "Responding to questions, " + vell + ", the acting head of the bureau, said the cuts would not harm forecasting.",
		want:     []quote{{vell, auI, "the cuts would not harm forecasting"}},
		speakers: []string{vell}})

	// whilequote: a concession holding a few quoted words, then the
	// main clause.
	add(auditRow{class: "whilequote/quoted phrase in the concession",
		text:     vell + " said while the result was “disappointing in many ways”, the hunt for the gas continues.",
		want:     []quote{{vell, auM, "while the result was “disappointing in many ways”, the hunt for the gas continues"}},
		speakers: []string{vell}})
	add(auditRow{class: "whilequote/near: no quotation",
		text: vell + " said while the result was disappointing, the hunt for the gas continues.",
		want: []quote{{vell, auI, "while the result was disappointing, the hunt for the gas continues"}}})
	add(auditRow{class: "whilequote/near: while opening an adjunct",
		text: vell + " said while visiting the lab that the work was careful.",
		want: []quote{{vell, auI, "the work was careful"}}})

	// announcedrel: what a body announced, a noun phrase and its relative
	// clause, is no reported clause.
	for _, f := range []struct{ name, text string }{
		{"would", "Ivo Marn announced rules that would cut emissions from the port."},
		{"adverb and plain verb", "Outgoing Administrator Ivo Marn announced changes to the Harbour Act that dramatically alter the way the board calculates the cost and benefits of policies."},
		{"will", "The Orvane Water Board announced new limits that will take effect in May."},
	} {
		add(auditRow{class: "announcedrel/" + f.name, text: f.text, want: []quote{}, exact: true})
	}
	add(auditRow{class: "announcedrel/near: announced that",
		text: "Ivo Marn announced that rules would cut emissions from the port.",
		want: []quote{{"Ivo Marn", auI, "rules would cut emissions from the port"}}})
	add(auditRow{class: "announcedrel/near: a clause's verb after the relative",
		text: "Ivo Marn announced plans that were drawn up last year would be dropped.",
		want: []quote{{"Ivo Marn", auI, "plans that were drawn up last year would be dropped"}}})
	add(auditRow{class: "announcedrel/near: said",
		text: "Ivo Marn said residents who live near the river should leave.",
		want: []quote{{"Ivo Marn", auI, "residents who live near the river should leave"}}})

	// andlater: the speaker's own second verb after "and" and an adverb
	// of time ends the noun phrase a cue took for a clause.
	for _, f := range []struct{ name, text string }{
		{"announced, a date", "The Orvane Health Board announced the first case Jan. 19 and later confirmed five more."},
		{"reported, a weekday", "The Orvane Health Board reported the first case on Monday and then confirmed two more."},
		{"announced, soon", "The Orvane Health Board announced a recall of the vaccine and soon extended it to two clinics."},
	} {
		add(auditRow{class: "andlater/" + f.name, text: f.text, want: []quote{}, exact: true})
	}
	add(auditRow{class: "andlater/near: later as an adjective",
		text: "Ivo Marn said the first case and later ones showed the same strain.",
		want: []quote{{"Ivo Marn", auI, "the first case and later ones showed the same strain"}}})
	add(auditRow{class: "andlater/near: the clause's own two verbs",
		text: "Ivo Marn said prices rose in May and later fell.",
		want: []quote{{"Ivo Marn", auI, "prices rose in May and later fell"}}})

	// inclrole: a group "including" an example given by role and name.
	add(auditRow{class: "inclrole/request",
		text:     "Officials at the news conference, including the city's mayor, Ivo Marn, urged residents to leave.",
		want:     []quote{{"", auI, "residents to leave"}},
		speakers: []string{}})
	add(auditRow{class: "inclrole/clause",
		text:     "Researchers at the institute, including its director, Ada Vell, said the reef was shrinking.",
		want:     []quote{{"", auI, "the reef was shrinking"}},
		speakers: []string{}})
	add(auditRow{class: "inclrole/near: the role and name alone",
		text:     "The city's mayor, Ivo Marn, urged residents to leave.",
		want:     []quote{{"Ivo Marn", auI, "residents to leave"}},
		speakers: []string{"Ivo Marn"}})
	add(auditRow{class: "inclrole/near: a titled example",
		text:     "Officials, including Mayor Ivo Marn, urged residents to leave.",
		want:     []quote{{"", auI, "residents to leave"}},
		speakers: []string{}})

	// capsword: a newspaper's capitalised first words are no name.
	add(auditRow{class: "capsword/one word, plain clause",
		text:     "A DEADLY fungus has reached the northern forests, rangers said.",
		want:     []quote{{"", auI, "A DEADLY fungus has reached the northern forests"}},
		speakers: []string{}})
	add(auditRow{class: "capsword/one word in -ing",
		text:     "A GROWING number of wells are running dry, the Orvane Water Board said.",
		want:     []quote{{"Orvane Water Board", auI, "A GROWING number of wells are running dry"}},
		speakers: []string{"Orvane Water Board"}})
	add(auditRow{class: "capsword/near: a body's initials after the article",
		text: "A UNEPO team has reached the reef, the Orvane Water Board said.",
		want: []quote{{"Orvane Water Board", auI, "A UNEPO team has reached the reef"}}})
	add(auditRow{class: "capsword/one word",
		text:     "A FLAWED study claiming that the sea is cooling should be withdrawn, top scientists say.",
		want:     []quote{{"", auI, "A FLAWED study claiming that the sea is cooling should be withdrawn"}},
		speakers: []string{}})
	add(auditRow{class: "capsword/two words",
		text:     "THE DROUGHT in the south will last into June, forecasters said.",
		want:     []quote{{"", auI, "THE DROUGHT in the south will last into June"}},
		speakers: []string{}})
	add(auditRow{class: "capsword/near: an acronym",
		text:     "A BSB map of the fault was published on Monday, the " + seismic + " said.",
		want:     []quote{{seismic, auI, "A BSB map of the fault was published on Monday"}},
		speakers: []string{seismic}})

	// acronym: a dotted "U.S." opening a body's name still gives the
	// initials a later mention uses.
	add(auditRow{class: "acronym/U.S. body then initials",
		text:     "A quake struck off the coast on Friday, the " + usSeismic + " said.\n\nThe USSB said two readings had differed.",
		want:     []quote{{usSeismic, auI, "A quake struck off the coast on Friday"}, {usSeismic, auI, "two readings had differed"}},
		speakers: []string{usSeismic}})
	add(auditRow{class: "acronym/U.K. body then initials",
		text:     "The U.K. Marine Survey says the reef is recovering. The UKMS said the survey took a year.",
		want:     []quote{{"U.K. Marine Survey", auI, "the reef is recovering"}, {"U.K. Marine Survey", auI, "the survey took a year"}},
		speakers: []string{"U.K. Marine Survey"}})
	add(auditRow{class: "acronym/near: plain body then initials",
		text:     "A quake struck off the coast on Friday, the " + seismic + " said.\n\nThe BSB said two readings had differed.",
		want:     []quote{{seismic, auI, "A quake struck off the coast on Friday"}, {seismic, auI, "two readings had differed"}},
		speakers: []string{seismic}})
	add(auditRow{class: "acronym/near: other initials",
		text: "A quake struck off the coast on Friday, the " + usSeismic + " said.\n\nThe USGB said two readings had differed.",
		want: []quote{{usSeismic, auI, "A quake struck off the coast on Friday"}, {"USGB", auI, "two readings had differed"}}})
	for i := range rows {
		if k, ok := n1s18Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	return rows
}

// n1s18Known gives the rows still failing their mechanism.
var n1s18Known = map[string]string{
	"capsword/one word": n1s18StudyClaiming,
}

const (
	n1s18StudyClaiming = "study-claiming: \"A FLAWED study claiming that the sea is cooling should be withdrawn, scientists say\": the participle \"claiming that\" inside the subject gives its own clause, cut short, and the main clause is lost (its speaker is right: nobody)"
)
