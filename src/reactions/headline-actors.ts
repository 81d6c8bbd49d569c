// Headlines are short, so they name a role or a group where the body names the
// person or the body itself: "Mayor urges …" over "Varnholt's mayor, Ilse Varga,
// has urged …"; "Opposition accuses …" over "the Green Alliance has accused …".
// A careful editor credits the headline to whoever the body says it is; this pass
// does that once the whole update has been read.

import type { Mention } from './actor-memory.js';
import type { Speaker } from './find-names.js';

// Titles: the headline stands for one person.
const PERSON_HEADS = new Set([
  'mayor', 'leader', 'minister', 'president', 'premier', 'governor', 'chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'chair', 'chairman', 'chairwoman', 'head', 'candidate',
  'ambassador', 'envoy', 'commissioner', 'prosecutor', 'pm', 'mp', 'mep', 'councillor',
]);
// Institutions, and the groups that speak for one ("monitors from the Council of …").
const BODY_HEADS = new Set([
  'government', 'opposition', 'union', 'unions', 'commission', 'ministry', 'council', 'party',
  'committee', 'court', 'army', 'military', 'authority', 'agency', 'regulator', 'board',
  'federation', 'association', 'alliance', 'coalition', 'bloc', 'cabinet', 'parliament',
  'administration', 'presidency', 'junta', 'monitors', 'observers', 'inspectors',
  'investigators', 'mediators', 'regulators',
]);
const MAX_WORDS = 3;
const MAX_CHARS = 60;
const LETTERS = /^\p{L}[\p{L}’'-]*$/u;

function headOf(phrase: string): string {
  const words = phrase.toLowerCase().split(' ');
  return (words[words.length - 1] ?? '').replace(/[’']s?$/u, '');
}

/**
 * "Rail union rejects …", "Teachers' union welcomes …": a headline subject written
 * as a common noun phrase, which the subject reader (looking for names) passes over.
 */
export function genericSubject(before: string): Speaker | null {
  if (before.length > MAX_CHARS) return null;
  const tokens = before.trim().split(/\s+/u);
  if (tokens.length > MAX_WORDS || !tokens.every((t) => LETTERS.test(t))) return null;
  if (!/^\p{Lu}/u.test(tokens[0] ?? '')) return null;
  const head = headOf(tokens.join(' '));
  if (!PERSON_HEADS.has(head) && !BODY_HEADS.has(head)) return null;
  return { kind: 'named', actor: tokens.join(' '), role: null, person: PERSON_HEADS.has(head) };
}

export interface Credited {
  mention: Mention | null;
  stance: string | null;
  headline: boolean;
}

const CAPITALISED_BEFORE = /(?:^|[^\p{L}])(?!The\b)\p{Lu}[\p{L}’'-]*\s$/u;
const CAPITALISED_AFTER = /^\s\p{Lu}/u;
const SENTENCE_START = /(?:^|[.!?:“”"‘’']\s*|\n)\s*$/u;

/**
 * True when the body writes `actor` on its own, as the name of something ("the
 * Environment Agency said"), not inside a longer name ("Brenford City Council") or
 * as a title in front of one ("Mayor Ilse Varga").
 */
function usedAsName(actor: string, body: string): boolean {
  for (let at = body.indexOf(actor); at >= 0; at = body.indexOf(actor, at + 1)) {
    const before = body.slice(Math.max(0, at - 40), at);
    const after = body.slice(at + actor.length, at + actor.length + 2);
    if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after)) continue;
    // "Inspectors from the …" opening a sentence: one capitalised word there says nothing.
    if (!actor.includes(' ') && SENTENCE_START.test(before)) continue;
    if (!CAPITALISED_BEFORE.test(before) && !CAPITALISED_AFTER.test(after)) return true;
  }
  return false;
}

/** A role or group noun the body does not itself use as a name ("Government" vs "Environment Agency"). */
function isGeneric(actor: string, body: string): boolean {
  if (actor.split(' ').length > MAX_WORDS) return false;
  const head = headOf(actor);
  return (PERSON_HEADS.has(head) || BODY_HEADS.has(head)) && !usedAsName(actor, body);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Who in the body a generic headline subject stands for, or null when the body does not say. */
function holder(generic: Credited, head: string, candidates: readonly Credited[], body: string): Mention | null {
  const person = PERSON_HEADS.has(head);
  const kind = candidates.filter((c) => c.mention !== null && c.mention.person === person);
  const names = (c: Credited): boolean =>
    ` ${c.mention?.actor ?? ''} ${c.mention?.role ?? ''} `.toLowerCase().replace(/[’']s\b|[^\p{L}\s]/gu, ' ').includes(` ${head} `);
  const sameStance = (c: Credited): boolean => c.stance === generic.stance;
  // 1. the body's actor carries the noun ("Rail Union", "Varnholt's mayor"), best with the same verb;
  // 2. the body reports the same verb of someone of the right kind ("has denied");
  // 3. the body uses the noun for a named body ("monitors from the Council of …").
  const pick =
    kind.find((c) => names(c) && sameStance(c)) ??
    kind.find(names) ??
    (generic.stance !== 'says' ? kind.find(sameStance) : undefined) ??
    kind.find((c) => new RegExp(`\\b${escape(head)}\\s+(?:from|of|at|with)\\s+(?:the\\s+)?${escape(c.mention?.actor ?? '')}`, 'iu').test(body));
  return pick?.mention ?? null;
}

/** Rewrites generic headline actors in place to the person or body the update names. */
export function creditHeadlines(found: readonly Credited[], body: string): void {
  const generic = new Map<string, boolean>();
  const isGenericHere = (actor: string): boolean => {
    let verdict = generic.get(actor);
    if (verdict === undefined) generic.set(actor, (verdict = isGeneric(actor, body)));
    return verdict;
  };
  for (const f of found) {
    // The headline is read first, so its reactions lead the list.
    if (!f.headline) break;
    const actor = f.mention?.actor;
    if (actor === undefined || !isGenericHere(actor)) continue;
    const candidates = found.filter((c) => !c.headline && c.mention !== null && c.mention.anonymous !== true && !isGenericHere(c.mention.actor));
    const to = holder(f, headOf(actor), candidates, body);
    if (to !== null) f.mention = to;
  }
}
