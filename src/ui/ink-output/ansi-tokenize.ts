// @alcalzone/ansi-tokenize for Ink's output module: a line's styled characters,
// remembered across frames (see string-width.ts).
import { styledCharsFromTokens as styledCharsOnce, tokenize as tokenizeOnce, type StyledChar, type Token } from '@alcalzone/ansi-tokenize';
import { remembered } from '../../remembered.js';

export { styledCharsToString } from '@alcalzone/ansi-tokenize';

const tokensOf = remembered(5_000, (line: string) => tokenizeOnce(line));
const styled = new WeakMap<Token[], StyledChar[]>();

export function tokenize(line: string): Token[] {
  return tokensOf(line);
}

/** Ink passes what tokenize() returned, so the same line gives the same tokens and the same characters. */
export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
  let chars = styled.get(tokens);
  if (chars === undefined) {
    chars = styledCharsOnce(tokens);
    styled.set(tokens, chars);
  }
  return chars;
}
