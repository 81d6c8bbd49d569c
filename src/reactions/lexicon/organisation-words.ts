// Words about organisations: the nouns that make a capitalised name an organisation's,
// the generic nouns that refer back to one ("the agency said"), and the news outlets,
// wire services and photo agencies that relay what others said and never speak themselves.

// In a capitalised name they make it an organisation: "Danish Roads Authority".
export const ORGANISATION_NAME_WORDS: readonly string[] = [
  'ministry', 'department', 'government', 'agency', 'authority', 'commission', 'committee', 'council',
  'party', 'union', 'association', 'federation', 'alliance', 'coalition', 'league', 'society',
  'foundation', 'trust', 'institute', 'university', 'college', 'school', 'hospital', 'bank', 'court',
  'police', 'service', 'services', 'office', 'embassy', 'parliament', 'assembly', 'congress', 'senate',
  'board', 'corporation', 'company', 'group', 'organisation', 'organization', 'network', 'fund',
  'movement', 'front', 'army', 'navy', 'forces', 'command', 'secretariat', 'nations', 'republic',
  'kingdom', 'states', 'club', 'fc', 'inc', 'ltd', 'plc', 'airlines', 'airways', 'executive', 'chamber',
  'tribunal', 'cabinet', 'directorate', 'administration', 'centre', 'center', 'institution',
  'programme', 'program', 'initiative', 'campaign', 'partnership', 'consortium', 'guild', 'syndicate',
  'cooperative', 'health', 'statistics', 'prosecution', 'customs', 'guard', 'brigade', 'regiment',
  'community', 'conference', 'confederation', 'bureau', 'unit', 'mission', 'church', 'charity',
];

// Generic nouns for an organisation named before: "the ministry", "the bloc", "the force".
export const ORGANISATION_NOUNS: readonly string[] = [
  'ministry', 'department', 'government', 'administration', 'cabinet', 'agency', 'authority', 'company',
  'firm', 'corporation', 'business', 'group', 'organisation', 'organization', 'union', 'council',
  'commission', 'committee', 'party', 'bloc', 'alliance', 'coalition', 'federation', 'association',
  'charity', 'court', 'tribunal', 'army', 'military', 'navy', 'force', 'police', 'service', 'office',
  'embassy', 'consulate', 'mission', 'parliament', 'assembly', 'congress', 'senate', 'board', 'trust',
  'club', 'team', 'institute', 'university', 'college', 'school', 'hospital', 'bank', 'regulator',
  'watchdog', 'network', 'airline', 'operator', 'league', 'society', 'foundation', 'fund', 'movement',
  'junta', 'regime', 'presidency', 'campaign', 'website', 'platform', 'prosecution', 'secretariat',
  'directorate', 'inspectorate', 'unit', 'command', 'headquarters', 'kremlin', 'palace', 'church',
  'country', 'state', 'nation', 'region', 'province', 'city', 'town', 'county', 'council', 'body',
  'authorities', 'organisers', 'club', 'side', 'broadcaster', 'retailer', 'manufacturer', 'insurer',
  'carrier', 'provider', 'giant', 'firm', 'developer', 'landlord', 'supplier', 'trust',
];

// News outlets, wire services and photo agencies (lower case, as written in full).
export const OUTLETS: readonly string[] = [
  'reuters', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse',
  'agence france presse', 'pa', 'pa media', 'press association', 'the press association', 'dpa', 'efe',
  'ansa', 'xinhua', 'tass', 'ria novosti', 'ria', 'interfax', 'anadolu', 'anadolu agency', 'kyodo',
  'yonhap', 'bloomberg', 'bernama', 'aap', 'upi', 'ani', 'pti', 'ians', 'wafa', 'irna', 'kcna', 'sana',
  'bbc', 'bbc news', 'bbc sport', 'cnn', 'sky', 'sky news', 'sky sports', 'itv', 'itv news', 'channel 4',
  'channel 4 news', 'abc', 'abc news', 'nbc', 'nbc news', 'cbs', 'cbs news', 'fox news', 'msnbc', 'npr',
  'pbs', 'al jazeera', 'aljazeera', 'euronews', 'dw', 'deutsche welle', 'france 24', 'france24', 'rfi',
  'rt', 'cgtn', 'nhk', 'cnbc', 'the guardian', 'guardian', 'the observer', 'the times', 'the sunday times',
  'times radio', 'the telegraph', 'telegraph', 'the independent', 'independent', 'the mirror', 'mirror',
  'daily mirror', 'the sun', 'the express', 'express', 'daily express', 'daily mail', 'mail online',
  'the mail', 'metro', 'evening standard', 'financial times', 'the financial times', 'ft', 'the economist',
  'new york times', 'the new york times', 'washington post', 'the washington post', 'wall street journal',
  'the wall street journal', 'usa today', 'los angeles times', 'politico', 'axios', 'the hill',
  'huffpost', 'buzzfeed', 'le monde', 'le figaro', 'der spiegel', 'bild', 'ndtv',
  'times of india', 'the hindu', 'hindustan times', 'getty', 'getty images', 'epa', 'epa-efe', 'anp',
  'shutterstock', 'alamy', 'swns', 'pa wire', 'rex', 'rex features', 'ap photo', 'afp photo',
];

// Last words that make a capitalised name a newspaper's or broadcaster's ("Kent Gazette", "Harbour Radio").
export const OUTLET_NAME_ENDINGS: readonly string[] = [
  'news', 'times', 'post', 'gazette', 'herald', 'chronicle', 'journal', 'tribune', 'echo', 'mail',
  'mirror', 'express', 'telegraph', 'radio', 'tv', 'television', 'press', 'sport', 'sports', 'live',
  'online', 'observer', 'standard', 'courier', 'argus', 'examiner', 'dispatch', 'bulletin', 'wire',
];

// Descriptions of an outlet: "state broadcaster RTX", "the newspaper", "a news agency".
export const OUTLET_NOUNS: readonly string[] = [
  'broadcaster', 'newspaper', 'paper', 'tabloid', 'channel', 'outlet', 'outlets', 'media', 'station',
  'magazine', 'daily', 'weekly', 'wire', 'correspondent', 'reporter',
];

// Words of a photo credit line: "Photograph: Reuters", "Image copyright Harbour Press", "(Getty Images)".
export const CREDIT_WORDS: readonly string[] = [
  'photograph', 'photo', 'photos', 'picture', 'pictures', 'image', 'images', 'copyright', 'credit',
  'illustration', 'video', 'footage', 'via', 'pool', 'file',
];

// Words any body of its kind could carry: "the regional bloc", "the 15-nation alliance".
export const GENERIC_MODIFIERS: readonly string[] = [
  'regional', 'international', 'continental', 'global', 'world', 'main', 'powerful', 'influential', 'national',
  'local', 'ruling', 'new', 'same', 'whole', 'entire', 'biggest', 'largest', 'former', 'then',
];

// A body named only by what it is, capitalised as a headline's first word: "Government denies …".
export const GENERIC_BODIES: readonly string[] = [
  'government', 'ministry', 'council', 'union', 'opposition', 'police', 'army', 'military', 'party',
  'committee', 'commission', 'agency', 'authority', 'regulator', 'court', 'company', 'firm', 'charity',
  'league', 'federation', 'association', 'board', 'club', 'embassy', 'cabinet', 'monitors', 'observers',
];

// Plural stems of organisation words: "Centers", "Hospitals", "Services".
export const ORGANISATION_STEMS: readonly string[] = ['center', 'centre', 'hospital', 'service', 'force', 'nation', 'state', 'affair', 'right', 'worker', 'friend'];
