// A sentence as a short string of element codes, one character per element, which the
// attribution patterns (attribution-patterns.ts) match as regular expressions:
//   Q quotation (3+ words)   q short quotation   S speaker (name, role, pronoun)
//   O outlet   C crowd   V reporting verb with its auxiliaries   G participle ("saying")
//   T "according to"   t "that"   A "and"/"but"   B "after", "when"…   r aside   w other words
//   U "as saying" after its speaker ("quoted her as saying")
//   , : ; - .  punctuation
// "“…,” Jane Doe, a ministry spokesperson, said." is "Q,SV." once chunked.

import { chunkMentions } from './chunk-mentions.js';
import { isCountry, verbForms, W, type VerbForm } from './lexicon/lexicon.js';
import type { Stance } from './lexicon/reporting-verbs.js';
import type { Mention } from './mention.js';
import type { Block, Sentence, Token } from './tokenise.js';

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

export interface ReadSentence {
  block: Block;
  /** Index of the sentence in its block. */
  index: number;
  sentence: Sentence;
  /** Empty for a sentence with nothing that can attribute (no quotation, reporting verb or colon). */
  elements: Element[];
  codes: string;
  mentions: Mention[];
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
const MODAL_OR_DO = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did']);
// "is expected to warn", "is set to announce": a reporting verb still to come.
const FUTURE = new Set(['expected', 'set', 'due', 'going', 'likely', 'poised', 'about', 'ready', 'preparing', 'planning', 'expects']);
const LISTENER_VERBS = new Set(['tell', 'remind', 'assure', 'inform']);
// "issued a statement warning that …": the -ing verb reports what the statement said.
const SAYING_NOUNS = new Set(['statement', 'letter', 'tweet', 'post', 'message', 'video', 'interview', 'note', 'release', 'report', 'speech', 'address']);
const SPEAKER_CODES = new Set(['S', 'C', 'O']);
const PASSIVE_NEXT = new Set(['', 'as', 'to', 'by', 'after', 'amid', 'over', 'of', 'in', 'for', 'at', 'on', 'with']);
// A new clause, with a subject of its own, starts after these: "two days after the PM announced …".
const SUBORDINATORS = new Set(['as', 'after', 'when', 'while', 'because', 'since', 'before', 'although', 'though', 'if', 'until', 'whereas', 'once']);
const MAX_AUX = 6;

interface Builder {
  tokens: readonly Token[];
  headline: boolean;
  sentenceStart: number;
  sentenceEnd: number;
  elements: Element[];
  mentionAt: Map<number, Mention>;
}

function lastCode(b: Builder): string {
  return b.elements[b.elements.length - 1]?.code ?? '^';
}

function pushPlain(b: Builder, i: number): void {
  const last = b.elements[b.elements.length - 1];
  if (last !== undefined && last.code === 'w' && last.end === i) last.end = i + 1;
  else b.elements.push({ code: 'w', start: i, end: i + 1 });
}

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

function readVerb(b: Builder, i: number, end: number): number {
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
  if (LISTENER_VERBS.has(form.row.lemma)) {
    const listener = b.mentionAt.get(verbEnd);
    if (listener !== undefined) verbEnd = listenerEnd(tokens, listener);
    else if ((tokens[verbEnd]?.flags ?? 0) & W.PRON_OTHER && tokens[verbEnd]?.lower !== 'that') verbEnd++;
    else verbEnd = beforeThat(tokens, verbEnd, end);
  }
  cutBack(b, aux.from);
  b.elements.push({ code, start: aux.from, end: Math.min(verbEnd, end), verb: { stance: form.row.stance, form, end: verbEnd, at: i } });
  return Math.min(verbEnd, end);
}

/** ", who …," and ", visiting the site," — not ", saying …", which reports. */
function opensAside(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || t.cap) return false;
  if (t.lower === 'who' || t.lower === 'which') return true;
  return t.lower.endsWith('ing') && t.lower !== 'according' && t.lower.length > 5 && (t.flags & W.VERB) === 0 && (t.flags & (W.PREP | W.DET)) === 0;
}

function nextIsVerb(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (((tokens[k]?.flags ?? 0) & W.ADV) !== 0) k++;
  const t = tokens[k];
  return t !== undefined && (t.flags & W.VERB) !== 0 && !t.lower.endsWith('ing');
}

/**
 * A verb, going by its shape: an auxiliary, or a lower-case word in -s or -ed ("starts",
 * "arrived"); right after the sentence's opening name, any lower-case word that is not a
 * preposition or an article ("Jane Doe spoke on television").
 */
export function verbLike(s: ReadSentence, e: Element | undefined, opening: boolean): boolean {
  if (e === undefined) return false;
  if (e.code === 'V') return true;
  const t = s.block.tokens[e.start];
  if (e.code !== 'w' || t === undefined || t.kind !== 'word' || t.cap) return false;
  if ((t.flags & W.AUX) !== 0) return true;
  if ((t.flags & (W.DET | W.PREP | W.CONJ)) !== 0) return false;
  return opening || ((t.flags & W.ADV) === 0 && /(?:[^s]s|ed)$/u.test(t.lower));
}

/** A sentence with no quotation, reporting verb, "according to" or colon attributes nothing. */
function canAttribute(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || (t.flags & W.VERB) !== 0 || t.text === ':' || t.lower === 'according') return true;
  }
  return false;
}

/** Subjects of a sentence: a mention opening a clause with a verb right after it. */
export function subjectsOf(s: ReadSentence): Mention[] {
  if (s.elements.length === 0) return quietSubjects(s);
  const out: Mention[] = [];
  const { elements } = s;
  elements.forEach((e, n) => {
    if (e.mention === undefined || e.code !== 'S') return;
    const next = elements[n + 1]?.code === ',' && elements[n + 2]?.code === 'r' ? elements[n + 4] : elements[n + 1];
    const before = elements[n - 1]?.code ?? '^';
    if (next?.code === 'V' || ((before === '^' || before === ',' || before === 'A' || before === 'B') && verbLike(s, next, before === '^'))) out.push(e.mention);
  });
  return out;
}

/** The same, read from the mentions alone, for a sentence that was not read into elements. */
function quietSubjects(s: ReadSentence): Mention[] {
  const { tokens } = s.block;
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (m.possessive || m.kind === 'outlet' || m.kind === 'crowd') continue;
    const before = tokens[m.start - 1];
    const opening = m.start === s.sentence.start || (before?.kind === 'punct' && m.start - 1 === s.sentence.start);
    const clause = opening || before?.text === ',' || before?.lower === 'and' || before?.lower === 'but' || SUBORDINATORS.has(before?.lower ?? '');
    const next = tokens[m.end];
    if (!clause || next === undefined || next.kind !== 'word' || next.cap) continue;
    if ((next.flags & W.AUX) !== 0) out.push(m);
    else if ((next.flags & (W.DET | W.PREP | W.CONJ)) === 0 && (opening || ((next.flags & W.ADV) === 0 && /(?:[^s]s|ed)$/u.test(next.lower)))) out.push(m);
  }
  return out;
}

/** Reads one sentence into elements. */
export function readSentence(block: Block, index: number): ReadSentence {
  const sentence = block.sentences[index] as Sentence;
  const { tokens } = block;
  const headline = block.kind === 'headline';
  const mentions = chunkMentions(tokens, sentence.start, sentence.end, headline);
  // Most sentences of news prose attribute nothing: their mentions are all the memory needs.
  if (block.kind !== 'signature' && !canAttribute(tokens, sentence.start, sentence.end)) {
    return { block, index, sentence, elements: [], codes: '', mentions };
  }
  const b: Builder = { tokens, headline, sentenceStart: sentence.start, sentenceEnd: sentence.end, elements: [], mentionAt: new Map() };
  for (const m of mentions) b.mentionAt.set(m.start, m);
  let i = sentence.start;
  const end = sentence.end;
  // A list marker or a dash opening the line is not part of the sentence.
  while (i < end && tokens[i]?.kind === 'punct' && /^[•·*–—-]$/u.test(tokens[i]?.text ?? '')) i++;
  b.sentenceStart = i;
  while (i < end) {
    const t = tokens[i] as Token;
    if (t.quote >= 0) {
      const q = block.quotes[t.quote];
      let j = i;
      while (j < end && tokens[j]?.quote === t.quote) j++;
      const long = q !== undefined && (q.words >= 3 || ((q.open || q.headless) && q.words > 0));
      b.elements.push({ code: long ? 'Q' : 'q', start: i, end: j, quote: t.quote });
      i = j;
      continue;
    }
    const m = b.mentionAt.get(i);
    if (m !== undefined && !m.possessive) {
      const code = m.kind === 'outlet' ? 'O' : m.kind === 'crowd' ? 'C' : 'S';
      // A verb inside a mention's span ends it there: "Mali PM calls" keeps "calls" as the verb.
      b.elements.push({ code, start: i, end: m.end, mention: m });
      i = m.end;
      continue;
    }
    if (t.kind === 'word' && (t.flags & W.VERB) !== 0) {
      const next = readVerb(b, i, end);
      if (next > i) {
        i = next;
        continue;
      }
    }
    if (t.kind === 'word' && t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      b.elements.push({ code: 'T', start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if (t.kind === 'word' && t.lower === 'that' && (lastCode(b) === 'V' || lastCode(b) === 'G')) {
      b.elements.push({ code: 't', start: i, end: i + 1 });
    } else if (t.kind === 'word' && (t.lower === 'and' || t.lower === 'but')) {
      b.elements.push({ code: 'A', start: i, end: i + 1 });
    } else if (t.kind === 'word' && SUBORDINATORS.has(t.lower) && !(t.lower === 'as' && tokens[i + 1]?.lower.endsWith('ing') === true)) {
      // "two days after the PM announced …": a clause with a subject of its own begins.
      b.elements.push({ code: 'B', start: i, end: i + 1 });
    } else if (t.kind === 'punct' && t.text === ',' && opensAside(tokens, i + 1)) {
      // ", who runs the port," / ", visiting the site," — an aside between a speaker and the verb.
      let j = i + 1;
      while (j < end && !(tokens[j]?.text === ',' && tokens[j]?.quote === -1)) j++;
      b.elements.push({ code: ',', start: i, end: i + 1 }, { code: 'r', start: i + 1, end: j });
      i = j;
      continue;
    } else if (t.kind === 'word' && (t.lower === 'that' || t.lower === 'which') && nextIsVerb(tokens, i + 1)) {
      // "… in a statement that also urged …": a second verb of the same speaker.
      b.elements.push({ code: 'A', start: i, end: i + 1 });
    } else if (t.kind === 'punct' && t.text.length === 1 && ',:;'.includes(t.text)) {
      b.elements.push({ code: t.text, start: i, end: i + 1 });
    } else if (t.kind === 'punct' && (t.text === '—' || t.text === '–' || t.text === '-')) {
      b.elements.push({ code: '-', start: i, end: i + 1 });
    } else if (t.kind === 'punct' && /^[.!?…]$/u.test(t.text)) {
      b.elements.push({ code: '.', start: i, end: i + 1 });
    } else {
      pushPlain(b, i);
    }
    i++;
  }
  return { block, index, sentence, elements: b.elements, codes: b.elements.map((e) => e.code).join(''), mentions };
}
