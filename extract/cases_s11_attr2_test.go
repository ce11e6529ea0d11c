package extract_test

import (
	"flag"
	"slices"
	"testing"
)

// Session 11, direct-quote attribution in multi-speaker articles: invented
// articles (fictional people and places, written before the engine ran on
// them) whose speakers' quotations alternate. Every row checks every direct
// quotation of its article, so a row passes only if all of them go to the
// right speaker (or to nobody).
//
// FIRST-PASS (before any fix on this branch), per class, 101 articles (all
// of an article's quotations checked together), 87 pass (0.86): added
// 11/11, colon 6/7, continue 8/9, descr 7/10, interrupt 6/7, interview
// 6/6, intro 8/9, nobody 6/8, quotefirst 11/11, silent 4/7, surname 6/7,
// title 8/9. The 14 failures by mechanism: descr-fallback 4,
// silent-pronoun 3, club-statement 1 (fixed), for-intro 1 (fixed), headline 1 (fixed),
// short-shout 1, silent-carry 1, title-word 1 (fixed), titled-pair 1 (found to be
// place-first-name, fixed). (The first
// batch alone, the first 68 articles: 60 pass, 0.88.)
//
// AFTER this branch's fixes, the same 101 first-pass articles: 95 pass
// (0.94): added 11/11, colon 7/7, continue 9/9, descr 8/10, interrupt 6/7,
// interview 6/6, intro 9/9, nobody 7/8, quotefirst 11/11, silent 5/7,
// surname 7/7, title 9/9. With the near misses each fix added, 113/119.
// Fixed by mechanism (each left every score set unchanged): descr-fallback
// in part ("the teenager" by an age of 13-19, a capitalised age opening a
// sentence as a role, "the doctor" for "Dr"), silent-pronoun in part (the
// silent agent of a passive), titled-pair (found to be a place as a given
// name: "Dr Sofia Renn"), title-word (occupations by their ending),
// headline, for-intro, club-statement.
//
// Tried and dropped: the silent-pronoun rule for any silent non-subject
// named in the last sentence (not only a passive's agent) cost Realnews
// heldout attribution 0.876 -> 0.869 and halves dev-c 0.989 -> 0.966; a
// subject's own "his"/"her" later in its sentence as a gender hint ("Arild
// Sveen sprays his fields") cost halves dev-d F1 0.982 -> 0.947 and the
// Extractor set's attribution 0.993 -> 0.991.
//
// TestAttrAuditS11 logs the pass rate per class; rows that still fail carry
// their mechanism in known and are skipped (-attr2.known runs them).

// Mechanisms of the known failures, named once so the audit groups them.
const (
	at2DescrFallback = "descr-fallback: a description no entity carries (\"the teenager\" after \"Sixteen-year-old X\", \"the veteran\" after \"X, 71\") falls to the nearest person named, a wrong speaker rather than none; so does \"the doctor\" after \"Dr X\""
	at2SilentPronoun = "silent-pronoun: a pronoun cue goes to a silent person named just before over the last speaker or the sentence's subject: a woman (\"Linnea\") or a man (\"Arild\") whose first name's gender is not known, or a man of the same gender (\"The victim, Per Holt, 34, was taken to hospital\")"
	at2SilentCarry   = "silent-carry: a quotation-only paragraph after a paragraph naming only a silent person is left to nobody, not carried from the last speaker"
	at2ShortShout    = "short-shout: a one-word shout \"“Resign!” someone shouted\" is not found as a quotation (recall, not attribution)"
)

var attr2Known = flag.Bool("attr2.known", false, "TestAttrAuditS11 runs its known failures too, to see which a change fixed")

func TestAttrAuditS11(t *testing.T) { runAudit(t, "attr2", attr2Rows(), *attr2Known) }

func attr2Rows() []auditRow {
	return slices.Concat(at2QuoteFirst, at2Continue, at2Added, at2Surname, at2Title, at2Descr, at2Colon, at2Interrupt, at2Intro, at2Interview, at2Silent, at2Nobody, at2More, at2DescrFix, at2SilentFix, at2PlaceNameFix, at2TitleWordFix, at2HeadlineFix, at2ForIntroFix, at2ClubFix)
}

// Quote-first paragraphs: the cue follows the quotation.
var at2QuoteFirst = []auditRow{
	{class: "quotefirst/two speakers alternate, said X",
		text: "The Brennick council voted on Monday to close the Harl Street pool.\n\n“This pool has served three generations,” said Odile Marsh, who swims there daily.\n\n“We cannot keep pouring money into a building that leaks,” said councillor Piet Varga.\n\n“Then fix the roof,” said Marsh.",
		want: []quote{{"Odile Marsh", auD, "This pool has served three generations"}, {"Piet Varga", auD, "We cannot keep pouring money into a building that leaks"}, {"Odile Marsh", auD, "Then fix the roof"}}},
	{class: "quotefirst/X said after the quote, three speakers",
		text: "Fishermen in Carrow Bay say the new quotas will ruin them.\n\n“We will be tied up in harbour by August,” Tomas Eld said.\n\n“The stocks need two years to recover,” fisheries officer Ruth Aalto said.\n\n“Two years is a lifetime when you have a mortgage,” Eld said. “Nobody in the ministry understands that.”\n\n“I understand it very well,” Aalto said.",
		want: []quote{{"Tomas Eld", auD, "We will be tied up in harbour by August"}, {"Ruth Aalto", auD, "The stocks need two years to recover"}, {"Tomas Eld", auD, "Two years is a lifetime when you have a mortgage"}, {"Tomas Eld", auD, "Nobody in the ministry understands that."}, {"Ruth Aalto", auD, "I understand it very well"}}},
	{class: "quotefirst/said she, pronoun inverted",
		text: "Hanne Solberg has run the Lark Lane bakery for thirty years. Her nephew, Jules Fenn, wants to sell it.\n\n“I will not hand it to a chain,” said Solberg.\n\n“The offer is generous,” Fenn said. “She knows that.”\n\n“Generous is not the point,” said she.",
		want: []quote{{"Hanne Solberg", auD, "I will not hand it to a chain"}, {"Jules Fenn", auD, "The offer is generous"}, {"Jules Fenn", auD, "She knows that."}, {"Hanne Solberg", auD, "Generous is not the point"}}},
	{class: "quotefirst/told reporters after the quote",
		text: "Striker Davo Minsk scored twice as Pellan Rovers beat Orrin City 3-1.\n\n“The second goal was for my mother,” Minsk told reporters.\n\n“He was unplayable today,” Orrin City coach Lars Heim told reporters.",
		want: []quote{{"Davo Minsk", auD, "The second goal was for my mother"}, {"Lars Heim", auD, "He was unplayable today"}}},
	{class: "quotefirst/quote, X said, with a title before the name",
		text: "The Tarrow mine will close in March, its owners confirmed.\n\n“It is a sad day for the valley,” Mayor Inge Rosk said.\n\n“We have kept it open at a loss for four years,” said chief executive Bram Oller.\n\n“Four years of profits before that,” Rosk said.",
		want: []quote{{"Inge Rosk", auD, "It is a sad day for the valley"}, {"Bram Oller", auD, "We have kept it open at a loss for four years"}, {"Inge Rosk", auD, "Four years of profits before that"}}},
	{class: "quotefirst/asked X, a question quote",
		text: "Residents of Millhaven packed the hall on Thursday.\n\n“Who pays for the new bridge?” asked Greta Lund, a retired teacher.\n\n“The county and the state share it,” said engineer Oskar Brandt.",
		want: []quote{{"Greta Lund", auD, "Who pays for the new bridge?"}, {"Oskar Brandt", auD, "The county and the state share it"}}},
	{class: "quotefirst/replied X",
		text: "The two candidates for Dunmore mayor met in a debate on Tuesday.\n\n“My opponent has never run a business,” said Clara Voss.\n\n“I have run a city department of 400 people,” replied Anton Reyes.\n\n“That is not a business,” Voss replied.",
		want: []quote{{"Clara Voss", auD, "My opponent has never run a business"}, {"Anton Reyes", auD, "I have run a city department of 400 people"}, {"Clara Voss", auD, "That is not a business"}}},
	{class: "quotefirst/quote then X says, present tense",
		text: "Ilse Marten grows apples on the slopes above Venn. Her neighbour, Rudi Kass, grows pears.\n\n“The frost took half my blossom,” says Marten.\n\n“I lost less, because my trees are lower,” says Kass.",
		want: []quote{{"Ilse Marten", auD, "The frost took half my blossom"}, {"Rudi Kass", auD, "I lost less, because my trees are lower"}}},
}

// A paragraph that is only a quotation continues the last speaker.
var at2Continue = []auditRow{
	{class: "continue/quote-only paragraph after a said paragraph",
		text: "Nurse Freya Holm has worked at Calder General for twenty years.\n\n“The wards are fuller than I have ever seen them,” Holm said.\n\n“Some nights there is one nurse for fourteen patients.”\n\nThe hospital's director, Emil Strand, disputed her figures.",
		want: []quote{{"Freya Holm", auD, "The wards are fuller than I have ever seen them"}, {"Freya Holm", auD, "Some nights there is one nurse for fourteen patients."}}},
	{class: "continue/two quote-only paragraphs, then the other speaker",
		text: "“We were told the dam was safe,” said Paulo Ferin, whose farm flooded.\n\n“Nobody came to warn us.”\n\n“We lost every animal.”\n\n“The warning went out at six in the morning,” said district officer Mira Galt.",
		want: []quote{{"Paulo Ferin", auD, "We were told the dam was safe"}, {"Paulo Ferin", auD, "Nobody came to warn us."}, {"Paulo Ferin", auD, "We lost every animal."}, {"Mira Galt", auD, "The warning went out at six in the morning"}}},
	{class: "continue/quote-only paragraph after the second speaker",
		text: "The Orlen festival lost money for a third year.\n\n“We must cut the number of stages,” said its chairman, Viktor Pell.\n\n“Cutting stages means cutting the small bands,” said Sara Linde, who books the acts.\n\n“They are the reason people come.”",
		want: []quote{{"Viktor Pell", auD, "We must cut the number of stages"}, {"Sara Linde", auD, "Cutting stages means cutting the small bands"}, {"Sara Linde", auD, "They are the reason people come."}}},
	{class: "continue/quote-only paragraph after X said that (indirect)",
		text: "Harbourmaster Kjell Ivars said the ferry had been late on 40 days this year.\n\n“The engines are older than I am.”\n\nThe operator, Norrsund Lines, said new ships were on order.",
		want: []quote{{"Kjell Ivars", auD, "The engines are older than I am."}}},
	{class: "continue/quote-only after a sentence quote with the cue mid-paragraph",
		text: "Lotte Brink opened her café in Saltby in May. “I borrowed everything,” she said.\n\n“If the summer is wet, I am finished.”\n\nHer landlord, Gus Vane, has offered to defer the rent.",
		want: []quote{{"Lotte Brink", auD, "I borrowed everything"}, {"Lotte Brink", auD, "If the summer is wet, I am finished."}}},
	{class: "continue/quote-only paragraph after the second of two speakers in one paragraph",
		text: "“The school must stay open,” said parent Ana Morel.\n\n“It has 31 pupils and room for 200,” said the county's education chief, Hugo Lenz. “We cannot justify it.”\n\n“Every small school is unjustifiable on paper.”\n\nMorel has collected 2,000 signatures.",
		want: []quote{{"Ana Morel", auD, "The school must stay open"}, {"Hugo Lenz", auD, "It has 31 pupils and room for 200"}, {"Hugo Lenz", auD, "We cannot justify it."}, {"Hugo Lenz", auD, "Every small school is unjustifiable on paper."}}},
}

// "He added" / "she added" with two candidates.
var at2Added = []auditRow{
	{class: "added/he added, two men, the last speaker",
		text: "Coach Ivo Dral praised his team after the win over Fenmoor. Captain Nils Berg said the players had earned a rest.\n\n“We were patient,” Dral said.\n\n“Patience wins leagues,” he added.",
		want: []quote{{"Ivo Dral", auD, "We were patient"}, {"Ivo Dral", auD, "Patience wins leagues"}}},
	{class: "added/she added, a man spoke between",
		text: "“The trial results are encouraging,” said Dr Maren Solt, who led the study.\n\nHer colleague Dr Felix Amberg was more cautious. “Forty patients is a small sample,” he said.\n\n“We will need a larger trial,” she added.",
		want: []quote{{"Maren Solt", auD, "The trial results are encouraging"}, {"Felix Amberg", auD, "Forty patients is a small sample"}, {"Maren Solt", auD, "We will need a larger trial"}}},
	{class: "added/he added, a woman then a man speaking",
		text: "“The road will be closed for six weeks,” said transport chief Ulla Brandt.\n\n“That is the whole tourist season,” said hotel owner Kasper Lind.\n\n“Half my bookings will cancel,” he added.",
		want: []quote{{"Ulla Brandt", auD, "The road will be closed for six weeks"}, {"Kasper Lind", auD, "That is the whole tourist season"}, {"Kasper Lind", auD, "Half my bookings will cancel"}}},
	{class: "added/she added, two women, the last speaker",
		text: "“The union accepts the offer,” said Dana Korr, its leader.\n\n“The members have not voted yet,” said shop steward Lise Amundt.\n\n“They will vote next week,” she added.",
		want: []quote{{"Dana Korr", auD, "The union accepts the offer"}, {"Lise Amundt", auD, "The members have not voted yet"}, {"Lise Amundt", auD, "They will vote next week"}}},
	{class: "added/X added by surname after the other spoke",
		text: "“We will appeal,” said defence lawyer Ruben Kaye.\n\n“The verdict is sound,” said prosecutor Hedda Lorn.\n\n“The jury saw the same evidence we did,” Kaye added.",
		want: []quote{{"Ruben Kaye", auD, "We will appeal"}, {"Hedda Lorn", auD, "The verdict is sound"}, {"Ruben Kaye", auD, "The jury saw the same evidence we did"}}},
	{class: "added/he added in the middle of a paragraph",
		text: "Farmers' leader Jonas Pirk met the agriculture minister, Edda Falk, on Friday.\n\n“The minister listened,” Pirk said. “Listening is not enough,” he added. “We need the subsidy restored.”",
		want: []quote{{"Jonas Pirk", auD, "The minister listened"}, {"Jonas Pirk", auD, "Listening is not enough"}, {"Jonas Pirk", auD, "We need the subsidy restored."}}},
	{class: "added/she added, the woman is the earlier speaker",
		text: "“The library stays open on Sundays,” said head librarian Tove Nyberg.\n\n“Sunday staff cost double,” said finance officer Karl Osk. “We have no budget for it.”\n\n“The readers come on Sundays,” she added.",
		want: []quote{{"Tove Nyberg", auD, "The library stays open on Sundays"}, {"Karl Osk", auD, "Sunday staff cost double"}, {"Karl Osk", auD, "We have no budget for it."}, {"Tove Nyberg", auD, "The readers come on Sundays"}}},
	{class: "added/he went on, two men",
		text: "“I have never seen a harvest this poor,” said grower Matti Roos.\n\n“The rain came at the wrong time,” said his neighbour Aron Lusk.\n\n“Next year will be better,” he went on.",
		want: []quote{{"Matti Roos", auD, "I have never seen a harvest this poor"}, {"Aron Lusk", auD, "The rain came at the wrong time"}, {"Aron Lusk", auD, "Next year will be better"}}},
}

// A speaker named again by surname only.
var at2Surname = []auditRow{
	{class: "surname/surname said after the full name",
		text: "Marta Quell, a nurse, and Henrik Dahl, a paramedic, were honoured for their work in the Lowen floods.\n\n“I only did my job,” Quell said.\n\n“We all did,” Dahl said.",
		want: []quote{{"Marta Quell", auD, "I only did my job"}, {"Henrik Dahl", auD, "We all did"}}},
	{class: "surname/Mr and Ms with surname",
		text: "Developer Otto Grahn wants to build 300 homes on the Fell meadow. Local campaigner Berit Solheim opposes the plan.\n\n“The town needs houses,” Mr Grahn said.\n\n“The town needs its meadow,” Ms Solheim said.\n\n“People cannot live in a meadow,” Mr Grahn said.",
		want: []quote{{"Otto Grahn", auD, "The town needs houses"}, {"Berit Solheim", auD, "The town needs its meadow"}, {"Otto Grahn", auD, "People cannot live in a meadow"}}},
	{class: "surname/surname before said, two quotes",
		text: "Two climbers, Eino Varg and Paula Strom, reached the summit of Mount Kael on Sunday.\n\n“The last hundred metres took three hours,” Varg said.\n\n“I thought about turning back twice,” Strom said. “Eino would not let me.”",
		want: []quote{{"Eino Varg", auD, "The last hundred metres took three hours"}, {"Paula Strom", auD, "I thought about turning back twice"}, {"Paula Strom", auD, "Eino would not let me."}}},
	{class: "surname/Dr and Professor with surname",
		text: "Dr Sofia Renn and Professor Ake Lindqvist disagree about the Harrow reservoir.\n\n“The water is safe to drink,” Dr Renn said.\n\n“Safe today, perhaps,” Professor Lindqvist said.",
		want: []quote{{"Sofia Renn", auD, "The water is safe to drink"}, {"Ake Lindqvist", auD, "Safe today, perhaps"}}},
	{class: "surname/surname and a hyphenated surname",
		text: "Liv Ostby and Gunnar Ostby-Hale run the Brook Farm dairy together.\n\n“Milk prices have fallen by a third,” Ostby said.\n\n“We are selling cheese now to survive,” said Ostby-Hale.",
		want: []quote{{"Liv Ostby", auD, "Milk prices have fallen by a third"}, {"Gunnar Ostby-Hale", auD, "We are selling cheese now to survive"}}},
}

// A speaker named again by title.
var at2Title = []auditRow{
	{class: "title/the minister said after the named minister",
		text: "Finance Minister Aldo Ventris presented the budget on Wednesday. Opposition leader Nora Kiel called it reckless.\n\n“This budget protects pensions,” the minister said.\n\n“It protects nothing but his majority,” Kiel said.",
		want: []quote{{"Aldo Ventris", auD, "This budget protects pensions"}, {"Nora Kiel", auD, "It protects nothing but his majority"}}},
	{class: "title/the mayor said, two people",
		text: "Mayor Henna Jarl opened the new tram line in Osterby. Transport union leader Bo Falk boycotted the ceremony.\n\n“This is a proud day for the city,” the mayor said.\n\n“The drivers were not consulted once,” Falk said.",
		want: []quote{{"Henna Jarl", auD, "This is a proud day for the city"}, {"Bo Falk", auD, "The drivers were not consulted once"}}},
	{class: "title/the judge, then the defendant",
		text: "Judge Petra Holm sentenced Karl Emory to four years for fraud on Friday.\n\n“You betrayed the trust of your clients,” the judge said.\n\n“I am sorry,” Emory said.",
		want: []quote{{"Petra Holm", auD, "You betrayed the trust of your clients"}, {"Karl Emory", auD, "I am sorry"}}},
	{class: "title/the coach said after a player spoke",
		text: "Fenmoor coach Lukas Arne and midfielder Timo Rask spoke after the 2-0 defeat.\n\n“We did not deserve anything today,” Rask said.\n\n“The players gave everything,” the coach said.",
		want: []quote{{"Timo Rask", auD, "We did not deserve anything today"}, {"Lukas Arne", auD, "The players gave everything"}}},
	{class: "title/the governor said, quote first",
		text: "Governor Elsa Marrow declared an emergency in three counties. State senator Ivan Drew said the move came too late.\n\n“We have sent every crew we have,” the governor said.\n\n“The crews should have been there on Monday,” Drew said.",
		want: []quote{{"Elsa Marrow", auD, "We have sent every crew we have"}, {"Ivan Drew", auD, "The crews should have been there on Monday"}}},
	{class: "title/the president of a club, then a fan",
		text: "Club president Harald Munk announced the sale of the Kaldor Park stadium.\n\n“The club cannot survive without the money,” the president said.\n\n“Without the stadium there is no club,” said supporter Ella Rusk.",
		want: []quote{{"Harald Munk", auD, "The club cannot survive without the money"}, {"Ella Rusk", auD, "Without the stadium there is no club"}}},
}

// A speaker named again by a description.
var at2Descr = []auditRow{
	{class: "descr/the 62-year-old",
		text: "Tilde Mansson, 62, has sold flowers at the Brask market for forty years. The market's manager, Per-Olof Ring, wants her stall moved.\n\n“I am not moving,” the 62-year-old said.\n\n“The fire exits must be clear,” Ring said.",
		want: []quote{{"Tilde Mansson", auD, "I am not moving"}, {"Per-Olof Ring", auD, "The fire exits must be clear"}}},
	{class: "descr/the striker",
		text: "Orrin City striker Yann Belo scored a hat-trick. Goalkeeper Mats Kell kept a clean sheet.\n\n“I have waited all season for this,” the striker said.\n\n“Easy day for me,” Kell said.",
		want: []quote{{"Yann Belo", auD, "I have waited all season for this"}, {"Mats Kell", auD, "Easy day for me"}}},
	{class: "descr/the teenager",
		text: "Sixteen-year-old Ida Farn won the national spelling contest in Harlow. Her teacher, Leon Brask, watched from the front row.\n\n“I practised every night,” the teenager said.\n\n“She never gave up,” Brask said.",
		want: []quote{{"Ida Farn", auD, "I practised every night"}, {"Leon Brask", auD, "She never gave up"}}},
	{class: "descr/the veteran, then the newcomer",
		text: "Sailor Anders Hoel, 71, and newcomer Kim Varro, 19, finished the Skerry race side by side.\n\n“I have done this race fifty times,” the veteran said.\n\n“He taught me everything,” Varro said.",
		want: []quote{{"Anders Hoel", auD, "I have done this race fifty times"}, {"Kim Varro", auD, "He taught me everything"}}},
	{class: "descr/the farmer",
		text: "Farmer Olle Brant has refused to sell his land to the Nordvik wind project. Project director Camilla Roos says the offer stands.\n\n“My grandfather cleared this field,” the farmer said.\n\n“We will wait,” Roos said.",
		want: []quote{{"Olle Brant", auD, "My grandfather cleared this field"}, {"Camilla Roos", auD, "We will wait"}}},
	{class: "descr/the singer, the actress",
		text: "Singer Lior Danz and actress Mette Sahl will host the Tarrow awards.\n\n“I am terrified,” the singer said.\n\n“He will be brilliant,” the actress said.",
		want: []quote{{"Lior Danz", auD, "I am terrified"}, {"Mette Sahl", auD, "He will be brilliant"}}},
}

// A colon introduction: "X said:" and the quotation in the next paragraph.
var at2Colon = []auditRow{
	{class: "colon/X said: then the quote paragraph",
		text: "The Carrow health board announced cuts on Monday. Its chairman, Aksel Brun, said:\n\n“There is no painless way to save eleven million.”\n\nUnion official Rita Sand said the cuts would cost lives.",
		want: []quote{{"Aksel Brun", auD, "There is no painless way to save eleven million."}}},
	{class: "colon/second speaker's colon after the first's quote",
		text: "“The airport will bring 3,000 jobs,” said developer Leif Amsel.\n\nEnvironmental campaigner Sigrid Holt told the inquiry:\n\n“Jobs for ten years, noise for a hundred.”",
		want: []quote{{"Leif Amsel", auD, "The airport will bring 3,000 jobs"}, {"Sigrid Holt", auD, "Jobs for ten years, noise for a hundred."}}},
	{class: "colon/she added: then the quote",
		text: "“We found the boy after six hours,” said rescue leader Kaja Lind. Police chief Erik Moss thanked the volunteers.\n\nShe added:\n\n“He was cold but he was smiling.”",
		want: []quote{{"Kaja Lind", auD, "We found the boy after six hours"}, {"Kaja Lind", auD, "He was cold but he was smiling."}}},
	{class: "colon/in a statement, X said: quote",
		text: "Pellan Rovers sacked manager Dag Ulvik on Sunday. In a statement, club chairman Ronja Tell said:\n\n“We thank Dag for his work and wish him well.”\n\nUlvik said he was disappointed.",
		want: []quote{{"Ronja Tell", auD, "We thank Dag for his work and wish him well."}}},
	{class: "colon/X said: quote in the same paragraph, then the other",
		text: "Headteacher Mona Vik said: “We will not cancel the trip.”\n\nParent Jakob Alm said: “Then I will keep my son at home.”",
		want: []quote{{"Mona Vik", auD, "We will not cancel the trip."}, {"Jakob Alm", auD, "Then I will keep my son at home."}}},
}

// A quotation interrupted by the cue in the middle.
var at2Interrupt = []auditRow{
	{class: "interrupt/quote, said X, quote continues",
		text: "Ferry captain Rolf Haug brought the Saltby ferry home in a storm.\n\n“The waves were higher than the bridge,” said Haug, “and the radar failed twice.”\n\nPassenger Elin Maas said she had never been so frightened.",
		want: []quote{{"Rolf Haug", auD, "The waves were higher than the bridge"}, {"Rolf Haug", auD, "and the radar failed twice."}}},
	{class: "interrupt/interrupted by an apposition cue after another speaker",
		text: "“Prices are rising everywhere,” said shopper Ines Roth.\n\n“We have held our prices for a year,” Carl Benn, the shop's owner, said, “but I cannot hold them for ever.”",
		want: []quote{{"Ines Roth", auD, "Prices are rising everywhere"}, {"Carl Benn", auD, "We have held our prices for a year"}, {"Carl Benn", auD, "but I cannot hold them for ever."}}},
	{class: "interrupt/surname said, mid-quote, two women",
		text: "Architect Noor Dahl designed the Venn library. Critic Hilde Bast dislikes it.\n\n“A library should feel like a forest,” Dahl said, “not like a bank.”\n\n“It feels like a car park,” Bast said.",
		want: []quote{{"Noor Dahl", auD, "A library should feel like a forest"}, {"Noor Dahl", auD, "not like a bank."}, {"Hilde Bast", auD, "It feels like a car park"}}},
	{class: "interrupt/she said, mid-quote, after a new subject",
		text: "“The ice road opens in January,” said ranger Tor Eklund. Trucker Maja Lund waits every year for it.\n\n“When it opens,” she said, “I drive eighteen hours a day.”",
		want: []quote{{"Tor Eklund", auD, "The ice road opens in January"}, {"Maja Lund", auD, "When it opens"}, {"Maja Lund", auD, "I drive eighteen hours a day."}}},
	{class: "interrupt/said the minister, mid-quote",
		text: "Health Minister Ove Larsen visited the Brask clinic. Its director, Signe Vall, asked for more staff.\n\n“More staff are coming,” said the minister, “but not this year.”",
		want: []quote{{"Ove Larsen", auD, "More staff are coming"}, {"Ove Larsen", auD, "but not this year."}}},
}

// A new speaker introduced in a sentence with no speech before their quotation.
var at2Intro = []auditRow{
	{class: "intro/Y, a local farmer, disagreed. quote",
		text: "“The new road will bring trade to the valley,” said county engineer Stig Palm.\n\nHelga Moen, a local farmer, disagreed. “It will cut my farm in two.”",
		want: []quote{{"Stig Palm", auD, "The new road will bring trade to the valley"}, {"Helga Moen", auD, "It will cut my farm in two."}}},
	{class: "intro/Y was not convinced. quote (same gender)",
		text: "“Crime in the old town has fallen by a fifth,” said police chief Arvid Stenn.\n\nShopkeeper Gustav Lee was not convinced. “My windows were broken twice this month.”",
		want: []quote{{"Arvid Stenn", auD, "Crime in the old town has fallen by a fifth"}, {"Gustav Lee", auD, "My windows were broken twice this month."}}},
	{class: "intro/Y has a different view. he said in the next paragraph",
		text: "“The museum will draw 100,000 visitors a year,” said its director, Elna Fross.\n\nTaxpayer group leader Mikael Ruud has a different view.\n\n“It will draw debts,” he said.",
		want: []quote{{"Elna Fross", auD, "The museum will draw 100,000 visitors a year"}, {"Mikael Ruud", auD, "It will draw debts"}}},
	{class: "intro/Y shook her head. quote",
		text: "“Everyone will be rehoused by spring,” said housing officer Pontus Alm.\n\nTenant Rosa Eik shook her head. “They said that last spring.”",
		want: []quote{{"Pontus Alm", auD, "Everyone will be rehoused by spring"}, {"Rosa Eik", auD, "They said that last spring."}}},
	{class: "intro/Y, who has fished for 40 years, is worried. quote",
		text: "“The fish farms are safe,” said industry spokesman Elias Torp.\n\nJens Hovde, who has fished the fjord for 40 years, is worried. “The wild salmon are disappearing.”",
		want: []quote{{"Elias Torp", auD, "The fish farms are safe"}, {"Jens Hovde", auD, "The wild salmon are disappearing."}}},
	{class: "intro/But for Y, the matter is personal. quote",
		text: "“The plant meets every standard,” said its manager, Ingrid Vass.\n\nBut for Leo Carst, whose son works there, the matter is personal. “I want to know what he breathes.”",
		want: []quote{{"Ingrid Vass", auD, "The plant meets every standard"}, {"Leo Carst", auD, "I want to know what he breathes."}}},
}

// An interview: the reporter's questions between the answers.
var at2Interview = []auditRow{
	{class: "interview/question unquoted, answer with she said",
		text: "We met the novelist Ebba Lorentz at her home in Harl.\n\nWhy did you leave the city? “I could not hear myself think,” she said.\n\nAnd will you go back? “Never,” Lorentz said.",
		want: []quote{{"Ebba Lorentz", auD, "I could not hear myself think"}, {"Ebba Lorentz", auD, "Never"}}},
	{class: "interview/asked whether ..., he smiled. unattributed answer",
		text: "Goalkeeper Sten Ravn spoke to the Brask Courier after his retirement.\n\n“It was time,” Ravn said. “My knees told me.”\n\nAsked whether he would coach, he smiled.\n\n“Maybe the children's team. Nothing bigger.”",
		want: []quote{{"Sten Ravn", auD, "It was time"}, {"Sten Ravn", auD, "My knees told me."}, {"Sten Ravn", auD, "Maybe the children's team. Nothing bigger."}}},
	{class: "interview/asked about Y's criticism, X said:",
		text: "Minister Kari Bolt spoke to reporters in Osterby. Asked about the criticism from union leader Finn Dale, she said: “Mr Dale is entitled to his view.”\n\n“The strike is illegal,” Dale said later.",
		want: []quote{{"Kari Bolt", auD, "Mr Dale is entitled to his view."}, {"Finn Dale", auD, "The strike is illegal"}}},
	{class: "interview/I asked her ... she replied",
		text: "I asked the sculptor Tova Hild whether she minded the crowds.\n\n“I love them,” she replied. “They touch the stone, and the stone gets warmer.”",
		want: []quote{{"Tova Hild", auD, "I love them"}, {"Tova Hild", auD, "They touch the stone, and the stone gets warmer."}}},
}

// A quotation after a paragraph that names only a silent person.
var at2Silent = []auditRow{
	{class: "silent/silent woman named between, he said",
		text: "“We will rebuild the school by September,” said contractor Ragnar Foss.\n\nThe old school was built in 1911 by the architect Linnea Holt.\n\n“The new one will last as long,” he said.",
		want: []quote{{"Ragnar Foss", auD, "We will rebuild the school by September"}, {"Ragnar Foss", auD, "The new one will last as long"}}},
	{class: "silent/silent person named between, quote-only paragraph",
		text:  "“I found the coins in my potato field,” said farmer Eskil Dahl.\n\nThe hoard was examined by museum curator Vera Marsk, who dated it to the ninth century.\n\n“I thought they were bottle tops at first.”",
		want:  []quote{{"Eskil Dahl", auD, "I found the coins in my potato field"}, {"Eskil Dahl", auD, "I thought they were bottle tops at first."}},
		known: at2SilentCarry},
	{class: "silent/silent man between, surname cue",
		text: "“The bridge is the oldest in the county,” said historian Pavel Ostrow.\n\nIt was designed by the engineer Mikkel Brand in 1840.\n\n“It has survived three floods,” Ostrow said.",
		want: []quote{{"Pavel Ostrow", auD, "The bridge is the oldest in the county"}, {"Pavel Ostrow", auD, "It has survived three floods"}}},
	{class: "silent/the named person is only the subject, her mother said",
		text: "“We miss her every day,” said Alma Skov, whose daughter went missing in 2019.\n\nThe daughter, Nina Skov, was last seen at the Tarrow bus station.\n\n“Someone knows where she is,” her mother said.",
		want: []quote{{"Alma Skov", auD, "We miss her every day"}, {"Alma Skov", auD, "Someone knows where she is"}}},
}

// Quotations that must stay with nobody.
var at2Nobody = []auditRow{
	{class: "nobody/an unnamed crowd chanted",
		text: "Mayor Lisbet Kron addressed the rally in Venn square. “The plant will stay open,” she said.\n\nThe crowd chanted “Jobs, not promises!”",
		want: []quote{{"Lisbet Kron", auD, "The plant will stay open"}, {"", auD, "Jobs, not promises!"}}},
	{class: "nobody/a sign read",
		text: "“We are here for the trees,” said protester Arne Holm.\n\nA sign by the gate read “No felling without consent.”",
		want: []quote{{"Arne Holm", auD, "We are here for the trees"}, {"", auD, "No felling without consent."}}},
	{class: "nobody/protesters shouted, after a named speaker",
		text: "Minister Dora Blix opened the Saltby bypass. “It will save every driver twenty minutes,” she said.\n\nProtesters outside shouted “Shame on you, minister!” as her car left.",
		want: []quote{{"Dora Blix", auD, "It will save every driver twenty minutes"}, {"", auD, "Shame on you, minister!"}}},
	{class: "nobody/a banner said",
		text: "“The club belongs to its fans,” said supporters' leader Kjell Ruud.\n\nA banner across the stand said “Sell the board, not the ground.”",
		want: []quote{{"Kjell Ruud", auD, "The club belongs to its fans"}, {"", auD, "Sell the board, not the ground."}}},
	{class: "nobody/someone in the crowd shouted, then a named speaker",
		text:  "The Harl council meeting ended in uproar on Tuesday.\n\n“Resign!” someone in the public gallery shouted.\n\n“I will not be bullied,” said council leader Magnus Eid.",
		want:  []quote{{"", auD, "Resign!"}, {"Magnus Eid", auD, "I will not be bullied"}},
		known: at2ShortShout},
}

// Second batch, written before the engine ran on it, to bring the audit
// near a hundred articles.
var at2More = []auditRow{
	{class: "quotefirst/quote, X, the Y, said",
		text: "The Lowen ferry strike entered its third day.\n\n“We will sail when we are paid,” Arne Falk, the crew's union rep, said.\n\n“They are paid more than any crew on the coast,” Britt Olsen, the operator's director, said.",
		want: []quote{{"Arne Falk", auD, "We will sail when we are paid"}, {"Britt Olsen", auD, "They are paid more than any crew on the coast"}}},
	{class: "quotefirst/quote, said the Y, X",
		text: "The Velmar marathon was cancelled because of the heat.\n\n“Safety comes first,” said the race director, Hakon Strand.\n\n“I trained for a year for this,” said runner Maria Lopes.",
		want: []quote{{"Hakon Strand", auD, "Safety comes first"}, {"Maria Lopes", auD, "I trained for a year for this"}}},
	{class: "quotefirst/three speakers in turn, one returns by surname",
		text: "“The harbour wall is cracking,” said engineer Odd Hamre.\n\n“We have known for ten years,” said harbour board member Siri Vang.\n\n“And done nothing,” said fisherman Terje Bakk.\n\n“The money was never there,” Vang said.",
		want: []quote{{"Odd Hamre", auD, "The harbour wall is cracking"}, {"Siri Vang", auD, "We have known for ten years"}, {"Terje Bakk", auD, "And done nothing"}, {"Siri Vang", auD, "The money was never there"}}},
	{class: "continue/quote-only paragraph after he said, the other a woman named in it",
		text: "“My father built this boat,” said Eirik Lund, standing beside his daughter Anja.\n\n“She will have it after me.”\n\nThe boat is 80 years old.",
		want: []quote{{"Eirik Lund", auD, "My father built this boat"}, {"Eirik Lund", auD, "She will have it after me."}}},
	{class: "continue/quote-only paragraph after a colon-quote paragraph",
		text: "Fire chief Lena Brekke said: “The fire started in the kitchen.”\n\n“The family got out in time.”\n\nNeighbour Ole Sand called the fire brigade.",
		want: []quote{{"Lena Brekke", auD, "The fire started in the kitchen."}, {"Lena Brekke", auD, "The family got out in time."}}},
	{class: "continue/quote-only paragraph with two sentences after a quote-first paragraph",
		text: "“I was born in this house,” said Agnes Roll, 90.\n\n“I will die in this house. The council can wait.”\n\nThe council's housing chief, Stein Eng, declined to comment.",
		want: []quote{{"Agnes Roll", auD, "I was born in this house"}, {"Agnes Roll", auD, "I will die in this house. The council can wait."}}},
	{class: "added/he added after a woman's indirect speech",
		text: "“The shop will close in June,” said owner Bjorn Vik. His wife, Karin Vik, said they had tried everything.\n\n“Thirty years is enough,” he added.",
		want: []quote{{"Bjorn Vik", auD, "The shop will close in June"}, {"Bjorn Vik", auD, "Thirty years is enough"}}},
	{class: "added/she added, a man's quote between in the same paragraph",
		text: "“The orchestra has no home,” said conductor Ylva Berg.\n\nThe city's culture chief, Frode Moe, said a new hall was planned. “Planning takes time,” he said.\n\n“Musicians cannot wait for ever,” she added.",
		want: []quote{{"Ylva Berg", auD, "The orchestra has no home"}, {"Frode Moe", auD, "Planning takes time"}, {"Ylva Berg", auD, "Musicians cannot wait for ever"}}},
	{class: "added/she continued, two women, the earlier one named as subject",
		text: "Elin Haga leads the Saltby tenants' group. Her landlord, Trude Holm, wants the flats empty by May.\n\n“We have nowhere to go,” Haga said.\n\n“Most of us are pensioners,” she continued.",
		want: []quote{{"Elin Haga", auD, "We have nowhere to go"}, {"Elin Haga", auD, "Most of us are pensioners"}}},
	{class: "surname/surname of a speaker introduced with a role after the name",
		text: "Knut Aasen, the Brask harbourmaster, and Ellen Dyb, a ferry captain, watched the ship come in.\n\n“She is three days late,” Aasen said.\n\n“The storm held her at Kael,” Dyb said.",
		want: []quote{{"Knut Aasen", auD, "She is three days late"}, {"Ellen Dyb", auD, "The storm held her at Kael"}}},
	{class: "surname/surname before said, quote after the cue",
		text: "Paul Ekre and Sonja Mil run rival bakeries in Harl.\n\nEkre said: “Her bread is good. Mine is better.”\n\nMil said: “He would say that.”",
		want: []quote{{"Paul Ekre", auD, "Her bread is good. Mine is better."}, {"Sonja Mil", auD, "He would say that."}}},
	{class: "title/the minister, two ministers of different office",
		text: "Defence Minister Rolf Hagen and Foreign Minister Anne Lie met their counterparts in Kael.\n\n“The talks were frank,” the defence minister said.\n\n“We agreed on more than we expected,” Lie said.",
		want: []quote{{"Rolf Hagen", auD, "The talks were frank"}, {"Anne Lie", auD, "We agreed on more than we expected"}}},
	{class: "title/the chief executive, after a union leader spoke",
		text: "Norrsund Lines chief executive Jarle Brun met union leader Vigdis Ask on Monday.\n\n“No deal yet,” Ask said.\n\n“We are close,” the chief executive said.",
		want: []quote{{"Vigdis Ask", auD, "No deal yet"}, {"Jarle Brun", auD, "We are close"}}},
	{class: "title/the doctor said",
		text: "Dr Halvor Sunde treated the injured climbers at Kael hospital. Their guide, Randi Lie, was unhurt.\n\n“They were lucky,” the doctor said.\n\n“I should have turned back earlier,” Lie said.",
		want: []quote{{"Halvor Sunde", auD, "They were lucky"}, {"Randi Lie", auD, "I should have turned back earlier"}}},
	{class: "descr/the 45-year-old after a name with an age",
		text: "Lorry driver Geir Tangen, 45, was stuck on the Fell pass for two days. Rescuer Maja Hoff reached him on Sunday.\n\n“I ate biscuits and waited,” the 45-year-old said.\n\n“He was calm,” Hoff said.",
		want: []quote{{"Geir Tangen", auD, "I ate biscuits and waited"}, {"Maja Hoff", auD, "He was calm"}}},
	{class: "descr/the goalkeeper after the striker spoke",
		text: "Striker Ola Brenn and goalkeeper Emil Saue were the heroes of the Harl derby.\n\n“I just hit it,” Brenn said.\n\n“The penalty save was luck,” the goalkeeper said.",
		want: []quote{{"Ola Brenn", auD, "I just hit it"}, {"Emil Saue", auD, "The penalty save was luck"}}},
	{class: "descr/the mother of two",
		text: "Kristin Alvik, a mother of two, lost her job at the Venn plant. Plant manager Ronny Dahl announced 200 cuts.\n\n“I do not know how I will pay the rent,” the mother of two said.\n\n“It was the hardest decision of my career,” Dahl said.",
		want: []quote{{"Kristin Alvik", auD, "I do not know how I will pay the rent"}, {"Ronny Dahl", auD, "It was the hardest decision of my career"}}},
	{class: "descr/the pensioner, nobody carries the word",
		text:  "Harald Bergh has lived on Ness Street since 1961. The street is to be demolished, city planner Silje Rud said.\n\n“Where will the old people go?” the pensioner asked.",
		want:  []quote{{"Harald Bergh", auD, "Where will the old people go?"}},
		known: at2DescrFallback},
	{class: "colon/X told the paper: quote over two paragraphs",
		text: "Hotel owner Vidar Lunde told the Courier:\n\n“The bookings stopped overnight.”\n\n“I have never seen anything like it.”\n\nTourism chief Marit Aune said the season would recover.",
		want: []quote{{"Vidar Lunde", auD, "The bookings stopped overnight."}, {"Vidar Lunde", auD, "I have never seen anything like it."}}},
	{class: "colon/the statement said: after a named person",
		text: "Coach Idar Holm left Fenmoor on Friday. The club said in a statement:\n\n“We thank Idar for three wonderful years.”",
		want: []quote{{"Fenmoor", auD, "We thank Idar for three wonderful years."}}},
	{class: "interrupt/she says, mid-quote, present tense",
		text:  "Beekeeper Gro Lien has lost half her hives. Her neighbour, Arild Sveen, sprays his fields in May.\n\n“The bees die in May,” she says, “every year.”",
		want:  []quote{{"Gro Lien", auD, "The bees die in May"}, {"Gro Lien", auD, "every year."}},
		known: at2SilentPronoun},
	{class: "interrupt/interrupted by a title cue after another speaker",
		text: "“The river is clean again,” said biologist Tone Aas.\n\n“It is cleaner,” said the mayor, Lars Kvam, “but not clean.”",
		want: []quote{{"Tone Aas", auD, "The river is clean again"}, {"Lars Kvam", auD, "It is cleaner"}, {"Lars Kvam", auD, "but not clean."}}},
	{class: "intro/Y, a local farmer, disagreed. quote in the next paragraph",
		text: "“The new road will bring trade,” said county engineer Nils Tveit.\n\nKari Sand, a local farmer, disagreed.\n\n“It will bring lorries and nothing else.”",
		want: []quote{{"Nils Tveit", auD, "The new road will bring trade"}, {"Kari Sand", auD, "It will bring lorries and nothing else."}}},
	{class: "intro/Y remembers the last flood. quote",
		text: "“The new barrier will hold a hundred-year flood,” said engineer Tor Fjell.\n\nRetired teacher Asta Holm remembers the last flood. “The water came up to the church door.”",
		want: []quote{{"Tor Fjell", auD, "The new barrier will hold a hundred-year flood"}, {"Asta Holm", auD, "The water came up to the church door."}}},
	{class: "intro/Y is less sure. quote, said Y's surname",
		text: "“The vaccine programme will finish by May,” said health officer Arve Rud.\n\nPharmacist Hilde Moen is less sure. “We have had no deliveries for a month,” Moen said.",
		want: []quote{{"Arve Rud", auD, "The vaccine programme will finish by May"}, {"Hilde Moen", auD, "We have had no deliveries for a month"}}},
	{class: "interview/question quoted from the reporter, then the answer",
		text: "The Courier spoke to the new bishop of Harl, Reidar Ness.\n\n“What will you change first?” we asked.\n\n“The heating in the cathedral,” Ness said.",
		want: []quote{{"", auD, "What will you change first?"}, {"Reidar Ness", auD, "The heating in the cathedral"}}},
	{class: "interview/Q: and A: paragraphs",
		text: "Composer Lise Dahl talks about her new opera.\n\nQ: Why an opera about fishermen?\n\nA: “My grandfather was one. I grew up on his stories,” Dahl said.",
		want: []quote{{"Lise Dahl", auD, "My grandfather was one. I grew up on his stories"}}},
	{class: "silent/silent person named by a photo credit between",
		text: "“The eagles are back,” said ranger Jorunn Vik.\n\nA pair was photographed last week by Tom Asker.\n\n“We have waited twenty years for this,” Vik said.",
		want: []quote{{"Jorunn Vik", auD, "We have waited twenty years for this"}, {"Jorunn Vik", auD, "The eagles are back"}}},
	{class: "silent/silent man named between, she said",
		text: "“The mill will become flats,” said developer Hege Brun.\n\nIt was built by the industrialist Anders Moe in 1880.\n\n“We will keep the old chimney,” she said.",
		want: []quote{{"Hege Brun", auD, "The mill will become flats"}, {"Hege Brun", auD, "We will keep the old chimney"}}},
	{class: "silent/a victim named between, he said, a man",
		text:  "“The driver did not stop,” said police inspector Stian Lie.\n\nThe victim, Per Holt, 34, was taken to hospital.\n\n“We are looking for a grey van,” he said.",
		want:  []quote{{"Stian Lie", auD, "The driver did not stop"}, {"Stian Lie", auD, "We are looking for a grey van"}},
		known: at2SilentPronoun},
	{class: "nobody/graffiti read",
		text: "“We clean the walls every week,” said caretaker Ivar Nes.\n\nOn Monday the graffiti read “Tourists go home.”",
		want: []quote{{"Ivar Nes", auD, "We clean the walls every week"}, {"", auD, "Tourists go home."}}},
	{class: "nobody/the headline said",
		text: "“I never said that,” said councillor Bente Rye.\n\nThe Courier's headline on Friday said “Councillor backs tower plan.”",
		want: []quote{{"Bente Rye", auD, "I never said that"}, {"", auD, "Councillor backs tower plan."}}},
	{class: "nobody/fans sang, after the coach spoke",
		text: "“We played for the supporters,” said coach Ruth Berge after the win.\n\nThe fans sang “We are staying up” long after the whistle.",
		want: []quote{{"Ruth Berge", auD, "We played for the supporters"}, {"", auD, "We are staying up"}}},
}

// Rows added with the descr fix ("the teenager" by age, "the doctor" by
// "Dr"), near misses that must not change.
var at2DescrFix = []auditRow{
	{class: "descr/the teenager, an age in the apposition",
		text: "Pianist Runa Vik, 17, won the Harl competition. Her teacher, Egil Strand, cried in the hall.\n\n“I did not expect it,” the teenager said.\n\n“She earned it,” Strand said.",
		want: []quote{{"Runa Vik", auD, "I did not expect it"}, {"Egil Strand", auD, "She earned it"}}},
	{class: "descr/the teenager, no age given, the striker named last (unchanged)",
		text: "Orrin City won 2-0 with striker Jonah Brekk scoring twice.\n\n“I have dreamed of this,” the teenager said.",
		want: []quote{{"Jonah Brekk", auD, "I have dreamed of this"}}},
	{class: "descr/the teenager is not one given an adult age",
		text: "Tomas Vell, 45, coaches the Harl junior team. His best player, Ari Lund, scored the winner.\n\n“I just kicked it,” the teenager said.",
		want: []quote{{"Ari Lund", auD, "I just kicked it"}}},
	{class: "descr/the doctor after Dr, another doctor unnamed (unchanged role word)",
		text: "Dr Lisa Hamre runs the Venn clinic. Nurse Ove Dahl has worked there for ten years.\n\n“We see sixty patients a day,” the doctor said.",
		want: []quote{{"Lisa Hamre", auD, "We see sixty patients a day"}}},
	{class: "descr/capitalised age opening the sentence, then the 70-year-old",
		text: "Seventy-year-old Bodil Fagre swam across the Kael fjord on Sunday. Her son, Jon Fagre, rowed beside her.\n\n“The water was cold,” the 70-year-old said.",
		want: []quote{{"Bodil Fagre", auD, "The water was cold"}}},
}

// Rows added with the silent-pronoun fix (the silent agent of a passive is
// no better a he than the last speaker), near misses that must not change.
var at2SilentFix = []auditRow{
	{class: "silent/passive agent between, surname of unknown gender",
		text: "“The chapel will reopen at Easter,” said builder Arvo Tamm.\n\nIts roof was repaired by the carpenter Sini Lokk.\n\n“The old beams were sound,” he said.",
		want: []quote{{"Arvo Tamm", auD, "The chapel will reopen at Easter"}, {"Arvo Tamm", auD, "The old beams were sound"}}},
	{class: "silent/passive agent who then speaks by name (unchanged)",
		text: "“The chapel will reopen at Easter,” said builder Arvo Tamm.\n\nIts roof was repaired by the carpenter Sini Lokk. “The old beams were sound,” Lokk said.",
		want: []quote{{"Arvo Tamm", auD, "The chapel will reopen at Easter"}, {"Sini Lokk", auD, "The old beams were sound"}}},
	{class: "silent/passive agent, no speaker before (unchanged)",
		text: "The Harl bridge was designed by Ivo Rannap in 1902.\n\n“It was the longest span in the country,” he said in a letter kept by the museum.",
		want: []quote{{"Ivo Rannap", auD, "It was the longest span in the country"}}},
}

// Rows added with the place-first-name fix: the first-pass "titled-pair"
// failure was "Dr Sofia Renn" read as Dr + the city Sofia + Renn, so the
// speaker was "Renn". A place between an honorific and a surname is a
// given name; near misses keep the place.
var at2PlaceNameFix = []auditRow{
	{class: "surname/Mrs + a place-like given name",
		text: "Mrs Georgia Lane has kept bees in Venn for forty years. Her neighbour, Tor Aasen, is allergic.\n\n“The bees were here first,” Mrs Lane said.\n\n“I was born here first,” Aasen said.",
		want: []quote{{"Georgia Lane", auD, "The bees were here first"}, {"Tor Aasen", auD, "I was born here first"}}},
	{class: "surname/the place after the name stays a place (unchanged)",
		text:     "Dr Tomas Brenn of Sofia University led the dig at Kael.\n\n“The wall is older than we thought,” Dr Brenn said.",
		want:     []quote{{"Tomas Brenn", auD, "The wall is older than we thought"}},
		speakers: []string{"Tomas Brenn"}},
}

// Rows added with the title-word fix: an occupation by its ending
// ("-master", "-keeper", "-maker", "-smith", "-wright") opening a sentence
// before a name is a role; near misses keep a surname of that ending.
var at2TitleWordFix = []auditRow{
	{class: "title/Lighthousekeeper X opening a sentence",
		text:     "Lighthousekeeper Arne Skarv has tended the Kael light for thirty years.\n\n“The lamp has never failed on my watch,” Skarv said.",
		want:     []quote{{"Arne Skarv", auD, "The lamp has never failed on my watch"}},
		speakers: []string{"Arne Skarv"}},
	{class: "title/a surname of that ending keeps its given name (unchanged)",
		text:     "Tomas Goldsmith and Ivar Boatwright founded the Harl rowing club.\n\n“We had one boat and no money,” Goldsmith said.",
		want:     []quote{{"Tomas Goldsmith", auD, "We had one boat and no money"}},
		speakers: []string{"Tomas Goldsmith"}},
}

// Rows added with the headline fix: a headline's words are no one's, like
// a sign's; a person speaking of a headline still speaks.
var at2HeadlineFix = []auditRow{
	{class: "nobody/a headline read, after a named speaker",
		text: "“We never promised a new stadium,” said club chairman Oddvar Lie.\n\nA headline in the Harl Post on Saturday read “Lie promises new stadium.”",
		want: []quote{{"Oddvar Lie", auD, "We never promised a new stadium"}, {"", auD, "Lie promises new stadium."}}},
	{class: "nobody/a person quoting about a headline speaks (unchanged)",
		text: "Councillor Bente Rye was angry about the Courier's front page.\n\n“That headline was a lie from start to finish,” Rye said.",
		want: []quote{{"Bente Rye", auD, "That headline was a lie from start to finish"}}},
}

// Rows added with the for-intro fix: "But for Y, who ..., the matter is
// personal. “...”" makes Y the one the next quotation is about, as "For
// Y, the answer is simple." did; a cue of its own still wins.
var at2ForIntroFix = []auditRow{
	{class: "intro/And for Y, who ..., business is good. quote",
		text: "“The market is dying,” said stallholder Ruben Aas.\n\nAnd for Ilse Moe, who opened her bakery in May, business is good. “I sell out by noon.”",
		want: []quote{{"Ruben Aas", auD, "The market is dying"}, {"Ilse Moe", auD, "I sell out by noon."}}},
	{class: "intro/But for Y, ...: a cue of its own wins (unchanged)",
		text: "“The plant meets every standard,” said its manager, Ingrid Vass.\n\nBut for Leo Carst, whose son works there, the matter is personal. “We test the air every day,” Vass said.",
		want: []quote{{"Ingrid Vass", auD, "The plant meets every standard"}, {"Ingrid Vass", auD, "We test the air every day"}}},
}

// Rows added with the club-statement fix: a club a player or coach left
// or joined is "the club" next; near misses keep other readings.
var at2ClubFix = []auditRow{
	{class: "colon/striker joined X, the club said",
		text: "Striker Pavel Rusk joined Orlen on a three-year deal on Tuesday. The club said in a statement:\n\n“Pavel is the player we have wanted for two years.”",
		want: []quote{{"Orlen", auD, "Pavel is the player we have wanted for two years."}}},
	{class: "colon/a teacher left a town: no club (unchanged)",
		text: "Teacher Ruth Dahl left Kaldor on Friday after thirty years. The club said in a statement:\n\n“We will miss her.”",
		want: []quote{{"", auD, "We will miss her."}}},
}
