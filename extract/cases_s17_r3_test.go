package extract_test

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

// Session 17, helper r3: an audit of CRIME, COURTS, FIRES, DISASTERS AND
// LOCAL NEWS (police and fire spokespeople, prosecutors, lawyers, judges,
// mayors, witnesses and residents), written after classifying the misses
// of a pool of real reporting (kept outside the repository) and before
// any fix: invented people, towns and bodies crossed with the frames such
// reports use, near misses that must not change.
//
// FIRST PASS (engine at 351d05f, the whole table written first and run
// once): 42/94 (0.45): relcl 16/28, place 8/20, saying 8/24 (one of the
// failures a near miss), mixedopen 4/12, body 6/10.
//
// The pool (27 excerpts, 181 quotes: 61 direct, 105 indirect, 15 mixed;
// 47 speakers) graded once before any change: speaker F1 0.828, quote
// recall 0.945, attribution 0.865; after mending 5 articles' gold to the
// house calls ("police in <town>" and "<Town> police" are bodies, bare
// "officers told" is nobody): 0.863, 0.945, 0.906. After this branch's
// fixes: 0.959, 0.994, 0.978.
//
// Batch 2 (TestAuditS17R3Names), each class written whole from a miss
// the pool still showed and run once before its fix: gender 8/24,
// titlename 10/15, reqrel 8/16, abbrev 8/12, counsel 8/16, placeword
// 5/8, whichread 4/12, joint 1/9, appeal 2/4, footage 3/4, dispatch
// 12/16, colonmark 1/9 (70/155, 0.45).
//
// AFTER (one commit a class; every repository score set unchanged,
// held-out totals included): batch 1 99/107 (rows added to body), known
// place-as 4 and sign-saying 4 (a near miss that failed before too);
// batch 2 149/149.

var r3Known = flag.Bool("r3.known", false, "TestAuditS17R3 runs its known failures too")

func TestAuditS17R3(t *testing.T) { runAudit(t, "r3", r3Rows(), *r3Known) }

// TestAuditS17R3Names is batch 2, written after batch 1's fixes from the
// pool's remaining misses: a client, a witness or a victim named by a
// common American given name, and a surname that is also a title.
func TestAuditS17R3Names(t *testing.T) { runAudit(t, "r3names", r3NameRows(), *r3Known) }

// r3Men and r3Women are given names of the kind local reporting carries;
// a pronoun must find the one whose sex it names.
var r3Men = []string{"Harvey", "Billy", "Larry", "Dwayne", "Marvin", "Kyle", "Wesley", "Floyd"}
var r3Women = []string{"Tammy", "Kathy", "Cindy", "Janice", "Jodi", "Kimberly", "Stacy", "Jill"}

func r3NameRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	for i, m := range r3Men {
		w := r3Women[i]
		man, woman := m+" Brandt", w+" Quell"
		q := r3Said[i%len(r3Said)]
		// gender: the lawyer speaks of her client, his name the subject
		// of the sentence before her pronoun.
		add(auditRow{class: "gender/her client the subject, then she said",
			text: fmt.Sprintf("%s, %s's lawyer, said it was a sad day.\n\nBrandt was taken into custody after the verdict. “%s,” she said.", woman, man, q),
			want: []quote{{woman, auI, "it was a sad day"}, {woman, auD, q}}, speakers: []string{woman}, exact: true})
		add(auditRow{class: "gender/his client the subject, then he said",
			text: fmt.Sprintf("%s, %s's lawyer, said it was a sad day.\n\nQuell was taken into custody after the verdict. “%s,” he said.", man, woman, q),
			want: []quote{{man, auI, "it was a sad day"}, {man, auD, q}}, speakers: []string{man}, exact: true})
		add(auditRow{class: "gender/a witness and her son",
			text: fmt.Sprintf("%s was at the fair with her son, Pim, when the crowd ran.\n\n“%s,” she said.", woman, q),
			want: []quote{{woman, auD, q}}, speakers: []string{woman}, exact: true})
	}
	// titlename: a surname that is also a title, after a given name.
	for _, c := range []struct{ first, last, pron string }{
		{"Christine", "Prince", "she"}, {"Martin", "King", "he"}, {"Ada", "Bishop", "she"}, {"Tom", "Judge", "he"}, {"Grace", "Major", "she"},
	} {
		name := c.first + " " + c.last
		q := r3Said[len(c.first)%len(r3Said)]
		add(auditRow{class: "titlename/First Title-surname of Town was ...; pronoun quote",
			text: fmt.Sprintf("%s of Harwick was in the square with %s son when people started running.\n\n“%s,” %s said.", name, r3Poss(c.pron), q, c.pron),
			want: []quote{{name, auD, q}}, speakers: []string{name}, exact: true})
		add(auditRow{class: "titlename/quote, said First Title-surname, a resident",
			text: fmt.Sprintf("“%s,” said %s, a resident of the street.", q, name),
			want: []quote{{name, auD, q}}, speakers: []string{name}, exact: true})
		add(auditRow{class: "titlename/First Title-surname said that",
			text: fmt.Sprintf("%s said the road had been closed since dawn.", name),
			want: []quote{{name, auI, "the road had been closed since dawn"}}, speakers: []string{name}, exact: true})
	}
	// reqrel: a request whose hearers carry a relative clause.
	for i, c := range r3Cast {
		one := []string{c.name}
		hear := []struct{ verb, obj, inf string }{
			{"urged", "residents who live in flood-prone areas", "to seek higher ground"},
			{"told", "drivers who use the Harwick bridge", "to expect long delays"},
			{"asked", "parents who had collected children early", "to call the school office"},
			{"advised", "people who live near the river", "not to drive through standing water"},
		}[i]
		add(auditRow{class: "reqrel/V hearers who ... to-infinitive",
			text: fmt.Sprintf("%s %s %s %s.", c.name, hear.verb, hear.obj, hear.inf),
			want: []quote{{c.name, auI, hear.obj + " " + hear.inf}}, speakers: one, exact: true})
		add(auditRow{class: "reqrel/the mayor of Town V hearers who ..., named after",
			text: fmt.Sprintf("Ahead of the storm, the mayor of %s %s %s %s.\n\nDuring an interview with Mayor %s on Monday, %s said the shelters were open.", c.town, hear.verb, hear.obj, hear.inf, c.name, c.pron),
			want: []quote{{c.name, auI, hear.obj + " " + hear.inf}, {c.name, auI, "the shelters were open"}}, speakers: one, exact: true})
		add(auditRow{class: "reqrel/near miss: told reporters who had gathered that",
			text: fmt.Sprintf("%s told reporters who had gathered outside that the bridge was safe.", c.name),
			want: []quote{{c.name, auI, "the bridge was safe"}}, speakers: one, exact: true})
		add(auditRow{class: "reqrel/near miss: thanked residents who helped to clear",
			text: fmt.Sprintf("%s thanked residents who helped to clear the road.", c.name),
			want: nil, speakers: []string{}, exact: true})
	}
	// abbrev: a place's abbreviation inside a reported clause ends no
	// sentence.
	for _, c := range r3Cast {
		one := []string{c.name}
		add(auditRow{class: "abbrev/Ste. in a place's name",
			text: fmt.Sprintf("%s said a suspect was arrested at the Sault Ste. Marie post. The man had fled %s on foot.", c.name, c.town),
			want: []quote{{c.name, auI, "a suspect was arrested at the Sault Ste. Marie post"}}, speakers: one, exact: true})
		add(auditRow{class: "abbrev/Hwy. and a number",
			text: fmt.Sprintf("%s said the crash happened on Hwy. 61 near %s.", c.name, c.town),
			want: []quote{{c.name, auI, fmt.Sprintf("the crash happened on Hwy. 61 near %s", c.town)}}, speakers: one, exact: true})
		add(auditRow{class: "abbrev/Twp. then a time",
			text: fmt.Sprintf("%s said the fire started in a barn in %s Twp. on Sunday night.", c.name, c.town),
			want: []quote{{c.name, auI, fmt.Sprintf("the fire started in a barn in %s Twp. on Sunday night", c.town)}}, speakers: one, exact: true})
	}
	// counsel: "his lawyer says" in the lead, the lawyer named below.
	for i, c := range r3Cast {
		cl := r3Cast[(i+1)%len(r3Cast)]
		role := []string{"lawyer", "attorney", "solicitor", "lawyer"}[i]
		pos := r3Poss(c.pron)
		add(auditRow{class: "counsel/..., his lawyer says; below His lawyer, Y, said",
			text:     fmt.Sprintf("%s will appeal against the verdict, %s %s says.\n\n%s, 62, faces up to ten years in jail.\n\nBut %s %s, %s, said there were grounds to appeal.", c.name, pos, role, c.surname, pos, role, cl.name),
			want:     []quote{{cl.name, auI, fmt.Sprintf("%s will appeal against the verdict", c.name)}, {cl.name, auI, "there were grounds to appeal"}},
			speakers: []string{cl.name}, exact: true})
		add(auditRow{class: "counsel/..., said his lawyer; below",
			text:     fmt.Sprintf("%s did nothing wrong, said %s %s.\n\n%s %s, %s, spoke outside the court in %s.", c.name, pos, role, r3Cap(pos), role, cl.name, c.town),
			want:     []quote{{cl.name, auI, fmt.Sprintf("%s did nothing wrong", c.name)}},
			speakers: []string{cl.name}, exact: true})
		add(auditRow{class: "counsel/near miss: his lawyer says, nobody named",
			text:     fmt.Sprintf("%s will appeal against the verdict, %s %s says.\n\n%s, 62, faces up to ten years in jail.", c.name, pos, role, c.surname),
			want:     []quote{{"", auI, fmt.Sprintf("%s will appeal against the verdict", c.name)}},
			speakers: []string{}, exact: true})
		add(auditRow{class: "counsel/near miss: his lawyer says, his brother named below",
			text:     fmt.Sprintf("%s will appeal against the verdict, %s %s says.\n\n%s brother, %s, said the family was stunned.", c.name, pos, role, r3Cap(pos), cl.name),
			want:     []quote{{"", auI, fmt.Sprintf("%s will appeal against the verdict", c.name)}, {cl.name, auI, "the family was stunned"}},
			speakers: []string{cl.name}, exact: true})
	}
	// placeword: a local place named by a word for its kind.
	for i, c := range r3Cast {
		kind := []string{"Springs", "Creek", "Township", "Junction"}[i]
		road := []string{"Drive", "Boulevard", "Terrace", "Parkway"}[i]
		q := r3Said[i]
		add(auditRow{class: "placeword/Police in Town Kind said",
			text: fmt.Sprintf("Police in %s %s said they arrested a suspect on Saturday.", c.town, kind),
			want: []quote{{fmt.Sprintf("Police in %s %s", c.town, kind), auI, "they arrested a suspect on Saturday"}}, exact: true})
		add(auditRow{class: "placeword/the 200 block of X Road, then an unnamed quote",
			text: fmt.Sprintf("Firefighters were called to the 200 block of %s %s on Sunday.\n\n“%s,” a neighbour said.", c.surname, road, q),
			want: []quote{{"", auD, q}}, speakers: []string{}, exact: true})
	}
	// whichread: a statement issued, a comma, and "which read".
	for i, c := range r3Cast {
		one := []string{c.name}
		q := r3Said[i]
		add(auditRow{class: "whichread/issued a statement regarding N, which read, quote",
			text: fmt.Sprintf("%s later issued a statement regarding the verdict, which read, “%s.”", c.name, q),
			want: []quote{{c.name, auD, q + "."}}, speakers: one, exact: true})
		add(auditRow{class: "whichread/released a statement on DAY, which said that",
			text: fmt.Sprintf("%s released a statement on Friday, which said the school in %s would reopen on Monday.", c.name, c.town),
			want: []quote{{c.name, auI, fmt.Sprintf("the school in %s would reopen on Monday", c.town)}}, speakers: one, exact: true})
		add(auditRow{class: "whichread/near miss: cited a report, which said",
			text: fmt.Sprintf("%s cited a report from the river authority, which said the water was rising.", c.name),
			want: []quote{{"", auI, "the water was rising"}}, exact: true})
	}
	// joint: a surname that is a common word, "and", then a county
	// official's title and name: two people, nobody alone.
	for i, c := range []struct{ name, surname string }{{"Ada Turner", "Turner"}, {"Piet Baker", "Baker"}, {"Lena Fisher", "Fisher"}, {"Rolf Carter", "Carter"}} {
		other := r3Cast[(i+1)%len(r3Cast)]
		title := []string{"County Judge", "County Sheriff", "County Commissioner", "County Judge"}[i]
		add(auditRow{class: "joint/Surname and Place County Title Name asked",
			text: fmt.Sprintf("%s said the river would rise.\n\n%s and %s %s %s asked residents to stay off the roads.", c.name, c.surname, other.town, title, other.name),
			want: []quote{{c.name, auI, "the river would rise"}, {"", auI, "residents to stay off the roads"}}, speakers: []string{c.name}, exact: true})
		add(auditRow{class: "joint/Surname and County Title Name said",
			text: fmt.Sprintf("%s said the river would rise.\n\n%s and County Sheriff %s said the bridge would close at noon.", c.name, c.surname, other.name),
			want: []quote{{c.name, auI, "the river would rise"}, {"", auI, "the bridge would close at noon"}}, speakers: []string{c.name}, exact: true})
	}
	add(auditRow{class: "joint/near miss: a body whose remit has a common word",
		text: "The Tallow and Candle Makers Guild said the fair would go ahead.",
		want: []quote{{"Tallow and Candle Makers Guild", auI, "the fair would go ahead"}}, exact: true})
	// appeal: the closing appeal for witnesses, its hearers' phrase
	// holding a speech verb's form as a noun or participle.
	for _, a := range []struct{ subj, verb, topic string }{
		{"Police", "ask", "the shooting"}, {"Officers", "asked", "the shots fired"}, {"Detectives", "urge", "the stabbing"}, {"The sheriff's office", "asks", "the robbery"},
	} {
		hear := fmt.Sprintf("anyone with information on %s to contact police or call 88-CRIME", a.topic)
		add(auditRow{class: "appeal/Subject V anyone with information on the N-ing to contact",
			text: fmt.Sprintf("%s %s %s.", a.subj, a.verb, hear),
			want: []quote{{"", auI, hear}}, speakers: []string{}, exact: true})
	}
	// footage: footage or video shows; no one speaks.
	for _, f := range []string{"Footage", "Surveillance footage", "Dashcam footage", "Video"} {
		add(auditRow{class: "footage/N showed that",
			text: fmt.Sprintf("%s showed that the suspect wore camouflage during the attack.", f),
			want: []quote{{"", auI, "the suspect wore camouflage during the attack"}}, speakers: []string{}, exact: true})
	}
	// dispatch: "respond to a call" is police work, not a reply.
	for _, c := range r3Cast {
		one := []string{c.name}
		add(auditRow{class: "dispatch/while responding to a call ... where XBI says",
			text: fmt.Sprintf("Deputies shot a man while responding to a call in %s where the KSBI says the man fired first.", c.town),
			want: []quote{{"KSBI", auI, "the man fired first"}}, speakers: []string{"KSBI"}, exact: true})
		add(auditRow{class: "dispatch/officers responded to a report of shots",
			text: fmt.Sprintf("Officers responded to a report of shots fired on Elm Street in %s just after midnight.", c.town),
			want: nil, speakers: []string{}, exact: true})
		add(auditRow{class: "dispatch/near miss: responded to the criticism, saying",
			text: fmt.Sprintf("%s responded to the criticism, saying the plan was sound.", c.name),
			want: []quote{{c.name, auI, "the plan was sound"}}, speakers: one, exact: true})
		add(auditRow{class: "dispatch/near miss: responded that",
			text: fmt.Sprintf("Asked about the delay, %s responded that the report was late.", c.name),
			want: []quote{{c.name, auI, "the report was late"}}, speakers: one, exact: true})
	}
	// colonmark: a scraped quotation opened by a closing mark after a
	// colon, no space between.
	for i, c := range r3Cast {
		one := []string{c.name}
		q := r3Said[i]
		add(auditRow{class: "colonmark/wrote:”Quote.”",
			text: fmt.Sprintf("The Democrat, %s wrote:”%s.”", c.name, q),
			want: []quote{{c.name, auD, q + "."}}, speakers: one, exact: true})
		add(auditRow{class: "colonmark/said:”Quote.” then a sentence",
			text: fmt.Sprintf("%s said:”%s.” The hearing resumes on Monday.", c.name, q),
			want: []quote{{c.name, auD, q + "."}}, speakers: one, exact: true})
	}
	add(auditRow{class: "colonmark/near miss: a stray close after a colon in a score",
		text: "The score was 2:”1 when the lights failed.",
		want: nil, speakers: []string{}, exact: true})
	add(auditRow{class: "titlename/First Title-surname of the N Department said",
		text: "Grace Major of the Harwick Fire Department said the blaze was out.",
		want: []quote{{"Grace Major", auI, "the blaze was out"}}, speakers: []string{"Grace Major"}, exact: true})
	add(auditRow{class: "titlename/First Title-surname of N University said",
		text: "John Bishop of Harwick University said the data were clear.",
		want: []quote{{"John Bishop", auI, "the data were clear"}}, speakers: []string{"John Bishop"}, exact: true})
	add(auditRow{class: "titlename/near miss: the Title of Town, Name, said",
		text: "The Bishop of Harwick, Ada Lune, said the church would stay open.",
		want: []quote{{"Ada Lune", auI, "the church would stay open"}}, speakers: []string{"Ada Lune"}, exact: true})
	add(auditRow{class: "titlename/near miss: Crown Prince First of Country said",
		text: "Crown Prince Harald of Varnia said the talks would resume.",
		want: []quote{{"Harald", auI, "the talks would resume"}}, speakers: []string{"Harald"}, exact: true})
	return rows
}

func r3Cap(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func r3Poss(pron string) string {
	if pron == "she" {
		return "her"
	}
	return "his"
}

// r3Cast is a witness, official or lawyer: full name, surname, pronoun,
// and a town. The given names are ones the engine's name lists lack, as
// local reporting's often are.
var r3Cast = []struct{ name, surname, pron, town string }{
	{"Brin Tallow", "Tallow", "he", "Harwick"},
	{"Odile Varga", "Varga", "she", "Dunmore"},
	{"Corwin Ashby", "Ashby", "he", "Stellan"},
	{"Ysolde Penhall", "Penhall", "she", "Coldwater"},
}

var r3Said = []string{
	"The gates were locked when we got there",
	"Everybody just started running toward the river",
	"I have never seen smoke like that in thirty years",
	"We had units stationed on every exit",
}

func r3Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }
	for i, c := range r3Cast {
		q := r3Said[i]
		one := []string{c.name}
		// relcl: a reported clause whose subject carries a relative
		// clause ("said a fire that started in the basement spread").
		add(auditRow{class: "body/X earlier DAY announced that",
			text: fmt.Sprintf("%s earlier Saturday announced that a person was in custody.", c.name),
			want: []quote{{c.name, auI, "a person was in custody"}}, speakers: one, exact: true})
		add(auditRow{class: "relcl/said a N that V-ed ... V-ed",
			text: fmt.Sprintf("%s said a fire that started in the basement spread to the upper floors.", c.name),
			want: []quote{{c.name, auI, "a fire that started in the basement spread to the upper floors"}}, speakers: one, exact: true})
		add(auditRow{class: "relcl/said the N who was V-ed had",
			text: fmt.Sprintf("%s said the man who was arrested on Friday had been released on bail.", c.name),
			want: []quote{{c.name, auI, "the man who was arrested on Friday had been released on bail"}}, speakers: one, exact: true})
		add(auditRow{class: "relcl/said a N who V-ed was found",
			text: fmt.Sprintf("%s said a driver who fled the scene was found two hours later in %s.", c.name, c.town),
			want: []quote{{c.name, auI, fmt.Sprintf("a driver who fled the scene was found two hours later in %s", c.town)}}, speakers: one, exact: true})
		add(auditRow{class: "relcl/told reporters a N who lives nearby",
			text: fmt.Sprintf("%s told reporters a woman who lives nearby called the fire department.", c.name),
			want: []quote{{c.name, auI, "a woman who lives nearby called the fire department"}}, speakers: one, exact: true})
		add(auditRow{class: "relcl/said the car that hit ... was stolen, time in the NP",
			text: fmt.Sprintf("%s said the car that hit the barrier about 2:40 a.m. had been stolen in %s.", c.name, c.town),
			want: []quote{{c.name, auI, fmt.Sprintf("the car that hit the barrier about 2:40 a.m. had been stolen in %s", c.town)}}, speakers: one, exact: true})
		add(auditRow{class: "relcl/near miss: said a prayer that moved the crowd",
			text: fmt.Sprintf("%s said a prayer that moved the crowd to tears.", c.name),
			want: nil, exact: true})
		add(auditRow{class: "relcl/near miss: thanked the officers who responded",
			text: fmt.Sprintf("%s thanked the officers who responded to the call.", c.name),
			want: nil, exact: true})

		// place: a witness named with "of/from <town>" where the town
		// must not take the witness's words.
		add(auditRow{class: "place/among those was X of Town, who ...; pronoun quote",
			text: fmt.Sprintf("Among those headed home early was %s of %s, who was there with family.\n\n“%s,” %s said.", c.name, c.town, q, c.pron),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		add(auditRow{class: "place/X of Town, who ..., saw; pronoun quote",
			text: fmt.Sprintf("%s of %s, who was on the bridge with a friend, saw the crowd turn.\n\n“%s,” %s said.", c.name, c.town, q, c.pron),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
		first := c.name[:len(c.name)-len(c.surname)-1]
		add(auditRow{class: "place/identified himself as First from Town",
			text: fmt.Sprintf("A witness who only identified %s as %s from %s described a panic.\n\n“%s,” %s said.", r3Reflexive(c.pron), first, c.town, q, c.pron),
			want: []quote{{first, auD, q}}, speakers: []string{first}, exact: true})
		add(auditRow{class: "place/near miss: the mayor of Town, X, said",
			text: fmt.Sprintf("The mayor of %s, %s, said the shelters would stay open.", c.town, c.name),
			want: []quote{{c.name, auI, "the shelters would stay open"}}, speakers: one, exact: true})
		add(auditRow{class: "place/near miss: Town police say",
			text: fmt.Sprintf("%s police say there was no confirmation of any gunfire.", c.town),
			want: []quote{{c.town + " police", auI, "there was no confirmation of any gunfire"}}, exact: true})

		// saying: a written message whose content follows "saying".
		add(auditRow{class: "saying/issued a written statement at TIME saying",
			text: fmt.Sprintf("Sgt. %s, a spokesman with the %s Police Department, issued a written statement at 3:20 p.m. saying officers were pursuing the suspect.", c.name, c.town),
			want: []quote{{c.name, auI, "officers were pursuing the suspect"}}, speakers: one, exact: true})
		add(auditRow{class: "saying/sent an update at TIME saying",
			text: fmt.Sprintf("%s is the department's spokesman.\n\n%s sent an update at 3:26 p.m. saying the suspect was in custody.", c.name, c.surname),
			want: []quote{{c.name, auI, "the suspect was in custody"}}, speakers: one, exact: true})
		add(auditRow{class: "saying/posted a message on Facebook saying",
			text: fmt.Sprintf("%s posted a message on Facebook on Sunday saying the road would reopen by noon.", c.name),
			want: []quote{{c.name, auI, "the road would reopen by noon"}}, speakers: one, exact: true})
		add(auditRow{class: "saying/released a statement DAY saying",
			text: fmt.Sprintf("%s released a statement Tuesday saying the school would stay closed until Friday.", c.name),
			want: []quote{{c.name, auI, "the school would stay closed until Friday"}}, speakers: one, exact: true})
		add(auditRow{class: "saying/near miss: issued a statement, no content",
			text: fmt.Sprintf("%s issued a statement on Tuesday.", c.name),
			want: nil, exact: true})
		add(auditRow{class: "saying/near miss: a sign saying",
			text: fmt.Sprintf("%s put up a sign saying the shop was closed.", c.name),
			want: nil, speakers: []string{}})

		// mixedopen: a reported clause that opens with a quoted word.
		add(auditRow{class: "mixedopen/said that “word” of N V",
			text: fmt.Sprintf("%s said that “hundreds” of rescues have taken place in %s.", c.name, c.town),
			want: []quote{{c.name, auM, fmt.Sprintf("“hundreds” of rescues have taken place in %s", c.town)}}, speakers: one, exact: true})
		add(auditRow{class: "mixedopen/said “word” of N V",
			text: fmt.Sprintf("%s said “scores” of people still need to be rescued.", c.name),
			want: []quote{{c.name, auM, "“scores” of people still need to be rescued"}}, speakers: one, exact: true})
		add(auditRow{class: "mixedopen/near miss: “word” of N, no verb",
			text: fmt.Sprintf("%s said “hundreds” of them.", c.name),
			want: []quote{{c.name, auD, "hundreds"}}, speakers: one, exact: true})
		add(auditRow{class: "mixedopen/near miss: said “sentence.”",
			text: fmt.Sprintf("%s said, “%s.”", c.name, q),
			want: []quote{{c.name, auD, q}}, speakers: one, exact: true})
	}
	// body: a body known by its initials announces, says in a statement.
	for _, b := range []struct{ name, long string }{{"VBI", "Varn Bureau of Investigation"}, {"KSBI", "Kessel State Bureau of Investigation"}} {
		add(auditRow{class: "body/The XBI announced that",
			text: fmt.Sprintf("The %s earlier Saturday announced that a person was in custody.", b.name),
			want: []quote{{b.name, auI, "a person was in custody"}}, speakers: []string{b.name}, exact: true})
		add(auditRow{class: "body/The XBI said DAY that",
			text: fmt.Sprintf("The %s said Friday that officers were investigating vandalism at three shops.", b.name),
			want: []quote{{b.name, auI, "officers were investigating vandalism at three shops"}}, speakers: []string{b.name}, exact: true})
		add(auditRow{class: "body/An XBI statement says",
			text: fmt.Sprintf("An %s statement released Saturday says Harwick police took the person into custody.", b.name),
			want: []quote{{b.name, auI, "Harwick police took the person into custody"}}, exact: true})
		add(auditRow{class: "body/the long name, then the initials, said",
			text: fmt.Sprintf("The %s (%s) said the fire was set deliberately.", b.long, b.name),
			want: []quote{{b.long, auI, "the fire was set deliberately"}}, exact: true})
		add(auditRow{class: "body/The N Police statement released DAY says",
			text: fmt.Sprintf("A %s Police statement released on Saturday says the man was arrested near the border.", strings.Fields(b.long)[0]),
			want: []quote{{strings.Fields(b.long)[0] + " Police", auI, "the man was arrested near the border"}}, exact: true})
		add(auditRow{class: "body/near miss: the statement released DAY was short",
			text: fmt.Sprintf("The %s statement released Saturday was two lines long.", b.name),
			want: nil, speakers: []string{}, exact: true})
		add(auditRow{class: "body/near miss: an XBI agent arrested",
			text: fmt.Sprintf("An %s agent arrested the man at the border.", b.name),
			want: nil, speakers: []string{}, exact: true})
	}
	add(auditRow{class: "body/near miss: two names, who earlier this month indicated",
		text: "The group is led by two directors, Brin Tallow and Odile Varga, who earlier this month indicated they held a stake in the firm.",
		want: []quote{{"", auI, "they held a stake in the firm"}}, speakers: []string{}, exact: true})
	for i := range rows {
		rows[i].known = r3KnownClass[rows[i].class]
	}
	return rows
}

// Mechanisms of the rows still failing, by row class.
const (
	r3PlaceMech = "place-as: \"a witness who identified himself as X from <Town> described\": the town, one name word, is read as the subject of the verb after it and takes the pronoun's quote"
	r3SignMech  = "sign-saying: \"put up a sign saying X\" gives the sign's words to whoever put it up"
)

var r3KnownClass = map[string]string{
	"place/identified himself as First from Town": r3PlaceMech,
	"saying/near miss: a sign saying":             r3SignMech,
}

func r3Reflexive(pron string) string {
	if pron == "she" {
		return "herself"
	}
	return "himself"
}
