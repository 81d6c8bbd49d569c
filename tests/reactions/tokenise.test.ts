// Reading an update once: quotations, tokens, sentences and blocks. Every text is made up.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/reactions/find-quotes.js';
import { readBlocks, type Block } from '../../src/reactions/tokenise.js';

const quoted = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));
const sentences = (b: Block): string[] => b.sentences.map((s) => b.tokens.slice(s.start, s.end).map((t) => t.text).join(' '));

describe('quotations', () => {
  it('reads curly, straight, single and angled marks', () => {
    expect(quoted('“one two three” and "four five six" and ‘seven eight nine’ and «ten eleven twelve»')).toEqual([
      'one two three', 'four five six', 'seven eight nine', 'ten eleven twelve',
    ]);
  });

  it('never takes an apostrophe for a mark', () => {
    expect(quoted('The port’s owners didn’t sign in the ’90s, and the dockers’ union won’t either.')).toEqual([]);
  });

  it('closes a curly quote with two typed apostrophes', () => {
    expect(quoted('“We were misled,’’ Tara Venn said. “It must not happen again.”')).toEqual(['We were misled,', 'It must not happen again.']);
  });

  it('runs a quote with no closing mark on to the end of its paragraph', () => {
    const [q] = findQuotes('“The crowd was loud,” she said. “We loved it and we will be back');
    expect(findQuotes('“The crowd was loud,” she said. “We loved it and we will be back')).toHaveLength(2);
    expect(q?.open).toBe(false);
    expect(findQuotes('“The crowd was loud,” she said. “We loved it and we will be back')[1]?.open).toBe(true);
  });

  it('leaves a stray opening mark inside a sentence alone', () => {
    expect(quoted('The rate rose by 3" overnight, officials said.')).toEqual([]);
  });

  it('reads a block quote’s words up to a closing mark nothing opened', () => {
    const [b] = readBlocks('', '> We will not move,” he said, and left the room.');
    expect(b?.quotes.map((q) => q.text)).toEqual(['We will not move,']);
    expect(b?.quotes[0]?.headless).toBe(true);
  });

  it('quotes a whole block quote that has no marks of its own, scare quotes inside included', () => {
    const [b] = readBlocks('', '> The levy stays, and those who call it a “tax” are wrong.');
    expect(b?.quotes.map((q) => q.text)).toEqual(['The levy stays, and those who call it a “tax” are wrong.']);
  });
});

describe('tokens', () => {
  it('splits a possessive off its word and keeps numbers, initials and handles whole', () => {
    const [b] = readBlocks('', 'Venn’s 1,200 workers met at 19:00 with J. Roe and @harbourboard.');
    expect(b?.tokens.map((t) => `${t.text}/${t.kind}`)).toEqual([
      'Venn/word', '’s/poss', '1,200/num', 'workers/word', 'met/word', 'at/word', '19:00/num', 'with/word', 'J/word',
      './punct', 'Roe/word', 'and/word', '@harbourboard/word', './punct',
    ]);
  });

  it('marks acronyms and capitals', () => {
    const [b] = readBlocks('', 'The UN and Ruritania met.');
    expect(b?.tokens.filter((t) => t.upper).map((t) => t.text)).toEqual(['UN']);
    expect(b?.tokens.filter((t) => t.cap).map((t) => t.text)).toEqual(['The', 'UN', 'Ruritania']);
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation or an initial', () => {
    const [b] = readBlocks('', 'Mr. Venn met the U.S. envoy, J. Roe, on Monday. They talked.');
    expect(b?.sentences).toHaveLength(2);
  });

  it('keeps a quotation whole and starts again after one that ends a sentence', () => {
    const [b] = readBlocks('', '“It failed. We start again,” she said. “Tomorrow.” He left.');
    // A quotation's words are one token: nothing reads inside a quotation word by word.
    expect(sentences(b as Block)).toEqual(['“ It failed. We start again, ” she said .', '“ Tomorrow. ”', 'He left .']);
  });

  it('breaks at a new line unless the text runs on in lower case', () => {
    const [b] = readBlocks('', '• Bridge closed\n• Ferry runs late\nand slowly');
    expect(b?.sentences).toHaveLength(2);
  });
});

describe('blocks', () => {
  it('reads the headline, paragraphs, a block quote and its signature', () => {
    const blocks = readBlocks('Port reopens', 'The port reopened.\n\n> We are open again.\n> — Tara Venn, harbour master');
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'blockquote', 'signature']);
  });
});
