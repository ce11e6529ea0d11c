package extract

// commonWords are everyday English words. A capitalised common word at the
// start of a sentence is not a name, and a multi-word name made of common
// words ("Environment Canada", "Operation Clambake") is not a person's.
// The quantity nouns of the last line open a sentence as "Dozens of
// delegates walked out", which names no one.
const commonWords = `according after again ago agreement aid air all allies almost alone along
already although among amount analysis angry annual another answer anti anyone anything appeal
approach april area areas army around arrest art article asked asking attack attacks attempt
attention authorities available average away back bad ban bank base based battle became become
been before began beginning behind being believe best better big bill billion black blue board
body book border born both break bridge brief bring brought budget building buildings business
but call called calls came campaign can capital car care case cases cause caused centre center
central century chair chairman chance change changes charge charges chief child children choice
church cities citizens city civil claim claims class clear close closed club coach coast cold
come coming comment comments commission committee common community company concern concerns
conditions conference conflict congress conservative construction continue continued control
cost costs could council counsel count countries country county course court cover crime
crisis critics cross crowd cup current cut cuts daily damage data day days dead deal death
debate debt december decision defence defense deficit democratic department deputy despite
development did died different director disaster district doctor doctors does done down draft
drive drop during early earlier earth east eastern economic economy education effect effort
effects eight election elections electric emergency end energy enough environment environmental
equal europe even evening event events ever every evidence executive expected experts face
fact failed fall families family far farm farmers fear federal feel felt few field fight
figures final finance financial find fire firm first five flight floor follow following food
football force forces foreign form former forward found four free friday friends front fuel full
fund funds further future game games gas general given global goal going gold golden good
government governments grand great green ground group groups growth guard half hall hand hands
hard head health hear heard heart heavy held help here high higher highway hill history hit
hold holding home homes hope hospital hour hours house housing however human hundreds idea
important including increase independent industry information inquiry inside instead
interest interior international internet investigation island issue issues job jobs join joint
judge just justice keep key kind knew know known labor labour lake land large last late later
law laws lead leader leaders leading league least leave led left legal less letter level life
light like likely line lines list little live lives local long look lost lot low made main
major majority make making man management many march market mass may mayor means measure
media medical meeting member members men might military million minister ministry minority
minutes month months more morning most mother move movement much museum music must name
national natural navy near nearly need needs network never new news next night nine none
north northern not nothing november now number numbers office officer officers official
officials oil old once one only open operation opposition order other others our out outside
over own pacific paper parents park parliament part parties party pass past patients pay peace
people per percent period person place plan plans plant play played player players please
police policy political politics poll poor popular population port position possible post
power powers premier present president press pressure price prices prime prison private
prize problem problems process program programme project protest protests provide public put
question questions race radio rail railway range rate rather reached read ready real reason
record red reform region regional release report reports republic research residents rest
result results return review right rights rise river road rock role room royal rule rules
run running safety said sales same saturday save say says school schools science sea season
second secretary security see seen senate senior september service services set seven
several share she shop short should show side since single site six small social society
some son soon south southern space speaker special spending sports spring square staff stage
standard star start state statement states station still stock stop story street strong
student students study such summer sunday supply support supreme sure system take taken talks
tax team technology television ten term terms test than that the their them then there these
they thing things think third this those thousands three through thursday time times today
together told too top total tourism tower town trade traffic training transport travel
treasury trial troops true trust tuesday turn two under union united unity university until
up upper urban used valley very victims view village violence visit voice vote voters wall
want war water way we wednesday week weekend weeks well were west western what when where
which while white who whole wide will win wind winter with within without woman women won
words work workers working world would year years yesterday yet young youth zone angels
chrome explorer firefox operation foods pictures ferries planet science fiction station bay
harbour harbor lane avenue cathedral temple mosque library academy stadium airport beach
mountain mount forest desert gulf channel strait canal coastline shore peninsula coastal
northern southern eastern western upper lower old new grand great little big royal civic
renewal alliance front cultural civil defense safety protection relief rescue marine maritime
naval nuclear atomic solar electoral constitutional criminal appeals supreme federal provincial
municipal metropolitan regional rural urban digital social liberal conservative green labour
democratic republican socialist communist progressive popular patriotic independent
freedom justice peace hope unity future heritage legacy horizon horizons pathway pathways
discovery challenge mission vision victory liberty prosperity
dozens millions scores tens`

// verbWords are common finite verb forms; a span holding one reads as a
// clause rather than a noun phrase.
const verbWords = `is are was were has have had will would can could may might must shall should
does did do went came took made found gave got left began became brought built bought caught
chose drove fell felt fled flew fought grew held hit kept knew led lost met paid put ran rose
sat saw sent set shot spent stood struck taught thought threw understood won broke spoke
heard drew drank ate forgot froze hid hung lent rode rang sank slept slid spun stole stuck
swept swam swung woke wept withdrew bled crept fed forbade leapt sought shook shone sang sped lay laid
forgave knelt mistook overcame overtook overran rebuilt strode strove underwent upheld withheld outgrew
outran outsold oversaw foresaw befell undertook withstood clung flung stank stung bred dwelt
sprang dug dealt wore tore swore hurt cut cost spread burst split shed quit let cast blew spat wove
remains remained needs needed wants wanted plans planned hopes hoped expects expected believes
believed thinks seems seemed appears appeared goes comes makes takes gets gives faces faced
holds leads runs works worked lives lived stays stayed continues continued means meant shows
showed showing includes included involves involved requires required became becomes happened
happens changed opened closed started began ended finished tried tries helped helps moved
moves called agreed decided refused failed passed killed died arrived returned received
reached raised rose fell dropped increased decreased declined rejected approved accepted
launched won lost beat beaten scored played joined voted elected appointed resigned
replaced released published posted signed sold bought owned operated managed
continue remain need want plan hope expect believe think seem appear go come make take get
give face hold lead run work live stay mean show include involve require happen change open
close start end try help move call decide refuse fail pass arrive return receive reach raise
fall drop increase decrease decline reject approve accept launch win lose score play join vote
grows grow formed rises shrinks shrank melts melted flows flowed spreads survives survived
depends depended affects affected contains contained produces produced reduces reduced causes
caused occurs occurred exists existed varies varied differs differed orbits orbited emits emitted
absorbs absorbed reflects reflected warms warmed cools cooled carries carried evolves evolved
develops developed lasts lasted protects protected triggers triggered allows allowed prevents
prevented determines determined matters mattered consist consists consisted comprise comprises
comprised deserve deserves deserved oppose opposes owe owes earn earns spend spends prefer prefers
intend intends seek seeks belong belongs suffer suffers tend tends manage manages fails` + " " + verbNounWords

// verbNounWords are plain present verbs a plural subject takes ("the
// attacks cause concern", "the levels vary") that are nouns as well; after
// an article they are the noun ("campaigners for the cause").
const verbNounWords = `cause trigger affect produce allow prevent determine threaten violate
undermine occur exist depend protect carry develop contain`

// maleNames, femaleNames and unisexNames are common given names from many
// languages, used to tell people from organisations and to pick a pronoun.
// The last line of each holds given names that are English words ("Hope
// Marlow", "Rich Alder"), which start a name only before a capitalised
// name word (commonAtStart).
const maleNames = `juha ilja jonah elijah kosta sakari tor olaf bernie pete andres jair evo ebrahim naftali yair petro mateusz jaroslaw shinzo
yoshihide fumio cyril raila yoweri abiy muhammadu narendra amit arvind rajesh suresh ramesh
manoj deepak kemal ahmet hakan burak yevgeny evgeny gennady arkady anatoly knut jonas mikkel
matti jukka pekka jurgen horst dieter helmut uwe volker heiko florian wojciech pawel zbigniew
miroslav milos zoran dragan goran vasile tibor laszlo gyorgy janos istvan ferenc zsolt olusegun
goodluck raul gonzalo mauricio joaquin ignacio cristiano
aaron abdul abdullah abraham adam adrian ahmed ahmad akira alan albert alberto
humza hamza mustapha attila zakaria zakariya misha dima juma elia mattia kuba
musa issa ilya ezra yahya
alejandro aleksandr alex alexander alexandre alexei alfred ali alistair amir anand anders andre
andrea andreas andrei andrew andrzej angelo anil anthony antoine anton antonio arjun arthur
arturo ashok ashraf aziz barack bashar ben benjamin bernard bill bob boris brad brandon brian
bruce bruno carl carlos cedric charles chris christian christopher claude claudio colin conor
craig curtis daniel danny dario david dean declan dennis derek diego dimitri dmitry dmitri
donald douglas duncan dylan edward eduardo elias emmanuel emil enrique eric erik ernesto
ethan eugene evan fabian farid felix fernando filip francesco francis francisco frank
franz fred frederick gabriel gary gavin george gerald gerhard giovanni giuseppe glenn gordon
graham grant gregor gregory guillaume gustavo hamid hans harold harry hassan hector henri henry
herbert hiroshi howard hugh hugo hussein ian ibrahim igor imran isaac ivan jack jacob jacques
jake james jamie jason javier jean jeff jeffrey jeremy jerome jesse jim jimmy joe joel johan
johannes john jonathan jorge jose josef joseph joshua juan julian julius justin kamal karim
karl keith ken kenneth kevin khaled khalid kim klaus konstantin kurt lars lawrence leon leonard
leonardo liam lorenzo louis luca lucas luigi luis luke lukas mahmoud malcolm manuel marc marcel
marco marcus mario mark martin mateo matthew matthias max maxim maxime michael michel miguel
mikhail milan mohammed mohammad mohamed muhammad mustafa nasser neil nicholas nick nicolas
nikolai nils noah norman oleg oliver omar oscar otto owen pablo patrick paul pavel pedro peter
philip philippe pierre piet piotr rafael rahul raj ramon randy ravi raymond recep reza ricardo
richard rishi robert roberto rodrigo roger roland roman ronald rory ruben rudolf rupert russell
ryan saad said salman sam samir samuel sanjay scott sean sebastian sergei sergey sergio shane
simon stanislav stefan stephen steve steven stuart sunil tariq ted terry theo thomas tim timothy
tobias todd tom tomas tomasz tony travis umar valentin vasily victor vijay vikram viktor
vincent vladimir walter wei william wolfgang xavier yaroslav yasser yusuf yves zachary
zoltan abdel abdallah mehmet mustafa osman emre yuri boris nikita artem andriy volodymyr
taras bogdan radu mihai florin ion jiri pavel tomas janusz marek krzysztof lech jacek henrik
sven lars olav magnus bjorn gunnar erling johan jens kasper mads rasmus soren thabo sipho
kwame kofi chinedu emeka oluwaseun tunde jomo uhuru hiroshi takeshi kenji haruki yuki minh
hung jin jun hao lei ming tao chen
dan mike dave matt jon greg phil andy josh zach nate ron
harvey billy bobby johnny tommy larry jerry dwayne roy floyd lloyd leroy marvin melvin clarence
lester vernon wendell dustin kyle darren wesley clifford dwight
rich rusty chance hunter mason rob glen cliff gene bud buck will`

const femaleNames = `meg elin britt kerstin birgit gunhild helga ute heike gudrun brigitte margit chioma folake mariam
maryam noor nour shirin deepika kavita yoko akiko pilar consuelo guadalupe ines
abigail ada adriana agnes aisha alexandra alice alicia alina alison amanda
amelia amina amy ana anastasia andrea angela angelica angelina anita ann anna anne annette
annika antonia ariana astrid audrey barbara beatrice beatriz bella brenda bridget camila
carla carmen carol caroline catherine cecilia celine charlotte chloe christina christine
claire clara claudia colette cristina cynthia daniela daria deborah denise diana diane dolores
dominika donna dorothy edith elaine eleanor elena elisabeth elizabeth ella ellen elsa emily emma
erika esther eva evelyn fatima fiona florence frances francesca gabriela gabrielle gemma
georgia gloria grace greta hana hanna hannah harriet heather helen helena hilary hillary holly
ida ingrid irene iris isabel isabella isabelle jacqueline jane janet jennifer jessica joan
joanna johanna josephine joyce judith julia julie juliet karen karin katarzyna kate katherine
kathleen kathryn katie katrin kelly kim kristen kristina laila laura lauren leah lena leila
lidia lily linda lisa liza lois lorena louise lucia lucy lydia madeleine magdalena maja
margaret margarita maria marie marina marion marisol marta martha martina mary maya megan
melanie melissa mia michelle mila miriam molly monica monika nadia nancy naomi natalia
natalie natasha nicole nina nora olga olivia paula pauline petra philippa priya rachel rebecca
renate rita rosa rosalind rose ruth sabine sandra sara sarah sasha selina shirley silvia simone
sofia sonia sophie stefania stella stephanie susan susanne suzanne svetlana tamara tanya
teresa theresa tina ursula valentina valeria valerie vanessa vera veronica victoria violet
virginia wanda wendy yasmin yvette yvonne zainab zara zoe theresa ursula kamala nikki liz
priti nadine anneke ingeborg sigrid solveig liv lis marit kari nkechi ngozi amara chiamaka fatou
aminata halima mei ling yan xiu hua yuki haruka sakura keiko aiko priyanka sunita anjali deepa
lakshmi shreya
tammy pam jodi jodie kathy cindy brittany kimberly stacy shelly jill janice
hope faith joy dawn amber crystal destiny mercy patience prudence penny daisy hazel may june april`

const unisexNames = `doris betty judy sue peggy kay debbie sally jenny alex jordan morgan taylor casey robin jamie kim jan sam charlie riley avery
quinn jesse drew sasha nikola andrea sunny pat sandy`
