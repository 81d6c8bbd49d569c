// Words about people: the roles and titles that describe a speaker, the honorifics in
// front of a name, the crowds that never speak as one, and the nouns that describe an
// unnamed source. Lower case; multi-word roles are matched word by word.

// Heads of role phrases ("the foreign minister", "a ministry spokeswoman", "the goalkeeper").
export const ROLE_NOUNS: readonly string[] = [
  // government, parliament, diplomacy
  'president', 'vice-president', 'president-elect', 'premier', 'minister', 'pm', 'fm', 'chancellor', 'secretary',
  'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'senator',
  'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'mep', 'msp', 'councillor', 'councilor',
  'mayor', 'governor', 'leader', 'chief', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson',
  'director', 'director-general', 'commissioner', 'adviser', 'advisor', 'deputy', 'king', 'queen',
  'prince', 'princess', 'monarch', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'imam', 'rabbi',
  'priest', 'pastor', 'vicar', 'sheikh', 'emir', 'sultan', 'candidate', 'nominee', 'whip', 'negotiator',
  'mediator', 'delegate', 'representative', 'rapporteur', 'coordinator', 'regulator', 'treasurer',
  'comptroller', 'auditor', 'ombudsman', 'registrar', 'provost', 'dean', 'rector', 'alderman', 'steward',
  // law, police, armed forces
  'attorney', 'prosecutor', 'judge', 'justice', 'magistrate', 'lawyer', 'barrister', 'solicitor', 'counsel',
  'sheriff', 'coroner', 'inspector', 'superintendent', 'constable', 'detective', 'commander', 'general',
  'colonel', 'captain', 'lieutenant', 'sergeant', 'admiral', 'marshal', 'commandant',
  // business, economy
  'executive', 'ceo', 'cfo', 'founder', 'co-founder', 'owner', 'boss', 'manager', 'economist', 'analyst',
  'strategist', 'banker', 'investor', 'entrepreneur', 'partner', 'editor-in-chief', 'editor',
  // sport
  'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'winger', 'skipper',
  'player', 'batter', 'batsman', 'bowler', 'all-rounder', 'wicketkeeper', 'umpire', 'referee', 'footballer',
  'cricketer', 'athlete', 'sprinter', 'boxer', 'golfer', 'cyclist', 'swimmer', 'teammate', 'champion',
  // health, science, education
  'doctor', 'nurse', 'surgeon', 'physician', 'epidemiologist', 'virologist', 'scientist', 'researcher',
  'professor', 'expert', 'specialist', 'academic', 'lecturer', 'historian', 'engineer', 'consultant',
  'paramedic', 'teacher', 'headteacher', 'principal', 'student',
  // everyday life
  'pensioner', 'resident', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'widow', 'neighbour', 'neighbor', 'friend', 'colleague', 'campaigner', 'activist', 'organiser',
  'organizer', 'volunteer', 'farmer', 'fisherman', 'shopkeeper', 'landlord', 'author', 'writer',
  'presenter', 'host', 'actor', 'actress', 'singer', 'musician', 'artist', 'comedian', 'star', 'pilot',
  'firefighter', 'trader', 'supporter', 'member', 'official', 'aide', 'diplomat', 'source', 'insider',
  'staffer', 'ally', 'officer', 'soldier', 'worker', 'employee', 'survivor', 'tourist',
  'holidaymaker', 'driver', 'passenger', 'veteran', 'fan',
];

// Words that qualify a title without being anyone's name: "Foreign Minister", "Chief Constable".
export const ROLE_MODIFIERS: readonly string[] = [
  'prime', 'foreign', 'deputy', 'home', 'defence', 'defense', 'interior', 'finance', 'health', 'justice',
  'education', 'vice', 'acting', 'interim', 'former', 'chief', 'senior', 'general', 'attorney', 'state',
  'first', 'supreme', 'executive', 'special', 'high', 'shadow', 'junior', 'assistant', 'associate',
  'managing', 'national', 'regional', 'district', 'county', 'city', 'federal', 'opposition', 'transport',
  'energy', 'trade', 'economy', 'culture', 'sports', 'environment', 'business', 'labour', 'security',
  'army', 'military', 'police', 'party', 'parliamentary', 'presidential', 'government', 'cabinet',
  'information', 'communications', 'technology', 'digital', 'development', 'agriculture', 'housing',
  'communities', 'work', 'pensions', 'treasury', 'exchequer', 'armed', 'forces', 'crime', 'public',
  'principal', 'lead', 'top', 'head', 'co', 'joint', 'permanent', 'cabinet', 'republican', 'democratic',
  'conservative', 'liberal', 'socialist', 'green', 'independent',
];

// Letters after a name that are honours or offices, not part of it: "Jane Doe MBE", "John Roe MP".
export const POSTNOMINALS: readonly string[] = [
  'mbe', 'obe', 'cbe', 'kbe', 'dbe', 'qc', 'kc', 'mp', 'mep', 'msp', 'ms', 'am', 'jr', 'sr', 'phd', 'ii', 'iii',
];

// Roles whose holder speaks for an organisation: "a spokesperson for the company" is the company.
export const VOICE_ROLES: readonly string[] = ['spokesman', 'spokeswoman', 'spokesperson', 'representative'];

// Roles held by one person at a time: a headline's "Ruritania PM" or "league chief" names someone the
// update may name in full. A bare occupation ("engineer says") names nobody.
export const OFFICES: readonly string[] = [
  'president', 'vice-president', 'president-elect', 'premier', 'minister', 'pm', 'fm', 'chancellor', 'secretary',
  'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'senator', 'mayor',
  'governor', 'leader', 'chief', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director',
  'director-general', 'commissioner', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'sultan',
  'prosecutor', 'judge', 'coroner', 'sheriff', 'commander', 'general', 'coach', 'manager', 'captain', 'skipper',
  'boss', 'ceo', 'founder', 'editor', 'treasurer', 'mp', 'mep', 'msp', 'councillor', 'councilor', 'speaker',
];

// Roles that say nothing about who the person is: "a senior official" stays unnamed.
export const ANONYMOUS_ROLES: readonly string[] = [
  'official', 'aide', 'diplomat', 'source', 'insider', 'staffer', 'ally', 'officer', 'soldier', 'worker',
  'employee', 'resident', 'member', 'man', 'woman', 'person', 'someone', 'neighbour', 'friend',
  'relative', 'one', 'another', 'teacher', 'student', 'nurse', 'doctor', 'volunteer',
];

// Abbreviated and honorific titles before a name, with the gender they tell when they do.
export const HONORIFICS: Readonly<Record<string, 'm' | 'f' | null>> = {
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', mx: null, dr: null, 'dr.': null,
  prof: null, 'prof.': null, sir: 'm', dame: 'f', lord: 'm', lady: 'f', rev: null, 'rev.': null,
  reverend: null, cllr: null, sen: null, 'sen.': null, rep: null, 'rep.': null, gov: null, 'gov.': null,
  gen: null, 'gen.': null, col: null, 'col.': null, lt: null, 'lt.': null, capt: null, 'capt.': null,
  sgt: null, 'sgt.': null, maj: null, insp: null, det: null, supt: null, fr: null, sheikh: 'm',
  king: 'm', queen: 'f', prince: 'm', princess: 'f',
};

// Plural and collective nouns for people who never speak as one actor.
export const CROWD_NOUNS: readonly string[] = [
  'witness', 'eyewitness', 'onlooker', 'bystander', 'passer-by', 'witnesses', 'protesters', 'protestors', 'demonstrators', 'residents', 'locals', 'people', 'crowds',
  'crowd', 'reporters', 'journalists', 'correspondents', 'media', 'observers', 'analysts', 'critics',
  'experts', 'activists', 'supporters', 'fans', 'voters', 'workers', 'students', 'teachers', 'doctors',
  'nurses', 'families', 'parents', 'villagers', 'survivors', 'victims', 'passengers', 'shoppers',
  'rioters', 'thugs', 'men', 'women', 'children', 'soldiers', 'troops', 'rebels', 'militants', 'fighters',
  'gunmen', 'attackers', 'mourners', 'onlookers', 'bystanders', 'commuters', 'tourists', 'others',
  'many', 'some', 'everyone', 'nobody', 'someone', 'anyone', 'sources', 'officials', 'diplomats',
  'reports', 'footage', 'video', 'images', 'photos', 'pictures', 'data', 'figures', 'statistics', 'polls',
  'studies', 'research', 'campaigners', 'organisers', 'organizers', 'strikers', 'dockers', 'farmers',
  'businesses', 'companies', 'firms', 'leaders', 'ministers', 'lawmakers', 'officers', 'staff',
  'colleagues', 'friends', 'relatives', 'neighbours', 'aides', 'allies', 'insiders', 'scientists',
  'researchers', 'economists', 'caption', 'headline', 'posts', 'messages', 'rumours', 'rumors', 'embassies',
  'governments', 'countries', 'nations', 'agencies', 'groups', 'unions', 'parties', 'councils', 'charities',
];

// Groups that do speak as one institution: "Police said …", "Investigators said …".
export const INSTITUTION_PLURALS: readonly string[] = ['prosecutors', 'police', 'investigators', 'authorities'];

// Participles and adverbs that open a sentence and are capitalised only for that.
export const SENTENCE_OPENERS: readonly string[] = [
  'speaking', 'asked', 'according', 'following', 'addressing', 'responding', 'writing', 'pressed',
  'questioned', 'interviewed', 'reacting', 'commenting', 'meanwhile', 'separately', 'elsewhere',
  'earlier', 'later', 'previously', 'yesterday', 'today', 'tonight', 'tomorrow', 'however', 'instead',
  'overall', 'still', 'now', 'then', 'also', 'finally', 'already', 'again', 'unlike', 'despite',
  'amid', 'among', 'throughout', 'within', 'without', 'once', 'here', 'there', 'yes', 'no', 'okay',
  'ok', 'well', 'sadly', 'unfortunately', 'currently', 'recently', 'critically', 'notably',
  'breaking', 'live', 'update', 'updated', 'watch', 'read', 'analysis', 'opinion', 'exclusive',
  'latest', 'video', 'pictures', 'image', 'photo', 'copyright', 'caption', 'media', 'related',
  'embattled', 'beleaguered', 'outgoing', 'incoming', 'neighbouring', 'neighboring', 'veteran',
  'fellow', 'rival', 'former', 'acting', 'interim',
];

// Adjectives that open a headline or sentence capitalised, and are no one's name: "Fresh talks …".
export const OPENING_ADJECTIVES: readonly string[] = [
  'false', 'fresh', 'new', 'major', 'huge', 'big', 'top', 'latest', 'early', 'final', 'full', 'free', 'fake',
  'rare', 'deadly', 'fatal', 'serious', 'massive', 'urgent', 'critical', 'rising', 'growing', 'record', 'first',
  'second', 'third', 'last', 'fewer', 'heavy', 'strong', 'severe', 'extreme', 'sudden', 'dramatic', 'shock',
  'tragic', 'historic', 'emotional', 'angry', 'furious', 'vast', 'several', 'dozens', 'hundreds', 'multiple',
  'initial', 'numerous', 'various', 'further', 'other', 'key', 'main', 'possible', 'likely', 'official',
  'thousands', 'millions',
];

// "the 80-year-old": an age standing for the person.
export const AGE_WORD = /^\d{1,3}-year-old$/u;

// Offices held by someone other than whoever was spoken of before: "the prosecutor said".
export const SEPARATE_OFFICES: readonly string[] = [
  'judge', 'justice', 'magistrate', 'prosecutor', 'coroner', 'sheriff', 'lawyer', 'barrister', 'solicitor',
  'counsel', 'attorney', 'referee', 'umpire', 'inspector', 'detective', 'constable', 'officer', 'spokesperson',
  'spokesman', 'spokeswoman',
];

// Role words that say the same thing: "the spokeswoman" after "a spokesperson".
export const ROLE_SYNONYMS: Readonly<Record<string, string>> = {
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson', pm: 'minister',
  premier: 'minister', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', boss: 'head',
  chief: 'head', leader: 'head', 'co-founder': 'founder', councilor: 'councillor', advisor: 'adviser',
};

// Headline abbreviations for titles written out in the body.
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = { pm: 'prime minister', fm: 'foreign minister' };
// Words that say "the one at the top" of whatever body qualifies them: "agency chief", "club boss".
export const GENERIC_HEADS: readonly string[] = ['chief', 'head', 'boss', 'leader'];
// Last words of a title that a headline may use alone for its holder: "Ruritania PM", "league chief".
export const HEADLINE_TITLES: readonly string[] = [
  'minister', 'president', 'pm', 'fm', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson',
  'secretary-general', 'mayor', 'governor', 'ambassador', 'envoy', 'general', 'commander', 'king', 'queen',
  'pope', 'chairman', 'chairwoman', 'chair', 'director', 'commissioner', 'prosecutor', 'judge', 'speaker',
  'chief', 'head', 'boss', 'leader',
];
