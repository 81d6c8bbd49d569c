// When a quotation is a quote, when it is part of a statement, and whose it is when
// no reporting verb says so: a colon after a clause ("he put the question back to
// reporters: “…”"), a name right before a headline's quote ("Pryce ‘Won’t Rule Out’
// Inquiry"), or a term in quotes that nobody said ("the so-called “budget clause”").

import { clauseSubject } from './clause-subject.js';
import type { Attribution } from './find-attribution.js';
import { subjectBefore } from './find-subject.js';

const WORD = /[\p{L}\p{N}]/u;
// A quote followed by this many more words is part of a longer statement.
const PARTIAL_QUOTE_TAIL_WORDS = 3;
// "… “…” in a televised address on Wednesday.": where and when, not more of the statement.
const ADVERBIAL_TAIL = /^[\s,]*(?:in|on|at|during|after|before|last|this|earlier|later|while|from|to|at)\b[^,;]*$/iu;
// The same for a quote inside reported speech, where "from"/"to" usually carry on the
// reported clause ("said he would “not bow to pressure” from abroad").
const EVENT_TAIL = /^[\s,]*(?:in|on|at|during|after|before|last|this|earlier|later|while)\b[^,;]*$/iu;
// What may stand between a reporting verb and a quote that is the whole of what was said.
const DIRECT_OPENER = /^[\s,:\u2014\u2013-]*(?:that\b)?[\s,:]*$/iu;

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => WORD.test(w)).length;
}

export function statementText(raw: string): string {
  return raw
    .replace(/\s+/gu, ' ')
    .trim()
    // "According to DAB, the clinic …": the comma after the source is not part of it.
    .replace(/^[,;:]\s*/u, '')
    .replace(/^that\s+/iu, '')
    .replace(/[\s.,;:!?]+$/u, '');
}

/** True when nothing but "that", a colon or a dash stands between the verb and the quote. */
export function isDirect(opener: string): boolean {
  return DIRECT_OPENER.test(opener);
}

/**
 * True when a quote introduced by a verb is only part of the reported sentence: more
 * of it follows the quote ("…”, but that …"), or the quote sits inside reported
 * speech that has begun before it and carries on after it ("said he would “…” from abroad").
 */
export function isFragment(opener: string, tail: string): boolean {
  if (!isDirect(opener)) return wordCount(tail) > 0 && !EVENT_TAIL.test(tail);
  return wordCount(tail) >= PARTIAL_QUOTE_TAIL_WORDS && !ADVERBIAL_TAIL.test(tail);
}

/**
 * `X did something: “…”`: a colon hands the quote to the subject of the clause before
 * it, whatever its verb ("set out its objections at length:", "put the question back:").
 */
export function colonAttribution(masked: string, sentenceStart: number, quoteStart: number): Attribution | null {
  const lead = masked.slice(sentenceStart, quoteStart).trimEnd();
  if (!lead.endsWith(':')) return null;
  const speaker = clauseSubject(lead.slice(0, -1), { skipOpeners: true, minNameWords: 1 });
  if (speaker === null) return null;
  return { speaker, stance: 'says', side: 'before', verbEnd: sentenceStart + lead.length };
}

// Words that make the quote after them a name for something, not something said:
// "the so-called “…”", "a “…”", "what it called “…”".
const TERM_BEFORE = /(?:^|\s)(?:so-called|dubbed|termed|nicknamed|known as|the|a|an|its|their|his|her|this|that)\s*$/iu;

/** "the so-called “budget by decree clause”": a term in quotes that nobody is quoted as saying. */
export function isTermQuote(masked: string, sentenceStart: number, quoteStart: number): boolean {
  return TERM_BEFORE.test(masked.slice(Math.max(sentenceStart, quoteStart - 40), quoteStart));
}

/**
 * "Pryce ‘Won’t Rule Out’ Public Inquiry": in a headline, a name right before the quoted
 * words is who said them (tabloid shorthand for "Pryce says she won't rule out …").
 */
export function headlineQuoteSpeaker(masked: string, sentenceStart: number, quoteStart: number): Attribution | null {
  const before = masked.slice(sentenceStart, quoteStart);
  if (before.trim() === '') return null;
  const subject = subjectBefore(before);
  if (subject === null || !subject.whole || subject.speaker.kind !== 'named') return null;
  return { speaker: subject.speaker, stance: 'says', side: 'before', verbEnd: quoteStart };
}
