// Role phrases: [article | owner’s] modifiers* role-noun [of / for … body]: "the country’s
// prime minister", "a spokesperson for the company", "a UN spokeswoman", "the goalkeeper".
// The head noun decides what the phrase is: a role, a crowd, an institution or an outlet.

import { DEFINITE_ARTICLES, INDEFINITE_ARTICLES, ROLE_COMPLEMENTS } from './lexicon/function-words.js';
import { W } from './lexicon/lexicon.js';
import { AGE_WORD } from './lexicon/people-words.js';
import { blankMention, type Mention } from './mention.js';
import type { Token } from './tokenise.js';

export interface Chunker {
  tokens: readonly Token[];
  headline: boolean;
  /** For each token from `from` on, where the next role or organisation noun is. */
  nextHead?: Int32Array;
  from: number;
  /** The mention at a token (chunk-mentions.ts), for a role's "of …" or "for …". */
  mentionAt: (i: number, end: number) => Mention | null;
}

const DEFINITE = new Set(DEFINITE_ARTICLES);
const INDEFINITE = new Set(INDEFINITE_ARTICLES);
const COMPLEMENT = new Set(ROLE_COMPLEMENTS);
const NOT_MODIFIER = W.DET | W.PREP | W.CONJ | W.AUX | W.NEG | W.PRON_PERSON | W.PRON_GROUP | W.PRON_OTHER;
const HEAD = W.ROLE | W.ORG_NOUN | W.OUTLET_NOUN | W.CROWD | W.INSTITUTION;
export const MAX_MODIFIERS = 5;

export function isHead(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && ((t.flags & HEAD) !== 0 || (t.lower.endsWith('-old') && AGE_WORD.test(t.lower)));
}

/** A word that can stand between an article and a role noun: "Lisbon-based", "Danish", "UN". */
function isModifier(t: Token | undefined): boolean {
  if (t === undefined || t.quote >= 0) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  if ((t.flags & NOT_MODIFIER) !== 0 && !t.upper) return false;
  // A verb form is only a modifier when it is also a noun people use as one ("trade union").
  return (t.flags & W.VERB) === 0 || (t.flags & (HEAD | W.ROLE_MODIFIER)) !== 0;
}


/** A role phrase starting at `i`: [article | owner’s] modifiers* head [of/for … owner]. */
export function readRolePhrase(c: Chunker, i: number, end: number, owner: Mention | null): Mention | null {
  const { tokens } = c;
  let j = i;
  let definite: boolean | null = owner !== null ? true : null;
  const det = tokens[j];
  let oneOf = false;
  if (owner === null && det?.kind === 'word' && (DEFINITE.has(det.lower) || INDEFINITE.has(det.lower))) {
    definite = DEFINITE.has(det.lower);
    j++;
    // "one of the protesters": one person out of a group.
    if (det.lower === 'one' && tokens[j]?.lower === 'of' && ((tokens[j + 1]?.flags ?? 0) & W.DET) !== 0) {
      oneOf = true;
      j += 2;
    }
  }
  const first = j;
  let head = -1;
  while (j < end && j - first <= MAX_MODIFIERS) {
    const t = tokens[j] as Token;
    if (isHead(t)) head = j;
    else if (head >= 0 && !isModifier(t)) break;
    if (!isModifier(t) && !isHead(t)) break;
    // A capitalised run inside the phrase ("a Ministry of Ports spokesperson") is one modifier.
    j++;
  }
  // The head is the last role noun before the phrase stops: "chief executive" → executive.
  while (head >= first && head < j - 1 && isHead(tokens[head + 1])) head++;
  if (head < first) return null;
  let last = head + 1;
  // Nothing but capitalised words up to the head means a name, which find-names reads.
  const m = blankMention(i, last, 'role');
  m.definite = definite;
  m.head = (tokens[head] as Token).lower;
  m.owner = owner ?? capitalisedOwner(tokens, first, head);
  // "for the company", "of the Harbour Commission", "at the Department of Ports".
  const prep = tokens[last];
  if (prep?.kind === 'word' && COMPLEMENT.has(prep.lower) && prep.quote < 0) {
    const inner = c.mentionAt(last + 1, end);
    if (inner !== null && (inner.kind === 'name' || inner.kind === 'role')) {
      // "Norway’s embassy in Bamako": the possessor stays the owner; the phrase only says where.
      m.owner = owner ?? inner;
      last = inner.end;
    }
  }
  m.end = last;
  m.possessive = tokens[last]?.kind === 'poss';
  const text = roleWords(tokens, first, last);
  m.role = text;
  const headFlags = (tokens[head] as Token).flags;
  if ((headFlags & W.CROWD) !== 0 && (headFlags & W.ROLE) === 0 && !oneOf) m.kind = 'crowd';
  else if ((headFlags & W.INSTITUTION) !== 0 && definite !== false) m.kind = 'institution';
  else if ((headFlags & W.OUTLET_NOUN) !== 0 || /\bnews\b|\bstate media\b/u.test(text)) m.kind = 'outlet';
  if (m.kind === 'institution') m.name = text.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
  m.org = (headFlags & (W.ORG_NOUN | W.INSTITUTION)) !== 0 && (headFlags & W.ROLE) === 0;
  return m;
}

/** "a Harbour Authority spokeswoman", "a Ministry of Ports spokesperson": the body named inside the phrase. */
function capitalisedOwner(tokens: readonly Token[], from: number, head: number): Mention | null {
  let s = -1;
  let e = -1;
  for (let k = from; k < head; k++) {
    const t = tokens[k] as Token;
    if (t.cap && (t.flags & (W.NATIONALITY | W.ROLE_MODIFIER | W.ROLE)) === 0) {
      if (s < 0) s = k;
      e = k + 1;
    }
  }
  if (s < 0) return null;
  const owner = blankMention(s, e, 'name');
  owner.name = roleWords(tokens, s, e);
  owner.org = true;
  return owner;
}

export function roleWords(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    out += out === '' || t.kind === 'poss' || t.start === tokens[k - 1]?.end ? t.text : ` ${t.text}`;
  }
  return out;
}
