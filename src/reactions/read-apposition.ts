// What sits between two commas in front of a reporting verb: a role ("X, a teacher,
// said"), the name itself after its role ("Estrel's chief negotiator, Lena Sorvik,
// told"), or an aside to step over ("X, visiting a rest centre, said").

import { isNameToken, isTitleWord } from './find-names.js';

export type Apposition =
  | { kind: 'role'; role: string }
  | { kind: 'name'; words: string[] }
  | { kind: 'aside' };

const MAX_ROLE_WORDS = 8;
const MAX_NAME_WORDS = 5;
const ARTICLE = /^(?:a|an|the)$/iu;
const LOWER_START = /^\p{Ll}/u;
// Clauses that describe what the speaker was doing or who they are, not their title;
// an age ("34", "aged 34") or a home town ("from Brackley") too.
const ASIDE_START = /^(?:who|whose|which|where|when|while|after|before|speaking|asked|from|aged|\p{Ll}+ing|\d+)$/u;
// "a volunteer group that has campaigned since 2018": the role is the noun phrase.
const RELATIVE = /^(?:that|which|who|whose|whom)$/iu;

export function readApposition(chunk: string): Apposition | null {
  const words = chunk.split(/\s+/u).filter((w) => w !== '');
  const first = words[0];
  if (first === undefined) return null;
  if (ASIDE_START.test(first)) return { kind: 'aside' };
  if (ARTICLE.test(first)) {
    const relative = words.findIndex((w) => RELATIVE.test(w));
    const rest = words.slice(1, relative > 1 ? relative : undefined);
    // "Dovania's main opposition party, the Green Alliance, said": a proper name with
    // its article is the name; "the Foreign Minister" is still a role.
    const isName = rest.length > 0 && rest.length <= MAX_NAME_WORDS && rest.every(isNameToken);
    if (isName && !isTitleWord(rest[rest.length - 1] ?? '')) return { kind: 'name', words: rest };
    return rest.length > 0 && rest.length <= MAX_ROLE_WORDS ? { kind: 'role', role: rest.join(' ') } : null;
  }
  if (words.length <= MAX_NAME_WORDS && words.every(isNameToken)) return { kind: 'name', words };
  if (LOWER_START.test(first) && words.length <= MAX_ROLE_WORDS) return { kind: 'role', role: words.join(' ') };
  return null;
}

const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const POSSESSOR = /^(\p{Lu}[\p{L}\p{M}-]*)[’']s$/u;

/**
 * The role written before a name set off by commas: "Estrel's chief negotiator" →
 * role "Estrel's chief negotiator", `consumed` true when nothing else came before it.
 */
export function roleBeforeName(text: string): { role: string | null; consumed: boolean } {
  const tokens = text.split(/\s+/u).filter((t) => t !== '');
  let from = tokens.length;
  while (from > 0 && tokens.length - from < 4 && ROLE_WORD.test(tokens[from - 1] ?? '')) from--;
  if (from === tokens.length) return { role: null, consumed: tokens.length === 0 };
  if (from > 0 && POSSESSOR.test(tokens[from - 1] ?? '')) from--;
  // "The Karvonian chief negotiator": capitalised adjectives and the article stay with the role.
  while (from > 0 && isNameToken(tokens[from - 1] ?? '') && tokens.length - from < 6) from--;
  let role = tokens.slice(from).join(' ');
  if (/^(?:the|a|an)\s/iu.test(role)) role = role.replace(/^\S+\s/u, '');
  return { role, consumed: from === 0 };
}
