// Reported statements whose speaker is not simply "subject + reporting verb" at the
// front: the speaker closing the sentence ("…, government spokesman X said."), wire
// style "according to X", a participle after the main clause ("X spent the morning
// insisting there was …") and the inverted headline ("Checks Were Rushed, Claims Insider").
// All read the masked sentence (quotes blanked), given its reporting verbs.

import { stripAuxiliaries } from './auxiliaries.js';
import { clauseSubject } from './clause-subject.js';
import { isNameToken, type Speaker } from './find-names.js';
import { subjectAfter, subjectBefore } from './find-subject.js';
import type { SecondVerb, Stance, VerbHit } from './stance.js';

export interface Report {
  speaker: Speaker;
  stance: Stance;
  /** What was said: [start, end) in the paragraph. */
  start: number;
  end: number;
  /** Just past the verb, where a second verb ("… and urged …") is looked for; -1 for none. */
  verbEnd: number;
  /** The second verb, when the caller has looked for it already. */
  second?: SecondVerb | null;
}

// After a closing "…, X said": nothing, or only when, where or how it was said.
const TRAILING_REST =
  /^\s*(?:(?:on|in|at|during|by|via|from|late|earlier|later|last|this|yesterday|today|overnight|afterwards)\b[^,;]{0,50})?[.!?]*\s*$/u;
// "…, the ministry told reporters.": a listener of a few words, with no reported clause.
const LISTENER_REST = /^\s*(?:[^\s,;.!?]+\s+){0,3}[^\s,;.!?]+[.!?]*\s*$/u;
const TELL = /^t(?:old|ells?)$/iu;
const MAX_COMMAS_BACK = 3;

/** "Fire crews rescued 40 people, the fire service said.": the speaker closing the sentence. */
export function trailingReport(masked: string, from: number, to: number, verbs: readonly VerbHit[]): Report | null {
  const verb = verbs[verbs.length - 1];
  if (verb === undefined) return null;
  const sentence = masked.slice(from, to);
  const rest = sentence.slice(verb.end);
  const listener = TELL.test(sentence.slice(verb.index, verb.end)) && LISTENER_REST.test(rest) && !/\bthat\b/u.test(rest);
  if (!TRAILING_REST.test(rest) && !listener) return null;
  // The subject may hold its own commas ("Kell's mayor, Pia Dorn, said"): try the nearest few.
  let comma = verb.index;
  for (let n = 0; n < MAX_COMMAS_BACK; n++) {
    comma = sentence.lastIndexOf(',', comma - 1);
    if (comma <= 0) return null;
    const before = stripAuxiliaries(sentence.slice(comma + 1, verb.index), verb.progressive);
    const subject = before === null || before.trim() === '' ? null : subjectBefore(before);
    if (subject !== null && subject.whole) {
      return { speaker: subject.speaker, stance: verb.stance, start: from, end: from + comma, verbEnd: -1 };
    }
  }
  return null;
}

const ACCORDING = /\b[Aa]ccording to\s+([^,;.]{1,80})/u;

/**
 * "According to DAB, the clinic is full." / "Nine people have died, according to the
 * health department, up from six.": the source is the speaker, the rest of the
 * sentence (before "according to" when it comes later) what it says.
 */
export function accordingTo(masked: string, from: number, to: number): Report | null {
  // Most sentences have no "according to": skip the expression for them.
  const at = masked.indexOf('ccording to', from);
  if (at < 0 || at >= to) return null;
  const sentence = masked.slice(from, to);
  const m = ACCORDING.exec(sentence);
  if (m === null) return null;
  // "the CFB": the article is not part of the name the subject reader looks for.
  const source = (m[1] ?? '').replace(/^the\s+(?=\p{Lu})/u, '');
  const subject = subjectBefore(source);
  if (subject === null || !subject.whole || subject.speaker.kind === 'blocked') return null;
  const sourceEnd = m.index + m[0].length;
  if (sentence.slice(0, m.index).trim() === '') {
    return { speaker: subject.speaker, stance: 'says', start: from + sourceEnd, end: to, verbEnd: -1 };
  }
  return { speaker: subject.speaker, stance: 'says', start: from, end: from + m.index, verbEnd: -1 };
}

// An -ing verb reports speech only when a clause follows it: "insisting that …",
// "saying the offer was …"; "a flood warning for the valley" is a noun.
const CLAUSE_AFTER =
  /^\s+(?:that\b|(?:[^\s,;.]+\s+){0,5}?(?:was|were|is|are|had|has|have|would|will|could|should|must|might|did|does|do)\b)/u;

/**
 * "Ottar Vinje spent the morning insisting there was no plan.": with no finite
 * reporting verb in the sentence, an -ing one reports what the main clause's subject said.
 */
export function participleReport(masked: string, from: number, to: number, verbs: readonly VerbHit[]): Report | null {
  for (const verb of verbs) {
    if (!verb.progressive || !CLAUSE_AFTER.test(masked.slice(from + verb.end, to))) continue;
    const speaker = clauseSubject(masked.slice(from, from + verb.index), { skipOpeners: true, minNameWords: 1 });
    if (speaker === null) return null;
    return { speaker, stance: verb.stance, start: from + verb.end, end: to, verbEnd: from + verb.end };
  }
  return null;
}

const MAX_INVERTED_WORDS = 5;

/** "Pier Checks Were Rushed, Claims Insider": a headline's speaker after its verb. */
export function invertedHeadline(masked: string, from: number, to: number, verbs: readonly VerbHit[]): Report | null {
  for (const verb of verbs) {
    const before = masked.slice(from, from + verb.index).trimEnd();
    if (!before.endsWith(',')) continue;
    const after = masked.slice(from + verb.end, to).trim().replace(/[.!?]+$/u, '');
    const words = after.split(/\s+/u);
    if (words.length > MAX_INVERTED_WORDS || !words.every(isNameToken)) return null;
    const speaker = subjectAfter(after);
    if (speaker === null || speaker.kind === 'blocked') return null;
    return { speaker, stance: verb.stance, start: from, end: from + before.length - 1, verbEnd: -1 };
  }
  return null;
}
