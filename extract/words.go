package extract

// Word lists behind the lexicon. Multi-word entries use "_" for the space.
// The lists are about the language of news in general; none is tuned to a
// particular article.

const funcWords = `a an the and or but nor so yet if then than that this these those there here
of in on at to for from by with about against between into through during before after above
below under over again further once all any both each few more most other some such no not only
own same too very can will just should now i me my myself we our ours us you your he him his
himself she her hers herself it its itself they them their theirs themselves what which who whom
whose when where why how because while although though unless until whether as also however
meanwhile moreover therefore thus instead still even already ever never always often sometimes
nevertheless nonetheless additionally furthermore consequently accordingly conversely
perhaps maybe almost nearly about around per via amid among despite throughout toward towards
upon within without across along beside besides beyond inside outside onto off out up down
yes one two three four five six seven eight nine ten many much several another every either
neither none nobody nothing someone something anyone anything everyone everything whoever
whatever let lets let's it's he's she's that's there's what's who's we're they're i'm whereas whilst
lest whereupon albeit notwithstanding insofar henceforth thereupon hitherto`

const detWords = `the a an this that these those his her its their our my your some any each every
no another one`

const prepWords = `of in on at to for from by with about against between into through during before
after above below under over across along among amid around behind beside besides beyond inside
outside onto toward towards upon within without via despite near like since until per following
including off beneath underneath alongside throughout atop`

const auxWords = `is are was were be been being am has have had having will would shall should can
could may might must do does did 's 've 'd 'll cannot can't won't wouldn't shouldn't couldn't isn't
aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't mustn't needn't shan't ain't`

const negWords = `not never no n't nobody none neither nor`

const pronounWords = `he she it they we i you him her them us me`

const relativeWords = `who which whose whom that who's who've who'd`

const connectorWords = `of for on and & de del della di da do dos das du des van von der den ter la le
al el bin ibn ben bint binti wa abu dela delos degli dei vom zu zur af ap ab`

const particleWords = `de del della di da do dos das du des van von der den ter la le al el bin ibn
ben bint mac abu dela delos degli dei vom zu zur af wa binti ap ab`

const adverbWords = `also later then further previously earlier recently repeatedly reportedly once aloud
again publicly privately initially subsequently separately similarly likewise still simply openly
flatly firmly briefly quickly immediately finally already always often frequently personally
formally officially angrily proudly calmly bluntly quietly loudly candidly tearfully jokingly
cheerfully confidently defiantly emphatically excitedly happily sadly softly wryly dryly
cautiously carefully clearly directly explicitly forcefully insistently gently sharply strongly
tersely testily curtly plainly frankly honestly seriously solemnly warmly coolly coldly casually
long today yesterday tonight afterwards afterward recently since just first last yet ever
never even too only herself himself themselves itself twice thrice highly urgently
vehemently adamantly earnestly instead meanwhile however nonetheless nevertheless
roundly fiercely harshly heavily thereby thus hence therefore consequently accordingly`

const groupWords = `ones officials analysts experts researchers scientists residents witnesses sources
critics observers economists doctors authorities activists protesters supporters campaigners
lawyers investigators diplomats people locals traders workers members leaders engineers teachers
nurses forecasters authors organisers organizers opponents advocates politicians lawmakers
legislators ministers officers police gardaí gardai soldiers troops rescuers firefighters paramedics students
parents families fans users customers passengers commuters shoppers voters villagers farmers
fishermen scholars historians academics commentators pundits insiders aides spokespeople
representatives delegates negotiators mediators prosecutors judges executives managers staff
employees others many some several both all most few reporters journalists media editors
elders inhabitants vendors growers dealers consumers viewers readers listeners women men clergy
developers scientists statisticians pollsters polls surveys studies reports democrats republicans tories
relatives colleagues allies advisers advisors neighbours neighbors backers followers associates
rebels militants insurgents demonstrators survivors patients inmates prisoners detainees refugees
migrants tenants pilots miners pals mates medics cops troopers watchers bulls bears
directors astronomers astrophysicists astronauts biologists ecologists geologists physicists chemists
meteorologists climatologists oceanographers seismologists volcanologists hydrologists glaciologists
epidemiologists virologists physicians clinicians surgeons specialists veterinarians
regulators administrators inspectors auditors detectives deputies bankers investors councillors councilors senators crews`

const docWords = `statement statements letter report post blog website site tweet message note memo email
document documents announcement release press_release communique communiqué communication notice sign banner footage
placard placards signs banners poster slogan headline article editorial column analysis study
survey paper filing complaint lawsuit ruling judgment judgement decision verdict order petition
submission account transcript record minutes web_page page posting video recording broadcast
bulletin leaflet handout brochure manifesto proposal plan description invitation caption schedule timetable
poll book advisory database registry amendment motion resolution explanation explanations testimony
proclamation declaration review audit memoir blueprint initiative policy policies rules regulations guidelines guidance
charter constitution bylaws contract agreement treaty decree`

const titleWords = `president vice prime minister premier pm chancellor secretary general governor mayor
senator sen sen. rep rep. gov gov. representative congressman congresswoman judge justice ambassador
deputy shadow undersecretary director chairman chairwoman chair chief ceo cfo coo cto cmo vp svp evp head
commissioner superintendent inspector detective sergeant sgt sgt. constable officer captain capt
capt. lieutenant lt lt. colonel col col. major maj maj. admiral commander commodore marshal
brigadier corporal private general gen gen. brig brig. adm adm. amb amb. pres pres. cpl cpl. pvt pvt.
pte pte. spc spc. pfc pfc. insp insp. supt supt. det det. cmdr cmdr. cdr cdr. atty atty. msgr msgr. cst cst. const.
cllr cllr. cr cr. coun coun. asst asst. assoc assoc. datuk dato datin tun seri ustaz ustadh alhaji alhaja hajji haji hajjah mallam sayyid oba king queen prince princess emperor empress sheikh
sultan emir pope cardinal archbishop bishop reverend rev rev. father pastor rabbi imam ayatollah
mufti lord lady dame sir baron baroness count countess duke duchess speaker spokesperson
spokesman spokeswoman attorney advocate garda prosecutor sheriff councillor councilor councilman councilwoman
alderman coach professor prof prof. dr dr. mr mr. mrs mrs. ms ms. miss mx dean provost rector
principal minister-president foreign home interior defence defense finance health education
environment justice transport trade energy culture agriculture labour labor economy treasury
state executive managing senior junior assistant associate acting interim former incoming
outgoing opposition party majority minority leader grand supreme crown high first permanent
special envoy trustee treasurer registrar coroner magistrate auditor comptroller controller
administrator whip secretary-general director-general president-elect attorney-general governor-general
under-secretary-general under-secretary assistant-secretary-general deputy-secretary-general
emeritus fm cm lop mla mlc dcp acp igp dgp ssp sp dsp sho oc cp aig asp taoiseach tánaiste tanaiste
cjp cs ps mec mca mpp
trooper councilmember councilperson assemblyman assemblywoman assemblymember selectman selectwoman
freeholder patrolman airman seaman petty class delegate del.`

const honorificWords = `mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame lord
lady madam madame monsieur herr frau señor senor señora senora sheikh rabbi imam reverend rev shri sri smt
datuk dato datin tun ustaz ustadh alhaji alhaja hajji haji hajjah mallam sayyid smt. shri.
rev. father sister brother hon hon. honourable honorable rt.`

const roleWords = `spokesperson spokesman spokeswoman minister president director chairman eyewitness bystander
chairwoman chair chief head leader secretary official officer analyst expert rapporteur professor lecturer
coordinator pollster rancher consul attache attaché ombudsman examiner
researcher scientist engineer lawyer attorney barrister solicitor coach manager founder
co-founder cofounder ceo cfo coo cto cmo vp svp evp executive member resident teacher student doctor surgeon physician nurse
curator author coauthor co-author economist mayor governor senator representative campaigner
activist prosecutor judge witness owner farmer worker editor reporter correspondent commander
captain general colonel sergeant inspector detective constable deputy ambassador envoy diplomat
adviser advisor consultant historian journalist columnist commentator critic writer novelist poet
artist photographer director producer actor actress singer musician player striker midfielder
defender goalkeeper forward captain referee umpire athlete runner swimmer cyclist driver pilot
sailor soldier veteran officer chef baker pastor priest bishop imam rabbi monk nun mother father
son daughter wife husband brother sister grandmother grandfather uncle aunt widow widower
partner girlfriend boyfriend fiancé fiancée neighbour neighbor friend colleague aide assistant
administrator treasurer trustee organiser organizer volunteer founder chairperson counsel sponsor cosponsor co-sponsor
economist statistician planner architect designer developer programmer technician mechanic
electrician plumber builder miner fisherman fisher shopkeeper trader merchant banker broker
investor entrepreneur businessman businesswoman landlord tenant owner operator employee staffer
lobbyist negotiator mediator moderator host presenter anchor broadcaster blogger poster
commissioner superintendent registrar coroner magistrate auditor clerk councillor councilor
alderman lawmaker legislator politician candidate nominee incumbent premier chancellor
trooper councilmember councilperson assemblyman assemblywoman assemblymember selectman selectwoman patrolman delegate
cleric monarch pontiff prelate appraiser assessor valuer surveyor
secretary-general director-general president-elect spokesperson ecologist biologist chemist
under-secretary-general under-secretary assistant-secretary-general deputy-secretary-general
physicist geologist climatologist meteorologist epidemiologist virologist psychologist
psychiatrist sociologist anthropologist archaeologist astronomer mathematician scholar
academic dean provost principal headteacher headmaster headmistress pupil graduate
undergraduate major intern apprentice manager supervisor foreman guard warden ranger
firefighter paramedic rescuer volunteer survivor victim patient passenger commuter customer
shopper voter protester demonstrator campaigner resident villager local citizen national
refugee migrant pilgrim tourist visitor spectator fan supporter critic opponent rival
champion winner finalist contestant competitor teenager boy girl man woman child youngster
youth pensioner retiree mum dad husband wife parent grandparent defendant accused plaintiff
claimant suspect juror lawmaker newcomer rookie associate educator specialist strategist
astronaut filmmaker conductor archdeacon grandmaster deacon vicar chaplain composer pianist violinist
cellist guitarist songwriter rapper choreographer screenwriter playwright sculptor midwife dentist
pharmacist veterinarian therapist counsellor counselor librarian archivist philosopher theologian
linguist accountant astrophysicist zoologist botanist geneticist neuroscientist oncologist
cardiologist pediatrician paediatrician immunologist batsman jockey sprinter skier wrestler golfer
quarterback mountaineer comedian magician pundit
boss ex beauty viewer listener star skipper winger
classmate schoolmate teammate nephew niece cousin grandson granddaughter
inventor dealer philanthropist boxer climber explorer contractor painter drummer dancer
investigator co-investigator glaciologist oceanographer volcanologist seismologist geophysicist
hydrologist hydrogeologist paleontologist palaeontologist paleoclimatologist entomologist ornithologist
microbiologist astrobiologist cosmologist geochemist biochemist toxicologist pathologist physiologist
pharmacologist nutritionist agronomist demographer cartographer limnologist primatologist
herpetologist ichthyologist mycologist parasitologist endocrinologist neurologist radiologist
dermatologist biostatistician modeler modeller technologist
influencer hacker whistleblower defector landowner homeowner publican innkeeper hotelier
restaurateur collector gardener butcher trainer
forecaster conservationist naturalist taxonomist environmentalist postdoc
selector tactician mentor gaffer prop flanker fly-half scrum-half full-back fullback centre-back bowler all-rounder wicketkeeper wicket-keeper`

const nationWords = `afghan african albanian algerian american argentine argentinian armenian
asian australian austrian azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian
british bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese
croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian
ethiopian european filipino finnish french gabonese georgian german ghanaian greek guatemalan
haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian
ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian
lebanese liberian libyan lithuanian macedonian malagasy malawian malaysian malian maltese
mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nigerian nigerien
norwegian pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari
romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali
south_african spanish sri_lankan sudanese swedish swiss syrian taiwanese tajik tanzanian thai
tibetan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh
yemeni zambian zimbabwean arab arabic kurdish western eastern northern southern european
international us u.s. uk u.k. un u.n. eu democrat republican tory
spaniard briton serb croat swede turk welshman frenchman dutchman englishman irishman scotsman
welshwoman frenchwoman dutchwoman englishwoman irishwoman scotswoman`

const placeWords = `afghanistan albania algeria america argentina armenia australia austria
azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma
cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark ecuador
egypt england eritrea estonia ethiopia europe finland france gabon georgia germany ghana greece
guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
japan jordan kazakhstan kenya korea kosovo kuwait laos latvia lebanon liberia libya lithuania
macedonia madagascar malawi malaysia mali malta mexico moldova mongolia montenegro morocco
mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan
palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland
senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
tajikistan tanzania thailand tibet tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
venezuela vietnam wales yemen zambia zimbabwe gaza crimea kashmir africa asia antarctica
arctic oceania caribbean balkans scandinavia moscow washington london paris berlin beijing tokyo
delhi kabul baghdad tehran ankara istanbul cairo jerusalem damascus beirut riyadh dubai doha
kyiv kiev minsk warsaw prague vienna rome madrid lisbon brussels amsterdam stockholm oslo
helsinki copenhagen dublin athens budapest bucharest sofia belgrade ottawa toronto sydney
melbourne canberra wellington mumbai karachi islamabad dhaka jakarta manila bangkok hanoi seoul
pyongyang taipei singapore nairobi lagos abuja johannesburg pretoria addis_ababa khartoum
tripoli tunis algiers rabat havana caracas bogota lima santiago brasilia mexico_city
new_york los_angeles chicago houston texas california florida geneva strasbourg hague
united_states united_kingdom new_zealand south_korea north_korea saudi_arabia sri_lanka
south_africa hong_kong soviet_union european_union middle_east gaza_strip west_bank
united_arab_emirates czech_republic dominican_republic ivory_coast costa_rica el_salvador
puerto_rico new_delhi tel_aviv abu_dhabi sao_paulo rio_de_janeiro buenos_aires cape_town
rajasthan bihar kerala karnataka maharashtra gujarat odisha bengal west_bengal assam telangana
haryana jharkhand chhattisgarh uttarakhand tamil_nadu sindh balochistan khyber_pakhtunkhwa b.c.`

const orgCueWords = `ministry fed treasury department council agency police constabulary inc inc. corp corp. corporation
company co co. ltd ltd. llc plc gmbh n.v. s.a. s.p.a. b.v. oyj university college school academy institute institution
party kremlin white_house pentagon committee commission authority office bureau service
services board bank court parliament congress senate assembly government administration army
navy air_force military force forces association union federation foundation society
organisation organization church network center centre museum gallery hospital clinic club
team fund trust alliance league coalition movement municipality city county secretariat embassy
centers centres institutes branch boards councils committees authorities agencies unions associations nation
consulate cabinet tribunal directorate command guard coastguard regiment brigade division unit group
conference festival observatory laboratory lab laboratories library archive archives
cooperative co-operative collective syndicate consortium partnership firm chamber
confederation front bloc caucus presidency mission taskforce task_force watchdog regulator
exchange institutes hospitals universities schools prison station secretariat theatre theater
survey tribe patrol corps programme program initiative project
opera orchestra zoo district guild panel inspectorate ombudsman forum corps battalion house dept dept. govt system
philharmonic philharmonia sinfonia sinfonietta choir chorale faculty headquarters
fc afc atletico atlético sporting olympique borussia dynamo dinamo hotspur wanderers rovers`

const companyWords = `inc inc. corp corp. corporation company co co. ltd ltd. llc plc gmbh n.v. s.a. s.p.a. b.v. oyj group
holdings partners capital bank banks energy foods food pictures ferries ferry construction
airlines airways motors systems technologies technology industries international enterprises
media entertainment studios records labs pharmaceuticals pharma mining oil gas power electric
telecom telecommunications railway railways rail shipping logistics solutions services insurance
brewery breweries mills steel chemicals software electronics communications ventures
investments properties realty retail stores markets supermarkets farms brands products
automotive aerospace dynamics networks digital games interactive publishing books press works
analytics consulting haulage hauliers couriers removals
automobiles sons associates fc afc air coal water utilities freight aviation dairy dairies transit tech
metals minerals resources cement textiles petroleum securities economics newspapers bancorp bancshares
truck trucks trucking rubber chemical instruments manufacturing machines`

const outletCueWords = `news times post herald gazette echo journal tribune telegraph wire press
chronicle daily weekly magazine television tv radio broadcasting broadcaster observer guardian
independent express mirror mail standard courier dispatch bulletin review newswire newspaper
channel insider sentinel ledger monitor globe register record quarterly examiner inquirer enquirer advertiser
courant bugle sun star`

const outletWords = `reuters ap afp bloomberg bbc cnn nbc cbs abc fox npr pbs msnbc xinhua tass
ria interfax yonhap kyodo efe ansa dpa upi aljazeera al_jazeera wikinews sputnik itar-tass
bernama antara anadolu irna kcna france-presse politifact jazeera politico axios cnbc ndtv rappler
huffpost buzzfeed breitbart welle spiegel haaretz nikkei yomiuri asahi mainichi caixin kommersant
izvestia nhk rte rté cbc ctv sbs rnz tvnz rthk scmp hkfp ntv trt novosti rossiya vedomosti
lenta.ru meduza globo folha clarín clarin emol tercera figaro libération liberation corriere
repubblica stampa zeit bild faz taz tagesschau ard zdf ansa-it aftonbladet expressen
yle nrk svt hürriyet hurriyet cumhuriyet yeni_şafak dawn-news geo-tv xinhuanet
chinadaily ndtv thehindu techcrunch torrentfreak engadget gizmodo mashable zdnet cnet
arstechnica technica wsj nyt usa_today newsweek skynews sky_news euronews france24 rfi
voa rferl alarabiya al_arabiya`

const genericOrgWords = `company firm group corporation business maker manufacturer developer
operator carrier airline bank retailer insurer ministry department council union federation
association agency commission committee institute university college church party office
authority board court festival foundation trust club team government administration police
city municipality town organisation organization institution regulator watchdog service
network league alliance coalition movement society cooperative hospital school museum gallery
kremlin army military navy embassy consulate parliament senate congress assembly cabinet bureau
consultancy lender startup charity fund brokerage conglomerate supermarket wholesaler grocer concern thrift
carmaker automaker steelmaker chipmaker drugmaker planemaker subsidiary brewer miner
secretariat directorate charity utility broadcaster station studio publisher theatre theater
opera orchestra zoo district guild panel inspectorate ombudsman forum corps battalion
academy observatory tribunal center centre laboratory lab coastguard chamber brigade exchange
hotel restaurant pub inn shop store supermarket bakery cafe café salon brewery distillery winery
cinema casino airport library gym clinic resort chain brand label band
force constabulary bloc`

const postNominalWords = `qc kc sc jr jr. sr sr. mp mep msp td phd md obe mbe cbe esq esq. ii iii iv
m.d. ph.d. d.phil. dphil m.p.h. mph r.n. m.b.a. mba j.d. d.d.s. dds d.v.m. dvm psy.d. psyd ed.d. ll.m.
m.sc. msc b.sc. frs frcp frcs facp facs faan kbe dbe cmg frsa`

const timeWords = `january february march april may june july august september october november
december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct
oct. nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday today
yesterday tonight tomorrow morning afternoon evening night week weekend month year
christmas easter ramadan`

const abbrevWords = `mr. mrs. ms. dr. prof. st. jr. sr. gen. col. lt. sgt. capt. maj. rep. sen. gov.
rev. fr. mt. ft. no. vs. v. etc. inc. corp. ltd. co. jan. feb. mar. apr. jun. jul. aug. sep. sept.
oct. nov. dec. u.s. u.k. u.n. e.g. i.e. a.m. p.m. approx. dept. est. esq. ave. blvd. rd.
brig. adm. amb. pres. cpl. pvt. pte. spc. pfc. insp. supt. det. cmdr. cdr. atty. msgr. cllr. cr. coun. asst. assoc. cst. const.
hon. rt. smt. shri. del. ste. hwy. twp. pkwy.`

// kinStemWords are the kin words that compound into other ties:
// "brother-in-law", "stepdaughter", "half-sister", "great-grandson",
// "godmother" (lexicon.go builds the forms).
const kinStemWords = `father mother son daughter brother sister parent child grandfather grandmother
grandson granddaughter grandparent grandchild uncle aunt nephew niece`

const maleWords = `he him his himself mr mr. sir lord king prince father son brother husband
uncle grandfather nephew boy man men's spokesman chairman businessman congressman councilman
widower boyfriend fiancé monk priest duke baron count emperor sultan emir sheikh
welshman frenchman dutchman englishman irishman scotsman`

const femaleWords = `she her hers herself mrs mrs. ms ms. miss lady dame queen princess mother
daughter sister wife aunt grandmother niece girl woman spokeswoman chairwoman businesswoman
congresswoman councilwoman widow girlfriend fiancée nun duchess baroness countess empress
actress madam madame welshwoman frenchwoman dutchwoman englishwoman irishwoman scotswoman`

// strongOutletWords mark a news outlet wherever they stand in a name, in
// English and in the languages whose papers wire stories cite by their own
// names: "Gazeta Wyborcza", "Süddeutsche Zeitung", "Asahi Shimbun",
// "Chosun Ilbo", "El Diario", "Dziennik Gazeta Prawna".
const strongOutletWords = `news press journal gazette herald tribune telegraph wire newswire broadcasting
gazeta zeitung shimbun ilbo diario dziennik tageblatt nachrichten dagbladet`

// placeCueWords end or start the names of places and things, not people:
// "Cobble Lane", "River Sella".
const placeCueWords = `street road lane avenue square park bridge river lake mountain mount hill
hills valley bay island islands coast beach harbour harbor port station airport stadium hall
tower highway motorway district province region county city town village strait sea ocean gulf
desert forest plaza market building arena castle palace estate peninsula canal falls heights
quay north south east west central cup prize award awards war act day games olympics
championship championships marathon race tournament derby rally trophy series open base
fair expo exhibition show summit conference congress week springs creek township borough drive
boulevard terrace parkway junction plains gardens crescent line
pradesh oblast governorate prefecture`
