// Finds top-level quotations in one paragraph, telling quote marks from apostrophes.
// Every lookup goes through "next closer at or after i" finders that reuse their last
// answer, so a paragraph full of stray marks still costs linear time.

export interface QuoteSpan {
  /** Index of the opening mark. */
  start: number;
  /** Index just past the closing mark. */
  end: number;
  /** The words between the marks, trimmed. */
  inner: string;
  words: number;
}

/** Fewer words than this is a scare quote (‘mutiny’), not something someone said. */
export const MIN_QUOTE_WORDS = 3;

const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“‘"'«]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const LOWER = /\p{Ll}/u;
const ANY_MARK = /[“«"‘']/u;

function isSpace(c: string | undefined): boolean {
  return c === undefined || SPACE.test(c);
}

/** An opening mark starts a word: nothing or a space/bracket before it, a non-space after. */
function opensWord(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || OPEN_CONTEXT.test(before)) && !isSpace(after);
}

/** ’ or ' closes a quote only when a letter is not glued after it (don’t, Mali’s, 90’s). */
function closesSingle(text: string, i: number): boolean {
  const after = text[i + 1];
  return !isSpace(text[i - 1]) && (after === undefined || !LETTER_OR_DIGIT.test(after));
}

/** "soldiers’ demands": a plural possessive that would otherwise end a quote too early. */
function looksPossessive(text: string, i: number): boolean {
  const before = text[i - 1];
  return (before === 's' || before === 'S') && text[i + 1] === ' ' && LOWER.test(text[i + 2] ?? '');
}

/**
 * "Next index at or after `from` whose character is one of `chars` and passes
 * `accept`". findQuotes only ever asks with a growing `from`, so the last answer
 * is reused while it still lies ahead, and each mark is looked at a bounded number
 * of times: linear in the paragraph, without building a table per paragraph.
 */
function nextFinder(text: string, chars: string, accept: (i: number) => boolean): (from: number) => number {
  let askedFrom = Number.MAX_SAFE_INTEGER;
  let answer = -1;
  // Where each candidate character next occurs, also reused while still ahead.
  const nextChar = Array.from(chars, () => -2);
  const candidate = (from: number): number => {
    let best = -1;
    for (let k = 0; k < chars.length; k++) {
      let at = nextChar[k] ?? -2;
      if (at !== -1 && at < from) {
        at = text.indexOf(chars[k] ?? '', from);
        nextChar[k] = at;
      }
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  };
  return (from: number): number => {
    if (from >= askedFrom && (answer < 0 || from <= answer)) return answer;
    // Asked further back than before (never in findQuotes): forget what lies ahead.
    if (from < askedFrom) nextChar.fill(-2);
    askedFrom = from;
    answer = -1;
    for (let i = candidate(from); i >= 0; i = candidate(i + 1)) {
      if (accept(i)) {
        answer = i;
        break;
      }
    }
    return answer;
  };
}

function countWords(s: string): number {
  let words = 0;
  let inWord = false;
  for (const c of s) {
    const space = SPACE.test(c);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Top-level quotations of `text` (nested marks are part of the outer quote). */
export function findQuotes(text: string): QuoteSpan[] {
  // Most paragraphs have no marks at all; skip the tables for them.
  if (!ANY_MARK.test(text)) return [];
  const never = (): number => -1;
  const hasSingle = text.includes('’') || text.includes("'");
  const curlyClose = text.includes('”') ? nextFinder(text, '”', () => true) : never;
  const guillemetClose = text.includes('»') ? nextFinder(text, '»', () => true) : never;
  const straightClose = text.includes('"') ? nextFinder(text, '"', (i) => !isSpace(text[i - 1])) : never;
  const isSingle = (i: number): boolean => closesSingle(text, i);
  const singleClose = hasSingle ? nextFinder(text, '’\'', isSingle) : never;
  const strongSingleClose = hasSingle ? nextFinder(text, '’\'', (i) => isSingle(i) && !looksPossessive(text, i)) : never;
  const singleOpen = hasSingle ? nextFinder(text, '‘\'', (i) => opensWord(text, i)) : never;

  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    let close = -1;
    if (c === '“') close = curlyClose(i + 1);
    else if (c === '«') close = guillemetClose(i + 1);
    else if (c === '"' && opensWord(text, i)) close = straightClose(i + 1);
    else if ((c === '‘' || c === "'") && opensWord(text, i)) {
      close = singleClose(i + 1);
      if (close >= 0 && looksPossessive(text, close)) {
        // Prefer a later, unambiguous closer if no new quote opens before it.
        const strong = strongSingleClose(close + 1);
        const reopen = singleOpen(close + 1);
        if (strong >= 0 && (reopen < 0 || reopen > strong)) close = strong;
      }
    }
    if (close > i) {
      const inner = text.slice(i + 1, close).trim();
      quotes.push({ start: i, end: close + 1, inner, words: countWords(inner) });
      i = close + 1;
    } else {
      i++;
    }
  }
  return quotes;
}

/** Same-length copy of `text` with every quotation blanked, so verbs inside quotes are not seen. */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let out = '';
  let from = 0;
  for (const q of quotes) {
    out += text.slice(from, q.start) + '\u2063'.repeat(q.end - q.start);
    from = q.end;
  }
  return out + text.slice(from);
}

/** The quoted words as shown in the pane: whitespace collapsed, trailing "," or ";" dropped. */
export function quoteText(q: QuoteSpan): string {
  return q.inner.replace(/\s+/g, ' ').replace(/[,;:\s]+$/u, '');
}
