// The words a reaction shows: a quotation as quoted, a statement as reported, without the
// attribution's leftovers ("that", "in a statement,", a trailing comma).

import type { Block, Quote } from './tokenise.js';

const WRAPPING_MARKS = /^[\s“”"‘’'«»„]+|[\s“”"«»„]+$/gu;
// Where and how it was said, before what was said: "in a statement, …", "on Twitter that …".
const LEADING_SETTING = /^(?:(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|its|their)?\s*(?:statement|tweet|post|letter|interview|radio interview|television interview|briefing|press conference|video|message|email|speech|address)(?:\s+(?:on|to|with)\s+[\w’'-]+)?|on\s+(?:twitter|x|facebook|instagram|social media|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:earlier|later|today|yesterday|also|again|previously|repeatedly))\b[\s,]*/iu;

export function quoteText(q: Quote): string {
  return q.text.replace(/[,;:\s]+$/u, '').replace(WRAPPING_MARKS, '').trim();
}

const SETTING_STARTS = new Set([
  'in', 'on', 'at', 'during', 'via', 'through', 'earlier', 'later', 'today', 'yesterday', 'also', 'again', 'previously',
  'repeatedly', 'that', 'late', 'early', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

export function cleanStatement(raw: string): string {
  let text = raw.replace(/\s+/gu, ' ').trim();
  for (let n = 0; n < 3; n++) {
    const before = text;
    text = text.replace(/^[,;:\u2014\u2013-]\s*/u, '');
    const space = text.indexOf(' ');
    if (SETTING_STARTS.has(text.slice(0, space < 0 ? text.length : space).toLowerCase())) {
      text = text.replace(LEADING_SETTING, '').replace(/^that\s+/iu, '');
    }
    if (text === before) break;
  }
  return text.replace(/[\s.,;:!?\u2014\u2013-]+$/u, '');
}

/** The words of a statement: its parts of the block's text, joined. */
export function statementText(block: Block, parts: ReadonlyArray<readonly [number, number]>): string {
  const pieces = parts.map(([from, to]) => {
    const first = block.tokens[from];
    const last = block.tokens[to - 1];
    return first === undefined || last === undefined ? '' : block.text.slice(first.start, last.end);
  });
  return cleanStatement(pieces.join(' '));
}

const WORD = /[\p{L}\p{N}]/u;

/** Words with a letter or digit in them. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || (c > 127 && WORD.test(text[i] ?? '')))) {
      n++;
      counted = true;
    }
  }
  return n;
}

// "… “…” in a televised address on Wednesday": where and when, not more of the statement.
const ADVERBIAL_TAIL = /^[\s,]*(?:in|on|at|during|after|before|last|this|earlier|later|while|from|to)\b[^,;]*$/iu;
const EVENT_TAIL = /^[\s,]*(?:in|on|at|during|after|before|last|this|earlier|later|while)\b[^,;]*$/iu;

/**
 * True when a quotation is only part of the reported sentence, so the statement is shown:
 * more of it follows the quote ("…” but that …"), or the quote sits inside reported speech
 * that carries on after it ("said he would “…” without a vote").
 */
export function isFragment(direct: boolean, tail: string): boolean {
  if (direct) return wordCount(tail) >= 3 && !ADVERBIAL_TAIL.test(tail);
  return wordCount(tail) > 0 && !EVENT_TAIL.test(tail);
}
