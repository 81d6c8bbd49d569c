// A sentence as a short string of element codes, one character per element, which the
// attribution patterns (attribution-patterns.ts) match as regular expressions:
//   Q quotation (3+ words)   q short quotation   S speaker (name, role, pronoun)
//   O outlet   C crowd   V reporting verb with its auxiliaries   G participle ("saying")
//   T "according to"   t "that"   A "and"/"but"   B "after", "when"…   r aside   w other words
//   U "as saying" after its speaker ("quoted her as saying")
//   , : ; - .  punctuation
// "“…,” Jane Doe, a ministry spokesperson, said." is "Q,SV." once chunked.

import { chunkMentions } from './chunk-mentions.js';
import { SUBORDINATORS as SUBORDINATOR_WORDS } from './lexicon/function-words.js';
import { W } from './lexicon/lexicon.js';
import type { Mention } from './mention.js';
import { readVerb, type Builder, type Element } from './read-verb.js';
import type { Block, Sentence, Token } from './tokenise.js';

export type { Element, VerbHit } from './read-verb.js';

const SUBORDINATORS = new Set(SUBORDINATOR_WORDS);

function lastCode(b: Builder): string {
  return b.elements[b.elements.length - 1]?.code ?? '^';
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

function pushPlain(b: Builder, i: number): void {
  const last = b.elements[b.elements.length - 1];
  if (last !== undefined && last.code === 'w' && last.end === i) last.end = i + 1;
  else b.elements.push({ code: 'w', start: i, end: i + 1 });
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

/** A sentence with no quotation, reporting verb, "according to" or colon attributes nothing. */
function canAttribute(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || (t.flags & W.VERB) !== 0 || t.text === ':' || t.lower === 'according') return true;
  }
  return false;
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
