// The subject of a sentence's main clause, read from the front: "Ottar Vinje, the
// finance minister, spent …", "Asked about it, he put the question back …", "In a
// letter, the association set out …", "Saltby council leader Derek Ambrose has …".
// Used where the verb is not a reporting verb but the clause still says who speaks
// (a colon before a quote, "… spent the morning insisting …"), and to remember who a
// sentence is about so that a later "he said" finds them.

import { isNameToken, splitTitle, type Speaker } from './find-names.js';
import { readApposition } from './read-apposition.js';
import { REFERENCE_NOUNS, ROLE_WORD, STOP_WORDS } from './subject-words.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
// Capitalised words that open an adverbial chunk rather than a subject.
const OPENERS = new Set([
  'In', 'On', 'At', 'After', 'Before', 'During', 'Despite', 'Earlier', 'Later', 'Meanwhile', 'But',
  'And', 'However', 'When', 'While', 'As', 'Since', 'If', 'Although', 'Though', 'For', 'With', 'From',
  'Across', 'Outside', 'Inside', 'Under', 'Over', 'Privately', 'Publicly', 'Separately', 'Yesterday',
  'Today', 'Tonight', 'Then', 'Now', 'Still', 'Instead', 'Asked', 'Pressed', 'Speaking',
]);
// "Asked whether …", "Standing at the dispatch box …": a participle opening the sentence.
const PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u;
const MAX_CHUNKS = 4;
const MAX_ROLE_WORDS = 3;
const WINDOW = 240;

export interface ClauseOptions {
  /** Step over adverbial chunks ("In a letter, …") to reach the main clause. */
  skipOpeners: boolean;
  /** Fewest words a name needs; a single capitalised word opens many sentences. */
  minNameWords: number;
}

const bare = (t: string): string => t.replace(/,$/u, '');

/** A subject at tokens[0]: its speaker and the index of the first token after it. */
function subjectAt(tokens: readonly string[], minNameWords: number): { speaker: Speaker; next: number } | null {
  const first = tokens[0] ?? '';
  if (PRONOUNS.has(first.toLowerCase())) return { speaker: { kind: 'reference', word: first.toLowerCase(), role: null }, next: 1 };
  if (/^the$/iu.test(first)) {
    for (let k = 1; k <= 3 && k < tokens.length; k++) {
      const w = tokens[k] ?? '';
      if (!ROLE_WORD.test(bare(w))) break;
      if (REFERENCE_NOUNS.has(bare(w))) {
        const modifiers = tokens.slice(1, k).map((t) => t.toLowerCase());
        return { speaker: { kind: 'reference', word: bare(w), role: null, modifiers }, next: k + 1 };
      }
    }
  }
  // [Capitalised words] [lower-case role words] [Capitalised name]: "Saltby council leader Derek Ambrose".
  const run = (from: number): number => {
    let k = from;
    while (k < tokens.length && isNameToken(bare(tokens[k] ?? ''))) if ((tokens[k++] ?? '').endsWith(',')) break;
    return k;
  };
  const start = first === 'The' ? 1 : 0;
  let end = run(start);
  let nameFrom = start;
  let role: string | null = null;
  if (!(tokens[end - 1] ?? '').endsWith(',')) {
    let k = end;
    while (k < tokens.length && k - end < MAX_ROLE_WORDS && ROLE_WORD.test(tokens[k] ?? '') && !STOP_WORDS.has(tokens[k] ?? '')) k++;
    const after = run(k);
    if (k > end && after - k >= 2) {
      role = tokens.slice(start, k).join(' ');
      [nameFrom, end] = [k, after];
    }
  }
  if (end - nameFrom < minNameWords) return null;
  const speaker = splitTitle(tokens.slice(nameFrom, end).map(bare));
  if (speaker.kind !== 'named') return speaker.kind === 'anonymous' ? { speaker, next: end } : null;
  return { speaker: { ...speaker, role: speaker.role ?? role }, next: end };
}

// Words that cannot follow a subject as its verb ("The Friends of …", "Kell and …").
const NOT_VERBS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that', 'which', 'who']);

/**
 * The subject of the main clause of `text` (a sentence, or its part before a colon or
 * a participle), or null when the clause does not open with one.
 */
export function clauseSubject(text: string, options: ClauseOptions): Speaker | null {
  const all = text.slice(0, WINDOW).split(/\s+/u).filter((t) => t !== '');
  let at = 0;
  for (let tries = 0; tries < MAX_CHUNKS && at < all.length; tries++) {
    const first = all[at] ?? '';
    const opener = OPENERS.has(first) || PARTICIPLE.test(first) || !/^\p{Lu}/u.test(first);
    if (opener && !PRONOUNS.has(first) && first !== 'the') {
      if (!options.skipOpeners) return null;
      // An adverbial chunk ("In a letter to the speaker,"): read on after its comma.
      while (at < all.length && !(all[at] ?? '').endsWith(',')) at++;
      at++;
      continue;
    }
    const tokens = all.slice(at);
    const found = subjectAt(tokens, options.minNameWords);
    if (found === null) return null;
    let next = found.next;
    let speaker = found.speaker;
    // "Ottar Vinje, the finance minister, spent …": the apposition gives the role.
    if ((tokens[next - 1] ?? '').endsWith(',')) {
      let close = next;
      while (close < tokens.length && !(tokens[close] ?? '').endsWith(',')) close++;
      const apposition = readApposition(tokens.slice(next, close + 1).map(bare).join(' '));
      if (apposition === null || apposition.kind === 'name') return null;
      if (apposition.kind === 'role' && speaker.kind === 'named') speaker = { ...speaker, role: speaker.role ?? apposition.role };
      next = close + 1;
    }
    // The verb: a lower-case word right after the subject ("he put", "the association set").
    const verb = tokens[next] ?? '';
    return ROLE_WORD.test(verb) && !NOT_VERBS.has(verb) ? speaker : null;
  }
  return null;
}
