// Reporting verbs as data: one row per verb, with the stance it reports and how it
// takes what was said. Inflected forms are derived from the lemma; irregular ones are
// written out. Phrasal verbs list their particle ("call on", "hit back at").

export type Stance =
  | 'says' | 'condemns' | 'urges' | 'calls for' | 'warns' | 'welcomes' | 'denies'
  | 'rejects' | 'announces' | 'demands' | 'accuses' | 'supports' | 'pledges' | 'criticises';

export interface VerbRow {
  lemma: string;
  stance: Stance;
  /** What follows the verb: a clause ("said the talks failed"), a noun phrase ("condemned the attack"), or either. */
  takes: 'clause' | 'object' | 'both';
  /** "told reporters …", "warned residents …": a listener may stand between the verb and what was said. */
  listener?: boolean;
  /** Opinion or expectation rather than speech ("expects"): weaker evidence of a reaction. */
  weak?: boolean;
  /** Reports speech only next to a quotation ("“…,” she continued"); otherwise an ordinary verb. */
  quoteOnly?: boolean;
  /** Forms that the usual rules would get wrong: [third person, past, -ing]. */
  forms?: readonly [string, string, string];
}

export const REPORTING_VERBS: readonly VerbRow[] = [
  { lemma: 'say', stance: 'says', takes: 'clause', forms: ['says', 'said', 'saying'] },
  { lemma: 'tell', stance: 'says', takes: 'clause', listener: true, forms: ['tells', 'told', 'telling'] },
  { lemma: 'add', stance: 'says', takes: 'clause' },
  { lemma: 'write', stance: 'says', takes: 'clause', forms: ['writes', 'wrote', 'writing'] },
  { lemma: 'state', stance: 'says', takes: 'clause' },
  { lemma: 'tweet', stance: 'says', takes: 'clause' },
  { lemma: 'insist', stance: 'says', takes: 'clause' },
  { lemma: 'claim', stance: 'says', takes: 'clause' },
  { lemma: 'explain', stance: 'says', takes: 'clause' },
  { lemma: 'note', stance: 'says', takes: 'clause' },
  { lemma: 'argue', stance: 'says', takes: 'clause' },
  { lemma: 'reiterate', stance: 'says', takes: 'clause' },
  { lemma: 'stress', stance: 'says', takes: 'clause' },
  { lemma: 'emphasise', stance: 'says', takes: 'clause' },
  { lemma: 'emphasize', stance: 'says', takes: 'clause' },
  { lemma: 'acknowledge', stance: 'says', takes: 'clause' },
  { lemma: 'admit', stance: 'says', takes: 'clause', forms: ['admits', 'admitted', 'admitting'] },
  { lemma: 'concede', stance: 'says', takes: 'clause' },
  { lemma: 'confirm', stance: 'says', takes: 'clause' },
  { lemma: 'suggest', stance: 'says', takes: 'clause' },
  { lemma: 'reply', stance: 'says', takes: 'clause', forms: ['replies', 'replied', 'replying'] },
  { lemma: 'respond', stance: 'says', takes: 'clause' },
  { lemma: 'answer', stance: 'says', takes: 'clause' },
  { lemma: 'ask', stance: 'says', takes: 'clause' },
  { lemma: 'comment', stance: 'says', takes: 'clause' },
  { lemma: 'remark', stance: 'says', takes: 'clause' },
  { lemma: 'observe', stance: 'says', takes: 'clause' },
  { lemma: 'maintain', stance: 'says', takes: 'clause' },
  { lemma: 'assert', stance: 'says', takes: 'clause' },
  { lemma: 'predict', stance: 'says', takes: 'clause' },
  { lemma: 'point out', stance: 'says', takes: 'clause' },
  { lemma: 'clarify', stance: 'says', takes: 'clause', forms: ['clarifies', 'clarified', 'clarifying'] },
  { lemma: 'reveal', stance: 'says', takes: 'clause' },
  { lemma: 'disclose', stance: 'says', takes: 'clause' },
  { lemma: 'remind', stance: 'says', takes: 'clause', listener: true },
  { lemma: 'assure', stance: 'says', takes: 'clause', listener: true },
  { lemma: 'inform', stance: 'says', takes: 'clause', listener: true },
  { lemma: 'describe', stance: 'says', takes: 'object' },
  { lemma: 'highlight', stance: 'says', takes: 'object' },
  { lemma: 'continue', stance: 'says', takes: 'clause', quoteOnly: true },
  { lemma: 'joke', stance: 'says', takes: 'clause', quoteOnly: true },
  { lemma: 'react', stance: 'says', takes: 'clause', quoteOnly: true },
  // "…, Reuters reports": how an outlet passes on what others said; never a speaker's own words.
  { lemma: 'report', stance: 'says', takes: 'clause', weak: true },
  { lemma: 'expect', stance: 'says', takes: 'clause', weak: true },
  { lemma: 'rule', stance: 'says', takes: 'clause' },
  { lemma: 'announce', stance: 'announces', takes: 'both' },
  { lemma: 'declare', stance: 'announces', takes: 'both' },
  { lemma: 'unveil', stance: 'announces', takes: 'object' },
  { lemma: 'condemn', stance: 'condemns', takes: 'object' },
  { lemma: 'denounce', stance: 'condemns', takes: 'object' },
  { lemma: 'decry', stance: 'condemns', takes: 'object', forms: ['decries', 'decried', 'decrying'] },
  { lemma: 'deplore', stance: 'condemns', takes: 'object' },
  { lemma: 'urge', stance: 'urges', takes: 'object', listener: true },
  { lemma: 'implore', stance: 'urges', takes: 'object', listener: true },
  { lemma: 'appeal to', stance: 'urges', takes: 'object' },
  { lemma: 'call for', stance: 'calls for', takes: 'object' },
  { lemma: 'ask for', stance: 'calls for', takes: 'object' },
  // "calling it a disaster": what someone called something is what they said of it.
  { lemma: 'call it', stance: 'says', takes: 'object' },
  { lemma: 'call them', stance: 'says', takes: 'object' },
  { lemma: 'call on', stance: 'calls for', takes: 'object' },
  { lemma: 'call upon', stance: 'calls for', takes: 'object' },
  { lemma: 'appeal for', stance: 'calls for', takes: 'object' },
  { lemma: 'warn', stance: 'warns', takes: 'both', listener: true },
  { lemma: 'threaten', stance: 'warns', takes: 'both' },
  { lemma: 'caution', stance: 'warns', takes: 'both' },
  { lemma: 'welcome', stance: 'welcomes', takes: 'object' },
  { lemma: 'praise', stance: 'welcomes', takes: 'object' },
  { lemma: 'hail', stance: 'welcomes', takes: 'object' },
  { lemma: 'applaud', stance: 'welcomes', takes: 'object' },
  { lemma: 'laud', stance: 'welcomes', takes: 'object' },
  { lemma: 'commend', stance: 'welcomes', takes: 'object' },
  { lemma: 'deny', stance: 'denies', takes: 'both', forms: ['denies', 'denied', 'denying'] },
  { lemma: 'refute', stance: 'denies', takes: 'object' },
  { lemma: 'reject', stance: 'rejects', takes: 'object' },
  { lemma: 'dispute', stance: 'rejects', takes: 'object' },
  { lemma: 'rebuff', stance: 'rejects', takes: 'object' },
  { lemma: 'dismiss', stance: 'rejects', takes: 'object' },
  { lemma: 'rule out', stance: 'rejects', takes: 'object' },
  { lemma: 'hit back at', stance: 'rejects', takes: 'object', forms: ['hits', 'hit', 'hitting'] },
  { lemma: 'demand', stance: 'demands', takes: 'object' },
  { lemma: 'accuse', stance: 'accuses', takes: 'object' },
  { lemma: 'blame', stance: 'accuses', takes: 'object' },
  { lemma: 'support', stance: 'supports', takes: 'object' },
  { lemma: 'back', stance: 'supports', takes: 'object' },
  { lemma: 'defend', stance: 'supports', takes: 'object' },
  { lemma: 'endorse', stance: 'supports', takes: 'object' },
  { lemma: 'pledge', stance: 'pledges', takes: 'both' },
  { lemma: 'promise', stance: 'pledges', takes: 'both' },
  { lemma: 'vow', stance: 'pledges', takes: 'both' },
  { lemma: 'criticise', stance: 'criticises', takes: 'object' },
  { lemma: 'criticize', stance: 'criticises', takes: 'object' },
  { lemma: 'question', stance: 'criticises', takes: 'object' },
  { lemma: 'slam', stance: 'criticises', takes: 'object', forms: ['slams', 'slammed', 'slamming'] },
  { lemma: 'blast', stance: 'criticises', takes: 'object' },
  { lemma: 'lambast', stance: 'criticises', takes: 'object' },
  { lemma: 'brand', stance: 'criticises', takes: 'object' },
  { lemma: 'hit out at', stance: 'criticises', takes: 'object', forms: ['hits', 'hit', 'hitting'] },
];

// What a statement is made in: "issued a statement warning that …", "said in a statement that …".
export const STATEMENT_NOUNS: readonly string[] = [
  'statement', 'letter', 'tweet', 'post', 'message', 'video', 'interview', 'note', 'release', 'report', 'speech', 'address',
];
