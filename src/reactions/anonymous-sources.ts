// Sources the text describes but does not name: "a senior official", "one diplomat",
// "Claims Insider". They did say something, so the words are a reaction, but the
// labelling rules keep unnamed people out of the actor field: the description is kept
// as the role and the actor stays empty.

// Nouns that describe one unnamed person speaking for an institution.
const HEADS = new Set([
  'official', 'source', 'insider', 'diplomat', 'aide', 'adviser', 'advisor', 'staffer', 'ally',
  'confidant', 'whistleblower', 'officer', 'soldier', 'commander', 'spokesman', 'spokeswoman',
  'spokesperson',
]);

// What may stand in front of the noun without making it a name.
const MODIFIERS = new Set([
  'a', 'an', 'one', 'another', 'senior', 'junior', 'high-ranking', 'top', 'government', 'western',
  'european', 'foreign', 'military', 'police', 'security', 'intelligence', 'party', 'cabinet',
  'anonymous', 'unnamed', 'former', 'second', 'third', 'close', 'well-placed', 'informed',
]);

// "one said" after "diplomats were less guarded": a numeral standing for one of them.
const BARE = new Set(['one', 'another']);

const capitalise = (w: string): string => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`;
const HEAD_ANY_CASE = new Set([...HEADS, ...BARE].flatMap((w) => [w, capitalise(w)]));

/** True when `words` (any case) only describe an unnamed source: "senior official", "Insider". */
export function isAnonymousDescription(words: readonly string[]): boolean {
  // Asked of every name read, so the head noun is checked before anything is copied.
  if (!HEAD_ANY_CASE.has(words[words.length - 1] ?? '')) return false;
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1];
  if (last === undefined || lower.length > 4) return false;
  if (lower.length === 1 && BARE.has(last)) return true;
  return HEADS.has(last) && lower.slice(0, -1).every((w) => MODIFIERS.has(w));
}

/** The description without its article: "A senior official" → "senior official". */
export function describe(words: readonly string[]): string {
  const lower = words.map((w) => w.toLowerCase());
  const from = lower.length > 1 && (lower[0] === 'a' || lower[0] === 'an') ? 1 : 0;
  return lower.slice(from).join(' ');
}
