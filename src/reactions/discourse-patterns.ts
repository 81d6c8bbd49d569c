// Attribution patterns that read across blocks: a block quote after the paragraph that
// names its speaker, a quote continued from the paragraph before, a quotation that
// carries on the previous sentence's, a block quote signed "— Name". One row each.

import { quoteKey, type Candidate } from './candidate.js';
import type { ReadSentence } from './read-elements.js';
import type { Block } from './tokenise.js';

export interface DocumentView {
  blocks: readonly Block[];
  /** Sentences of each block, read. */
  read: ReadonlyArray<readonly ReadSentence[]>;
}

export interface DiscourseRow {
  id: string;
  score: number;
  example: string;
  propose(doc: DocumentView, out: Candidate[]): void;
}

// The paragraph before a block quote ends by naming its speaker.
const INTRO_VERB_COLON = /(?<s>S)(?:,r,)?(?<v>V)[^Q]*:$/d;
const INTRO_VERB = /^[^Q]*?(?<s>S)(?:,r,)?(?<v>V)\.?$/d;
const INTRO_CLAUSE_COLON = /^(?:[^:V]*,)?(?<s>S)[^QV:]*:$/d;

function lastSentence(doc: DocumentView, block: number): ReadSentence | undefined {
  const read = doc.read[block];
  return read?.[read.length - 1];
}

/** Quotes of the block quotes (or, after a colon, a paragraph that is one quotation) that follow block `b`. */
function followingQuotes(doc: DocumentView, b: number, colon: boolean): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let n = b + 1; n < doc.blocks.length; n++) {
    const block = doc.blocks[n] as Block;
    if (block.kind === 'blockquote') {
      block.quotes.forEach((q, k) => {
        if (q.words >= 3) found.push([n, k]);
      });
      continue;
    }
    // "She said:" then a paragraph that is one quotation.
    if (colon && n === b + 1 && block.kind === 'paragraph' && doc.read[n]?.[0]?.codes.startsWith('Q') === true) {
      found.push([n, doc.read[n]?.[0]?.elements[0]?.quote ?? 0]);
    }
    break;
  }
  return found;
}

function introRow(id: string, example: string, score: number, shape: RegExp): DiscourseRow {
  return {
    id, score, example,
    propose(doc, out) {
      doc.blocks.forEach((block, b) => {
        if (block.kind !== 'paragraph') return;
        const last = lastSentence(doc, b);
        if (last === undefined) return;
        const m = shape.exec(last.codes);
        const s = m?.indices?.groups?.['s'];
        if (m === null || s === undefined) return;
        const mention = last.elements[s[0]]?.mention;
        if (mention === undefined) return;
        const v = m.indices?.groups?.['v'];
        const stance = v === undefined ? 'says' : last.elements[v[0]]?.verb?.stance ?? 'says';
        for (const [qb, q] of followingQuotes(doc, b, last.codes.endsWith(':'))) {
          out.push({ row: id, score, kind: 'quote', block: qb, quote: q, parts: [], speaker: { mention, block: b, sentence: last.index }, stance, sentence: 0 });
        }
      });
    },
  };
}

export const DISCOURSE_ROWS: readonly DiscourseRow[] = [
  introRow('speaker-said-colon-block', 'Jane Doe said: ⏎ > …', 0.92, INTRO_VERB_COLON),
  introRow('speaker-said-block', 'He said ⏎ > …', 0.8, INTRO_VERB),
  introRow('clause-colon-block', 'The council issued this statement: ⏎ “…”', 0.75, INTRO_CLAUSE_COLON),
  {
    id: 'continued-quote', score: 0.9, example: '“… (no closing mark) ⏎ “…”',
    propose(doc, out) {
      for (let b = 1; b < doc.blocks.length; b++) {
        const block = doc.blocks[b] as Block;
        const before = doc.blocks[b - 1] as Block;
        if (block.kind === 'headline' || before.kind === 'headline' || before.kind === 'signature') continue;
        const first = doc.read[b]?.[0];
        const q = first?.elements[0]?.quote;
        if (first === undefined || q === undefined || first.elements[0]?.code !== 'Q') continue;
        const lastQuote = before.quotes.length - 1;
        if (lastQuote < 0) continue;
        // An open quote goes on for sure; a closed one followed by a bare quotation usually does.
        const score = before.quotes[lastQuote]?.open === true || block.kind === 'blockquote' ? 0.9 : 0.6;
        out.push({
          row: 'continued-quote', score, kind: 'quote', block: b, quote: q, parts: [],
          speaker: { follows: quoteKey(b - 1, lastQuote) }, stance: 'says', sentence: 0,
        });
      }
    },
  },
  {
    id: 'next-sentence-quote', score: 0.8, example: '“…,” he said. “…”',
    propose(doc, out) {
      doc.read.forEach((sentences, b) => {
        for (let k = 1; k < sentences.length; k++) {
          const s = sentences[k] as ReadSentence;
          const q = s.elements[0]?.quote;
          if (s.elements[0]?.code !== 'Q' || q === undefined) continue;
          const previous = sentences[k - 1] as ReadSentence;
          const prevQuote = [...previous.elements].reverse().find((e) => e.code === 'Q')?.quote;
          if (prevQuote === undefined) continue;
          out.push({
            row: 'next-sentence-quote', score: 0.8, kind: 'quote', block: b, quote: q, parts: [],
            speaker: { follows: quoteKey(b, prevQuote) }, stance: 'says', sentence: k,
          });
        }
      });
    },
  },
  {
    id: 'signed-block', score: 0.95, example: '> “…” ⏎ — Jane Doe, spokeswoman',
    propose(doc, out) {
      doc.blocks.forEach((block, b) => {
        if (block.kind !== 'signature') return;
        const mention = doc.read[b]?.[0]?.elements.find((e) => e.code === 'S' && e.mention?.kind === 'name')?.mention;
        if (mention === undefined) return;
        for (let n = b - 1; n >= 0; n--) {
          const quoted = doc.blocks[n] as Block;
          const onlyQuote = quoted.kind === 'paragraph' && quoted.quotes.length === 1 && doc.read[n]?.length === 1 && /^Q\.?$/u.test(doc.read[n]?.[0]?.codes ?? '');
          if (quoted.kind !== 'blockquote' && !onlyQuote) break;
          quoted.quotes.forEach((span, q) => span.words >= 3 && out.push({
            row: 'signed-block', score: 0.95, kind: 'quote', block: n, quote: q, parts: [],
            speaker: { mention, block: b, sentence: 0 }, stance: 'says', sentence: 0, anchor: [b, 0],
          }));
          if (onlyQuote) break;
        }
      });
    },
  },
];
