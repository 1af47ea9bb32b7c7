// The closed word lists the suggestion engine reads news copy with. Lists, not a model: a teacher
// can see why a suggestion was made, and a missing word is a one-line fix.

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Verbs that introduce or close a quote ("said the Briton", "she added", "Ferreira joked"). */
export const SPEECH_VERBS = words(`
	said says say added adds admitted admits asked asks told tells wrote writes explained explains
	insisted insists argued argues claimed claims warned warns noted notes stated states declared
	declares replied replies responded responds continued continues conceded concedes acknowledged
	acknowledges agreed agrees confirmed confirms suggested suggests recalled recalls shouted shouts
	joked jokes laughed laughs stressed stresses urged urges complained complains predicted predicts
	promised promises revealed reveals tweeted tweets posted posts announced announces observed
	observes remarked remarks commented comments maintained maintains cried cries yelled yells
	screamed screams exclaimed exclaims sighed sighs countered counters quipped quips mused muses
	boasted boasts vowed vows pleaded pleads protested protests wondered wonders recounted recounts
	reflected reflects accepted accepts denied denies hinted hints cautioned cautions whispered
	whispers concluded concludes summed sums retorted retorts scoffed scoffs reiterated reiterates
	asserted asserts charged snapped lamented laments testified testifies
`);

/** Two-word cues: "Whitlock went on", "as she put it", "he pointed out". */
export const SPEECH_PHRASES = [
	'went on',
	'goes on',
	'put it',
	'puts it',
	'pointed out',
	'points out',
	'summed up',
	'sums up',
	'told reporters',
	'told journalists'
];

/** Participles that hand a quote to their clause's subject: "Brooks wrote to staff, saying, "…"". */
export const PARTICIPLE_CUES = words(`
	saying adding writing declaring noting explaining arguing insisting warning stating tweeting
	replying responding concluding quipping joking telling
`);

/** Verbs that report speech without quoting it ("told the meeting that…", "declared it…"). */
export const REPORTING_VERBS = words(`
	said says say told tells added adds wrote writes asked asks argued argues claimed claims insisted
	insists warned warns admitted admits accepted accepts denied denies confirmed confirms announced
	announces explained explains stated states suggested suggests revealed reveals noted notes
	stressed stresses declared declares ruled rules acknowledged acknowledges conceded concedes
	agreed agrees promised promises predicted predicts complained complains maintained maintains
	reported reports estimated estimates urged urges vowed vows pledged pledges questioned questions
	believes believed recommended recommends
`);

/** Reporting verbs whose object and complement carry the report: "declared it a racing incident". */
export const RULING_VERBS = words('declared declares ruled rules called calls described describes');

/** Reporting verbs that take a person as object first: "told the meeting that", "asked the Finn if". */
export const OBJECT_VERBS = words(
	'told tells telling asked asks asking warned warns warning urged urges urging assured assures reminded reminds promised promises'
);

/** Words that open the clause a reporting verb introduces. */
export const COMPLEMENTISERS = words('that if whether how why what when where who');

export const FINITE_AUX = words(`
	was were is are had has have would will could should might must can did does do shall may
	showed shows needs need wants wanted
`);

/** Titles before a name; lower-cased. They tell a person from a place and sometimes a gender. */
export const TITLES = words(`
	mr mrs ms miss mx dr prof professor sir dame lord lady councillor cllr president mayor senator
	sen governor gov judge justice inspector detective sergeant sgt constable commander captain capt
	coach father rev reverend bishop officer chief superintendent supt general gen colonel col
	lieutenant lt major maj private admiral minister chancellor ambassador principal dean sheriff
	marshal councilmember councilman councilwoman alderman alderwoman assemblyman assemblywoman
	congressman congresswoman commissioner rep reps representative sens adm atty amb cmdr hon fr
`);
/** Words that only make a title longer: "Station Commander", "Chief Inspector", "Deputy Mayor". */
/** Words that qualify a title or a person and are no name, even with a capital: "Likely nominee", "Popular speaker". */
export const TITLE_QUALIFIERS = words(
	'likely presumptive probable apparent presumed popular longtime veteran incoming outgoing current embattled newly prominent leading influential controversial beleaguered'
);
export const TITLE_MODIFIERS = words(
	'station chief deputy assistant acting vice head senior prime former'
);
/** Words that open a sentence before a name without being part of it ("Despite Brooks, …", "Does Brooks…"). */
export const SENTENCE_OPENERS = words(`
	of another neither nor whatever given see like unlike maybe perhaps even having regarding
	besides about among against does did do has had is was were are would could should might must
`);
/** Party words before a name ("Republican Maya Brooks"): not part of it, unless an organisation's. */
export const PARTY_WORDS = words(
	'republican republicans democrat democrats democratic gop labour conservative liberal'
);

/**
 * Political parties as news writes them before a politician's name ("Republican Sen.", "Labour
 * councillor") or after it ("(R-Ohio)", ", D-Maine,"), with the words of a claim on them. A false
 * party is taken from the same family (a Democrat for a Republican, not a Tory), and only when the
 * article names it. "I" (an independent) is read only to keep a person given two parties out.
 */
export interface Party {
	name: string;
	/** "X is <claim>." */
	claim: string;
	family: 'us' | 'uk';
	/** The party's words as the article writes them, one or two: "GOP", "Lib Dem". */
	written: RegExp;
	letter?: string;
}
const party = (
	name: string,
	claim: string,
	family: Party['family'],
	written: string,
	letter?: string
): Party => ({ name, claim, family, written: new RegExp(`^(?:${written})$`, 'u'), letter });
export const PARTIES: readonly Party[] = [
	party('Republican', 'a Republican', 'us', 'Republicans?|GOP', 'R'),
	party('Democratic', 'a Democrat', 'us', 'Democratic|Democrats?', 'D'),
	party('independent', 'an independent', 'us', 'Independent', 'I'),
	party('Labour', 'a Labour politician', 'uk', 'Labour'),
	party('Conservative', 'a Conservative politician', 'uk', 'Conservatives?|Tory|Tories'),
	party('Liberal Democrat', 'a Liberal Democrat politician', 'uk', 'Liberal Democrats?|Lib Dems?'),
	party('SNP', 'an SNP politician', 'uk', 'SNP'),
	party('Green', 'a Green Party politician', 'uk', 'Green Party|Greens?'),
	party('Plaid Cymru', 'a Plaid Cymru politician', 'uk', 'Plaid Cymru'),
	party('Reform UK', 'a Reform UK politician', 'uk', 'Reform UK')
];
/**
 * The words of a politician's title between a party and a name ("Republican presidential
 * candidate", "Labour group leader", "Democratic Gov."), lower-cased, full stops dropped.
 */
export const PARTY_TITLES = words(`
	presidential vice candidate candidates nominee nominees contender contenders hopeful hopefuls
	front-runner frontrunner challenger rival incumbent senator senators sen congressman
	congresswoman congressmen rep representative lawmaker lawmakers governor gov mayor councillor
	councillors councilor cllr councilman councilwoman assemblyman assemblywoman leader chairman
	chairwoman chair whip speaker state senate house primary presumptive presumed likely leading
	mp mps msp mep am peer minister secretary shadow group council county city majority minority
	president attorney general
`);

export const FEMALE_TITLES = words('mrs ms miss dame lady');
export const MALE_TITLES = words('mr sir lord father');

/** Words that make a run of capitals an organisation (a body that can speak). */
export const ORG_WORDS = words(`
	council committee service institute institution laboratory lab centre center university college
	school academy hospital club association group society agency authority department ministry
	office party federation union league board trust foundation company corporation corp inc ltd plc
	house airlines airways ferries motors industries holdings partners systems solutions technologies
	pharmaceuticals laboratories networks communications ventures enterprises railways
	electric energy utilities insurance petroleum chemical chemicals media capital logistics telecom
	bank court police rescue fire directorate commission parliament government assembly cabinet
	journal times news post herald guardian telegraph bbc itv sky press network channel team
	ledger gazette chronicle tribune courier echo mirror observer examiner
	rovers united city town athletic wanderers albion rangers county villa hotspur fc olympic
	stewards fia uefa fifa nasa who un eu nhs movement coalition alliance fund project caucus
	initiative reserve
`);

/** Words that make a run of capitals a place. */
export const PLACE_WORDS = words(`
	road street lane avenue square park bridge river lake mount valley hill island bay way drive
	close crescent place gardens terrace row estate green common north south east west
	northern southern eastern western
`);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAMES = words(`
	monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december christmas easter spring summer autumn winter
	let the a an this that these those it its he she they we i you his her their our my your there then
	but and or so yet now in on at for after before when while if as some many most both each every
	not however meanwhile still later earlier last next today tonight yesterday tomorrow instead
	although though because since once only what who why how where asked speaking no yes
	everything everyone everybody nothing nobody something someone somebody anything anyone anybody
	grand prix formula one
`);

/** Nouns for people, as the head of an epithet ("the Williams driver", "the committee chair"). */
/** People called by their nation: "the Finn", "the Briton". */
const NATIONALITIES = `
	briton finn frenchman frenchwoman dutchman dutchwoman spaniard german italian portuguese
	swiss australian american brazilian mexican canadian scot welshman welshwoman irishman
	irishwoman englishman englishwoman belgian dane swede norwegian austrian japanese chinese
	monegasque thai
`;
export const NATIONALITY_NOUNS = words(NATIONALITIES);
export const PERSON_NOUNS = words(`
	driver rider racer chair chairman chairwoman chairperson manager boss coach striker winger
	defender goalkeeper midfielder captain player forward champion runner-up rookie teammate
	team-mate researcher scientist glaciologist teacher councillor mayor minister spokesperson
	spokesman spokeswoman official referee resident shopkeeper owner pensioner mother father
	founder president author expert professor doctor nurse surgeon lawyer judge officer inspector
	commander leader member campaigner activist candidate politician mp senator governor
	secretary director executive chief head principal headteacher student pupil parent victim
	witness neighbour farmer worker engineer analyst economist historian colleague co-author
	veteran novice youngster newcomer woman man girl boy mum dad wife husband son daughter
	grandmother grandfather businessman businesswoman entrepreneur landlord tenant volunteer
	organiser organizer presenter writer reporter journalist editor critic fan supporter chef
	singer actor actress artist musician pilot soldier firefighter paramedic investor shareholder
	trader banker economist consultant designer developer manufacturer retailer specialist
	physician psychologist epidemiologist biologist chemist physicist astronomer geologist
	prosecutor solicitor barrister attorney strategist pollster adviser advisor aide operative
	lawmaker legislator commentator columnist anchor pastor nominee contender moderator correspondent
	pundit hopeful congressman congresswoman front-runner frontrunner neurosurgeon
	advocate litigator scholar donor fundraiser lobbyist billionaire mogul priest rabbi imam bishop
	cardinal pope sheriff commissioner ambassador diplomat chancellor rapper comedian blogger admiral
	colonel trooper detective investigator ceo treasurer opponent rival challenger delegate
	superdelegate committeeman committeewoman representative magnate tycoon host backer socialist
	partner nephew niece employee icon successor predecessor dictator speechwriter agent native
	confidant confidante adoptee teenager technician lecturer mechanic negotiator envoy juror
	plaintiff defendant heiress philanthropist accountant architect therapist pharmacist dentist
	educator superintendent
	${NATIONALITIES}
`);

export const FEMALE_NOUNS = words(`
	chairwoman spokeswoman mother woman girl mum wife daughter grandmother businesswoman actress
	frenchwoman dutchwoman welshwoman irishwoman englishwoman congresswoman
`);
export const MALE_NOUNS = words(`
	chairman spokesman father man boy dad husband son grandfather businessman frenchman dutchman
	welshman irishman englishman congressman
`);

/**
 * Words for a kind of business or group, before its name ("the Leeds firm Voltra Mobility", "the
 * online retailer ScootDirect", "Consumer group Which?"); the article may call it by that word later.
 */
export const BUSINESS_NOUNS = words(`
	firm company retailer carmaker manufacturer maker bank lender insurer airline charity chain
	supermarket brand start-up startup supplier operator broadcaster publisher website platform group
	watchdog regulator consultancy
`);

/** Heads of noun phrases for bodies that speak ("the stewards", "her office", "the council"). */
export const BODY_NOUNS = words(`
	committee council stewards office service government ministry department police club team
	company firm board panel group league union federation authority agency court commission
	regulator watchdog
	institute university school hospital trust charity organisers organizers officials residents
	campaigners critics scientists researchers experts directorate spokespeople cabinet party
	district administration force
`);

/** A leading phrase that is not the subject: "In the moments after the crash, …". */
export const ADVERBIAL_STARTERS = words(`
	in on at after before during though although while when as because since despite following
	speaking asked three two four five six several until by with without from over under for
	earlier later last this next tonight yesterday today once
`);
export const SUBORDINATORS = words(
	'though although while as when because since if despite whereas'
);

export const PRONOUNS: Record<string, 'f' | 'm' | 'they'> = {
	he: 'm',
	him: 'm',
	his: 'm',
	she: 'f',
	her: 'f',
	hers: 'f',
	they: 'they',
	them: 'they',
	their: 'they'
};

export const DETERMINERS = words('the a an his her their its our my your this that');

/** Words an epithet cannot contain: they end the noun phrase. */
export const NP_BREAKERS = words(`
	and or but who whose which that when where while as if of in on at to for with from by about
	after before during than said says told added was were is are had has have would will could
	should might must can did not also later then
`);

/**
 * Nouns that say nothing of a person without their "of": "a member", "a fierce supporter", "a close
 * friend" (of whom?). An apposition is not cut before the "of" that completes one.
 */
export const RELATIONAL_NOUNS = words(
	'member members supporter supporters friend friends ally allies critic critics opponent opponents fan fans backer backers part one son daughter wife husband father mother brother sister cousin relative colleague associate veteran'
);
export const PREPOSITIONS = words(`
	in on at during after before via through over outside inside to from with without across
	under behind near throughout
`);
