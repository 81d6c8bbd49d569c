// Block quotes: a paragraph of someone's words followed by a line "— Name, role".

import { isNameToken } from './find-names.js';
import { findQuotes } from './find-quotes.js';
import { isNeverActor } from './news-outlets.js';

export interface BlockQuote {
  text: string;
  name: string;
  role: string | null;
}

export type BodyPart =
  | { kind: 'paragraph'; text: string }
  | { kind: 'block-quote'; quote: BlockQuote };

const DASH_LINE = /^\s*(?:[\u2014\u2013]|--)\s*([^\n]{2,120})$/u;
const WRAPPING_MARKS = /^[\s“”"‘’'«»]+|[\s“”"‘’'«»]+$/gu;
const MAX_NAME_WORDS = 6;
const QUOTE_MARKER = /^\s*(?:>\s?)+/u;
const OPEN_MARKS = ['“', '‘', '"', "'", '«'];
const CLOSE_MARKS = ['”', '’', '"', "'", '»'];
const OPENER_AT_START = /^\s*(?:>\s?)*[“‘"'«]/u;
// An opening mark starts a word; "'90s" is not a quotation.
const OPENER = /(?:^|[\s(\[\u2014\u2013])[“‘"'«](?=[^\s\d])/gu;

/** True when a quotation opens after the paragraph's last complete one and never closes. */
function leavesQuoteOpen(paragraph: string): boolean {
  // Cheap test first: no mark after the last opening one means nothing was left open.
  let lastOpen = -1;
  for (const m of OPEN_MARKS) lastOpen = Math.max(lastOpen, paragraph.lastIndexOf(m));
  if (lastOpen < 0) return false;
  for (const m of CLOSE_MARKS) if (paragraph.indexOf(m, lastOpen + 1) >= 0) return false;
  const quotes = findQuotes(paragraph);
  OPENER.lastIndex = quotes[quotes.length - 1]?.end ?? 0;
  return OPENER.test(paragraph);
}

/**
 * A quotation that runs over paragraphs is written with no closing mark at the end
 * of each paragraph and a fresh opening mark on the next: join those paragraphs
 * into one, dropping the repeated mark, so the quote is read whole.
 */
function joinContinuedQuotes(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const previous = out[out.length - 1];
    if (previous !== undefined && OPENER_AT_START.test(p) && leavesQuoteOpen(previous)) {
      out[out.length - 1] = `${previous.trimEnd()} ${p.replace(OPENER_AT_START, '').trimStart()}`;
    } else {
      out.push(p);
    }
  }
  return out;
}

/** "— Jane Doe, spokeswoman" → name and role; null for any other line. */
function readSignature(line: string): { name: string; role: string | null } | null {
  const m = DASH_LINE.exec(line);
  if (m === null) return null;
  const body = (m[1] ?? '').trim().replace(/[.]$/u, '');
  const comma = body.indexOf(',');
  const name = (comma < 0 ? body : body.slice(0, comma)).trim();
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || !words.every((w) => isNameToken(w) || /^\p{Ll}{1,4}$/u.test(w))) return null;
  // "— Reuters" is a credit, not a signature.
  if (!isNameToken(words[0] ?? '') || isNeverActor(name)) return null;
  const role = comma < 0 ? null : body.slice(comma + 1).trim() || null;
  return { name, role };
}

function blockQuote(lines: readonly string[], signature: { name: string; role: string | null }): BlockQuote {
  const text = lines.join(' ').replace(/\s+/g, ' ').replace(WRAPPING_MARKS, '');
  return { text, ...signature };
}

/** Splits a body into paragraphs, lifting out block quotes signed on the following line. */
export function splitBody(body: string): BodyPart[] {
  const paragraphs = joinContinuedQuotes(body.split(/\n[ \t]*\n/u)).map((p) =>
    // "> " is how a feed's <blockquote> reads as text; the marker is not part of the words.
    p.split('\n').map((l) => (l.includes('>') ? l.replace(QUOTE_MARKER, '') : l)).filter((l) => l.trim() !== ''),
  );
  const parts: BodyPart[] = [];
  for (const lines of paragraphs) {
    if (lines.length === 0) continue;
    const signature = readSignature(lines[lines.length - 1] ?? '');
    if (signature !== null && lines.length > 1) {
      parts.push({ kind: 'block-quote', quote: blockQuote(lines.slice(0, -1), signature) });
      continue;
    }
    const previous = parts[parts.length - 1];
    if (signature !== null && lines.length === 1 && previous?.kind === 'paragraph') {
      parts[parts.length - 1] = { kind: 'block-quote', quote: blockQuote([previous.text], signature) };
      continue;
    }
    parts.push({ kind: 'paragraph', text: lines.join(' ') });
  }
  return parts;
}
