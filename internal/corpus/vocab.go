package corpus

// This file is the generator's raw material: names, organisations, places
// and sentence templates. Everything here is fictional. It is plain data,
// compiled once into a vocab (see pool.go) and never changed.
//
// Templates are written with straight quotes and apostrophes; articles in
// the curly style are converted as a whole afterwards (see smarten).
//
// Slots a template may use (see slotByName):
//
//	{topic}     the article's story, a noun phrase read after "the"
//	{topic2}    another story of the same section
//	{place}     the article's town; {place2} another town
//	{org}       the article's main organisation ("the Harbour Authority")
//	{orgshort}  its short form ("the authority")
//	{group}     people affected, plural ("commuters"); {group2} another
//	{n}         a small number in words; {num} a larger one in figures
//	{pct}       a percentage without the sign ("4.2")
//	{money}     an amount ("18 million crowns")
//	{month}, {year}, {oldyear}, {period}, {weekday}, {ordinal}
//	{agency}    the news agency the article cites
//	{silent}    a person mentioned but not quoted, as "Name, role"
//	{silentorg} an organisation mentioned but not quoted
//	{quote}     an unnamed passer-by's words
//	{who}       the main speaker with title (captions only)

// country is the main fictional country; others appear in World stories.
const (
	country  = "Valdoria"
	capital  = "Corvessa"
	currency = "crowns"
)

// orgKind decides which offices an organisation has (see offices).
type orgKind int

const (
	kindMinistry orgKind = iota
	kindGovernment
	kindParty
	kindCouncil
	kindCompany
	kindUnion
	kindNGO
	kindAgency
	kindUniversity
	kindHospital
	kindClub
	kindCourt
	kindPolice
)

// orgSpec describes one organisation. dept names a ministry's portfolio
// ("Transport" gives "Transport Minister"); land is the country when it is
// not Valdoria; field is what its professors profess.
type orgSpec struct {
	name, short string
	kind        orgKind
	place       string
	dept        string
	land        string
	field       string
}

// office is a post a person in the pool holds: an optional title used
// before the name ("Interior Minister Ingrid Ashford") and an appositive
// description ("a spokeswoman for the Harbour Authority"). Placeholders:
// {org}, {Short} (the short name without "the", capitalised), {place},
// {land}, {Dept}, {dept}, {field}, {spokes}.
type office struct{ title, desc string }

// section is the raw material for one news section. Topics are noun phrases
// read after "the"; clauses are reported speech ("said that ..."); quotes
// are the speaker's own words, without closing punctuation; facts are
// sentences of narrative; captions describe the photograph.
type section struct {
	name     string
	orgs     []orgSpec
	topics   []string
	groups   []string
	clauses  []string
	quotes   []string
	facts    []string
	captions []string
	// ledes are news told first, with the attribution after: "Ticket
	// prices will rise by 4 per cent from March, Valrail said on Monday."
	ledes []string
}

// rawVocab is everything the generator is made of, before compiling.
type rawVocab struct {
	femaleNames, maleNames                      []string
	surnameRoots, surnameEndings, extraSurnames []string
	towns, agencies                             []string
	months, periods, ordinals, smallNum         []string
	sections                                    []section
	genericLedes                                []string
	genericClauses, genericQuotes, quoteTails   []string
	fragments, genericFacts, silentFacts        []string
	closings, genericCaptions, voxQuotes        []string
	reportVerbs, alsoVerbs, quoteCues           []string
}

// raw returns the generator's raw material. It is a function rather than
// package variables so that the package holds no mutable state; it runs
// once, when the vocabulary is compiled.
func raw() rawVocab {
	return rawVocab{
		femaleNames: []string{
			"Ingrid", "Helena", "Lise", "Clara", "Odile", "Petra", "Sabine", "Miriam", "Tove", "Agnes",
			"Beatrix", "Cora", "Delphine", "Elin", "Freya", "Greta", "Hanne", "Ilse", "Jorun", "Katja",
			"Liv", "Marit", "Nadia", "Orla", "Pia", "Ronja", "Sigrid", "Thea", "Una", "Vera",
			"Wenna", "Ysolde", "Zofia", "Amara", "Bettina", "Celeste", "Dagny", "Edda", "Fenna", "Gisela",
			"Hilde", "Isolde", "Johanna", "Kaia", "Linnea", "Magda", "Noor", "Ottilie", "Priya", "Rhea",
			"Solveig", "Tamsin", "Ulla", "Viveka", "Wilma", "Yara", "Zelda", "Aurelie", "Brigitta", "Carys",
		},

		maleNames: []string{
			"Anders", "Bastian", "Casimir", "Dorian", "Emil", "Fabian", "Gideon", "Henrik", "Ivo", "Jasper",
			"Kasper", "Leopold", "Matthias", "Niels", "Oskar", "Piet", "Quentin", "Rune", "Soren", "Tobias",
			"Ulrik", "Valentin", "Wendel", "Xavier", "Yannick", "Aurel", "Benedikt", "Corin", "Darius", "Elias",
			"Florian", "Gustav", "Hugo", "Isak", "Joachim", "Konrad", "Lucian", "Magnus", "Nikolai", "Osric",
			"Pascal", "Ragnar", "Stellan", "Torben", "Viggo", "Albin", "Bruno", "Cyril", "Edmund", "Felix",
			"Gregor", "Hektor", "Ansel", "Lorcan", "Mattias", "Evander", "Frode", "Lasse", "Milo", "Severin",
		},

		// Surnames are built from a root and an ending, so that every speaker in
		// the pool has a surname of their own and a surname-only second reference
		// is never ambiguous. A few written-out names carry apostrophes, which
		// exercise the curly-quote conversion.
		surnameRoots: []string{
			"Ash", "Brann", "Cald", "Dorn", "Elm", "Fal", "Garr", "Hol", "Ivers", "Kell",
			"Lind", "Mard", "Norr", "Oster", "Pell", "Rand", "Sten", "Tarr", "Vell", "Wester",
			"Hald", "Brock", "Carl", "Dahl", "Fenn", "Grim", "Hart", "Lund", "Mors", "Strand",
		},
		surnameEndings: []string{
			"ford", "wick", "by", "ton", "dale", "hurst", "more", "stead", "ridge", "well",
			"holm", "brook", "combe", "sen", "vik", "gaard", "mark", "haven", "ley", "lin",
		},
		extraSurnames: []string{"O'Varra", "D'Aubrac", "O'Leary-Brandt", "Ter Horst", "Van Aalst", "De Wyn"},

		towns: []string{
			"Corvessa", "Northgate", "Port Aldine", "Selwick", "Ambervale", "Dunmere", "Fenwick Cross",
			"Ravensholm", "Pellin Bay", "Greywater", "Lindell", "Tamsby", "Oskarholm", "Caddow",
			"Westmere", "Marrowby", "Quillon", "Ellisford", "Stavra", "Lowenbrook",
		},

		agencies: []string{
			"the Valdorian Press Agency", "Meridian Wire", "the Northern News Service", "Aldine Press",
		},

		months: []string{"January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December"},
		periods:  []string{"week", "month", "year", "quarter"},
		ordinals: []string{"second", "third", "fourth", "fifth"},
		smallNum: []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},

		// Templates shared by every section.
		genericLedes: []string{
			"{group} in {place} face months of uncertainty over the {topic}",
			"The row over the {topic} deepened",
			"Pressure is growing on the government over the {topic}",
		},
		genericClauses: []string{
			"the {topic} would go ahead as planned despite the objections",
			"no final decision had been taken on the {topic}",
			"the cost of the {topic} had risen to {money}",
			"talks with {silentorg} would resume in {month}",
			"the {topic} had been delayed by problems that nobody had foreseen",
			"{group} in {place} had been kept informed at every stage",
			"the figures published last {period} were misleading",
			"an independent review of the {topic} would be completed by the end of {month}",
			"there was no evidence that the {topic} had put anyone at risk",
			"the {topic2} and the {topic} should be considered together",
			"more than {num} {group} had already been affected",
			"the government had underestimated the scale of the problem",
			"the plans would be revised after the consultation closed in {month}",
			"the {topic} was likely to cost more than the {money} set aside for it",
			"{group} had been let down for too long",
			"lessons had been learned from the {topic2}",
			"further announcements would follow in the coming weeks",
			"the timetable for the {topic} was realistic",
			"the decision had been taken after careful consideration",
			"{group} were \"running out of patience\" with the {topic}",
			"the proposals were \"a good start, but only a start\"",
			"the {topic} had become \"a test of whether anyone is listening\"",
		},
		genericQuotes: []string{
			"We have listened to {group} and we have changed the plans as a result",
			"Nobody is pretending this is easy. But doing nothing is not an option",
			"This is about {group} in {place}, and they deserve a straight answer",
			"I have been doing this job for {n} years and I have never seen anything like it",
			"We will publish everything once the review is complete",
			"There is still a great deal of work to do, and we know that",
			"The numbers speak for themselves",
			"We were not consulted, and that is simply not acceptable",
			"I understand the frustration. I share it",
			"This is a good day for {place}",
			"We are confident the {topic} will be delivered on time and on budget",
			"If the {topic} fails, it is {group} who will pay the price",
			"Let me be clear: nothing has been decided yet",
			"People are entitled to ask questions, and we will answer them",
			"It has been a difficult {period} for everyone involved",
			"We want to get this right rather than get it done quickly",
			"The door remains open. We are ready to talk at any time",
			"I don't think anyone in {place} will be surprised by this",
			"What we need now is certainty, not another consultation",
			"This was never going to be cheap, and it was never going to be quick",
		},
		// tails continue a quote after a cue: "..., " Name said, "but ...".
		quoteTails: []string{
			"and I think people understand that",
			"but we will get there",
			"and nobody should be in any doubt about that",
			"but we are not going to be rushed",
			"and that is not going to change",
			"but that is a conversation for another day",
		},
		// fragments are quoted phrases for mixed quotes.
		fragments: []string{
			"a step in the right direction", "long overdue", "deeply disappointing", "a missed opportunity",
			"unworkable", "a sensible compromise", "premature", "a real turning point", "a shambles",
			"encouraging", "a gamble", "the least bad option",
		},
		genericFacts: []string{
			"The {topic} has been the subject of fierce debate in {place} since it was first proposed in {year}.",
			"About {n} hundred people attended a public meeting in {place} on {weekday} evening.",
			"{org} has set aside {money} for the work, according to documents seen by {agency}.",
			"The {topic} is expected to take at least {n} years to complete.",
			"Figures published last {period} showed a rise of {pct} per cent.",
			"Critics say the {topic} has been poorly explained to {group}.",
			"It is the {ordinal} time this year that the {topic} has been postponed.",
			"A petition opposing the plans has gathered more than {num} signatures.",
			"The {topic2} was approved last {period} after months of negotiation.",
			"Questions remain over how the {topic} will be paid for.",
			"{org} employs around {num} people in {place} and the surrounding area.",
			"The announcement comes weeks before a report on the {topic2} is due to be published.",
			"{group} have long complained that their concerns were ignored.",
			"The consultation drew more than {num} responses, many of them from {group}.",
			"One of the {group} at the meeting, who asked not to be named, said: \"{quote}.\"",
			"A woman in the crowd outside called out: \"{quote}.\"",
		},
		// silentFacts mention a person or organisation who says nothing.
		silentFacts: []string{
			"{silent}, did not respond to requests for comment.",
			"The review will be led by {silent}, who is due to report in {month}.",
			"{silent}, has written to {org} twice asking for a meeting.",
			"The proposal was first put forward last year by {silent}.",
			"{silent}, was at the meeting but left without speaking to reporters.",
			"{silent}, declined to comment.",
			"Last {period}, {silent}, met officials in {place} to discuss the {topic}.",
			"{silentorg} has been asked to review the {topic}.",
			"{silentorg} did not respond to a request for comment.",
		},
		closings: []string{
			"A final decision on the {topic} is expected in {month}.",
			"The {topic} will be discussed again at a meeting in {place} next {period}.",
			"Further talks are planned for {month}.",
			"{org} is expected to publish its findings before the end of the year.",
			"The consultation on the {topic} closes in {month}.",
		},
		// voxQuotes are what unnamed passers-by say.
		voxQuotes: []string{
			"Nobody asked us what we wanted",
			"We just want to know what is going on",
			"It has been like this for months and nobody cares",
			"I have lived here all my life and I have never seen it this bad",
			"They make the decisions and we pay for them",
			"Give us a date and stick to it",
		},
		genericCaptions: []string{
			"{who}, centre, speaks to reporters in {place} on {weekday}",
			"{who} arrives for a meeting in {place}",
			"{who} at a news conference in {place}, on {weekday}",
		},
		// Speech verbs for "Name said that ...", in the past tense.
		reportVerbs: []string{"said", "said", "said", "warned", "argued", "insisted", "noted", "acknowledged", "added", "told reporters"},
		// Verbs for a pronoun follow-up: "He also said that ...".
		alsoVerbs: []string{"said", "said", "noted", "pointed out"},
		// Cues after a direct quote: "..., " Name said.
		quoteCues: []string{"said", "said", "said", "told reporters", "added", "said on {weekday}", "told {agency}",
			"told a news conference in {place}", "said in an interview"},

		sections: []section{
			{
				name: "Politics",
				ledes: []string{
					"The government will put the {topic} to a vote in the National Assembly in {month}",
					"The governing coalition is split over the {topic}",
					"Ministers have agreed to rewrite parts of the {topic} after a backlash from {group}",
					"The {topic} faces defeat in the National Assembly after {n} members of the Civic Union said they would vote against it",
				},
				orgs: []orgSpec{
					{name: "the Ministry of the Interior of Valdoria", kind: kindMinistry, dept: "Interior", place: capital},
					{name: "the Ministry of Finance of Valdoria", kind: kindMinistry, dept: "Finance", place: capital},
					{name: "the Office of the Prime Minister", kind: kindGovernment, place: capital},
					{name: "the Progressive Alliance", kind: kindParty},
					{name: "the Civic Union", kind: kindParty},
					{name: "Northgate Council", kind: kindCouncil, place: "Northgate"},
					{name: "the Electoral Commission", short: "the commission", kind: kindAgency, place: capital},
				},
				topics: []string{"budget bill", "coalition agreement", "planning reform", "electoral reform bill",
					"spending review", "regional devolution plan", "public sector pay offer", "constitutional amendment",
					"housing bill", "lobbying register"},
				groups: []string{"voters", "backbenchers", "local councillors", "public sector workers",
					"opposition members", "party activists"},
				clauses: []string{
					"the government had the votes to pass the {topic} before the summer recess",
					"the {topic} would be put to the National Assembly in {month}",
					"the coalition would survive the row over the {topic}",
					"no minister had been told about the changes in advance",
					"the opposition would table amendments to the {topic}",
					"a snap election was not being considered",
					"the {topic} would be scrutinised line by line",
					"the government had broken its promise to {group}",
					"the {topic} was \"dead on arrival\" in its current form",
				},
				quotes: []string{
					"This bill is about fairness, and we will not water it down",
					"The government has lost control of its own agenda",
					"We will work with anyone who is serious about reform",
					"I did not come into politics to manage decline",
					"Nobody voted for this, and the government knows it",
					"The coalition is stable and the work goes on",
					"If the government wants our support, it will have to earn it",
					"We have the numbers, and we have the arguments",
				},
				facts: []string{
					"The governing coalition holds a majority of {n} seats in the National Assembly.",
					"The {topic} passed its first reading last {period} by a narrow margin.",
					"Opinion polls published this {period} put the two main parties within {n} points of each other.",
					"Several members of the governing Civic Union have said privately that they will vote against the {topic}.",
					"The {topic} was a central promise of the coalition's election campaign.",
					"The next general election must be held within {n} years.",
				},
				captions: []string{
					"{who}, centre, addresses the National Assembly in Corvessa on {weekday}",
					"{who} leaves a cabinet meeting in Corvessa",
					"Members of the National Assembly take part in a vote in Corvessa, on {weekday}",
				},
			},
			{
				name: "Business",
				ledes: []string{
					"Around {num} jobs are at risk under the {topic}",
					"Inflation rose to {pct} per cent last month, the highest level since {year}",
					"The {topic} has been approved by the board despite objections from {group}",
					"Shares in Corvane Bank fell sharply after the {topic} was announced",
				},
				orgs: []orgSpec{
					{name: "Corvane Bank", kind: kindCompany, place: capital},
					{name: "Halberd Steelworks", kind: kindCompany, place: "Caddow"},
					{name: "Wrenfield Retail Group", kind: kindCompany, place: "Selwick"},
					{name: "the Central Bank of Valdoria", short: "the central bank", kind: kindAgency, place: capital},
					{name: "the Valdorian Chamber of Commerce", short: "the chamber", kind: kindNGO},
					{name: "the General Workers' Union", kind: kindUnion},
					{name: "Tessel Motors", kind: kindCompany, place: "Lindell"},
				},
				topics: []string{"takeover bid", "restructuring plan", "pay deal", "plant closure in {place}",
					"interest rate decision", "proposed merger", "quarterly earnings report", "export contract",
					"share buyback", "pension scheme overhaul"},
				groups: []string{"shareholders", "workers", "suppliers", "small businesses", "investors", "customers"},
				clauses: []string{
					"profits had fallen by {pct} per cent in the last quarter",
					"around {num} jobs were at risk",
					"the company would not increase its offer",
					"the {topic} would be completed by the end of the year",
					"the board had unanimously backed the {topic}",
					"inflation was likely to stay above target until {month}",
					"the company had no plans to move production abroad",
					"orders had picked up since {month}",
					"the offer \"significantly undervalues\" the business",
				},
				quotes: []string{
					"We are not in the business of making promises we cannot keep",
					"The fundamentals of this company are strong",
					"Our people are our priority, and we will support every one of them",
					"Nobody wins from a long dispute",
					"The market has spoken, and we have to respond",
					"We are investing for the long term, not the next quarter",
					"Costs have gone up everywhere. We cannot absorb all of it",
					"Workers have been asked to pay for mistakes they did not make",
				},
				facts: []string{
					"Shares in Tessel Motors fell {pct} per cent in early trading on {weekday}.",
					"Wrenfield Retail Group reported revenue of {money} last year.",
					"The company was founded in {place} in {oldyear}.",
					"Unions have threatened strike action if the {topic} goes ahead without consultation.",
					"Analysts had expected a smaller fall in profits.",
					"The {topic} still needs the approval of the competition regulator.",
				},
				captions: []string{
					"{who} speaks at the company's annual meeting in {place}",
					"Workers leave the plant in {place} at the end of a shift, on {weekday}",
					"{who}, left, at the company's headquarters in Corvessa",
				},
			},
			{
				name: "Technology",
				ledes: []string{
					"Customers across {place} were left without mobile service for {n} hours",
					"The personal details of {num} customers may have been exposed in a data breach",
					"The {topic} will be delayed by at least {n} months",
					"A new {topic} will bring fast internet to {num} homes in rural areas",
				},
				orgs: []orgSpec{
					{name: "Lumenar Systems", kind: kindCompany, place: capital},
					{name: "Brackwater Networks", kind: kindCompany, place: "Ambervale"},
					{name: "Telvane", kind: kindCompany, place: capital},
					{name: "the Digital Affairs Agency", kind: kindAgency, place: capital},
					{name: "the Open Networks Foundation", short: "the foundation", kind: kindNGO},
					{name: "the Institute of Computing", short: "the institute", kind: kindUniversity, place: "Ambervale", field: "computer science"},
				},
				topics: []string{"data centre in {place}", "software update", "broadband rollout", "mobile network outage",
					"digital identity scheme", "chip factory", "data breach", "artificial intelligence strategy",
					"online safety bill", "satellite launch"},
				groups: []string{"users", "developers", "customers", "privacy campaigners", "rural households", "engineers"},
				clauses: []string{
					"no payment details had been exposed in the breach",
					"the outage had been caused by a faulty configuration change",
					"the {topic} would reach {num} homes by the end of next year",
					"engineers had worked through the night to restore service",
					"the company would cooperate fully with the regulator",
					"the {topic} had been tested extensively before launch",
					"personal data would never be sold to third parties",
					"the technology was years away from being ready",
					"the incident had been \"entirely avoidable\"",
				},
				quotes: []string{
					"We got this wrong, and we are sorry",
					"Security is not something you add at the end",
					"Every household deserves a connection that works",
					"The technology is ready. The question is whether the rules are",
					"We are talking about the personal data of millions of people",
					"Nobody should have to choose between convenience and privacy",
					"This is the most ambitious project we have ever undertaken",
					"We will publish a full account of what went wrong",
				},
				facts: []string{
					"The outage lasted almost {n} hours and affected customers across {place} and beyond.",
					"Lumenar Systems said it had notified the Digital Affairs Agency within the legal deadline.",
					"The {topic} has been criticised by privacy campaigners since it was announced in {year}.",
					"Around {num} customers contacted the company's help line on {weekday}.",
					"The project has received {money} in public funding.",
				},
				captions: []string{
					"{who} presents the company's new products in Corvessa",
					"Engineers at work in a data centre in {place}, on {weekday}",
					"{who} speaks at a technology conference in {place}",
				},
			},
			{
				name: "Science",
				ledes: []string{
					"A team of {n} scientists has published the first results of the {topic}",
					"The {topic} has been given {money} in new funding",
					"Researchers near {place} have found a species of beetle not recorded in the country for a century",
					"The {topic} has been suspended after a fault was found in its equipment",
				},
				orgs: []orgSpec{
					{name: "Corvessa University", kind: kindUniversity, place: capital, field: "marine biology"},
					{name: "the Ambervale Observatory", short: "the observatory", kind: kindUniversity, place: "Ambervale", field: "astronomy"},
					{name: "the National Institute of Marine Research", short: "the institute", kind: kindAgency, place: "Pellin Bay"},
					{name: "the Valdorian Academy of Sciences", short: "the academy", kind: kindNGO},
					{name: "Vessimer Biotech", kind: kindCompany, place: "Lindell"},
					{name: "the Valdorian Space Agency", kind: kindAgency, place: capital},
				},
				topics: []string{"telescope project", "deep-sea survey", "gene study", "fossil find near {place}",
					"climate research programme", "vaccine research programme", "research funding round", "space mission",
					"glacier survey", "bird migration study"},
				groups: []string{"researchers", "young scientists", "research students", "fishermen",
					"amateur astronomers", "conservationists"},
				clauses: []string{
					"the findings would need to be confirmed by other teams",
					"the samples were at least {n} thousand years old",
					"the results had surprised even the researchers themselves",
					"funding for the {topic} had been secured for another {n} years",
					"the data would be made freely available to other scientists",
					"the team had expected to find nothing at all",
					"the {topic} could change how scientists think about the region",
					"further work would begin in the spring",
					"the discovery was \"a once-in-a-generation result\"",
				},
				quotes: []string{
					"Science does not stop because the money runs out",
					"We went looking for one thing and found something else entirely",
					"This is exactly why we do basic research",
					"I have been waiting my whole career for a result like this",
					"We need to be careful not to overstate what we have found",
					"The data are clear, even if the explanation is not yet",
					"It is a beautiful piece of work by a very young team",
					"Without long-term funding, none of this would have been possible",
				},
				facts: []string{
					"The study was published on {weekday} in the Journal of Northern Science.",
					"The team spent {n} months collecting samples along the coast near {place}.",
					"The {topic} is funded by the Valdorian Academy of Sciences.",
					"Similar work in Kessland produced mixed results in {year}.",
					"More than {num} measurements were taken during the survey.",
				},
				captions: []string{
					"{who} in the laboratory in {place}",
					"Researchers at work on the shore near {place}, on {weekday}",
					"{who} presents the findings in Corvessa on {weekday}",
				},
			},
			{
				name: "Health",
				ledes: []string{
					"Waiting times for routine operations have risen for the {ordinal} month in a row",
					"Nurses in {place} will strike for {n} days next month over pay",
					"The {topic} will be extended to {num} more patients",
					"Hospitals in {place} have been told to prepare for a difficult winter",
				},
				orgs: []orgSpec{
					{name: "the Ministry of Health of Valdoria", kind: kindMinistry, dept: "Health", place: capital},
					{name: "St Aldric's Hospital", kind: kindHospital, place: capital},
					{name: "Northgate General Hospital", kind: kindHospital, place: "Northgate"},
					{name: "the Valdorian Nurses' Association", short: "the association", kind: kindUnion},
					{name: "the Public Health Institute", short: "the institute", kind: kindAgency, place: capital},
					{name: "Oskarholm Pharmaceuticals", kind: kindCompany, place: "Oskarholm"},
				},
				topics: []string{"waiting-list backlog", "vaccination campaign", "nurses' pay dispute",
					"maternity unit closure in {place}", "mental health strategy", "ambulance response target",
					"drug shortage", "cancer screening programme", "emergency department expansion", "flu season"},
				groups: []string{"patients", "nurses", "doctors", "carers", "pregnant women", "pharmacists"},
				clauses: []string{
					"waiting times had fallen for the third month in a row",
					"no patient had been put at risk",
					"the {topic} would be reviewed by independent experts",
					"staff shortages were the biggest problem facing hospitals",
					"the hospital had cancelled {num} operations since {month}",
					"the shortage would ease by {month}",
					"vaccination rates among {group} were lower than expected",
					"the ministry had met every one of its targets",
					"conditions on some wards were \"simply not safe\"",
				},
				quotes: []string{
					"Patients should not have to wait months for treatment",
					"Our staff are exhausted, and they are still turning up every day",
					"The safety of patients comes before everything else",
					"We are doing everything we can with the resources we have",
					"Nobody goes into nursing for the money, but they do need to pay the rent",
					"This is a national problem, not a local one",
					"I would urge anyone who is eligible to come forward",
					"The evidence on this is very clear",
				},
				facts: []string{
					"More than {num} people are currently waiting for treatment in the region.",
					"The hospital serves a population of around {num}.",
					"Nurses staged a {n}-day strike over pay in {month}.",
					"The {topic} was announced in {year} but has yet to be fully funded.",
					"Health officials said the number of cases had risen by {pct} per cent in a week.",
				},
				captions: []string{
					"{who} visits a ward in {place}",
					"Nurses protest outside a hospital in {place}, on {weekday}",
					"{who} speaks to reporters outside the hospital in {place}",
				},
			},
			{
				name: "Sport",
				ledes: []string{
					"Fans in {place} have protested against plans to raise ticket prices by {pct} per cent",
					"The {topic} has been thrown into doubt after a dispute over money",
					"Port Aldine United have sacked their manager after a run of {n} defeats",
					"Northgate Athletic came from two goals down to win the {topic}",
				},
				orgs: []orgSpec{
					{name: "Northgate Athletic", short: "Athletic", kind: kindClub, place: "Northgate"},
					{name: "Port Aldine United", short: "United", kind: kindClub, place: "Port Aldine"},
					{name: "Selwick Harriers", short: "Harriers", kind: kindClub, place: "Selwick"},
					{name: "Greywater Town", short: "Town", kind: kindClub, place: "Greywater"},
					{name: "the Valdorian Football Federation", short: "the federation", kind: kindNGO},
					{name: "the Players' Association", short: "the association", kind: kindUnion},
				},
				topics: []string{"cup final", "title race", "transfer window", "stadium redevelopment",
					"doping investigation", "coaching change", "season opener", "relegation battle",
					"national team selection", "broadcasting deal"},
				groups: []string{"fans", "players", "season-ticket holders", "coaches", "young players", "supporters' clubs"},
				clauses: []string{
					"the club would not sell its best players",
					"the team had deserved more from the match",
					"the injury was not as serious as first feared",
					"the {topic} had been a distraction for the players",
					"the stadium would be ready for the start of next season",
					"there was no place in the sport for abuse of referees",
					"the squad had trained well all week",
					"the federation would appeal against the decision",
					"the referee had made \"a terrible mistake\"",
				},
				quotes: []string{
					"We played with heart, and that is all I can ask",
					"The fans were incredible tonight",
					"Nobody in that dressing room is giving up",
					"We were not good enough, simple as that",
					"It is one game. We move on",
					"This club means everything to the people of {place}",
					"I have never been prouder of a group of players",
					"We will not comment on speculation",
				},
				facts: []string{
					"The result leaves Northgate Athletic {n} points clear at the top of the table.",
					"A crowd of {num} watched the match in {place}.",
					"The club has not won a major trophy since {oldyear}.",
					"The federation's disciplinary committee will meet next {period}.",
					"Greywater Town have lost only {n} of their last twenty matches.",
				},
				captions: []string{
					"{who} celebrates after the match in {place} on {weekday}",
					"Fans arrive at the stadium in {place}, on {weekday}",
					"{who} during a training session in {place}",
				},
			},
			{
				name: "Culture",
				ledes: []string{
					"The {topic} will go ahead this summer despite a {pct} per cent cut in funding",
					"A novel set in {place} has won this year's National Book Prize",
					"The reopening of the Ambervale Museum of Art has been postponed after damp was found in the building",
					"More than {num} people have signed a petition to save the old cinema in {place}",
				},
				orgs: []orgSpec{
					{name: "the Corvessa Film Festival", short: "the festival", kind: kindNGO, place: capital},
					{name: "the National Theatre of Valdoria", short: "the theatre", kind: kindNGO, place: capital},
					{name: "Greywater Records", kind: kindCompany, place: "Greywater"},
					{name: "the Ministry of Culture of Valdoria", kind: kindMinistry, dept: "Culture", place: capital},
					{name: "the Ambervale Museum of Art", short: "the museum", kind: kindNGO, place: "Ambervale"},
					{name: "the Writers' Guild", short: "the guild", kind: kindUnion},
				},
				topics: []string{"film festival", "museum extension", "cut in arts funding", "theatre season", "book prize",
					"music festival in {place}", "restoration of the old opera house", "national library reopening",
					"heritage listing", "concert hall project"},
				groups: []string{"artists", "musicians", "audiences", "writers", "theatre-goers", "volunteers"},
				clauses: []string{
					"ticket sales had been the strongest in a decade",
					"the {topic} would go ahead despite the cuts",
					"smaller venues would be hit hardest by the cuts",
					"the collection would be open to the public free of charge",
					"the restoration was running {n} months behind schedule",
					"the jury had been unanimous",
					"{group} had been consulted at every stage",
					"the festival would move to a larger site next year",
					"the cuts would leave the arts \"running on fumes\"",
				},
				quotes: []string{
					"Culture is not a luxury. It is what makes a town worth living in",
					"We want everyone in {place} to feel this building belongs to them",
					"Art has always thrived on very little money, but there are limits",
					"I wrote this book for my grandmother, who never learned to read",
					"The response from audiences has been extraordinary",
					"This is a building that deserves to be loved again",
					"We cannot run a theatre on good intentions",
					"Every crown of this money will go to the artists",
				},
				facts: []string{
					"The {topic} attracted more than {num} visitors last year.",
					"The building has been closed to the public since {year}.",
					"Funding for the arts fell by {pct} per cent over the past {n} years.",
					"The festival, first held in {oldyear}, is one of the oldest in the country.",
					"The shortlist of {n} titles was announced in {month}.",
				},
				captions: []string{
					"{who} at the opening of the exhibition in {place}",
					"Visitors queue outside the museum in {place}, on {weekday}",
					"{who} on stage in {place} on {weekday}",
				},
			},
			{
				name: "Environment",
				ledes: []string{
					"River levels near {place} have fallen to their lowest point since records began",
					"The use of hosepipes will be banned across the region from {month}",
					"Plans for {n} wind turbines off the coast near {place} have been approved",
					"The {topic} will cost {money} more than planned",
				},
				orgs: []orgSpec{
					{name: "the Ministry of the Environment of Valdoria", kind: kindMinistry, dept: "Environment", place: capital},
					{name: "the Coastal Wildlife Trust", short: "the trust", kind: kindNGO, place: "Pellin Bay"},
					{name: "the Lindell Water Company", kind: kindCompany, place: "Lindell"},
					{name: "the National Weather Service", short: "the service", kind: kindAgency, place: capital},
					{name: "Green Valdoria", kind: kindNGO},
					{name: "the Farmers' Federation", short: "the federation", kind: kindUnion},
				},
				topics: []string{"flood defence scheme in {place}", "river clean-up", "wind farm plan", "water rationing plan",
					"coastal erosion plan", "pesticide ban", "forest protection scheme", "water quality report",
					"wildfire season", "emissions target"},
				groups: []string{"farmers", "residents", "anglers", "conservationists", "landowners", "campaigners"},
				clauses: []string{
					"river levels were the lowest on record for the time of year",
					"the flood defences would be completed before the winter",
					"water quality had improved along most of the coast",
					"the wind farm would supply power to {num} homes",
					"the restrictions would stay in place until at least {month}",
					"the emissions target was still within reach",
					"the {topic} had come too late for many species",
					"farmers would be compensated for any losses",
					"the clean-up had been \"a box-ticking exercise\"",
				},
				quotes: []string{
					"The river is telling us something, and we should listen",
					"We cannot keep building walls against the sea",
					"Nobody wants restrictions, but the reservoirs are half empty",
					"Farmers are the first to see the damage and the last to be asked",
					"This is the cleanest the water has been in a generation",
					"The science is settled. The politics is not",
					"We need action this year, not another target for the next decade",
					"Every summer the fires start earlier",
				},
				facts: []string{
					"Rainfall in the region has been {pct} per cent below average since {month}.",
					"The wind farm would consist of {n} turbines off the coast near {place}.",
					"The {topic} is expected to cost {money}.",
					"Several beaches near {place} were closed to swimmers last summer.",
					"Conservation groups manage around {num} hectares of wetland in the region.",
				},
				captions: []string{
					"{who} inspects the flood defences in {place}",
					"Low water levels in the reservoir near {place}, on {weekday}",
					"Volunteers clear rubbish from the river in {place}",
				},
			},
			{
				name: "Transport",
				ledes: []string{
					"Ticket prices on Valrail services will rise by {pct} per cent from {month}",
					"The {topic} will cost {money} more than planned",
					"Commuters in {place} face months of disruption after the {topic} was delayed",
					"Ferry services from Port Aldine were cancelled for a {ordinal} day because of high winds",
				},
				orgs: []orgSpec{
					{name: "the Ministry of Transport of Valdoria", kind: kindMinistry, dept: "Transport", place: capital},
					{name: "the Harbour Authority", short: "the authority", kind: kindAgency, place: "Port Aldine"},
					{name: "Valrail", kind: kindCompany},
					{name: "the Commuters' Association", short: "the association", kind: kindNGO},
					{name: "Aldine Air", kind: kindCompany, place: "Port Aldine"},
					{name: "the Road Safety Board", short: "the board", kind: kindAgency, place: capital},
					{name: "Selwick Council", kind: kindCouncil, place: "Selwick"},
				},
				topics: []string{"repair of the {place} bridge", "rail timetable overhaul", "harbour expansion", "new tram line",
					"fuel duty rise", "night-flight ban", "road-pricing scheme", "ferry contract", "bus network review",
					"motorway widening"},
				groups: []string{"commuters", "hauliers", "ferry passengers", "cyclists", "bus drivers", "rail passengers"},
				clauses: []string{
					"services would return to normal by the end of the week",
					"the {topic} would be completed by the end of {month}",
					"trains had been cancelled because of a signalling fault near {place}",
					"ticket prices would rise by {pct} per cent from {month}",
					"safety had never been compromised",
					"the ferry operator had been fined {money} for repeated delays",
					"{num} extra buses would be added to the timetable",
					"the contractor was working around the clock",
					"the timetable had been \"a work of fiction\" for months",
				},
				quotes: []string{
					"Passengers have been patient, and we owe them a reliable service",
					"We will not cut corners on safety to meet a deadline",
					"Every day this road is closed costs local businesses money",
					"The trains are late, the buses are full and the fares keep going up",
					"This is the biggest investment in the network for a generation",
					"Cyclists are not a nuisance. They are part of the solution",
					"We are sorry for the disruption, and we know it has been serious",
					"Nobody should have to spend three hours a day getting to work",
				},
				facts: []string{
					"The closure has forced around {num} daily commuters onto diversions.",
					"The {topic} is the largest transport project in the region since {year}.",
					"Passenger numbers on the line have risen by {pct} per cent in five years.",
					"The harbour at Port Aldine handles around {num} containers a year.",
					"Services between {place} and Corvessa were suspended for much of {weekday}.",
				},
				captions: []string{
					"{who} speaks to reporters at the station in {place}",
					"Commuters wait on a platform in {place}, on {weekday}",
					"A ferry leaves the harbour at Port Aldine, on {weekday}",
				},
			},
			{
				name: "Justice",
				ledes: []string{
					"A former director of a Corvessa property firm has been found guilty of fraud",
					"{n} people have been arrested in connection with the {topic}",
					"The {topic} will resume in {month} after a delay over missing evidence",
					"The {topic} has been halted after a juror fell ill",
				},
				orgs: []orgSpec{
					{name: "the High Court in Corvessa", short: "the court", kind: kindCourt, place: capital},
					{name: "Corvessa City Police", short: "the police", kind: kindPolice, place: capital},
					{name: "the Public Prosecution Service", short: "the prosecution service", kind: kindAgency, place: capital},
					{name: "the Bar Council", short: "the council", kind: kindNGO},
					{name: "Hale & Winter", short: "the firm", kind: kindCompany, place: capital},
					{name: "the Prison Service", short: "the service", kind: kindAgency},
				},
				topics: []string{"fraud trial", "corruption inquiry", "sentencing reform bill", "police misconduct hearing",
					"prison building programme", "appeal ruling", "harbour smuggling case", "cybercrime investigation",
					"judicial review", "compensation claim"},
				groups: []string{"victims' families", "prison officers", "defence lawyers", "witnesses", "police officers", "campaigners"},
				clauses: []string{
					"the defendant had acted alone",
					"the evidence against the former director was overwhelming",
					"the investigation was still at an early stage",
					"nobody else was being sought in connection with the case",
					"the ruling would be appealed",
					"the prison was operating at {pct} per cent of its capacity",
					"officers had followed the correct procedures",
					"the trial was expected to last {n} weeks",
					"the original investigation had been \"riddled with errors\"",
				},
				quotes: []string{
					"Justice delayed is justice denied, and these families have waited long enough",
					"My client is relieved that this ordeal is finally over",
					"We will follow the evidence wherever it leads",
					"No one is above the law",
					"The jury heard the evidence and reached its verdict",
					"This ruling sends a clear message",
					"We respect the decision of the court, but we do not agree with it",
					"Our prisons are full, and everybody knows it",
				},
				facts: []string{
					"The case is being heard at the High Court in Corvessa.",
					"The defendant, who cannot be named for legal reasons, denies all charges.",
					"The inquiry has heard evidence from {num} witnesses since {month}.",
					"Police said {n} people had been arrested in connection with the investigation.",
					"The maximum sentence for the offence is {n} years in prison.",
				},
				captions: []string{
					"{who} outside the High Court in Corvessa on {weekday}",
					"Police officers at the scene in {place}, on {weekday}",
					"{who} arrives at court in Corvessa",
				},
			},
			{
				name: "World",
				ledes: []string{
					"Valdoria and Kessland have agreed to resume talks on the {topic}",
					"Aid has reached {num} people cut off by flooding near the border",
					"The {topic} is close to collapse after {n} weeks of negotiations",
					"Leaders from {n} countries will meet in Corvessa next month to discuss the {topic}",
				},
				orgs: []orgSpec{
					{name: "the Ministry of Foreign Affairs of Valdoria", kind: kindMinistry, dept: "Foreign", place: capital},
					{name: "the Ministry of Foreign Affairs of Kessland", kind: kindMinistry, dept: "Foreign", land: "Kessland", place: "Brennholt"},
					{name: "the Aurennian Embassy in Corvessa", short: "the embassy", kind: kindAgency, place: capital},
					{name: "the Northern Relief Agency", kind: kindNGO},
					{name: "the Council of Northern States", short: "the council", kind: kindAgency},
					{name: "the Kesslandic Fishermen's Union", short: "the union", kind: kindUnion, land: "Kessland"},
				},
				topics: []string{"border agreement with Kessland", "trade agreement with Aurenne", "fishing rights dispute",
					"aid programme", "ceasefire proposal", "refugee resettlement scheme", "summit of northern states",
					"sanctions package", "embassy reopening", "grain corridor"},
				groups: []string{"diplomats", "refugees", "aid workers", "exporters", "fishing crews", "border communities"},
				clauses: []string{
					"the talks had been constructive but difficult",
					"the ceasefire was largely holding",
					"aid convoys had reached {num} people in the past week",
					"the agreement would be signed at the summit in {month}",
					"Kessland had not responded to the latest proposal",
					"the embassy would reopen as soon as it was safe to do so",
					"no agreement had been reached on fishing quotas",
					"the sanctions would be reviewed every {n} months",
					"the proposal was \"a basis for discussion, nothing more\"",
				},
				quotes: []string{
					"Diplomacy is slow, but it is the only road that leads anywhere",
					"We are ready to sign tomorrow if our partners are",
					"The humanitarian situation is getting worse by the day",
					"Nobody gains from closing borders",
					"We have made progress, but we are not there yet",
					"Our message to the people of Kessland is that we are neighbours first",
					"Aid must be allowed through without conditions",
					"Agreements are only as good as the will to keep them",
				},
				facts: []string{
					"The two countries have disputed fishing rights in the northern waters since {oldyear}.",
					"Trade between Valdoria and Aurenne was worth {money} last year.",
					"The summit will bring together leaders from {n} countries.",
					"More than {num} people have crossed the border since {month}, according to aid agencies.",
					"The Kesslandic government did not comment on the talks.",
				},
				captions: []string{
					"{who} arrives for talks in Brennholt",
					"{who}, right, with delegates at the summit in Corvessa",
					"Aid lorries wait at a border crossing near {place}, on {weekday}",
				},
			},
		},
	}
}

// offices lists the posts an organisation of kind k fills, most senior
// first; the pool gives each post one person.
func (k orgKind) offices() []office {
	switch k {
	case kindMinistry:
		return []office{
			{"{Dept} Minister", "{land}'s {dept} minister"},
			{"", "a {spokes} for {org}"},
			{"Deputy {Dept} Minister", "the deputy {dept} minister"},
			{"", "a senior official at {org}"},
		}
	case kindGovernment:
		return []office{
			{"Prime Minister", "{land}'s prime minister"},
			{"", "a government {spokes}"},
			{"", "the prime minister's chief of staff"},
		}
	case kindParty:
		return []office{
			{"", "the leader of {org}"},
			{"", "a {spokes} for {org}"},
			{"", "a member of the National Assembly for {org}"},
			{"", "the chair of {org}"},
		}
	case kindCouncil:
		return []office{
			{"Mayor", "the mayor of {place}"},
			{"Councillor", "a councillor in {place}"},
			{"", "the leader of {org}"},
			{"", "a {spokes} for {org}"},
		}
	case kindCompany:
		return []office{
			{"Chief executive", "the chief executive of {org}"},
			{"", "the chief financial officer of {org}"},
			{"", "a {spokes} for {org}"},
			{"", "the chair of {org}"},
		}
	case kindUnion:
		return []office{
			{"", "the general secretary of {org}"},
			{"", "a regional organiser for {org}"},
			{"", "a {spokes} for {org}"},
		}
	case kindNGO:
		return []office{
			{"", "the director of {org}"},
			{"", "a campaigner with {org}"},
			{"", "a {spokes} for {org}"},
			{"", "the chair of {org}"},
		}
	case kindAgency:
		return []office{
			{"", "the director general of {org}"},
			{"", "a {spokes} for {org}"},
			{"", "a senior official at {org}"},
			{"", "the deputy head of {org}"},
		}
	case kindUniversity:
		return []office{
			{"Professor", "head of {field} at {org}"},
			{"Dr", "a researcher at {org}"},
			{"Dr", "a senior lecturer in {field} at {org}"},
			{"", "the head of {org}"},
		}
	case kindHospital:
		return []office{
			{"Dr", "the medical director of {org}"},
			{"Dr", "a consultant at {org}"},
			{"", "the chief nurse at {org}"},
			{"", "a {spokes} for {org}"},
		}
	case kindClub:
		return []office{
			{"{Short} manager", "the manager of {org}"},
			{"{Short} captain", "the captain of {org}"},
			{"", "the chair of {org}"},
			{"", "a {spokes} for {org}"},
		}
	case kindCourt:
		return []office{
			{"Judge", "the presiding judge at {org}"},
			{"Judge", "a senior judge at {org}"},
			{"", "a {spokes} for {org}"},
		}
	case kindPolice:
		return []office{
			{"Commissioner", "head of {org}"},
			{"Chief Inspector", "a senior officer with {org}"},
			{"Detective Inspector", "a detective with {org}"},
			{"", "a {spokes} for {org}"},
		}
	}
	return nil
}

// short is the usual second reference to an organisation of kind k, used
// when its orgSpec gives none.
func (k orgKind) short() string {
	switch k {
	case kindMinistry:
		return "the ministry"
	case kindGovernment:
		return "the prime minister's office"
	case kindParty:
		return "the party"
	case kindCouncil:
		return "the council"
	case kindCompany:
		return "the company"
	case kindUnion:
		return "the union"
	case kindNGO:
		return "the group"
	case kindAgency:
		return "the agency"
	case kindUniversity:
		return "the university"
	case kindHospital:
		return "the hospital"
	case kindClub:
		return "the club"
	case kindCourt:
		return "the court"
	case kindPolice:
		return "the police"
	}
	return "the organisation"
}
