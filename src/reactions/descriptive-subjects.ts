// Subjects whose last word before the verb is not a name: "Karvonia's energy ministry
// denied", "Labour minister urges", "a Port Authority spokesperson said", "a senior
// official at the ministry said". Each reader gets the tokens before the verb.

import { describe, isAnonymousDescription } from './anonymous-sources.js';
import { isNameToken, nameRunStart, type Speaker } from './find-names.js';
import { isNeverActor } from './news-outlets.js';
import { ARTICLES, REFERENCE_NOUNS, ROLE_WORD, STOP_WORDS } from './subject-words.js';

export interface Described {
  speaker: Speaker;
  /** Index of the first token that belongs to the subject. */
  from: number;
}

const POSSESSOR = /^(\p{Lu}[\p{L}\p{M}-]*)[’']s$/u;

/**
 * "Karvonia's energy ministry denied": no name before the verb, but a possessor
 * with a role noun. The possessor is the actor, the rest its role.
 */
export function possessiveOwner(tokens: readonly string[]): Described | null {
  const last = tokens.length - 1;
  const head = tokens[last] ?? '';
  if (!REFERENCE_NOUNS.has(head)) return null;
  let k = last;
  while (k > 0 && last - k < 3 && ROLE_WORD.test(tokens[k - 1] ?? '') && !STOP_WORDS.has(tokens[k - 1] ?? '')) k--;
  const owner = POSSESSOR.exec(tokens[k - 1] ?? '');
  if (owner === null) return null;
  const name = owner[1] ?? '';
  if (isNeverActor(name)) return { speaker: { kind: 'blocked' }, from: k - 1 };
  const role = `${tokens.slice(k, last + 1).join(' ')}`;
  const from = k - 1 > 0 && ARTICLES.has(tokens[k - 2] ?? '') ? k - 2 : k - 1;
  return { speaker: { kind: 'named', actor: name, role, person: false }, from };
}

const TITLE_NOUNS = new Set(['minister', 'president', 'leader', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'mayor', 'governor']);

/** "Labour minister urges …", "Council leader says …": a title with no name, opening the sentence. */
export function bareTitle(tokens: readonly string[]): Speaker | null {
  const head = tokens[tokens.length - 1] ?? '';
  if (tokens.length < 2 || tokens.length > 3 || !TITLE_NOUNS.has(head) || !isNameToken(tokens[0] ?? '')) return null;
  if (!tokens.slice(1, -1).every((t) => isNameToken(t) || ROLE_WORD.test(t))) return null;
  return { kind: 'named', actor: tokens.join(' '), role: null, person: true };
}

// A spokesperson speaks for the body named in front of them: the body is the actor.
const VOICES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'statement']);

/** Start of "a/an/one …" in front of `end`, stepping over lower-case modifiers. */
function describedFrom(tokens: readonly string[], end: number): number {
  let k = end;
  while (k > 0 && end - k < 4 && ROLE_WORD.test(tokens[k - 1] ?? '')) k--;
  return k;
}

/**
 * "A Department for Transport spokesperson said": the body named in front of the
 * spokesperson, with the spokesperson as the role.
 */
export function bodyBeforeVoice(tokens: readonly string[]): Described | null {
  const last = tokens.length - 1;
  const voice = tokens[last] ?? '';
  if (!VOICES.has(voice)) return null;
  const start = nameRunStart(tokens, last);
  if (start === last) return null;
  const from = start > 0 && ARTICLES.has(tokens[start - 1] ?? '') ? start - 1 : start;
  const run = tokens.slice(start, last);
  // "A", "The" open the run only because they are capitalised at the sentence start.
  while (run.length > 1 && ARTICLES.has(run[0] ?? '')) run.shift();
  const actor = run.join(' ');
  if (isNeverActor(actor)) return { speaker: { kind: 'blocked' }, from };
  return { speaker: { kind: 'named', actor, role: voice, person: false }, from };
}

// "a senior official at the ministry": where the source works is not who speaks.
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'from', 'within', 'inside', 'with', 'close']);

/**
 * "a senior official said", "a senior official at the Department for X, speaking on
 * condition of anonymity, said": the subject is the unnamed official, never the body
 * they work for (whose own statements may follow in the same update).
 * `nameStart` is where a name run ending the subject starts (tokens.length if none).
 */
export function anonymousSubject(tokens: readonly string[], nameStart: number): Described | null {
  // Asked for every subject: leave at once when neither shape can fit.
  if (nameStart < tokens.length) {
    const before = tokens[nameStart - 1] ?? '';
    if (nameStart < 2 || !(PLACE_PREPOSITIONS.has(before) || before === 'the' || before === 'to')) return null;
  } else if (!ROLE_WORD.test(tokens[tokens.length - 1] ?? '')) {
    return null;
  }
  let end = tokens.length;
  if (nameStart < tokens.length) {
    // "… official at the Ministry", "… source close to the Ministry"
    let k = nameStart;
    if (k > 0 && /^the$/iu.test(tokens[k - 1] ?? '')) k--;
    if (k > 0 && tokens[k - 1] === 'to' && tokens[k - 2] === 'close') k--;
    if (k === 0 || !PLACE_PREPOSITIONS.has(tokens[k - 1] ?? '')) return null;
    end = k - 1;
  }
  const from = describedFrom(tokens, end);
  let start = from;
  if (start > 0 && /^(?:a|an|one|another)$/iu.test(tokens[start - 1] ?? '')) start--;
  const words = tokens.slice(start, end);
  if (words.length === 0 || !isAnonymousDescription(words)) return null;
  const where = end < tokens.length ? ` ${tokens.slice(end).join(' ')}` : '';
  return { speaker: { kind: 'anonymous', role: `${describe(words)}${where}` }, from: start };
}
