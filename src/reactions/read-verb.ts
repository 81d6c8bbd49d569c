// Reading a reporting verb in its sentence: the auxiliaries in front of it ("has also
// said", "is expected to warn"), whether it reports speech here at all (not "were urged",
// not "a flood warning", not "the demands would add"), and the listener after it ("told
// reporters"), which is not what was said.

import { BE_FORMS, FUTURE_MARKERS, MODALS_AND_DO, PASSIVE_FOLLOWERS } from './lexicon/function-words.js';
import { isCountry, verbForms, W, type VerbForm } from './lexicon/lexicon.js';
import { STATEMENT_NOUNS, type Stance } from './lexicon/reporting-verbs.js';
import type { Mention } from './mention.js';
import type { Token } from './tokenise.js';

export interface VerbHit {
  stance: Stance;
  form: VerbForm;
  /** Token just past the verb and its particles (and its listener: "told reporters"). */
  end: number;
  /** Token of the verb itself. */
  at: number;
}

export interface Element {
  code: string;
  start: number;
  end: number;
  mention?: Mention;
  verb?: VerbHit;
  quote?: number;
}

/** A sentence's elements as they are being read. */
export interface Builder {
  tokens: readonly Token[];
  headline: boolean;
  sentenceStart: number;
  sentenceEnd: number;
  elements: Element[];
  mentionAt: Map<number, Mention>;
}

const BE = new Set(BE_FORMS);
const MODAL_OR_DO = new Set(MODALS_AND_DO);
const FUTURE = new Set(FUTURE_MARKERS);
// "issued a statement warning that …": the -ing verb reports what the statement said.
const SAYING_NOUNS = new Set(STATEMENT_NOUNS);
const SPEAKER_CODES = new Set(['S', 'C', 'O']);
const PASSIVE_NEXT = new Set(PASSIVE_FOLLOWERS);
const MAX_AUX = 6;

function pickForm(tokens: readonly Token[], i: number, forms: readonly VerbForm[]): VerbForm | null {
  for (const f of forms) {
    if (f.particles.every((p, k) => tokens[i + 1 + k]?.lower === p)) return f;
  }
  return null;
}

/** Where the auxiliaries in front of the verb at `i` begin, and what they say about it. */
function auxiliaries(b: Builder, i: number): { from: number; be: boolean; modal: boolean; negated: boolean; quotedAs: boolean } {
  const { tokens } = b;
  let from = i;
  let be = false;
  let modal = false;
  let negated = false;
  let quotedAs = false;
  // Never back into a mention or a quotation already read.
  let floor = b.sentenceStart;
  for (let n = b.elements.length - 1; n >= 0; n--) {
    const e = b.elements[n] as Element;
    if (e.code !== 'w') {
      floor = Math.max(floor, e.end);
      break;
    }
  }
  for (let k = i - 1; k >= floor && i - k <= MAX_AUX; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'poss' && t.lower !== '’' && t.lower !== "'" && tokens[k - 1]?.kind === 'word' && ((tokens[k - 1]?.flags ?? 0) & (W.PRON_PERSON | W.PRON_GROUP)) !== 0) {
      // "he’s warned", "it’s said".
      modal = true;
      from = k;
      continue;
    }
    if (t.kind !== 'word' || t.quote >= 0) break;
    if (BE.has(t.lower)) be = true;
    else if (MODAL_OR_DO.has(t.lower) || t.lower === 'has' || t.lower === 'have' || t.lower === 'had') modal = true;
    else if ((t.flags & W.NEG) !== 0) negated = true;
    else if (t.lower === 'quoted' && tokens[k + 1]?.lower === 'as') quotedAs = true;
    else if (t.lower === 'as' && tokens[k - 1]?.lower === 'quoted') { /* part of "quoted as" */ }
    else if (t.lower === 'to' && FUTURE.has(tokens[k - 1]?.lower ?? '')) modal = true;
    else if (FUTURE.has(t.lower) && tokens[k + 1]?.lower === 'to') modal = true;
    else if ((t.flags & W.ADV) === 0 && (t.flags & W.TIME) === 0) break;
    from = k;
  }
  return { from, be, modal, negated, quotedAs };
}

/** The element code of a reporting verb at `i` here ('V' or 'G'), or null when it is not one. */
function verbCode(b: Builder, i: number, form: VerbForm, aux: ReturnType<typeof auxiliaries>): 'V' | 'G' | 'U' | null {
  if (aux.negated) return null;
  const { tokens } = b;
  const before = tokens[aux.from - 1];
  const prevCode = aux.from > b.sentenceStart ? codeBefore(b, aux.from) : '^';
  const afterSpeaker = SPEAKER_CODES.has(prevCode);
  if (aux.quotedAs) return 'V';
  if (form.kind === 'ing') {
    if (aux.be && aux.from < i) return 'V';
    // "quoted Kessel herself as saying": the one quoted is the speaker.
    if (before?.lower === 'as') return 'U';
    if (before?.text === ',' || before?.lower === 'by' || prevCode === '^' || SAYING_NOUNS.has(before?.lower ?? '')) return 'G';
    return null;
  }
  // "were urged to leave", "was accused of": the subject is spoken to, not speaking.
  if (aux.be && form.kind === 'past' && !aux.modal) return null;
  // Headlines drop the "was": "Emergency declared as defences fail", "Residents urged to leave".
  if (b.headline && form.kind === 'past' && aux.from === i && PASSIVE_NEXT.has(tokens[i + 1 + form.particles.length]?.lower ?? '')) return null;
  // "she will say" — but not "the demands would add 40 million to costs".
  if (form.kind === 'base') return afterSpeaker || (aux.modal && (prevCode === 'Q' || prevCode === ',')) ? 'V' : null;
  if (afterSpeaker || prevCode === 'Q' || prevCode === 'q' || prevCode === ',' || prevCode === 'r') return 'V';
  // "… for four months, says Chancellor Kessel": the speaker after the verb ends the sentence.
  const after = b.mentionAt.get(i + 1 + form.particles.length);
  if (after !== undefined && after.kind !== 'pronoun' && (tokens[after.end] === undefined || tokens[after.end]?.kind === 'punct' || after.end >= b.sentenceEnd)) return 'V';
  // "… called on X and urged Y": a second verb of the same speaker.
  if (prevCode === 'A' && b.elements.some((e) => e.code === 'V')) return 'V';
  return b.headline && prevCode === '^' ? null : aux.modal && afterSpeaker ? 'V' : null;
}

function codeBefore(b: Builder, tokenIndex: number): string {
  for (let n = b.elements.length - 1; n >= 0; n--) {
    const e = b.elements[n] as Element;
    if (e.start < tokenIndex) return e.end <= tokenIndex ? e.code : 'w';
  }
  return '^';
}

/** Drops the plain elements that the verb's auxiliaries turn out to cover. */
function cutBack(b: Builder, from: number): void {
  while (b.elements.length > 0) {
    const last = b.elements[b.elements.length - 1] as Element;
    if (last.end <= from) return;
    if (last.code !== 'w' || last.start < from) {
      if (last.code === 'w') last.end = from;
      return;
    }
    b.elements.pop();
  }
}

/** "tells Kessel Ruritania will …": a country glued to the listener's name starts what was said. */
function listenerEnd(tokens: readonly Token[], listener: Mention): number {
  const last = tokens[listener.end - 1];
  if (listener.kind === 'name' && listener.end - listener.start > 1 && last !== undefined && (last.upper || isCountry(last.lower)) && listener.org !== true) {
    return listener.end - 1;
  }
  return listener.end;
}

/** "told reporters after the vote that …": the listener runs up to "that". */
function beforeThat(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end && k - from < 8; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that') return k;
    if (t.kind !== 'word' || t.quote >= 0) break;
  }
  return from;
}

export function readVerb(b: Builder, i: number, end: number): number {
  const { tokens } = b;
  const t = tokens[i] as Token;
  if (t.cap && !b.headline && i !== b.sentenceStart) return -1;
  const forms = verbForms(t.lower);
  if (forms === undefined) return -1;
  const form = pickForm(tokens, i, forms);
  if (form === null) return -1;
  const aux = auxiliaries(b, i);
  const code = verbCode(b, i, form, aux);
  if (code === null) return -1;
  let verbEnd = i + 1 + form.particles.length;
  // "told reporters", "told the BBC": whom it was said to is not what was said.
  // "told reporters": a verb of telling whose listener stands before what was said.
  if (form.row.listener === true && form.row.takes === 'clause') {
    const listener = b.mentionAt.get(verbEnd);
    if (listener !== undefined) verbEnd = listenerEnd(tokens, listener);
    else if ((tokens[verbEnd]?.flags ?? 0) & W.PRON_OTHER && tokens[verbEnd]?.lower !== 'that') verbEnd++;
    else verbEnd = beforeThat(tokens, verbEnd, end);
  }
  cutBack(b, aux.from);
  b.elements.push({ code, start: aux.from, end: Math.min(verbEnd, end), verb: { stance: form.row.stance, form, end: verbEnd, at: i } });
  return Math.min(verbEnd, end);
}
