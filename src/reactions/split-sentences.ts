// Sentence boundaries that never fall inside a quotation, so a quote that runs over
// several sentences stays in the sentence that introduces or attributes it.

import type { QuoteSpan } from './find-quotes.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

// A full stop after these is not the end of a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'prof',
  'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'rev', 'hon', 'adm', 'cmdr',
]);

const TERMINATOR = /[.!?]/;
const TERMINATORS = /[.!?]/g;
const LETTER = /\p{L}/u;
const STARTS_SENTENCE = /[\p{Lu}\p{N}“‘"'«(\[]/u;
const SPACE = /\s/u;

function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && LETTER.test(text[from - 1] ?? '')) from--;
  const word = text.slice(from, dot);
  // Single letters are initials ("J. Smith"); "U.S." ends in one too.
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

/** Where the next sentence starts if one ends at `after`, else -1. */
function nextStart(text: string, after: number): number {
  if (after >= text.length) return -1;
  if (!SPACE.test(text[after] ?? '')) return -1;
  let j = after;
  while (j < text.length && SPACE.test(text[j] ?? '')) j++;
  return j < text.length && STARTS_SENTENCE.test(text[j] ?? '') ? j : -1;
}

/** Sentence spans of `text`, given its quotations (from findQuotes on the same text). */
export function splitSentences(text: string, quotes: readonly QuoteSpan[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let q = 0;
  let i = 0;
  const cut = (end: number, next: number): void => {
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
    start = next;
  };
  while (i < text.length) {
    while (quotes[q] !== undefined && (quotes[q]?.start ?? 0) < i) q++;
    const quote = quotes[q];
    // Jump to whichever comes first, the next quotation or the next terminator:
    // nothing in between can end a sentence.
    TERMINATORS.lastIndex = i;
    const t = TERMINATORS.exec(text)?.index ?? -1;
    if (quote !== undefined && (t < 0 || quote.start < t)) {
      q++;
      i = quote.end;
      // “… down.” The next sentence: the quote's own full stop ends this sentence.
      if (TERMINATOR.test(quote.inner.slice(-1))) {
        const next = nextStart(text, i);
        if (next >= 0) {
          cut(i, next);
          i = next;
        }
      }
      continue;
    }
    if (t < 0) break;
    i = t;
    if (!(text[i] === '.' && isAbbreviation(text, i))) {
      let end = i + 1;
      while (end < text.length && TERMINATOR.test(text[end] ?? '')) end++;
      const next = nextStart(text, end);
      if (next >= 0) {
        cut(end, next);
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  cut(text.length, text.length);
  return spans;
}
