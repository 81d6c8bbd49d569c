// What an attribution pattern proposes: these words, said by this speaker, this sure.

import type { Stance } from './lexicon/reporting-verbs.js';
import type { Mention } from './mention.js';

export type Speaker =
  /** A mention in the text: a name, a role, a pronoun to resolve. */
  | { mention: Mention; block: number; sentence: number }
  /** Whoever said another quotation (a quote continued, a block quote after an attributed one). */
  | { follows: string };

export interface Candidate {
  /** The pattern row that proposed it. */
  row: string;
  score: number;
  kind: 'quote' | 'statement';
  block: number;
  /** Quotes: the quote's index in its block; statements: null. */
  quote: number | null;
  /** Statements: token ranges of the reported words in the block. */
  parts: Array<[number, number]>;
  speaker: Speaker;
  stance: Stance;
  /** Sentence of the words attributed (block `block`). */
  sentence: number;
  /** Where it is decided, when that is after the words: a block quote's signature line. */
  anchor?: [number, number];
  /** Kept only if the body gives the same speaker something else (headline shorthand). */
  needsConfirmation?: boolean;
}

export function quoteKey(block: number, quote: number): string {
  return `q${block}:${quote}`;
}
