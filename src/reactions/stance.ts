// Reporting verbs and the small, fixed set of stances the reactions pane shows.

export type Stance =
  | 'says' | 'condemns' | 'urges' | 'calls for' | 'warns' | 'welcomes' | 'denies'
  | 'rejects' | 'announces' | 'demands' | 'accuses' | 'supports' | 'pledges';

// Each verb stem with its inflections; one alternation keeps matching linear.
const FORMS: ReadonlyArray<readonly [Stance, string]> = [
  ['calls for', 'call(?:s|ed)?[ \\t]+(?:on|for|upon)'],
  ['says', 'said|says|say|told|tells|added|adds|wrote|writes|stated|tweeted|insisted|insists'],
  ['condemns', 'condemn(?:s|ed)?|denounce(?:s|d)?'],
  ['urges', 'urge(?:s|d)?'],
  ['warns', 'warn(?:s|ed)?'],
  ['welcomes', 'welcome(?:s|d)?'],
  ['denies', 'denie[sd]|deny'],
  ['rejects', 'reject(?:s|ed)?'],
  ['announces', 'announce(?:s|d)?'],
  ['demands', 'demand(?:s|ed)?'],
  ['accuses', 'accuse(?:s|d)?'],
  ['supports', 'support(?:s|ed)?|back(?:s|ed)'],
  ['pledges', 'pledge(?:s|d)?|promise(?:s|d)?|vow(?:s|ed)?'],
];

export const ALTERNATION = FORMS.map(([, forms]) => `(?:${forms})`).join('|');

// Letters on either side would mean the verb is part of a longer word ("sayings").
const SOURCE = `(?<![\\p{L}\\p{N}'’-])(?:${ALTERNATION})(?![\\p{L}\\p{N}-])`;

/** Lower-case verbs, for body text. */
export const VERB_RE = new RegExp(SOURCE, 'gu');
/** Any case, for headlines written in title case ("UN Chief Urges Calm"). */
export const HEADLINE_VERB_RE = new RegExp(SOURCE, 'giu');

const STANCE_RES: ReadonlyArray<readonly [Stance, RegExp]> = FORMS.map(
  ([stance, forms]) => [stance, new RegExp(`^(?:${forms})$`, 'i')] as const,
);

/** The normalised stance for a verb matched by VERB_RE, or null if it is not one. */
export function stanceOf(verb: string): Stance | null {
  const flat = verb.replace(/\s+/g, ' ');
  for (const [stance, re] of STANCE_RES) if (re.test(flat)) return stance;
  return null;
}

export interface VerbHit {
  index: number;
  end: number;
  stance: Stance;
}

/** Every reporting verb in `text`, in order. */
export function findVerbs(text: string, headline = false): VerbHit[] {
  const re = headline ? HEADLINE_VERB_RE : VERB_RE;
  const hits: VerbHit[] = [];
  for (const m of text.matchAll(re)) {
    const stance = stanceOf(m[0]);
    if (stance !== null) hits.push({ index: m.index, end: m.index + m[0].length, stance });
  }
  return hits;
}

// "… and urged", "… that also urged": a second reporting verb in the same sentence.
const SECOND_VERB = new RegExp(
  `(?:,?[ \\t]+(?:and|but)(?:[ \\t]+also)?|[ \\t]+(?:that|which)[ \\t]+also)[ \\t]+(${ALTERNATION})(?![\\p{L}\\p{N}-])`,
  'gu',
);

export interface SecondVerb {
  /** Where the first statement ends (the conjunction). */
  cut: number;
  verbEnd: number;
  stance: Stance;
}

/** The first coordinated reporting verb in [from, to) of the masked text, or null. */
export function findSecondVerb(masked: string, from: number, to: number): SecondVerb | null {
  SECOND_VERB.lastIndex = 0;
  const m = SECOND_VERB.exec(masked.slice(from, to));
  const verb = m?.[1];
  if (m === null || verb === undefined) return null;
  const stance = stanceOf(verb);
  return stance === null ? null : { cut: from + m.index, verbEnd: from + m.index + m[0].length, stance };
}
