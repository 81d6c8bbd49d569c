// Reporting verbs and the small, fixed set of stances the reactions pane shows.
// Many verbs fold into one stance ("promises", "vows" → pledges; "praises" →
// welcomes) so that the pane's stance column stays short and comparable.

export type Stance =
  | 'says' | 'condemns' | 'urges' | 'calls for' | 'warns' | 'welcomes' | 'denies'
  | 'rejects' | 'announces' | 'demands' | 'accuses' | 'supports' | 'pledges' | 'criticises';

// Each stance with its verbs: finite forms (said, urges, urged, urge) and the
// -ing forms, which only report speech after "is/was/has been" ("is urging"):
// on their own they are usually nouns or adjectives ("a flood warning").
const FORMS: ReadonlyArray<readonly [Stance, string, string]> = [
  ['calls for', 'call(?:s|ed)?[ \\t]+(?:on|for|upon)|appeal(?:s|ed)?[ \\t]+for', '(?:call|appeal)ing[ \\t]+(?:on|for|upon)'],
  ['says', 'said|says|say|told|tells|tell|added|adds|wrote|writes|stated|tweeted|insist(?:s|ed)?|claim(?:s|ed)?', '(?:say|tell|add|writ|stat|tweet|insist|claim)ing'],
  ['condemns', 'condemn(?:s|ed)?|denounce(?:s|d)?', 'condemning|denouncing'],
  ['urges', 'urge(?:s|d)?|appeal(?:s|ed)?[ \\t]+to', 'urging|appealing[ \\t]+to'],
  ['warns', 'warn(?:s|ed)?|threaten(?:s|ed)?', 'warning|threatening'],
  ['welcomes', 'welcome(?:s|d)?|praise(?:s|d)?|hail(?:s|ed)?', 'welcoming|praising|hailing'],
  ['denies', 'denie[sd]|deny', 'denying'],
  // "hit back at" is how news prose says someone rebutted a claim.
  ['rejects', 'reject(?:s|ed)?|dispute(?:s|d)?|hit(?:s)?[ \\t]+back[ \\t]+at', 'rejecting|disputing|hitting[ \\t]+back[ \\t]+at'],
  ['announces', 'announce(?:s|d)?|declare(?:s|d)?', 'announcing|declaring'],
  ['demands', 'demand(?:s|ed)?', 'demanding'],
  ['accuses', 'accuse(?:s|d)?|blame(?:s|d)?', 'accusing|blaming'],
  ['supports', 'support(?:s|ed)?|back(?:s|ed)|defend(?:s|ed)?|endorse(?:s|d)?', '(?:support|back|defend|endors)ing'],
  ['pledges', 'pledge(?:s|d)?|promise(?:s|d)?|vow(?:s|ed)?', '(?:pledg|promis|vow)ing'],
  ['criticises', 'critici[sz]e(?:s|d)?|question(?:s|ed)?', '(?:critici[sz]|question)ing'],
];

const FINITE = FORMS.map(([, finite]) => `(?:${finite})`).join('|');
const PROGRESSIVE = FORMS.map(([, , ing]) => `(?:${ing})`).join('|');

// No look-behind here: it makes V8 try every position of the text (about four
// times slower). The cheap ASCII \b skips positions inside words; the letters \b
// does not know (accents, apostrophes) are checked by hand in findVerbs.
const SOURCE = `\\b(?:${FINITE}|${PROGRESSIVE})(?![\\p{L}\\p{N}-])`;

/** Lower-case verbs, for body text. */
const VERB_RE = new RegExp(SOURCE, 'gu');
/** Any case, for headlines written in title case ("UN Chief Urges Calm"). */
const HEADLINE_VERB_RE = new RegExp(SOURCE, 'giu');
const GLUED_BEFORE = /[\p{L}\p{N}'’-]/u;

const STANCE_RES: ReadonlyArray<readonly [Stance, RegExp]> = FORMS.map(
  ([stance, finite, ing]) => [stance, new RegExp(`^(?:${finite}|${ing})$`, 'i')] as const,
);
const PROGRESSIVE_RE = new RegExp(`^(?:${PROGRESSIVE})$`, 'i');

interface VerbForm {
  stance: Stance;
  progressive: boolean;
}

// The language of VERB_RE is small and finite, so each spelling is worked out once.
const formCache = new Map<string, VerbForm | null>();

function formOf(verb: string): VerbForm | null {
  let form = formCache.get(verb);
  if (form === undefined) {
    const flat = verb.replace(/\s+/g, ' ');
    const stance = STANCE_RES.find(([, re]) => re.test(flat))?.[0];
    form = stance === undefined ? null : { stance, progressive: PROGRESSIVE_RE.test(flat) };
    formCache.set(verb, form);
  }
  return form;
}

/** The normalised stance for a reporting verb ("urged", "is urging" → urges), or null. */
export function stanceOf(verb: string): Stance | null {
  return formOf(verb)?.stance ?? null;
}

export interface VerbHit {
  index: number;
  end: number;
  stance: Stance;
  /** An -ing form: a reporting verb only after a form of "be" ("is urging"). */
  progressive: boolean;
}

/** Every reporting verb in `text`, in order. */
export function findVerbs(text: string, headline = false): VerbHit[] {
  const re = headline ? HEADLINE_VERB_RE : VERB_RE;
  const hits: VerbHit[] = [];
  // exec rather than matchAll, which copies the expression on every call.
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 0 && GLUED_BEFORE.test(text[m.index - 1] ?? '')) continue;
    const form = formOf(m[0]);
    if (form !== null) hits.push({ index: m.index, end: m.index + m[0].length, stance: form.stance, progressive: form.progressive });
  }
  return hits;
}

// "… and urged", "… that also urged": a second reporting verb in the same sentence.
// Finite verbs only: "and warning signs" is a noun phrase, not a second stance.
const SECOND_VERB = new RegExp(
  `(?:,?[ \\t]+(?:and|but)(?:[ \\t]+also)?|[ \\t]+(?:that|which)[ \\t]+also)[ \\t]+(${FINITE})(?![\\p{L}\\p{N}-])`,
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
