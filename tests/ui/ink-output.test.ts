// The stand-ins the build gives Ink's output module must answer exactly as the
// libraries do, the first time and every time after.
import { styledCharsFromTokens as libraryChars, styledCharsToString, tokenize as libraryTokenize } from '@alcalzone/ansi-tokenize';
import librarySlice from 'slice-ansi';
import libraryWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { styledCharsFromTokens, styledCharsToString as joinedChars, tokenize } from '../../src/ui/ink-output/ansi-tokenize.js';
import { remembered } from '../../src/remembered.js';
import sliceAnsi from '../../src/ui/ink-output/slice-ansi.js';
import stringWidth from '../../src/ui/ink-output/string-width.js';

const LINES = [
  'plain ascii',
  '\x1b[1m\x1b[36m› • 16:40\x1b[39m Protesters gather in Bamako\x1b[22m',
  'ECOWAS: “return to barracks” 12:30 – 10:05',
  '漢字 and emoji 🇲🇱 with ‘quotes’',
  '\x1b[7m\x1b[31m:colon:\x1b[39m\x1b[27m a:b:c',
  '',
];

describe('Ink output stand-ins', () => {
  it('measure, slice and tokenise as the libraries do, on first and later calls', () => {
    for (let round = 0; round < 2; round++) {
      for (const line of LINES) {
        expect(stringWidth(line)).toBe(libraryWidth(line));
        for (const [start, end] of [[0, 5], [2, undefined], [3, 12], [0, 0]] as const) {
          expect(sliceAnsi(line, start, end)).toBe(librarySlice(line, start, end));
        }
        const chars = styledCharsFromTokens(tokenize(line));
        expect(chars).toEqual(libraryChars(libraryTokenize(line)));
        expect(styledCharsToString(chars)).toBe(styledCharsToString(libraryChars(libraryTokenize(line))));
      }
    }
  });

  it('joins a row of styled characters into the same text as the library, styles changing or not', () => {
    // Rows as Ink assembles them: characters of several lines side by side, bold and dim
    // (which share one end code), colours set, kept, changed and dropped mid-row.
    const pieces = [...LINES, '\x1b[1m\x1b[2mbold dim\x1b[22m plain \x1b[2mdim\x1b[22m', '\x1b[32mgreen\x1b[39m\x1b[32m green again\x1b[39m'];
    const chars = pieces.flatMap((line) => libraryChars(libraryTokenize(line)));
    expect(joinedChars(chars)).toBe(styledCharsToString(chars));
    for (let start = 0; start < chars.length; start += 7) {
      const row = chars.slice(start, start + 23);
      expect(joinedChars(row)).toBe(styledCharsToString(row));
    }
    expect(joinedChars([])).toBe(styledCharsToString([]));
  });

  it('gives the same line the same characters, so a frame reuses the last one’s work', () => {
    const line = LINES[1]!;
    expect(styledCharsFromTokens(tokenize(line))).toBe(styledCharsFromTokens(tokenize(line)));
  });

  it('forgets everything once full, and recomputes', () => {
    let computed = 0;
    const square = remembered(3, (n: number) => {
      computed++;
      return n * n;
    });
    expect([1, 2, 3, 1, 2, 3].map(square)).toEqual([1, 4, 9, 1, 4, 9]);
    expect(computed).toBe(3);
    expect(square(4)).toBe(16);
    expect(square(1)).toBe(1);
    expect(computed).toBe(5);
  });
});
