// Finds top-level quotations in one paragraph, telling quote marks from apostrophes.
// Every lookup goes through "next closer at or after i" tables filled in one backward
// pass, so a paragraph full of stray marks still costs linear time.

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

function nextTable(text: string, accept: (i: number) => boolean): Int32Array {
  const table = new Int32Array(text.length + 1);
  let next = -1;
  table[text.length] = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (accept(i)) next = i;
    table[i] = next;
  }
  return table;
}

function at(table: Int32Array, i: number): number {
  return i < table.length ? (table[i] ?? -1) : -1;
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
  const none = new Int32Array(0);
  const hasSingle = text.includes('’') || text.includes("'");
  const curlyClose = text.includes('”') ? nextTable(text, (i) => text[i] === '”') : none;
  const guillemetClose = text.includes('»') ? nextTable(text, (i) => text[i] === '»') : none;
  const straightClose = text.includes('"')
    ? nextTable(text, (i) => text[i] === '"' && !isSpace(text[i - 1]))
    : none;
  const isSingle = (i: number): boolean => (text[i] === '’' || text[i] === "'") && closesSingle(text, i);
  const singleClose = hasSingle ? nextTable(text, isSingle) : none;
  const strongSingleClose = hasSingle ? nextTable(text, (i) => isSingle(i) && !looksPossessive(text, i)) : none;
  const singleOpen = hasSingle
    ? nextTable(text, (i) => (text[i] === '‘' || text[i] === "'") && opensWord(text, i))
    : none;

  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    let close = -1;
    if (c === '“') close = at(curlyClose, i + 1);
    else if (c === '«') close = at(guillemetClose, i + 1);
    else if (c === '"' && opensWord(text, i)) close = at(straightClose, i + 1);
    else if ((c === '‘' || c === "'") && opensWord(text, i)) {
      close = at(singleClose, i + 1);
      if (close >= 0 && looksPossessive(text, close)) {
        // Prefer a later, unambiguous closer if no new quote opens before it.
        const strong = at(strongSingleClose, close + 1);
        const reopen = at(singleOpen, close + 1);
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
