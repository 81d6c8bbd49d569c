// One representation of an update's text, built once: blocks (the headline, each
// paragraph, each block quote), their tokens with offsets, shape and lexicon flags,
// the quotations as ranges and the sentences as token ranges. Every later stage
// reads this and nothing else.

import { findQuotes, type QuoteSpan } from './find-quotes.js';
import { W, wordFlags } from './lexicon/lexicon.js';
import { wordCount } from './reaction-text.js';

/** 'quoted' is a quotation's words as one token: nothing reads inside a quotation word by word. */
export type TokenKind = 'word' | 'num' | 'punct' | 'open' | 'close' | 'poss' | 'quoted';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more capitals and nothing lower-case: an acronym ("UN", "NHS"). */
  upper: boolean;
  /** Lexicon flags of `lower` (W.*). */
  flags: number;
  /** Index of the quotation this token is inside (marks included), or -1. */
  quote: number;
  /** A line break comes before this token. */
  newline: boolean;
}

export interface Quote extends QuoteSpan {
  /** Token range of the quoted words, marks excluded. */
  tokStart: number;
  tokEnd: number;
  words: number;
  /** The quoted words, whitespace collapsed. */
  text: string;
}

export interface Sentence {
  /** Token range [start, end). */
  start: number;
  end: number;
}

export type BlockKind = 'headline' | 'paragraph' | 'blockquote' | 'signature';

export interface Block {
  index: number;
  kind: BlockKind;
  text: string;
  tokens: Token[];
  quotes: Quote[];
  sentences: Sentence[];
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]*\p{Lu}[\p{Lu}\d]*$/u;
const TERMINAL = new Set(['.', '!', '?', '…']);
const SIGNATURE = /^\s*(?:[\u2014\u2013]|--)\s*\S/u;
const LETTER_OR_MARK = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** A letter, combining mark or digit: ASCII by code, the rest by Unicode class. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_MARK.test(text[i] ?? '');
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10 || c === 9 || c === 13) return true;
  return c > 127 && SPACE.test(text[i] ?? '');
}

/** Inside a word: "don’t", "Anna-Lena", "U.S", "AT&T". */
function joinsWord(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 46 || c === 45 || c === 0x2010 || c === 38;
}

/** Inside a number: "1,132", "19:00", "2.74", "1/4". */
function joinsNumber(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47;
}

function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function makeToken(text: string, start: number, kind: TokenKind, quote: number, newline: boolean): Token {
  const lower = kind === 'word' || kind === 'poss' ? text.toLowerCase() : text;
  const cap = isCapital(text);
  const second = text.charCodeAt(1);
  // Only a second capital letter makes an acronym worth testing for.
  const upper = cap && text.length >= 2 && (second >= 65 && second <= 90 || second > 127) && ACRONYM.test(text);
  return { text, lower, start, end: start + text.length, kind, cap, upper, flags: kind === 'word' ? wordFlags(lower) : 0, quote, newline };
}

function isApostrophe(c: string | undefined): boolean {
  return c === '’' || c === "'";
}

/** Tokens of text[from, to), with "’s" split off a word as its own token. A hand-written scanner: no match objects. */
function tokenise(text: string, from: number, to: number, quote: number, out: Token[]): void {
  let i = from;
  let newline = false;
  while (i < to) {
    if (isSpaceAt(text, i)) {
      if (text.charCodeAt(i) === 10) newline = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(text, i)) {
      while (i < to && (isDigit(text, i) || (joinsNumber(text.charCodeAt(i)) && i + 1 < to && isDigit(text, i + 1)))) i++;
      if (i < to && text.charCodeAt(i) === 37) i++;
      // "G7", "19th", "2020s": digits run on into letters as one word.
      if (!(i < to && isWordChar(text, i))) {
        out.push(makeToken(text.slice(start, i), start, 'num', quote, newline));
        newline = false;
        continue;
      }
    }
    const first = text.charCodeAt(i);
    const tagged = (first === 64 || first === 35) && i + 1 < to && isWordChar(text, i + 1);
    if (tagged || isWordChar(text, i)) {
      i++;
      while (i < to && (isWordChar(text, i) || (joinsWord(text.charCodeAt(i)) && i + 1 < to && isWordChar(text, i + 1)))) i++;
      // "Kessel’s": the possessive is a token of its own.
      const n = i - start;
      const cut = n > 2 && (text[i - 2] === '’' || text[i - 2] === "'") && (text[i - 1] === 's' || text[i - 1] === 'S') ? i - 2 : -1;
      if (cut > 0) {
        out.push(makeToken(text.slice(start, cut), start, 'word', quote, newline));
        out.push(makeToken(text.slice(cut, i), cut, 'poss', quote, false));
      } else {
        out.push(makeToken(text.slice(start, i), start, 'word', quote, newline));
      }
      newline = false;
      continue;
    }
    // One character of anything else. "the soldiers’ demands": an apostrophe glued to a plural is its possessive.
    const c = text[i] ?? '';
    const previous = out[out.length - 1];
    const plural = isApostrophe(c) && previous?.kind === 'word' && previous.end === i && previous.lower.endsWith('s');
    // A surrogate pair is one character: an emoji is one token.
    const width = (text.charCodeAt(i) & 0xfc00) === 0xd800 ? 2 : 1;
    out.push(makeToken(text.slice(i, i + width), i, plural ? 'poss' : 'punct', quote, newline));
    newline = false;
    i += width;
  }
}

function readQuotes(text: string, spans: readonly QuoteSpan[], tokens: Token[]): Quote[] {
  const quotes: Quote[] = [];
  let from = 0;
  spans.forEach((q, n) => {
    tokenise(text, from, q.start, -1, tokens);
    if (!q.headless) tokens.push(makeToken(text.slice(q.start, q.innerStart).trim() || text[q.start] || '“', q.start, 'open', n, false));
    const tokStart = tokens.length;
    const inner = text.slice(q.innerStart, q.innerEnd);
    if (inner !== '') tokens.push({ text: inner, lower: inner, start: q.innerStart, end: q.innerEnd, kind: 'quoted', cap: false, upper: false, flags: 0, quote: n, newline: false });
    const tokEnd = tokens.length;
    if (!q.open) {
      const closeText = text.slice(q.innerEnd, q.end).trim();
      if (closeText !== '') tokens.push(makeToken(closeText, q.end - closeText.length, 'close', n, false));
    }
    quotes.push({
      start: q.start, end: q.end, innerStart: q.innerStart, innerEnd: q.innerEnd, open: q.open, headless: q.headless,
      tokStart, tokEnd, words: wordCount(inner), text: inner.replace(/\s+/gu, ' '),
    });
    from = q.end;
  });
  tokenise(text, from, text.length, -1, tokens);
  return quotes;
}

function isAbbreviation(tokens: readonly Token[], dot: number): boolean {
  const before = tokens[dot - 1];
  if (before === undefined || before.end !== tokens[dot]?.start) return false;
  return (before.flags & W.ABBREV) !== 0 || (before.text.length === 1 && before.cap);
}

/** Sentences as token ranges; a quotation never holds a boundary, a line break always does unless the text runs on in lower case. */
function splitSentences(tokens: readonly Token[], quotes: readonly Quote[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next === undefined) break;
    let boundary = false;
    if (next.newline && !(next.kind === 'word' && !next.cap && (next.flags & W.PRON_OTHER) === 0)) boundary = true;
    else if (t.quote < 0 && t.kind === 'punct' && TERMINAL.has(t.text)) {
      boundary = (next.cap || next.kind === 'open' || next.kind === 'num') && !isAbbreviation(tokens, i);
    } else if (t.kind === 'close') {
      const inner = quotes[t.quote]?.text ?? '';
      boundary = TERMINAL.has(inner[inner.length - 1] ?? '') && (next.kind === 'open' || next.cap);
    }
    if (boundary) {
      sentences.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < tokens.length) sentences.push({ start, end: tokens.length });
  return sentences;
}

function makeBlock(index: number, kind: BlockKind, text: string, continues: boolean): Block {
  const tokens: Token[] = [];
  let spans = findQuotes(text, continues);
  // A block quote is quoted as a whole, unless its own marks quote most of it ("> “…,” he said.").
  const marked = spans.reduce((n, q) => n + q.innerEnd - q.innerStart, 0);
  if (kind === 'blockquote' && !spans.some((q) => q.headless) && marked < text.length * 0.6) {
    spans = [{ start: 0, end: text.length, innerStart: 0, innerEnd: text.length, open: false, headless: true }];
  }
  const quotes = readQuotes(text, spans, tokens);
  return { index, kind, text, tokens, quotes, sentences: splitSentences(tokens, quotes) };
}

const BLOCK_MARKER = /^\s*(?:>\s?)+/u;

/** The update as blocks: the headline first, then the body's paragraphs and block quotes. */
export function readBlocks(title: string, body: string): Block[] {
  const blocks: Block[] = [];
  if (title.trim() !== '') blocks.push(makeBlock(0, 'headline', title.replace(/\s+/gu, ' ').trim(), false));
  const marked = body.includes('>');
  for (const paragraph of body.split(/\n[ \t]*\n/u)) {
    // Most paragraphs are one plain line: no markers to strip, nothing to sign.
    const single = !paragraph.includes('\n');
    const lines = single ? [paragraph] : paragraph.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0 || (single && paragraph.trim() === '')) continue;
    const quoted = marked && lines.every((l) => BLOCK_MARKER.test(l));
    const clean = marked || !single ? lines.map((l) => l.replace(BLOCK_MARKER, '').trim()) : [paragraph.trim()];
    // "— Name (@handle) date" under a block quote signs it; it may share the quote's paragraph.
    const last = clean[clean.length - 1] ?? '';
    const signed = clean.length > 1 && SIGNATURE.test(last);
    const text = signed ? clean.slice(0, -1).join('\n') : clean.length === 1 ? (clean[0] ?? '') : clean.join('\n');
    const kind: BlockKind = lines.length === 1 && SIGNATURE.test(text) ? 'signature' : quoted ? 'blockquote' : 'paragraph';
    // In a block quote, words before a closing mark that nothing opened are still quoted.
    blocks.push(makeBlock(blocks.length, kind, text, kind === 'blockquote'));
    if (signed) blocks.push(makeBlock(blocks.length, 'signature', last, false));
  }
  return blocks;
}
