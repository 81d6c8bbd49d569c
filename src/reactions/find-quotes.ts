// Finds top-level quotations in one paragraph, telling quote marks from apostrophes.
// Every lookup goes through "next closer at or after i" finders that reuse their last
// answer, so a paragraph full of stray marks still costs linear time.

export interface QuoteSpan {
  /** Index of the opening mark (0 for a quote the paragraph continues from before). */
  start: number;
  /** Index just past the closing mark (the paragraph's end for a quote left open). */
  end: number;
  /** Where the quoted words start and end, inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** No closing mark in the paragraph: the quote runs on into the next one. */
  open: boolean;
  /** No opening mark: the paragraph carries on a quote opened before it (block quotes). */
  headless: boolean;
}

const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“‘"'«:]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const LOWER = /\p{Ll}/u;
const ANY_MARK = /[“«"‘'”’»]/u;
// Where a quotation may begin even if it never closes: the paragraph's start, or after a
// sentence, a colon or a comma ("she said: “…", "…, he said. “…").
const QUOTE_START_BEFORE = /(?:^|[.!?:,;]\s+|[—–]\s*)$/u;

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

/** A double closing mark: ”, », a straight " that does not open a word, or a typed ’’. */
function closesDouble(text: string, i: number): boolean {
  const c = text[i];
  if (c === '”' || c === '»') return true;
  if (c === '"') return !isSpace(text[i - 1]) || isSpace(text[i + 1]);
  return c === '’' && text[i + 1] === '’';
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

function span(text: string, start: number, closeAt: number, closeLength: number, open: boolean, headless: boolean): QuoteSpan {
  let innerStart = headless ? start : start + 1;
  let innerEnd = open ? text.length : closeAt;
  while (innerStart < innerEnd && isSpace(text[innerStart])) innerStart++;
  while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
  return { start, end: open ? text.length : closeAt + closeLength, innerStart, innerEnd, open, headless };
}

/**
 * Top-level quotations of `text` (nested marks are part of the outer quote). With
 * `continues`, text before a closing mark that no opening mark matches is a quote
 * carried on from before (a block quote's later paragraph).
 */
export function findQuotes(text: string, continues = false): QuoteSpan[] {
  // Most paragraphs have no marks at all; skip the tables for them.
  if (!ANY_MARK.test(text)) return [];
  const never = (): number => -1;
  const hasSingle = text.includes('’') || text.includes("'");
  const doubleClose = nextFinder(text, '”»"’', (i) => closesDouble(text, i));
  const isSingle = (i: number): boolean => closesSingle(text, i);
  const singleClose = hasSingle ? nextFinder(text, '’\'', isSingle) : never;
  const strongSingleClose = hasSingle ? nextFinder(text, '’\'', (i) => isSingle(i) && !looksPossessive(text, i)) : never;
  const singleOpen = hasSingle ? nextFinder(text, '‘\'', (i) => opensWord(text, i)) : never;

  const quotes: QuoteSpan[] = [];
  let i = 0;
  if (continues) {
    const firstOpen = text.search(/[“«"‘]/u);
    const close = doubleClose(0);
    if (close > 0 && (firstOpen < 0 || firstOpen > close)) {
      quotes.push(span(text, 0, close, text[close] === '’' ? 2 : 1, false, true));
      i = close + (text[close] === '’' ? 2 : 1);
    }
  }
  while (i < text.length) {
    const c = text[i];
    let close = -1;
    let closeLength = 1;
    let canRunOn = false;
    if (c === '“' || c === '«' || c === '„' || (c === '"' && opensWord(text, i))) {
      close = doubleClose(i + 1);
      if (close >= 0 && text[close] === '’') closeLength = 2;
      canRunOn = true;
    } else if ((c === '‘' || c === "'") && opensWord(text, i)) {
      close = singleClose(i + 1);
      if (close >= 0 && looksPossessive(text, close)) {
        // Prefer a later, unambiguous closer if no new quote opens before it.
        const strong = strongSingleClose(close + 1);
        const reopen = singleOpen(close + 1);
        if (strong >= 0 && (reopen < 0 || reopen > strong)) close = strong;
      }
      canRunOn = c === '‘';
    }
    if (close > i) {
      quotes.push(span(text, i, close, closeLength, false, false));
      i = close + closeLength;
    } else if (canRunOn && close < 0 && QUOTE_START_BEFORE.test(text.slice(Math.max(0, i - 3), i))) {
      // "“We waited all night …" with no closing mark: the quote goes on in the next paragraph.
      quotes.push(span(text, i, text.length, 0, true, false));
      break;
    } else {
      i++;
    }
  }
  return quotes;
}
