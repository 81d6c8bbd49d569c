// Closed-class words: what they are decides how a sentence around a name is read.

export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'one', 'another', 'some', 'several', 'many', 'each', 'every', 'any', 'both', 'no', 'all', 'most', 'few',
  'much', 'more', 'less', 'such', 'other', 'either', 'neither',
];

export const PREPOSITIONS: readonly string[] = [
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'after',
  'before', 'during', 'amid', 'against', 'about', 'around', 'across', 'through', 'throughout', 'between',
  'among', 'within', 'without', 'towards', 'toward', 'upon', 'via', 'despite', 'since', 'until', 'near',
  'behind', 'beyond', 'outside', 'inside', 'like', 'per', 'than', 'following', 'ahead',
];

export const CONJUNCTIONS: readonly string[] = [
  'and', 'or', 'but', 'nor', 'yet', 'so', 'while', 'whilst', 'as', 'because', 'although', 'though',
  'if', 'when', 'whereas', 'unless', 'whether', 'where', 'once', 'after', 'before', 'since', 'that',
  'which', 'who', 'whom', 'whose', 'what', 'how', 'why',
];

export const AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', "'s", '’s',
];

export const NEGATIONS: readonly string[] = ['not', "n't", 'never', 'no longer', 'neither'];

// Adverbs that may stand between a speaker and the verb: "the ministry has also said".
export const VERB_ADVERBS: readonly string[] = [
  'also', 'later', 'earlier', 'since', 'now', 'already', 'previously', 'repeatedly', 'publicly',
  'privately', 'reportedly', 'again', 'separately', 'once', 'meanwhile', 'today', 'yesterday', 'tonight',
  'strongly', 'firmly', 'sharply', 'formally', 'just', 'still', 'long', 'always', 'often', 'recently',
  'initially', 'originally', 'further', 'then', 'subsequently', 'immediately', 'quickly', 'angrily',
  'openly', 'flatly', 'personally', 'directly', 'specifically', 'simply', 'even', 'only', 'ultimately',
  'himself', 'herself', 'itself', 'themselves', 'on', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'week',
];

export const PERSON_PRONOUNS: Readonly<Record<string, 'm' | 'f'>> = { he: 'm', she: 'f' };
export const GROUP_PRONOUNS: readonly string[] = ['it', 'they'];
export const OTHER_PRONOUNS: readonly string[] = [
  'i', 'we', 'you', 'me', 'us', 'him', 'them', 'his', 'hers', 'theirs', 'ours', 'mine', 'yours',
  'himself', 'herself', 'itself', 'themselves', 'there', 'here', 'this', 'that', 'these', 'those',
  'who', 'which', 'what', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone',
];

export const DAYS_AND_MONTHS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed',
  'thu', 'fri', 'sat', 'sun', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'gmt', 'bst', 'utc', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'ist', 'am', 'pm',
];

// Name particles: "Maria van der Sefton", "Omar al-Rashid".
export const NAME_PARTICLES: readonly string[] = [
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'al', 'el', 'bin',
  'ibn', 'bint', 'abu', 'ould', 'dos', 'das', 'do', 'ter', 'y', 'ben', 'mac', 'st',
];

// Words that end an abbreviation rather than a sentence: "Mr. Smith", "the U.S. envoy".
export const ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'rev', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt',
  'maj', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'fig', 'approx', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
];

// How a sentence's grammar is read around a reporting verb.
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am'];
export const MODALS_AND_DO: readonly string[] = ['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did'];
// "is expected to warn", "is set to announce": a reporting verb still to come.
export const FUTURE_MARKERS: readonly string[] = ['expected', 'set', 'due', 'going', 'likely', 'poised', 'about', 'ready', 'preparing', 'planning', 'expects'];
// What follows a headline's bare past participle when it is a passive: "Curfew declared as …".
export const PASSIVE_FOLLOWERS: readonly string[] = ['', 'as', 'to', 'by', 'after', 'amid', 'over', 'of', 'in', 'for', 'at', 'on', 'with'];
// A new clause, with a subject of its own, starts after these: "two days after the PM announced …".
export const SUBORDINATORS: readonly string[] = ['as', 'after', 'when', 'while', 'because', 'since', 'before', 'although', 'though', 'if', 'until', 'whereas', 'once'];

// Articles of a role phrase: "the minister" points back, "a spokesperson" brings someone in.
export const DEFINITE_ARTICLES: readonly string[] = ['the', 'its', 'his', 'her', 'their', 'our', 'this', 'that'];
export const INDEFINITE_ARTICLES: readonly string[] = ['a', 'an', 'one', 'another'];
// What ties a role to its body: "spokesperson for the company", "head of the commission".
export const ROLE_COMPLEMENTS: readonly string[] = ['of', 'for', 'at', 'from', 'to', 'in', 'on'];
// "The St Hild Hospital in northern Ruritania": where a body is, not part of who speaks.
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'at', 'near', 'outside'];
// Words inside an organisation's or a title's name: "Department of Roads and Bridges".
export const NAME_CONNECTORS: readonly string[] = ['of', 'for', 'and', '&', 'on'];
