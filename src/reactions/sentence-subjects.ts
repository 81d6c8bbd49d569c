// Who a sentence is about: the mention opening a clause with its verb right after it. The
// discourse memory counts them, so that "he" and "the minister" point back to a subject
// or a speaker, never to someone only mentioned in passing.

import { SUBORDINATORS as SUBORDINATOR_WORDS } from './lexicon/function-words.js';
import { W } from './lexicon/lexicon.js';
import type { Mention } from './mention.js';
import type { Element, ReadSentence } from './read-elements.js';

const SUBORDINATORS = new Set(SUBORDINATOR_WORDS);

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
